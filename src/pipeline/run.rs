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
use crate::words::text;

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
    /// The entries of the pages made now that warned: a preview looks at them again after
    /// the next edit, to say their warnings again.
    pub(super) warned: Vec<usize>,
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
    let fingerprints = fingerprints(prepared, options);
    let editions = Editions::plan(prepared, options, previous, &fingerprints);
    let partial = affected.and_then(|a| a.entries(fingerprints.global()));
    let rendered = render_all(prepared, sink, &fingerprints, &editions, partial, now);
    let mut problems = prepared.warnings.clone();
    problems.extend(rendered.failures);
    let mut pages = gather_pages(rendered.pages);
    problems.append(&mut pages.warnings);
    problems.extend(render::merge_repeats(pages.failures));
    problems.extend(missing_fragments(
        prepared,
        &pages.fragment_links,
        &mut pages.tocs,
    ));
    let site_files = fingerprints.of_site_files();
    let mut extra_files = extra_files(prepared, &rendered.files, site_files, &editions);
    let image_files = image_files(prepared);
    let headers = cache_rules(prepared, &extra_files, &image_files);
    extra_files.push(Extra {
        path: headers::PATH.to_owned(),
        fingerprint: hash::of_bytes(&headers),
        bytes: Some(&headers),
        heavy: false,
    });
    let mut produced = pages.produced;
    let later = hand_over(
        prepared,
        sink,
        extra_files,
        now,
        &mut produced,
        &mut problems,
    );
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
        pages: pages.entries,
        partial: partial.is_some(),
        warned: pages.warned,
        editions: editions.fingerprints(),
        prints: editions.prints(sink),
        warnings,
        later: (later, editions.page_numbers()),
        global: fingerprints.global(),
        images_encoded,
    })
}

/// The fingerprints of the prepared site's files.
fn fingerprints<'a>(prepared: &'a Prepared, options: &BuildOptions) -> Fingerprints<'a> {
    let site = &prepared.site;
    Fingerprints::new(
        site,
        &prepared.images,
        &GlobalInputs {
            config: &site.config,
            templates: &prepared.template_sources,
            ui_texts: prepared.i18n.sources(),
            assets: prepared.assets.names(),
            drafts: options.drafts,
        },
    )
}

/// What rendering the pages and the aggregates gave.
struct Rendered {
    /// Every page looked at, by entry.
    pages: Vec<(usize, PageOutcome)>,
    /// The language chooser, `404.html`, the sitemap, `robots.txt` and the print editions
    /// that were made (those current in the sink, or failed, or left for later, are not).
    files: SiteFiles,
    /// The problems of those that failed.
    failures: Vec<Diagnostic>,
}

/// Renders the pages that are not current (of the entries `partial` names, when given)
/// and, alongside them rather than after, the site's other files; the sitemap and the
/// print editions only when they are wanted `now`.
fn render_all(
    prepared: &Prepared,
    sink: &dyn Sink,
    fingerprints: &Fingerprints,
    editions: &Editions,
    partial: Option<&[usize]>,
    now: bool,
) -> Rendered {
    let light: Vec<&str> = render::SITE_FILES
        .into_iter()
        .filter(|path| now || *path != render::SITEMAP)
        .collect();
    let site_files = fingerprints.of_site_files();
    let (pages, ((mut files, mut failures), (edition_files, edition_failures))) = rayon::join(
        || render_pages(prepared, sink, fingerprints, partial),
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
    files.extend(edition_files);
    failures.extend(edition_failures);
    Rendered {
        pages,
        files,
        failures,
    }
}

/// The pages of one run, sorted out by what became of them.
#[derive(Default)]
struct Pages {
    /// The pages made or kept.
    produced: Vec<Produced>,
    /// Their entries (by position), in the same order.
    entries: Vec<usize>,
    /// The headings of the pages made, by entry.
    tocs: FxHashMap<usize, Option<Vec<Heading>>>,
    /// Their links by key to a `#fragment`, by entry.
    fragment_links: Vec<(usize, FragmentLink)>,
    /// The warnings of the pages made (a link that leads to another language's page).
    warnings: Vec<Diagnostic>,
    /// The entries of the pages made that warned.
    warned: Vec<usize>,
    /// The problems of the pages that could not be made.
    failures: Vec<Diagnostic>,
}

fn gather_pages(outcomes: Vec<(usize, PageOutcome)>) -> Pages {
    let mut pages = Pages {
        entries: Vec::with_capacity(outcomes.len()),
        ..Pages::default()
    };
    for (index, outcome) in outcomes {
        match outcome {
            PageOutcome::Kept(output) => {
                pages.produced.push(output);
                pages.entries.push(index);
            }
            PageOutcome::Made(output, toc, links, mut warnings) => {
                if !warnings.is_empty() {
                    pages.warned.push(index);
                }
                pages.warnings.append(&mut warnings);
                pages.produced.push(output);
                pages.entries.push(index);
                pages.tocs.insert(index, Some(toc));
                (pages.fragment_links).extend(links.into_iter().map(|link| (index, link)));
            }
            PageOutcome::Failed(mut problems) => pages.failures.append(&mut problems),
        }
    }
    pages
}

/// A file of the site other than a page or an image.
struct Extra<'a> {
    path: String,
    fingerprint: Fingerprint,
    /// `None` when it was not made: current in the sink, failed, or left for later.
    bytes: Option<&'a [u8]>,
    /// Whether it grows with the site (the sitemap, the print editions): a preview makes
    /// it when first asked for.
    heavy: bool,
}

