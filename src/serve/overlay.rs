//! What a served page gets that a built one never has: the script that reloads it after a
//! rebuild (keeping the reader's scroll position), and, when the last rebuild failed, a
//! panel over the page with each problem: file, line, the quoted line and the hint. The
//! panel's own words are built in, per language, so a broken `.ftl` cannot break them.
//! Notes about drafts go at the top of a page ([`put_on_top`]).

use crate::diagnostic::Diagnostic;

/// The panel's words: title, and the line under it.
fn labels(lang: &str) -> (&'static str, &'static str) {
    match lang.split('-').next().unwrap_or(lang) {
        "nl" => (
            "De site kan niet worden gebouwd",
            "Hieronder staat de laatste versie die wel lukte. Sla de verbetering op, dan verdwijnt dit venster.",
        ),
        "de" => (
            "Die Website kann nicht erstellt werden",
            "Darunter steht die letzte Fassung, die gelang. Speichern Sie die Korrektur, dann verschwindet dieses Fenster.",
        ),
        _ => (
            "The site cannot be built",
            "Underneath is the last version that built. Save the fix and this panel goes away.",
        ),
    }
}

/// What the panel is shown over when a file made on request (the sitemap, a print
/// edition) could not be made: there is no last good version of it to show.
pub(super) const BLANK_PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>diptych</title></head><body></body></html>";

/// Reloads the page on every rebuild, back at the same scroll position.
const RELOAD_SCRIPT: &str = r#"<script>(function () {
  var key = "diptych-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, +saved); }
  var events = new EventSource("/__diptych/events");
  events.addEventListener("reload", function () {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
})();</script>"#;

/// `page` with the reload script, and the panel when there are `problems`.
pub(super) fn inject(page: &[u8], problems: &[Diagnostic], lang: &str) -> Vec<u8> {
    let mut addition = String::from(RELOAD_SCRIPT);
    if !problems.is_empty() {
        addition.push_str(&panel(problems, lang));
    }
    let text = String::from_utf8_lossy(page);
    let at = text.rfind("</body>").unwrap_or(text.len());
    let mut served = String::with_capacity(text.len() + addition.len());
    served.push_str(&text[..at]);
    served.push_str(&addition);
    served.push_str(&text[at..]);
    served.into_bytes()
}

/// `page` with `html` at the top of its body, before everything the theme puts there.
pub(super) fn put_on_top(page: &[u8], html: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    let at = text
        .find("<body")
        .and_then(|body| Some(body + text[body..].find('>')? + 1))
        .unwrap_or(0);
    let mut served = String::with_capacity(text.len() + html.len());
    served.push_str(&text[..at]);
    served.push_str(html);
    served.push_str(&text[at..]);
    served.into_bytes()
}

fn panel(problems: &[Diagnostic], lang: &str) -> String {
    let (title, note) = labels(lang);
    let items: String = problems
        .iter()
        .map(|problem| format!("<li><pre>{}</pre></li>", escape(&problem.to_string())))
        .collect();
    format!(
        "<div id=\"diptych-problems\" role=\"alertdialog\" aria-labelledby=\"diptych-problems-title\" \
         style=\"position:fixed;top:1rem;left:1rem;right:1rem;max-height:60vh;z-index:2147483647;overflow:auto;background:#fff;color:#1a1a1a;box-shadow:0 .5rem 2rem rgba(0,0,0,.35);\
         border:3px solid #a40000;border-radius:6px;padding:1rem 1.5rem;font:16px/1.5 system-ui,sans-serif\">\
         <h2 id=\"diptych-problems-title\" style=\"color:#a40000;margin:0 0 .25rem\">{title}</h2>\
         <p style=\"margin:0 0 1rem\">{note}</p><ol style=\"padding-left:1.25rem\">{items}</ol></div>"
    )
}

fn escape(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_gets_the_script_and_a_problem_the_panel_in_its_language() {
        let page = b"<html><body><p>Tekst</p></body></html>";
        let plain = String::from_utf8(inject(page, &[], "nl")).unwrap();
        assert!(plain.contains("EventSource(\"/__diptych/events\")"));
        assert!(!plain.contains("diptych-problems"));
        assert!(plain.ends_with("</script></body></html>"));
        let problem = Diagnostic::error("unknown key `<titel>`").in_file("content/a.de.md");
        let broken = String::from_utf8(inject(page, &[problem], "de")).unwrap();
        assert!(broken.contains("Die Website kann nicht erstellt werden"));
        assert!(broken.contains("unknown key `&lt;titel&gt;`"));
        assert!(broken.contains("content/a.de.md"));
        assert!(broken.contains("<p>Tekst</p>"), "the page stays underneath");
    }

    #[test]
    fn a_note_goes_first_in_the_body_or_first_of_all_without_one() {
        let page = b"<html><body class=\"page\"><p>Tekst</p></body></html>";
        let noted = String::from_utf8(put_on_top(page, "<div>note</div>")).unwrap();
        assert_eq!(
            noted,
            "<html><body class=\"page\"><div>note</div><p>Tekst</p></body></html>"
        );
        let bare = String::from_utf8(put_on_top(b"<p>Tekst</p>", "<div>note</div>")).unwrap();
        assert_eq!(bare, "<div>note</div><p>Tekst</p>");
    }
}
