//! `diptych init`: starts a new site in an empty folder, with site.yaml, a home page, one
//! section with one page in every language, the site's own texts per language, and a
//! starter theme, so that a writer's first `diptych serve` shows a working site.
//!
//! The starter files live in `src/init/starter/`, readable as they are, and are built into
//! the program. Nothing is left behind when something fails: the folder is emptied again.
//!
//! A feature on the top floors (docs/architecture.md): only `main.rs` uses it.

mod languages;

use std::path::{Path, PathBuf};

use crate::config::{self, Config};
use crate::diagnostic::Diagnostic;
use crate::translations;
use crate::util::text::title_of;

use crate::words::text;
use languages::{EN, KNOWN, Known};

/// The languages of a new site when none are asked for: Dutch and German, the languages of
/// the brochures diptych was made for, and two, so that the switcher, the translation
/// records and the side-by-side print edition show from the start.
pub const DEFAULT_LANGUAGES: &str = "nl,de";

/// The theme's folder name below `themes/`.
const THEME: &str = "starter";

/// The starter theme's files, as (path below the theme folder, contents).
macro_rules! theme_files {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("starter/theme/", $path)))),*]
    };
}

const THEME_FILES: &[(&str, &str)] = theme_files![
    "templates/base.html",
    "templates/index.html",
    "templates/section.html",
    "templates/page.html",
    "templates/cards.html",
    "templates/404.html",
    "templates/brochure.html",
    "templates/brochure.css",
    "static/style.css",
];

const SITE_YAML: &str = include_str!("starter/site.yaml");

/// Creates a new site in `folder` (made when missing, refused when not empty) in the
/// `languages` given as `nl,de` (the first is the source language), named `name` or after
/// the folder. Returns the files made, relative to `folder`.
pub fn create(
    folder: &Path,
    languages: &str,
    name: Option<&str>,
) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let languages = parse_languages(languages).map_err(|problem| vec![problem])?;
    let name = site_name(folder, name).map_err(|problem| vec![problem])?;
    let made_folder = ensure_empty(folder).map_err(|problem| vec![problem])?;
    let files = starter_files(&languages, &name);
    let written = write_all(folder, &files).and_then(|()| record_translations(folder));
    match written {
        Ok(recorded) => {
            let mut made: Vec<PathBuf> = files.into_iter().map(|(path, _)| path).collect();
            made.extend(recorded);
            Ok(made)
        }
        Err(problems) => {
            undo(folder, made_folder);
            Err(problems)
        }
    }
}

/// `nl,de` → the known languages, in that order; unknown codes and repeats refused.
fn parse_languages(list: &str) -> Result<Vec<&'static Known>, Diagnostic> {
    let codes: Vec<String> = list
        .split(',')
        .map(|code| code.trim().to_ascii_lowercase())
        .filter(|code| !code.is_empty())
        .collect();
    if codes.is_empty() {
        return Err(Diagnostic::error(text!("init-no-language"))
            .with_hint(text!("init-no-language-hint", example = DEFAULT_LANGUAGES)));
    }
    let mut chosen: Vec<&'static Known> = Vec::new();
    for code in &codes {
        let Some(language) = languages::find(code) else {
            let all: Vec<&str> = KNOWN.iter().map(|l| l.code).collect();
            let meant = crate::suggest::did_you_mean(code, all.iter().copied());
            return Err(Diagnostic::error(text!(
                "init-unknown-language",
                code = code,
                meant = meant
            ))
            .with_hint(text!(
                "init-unknown-language-hint",
                example = DEFAULT_LANGUAGES,
                known = all.join(", ")
            )));
        };
        if chosen.iter().any(|l| l.code == language.code) {
            return Err(
                Diagnostic::error(text!("config-language-twice", code = code))
                    .with_hint(text!("config-language-twice-hint")),
            );
        }
        chosen.push(language);
    }
    Ok(chosen)
}

