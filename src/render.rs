//! Renders the placed site with Tera and Fluent into output files (site path → bytes).
//!
//! Templates see views, not the model: [`DocView`] and friends, built here and listed in
//! docs/reference/themes.md for theme authors. `t()`, `url_for()`, `asset()` and `image()`
//! are the only functions we add to Tera. Pages render in parallel; the result is a sorted
//! map, so output never depends on thread timing.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, TeraResult, Value};

use crate::addresses::{self, Address, Addresses};
use crate::alternates::{self, Alternate};
use crate::assets::Assets;
use crate::content::Kind;
use crate::diagnostic::{BugIn, Diagnostic, Severity, Unresolved, bug_words, catch_bug};
use crate::files::{SiteFiles, SitePath};
use crate::i18n::I18n;
use crate::images::{self, Image, Images};
use crate::key::{self, Key, Lookup};
use crate::lang::Lang;
use crate::markdown::{self, FragmentLink, Heading, Rendered};
use crate::resolve::{EditionId, Entry, Site};
use crate::shortcode::{ArgValue, Call};
use crate::suggest;
use crate::theme::{self, Templates};
use crate::words::{Text, text};

/// Adds `t()`, `url_for()`, `asset()`, `image()` and the `css_string` filter, answering for this
/// site, to a Tera about to parse the theme.
pub(crate) fn register_functions(
    tera: &mut Tera,
    site: &Arc<Site>,
    images: &Arc<Images>,
    i18n: &Arc<I18n>,
    assets: &Arc<Assets>,
) {
    tera.register_filter("css_string", |text: &str, _: Kwargs, _: &State| {
        Value::safe_string(&css_string(text))
    });
    let texts = Arc::clone(i18n);
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&texts, &kwargs, state)
    });
    let places = Arc::clone(site);
    tera.register_function("url_for", move |kwargs: Kwargs, state: &State| {
        url_for(&places, &kwargs, state)
    });
    let pictures = Arc::clone(images);
    let base_path = site.config.base_path.clone();
    tera.register_function("image", move |kwargs: Kwargs, _: &State| {
        image(&pictures, &base_path, &kwargs)
    });
    let files = Arc::clone(assets);
    let folders = theme::static_dirs(&site.config);
    let base_path = site.config.base_path.clone();
    tera.register_function("asset", move |kwargs: Kwargs, _: &State| {
        asset(&files, &folders, &base_path, &kwargs)
    });
}

/// `asset(path="style.css")`: the address a static file is published at (with its
/// content's hash in the name, for an asset), below the site's base path.
fn asset(
    assets: &Assets,
    folders: &[PathBuf],
    base_path: &str,
    kwargs: &Kwargs,
) -> TeraResult<String> {
    let path = kwargs.must_get::<&str>("path")?;
    let path = path.trim_start_matches('/');
    match assets.published(path) {
        Some(published) => Ok(format!("{base_path}{published}")),
        None => {
            let known = assets.names().keys().map(String::as_str);
            let folders: Vec<String> = folders
                .iter()
                .map(|folder| format!("{}/", folder.display()))
                .collect();
            let meant = suggest::did_you_mean(path, known);
            let folders = folders.join(&format!(" {} ", text!("and")));
            Err(theme::function_error(
                text!("asset-missing", path = path, meant = meant),
                text!("asset-missing-hint", folders = folders),
            ))
        }
    }
}

/// What `image()` gives a template: the address of the image's file at least `width`
/// pixels wide (the widest without `width`), its size, and the `srcset`s to choose from.
#[derive(Serialize)]
struct ImageView {
    url: String,
    width: u32,
    height: u32,
    srcset: String,
    webp_srcset: String,
    sizes: &'static str,
}

/// `image(path="images/cover.jpg", width=960)` for an image of the static folders, or
/// `image(path="@/regio/kaart.png")` for one next to a page.
fn image(images: &Images, base_path: &str, kwargs: &Kwargs) -> TeraResult<Value> {
    let path = kwargs.must_get::<&str>("path")?;
    let width = kwargs.get::<u32>("width")?;
    let found = match path.strip_prefix(key::LINK_PREFIX) {
        Some(in_content) => images.get(&Path::new(crate::content::CONTENT_DIR).join(in_content)),
        None => images.get_static(path.trim_start_matches('/')),
    };
    let Some(image) = found else {
        return Err(theme::function_error(
            text!("template-image-missing", path = path),
            text!("template-image-missing-hint"),
        ));
    };
    note_lookup(image.lookup());
    let chosen = width.map_or_else(|| image.largest(), |width| image.at_least(width));
    Ok(Value::from_serializable(&ImageView {
        url: format!("{base_path}{}", chosen.path),
        width: chosen.width,
        height: chosen.height,
        srcset: images::markup::srcset(image, image.own_format(), base_path),
        webp_srcset: images::markup::srcset(image, Some(images::Format::Webp), base_path),
        sizes: images::SIZES,
    }))
}

