//! Saving a dataset into a user's data folder without ever losing a byte.
//!
//! A [`DataFolder`] is opened from a folder (it loads it, as
//! [`super::load_dir`] does) and remembers a fingerprint of every data file
//! as it was read. [`DataFolder::save`] then, for each file asked for:
//!
//! 1. writes the file with [`super::write`](mod@super::write) and skips it if the bytes are
//!    those already on disk (only changed files are written);
//! 2. refuses the whole save with [`SaveError::Conflict`] if any file to be
//!    written changed on disk since it was read (edited elsewhere): nothing
//!    is written, and the app offers to reload or to save into another
//!    folder;
//! 3. refuses with [`SaveError::HadProblems`] a file that had problems when
//!    it was loaded (saving it would leave out the records that could not
//!    be read), unless the user accepted that ([`DataFolder::accept_problems`]);
//! 4. for each file: makes the previous version the backup `NAME.json.bak`
//!    (a hard link to it renamed over the old backup; a copy written like
//!    the file where links are not supported), then writes the new version:
//!    a temporary file in the same folder, written, flushed to disk (fsync),
//!    renamed over the old name; at the end the folder is flushed (fsync).
//!    A crash or a kill at any moment leaves either the old or the new file,
//!    complete, under each name, never a mix.
//!
//! The bundled data is never written: every function takes a folder.
//! [`copy_bundled_into`] starts a new folder from the bundled files.
//! See `docs/saving.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::hash::Hasher as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{FileKind, Loaded, MAX_FILE_BYTES, read, write};
use crate::i18n::Message;
use crate::model::Dataset;

/// The suffix of the backup of a data file (`relations.json.bak`).
pub const BACKUP_SUFFIX: &str = ".bak";

/// Temporary files older than this are left-overs of a save that was cut
/// short (a crash, a kill), removed by the next save.
const STALE_TEMP_AGE: Duration = Duration::from_secs(60);

