//! A site kept in memory and brought up to date by incremental rebuilds: what a preview
//! server serves. Each rebuild goes through the same pipeline and fingerprints as
//! [`build`](super::build): it renders only the pages whose inputs changed, reads only the
//! content files that changed, and gives byte for byte what a clean build would write.
//! A failed rebuild keeps the last good site.

use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use rustc_hash::FxHashMap;

use super::{BuildOptions, Sink, prepare, read_inputs, run};
use crate::cache::Manifest;
use crate::content::{Document, KnownSources};
use crate::diagnostic::Diagnostic;
use crate::fingerprint::Fingerprint;
use crate::key::Key;
use crate::output::Made;

/// A file of the site in memory, shared with whoever serves it.
pub type Bytes = Arc<[u8]>;

/// Every file of a site in memory, by site path: a snapshot that a server can keep
/// serving while the next rebuild runs.
pub type Files = Arc<FxHashMap<String, Bytes>>;

/// The site as the last successful rebuild left it.
#[derive(Debug)]
pub struct LiveSite {
    options: BuildOptions,
    files: Files,
    /// Per file: the fingerprint of its inputs and the keys it looked up.
    records: FxHashMap<String, (Fingerprint, Vec<Key>)>,
    sources: KnownSources,
}

/// What a rebuild changed.
#[derive(Debug, Default)]
pub struct Rebuilt {
    /// Site paths whose bytes are new, or that are gone, sorted.
    pub changed: Vec<String>,
    /// How many files were rendered (the others were current).
    pub rendered: usize,
    /// Problems that did not stop the rebuild.
    pub warnings: Vec<Diagnostic>,
}

impl LiveSite {
    /// A site with nothing built yet; [`LiveSite::rebuild`] builds it.
    pub fn new(options: BuildOptions) -> Self {
        LiveSite {
            options,
            files: Files::default(),
            records: FxHashMap::default(),
            sources: KnownSources::default(),
        }
    }

    /// Every file as the last successful rebuild left it.
    pub fn files(&self) -> Files {
        Arc::clone(&self.files)
    }

    /// The file at a site path (`de/strategie/index.html`).
    pub fn file(&self, path: &str) -> Option<Bytes> {
        self.files.get(path).cloned()
    }

    /// Every site path, sorted.
    pub fn paths(&self) -> Vec<&str> {
        let mut paths: Vec<&str> = self.files.keys().map(String::as_str).collect();
        paths.sort_unstable();
        paths
    }

    /// Brings the site up to date with its files. On failure the last good site stays
    /// and every problem is returned.
    pub fn rebuild(&mut self) -> Result<Rebuilt, Vec<Diagnostic>> {
        let started = SystemTime::now();
        let prepared = prepare(read_inputs(&self.options, &self.sources)?, &self.options)?;
        let overlay = Overlay {
            live: self,
            made: Mutex::default(),
        };
        let run = run(&prepared, &self.options, &Manifest::default(), &overlay)?;
        let made = overlay.made.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut rebuilt = Rebuilt {
            rendered: made.len(),
            warnings: run.warnings,
            ..Rebuilt::default()
        };
        let mut files = FxHashMap::default();
        let mut records = FxHashMap::default();
        for output in run.produced {
            let bytes = match made.get(&output.path) {
                Some(bytes) => {
                    if self.files.get(&output.path) != Some(bytes) {
                        rebuilt.changed.push(output.path.clone());
                    }
                    Arc::clone(bytes)
                }
                None => match self.files.get(&output.path) {
                    Some(bytes) => Arc::clone(bytes),
                    None => continue,
                },
            };
            let looked_up = output.looked_up.iter().map(Key::new).collect();
            records.insert(output.path.clone(), (output.fingerprint, looked_up));
            files.insert(output.path, bytes);
        }
        rebuilt.changed.extend(
            self.files
                .keys()
                .filter(|path| !files.contains_key(*path))
                .cloned(),
        );
        rebuilt.changed.sort_unstable();
        let documents: Vec<&Document> = prepared.site.entries.iter().map(|e| &e.doc).collect();
        self.sources = KnownSources::record(&documents, started, &self.sources);
        self.files = Arc::new(files);
        self.records = records;
        Ok(rebuilt)
    }
}

/// The rebuild's sink: current files stay in the live site; new ones are gathered here.
struct Overlay<'a> {
    live: &'a LiveSite,
    made: Mutex<FxHashMap<String, Bytes>>,
}

impl Sink for Overlay<'_> {
    fn is_current(&self, path: &str, fingerprint: Fingerprint) -> bool {
        self.live.files.contains_key(path)
            && self
                .live
                .records
                .get(path)
                .is_some_and(|(recorded, _)| *recorded == fingerprint)
    }

    fn looked_up(&self, path: &str) -> Vec<Key> {
        self.live
            .records
            .get(path)
            .map(|(_, keys)| keys.clone())
            .unwrap_or_default()
    }

    fn put(&self, file: Made) -> std::io::Result<()> {
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        made.insert(file.path.to_owned(), Arc::from(file.bytes));
        Ok(())
    }
}
