//! What the build tells a writer: errors and warnings with a place and a cure.
//!
//! Every step of the pipeline reports problems as [`Diagnostic`]s instead of failing on the
//! first one, so that one run lists everything to fix. The library never prints; the
//! binary (or a future editor integration) decides how to show them, usually with
//! [`Diagnostic`]'s `Display`, which reads like a compiler message: it is rendered by
//! annotate-snippets (as rustc and cargo render theirs), so the marker lines up under
//! wide and combining characters and one message can mark several places.

use std::fmt;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet};

use crate::words::{Text, UiLang, text};

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
    pub message: Text,
    /// How to fix it.
    pub hint: Option<Text>,
    /// The offending line as it stands in the file, shown under the message.
    pub source_line: Option<String>,
    /// Other places the problem involves (the other page on the same address, …).
    pub also: Vec<Place>,
}

/// Another place a problem involves, with a word on its part in it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Place {
    /// The file, relative to the site folder.
    pub file: PathBuf,
    /// 1-based line, when known, with the line as it stands in the file.
    pub line: Option<(usize, String)>,
    /// What this place has to do with the problem.
    pub label: Text,
}

impl Diagnostic {
    /// The site could not be written into `out_dir` (at `path`, when one file failed). A
    /// full disk fails every file alike, so it is one message without a file name.
    pub(crate) fn cannot_write(out_dir: &Path, path: Option<&str>, error: &std::io::Error) -> Self {
        if matches!(
            error.kind(),
            std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
        ) {
            return Diagnostic::error(text!("disk-full"))
                .in_file(out_dir)
                .with_hint(text!("disk-full-hint"));
        }
        let message = match path {
            Some(path) => text!("cannot-write-file", path = path, error = error),
            None => text!("cannot-write-site", error = error),
        };
        Diagnostic::error(message)
            .in_file(out_dir)
            .with_hint(text!("cannot-write-hint"))
    }

    /// A problem that stops the build.
    pub fn error(message: impl Into<Text>) -> Self {
        Self::new(Severity::Error, message.into())
    }

    /// A problem worth a writer's attention that does not stop the build.
    pub fn warning(message: impl Into<Text>) -> Self {
        Self::new(Severity::Warning, message.into())
    }

    fn new(severity: Severity, message: Text) -> Self {
        Diagnostic {
            severity,
            file: None,
            line: None,
            column: None,
            message,
            hint: None,
            source_line: None,
            also: Vec::new(),
        }
    }

    /// Marks another place the problem involves, at a line of that file (`text`, whole).
    pub(crate) fn also_at(
        mut self,
        file: impl AsRef<Path>,
        text: &str,
        line: usize,
        label: impl Into<Text>,
    ) -> Self {
        self.also.push(Place {
            file: file.as_ref().to_path_buf(),
            line: text
                .lines()
                .nth(line.saturating_sub(1))
                .map(|quoted| (line, quoted.to_owned())),
            label: label.into(),
        });
        self
    }

