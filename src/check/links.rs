//! Dead links in the finished pages, from Markdown and templates alike: addresses or
//! `#fragments` inside the site that lead nowhere.
//!
//! Pages are read with lol_html, an HTML parser, so links are found however the HTML
//! is written: single or double quotes or none, attributes on a line of their own,
//! entities, `srcset` lists.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use lol_html::{HtmlRewriter, Settings, element};

use crate::addresses::{Meant, key_hint};
use crate::assets;
use crate::diagnostic::Diagnostic;
use crate::files::SiteFiles;
use crate::resolve::Site;
use crate::util::text::line_and_column;
use crate::words::{Text, text};

/// What one page offers and asks for: its anchors, and the addresses it refers to.
#[derive(Debug, Default, PartialEq, Eq)]
struct Page {
    /// `id`s, and `name`s of `<a>`: what a `#fragment` may name.
    anchors: BTreeSet<String>,
    /// `href`, `src` and every address of `srcset`, decoded, in order.
    references: Vec<String>,
}

/// Links in the finished pages to addresses or `#fragments` inside the site that do not
/// exist, each reported once where it is written: at the lines of the pages' Markdown
/// that hold it, else at the first template (by name, in `templates`: name → text) that
/// holds it, else at the source of the first page that shows it.
pub(super) fn dead_links(
    files: &SiteFiles,
    site: &Site,
    templates: &BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let base = site.config.base_path.as_str();
    let pages: BTreeMap<&str, Page> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path.as_str(), read_page(bytes)))
        .collect();
    // Each dead link with the site path it leads to, and the pages that show it.
    let mut dead: BTreeMap<&str, (String, BTreeSet<&str>)> = BTreeMap::new();
    for (page, found) in &pages {
        for reference in &found.references {
            let Some((target, fragment)) = internal_target(reference, page, base) else {
                continue;
            };
            let exists = files.contains_key(target.as_str());
            let anchored = match (fragment, pages.get(target.as_str())) {
                (Some(fragment), Some(target_page)) => target_page.anchors.contains(fragment),
                _ => true,
            };
            if !exists || !anchored {
                let shown_on = &mut dead.entry(reference).or_insert((target, BTreeSet::new())).1;
                shown_on.insert(page);
            }
        }
    }
    let places = Places { site, templates };
    dead.into_iter()
        .flat_map(|(href, (target, shown_on))| {
            let message = shown_on_pages(href, &shown_on);
            let asset_hint = asset_hint(files, &target);
            places.of(href, &shown_on).into_iter().map(move |place| {
                let hint = asset_hint.clone().unwrap_or_else(|| place.hint());
                place.diagnostic(message.clone(), hint)
            })
        })
        .collect()
}

/// "the page nl/index.html links to /x/, which does not exist", or "58 pages link to
/// /x/, which does not exist (nl/index.html, …)".
fn shown_on_pages(href: &str, pages: &BTreeSet<&str>) -> Text {
    match (pages.len(), pages.first()) {
        (1, Some(page)) => text!("built-link-to-nothing", page = *page, href = href),
        (count, Some(page)) => text!(
            "built-links-to-nothing",
            count = count,
            href = href,
            page = *page
        ),
        (_, None) => text!("built-link-to-nothing-somewhere", href = href),
    }
}

/// Where the text of a link can be written: the pages' Markdown and the templates.
struct Places<'a> {
    site: &'a Site,
    templates: &'a BTreeMap<String, String>,
}

/// A file, with the text and the offset of a link in it when found there.
struct Place<'a> {
    file: PathBuf,
    found: Option<(&'a str, usize)>,
    written_in: WrittenIn,
}

/// What kind of file a link is written in, for the advice that fits.
#[derive(Clone, Copy)]
enum WrittenIn {
    Markdown,
    Template,
    /// Not found as written: put together by a template, most likely.
    Unknown,
}

impl Places<'_> {
    /// Where `href`, shown on the site paths `shown_on`, is written: each Markdown file of
    /// those pages that holds it, else the first template that does, else (not found,
    /// as when a template puts the address together) the first page's source.
    fn of(&self, href: &str, shown_on: &BTreeSet<&str>) -> Vec<Place<'_>> {
        let mut sources: Vec<&crate::content::Document> = (self.site.entries.iter())
            .filter(|entry| shown_on.contains(crate::render::page_path(entry).as_str()))
            .map(|entry| &*entry.doc)
            .collect();
        sources.sort_by(|a, b| a.source.cmp(&b.source));
        let in_markdown: Vec<Place> = (sources.iter())
            .filter_map(|doc| {
                let at = doc.text().find(href)?;
                Some(Place {
                    file: doc.source.clone(),
                    found: Some((doc.text(), at)),
                    written_in: WrittenIn::Markdown,
                })
            })
            .collect();
        if !in_markdown.is_empty() {
            return in_markdown;
        }
        let base = self.site.config.base_path.as_str();
        let written = [
            Some(href),
            href.strip_prefix(base).filter(|rest| !rest.is_empty()),
        ];
        let in_template = written.into_iter().flatten().find_map(|text| {
            self.templates.iter().find_map(|(name, source)| {
                Some(Place {
                    file: crate::theme::templates_dir(&self.site.config).join(name),
                    found: Some((source.as_str(), source.find(text)?)),
                    written_in: WrittenIn::Template,
                })
            })
        });
        let first_page = || {
            let page = shown_on.first().copied().unwrap_or_default();
            let file =
                (sources.first()).map_or_else(|| PathBuf::from(page), |doc| doc.source.clone());
            Place {
                file,
                found: None,
                written_in: WrittenIn::Unknown,
            }
        };
        vec![in_template.unwrap_or_else(first_page)]
    }
}

