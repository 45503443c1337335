//! Numbers as CLDR writes them: the formatter behind every number a UI text shows (Fluent's
//! `NUMBER`), and the check of the options a `.ftl` file gives `NUMBER`.
//!
//! fluent-rs writes numbers with a decimal point and no digit grouping. The Fluent
//! specification defers to `Intl.NumberFormat`, which follows CLDR, so each bundle gets
//! [`format_value`]: ICU4X's `DecimalFormatter` with CLDR data compiled in, for the full
//! language tag (`de-CH` writes `1'234.5`, `pt-PT` writes `1234,5`). `Intl.NumberFormat`'s
//! other styles (percent, currency) and significant digits are beyond `DecimalFormatter`, so
//! [`option_problems`] turns them into build errors instead of dropping them without a word.

use std::ops::RangeInclusive;
use std::path::Path;

use fixed_decimal::{Decimal, FloatPrecision, SignedRoundingMode, UnsignedRoundingMode};
use fluent::FluentValue;
use fluent::types::FluentNumber;
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;
use crate::words::{Text, text};

/// A language's CLDR decimal format, with or without digit grouping. Each bundle's memoizer
/// builds it once per language and grouping; every number then reuses it.
struct NumberFormat(DecimalFormatter);

impl Memoizable for NumberFormat {
    type Args = GroupingStrategy;
    type Error = String;

    fn construct(lang: LanguageIdentifier, grouping: GroupingStrategy) -> Result<Self, String> {
        NumberFormat::new(&lang, grouping)
    }
}

impl NumberFormat {
    /// CLDR's format for `lang`, region included; a language CLDR lacks falls back to its
    /// parent locale, as ICU does (and in the end to the root locale, `1,234.5`).
    fn new(lang: &LanguageIdentifier, grouping: GroupingStrategy) -> Result<Self, String> {
        // Both crates parse BCP 47; site.yaml's codes are checked to parse as `lang` is.
        let locale = icu_locale_core::LanguageIdentifier::try_from_str(&lang.to_string())
            .map_err(|error| format!("`{lang}`: {error}"))?;
        DecimalFormatter::try_new((&locale).into(), DecimalFormatterOptions::from(grouping))
            .map(NumberFormat)
            .map_err(|error| format!("no number format for `{lang}`: {error}"))
    }

    /// Writes `number` as `Intl.NumberFormat` would with Fluent's options: at most
    /// `maximumFractionDigits` (default 3, at least `minimumFractionDigits`) decimals,
    /// rounded half away from zero from the shortest decimal that reads back as the same
    /// float (as ICU, and so browsers, do), padded to `minimumFractionDigits` and
    /// `minimumIntegerDigits`. `None` for infinity and NaN, which Fluent then writes itself.
    fn format(&self, number: &FluentNumber) -> Option<String> {
        let options = &number.options;
        let min_fraction = position(options.minimum_fraction_digits.unwrap_or(0));
        let max_fraction = position(options.maximum_fraction_digits.unwrap_or(3)).max(min_fraction);
        let mut decimal = Decimal::try_from_f64(number.value, FloatPrecision::RoundTrip).ok()?;
        decimal.round_with_mode(
            -max_fraction,
            SignedRoundingMode::Unsigned(UnsignedRoundingMode::HalfExpand),
        );
        // Also drops the zeros rounding leaves beyond `min_fraction` (2.9996 → 3).
        decimal.pad_end(-min_fraction);
        decimal.pad_start(position(options.minimum_integer_digits.unwrap_or(1)));
        Some(self.0.format_to_string(&decimal))
    }
}

/// How a language writes numbers: what separates groups of digits, and what separates
/// the decimals (`.` and `,` in Dutch and German, `,` and `.` in English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Separators {
    /// Between groups of three digits.
    pub group: String,
    /// Before the decimals.
    pub decimal: String,
}

/// The separators CLDR gives `lang`, read from how it writes 1234567.5; `None` when the
/// language is unknown or does not write the digits 0–9.
pub(crate) fn separators(lang: &str) -> Option<Separators> {
    let lang: LanguageIdentifier = lang.parse().ok()?;
    let format = NumberFormat::new(&lang, GroupingStrategy::Always).ok()?;
    let written = format
        .0
        .format_to_string(&Decimal::try_from_str("1234567.5").ok()?);
    let group = written.strip_prefix('1')?.split_once("234")?.0.to_owned();
    let decimal = written.split_once("567")?.1.strip_suffix('5')?.to_owned();
    (!group.is_empty() && !decimal.is_empty()).then_some(Separators { group, decimal })
}