/// What went wrong with a save. Nothing the user had is lost in any case:
/// either nothing was written, or the files already replaced are complete
/// and their previous versions are in the backups.
#[derive(Debug)]
pub enum SaveError {
    /// Files changed on disk since they were loaded; nothing was saved.
    Conflict {
        /// The files that changed.
        files: Vec<PathBuf>,
    },
    /// A file had problems when it was loaded; saving it would leave out the
    /// records that could not be read.
    HadProblems {
        /// The file.
        file: PathBuf,
        /// How many problems it had.
        problems: usize,
    },
    /// The path is not a folder.
    NotAFolder {
        /// The path given.
        dir: PathBuf,
    },
    /// A new folder must not already hold data files.
    AlreadyExists {
        /// The data file found there.
        file: PathBuf,
    },
    /// A file would be larger than the loader reads ([`MAX_FILE_BYTES`]):
    /// saved, it would not load back. Nothing was saved.
    TooLarge {
        /// The data file.
        file: PathBuf,
        /// Its size as it would be written, in bytes.
        size: u64,
    },
    /// Another Heartland (a window or `heartland import`) is writing the
    /// folder and did not finish within the wait; nothing was saved.
    Busy {
        /// The folder.
        dir: PathBuf,
        /// How long this save waited.
        waited: Duration,
    },
    /// The path names a device, a named pipe, a socket or a folder: only
    /// regular files are written (replacing it would break it).
    NotAFile {
        /// The path given.
        path: PathBuf,
        /// What it is ("a named pipe (FIFO)", "a device", …).
        what: &'static str,
    },
    /// Reading or writing failed.
    Io {
        /// What was being done ("write", "rename", …).
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
}

/// English (the command line, logs); [`SaveError::message`] is the
/// message, for the window's language.
impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().as_str())
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl SaveError {
    /// What went wrong, as a message: English by `Display`, the window's
    /// language by [`Message::shown`]. Paths and the system's reason are
    /// values, as they are.
    pub fn message(&self) -> Message {
        match self {
            Self::Conflict { files } => Message::trf(
                "problem-save-conflict",
                "{ $files } changed on disk since it was loaded (edited elsewhere?); nothing was saved. Reload the folder, or save into another folder",
                &[("files", &list_paths(files))],
            ),
            Self::HadProblems { file, problems } => Message::trn(
                "problem-save-had-problems",
                "{ $file } had { $count } problem when it was loaded; saving it would leave out the records that could not be read. Fix the file and reload, or save into another folder",
                "{ $file } had { $count } problems when it was loaded; saving it would leave out the records that could not be read. Fix the file and reload, or save into another folder",
                *problems,
                &[("file", &file.display())],
            ),
            Self::NotAFolder { dir } => Message::trf(
                "problem-save-not-folder",
                "{ $dir } is not a folder; give the path of a folder",
                &[("dir", &dir.display())],
            ),
            Self::AlreadyExists { file } => Message::trf(
                "problem-save-exists",
                "{ $file } already exists; choose an empty folder",
                &[("file", &file.display())],
            ),
            Self::TooLarge { file, size } => Message::trf(
                "problem-save-too-large",
                "{ $file } would be { $size } MB, over the { $max } MB a data file may hold, so it would not load back; nothing was saved. Keep fewer records in this folder (split the data across several folders)",
                &[
                    ("file", &file.display()),
                    ("size", &format!("{:.1}", *size as f64 / (1024.0 * 1024.0))),
                    ("max", &(MAX_FILE_BYTES / (1024 * 1024))),
                ],
            ),
            Self::Busy { dir, waited } => Message::trf(
                "problem-save-busy",
                "{ $dir } is being written by another Heartland (a save or an import), still after { $seconds } s; nothing was saved. Try again when it has finished",
                &[
                    ("dir", &dir.display()),
                    ("seconds", &format!("{:.0}", waited.as_secs_f64())),
                ],
            ),
            Self::NotAFile { path, what } => Message::trf(
                "problem-save-not-file",
                "{ $path } is { $what }, not a regular file; nothing was written. Give the name of a regular file",
                &[("path", &path.display())],
            )
            .with("what", kind_message(what)),
            Self::Io {
                action,
                path,
                source,
            } => Message::trf(
                "problem-save-io",
                "cannot { $action } { $path }: { $error }",
                &[("path", &path.display()), ("error", source)],
            )
            .with("action", action_message(action)),
        }
    }
}

/// The words of a kind of file that is not a regular one ("a named pipe
/// (FIFO)") as a message.
fn kind_message(what: &str) -> Message {
    match what {
        "a named pipe (FIFO)" => Message::tr("problem-kind-pipe", "a named pipe (FIFO)"),
        "a device" => Message::tr("problem-kind-device", "a device"),
        "a socket" => Message::tr("problem-kind-socket", "a socket"),
        "a folder" => Message::tr("problem-kind-folder", "a folder"),
        other => Message::verbatim(other),
    }
}

/// What a save was doing when the system refused ("write") as a message.
fn action_message(action: &str) -> Message {
    match action {
        "create a temporary file in" => Message::tr(
            "problem-save-action-temporary",
            "create a temporary file in",
        ),
        "create the folder" => {
            Message::tr("problem-save-action-create-folder", "create the folder")
        }
        "flush to disk the folder" => Message::tr(
            "problem-save-action-flush-folder",
            "flush to disk the folder",
        ),
        "flush to disk" => Message::tr("problem-save-action-flush", "flush to disk"),
        "follow the links of" => Message::tr("problem-save-action-links", "follow the links of"),
        "lock the folder" => Message::tr("problem-save-action-lock", "lock the folder"),
        "look at" => Message::tr("problem-save-action-look", "look at"),
        "open the folder" => Message::tr("problem-save-action-open-folder", "open the folder"),
        "open the lock file" => Message::tr("problem-save-action-open-lock", "open the lock file"),
        "read the link" => Message::tr("problem-save-action-read-link", "read the link"),
        "rename a temporary file over" => {
            Message::tr("problem-save-action-rename", "rename a temporary file over")
        }
        "set the permissions of" => {
            Message::tr("problem-save-action-permissions", "set the permissions of")
        }
        "write" => Message::tr("problem-save-action-write", "write"),
        other => Message::verbatim(other),
    }
}

