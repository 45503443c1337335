//! Property-based fuzzing of the pure text functions, run with every `cargo test`:
//! `front_matter::parse`, `markdown::render` and `shortcode::find_calls`.
//!
//! Inputs start from the real content files (the shipped site's `content/` and the fixture
//! sites', read at test time) and are mutated: bytes and characters inserted, deleted and
//! replaced, and the tokens that mean something to diptych spliced in (`---`, `{{`, `@/`,
//! `#`, tabs, `\r`, a BOM, …). Fully random strings and strings made of those tokens are
//! fuzzed too.
//!
//! The default case count keeps the file fast in debug builds. To fuzz for longer:
//!
//! ```sh
//! PROPTEST_CASES=100000 cargo test --release --test integration fuzz
//! ```
//!
//! Whatever the fuzzer finds is kept below as a plain `#[test]` with the input.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use diptych::diagnostic::Unresolved;
use diptych::front_matter;
use diptych::markdown::{self, LinkTarget, Rendered, Resolvers};
use diptych::shortcode::{self, Call};
use proptest::prelude::*;
use proptest::test_runner::Config;

// ---------------------------------------------------------------------------------------
// The seed corpus: every Markdown file of the shipped site and of the fixture sites.

fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        collect_markdown(&manifest.join("content"), &mut files);
        collect_markdown(&manifest.join("tests/sites"), &mut files);
        files.sort();
        let texts: Vec<String> = files
            .iter()
            .filter_map(|path| std::fs::read_to_string(path).ok())
            .collect();
        assert!(texts.len() >= 10, "the seed corpus is too small: {files:?}");
        texts
    })
}

fn collect_markdown(folder: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_markdown(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            files.push(path);
        }
    }
}

/// The pieces of text that mean something to diptych, Markdown or YAML.
const TOKENS: &[&str] = &[
    "---",
    "---\n",
    "\n---\n",
    "{{",
    "}}",
    "{{ percent(of=\"",
    "{{ chart(of=\"x\") }}",
    "{{ a(b=1, c=true, d=\"e\") }}",
    "\"",
    "(",
    ")",
    "=",
    ",",
    "@/",
    "[x](@/",
    "](@/",
    "@/../secret.md",
    "#",
    "## ",
    "\n# ",
    "{#",
    "{#id}",
    "}",
    "\t",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\u{feff}",
    "&a ",
    "*a",
    ": ",
    "- ",
    "![](",
    "![",
    "](x.png)",
    "[^1]",
    "[^1]: ",
    "|",
    "|---|",
    "`",
    "```",
    "<",
    ">",
    "<script>",
    "&",
    "\\",
    " ",
    "\0",
    "é",
    "Ü",
    "ß",
    "💥",
    "\u{200d}",
    "\u{2028}",
    "ǅ",
    "title: ",
    "slug: ",
    "extra:\n  ",
    "1.5",
    "-",
    "true",
    "_",
    "*",
    "~~",
];

/// One change to a text; positions are taken modulo the text's length.
#[derive(Debug, Clone)]
enum Mutation {
    InsertToken(usize, usize),
    InsertChar(usize, char),
    Delete(usize, usize),
    ReplaceChar(usize, char),
    /// A raw byte, read back lossily as a writer's broken file would be.
    InsertByte(usize, u8),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, t)| Mutation::InsertToken(at, t)),
        2 => (any::<usize>(), any::<char>()).prop_map(|(at, c)| Mutation::InsertChar(at, c)),
        2 => (any::<usize>(), 0..40usize).prop_map(|(at, n)| Mutation::Delete(at, n)),
        1 => (any::<usize>(), any::<char>()).prop_map(|(at, c)| Mutation::ReplaceChar(at, c)),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::InsertByte(at, b)),
        1 => (any::<usize>(), 0..200usize).prop_map(|(at, n)| Mutation::Duplicate(at, n)),
    ]
}

