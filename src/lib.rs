//! diptych: a static site generator for multilingual brochures.
//!
//! The modules stand on floors, and each uses only its own floor and those below it
//! (`docs/architecture.md` lists them; `tests/architecture.rs` enforces it):
//!
//! ```text
//! 9 the preview server   serve
//! 8 features             check  print  desk  scaffold  init  (not using each other)
//! 7 translations         translations  translation_qa
//! 6 the build            pipeline: the one driver, clean and incremental
//! 5 output and cache     output  cache
//! 4 rendering            markdown  shortcode  images  render  alternates  assets  headers
//!                        brochure
//! 3 loading              front_matter  content  theme  i18n  number  resolve
//! 2 the model            key (and lookups)  lang  config  files (site paths)  addresses
//! 1 utilities            util  words  diagnostic  suggest  walk  yaml  browser
//! ```
//!
//! The pipeline, data flowing forward as plain types: [`config`] reads `site.yaml`;
//! [`content`] reads `content/` ([`front_matter`] splits each file); [`i18n`] reads the
//! Fluent files (with [`number`], CLDR's way of writing numbers); [`theme`] parses the
//! templates; [`resolve`] places every document at its URL and ties translations
//! together; [`images`] measures the pictures, which the build carries beside the placed
//! site. [`markdown`] turns bodies into HTML, resolving links by key; [`render`] fills the templates, giving the site as [`files::SiteFiles`];
//! [`brochure`] lays out the print editions the same way; [`assets`] publishes the static
//! files with their content's hash in the name, [`headers`] the cache rules for hosts.
//! [`output`] writes them atomically, and [`cache`] remembers what it wrote.
//! [`pipeline`] runs the steps in order. The library never prints: it returns
//! reports and [`diagnostic::Diagnostic`]s for the caller to show.

pub mod addresses;
pub(crate) mod alternates;
pub mod assets;
pub(crate) mod brochure;
pub(crate) mod browser;
pub(crate) mod cache;
pub mod check;
pub mod config;
pub(crate) mod content;
pub(crate) mod desk;
pub mod diagnostic;
pub mod files;
pub mod front_matter;
pub(crate) mod headers;
pub(crate) mod i18n;
pub(crate) mod images;
pub mod init;
pub(crate) mod key;
pub(crate) mod lang;
pub mod markdown;
pub(crate) mod number;
pub(crate) mod output;
pub mod pipeline;
pub mod print;
pub mod render;
pub(crate) mod resolve;
pub mod scaffold;
pub mod serve;
pub mod shortcode;
pub(crate) mod suggest;
pub(crate) mod theme;
mod translation_qa;
pub mod translations;
pub(crate) mod util;
mod walk;
pub mod words;
mod yaml;

pub use diagnostic::{Diagnostic, Severity};
pub use pipeline::{BuildOptions, BuildReport, build};
