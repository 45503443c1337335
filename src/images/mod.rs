//! Images: the pictures next to the pages in `content/` and in the static folders, each
//! published once at a language-neutral address with its content's hash in the name, in
//! the widths a screen needs, and checked before anything is written.
//!
//! A page refers to an image as a Markdown editor shows it: relative to the page's file
//! (`kaart.png` beside `content/regio/oncologieregio.nl.md`), or from the site root for the
//! static folders (`/images/logo.png`). Every language of the page shows the same file.
//! A raster image (PNG, JPEG, WebP) is published in the widths of [`WIDTHS`] that are not
//! wider than the original, and at the original width when that is narrower than the
//! widest, each in WebP and in its own format; an SVG (after [`svg::refusal`] found no
//! script in it) and a GIF are published as they are.
//!
//! The names are known before anything is encoded (they come from the original's hash and
//! the settings), so pages render without waiting for the encoder; [`publish`](Images::publish)
//! encodes what the output lacks, in parallel, taking what an earlier build encoded from
//! the [`store`].
//!
//! The room of images stands on the rendering floor (docs/architecture.md): the build
//! measures the images beside the placed site and hands them to rendering, the print
//! editions and `check`; it uses only the floors below.

mod encode;
pub(crate) mod markup;
mod names;
mod store;
pub(crate) mod svg;

pub(crate) use self::markup::{Mode, SIZES};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostic, Unresolved};
use crate::files::SiteFiles;
use crate::key::Lookup;
use crate::util::hash::{self, Fingerprint, Hasher, Stamp};
use crate::walk;
use crate::words::text;

/// The widths, in pixels, an image is published in (never wider than the original).
pub(crate) const WIDTHS: [u32; 3] = [480, 960, 1600];

/// Changes whenever the encoder's settings change: every encoded file gets a new name.
const ENCODER: &str = "webp q80, jpeg q82, png fast, lanczos3, v1";

/// The file endings of images, in lowercase.
const ENDINGS: &[&str] = &["png", "jpg", "jpeg", "webp", "gif", "svg"];

/// The formats an image is encoded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Lossless, for drawings and screenshots.
    Png,
    /// Lossy, for photos.
    Jpeg,
    /// Lossy with transparency: smaller than either, for browsers that take it.
    Webp,
}

impl Format {
    /// The format of a file ending, if it is one diptych resizes.
    fn of_ending(ending: &str) -> Option<Format> {
        match ending {
            "png" => Some(Format::Png),
            "jpg" | "jpeg" => Some(Format::Jpeg),
            "webp" => Some(Format::Webp),
            _ => None,
        }
    }

    /// The file ending of a file in this format.
    fn ending(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Jpeg => "jpg",
            Format::Webp => "webp",
        }
    }

    /// The media type, for `<source type>`.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Webp => "image/webp",
        }
    }
}

/// One published file of an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The site path it is published at: `regio/kaart-480w.3f2a9c1b.webp`.
    pub path: String,
    /// In pixels.
    pub width: u32,
    /// In pixels.
    pub height: u32,
    /// `None` for a file published as it is (SVG, GIF).
    pub format: Option<Format>,
    /// Of the original and the settings: the same while neither changes.
    pub fingerprint: Fingerprint,
    /// Whether the file is the original's bytes (its own format at its own width).
    pub copy: bool,
}

/// An image of the site, read and measured, with the files it is published as.
#[derive(Debug, Clone)]
pub struct Image {
    /// Relative to the site folder: `content/regio/kaart.png`.
    pub source: PathBuf,
    /// The hash of the original's bytes.
    pub hash: Fingerprint,
    /// The original's width in pixels (0 when unknown, as for an SVG).
    pub width: u32,
    /// The original's height in pixels (0 when unknown).
    pub height: u32,
    /// The own format's files by width, then the WebP files by width (raster images);
    /// the one file of an image published as it is.
    pub variants: Vec<Variant>,
    /// The file's size and time when measured, for an image of `content/`.
    stamp: Option<Stamp>,
    original: Original,
}

