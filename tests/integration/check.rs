//! `diptych check`, `diptych translated` and `diptych new` on copies of the shipped MST
//! site, through the real binary.

use std::fs;
use std::path::Path;

use tempfile::TempDir;

use crate::support::{
    diptych, edit, read, shipped_site, shipped_site_with_one_outdated_and_one_missing_translation,
};

/// What `diptych check` says about a site, on stderr.
fn check_stderr(site: &Path) -> String {
    String::from_utf8_lossy(&diptych(site, &["check"]).stderr).into_owned()
}

#[test]
fn the_shipped_site_passes_check() {
    let output = diptych(Path::new("."), &["check"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("0 errors, 0 warnings."), "{stdout}");
}

/// The five faults of the issue, each in its own file.
fn five_faults() -> TempDir {
    let site = shipped_site();
    let s = site.path();
    fs::remove_file(s.join("content/strategie/pijlers.de.md")).unwrap();
    edit(
        s,
        "i18n/de.ftl",
        "footer-print = Broschüre zum Drucken\n",
        "",
    );
    edit(
        s,
        "content/strategie/_index.de.md",
        "(@/strategie/pijlers.md)",
        "(@/strategie/saeulen.md)",
    );
    edit(
        s,
        "content/strategie/waarom.nl.md",
        "---\n\n",
        "---\n\nEen nieuwe eerste zin.\n\n",
    );
    edit(
        s,
        "content/regio/samenwerking.nl.md",
        "weight: 20",
        "wieght: 20",
    );
    site
}

#[test]
fn check_reports_exactly_the_five_faults_at_their_lines() {
    let site = five_faults();
    let output = diptych(site.path(), &["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(String, String, u64, String)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_owned(),
                d["file"].as_str().unwrap_or("").to_owned(),
                d["line"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    // The five, and the German links that now lead to the Dutch page of the untranslated one.
    assert_eq!(found.len(), 7, "{found:#?}");
    let expect = |severity: &str, file: &str, line: u64, says: &str| {
        assert!(
            found
                .iter()
                .any(|(s, f, l, m)| s == severity && f == file && *l == line && m.contains(says)),
            "missing {severity} {file}:{line} {says:?} in {found:#?}"
        );
    };
    expect(
        "warning",
        "content/strategie/pijlers.nl.md",
        1,
        "has no Deutsch version",
    );
    expect(
        "error",
        "i18n/nl.ftl",
        36,
        "the UI text `footer-print` is missing in i18n/de.ftl",
    );
    expect(
        "error",
        "content/strategie/_index.de.md",
        15,
        "there is no page `strategie/saeulen.md`",
    );
    expect(
        "warning",
        "content/strategie/waarom.de.md",
        1,
        "outdated translation",
    );
    expect(
        "error",
        "content/regio/samenwerking.nl.md",
        4,
        "unknown key `wieght`",
    );
    for (file, line) in [
        ("content/regio/_index.de.md", 8),
        ("content/strategie/waarom.de.md", 23),
    ] {
        expect(
            "warning",
            file,
            line,
            "this link leads to the Nederlands (nl) page `strategie/pijlers.md`",
        );
    }
    assert_eq!(report["errors"], 3);
    assert_eq!(report["warnings"], 4);
}

#[test]
fn check_speaks_like_a_compiler_for_people() {
    let site = five_faults();
    let output = diptych(site.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error: front matter: unknown key `wieght`\n --> content/regio/samenwerking.nl.md:4:1\n  |\n4 | wieght: 20\n  | ^\n  |\n  = hint:"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("3 errors, 4 warnings."));
}

#[test]
fn warnings_alone_pass_unless_strict() {
    let site = shipped_site();
    edit(
        site.path(),
        "content/strategie/waarom.nl.md",
        "---\n\n",
        "---\n\nNieuw.\n\n",
    );
    assert!(diptych(site.path(), &["check"]).status.success());
    assert_eq!(
        diptych(site.path(), &["check", "--strict"]).status.code(),
        Some(1)
    );
}

#[test]
fn translated_records_and_clears_a_stale_translation() {
    let site = shipped_site();
    edit(
        site.path(),
        "content/strategie/waarom.nl.md",
        "---\n\n",
        "---\n\nNieuw.\n\n",
    );
    let stale = diptych(site.path(), &["check"]);
    assert!(String::from_utf8_lossy(&stale.stderr).contains("outdated translation"));
    let file = site.path().join("content/strategie/waarom.de.md");
    let output = diptych(site.path(), &["translated", file.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("up to date: content/strategie/waarom.de.md")
    );
    let after = diptych(site.path(), &["check"]);
    assert!(String::from_utf8_lossy(&after.stdout).contains("0 errors, 0 warnings."));
}

#[test]
fn translated_keeps_only_the_source_texts_a_record_follows() {
    let site = shipped_site();
    // The versions of the `waarom` source kept, each as its lines.
    let kept_versions = || {
        let kept = read(site.path(), "content/translations.sources.yaml");
        let entry: Vec<String> = (kept.split("\nstrategie/waarom.md:\n").nth(1))
            .unwrap_or_else(|| panic!("no entry for waarom:\n{kept}"))
            .lines()
            .take_while(|line| line.is_empty() || line.starts_with(' '))
            .map(str::to_owned)
            .collect();
        let versions = (entry.iter())
            .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
            .count();
        (versions, entry.join("\n"))
    };
    assert_eq!(kept_versions().0, 1);
    edit(
        site.path(),
        "content/strategie/waarom.nl.md",
        "---\n\n",
        "---\n\nEen nieuwe eerste zin.\n\n",
    );
    assert!(!kept_versions().1.contains("Een nieuwe eerste zin."));
    let output = diptych(
        site.path(),
        &["translated", "content/strategie/waarom.de.md"],
    );
    assert!(output.status.success());
    let (versions, entry) = kept_versions();
    assert!(entry.contains("Een nieuwe eerste zin."), "{entry}");
    assert_eq!(
        versions, 1,
        "the version no record follows is forgotten:\n{entry}"
    );
    let built = diptych(site.path(), &["build", "--strict"]);
    assert!(
        built.status.success(),
        "the kept texts are never read as pages"
    );
}

#[test]
fn a_translation_without_a_record_is_a_warning() {
    let site = shipped_site();
    fs::remove_file(site.path().join("content/translations.yaml")).unwrap();
    let output = diptych(site.path(), &["check"]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(
        "warning: translation not recorded: there is no record yet of which Nederlands text it follows"
    ));
}

#[test]
fn unused_and_mismatched_ui_texts_are_warned_about() {
    let site = shipped_site();
    edit(
        site.path(),
        "i18n/nl.ftl",
        "chart-value = Waarde",
        "chart-value = Waarde\nspare = Reserve",
    );
    edit(
        site.path(),
        "i18n/de.ftl",
        "chart-value = Wert",
        "chart-value = Wert\nspare = Reserve",
    );
    let stderr = check_stderr(site.path());
    assert!(
        stderr.contains("warning: no template uses the UI text `spare`"),
        "{stderr}"
    );
    let site = shipped_site();
    edit(
        site.path(),
        "i18n/de.ftl",
        "Telefon +31 53 487 20 00",
        "Telefon { $phone }",
    );
    let stderr = check_stderr(site.path());
    assert!(
        stderr.contains(
            "the UI text `footer-phone` uses the variables `phone` here, but none in i18n/nl.ftl"
        ),
        "{stderr}"
    );
}

#[test]
fn broken_fragments_are_errors_at_their_line() {
    let site = shipped_site();
    edit(
        site.path(),
        "content/strategie/_index.de.md",
        "(@/strategie/pijlers.md)",
        "(@/strategie/pijlers.md#gibt-es-nicht)",
    );
    let stderr = check_stderr(site.path());
    assert!(
        stderr.contains("error: `content/strategie/pijlers.de.md` has no heading `#gibt-es-nicht`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/strategie/_index.de.md:15:"),
        "{stderr}"
    );
}

#[test]
fn dead_links_in_templates_are_found() {
    let site = shipped_site();
    edit(
        site.path(),
        "themes/mst/templates/page.html",
        "<article class=\"page\">",
        "<article class=\"page\"><a href=\"/nl/nergens/\">x</a>",
    );
    let output = diptych(site.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("pages link to /nl/nergens/, which does not exist"),
        "{stderr}"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn drafts_are_listed() {
    let site = shipped_site();
    edit(
        site.path(),
        "content/strategie/waarom.de.md",
        "weight:",
        "draft: true\nweight:",
    );
    let stderr = String::from_utf8_lossy(&diptych(site.path(), &["check"]).stderr).into_owned();
    assert!(
        stderr.contains("warning: this page is a draft: it is left out of the site"),
        "{stderr}"
    );
}

#[test]
fn new_makes_a_page_in_every_language_and_refuses_to_overwrite() {
    let site = shipped_site();
    let new = |target: &str| diptych(site.path(), &["new", target]);
    let output = new("strategie/visie");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("created content/strategie/visie.nl.md"));
    assert!(stdout.contains("created content/strategie/visie.de.md"));
    let de = fs::read_to_string(site.path().join("content/strategie/visie.de.md")).unwrap();
    assert!(de.contains("title: \"Visie\""));
    assert!(de.contains("slug: visie"));
    assert!(de.contains("weight: 60"), "{de}");
    assert!(de.contains("draft: true"));
    // The new files build (as drafts, left out), and check lists them as drafts.
    assert!(diptych(site.path(), &["build"]).status.success());
    let again = new("strategie/visie");
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("this file exists already"));
    let section = new("jaarverslag");
    assert!(section.status.success());
    assert!(
        site.path()
            .join("content/jaarverslag/_index.de.md")
            .is_file()
    );
    let orphan = new("nergens/pagina");
    assert!(
        String::from_utf8_lossy(&orphan.stderr)
            .contains("the section `nergens` does not exist yet")
    );
    assert!(!site.path().join("content/nergens").exists());
}

#[test]
fn a_translation_record_that_cannot_be_read_is_an_error_not_an_empty_record() {
    let site = shipped_site();
    fs::write(
        site.path().join("content/translations.yaml"),
        b"over-mst/_index.md:\n  de: \xff\xfe\n",
    )
    .unwrap();
    let stderr = check_stderr(site.path());
    assert!(
        stderr.contains("error: the translation record cannot be read"),
        "{stderr}"
    );
    assert!(!stderr.contains("no record yet"), "{stderr}");
}

#[test]
fn status_shows_where_every_page_stands_in_every_language() {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let output = diptych(root, &["status"]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("de: 27 up to date, 1 outdated, 1 missing\nnl: 29 source\n"),
        "{stdout}"
    );
    let row = |key: &str| {
        stdout
            .lines()
            .find(|line| line.starts_with(key))
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(
        row("strategie/pijlers.md"),
        "strategie/pijlers.md source outdated"
    );
    assert_eq!(
        row("over-mst/contact.md"),
        "over-mst/contact.md source missing"
    );
    assert_eq!(
        row("over-mst/ambities.md"),
        "over-mst/ambities.md source up to date"
    );

    let json = diptych(root, &["status", "--lang", "de", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["counts"]["de"]["outdated"], 1);
    let pages = report["pages"].as_array().unwrap();
    let pijlers = pages
        .iter()
        .find(|p| p["key"] == "strategie/pijlers.md")
        .unwrap();
    assert_eq!(pijlers["languages"]["de"]["status"], "outdated");
    assert_eq!(
        pijlers["languages"]["de"]["file"],
        "content/strategie/pijlers.de.md"
    );
}

#[test]
fn recording_every_translation_forgets_pages_that_are_gone() {
    let site = shipped_site();
    let root = site.path();
    let record = || fs::read_to_string(root.join("content/translations.yaml")).unwrap();
    assert!(record().contains("strategie/waarom.md:"));
    for lang in ["nl", "de"] {
        fs::remove_file(root.join(format!("content/strategie/waarom.{lang}.md"))).unwrap();
    }
    let links_to_it = ["strategie/_index.nl.md", "strategie/_index.de.md"];
    for file in links_to_it {
        let path = root.join("content").join(file);
        let text = fs::read_to_string(&path).unwrap();
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.contains("@/strategie/waarom.md"))
            .collect();
        fs::write(&path, kept.join("\n") + "\n").unwrap();
    }
    assert!(diptych(root, &["translated", "--all"]).status.success());
    assert!(!record().contains("strategie/waarom.md"), "{}", record());
    assert!(record().contains("strategie/pijlers.md:"));
}

/// `translated` without a file records nothing and lists what waits; `--all` records
/// everything and names each translation whose record changed.
#[test]
fn translated_without_a_file_only_lists_and_all_names_what_it_changed() {
    let site = crate::support::shipped_site_with_one_outdated_and_one_missing_translation();
    let root = site.path();
    let record = || read(root, "content/translations.yaml");
    let before = record();
    let listed = diptych(root, &["translated"]);
    assert!(listed.status.success());
    insta::assert_snapshot!(String::from_utf8(listed.stdout).unwrap());
    assert_eq!(
        record(),
        before,
        "translated without a file changed the record"
    );
    let all = diptych(root, &["translated", "--all"]);
    assert!(all.status.success());
    insta::assert_snapshot!(String::from_utf8(all.stdout).unwrap());
    assert_ne!(record(), before);
}