/// Shows the images of one page: as `<picture>` on the web, the widest file in print.
pub(crate) struct PageImages<'a> {
    /// The site, with its base path.
    pub site: &'a Site,
    /// The site's images.
    pub images: &'a Images,
    /// The page's file, which relative references start from.
    pub page: &'a Path,
    /// Web or print.
    pub mode: images::Mode,
}

impl PageImages<'_> {
    fn find(&self, src: &str) -> Result<Option<&Image>, Unresolved> {
        let found = self.images.resolve(src, self.page)?;
        if let Some(image) = found
            && self.mode == images::Mode::Web
        {
            note_lookup(image.lookup());
        }
        Ok(found)
    }
}

impl markdown::ShowImage for PageImages<'_> {
    fn markdown(
        &self,
        src: &str,
        alt: &str,
        title: &str,
        first: bool,
    ) -> Result<Option<String>, Unresolved> {
        let Some(image) = self.find(src)? else {
            return Ok(None);
        };
        let shown = images::markup::Shown {
            alt,
            title: Some(title),
            first,
        };
        let base_path = &self.site.config.base_path;
        Ok(Some(images::markup::html(
            image, base_path, shown, self.mode,
        )))
    }

    fn raw(&self, src: &str) -> Result<Option<markdown::RawImage>, Unresolved> {
        let Some(image) = self.find(src)? else {
            return Ok(None);
        };
        let largest = image.largest();
        Ok(Some(markdown::RawImage {
            src: format!("{}{}", self.site.config.base_path, largest.path),
            size: (largest.width > 0).then_some((largest.width, largest.height)),
        }))
    }
}

/// Text as a quoted CSS string (for generated `content: "…"` rules, such as running heads):
/// quotes, backslashes, line breaks and `<` are escaped, so it cannot end the string or
/// the `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' | '\n' | '\r' => {
                out.push_str(&format!("\\{:x} ", c as u32))
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `t(key="…", name=value…)`: a Fluent message in the language of the page being rendered
/// (or in `lang="…"`, for pages with several languages).
fn translate(i18n: &I18n, kwargs: &Kwargs, state: &State) -> TeraResult<String> {
    let key: String = kwargs.must_get::<&str>("key")?.to_owned();
    let lang = match kwargs.get::<&str>("lang")? {
        Some(lang) => lang.to_owned(),
        None => current_lang(state)?,
    };
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let name = name.to_string();
        if name != "key" && name != "lang" {
            args.set(name, fluent_value(value)?);
        }
    }
    i18n.format(&lang, &key, &args)
        .map_err(|problem| tera::Error::message(problem.to_string()))
}

/// `url_for(key="strategie/_index.md", lang="de")`: a page's URL, by default in the
/// language of the page being rendered.
fn url_for(site: &Site, kwargs: &Kwargs, state: &State) -> TeraResult<String> {
    let key = kwargs.must_get::<&str>("key")?;
    let lang = match kwargs.get::<&str>("lang")? {
        Some(lang) => lang.to_owned(),
        None => current_lang(state)?,
    };
    note_page_lookup(key);
    site.url_for_key(key, &lang)
        .map_err(|unresolved| tera::Error::message(unresolved.to_string()))
}

thread_local! {
    /// What the page rendering on this thread looked up (links by key, `url_for()`,
    /// images).
    static LOOKED_UP: RefCell<Vec<Lookup>> = const { RefCell::new(Vec::new()) };
}

fn note_lookup(lookup: Lookup) {
    LOOKED_UP.with_borrow_mut(|lookups| lookups.push(lookup));
}

/// Notes a look-up of the page with the key in a link by key (`@/` and a leading `/` are
/// left out).
fn note_page_lookup(key: &str) {
    note_lookup(Lookup::Page(Key::from_link(key)));
}

