//! The three message files agree with each other and with the code that uses them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;

/// Each file's messages with their variables.
fn variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("a message file does not parse: {errors:?}"));
    crate::i18n::describe_entries(&resource, source)
        .into_iter()
        .map(|(id, message)| (id, message.variables))
        .collect()
}

#[test]
fn the_three_files_have_the_same_messages_with_the_same_variables() {
    let english = variables(SOURCES[0].1);
    for (lang, source) in &SOURCES[1..] {
        let theirs = variables(source);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !theirs.contains_key(*id))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has messages English lacks: {extra:?}"
        );
        for (id, variables) in &english {
            assert_eq!(&theirs[id], variables, "{lang:?}: the variables of `{id}`");
        }
    }
}

/// Every use of `text!` in `src/`: the file, the id and the argument names.
fn uses_in(folder: &Path, into: &mut Vec<(String, String, BTreeSet<String>)>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            uses_in(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let code = std::fs::read_to_string(&path).unwrap();
            for (id, names) in macro_calls(&code) {
                into.push((path.display().to_string(), id, names));
            }
        }
    }
}

/// The id and the argument names of each `text!(…)` in `code` outside comments.
fn macro_calls(code: &str) -> Vec<(String, BTreeSet<String>)> {
    let opening = concat!("text", "!(");
    let mut calls = Vec::new();
    for (at, _) in code.match_indices(opening) {
        let line_start = code[..at].rfind('\n').map_or(0, |n| n + 1);
        if code[line_start..at].trim_start().starts_with("//") {
            continue;
        }
        let rest = code[at + opening.len()..].trim_start();
        let Some(rest) = rest.strip_prefix('"') else {
            panic!("text! takes a literal id: {}", &code[at..at + 60]);
        };
        let (id, rest) = rest.split_once('"').unwrap();
        calls.push((id.to_owned(), argument_names(rest)));
    }
    calls
}

/// The `name = …` argument names of a macro call's rest, up to its closing parenthesis.
fn argument_names(rest: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0;
    let mut in_string = false;
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' if in_string => {
                chars.next();
            }
            '"' => in_string = !in_string,
            _ if in_string => {}
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                let after = rest[at + 1..].trim_start();
                let name: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let tail = after[name.len()..].trim_start();
                if !name.is_empty() && tail.starts_with('=') && !tail.starts_with("==") {
                    names.insert(name);
                }
            }
            _ => {}
        }
    }
    names
}

#[test]
fn every_message_the_code_uses_exists_with_the_arguments_it_is_given() {
    let english = variables(SOURCES[0].1);
    let mut uses = Vec::new();
    uses_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut uses,
    );
    assert!(uses.len() > 20, "the scan found the uses: {}", uses.len());
    let wrong: Vec<String> = uses
        .iter()
        .filter_map(|(file, id, names)| match english.get(id) {
            None => Some(format!("{file}: no message `{id}` in en.ftl")),
            Some(variables) if variables != names => Some(format!(
                "{file}: `{id}` is given {names:?} but uses {variables:?}"
            )),
            Some(_) => None,
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_message_renders_without_errors_in_every_language() {
    for (lang, bundle) in BUNDLES.iter() {
        for (id, variables) in variables(SOURCES[0].1) {
            let mut args = FluentArgs::new();
            for name in &variables {
                args.set(name.as_str(), FluentValue::from(2));
            }
            let message = bundle
                .get_message(&id)
                .unwrap_or_else(|| panic!("{lang:?}: `{id}`"));
            let mut errors = Vec::new();
            let shown = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert!(errors.is_empty(), "{lang:?} `{id}`: {errors:?}");
            assert!(
                !shown.contains(['\u{2068}', '\u{2069}']),
                "no isolation marks"
            );
        }
    }
}

#[test]
fn a_text_reads_in_the_language_it_is_shown_in_with_nested_words() {
    let severity = text!("severity-error");
    assert_eq!(severity.render(UiLang::Nl), "fout");
    assert_eq!(severity.render(UiLang::De), "Fehler");
    assert_eq!(severity, "error");
    assert_eq!(Text::verbatim("`titel`").render(UiLang::De), "`titel`");
}

#[test]
fn the_scan_reads_ids_and_argument_names() {
    let code = concat!(
        "let a = text",
        "!(\"one\", key = f(a, b), count = \"x,y = 1\".len());\n",
        "// text",
        "!(\"commented\")\n"
    );
    let calls = macro_calls(code);
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].0, "one");
    assert_eq!(
        calls[0].1,
        BTreeSet::from(["key".to_owned(), "count".to_owned()])
    );
}
