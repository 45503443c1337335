//! The theme: Tera templates from `themes/<theme>/templates/` and static files from
//! `themes/<theme>/static/` and the site's own `static/`.
//!
//! Templates are parsed once per build (once per theme change in a preview) and shared
//! by every render thread. A few built-in templates (sitemap, robots.txt, the language
//! chooser at the root) stand in where the theme has none of its own.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tera::{ErrorKind, Tera};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::files::{SiteFiles, SitePath};
use crate::walk::{self, Refusal};
use crate::words::{Text, text};

/// Built-in templates, named `diptych/<name>`; a theme template `<name>` replaces one.
const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("diptych/sitemap.xml", include_str!("builtin/sitemap.xml")),
    ("diptych/robots.txt", include_str!("builtin/robots.txt")),
    (
        "diptych/languages.html",
        include_str!("builtin/languages.html"),
    ),
];

/// The folder of the templates behind shortcodes, within the templates folder.
const SHORTCODES_DIR: &str = "shortcodes/";

/// The file name ending of a shortcode's template.
const SHORTCODE_EXTENSION: &str = ".html";

/// The template behind the shortcode `name`: `shortcodes/<name>.html`.
pub(crate) fn shortcode_template(name: &str) -> String {
    format!("{SHORTCODES_DIR}{name}{SHORTCODE_EXTENSION}")
}

/// The folder of a theme's templates, relative to the site folder.
pub(crate) fn templates_dir(config: &Config) -> PathBuf {
    Path::new("themes").join(&config.theme).join("templates")
}

/// The theme's template files as read, not yet parsed: Tera needs the functions a
/// template may call before it parses, and those depend on the site being built.
#[derive(Debug, Clone)]
pub struct TemplateSources {
    sources: BTreeMap<String, String>,
    dir: PathBuf,
}

/// The theme's parsed templates, with their sources kept to quote lines in errors.
pub struct Templates {
    /// The parsed templates (theme and built-in).
    pub tera: Tera,
    /// Template name → its text.
    sources: BTreeMap<String, String>,
    /// The templates folder, relative to the site folder.
    dir: PathBuf,
}

impl Templates {
    /// The theme's template `name`, or the built-in one of that name.
    pub fn name_or_builtin<'a>(&self, name: &'a str) -> std::borrow::Cow<'a, str> {
        if self.tera.contains_template(name) {
            name.into()
        } else {
            format!("diptych/{name}").into()
        }
    }

    /// Whether the theme or diptych has this template.
    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// The names of the theme's shortcodes, from its `shortcodes/<name>.html` templates.
    pub fn shortcode_names(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().filter_map(|template| {
            template
                .strip_prefix(SHORTCODES_DIR)?
                .strip_suffix(SHORTCODE_EXTENSION)
        })
    }

    /// Where a template lives, relative to the site folder, for messages.
    pub fn path_of(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// A Tera error met while rendering `template`, as a diagnostic pointing into the
    /// template file (into `template` itself when Tera names no place).
    pub fn diagnostic(&self, error: &tera::Error, template: &str) -> Diagnostic {
        let mut diagnostic = template_diagnostic(error, &self.dir, &self.sources);
        if diagnostic.line.is_none() {
            diagnostic.file = Some(self.path_of(template));
        }
        diagnostic
    }
}

/// Reads every template file of the theme.
pub(crate) fn read_templates(
    root: &Path,
    config: &Config,
) -> Result<TemplateSources, Vec<Diagnostic>> {
    let dir = templates_dir(config);
    if !root.join(&dir).is_dir() {
        return Err(vec![
            Diagnostic::error(text!("theme-without-templates", theme = &config.theme))
                .in_file(&dir)
                .with_hint(text!("theme-without-templates-hint")),
        ]);
    }
    let (sources, diagnostics) = read_files(root, &dir);
    if diagnostics.is_empty() {
        Ok(TemplateSources { sources, dir })
    } else {
        Err(diagnostics)
    }
}

impl TemplateSources {
    /// Template name → its text.
    pub fn texts(&self) -> &BTreeMap<String, String> {
        &self.sources
    }

    /// The templates that ask for the UI text `id` (as `t(key="id")`).
    pub fn using_text(&self, id: &str) -> Vec<&str> {
        let quoted = [format!("\"{id}\""), format!("'{id}'")];
        self.sources
            .iter()
            .filter(|(_, text)| quoted.iter().any(|q| text.contains(q.as_str())))
            .map(|(name, _)| name.as_str())
            .collect()
    }

    /// Parses every template, with the functions `register` adds to Tera, reporting each
    /// template's syntax errors with their lines.
    pub fn compile(&self, register: &dyn Fn(&mut Tera)) -> Result<Templates, Vec<Diagnostic>> {
        let new_tera = || {
            let mut tera = Tera::new();
            register(&mut tera);
            tera
        };
        let mut diagnostics = Vec::new();
        for (name, text) in &self.sources {
            if let Err(error) = new_tera().add_raw_template(name, text)
                && let ErrorKind::SyntaxError(_) = error.kind()
            {
                diagnostics.push(template_diagnostic(&error, &self.dir, &self.sources));
            }
        }
        if !diagnostics.is_empty() {
            return Err(diagnostics);
        }
        let mut tera = new_tera();
        let all = self
            .sources
            .iter()
            .map(|(name, text)| (name.as_str(), text.as_str()))
            .chain(BUILTIN_TEMPLATES.iter().copied());
        tera.add_raw_templates(all)
            .map_err(|error| vec![template_diagnostic(&error, &self.dir, &self.sources)])?;
        Ok(Templates {
            tera,
            sources: self.sources.clone(),
            dir: self.dir.clone(),
        })
    }
}

