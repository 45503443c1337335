//! Builds the fixture sites under `tests/sites/` through the real `diptych` binary and
//! checks what a reader or a writer would see: the output files, and the messages.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

use crate::support::{self, edit, fixture, published, read, walk};

/// Runs `diptych build <args> --root <site>`.
fn diptych(site: &Path, args: &[&str]) -> Output {
    let args: Vec<&str> = std::iter::once("build")
        .chain(args.iter().copied())
        .collect();
    support::diptych(site, &args)
}

/// Builds and insists on success; returns the output folder.
fn build_ok(site: &Path, args: &[&str]) -> PathBuf {
    let output = diptych(site, args);
    assert!(
        output.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    site.join("public")
}

/// Builds and insists on failure (exit code 1); returns what was printed on stderr.
fn build_fails(site: &Path, args: &[&str]) -> String {
    let output = diptych(site, args);
    assert_eq!(output.status.code(), Some(1), "expected the build to fail");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn pages_land_on_translated_slugs() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    for path in [
        "nl/strategie/ambities/index.html",
        "de/strategie/ambitionen/index.html",
        "en/strategy/ambitions/index.html",
        "en/strategy/pillars/index.html",
        "nl/index.html",
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "_headers",
        published(&out, "style.css").as_str(),
    ] {
        assert!(out.join(path).is_file(), "{path} missing");
    }
}

/// A static host serves the one `404.html` for every address it does not know, whichever
/// language the reader came from: the shipped theme says it in Dutch, then in German, each
/// part in its language with a link to that language's home page.
#[test]
fn the_shipped_404_page_speaks_every_language_of_the_site() {
    let site = support::shipped_site();
    let out = build_ok(site.path(), &[]);
    let page = fs::read_to_string(out.join("404.html")).unwrap();
    let dutch = page.find("<section lang=\"nl\">").expect("a Dutch part");
    let german = page.find("<section lang=\"de\"").expect("a German part");
    assert!(dutch < german, "the site's own language first:\n{page}");
    let (dutch, german) = page[dutch..].split_at(german - dutch);
    assert!(dutch.contains("<h1>Pagina niet gevonden</h1>"), "{dutch}");
    assert!(dutch.contains("href=\"/nl/\" hreflang=\"nl\""), "{dutch}");
    assert!(german.contains(">Seite nicht gefunden</h2>"), "{german}");
    assert!(
        german.contains("Beginnen Sie noch einmal auf der Startseite."),
        "{german}"
    );
    assert!(german.contains("href=\"/de/\" hreflang=\"de\""), "{german}");
}

#[test]
fn links_by_key_resolve_in_the_readers_language() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    let nl = read(&out, "nl/strategie/ambities/index.html");
    assert!(nl.contains(r#"<a href="/nl/strategie/pijlers/#basis">pijlers</a>"#));
    assert!(nl.contains(r#"<a href="/nl/">home</a>"#));
    let de = read(&out, "de/strategie/ambitionen/index.html");
    assert!(de.contains(r#"<a href="/de/strategie/saeulen/#basis">Säulen</a>"#));
    let en = read(&out, "en/strategy/ambitions/index.html");
    assert!(en.contains(r#"<a href="/en/strategy/pillars/#basis">pillars</a>"#));
}

#[test]
fn url_for_follows_the_page_language_unless_told() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    let en = read(&out, "en/strategy/ambitions/index.html");
    assert!(en.contains(r#"<a class="strategy" href="/en/strategy/">"#));
    assert!(en.contains(r#"<a class="german-strategy" href="/de/strategie/">"#));
}

#[test]
fn hreflang_and_switcher_point_to_the_same_page() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    let de = read(&out, "de/strategie/ambitionen/index.html");
    assert!(de.contains(
        r#"<link rel="alternate" hreflang="nl" href="https://example.org/nl/strategie/ambities/">"#
    ));
    assert!(de.contains(
        r#"<link rel="alternate" hreflang="en" href="https://example.org/en/strategy/ambitions/">"#
    ));
    assert!(de.contains(r#"<a hreflang="nl" href="/nl/strategie/ambities/">Nederlands</a>"#));
    assert!(de.contains(r#"<a hreflang="en" href="/en/strategy/ambitions/">English</a>"#));
    assert!(de.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
}

#[test]
fn fluent_plurals_arguments_and_numbers_follow_the_language() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    // The apostrophe is escaped by the template, as any text is.
    assert!(read(&out, "nl/strategie/index.html").contains("2 pagina&#39;s"));
    assert!(read(&out, "de/strategie/index.html").contains("2 Seiten"));
    assert!(read(&out, "en/strategy/index.html").contains("2 pages"));
    assert!(read(&out, "nl/index.html").contains("1.234,5 medewerkers"));
    assert!(read(&out, "de/index.html").contains("1.234,5 Mitarbeitende"));
    assert!(read(&out, "en/index.html").contains("1,234.5 employees"));
    // Shortcodes format front matter data through Fluent; no isolation marks in the text.
    assert!(read(&out, "nl/strategie/ambities/index.html").contains("Slechts 12,5% van"));
    assert!(read(&out, "de/strategie/ambitionen/index.html").contains("Nur 12,5 % der"));
    assert!(!read(&out, "nl/index.html").contains('\u{2068}'));
}

#[test]
fn a_single_page_in_a_language_changes_the_plural() {
    let site = fixture("trilingual");
    fs::remove_file(site.path().join("content/strategie/pijlers.en.md")).unwrap();
    let out = build_ok(site.path(), &[]);
    assert!(read(&out, "en/strategy/index.html").contains("1 page<"));
}

#[test]
fn section_pages_are_ordered_by_weight_then_title() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    let nl = read(&out, "nl/strategie/index.html");
    let pijlers = nl.find("Pijlers").unwrap();
    let ambities = nl.find("Ambities").unwrap();
    assert!(pijlers < ambities, "weight 10 must come before weight 20");
    edit(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "weight: 10",
        "weight: 20",
    );
    let nl = read(&build_ok(site.path(), &[]), "nl/strategie/index.html");
    assert!(
        nl.find("Ambities").unwrap() < nl.find("Pijlers").unwrap(),
        "same weight: by title"
    );
}

#[test]
fn sitemap_lists_every_page_with_its_alternates() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    let sitemap = read(&out, "sitemap.xml");
    // 12 documents and the language chooser, the home pages' x-default.
    assert_eq!(sitemap.matches("<url>").count(), 13);
    assert!(sitemap.contains("<loc>https://example.org/</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/de/strategie/ambitionen/</loc>"));
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/strategy/ambitions/"/>"#
    ));
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/nl/strategie/ambities/"/>"#
    ));
    assert!(read(&out, "robots.txt").contains("Sitemap: https://example.org/sitemap.xml"));
}

#[test]
fn root_is_a_language_chooser() {
    let site = fixture("trilingual");
    let chooser = read(&build_ok(site.path(), &[]), "index.html");
    assert!(chooser.contains(r#"<a href="/nl/" hreflang="nl" lang="nl">Nederlands</a>"#));
    assert!(chooser.contains(r#"<a href="/de/" hreflang="de" lang="de">Deutsch</a>"#));
    assert!(chooser.contains(r#"<a href="/en/" hreflang="en" lang="en">English</a>"#));
}

#[test]
fn base_url_with_a_path_prefixes_every_link() {
    let site = fixture("trilingual");
    let out = build_ok(
        site.path(),
        &["--base-url", "https://example.org/strategie"],
    );
    let nl = read(&out, "nl/strategie/ambities/index.html");
    assert!(nl.contains(r#"href="/strategie/nl/strategie/pijlers/#basis""#));
    let style = published(&out, "style.css");
    assert!(nl.contains(&format!(r#"href="/strategie/{style}""#)));
    assert!(nl.contains(r#"href="https://example.org/strategie/de/strategie/ambitionen/""#));
    assert!(read(&out, "index.html").contains(r#"href="/strategie/de/""#));
}

#[test]
fn site_static_files_override_the_themes() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    assert_eq!(read(&out, "robots-note.txt"), "site\n");
    let style = published(&out, "style.css");
    assert_eq!(read(&out, &style), "body { color: black; }\n");
}

#[test]
fn front_matter_text_is_escaped() {
    let site = fixture("trilingual");
    edit(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "title: Pijlers",
        "title: \"<script>alert(1)</script>\"",
    );
    let out = build_ok(site.path(), &[]);
    let page = read(&out, "nl/strategie/pijlers/index.html");
    assert!(
        page.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"),
        "{page}"
    );
    assert!(!page.contains("<script>"));
}

#[test]
fn two_builds_are_byte_identical() {
    let site = fixture("trilingual");
    let first = site.path().join("first");
    let second = site.path().join("second");
    for out in [&first, &second] {
        let output = diptych(site.path(), &["--out", out.to_str().unwrap()]);
        assert!(output.status.success());
    }
    let listing = |root: &Path| {
        let mut files: Vec<(String, Vec<u8>)> = walk(root)
            .into_iter()
            .map(|path| {
                let bytes = fs::read(&path).unwrap();
                (
                    path.strip_prefix(root).unwrap().display().to_string(),
                    bytes,
                )
            })
            .collect();
        files.sort();
        files
    };
    assert_eq!(listing(&first), listing(&second));
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    let before = read(&out, "nl/strategie/ambities/index.html");
    edit(
        site.path(),
        "content/strategie/ambities.nl.md",
        "title: Ambities",
        "title: Nieuw",
    );
    edit(
        site.path(),
        "content/strategie/pijlers.de.md",
        "title: Säulen",
        "titel: Säulen",
    );
    build_fails(site.path(), &[]);
    assert_eq!(read(&out, "nl/strategie/ambities/index.html"), before);
    let leftovers = crate::support::staging_left_behind(site.path());
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn output_folder_may_not_swallow_the_sources() {
    let site = fixture("trilingual");
    let stderr = build_fails(site.path(), &["--out", site.path().to_str().unwrap()]);
    assert!(
        stderr.contains("would replace the site's own files"),
        "{stderr}"
    );
    assert!(site.path().join("content").is_dir());
}

#[test]
fn every_error_is_reported_at_once_sorted_by_file() {
    let site = fixture("trilingual");
    edit(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "title: Pijlers",
        "titel: Pijlers",
    );
    edit(
        site.path(),
        "content/strategie/ambities.de.md",
        "(@/_index.md)",
        "(@/nergens.md)",
    );
    let stderr = build_fails(site.path(), &[]);
    let link = stderr
        .find("content/strategie/ambities.de.md:10:")
        .expect(&stderr);
    let key = stderr
        .find("content/strategie/pijlers.nl.md:2:1")
        .expect(&stderr);
    assert!(link < key, "sorted by file: {stderr}");
    assert!(
        stderr.contains("Nothing was written: 2 problems to fix."),
        "{stderr}"
    );
}

/// Each broken input: the file to break and the edit.
struct Breakage {
    file: &'static str,
    from: &'static str,
    to: &'static str,
}

/// What the build says about a broken input: the whole message, compared with a snapshot.
fn reported(breakage: Breakage) -> String {
    let site = fixture("trilingual");
    edit(site.path(), breakage.file, breakage.from, breakage.to);
    let stderr = build_fails(site.path(), &[]);
    assert!(stderr.contains("= hint: "), "no hint:\n{stderr}");
    assert!(
        !site.path().join("public").exists(),
        "a failed build wrote output"
    );
    stderr
}

#[test]
fn yaml_that_does_not_parse() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "title: Pijlers",
        to: "title: Pijlers: en meer",
    }));
}

#[test]
fn missing_closing_fence() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "weight: 10\n---",
        to: "weight: 10\n",
    }));
}

#[test]
fn missing_title() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "title: Pijlers\n",
        to: "",
    }));
}

#[test]
fn unknown_front_matter_key() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "weight: 10",
        to: "weight: 10\nwieght: 3",
    }));
}

#[test]
fn wrong_type_in_front_matter() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "weight: 10",
        to: "weight: tien",
    }));
}

#[test]
fn fluent_syntax_error() {
    insta::assert_snapshot!(reported(Breakage {
        file: "i18n/de.ftl",
        from: "staff = { $count } Mitarbeitende",
        to: "staff = { $count Mitarbeitende",
    }));
}

#[test]
fn a_number_option_diptych_cannot_write_stops_the_build_at_its_message() {
    insta::assert_snapshot!(reported(Breakage {
        file: "i18n/de.ftl",
        from: "percent = { $value } %",
        to: "percent = { NUMBER($value, style: \"percent\") }",
    }));
}

#[test]
fn number_options_are_checked_in_texts_no_template_uses() {
    let site = fixture("trilingual");
    for lang in ["nl", "de", "en"] {
        let file = format!("i18n/{lang}.ftl");
        let rounded = "rounded = { NUMBER($v, maximumSignificantDigits: 2) }\npercent";
        edit(site.path(), &file, "percent", rounded);
    }
    let stderr = build_fails(site.path(), &[]);
    for lang in ["nl", "de", "en"] {
        let place = format!(
            "`NUMBER(…, maximumSignificantDigits: 2)`, which diptych does not support\n --> i18n/{lang}.ftl:6:1"
        );
        assert!(stderr.contains(&place), "no {place}:\n{stderr}");
    }
}

#[test]
fn template_that_does_not_parse() {
    insta::assert_snapshot!(reported(Breakage {
        file: "themes/plain/templates/page.html",
        from: "{{ page.title }}",
        to: "{{ page.title }",
    }));
}

#[test]
fn template_that_fails_to_render() {
    insta::assert_snapshot!(reported(Breakage {
        file: "themes/plain/templates/page.html",
        from: "{{ page.title }}",
        to: "{{ page.title | round }}",
    }));
}

#[test]
fn two_pages_on_one_url() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.de.md",
        from: "slug: saeulen",
        to: "slug: ambitionen",
    }));
}

