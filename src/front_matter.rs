//! Splits a content file into its YAML front matter and Markdown body, and reads the
//! front matter into [`FrontMatter`].
//!
//! Pure functions on text: no file system, so the splitter can be tested (and fuzzed)
//! alone. Positions in errors are lines of the whole file, not of the YAML block.

use serde::Deserialize;

use crate::words::{Text, text};
use crate::yaml;

/// The keys a page or section may set between its `---` lines.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    /// Shown as the page's heading, in navigation and in the browser tab. Required.
    #[serde(deserialize_with = "yaml::text")]
    pub title: String,
    /// The last part of the URL in this language; defaults to the file's key.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub slug: Option<String>,
    /// One sentence for search engines and link previews.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub description: Option<String>,
    /// Ordering within a section (lower first, then by title).
    pub weight: Option<i64>,
    /// Left out of the build unless `--drafts` is given.
    #[serde(default)]
    pub draft: bool,
    /// A template of the theme to use instead of `page.html` / `section.html`.
    #[serde(default, deserialize_with = "yaml::optional_text")]
    pub template: Option<String>,
    /// Free-form data for templates and shortcodes: figures, lists, icons.
    #[serde(default = "empty_map")]
    pub extra: serde_json::Value,
}

fn empty_map() -> serde_json::Value {
    serde_json::Value::Object(Default::default())
}

/// A content file taken apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<'a> {
    /// The front matter, checked.
    pub front: FrontMatter,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
    /// The 1-based line of the file on which `body` starts.
    pub body_line: usize,
}

/// Why a file's front matter could not be read; positions are in the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: Text,
    /// How to fix it.
    pub hint: Text,
}

const FENCE: &str = "---";

/// Splits `text` and reads its front matter. A byte-order mark and CRLF line ends are fine.
pub fn parse(text: &str) -> Result<Parsed<'_>, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (yaml_text, body, body_line) = split(text)?;
    let front: FrontMatter = yaml::parse(yaml_text).map_err(|error| FrontMatterError {
        line: error.line + 1,
        column: error.column,
        message: text!("front-matter-problem", problem = error.message),
        hint: (error.hint).unwrap_or_else(|| text!("front-matter-problem-hint")),
    })?;
    if front.title.trim().is_empty() {
        let (line, column) = yaml::place_of(yaml_text, "title").unwrap_or((1, 1));
        return Err(FrontMatterError {
            line: line + 1,
            column,
            message: text!("front-matter-empty-title"),
            hint: text!("front-matter-empty-title-hint"),
        });
    }
    Ok(Parsed {
        front,
        body,
        body_line,
    })
}

/// Where the value of front matter `key` stands in the whole file `text`, line and column,
/// as the YAML parser found it (the key itself when it has no value).
pub(crate) fn position_of(text: &str, key: &str) -> Option<(usize, usize)> {
    let (yaml_text, _, _) = split(text.strip_prefix('\u{feff}').unwrap_or(text)).ok()?;
    let (line, column) = yaml::place_of(yaml_text, key)?;
    Some((line + 1, column))
}

/// Returns the YAML between the fences, the body, and the body's first line number.
fn split(text: &str) -> Result<(&str, &str, usize), FrontMatterError> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != FENCE {
        return Err(FrontMatterError {
            line: 1,
            column: 1,
            message: text!("front-matter-missing"),
            hint: text!("front-matter-missing-hint"),
        });
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (index, line) in lines.enumerate() {
        if line.trim_end() == FENCE {
            let yaml = &text[yaml_start..offset];
            let body = &text[offset + line.len()..];
            return Ok((yaml, body, index + 3));
        }
        offset += line.len();
    }
    Err(FrontMatterError {
        line: 1,
        column: 1,
        message: text!("front-matter-unclosed"),
        hint: text!("front-matter-unclosed-hint"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_from_body() {
        let parsed = parse("---\ntitle: Ambities\nweight: 2\n---\n# Hallo\n").unwrap();
        assert_eq!(parsed.front.title, "Ambities");
        assert_eq!(parsed.front.weight, Some(2));
        assert_eq!(parsed.body, "# Hallo\n");
        assert_eq!(parsed.body_line, 5);
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let parsed = parse("\u{feff}---\r\ntitle: Ambities\r\n---\r\nTekst\r\n").unwrap();
        assert_eq!(parsed.front.title, "Ambities");
        assert_eq!(parsed.body, "Tekst\r\n");
        assert_eq!(parsed.body_line, 4);
    }

    #[test]
    fn file_with_only_front_matter_has_empty_body() {
        let parsed = parse("---\ntitle: A\n---").unwrap();
        assert_eq!(parsed.body, "");
    }

    #[test]
    fn missing_closing_fence_points_at_line_one() {
        let error = parse("---\ntitle: A\nTekst\n").unwrap_err();
        assert_eq!(error.line, 1);
        assert!(error.message.english().contains("no closing `---`"));
    }

    #[test]
    fn empty_file_has_no_front_matter() {
        let error = parse("").unwrap_err();
        assert!(
            error
                .message
                .english()
                .contains("does not start with front matter")
        );
    }

    #[test]
    fn yaml_positions_are_lines_of_the_file() {
        let error = parse("---\ntitle: A\ntitel: B\n---\n").unwrap_err();
        assert_eq!((error.line, error.column), (3, 1));
        assert_eq!(error.message, "front matter: unknown key `titel`");
    }

    #[test]
    fn a_title_that_is_a_list_is_refused() {
        let error = parse("---\ntitle: [a, b]\n---\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(
            error.hint.english().contains("must be text"),
            "{}",
            error.hint
        );
    }

    #[test]
    fn a_title_that_is_a_number_is_text() {
        assert_eq!(
            parse("---\ntitle: 2023\n---\n").unwrap().front.title,
            "2023"
        );
    }
}
