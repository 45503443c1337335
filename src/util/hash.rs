//! Hashing: a short, fast hash of bytes or of several parts, and the stamp (size and
//! modification time) that tells a file unchanged without reading it. What is hashed, and
//! why, is for the callers to say (the build's fingerprints, the cache, published names).
//!
//! xxh3 (128 bits) is used: this guards against accidents, not attackers, and it hashes
//! the text of ten thousand pages in milliseconds.

use xxhash_rust::xxh3::Xxh3;

/// Hex digits of a content hash in a published name (`style.3f2a9c1b.css`): a changed
/// file keeps its name once in four billion changes, and the name stays short enough to
/// read.
pub(crate) const HASH_DIGITS: usize = 8;

/// A 128-bit hash of an output's inputs or of its bytes.
pub(crate) type Fingerprint = u128;

/// A file's size and modification time: what tells, without reading it, that a file is
/// still the one seen before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    /// Length in bytes.
    pub size: u64,
    /// Modification time, in nanoseconds since 1970.
    pub modified: i128,
}

/// A file modified this close to the start of the build that recorded it may have
/// changed again within the same tick of the file system's clock: it is read again.
const RACY_NANOS: i128 = 2_000_000_000;

impl Stamp {
    /// Whether a file with this stamp, recorded by a build that started at `started`
    /// (nanoseconds since 1970), was old enough then for the record to be trusted.
    pub fn settled_before(self, started: i128) -> bool {
        self.modified + RACY_NANOS < started
    }

    /// The stamp of a file as its metadata shows it.
    pub fn of(metadata: &std::fs::Metadata) -> Stamp {
        Stamp {
            size: metadata.len(),
            modified: metadata.modified().map_or(0, nanos_since_1970),
        }
    }
}

/// A time in nanoseconds since 1970 (0 before it).
pub(crate) fn nanos_since_1970(time: std::time::SystemTime) -> i128 {
    time.duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos() as i128)
}

/// The hash of a file's bytes.
pub(crate) fn of_bytes(bytes: &[u8]) -> Fingerprint {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// Feeds parts into one fingerprint; each part is length-prefixed, so `("ab", "c")` and
/// `("a", "bc")` differ.
#[derive(Default)]
pub(crate) struct Hasher(Xxh3);

impl Hasher {
    /// Adds a piece of text or bytes.
    pub(crate) fn add(&mut self, bytes: impl AsRef<[u8]>) -> &mut Self {
        let bytes = bytes.as_ref();
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    /// Adds another fingerprint.
    pub(crate) fn add_fingerprint(&mut self, fingerprint: Fingerprint) -> &mut Self {
        self.0.update(&fingerprint.to_le_bytes());
        self
    }

    /// The fingerprint of everything added.
    pub(crate) fn finish(&self) -> Fingerprint {
        self.0.digest128()
    }
}

/// The first [`HASH_DIGITS`] hex digits of a hash, as published names carry it.
pub(crate) fn short_hex(hash: Fingerprint) -> String {
    let digits = format!("{hash:032x}");
    digits[..HASH_DIGITS].to_owned()
}

/// `fonts/inter.woff2` → `fonts/inter.3f2a9c1b.woff2`, for a file whose content has `hash`.
pub(crate) fn name_with_hash(path: &str, hash: Fingerprint) -> String {
    match path.rsplit_once('.') {
        Some((stem, ending)) => format!("{stem}.{}.{ending}", short_hex(hash)),
        None => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_separated() {
        let one = Hasher::default().add("ab").add("c").finish();
        let two = Hasher::default().add("a").add("bc").finish();
        assert_ne!(one, two);
    }
}
