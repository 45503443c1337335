//! `_headers`: the cache rules of the site, in the syntax Netlify and Cloudflare Pages
//! read from the published folder. Hashed assets may be kept for a year, since a changed
//! file gets a new name; pages must be asked for again, so a reader sees an edit at once.
//!
//! Both hosts apply *every* rule whose pattern matches a request and join the values of
//! a header that several rules give (`no-cache, public, max-age=…` would undo the year).
//! So no two rules here ever match the same address: a top-level folder holding only
//! assets, or no asset at all, gets one pattern (`/nl/*`); in a folder holding both, and
//! at the top, each asset and each page gets a rule of its own address. That keeps the
//! file short (Cloudflare reads at most 100 rules) for the usual layout: pages in
//! language folders, assets beside them.

use std::collections::BTreeMap;

/// The site path of the file.
pub(crate) const PATH: &str = "_headers";

/// For hashed assets: any cache may keep them for a year without asking again.
const FOREVER: &str = "public, max-age=31536000, immutable";

/// For pages: a cache may keep them but must ask whether they changed before each use.
const REVALIDATE: &str = "no-cache";

/// What kind of file a published path holds, for its cache rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Has its content's hash in its name.
    Hashed,
    /// An HTML page.
    Page,
    /// Anything else (`robots.txt`, the sitemap, PDFs): left to the host's default.
    Other,
}

/// The text of `_headers` for a site whose published paths are `paths`, of which
/// `is_hashed` tells the hashed assets; `base_path` is where the site lives (`/`). The
/// writer's own rules (`static/_headers`), if any, follow the generated ones.
pub(crate) fn text<'a>(
    paths: impl IntoIterator<Item = &'a str>,
    is_hashed: impl Fn(&str) -> bool,
    base_path: &str,
    own: Option<&[u8]>,
) -> Vec<u8> {
    let kind = |path: &str| match () {
        _ if is_hashed(path) => Kind::Hashed,
        _ if path.ends_with(".html") => Kind::Page,
        _ => Kind::Other,
    };
    // Top-level folder ("" for files at the top) → its files and their kinds.
    let mut folders: BTreeMap<&str, Vec<(&str, Kind)>> = BTreeMap::new();
    for path in paths {
        let folder = path.split_once('/').map_or("", |(folder, _)| folder);
        folders.entry(folder).or_default().push((path, kind(path)));
    }
    let mut rules: Vec<(String, &str)> = (folders.iter())
        .flat_map(|(folder, files)| folder_rules(folder, files, base_path))
        .collect();
    rules.sort_by(|a, b| (a.1 != FOREVER, &a.0).cmp(&(b.1 != FOREVER, &b.0)));
    let mut out = String::from(
        "# Written by diptych: hashed assets are kept for a year, pages are asked for again.\n",
    );
    for (pattern, value) in rules {
        out.push_str(&format!("\n{pattern}\n  Cache-Control: {value}\n"));
    }
    let mut out = out.into_bytes();
    if let Some(own) = own {
        out.extend_from_slice(b"\n# From static/_headers\n");
        out.extend_from_slice(own);
    }
    out
}

/// The rules (address pattern, `Cache-Control` value) for the files of one top-level
/// folder (`""`: the files at the top): one pattern for the folder when all its files
/// want the same rule, one rule per file otherwise.
fn folder_rules(
    folder: &str,
    files: &[(&str, Kind)],
    base_path: &str,
) -> Vec<(String, &'static str)> {
    let all = |wanted: Kind| files.iter().all(|(_, kind)| *kind == wanted);
    let any = |wanted: Kind| files.iter().any(|(_, kind)| *kind == wanted);
    if !folder.is_empty() && all(Kind::Hashed) {
        return vec![(format!("{base_path}{folder}/*"), FOREVER)];
    }
    if !folder.is_empty() && any(Kind::Page) && !any(Kind::Hashed) {
        return vec![(format!("{base_path}{folder}/*"), REVALIDATE)];
    }
    (files.iter())
        .filter_map(|&(path, kind)| match kind {
            Kind::Hashed => Some((format!("{base_path}{path}"), FOREVER)),
            Kind::Page => Some((page_address(path, base_path), REVALIDATE)),
            Kind::Other => None,
        })
        .collect()
}

/// The address readers ask for to get a page: `nl/x/index.html` → `/nl/x/`.
fn page_address(path: &str, base_path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => {
            format!("{base_path}{folder}")
        }
        _ => format!("{base_path}{path}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(paths: &[&str], own: Option<&[u8]>) -> String {
        let hashed = |path: &str| path.contains(".h.");
        String::from_utf8(text(paths.iter().copied(), hashed, "/s/", own)).unwrap()
    }

    #[test]
    fn rules_never_overlap() {
        let text = headers(
            &[
                "index.html",
                "404.html",
                "robots.txt",
                "style.h.css",
                "nl/index.html",
                "nl/a/index.html",
                "fonts/a.h.woff2",
                "mixed/index.html",
                "mixed/logo.h.svg",
                "mixed/notes.txt",
                "files/a.pdf",
            ],
            None,
        );
        let expected = "\n/s/fonts/*\n  Cache-Control: public, max-age=31536000, immutable\n\
                        \n/s/mixed/logo.h.svg\n  Cache-Control: public, max-age=31536000, immutable\n\
                        \n/s/style.h.css\n  Cache-Control: public, max-age=31536000, immutable\n\
                        \n/s/\n  Cache-Control: no-cache\n\
                        \n/s/404.html\n  Cache-Control: no-cache\n\
                        \n/s/mixed/\n  Cache-Control: no-cache\n\
                        \n/s/nl/*\n  Cache-Control: no-cache\n";
        assert!(text.ends_with(expected), "{text}");
    }

    #[test]
    fn the_writers_own_rules_follow() {
        let text = headers(&["index.html"], Some(b"/*\n  X-Frame-Options: DENY\n"));
        assert!(text.ends_with("# From static/_headers\n/*\n  X-Frame-Options: DENY\n"));
    }
}