fn list_paths(files: &[PathBuf]) -> String {
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    names.join(", ")
}

fn io(action: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> SaveError {
    let path = path.to_path_buf();
    move |source| SaveError::Io {
        action,
        path,
        source,
    }
}

/// How long [`DataFolder::save`] waits for another writer of the folder
/// (a window's save, `heartland import`) to finish before it gives up.
pub const SAVE_LOCK_WAIT: Duration = Duration::from_secs(5);

/// An advisory lock on a data folder, held while a load-merge-save
/// (`heartland import`) or a save runs, so that two writers never both
/// read the same version and both save over it (one update would be lost).
/// Other Heartland processes wait for it; programs that do not ask for the
/// lock are not held back (it is advisory). Released when dropped.
///
/// On Unix the folder itself is locked (`flock` on its handle: nothing is
/// created in it); elsewhere a file `.heartland.lock` in the folder is.
#[derive(Debug)]
pub struct FolderLock {
    _file: std::fs::File,
}

impl FolderLock {
    /// Take the lock on `dir`, waiting up to `wait` for another writer to
    /// release it; [`SaveError::Busy`] if it is still held then.
    pub fn acquire(dir: &Path, wait: Duration) -> Result<Self, SaveError> {
        Self::acquire_with(dir, wait, &mut || {})
    }

    /// [`Self::acquire`], calling `waiting` once if the lock is held by
    /// another writer (for a "waiting for …" message).
    pub fn acquire_with(
        dir: &Path,
        wait: Duration,
        waiting: &mut dyn FnMut(),
    ) -> Result<Self, SaveError> {
        let file = lock_handle(dir)?;
        let start = std::time::Instant::now();
        let mut told = false;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) => {}
                // A file system without locks (some network or FUSE ones):
                // go on unlocked, as before there was a lock, rather than
                // refuse every save there.
                Err(std::fs::TryLockError::Error(e))
                    if e.kind() == std::io::ErrorKind::Unsupported =>
                {
                    return Ok(Self { _file: file });
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(io("lock the folder", dir)(e));
                }
            }
            let waited = start.elapsed();
            if waited >= wait {
                return Err(SaveError::Busy {
                    dir: dir.to_path_buf(),
                    waited,
                });
            }
            if !told {
                told = true;
                waiting();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

#[cfg(unix)]
fn lock_handle(dir: &Path) -> Result<std::fs::File, SaveError> {
    std::fs::File::open(dir).map_err(io("open the folder", dir))
}

#[cfg(not(unix))]
fn lock_handle(dir: &Path) -> Result<std::fs::File, SaveError> {
    let path = dir.join(".heartland.lock");
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io("open the lock file", &path))
}

/// A file's content, as far as conflict detection needs it: its length and
/// a 64-bit hash of its bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of a file's bytes.
    pub fn of(bytes: &[u8]) -> Self {
        let mut h = std::hash::DefaultHasher::new();
        h.write(bytes);
        Self {
            len: bytes.len(),
            hash: h.finish(),
        }
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} bytes #{:016x}", self.len, self.hash)
    }
}

/// What is known of one data file in the folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OnDisk {
    /// Not in the folder (the bundled copy was used).
    Absent,
    /// In the folder, with this content.
    Known(Fingerprint),
    /// In the folder but it could not be read.
    Unreadable,
}

/// What a successful save did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SaveReport {
    /// The files written, in [`FileKind::ALL`] order.
    pub written: Vec<FileKind>,
    /// The files asked for whose content had not changed (not written).
    pub unchanged: Vec<FileKind>,
}

