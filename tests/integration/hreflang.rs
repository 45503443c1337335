//! Language alternates as search engines check them, on every page of a built site: each
//! `<link rel="alternate" hreflang>` leads to a built page that lists the same set and
//! returns the page, each cluster has one `x-default` (the language chooser for the home
//! pages, the edition of all languages for the print editions, the default language's
//! page elsewhere), and `sitemap.xml` lists the same clusters as the pages.

use std::collections::BTreeMap;
use std::path::Path;

use tempfile::TempDir;

use crate::support::{diptych, fixture, read, walk};

/// A page's alternates: (hreflang, address) pairs, sorted, so that equal sets compare equal.
type Cluster = Vec<(String, String)>;

/// Where the test publishes: a path below the host, so addresses cannot be mistaken for
/// site paths.
const BASE: &str = "https://example.org/mst/";

/// The `default_language` of the shipped site and of the fixture.
const DEFAULT_LANGUAGE: &str = "nl";

/// The address of the print edition with all languages side by side.
const PARALLEL_EDITION: &str = "brochure/";

#[test]
fn every_page_of_the_shipped_site_is_in_a_reciprocal_cluster() {
    let out = build(Path::new("."));
    assert_reciprocal(out.path());
}

#[test]
fn every_page_of_a_three_language_site_is_in_a_reciprocal_cluster() {
    let site = fixture("trilingual");
    let out = build(site.path());
    assert_reciprocal(out.path());
}

/// Builds the site at `root` for [`BASE`] into a temporary folder.
fn build(root: &Path) -> TempDir {
    let out = TempDir::new().unwrap();
    let output = diptych(
        root,
        &[
            "build",
            "--base-url",
            BASE,
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}

/// Checks every HTML page of the built site in `out`, then the sitemap against them.
fn assert_reciprocal(out: &Path) {
    let pages = clusters_of_pages(out);
    assert!(pages.len() > 3, "too few pages found: {pages:?}");
    for (address, (lang, cluster)) in &pages {
        assert_cluster(address, lang, cluster, &pages);
    }
    let sitemap = sitemap_clusters(&read(out, "sitemap.xml"));
    for (address, (_, cluster)) in &pages {
        assert_eq!(
            sitemap.get(address),
            Some(cluster),
            "the sitemap's alternates of {address} differ from the page's"
        );
    }
    let unbuilt: Vec<&String> = sitemap.keys().filter(|a| !pages.contains_key(*a)).collect();
    assert!(
        unbuilt.is_empty(),
        "the sitemap lists pages not built: {unbuilt:?}"
    );
}

/// Every built HTML page but `404.html`, by address: its `<html lang>` and alternates.
fn clusters_of_pages(out: &Path) -> BTreeMap<String, (String, Cluster)> {
    walk(out)
        .into_iter()
        .filter(|file| file.extension().is_some_and(|e| e == "html"))
        .filter(|file| file.file_name().is_some_and(|name| name != "404.html"))
        .map(|file| {
            let path = file.strip_prefix(out).unwrap().to_str().unwrap();
            let path = path.strip_suffix("index.html").expect("pages are folders");
            let html = read(out, &format!("{path}index.html"));
            (
                format!("{BASE}{path}"),
                (html_lang(&html), alternates(&html)),
            )
        })
        .collect()
}

/// The checks of one page at `address` (`<html lang>` `lang`) with its `cluster`.
fn assert_cluster(
    address: &str,
    lang: &str,
    cluster: &Cluster,
    pages: &BTreeMap<String, (String, Cluster)>,
) {
    assert!(!cluster.is_empty(), "{address} lists no alternates");
    let mut hreflangs: Vec<&str> = cluster.iter().map(|(h, _)| h.as_str()).collect();
    hreflangs.dedup();
    assert_eq!(
        hreflangs.len(),
        cluster.len(),
        "{address} lists an hreflang twice: {cluster:?}"
    );
    let x_default = member(cluster, "x-default")
        .unwrap_or_else(|| panic!("{address} lists no x-default: {cluster:?}"));
    assert_eq!(
        x_default,
        expected_x_default(address, cluster),
        "{address}: wrong x-default in {cluster:?}"
    );
    assert!(
        cluster
            .iter()
            .any(|(h, a)| a == address && (h == lang || h == "x-default")),
        "{address} (lang {lang}) is not in its own cluster as {lang} or x-default: {cluster:?}"
    );
    for (hreflang, target) in cluster {
        let (_, theirs) = pages
            .get(target)
            .unwrap_or_else(|| panic!("{address}: {hreflang} {target} is not a built page"));
        assert_eq!(
            theirs, cluster,
            "{address} and its {hreflang} alternate {target} list different alternates"
        );
    }
}

/// The x-default a page's cluster must have: the language chooser for the home pages, the
/// edition of all languages for the print editions, the default language's page elsewhere.
fn expected_x_default(address: &str, cluster: &Cluster) -> String {
    let path = address.strip_prefix(BASE).unwrap();
    let languages: Vec<&str> = cluster
        .iter()
        .map(|(h, _)| h.as_str())
        .filter(|h| *h != "x-default")
        .collect();
    let is = |path: &str, tail: &str| {
        path == tail
            || languages
                .iter()
                .any(|lang| path == format!("{lang}/{tail}"))
    };
    if is(path, "") {
        BASE.to_owned()
    } else if is(path, PARALLEL_EDITION) {
        format!("{BASE}{PARALLEL_EDITION}")
    } else {
        member(cluster, DEFAULT_LANGUAGE)
            .unwrap_or_else(|| panic!("{address} has no {DEFAULT_LANGUAGE} alternate"))
            .to_owned()
    }
}

/// The address of the member with `hreflang`.
fn member<'a>(cluster: &'a Cluster, hreflang: &str) -> Option<&'a str> {
    cluster
        .iter()
        .find(|(h, _)| h == hreflang)
        .map(|(_, a)| a.as_str())
}

