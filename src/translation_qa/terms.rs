//! The termbase (`i18n/terms.yaml`): per concept, the terms to use in each language and the
//! variants to avoid. A variant is found as a whole word or phrase; a term written with a
//! small first letter is also found with a capital one (at the start of a sentence).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::words::text;
use crate::yaml;

/// The termbase, relative to the site folder.
pub(super) const TERMBASE: &str = "i18n/terms.yaml";

/// One concept: its label and, per language, its terms.
#[derive(Debug, Clone, Deserialize)]
pub(super) struct Concept {
    pub(super) concept: String,
    #[serde(flatten)]
    pub(super) languages: BTreeMap<String, Terms>,
}

/// A concept's terms in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Terms {
    /// The preferred term first, then inflected forms that count as the same term.
    #[serde(rename = "use", default)]
    pub(super) forms: Vec<String>,
    /// Variants that should not be used.
    #[serde(default)]
    pub(super) avoid: Vec<String>,
}

impl Terms {
    /// The form to write.
    pub(super) fn preferred(&self) -> &str {
        self.forms.first().map_or("", String::as_str)
    }
}

/// The site's termbase; empty when it has none. Problems in it are returned with it.
pub(super) fn load(root: &Path, config: &Config) -> (Vec<Concept>, Vec<Diagnostic>) {
    let text = match std::fs::read_to_string(root.join(TERMBASE)) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Default::default(),
        Err(error) => {
            let problem = Diagnostic::error(text!("termbase-unreadable", problem = &error))
                .in_file(TERMBASE)
                .with_hint(text!("termbase-not-text-hint"));
            return (Vec::new(), vec![problem]);
        }
    };
    let concepts = match yaml::parse::<Option<Vec<Concept>>>(&text) {
        Ok(concepts) => concepts.unwrap_or_default(),
        Err(error) => {
            let problem = Diagnostic::error(text!("termbase-unreadable", problem = error.message))
                .in_file(TERMBASE)
                .at(&text, error.line, error.column)
                .with_hint((error.hint).unwrap_or_else(|| text!("termbase-shape-hint")));
            return (Vec::new(), vec![problem]);
        }
    };
    let problems = concepts
        .iter()
        .flat_map(|concept| concept_problems(concept, config, &text))
        .collect();
    (concepts, problems)
}

/// A language the site does not have, or a language with variants to avoid but no term to use.
fn concept_problems(concept: &Concept, config: &Config, text: &str) -> Vec<Diagnostic> {
    let line = text
        .lines()
        .position(|line| line.contains(&concept.concept))
        .map_or(1, |index| index + 1);
    let mut problems = Vec::new();
    for (lang, terms) in &concept.languages {
        let (message, hint) = if config.language(lang).is_none() {
            (
                text!(
                    "termbase-unknown-language",
                    concept = &concept.concept,
                    lang = lang
                ),
                text!("termbase-unknown-language-hint"),
            )
        } else if terms.forms.is_empty() {
            (
                text!("termbase-no-term", concept = &concept.concept, lang = lang),
                text!("termbase-no-term-hint"),
            )
        } else {
            continue;
        };
        problems.push(
            Diagnostic::warning(message)
                .in_file(TERMBASE)
                .at(text, line, 1)
                .with_hint(hint),
        );
    }
    problems
}

/// The char offsets at which `term` stands in `text` as a whole word or phrase.
pub(super) fn find(text: &str, term: &str) -> Vec<usize> {
    if term.is_empty() {
        return Vec::new();
    }
    let mut spellings = vec![term.to_owned()];
    let mut chars = term.chars();
    if let Some(first) = chars.next().filter(|c| c.is_lowercase()) {
        spellings.push(first.to_uppercase().chain(chars).collect());
    }
    let mut found: Vec<usize> = spellings
        .iter()
        .flat_map(|spelling| {
            text.match_indices(spelling.as_str())
                .filter(|(at, matched)| stands_alone(text, *at, at + matched.len()))
                .map(|(at, _)| text[..at].chars().count())
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Whether `text[start..end]` is not part of a longer word.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_found_as_whole_words() {
        assert_eq!(find("Patienten und Patientenversorgung", "Patienten"), [0]);
        assert_eq!(find("de AI lab en het AI-lab", "AI lab"), [3]);
        assert_eq!(find("Doelmatig werken is doelmatig.", "doelmatig"), [0, 20]);
        assert_eq!(find("2023-2028 en 12023-20289", "2023-2028"), [0]);
    }
}
