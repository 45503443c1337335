//! Images next to the pages: published once for every language, in the widths of their
//! `srcset`, checked (a missing image at its line, also when the page did not change; an
//! SVG with a script; a forgotten description), encoded once and then taken from the
//! cache, followed by the pages and the preview when they change, and warned about when
//! too small for print.

use std::fs;
use std::path::Path;
use std::process::Output;

use diptych::pipeline::{BuildOptions, LiveSite};
use tempfile::TempDir;

use crate::support::{diptych, edit, fixture, read, shipped_site, walk};

/// A PNG of `width` × `height` pixels whose colours depend on `seed`.
fn png(width: u32, height: u32, seed: u8) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, seed])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    pixels
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    bytes.into_inner()
}

/// A JPEG of `width` × `height` pixels whose colours depend on `seed`.
fn jpeg(width: u32, height: u32, seed: u8) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([seed, (x % 199) as u8, (y % 211) as u8])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    pixels
        .write_to(&mut bytes, image::ImageFormat::Jpeg)
        .unwrap();
    bytes.into_inner()
}

/// Appends `text` to a file of the site.
fn append(site: &Path, file: &str, text: &str) {
    let path = site.join(file);
    let mut contents = fs::read_to_string(&path).unwrap();
    contents.push_str(text);
    fs::write(path, contents).unwrap();
}

/// The trilingual fixture with `content/strategie/kaart.png` (1200 × 800), shown by the
/// page `strategie/ambities` in every language; the Dutch page shows it twice, the second
/// time as decoration.
fn site_with_a_map() -> TempDir {
    let site = fixture("trilingual");
    fs::write(
        site.path().join("content/strategie/kaart.png"),
        png(1200, 800, 1),
    )
    .unwrap();
    for (lang, alt) in [("nl", "De kaart"), ("de", "Die Karte"), ("en", "The map")] {
        let text = format!("\n![{alt}](kaart.png)\n");
        append(
            site.path(),
            &format!("content/strategie/ambities.{lang}.md"),
            &text,
        );
    }
    append(
        site.path(),
        "content/strategie/ambities.nl.md",
        "\n![-](./kaart.png)\n",
    );
    site
}

/// The line of `content/strategie/ambities.nl.md` the map is shown on.
const MAP_LINE: usize = 14;

/// Runs `diptych <args>`, insisting on success; its standard output.
#[test]
fn angle_brackets_in_a_quoted_attribute_of_an_html_image_are_no_crash() {
    let site = site_with_a_map();
    append(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "\n<img src=\"kaart.png#<img src=kaart.png>\" alt=\"x > y\">\n",
    );
    // A panic would exit with 101, not success.
    builds_with_the_map_in_html(site.path());
}

/// Builds, and insists that the Dutch pillars page shows the map through an `<img>` written
/// in HTML, with the map's size and its published address.
fn builds_with_the_map_in_html(site: &Path) {
    succeeds(site, &["build"]);
    let html = read(&site.join("public"), "nl/strategie/pijlers/index.html");
    assert!(
        html.contains("<img width=\"1200\" height=\"800\" src=\"/strategie/kaart."),
        "{html}"
    );
}

