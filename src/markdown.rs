//! Markdown to HTML, with the two things a multilingual site adds: links written by key
//! (`@/strategie/ambities.md`) that resolve to the reader's language, and stable heading
//! ids for fragments and tables of contents.
//!
//! Pure: the caller passes a function that turns a key into a URL, so this module knows
//! nothing of the site. Problems carry lines of the whole file.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diagnostic::{Severity, Unresolved};
use crate::key;
use crate::shortcode::{Call, Shortcode, find_calls};
use crate::util::text::line_and_column;
use crate::words::{Text, text};

mod near_misses;
mod raw_images;

/// One heading of a page, for its table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The `id` attribute, unique within the page.
    pub id: String,
    /// The heading's text, without markup.
    pub title: String,
}

/// A problem in the Markdown, at a line and column of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// An error, or a warning for what works but may not be what the writer meant.
    pub severity: Severity,
    /// 1-based line of the file.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: Text,
    /// How to fix it.
    pub hint: Text,
}

/// The HTML of a page body and what was learned on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The body as HTML.
    pub html: String,
    /// Headings in document order.
    pub toc: Vec<Heading>,
    /// Links and images that need fixing.
    pub problems: Vec<Problem>,
    /// Links by key that name a `#fragment`, to check against the target's headings.
    pub fragment_links: Vec<FragmentLink>,
    /// Where each heading outside lists and quotes starts: the page's sections, for
    /// showing a page and its translation side by side.
    pub sections: Vec<Section>,
}

/// A heading that starts a section of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// 1-based line of the file.
    pub line: usize,
    /// Byte offset of the heading in [`Rendered::html`].
    pub at: usize,
}

/// A link by key with a `#fragment`, where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FragmentLink {
    /// 1-based line of the file.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The key linked to.
    pub key: String,
    /// The heading id after `#`.
    pub fragment: String,
}

/// Turns a key and an optional `#fragment` into a link target, or says why it cannot.
pub type ResolveKey<'a> = dyn Fn(&str, Option<&str>) -> Result<LinkTarget, Unresolved> + 'a;

/// Says why a link written as an address (`/nl/strategie/`, `../ambities/`, or one to
/// another site) leads nowhere; `Ok` when it leads somewhere, or off the site, with its
/// new `href` when it should change (`None` keeps it as written).
pub type CheckAddress<'a> = dyn Fn(&str) -> Result<Option<String>, Unresolved> + 'a;

/// Where a link by key leads, with a word for the writer when the reader may not get
/// what the writer expects (another language's page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    /// The link's new `href`.
    pub url: String,
    /// Reported as a warning at the link.
    pub note: Option<Unresolved>,
}

impl From<String> for LinkTarget {
    fn from(url: String) -> Self {
        LinkTarget { url, note: None }
    }
}

/// What the caller supplies: how to turn a key into a URL, and a shortcode call into HTML.
pub struct Resolvers<'a> {
    /// `strategie/ambities.md` and an optional `#fragment` → the link target in the page's
    /// language, or why there is none.
    pub key: &'a ResolveKey<'a>,
    /// A link written as an address → whether the site has something there.
    pub address: &'a CheckAddress<'a>,
    /// A shortcode call → its HTML, or why it cannot be expanded.
    pub shortcode: &'a dyn Fn(&Call) -> Result<String, Text>,
    /// Put before every heading id, so that pages printed in one document keep them unique.
    pub id_prefix: &'a str,
    /// Levels to add to every heading (`## A` becomes `<h4>` with 2), for pages printed
    /// under chapter and page headings.
    pub heading_offset: u8,
    /// What images become.
    pub images: &'a dyn ShowImage,
}

/// The alt text that marks an image as decorative (`![-](rand.png)` → `alt=""`): an empty
/// one cannot tell a forgotten description from a deliberate absence.
pub(crate) const DECORATIVE: &str = "-";

