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

use crate::assets;
use crate::diagnostic::Diagnostic;
use crate::files::SiteFiles;
use crate::resolve::Site;

/// What one page offers and asks for: its anchors, and the addresses it refers to.
#[derive(Debug, Default, PartialEq, Eq)]
struct Page {
    /// `id`s, and `name`s of `<a>`: what a `#fragment` may name.
    anchors: BTreeSet<String>,
    /// `href`, `src` and every address of `srcset`, decoded, in order.
    references: Vec<String>,
}

/// Links in the finished pages to addresses or `#fragments` inside the site that do not
/// exist, each reported at the page's source file.
pub(super) fn dead_links(files: &SiteFiles, site: &Site) -> Vec<Diagnostic> {
    let base = site.config.base_path.as_str();
    let pages: BTreeMap<&str, Page> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path.as_str(), read_page(bytes)))
        .collect();
    let sources: BTreeMap<String, PathBuf> = site
        .entries
        .iter()
        .map(|entry| (crate::render::page_path(entry), entry.doc.source.clone()))
        .collect();
    let mut problems = BTreeSet::new();
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
                let place = sources
                    .get(*page)
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(page));
                let hint = hint(files, &target);
                problems.insert((place, page.to_string(), reference.clone(), hint));
            }
        }
    }
    problems
        .into_iter()
        .map(|(place, page, href, hint)| {
            Diagnostic::error(format!(
                "the page {page} links to {href}, which does not exist"
            ))
            .in_file(place)
            .with_hint(hint)
        })
        .collect()
}

/// What to do about a link to `target`, a site path that does not exist: an asset is
/// published under another name only, which templates get from `asset()`.
fn hint(files: &SiteFiles, target: &str) -> String {
    let hashed = files
        .keys()
        .find(|path| assets::original_name(path) == target && *path != target);
    match hashed {
        Some(hashed) => format!(
            "{target} is published as {hashed}, a name that changes with its content: \
             write {{{{ asset(path=\"{target}\") }}}} in the template"
        ),
        None => {
            "fix the link in the page's text or in the theme's template that writes it".to_owned()
        }
    }
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
