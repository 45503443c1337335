//! Fingerprints: a short hash of everything an output file is made from, so a rebuild can
//! tell, without rendering, which files would come out the same.
//!
//! A page is made from the engine, the settings, the theme, the UI texts and the names the
//! static files are published at (together the *global* fingerprint), its own file and address, the front matter and addresses of the
//! pages it shows (translations, sections above it, its children, the navigation: see
//! [`Site::dependencies`]), and the whole text of the pages it links to or asks `url_for()`
//! about (their headings decide whether a `#fragment` exists; in the page's language, or in
//! the language of an address it links to), and the images it shows
//! (their content's hash, or their absence). Those last are only known
//! after rendering, so the cache keeps them from the previous build; if none of the inputs
//! changed, rendering would find the same ones again.
//!
//! The hashing itself is [`crate::util::hash`].

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::config::Config;
use crate::images::Images;
use crate::key::{Key, Lookup};
use crate::lang::Lang;
use crate::resolve::{Entry, Site};
use crate::util::hash::{Fingerprint, Hasher, Stamp};

/// Changes whenever a new version of diptych may render the same inputs differently.
const ENGINE: &str = concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION"));

/// What every output depends on: the engine, the settings, the theme's templates, the UI
/// texts, the static files' published names, and whether drafts are built.
pub(crate) struct GlobalInputs<'a> {
    /// The resolved settings.
    pub config: &'a Config,
    /// Template name → text.
    pub templates: &'a BTreeMap<String, String>,
    /// Language → `.ftl` text.
    pub ui_texts: &'a BTreeMap<String, String>,
    /// Static file → the name it is published at, which `asset()` gives pages: an asset
    /// whose content changes gets a new one.
    pub assets: &'a BTreeMap<String, String>,
    /// Drafts built too.
    pub drafts: bool,
}

/// The fingerprints of a placed site, computed once per build.
pub(crate) struct Fingerprints<'a> {
    global: Fingerprint,
    /// Per key: the front matter and address of every language version.
    summary: FxHashMap<&'a Key, Fingerprint>,
    /// Per entry (by position): its front matter and address.
    own_summary: Vec<Fingerprint>,
    /// Per key: the whole text and address of every language version.
    full: FxHashMap<&'a Key, Fingerprint>,
    /// Per entry (by position): its own text and address.
    own: Vec<Fingerprint>,
    site: &'a Site,
    /// The site's images, which pages show.
    images: &'a Images,
}

impl<'a> Fingerprints<'a> {
    /// Combines the hashes of every document once.
    pub(crate) fn new(site: &'a Site, images: &'a Images, inputs: &GlobalInputs) -> Self {
        let own: Vec<(Fingerprint, Fingerprint)> = site
            .entries
            .par_iter()
            .map(|entry| {
                let doc = &entry.doc;
                let mut summary = Hasher::default();
                summary
                    .add(&doc.lang)
                    .add(&entry.path)
                    .add_fingerprint(doc.hashes.front_matter);
                let mut full = Hasher::default();
                full.add(&doc.lang)
                    .add(&entry.path)
                    .add_fingerprint(doc.hashes.text);
                (summary.finish(), full.finish())
            })
            .collect();
        // Entries are sorted by key: the versions of a key stand together.
        let mut summary = FxHashMap::default();
        let mut full = FxHashMap::default();
        summary.reserve(site.entries.len());
        full.reserve(site.entries.len());
        let mut start = 0;
        while start < site.entries.len() {
            let key = &site.entries[start].doc.key;
            let end = start
                + site.entries[start..]
                    .iter()
                    .take_while(|entry| entry.doc.key == *key)
                    .count();
            let (mut key_summary, mut key_full) = (Hasher::default(), Hasher::default());
            for (entry_summary, entry_full) in &own[start..end] {
                key_summary.add_fingerprint(*entry_summary);
                key_full.add_fingerprint(*entry_full);
            }
            summary.insert(key, key_summary.finish());
            full.insert(key, key_full.finish());
            start = end;
        }
        Fingerprints {
            global: global(inputs),
            summary,
            full,
            own_summary: own.iter().map(|(summary, _)| *summary).collect(),
            own: own.into_iter().map(|(_, full)| full).collect(),
            site,
            images,
        }
    }

    /// What every output depends on: the engine, the settings, the theme, the UI texts.
    pub(crate) fn global(&self) -> Fingerprint {
        self.global
    }

