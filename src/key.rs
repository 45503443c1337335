//! The language-free identity of a document: its [`Key`], as written in links.
//!
//! `content/strategie/ambities.de.md` is the German version of the key
//! `strategie/ambities.md`; `strategie/_index.md` is that section's own page and
//! `_index.md` the home page. Everything that needs a document's section, its place in
//! a listing or its translations asks the key, so the spelling of `_index.md` lives here.

/// The file name of a section's own page, without language and extension.
pub(crate) const SECTION_STEM: &str = "_index";

/// The key of the home page.
pub(crate) const HOME: &str = "_index.md";

/// The prefix of a link by key: `@/strategie/ambities.md`.
pub(crate) const LINK_PREFIX: &str = "@/";

/// A document's identity across languages: its path below `content/` without the language.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Key(String);

/// What a page looked up while it was rendered, and so is made from: another page (a link
/// by key, `url_for()`), or an image it shows (by its path in the site folder, whether it
/// is there or not). A page's fingerprint covers what it looked up, and an edit to a page
/// or an image reaches the pages that looked it up.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Lookup {
    /// A page, by its key.
    Page(Key),
    /// An image, by its path in the site folder: `content/regio/kaart.png`.
    Image(std::path::PathBuf),
    /// One language's version of a page: a link by address to another language's page
    /// leads there whatever the reader's language, so its fingerprint covers that version.
    Version {
        /// The page's key.
        key: Key,
        /// The language of the version linked to.
        lang: crate::lang::Lang,
    },
}

impl Key {
    /// A key as written: `strategie/ambities.md`. Links may add `@/` or a leading `/`.
    pub fn new(key: impl Into<String>) -> Self {
        Key(key.into())
    }

    /// A key from a link target, without its `@/` or leading `/`.
    pub fn from_link(target: &str) -> Self {
        let key = target.trim_start_matches(LINK_PREFIX);
        Key(key.trim_start_matches('/').to_owned())
    }

    /// The home page: `_index.md`.
    pub fn home() -> Self {
        Key(HOME.to_owned())
    }

    /// Whether this is the home page.
    pub fn is_home(&self) -> bool {
        self.0 == HOME
    }

    /// Whether this is a section's own page (the home page included).
    pub fn is_section(&self) -> bool {
        self.0 == HOME || self.0.ends_with(&format!("/{SECTION_STEM}.md"))
    }

    /// The section this key belongs to: `a/b.md` → `a/_index.md`, `a/_index.md` →
    /// `_index.md`; `None` for the home page.
    pub fn parent(&self) -> Option<Key> {
        if self.is_home() {
            return None;
        }
        let folder = self.0.strip_suffix("/_index.md").unwrap_or(&self.0);
        Some(match folder.rsplit_once('/') {
            Some((parent, _)) => Key(format!("{parent}/{HOME}")),
            None => Key::home(),
        })
    }

    /// The folder of a section key (`strategie` for `strategie/_index.md`), or the path of
    /// a page key without `.md`.
    pub fn stem(&self) -> &str {
        let path = self.0.strip_suffix(".md").unwrap_or(&self.0);
        path.strip_suffix(&format!("/{SECTION_STEM}"))
            .unwrap_or(path)
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::util::newtype::str_newtype!(Key);

#[cfg(test)]
mod tests {
    use super::*;

    fn parent(key: &str) -> Option<String> {
        Key::new(key).parent().map(|k| k.0)
    }

    #[test]
    fn parents_of_keys() {
        assert_eq!(parent("_index.md"), None);
        assert_eq!(parent("a/_index.md").as_deref(), Some("_index.md"));
        assert_eq!(parent("a/b.md").as_deref(), Some("a/_index.md"));
        assert_eq!(parent("a/b/_index.md").as_deref(), Some("a/_index.md"));
        assert_eq!(parent("b.md").as_deref(), Some("_index.md"));
    }

    #[test]
    fn sections_and_links() {
        assert!(Key::new("a/_index.md").is_section());
        assert!(Key::home().is_section());
        assert!(!Key::new("a/b_index.md").is_section());
        assert_eq!(Key::from_link("@/a/b.md"), Key::new("a/b.md"));
        assert_eq!(Key::from_link("/a/b.md"), Key::new("a/b.md"));
        assert_eq!(Key::new("a/_index.md").stem(), "a");
        assert_eq!(Key::new("a/b.md").stem(), "a/b");
    }
}
