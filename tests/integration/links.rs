//! Links as writers write them: an address copied from the browser (`/nl/strategie/…`) or
//! typed relative to the page (`../pijlers/`) is looked up when the site is built and
//! reported at its line when nothing is there; a dead link of a template is reported once,
//! at the template's line; a link by key that leads a German reader to the Dutch page says
//! so. Through the real binary, with the whole message as the writer reads it.

use std::fs;

use diptych::pipeline::{BuildOptions, LiveSite};
use tempfile::TempDir;

use crate::support::{diptych, edit, fixture, read};

/// The page of the trilingual fixture whose links these tests rewrite: its address is
/// `/nl/strategie/ambities/`, and it links to `/nl/strategie/pijlers/` by key.
const AMBITIES: &str = "content/strategie/ambities.nl.md";

/// The link of [`AMBITIES`] as the fixture writes it.
const KEY_LINK: &str = "(@/strategie/pijlers.md#basis)";

/// The trilingual fixture with the link of [`AMBITIES`] written as `target`.
fn linking_to(target: &str) -> TempDir {
    let site = fixture("trilingual");
    edit(site.path(), AMBITIES, KEY_LINK, &format!("({target})"));
    site
}

/// What `diptych <args>` printed on stderr, insisting that it failed.
fn fails(site: &TempDir, args: &[&str]) -> String {
    let output = diptych(site.path(), args);
    assert_eq!(output.status.code(), Some(1), "expected `{args:?}` to fail");
    String::from_utf8(output.stderr).unwrap()
}

/// The errors of a report, without the warnings around them.
fn errors_only(stderr: &str) -> String {
    let blocks = stderr
        .split("\n\n")
        .filter(|block| block.starts_with("error"));
    blocks.collect::<Vec<_>>().join("\n\n")
}

#[test]
fn an_address_copied_from_the_browser_that_leads_nowhere_is_an_error_at_its_line() {
    let site = linking_to("/nl/strategie/pijler/");
    let stderr = fails(&site, &["build"]);
    insta::assert_snapshot!(stderr);
    assert!(!site.path().join("public").exists(), "nothing is written");
}

#[test]
fn a_relative_link_is_read_from_the_pages_address_like_a_browser_does() {
    let site = linking_to("../pijler/");
    insta::assert_snapshot!(fails(&site, &["build"]));
}

#[test]
fn a_link_to_a_markdown_file_gets_its_key() {
    let site = linking_to("pijlers.nl.md");
    insta::assert_snapshot!(fails(&site, &["build"]));
}

/// The preview shows drafts, so a writer may copy a draft's address into another page:
/// the build, which leaves the draft out, says why the link would lead nowhere.
#[test]
fn an_address_of_a_draft_says_it_is_a_draft() {
    let site = linking_to("/nl/strategie/pijlers/");
    edit(
        site.path(),
        PIJLERS,
        "weight: 10",
        "weight: 10\ndraft: true",
    );
    insta::assert_snapshot!(errors_only(&fails(&site, &["build"])));
}

