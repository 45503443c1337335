//! Which pages an edit may have changed, when a preview has the site from before the edit
//! at hand: only those need their fingerprints computed again, and only those are looked
//! at. The others are current without a look at their inputs, so the work of a rebuild
//! grows with what the edit touches, not with the size of the site.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::images::Images;
use crate::key::Lookup;
use crate::render;
use crate::resolve::Site;
use crate::util::hash::Fingerprint;

/// The entries of a site (by position) that an edit may have changed.
pub(super) struct Affected {
    /// The fingerprint of the engine, settings, theme and UI texts before the edit: when
    /// that changed too, every page may have.
    global: Fingerprint,
    /// By position in the site's entries, sorted, once each.
    entries: Vec<usize>,
    /// The site paths of pages whose address changed, as they were before the edit.
    moved_from: Vec<String>,
}

impl Affected {
    /// What changed from `before` (rendered with `global`) to `after`, given which pages
    /// looked up which keys when they were last made (`readers`); `None` when pages came,
    /// went or moved in the order, and every page has to be looked at.
    pub(super) fn between(
        before: (&Site, &Images),
        after: (&Site, &Images),
        global: Fingerprint,
        readers: &Readers,
    ) -> Option<Self> {
        let ((before, images_before), (after, images_after)) = (before, after);
        if before.entries.len() != after.entries.len() {
            return None;
        }
        let mut keys = FxHashSet::default();
        let mut moved_from = Vec::new();
        for (old, new) in before.entries.iter().zip(&after.entries) {
            if (&old.doc.key, &old.doc.lang) != (&new.doc.key, &new.doc.lang) {
                return None;
            }
            if old.path != new.path {
                moved_from.push(render::page_path(old));
            }
            if old.doc.hashes != new.doc.hashes || old.path != new.path {
                keys.insert(new.doc.key.clone());
            }
        }
        let mut entries: Vec<usize> = keys.iter().flat_map(|key| after.dependents(key)).collect();
        let mut lookups: Vec<Lookup> = keys.into_iter().map(Lookup::Page).collect();
        // A changed image is looked up by the pages that show it, like a linked page.
        lookups.extend(images_after.changed_since(images_before));
        entries.extend(lookups.iter().flat_map(|lookup| readers.of(lookup)));
        entries.sort_unstable();
        entries.dedup();
        Some(Affected {
            global,
            entries,
            moved_from,
        })
    }

    /// The same, and `also` (entries to look at anyway).
    pub(super) fn and(mut self, also: impl IntoIterator<Item = usize>) -> Self {
        self.entries.extend(also);
        self.entries.sort_unstable();
        self.entries.dedup();
        self
    }

    /// The entries whose pages may have changed, now that the engine, settings, theme and
    /// UI texts have `global`; `None` when that changed too, and any page may have.
    pub(super) fn entries(&self, global: Fingerprint) -> Option<&[usize]> {
        (global == self.global).then_some(&self.entries)
    }

    /// The site paths of pages whose address changed, as they were before.
    pub(super) fn moved_from(&self) -> &[String] {
        &self.moved_from
    }
}

/// Per page or image: the entries (by position) whose pages looked it up (linked to it,
/// asked `url_for()` about it, showed it) when they were last made.
#[derive(Default)]
pub(super) struct Readers(FxHashMap<Lookup, FxHashSet<usize>>);

impl Readers {
    /// The entries whose pages looked up `lookup`.
    fn of<'a>(&'a self, lookup: &Lookup) -> impl Iterator<Item = usize> + 'a {
        self.0.get(lookup).into_iter().flatten().copied()
    }

    /// Entry `index` looked up `now` instead of `before`.
    pub(super) fn update(&mut self, index: usize, before: &[Lookup], now: &[Lookup]) {
        for lookup in before {
            if let Some(readers) = self.0.get_mut(lookup) {
                readers.remove(&index);
            }
        }
        for lookup in now {
            self.0.entry(lookup.clone()).or_default().insert(index);
        }
    }
}
