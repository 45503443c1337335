//! UI strings: one Fluent bundle per language, loaded from `i18n/<lang>.ftl`, with numbers
//! formatted as each language writes them.
//!
//! fluent-rs prints every number with a decimal point and no digit grouping. Dutch and
//! German readers expect `1.234,5`, so each bundle gets CLDR's number format
//! ([`number::format_value`]), and the `NUMBER` options it cannot honour are build errors.
//! Bundles are built once and shared by all render threads (the concurrent flavour of
//! `FluentBundle`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource};
use unic_langid::{CharacterDirection, LanguageIdentifier};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::number::{self, Literal, NumberOption};
use crate::suggest;
use crate::util::text::line_and_column;
use crate::words::{Text, text};

/// The folder of the site that holds the `.ftl` files.
pub(crate) const I18N_DIR: &str = "i18n";

/// All languages' UI strings.
#[derive(Default)]
pub struct I18n {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    messages: BTreeMap<String, BTreeMap<String, Message>>,
    /// Each language's `.ftl` text, to quote lines in messages.
    sources: BTreeMap<String, String>,
}

/// What a message is, apart from its wording: where it stands and what it takes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    /// 1-based line of its definition in the `.ftl` file.
    pub line: usize,
    /// The `$variables` it uses.
    pub variables: BTreeSet<String>,
    /// Its `.attributes`.
    pub attributes: BTreeSet<String>,
    /// Other messages it refers to (`{ site-name }`).
    pub references: BTreeSet<String>,
    /// The named arguments of its `NUMBER()` calls, checked by [`number::option_problems`].
    pub number_options: Vec<NumberOption>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("messages", &self.messages)
            .finish_non_exhaustive()
    }
}

/// The `.ftl` file of a language, relative to the site folder.
pub(crate) fn ftl_path(lang: &str) -> PathBuf {
    Path::new(I18N_DIR).join(format!("{lang}.ftl"))
}

/// Loads `i18n/<lang>.ftl` for every configured language, reporting every syntax error.
pub(crate) fn load(root: &Path, config: &Config) -> Result<I18n, Vec<Diagnostic>> {
    let mut i18n = I18n::default();
    let mut diagnostics = Vec::new();
    for language in &config.languages {
        match load_language(root, &language.code) {
            Ok((bundle, described, text)) => {
                i18n.bundles.insert(language.code.to_string(), bundle);
                i18n.messages.insert(language.code.to_string(), described);
                i18n.sources.insert(language.code.to_string(), text);
            }
            Err(mut problems) => diagnostics.append(&mut problems),
        }
    }
    if diagnostics.is_empty() {
        Ok(i18n)
    } else {
        Err(diagnostics)
    }
}

/// A language's bundle, its messages described, and the file's text.
type LoadedLanguage = (
    FluentBundle<FluentResource>,
    BTreeMap<String, Message>,
    String,
);

fn load_language(root: &Path, lang: &str) -> Result<LoadedLanguage, Vec<Diagnostic>> {
    let path = ftl_path(lang);
    let text = std::fs::read_to_string(root.join(&path)).map_err(|error| {
        vec![
            Diagnostic::error(text!("ui-texts-unreadable", lang = lang, error = &error))
                .in_file(&path)
                .with_hint(text!("ui-texts-unreadable-hint", lang = lang)),
        ]
    })?;
    let resource = FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
        errors
            .iter()
            .map(|error| {
                let (line, column) = line_and_column(&text, error.pos.start);
                Diagnostic::error(text!("fluent-syntax", problem = error.kind.to_string()))
                    .in_file(&path)
                    .at(&text, line, column)
                    .with_hint(text!("fluent-syntax-hint"))
            })
            .collect::<Vec<_>>()
    })?;
    let mut described = describe_entries(&resource, &text);
    let problems = number::option_problems(
        (described.iter()).map(|(id, m)| (id.as_str(), m.line, m.number_options.as_slice())),
        &text,
        &path,
    );
    if !problems.is_empty() {
        return Err(problems);
    }
    // Terms (`-brand`) are checked with the messages but are no UI texts of their own.
    described.retain(|id, _| !id.starts_with('-'));
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Isolation marks (U+2068/U+2069) only matter when left-to-right and right-to-left
    // text mix; in HTML and PDF text of a left-to-right language they are stray characters.
    bundle.set_use_isolating(langid.character_direction() == CharacterDirection::RTL);
    bundle.set_formatter(Some(number::format_value));
    bundle.add_builtins().map_err(|error| {
        let problem = error.to_string();
        vec![Diagnostic::error(text!("fluent-problem", problem = problem)).in_file(&path)]
    })?;
    bundle.add_resource(resource).map_err(|errors| {
        errors
            .iter()
            .map(|error| {
                Diagnostic::error(text!("fluent-problem", problem = error.to_string()))
                    .in_file(&path)
                    .with_hint(text!("fluent-twice-hint"))
            })
            .collect::<Vec<_>>()
    })?;
    Ok((bundle, described, text))
}

