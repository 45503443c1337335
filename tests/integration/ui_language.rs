//! diptych speaks the writer's language: the same broken site reported in Dutch, German and
//! English, chosen by `--ui-lang`, then `DIPTYCH_LANG`, then the system's locale.

use std::path::Path;
use std::process::Output;

use crate::support::{edit, fixture};

/// Runs `diptych <args> --root <site>` with exactly the language settings in `env`.
fn diptych_with(site: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("diptych"));
    crate::support::in_english(&mut command).env_remove("LANG");
    command.envs(env.iter().copied());
    command.args(args).arg("--root").arg(site).output().unwrap()
}

/// What a build of the trilingual fixture says on stderr after `edits` (file, from, to),
/// insisting that it failed.
fn failed_build(edits: &[(&str, &str, &str)], env: &[(&str, &str)]) -> String {
    let site = fixture("trilingual");
    for (file, from, to) in edits {
        edit(site.path(), file, from, to);
    }
    let output = diptych_with(site.path(), &["build"], env);
    assert_eq!(output.status.code(), Some(1));
    String::from_utf8(output.stderr).unwrap()
}

/// What the trilingual fixture's build says with three loading mistakes (a missing title,
/// an unknown key and YAML that does not parse) and then, with those fixed, two rendering
/// mistakes (a link key to nothing and an image without alt text).
fn broken_site_reported(env: &[(&str, &str)]) -> String {
    let loading = failed_build(
        &[
            ("content/strategie/pijlers.nl.md", "title: Pijlers\n", ""),
            (
                "content/strategie/pijlers.de.md",
                "weight: 10",
                "weight: 10\ntitel: Säulen",
            ),
            (
                "content/strategie/ambities.de.md",
                "weight: 20",
                "weight: 20\nshare: [1, 2",
            ),
        ],
        env,
    );
    let rendering = failed_build(
        &[(
            "content/strategie/ambities.nl.md",
            "(@/strategie/pijlers.md#basis)",
            "(@/strategie/pijler.md) ![](kaart.png)",
        )],
        env,
    );
    [loading, rendering].join("\n")
}

#[test]
fn a_broken_site_is_reported_in_dutch_with_a_dutch_locale() {
    let reported = broken_site_reported(&[("LANG", "nl_NL.UTF-8")]);
    insta::assert_snapshot!(reported);
    assert!(reported.starts_with("fout: "), "{reported}");
}

#[test]
fn a_broken_site_is_reported_in_german_with_a_german_locale() {
    let reported = broken_site_reported(&[("LANG", "de_DE.UTF-8")]);
    insta::assert_snapshot!(reported);
    assert!(reported.starts_with("Fehler: "), "{reported}");
}

#[test]
fn a_broken_site_is_reported_in_english_with_the_c_locale() {
    let reported = broken_site_reported(&[("LANG", "C")]);
    insta::assert_snapshot!(reported);
    assert!(reported.starts_with("error: "), "{reported}");
}

/// The trilingual fixture with the title of one Dutch page left out.
fn site_without_a_title() -> tempfile::TempDir {
    let site = fixture("trilingual");
    edit(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "title: Pijlers\n",
        "",
    );
    site
}

/// The first word of what a build of a site with a missing title says.
fn first_word(args: &[&str], env: &[(&str, &str)]) -> String {
    let site = site_without_a_title();
    let mut args = args.to_vec();
    args.insert(0, "build");
    let output = diptych_with(site.path(), &args, env);
    let stderr = String::from_utf8(output.stderr).unwrap();
    stderr.split(':').next().unwrap().to_owned()
}

#[test]
fn ui_lang_comes_before_diptych_lang_which_comes_before_the_locale() {
    let everything = [
        ("DIPTYCH_LANG", "de"),
        ("LC_ALL", "nl_NL.UTF-8"),
        ("LANG", "nl_NL.UTF-8"),
    ];
    assert_eq!(first_word(&["--ui-lang", "en"], &everything), "error");
    assert_eq!(first_word(&[], &everything), "Fehler");
    assert_eq!(
        first_word(&[], &[("LC_ALL", "de_AT.UTF-8"), ("LANG", "nl_BE.UTF-8")]),
        "Fehler",
        "LC_ALL before LANG"
    );
    assert_eq!(
        first_word(&[], &[("LC_MESSAGES", "nl_NL"), ("LANG", "de_DE.UTF-8")]),
        "fout",
        "LC_MESSAGES before LANG"
    );
    assert_eq!(first_word(&[], &[("LANG", "fr_FR.UTF-8")]), "error");
    assert_eq!(first_word(&[], &[]), "error", "no locale at all");
}