/// What the caller makes of the images of a page: this module only finds them.
pub trait ShowImage {
    /// The HTML of an image written in Markdown (`src` as written, `alt` checked and empty
    /// for a decorative image), or `Ok(None)` to leave it as written (another site's).
    fn markdown(
        &self,
        src: &str,
        alt: &str,
        title: &str,
        first: bool,
    ) -> Result<Option<String>, Unresolved>;
    /// The address an `<img src>` of HTML in the Markdown gets, with the image's width
    /// and height; `Ok(None)` to leave it as written.
    fn raw(&self, src: &str) -> Result<Option<RawImage>, Unresolved>;
}

/// What an `<img>` written in HTML gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawImage {
    /// Its new `src`.
    pub src: String,
    /// Width and height in pixels, unless unknown.
    pub size: Option<(u32, u32)>,
}

/// Leaves every image as written: for pages read for their text only.
pub struct AsWritten;

impl ShowImage for AsWritten {
    fn markdown(&self, _: &str, _: &str, _: &str, _: bool) -> Result<Option<String>, Unresolved> {
        Ok(None)
    }

    fn raw(&self, _: &str) -> Result<Option<RawImage>, Unresolved> {
        Ok(None)
    }
}

/// The Markdown the site is written in: CommonMark with tables, footnotes, strikethrough
/// and `{#id}` on headings.
pub(crate) const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

/// Renders `markdown` (which starts on line `first_line` of its file).
pub fn render(markdown: &str, first_line: usize, resolvers: &Resolvers) -> Rendered {
    let source = markdown;
    let mut problems = Vec::new();
    let expanded = expand_and_check(source, first_line, resolvers, &mut problems);
    let mut events: Vec<(Event, usize)> = Parser::new_ext(&expanded.text, OPTIONS)
        .into_offset_iter()
        .map(|(event, range)| (event, range.start))
        .collect();
    let mut fragment_links = Vec::new();
    let mut report = |offset: usize, found| {
        let (line, column) = place(source, first_line, expanded.original_offset(offset));
        match found {
            LinkFinding::Problem {
                severity,
                message,
                hint,
            } => problems.push(Problem {
                severity,
                line,
                column,
                message,
                hint,
            }),
            LinkFinding::Fragment { key, fragment } => fragment_links.push(FragmentLink {
                line,
                column,
                key,
                fragment,
            }),
        }
    };
    show_images(&mut events, resolvers.images, &mut report);
    resolve_links(&mut events, resolvers, &mut report);
    let toc = name_headings(&mut events, resolvers.id_prefix, resolvers.heading_offset);
    let (html, sections) = html_with_sections(events, source, first_line, &expanded);
    Rendered {
        html,
        toc,
        problems,
        fragment_links,
        sections,
    }
}

/// Line and column in the file of `offset` in `text`, the part of the file that starts on
/// line `first_line`.
fn place(text: &str, first_line: usize, offset: usize) -> (usize, usize) {
    let (line, column) = line_and_column(text, offset);
    (line + first_line - 1, column)
}

/// `source` with the theme's shortcodes expanded; a shortcode that fails and a near miss
/// of Markdown syntax become problems at their place in the file.
fn expand_and_check(
    source: &str,
    first_line: usize,
    resolvers: &Resolvers,
    problems: &mut Vec<Problem>,
) -> Expanded {
    let expanded = expand_shortcodes(
        source,
        OPTIONS,
        resolvers.shortcode,
        &mut |offset, message| {
            let (line, column) = place(source, first_line, offset);
            problems.push(Problem {
                severity: Severity::Error,
                line,
                column,
                message,
                hint: text!("shortcode-hint"),
            });
        },
    );
    for miss in near_misses::near_misses(&expanded.text, OPTIONS) {
        let (line, column) = place(source, first_line, expanded.original_offset(miss.at));
        problems.push(Problem {
            severity: Severity::Error,
            line,
            column,
            message: miss.message,
            hint: miss.hint,
        });
    }
    expanded
}

