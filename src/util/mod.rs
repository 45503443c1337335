//! The utilities' room, on the bottom floor: tools that know nothing of sites, documents
//! or builds, and use nothing else of the crate: hashing and the hash in published names,
//! writing a file atomically, positions in a text, newtypes around text. Every floor may
//! use them (see docs/architecture.md).

pub(crate) mod file;
pub(crate) mod hash;
pub(crate) mod newtype;
pub(crate) mod text;