fn boundary(text: &str, at: usize) -> usize {
    let mut at = if text.is_empty() {
        0
    } else {
        at % (text.len() + 1)
    };
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(mut text: String, mutation: &Mutation) -> String {
    match *mutation {
        Mutation::InsertToken(at, token) => {
            let at = boundary(&text, at);
            text.insert_str(at, TOKENS[token]);
        }
        Mutation::InsertChar(at, c) => {
            let at = boundary(&text, at);
            text.insert(at, c);
        }
        Mutation::Delete(at, length) => {
            let start = boundary(&text, at);
            let end = boundary(&text, (start + length).min(text.len()));
            text.replace_range(start..end.max(start), "");
        }
        Mutation::ReplaceChar(at, c) => {
            let at = boundary(&text, at);
            if let Some(old) = text[at..].chars().next() {
                text.replace_range(at..at + old.len_utf8(), c.encode_utf8(&mut [0; 4]));
            }
        }
        Mutation::InsertByte(at, byte) => {
            let at = boundary(&text, at);
            let mut bytes = text.into_bytes();
            bytes.insert(at, byte);
            text = String::from_utf8_lossy(&bytes).into_owned();
        }
        Mutation::Duplicate(at, length) => {
            let start = boundary(&text, at);
            let end = boundary(&text, (start + length).min(text.len()));
            let piece = text[start..end].to_owned();
            text.insert_str(end, &piece);
        }
    }
    text
}

/// A real content file with up to 12 mutations.
fn mutated_content() -> impl Strategy<Value = String> {
    (0..corpus().len(), prop::collection::vec(mutation(), 0..12))
        .prop_map(|(index, mutations)| mutations.iter().fold(corpus()[index].clone(), apply))
}

/// A string of diptych's tokens and random characters.
fn token_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(TOKENS).prop_map(str::to_owned),
            1 => "[a-zA-Z0-9 äöü]{0,8}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..60,
    )
    .prop_map(|pieces| pieces.concat())
}

/// Every kind of input: mutated real files, token soup, and fully random text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => mutated_content(),
        3 => token_soup(),
        2 => any::<String>(),
        1 => prop::collection::vec(any::<u8>(), 0..300)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
    ]
}

