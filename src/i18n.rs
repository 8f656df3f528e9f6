//! The words of the window, through one door: every user-visible string is
//! asked for by [`tr`] (or [`trf`], [`trn`] with values), with a message id
//! and its English text.
//!
//! Why an id *and* the English: the languages issue backs this with Fluent
//! message files (`assets/i18n/<lang>.ftl`), whose messages are found by id
//! (`toolbar-file = Fichier`); ids stay stable when the English wording is
//! polished, so a translation is not silently lost. The English stays in the
//! code beside the id, so a string reads where it is used, the program needs
//! no file to speak English, and routing a literal through `tr` is a one-line
//! change: `"File"` becomes `tr("toolbar-file", "File")`. The English of a
//! message with values is written in Fluent's own syntax (`{ $count }`), so it
//! can be copied into `en.ftl` as it is.
//!
//! For now the only language is English ([`LANGUAGES`]). A pseudo-locale
//! ([`Locale::Pseudo`], set with [`set_locale`] in tests or the
//! `HEARTLAND_LOCALE=pseudo` environment variable) accents and lengthens
//! every string, +100 % for strings of up to 10 characters and +40 % for
//! longer ones, the usual allowance for translations, so a layout that only
//! fits English shows.
//!
//! The locale is per thread: the window is drawn on one thread, and UI tests
//! (one per thread) can each choose theirs.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt::Display;

/// A language the window can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    /// English, the program's own words.
    #[default]
    English,
    /// English, accented and lengthened (testing layouts; never listed).
    Pseudo,
}

/// The languages the View ▸ Language menu lists, with their own names.
pub const LANGUAGES: [(Locale, &str); 1] = [(Locale::English, "English")];

thread_local! {
    static LOCALE: Cell<Locale> = const { Cell::new(Locale::English) };
}

/// Show this thread's window in `locale` from now on.
pub fn set_locale(locale: Locale) {
    LOCALE.with(|l| l.set(locale));
}

/// The locale of this thread's window.
pub fn locale() -> Locale {
    LOCALE.with(Cell::get)
}

/// The locale named by the `HEARTLAND_LOCALE` environment variable
/// (`pseudo`, `en`), if it names one.
pub fn locale_from_env() -> Option<Locale> {
    match std::env::var("HEARTLAND_LOCALE").ok()?.trim() {
        "pseudo" => Some(Locale::Pseudo),
        "en" | "en-GB" | "en-US" => Some(Locale::English),
        _ => None,
    }
}

/// The message `id` in the window's language; `english` is its English
/// text (and the text shown where a language lacks the message).
pub fn tr(id: &'static str, english: &'static str) -> Cow<'static, str> {
    let _ = id;
    match locale() {
        Locale::English => Cow::Borrowed(english),
        Locale::Pseudo => Cow::Owned(pseudo(english)),
    }
}

/// [`tr`] for a message with values: `english` names them as Fluent does,
/// `{ $name }`, and `args` gives each name its value.
pub fn trf(id: &'static str, english: &'static str, args: &[(&str, &dyn Display)]) -> String {
    let _ = id;
    let text = fill(english, args);
    match locale() {
        Locale::English => text,
        Locale::Pseudo => pseudo(&text),
    }
}

/// [`trf`] for a message about `count` things, with an English text for one
/// and for more (Fluent selects by the language's plural rules; the count
/// is the value `$count`).
pub fn trn(
    id: &'static str,
    one: &'static str,
    other: &'static str,
    count: usize,
    args: &[(&str, &dyn Display)],
) -> String {
    let mut all: Vec<(&str, &dyn Display)> = vec![("count", &count)];
    all.extend_from_slice(args);
    trf(id, if count == 1 { one } else { other }, &all)
}

/// `pattern` with each `{ $name }` replaced by its value (names not given
/// are left as they are written).
fn fill(pattern: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let name = after[1..end].trim().trim_start_matches('$').trim();
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(&value.to_string()),
            None => out.push_str(&after[..=end]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// How many characters a pseudo-localised string of `len` characters has:
/// twice as many up to 10, 40 % more above (rounded up).
pub fn pseudo_len(len: usize) -> usize {
    if len <= 10 {
        len * 2
    } else {
        (len * 14).div_ceil(10)
    }
}

/// `english` accented and lengthened ([`pseudo_len`]) with accented
/// letters, between brackets, so untranslated and clipped strings show.
pub fn pseudo(english: &str) -> String {
    let len = english.chars().count();
    if len == 0 {
        return String::new();
    }
    let target = pseudo_len(len);
    let mut out = String::with_capacity(target * 2);
    out.push('[');
    out.extend(english.chars().map(accent));
    // The filler: letters of ordinary width, accented, that the default
    // fonts draw.
    let filler = ['á', 'é', 'í', 'ó', 'ú'];
    let mut count = len + 1;
    let mut i = 0;
    while count + 1 < target {
        out.push(filler[i % filler.len()]);
        i += 1;
        count += 1;
    }
    out.push(']');
    out
}

/// An accented form of an ASCII letter (Latin-1, which the default fonts
/// draw); other characters as they are.
fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'c' => 'ç',
        'n' => 'ñ',
        'y' => 'ý',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ø',
        'U' => 'Ü',
        'C' => 'Ç',
        'N' => 'Ñ',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_text_given() {
        set_locale(Locale::English);
        assert_eq!(tr("toolbar-file", "File"), "File");
        assert_eq!(
            trf(
                "n-things",
                "{ $n } things in { $where }",
                &[("n", &3), ("where", &"Asia")]
            ),
            "3 things in Asia"
        );
        assert_eq!(
            trn(
                "problems",
                "{ $count } problem",
                "{ $count } problems",
                1,
                &[]
            ),
            "1 problem"
        );
        assert_eq!(
            trn(
                "problems",
                "{ $count } problem",
                "{ $count } problems",
                2,
                &[]
            ),
            "2 problems"
        );
        assert_eq!(trf("x", "{ $missing } {", &[]), "{ $missing } {");
    }

    #[test]
    fn pseudo_lengthens_by_the_rule() {
        for (english, want) in [("File", 8), ("Ten chars!", 20), ("Eleven char", 16)] {
            let p = pseudo(english);
            assert_eq!(p.chars().count(), want, "{english} → {p}");
            assert_ne!(p, english, "accented");
        }
        let long = "Export the data shown as CSV into a folder";
        assert_eq!(pseudo(long).chars().count(), pseudo_len(long.len()));
        assert_eq!(pseudo(""), "");
    }

    #[test]
    fn the_locale_is_this_threads() {
        set_locale(Locale::Pseudo);
        assert_eq!(tr("toolbar-file", "File"), pseudo("File"));
        let other = std::thread::spawn(|| tr("toolbar-file", "File").into_owned())
            .join()
            .expect("the thread ends");
        assert_eq!(other, "File", "another thread keeps English");
        set_locale(Locale::English);
    }
}