/// The site's name: as given, or made from the folder's name (`mijn-site` → `Mijn site`).
fn site_name(folder: &Path, given: Option<&str>) -> Result<String, Diagnostic> {
    let name = match given {
        Some(name) => name.trim().to_owned(),
        None => std::path::absolute(folder)
            .ok()
            .and_then(|path| path.file_name().map(|n| title_of(&n.to_string_lossy())))
            .unwrap_or_default(),
    };
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(
            Diagnostic::error(text!("init-bad-name")).with_hint(text!("init-bad-name-hint"))
        );
    }
    Ok(name)
}

/// Refuses a folder with anything in it; makes a missing one. Returns whether it made it.
fn ensure_empty(folder: &Path) -> Result<bool, Diagnostic> {
    if !folder.exists() {
        return std::fs::create_dir_all(folder)
            .map(|()| true)
            .map_err(|error| {
                Diagnostic::error(text!(
                    "init-cannot-make-folder",
                    folder = folder,
                    error = &error
                ))
                .with_hint(text!("init-cannot-make-folder-hint"))
            });
    }
    let mut entries = std::fs::read_dir(folder).map_err(|error| {
        Diagnostic::error(text!(
            "init-cannot-open-folder",
            folder = folder,
            error = &error
        ))
        .with_hint(text!("init-new-folder-hint"))
    })?;
    if entries.next().is_some() {
        return Err(
            Diagnostic::error(text!("init-folder-not-empty", folder = folder))
                .with_hint(text!("init-new-folder-hint")),
        );
    }
    Ok(false)
}

/// Every file of the new site, as (path relative to the site folder, contents).
fn starter_files(languages: &[&'static Known], name: &str) -> Vec<(PathBuf, String)> {
    let source = languages[0].texts.unwrap_or(&EN);
    let fill = |text: &str| {
        text.replace("%SITE_NAME_YAML%", &yaml_string(name))
            .replace("%SITE_NAME%", &ftl_text(name))
            .replace("%SECTION%", source.section_slug)
            .replace("%PAGE%", source.page_slug)
    };
    let language_list: Vec<String> = (languages.iter())
        .map(|l| format!("  - code: {}\n    name: {}", l.code, l.name))
        .collect();
    let site_yaml = SITE_YAML
        .replace("%DEFAULT%", languages[0].code)
        .replace("%LANGUAGES%", &language_list.join("\n"));
    let mut files = vec![(PathBuf::from(config::FILE_NAME), fill(&site_yaml))];
    for (index, language) in languages.iter().enumerate() {
        let texts = language.texts.unwrap_or(&EN);
        let ftl = match language.texts {
            Some(_) => fill(texts.ftl),
            None => placeholder_note(language) + &fill(texts.ftl),
        };
        files.push((crate::i18n::ftl_path(language.code), ftl));
        let stems = [
            "_index".to_owned(),
            format!("{}/_index", source.section_slug),
            format!("{}/{}", source.section_slug, source.page_slug),
        ];
        let slugs = [None, Some(texts.section_slug), Some(texts.page_slug)];
        for ((stem, slug), page) in stems.iter().zip(slugs).zip(texts.pages) {
            let page = fill(page);
            let page = match slug {
                Some(slug) if index > 0 => with_slug(&page, slug),
                _ => page,
            };
            let path =
                Path::new(crate::content::CONTENT_DIR).join(format!("{stem}.{}.md", language.code));
            files.push((path, page));
        }
    }
    for (path, text) in THEME_FILES {
        files.push((
            Path::new("themes").join(THEME).join(path),
            (*text).to_owned(),
        ));
    }
    files
}

/// The warning at the top of an `.ftl` file that holds English for another language.
fn placeholder_note(language: &Known) -> String {
    format!(
        "# PLACEHOLDER: diptych has no texts in {name} ({code}) yet, so these are in English.\n\
         # Translate every text right of `=` into {name}, keep the names left of it, and\n\
         # translate content/**/*.{code}.md too.\n",
        name = language.name,
        code = language.code
    )
}

/// A translation's front matter with its own address, after the title.
fn with_slug(page: &str, slug: &str) -> String {
    page.replacen("\ntitle:", &format!("\nslug: {slug}\ntitle:"), 1)
}

/// The name as a YAML string: JSON's quoting is valid YAML and escapes whatever needs it.
fn yaml_string(name: &str) -> String {
    serde_json::Value::String(name.to_owned()).to_string()
}

/// The name as Fluent text: braces would start a placeable, so they are quoted literals.
fn ftl_text(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '{' | '}' => format!("{{\"{c}\"}}"),
            _ => c.to_string(),
        })
        .collect()
}