/// The default case count (or `PROPTEST_CASES`), without writing regression files into
/// the source tree: what the fuzzer finds is kept as a plain test below instead.
fn config() -> Config {
    Config {
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------
// Rendering with resolvers that succeed for some keys and shortcodes and fail for others.

fn resolve_key(key: &str, fragment: Option<&str>) -> Result<LinkTarget, Unresolved> {
    if key.contains('x') || key.contains("..") {
        Err(Unresolved::new(format!("there is no page `{key}`")))
    } else {
        let url = format!("/nl/{key}/#{}", fragment.unwrap_or_default());
        let note = key
            .contains('y')
            .then(|| Unresolved::new("another language".into()));
        Ok(LinkTarget { url, note })
    }
}

fn check_address(href: &str) -> Result<Option<String>, Unresolved> {
    match (href.contains('x'), href.contains('y')) {
        (true, _) => Err(Unresolved::new(format!("nothing at `{href}`"))),
        (false, true) => Ok(Some(format!("/nl/{href}"))),
        (false, false) => Ok(None),
    }
}

fn expand_shortcode(call: &Call) -> Result<String, String> {
    if call.name.starts_with('n') {
        Err(format!("no shortcode `{}`", call.name))
    } else {
        // Multi-line HTML, as a chart's template gives.
        Ok(format!(
            "<figure>\n  <b>{}</b>\r\n  {} arguments\n</figure>\n",
            call.name,
            call.args.len()
        ))
    }
}

fn render(markdown: &str, first_line: usize, id_prefix: &str, heading_offset: u8) -> Rendered {
    markdown::render(
        markdown,
        first_line,
        &Resolvers {
            key: &resolve_key,
            address: &check_address,
            shortcode: &expand_shortcode,
            id_prefix,
            heading_offset,
            images: &markdown::AsWritten,
        },
    )
}

/// The `id` of every `<hN id="…">` in `html`.
fn heading_ids(html: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for level in 1..=6 {
        let open = format!("<h{level} id=\"");
        for rest in html.split(&open).skip(1) {
            ids.push(rest[..rest.find('"').unwrap_or(rest.len())].to_owned());
        }
    }
    ids
}

fn check_render(markdown: &str, first_line: usize, id_prefix: &str, heading_offset: u8) {
    let out = render(markdown, first_line, id_prefix, heading_offset);
    let lines = markdown.lines().count();
    for problem in &out.problems {
        assert!(
            problem.line >= first_line && problem.line <= first_line + lines,
            "problem at line {} outside {first_line}..={}: {problem:?}",
            problem.line,
            first_line + lines
        );
        assert!(problem.column >= 1, "{problem:?}");
        assert!(!problem.message.is_empty() && !problem.hint.is_empty());
    }
    let mut seen = HashSet::new();
    for heading in &out.toc {
        assert!(
            seen.insert(heading.id.clone()),
            "heading id `{}` used twice: {:?}",
            heading.id,
            out.toc
        );
        assert!((1..=6).contains(&heading.level), "{heading:?}");
        assert!(heading.id.starts_with(id_prefix), "{heading:?}");
    }
    let ids = heading_ids(&out.html);
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "duplicate heading ids in {}",
        out.html
    );
    assert_eq!(
        ids.len(),
        out.toc.len(),
        "toc and headings differ: {}",
        out.html
    );
}

fn check_find_calls(text: &str) {
    let mut previous_end = 0;
    for found in shortcode::find_calls(text) {
        match found {
            Ok(found) => {
                let span = found.span().clone();
                assert!(span.start < span.end && span.end <= text.len(), "{span:?}");
                assert!(
                    text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                    "{span:?} is not on char boundaries"
                );
                assert!(span.start >= previous_end, "calls overlap at {span:?}");
                assert!(text[span.clone()].starts_with("{{"), "{span:?}");
                assert!(text[span.clone()].ends_with("}}"), "{span:?}");
                if let shortcode::Shortcode::Call(call) = &found {
                    assert!(!call.name.is_empty());
                }
                previous_end = span.end;
            }
            Err(malformed) => {
                assert!(malformed.offset < text.len());
                assert!(text.is_char_boundary(malformed.offset));
                assert!(text[malformed.offset..].starts_with("{{"));
                assert!(!malformed.message.is_empty());
            }
        }
    }
}

fn check_front_matter(text: &str) {
    match front_matter::parse(text) {
        Ok(parsed) => {
            let unbommed = text.strip_prefix('\u{feff}').unwrap_or(text);
            assert!(
                unbommed.ends_with(parsed.body),
                "the body is not the file's end"
            );
            let before = &unbommed[..unbommed.len() - parsed.body.len()];
            let line = before.matches('\n').count() + 1;
            if before.ends_with('\n') {
                assert_eq!(
                    parsed.body_line, line,
                    "body_line does not match the body's position"
                );
            } else {
                // The file ends with the closing `---` itself: the (empty) body is on the
                // fence's line or the one after it.
                assert!(parsed.body.is_empty());
                assert!((line..=line + 1).contains(&parsed.body_line));
            }
            assert!(!parsed.front.title.trim().is_empty());
        }
        Err(error) => {
            let lines = text.split('\n').count();
            assert!(
                error.line >= 1 && error.line <= lines,
                "error at line {} of a {lines}-line text: {error:?}",
                error.line
            );
            assert!(error.column >= 1, "{error:?}");
            assert!(!error.message.is_empty() && !error.hint.is_empty());
        }
    }
}

// ---------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config())]

    #[test]
    fn front_matter_parse_never_panics(text in any_text()) {
        check_front_matter(&text);
    }

    #[test]
    fn find_calls_spans_are_in_the_text_on_char_boundaries(text in any_text()) {
        check_find_calls(&text);
    }

    #[test]
    fn render_never_panics_and_keeps_its_promises(
        text in any_text(),
        first_line in 1usize..500,
        id_prefix in prop_oneof!["", "nl-ambities-", "[a-z\\-]{0,6}"],
        heading_offset in 0u8..=5,
    ) {
        check_render(&text, first_line, &id_prefix, heading_offset);
    }

    #[test]
    fn render_of_real_bodies_keeps_its_promises(
        text in mutated_content(),
        heading_offset in 0u8..=5,
    ) {
        // As the build does: render the body, numbered from the line it starts on.
        if let Ok(parsed) = front_matter::parse(&text) {
            check_render(parsed.body, parsed.body_line, "", heading_offset);
        }
    }

    #[test]
    fn render_accepts_any_heading_offset(
        text in "(#{1,6} [a-z]{1,5}\n){1,4}",
        heading_offset in any::<u8>(),
    ) {
        let out = render(&text, 1, "", heading_offset);
        prop_assert!(out.toc.iter().all(|heading| (1..=6).contains(&heading.level)));
    }

    #[test]
    fn a_link_problem_is_reported_on_its_own_line(
        before in prop::collection::vec(mutated_content(), 1..3),
        first_line in 1usize..100,
    ) {
        // Whatever comes before it, a broken link on a line of its own (after a blank
        // line, so that it starts a paragraph) is reported on that line.
        let mut markdown = before.concat();
        markdown.push_str("\n\n");
        let line = first_line + markdown.matches('\n').count();
        markdown.push_str("[broken](@/nix.md)\n");
        // Stray shortcode openings or fences before it may change how it parses; only
        // check the link when it is still a link on its own.
        let out = render(&markdown, first_line, "", 0);
        if let Some(problem) = out.problems.iter().find(|p| p.message == "there is no page `nix.md`") {
            prop_assert_eq!((problem.line, problem.column), (line, 1), "{:?}", out.problems);
        }
    }

    #[test]
    fn valid_front_matter_returns_the_body_unchanged(
        title in "[A-Za-z0-9äöüßé][A-Za-z0-9 äöüßé:#'\\-]{0,30}",
        weight in proptest::option::of(-1000i64..1000),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        body in any_text(),
    ) {
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = String::new();
        if bom {
            text.push('\u{feff}');
        }
        text.push_str(&format!("---{end}title: \"{title}\"{end}"));
        if let Some(weight) = weight {
            text.push_str(&format!("weight: {weight}{end}"));
        }
        text.push_str(&format!("---{end}"));
        let header_lines = text.matches('\n').count();
        text.push_str(&body);
        let parsed = front_matter::parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(parsed.body, body.as_str());
        prop_assert_eq!(parsed.front.title.as_str(), title.as_str());
        prop_assert_eq!(parsed.front.weight, weight);
        prop_assert_eq!(parsed.body_line, header_lines + 1);
    }

    #[test]
    fn real_front_matter_returns_any_body_unchanged(
        index in 0..corpus().len(),
        body in any_text(),
    ) {
        let file = &corpus()[index];
        let parsed = front_matter::parse(file).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let header = &file[..file.len() - parsed.body.len()];
        prop_assume!(header.ends_with('\n'));
        let text = format!("{header}{body}");
        let reparsed = front_matter::parse(&text).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(reparsed.body, body.as_str());
        prop_assert_eq!(&reparsed.front, &parsed.front);
    }
}

