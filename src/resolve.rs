//! Places every document at its URL and ties translations together.
//!
//! A document's URL is `/<lang>/` followed by the slugs of its sections and its own slug,
//! each in the document's language (`/de/strategie/ambitionen/`). This step also finds
//! what only the whole site shows: two documents on one URL, pages missing in a language,
//! folders without a section page. Links by key are answered from the [`Site`] it builds.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::config::Config;
use crate::content::{self, Document, Kind, LeftOut};
use crate::diagnostic::{Diagnostic, Unresolved};
use crate::key::{self, Key};
use crate::lang::Lang;
use crate::suggest;
use crate::words::text;

/// A document with its place on the site.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The document as read, shared with the sites placed before and after an edit.
    pub doc: Arc<Document>,
    /// The path below the site root, without a leading slash: `de/strategie/ambitionen/`.
    pub path: String,
}

/// The last part of a print edition's address: `/nl/brochure/`, `/brochure/`.
const EDITION_SLUG: &str = "brochure";

/// Which print edition: one language's, or all languages side by side.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EditionId {
    /// The edition of one language, named by its code: `nl`.
    Language(Lang),
    /// All languages side by side: `bilingual`.
    Bilingual,
}

impl EditionId {
    /// The name of the edition, as `diptych pdf` takes it and its PDF's name shows it.
    pub fn as_str(&self) -> &str {
        match self {
            EditionId::Language(code) => code.as_str(),
            EditionId::Bilingual => "bilingual",
        }
    }
}

impl std::fmt::Display for EditionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EditionId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A print edition of the brochure: the whole brochure as one page, ready to print.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Edition {
    /// `nl`, `de`, or `bilingual` for all languages side by side.
    pub id: EditionId,
    /// Its languages, in the order of site.yaml.
    pub langs: Vec<Lang>,
    /// Its path below the site root: `nl/brochure/`.
    pub path: String,
}

impl Edition {
    /// The file name of its PDF: `brochure-nl.pdf`.
    pub fn pdf_name(&self) -> String {
        Edition::pdf_name_of(self.id.as_str())
    }

    /// The file name of the PDF of the edition with the id `id`.
    pub fn pdf_name_of(id: &str) -> String {
        format!("brochure-{id}.pdf")
    }
}

/// All documents, placed, with what rendering asks for computed once: the translations of
/// each key, the children of each section in order, and what each page depends on.
/// Asking any of these costs a hash look-up, never a scan of the site, so a build's cost
/// grows with the number of pages, not with its square.
#[derive(Debug)]
pub struct Site {
    /// The site's settings.
    pub config: Config,
    /// Documents sorted by key, then by the language order of `site.yaml`.
    pub entries: Vec<Entry>,
    /// Positions in `entries` of every language version of a key, in language order.
    /// (This and the fields below are shared with the site placed after an edit that
    /// moves no page: see [`replace`].)
    by_key: Arc<FxHashMap<Key, Vec<usize>>>,
    /// Positions of the pages and subsections directly in a section, per language, by
    /// weight, then title, then key.
    children: Arc<Children>,
    /// Keys and languages of files that exist but are not built: unreadable (already
    /// reported) or drafts.
    left_out: Arc<LeftOut>,
    /// Where each draft left out would be (`nl/strategie/visie/`), in the order of
    /// `left_out.drafts`: the preview says so when its address is asked for.
    draft_paths: Arc<Vec<String>>,
    /// What placing found, so that placing an edit checks only the edited keys again.
    problems: Arc<Problems>,
}

/// Per section, per language: the positions of its pages and subsections, in order.
type Children = FxHashMap<Key, BTreeMap<Lang, Vec<usize>>>;

/// The problems placing found.
#[derive(Debug, Clone, Default)]
struct Problems {
    /// Of the whole site: unusable slugs, two pages on one address, folders without a
    /// section page, the brochure's keys.
    site: Vec<Diagnostic>,
    /// Of the versions of one key (when it has any): languages it is missing in, and
    /// translations published but never written.
    of_key: FxHashMap<Key, Vec<Diagnostic>>,
}

