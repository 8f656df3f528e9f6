//! Files → model: reads the data files (`sources.json`, `countries.json`,
//! `places.json`, `organizations.json`, `relations.json`, `corridors.json`,
//! `stances.json`), checks them, and returns a [`Dataset`] together with
//! every [`Problem`] found.
//!
//! Bad input never panics and never stops the load: a file that cannot be
//! read or parsed contributes nothing and one problem; a record (or an item
//! inside a record, such as one membership) that is invalid is dropped with a
//! problem, and the rest loads. The format is documented in
//! `docs/data-format.md`.
//!
//! - [`load_bundled`]: the dataset compiled into the binary.
//! - [`load_dir`]: a user's folder; files missing there come from the bundled set.
//! - [`load_files`]: named byte buffers (pure; for tests and drag-and-drop).
//! - [`validate::run`]: the `heartland validate [DIR]` command.
//! - [`import`]: other formats (CSV, Correlates of War, UN roll-calls,
//!   GeoJSON) read and merged into a dataset with the same checks.

pub mod build;
mod dto;
pub mod import;
pub mod read;
pub mod recovery;
pub mod save;
mod source;
pub mod text;
pub mod validate;
pub mod write;

pub use source::DataSource;

use std::fmt;
use std::path::Path;

use crate::i18n::Message;
use crate::model::Dataset;

/// The largest data file accepted, in bytes (64 MB).
///
/// The full UN General Assembly roll-call history (about 6,200 votes × 193
/// states) takes about 21 MB as [`write`](mod@write) lays it out; the ceiling leaves
/// room for three times that. A file is parsed whole, at a peak of about
/// eleven times its size in memory (measured: 290 MB for 26 MB of roll-call
/// data), so the ceiling also keeps a load under about 750 MB. A larger file
/// is refused before anything is read, with its size in the message (see
/// `docs/saving.md`).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The largest view (`*.view.json`) or tour (`*.tour.json`) file read
/// (4 MB): the longest tour imaginable is a few dozen kilobytes, and a
/// larger file (or an endless one, such as a device) is refused before it
/// fills the memory.
pub const MAX_VIEW_BYTES: u64 = 4 * 1024 * 1024;

/// What `path` is when it exists and is not a regular file ("a named pipe
/// (FIFO)", "a device", "a folder", …), in plain words; `None` for a
/// regular file or one that cannot be looked at (opening it says why). The
/// window reads only regular files: a named pipe would hold it until
/// someone writes to it.
pub fn irregular_file_kind(path: &Path) -> Option<&'static str> {
    let meta = std::fs::metadata(path).ok()?;
    (!meta.is_file()).then(|| read::file_type_words(meta.file_type()))
}

/// Read a file the user named (a view, a tour): at most `limit` bytes,
/// once, front to back, so that a named pipe or `-` (standard input)
/// works and an endless stream (`/dev/zero`) is refused at the limit.
/// Errors name the file and say why, in plain words.
pub fn read_user_file(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let shown = if path.as_os_str() == "-" {
        "<standard input>".to_owned()
    } else {
        path.display().to_string()
    };
    let too_large = || {
        format!(
            "{shown}: the file is larger than {} MB, the most a view or tour file may be; is it the right file?",
            limit / (1024 * 1024)
        )
    };
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
    } else {
        let file = std::fs::File::open(path).map_err(|e| format!("{shown}: cannot open ({e})"))?;
        let meta = file
            .metadata()
            .map_err(|e| format!("{shown}: cannot read ({e})"))?;
        if meta.is_dir() {
            return Err(format!("{shown}: is a folder, not a file"));
        }
        if meta.is_file() && meta.len() > limit {
            return Err(too_large());
        }
        file.take(limit + 1).read_to_end(&mut bytes)
    };
    read.map_err(|e| format!("{shown}: cannot read ({e})"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The newest `format` version this build reads (it reads every version from
/// 1 up to this one). Format 2 adds the stance position
/// `accepts-without-recognising` and a corridor's `length_km` and
/// `length_source`; a file is written with the lowest version that holds its
/// content ([`write::format_needed`]).
pub const FORMAT_VERSION: u64 = 2;

/// One thing wrong with the input: which file, where in it, and why.
///
/// Displays as `file:location: message`, e.g.
/// `organizations.json:organizations[3].memberships[1].to: invalid date "2019-13-45": …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, as given (a file name, or a path for [`load_dir`]).
    pub file: String,
    /// Where: a JSON path such as `organizations[3].memberships[1].to`, or
    /// `line 12, column 5` for syntax errors; empty when it concerns the
    /// whole file or folder.
    pub location: String,
    /// The reason, in plain words: English by `Display`, the reader's
    /// language by [`Problem::shown`].
    pub message: crate::i18n::Message,
}

/// Shown with every control, bidirectional or invisible character escaped
/// ([`text::escaped`]): a value quoted from a file can neither drive the
/// terminal nor hide in plain sight.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = text::escaped(&self.file);
        let message = text::escaped(&self.message);
        if self.location.is_empty() {
            write!(f, "{file}: {message}")
        } else {
            write!(f, "{file}:{}: {message}", text::escaped(&self.location))
        }
    }
}

