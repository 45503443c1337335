//! Finds the content files under `content/` and reads each into a [`Document`]: its key,
//! language, kind, front matter and Markdown body. Nothing here knows about URLs or HTML.
//!
//! A file's identity comes from its path: `content/strategie/ambities.de.md` is the German
//! version of the key `strategie/ambities.md`; `_index.<lang>.md` is a section's own page
//! (the home page at the top). Files that share a key are translations of each other.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::SystemTime;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::front_matter::{self, FrontMatter};
use crate::key::{Key, SECTION_STEM};
use crate::lang::Lang;
use crate::util::hash::{self, Fingerprint, Stamp};
use crate::walk::{self, Refusal};
use crate::words::text;

mod placeholder;

pub(crate) use placeholder::{is_not_translated, placeholder_body};

/// The folder of the site that holds the Markdown files.
pub(crate) const CONTENT_DIR: &str = "content";

/// Whether a document is a section (a folder's `_index`) or a page in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// `_index.<lang>.md`: the home page or a section, which lists its pages.
    Section,
    /// Any other Markdown file.
    Page,
}

/// One content file in one language, read and checked.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file, relative to the site folder (for messages).
    pub source: PathBuf,
    /// Language-free identity, as written in links: `strategie/ambities.md`, `_index.md`.
    pub key: Key,
    /// The language code from the file name.
    pub lang: Lang,
    /// Section or page.
    pub kind: Kind,
    /// The checked front matter (shared by copies of the document).
    pub front: Arc<FrontMatter>,
    /// Where the Markdown body starts in the text, in bytes.
    pub body_start: usize,
    /// The line of the file on which `body` starts, to point errors into the file.
    pub body_line: usize,
    /// Hashes of the front matter and of the whole file, for the build cache.
    pub hashes: Hashes,
    /// The file as it was when the build started.
    pub stamp: Stamp,
    text: Text,
}

/// Hashes of a content file's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hashes {
    /// Of the front matter, fences included: what listings and links show of a page.
    pub front_matter: Fingerprint,
    /// Of the whole file.
    pub text: Fingerprint,
}

/// A file's text, read when first asked for: a rebuild that finds a file unchanged since
/// the last build (same size and modification time) reads it only when a page made from
/// it has to be rendered again. Copies of a document share the text.
#[derive(Debug, Clone)]
struct Text {
    file: PathBuf,
    read: Arc<OnceLock<String>>,
}

impl Text {
    fn get(&self) -> &str {
        self.read
            .get_or_init(|| std::fs::read_to_string(&self.file).unwrap_or_default())
    }
}

/// What the last build learned of a content file, valid while its stamp is the same.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SourceRecord {
    stamp: Stamp,
    /// The front matter, as JSON (serde_json reads it in a fraction of YAML's time).
    front_matter: String,
    body_start: usize,
    body_line: usize,
    hashes: Hashes,
}

/// What the last build learned of the content files, by file (relative to the site).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct KnownSources {
    /// When that build started, in nanoseconds since 1970.
    started: i128,
    files: FxHashMap<PathBuf, SourceRecord>,
}

impl KnownSources {
    /// The records of `documents`, as a build that started at `started` read them;
    /// records of `previous` are reused where the file was not read again.
    pub(crate) fn record(
        documents: &[&Document],
        started: std::time::SystemTime,
        previous: &KnownSources,
    ) -> Self {
        let files = documents
            .par_iter()
            .filter_map(|doc| {
                let known = previous
                    .files
                    .get(&doc.source)
                    .filter(|r| r.stamp == doc.stamp);
                let front_matter = match known {
                    Some(record) => record.front_matter.clone(),
                    None => serde_json::to_string(&*doc.front).ok()?,
                };
                let record = SourceRecord {
                    stamp: doc.stamp,
                    front_matter,
                    body_start: doc.body_start,
                    body_line: doc.body_line,
                    hashes: doc.hashes,
                };
                Some((doc.source.clone(), record))
            })
            .collect();
        KnownSources {
            started: hash::nanos_since_1970(started),
            files,
        }
    }

    /// How many files are known.
    pub(crate) fn len(&self) -> usize {
        self.files.len()
    }