fn succeeds(site: &Path, args: &[&str]) -> String {
    let output = diptych(site, args);
    assert!(
        output.status.success(),
        "{args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs `diptych <args>`, insisting on failure (exit code 1); its error output.
fn fails(site: &Path, args: &[&str]) -> String {
    let output: Output = diptych(site, args);
    assert_eq!(output.status.code(), Some(1), "{args:?} did not fail");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// How many image files the build that printed `summary` encoded.
fn encoded(summary: &str) -> usize {
    let before = summary
        .split(" image file")
        .next()
        .unwrap_or_else(|| panic!("no image count in {summary}"));
    before.rsplit(' ').next().unwrap().parse().unwrap()
}

/// The files below `folder` of the output whose names start with `stem`, sorted.
fn files_named(out: &Path, folder: &str, stem: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(out.join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(stem))
        .collect();
    names.sort();
    names
}

/// The value of the first `name="…"` after `from` in `html`.
fn attribute<'h>(html: &'h str, from: &str, name: &str) -> &'h str {
    let rest = &html[html
        .find(from)
        .unwrap_or_else(|| panic!("no {from} in {html}"))..];
    let start = rest.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
    &rest[start..start + rest[start..].find('"').unwrap()]
}

#[test]
fn a_colocated_image_is_published_once_and_shown_in_every_language() {
    let site = site_with_a_map();
    succeeds(site.path(), &["build"]);
    let out = site.path().join("public");
    let files = files_named(&out, "strategie", "kaart");
    assert_eq!(files.len(), 6, "{files:?}");
    let elsewhere: Vec<_> = (walk(&out).into_iter())
        .filter(|path| path.to_string_lossy().contains("kaart"))
        .filter(|path| !path.starts_with(out.join("strategie")))
        .collect();
    assert!(elsewhere.is_empty(), "published again: {elsewhere:?}");
    let original = files.iter().find(|name| !name.contains('w')).unwrap();
    assert_eq!(
        fs::read(out.join("strategie").join(original)).unwrap(),
        png(1200, 800, 1)
    );
    for page in [
        "nl/strategie/ambities/index.html",
        "de/strategie/ambitionen/index.html",
        "en/strategy/ambitions/index.html",
    ] {
        let html = read(&out, page);
        assert!(
            html.contains(&format!("src=\"/strategie/{original}\"")),
            "{page}: {html}"
        );
    }
    let headers = read(&out, "_headers");
    assert!(headers.contains("/strategie/*\n  Cache-Control: public, max-age=31536000, immutable"));
    succeeds(site.path(), &["check"]);
}

#[test]
fn srcset_and_sizes_lead_to_files_of_those_widths_and_only_the_first_image_waits() {
    let site = site_with_a_map();
    succeeds(site.path(), &["build"]);
    let out = site.path().join("public");
    let html = read(&out, "nl/strategie/ambities/index.html");
    for (from, format) in [
        ("<source type=\"image/webp\"", image::ImageFormat::WebP),
        ("<img src=", image::ImageFormat::Png),
    ] {
        let srcset = attribute(&html, from, "srcset");
        let mut widths = Vec::new();
        for candidate in srcset.split(", ") {
            let (url, width) = candidate.split_once(' ').unwrap();
            let width: u32 = width.strip_suffix('w').unwrap().parse().unwrap();
            let bytes = fs::read(out.join(url.trim_start_matches('/'))).unwrap();
            assert_eq!(image::guess_format(&bytes).unwrap(), format, "{url}");
            let decoded = image::load_from_memory(&bytes).unwrap();
            assert_eq!(
                (decoded.width(), decoded.height()),
                (width, width * 2 / 3),
                "{url}"
            );
            widths.push(width);
        }
        assert_eq!(widths, [480, 960, 1200]);
        assert!(attribute(&html, from, "sizes").contains("100vw"));
    }
    assert_eq!(attribute(&html, "<img src=", "width"), "1200");
    assert_eq!(attribute(&html, "<img src=", "height"), "800");
    let (first, second) = html.split_at(html.find("</picture>").unwrap());
    assert!(!first.contains("loading="), "the first image loads lazily");
    assert!(second.contains("loading=\"lazy\" decoding=\"async\""));
}

#[test]
fn a_decorative_image_has_an_empty_description_and_a_forgotten_one_is_an_error() {
    let site = site_with_a_map();
    succeeds(site.path(), &["build"]);
    let html = read(
        &site.path().join("public"),
        "nl/strategie/ambities/index.html",
    );
    let second = &html[html.find("</picture>").unwrap()..];
    assert_eq!(attribute(second, "<img src=", "alt"), "");
    assert_eq!(attribute(&html, "<img src=", "alt"), "De kaart");

    edit(
        site.path(),
        "content/strategie/ambities.de.md",
        "![Die Karte]",
        "![]",
    );
    let errors = fails(site.path(), &["build"]);
    assert!(
        errors.contains("this image has no description (alt text)"),
        "{errors}"
    );
    assert!(errors.contains("![-](file.png)"), "{errors}");
}

#[test]
fn a_missing_image_is_reported_at_its_line_also_when_the_page_did_not_change() {
    let site = site_with_a_map();
    succeeds(site.path(), &["build"]);
    fs::remove_file(site.path().join("content/strategie/kaart.png")).unwrap();
    let place = format!("content/strategie/ambities.nl.md:{MAP_LINE}:1");
    for attempt in ["after the image went", "on the next, unchanged rebuild"] {
        let errors = fails(site.path(), &["build"]);
        assert!(
            errors.contains("there is no image `kaart.png`"),
            "{attempt}: {errors}"
        );
        assert!(errors.contains(&place), "{attempt}: {errors}");
        assert!(
            errors.contains("content/strategie/ambities.de.md:"),
            "{attempt}: {errors}"
        );
    }
    let errors = fails(site.path(), &["check"]);
    assert!(errors.contains(&place), "check: {errors}");
}

#[test]
fn an_image_written_in_html_is_checked_and_leads_to_its_published_file() {
    let site = site_with_a_map();
    append(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "\n<p><img src=\"kaart.png\" alt=\"Kaart\"></p>\n\n<img src=\"gone.png\" alt=\"x\">\n",
    );
    let errors = fails(site.path(), &["build"]);
    assert!(errors.contains("there is no image `gone.png`"), "{errors}");
    assert!(
        errors.contains("content/strategie/pijlers.nl.md:9:11"),
        "{errors}"
    );
    edit(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "<img src=\"gone.png\" alt=\"x\">",
        "",
    );
    builds_with_the_map_in_html(site.path());
}

#[test]
fn a_second_build_encodes_nothing_and_a_changed_image_re_encodes_only_itself() {
    let site = site_with_a_map();
    fs::write(
        site.path().join("content/strategie/foto.jpg"),
        jpeg(600, 400, 1),
    )
    .unwrap();
    append(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "\n![Een foto](foto.jpg)\n",
    );
    // kaart.png: PNG 480, 960 and WebP 480, 960, 1200; foto.jpg: JPEG 480 and WebP 480, 600.
    assert_eq!(encoded(&succeeds(site.path(), &["build"])), 8);
    assert_eq!(encoded(&succeeds(site.path(), &["build"])), 0);
    let out = site.path().join("public");
    let map_files = files_named(&out, "strategie", "kaart");
    let old_photo = files_named(&out, "strategie", "foto");

    fs::write(
        site.path().join("content/strategie/foto.jpg"),
        jpeg(600, 400, 2),
    )
    .unwrap();
    assert_eq!(encoded(&succeeds(site.path(), &["build"])), 3);
    assert_eq!(files_named(&out, "strategie", "kaart"), map_files);
    let new_photo = files_named(&out, "strategie", "foto");
    assert_eq!(new_photo.len(), 4);
    assert!(
        new_photo.iter().all(|name| !old_photo.contains(name)),
        "{new_photo:?}"
    );
    let page = read(&out, "nl/strategie/pijlers/index.html");
    assert!(
        new_photo.iter().all(|name| page.contains(name.as_str())),
        "{page}"
    );

    // Without the output folder the files come from the cache, not the encoder.
    fs::remove_dir_all(&out).unwrap();
    assert_eq!(encoded(&succeeds(site.path(), &["build"])), 0);
}

#[test]
fn a_preview_follows_a_changed_image_to_its_new_names() {
    let site = site_with_a_map();
    let mut live = LiveSite::new(BuildOptions {
        root: site.path().to_path_buf(),
        ..BuildOptions::default()
    });
    live.rebuild().unwrap();
    let page = "nl/strategie/ambities/index.html";
    let before = live.snapshot().get(page).unwrap().unwrap().to_vec();
    let map = site.path().join("content/strategie/kaart.png");
    fs::write(&map, png(1200, 800, 2)).unwrap();
    let rebuilt = live.rebuild_changed(&[map]).unwrap();
    assert_eq!(rebuilt.images_encoded, 5);
    assert!(
        rebuilt.changed.iter().any(|path| path == page),
        "{:?}",
        rebuilt.changed
    );
    let after = live.snapshot().get(page).unwrap().unwrap().to_vec();
    assert_ne!(before, after);
    let untouched = "nl/strategie/index.html";
    assert!(!rebuilt.changed.iter().any(|path| path == untouched));
}

#[test]
fn an_svg_with_a_script_is_refused_and_a_clean_one_goes_through_as_it_is() {
    let site = fixture("trilingual");
    let drawing =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle r=\"4\"/></svg>";
    fs::write(site.path().join("content/strategie/plan.svg"), drawing).unwrap();
    append(
        site.path(),
        "content/strategie/pijlers.nl.md",
        "\n![Het plan](plan.svg)\n",
    );
    succeeds(site.path(), &["build"]);
    let out = site.path().join("public");
    let published = files_named(&out, "strategie", "plan");
    assert_eq!(published.len(), 1);
    assert_eq!(read(&out.join("strategie"), &published[0]), drawing);

    let scripted = drawing.replace("<circle", "<script>alert(1)</script><circle");
    fs::write(site.path().join("content/strategie/plan.svg"), scripted).unwrap();
    let errors = fails(site.path(), &["build"]);
    assert!(
        errors.contains("this SVG is refused: it has a script"),
        "{errors}"
    );
    assert!(errors.contains("content/strategie/plan.svg"), "{errors}");
    assert!(errors.contains("Optimized SVG"), "{errors}");
}

#[test]
fn templates_get_an_image_with_its_sizes_and_an_unknown_one_stops_at_the_line() {
    let site = site_with_a_map();
    edit(
        site.path(),
        "themes/plain/templates/page.html",
        "<h1>",
        "{% set cover = image(path=\"@/strategie/kaart.png\", width=700) %}\
         <img class=\"cover\" src=\"{{ cover.url }}\" width=\"{{ cover.width }}\" \
         srcset=\"{{ cover.srcset }}\" sizes=\"{{ cover.sizes }}\" alt=\"\"><h1>",
    );
    succeeds(site.path(), &["build"]);
    let out = site.path().join("public");
    let html = read(&out, "nl/strategie/pijlers/index.html");
    let url = attribute(&html, "class=\"cover\"", "src");
    assert!(url.starts_with("/strategie/kaart-960w."), "{url}");
    assert_eq!(attribute(&html, "class=\"cover\"", "width"), "960");
    assert!(out.join(url.trim_start_matches('/')).is_file());
    succeeds(site.path(), &["check"]);

    edit(
        site.path(),
        "themes/plain/templates/page.html",
        "@/strategie/kaart.png",
        "kaart.png",
    );
    let errors = fails(site.path(), &["build"]);
    assert!(errors.contains("there is no image `kaart.png`"), "{errors}");
    assert!(
        errors.contains("themes/plain/templates/page.html:2:"),
        "{errors}"
    );
}

#[test]
fn print_shows_the_widest_file_without_lazy_loading_and_check_warns_when_too_small() {
    let site = shipped_site();
    let region = site.path().join("content/regio");
    fs::write(region.join("kaart.png"), png(500, 300, 3)).unwrap();
    let page = fs::read_dir(&region)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .find(|name| name.ends_with(".nl.md") && !name.starts_with('_'))
        .unwrap();
    append(
        site.path(),
        &format!("content/regio/{page}"),
        "\n![Kaart van de regio](kaart.png)\n",
    );
    edit(
        site.path(),
        "site.yaml",
        "image_width_cm: 17.5",
        "image_width_cm: 12",
    );
    let output = diptych(site.path(), &["check"]);
    let report = String::from_utf8_lossy(&output.stderr);
    assert!(
        report.contains("this image is 500 px wide: printed 12 cm wide it has 106 dpi"),
        "{report}"
    );
    assert!(report.contains("content/regio/kaart.png"), "{report}");
    assert!(report.contains("at least 945 px wide"), "{report}");

    succeeds(site.path(), &["build"]);
    let brochure = read(&site.path().join("public"), "nl/brochure/index.html");
    let img = &brochure[brochure.find("alt=\"Kaart van de regio\"").unwrap() - 60..];
    let img = &img[img.find("<img").unwrap()..];
    let img = &img[..img.find('>').unwrap()];
    assert!(img.contains("src=\"/regio/kaart."), "{img}");
    assert!(!img.contains("loading") && !img.contains("srcset"), "{img}");

    succeeds(site.path(), &["pdf", "--edition", "nl"]);
    let listed = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(site.path().join("public/brochure-nl.pdf"))
        .output()
        .expect("pdfimages is not installed (apt-get install poppler-utils)");
    let listed = String::from_utf8_lossy(&listed.stdout);
    let sizes: Vec<(&str, &str)> = (listed.lines().skip(2))
        .filter_map(|line| {
            let columns: Vec<&str> = line.split_whitespace().collect();
            Some((*columns.get(3)?, *columns.get(4)?))
        })
        .collect();
    assert!(
        sizes.contains(&("500", "300")),
        "the PDF lacks the image:\n{listed}"
    );
}
