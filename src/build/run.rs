//! One rendering of the site into a [`Sink`]: every page that is not current, in
//! parallel, with the sitemap, the language chooser and the print editions alongside;
//! then the checks that need every page (fragments of links by key).

use std::collections::{BTreeMap, HashSet};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::affected::Affected;
use super::editions::Editions;
use super::fingerprint::{Fingerprints, GlobalInputs};
use super::{BuildOptions, Prepared, Sink, finish};
use crate::brochure::PageNumbers;
use crate::cache::{Manifest, PrintRecord};
use crate::diagnostic::Diagnostic;
use crate::files::SiteFiles;
use crate::headers;
use crate::key::Lookup;
use crate::markdown::{FragmentLink, Heading};
use crate::output::{Made, Produced};
use crate::render::{self, Page};
use crate::util::hash::{self, Fingerprint};

/// What the rendering is for.
#[derive(Clone, Copy)]
pub(super) enum Mode<'a> {
    /// A build: every file is made (or found current) now.
    Build,
    /// A preview, which shows a changed page without waiting for the rest: the aggregates
    /// that grow with the site (the sitemap, the print editions) are left to make when
    /// first asked for, and, when an edit is known, only the pages it may have changed
    /// are looked at.
    Preview(Option<&'a Affected>),
}

/// What rendering into a sink gave.
pub(super) struct Run {
    /// Every file of the site, made now or kept; when `partial`, of the pages only those
    /// an edit may have changed (the others are as they were). Pages come first.
    pub(super) produced: Vec<Produced>,
    /// The entries (by position) of the pages at the start of `produced`, in that order.
    pub(super) pages: Vec<usize>,
    /// Whether only the pages an edit may have changed were looked at.
    pub(super) partial: bool,
    /// Per print edition: the fingerprint of its inputs, page numbers aside.
    pub(super) editions: BTreeMap<String, Fingerprint>,
    /// The printed editions whose PDFs stay.
    pub(super) prints: BTreeMap<String, PrintRecord>,
    /// Problems that did not stop the build.
    pub(super) warnings: Vec<Diagnostic>,
    /// The aggregates left to make when first asked for (site path, fingerprint), and the
    /// page numbers the print editions show.
    pub(super) later: (Vec<(String, Fingerprint)>, PageNumbers),
    /// The fingerprint of what every file depends on (see [`Fingerprints::global`]).
    pub(super) global: Fingerprint,
    /// How many image files were encoded (the others were current or in the cache).
    pub(super) images_encoded: usize,
}