impl Problems {
    fn all(&self) -> Vec<Diagnostic> {
        let of_keys = self.of_key.values().flatten();
        self.site.iter().chain(of_keys).cloned().collect()
    }
}

impl Site {
    /// The document `key` in `lang`.
    pub fn get(&self, key: &str, lang: &str) -> Option<&Entry> {
        self.translations(key).find(|entry| entry.doc.lang == lang)
    }

    /// The position of an entry in [`Site::entries`].
    pub fn index_of(&self, entry: &Entry) -> Option<usize> {
        self.position(&entry.doc.key, &entry.doc.lang)
    }

    /// The position in [`Site::entries`] of the document `key` in `lang`.
    pub fn position(&self, key: &str, lang: &str) -> Option<usize> {
        self.by_key
            .get(key)?
            .iter()
            .copied()
            .find(|&index| self.entries[index].doc.lang == lang)
    }

    /// Every language version of `key`, in the order of `site.yaml`.
    pub fn translations<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.by_key
            .get(key)
            .into_iter()
            .flatten()
            .map(|&index| &self.entries[index])
    }

    /// Every key of the site, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &Key> {
        // The entries are sorted by key already: each key is the first of its run.
        self.entries
            .iter()
            .enumerate()
            .filter(|(index, entry)| {
                *index == 0 || self.entries[index - 1].doc.key != entry.doc.key
            })
            .map(|(_, entry)| &entry.doc.key)
    }

    /// The link to an entry from within the site: `/strategie/de/…/` when the site lives
    /// under `/strategie/`.
    pub fn url(&self, entry: &Entry) -> String {
        format!("{}{}", self.config.base_path, entry.path)
    }

    /// The full address of an entry, for sitemaps and `hreflang`.
    pub fn permalink(&self, entry: &Entry) -> String {
        format!("{}{}", self.config.base_url, entry.path)
    }

    /// The full address of a print edition, for `hreflang` and the sitemap.
    pub fn edition_permalink(&self, edition: &Edition) -> String {
        format!("{}{}", self.config.base_url, edition.path)
    }

    /// The URL of `key` for a reader of `lang`. A key written with `@/` or a leading `/`
    /// is accepted too. When the page is not translated yet, the reader gets the version
    /// of the first language that has it (the missing translation is warned about).
    pub fn url_for_key(&self, key: &str, lang: &str) -> Result<String, Unresolved> {
        self.entry_for_key(key, lang).map(|entry| self.url(entry))
    }

    /// The entry a link to `key` leads a reader of `lang` to; see [`Site::url_for_key`].
    pub fn entry_for_key(&self, key: &str, lang: &str) -> Result<&Entry, Unresolved> {
        let key = Key::from_link(key);
        self.get(&key, lang)
            .or_else(|| self.translations(&key).next())
            .ok_or_else(|| self.why_not_built(&key))
    }

    /// What a reader of `lang` should know of a link by key that leads to `target`: when
    /// `target` is another language's page (the page in `lang` is missing, or a draft),
    /// the writer hears of it, as the reader gets a page in a language they may not read.
    pub fn fallback_note(&self, target: &Entry, lang: &str) -> Option<Unresolved> {
        let key = &target.doc.key;
        if target.doc.lang == lang || self.left_out.is_unreadable(key, Some(lang)) {
            return None;
        }
        let name_of = |code: &str| {
            let language = self.config.languages.iter().find(|l| l.code == code);
            language.map_or_else(|| code.to_owned(), |l| format!("{} ({code})", l.name))
        };
        let (wanted, shown) = (name_of(lang), name_of(&target.doc.lang));
        let file = translation_file(&target.doc, lang);
        let draft = (self.left_out.drafts.iter()).any(|d| d.key == *key && d.lang == lang);
        let (why, cure) = match draft {
            true => (
                text!("link-other-language-draft", language = wanted),
                text!("link-other-language-draft-cure", file = &file),
            ),
            false => (
                text!("link-other-language-missing", language = wanted),
                text!("translation-missing-hint", file = &file),
            ),
        };
        Some(Unresolved {
            message: text!(
                "link-other-language",
                shown = &shown,
                key = key.as_str(),
                why = why
            ),
            hint: Some(text!(
                "link-other-language-hint",
                cure = cure,
                shown = shown
            )),
        })
    }

    /// Why there is no page for `key`, in a writer's words: it could not be read, it is a
    /// draft, or it does not exist (and which key was perhaps meant).
    fn why_not_built(&self, key: &Key) -> Unresolved {
        if self.left_out.is_unreadable(key, None) {
            Unresolved {
                message: text!("link-to-unreadable", key = key.as_str()),
                hint: Some(text!("link-to-unreadable-hint")),
            }
        } else if self.left_out.drafts.iter().any(|draft| draft.key == *key) {
            Unresolved {
                message: text!("link-to-draft", key = key.as_str()),
                hint: Some(text!("link-to-draft-hint")),
            }
        } else {
            let meant = suggest::did_you_mean(key, self.keys().map(Key::as_str));
            Unresolved::new(text!("link-to-nothing", key = key.as_str(), meant = meant))
        }
    }

    /// The drafts left out of this build.
    pub fn drafts(&self) -> &[Arc<Document>] {
        &self.left_out.drafts
    }

    /// The drafts left out of this build, each with the path it would have if it were
    /// built (`nl/strategie/visie/`).
    pub fn placed_drafts(&self) -> impl Iterator<Item = (&Document, &str)> {
        let drafts = self.left_out.drafts.iter().map(|draft| &**draft);
        drafts.zip(self.draft_paths.iter().map(String::as_str))
    }

    /// The print editions: one per language, and one with all languages side by side
    /// when there are several. Empty when site.yaml has no `brochure`.
    pub fn editions(&self) -> Vec<Edition> {
        if self.config.brochure.is_none() {
            return Vec::new();
        }
        let codes: Vec<Lang> = self
            .config
            .languages
            .iter()
            .map(|l| l.code.clone())
            .collect();
        let mut editions: Vec<Edition> = codes
            .iter()
            .map(|code| Edition {
                id: EditionId::Language(code.clone()),
                langs: vec![code.clone()],
                path: format!("{code}/{EDITION_SLUG}/"),
            })
            .collect();
        if codes.len() > 1 {
            editions.push(Edition {
                id: EditionId::Bilingual,
                langs: codes,
                path: format!("{EDITION_SLUG}/"),
            });
        }
        editions
    }

    /// The pages and subsections directly in section `key`, in `lang`, ordered by weight,
    /// then title.
    pub fn children(&self, key: &str, lang: &str) -> Vec<&Entry> {
        self.children
            .get(key)
            .and_then(|by_lang| by_lang.get(lang))
            .into_iter()
            .flatten()
            .map(|&index| &self.entries[index])
            .collect()
    }

    /// The sections above an entry, from the home page down, in the entry's language.
    pub fn ancestors(&self, entry: &Entry) -> Vec<&Entry> {
        let mut chain = Vec::new();
        let mut key = entry.doc.parent_key();
        while let Some(current) = key {
            if let Some(section) = self.get(&current, &entry.doc.lang) {
                chain.push(section);
            }
            key = current.parent();
        }
        chain.reverse();
        chain
    }

    /// The positions (sorted) of the entries whose page may show something of `key`, in
    /// any language: the inverse of [`Site::dependencies`]. The home page and the
    /// top-level sections are in every page's navigation.
    pub fn dependents(&self, key: &Key) -> Vec<usize> {
        let in_navigation =
            key.is_home() || (key.is_section() && key.parent().is_some_and(|p| p.is_home()));
        if in_navigation {
            return (0..self.entries.len()).collect();
        }
        let mut found: Vec<usize> = self.by_key.get(key).cloned().unwrap_or_default();
        if let Some(parent) = key.parent() {
            found.extend(self.by_key.get(&parent).into_iter().flatten());
        }
        if key.is_section() {
            let below = |entry: &Entry| {
                std::iter::successors(entry.doc.parent_key(), Key::parent).any(|k| k == *key)
            };
            found.extend((0..self.entries.len()).filter(|&i| below(&self.entries[i])));
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The keys (sorted, once each) whose title, address or front matter the page of
    /// `entry` shows: its own
    /// translations (language switcher, `hreflang`), its sections (breadcrumbs), its
    /// children (listings), the home pages and top-level sections (navigation). Of all but
    /// its own key, the page shows only the version in its language. Links by key and
    /// `url_for()` are found while rendering and come on top of these.
    pub fn dependencies<'a>(&'a self, entry: &'a Entry) -> Vec<&'a Key> {
        let lang = entry.doc.lang.as_str();
        let mut keys: Vec<&Key> = vec![&entry.doc.key];
        keys.extend(self.ancestors(entry).into_iter().map(|e| &e.doc.key));
        keys.extend(
            self.children(&entry.doc.key, lang)
                .iter()
                .map(|e| &e.doc.key),
        );
        if let Some((home, _)) = self.by_key.get_key_value(key::HOME) {
            keys.push(home);
        }
        let navigation = self.children(key::HOME, lang);
        let top_sections = navigation.iter().filter(|e| e.doc.kind == Kind::Section);
        keys.extend(top_sections.map(|e| &e.doc.key));
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}

/// Places `documents` (sorted by key, then language) and reports site-wide problems.
/// `left_out` names files that exist but are not built (unreadable, or drafts): links to
/// them are explained, and unreadable ones count as present.
pub(crate) fn resolve(
    config: Config,
    documents: Vec<Arc<Document>>,
    left_out: LeftOut,
) -> (Site, Vec<Diagnostic>) {
    let (slugs, problems): (Vec<String>, Vec<Option<Diagnostic>>) =
        documents.par_iter().map(|doc| slug_of(doc)).unzip();
    let slug_problems = problems.into_iter().flatten();
    let mut by_key: FxHashMap<Key, Vec<usize>> =
        FxHashMap::with_capacity_and_hasher(documents.len(), Default::default());
    // Documents are sorted by key: the versions of a key stand together.
    let mut start = 0;
    for versions in documents.chunk_by(|a, b| a.key == b.key) {
        let key = versions[0].key.clone();
        by_key
            .entry(key)
            .or_default()
            .extend(start..start + versions.len());
        start += versions.len();
    }
    let slug_lookup = |key: &str, lang: &str| -> Option<&str> {
        by_key
            .get(key)?
            .iter()
            .find_map(|&index| (documents[index].lang == lang).then_some(slugs[index].as_str()))
    };
    let paths: Vec<String> = documents
        .par_iter()
        .zip(&slugs)
        .map(|(doc, slug)| path_of(doc, slug, &slug_lookup))
        .collect();
    let draft_paths = draft_paths(&left_out.drafts, &slug_lookup);
    let entries: Vec<Entry> = documents
        .into_iter()
        .zip(paths)
        .map(|(doc, path)| Entry { doc, path })
        .collect();
    let children = index_children(&entries);
    let mut site = Site {
        config,
        entries,
        by_key: Arc::new(by_key),
        children: Arc::new(children),
        left_out: Arc::new(left_out),
        draft_paths: Arc::new(draft_paths),
        problems: Arc::default(),
    };
    let mut problems = Problems {
        site: slug_problems.collect(),
        of_key: problems_of_keys(&site, site.keys()),
    };
    problems.site.extend(find_collisions(&site));
    problems.site.extend(find_missing_sections(&site));
    problems.site.extend(check_brochure(&site));
    let all = problems.all();
    site.problems = Arc::new(problems);
    (site, all)
}

/// `before` with the `edited` documents in the place of their earlier versions, when no
/// edit moves a page (each keeps its address and its draft status): the rest of the site
/// is shared, only the listings whose order an edit may change are sorted again, and only
/// the edited keys checked again. `None` when an edit moves a page, or the document is new:
/// then the site is placed anew ([`resolve`]).
pub(crate) fn replace(
    before: &Site,
    config: Config,
    edited: Vec<Arc<Document>>,
) -> Option<(Site, Vec<Diagnostic>)> {
    let mut entries = before.entries.clone();
    let mut reordered: Vec<(Key, Lang)> = Vec::new();
    let mut edited_keys: Vec<Key> = Vec::new();
    for doc in edited {
        let index = before.position(&doc.key, &doc.lang)?;
        let old = &before.entries[index].doc;
        let (slug, problem) = slug_of(&doc);
        if problem.is_some() || slug != slug_of(old).0 || doc.front.draft != old.front.draft {
            return None;
        }
        let order_changed =
            (doc.front.weight, &doc.front.title) != (old.front.weight, &old.front.title);
        if let Some(parent) = doc.parent_key().filter(|_| order_changed) {
            reordered.push((parent, doc.lang.clone()));
        }
        edited_keys.push(doc.key.clone());
        entries[index].doc = doc;
    }
    let mut children = Arc::clone(&before.children);
    for (parent, lang) in &reordered {
        let list = Arc::make_mut(&mut children)
            .get_mut(parent)
            .and_then(|by_lang| by_lang.get_mut(lang));
        if let Some(list) = list {
            sort_children(list, &entries);
        }
    }
    let mut site = Site {
        config,
        entries,
        by_key: Arc::clone(&before.by_key),
        children,
        left_out: Arc::clone(&before.left_out),
        draft_paths: Arc::clone(&before.draft_paths),
        problems: Arc::default(),
    };
    let mut problems = (*before.problems).clone();
    for key in &edited_keys {
        problems.of_key.remove(key);
    }
    problems
        .of_key
        .extend(problems_of_keys(&site, edited_keys.iter()));
    let all = problems.all();
    site.problems = Arc::new(problems);
    Some((site, all))
}

/// Every section's children per language, sorted by weight, then title, then key.
fn index_children(entries: &[Entry]) -> Children {
    let mut children = Children::default();
    // The versions of a key stand together (entries are sorted by key): their section is
    // worked out once, and a language is copied only for a section's first child in it.
    let mut start = 0;
    for versions in entries.chunk_by(|a, b| a.doc.key == b.doc.key) {
        let first = start;
        start += versions.len();
        let Some(parent) = versions[0].doc.parent_key() else {
            continue;
        };
        let by_lang = children.entry(parent).or_default();
        for (index, entry) in (first..).zip(versions) {
            match by_lang.get_mut(&entry.doc.lang) {
                Some(list) => list.push(index),
                None => {
                    by_lang.insert(entry.doc.lang.clone(), vec![index]);
                }
            }
        }
    }
    let mut lists: Vec<&mut Vec<usize>> = children
        .values_mut()
        .flat_map(BTreeMap::values_mut)
        .collect();
    lists
        .par_iter_mut()
        .for_each(|list| sort_children(list, entries));
    children
}

/// Sorts a section's children (positions in `entries`) by weight, then title, then key.
fn sort_children(list: &mut [usize], entries: &[Entry]) {
    let order = |index: &usize| {
        let doc = &entries[*index].doc;
        (
            doc.front.weight.unwrap_or(i64::MAX),
            &doc.front.title,
            &doc.key,
        )
    };
    list.sort_by(|a, b| order(a).cmp(&order(b)));
}

/// The document's own URL segment: its `slug`, else its file or folder name made safe;
/// with the problem of a slug that cannot be used as it is.
fn slug_of(doc: &Document) -> (String, Option<Diagnostic>) {
    match &doc.front.slug {
        Some(slug) if is_clean_slug(slug) => (slug.clone(), None),
        Some(slug) => {
            let suggestion = slug::slugify(slug);
            let (line, column) = doc.position_of("slug").unwrap_or((1, 1));
            let problem = Diagnostic::error(text!("slug-unusable", slug = slug))
                .in_file(&doc.source)
                .at(doc.text(), line, column)
                .with_hint(text!("slug-unusable-hint", suggestion = &suggestion));
            (suggestion, Some(problem))
        }
        None if doc.kind == Kind::Section && doc.parent_key().is_none() => (String::new(), None),
        None => {
            let slug = slug::slugify(doc.default_slug());
            if slug.is_empty() {
                ("page".to_owned(), None)
            } else {
                (slug, None)
            }
        }
    }
}

/// Where each draft would be if it were built: in its sections as built, or as drafts
/// (a draft page in a draft section), else in folders named after the sections.
fn draft_paths<'a>(
    drafts: &'a [Arc<Document>],
    built_slug: &dyn Fn(&str, &str) -> Option<&'a str>,
) -> Vec<String> {
    let slugs: Vec<String> = drafts.iter().map(|doc| slug_of(doc).0).collect();
    let draft_slug = |key: &str, lang: &str| {
        (drafts.iter())
            .position(|doc| doc.key.as_str() == key && doc.lang == lang)
            .map(|index| slugs[index].as_str())
    };
    let slug_lookup =
        |key: &str, lang: &str| built_slug(key, lang).or_else(|| draft_slug(key, lang));
    (drafts.iter().zip(&slugs))
        .map(|(doc, slug)| path_of(doc, slug, &slug_lookup))
        .collect()
}

/// Lowercase ASCII letters, digits, `-` and `_`, not starting with `-`: safe in every
/// URL and file system, and unable to climb out of its folder.
fn is_clean_slug(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// `<lang>/<section slugs>/<own slug>/`, taking each section's slug in the same language
/// (its folder name when that section is missing in this language).
fn path_of<'a>(
    doc: &Document,
    slug: &str,
    slug_lookup: &dyn Fn(&str, &str) -> Option<&'a str>,
) -> String {
    let mut segments = vec![slug.to_owned()];
    let mut key = doc.parent_key();
    while let Some(section) = key {
        if section.is_home() {
            break;
        }
        let folder_slug = slug_lookup(&section, &doc.lang)
            .map(str::to_owned)
            .unwrap_or_else(|| {
                let folder = section.stem();
                slug::slugify(folder.rsplit('/').next().unwrap_or(folder))
            });
        segments.push(folder_slug);
        key = section.parent();
    }
    segments.push(doc.lang.to_string());
    segments.reverse();
    let mut path = segments
        .into_iter()
        .filter(|segment| !segment.is_empty())
        .collect::<Vec<_>>()
        .join("/");
    path.push('/');
    path
}

fn find_collisions(site: &Site) -> Vec<Diagnostic> {
    let mut first_at: BTreeMap<&str, &Entry> = BTreeMap::new();
    let mut diagnostics = Vec::new();
    for entry in &site.entries {
        if let Some(other) = first_at.insert(&entry.path, entry) {
            let (line, column) = address_line(&entry.doc);
            let (other_line, _) = address_line(&other.doc);
            diagnostics.push(
                Diagnostic::error(text!(
                    "same-address",
                    other = &other.doc.source,
                    address = site.url(entry)
                ))
                .in_file(&entry.doc.source)
                .at(entry.doc.text(), line, column)
                .also_at(
                    &other.doc.source,
                    other.doc.text(),
                    other_line,
                    text!("same-address-other"),
                )
                .with_hint(text!("same-address-hint")),
            );
        }
    }
    diagnostics
}

/// The line that gives a page its address: its `slug`, or the first line when the address
/// comes from the file's name.
fn address_line(doc: &Document) -> (usize, usize) {
    doc.position_of("slug").unwrap_or((1, 1))
}

/// The problems of each of `keys` that has any (see [`Problems::of_key`]).
fn problems_of_keys<'a>(
    site: &Site,
    keys: impl Iterator<Item = &'a Key>,
) -> FxHashMap<Key, Vec<Diagnostic>> {
    let keys: Vec<&Key> = keys.collect();
    (keys.into_par_iter())
        .filter_map(|key| {
            let mut problems = missing_translations(site, key);
            problems.extend(not_translated(site, key));
            (!problems.is_empty()).then(|| (key.clone(), problems))
        })
        .collect()
}

