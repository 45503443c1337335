//! The one place that reads YAML (site.yaml and front matter).
//!
//! serde_yaml is archived upstream; keeping every call to it here means a maintained
//! successor replaces it in this file alone. Errors come back as plain positions and
//! messages reworded for writers, never as the parser's own types.

use serde::de::DeserializeOwned;

/// A YAML problem, with its 1-based position inside the YAML text that was parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YamlError {
    /// 1-based line within the YAML text.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What went wrong, in plain words.
    pub message: String,
    /// How to fix it, when we can tell.
    pub hint: Option<String>,
}

/// Parses `text` into `T`. An empty text parses as an empty mapping, so that a missing
/// required key is reported as missing rather than as "empty file".
pub(crate) fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    let text = if text.trim().is_empty() { "{}" } else { text };
    serde_yaml::from_str(text).map_err(|error| {
        let (line, column) = error
            .location()
            .map_or((1, 1), |place| (place.line(), place.column()));
        let indented_with_tab = text
            .lines()
            .nth(line.saturating_sub(1))
            .is_some_and(|l| l[..l.len() - l.trim_start().len()].contains('\t'));
        let (message, hint) = if indented_with_tab {
            explain("tab character")
        } else {
            explain(&error.to_string())
        };
        YamlError {
            line,
            column,
            message,
            hint,
        }
    })
}

/// Writes `value` as YAML.
pub(crate) fn to_string<T: serde::Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).unwrap_or_default()
}

/// Turns serde's wording ("unknown field `titel`, expected one of …") into a writer's.
fn explain(raw: &str) -> (String, Option<String>) {
    let raw = raw.split(" at line ").next().unwrap_or(raw);
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default();
        let allowed = rest
            .split_once("expected ")
            .map(|(_, list)| list.replace("one of ", ""))
            .unwrap_or_default();
        return (
            format!("unknown key `{key}`"),
            Some(format!(
                "check the spelling; the keys allowed here are {allowed}"
            )),
        );
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or_default();
        return (
            format!("the required key `{key}` is missing"),
            Some(format!("add a line `{key}: …`")),
        );
    }
    if let Some((path, what)) = raw.split_once(": invalid type: ") {
        let (found, expected) = what
            .split_once(", expected ")
            .unwrap_or((what, "another type"));
        return (
            format!("`{path}` has the wrong kind of value: it is {found}"),
            Some(format!("`{path}` must be {}", plain_type(expected))),
        );
    }
    if raw.contains("tab character") {
        return (
            "a tab is used for indenting".to_owned(),
            Some("YAML must be indented with spaces, not tabs".to_owned()),
        );
    }
    if raw.contains("repetition limit") || raw.contains("recursion limit") {
        return (
            "the YAML nests or repeats itself too deeply".to_owned(),
            Some("remove the `&anchor`/`*alias` repetitions".to_owned()),
        );
    }
    (
        format!("the YAML cannot be read: {raw}"),
        Some("check the indentation, and put text with `:` or `#` in quotes".to_owned()),
    )
}

/// Says serde's type names the way a writer would.
fn plain_type(expected: &str) -> &str {
    match expected {
        "a string" => "text",
        "i64" | "u64" | "i32" | "u32" | "usize" => "a whole number",
        "a boolean" => "`true` or `false`",
        "a map" | "struct" => "a list of `key: value` lines",
        "a sequence" => "a list",
        other => other,
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
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let error = parse::<Sample>("title: a\ntitel: b\n").unwrap_err();
        assert_eq!((error.line, error.column), (2, 1));
        assert_eq!(error.message, "unknown key `titel`");
        assert!(error.hint.unwrap().contains("`title`"));
    }

    #[test]
    fn wrong_type_says_what_is_expected() {
        let error = parse::<Sample>("title: x\nweight: abc\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("`weight`"));
        assert_eq!(error.hint.unwrap(), "`weight` must be a whole number");
    }

    #[test]
    fn empty_text_reports_missing_title() {
        let error = parse::<Sample>("").unwrap_err();
        assert_eq!(error.message, "the required key `title` is missing");
    }

    #[test]
    fn exponential_aliases_are_refused() {
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n";
        assert!(parse::<serde_json::Value>(bomb).is_err());
    }
}
