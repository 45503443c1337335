//! The print editions: the whole brochure as one page per edition, laid out for
//! "print to PDF" by the theme's `brochure.html` (cover, contents, chapters, back pages).
//!
//! Chapters come from `brochure` in site.yaml. Markdown is rendered again for print: a
//! link to a page that is in the same edition becomes a link inside the document, others
//! become full addresses, and heading ids get a per-page prefix so they stay unique in one
//! document. The page numbers of the contents come from outside ([`PageNumbers`]), found by
//! printing once and reading where each chapter begins (see `print`).

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::addresses::{Address, Addresses, Lookup};
use crate::alternates::{self, Alternate};
use crate::config::{Brochure, Paper};
use crate::content::Kind;
use crate::diagnostic::Diagnostic;
use crate::files::SiteFiles;
use crate::images::Images;
use crate::lang::Lang;
use crate::markdown::{self, Resolvers};
use crate::render;
use crate::resolve::{Edition, Entry, Site};
use crate::shortcode::Call;
use crate::theme::Templates;
use crate::words::text;

/// In an edition the cover title is the h1 and chapter titles are h2: a chapter's opening
/// text continues at h3 (its `##` becomes `<h3>`); its pages are h3, their text at h4.
const CHAPTER_TEXT_OFFSET: u8 = 1;
const PAGE_TEXT_OFFSET: u8 = 2;

/// The template of every edition.
pub(crate) const TEMPLATE: &str = "brochure.html";

/// For each edition id, the printed page on which each chapter (by id) begins.
pub(crate) type PageNumbers = BTreeMap<String, BTreeMap<String, u32>>;

/// One language's text of a chapter opening or a page.
#[derive(Debug, Serialize)]
struct Version<'a> {
    lang: &'a str,
    title: &'a str,
    content: String,
}

/// A page inside a chapter, in every language of the edition.
#[derive(Debug, Serialize)]
struct Part<'a> {
    id: String,
    versions: Vec<Version<'a>>,
}

/// A chapter: a section's opening and its pages, or a page printed at the back.
#[derive(Debug, Serialize)]
struct Chapter<'a> {
    /// `chapter-3`: the anchor, and the name of its printed pages.
    id: String,
    /// The anchor of its opening text, as for pages: `page-strategie-index` (each
    /// language's version is `<lang>-` that).
    anchor: String,
    /// 1, 2, …; none for back pages.
    number: Option<usize>,
    /// The title in every language of the edition, joined by ` | `: the running head, the
    /// entry in the contents, and the text of the chapter's heading.
    title: String,
    /// The printed page it begins on, once known.
    page: Option<u32>,
    versions: Vec<Version<'a>>,
    parts: Vec<Part<'a>>,
}

/// What `brochure.html` gets as `brochure`.
#[derive(Debug, Serialize)]
struct EditionView<'a> {
    id: &'a str,
    langs: &'a [Lang],
    paper: Paper,
    url: String,
    permalink: String,
    alternates: Vec<Alternate>,
    chapters: Vec<Chapter<'a>>,
}

/// The heading text of a chapter, as `brochure.html` must print it and as the PDF outline
/// then shows it.
pub(crate) fn chapter_title(titles: &[&str]) -> String {
    titles.join(" | ")
}

/// Each chapter's id and title in an edition, in order: what the printed PDF must show.
pub(crate) fn chapter_titles(site: &Site, edition: &Edition) -> Vec<(String, String)> {
    let Some(brochure) = &site.config.brochure else {
        return Vec::new();
    };
    plan(site, brochure, edition)
        .into_iter()
        .map(|chapter| {
            let titles: Vec<&str> = edition
                .langs
                .iter()
                .filter_map(|lang| site.get(chapter.key, lang))
                .map(|entry| entry.doc.front.title.as_str())
                .collect();
            (chapter.id, chapter_title(&titles))
        })
        .collect()
}

/// The keys printed in any edition: each chapter's section and pages, and the back pages.
pub(crate) fn printed_keys(site: &Site) -> BTreeSet<&str> {
    (site.editions().iter())
        .flat_map(|edition| printed_in(site, edition))
        .collect()
}

/// The keys `edition` prints: each chapter's section and pages, and the back pages.
pub(crate) fn printed_in<'a>(site: &'a Site, edition: &Edition) -> BTreeSet<&'a str> {
    let Some(brochure) = &site.config.brochure else {
        return BTreeSet::new();
    };
    (plan(site, brochure, edition).into_iter())
        .flat_map(|chapter| std::iter::once(chapter.key).chain(chapter.pages))
        .collect()
}

