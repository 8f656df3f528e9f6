//! File dialogs behind a trait, so the app can ask "which folder?" or "save
//! where?" without knowing how the question is put: the system dialog in the
//! window, a scripted answer in UI tests, or nothing (then the panels fall
//! back to a typed path).

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};

/// What kind of answer a dialog asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    /// One existing folder.
    PickFolder,
    /// One existing file.
    PickFile,
    /// One or more existing files.
    PickFiles,
    /// A file name to write (may not exist yet).
    SaveFile,
}

/// One question for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialogRequest {
    /// What is asked.
    pub kind: DialogKind,
    /// The dialog's title ("Export the view as PNG").
    pub title: String,
    /// File filters: a name and its extensions without the dot.
    pub filters: Vec<(String, Vec<String>)>,
    /// The suggested file name (save dialogs).
    pub file_name: Option<String>,
    /// The folder the dialog opens in.
    pub directory: Option<PathBuf>,
}

impl DialogRequest {
    /// A request of `kind` titled `title`, with no filter.
    pub fn new(kind: DialogKind, title: impl Into<String>) -> Self {
        Self {
            kind,
            title: title.into(),
            filters: Vec::new(),
            file_name: None,
            directory: None,
        }
    }

    /// Add a filter ("CSV", `["csv"]`).
    #[must_use]
    pub fn filter(mut self, name: &str, extensions: &[&str]) -> Self {
        self.filters.push((
            name.to_owned(),
            extensions.iter().map(|e| (*e).to_owned()).collect(),
        ));
        self
    }

    /// Suggest a file name.
    #[must_use]
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// Open the dialog in `dir`.
    #[must_use]
    pub fn directory(mut self, dir: impl Into<PathBuf>) -> Self {
        self.directory = Some(dir.into());
        self
    }
}

/// The user's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The chosen paths (one for every kind but [`DialogKind::PickFiles`]).
    Chosen(Vec<PathBuf>),
    /// The user cancelled.
    Cancelled,
    /// No dialog can be shown here (no portal, no display): the caller asks
    /// for a typed path instead.
    Unavailable,
}

impl DialogAnswer {
    /// The first chosen path, if any.
    pub fn path(&self) -> Option<&PathBuf> {
        match self {
            Self::Chosen(paths) => paths.first(),
            Self::Cancelled | Self::Unavailable => None,
        }
    }
}

/// Dialogs shared by the window and the thread a system dialog blocks.
pub type DialogsHandle = Arc<Mutex<Box<dyn Dialogs>>>;

/// When the answer to [`ask`] comes, with what it is `for_`.
pub enum Asked<T> {
    /// At once (scripted dialogs, or none).
    Now(T, DialogAnswer),
    /// From a system dialog on another thread, when the user answers.
    Later(Receiver<(T, DialogAnswer)>),
}

/// Put `request` to `dialogs`: answered at once where they answer at once,
/// else asked on another thread (the window keeps drawing) that calls
/// `wake` once answered. Fails only if no thread can be started.
///
/// # Errors
/// The system's reason when no thread can be started.
pub fn ask<T: Send + 'static>(
    dialogs: &DialogsHandle,
    request: DialogRequest,
    for_: T,
    wake: impl Fn() + Send + 'static,
) -> std::io::Result<Asked<T>> {
    let put = move |dialogs: &DialogsHandle| match dialogs.lock() {
        Ok(mut dialogs) => dialogs.ask(&request),
        Err(_) => DialogAnswer::Unavailable,
    };
    if !dialogs.lock().is_ok_and(|d| d.waits_for_user()) {
        return Ok(Asked::Now(for_, put(dialogs)));
    }
    let (tx, rx) = mpsc::channel();
    let dialogs = Arc::clone(dialogs);
    std::thread::Builder::new()
        .name("heartland-dialog".to_owned())
        .spawn(move || {
            let _ = tx.send((for_, put(&dialogs)));
            wake();
        })?;
    Ok(Asked::Later(rx))
}

/// Something that can ask the user for files and folders.
pub trait Dialogs: Send {
    /// Ask; blocks until the user answers.
    fn ask(&mut self, request: &DialogRequest) -> DialogAnswer;

    /// True when [`Self::ask`] waits for a person (a system dialog): the
    /// app then asks on another thread and polls for the answer, so the
    /// window keeps drawing. Scripted answers come at once, in the frame.
    fn waits_for_user(&self) -> bool {
        false
    }
}

