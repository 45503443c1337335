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
use crate::suggest;

/// The folder of the site that holds the `.ftl` files.
pub const I18N_DIR: &str = "i18n";

/// All languages' UI strings.
#[derive(Default)]
pub struct I18n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    messages: BTreeMap<String, BTreeMap<String, Message>>,
    /// Each language's `.ftl` text, to quote lines in messages.
    sources: BTreeMap<String, String>,
}

/// What a message is, apart from its wording: where it stands and what it takes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    /// 1-based line of its definition in the `.ftl` file.
    pub line: usize,
    /// The `$variables` it uses.
    pub variables: BTreeSet<String>,
    /// Its `.attributes`.
    pub attributes: BTreeSet<String>,
    /// Other messages it refers to (`{ site-name }`).
    pub references: BTreeSet<String>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("messages", &self.messages)
            .finish_non_exhaustive()
    }
}

/// The `.ftl` file of a language, relative to the site folder.
pub fn ftl_path(lang: &str) -> PathBuf {
    Path::new(I18N_DIR).join(format!("{lang}.ftl"))
}

/// Loads `i18n/<lang>.ftl` for every configured language, reporting every syntax error.
pub fn load(root: &Path, config: &Config) -> Result<I18n, Vec<Diagnostic>> {
    let mut i18n = I18n::default();
    let mut diagnostics = Vec::new();
    for language in &config.languages {
        match load_language(root, &language.code) {
            Ok((bundle, described, text)) => {
                i18n.bundles.insert(language.code.to_string(), bundle);
                i18n.messages.insert(language.code.to_string(), described);
                i18n.sources.insert(language.code.to_string(), text);
            }
            Err(mut problems) => diagnostics.append(&mut problems),
        }
    }
    if diagnostics.is_empty() {
        Ok(i18n)
    } else {
        Err(diagnostics)
    }
}

/// A language's bundle, its messages described, and the file's text.
type LoadedLanguage = (
    FluentBundle<FluentResource>,
    BTreeMap<String, Message>,
    String,
);

fn load_language(root: &Path, lang: &str) -> Result<LoadedLanguage, Vec<Diagnostic>> {
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
    let described = describe_messages(&resource, &text);
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
    Ok((bundle, described, text))
}

/// Every message of a file with its line and the names it uses.
fn describe_messages(resource: &FluentResource, text: &str) -> BTreeMap<String, Message> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message),
            _ => None,
        })
        .map(|message| {
            let mut described = Message {
                line: definition_line(text, message.id.name),
                attributes: message
                    .attributes
                    .iter()
                    .map(|a| a.id.name.to_owned())
                    .collect(),
                ..Message::default()
            };
            let patterns = message
                .value
                .iter()
                .chain(message.attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                collect_names(&pattern.elements, &mut described);
            }
            (message.id.name.to_owned(), described)
        })
        .collect()
}

fn definition_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |index| index + 1)
}

/// Adds the variables and message references of pattern elements, at any depth.
fn collect_names(elements: &[fluent_syntax::ast::PatternElement<&str>], into: &mut Message) {
    use fluent_syntax::ast::PatternElement;
    for element in elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, into);
        }
    }
}

fn collect_expression(expression: &fluent_syntax::ast::Expression<&str>, into: &mut Message) {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Inline(inline) => collect_inline(inline, into),
        Expression::Select { selector, variants } => {
            collect_inline(selector, into);
            for variant in variants {
                collect_names(&variant.value.elements, into);
            }
        }
    }
}

fn collect_inline(expression: &fluent_syntax::ast::InlineExpression<&str>, into: &mut Message) {
    use fluent_syntax::ast::InlineExpression;
    match expression {
        InlineExpression::VariableReference { id } => {
            into.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            into.references.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            let named = arguments.named.iter().map(|n| &n.value);
            for argument in arguments.positional.iter().chain(named) {
                collect_inline(argument, into);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, into),
        _ => {}
    }
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
            let known = self.messages.get(lang).into_iter().flat_map(BTreeMap::keys);
            format!(
                "the UI text `{id}` is missing in {}{}",
                ftl_path(lang).display(),
                suggest::did_you_mean(id, known.map(String::as_str))
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

    /// Every language's `.ftl` text, by language.
    pub fn sources(&self) -> &BTreeMap<String, String> {
        &self.sources
    }

    /// The text of a language's `.ftl` file.
    pub fn source(&self, lang: &str) -> &str {
        self.sources.get(lang).map_or("", String::as_str)
    }

    /// The messages of one language, by name.
    pub fn messages(&self, lang: &str) -> Option<&BTreeMap<String, Message>> {
        self.messages.get(lang)
    }
}

/// A UI text that one language has and another lacks is an error: the site would be
/// half-translated. Reported once per missing translation, at the line where the text is
/// defined in the first language that has it.
/// `used_in` names the templates that use a text, for the message.
pub fn compare_languages(
    i18n: &I18n,
    config: &Config,
    used_in: &dyn Fn(&str) -> Vec<String>,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut reported = BTreeSet::new();
    for model in &config.languages {
        let Some(defined) = i18n.messages(&model.code) else {
            continue;
        };
        for (id, message) in defined {
            for language in &config.languages {
                let lacks = i18n
                    .messages(&language.code)
                    .is_some_and(|m| !m.contains_key(id));
                if !lacks || !reported.insert((id.clone(), language.code.clone())) {
                    continue;
                }
                let templates = used_in(id);
                let usage = if templates.is_empty() {
                    String::new()
                } else {
                    format!(" (used in {})", templates.join(", "))
                };
                diagnostics.push(
                    Diagnostic::error(format!(
                        "the UI text `{id}` is missing in {}{usage}",
                        ftl_path(&language.code).display()
                    ))
                    .in_file(ftl_path(&model.code))
                    .at(i18n.source(&model.code), message.line, 1)
                    .with_hint(format!(
                        "add its {} translation to {}",
                        language.name,
                        ftl_path(&language.code).display()
                    )),
                );
            }
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
