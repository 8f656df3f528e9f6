//! Guided tours (`*.tour.json`): a title, an author line and a list of
//! steps, each a title, a caption, the sources it cites and a view in the
//! saved-view format ([`crate::state::View`]). The format is documented in
//! `docs/tours.md`; the bundled tours live in `assets/tours/`.
//!
//! Reading a tour has two stages, as for data files:
//! 1. [`Tour::from_json`] checks the file itself: syntax, unknown keys (an
//!    error, like everywhere else), types, the view of every step (with the
//!    same checks as a `*.view.json`), empty titles, over-long captions.
//! 2. [`Tour::check_references`] checks it against a [`Dataset`]: every
//!    organization, corridor, stance, country and source a step names must
//!    exist there.
//!
//! Every error names the file, the place (`steps[2].view.organizations[1]`)
//! and the reason.
//!
//! Translations (format 2): the tour and each step may carry
//! `"translations": { "ru": { "title": …, "caption": … } }` beside their
//! English text, keyed by the codes of the interface's languages
//! ([`TRANSLATION_LANGUAGES`]); [`Tour::title_in`] and [`Step::text_in`]
//! pick the text of a language, or the English with a mark that says so
//! ([`StepText::fallback`]), never a silent mix.
//!
//! No egui here: the player and the headless render read a [`Tour`] and
//! apply each step's view with [`Step::state`].

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, Message};
use crate::model::{CountryCode, Dataset, IdError, SourceId};
use crate::state::{Camera, State, View, parse_document};

/// The newest version of the tour format this build reads and writes.
/// Format 2 added `translations`; a tour without them is written as
/// format 1, so older versions still read it.
pub const TOUR_FORMAT: u32 = 2;

/// The languages a tour may be translated into (`translations` keys): the
/// interface's languages but English, the tours' own.
pub const TRANSLATION_LANGUAGES: [Locale; 5] = [
    Locale::Russian,
    Locale::Kazakh,
    Locale::Uzbek,
    Locale::Azerbaijani,
    Locale::Turkish,
];

/// The longest caption accepted, in characters: a caption is read aloud or
/// from the back of a room, and must fit the band under a slide.
pub const MAX_CAPTION_CHARS: usize = 420;

/// The longest step or tour title accepted, in characters.
pub const MAX_TITLE_CHARS: usize = 90;

/// The tours bundled with the program: `(file name, contents)`, the
/// introduction first.
pub const BUNDLED: [(&str, &str); 6] = [
    (
        "00-introduction.tour.json",
        include_str!("../assets/tours/00-introduction.tour.json"),
    ),
    (
        "islamic-solidarity.tour.json",
        include_str!("../assets/tours/islamic-solidarity.tour.json"),
    ),
    (
        "csto-moscow-astana.tour.json",
        include_str!("../assets/tours/csto-moscow-astana.tour.json"),
    ),
    (
        "caspian-routes.tour.json",
        include_str!("../assets/tours/caspian-routes.tour.json"),
    ),
    (
        "ukraine-war-stances.tour.json",
        include_str!("../assets/tours/ukraine-war-stances.tour.json"),
    ),
    (
        "turkic-states.tour.json",
        include_str!("../assets/tours/turkic-states.tour.json"),
    ),
];

/// The file name (in [`BUNDLED`]) of the introductory tour offered at first
/// launch.
pub const INTRODUCTION: &str = "00-introduction.tour.json";

/// A guided tour: a sequence of prepared views with captions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tour {
    /// The format the tour needs: 2 when it has translations, else 1 (what
    /// [`Self::to_json_pretty`] writes).
    pub format: u32,
    /// The tour's title ("The CSTO over time"), in English.
    pub title: String,
    /// Who wrote it ("Heartland, from the bundled sources").
    pub author: String,
    /// The title in other languages, by language code (`ru`, `kk`, …;
    /// format 2).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, TourTranslation>,
    /// The steps, in order; never empty.
    pub steps: Vec<Step>,
    /// The format the file said, when it said less than it needs (a
    /// format-1 file with translations): read anyway, reported by
    /// [`Self::warnings`]. Not written.
    #[serde(skip)]
    pub understated_format: Option<u32>,
}

/// A tour's title in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TourTranslation {
    /// The title.
    pub title: String,
}

