//! The addresses a build will publish, known before any page is rendered, so that
//! links written as addresses are looked up while each page's Markdown is read.

use crate::addresses::{Address, Addresses};
use crate::assets;
use crate::files::{SiteFiles, SitePath};
use crate::headers;
use crate::images::Images;
use crate::render;
use crate::resolve::{Edition, Site};

/// Every address of the site (and where the drafts left out would be): its pages, the language chooser and the other files every
/// site has, the print editions and their PDFs, the images' files and the static files
/// published under their own names. (A stylesheet, script or font is published under a
/// name with its content's hash, which no writer types: templates ask `asset()` for it.)
pub(super) fn of_site(site: &Site, images: &Images, static_files: &SiteFiles) -> Addresses {
    let mut addresses = Addresses::default();
    for entry in &site.entries {
        let page = Address::Page {
            key: entry.doc.key.clone(),
            lang: entry.doc.lang.clone(),
        };
        addresses.insert(render::page_path(entry), page);
    }
    let site_files = render::SITE_FILES.into_iter().map(str::to_owned);
    let editions = site
        .editions()
        .into_iter()
        .flat_map(|edition: Edition| [format!("{}index.html", edition.path), edition.pdf_name()]);
    let statics = (static_files.keys())
        .map(SitePath::as_str)
        .filter(|path| !assets::is_asset(path))
        .map(str::to_owned);
    let others = site_files
        .chain(editions)
        .chain(statics)
        .chain([headers::PATH.to_owned()]);
    for path in others {
        addresses.insert(path, Address::File);
    }
    for (draft, path) in site.placed_drafts() {
        let site_path = format!("{path}index.html");
        addresses.insert_draft(site_path, draft.key.clone(), draft.source.clone());
    }
    for image in images.all() {
        for variant in &image.variants {
            addresses.insert(variant.path.clone(), Address::Image(image.source.clone()));
        }
    }
    addresses
}
