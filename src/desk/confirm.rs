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
        "<p><a href=\"{back}\">Back to the translation</a></p>\n\
         <h1>Record <span lang=\"{lang}\">{title}</span> as up to date?</h1>\n\
         <p>Check finds {count} in <code>{file}</code>. Recording the translation as up to \
         date says it matches its source: look at each of these first.</p>\n\
         <section aria-labelledby=\"findings\">\n<h2 id=\"findings\">What check finds</h2>\n\
         {list}</section>\n{form}\
         <p><a href=\"{back}\">Back to the translation, to fix it first</a> (nothing is \
         recorded)</p>\n",
        lang = translation.doc.lang,
        title = escape(&translation.doc.front.title),
        count = things(findings.len()),
        file = escape(&file.display().to_string()),
        list = findings_list(&findings),
        form = record_form(file, token, Confirmed::Yes),
    );
    let title = format!(
        "Record {} ({}) as up to date? – Translation desk",
        translation.doc.front.title, translation.doc.lang
    );
    Some(page(&title, &[], &body))
}

/// `1 thing`, `3 things`.
fn things(count: usize) -> String {
    match count {
        1 => "1 thing".to_owned(),
        _ => format!("{count} things"),
    }
}
