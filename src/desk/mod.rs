//! The translation desk: the pages a translator works from while `diptych serve` runs,
//! served under `/_desk/` and never written by `build`. The overview says where every
//! page stands in every language ([`translations::status`](crate::translations::status));
//! a page's view puts the source and a translation side by side with what `check` finds
//! and what changed in the source; before recording a translation that check finds
//! something in, the desk asks ([`confirmation`]). The pages are made from the engine's own parts: the
//! last good build, the Markdown renderer, the translation QA and record.
//!
//! A feature on the top floors (docs/architecture.md): only the preview server uses it.

mod compare;
mod confirm;
mod diff;
mod overview;

pub(crate) use compare::{Asked, Inputs, Recording, compare};
pub(crate) use confirm::confirmation;
pub(crate) use overview::{Filter, overview};

/// Where the desk's overview is served.
pub(crate) const DESK_PATH: &str = "/_desk/";
/// Where a page's view is served (`?key=…&lang=…`).
pub(crate) const COMPARE_PATH: &str = "/_desk/compare";
/// Where the "up to date" button sends its form.
pub(crate) const RECORD_PATH: &str = "/_desk/translated";

/// What a key or language code must have encoded in a query: all but letters, digits
/// and the characters of a path (`strategie/_index.md` stays readable).
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The address of a page's view.
pub(crate) fn compare_url(key: &str, lang: &str) -> String {
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, QUERY_VALUE).to_string();
    format!("{COMPARE_PATH}?key={}&lang={}", encode(key), encode(lang))
}

/// A desk page: its title, the site's stylesheets (so that content looks as on the
/// site), the desk's own styles, and `body` inside `<main>`; in the writer's language.
fn page(title: &str, stylesheets: &[String], body: &str) -> String {
    let links: String = stylesheets
        .iter()
        .map(|href| {
            format!(
                "<link rel=\"stylesheet\" href=\"{}\">\n",
                html_escape::encode_double_quoted_attribute(href)
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n{links}<style>{STYLE}</style>\n</head>\n<body>\n\
         <main class=\"desk\">\n{body}</main>\n</body>\n</html>\n",
        crate::words::language().code(),
        escape(title)
    )
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;color:#1d2733;background:#fff}\
.desk{max-width:none;margin:0;padding:1rem 2rem 3rem}\
.desk table{border-collapse:collapse;width:100%}\
.desk th,.desk td{border-bottom:1px solid #ccd;padding:.4rem .8rem;text-align:left;vertical-align:top}\
.desk caption{text-align:left;font-weight:bold;padding:.4rem 0}\
.outdated,.missing,.not-recorded,.not-translated{font-weight:bold}\
.side-by-side td{width:50%}\
.side-by-side .prose>:first-child{margin-top:0}\
.page-title{font-size:1.3rem;font-weight:bold;margin:0 0 .4rem}\
.qa{background:#fff4d6;border-left:4px solid #8a5a00;padding:.2rem .6rem;margin:0 0 .6rem}\
.changes{border:1px solid #ccd;padding:0 1rem 1rem;margin:1rem 0}\
.diff,.same{white-space:pre-wrap}\
.same{color:#4a5563;font-style:italic}\
del{background:#fde2e2;color:#8b1a1a}\
ins{background:#dff3e4;color:#14532d}del+ins{margin-left:.25em}\
.record button{font-size:1rem;padding:.4rem 1rem;cursor:pointer}\
.files code{overflow-wrap:anywhere}";

/// A link to `entry` in the preview, named by its title, in its language.
fn page_link(site: &crate::resolve::Site, entry: &crate::resolve::Entry) -> String {
    format!(
        "<a href=\"{}\" lang=\"{}\">{}</a>",
        html_escape::encode_double_quoted_attribute(&site.url(entry)),
        entry.doc.lang,
        escape(&entry.doc.front.title)
    )
}

fn escape(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}