/// The HTML of `events`, and where each of its sections starts: its line in the file
/// (whose part `source` starts on line `first_line`) and its offset in the HTML.
fn html_with_sections(
    events: Vec<(Event, usize)>,
    source: &str,
    first_line: usize,
    expanded: &Expanded,
) -> (String, Vec<Section>) {
    // Section starts come in order: their lines are counted on from the last one, not
    // from the top of the file each time (a file of 50 MB has thousands of headings).
    let mut lines = Lines::new(source, first_line);
    let starts: Vec<(usize, usize)> = section_starts(&events)
        .into_iter()
        .map(|index| (index, lines.at(expanded.original_offset(events[index].1))))
        .collect();
    let (html, offsets) = write_html(events, starts.iter().map(|&(index, _)| index));
    let sections = (starts.iter().zip(offsets))
        .map(|(&(_, line), at)| Section { line, at })
        .collect();
    (html, sections)
}

/// Line numbers of offsets asked for in increasing order, each counted from the last.
struct Lines<'t> {
    text: &'t str,
    /// The line of the file the text starts on.
    first_line: usize,
    /// The offset counted up to, and its line in the file.
    at: usize,
    line: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str, first_line: usize) -> Self {
        Lines {
            text,
            first_line,
            at: 0,
            line: first_line,
        }
    }

    /// The line of the file at byte `offset` of the text (counted from the top again
    /// when the offset lies before the last one).
    fn at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.at {
            (self.at, self.line) = (0, self.first_line);
        }
        let passed = &self.text.as_bytes()[self.at..offset];
        self.line += passed.iter().filter(|&&byte| byte == b'\n').count();
        self.at = offset;
        self.line
    }
}

/// The indexes of the headings that stand outside lists, quotes and footnotes.
fn section_starts(events: &[(Event, usize)]) -> Vec<usize> {
    let mut depth = 0usize;
    let mut starts = Vec::new();
    for (index, (event, _)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Heading { .. }) if depth == 0 => starts.push(index),
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_)) => {
                depth += 1
            }
            Event::End(TagEnd::List(_) | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition) => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
    }
    starts
}

/// The events as HTML, and the byte offset in it at which each event of `marked` (sorted
/// indexes) begins.
fn write_html(
    events: Vec<(Event, usize)>,
    marked: impl Iterator<Item = usize>,
) -> (String, Vec<usize>) {
    /// Appends to the HTML and keeps its length where the event stream can read it.
    struct Counted<'a> {
        html: String,
        written: &'a std::cell::Cell<usize>,
    }
    impl std::fmt::Write for Counted<'_> {
        fn write_str(&mut self, text: &str) -> std::fmt::Result {
            self.html.push_str(text);
            self.written.set(self.html.len());
            Ok(())
        }
    }
    let written = std::cell::Cell::new(0);
    let mut out = Counted {
        html: String::with_capacity(events.len() * 16),
        written: &written,
    };
    let mut marked = marked.peekable();
    let mut offsets = Vec::new();
    let stream = events.into_iter().enumerate().map(|(index, (event, _))| {
        if marked.next_if_eq(&index).is_some() {
            offsets.push(written.get());
        }
        event
    });
    // Writing to a String cannot fail.
    let _ = pulldown_cmark::html::write_html_fmt(&mut out, stream);
    (out.html, offsets)
}

/// What reading the links of a page turns up.
enum LinkFinding {
    Problem {
        severity: Severity,
        message: Text,
        hint: Text,
    },
    Fragment {
        key: String,
        fragment: String,
    },
}

/// Markdown with its shortcodes expanded, and the way back to the file's positions.
struct Expanded {
    text: String,
    /// (offset in `text`, offset in the original, whether the text there is a copy):
    /// one piece per stretch of copied text or expansion, in order.
    pieces: Vec<(usize, usize, bool)>,
}

impl Expanded {
    /// Where an offset of the expanded text stands in the original: the same place in
    /// copied text; the start of the shortcode inside an expansion.
    fn original_offset(&self, offset: usize) -> usize {
        let index = self.pieces.partition_point(|&(at, _, _)| at <= offset);
        match index.checked_sub(1).map(|i| self.pieces[i]) {
            Some((at, original, true)) => original + (offset - at),
            Some((_, original, false)) => original,
            None => offset,
        }
    }
}

