//! Translation QA, as translators' tools (Xbench, Verifika, memoQ) do it: each translation
//! is compared with its source, the page in the site's default language, for its numbers
//! (as each language writes them), its terms (the termbase in `i18n/terms.yaml`), its
//! structure, and text left as it was; and every page and UI text is searched for the
//! termbase's variants to avoid. Everything found is a warning at the translation's line.
//!
//! On the floor below the features, as both `check` (every page) and the translation
//! desk (the page at hand) review translations.

mod numbers;
mod terms;
mod text;

use self::terms::TERMBASE;

use std::path::Path;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use self::numbers::{numbers_in_extra, numbers_of, tally};
use self::terms::{Concept, find};
use self::text::{Kind, PageText};
use crate::content::Document;
use crate::diagnostic::Diagnostic;
use crate::i18n::{self, I18n};
use crate::number::{self, Separators};
use crate::resolve::Site;
use crate::words::{Text, text};

/// Texts of fewer ordinary words than this may well stay the same in a translation.
const WORDS_WORTH_TRANSLATING: usize = 5;

/// Words that start with a small letter: what a text says, not the names, numbers and
/// abbreviations of an address or a list of names, which stay as they are.
fn ordinary_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().next().is_some_and(char::is_lowercase))
        .count()
}

/// Every slip of translation in the site, as warnings.
pub(crate) fn review(site: &Site, i18n: Option<&I18n>, root: &Path) -> Vec<Diagnostic> {
    let config = &site.config;
    let (termbase, mut problems) = terms::load(root, config);
    let texts: Vec<PageText> = site
        .entries
        .par_iter()
        .map(|e| text::read(&e.doc))
        .collect();
    let separators: FxHashMap<&str, Option<Separators>> = config
        .languages
        .iter()
        .map(|l| (l.code.as_str(), number::separators(&l.code)))
        .collect();
    let side = |index: usize| Side {
        doc: &site.entries[index].doc,
        text: &texts[index],
        separators: separators
            .get(site.entries[index].doc.lang.as_str())
            .cloned()
            .flatten(),
    };
    for (index, entry) in site.entries.iter().enumerate() {
        problems.extend(variants_to_avoid(&side(index), &termbase));
        if entry.doc.lang != config.default_language {
            continue;
        }
        for translation in site.translations(&entry.doc.key) {
            if translation.doc.lang == entry.doc.lang {
                continue;
            }
            let Some(other) = site.index_of(translation) else {
                continue;
            };
            let pair = Pair {
                source: side(index),
                translation: side(other),
            };
            problems.extend(pair.slips(&termbase));
        }
    }
    if let Some(i18n) = i18n {
        problems.extend(ui_variants_to_avoid(i18n, &termbase));
    }
    problems
}

/// The slips in one translation of a page, as `check` reports them: the comparison with
/// its source and the variants to avoid.
pub(crate) fn review_translation(
    site: &Site,
    source: &Document,
    translation: &Document,
    root: &Path,
) -> Vec<Diagnostic> {
    let (termbase, _) = terms::load(root, &site.config);
    let texts = [text::read(source), text::read(translation)];
    let pair = Pair {
        source: Side {
            doc: source,
            text: &texts[0],
            separators: number::separators(&source.lang),
        },
        translation: Side {
            doc: translation,
            text: &texts[1],
            separators: number::separators(&translation.lang),
        },
    };
    let mut problems = variants_to_avoid(&pair.translation, &termbase);
    problems.extend(pair.slips(&termbase));
    problems
}

/// One page read for review.
struct Side<'a> {
    doc: &'a Document,
    text: &'a PageText,
    separators: Option<Separators>,
}

impl Side<'_> {
    fn warning(&self, message: Text, line: usize, column: usize) -> Diagnostic {
        Diagnostic::warning(message)
            .in_file(&self.doc.source)
            .at(self.doc.text(), line, column)
    }

    fn source_name(&self) -> String {
        self.doc.source.display().to_string()
    }
}

/// A source page and one of its translations.
struct Pair<'a> {
    source: Side<'a>,
    translation: Side<'a>,
}

