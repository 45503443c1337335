//! What changed in a source text, word by word, as a translator wants to read it: the
//! paragraphs that changed, whole, with only the words that changed marked (`<del>`,
//! `<ins>`); the paragraphs that did not are folded into a count. Spacing and line
//! breaks are not words: changing only those marks nothing.

use crate::words::text;
use similar::{ChangeTag, TextDiff};

/// The word diff of `old` → `new` as HTML, or `None` when no word changed.
pub(super) fn word_diff(old: &str, new: &str) -> Option<String> {
    let diff = TextDiff::configure().diff_unicode_words(old, new);
    let paragraphs = paragraphs(diff.iter_all_changes().map(|c| (c.tag(), c.value())));
    if !paragraphs.iter().any(|p| changed(p)) {
        return None;
    }
    let mut html = String::new();
    let mut unchanged = 0;
    for paragraph in &paragraphs {
        if !changed(paragraph) {
            unchanged += 1;
            continue;
        }
        html.push_str(&folded(unchanged));
        unchanged = 0;
        html.push_str("<p class=\"diff\">");
        for (tag, text) in runs(paragraph) {
            html.push_str(&marked(tag, &text));
        }
        html.push_str("</p>\n");
    }
    html.push_str(&folded(unchanged));
    Some(html)
}

/// A word or a run of spacing, with what happened to it.
type Token<'a> = (ChangeTag, &'a str);

/// The tokens cut into paragraphs at the blank lines of the new text.
fn paragraphs<'a>(tokens: impl Iterator<Item = Token<'a>>) -> Vec<Vec<Token<'a>>> {
    let mut paragraphs = vec![Vec::new()];
    // Line breaks in the spacing since the last word of the new text.
    let mut breaks = 0;
    for (tag, text) in tokens {
        let spacing = text.trim().is_empty();
        if !spacing {
            breaks = 0;
        } else if tag != ChangeTag::Delete {
            breaks += text.matches('\n').count();
            if breaks >= 2 {
                paragraphs.push(Vec::new());
                breaks = 0;
            }
        }
        let Some(last) = paragraphs.last_mut() else {
            continue;
        };
        if !(spacing && last.is_empty()) {
            last.push((tag, text));
        }
    }
    for paragraph in &mut paragraphs {
        while paragraph
            .last()
            .is_some_and(|(_, text)| text.trim().is_empty())
        {
            paragraph.pop();
        }
    }
    paragraphs.retain(|p| !p.is_empty());
    paragraphs
}

/// The paragraph as runs of text that share what happened to them: the spacing between
/// two added (or two removed) words joins them, so a new sentence is one mark.
fn runs(paragraph: &[Token]) -> Vec<(ChangeTag, String)> {
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for (index, &(tag, text)) in paragraph.iter().enumerate() {
        let tag = match (text.trim().is_empty(), joining(paragraph, index)) {
            (false, _) => tag,
            (true, Some(joined)) if tag != ChangeTag::Delete || joined == ChangeTag::Delete => {
                joined
            }
            (true, _) if tag == ChangeTag::Delete => continue,
            (true, _) => ChangeTag::Equal,
        };
        match runs.last_mut() {
            Some((last, run)) if *last == tag => run.push_str(text),
            _ => runs.push((tag, text.to_owned())),
        }
    }
    runs
}

/// What happened to the words on both sides of the spacing at `index`, when it is the
/// same change.
fn joining(paragraph: &[Token], index: usize) -> Option<ChangeTag> {
    let word = |&&(_, text): &&Token| !text.trim().is_empty();
    let before = paragraph[..index].iter().rev().find(word)?.0;
    let after = paragraph[index + 1..].iter().find(word)?.0;
    (before == after && before != ChangeTag::Equal).then_some(before)
}

/// Whether a word of the paragraph was removed or added.
fn changed(paragraph: &[Token]) -> bool {
    paragraph
        .iter()
        .any(|&(tag, text)| tag != ChangeTag::Equal && !text.trim().is_empty())
}

fn marked(tag: ChangeTag, text: &str) -> String {
    let escaped = html_escape::encode_text(text);
    match tag {
        ChangeTag::Equal => escaped.into_owned(),
        ChangeTag::Delete => format!("<del>{escaped}</del>"),
        ChangeTag::Insert => format!("<ins>{escaped}</ins>"),
    }
}

/// The note that stands for `count` unchanged paragraphs (nothing for none).
fn folded(count: usize) -> String {
    match count {
        0 => String::new(),
        n => format!(
            "<p class=\"same\">({})</p>\n",
            text!("desk-paragraphs-unchanged", count = n)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_changed_words_are_marked() {
        let html = word_diff(
            "MST heeft 3500 medewerkers.",
            "MST heeft ruim 3600 medewerkers.",
        )
        .unwrap();
        assert_eq!(
            html,
            "<p class=\"diff\">MST heeft <del>3500</del><ins>ruim 3600</ins> medewerkers.</p>\n"
        );
    }

    #[test]
    fn unchanged_paragraphs_are_folded_and_spacing_is_not_a_change() {
        let old = "Een.\n\nTwee blijft.\n\nDrie <oud>.\n\nVier.";
        let new = "Een.\n\nTwee\nblijft.\n\nDrie <nieuw>.\n\nVier.";
        let html = word_diff(old, new).unwrap();
        assert_eq!(
            html,
            "<p class=\"same\">(2 paragraphs unchanged)</p>\n\
             <p class=\"diff\">Drie &lt;<del>oud</del><ins>nieuw</ins>&gt;.</p>\n\
             <p class=\"same\">(1 paragraph unchanged)</p>\n"
        );
        assert_eq!(word_diff("Twee blijft.", "Twee\nblijft."), None);
    }
}