#[test]
fn a_language_diptych_does_not_speak_is_refused_naming_those_it_does() {
    let site = fixture("trilingual");
    let output = diptych_with(site.path(), &["build", "--ui-lang", "fr"], &[]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("error: `fr` is not a value --ui-lang takes"),
        "{stderr}"
    );
    assert!(stderr.contains("possible values: nl, de, en"), "{stderr}");
}

/// What `diptych <args>` prints (stdout and stderr) and its exit code, with exactly the
/// language settings in `env`.
fn typed(args: &[&str], env: &[(&str, &str)]) -> (String, String, Option<i32>) {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("diptych"));
    crate::support::in_english(&mut command).env_remove("LANG");
    let output = command
        .envs(env.iter().copied())
        .args(args)
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (
        text(output.stdout),
        text(output.stderr),
        output.status.code(),
    )
}

#[test]
fn the_help_speaks_the_writers_language() {
    let (help, _, code) = typed(&["--help"], &[("LANG", "nl_NL.UTF-8")]);
    assert_eq!(code, Some(0));
    assert!(
        help.contains("Gebruik: diptych [OPTIES] <OPDRACHT>"),
        "{help}"
    );
    assert!(help.contains("Opdrachten:"), "{help}");
    assert!(help.contains("Toon de versie van diptych."), "{help}");

    let (help, _, _) = typed(&["build", "--help"], &[("DIPTYCH_LANG", "de")]);
    assert!(help.contains("Aufruf: diptych build [OPTIONEN]"), "{help}");
    assert!(help.contains("--root <ORDNER>"), "{help}");
    assert!(
        help.contains("Der Website-Ordner, der Ordner, in dem site.yaml liegt. [Standard: .]"),
        "{help}"
    );
    assert!(
        help.contains("Bei einem Fehler wird nichts veröffentlicht"),
        "{help}"
    );

    let (help, _, _) = typed(&["help", "new"], &[("LANG", "en_GB.UTF-8")]);
    assert!(
        help.contains("Usage: diptych new [OPTIONS] <SECTION/PAGE>"),
        "{help}"
    );
}

#[test]
fn a_misspelt_command_or_option_is_said_in_the_writers_language_with_the_likely_one() {
    let (_, said, code) = typed(&["biuld"], &[("LANG", "nl_NL.UTF-8")]);
    assert_eq!(code, Some(2), "{said}");
    assert!(
        said.starts_with("fout: `biuld` is geen opdracht van diptych"),
        "{said}"
    );
    assert!(said.contains("tip: bedoel je `build`?"), "{said}");

    let (_, said, code) = typed(&["build", "--strct"], &[("LANG", "de_DE.UTF-8")]);
    assert_eq!(code, Some(2), "{said}");
    assert!(
        said.starts_with("Fehler: `--strct` ist keine Option von `diptych build`"),
        "{said}"
    );
    assert!(said.contains("`--strict`"), "{said}");

    let (_, said, code) = typed(&["new", "--ui-lang", "nl"], &[]);
    assert_eq!(code, Some(2), "{said}");
    assert!(
        said.starts_with("fout: `diptych new` heeft <SECTIE/PAGINA> nodig"),
        "{said}"
    );
    assert!(said.contains("`diptych new --help`"), "{said}");
}

#[test]
fn the_build_summary_speaks_dutch() {
    let site = fixture("trilingual");
    let output = diptych_with(site.path(), &["build", "--ui-lang", "nl"], &[]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.starts_with("12 pagina's gebouwd: 4 Nederlands (nl), 4 Deutsch (de), 4 English (en). 0 waarschuwingen."),
        "{stdout}"
    );
}

/// `check --format json` is read by scripts: its words stay English whatever the language.
#[test]
fn json_reports_stay_english_for_scripts() {
    let site = site_without_a_title();
    let output = diptych_with(
        site.path(),
        &["check", "--format", "json"],
        &[("LANG", "nl_NL.UTF-8")],
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let messages: Vec<&str> = (report["diagnostics"].as_array().unwrap().iter())
        .filter_map(|diagnostic| diagnostic["message"].as_str())
        .collect();
    assert!(
        messages.contains(&"front matter: the required key `title` is missing"),
        "{messages:?}"
    );
}
