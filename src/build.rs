//! The pipeline, start to finish: load config and content → place documents and resolve
//! links → render Markdown, then templates → write the output folder.
//!
//! [`render`] stops before the disk and returns the site as files in memory (what a
//! preview server and the checks need); [`build`] adds the atomic write. Each step
//! collects every problem it finds, so one run reports them all; nothing is written
//! when there is an error.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::brochure::{self, PageNumbers};
use crate::config::{self, Config, Language};
use crate::content;
use crate::diagnostic::{self, Diagnostic};
use crate::i18n;
use crate::markdown;
use crate::output;
use crate::render::{self, SiteFiles};
use crate::resolve::{self, Site};
use crate::shortcode::Call;
use crate::theme::{self, Templates};

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

/// A site rendered in memory.
#[derive(Debug)]
pub struct Rendered {
    /// Every output file, by site path.
    pub files: SiteFiles,
    /// The placed documents, for summaries and later steps (print, check).
    pub site: Arc<Site>,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Pages and sections per language, in the order of site.yaml.
    pub documents_per_language: Vec<(Language, usize)>,
    /// Number of files written.
    pub files_written: usize,
    /// Where they were written.
    pub out_dir: PathBuf,
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Renders the site into memory. On failure, returns every problem, errors first by file.
pub fn render(options: &BuildOptions) -> Result<Rendered, Vec<Diagnostic>> {
    let root = options.root.as_path();
    let config = config::load(root, options.base_url.as_deref())?;
    let mut problems = Vec::new();
    let loaded = content::load(root, &config, options.drafts);
    problems.extend(loaded.diagnostics);
    let i18n = i18n::load(root, &config)
        .map_err(|errors| problems.extend(errors))
        .ok();
    let templates = theme::read_templates(root, &config)
        .map_err(|errors| problems.extend(errors))
        .ok();
    let static_files = theme::static_files(root, &config)
        .map_err(|errors| problems.extend(errors))
        .unwrap_or_default();
    let (site, placement) = resolve::resolve(config, loaded.documents, loaded.unreadable);
    problems.extend(placement);
    let site = Arc::new(site);
    if let Some(i18n) = &i18n {
        let used_in = |id: &str| -> Vec<String> {
            let templates = templates.iter().flat_map(|sources| sources.using_text(id));
            templates
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
    let texts_readable = i18n.is_some();
    let i18n = Arc::new(i18n.unwrap_or_default());
    let register = |tera: &mut tera::Tera| render::register_functions(tera, &site, &i18n);
    let templates = templates.and_then(|sources| {
        sources
            .compile(&register)
            .map_err(|errors| problems.extend(errors))
            .ok()
    });
    let Some(templates) = templates.filter(|_| texts_readable) else {
        // Still read the Markdown (without shortcodes, which need the theme and the UI
        // texts), so that its problems are listed in the same run.
        render_markdown(&site, None, &mut problems);
        return Err(finish(problems, options.strict).unwrap_err());
    };
    let markdown = render_markdown(&site, Some(&templates), &mut problems);
    if has_errors(&problems, options.strict) {
        return Err(finish(problems, options.strict).unwrap_err());
    }
    let (mut files, failures) = render::render_site(&site, &templates, &markdown);
    problems.extend(failures);
    let (editions, failures) = brochure::render_editions(&site, &templates, &options.page_numbers);
    problems.extend(failures);
    add_generated_files(&mut files, editions, &mut problems);
    add_generated_files(&mut files, static_files, &mut problems);
    let warnings = finish(problems, options.strict)?;
    Ok(Rendered {
        files,
        site,
        warnings,
    })
}

/// Renders the site and writes it to the output folder, replacing it only on success.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Vec<Diagnostic>> {
    let out_dir = options.out_dir();
    check_out_dir(&options.root, &out_dir)?;
    let rendered = render(options)?;
    output::write_atomically(&rendered.files, &out_dir).map_err(|error| {
        vec![
            Diagnostic::error(format!("cannot write the site: {error}"))
                .in_file(&out_dir)
                .with_hint(
                    "check that the output folder is writable; the previous output is unchanged",
                ),
        ]
    })?;
    Ok(BuildReport {
        documents_per_language: count_per_language(&rendered.site.config, &rendered.site),
        files_written: rendered.files.len(),
        out_dir,
        warnings: rendered.warnings,
    })
}

/// Markdown of every document, in parallel, with links by key resolved in its language
/// and shortcodes expanded by the theme (left out when the theme could not be read).
fn render_markdown(
    site: &Site,
    templates: Option<&Templates>,
    problems: &mut Vec<Diagnostic>,
) -> Vec<markdown::Rendered> {
    let rendered: Vec<markdown::Rendered> = site
        .entries
        .par_iter()
        .map(|entry| {
            let key = |key: &str, fragment: Option<&str>| {
                let url = site.url_for_key(key, &entry.doc.lang)?;
                Ok(match fragment {
                    Some(fragment) => format!("{url}#{fragment}"),
                    None => url,
                })
            };
            let shortcode = |call: &Call| match templates {
                Some(templates) => render::expand_shortcode(templates, entry, call),
                None => Ok(String::new()),
            };
            let resolvers = markdown::Resolvers {
                key: &key,
                shortcode: &shortcode,
                id_prefix: "",
                heading_offset: 0,
            };
            markdown::render(entry.doc.body(), entry.doc.body_line, &resolvers)
        })
        .collect();
    problems.extend(missing_fragments(site, &rendered));
    for (entry, output) in site.entries.iter().zip(&rendered) {
        for problem in &output.problems {
            problems.push(
                Diagnostic::error(problem.message.clone())
                    .in_file(&entry.doc.source)
                    .at(&entry.doc.text, problem.line, problem.column)
                    .with_hint(problem.hint.clone()),
            );
        }
    }
    rendered
}

/// Links by key whose `#fragment` names no heading of the page they lead to.
fn missing_fragments(site: &Site, rendered: &[markdown::Rendered]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (entry, output) in site.entries.iter().zip(rendered) {
        for link in &output.fragment_links {
            let Ok(target) = site.entry_for_key(&link.key, &entry.doc.lang) else {
                continue;
            };
            let Some(index) = site.index_of(target) else {
                continue;
            };
            if rendered[index]
                .toc
                .iter()
                .any(|heading| heading.id == link.fragment)
            {
                continue;
            }
            let ids: Vec<&str> = rendered[index].toc.iter().map(|h| h.id.as_str()).collect();
            problems.push(
                Diagnostic::error(format!(
                    "`{}` has no heading `#{}`",
                    target.doc.source.display(),
                    link.fragment
                ))
                .in_file(&entry.doc.source)
                .at(&entry.doc.text, link.line, link.column)
                .with_hint(if ids.is_empty() {
                    "that page has no headings: link to the page without `#…`".to_owned()
                } else {
                    format!("its headings are: #{}", ids.join(", #"))
                }),
            );
        }
    }
    problems
}

/// Adds static files or print editions, refusing to let one replace a page.
fn add_generated_files(
    files: &mut SiteFiles,
    extra_files: SiteFiles,
    problems: &mut Vec<Diagnostic>,
) {
    for (path, bytes) in extra_files {
        match files.entry(path) {
            std::collections::btree_map::Entry::Occupied(taken) => problems.push(
                Diagnostic::error(format!(
                    "the file `{}` (static or print edition) has the same address as a page",
                    taken.key()
                ))
                .with_hint("rename the page's slug or the static file"),
            ),
            std::collections::btree_map::Entry::Vacant(free) => {
                free.insert(bytes);
            }
        }
    }
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
pub fn check_out_dir(root: &Path, out: &Path) -> Result<(), Vec<Diagnostic>> {
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let (root, out) = (absolute(root), absolute(out));
    let protected = ["content", "themes", "i18n", "static", "site.yaml"];
    let dangerous = root.starts_with(&out)
        || protected
            .iter()
            .any(|name| out.starts_with(root.join(name)));
    if dangerous {
        return Err(vec![
            Diagnostic::error(format!(
                "the output folder {} would replace the site's own files",
                out.display()
            ))
            .with_hint("choose an output folder of its own, like `public`"),
        ]);
    }
    Ok(())
}