/// The languages `key` is missing in (those whose file exists but cannot be read aside).
fn missing_translations(site: &Site, key: &Key) -> Vec<Diagnostic> {
    let present: Vec<&Entry> = site.translations(key).collect();
    let Some(model) = present.first() else {
        return Vec::new();
    };
    (site.config.languages.iter())
        .filter(|language| {
            !site.left_out.is_unreadable(key, Some(&language.code))
                && !present.iter().any(|entry| entry.doc.lang == language.code)
        })
        .map(|language| {
            let expected = translation_file(&model.doc, &language.code);
            Diagnostic::warning(text!(
                "translation-missing",
                key = key.as_str(),
                language = language.name.as_str(),
                code = language.code.as_str()
            ))
            .in_file(&model.doc.source)
            .at(model.doc.text(), 1, 1)
            .with_hint(text!("translation-missing-hint", file = &expected))
        })
        .collect()
}

/// The translations of `key` that are published but were never written: the placeholder
/// `new` made, or a page without text where its source has some. Drafts are not
/// published, so they wait.
fn not_translated(site: &Site, key: &Key) -> Vec<Diagnostic> {
    let default = &site.config.default_language;
    let source = site.get(key, default).map(|source| &*source.doc);
    (site.translations(key))
        .filter(|entry| entry.doc.lang != *default && !entry.doc.front.draft)
        .filter(|entry| content::is_not_translated(&entry.doc, source))
        .map(|entry| {
            let source = translation_file(&entry.doc, default);
            Diagnostic::warning(text!("placeholder-not-translated"))
                .in_file(&entry.doc.source)
                .at(entry.doc.text(), 1, 1)
                .with_hint(text!("placeholder-not-translated-hint", source = &source))
        })
        .collect()
}