/// A count of digits as a digit position for `fixed_decimal`; beyond `i16` it saturates,
/// which no site asks for (and [`option_problems`] allows at most 100).
fn position(digits: usize) -> i16 {
    i16::try_from(digits).unwrap_or(i16::MAX)
}

/// The bundle's formatter: numbers as the bundle's language writes them, everything else as
/// Fluent does.
pub(crate) fn format_value(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let grouping = if number.options.use_grouping {
        GroupingStrategy::Auto
    } else {
        GroupingStrategy::Never
    };
    intls
        .with_try_get::<NumberFormat, _, _>(grouping, |format| format.format(number))
        .ok()
        .flatten()
}

/// A named argument of a `NUMBER()` call, as written in a `.ftl` file: `style: "percent"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberOption {
    /// The option's name: `minimumFractionDigits`.
    pub name: String,
    /// Its value, a literal (Fluent allows nothing else there).
    pub value: Literal,
}

/// The value of a named argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Literal {
    /// A quoted string: `"percent"`.
    Text(String),
    /// A number as written: `2`.
    Number(String),
}

impl std::fmt::Display for Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Literal::Text(text) => write!(f, "\"{text}\""),
            Literal::Number(number) => f.write_str(number),
        }
    }
}

/// The `NUMBER` options of one message (or term) of a `.ftl` file: its id, the line it
/// is defined on, and the options of its `NUMBER()` calls.
pub(crate) type MessageOptions<'a> = (&'a str, usize, &'a [NumberOption]);

/// Every `NUMBER` option of the messages (and terms) of one `.ftl` file that the formatter
/// cannot honour, reported where the message is defined, whether a template uses it or not.
/// fluent-rs itself ignores unknown options and values of the wrong kind, so those are
/// reported too. The messages are given by [`i18n`](crate::i18n), which reads them.
pub(crate) fn option_problems<'a>(
    messages: impl Iterator<Item = MessageOptions<'a>>,
    text: &str,
    path: &Path,
) -> Vec<Diagnostic> {
    messages
        .flat_map(|(id, line, options)| {
            options.iter().filter_map(move |option| {
                let (problem, hint) = judge(option)?;
                Some(
                    Diagnostic::error(text!("number-option-problem", id = id, problem = problem))
                        .in_file(path)
                        .at(text, line, 1)
                        .with_hint(hint),
                )
            })
        })
        .collect()
}

// What to write instead of the options `DecimalFormatter` cannot honour.

/// The values an honoured option may take.
enum Values {
    /// A whole number in this range: `Intl.NumberFormat`'s limits.
    Whole(RangeInclusive<u32>),
    /// One of these strings; the last one serves as the example in hints.
    OneOf(&'static [&'static str]),
}

/// The options the formatter honours, and `type`, which Fluent's plural rules honour.
const HONOURED: &[(&str, Values)] = &[
    ("style", Values::OneOf(&["decimal"])),
    ("useGrouping", Values::OneOf(&["true", "false"])),
    ("type", Values::OneOf(&["cardinal", "ordinal"])),
    ("minimumIntegerDigits", Values::Whole(1..=21)),
    ("minimumFractionDigits", Values::Whole(0..=100)),
    ("maximumFractionDigits", Values::Whole(0..=100)),
];

/// What is wrong with one option, and the cure; `None` when it is honoured.
fn judge(option: &NumberOption) -> Option<(Text, Text)> {
    let NumberOption { name, value } = option;
    let written = format!("{name}: {value}");
    let unsupported = |hint: Text| {
        Some((
            text!("number-unsupported", written = written.as_str()),
            hint,
        ))
    };
    match (name.as_str(), value) {
        ("style", Literal::Text(style)) if style == "percent" => {
            return unsupported(text!("number-percent-hint"));
        }
        ("style", Literal::Text(style)) if style == "currency" => {
            return unsupported(text!("number-currency-hint"));
        }
        ("currency" | "currencyDisplay", _) => return unsupported(text!("number-currency-hint")),
        ("minimumSignificantDigits" | "maximumSignificantDigits", _) => {
            return unsupported(text!("number-significant-hint"));
        }
        _ => {}
    }
    let Some((_, values)) = HONOURED.iter().find(|(honoured, _)| honoured == name) else {
        let names: Vec<String> = HONOURED.iter().map(|(n, _)| format!("`{n}`")).collect();
        return Some((
            text!("number-unknown-option", name = name),
            text!("number-unknown-option-hint", names = names.join(", ")),
        ));
    };
    (!values.accept(value)).then(|| {
        let (value, example) = (value.to_string(), values.example());
        (
            text!(
                "number-bad-value",
                name = name,
                value = value,
                values = values.words()
            ),
            text!("number-bad-value-hint", name = name, example = example),
        )
    })
}

