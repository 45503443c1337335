//! diptych's own words, in the writer's language: every diagnostic, hint and report line
//! is a [`Text`] (a message id of `en.ftl`, `nl.ftl` and `de.ftl` with named arguments),
//! rendered only when it is shown. So one diagnostic reads in the writer's language on the
//! terminal and in the desk, and in the page's language in the preview's panel.
//!
//! The three `.ftl` files are built into the program: a site's broken files can never break
//! diptych's own words. A test holds them to the same messages with the same variables,
//! and another to the ids and arguments the code uses.

mod choice;
pub mod command_line;

use std::borrow::Cow;
use std::fmt;
use std::sync::{LazyLock, OnceLock};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};

pub use choice::{UiLang, from_environment, language_of_locale};

/// Makes a [`Text`] of a message id and named arguments:
/// `text!("yaml-unknown-key", key = name)`. A test reads every use in `src/` and checks
/// the id and the argument names against `en.ftl`.
#[macro_export]
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::words::Text::message(
            $id,
            vec![$((stringify!($name), $crate::words::Arg::from($value))),*],
        )
    };
}
pub use super::text;

/// Words to show, in whichever language they are shown in. A plain string does not turn
/// into one by itself: diptych's own words are written with [`text!`], and only words that
/// are not diptych's (a name, a system's message) with [`Text::verbatim`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Inner);

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Inner {
    /// One of diptych's messages.
    Message {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Words that are not diptych's own (a name, a message of the system), shown as they are.
    Verbatim(String),
}

/// A value put into a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Words shown as they are: a file name, a key, a quoted line.
    Plain(String),
    /// A count, which chooses the plural form.
    Count(i64),
    /// Another message, shown in the same language.
    Words(Box<Text>),
}

impl Text {
    /// One of diptych's messages; written with [`text!`], which the tests check.
    pub fn message(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Text(Inner::Message { id, args })
    }

    /// Words that are not diptych's own, shown as they are in every language.
    pub fn verbatim(words: impl Into<String>) -> Self {
        Text(Inner::Verbatim(words.into()))
    }

    /// The words in `lang`.
    pub fn render(&self, lang: UiLang) -> String {
        match &self.0 {
            Inner::Verbatim(words) => words.clone(),
            Inner::Message { id, args } => format_message(lang, id, args),
        }
    }

    /// Puts `value` into the message as the argument `name` (a count known only later);
    /// words that are not a message take no arguments.
    pub fn set(&mut self, name: &'static str, value: impl Into<Arg>) {
        if let Inner::Message { args, .. } = &mut self.0 {
            args.retain(|(known, _)| *known != name);
            args.push((name, value.into()));
        }
    }

    /// Whether there are no words at all (no suggestion to make, for instance).
    pub fn is_empty(&self) -> bool {
        matches!(&self.0, Inner::Verbatim(words) if words.is_empty())
    }

    /// The words in English, as scripts and the JSON reports read them.
    pub fn english(&self) -> String {
        self.render(UiLang::En)
    }
}

impl fmt::Display for Text {
    /// The words in the language chosen for this run ([`set_language`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(language()))
    }
}

impl PartialEq<&str> for Text {
    /// Compares the English words, as tests read them.
    fn eq(&self, other: &&str) -> bool {
        self.english() == *other
    }
}

impl serde::Serialize for Text {
    /// In English: JSON is read by scripts, which should not depend on the writer's language.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.english())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Plain(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Plain(value.clone())
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Plain(value.to_owned())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(value: Cow<'_, str>) -> Self {
        Arg::Plain(value.into_owned())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(value: &std::path::Path) -> Self {
        Arg::Plain(value.display().to_string())
    }
}

impl From<std::path::PathBuf> for Arg {
    fn from(value: std::path::PathBuf) -> Self {
        Arg::Plain(value.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(value: &std::path::PathBuf) -> Self {
        Arg::Plain(value.display().to_string())
    }
}

impl From<&std::io::Error> for Arg {
    fn from(value: &std::io::Error) -> Self {
        Arg::Plain(value.to_string())
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Count(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<Text> for Arg {
    fn from(value: Text) -> Self {
        Arg::Words(Box::new(value))
    }
}

/// The language chosen for this run, set once by the binary.
static CHOSEN: OnceLock<UiLang> = OnceLock::new();

/// Chooses the language diptych speaks in for the rest of the run (the binary does, from
/// `--ui-lang` and the environment); a second call changes nothing.
pub fn set_language(lang: UiLang) {
    let _ = CHOSEN.set(lang);
}

/// The language chosen for this run; English when none was.
pub fn language() -> UiLang {
    CHOSEN.get().copied().unwrap_or(UiLang::En)
}

/// The three message files, as built into the program.
const SOURCES: [(UiLang, &str); 3] = [
    (UiLang::En, include_str!("en.ftl")),
    (UiLang::Nl, include_str!("nl.ftl")),
    (UiLang::De, include_str!("de.ftl")),
];

static BUNDLES: LazyLock<Vec<(UiLang, FluentBundle<FluentResource>)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|&(lang, source)| (lang, bundle(lang, source)))
        .collect()
});

/// A language's messages. The files are diptych's own and tested, so a mistake in one is a
/// bug: its messages then show their ids, which the tests catch before a writer could.
fn bundle(lang: UiLang, source: &str) -> FluentBundle<FluentResource> {
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // Isolation marks would be invisible characters in a terminal.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `id` in `lang`, or `None` when there is none: for words whose ids are made
/// while the program runs, as the command line's help (one message per command and option,
/// which the tests of `main.rs` hold to the commands) rather than written with [`text!`].
pub(crate) fn lookup(lang: UiLang, id: &str) -> Option<String> {
    (bundle_of(lang).get_message(id)?.value()).map(|_| format_message(lang, id, &[]))
}

fn bundle_of(lang: UiLang) -> &'static FluentBundle<FluentResource> {
    let (_, bundle) = (BUNDLES.iter())
        .find(|(l, _)| *l == lang)
        .unwrap_or(&BUNDLES[0]);
    bundle
}

fn format_message(lang: UiLang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let bundle = bundle_of(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Plain(words) => FluentValue::from(words.as_str()),
            Arg::Count(count) => FluentValue::from(*count),
            Arg::Words(text) => FluentValue::from(text.render(lang)),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
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
                let shown =
                    bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
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
}
