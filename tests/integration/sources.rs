//! `docs/sources/*.md` records, one table row per sentence, which lines of the source texts each
//! sentence of the shipped site rests on. This test keeps that record true of the text as it is:
//! a row whose sentence was edited away, or that cites a line the source texts do not have, fails
//! with the file and line of the row.
//!
//! The rows are read as the header of each `docs/sources/` file describes them:
//! `| file:line (nl / de) | sentence (nl) | source line(s) | what was done |`.
//! - The first column names a file of the repository and a line, e.g. `content/strategie/waarom.nl.md:9`,
//!   then after ` / ` its translation (`.de.md:10`, or `de.ftl:21` beside an `.ftl` file); a row of
//!   the German alone says `(de only)`. Rows whose last column begins with "removed" quote text that
//!   is gone: only their source lines are checked.
//! - The sentence must stand in the block (paragraph, list, heading or front matter: the lines
//!   between two blank lines) that holds the named line, compared as plain text: a link
//!   `[text](target)` counts as its text, `**`, `"`, a line-end `\` and line breaks are ignored, and
//!   `…` stands for left-out words.
//! - Source lines are written `001:N` or `001:N-M` (`001` for `001_….txt`, `000` for `000_….txt`
//!   in `../shared/source/`); each must exist and a cited range must hold text.

use std::fs;
use std::path::{Path, PathBuf};

/// Where CI keeps the source texts: beside the clone, as `../shared/source`.
const SOURCE_DIR: &str = "../shared/source";

/// One table row of a `docs/sources/` file, with where it stands.
struct Row {
    place: String,
    file_column: String,
    sentence: String,
    sources: String,
    done: String,
}

#[test]
fn every_row_of_docs_sources_is_true_of_the_text_and_the_source() {
    let sources = SourceTexts::load();
    let mut problems = Vec::new();
    let mut checked = 0;
    for doc in docs_sources_files() {
        for row in rows(&doc) {
            checked += 1;
            problems.extend(row_problems(&row, &sources).map(|p| format!("{}: {p}", row.place)));
        }
    }
    assert!(checked > 100, "only {checked} rows found in docs/sources/");
    assert!(
        problems.is_empty(),
        "{} of {checked} rows of docs/sources/ are not true of the text as it is; \
         correct the row (or the text):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn plain_text_ignores_markup_and_line_breaks() {
    assert_eq!(
        plain("- Zie [de pijlers](@/strategie/pijlers.md) en\n  **dit**.\\"),
        "- Zie de pijlers en dit."
    );
    assert_eq!(plain("description: \"Een  zin.\""), "description: Een zin.");
    assert!(contains_with_gaps(
        "not-found-text = Deze pagina bestaat niet. Begin opnieuw op de startpagina.",
        "not-found-text = … Begin opnieuw op de startpagina."
    ));
    assert!(!contains_with_gaps("b a", "a … b"));
}

#[test]
fn a_row_whose_sentence_is_gone_or_whose_source_line_is_missing_is_reported() {
    let sources = SourceTexts::load();
    let row = |sentence: &str, cited: &str| Row {
        place: "test".into(),
        file_column: "content/strategie/waarom.nl.md:9 / .de.md:10".into(),
        sentence: sentence.into(),
        sources: cited.into(),
        done: "rewritten".into(),
    };
    let gone: Vec<_> =
        row_problems(&row("Een zin die er niet staat.", "001:12"), &sources).collect();
    assert!(gone[0].contains("not found"), "{gone:?}");
    let missing: Vec<_> = row_problems(&row("De vraag naar zorg", "001:99999"), &sources).collect();
    assert!(missing[0].contains("001:99999"), "{missing:?}");
}

/// The source texts by their number (`000`, `001`), as lines.
struct SourceTexts(Vec<(String, Vec<String>)>);

impl SourceTexts {
    fn load() -> Self {
        let dir = Path::new(SOURCE_DIR);
        let entries = fs::read_dir(dir).unwrap_or_else(|err| {
            panic!(
                "the source texts are missing: {SOURCE_DIR} (beside the repository) cannot be read \
                 ({err}); put the shared folder with source/000_….txt and source/001_….txt there"
            )
        });
        let mut texts = Vec::new();
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if let Some((number, _)) = name.split_once('_') {
                let text = fs::read_to_string(&path).unwrap();
                texts.push((number.to_owned(), text.lines().map(str::to_owned).collect()));
            }
        }
        assert!(
            !texts.is_empty(),
            "no source texts (NNN_….txt) in {SOURCE_DIR}"
        );
        SourceTexts(texts)
    }

    fn lines(&self, number: &str) -> Option<&[String]> {
        let found = self.0.iter().find(|(n, _)| n == number);
        found.map(|(_, lines)| lines.as_slice())
    }
}