    /// Names the file the problem is in.
    pub(crate) fn in_file(mut self, file: impl AsRef<Path>) -> Self {
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
    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Turns a warning into an error, as `--strict` asks.
    pub(crate) fn into_error(mut self) -> Self {
        self.severity = Severity::Error;
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Orders problems as a writer reads them: by file, then line, then column.
    fn sort_key(
        &self,
    ) -> (
        Option<&PathBuf>,
        usize,
        usize,
        Severity,
        &Text,
        Option<&Text>,
    ) {
        (
            self.file.as_ref(),
            self.line.unwrap_or(0),
            self.column.unwrap_or(0),
            self.severity,
            &self.message,
            self.hint.as_ref(),
        )
    }
}

/// Sorts problems by file, line and column so a report reads top to bottom, and keeps
/// one of each: a full disk fails the writing of every file with the same message, and
/// the writer needs to read it once.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup();
}

thread_local! {
    /// How many [`catch_bug`] calls are running on this thread.
    static CATCHING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `work`; a panic in it (a bug in diptych, never a problem of the writer's files)
/// comes back as the panic's message, so that one page that cannot be rendered becomes a
/// diagnostic instead of taking `build` or `serve` down. While `work` runs,
/// [`panic_is_caught`] tells the binary's panic hook that the panic will be reported.
pub(crate) fn catch_bug<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    CATCHING.with(|depth| depth.set(depth.get() + 1));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    CATCHING.with(|depth| depth.set(depth.get() - 1));
    outcome.map_err(|payload| {
        (payload.downcast_ref::<&str>().map(|text| text.to_string()))
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_owned())
    })
}

/// Whether a panic on this thread now is caught by [`catch_bug`] and reported as a
/// diagnostic, so that nothing needs printing when it happens.
pub fn panic_is_caught() -> bool {
    CATCHING.with(|depth| depth.get() > 0)
}

/// What diptych failed on, when it failed because of a bug.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BugIn {
    /// One page: the report asks for that page's file.
    Page,
    /// The site as a whole: the report asks for the files changed last.
    Site,
}

/// What a writer is told when diptych failed because of a bug: the message and its hint,
/// which asks for a report with the files involved and `detail` (the panic's message).
pub fn bug_words(failed_on: BugIn, detail: &str) -> (Text, Text) {
    match failed_on {
        BugIn::Page => (
            text!("bug-in-page"),
            text!("bug-in-page-hint", detail = detail),
        ),
        BugIn::Site => (
            text!("bug-in-site"),
            text!("bug-in-site-hint", detail = detail),
        ),
    }
}

/// Why a reference (a link by key, an image) leads nowhere: what to say, and what to do
/// when there is more to say than the usual advice. The caller, who knows the place, makes
/// a [`Diagnostic`] of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unresolved {
    /// What is wrong.
    pub message: Text,
    /// How to fix it, when the caller's general advice would not fit.
    pub hint: Option<Text>,
}

impl Unresolved {
    /// A reason with the usual advice.
    pub fn new(message: impl Into<Text>) -> Self {
        Unresolved {
            message: message.into(),
            hint: None,
        }
    }
}