fn write_all(folder: &Path, files: &[(PathBuf, String)]) -> Result<(), Vec<Diagnostic>> {
    for (path, text) in files {
        let full = folder.join(path);
        let written = full
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&full, text));
        if let Err(error) = written {
            return Err(vec![
                Diagnostic::error(text!("init-cannot-create", error = &error))
                    .in_file(full)
                    .with_hint(text!("init-cannot-create-hint")),
            ]);
        }
    }
    Ok(())
}

/// Records every translation as up to date with its source, so that the new site builds
/// `--strict`: they were written together.
fn record_translations(folder: &Path) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let config: Config = config::load(folder, None)?;
    translations::record(folder, &config, translations::Which::All)?;
    Ok([translations::RECORD_FILE, translations::SOURCES_FILE]
        .into_iter()
        .map(PathBuf::from)
        .filter(|file| folder.join(file).exists())
        .collect())
}

/// Puts the folder back as it was: removed if init made it, emptied if it was empty.
fn undo(folder: &Path, made_folder: bool) {
    if made_folder {
        let _ = std::fs::remove_dir_all(folder);
        return;
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let _ = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_in_order_and_checked() {
        let codes = |list: &str| {
            parse_languages(list).map(|found| found.iter().map(|l| l.code).collect::<Vec<_>>())
        };
        assert_eq!(codes(" NL, de ,en").unwrap(), ["nl", "de", "en"]);
        let unknown = codes("nl,xx").unwrap_err().to_string();
        assert!(
            unknown.contains("diptych does not know the language code `xx`"),
            "{unknown}"
        );
        let typo = codes("nl,dee").unwrap_err().to_string();
        assert!(typo.contains("did you mean `de`?"), "{typo}");
        assert!(codes("nl,nl").is_err());
        assert!(codes(" , ").is_err());
    }

    #[test]
    fn every_starter_ftl_has_the_same_messages() {
        let ids = |ftl: &str| -> Vec<String> {
            (ftl.lines())
                .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.to_owned()))
                .collect()
        };
        let english = ids(EN.ftl);
        for language in KNOWN.iter().filter_map(|l| l.texts) {
            assert_eq!(ids(language.ftl), english);
        }
    }

    #[test]
    fn names_are_quoted_for_yaml_and_fluent() {
        assert_eq!(yaml_string("Het \"Huis\""), "\"Het \\\"Huis\\\"\"");
        assert_eq!(ftl_text("A {b}"), "A {\"{\"}b{\"}\"}");
        assert_eq!(
            site_name(Path::new("/tmp/mijn-site"), None).unwrap(),
            "Mijn site"
        );
        assert!(site_name(Path::new("x"), Some("two\nlines")).is_err());
    }

    #[test]
    fn every_file_of_the_starter_theme_folder_is_built_in() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/init/starter/theme");
        let mut on_disk: Vec<String> = ["templates", "static"]
            .iter()
            .flat_map(|sub| std::fs::read_dir(folder.join(sub)).unwrap())
            .map(|entry| entry.unwrap().path())
            .map(|path| {
                path.strip_prefix(&folder)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        on_disk.sort();
        let mut built_in: Vec<String> = THEME_FILES.iter().map(|(p, _)| p.to_string()).collect();
        built_in.sort();
        assert_eq!(built_in, on_disk);
    }

    #[test]
    fn translations_get_their_own_address() {
        let page = "---\ntitle: Erste Schritte\n---\n";
        assert_eq!(
            with_slug(page, "erste-schritte"),
            "---\nslug: erste-schritte\ntitle: Erste Schritte\n---\n"
        );
    }
}