/// What a build learned of an image of `content/`: the next build trusts it while the
/// file keeps its stamp, and names the image's files without reading it. Kept in the
/// cache manifest ([`KnownImages`]), beside the records of the content files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ImageRecord {
    /// The file's size and modification time.
    pub stamp: Stamp,
    /// The hash of its bytes.
    pub hash: Fingerprint,
    /// In pixels (0 for an SVG).
    pub width: u32,
    /// In pixels (0 for an SVG).
    pub height: u32,
}

/// What the last build learned of the images of `content/`, by source path.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownImages {
    /// When that build started, in nanoseconds since 1970.
    started: i128,
    records: BTreeMap<PathBuf, ImageRecord>,
}

impl KnownImages {
    /// The record of the image at `source` if the file still has `stamp` and was old
    /// enough then.
    fn get(&self, source: &Path, stamp: Stamp) -> Option<&ImageRecord> {
        (self.records.get(source))
            .filter(|record| record.stamp == stamp && stamp.settled_before(self.started))
    }

    /// Whether both hold the same records, whenever they were made.
    pub fn same_images(&self, other: &KnownImages) -> bool {
        self.records == other.records
    }
}

/// An image's bytes, read when first needed: a rebuild that finds every file of an
/// unchanged image in place never reads it.
#[derive(Debug, Clone)]
pub(crate) struct Original {
    file: PathBuf,
    read: Arc<OnceLock<Result<Arc<[u8]>, String>>>,
}

impl Original {
    /// The bytes of `file` (absolute), read when first asked for.
    fn at(file: PathBuf) -> Original {
        Original {
            file,
            read: Arc::default(),
        }
    }

    /// Bytes read already.
    fn known(bytes: Arc<[u8]>) -> Original {
        Original {
            file: PathBuf::new(),
            read: Arc::new(OnceLock::from(Ok(bytes))),
        }
    }

    /// The bytes, or why they cannot be read.
    fn bytes(&self) -> Result<Arc<[u8]>, String> {
        let read = self.read.get_or_init(|| {
            std::fs::read(&self.file)
                .map(Arc::from)
                .map_err(|error| error.to_string())
        });
        read.clone()
    }
}

impl Image {
    /// The files in `format`, narrowest first.
    pub fn in_format(&self, format: Option<Format>) -> impl Iterator<Item = &Variant> {
        self.variants.iter().filter(move |v| v.format == format)
    }

    /// The format the original is in (`None` for SVG and GIF).
    pub fn own_format(&self) -> Option<Format> {
        self.variants.first().and_then(|variant| variant.format)
    }

    /// The widest file in the original's format: what print and old browsers get.
    pub fn largest(&self) -> &Variant {
        let own = self.own_format();
        // Every image has at least one file in its own format.
        self.in_format(own).last().unwrap_or(&self.variants[0])
    }

    /// The narrowest file in the original's format at least `width` wide (the widest when
    /// none is).
    pub fn at_least(&self, width: u32) -> &Variant {
        let own = self.own_format();
        self.in_format(own)
            .find(|variant| variant.width >= width)
            .unwrap_or_else(|| self.largest())
    }

    /// What a page records when it shows this image.
    pub fn lookup(&self) -> Lookup {
        Lookup::Image(self.source.clone())
    }
}

/// Every image of the site.
#[derive(Debug, Default)]
pub struct Images {
    /// By source path, relative to the site folder.
    by_source: BTreeMap<PathBuf, Image>,
    /// Path in the static folders (`images/logo.png`) → source path; the site's own
    /// `static/` wins over the theme's.
    statics: BTreeMap<String, PathBuf>,
}

/// Whether the output has the file at a site path made with this fingerprint already.
pub(crate) type IsCurrent<'a> = dyn Fn(&str, Fingerprint) -> bool + Sync + 'a;

/// Hands the output a file: site path, fingerprint, bytes.
pub(crate) type Put<'a> = dyn Fn(&str, Fingerprint, &[u8]) -> Result<(), Diagnostic> + Sync + 'a;

