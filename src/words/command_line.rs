//! The command line in the writer's language. clap writes `--help` and its complaints about
//! what was typed in English only, so the help is rebuilt from the `cli-` messages of the
//! three `.ftl` files (one per command and option), and the mistakes a writer makes at the
//! command line (a misspelt command or option, a value that does not fit) are said again in
//! diptych's words. Rarer complaints stay clap's.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use super::{Text, UiLang, lookup, text};

/// The option that chooses the language, as `main.rs` declares it.
const UI_LANG: &str = "--ui-lang";

/// The language asked for with `--ui-lang CODE` or `--ui-lang=CODE`, read before clap reads
/// the command line, so that clap's help and complaints speak it too.
pub fn language_asked(args: impl IntoIterator<Item = OsString>) -> Option<UiLang> {
    let args: Vec<String> = (args.into_iter())
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    args.iter().enumerate().find_map(|(at, arg)| {
        let code = match arg.strip_prefix(UI_LANG)? {
            "" => args.get(at + 1)?.as_str(),
            rest => rest.strip_prefix('=')?,
        };
        UiLang::from_code(code)
    })
}

/// `command` (clap's, as `main.rs` declares it) with its help in `lang`.
pub fn translate(command: Command, lang: UiLang) -> Command {
    let mut command = translate_declared(command, "", lang);
    // Building adds clap's own parts (--help, --version, the help command), translated after
    // it; clap decides while building whether a command has a longer help, so the commands'
    // own words are in place before.
    command.build();
    translate_added(command, "", lang)
}

/// The message `id` in `lang`; its id when there is none, which the tests catch.
fn words(lang: UiLang, id: &str) -> String {
    lookup(lang, id).unwrap_or_else(|| id.to_owned())
}

/// The parts of `command` that `main.rs` declares: what the command does (`cli-<name>`, and
/// more in `cli-<name>-long`; the root command is `cli`), its options, its subcommands.
fn translate_declared(mut command: Command, name: &str, lang: UiLang) -> Command {
    let id = if name.is_empty() {
        "cli".to_owned()
    } else {
        format!("cli-{name}")
    };
    let about = words(lang, &id);
    if let Some(more) = lookup(lang, &format!("{id}-long")) {
        command = command.long_about(format!("{about}\n\n{more}"));
    }
    command = command.about(about);
    let options: Vec<String> = (command.get_arguments())
        .filter(|arg| !arg.is_hide_set())
        .map(|arg| arg.get_id().to_string())
        .collect();
    for option in options {
        command = command.mut_arg(option, |arg| translate_arg(arg, name, lang));
    }
    for_each_subcommand(command, |sub, sub_name| {
        translate_declared(sub, sub_name, lang)
    })
}

/// The parts clap adds while building, and the headings and usage line of every command.
fn translate_added(mut command: Command, name: &str, lang: UiLang) -> Command {
    if name == "help" {
        command = translate_declared(command, name, lang);
    }
    for option in ["help", "version"] {
        if command.get_arguments().any(|arg| arg.get_id() == option) {
            command = command.mut_arg(option, |arg| {
                let arg = translate_arg(arg, name, lang);
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                arg.long_help(help)
            });
        }
    }
    let command = for_each_subcommand(command, |sub, sub_name| {
        translate_added(sub, sub_name, lang)
    });
    with_headings(command, lang)
}

/// `command` with each of its subcommands passed through `translate` with its name: clap
/// changes a subcommand only inside `mut_subcommand`, one name at a time.
fn for_each_subcommand(
    mut command: Command,
    translate: impl Fn(Command, &str) -> Command,
) -> Command {
    let names: Vec<String> = (command.get_subcommands())
        .map(|subcommand| subcommand.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| translate(sub, &name));
    }
    command
}

/// An option's help from `cli-<command>-<option>`, else `cli-arg-<option>` (the options several
/// commands share), with its default and possible values and its value name in `lang`.
fn translate_arg(mut arg: Arg, command: &str, lang: UiLang) -> Arg {
    let option = arg.get_id().as_str().replace('_', "-");
    let mut help = lookup(lang, &format!("cli-{command}-{option}"))
        .unwrap_or_else(|| words(lang, &format!("cli-arg-{option}")));
    if arg.get_action().takes_values() {
        help = with_values(help, &arg, lang);
        arg = arg.hide_default_value(true).hide_possible_values(true);
    }
    let heading = if arg.is_positional() {
        "cli-arguments-heading"
    } else {
        "cli-options-heading"
    };
    let value_names: Vec<String> = (arg.get_value_names().unwrap_or_default().iter())
        .map(|value_name| value_name_in(value_name, lang))
        .collect();
    let arg = arg.help(help).help_heading(words(lang, heading));
    if value_names.is_empty() {
        arg
    } else {
        arg.value_names(value_names)
    }
}

/// `help` with the option's default and possible values in `lang`, as clap would add them in
/// English.
fn with_values(help: String, arg: &Arg, lang: UiLang) -> String {
    let defaults: Vec<String> = (arg.get_default_values().iter())
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    let possible: Vec<String> = (arg.get_possible_values().iter())
        .filter(|value| !value.is_hide_set())
        .map(|value| value.get_name().to_owned())
        .collect();
    let mut said = vec![help];
    if !defaults.is_empty() {
        let value = defaults.join(", ");
        said.push(text!("cli-default", value = value).render(lang));
    }
    if !possible.is_empty() {
        let values = possible.join(", ");
        said.push(text!("cli-possible-values", values = values).render(lang));
    }
    said.join(" ")
}