    /// The record of `source` if the file still has `stamp` and was old enough then.
    fn trusted(&self, source: &Path, stamp: Stamp) -> Option<&SourceRecord> {
        self.files
            .get(source)
            .filter(|record| record.stamp == stamp && stamp.settled_before(self.started))
    }
}

impl Document {
    /// The whole file, to quote lines in messages.
    pub fn text(&self) -> &str {
        self.text.get()
    }

    /// Where the value of front matter `key` stands in the file: line and column.
    pub fn position_of(&self, key: &str) -> Option<(usize, usize)> {
        front_matter::position_of(self.text(), key)
    }

    /// The Markdown text after the front matter.
    pub fn body(&self) -> &str {
        self.text().get(self.body_start..).unwrap_or_default()
    }

    /// The key of the section this document belongs to; `None` for the home page.
    pub fn parent_key(&self) -> Option<Key> {
        self.key.parent()
    }

    /// The URL segment when the front matter sets no `slug`: the file or folder name.
    pub fn default_slug(&self) -> &str {
        let path = self.key.strip_suffix(".md").unwrap_or(&self.key);
        let path = path.strip_suffix(SECTION_STEM).unwrap_or(path);
        path.trim_end_matches('/').rsplit('/').next().unwrap_or("")
    }
}

/// What [`load`] found: the documents to build, the files it could not read, and its problems.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    /// Readable documents, sorted by key, then language order; shared with the sites
    /// placed from them, so that a rebuild after an edit copies none.
    pub documents: Vec<Arc<Document>>,
    /// Files that exist but are not built: those that could not be read, and drafts
    /// (see [`LeftOut`]).
    pub left_out: LeftOut,
    /// Problems found in files or folders.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were read (the others were known unchanged).
    pub read: usize,
}

/// Files that exist but are not part of this build. They still count as present: a link
/// to one is explained, not reported as leading to a page that does not exist.
#[derive(Debug, Clone, Default)]
pub(crate) struct LeftOut {
    /// Files that could not be read: reported once, as their own error, not again as a
    /// missing translation or a broken link.
    pub unreadable: Vec<(Key, Lang)>,
    /// Drafts, left out because the build was not asked for them (kept whole, for `check`).
    pub drafts: Vec<Arc<Document>>,
    /// Folders of `content/` that could not be read, as key prefixes (`strategie/`): the
    /// pages in them count as unreadable.
    pub unreadable_folders: Vec<String>,
}

impl LeftOut {
    /// Whether the page `key` exists but could not be read, in `lang` or (`None`) in any
    /// language.
    pub(crate) fn is_unreadable(&self, key: &str, lang: Option<&str>) -> bool {
        self.unreadable
            .iter()
            .any(|(k, l)| k.as_str() == key && lang.is_none_or(|lang| l.as_str() == lang))
            || (self.unreadable_folders.iter()).any(|folder| key.starts_with(folder.as_str()))
    }
}

/// What is known of the content files before a build reads them.
pub(crate) enum Known<'a> {
    /// What the last build recorded: files with the same stamp are not read again.
    Records(&'a KnownSources),
    /// The documents of the last rebuild (drafts included), read when it started, and
    /// the files changed since, as a watcher saw them: [`reread`] reads only those again
    /// and [`merge`] puts them in place when that is enough; [`load`] reads every file
    /// whose stamp changed since.
    Documents {
        /// Every document the last rebuild read, drafts included.
        read: Vec<&'a Arc<Document>>,
        /// When that rebuild started.
        started: SystemTime,
        /// Files of the site folder changed since, relative to it.
        changed: &'a [PathBuf],
    },
}

/// Reads every `.md` file under `root/content`. Drafts are built only with `include_drafts`;
/// without, they are kept aside, to explain links to them.
/// Files that `known` shows unchanged are not read until their text is asked for.
pub(crate) fn load(root: &Path, config: &Config, include_drafts: bool, known: &Known) -> Loaded {
    match known {
        Known::Records(records) => load_all(root, config, include_drafts, records),
        Known::Documents { read, started, .. } => {
            let read: Vec<&Document> = read.iter().map(|doc| &***doc).collect();
            let records = KnownSources::record(&read, *started, &KnownSources::default());
            load_all(root, config, include_drafts, &records)
        }
    }
}