/// A step's title and caption in another language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepTranslation {
    /// The title.
    pub title: String,
    /// The caption.
    pub caption: String,
}

/// The text of a step as shown in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepText<'a> {
    /// The step's title.
    pub title: &'a str,
    /// Its caption.
    pub caption: &'a str,
    /// The step has no text in the language asked for: this is the English,
    /// and the window and the slides say so ("(English)").
    pub fallback: bool,
}

/// One step of a tour.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    /// A short title, shown above the caption.
    pub title: String,
    /// A few sentences; quotes are attributed in the text.
    pub caption: String,
    /// The title and caption in other languages, by language code (format
    /// 2).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, StepTranslation>,
    /// The sources the caption draws on (ids from `sources.json`), shown
    /// with their titles.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
    /// What the map shows: a view in the `*.view.json` format.
    pub view: View,
}

impl Step {
    /// The step's title and caption in `locale`: its translation, the
    /// English for English (and the pseudo-locale), else the English
    /// marked as a fallback.
    pub fn text_in(&self, locale: Locale) -> StepText<'_> {
        match self.translations.get(locale.code()) {
            Some(t) => StepText {
                title: &t.title,
                caption: &t.caption,
                fallback: false,
            },
            None => StepText {
                title: &self.title,
                caption: &self.caption,
                fallback: !matches!(locale, Locale::English | Locale::Pseudo),
            },
        }
    }

    /// The state this step shows: its view applied to the default state.
    ///
    /// Each step stands alone (a key the view leaves out has its default,
    /// not the previous step's value), so a step looks the same whether it
    /// is reached by stepping, by jumping or rendered on its own.
    pub fn state(&self) -> State {
        let mut state = State::default();
        state.apply_view(&self.view);
        state
    }

    /// The cited sources as short lines (`Author, "Title" (2017)`), in the
    /// order the step lists them; an id the dataset lacks is shown as is.
    pub fn source_lines(&self, dataset: &Dataset) -> Vec<String> {
        self.sources
            .iter()
            .map(|id| match dataset.sources.get(id) {
                Some(source) => {
                    let year = source
                        .date
                        .as_ref()
                        .map(|d| format!(" ({})", d.year()))
                        .unwrap_or_default();
                    match (&source.author, &source.outlet) {
                        (Some(author), _) => format!("{author}, “{}”{year}", source.title),
                        (None, Some(outlet)) => format!("{}, {outlet}{year}", source.title),
                        (None, None) => format!("{}{year}", source.title),
                    }
                }
                None => id.to_string(),
            })
            .collect()
    }
}

/// Why a tour cannot be used: which file, where in it, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TourError {
    /// The file as the user named it.
    pub file: String,
    /// The key path (`steps[2].view.organizations[1]`) or `line L column C`;
    /// empty when it concerns the whole file.
    pub location: String,
    /// Plain-language reason (English by `Display`; [`Message::shown`] in
    /// the window's language).
    pub reason: Message,
}

impl TourError {
    /// The error as [`fmt::Display`] writes it, in this thread's language:
    /// the file and the key path as written, the reason translated.
    pub fn shown(&self) -> String {
        crate::state::shown_error(&self.file, &self.location, &self.reason)
    }

    /// The error as a [`Message`] (a notice that follows the window's
    /// language): the file and the key path as written, the reason
    /// translated when shown.
    pub fn message(&self) -> Message {
        let with_place = if self.location.is_empty() {
            Message::trf(
                "tourfile-warning",
                "{ $file }: { $reason }",
                &[("file", &self.file)],
            )
        } else {
            Message::trf(
                "tourfile-warning-at",
                "{ $file }: { $place }: { $reason }",
                &[("file", &self.file), ("place", &self.location)],
            )
        };
        with_place.with("reason", self.reason.clone())
    }
}

impl fmt::Display for TourError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            write!(f, "{}: {}", self.file, self.reason)
        } else {
            write!(f, "{}: {}: {}", self.file, self.location, self.reason)
        }
    }
}

impl std::error::Error for TourError {}

/// The file as written, before the views and ids are checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTour {
    format: u32,
    title: String,
    author: String,
    #[serde(default)]
    translations: BTreeMap<String, TourTranslation>,
    steps: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    title: String,
    caption: String,
    #[serde(default)]
    translations: BTreeMap<String, StepTranslation>,
    #[serde(default)]
    sources: Vec<String>,
    view: serde_json::Value,
}

