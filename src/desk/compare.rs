//! A page's desk view: the source and one translation side by side, rendered as on the
//! site and aligned section by section (a section starts at each heading), with what
//! `check` finds in the translation marked in the section it is in; for an outdated
//! translation, what changed in the source since it was recorded; and the button that
//! records the translation as up to date.

use std::fmt::Write;
use std::path::Path;

use super::diff::word_diff;
use super::{RECORD_PATH, escape, page, page_link};
use crate::addresses::Addresses;
use crate::config::Config;
use crate::content::Document;
use crate::diagnostic::Diagnostic;
use crate::images::Images;
use crate::markdown::Rendered;
use crate::pipeline::Snapshot;
use crate::render::page_path;
use crate::render::render_body;
use crate::resolve::{Entry, Site};
use crate::theme::Templates;
use crate::translations::{self, Records, SourceText, Standing};
use crate::words::text;

/// Which page, in which language.
#[derive(Debug, Default, Clone, serde::Deserialize)]
pub(crate) struct Asked {
    /// The page's key: `strategie/ambities.md`.
    pub key: String,
    /// The translation's language.
    pub lang: String,
}

/// Whether the desk may record translations, and the token that proves a request came
/// from its own page.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Recording<'a> {
    /// The button is shown, carrying this token.
    Allowed(&'a str),
    /// The preview is open to the network without `--allow-desk-writes`.
    Off,
}

/// What the view is made from.
pub(crate) struct Inputs<'a> {
    /// The site folder.
    pub root: &'a Path,
    /// The site as last built.
    pub site: &'a Site,
    /// Its images, which the pages show.
    pub images: &'a Images,
    /// Every address of the site, for links written as addresses.
    pub addresses: &'a Addresses,
    /// Its theme, for shortcodes.
    pub templates: &'a Templates,
    /// The built files: the source page's stylesheets make the content look as on the site.
    pub files: &'a Snapshot,
}

/// The desk view of `asked`.
pub(crate) fn compare(
    inputs: &Inputs,
    asked: &Asked,
    recording: Recording,
) -> Result<String, Diagnostic> {
    let site = inputs.site;
    let config = &site.config;
    let pages = asked_pages(site, asked)?;
    let Compared {
        source,
        translation,
        draft,
    } = pages;
    let records = translations::load(inputs.root)?;
    let standing = standing_of(&pages, &asked.lang, &records, config);
    let name = |code: &str| {
        config
            .language(code)
            .map_or(code.to_owned(), |l| l.name.clone())
    };
    let mut body = heading(
        source,
        [&name(&source.doc.lang), &name(&asked.lang)],
        standing,
    );
    body.push_str(&files(site, source, translation, draft.map(|d| &d.source)));
    if let (Some(translation), Standing::Outdated | Standing::NotRecorded) = (translation, standing)
    {
        body.push_str(&record_button(&translation.doc.source, recording));
    }
    if standing == Standing::Outdated {
        let recorded = records
            .get(&asked.key)
            .and_then(|langs| langs.get(&asked.lang));
        let kept = translations::load_sources(inputs.root)?;
        let then = recorded.and_then(|hash| kept.get(&asked.key)?.get(hash));
        body.push_str(&changes(then, &SourceText::of(&source.doc)));
    }
    body.push_str(&match translation {
        Some(translation) => {
            let findings = crate::translation_qa::review_translation(
                site,
                &source.doc,
                &translation.doc,
                inputs.root,
            );
            let names = [name(&source.doc.lang), name(&asked.lang)];
            let names = [names[0].as_str(), names[1].as_str()];
            side_by_side(inputs, [source, translation], &findings, names)
        }
        None => {
            let language = name(&asked.lang);
            let wanted = (asked.lang.as_str(), language.as_str());
            missing(inputs, source, draft.is_some(), wanted)
        }
    });
    let title = format!(
        "{} ({}) – {}",
        source.doc.front.title,
        asked.lang,
        text!("desk-title")
    );
    let built = inputs.files.made(&page_path(source));
    let stylesheets = built.map(|page| stylesheets_of(&page)).unwrap_or_default();
    Ok(page(&title, &stylesheets, &body))
}

/// The pages the desk compares: the source, and the translation or its draft.
#[derive(Clone, Copy)]
struct Compared<'a> {
    source: &'a Entry,
    translation: Option<&'a Entry>,
    draft: Option<&'a Document>,
}

