//! What the built site will have at each address, and links written as addresses
//! (`/nl/strategie/ambities/`, `../ambities/`) looked up in it.
//!
//! A writer who copies an address from the browser into a page gets a link that breaks
//! silently when the page is renamed or the address was mistyped. The build knows every
//! address the output will have before it renders a page, so such a link is looked up
//! while the page's Markdown is read, and a link to nothing is reported at its line, with
//! the nearest address and the advice to link by key, which follows renames and
//! translations. Links elsewhere (`https:`, `mailto:`, `//host`, `#fragment`) are not
//! ours to judge.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::Unresolved;
use crate::key::Key;
use crate::lang::Lang;
use crate::words::{Text, text};

/// What the built site has at one site path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// The page of a document: `key` in `lang`.
    Page {
        /// The document's key.
        key: Key,
        /// The language of this version.
        lang: Lang,
    },
    /// A file of an image, by the image's path in the site folder (`content/regio/kaart.png`).
    Image(PathBuf),
    /// Any other file: a static file, a print edition, the sitemap, the language chooser.
    File,
}

/// Every site path the output will have (`nl/strategie/index.html`, `robots.txt`), with
/// what is there. Sorted, so that a suggestion never depends on the order of insertion.
#[derive(Debug, Default)]
pub struct Addresses {
    published: BTreeMap<String, Address>,
    /// Where the drafts left out of this build would be, and their files: the preview
    /// shows them, so a writer may copy such an address.
    drafts: BTreeMap<String, (Key, PathBuf)>,
}

/// How a link written as an address fared.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// It leads outside the site (another site, an e-mail address, a `#fragment` of the
    /// page itself): not checked.
    Elsewhere,
    /// It leads to `address`, at `site_path` (`nl/strategie/index.html`).
    Found {
        /// Where the output has it.
        site_path: String,
        /// What is there.
        address: &'a Address,
    },
}

impl Addresses {
    /// Records what the output will have at `site_path` (`nl/index.html`).
    pub fn insert(&mut self, site_path: String, address: Address) {
        self.published.insert(site_path, address);
    }

    /// Records that the draft `key` in the file `source`, left out, would be at `site_path`.
    pub fn insert_draft(&mut self, site_path: String, key: Key, source: PathBuf) {
        self.drafts.insert(site_path, (key, source));
    }

    /// What the output will have at `site_path`, if anything.
    pub fn get(&self, site_path: &str) -> Option<&Address> {
        self.published.get(site_path)
    }

    /// Looks up `href`, a link written on the page at `page_url` (`/nl/strategie/`) of a
    /// site living at `base_path` (`/`): absolute, or relative to the page's address as a
    /// browser reads it; `#fragment` and `?query` are left aside. `Err` says what is wrong
    /// when the site has nothing there.
    pub fn look_up(
        &self,
        href: &str,
        page_url: &str,
        base_path: &str,
    ) -> Result<Lookup<'_>, Unresolved> {
        let path = without_fragment_and_query(href.trim());
        if path.is_empty() || leads_elsewhere(path) {
            return Ok(Lookup::Elsewhere);
        }
        let url = absolute(path, page_url);
        let Some(inside) = url.strip_prefix(base_path) else {
            // Another site on the same host: not ours to judge.
            return Ok(Lookup::Elsewhere);
        };
        let site_path = site_path(inside);
        match (self.get(&site_path), self.drafts.get(&site_path)) {
            (Some(address), _) => Ok(Lookup::Found { site_path, address }),
            (None, Some((key, source))) => Err(a_draft_at(&url, key, source)),
            (None, None) => Err(self.nothing_at(href, &url, base_path)),
        }
    }

    /// Why a link leads nowhere, with the nearest address the site has and the advice
    /// to link by key (naming the key of the page meant, when that is a page).
    fn nothing_at(&self, href: &str, url: &str, base_path: &str) -> Unresolved {
        let candidates: Vec<(String, &Address)> = (self.published.iter())
            .map(|(path, address)| (url_of(path, base_path), address))
            .collect();
        let nearest = crate::suggest::nearest(url, candidates.iter().map(|(url, _)| url.as_str()));
        let meant = nearest.and_then(|near| candidates.iter().find(|(url, _)| url == near));
        let written = match href.starts_with('/') {
            true => Text::verbatim(""),
            false => text!("link-where-it-leads", href = href),
        };
        let suggestion = meant.map_or_else(
            || Text::verbatim(""),
            |(url, _)| text!("did-you-mean-after", name = url.as_str()),
        );
        let hint = match meant {
            Some((_, Address::Page { key, .. })) => key_hint(Meant::ThatPage, key.as_str()),
            _ => key_hint(Meant::PageFile, "strategie/ambities.md"),
        };
        Unresolved {
            message: text!(
                "link-to-no-address",
                url = url,
                written = written,
                meant = suggestion
            ),
            hint: Some(hint),
        }
    }
}