/// Runs `work`, returning what it returned and what it looked up, sorted. Nested calls
/// each see only their own look-ups.
fn recording<T>(work: impl FnOnce() -> T) -> (T, Vec<Lookup>) {
    let outer = LOOKED_UP.take();
    let result = work();
    let mut keys = LOOKED_UP.replace(outer);
    keys.sort();
    keys.dedup();
    (result, keys)
}

fn current_lang(state: &State) -> TeraResult<String> {
    state
        .get::<String>("lang")?
        .ok_or_else(|| tera::Error::message(text!("template-without-lang").to_string()))
}

fn fluent_value(value: &Value) -> TeraResult<FluentValue<'static>> {
    if let Some(number) = value.as_f64() {
        return Ok(FluentValue::from(number));
    }
    if let Some(text) = value.as_str() {
        return Ok(FluentValue::from(text.to_owned()));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(FluentValue::from(flag.to_string()));
    }
    let kind = value.name();
    Err(tera::Error::message(
        text!("ui-text-argument-kind", kind = kind).to_string(),
    ))
}

/// Expands a shortcode call found in `entry`'s Markdown with the theme's template
/// `shortcodes/<name>.html`. The template gets the call's arguments, `lang`, the page's
/// `extra`, and, when an argument `of` names a path in `extra` (`"access.twente_60"`),
/// the data found there as `value`.
pub fn expand_shortcode(templates: &Templates, entry: &Entry, call: &Call) -> Result<String, Text> {
    let template = theme::shortcode_template(&call.name);
    if !templates.has(&template) {
        return Err(text!(
            "shortcode-unknown",
            name = call.name.as_str(),
            template = &templates.path_of(&template),
            meant = suggest::did_you_mean(&call.name, templates.shortcode_names())
        ));
    }
    let mut context = Context::new();
    context.insert("lang", &entry.doc.lang);
    context.insert("extra", &entry.doc.front.extra);
    for (name, value) in &call.args {
        context.insert(name.clone(), value);
    }
    if let Some((_, ArgValue::Text(path))) = call.args.iter().find(|(name, _)| name == "of") {
        let extra = &entry.doc.front.extra;
        let value = lookup(extra, path).ok_or_else(|| {
            let known = data_paths(extra);
            text!(
                "shortcode-no-data",
                path = path.as_str(),
                meant = suggest::did_you_mean(path, known.iter().map(String::as_str))
            )
        })?;
        context.insert("value", value);
    }
    templates
        .tera
        .render(&template, &context)
        .map_err(|error| templates.diagnostic(&error, &template).message)
}

/// Every dotted path [`lookup`] finds something at in `data`, to suggest the one a writer
/// meant.
fn data_paths(data: &serde_json::Value) -> Vec<String> {
    let children: Vec<(String, &serde_json::Value)> = match data {
        serde_json::Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        serde_json::Value::Array(items) => (items.iter().enumerate())
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => return Vec::new(),
    };
    let mut paths = Vec::new();
    for (name, value) in children {
        let below = data_paths(value);
        paths.extend(below.into_iter().map(|path| format!("{name}.{path}")));
        paths.push(name);
    }
    paths
}

/// The value at a dotted path (`trauma.per_year`, `bars.0.value`) in front matter data.
fn lookup<'v>(data: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    path.split('.').try_fold(data, |value, part| match value {
        serde_json::Value::Array(items) => items.get(part.parse::<usize>().ok()?),
        _ => value.get(part),
    })
}

/// What templates see of the site: `site`.
#[derive(Serialize)]
struct SiteView<'a> {
    base_url: &'a str,
    base_path: &'a str,
    default_language: &'a str,
    languages: Vec<LanguageView<'a>>,
    editions: Vec<EditionLink>,
    extra: &'a serde_json::Value,
}

/// A print edition, for linking to it: `site.editions[i]`.
#[derive(Serialize)]
struct EditionLink {
    id: EditionId,
    langs: Vec<Lang>,
    url: String,
}

/// A language with its home page: `site.languages[i]`.
#[derive(Serialize)]
struct LanguageView<'a> {
    code: &'a str,
    name: &'a str,
    url: String,
    permalink: String,
    title: &'a str,
}

/// Another language version of the page: `page.translations[i]`.
#[derive(Serialize)]
struct TranslationView<'a> {
    lang: &'a str,
    name: &'a str,
    url: String,
    permalink: String,
    title: &'a str,
}

