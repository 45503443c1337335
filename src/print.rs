//! `diptych pdf`: prints the print editions to PDF with a locally installed Chromium or
//! Chrome, with the real page numbers in the table of contents.
//!
//! Chromium has no `target-counter()`, so the numbers are found the honest way: print,
//! read from the PDF's outline on which page each chapter heading landed, render the
//! contents with those numbers, and print again, until the numbers no longer change.
//! The PDFs join the site's files and everything is written in one atomic step.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use wait_timeout::ChildExt;

use crate::brochure::{PageNumbers, chapter_titles};
use crate::browser::{Places, System};
use crate::diagnostic::Diagnostic;
use crate::pipeline::{self, BuildOptions, Rendered};
use crate::resolve::Edition;
use crate::words::{Text, text};

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

/// Builds the site and prints `editions` (ids; all when empty) into the output folder.
pub fn make_pdfs(
    options: &BuildOptions,
    editions: &[String],
) -> Result<PdfReport, Vec<Diagnostic>> {
    let browser = find_browser().map_err(|problem| vec![problem])?;
    let mut options = options.clone();
    let mut rendered = pipeline::render(&options)?;
    let chosen = choose_editions(&rendered.site.editions(), editions)?;
    let scratch = tempfile::tempdir()
        .map_err(|error| vec![io_problem(text!("print-no-temporary-folder"), &error)])?;
    let mut rounds = 0;
    let (pdfs, unsettled_warnings) = loop {
        rounds += 1;
        let pdfs = print_all(&browser, &rendered, &chosen, scratch.path())?;
        let found = chapter_pages(&rendered, &chosen, &pdfs)?;
        if found == options.page_numbers {
            break (pdfs, Vec::new());
        }
        if rounds == MAX_PRINTS {
            let moved = unsettled(&rendered, &chosen, &options.page_numbers, &found);
            break (pdfs, moved);
        }
        options.page_numbers = found;
        rendered = pipeline::render(&options)?;
    };
    let out_dir = options.out_dir();
    let printed = chosen
        .iter()
        .zip(&pdfs)
        .map(|(edition, bytes)| {
            Ok(Printed {
                edition: edition.id.to_string(),
                path: out_dir.join(edition.pdf_name()),
                pages: page_count(bytes, edition.id.as_str())?,
            })
        })
        .collect::<Result<_, Diagnostic>>()
        .map_err(|problem| vec![problem])?;
    let pdfs: Vec<(String, Vec<u8>)> = chosen.iter().map(|e| e.id.to_string()).zip(pdfs).collect();
    pipeline::write_rendered(&options, &rendered, &pdfs)?;
    let mut warnings = rendered.warnings;
    warnings.extend(unsettled_warnings);
    Ok(PdfReport {
        printed,
        rounds,
        warnings,
    })
}

/// The browser to print with: `DIPTYCH_BROWSER`, else the first Chromium, Chrome or Edge
/// on the PATH or at its system's install paths.
fn find_browser() -> Result<PathBuf, Diagnostic> {
    if let Some(chosen) = std::env::var_os("DIPTYCH_BROWSER") {
        return Ok(PathBuf::from(chosen));
    }
    let path_dirs = std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect())
        .unwrap_or_default();
    let places = Places::of(System::current(), path_dirs, |variable| {
        std::env::var(variable).ok()
    });
    places.find(is_program).ok_or_else(|| no_browser(&places))
}

/// A file this user may run (on Windows: any file; the name ends in `.exe`).
fn is_program(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        path.metadata()
            .is_ok_and(|meta| meta.is_file() && meta.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        path.is_file()
    }
}

/// No browser found: where diptych looked, and what the writer can do.
fn no_browser(places: &Places) -> Diagnostic {
    let paths: String = (places.install_paths.iter())
        .map(|path| format!("\n  {}", path.display()))
        .collect();
    let names = places.names.join(", ");
    Diagnostic::error(text!("no-browser", names = names, paths = paths))
        .with_hint(text!("no-browser-hint"))
}

