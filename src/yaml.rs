//! The one place that reads YAML (site.yaml, front matter, the translation record).
//!
//! serde_yaml reads the text into a YAML value (its syntax errors come with their place);
//! the value is then checked against the expected shape with an error type of our own
//! ([`Problem`]), so every message is built from what went wrong (an unknown key, a
//! missing one, a value of the wrong kind) rather than from serde's English wording, and
//! serde_path_to_error says *where* in the data it went wrong. A second reading with
//! saphyr's event parser knows the line and column of every key and value, so the place
//! is known, not guessed: also for a key in quotes, a key inside `extra`, or an item of a
//! list. serde_yaml is archived upstream; keeping every call to it here means a maintained
//! successor replaces it in this file alone.

use std::collections::BTreeMap;
use std::fmt;

use crate::words::{Text, text};
use saphyr_parser::{Event, Parser};
use serde::de::{DeserializeOwned, Expected, Unexpected};
use serde_value::{Value, ValueDeserializer};

/// A YAML problem, with its 1-based position inside the YAML text that was parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YamlError {
    /// 1-based line within the YAML text.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What went wrong, in plain words.
    pub message: Text,
    /// How to fix it, when we can tell.
    pub hint: Option<Text>,
}

/// Parses `text` into `T`. An empty text parses as an empty mapping, so that a missing
/// required key is reported as missing rather than as "empty file".
pub(crate) fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    let text = if text.trim().is_empty() { "{}" } else { text };
    if let Some((line, column)) = text.contains('*').then(|| first_alias(text)).flatten() {
        return Err(YamlError {
            line,
            column,
            message: text!("yaml-alias"),
            hint: Some(text!("yaml-alias-hint")),
        });
    }
    // Most files are right: read them straight away, and take the slower way that can tell
    // what is wrong, and where, only when that fails.
    if let Ok(value) = serde_yaml::from_str(text) {
        return Ok(value);
    }
    let value: serde_yaml::Value =
        serde_yaml::from_str(text).map_err(|error| syntax_error(text, &error))?;
    let deserializer = ValueDeserializer::<Problem>::new(plain(value));
    serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path: Vec<String> = error
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                _ => None,
            })
            .collect();
        explain(error.into_inner(), &path, &Places::of(text))
    })
}

/// The line and column of the value of the top-level `key` in `text` (of the key itself
/// when it has no value), as the YAML parser saw them.
pub(crate) fn place_of(text: &str, key: &str) -> Option<(usize, usize)> {
    let places = Places::of(text);
    let path = [key.to_owned()];
    places
        .values
        .get(path.as_slice())
        .or_else(|| places.keys.get(path.as_slice()))
        .copied()
}

/// Reads text, taking a number or `true`/`false` as the text it is written as, as YAML
/// writers expect: `title: 2023` is the title "2023". For `#[serde(deserialize_with)]`.
pub(crate) fn text<'de, D: serde::Deserializer<'de>>(from: D) -> Result<String, D::Error> {
    from.deserialize_any(TextVisitor).and_then(|text| {
        text.ok_or_else(|| serde::de::Error::invalid_type(Unexpected::Unit, &"text"))
    })
}

/// Like [`text`], for a key that may be left empty.
pub(crate) fn optional_text<'de, D: serde::Deserializer<'de>>(
    from: D,
) -> Result<Option<String>, D::Error> {
    from.deserialize_any(TextVisitor)
}

/// Text, or nothing for an empty value.
struct TextVisitor;

impl serde::de::Visitor<'_> for TextVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Some(text.to_owned()))
    }

    fn visit_u64<E: serde::de::Error>(self, number: u64) -> Result<Self::Value, E> {
        Ok(Some(number.to_string()))
    }

    fn visit_i64<E: serde::de::Error>(self, number: i64) -> Result<Self::Value, E> {
        Ok(Some(number.to_string()))
    }

    fn visit_f64<E: serde::de::Error>(self, number: f64) -> Result<Self::Value, E> {
        Ok(Some(number.to_string()))
    }

    fn visit_bool<E: serde::de::Error>(self, flag: bool) -> Result<Self::Value, E> {
        Ok(Some(flag.to_string()))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// Where the first alias (`*name`) stands, if there is one.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    Parser::new_from_str(text)
        .map_while(Result::ok)
        .find(|(event, _)| matches!(event, Event::Alias(_)))
        .map(|(_, span)| (span.start.line(), span.start.col() + 1))
}

