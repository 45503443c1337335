//! Fuzzing of the whole build: raw HTML and Markdown written into a page of a small real
//! site (the trilingual fixture with a PNG and an SVG beside the page), built with the
//! library's `build`, so that raw `<img>` tags resolve to real image files and shortcodes,
//! links by key, templates, images and the output folder all take part.
//!
//! What must hold for every input: no panic (a panic caught and reported as a bug of
//! diptych counts as one), and a build either succeeds or fails with diagnostics, leaving
//! the output folder exactly as the last successful build left it.
//!
//! The default case count keeps `cargo test` short on two cores; to fuzz for longer:
//!
//! ```sh
//! DIPTYCH_FUZZ_CASES=20000 cargo test --release --test integration fuzz_site
//! ```

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use diptych::pipeline::{BuildOptions, build};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicUsize, Ordering};
use tempfile::TempDir;

use crate::support::{fixture, walk};

/// Cases in a normal test run, unless `DIPTYCH_FUZZ_CASES` says otherwise.
const DEFAULT_CASES: u32 = 600;

/// The page the fuzzed text is written into, after its front matter and the heading
/// another page links to.
const PAGE: &str = "content/strategie/pijlers.nl.md";
const PAGE_START: &str = "---\ntitle: Pijlers\nweight: 10\n---\n## Basis\n\n";

/// Pieces of raw HTML and Markdown that have meant something to a parser, diptych's or a
/// browser's: tags and attributes with every kind of quote, angle brackets inside values,
/// entities, comments, CDATA, raw-text elements, broken tags, images that exist and some
/// that do not, shortcodes and links by key.
const PIECES: &[&str] = &[
    "<img src=\"kaart.png\" alt=\"x\">",
    "<img src=\"kaart.png#<img src=kaart.png>\" alt=\"x\">",
    "<img src='plan.svg' alt='x'>",
    "<IMG SRC=kaart.png WIDTH=3>",
    "<img/src=kaart.png>",
    "<img src=>",
    "<img src",
    "<img",
    " src=",
    "src=\"",
    "kaart.png",
    "plan.svg",
    "gone.png",
    "../kaart.png",
    "<div title=\"<img src=kaart.png>\">",
    "</div>",
    "<p>",
    "</p>",
    "<svg><img src=kaart.png></svg>",
    "<svg>",
    "</svg>",
    "<script>",
    "</script>",
    "<textarea>",
    "<plaintext>",
    "<style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<?xml?>",
    "<!DOCTYPE x>",
    "&amp;",
    "&lt;",
    "&#x3c;",
    "&#60;img src=kaart.png&#62;",
    "&",
    "\"",
    "'",
    "<",
    ">",
    "=",
    "/",
    " ",
    "\n",
    "\n\n",
    "    ",
    "\t",
    "> ",
    "- ",
    "1. ",
    "## Kop\n",
    "# Über {#ueber}\n",
    "```\n",
    "`",
    "*",
    "|a|b|\n|-|-|\n",
    "[^1]",
    "[^1]: noot\n",
    "![De kaart](kaart.png)",
    "![-](plan.svg)",
    "![](gone.png)",
    "[x](@/strategie/ambities.md)",
    "[x](@/strategie/ambities.md#doel)",
    "[x](@/nergens.md)",
    "{{ percent(value=0.5) }}",
    "{{ percent(value=\"<img src=kaart.png>\") }}",
    "{{ nope() }}",
    "{{/* percent(value=1) */}}",
    "{{",
    "}}",
    "ü",
    "é",
    "\u{1F5FA}",
    "\u{200B}",
    "\r\n",
    "\u{FEFF}",
];

/// A page body: pieces side by side, now and then with random text between them.
fn body() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[<>\"'=/a-z &;#!\\-\\[\\]]{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// The trilingual fixture with a map (PNG) and a plan (SVG) beside the fuzzed page.
fn site() -> TempDir {
    let site = fixture("trilingual");
    let folder = site.path().join("content/strategie");
    let pixels = image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8, y as u8, 9]));
    pixels.save(folder.join("kaart.png")).unwrap();
    let drawing =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\"><circle r=\"4\"/></svg>";
    fs::write(folder.join("plan.svg"), drawing).unwrap();
    site
}

/// Every file of the output folder and its bytes, and any file left beside it.
fn output_state(site: &Path) -> (BTreeMap<PathBuf, Vec<u8>>, Vec<String>) {
    let out = site.join("public");
    let files = if out.exists() {
        (walk(&out).into_iter())
            .map(|path| (path.clone(), fs::read(&path).unwrap()))
            .collect()
    } else {
        BTreeMap::new()
    };
    let beside = (fs::read_dir(site).unwrap().flatten())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.') && name.contains("public"))
        .collect();
    (files, beside)
}

/// Builds the site with `body` in the page and checks the promises.
fn check_build(site: &Path, body: &str) -> Result<(), TestCaseError> {
    fs::write(site.join(PAGE), format!("{PAGE_START}{body}")).unwrap();
    let before = output_state(site);
    let options = BuildOptions {
        root: site.to_path_buf(),
        ..BuildOptions::default()
    };
    match build(&options) {
        Ok(report) => {
            SUCCEEDED.fetch_add(1, Ordering::Relaxed);
            let bugs: Vec<_> = (report.warnings.iter())
                .filter(|problem| problem.message.english().contains("bug in diptych"))
                .collect();
            prop_assert!(bugs.is_empty(), "{bugs:?}");
            let html = fs::read_to_string(site.join("public/nl/strategie/pijlers/index.html"));
            prop_assert!(html.is_ok(), "the page was not written");
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "a build failed without saying why");
            let bugs: Vec<_> = (problems.iter())
                .filter(|problem| problem.message.english().contains("bug in diptych"))
                .map(ToString::to_string)
                .collect();
            prop_assert!(bugs.is_empty(), "{}", bugs.join("\n"));
            prop_assert!(
                output_state(site) == before,
                "a failed build changed the output folder"
            );
        }
    }
    Ok(())
}

/// How many builds succeeded, to see that the fuzzer does not only make broken pages.
static SUCCEEDED: AtomicUsize = AtomicUsize::new(0);

fn cases() -> u32 {
    std::env::var("DIPTYCH_FUZZ_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

#[test]
fn any_html_and_markdown_in_a_page_builds_or_fails_with_diagnostics() {
    let site = site();
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    let outcome = runner.run(&body(), |body| check_build(site.path(), &body));
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    // Most inputs are valid pages: a fuzzer that only makes broken ones never renders.
    let succeeded = SUCCEEDED.load(Ordering::Relaxed);
    assert!(
        succeeded * 4 >= cases() as usize,
        "only {succeeded} builds succeeded"
    );
}

/// Found before the fuzzer could reach raw images (issue 19): a quoted `<` or `>` in an
/// `<img>` beside an existing image panicked the build.
#[test]
fn regression_angle_brackets_in_a_quoted_src_beside_a_real_image() {
    let site = site();
    let body = "<img src=\"kaart.png#<img src=kaart.png>\" alt=\"x\">\n";
    check_build(site.path(), body).unwrap();
    let html = fs::read_to_string(site.path().join("public/nl/strategie/pijlers/index.html"));
    assert!(
        html.unwrap()
            .contains("<img width=\"40\" height=\"30\" src=\"/strategie/kaart.")
    );
}