/// A page or section as listed elsewhere: `section.pages[i]`, `sections[i]`, `page.ancestors[i]`.
#[derive(Serialize)]
struct SummaryView<'a> {
    title: &'a str,
    description: Option<&'a str>,
    url: String,
    key: &'a str,
    weight: Option<i64>,
    extra: &'a serde_json::Value,
}

/// The page or section being rendered: `page` or `section`.
#[derive(Serialize)]
struct DocView<'a> {
    title: &'a str,
    description: Option<&'a str>,
    content: &'a str,
    url: String,
    permalink: String,
    key: &'a str,
    lang: &'a str,
    kind: Kind,
    weight: Option<i64>,
    extra: &'a serde_json::Value,
    toc: &'a [Heading],
    translations: Vec<TranslationView<'a>>,
    alternates: Vec<Alternate>,
    ancestors: Vec<SummaryView<'a>>,
    pages: Vec<SummaryView<'a>>,
    subsections: Vec<SummaryView<'a>>,
}

/// Builds views from the site; one per build, shared by the render threads.
struct Views<'a> {
    site: &'a Site,
}

/// What templates see as `site`.
pub(crate) fn site_view(site: &Site) -> impl Serialize + '_ {
    Views { site }.site()
}

impl<'a> Views<'a> {
    fn site(&self) -> SiteView<'a> {
        let config = &self.site.config;
        SiteView {
            base_url: &config.base_url,
            base_path: &config.base_path,
            default_language: &config.default_language,
            languages: config
                .languages
                .iter()
                .map(|language| {
                    let home = self.site.get("_index.md", &language.code);
                    LanguageView {
                        code: &language.code,
                        name: &language.name,
                        url: format!("{}{}/", config.base_path, language.code),
                        permalink: format!("{}{}/", config.base_url, language.code),
                        title: home.map_or(language.name.as_str(), |h| h.doc.front.title.as_str()),
                    }
                })
                .collect(),
            editions: self
                .site
                .editions()
                .into_iter()
                .map(|edition| EditionLink {
                    url: format!("{}{}", config.base_path, edition.path),
                    id: edition.id,
                    langs: edition.langs,
                })
                .collect(),
            extra: &config.extra,
        }
    }

    fn summary(&self, entry: &'a Entry) -> SummaryView<'a> {
        SummaryView {
            title: &entry.doc.front.title,
            description: entry.doc.front.description.as_deref(),
            url: self.site.url(entry),
            key: &entry.doc.key,
            weight: entry.doc.front.weight,
            extra: &entry.doc.front.extra,
        }
    }

    fn children(&self, key: &str, lang: &str, kind: Kind) -> Vec<SummaryView<'a>> {
        self.site
            .children(key, lang)
            .into_iter()
            .filter(|child| child.doc.kind == kind)
            .map(|child| self.summary(child))
            .collect()
    }

    fn doc(&self, entry: &'a Entry, rendered: &'a Rendered) -> DocView<'a> {
        let doc = &entry.doc;
        DocView {
            title: &doc.front.title,
            description: doc.front.description.as_deref(),
            content: &rendered.html,
            url: self.site.url(entry),
            permalink: self.site.permalink(entry),
            key: &doc.key,
            lang: &doc.lang,
            kind: doc.kind,
            weight: doc.front.weight,
            extra: &doc.front.extra,
            toc: &rendered.toc,
            translations: self.translations(&doc.key),
            alternates: alternates::of_key(self.site, &doc.key),
            ancestors: self
                .site
                .ancestors(entry)
                .into_iter()
                .map(|e| self.summary(e))
                .collect(),
            pages: self.children(&doc.key, &doc.lang, Kind::Page),
            subsections: self.children(&doc.key, &doc.lang, Kind::Section),
        }
    }

    fn translations(&self, key: &str) -> Vec<TranslationView<'a>> {
        self.site
            .translations(key)
            .map(|entry| TranslationView {
                lang: &entry.doc.lang,
                name: self
                    .site
                    .config
                    .language(&entry.doc.lang)
                    .map_or(entry.doc.lang.as_str(), |l| l.name.as_str()),
                url: self.site.url(entry),
                permalink: self.site.permalink(entry),
                title: &entry.doc.front.title,
            })
            .collect()
    }

    /// The context every template gets: `lang`, `site`, and `sections` (the top-level
    /// sections in `lang`, for the main navigation).
    fn base_context(&self, lang: &str) -> Context {
        let mut context = Context::new();
        context.insert("lang", lang);
        context.insert("site", &self.site());
        context.insert("sections", &self.children("_index.md", lang, Kind::Section));
        context
    }
}

