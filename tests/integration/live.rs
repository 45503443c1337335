//! A site kept in memory (what a preview server serves): after each edit, an incremental
//! rebuild gives exactly what a clean build gives, renders only what the edit touches,
//! and a broken edit keeps the last good site.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use diptych::files::SitePath;
use diptych::pipeline::{self, BuildOptions, LiveSite};
use diptych::render::SITEMAP;

use crate::support::{differing, edit, edit_series, fixture, walk};

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..BuildOptions::default()
    }
}

/// The live site's files (made now if they were left for when asked), as a clean
/// in-memory build would give them.
fn live_files(live: &LiveSite) -> BTreeMap<SitePath, Vec<u8>> {
    let snapshot = live.snapshot();
    snapshot
        .paths()
        .into_iter()
        .map(|path| {
            (
                SitePath::new(path),
                snapshot.get(path).unwrap().unwrap().to_vec(),
            )
        })
        .collect()
}

/// Every file of the site folder and its bytes, by absolute path.
fn site_folder(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walk(root)
        .into_iter()
        .map(|path| (path.clone(), std::fs::read(path).unwrap()))
        .collect()
}

fn assert_equals_a_clean_build(live: &LiveSite, root: &Path, what: &str) {
    let clean = pipeline::render(&options(root)).expect("the clean build failed");
    let differing = differing(&live_files(live), &clean.files);
    assert!(
        differing.is_empty(),
        "after {what}, these differ from a clean build: {differing:?}"
    );
}

#[test]
fn every_rebuild_equals_a_clean_build_and_renders_only_what_changed() {
    let site = fixture("trilingual");
    let root = site.path();
    let mut live = LiveSite::new(options(root));
    let first = live.rebuild().unwrap();
    assert_eq!(
        first.rendered,
        live.snapshot().paths().len() - 1,
        "the first build renders everything but the sitemap"
    );
    assert_equals_a_clean_build(&live, root, "the first build");

    let nothing = live.rebuild().unwrap();
    assert_eq!((nothing.rendered, nothing.changed.len()), (0, 0));

    edit(
        root,
        "content/strategie/ambities.nl.md",
        "Onze doelen",
        "Onze nieuwe doelen",
    );
    let text = live.rebuild().unwrap();
    assert_eq!(text.changed, ["nl/strategie/ambities/index.html"]);
    assert_eq!(text.rendered, 1, "a text edit renders its page alone");
    assert_equals_a_clean_build(&live, root, "a text edit");

    let after_text = edit_series()
        .into_iter()
        .filter(|(what, _)| !["a text edit", "a static file edit"].contains(what));
    for (what, apply) in after_text {
        apply(root);
        let rebuilt = live.rebuild().unwrap();
        assert!(!rebuilt.changed.is_empty(), "{what} changed nothing");
        assert_equals_a_clean_build(&live, root, what);
    }
}

#[test]
fn told_which_files_changed_a_rebuild_reads_only_those_and_still_equals_a_clean_build() {
    let site = fixture("trilingual");
    let root = site.path();
    let mut live = LiveSite::new(options(root));
    live.rebuild().unwrap();
    for (what, apply) in edit_series() {
        let before = site_folder(root);
        apply(root);
        // What a watcher reports: every file written, added or removed.
        let changed: Vec<PathBuf> = differing(&before, &site_folder(root));
        let rebuilt = live.rebuild_changed(&changed).unwrap();
        assert!(!rebuilt.changed.is_empty(), "{what} changed nothing");
        assert_equals_a_clean_build(&live, root, what);
        if ["a text edit", "a title edit"].contains(&what) {
            assert_eq!(rebuilt.read, 1, "{what} read more than its file");
        }
    }
    let draft = "content/strategie/ambities.nl.md";
    edit(root, draft, "---\n", "---\ndraft: true\n");
    live.rebuild_changed(&[PathBuf::from(draft)]).unwrap();
    assert_equals_a_clean_build(&live, root, "a page made a draft");
}

