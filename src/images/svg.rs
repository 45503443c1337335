//! The check an SVG passes before it is published as it is: a drawing that a page shows
//! may not run code or pull in other files. An SVG opened on its own (or through `<object>`)
//! runs its scripts with the site's address; a drawing has no need of them.

use crate::words::{Text, text};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesStart, Event};

/// What in `svg` would run or load something, in words for a message; `None` when nothing.
/// Refused: `<script>` (with or without a namespace prefix), event attributes (`onload=`,
/// `onclick=`, …), `javascript:` addresses (also when written with character references),
/// `<use>` that points at another file, and entities the drawing declares itself, which a
/// browser expands into markup or addresses.
///
/// The drawing is read with an XML parser, as a browser reads it; what follows an XML
/// error is not read (a browser does not show it either). Before that, the whole text is
/// searched for `<script` and `javascript:`, whatever their place.
pub(crate) fn refusal(svg: &[u8]) -> Option<Text> {
    let text = String::from_utf8_lossy(svg);
    let lower = text.to_ascii_lowercase();
    if lower.contains("<script") {
        return Some(text!("svg-has-script"));
    }
    if squeezed(&lower).contains("javascript:") {
        return Some(text!("svg-has-javascript"));
    }
    let mut reader = quick_xml::Reader::from_str(&text);
    // A wrongly closed element does not stop the reading: what follows is checked too.
    reader.config_mut().check_end_names = false;
    loop {
        let refused = match reader.read_event() {
            Ok(Event::Start(tag) | Event::Empty(tag)) => tag_refusal(&tag),
            Ok(Event::GeneralRef(reference)) if !reference.is_char_ref() => {
                let name: &str = &reference;
                (!is_predefined_entity(name)).then(|| text!("svg-own-entity", name = name))
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => None,
        };
        if refused.is_some() {
            return refused;
        }
    }
}

/// Why the element `tag` is refused, if it is.
fn tag_refusal(tag: &BytesStart) -> Option<Text> {
    let name = local_lowercase(tag.local_name().as_ref());
    if name == "script" {
        return Some(text!("svg-has-script"));
    }
    for attribute in tag.html_attributes().with_checks(false).flatten() {
        // `xmlns:…` names a namespace; its value is no address and runs nothing.
        if attribute.key.as_namespace_binding().is_some() {
            continue;
        }
        let key = local_lowercase(attribute.key.local_name().as_ref());
        if key.starts_with("on") {
            return Some(text!("svg-event-attribute", key = key));
        }
        let Some(value) = attribute_value(&attribute) else {
            return Some(text!("svg-own-entity-in-attribute", key = key));
        };
        if squeezed(&value.to_ascii_lowercase()).contains("javascript:") {
            return Some(text!("svg-has-javascript"));
        }
        if name == "use" && key == "href" && !value.starts_with('#') {
            return Some(text!("svg-other-file", value = value));
        }
    }
    None
}

/// An attribute's value with its character references read; `None` when it names an
/// entity that is not one of XML's own five.
fn attribute_value(attribute: &Attribute) -> Option<String> {
    (attribute.normalized_value(quick_xml::XmlVersion::Implicit1_0))
        .ok()
        .map(|value| value.into_owned())
}

fn is_predefined_entity(name: &str) -> bool {
    matches!(name, "lt" | "gt" | "amp" | "apos" | "quot")
}

fn local_lowercase(name: &str) -> String {
    name.to_ascii_lowercase()
}

/// `text` without white space, which a browser skips in an address.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The drawing's size in pixels, from its `<svg>` element: `width` and `height` (plain
/// numbers or `px`), else the `viewBox`. Pages give it to `<img>` so that nothing moves
/// while it loads; `None` when the drawing says neither.
pub(crate) fn size(svg: &[u8]) -> Option<(u32, u32)> {
    let text = String::from_utf8_lossy(svg);
    let root = svg_element(&text)?;
    let value = |name: &str| {
        (root.html_attributes().with_checks(false).flatten())
            .find(|attribute| local_lowercase(attribute.key.as_ref()) == name)
            .and_then(|attribute| attribute_value(&attribute))
    };
    let pixels = |text: String| text.trim().trim_end_matches("px").parse::<f64>().ok();
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

/// The first `<svg>` element of the drawing (with or without a namespace prefix).
fn svg_element(text: &str) -> Option<BytesStart<'_>> {
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event().ok()? {
            Event::Start(tag) | Event::Empty(tag)
                if local_lowercase(tag.local_name().as_ref()) == "svg" =>
            {
                return Some(tag);
            }
            Event::Eof => return None,
            _ => {}
        }
    }
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
            (b"<svg><a href=\"&#106;avascript:x()\"/></svg>", "javascript:"),
            (
                b"<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><textarea><s:script>x()</s:script></textarea></s:svg>",
                "<script>",
            ),
            (
                b"<!DOCTYPE svg [<!ENTITY s \"&#60;script>x()&#60;/script>\">]><svg>&s;</svg>",
                "`&s;`",
            ),
            (
                b"<svg><use xlink:href=\"other.svg#a\"/></svg>",
                "other.svg#a",
            ),
        ] {
            let found = refusal(svg).map(|why| why.english()).unwrap_or_default();
            assert!(found.contains(expected), "{found}");
        }
    }
}