impl Problem {
    /// As `Display`, with the reason and the words of the location (`line
    /// 12, column 5`) in this thread's language
    /// ([`crate::i18n::Message::shown`]): what the window lists, and the
    /// command line with `--lang`. The file name and a JSON path stay as
    /// they are.
    pub fn shown(&self) -> String {
        let file = shown_file(&self.file);
        let file = text::escaped(&file);
        let reason = self.message.shown();
        let message = text::escaped(&reason);
        if self.location.is_empty() {
            format!("{file}: {message}")
        } else {
            let location = shown_location(&self.location);
            format!("{file}:{}: {message}", text::escaped(&location))
        }
    }
}

/// A problem's file in this thread's language: a recovered file's name
/// says "(recovered)" in its words.
fn shown_file(file: &str) -> std::borrow::Cow<'_, str> {
    match file.strip_suffix(recovery::RECOVERED_SUFFIX) {
        Some(name) => crate::i18n::trf(
            "problem-file-recovered",
            "{ $file } (recovered)",
            &[("file", &name)],
        )
        .into(),
        None => file.into(),
    }
}

/// A problem's location in this thread's language: `line 12, column 5` and
/// `line 12` in its words; a JSON path (`relations[3].score`) as it is.
fn shown_location(location: &str) -> std::borrow::Cow<'_, str> {
    let number = |t: &str| t.parse::<u64>().ok();
    let Some(rest) = location.strip_prefix("line ") else {
        return location.into();
    };
    if let Some((line, column)) = rest.split_once(", column ")
        && let (Some(line), Some(column)) = (number(line), number(column))
    {
        return crate::i18n::trf(
            "problem-line-column",
            "line { $line }, column { $column }",
            &[("line", &line), ("column", &column)],
        )
        .into();
    }
    match number(rest) {
        Some(line) => crate::i18n::trf("problem-line", "line { $line }", &[("line", &line)]).into(),
        None => location.into(),
    }
}

/// The result of a load: the valid part of the data, and every problem.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// Everything that was valid.
    pub dataset: Dataset,
    /// Everything that was not, ordered by file (in [`FileKind::ALL`] order)
    /// and then by position in the file.
    pub problems: Vec<Problem>,
}

/// The data files, in the order they are loaded and reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    /// `sources.json`
    Sources,
    /// `countries.json`
    Countries,
    /// `places.json`
    Places,
    /// `organizations.json`
    Organizations,
    /// `relations.json`
    Relations,
    /// `corridors.json`
    Corridors,
    /// `stances.json`
    Stances,
}

impl FileKind {
    /// Every data file, in load order.
    pub const ALL: [Self; 7] = [
        Self::Sources,
        Self::Countries,
        Self::Places,
        Self::Organizations,
        Self::Relations,
        Self::Corridors,
        Self::Stances,
    ];

    /// The key of the record list inside the file (`"places"`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Sources => "sources",
            Self::Countries => "countries",
            Self::Places => "places",
            Self::Organizations => "organizations",
            Self::Relations => "relations",
            Self::Corridors => "corridors",
            Self::Stances => "stances",
        }
    }

    /// The file name (`"places.json"`).
    pub fn file_name(self) -> &'static str {
        match self {
            Self::Sources => "sources.json",
            Self::Countries => "countries.json",
            Self::Places => "places.json",
            Self::Organizations => "organizations.json",
            Self::Relations => "relations.json",
            Self::Corridors => "corridors.json",
            Self::Stances => "stances.json",
        }
    }

    /// The kind whose file is called `name`, if any.
    pub fn from_file_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.file_name() == name)
    }

    /// The bundled file's bytes (compiled into the binary).
    pub fn bundled_bytes(self) -> &'static [u8] {
        match self {
            Self::Sources => {
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/assets/data/sources.json"
                ))
            }
            Self::Countries => {
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/assets/data/countries.json"
                ))
            }
            Self::Places => {
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/assets/data/places.json"
                ))
            }
            Self::Organizations => include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/assets/data/organizations.json"
            )),
            Self::Relations => {
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/assets/data/relations.json"
                ))
            }
            Self::Corridors => {
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/assets/data/corridors.json"
                ))
            }
            Self::Stances => {
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/assets/data/stances.json"
                ))
            }
        }
    }

    /// How the bundled file is named in problems (`assets/data/places.json`).
    pub fn bundled_name(self) -> String {
        format!("assets/data/{}", self.file_name())
    }
}

/// One file to load: its kind, the name to report, and its bytes (or the
/// problem that prevented reading it).
pub struct Input<'a> {
    kind: FileKind,
    name: String,
    bytes: Result<std::borrow::Cow<'a, [u8]>, Problem>,
}

