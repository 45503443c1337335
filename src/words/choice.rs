//! Which language diptych speaks: `--ui-lang`, then `DIPTYCH_LANG`, then the system's
//! language (`LC_ALL`, `LC_MESSAGES`, `LANG`; on Windows the user's locale), else English.

use unic_langid::LanguageIdentifier;

/// A language diptych speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UiLang {
    /// English, when nothing else is asked for.
    En,
    /// Dutch.
    Nl,
    /// German.
    De,
}

impl UiLang {
    /// The codes `--ui-lang` takes.
    pub const CODES: [&'static str; 3] = ["nl", "de", "en"];

    /// The language of a code of [`UiLang::CODES`].
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "en" => Some(UiLang::En),
            "nl" => Some(UiLang::Nl),
            "de" => Some(UiLang::De),
            _ => None,
        }
    }

    /// The language's code, as `--ui-lang` and HTML's `lang` write it.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Nl => "nl",
            UiLang::De => "de",
        }
    }

    pub(super) fn langid(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }
}

/// The language of a locale name as systems write them (`nl_NL.UTF-8`, `de-CH`, `nl_BE@euro`,
/// `C`), or of a page's language code (`de`): the part before the region; English for
/// `C`, `POSIX` and languages diptych does not speak.
pub fn language_of_locale(locale: &str) -> UiLang {
    let language = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    UiLang::from_code(&language).unwrap_or(UiLang::En)
}

/// The language to speak when `--ui-lang` was not given, from the environment as `var`
/// reads it: `DIPTYCH_LANG`, then the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
/// set, then (on Windows) the user's locale.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> UiLang {
    let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
    if let Some(asked) = set("DIPTYCH_LANG") {
        return language_of_locale(asked.trim());
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(set)
        .or_else(user_locale)
        .map_or(UiLang::En, |locale| language_of_locale(&locale))
}

/// The user's locale as Windows names it (`nl-NL`).
#[cfg(windows)]
fn user_locale() -> Option<String> {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetUserDefaultLocaleName(name: *mut u16, length: i32) -> i32;
    }
    // LOCALE_NAME_MAX_LENGTH
    let mut name = [0u16; 85];
    // SAFETY: the function writes at most `length` UTF-16 units, the array's size, and
    // returns how many it wrote including the terminating zero (0 on failure).
    let written = unsafe { GetUserDefaultLocaleName(name.as_mut_ptr(), name.len() as i32) };
    let length = usize::try_from(written).ok()?.checked_sub(1)?;
    Some(String::from_utf16_lossy(&name[..length]))
}

/// Other systems say it in the environment, read above.
#[cfg(not(windows))]
fn user_locale() -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn environment<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            (pairs.iter())
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.to_string())
        }
    }

    #[test]
    fn locales_are_read_by_their_language_part() {
        for (locale, lang) in [
            ("nl_NL.UTF-8", UiLang::Nl),
            ("nl_BE", UiLang::Nl),
            ("nl_BE@euro", UiLang::Nl),
            ("de_DE.UTF-8", UiLang::De),
            ("de_AT", UiLang::De),
            ("de-CH", UiLang::De),
            ("DE", UiLang::De),
            ("en_GB.UTF-8", UiLang::En),
            ("fr_FR.UTF-8", UiLang::En),
            ("C", UiLang::En),
            ("C.UTF-8", UiLang::En),
            ("POSIX", UiLang::En),
        ] {
            assert_eq!(language_of_locale(locale), lang, "{locale}");
        }
    }

    #[test]
    fn diptych_lang_comes_before_the_system_and_lc_all_before_lang() {
        let chosen = |pairs: &[(&str, &str)]| from_environment(environment(pairs));
        assert_eq!(
            chosen(&[("DIPTYCH_LANG", "de"), ("LANG", "nl_NL.UTF-8")]),
            UiLang::De
        );
        assert_eq!(
            chosen(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "nl_NL.UTF-8")]),
            UiLang::De
        );
        assert_eq!(
            chosen(&[("LC_MESSAGES", "nl_NL"), ("LANG", "de_DE")]),
            UiLang::Nl
        );
        // An empty variable counts as not set.
        assert_eq!(
            chosen(&[
                ("DIPTYCH_LANG", ""),
                ("LC_ALL", ""),
                ("LANG", "nl_NL.UTF-8")
            ]),
            UiLang::Nl
        );
        assert_eq!(chosen(&[("LANG", "C")]), UiLang::En);
    }
}
