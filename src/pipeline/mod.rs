//! The pipeline, start to finish: load config and content → place documents and resolve
//! links → render Markdown, then templates → hand each file to a [`Sink`].
//!
//! [`build`] streams the files into the output folder through [`output::Writer`], which
//! keeps unchanged files as they are, and asks the [`cache`] which pages need rendering
//! at all; [`render`] keeps the files in memory (what `check`, `pdf` and a preview need).
//! Each step collects every problem it finds, so one run reports them all; the output
//! folder changes only when there is none. `run` renders into a sink; `editions` decides
//! the print editions' page numbers and what becomes of their PDFs; `live` keeps a site in
//! memory and rebuilds it incrementally (for a preview server); `fingerprint` tells which
//! pages would come out the same.
//!
//! The build's room is the one floor that knows every step and their order: it uses the
//! floors below (loading, rendering, output and cache), and only the features use it.

mod addresses;
mod affected;
mod editions;
pub(crate) mod fingerprint;
mod later;
mod live;
mod run;

pub use self::live::{Built, Bytes, LiveSite, Rebuilt, Snapshot};

use std::collections::BTreeMap;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::addresses::Addresses;
use crate::assets::Assets;
use crate::brochure::PageNumbers;
use crate::cache::{self, Manifest, PrintRecord};
use crate::config::{self, Config, Language};
use crate::content::{self, Document, Known, KnownSources};
use crate::diagnostic::{self, Diagnostic};
use crate::files::{CACHE_DIR, SiteFiles, SitePath};
use crate::i18n::{self, I18n};
use crate::images::{Images, KnownImages};
use crate::key::Lookup;
use crate::output::{self, Changes, Made, Previous, Produced};
use crate::render;
use crate::resolve::{self, Edition, Site};
use crate::theme::{self, TemplateSources, Templates};
use crate::util::hash::Fingerprint;

use self::editions::edition_output_fingerprint;
use self::run::{Mode, run};
use crate::words::text;

/// What the writer asked for.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// The site folder (holding `site.yaml`).
    pub root: PathBuf,
    /// Where to write the site; `public/` in the site folder when not given.
    pub out: Option<PathBuf>,
    /// Replaces `base_url` of site.yaml, e.g. for a test host.
    pub base_url: Option<String>,
    /// Build pages marked `draft: true` too.
    pub drafts: bool,
    /// Treat warnings as errors.
    pub strict: bool,
    /// Where each chapter of each print edition begins, once a first print has shown it.
    pub page_numbers: PageNumbers,
}

impl BuildOptions {
    /// The output folder these options lead to.
    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.root.join("public"))
    }
}

/// Where rendered files go: memory, or the output folder.
pub(crate) trait Sink: Sync {
    /// Whether the file at `path` made from inputs with this fingerprint is already in
    /// place, so it need not be made again.
    fn is_current(&self, path: &str, fingerprint: Fingerprint) -> bool;
    /// What the file in place at `path` looked up when it was made.
    fn looked_up(&self, path: &str) -> Arc<[Lookup]>;
    /// Takes a file as soon as it is made.
    fn put(&self, file: Made) -> Result<(), Diagnostic>;
}

impl Sink for output::Writer {
    fn is_current(&self, path: &str, fingerprint: Fingerprint) -> bool {
        output::Writer::is_current(self, path, fingerprint)
    }

    fn looked_up(&self, path: &str) -> Arc<[Lookup]> {
        self.record(path)
            .map(|record| record.looked_up.as_slice().into())
            .unwrap_or_default()
    }

    fn put(&self, file: Made) -> Result<(), Diagnostic> {
        let path = file.path;
        output::Writer::put(self, file)
            .map_err(|error| Diagnostic::cannot_write(self.out_dir(), Some(path), &error))
    }
}

/// Keeps every file in memory; nothing is ever current.
#[derive(Default)]
struct Memory(Mutex<SiteFiles>);

impl Sink for Memory {
    fn is_current(&self, _: &str, _: Fingerprint) -> bool {
        false
    }

    fn looked_up(&self, _: &str) -> Arc<[Lookup]> {
        Arc::default()
    }

    fn put(&self, file: Made) -> Result<(), Diagnostic> {
        let mut files = self.0.lock().unwrap_or_else(|e| e.into_inner());
        files.insert(SitePath::new(file.path), file.bytes.to_vec());
        Ok(())
    }
}

