//! The utilities: the bottom floor, tools that know nothing of sites, documents or
//! builds, and import nothing else of the crate. Anything above may use them (see
//! docs/architecture.md).

pub mod hash;
pub(crate) mod newtype;
pub mod text;
