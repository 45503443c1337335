//! "Did you mean …?": the name a writer most likely meant when a name they typed (a
//! shortcode, a link key, a UI text, a front matter key) does not exist. One place, so
//! that every message suggests by the same measure.

use crate::words::{Text, text};

/// The candidate nearest to `word` in edit distance (letters added, removed, changed or
/// swapped with their neighbour), if one is near enough to be a slip of the keyboard. On
/// a tie, the first.
pub(crate) fn nearest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = limit(word);
    candidates
        .into_iter()
        .map(|candidate| (strsim::osa_distance(word, candidate), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// How many edits still count as a slip: a third of the word's length, as rustc judges
/// it, at least one; but at most three (cargo's limit), since keys share long parts
/// (`strategie/`, `.md`) that would otherwise let any key in a section pass for another.
fn limit(word: &str) -> usize {
    (word.chars().count().max(3) / 3).min(3)
}

/// `; did you mean `x`?` to end a message about `word`, or nothing when no candidate is
/// near enough.
pub(crate) fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Text {
    nearest(word, candidates).map_or_else(
        || Text::verbatim(""),
        |found| text!("did-you-mean-after", name = found),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_of_the_keyboard_finds_the_name() {
        let names = ["site-name", "site-motto", "staff"];
        assert_eq!(nearest("sitename", names), Some("site-name"));
        assert_eq!(nearest("staf", names), Some("staff"));
        assert_eq!(nearest("titel", ["title", "slug", "weight"]), Some("title"));
    }

    #[test]
    fn a_different_word_finds_nothing() {
        assert_eq!(nearest("chart", ["percent", "number"]), None);
        assert_eq!(nearest("nl", ["de", "en"]), None);
        assert_eq!(nearest("x", Vec::<&str>::new()), None);
        let keys = ["strategie/ambities.md", "strategie/pijlers.md"];
        assert_eq!(nearest("strategie/visie.md", keys), None);
        assert_eq!(
            nearest("strategie/pijler.md", keys),
            Some("strategie/pijlers.md")
        );
    }

    #[test]
    fn the_nearest_wins_and_the_first_of_equals() {
        assert_eq!(nearest("pijler", ["pijlers", "pijl"]), Some("pijlers"));
        assert_eq!(nearest("ab", ["ac", "ad"]), Some("ac"));
    }

    #[test]
    fn the_ending_of_a_message() {
        assert_eq!(
            did_you_mean("percnt", ["number", "percent"]).english(),
            "; did you mean `percent`?"
        );
        assert_eq!(did_you_mean("chart", ["number"]).english(), "");
    }
}
