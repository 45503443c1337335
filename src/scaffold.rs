//! `diptych new`: creates a page or a section in every language, with its front matter
//! filled in, so that a writer starts from files that already build.
//!
//! New files are drafts (`draft: true`): half-written text never reaches the site until
//! the writer removes that line. The preview shows drafts, so `new` says where each page
//! is. The other languages' files are placeholders whose body says, in a comment in
//! their language, what the translator is to do; until then they are "not translated".

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::{self, CONTENT_DIR, Kind};
use crate::diagnostic::Diagnostic;
use crate::key::{Key, SECTION_STEM};
use crate::resolve;
use crate::util::text::title_of;
use crate::words::{self, UiLang, text};

/// A file `diptych new` made, and where its page is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The file, relative to the site folder: `content/strategie/visie.nl.md`.
    pub file: PathBuf,
    /// Its page's path below the site root (`nl/strategie/visie/`), where the preview
    /// shows it; `None` when the site cannot place it (the build says why).
    pub path: Option<String>,
}

/// Creates `target` (`strategie/visie` for a page, `strategie` for a section) in every
/// language of the site. Refuses to overwrite anything; returns the files made, each
/// with the address of its page.
pub fn create(root: &Path, config: &Config, target: &str) -> Result<Vec<Created>, Vec<Diagnostic>> {
    let key = key_of(target).map_err(|problem| vec![problem])?;
    let kind = if key.is_section() {
        Kind::Section
    } else {
        Kind::Page
    };
    let loaded = load_with_drafts(root, config);
    if kind == Kind::Page
        && let Some(section) = key.parent()
        && !section.is_home()
        && !loaded.documents.iter().any(|doc| doc.key == section)
    {
        let folder = section.stem();
        return Err(vec![
            Diagnostic::error(text!("new-section-missing", folder = folder))
                .with_hint(text!("new-section-missing-hint", folder = folder)),
        ]);
    }
    let parent = key.parent();
    let weight = loaded
        .documents
        .iter()
        .filter(|doc| doc.lang == config.default_language && doc.parent_key() == parent)
        .filter_map(|doc| doc.front.weight)
        .max()
        .unwrap_or(0)
        + 10;
    let stem = key.trim_end_matches(".md");
    let files: Vec<PathBuf> = config
        .languages
        .iter()
        // Part by part, so that a Windows path has one kind of slash.
        .map(|language| {
            let file = format!("{stem}.{}.md", language.code);
            std::iter::once(CONTENT_DIR)
                .chain(file.split('/'))
                .collect()
        })
        .collect();
    let taken: Vec<Diagnostic> = files
        .iter()
        .filter(|file| root.join(file).exists())
        .map(|file| {
            Diagnostic::error(text!("new-file-exists"))
                .in_file(file)
                .with_hint(text!("new-file-exists-hint"))
        })
        .collect();
    if !taken.is_empty() {
        return Err(taken);
    }
    let slug = slug_of(&key);
    let source = format!("{CONTENT_DIR}/{stem}.{}.md", config.default_language);
    for (file, language) in files.iter().zip(&config.languages) {
        let mut text = front_matter(
            &title_of(&slug),
            &slug,
            weight,
            (language.code != config.default_language).then_some(language.code.as_str()),
            words::language_of_locale(&language.code),
        );
        if language.code != config.default_language {
            text.push_str(&content::placeholder_body(&language.code, &source));
        }
        let path = root.join(file);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, text));
        if let Err(error) = written {
            return Err(vec![
                Diagnostic::error(text!("new-cannot-create", error = &error)).in_file(file),
            ]);
        }
    }
    Ok(placed(root, config, files))
}

/// Every content file, drafts included.
fn load_with_drafts(root: &Path, config: &Config) -> content::Loaded {
    content::load(
        root,
        config,
        true,
        &content::Known::Records(&Default::default()),
    )
}

/// The `files` just made, each with its page's path as the site places it now.
fn placed(root: &Path, config: &Config, files: Vec<PathBuf>) -> Vec<Created> {
    let loaded = load_with_drafts(root, config);
    let (site, _) = resolve::resolve(config.clone(), loaded.documents, loaded.left_out);
    files
        .into_iter()
        .map(|file| {
            let entry = site.entries.iter().find(|entry| entry.doc.source == file);
            Created {
                path: entry.map(|entry| entry.path.clone()),
                file,
            }
        })
        .collect()
}

/// `strategie/visie` → `strategie/visie.md`; `strategie` → `strategie/_index.md`.
fn key_of(target: &str) -> Result<Key, Diagnostic> {
    let trimmed = target.trim_matches('/').trim_end_matches(".md");
    let segments: Vec<&str> = trimmed.split('/').collect();
    let clean = |segment: &&str| {
        *segment == SECTION_STEM
            || (!segment.is_empty()
                && segment
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'))
    };
    if trimmed.is_empty() || !segments.iter().all(clean) {
        return Err(
            Diagnostic::error(text!("new-bad-name", target = target)).with_hint(text!(
                "new-bad-name-hint",
                suggestion = suggested_target(trimmed)
            )),
        );
    }
    Ok(Key::new(match segments.as_slice() {
        [.., "_index"] => format!("{trimmed}.md"),
        [_] => format!("{trimmed}/_index.md"),
        _ => format!("{trimmed}.md"),
    }))
}

/// A usable spelling of a target: each folder and the name made into a slug on its own,
/// so that `zorg/Nieuw Centrum` stays in its section as `zorg/nieuw-centrum`.
fn suggested_target(target: &str) -> String {
    let segments = target.split('/').map(|segment| {
        if segment == SECTION_STEM {
            segment.to_owned()
        } else {
            slug::slugify(segment)
        }
    });
    let kept: Vec<String> = segments.filter(|segment| !segment.is_empty()).collect();
    kept.join("/")
}

fn slug_of(key: &str) -> String {
    let stem = key.trim_end_matches(".md").trim_end_matches("/_index");
    stem.rsplit('/').next().unwrap_or(stem).to_owned()
}

/// The front matter of a new file; `translation_into` is set for the other languages'
/// files, whose `slug` is to be translated. Its comments are in `words`, the file's language.
fn front_matter(
    title: &str,
    slug: &str,
    weight: i64,
    translation_into: Option<&str>,
    words: UiLang,
) -> String {
    let slug_line = match translation_into {
        Some(_) => format!(
            "slug: {slug}            # {}\n",
            text!("new-slug-comment").render(words)
        ),
        None => String::new(),
    };
    let draft_comment = text!("new-draft-comment").render(words);
    format!(
        "---\ntitle: \"{title}\"\n{slug_line}description: \"\"\nweight: {weight}\ndraft: true              # {draft_comment}\n---\n\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_become_keys() {
        assert_eq!(key_of("strategie/visie").unwrap(), "strategie/visie.md");
        assert_eq!(key_of("strategie").unwrap(), "strategie/_index.md");
        assert_eq!(key_of("strategie/_index").unwrap(), "strategie/_index.md");
        assert!(key_of("../etc/passwd").is_err());
        assert!(key_of("Strategie/Visie").is_err());
    }

    #[test]
    fn a_bad_target_is_suggested_in_its_section() {
        assert_eq!(
            key_of("zorg/Nieuw Centrum").unwrap_err().to_string(),
            "error: `zorg/Nieuw Centrum` cannot be used as a page name\n |\n \
             = hint: use lowercase letters, digits and hyphens, like `zorg/nieuw-centrum`\n"
        );
        assert_eq!(suggested_target("Zorg/_index"), "zorg/_index");
        assert_eq!(suggested_target("../etc/Pass Wort"), "etc/pass-wort");
    }
}