#[test]
fn check_reports_an_address_that_leads_nowhere_at_its_line_too() {
    let site = linking_to("/nl/strategie/pijler/");
    let stderr = errors_only(&fails(&site, &["check"]));
    assert!(
        stderr.starts_with(
            "error: the site has no page or file at `/nl/strategie/pijler/`; did you mean \
             `/nl/strategie/pijlers/`?\n  --> content/strategie/ambities.nl.md:10:12\n"
        ),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error").count(), 1, "once: {stderr}");
}

#[test]
fn addresses_that_lead_somewhere_and_links_elsewhere_pass_in_silence() {
    let links = [
        "/nl/strategie/pijlers/",
        "../pijlers/#basis",
        "../pijlers/index.html",
        "../../",
        "/de/strategie/saeulen/?from=nl",
        "/robots-note.txt",
        "/sitemap.xml",
        "https://example.org/nergens/",
        "mailto:info@example.org",
        "#onze-doelen",
    ];
    let site = fixture("trilingual");
    let written: Vec<String> = (links.iter())
        .map(|link| format!("[{link}]({link})"))
        .collect();
    edit(
        site.path(),
        AMBITIES,
        "## Onze doelen",
        &format!("{}\n\n## Onze doelen", written.join(" ")),
    );
    let output = diptych(site.path(), &["build"]);
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(String::from_utf8_lossy(&output.stdout).contains(" 0 warnings."));
    let page = read(site.path(), "public/nl/strategie/ambities/index.html");
    for link in links {
        assert!(page.contains(&format!("href=\"{link}\"")), "{link}: {page}");
    }
}

/// A page linked to by address is renamed, in the linking page's language or in another:
/// the next build, which renders only what changed, still finds the link that now leads
/// nowhere.
#[test]
fn renaming_the_page_an_address_leads_to_is_caught_by_the_next_build() {
    for (link, file, from, to) in [
        ("/nl/strategie/pijlers/", PIJLERS, "weight: 10", ZUILEN),
        (
            "/de/strategie/saeulen/",
            "content/strategie/pijlers.de.md",
            "slug: saeulen",
            "slug: pfeiler",
        ),
    ] {
        let site = linking_to(link);
        assert!(diptych(site.path(), &["build"]).status.success());
        edit(site.path(), file, from, to);
        let stderr = fails(&site, &["build"]);
        let expected = format!(
            "error: the site has no page or file at `{link}`\n  --> \
             content/strategie/ambities.nl.md:10:12"
        );
        assert!(stderr.contains(&expected), "{stderr}");
    }
}

/// The Dutch `strategie/pijlers`, and what gives it the address `/nl/strategie/zuilen/`.
const PIJLERS: &str = "content/strategie/pijlers.nl.md";
const ZUILEN: &str = "weight: 10\nslug: zuilen";

/// The preview keeps the site in memory and renders only what an edit touched: the same
/// rename is reported there, at the linking page's line.
#[test]
fn the_preview_reports_an_address_that_leads_nowhere_after_a_rename() {
    let site = linking_to("../pijlers/");
    let mut live = LiveSite::new(BuildOptions {
        root: site.path().to_path_buf(),
        ..BuildOptions::default()
    });
    live.rebuild().expect("the first preview works");
    edit(site.path(), PIJLERS, "weight: 10", ZUILEN);
    let problems = live
        .rebuild_changed(&[site.path().join(PIJLERS)])
        .expect_err("the link leads nowhere now");
    let found: Vec<String> = (problems.iter())
        .map(|problem| format!("{}:{:?}", problem.message, problem.line))
        .collect();
    assert_eq!(
        found,
        [
            "the site has no page or file at `/nl/strategie/pijlers/` (where `../pijlers/` leads \
          from this page):Some(10)"
        ]
    );
}

#[test]
fn a_dead_link_in_a_template_is_reported_once_at_the_templates_line() {
    let site = fixture("trilingual");
    edit(
        site.path(),
        "themes/plain/templates/page.html",
        "<p class=\"description\">",
        "<p class=\"description\"><a href=\"/nl/contact/\">Contact</a>",
    );
    insta::assert_snapshot!(errors_only(&fails(&site, &["check"])));
}

/// What a link by address is looked up in is what the build publishes: every file of
/// the shipped site (pages, editions, images, static files, the sitemap) is known before
/// rendering, but for the stylesheets, scripts and fonts published under a hashed name.
#[test]
fn every_published_file_is_known_to_links_by_address() {
    let site = crate::support::shipped_site();
    let options = BuildOptions {
        root: site.path().to_path_buf(),
        ..BuildOptions::default()
    };
    let rendered = diptych::pipeline::render(&options).expect("the shipped site builds");
    let unknown: Vec<&str> = (rendered.files.keys())
        .map(|path| path.as_str())
        .filter(|path| rendered.addresses.get(path).is_none())
        .filter(|path| !is_hashed_code_or_font(path))
        .collect();
    assert!(unknown.is_empty(), "{unknown:?}");
    assert!(
        rendered
            .files
            .keys()
            .any(|path| path.as_str().ends_with(".svg"))
    );
    assert!(rendered.files.contains_key("nl/brochure/index.html"));
}

/// The print editions are one document at another address: a link written as an address
/// leads where a link by key would, into the document when the page is printed in it, to
/// the website otherwise.
#[test]
fn addresses_in_the_print_editions_lead_into_the_document_or_to_the_website() {
    let site = crate::support::shipped_site();
    let links = [
        (
            "../pijlers/",
            "#nl-page-strategie-pijlers",
            "#nl-page-strategie-pijlers",
        ),
        (
            "/nl/strategie/pijlers/#zorg-voor-en-door-de-regio",
            "#nl-page-strategie-pijlers-zorg-voor-en-door-de-regio",
            "#nl-page-strategie-pijlers-zorg-voor-en-door-de-regio",
        ),
        (
            "/de/strategie/saeulen/",
            "https://strategie.mst.example/de/strategie/saeulen/",
            "#de-page-strategie-pijlers",
        ),
        (
            "/robots.txt",
            "https://strategie.mst.example/robots.txt",
            "https://strategie.mst.example/robots.txt",
        ),
    ];
    let written: Vec<String> = (links.iter())
        .map(|(link, ..)| format!("[{link}]({link})"))
        .collect();
    edit(
        site.path(),
        "content/strategie/waarom.nl.md",
        "- patiënten.",
        &format!("- patiënten: {}.", written.join(", ")),
    );
    assert!(diptych(site.path(), &["build"]).status.success());
    let dutch = read(site.path(), "public/nl/brochure/index.html");
    let both = read(site.path(), "public/brochure/index.html");
    for (link, in_dutch, in_both) in links {
        for (edition, expected) in [(&dutch, in_dutch), (&both, in_both)] {
            let anchor = format!("<a href=\"{expected}\">{link}</a>");
            assert!(edition.contains(&anchor), "{anchor} missing");
            if let Some(id) = expected.strip_prefix('#') {
                assert!(edition.contains(&format!("id=\"{id}\"")), "no #{id}");
            }
        }
    }
}

/// A stylesheet, script or font under the name with its content's hash, which only
/// templates ask for (with `asset()`).
fn is_hashed_code_or_font(path: &str) -> bool {
    let code_or_font = ["css", "js", "mjs", "woff", "woff2", "ttf", "otf", "eot"];
    let ending = path.rsplit('.').next().unwrap_or_default();
    diptych::assets::original_name(path) != path && code_or_font.contains(&ending)
}

/// The trilingual fixture without the German `strategie/pijlers`, which the German
/// `strategie/ambities` links to by key.
fn without_german_pijlers() -> TempDir {
    let site = fixture("trilingual");
    fs::remove_file(site.path().join("content/strategie/pijlers.de.md")).unwrap();
    site
}

#[test]
fn a_link_that_leads_to_another_languages_page_warns_at_its_line() {
    let site = without_german_pijlers();
    let output = diptych(site.path(), &["build"]);
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
    let page = read(site.path(), "public/de/strategie/ambitionen/index.html");
    assert!(
        page.contains("href=\"/nl/strategie/pijlers/#basis\""),
        "the German reader still gets the Dutch page: {page}"
    );
    // The page is not taken as current by the next build while it has this to say.
    let again = diptych(site.path(), &["build"]);
    assert_eq!(again.stderr, output.stderr);
    let strict = fails(&site, &["build", "--strict"]);
    assert!(
        strict.contains(
            "error: this link leads to the Nederlands (nl) page `strategie/pijlers.md`: it has \
             no Deutsch (de) version yet\n  --> content/strategie/ambities.de.md:10:"
        ),
        "{strict}"
    );
}

#[test]
fn a_link_to_a_page_whose_translation_is_a_draft_says_so() {
    let site = fixture("trilingual");
    edit(
        site.path(),
        "content/strategie/pijlers.de.md",
        "weight: 10",
        "weight: 10\ndraft: true",
    );
    let output = diptych(site.path(), &["build"]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let link_warning = stderr
        .split("\n\n")
        .find(|block| block.contains("this link leads"))
        .unwrap_or_else(|| panic!("no warning about the link: {stderr}"));
    insta::assert_snapshot!(link_warning);
}