fn choose_editions(all: &[Edition], wanted: &[String]) -> Result<Vec<Edition>, Vec<Diagnostic>> {
    if all.is_empty() {
        return Err(vec![
            Diagnostic::error(text!("no-editions"))
                .in_file(crate::config::FILE_NAME)
                .with_hint(text!("no-editions-hint")),
        ]);
    }
    if wanted.is_empty() || wanted.iter().any(|w| w == "all") {
        return Ok(all.to_vec());
    }
    wanted
        .iter()
        .map(|id| {
            all.iter()
                .find(|e| e.id.as_str() == id)
                .cloned()
                .ok_or_else(|| {
                    let known: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
                    Diagnostic::error(text!("no-such-edition", id = id))
                        .with_hint(text!("no-such-edition-hint", known = known.join(", ")))
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
            let html = &rendered.files[format!("{}index.html", edition.path).as_str()];
            let page = scratch.join(format!("{}.html", edition.id));
            let pdf = scratch.join(edition.pdf_name());
            let html = with_files_beside(html, rendered, scratch)
                .map_err(|e| vec![io_problem(text!("print-cannot-write-files"), &e)])?;
            std::fs::write(&page, html)
                .map_err(|e| vec![io_problem(text!("print-cannot-write-page"), &e)])?;
            print_page(browser, &page, &pdf, &scratch.join("profile")).map_err(|p| vec![p])?;
            std::fs::read(&pdf).map_err(|e| vec![io_problem(text!("print-cannot-read-pdf"), &e)])
        })
        .collect()
}

/// The page with the files it loads (images, the theme's fonts and drawings) copied into
/// `scratch` and their addresses leading there: the page is printed from a file, where
/// `/regio/kaart.3f2a9c1b.png` would mean the root of the disk, and a font that cannot be
/// loaded would make Chromium print, and embed, whatever font the computer has.
fn with_files_beside(html: &[u8], rendered: &Rendered, scratch: &Path) -> std::io::Result<Vec<u8>> {
    let mut text = String::from_utf8_lossy(html).into_owned();
    let base_path = &rendered.site.config.base_path;
    let is_file = |path: &str| rendered.files.contains_key(path);
    for (index, path) in loaded_files(&text, base_path, is_file)
        .into_iter()
        .enumerate()
    {
        let ending = path.rsplit_once('.').map_or("", |(_, ending)| ending);
        let file = scratch.join(format!("file-{index}.{ending}"));
        std::fs::write(&file, &rendered.files[path.as_str()])?;
        let address = format!("\"{base_path}{path}\"");
        text = text.replace(&address, &format!("\"file://{}\"", file.display()));
    }
    Ok(text.into_bytes())
}

/// The site files that `text` names by a quoted address (`src="/x.png"`,
/// `url("/fonts/x.woff2")`), pages aside, each once.
fn loaded_files(text: &str, base_path: &str, is_file: impl Fn(&str) -> bool) -> BTreeSet<String> {
    let opening = format!("\"{base_path}");
    text.match_indices(&opening)
        .filter_map(|(start, _)| {
            let address = &text[start + opening.len()..];
            address.find('"').map(|end| &address[..end])
        })
        .filter(|path| !path.ends_with(".html") && is_file(path))
        .map(str::to_owned)
        .collect()
}

fn print_page(browser: &Path, page: &Path, pdf: &Path, profile: &Path) -> Result<(), Diagnostic> {
    let mut command = Command::new(browser);
    if running_as_root() {
        // Chromium refuses to start as root with its sandbox (as in containers and CI, which
        // run as root). Anyone else keeps the sandbox: the page may run a theme's scripts.
        command.arg("--no-sandbox");
    }
    let mut child = command
        .args([
            "--headless",
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
            Diagnostic::error(text!(
                "browser-cannot-start",
                browser = browser,
                error = &error
            ))
            .with_hint(text!("browser-cannot-start-hint"))
        })?;
    let waited = child
        .wait_timeout(PRINT_TIMEOUT)
        .map_err(|e| io_problem(text!("browser-wait-failed"), &e))?;
    let Some(status) = waited else {
        // Ending a browser that has just ended by itself fails, which is as good.
        let _ = child.kill();
        let _ = child.wait();
        return Err(Diagnostic::error(text!("browser-too-slow")).with_hint(text!("try-again")));
    };
    if !status.success() || !pdf.is_file() {
        return Err(
            Diagnostic::error(text!("browser-did-not-print", browser = browser))
                .with_hint(text!("browser-did-not-print-hint")),
        );
    }
    Ok(())
}

/// Whether diptych runs as root (the effective user), where Chromium needs `--no-sandbox`.
#[cfg(unix)]
fn running_as_root() -> bool {
    // SAFETY: geteuid has no preconditions, touches no memory and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

#[cfg(not(unix))]
fn running_as_root() -> bool {
    false
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
        let outline = outline(pdf, edition.id.as_str()).map_err(|problem| vec![problem])?;
        let mut pages = BTreeMap::new();
        // Chapters follow each other, so each is looked for after the one before: a
        // chapter may share its title with the cover.
        let mut from = 0;
        for (id, title) in chapter_titles(&rendered.site, edition) {
            let found = outline[from..]
                .iter()
                .position(|(heading, _)| same_text(heading, &title))
                .map(|index| from + index);
            let index = found.ok_or_else(|| {
                vec![
                    Diagnostic::error(text!(
                        "printed-heading-missing",
                        edition = edition.id.as_str(),
                        title = &title
                    ))
                    .with_hint(text!("printed-heading-missing-hint")),
                ]
            })?;
            pages.insert(id, outline[index].1);
            from = index + 1;
        }
        numbers.insert(edition.id.to_string(), pages);
    }
    Ok(numbers)
}

/// (heading, page) for every bookmark of the printed `edition`. A PDF without bookmarks
/// has none (the search for its first chapter then says what is missing); one that
/// cannot be read is an error, not a brochure without chapters.
fn outline(pdf: &[u8], edition: &str) -> Result<Vec<(String, u32)>, Diagnostic> {
    let doc = read_pdf(pdf, edition)?;
    let catalog = doc
        .catalog()
        .map_err(|error| unreadable_pdf(edition, &error))?;
    if !catalog.has(b"Outlines") {
        return Ok(Vec::new());
    }
    match doc.get_toc() {
        Ok(toc) => Ok(toc
            .toc
            .into_iter()
            .map(|entry| (entry.title, entry.page as u32))
            .collect()),
        Err(lopdf::Error::NoOutline) => Ok(Vec::new()),
        Err(error) => Err(unreadable_pdf(edition, &error)),
    }
}

/// The number of pages of the printed `edition`.
fn page_count(pdf: &[u8], edition: &str) -> Result<usize, Diagnostic> {
    read_pdf(pdf, edition).map(|doc| doc.get_pages().len())
}

fn read_pdf(pdf: &[u8], edition: &str) -> Result<lopdf::Document, Diagnostic> {
    lopdf::Document::load_mem(pdf).map_err(|error| unreadable_pdf(edition, &error))
}

fn unreadable_pdf(edition: &str, error: &lopdf::Error) -> Diagnostic {
    Diagnostic::error(text!(
        "printed-pdf-unreadable",
        edition = edition,
        error = error.to_string()
    ))
    .with_hint(text!("printed-pdf-unreadable-hint"))
}

/// A chapter that does not begin on the page the contents give it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Moved {
    title: String,
    /// Where the chapter begins in the PDF.
    begins: u32,
    /// The page the contents show, if any.
    listed: Option<u32>,
}

/// The editions whose contents, after the last print, still give chapters other pages
/// than they begin on (`shown` against `found`), each as a warning naming those chapters.
fn unsettled(
    rendered: &Rendered,
    editions: &[Edition],
    shown: &PageNumbers,
    found: &PageNumbers,
) -> Vec<Diagnostic> {
    let none = BTreeMap::new();
    editions
        .iter()
        .filter_map(|edition| {
            let chapters = chapter_titles(&rendered.site, edition);
            let shown = shown.get(edition.id.as_str()).unwrap_or(&none);
            let found = found.get(edition.id.as_str()).unwrap_or(&none);
            let moved = moved_chapters(&chapters, shown, found);
            (!moved.is_empty()).then(|| unsettled_warning(edition.id.as_str(), &moved))
        })
        .collect()
}

/// The chapters (id and title, in the brochure's order) whose page in `found` is not the
/// one in `shown`.
fn moved_chapters(
    chapters: &[(String, String)],
    shown: &BTreeMap<String, u32>,
    found: &BTreeMap<String, u32>,
) -> Vec<Moved> {
    chapters
        .iter()
        .filter_map(|(id, title)| {
            let begins = *found.get(id)?;
            let listed = shown.get(id).copied();
            (listed != Some(begins)).then(|| Moved {
                title: title.clone(),
                begins,
                listed,
            })
        })
        .collect()
}

fn unsettled_warning(edition: &str, moved: &[Moved]) -> Diagnostic {
    let chapters: Vec<String> = moved
        .iter()
        .map(|chapter| {
            let listed =
                (chapter.listed).map_or_else(|| text!("none").to_string(), |page| page.to_string());
            let (title, begins) = (chapter.title.as_str(), chapter.begins.to_string());
            text!(
                "chapter-moved",
                title = title,
                begins = begins,
                listed = listed
            )
            .to_string()
        })
        .collect();
    Diagnostic::warning(text!(
        "page-numbers-unsettled",
        edition = edition,
        prints = MAX_PRINTS,
        chapters = chapters.join("; ")
    ))
    .with_hint(text!("page-numbers-unsettled-hint"))
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

fn io_problem(what: Text, error: &std::io::Error) -> Diagnostic {
    Diagnostic::error(text!("failed-because", what = what, error = error))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF without bookmarks, as a brochure without headings prints.
    fn blank_pdf() -> Vec<u8> {
        pdf_with_catalog(lopdf::Dictionary::new())
    }

    /// A one-page PDF whose catalog has the entries of `catalog` too.
    fn pdf_with_catalog(mut catalog: lopdf::Dictionary) -> Vec<u8> {
        use lopdf::{Document, Object, dictionary};
        let mut doc = Document::with_version("1.5");
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! { "Type" => "Page", "Parent" => pages });
        let tree = dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 };
        doc.objects.insert(pages, Object::Dictionary(tree));
        catalog.set("Type", "Catalog");
        catalog.set("Pages", pages);
        let catalog = doc.add_object(catalog);
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    #[test]
    fn a_pdf_without_bookmarks_has_an_empty_outline() {
        let pdf = blank_pdf();
        assert_eq!(outline(&pdf, "nl"), Ok(Vec::new()));
        assert_eq!(page_count(&pdf, "nl"), Ok(1));
    }

    #[test]
    fn a_pdf_that_cannot_be_read_is_an_error() {
        let expected = "error: the printed PDF of the de edition cannot be read: couldn't parse \
                        input\n |\n = hint: print again; if it happens again, try another browser, \
                        named with the environment variable DIPTYCH_BROWSER\n";
        assert_eq!(
            outline(b"not a PDF", "de").unwrap_err().to_string(),
            expected
        );
        assert_eq!(
            page_count(b"not a PDF", "de").unwrap_err().to_string(),
            expected
        );
    }

    #[test]
    fn bookmarks_that_cannot_be_read_are_an_error() {
        let broken = pdf_with_catalog(lopdf::dictionary! { "Outlines" => (99, 0) });
        let problem = outline(&broken, "nl").unwrap_err();
        assert_eq!(
            problem.message,
            "the printed PDF of the nl edition cannot be read: object ID 99 0 not found"
        );
    }

    fn pages(entries: &[(&str, u32)]) -> BTreeMap<String, u32> {
        entries
            .iter()
            .map(|&(id, page)| (id.to_owned(), page))
            .collect()
    }

    fn chapters() -> Vec<(String, String)> {
        [
            ("ch1", "Over MST"),
            ("ch2", "Strategie"),
            ("back", "Contact"),
        ]
        .iter()
        .map(|&(id, title)| (id.to_owned(), title.to_owned()))
        .collect()
    }

    #[test]
    fn the_files_a_page_loads_are_found_by_their_quoted_addresses() {
        let page = r#"<link rel="preload" href="/strategie/fonts/a.1.woff2">
            <style>@font-face { src: url("/strategie/fonts/a.1.woff2") }</style>
            <img src="/strategie/regio/kaart.2.png" alt="">
            <a href="/strategie/regio/">x</a> <a href="/strategie/index.html">y</a>
            <img src="/strategie/gone.png" alt=""> <img src="/elsewhere/x.png" alt="">"#;
        let site = [
            "fonts/a.1.woff2",
            "regio/kaart.2.png",
            "index.html",
            "elsewhere/x.png",
        ];
        let found = loaded_files(page, "/strategie/", |path| site.contains(&path));
        let found: Vec<&str> = found.iter().map(String::as_str).collect();
        assert_eq!(found, ["fonts/a.1.woff2", "regio/kaart.2.png"]);
    }

    #[test]
    fn settled_numbers_move_no_chapter() {
        let numbers = pages(&[("ch1", 3), ("ch2", 7), ("back", 12)]);
        assert_eq!(moved_chapters(&chapters(), &numbers, &numbers), Vec::new());
    }

    #[test]
    fn moved_chapters_are_named_in_the_brochures_order() {
        let shown = pages(&[("ch1", 3), ("ch2", 7)]);
        let found = pages(&[("back", 13), ("ch1", 3), ("ch2", 8)]);
        let moved = moved_chapters(&chapters(), &shown, &found);
        assert_eq!(
            moved,
            [
                Moved {
                    title: "Strategie".to_owned(),
                    begins: 8,
                    listed: Some(7)
                },
                Moved {
                    title: "Contact".to_owned(),
                    begins: 13,
                    listed: None
                },
            ]
        );
        assert_eq!(
            unsettled_warning("nl", &moved).to_string(),
            "warning: the page numbers in the contents of the nl edition did not settle after 4 \
             prints: \"Strategie\" begins on page 8, the contents say 7; \"Contact\" begins on \
             page 13, the contents say none\n |\n = hint: the PDF was written with the numbers of \
             its last print, so these entries are off; numbers keep moving when the contents \
             change length with them: give the contents in brochure.html some room to spare\n"
        );
    }
}
