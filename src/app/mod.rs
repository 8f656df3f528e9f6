//! The eframe application: panels around the map, the user's state, the data
//! in use, persistence between runs.
//!
//! Each frame, the panels and the map read [`State`] and return
//! [`Command`]s; they are applied at the end of the frame. The rooms:
//! - this module: the frame, the command dispatch, and the one place that
//!   asks the user (file questions, "save before closing?");
//! - [`session`]: the data in use (loading, edits, saving, importing), apart
//!   from the window and tested without it;
//! - `tour_player`: playing tours in the window;
//! - `closing`: closing the window, asking first about unsaved changes;
//! - `notices`: how an action went, as toasts;
//! - `files`: opening, saving and exporting files, recent files;
//! - `launch`: the work before the first frame, launch timing, [`run`];
//! - [`dialogs`]: the operating system's file dialogs behind a trait.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::command::{AppCommand, Command};
use crate::export::ExportFormat;
use crate::i18n::Message;
use crate::map::{MapArgs, MapCache, map_ui};
use crate::panels;
use crate::panels::tours::TourDraft;
use crate::scene::Scene;
use crate::shown::ShownCache;
use crate::state::{MetricsGraph, State};
use crate::style::apply_style;
use crate::tour::Player;

mod access;
mod animation;
mod closing;
mod compare;
pub mod dialogs;
mod files;
mod launch;
mod notices;
mod recovery;
pub mod session;
pub use recovery::RecoveryOffer;
mod tour_player;

use dialogs::{Asked, DialogAnswer, DialogsHandle};
pub use files::{PathPrompt, Purpose, Recent, is_importable_data_file, state_of_view};
pub use launch::{
    AppOptions, FirstFrameExit, Preload, build_opening_level, geo_problem, launch_frame_step,
    launch_step, run, window_icon,
};
pub use session::{Changed, SaveOutcome, Session};

pub use crate::panels::PRESENTATION_ZOOM;

/// The Heartland window.
pub struct HeartlandApp {
    state: State,
    /// The data in use.
    session: Session,
    scene: Scene,
    /// What the view shows, recomputed when the data or a choice changes.
    shown: ShownCache,
    map_cache: MapCache,
    compare: compare::CompareMaps,
    ui: panels::PanelState,
    /// Launch-time measurement.
    first_frame_exit: FirstFrameExit,
    /// The window is cleared to the ocean colour before each frame is
    /// painted (eframe with OpenGL; see [`eframe::App::clear_color`]).
    window_clears_to_ocean: bool,
    /// How the app asks the user for files and folders (shared with the
    /// thread a blocking system dialog runs on).
    dialogs: DialogsHandle,
    /// A dialog open on another thread, and what its answer is for.
    pending_dialog: Option<Receiver<(Purpose, DialogAnswer)>>,
    /// A dialog's answer taken from the thread, acted on in the frame.
    deferred_answer: Option<(Purpose, DialogAnswer)>,
    /// A PNG export under way on another thread.
    pending_export: Option<Receiver<Result<Message, Message>>>,
    /// File ▸ Export animation: the window and the animation being written.
    animation: animation::AnimationExport,
    /// Where no dialog could open: the path being typed.
    prompt: Option<PathPrompt>,
    /// The tour being played.
    player: Option<Player>,
    /// The tour being written.
    draft: TourDraft,
    /// Show the first-launch card.
    show_intro: bool,
    /// Files opened or saved lately.
    recent: Recent,
    /// The language the user chose in View ▸ Language (`None`: never
    /// chosen, the system's is followed), remembered between runs.
    language: Option<crate::i18n::Locale>,
    /// The last notice (the outcome of a file action, or why it failed);
    /// shown as a toast in [`Self::toasts`].
    notice: Option<String>,
    /// The notices floating over the window.
    toasts: panels::toasts::Toasts,
    /// The session's status last shown as a notice.
    last_status: Option<String>,
    /// The Plots panel and its metrics cache.
    plots: panels::plots::PlotsState,
    /// The "save before closing?" question is open.
    asking_close: bool,
    /// The user chose to close; do not ask again.
    closing: bool,
    /// The user chose "Save" when closing and a folder is being asked for:
    /// close once saved, stay if the question is cancelled.
    close_after_save: bool,
    /// The window title last sent.
    title: String,
    /// Turn on building levels of detail ahead once the first frame is
    /// presented (the window).
    prefetch_after_first_frame: bool,
    /// The tour caption band was under the map in the last frame (so the
    /// map's last rect is what a step's preset is fitted into).
    caption_shown: bool,
    /// The map rect a tour step's preset was last fitted into.
    tour_fit_rect: Option<egui::Rect>,
    /// Unsaved edits of an earlier session that ended without saving
    /// them, offered for restoring.
    recovery_offer: Option<RecoveryOffer>,
}