impl Tour {
    /// Parse and check a tour file's bytes. `file` names it in errors.
    ///
    /// # Errors
    /// The first problem found: syntax, unknown keys, wrong types, a bad
    /// view in a step (with the view checks of `*.view.json` files), an
    /// empty or over-long title or caption, no steps, an unsupported
    /// `format`; each with the file, the key path and the reason.
    pub fn from_json(bytes: &[u8], file: &str) -> Result<Self, TourError> {
        let err = |location: String, reason: Message| TourError {
            file: file.to_owned(),
            location,
            reason,
        };
        let raw: RawTour =
            parse_document(bytes, "tour", &["caption"]).map_err(|(location, reason)| {
                let reason = if location == "format" {
                    Message::trf(
                        "tourfile-format-hint",
                        "{ $reason }; a tour says \"format\": { $format }",
                        // Format 1: what a tour without translations says.
                        &[("format", &1)],
                    )
                    .with("reason", reason)
                } else {
                    reason
                };
                err(location, reason)
            })?;

        if raw.format > TOUR_FORMAT {
            return Err(err(
                "format".into(),
                Message::trf(
                    "tourfile-newer",
                    "the tour was made by a newer Heartland (format { $format }; this version reads up to { $max }); open it with a newer Heartland",
                    &[("format", &raw.format), ("max", &TOUR_FORMAT)],
                ),
            ));
        }
        if raw.format == 0 {
            return Err(err(
                "format".into(),
                Message::trf(
                    "tourfile-format-zero",
                    "\"format\" must be a version number; a tour says \"format\": { $format }",
                    &[("format", &1)],
                ),
            ));
        }
        check_text(Field::Title, &raw.title, MAX_TITLE_CHARS)
            .map_err(|r| err("title".into(), r))?;
        for (code, t) in &raw.translations {
            // A key's characters were checked by `parse_document`.
            let at = format!("translations.{code}");
            check_language(code).map_err(|r| err(at.clone(), r))?;
            check_text(Field::Title, &t.title, MAX_TITLE_CHARS)
                .map_err(|r| err(format!("{at}.title"), r))?;
        }
        let mut translated = !raw.translations.is_empty();
        if raw.author.trim().is_empty() {
            return Err(err(
                "author".into(),
                Message::tr("tourfile-author-empty", "the author line is empty"),
            ));
        }
        if raw.steps.is_empty() {
            return Err(err(
                "steps".into(),
                Message::tr("tourfile-no-steps", "a tour needs at least one step"),
            ));
        }
        let mut steps = Vec::with_capacity(raw.steps.len());
        for (i, step) in raw.steps.into_iter().enumerate() {
            let at = |key: &str| format!("steps[{i}].{key}");
            check_text(Field::Title, &step.title, MAX_TITLE_CHARS)
                .map_err(|r| err(at("title"), r))?;
            check_text(Field::Caption, &step.caption, MAX_CAPTION_CHARS)
                .map_err(|r| err(at("caption"), r))?;
            for (code, t) in &step.translations {
                let place = at(&format!("translations.{code}"));
                check_language(code).map_err(|r| err(place.clone(), r))?;
                check_text(Field::Title, &t.title, MAX_TITLE_CHARS)
                    .map_err(|r| err(format!("{place}.title"), r))?;
                check_text(Field::Caption, &t.caption, MAX_CAPTION_CHARS)
                    .map_err(|r| err(format!("{place}.caption"), r))?;
                translated = true;
            }
            let mut sources = Vec::with_capacity(step.sources.len());
            for (j, id) in step.sources.iter().enumerate() {
                let id = SourceId::try_from(id.as_str())
                    .map_err(|e| err(at(&format!("sources[{j}]")), source_id_error(&e)))?;
                sources.push(id);
            }
            let view_text = step.view.to_string();
            let view = View::from_json(view_text.as_bytes(), file).map_err(|e| {
                let location = if e.location.is_empty() || e.location.starts_with("line ") {
                    at("view")
                } else {
                    at(&format!("view.{}", e.location))
                };
                err(location, e.reason)
            })?;
            steps.push(Step {
                title: step.title,
                caption: step.caption,
                translations: step.translations,
                sources,
                view,
            });
        }
        let format = if translated { 2 } else { 1 };
        Ok(Self {
            format,
            title: raw.title,
            author: raw.author,
            translations: raw.translations,
            steps,
            understated_format: (raw.format < format).then_some(raw.format),
        })
    }

