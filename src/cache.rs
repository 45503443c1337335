//! The build cache: what the last successful build wrote, so the next one renders and
//! writes only what changed.
//!
//! One file per output folder in `.diptych-cache/` of the site folder. For every file of
//! the output it records the fingerprint of what the file was made from, the hash of its
//! bytes, and its size and modification time as written (to notice a file changed or
//! removed by hand since). The cache is never published and always safe to delete: a
//! build without it renders everything and still writes only the files whose bytes
//! differ. An unreadable or outdated cache is treated as no cache.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::KnownSources;
use crate::files::CACHE_DIR;
use crate::images::KnownImages;
use crate::output::Previous;
use crate::util::file::write_atomically;
use crate::util::hash::{self, Fingerprint};

/// Bumped whenever the layout of [`Manifest`] changes: an older cache is then ignored.
const FORMAT: u32 = 5;

/// The page numbers a `diptych pdf` found for an edition, and the fingerprint of the
/// edition they belong to: a build keeps them (and the PDF) while that is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct PrintRecord {
    /// Of the edition's inputs, page numbers aside.
    pub fingerprint: Fingerprint,
    /// Where each chapter begins.
    pub pages: BTreeMap<String, u32>,
}

/// What the last successful build left in one output folder.
#[derive(Debug, Default, Serialize, Deserialize)]
pub(crate) struct Manifest {
    format: u32,
    /// The files and folders of the output folder.
    pub output: Previous,
    /// Edition id → the page numbers of its printed PDF.
    pub prints: BTreeMap<String, PrintRecord>,
    /// What the content files were when the build started, so the next build need not
    /// read those that did not change since.
    pub sources: KnownSources,
    /// What the images of `content/` were, so the next build need not read those that did
    /// not change since.
    pub images: KnownImages,
}

impl Manifest {
    /// The manifest of a build that wrote these files from these sources and images and
    /// kept these printed editions.
    pub(crate) fn new(
        output: Previous,
        prints: BTreeMap<String, PrintRecord>,
        sources: KnownSources,
        images: KnownImages,
    ) -> Self {
        Manifest {
            format: FORMAT,
            output,
            prints,
            sources,
            images,
        }
    }
}

/// The cache file of an output folder: named by a hash of its absolute path, so building
/// into two folders keeps two caches.
fn cache_file(root: &Path, out: &Path) -> PathBuf {
    let absolute = std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf());
    let name = hash::of_bytes(absolute.as_os_str().as_encoded_bytes());
    root.join(CACHE_DIR).join(format!("{name:032x}.bin"))
}

/// The manifest of the last build into `out`; empty when there is none or it is unusable.
pub(crate) fn load(root: &Path, out: &Path) -> Manifest {
    std::fs::read(cache_file(root, out))
        .ok()
        .and_then(|bytes| postcard::from_bytes::<Manifest>(&bytes).ok())
        .filter(|manifest| manifest.format == FORMAT)
        .unwrap_or_default()
}

/// Stores the manifest of a build into `out` (written aside, then renamed into place).
pub(crate) fn save(root: &Path, out: &Path, manifest: &Manifest) -> io::Result<()> {
    std::fs::create_dir_all(root.join(CACHE_DIR))?;
    let bytes = postcard::to_stdvec(manifest).map_err(io::Error::other)?;
    write_atomically(&cache_file(root, out), &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::key::{Key, Lookup};
    use crate::output::FileRecord;
    use crate::util::hash::Stamp;

    #[test]
    fn a_manifest_survives_the_round_trip() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        let mut manifest = Manifest::new(
            Previous::default(),
            BTreeMap::new(),
            KnownSources::default(),
            KnownImages::default(),
        );
        manifest.output.files.insert(
            "nl/index.html".to_owned(),
            FileRecord {
                fingerprint: 1,
                hash: 2,
                stamp: Stamp {
                    size: 3,
                    modified: 4,
                },
                looked_up: vec![Lookup::Page(Key::new("a.md"))],
            },
        );
        save(root.path(), &out, &manifest).unwrap();
        let loaded = load(root.path(), &out);
        assert_eq!(loaded.output, manifest.output);
        let elsewhere = load(root.path(), &root.path().join("elsewhere"));
        assert!(elsewhere.output.files.is_empty());
    }

    #[test]
    fn a_damaged_cache_is_no_cache() {
        let root = tempfile::tempdir().unwrap();
        let out = root.path().join("public");
        std::fs::create_dir_all(root.path().join(CACHE_DIR)).unwrap();
        std::fs::write(cache_file(root.path(), &out), b"\xff\xff\xff garbage").unwrap();
        assert!(load(root.path(), &out).output.files.is_empty());
    }
}
