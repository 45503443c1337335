//! Translations that were never written. `diptych new` writes each other language's file
//! as a placeholder: the source's title, and a body that is only a comment telling the
//! translator what to do, in the file's language. Such a file, or any translation whose
//! body is empty (or only comments) while its source has text, is "not translated": it is
//! reported, and never counted as a translation.
//!
//! The comment is an HTML comment, so a page made from a placeholder shows nothing of it,
//! and its words hold no `--`, so it stays a valid HTML comment.

use super::Document;
use crate::words::{self, text};

/// The first words of the placeholder comment in each language the comment is written in;
/// other languages get the English one.
const OPENINGS: [(&str, &str); 3] = [
    ("nl", "Nog niet vertaald."),
    ("de", "Noch nicht übersetzt."),
    ("en", "Not translated yet."),
];

/// The body `diptych new` gives the translation into `lang` of the page in `source_file`.
pub(crate) fn placeholder_body(lang: &str, source_file: &str) -> String {
    // A file name may hold `--`, which may not stand in an HTML comment.
    let source = source_file.replace("--", "-\u{2011}");
    let opening = opening(lang);
    let rest =
        text!("placeholder-comment", source = source).render(words::language_of_locale(lang));
    format!("<!-- {opening}\n{} -->\n", wrap(&rest))
}

/// The opening words of the placeholder comment in `lang`.
fn opening(lang: &str) -> &'static str {
    let code = lang.split('-').next().unwrap_or(lang);
    let found = OPENINGS.iter().find(|(known, _)| *known == code);
    found.unwrap_or(&OPENINGS[2]).1
}

/// `text` in lines of at most about 80 characters, for a comfortable read in an editor.
fn wrap(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + word.chars().count() >= 80 {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

/// Whether the translation `doc` was never written: it is still the placeholder `new`
/// made, or its body has no text while its `source` has.
pub(crate) fn is_not_translated(doc: &Document, source: Option<&Document>) -> bool {
    let body = doc.body();
    if has_text(body) {
        return false;
    }
    let placeholder = OPENINGS.iter().any(|(_, words)| body.contains(words));
    placeholder || source.is_some_and(|source| has_text(source.body()))
}

/// Whether a Markdown body holds anything but blank space and HTML comments. It reads only
/// up to the first text: every page's body is asked on every rebuild of the preview, so the
/// answer must not cost a search through the whole page.
fn has_text(body: &str) -> bool {
    let mut rest = body.trim_start();
    while let Some(comment) = rest.strip_prefix("<!--") {
        match comment.find("-->") {
            Some(end) => rest = comment[end + 3..].trim_start(),
            // A comment never closed hides the rest of the page.
            None => return false,
        }
    }
    !rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_what_is_left_without_comments_and_blank_space() {
        assert!(!has_text(""));
        assert!(!has_text("\n  \n"));
        assert!(!has_text("<!-- a -->\n\n<!-- b\nc -->\n"));
        assert!(!has_text("<!-- never closed\n\nText"));
        assert!(has_text("Text"));
        assert!(has_text("<!-- a -->\nText"));
        assert!(has_text("Text <!-- a -->"));
    }

    #[test]
    fn the_placeholder_speaks_the_files_language_and_stays_a_comment() {
        let de = placeholder_body("de", "content/strategie/visie--neu.nl.md");
        assert!(de.starts_with(
            "<!-- Noch nicht übersetzt.\nÜbersetzen Sie den Text aus content/strategie/visie-"
        ));
        assert!(de.ends_with(" -->\n"));
        assert_eq!(de.matches("--").count(), 2, "only the comment's own: {de}");
        assert!(de.lines().all(|line| line.chars().count() <= 90), "{de}");
        assert!(placeholder_body("nl", "a.de.md").starts_with("<!-- Nog niet vertaald.\n"));
        assert!(placeholder_body("fr", "a.nl.md").starts_with("<!-- Not translated yet.\n"));
        assert!(!has_text(&de));
    }
}