/// Load the dataset compiled into the binary (`assets/data/*.json`).
///
/// The bundled data is expected to load with no problems (a test checks it).
pub fn load_bundled() -> Loaded {
    let inputs = FileKind::ALL
        .into_iter()
        .map(|kind| Input {
            kind,
            name: kind.bundled_name(),
            bytes: Ok(kind.bundled_bytes().into()),
        })
        .collect();
    build::build(inputs, Vec::new())
}

/// Load named files (`("relations.json", bytes)`). Files not given are
/// empty (there is no fallback to the bundled data); a name that is not a
/// data file is a problem. Pure: reads nothing from disk.
pub fn load_files(files: &[(&str, &[u8])]) -> Loaded {
    let mut early = Vec::new();
    let mut inputs: Vec<Input<'_>> = Vec::new();
    for (name, bytes) in files {
        let Some(kind) = FileKind::from_file_name(name) else {
            early.push(Problem {
                file: (*name).to_owned(),
                location: String::new(),
                message: Message::trf(
                    "problem-not-data-file-name",
                    "not a data file name (expected one of { $files })",
                    &[("files", &file_list())],
                ),
            });
            continue;
        };
        if inputs.iter().any(|i| i.kind == kind) {
            early.push(Problem {
                file: (*name).to_owned(),
                location: String::new(),
                message: Message::tr(
                    "problem-given-twice",
                    "given more than once; only the first copy is used",
                ),
            });
            continue;
        }
        inputs.push(Input {
            kind,
            name: (*name).to_owned(),
            bytes: Ok((*bytes).into()),
        });
    }
    inputs.sort_by_key(|i| i.kind);
    build::build(inputs, early)
}

/// Load a user's data folder. Each data file present in `dir` is read
/// (at most [`MAX_FILE_BYTES`]); each one missing comes from the bundled set.
/// A folder that cannot be read, or that holds none of the data files, is a
/// problem; the bundled data is then used.
pub fn load_dir(dir: &Path) -> Loaded {
    load_dir_observed(dir, &mut |_, _| {})
}

/// What [`load_dir_observed`] read of one data file: `None` when the file
/// is not in the folder (the bundled copy is used), `Some(None)` when it is
/// there but could not be read, `Some(Some(bytes))` when it was read.
pub(crate) type Observed<'a> = Option<Option<&'a [u8]>>;

/// [`load_dir`], telling `observe` the bytes of each data file it read, so
/// that [`save`] can later tell whether a file changed on disk since.
pub(crate) fn load_dir_observed(
    dir: &Path,
    observe: &mut dyn FnMut(FileKind, Observed<'_>),
) -> Loaded {
    let shown = dir.display().to_string();
    let folder_problem = |message: Message| Problem {
        file: shown.clone(),
        location: String::new(),
        message,
    };
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            let mut loaded = load_bundled();
            let msg = Message::tr(
                "problem-folder-not-folder",
                "is not a folder; using the bundled data",
            );
            loaded.problems.insert(0, folder_problem(msg));
            return loaded;
        }
        Err(e) => {
            let mut loaded = load_bundled();
            let msg = Message::trf(
                "problem-folder-cannot-open",
                "cannot open the data folder ({ $error }); using the bundled data",
                &[("error", &e)],
            );
            loaded.problems.insert(0, folder_problem(msg));
            return loaded;
        }
    }
    let mut early = Vec::new();
    let mut any_present = false;
    let inputs: Vec<Input<'_>> = FileKind::ALL
        .into_iter()
        .map(|kind| {
            let path = dir.join(kind.file_name());
            if path.exists() {
                any_present = true;
                let name = path.display().to_string();
                let bytes = read::read_limited(&path, MAX_FILE_BYTES)
                    .map(std::borrow::Cow::Owned)
                    .map_err(|message| Problem {
                        file: name.clone(),
                        location: String::new(),
                        message,
                    });
                Input { kind, name, bytes }
            } else {
                Input {
                    kind,
                    name: kind.bundled_name(),
                    bytes: Ok(kind.bundled_bytes().into()),
                }
            }
        })
        .collect();
    for input in &inputs {
        // Bundled files are borrowed; the folder's are read into owned bytes.
        let seen = match &input.bytes {
            Ok(std::borrow::Cow::Borrowed(_)) => None,
            Ok(std::borrow::Cow::Owned(bytes)) => Some(Some(bytes.as_slice())),
            Err(_) => Some(None),
        };
        observe(input.kind, seen);
    }
    if !any_present {
        early.push(folder_problem(Message::trf(
            "problem-folder-no-data",
            "no data files in this folder (expected any of { $files }); using the bundled data",
            &[("files", &file_list())],
        )));
    }
    build::build(inputs, early)
}

/// "sources.json, countries.json, …" for messages.
fn file_list() -> String {
    FileKind::ALL.map(FileKind::file_name).join(", ")
}
