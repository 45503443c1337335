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