/// A site rendered in memory.
#[derive(Debug)]
pub struct Rendered {
    /// Every output file, by site path.
    pub files: SiteFiles,
    /// Every output file's fingerprint and what it looked up.
    pub produced: Vec<Produced>,
    /// Per print edition: the fingerprint of its inputs, page numbers aside.
    pub editions: BTreeMap<String, Fingerprint>,
    /// The placed documents, for summaries and later steps (print, check).
    pub site: Arc<Site>,
    /// The site's images, which its pages show.
    pub images: Arc<Images>,
    /// Every address of the site, which links written as addresses were looked up in.
    pub addresses: Arc<Addresses>,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages and sections per language, in the order of site.yaml.
    pub documents_per_language: Vec<(Language, usize)>,
    /// How many images the site has (in `content/` and the static folders).
    pub images: usize,
    /// How many image files were encoded (the others were current or in the cache).
    pub images_encoded: usize,
    /// Files written, removed and left as they were.
    pub changes: Changes,
    /// Where they were written.
    pub out_dir: PathBuf,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Renders the site into memory. On failure, returns every problem, errors first by file.
pub fn render(options: &BuildOptions) -> Result<Rendered, Vec<Diagnostic>> {
    let nothing_known = KnownSources::default();
    render_inputs(
        read_inputs(
            options,
            &Known::Records(&nothing_known),
            &KnownImages::default(),
        )?,
        options,
    )
}

/// Renders what [`read_inputs`] read into memory.
pub(crate) fn render_inputs(
    inputs: Inputs,
    options: &BuildOptions,
) -> Result<Rendered, Vec<Diagnostic>> {
    let prepared = prepare(inputs, options)?;
    let memory = Memory::default();
    let run = run(
        &prepared,
        options,
        &Manifest::default(),
        &memory,
        Mode::Build,
    )?;
    Ok(Rendered {
        files: memory.0.into_inner().unwrap_or_else(|e| e.into_inner()),
        produced: run.produced,
        editions: run.editions,
        site: prepared.site,
        images: prepared.images,
        addresses: prepared.addresses,
        warnings: run.warnings,
    })
}

/// Renders what changed since the last build and writes it to the output folder, which
/// changes only when the whole build succeeds.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Vec<Diagnostic>> {
    check_out_dir(&options.root, &options.out_dir())?;
    let started = SystemTime::now();
    let mut previous = cache::load(&options.root, &options.out_dir());
    let files = std::mem::take(&mut previous.output);
    // Reading the sources and looking at the output folder are independent: overlap them.
    let (inputs, writer) = rayon::join(
        || {
            read_inputs(
                options,
                &Known::Records(&previous.sources),
                &previous.images,
            )
        },
        || open_output(options, files),
    );
    let (prepared, writer) = (prepare(inputs?, options)?, writer?);
    let filled = run(&prepared, options, &previous, &writer, Mode::Build)
        .map(|run| (run.produced, run.prints, (run.warnings, run.images_encoded)));
    let sources = Sources {
        site: &prepared.site,
        images: &prepared.images,
        started,
        all_known: prepared.files_read == 0,
    };
    let ((warnings, images_encoded), changes) =
        close_output(options, writer, filled, sources, &previous)?;
    Ok(BuildReport {
        documents_per_language: count_per_language(&prepared.site.config, &prepared.site),
        images: prepared.images.all().count(),
        images_encoded,
        changes,
        out_dir: options.out_dir(),
        warnings,
    })
}

/// Writes an in-memory site (and the PDFs printed from it) to the output folder, keeping
/// unchanged files as they are and remembering the page numbers of the printed editions.
pub(crate) fn write_rendered(
    options: &BuildOptions,
    rendered: &Rendered,
    pdfs: &[(String, Vec<u8>)],
) -> Result<Changes, Vec<Diagnostic>> {
    let out_dir = options.out_dir();
    check_out_dir(&options.root, &out_dir)?;
    let started = SystemTime::now();
    let mut previous = cache::load(&options.root, &out_dir);
    let writer = open_output(options, std::mem::take(&mut previous.output))?;
    let fill = || {
        let mut produced = rendered.produced.clone();
        let mut prints = BTreeMap::new();
        let put = |path: &str, fingerprint, bytes: &[u8]| {
            let made = Made {
                path,
                fingerprint,
                bytes,
            };
            Sink::put(&writer, made).map_err(|problem| vec![problem])
        };
        for output in &rendered.produced {
            put(
                &output.path,
                output.fingerprint,
                &rendered.files[output.path.as_str()],
            )?;
        }
        for (edition, pdf) in pdfs {
            let Some(&fingerprint) = rendered.editions.get(edition) else {
                continue;
            };
            let pages = options
                .page_numbers
                .get(edition)
                .cloned()
                .unwrap_or_default();
            let printed_from = edition_output_fingerprint(fingerprint, &pages);
            put(&Edition::pdf_name_of(edition), printed_from, pdf)?;
            produced.push(Produced {
                path: Edition::pdf_name_of(edition),
                fingerprint: printed_from,
                looked_up: Vec::new(),
            });
            prints.insert(edition.clone(), PrintRecord { fingerprint, pages });
        }
        Ok((produced, prints, ()))
    };
    let filled = fill();
    let sources = Sources {
        site: &rendered.site,
        images: &rendered.images,
        started,
        all_known: false,
    };
    close_output(options, writer, filled, sources, &previous).map(|((), changes)| changes)
}