impl fmt::Display for Unresolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.hint {
            Some(hint) => write!(f, "{}: {hint}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

impl fmt::Display for Diagnostic {
    /// Renders in the language chosen for this run ([`crate::words::set_language`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(crate::words::language()))
    }
}

impl Diagnostic {
    /// Renders in `lang` like a compiler message:
    ///
    /// ```text
    /// error: unknown front matter key `titel`
    ///  --> content/strategie/ambities.nl.md:2:1
    ///   |
    /// 2 | titel: Ambities
    ///   | ^
    ///   |
    ///   = hint: …
    /// ```
    pub fn render(&self, lang: UiLang) -> String {
        let (level, name) = match self.severity {
            Severity::Error => (Level::ERROR, text!("severity-error")),
            Severity::Warning => (Level::WARNING, text!("severity-warning")),
        };
        let level = level.with_name(Some(name.render(lang)));
        let message = self.message.render(lang);
        let file = self.file.as_ref().map(|file| file.display().to_string());
        let mut group = Group::with_title(level.primary_title(&message));
        match (&file, self.line, &self.source_line) {
            (Some(file), Some(line), Some(text)) => {
                let span = marker(text, self.column.unwrap_or(1));
                group = group.element(
                    Snippet::source(text.as_str())
                        .line_start(line)
                        .path(file.as_str())
                        .annotation(AnnotationKind::Primary.span(span)),
                );
            }
            (Some(file), line, _) => {
                let mut origin = Origin::path(file.as_str());
                if let Some(line) = line {
                    origin = origin.line(line).char_column(self.column.unwrap_or(1));
                }
                group = group.element(origin);
            }
            _ => {}
        }
        let also: Vec<(String, String, &Place)> = (self.also.iter())
            .map(|place| {
                let path = place.file.display().to_string();
                (path, place.label.render(lang), place)
            })
            .collect();
        let note = Level::NOTE.with_name(Some(text!("severity-note").render(lang)));
        for (path, label, place) in &also {
            group = group.element(match &place.line {
                Some((line, text)) => Element::from(
                    Snippet::source(text.as_str())
                        .line_start(*line)
                        .path(path.as_str())
                        .annotation(
                            AnnotationKind::Context
                                .span(marker(text, 1))
                                .label(label.as_str()),
                        ),
                ),
                None => Element::from(Origin::path(path.as_str())),
            });
            if place.line.is_none() {
                group = group.element(note.clone().message(format!("{label}: {path}")));
            }
        }
        let hint = self.hint.as_ref().map(|hint| hint.render(lang));
        if let Some(hint) = &hint {
            let name = text!("severity-hint").render(lang);
            group = group.element(Level::HELP.with_name(Some(name)).message(hint.as_str()));
        }
        format!("{}\n", Renderer::plain().render(&[group]))
    }
}

/// The byte range of the character at 1-based `column` of `line` (the end of the line
/// when the column lies beyond it), for the marker.
fn marker(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(at, _)| at);
    let end = line[start..]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8());
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_place_line_marker_and_hint() {
        let text = "---\ntitel: Ambities\n---\n";
        let diagnostic = Diagnostic::error(Text::verbatim("unknown front matter key `titel`"))
            .in_file("content/a.nl.md")
            .at(text, 2, 1)
            .with_hint(Text::verbatim("did you mean `title`?"));
        assert_eq!(
            diagnostic.to_string(),
            "error: unknown front matter key `titel`\n --> content/a.nl.md:2:1\n  |\n2 | titel: Ambities\n  | ^\n  |\n  = hint: did you mean `title`?\n"
        );
    }

    #[test]
    fn the_marker_stands_under_wide_and_combining_characters() {
        let text = "title: 医院 Cafe\u{301} x\n";
        let at = |column| {
            Diagnostic::error(Text::verbatim("m"))
                .in_file("a.md")
                .at(text, 1, column)
                .to_string()
        };
        // Where the marker stands on screen, counted in terminal columns after `| `.
        let marker_column = |shown: String| {
            let line = shown
                .lines()
                .find(|line| line.ends_with('^'))
                .unwrap()
                .to_owned();
            line.split_once("| ").unwrap().1.len() - 1
        };
        // `医院` takes two columns each on a terminal; `e` + U+0301 takes one.
        assert_eq!(
            marker_column(at(11)),
            7 + 4 + 1,
            "`title: `, `医院`, a space"
        );
        assert_eq!(marker_column(at(16)), 16);
    }

    #[test]
    fn one_message_can_mark_two_files() {
        let shown = Diagnostic::error(Text::verbatim("two pages on one address"))
            .in_file("content/a.nl.md")
            // No text of the other file: the place names the file alone.
            .also_at("content/b.nl.md", "", 1, Text::verbatim("the other page"))
            .to_string();
        assert_eq!(
            shown,
            "error: two pages on one address\n--> content/a.nl.md\n::: content/b.nl.md\n = note: the other page: content/b.nl.md\n"
        );
    }

    #[test]
    fn sorts_by_file_then_line() {
        let mut list = vec![
            Diagnostic::error(Text::verbatim("b"))
                .in_file("b.md")
                .at("x\ny", 1, 1),
            Diagnostic::error(Text::verbatim("a2"))
                .in_file("a.md")
                .at("x\ny", 2, 1),
            Diagnostic::error(Text::verbatim("a1"))
                .in_file("a.md")
                .at("x\ny", 1, 1),
        ];
        sort(&mut list);
        let order: Vec<_> = list.iter().map(|d| d.message.english()).collect();
        assert_eq!(order, ["a1", "a2", "b"]);
    }
}