impl Place<'_> {
    /// How to mend a link written here.
    fn hint(&self) -> Text {
        match self.written_in {
            WrittenIn::Markdown => key_hint(Meant::APage, "strategie/ambities.md"),
            WrittenIn::Template => text!("built-link-in-template-hint"),
            WrittenIn::Unknown => text!("built-link-somewhere-hint"),
        }
    }

    fn diagnostic(&self, message: Text, hint: Text) -> Diagnostic {
        let diagnostic = Diagnostic::error(message).in_file(&self.file);
        let diagnostic = match self.found {
            Some((text, at)) => {
                let (line, column) = line_and_column(text, at);
                diagnostic.at(text, line, column)
            }
            None => diagnostic,
        };
        diagnostic.with_hint(hint)
    }
}

/// What to do about a link to `target`, a site path that does not exist, when it is an
/// asset: published under another name only, which templates get from `asset()`.
fn asset_hint(files: &SiteFiles, target: &str) -> Option<Text> {
    let hashed = files
        .keys()
        .find(|path| assets::original_name(path) == target && *path != target);
    hashed.map(|hashed| {
        text!(
            "built-link-hashed-hint",
            target = target,
            hashed = hashed.as_str()
        )
    })
}

/// The anchors and references of one page.
fn read_page(html: &[u8]) -> Page {
    let page = RefCell::new(Page::default());
    let attribute = |element: &lol_html::html_content::Element<'_, '_>, name: &str| {
        element
            .get_attribute(name)
            .map(|value| html_escape::decode_html_entities(&value).into_owned())
    };
    let settings = Settings::new()
        .append_element_content_handler(element!("[id]", |element| {
            page.borrow_mut().anchors.extend(attribute(element, "id"));
            Ok(())
        }))
        .append_element_content_handler(element!("a[name]", |element| {
            page.borrow_mut().anchors.extend(attribute(element, "name"));
            Ok(())
        }))
        .append_element_content_handler(element!("[href], [src], [srcset]", |element| {
            let mut page = page.borrow_mut();
            page.references.extend(attribute(element, "href"));
            page.references.extend(attribute(element, "src"));
            if let Some(set) = attribute(element, "srcset") {
                page.references.extend(srcset_addresses(&set));
            }
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    // The pages are ours and already in memory: a parse error can only mean a page
    // cut short, whose links are then read as far as it goes.
    let _ = rewriter.write(html).and_then(|()| rewriter.end());
    page.into_inner()
}

/// The addresses of a `srcset`: `a.png 1x, b.png 2x` → `a.png`, `b.png`.
fn srcset_addresses(set: &str) -> impl Iterator<Item = String> + '_ {
    set.split(',')
        .filter_map(|candidate| candidate.split_whitespace().next())
        .map(str::to_owned)
}

/// The site file and fragment a link inside the site leads to; `None` for links elsewhere.
fn internal_target<'h>(href: &'h str, page: &str, base: &str) -> Option<(String, Option<&'h str>)> {
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment).filter(|f| !f.is_empty())),
        None => (href, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let site_path = if path.is_empty() {
        page.to_owned()
    } else if let Some(inside) = path
        .strip_prefix(base)
        .filter(|_| path.starts_with('/') && !path.starts_with("//"))
    {
        if inside.is_empty() || inside.ends_with('/') {
            format!("{inside}index.html")
        } else {
            inside.to_owned()
        }
    } else {
        return None;
    };
    Some((site_path, fragment))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_targets() {
        assert_eq!(
            internal_target("/nl/a/#x", "nl/index.html", "/"),
            Some(("nl/a/index.html".to_owned(), Some("x")))
        );
        assert_eq!(
            internal_target("#top", "nl/index.html", "/"),
            Some(("nl/index.html".to_owned(), Some("top")))
        );
        assert_eq!(
            internal_target("/sub/style.css", "x", "/sub/"),
            Some(("style.css".to_owned(), None))
        );
        assert_eq!(internal_target("https://example.org/", "x", "/"), None);
        assert_eq!(internal_target("//cdn.example/x", "x", "/"), None);
    }

    #[test]
    fn links_are_found_however_the_html_is_written() {
        let html = "<a href='/a/' id=x>1</a><a\n  class=\"c\"\n  href=\"/b/?q=1&amp;r=2#t&amp;u\">2</a>\
                    <img src=/i.png alt=i srcset=\"/s1.png 1x, /s2.png 2x\"><a name=\"old\"></a>";
        let page = read_page(html.as_bytes());
        assert_eq!(
            page.references,
            ["/a/", "/b/?q=1&r=2#t&u", "/i.png", "/s1.png", "/s2.png"]
        );
        assert_eq!(
            page.anchors,
            BTreeSet::from(["x".to_owned(), "old".to_owned()])
        );
    }
}
