//! Messages as a new user meets them: each mistake gets a message that says what is
//! really wrong and what to do, compared whole, as the writer reads it on the terminal.

use std::fs;

use crate::support::{
    diptych, edit, fixture, read, shipped_site, shipped_site_with_an_unwritten_translation,
};

/// Breaks the trilingual fixture with `edits` (file, from, to), runs `diptych build` and
/// returns what it printed on stderr, insisting that it failed.
fn build_after(edits: &[(&str, &str, &str)]) -> String {
    let site = fixture("trilingual");
    for (file, from, to) in edits {
        edit(site.path(), file, from, to);
    }
    let output = diptych(site.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1), "expected the build to fail");
    String::from_utf8(output.stderr).unwrap()
}

#[test]
fn a_link_to_a_draft_says_it_is_a_draft_and_what_to_do() {
    let draft = "weight: 10\ndraft: true";
    let stderr = build_after(&[
        ("content/strategie/pijlers.nl.md", "weight: 10", draft),
        ("content/strategie/pijlers.de.md", "weight: 10", draft),
        ("content/strategie/pijlers.en.md", "weight: 10", draft),
    ]);
    insta::assert_snapshot!(stderr);
    assert!(!stderr.contains("there is no page"), "{stderr}");
}

#[test]
fn a_misspelt_link_key_gets_the_nearest_key() {
    let stderr = build_after(&[(
        "content/strategie/ambities.en.md",
        "(@/strategie/pijlers.md#basis)",
        "(@/strategie/pijler.md)",
    )]);
    insta::assert_snapshot!(stderr);
}

#[test]
fn a_link_key_like_no_other_gets_no_suggestion() {
    let stderr = build_after(&[(
        "content/strategie/ambities.en.md",
        "(@/strategie/pijlers.md#basis)",
        "(@/jaarverslag/financien.md)",
    )]);
    insta::assert_snapshot!(stderr);
}

#[test]
fn a_misspelt_shortcode_gets_the_nearest_shortcode() {
    let stderr = build_after(&[(
        "content/strategie/ambities.en.md",
        "percent(of",
        "percnt(of",
    )]);
    insta::assert_snapshot!(stderr);
}

#[test]
fn a_misspelt_ui_text_gets_the_nearest_ui_text() {
    let stderr = build_after(&[(
        "themes/plain/templates/base.html",
        "t(key=\"staff\"",
        "t(key=\"staf\"",
    )]);
    insta::assert_snapshot!(stderr);
}

