//! A language of the site, by its code: what file names (`ambities.de.md`), addresses
//! (`/de/`) and `<html lang>` carry.

/// A BCP 47 language code as listed in `site.yaml`: `nl`, `de`, `pt-BR`.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
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

crate::util::newtype::str_newtype!(Lang);