// ---------------------------------------------------------------------------------------
// What the fuzzer found, kept as plain tests.

/// `heading_offset` is a `u8`: a large one must cap the level at 6, not overflow.
/// Found by `render_accepts_any_heading_offset`: `"## a\n"` with 254 panicked with
/// "attempt to add with overflow" in `name_headings`.
#[test]
fn regression_a_large_heading_offset_does_not_overflow() {
    for offset in [250, 254, u8::MAX] {
        let out = render("## a\n###### b\n", 1, "", offset);
        assert!(
            out.toc.iter().all(|heading| heading.level == 6),
            "{:?}",
            out.toc
        );
        assert!(out.html.contains("<h6 id=\"a\">"), "{}", out.html);
    }
}

/// A text argument may run over several lines; the lines after the call must keep their
/// numbers. Found by `a_link_problem_is_reported_on_its_own_line` (a mutated
/// `content/_index.nl.md` with `{{ number(of="\r\nmst.employees") }}`): the expansion is
/// put on one line, so every later problem was reported a line too early.
#[test]
fn regression_a_shortcode_over_two_lines_keeps_later_line_numbers() {
    let markdown = "{{ box(text=\"one\ntwo\") }}\n\n[broken](@/nix.md)\n";
    let out = render(markdown, 10, "", 0);
    let problem = &out.problems[0];
    assert_eq!(problem.message, "there is no page `nix.md`");
    assert_eq!(
        (problem.line, problem.column),
        (13, 1),
        "{:?}",
        out.problems
    );
    // The same when the call itself fails and is reported.
    let markdown = "{{ nope(text=\"one\ntwo\") }}\n\n[broken](@/nix.md)\n";
    let out = render(markdown, 10, "", 0);
    let lines: Vec<_> = out
        .problems
        .iter()
        .map(|p| (p.line, p.message.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (10, "no shortcode `nope`"),
            (13, "there is no page `nix.md`")
        ]
    );
}

/// A problem after a shortcode on the same line is reported at its column in the file,
/// not in the text with the shortcode expanded.
#[test]
fn regression_a_link_after_a_shortcode_has_its_column_in_the_file() {
    let markdown = "Zie {{ box(of=\"x\") }} en [broken](@/nix.md)\n";
    let column = markdown.find("[broken]").unwrap() + 1;
    let out = render(markdown, 1, "", 0);
    let problem = &out.problems[0];
    assert_eq!(problem.message, "there is no page `nix.md`");
    assert_eq!(
        (problem.line, problem.column),
        (1, column),
        "{:?}",
        out.problems
    );
}

/// Numbering the n-th copy of a heading must not try every number below n: 5,000
/// headings `## Doel` took 8 s to render in a debug build, 10,000 took 27 s (quadratic,
/// in `unique_id`). Found while building the 5,000-heading page of `tests/robustness.rs`.
#[test]
fn regression_identical_headings_are_numbered_in_linear_time() {
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let out = render(&"## Doel\n\n".repeat(10_000), 1, "", 0);
        let _ = done.send(out.toc.last().map(|heading| heading.id.clone()));
    });
    let last = finished
        .recv_timeout(std::time::Duration::from_secs(3))
        .expect("10,000 identical headings took more than 3 s to render");
    assert_eq!(last.as_deref(), Some("doel-9999"));
}
