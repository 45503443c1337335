//! Drafts in the preview. The preview builds drafts (the engine's `drafts` option) unless
//! it was started with `--no-drafts`; every draft page it serves gets a band that says it
//! is a draft, in the page's language, whatever the theme, and so does a print edition that
//! prints drafts, naming them. The band is added as the page is served (like the reload
//! script), so a built page never holds it. Under `--no-drafts`
//! the 404 page says which draft's file an address belongs to, and what to do.

use std::path::{Path, PathBuf};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::brochure;
use crate::resolve::Site;
use crate::words::{self, text};

/// Where the drafts of the last good rebuild are.
#[derive(Debug, Default)]
pub(super) struct Drafts {
    /// The site paths of draft pages that are served (`nl/strategie/visie/index.html`).
    shown: FxHashSet<String>,
    /// The site paths of the print editions that print drafts, with the drafts' titles.
    printed: FxHashMap<String, Vec<String>>,
    /// The site paths where drafts left out would be, and their files.
    left_out: FxHashMap<String, PathBuf>,
}

impl Drafts {
    /// The drafts of `site`, shown and left out.
    pub(super) fn of(site: &Site) -> Drafts {
        let shown: FxHashSet<String> = (site.entries.iter())
            .filter(|entry| entry.doc.front.draft)
            .map(|entry| format!("{}index.html", entry.path))
            .collect();
        let left_out = (site.placed_drafts())
            .map(|(doc, path)| (format!("{path}index.html"), doc.source.clone()))
            .collect();
        // Planning the editions is work on every rebuild: only a site with drafts needs it.
        let printed = if shown.is_empty() {
            FxHashMap::default()
        } else {
            printed_drafts(site)
        };
        Drafts {
            shown,
            printed,
            left_out,
        }
    }

    /// Whether the page at site path `path` is a draft.
    pub(super) fn is_shown(&self, path: &str) -> bool {
        self.shown.contains(path)
    }

    /// The titles of the drafts the print edition at site path `path` prints, if any.
    pub(super) fn printed_at(&self, path: &str) -> Option<&[String]> {
        self.printed.get(path).map(Vec::as_slice)
    }

    /// The file of the draft left out that would be at `path` (`nl/x/index.html`, or
    /// `nl/x` as asked without the closing slash).
    pub(super) fn left_out_at(&self, path: &str) -> Option<&Path> {
        let page = if path.ends_with("index.html") {
            path.to_owned()
        } else {
            format!("{}/index.html", path.trim_end_matches('/'))
        };
        self.left_out.get(&page).map(PathBuf::as_path)
    }
}

/// For each print edition that prints drafts, its site path and the drafts' titles: a
/// writer who previews the brochure sees which of its pages will not be published.
fn printed_drafts(site: &Site) -> FxHashMap<String, Vec<String>> {
    let editions = site.editions();
    let with_drafts = editions.iter().filter_map(|edition| {
        let printed = brochure::printed_in(site, edition);
        let mut titles: Vec<String> = (site.entries.iter())
            .filter(|entry| entry.doc.front.draft && edition.langs.contains(&entry.doc.lang))
            .filter(|entry| printed.contains(entry.doc.key.as_str()))
            .map(|entry| entry.doc.front.title.clone())
            .collect();
        // A side-by-side edition names a draft whose languages share a title once.
        let mut named = FxHashSet::default();
        titles.retain(|title| named.insert(title.clone()));
        let path = format!("{}index.html", edition.path);
        (!titles.is_empty()).then_some((path, titles))
    });
    with_drafts.collect()
}

/// The band over a draft page: what it is, and why it will not be published.
pub(super) fn band(lang: &str) -> String {
    let speak = words::language_of_locale(lang);
    let word = text!("draft-word").render(speak);
    let note = text!("draft-band").render(speak);
    top_box(&word, lang, &format!("<strong>{word}</strong> {note}"))
}

/// The band over a print edition that prints drafts: which ones, and that they are not
/// published.
pub(super) fn edition_band(lang: &str, titles: &[String]) -> String {
    let speak = words::language_of_locale(lang);
    let word = text!("draft-word").render(speak);
    let titles: Vec<String> = (titles.iter())
        .map(|title| html_escape::encode_text(title).into_owned())
        .collect();
    let titles = titles.join(", ");
    let note = text!("draft-edition-band", titles = titles).render(speak);
    top_box(&word, lang, &format!("<strong>{word}</strong> {note}"))
}

/// What the 404 page says when the address belongs to a draft left out (`--no-drafts`).
pub(super) fn left_out_note(file: &Path, lang: &str) -> String {
    let file = html_escape::encode_text(&file.display().to_string()).into_owned();
    let speak = words::language_of_locale(lang);
    let label = text!("draft-word").render(speak);
    let text = text!("draft-left-out", file = file).render(speak);
    top_box(&label, lang, &text)
}

/// A box at the top of the page, in the flow (it pushes the page down and covers
/// nothing), as a named region so that screen readers can find it and skip it. Its
/// colours are its own (dark on yellow, 14:1), so that no theme can make it unreadable.
fn top_box(label: &str, lang: &str, html: &str) -> String {
    format!(
        "<div role=\"region\" aria-label=\"{label}\" lang=\"{lang}\" class=\"diptych-draft\" \
         style=\"display:block;position:static;float:none;margin:0;padding:.6rem 1rem;\
         background:#ffe066;color:#1a1a1a;border-bottom:3px solid #1a1a1a;\
         font:16px/1.5 system-ui,sans-serif;text-align:left\">{html}</div>"
    )
}
