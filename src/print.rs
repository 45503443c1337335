//! `diptych pdf`: prints the print editions to PDF with a locally installed Chromium or
//! Chrome, with the real page numbers in the table of contents.
//!
//! Chromium has no `target-counter()`, so the numbers are found the honest way: print,
//! read from the PDF's outline on which page each chapter heading landed, render the
//! contents with those numbers, and print again, until the numbers no longer change.
//! The PDFs join the site's files and everything is written in one atomic step.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::brochure::PageNumbers;
use crate::build::{self, BuildOptions, Rendered};
use crate::diagnostic::Diagnostic;
use crate::resolve::Edition;

/// Browsers tried, in order, when `DIPTYCH_BROWSER` does not name one.
const BROWSERS: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// How often to print before giving up on page numbers that keep moving.
const MAX_PRINTS: usize = 4;

/// How long one print may take.
const PRINT_TIMEOUT: Duration = Duration::from_secs(180);

/// A printed edition.
#[derive(Debug, Clone)]
pub struct Printed {
    /// `nl`, `de` or `bilingual`.
    pub edition: String,
    /// Where the PDF was written.
    pub path: PathBuf,
    /// Its number of pages.
    pub pages: usize,
}

/// What `diptych pdf` did.
#[derive(Debug)]
pub struct PdfReport {
    /// The PDFs, in edition order.
    pub printed: Vec<Printed>,
    /// How many times each edition was printed to settle its page numbers.
    pub rounds: usize,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// The PDF file name of an edition: `brochure-nl.pdf`.
pub fn pdf_name(edition: &str) -> String {
    format!("brochure-{edition}.pdf")
}

/// Builds the site and prints `editions` (ids; all when empty) into the output folder.
pub fn make_pdfs(
    options: &BuildOptions,
    editions: &[String],
) -> Result<PdfReport, Vec<Diagnostic>> {
    let browser = find_browser().map_err(|problem| vec![problem])?;
    let mut options = options.clone();
    let mut rendered = build::render(&options)?;
    let chosen = choose_editions(&rendered.site.editions(), editions)?;
    let scratch = tempfile::tempdir()
        .map_err(|error| vec![io_problem("cannot make a temporary folder", &error)])?;
    let mut rounds = 0;
    let pdfs = loop {
        rounds += 1;
        let pdfs = print_all(&browser, &rendered, &chosen, scratch.path())?;
        let found = chapter_pages(&rendered, &chosen, &pdfs)?;
        if found == options.page_numbers || rounds == MAX_PRINTS {
            break pdfs;
        }
        options.page_numbers = found;
        rendered = build::render(&options)?;
    };
    let out_dir = options.out_dir();
    let printed = chosen
        .iter()
        .zip(&pdfs)
        .map(|(edition, bytes)| Printed {
            edition: edition.id.clone(),
            path: out_dir.join(pdf_name(&edition.id)),
            pages: page_count(bytes),
        })
        .collect();
    let pdfs: Vec<(String, Vec<u8>)> = chosen.iter().map(|e| e.id.clone()).zip(pdfs).collect();
    build::write_rendered(&options, &rendered, &pdfs)?;
    Ok(PdfReport {
        printed,
        rounds,
        warnings: rendered.warnings,
    })
}

/// The browser to print with: `DIPTYCH_BROWSER`, else the first of [`BROWSERS`] on PATH.
fn find_browser() -> Result<PathBuf, Diagnostic> {
    if let Some(chosen) = std::env::var_os("DIPTYCH_BROWSER") {
        return Ok(PathBuf::from(chosen));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .flat_map(|dir| BROWSERS.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            Diagnostic::error("no Chromium or Google Chrome was found to print with").with_hint(
                "install one (Debian/Ubuntu: `sudo apt-get install chromium`; others: https://www.google.com/chrome/), \
                 or name it with the environment variable DIPTYCH_BROWSER",
            )
        })
}

fn choose_editions(all: &[Edition], wanted: &[String]) -> Result<Vec<Edition>, Vec<Diagnostic>> {
    if all.is_empty() {
        return Err(vec![
            Diagnostic::error("this site has no print editions")
                .in_file(crate::config::FILE_NAME)
                .with_hint("add `brochure:` with its `chapters` to site.yaml (see README.md)"),
        ]);
    }
    if wanted.is_empty() || wanted.iter().any(|w| w == "all") {
        return Ok(all.to_vec());
    }
    wanted
        .iter()
        .map(|id| {
            all.iter().find(|e| &e.id == id).cloned().ok_or_else(|| {
                let known: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
                Diagnostic::error(format!("there is no edition `{id}`"))
                    .with_hint(format!("choose one of: {}, all", known.join(", ")))
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(|problem| vec![problem])
}

/// Prints each edition's page (it carries its styles inline) from the scratch folder.
fn print_all(
    browser: &Path,
    rendered: &Rendered,
    editions: &[Edition],
    scratch: &Path,
) -> Result<Vec<Vec<u8>>, Vec<Diagnostic>> {
    editions
        .iter()
        .map(|edition| {
            let html = &rendered.files[&format!("{}index.html", edition.path)];
            let page = scratch.join(format!("{}.html", edition.id));
            let pdf = scratch.join(pdf_name(&edition.id));
            std::fs::write(&page, html)
                .map_err(|e| vec![io_problem("cannot write the page to print", &e)])?;
            print_page(browser, &page, &pdf, &scratch.join("profile")).map_err(|p| vec![p])?;
            std::fs::read(&pdf).map_err(|e| vec![io_problem("cannot read the printed PDF", &e)])
        })
        .collect()
}

fn print_page(browser: &Path, page: &Path, pdf: &Path, profile: &Path) -> Result<(), Diagnostic> {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| {
            Diagnostic::error(format!("cannot start {}: {error}", browser.display()))
                .with_hint("check that Chromium or Chrome is installed and runs")
        })?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .map_err(|e| io_problem("waiting for the browser failed", &e))?
        {
            break status;
        }
        if started.elapsed() > PRINT_TIMEOUT {
            let _ = child.kill();
            return Err(
                Diagnostic::error("the browser took too long to print").with_hint("try again")
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if !status.success() || !pdf.is_file() {
        return Err(Diagnostic::error(format!(
            "{} could not print the brochure",
            browser.display()
        ))
        .with_hint("run the browser once by hand to see its message"));
    }
    Ok(())
}

/// On which page each chapter begins, read from each PDF's outline (its bookmarks, made
/// from the headings): a chapter's heading reads exactly as its title.
fn chapter_pages(
    rendered: &Rendered,
    editions: &[Edition],
    pdfs: &[Vec<u8>],
) -> Result<PageNumbers, Vec<Diagnostic>> {
    let mut numbers = PageNumbers::new();
    for (edition, pdf) in editions.iter().zip(pdfs) {
        let outline = outline(pdf);
        let mut pages = std::collections::BTreeMap::new();
        // Chapters follow each other, so each is looked for after the one before: a
        // chapter may share its title with the cover.
        let mut from = 0;
        for (id, title) in crate::brochure::chapter_titles(&rendered.site, edition) {
            let found = outline[from..]
                .iter()
                .position(|(heading, _)| same_text(heading, &title))
                .map(|index| from + index);
            let index = found.ok_or_else(|| {
                vec![
                    Diagnostic::error(format!(
                        "the printed {} edition has no heading \"{title}\"",
                        edition.id
                    ))
                    .with_hint("brochure.html must print each chapter's `title` as its heading"),
                ]
            })?;
            pages.insert(id, outline[index].1);
            from = index + 1;
        }
        numbers.insert(edition.id.clone(), pages);
    }
    Ok(numbers)
}

/// (heading, page) for every bookmark of a PDF.
fn outline(pdf: &[u8]) -> Vec<(String, u32)> {
    lopdf::Document::load_mem(pdf)
        .and_then(|doc| doc.get_toc())
        .map(|toc| {
            toc.toc
                .into_iter()
                .map(|entry| (entry.title, entry.page as u32))
                .collect()
        })
        .unwrap_or_default()
}

fn page_count(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).map_or(0, |doc| doc.get_pages().len())
}

/// Equal but for white space: Chromium drops the space where a heading wraps.
fn same_text(a: &str, b: &str) -> bool {
    let letters = |text: &str| {
        text.chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
    };
    letters(a) == letters(b)
}

fn io_problem(what: &str, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("{what}: {error}"))
}
