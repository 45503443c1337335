//! Static files under names that change with their content, so that a host may let
//! browsers and caches keep them for a year: `style.css` is published as
//! `style.3f2a9c1b.css`, and a changed file gets a new name.
//!
//! What a page loads (styles, scripts, fonts, pictures) is an *asset* and gets the hash;
//! everything else (`robots.txt`, `favicon.ico`, files that other programs ask for by
//! name) keeps its own name. Only the hashed name is published: a page that still pointed
//! at `style.css` would get a file that caches may hold stale, so `check` reports such a
//! link instead. Templates ask for the published name with `asset(path="style.css")`.
//! References from a stylesheet to other static files (`url(fonts/inter.woff2)`) are
//! rewritten to their published names before the stylesheet is hashed, so a new font
//! gives the stylesheet a new name too.

use std::collections::{BTreeMap, BTreeSet};

use crate::files::{SiteFiles, SitePath};
use crate::util::hash::{self, HASH_DIGITS, name_with_hash};

/// File endings of the assets: what a page loads, which never changes under one name.
const HASHED_ENDINGS: &[&str] = &[
    "css", "js", "mjs", "woff", "woff2", "ttf", "otf", "eot", "png", "jpg", "jpeg", "gif", "webp",
    "avif", "svg",
];

/// Files that browsers and devices ask for by their own name, not through a page.
const WELL_KNOWN: &[&str] = &["apple-touch-icon.png", "apple-touch-icon-precomposed.png"];

/// A folder whose files other programs ask for by name (RFC 8615).
const WELL_KNOWN_FOLDER: &str = ".well-known/";

/// The static files' published names.
#[derive(Debug, Clone, Default)]
pub(crate) struct Assets {
    /// Path in the static folders (`fonts/inter.woff2`) → path it is published at.
    names: BTreeMap<String, String>,
}

impl Assets {
    /// Publishes static files (path → bytes): assets under their hashed names, with the
    /// references of stylesheets rewritten; the others as they are. `base_path` is where
    /// the site lives (`/` or `/strategie/`), for references that start with it.
    pub(crate) fn publish(files: &SiteFiles, base_path: &str) -> (Assets, SiteFiles) {
        let mut publisher = Publisher {
            files,
            base_path,
            names: BTreeMap::new(),
            published: SiteFiles::new(),
            visiting: BTreeSet::new(),
        };
        for path in files.keys() {
            publisher.publish(path);
        }
        let Publisher {
            names, published, ..
        } = publisher;
        (Assets { names }, published)
    }

    /// The path a static file is published at, given its path in the static folders.
    pub(crate) fn published(&self, path: &str) -> Option<&str> {
        self.names.get(path).map(String::as_str)
    }

    /// Every static file's path → the path it is published at, sorted.
    pub(crate) fn names(&self) -> &BTreeMap<String, String> {
        &self.names
    }

    /// Whether a published path carries its content's hash (and may be cached forever).
    pub(crate) fn is_hashed(&self, published: &str) -> bool {
        is_asset(published)
            && self
                .names
                .get(original_name(published).as_str())
                .is_some_and(|name| name == published)
    }
}

/// Gives each file its published name, stylesheets after what they refer to.
struct Publisher<'a> {
    files: &'a SiteFiles,
    base_path: &'a str,
    names: BTreeMap<String, String>,
    published: SiteFiles,
    /// Stylesheets being rewritten: a stylesheet that refers back to one of them keeps
    /// that reference as written.
    visiting: BTreeSet<String>,
}

