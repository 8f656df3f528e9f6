//! Playing a guided tour in the window: loading it, stepping through it with
//! a camera flight to each step's view, framing each step, leaving it for
//! the view the user had. The flight and the steps' order are egui-free
//! ([`crate::tour::Player`]); this is their place in the frame.
//!
//! The framing of a step shown by a preset has one owner, here: the preset
//! is fitted into the rect the map is about to be drawn in
//! (`frame_tour_step`), every frame the rect changes (the
//! caption band settling under the map, a resized window), before the map
//! draws, so the map never fits a tour step itself.

use std::collections::BTreeSet;

use super::HeartlandApp;
use super::files::{Purpose, Recent, read_user_file};
use crate::command::{TourCommand, TourSource};
use crate::i18n::{Message, tr, trf};
use crate::tour::{self, Player, StepMove, Tour, TourError, Transition};

impl HeartlandApp {
    /// Move the camera along the tour's flight, if one is under way.
    pub(super) fn advance_transition(&mut self, ctx: &egui::Context) {
        let Some(transition) = self.player.as_mut().and_then(|p| p.transition.as_mut()) else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let (camera, done) = transition.at(now);
        self.state.camera = camera;
        if done {
            if let Some(player) = &mut self.player {
                player.transition = None;
            }
        } else {
            ctx.request_repaint();
        }
    }

    /// While a tour step framed by a preset is shown (no flight under way),
    /// fit the preset into `rect`, where the map is about to be drawn, when
    /// it is first shown and whenever the rect changes: the caption band
    /// takes its height over the first frames it is shown, and a window may
    /// be resized during a lesson.
    pub(super) fn frame_tour_step(&mut self, rect: egui::Rect) {
        let Some(player) = &self.player else {
            self.tour_fit_rect = None;
            return;
        };
        let Some(step) = player.tour.steps.get(player.index) else {
            return;
        };
        if player.transition.is_some() || step.view.camera.is_some() {
            return;
        }
        let Some(preset) = step.view.preset else {
            return;
        };
        if self.state.preset != Some(preset)
            || (self.tour_fit_rect == Some(rect) && !self.state.fit_preset_pending)
        {
            return;
        }
        self.tour_fit_rect = Some(rect);
        // Clear of the window's legend where it was last drawn (it keeps its
        // corner; its size follows the step's layers, known after drawing).
        let legend = self.map_cache.legend_rect.filter(|l| l.intersects(rect));
        if let Some(fitted) = crate::map::fit_camera_clear_of(
            self.scene.projection(self.state.projection),
            preset,
            rect,
            legend,
        ) {
            self.state.camera = fitted;
            self.state.fit_preset_pending = false;
        }
    }

    /// Show step `index` of the tour being played: its view, reached by a
    /// camera flight from where the map looks now.
    fn go_to_step(&mut self, ctx: &egui::Context, index: usize) {
        let Some(player) = &mut self.player else {
            return;
        };
        let Some(step) = player.tour.steps.get(index) else {
            return;
        };
        let mut target = step.state();
        target.show_panels = self.state.show_panels;
        target.legend = self.state.legend;
        // A preset is fitted here, for the flight, when the map's last rect
        // had the caption band under it; else (the tour's first step) it is
        // fitted before the map draws next frame, in the space the band
        // leaves (see `frame_tour_step`).
        if target.fit_preset_pending
            && self.caption_shown
            && let Some(preset) = target.preset
            && let Some(rect) = self.map_cache.last_transform.map(|t| t.rect)
            && let Some(fitted) = crate::map::fit_camera_clear_of(
                self.scene.projection(target.projection),
                preset,
                rect,
                self.map_cache.legend_rect.filter(|l| l.intersects(rect)),
            )
        {
            target.camera = fitted;
            target.fit_preset_pending = false;
        }
        let from = self.state.camera;
        player.index = index;
        player.transition = None;
        if !target.fit_preset_pending && from != target.camera {
            player.transition = Some(Transition {
                from,
                to: target.camera,
                start: None,
            });
            target.camera = from;
        }
        self.ui.playing = false;
        self.set_state(ctx, target);
        ctx.request_repaint();
    }

