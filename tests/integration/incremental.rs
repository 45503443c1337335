//! Rebuilds: a build after an edit gives exactly what a clean build gives, while every
//! file whose bytes did not change keeps its modification time (so uploads skip it).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tempfile::TempDir;

use crate::support::{
    copy_dir, differing, diptych, edit, edit_series, fixture, staging_left_behind, walk,
};

/// Every file of an output folder: bytes and modification time, by relative path.
type Snapshot = BTreeMap<PathBuf, (Vec<u8>, SystemTime)>;

fn snapshot(out: &Path) -> Snapshot {
    walk(out)
        .into_iter()
        .map(|path| {
            let modified = fs::metadata(&path).unwrap().modified().unwrap();
            let bytes = fs::read(&path).unwrap();
            (
                path.strip_prefix(out).unwrap().to_path_buf(),
                (bytes, modified),
            )
        })
        .collect()
}

/// Builds `site` into `out`, returning the summary line.
fn build(site: &Path, out: &Path) -> String {
    // A file rewritten now gets a later time than one written before this call.
    std::thread::sleep(Duration::from_millis(20));
    let output = diptych(site, &["build", "--out", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "build failed:\n{stderr}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The same site built from scratch, in a fresh copy without any cache.
fn clean_build(site: &Path) -> (TempDir, Snapshot) {
    let copy = TempDir::new().unwrap();
    for entry in fs::read_dir(site).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == ".diptych-cache" || name == "public" {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &copy.path().join(&name));
        } else {
            fs::copy(entry.path(), copy.path().join(&name)).unwrap();
        }
    }
    let out = copy.path().join("public");
    build(copy.path(), &out);
    let files = snapshot(&out);
    (copy, files)
}

/// Checks the rebuilt output against a clean build and the output before; returns the
/// files whose bytes changed.
fn assert_rebuilt_exactly(site: &Path, out: &Path, before: &Snapshot, what: &str) -> Vec<PathBuf> {
    let after = snapshot(out);
    let (_copy, clean) = clean_build(site);
    let bytes = |snapshot: &Snapshot| -> BTreeMap<PathBuf, Vec<u8>> {
        snapshot
            .iter()
            .map(|(path, (bytes, _))| (path.clone(), bytes.clone()))
            .collect()
    };
    assert!(
        bytes(&after) == bytes(&clean),
        "after {what}, the rebuilt site differs from a clean build in: {:?}",
        differing(&bytes(&after), &bytes(&clean))
    );
    let mut changed = Vec::new();
    for (path, (new_bytes, new_time)) in &after {
        match before.get(path) {
            Some((old_bytes, old_time)) if old_bytes == new_bytes => assert_eq!(
                old_time,
                new_time,
                "after {what}, {} kept its bytes but was written again",
                path.display()
            ),
            _ => changed.push(path.clone()),
        }
    }
    changed
}

/// Dates every file of the site an hour back, as files are that were not just edited:
/// only then may a build trust that a file it saw before is unchanged without reading it.
fn age_sources(root: &Path) {
    let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for path in walk(root) {
        let file = fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(an_hour_ago).unwrap();
    }
}

/// The trilingual fixture with old files, built once: the site, its output and a snapshot.
fn built_fixture() -> (TempDir, PathBuf, Snapshot) {
    let site = fixture("trilingual");
    age_sources(site.path());
    let out = site.path().join("public");
    build(site.path(), &out);
    let before = snapshot(&out);
    (site, out, before)
}

#[test]
fn a_rebuild_without_changes_writes_nothing() {
    let (site, out, before) = built_fixture();
    let summary = build(site.path(), &out);
    assert!(summary.contains("nothing changed"), "{summary}");
    assert_eq!(
        snapshot(&out),
        before,
        "bytes or modification times changed"
    );
}

#[test]
fn each_edit_rebuilds_exactly_what_a_clean_build_gives() {
    let (site, out, _) = built_fixture();
    let root = site.path();
    for (what, apply) in edit_series() {
        let before = snapshot(&out);
        apply(root);
        build(root, &out);
        let changed = assert_rebuilt_exactly(root, &out, &before, what);
        assert!(!changed.is_empty(), "{what} changed no file");
    }
}

#[test]
fn a_text_edit_writes_only_its_page() {
    let (site, out, before) = built_fixture();
    edit(
        site.path(),
        "content/strategie/ambities.nl.md",
        "Onze doelen",
        "Onze nieuwe doelen",
    );
    let summary = build(site.path(), &out);
    assert!(summary.contains("1 file written, 0 removed"), "{summary}");
    let changed = assert_rebuilt_exactly(site.path(), &out, &before, "a text edit");
    assert_eq!(changed, [PathBuf::from("nl/strategie/ambities/index.html")]);
}

#[test]
fn a_deleted_cache_changes_nothing_but_time() {
    let (site, out, before) = built_fixture();
    fs::remove_dir_all(site.path().join(".diptych-cache")).unwrap();
    let summary = build(site.path(), &out);
    assert!(summary.contains("nothing changed"), "{summary}");
    assert_eq!(snapshot(&out), before);
}

#[test]
fn a_file_changed_by_hand_in_the_output_is_put_right() {
    let site = fixture("trilingual");
    let out = site.path().join("public");
    build(site.path(), &out);
    fs::write(out.join("nl/index.html"), "tampered").unwrap();
    fs::write(out.join("stray.html"), "not ours").unwrap();
    let before = snapshot(&out);
    build(site.path(), &out);
    let changed = assert_rebuilt_exactly(site.path(), &out, &before, "hand edits");
    assert_eq!(changed, [PathBuf::from("nl/index.html")]);
    assert!(!out.join("stray.html").exists());
}

/// Every file of an output folder with its bytes, by relative path.
fn contents(out: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    snapshot(out)
        .into_iter()
        .map(|(path, (bytes, _))| (path, bytes))
        .collect()
}

#[test]
fn an_interrupted_build_leaves_the_old_site_or_the_new_one_never_a_mix() {
    let site = crate::support::shipped_site();
    let root = site.path();
    let out = root.join("public");
    build(root, &out);
    let old = contents(&out);
    // Every page changes.
    edit(
        root,
        "themes/mst/templates/base.html",
        "</body>",
        "<!-- ✎ --></body>",
    );
    let started = std::time::Instant::now();
    let (_copy, new) = clean_build(root);
    // Kill the build at moments spread over as long as a whole build takes here.
    let whole = started.elapsed();
    let new: BTreeMap<PathBuf, Vec<u8>> = new
        .into_iter()
        .map(|(path, (bytes, _))| (path, bytes))
        .collect();
    assert_ne!(old, new);
    let binary = assert_cmd::cargo::cargo_bin("diptych");
    let mut outcomes = Vec::new();
    for step in 0..16 {
        let delay = whole * step / 12;
        let mut child = crate::support::in_english(&mut std::process::Command::new(&binary))
            .args(["build", "--root"])
            .arg(root)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = contents(&out);
        assert!(
            now == old || now == new,
            "killed after {delay:?}, public/ is a mix of the old and the new site"
        );
        outcomes.push(now == new);
        if now == new {
            // Start the next round from the old site again.
            fs::remove_dir_all(&out).unwrap();
            crate::support::copy_dir_bytes(&old, &out);
        }
    }
    // The next complete build puts things right, whatever an interruption left beside it.
    build(root, &out);
    assert_eq!(contents(&out), new);
    let leftovers = staging_left_behind(root);
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert!(
        outcomes.contains(&false),
        "no build was interrupted before it finished"
    );
}