/// Renders every file that is not current in `sink` and hands it over; `previous` is the
/// last build's manifest (the keys each page looked up, the printed editions).
pub(super) fn run(
    prepared: &Prepared,
    options: &BuildOptions,
    previous: &Manifest,
    sink: &dyn Sink,
    mode: Mode,
) -> Result<Run, Vec<Diagnostic>> {
    let (now, affected) = match mode {
        Mode::Build => (true, None),
        Mode::Preview(affected) => (false, affected),
    };
    let site = &prepared.site;
    let fingerprints = Fingerprints::new(
        site,
        &prepared.images,
        &GlobalInputs {
            config: &site.config,
            templates: &prepared.template_sources,
            ui_texts: prepared.i18n.sources(),
            assets: prepared.assets.names(),
            drafts: options.drafts,
        },
    );
    let mut problems = prepared.warnings.clone();
    let mut produced = Vec::new();
    let mut tocs = FxHashMap::default();
    let mut fragment_links = Vec::new();
    let site_files = fingerprints.of_site_files();
    let editions = Editions::plan(prepared, options, previous, &fingerprints);
    let light: Vec<&str> = render::SITE_FILES
        .into_iter()
        .filter(|path| now || *path != render::SITEMAP)
        .collect();
    // The aggregates (sitemap, print editions) render alongside the pages, not after them.
    let partial = affected.and_then(|a| a.entries(fingerprints.global()));
    let (pages, ((made, site_failures), (edition_files, edition_failures))) = rayon::join(
        || render_pages(prepared, sink, &fingerprints, partial),
        || {
            rayon::join(
                || render_site_files(prepared, sink, site_files, &light),
                || match now {
                    true => editions.render(prepared, sink),
                    false => Default::default(),
                },
            )
        },
    );
    problems.extend(site_failures);
    problems.extend(edition_failures);
    let mut failures = Vec::new();
    let mut page_entries = Vec::with_capacity(pages.len());
    for (index, outcome) in pages {
        match outcome {
            PageOutcome::Kept(output) => {
                produced.push(output);
                page_entries.push(index);
            }
            PageOutcome::Made(output, toc, links) => {
                produced.push(output);
                page_entries.push(index);
                tocs.insert(index, Some(toc));
                fragment_links.extend(links.into_iter().map(|link| (index, link)));
            }
            PageOutcome::Failed(mut page_problems) => failures.append(&mut page_problems),
        }
    }
    problems.extend(render::merge_repeats(failures));
    problems.extend(missing_fragments(prepared, &fragment_links, &mut tocs));
    let page_folders: HashSet<&str> = site.entries.iter().map(|e| e.path.as_str()).collect();
    let is_page = |path: &str| {
        path.strip_suffix("index.html")
            .is_some_and(|folder| page_folders.contains(folder))
    };
    let mut extra_files = Vec::new();
    for path in render::SITE_FILES {
        let heavy = path == render::SITEMAP;
        extra_files.push((path.to_owned(), site_files, made.get(path), heavy));
    }
    for (path, fingerprint) in editions.outputs() {
        extra_files.push((
            path.clone(),
            fingerprint,
            edition_files.get(path.as_str()),
            true,
        ));
    }
    for (path, bytes) in &prepared.static_files {
        let fingerprint = hash::of_bytes(bytes);
        extra_files.push((path.to_string(), fingerprint, Some(bytes), false));
    }
    // An image of the static folders published as it is is one of the static files too.
    let image_files: Vec<(String, Fingerprint)> = (prepared.images.all())
        .flat_map(|image| &image.variants)
        .filter(|variant| !prepared.static_files.contains_key(variant.path.as_str()))
        .map(|variant| (variant.path.clone(), variant.fingerprint))
        .collect();
    let headers = cache_rules(prepared, &extra_files, &image_files);
    extra_files.push((
        headers::PATH.to_owned(),
        hash::of_bytes(&headers),
        Some(&headers),
        false,
    ));
    let mut later = Vec::new();
    for (path, fingerprint, bytes, heavy) in extra_files {
        if is_page(&path) {
            problems.push(
                Diagnostic::error(format!(
                    "the file `{path}` (static or print edition) has the same address as a page"
                ))
                .with_hint("rename the page's slug or the static file"),
            );
            continue;
        }
        match bytes {
            _ if sink.is_current(&path, fingerprint) => {}
            Some(bytes) => {
                let made = Made {
                    path: &path,
                    fingerprint,
                    bytes,
                };
                if let Err(problem) = sink.put(made) {
                    problems.push(problem);
                }
            }
            None if heavy && !now => {
                later.push((path, fingerprint));
                continue;
            }
            // It failed to render; its problem is reported.
            None => continue,
        }
        produced.push(Produced {
            path,
            fingerprint,
            looked_up: Vec::new(),
        });
    }
    let images_encoded = publish_images(prepared, options, sink, &mut problems);
    produced.extend(image_files.into_iter().map(|(path, fingerprint)| Produced {
        path,
        fingerprint,
        looked_up: Vec::new(),
    }));
    problems.extend(editions.dropped_prints(sink));
    produced.extend(editions.kept_prints(sink));
    let warnings = finish(problems, options.strict)?;
    Ok(Run {
        produced,
        pages: page_entries,
        partial: partial.is_some(),
        editions: editions.fingerprints(),
        prints: editions.prints(sink),
        warnings,
        later: (later, editions.page_numbers()),
        global: fingerprints.global(),
        images_encoded,
    })
}

/// Hands the sink every image file it does not have (those of the static folders
/// published as they are go with the static files); how many were encoded.
fn publish_images(
    prepared: &Prepared,
    options: &BuildOptions,
    sink: &dyn Sink,
    problems: &mut Vec<Diagnostic>,
) -> usize {
    let statics = &prepared.static_files;
    let is_current =
        |path: &str, fingerprint| statics.contains_key(path) || sink.is_current(path, fingerprint);
    let put = |path: &str, fingerprint, bytes: &[u8]| {
        sink.put(Made {
            path,
            fingerprint,
            bytes,
        })
    };
    let published = prepared.images.publish(&options.root, &is_current, &put);
    problems.extend(published.problems);
    published.encoded
}

/// The text of `_headers` for the site's pages and the other files (`extra_files`, each
/// with its site path first) and the images' files.
fn cache_rules<T>(
    prepared: &Prepared,
    extra_files: &[(String, T, Option<&Vec<u8>>, bool)],
    image_files: &[(String, Fingerprint)],
) -> Vec<u8> {
    let site = &prepared.site;
    let pages: Vec<String> = site.entries.iter().map(render::page_path).collect();
    let others = extra_files.iter().map(|(path, ..)| path.as_str());
    let images: HashSet<&str> = image_files.iter().map(|(path, _)| path.as_str()).collect();
    headers::text(
        (pages.iter().map(String::as_str))
            .chain(others)
            .chain(image_files.iter().map(|(path, _)| path.as_str())),
        |path| prepared.assets.is_hashed(path) || images.contains(path),
        &site.config.base_path,
        prepared.own_headers.as_deref(),
    )
}