/// The pages `asked` names; a problem when the site has no such page, or does not
/// translate into that language.
fn asked_pages<'a>(site: &'a Site, asked: &Asked) -> Result<Compared<'a>, Diagnostic> {
    let config = &site.config;
    let source = site
        .get(&asked.key, &config.default_language)
        .ok_or_else(|| {
            Diagnostic::error(text!("desk-no-page", key = &asked.key))
                .with_hint(text!("desk-no-page-hint"))
        })?;
    if config.language(&asked.lang).is_none() || config.default_language == asked.lang {
        return Err(
            Diagnostic::error(text!("desk-no-language", lang = &asked.lang))
                .with_hint(text!("desk-no-language-hint")),
        );
    }
    let translation = site.get(&asked.key, &asked.lang);
    let draft = site
        .drafts()
        .iter()
        .find(|d| d.key.as_str() == asked.key && d.lang == asked.lang)
        .map(|draft| &**draft);
    Ok(Compared {
        source,
        translation,
        draft,
    })
}

/// Where the translation of `pages` into `lang` stands.
fn standing_of(pages: &Compared, lang: &str, records: &Records, config: &Config) -> Standing {
    let documents: Vec<&Document> = std::iter::once(&*pages.source.doc)
        .chain(pages.translation.map(|t| &*t.doc))
        .chain(pages.draft)
        .collect();
    translations::status(&documents, records, config)
        .into_iter()
        .flat_map(|page| page.languages)
        .find(|cell| cell.lang == lang)
        .map_or(Standing::Missing, |cell| cell.status)
}

/// The view's heading: the page, the languages `[from, to]` by name, and the standing.
fn heading(source: &Entry, [from, to]: [&str; 2], standing: Standing) -> String {
    let mut heading = String::new();
    let _ = write!(
        heading,
        "<p><a href=\"{desk}\">{desk_title}</a></p>\n\
         <h1><span lang=\"{src}\">{title}</span>: {from} → {to}</h1>\n\
         <p class=\"standing {class}\">{status}: <strong>{words}</strong></p>\n",
        desk = super::DESK_PATH,
        desk_title = text!("desk-title"),
        status = text!("desk-status"),
        src = source.doc.lang,
        title = escape(&source.doc.front.title),
        class = standing.words().replace(' ', "-"),
        words = escape(&standing.label().to_string()),
    );
    heading
}

/// The stylesheets a built page links to.
fn stylesheets_of(page: &[u8]) -> Vec<String> {
    let found = std::cell::RefCell::new(Vec::new());
    let settings = lol_html::Settings::new().append_element_content_handler(lol_html::element!(
        "link[rel=stylesheet][href]",
        |link| {
            if let Some(href) = link.get_attribute("href") {
                found.borrow_mut().push(href);
            }
            Ok(())
        }
    ));
    let mut rewriter = lol_html::HtmlRewriter::new(settings, |_: &[u8]| {});
    // A page that cannot be read only means the desk's own styles are used.
    let _ = rewriter.write(page).and_then(|()| rewriter.end());
    found.into_inner()
}

/// Links to both pages in the preview and their files, for the writer's editor.
fn files(
    site: &Site,
    source: &Entry,
    translation: Option<&Entry>,
    draft: Option<&std::path::PathBuf>,
) -> String {
    let item = |entry: &Entry| {
        format!(
            "<li>{}: <code>{}</code></li>\n",
            page_link(site, entry),
            escape(&entry.doc.source.display().to_string())
        )
    };
    let mut html = String::from("<ul class=\"files\">\n");
    html.push_str(&item(source));
    match (translation, draft) {
        (Some(translation), _) => html.push_str(&item(translation)),
        (None, Some(file)) => {
            let _ = writeln!(
                html,
                "<li>{}: <code>{}</code></li>",
                text!("standing-draft"),
                escape(&file.display().to_string())
            );
        }
        (None, None) => {}
    }
    html.push_str("</ul>\n");
    html
}

/// The form that records the translation as up to date (what `diptych translated FILE`
/// does), or why it is not there.
fn record_button(file: &Path, recording: Recording) -> String {
    match recording {
        Recording::Allowed(token) => record_form(file, token, Confirmed::No),
        Recording::Off => {
            let file = html_escape::encode_text(&file.to_string_lossy()).into_owned();
            format!(
                "<p class=\"record\">{}</p>\n",
                text!("desk-record-off", file = file)
            )
        }
    }
}

/// Whether the translator has seen what check finds and chose to record anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Confirmed {
    /// Not yet: when check finds something, the desk asks first.
    No,
    /// Yes: record without asking.
    Yes,
}