#[test]
fn translated_says_when_the_file_does_not_exist() {
    let site = shipped_site();
    let output = diptych(site.path(), &["translated", "content/zorg/nope.de.md"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
    let record = site.path().join("content/translations.yaml");
    assert_eq!(
        fs::read(&record).unwrap(),
        fs::read("content/translations.yaml").unwrap()
    );
}

#[test]
fn new_keeps_the_section_in_its_suggestion() {
    let site = shipped_site();
    let output = diptych(site.path(), &["new", "zorg/Nieuw Centrum"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
    assert!(!site.path().join("content/zorg").exists());
}

/// Each everyday YAML mistake is named at the line the writer typed, with the fix for that
/// kind of mistake (not a general word on indentation).
#[test]
fn each_kind_of_yaml_mistake_gets_its_own_hint_at_its_line() {
    let file = "content/strategie/pijlers.nl.md";
    for (name, from, to) in [
        (
            "yaml_unclosed_double_quote",
            "title: Pijlers",
            "title: \"Onze visie",
        ),
        (
            "yaml_unclosed_single_quote",
            "title: Pijlers",
            "title: 'Onze visie",
        ),
        (
            "yaml_no_space_after_colon",
            "title: Pijlers",
            "title:Pijlers",
        ),
        (
            "yaml_colon_in_text",
            "title: Pijlers",
            "title: Pijlers: de basis",
        ),
        (
            "yaml_text_after_quote",
            "title: Pijlers",
            "title: \"Pijlers\" van MST",
        ),
        ("yaml_stray_indent", "weight: 10", "  weight: 10"),
        ("yaml_tab_indent", "weight: 10", "\tweight: 10"),
        ("yaml_unclosed_list", "title: Pijlers", "title: [Pijlers"),
        (
            "yaml_reserved_first_character",
            "title: Pijlers",
            "title: @Pijlers",
        ),
    ] {
        insta::assert_snapshot!(name, build_after(&[(file, from, to)]));
    }
}

/// A misspelt name of front matter data in a shortcode gets the name that was meant.
#[test]
fn a_misspelt_data_name_in_a_shortcode_gets_a_suggestion() {
    let site = shipped_site();
    edit(
        site.path(),
        "content/over-mst/ziekenhuis.nl.md",
        "number(of=\"employees\")",
        "number(of=\"employee\")",
    );
    let output = diptych(site.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1), "expected the build to fail");
    insta::assert_snapshot!(String::from_utf8(output.stderr).unwrap());
}

/// An image whose file name has a space is no image in Markdown: it is named at its line
/// with the two fixes, and the first fix works.
#[test]
fn an_image_name_with_a_space_is_caught_and_its_fix_works() {
    let site = fixture("trilingual");
    let folder = site.path().join("content/strategie");
    let png = image::RgbImage::from_pixel(8, 6, image::Rgb([0, 90, 160]));
    png.save(folder.join("foto ziekenhuis.png")).unwrap();
    let page = "content/strategie/pijlers.nl.md";
    edit(
        site.path(),
        page,
        "## Basis",
        "![Het nieuwe ziekenhuis](foto ziekenhuis.png)\n\nLees de [ambities] (@/strategie/ambities.md).\n\n## Basis",
    );
    let output = diptych(site.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1), "expected the build to fail");
    insta::assert_snapshot!(String::from_utf8(output.stderr).unwrap());
    edit(
        site.path(),
        page,
        "(foto ziekenhuis.png)",
        "(<foto ziekenhuis.png>)",
    );
    edit(site.path(), page, "[ambities] (", "[ambities](");
    let fixed = diptych(site.path(), &["build"]);
    assert!(
        fixed.status.success(),
        "{}",
        String::from_utf8_lossy(&fixed.stderr)
    );
    let html =
        fs::read_to_string(site.path().join("public/nl/strategie/pijlers/index.html")).unwrap();
    assert!(html.contains("alt=\"Het nieuwe ziekenhuis\""), "{html}");
}

/// The German file `new` writes is a placeholder that says, in German, what to do; the
/// comment never shows on the page.
#[test]
fn new_writes_a_placeholder_that_tells_the_translator_what_to_do() {
    let site = shipped_site();
    assert!(
        diptych(site.path(), &["new", "strategie/visie"])
            .status
            .success()
    );
    insta::assert_snapshot!(read(site.path(), "content/strategie/visie.de.md"));
    let dutch = read(site.path(), "content/strategie/visie.nl.md");
    assert!(
        !dutch.contains("<!--"),
        "the source needs no comment:\n{dutch}"
    );
}

/// Published by accident, the placeholder is a warning naming the file, an error under
/// --strict, "not translated" in `status`, and `translated` will not record it.
#[test]
fn a_translation_never_written_is_not_translated_yet() {
    let site = shipped_site_with_an_unwritten_translation();
    let root = site.path();
    let built = diptych(root, &["build"]);
    assert!(built.status.success());
    insta::assert_snapshot!(String::from_utf8_lossy(&built.stderr));
    let page = read(root, "public/de/strategie/visie/index.html");
    let shown = page
        .split("<!--")
        .map(|part| part.split_once("-->").map_or(part, |(_, after)| after));
    assert!(
        !shown.collect::<String>().contains("bersetz"),
        "the placeholder's words show on the page:\n{page}"
    );
    let strict = diptych(root, &["build", "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert!(stderr.contains("error: not translated yet: this page has no text of its own\n --> content/strategie/visie.de.md:1:1"), "{stderr}");
    let status = String::from_utf8_lossy(&diptych(root, &["status"]).stdout).into_owned();
    let row = status
        .lines()
        .find(|line| line.starts_with("strategie/visie.md"))
        .unwrap();
    assert!(row.ends_with("source        not translated"), "{row}");
    let named = diptych(root, &["translated", "content/strategie/visie.de.md"]);
    assert_eq!(named.status.code(), Some(1));
    insta::assert_snapshot!(
        "translated_refuses_a_translation_never_written",
        String::from_utf8_lossy(&named.stderr)
    );
    assert!(diptych(root, &["translated", "--all"]).status.success());
    let record = read(root, "content/translations.yaml");
    assert!(!record.contains("strategie/visie.md"), "{record}");
}

/// A translation emptied where its source has text (only a comment left) is not
/// translated either; the shipped sections without text (like their sources) still build
/// `--strict` (see `build.rs`).
#[test]
fn a_translation_without_text_where_its_source_has_some_is_not_translated_yet() {
    let site = shipped_site();
    let root = site.path();
    let file = "content/strategie/pijlers.de.md";
    let text = read(root, file);
    let (front, _) = text.rsplit_once("---\n").unwrap();
    std::fs::write(root.join(file), format!("{front}---\n\n<!-- später -->\n")).unwrap();
    let built = diptych(root, &["build"]);
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(
        stderr.contains("warning: not translated yet: this page has no text of its own\n --> content/strategie/pijlers.de.md:1:1"),
        "{stderr}"
    );
    assert_eq!(stderr.matches("not translated yet").count(), 1, "{stderr}");
}

/// One word per state: the translation `check` warns about is "outdated" there, in
/// `status` and in the JSON report for scripts alike, and no command says "stale".
#[test]
fn every_command_calls_an_outdated_translation_outdated() {
    let site = crate::support::shipped_site_with_one_outdated_and_one_missing_translation();
    let check = diptych(site.path(), &["check"]);
    let check = String::from_utf8(check.stderr).unwrap();
    let warning = (check.split("\n\n"))
        .find(|message| message.contains("strategie/pijlers.de.md"))
        .unwrap_or_else(|| panic!("no message about pijlers.de.md in:\n{check}"));
    let status = diptych(site.path(), &["status"]);
    let status = String::from_utf8(status.stdout).unwrap();
    let counts = status.lines().next().unwrap_or_default();
    let json = diptych(site.path(), &["check", "--format", "json"]);
    let json = String::from_utf8(json.stdout).unwrap();
    insta::assert_snapshot!(format!("{warning}\n\n{counts}"));
    assert!(
        json.contains("outdated translation: content/strategie/pijlers.nl.md"),
        "{json}"
    );
    for said in [&check, &status, &json] {
        assert!(!said.to_lowercase().contains("stale"), "{said}");
    }
}
