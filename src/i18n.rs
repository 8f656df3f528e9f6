//! The words of the window, through one door: every user-visible string is
//! asked for by [`tr`] (or [`trf`], [`trn`] with values), with a message id
//! and its English text.
//!
//! Why an id *and* the English: the translations are Project Fluent message
//! files (`assets/i18n/<lang>.ftl`, embedded in the binary), whose messages
//! are found by id (`menu-file = Файл`); ids stay stable when the English
//! wording is polished, so a translation is not silently lost. The English
//! stays in the code beside the id, so a string reads where it is used, the
//! program needs no file to speak English, and routing a literal through `tr`
//! is a one-line change: `"File"` becomes `tr("menu-file", "File")`. The
//! English of a message with values is written in Fluent's own syntax
//! (`{ $count }`), and `assets/i18n/en.ftl` holds the same English (a test
//! compares them, and writes `en.ftl` with `UPDATE_FTL=1`).
//!
//! Counts ([`trn`]) go through Fluent's plural selectors, which follow the
//! CLDR plural rules of each language (Russian one/few/many/other: "21
//! государство", "5 государств").
//!
//! The languages are [`LANGUAGES`]. A pseudo-locale ([`Locale::Pseudo`], set
//! with [`set_locale`] in tests or the `HEARTLAND_LOCALE=pseudo` environment
//! variable) accents and lengthens every string, +100 % for strings of up to
//! 10 characters and +40 % for longer ones, the usual allowance for
//! translations, so a layout that only fits English shows.
//!
//! The locale is per thread: the window is drawn on one thread, and UI tests
//! (one per thread) can each choose theirs.
//!
//! Names of states are data, not messages: [`state_name`] gives a state's
//! name in the window's language from the Unicode CLDR territory names
//! (`assets/i18n/names/territories.tsv`, extracted by
//! `scripts/build_names.js`), by its ISO 3166-1 code, and the data's own
//! name in English, for a code CLDR does not know (a user's own units) and
//! in the pseudo-locale. Exports use the same names (their codes, dates and
//! numbers do not change with the language).

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt::Display;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language the window can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Locale {
    /// English, the program's own words.
    #[default]
    English,
    /// Russian (`ru`).
    Russian,
    /// Kazakh in Cyrillic (`kk`).
    Kazakh,
    /// Uzbek in Latin (`uz`).
    Uzbek,
    /// Azerbaijani in Latin (`az`).
    Azerbaijani,
    /// Turkish (`tr`).
    Turkish,
    /// English, accented and lengthened (testing layouts; never listed).
    Pseudo,
}

/// The languages the View ▸ Language menu lists, with their own names.
pub const LANGUAGES: [(Locale, &str); 6] = [
    (Locale::English, "English"),
    (Locale::Russian, "Русский"),
    (Locale::Kazakh, "Қазақша"),
    (Locale::Uzbek, "Oʻzbekcha"),
    (Locale::Azerbaijani, "Azərbaycanca"),
    (Locale::Turkish, "Türkçe"),
];

/// The message files, by language code, as embedded in the binary.
pub const MESSAGE_FILES: [(&str, &str); 6] = [
    ("en", include_str!("../assets/i18n/en.ftl")),
    ("ru", include_str!("../assets/i18n/ru.ftl")),
    ("kk", include_str!("../assets/i18n/kk.ftl")),
    ("uz", include_str!("../assets/i18n/uz.ftl")),
    ("az", include_str!("../assets/i18n/az.ftl")),
    ("tr", include_str!("../assets/i18n/tr.ftl")),
];

/// The names of states and territories in the languages (CLDR), as
/// embedded: `#` comment lines, a header, then one row per ISO 3166-1
/// country: alpha-3, alpha-2, the CLDR form taken, and the name in en, ru,
/// kk, uz, az, tr.
pub const TERRITORY_NAMES: &str = include_str!("../assets/i18n/names/territories.tsv");