/// What a build hands the output folder: every file of the new site, the printed
/// editions that stay, and what else it has to say.
type Filled<T> = (Vec<Produced>, BTreeMap<String, PrintRecord>, T);

/// Opens the output folder for a new site, given what the last build left in it.
fn open_output(
    options: &BuildOptions,
    previous: Previous,
) -> Result<output::Writer, Vec<Diagnostic>> {
    let out_dir = options.out_dir();
    output::Writer::open(&out_dir, previous)
        .map_err(|error| vec![Diagnostic::cannot_write(&out_dir, None, &error)])
}

/// The content files a build was made from, for the cache.
struct Sources<'a> {
    site: &'a Site,
    images: &'a Images,
    /// When the build started: files changed after are read again next time.
    started: SystemTime,
    /// Whether every file was known unchanged from the last build (none was read).
    all_known: bool,
}

/// Puts the new site in place and remembers it (and its sources) for the next build,
/// unless that is what `previous` (the last manifest, its files taken by the writer)
/// says already. When filling it failed, leaves the output folder as it was.
fn close_output<T>(
    options: &BuildOptions,
    writer: output::Writer,
    filled: Result<Filled<T>, Vec<Diagnostic>>,
    sources: Sources,
    previous: &Manifest,
) -> Result<(T, Changes), Vec<Diagnostic>> {
    let out_dir = options.out_dir();
    let (produced, prints, value) = match filled {
        Ok(filled) => filled,
        Err(problems) => {
            writer.abandon();
            return Err(problems);
        }
    };
    let nothing_made = writer.made_nothing();
    let (left, changes) = writer
        .commit(&produced)
        .map_err(|error| vec![Diagnostic::cannot_write(&out_dir, None, &error)])?;
    let images = sources.images.known(sources.started);
    let unchanged = nothing_made
        && changes.removed == 0
        && prints == previous.prints
        && sources.all_known
        && sources.site.entries.len() == previous.sources.len()
        && previous.images.same_images(&images);
    if !unchanged {
        let documents: Vec<&Document> = sources.site.entries.iter().map(|e| &*e.doc).collect();
        let known = KnownSources::record(&documents, sources.started, &previous.sources);
        let manifest = Manifest::new(left, prints, known, images);
        // A cache that cannot be written only costs the next build time.
        let _ = cache::save(&options.root, &out_dir, &manifest);
    }
    Ok((value, changes))
}

/// Everything read, placed and parsed: what rendering starts from.
struct Prepared {
    site: Arc<Site>,
    images: Arc<Images>,
    addresses: Arc<Addresses>,
    templates: Arc<Templates>,
    template_sources: BTreeMap<String, String>,
    i18n: Arc<I18n>,
    /// The static files' published names.
    assets: Arc<Assets>,
    /// The static files under their published names.
    static_files: SiteFiles,
    /// The writer's own `static/_headers`, to follow the generated rules.
    own_headers: Option<Vec<u8>>,
    /// How many content files were read (the others were known unchanged).
    files_read: usize,
    /// The problems with images (among the warnings), for a rebuild that keeps the images.
    image_problems: Vec<Diagnostic>,
    /// Warnings so far.
    warnings: Vec<Diagnostic>,
}

/// Everything a site is made from, read and placed, with the problems found so far; the
/// theme and UI texts are missing when they could not be read (their problems are listed).
pub struct Inputs {
    /// The placed documents.
    pub site: Arc<Site>,
    /// The images of `content/` and the static folders, which pages show.
    pub images: Arc<Images>,
    /// Every address the output will have, for links written as addresses.
    pub addresses: Arc<Addresses>,
    /// The UI texts.
    pub i18n: Option<Arc<I18n>>,
    /// The theme's templates as read.
    pub templates: Option<TemplateSources>,
    static_files: SiteFiles,
    /// How many content files were read (the others were known unchanged).
    files_read: usize,
    /// The problems with images (among `problems`).
    image_problems: Vec<Diagnostic>,
    /// Problems so far, errors and warnings.
    pub problems: Vec<Diagnostic>,
}