#[test]
fn the_sitemap_is_made_when_first_asked_for() {
    let site = fixture("trilingual");
    let root = site.path();
    let mut live = LiveSite::new(options(root));
    live.rebuild().unwrap();
    // A new address changes the sitemap, but nobody asked for it yet.
    let page = "content/strategie/ambities.de.md";
    edit(root, page, "slug: ambitionen", "slug: ziele");
    let rebuilt = live.rebuild_changed(&[root.join(page)]).unwrap();
    assert!(
        !rebuilt.changed.contains(&SITEMAP.to_owned()),
        "the sitemap was made before it was asked for"
    );
    let sitemap = live.snapshot().get(SITEMAP).unwrap().unwrap();
    assert!(String::from_utf8_lossy(&sitemap).contains("/de/strategie/ziele/"));
    assert_equals_a_clean_build(&live, root, "a slug edit");
}

#[test]
fn a_broken_edit_keeps_the_last_good_site_and_a_fix_brings_it_back() {
    let site = fixture("trilingual");
    let root = site.path();
    let mut live = LiveSite::new(options(root));
    live.rebuild().unwrap();
    let good = live_files(&live);
    edit(
        root,
        "content/strategie/pijlers.nl.md",
        "title: Pijlers",
        "titel: Pijlers",
    );
    let problems = live.rebuild().unwrap_err();
    assert!(
        problems[0].to_string().contains("unknown key `titel`"),
        "{}",
        problems[0]
    );
    assert_eq!(live_files(&live), good, "the last good site is still there");
    edit(
        root,
        "content/strategie/pijlers.nl.md",
        "titel: Pijlers",
        "title: Pijlers!",
    );
    let fixed = live.rebuild().unwrap();
    assert!(
        fixed
            .changed
            .contains(&"nl/strategie/pijlers/index.html".to_owned())
    );
    assert_equals_a_clean_build(&live, root, "the fix");
}

#[test]
fn every_page_that_shows_a_key_is_among_its_dependents() {
    for site in [fixture("trilingual"), crate::support::shipped_site()] {
        let rendered = pipeline::render(&options(site.path())).unwrap();
        let site = &rendered.site;
        for (index, entry) in site.entries.iter().enumerate() {
            for key in site.dependencies(entry) {
                assert!(
                    site.dependents(key).contains(&index),
                    "{} shows {key} but is not among its dependents",
                    entry.doc.source.display()
                );
            }
        }
    }
}

#[test]
fn a_german_title_and_text_edit_reaches_its_page_its_listing_and_the_pages_linking_to_it() {
    let site = fixture("trilingual");
    let root = site.path();
    let mut live = LiveSite::new(options(root));
    live.rebuild().unwrap();
    let page = "content/strategie/pijlers.de.md";
    let served = |live: &LiveSite, path: &str| {
        String::from_utf8(live.snapshot().get(path).unwrap().unwrap().to_vec()).unwrap()
    };

    edit(root, page, "title: Säulen", "title: Tragende Säulen");
    edit(root, page, "## Basis", "## Basis\n\nNeuer Text.");
    let rebuilt = live.rebuild_changed(&[root.join(page)]).unwrap();
    assert_eq!(rebuilt.read, 1, "the edit read more than its file");
    for path in ["de/strategie/saeulen/index.html", "de/strategie/index.html"] {
        assert!(
            rebuilt.changed.contains(&path.to_owned()),
            "{path} unchanged"
        );
        assert!(served(&live, path).contains("Tragende Säulen"), "{path}");
    }
    assert!(served(&live, "de/strategie/saeulen/index.html").contains("Neuer Text."));
    assert_equals_a_clean_build(&live, root, "a German title and text edit");

    // The German page about ambitions links to `#basis` of this one: renaming that heading
    // is found on the linking page, so the linking page was looked at again.
    edit(root, page, "## Basis", "## Grundlage");
    let problems = live.rebuild_changed(&[root.join(page)]).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("ambities.de.md")
                && p.to_string().contains("has no heading `#basis`")),
        "{problems:?}"
    );
    edit(root, page, "## Grundlage", "## Basis");
    live.rebuild_changed(&[root.join(page)]).unwrap();
    assert_equals_a_clean_build(&live, root, "the heading put back");
}

