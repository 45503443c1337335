//! Translation QA in `diptych check`: each slip a translator can make, seeded into a page
//! pair of the trilingual fixture, is a warning at the translation's line; the pair as
//! written raises none, also where the languages write numbers differently.

use std::fs;
use std::path::Path;

use tempfile::TempDir;

use crate::support::{diptych, edit, fixture};

const NL: &str = "---
title: Cijfers
weight: 30
---
## Zorg in de regio

In Twente heeft slechts 12,5 % van de inwoners een UMC op 60 minuten rijtijd. Er werken 3.500 mensen.

- Hartcentrum
- Traumacentrum

Zie de [ambities](@/strategie/ambities.md).
";

const DE: &str = "---
title: Zahlen
slug: zahlen
weight: 30
---
## Versorgung in der Region

In Twente erreichen nur 12,5 % der Einwohner ein Universitätsklinikum innerhalb von 60 Minuten Fahrtzeit. Es arbeiten 3.500 Menschen.

- Herzzentrum
- Traumazentrum

Siehe die [Ambitionen](@/strategie/ambities.md).
";

const EN: &str = "---
title: Figures
slug: figures
weight: 30
---
## Care in the region

In Twente only 12.5% of residents have a university medical centre within 60 minutes' drive. 3,500 people work there.

- Heart centre
- Trauma centre

See the [ambitions](@/strategie/ambities.md).
";

const TERMS: &str = "- concept: UMC
  nl:
    use: [UMC]
  de:
    use: [Universitätsklinikum, Universitätsklinika]
    avoid: [Uniklinik]
  en:
    use: [university medical centre]
";

/// The trilingual fixture with the page pair and the termbase.
fn site() -> TempDir {
    let site = fixture("trilingual");
    for (lang, text) in [("nl", NL), ("de", DE), ("en", EN)] {
        let path = site
            .path()
            .join(format!("content/strategie/cijfers.{lang}.md"));
        fs::write(path, text).unwrap();
    }
    fs::write(site.path().join("i18n/terms.yaml"), TERMS).unwrap();
    site
}

/// What `check` says, its warnings about translations only (the fixture has no record of
/// its translations yet, which `check` also says).
fn qa_warnings(site: &Path) -> String {
    let stderr = String::from_utf8_lossy(&diptych(site, &["check"]).stderr).into_owned();
    stderr
        .split("\n\n")
        .filter(|block| !block.contains("no record yet"))
        .filter(|block| block.starts_with("warning"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn a_faithful_translation_raises_no_warning() {
    let site = site();
    assert_eq!(qa_warnings(site.path()), "");
}

#[test]
fn a_number_the_source_does_not_have_and_one_it_lacks_are_warned_about() {
    let site = site();
    edit(
        site.path(),
        "content/strategie/cijfers.de.md",
        "3.500 Menschen",
        "3.600 Menschen",
    );
    let warnings = qa_warnings(site.path());
    assert!(
        warnings.contains(
            "warning: the number 3600 is not in the source (content/strategie/cijfers.nl.md)\n --> content/strategie/cijfers.de.md:8:119"
        ),
        "{warnings}"
    );
    assert!(
        warnings.contains(
            "warning: the number 3500 of the source (content/strategie/cijfers.nl.md:7) is missing from this translation\n --> content/strategie/cijfers.de.md:8:1"
        ),
        "{warnings}"
    );
    assert!(
        !warnings.contains("cijfers.en.md"),
        "English writes 3,500 and 12.5%:\n{warnings}"
    );
}

#[test]
fn a_variant_to_avoid_is_warned_about_with_the_term_to_use() {
    let site = site();
    edit(
        site.path(),
        "content/strategie/cijfers.de.md",
        "ein Universitätsklinikum",
        "eine Uniklinik",
    );
    let warnings = qa_warnings(site.path());
    assert!(
        warnings.contains(
            "warning: `Uniklinik` is not the site's term: write `Universitätsklinikum`\n --> content/strategie/cijfers.de.md:8:51"
        ),
        "{warnings}"
    );
    assert!(warnings.contains("i18n/terms.yaml lists `Uniklinik` as a variant to avoid for `UMC`"));
}

#[test]
fn a_translation_without_the_termbase_term_is_warned_about() {
    let site = site();
    edit(
        site.path(),
        "content/strategie/cijfers.de.md",
        "ein Universitätsklinikum",
        "eine Hochschulklinik",
    );
    let warnings = qa_warnings(site.path());
    assert!(
        warnings.contains(
            "warning: the source (content/strategie/cijfers.nl.md) says `UMC`, but this translation has no `Universitätsklinikum`\n --> content/strategie/cijfers.de.md:8:1"
        ),
        "{warnings}"
    );
}

#[test]
fn a_list_item_left_out_is_warned_about() {
    let site = site();
    edit(
        site.path(),
        "content/strategie/cijfers.de.md",
        "- Traumazentrum\n",
        "",
    );
    let warnings = qa_warnings(site.path());
    assert!(
        warnings.contains(
            "warning: this translation has another number of list items than its source (content/strategie/cijfers.nl.md): 1 against 2\n --> content/strategie/cijfers.de.md:6:1"
        ),
        "{warnings}"
    );
}

#[test]
fn a_paragraph_left_in_the_source_language_is_warned_about() {
    let site = site();
    edit(
        site.path(),
        "content/strategie/cijfers.de.md",
        "In Twente erreichen nur 12,5 % der Einwohner ein Universitätsklinikum innerhalb von 60 Minuten Fahrtzeit. Es arbeiten 3.500 Menschen.",
        "In Twente heeft slechts 12,5 % van de inwoners een UMC op 60 minuten rijtijd. Er werken 3.500 mensen.",
    );
    let warnings = qa_warnings(site.path());
    assert!(
        warnings.contains(
            "warning: this paragraph is the same as in the source (content/strategie/cijfers.nl.md:7): is it translated?\n --> content/strategie/cijfers.de.md:8:1"
        ),
        "{warnings}"
    );
}

#[test]
fn a_figure_of_extra_that_differs_is_warned_about_at_its_line() {
    let site = site();
    let extra = |value: &str| format!("weight: 30\nextra:\n  share: {value}\n");
    edit(
        site.path(),
        "content/strategie/cijfers.nl.md",
        "weight: 30\n",
        &extra("12.5"),
    );
    edit(
        site.path(),
        "content/strategie/cijfers.en.md",
        "weight: 30\n",
        &extra("12.5"),
    );
    edit(
        site.path(),
        "content/strategie/cijfers.de.md",
        "weight: 30\n",
        &extra("13.5"),
    );
    let warnings = qa_warnings(site.path());
    assert!(
        warnings.contains(
            "warning: `extra` has `13.5` where the source (content/strategie/cijfers.nl.md) has `12.5`\n --> content/strategie/cijfers.de.md:6:10"
        ),
        "{warnings}"
    );
}

#[test]
fn a_variant_to_avoid_in_the_ui_texts_is_warned_about() {
    let site = site();
    edit(
        site.path(),
        "i18n/de.ftl",
        "Mitarbeitende",
        "Mitarbeitende der Uniklinik",
    );
    let warnings = qa_warnings(site.path());
    assert!(
        warnings.contains(
            "warning: `Uniklinik` is not the site's term: write `Universitätsklinikum`\n --> i18n/de.ftl:5:38"
        ),
        "{warnings}"
    );
}