/// Where the address comes from the file's name, the first line of that file is shown.
#[test]
fn two_pages_on_one_url_one_named_by_its_file() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "weight: 10",
        to: "weight: 10\nslug: ambities",
    }));
}

#[test]
fn link_by_key_to_nothing() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/ambities.en.md",
        from: "(@/_index.md)",
        to: "(@/strategie/visie.md)",
    }));
}

#[test]
fn missing_template() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "weight: 10",
        to: "weight: 10\ntemplate: wide.html",
    }));
}

#[test]
fn ui_text_missing_in_the_pages_language() {
    insta::assert_snapshot!(reported(Breakage {
        file: "i18n/en.ftl",
        from: "staff = { $count } employees",
        to: "",
    }));
}

#[test]
fn bad_slug_cannot_escape_its_folder() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.de.md",
        from: "slug: saeulen",
        to: "slug: ../../etc",
    }));
}

#[test]
fn a_theme_outside_the_themes_folder_is_refused_at_its_line() {
    let site = fixture("trilingual");
    let elsewhere = tempfile::TempDir::new().unwrap();
    crate::support::copy_dir(
        &site.path().join("themes/plain"),
        &elsewhere.path().join("theme"),
    );
    let outside = elsewhere.path().join("theme");
    let relative = format!("../../../../../../../..{}", outside.display());
    for theme in [
        relative.as_str(),
        outside.to_str().unwrap(),
        "plain/../plain",
        "..",
    ] {
        edit(
            site.path(),
            "site.yaml",
            "theme: plain",
            &format!("theme: {theme}"),
        );
        let stderr = build_fails(site.path(), &[]);
        assert!(
            stderr.contains("which is not the name of a folder under themes/")
                && stderr.contains("--> site.yaml:10:"),
            "{theme}:\n{stderr}"
        );
        assert!(
            !site.path().join("public").exists(),
            "a failed build wrote output"
        );
        edit(
            site.path(),
            "site.yaml",
            &format!("theme: {theme}"),
            "theme: plain",
        );
    }
    edit(
        site.path(),
        "site.yaml",
        "theme: plain",
        "theme: ../elsewhere",
    );
    insta::assert_snapshot!(build_fails(site.path(), &[]));
}