    /// The tour's title in `locale`, and whether it is the English standing
    /// in for a missing translation.
    pub fn title_in(&self, locale: Locale) -> (&str, bool) {
        match self.translations.get(locale.code()) {
            Some(t) => (&t.title, false),
            None => (
                &self.title,
                !matches!(locale, Locale::English | Locale::Pseudo),
            ),
        }
    }

    /// What is wrong with the file but did not stop it being read: a
    /// format-1 header on a tour with translations (format 2), as the data
    /// files do: read in full, with a note at `format` that says what to
    /// write.
    pub fn warnings(&self, file: &str) -> Vec<TourError> {
        let Some(said) = self.understated_format else {
            return Vec::new();
        };
        // The first translation in the file.
        let place = self
            .translations
            .keys()
            .next()
            .map(|code| format!("translations.{code}"))
            .or_else(|| {
                self.steps.iter().enumerate().find_map(|(i, s)| {
                    s.translations
                        .keys()
                        .next()
                        .map(|code| format!("steps[{i}].translations.{code}"))
                })
            })
            .unwrap_or_default();
        vec![TourError {
            file: file.to_owned(),
            location: "format".into(),
            reason: Message::trf(
                "tourfile-format-understated",
                "the file says \"format\": { $said } but holds translations ({ $place }), which are format { $format }; it was read anyway: write \"format\": { $format } at the top",
                &[("said", &said), ("place", &place), ("format", &self.format)],
            ),
        }]
    }

    /// Every id a step names that `dataset` does not hold: organizations,
    /// corridors, stances, countries (selection, relation focus) and cited
    /// sources. Empty when the tour fits the data.
    pub fn check_references(&self, dataset: &Dataset, file: &str) -> Vec<TourError> {
        let mut errors = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let mut missing = |key: String, reason: Message| {
                errors.push(TourError {
                    file: file.to_owned(),
                    location: format!("steps[{i}].{key}"),
                    reason,
                });
            };
            for (j, id) in step.sources.iter().enumerate() {
                if !dataset.sources.contains_key(id) {
                    missing(
                        format!("sources[{j}]"),
                        Message::trf(
                            "tourfile-unknown-source",
                            "unknown source \"{ $id }\" (not in sources.json)",
                            &[("id", id)],
                        ),
                    );
                }
            }
            let view = &step.view;
            for (j, id) in view.organizations.iter().flatten().enumerate() {
                if !dataset.organizations.contains_key(id) {
                    missing(
                        format!("view.organizations[{j}]"),
                        Message::trf(
                            "tourfile-unknown-organization",
                            "unknown organization \"{ $id }\" (not in organizations.json)",
                            &[("id", id)],
                        ),
                    );
                }
            }
            for (j, id) in view.corridors.iter().flatten().enumerate() {
                if !dataset.corridors.contains_key(id) {
                    missing(
                        format!("view.corridors[{j}]"),
                        Message::trf(
                            "tourfile-unknown-corridor",
                            "unknown corridor \"{ $id }\" (not in corridors.json)",
                            &[("id", id)],
                        ),
                    );
                }
            }
            if let Some(id) = &view.stance
                && !dataset.stances.contains_key(id)
            {
                missing(
                    "view.stance".into(),
                    Message::trf(
                        "tourfile-unknown-stance",
                        "unknown stance \"{ $id }\" (not in stances.json)",
                        &[("id", id)],
                    ),
                );
            }
            let mut country = |key: String, code: CountryCode| {
                if !dataset.countries.contains_key(&code) {
                    missing(
                        key,
                        Message::trf(
                            "tourfile-unknown-country",
                            "unknown country \"{ $code }\" (not in countries.json)",
                            &[("code", &code)],
                        ),
                    );
                }
            };
            if let Some(focus) = view.relations.as_ref().and_then(|r| r.focus) {
                country("view.relations.focus".into(), focus);
            }
            if let Some(selection) = &view.selection {
                if let Some(code) = selection.country {
                    country("view.selection.country".into(), code);
                }
                if let Some((a, b, _)) = selection.relation {
                    country("view.selection.relation[0]".into(), a);
                    country("view.selection.relation[1]".into(), b);
                }
            }
            if let Some(selection) = &view.selection {
                if let Some(id) = &selection.organization
                    && !dataset.organizations.contains_key(id)
                {
                    missing(
                        "view.selection.organization".into(),
                        Message::trf(
                            "tourfile-unknown-organization",
                            "unknown organization \"{ $id }\" (not in organizations.json)",
                            &[("id", id)],
                        ),
                    );
                }
                if let Some(id) = &selection.corridor
                    && !dataset.corridors.contains_key(id)
                {
                    missing(
                        "view.selection.corridor".into(),
                        Message::trf(
                            "tourfile-unknown-corridor",
                            "unknown corridor \"{ $id }\" (not in corridors.json)",
                            &[("id", id)],
                        ),
                    );
                }
            }
        }
        errors
    }

    /// [`Self::from_json`] then [`Self::check_references`]: a tour ready to
    /// play on `dataset`, or every reference problem (or the first file
    /// problem).
    ///
    /// # Errors
    /// As [`Self::from_json`], plus every unknown id.
    pub fn load(bytes: &[u8], file: &str, dataset: &Dataset) -> Result<Self, Vec<TourError>> {
        let tour = Self::from_json(bytes, file).map_err(|e| vec![e])?;
        let errors = tour.check_references(dataset, file);
        if errors.is_empty() {
            Ok(tour)
        } else {
            Err(errors)
        }
    }

    /// The tour as pretty JSON, ready to save (it reads back equal).
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