impl Pair<'_> {
    /// Everything that differs between the source and the translation where it should not.
    fn slips(&self, termbase: &[Concept]) -> Vec<Diagnostic> {
        let mut problems = self.numbers();
        problems.extend(self.extra_numbers());
        problems.extend(self.missing_terms(termbase));
        problems.extend(self.structure());
        problems.extend(self.untranslated());
        problems
    }

    /// The translation's line that stands where block `index` of the source stands: the
    /// same block when both have as many, else the start of the translation's text.
    fn line_for(&self, index: usize) -> usize {
        let (source, translation) = (&self.source.text.blocks, &self.translation.text.blocks);
        match translation.get(index) {
            Some(block) if source.len() == translation.len() => block.line,
            _ => first_written_line(self.translation.doc, self.translation.doc.body_line),
        }
    }

    /// Numbers of the source missing from the translation, and numbers of the translation
    /// the source does not have.
    fn numbers(&self) -> Vec<Diagnostic> {
        let (Some(ours), Some(theirs)) = (&self.source.separators, &self.translation.separators)
        else {
            return Vec::new();
        };
        let source = numbers_of(self.source.text, ours);
        let translation = numbers_of(self.translation.text, theirs);
        let in_source = tally(source.iter().map(|n| n.value.as_str()));
        let in_translation = tally(translation.iter().map(|n| n.value.as_str()));
        let hint = text!("qa-number-hint");
        let mut problems = Vec::new();
        for (value, count) in &in_translation {
            let expected = in_source.get(value).copied().unwrap_or(0);
            if *count <= expected {
                continue;
            }
            let Some(first) = translation.iter().find(|n| n.value == *value) else {
                continue;
            };
            let source = self.source.source_name();
            let message = if expected == 0 {
                text!("qa-number-not-in-source", value = *value, source = source)
            } else {
                text!(
                    "qa-number-more-often",
                    value = *value,
                    count = *count,
                    source = source,
                    expected = expected
                )
            };
            problems.push(
                self.translation
                    .warning(message, first.line, first.column)
                    .with_hint(hint.clone()),
            );
        }
        for (value, count) in &in_source {
            if in_translation.get(value).copied().unwrap_or(0) >= *count {
                continue;
            }
            let Some(first) = source.iter().find(|n| n.value == *value) else {
                continue;
            };
            let message = text!(
                "qa-number-missing",
                value = *value,
                source = self.source.source_name(),
                line = first.line
            );
            let line = self.line_for(first.block);
            problems.push(
                self.translation
                    .warning(message, line, 1)
                    .with_hint(hint.clone()),
            );
        }
        problems
    }

    /// Figures in `extra` that the translation has and the source has not, or the other
    /// way round.
    fn extra_numbers(&self) -> Vec<Diagnostic> {
        let (Some(ours), Some(theirs)) = (&self.source.separators, &self.translation.separators)
        else {
            return Vec::new();
        };
        let source = numbers_in_extra(&self.source.doc.front.extra, ours);
        let translation = numbers_in_extra(&self.translation.doc.front.extra, theirs);
        let (added, missing) = (
            left_over(&translation, &source),
            left_over(&source, &translation),
        );
        if added.is_empty() && missing.is_empty() {
            return Vec::new();
        }
        let source = self.source.source_name();
        let message = match (added.as_slice(), missing.as_slice()) {
            ([], missing) => text!(
                "qa-extra-lacks",
                missing = listing(missing),
                source = source
            ),
            (added, []) => text!("qa-extra-adds", added = listing(added), source = source),
            (added, missing) => text!(
                "qa-extra-differs",
                added = listing(added),
                source = source,
                missing = listing(missing)
            ),
        };
        let doc = self.translation.doc;
        let extra = doc.position_of("extra").unwrap_or((1, 1));
        let (line, column) = added
            .first()
            .and_then(|value| front_matter_place(doc, value))
            .unwrap_or(extra);
        vec![(self.translation.warning(message, line, column)).with_hint(text!("qa-extra-hint"))]
    }

    /// Concepts the source names whose term the translation lacks.
    fn missing_terms(&self, termbase: &[Concept]) -> Vec<Diagnostic> {
        let (ours, theirs) = (
            self.source.doc.lang.as_str(),
            self.translation.doc.lang.as_str(),
        );
        let joined =
            |text: &PageText| -> Vec<String> { text.blocks.iter().map(|b| b.text()).collect() };
        let (source, translation) = (joined(self.source.text), joined(self.translation.text));
        let used = |blocks: &[String], forms: &[String]| {
            blocks.iter().enumerate().find_map(|(index, block)| {
                forms
                    .iter()
                    .find(|form| !find(block, form).is_empty())
                    .map(|form| (index, form.clone()))
            })
        };
        let mut problems = Vec::new();
        for concept in termbase {
            let (Some(source_terms), Some(terms)) =
                (concept.languages.get(ours), concept.languages.get(theirs))
            else {
                continue;
            };
            let Some((block, said)) = used(&source, &source_terms.forms) else {
                continue;
            };
            let forms: Vec<String> = terms.forms.iter().chain(&terms.avoid).cloned().collect();
            if used(&translation, &forms).is_some() {
                continue;
            }
            let message = text!(
                "qa-term-missing",
                source = self.source.source_name(),
                said = said,
                preferred = terms.preferred()
            );
            let hint = text!(
                "qa-term-missing-hint",
                termbase = TERMBASE,
                forms = listing(&terms.forms),
                concept = &concept.concept
            );
            let line = self.line_for(block);
            problems.push(self.translation.warning(message, line, 1).with_hint(hint));
        }
        problems
    }

    /// Headings, list items, links by key, images or shortcodes that the translation has
    /// more or fewer of than its source.
    fn structure(&self) -> Vec<Diagnostic> {
        let source = self.source.text.structure.counts();
        let translation = self.translation.text.structure.counts();
        source
            .iter()
            .zip(translation)
            .filter(|((_, a), (_, b))| a != b)
            .map(|((what, a), (_, b))| {
                let message = text!(
                    "qa-structure-differs",
                    what = *what,
                    source = self.source.source_name(),
                    here = b,
                    there = *a
                );
                let line = first_written_line(self.translation.doc, self.translation.doc.body_line);
                (self.translation.warning(message, line, 1))
                    .with_hint(text!("qa-structure-differs-hint"))
            })
            .collect()
    }

    /// Text of the translation that is word for word a text of its source.
    fn untranslated(&self) -> Vec<Diagnostic> {
        let normal = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        let source: FxHashMap<String, usize> = self
            .source
            .text
            .blocks
            .iter()
            .map(|block| (normal(&block.text()), block.line))
            .filter(|(text, _)| ordinary_words(text) >= WORDS_WORTH_TRANSLATING)
            .collect();
        self.translation
            .text
            .blocks
            .iter()
            .filter_map(|block| {
                let line = source.get(&normal(&block.text()))?;
                let message = text!(
                    "qa-untranslated",
                    kind = kind_name(block.kind),
                    source = self.source.source_name(),
                    line = *line
                );
                Some(
                    (self.translation.warning(message, block.line, 1))
                        .with_hint(text!("qa-untranslated-hint")),
                )
            })
            .collect()
    }
}

