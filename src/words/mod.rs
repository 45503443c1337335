//! diptych's own words, in the writer's language: every diagnostic, hint and report line
//! is a [`Text`] (a message id of `en.ftl`, `nl.ftl` and `de.ftl` with named arguments),
//! rendered only when it is shown. So one diagnostic reads in the writer's language on the
//! terminal and in the desk, and in the page's language in the preview's panel.
//!
//! The three `.ftl` files are built into the program: a site's broken files can never break
//! diptych's own words. A test holds them to the same messages with the same variables,
//! and another to the ids and arguments the code uses.

mod choice;

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

/// Words to show, in whichever language they are shown in.
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

impl From<String> for Text {
    fn from(words: String) -> Self {
        Text::verbatim(words)
    }
}

impl From<&str> for Text {
    fn from(words: &str) -> Self {
        Text::verbatim(words)
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

fn format_message(lang: UiLang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let Some((_, bundle)) = BUNDLES.iter().find(|(l, _)| *l == lang) else {
        return id.to_owned();
    };
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
mod tests;