/// The site's files other than pages and images: the language chooser, `404.html`, the
/// sitemap, `robots.txt` (whose fingerprint is `site_files`), the print editions (made,
/// unless current, in `made`) and the static files.
fn extra_files<'a>(
    prepared: &'a Prepared,
    made: &'a SiteFiles,
    site_files: Fingerprint,
    editions: &Editions,
) -> Vec<Extra<'a>> {
    let mut extra_files = Vec::new();
    let site_files = render::SITE_FILES.into_iter().map(|path| Extra {
        path: path.to_owned(),
        fingerprint: site_files,
        bytes: made.get(path).map(Vec::as_slice),
        heavy: path == render::SITEMAP,
    });
    extra_files.extend(site_files);
    for (path, fingerprint) in editions.outputs() {
        let bytes = made.get(path.as_str()).map(Vec::as_slice);
        extra_files.push(Extra {
            path,
            fingerprint,
            bytes,
            heavy: true,
        });
    }
    for (path, bytes) in &prepared.static_files {
        extra_files.push(Extra {
            path: path.to_string(),
            fingerprint: hash::of_bytes(bytes),
            bytes: Some(bytes),
            heavy: false,
        });
    }
    extra_files
}

/// Every image file (site path and fingerprint) but those of the static folders published
/// as they are, which are among the static files.
fn image_files(prepared: &Prepared) -> Vec<(String, Fingerprint)> {
    (prepared.images.all())
        .flat_map(|image| &image.variants)
        .filter(|variant| !prepared.static_files.contains_key(variant.path.as_str()))
        .map(|variant| (variant.path.clone(), variant.fingerprint))
        .collect()
}

/// Hands the sink each of `extra_files` that is not current, adding it to `produced`;
/// refuses one at a page's address. The heavy ones not made (in a preview) are returned,
/// to make when first asked for (site path, fingerprint).
fn hand_over(
    prepared: &Prepared,
    sink: &dyn Sink,
    extra_files: Vec<Extra>,
    now: bool,
    produced: &mut Vec<Produced>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(String, Fingerprint)> {
    let site = &prepared.site;
    let page_folders: HashSet<&str> = site.entries.iter().map(|e| e.path.as_str()).collect();
    let is_page = |path: &str| {
        path.strip_suffix("index.html")
            .is_some_and(|folder| page_folders.contains(folder))
    };
    let mut later = Vec::new();
    for Extra {
        path,
        fingerprint,
        bytes,
        heavy,
    } in extra_files
    {
        if is_page(&path) {
            problems.push(
                Diagnostic::error(text!("file-on-page-address", path = &path))
                    .with_hint(text!("file-on-page-address-hint")),
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
    later
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

/// The text of `_headers` for the site's pages and the other files (`extra_files`) and
/// the images' files.
fn cache_rules(
    prepared: &Prepared,
    extra_files: &[Extra],
    image_files: &[(String, Fingerprint)],
) -> Vec<u8> {
    let site = &prepared.site;
    let pages: Vec<String> = site.entries.iter().map(render::page_path).collect();
    let others = extra_files.iter().map(|extra| extra.path.as_str());
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
    /// Rendered and handed over, with its headings, links to fragments and warnings.
    Made(Produced, Vec<Heading>, Vec<FragmentLink>, Vec<Diagnostic>),
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
        warnings,
        toc,
        fragment_links,
        looked_up,
    } = render::render_page(
        site,
        &prepared.images,
        &prepared.addresses,
        &prepared.templates,
        entry,
    );
    let bytes = match html {
        Ok(bytes) => bytes,
        Err(problems) => return PageOutcome::Failed(problems),
    };
    let mut fingerprint = fingerprints.of_entry(index, &looked_up);
    if !warnings.is_empty() {
        // A page is not remembered as current while it has something to say, so that
        // every build says it again.
        fingerprint = hash::Hasher::default()
            .add_fingerprint(fingerprint)
            .add("warned")
            .finish();
    }
    let made = Made {
        path: &path,
        fingerprint,
        bytes: &bytes,
    };
    if let Err(problem) = sink.put(made) {
        return PageOutcome::Failed(vec![problem]);
    }
    let output = produced(path, fingerprint, &looked_up);
    PageOutcome::Made(output, toc, fragment_links, warnings)
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
                &prepared.addresses,
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
            Diagnostic::error(text!(
                "fragment-missing",
                page = &target.doc.source,
                fragment = &link.fragment
            ))
            .in_file(&entry.doc.source)
            .at(entry.doc.text(), link.line, link.column)
            .with_hint(if ids.is_empty() {
                text!("fragment-missing-no-headings-hint")
            } else {
                text!("fragment-missing-hint", headings = ids.join(", #"))
            }),
        );
    }
    problems
}
