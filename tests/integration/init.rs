//! `diptych init` through the real binary: the new site builds `--strict` without warnings
//! and passes `check`, in two and in three languages; a folder with something in it is left
//! alone, and an unknown language code is refused with the known ones.

use std::path::Path;
use std::process::Output;

use tempfile::TempDir;

use crate::support::{diptych, read, snapshot};

/// Runs `diptych init <folder> <args>`.
fn init(folder: &Path, args: &[&str]) -> Output {
    crate::support::diptych_command()
        .arg("init")
        .arg(folder)
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Builds `site` strict and checks it: both exit 0 and say 0 warnings.
fn builds_and_checks_clean(site: &Path) {
    let built = diptych(site, &["build", "--strict"]);
    let (out, err) = (text(&built.stdout), text(&built.stderr));
    assert!(built.status.success(), "{out}{err}");
    assert!(out.contains(" 0 warnings."), "{out}");
    assert!(err.is_empty(), "{err}");
    let checked = diptych(site, &["check"]);
    let (out, err) = (text(&checked.stdout), text(&checked.stderr));
    assert!(checked.status.success(), "{out}{err}");
    assert_eq!(out, "0 errors, 0 warnings.\n", "{err}");
}

#[test]
fn a_dutch_and_german_site_builds_strict_and_checks_clean() {
    let dir = TempDir::new().unwrap();
    let site = dir.path().join("onze-brochure");
    let made = init(&site, &["--languages", "nl,de"]);
    let out = text(&made.stdout);
    assert!(made.status.success(), "{out}{}", text(&made.stderr));
    assert!(
        out.contains("created content/aan-de-slag/een-pagina-schrijven.de.md"),
        "{out}"
    );
    assert!(
        out.contains("diptych serve") && out.contains("diptych build"),
        "{out}"
    );
    assert!(out.contains(&format!("cd {}", site.display())), "{out}");
    builds_and_checks_clean(&site);
    let home = read(&site, "public/nl/index.html");
    assert!(
        home.contains("<h1>Onze brochure</h1>"),
        "the name comes from the folder"
    );
    let page = read(
        &site,
        "public/de/erste-schritte/eine-seite-schreiben/index.html",
    );
    assert!(page.contains("<h1>Eine Seite schreiben</h1>"));
    assert!(page.contains("href=\"/nl/aan-de-slag/een-pagina-schrijven/\" hreflang=\"nl\""));
    assert!(read(&site, "public/brochure/index.html").contains("Broschüre"));
}

#[test]
fn a_three_language_site_builds_strict_and_checks_clean() {
    let dir = TempDir::new().unwrap();
    let site = dir.path().join("site");
    let made = init(
        &site,
        &["--languages", "en,nl,de", "--name", "Care {in} \"Twente\""],
    );
    assert!(made.status.success(), "{}", text(&made.stderr));
    builds_and_checks_clean(&site);
    let home = read(&site, "public/en/index.html");
    assert!(home.contains("Care {in} &quot;Twente&quot;"), "{home}");
    read(
        &site,
        "public/nl/aan-de-slag/een-pagina-schrijven/index.html",
    );
    let side_by_side = read(&site, "public/brochure/index.html");
    assert!(side_by_side.contains("columns-3"));
    // A static host serves one 404 page for every language: it speaks all three.
    let not_found = read(&site, "public/404.html");
    for (code, title) in [
        ("en", "<h1>Page not found</h1>"),
        ("nl", ">Pagina niet gevonden</h2>"),
        ("de", ">Seite nicht gefunden</h2>"),
    ] {
        assert!(
            not_found.contains(&format!("<section lang=\"{code}\"")),
            "{not_found}"
        );
        assert!(not_found.contains(title), "{title} in {not_found}");
    }
}

#[test]
fn a_language_without_texts_gets_marked_english_placeholders() {
    let dir = TempDir::new().unwrap();
    let site = dir.path().join("site");
    let made = init(&site, &["--languages", "nl,es"]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let ftl = read(&site, "i18n/es.ftl");
    assert!(ftl.starts_with("# PLACEHOLDER: diptych has no texts in Español (es) yet"));
    assert!(ftl.contains("skip-link = Skip to content"));
    builds_and_checks_clean(&site);
}

#[test]
fn a_folder_with_something_in_it_is_left_alone() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let before = snapshot(dir.path());
    let refused = init(dir.path(), &[]);
    assert_eq!(refused.status.code(), Some(1));
    let err = text(&refused.stderr);
    assert!(err.contains("is not empty; nothing was created"), "{err}");
    assert!(
        err.contains("hint: a new site starts in a new folder"),
        "{err}"
    );
    assert!(refused.stdout.is_empty());
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn an_unknown_language_code_is_refused_with_the_known_ones() {
    let dir = TempDir::new().unwrap();
    let site = dir.path().join("site");
    let refused = init(&site, &["--languages", "nl,dk"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = text(&refused.stderr);
    assert!(
        err.contains("diptych does not know the language code `dk`"),
        "{err}"
    );
    assert!(err.contains("known codes: nl, de, en, fr,"), "{err}");
    assert!(!site.exists(), "the folder was made anyway");
}