/// What a rebuild after an edit may keep of the last one: at 10,000 pages, placing every
/// document, listing every address and walking `content/` for images would each cost
/// more than rendering what the edit changed.
#[derive(Default)]
struct Kept {
    /// The last site: edited documents that keep their address take the place of their
    /// earlier versions in it.
    site: Option<Arc<Site>>,
    /// Its images, when the edits cannot have changed any.
    images: Option<KeptImages>,
    /// Its addresses: still every address when only Markdown changed and no page moved.
    addresses: Option<Arc<Addresses>>,
}

/// The images of the last rebuild and their problems.
struct KeptImages {
    images: Arc<Images>,
    problems: Vec<Diagnostic>,
}

/// The documents read and placed.
struct Placed {
    site: Site,
    /// Problems of reading and of placing.
    problems: Vec<Diagnostic>,
    /// How many content files were read (the others were known unchanged).
    read: usize,
    /// Whether the documents were put in the place of the last site's (every page kept its
    /// address).
    in_place: bool,
}

/// Reads and places everything the site is made from, reporting every problem on the way;
/// fails only when site.yaml cannot be read. Content files that `known` shows unchanged are
/// read only when needed, and images of `content/` that `images` shows unchanged are not
/// read at all.
pub(crate) fn read_inputs(
    options: &BuildOptions,
    known: &Known,
    images: &KnownImages,
) -> Result<Inputs, Vec<Diagnostic>> {
    read_inputs_keeping(options, known, images, Kept::default())
}

/// [`read_inputs`], keeping what `kept` holds of the last rebuild where the edits since
/// leave it as it was.
fn read_inputs_keeping(
    options: &BuildOptions,
    known: &Known,
    images: &KnownImages,
    kept: Kept,
) -> Result<Inputs, Vec<Diagnostic>> {
    let root = options.root.as_path();
    let config = config::load(root, options.base_url.as_deref())?;
    let Placed {
        site,
        mut problems,
        read,
        in_place,
    } = load_and_place(options, config, known, kept.site.as_deref());
    let config = &site.config;
    let i18n = i18n::load(root, config)
        .map_err(|errors| problems.extend(errors))
        .ok();
    let templates = theme::read_templates(root, config)
        .map_err(|errors| problems.extend(errors))
        .ok();
    let static_files = theme::static_files(root, config)
        .map_err(|errors| problems.extend(errors))
        .unwrap_or_default();
    // With only Markdown edited (the images kept) and every page at its address, every
    // address is where it was.
    let addresses_kept = in_place && kept.images.is_some();
    let KeptImages {
        images,
        problems: image_problems,
    } = (kept.images).unwrap_or_else(|| collect_images(root, &site.config, &static_files, images));
    problems.extend(image_problems.iter().cloned());
    let addresses = (kept.addresses.filter(|_| addresses_kept))
        .unwrap_or_else(|| Arc::new(addresses::of_site(&site, &images, &static_files)));
    if let Some(i18n) = &i18n {
        let used_in = |id: &str| -> Vec<String> {
            let using = templates.iter().flat_map(|sources| sources.using_text(id));
            using
                .map(|name| {
                    theme::templates_dir(&site.config)
                        .join(name)
                        .display()
                        .to_string()
                })
                .collect()
        };
        problems.extend(i18n::compare_languages(i18n, &site.config, &used_in));
    }
    Ok(Inputs {
        site: Arc::new(site),
        images,
        addresses,
        i18n: i18n.map(Arc::new),
        templates,
        static_files,
        files_read: read,
        image_problems,
        problems,
    })
}

/// Reads the content files and places the documents: after an edit that moves no page,
/// the edited documents take the place of their earlier versions in the `last` site;
/// otherwise every document is placed anew.
fn load_and_place(
    options: &BuildOptions,
    config: Config,
    known: &Known,
    last: Option<&Site>,
) -> Placed {
    let root = options.root.as_path();
    let reread = match known {
        Known::Documents { read, changed, .. } => {
            (content::reread(root, &config, read, changed)).map(|edited| (read, edited))
        }
        Known::Records(_) => None,
    };
    let loaded = match reread {
        Some((read, edited)) => {
            if let Some(last) = last
                && let Some((site, problems)) =
                    resolve::replace(last, config.clone(), edited.clone())
            {
                return Placed {
                    site,
                    problems,
                    read: edited.len(),
                    in_place: true,
                };
            }
            content::merge(read, edited, options.drafts, &config)
        }
        None => content::load(root, &config, options.drafts, known),
    };
    let (site, placement) = resolve::resolve(config, loaded.documents, loaded.left_out);
    let mut problems = loaded.diagnostics;
    problems.extend(placement);
    Placed {
        site,
        problems,
        read: loaded.read,
        in_place: false,
    }
}