/// No dialogs at all: every question is answered
/// [`DialogAnswer::Unavailable`], so the panels ask for a typed path.
#[derive(Clone, Debug, Default)]
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn ask(&mut self, _request: &DialogRequest) -> DialogAnswer {
        DialogAnswer::Unavailable
    }
}

/// Scripted answers for UI tests: each question takes the next answer
/// (cancelled when none is left) and is recorded.
#[derive(Clone, Debug, Default)]
pub struct ScriptedDialogs {
    answers: VecDeque<DialogAnswer>,
    /// Every question asked, in order.
    pub asked: Vec<DialogRequest>,
}

impl ScriptedDialogs {
    /// Answers given in this order.
    pub fn new(answers: impl IntoIterator<Item = DialogAnswer>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            asked: Vec::new(),
        }
    }

    /// Queue one more answer.
    pub fn push(&mut self, answer: DialogAnswer) {
        self.answers.push_back(answer);
    }
}

impl Dialogs for ScriptedDialogs {
    fn ask(&mut self, request: &DialogRequest) -> DialogAnswer {
        self.asked.push(request.clone());
        self.answers.pop_front().unwrap_or(DialogAnswer::Cancelled)
    }
}

/// A [`ScriptedDialogs`] shared with the test that scripts it, so the test
/// can queue answers and read the questions while the app owns the dialogs.
#[derive(Clone, Debug, Default)]
pub struct SharedDialogs(pub std::sync::Arc<std::sync::Mutex<ScriptedDialogs>>);

impl Dialogs for SharedDialogs {
    fn ask(&mut self, request: &DialogRequest) -> DialogAnswer {
        match self.0.lock() {
            Ok(mut scripted) => scripted.ask(request),
            Err(_) => DialogAnswer::Unavailable,
        }
    }
}

/// The system's file dialogs (through `rfd`: the desktop portal, or
/// zenity). [`Dialogs::ask`] blocks until the user answers, so the app asks
/// on another thread ([`Dialogs::waits_for_user`]).
///
/// Where no dialog can open (no session bus for the portal and no zenity: a
/// bare classroom desktop), the answer is [`DialogAnswer::Unavailable`] and
/// the app asks for a typed path. `rfd` reports a dialog that failed to open
/// as a cancel; an answer faster than a person can give
/// ([`RfdDialogs::INSTANT`]) is taken for such a failure.
#[derive(Clone, Debug, Default)]
pub struct RfdDialogs {
    /// A dialog failed to open once: later questions are answered
    /// [`DialogAnswer::Unavailable`] at once.
    broken: bool,
}

impl RfdDialogs {
    /// An answer sooner than this is a dialog that did not open.
    pub const INSTANT: std::time::Duration = std::time::Duration::from_millis(120);

    /// Whether a system dialog can be expected to open here.
    fn available() -> bool {
        if cfg!(any(target_os = "windows", target_os = "macos")) {
            return true;
        }
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| std::path::Path::new(&dir).join("bus").exists());
        let zenity = std::env::var_os("PATH").is_some_and(|path| {
            std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file())
        });
        bus || zenity
    }
}

impl Dialogs for RfdDialogs {
    fn ask(&mut self, request: &DialogRequest) -> DialogAnswer {
        if self.broken || !Self::available() {
            return DialogAnswer::Unavailable;
        }
        let mut dialog = rfd::FileDialog::new().set_title(&request.title);
        for (name, extensions) in &request.filters {
            dialog = dialog.add_filter(name, extensions);
        }
        if let Some(name) = &request.file_name {
            dialog = dialog.set_file_name(name);
        }
        if let Some(dir) = &request.directory {
            dialog = dialog.set_directory(dir);
        }
        let started = std::time::Instant::now();
        let chosen: Option<Vec<PathBuf>> = match request.kind {
            DialogKind::PickFolder => dialog.pick_folder().map(|p| vec![p]),
            DialogKind::PickFile => dialog.pick_file().map(|p| vec![p]),
            DialogKind::PickFiles => dialog.pick_files(),
            DialogKind::SaveFile => dialog.save_file().map(|p| vec![p]),
        };
        match chosen {
            Some(paths) if !paths.is_empty() => DialogAnswer::Chosen(paths),
            _ if started.elapsed() < Self::INSTANT => {
                self.broken = true;
                DialogAnswer::Unavailable
            }
            _ => DialogAnswer::Cancelled,
        }
    }

    fn waits_for_user(&self) -> bool {
        true
    }
}