/// Replaces each shortcode call by its HTML (kept on one line, so that it stays inside
/// its paragraph), remembering where everything came from. Code spans and code blocks
/// keep their text as written.
fn expand_shortcodes(
    markdown: &str,
    options: Options,
    expand: &dyn Fn(&Call) -> Result<String, Text>,
    report: &mut dyn FnMut(usize, Text),
) -> Expanded {
    let mut out = Expanded {
        text: String::with_capacity(markdown.len()),
        pieces: vec![(0, 0, true)],
    };
    if !markdown.contains("{{") {
        out.text.push_str(markdown);
        return out;
    }
    let code = code_ranges(markdown, options);
    let in_code = |offset: usize| {
        let index = code.partition_point(|range| range.end <= offset);
        code.get(index).is_some_and(|range| range.contains(&offset))
    };
    let mut copied = 0;
    for found in find_calls(markdown) {
        let found = match found {
            Ok(found) if !in_code(found.span().start) => found,
            Err(malformed) if !in_code(malformed.offset) => {
                report(malformed.offset, malformed.message);
                continue;
            }
            _ => continue,
        };
        let span = found.span().clone();
        out.text.push_str(&markdown[copied..span.start]);
        out.pieces.push((out.text.len(), span.start, false));
        match found {
            Shortcode::Call(call) => match expand(&call) {
                Ok(html) => out.text.push_str(&html.trim().replace(['\n', '\r'], " ")),
                Err(message) => report(span.start, message),
            },
            // Braces as text: `{{` would start nothing in Markdown, so no escaping is needed.
            Shortcode::Literal { text, .. } => out.text.push_str(&text),
        }
        copied = span.end;
        out.pieces.push((out.text.len(), copied, true));
    }
    out.text.push_str(&markdown[copied..]);
    out
}

/// The byte ranges of code spans and code blocks, in order.
fn code_ranges(markdown: &str, options: Options) -> Vec<std::ops::Range<usize>> {
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        let is_code = matches!(event, Event::Code(_) | Event::Start(Tag::CodeBlock(_)));
        if is_code && ranges.last().is_none_or(|last| last.end <= range.start) {
            ranges.push(range);
        }
    }
    ranges
}

/// Rewrites `@/key` link targets; checks links written as addresses.
fn resolve_links(
    events: &mut [(Event, usize)],
    resolvers: &Resolvers,
    report: &mut dyn FnMut(usize, LinkFinding),
) {
    for (event, offset) in events.iter_mut() {
        let Event::Start(Tag::Link { dest_url, .. }) = event else {
            continue;
        };
        let findings = match dest_url.strip_prefix(key::LINK_PREFIX) {
            Some(target) => {
                let (found, url) = link_by_key(target, resolvers.key);
                if let Some(url) = url {
                    *dest_url = CowStr::from(url);
                }
                found
            }
            None => match (resolvers.address)(dest_url) {
                Ok(Some(url)) => {
                    *dest_url = CowStr::from(url);
                    Vec::new()
                }
                Ok(None) => Vec::new(),
                Err(unresolved) => vec![link_problem(Severity::Error, unresolved)],
            },
        };
        for finding in findings {
            report(*offset, finding);
        }
    }
}

/// What a link by key (`target` after `@/`) turns up, and its new `href` when it leads
/// somewhere.
fn link_by_key(target: &str, resolve_key: &ResolveKey<'_>) -> (Vec<LinkFinding>, Option<String>) {
    let (key, fragment) = match target.split_once('#') {
        Some((key, fragment)) => (key, Some(fragment)),
        None => (target, None),
    };
    match resolve_key(key, fragment) {
        Ok(LinkTarget { url, note }) => {
            let note = note.map(|note| link_problem(Severity::Warning, note));
            let fragment = fragment.map(|fragment| LinkFinding::Fragment {
                key: key.to_owned(),
                fragment: fragment.to_owned(),
            });
            (note.into_iter().chain(fragment).collect(), Some(url))
        }
        Err(unresolved) => (vec![link_problem(Severity::Error, unresolved)], None),
    }
}

