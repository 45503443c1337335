//! The `<img>` tags of the HTML written in Markdown, read with an HTML parser (lol_html),
//! so that a quoted `<` or `>`, a comment or a `<script>` can neither hide a tag a browser
//! shows nor make one appear where a browser sees none. Everything around the tags is
//! copied as written: only their `src` changes, and `width` and `height` are added.

use std::cell::RefCell;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event};

use super::RawImage;

/// An `<img>` with a `src` value, where the parser found it.
struct ImgTag {
    /// Byte offset of its `<`.
    start: usize,
    /// Its `src` value, quotes excluded.
    src: Range<usize>,
    /// Whether it gives its width itself.
    sized: bool,
}

/// What a run of HTML events reads as: its text joined, and where each event starts in it.
struct Joined {
    text: String,
    starts: Vec<usize>,
}

impl Joined {
    fn new(run: &[(Event, usize)]) -> Self {
        let mut joined = Joined {
            text: String::new(),
            starts: Vec::with_capacity(run.len()),
        };
        for (event, _) in run {
            joined.starts.push(joined.text.len());
            if let Event::Html(html) | Event::InlineHtml(html) = event {
                joined.text.push_str(html);
            }
        }
        joined
    }

    /// Whether the attribute value at `value` is written in quotes.
    fn is_quoted(&self, value: &Range<usize>) -> bool {
        let bytes = self.text.as_bytes();
        let before = value.start.checked_sub(1).and_then(|at| bytes.get(at));
        before.is_some_and(|quote| {
            matches!(quote, b'"' | b'\'') && bytes.get(value.end) == Some(quote)
        })
    }

    /// The event that holds all of `range`, and the range within that event.
    fn locate(&self, range: Range<usize>) -> Option<(usize, Range<usize>)> {
        let event = self.starts.partition_point(|&start| start <= range.start) - 1;
        let end = self
            .starts
            .get(event + 1)
            .copied()
            .unwrap_or(self.text.len());
        let start = self.starts[event];
        (range.end <= end).then(|| (event, range.start - start..range.end - start))
    }
}

/// Rewrites the `<img>` tags of `run`, consecutive HTML events (one HTML block, or inline
/// tags side by side), read together so that a tag written over several lines is read
/// whole. Each `src` becomes what `show` gives for it (called with the `src` as written,
/// the index of its event in `run` and its byte offset in that event's HTML); `width` and
/// `height` are added after `<img` where the tag gives no width.
pub(super) fn rewrite(
    run: &mut [(Event, usize)],
    show: &mut dyn FnMut(&str, usize, usize) -> Option<RawImage>,
) {
    let joined = Joined::new(run);
    // Edits per event: (range replaced, new text), in order.
    let mut edits: Vec<Vec<(Range<usize>, String)>> = vec![Vec::new(); run.len()];
    for tag in img_tags(&joined.text) {
        let quotes = usize::from(joined.is_quoted(&tag.src));
        let (Some((tag_event, opening)), Some((src_event, written))) = (
            joined.locate(tag.start..tag.start + "<img".len()),
            joined.locate(tag.src.start - quotes..tag.src.end + quotes),
        ) else {
            continue;
        };
        let Some(shown) = show(&joined.text[tag.src], src_event, written.start + quotes) else {
            continue;
        };
        if let Some((width, height)) = shown.size.filter(|_| !tag.sized) {
            let after_name = opening.end..opening.end;
            edits[tag_event].push((
                after_name,
                format!(" width=\"{width}\" height=\"{height}\""),
            ));
        }
        // Always in double quotes, whatever the quotes (or none) it was written with.
        let src = html_escape::encode_double_quoted_attribute(&shown.src);
        edits[src_event].push((written, format!("\"{src}\"")));
    }
    for ((event, _), edits) in run.iter_mut().zip(edits) {
        if edits.is_empty() {
            continue;
        }
        let (Event::Html(html) | Event::InlineHtml(html)) = event else {
            continue;
        };
        *html = CowStr::from(applied(html, &edits));
    }
}

/// `text` with each range of `edits` (in order, not overlapping) replaced by its text.
fn applied(text: &str, edits: &[(Range<usize>, String)]) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut copied = 0;
    for (range, replacement) in edits {
        out.push_str(&text[copied..range.start]);
        out.push_str(replacement);
        copied = range.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The `<img>` tags with a `src` value in `html`, in order, as an HTML parser reads them.
fn img_tags(html: &str) -> Vec<ImgTag> {
    let mentions_img = (html.as_bytes().windows(4)).any(|four| four.eq_ignore_ascii_case(b"<img"));
    if !mentions_img {
        return Vec::new();
    }
    let found = RefCell::new(Vec::new());
    let settings = lol_html::Settings::new().append_element_content_handler(lol_html::element!(
        "img[src]",
        |img| {
            let src = (img.attributes().iter())
                .find(|attribute| attribute.name() == "src")
                .and_then(|attribute| attribute.value_source_location());
            if let Some(src) = src {
                found.borrow_mut().push(ImgTag {
                    start: img.source_location().bytes().start,
                    src: src.bytes(),
                    sized: img.has_attribute("width"),
                });
            }
            Ok(())
        }
    ));
    let mut rewriter = lol_html::HtmlRewriter::new(settings, |_: &[u8]| {});
    // The parser gives up only past its memory limit: the tags found until then count.
    let _ = rewriter
        .write(html.as_bytes())
        .and_then(|()| rewriter.end());
    found.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(html: &[&str]) -> (Vec<String>, Vec<(String, usize, usize)>) {
        let mut run: Vec<(Event, usize)> = (html.iter())
            .map(|text| (Event::Html(CowStr::from(text.to_string())), 0))
            .collect();
        let mut asked = Vec::new();
        rewrite(&mut run, &mut |src, event, at| {
            asked.push((src.to_owned(), event, at));
            Some(RawImage {
                src: format!("/new/{src}"),
                size: Some((4, 3)),
            })
        });
        let out = (run.into_iter())
            .map(|(event, _)| match event {
                Event::Html(html) => html.to_string(),
                _ => String::new(),
            })
            .collect();
        (out, asked)
    }

    #[test]
    fn quoted_angle_brackets_stay_inside_their_attribute() {
        let (out, asked) = rewritten(&[r#"<img src="kaart.png#<img src=kaart.png>" alt="x">"#]);
        assert_eq!(asked, [("kaart.png#<img src=kaart.png>".to_owned(), 0, 10)]);
        assert_eq!(
            out,
            [
                r#"<img width="4" height="3" src="/new/kaart.png#&lt;img src=kaart.png&gt;" alt="x">"#
            ]
        );
    }

    #[test]
    fn tags_in_comments_and_scripts_are_left_alone() {
        let html = r#"<!-- <img src="a.png"> --><script>"<img src='b.png'>"</script>"#;
        let (out, asked) = rewritten(&[html]);
        assert!(asked.is_empty(), "{asked:?}");
        assert_eq!(out, [html]);
    }

    #[test]
    fn a_tag_over_two_lines_is_read_whole_and_a_given_width_is_kept() {
        let (out, asked) = rewritten(&["<p><IMG width=9\n", " SRC='a.png'></p>\n"]);
        assert_eq!(asked, [("a.png".to_owned(), 1, 6)]);
        assert_eq!(out, ["<p><IMG width=9\n", " SRC=\"/new/a.png\"></p>\n"]);
        let (out, _) = rewritten(&["<img src=a.png alt=''>"]);
        assert_eq!(
            out,
            [r#"<img width="4" height="3" src="/new/a.png" alt=''>"#]
        );
    }
}
