//! What every test module needs: copies of sites to break, the `diptych` binary, files.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use tempfile::TempDir;

/// A fresh copy of a fixture site under `tests/sites/` in a temporary folder.
pub(crate) fn fixture(name: &str) -> TempDir {
    let dir = TempDir::new().unwrap();
    copy_dir(&Path::new("tests/sites").join(name), dir.path());
    dir
}

/// A copy of the shipped MST site (content, translations, theme, site.yaml).
pub(crate) fn shipped_site() -> TempDir {
    let dir = TempDir::new().unwrap();
    for folder in ["content", "i18n", "themes"] {
        copy_dir(Path::new(folder), &dir.path().join(folder));
    }
    fs::copy("site.yaml", dir.path().join("site.yaml")).unwrap();
    dir
}

pub(crate) fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file below `root`.
pub(crate) fn walk(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// Runs `diptych <args> --root <site>`.
pub(crate) fn diptych(site: &Path, args: &[&str]) -> Output {
    assert_cmd::Command::cargo_bin("diptych")
        .unwrap()
        .args(args)
        .arg("--root")
        .arg(site)
        .output()
        .unwrap()
}

pub(crate) fn read(root: &Path, path: &str) -> String {
    fs::read_to_string(root.join(path)).unwrap_or_else(|_| panic!("{path} was not written"))
}

/// Replaces the first `from` in a file of the site by `to`.
pub(crate) fn edit(site: &Path, file: &str, from: &str, to: &str) {
    let path = site.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} does not contain {from:?}");
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Writes files (relative path → bytes) below `to`.
pub(crate) fn copy_dir_bytes(files: &std::collections::BTreeMap<PathBuf, Vec<u8>>, to: &Path) {
    for (path, bytes) in files {
        let target = to.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, bytes).unwrap();
    }
}
