//! A content file as a translator reads it: its title, description and Markdown as blocks
//! of plain text (headings, paragraphs, list items, table cells), each piece with its line
//! and column in the file, and a count of its structure. Code is not text to translate,
//! and shortcodes are counted, not read.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::content::Document;
use crate::markdown::OPTIONS;
use crate::shortcode::{self, Shortcode};
use crate::util::text::line_and_column;

/// What a block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Title,
    Description,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
}

/// A piece of text as written, and where it starts in the file.
#[derive(Debug, Clone)]
pub(super) struct Piece {
    pub(super) text: String,
    pub(super) line: usize,
    pub(super) column: usize,
}

/// A block of text: its pieces, in order.
#[derive(Debug, Clone)]
pub(super) struct Block {
    pub(super) kind: Kind,
    pub(super) pieces: Vec<Piece>,
    /// Where the block starts in the file.
    pub(super) line: usize,
}

impl Block {
    /// The block's text, its line breaks as spaces.
    pub(super) fn text(&self) -> String {
        let joined: Vec<&str> = self.pieces.iter().map(|p| p.text.as_str()).collect();
        joined.concat()
    }
}

/// How many of each thing a page has that its translation must have as many of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Structure {
    pub(super) headings: usize,
    pub(super) list_items: usize,
    pub(super) links_by_key: usize,
    pub(super) images: usize,
    pub(super) shortcodes: usize,
}

impl Structure {
    /// Each count with its name, which the messages word in each language.
    pub(super) fn counts(&self) -> [(&'static str, usize); 5] {
        [
            ("headings", self.headings),
            ("list-items", self.list_items),
            ("links-by-key", self.links_by_key),
            ("images", self.images),
            ("shortcodes", self.shortcodes),
        ]
    }
}

/// A content file's text and structure.
#[derive(Debug, Clone, Default)]
pub(super) struct PageText {
    pub(super) blocks: Vec<Block>,
    pub(super) structure: Structure,
}

/// Reads a document's title, description and body.
pub(super) fn read(doc: &Document) -> PageText {
    let mut page = PageText::default();
    let front = [
        (Kind::Title, "title", Some(doc.front.title.as_str())),
        (
            Kind::Description,
            "description",
            doc.front.description.as_deref(),
        ),
    ];
    for (kind, key, value) in front {
        let Some(value) = value else { continue };
        let (line, column) = doc.position_of(key).unwrap_or((1, 1));
        page.blocks.push(Block {
            kind,
            line,
            pieces: vec![Piece {
                text: value.to_owned(),
                line,
                column: column + usize::from(starts_quoted(doc.text(), line, column)),
            }],
        });
    }
    read_body(doc.body(), doc.body_line, &mut page);
    page
}

/// Whether the value at `line`:`column` is written in quotes (its text starts one later).
fn starts_quoted(text: &str, line: usize, column: usize) -> bool {
    let first = text
        .lines()
        .nth(line.saturating_sub(1))
        .and_then(|l| l.chars().nth(column.saturating_sub(1)));
    matches!(first, Some('"' | '\''))
}

/// The blocks and structure of Markdown that starts on `first_line` of its file.
fn read_body(markdown: &str, first_line: usize, page: &mut PageText) {
    let position = |offset: usize| {
        let (line, column) = line_and_column(markdown, offset);
        (line + first_line - 1, column)
    };
    let events: Vec<(Event, std::ops::Range<usize>)> = Parser::new_ext(markdown, OPTIONS)
        .into_offset_iter()
        .collect();
    let code: Vec<std::ops::Range<usize>> = events
        .iter()
        .filter(|(event, _)| matches!(event, Event::Code(_) | Event::Start(Tag::CodeBlock(_))))
        .map(|(_, range)| range.clone())
        .collect();
    let calls: Vec<std::ops::Range<usize>> = shortcode::find_calls(markdown)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|found| match found {
            Shortcode::Call(call) => Some(call.span),
            Shortcode::Literal { .. } => None,
        })
        .filter(|span| !code.iter().any(|c| c.contains(&span.start)))
        .collect();
    page.structure.shortcodes = calls.len();
    let mut open: Vec<Block> = Vec::new();
    let mut in_code = 0usize;
    for (event, range) in events {
        match event {
            Event::Start(tag) => {
                count(&tag, &mut page.structure);
                if matches!(tag, Tag::CodeBlock(_)) {
                    in_code += 1;
                }
                if let Some(kind) = block_kind(&tag) {
                    let (line, _) = position(range.start);
                    open.push(Block {
                        kind,
                        line,
                        pieces: Vec::new(),
                    });
                }
            }
            Event::End(tag) => {
                if matches!(tag, TagEnd::CodeBlock) {
                    in_code = in_code.saturating_sub(1);
                }
                if ends_block(&tag)
                    && let Some(block) = open.pop()
                {
                    page.blocks.push(block);
                }
            }
            Event::Text(text) if in_code == 0 => {
                if let Some(block) = open.last_mut() {
                    for (piece, offset) in outside(&text, range.start, &calls, markdown) {
                        let (line, column) = position(offset);
                        block.pieces.push(Piece {
                            text: piece,
                            line,
                            column,
                        });
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = open.last_mut() {
                    let (line, column) = position(range.start);
                    block.pieces.push(Piece {
                        text: " ".to_owned(),
                        line,
                        column,
                    });
                }
            }
            _ => {}
        }
    }
    page.blocks.sort_by_key(|block| block.line);
}

/// The parts of a text event that are not shortcode calls, with their offsets. A text that
/// is not written as it reads (an entity, an escape) keeps the offset of its start.
fn outside(
    text: &str,
    start: usize,
    calls: &[std::ops::Range<usize>],
    markdown: &str,
) -> Vec<(String, usize)> {
    let verbatim = markdown.get(start..start + text.len()) == Some(text);
    if !verbatim {
        return vec![(text.to_owned(), start)];
    }
    let mut pieces = Vec::new();
    let mut from = start;
    let end = start + text.len();
    for call in calls.iter().filter(|c| c.start < end && c.end > start) {
        if call.start > from {
            pieces.push((markdown[from..call.start].to_owned(), from));
        }
        from = from.max(call.end);
    }
    if from < end {
        pieces.push((markdown[from..end].to_owned(), from));
    }
    pieces
}

fn count(tag: &Tag, structure: &mut Structure) {
    match tag {
        Tag::Heading { .. } => structure.headings += 1,
        Tag::Item => structure.list_items += 1,
        Tag::Image { .. } => structure.images += 1,
        Tag::Link { dest_url, .. } if dest_url.starts_with("@/") => structure.links_by_key += 1,
        _ => {}
    }
}

fn block_kind(tag: &Tag) -> Option<Kind> {
    match tag {
        Tag::Heading { .. } => Some(Kind::Heading),
        Tag::Paragraph => Some(Kind::Paragraph),
        Tag::Item => Some(Kind::ListItem),
        Tag::TableCell => Some(Kind::TableCell),
        _ => None,
    }
}

fn ends_block(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell
    )
}
