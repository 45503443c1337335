//! UI strings: one Fluent bundle per language, loaded from `i18n/<lang>.ftl`, with numbers
//! formatted as each language writes them.
//!
//! fluent-rs prints every number with a decimal point and no digit grouping. Dutch and
//! German readers expect `1.234,5`, so each bundle gets a formatter ([`format_value`])
//! that looks up the language's separators. Bundles are built once and shared by all
//! render threads (the concurrent flavour of `FluentBundle`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent::concurrent::FluentBundle;
use fluent::types::{FluentNumber, FluentNumberOptions};
use fluent::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::config::Config;
use crate::diagnostic::Diagnostic;

/// The folder of the site that holds the `.ftl` files.
pub const I18N_DIR: &str = "i18n";

/// All languages' UI strings.
#[derive(Default)]
pub struct I18n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    message_ids: BTreeMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("message_ids", &self.message_ids)
            .finish_non_exhaustive()
    }
}

/// The `.ftl` file of a language, relative to the site folder.
pub fn ftl_path(lang: &str) -> PathBuf {
    Path::new(I18N_DIR).join(format!("{lang}.ftl"))
}

/// Loads `i18n/<lang>.ftl` for every configured language, reporting every syntax error.
pub fn load(root: &Path, config: &Config) -> Result<I18n, Vec<Diagnostic>> {
    let mut bundles = BTreeMap::new();
    let mut message_ids = BTreeMap::new();
    let mut diagnostics = Vec::new();
    for language in &config.languages {
        match load_language(root, &language.code) {
            Ok((bundle, ids)) => {
                bundles.insert(language.code.clone(), bundle);
                message_ids.insert(language.code.clone(), ids);
            }
            Err(mut problems) => diagnostics.append(&mut problems),
        }
    }
    if diagnostics.is_empty() {
        Ok(I18n {
            bundles,
            message_ids,
        })
    } else {
        Err(diagnostics)
    }
}

fn load_language(
    root: &Path,
    lang: &str,
) -> Result<(FluentBundle<FluentResource>, BTreeSet<String>), Vec<Diagnostic>> {
    let path = ftl_path(lang);
    let text = std::fs::read_to_string(root.join(&path)).map_err(|error| {
        vec![
            Diagnostic::error(format!("cannot read the UI texts for `{lang}`: {error}"))
                .in_file(&path)
                .with_hint(format!(
                    "every language in site.yaml needs a file i18n/{lang}.ftl"
                )),
        ]
    })?;
    let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|error| {
                let (line, column) = line_and_column(&text, error.pos.start);
                Diagnostic::error(format!("Fluent syntax: {}", error.kind))
                    .in_file(&path)
                    .at(&text, line, column)
                    .with_hint("a message is written `name = text`; variables as `{ $name }`")
            })
            .collect::<Vec<_>>()
    })?;
    let ids = message_ids_of(&resource);
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Isolation marks (U+2068/U+2069) only matter when left-to-right and right-to-left
    // text mix; in HTML and PDF text of a left-to-right language they are stray characters.
    bundle.set_use_isolating(langid.character_direction() == CharacterDirection::RTL);
    bundle.set_formatter(Some(format_value));
    bundle
        .add_builtins()
        .map_err(|error| vec![Diagnostic::error(format!("Fluent: {error}")).in_file(&path)])?;
    bundle.add_resource(resource).map_err(|errors| {
        errors
            .iter()
            .map(|error| {
                Diagnostic::error(format!("Fluent: {error}"))
                    .in_file(&path)
                    .with_hint("each message name may appear once per file")
            })
            .collect::<Vec<_>>()
    })?;
    Ok((bundle, ids))
}

fn message_ids_of(resource: &FluentResource) -> BTreeSet<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

impl I18n {
    /// Formats message `id` in `lang`. The error says what is missing, for the template
    /// error that wraps it.
    pub fn format(&self, lang: &str, id: &str, args: &FluentArgs) -> Result<String, String> {
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| format!("there are no UI texts for the language `{lang}`"))?;
        let message = bundle.get_message(id).ok_or_else(|| {
            format!(
                "the UI text `{id}` is missing in {}",
                ftl_path(lang).display()
            )
        })?;
        let pattern = message.value().ok_or_else(|| {
            format!(
                "the UI text `{id}` in {} has no value",
                ftl_path(lang).display()
            )
        })?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        match errors.first() {
            None => Ok(text.into_owned()),
            Some(error) => Err(format!(
                "the UI text `{id}` in {} cannot be formatted: {error}",
                ftl_path(lang).display()
            )),
        }
    }

    /// The message names of one language, for comparing languages.
    pub fn message_ids(&self, lang: &str) -> Option<&BTreeSet<String>> {
        self.message_ids.get(lang)
    }
}

