//! Input that must not break the site: broken, strange or hostile files in a copy of the
//! `trilingual` fixture, built through the real `diptych` binary.
//!
//! Every test checks what a writer would see, and the same three promises:
//! - no panic (stderr never says "panicked") and no hang (every build has a time limit);
//! - all or nothing: a failed build leaves no output folder, or the previous one unchanged;
//! - nothing is written outside the output folder: the folder around the site gains
//!   nothing, and the site folder gains nothing but `public/`.
//!
//! The big-file test prints its time (`cargo test --test integration robustness -- --nocapture`).
#![allow(clippy::print_stderr)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::support::{copy_dir, read, snapshot, walk};

/// A build that takes longer than this is taken for a hang.
const HANG: Duration = Duration::from_secs(60);

/// A copy of the fixture at `<tmp>/site`, so that `<tmp>` shows anything written beside it.
struct Site {
    tmp: TempDir,
    root: PathBuf,
}

impl Site {
    fn new() -> Site {
        let tmp = TempDir::new().unwrap();
        let root = tmp.path().join("site");
        copy_dir(Path::new("tests/sites/trilingual"), &root);
        Site { tmp, root }
    }

    fn path(&self, file: &str) -> PathBuf {
        self.root.join(file)
    }

    fn write(&self, file: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    fn read(&self, file: &str) -> String {
        fs::read_to_string(self.path(file)).unwrap()
    }

    fn edit(&self, file: &str, from: &str, to: &str) {
        let text = self.read(file);
        assert!(text.contains(from), "{file} does not contain {from:?}");
        self.write(file, text.replacen(from, to, 1));
    }

    fn out(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Names in the folder around the site, and in the site folder itself.
    fn surroundings(&self) -> (Vec<String>, Vec<String>) {
        (names(self.tmp.path()), names(&self.root))
    }

    /// Runs `diptych build --root <site>` and checks the promises every build keeps.
    fn build(&self, args: &[&str]) -> Build {
        let (outside_before, inside_before) = self.surroundings();
        let started = Instant::now();
        let output = crate::support::diptych_command()
            .arg("build")
            .arg("--root")
            .arg(&self.root)
            .args(args)
            .timeout(HANG)
            .output()
            .unwrap();
        let seconds = started.elapsed().as_secs_f64();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(
            seconds < HANG.as_secs_f64(),
            "the build did not finish within {HANG:?} (a hang?)\n{stderr}"
        );
        assert!(!stderr.contains("panicked"), "diptych panicked:\n{stderr}");
        let (outside_after, inside_after) = self.surroundings();
        assert_eq!(
            outside_before, outside_after,
            "the build wrote beside the site folder"
        );
        let new_inside: Vec<_> = inside_after
            .iter()
            .filter(|name| !inside_before.contains(name))
            .filter(|name| !["public", ".diptych-cache"].contains(&name.as_str()))
            .collect();
        assert!(
            new_inside.is_empty(),
            "the build left files in the site folder: {new_inside:?}"
        );
        Build {
            output,
            stderr,
            seconds,
        }
    }

    /// Builds and insists on success; returns the output folder.
    fn build_ok(&self) -> PathBuf {
        let build = self.build(&[]);
        assert!(
            build.output.status.success(),
            "build failed:\n{}",
            build.stderr
        );
        self.out()
    }

    /// Builds and insists on a clear failure: exit code 1, the place (`file` or
    /// `file:line:`), the message, a hint, and no output (or the previous one unchanged).
    fn build_fails(&self, place: &str, says: &str) -> String {
        let before = snapshot(&self.out());
        let build = self.build(&[]);
        let stderr = build.stderr;
        assert_eq!(
            build.output.status.code(),
            Some(1),
            "expected the build to fail:\n{stderr}"
        );
        assert!(stderr.contains(place), "no {place:?} in:\n{stderr}");
        assert!(stderr.contains(says), "no {says:?} in:\n{stderr}");
        assert!(stderr.contains("= hint: "), "no hint in:\n{stderr}");
        assert!(
            stderr.contains("Nothing was written"),
            "no summary in:\n{stderr}"
        );
        assert_eq!(
            before,
            snapshot(&self.out()),
            "a failed build changed the output folder"
        );
        stderr
    }
}

struct Build {
    output: Output,
    stderr: String,
    seconds: f64,
}

fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The values of every `id="…"` attribute in `html`.
fn ids(html: &str) -> Vec<&str> {
    html.split(" id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect()
}

const PIJLERS_NL: &str = "content/strategie/pijlers.nl.md";

// ---------------------------------------------------------------------------------------
// Encodings and line ends

#[test]
fn invalid_utf8_is_reported_with_file_and_line() {
    let site = Site::new();
    site.write(
        PIJLERS_NL,
        b"---\ntitle: Pijlers\nweight: 10\n---\n## Basis\n\nCaf\xe9 en m\xeer.\n",
    );
    site.build_fails(
        "content/strategie/pijlers.nl.md:7:",
        "this file is not UTF-8 text",
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let site = Site::new();
    let text = site.read(PIJLERS_NL);
    site.write(PIJLERS_NL, format!("\u{feff}{text}"));
    let out = site.build_ok();
    let page = read(&out, "nl/strategie/pijlers/index.html");
    assert!(page.contains("<h1>Pijlers</h1>"), "{page}");
    assert!(page.contains("<title>Pijlers</title>"), "{page}");
    assert!(!page.contains('\u{feff}'), "the BOM leaked into the page");
}

#[test]
fn crlf_line_ends_render_like_lf() {
    let site = Site::new();
    for file in walk(&site.path("content")) {
        let text = fs::read_to_string(&file).unwrap();
        fs::write(&file, text.replace('\n', "\r\n")).unwrap();
    }
    let out = site.build_ok();
    let page = read(&out, "nl/strategie/ambities/index.html");
    assert!(page.contains("<title>Ambities</title>"), "{page}");
    assert!(page.contains("<h1>Ambities</h1>"), "{page}");
    assert!(
        page.contains(r#"<p class="description">Wat we willen &lt;bereiken&gt; &amp; waarom</p>"#),
        "{page}"
    );
    assert!(page.contains(r#"<h2 id="onze-doelen">"#), "{page}");
    assert!(page.contains("Slechts 12,5% van"), "{page}");
    assert!(
        page.contains(r#"href="/nl/strategie/pijlers/#basis""#),
        "{page}"
    );
    assert!(
        !page.contains('\r'),
        "a carriage return leaked into the page"
    );
}

// ---------------------------------------------------------------------------------------
// Front matter

#[test]
fn an_empty_file_is_reported() {
    let site = Site::new();
    site.write("content/strategie/leeg.nl.md", "");
    site.build_fails(
        "content/strategie/leeg.nl.md:1:1",
        "the file does not start with front matter",
    );
}

#[test]
fn a_file_with_only_front_matter_builds() {
    let site = Site::new();
    site.write("content/strategie/alleen.nl.md", "---\ntitle: Alleen\n---");
    let out = site.build_ok();
    let page = read(&out, "nl/strategie/alleen/index.html");
    assert!(page.contains("<h1>Alleen</h1>"), "{page}");
}

#[test]
fn a_missing_closing_fence_is_reported() {
    let site = Site::new();
    site.write(
        PIJLERS_NL,
        "---\ntitle: Pijlers\nweight: 10\n\n## Basis\n\nTekst.\n",
    );
    site.build_fails("content/strategie/pijlers.nl.md:1:1", "no closing `---`");
}

#[test]
fn a_tab_used_for_indenting_is_named() {
    let site = Site::new();
    site.edit(
        "content/strategie/ambities.nl.md",
        "  share: 12.5",
        "\tshare: 12.5",
    );
    site.build_fails(
        "content/strategie/ambities.nl.md:6:",
        "a tab is used for indenting",
    );
}

#[test]
fn exponential_yaml_aliases_are_refused_quickly() {
    let site = Site::new();
    let bomb = "extra:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n  f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n  g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n  h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n  i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
    site.edit(PIJLERS_NL, "weight: 10\n", &format!("weight: 10\n{bomb}"));
    let started = Instant::now();
    site.build_fails(
        "content/strategie/pijlers.nl.md:",
        "the YAML repeats a value with an alias (`*name`)",
    );
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "refusing the alias bomb took {:?}",
        started.elapsed()
    );
}

#[test]
fn a_title_that_is_a_number_is_taken_as_text() {
    let site = Site::new();
    site.edit(PIJLERS_NL, "title: Pijlers", "title: 2023");
    let out = site.build_ok();
    let page = read(&out, "nl/strategie/pijlers/index.html");
    assert!(page.contains("<h1>2023</h1>"), "{page}");
}

#[test]
fn a_title_that_is_a_list_is_refused() {
    let site = Site::new();
    site.edit(PIJLERS_NL, "title: Pijlers", "title: [Pijlers, Zuilen]");
    site.build_fails("content/strategie/pijlers.nl.md:2:", "`title`");
}

// ---------------------------------------------------------------------------------------
// File names and slugs

#[test]
fn unicode_and_spaces_in_file_names_give_safe_addresses() {
    let site = Site::new();
    for (lang, title) in [("nl", "Over ons"), ("de", "Über uns"), ("en", "About us")] {
        site.write(
            &format!("content/strategie/Über ons.{lang}.md"),
            format!("---\ntitle: {title}\nweight: 30\n---\nTekst.\n"),
        );
    }
    let out = site.build_ok();
    let mut found = Vec::new();
    for path in walk(&out) {
        let relative = path
            .strip_prefix(&out)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(
            relative
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_./".contains(c)),
            "unsafe output path {relative:?}"
        );
        let text = fs::read_to_string(&path).unwrap_or_default();
        for title in ["Over ons", "Über uns", "About us"] {
            if text.contains(&format!("<h1>{title}</h1>")) {
                found.push(relative.clone());
            }
        }
    }
    found.sort();
    assert_eq!(
        found,
        [
            "de/strategie/uber-ons/index.html",
            "en/strategy/uber-ons/index.html",
            "nl/strategie/uber-ons/index.html",
        ]
    );
    // The section lists it in every language, and the sitemap has it.
    assert!(read(&out, "de/strategie/index.html").contains(r#"href="/de/strategie/uber-ons/""#));
    assert!(read(&out, "sitemap.xml").contains("https://example.org/nl/strategie/uber-ons/"));
}

#[test]
fn a_non_ascii_slug_is_refused_with_a_suggestion() {
    let site = Site::new();
    site.edit(
        "content/strategie/pijlers.de.md",
        "slug: saeulen",
        "slug: Säulen der Zukunft",
    );
    let stderr = site.build_fails(
        "content/strategie/pijlers.de.md:3:",
        "the slug `Säulen der Zukunft` cannot be used in a web address",
    );
    assert!(stderr.contains("slug: saulen-der-zukunft"), "{stderr}");
}

#[test]
fn a_slug_with_dots_cannot_leave_the_output_folder() {
    let site = Site::new();
    site.build_ok();
    site.edit(
        "content/strategie/pijlers.de.md",
        "slug: saeulen",
        "slug: ../../../../escaped",
    );
    site.build_fails(
        "content/strategie/pijlers.de.md:3:",
        "the slug `../../../../escaped` cannot be used in a web address",
    );
    assert!(!site.tmp.path().join("escaped").exists());
}

#[test]
fn a_slug_with_a_slash_is_refused() {
    let site = Site::new();
    site.build_ok();
    site.edit(
        "content/strategie/pijlers.de.md",
        "slug: saeulen",
        "slug: /tmp/saeulen",
    );
    site.build_fails(
        "content/strategie/pijlers.de.md:3:",
        "the slug `/tmp/saeulen` cannot be used in a web address",
    );
}

#[test]
fn a_link_key_with_dots_is_refused() {
    let site = Site::new();
    // A file that a key escaping `content/` would reach.
    site.write("secret.nl.md", "---\ntitle: Geheim\n---\nGeheim.\n");
    site.edit(
        PIJLERS_NL,
        "## Basis",
        "## Basis\n\nZie [dit](@/../secret.md) en [dat](@/strategie/../_index.md).",
    );
    let stderr = site.build_fails(
        "content/strategie/pijlers.nl.md:7:5",
        "there is no page `../secret.md`",
    );
    assert!(
        stderr.contains("there is no page `strategie/../_index.md`"),
        "{stderr}"
    );
}

#[test]
fn a_folder_linked_to_its_parent_is_reported_as_a_loop() {
    let site = Site::new();
    std::os::unix::fs::symlink("..", site.path("content/strategie/lus")).unwrap();
    let started = Instant::now();
    site.build_fails(
        "content/strategie/lus",
        "this folder links back to a folder that contains it (a loop)",
    );
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn a_folder_linked_to_itself_is_reported_as_a_loop() {
    let site = Site::new();
    std::os::unix::fs::symlink(".", site.path("content/strategie/zelf")).unwrap();
    site.build_fails(
        "content/strategie/zelf",
        "this folder links back to a folder that contains it (a loop)",
    );
}

#[test]
fn a_link_after_a_shortcode_is_pointed_at_exactly() {
    let site = Site::new();
    let line = "Slechts {{ percent(of=\"share\") }} van de [inwoners](@/nergens.md).";
    site.edit(
        "content/strategie/ambities.nl.md",
        "Slechts {{ percent(of=\"share\") }} van de inwoners.",
        line,
    );
    let column = line.find("[inwoners]").unwrap() + 1;
    site.build_fails(
        &format!("content/strategie/ambities.nl.md:12:{column}\n"),
        "there is no page `nergens.md`",
    );
}

#[test]
fn a_link_after_a_shortcode_over_two_lines_keeps_its_line() {
    let site = Site::new();
    site.edit(
        "content/strategie/ambities.nl.md",
        "Slechts {{ percent(of=\"share\") }} van de inwoners.",
        "Slechts {{ percent(of=\"share\", note=\"twee\nregels\") }} van de inwoners.\n\nZie [hier](@/nergens.md).",
    );
    site.build_fails(
        "content/strategie/ambities.nl.md:15:5\n",
        "there is no page `nergens.md`",
    );
}

// ---------------------------------------------------------------------------------------
// Size

/// The size of the big-file test. 50 MB was asked for; see `a_huge_markdown_file_builds`.
const HUGE_BYTES: usize = 50 * 1024 * 1024;

#[test]
fn a_huge_markdown_file_builds() {
    let site = Site::new();
    let paragraph = "Het MST zorgt voor **topklinische** zorg in Twente, met [links](https://example.org) en `code`.\n\n";
    let heading_every = 100;
    let mut text = String::with_capacity(HUGE_BYTES + 1024);
    text.push_str("---\ntitle: Groot\n---\n");
    let mut count = 0;
    while text.len() < HUGE_BYTES {
        if count % heading_every == 0 {
            text.push_str(&format!("## Deel {}\n\n", count / heading_every));
        }
        text.push_str(paragraph);
        count += 1;
    }
    site.write("content/strategie/groot.nl.md", &text);
    let build = site.build(&[]);
    assert!(build.output.status.success(), "{}", build.stderr);
    let seconds = build.seconds;
    let out = site.out();
    eprintln!(
        "a {} MB Markdown file built in {seconds:.1} s",
        HUGE_BYTES / 1024 / 1024
    );
    let page = fs::read_to_string(out.join("nl/strategie/groot/index.html")).unwrap();
    assert_eq!(page.matches("<strong>topklinische</strong>").count(), count);
    assert!(page.contains(r#"<h2 id="deel-0">"#));
}

#[test]
fn thousands_of_identical_headings_get_distinct_ids() {
    let site = Site::new();
    let mut text = String::from("---\ntitle: Herhaling\n---\n");
    for _ in 0..5000 {
        text.push_str("## Doel\n\nTekst.\n\n");
    }
    // Explicit ids that collide with the numbered ones, and headings that slug to nothing.
    text.push_str("## Anders {#doel-1}\n\n## Doel-1\n\n## !!!\n\n## ???\n\n## section\n");
    site.write("content/strategie/herhaling.nl.md", &text);
    let out = site.build_ok();
    let page = read(&out, "nl/strategie/herhaling/index.html");
    let ids = ids(&page);
    assert!(ids.len() >= 5005, "only {} ids", ids.len());
    let mut seen = std::collections::HashSet::new();
    let duplicates: Vec<_> = ids.iter().filter(|id| !seen.insert(**id)).collect();
    assert!(duplicates.is_empty(), "ids used twice: {duplicates:?}");
    // The table of contents links to the same ids as the headings.
    let toc: Vec<_> = page
        .split("<li><a href=\"#")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(toc.len(), 5005);
    for id in toc {
        assert!(
            seen.contains(id),
            "the toc links to #{id}, which no heading has"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Hostile text

#[test]
fn script_in_title_and_description_is_escaped() {
    let site = Site::new();
    site.edit(
        PIJLERS_NL,
        "title: Pijlers",
        "title: \"<script>alert('t')</script>\"\ndescription: \"<script>alert('d')</script>\\\" onload=\\\"x\"",
    );
    let out = site.build_ok();
    let page = read(&out, "nl/strategie/pijlers/index.html");
    assert!(
        page.contains("<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;&#x2F;script&gt;</h1>")
            || page.contains("<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</h1>"),
        "{page}"
    );
    assert!(page.contains("&lt;script&gt;alert(&#39;d&#39;)"), "{page}");
    assert!(!page.contains("\" onload=\"x"), "{page}");
    for path in walk(&out) {
        let text = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            !text.contains("<script>alert"),
            "unescaped script in {}",
            path.display()
        );
    }
}

#[test]
fn a_fluent_file_with_invalid_syntax_is_reported() {
    let site = Site::new();
    site.edit(
        "i18n/nl.ftl",
        "staff = { $count } medewerkers",
        "staff = { $count medewerkers\n-broken =\n= nothing",
    );
    let stderr = site.build_fails("i18n/nl.ftl:5:18", "Fluent syntax");
    // Only nl.ftl is broken: the other languages' texts are there, and the shortcodes
    // that use them are not to blame.
    for lang in ["de", "en"] {
        assert!(
            !stderr.contains(&format!("there are no UI texts for the language `{lang}`")),
            "a broken nl.ftl is blamed on `{lang}`:\n{stderr}"
        );
    }
    assert!(
        !stderr.contains("write shortcodes like"),
        "a broken nl.ftl is blamed on the shortcodes:\n{stderr}"
    );
}

#[test]
fn a_template_with_an_unknown_variable_is_reported() {
    let site = Site::new();
    site.edit(
        "themes/plain/templates/page.html",
        "<p class=\"description\">{{ page.description }}</p>",
        "<p class=\"description\">{{ page.description }}</p>\n<p>{{ page.subtitel }}</p>",
    );
    site.build_fails(
        "themes/plain/templates/page.html:4:",
        "`subtitel` is not defined",
    );
}

#[test]
fn a_template_with_an_unknown_top_level_variable_is_reported() {
    let site = Site::new();
    site.edit(
        "themes/plain/templates/base.html",
        "{% block main %}",
        "{{ sitename }}{% block main %}",
    );
    site.build_fails("themes/plain/templates/base.html:", "sitename");
}

#[test]
fn a_file_name_that_is_not_utf8_gives_a_safe_address_or_a_clear_error() {
    use std::os::unix::ffi::OsStrExt;
    let site = Site::new();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.nl.md");
    fs::write(
        site.path("content/strategie").join(name),
        "---\ntitle: Café\n---\nTekst.\n",
    )
    .unwrap();
    let build = site.build(&[]);
    if build.output.status.success() {
        let out = site.out();
        for path in walk(&out) {
            let relative = path.strip_prefix(&out).unwrap();
            assert!(
                relative.to_str().is_some_and(|p| p.is_ascii()),
                "unsafe output path {relative:?}"
            );
        }
    } else {
        assert!(
            build.stderr.contains("content/strategie/caf"),
            "{}",
            build.stderr
        );
        assert!(build.stderr.contains("= hint: "), "{}", build.stderr);
        assert!(!site.out().exists());
    }
}
