//! `site.yaml`: what the file says ([`RawConfig`]) and what the build uses ([`Config`]).
//!
//! The raw form mirrors the file and refuses unknown keys; [`resolve`] checks what serde
//! cannot (languages, the default language, the base URL) and derives the URL path the
//! site is served under.

use std::path::Path;

use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::words::{Text, text};
use crate::yaml;

/// The configuration file's name, in the site folder.
pub(crate) const FILE_NAME: &str = "site.yaml";

/// `site.yaml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: String,
    default_language: String,
    languages: Vec<RawLanguage>,
    theme: String,
    #[serde(default)]
    brochure: Option<Brochure>,
    #[serde(default)]
    extra: serde_json::Value,
}

/// The print editions: which chapters, in which order, on which paper.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Brochure {
    /// Paper size of the printed editions.
    #[serde(default)]
    pub paper: Paper,
    /// Section keys (`strategie/_index.md`), one chapter each with its pages, in order.
    pub chapters: Vec<String>,
    /// Pages printed at the back (`over-mst/contact.md`), each on pages of its own.
    #[serde(default)]
    pub back: Vec<String>,
    /// How wide an image is printed, in centimetres (the text column): `check` warns about
    /// images with fewer pixels than 200 dpi need at that width.
    #[serde(default)]
    pub image_width_cm: Option<f64>,
}

/// Paper sizes for print editions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Paper {
    /// 210 × 297 mm.
    #[default]
    A4,
    /// 148 × 210 mm.
    A5,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    code: String,
    name: String,
}

/// One language of the site, in the order `site.yaml` lists them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Language {
    /// BCP 47 code, used in file names (`ambities.de.md`), URLs (`/de/`) and `<html lang>`.
    pub code: Lang,
    /// The language's name in itself (`Deutsch`), shown in the language switcher.
    pub name: String,
}

/// The site's settings, checked and ready for the build.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Config {
    /// Absolute URL of the site root, always ending in `/`.
    pub base_url: String,
    /// The path part of `base_url` (`/` or `/strategie/`): every link starts with it, so the
    /// site also works when served from a sub-folder of a host.
    pub base_path: String,
    /// The language of `x-default` and of pages such as `404.html`.
    pub default_language: Lang,
    /// All languages, default first or not, in the order of `site.yaml`.
    pub languages: Vec<Language>,
    /// Folder name under `themes/`.
    pub theme: String,
    /// The print editions, when the site has them.
    pub brochure: Option<Brochure>,
    /// Free-form settings handed to templates as `site.extra`.
    pub extra: serde_json::Value,
}

impl Config {
    /// The language with this code, if the site has it.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|language| language.code == code)
    }

    /// Position of a language in `site.yaml`, used to order everything by language.
    pub(crate) fn language_rank(&self, code: &str) -> usize {
        self.languages
            .iter()
            .position(|language| language.code == code)
            .unwrap_or(usize::MAX)
    }
}

/// Reads and checks `site.yaml` in `root`; `base_url` overrides the file's (for previews).
pub fn load(root: &Path, base_url: Option<&str>) -> Result<Config, Vec<Diagnostic>> {
    let path = root.join(FILE_NAME);
    let text = std::fs::read_to_string(&path).map_err(|error| {
        vec![
            Diagnostic::error(text!("cannot-read-file", file = FILE_NAME, error = &error))
                .in_file(FILE_NAME)
                .with_hint(text!("site-yaml-unreadable-hint")),
        ]
    })?;
    let raw: RawConfig = yaml::parse(&text).map_err(|error| {
        let mut diagnostic =
            Diagnostic::error(error.message)
                .in_file(FILE_NAME)
                .at(&text, error.line, error.column);
        if let Some(hint) = error.hint {
            diagnostic = diagnostic.with_hint(hint);
        }
        vec![diagnostic]
    })?;
    resolve(raw, base_url).map_err(|problems| {
        problems
            .into_iter()
            .map(|problem| {
                let diagnostic = Diagnostic::error(problem.message)
                    .in_file(FILE_NAME)
                    .with_hint(problem.hint);
                match yaml::place_of(&text, problem.key) {
                    Some((line, column)) => diagnostic.at(&text, line, column),
                    None => diagnostic,
                }
            })
            .collect()
    })
}

/// A setting that is wrong: the top-level key it is under (to point at its line), what is
/// wrong and what to do.
#[derive(Debug)]
struct Problem {
    key: &'static str,
    message: Text,
    hint: Text,
}

impl Problem {
    fn new(key: &'static str, message: Text, hint: Text) -> Problem {
        Problem { key, message, hint }
    }
}