impl HeartlandApp {
    /// Background work of the session asks `ctx` to draw again when done.
    fn wake_with(&mut self, ctx: &egui::Context) {
        if !self.session.has_wake() {
            let ctx = ctx.clone();
            self.session
                .set_wake(Arc::new(move || ctx.request_repaint()));
        }
    }

    /// Do `act` on the session and follow what it changed.
    fn follow_session(&mut self, act: impl FnOnce(&mut Session) -> Changed) {
        let changed = act(&mut self.session);
        self.follow(changed);
    }

    /// Follow what the session changed: what no longer exists is
    /// deselected, forms close, the problems panel opens, the year stays in
    /// the data's years.
    fn follow(&mut self, changed: Changed) {
        if changed.replaced {
            let dataset = self.session.dataset();
            if let Some(code) = self.state.selection.country
                && !dataset.countries.contains_key(&code)
            {
                self.state.selection = Default::default();
            }
            self.state
                .organizations
                .retain(|o| dataset.organizations.contains_key(o));
            self.ui.show_problems = !self.session.problems().is_empty();
            self.ui.form = None;
        }
        if changed.data {
            self.state.year = self.session.clamp_year(self.state.year);
        }
        if changed.problems {
            self.ui.show_problems = true;
        }
    }

    /// Replace the state, keeping the window's look in step (theme; the
    /// presentation zoom is kept, as `show_panels` is).
    fn set_state(&mut self, ctx: &egui::Context, mut state: State) {
        state.show_panels = self.state.show_panels;
        state.legend = self.state.legend;
        state.year = self.session.clamp_year(state.year);
        let theme_changed = state.theme != self.state.theme;
        self.state = state;
        if theme_changed {
            apply_style(ctx, self.state.theme);
        }
    }

    /// Save the changes; the bundled data asks for a new folder first (and
    /// is saved when the folder is chosen, see `answered`).
    fn save(&mut self, ctx: &egui::Context) -> SaveOutcome {
        let outcome = self.session.save();
        if outcome == SaveOutcome::NeedsFolder {
            self.ask(ctx, Purpose::SaveInto);
        }
        outcome
    }