/// The column of each language's names in [`TERRITORY_NAMES`] (after the
/// code and form columns), in this order.
pub const TERRITORY_LANGUAGES: [&str; 6] = ["en", "ru", "kk", "uz", "az", "tr"];

impl Locale {
    /// The language's code (BCP 47), as the message files are named.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Russian => "ru",
            Self::Kazakh => "kk",
            Self::Uzbek => "uz",
            Self::Azerbaijani => "az",
            Self::Turkish => "tr",
            Self::Pseudo => "pseudo",
        }
    }

    /// The locale with this code (`ru`, `kk`, …, `pseudo`), or with this
    /// POSIX locale name (`ru_RU.UTF-8`, `uz_UZ@latin`): `None` where it is
    /// none of them.
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim();
        if code == "pseudo" {
            return Some(Self::Pseudo);
        }
        let language = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        [
            Self::English,
            Self::Russian,
            Self::Kazakh,
            Self::Uzbek,
            Self::Azerbaijani,
            Self::Turkish,
        ]
        .into_iter()
        .find(|l| l.code() == language)
    }

    /// The message file's text (English's is the English of the code, kept
    /// in `en.ftl` for translators; the pseudo-locale has none).
    fn messages(self) -> Option<&'static str> {
        MESSAGE_FILES
            .iter()
            .find(|(code, _)| *code == self.code())
            .map(|(_, text)| *text)
    }
}

thread_local! {
    static LOCALE: Cell<Locale> = const { Cell::new(Locale::English) };
    static BUNDLES: RefCell<BTreeMap<Locale, FluentBundle<FluentResource>>> =
        const { RefCell::new(BTreeMap::new()) };
}

/// The CLDR names of each ISO 3166-1 country, by its alpha-3 and by its
/// alpha-2 code, in the order of [`TERRITORY_LANGUAGES`].
fn territories() -> &'static BTreeMap<&'static str, [&'static str; 6]> {
    static TABLE: std::sync::OnceLock<BTreeMap<&'static str, [&'static str; 6]>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = BTreeMap::new();
        for line in TERRITORY_NAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
        {
            let fields: Vec<&str> = line.split('\t').collect();
            let (Some(alpha3), Some(alpha2), Some(names)) =
                (fields.first(), fields.get(1), fields.get(3..))
            else {
                continue;
            };
            let Ok(names) = <[&str; 6]>::try_from(names) else {
                continue;
            };
            table.insert(*alpha3, names);
            table.insert(*alpha2, names);
        }
        table
    })
}

/// The CLDR names of the state with ISO 3166-1 code `code` (alpha-3 or
/// alpha-2, upper case), by language code, in the order of
/// [`TERRITORY_LANGUAGES`]; `None` for a code that is not an ISO country.
pub fn territory_names(code: &str) -> Option<[(&'static str, &'static str); 6]> {
    let names = territories().get(code)?;
    Some(std::array::from_fn(|i| (TERRITORY_LANGUAGES[i], names[i])))
}

/// The name the window shows for the state with code `code`, whose data
/// file names it `data_name`: its CLDR name in the window's language
/// (Russian, Kazakh, Uzbek, Azerbaijani, Turkish); the data's name in
/// English (the data is written in English, and a user's renaming shows),
/// in the pseudo-locale, and for a code that is not an ISO 3166-1 country
/// (a user's own unit).
pub fn state_name<'a>(code: &str, data_name: &'a str) -> Cow<'a, str> {
    let column = match locale() {
        Locale::English | Locale::Pseudo => return Cow::Borrowed(data_name),
        other => TERRITORY_LANGUAGES.iter().position(|c| *c == other.code()),
    };
    match (column, territories().get(code)) {
        (Some(column), Some(names)) => Cow::Borrowed(names[column]),
        _ => Cow::Borrowed(data_name),
    }
}

