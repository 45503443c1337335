//! The encoded images of earlier builds, in `.diptych-cache/images/` of the site folder:
//! one file per encoded variant, named by its fingerprint (the original's hash and the
//! encoder's settings), so a rebuild that did not touch an image encodes nothing, a
//! changed image re-encodes only itself, and building into another folder, or after the
//! output folder was deleted, takes the files from here. Safe to delete at any time.

use std::io;
use std::path::{Path, PathBuf};

use super::Variant;
use crate::files::CACHE_DIR;
use crate::util::file::write_atomically;

/// The folder of encoded images within the cache folder.
const FOLDER: &str = "images";

/// The encoded images of one site.
pub(super) struct Store {
    dir: PathBuf,
}

impl Store {
    /// The store of the site in `root`.
    pub(super) fn new(root: &Path) -> Store {
        Store {
            dir: root.join(CACHE_DIR).join(FOLDER),
        }
    }

    fn file(&self, variant: &Variant) -> PathBuf {
        let ending = variant
            .path
            .rsplit_once('.')
            .map_or("", |(_, ending)| ending);
        self.dir
            .join(format!("{:032x}.{ending}", variant.fingerprint))
    }

    /// The bytes of `variant`, if an earlier build encoded it.
    pub(super) fn get(&self, variant: &Variant) -> Option<Vec<u8>> {
        std::fs::read(self.file(variant)).ok()
    }

    /// Keeps the bytes of `variant` for later builds (written aside, then renamed, so a
    /// reader never sees half a file).
    pub(super) fn put(&self, variant: &Variant, bytes: &[u8]) -> io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        write_atomically(&self.file(variant), bytes)
    }
}
