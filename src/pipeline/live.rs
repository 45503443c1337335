//! A site kept in memory and brought up to date by incremental rebuilds: what a preview
//! server serves. Each rebuild goes through the same pipeline and fingerprints as
//! [`build`](super::build): it renders only the pages whose inputs changed, reads only the
//! content files that changed, and gives byte for byte what a clean build would write.
//! The sitemap and the print editions are made when first asked for ([`Later`]).
//! A failed rebuild keeps the last good site.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use rustc_hash::{FxHashMap, FxHashSet};

use super::affected::{Affected, Readers};
use super::later::Later;
use super::run::{Mode, Run};
use super::{BuildOptions, Kept, KeptImages, Prepared, Sink, prepare, read_inputs_keeping, run};
use crate::addresses::Addresses;
use crate::cache::Manifest;
use crate::content::{self, Known, KnownSources};
use crate::diagnostic::{BugIn, Diagnostic, bug_words, catch_bug};
use crate::images::{Images, KnownImages};
use crate::key::Lookup;
use crate::output::Made;
use crate::resolve::Site;
use crate::theme::Templates;
use crate::util::hash::Fingerprint;

/// A file of the site in memory, shared with whoever serves it.
pub type Bytes = Arc<[u8]>;

/// Every file of a site in memory, by site path: what a server keeps serving while the
/// next rebuild runs.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// Paths are shared with the next snapshot, which starts as a copy of this one.
    files: FxHashMap<Arc<str>, Bytes>,
    later: Option<Later>,
}

impl Snapshot {
    /// The file at a site path (`de/strategie/index.html`), made now if it was left for
    /// later; the problems when making it failed.
    pub fn get(&self, path: &str) -> Option<Result<Bytes, Vec<Diagnostic>>> {
        match self.files.get(path) {
            Some(bytes) => Some(Ok(Arc::clone(bytes))),
            None => self.later.as_ref()?.get(path),
        }
    }

    /// Whether the site has a file at `path`, made or not.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path) || self.later.as_ref().is_some_and(|l| l.holds(path))
    }

    /// Every site path, sorted.
    pub fn paths(&self) -> Vec<&str> {
        let mut paths: Vec<&str> = self.unsorted_paths().collect();
        paths.sort_unstable();
        paths
    }

    fn unsorted_paths(&self) -> impl Iterator<Item = &str> {
        let later = self.later.iter().flat_map(|later| later.paths());
        let made = self.files.keys().map(|path| &**path);
        made.chain(later.map(|(path, _)| path.as_str()))
    }

    /// The file at `path` if it is made (without making it).
    pub fn made(&self, path: &str) -> Option<Bytes> {
        match self.files.get(path) {
            Some(bytes) => Some(Arc::clone(bytes)),
            None => self.later.as_ref()?.made(path),
        }
    }
}

/// The site as the last successful rebuild left it.
pub struct LiveSite {
    options: BuildOptions,
    snapshot: Arc<Snapshot>,
    /// Per file: the fingerprint of its inputs and what it looked up.
    records: FxHashMap<String, (Fingerprint, Arc<[Lookup]>)>,
    /// Per page or image: the pages that looked it up, the other way round.
    readers: Readers,
    /// The files other than pages, as the last rebuild produced them.
    extras: Vec<String>,
    /// The entries (by position) whose pages warned when they were last made: each rebuild
    /// looks at them again, so that their warnings are said until they are fixed.
    warned: FxHashSet<usize>,
    /// What the last successful rebuild started from; `None` after a failure.
    last: Option<Last>,
}

/// What a rebuild started from: the next one reads only the files changed since, and
/// looks only at the pages those changes may show in.
struct Last {
    /// The site, its images and theme.
    built: Built,
    /// When it started.
    started: SystemTime,
    /// The fingerprint of the engine, settings, theme and UI texts.
    global: Fingerprint,
    /// The images of `content/` as it measured them: the next rebuild reads only those
    /// whose size or time changed.
    images: KnownImages,
    /// The problems its images had, to report again while they are kept.
    image_problems: Vec<Diagnostic>,
}

/// What the last successful rebuild was made from, for the pages made outside it (the
/// translation desk).
#[derive(Clone)]
pub struct Built {
    /// The placed documents (drafts aside).
    pub site: Arc<Site>,
    /// The images of `content/` and the static folders.
    pub images: Arc<Images>,
    /// Every address of the site.
    pub addresses: Arc<Addresses>,
    /// The theme.
    pub templates: Arc<Templates>,
}

/// What a rebuild changed.
#[derive(Debug, Default)]
pub struct Rebuilt {
    /// Site paths whose bytes are new, or that are gone, sorted. Files left to make when
    /// asked for are not among them.
    pub changed: Vec<String>,
    /// How many files were rendered (the others were current).
    pub rendered: usize,
    /// How many content files were read (the others were known unchanged).
    pub read: usize,
    /// How many image files were encoded (the others were current or in the cache).
    pub images_encoded: usize,
    /// Problems that did not stop the rebuild.
    pub warnings: Vec<Diagnostic>,
}

