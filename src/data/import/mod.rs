//! Other people's formats → records to add to a [`Dataset`].
//!
//! Each importer reads bytes (or streams a reader) and returns what it could
//! import, as an [`Imported`], together with a [`Problem`] for every row,
//! cell or feature it could not: `file:line 12, column 3: reason` for CSV
//! (the column is the field number, as a spreadsheet counts),
//! `file:features[4].properties.mode: reason` for GeoJSON. Valid rows are
//! imported; bad ones are left out. Nothing here panics on bad input.
//!
//! Then [`merge()`] adds the records into a dataset with the loader's checks
//! (references resolve, periods of one relation or membership do not
//! overlap, sources exist) and says what it added, replaced and refused.
//!
//! Formats (documented with examples in `docs/import.md`):
//! - [`Format::Relations`]: CSV `a,b,dimension,from,to,score,evidence,source`;
//! - [`Format::Memberships`]: CSV `organization,country,status,from,to,source`;
//! - [`Format::CowIgo`]: the Correlates of War IGO state-year file;
//! - [`Format::UnDigitalLibrary`] and [`Format::Voeten`]: UN General
//!   Assembly roll-calls, one row per resolution and member;
//! - [`Format::GeoJson`]: places (Point) and corridors (`LineString`,
//!   `MultiLineString`).

pub mod cow;
pub mod cow_table;
pub mod csv;
mod geojson;
mod merge;
pub mod table;
pub mod unvotes;

use std::fmt;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64};

use super::Problem;
use crate::i18n::Message;
use crate::model::{
    Corridor, Country, CountryCode, Dataset, Dimension, Membership, OrgId, Organization, Period,
    Place, SourceId, Stance,
};

pub use cow::COW_DEFAULT_KIND;
pub use cow_table::{CowEntry, CowTable, cow_to_iso};
pub use merge::{MergeCounts, MergeOptions, MergeReport, merge, merge_with};

/// The most problems listed for one file; the rest are counted in one last
/// problem, so that a file of garbage cannot fill the memory with messages.
pub const MAX_PROBLEMS: usize = 1000;

/// Two consecutive observations of the same status in the COW IGO data at
/// most this many years apart are folded into one interval (before 1965 the
/// data has a row only every five years).
pub const COW_FOLD_GAP_YEARS: i32 = 5;

const MIB: u64 = 1024 * 1024;

/// The formats that can be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// CSV relations: `a,b,dimension,from,to,score,evidence,source`.
    Relations,
    /// CSV memberships: `organization,country,status,from,to,source`.
    Memberships,
    /// Correlates of War IGO state-year file: `ccode,year,state,<org>…`.
    CowIgo,
    /// UN Digital Library voting export: `ms_code`, `ms_vote`, `resolution`, `date`, ….
    UnDigitalLibrary,
    /// Voeten's UN General Assembly voting data: `rcid`, `ccode`, `vote`, `date`, ….
    Voeten,
    /// GeoJSON (RFC 7946) `FeatureCollection` of places and corridors.
    GeoJson,
}

impl Format {
    /// Every format.
    pub const ALL: [Self; 6] = [
        Self::Relations,
        Self::Memberships,
        Self::CowIgo,
        Self::UnDigitalLibrary,
        Self::Voeten,
        Self::GeoJson,
    ];

    /// A name for messages ("CSV relations").
    pub fn label(self) -> &'static str {
        match self {
            Self::Relations => "CSV relations",
            Self::Memberships => "CSV memberships",
            Self::CowIgo => "Correlates of War IGO state-year data",
            Self::UnDigitalLibrary => "UN Digital Library roll-call export",
            Self::Voeten => "Voeten UN General Assembly voting data",
            Self::GeoJson => "GeoJSON",
        }
    }

    /// The largest file accepted, in bytes. CSV files are streamed (memory
    /// grows with what is imported, not with the file); a GeoJSON file is
    /// parsed whole. The limits are far above the full public datasets (the
    /// COW IGO state-year file is about 30 MB, the UN roll-call histories a
    /// few hundred MB) and below what would exhaust the memory.
    pub fn max_bytes(self) -> u64 {
        match self {
            Self::Relations | Self::Memberships | Self::GeoJson => 64 * MIB,
            Self::CowIgo => 256 * MIB,
            Self::UnDigitalLibrary | Self::Voeten => 2048 * MIB,
        }
    }
}