/// A page rendered: its file or why there is none, what its Markdown showed, and the
/// keys it looked up (part of what it is made from).
pub(crate) struct Page {
    /// `de/strategie/index.html`.
    pub path: String,
    /// The page, or every problem of its Markdown or its template.
    pub html: Result<Vec<u8>, Vec<Diagnostic>>,
    /// What its Markdown has that works but is worth the writer's attention.
    pub warnings: Vec<Diagnostic>,
    /// Its headings.
    pub toc: Vec<Heading>,
    /// Its links by key to a `#fragment`, to check against the target's headings.
    pub fragment_links: Vec<FragmentLink>,
    /// The pages of links by key and of `url_for()` calls, and the images shown, sorted.
    pub looked_up: Vec<Lookup>,
}

/// The site path of an entry's page.
pub(crate) fn page_path(entry: &Entry) -> String {
    [entry.path.as_str(), "index.html"].concat()
}

/// Renders one document: its Markdown, then its template.
pub(crate) fn render_page(
    site: &Site,
    images: &Images,
    addresses: &Addresses,
    templates: &Templates,
    entry: &Entry,
) -> Page {
    let ((body, html, warnings), looked_up) = recording(|| {
        let body = render_body(site, images, addresses, Some(templates), entry, "");
        let problems = markdown_problems(entry, &body);
        let (warnings, errors): (Vec<Diagnostic>, Vec<Diagnostic>) = problems
            .iter()
            .cloned()
            .partition(|problem| !problem.is_error());
        let html = if errors.is_empty() {
            catch_bug(|| render_entry(&Views { site }, templates, entry, &body))
                .unwrap_or_else(|detail| {
                    let (message, hint) = bug_words(BugIn::Page, &detail);
                    Err(Diagnostic::error(message)
                        .in_file(&entry.doc.source)
                        .with_hint(hint))
                })
                .map_err(|problem| vec![problem])
        } else {
            Err(problems)
        };
        (body, html, warnings)
    });
    Page {
        path: page_path(entry),
        html,
        warnings,
        toc: body.toc,
        fragment_links: body.fragment_links,
        looked_up,
    }
}

/// An entry's Markdown as HTML, with links by key resolved in its language and shortcodes
/// expanded by the theme (left out when the theme could not be read). Heading ids start
/// with `id_prefix`, for pages that show two bodies at once. A bug of diptych met on the
/// way is one of the body's problems, at its first line, not a crash.
pub(crate) fn render_body(
    site: &Site,
    images: &Images,
    addresses: &Addresses,
    templates: Option<&Templates>,
    entry: &Entry,
    id_prefix: &str,
) -> Rendered {
    let body = entry.doc.body();
    catch_bug(|| {
        panic_if_asked_by_a_test(body);
        render_markdown(site, images, addresses, templates, entry, id_prefix)
    })
    .unwrap_or_else(|detail| {
        let (message, hint) = bug_words(BugIn::Page, &detail);
        Rendered {
            problems: vec![markdown::Problem {
                severity: Severity::Error,
                line: entry.doc.body_line,
                column: 1,
                message,
                hint,
            }],
            ..Rendered::default()
        }
    })
}

/// For the tests of what a bug in diptych does, and for nothing else: a body that holds
/// the text of the environment variable `DIPTYCH_TEST_PANIC_ON` panics as it is rendered.
/// No input the tests could write is known to make diptych panic, and any that becomes
/// known is fixed.
fn panic_if_asked_by_a_test(body: &str) {
    static TRIGGER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    let trigger = TRIGGER.get_or_init(|| {
        std::env::var("DIPTYCH_TEST_PANIC_ON")
            .ok()
            .filter(|text| !text.is_empty())
    });
    if let Some(trigger) = trigger
        && body.contains(trigger.as_str())
    {
        panic!("DIPTYCH_TEST_PANIC_ON: the page holds `{trigger}`");
    }
}

