//! Prints the shipped MST brochure with `diptych pdf` (Chromium) and reads the PDFs back
//! with poppler (`pdfinfo`, `pdftotext`, `pdffonts`), as a reader's PDF viewer would.
//! Needs `chromium` and `poppler-utils`; `.ci/run` installs both.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use tempfile::TempDir;

use crate::support::{copy_dir, diptych};

/// The PDFs are printed once for all tests of this file.
fn printed() -> &'static Path {
    static OUT: OnceLock<TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = TempDir::new().unwrap();
        let output = diptych(
            Path::new("."),
            &["pdf", "--out", out.path().to_str().unwrap()],
        );
        assert!(
            output.status.success(),
            "diptych pdf failed (is chromium installed?):\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        out
    })
    .path()
}

fn pdf(edition: &str) -> PathBuf {
    printed().join(format!("brochure-{edition}.pdf"))
}

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let output = Command::new(name)
        .args(args)
        .arg(file)
        .args(if name == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|_| panic!("{name} is not installed (apt-get install poppler-utils)"));
    assert!(
        output.status.success(),
        "{name} failed on {}",
        file.display()
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The text of each page, in order (pdftotext separates pages with form feeds).
fn pages(edition: &str) -> Vec<String> {
    let text = tool("pdftotext", &["-layout"], &pdf(edition));
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

fn first_line(page: &str) -> &str {
    page.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// (title, page number) of each entry of the contents, which is page 2.
fn contents(edition: &str) -> Vec<(String, usize)> {
    pages(edition)[1]
        .lines()
        .skip(1)
        .filter_map(|line| {
            let line = line.trim();
            let (title, number) = line.rsplit_once(char::is_whitespace)?;
            let number = number.parse().ok()?;
            let title = title.trim();
            let title = title
                .split_once(char::is_whitespace)
                .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
                .map_or(title, |(_, rest)| rest.trim());
            Some((title.to_owned(), number))
        })
        .collect()
}

/// Text without white space, to compare headings that wrap.
fn letters(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

const EDITIONS: [&str; 3] = ["nl", "de", "bilingual"];

#[test]
fn every_edition_is_a4_tagged_with_title_and_language() {
    for edition in EDITIONS {
        let info = tool("pdfinfo", &[], &pdf(edition));
        assert!(info.contains("(A4)"), "{edition}: {info}");
        assert!(info.contains("Tagged:          yes"), "{edition}: {info}");
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!((15..=60).contains(&pages), "{edition}: {pages} pages");
    }
    assert!(
        tool("pdfinfo", &[], &pdf("nl")).contains("Title:           Strategische koers 2023–2028")
    );
    assert!(
        tool("pdfinfo", &[], &pdf("de")).contains("Title:           Strategischer Kurs 2023–2028")
    );
}

/// The theme ships its typeface (MST Sans): every edition embeds it and nothing else, so a
/// character missing from it (which Chromium would take from another font) fails here.
#[test]
fn every_edition_embeds_the_themes_typeface_and_no_other() {
    for edition in EDITIONS {
        let fonts = tool("pdffonts", &[], &pdf(edition));
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{edition}: no fonts");
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let name = columns[0]
                .split_once('+')
                .map_or(columns[0], |(_, name)| name);
            assert!(
                name.starts_with("MSTSans-"),
                "{edition}: a font other than the theme's: {row}"
            );
            let embedded = columns[columns.len() - 5];
            assert_eq!(embedded, "yes", "{edition}: font not embedded: {row}");
        }
    }
}

#[test]
fn the_cover_names_mst_the_title_and_the_period_in_each_language() {
    let cover = |edition: &str| letters(&pages(edition)[0]);
    for (edition, titles) in [
        ("nl", &["Bouwen aan de zorg van de toekomst"][..]),
        ("de", &["Das Gesundheitswesen der Zukunft gestalten"][..]),
        (
            "bilingual",
            &[
                "Bouwen aan de zorg van de toekomst",
                "Das Gesundheitswesen der Zukunft gestalten",
            ][..],
        ),
    ] {
        let cover = cover(edition);
        for text in [
            "Medisch Spectrum Twente",
            "2023–2028",
            "Enschede",
            "Oldenzaal",
        ]
        .iter()
        .chain(titles)
        {
            assert!(
                cover.contains(&letters(text)),
                "{edition}: {text:?} not on the cover: {cover}"
            );
        }
    }
}

#[test]
fn the_back_page_says_how_to_reach_mst_without_a_page_number() {
    for (edition, phones) in [
        ("nl", &["(053) 487 20 00"][..]),
        ("de", &["+31 53 487 20 00"][..]),
        ("bilingual", &["(053) 487 20 00", "+31 53 487 20 00"][..]),
    ] {
        let pages = pages(edition);
        let back = pages.last().unwrap();
        for text in ["Medisch Spectrum", "Postbus 50 000, 7500 KA Enschede"]
            .iter()
            .chain(phones)
        {
            assert!(
                back.contains(text),
                "{edition}: {text:?} not on the back page:\n{back}"
            );
        }
        let last_line = back
            .lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty())
            .unwrap();
        assert!(
            last_line.parse::<usize>().is_err(),
            "{edition}: the back page has a page number: {last_line}"
        );
    }
}

#[test]
fn chapters_come_in_order_in_their_language() {
    let expected_nl = [
        "Over MST",
        "Strategische koers 2023–2028",
        "Topklinische functies",
        "MST in de regio",
        "Van wetenschap naar zorgpraktijk",
        "Contact",
    ];
    let expected_de = [
        "Über MST",
        "Strategischer Kurs 2023–2028",
        "‚Spitzenklinische‘ Leistungen",
        "MST in der Region",
        "Von der Wissenschaft zur medizinischen Praxis",
        "Kontakt",
    ];
    for (edition, expected) in [("nl", expected_nl), ("de", expected_de)] {
        let (titles, numbers): (Vec<String>, Vec<usize>) = contents(edition).into_iter().unzip();
        assert_eq!(titles, expected, "{edition}");
        assert!(
            numbers.is_sorted(),
            "{edition}: chapters out of order: {numbers:?}"
        );
    }
    let german = pages("de").join("\n");
    for dutch in &expected_nl[1..] {
        assert!(
            !german.contains(dutch),
            "Dutch chapter title {dutch:?} in the German edition"
        );
    }
    let bilingual: Vec<String> = contents("bilingual").into_iter().map(|(t, _)| t).collect();
    assert_eq!(bilingual[0], "Over MST | Über MST");
}

#[test]
fn contents_page_numbers_are_where_the_chapters_begin() {
    for edition in EDITIONS {
        let pages = pages(edition);
        let entries = contents(edition);
        assert_eq!(entries.len(), 6, "{edition}: {entries:?}");
        for (title, number) in entries {
            let page = &pages[number - 1];
            assert_eq!(
                first_line(page),
                title,
                "{edition}: running head on page {number}"
            );
            // The running head and the chapter heading (which may wrap).
            assert!(
                letters(page).matches(&letters(&title)).count() >= 2,
                "{edition}: page {number} does not open chapter {title:?}:\n{page}"
            );
            let before = first_line(&pages[number - 2]);
            assert_ne!(
                before, title,
                "{edition}: chapter {title:?} began before page {number}"
            );
        }
    }
}

#[test]
fn running_heads_name_the_chapter_of_each_page() {
    for edition in EDITIONS {
        let pages = pages(edition);
        let entries = contents(edition);
        let back_page = pages.len() - 1;
        for (index, page) in pages.iter().enumerate().take(back_page).skip(2) {
            let number = index + 1;
            let chapter = entries
                .iter()
                .rfind(|(_, start)| *start <= number)
                .map(|(title, _)| title.as_str())
                .unwrap();
            assert_eq!(first_line(page), chapter, "{edition}: page {number}");
        }
    }
}

#[test]
fn cover_has_no_page_number_and_others_do() {
    let pages = pages("nl");
    let last_line = |page: &str| {
        page.lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty())
            .unwrap_or("")
            .to_owned()
    };
    assert_ne!(last_line(&pages[0]), "1");
    assert_eq!(last_line(&pages[1]), "2");
    assert_eq!(last_line(&pages[4]), "5");
}

#[test]
fn the_editions_are_also_pages_of_the_site() {
    let html = std::fs::read_to_string(printed().join("de/brochure/index.html")).unwrap();
    assert!(html.contains("<html lang=\"de\">"));
    let footer = std::fs::read_to_string(printed().join("nl/index.html")).unwrap();
    assert!(footer.contains("href=\"/nl/brochure/\""));
    assert!(footer.contains("href=\"/brochure/\""));
}

/// Runs `diptych pdf` with an empty PATH, the standard install folders of Linux hidden
/// (each covered by an empty file system in a mount namespace of its own), and no
/// DIPTYCH_BROWSER: a computer without any browser.
fn pdf_without_any_browser(out: &Path, target: &Path) -> std::process::Output {
    let hide = "for folder in /opt /snap; do [ -d $folder ] && /usr/bin/mount -t tmpfs none $folder; done; \
                /usr/bin/mount -t tmpfs none /usr/bin && exec \"$0\" \"$@\"";
    crate::support::in_english(&mut Command::new("/usr/bin/unshare"))
        .args(["--mount", "--propagation", "private", "/bin/sh", "-c", hide])
        .arg(assert_cmd::cargo::cargo_bin("diptych"))
        .args(["pdf", "--root", "."])
        .arg("--out")
        .arg(target)
        .env("PATH", out)
        .env_remove("DIPTYCH_BROWSER")
        .output()
        .unwrap()
}

#[test]
fn without_a_browser_it_says_where_it_looked_and_writes_nothing() {
    let out = TempDir::new().unwrap();
    let target = out.path().join("public");
    let output = pdf_without_any_browser(out.path(), &target);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no Chromium, Google Chrome or Microsoft Edge was found"),
        "{stderr}"
    );
    assert!(
        stderr.contains("chromium, chromium-browser, google-chrome, google-chrome-stable, chrome, microsoft-edge, msedge on the PATH, and at:"),
        "{stderr}"
    );
    for place in [
        "/opt/google/chrome/chrome",
        "/usr/bin/chromium",
        "/snap/bin/chromium",
        "/opt/microsoft/msedge/msedge",
    ] {
        let listed = stderr.lines().any(|line| line.trim() == place);
        assert!(listed, "{place} missing: {stderr}");
    }
    assert!(
        stderr.contains("install Google Chrome or Microsoft Edge"),
        "{stderr}"
    );
    assert!(stderr.contains("DIPTYCH_BROWSER"), "{stderr}");
    assert!(!target.exists(), "something was written");
}