impl Format {
    /// The format's name in a message, shown in the reader's language.
    pub fn message(self) -> Message {
        match self {
            Self::Relations => Message::tr("importer-format-relations", "CSV relations"),
            Self::Memberships => Message::tr("importer-format-memberships", "CSV memberships"),
            Self::CowIgo => Message::tr(
                "importer-format-cow",
                "Correlates of War IGO state-year data",
            ),
            Self::UnDigitalLibrary => Message::tr(
                "importer-format-undl",
                "UN Digital Library roll-call export",
            ),
            Self::Voeten => Message::tr(
                "importer-format-voeten",
                "Voeten UN General Assembly voting data",
            ),
            Self::GeoJson => Message::tr("importer-format-geojson", "GeoJSON"),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Choices that apply to a whole import.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions<'a> {
    /// The source cited by records that name none (COW and UN data, GeoJSON
    /// features without `source`, CSV rows with an empty `source`). It must
    /// exist in the dataset when merging. `None` leaves such records without
    /// a source.
    pub source: Option<SourceId>,
    /// Bytes read so far, updated while reading (for a progress bar).
    pub progress: Option<&'a AtomicU64>,
    /// Set to `true` (from another thread) to stop; the import then returns
    /// no records and one problem saying it was cancelled.
    pub cancel: Option<&'a AtomicBool>,
}

/// A record with where it came from in the imported file (`line 12,
/// column 1`, `features[3]`), so that [`merge()`] can report at the row.
#[derive(Clone, Debug, PartialEq)]
pub struct Located<T> {
    /// Where in the file (a [`Problem`] location).
    pub location: String,
    /// The record.
    pub record: T,
}

/// One membership period to add to organization `organization`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedMembership {
    /// The organization's id (existing, or one of [`Records::organizations`]).
    pub organization: OrgId,
    /// The period.
    pub membership: Membership,
}

/// One scored period of the (undirected) relation `a`–`b` in `dimension`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedPeriod {
    /// First state.
    pub a: CountryCode,
    /// Second state.
    pub b: CountryCode,
    /// The dimension.
    pub dimension: Dimension,
    /// The scored period.
    pub period: Period,
}

/// The counts of a roll-call, computed from the rows of the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct VoteTotals {
    /// Votes in favour.
    pub yes: u32,
    /// Votes against.
    pub no: u32,
    /// Abstentions.
    pub abstain: u32,
    /// Members present in the data that did not vote (UN Digital Library
    /// `X` or blank; Voeten 8).
    pub absent: u32,
}

/// A roll-call as a stance, with its totals (kept here until the model's
/// `Stance` carries them).
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedStance {
    /// The stance (kind `un-vote`).
    pub stance: Stance,
    /// Totals over every row of the resolution with a valid vote, including
    /// rows whose country could not be mapped to a code.
    pub totals: VoteTotals,
}

/// Everything an import produced, ready for [`merge()`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Records {
    /// Countries the file names with a display name (COW table, UN Digital
    /// Library `ms_name`); added only where the dataset lacks them.
    pub countries: Vec<Located<Country>>,
    /// New organizations (COW columns), without memberships.
    pub organizations: Vec<Located<Organization>>,
    /// Membership periods.
    pub memberships: Vec<Located<ImportedMembership>>,
    /// Relation periods.
    pub periods: Vec<Located<ImportedPeriod>>,
    /// Places (GeoJSON points).
    pub places: Vec<Located<Place>>,
    /// Corridors (GeoJSON lines).
    pub corridors: Vec<Located<Corridor>>,
    /// Stances (UN roll-calls).
    pub stances: Vec<Located<ImportedStance>>,
}

impl Records {
    /// The number of records of every kind together.
    pub fn len(&self) -> usize {
        self.countries.len()
            + self.organizations.len()
            + self.memberships.len()
            + self.periods.len()
            + self.places.len()
            + self.corridors.len()
            + self.stances.len()
    }

    /// True if nothing was imported.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The result of one import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    /// The file, as named in problems.
    pub file: String,
    /// The format it was read as, if it could be told.
    pub format: Option<Format>,
    /// What was valid.
    pub records: Records,
    /// What was not, in file order (at most [`MAX_PROBLEMS`] listed).
    pub problems: Vec<Problem>,
}