/// A chapter's place in an edition, before any text is rendered.
struct ChapterPlan<'a> {
    id: String,
    number: Option<usize>,
    /// The section (or, at the back, the page) it opens with.
    key: &'a str,
    /// Its pages, in order.
    pages: Vec<&'a str>,
}

/// The chapters of an edition: the configured sections with their pages (in the order of
/// the edition's first language, back pages left out), then the back pages.
fn plan<'a>(site: &'a Site, brochure: &'a Brochure, edition: &Edition) -> Vec<ChapterPlan<'a>> {
    let is_back = |key: &str| brochure.back.iter().any(|back| back == key);
    let pages_of = |section: &str| -> Vec<&'a str> {
        site.children(section, &edition.langs[0])
            .into_iter()
            .filter(|entry| entry.doc.kind == Kind::Page && !is_back(&entry.doc.key))
            .map(|entry| entry.doc.key.as_str())
            .collect()
    };
    let numbered = brochure
        .chapters
        .iter()
        .enumerate()
        .map(|(index, key)| (key.as_str(), Some(index + 1), pages_of(key)));
    let back = brochure
        .back
        .iter()
        .map(|key| (key.as_str(), None, Vec::new()));
    numbered
        .chain(back)
        .enumerate()
        .map(|(index, (key, number, pages))| ChapterPlan {
            id: format!("chapter-{}", index + 1),
            number,
            key,
            pages,
        })
        .collect()
}

/// Renders every edition; files by site path, and problems.
pub(crate) fn render_editions(
    site: &Site,
    images: &Images,
    addresses: &Addresses,
    templates: &Templates,
    pages: &PageNumbers,
) -> (SiteFiles, Vec<Diagnostic>) {
    let Some(brochure) = &site.config.brochure else {
        return (SiteFiles::new(), Vec::new());
    };
    if !templates.has(TEMPLATE) {
        let file = templates.path_of(TEMPLATE);
        let problem = Diagnostic::error(text!("brochure-template-missing", template = TEMPLATE))
            .in_file(crate::config::FILE_NAME)
            .with_hint(text!("brochure-template-missing-hint", file = &file));
        return (SiteFiles::new(), vec![problem]);
    }
    let results: Vec<Result<(String, Vec<u8>), Diagnostic>> = site
        .editions()
        .par_iter()
        .map(|edition| {
            let numbers = pages.get(edition.id.as_str());
            let printer = Printer::new(site, images, addresses, templates, brochure, edition);
            render_edition(&printer, brochure, numbers)
        })
        .collect();
    render::collect(results)
}

fn render_edition(
    printer: &Printer,
    brochure: &Brochure,
    numbers: Option<&BTreeMap<String, u32>>,
) -> Result<(String, Vec<u8>), Diagnostic> {
    let (site, templates, edition) = (printer.site, printer.templates, printer.edition);
    let mut chapters = printer.chapters();
    for chapter in &mut chapters {
        chapter.page = numbers.and_then(|n| n.get(&chapter.id)).copied();
    }
    let view = EditionView {
        id: edition.id.as_str(),
        langs: &edition.langs,
        paper: brochure.paper,
        url: format!("{}{}", site.config.base_path, edition.path),
        permalink: site.edition_permalink(edition),
        alternates: alternates::of_editions(site, &site.editions()),
        chapters,
    };
    let mut context = Context::new();
    context.insert("lang", &edition.langs[0]);
    context.insert("site", &render::site_view(site));
    context.insert("brochure", &view);
    let html = templates
        .tera
        .render(TEMPLATE, &context)
        .map_err(|error| templates.diagnostic(&error, TEMPLATE))?;
    Ok((format!("{}index.html", edition.path), html.into_bytes()))
}

/// Lays out one edition.
struct Printer<'a> {
    site: &'a Site,
    images: &'a Images,
    addresses: &'a Addresses,
    templates: &'a Templates,
    edition: &'a Edition,
    plan: Vec<ChapterPlan<'a>>,
    /// Keys printed in this edition, so links to them stay inside the document.
    included: BTreeSet<&'a str>,
}

impl<'a> Printer<'a> {
    fn new(
        site: &'a Site,
        images: &'a Images,
        addresses: &'a Addresses,
        templates: &'a Templates,
        brochure: &'a Brochure,
        edition: &'a Edition,
    ) -> Self {
        let plan = plan(site, brochure, edition);
        let included = plan
            .iter()
            .flat_map(|chapter| std::iter::once(chapter.key).chain(chapter.pages.iter().copied()))
            .collect();
        Printer {
            site,
            images,
            addresses,
            templates,
            edition,
            plan,
            included,
        }
    }

