//! What tests, benches and the host read of the window (the state, the
//! data in use, the tour playing, the caches), and the few entry points they
//! drive besides [`HeartlandApp::apply`] and [`HeartlandApp::show`].

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::HeartlandApp;
use super::dialogs::Dialogs;
use super::files::{PathPrompt, Recent};
use super::session::Session;
use crate::map::MapCache;
use crate::panels;
use crate::panels::tours::TourDraft;
use crate::scene::Scene;
use crate::shown::Shown;
use crate::state::State;
use crate::tour::Player;

impl HeartlandApp {
    /// Where the map was drawn in the last frame, if it was.
    pub fn map_rect(&self) -> Option<egui::Rect> {
        self.map_cache.last_transform.map(|t| t.rect)
    }

    /// Build the map's levels of detail ahead on another thread, as the
    /// window does (off in tests by default: they build what they draw).
    pub fn set_prefetch_levels(&mut self, enabled: bool) {
        self.scene.set_prefetch(enabled);
        if let Some(transform) = self.map_cache.last_transform {
            let near = self.scene.level_index_for(transform.km_per_point);
            self.scene.prefetch(self.state.projection, near);
        }
    }

    /// Use these dialogs to ask for files and folders (UI tests script
    /// them; the window uses the system's).
    pub fn set_dialogs(&mut self, dialogs: Box<dyn Dialogs>) {
        self.dialogs = Arc::new(Mutex::new(dialogs));
    }

    /// The data in use: dataset, edits, folder, background loads.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The tour being played, if any.
    pub fn player(&self) -> Option<&Player> {
        self.player.as_ref()
    }

    /// The tour being written in the editor.
    pub fn draft(&self) -> &TourDraft {
        &self.draft
    }

    /// The first-launch card is shown.
    pub fn shows_intro(&self) -> bool {
        self.show_intro
    }

    /// The last notice (the outcome of a file action, or why it failed),
    /// also once its toast has faded or been closed.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// What the panels hold that is not part of a view (the year playing,
    /// the fields open).
    pub fn panels(&self) -> &panels::PanelState {
        &self.ui
    }

    /// The notices floating over the window.
    pub fn toasts(&self) -> &panels::toasts::Toasts {
        &self.toasts
    }

    /// The typed-path prompt shown where no file dialog can open.
    pub fn prompt(&self) -> Option<&PathPrompt> {
        self.prompt.as_ref()
    }

    /// Files opened or saved lately.
    pub fn recent(&self) -> &Recent {
        &self.recent
    }

    /// What the user has chosen.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The scene cache (which levels are built).
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// What the view showed in the last frame.
    pub fn shown(&self) -> &Shown {
        self.shown.last()
    }

    /// The Plots panel (what it drew in the last frame).
    pub fn plots(&self) -> &panels::plots::PlotsState {
        &self.plots
    }

    /// The map's per-frame cache (last transform, hovered feature).
    pub fn map_cache(&self) -> &MapCache {
        &self.map_cache
    }

    /// Whether the "save before closing?" question is open.
    pub fn is_asking_to_close(&self) -> bool {
        self.asking_close
    }

    /// Whether the window has been told to close (the user chose to).
    pub fn is_closing(&self) -> bool {
        self.closing
    }

    /// Start loading a data folder on a background thread.
    pub fn open_data_folder(&mut self, dir: PathBuf, ctx: &egui::Context) {
        self.wake_with(ctx);
        self.session.open_folder(dir);
    }

    /// Import `paths` on a background thread (one at a time).
    pub fn start_import(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        self.wake_with(ctx);
        self.session.start_import(paths);
    }
}
