//! `diptych check`: everything a build would report, and what only a careful reader would
//! notice: stale translations, UI texts that differ between languages or that no template
//! uses, links in the finished pages that lead nowhere, drafts that would be left out.
//! Nothing is written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::build::{self, BuildOptions};
use crate::config::{self, Config};
use crate::content;
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::{self, I18n};
use crate::render::SiteFiles;
use crate::resolve::Site;
use crate::theme::{self, TemplateSources};
use crate::translations;

/// Every problem of the site, sorted; under `options.strict` warnings count as errors.
pub fn check(options: &BuildOptions) -> Vec<Diagnostic> {
    let lenient = BuildOptions {
        strict: false,
        ..options.clone()
    };
    let mut problems = match build::render(&lenient) {
        Ok(rendered) => {
            let mut problems = rendered.warnings;
            problems.extend(dead_links(&rendered.files, &rendered.site));
            problems
        }
        Err(problems) => problems,
    };
    if let Ok(config) = config::load(&options.root, options.base_url.as_deref()) {
        problems.extend(careful_reading(options, &config));
    }
    if options.strict {
        problems = problems.into_iter().map(Diagnostic::into_error).collect();
    }
    diagnostic::sort(&mut problems);
    problems.dedup();
    problems
}

/// The checks beyond a build, which need only the site's files.
fn careful_reading(options: &BuildOptions, config: &Config) -> Vec<Diagnostic> {
    let root = &options.root;
    let loaded = content::load(root, config, true, &Default::default());
    let mut problems = Vec::new();
    match translations::load(root) {
        Ok(records) => problems.extend(translations::stale(&loaded.documents, &records, config)),
        Err(problem) => problems.push(problem),
    }
    if !options.drafts {
        problems.extend(loaded.documents.iter().filter(|doc| doc.front.draft).map(|doc| {
            Diagnostic::warning("this page is a draft: it is left out of the site")
                .in_file(&doc.source)
                .with_hint("remove `draft: true` when it is ready, or build with --drafts to preview it")
        }));
    }
    if let (Ok(i18n), Ok(templates)) = (
        i18n::load(root, config),
        theme::read_templates(root, config),
    ) {
        problems.extend(differing_messages(&i18n, config));
        problems.extend(unused_messages(&i18n, config, &templates));
    }
    problems
}

/// Messages whose variables or attributes differ from the default language's.
fn differing_messages(i18n: &I18n, config: &Config) -> Vec<Diagnostic> {
    let Some(model) = i18n.messages(&config.default_language) else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    for language in config
        .languages
        .iter()
        .filter(|l| l.code != config.default_language)
    {
        let Some(messages) = i18n.messages(&language.code) else {
            continue;
        };
        for (id, theirs) in messages {
            let Some(ours) = model.get(id) else {
                continue;
            };
            for (what, a, b) in [
                ("variables", &ours.variables, &theirs.variables),
                ("attributes", &ours.attributes, &theirs.attributes),
            ] {
                if a != b {
                    problems.push(
                        Diagnostic::warning(format!(
                            "the UI text `{id}` uses the {what} {} here, but {} in {}",
                            names(b),
                            names(a),
                            i18n::ftl_path(&config.default_language).display()
                        ))
                        .in_file(i18n::ftl_path(&language.code))
                        .at(i18n.source(&language.code), theirs.line, 1)
                        .with_hint("a translation takes the same `$variables` and `.attributes` as its source"),
                    );
                }
            }
        }
    }
    problems
}

fn names(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "none".to_owned()
    } else {
        set.iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Messages that no template asks for (`t(key="…")`) and no other message refers to.
fn unused_messages(i18n: &I18n, config: &Config, templates: &TemplateSources) -> Vec<Diagnostic> {
    let Some(model) = i18n.messages(&config.default_language) else {
        return Vec::new();
    };
    let referenced: BTreeSet<&String> = model.values().flat_map(|m| &m.references).collect();
    model
        .iter()
        .filter(|(id, _)| !referenced.contains(id))
        .filter(|(id, _)| templates.using_text(id).is_empty())
        .map(|(id, message)| {
            Diagnostic::warning(format!("no template uses the UI text `{id}`"))
                .in_file(i18n::ftl_path(&config.default_language))
                .at(i18n.source(&config.default_language), message.line, 1)
                .with_hint(
                    "remove it from every .ftl file, or use it in a template with t(key=\"…\")",
                )
        })
        .collect()
}

/// Links in the finished pages (from Markdown and templates alike) to addresses or
/// `#fragments` inside the site that do not exist.
fn dead_links(files: &SiteFiles, site: &Site) -> Vec<Diagnostic> {
    let base = site.config.base_path.as_str();
    let ids: BTreeMap<&str, BTreeSet<&str>> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .filter_map(|(path, bytes)| Some((path.as_str(), std::str::from_utf8(bytes).ok()?)))
        .map(|(path, html)| (path, attribute_values(html, "id").collect()))
        .collect();
    let sources: BTreeMap<String, PathBuf> = site
        .entries
        .iter()
        .map(|entry| {
            (
                format!("{}index.html", entry.path),
                entry.doc.source.clone(),
            )
        })
        .collect();
    let mut problems = BTreeSet::new();
    for (page, bytes) in files.iter().filter(|(path, _)| path.ends_with(".html")) {
        let Ok(html) = std::str::from_utf8(bytes) else {
            continue;
        };
        for href in attribute_values(html, "href").chain(attribute_values(html, "src")) {
            let Some((target, fragment)) = internal_target(href, page, base) else {
                continue;
            };
            let exists = files.contains_key(&target);
            let anchored = match (fragment, ids.get(target.as_str())) {
                (Some(fragment), Some(found)) => found.contains(fragment),
                _ => true,
            };
            if !exists || !anchored {
                let place = sources
                    .get(page)
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(page));
                problems.insert((place, page.clone(), href.to_owned()));
            }
        }
    }
    problems
        .into_iter()
        .map(|(place, page, href)| {
            Diagnostic::error(format!(
                "the page {page} links to {href}, which does not exist"
            ))
            .in_file(place)
            .with_hint("fix the link in the page's text or in the theme's template that writes it")
        })
        .collect()
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

/// The values of an attribute in HTML written by diptych's templates (double quotes).
fn attribute_values<'h>(html: &'h str, name: &str) -> impl Iterator<Item = &'h str> {
    let needle = format!(" {name}=\"");
    let skip = needle.len();
    html.match_indices(needle.as_str())
        .map(|(at, _)| &html[at + skip..])
        .filter_map(|rest| rest.split_once('"').map(|(value, _)| value))
        .collect::<Vec<_>>()
        .into_iter()
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
    fn attributes_are_found() {
        let html = r#"<a href="/a/" id="x"><b id="y">"#;
        assert_eq!(attribute_values(html, "id").collect::<Vec<_>>(), ["x", "y"]);
        assert_eq!(attribute_values(html, "href").collect::<Vec<_>>(), ["/a/"]);
    }
}
