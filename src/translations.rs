//! Which translations are up to date with their source text, known without git.
//!
//! `content/translations.yaml` records, per translated file, a fingerprint of the text of
//! its source (the default language's file: title, description, body and `extra`) as it
//! was when the translator finished. `diptych translated` writes the record; `diptych
//! check` compares it with the source as it is now: a different fingerprint means the
//! source changed since, so the translation is outdated.
//!
//! Next to it, `content/translations.sources.yaml` keeps the source text itself for each
//! recorded fingerprint, so the translation desk can show which words changed since. It
//! is YAML with the texts as blocks (readable in a diff, safe to commit), holds only the
//! versions some record still points to, and is never read as a page (only `.md` is).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::content::{self, Document};
use crate::diagnostic::Diagnostic;
use crate::util::file::write_atomically;
use crate::words::{Text, text};
use crate::yaml;

/// The record file, relative to the site folder.
pub const RECORD_FILE: &str = "content/translations.yaml";

/// The source texts recorded translations follow, relative to the site folder.
pub(crate) const SOURCES_FILE: &str = "content/translations.sources.yaml";

/// key → language → fingerprint of the source it was translated from.
pub(crate) type Records = BTreeMap<String, BTreeMap<String, String>>;

/// key → fingerprint → the source text with that fingerprint.
pub(crate) type Sources = BTreeMap<String, BTreeMap<String, SourceText>>;

/// The parts of a source page a translator translates, as text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct SourceText {
    /// The title.
    pub title: String,
    /// The description, when there is one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The `extra` data, as YAML.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub extra: String,
    /// The Markdown after the front matter.
    #[serde(default)]
    pub body: String,
}

impl SourceText {
    /// The translatable text of `doc` as it is now.
    pub(crate) fn of(doc: &Document) -> SourceText {
        let extra = match &doc.front.extra {
            serde_json::Value::Null => String::new(),
            serde_json::Value::Object(map) if map.is_empty() => String::new(),
            extra => yaml::to_string(extra).unwrap_or_else(|_| extra.to_string()),
        };
        SourceText {
            title: doc.front.title.clone(),
            description: doc.front.description.clone().unwrap_or_default(),
            extra,
            body: doc.body().replace("\r\n", "\n"),
        }
    }
}

const SOURCES_HEADER: &str = "# Written by `diptych translated`: the source text each recorded translation follows,\n\
# so that the translation desk can show what changed in it since. Never read as pages.\n";

const HEADER: &str = "# Written by `diptych translated`: the source text each translation was last\n\
# brought up to date with. `diptych check` reports translations whose source changed since.\n";

/// A fingerprint of the parts of a source file that a translator translates.
pub(crate) fn fingerprint(doc: &Document) -> String {
    let mut hasher = Sha256::new();
    for part in [
        doc.front.title.as_str(),
        doc.front.description.as_deref().unwrap_or(""),
        &doc.front.extra.to_string(),
        &doc.body().replace("\r\n", "\n"),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Reads the records; none yet is an empty record.
pub fn load(root: &Path) -> Result<Records, Diagnostic> {
    read_record_file(root, RECORD_FILE)
}

/// Reads the recorded source texts; none yet is none kept.
pub(crate) fn load_sources(root: &Path) -> Result<Sources, Diagnostic> {
    read_record_file(root, SOURCES_FILE)
}

/// One of the files `diptych translated` writes; none yet is an empty map.
fn read_record_file<T: serde::de::DeserializeOwned + Default>(
    root: &Path,
    file: &str,
) -> Result<T, Diagnostic> {
    let text = match std::fs::read_to_string(root.join(file)) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(T::default()),
        Err(error) => {
            return Err(
                Diagnostic::error(text!("record-unreadable", problem = &error))
                    .in_file(file)
                    .with_hint(text!("record-not-text-hint")),
            );
        }
    };
    yaml::parse::<Option<T>>(&text)
        .map(|records| records.unwrap_or_default())
        .map_err(|error| {
            Diagnostic::error(text!("record-unreadable", problem = error.message))
                .in_file(file)
                .at(&text, error.line, error.column)
                .with_hint(text!("record-unreadable-hint"))
        })
}

/// Where a page stands in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// The page in the default language, which the others follow.
    Source,
    /// Translated from the source as it is now.
    UpToDate,
    /// Translated from a source that changed since.
    Outdated,
    /// Translated, but never recorded as up to date (`diptych translated`).
    NotRecorded,
    /// Marked `draft: true`.
    Draft,
    /// Not there in this language.
    Missing,
    /// There, but never written: the placeholder `diptych new` made, or no text where
    /// the source has some.
    NotTranslated,
}

