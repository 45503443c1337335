//! The check an SVG passes before it is published as it is: a drawing that a page shows
//! may not run code or pull in other files. An SVG opened on its own (or through `<object>`)
//! runs its scripts with the site's address; a drawing has no need of them.

/// What in `svg` would run or load something, in words for a message; `None` when nothing.
/// Refused: `<script>`, event attributes (`onload=`, `onclick=`, …), `javascript:`
/// addresses, and `<use>` that points at another file.
pub fn refusal(svg: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(svg).to_ascii_lowercase();
    if text.contains("<script") {
        return Some("has a script (`<script>`)".to_owned());
    }
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if squeezed.contains("javascript:") {
        return Some("has a `javascript:` address".to_owned());
    }
    for tag in tags(&text) {
        let name = tag.split_whitespace().next().unwrap_or_default();
        for (attribute, value) in attributes(tag) {
            if attribute.starts_with("on") {
                return Some(format!("has an event attribute (`{attribute}=`)"));
            }
            let reference = attribute == "href" || attribute == "xlink:href";
            if name == "use" && reference && !value.starts_with('#') {
                return Some(format!("uses another file (`<use href=\"{value}\">`)"));
            }
        }
    }
    None
}

/// The drawing's size in pixels, from its `<svg>` element: `width` and `height` (plain
/// numbers or `px`), else the `viewBox`. Pages give it to `<img>` so that nothing moves
/// while it loads; `None` when the drawing says neither.
pub fn size(svg: &[u8]) -> Option<(u32, u32)> {
    let text = without_comments(&String::from_utf8_lossy(svg).to_ascii_lowercase());
    let root = tags(&text).find(|tag| tag.split_whitespace().next() == Some("svg"))?;
    let attributes = attributes(root);
    let value = |name: &str| attributes.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    let pixels = |text: &str| text.trim().trim_end_matches("px").parse::<f64>().ok();
    let given = value("width")
        .and_then(pixels)
        .zip(value("height").and_then(pixels));
    let from_box = || {
        let numbers: Vec<f64> = value("viewbox")?
            .split([' ', ','])
            .filter(|part| !part.is_empty())
            .map(str::parse)
            .collect::<Result<_, _>>()
            .ok()?;
        Some((*numbers.get(2)?, *numbers.get(3)?))
    };
    let (width, height) = given.or_else(from_box)?;
    let round = |n: f64| (n.is_finite() && n >= 1.0).then(|| n.round() as u32);
    Some((round(width)?, round(height)?))
}

fn without_comments(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        kept.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    kept.push_str(rest);
    kept
}

/// The insides of the tags of `text` (`<use href="#a"/>` → `use href="#a"/`), comments and
/// declarations aside.
fn tags(text: &str) -> impl Iterator<Item = &str> {
    text.split('<').skip(1).filter_map(|rest| {
        let inside = &rest[..rest.find('>')?];
        (!inside.starts_with(['!', '?', '/'])).then_some(inside)
    })
}

/// The attributes of a tag's inside, as (name, value without quotes).
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = tag
        .split_once(char::is_whitespace)
        .map_or("", |(_, rest)| rest);
    while let Some(equals) = rest.find('=') {
        let name = rest[..equals].split_whitespace().last().unwrap_or_default();
        let after = rest[equals + 1..].trim_start();
        let (value, next) = match after.chars().next() {
            Some(quote @ ('"' | '\'')) => {
                let body = &after[1..];
                let end = body.find(quote).unwrap_or(body.len());
                (&body[..end], body.get(end + 1..).unwrap_or_default())
            }
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        found.push((name, value));
        rest = next;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawing_says_its_size_by_width_and_height_or_by_its_view_box() {
        let sized = br#"<?xml version="1.0"?><!-- <svg width="1"> --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 30" width="800px" height="300"><rect width="5" height="5"/></svg>"#;
        assert_eq!(size(sized), Some((800, 300)));
        assert_eq!(
            size(br#"<svg viewBox="0,0 400.4 150"></svg>"#),
            Some((400, 150))
        );
        assert_eq!(size(br#"<svg width="100%" height="100%"></svg>"#), None);
        assert_eq!(size(b"<svg></svg>"), None);
    }

    #[test]
    fn drawings_pass() {
        let svg = br##"<?xml version="1.0"?><!-- on="x" --><svg xmlns="http://www.w3.org/2000/svg">
            <defs><circle id="c" r="4"/></defs><use href="#c" x="2"/><text font="x">Zone=on</text></svg>"##;
        assert_eq!(refusal(svg), None);
    }

    #[test]
    fn scripts_events_and_outside_files_are_refused() {
        for (svg, expected) in [
            (&b"<svg><SCRIPT>alert(1)</SCRIPT></svg>"[..], "<script>"),
            (b"<svg><rect onclick='x()'/></svg>", "onclick="),
            (b"<svg><rect\n  onLoad=x()/></svg>", "onload="),
            (b"<svg><a href=\"java\nscript:x()\"/></svg>", "javascript:"),
            (
                b"<svg><use xlink:href=\"other.svg#a\"/></svg>",
                "other.svg#a",
            ),
        ] {
            let found = refusal(svg).unwrap_or_default();
            assert!(found.contains(expected), "{found}");
        }
    }
}