fn link_problem(severity: Severity, Unresolved { message, hint }: Unresolved) -> LinkFinding {
    LinkFinding::Problem {
        severity,
        message,
        hint: hint.unwrap_or_else(|| text!("link-by-key-hint")),
    }
}

/// Replaces each image by what `images` makes of it, reporting images without alt text
/// and images that are not there; rewrites the `src` of `<img>` in HTML.
fn show_images(
    events: &mut [(Event, usize)],
    images: &dyn ShowImage,
    report: &mut dyn FnMut(usize, LinkFinding),
) {
    let mut shown = 0;
    let mut index = 0;
    while index < events.len() {
        let offset = events[index].1;
        match &events[index].0 {
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let Some(length) = (events[index..].iter())
                    .position(|(event, _)| matches!(event, Event::End(TagEnd::Image)))
                else {
                    // The parser closes every image: one it did not is left as it is.
                    index += 1;
                    continue;
                };
                let end = index + length;
                let alt = alt_text(&events[index + 1..end]);
                let alt = alt.trim();
                if alt.is_empty() {
                    report(offset, no_alt());
                }
                let decorative = alt == DECORATIVE;
                let alt = if decorative { "" } else { alt };
                match images.markdown(dest_url, alt, title, shown == 0) {
                    Ok(Some(html)) => {
                        events[index].0 = Event::InlineHtml(CowStr::from(html));
                        for (event, _) in &mut events[index + 1..=end] {
                            *event = Event::Text(CowStr::Borrowed(""));
                        }
                    }
                    Ok(None) if decorative => {
                        for (event, _) in &mut events[index + 1..end] {
                            *event = Event::Text(CowStr::Borrowed(""));
                        }
                    }
                    Ok(None) => {}
                    Err(unresolved) => report(offset, image_problem(unresolved)),
                }
                shown += 1;
                index = end + 1;
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                let run_end = index
                    + events[index..]
                        .iter()
                        .position(|(event, _)| {
                            !matches!(event, Event::Html(_) | Event::InlineHtml(_))
                        })
                        .unwrap_or(events.len() - index);
                let run = &mut events[index..run_end];
                let offsets: Vec<usize> = run.iter().map(|&(_, offset)| offset).collect();
                let mut problems = Vec::new();
                raw_images::rewrite(run, &mut |src, event, at| {
                    shown += 1;
                    images
                        .raw(src)
                        .map_err(|unresolved| problems.push((offsets[event] + at, unresolved)))
                        .ok()
                        .flatten()
                });
                for (at, unresolved) in problems {
                    report(at, image_problem(unresolved));
                }
                index = run_end;
            }
            _ => index += 1,
        }
    }
}

fn no_alt() -> LinkFinding {
    LinkFinding::Problem {
        severity: Severity::Error,
        message: text!("image-no-alt"),
        hint: text!("image-no-alt-hint", decorative = DECORATIVE),
    }
}

fn image_problem(unresolved: Unresolved) -> LinkFinding {
    LinkFinding::Problem {
        severity: Severity::Error,
        message: unresolved.message,
        hint: unresolved.hint.unwrap_or_else(|| text!("image-name-hint")),
    }
}

/// The text of an image's description, without markup.
fn alt_text(inside: &[(Event, usize)]) -> String {
    inside
        .iter()
        .filter_map(|(event, _)| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            Event::SoftBreak | Event::HardBreak => Some(" "),
            _ => None,
        })
        .collect()
}