/// The language chooser, `404.html`, the sitemap and `robots.txt`, unless all are current.
fn render_site_files(
    prepared: &Prepared,
    sink: &dyn Sink,
    fingerprint: Fingerprint,
    paths: &[&str],
) -> (SiteFiles, Vec<Diagnostic>) {
    if paths.iter().all(|path| sink.is_current(path, fingerprint)) {
        return (SiteFiles::new(), Vec::new());
    }
    render::render_site_files(&prepared.site, &prepared.templates, paths)
}

/// What became of one page.
enum PageOutcome {
    /// Current in the sink: not rendered.
    Kept(Produced),
    /// Rendered and handed over, with its headings and links to fragments.
    Made(Produced, Vec<Heading>, Vec<FragmentLink>),
    /// Not rendered, for these reasons.
    Failed(Vec<Diagnostic>),
}

/// Renders, in parallel, every page that is not current, and hands each to the sink as
/// soon as it is made; with their entries (by position). Of the pages, only the entries
/// `only` names (those an edit may have changed) are looked at, when given.
fn render_pages(
    prepared: &Prepared,
    sink: &dyn Sink,
    fingerprints: &Fingerprints,
    only: Option<&[usize]>,
) -> Vec<(usize, PageOutcome)> {
    let site = &prepared.site;
    let every: Vec<usize>;
    let entries = match only {
        Some(entries) => entries,
        None => {
            every = (0..site.entries.len()).collect();
            &every
        }
    };
    entries
        .par_iter()
        .map(|&index| (index, page_outcome(prepared, sink, fingerprints, index)))
        .collect()
}

/// Renders the page of entry `index` unless it is current.
fn page_outcome(
    prepared: &Prepared,
    sink: &dyn Sink,
    fingerprints: &Fingerprints,
    index: usize,
) -> PageOutcome {
    let site = &prepared.site;
    let entry = &site.entries[index];
    let path = render::page_path(entry);
    let looked_up = sink.looked_up(&path);
    let fingerprint = fingerprints.of_entry(index, &looked_up);
    if sink.is_current(&path, fingerprint) {
        return PageOutcome::Kept(produced(path, fingerprint, &looked_up));
    }
    let Page {
        path,
        html,
        toc,
        fragment_links,
        looked_up,
    } = render::render_page(site, &prepared.images, &prepared.templates, entry);
    let bytes = match html {
        Ok(bytes) => bytes,
        Err(problems) => return PageOutcome::Failed(problems),
    };
    let fingerprint = fingerprints.of_entry(index, &looked_up);
    let made = Made {
        path: &path,
        fingerprint,
        bytes: &bytes,
    };
    if let Err(problem) = sink.put(made) {
        return PageOutcome::Failed(vec![problem]);
    }
    PageOutcome::Made(produced(path, fingerprint, &looked_up), toc, fragment_links)
}

fn produced(path: String, fingerprint: Fingerprint, looked_up: &[Lookup]) -> Produced {
    Produced {
        path,
        fingerprint,
        looked_up: looked_up.to_vec(),
    }
}

/// Links by key whose `#fragment` names no heading of the page they lead to. The headings
/// of pages not rendered in this run are read from their Markdown.
fn missing_fragments(
    prepared: &Prepared,
    links: &[(usize, FragmentLink)],
    tocs: &mut FxHashMap<usize, Option<Vec<Heading>>>,
) -> Vec<Diagnostic> {
    let site = &prepared.site;
    let mut problems = Vec::new();
    for (source, link) in links {
        let entry = &site.entries[*source];
        let Ok(target) = site.entry_for_key(&link.key, &entry.doc.lang) else {
            continue;
        };
        let Some(index) = site.index_of(target) else {
            continue;
        };
        // A page that could not be rendered at all has its problem reported: its
        // headings are unknown, not missing.
        let Some(toc) = tocs.entry(index).or_insert_with(|| {
            let body = render::render_body(
                site,
                &prepared.images,
                Some(&prepared.templates),
                target,
                "",
            );
            (!body.html.is_empty() || body.problems.is_empty()).then_some(body.toc)
        }) else {
            continue;
        };
        if toc.iter().any(|heading| heading.id == link.fragment) {
            continue;
        }
        let ids: Vec<&str> = toc.iter().map(|h| h.id.as_str()).collect();
        problems.push(
            Diagnostic::error(format!(
                "`{}` has no heading `#{}`",
                target.doc.source.display(),
                link.fragment
            ))
            .in_file(&entry.doc.source)
            .at(entry.doc.text(), link.line, link.column)
            .with_hint(if ids.is_empty() {
                "that page has no headings: link to the page without `#…`".to_owned()
            } else {
                format!("its headings are: #{}", ids.join(", #"))
            }),
        );
    }
    problems
}