/// The form that asks the preview to record `file` as up to date.
pub(super) fn record_form(file: &Path, token: &str, confirmed: Confirmed) -> String {
    let file = html_escape::encode_double_quoted_attribute(&file.to_string_lossy()).into_owned();
    let (confirm, label) = match confirmed {
        Confirmed::No => ("", text!("desk-record-button")),
        Confirmed::Yes => (
            "<input type=\"hidden\" name=\"confirm\" value=\"yes\">\n",
            text!("desk-record-anyway"),
        ),
    };
    format!(
        "<form method=\"post\" action=\"{RECORD_PATH}\" class=\"record\">\n\
         <input type=\"hidden\" name=\"token\" value=\"{token}\">\n\
         <input type=\"hidden\" name=\"file\" value=\"{file}\">\n{confirm}\
         <button type=\"submit\">{label}</button>\n</form>\n"
    )
}

/// What changed in the source since the translation was recorded, part by part.
fn changes(then: Option<&SourceText>, now: &SourceText) -> String {
    let mut html = format!(
        "<section aria-labelledby=\"changes\" class=\"changes\">\n\
         <h2 id=\"changes\">{}</h2>\n",
        text!("desk-changes")
    );
    let Some(then) = then else {
        let _ = write!(
            html,
            "<p>{}</p>\n</section>\n",
            text!("desk-changes-unknown")
        );
        return html;
    };
    let _ = writeln!(html, "<p>{}</p>", text!("desk-changes-since"));
    let parts = [
        (text!("desk-part-title"), &then.title, &now.title),
        (
            text!("desk-part-description"),
            &then.description,
            &now.description,
        ),
        (text!("desk-part-text"), &then.body, &now.body),
        (text!("desk-part-extra"), &then.extra, &now.extra),
    ];
    let mut any = false;
    for (label, old, new) in parts {
        if let Some(diff) = word_diff(old, new) {
            any = true;
            let _ = write!(
                html,
                "<h3>{label}</h3>\n<div class=\"diff-part\">{diff}</div>\n"
            );
        }
    }
    if !any {
        let _ = writeln!(html, "<p>{}</p>", text!("desk-changes-spacing"));
    }
    html.push_str("</section>\n");
    html
}

/// A row of the side-by-side table: one section of each page.
struct Row {
    source: String,
    translation: String,
    /// The translation's lines this row covers, from its first.
    from_line: usize,
}