/// The termbase's variants to avoid, wherever a page of their language uses them.
fn variants_to_avoid(page: &Side, termbase: &[Concept]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for concept in termbase {
        let Some(terms) = concept.languages.get(page.doc.lang.as_str()) else {
            continue;
        };
        for block in &page.text.blocks {
            for piece in &block.pieces {
                for variant in &terms.avoid {
                    for at in find(&piece.text, variant) {
                        problems.push(avoid_warning(
                            page.warning(Text::verbatim(""), piece.line, piece.column + at),
                            variant,
                            terms.preferred(),
                            &concept.concept,
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// The termbase's variants to avoid in the UI texts of their language.
fn ui_variants_to_avoid(i18n: &I18n, termbase: &[Concept]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (lang, source) in i18n.sources() {
        let file = i18n::ftl_path(lang);
        for concept in termbase {
            let Some(terms) = concept.languages.get(lang.as_str()) else {
                continue;
            };
            for (index, line) in source.lines().enumerate() {
                let Some(shown) = shown_text(line) else {
                    continue;
                };
                let offset = line.chars().count() - shown.chars().count();
                for variant in &terms.avoid {
                    for at in find(shown, variant) {
                        let warning = Diagnostic::warning(Text::verbatim("")).in_file(&file).at(
                            source,
                            index + 1,
                            offset + at + 1,
                        );
                        problems.push(avoid_warning(
                            warning,
                            variant,
                            terms.preferred(),
                            &concept.concept,
                        ));
                    }
                }
            }
        }
    }
    problems
}

/// The part of a line of a `.ftl` file that readers see: not comments, not names.
fn shown_text(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        None
    } else if trimmed.starts_with('.') || !line.starts_with(char::is_whitespace) {
        line.split_once('=').map(|(_, text)| text)
    } else {
        Some(line)
    }
}

fn avoid_warning(place: Diagnostic, variant: &str, preferred: &str, concept: &str) -> Diagnostic {
    Diagnostic {
        message: text!("term-to-avoid", variant = variant, preferred = preferred),
        ..place
    }
    .with_hint(text!(
        "term-to-avoid-hint",
        termbase = TERMBASE,
        variant = variant,
        concept = concept
    ))
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Title => "title",
        Kind::Description => "description",
        Kind::Heading => "heading",
        Kind::Paragraph => "paragraph",
        Kind::ListItem => "list-item",
        Kind::TableCell => "table-cell",
    }
}

/// What `these` has more of than `those` (as multisets), sorted.
fn left_over(these: &[String], those: &[String]) -> Vec<String> {
    let mut rest: Vec<&String> = those.iter().collect();
    let mut over: Vec<String> = these
        .iter()
        .filter(|value| match rest.iter().position(|other| other == value) {
            Some(index) => {
                rest.swap_remove(index);
                false
            }
            None => true,
        })
        .cloned()
        .collect();
    over.sort();
    over
}

/// Where `value` is written in a document's front matter, as a whole word.
fn front_matter_place(doc: &Document, value: &str) -> Option<(usize, usize)> {
    let front_matter = doc.text().lines().take(doc.body_line.saturating_sub(1));
    front_matter.enumerate().find_map(|(index, line)| {
        let at = *find(line, value).first()?;
        Some((index + 1, at + 1))
    })
}

/// The first line at or after `line` that is not empty (a message points at text).
fn first_written_line(doc: &Document, line: usize) -> usize {
    let mut lines = doc.text().lines().enumerate().skip(line.saturating_sub(1));
    lines
        .find(|(_, text)| !text.trim().is_empty())
        .map_or(line, |(index, _)| index + 1)
}

fn listing(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