impl Standing {
    /// Every standing, in the order the desk and `status` list them.
    pub const ALL: [Standing; 7] = [
        Standing::Source,
        Standing::UpToDate,
        Standing::Outdated,
        Standing::NotRecorded,
        Standing::Draft,
        Standing::Missing,
        Standing::NotTranslated,
    ];

    /// Shown to the writer, in the language diptych speaks.
    pub fn label(self) -> Text {
        match self {
            Standing::Source => text!("standing-source"),
            Standing::UpToDate => text!("standing-up-to-date"),
            Standing::Outdated => text!("standing-outdated"),
            Standing::NotRecorded => text!("standing-not-recorded"),
            Standing::Draft => text!("standing-draft"),
            Standing::Missing => text!("standing-missing"),
            Standing::NotTranslated => text!("standing-not-translated"),
        }
    }

    /// The standing's name in English, the same in every language: for scripts, the
    /// desk's filters and its style classes.
    pub fn words(self) -> &'static str {
        match self {
            Standing::Source => "source",
            Standing::UpToDate => "up to date",
            Standing::Outdated => "outdated",
            Standing::NotRecorded => "not recorded",
            Standing::Draft => "draft",
            Standing::Missing => "missing",
            Standing::NotTranslated => "not translated",
        }
    }
}

/// Where `doc` stands against its source (`None`: the key has no page in the default
/// language, so nothing to follow).
fn standing(
    doc: &Document,
    source: Option<&Document>,
    records: &Records,
    config: &Config,
) -> Standing {
    if doc.front.draft {
        return Standing::Draft;
    }
    if doc.lang == config.default_language {
        return Standing::Source;
    }
    if content::is_not_translated(doc, source) {
        return Standing::NotTranslated;
    }
    let recorded = records
        .get(doc.key.as_str())
        .and_then(|langs| langs.get(doc.lang.as_str()));
    match (source, recorded) {
        (_, None) => Standing::NotRecorded,
        (Some(source), Some(hash)) if *hash != fingerprint(source) => Standing::Outdated,
        _ => Standing::UpToDate,
    }
}

/// One page (one key) in every language of the site.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PageStatus {
    /// `strategie/ambities.md`.
    pub key: String,
    /// Per language, in the order of site.yaml.
    pub languages: Vec<LanguageStatus>,
}

/// A page in one language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LanguageStatus {
    /// `de`.
    pub lang: String,
    /// Where it stands.
    pub status: Standing,
    /// Its file, when there is one.
    pub file: Option<PathBuf>,
}

/// Every page of the site in every language, sorted by key: where each translation stands.
/// `documents` are all of them, drafts included.
pub fn status(documents: &[&Document], records: &Records, config: &Config) -> Vec<PageStatus> {
    let mut by_key: BTreeMap<&str, Vec<&Document>> = BTreeMap::new();
    for doc in documents {
        by_key.entry(doc.key.as_str()).or_default().push(doc);
    }
    by_key
        .into_iter()
        .map(|(key, versions)| {
            let source = versions
                .iter()
                .find(|doc| doc.lang == config.default_language)
                .copied();
            let languages = config
                .languages
                .iter()
                .map(|language| {
                    let doc = versions.iter().find(|doc| doc.lang == language.code);
                    LanguageStatus {
                        lang: language.code.to_string(),
                        status: doc.map_or(Standing::Missing, |doc| {
                            standing(doc, source, records, config)
                        }),
                        file: doc.map(|doc| doc.source.clone()),
                    }
                })
                .collect();
            PageStatus {
                key: key.to_owned(),
                languages,
            }
        })
        .collect()
}