/// The source and the translation, section by section, with the findings of `check` in
/// the section of the translation they point into.
fn side_by_side(
    inputs: &Inputs,
    [source, translation]: [&Entry; 2],
    findings: &[Diagnostic],
    names: [&str; 2],
) -> String {
    let rendered = |entry: &Entry| {
        let prefix = format!("{}-", entry.doc.lang);
        render_body(
            inputs.site,
            inputs.images,
            inputs.addresses,
            Some(inputs.templates),
            entry,
            &prefix,
        )
    };
    let (source_body, translation_body) = (rendered(source), rendered(translation));
    let rows = rows(source, translation, &source_body, &translation_body);
    let mut html = String::new();
    let _ = write!(
        html,
        "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">{}</h2>\n{}</section>\n",
        text!("desk-findings"),
        findings_list(findings)
    );
    let _ = write!(
        html,
        "<h2 id=\"side-by-side\">{}</h2>\n<table class=\"side-by-side\">\n\
         <caption>{}</caption>\n\
         <thead><tr><th scope=\"col\" style=\"width:50%\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        text!("desk-side-by-side"),
        text!("desk-side-by-side-caption"),
        escape(&text!("desk-source-column", language = names[0]).to_string()),
        escape(names[1]),
    );
    let ends: Vec<usize> = (rows.iter().skip(1).map(|r| r.from_line))
        .chain([usize::MAX])
        .collect();
    for (row, end) in rows.iter().zip(ends) {
        let marks: String = findings
            .iter()
            .filter(|f| f.line.is_some_and(|l| l >= row.from_line && l < end))
            .map(|f| {
                format!(
                    "<p class=\"qa\">{}</p>\n",
                    escape(&text!("desk-check-says", finding = f.message.clone()).to_string())
                )
            })
            .collect();
        let no_match = format!(
            "<p class=\"qa\">{}</p>\n",
            text!("desk-no-matching-section")
        );
        let empty = |side: &str| {
            if side.trim().is_empty() {
                no_match.as_str()
            } else {
                ""
            }
        };
        let _ = writeln!(
            html,
            "<tr><td lang=\"{sl}\"><div class=\"prose\">{s}</div>{se}</td>\
             <td lang=\"{tl}\">{marks}<div class=\"prose\">{t}</div>{te}</td></tr>",
            sl = source.doc.lang,
            tl = translation.doc.lang,
            s = row.source,
            t = row.translation,
            se = empty(&row.source),
            te = empty(&row.translation),
        );
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// The rows: the title and description, the text before the first heading, then one row
/// per heading, paired in order.
fn rows(
    source: &Entry,
    translation: &Entry,
    source_body: &Rendered,
    translation_body: &Rendered,
) -> Vec<Row> {
    let heading = |entry: &Entry| {
        let description = (entry.doc.front.description.as_deref())
            .map(|d| format!("<p class=\"lead\">{}</p>", escape(d)))
            .unwrap_or_default();
        format!(
            "<p class=\"page-title\">{}</p>{description}",
            escape(&entry.doc.front.title)
        )
    };
    let mut rows = vec![Row {
        source: heading(source),
        translation: heading(translation),
        from_line: 1,
    }];
    let (source_parts, translation_parts) = (sections(source_body), sections(translation_body));
    let count = source_parts.len().max(translation_parts.len());
    for index in 0..count {
        let from_line = match index {
            0 => translation.doc.body_line,
            _ => translation_body
                .sections
                .get(index - 1)
                .map_or(usize::MAX, |s| s.line),
        };
        rows.push(Row {
            source: source_parts.get(index).cloned().unwrap_or_default(),
            translation: translation_parts.get(index).cloned().unwrap_or_default(),
            from_line,
        });
    }
    rows
}

/// The HTML before the first heading, then from each heading to the next.
fn sections(body: &Rendered) -> Vec<String> {
    let cuts: Vec<usize> = std::iter::once(0)
        .chain(body.sections.iter().map(|s| s.at))
        .chain([body.html.len()])
        .collect();
    cuts.windows(2)
        .map(|cut| body.html[cut[0]..cut[1]].trim().to_owned())
        .collect()
}

/// The findings as a list with their lines.
pub(super) fn findings_list(findings: &[Diagnostic]) -> String {
    if findings.is_empty() {
        return format!("<p>{}</p>\n", text!("desk-nothing-found"));
    }
    let mut html = String::from("<ul class=\"qa-list\">\n");
    for finding in findings {
        let line = finding
            .line
            .map(|l| format!("{}: ", text!("desk-line", line = l)))
            .unwrap_or_default();
        let hint = (finding.hint.as_ref())
            .map(|h| format!(" <span class=\"hint\">({})</span>", escape(&h.to_string())))
            .unwrap_or_default();
        let _ = writeln!(
            html,
            "<li>{line}{}{hint}</li>",
            escape(&finding.message.to_string())
        );
    }
    html.push_str("</ul>\n");
    html
}

/// The view of a page not translated yet: the source, and the file to create.
fn missing(inputs: &Inputs, source: &Entry, draft: bool, (lang, language): (&str, &str)) -> String {
    let language = escape(language);
    let what = if draft {
        text!("desk-translation-is-draft", language = language)
    } else {
        let file = translation_file(&source.doc.source, &source.doc.lang, lang);
        let file = escape(&file.display().to_string());
        text!("desk-translation-missing", language = language, file = file)
    };
    let body = render_body(
        inputs.site,
        inputs.images,
        inputs.addresses,
        Some(inputs.templates),
        source,
        "",
    );
    format!(
        "<p>{what}</p>\n<h2 id=\"source\">{}</h2>\n<div class=\"prose\" lang=\"{}\">{}</div>\n",
        text!("desk-the-source"),
        source.doc.lang,
        body.html
    )
}

/// Where the translation of `source` (in `from`) into `to` goes: `contact.nl.md` →
/// `contact.de.md`, and `contact.md` (the default language unnamed) → `contact.de.md`.
fn translation_file(source: &Path, from: &str, to: &str) -> std::path::PathBuf {
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let stem = (name.strip_suffix(".md"))
        .map(|stem| stem.strip_suffix(&format!(".{from}")).unwrap_or(stem))
        .unwrap_or(&name);
    source.with_file_name(format!("{stem}.{to}.md"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_goes_next_to_its_source_with_its_language_in_the_name() {
        let file = |source: &str| translation_file(Path::new(source), "nl", "de");
        assert_eq!(
            file("content/over-mst/contact.nl.md"),
            Path::new("content/over-mst/contact.de.md")
        );
        assert_eq!(file("content/_index.md"), Path::new("content/_index.de.md"));
    }
}
