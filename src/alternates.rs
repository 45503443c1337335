//! Language alternates (`hreflang`): which pages are one page in several languages.
//!
//! Search engines use such a cluster only when every page of it lists the same set of
//! alternates, itself included, and at most one `x-default` (the page for readers whose
//! language the site lacks). So the set is computed here, once per cluster, for the
//! pages (`page.alternates`, `section.alternates`), the language chooser, the print
//! editions (`brochure.alternates`) and the sitemap alike; themes only print it.
//!
//! The clusters: the home pages with the language chooser at `/` as x-default; the print
//! editions of one language with the edition of all languages as x-default; every other
//! key's translations with its default-language version as x-default.

use serde::Serialize;

use crate::key;
use crate::resolve::{Edition, EditionId, Site};

/// The `hreflang` of the page for readers of any other language.
const X_DEFAULT: &str = "x-default";

/// One member of a cluster: `<link rel="alternate" hreflang="…" href="…">`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Alternate {
    /// A language code of site.yaml, or `x-default`.
    pub hreflang: String,
    /// The member's full address.
    pub permalink: String,
}

/// The cluster of the pages of `key`; the home pages' cluster includes the language
/// chooser. Empty when the key exists in one language only.
pub(crate) fn of_key(site: &Site, key: &str) -> Vec<Alternate> {
    let members = site
        .translations(key)
        .map(|entry| (entry.doc.lang.to_string(), site.permalink(entry)));
    let x_default = if key == key::HOME {
        Some(site.config.base_url.clone())
    } else {
        site.entry_for_key(key, &site.config.default_language)
            .ok()
            .map(|entry| site.permalink(entry))
    };
    cluster(members, x_default)
}

/// The cluster of the print editions: the edition of each language, with the edition of
/// all languages side by side as x-default. Empty when there is no such edition.
pub(crate) fn of_editions(site: &Site, editions: &[Edition]) -> Vec<Alternate> {
    let Some(parallel) = editions.iter().find(|e| e.id == EditionId::Bilingual) else {
        return Vec::new();
    };
    let members = editions
        .iter()
        .filter(|edition| edition.id != EditionId::Bilingual)
        .map(|edition| {
            (
                edition.langs[0].to_string(),
                site.edition_permalink(edition),
            )
        });
    cluster(members, Some(site.edition_permalink(parallel)))
}

/// The language members followed by the one x-default; nothing when fewer than two
/// languages have the page, since a page has no alternates in a language it lacks.
fn cluster(
    members: impl Iterator<Item = (String, String)>,
    x_default: Option<String>,
) -> Vec<Alternate> {
    let mut alternates: Vec<Alternate> = members
        .map(|(hreflang, permalink)| Alternate {
            hreflang,
            permalink,
        })
        .collect();
    if alternates.len() < 2 {
        return Vec::new();
    }
    alternates.extend(x_default.map(|permalink| Alternate {
        hreflang: X_DEFAULT.to_owned(),
        permalink,
    }));
    alternates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(langs: &[&str]) -> impl Iterator<Item = (String, String)> {
        langs
            .iter()
            .map(|lang| (lang.to_string(), format!("https://example.org/{lang}/")))
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn a_page_in_one_language_has_no_cluster() {
        let home = Some("https://example.org/".to_owned());
        assert!(cluster(members(&["nl"]), home).is_empty());
    }

    #[test]
    fn the_cluster_ends_with_its_one_x_default() {
        let home = Some("https://example.org/".to_owned());
        let alternates = cluster(members(&["nl", "de"]), home);
        let hreflangs: Vec<&str> = alternates.iter().map(|a| a.hreflang.as_str()).collect();
        assert_eq!(hreflangs, ["nl", "de", "x-default"]);
        assert_eq!(alternates[2].permalink, "https://example.org/");
    }
}
