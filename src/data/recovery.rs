//! Unsaved edits kept on disk, so that a crash, a kill or a power cut does
//! not lose a session (issue 22, point 12; the window's side is to call it).
//!
//! While there are unsaved edits, the window writes a [`Recovery`] every few
//! seconds to a file beside the user's settings ([`Recovery::write`]:
//! atomic, so a crash while writing leaves the previous one); it removes
//! the file when the edits are saved or discarded ([`Recovery::remove`]).
//! On the next start, if the file is there ([`Recovery::read`]), it offers
//! to restore the edits, showing what would come back
//! ([`Recovery::summary`]), and restores them with [`Recovery::restore`].
//!
//! The file holds the data files that have unsaved edits, as a save would
//! write them (so that restoring goes through the loader's checks, and a
//! recovery file made by one version is read by the next), and the folder
//! they belong to:
//!
//! ```json
//! { "format": 1, "folder": "/home/me/data", "written_at": 1765000000,
//!   "files": { "relations.json": "{\n  \"format\": 1, …" } }
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::save::{SaveError, write_file_atomic};
use super::{FileKind, Input, Loaded, MAX_FILE_BYTES, Problem, read, write};
use crate::i18n::Message;
use crate::model::Dataset;

/// What a recovered file's name ends with in its problems (in English;
/// the window says it in its language).
pub const RECOVERED_SUFFIX: &str = " (recovered)";

/// The version of the recovery file this build writes and reads.
pub const RECOVERY_FORMAT: u64 = 1;

/// The name of the recovery file, in the folder of the user's settings.
pub const RECOVERY_FILE_NAME: &str = "heartland-recovery.json";

/// The unsaved edits of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// The data folder the edits belong to; `None`: the bundled data.
    pub folder: Option<PathBuf>,
    /// When the recovery was made, in seconds since 1970 (UTC).
    pub written_at: u64,
    /// The data files with unsaved edits, as a save would write them.
    pub files: BTreeMap<FileKind, Vec<u8>>,
}

/// What restoring would change in one data file, against what is on disk
/// (or bundled) now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileChanges {
    /// The file.
    pub kind: FileKind,
    /// Records the recovery has and the data has not.
    pub added: usize,
    /// Records in both that differ.
    pub changed: usize,
    /// Records the data has and the recovery has not.
    pub removed: usize,
}

impl std::fmt::Display for FileChanges {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} added, {} changed, {} removed",
            self.kind.file_name(),
            self.added,
            self.changed,
            self.removed
        )
    }
}

impl Recovery {
    /// The files `kinds` of `dataset` (those with unsaved edits, as the
    /// edit history names them), for `folder` (`None`: the bundled data).
    pub fn of(folder: Option<&Path>, dataset: &Dataset, kinds: &BTreeSet<FileKind>) -> Self {
        let written_at = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Self {
            folder: folder.map(Path::to_path_buf),
            written_at,
            files: kinds
                .iter()
                .map(|k| (*k, write::file_bytes(dataset, *k)))
                .collect(),
        }
    }

