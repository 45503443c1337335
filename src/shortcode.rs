//! Finds shortcodes in Markdown: `{{ chart(of="access_chart") }}` or
//! `{{ percent(of="access.twente_60") }}`, a name and keyword arguments between double
//! braces. Each is expanded by the theme's template `shortcodes/<name>.html`.
//!
//! `{{/* percent(of="x") */}}` writes the call itself, `{{ percent(of="x") }}`, as text:
//! the way to show a shortcode in prose. (In code spans and code blocks nothing is
//! expanded at all; the Markdown step leaves those alone.)
//!
//! Pure text scanning, no templates: the caller decides what a call becomes.

use crate::words::{Text, text};

/// One argument value: text in double quotes, a number, or `true`/`false`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum ArgValue {
    /// `"…"`
    Text(String),
    /// `12.5`
    Number(f64),
    /// `true` or `false`
    Bool(bool),
}

/// A shortcode call found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// Byte range of the whole `{{ … }}` in the text.
    pub span: std::ops::Range<usize>,
    /// The shortcode's name.
    pub name: String,
    /// Arguments in the order written.
    pub args: Arguments,
}

/// What `{{ … }}` in a text turns out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Shortcode {
    /// A call to expand.
    Call(Call),
    /// `{{/* … */}}`: a call written out as text, `{{ … }}`.
    Literal {
        /// Byte range of the whole `{{/* … */}}` in the text.
        span: std::ops::Range<usize>,
        /// What it stands for: the call without its `/*` and `*/`.
        text: String,
    },
}

impl Shortcode {
    /// Where it stands in the text.
    pub fn span(&self) -> &std::ops::Range<usize> {
        match self {
            Shortcode::Call(call) => &call.span,
            Shortcode::Literal { span, .. } => span,
        }
    }
}

/// Opens and closes a call written out as text.
const LITERAL_OPEN: &str = "{{/*";
const LITERAL_CLOSE: &str = "*/}}";

/// Name and value of each argument, in the order written.
pub(crate) type Arguments = Vec<(String, ArgValue)>;

/// A `{{ name(` that does not continue as a shortcode should.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    /// Byte offset of the `{{`.
    pub offset: usize,
    /// What is wrong.
    pub message: Text,
}

/// Every shortcode call (or call written out) in `text`, in order. `{{` that is not
/// followed by `name(` is ordinary text and left alone.
pub fn find_calls(text: &str) -> Vec<Result<Shortcode, Malformed>> {
    let mut calls = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("{{") {
        let start = from + found;
        if let Some(literal) = literal_at(text, start) {
            from = literal.span().end;
            calls.push(Ok(literal));
            continue;
        }
        let mut cursor = Cursor {
            text,
            at: start + 2,
        };
        match cursor.call() {
            Some(Ok((name, args))) => {
                calls.push(Ok(Shortcode::Call(Call {
                    span: start..cursor.at,
                    name,
                    args,
                })));
                from = cursor.at;
            }
            Some(Err(message)) => {
                calls.push(Err(Malformed {
                    offset: start,
                    message,
                }));
                from = start + 2;
            }
            None => from = start + 2,
        }
    }
    calls
}

/// `{{/* … */}}` starting at `start`, on one line.
fn literal_at(text: &str, start: usize) -> Option<Shortcode> {
    let inner_start = start + LITERAL_OPEN.len();
    if !text[start..].starts_with(LITERAL_OPEN) {
        return None;
    }
    let line = &text[inner_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let inner = &line[..line.find(LITERAL_CLOSE)?];
    let end = inner_start + inner.len() + LITERAL_CLOSE.len();
    Some(Shortcode::Literal {
        span: start..end,
        text: format!("{{{{{inner}}}}}"),
    })
}

struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn skip_spaces(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t']).len();
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_spaces();
        if self.rest().starts_with(token) {
            self.at += token.len();
            true
        } else {
            false
        }
    }

    fn identifier(&mut self) -> Option<String> {
        self.skip_spaces();
        let rest = self.rest();
        let length = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if length == 0 || rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        self.at += length;
        Some(rest[..length].to_owned())
    }

    /// `None` when this is no shortcode at all; `Some(Err)` when it starts as one but breaks.
    fn call(&mut self) -> Option<Result<(String, Arguments), Text>> {
        let name = self.identifier()?;
        if !self.eat("(") {
            return None;
        }
        Some(self.arguments().map(|args| (name, args)))
    }

    fn arguments(&mut self) -> Result<Arguments, Text> {
        let mut args = Vec::new();
        if self.eat(")") {
            return self.close().map(|()| args);
        }
        loop {
            let name = self
                .identifier()
                .ok_or_else(|| text!("shortcode-expected-name"))?;
            if !self.eat("=") {
                return Err(text!("shortcode-expected-equals", name = name));
            }
            args.push((name, self.value()?));
            if self.eat(")") {
                return self.close().map(|()| args);
            }
            if !self.eat(",") {
                return Err(text!("shortcode-expected-comma"));
            }
        }
    }

    fn close(&mut self) -> Result<(), Text> {
        if self.eat("}}") {
            Ok(())
        } else {
            Err(text!("shortcode-expected-close"))
        }
    }

    fn value(&mut self) -> Result<ArgValue, Text> {
        self.skip_spaces();
        let rest = self.rest();
        if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted
                .find('"')
                .ok_or_else(|| text!("shortcode-unclosed-quote"))?;
            self.at += end + 2;
            return Ok(ArgValue::Text(quoted[..end].to_owned()));
        }
        for (word, value) in [("true", true), ("false", false)] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Ok(ArgValue::Bool(value));
            }
        }
        let length = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .unwrap_or(rest.len());
        let number = rest[..length]
            .parse::<f64>()
            .map_err(|_| text!("shortcode-bad-value"))?;
        self.at += length;
        Ok(ArgValue::Number(number))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_calls_with_arguments() {
        let text = "Slechts {{ percent(of=\"access.twente\") }} van {{ chart(of=\"x\", height=3, big=true) }}.";
        let calls: Vec<Call> = find_calls(text)
            .into_iter()
            .filter_map(|found| match found {
                Ok(Shortcode::Call(call)) => Some(call),
                _ => None,
            })
            .collect();
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].name, "percent");
        assert_eq!(
            &text[calls[0].span.clone()],
            "{{ percent(of=\"access.twente\") }}"
        );
        assert_eq!(
            calls[1].args,
            vec![
                ("of".to_owned(), ArgValue::Text("x".to_owned())),
                ("height".to_owned(), ArgValue::Number(3.0)),
                ("big".to_owned(), ArgValue::Bool(true)),
            ]
        );
    }

    #[test]
    fn ordinary_braces_are_text() {
        assert!(find_calls("{{ not a call }} and {{x}}").is_empty());
    }

    #[test]
    fn a_call_can_be_written_out() {
        let text = "Write {{/* percent(of=\"x\") */}} for a percentage.";
        let found = find_calls(text);
        assert_eq!(found.len(), 1);
        match &found[0] {
            Ok(Shortcode::Literal { span, text: shown }) => {
                assert_eq!(&text[span.clone()], "{{/* percent(of=\"x\") */}}");
                assert_eq!(shown, "{{ percent(of=\"x\") }}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn broken_calls_are_reported() {
        let found = find_calls("a {{ chart(of=\"x\" }}");
        assert_eq!(found.len(), 1);
        let error = found[0].clone().unwrap_err();
        assert_eq!(error.offset, 2);
        assert!(error.message.english().contains("`,` or `)`"));
    }
}
