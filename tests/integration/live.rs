//! A site kept in memory (what a preview server serves): after each edit, an incremental
//! rebuild gives exactly what a clean build gives, renders only what the edit touches,
//! and a broken edit keeps the last good site.

use std::collections::BTreeMap;
use std::path::Path;

use diptych::build::{self, BuildOptions, LiveSite};

use crate::support::{differing, edit, edit_series, fixture};

fn options(root: &Path) -> BuildOptions {
    BuildOptions {
        root: root.to_path_buf(),
        ..BuildOptions::default()
    }
}

/// The live site's files, as a clean in-memory build would give them.
fn live_files(live: &LiveSite) -> BTreeMap<String, Vec<u8>> {
    live.paths()
        .into_iter()
        .map(|path| (path.to_owned(), live.file(path).unwrap().to_vec()))
        .collect()
}

fn assert_equals_a_clean_build(live: &LiveSite, root: &Path, what: &str) {
    let clean = build::render(&options(root)).expect("the clean build failed");
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
        live.paths().len(),
        "the first build renders everything"
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
