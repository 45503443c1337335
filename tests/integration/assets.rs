//! Assets that caches keep forever: static files a page loads get their content's hash in
//! their name, pages follow a changed file to its new name (in `build`, with and without
//! the cache, and in `check`), `asset()` with an unknown path stops the build at its line,
//! and `_headers` gives hosts the cache rules.

use std::fs;
use std::path::Path;
use std::process::Output;

use tempfile::TempDir;

use crate::support::{diptych, edit, fixture, published, read, walk};

/// Builds `site` into its `public/` folder, insisting on success.
fn build(site: &Path) -> std::path::PathBuf {
    let output = diptych(site, &["build"]);
    assert!(
        output.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    site.join("public")
}

/// Runs `command` on the trilingual fixture with `from` replaced by `to` in its base
/// template, insisting that it fails (exit code 1).
fn fails_after_base_html_edit(from: &str, to: &str, command: &str) -> (TempDir, Output) {
    let site = fixture("trilingual");
    edit(site.path(), "themes/plain/templates/base.html", from, to);
    let output = diptych(site.path(), &[command]);
    assert_eq!(output.status.code(), Some(1), "{command} did not fail");
    (site, output)
}

/// The HTML files of an output folder that do not link to `href`, but for the built-in
/// language chooser (its style is inline).
fn pages_without(out: &Path, href: &str) -> Vec<String> {
    walk(out)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|ending| ending == "html"))
        .filter(|path| *path != out.join("index.html"))
        .filter(|path| !fs::read_to_string(path).unwrap().contains(href))
        .map(|path| path.display().to_string())
        .collect()
}

#[test]
fn a_changed_stylesheet_gets_a_new_name_the_old_one_goes_and_every_page_follows() {
    let site = fixture("trilingual");
    let out = build(site.path());
    let old = published(&out, "style.css");
    assert!(
        !out.join("style.css").exists(),
        "the unhashed name is published"
    );
    assert_eq!(pages_without(&out, &format!("href=\"/{old}\"")), [""; 0]);

    edit(
        site.path(),
        "themes/plain/static/style.css",
        "black",
        "navy",
    );
    let out = build(site.path());
    let new = published(&out, "style.css");
    assert_ne!(new, old, "a changed stylesheet kept its name");
    assert!(!out.join(&old).exists(), "the old name is still published");
    assert_eq!(read(&out, &new), "body { color: navy; }\n");
    assert_eq!(pages_without(&out, &format!("href=\"/{new}\"")), [""; 0]);

    let output = diptych(site.path(), &["check"]);
    assert!(
        output.status.success(),
        "check refused the hashed links:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_same_stylesheet_keeps_its_name_and_a_rebuild_changes_nothing() {
    let site = fixture("trilingual");
    let name = published(&build(site.path()), "style.css");
    let again = diptych(site.path(), &["build"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("nothing changed"));
    let elsewhere = fixture("trilingual");
    assert_eq!(published(&build(elsewhere.path()), "style.css"), name);
}

#[test]
fn asset_with_an_unknown_path_stops_the_build_at_its_line_naming_the_static_folders() {
    let (site, output) = fails_after_base_html_edit(
        "asset(path=\"style.css\")",
        "asset(path=\"stlye.css\")",
        "build",
    );
    assert!(
        !site.path().join("public").exists(),
        "a failed build wrote output"
    );
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
}

#[test]
fn headers_give_hashed_assets_a_year_and_pages_no_cache() {
    let site = fixture("trilingual");
    let out = build(site.path());
    let style = published(&out, "style.css");
    assert_eq!(
        read(&out, "_headers"),
        format!(
            "# Written by diptych: hashed assets are kept for a year, pages are asked for again.\n\
             \n/{style}\n  Cache-Control: public, max-age=31536000, immutable\n\
             \n/\n  Cache-Control: no-cache\n\
             \n/404.html\n  Cache-Control: no-cache\n\
             \n/de/*\n  Cache-Control: no-cache\n\
             \n/en/*\n  Cache-Control: no-cache\n\
             \n/nl/*\n  Cache-Control: no-cache\n"
        )
    );
}

#[test]
fn headers_follow_the_base_path_and_end_with_the_writers_own() {
    let site = fixture("trilingual");
    fs::write(
        site.path().join("static/_headers"),
        "/*\n  X-Frame-Options: DENY\n",
    )
    .unwrap();
    fs::create_dir(site.path().join("static/fonts")).unwrap();
    fs::write(site.path().join("static/fonts/inter.woff2"), "font").unwrap();
    let output = diptych(
        site.path(),
        &["build", "--base-url", "https://example.org/strategie/"],
    );
    assert!(output.status.success());
    let out = site.path().join("public");
    let headers = read(&out, "_headers");
    let style = published(&out, "style.css");
    for rule in [
        format!("\n/strategie/{style}\n  Cache-Control: public, max-age=31536000, immutable\n"),
        "\n/strategie/fonts/*\n  Cache-Control: public, max-age=31536000, immutable\n".into(),
        "\n/strategie/nl/*\n  Cache-Control: no-cache\n".into(),
        "\n/strategie/\n  Cache-Control: no-cache\n".into(),
    ] {
        assert!(headers.contains(&rule), "{rule:?} missing:\n{headers}");
    }
    assert!(headers.ends_with("\n# From static/_headers\n/*\n  X-Frame-Options: DENY\n"));
    published(&out, "fonts/inter.woff2");
}

#[test]
fn a_link_to_the_unhashed_name_is_a_dead_link_for_check() {
    let (_site, output) = fails_after_base_html_edit(
        "{{ asset(path=\"style.css\") }}",
        "{{ site.base_path }}style.css",
        "check",
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("pages link to /style.css, which does not exist"),
        "{stderr}"
    );
    // Once, at the template's line that writes it.
    assert_eq!(
        stderr.matches("which does not exist").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains(" --> themes/plain/templates/base.html:9:"),
        "{stderr}"
    );
    assert!(stderr.contains("asset(path=\"style.css\")"), "{stderr}");
}
