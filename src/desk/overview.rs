//! The desk's overview (`/_desk/`): every page of the site in one table, a column per
//! language, each cell saying where that translation stands (see
//! [`translations::status`]), with counts per language and filters. Built from the last
//! good rebuild and the translation record as they are now.

use std::fmt::Write;
use std::path::Path;

use super::{DESK_PATH, compare_url, escape, page, page_link};
use crate::diagnostic::Diagnostic;
use crate::resolve::Site;
use crate::translations::{self, PageStatus, Standing};
use crate::words::text;

/// What the translator asked to see: one language, one standing.
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct Filter {
    lang: Option<String>,
    status: Option<String>,
}

/// The desk's overview page.
pub(crate) fn overview(root: &Path, site: &Site, filter: &Filter) -> Result<String, Diagnostic> {
    let records = translations::load(root)?;
    let documents: Vec<_> = (site.entries.iter().map(|e| &*e.doc))
        .chain(site.drafts().iter().map(|draft| &**draft))
        .collect();
    let pages = translations::status(&documents, &records, &site.config);
    let languages: Vec<&str> = site
        .config
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let title = text!("desk-title").to_string();
    let mut body = format!("<h1>{}</h1>\n", escape(&title));
    body.push_str(&counts(&pages, &languages));
    body.push_str(&filters(&languages, filter));
    body.push_str(&table(site, &pages, &languages, filter));
    Ok(page(&title, &[], &body))
}

/// Per language: how many pages stand how, each count a link to those pages.
fn counts(pages: &[PageStatus], languages: &[&str]) -> String {
    let mut html = format!("<h2>{}</h2>\n<ul>\n", text!("desk-per-language"));
    let counts = translations::count(pages, languages);
    for lang in languages {
        let links: Vec<String> = (counts.get(*lang).into_iter().flatten())
            .map(|(standing, n)| {
                let query = format!(
                    "?lang={lang}&amp;status={}",
                    standing.words().replace(' ', "+")
                );
                let label = escape(&standing.label().to_string());
                format!("<a href=\"{DESK_PATH}{query}\">{n} {label}</a>")
            })
            .collect();
        let described = links.join(", ");
        let _ = writeln!(
            html,
            "<li><span lang=\"{lang}\">{lang}</span>: {described}</li>"
        );
    }
    html.push_str("</ul>\n");
    html
}

/// A form that narrows the table to one language or one standing (no script needed).
fn filters(languages: &[&str], filter: &Filter) -> String {
    let option = |value: &str, label: &str, chosen: Option<&str>| {
        let selected = if chosen == Some(value) {
            " selected"
        } else {
            ""
        };
        format!("<option value=\"{value}\"{selected}>{label}</option>")
    };
    let all_languages = text!("desk-all-languages").to_string();
    let any_status = text!("desk-any-status").to_string();
    let langs: String = std::iter::once(option("", &all_languages, filter.lang.as_deref()))
        .chain(
            languages
                .iter()
                .map(|l| option(l, l, filter.lang.as_deref())),
        )
        .collect();
    let statuses: String = std::iter::once(option("", &any_status, filter.status.as_deref()))
        .chain(Standing::ALL.iter().map(|s| {
            let label = escape(&s.label().to_string());
            option(s.words(), &label, filter.status.as_deref())
        }))
        .collect();
    let (language, status, show) = (
        text!("desk-language"),
        text!("desk-status"),
        text!("desk-show"),
    );
    format!(
        "<form method=\"get\" action=\"{DESK_PATH}\">\n\
         <label>{language} <select name=\"lang\">{langs}</select></label>\n\
         <label>{status} <select name=\"status\">{statuses}</select></label>\n\
         <button type=\"submit\">{show}</button>\n</form>\n"
    )
}

/// The link to a translation's view; its accessible name says which, as the visible
/// "compare" repeats in every row.
fn compare_link(key: &str, lang: &str) -> String {
    let url = html_escape::encode_double_quoted_attribute(&compare_url(key, lang)).into_owned();
    let label = escape(&text!("desk-compare-label", key = key, lang = lang).to_string());
    let compare = escape(&text!("desk-compare").to_string());
    format!(" <a href=\"{url}\" class=\"compare\" aria-label=\"{label}\">{compare}</a>")
}

/// One row per page, one column per language.
fn table(site: &Site, pages: &[PageStatus], languages: &[&str], filter: &Filter) -> String {
    let shown = |lang: &str| {
        filter
            .lang
            .as_deref()
            .is_none_or(|l| l.is_empty() || l == lang)
    };
    let mut html = format!(
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>",
        text!("desk-table-caption"),
        text!("desk-page")
    );
    for lang in languages.iter().filter(|l| shown(l)) {
        let _ = write!(
            html,
            "<th scope=\"col\"><span lang=\"{lang}\">{lang}</span></th>"
        );
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for page in pages {
        let cells: Vec<_> = page.languages.iter().filter(|c| shown(&c.lang)).collect();
        let wanted = filter
            .status
            .as_deref()
            .is_none_or(|s| s.is_empty() || cells.iter().any(|c| c.status.words() == s));
        if !wanted {
            continue;
        }
        let _ = write!(
            html,
            "<tr><th scope=\"row\"><code>{}</code></th>",
            escape(&page.key)
        );
        for cell in cells {
            let class = cell.status.words().replace(' ', "-");
            let words = escape(&cell.status.label().to_string());
            let link = site
                .get(&page.key, &cell.lang)
                .map(|entry| format!(" {}", page_link(site, entry)))
                .unwrap_or_default();
            let file = cell
                .file
                .as_ref()
                .map(|f| format!("<br><code>{}</code>", escape(&f.display().to_string())))
                .unwrap_or_default();
            let compare = if cell.status == Standing::Source {
                String::new()
            } else {
                compare_link(&page.key, &cell.lang)
            };
            let _ = write!(
                html,
                "<td class=\"{class}\"><strong>{words}</strong>{compare}{link}{file}</td>"
            );
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html
}
