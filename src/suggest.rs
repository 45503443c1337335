//! "Did you mean …": the nearest of the valid names to one that was misspelt, as cargo
//! and rustc suggest.

/// The candidate closest to `word` (Jaro-Winkler similarity of at least 0.8), if any.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(similarity, _)| *similarity >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelling_finds_its_word_and_nonsense_finds_none() {
        let keys = ["title", "slug", "weight", "description"];
        assert_eq!(nearest("titel", keys), Some("title"));
        assert_eq!(nearest("wieght", keys), Some("weight"));
        assert_eq!(nearest("colour", keys), None);
    }
}