/// A link to the address of a draft, which the preview shows but a build leaves out.
fn a_draft_at(url: &str, key: &Key, source: &Path) -> Unresolved {
    Unresolved {
        message: text!("link-to-draft-address", url = url, source = source),
        hint: Some(text!(
            "link-to-draft-address-hint",
            link = key_hint(Meant::It, key.as_str())
        )),
    }
}

/// What a link by key would lead to, in the advice to write one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meant {
    /// The page the writer meant, named by its key.
    ThatPage,
    /// A page, by its file in content/ without the language.
    PageFile,
    /// The page just named.
    It,
    /// Any page.
    APage,
    /// The page of the Markdown file a link names.
    ThatFilesPage,
}

/// Advice to link to what was `meant` by key, with the example `key`.
pub fn key_hint(meant: Meant, key: &str) -> Text {
    match meant {
        Meant::ThatPage => text!("key-hint-that-page", key = key),
        Meant::PageFile => text!("key-hint-page-file", key = key),
        Meant::It => text!("key-hint-it", key = key),
        Meant::APage => text!("key-hint-a-page", key = key),
        Meant::ThatFilesPage => text!("key-hint-that-files-page", key = key),
    }
}

/// The key a link to a Markdown file means (`pijlers.md`, `../regio/_index.nl.md`,
/// `/strategie/pijlers.md`), read from the folder of the page with the key `page_key`, with
/// any of the `languages` left out; `None` for a link to anything else.
pub fn key_of_file_link<'l>(
    href: &str,
    page_key: &Key,
    languages: impl IntoIterator<Item = &'l Lang>,
) -> Option<Key> {
    let path = without_fragment_and_query(href.trim());
    let stem = path.strip_suffix(".md")?;
    let folder = match page_key.as_str().rsplit_once('/') {
        Some((folder, _)) => format!("/{folder}/"),
        None => "/".to_owned(),
    };
    let key = absolute(stem, &folder);
    let key = (languages.into_iter())
        .find_map(|lang| key.strip_suffix(&format!(".{lang}")))
        .unwrap_or(&key);
    Some(Key::from_link(&format!("{key}.md")))
}

/// The part of a link before its `#fragment` and `?query`.
fn without_fragment_and_query(href: &str) -> &str {
    let end = href.find(['#', '?']).unwrap_or(href.len());
    &href[..end]
}

/// Whether a link leads off the site: `//host/…`, or a scheme (`https:`, `mailto:`).
fn leads_elsewhere(path: &str) -> bool {
    if path.starts_with("//") {
        return true;
    }
    let Some((scheme, _)) = path.split_once(':') else {
        return false;
    };
    let mut letters = scheme.chars();
    letters
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic())
        && letters.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// `path` as an absolute URL path, read from the page at `page_url` as a browser reads
/// it: `.` and `..` resolved, `%20` decoded.
fn absolute(path: &str, page_url: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_owned()
    } else {
        let folder = &page_url[..page_url.rfind('/').map_or(0, |slash| slash + 1)];
        format!("{folder}{path}")
    };
    let decoded = percent_encoding::percent_decode_str(&joined).decode_utf8_lossy();
    normalize(&decoded)
}

/// An absolute URL path without `.` and `..` segments; `..` above the root stays there,
/// as in a browser.
fn normalize(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    for (index, part) in parts.iter().enumerate() {
        let last = index + 1 == parts.len();
        match *part {
            "." if last => segments.push(""),
            "." => {}
            ".." => {
                segments.pop();
                if last {
                    segments.push("");
                }
            }
            segment => segments.push(segment),
        }
    }
    format!("/{}", segments.join("/"))
}

/// The site path an address inside the site names: a folder's `index.html`.
fn site_path(inside: &str) -> String {
    if inside.is_empty() || inside.ends_with('/') {
        format!("{inside}index.html")
    } else {
        inside.to_owned()
    }
}