impl Publisher<'_> {
    /// The published name of the static file at `path`, publishing it first if needed.
    fn publish(&mut self, path: &str) -> Option<String> {
        if let Some(name) = self.names.get(path) {
            return Some(name.clone());
        }
        let files = self.files;
        let bytes = files.get(path)?;
        if !self.visiting.insert(path.to_owned()) {
            return None;
        }
        let bytes = if path.ends_with(".css") {
            self.rewrite_stylesheet(path, bytes)
        } else {
            bytes.clone()
        };
        self.visiting.remove(path);
        let name = if is_asset(path) {
            hashed_name(path, &bytes)
        } else {
            path.to_owned()
        };
        self.names.insert(path.to_owned(), name.clone());
        self.published.insert(SitePath::new(name.clone()), bytes);
        Some(name)
    }

    /// A stylesheet with each `url(…)` that leads to a static file pointing at that
    /// file's published name; other references, and sheets not in UTF-8, stay as written.
    fn rewrite_stylesheet(&mut self, path: &str, bytes: &[u8]) -> Vec<u8> {
        let Ok(text) = std::str::from_utf8(bytes) else {
            return bytes.to_vec();
        };
        let folder = path.rfind('/').map_or("", |end| &path[..=end]);
        let base_path = self.base_path;
        let rewritten = rewrite_urls(text, |reference| {
            let target = static_path(reference, folder, base_path)?;
            let published = self.publish(&target)?;
            Some(with_file_name(reference, file_name(&published)))
        });
        rewritten.into_bytes()
    }
}

/// Whether a static file at `path` gets its content's hash in its name.
pub(crate) fn is_asset(path: &str) -> bool {
    let ending = path.rsplit_once('.').map(|(_, ending)| ending);
    ending.is_some_and(|ending| HASHED_ENDINGS.contains(&ending.to_ascii_lowercase().as_str()))
        && !WELL_KNOWN.contains(&file_name(path))
        && !path.starts_with(WELL_KNOWN_FOLDER)
}

/// `fonts/inter.woff2` → `fonts/inter.3f2a9c1b.woff2`: the hash of `bytes` before the ending.
fn hashed_name(path: &str, bytes: &[u8]) -> String {
    name_with_hash(path, hash::of_bytes(bytes))
}

/// `style.3f2a9c1b.css` → `style.css`: the name a hashed name was made from (a name
/// without a hash stays as it is).
pub fn original_name(published: &str) -> String {
    let mut parts: Vec<&str> = published.rsplitn(3, '.').collect();
    match parts.as_mut_slice() {
        [ending, hash, stem]
            if hash.len() == HASH_DIGITS && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            format!("{stem}.{ending}")
        }
        _ => published.to_owned(),
    }
}

/// The last part of a path.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// A reference with its file name (before any `?` or `#`) replaced.
fn with_file_name(reference: &str, name: &str) -> String {
    let end = reference.find(['?', '#']).unwrap_or(reference.len());
    let start = reference[..end].rfind('/').map_or(0, |slash| slash + 1);
    [&reference[..start], name, &reference[end..]].concat()
}