/// The names of the bundled data's places in the six languages, from the
/// Unicode CLDR's time-zone exemplar cities
/// (`assets/i18n/names/places.tsv`, extracted by `scripts/build_places.js`):
/// id, zone, then the names in [`TERRITORY_LANGUAGES`] order (empty where
/// CLDR's language writes the city as English does).
pub const PLACE_NAMES: &str = include_str!("../assets/i18n/names/places.tsv");

fn places() -> &'static BTreeMap<&'static str, [&'static str; 6]> {
    static TABLE: std::sync::OnceLock<BTreeMap<&'static str, [&'static str; 6]>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        PLACE_NAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|line| {
                let fields: Vec<&str> = line.split('\t').collect();
                let names = <[&str; 6]>::try_from(fields.get(2..)?).ok()?;
                Some((*fields.first()?, names))
            })
            .collect()
    })
}

/// The name of the place `id` (a `places.json` id) that the data names
/// `data_name`, in the window's language: CLDR's exemplar city where the
/// table has one for that language and the data's English name is CLDR's
/// (a renamed or different place of a user's data keeps its own name);
/// otherwise the data's name, which is also what English and the
/// pseudo-locale show.
pub fn place_name<'a>(id: &str, data_name: &'a str) -> Cow<'a, str> {
    let column = match locale() {
        Locale::English | Locale::Pseudo => return Cow::Borrowed(data_name),
        other => TERRITORY_LANGUAGES.iter().position(|c| *c == other.code()),
    };
    match (column, places().get(id)) {
        (Some(column), Some(names)) if names[0] == data_name && !names[column].is_empty() => {
            Cow::Borrowed(names[column])
        }
        _ => Cow::Borrowed(data_name),
    }
}

/// The names of the bundled organizations in the languages in which each
/// publishes its own (`assets/i18n/names/organizations.tsv`, curated with
/// the page of each): id, language, the data's English acronym, the
/// acronym, the full name, the source.
pub const ORGANIZATION_NAMES: &str = include_str!("../assets/i18n/names/organizations.tsv");

/// (id, language) → (English acronym, acronym, name).
fn organizations() -> &'static BTreeMap<(&'static str, &'static str), [&'static str; 3]> {
    type Table = BTreeMap<(&'static str, &'static str), [&'static str; 3]>;
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        ORGANIZATION_NAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|line| {
                let f: Vec<&str> = line.split('\t').collect();
                Some((
                    (*f.first()?, *f.get(1)?),
                    [*f.get(2)?, *f.get(3)?, *f.get(4)?],
                ))
            })
            .collect()
    })
}

/// The acronym and full name of the organization `id` that the data calls
/// `acronym` and `name`, in the window's language: the organization's own
/// where it publishes one in that language and the data still calls it by
/// the bundled English acronym; otherwise the data's (English, the
/// pseudo-locale and a user's own organizations).
pub fn organization_names<'a>(
    id: &str,
    acronym: &'a str,
    name: &'a str,
) -> (Cow<'a, str>, Cow<'a, str>) {
    let own = match locale() {
        Locale::English | Locale::Pseudo => None,
        other => organizations().get(&(id, other.code())),
    };
    match own {
        Some([english, own_acronym, own_name]) if *english == acronym => {
            (Cow::Borrowed(*own_acronym), Cow::Borrowed(*own_name))
        }
        _ => (Cow::Borrowed(acronym), Cow::Borrowed(name)),
    }
}

/// `text` in lower case as the window's language writes it (Turkish and
/// Azerbaijani: I → ı, İ → i; the others as Unicode's default mapping).
pub fn lowercase(text: &str) -> String {
    match locale() {
        Locale::Turkish | Locale::Azerbaijani => {
            text.replace('I', "ı").replace('İ', "i").to_lowercase()
        }
        _ => text.to_lowercase(),
    }
}

