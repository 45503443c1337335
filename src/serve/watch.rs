//! Watches the files a site is made from (`site.yaml`, `content/`, `i18n/`, `themes/`,
//! `static/`) and calls for a rebuild after each burst of changes: an editor's write,
//! rename and touch within a few milliseconds make one rebuild, not three. Reading a file
//! is no change (a rebuild reads files, and must not set off the next one).

use std::path::{Path, PathBuf};
use std::time::Duration;

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

/// How long a burst of saves may last to count as one.
const BURST: Duration = Duration::from_millis(5);

/// The watched parts of the site folder.
const WATCHED: [&str; 5] = ["site.yaml", "content", "i18n", "themes", "static"];

/// The running watcher; dropping it stops watching.
pub(super) type Watching = Debouncer<RecommendedWatcher, RecommendedCache>;

/// Starts watching `root`; `on_change` runs on the watcher's thread after every burst,
/// with the paths that changed in it.
pub(super) fn start(
    root: &Path,
    mut on_change: impl FnMut(&[PathBuf]) + Send + 'static,
) -> notify_debouncer_full::notify::Result<Watching> {
    let mut debouncer = new_debouncer(BURST, None, move |events: DebounceEventResult| {
        let Ok(events) = events else { return };
        let mut changed: Vec<PathBuf> = events
            .iter()
            .filter(|event| !matches!(event.kind, EventKind::Access(_)))
            .flat_map(|event| event.paths.iter().cloned())
            .collect();
        changed.sort_unstable();
        changed.dedup();
        if !changed.is_empty() {
            on_change(&changed);
        }
    })?;
    for part in WATCHED {
        let path = root.join(part);
        if path.exists() {
            let mode = if path.is_dir() {
                RecursiveMode::Recursive
            } else {
                RecursiveMode::NonRecursive
            };
            debouncer.watch(&path, mode)?;
        }
    }
    Ok(debouncer)
}