    /// The fingerprint of an entry's page, given what it looked up while rendering.
    pub(crate) fn of_entry(&self, index: usize, looked_up: &[Lookup]) -> Fingerprint {
        let entry: &Entry = &self.site.entries[index];
        let mut hasher = Hasher::default();
        hasher
            .add_fingerprint(self.global)
            .add_fingerprint(self.own[index]);
        for key in self.site.dependencies(entry) {
            let summary = if *key == entry.doc.key {
                self.summary_of(key)
            } else {
                self.summary_in(key, &entry.doc.lang)
            };
            hasher.add(key.as_str()).add_fingerprint(summary);
        }
        hasher.add("looked up");
        for lookup in looked_up {
            self.add_lookup(&mut hasher, lookup, &entry.doc.lang);
        }
        hasher.finish()
    }

    /// The fingerprint of what shows every page's address and title: the language chooser,
    /// `404.html`, the sitemap, `robots.txt`.
    pub(crate) fn of_site_files(&self) -> Fingerprint {
        let mut hasher = Hasher::default();
        hasher.add_fingerprint(self.global);
        for key in self.site.keys() {
            hasher
                .add(key.as_str())
                .add_fingerprint(self.summary_of(key));
        }
        hasher.finish()
    }

    /// The fingerprint of the print editions, which hold every page's text.
    pub(crate) fn of_editions(&self) -> Fingerprint {
        let mut hasher = Hasher::default();
        hasher.add_fingerprint(self.global).add("editions");
        hasher.add_fingerprint(self.images.fingerprint());
        for key in self.site.keys() {
            hasher.add(key.as_str()).add_fingerprint(self.full_of(key));
        }
        hasher.finish()
    }

    fn summary_of(&self, key: &Key) -> Fingerprint {
        self.summary
            .get(key)
            .copied()
            .unwrap_or_else(|| absent(key))
    }

    /// The summary of the version of `key` in `lang` alone.
    fn summary_in(&self, key: &Key, lang: &str) -> Fingerprint {
        match self.site.position(key, lang) {
            Some(index) => self.own_summary[index],
            None => absent(key),
        }
    }

    /// The whole text and address of the version of `key` in `lang` alone.
    fn own_in(&self, key: &str, lang: &str) -> Fingerprint {
        match self.site.position(key, lang) {
            Some(index) => self.own[index],
            None => absent(&Key::new(key)),
        }
    }

    /// What one thing a page looked up adds to its fingerprint: an image's, a page's
    /// version in the reader's language (another one when it is missing there), or the one
    /// version a link by address leads to.
    fn add_lookup(&self, hasher: &mut Hasher, lookup: &Lookup, reader: &Lang) {
        match lookup {
            Lookup::Image(source) => {
                hasher
                    .add("image")
                    .add(source.as_os_str().as_encoded_bytes())
                    .add_fingerprint(self.images.fingerprint_of(source));
            }
            Lookup::Page(key) => {
                let full = match self.site.position(key, reader) {
                    Some(index) => self.own[index],
                    None => self.full_of(key),
                };
                hasher.add(key.as_str()).add_fingerprint(full);
            }
            Lookup::Version { key, lang } => {
                hasher
                    .add("version")
                    .add(lang.as_str())
                    .add(key.as_str())
                    .add_fingerprint(self.own_in(key.as_str(), lang.as_str()));
            }
        }
    }

    fn full_of(&self, key: &Key) -> Fingerprint {
        self.full.get(key).copied().unwrap_or_else(|| absent(key))
    }
}

/// The running program's size and modification time: a diptych built from other code
/// (between releases, while developing) may render the same inputs differently.
fn program_identity() -> Fingerprint {
    let stamp = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|metadata| Stamp::of(&metadata));
    let mut hasher = Hasher::default();
    if let Ok(Stamp { size, modified }) = stamp {
        hasher.add(size.to_le_bytes()).add(modified.to_le_bytes());
    }
    hasher.finish()
}

/// A key with no page: linking to it is an error, and its appearance must show.
fn absent(key: &Key) -> Fingerprint {
    Hasher::default().add("absent").add(key.as_str()).finish()
}

fn global(inputs: &GlobalInputs) -> Fingerprint {
    let mut hasher = Hasher::default();
    hasher.add(ENGINE).add_fingerprint(program_identity());
    hasher.add(serde_json::to_vec(inputs.config).unwrap_or_default());
    hasher.add([u8::from(inputs.drafts)]);
    for (name, text) in inputs.templates {
        hasher.add(name).add(text);
    }
    hasher.add("ui texts");
    for (lang, text) in inputs.ui_texts {
        hasher.add(lang).add(text);
    }
    hasher.add("assets");
    for (path, published) in inputs.assets {
        hasher.add(path).add(published);
    }
    hasher.finish()
}