/// Gives every heading an id (its own `{#id}` or one made from its text, numbered when
/// taken) and returns the headings.
fn name_headings(events: &mut [(Event, usize)], prefix: &str, offset: u8) -> Vec<Heading> {
    let mut taken = Taken::default();
    let mut toc = Vec::new();
    for index in 0..events.len() {
        let Event::Start(Tag::Heading { level, id, .. }) = &events[index].0 else {
            continue;
        };
        let level = (*level as u8).saturating_add(offset).min(6);
        let explicit = id.as_ref().map(|id| id.to_string());
        let title = heading_text(&events[index + 1..]);
        let base = explicit.unwrap_or_else(|| {
            let slug = slug::slugify(&title);
            if slug.is_empty() {
                "section".to_owned()
            } else {
                slug
            }
        });
        let unique = unique_id(&format!("{prefix}{base}"), &mut taken);
        if let Event::Start(Tag::Heading {
            id,
            level: tag_level,
            ..
        }) = &mut events[index].0
        {
            *id = Some(CowStr::from(unique.clone()));
            *tag_level = html_level(level);
        }
        if let Some(end) = events[index..]
            .iter()
            .position(|(event, _)| matches!(event, Event::End(TagEnd::Heading(_))))
        {
            events[index + end].0 = Event::End(TagEnd::Heading(html_level(level)));
        }
        toc.push(Heading {
            level,
            id: unique,
            title,
        });
    }
    toc
}

/// `level` as a heading tag: 1 to 6, deeper levels stay at 6.
fn html_level(level: u8) -> HeadingLevel {
    HeadingLevel::try_from(usize::from(level.clamp(1, 6))).unwrap_or(HeadingLevel::H6)
}

