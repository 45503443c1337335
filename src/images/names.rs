//! What an image is published as: its size read from the file, and the names of its
//! files, made from the original's hash and the settings, so that they are known before
//! anything is encoded (and, for an image unchanged since the last build, without reading
//! it at all).

use std::path::PathBuf;

use super::{ENCODER, Format, Image, ImageRecord, Original, Variant, WIDTHS, encode, svg};
use crate::diagnostic::Diagnostic;
use crate::util::hash::{self, Fingerprint, Hasher, Stamp, name_with_hash, short_hex};
use crate::words::text;

/// Measures an image read now and names its files; an SVG with a script, or an image
/// whose size cannot be read, is refused. `stamp` is the file's, for an image of
/// `content/` (remembered for the next build).
pub(super) fn measure(
    source: PathBuf,
    site_path: &str,
    original: Original,
    stamp: Option<Stamp>,
) -> Result<Image, Diagnostic> {
    let bytes = original.bytes().map_err(|error| {
        Diagnostic::error(text!("image-unreadable", error = error)).in_file(&source)
    })?;
    let hash = hash::of_bytes(&bytes);
    let size = if is_svg(site_path) {
        if let Some(refusal) = svg::refusal(&bytes) {
            return Err(Diagnostic::error(text!("svg-refused", refusal = refusal))
                .in_file(&source)
                .with_hint(text!("svg-refused-hint")));
        }
        svg::size(&bytes).unwrap_or((0, 0))
    } else {
        encode::dimensions(&bytes).map_err(|error| {
            Diagnostic::error(text!("image-undecodable", error = error.to_string()))
                .in_file(&source)
                .with_hint(text!("image-save-again-hint"))
        })?
    };
    let record = ImageRecord {
        stamp: stamp.unwrap_or(Stamp {
            size: 0,
            modified: 0,
        }),
        hash,
        width: size.0,
        height: size.1,
    };
    let mut image = remembered(source, site_path, &record, original);
    image.stamp = stamp;
    Ok(image)
}

/// An image as the last build measured it (the file has the same stamp): named without
/// reading it; its bytes are read only if a file of it has to be made.
pub(super) fn remembered(
    source: PathBuf,
    site_path: &str,
    record: &ImageRecord,
    original: Original,
) -> Image {
    let (hash, size) = (record.hash, (record.width, record.height));
    let ending = ending(site_path);
    let variants = match Format::of_ending(&ending) {
        Some(format) => raster_variants(site_path, hash, format, size),
        None => vec![as_is(site_path, hash, size)],
    };
    Image {
        source,
        hash,
        width: size.0,
        height: size.1,
        variants,
        stamp: Some(record.stamp),
        original,
    }
}

/// A file name's ending, in lowercase.
fn ending(path: &str) -> String {
    path.rsplit_once('.')
        .map(|(_, ending)| ending.to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_svg(path: &str) -> bool {
    ending(path) == "svg"
}

/// The one file of an image published as it is, under its hashed name.
fn as_is(site_path: &str, hash: Fingerprint, size: (u32, u32)) -> Variant {
    Variant {
        path: name_with_hash(site_path, hash),
        width: size.0,
        height: size.1,
        format: None,
        fingerprint: hash,
        copy: true,
    }
}

/// The widths a raster image `width` pixels wide is published in, narrowest first.
pub(super) fn widths(width: u32) -> Vec<u32> {
    let widest = WIDTHS[WIDTHS.len() - 1];
    let mut widths: Vec<u32> = WIDTHS.into_iter().filter(|w| *w < width).collect();
    widths.push(width.min(widest));
    widths.dedup();
    widths
}

/// The files of a raster image: its own format, then WebP (unless that is its own), in
/// every width of [`widths`]. The original's bytes stand for its own format at its own
/// width.
fn raster_variants(
    site_path: &str,
    hash: Fingerprint,
    own: Format,
    (width, height): (u32, u32),
) -> Vec<Variant> {
    let formats: &[Format] = match own {
        Format::Webp => &[Format::Webp],
        _ => &[own, Format::Webp],
    };
    let stem = site_path
        .rsplit_once('.')
        .map_or(site_path, |(stem, _)| stem);
    let mut variants = Vec::new();
    for &format in formats {
        for w in widths(width) {
            let h = scaled_height(width, height, w);
            if format == own && w == width {
                let path = name_with_hash(site_path, hash);
                variants.push(Variant {
                    path,
                    width,
                    height,
                    format: Some(format),
                    fingerprint: hash,
                    copy: true,
                });
                continue;
            }
            let fingerprint = Hasher::default()
                .add(ENCODER)
                .add_fingerprint(hash)
                .add(w.to_le_bytes())
                .add(format.ending())
                .finish();
            variants.push(Variant {
                path: format!("{stem}-{w}w.{}.{}", short_hex(fingerprint), format.ending()),
                width: w,
                height: h,
                format: Some(format),
                fingerprint,
                copy: false,
            });
        }
    }
    variants
}

/// The height of an image `width` × `height` scaled to `to` pixels wide (at least 1).
fn scaled_height(width: u32, height: u32, to: u32) -> u32 {
    let scaled =
        (u64::from(height) * u64::from(to) + u64::from(width) / 2) / u64::from(width.max(1));
    (scaled as u32).max(1)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn widths_never_exceed_the_original() {
        assert_eq!(widths(300), [300]);
        assert_eq!(widths(480), [480]);
        assert_eq!(widths(1200), [480, 960, 1200]);
        assert_eq!(widths(1600), [480, 960, 1600]);
        assert_eq!(widths(4000), [480, 960, 1600]);
    }

    #[test]
    fn a_gif_goes_through_as_it_is_with_its_size() {
        let mut bytes = std::io::Cursor::new(Vec::new());
        image::DynamicImage::new_rgba8(30, 20)
            .write_to(&mut bytes, image::ImageFormat::Gif)
            .unwrap();
        let original = Original::known(Arc::from(bytes.into_inner()));
        let image = measure(PathBuf::from("content/a/x.gif"), "a/x.gif", original, None).unwrap();
        assert_eq!((image.width, image.height), (30, 20));
        assert_eq!(image.variants.len(), 1);
        let only = &image.variants[0];
        assert!(only.copy && only.format.is_none());
        assert!(only.path.starts_with("a/x.") && only.path.ends_with(".gif"));
    }

    #[test]
    fn a_raster_image_is_named_by_width_and_format_and_keeps_its_own_bytes_at_its_width() {
        let variants = raster_variants("regio/kaart.png", 7, Format::Png, (1200, 800));
        let names: Vec<(Option<Format>, u32, bool)> = (variants.iter())
            .map(|v| (v.format, v.width, v.copy))
            .collect();
        assert_eq!(
            names,
            [
                (Some(Format::Png), 480, false),
                (Some(Format::Png), 960, false),
                (Some(Format::Png), 1200, true),
                (Some(Format::Webp), 480, false),
                (Some(Format::Webp), 960, false),
                (Some(Format::Webp), 1200, false),
            ]
        );
        assert!(
            variants[0].path.starts_with("regio/kaart-480w.") && variants[0].path.ends_with(".png")
        );
        assert_eq!(variants[2].path, name_with_hash("regio/kaart.png", 7));
        assert_eq!(variants[3].height, 320);
    }

    #[test]
    fn heights_keep_the_aspect_ratio() {
        assert_eq!(scaled_height(1200, 800, 480), 320);
        assert_eq!(scaled_height(1000, 1, 480), 1);
    }
}
