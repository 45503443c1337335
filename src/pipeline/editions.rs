//! The print editions of one rendering: the page numbers each prints with (given by
//! `diptych pdf`, or kept from its last run while the brochure is unchanged), and which
//! PDFs of an earlier `diptych pdf` stay.

use std::collections::BTreeMap;

use super::fingerprint::Fingerprints;
use super::{BuildOptions, Prepared, Sink};
use crate::brochure::{self, PageNumbers};
use crate::cache::{Manifest, PrintRecord};
use crate::diagnostic::Diagnostic;
use crate::files::SiteFiles;
use crate::output::Produced;
use crate::resolve::Edition;
use crate::util::hash::{Fingerprint, Hasher};
use crate::words::text;

/// The print editions of one run: their fingerprints, and the page numbers they print
/// with (given by `diptych pdf`, or kept from its last run while the brochure is unchanged).
pub(super) struct Editions {
    /// (id, site path of its page, fingerprint of its inputs, page numbers).
    planned: Vec<(String, String, Fingerprint, BTreeMap<String, u32>)>,
    /// The editions printed by the last `diptych pdf`, whether still current or not.
    printed_before: BTreeMap<String, PrintRecord>,
}

impl Editions {
    pub(super) fn plan(
        prepared: &Prepared,
        options: &BuildOptions,
        previous: &Manifest,
        fingerprints: &Fingerprints,
    ) -> Self {
        let inputs = fingerprints.of_editions();
        let planned = prepared
            .site
            .editions()
            .into_iter()
            .map(|edition| {
                let fingerprint = Hasher::default()
                    .add_fingerprint(inputs)
                    .add(edition.id.as_str())
                    .finish();
                let printed = previous
                    .prints
                    .get(edition.id.as_str())
                    .filter(|print| print.fingerprint == fingerprint)
                    .map(|print| print.pages.clone());
                let pages = options
                    .page_numbers
                    .get(edition.id.as_str())
                    .cloned()
                    .or(printed)
                    .unwrap_or_default();
                let path = format!("{}index.html", edition.path);
                (edition.id.to_string(), path, fingerprint, pages)
            })
            .collect();
        Editions {
            planned,
            printed_before: previous.prints.clone(),
        }
    }

    /// The editions' pages, unless all are current.
    pub(super) fn render(
        &self,
        prepared: &Prepared,
        sink: &dyn Sink,
    ) -> (SiteFiles, Vec<Diagnostic>) {
        if self
            .outputs()
            .all(|(path, fingerprint)| sink.is_current(&path, fingerprint))
        {
            return (SiteFiles::new(), Vec::new());
        }
        brochure::render_editions(
            &prepared.site,
            &prepared.images,
            &prepared.addresses,
            &prepared.templates,
            &self.page_numbers(),
        )
    }

    /// The page numbers each edition prints with.
    pub(super) fn page_numbers(&self) -> PageNumbers {
        self.planned
            .iter()
            .map(|(id, _, _, pages)| (id.clone(), pages.clone()))
            .collect()
    }

    /// (site path, fingerprint) of each edition's page.
    pub(super) fn outputs(&self) -> impl Iterator<Item = (String, Fingerprint)> + '_ {
        self.planned.iter().map(|(_, path, fingerprint, pages)| {
            (
                path.clone(),
                edition_output_fingerprint(*fingerprint, pages),
            )
        })
    }

    pub(super) fn fingerprints(&self) -> BTreeMap<String, Fingerprint> {
        self.planned
            .iter()
            .map(|(id, _, fingerprint, _)| (id.clone(), *fingerprint))
            .collect()
    }

    /// The PDFs of the last `diptych pdf` that still show the brochure as it is.
    pub(super) fn kept_prints(&self, sink: &dyn Sink) -> Vec<Produced> {
        self.current_prints(sink)
            .map(|(id, fingerprint, _)| Produced {
                path: Edition::pdf_name_of(id),
                fingerprint,
                looked_up: Vec::new(),
            })
            .collect()
    }

    /// The page-number records of the PDFs that stay.
    pub(super) fn prints(&self, sink: &dyn Sink) -> BTreeMap<String, PrintRecord> {
        self.current_prints(sink)
            .map(|(id, _, print)| (id.to_owned(), print.clone()))
            .collect()
    }

    /// A warning for each PDF that goes because the brochure changed since it was printed.
    pub(super) fn dropped_prints(&self, sink: &dyn Sink) -> Vec<Diagnostic> {
        let kept: Vec<&str> = self.current_prints(sink).map(|(id, _, _)| id).collect();
        self.printed_before
            .keys()
            .filter(|id| !kept.contains(&id.as_str()))
            .filter(|id| self.planned.iter().any(|(planned, ..)| planned == *id))
            .map(|id| {
                Diagnostic::warning(text!("edition-removed", pdf = Edition::pdf_name_of(id)))
                    .with_hint(text!("edition-removed-hint"))
            })
            .collect()
    }

    fn current_prints<'a>(
        &'a self,
        sink: &'a dyn Sink,
    ) -> impl Iterator<Item = (&'a str, Fingerprint, &'a PrintRecord)> + 'a {
        self.planned
            .iter()
            .filter_map(move |(id, _, fingerprint, pages)| {
                let print = self.printed_before.get(id)?;
                let output = edition_output_fingerprint(*fingerprint, pages);
                (print.fingerprint == *fingerprint
                    && print.pages == *pages
                    && sink.is_current(&Edition::pdf_name_of(id), output))
                .then_some((id.as_str(), output, print))
            })
    }
}

/// The fingerprint of an edition's page (and of a PDF printed from it): its inputs and
/// the page numbers it shows.
pub(super) fn edition_output_fingerprint(
    inputs: Fingerprint,
    pages: &BTreeMap<String, u32>,
) -> Fingerprint {
    let mut hasher = Hasher::default();
    hasher.add_fingerprint(inputs);
    for (chapter, page) in pages {
        hasher.add(chapter).add(page.to_le_bytes());
    }
    hasher.finish()
}
