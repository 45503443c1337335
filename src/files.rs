//! The files of a site, as the floors above speak of them: the names diptych gives its
//! own parts of the site folder, and the built site as files in memory.

use std::collections::BTreeMap;

/// The cache folder, in the site folder: what earlier builds left for later ones (the
/// manifest of each output folder, the encoded images). Never published, always safe to
/// delete.
pub const CACHE_DIR: &str = ".diptych-cache";

/// The built site in memory: site path (`de/strategie/index.html`) → file contents.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;