/// `text` in capitals as the window's language writes them: Turkish and
/// Azerbaijani capitalise i as İ (and ı as I); the others as Unicode's
/// default mapping does (the map's labels of states are in capitals).
pub fn uppercase(text: &str) -> String {
    match locale() {
        Locale::Turkish | Locale::Azerbaijani => text
            .chars()
            .flat_map(|c| match c {
                'i' => 'İ'.to_uppercase(),
                other => other.to_uppercase(),
            })
            .collect(),
        _ => text.to_uppercase(),
    }
}

/// The decimal separator and the thousands separator of `locale`, as
/// the Unicode CLDR 48 writes numbers in its Latin digits
/// (`cldr-numbers-full`, `symbols-numberSystem-latn`): English `.` and `,`;
/// Russian, Kazakh and Uzbek `,` and a no-break space; Azerbaijani and
/// Turkish `,` and `.`. All group from four digits on (CLDR's
/// `minimumGroupingDigits` 1) and write the minus as `-`.
pub fn number_symbols(locale: Locale) -> (char, char) {
    match locale {
        Locale::English | Locale::Pseudo => ('.', ','),
        Locale::Russian | Locale::Kazakh | Locale::Uzbek => (',', '\u{a0}'),
        Locale::Azerbaijani | Locale::Turkish => (',', '.'),
    }
}

/// `value` with `decimals` digits after the decimal separator, as the
/// window's language writes numbers ([`number_symbols`]): `1,768.5` in
/// English, `1 768,5` in Russian. Exports never use this: files keep a
/// decimal point and no grouping in every language.
pub fn number(value: f64, decimals: usize) -> String {
    format_number(value, decimals, false, locale())
}

/// [`number`] with the sign always written (`+0,50`, `-0,25`), as scores
/// are shown.
pub fn signed(value: f64, decimals: usize) -> String {
    format_number(value, decimals, true, locale())
}

/// `value` with `decimals` decimals as `locale` writes numbers (its decimal
/// and group separators and minus sign), with a `+` before a value that is
/// not negative when `plus`.
pub fn format_number(value: f64, decimals: usize, plus: bool, locale: Locale) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let (decimal, group) = number_symbols(locale);
    let plain = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let negative =
        value.is_sign_negative() && plain.chars().any(|c| c.is_ascii_digit() && c != '0');
    let mut out = String::with_capacity(plain.len() + 4);
    if negative {
        out.push('-');
    } else if plus {
        out.push('+');
    }
    let digits = whole.len();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 && digits > 3 {
            out.push(group);
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
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
/// (`pseudo`, `en`, `ru`, …), if it names one.
pub fn locale_from_env() -> Option<Locale> {
    Locale::from_code(&std::env::var("HEARTLAND_LOCALE").ok()?)
}

/// The window's language on a first start: the system's (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`, the first one set) where it is one of
/// [`LANGUAGES`], else English.
pub fn system_locale() -> Locale {
    system_locale_from(|name| std::env::var(name).ok())
}

/// [`system_locale`] with the environment given (tests).
pub fn system_locale_from(var: impl Fn(&str) -> Option<String>) -> Locale {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|value| !value.trim().is_empty())
        .and_then(|value| Locale::from_code(&value))
        .filter(|l| *l != Locale::Pseudo)
        .unwrap_or(Locale::English)
}

/// A Fluent bundle of `locale`'s messages. Fluent's bidirectional isolation
/// marks (U+2068, U+2069) around values are turned off: every language here
/// is written left to right, and the fonts have no glyph for them.
pub fn bundle(locale: Locale) -> Option<FluentBundle<FluentResource>> {
    let text = locale.messages()?;
    let language = locale.code().parse().ok()?;
    let mut bundle = FluentBundle::new(vec![language]);
    bundle.set_use_isolating(false);
    // A malformed message is left out (the i18n tests parse every file
    // without an error); the others still speak.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    Some(bundle)
}

