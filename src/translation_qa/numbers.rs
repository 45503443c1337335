//! Numbers read as each language writes them, so that a source and its translation can be
//! compared as numbers: `12,5 %` in Dutch is `12,5 %` in German and `12.5%` in English,
//! `3.500` in Dutch is `3,500` in English. The separators come from CLDR.

use std::collections::BTreeMap;

use super::text::PageText;
use crate::number::Separators;

/// A number found in a text: its value written plainly (`3500`, `12.5`), and the char
/// offset where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Number {
    pub(super) value: String,
    pub(super) at: usize,
}

/// Every number in `text`, read with `separators` (a group separator is followed by
/// exactly three digits; a decimal separator by at least one).
pub(super) fn numbers_in(text: &str, separators: &Separators) -> Vec<Number> {
    let chars: Vec<char> = text.chars().collect();
    let group: Vec<char> = separators.group.chars().collect();
    let decimal: Vec<char> = separators.decimal.chars().collect();
    let digits_at = |from: usize| {
        chars[from.min(chars.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let starts_with = |from: usize, part: &[char]| chars.get(from..from + part.len()) == Some(part);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut whole: String = chars[i..i + digits_at(i)].iter().collect();
        i += whole.len();
        while starts_with(i, &group) && digits_at(i + group.len()) == 3 {
            let at = i + group.len();
            whole.extend(&chars[at..at + 3]);
            i = at + 3;
        }
        let mut fraction = String::new();
        if starts_with(i, &decimal) && digits_at(i + decimal.len()) > 0 {
            let at = i + decimal.len();
            let count = digits_at(at);
            fraction.extend(&chars[at..at + count]);
            i = at + count;
        }
        found.push(Number {
            value: plain(&whole, &fraction),
            at: start,
        });
    }
    found
}

/// `0012` → `12`, (`12`, `50`) → `12.5`.
fn plain(whole: &str, fraction: &str) -> String {
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        whole.to_owned()
    } else {
        format!("{whole}.{fraction}")
    }
}

/// A number of a page, and where: the block (by position) and line and column.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub(super) value: String,
    pub(super) block: usize,
    pub(super) line: usize,
    pub(super) column: usize,
}

/// Every number of a page's text, in order.
pub(super) fn numbers_of(page: &PageText, separators: &Separators) -> Vec<Placed> {
    let mut placed = Vec::new();
    for (index, block) in page.blocks.iter().enumerate() {
        for piece in &block.pieces {
            for number in numbers_in(&piece.text, separators) {
                placed.push(Placed {
                    value: number.value,
                    block: index,
                    line: piece.line,
                    column: piece.column + number.at,
                });
            }
        }
    }
    placed
}

/// How many times each value occurs.
pub(super) fn tally<'a>(values: impl Iterator<Item = &'a str>) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    for value in values {
        *counts.entry(value).or_insert(0) += 1;
    }
    counts
}

/// Every number in front matter `extra`: numbers as numbers, and the numbers in its texts
/// as the language writes them.
pub(super) fn numbers_in_extra(extra: &serde_json::Value, separators: &Separators) -> Vec<String> {
    match extra {
        serde_json::Value::Number(number) => {
            let written = number.to_string();
            let (whole, fraction) = written.split_once('.').unwrap_or((&written, ""));
            vec![plain(whole.trim_start_matches('-'), fraction)]
        }
        serde_json::Value::String(text) => numbers_in(text, separators)
            .into_iter()
            .map(|n| n.value)
            .collect(),
        serde_json::Value::Array(items) => items
            .iter()
            .flat_map(|item| numbers_in_extra(item, separators))
            .collect(),
        serde_json::Value::Object(map) => map
            .values()
            .flat_map(|value| numbers_in_extra(value, separators))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, group: &str, decimal: &str) -> Vec<String> {
        let separators = Separators {
            group: group.to_owned(),
            decimal: decimal.to_owned(),
        };
        numbers_in(text, &separators)
            .into_iter()
            .map(|n| n.value)
            .collect()
    }

    #[test]
    fn numbers_read_as_each_language_writes_them() {
        assert_eq!(values("12,5 % en 3.500 mensen", ".", ","), ["12.5", "3500"]);
        assert_eq!(values("12.5% and 3,500 people", ",", "."), ["12.5", "3500"]);
        assert_eq!(
            values("2023–2028, 1. Januar 2024", ".", ","),
            ["2023", "2028", "1", "2024"]
        );
        assert_eq!(values("1.5 is geen groep", ".", ","), ["1", "5"]);
        assert_eq!(values("12,50 en 007", ".", ","), ["12.5", "7"]);
    }
}