/// Per language: how many pages stand how.
pub type Counts = BTreeMap<String, BTreeMap<Standing, usize>>;

/// The counts of `pages` in the languages `shown`.
pub fn count(pages: &[PageStatus], shown: &[&str]) -> Counts {
    let mut counts = Counts::new();
    let cells = pages.iter().flat_map(|page| &page.languages);
    for cell in cells.filter(|cell| shown.contains(&cell.lang.as_str())) {
        *counts
            .entry(cell.lang.clone())
            .or_default()
            .entry(cell.status)
            .or_insert(0) += 1;
    }
    counts
}

/// One language's counts in words: `27 up to date, 1 outdated, 1 missing`.
pub fn describe(counts: &BTreeMap<Standing, usize>) -> String {
    let parts: Vec<String> = counts
        .iter()
        .map(|(standing, n)| format!("{n} {}", standing.label()))
        .collect();
    parts.join(", ")
}

/// Reads the site's content and records and says where every page stands.
pub fn site_status(root: &Path) -> Result<(Config, Vec<PageStatus>), Vec<Diagnostic>> {
    let config = crate::config::load(root, None)?;
    let nothing_known = content::KnownSources::default();
    let loaded = content::load(
        root,
        &config,
        true,
        &content::Known::Records(&nothing_known),
    );
    if !loaded.diagnostics.is_empty() {
        return Err(loaded.diagnostics);
    }
    let records = load(root).map_err(|problem| vec![problem])?;
    let documents: Vec<&Document> = loaded.documents.iter().map(|doc| &**doc).collect();
    let pages = status(&documents, &records, &config);
    Ok((config, pages))
}

/// Outdated translations and translations without a record, as warnings.
pub fn stale(documents: &[&Document], records: &Records, config: &Config) -> Vec<Diagnostic> {
    let sources: BTreeMap<&str, &Document> = documents
        .iter()
        .filter(|doc| doc.lang == config.default_language)
        .map(|doc| (doc.key.as_str(), *doc))
        .collect();
    let source_name = config
        .language(&config.default_language)
        .map_or(config.default_language.as_str(), |l| l.name.as_str());
    documents
        .iter()
        .filter(|doc| doc.lang != config.default_language && !doc.front.draft)
        .filter_map(|doc| {
            let source = sources.get(doc.key.as_str())?;
            let message = match standing(doc, Some(source), records, config) {
                Standing::NotRecorded => text!("translation-not-recorded", language = source_name),
                Standing::Outdated => text!("translation-outdated", source = &source.source),
                _ => return None,
            };
            Some(
                Diagnostic::warning(message)
                    .in_file(&doc.source)
                    .at(doc.text(), 1, 1)
                    .with_hint(text!(
                        "translation-stale-hint",
                        source = &source.source,
                        file = &doc.source
                    )),
            )
        })
        .collect()
}

/// Which translations [`record`] records as up to date.
#[derive(Debug, Clone, Copy)]
pub enum Which<'a> {
    /// These files (translations, as named by the writer).
    Files(&'a [PathBuf]),
    /// Every translation of the site; pages that are gone are forgotten.
    All,
}