/// Message `id` of `locale` with `args`, if the language has it.
fn lookup(locale: Locale, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        let bundle = match bundles.entry(locale) {
            std::collections::btree_map::Entry::Occupied(entry) => entry.into_mut(),
            std::collections::btree_map::Entry::Vacant(entry) => entry.insert(bundle(locale)?),
        };
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    })
}

/// The message `id` in the window's language; `english` is its English
/// text (and the text shown where a language lacks the message).
pub fn tr(id: &'static str, english: &'static str) -> Cow<'static, str> {
    match locale() {
        Locale::English => Cow::Borrowed(english),
        Locale::Pseudo => Cow::Owned(pseudo(english)),
        other => lookup(other, id, None).map_or(Cow::Borrowed(english), Cow::Owned),
    }
}

/// [`tr`] for a message with values: `english` names them as Fluent does,
/// `{ $name }`, and `args` gives each name its value.
pub fn trf(id: &'static str, english: &'static str, args: &[(&str, &dyn Display)]) -> String {
    translate(id, english, None, args)
}

/// [`trf`] for a message about `count` things, with an English text for one
/// and for more. In the other languages Fluent selects the variant by the
/// language's CLDR plural rules (`{ $count -> [one] … [few] … *[other] … }`);
/// the count is the value `$count`.
pub fn trn(
    id: &'static str,
    one: &'static str,
    other: &'static str,
    count: usize,
    args: &[(&str, &dyn Display)],
) -> String {
    let mut all: Vec<(&str, &dyn Display)> = vec![("count", &count)];
    all.extend_from_slice(args);
    translate(id, if count == 1 { one } else { other }, Some(count), &all)
}

fn translate(
    id: &'static str,
    english: &str,
    count: Option<usize>,
    args: &[(&str, &dyn Display)],
) -> String {
    match locale() {
        Locale::English => fill(english, args),
        Locale::Pseudo => pseudo(&fill(english, args)),
        other => {
            let mut fluent = FluentArgs::new();
            for (name, value) in args {
                fluent.set(name.to_string(), FluentValue::from(value.to_string()));
            }
            if let Some(count) = count {
                // A number, so Fluent's plural selector can choose.
                fluent.set("count", FluentValue::from(count));
            }
            lookup(other, id, Some(&fluent)).unwrap_or_else(|| fill(english, args))
        }
    }
}

/// A message for the user, kept as its id, its English and its values, so
/// that it is shown in the language of whoever reads it: the window in its
/// language ([`Message::shown`]), the command line, the logs and the tests in
/// English (`Display`, [`Message::as_str`]). Made deep down (a data problem,
/// a refused edit, a view file's error) on any thread, and translated only
/// where it is shown.
///
/// Its constructors are named like the functions ([`Message::tr`],
/// [`Message::trf`], [`Message::trn`]), so the message files' checks find
/// their ids and English as they find those of [`tr`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message(Box<Parts>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct Parts {
    id: &'static str,
    /// The English pattern (for a count: the one chosen for it).
    english: &'static str,
    count: Option<usize>,
    args: Vec<(&'static str, Arg)>,
    /// The English, filled.
    text: String,
}

/// A value of a [`Message`]: text as it is, or another message shown in the
/// same language as the one it is part of.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Arg {
    Text(String),
    Message(Message),
}

impl Arg {
    fn shown(&self) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Message(message) => message.shown(),
        }
    }

    fn english(&self) -> &str {
        match self {
            Self::Text(text) => text,
            Self::Message(message) => message.as_str(),
        }
    }
}

impl Message {
    /// A message without values.
    pub fn tr(id: &'static str, english: &'static str) -> Self {
        Self::trf(id, english, &[])
    }