/// What publishing the images did.
#[derive(Debug, Default)]
pub struct Published {
    /// Every file of every image: site path and fingerprint.
    pub files: Vec<(String, Fingerprint)>,
    /// How many files were encoded (not found current or in the cache).
    pub encoded: usize,
    /// Images that could not be encoded or handed over.
    pub problems: Vec<Diagnostic>,
}

impl Images {
    /// Measures every image in `content/` and in the static folders (whose bytes the
    /// caller read already). An image of `content/` that `known` shows unchanged since the
    /// last build is not read. Images that cannot be read, and SVGs with scripts, are
    /// reported and left out.
    pub fn collect(
        root: &Path,
        content_dir: &Path,
        static_dirs: &[PathBuf],
        static_files: &SiteFiles,
        known: &KnownImages,
    ) -> (Images, Vec<Diagnostic>) {
        let content = content_images(root, content_dir);
        let mut statics = BTreeMap::new();
        let mut read: Vec<Result<Image, Diagnostic>> = content
            .into_par_iter()
            .map(|(source, site_path)| {
                let file = root.join(&source);
                let stamp = std::fs::metadata(&file).map(|m| Stamp::of(&m)).ok();
                let original = Original::at(file);
                match stamp.and_then(|stamp| known.get(&source, stamp)) {
                    Some(record) => Ok(names::remembered(source, &site_path, record, original)),
                    None => names::measure(source, &site_path, original, stamp),
                }
            })
            .collect();
        for (path, bytes) in static_files.iter().filter(|(path, _)| is_image(path)) {
            let source = static_source(root, static_dirs, path);
            statics.insert(path.to_string(), source.clone());
            let original = Original::known(Arc::from(bytes.as_slice()));
            read.push(names::measure(source, path, original, None));
        }
        let mut images = Images {
            statics,
            ..Images::default()
        };
        let mut problems = Vec::new();
        for result in read {
            match result {
                Ok(image) => {
                    images.by_source.insert(image.source.clone(), image);
                }
                Err(problem) => problems.push(problem),
            }
        }
        (images, problems)
    }

    /// What this build, started at `started`, learned of the images of `content/`, for
    /// the next one.
    pub fn known(&self, started: std::time::SystemTime) -> KnownImages {
        let records = (self.by_source.values())
            .filter_map(|image| {
                let record = ImageRecord {
                    stamp: image.stamp?,
                    hash: image.hash,
                    width: image.width,
                    height: image.height,
                };
                Some((image.source.clone(), record))
            })
            .collect();
        KnownImages {
            started: hash::nanos_since_1970(started),
            records,
        }
    }

    /// The image at a source path (`content/regio/kaart.png`).
    pub fn get(&self, source: &Path) -> Option<&Image> {
        self.by_source.get(source)
    }

    /// The image of the static folders at `path` (`images/logo.png`).
    pub fn get_static(&self, path: &str) -> Option<&Image> {
        self.by_source.get(self.statics.get(path)?)
    }

    /// Every image, by source path.
    pub fn all(&self) -> impl Iterator<Item = &Image> {
        self.by_source.values()
    }

    /// The fingerprint of what a page that looked up the image at `source` saw: the
    /// image's hash, or its absence.
    pub fn fingerprint_of(&self, source: &Path) -> Fingerprint {
        let mut hasher = Hasher::default();
        match self.by_source.get(source) {
            Some(image) => hasher.add("image").add_fingerprint(image.hash),
            None => hasher
                .add("no image")
                .add(source.as_os_str().as_encoded_bytes()),
        };
        hasher.finish()
    }

    /// The fingerprint of every image: what the print editions, which may show any of
    /// them, are made from.
    pub fn fingerprint(&self) -> Fingerprint {
        let mut hasher = Hasher::default();
        for image in self.all() {
            hasher
                .add(image.source.as_os_str().as_encoded_bytes())
                .add_fingerprint(image.hash);
        }
        hasher.finish()
    }