/// The static path a stylesheet's reference leads to: relative to the sheet's `folder`,
/// or absolute below `base_path`. `None` for other sites, `data:` and the like.
fn static_path(reference: &str, folder: &str, base_path: &str) -> Option<String> {
    let path = &reference[..reference.find(['?', '#']).unwrap_or(reference.len())];
    if path.is_empty() || path.contains(':') || path.starts_with("//") {
        return None;
    }
    let joined = match path.strip_prefix('/') {
        Some(_) => path.strip_prefix(base_path)?.to_owned(),
        None => [folder, path].concat(),
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// CSS text with each `url(…)` reference replaced by what `replace` gives for it (kept
/// when it gives nothing). Quotes around the reference stay as they were.
fn rewrite_urls(css: &str, mut replace: impl FnMut(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.to_ascii_lowercase().find("url(") {
        let (before, after) = rest.split_at(start + "url(".len());
        out.push_str(before);
        let inner = after.trim_start();
        out.push_str(&after[..after.len() - inner.len()]);
        let quote = inner.chars().next().filter(|c| *c == '"' || *c == '\'');
        let body = &inner[quote.map_or(0, char::len_utf8)..];
        let end = match quote {
            Some(quote) => body.find(quote),
            None => body.find(|c: char| c == ')' || c.is_whitespace()),
        };
        let Some(end) = end else {
            out.push_str(inner);
            return out;
        };
        let reference = &body[..end];
        if let Some(quote) = quote {
            out.push(quote);
        }
        out.push_str(&replace(reference).unwrap_or_else(|| reference.to_owned()));
        rest = &body[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> SiteFiles {
        list.iter()
            .map(|(path, text)| (SitePath::new(*path), text.as_bytes().to_vec()))
            .collect()
    }

    #[test]
    fn assets_get_their_hash_and_other_files_keep_their_name() {
        let (assets, published) = Assets::publish(
            &files(&[
                ("style.css", "body{}"),
                ("robots.txt", "x"),
                ("favicon.ico", "x"),
                ("apple-touch-icon.png", "x"),
                (".well-known/security.txt", "x"),
            ]),
            "/",
        );
        let style = assets.published("style.css").unwrap();
        assert!(style.starts_with("style.") && style.ends_with(".css"));
        assert_eq!(style.len(), "style..css".len() + HASH_DIGITS);
        assert!(assets.is_hashed(style));
        for kept in ["robots.txt", "favicon.ico", "apple-touch-icon.png"] {
            assert_eq!(assets.published(kept), Some(kept));
            assert!(!assets.is_hashed(kept));
        }
        assert!(published.contains_key(style) && !published.contains_key("style.css"));
    }

    #[test]
    fn another_content_gives_another_name() {
        let one = Assets::publish(&files(&[("a/app.js", "1")]), "/").0;
        let two = Assets::publish(&files(&[("a/app.js", "2")]), "/").0;
        assert_ne!(one.published("a/app.js"), two.published("a/app.js"));
        assert!(one.published("a/app.js").unwrap().starts_with("a/app."));
    }

    #[test]
    fn a_stylesheet_points_at_the_published_fonts_and_changes_with_them() {
        let sheet = "@font-face{src:url( \"fonts/inter.woff2?v=1#x\" )}\
                     .a{background:URL(../img/dot.svg)}.b{background:url(data:x)}\
                     .c{background:url('/site/img/dot.svg')}.d{background:url(gone.png)}";
        let site = |font: &str| {
            files(&[
                ("css/main.css", sheet),
                ("css/fonts/inter.woff2", font),
                ("img/dot.svg", "<svg/>"),
            ])
        };
        let (assets, published) = Assets::publish(&site("one"), "/site/");
        let font = file_name(assets.published("css/fonts/inter.woff2").unwrap());
        let dot = file_name(assets.published("img/dot.svg").unwrap());
        let css = assets.published("css/main.css").unwrap();
        let text = String::from_utf8(published[css].clone()).unwrap();
        assert_eq!(
            text,
            format!(
                "@font-face{{src:url( \"fonts/{font}?v=1#x\" )}}\
                 .a{{background:URL(../img/{dot})}}.b{{background:url(data:x)}}\
                 .c{{background:url('/site/img/{dot}')}}.d{{background:url(gone.png)}}"
            )
        );
        let (changed, _) = Assets::publish(&site("two"), "/site/");
        assert_ne!(changed.published("css/main.css"), Some(css));
    }

    #[test]
    fn stylesheets_that_refer_to_each_other_still_publish() {
        let (assets, _) = Assets::publish(
            &files(&[
                ("a.css", "@import url(b.css);"),
                ("b.css", "@import url(a.css);"),
            ]),
            "/",
        );
        assert!(assets.is_hashed(assets.published("a.css").unwrap()));
        assert!(assets.is_hashed(assets.published("b.css").unwrap()));
    }

    #[test]
    fn the_unhashed_name_is_found_back() {
        assert_eq!(original_name("a/style.3f2a9c1b.css"), "a/style.css");
        assert_eq!(original_name("style.css"), "style.css");
    }
}