/// A user's data folder, with what was read from it (see the module docs).
#[derive(Clone, Debug)]
pub struct DataFolder {
    dir: PathBuf,
    files: BTreeMap<FileKind, OnDisk>,
    /// For each file not in the folder: what the writer made of the
    /// records loaded in its place (the bundled ones). A save creates the
    /// file only when that changes, i.e. when one of its records changed.
    absent_as_written: BTreeMap<FileKind, Fingerprint>,
    problems: BTreeMap<FileKind, usize>,
    /// The folder's lock, when held for the whole load-merge-save
    /// ([`Self::open_locked`]); otherwise each save takes it.
    lock: Option<std::sync::Arc<FolderLock>>,
}

impl DataFolder {
    /// Load the folder `dir` (files missing there come from the bundled
    /// set, as with [`super::load_dir`]) and remember what was read.
    pub fn open(dir: &Path) -> Result<(Self, Loaded), SaveError> {
        Self::open_inner(dir, None)
    }

    /// [`Self::open`] holding `lock` (taken on `dir` with
    /// [`FolderLock::acquire`] before anything was read) until this folder
    /// is dropped: a load-merge-save that no other writer can come between.
    pub fn open_locked(dir: &Path, lock: FolderLock) -> Result<(Self, Loaded), SaveError> {
        Self::open_inner(dir, Some(std::sync::Arc::new(lock)))
    }

    /// Open `dir` as a new data folder (created if missing; it must hold
    /// no data file yet): the data is the bundled data, and a save writes
    /// only the files whose records changed, without backups (there is no
    /// previous version). For "save into a new folder" from the bundled
    /// data; the "no data files" notice of [`super::load_dir`] is left out.
    pub fn open_new(dir: &Path) -> Result<(Self, Loaded), SaveError> {
        prepare_new_folder(dir)?;
        let (folder, mut loaded) = Self::open(dir)?;
        if folder.holds_no_data_file() {
            loaded
                .problems
                .retain(|p| !p.location.is_empty() || p.file != dir.display().to_string());
        }
        Ok((folder, loaded))
    }

    /// True if the folder holds none of the data files (all of the data
    /// came from the bundled set when it was opened).
    pub fn holds_no_data_file(&self) -> bool {
        self.files.values().all(|f| *f == OnDisk::Absent)
    }

    fn open_inner(
        dir: &Path,
        lock: Option<std::sync::Arc<FolderLock>>,
    ) -> Result<(Self, Loaded), SaveError> {
        if !dir.is_dir() {
            return Err(SaveError::NotAFolder {
                dir: dir.to_path_buf(),
            });
        }
        let mut files = BTreeMap::new();
        let loaded = super::load_dir_observed(dir, &mut |kind, seen| {
            let state = match seen {
                None => OnDisk::Absent,
                Some(None) => OnDisk::Unreadable,
                Some(Some(bytes)) => OnDisk::Known(Fingerprint::of(bytes)),
            };
            files.insert(kind, state);
        });
        let mut problems = BTreeMap::new();
        for kind in FileKind::ALL {
            let name = dir.join(kind.file_name()).display().to_string();
            let n = loaded.problems.iter().filter(|p| p.file == name).count();
            if n > 0 {
                problems.insert(kind, n);
            }
        }
        let absent_as_written = files
            .iter()
            .filter(|(_, on_disk)| **on_disk == OnDisk::Absent)
            .map(|(kind, _)| {
                let bytes = write::file_bytes(&loaded.dataset, *kind);
                (*kind, Fingerprint::of(&bytes))
            })
            .collect();
        let folder = Self {
            dir: dir.to_path_buf(),
            files,
            absent_as_written,
            problems,
            lock,
        };
        Ok((folder, loaded))
    }