fn render_markdown(
    site: &Site,
    images: &Images,
    addresses: &Addresses,
    templates: Option<&Templates>,
    entry: &Entry,
    id_prefix: &str,
) -> Rendered {
    let lang = entry.doc.lang.as_str();
    let key = |key: &str, fragment: Option<&str>| {
        note_page_lookup(key);
        let target = site.entry_for_key(key, lang)?;
        let url = site.url(target);
        Ok(markdown::LinkTarget {
            url: match fragment {
                Some(fragment) => format!("{url}#{fragment}"),
                None => url,
            },
            note: site.fallback_note(target, lang),
        })
    };
    let page_url = site.url(entry);
    let address = |href: &str| {
        let lookup = addresses
            .look_up(href, &page_url, &site.config.base_path)
            .map_err(|unresolved| with_file_hint(site, entry, href, unresolved))?;
        match lookup {
            addresses::Lookup::Found {
                address: Address::Page { key, lang: to },
                ..
            } => {
                note_lookup(Lookup::Page(key.clone()));
                if *to != entry.doc.lang {
                    note_lookup(Lookup::Version {
                        key: key.clone(),
                        lang: to.clone(),
                    });
                }
            }
            addresses::Lookup::Found {
                address: Address::Image(source),
                ..
            } => note_lookup(Lookup::Image(source.clone())),
            addresses::Lookup::Found { .. } | addresses::Lookup::Elsewhere => {}
        }
        Ok(None)
    };
    let shortcode = |call: &Call| match templates {
        Some(templates) => expand_shortcode(templates, entry, call),
        None => Ok(String::new()),
    };
    let shown = PageImages {
        site,
        images,
        page: &entry.doc.source,
        mode: images::Mode::Web,
    };
    let resolvers = markdown::Resolvers {
        key: &key,
        address: &address,
        shortcode: &shortcode,
        id_prefix,
        heading_offset: 0,
        images: &shown,
    };
    markdown::render(entry.doc.body(), entry.doc.body_line, &resolvers)
}

/// A link to nothing that names a Markdown file of the site (`pijlers.md`) gets the key
/// that works.
fn with_file_hint(site: &Site, entry: &Entry, href: &str, unresolved: Unresolved) -> Unresolved {
    let languages = site.config.languages.iter().map(|language| &language.code);
    let key = addresses::key_of_file_link(href, &entry.doc.key, languages);
    match key.filter(|key| site.translations(key).next().is_some()) {
        Some(key) => Unresolved {
            hint: Some(addresses::key_hint(
                addresses::Meant::ThatFilesPage,
                key.as_str(),
            )),
            ..unresolved
        },
        None => unresolved,
    }
}

/// The problems of an entry's Markdown, as diagnostics pointing into its file.
pub(crate) fn markdown_problems(entry: &Entry, body: &Rendered) -> Vec<Diagnostic> {
    body.problems
        .iter()
        .map(|problem| {
            let diagnostic = match problem.severity {
                Severity::Error => Diagnostic::error(problem.message.clone()),
                Severity::Warning => Diagnostic::warning(problem.message.clone()),
            };
            diagnostic
                .in_file(&entry.doc.source)
                .at(entry.doc.text(), problem.line, problem.column)
                .with_hint(problem.hint.clone())
        })
        .collect()
}

fn render_entry(
    views: &Views,
    templates: &Templates,
    entry: &Entry,
    rendered: &Rendered,
) -> Result<Vec<u8>, Diagnostic> {
    let doc = &entry.doc;
    let (default_template, variable) = match doc.kind {
        Kind::Section if doc.parent_key().is_none() => ("index.html", "section"),
        Kind::Section => ("section.html", "section"),
        Kind::Page => ("page.html", "page"),
    };
    let template = doc.front.template.as_deref().unwrap_or(default_template);
    if !templates.has(template) {
        return Err(missing_template(doc, template, templates));
    }
    let mut context = views.base_context(&doc.lang);
    context.insert(variable, &views.doc(entry, rendered));
    let html = templates
        .tera
        .render(template, &context)
        .map_err(|error| render_failure(templates, &error, template, &doc.source))?;
    Ok(html.into_bytes())
}

fn missing_template(
    doc: &crate::content::Document,
    template: &str,
    templates: &Templates,
) -> Diagnostic {
    let diagnostic =
        Diagnostic::error(text!("template-missing", template = template)).in_file(&doc.source);
    match doc.position_of("template") {
        Some((line, column)) if doc.front.template.is_some() => {
            let folder = templates.path_of("");
            (diagnostic.at(doc.text(), line, column))
                .with_hint(text!("template-missing-choose-hint", folder = &folder))
        }
        _ => {
            let file = templates.path_of(template);
            diagnostic.with_hint(text!("template-missing-add-hint", file = &file))
        }
    }
}