    /// The source paths of the images whose bytes differ between `self` and `other`,
    /// or that only one of them has: what an edit changed.
    pub fn changed_since(&self, other: &Images) -> Vec<Lookup> {
        let differs = |a: &Images, b: &Images| {
            a.all()
                .filter(|image| b.get(&image.source).is_none_or(|o| o.hash != image.hash))
                .map(Image::lookup)
                .collect::<Vec<_>>()
        };
        let mut keys = differs(self, other);
        keys.extend(differs(other, self));
        keys.sort();
        keys.dedup();
        keys
    }

    /// The image a page at `page_source` means by `reference`, as written in its Markdown
    /// or HTML: `Ok(None)` for an address on another site or a `data:` URL, which is left
    /// as written.
    pub fn resolve(
        &self,
        reference: &str,
        page_source: &Path,
    ) -> Result<Option<&Image>, Unresolved> {
        let Some(path) = local_path(reference) else {
            return Ok(None);
        };
        let content = page_source
            .iter()
            .next()
            .map(PathBuf::from)
            .unwrap_or_default();
        let (source, found) = match path.strip_prefix('/') {
            Some(from_root) => match self.get_static(from_root) {
                Some(image) => return Ok(Some(image)),
                None => {
                    let source = content.join(from_root);
                    let found = self.get(&source);
                    (source, found)
                }
            },
            None => {
                let folder = page_source.parent().unwrap_or(Path::new(""));
                let source = normalize(&folder.join(&path));
                let found = self.get(&source);
                (source, found)
            }
        };
        found
            .map(Some)
            .ok_or_else(|| self.missing(reference, &source))
    }

    /// Why `reference` (sought at `source`) leads to no image, and the nearest name.
    fn missing(&self, reference: &str, source: &Path) -> Unresolved {
        let folder = source.parent().unwrap_or(Path::new(""));
        let neighbours: Vec<String> = self
            .by_source
            .keys()
            .filter(|known| known.parent() == Some(folder))
            .filter_map(|known| Some(known.file_name()?.to_string_lossy().into_owned()))
            .collect();
        let name = source
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let suggestion = crate::suggest::did_you_mean(&name, neighbours.iter().map(String::as_str));
        Unresolved {
            message: text!(
                "image-missing",
                reference = reference,
                sought = source,
                meant = suggestion
            ),
            hint: Some(text!("image-missing-hint")),
        }
    }

    /// Hands every file of every image to `put`, unless `is_current` says the output has
    /// it already: from the cache when an earlier build encoded it, encoded now (in
    /// parallel) otherwise. `root` is the site folder, whose cache is used.
    pub fn publish(&self, root: &Path, is_current: &IsCurrent, put: &Put) -> Published {
        let store = store::Store::new(root);
        let outcomes: Vec<(usize, Option<Diagnostic>)> = self
            .by_source
            .par_iter()
            .map(|(_, image)| publish_image(image, &store, is_current, put))
            .collect();
        let mut published = Published {
            files: self
                .all()
                .flat_map(|image| &image.variants)
                .map(|variant| (variant.path.clone(), variant.fingerprint))
                .collect(),
            ..Published::default()
        };
        for (encoded, problem) in outcomes {
            published.encoded += encoded;
            published.problems.extend(problem);
        }
        published
    }
}

