//! The data in use, apart from the window: the dataset and its problems,
//! where it came from and the folder it saves into, the edits (undo, redo,
//! unsaved changes), the watch on the folder, a folder loading and an import
//! running in the background, the years the data spans, the last outcome and
//! the conflict banner.
//!
//! A [`Session`] never asks the user anything and draws nothing: it returns
//! outcomes ([`SaveOutcome::NeedsFolder`], [`Changed`]) that the window turns
//! into questions and follows. Background work tells the window to draw
//! again through a [`Wake`] callback, so no egui type is needed here and the
//! session is tested on its own (`tests/it/session.rs`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use crate::data::import::{
    ImportOptions, Imported, MergeOptions, MergeReport, import_path, merge, merge_with,
};
use crate::data::recovery::{FileChanges, Recovery};
use crate::data::save::{DataFolder, SaveError};
use crate::data::{self, DataSource, FileKind, Loaded, Problem};
use crate::edit::{Edit, History};
use crate::i18n::{Message, trf, trn};
use crate::model::Dataset;

/// Called from a background thread when it has something for the window
/// (the window draws again and polls): a repaint request in the window, a
/// no-op in tests that poll.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// What a call changed, for the window to follow (selections, forms, the
/// problems panel, the year).
#[must_use]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Changed {
    /// The dataset was replaced by another (a folder loaded or read again,
    /// the bundled data): what no longer exists is deselected, edit forms
    /// close, the problems panel shows if the new data has problems.
    pub replaced: bool,
    /// The data changed (edited, undone, redone, imported or replaced): the
    /// year range may be another, and the year is clamped to it.
    pub data: bool,
    /// New problems were listed (an import): the problems panel opens.
    pub problems: bool,
}

impl Changed {
    /// Both changes at once.
    pub fn and(self, other: Self) -> Self {
        Self {
            replaced: self.replaced || other.replaced,
            data: self.data || other.data,
            problems: self.problems || other.problems,
        }
    }

    const DATA: Self = Self {
        replaced: false,
        data: true,
        problems: false,
    };

    const REPLACED: Self = Self {
        replaced: true,
        data: true,
        problems: false,
    };
}

/// How a save ended. The status line or the conflict banner says the
/// details; the window only acts on [`SaveOutcome::NeedsFolder`].
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Everything is saved.
    Saved,
    /// The data shown has no folder to save into (the bundled data is never
    /// written): ask for a new folder and call [`Session::save_into`].
    NeedsFolder,
    /// Files changed on disk since they were read, or had problems: nothing
    /// was written; the conflict banner offers to reload or save elsewhere.
    Conflict,
    /// Writing failed; the status says why. Nothing the user had is lost.
    Failed,
}

/// The data in use and what happens to it.
pub struct Session {
    dataset: Arc<Dataset>,
    problems: Vec<Problem>,
    source: DataSource,
    /// The data folder shown, as read (what saving writes into); `None`
    /// for the bundled data.
    folder: Option<DataFolder>,
    /// The edits (undo, redo, unsaved changes).
    history: History,
    /// Watches the data folder for changes made outside the app.
    watch: Option<FolderWatch>,
    /// A data folder loading in the background.
    pending: Option<(DataSource, Receiver<Opened>)>,
    /// The import running in the background.
    import: Option<ImportJob>,
    /// Bumped whenever the data changes.
    generation: u64,
    /// The years the data spans (the year slider's range), kept so a frame
    /// does not scan every record.
    year_range: (i32, i32),
    /// The last save's, edit's or import's outcome.
    status: Option<Message>,
    /// Whether that outcome is a failure (a notice that stays).
    status_failed: bool,
    /// Files of the folder changed on disk outside the app, or a save
    /// refused for that: the banner's message.
    conflict: Option<String>,
    /// Tells the window that background work has something for it.
    wake: Option<Wake>,
    /// The recovery file kept while there are unsaved edits.
    recovery: Option<RecoveryFile>,
    /// The last import, while it has conflicts that superseding would
    /// resolve and the data is as it left it: the window offers to
    /// supersede.
    supersede: Option<SupersedeOffer>,
}

/// An import whose conflicts include new periods that start inside open
/// ones: what is needed to run it again with
/// [`MergeOptions::supersede`] as one undo step.
struct SupersedeOffer {
    /// The file names, for the report.
    files: Vec<String>,
    /// How many conflicts superseding would resolve.
    count: usize,
    /// The records read (not read again from disk).
    imported: Vec<Imported>,
    /// The data before the import.
    before: Arc<Dataset>,
    /// Whether the import made an undo step (it added something).
    stepped: bool,
    /// The data generation the import left: the offer holds only while the
    /// data is unchanged since.
    generation: u64,
    /// Where the import's problems start in the problems list.
    problems_from: usize,
}