    /// Write every data file of `dataset` into `dir`, a folder that holds
    /// none yet (it is created if needed): "save as". The folder returned
    /// saves into `dir` from then on.
    pub fn create(dir: &Path, dataset: &Dataset) -> Result<Self, SaveError> {
        let files = write::all_files(dataset);
        let borrowed: Vec<(FileKind, &[u8])> =
            files.iter().map(|(k, b)| (*k, b.as_slice())).collect();
        write_new_folder(dir, &borrowed)?;
        Ok(Self {
            dir: dir.to_path_buf(),
            files: files
                .iter()
                .map(|(k, b)| (*k, OnDisk::Known(Fingerprint::of(b))))
                .collect(),
            absent_as_written: BTreeMap::new(),
            problems: BTreeMap::new(),
            lock: None,
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of a data file in the folder.
    pub fn path_of(&self, kind: FileKind) -> PathBuf {
        self.dir.join(kind.file_name())
    }

    /// The files that had problems when loaded, with how many.
    pub fn files_with_problems(&self) -> &BTreeMap<FileKind, usize> {
        &self.problems
    }

    /// Allow saving over `kind` although it had problems when loaded (the
    /// user accepted that the records that could not be read are left out;
    /// the old file is still kept as the backup).
    pub fn accept_problems(&mut self, kind: FileKind) {
        self.problems.remove(&kind);
    }

    /// The data files whose content on disk is no longer what was read or
    /// last saved (edited elsewhere), in [`FileKind::ALL`] order. For the
    /// app to call when the folder changes or the window regains focus.
    pub fn changed_on_disk(&self) -> Vec<FileKind> {
        FileKind::ALL
            .into_iter()
            .filter(|kind| self.unchanged_bytes(*kind).is_err())
            .collect()
    }

    /// The bytes of `kind` on disk (`None` if absent), if they are still
    /// what was read or last saved; `Err(())` if the file changed since
    /// (or cannot be read now, or could not be read then).
    fn unchanged_bytes(&self, kind: FileKind) -> Result<Option<Vec<u8>>, ()> {
        let path = self.path_of(kind);
        let expected = self.files.get(&kind).copied().unwrap_or(OnDisk::Absent);
        match (path.exists(), expected) {
            (false, OnDisk::Absent) => Ok(None),
            (true, OnDisk::Known(fp)) => match read::read_limited(&path, MAX_FILE_BYTES) {
                Ok(bytes) if Fingerprint::of(&bytes) == fp => Ok(Some(bytes)),
                _ => Err(()),
            },
            _ => Err(()),
        }
    }

    /// Save the files `kinds` of `dataset` (others are not looked at): those
    /// whose content differs from the file on disk are written, atomically,
    /// each with a backup of its previous version. See the module docs for
    /// the order of checks; on any refusal nothing is written.
    pub fn save(
        &mut self,
        dataset: &Dataset,
        kinds: &BTreeSet<FileKind>,
    ) -> Result<SaveReport, SaveError> {
        let mut report = SaveReport::default();
        let mut to_write = Vec::new();
        for kind in FileKind::ALL.into_iter().filter(|k| kinds.contains(k)) {
            let bytes = write::file_bytes(dataset, kind);
            let now = Fingerprint::of(&bytes);
            let unchanged = match self.files.get(&kind) {
                Some(OnDisk::Known(fp)) => *fp == now,
                Some(OnDisk::Absent) | None => self.absent_as_written.get(&kind) == Some(&now),
                Some(OnDisk::Unreadable) => false,
            };
            if unchanged {
                report.unchanged.push(kind);
            } else {
                to_write.push((kind, bytes));
            }
        }
        if to_write.is_empty() {
            return Ok(report);
        }
        check_sizes(&self.dir, to_write.iter().map(|(k, b)| (*k, b.as_slice())))?;
        // Another writer of the folder (a window, `heartland import`) must
        // not come between the check below and the writes.
        let _lock = match &self.lock {
            Some(_) => None,
            None => Some(FolderLock::acquire(&self.dir, SAVE_LOCK_WAIT)?),
        };
        if let Some((kind, problems)) = to_write
            .iter()
            .find_map(|(k, _)| self.problems.get(k).map(|n| (*k, *n)))
        {
            return Err(SaveError::HadProblems {
                file: self.path_of(kind),
                problems,
            });
        }
        let mut conflicts = Vec::new();
        let mut old = Vec::new();
        for (kind, _) in &to_write {
            match self.unchanged_bytes(*kind) {
                Ok(bytes) => old.push(bytes),
                Err(()) => conflicts.push(self.path_of(*kind)),
            }
        }
        if !conflicts.is_empty() {
            return Err(SaveError::Conflict { files: conflicts });
        }
        remove_stale_temporaries(&self.dir);
        for ((kind, bytes), old) in to_write.iter().zip(old) {
            if let Some(old) = &old {
                keep_backup(&self.dir, *kind, old)?;
            }
            write_atomic(&self.dir, kind.file_name(), bytes, None)?;
            self.files
                .insert(*kind, OnDisk::Known(Fingerprint::of(bytes)));
            report.written.push(*kind);
        }
        sync_dir(&self.dir)?;
        Ok(report)
    }

    /// [`Self::save`] of every data file.
    pub fn save_all(&mut self, dataset: &Dataset) -> Result<SaveReport, SaveError> {
        self.save(dataset, &FileKind::ALL.into_iter().collect())
    }
}

/// Start a data folder from the bundled files: `dir` is created if needed
/// and must not hold any data file yet; the seven bundled files are copied
/// there, byte for byte. Open it with [`DataFolder::open`] to edit.
pub fn copy_bundled_into(dir: &Path) -> Result<(), SaveError> {
    let files: Vec<(FileKind, &[u8])> = FileKind::ALL
        .into_iter()
        .map(|k| (k, k.bundled_bytes()))
        .collect();
    write_new_folder(dir, &files)
}

/// Refuse files larger than the loader reads: saved, they would not load
/// back (the limits of reading and writing agree).
fn check_sizes<'a>(
    dir: &Path,
    files: impl IntoIterator<Item = (FileKind, &'a [u8])>,
) -> Result<(), SaveError> {
    for (kind, bytes) in files {
        let size = bytes.len() as u64;
        if size > MAX_FILE_BYTES {
            return Err(SaveError::TooLarge {
                file: dir.join(kind.file_name()),
                size,
            });
        }
    }
    Ok(())
}

/// Create `dir` if needed (it must be a folder) and check it holds no
/// data file.
fn prepare_new_folder(dir: &Path) -> Result<(), SaveError> {
    if dir.exists() && !dir.is_dir() {
        return Err(SaveError::NotAFolder {
            dir: dir.to_path_buf(),
        });
    }
    std::fs::create_dir_all(dir).map_err(io("create the folder", dir))?;
    if let Some(file) = FileKind::ALL
        .into_iter()
        .map(|k| dir.join(k.file_name()))
        .find(|p| p.exists())
    {
        return Err(SaveError::AlreadyExists { file });
    }
    Ok(())
}

/// Create `dir` if needed, check it holds none of `files`, write them. If
/// a write fails, the files already written are removed again (the folder
/// is left as it was, but for being created).
fn write_new_folder(dir: &Path, files: &[(FileKind, &[u8])]) -> Result<(), SaveError> {
    check_sizes(dir, files.iter().copied())?;
    prepare_new_folder(dir)?;
    let _lock = FolderLock::acquire(dir, SAVE_LOCK_WAIT)?;
    prepare_new_folder(dir)?;
    let mut written: Vec<PathBuf> = Vec::new();
    for (kind, bytes) in files {
        if let Err(e) = write_atomic(dir, kind.file_name(), bytes, None) {
            for path in &written {
                let _ = std::fs::remove_file(path);
            }
            return Err(e);
        }
        written.push(dir.join(kind.file_name()));
    }
    sync_dir(dir)
}

/// Make the current `dir/KIND.json` (whose content is `old`) the backup
/// `KIND.json.bak`: a hard link to it under a temporary name, renamed over
/// the backup (no copy: the old file's data is already on disk, and the new
/// file then replaces the old name, so the backup is the old file's only
/// name). Where hard links are not supported, `old` is written as a new file
/// instead, atomically.
fn keep_backup(dir: &Path, kind: FileKind, old: &[u8]) -> Result<(), SaveError> {
    // A symlinked data file: the backup is of the file it points to.
    let main = resolve_target(&dir.join(kind.file_name()))?;
    let name = format!("{}{BACKUP_SUFFIX}", kind.file_name());
    let unique = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let link = dir.join(format!(".{name}.{}-{unique}.tmp", std::process::id()));
    if std::fs::hard_link(&main, &link).is_err() {
        return write_atomic(dir, &name, old, Some(&main));
    }
    std::fs::rename(&link, dir.join(&name)).map_err(|e| {
        let _ = std::fs::remove_file(&link);
        io("rename a temporary file over", &dir.join(&name))(e)
    })
}

/// Replace `dir/name` with `bytes`: a temporary file beside it (named
/// `.NAME.XXXXXX.tmp`), written, flushed to disk, given the permissions of
/// `like` (default: of the file it replaces; the usual ones for a new
/// file), renamed over `name`. If `dir/name` is a symbolic link, the file
/// it points to is replaced that way (the link stays a link); a device, a
/// named pipe or a folder there is refused. The caller flushes `dir`; the
/// folder of a link's target is flushed here. On failure the temporary
/// file is removed.
fn write_atomic(
    dir: &Path,
    name: &str,
    bytes: &[u8],
    like: Option<&Path>,
) -> Result<(), SaveError> {
    let target = resolve_target(&dir.join(name))?;
    let (target_dir, target_name) = split_path(&target)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{target_name}."))
        .suffix(".tmp")
        .tempfile_in(&target_dir)
        .map_err(io("create a temporary file in", &target_dir))?;
    tmp.write_all(bytes).map_err(io("write", tmp.path()))?;
    let permissions = match std::fs::metadata(like.unwrap_or(&target)) {
        Ok(meta) => Some(meta.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(p) = permissions {
        tmp.as_file()
            .set_permissions(p)
            .map_err(io("set the permissions of", tmp.path()))?;
    }
    tmp.as_file()
        .sync_all()
        .map_err(io("flush to disk", tmp.path()))?;
    tmp.persist(&target)
        .map_err(|e| io("rename a temporary file over", &target)(e.error))?;
    if target_dir != dir {
        sync_dir(&target_dir)?;
    }
    Ok(())
}

/// The folder and the file name of `path` (the folder `.` for a bare name).
fn split_path(path: &Path) -> Result<(PathBuf, String), SaveError> {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return Err(SaveError::Io {
            action: "write",
            path: path.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the path does not name a file",
            ),
        });
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, name.to_owned()))
}

/// The file a write to `path` must replace: `path` itself, or, if it is a
/// symbolic link, the file it points to (through any chain of links; a
/// link to nothing yet gives the path it names). Refused: a folder, a
/// device, a named pipe or a socket there ([`SaveError::NotAFile`]), and
/// a loop of links.
pub fn resolve_target(path: &Path) -> Result<PathBuf, SaveError> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let meta = match std::fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(io("look at", &current)(e)),
        };
        let kind = meta.file_type();
        if kind.is_symlink() {
            let link = std::fs::read_link(&current).map_err(io("read the link", &current))?;
            current = match current.parent() {
                Some(parent) if link.is_relative() => parent.join(link),
                _ => link,
            };
            continue;
        }
        if kind.is_file() {
            return Ok(current);
        }
        return Err(SaveError::NotAFile {
            path: path.to_path_buf(),
            what: read::file_type_words(kind),
        });
    }
    Err(SaveError::Io {
        action: "follow the links of",
        path: path.to_path_buf(),
        source: std::io::Error::other("too many levels of symbolic links (a loop?)"),
    })
}