/// Checks the raw settings.
fn resolve(raw: RawConfig, base_url: Option<&str>) -> Result<Config, Vec<Problem>> {
    let mut problems = Vec::new();
    if let Some(problem) = theme_problem(&raw.theme) {
        problems.push(problem);
    }
    let base_url = base_url.unwrap_or(&raw.base_url);
    let base_path = url_path(base_url).unwrap_or_else(|| {
        problems.push(Problem::new(
            "base_url",
            text!("config-bad-base-url", base_url = base_url),
            text!("config-bad-base-url-hint"),
        ));
        "/".to_owned()
    });
    problems.extend(language_problems(&raw));
    let print_width = raw.brochure.as_ref().and_then(|b| b.image_width_cm);
    if let Some(width) = print_width.filter(|width| !(width.is_finite() && *width > 0.0)) {
        problems.push(Problem::new(
            "brochure",
            text!("config-bad-image-width", width = width.to_string()),
            text!("config-bad-image-width-hint"),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut base_url = base_url.to_owned();
    if !base_url.ends_with('/') {
        base_url.push('/');
    }
    Ok(Config {
        base_url,
        base_path,
        default_language: Lang::new(raw.default_language),
        languages: raw
            .languages
            .into_iter()
            .map(|l| Language {
                code: Lang::new(l.code),
                name: l.name,
            })
            .collect(),
        theme: raw.theme,
        brochure: raw.brochure,
        extra: match raw.extra {
            serde_json::Value::Null => serde_json::Value::Object(Default::default()),
            other => other,
        },
    })
}

/// What is wrong with the languages of the raw settings: none listed, a code that is no
/// language code or listed twice, a default language that is not listed.
fn language_problems(raw: &RawConfig) -> Vec<Problem> {
    let mut problems = Vec::new();
    if raw.languages.is_empty() {
        problems.push(Problem::new(
            "languages",
            text!("config-no-languages"),
            text!("config-no-languages-hint"),
        ));
    }
    for (index, language) in raw.languages.iter().enumerate() {
        if language.code.parse::<LanguageIdentifier>().is_err() || language.code.contains('_') {
            problems.push(Problem::new(
                "languages",
                text!("config-bad-language-code", code = &language.code),
                text!("config-bad-language-code-hint"),
            ));
        }
        if raw.languages[..index]
            .iter()
            .any(|l| l.code == language.code)
        {
            problems.push(Problem::new(
                "languages",
                text!("config-language-twice", code = &language.code),
                text!("config-language-twice-hint"),
            ));
        }
    }
    if !raw.languages.iter().any(|l| l.code == raw.default_language) {
        problems.push(Problem::new(
            "default_language",
            text!("config-bad-default-language", code = &raw.default_language),
            text!("config-bad-default-language-hint"),
        ));
    }
    problems
}

/// Why `theme` cannot name a theme: it must be the name of one folder under the site's
/// `themes/`, so that a theme can never publish files from outside the site folder.
fn theme_problem(theme: &str) -> Option<Problem> {
    let mut parts = Path::new(theme).components();
    let one_folder = matches!(
        (parts.next(), parts.next()),
        (Some(std::path::Component::Normal(_)), None)
    ) && !theme.contains(['/', '\\', ':']);
    (!one_folder).then(|| {
        Problem::new(
            "theme",
            text!("config-bad-theme", theme = theme),
            text!("config-bad-theme-hint"),
        )
    })
}

/// The path of an `http(s)://host/path` address, with a leading and trailing `/`.
fn url_path(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.is_empty() || host.contains(char::is_whitespace) || path.contains(['?', '#', ' ']) {
        return None;
    }
    let path = path.trim_end_matches('/');
    Some(if path.is_empty() {
        "/".to_owned()
    } else {
        format!("/{path}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_path_comes_from_the_url() {
        assert_eq!(url_path("https://example.org").as_deref(), Some("/"));
        assert_eq!(url_path("https://example.org/").as_deref(), Some("/"));
        assert_eq!(
            url_path("https://example.org/strategie").as_deref(),
            Some("/strategie/")
        );
        assert_eq!(url_path("example.org/"), None);
    }

    #[test]
    fn the_print_width_of_images_is_a_positive_number_of_centimetres() {
        let with_width = |width: &str| {
            let text = format!(
                "base_url: https://example.org/\ndefault_language: nl\nlanguages:\n  \
                 - code: nl\n    name: Nederlands\ntheme: t\nbrochure:\n  chapters: []\n  \
                 image_width_cm: {width}\n"
            );
            resolve(yaml::parse(&text).unwrap(), None)
        };
        let config = with_width("12.5").unwrap();
        assert_eq!(config.brochure.unwrap().image_width_cm, Some(12.5));
        for wrong in ["0", "-3"] {
            let problems = with_width(wrong).unwrap_err();
            assert!(
                problems[0].message.english().contains("which is no width"),
                "{problems:?}"
            );
        }
    }
}