/// How often, at most, the recovery file is written while there are unsaved
/// edits (issue 22, point 12).
pub const RECOVERY_INTERVAL: Duration = Duration::from_secs(3);

/// The recovery file: unsaved edits kept on disk beside the user's settings
/// ([`Recovery`]), written from [`Session::poll`] at most every `interval`.
struct RecoveryFile {
    path: PathBuf,
    interval: Duration,
    /// When it was last written (or a write failed).
    last_try: Option<Instant>,
    /// The data generation last written.
    written: Option<u64>,
    /// The file there is this session's: removed when the edits are saved
    /// or dropped. A file found at the start is not, until restored.
    ours: bool,
    /// A file from an earlier session waits for the user's answer: nothing
    /// is written over it until then.
    held: bool,
}

/// A data folder read on the loading thread.
struct Opened {
    folder: Option<DataFolder>,
    loaded: Loaded,
}

/// Read `dir` as a [`DataFolder`] (so it can be saved into); a path that is
/// not a folder is read with [`data::load_dir`], which says why.
fn open_folder(dir: &Path) -> Opened {
    match DataFolder::open(dir) {
        Ok((folder, loaded)) => Opened {
            folder: Some(folder),
            loaded,
        },
        Err(_) => Opened {
            folder: None,
            loaded: data::load_dir(dir),
        },
    }
}

/// An import running on a background thread.
struct ImportJob {
    /// Bytes read so far, of `total`.
    progress: Arc<AtomicU64>,
    total: u64,
    cancel: Arc<AtomicBool>,
    rx: Receiver<ImportDone>,
    /// The data generation the import was merged against.
    generation: u64,
}

/// What the import thread sends back: the records read, and the data shown
/// when the import started with them merged (off the UI thread: merging a
/// big file takes long enough to freeze a frame).
struct ImportDone {
    /// What was read, file by file (to merge again if the data changed
    /// meanwhile).
    imported: Vec<Imported>,
    /// The merged data and each file's report, if merged.
    merged: Option<(Dataset, Vec<MergeReport>)>,
}

/// A watch on the data folder (not its files: editors replace files).
struct FolderWatch {
    _watcher: notify::RecommendedWatcher,
    rx: Receiver<()>,
}

impl FolderWatch {
    /// Watch `dir`; `None` (no watch, nothing else changes) if the system
    /// cannot.
    fn start(dir: &Path, wake: Wake) -> Option<Self> {
        use notify::Watcher as _;
        let (tx, rx) = mpsc::channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                let data_change = event.is_ok_and(|e| {
                    !matches!(e.kind, notify::EventKind::Access(_))
                        && e.paths.iter().any(|p| {
                            p.file_name()
                                .and_then(|n| n.to_str())
                                .is_some_and(|n| FileKind::ALL.iter().any(|k| k.file_name() == n))
                        })
                });
                if data_change {
                    let _ = tx.send(());
                    wake();
                }
            })
            .ok()?;
        watcher
            .watch(dir, notify::RecursiveMode::NonRecursive)
            .ok()?;
        Some(Self {
            _watcher: watcher,
            rx,
        })
    }
}

/// The years the year slider spans: those of the data, or 1991–2026 for data
/// without dates.
fn years_of(dataset: &Dataset) -> (i32, i32) {
    let (lo, hi) = dataset.year_range().unwrap_or((1991, 2026));
    (lo, hi.max(lo))
}

impl Session {
    /// The session on already loaded data, with no folder to save into.
    pub fn new(loaded: Loaded, source: DataSource) -> Self {
        let Loaded { dataset, problems } = loaded;
        Self {
            year_range: years_of(&dataset),
            dataset: Arc::new(dataset),
            problems,
            source,
            folder: None,
            history: History::new(),
            watch: None,
            pending: None,
            import: None,
            generation: 0,
            status: None,
            status_failed: false,
            conflict: None,
            wake: None,
            recovery: None,
            supersede: None,
        }
    }

    /// The session on the data folder `dir`, read now (the window opening
    /// on the folder it showed last), saved into and watched from now on.
    pub fn open(dir: PathBuf, wake: Wake) -> Self {
        let Opened { folder, loaded } = open_folder(&dir);
        let mut session = Self::new(loaded, DataSource::Folder(dir));
        session.set_wake(wake);
        session.set_folder(folder);
        session
    }

