//! Images too small for print: an image printed across the text column of the print
//! editions (`image_width_cm` under `brochure` in site.yaml) needs 200 pixels per inch of
//! that width to look sharp on paper. A drawing (SVG) is sharp at any size.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;

use crate::brochure;
use crate::diagnostic::Diagnostic;
use crate::images::Images;
use crate::key::Lookup;
use crate::output::Produced;
use crate::render;
use crate::resolve::Site;
use crate::words::text;

/// The resolution print needs, in dots (pixels) per inch.
const PRINT_DPI: f64 = 200.0;

/// Centimetres per inch.
const CM_PER_INCH: f64 = 2.54;

/// A warning for each image a printed page shows that has fewer pixels than print needs
/// at the configured width; `produced` are the site's files with the images each page
/// looked up.
pub(super) fn too_small_for_print(
    site: &Site,
    images: &Images,
    produced: &[Produced],
) -> Vec<Diagnostic> {
    let Some(width_cm) = (site.config.brochure.as_ref()).and_then(|b| b.image_width_cm) else {
        return Vec::new();
    };
    let needed = (width_cm / CM_PER_INCH * PRINT_DPI).ceil() as u32;
    let printed = brochure::printed_keys(site);
    let pages: FxHashMap<String, &Path> = (site.entries.iter())
        .filter(|entry| printed.contains(entry.doc.key.as_str()))
        .map(|entry| (render::page_path(entry), entry.doc.source.as_path()))
        .collect();
    let mut shown: BTreeMap<PathBuf, BTreeSet<&Path>> = BTreeMap::new();
    for output in produced {
        let Some(page) = pages.get(&output.path) else {
            continue;
        };
        for lookup in &output.looked_up {
            if let Lookup::Image(image) = lookup {
                shown.entry(image.clone()).or_default().insert(page);
            }
        }
    }
    let mut problems = Vec::new();
    for (source, pages) in shown {
        let Some(image) = images.get(&source) else {
            continue;
        };
        let drawing = source
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
        if drawing || image.width == 0 || image.width >= needed {
            continue;
        }
        let dpi = f64::from(image.width) / (width_cm / CM_PER_INCH);
        let on: Vec<String> = pages
            .iter()
            .map(|page| page.display().to_string())
            .collect();
        problems.push(
            Diagnostic::warning(text!(
                "image-too-small-for-print",
                width = image.width.to_string(),
                width_cm = width_cm.to_string(),
                dpi = format!("{dpi:.0}"),
                needed_dpi = format!("{PRINT_DPI:.0}")
            ))
            .in_file(&source)
            .with_hint(text!(
                "image-too-small-for-print-hint",
                needed = needed.to_string(),
                pages = on.join(", ")
            )),
        );
    }
    problems
}
