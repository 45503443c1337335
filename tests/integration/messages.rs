//! Messages as a new user meets them: each mistake gets a message that says what is
//! really wrong and what to do, compared whole, as the writer reads it on the terminal.

use std::fs;

use crate::support::{diptych, edit, fixture, shipped_site};

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

/// Asserts that `stderr` holds `message` as a whole, from its first line to its hint.
fn assert_says(stderr: &str, message: &str) {
    assert!(
        stderr.contains(message),
        "expected\n{message}\nin\n{stderr}"
    );
}

#[test]
fn a_link_to_a_draft_says_it_is_a_draft_and_what_to_do() {
    let draft = "weight: 10\ndraft: true";
    let stderr = build_after(&[
        ("content/strategie/pijlers.nl.md", "weight: 10", draft),
        ("content/strategie/pijlers.de.md", "weight: 10", draft),
        ("content/strategie/pijlers.en.md", "weight: 10", draft),
    ]);
    assert_says(
        &stderr,
        "error: `strategie/pijlers.md` is a draft, not published without --drafts: remove `draft: true` from its front matter when it is ready, or build with --drafts to preview it
  --> content/strategie/ambities.en.md:10:14
   |
10 | See also the [pillars](@/strategie/pijlers.md#basis) and [home](@/_index.md).
   |              ^
   = hint: link to a file of content/ without its language, like `@/strategie/ambities.md`
",
    );
    assert!(!stderr.contains("there is no page"), "{stderr}");
}

#[test]
fn a_misspelt_link_key_gets_the_nearest_key() {
    let stderr = build_after(&[(
        "content/strategie/ambities.en.md",
        "(@/strategie/pijlers.md#basis)",
        "(@/strategie/pijler.md)",
    )]);
    assert_says(
        &stderr,
        "error: there is no page `strategie/pijler.md` in content/; did you mean `strategie/pijlers.md`?
  --> content/strategie/ambities.en.md:10:14
   |
10 | See also the [pillars](@/strategie/pijler.md) and [home](@/_index.md).
   |              ^
   = hint: link to a file of content/ without its language, like `@/strategie/ambities.md`
",
    );
}

#[test]
fn a_link_key_like_no_other_gets_no_suggestion() {
    let stderr = build_after(&[(
        "content/strategie/ambities.en.md",
        "(@/strategie/pijlers.md#basis)",
        "(@/jaarverslag/financien.md)",
    )]);
    assert_says(
        &stderr,
        "error: there is no page `jaarverslag/financien.md` in content/\n",
    );
}

#[test]
fn a_misspelt_shortcode_gets_the_nearest_shortcode() {
    let stderr = build_after(&[(
        "content/strategie/ambities.en.md",
        "percent(of",
        "percnt(of",
    )]);
    assert_says(
        &stderr,
        "error: there is no shortcode `percnt` (the theme has no themes/plain/templates/shortcodes/percnt.html); did you mean `percent`?
  --> content/strategie/ambities.en.md:12:6
   |
12 | Only {{ percnt(of=\"share\") }} of the inhabitants.
   |      ^
   = hint: write shortcodes like {{ percent(of=\"access.twente_60\") }}
",
    );
}

#[test]
fn a_misspelt_ui_text_gets_the_nearest_ui_text() {
    let stderr = build_after(&[(
        "themes/plain/templates/base.html",
        "t(key=\"staff\"",
        "t(key=\"staf\"",
    )]);
    assert_says(
        &stderr,
        "error: template: the UI text `staf` is missing in i18n/en.ftl; did you mean `staff`?
  --> themes/plain/templates/base.html:15:21
   |
15 | <p class=\"staff\">{{ t(key=\"staf\", count=1234.5) }}</p>
   |                     ^
   = hint: check the names and arguments used at this place of the template (while building content/_index.en.md and 3 more)
",
    );
}

#[test]
fn translated_says_when_the_file_does_not_exist() {
    let site = shipped_site();
    let output = diptych(site.path(), &["translated", "content/zorg/nope.de.md"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: this file does not exist
 --> content/zorg/nope.de.md
  = hint: check the file's name and folder; translations are named like content/strategie/ambities.de.md

Nothing was written: 1 problem to fix.
"
    );
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
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: `zorg/Nieuw Centrum` cannot be used as a page name
  = hint: use lowercase letters, digits and hyphens, like `zorg/nieuw-centrum`

Nothing was written: 1 problem to fix.
"
    );
    assert!(!site.path().join("content/zorg").exists());
}