/// Collects problems for one file, listing at most [`MAX_PROBLEMS`].
pub struct Problems {
    file: String,
    list: Vec<Problem>,
    unlisted: usize,
}

impl Problems {
    /// No problems yet, for the file named `file`.
    pub fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            list: Vec::new(),
            unlisted: 0,
        }
    }

    /// A problem at `location` (`line 3, column 2`, `features[1]`, or empty).
    pub(crate) fn at(&mut self, location: impl Into<String>, message: Message) {
        if self.list.len() >= MAX_PROBLEMS {
            self.unlisted += 1;
            return;
        }
        self.list.push(Problem {
            file: self.file.clone(),
            location: location.into(),
            message,
        });
    }

    /// True if any problem was found.
    pub(crate) fn any(&self) -> bool {
        !self.list.is_empty()
    }

    /// The problems in file order (by line and column, or by feature),
    /// whole-file ones first; then a count of those not listed.
    fn finish(mut self) -> Vec<Problem> {
        self.list.sort_by_key(|p| place_key(&p.location));
        if self.unlisted > 0 {
            let n = self.unlisted;
            self.list.push(Problem {
                file: self.file,
                location: String::new(),
                message: Message::trn(
                    "importer-more-problems",
                    "{ $count } more problem not listed (only the first { $max } are)",
                    "{ $count } more problems not listed (only the first { $max } are)",
                    n,
                    &[("max", &MAX_PROBLEMS)],
                ),
            });
        }
        self.list
    }
}

/// The first two numbers of a location (`line 3, column 2` → (3, 2),
/// `features[4].geometry.coordinates[1]` → (4, 1)), for sorting.
fn place_key(location: &str) -> (u64, u64) {
    let mut numbers = location
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<u64>().unwrap_or(u64::MAX));
    (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0))
}

/// `line L, column C`.
pub fn cell(line: u64, column: usize) -> String {
    format!("line {line}, column {column}")
}

/// Tell the format of a file from its first bytes (the header line of a
/// CSV file, or a JSON object), or explain why it cannot be told.
pub fn detect(file: &str, head: &[u8]) -> Result<Format, Problem> {
    let whole = |message: Message| Problem {
        file: file.to_owned(),
        location: String::new(),
        message,
    };
    let head = crate::data::text::strip_boms(head);
    if let Some(message) = table::encoding_problem(head) {
        return Err(whole(message));
    }
    match head.iter().find(|b| !b.is_ascii_whitespace()) {
        None => return Err(whole(empty())),
        Some(b'{') => return Ok(Format::GeoJson),
        Some(_) => {}
    }
    let names = table::header_names(head);
    let has = |n: &str| names.iter().any(|h| h == n);
    if has("a") && has("b") && has("dimension") {
        Ok(Format::Relations)
    } else if has("organization") && has("country") && has("status") {
        Ok(Format::Memberships)
    } else if has("ms_code") || has("ms_vote") {
        Ok(Format::UnDigitalLibrary)
    } else if has("rcid") || (has("ccode") && has("vote")) {
        Ok(Format::Voeten)
    } else if has("ccode") && has("year") {
        Ok(Format::CowIgo)
    } else {
        let shown: Vec<&str> = names.iter().take(8).map(String::as_str).collect();
        Err(Problem {
            file: file.to_owned(),
            location: "line 1".to_owned(),
            message: Message::tr(
                "importer-unknown-format",
                "cannot tell the format from the header ({ $header }); expected one of: { $expected }",
            )
            .with(
                "header",
                if shown.is_empty() {
                    Message::tr("importer-no-column-names", "no column names")
                } else {
                    Message::verbatim(shown.join(","))
                },
            )
            .with("expected", expected_headers()),
        })
    }
}

/// The headers [`detect`] recognises, for messages (the column names are
/// values: they stay as they are in every language).
fn expected_headers() -> Message {
    Message::trf(
        "importer-expected-headers",
        "relations { $relations }; memberships { $memberships }; COW IGO { $cow }; UN Digital Library { $undl }; Voeten { $voeten }; or a GeoJSON object",
        &[
            (
                "relations",
                &"\"a,b,dimension,from,to,score,evidence,source\"",
            ),
            (
                "memberships",
                &"\"organization,country,status,from,to,source\"",
            ),
            ("cow", &"\"ccode,year,state,<organizations>\""),
            ("undl", &"\"ms_code,ms_vote,resolution,date,title\""),
            ("voeten", &"\"rcid,ccode,vote,date,unres\""),
        ],
    )
}