fn docs_sources_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir("docs/sources")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();
    files
}

/// The data rows of every table in one file (not the header row, not the `| --- |` rule).
fn rows(doc: &Path) -> Vec<Row> {
    let text = fs::read_to_string(doc).unwrap();
    let mut rows = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split(" | ").collect();
        let is_header = line.contains("| --- |") || cells[0].trim().starts_with("file:line");
        if !line.starts_with("| ") || is_header {
            continue;
        }
        let place = format!("{}:{}", doc.display(), index + 1);
        assert_eq!(cells.len(), 4, "{place}: a row needs four columns: {line}");
        rows.push(Row {
            place,
            file_column: cells[0].trim().to_owned(),
            sentence: cells[1].trim().to_owned(),
            sources: cells[2].trim().to_owned(),
            done: cells[3].trim().to_owned(),
        });
    }
    rows
}

fn row_problems<'a>(row: &'a Row, sources: &'a SourceTexts) -> impl Iterator<Item = String> + 'a {
    let text_problems = if row.done.starts_with("removed") {
        Vec::new()
    } else {
        sentence_problems(row)
    };
    text_problems
        .into_iter()
        .chain(source_problems(&row.sources, sources))
}

/// The row's sentence must stand in the block of the named line; the translation must exist.
fn sentence_problems(row: &Row) -> Vec<String> {
    let mut named = row.file_column.split(" / ");
    let Some((file, line)) = named.next().and_then(file_and_line) else {
        return vec![format!(
            "the first column must be `file:line`: {}",
            row.file_column
        )];
    };
    let mut problems = Vec::new();
    if let Some(translation) = named.next() {
        let Some((other, _)) = file_and_line(translation) else {
            return vec![format!(
                "the translation must be named `file:line`: {translation}"
            )];
        };
        let other = translation_path(&file, &other);
        if !Path::new(&other).is_file() {
            problems.push(format!("the translation {other} does not exist"));
        }
    }
    let Ok(text) = fs::read_to_string(&file) else {
        problems.push(format!("{file} does not exist"));
        return problems;
    };
    match block_at(&text, line) {
        None => problems.push(format!(
            "{file}:{line} is blank or past the end of the file"
        )),
        Some(block) if !contains_with_gaps(&plain(&block), &plain(&row.sentence)) => {
            problems.push(format!(
                "sentence not found in {file} at line {line}: {}",
                row.sentence
            ))
        }
        Some(_) => {}
    }
    problems
}

/// `content/x.nl.md:12 (de only)` → (`content/x.nl.md`, 12).
fn file_and_line(named: &str) -> Option<(String, usize)> {
    let named = named.trim().trim_end_matches("(de only)").trim();
    let (file, line) = named.rsplit_once(':')?;
    let line = line.split(['–', '-']).next()?.parse().ok()?;
    Some((file.to_owned(), line))
}

/// The translation's path from how the row names it: `.de.md` beside `x.nl.md`, `de.ftl`
/// beside `i18n/nl.ftl`, or a full path.
fn translation_path(first: &str, named: &str) -> String {
    if named.starts_with('.') {
        let stem = first.split_once(".nl.").map_or(first, |(stem, _)| stem);
        return format!("{stem}{named}");
    }
    match (named.contains('/'), first.rsplit_once('/')) {
        (false, Some((folder, _))) => format!("{folder}/{named}"),
        _ => named.to_owned(),
    }
}