#[test]
fn a_browser_at_an_install_path_is_found_without_the_path() {
    let out = TempDir::new().unwrap();
    let target = out.path().join("public");
    let output = crate::support::diptych_command()
        .args(["pdf", "--root", ".", "--edition", "nl"])
        .arg("--out")
        .arg(&target)
        .env("PATH", out.path())
        .env_remove("DIPTYCH_BROWSER")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "/usr/bin/chromium was not found: {stderr}"
    );
    assert!(target.join("brochure-nl.pdf").is_file());
}

#[test]
fn a5_paper_is_a_setting() {
    let site = TempDir::new().unwrap();
    for folder in ["content", "i18n", "themes"] {
        copy_dir(Path::new(folder), &site.path().join(folder));
    }
    let config = std::fs::read_to_string("site.yaml")
        .unwrap()
        .replace("paper: A4", "paper: A5");
    std::fs::write(site.path().join("site.yaml"), config).unwrap();
    let output = diptych(site.path(), &["pdf", "--edition", "de"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let info = tool("pdfinfo", &[], &site.path().join("public/brochure-de.pdf"));
    assert!(info.contains("(A5)"), "{info}");
    assert!(!site.path().join("public/brochure-nl.pdf").exists());
}

#[test]
fn a_build_keeps_the_pdfs_while_the_brochure_is_unchanged_and_drops_them_after() {
    let site = crate::support::shipped_site();
    let out = site.path().join("public");
    let printed = diptych(site.path(), &["pdf", "--edition", "de"]);
    assert!(
        printed.status.success(),
        "{}",
        String::from_utf8_lossy(&printed.stderr)
    );
    let stamp = |path: &Path| {
        let metadata = std::fs::metadata(path).unwrap();
        (std::fs::read(path).unwrap(), metadata.modified().unwrap())
    };
    let pdf = out.join("brochure-de.pdf");
    let edition = out.join("de/brochure/index.html");
    let (pdf_before, edition_before) = (stamp(&pdf), stamp(&edition));
    let built = diptych(site.path(), &["build"]);
    assert!(built.status.success());
    assert_eq!(stamp(&pdf), pdf_before, "the PDF was rewritten");
    assert_eq!(
        stamp(&edition),
        edition_before,
        "the edition lost the page numbers the PDF was printed with"
    );
    crate::support::edit(
        site.path(),
        "content/over-mst/contact.de.md",
        "Hier finden Sie",
        "Hier finden Sie jetzt",
    );
    let built = diptych(site.path(), &["build"]);
    let stderr = String::from_utf8_lossy(&built.stderr);
    assert!(built.status.success(), "{stderr}");
    assert!(!pdf.exists(), "a PDF of an older brochure stayed");
    assert!(
        stderr.contains("brochure-de.pdf was removed: the brochure changed since it was printed"),
        "{stderr}"
    );
    assert!(stderr.contains("run `diptych pdf`"), "{stderr}");
}

#[test]
fn page_numbers_that_never_settle_are_warned_about() {
    let site = crate::support::shipped_site();
    // A contents that gains a blank page whenever the first chapter is listed on an odd
    // page: that moves every chapter by one page, which moves the blank page again.
    crate::support::edit(
        site.path(),
        "themes/mst/templates/brochure.html",
        "  </ol>\n</nav>",
        "  </ol>\n{% for chapter in brochure.chapters %}{% if loop.first and chapter.page and chapter.page % 2 == 1 %}<p style=\"break-before: page\">&nbsp;</p>{% endif %}{% endfor %}\n</nav>",
    );
    let output = diptych(site.path(), &["pdf", "--edition", "nl"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let warning = stderr.split("\n\n").next().unwrap();
    assert_eq!(
        warning,
        "warning: the page numbers in the contents of the nl edition did not settle after 4 prints: \
         \"Over MST\" begins on page 4, the contents say 3; \
         \"Strategische koers 2023–2028\" begins on page 8, the contents say 7; \
         \"Topklinische functies\" begins on page 10, the contents say 9; \
         \"MST in de regio\" begins on page 12, the contents say 11; \
         \"Van wetenschap naar zorgpraktijk\" begins on page 16, the contents say 15; \
         \"Contact\" begins on page 19, the contents say 18\n |\n \
         = hint: the PDF was written with the numbers of its last print, so these entries are off; \
         numbers keep moving when the contents change length with them: \
         give the contents in brochure.html some room to spare",
        "{stderr}"
    );
    assert!(site.path().join("public/brochure-nl.pdf").is_file());
}