#[test]
fn an_edit_that_moves_no_page_gives_the_warnings_and_order_of_a_clean_build() {
    let site = fixture("trilingual");
    let root = site.path();
    let mut live = LiveSite::new(options(root));
    live.rebuild().unwrap();
    let warnings = |list: &[diptych::diagnostic::Diagnostic]| -> Vec<String> {
        list.iter().map(ToString::to_string).collect()
    };
    let (english, german) = (
        "content/strategie/ambities.en.md",
        "content/strategie/pijlers.de.md",
    );
    let body = "## Our goals\n\nSee also the [pillars](@/strategie/pijlers.md#basis) and [home](@/_index.md).\n\nOnly {{ percent(of=\"share\") }} of the inhabitants.\n";
    let edits: [(&str, &str, &str, &str); 4] = [
        // Its body emptied: published, but with nothing of its Dutch source in it.
        ("an emptied translation", english, body, ""),
        (
            "the translation written again",
            english,
            "share: 12.5\n---\n",
            &format!("share: 12.5\n---\n{body}"),
        ),
        // Heavier than its sibling (weight 20): the German listing turns round.
        (
            "a weight that reorders the listing",
            german,
            "weight: 10",
            "weight: 30",
        ),
        ("a title edit", german, "title: Säulen", "title: Die Säulen"),
    ];
    for (what, page, from, to) in edits {
        edit(root, page, from, to);
        let rebuilt = live.rebuild_changed(&[root.join(page)]).unwrap();
        assert_eq!(rebuilt.read, 1, "{what} read more than its file");
        let clean = pipeline::render(&options(root)).expect("the clean build failed");
        assert_eq!(
            warnings(&rebuilt.warnings),
            warnings(&clean.warnings),
            "after {what}"
        );
        assert_equals_a_clean_build(&live, root, what);
        let warned = (rebuilt.warnings.iter()).any(|w| w.to_string().contains("ambities.en.md"));
        assert_eq!(warned, what == "an emptied translation", "after {what}");
    }
}

/// A page's own warnings (here: a link that leads to another language's page) are said
/// after every rebuild until they are fixed, also after an edit elsewhere that leaves
/// the page as it is, as a clean build says them.
#[test]
fn a_page_warning_is_said_after_every_rebuild_until_it_is_fixed() {
    let site = fixture("trilingual");
    let root = site.path();
    std::fs::remove_file(root.join("content/strategie/ambities.en.md")).unwrap();
    let home = "content/_index.en.md";
    let link = "[our ambitions](@/strategie/ambities.md)";
    edit(root, home, "Read about", &format!("See {link}. Read about"));
    let mut live = LiveSite::new(options(root));
    let leads_elsewhere = |warnings: &[diptych::diagnostic::Diagnostic]| {
        (warnings.iter())
            .any(|w| w.to_string().contains(home) && w.to_string().contains("leads to"))
    };
    assert!(leads_elsewhere(&live.rebuild().unwrap().warnings));

    let page = "content/strategie/pijlers.de.md";
    edit(root, page, "## Basis", "## Basis\n\nNeuer Text.");
    let rebuilt = live.rebuild_changed(&[root.join(page)]).unwrap();
    assert!(
        !rebuilt.changed.contains(&"en/index.html".to_owned()),
        "the English home page was not touched by the edit"
    );
    assert!(leads_elsewhere(&rebuilt.warnings), "{:?}", rebuilt.warnings);
    let clean = pipeline::render(&options(root)).unwrap();
    let said = |list: &[diptych::diagnostic::Diagnostic]| -> Vec<String> {
        list.iter().map(ToString::to_string).collect()
    };
    assert_eq!(said(&rebuilt.warnings), said(&clean.warnings));

    edit(root, home, &format!("See {link}. "), "");
    let fixed = live.rebuild_changed(&[root.join(home)]).unwrap();
    assert!(!leads_elsewhere(&fixed.warnings), "{:?}", fixed.warnings);
}