    /// One frame of the whole window; used by eframe and by UI tests.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.start_frame(&ctx);
        let mut commands = Vec::new();
        // Before any widget, so the keys that step a tour do not also move
        // a slider.
        commands.extend(panels::keys::handle(
            &ctx,
            &self.state,
            self.player.is_some(),
        ));
        commands.extend(panels::files::dropped_files(&ctx));
        self.advance_transition(&ctx);
        self.bars(ui, &mut commands);
        self.shown.get_in_background(
            self.session.dataset_arc(),
            self.session.generation(),
            &self.state,
        );
        if self.shown.is_computing() {
            // Results from other threads are picked up on the next frame.
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
        if self.state.show_panels {
            self.side_panels(ui, &mut commands);
        }
        // Under the map, in the map's column: the map keeps the space above.
        if let Some(player) = &self.player {
            commands.extend(panels::tours::caption_box(
                ui,
                player,
                self.session.dataset(),
            ));
        }
        self.caption_shown = self.player.is_some();
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| commands.extend(self.map(ui)));
        self.windows(&ctx, &mut commands);
        for command in commands {
            self.apply(&ctx, command);
        }
        self.close_if_saved(&ctx);
        self.prefetch_once_presented(&ctx);
    }

    /// What comes before any widget: background work taken, dropped data
    /// imported, the close request, the title, a dialog's answer, the style.
    fn start_frame(&mut self, ctx: &egui::Context) {
        self.wake_with(ctx);
        let changed = self.session.poll();
        self.follow(changed);
        self.recovery_frame(ctx);
        self.poll_dialog();
        self.poll_export();
        self.import_dropped_data_files(ctx);
        self.status_notice();
        self.handle_close_request(ctx);
        // Ctrl +/−/0 are in the one table of shortcuts (panels::keys).
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        self.update_title(ctx);
        if let Some((purpose, answer)) = self.deferred_answer.take() {
            self.answered(ctx, purpose, answer);
        }
        apply_style(ctx, self.state.theme);
        if self.session.is_importing() {
            // The progress bar moves while the import thread reads.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// The toolbar, the close question and the time bar.
    fn bars(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let session = &self.session;
        let (state, shown) = (&self.state, self.shown.last());
        let window_map = self
            .map_cache
            .last_transform
            .map(|t| [t.rect.width(), t.rect.height()]);
        let preview = |ctx: &egui::Context| {
            let list = crate::render::export_preview_list(
                ctx,
                session.dataset(),
                state,
                shown,
                window_map,
            );
            panels::files::ExportPreview {
                list,
                window_map: window_map.filter(|_| !state.fit_preset_pending),
                theme: state.theme,
            }
        };
        commands.extend(panels::toolbar(
            ui,
            &self.state,
            &mut self.ui,
            &panels::DataInfo {
                source: session.source(),
                problems: session.problems().len(),
                loading: session.is_loading(),
                unsaved: session.is_dirty(),
                undo: session.history().next_undo().map(|m| m.shown()),
                redo: session.history().next_redo().map(|m| m.shown()),
                importing: session.import_progress(),
                status: session.status_message(),
                recent_tours: &self.recent.tours,
                recent_views: &self.recent.views,
                tour_playing: self.player.is_some(),
                export_preview: Some(&preview),
            },
        ));
        if self.asking_close {
            commands.extend(panels::close_question(ui));
        }
        self.banners(ui, commands);
        // The year stays in presentation mode: it is what a class is shown.
        commands.extend(panels::time_bar(
            ui,
            &self.state,
            self.session.year_range(),
            &mut self.ui,
        ));
    }

    /// The problems, plots, layers and inspector panels.
    fn side_panels(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let dataset = self.session.dataset();
        let generation = self.session.generation();
        let votes = if self.state.analysis.graph == MetricsGraph::UnVoteAgreement {
            self.shown.vote_index(dataset, generation)
        } else {
            Arc::default()
        };
        let input = panels::plots::PlotsInput {
            dataset,
            data_generation: generation,
            state: &self.state,
            shown: self.shown.last(),
            shown_generation: self.shown.generation(),
            years: self.session.year_range(),
            votes,
        };
        commands.extend(panels::plots::plots_panel(ui, &mut self.plots, &input));
        // Above the plots: opening or closing the problems moves only the map.
        if self.ui.show_problems && !self.session.problems().is_empty() {
            panels::problems(ui, self.session.problems(), &mut self.ui);
        }
        let data = (dataset, generation);
        commands.extend(panels::layers_panel(ui, &self.state, data, &mut self.ui));
        // The map's metrics when it has them (same graph and year), else the
        // plots' cache.
        let metrics = self.state.selection.country.map(|_| {
            input
                .shown
                .metrics
                .clone()
                .unwrap_or_else(|| self.plots.metrics_now(&input))
        });
        commands.extend(panels::inspector(
            ui,
            &self.state,
            dataset,
            &mut self.ui.form,
            panels::inspector::InspectorAnalysis {
                metrics: metrics.as_deref(),
                derived: &self.shown.last().derived,
            },
        ));
    }

    /// The map, in the central panel; a tour step is framed first.
    fn map(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        self.frame_tour_step(ui.available_rect_before_wrap());
        if self.state.compare.is_some() {
            return self.compare_maps(ui);
        }
        let args = MapArgs {
            state: &self.state,
            dataset: self.session.dataset(),
            shown: self.shown.last(),
            shown_generation: self.shown.generation(),
            interactive: true,
            data_generation: self.session.generation(),
            ocean_is_background: self.window_clears_to_ocean,
            in_figure: false,
        };
        map_ui(ui, &args, &mut self.scene, &mut self.map_cache)
    }

    /// The windows over the map: tour editor, find, help, first-launch
    /// card, typed-path prompt.
    fn windows(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if self.draft.open {
            commands.extend(panels::tours::editor(ctx, &mut self.draft, &self.state));
        }
        if let Some(text) = &mut self.ui.find {
            let (found, keep) =
                panels::files::find_country(ctx, text, self.session.dataset(), &self.state);
            commands.extend(found);
            if !keep {
                self.ui.find = None;
            }
        }
        if self.ui.show_help {
            panels::keys::help(ctx, &mut self.ui.show_help);
        }
        if self.show_intro && self.player.is_none() {
            commands.extend(panels::tours::intro_card(ctx));
        }
        if let Some(prompt) = &mut self.prompt {
            let spec = prompt.purpose.prompt_spec();
            match panels::files::path_prompt(ctx, &spec, &mut prompt.text, &mut prompt.focused) {
                panels::files::PromptOutcome::Typing => {}
                panels::files::PromptOutcome::Cancel => self.prompt = None,
                panels::files::PromptOutcome::Path(path) => {
                    if let Some(prompt) = self.prompt.take() {
                        self.answered(ctx, prompt.purpose, DialogAnswer::Chosen(vec![path]));
                    }
                }
            }
        }
        self.animation_window(ctx);
        // Over everything, under the toolbar: never pushes a panel.
        self.toasts.show(ctx, self.ui.time_bar_top);
    }

    /// Carry out what the user asked for, as the panels and the map do at
    /// the end of a frame (also used by benchmarks and tests).
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        self.wake_with(ctx);
        let theme_before = self.state.theme;
        let panels_before = self.state.show_panels;
        let selection_before = self.state.selection.clone();
        if let Some(app_command) = command.apply(&mut self.state) {
            self.dispatch(ctx, app_command);
        }
        if self.state.selection != selection_before {
            // An edit form belongs to what was selected.
            self.ui.form = None;
        }
        if self.state.theme != theme_before {
            apply_style(ctx, self.state.theme);
        }
        if self.state.show_panels != panels_before {
            // Presentation mode: everything larger for the back of the room,
            // on top of whatever zoom the user chose (Ctrl +/−).
            let zoom = ctx.zoom_factor();
            ctx.set_zoom_factor(if self.state.show_panels {
                zoom / PRESENTATION_ZOOM
            } else {
                zoom * PRESENTATION_ZOOM
            });
        }
    }

    /// Carry out a command that needs more than the state. Every command is
    /// named: one nobody handles does not compile.
    fn dispatch(&mut self, ctx: &egui::Context, command: AppCommand) {
        match command {
            AppCommand::OpenDataFolder(dir) => self.session.open_folder(dir),
            AppCommand::SetLanguage(locale) => {
                // Every string is asked for each frame: the next one speaks
                // the new language, no restart.
                crate::i18n::set_locale(locale);
                self.language = Some(locale);
                ctx.request_repaint();
            }
            AppCommand::OpenPlots(tab) => (self.plots.open, self.plots.tab) = (true, tab),
            AppCommand::UseBundledData => self.follow_session(Session::use_bundled),
            AppCommand::Edit(edits) => self.follow_session(|s| s.apply_edits(edits)),
            AppCommand::Undo => self.follow_session(Session::undo),
            AppCommand::Redo => self.follow_session(Session::redo),
            AppCommand::Save => {
                let _ = self.save(ctx);
            }
            AppCommand::SaveInto(dir) => {
                let _ = self.session.save_into(dir);
            }
            AppCommand::Reload => self.follow_session(Session::reload),
            AppCommand::AskImport => self.ask(ctx, Purpose::Import),
            AppCommand::Import(paths) => self.session.start_import(paths),
            AppCommand::CancelImport => self.session.cancel_import(),
            AppCommand::AnswerSupersede(yes) => {
                self.follow_session(|s| s.answer_supersede(yes));
            }
            AppCommand::CloseAnswer(answer) => self.answer_close(answer, ctx),
            AppCommand::Quit => self.quit(ctx),
            AppCommand::TogglePlay => self.toggle_play(ctx),
            AppCommand::Tour(tour_command) => self.tour_command(ctx, tour_command),
            AppCommand::File(file_command) => self.file_command(ctx, file_command),
        }
    }

    /// Play or pause the years; playing from the last year starts again
    /// from the first.
    fn toggle_play(&mut self, ctx: &egui::Context) {
        self.ui.playing = !self.ui.playing;
        self.ui.last_step = ctx.input(|i| i.time);
        let (first, last) = self.session.year_range();
        if self.ui.playing && self.state.year >= last {
            self.state.year = first;
        }
        ctx.request_repaint();
    }

    /// Ask the user for a path for `purpose`: scripted dialogs answer at
    /// once; a system dialog runs on another thread and is polled.
    fn ask(&mut self, ctx: &egui::Context, purpose: Purpose) {
        if self.pending_dialog.is_some() {
            self.notify_dialog_busy();
            return;
        }
        let repaint = ctx.clone();
        let request = purpose.request();
        match dialogs::ask(&self.dialogs, request, purpose, move || {
            repaint.request_repaint();
        }) {
            Ok(Asked::Now(purpose, answer)) => self.answered(ctx, purpose, answer),
            Ok(Asked::Later(rx)) => self.pending_dialog = Some(rx),
            Err(e) => self.notify_error(Message::trf(
                "notice-no-dialog",
                "Cannot open a file dialog: { $error }",
                &[("error", &e)],
            )),
        }
    }

    /// Take the answer of a dialog open on another thread, if it came.
    fn poll_dialog(&mut self) {
        let Some(rx) = &self.pending_dialog else {
            return;
        };
        match rx.try_recv() {
            Ok((purpose, answer)) => {
                self.pending_dialog = None;
                self.deferred_answer = Some((purpose, answer));
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => self.pending_dialog = None,
        }
    }

    /// No dialog could open: ask for a typed path. The data's own questions
    /// (import, save into) use their own typed-path fields.
    fn ask_typed(&mut self, purpose: Purpose) {
        match purpose {
            Purpose::Import => self.ui.show_import = true,
            Purpose::SaveInto => {
                self.ui.show_save_as = true;
                self.session.set_status(Message::tr(
                    "status-bundled-never-written",
                    "The bundled data is never written: type a new folder to save into.",
                ));
            }
            purpose @ (Purpose::OpenAny
            | Purpose::OpenView
            | Purpose::OpenTour
            | Purpose::OpenDataFolder
            | Purpose::SaveView(_)
            | Purpose::SaveTour(_)
            | Purpose::ExportPng(..)
            | Purpose::ExportCsv
            | Purpose::ExportJson
            | Purpose::ExportAnimation(_)) => {
                self.prompt = Some(PathPrompt {
                    purpose,
                    text: String::new(),
                    focused: false,
                });
            }
        }
    }

    /// Continue `purpose` with the user's answer.
    fn answered(&mut self, ctx: &egui::Context, purpose: Purpose, answer: DialogAnswer) {
        let paths = match answer {
            DialogAnswer::Chosen(paths) => paths,
            DialogAnswer::Cancelled => return,
            DialogAnswer::Unavailable => {
                self.ask_typed(purpose);
                return;
            }
        };
        if let Purpose::Import = purpose {
            self.session.start_import(paths);
            return;
        }
        let Some(path) = paths.into_iter().next() else {
            return;
        };
        match purpose {
            Purpose::SaveInto => {
                let _ = self.session.save_into(path);
            }
            Purpose::Import => self.session.start_import(vec![path]),
            Purpose::OpenAny => self.open_path(ctx, &path),
            Purpose::OpenView => self.open_view(ctx, &path),
            Purpose::OpenTour => self.play_tour(ctx, crate::command::TourSource::File(path)),
            Purpose::OpenDataFolder => self.session.open_folder(path),
            Purpose::SaveView(view) => self.save_view(&view, &path),
            Purpose::SaveTour(tour) => self.save_tour(&tour, &path),
            Purpose::ExportPng(state, size) => self.export_png(ctx, &state, size, path),
            Purpose::ExportCsv => self.export_data(ExportFormat::Csv, &path),
            Purpose::ExportJson => self.export_data(ExportFormat::Json, &path),
            Purpose::ExportAnimation(request) => self.start_animation(ctx, &request, path),
        }
    }
}