/// A text of a tour that [`check_text`] checks.
#[derive(Clone, Copy)]
enum Field {
    Title,
    Caption,
}

/// A title or caption must say something and fit its place.
fn check_text(field: Field, text: &str, max_chars: usize) -> Result<(), Message> {
    let n = text.chars().count();
    let max: &dyn fmt::Display = &max_chars;
    match field {
        _ if !text.trim().is_empty() && n <= max_chars => Ok(()),
        Field::Title if text.trim().is_empty() => {
            Err(Message::tr("tourfile-title-empty", "the title is empty"))
        }
        Field::Caption if text.trim().is_empty() => Err(Message::tr(
            "tourfile-caption-empty",
            "the caption is empty",
        )),
        Field::Title => Err(Message::trn(
            "tourfile-title-too-long",
            "the title has { $count } character; at most { $max } fit on a slide",
            "the title has { $count } characters; at most { $max } fit on a slide",
            n,
            &[("max", max)],
        )),
        Field::Caption => Err(Message::trn(
            "tourfile-caption-too-long",
            "the caption has { $count } character; at most { $max } fit on a slide",
            "the caption has { $count } characters; at most { $max } fit on a slide",
            n,
            &[("max", max)],
        )),
    }
}

/// A `translations` key must be the code of a language of the interface
/// other than English (the tour's own text).
fn check_language(code: &str) -> Result<(), Message> {
    if TRANSLATION_LANGUAGES.iter().any(|l| l.code() == code) {
        return Ok(());
    }
    let codes = TRANSLATION_LANGUAGES
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ");
    if code == Locale::English.code() {
        return Err(Message::tr(
            "tourfile-language-english",
            "English is the tour's own text: write it in \"title\" and \"caption\", not under \"translations\"",
        ));
    }
    Err(Message::trf(
        "tourfile-language-unknown",
        "\"{ $code }\" is not a language Heartland knows; translations are for { $codes }",
        &[("code", &code), ("codes", &codes)],
    ))
}

/// Why a step's source is not a source id (the words of [`IdError`]).
fn source_id_error(e: &IdError) -> Message {
    if e.given.is_empty() {
        Message::tr("tourfile-source-id-empty", "the source id is empty")
    } else if e.given.len() > crate::model::MAX_ID_LEN {
        Message::trf(
            "tourfile-source-id-too-long",
            "the source id \"{ $id }\" is longer than { $max } characters",
            &[("id", &e.given), ("max", &crate::model::MAX_ID_LEN)],
        )
    } else {
        Message::trf(
            "tourfile-source-id-invalid",
            "\"{ $id }\" is not a valid source id (use lower-case letters, digits and single hyphens, like \"middle-corridor\")",
            &[("id", &e.given)],
        )
    }
}