/// The lines between the blank lines around line `number` (1-based), joined.
fn block_at(text: &str, number: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let index = number.checked_sub(1)?;
    if lines.get(index)?.trim().is_empty() {
        return None;
    }
    let blank = |i: &usize| lines[*i].trim().is_empty();
    let start = (0..index).rev().find(blank).map_or(0, |i| i + 1);
    let end = (index..lines.len()).find(blank).unwrap_or(lines.len());
    Some(lines[start..end].join("\n"))
}

/// Text as a reader sees it, for comparing: links as their text, no bold, no YAML quotes,
/// no hard breaks, every run of white space one space.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("](") {
        let Some(close) = rest[open..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    let out = out
        .replace(['[', ']', '"'], "")
        .replace("**", "")
        .replace("\\\n", " ");
    let out = out.trim_end_matches('\\');
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` holds the pieces of `sentence` between its `…`, in order.
fn contains_with_gaps(text: &str, sentence: &str) -> bool {
    let mut rest = text;
    for piece in sentence.split('…').map(str::trim).filter(|p| !p.is_empty()) {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    true
}

/// Every `NNN:N` or `NNN:N-M` in the source column must name existing lines, and a range must
/// hold some text.
fn source_problems(column: &str, sources: &SourceTexts) -> Vec<String> {
    let mut problems = Vec::new();
    if bare_numbers(column) {
        problems.push(format!(
            "source lines must be written `001:N` or `000:N` (number of the source text first): {column}"
        ));
    }
    for reference in source_references(column) {
        let (number, range) = reference.split_once(':').unwrap();
        let Some(lines) = sources.lines(number) else {
            problems.push(format!(
                "{reference}: there is no source text {number}_….txt"
            ));
            continue;
        };
        let (first, last) = range.split_once(['-', '–']).unwrap_or((range, range));
        let (first, last): (usize, usize) = (first.parse().unwrap(), last.parse().unwrap());
        let cited = lines.get(first.max(1) - 1..last.min(lines.len()));
        if first == 0 || first > last || last > lines.len() {
            problems.push(format!(
                "{reference}: the source text {number} has lines 1 to {}",
                lines.len()
            ));
        } else if cited.is_some_and(|c| c.iter().all(|l| l.trim().is_empty())) {
            problems.push(format!("{reference}: the cited source lines are blank"));
        }
    }
    problems
}

/// The `NNN:N[-M]` references of a source column, e.g. `001:12-16, 000:3` → two.
fn source_references(column: &str) -> Vec<String> {
    let chars: Vec<char> = column.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 4 < chars.len() {
        let starts = (i == 0 || !chars[i - 1].is_ascii_digit())
            && chars[i..i + 3].iter().all(char::is_ascii_digit)
            && chars[i + 3] == ':'
            && chars[i + 4].is_ascii_digit();
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i + 4;
        while end < chars.len() && (chars[end].is_ascii_digit() || is_range_dash(&chars, end)) {
            end += 1;
        }
        found.push(chars[i..end].iter().collect());
        i = end;
    }
    found
}

/// Whether the column has a number outside its `NNN:N` references and its notes in brackets
/// or quotes: a line cited without the source text it belongs to.
fn bare_numbers(column: &str) -> bool {
    let mut rest = column.to_owned();
    for reference in source_references(column) {
        rest = rest.replacen(&reference, "", 1);
    }
    let mut depth = 0;
    let mut quoted = false;
    rest.chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '"' | '“' | '”' => quoted = !quoted,
            _ => {}
        }
        c.is_ascii_digit() && depth == 0 && !quoted
    })
}

/// A `-` or `–` between two digits.
fn is_range_dash(chars: &[char], at: usize) -> bool {
    matches!(chars[at], '-' | '–')
        && chars.get(at + 1).is_some_and(char::is_ascii_digit)
        && chars[at - 1].is_ascii_digit()
}