/// The documents of `changed` (paths relative to the site folder) read again, when those
/// are all the content that changed since `read` was read; `None` when that is not enough:
/// a Markdown file or a folder was added, removed or renamed, a changed file cannot be
/// read, or site.yaml changed (which may change every file's language). Changes to other
/// files (an editor's temporary file, an image) do not count.
pub(crate) fn reread(
    root: &Path,
    config: &Config,
    read: &[&Arc<Document>],
    changed: &[PathBuf],
) -> Option<Vec<Arc<Document>>> {
    if changed
        .iter()
        .any(|path| path == Path::new(crate::config::FILE_NAME))
    {
        return None;
    }
    let changed: rustc_hash::FxHashSet<&PathBuf> = changed
        .iter()
        .filter(|path| path.starts_with(CONTENT_DIR) && !path.iter().any(is_hidden))
        .collect();
    let mut edited = Vec::with_capacity(changed.len());
    for path in changed {
        let on_disk = root.join(path);
        let is_known = read.iter().any(|document| document.source == *path);
        if on_disk.is_file() && is_known {
            let document = read_document(root, path, config, &KnownSources::default()).0;
            edited.push(Arc::new(document.ok()?));
        } else if on_disk.is_file() && !is_markdown(path) {
            continue;
        } else if on_disk.exists() || read.iter().any(|d| d.source.starts_with(path)) {
            return None;
        }
    }
    Some(edited)
}

/// The documents `read` with the `edited` ones (read again by [`reread`]) in their place.
pub(crate) fn merge(
    read: &[&Arc<Document>],
    edited: Vec<Arc<Document>>,
    include_drafts: bool,
    config: &Config,
) -> Loaded {
    let mut loaded = Loaded {
        read: edited.len(),
        ..Loaded::default()
    };
    let edited_sources: rustc_hash::FxHashSet<&Path> =
        edited.iter().map(|doc| doc.source.as_path()).collect();
    let unchanged = (read.iter()).filter(|doc| !edited_sources.contains(doc.source.as_path()));
    let mut documents: Vec<Arc<Document>> = unchanged.map(|doc| Arc::clone(doc)).collect();
    documents.extend(edited);
    for document in documents {
        if document.front.draft && !include_drafts {
            loaded.left_out.drafts.push(document);
        } else {
            loaded.documents.push(document);
        }
    }
    sort_documents(&mut loaded.documents, config);
    loaded
}