/// Publishes the files of one image the output lacks; how many were encoded, and what
/// went wrong.
fn publish_image(
    image: &Image,
    store: &store::Store,
    is_current: &IsCurrent,
    put: &Put,
) -> (usize, Option<Diagnostic>) {
    let wanted: Vec<&Variant> = (image.variants.iter())
        .filter(|variant| !is_current(&variant.path, variant.fingerprint))
        .collect();
    let unreadable = |error: String| {
        let problem =
            Diagnostic::error(text!("image-unreadable", error = error)).in_file(&image.source);
        (0, Some(problem))
    };
    let mut files: Vec<(&Variant, Arc<[u8]>)> = Vec::with_capacity(wanted.len());
    let mut to_encode = Vec::new();
    for variant in wanted {
        match variant.copy {
            true => match image.original.bytes() {
                Ok(bytes) => files.push((variant, bytes)),
                Err(error) => return unreadable(error),
            },
            false => match store.get(variant) {
                Some(bytes) => files.push((variant, Arc::from(bytes))),
                None => to_encode.push(variant),
            },
        }
    }
    let encoded = to_encode.len();
    if !to_encode.is_empty() {
        let original = match image.original.bytes() {
            Ok(bytes) => bytes,
            Err(error) => return unreadable(error),
        };
        match encode::variants(&original, &to_encode) {
            Ok(made) => {
                for (variant, bytes) in to_encode.into_iter().zip(made) {
                    // A cache that cannot be written only costs the next build time.
                    let _ = store.put(variant, &bytes);
                    files.push((variant, Arc::from(bytes)));
                }
            }
            Err(error) => {
                let problem =
                    Diagnostic::error(text!("image-unencodable", error = error.to_string()))
                        .in_file(&image.source)
                        .with_hint(text!("image-save-again-hint"));
                return (0, Some(problem));
            }
        }
    }
    for (variant, bytes) in files {
        if let Err(problem) = put(&variant.path, variant.fingerprint, &bytes) {
            return (encoded, Some(problem));
        }
    }
    (encoded, None)
}

/// Whether a file is an image, by its ending.
fn is_image(path: &str) -> bool {
    let ending = path
        .rsplit_once('.')
        .map(|(_, ending)| ending.to_ascii_lowercase());
    ending.is_some_and(|ending| ENDINGS.contains(&ending.as_str()))
}

/// The image files below `content/`: source path and the site path they are published
/// under (the same path without `content/`). Problems with the folder are the content
/// loader's to report.
fn content_images(root: &Path, content_dir: &Path) -> Vec<(PathBuf, String)> {
    let walker = walk::folder(root, content_dir, |entry| {
        entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
    });
    walker
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .filter_map(|entry| {
            let source = entry.path().strip_prefix(root).ok()?.to_path_buf();
            let site_path = source.strip_prefix(content_dir).ok()?.to_str()?;
            let site_path = site_path.replace('\\', "/");
            is_image(&site_path).then_some((source, site_path))
        })
        .collect()
}

/// The source path of a static file: in the site's `static/` when there, else the theme's.
fn static_source(root: &Path, static_dirs: &[PathBuf], path: &str) -> PathBuf {
    let mut candidates = static_dirs.iter().rev().map(|dir| dir.join(path));
    let first = candidates.next().unwrap_or_else(|| PathBuf::from(path));
    if root.join(&first).exists() {
        return first;
    }
    candidates.next().unwrap_or(first)
}

/// A reference's path inside the site, percent-decoded, without `?query` or `#fragment`;
/// `None` for another site, `data:` and the like.
fn local_path(reference: &str) -> Option<String> {
    let path = &reference[..reference.find(['?', '#']).unwrap_or(reference.len())];
    let scheme = path
        .find(':')
        .is_some_and(|colon| !path[..colon].contains('/'));
    if path.is_empty() || scheme || path.starts_with("//") {
        return None;
    }
    Some(
        percent_encoding::percent_decode_str(path)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// `content/regio/./../regio/kaart.png` → `content/regio/kaart.png`.
fn normalize(path: &Path) -> PathBuf {
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(name) => parts.push(name),
            _ => {}
        }
    }
    parts.iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_from_the_page_or_the_site_root() {
        assert_eq!(
            local_path("kaart%20nieuw.png?x#y").as_deref(),
            Some("kaart nieuw.png")
        );
        assert_eq!(local_path("https://example.org/a.png"), None);
        assert_eq!(local_path("data:image/png;base64,xx"), None);
        assert_eq!(local_path("//cdn.example/a.png"), None);
        assert_eq!(
            normalize(Path::new("content/regio/../over/./foto.jpg")),
            PathBuf::from("content/over/foto.jpg")
        );
    }
}
