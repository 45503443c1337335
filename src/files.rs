//! The files of a site, as the floors above speak of them: the names diptych gives its
//! own parts of the site folder, and the built site as files in memory.

use std::collections::BTreeMap;

/// The cache folder, in the site folder: what earlier builds left for later ones (the
/// manifest of each output folder, the encoded images). Never published, always safe to
/// delete.
pub(crate) const CACHE_DIR: &str = ".diptych-cache";

/// A file's path in the built site, below its root, without a leading slash:
/// `de/strategie/index.html`, `style.3f2a9c1b.css`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SitePath(String);

impl SitePath {
    /// A site path as written: `de/strategie/index.html`.
    pub fn new(path: impl Into<String>) -> Self {
        SitePath(path.into())
    }

    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

crate::util::newtype::str_newtype!(SitePath);

/// The built site in memory: site path → file contents.
pub type SiteFiles = BTreeMap<SitePath, Vec<u8>>;