/// Write `bytes` to the file `path` atomically: a temporary file beside it,
/// flushed, renamed over it, the folder flushed. A reader sees the old file
/// or the new one, never half of one (views, tours, images and exports are
/// saved this way). Through a symbolic link, the file it points to is
/// replaced (the link stays); a device, a named pipe or a folder at `path`
/// is refused, and nothing is written.
///
/// # Errors
/// The path has no file name, is not a regular file, or a step of the
/// write failed; the file at `path` is then unchanged and no temporary
/// file is left.
pub fn write_file_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let (dir, name) = split_path(path)?;
    write_atomic(&dir, &name, bytes, None)?;
    sync_dir(&dir)
}

/// Write several files atomically as one step, as far as a folder of
/// plain files allows: every file is first written in full to a temporary
/// file beside its place and flushed; only when all are complete are they
/// renamed over their names. If any write fails (a full disk), every
/// temporary file is removed and none of the files is touched. Each path
/// is treated as by [`write_file_atomic`] (through symbolic links; a
/// device, a named pipe or a folder is refused before anything is written).
///
/// # Errors
/// As [`write_file_atomic`]. A failure between two renames (rare: a rename
/// within a folder does not need space) leaves the first files new and the
/// rest old, each whole.
pub fn write_files_atomic(files: &[(PathBuf, Vec<u8>)]) -> Result<(), SaveError> {
    let mut targets = Vec::with_capacity(files.len());
    for (path, _) in files {
        let target = resolve_target(path)?;
        let (dir, name) = split_path(&target)?;
        targets.push((target, dir, name));
    }
    let mut staged = Vec::with_capacity(files.len());
    for ((target, dir, name), (_, bytes)) in targets.iter().zip(files) {
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(io("create a temporary file in", dir))?;
        tmp.write_all(bytes).map_err(io("write", tmp.path()))?;
        let permissions = match std::fs::metadata(target) {
            Ok(meta) => Some(meta.permissions()),
            Err(_) => default_permissions(),
        };
        if let Some(p) = permissions {
            tmp.as_file()
                .set_permissions(p)
                .map_err(io("set the permissions of", tmp.path()))?;
        }
        tmp.as_file()
            .sync_all()
            .map_err(io("flush to disk", tmp.path()))?;
        staged.push(tmp);
    }
    let mut dirs = BTreeSet::new();
    for (tmp, (target, dir, _)) in staged.into_iter().zip(&targets) {
        tmp.persist(target)
            .map_err(|e| io("rename a temporary file over", target)(e.error))?;
        dirs.insert(dir.clone());
    }
    for dir in dirs {
        sync_dir(&dir)?;
    }
    Ok(())
}

/// Read and write for everyone the umask lets (a new data file is not
/// private, unlike a temporary file).
#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Flush the folder's entries (the renames) to disk.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<(), SaveError> {
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(io("flush to disk the folder", dir))
}

/// Windows cannot open a folder as a file; its renames are journalled.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> Result<(), SaveError> {
    Ok(())
}

/// True for the name of a temporary file a save of a data file (or its
/// backup) makes: `.relations.json.XXXXXX.tmp`.
pub fn is_temporary_name(name: &str) -> bool {
    let Some(rest) = name.strip_prefix('.') else {
        return false;
    };
    name.ends_with(".tmp")
        && FileKind::ALL.into_iter().any(|k| {
            rest.strip_prefix(k.file_name())
                .is_some_and(|r| r.starts_with('.') || r.starts_with(&format!("{BACKUP_SUFFIX}.")))
        })
}

/// Remove temporary files left by a save that was cut short, if they are
/// older than [`STALE_TEMP_AGE`] (a younger one may belong to a save still
/// running in another window). Failures are ignored: a left-over is harmless.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temporary_name) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
