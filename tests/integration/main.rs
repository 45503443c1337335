//! The integration tests, one binary with a module per area: fixture sites and the shipped
//! MST site built through the real `diptych` binary, as a writer would run it.

mod assets;
mod bugs;
mod build;
mod check;
mod file_system;
mod fuzz;
mod fuzz_site;
mod hreflang;
mod images;
mod incremental;
mod init;
mod links;
mod live;
mod messages;
mod pdf;
mod robustness;
mod serve;
mod sources;
mod support;
mod symlinks;
mod translation_qa;
