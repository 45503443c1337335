//! The step between the desk's "Translation is up to date" button and the record. When
//! the translation QA finds something in the translation (a number that differs from the
//! source, a term to avoid, a heading too many), recording it as up to date would hide
//! that: the desk first lists the findings and asks, with a button to record anyway and a
//! way back to the page. The question is a page made on the server (a form posted again
//! with `confirm=yes`), so it needs no script and passes the same guards as the button.

use std::fmt::Write;
use std::path::Path;

use super::compare::{Confirmed, findings_list, record_form};
use super::{compare_url, escape, page};
use crate::resolve::Site;
use crate::words::text;

/// The page that asks before the translation in `file` is recorded as up to date, when
/// the translation QA finds something in it; `None` when it finds nothing (or `file` is
/// no translation of the site), so that recording goes ahead.
pub(crate) fn confirmation(site: &Site, root: &Path, file: &Path, token: &str) -> Option<String> {
    let default = &site.config.default_language;
    let translation = (site.entries.iter())
        .find(|entry| entry.doc.source == file && entry.doc.lang != *default)?;
    let source = site.get(&translation.doc.key, default)?;
    let findings =
        crate::translation_qa::review_translation(site, &source.doc, &translation.doc, root);
    if findings.is_empty() {
        return None;
    }
    let back = compare_url(&translation.doc.key, &translation.doc.lang);
    let back = html_escape::encode_double_quoted_attribute(&back);
    let mut body = String::new();
    let _ = write!(
        body,
        "<p><a href=\"{back}\">{back_label}</a></p>\n\
         <h1>{question}</h1>\n\
         <p>{found}</p>\n\
         <section aria-labelledby=\"findings\">\n<h2 id=\"findings\">{findings_title}</h2>\n\
         {list}</section>\n{form}\
         <p>{fix_first}</p>\n",
        back_label = text!("confirm-back"),
        question = text!(
            "confirm-question",
            lang = translation.doc.lang.as_str(),
            title = escape(&translation.doc.front.title)
        ),
        found = text!(
            "confirm-found",
            count = findings.len(),
            file = escape(&file.display().to_string())
        ),
        findings_title = text!("desk-findings"),
        list = findings_list(&findings),
        form = record_form(file, token, Confirmed::Yes),
        fix_first = text!("confirm-fix-first", back = back.as_ref()),
    );
    let title = format!(
        "{} – {}",
        text!(
            "confirm-title",
            title = translation.doc.front.title.as_str(),
            lang = translation.doc.lang.as_str()
        ),
        text!("desk-title")
    );
    Some(page(&title, &[], &body))
}
