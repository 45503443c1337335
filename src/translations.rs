//! Which translations are up to date with their source text, known without git.
//!
//! `content/translations.yaml` records, per translated file, a fingerprint of the text of
//! its source (the default language's file: title, description, body and `extra`) as it
//! was when the translator finished. `diptych translated` writes the record; `diptych
//! check` compares it with the source as it is now: a different fingerprint means the
//! source changed since, so the translation is stale.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::content::{self, Document};
use crate::diagnostic::Diagnostic;
use crate::yaml;

/// The record file, relative to the site folder.
pub const RECORD_FILE: &str = "content/translations.yaml";

/// key → language → fingerprint of the source it was translated from.
pub type Records = BTreeMap<String, BTreeMap<String, String>>;

const HEADER: &str = "# Written by `diptych translated`: the source text each translation was last\n\
# brought up to date with. `diptych check` reports translations whose source changed since.\n";

/// A fingerprint of the parts of a source file that a translator translates.
pub fn fingerprint(doc: &Document) -> String {
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
    let path = root.join(RECORD_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Records::new()),
        Err(error) => {
            return Err(Diagnostic::error(format!(
                "the translation record cannot be read: {error}"
            ))
            .in_file(RECORD_FILE)
            .with_hint("check that the file is readable text (UTF-8), or delete it and run `diptych translated` to write it anew"));
        }
    };
    yaml::parse::<Option<Records>>(&text)
        .map(|records| records.unwrap_or_default())
        .map_err(|error| {
            Diagnostic::error(format!(
                "the translation record cannot be read: {}",
                error.message
            ))
            .in_file(RECORD_FILE)
            .at(&text, error.line, error.column)
            .with_hint("run `diptych translated` to write it anew")
        })
}

/// Stale translations and translations without a record, as warnings.
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
        .filter(|doc| doc.lang != config.default_language)
        .filter_map(|doc| {
            let source = sources.get(doc.key.as_str())?;
            let recorded = records
                .get(doc.key.as_str())
                .and_then(|langs| langs.get(doc.lang.as_str()));
            let message = match recorded {
                None => format!(
                    "there is no record yet of which {source_name} text this translation follows"
                ),
                Some(hash) if *hash != fingerprint(source) => format!(
                    "stale translation: {} changed after this translation was last updated",
                    source.source.display()
                ),
                Some(_) => return None,
            };
            Some(
                Diagnostic::warning(message)
                    .in_file(&doc.source)
                    .at(doc.text(), 1, 1)
                    .with_hint(format!(
                        "bring it up to date with {}, then run `diptych translated {}`",
                        source.source.display(),
                        doc.source.display()
                    )),
            )
        })
        .collect()
}

/// Records that the given translation files (all, when none are given) are up to date
/// with their sources. Returns the files recorded.
pub fn record(
    root: &Path,
    config: &Config,
    files: &[PathBuf],
) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
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
    let wanted: Vec<PathBuf> = files.iter().map(|file| relative_to(root, file)).collect();
    let sources: BTreeMap<&str, &Document> = loaded
        .documents
        .iter()
        .filter(|doc| doc.lang == config.default_language)
        .map(|doc| (doc.key.as_str(), doc))
        .collect();
    let mut recorded = Vec::new();
    for doc in &loaded.documents {
        let chosen = wanted.is_empty() || wanted.contains(&doc.source);
        if !chosen || doc.lang == config.default_language {
            continue;
        }
        if let Some(source) = sources.get(doc.key.as_str()) {
            records
                .entry(doc.key.to_string())
                .or_default()
                .insert(doc.lang.to_string(), fingerprint(source));
            recorded.push(doc.source.clone());
        }
    }
    let unknown: Vec<Diagnostic> = wanted
        .iter()
        .filter(|file| !recorded.contains(file))
        .map(|file| not_a_translation(root, file, config))
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let yaml = yaml::to_string(&records).map_err(|error| {
        vec![Diagnostic::error(format!("cannot write the record: {error}")).in_file(RECORD_FILE)]
    })?;
    let text = format!("{HEADER}{yaml}");
    std::fs::write(root.join(RECORD_FILE), text).map_err(|error| {
        vec![Diagnostic::error(format!("cannot write the record: {error}")).in_file(RECORD_FILE)]
    })?;
    Ok(recorded)
}

/// Why a file named on the command line cannot be recorded: it does not exist, or it is
/// not a translation (a page of the default language, or not a page at all).
fn not_a_translation(root: &Path, file: &Path, config: &Config) -> Diagnostic {
    const EXAMPLE: &str = "content/strategie/ambities.de.md";
    if !root.join(file).exists() {
        return Diagnostic::error("this file does not exist")
            .in_file(file)
            .with_hint(format!(
                "check the file's name and folder; translations are named like {EXAMPLE}"
            ));
    }
    Diagnostic::error("this is not a translation with a source to follow")
        .in_file(file)
        .with_hint(format!(
            "name translated pages (not {} ones), like {EXAMPLE}",
            config.default_language
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
