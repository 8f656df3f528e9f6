//! Where the data in use came from: the bundled set or a user's folder.

use std::path::PathBuf;

/// Where the data in use came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataSource {
    /// The data built into the program (`assets/data`).
    Bundled,
    /// A user's folder (files missing there come from the bundled data).
    Folder(PathBuf),
}

impl DataSource {
    /// How the source is shown to the user (in the window's language).
    pub fn describe(&self) -> String {
        match self {
            Self::Bundled => crate::i18n::tr("problem-source-bundled", "bundled data").into_owned(),
            Self::Folder(dir) => dir.display().to_string(),
        }
    }
}