    /// Tell the window through `wake` when background work has something
    /// for it.
    pub fn set_wake(&mut self, wake: Wake) {
        self.wake = Some(wake);
    }

    /// Whether [`Self::set_wake`] was called.
    pub fn has_wake(&self) -> bool {
        self.wake.is_some()
    }

    /// The wake callback (a no-op until one is set).
    fn wake(&self) -> Wake {
        self.wake.clone().unwrap_or_else(|| Arc::new(|| {}))
    }

    /// The data in use.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The data in use, shared (for work on other threads).
    pub fn dataset_arc(&self) -> &Arc<Dataset> {
        &self.dataset
    }

    /// Problems found in the data in use (and in imports into it).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// List one more problem.
    pub fn push_problem(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Where the data in use came from.
    pub fn source(&self) -> &DataSource {
        &self.source
    }

    /// The data folder saving writes into (`None`: the bundled data).
    pub fn folder(&self) -> Option<&DataFolder> {
        self.folder.as_ref()
    }

    /// The edits.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// True if the data in use has changes not saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The last save's, edit's or import's outcome, if any.
    pub fn status(&self) -> Option<String> {
        self.status.as_ref().map(Message::shown)
    }

    /// The last outcome as a message (shown in the window's language when
    /// drawn, so a change of language changes it too).
    pub fn status_message(&self) -> Option<&Message> {
        self.status.as_ref()
    }

    /// Whether the last outcome ([`Self::status`]) is a failure: something
    /// not done, not saved, not started.
    pub fn status_failed(&self) -> bool {
        self.status.is_some() && self.status_failed
    }

    /// Say `status` in the status line.
    pub fn set_status(&mut self, status: Message) {
        self.status = Some(status);
        self.status_failed = false;
    }

    /// Say `status`, a failure, in the status line.
    fn set_failure(&mut self, status: Message) {
        self.status = Some(status);
        self.status_failed = true;
    }

    /// The banner about files changed on disk, if shown.
    pub fn conflict(&self) -> Option<&str> {
        self.conflict.as_deref()
    }

    /// Whether a data folder is loading in the background.
    pub fn is_loading(&self) -> bool {
        self.pending.is_some()
    }

    /// Whether an import is running.
    pub fn is_importing(&self) -> bool {
        self.import.is_some()
    }

    /// How far the running import is, 0 to 1 (bytes read of the files').
    pub fn import_progress(&self) -> Option<f32> {
        self.import.as_ref().map(|job| {
            if job.total == 0 {
                0.0
            } else {
                (job.progress.load(Ordering::Relaxed) as f64 / job.total as f64) as f32
            }
        })
    }

    /// Bumped whenever the data in use changes (what the view caches key
    /// on).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The years the data spans: the year slider's range.
    pub fn year_range(&self) -> (i32, i32) {
        self.year_range
    }

    /// `year` brought into the years the data spans: the one place the
    /// year shown is kept to the data.
    pub fn clamp_year(&self, year: i32) -> i32 {
        year.clamp(self.year_range.0, self.year_range.1)
    }

    /// Start reading the data folder `dir` on a background thread;
    /// [`Self::poll`] takes it when read.
    pub fn open_folder(&mut self, dir: PathBuf) {
        let (tx, rx) = mpsc::channel();
        let wake = self.wake();
        let thread_dir = dir.clone();
        let spawned = std::thread::Builder::new()
            .name("heartland-load".to_owned())
            .spawn(move || {
                let opened = open_folder(&thread_dir);
                // The receiver may be gone if another folder was chosen.
                let _ = tx.send(opened);
                wake();
            });
        match spawned {
            Ok(_) => self.pending = Some((DataSource::Folder(dir), rx)),
            Err(e) => self.problems.push(Problem {
                file: dir.display().to_string(),
                location: String::new(),
                message: crate::i18n::Message::trf(
                    "session-load-not-started",
                    "could not start loading: { $reason }",
                    &[("reason", &e)],
                ),
            }),
        }
    }

    /// Take what background work has finished: a folder read, an import
    /// done, files changed on disk.
    pub fn poll(&mut self) -> Changed {
        let loaded = self.poll_loading();
        let imported = self.poll_import();
        self.poll_watch();
        self.keep_recovery();
        loaded.and(imported)
    }

    /// Keep unsaved edits in the recovery file at `path` from now on (the
    /// window: beside the user's settings; `None`: not kept), written at
    /// most every `interval`. A recovery file already there (an earlier
    /// session's) is returned, read, for the window to offer; nothing is
    /// written over it until [`Self::restore_recovery`] or
    /// [`Self::discard_recovery`]. An unreadable one is an error to show
    /// (and it is removed: it cannot be restored).
    pub fn set_recovery_file(
        &mut self,
        path: Option<PathBuf>,
        interval: Duration,
    ) -> Result<Option<Recovery>, crate::i18n::Message> {
        let Some(path) = path else {
            self.recovery = None;
            return Ok(None);
        };
        let found = Recovery::read(&path);
        if found.is_err() {
            let _ = Recovery::remove(&path);
        }
        self.recovery = Some(RecoveryFile {
            path,
            interval,
            last_try: None,
            written: None,
            ours: false,
            held: matches!(found, Ok(Some(_))),
        });
        found
    }

    /// Where unsaved edits are kept, if anywhere.
    pub fn recovery_path(&self) -> Option<&Path> {
        self.recovery.as_ref().map(|r| r.path.as_path())
    }

    /// The folder the data in use came from (`None`: the bundled data).
    fn source_dir(&self) -> Option<&Path> {
        match &self.source {
            DataSource::Folder(dir) => Some(dir),
            DataSource::Bundled => None,
        }
    }

    /// How long until the recovery file is due to be written (the window
    /// draws again then); `None` if nothing is to be written.
    pub fn recovery_due_in(&self) -> Option<Duration> {
        let rec = self.recovery.as_ref()?;
        if rec.held || !self.history.is_dirty() || rec.written == Some(self.generation) {
            return None;
        }
        Some(
            rec.last_try
                .map_or(Duration::ZERO, |t| rec.interval.saturating_sub(t.elapsed())),
        )
    }

    /// While there are unsaved edits, write them to the recovery file when
    /// due; when there are none (saved, or undone back to the saved data),
    /// remove it.
    fn keep_recovery(&mut self) {
        if !self.history.is_dirty() {
            self.drop_recovery();
            return;
        }
        if self.recovery_due_in().is_none_or(|d| !d.is_zero()) {
            return;
        }
        let recovery = Recovery::of(self.source_dir(), &self.dataset, &self.files_to_save());
        let generation = self.generation;
        let Some(rec) = self.recovery.as_mut() else {
            return;
        };
        rec.last_try = Some(Instant::now());
        if let Some(parent) = rec.path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        match recovery.write(&rec.path) {
            Ok(()) => {
                rec.written = Some(generation);
                rec.ours = true;
            }
            Err(e) => {
                self.set_failure(
                    Message::tr(
                        "session-recovery-not-kept",
                        "Unsaved edits could not be kept for recovery after a crash: { $reason }",
                    )
                    .with("reason", e.message()),
                );
            }
        }
    }

    /// The edits the recovery file kept are saved or dropped: remove it
    /// (if it is this session's).
    fn drop_recovery(&mut self) {
        if let Some(rec) = &mut self.recovery
            && rec.ours
        {
            if let Err(e) = Recovery::remove(&rec.path) {
                let text = Message::trf(
                    "session-recovery-not-removed",
                    "The recovery file { $file } could not be removed: { $reason }",
                    &[("file", &rec.path.display()), ("reason", &e)],
                );
                // (`rec` borrows the recovery: the fields, not a method.)
                self.status = Some(text);
                self.status_failed = true;
            }
            rec.ours = false;
            rec.written = None;
        }
    }

    /// The user chose not to restore the recovery file found at the start
    /// (or closes without saving): remove it. With `stop`, keep no more
    /// (the window is closing with its edits dropped).
    pub fn discard_recovery(&mut self, stop: bool) {
        if let Some(rec) = &mut self.recovery {
            if let Err(e) = Recovery::remove(&rec.path) {
                let text = Message::trf(
                    "session-recovery-not-removed",
                    "The recovery file { $file } could not be removed: { $reason }",
                    &[("file", &rec.path.display()), ("reason", &e)],
                );
                // (`rec` borrows the recovery: the fields, not a method.)
                self.status = Some(text);
                self.status_failed = true;
            }
            rec.ours = false;
            rec.held = false;
            rec.written = None;
        }
        if stop {
            self.recovery = None;
        }
    }

    /// What restoring `recovery` would bring back, file by file, against
    /// its folder's data as it is on disk now (or the bundled data).
    pub fn recovery_summary(&self, recovery: &Recovery) -> Vec<FileChanges> {
        if self.source_dir() == recovery.folder.as_deref() && !self.history.is_dirty() {
            return recovery.summary(&self.dataset);
        }
        let current = match &recovery.folder {
            Some(dir) if dir.is_dir() => data::load_dir(dir).dataset,
            _ => data::load_bundled().dataset,
        };
        recovery.summary(&current)
    }

    /// Restore the unsaved edits of `recovery` (its folder opened first if
    /// another is in use), as unsaved edits: one undo step, saved with the
    /// next save. The recovery file stays until they are saved or dropped.
    pub fn restore_recovery(&mut self, recovery: &Recovery) -> Changed {
        let mut changed = Changed::default();
        if self.source_dir() != recovery.folder.as_deref() || self.history.is_dirty() {
            self.pending = None;
            changed = match &recovery.folder {
                Some(dir) if dir.is_dir() => {
                    let Opened { folder, loaded } = open_folder(dir);
                    let c = self.replace(DataSource::Folder(dir.clone()), loaded);
                    self.set_folder(folder);
                    c
                }
                _ => self.replace(DataSource::Bundled, data::load_bundled()),
            };
        }
        let Loaded { dataset, problems } = recovery.restore();
        if !problems.is_empty() {
            self.problems.extend(problems);
            changed.problems = true;
        }
        let restored = self.history.apply_whole(
            &mut self.dataset,
            Arc::new(dataset),
            crate::i18n::Message::tr("session-restore-label", "restore of unsaved edits"),
        );
        if let Some(rec) = &mut self.recovery {
            rec.held = false;
            rec.ours = true;
        }
        self.set_status(Message::tr(
            "session-restored",
            "Restored the unsaved edits of the last session; save them to keep them.",
        ));
        if restored {
            changed.and(self.data_changed())
        } else {
            changed
        }
    }

    /// Take a finished background load, if any.
    fn poll_loading(&mut self) -> Changed {
        let Some((source, rx)) = &self.pending else {
            return Changed::default();
        };
        match rx.try_recv() {
            Ok(Opened { folder, loaded }) => {
                let source = source.clone();
                self.pending = None;
                let changed = self.replace(source, loaded);
                self.set_folder(folder);
                changed
            }
            Err(mpsc::TryRecvError::Empty) => Changed::default(),
            Err(mpsc::TryRecvError::Disconnected) => {
                let file = source.describe();
                self.pending = None;
                self.problems.push(Problem {
                    file,
                    location: String::new(),
                    message: crate::i18n::Message::tr(
                        "session-load-stopped",
                        "loading stopped unexpectedly; the data shown is unchanged",
                    ),
                });
                Changed::default()
            }
        }
    }

    /// Use `loaded` from `source` from now on: the edits, the folder and
    /// its watch and the conflict go with the data they were about.
    pub fn replace(&mut self, source: DataSource, loaded: Loaded) -> Changed {
        let Loaded { dataset, problems } = loaded;
        // The edits are dropped with the data they were made to.
        self.drop_recovery();
        self.year_range = years_of(&dataset);
        self.problems = problems;
        self.dataset = Arc::new(dataset);
        self.source = source;
        self.generation += 1;
        self.history = History::new();
        self.conflict = None;
        self.folder = None;
        self.watch = None;
        Changed::REPLACED
    }

    /// Go back to the bundled data (a folder loading is forgotten).
    pub fn use_bundled(&mut self) -> Changed {
        self.pending = None;
        self.replace(DataSource::Bundled, data::load_bundled())
    }

    /// Save into (and watch) `folder` from now on.
    fn set_folder(&mut self, folder: Option<DataFolder>) {
        let wake = self.wake();
        self.watch = folder
            .as_ref()
            .and_then(|f| FolderWatch::start(f.dir(), wake));
        self.folder = folder;
    }

    /// The data changed: the year range follows.
    fn data_changed(&mut self) -> Changed {
        self.generation += 1;
        self.year_range = years_of(&self.dataset);
        Changed::DATA
    }

    /// Apply edits in order (each one undo step); stop at the first refused.
    /// The status says what was done, or why not.
    pub fn apply_edits(&mut self, edits: Vec<Edit>) -> Changed {
        let mut changed = false;
        for edit in edits {
            let label = edit.label();
            match self.history.apply(&mut self.dataset, edit) {
                Ok(c) => {
                    changed |= c;
                    self.set_status(
                        Message::tr("session-done", "Done: { $edit }.").with("edit", label.clone()),
                    );
                }
                Err(e) => {
                    self.set_failure(
                        Message::tr("session-not-done", "Not done: { $edit }: { $reason }")
                            .with("edit", label.clone())
                            .with("reason", e.message.clone()),
                    );
                    break;
                }
            }
        }
        if changed {
            self.data_changed()
        } else {
            Changed::default()
        }
    }

    /// Undo the last edit, if any.
    pub fn undo(&mut self) -> Changed {
        match self.history.undo(&mut self.dataset) {
            Some(label) => {
                self.set_status(
                    Message::tr("session-undone", "Undone: { $edit }.").with("edit", label),
                );
                self.data_changed()
            }
            None => Changed::default(),
        }
    }

    /// Redo the last edit undone, if any.
    pub fn redo(&mut self) -> Changed {
        match self.history.redo(&mut self.dataset) {
            Some(label) => {
                self.set_status(
                    Message::tr("session-redone", "Redone: { $edit }.").with("edit", label),
                );
                self.data_changed()
            }
            None => Changed::default(),
        }
    }

    /// Save the changes into the data folder. The bundled data has none:
    /// [`SaveOutcome::NeedsFolder`], and nothing else happens.
    pub fn save(&mut self) -> SaveOutcome {
        let kinds = self.history.files_to_save();
        let Some(folder) = self.folder.as_mut() else {
            return SaveOutcome::NeedsFolder;
        };
        match folder.save(&self.dataset, &kinds) {
            Ok(report) => {
                let names: Vec<&str> = report.written.iter().map(|k| k.file_name()).collect();
                self.set_status(if names.is_empty() {
                    Message::tr("session-saved-nothing", "Saved (no file needed writing).")
                } else {
                    Message::trf(
                        "session-saved-files",
                        "Saved { $files }.",
                        &[("files", &names.join(", "))],
                    )
                });
                self.history.mark_saved();
                self.conflict = None;
                self.drop_recovery();
                SaveOutcome::Saved
            }
            Err(e @ (SaveError::Conflict { .. } | SaveError::HadProblems { .. })) => {
                // Offer Reload or Save as… (into another folder).
                self.conflict = Some(e.message().shown());
                SaveOutcome::Conflict
            }
            Err(e) => {
                self.set_failure(
                    Message::tr("session-not-saved", "Not saved: { $reason }")
                        .with("reason", e.message()),
                );
                SaveOutcome::Failed
            }
        }
    }

    /// Save the data in use into `dir`, a new folder, and use that folder
    /// from then on. From the bundled data: the files with changed records
    /// are written there (a missing file loads as the bundled one); from a
    /// folder ("save as"): every file is written.
    pub fn save_into(&mut self, dir: PathBuf) -> SaveOutcome {
        let result = if self.folder.is_none() {
            let kinds = self.history.files_to_save();
            // Only the files whose records changed are written (the others
            // stay the bundled ones), with no backups of files the folder
            // never had.
            DataFolder::open_new(&dir)
                .and_then(|(mut folder, _)| folder.save(&self.dataset, &kinds).map(|_| folder))
        } else {
            DataFolder::create(&dir, &self.dataset)
        };
        match result {
            Ok(folder) => {
                self.set_status(Message::trf(
                    "session-saved-into",
                    "Saved into { $folder }.",
                    &[("folder", &dir.display())],
                ));
                self.source = DataSource::Folder(dir);
                self.set_folder(Some(folder));
                self.history.mark_saved();
                self.conflict = None;
                self.drop_recovery();
                SaveOutcome::Saved
            }
            Err(e) => {
                self.set_failure(
                    Message::tr("session-not-saved", "Not saved: { $reason }")
                        .with("reason", e.message()),
                );
                SaveOutcome::Failed
            }
        }
    }

    /// Read the data again from where it came (changes not saved are
    /// dropped): a folder in the background, the bundled data at once.
    pub fn reload(&mut self) -> Changed {
        let changed = match self.source.clone() {
            DataSource::Folder(dir) => {
                self.open_folder(dir);
                Changed::default()
            }
            DataSource::Bundled => self.replace(DataSource::Bundled, data::load_bundled()),
        };
        self.conflict = None;
        changed
    }

    /// Files of the folder changed on disk outside the app: say so (the
    /// app's own saves leave the fingerprints matching and say nothing).
    fn poll_watch(&mut self) {
        let Some(watch) = &self.watch else {
            return;
        };
        let mut any = false;
        while watch.rx.try_recv().is_ok() {
            any = true;
        }
        if any {
            self.check_disk();
        }
    }

    /// Compare the folder's files with what was read; if any changed on
    /// disk, the conflict banner says which. Returns whether any did.
    pub fn check_disk(&mut self) -> bool {
        let Some(folder) = &self.folder else {
            return false;
        };
        let changed = folder.changed_on_disk();
        if changed.is_empty() {
            return false;
        }
        let names: Vec<&str> = changed.iter().map(|k| k.file_name()).collect();
        self.conflict = Some(trf(
            "session-changed-on-disk",
            "{ $files } changed on disk outside Heartland. Reload the folder, or save the data shown into another folder.",
            &[("files", &names.join(", "))],
        ));
        true
    }

    /// Import `paths` on a background thread (one import at a time);
    /// [`Self::poll`] merges the result.
    pub fn start_import(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        if self.import.is_some() {
            self.set_failure(Message::tr(
                "session-import-running",
                "An import is running; wait for it or cancel it.",
            ));
            return;
        }
        let total = paths
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        self.supersede = None;
        let progress = Arc::new(AtomicU64::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let context = Arc::clone(&self.dataset);
        let (thread_progress, thread_cancel) = (Arc::clone(&progress), Arc::clone(&cancel));
        let wake = self.wake();
        let spawned = std::thread::Builder::new()
            .name("heartland-import".to_owned())
            .spawn(move || {
                let done = import_files(&paths, &context, &thread_progress, &thread_cancel, &wake);
                let _ = tx.send(done);
                wake();
            });
        match spawned {
            Ok(_) => {
                self.import = Some(ImportJob {
                    progress,
                    total,
                    cancel,
                    rx,
                    generation: self.generation,
                });
                self.set_status(Message::tr("session-importing", "Importing…"));
            }
            Err(e) => self.set_failure(Message::trf(
                "session-import-not-started",
                "Could not start the import: { $reason }",
                &[("reason", &e)],
            )),
        }
    }

    /// Stop the import that is running (nothing of it is added).
    pub fn cancel_import(&self) {
        if let Some(job) = &self.import {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    /// Take a finished import: merge what was valid (one undo step), list
    /// what was not.
    fn poll_import(&mut self) -> Changed {
        let Some(job) = &self.import else {
            return Changed::default();
        };
        let done = match job.rx.try_recv() {
            Ok(done) => done,
            Err(mpsc::TryRecvError::Empty) => return Changed::default(),
            Err(mpsc::TryRecvError::Disconnected) => ImportDone {
                imported: Vec::new(),
                merged: None,
            },
        };
        let cancelled = job.cancel.load(Ordering::Relaxed);
        let unchanged = job.generation == self.generation;
        self.import = None;
        if cancelled {
            self.set_status(Message::tr(
                "session-import-cancelled",
                "Import cancelled; nothing was added.",
            ));
            return Changed::default();
        }
        let files: Vec<String> = done.imported.iter().map(|i| i.file.clone()).collect();
        let imported = done.imported;
        let (merged, reports) = match done.merged {
            // The data shown is still what was merged into: take the result.
            Some((data, reports)) if unchanged => (data, reports),
            // Edited (or replaced) meanwhile: merge into the data shown now.
            Some(_) | None => {
                let mut data = (*self.dataset).clone();
                let reports = imported
                    .iter()
                    .map(|imported| merge(&mut data, imported.clone()))
                    .collect();
                (data, reports)
            }
        };
        let before = Arc::clone(&self.dataset);
        let problems_from = self.problems.len();
        let supersedable: usize = reports.iter().map(|r: &MergeReport| r.supersedable).sum();
        let changed = self.take_merge(&files, merged, reports, false);
        self.supersede = (supersedable > 0).then(|| SupersedeOffer {
            files: file_names(&files),
            count: supersedable,
            imported,
            stepped: !Arc::ptr_eq(&before, &self.dataset),
            before,
            generation: self.generation,
            problems_from,
        });
        changed
    }

    /// The files and the number of conflicts of the last import that
    /// superseding would resolve, while the data is as that import left it.
    pub fn supersede_offer(&self) -> Option<(&[String], usize)> {
        self.supersede
            .as_ref()
            .filter(|o| o.generation == self.generation)
            .map(|o| (o.files.as_slice(), o.count))
    }

    /// Answer the offer: `true` runs the last import again with
    /// [`MergeOptions::supersede`] in place of the first run (one undo step
    /// for both: undone, the data is as before the import); `false` keeps
    /// the conflicts as they are.
    pub fn answer_supersede(&mut self, supersede: bool) -> Changed {
        let Some(offer) = self.supersede.take() else {
            return Changed::default();
        };
        if !supersede || offer.generation != self.generation {
            return Changed::default();
        }
        if offer.stepped {
            self.history.undo(&mut self.dataset);
        }
        let mut merged = (*offer.before).clone();
        let reports = offer
            .imported
            .into_iter()
            .map(|imported| merge_with(&mut merged, imported, MergeOptions { supersede: true }))
            .collect();
        self.problems.truncate(offer.problems_from);
        let mut changed = self.take_merge(&offer.files, merged, reports, true);
        if offer.stepped {
            // The undo alone changed the data, even if the merge adds nothing.
            changed = changed.and(self.data_changed());
        }
        changed.problems = true;
        changed
    }

    /// Apply a merged import as one undo step and list its problems; the
    /// status says what was added. `superseding`: the import ran again
    /// with open periods superseded.
    fn take_merge(
        &mut self,
        files: &[String],
        merged: Dataset,
        reports: Vec<MergeReport>,
        superseding: bool,
    ) -> Changed {
        let mut added = 0;
        let mut superseded = 0;
        let mut problems = Vec::new();
        for report in reports {
            superseded += report.superseded;
            let a = report.added;
            added += a.countries
                + a.organizations
                + a.memberships
                + a.periods
                + a.places
                + a.corridors
                + a.stances
                + report.replaced;
            problems.extend(report.problems);
        }
        let mut changed = Changed::default();
        if added > 0 {
            // One undo step: undone, the data is as before the import (the
            // edits made before it stay undoable, in order).
            let names = file_names(files).join(", ");
            let label = if superseding {
                crate::i18n::Message::trf(
                    "session-import-superseding-label",
                    "import of { $files }, superseding",
                    &[("files", &names)],
                )
            } else {
                crate::i18n::Message::trf(
                    "session-import-label",
                    "import of { $files }",
                    &[("files", &names)],
                )
            };
            self.history
                .apply_whole(&mut self.dataset, Arc::new(merged), label);
            changed = self.data_changed();
        }
        let n_problems = problems.len();
        if n_problems > 0 {
            self.problems.extend(problems);
            changed.problems = true;
        }
        let added = if superseded > 0 {
            trn(
                "session-added-superseding",
                "{ $count } record added ({ $superseded } superseding an open period)",
                "{ $count } records added ({ $superseded } superseding an open period)",
                added,
                &[("superseded", &superseded)],
            )
        } else {
            trn(
                "session-added",
                "{ $count } record added",
                "{ $count } records added",
                added,
                &[],
            )
        };
        let problems = trn(
            "session-problems-listed",
            "{ $count } problem listed",
            "{ $count } problems listed",
            n_problems,
            &[],
        );
        self.set_status(Message::trf(
            "session-imported",
            "Imported { $files }: { $added }, { $problems }.",
            &[
                ("files", &files.join(", ")),
                ("added", &added),
                ("problems", &problems),
            ],
        ));
        changed
    }

    /// The files a save must look at.
    pub fn files_to_save(&self) -> BTreeSet<FileKind> {
        self.history.files_to_save()
    }
}

/// On the import thread: read each file (stopping if cancelled), then merge
/// them all into a copy of `context`.
fn import_files(
    paths: &[PathBuf],
    context: &Dataset,
    progress: &AtomicU64,
    cancel: &AtomicBool,
    wake: &Wake,
) -> ImportDone {
    let mut results = Vec::new();
    for path in paths {
        let options = ImportOptions {
            source: None,
            // Bytes read, added up over the files.
            progress: Some(progress),
            cancel: Some(cancel),
        };
        results.push(import_path(path, context, &options));
        wake();
        if cancel.load(Ordering::Relaxed) {
            break;
        }
    }
    let merged = (!cancel.load(Ordering::Relaxed)).then(|| {
        let mut data = context.clone();
        let reports = results
            .iter()
            .map(|imported| merge(&mut data, imported.clone()))
            .collect();
        (data, reports)
    });
    ImportDone {
        imported: results,
        merged,
    }
}

/// The file names of `files` (paths as given), for messages.
fn file_names(files: &[String]) -> Vec<String> {
    files
        .iter()
        .map(|f| {
            Path::new(f)
                .file_name()
                .map_or_else(|| f.clone(), |n| n.to_string_lossy().into_owned())
        })
        .collect()
}