/// Some of the files every site has besides its documents ([`SITE_FILES`]): the root
/// language chooser, `404.html`, `sitemap.xml` and `robots.txt`, each from its (possibly
/// built-in) template.
pub(crate) fn render_site_files(
    site: &Site,
    templates: &Templates,
    paths: &[&str],
) -> (SiteFiles, Vec<Diagnostic>) {
    let mut files = SiteFiles::new();
    let mut failures = Vec::new();
    for &path in paths {
        match render_site_file(&Views { site }, templates, path) {
            Ok(bytes) => {
                files.insert(SitePath::new(path), bytes);
            }
            Err(error) => failures.push(render_failure(templates, &error, path, Path::new(path))),
        }
    }
    (files, failures)
}

/// The site map: of the [`SITE_FILES`], the one that grows with the site.
pub const SITEMAP: &str = "sitemap.xml";

/// The site paths of [`render_site_files`].
pub(crate) const SITE_FILES: [&str; 4] = ["index.html", "404.html", SITEMAP, "robots.txt"];

fn render_site_file(views: &Views, templates: &Templates, path: &str) -> TeraResult<Vec<u8>> {
    let mut context = views.base_context(&views.site.config.default_language);
    let template = match path {
        "index.html" => {
            context.insert("alternates", &alternates::of_key(views.site, key::HOME));
            "languages.html"
        }
        SITEMAP => {
            context.insert("entries", &sitemap_entries(views.site));
            SITEMAP
        }
        other => other,
    };
    templates
        .tera
        .render(&templates.name_or_builtin(template), &context)
        .map(String::into_bytes)
}

/// A page in `sitemap.xml`: `entries[i]`.
#[derive(Serialize)]
struct SitemapEntry {
    permalink: String,
    alternates: Vec<Alternate>,
}

/// Every page of the site but `404.html`, each with the alternates its own page lists: the
/// language chooser, the documents, the print editions.
fn sitemap_entries(site: &Site) -> Vec<SitemapEntry> {
    let chooser = SitemapEntry {
        permalink: site.config.base_url.clone(),
        alternates: alternates::of_key(site, key::HOME),
    };
    let documents = site.entries.iter().map(|entry| SitemapEntry {
        permalink: site.permalink(entry),
        alternates: alternates::of_key(site, &entry.doc.key),
    });
    let editions = site.editions();
    let edition_alternates = alternates::of_editions(site, &editions);
    let editions = editions.iter().map(|edition| SitemapEntry {
        permalink: site.edition_permalink(edition),
        alternates: edition_alternates.clone(),
    });
    std::iter::once(chooser)
        .chain(documents)
        .chain(editions)
        .collect()
}

/// Rendered files by site path, and the problems of those that failed.
pub fn collect(
    results: Vec<Result<(String, Vec<u8>), Diagnostic>>,
) -> (SiteFiles, Vec<Diagnostic>) {
    let mut files = SiteFiles::new();
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok((path, bytes)) => {
                files.insert(SitePath::new(path), bytes);
            }
            Err(problem) => problems.push(problem),
        }
    }
    (files, problems)
}

/// A template error while building `page`, pointing into the template.
fn render_failure(
    templates: &Templates,
    error: &tera::Error,
    template: &str,
    page: &Path,
) -> Diagnostic {
    let mut diagnostic = templates.diagnostic(error, template);
    let hint = diagnostic.hint.take().unwrap_or_else(|| Text::verbatim(""));
    diagnostic.with_hint(text!(
        "template-hint-while-building",
        hint = hint,
        page = page,
        others = 0
    ))
}

/// Where a template problem is and what it says: the same for every page that hits it.
type Place = (Option<PathBuf>, Option<usize>, Option<usize>, Text);

/// One diagnostic per template problem, however many pages hit it.
pub(crate) fn merge_repeats(failures: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<Place, (Diagnostic, usize)> = BTreeMap::new();
    for failure in failures {
        let key = (
            failure.file.clone(),
            failure.line,
            failure.column,
            failure.message.clone(),
        );
        seen.entry(key)
            .and_modify(|(_, count)| *count += 1)
            .or_insert((failure, 0));
    }
    seen.into_values()
        .map(|(mut diagnostic, others)| {
            // Only a template problem's hint names the page it was building.
            if let Some(hint) = diagnostic.hint.as_mut() {
                hint.set("others", others);
            }
            diagnostic
        })
        .collect()
}