/// Records that the given translation files (or all) are up to date with their sources.
/// Returns the files named, or of all translations those whose record changed.
pub fn record(root: &Path, config: &Config, which: Which) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let (files, all) = match which {
        Which::Files([]) => return Ok(Vec::new()),
        Which::Files(files) => (files, false),
        Which::All => (&[][..], true),
    };
    let loaded = content::load(
        root,
        config,
        true,
        &content::Known::Records(&Default::default()),
    );
    if !loaded.diagnostics.is_empty() {
        return Err(loaded.diagnostics);
    }
    let mut records = load(root).map_err(|problem| vec![problem])?;
    let mut kept = load_sources(root).map_err(|problem| vec![problem])?;
    let wanted: Vec<PathBuf> = files.iter().map(|file| relative_to(root, file)).collect();
    let sources: BTreeMap<&str, &Document> = loaded
        .documents
        .iter()
        .filter(|doc| doc.lang == config.default_language)
        .map(|doc| (doc.key.as_str(), &**doc))
        .collect();
    if all {
        // Recording every translation also forgets pages that are gone.
        records.retain(|key, langs| {
            langs.retain(|lang, _| {
                (loaded.documents.iter())
                    .any(|doc| doc.key.as_str() == key && doc.lang.as_str() == lang)
            });
            !langs.is_empty()
        });
    }
    let mut recorded = Vec::new();
    let mut not_written = Vec::new();
    for doc in &loaded.documents {
        let chosen = all || wanted.contains(&doc.source);
        if !chosen || doc.lang == config.default_language {
            continue;
        }
        if let Some(source) = sources.get(doc.key.as_str()) {
            // A translation never written is no translation to record: --all passes it by.
            if content::is_not_translated(doc, Some(source)) {
                if !all {
                    not_written.push(not_written_yet(doc, source));
                }
                continue;
            }
            let hash = fingerprint(source);
            (kept.entry(doc.key.to_string()).or_default())
                .insert(hash.clone(), SourceText::of(source));
            let before = records
                .entry(doc.key.to_string())
                .or_default()
                .insert(doc.lang.to_string(), hash.clone());
            // Named files are reported whatever they were; of all, those that changed.
            if !all || before.as_ref() != Some(&hash) {
                recorded.push(doc.source.clone());
            }
        }
    }
    let unknown: Vec<Diagnostic> = wanted
        .iter()
        .filter(|file| !recorded.contains(file))
        .filter(|file| {
            !not_written
                .iter()
                .any(|p| p.file.as_deref() == Some(file.as_path()))
        })
        .map(|file| not_a_translation(root, file, config))
        .collect();
    not_written.extend(unknown);
    if !not_written.is_empty() {
        return Err(not_written);
    }
    keep_only_followed(&mut kept, &records);
    write_record_file(root, SOURCES_FILE, SOURCES_HEADER, &kept)?;
    write_record_file(root, RECORD_FILE, HEADER, &records)?;
    Ok(recorded)
}

/// Forgets the source texts no translation follows any more.
fn keep_only_followed(kept: &mut Sources, records: &Records) {
    kept.retain(|key, versions| {
        let followed = records.get(key);
        versions.retain(|hash, _| followed.is_some_and(|langs| langs.values().any(|h| h == hash)));
        !versions.is_empty()
    });
}

/// Writes one of the record files whole or not at all, so that an interrupted write
/// never leaves half a record.
fn write_record_file(
    root: &Path,
    file: &str,
    header: &str,
    value: &impl serde::Serialize,
) -> Result<(), Vec<Diagnostic>> {
    let failed = |error: String| {
        vec![Diagnostic::error(text!("record-unwritable", error = error)).in_file(file)]
    };
    let yaml = yaml::to_string(value).map_err(failed)?;
    write_atomically(&root.join(file), format!("{header}{yaml}").as_bytes())
        .map_err(|error| failed(error.to_string()))
}

/// Why a translation never written cannot be recorded as up to date.
fn not_written_yet(doc: &Document, source: &Document) -> Diagnostic {
    Diagnostic::error(text!("not-written-yet"))
        .in_file(&doc.source)
        .with_hint(text!("not-written-yet-hint", source = &source.source))
}

/// Why a file named on the command line cannot be recorded: it does not exist, or it is
/// not a translation (a page of the default language, or not a page at all).
fn not_a_translation(root: &Path, file: &Path, config: &Config) -> Diagnostic {
    const EXAMPLE: &str = "content/strategie/ambities.de.md";
    if !root.join(file).exists() {
        return Diagnostic::error(text!("file-does-not-exist"))
            .in_file(file)
            .with_hint(text!("file-does-not-exist-hint", example = EXAMPLE));
    }
    Diagnostic::error(text!("not-a-translation"))
        .in_file(file)
        .with_hint(text!(
            "not-a-translation-hint",
            lang = config.default_language.as_str(),
            example = EXAMPLE
        ))
}

/// A file named on the command line, as a path relative to the site folder.
fn relative_to(root: &Path, file: &Path) -> PathBuf {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute(file)
        .strip_prefix(absolute(root))
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| file.to_path_buf())
}