/// Every key the brochure names must exist: chapters as sections, back pages as pages.
fn check_brochure(site: &Site) -> Vec<Diagnostic> {
    let Some(brochure) = &site.config.brochure else {
        return Vec::new();
    };
    let chapters = brochure
        .chapters
        .iter()
        .map(|key| (key, Kind::Section, "chapters"));
    let back = brochure.back.iter().map(|key| (key, Kind::Page, "back"));
    chapters
        .chain(back)
        .filter(|(key, kind, _)| {
            site.translations(key)
                .next()
                .is_none_or(|e| e.doc.kind != *kind)
        })
        .map(|(key, kind, list)| {
            let message = match kind {
                Kind::Section => text!("brochure-not-a-section", list = list, key = key.as_str()),
                _ => text!("brochure-not-a-page", list = list, key = key.as_str()),
            };
            Diagnostic::error(message)
                .in_file(crate::config::FILE_NAME)
                .with_hint(text!("brochure-keys-hint"))
        })
        .collect()
}

/// The file name the translation of `doc` into `lang` would have.
fn translation_file(doc: &Document, lang: &str) -> std::path::PathBuf {
    let key = doc.key.strip_suffix(".md").unwrap_or(&doc.key);
    std::path::Path::new(content::CONTENT_DIR).join(format!("{key}.{lang}.md"))
}

fn find_missing_sections(site: &Site) -> Vec<Diagnostic> {
    let mut missing: BTreeMap<Key, &Entry> = BTreeMap::new();
    for entry in &site.entries {
        if let Some(parent) = entry.doc.parent_key()
            && site.translations(&parent).next().is_none()
            && !site.left_out.is_unreadable(&parent, None)
        {
            missing.entry(parent).or_insert(entry);
        }
    }
    missing
        .into_iter()
        .map(|(section, entry)| {
            let file = section.strip_suffix(".md").unwrap_or(&section);
            let lang = entry.doc.lang.as_str();
            Diagnostic::warning(text!("section-page-missing"))
                .in_file(&entry.doc.source)
                .with_hint(text!("section-page-missing-hint", file = file, lang = lang))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_must_stay_in_their_folder() {
        assert!(is_clean_slug("ambitionen"));
        assert!(is_clean_slug("2023-2028"));
        assert!(!is_clean_slug(".."));
        assert!(!is_clean_slug("a/b"));
        assert!(!is_clean_slug("Über"));
        assert!(!is_clean_slug(""));
    }
}