    /// The recovery file's bytes (JSON, see the module docs).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut files = Map::new();
        for (kind, bytes) in &self.files {
            files.insert(
                kind.file_name().to_owned(),
                Value::String(String::from_utf8_lossy(bytes).into_owned()),
            );
        }
        let mut top = Map::new();
        top.insert("format".to_owned(), Value::from(RECOVERY_FORMAT));
        top.insert(
            "folder".to_owned(),
            self.folder
                .as_ref()
                .map_or(Value::Null, |f| Value::String(f.display().to_string())),
        );
        top.insert("written_at".to_owned(), Value::from(self.written_at));
        top.insert("files".to_owned(), Value::Object(files));
        let mut out = serde_json::to_vec_pretty(&Value::Object(top)).unwrap_or_default();
        out.push(b'\n');
        out
    }

    /// Read a recovery file's bytes; why not, in plain words.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Message> {
        let top: Value = serde_json::from_slice(super::text::strip_boms(bytes)).map_err(|e| {
            Message::trf(
                "problem-recovery-not-json",
                "the recovery file is not readable JSON ({ $error })",
                &[("error", &e)],
            )
        })?;
        let Value::Object(top) = top else {
            return Err(Message::tr(
                "problem-recovery-not-object",
                "the recovery file is not a JSON object",
            ));
        };
        match top.get("format").and_then(Value::as_u64) {
            Some(RECOVERY_FORMAT) => {}
            Some(n) if n > RECOVERY_FORMAT => {
                return Err(Message::trf(
                    "problem-recovery-newer",
                    "the recovery file was made by a newer Heartland (format { $format }; this version reads up to { $version })",
                    &[("format", &n), ("version", &RECOVERY_FORMAT)],
                ));
            }
            _ => {
                return Err(Message::tr(
                    "problem-recovery-no-format",
                    "the recovery file has no valid \"format\"",
                ));
            }
        }
        let folder = match top.get("folder") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(PathBuf::from(s)),
            Some(_) => {
                return Err(Message::tr(
                    "problem-recovery-folder-not-path",
                    "the recovery file's \"folder\" is not a path",
                ));
            }
        };
        let written_at = top.get("written_at").and_then(Value::as_u64).unwrap_or(0);
        let mut files = BTreeMap::new();
        if let Some(Value::Object(list)) = top.get("files") {
            for (name, value) in list {
                let kind = FileKind::from_file_name(name).ok_or_else(|| {
                    Message::trf(
                        "problem-recovery-unknown-file",
                        "the recovery file names an unknown file { $name }",
                        &[("name", &format!("{name:?}"))],
                    )
                })?;
                let text = value.as_str().ok_or_else(|| {
                    Message::trf(
                        "problem-recovery-not-text",
                        "the recovery file's { $name } is not text",
                        &[("name", name)],
                    )
                })?;
                files.insert(kind, text.as_bytes().to_vec());
            }
        } else {
            return Err(Message::tr(
                "problem-recovery-no-files",
                "the recovery file has no \"files\"",
            ));
        }
        Ok(Self {
            folder,
            written_at,
            files,
        })
    }

    /// Write the recovery file at `path`, atomically (a crash while writing
    /// leaves the previous one whole).
    pub fn write(&self, path: &Path) -> Result<(), SaveError> {
        write_file_atomic(path, &self.to_bytes())
    }

    /// The recovery file at `path`: `Ok(None)` if there is none; an error
    /// (to show, then [`Self::remove`]) if it cannot be read.
    pub fn read(path: &Path) -> Result<Option<Self>, Message> {
        if !path.exists() {
            return Ok(None);
        }
        let named = |reason: Message| {
            Message::trf(
                "problem-recovery-file",
                "{ $file }: { $reason }",
                &[("file", &path.display())],
            )
            .with("reason", reason)
        };
        // Its files are data files: the recovery may hold all seven.
        let bytes = read::read_limited(path, 8 * MAX_FILE_BYTES).map_err(named)?;
        Self::from_bytes(&bytes).map(Some).map_err(named)
    }

    /// Remove the recovery file at `path` (edits saved or discarded); no
    /// error if there is none.
    pub fn remove(path: &Path) -> std::io::Result<()> {
        match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// The data with the edits back: the folder's files (or the bundled
    /// ones) with the recovered files in their place, through the loader's
    /// checks (its problems are returned as with any load).
    pub fn restore(&self) -> Loaded {
        let folder_data = self.folder.as_deref().filter(|d| d.is_dir());
        let inputs: Vec<Input<'_>> = FileKind::ALL
            .into_iter()
            .map(|kind| {
                if let Some(bytes) = self.files.get(&kind) {
                    return Input {
                        kind,
                        name: format!("{}{RECOVERED_SUFFIX}", kind.file_name()),
                        bytes: Ok(bytes.as_slice().into()),
                    };
                }
                let on_disk = folder_data
                    .map(|d| d.join(kind.file_name()))
                    .filter(|p| p.exists());
                match on_disk {
                    Some(path) => {
                        let name = path.display().to_string();
                        let bytes = read::read_limited(&path, MAX_FILE_BYTES)
                            .map(std::borrow::Cow::Owned)
                            .map_err(|message| Problem {
                                file: name.clone(),
                                location: String::new(),
                                message,
                            });
                        Input { kind, name, bytes }
                    }
                    None => Input {
                        kind,
                        name: kind.bundled_name(),
                        bytes: Ok(kind.bundled_bytes().into()),
                    },
                }
            })
            .collect();
        let mut early = Vec::new();
        if let Some(dir) = &self.folder
            && !dir.is_dir()
        {
            early.push(Problem {
                file: dir.display().to_string(),
                location: String::new(),
                message: crate::i18n::Message::tr(
                    "problem-recovery-folder-gone",
                    "the folder of the recovered edits is gone; the bundled data is used for the files not recovered",
                ),
            });
        }
        super::build::build(inputs, early)
    }

    /// What restoring would change, file by file, against `current` (the
    /// data as it loads now): records added, changed, removed.
    pub fn summary(&self, current: &Dataset) -> Vec<FileChanges> {
        let restored = self.restore().dataset;
        self.files
            .keys()
            .map(|kind| {
                let (added, changed, removed) = match kind {
                    FileKind::Sources => diff(&current.sources, &restored.sources),
                    FileKind::Countries => diff(&current.countries, &restored.countries),
                    FileKind::Places => diff(&current.places, &restored.places),
                    FileKind::Organizations => {
                        diff(&current.organizations, &restored.organizations)
                    }
                    FileKind::Relations => {
                        let key = |r: &crate::model::Relation| (r.a, r.b, r.dimension, r.directed);
                        let by_key = |list: &[crate::model::Relation]| {
                            list.iter()
                                .map(|r| (key(r), r.clone()))
                                .collect::<BTreeMap<_, _>>()
                        };
                        diff(&by_key(&current.relations), &by_key(&restored.relations))
                    }
                    FileKind::Corridors => diff(&current.corridors, &restored.corridors),
                    FileKind::Stances => diff(&current.stances, &restored.stances),
                };
                FileChanges {
                    kind: *kind,
                    added,
                    changed,
                    removed,
                }
            })
            .collect()
    }
}

/// Added, changed and removed entries from `old` to `new`.
fn diff<K: Ord, V: PartialEq>(old: &BTreeMap<K, V>, new: &BTreeMap<K, V>) -> (usize, usize, usize) {
    let added = new.keys().filter(|k| !old.contains_key(k)).count();
    let removed = old.keys().filter(|k| !new.contains_key(k)).count();
    let changed = new
        .iter()
        .filter(|(k, v)| old.get(k).is_some_and(|o| o != *v))
        .count();
    (added, changed, removed)
}
