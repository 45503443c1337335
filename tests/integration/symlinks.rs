//! Symbolic links in the folders a site is built from (`content/`, `static/`, the theme's
//! templates and static files): a link that stays inside the site folder is followed, one
//! that leads outside it or nowhere stops the build, so that nothing outside the site folder
//! is ever published.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};

use tempfile::TempDir;

use crate::support::{self, fixture};

/// Text that only the files outside the site hold: it must show up nowhere.
const SECRET: &str = "Vertrouwelijk: de salarissen van de raad van bestuur";

/// A folder outside the site, holding `files` (each with the secret text); its path is
/// canonical, as the messages show it.
fn outside(files: &[&str]) -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    for file in files {
        let text = format!("---\ntitle: Geheim\n---\n{SECRET}\n");
        fs::write(dir.path().join(file), text).unwrap();
    }
    let canonical = fs::canonicalize(dir.path()).unwrap();
    (dir, canonical)
}

/// Builds, insists that the build failed with exit code 1, wrote no `public/` and showed
/// nothing of the secret; returns what it printed on stderr.
fn refused(site: &Path) -> String {
    let output = support::diptych(site, &["build"]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "expected a failure:\n{stderr}"
    );
    assert!(!site.join("public").exists(), "a failed build wrote output");
    assert!(
        !stdout.contains(SECRET) && !stderr.contains(SECRET),
        "the secret was shown:\n{stdout}{stderr}"
    );
    stderr
}

/// `text` with the outside folder, whose name changes from run to run, written `[outside]`.
fn redacted(text: &str, outside: &Path) -> String {
    text.replace(&outside.display().to_string(), "[outside]")
}

#[test]
fn a_link_in_content_to_a_page_outside_the_site_is_refused() {
    let site = fixture("trilingual");
    let (_dir, outside) = outside(&["geheim.nl.md"]);
    let link = site.path().join("content/strategie/geheim.nl.md");
    symlink(outside.join("geheim.nl.md"), link).unwrap();
    insta::assert_snapshot!(redacted(&refused(site.path()), &outside));
}

#[test]
fn a_link_in_static_to_a_file_outside_the_site_is_refused() {
    let site = fixture("trilingual");
    let (_dir, outside) = outside(&["geheim.txt"]);
    symlink(
        outside.join("geheim.txt"),
        site.path().join("static/geheim.txt"),
    )
    .unwrap();
    insta::assert_snapshot!(redacted(&refused(site.path()), &outside));
}

#[test]
fn a_link_in_the_themes_templates_to_a_file_outside_the_site_is_refused() {
    let site = fixture("trilingual");
    let (_dir, outside) = outside(&["geheim.html"]);
    let link = site.path().join("themes/plain/templates/geheim.html");
    symlink(outside.join("geheim.html"), link).unwrap();
    insta::assert_snapshot!(redacted(&refused(site.path()), &outside));
}

#[test]
fn a_link_that_leads_nowhere_is_refused() {
    let site = fixture("trilingual");
    symlink("../verdwenen.css", site.path().join("static/oud.css")).unwrap();
    insta::assert_snapshot!(refused(site.path()));
}

#[test]
fn every_link_leading_out_is_reported_in_one_run() {
    let site = fixture("trilingual");
    let (_dir, outside) = outside(&["geheim.nl.md", "geheim.txt", "geheim.html"]);
    let links = [
        ("content/extern", outside.clone()),
        ("static/geheim.txt", outside.join("geheim.txt")),
        ("themes/plain/static/geheim.txt", outside.join("geheim.txt")),
        (
            "themes/plain/templates/geheim.html",
            outside.join("geheim.html"),
        ),
        (
            "content/strategie/weg.nl.md",
            PathBuf::from("nergens.nl.md"),
        ),
    ];
    for (link, target) in links {
        symlink(target, site.path().join(link)).unwrap();
    }
    insta::assert_snapshot!(redacted(&refused(site.path()), &outside));
}

#[test]
fn links_inside_the_site_folder_still_build() {
    let site = fixture("trilingual");
    let root = site.path();
    fs::create_dir(root.join("gedeeld")).unwrap();
    let page = "---\ntitle: Gedeeld\n---\nVoor alle edities.\n";
    fs::write(root.join("gedeeld/gedeeld.nl.md"), page).unwrap();
    symlink("../gedeeld", root.join("content/gedeeld")).unwrap();
    symlink(
        "../themes/plain/static/style.css",
        root.join("static/stijl.css"),
    )
    .unwrap();
    symlink("page.html", root.join("themes/plain/templates/wide.html")).unwrap();
    let output = support::diptych(root, &["build"]);
    assert!(
        output.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out = root.join("public");
    assert!(out.join("nl/gedeeld/gedeeld/index.html").is_file());
    assert_eq!(
        support::read(&out, &support::published(&out, "stijl.css")),
        support::read(&out, &support::published(&out, "style.css"))
    );
}