/// Reads every `.md` file under `root/content`, but those `known` shows unchanged.
fn load_all(root: &Path, config: &Config, include_drafts: bool, known: &KnownSources) -> Loaded {
    let Found {
        paths,
        mut diagnostics,
        unreadable_folders,
    } = find_markdown_files(root);
    let results: Vec<(Result<Document, Diagnostic>, bool)> = paths
        .par_iter()
        .map(|path| read_document(root, path, config, known))
        .collect();
    let read = results.iter().filter(|(_, read)| *read).count();
    let results: Vec<Result<Document, Diagnostic>> =
        results.into_iter().map(|(result, _)| result).collect();
    let mut loaded = Loaded::default();
    loaded.left_out.unreadable_folders = unreadable_folders;
    for (path, result) in paths.iter().zip(&results) {
        if result.is_err()
            && let Ok(identity) = identify(path, config)
        {
            loaded.left_out.unreadable.push(identity);
        }
    }
    for result in results {
        match result {
            Ok(document) if document.front.draft && !include_drafts => {
                loaded.left_out.drafts.push(Arc::new(document));
            }
            Ok(document) => loaded.documents.push(Arc::new(document)),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    sort_documents(&mut loaded.documents, config);
    loaded.diagnostics = diagnostics;
    loaded.read = read;
    loaded
}

/// By key, then in the order of the site's languages.
fn sort_documents(documents: &mut [Arc<Document>], config: &Config) {
    documents.sort_by(|a, b| {
        (&a.key, config.language_rank(&a.lang)).cmp(&(&b.key, config.language_rank(&b.lang)))
    });
}

/// What a walk of `content/` found.
#[derive(Default)]
struct Found {
    /// Markdown files, relative to the site folder.
    paths: Vec<PathBuf>,
    /// Folders that cannot be read, loops and links leading out.
    diagnostics: Vec<Diagnostic>,
    /// Folders that cannot be read, as key prefixes.
    unreadable_folders: Vec<String>,
}

/// Every Markdown file below `content/`, sorted, relative to `root`. Hidden files and
/// folders (editor swap files, `.git`) are skipped; links are followed while they stay in
/// the site folder; loops, links leading out and folders that cannot be read are reported.
fn find_markdown_files(root: &Path) -> Found {
    let mut found = Found::default();
    let walker = walk::folder(root, Path::new(CONTENT_DIR), |entry| {
        entry.depth() == 0 || !is_hidden(entry.file_name())
    });
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_markdown(entry.path()) => {
                let relative = entry.path().strip_prefix(root).unwrap_or(entry.path());
                found.paths.push(relative.to_path_buf());
            }
            Ok(_) => {}
            Err(Refusal::Link(diagnostic)) => found.diagnostics.push(diagnostic),
            Err(Refusal::Walk(error))
                if error.depth() == 0 && error.io_error().is_some_and(is_not_found) =>
            {
                found.diagnostics.push(
                    Diagnostic::error(text!("no-content-folder"))
                        .in_file(CONTENT_DIR)
                        .with_hint(text!("no-content-folder-hint")),
                );
            }
            Err(Refusal::Walk(error)) => {
                let place = error
                    .path()
                    .map(|p| p.strip_prefix(root).unwrap_or(p).to_path_buf())
                    .unwrap_or_else(|| PathBuf::from(CONTENT_DIR));
                if error.loop_ancestor().is_some() {
                    found.diagnostics.push(
                        Diagnostic::error(text!("folder-loop"))
                            .in_file(place)
                            .with_hint(text!("folder-loop-hint")),
                    );
                    continue;
                }
                let io_error = error
                    .io_error()
                    .map_or_else(|| std::io::Error::other(error.to_string()), copy_io_error);
                if let Ok(inside) = place.strip_prefix(CONTENT_DIR) {
                    let key = inside.to_string_lossy().replace('\\', "/");
                    found.unreadable_folders.push(format!("{key}/"));
                }
                let what = match error.path().is_some_and(Path::is_dir) {
                    true => "folder",
                    false => "file",
                };
                found.diagnostics.push(cannot_read(&place, what, &io_error));
            }
        }
    }
    found
}

/// The same error, for a report of our own.
fn copy_io_error(error: &std::io::Error) -> std::io::Error {
    std::io::Error::new(error.kind(), error.to_string())
}

/// A file or folder of `content/` that cannot be read. Permission is the usual reason, and
/// one the writer can fix.
fn cannot_read(place: &Path, what: &str, error: &std::io::Error) -> Diagnostic {
    if error.kind() == std::io::ErrorKind::PermissionDenied {
        return Diagnostic::error(text!("content-not-allowed", what = what))
            .in_file(place)
            .with_hint(text!("content-not-allowed-hint", what = what));
    }
    Diagnostic::error(text!("content-unreadable", what = what, error = error))
        .in_file(place)
        .with_hint(text!("content-unreadable-hint", what = what))
}

fn is_not_found(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::NotFound
}

fn is_hidden(name: impl AsRef<std::ffi::OsStr>) -> bool {
    let name = name.as_ref();
    name.to_string_lossy().starts_with('.')
}

/// Whether `path` names a Markdown file.
pub(crate) fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "md")
}

