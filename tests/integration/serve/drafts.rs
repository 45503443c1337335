//! Drafts in the preview and the desk's question before recording, through the real
//! binary: a page `new` made is served at the address `new` printed, with a band that says
//! it is a draft (in the page's language), the print editions that print it name it in a
//! band of their own, and neither is built or banded in `build`; under
//! `--no-drafts` the 404 page names the draft's file; the desk asks before recording a
//! translation that check finds something in, and the question passes the same guards.

use super::Server;
use crate::support::{
    diptych, edit, read, shipped_site, shipped_site_with_an_unwritten_translation,
    shipped_site_with_one_outdated_and_one_missing_translation, walk,
};

/// The note the preview put at the top of `page`.
fn note_of(page: &str) -> &str {
    let start = page
        .find("<div role=\"region\"")
        .unwrap_or_else(|| panic!("no note:\n{page}"));
    let end = start + page[start..].find("</div>").unwrap() + "</div>".len();
    &page[start..end]
}

#[test]
fn a_new_page_is_served_with_a_draft_band_at_the_address_new_printed_and_never_built() {
    let site = shipped_site();
    let root = site.path();
    let made = diptych(root, &["new", "strategie/visie"]);
    assert!(made.status.success());
    let printed = String::from_utf8_lossy(&made.stdout).into_owned();
    insta::assert_snapshot!(printed);
    let server = Server::start(root);
    for (path, word) in [
        ("/nl/strategie/visie/", "<strong>Concept</strong>"),
        ("/de/strategie/visie/", "<strong>Entwurf</strong>"),
    ] {
        assert!(printed.contains(&format!("http://127.0.0.1:1111{path}")));
        let page = server.get(path);
        let band = note_of(&page);
        assert!(band.contains(word), "{band}");
        assert!(band.contains("<code>draft: true</code>"), "{band}");
        let body = page.find("<body").unwrap();
        assert!(
            page[body..].find("<div role=\"region\"").unwrap() < page[body..].find("<h1").unwrap(),
            "the band comes before the page's own content"
        );
    }
    let published = server.get("/nl/strategie/pijlers/");
    assert!(!published.contains("diptych-draft"), "{published}");
    // The brochure prints the section's pages, the draft too: its editions say so.
    for (path, words) in [
        ("/nl/brochure/", "Deze editie drukt concepten af"),
        ("/de/brochure/", "Diese Ausgabe druckt Entwürfe"),
        ("/brochure/", "Deze editie drukt concepten af"),
    ] {
        let edition = server.get(path);
        let band = note_of(&edition);
        assert!(band.contains(words), "{path}: {band}");
        assert!(band.contains(": Visie."), "{path}: {band}");
    }
    assert!(server.interrupt().success());
    let with_drafts = root.join("with-drafts");
    let with_drafts = with_drafts.to_str().unwrap();
    for args in [&["build"][..], &["build", "--drafts", "--out", with_drafts]] {
        let built = diptych(root, args);
        assert!(built.status.success(), "{args:?}");
    }
    assert!(!root.join("public/nl/strategie/visie").exists());
    assert!(
        root.join("with-drafts/nl/strategie/visie/index.html")
            .is_file()
    );
    for out in ["public", "with-drafts"] {
        for file in walk(&root.join(out)) {
            let bytes = std::fs::read(&file).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains("diptych-draft"), "{}", file.display());
        }
    }
}

