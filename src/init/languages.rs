//! The languages `diptych init` can start a site in: each code with its name in itself (for
//! the language switcher), and for the languages diptych has texts in, the starter texts.

/// The starter texts of one language: the site's own words (`i18n/<lang>.ftl`) and the three
/// example pages, with the addresses of the section and the page in that language.
pub(super) struct Texts {
    /// The section's address in this language (`aan-de-slag`).
    pub section_slug: &'static str,
    /// The page's address in this language (`een-pagina-schrijven`).
    pub page_slug: &'static str,
    /// `i18n/<lang>.ftl`, with `%SITE_NAME%` where the site's name goes.
    pub ftl: &'static str,
    /// The home page, section and page, in that order.
    pub pages: [&'static str; 3],
}

/// A language code `diptych init` accepts.
pub(super) struct Known {
    /// The BCP 47 code, as in file names (`_index.de.md`) and addresses (`/de/`).
    pub code: &'static str,
    /// Its name in itself (`Deutsch`), as the language switcher shows it.
    pub name: &'static str,
    /// Starter texts in this language; English placeholders are used when there are none.
    pub texts: Option<&'static Texts>,
}

/// The starter texts in `starter/i18n/<code>.ftl` and `starter/content/<code>/`, with the
/// section's and the page's address in that language.
macro_rules! texts {
    ($code:literal, $section:literal, $page:literal) => {
        Texts {
            section_slug: $section,
            page_slug: $page,
            ftl: include_str!(concat!("starter/i18n/", $code, ".ftl")),
            pages: [
                include_str!(concat!("starter/content/", $code, "/home.md")),
                include_str!(concat!("starter/content/", $code, "/section.md")),
                include_str!(concat!("starter/content/", $code, "/page.md")),
            ],
        }
    };
}

const NL: Texts = texts!("nl", "aan-de-slag", "een-pagina-schrijven");
const DE: Texts = texts!("de", "erste-schritte", "eine-seite-schreiben");
/// English: a language of its own, and the placeholder for languages without texts.
pub(super) const EN: Texts = texts!("en", "getting-started", "writing-a-page");
const FR: Texts = texts!("fr", "premiers-pas", "ecrire-une-page");

/// Languages of Europe, written left to right (the
/// starter theme has no right-to-left layout). Others can be added to site.yaml by hand.
pub(super) const KNOWN: &[Known] = &[
    known("nl", "Nederlands", Some(&NL)),
    known("de", "Deutsch", Some(&DE)),
    known("en", "English", Some(&EN)),
    known("fr", "Français", Some(&FR)),
    known("fy", "Frysk", None),
    known("lb", "Lëtzebuergesch", None),
    known("da", "Dansk", None),
    known("es", "Español", None),
    known("it", "Italiano", None),
    known("pt", "Português", None),
    known("pl", "Polski", None),
    known("cs", "Čeština", None),
    known("sk", "Slovenčina", None),
    known("hu", "Magyar", None),
    known("ro", "Română", None),
    known("sv", "Svenska", None),
    known("nb", "Norsk bokmål", None),
    known("fi", "Suomi", None),
    known("el", "Ελληνικά", None),
    known("tr", "Türkçe", None),
    known("uk", "Українська", None),
];

const fn known(code: &'static str, name: &'static str, texts: Option<&'static Texts>) -> Known {
    Known { code, name, texts }
}

/// The language with this code, if `diptych init` knows it.
pub(super) fn find(code: &str) -> Option<&'static Known> {
    KNOWN.iter().find(|language| language.code == code)
}