impl LiveSite {
    /// A site with nothing built yet; [`LiveSite::rebuild`] builds it.
    pub fn new(options: BuildOptions) -> Self {
        LiveSite {
            options,
            snapshot: Arc::default(),
            records: FxHashMap::default(),
            readers: Readers::default(),
            extras: Vec::new(),
            warned: FxHashSet::default(),
            last: None,
        }
    }

    /// The placed documents, images and theme of the last successful rebuild, if any.
    pub fn built(&self) -> Option<Built> {
        self.last.as_ref().map(|last| last.built.clone())
    }

    /// Every file as the last successful rebuild left it.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot)
    }

    /// Brings the site up to date with its files, whichever changed. On failure the last
    /// good site stays and every problem is returned.
    pub fn rebuild(&mut self) -> Result<Rebuilt, Vec<Diagnostic>> {
        self.rebuild_after(None)
    }

    /// Brings the site up to date after a watcher saw `changed` (paths in the site folder)
    /// change: of the content files, only those are read again.
    pub fn rebuild_changed(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, Vec<Diagnostic>> {
        let root = &self.options.root;
        let relative = changed
            .iter()
            .map(|path| within(root, path))
            .collect::<Option<Vec<PathBuf>>>();
        self.rebuild_after(relative.as_deref())
    }

    fn rebuild_after(&mut self, changed: Option<&[PathBuf]>) -> Result<Rebuilt, Vec<Diagnostic>> {
        let started = SystemTime::now();
        // The pages catch their own bugs; this catches one anywhere else in the rebuild,
        // so that the preview stays up and shows it.
        let outcome =
            catch_bug(|| self.render_changes(changed, started)).unwrap_or_else(|detail| {
                // What the rebuild recorded before the bug cannot be trusted.
                self.records.clear();
                let (message, hint) = bug_words(BugIn::Site, &detail);
                Err(vec![Diagnostic::error(message).with_hint(hint)])
            });
        if outcome.is_err() {
            self.last = None;
        }
        outcome
    }

    fn render_changes(
        &mut self,
        changed: Option<&[PathBuf]>,
        started: SystemTime,
    ) -> Result<Rebuilt, Vec<Diagnostic>> {
        let (nothing_known, no_images) = (KnownSources::default(), KnownImages::default());
        let (known, images) = match (&self.last, changed) {
            (Some(last), Some(changed)) => (
                Known::Documents {
                    read: (last.built.site.entries.iter().map(|e| &e.doc))
                        .chain(last.built.site.drafts())
                        .collect(),
                    started: last.started,
                    changed,
                },
                &last.images,
            ),
            _ => (Known::Records(&nothing_known), &no_images),
        };
        let kept = Kept {
            site: (self.last.as_ref()).map(|last| Arc::clone(&last.built.site)),
            images: self.images_to_keep(changed),
            addresses: (self.last.as_ref()).map(|last| Arc::clone(&last.built.addresses)),
        };
        let prepared = prepare(
            read_inputs_keeping(&self.options, &known, images, kept)?,
            &self.options,
        )?;
        let affected = (self.last.as_ref())
            .filter(|_| changed.is_some())
            .and_then(|last| {
                let before = (&*last.built.site, &*last.built.images);
                let after = (&*prepared.site, &*prepared.images);
                Affected::between(before, after, last.global, &self.readers)
            })
            .map(|affected| affected.and(self.warned.iter().copied()));
        let overlay = Overlay {
            live: self,
            made: Mutex::default(),
        };
        let run = run(
            &prepared,
            &self.options,
            &Manifest::default(),
            &overlay,
            Mode::Preview(affected.as_ref()),
        )?;
        let made = overlay.made.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut rebuilt = Rebuilt {
            rendered: made.len(),
            read: prepared.files_read,
            images_encoded: run.images_encoded,
            ..Rebuilt::default()
        };
        let moved_from = affected.as_ref().map(Affected::moved_from);
        let global = run.global;
        let snapshot = self.next_snapshot(&prepared, run, made, moved_from, &mut rebuilt);
        let before = std::mem::replace(&mut self.snapshot, Arc::new(snapshot));
        let last = self.last.replace(Last {
            built: Built {
                site: Arc::clone(&prepared.site),
                images: Arc::clone(&prepared.images),
                addresses: Arc::clone(&prepared.addresses),
                templates: Arc::clone(&prepared.templates),
            },
            started,
            global,
            images: prepared.images.known(started),
            image_problems: prepared.image_problems,
        });
        // Freeing the site before the edit (its documents, theme and files) takes a good
        // part of a small rebuild: let another thread do it, while the edit is served.
        rayon::spawn(move || drop((before, last)));
        Ok(rebuilt)
    }

    /// The images of the last rebuild, when the files changed since (`changed`) are all
    /// Markdown files that are still there: none of them can be an image, a folder that
    /// held images, site.yaml or a static file.
    fn images_to_keep(&self, changed: Option<&[PathBuf]>) -> Option<KeptImages> {
        let (last, changed) = (self.last.as_ref()?, changed?);
        let root = &self.options.root;
        let only_markdown = changed
            .iter()
            .all(|path| content::is_markdown(path) && root.join(path).is_file());
        only_markdown.then(|| KeptImages {
            images: Arc::clone(&last.built.images),
            problems: last.image_problems.clone(),
        })
    }

    /// The last snapshot's files, updated with what `run` produced (`made` holds the files
    /// made now); the records of what each file was made from follow, and `rebuilt` learns
    /// which files changed. When `run` looked only at the pages an edit may have changed,
    /// the others stay as they were, and only pages that moved (`moved_from`) and files
    /// other than pages can be gone.
    fn next_snapshot(
        &mut self,
        prepared: &Prepared,
        run: Run,
        mut made: FxHashMap<String, Bytes>,
        moved_from: Option<&[String]>,
        rebuilt: &mut Rebuilt,
    ) -> Snapshot {
        self.follow_readers(&run);
        self.follow_warnings(&run);
        let mut files = self.snapshot.files.clone();
        for output in &run.produced {
            let path = output.path.as_str();
            if let Some(bytes) = made.remove(path) {
                if self.snapshot.made(path).as_ref() != Some(&bytes) {
                    rebuilt.changed.push(output.path.clone());
                }
                let looked_up = output.looked_up.as_slice().into();
                self.records
                    .insert(output.path.clone(), (output.fingerprint, looked_up));
                files.insert(Arc::from(path), bytes);
            } else if !files.contains_key(path)
                && let Some(bytes) = self.snapshot.made(path)
            {
                // Made when it was asked for, and still current.
                files.insert(Arc::from(path), bytes);
            }
        }
        let (later, page_numbers) = run.later;
        for (path, fingerprint) in &later {
            self.records
                .insert(path.clone(), (*fingerprint, Arc::default()));
            files.remove(path.as_str());
        }
        let mut present: FxHashSet<&str> = run.produced.iter().map(|o| o.path.as_str()).collect();
        present.extend(later.iter().map(|(path, _)| path.as_str()));
        let before: Vec<&str> = match (run.partial, moved_from) {
            (true, Some(moved_from)) => (moved_from.iter().map(String::as_str))
                .chain(self.extras.iter().map(String::as_str))
                .chain(
                    self.snapshot
                        .later
                        .iter()
                        .flat_map(|l| l.paths())
                        .map(|(p, _)| p.as_str()),
                )
                .collect(),
            _ => self.snapshot.unsorted_paths().collect(),
        };
        let gone: Vec<String> = (before.into_iter())
            .filter(|path| !present.contains(path))
            .map(str::to_owned)
            .collect();
        for path in &gone {
            files.remove(path.as_str());
            self.records.remove(path);
        }
        rebuilt.changed.extend(gone);
        rebuilt.changed.sort_unstable();
        rebuilt.changed.dedup();
        self.extras = (run.produced[run.pages.len()..].iter())
            .map(|output| output.path.clone())
            .collect();
        rebuilt.warnings = run.warnings;
        Snapshot {
            files,
            later: Later::new(prepared, later, page_numbers),
        }
    }

    /// Brings the set of pages that warned up to date with `run`.
    fn follow_warnings(&mut self, run: &Run) {
        match run.partial {
            true => (run.pages.iter()).for_each(|index| _ = self.warned.remove(index)),
            false => self.warned.clear(),
        }
        self.warned.extend(run.warned.iter().copied());
    }

    /// Brings the index of which pages looked up which keys up to date with `run`.
    fn follow_readers(&mut self, run: &Run) {
        if !run.partial {
            self.readers = Readers::default();
        }
        for (output, &index) in run.produced.iter().zip(&run.pages) {
            let before = match run.partial {
                true => self
                    .records
                    .get(&output.path)
                    .map(|(_, keys)| Arc::clone(keys)),
                false => None,
            };
            (self.readers).update(index, &before.unwrap_or_default(), &output.looked_up);
        }
    }
}