/// The `lang` of a page's `<html>` element.
fn html_lang(html: &str) -> String {
    tags(html, "html")
        .first()
        .and_then(|attributes| attributes.get("lang").cloned())
        .expect("every page has <html lang>")
}

/// The `<link rel="alternate" hreflang href>` elements of a page's head, sorted.
fn alternates(html: &str) -> Cluster {
    let head = &html[..html.find("</head>").expect("a page has a </head>")];
    let mut cluster: Cluster = tags(head, "link")
        .into_iter()
        .filter(|a| {
            a.get("rel")
                .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r == "alternate"))
        })
        .filter_map(|a| Some((a.get("hreflang")?.clone(), a.get("href")?.clone())))
        .collect();
    cluster.sort();
    cluster
}

/// The `<url>` entries of a sitemap: the `<loc>` of each, with its `xhtml:link`s, sorted.
fn sitemap_clusters(sitemap: &str) -> BTreeMap<String, Cluster> {
    sitemap
        .split("<url>")
        .skip(1)
        .map(|entry| {
            let entry = &entry[..entry.find("</url>").expect("a <url> is closed")];
            let loc = between(entry, "<loc>", "</loc>").expect("a <url> has a <loc>");
            let mut cluster: Cluster = tags(entry, "xhtml:link")
                .into_iter()
                .map(|a| (a["hreflang"].clone(), a["href"].clone()))
                .collect();
            cluster.sort();
            (unescape(loc), cluster)
        })
        .collect()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
}

/// The attributes of every `<name …>` tag in `text`, in order, names lowercased, values
/// unescaped. Enough HTML for what diptych writes: quoted or bare values, `>` allowed
/// inside quotes, comments skipped.
fn tags(text: &str, name: &str) -> Vec<BTreeMap<String, String>> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let length = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let (tag, after) = rest.split_at(length);
        let (attributes, after) = parse_attributes(after);
        rest = after;
        if tag.eq_ignore_ascii_case(name) {
            found.push(attributes);
        }
    }
    found
}

/// Reads attributes up to the end of a tag; returns them and the text after the tag.
fn parse_attributes(mut text: &str) -> (BTreeMap<String, String>, &str) {
    let mut attributes = BTreeMap::new();
    loop {
        text = text.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if text.is_empty() {
            return (attributes, text);
        }
        if let Some(after) = text.strip_prefix('>') {
            return (attributes, after);
        }
        let length = text
            .find(|c: char| c.is_ascii_whitespace() || "=>/".contains(c))
            .unwrap_or(text.len())
            .max(1);
        let (name, after) = text.split_at(length);
        let after = after.trim_start();
        let (value, after) = match after.strip_prefix('=') {
            Some(value) => attribute_value(value.trim_start()),
            None => ("", after),
        };
        attributes.insert(name.to_ascii_lowercase(), unescape(value));
        text = after;
    }
}

/// A quoted or bare attribute value at the start of `text`, and the text after it.
fn attribute_value(text: &str) -> (&str, &str) {
    match text.chars().next() {
        Some(quote @ ('"' | '\'')) => {
            let value = &text[1..];
            let end = value.find(quote).unwrap_or(value.len());
            (&value[..end], value.get(end + 1..).unwrap_or(""))
        }
        _ => {
            let end = text
                .find(|c: char| c.is_ascii_whitespace() || c == '>')
                .unwrap_or(text.len());
            text.split_at(end)
        }
    }
}

/// Undoes the escapes diptych's templates write in attributes and XML text.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}
