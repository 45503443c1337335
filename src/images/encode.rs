//! Decoding, resizing and encoding one image: bytes in, bytes out, no files.
//!
//! The `image` crate decodes (PNG, JPEG, WebP) and encodes PNG and JPEG;
//! `fast_image_resize` scales (Lanczos3, with SIMD, and with the colours of transparent
//! pixels weighted by their alpha so edges do not darken); `webp` (libwebp) encodes lossy
//! WebP, which `image` cannot.

use std::io::Cursor;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, PngEncoder};
use image::{DynamicImage, ImageEncoder, ImageReader};
use rayon::prelude::*;

use super::{Format, Variant};

/// WebP quality (0–100): at 80 a photo is indistinguishable on screen and about a third
/// of the JPEG.
const WEBP_QUALITY: f32 = 80.0;

/// JPEG quality (0–100).
const JPEG_QUALITY: u8 = 82;

/// The width and height of an image, read from its header only.
pub(super) fn dimensions(bytes: &[u8]) -> Result<(u32, u32), String> {
    ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|error| error.to_string())?
        .into_dimensions()
        .map_err(|error| error.to_string())
}

/// The files of `variants` made from the original `bytes`, decoded once and then
/// resized and encoded in parallel (one changed image still uses every core).
pub(super) fn variants(bytes: &[u8], variants: &[&Variant]) -> Result<Vec<Vec<u8>>, String> {
    let original = image::load_from_memory(bytes).map_err(|error| error.to_string())?;
    let original = if original.color().has_alpha() {
        DynamicImage::ImageRgba8(original.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(original.into_rgb8())
    };
    variants
        .par_iter()
        .map(|variant| {
            let format = variant.format.ok_or("an image published as it is")?;
            let resized = resize(&original, variant.width, variant.height)?;
            encode(resized.as_ref().unwrap_or(&original), format)
        })
        .collect()
}

/// The image at `width` × `height`; `None` when it has that size already.
fn resize(
    original: &DynamicImage,
    width: u32,
    height: u32,
) -> Result<Option<DynamicImage>, String> {
    if (original.width(), original.height()) == (width, height) {
        return Ok(None);
    }
    let mut resized = match original {
        DynamicImage::ImageRgba8(_) => DynamicImage::new_rgba8(width, height),
        _ => DynamicImage::new_rgb8(width, height),
    };
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    Resizer::new()
        .resize(original, &mut resized, &options)
        .map_err(|error| error.to_string())?;
    Ok(Some(resized))
}

/// An RGB or RGBA image encoded in `format`.
fn encode(image: &DynamicImage, format: Format) -> Result<Vec<u8>, String> {
    let (width, height) = (image.width(), image.height());
    let color = image.color();
    let mut out = Vec::new();
    match format {
        Format::Webp => {
            let encoder = match image {
                DynamicImage::ImageRgba8(pixels) => webp::Encoder::from_rgba(pixels, width, height),
                _ => webp::Encoder::from_rgb(image.as_bytes(), width, height),
            };
            out.extend_from_slice(&encoder.encode(WEBP_QUALITY));
        }
        Format::Jpeg => {
            // JPEG has no transparency: a transparent image is flattened first.
            let rgb = image.to_rgb8();
            JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
                .write_image(&rgb, width, height, image::ExtendedColorType::Rgb8)
                .map_err(|error| error.to_string())?;
        }
        Format::Png => {
            let encoder = PngEncoder::new_with_quality(
                &mut out,
                CompressionType::Fast,
                image::codecs::png::FilterType::Adaptive,
            );
            encoder
                .write_image(image.as_bytes(), width, height, color.into())
                .map_err(|error| error.to_string())?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut out = Vec::new();
        PngEncoder::new(&mut out)
            .write_image(&image, width, height, image::ExtendedColorType::Rgb8)
            .unwrap();
        out
    }

    #[test]
    fn every_variant_comes_out_at_its_size_and_format() {
        let original = png(1000, 500);
        assert_eq!(dimensions(&original).unwrap(), (1000, 500));
        let wanted = [
            (480, 240, Format::Webp),
            (960, 480, Format::Png),
            (480, 240, Format::Jpeg),
        ];
        let variants: Vec<Variant> = wanted
            .iter()
            .map(|&(width, height, format)| Variant {
                path: String::new(),
                width,
                height,
                format: Some(format),
                fingerprint: 0,
                copy: false,
            })
            .collect();
        let refs: Vec<&Variant> = variants.iter().collect();
        let made = super::variants(&original, &refs).unwrap();
        for ((width, height, format), bytes) in wanted.iter().zip(&made) {
            let decoded = image::load_from_memory(bytes).unwrap();
            assert_eq!((decoded.width(), decoded.height()), (*width, *height));
            let guessed = image::guess_format(bytes).unwrap();
            let expected = match format {
                Format::Png => image::ImageFormat::Png,
                Format::Jpeg => image::ImageFormat::Jpeg,
                Format::Webp => image::ImageFormat::WebP,
            };
            assert_eq!(guessed, expected);
        }
    }
}