    /// A message with values (as [`trf`]).
    pub fn trf(
        id: &'static str,
        english: &'static str,
        args: &[(&'static str, &dyn Display)],
    ) -> Self {
        let args = args
            .iter()
            .map(|(name, value)| (*name, Arg::Text(value.to_string())))
            .collect();
        Self::made(id, english, None, args)
    }

    /// A message about `count` things (as [`trn`]).
    pub fn trn(
        id: &'static str,
        one: &'static str,
        other: &'static str,
        count: usize,
        args: &[(&'static str, &dyn Display)],
    ) -> Self {
        let mut all = vec![("count", Arg::Text(count.to_string()))];
        all.extend(
            args.iter()
                .map(|(name, value)| (*name, Arg::Text(value.to_string()))),
        );
        Self::made(id, if count == 1 { one } else { other }, Some(count), all)
    }

    /// Text that is not a message of the program's (an operating system's
    /// error, a value quoted from a file), shown as it is in every language.
    pub fn verbatim(text: impl Into<String>) -> Self {
        let text = text.into();
        Self(Box::new(Parts {
            id: "",
            english: "",
            count: None,
            args: vec![("", Arg::Text(text.clone()))],
            text,
        }))
    }

    /// This message with the value `name` being another message, shown in
    /// the same language as this one (a reason inside a sentence).
    #[must_use]
    pub fn with(mut self, name: &'static str, value: Message) -> Self {
        self.0.args.retain(|(n, _)| *n != name);
        self.0.args.push((name, Arg::Message(value)));
        self.0.text = self.english_filled();
        self
    }

    fn made(
        id: &'static str,
        english: &'static str,
        count: Option<usize>,
        args: Vec<(&'static str, Arg)>,
    ) -> Self {
        let mut message = Self(Box::new(Parts {
            id,
            english,
            count,
            args,
            text: String::new(),
        }));
        message.0.text = message.english_filled();
        message
    }

    fn english_filled(&self) -> String {
        if self.0.id.is_empty() {
            return self
                .0
                .args
                .first()
                .map(|(_, a)| a.english().to_owned())
                .unwrap_or_default();
        }
        let values: Vec<(&str, &str)> =
            self.0.args.iter().map(|(n, a)| (*n, a.english())).collect();
        let dyn_values: Vec<(&str, &dyn Display)> = values
            .iter()
            .map(|(n, v)| (*n, v as &dyn Display))
            .collect();
        fill(self.0.english, &dyn_values)
    }

    /// The message id (empty for [`Message::verbatim`] text).
    pub fn id(&self) -> &'static str {
        self.0.id
    }

    /// The English text.
    pub fn as_str(&self) -> &str {
        &self.0.text
    }

    /// The message in this thread's language ([`locale`]).
    pub fn shown(&self) -> String {
        if self.0.id.is_empty() {
            return self.0.text.clone();
        }
        let values: Vec<(&str, String)> =
            self.0.args.iter().map(|(n, a)| (*n, a.shown())).collect();
        let dyn_values: Vec<(&str, &dyn Display)> = values
            .iter()
            .map(|(n, v)| (*n, v as &dyn Display))
            .collect();
        translate(self.0.id, self.0.english, self.0.count, &dyn_values)
    }
}

/// The English text.
impl Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.text)
    }
}

impl std::ops::Deref for Message {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0.text
    }
}

impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.0.text == other
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.0.text == *other
    }
}

impl PartialEq<String> for Message {
    fn eq(&self, other: &String) -> bool {
        &self.0.text == other
    }
}

/// `pattern` with each `{ $name }` replaced by its value (names not given
/// are left as they are written).
pub fn fill(pattern: &str, args: &[(&str, &dyn Display)]) -> String {
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
    // fonts draw, in words of five after a space (a translation is longer
    // by more words as well as longer words: a label that wraps in English
    // must be able to wrap in the pseudo-locale too).
    let filler = ['á', 'é', 'í', 'ó', 'ú'];
    let mut count = len + 1;
    let mut i = 0;
    while count + 1 < target {
        if i % 6 == 0 {
            out.push(' ');
        } else {
            out.push(filler[i % filler.len()]);
        }
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
