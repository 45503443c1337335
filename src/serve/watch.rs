//! Watches the files a site is made from (`site.yaml`, `content/`, `i18n/`, `themes/`,
//! `static/`) and calls for a rebuild after each burst of changes: an editor's write,
//! rename and touch within a few milliseconds make one rebuild, not three. Reading a file
//! is no change (a rebuild reads files, and must not set off the next one).
//!
//! A folder that is deleted and comes back (what `git checkout`, `git stash` or
//! `rsync --delete` do) is a new folder to the system, and its old watch is gone with it.
//! So the site folder itself is watched too (not its subfolders): when one of the watched
//! parts appears there, it is watched again and the site rebuilt once more, for what was
//! written into it before its new watch began. `site.yaml` is seen the same way, so an
//! editor that saves by replacing the file is followed as well.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

/// How long a burst of saves may last to count as one.
const BURST: Duration = Duration::from_millis(5);

/// The watched parts of the site folder.
const WATCHED: [&str; 5] = ["site.yaml", "content", "i18n", "themes", "static"];

/// The folders among the watched parts, watched with everything in them.
const FOLDERS: [&str; 4] = ["content", "i18n", "themes", "static"];

type Watcher = Debouncer<RecommendedWatcher, RecommendedCache>;

/// The running watcher; dropping it stops watching.
pub(super) struct Watching {
    _watcher: Arc<Mutex<Watcher>>,
}

/// Starts watching `root`; `on_change` runs after every burst, with the paths that changed
/// in it, one call at a time.
pub(super) fn start(
    root: &Path,
    on_change: impl FnMut(&[PathBuf]) + Send + 'static,
) -> notify_debouncer_full::notify::Result<Watching> {
    // Events name paths the way their watch was given: one absolute spelling of the site
    // folder makes them comparable.
    let root = &std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let on_change = Arc::new(Mutex::new(on_change));
    let (came_back, returns) = mpsc::channel();
    let events_root = root.to_path_buf();
    let rebuild = Arc::clone(&on_change);
    let mut debouncer = new_debouncer(BURST, None, move |events: DebounceEventResult| {
        let Ok(events) = events else { return };
        let changed = site_changes(&events_root, &events, &came_back);
        if !changed.is_empty() {
            (rebuild.lock().unwrap_or_else(|e| e.into_inner()))(&changed);
        }
    })?;
    debouncer.watch(root, RecursiveMode::NonRecursive)?;
    for folder in FOLDERS {
        let path = root.join(folder);
        if path.is_dir() {
            debouncer.watch(&path, RecursiveMode::Recursive)?;
        }
    }
    let watcher = Arc::new(Mutex::new(debouncer));
    let weak = Arc::downgrade(&watcher);
    std::thread::spawn(move || watch_again(&weak, &returns, &on_change));
    Ok(Watching { _watcher: watcher })
}

/// The changed paths of a burst that belong to the site, sorted; tells `came_back` of a
/// watched folder that appeared in the site folder.
fn site_changes(
    root: &Path,
    events: &[notify_debouncer_full::DebouncedEvent],
    came_back: &Sender<PathBuf>,
) -> Vec<PathBuf> {
    let mut changed: Vec<PathBuf> = events
        .iter()
        .filter(|event| !matches!(event.kind, EventKind::Access(_)))
        .flat_map(|event| event.paths.iter().cloned())
        .filter(|path| is_watched(root, path))
        .collect();
    changed.sort_unstable();
    changed.dedup();
    for path in &changed {
        let is_folder_part = path.parent() == Some(root)
            && path
                .file_name()
                .is_some_and(|name| FOLDERS.iter().any(|f| name == *f));
        if is_folder_part && path.is_dir() {
            // The thread that re-watches ends only with the watcher.
            let _ = came_back.send(path.clone());
        }
    }
    changed
}

/// Whether `path` is one of the watched parts or inside one (the site folder's own watch
/// also sees `public/`, caches and editors' files beside them).
fn is_watched(root: &Path, path: &Path) -> bool {
    path.strip_prefix(root)
        .ok()
        .and_then(|inside| inside.iter().next())
        .is_some_and(|first| WATCHED.iter().any(|part| first == *part))
}

/// Watches each folder that comes back, then rebuilds for what was written into it
/// before. Ends when the watcher is dropped.
fn watch_again<F: FnMut(&[PathBuf]) + Send>(
    watcher: &Weak<Mutex<Watcher>>,
    returns: &Receiver<PathBuf>,
    on_change: &Mutex<F>,
) {
    while let Ok(folder) = returns.recv() {
        let Some(watcher) = watcher.upgrade() else {
            return;
        };
        let mut watcher = watcher.lock().unwrap_or_else(|e| e.into_inner());
        // The old watch may already be gone with the old folder.
        let _ = watcher.unwatch(&folder);
        if watcher.watch(&folder, RecursiveMode::Recursive).is_ok() {
            drop(watcher);
            (on_change.lock().unwrap_or_else(|e| e.into_inner()))(&[folder]);
        }
    }
}