/// Every message and term (named with its dash: `-brand`) of a file, with its line and the
/// names it uses.
pub(crate) fn describe_entries(resource: &FluentResource, text: &str) -> BTreeMap<String, Message> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some((
                message.id.name.to_owned(),
                message.value.as_ref(),
                &message.attributes,
            )),
            Entry::Term(term) => Some((
                format!("-{}", term.id.name),
                Some(&term.value),
                &term.attributes,
            )),
            _ => None,
        })
        .map(|(id, value, attributes)| {
            let mut described = Message {
                line: definition_line(text, &id),
                attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                ..Message::default()
            };
            let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                collect_names(&pattern.elements, &mut described);
            }
            (id, described)
        })
        .collect()
}

fn definition_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|line| {
            line.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |index| index + 1)
}

/// Adds the variables and message references of pattern elements, at any depth.
fn collect_names(elements: &[fluent_syntax::ast::PatternElement<&str>], into: &mut Message) {
    use fluent_syntax::ast::PatternElement;
    for element in elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, into);
        }
    }
}

fn collect_expression(expression: &fluent_syntax::ast::Expression<&str>, into: &mut Message) {
    use fluent_syntax::ast::Expression;
    match expression {
        Expression::Inline(inline) => collect_inline(inline, into),
        Expression::Select { selector, variants } => {
            collect_inline(selector, into);
            for variant in variants {
                collect_names(&variant.value.elements, into);
            }
        }
    }
}