/// The address a reader would type for a site path: a page without its `index.html`.
fn url_of(site_path: &str, base_path: &str) -> String {
    let shown = match site_path.strip_suffix("index.html") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
        _ => site_path,
    };
    format!("{base_path}{shown}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Addresses {
        let mut addresses = Addresses::default();
        let page = |key: &str| Address::Page {
            key: Key::new(key),
            lang: Lang::new("nl"),
        };
        addresses.insert("index.html".into(), Address::File);
        addresses.insert("nl/index.html".into(), page("_index.md"));
        addresses.insert("nl/a/index.html".into(), page("a/_index.md"));
        addresses.insert("nl/a/b/index.html".into(), page("a/b.md"));
        addresses.insert("files/plan 2030.pdf".into(), Address::File);
        let draft = ("nl/a/c/index.html".into(), Key::new("a/c.md"));
        addresses.insert_draft(draft.0, draft.1, "content/a/c.nl.md".into());
        addresses
    }

    fn found(href: &str, page_url: &str) -> bool {
        matches!(
            site().look_up(href, page_url, "/"),
            Ok(Lookup::Found { .. })
        )
    }

    #[test]
    fn links_are_read_as_a_browser_reads_them() {
        assert!(found("/nl/a/b/", "/nl/"));
        assert!(found("/nl/a/b/index.html#doel", "/nl/"));
        assert!(found("b/", "/nl/a/"));
        assert!(found("../b/?x=1", "/nl/a/c/"));
        assert!(found("..", "/nl/a/b/"));
        assert!(found("../../../../", "/nl/a/b/"));
        assert!(found("./", "/nl/a/"));
        assert!(found("/files/plan%202030.pdf", "/nl/"));
        assert!(!found("/nl/a/b", "/nl/"));
        assert!(!found("b/", "/nl/"));
    }

    #[test]
    fn a_link_to_a_drafts_address_says_it_is_a_draft() {
        let problem = site().look_up("../c/", "/nl/a/b/", "/").unwrap_err();
        assert_eq!(
            problem.message,
            "`/nl/a/c/` is the address of a draft (content/a/c.nl.md), not published \
             without --drafts"
        );
    }

    #[test]
    fn odd_links_are_read_without_a_fuss() {
        for href in [
            "%", "/nl/%zz/", "/%FF/", "...", "\\", "/../..", "a:b/c", "ü/", " ",
        ] {
            let _ = site().look_up(href, "/nl/a/", "/");
        }
        assert!(found("/../..", "/nl/"));
        assert!(!found("...", "/nl/a/"));
    }

    #[test]
    fn links_elsewhere_are_not_checked() {
        for href in [
            "https://example.org/x/",
            "mailto:info@mst.nl",
            "tel:+31534872000",
            "//cdn.example/x.js",
            "#doel",
            "?page=2",
        ] {
            assert_eq!(site().look_up(href, "/nl/", "/"), Ok(Lookup::Elsewhere));
        }
        assert_eq!(
            site().look_up("/elders/", "/strategie/nl/", "/strategie/"),
            Ok(Lookup::Elsewhere)
        );
    }

    #[test]
    fn a_link_to_a_markdown_file_means_its_key() {
        let page = Key::new("strategie/waarom.md");
        let langs = [Lang::new("nl"), Lang::new("de")];
        let key = |href: &str| key_of_file_link(href, &page, &langs).map(|k| k.to_string());
        assert_eq!(key("pijlers.md").as_deref(), Some("strategie/pijlers.md"));
        assert_eq!(
            key("pijlers.nl.md#x").as_deref(),
            Some("strategie/pijlers.md")
        );
        assert_eq!(
            key("../regio/_index.de.md").as_deref(),
            Some("regio/_index.md")
        );
        assert_eq!(key("/over-mst/stz.md").as_deref(), Some("over-mst/stz.md"));
        assert_eq!(key("../pijlers/"), None);
    }

    #[test]
    fn a_link_to_nothing_names_the_nearest_address_and_its_key() {
        let problem = site().look_up("../bb/", "/nl/a/c/", "/").unwrap_err();
        assert_eq!(
            problem.message,
            "the site has no page or file at `/nl/a/bb/` (where `../bb/` leads from this \
             page); did you mean `/nl/a/b/`?"
        );
        assert!(problem.hint.unwrap().english().contains("`[…](@/a/b.md)`"));
    }
}