fn read_files(root: &Path, dir: &Path) -> (BTreeMap<String, String>, Vec<Diagnostic>) {
    let mut sources = BTreeMap::new();
    let mut diagnostics = Vec::new();
    for entry in walk::folder(root, dir, |_| true) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(Refusal::Link(diagnostic)) => {
                diagnostics.push(diagnostic);
                continue;
            }
            Err(Refusal::Walk(error)) => {
                let error = error.to_string();
                diagnostics
                    .push(Diagnostic::error(text!("theme-unreadable", error = error)).in_file(dir));
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let relative = entry
            .path()
            .strip_prefix(root.join(dir))
            .unwrap_or(entry.path());
        let name = relative.to_string_lossy().replace('\\', "/");
        match std::fs::read_to_string(entry.path()) {
            Ok(text) => {
                sources.insert(name, text);
            }
            Err(error) => diagnostics.push(
                Diagnostic::error(text!("template-unreadable", error = &error))
                    .in_file(dir.join(relative)),
            ),
        }
    }
    (sources, diagnostics)
}

/// Separates a template function's message from its own advice in the error it gives
/// Tera, which passes on nothing but the text: the advice then becomes the hint.
const HINT_SEPARATOR: char = '\u{1f}';

/// The error of a template function that knows better advice than the usual one. Tera
/// keeps only text, so both are worded now, in the language diptych speaks.
pub(crate) fn function_error(message: Text, hint: Text) -> tera::Error {
    tera::Error::message(format!("{message}{HINT_SEPARATOR}{hint}"))
}

fn template_diagnostic(
    error: &tera::Error,
    dir: &Path,
    sources: &BTreeMap<String, String>,
) -> Diagnostic {
    match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let span = report.span();
            let file = report.filename();
            let usual = if matches!(error.kind(), ErrorKind::SyntaxError(_)) {
                text!("template-syntax-hint")
            } else {
                text!("template-rendering-hint")
            };
            let (message, hint) = match report.message().split_once(HINT_SEPARATOR) {
                Some((message, hint)) => (message, Text::verbatim(hint)),
                None => (report.message(), usual),
            };
            let mut diagnostic = Diagnostic::error(text!("template-problem", problem = message))
                .in_file(dir.join(file))
                .with_hint(hint);
            if let Some(text) = sources.get(file) {
                diagnostic = diagnostic.at(text, span.start_line, span.start_col + 1);
            }
            diagnostic
        }
        ErrorKind::MissingParent { current, parent } => Diagnostic::error(text!(
            "template-missing-parent",
            current = current.as_str(),
            parent = parent.as_str()
        ))
        .in_file(dir.join(current))
        .with_hint(text!("template-missing-parent-hint")),
        _ => Diagnostic::error(text!("template-problem", problem = error.to_string())).in_file(dir),
    }
}

/// The folders of static files, relative to the site folder: the theme's, then the
/// site's own (which wins when both have a file of the same name).
pub(crate) fn static_dirs(config: &Config) -> [PathBuf; 2] {
    [
        Path::new("themes").join(&config.theme).join("static"),
        PathBuf::from("static"),
    ]
}

/// Static files to publish (see [`static_dirs`]). Keys are paths within the static
/// folders. Links are followed only while they stay inside the site folder.
pub(crate) fn static_files(root: &Path, config: &Config) -> Result<SiteFiles, Vec<Diagnostic>> {
    let mut files = SiteFiles::new();
    let mut diagnostics = Vec::new();
    for folder in static_dirs(config) {
        let base = root.join(&folder);
        // A link named `static` is walked too, to be refused if it leads out or nowhere.
        if !base.is_dir() && !base.is_symlink() {
            continue;
        }
        for entry in walk::folder(root, &folder, |_| true) {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    let relative = entry.path().strip_prefix(&base).unwrap_or(entry.path());
                    match std::fs::read(entry.path()) {
                        Ok(bytes) => {
                            files.insert(
                                SitePath::new(relative.to_string_lossy().replace('\\', "/")),
                                bytes,
                            );
                        }
                        Err(error) => diagnostics.push(
                            Diagnostic::error(text!(
                                "content-unreadable",
                                what = "file",
                                error = &error
                            ))
                            .in_file(folder.join(relative)),
                        ),
                    }
                }
                Ok(_) => {}
                Err(Refusal::Link(diagnostic)) => diagnostics.push(diagnostic),
                Err(Refusal::Walk(error)) => diagnostics.push(
                    Diagnostic::error(text!(
                        "content-unreadable",
                        what = "folder",
                        error = error.to_string()
                    ))
                    .in_file(&folder),
                ),
            }
        }
    }
    if diagnostics.is_empty() {
        Ok(files)
    } else {
        Err(diagnostics)
    }
}