/// Reads one file: its identity from the path, then its front matter and body; from
/// `known` when the file is unchanged since. The flag says whether the file was read.
fn read_document(
    root: &Path,
    source: &Path,
    config: &Config,
    known: &KnownSources,
) -> (Result<Document, Diagnostic>, bool) {
    let (key, lang) = match identify(source, config) {
        Ok(identity) => identity,
        Err(problem) => return (Err(problem), false),
    };
    let kind = if key.is_section() {
        Kind::Section
    } else {
        Kind::Page
    };
    let text = Text {
        file: root.join(source),
        read: Arc::default(),
    };
    // A stamp that cannot be had only means that the file is read.
    let stamp = std::fs::metadata(&text.file).map_or(
        Stamp {
            size: 0,
            modified: 0,
        },
        |metadata| Stamp::of(&metadata),
    );
    let remembered = known.trusted(source, stamp).and_then(|record| {
        let front = Arc::new(serde_json::from_str(&record.front_matter).ok()?);
        Some(Document {
            source: source.to_path_buf(),
            key: key.clone(),
            lang: lang.clone(),
            kind,
            front,
            body_start: record.body_start,
            body_line: record.body_line,
            hashes: record.hashes,
            stamp,
            text: text.clone(),
        })
    });
    if let Some(document) = remembered {
        return (Ok(document), false);
    }
    let read = read_text(root, source).and_then(|contents| {
        let parsed = front_matter::parse(&contents).map_err(|error| {
            Diagnostic::error(error.message)
                .in_file(source)
                .at(&contents, error.line, error.column)
                .with_hint(error.hint)
        })?;
        let body_start = contents.len() - parsed.body.len();
        Ok(Document {
            source: source.to_path_buf(),
            key,
            lang,
            kind,
            front: Arc::new(parsed.front),
            body_start,
            body_line: parsed.body_line,
            hashes: Hashes {
                front_matter: hash::of_bytes(&contents.as_bytes()[..body_start]),
                text: hash::of_bytes(contents.as_bytes()),
            },
            stamp,
            text: Text {
                read: Arc::new(OnceLock::from(contents)),
                ..text
            },
        })
    });
    (read, true)
}

fn read_text(root: &Path, source: &Path) -> Result<String, Diagnostic> {
    let bytes =
        std::fs::read(root.join(source)).map_err(|error| cannot_read(source, "file", &error))?;
    String::from_utf8(bytes).map_err(|error| not_utf8(source, &error))
}

/// The key and language of `content/<folders>/<stem>.<lang>.md`. A file without a
/// language part belongs to the default language.
fn identify(source: &Path, config: &Config) -> Result<(Key, Lang), Diagnostic> {
    let relative = source.strip_prefix(CONTENT_DIR).unwrap_or(source);
    let Some(relative) = relative.to_str() else {
        return Err(Diagnostic::error(text!("file-name-not-utf8"))
            .in_file(source)
            .with_hint(text!("file-name-not-utf8-hint")));
    };
    let relative = relative.replace('\\', "/");
    let without_md = relative.strip_suffix(".md").unwrap_or(&relative);
    let (folder, file) = match without_md.rsplit_once('/') {
        Some((folder, file)) => (format!("{folder}/"), file),
        None => (String::new(), without_md),
    };
    let (stem, lang) = match file.rsplit_once('.') {
        Some((stem, code)) if config.language(code).is_some() => (stem, Lang::new(code)),
        Some((_, code)) if looks_like_language(code) => {
            let known: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            return Err(
                Diagnostic::error(text!("file-in-unknown-language", code = code))
                    .in_file(source)
                    .with_hint(text!(
                        "file-in-unknown-language-hint",
                        code = code,
                        known = known.join(", ")
                    )),
            );
        }
        _ => (file, config.default_language.clone()),
    };
    if stem.is_empty() {
        return Err(Diagnostic::error(text!("file-without-name"))
            .in_file(source)
            .with_hint(text!("file-without-name-hint")));
    }
    Ok((Key::new(format!("{folder}{stem}.md")), lang))
}

/// `de`, `nl`, `pt-BR`: short codes that are surely meant as a language.
fn looks_like_language(code: &str) -> bool {
    let primary = code.split('-').next().unwrap_or(code);
    (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase())
}

fn not_utf8(source: &Path, error: &std::string::FromUtf8Error) -> Diagnostic {
    let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&valid[line_start..])
        .chars()
        .count()
        + 1;
    let mut diagnostic = Diagnostic::error(text!("file-not-utf8"))
        .in_file(source)
        .with_hint(text!("file-not-utf8-hint"));
    diagnostic.line = Some(line);
    diagnostic.column = Some(column);
    diagnostic
}