fn collect_inline(expression: &fluent_syntax::ast::InlineExpression<&str>, into: &mut Message) {
    use fluent_syntax::ast::InlineExpression;
    match expression {
        InlineExpression::VariableReference { id } => {
            into.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, .. } => {
            into.references.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { id, arguments } => {
            if id.name == "NUMBER" {
                into.number_options
                    .extend(arguments.named.iter().filter_map(number_option));
            }
            collect_arguments(arguments, into);
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => collect_arguments(arguments, into),
        InlineExpression::Placeable { expression } => collect_expression(expression, into),
        _ => {}
    }
}

fn collect_arguments(arguments: &fluent_syntax::ast::CallArguments<&str>, into: &mut Message) {
    let named = arguments.named.iter().map(|n| &n.value);
    for argument in arguments.positional.iter().chain(named) {
        collect_inline(argument, into);
    }
}

/// A `NUMBER` option as written; `None` for values other than literals, which Fluent's
/// grammar does not allow there.
fn number_option(argument: &fluent_syntax::ast::NamedArgument<&str>) -> Option<NumberOption> {
    use fluent_syntax::ast::InlineExpression;
    let value = match &argument.value {
        InlineExpression::NumberLiteral { value } => Literal::Number((*value).to_owned()),
        InlineExpression::StringLiteral { value } => Literal::Text((*value).to_owned()),
        _ => return None,
    };
    Some(NumberOption {
        name: argument.name.name.to_owned(),
        value,
    })
}

impl I18n {
    /// Formats message `id` in `lang`. The error says what is missing, for the template
    /// error that wraps it.
    pub fn format(&self, lang: &str, id: &str, args: &FluentArgs) -> Result<String, Text> {
        let bundle = (self.bundles.get(lang))
            .ok_or_else(|| text!("ui-texts-none-for-language", lang = lang))?;
        let file = ftl_path(lang);
        let message = bundle.get_message(id).ok_or_else(|| {
            let known = self.messages.get(lang).into_iter().flat_map(BTreeMap::keys);
            let meant = suggest::did_you_mean(id, known.map(String::as_str));
            text!("ui-text-missing", id = id, file = &file, meant = meant)
        })?;
        let pattern = (message.value())
            .ok_or_else(|| text!("ui-text-without-value", id = id, file = &file))?;
        let mut errors = Vec::new();
        let formatted = bundle.format_pattern(pattern, Some(args), &mut errors);
        match errors.first() {
            None => Ok(formatted.into_owned()),
            Some(error) => {
                let problem = error.to_string();
                Err(text!(
                    "ui-text-unformattable",
                    id = id,
                    file = &file,
                    problem = problem
                ))
            }
        }
    }

    /// Every language's `.ftl` text, by language.
    pub fn sources(&self) -> &BTreeMap<String, String> {
        &self.sources
    }

    /// The text of a language's `.ftl` file.
    pub fn source(&self, lang: &str) -> &str {
        self.sources.get(lang).map_or("", String::as_str)
    }

    /// The messages of one language, by name.
    pub fn messages(&self, lang: &str) -> Option<&BTreeMap<String, Message>> {
        self.messages.get(lang)
    }
}

/// A UI text that one language has and another lacks is an error: the site would be
/// half-translated. Reported once per missing translation, at the line where the text is
/// defined in the first language that has it.
/// `used_in` names the templates that use a text, for the message.
pub(crate) fn compare_languages(
    i18n: &I18n,
    config: &Config,
    used_in: &dyn Fn(&str) -> Vec<String>,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut reported = BTreeSet::new();
    for model in &config.languages {
        let Some(defined) = i18n.messages(&model.code) else {
            continue;
        };
        for (id, message) in defined {
            for language in &config.languages {
                let lacks = i18n
                    .messages(&language.code)
                    .is_some_and(|m| !m.contains_key(id));
                if !lacks || !reported.insert((id.clone(), language.code.clone())) {
                    continue;
                }
                let templates = used_in(id);
                let file = ftl_path(&language.code);
                let message_text = match templates.is_empty() {
                    true => text!("ui-text-missing-in", id = id.as_str(), file = &file),
                    false => text!(
                        "ui-text-missing-in-used",
                        id = id.as_str(),
                        file = &file,
                        templates = templates.join(", ")
                    ),
                };
                let language_name = language.name.as_str();
                diagnostics.push(
                    Diagnostic::error(message_text)
                        .in_file(ftl_path(&model.code))
                        .at(i18n.source(&model.code), message.line, 1)
                        .with_hint(text!(
                            "ui-text-missing-hint",
                            language = language_name,
                            file = &file
                        )),
                );
            }
        }
    }
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_options_are_collected_from_messages_and_terms_at_any_depth() {
        let text = "share = { $n ->\n    [one] { NUMBER($n, style: \"percent\") }\n   *[other] x\n}\n\
                    -total = { NUMBER($n, minimumFractionDigits: 2) }\n";
        let resource = FluentResource::try_new(text.to_owned()).unwrap();
        let described = describe_entries(&resource, text);
        let options = |id: &str| described[id].number_options.clone();
        let option = |name: &str, value| {
            vec![NumberOption {
                name: name.to_owned(),
                value,
            }]
        };
        assert_eq!(
            options("share"),
            option("style", Literal::Text("percent".to_owned()))
        );
        assert_eq!(described["-total"].line, 5);
        assert_eq!(
            options("-total"),
            option("minimumFractionDigits", Literal::Number("2".to_owned()))
        );
    }
}