/// Messages present in one language but missing in another, as warnings.
pub fn compare_languages(i18n: &I18n, config: &Config) -> Vec<Diagnostic> {
    let all: BTreeSet<&String> = i18n.message_ids.values().flatten().collect();
    let mut diagnostics = Vec::new();
    for language in &config.languages {
        let Some(ids) = i18n.message_ids(&language.code) else {
            continue;
        };
        let missing: Vec<&str> = all
            .iter()
            .filter(|id| !ids.contains(**id))
            .map(|id| id.as_str())
            .collect();
        if !missing.is_empty() {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "{} lacks UI texts that other languages have: {}",
                    ftl_path(&language.code).display(),
                    missing.join(", ")
                ))
                .in_file(ftl_path(&language.code))
                .with_hint("translate them, so that no reader sees an untranslated page"),
            );
        }
    }
    diagnostics
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// How a language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberSymbols {
    decimal: char,
    group: char,
}

impl Memoizable for NumberSymbols {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(NumberSymbols::for_language(lang.language.as_str()))
    }
}

impl NumberSymbols {
    /// Separators from CLDR for the languages a European site is likely to have; others
    /// get the English ones.
    pub fn for_language(language: &str) -> Self {
        let (decimal, group) = match language {
            "nl" | "de" | "da" | "es" | "it" | "id" | "pt" | "tr" | "el" | "ro" | "hr" | "sl"
            | "sr" => (',', '.'),
            "fr" | "nb" | "no" | "sv" | "fi" | "pl" | "cs" | "sk" | "uk" | "ru" | "bg" | "hu"
            | "lt" | "lv" | "et" => (',', '\u{a0}'),
            _ => ('.', ','),
        };
        NumberSymbols { decimal, group }
    }
}

/// The bundle's formatter: numbers in the bundle's language, everything else as Fluent does.
fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get::<NumberSymbols, _, _>((), |symbols| format_number(number, symbols))
        .ok()
}

/// Writes `number` with `symbols`, honouring Fluent's `minimumFractionDigits`,
/// `maximumFractionDigits` (default 3, as `Intl.NumberFormat`) and `useGrouping`.
pub fn format_number(number: &FluentNumber, symbols: &NumberSymbols) -> String {
    let FluentNumberOptions {
        minimum_fraction_digits,
        maximum_fraction_digits,
        use_grouping,
        ..
    } = number.options;
    let min_fraction = minimum_fraction_digits.unwrap_or(0);
    let max_fraction = maximum_fraction_digits.unwrap_or(3).max(min_fraction);
    let fixed = format!("{:.*}", max_fraction, number.value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut fraction = fraction.trim_end_matches('0').to_owned();
    while fraction.len() < min_fraction {
        fraction.push('0');
    }
    let mut out = String::new();
    if number.value < 0.0 && (whole != "0" || !fraction.is_empty()) {
        out.push('-');
    }
    for (index, digit) in whole.chars().enumerate() {
        if use_grouping && index > 0 && (whole.len() - index) % 3 == 0 {
            out.push(symbols.group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(symbols.decimal);
        out.push_str(&fraction);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(value: f64) -> FluentNumber {
        FluentNumber::new(value, FluentNumberOptions::default())
    }

    #[test]
    fn dutch_and_german_use_decimal_comma_and_group_dot() {
        let nl = NumberSymbols::for_language("nl");
        assert_eq!(format_number(&number(1234.5), &nl), "1.234,5");
        assert_eq!(format_number(&number(12.5), &nl), "12,5");
        assert_eq!(format_number(&number(3500.0), &nl), "3.500");
        let de = NumberSymbols::for_language("de");
        assert_eq!(format_number(&number(1234567.25), &de), "1.234.567,25");
        assert_eq!(format_number(&number(-0.5), &de), "-0,5");
    }

    #[test]
    fn english_uses_decimal_point() {
        let en = NumberSymbols::for_language("en");
        assert_eq!(format_number(&number(1234.5), &en), "1,234.5");
    }

    #[test]
    fn fraction_digit_options_are_honoured() {
        let nl = NumberSymbols::for_language("nl");
        let mut n = number(12.0);
        n.options.minimum_fraction_digits = Some(1);
        assert_eq!(format_number(&n, &nl), "12,0");
        let mut n = number(2.0 / 3.0);
        n.options.maximum_fraction_digits = Some(1);
        assert_eq!(format_number(&n, &nl), "0,7");
        let mut n = number(1234.0);
        n.options.use_grouping = false;
        assert_eq!(format_number(&n, &nl), "1234");
    }

    #[test]
    fn line_and_column_of_offsets() {
        assert_eq!(line_and_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_and_column("ab\ncd", 4), (2, 2));
    }
}
