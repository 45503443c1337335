//! Which pages an edit may have changed, when a preview has the site from before the edit
//! at hand: only those need their fingerprints computed again. The others are current
//! without a look at their inputs, which at ten thousand pages is most of a rebuild.

use rustc_hash::FxHashSet;

use crate::key::Key;
use crate::resolve::Site;
use crate::util::hash::Fingerprint;

/// The entries of a site (by position) that an edit may have changed.
pub(super) struct Affected {
    /// The fingerprint of the engine, settings, theme and UI texts before the edit: when
    /// that changed too, every page may have.
    global: Fingerprint,
    /// By position in the site's entries.
    entries: Vec<bool>,
    /// Keys of which some version has a new text or address.
    keys: FxHashSet<Key>,
}

impl Affected {
    /// What changed from `before` (rendered with `global`) to `after`; `None` when pages
    /// came, went or moved in the order, and every page has to be looked at.
    pub(super) fn between(before: &Site, after: &Site, global: Fingerprint) -> Option<Self> {
        if before.entries.len() != after.entries.len() {
            return None;
        }
        let mut keys = FxHashSet::default();
        for (old, new) in before.entries.iter().zip(&after.entries) {
            if (&old.doc.key, &old.doc.lang) != (&new.doc.key, &new.doc.lang) {
                return None;
            }
            if old.doc.hashes != new.doc.hashes || old.path != new.path {
                keys.insert(new.doc.key.clone());
            }
        }
        // A changed image is looked up by the pages that show it, like a linked page.
        let images = after.images.changed_since(&before.images);
        let mut entries = vec![false; after.entries.len()];
        for key in &keys {
            for index in after.dependents(key) {
                entries[index] = true;
            }
        }
        keys.extend(images);
        Some(Affected {
            global,
            entries,
            keys,
        })
    }

    /// Whether the page of entry `index`, which looked up `looked_up` when it was made, may
    /// have changed, now that the engine, settings, theme and UI texts have `global`.
    pub(super) fn may_change(&self, global: Fingerprint, index: usize, looked_up: &[Key]) -> bool {
        global != self.global
            || self.entries.get(index).is_none_or(|affected| *affected)
            || looked_up.iter().any(|key| self.keys.contains(key))
    }
}
