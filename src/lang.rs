//! A language of the site, by its code: what file names (`ambities.de.md`), addresses
//! (`/de/`) and `<html lang>` carry.

use std::borrow::Borrow;
use std::fmt;

/// A BCP 47 language code as listed in `site.yaml`: `nl`, `de`, `pt-BR`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    /// A language code as written.
    pub fn new(code: impl Into<String>) -> Self {
        Lang(code.into())
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lang {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Lang {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl AsRef<[u8]> for Lang {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Lang {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}