/// Measures the images of `content/` and of the static folders.
fn collect_images(
    root: &Path,
    config: &Config,
    static_files: &SiteFiles,
    known: &KnownImages,
) -> KeptImages {
    let (images, problems) = Images::collect(
        root,
        Path::new(content::CONTENT_DIR),
        &theme::static_dirs(config),
        static_files,
        known,
    );
    KeptImages {
        images: Arc::new(images),
        problems,
    }
}

/// Parses the theme with the site's functions; stops here when anything is wrong, so no
/// page is rendered from a broken site. Markdown problems are still listed in the same run.
fn prepare(inputs: Inputs, options: &BuildOptions) -> Result<Prepared, Vec<Diagnostic>> {
    let Inputs {
        site,
        images,
        addresses,
        i18n,
        templates: sources,
        mut static_files,
        files_read,
        image_problems,
        mut problems,
    } = inputs;
    let texts_readable = i18n.is_some();
    let i18n = i18n.unwrap_or_default();
    let own_headers = static_files.remove(crate::headers::PATH);
    let (assets, static_files) = Assets::publish(&static_files, &site.config.base_path);
    let assets = Arc::new(assets);
    let register =
        |tera: &mut tera::Tera| render::register_functions(tera, &site, &images, &i18n, &assets);
    let templates = sources.as_ref().and_then(|sources| {
        sources
            .compile(&register)
            .map_err(|errors| problems.extend(errors))
            .ok()
    });
    let (templates, sources) = match (templates.filter(|_| texts_readable), sources) {
        (Some(templates), Some(sources)) if !has_errors(&problems, options.strict) => {
            (templates, sources)
        }
        (templates, _) => {
            // Still read the Markdown (without shortcodes when the theme or the UI texts
            // are broken), so that its problems are listed in the same run.
            let beside = (&*images, &*addresses);
            problems.extend(markdown_problems(&site, beside, templates.as_ref()));
            return Err(finish(problems, options.strict).unwrap_err());
        }
    };
    Ok(Prepared {
        templates: Arc::new(templates),
        template_sources: sources.texts().clone(),
        site,
        images,
        addresses,
        i18n,
        assets,
        static_files,
        own_headers,
        files_read,
        image_problems,
        warnings: problems,
    })
}

/// The problems of every document's Markdown.
fn markdown_problems(
    site: &Site,
    (images, addresses): (&Images, &Addresses),
    templates: Option<&Templates>,
) -> Vec<Diagnostic> {
    let problems: Vec<Vec<Diagnostic>> = site
        .entries
        .par_iter()
        .map(|entry| {
            let body = render::render_body(site, images, addresses, templates, entry, "");
            render::markdown_problems(entry, &body)
        })
        .collect();
    problems.into_iter().flatten().collect()
}

fn has_errors(problems: &[Diagnostic], strict: bool) -> bool {
    problems.iter().any(|d| d.is_error() || strict)
}

/// Sorts the problems; under `--strict` warnings become errors. `Ok` holds the warnings
/// of a build that may go ahead.
fn finish(mut problems: Vec<Diagnostic>, strict: bool) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    if strict {
        problems = problems.into_iter().map(Diagnostic::into_error).collect();
    }
    diagnostic::sort(&mut problems);
    if problems.iter().any(Diagnostic::is_error) {
        Err(problems)
    } else {
        Ok(problems)
    }
}

fn count_per_language(config: &Config, site: &Site) -> Vec<(Language, usize)> {
    config
        .languages
        .iter()
        .map(|language| {
            let count = site
                .entries
                .iter()
                .filter(|e| e.doc.lang == language.code)
                .count();
            (language.clone(), count)
        })
        .collect()
}

/// Refuses output folders whose replacement would delete the sources.
pub(crate) fn check_out_dir(root: &Path, out: &Path) -> Result<(), Vec<Diagnostic>> {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let (root, out) = (absolute(root), absolute(out));
    let protected = [
        "content",
        "themes",
        "i18n",
        "static",
        "site.yaml",
        CACHE_DIR,
    ];
    let dangerous = root.starts_with(&out)
        || protected
            .iter()
            .any(|name| out.starts_with(root.join(name)));
    if dangerous {
        return Err(vec![
            Diagnostic::error(text!("output-replaces-site", out = out))
                .with_hint(text!("output-replaces-site-hint")),
        ]);
    }
    Ok(())
}