    fn chapters(&self) -> Vec<Chapter<'a>> {
        self.plan
            .iter()
            .map(|chapter| {
                let versions = self.versions(chapter.key, CHAPTER_TEXT_OFFSET);
                let titles: Vec<&str> = versions.iter().map(|v| v.title).collect();
                Chapter {
                    id: chapter.id.clone(),
                    anchor: anchor(chapter.key),
                    number: chapter.number,
                    title: chapter_title(&titles),
                    page: None,
                    versions,
                    parts: chapter
                        .pages
                        .iter()
                        .map(|page| Part {
                            id: anchor(page),
                            versions: self.versions(page, PAGE_TEXT_OFFSET),
                        })
                        .collect(),
                }
            })
            .collect()
    }

    fn versions(&self, key: &str, heading_offset: u8) -> Vec<Version<'a>> {
        self.edition
            .langs
            .iter()
            .filter_map(|lang| self.site.get(key, lang))
            .map(|entry| Version {
                lang: &entry.doc.lang,
                title: &entry.doc.front.title,
                content: self.print_markdown(entry, heading_offset),
            })
            .collect()
    }

    /// The entry's Markdown as printed: links to included pages stay in the document.
    fn print_markdown(&self, entry: &Entry, heading_offset: u8) -> String {
        let lang = entry.doc.lang.as_str();
        let key = |key: &str, fragment: Option<&str>| {
            let target = self.site.entry_for_key(key, lang)?;
            if self.included.contains(target.doc.key.as_str()) {
                let prefix = heading_prefix(&target.doc.lang, &target.doc.key);
                return Ok(match fragment {
                    Some(fragment) => format!("#{prefix}{fragment}"),
                    None => format!("#{}", anchor_in(&target.doc.lang, &target.doc.key)),
                }
                .into());
            }
            let url = self.site.permalink(target);
            Ok(match fragment {
                Some(fragment) => format!("{url}#{fragment}"),
                None => url,
            }
            .into())
        };
        let page_url = self.site.url(entry);
        let address = |href: &str| Ok(self.printed_address(href, &page_url));
        let shortcode = |call: &Call| render::expand_shortcode(self.templates, entry, call);
        let prefix = heading_prefix(lang, &entry.doc.key);
        let images = render::PageImages {
            site: self.site,
            images: self.images,
            page: &entry.doc.source,
            mode: crate::images::Mode::Print,
        };
        let resolvers = Resolvers {
            key: &key,
            address: &address,
            shortcode: &shortcode,
            id_prefix: &prefix,
            heading_offset,
            images: &images,
        };
        markdown::render(entry.doc.body(), entry.doc.body_line, &resolvers).html
    }
}

impl Printer<'_> {
    /// Where a link written as an address on the page at `page_url` leads in print: like
    /// a link by key, into the document when the page is printed in this edition, to the
    /// website otherwise (an address relative to the page would lead elsewhere from the
    /// edition's). `None` keeps it as written: a link elsewhere, or to nothing, which the
    /// web pages report.
    fn printed_address(&self, href: &str, page_url: &str) -> Option<String> {
        let site = self.site;
        let base_path = &site.config.base_path;
        let Ok(Lookup::Found { site_path, address }) =
            self.addresses.look_up(href, page_url, base_path)
        else {
            return None;
        };
        let fragment = (href.split_once('#')).map(|(_, fragment)| fragment);
        let fragment = fragment.filter(|fragment| !fragment.is_empty());
        if let Address::Page { key, lang } = address
            && self.included.contains(key.as_str())
            && self.edition.langs.contains(lang)
        {
            return Some(match fragment {
                Some(fragment) => format!("#{}{fragment}", heading_prefix(lang, key)),
                None => format!("#{}", anchor_in(lang, key)),
            });
        }
        let folder = (site_path.strip_suffix("index.html"))
            .filter(|folder| folder.is_empty() || folder.ends_with('/'))
            .unwrap_or(&site_path);
        let url = format!("{}{folder}", site.config.base_url);
        Some(match fragment {
            Some(fragment) => format!("{url}#{fragment}"),
            None => url,
        })
    }
}

/// The anchor of a page in an edition, the same in every language: `page-strategie-ambities`.
fn anchor(key: &str) -> String {
    format!("page-{}", slug::slugify(key.trim_end_matches(".md")))
}

/// The anchor of one language's text of a page: `nl-page-strategie-ambities`.
fn anchor_in(lang: &str, key: &str) -> String {
    format!("{lang}-{}", anchor(key))
}

/// What heading ids of a page start with in an edition.
fn heading_prefix(lang: &str, key: &str) -> String {
    format!("{}-", anchor_in(lang, key))
}