/// "the file is empty".
pub fn empty() -> Message {
    Message::tr("importer-empty", "the file is empty")
}

/// "cannot read the file (`error`)": an error of the operating system's,
/// quoted as it is.
pub fn cannot_read(error: &dyn fmt::Display) -> Message {
    Message::trf(
        "importer-cannot-read",
        "cannot read the file ({ $error })",
        &[("error", error)],
    )
}

/// A reason made outside the importers, nested in their messages: the
/// model's parse errors (a date, a score, an id, a country code) and the
/// loader's checks (a coordinate, a number in JSON, a control character).
/// A `Message` nests as it is, translated with the sentence around it; a
/// `String` (a check not yet made a message) is quoted as it is.
pub trait Reason {
    /// The reason as a message.
    fn reason(self) -> Message;
}

impl Reason for Message {
    fn reason(self) -> Message {
        self
    }
}

impl Reason for String {
    fn reason(self) -> Message {
        Message::verbatim(self)
    }
}

macro_rules! model_reason {
    ($($error:ty),*) => {
        $(
            impl Reason for $error {
                fn reason(self) -> Message {
                    self.message()
                }
            }
        )*
    };
}

model_reason!(
    crate::model::DateError,
    crate::model::IntervalError,
    crate::model::IdError,
    crate::model::ScoreError,
    crate::model::CountryCodeError
);

/// Import `bytes` (the contents of `file`), telling the format from them.
/// `context` is the dataset the records will be merged into: country names
/// and organization acronyms in CSV files are looked up there.
pub fn import_bytes(
    file: &str,
    bytes: &[u8],
    context: &Dataset,
    options: &ImportOptions<'_>,
) -> Imported {
    let head = bytes.get(..64 * 1024).unwrap_or(bytes);
    let format = match detect(file, head) {
        Ok(f) => f,
        Err(problem) => return failed(file, None, problem),
    };
    import_reader(format, file, bytes, bytes.len() as u64, context, options)
}

/// The name standard input is given in problems (`heartland import -`).
pub const STDIN_NAME: &str = "<standard input>";

/// Import the file at `path` (`-`: standard input): tell its format from
/// its first bytes, refuse it if it is larger than [`Format::max_bytes`],
/// and stream it. The file is opened once and read once, front to back, so
/// a named pipe or a process substitution (`<(cat f.csv)`) reads as a file.
pub fn import_path(path: &Path, context: &Dataset, options: &ImportOptions<'_>) -> Imported {
    if path.as_os_str() == "-" {
        return import_stream(STDIN_NAME, std::io::stdin().lock(), 0, context, options);
    }
    let file = path.display().to_string();
    let whole = |message: Message| Problem {
        file: file.clone(),
        location: String::new(),
        message,
    };
    let opened = std::fs::File::open(path)
        .map_err(|e| {
            whole(Message::trf(
                "importer-cannot-open",
                "cannot open the file ({ $error })",
                &[("error", &e)],
            ))
        })
        .and_then(|handle| {
            let meta = handle.metadata().map_err(|e| whole(cannot_read(&e)))?;
            if meta.is_dir() {
                return Err(whole(Message::tr(
                    "importer-is-folder",
                    "is a folder; give the files in it to import",
                )));
            }
            // A pipe or a device has no size: the limit is enforced while
            // reading.
            let size = if meta.is_file() { meta.len() } else { 0 };
            Ok((handle, size))
        });
    match opened {
        Ok((handle, size)) => import_stream(&file, handle, size, context, options),
        Err(problem) => failed(&file, None, problem),
    }
}