fn heading_text(after_start: &[(Event, usize)]) -> String {
    after_start
        .iter()
        .take_while(|(event, _)| !matches!(event, Event::End(TagEnd::Heading(_))))
        .filter_map(|(event, _)| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Heading ids given so far in a page, and for each base the next number to try, so
/// that thousands of equal headings are numbered in linear time.
#[derive(Default)]
struct Taken {
    ids: HashSet<String>,
    next: HashMap<String, usize>,
}

/// `base`, or `base-1`, `base-2`, … whichever is free; marks it taken.
fn unique_id(base: &str, taken: &mut Taken) -> String {
    let mut candidate = base.to_owned();
    let mut number = taken.next.get(base).copied().unwrap_or(0);
    while taken.ids.contains(&candidate) {
        number += 1;
        candidate = format!("{base}-{number}");
    }
    taken.next.insert(base.to_owned(), number);
    taken.ids.insert(candidate.clone());
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_links(key: &str, _: Option<&str>) -> Result<LinkTarget, Unresolved> {
        Err(Unresolved::new(Text::verbatim(format!("no page `{key}`"))))
    }

    fn any_address(_: &str) -> Result<Option<String>, Unresolved> {
        Ok(None)
    }

    fn no_shortcodes(call: &Call) -> Result<String, Text> {
        Err(Text::verbatim(format!("no shortcode `{}`", call.name)))
    }

    fn render_plain(markdown: &str, first_line: usize) -> Rendered {
        render(
            markdown,
            first_line,
            &Resolvers {
                key: &no_links,
                address: &any_address,
                shortcode: &no_shortcodes,
                id_prefix: "",
                heading_offset: 0,
                images: &AsWritten,
            },
        )
    }

    #[test]
    fn sections_start_at_headings_outside_lists_with_their_file_lines() {
        let markdown =
            "Intro.\n\n## Eerste\n\nTekst.\n\n- ## In een lijst\n\n> ## Geciteerd\n\n### Tweede\n";
        let out = render_plain(markdown, 5);
        let lines: Vec<usize> = out.sections.iter().map(|s| s.line).collect();
        assert_eq!(lines, [7, 15]);
        let starts: Vec<&str> = (out.sections.iter())
            .map(|s| {
                out.html[s.at..]
                    .trim_start()
                    .split('>')
                    .next()
                    .unwrap_or("")
            })
            .collect();
        assert_eq!(starts, ["<h2 id=\"eerste\"", "<h3 id=\"tweede\""]);
        assert!(out.html[..out.sections[0].at].contains("Intro."));
    }

    #[test]
    fn headings_get_unique_ids_and_a_toc() {
        let out = render_plain(
            "## Onze ambities\n\n## Onze ambities\n\n### Über uns {#ueber}\n",
            1,
        );
        assert!(
            out.html.contains(r#"<h2 id="onze-ambities">"#),
            "{}",
            out.html
        );
        assert!(out.html.contains(r#"<h2 id="onze-ambities-1">"#));
        assert!(out.html.contains(r#"<h3 id="ueber">"#));
        let ids: Vec<_> = out.toc.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["onze-ambities", "onze-ambities-1", "ueber"]);
        assert_eq!(out.toc[2].title, "Über uns");
    }

    #[test]
    fn heading_ids_can_carry_a_prefix() {
        let resolvers = Resolvers {
            key: &no_links,
            address: &any_address,
            shortcode: &no_shortcodes,
            id_prefix: "nl-ambities-",
            heading_offset: 0,
            images: &AsWritten,
        };
        let out = render("## Doel\n", 1, &resolvers);
        assert!(
            out.html.contains(r#"<h2 id="nl-ambities-doel">"#),
            "{}",
            out.html
        );
    }

    #[test]
    fn links_by_key_are_resolved_with_fragment() {
        let resolve = |key: &str, fragment: Option<&str>| {
            Ok(format!("/de/{key}/#{}", fragment.unwrap_or_default()).into())
        };
        let resolvers = Resolvers {
            key: &resolve,
            address: &any_address,
            shortcode: &no_shortcodes,
            id_prefix: "",
            heading_offset: 0,
            images: &AsWritten,
        };
        let out = render("[x](@/strategie/ambities.md#doel)", 1, &resolvers);
        assert!(
            out.html
                .contains(r#"href="/de/strategie/ambities.md/#doel""#),
            "{}",
            out.html
        );
    }

    #[test]
    fn shortcodes_in_code_are_left_as_written() {
        let out = render_plain(
            "Write `{{ nope() }}` inline.\n\n```\n{{ chart(of=\"x\") }}\n```\n\n    {{ indented() }}\n",
            1,
        );
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert!(
            out.html.contains("<code>{{ nope() }}</code>"),
            "{}",
            out.html
        );
        assert!(out.html.contains("{{ chart(of=\"x\") }}\n</code>"));
        assert!(out.html.contains("{{ indented() }}"));
    }

    #[test]
    fn a_written_out_shortcode_shows_as_text() {
        let out = render_plain("Write {{/* percent(of=\"x\") */}} for it.\n", 1);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert!(
            out.html.contains("Write {{ percent(of=\"x\") }} for it."),
            "{}",
            out.html
        );
    }

    #[test]
    fn a_shortcode_after_code_is_still_found_at_its_place() {
        let out = render_plain("```\n{{ a() }}\n```\n\nText {{ nope() }}\n", 3);
        assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
        assert_eq!((out.problems[0].line, out.problems[0].column), (7, 6));
    }

    #[test]
    fn unknown_keys_are_reported_at_their_line() {
        let out = render_plain("Tekst\n\nZie [hier](@/nergens.md).\n", 5);
        assert_eq!(out.problems.len(), 1);
        assert_eq!(out.problems[0].line, 7);
        assert_eq!(out.problems[0].column, 5);
        assert_eq!(out.problems[0].message, "no page `nergens.md`");
    }

    #[test]
    fn shortcodes_expand_in_place_and_keep_lines() {
        let expand = |call: &Call| Ok(format!("<b>\n{}</b>\n", call.name));
        let resolvers = Resolvers {
            key: &no_links,
            address: &any_address,
            shortcode: &expand,
            id_prefix: "",
            heading_offset: 0,
            images: &AsWritten,
        };
        let out = render(
            "a {{ fig(of=\"x\") }} b\n\n[c](@/nergens.md)\n",
            1,
            &resolvers,
        );
        assert!(out.html.contains("<p>a <b> fig</b> b</p>"), "{}", out.html);
        assert_eq!(out.problems[0].line, 3);
    }

    #[test]
    fn failed_shortcodes_are_reported_at_their_line() {
        let out = render_plain("x\n{{ nope() }}\n", 10);
        assert_eq!(out.problems[0].line, 11);
        assert_eq!(out.problems[0].message, "no shortcode `nope`");
    }

    #[test]
    fn images_need_alt_text() {
        let out = render_plain("![](foto.png)\n\n![Het ziekenhuis](foto.png)\n", 1);
        assert_eq!(out.problems.len(), 1);
        assert_eq!(out.problems[0].line, 1);
    }
}