    /// Load a tour and play it from its first step; a tour that cannot be
    /// played leaves everything as it was and says why.
    pub(super) fn play_tour(&mut self, ctx: &egui::Context, source: TourSource) {
        let dataset = self.session.dataset();
        let loaded = match &source {
            TourSource::Bundled(name) => match tour::BUNDLED.iter().find(|(n, _)| n == name) {
                Some((_, json)) => {
                    Tour::load(json.as_bytes(), name, dataset).map_err(|e| join_errors(&e))
                }
                None => Err(trf(
                    "tourplay-no-bundled-tour",
                    "{ $name }: no bundled tour has this name",
                    &[("name", name)],
                )),
            },
            TourSource::File(path) => read_user_file(path).and_then(|bytes| {
                Tour::load(&bytes, &path.display().to_string(), dataset)
                    .map_err(|e| join_errors(&e))
            }),
        };
        let tour = match loaded {
            Ok(tour) => tour,
            Err(message) => {
                self.notify_error(Message::trf(
                    "tourplay-cannot-play",
                    "The tour cannot be played: { $reason }",
                    &[("reason", &message)],
                ));
                return;
            }
        };
        for warning in tour.warnings(&source.describe()) {
            self.notify(warning.message());
        }
        if let TourSource::File(path) = &source {
            Recent::push(&mut self.recent.tours, path);
        }
        let before = match self.player.take() {
            Some(player) => player.before,
            None => self.state.clone(),
        };
        // The levels of detail of the steps' projections, built ahead (in the
        // window) so that no flight waits for one.
        let mut kinds = BTreeSet::new();
        for step in &tour.steps {
            let state = step.state();
            if kinds.insert(state.projection) {
                let near = self.scene.level_index_for(state.camera.km_per_point());
                self.scene.prefetch(state.projection, near);
            }
        }
        self.player = Some(Player {
            tour,
            source,
            index: 0,
            before,
            transition: None,
        });
        self.go_to_step(ctx, 0);
    }

    /// Go to the step `to` leads to, unless the tour is there already.
    fn step(&mut self, ctx: &egui::Context, to: StepMove) {
        if let Some(player) = &self.player {
            let index = player.target(to);
            if index != player.index || player.transition.is_some() {
                self.go_to_step(ctx, index);
            }
        }
    }

    /// Carry out a tour command.
    pub(super) fn tour_command(&mut self, ctx: &egui::Context, command: TourCommand) {
        match command {
            TourCommand::Play(source) => self.play_tour(ctx, source),
            TourCommand::OpenFile => self.ask(ctx, Purpose::OpenTour),
            TourCommand::Next => self.step(ctx, StepMove::Next),
            TourCommand::Previous => self.step(ctx, StepMove::Previous),
            TourCommand::First => self.step(ctx, StepMove::First),
            TourCommand::Last => self.step(ctx, StepMove::Last),
            TourCommand::Leave => {
                if let Some(player) = self.player.take() {
                    self.set_state(ctx, player.before);
                }
            }
            TourCommand::ToggleEditor => {
                self.draft.open = !self.draft.open;
                if self.draft.open && self.draft.title.is_empty() {
                    self.draft.title = tr("tourplay-default-title", "My tour").into_owned();
                }
            }
            TourCommand::SaveDraft => match self.draft.to_tour() {
                Ok(tour) => self.ask(ctx, Purpose::SaveTour(tour)),
                Err(e) => {
                    self.draft.message = Some(trf(
                        "tourplay-not-saved",
                        "Not saved: { $reason }",
                        &[("reason", &e.shown())],
                    ));
                }
            },
            TourCommand::DismissIntro => self.show_intro = false,
        }
    }
}

/// Tour errors, one after the other.
fn join_errors(errors: &[TourError]) -> String {
    let lines: Vec<String> = errors.iter().map(TourError::shown).collect();
    lines.join("; ")
}