/// Import a stream named `file` in problems: its first 64 KB tell the
/// format, then it is read on to its end, once. `size` (0 if unknown) is
/// checked against the format's limit before the rest is read.
pub fn import_stream(
    file: &str,
    reader: impl Read,
    size: u64,
    context: &Dataset,
    options: &ImportOptions<'_>,
) -> Imported {
    let mut reader = std::io::BufReader::with_capacity(256 * 1024, reader);
    let mut head = Vec::with_capacity(64 * 1024);
    if let Err(e) = (&mut reader).take(64 * 1024).read_to_end(&mut head) {
        let problem = Problem {
            file: file.to_owned(),
            location: String::new(),
            message: cannot_read(&e),
        };
        return failed(file, None, problem);
    }
    let format = match detect(file, &head) {
        Ok(f) => f,
        Err(problem) => return failed(file, None, problem),
    };
    let whole = std::io::Cursor::new(head).chain(reader);
    import_reader(format, file, whole, size, context, options)
}

/// Import `reader` as `format`; `size` (bytes, if known; 0 otherwise) is
/// checked against [`Format::max_bytes`] before anything is read, and the
/// limit is enforced while reading too.
pub fn import_reader(
    format: Format,
    file: &str,
    reader: impl Read,
    size: u64,
    context: &Dataset,
    options: &ImportOptions<'_>,
) -> Imported {
    let limit = format.max_bytes();
    if size > limit {
        let problem = Problem {
            file: file.to_owned(),
            location: String::new(),
            message: too_large(format, size),
        };
        return failed(file, Some(format), problem);
    }
    let mut problems = Problems::new(file);
    let watched = table::Watched::new(reader, options.progress, options.cancel, limit);
    let records = match format {
        Format::Relations => csv::relations(watched, context, options, &mut problems),
        Format::Memberships => csv::memberships(watched, context, options, &mut problems),
        Format::CowIgo => cow::import(watched, options, &mut problems),
        Format::UnDigitalLibrary | Format::Voeten => {
            unvotes::import(format, watched, options, &mut problems)
        }
        Format::GeoJson => geojson::import(watched, options, &mut problems),
    };
    let records = match records {
        Ok(r) => r,
        Err(stop) => {
            let message = match stop {
                Stop::Cancelled => Message::tr(
                    "importer-cancelled",
                    "import cancelled; nothing was imported",
                ),
                Stop::TooLarge => Message::trf(
                    "importer-larger-than-limit",
                    "the file is larger than { $limit } MB, the most a { $format } file may be (split it into smaller files); nothing was imported",
                    &[("limit", &(limit / MIB))],
                )
                .with("format", format.message()),
                Stop::Unreadable(m) => m,
            };
            problems.at("", message);
            Records::default()
        }
    };
    Imported {
        file: file.to_owned(),
        format: Some(format),
        records,
        problems: problems.finish(),
    }
}

/// Why an import stopped before the end of the file.
#[derive(Debug)]
pub enum Stop {
    /// [`ImportOptions::cancel`] was set.
    Cancelled,
    /// More bytes than [`Format::max_bytes`].
    TooLarge,
    /// The file cannot be read on (I/O error, not CSV/JSON at all, …).
    Unreadable(Message),
}

fn too_large(format: Format, size: u64) -> Message {
    let mb = |n: u64| format!("{:.0}", n as f64 / MIB as f64);
    Message::trf(
        "importer-too-large",
        "the file is { $size } MB; a { $format } file may be at most { $limit } MB (split it into smaller files)",
        &[("size", &mb(size)), ("limit", &mb(format.max_bytes()))],
    )
    .with("format", format.message())
}

fn failed(file: &str, format: Option<Format>, problem: Problem) -> Imported {
    Imported {
        file: file.to_owned(),
        format,
        records: Records::default(),
        problems: vec![problem],
    }
}

/// Check a name, title or evidence: no control characters (NUL, escape, …)
/// nor bidirectional controls ([`crate::data::text`]); `multiline` allows
/// line breaks and tabs (evidence and notes quoted over
/// several lines). Returns the trimmed text, `None` if it is empty.
pub fn clean_text(raw: &str, multiline: bool) -> Result<Option<String>, Message> {
    if let Some(message) = crate::data::text::text_problem_message(raw, multiline) {
        return Err(message);
    }
    let trimmed = raw.trim();
    Ok((!trimmed.is_empty()).then(|| trimmed.to_owned()))
}

/// A lowercase-kebab slug of `text` (`"EU Parl."` → `"eu-parl"`), cut to
/// the id length limit; empty if nothing is left.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(crate::model::MAX_ID_LEN);
    while out.ends_with('-') {
        out.pop();
    }
    out
}
