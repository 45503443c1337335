//! Drafts in the preview. The preview builds drafts (the engine's `drafts` option) unless
//! it was started with `--no-drafts`; every draft page it serves gets a band that says it
//! is a draft, in the page's language, whatever the theme. The band is added as the page
//! is served (like the reload script), so a built page never holds it. Under `--no-drafts`
//! the 404 page says which draft's file an address belongs to, and what to do.

use std::path::{Path, PathBuf};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::resolve::Site;

/// Where the drafts of the last good rebuild are.
#[derive(Debug, Default)]
pub(super) struct Drafts {
    /// The site paths of draft pages that are served (`nl/strategie/visie/index.html`).
    shown: FxHashSet<String>,
    /// The site paths where drafts left out would be, and their files.
    left_out: FxHashMap<String, PathBuf>,
}

impl Drafts {
    /// The drafts of `site`, shown and left out.
    pub(super) fn of(site: &Site) -> Drafts {
        let shown = (site.entries.iter())
            .filter(|entry| entry.doc.front.draft)
            .map(|entry| format!("{}index.html", entry.path))
            .collect();
        let left_out = (site.placed_drafts())
            .map(|(doc, path)| (format!("{path}index.html"), doc.source.clone()))
            .collect();
        Drafts { shown, left_out }
    }

    /// Whether the page at site path `path` is a draft.
    pub(super) fn is_shown(&self, path: &str) -> bool {
        self.shown.contains(path)
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

/// The band over a draft page: what it is, and why it will not be published.
pub(super) fn band(lang: &str) -> String {
    let (word, note) = match language(lang) {
        "nl" => (
            "Concept",
            "Deze pagina wordt niet gepubliceerd zolang er <code>draft: true</code> in staat.",
        ),
        "de" => (
            "Entwurf",
            "Diese Seite wird nicht veröffentlicht, solange <code>draft: true</code> darin steht.",
        ),
        _ => (
            "Draft",
            "This page is not published while it says <code>draft: true</code>.",
        ),
    };
    top_box(word, lang, &format!("<strong>{word}</strong> {note}"))
}

/// What the 404 page says when the address belongs to a draft left out (`--no-drafts`).
pub(super) fn left_out_note(file: &Path, lang: &str) -> String {
    let file = html_escape::encode_text(&file.display().to_string()).into_owned();
    let (label, text) = match language(lang) {
        "nl" => (
            "Concept",
            format!(
                "Dit adres hoort bij een concept: <code>{file}</code>. De preview laat \
                 concepten weg, omdat hij met <code>--no-drafts</code> is gestart. Haal de regel \
                 <code>draft: true</code> uit dat bestand om de pagina te publiceren, of start \
                 <code>diptych serve</code> zonder <code>--no-drafts</code> om hem nu te bekijken."
            ),
        ),
        "de" => (
            "Entwurf",
            format!(
                "Diese Adresse gehört zu einem Entwurf: <code>{file}</code>. Die Vorschau lässt \
                 Entwürfe weg, weil sie mit <code>--no-drafts</code> gestartet wurde. Entfernen Sie \
                 die Zeile <code>draft: true</code> aus dieser Datei, um die Seite zu \
                 veröffentlichen, oder starten Sie <code>diptych serve</code> ohne \
                 <code>--no-drafts</code>, um sie jetzt anzusehen."
            ),
        ),
        _ => (
            "Draft",
            format!(
                "This address belongs to a draft: <code>{file}</code>. The preview leaves drafts \
                 out because it was started with <code>--no-drafts</code>. To publish the page, \
                 remove the line <code>draft: true</code> from that file; to see it now, run \
                 <code>diptych serve</code> without <code>--no-drafts</code>."
            ),
        ),
    };
    top_box(label, lang, &text)
}

/// `nl` of `nl-BE`.
fn language(lang: &str) -> &str {
    lang.split('-').next().unwrap_or(lang)
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