/// Writes `value` as YAML.
pub(crate) fn to_string<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_yaml::to_string(value).map_err(|error| error.to_string())
}

/// A YAML value as plain data: map keys become text (a year as a key in `extra` is
/// text to a template), tags are dropped.
fn plain(value: serde_yaml::Value) -> Value {
    use serde_yaml::Value as Yaml;
    match value {
        Yaml::Null => Value::Unit,
        Yaml::Bool(flag) => Value::Bool(flag),
        Yaml::Number(number) => {
            if let Some(whole) = number.as_u64() {
                Value::U64(whole)
            } else if let Some(whole) = number.as_i64() {
                Value::I64(whole)
            } else {
                Value::F64(number.as_f64().unwrap_or(f64::NAN))
            }
        }
        Yaml::String(text) => Value::String(text),
        Yaml::Sequence(items) => Value::Seq(items.into_iter().map(plain).collect()),
        Yaml::Mapping(entries) => Value::Map(
            entries
                .into_iter()
                .map(|(key, value)| (Value::String(key_text(key)), plain(value)))
                .collect::<BTreeMap<_, _>>(),
        ),
        Yaml::Tagged(tagged) => plain(tagged.value),
    }
}

fn key_text(key: serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(text) => text,
        serde_yaml::Value::Number(number) => number.to_string(),
        serde_yaml::Value::Bool(flag) => flag.to_string(),
        serde_yaml::Value::Null => "~".to_owned(),
        other => serde_yaml::to_string(&other)
            .unwrap_or_default()
            .trim()
            .to_owned(),
    }
}

/// What did not fit the expected shape: the error type the shape check reports with.
#[derive(Debug)]
enum Problem {
    UnknownKey {
        key: String,
        allowed: &'static [&'static str],
    },
    MissingKey(&'static str),
    WrongKind {
        found: Text,
        expected: String,
    },
    UnknownChoice {
        found: String,
        allowed: &'static [&'static str],
    },
    Other(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Problem {}

impl serde::de::Error for Problem {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Problem::Other(message.to_string())
    }

    fn invalid_type(found: Unexpected, expected: &dyn Expected) -> Self {
        Problem::WrongKind {
            found: describe(&found),
            expected: expected.to_string(),
        }
    }

    fn invalid_value(found: Unexpected, expected: &dyn Expected) -> Self {
        Self::invalid_type(found, expected)
    }

    fn unknown_field(key: &str, allowed: &'static [&'static str]) -> Self {
        Problem::UnknownKey {
            key: key.to_owned(),
            allowed,
        }
    }

    fn unknown_variant(found: &str, allowed: &'static [&'static str]) -> Self {
        Problem::UnknownChoice {
            found: found.to_owned(),
            allowed,
        }
    }

    fn missing_field(key: &'static str) -> Self {
        Problem::MissingKey(key)
    }
}

/// A value as a writer would name it.
fn describe(value: &Unexpected) -> Text {
    match value {
        Unexpected::Bool(flag) => Text::verbatim(format!("`{flag}`")),
        Unexpected::Unsigned(number) => text!("yaml-found-number", number = number.to_string()),
        Unexpected::Signed(number) => text!("yaml-found-number", number = number.to_string()),
        Unexpected::Float(number) => text!("yaml-found-number", number = number.to_string()),
        Unexpected::Str(found) => text!("yaml-found-text", text = *found),
        Unexpected::Unit => text!("yaml-found-empty"),
        Unexpected::Seq => text!("yaml-kind-list"),
        Unexpected::Map => text!("yaml-kind-map"),
        other => Text::verbatim(other.to_string()),
    }
}