/// A file-name-safe form of a title: lower-case ASCII letters and digits,
/// words joined by single hyphens, at most 48 characters (`"The 62/243
/// vote"` → `the-62-243-vote`). A title with no such characters gives
/// `step`.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c);
        } else if c == '\'' || c == '’' {
            // "Astana's" → "astanas", not "astana-s".
        } else {
            pending_hyphen = true;
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "step".to_owned()
    } else {
        out
    }
}

/// The file name of a step's slide: `01-<slug>.png` for the first step.
pub fn slide_file_name(index: usize, title: &str) -> String {
    format!("{:02}-{}.png", index + 1, slug(title))
}

/// Where a tour comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TourSource {
    /// One of [`BUNDLED`], by file name.
    Bundled(&'static str),
    /// A `*.tour.json` file.
    File(PathBuf),
}

impl TourSource {
    /// How the source is named in messages (the file name).
    pub fn describe(&self) -> String {
        match self {
            Self::Bundled(name) => (*name).to_owned(),
            Self::File(path) => path.display().to_string(),
        }
    }
}

/// How long the camera takes to fly to a step's view, seconds.
pub const TRANSITION_SECONDS: f64 = 0.6;

/// A camera flight between two views.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transition {
    /// Where the camera was.
    pub from: Camera,
    /// Where it goes.
    pub to: Camera,
    /// When the flight started (the window's clock, seconds); set by the
    /// first frame that draws it.
    pub start: Option<f64>,
}

impl Transition {
    /// The camera at `now`, and whether the flight is over.
    pub fn at(&mut self, now: f64) -> (Camera, bool) {
        let start = *self.start.get_or_insert(now);
        let elapsed = now - start;
        // A microsecond of slack: `start + TRANSITION_SECONDS` is the end
        // even where the subtraction rounds below it.
        if elapsed >= TRANSITION_SECONDS - 1e-6 || elapsed.is_nan() {
            return (self.to, true);
        }
        (
            interpolate(self.from, self.to, elapsed / TRANSITION_SECONDS),
            false,
        )
    }
}

/// The camera a fraction `t` (0 to 1) of the way from `from` to `to`:
/// eased at both ends, the zoom changing geometrically (a steady feel of
/// flying), the centre along the shorter way round in longitude.
pub fn interpolate(from: Camera, to: Camera, t: f64) -> Camera {
    let t = t.clamp(0.0, 1.0);
    let e = t * t * (3.0 - 2.0 * t);
    let mut dlon = to.center[0] - from.center[0];
    if dlon > 180.0 {
        dlon -= 360.0;
    } else if dlon < -180.0 {
        dlon += 360.0;
    }
    let lat = from.center[1] + (to.center[1] - from.center[1]) * e;
    let zoom = if from.zoom > 0.0 && to.zoom > 0.0 {
        (from.zoom.ln() + (to.zoom.ln() - from.zoom.ln()) * e).exp()
    } else {
        to.zoom
    };
    let mut lon = from.center[0] + dlon * e;
    if lon > 180.0 {
        lon -= 360.0;
    } else if lon < -180.0 {
        lon += 360.0;
    }
    Camera {
        center: [lon, lat],
        zoom: Camera::clamp_zoom(zoom),
    }
}

/// A move from one step of a tour being played to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepMove {
    /// The next step.
    Next,
    /// The previous step.
    Previous,
    /// The first step.
    First,
    /// The last step.
    Last,
}

/// A tour being played.
#[derive(Clone, Debug)]
pub struct Player {
    /// The tour.
    pub tour: Tour,
    /// Where it came from.
    pub source: TourSource,
    /// The step shown (from 0).
    pub index: usize,
    /// The user's state before the tour started, restored when it ends.
    pub before: State,
    /// The camera flight under way, if any.
    pub transition: Option<Transition>,
}

impl Player {
    /// The step a move leads to (clamped to the tour).
    pub fn target(&self, to: StepMove) -> usize {
        let last = self.tour.steps.len().saturating_sub(1);
        match to {
            StepMove::Next => (self.index + 1).min(last),
            StepMove::Previous => self.index.saturating_sub(1),
            StepMove::First => 0,
            StepMove::Last => last,
        }
    }
}