/// A value name (`FOLDER`) in `lang`, from `cli-value-folder`.
fn value_name_in(value_name: &str, lang: UiLang) -> String {
    let id = format!("cli-value-{}", value_name.to_lowercase().replace('_', "-"));
    words(lang, &id)
}

/// clap's headings ("Usage:", "Commands:") and the usage line's words in `lang`.
fn with_headings(command: Command, lang: UiLang) -> Command {
    let usage_heading = words(lang, "cli-usage-heading");
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage_heading} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(words(lang, "cli-commands-heading"))
        .subcommand_value_name(words(lang, "cli-value-command"));
    // clap writes "[OPTIONS]" into the usage line by itself: the line is made here, so it
    // names them in `lang`.
    let usage = command.render_usage().to_string();
    let usage = usage
        .split_once(' ')
        .map_or(usage.as_str(), |(_, line)| line);
    let usage = usage.replace("[OPTIONS]", &words(lang, "cli-usage-options"));
    command.override_usage(usage)
}

/// What diptych says of a mistake clap found in `typed` (the command line, from the
/// program's name on) for `command`, as a message and a hint; `None` for clap's help and
/// version (no mistakes) and for the rare mistakes diptych has no words of its own for,
/// which clap then says itself.
pub fn explain(error: &clap::Error, command: &Command, typed: &[String]) -> Option<(Text, Text)> {
    let commands = command_names(command);
    let command = typed_command(command, typed);
    let see_help = || text!("cli-see-help", command = command.clone());
    match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let typed = first(error, ContextKind::InvalidSubcommand)?;
            let hint = suggestion(error)
                .unwrap_or_else(|| text!("cli-commands-hint", commands = commands.clone()));
            Some((text!("cli-unknown-command", typed = typed), hint))
        }
        ErrorKind::MissingSubcommand => {
            let message = text!("cli-missing-command", command = command.clone());
            Some((
                message,
                text!("cli-commands-hint", commands = commands.clone()),
            ))
        }
        ErrorKind::UnknownArgument => {
            let typed = first(error, ContextKind::InvalidArg)?;
            let hint = suggestion(error).unwrap_or_else(see_help);
            let message = text!(
                "cli-unknown-option",
                typed = typed,
                command = command.clone()
            );
            Some((message, hint))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let option = option_name(&first(error, ContextKind::InvalidArg)?);
            let value = first(error, ContextKind::InvalidValue).unwrap_or_default();
            let possible = all(error, ContextKind::ValidValue);
            let message = if value.is_empty() {
                text!("cli-value-missing", option = option)
            } else {
                text!("cli-invalid-value", value = value, option = option)
            };
            let hint = if possible.is_empty() {
                see_help()
            } else {
                let values = possible.join(", ");
                text!("cli-possible-values-hint", values = values)
            };
            Some((message, hint))
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = all(error, ContextKind::InvalidArg).join(", ");
            let message = text!("cli-missing", command = command.clone(), missing = missing);
            Some((message, see_help()))
        }
        ErrorKind::ArgumentConflict => {
            let option = option_name(&first(error, ContextKind::InvalidArg)?);
            let other = option_name(&first(error, ContextKind::PriorArg)?);
            let message = text!("cli-conflict", option = option, other = other);
            Some((message, text!("cli-conflict-hint")))
        }
        _ => None,
    }
}

/// The commands a writer can type, for a hint.
fn command_names(command: &Command) -> String {
    let names: Vec<&str> = (command.get_subcommands())
        .map(Command::get_name)
        .filter(|name| *name != "help")
        .collect();
    names.join(", ")
}

/// The command the mistake was made in, as the writer would type it: `diptych build`, or
/// `diptych` before a command was named.
fn typed_command(command: &Command, typed: &[String]) -> String {
    let name = command.get_name();
    let subcommand =
        (typed.iter().skip(1)).find(|word| command.find_subcommand(word.as_str()).is_some());
    match subcommand {
        Some(subcommand) => format!("{name} {subcommand}"),
        None => name.to_owned(),
    }
}

/// `--ui-lang` of clap's `--ui-lang <CODE>`; a value's name (`<TARGET>`) as it is.
fn option_name(written: &str) -> String {
    match written.split_once(' ') {
        Some((option, _)) if option.starts_with('-') => option.to_owned(),
        _ => written.to_owned(),
    }
}

/// "did you mean `build`?", when clap found a command or option close to what was typed.
fn suggestion(error: &clap::Error) -> Option<Text> {
    let name = first(error, ContextKind::SuggestedSubcommand)
        .or_else(|| first(error, ContextKind::SuggestedArg))?;
    Some(text!("did-you-mean", name = name))
}

fn first(error: &clap::Error, kind: ContextKind) -> Option<String> {
    all(error, kind).into_iter().next()
}

fn all(error: &clap::Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(value)) => vec![value.clone()],
        Some(ContextValue::Strings(values)) => values.clone(),
        Some(ContextValue::StyledStr(value)) => vec![value.to_string()],
        Some(ContextValue::StyledStrs(values)) => values.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(args: &[&str]) -> Option<UiLang> {
        language_asked(args.iter().map(OsString::from))
    }

    #[test]
    fn the_language_is_read_before_clap_in_both_spellings() {
        assert_eq!(
            asked(&["diptych", "build", "--ui-lang", "nl"]),
            Some(UiLang::Nl)
        );
        assert_eq!(
            asked(&["diptych", "--ui-lang=de", "check"]),
            Some(UiLang::De)
        );
        assert_eq!(asked(&["diptych", "build", "--ui-lang", "fr"]), None);
        assert_eq!(asked(&["diptych", "build", "--ui-lang"]), None);
        assert_eq!(asked(&["diptych", "build", "--ui-language=nl"]), None);
    }
}
