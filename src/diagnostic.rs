//! What the build tells a writer: errors and warnings with a place and a cure.
//!
//! Every step of the pipeline reports problems as [`Diagnostic`]s instead of failing on the
//! first one, so that one run lists everything to fix. The library never prints; the
//! binary (or a future editor integration) decides how to show them, usually with
//! [`Diagnostic`]'s `Display`, which reads like a compiler message.

use std::fmt;
use std::path::{Path, PathBuf};

/// Whether a problem stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The site cannot be published like this; nothing is written.
    Error,
    /// The site is built, but a reader may notice (an error under `--strict`).
    Warning,
}

/// One problem, pointing into a file of the site folder where it can.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the site folder.
    pub file: Option<PathBuf>,
    /// 1-based line in `file`.
    pub line: Option<usize>,
    /// 1-based column in `line`, counted in characters.
    pub column: Option<usize>,
    /// What is wrong, in a writer's words.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
    /// The offending line as it stands in the file, shown under the message.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// A problem that stops the build.
    pub fn error(message: impl Into<String>) -> Self {
        Self::new(Severity::Error, message.into())
    }

    /// A problem worth a writer's attention that does not stop the build.
    pub fn warning(message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, message.into())
    }

    fn new(severity: Severity, message: String) -> Self {
        Diagnostic {
            severity,
            file: None,
            line: None,
            column: None,
            message,
            hint: None,
            source_line: None,
        }
    }

    /// Names the file the problem is in.
    pub fn in_file(mut self, file: impl AsRef<Path>) -> Self {
        self.file = Some(file.as_ref().to_path_buf());
        self
    }

    /// Points at a line and column of the file, quoting that line from `text` (the whole file).
    pub fn at(mut self, text: &str, line: usize, column: usize) -> Self {
        self.line = Some(line);
        self.column = Some(column.max(1));
        self.source_line = text.lines().nth(line.saturating_sub(1)).map(str::to_owned);
        self
    }

    /// Adds the one-line advice shown under the message.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Turns a warning into an error, as `--strict` asks.
    pub fn into_error(mut self) -> Self {
        self.severity = Severity::Error;
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Orders problems as a writer reads them: by file, then line, then column.
    fn sort_key(&self) -> (Option<&PathBuf>, usize, usize, Severity, &str) {
        (
            self.file.as_ref(),
            self.line.unwrap_or(0),
            self.column.unwrap_or(0),
            self.severity,
            &self.message,
        )
    }
}

/// Sorts problems by file, line and column so a report reads top to bottom.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

impl fmt::Display for Diagnostic {
    /// Renders like a compiler message:
    ///
    /// ```text
    /// error: unknown front matter key `titel`
    ///   --> content/strategie/ambities.nl.md:2:1
    ///    |
    ///  2 | titel: Ambities
    ///    | ^
    ///    = hint: …
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let gutter = self.line.map_or(1, |line| line.to_string().len());
        let pad = " ".repeat(gutter);
        if let Some(file) = &self.file {
            let mut place = file.display().to_string();
            if let Some(line) = self.line {
                place.push_str(&format!(":{line}"));
                if let Some(column) = self.column {
                    place.push_str(&format!(":{column}"));
                }
            }
            writeln!(f, "{pad}--> {place}")?;
        }
        if let (Some(line), Some(text)) = (self.line, &self.source_line) {
            writeln!(f, "{pad} |")?;
            writeln!(f, "{line} | {text}")?;
            let column = self.column.unwrap_or(1);
            let indent: String = text
                .chars()
                .take(column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{pad} | {indent}^")?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{pad} = hint: {hint}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_place_line_marker_and_hint() {
        let text = "---\ntitel: Ambities\n---\n";
        let diagnostic = Diagnostic::error("unknown front matter key `titel`")
            .in_file("content/a.nl.md")
            .at(text, 2, 1)
            .with_hint("did you mean `title`?");
        assert_eq!(
            diagnostic.to_string(),
            "error: unknown front matter key `titel`\n --> content/a.nl.md:2:1\n  |\n2 | titel: Ambities\n  | ^\n  = hint: did you mean `title`?\n"
        );
    }

    #[test]
    fn sorts_by_file_then_line() {
        let mut list = vec![
            Diagnostic::error("b").in_file("b.md").at("x\ny", 1, 1),
            Diagnostic::error("a2").in_file("a.md").at("x\ny", 2, 1),
            Diagnostic::error("a1").in_file("a.md").at("x\ny", 1, 1),
        ];
        sort(&mut list);
        let order: Vec<_> = list.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["a1", "a2", "b"]);
    }
}
