//! The HTML that shows an image: `<picture>` with a WebP `srcset` and one in the image's own
//! format, `sizes`, and `width`/`height` so the page keeps its layout while images load;
//! in print, the widest file alone, since a printer has no screen width to choose by.

use html_escape::encode_double_quoted_attribute as attribute;

use super::{Format, Image};

/// How wide an image is shown, for the browser's choice from `srcset`: the text column of
/// a page (44rem in the MST theme), or the whole screen on a narrow one.
pub(crate) const SIZES: &str = "(min-width: 46rem) 44rem, 100vw";

/// Where the image is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A web page: every image but the first loads when it comes near the screen.
    Web,
    /// A print edition: every image loads at once, in its widest file.
    Print,
}

/// What the page says of an image beside its file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shown<'a> {
    /// The description, already checked; empty for a decorative image.
    pub alt: &'a str,
    /// A title, if the writer gave one.
    pub title: Option<&'a str>,
    /// Whether it is the first image of the page (which never loads lazily).
    pub first: bool,
}

/// `a-480w.x.webp 480w, a-960w.y.webp 960w`: the files of `format`, each with its width.
pub(crate) fn srcset(image: &Image, format: Option<Format>, base_path: &str) -> String {
    image
        .in_format(format)
        .map(|variant| format!("{base_path}{} {}w", variant.path, variant.width))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The HTML of `image` as shown on a page in `mode`.
pub(crate) fn html(image: &Image, base_path: &str, shown: Shown, mode: Mode) -> String {
    let largest = image.largest();
    let mut img = format!(
        "<img src=\"{}\" alt=\"{}\"",
        attribute(&format!("{base_path}{}", largest.path)),
        attribute(shown.alt)
    );
    if let Some(title) = shown.title.filter(|title| !title.is_empty()) {
        img.push_str(&format!(" title=\"{}\"", attribute(title)));
    }
    if largest.width > 0 && largest.height > 0 {
        img.push_str(&format!(
            " width=\"{}\" height=\"{}\"",
            largest.width, largest.height
        ));
    }
    let own = image.own_format();
    let responsive = mode == Mode::Web && own.is_some();
    if responsive {
        img.push_str(&format!(
            " srcset=\"{}\" sizes=\"{SIZES}\"",
            attribute(&srcset(image, own, base_path))
        ));
    }
    if mode == Mode::Web && !shown.first {
        img.push_str(" loading=\"lazy\" decoding=\"async\"");
    }
    img.push('>');
    if !responsive || own == Some(Format::Webp) {
        return img;
    }
    format!(
        "<picture><source type=\"{}\" srcset=\"{}\" sizes=\"{SIZES}\">{img}</picture>",
        Format::Webp.media_type(),
        attribute(&srcset(image, Some(Format::Webp), base_path))
    )
}