/// Turns a shape problem at `path` into a message at the place it concerns.
fn explain(problem: Problem, path: &[String], places: &Places) -> YamlError {
    let name = path.last().map_or("the value", String::as_str);
    let at_value = places.value(path);
    let (place, message, hint) = match problem {
        Problem::UnknownKey { key, allowed } => {
            // The path may or may not end with the key already, depending on where the
            // check stopped.
            let mut inner = path.to_vec();
            if inner.last() != Some(&key) {
                inner.push(key.clone());
            }
            let hint = match crate::suggest::nearest(&key, allowed.iter().copied()) {
                Some(near) => text!("did-you-mean", name = near),
                None => text!("yaml-unknown-key-hint", allowed = quoted_list(allowed)),
            };
            (
                places.key(&inner),
                text!("yaml-unknown-key", key = key),
                hint,
            )
        }
        Problem::MissingKey(key) => (
            at_value,
            text!("yaml-missing-key", key = key),
            text!("yaml-missing-key-hint", key = key),
        ),
        Problem::WrongKind { found, expected } => (
            at_value,
            text!("yaml-wrong-kind", name = name, found = found),
            text!(
                "yaml-wrong-kind-hint",
                name = name,
                kind = plain_kind(&expected)
            ),
        ),
        Problem::UnknownChoice { found, allowed } => (
            at_value,
            text!("yaml-unknown-choice", name = name, found = found),
            text!("yaml-unknown-choice-hint", allowed = quoted_list(allowed)),
        ),
        Problem::Other(message) => (
            at_value,
            Text::verbatim(format!("`{name}`: {message}")),
            text!("yaml-other-hint"),
        ),
    };
    let (line, column) = place.unwrap_or((1, 1));
    YamlError {
        line,
        column,
        message,
        hint: Some(hint),
    }
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Says serde's names for the expected kinds the way a writer would.
fn plain_kind(expected: &str) -> Text {
    match expected {
        "a string" | "text" => text!("yaml-kind-text"),
        "i64" | "u64" | "i32" | "u32" | "usize" => text!("yaml-kind-whole-number"),
        "a boolean" => text!("yaml-kind-boolean"),
        "a map" | "struct" => text!("yaml-kind-map"),
        "a sequence" => text!("yaml-kind-list"),
        other => Text::verbatim(other),
    }
}

/// A syntax error, where serde_yaml found it.
fn syntax_error(text: &str, error: &serde_yaml::Error) -> YamlError {
    let (line, column) = error
        .location()
        .map_or((1, 1), |place| (place.line(), place.column()));
    // The parser often notices a mistake lines after it was made (an unclosed quote at the
    // end of the text): the first line up to its place that shows a known mistake is where
    // the writer has to look.
    let lines: Vec<&str> = text.lines().collect();
    let mistake = |index: usize| {
        known_mistake(lines[index]).or_else(|| stray_indent(&lines[..index], lines[index]))
    };
    if let Some(found) = (0..line.min(lines.len())).find_map(|i| mistake(i).map(|m| (i + 1, m))) {
        let (at, (column, message, hint)) = found;
        return YamlError {
            line: at,
            column,
            message,
            hint: Some(hint),
        };
    }
    let what = error.to_string();
    let what = what.split(" at line ").next().unwrap_or(&what).to_owned();
    YamlError {
        line,
        column,
        message: text!("yaml-unreadable", what = what),
        hint: Some(text!("yaml-unreadable-hint")),
    }
}

/// A key indented more than the one before it, where nothing above opens a group for it
/// (the key above has its value on its own line already).
fn stray_indent(above: &[&str], line: &str) -> Option<(usize, Text, Text)> {
    let indent = line.len() - line.trim_start().len();
    let content = |l: &&str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
    let previous = above.iter().rev().find(|l| content(l));
    let previous_indent = previous.map_or(0, |l| l.len() - l.trim_start().len());
    let opens_group = previous.is_some_and(|l| {
        let l = l.trim_end();
        l.ends_with(':') || l.trim_start().starts_with("- ") || l.ends_with(['|', '>'])
    });
    let is_key = line.trim_start().split_once(':').is_some();
    (indent > previous_indent && !opens_group && is_key && content(&line)).then(|| {
        (
            1,
            text!("yaml-stray-indent"),
            text!("yaml-stray-indent-hint"),
        )
    })
}

/// The everyday mistake on one line of YAML, if it shows one: its column, what is wrong
/// and how to write it instead.
fn known_mistake(line: &str) -> Option<(usize, Text, Text)> {
    let indent = line.len() - line.trim_start().len();
    let column = |byte: usize| line[..byte].chars().count() + 1;
    if line[..indent].contains('\t') {
        return Some((1, text!("yaml-tab"), text!("yaml-tab-hint")));
    }
    let rest = &line[indent..];
    let rest = rest.strip_prefix("- ").unwrap_or(rest);
    let key_end = rest.find(':')?;
    let key = &rest[..key_end];
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    let key_column = line.len() - rest.len();
    let after = &rest[key_end + 1..];
    if !after.is_empty() && !after.starts_with([' ', '\t']) {
        return Some((
            column(key_column + key_end + 1),
            text!("yaml-space-after-colon", key = key),
            text!("yaml-space-after-colon-hint", key = key, after = after),
        ));
    }
    let value_at = key_column + key_end + 1 + (after.len() - after.trim_start().len());
    let (message, hint) = mistake_in_value(key, after.trim())?;
    Some((column(value_at), message, hint))
}

/// The everyday mistake in the value of `key` (trimmed), if it shows one: what is wrong
/// and how to write it instead.
fn mistake_in_value(key: &str, value: &str) -> Option<(Text, Text)> {
    let quoted = |text: &str| format!("`{key}: \"{}\"`", text.replace('"', "'"));
    if let Some(quote) = value.chars().next().filter(|c| matches!(c, '"' | '\''))
        && !value[1..].contains(quote)
    {
        return Some((
            text!("yaml-unclosed-quote", key = key),
            text!(
                "yaml-unclosed-quote-hint",
                quote = quote.to_string(),
                written = quoted(value.trim_start_matches(quote))
            ),
        ));
    }
    if let Some(quote) = value.chars().next().filter(|c| matches!(c, '"' | '\''))
        && let Some(close) = value[1..].find(quote)
        && !value[close + 2..].trim().is_empty()
        && !value[close + 2..].trim().starts_with('#')
    {
        return Some((
            text!("yaml-text-after-quote", key = key),
            text!(
                "yaml-text-after-quote-hint",
                written = quoted(&value.replace(quote, ""))
            ),
        ));
    }
    if let Some((open, close)) = [('[', ']'), ('{', '}')]
        .into_iter()
        .find(|(open, close)| value.starts_with(*open) && !value.contains(*close))
    {
        return Some((
            text!("yaml-unclosed-list", open = open.to_string(), key = key),
            text!(
                "yaml-unclosed-list-hint",
                close = close.to_string(),
                written = quoted(value)
            ),
        ));
    }
    if value.contains(": ") && !value.starts_with(['"', '\'', '[', '{']) {
        return Some((
            text!("yaml-colon-in-text", key = key),
            text!("yaml-quote-it-hint", written = quoted(value)),
        ));
    }
    if let Some(first) = value.chars().next().filter(|c| "@`%".contains(*c)) {
        return Some((
            text!("yaml-bad-first-character", first = first.to_string()),
            text!("yaml-quote-it-hint", written = quoted(value)),
        ));
    }
    None
}

/// Where each key and each value of a YAML text stands, by path (`extra`, `access`, `0`).
#[derive(Debug, Default)]
struct Places {
    keys: BTreeMap<Vec<String>, (usize, usize)>,
    values: BTreeMap<Vec<String>, (usize, usize)>,
}

/// One open mapping or list while reading the events.
enum Open {
    /// A mapping; the key just read, when its value comes next.
    Mapping(Option<String>),
    /// A list, with the number of items so far.
    List(usize),
}

impl Places {
    /// Reads the events of `text`; a text saphyr cannot read gives what was read so far.
    fn of(text: &str) -> Places {
        let mut places = Places::default();
        let mut path: Vec<String> = Vec::new();
        let mut open: Vec<Open> = Vec::new();
        for (event, span) in Parser::new_from_str(text).map_while(Result::ok) {
            let at = (span.start.line(), span.start.col() + 1);
            let starts_node = matches!(
                event,
                Event::Scalar(..)
                    | Event::Alias(_)
                    | Event::MappingStart(..)
                    | Event::SequenceStart(..)
            );
            if starts_node {
                if let Some(Open::Mapping(None)) = open.last()
                    && let Event::Scalar(key, ..) = &event
                {
                    path.push(key.to_string());
                    places.keys.insert(path.clone(), at);
                    if let Some(mapping) = open.last_mut() {
                        *mapping = Open::Mapping(Some(key.to_string()));
                    }
                    continue;
                }
                if let Some(Open::List(count)) = open.last_mut() {
                    path.push(count.to_string());
                    *count += 1;
                }
                places.values.entry(path.clone()).or_insert(at);
            }
            match event {
                Event::MappingStart(..) => open.push(Open::Mapping(None)),
                Event::SequenceStart(..) => open.push(Open::List(0)),
                Event::MappingEnd | Event::SequenceEnd => {
                    open.pop();
                    Self::close_node(&mut path, &mut open);
                }
                Event::Scalar(..) | Event::Alias(_) => Self::close_node(&mut path, &mut open),
                _ => {}
            }
        }
        places
    }

    /// After a whole node: its path segment ends, and its mapping waits for a key again.
    fn close_node(path: &mut Vec<String>, open: &mut [Open]) {
        match open.last_mut() {
            Some(Open::Mapping(key @ Some(_))) => {
                *key = None;
                path.pop();
            }
            Some(Open::List(_)) => {
                path.pop();
            }
            _ => {}
        }
    }

    /// The line and column of the key at `path`, else of its value.
    fn key(&self, path: &[String]) -> Option<(usize, usize)> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }

    /// The line and column of the value at `path`, else of the nearest enclosing one.
    fn value(&self, path: &[String]) -> Option<(usize, usize)> {
        (0..=path.len())
            .rev()
            .find_map(|length| self.values.get(&path[..length]).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        weight: Option<i64>,
        #[serde(default)]
        extra: serde_json::Value,
        #[serde(default)]
        list: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        value: f64,
    }

    #[test]
    fn unknown_key_names_key_and_line_and_the_nearest_one() {
        let error = parse::<Sample>("title: a\ntitel: b\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 1));
        assert_eq!(error.message, "unknown key `titel`");
        assert_eq!(error.hint.unwrap(), "did you mean `title`?");
    }

    #[test]
    fn a_key_in_quotes_is_found_where_it_stands() {
        let error = parse::<Sample>("title: a\n\"wieght\": 3\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 1), "{error:?}");
        assert_eq!(error.hint.unwrap(), "did you mean `weight`?");
    }

    #[test]
    fn a_wrong_value_deep_in_a_list_is_found_where_it_stands() {
        let text = "title: a\nlist:\n  - value: 1\n  - value: many\n";
        let error = parse::<Sample>(text).unwrap_err();
        assert_eq!((error.line, error.column), (4, 12), "{error:?}");
        assert_eq!(
            error.message,
            "`value` has the wrong kind of value: it is the text \"many\""
        );
    }

    #[test]
    fn wrong_type_says_what_is_expected() {
        let error = parse::<Sample>("title: x\nweight: abc\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 9));
        assert!(error.message.english().contains("`weight`"));
        assert_eq!(error.hint.unwrap(), "`weight` must be a whole number");
    }

    #[test]
    fn places_of_keys_come_from_the_parser() {
        let text = "title: a\n\"slug\":   Über\nextra:\n  slug: x\n";
        assert_eq!(place_of(text, "slug"), Some((2, 11)));
        assert_eq!(place_of(text, "weight"), None);
    }

    #[test]
    fn empty_text_reports_missing_title() {
        let error = parse::<Sample>("").unwrap_err();
        assert_eq!(error.message, "the required key `title` is missing");
    }

    #[test]
    fn years_as_keys_in_extra_are_text() {
        let sample = parse::<Sample>("title: a\nextra:\n  2023: 5\n").unwrap();
        assert_eq!(sample.extra["2023"], 5);
    }

    #[test]
    fn exponential_aliases_are_refused_at_the_first_alias() {
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n";
        let error = parse::<serde_json::Value>(bomb).unwrap_err();
        assert_eq!((error.line, error.column), (2, 8));
    }
}