#[test]
fn without_drafts_the_preview_404_names_the_drafts_file_and_what_to_do() {
    let site = shipped_site();
    let root = site.path();
    assert!(diptych(root, &["new", "strategie/visie"]).status.success());
    let server = Server::start_with(root, &["--no-drafts"]);
    let (status, page) = server.request("GET", "/nl/strategie/visie/");
    assert_eq!(status, 404, "{page}");
    let dutch = note_of(&page).to_owned();
    let (status, page) = server.request("GET", "/de/strategie/visie");
    assert_eq!(status, 404, "asked without the closing slash:\n{page}");
    let german = note_of(&page).to_owned();
    let (status, page) = server.request("GET", "/de/strategie/nirgends/");
    assert_eq!(status, 404);
    assert!(
        !page.contains("<div role=\"region\""),
        "no draft there:\n{page}"
    );
    // Drafts made while the preview runs (a page in a section that is a draft too).
    assert!(diptych(root, &["new", "jaarverslag"]).status.success());
    let german_section = "content/jaarverslag/_index.de.md";
    edit(
        root,
        german_section,
        "slug: jaarverslag",
        "slug: jahresbericht",
    );
    let made = diptych(root, &["new", "jaarverslag/bericht"]);
    assert!(made.status.success());
    for (path, file) in [
        (
            "/nl/jaarverslag/bericht/",
            "content/jaarverslag/bericht.nl.md",
        ),
        (
            "/de/jahresbericht/bericht/",
            "content/jaarverslag/bericht.de.md",
        ),
    ] {
        let page = server.wait_for(path, "the note", |page| page.contains(file));
        assert!(note_of(&page).contains(&format!("<code>{file}</code>")));
    }
    insta::assert_snapshot!(format!("{dutch}\n\n{german}"));
    assert!(server.interrupt().success());
}

/// `pijlers` in German with a number that differs from its source: check finds it.
fn site_with_a_number_slip() -> tempfile::TempDir {
    let site = shipped_site_with_one_outdated_and_one_missing_translation();
    edit(
        site.path(),
        "content/strategie/pijlers.de.md",
        "2023–2028",
        "2023–2029",
    );
    site
}

#[test]
fn the_desk_asks_before_recording_a_translation_check_finds_something_in() {
    let site = site_with_a_number_slip();
    let root = site.path();
    let server = Server::start(root);
    let record = || read(root, "content/translations.yaml");
    let before = record();
    let form = super::record_form(&server, "strategie/pijlers.md");
    let own = format!("Origin: http://localhost:{}\r\n", server.port());
    let (status, asked) = server.send("POST", "/_desk/translated", &own, &form);
    assert_eq!(status, 200, "{asked}");
    assert_eq!(record(), before, "asking records nothing");
    let main = asked
        .split("<main class=\"desk\">\n")
        .nth(1)
        .and_then(|rest| rest.split("</main>").next())
        .unwrap_or_else(|| panic!("no page:\n{asked}"));
    let token = form.split('&').next().unwrap().trim_start_matches("token=");
    insta::assert_snapshot!(main.replace(token, "[token]"));
    let confirmed = format!("{form}&confirm=yes");
    for (headers, body, what) in [
        (
            own.as_str(),
            confirmed.replace(token, "0123"),
            "with a wrong token",
        ),
        (
            "Origin: http://elsewhere.example\r\n",
            confirmed.clone(),
            "from another origin",
        ),
        (
            "Sec-Fetch-Site: cross-site\r\n",
            confirmed.clone(),
            "from another site",
        ),
    ] {
        let (status, response) = server.send("POST", "/_desk/translated", headers, &body);
        assert_eq!(status, 403, "confirmed {what}:\n{response}");
        assert_eq!(record(), before, "a confirmation {what} changed the record");
    }
    let (status, response) = server.send("POST", "/_desk/translated", &own, &confirmed);
    assert_eq!(status, 303, "{response}");
    assert_ne!(record(), before);
    let view = server.get("/_desk/compare?key=strategie/pijlers.md&lang=de");
    assert!(
        view.contains("Status: <strong>up to date</strong>"),
        "{view}"
    );
    assert!(server.interrupt().success());
}

#[test]
fn the_desk_shows_a_translation_never_written_as_not_translated_with_nothing_to_record() {
    let site = shipped_site_with_an_unwritten_translation();
    let server = Server::start(site.path());
    let desk = server.get("/_desk/");
    assert!(desk.contains(">1 not translated</a>"), "{desk}");
    let view = server.get("/_desk/compare?key=strategie/visie.md&lang=de");
    assert!(
        view.contains("Status: <strong>not translated</strong>"),
        "{view}"
    );
    assert!(!view.contains("<form"), "nothing to record:\n{view}");
    assert!(server.interrupt().success());
}
