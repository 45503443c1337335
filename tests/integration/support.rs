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

/// The shipped site with the German `strategie/pijlers` outdated (its Dutch source changed)
/// and the German `over-mst/contact` missing.
pub(crate) fn shipped_site_with_one_outdated_and_one_missing_translation() -> TempDir {
    let site = shipped_site();
    edit(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "title: ",
        "title: Nieuw, ",
    );
    fs::remove_file(site.path().join("content/over-mst/contact.de.md")).unwrap();
    site
}

/// Removes the line `diptych new` writes to make a file a draft (its comment is in the
/// file's language), as a writer does when the page is ready.
pub(crate) fn remove_draft_line(root: &Path, file: &str) {
    let text = read(root, file);
    let kept: String = (text.split_inclusive('\n'))
        .filter(|line| !line.starts_with("draft: true "))
        .collect();
    assert_ne!(kept, text, "{file} has no `draft: true` line");
    fs::write(root.join(file), kept).unwrap();
}

/// The shipped site with a page `strategie/visie` made by `diptych new`, its Dutch text
/// written and `draft: true` removed from both files, as a writer in a hurry would: the
/// German file is still the placeholder `new` made.
pub(crate) fn shipped_site_with_an_unwritten_translation() -> TempDir {
    let site = shipped_site();
    let made = diptych(site.path(), &["new", "strategie/visie"]);
    assert!(made.status.success(), "{made:?}");
    let dutch = "content/strategie/visie.nl.md";
    remove_draft_line(site.path(), dutch);
    let text = read(site.path(), dutch);
    fs::write(
        site.path().join(dutch),
        text + "Onze visie op de zorg in Twente.\n",
    )
    .unwrap();
    remove_draft_line(site.path(), "content/strategie/visie.de.md");
    site
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

/// Makes `command` run as on a machine set to English, whatever this machine's locale:
/// diptych speaks the system's language, and most tests read its English words.
pub(crate) fn in_english(command: &mut std::process::Command) -> &mut std::process::Command {
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("DIPTYCH_LANG")
        .env("LANG", "C.UTF-8")
}

/// The diptych binary, to run in English ([`in_english`]).
pub(crate) fn diptych_command() -> assert_cmd::Command {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("diptych"));
    in_english(&mut command);
    assert_cmd::Command::from_std(command)
}

/// Runs `diptych <args> --root <site>`.
pub(crate) fn diptych(site: &Path, args: &[&str]) -> Output {
    diptych_command()
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

/// An edit of the trilingual fixture, named for messages.
pub(crate) type Edit = (&'static str, fn(&Path));

/// One edit of each kind a writer makes, in an order that works on the trilingual fixture:
/// text, title, slug, new page, deleted page, template, UI text, static file, stylesheet
/// (an asset: a new name, which every page links to).
pub(crate) fn edit_series() -> [Edit; 9] {
    [
        ("a text edit", |root| {
            edit(
                root,
                "content/strategie/ambities.nl.md",
                "Onze doelen",
                "Onze nieuwe doelen",
            )
        }),
        ("a title edit", |root| {
            edit(
                root,
                "content/strategie/pijlers.de.md",
                "title: Säulen",
                "title: Die Säulen",
            )
        }),
        ("a slug edit", |root| {
            edit(
                root,
                "content/strategie/ambities.de.md",
                "slug: ambitionen",
                "slug: ziele",
            )
        }),
        ("a new page", |root| {
            let page =
                "---\ntitle: Nieuw\nweight: 5\n---\nZie [ambities](@/strategie/ambities.md).\n";
            for lang in ["nl", "de", "en"] {
                fs::write(
                    root.join(format!("content/strategie/nieuw.{lang}.md")),
                    page,
                )
                .unwrap();
            }
        }),
        ("a deleted page", |root| {
            for lang in ["nl", "de", "en"] {
                fs::remove_file(root.join(format!("content/strategie/nieuw.{lang}.md"))).unwrap();
            }
        }),
        ("a template edit", |root| {
            edit(
                root,
                "themes/plain/templates/page.html",
                "<h1>",
                "<h1 class=\"edited\">",
            )
        }),
        ("a UI text edit", |root| {
            edit(root, "i18n/de.ftl", "Mitarbeitende", "Beschäftigte")
        }),
        ("a static file edit", |root| {
            fs::write(root.join("static/robots-note.txt"), "changed\n").unwrap();
        }),
        ("a stylesheet edit", |root| {
            edit(root, "themes/plain/static/style.css", "black", "navy")
        }),
    ]
}

/// The paths whose contents differ between two sets of files (missing on one side counts).
pub(crate) fn differing<K: Ord + Clone>(
    a: &std::collections::BTreeMap<K, Vec<u8>>,
    b: &std::collections::BTreeMap<K, Vec<u8>>,
) -> Vec<K> {
    let paths: std::collections::BTreeSet<&K> = a
        .keys()
        .chain(b.keys())
        .filter(|path| a.get(*path) != b.get(*path))
        .collect();
    paths.into_iter().cloned().collect()
}

/// Staging folders a build left beside its output in `folder`.
pub(crate) fn staging_left_behind(folder: &Path) -> Vec<String> {
    fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("tmp-diptych") || name.contains("old-diptych"))
        .collect()
}

/// The site path a static file was published at, with its content's hash in the name:
/// `style.css` → `style.3f2a9c1b.css`. Insists on exactly one such file.
pub(crate) fn published(out: &Path, path: &str) -> String {
    let (folder, name) = path.rsplit_once('/').unwrap_or(("", path));
    let (stem, ending) = name.rsplit_once('.').unwrap();
    let found: Vec<String> = fs::read_dir(out.join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|file| {
            let hash = file
                .strip_prefix(&format!("{stem}."))
                .and_then(|rest| rest.strip_suffix(&format!(".{ending}")));
            hash.is_some_and(|hash| hash.len() == 8 && hash.chars().all(|c| c.is_ascii_hexdigit()))
        })
        .collect();
    assert_eq!(found.len(), 1, "{path} published as {found:?}");
    match folder {
        "" => found[0].clone(),
        folder => format!("{folder}/{}", found[0]),
    }
}

/// Every file below `root` with its bytes (nothing when `root` does not exist), to show
/// that a folder stayed byte for byte as it was.
pub(crate) fn snapshot(root: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    if root.exists() {
        for path in walk(root) {
            let bytes = fs::read(&path).unwrap();
            files.insert(path.strip_prefix(root).unwrap().to_path_buf(), bytes);
        }
    }
    files
}