/// `path` relative to the site folder `root`, whether given relative to it or not.
fn within(root: &Path, path: &Path) -> Option<PathBuf> {
    if path.is_relative() {
        return Some(path.to_path_buf());
    }
    let place = |root: &Path| path.strip_prefix(root).ok().map(Path::to_path_buf);
    place(root).or_else(|| place(&std::fs::canonicalize(root).ok()?))
}

/// The rebuild's sink: current files stay in the live site; new ones are gathered here.
struct Overlay<'a> {
    live: &'a LiveSite,
    made: Mutex<FxHashMap<String, Bytes>>,
}

impl Sink for Overlay<'_> {
    fn is_current(&self, path: &str, fingerprint: Fingerprint) -> bool {
        self.live
            .records
            .get(path)
            .is_some_and(|(recorded, _)| *recorded == fingerprint)
            && self.live.snapshot.made(path).is_some()
    }

    fn looked_up(&self, path: &str) -> Arc<[Lookup]> {
        self.live
            .records
            .get(path)
            .map(|(_, keys)| Arc::clone(keys))
            .unwrap_or_default()
    }

    fn put(&self, file: Made) -> Result<(), Diagnostic> {
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        made.insert(file.path.to_owned(), Arc::from(file.bytes));
        Ok(())
    }
}
