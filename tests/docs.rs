//! The documentation keeps its promises: README.md stays short enough to read (at most 250
//! lines; everything else lives in `docs/`), and every relative link in README.md and
//! `docs/**/*.md` leads to a file or folder that exists, and, with a `#fragment`, to a
//! heading of that Markdown file. Moving text between files is how the docs grow, and a
//! moved heading silently breaks the links to it; this catches that in `cargo test`.
//!
//! Links inside code (fenced blocks and `inline code`) are examples, not links, and are
//! skipped, as are web addresses and the site's own link forms (`@/key.md`, `/path`),
//! which only mean something inside a diptych site. `docs/sources/` is skipped too: its
//! tables quote lines of `content/` word for word (tests/integration/sources.rs holds
//! them to that), so a link there is relative to the content file it quotes.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// The most lines README.md may have (issue 22: "about 200 lines, no more than 250").
const README_MAX_LINES: usize = 250;

/// The folder whose tables quote the site's Markdown, links and all (see the module doc).
const QUOTES_OF_CONTENT: &str = "docs/sources";

#[test]
fn the_readme_stays_short() {
    let readme = read(&root().join("README.md"));
    let lines = readme.lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines, more than {README_MAX_LINES}: move the details into docs/ \
         and link to them"
    );
}

#[test]
fn every_relative_link_in_the_docs_leads_somewhere() {
    let root = root();
    let mut files = vec![root.join("README.md")];
    markdown_files(&root.join("docs"), &mut files);
    files.retain(|file| !file.starts_with(root.join(QUOTES_OF_CONTENT)));
    let problems: Vec<String> = files
        .iter()
        .flat_map(|file| broken_links(&root, file, &read(file)))
        .collect();
    assert!(
        problems.is_empty(),
        "{} link(s) in the documentation lead nowhere:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn a_link_to_a_missing_file_or_heading_is_caught() {
    let root = root();
    let text = "# Title\n\n[ok](#title) [gone](#nowhere) [file](missing.md)\n\
                [readme](../README.md#install) `[code](skipped.md)`\n\n```\n[fenced](skipped.md)\n```\n";
    let problems = broken_links(&root, &root.join("docs/example.md"), text);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(problems[0].contains("#nowhere"), "{problems:#?}");
    assert!(problems[1].contains("missing.md"), "{problems:#?}");
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every `.md` file under `folder`, in a stable order.
fn markdown_files(folder: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .map(|entry| entry.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            markdown_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "md") {
            found.push(path);
        }
    }
}

/// The links of `text` (the file `file`) that lead nowhere, as `file:line: target: why`.
fn broken_links(root: &Path, file: &Path, text: &str) -> Vec<String> {
    let shown = file
        .strip_prefix(root)
        .unwrap_or(file)
        .display()
        .to_string();
    prose_lines(text)
        .into_iter()
        .flat_map(|(number, line)| {
            link_targets(&line)
                .into_iter()
                .filter_map(|target| {
                    why_broken(file, text, &target)
                        .map(|why| format!("{shown}:{number}: {target}: {why}"))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The lines of `text` outside fenced code blocks, numbered from 1, with inline code removed.
fn prose_lines(text: &str) -> Vec<(usize, String)> {
    let mut in_fence = false;
    let mut lines = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        } else if !in_fence {
            lines.push((index + 1, without_inline_code(line)));
        }
    }
    lines
}

/// `line` without its code spans: a run of backticks up to the next run of the same length.
fn without_inline_code(line: &str) -> String {
    let mut kept = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        kept.push_str(&rest[..start]);
        let ticks = rest[start..].chars().take_while(|&c| c == '`').count();
        let fence = "`".repeat(ticks);
        let after = &rest[start + ticks..];
        match after.find(&fence) {
            Some(end) => rest = &after[end + ticks..],
            None => return kept + after,
        }
    }
    kept + rest
}

/// The targets of the inline links and images of one line: `[text](target "title")`.
fn link_targets(line: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("](") {
        let after = &rest[start + 2..];
        let mut depth = 0usize;
        let end = after
            .char_indices()
            .find(|&(_, c)| match c {
                '(' => {
                    depth += 1;
                    false
                }
                ')' if depth == 0 => true,
                ')' => {
                    depth -= 1;
                    false
                }
                _ => false,
            })
            .map_or(after.len(), |(index, _)| index);
        let inside = after[..end].trim();
        let target = match inside.strip_prefix('<') {
            Some(bracketed) => bracketed.split('>').next().unwrap_or_default(),
            None => inside.split_whitespace().next().unwrap_or_default(),
        };
        if !target.is_empty() {
            targets.push(target.to_owned());
        }
        rest = &after[end..];
    }
    targets
}

/// Why `target`, written in `file` (whose text is `text`), leads nowhere; `None` when it
/// leads somewhere or is not a link into the repository.
fn why_broken(file: &Path, text: &str, target: &str) -> Option<String> {
    let elsewhere = ["mailto:", "/", "@/"];
    if target.contains("://") || elsewhere.iter().any(|start| target.starts_with(start)) {
        return None;
    }
    let (path, fragment) = target.split_once('#').unwrap_or((target, ""));
    let (linked, linked_text) = if path.is_empty() {
        (file.to_path_buf(), text.to_owned())
    } else {
        let linked = normalize(&file.parent().expect("a file in a folder").join(path));
        if !linked.exists() {
            return Some("no such file or folder".to_owned());
        }
        let linked_text = match linked.extension() {
            Some(extension) if extension == "md" && !fragment.is_empty() => read(&linked),
            _ => String::new(),
        };
        (linked, linked_text)
    };
    let is_markdown = linked
        .extension()
        .is_some_and(|extension| extension == "md");
    if fragment.is_empty() || !is_markdown {
        return None;
    }
    let anchors = heading_anchors(&linked_text);
    if anchors.contains_key(fragment) {
        None
    } else {
        Some(format!(
            "no heading with the anchor `#{fragment}` in {}",
            linked.file_name().expect("a file name").to_string_lossy()
        ))
    }
}

/// `a/b/../c` as `a/c`, so that a link through `..` is checked where it leads.
fn normalize(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            other => normal.push(other),
        }
    }
    normal
}

/// The anchors GitHub gives the headings of a Markdown text (lowercase, punctuation
/// dropped, spaces as `-`, a repeated anchor numbered `-1`, `-2`, …), each with its heading.
fn heading_anchors(text: &str) -> BTreeMap<String, String> {
    let mut anchors = BTreeMap::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for line in heading_lines(text) {
        let title = line.trim_start_matches('#').trim();
        let base: String = title
            .to_lowercase()
            .chars()
            .filter(|&c| c.is_alphanumeric() || c == '-' || c == '_' || c == ' ')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let count = seen.entry(base.clone()).or_insert(0);
        let anchor = match *count {
            0 => base.clone(),
            n => format!("{base}-{n}"),
        };
        *count += 1;
        anchors.insert(anchor, title.to_owned());
    }
    anchors
}

/// The heading lines (`#` to `######` and a space) outside fenced code, code spans kept
/// as their text.
fn heading_lines(text: &str) -> Vec<String> {
    let mut in_fence = false;
    let mut headings = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if !in_fence && (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
            headings.push(line.replace('`', ""));
        }
    }
    headings
}
