//! diptych: a static site generator for multilingual brochures.
//!
//! The pipeline, one module per step, data flowing forward as plain types:
//!
//! 1. [`config`] reads `site.yaml`; [`content`] reads `content/` ([`front_matter`] splits
//!    each file); [`i18n`] reads the Fluent files (with [`number`], CLDR's way of writing
//!    numbers); [`theme`] parses the templates. Content, templates and static files are
//!    found by `walk`, which follows symbolic links only while they stay in the site folder.
//! 2. [`resolve`] places every document at its URL and ties translations together.
//! 3. [`markdown`] turns bodies into HTML, resolving links by key.
//! 4. [`render`] fills the templates, giving the site as files in memory; [`brochure`]
//!    lays out the print editions the same way; both take the language alternates of a
//!    page from [`alternates`].
//!    Static files are published by [`assets`], with their content's hash in the name of
//!    those a page loads; [`headers`] writes the cache rules for hosts; [`images`] publishes
//!    the pictures in the widths screens need, encoded once and kept in the cache.
//! 5. [`output`] writes them atomically; [`print`] first adds the PDFs of the editions.
//!
//! [`build`] runs the steps in order; [`suggest`] finds the name a writer meant, for
//! messages about a misspelt one. The library never prints: it returns reports and
//! [`diagnostic::Diagnostic`]s for the caller to show.

pub mod alternates;
pub mod assets;
pub mod brochure;
pub mod build;
pub mod cache;
pub mod check;
pub mod config;
pub mod content;
pub mod desk;
pub mod diagnostic;
pub mod files;
pub mod front_matter;
pub mod headers;
pub mod i18n;
pub mod images;
pub mod key;
pub mod lang;
pub mod markdown;
pub mod number;
pub mod output;
pub mod print;
pub mod render;
pub mod resolve;
pub mod scaffold;
pub mod serve;
pub mod shortcode;
pub mod suggest;
pub mod theme;
mod translation_qa;
pub mod translations;
pub mod util;
mod walk;
mod yaml;

pub use build::{BuildOptions, BuildReport, build};
pub use diagnostic::{Diagnostic, Severity};
