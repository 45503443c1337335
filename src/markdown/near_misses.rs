//! Links and images that CommonMark does not read as such, though the writer meant them:
//! a file name with a space (`![Foto](foto ziekenhuis.png)`) or a space between `]` and
//! `(`. Markdown shows them as plain text, with no word of warning; here each is a problem
//! at its place, with the two ways to write it.

use super::code_ranges;
use pulldown_cmark::Options;

use crate::words::{Text, text};

/// A link or image as written that is none.
pub(super) struct NearMiss {
    /// Byte offset of its `[` (or `!`) in the text.
    pub(super) at: usize,
    pub(super) message: Text,
    pub(super) hint: Text,
}

/// Every near miss in `markdown` outside code.
pub(super) fn near_misses(markdown: &str, options: Options) -> Vec<NearMiss> {
    let found: Vec<NearMiss> = (markdown.match_indices(']'))
        .filter_map(|(at, _)| near_miss(markdown, at))
        .collect();
    if found.is_empty() {
        return found;
    }
    let code = code_ranges(markdown, options);
    found
        .into_iter()
        .filter(|miss| !code.iter().any(|range| range.contains(&miss.at)))
        .collect()
}

/// The near miss whose `]` is at `close`, if the text around it is one.
fn near_miss(markdown: &str, close: usize) -> Option<NearMiss> {
    let after = &markdown[close + 1..];
    let spaced = after.starts_with(" (");
    let rest = after
        .strip_prefix('(')
        .or_else(|| after.strip_prefix(" ("))?;
    let target = &rest[..rest.find([')', '\n'])?];
    let line_start = markdown[..close].rfind('\n').map_or(0, |at| at + 1);
    let open = line_start + markdown[line_start..close].rfind('[')?;
    let label = &markdown[open + 1..close];
    let is_image = markdown[..open].ends_with('!');
    let at = if is_image { open - 1 } else { open };
    let mark = if is_image { "!" } else { "" };
    if spaced {
        return (looks_like_address(target) && !target.contains(' ')).then(|| NearMiss {
            at,
            message: match is_image {
                true => text!("image-space-before-parenthesis"),
                false => text!("link-space-before-parenthesis"),
            },
            hint: text!(
                "space-before-parenthesis-hint",
                written = format!("{mark}[{label}]({target})")
            ),
        });
    }
    if target.starts_with('<') {
        return None;
    }
    let (first, title) = target.split_once(' ')?;
    // `[text](address "title")` is a link with a title, as CommonMark allows.
    if title.trim_start().starts_with(['"', '\'', '(']) {
        return None;
    }
    let meant = if is_image {
        is_image_name(target)
    } else {
        looks_like_address(first)
    };
    let written = format!("{mark}[{label}](<{target}>)");
    meant.then(|| NearMiss {
        at,
        message: match is_image {
            true => text!("image-space-in-name", target = target),
            false => text!("link-space-in-address", target = target),
        },
        hint: match is_image {
            true => text!(
                "image-space-in-name-hint",
                written = written,
                renamed = target.replace(' ', "-")
            ),
            false => text!("link-space-in-address-hint", written = written),
        },
    })
}

/// Whether `target` reads as the address of a page, a file or a site.
fn looks_like_address(target: &str) -> bool {
    let starts = [
        "@/", "http://", "https://", "/", "./", "../", "mailto:", "#",
    ];
    starts.iter().any(|start| target.starts_with(start))
        || [".md", ".html", ".pdf"]
            .iter()
            .any(|ending| target.to_ascii_lowercase().ends_with(ending))
        || is_image_name(target)
}

fn is_image_name(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"]
        .iter()
        .any(|ending| lower.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(markdown: &str) -> Vec<String> {
        near_misses(markdown, Options::empty())
            .into_iter()
            .map(|miss| format!("{}: {}", miss.at, miss.message))
            .collect()
    }

    #[test]
    fn spaces_that_break_a_link_or_image_are_found_and_nothing_else() {
        assert_eq!(
            messages("Zie ![Het ziekenhuis](foto ziekenhuis.png) hier."),
            ["4: this image does not work: the file name `foto ziekenhuis.png` has a space in it"]
        );
        assert_eq!(
            messages("Lees [ambities] (@/strategie/ambities.md)."),
            ["5: this link does not work: there is a space between `]` and `(`"]
        );
        for fine in [
            "![Foto](<foto ziekenhuis.png>)",
            "[MST](https://mst.nl \"De site\")",
            "[1] (zie boven)",
            "[tekst](a b)",
            "`![Foto](foto ziekenhuis.png)`",
            "    ![Foto](foto ziekenhuis.png)",
            "Een ] (haakje) zonder [",
        ] {
            assert_eq!(messages(fine), Vec::<String>::new(), "{fine}");
        }
    }
}