#[test]
fn missing_translation_is_a_warning_and_an_error_when_strict() {
    let site = fixture("trilingual");
    fs::remove_file(site.path().join("content/strategie/pijlers.de.md")).unwrap();
    let output = diptych(site.path(), &[]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("warning: `strategie/pijlers.md` has no Deutsch version (de)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/strategie/pijlers.de.md"),
        "{stderr}"
    );
    // The German page that links to it leads to the Dutch page, and says so.
    assert!(
        stderr.contains("warning: this link leads to the Nederlands (nl) page `strategie/pijlers.md`: it has no Deutsch (de) version yet\n  --> content/strategie/ambities.de.md:10:"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("2 warnings."));
    let stderr = build_fails(site.path(), &["--strict"]);
    assert!(
        stderr.contains("error: `strategie/pijlers.md` has no Deutsch version (de)"),
        "{stderr}"
    );
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = fixture("trilingual");
    for lang in ["nl", "de", "en"] {
        edit(
            site.path(),
            &format!("content/strategie/ambities.{lang}.md"),
            "weight: 20",
            "weight: 20\ndraft: true",
        );
    }
    let out = build_ok(site.path(), &[]);
    assert!(!out.join("nl/strategie/ambities/index.html").exists());
    assert!(!read(&out, "nl/strategie/index.html").contains("Ambities"));
    let out = build_ok(site.path(), &["--drafts"]);
    assert!(out.join("nl/strategie/ambities/index.html").exists());
}

#[test]
fn summary_counts_pages_per_language() {
    let site = fixture("trilingual");
    let output = diptych(site.path(), &[]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Built 12 pages: 4 in Nederlands (nl), 4 in Deutsch (de), 4 in English (en). 0 warnings."),
        "{stdout}"
    );
}

#[test]
fn rendered_page_snapshot() {
    let site = fixture("trilingual");
    let out = build_ok(site.path(), &[]);
    insta::assert_snapshot!(read(&out, "de/strategie/ambitionen/index.html"));
}

#[test]
fn the_shipped_mst_site_builds_without_warnings() {
    let out = TempDir::new().unwrap();
    let output = diptych(
        Path::new("."),
        &["--strict", "--out", out.path().to_str().unwrap()],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let home = read(out.path(), "de/index.html");
    assert!(home.contains("<html lang=\"de\">"));
    assert!(read(out.path(), "nl/strategie/academische-zorg/index.html").contains("12,5%"));
    assert!(
        read(
            out.path(),
            "de/strategie/universitaere-versorgung/index.html"
        )
        .contains("12,5\u{a0}%")
    );
}

#[test]
fn an_image_without_alt_text_stops_the_build() {
    insta::assert_snapshot!(reported(Breakage {
        file: "content/strategie/pijlers.nl.md",
        from: "## Basis",
        to: "## Basis\n\n![](kaart.png)",
    }));
}

#[test]
fn a_ui_text_missing_in_one_language_is_named_where_it_is_defined() {
    let site = fixture("trilingual");
    edit(site.path(), "i18n/de.ftl", "percent", "unused = x\npercent");
    let stderr = build_fails(site.path(), &[]);
    assert!(
        stderr.contains(
            "error: the UI text `unused` is missing in i18n/nl.ftl\n --> i18n/de.ftl:6:1"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("the UI text `unused` is missing in i18n/en.ftl"),
        "{stderr}"
    );
}
