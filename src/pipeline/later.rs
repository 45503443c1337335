//! The aggregates of a preview that are made only when first asked for: the sitemap and
//! the print editions hold every page, so a preview does not make the writer wait for
//! them after each save. What they hold is what a build would write at the same moment.

use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use super::Prepared;
use super::live::Bytes;
use crate::addresses::Addresses;
use crate::brochure::{self, PageNumbers};
use crate::diagnostic::{self, Diagnostic};
use crate::images::Images;
use crate::render;
use crate::resolve::Site;
use crate::theme::Templates;
use crate::util::hash::Fingerprint;
use crate::words::text;

/// The files of one rebuild left to make, and what makes them.
pub(super) struct Later {
    site: Arc<Site>,
    images: Arc<Images>,
    addresses: Arc<Addresses>,
    templates: Arc<Templates>,
    page_numbers: PageNumbers,
    /// Site path → fingerprint of its inputs.
    paths: FxHashMap<String, Fingerprint>,
    made: OnceLock<Result<FxHashMap<String, Bytes>, Vec<Diagnostic>>>,
}

impl std::fmt::Debug for Later {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Later")
            .field("paths", &self.paths)
            .field("made", &self.made.get().is_some())
            .finish()
    }
}

impl Later {
    /// The files `paths` (site path, fingerprint) of the rendering of `prepared`; `None`
    /// when there are none.
    pub(super) fn new(
        prepared: &Prepared,
        paths: Vec<(String, Fingerprint)>,
        page_numbers: PageNumbers,
    ) -> Option<Self> {
        (!paths.is_empty()).then(|| Later {
            site: Arc::clone(&prepared.site),
            images: Arc::clone(&prepared.images),
            addresses: Arc::clone(&prepared.addresses),
            templates: Arc::clone(&prepared.templates),
            page_numbers,
            paths: paths.into_iter().collect(),
            made: OnceLock::new(),
        })
    }

    /// The site paths left to make.
    pub(super) fn paths(&self) -> impl Iterator<Item = (&String, Fingerprint)> {
        self.paths
            .iter()
            .map(|(path, fingerprint)| (path, *fingerprint))
    }

    /// Whether `path` is one of the files left to make.
    pub(super) fn holds(&self, path: &str) -> bool {
        self.paths.contains_key(path)
    }

    /// The file at `path`, made now (with the others) unless that happened already.
    pub(super) fn get(&self, path: &str) -> Option<Result<Bytes, Vec<Diagnostic>>> {
        if !self.holds(path) {
            return None;
        }
        let made = self.made.get_or_init(|| self.make());
        Some(match made {
            Ok(files) => files
                .get(path)
                .cloned()
                .ok_or_else(|| vec![Diagnostic::error(text!("file-not-made", path = path))]),
            Err(problems) => Err(problems.clone()),
        })
    }

    /// The file at `path` if it was made already.
    pub(super) fn made(&self, path: &str) -> Option<Bytes> {
        match self.made.get()? {
            Ok(files) => files.get(path).cloned(),
            Err(_) => None,
        }
    }

    fn make(&self) -> Result<FxHashMap<String, Bytes>, Vec<Diagnostic>> {
        let (site, templates) = (&*self.site, &*self.templates);
        let (mut files, mut problems) = if self.holds(render::SITEMAP) {
            render::render_site_files(site, templates, &[render::SITEMAP])
        } else {
            Default::default()
        };
        if self.paths.keys().any(|path| path != render::SITEMAP) {
            let (editions, failures) = brochure::render_editions(
                site,
                &self.images,
                &self.addresses,
                templates,
                &self.page_numbers,
            );
            files.extend(editions);
            problems.extend(failures);
        }
        if !problems.is_empty() {
            diagnostic::sort(&mut problems);
            return Err(problems);
        }
        Ok(files
            .into_iter()
            .filter(|(path, _)| self.holds(path))
            .map(|(path, bytes)| (path.to_string(), Arc::from(bytes)))
            .collect())
    }
}