impl Values {
    /// Whether `value` is of the right kind and within the limits.
    fn accept(&self, value: &Literal) -> bool {
        match (self, value) {
            (Values::Whole(range), Literal::Number(number)) => {
                number.parse().is_ok_and(|n| range.contains(&n))
            }
            (Values::OneOf(choices), Literal::Text(text)) => choices.contains(&text.as_str()),
            _ => false,
        }
    }

    /// A value to show in a hint.
    fn example(&self) -> String {
        match self {
            Values::Whole(range) => (*range.start()).max(2).to_string(),
            Values::OneOf(choices) => format!("\"{}\"", choices.last().unwrap_or(&"")),
        }
    }
}

impl Values {
    /// The values in a writer's words.
    fn words(&self) -> Text {
        match self {
            Values::Whole(range) => text!(
                "number-whole-range",
                from = range.start().to_string(),
                to = range.end().to_string()
            ),
            Values::OneOf(choices) => {
                let quoted: Vec<String> = choices.iter().map(|c| format!("\"{c}\"")).collect();
                match quoted.split_last() {
                    Some((last, [])) => Text::verbatim(last.as_str()),
                    Some((last, rest)) => {
                        text!("number-one-of", choices = rest.join(", "), last = last)
                    }
                    None => Text::verbatim(""),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use fluent::types::FluentNumberOptions;

    use super::*;

    /// Formats through the bundle's formatter, as a `.ftl` file's numbers are.
    fn format(lang: &str, value: f64, options: FluentNumberOptions) -> String {
        let memoizer = IntlLangMemoizer::new(lang.parse().unwrap());
        let number = FluentValue::Number(FluentNumber::new(value, options));
        format_value(&number, &memoizer).unwrap()
    }

    #[test]
    fn separators_are_read_from_cldr() {
        let of = |lang: &str| separators(lang).map(|s| (s.group, s.decimal));
        assert_eq!(of("nl"), Some((".".to_owned(), ",".to_owned())));
        assert_eq!(of("de"), Some((".".to_owned(), ",".to_owned())));
        assert_eq!(of("en"), Some((",".to_owned(), ".".to_owned())));
        assert_eq!(of("de-CH"), Some(("'".to_owned(), ".".to_owned())));
        assert_eq!(of("fr"), Some(("\u{202f}".to_owned(), ",".to_owned())));
    }

    /// Languages and regions against the figures of CLDR, as `Intl.NumberFormat(lang)` writes
    /// them in Node.js with ICU 78.2 (CLDR 48); ICU4X's compiled data is CLDR 49. Spanish,
    /// Polish and European Portuguese group only from 10 000 (CLDR's minimumGroupingDigits 2).
    #[test]
    fn languages_and_regions_write_numbers_as_cldr() {
        let table = [
            ("nl", 1234.5, "1.234,5"),
            ("nl", 3500.0, "3.500"),
            ("de", 1234.5, "1.234,5"),
            ("de", 1234567.25, "1.234.567,25"),
            ("de", -0.5, "-0,5"),
            // CLDR 48 and 49 group Swiss German with an ASCII apostrophe; older CLDR had U+2019.
            ("de-CH", 1234.5, "1'234.5"),
            ("de-AT", 1234.5, "1\u{a0}234,5"),
            ("fr", 1234.5, "1\u{202f}234,5"),
            ("es", 1234.5, "1234,5"),
            ("es", 12345.5, "12.345,5"),
            ("pl", 1234.5, "1234,5"),
            ("pl", 12345.5, "12\u{a0}345,5"),
            ("pt-PT", 1234.5, "1234,5"),
            ("pt-PT", 12345.5, "12\u{a0}345,5"),
            ("pt-BR", 1234.5, "1.234,5"),
            ("en", 1234.5, "1,234.5"),
            ("en-IN", 1234567.5, "12,34,567.5"),
            ("sv", -1234.5, "\u{2212}1\u{a0}234,5"),
        ];
        for (lang, value, cldr) in table {
            let written = format(lang, value, FluentNumberOptions::default());
            assert_eq!(written, cldr, "{lang} {value}");
        }
    }

    /// Fluent's options against `Intl.NumberFormat("nl", options)`.
    #[test]
    fn options_are_honoured_as_intl_does() {
        let options = |change: fn(&mut FluentNumberOptions)| {
            let mut options = FluentNumberOptions::default();
            change(&mut options);
            options
        };
        let table = [
            (
                12.0,
                options(|o| o.minimum_fraction_digits = Some(2)),
                "12,00",
            ),
            (2.5, options(|o| o.maximum_fraction_digits = Some(0)), "3"),
            (-2.5, options(|o| o.maximum_fraction_digits = Some(0)), "-3"),
            (
                1.005,
                options(|o| o.maximum_fraction_digits = Some(2)),
                "1,01",
            ),
            (1234.0, options(|o| o.use_grouping = false), "1234"),
            (7.0, options(|o| o.minimum_integer_digits = Some(3)), "007"),
            (2.0 / 3.0, FluentNumberOptions::default(), "0,667"),
            (2.9996, FluentNumberOptions::default(), "3"),
            (-0.0001, FluentNumberOptions::default(), "-0"),
        ];
        for (value, options, intl) in table {
            assert_eq!(
                format("nl", value, options.clone()),
                intl,
                "{value} {options:?}"
            );
        }
    }

    fn judged(name: &str, value: Literal) -> Option<(String, String)> {
        let option = NumberOption {
            name: name.to_owned(),
            value,
        };
        judge(&option).map(|(problem, hint)| (problem.english(), hint.english()))
    }

    fn text(value: &str) -> Literal {
        Literal::Text(value.to_owned())
    }

    fn number(value: &str) -> Literal {
        Literal::Number(value.to_owned())
    }

    #[test]
    fn honoured_options_pass() {
        assert_eq!(judged("useGrouping", text("false")), None);
        assert_eq!(judged("minimumIntegerDigits", number("3")), None);
        assert_eq!(judged("maximumFractionDigits", number("0")), None);
        assert_eq!(judged("style", text("decimal")), None);
        assert_eq!(judged("type", text("ordinal")), None);
    }

    #[test]
    fn percent_currency_and_significant_digits_say_what_to_write_instead() {
        let (problem, hint) = judged("style", text("percent")).unwrap();
        assert_eq!(
            problem,
            "uses `NUMBER(…, style: \"percent\")`, which diptych does not support"
        );
        assert!(hint.contains("`{ NUMBER($value) } %` in German"), "{hint}");
        let (_, hint) = judged("currency", text("EUR")).unwrap();
        assert!(hint.contains("€ { NUMBER($amount"), "{hint}");
        let (problem, hint) = judged("maximumSignificantDigits", number("2")).unwrap();
        assert!(problem.contains("maximumSignificantDigits: 2"), "{problem}");
        assert!(hint.contains("maximumFractionDigits"), "{hint}");
    }

    #[test]
    fn unknown_options_and_wrong_values_are_named() {
        let (problem, hint) = judged("minimumFractionDigit", number("2")).unwrap();
        assert_eq!(
            problem,
            "gives NUMBER the option `minimumFractionDigit`, which it does not have"
        );
        assert!(hint.contains("`minimumFractionDigits`"), "{hint}");
        let (problem, hint) = judged("minimumFractionDigits", text("2")).unwrap();
        assert_eq!(
            problem,
            "gives `minimumFractionDigits` the value \"2\"; it takes a whole number from 0 to 100"
        );
        assert_eq!(hint, "write it like `minimumFractionDigits: 2`");
        let (problem, _) = judged("useGrouping", number("0")).unwrap();
        assert_eq!(
            problem,
            "gives `useGrouping` the value 0; it takes \"true\" or \"false\""
        );
        assert!(judged("minimumIntegerDigits", number("0")).is_some());
    }
}
