//! View ▸ Compare in the window: the bar that chooses the mode and the
//! other moment, then either one difference map or two maps side by side
//! whose cameras are one (both paint the view's camera, and a drag or zoom
//! on either moves it), each titled with its year or stance, one legend
//! (the left map's) for both.

use crate::command::Command;
use crate::map::{MapArgs, MapCache, map_ui};
use crate::panels;
use crate::shown::ShownCache;
use crate::shown::compare::{Moment, moments, side_state};
use crate::state::CompareMode;

use super::HeartlandApp;

/// Gap between the two maps, points.
const GAP: f32 = 6.0;

/// What the two maps of a comparison keep between frames.
#[derive(Default)]
pub struct CompareMaps {
    shown: [ShownCache; 2],
    maps: [MapCache; 2],
}

impl CompareMaps {
    /// The map caches of the two sides (left, right) in the last frame.
    pub fn map_caches(&self) -> [&MapCache; 2] {
        [&self.maps[0], &self.maps[1]]
    }
}

impl HeartlandApp {
    /// The maps of a comparison: the bar, then one difference map or two
    /// maps side by side.
    pub(super) fn compare_maps(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let dataset = self.session.dataset();
        let mut commands =
            panels::compare::bar(ui, &self.state, dataset, self.session.year_range());
        let Some(compare) = self.state.compare.clone() else {
            return commands;
        };
        let sides = moments(dataset, &self.state, &compare);
        let (Some((a, b)), CompareMode::SideBySide) = (sides, compare.mode) else {
            // The difference (or a stance comparison without a stance):
            // one map of what the view shows.
            let args = MapArgs {
                state: &self.state,
                dataset,
                shown: self.shown.last(),
                shown_generation: self.shown.generation(),
                interactive: true,
                data_generation: self.session.generation(),
                ocean_is_background: self.window_clears_to_ocean,
                in_figure: false,
            };
            commands.extend(map_ui(ui, &args, &mut self.scene, &mut self.map_cache));
            return commands;
        };
        let rect = ui.available_rect_before_wrap();
        let half = (rect.width() - GAP) / 2.0;
        let columns = [
            egui::Rect::from_min_size(rect.min, egui::vec2(half, rect.height())),
            egui::Rect::from_min_size(
                egui::pos2(rect.min.x + half + GAP, rect.min.y),
                egui::vec2(half, rect.height()),
            ),
        ];
        ui.allocate_rect(rect, egui::Sense::hover());
        let moments = [a, b];
        // The right map follows a move of the left one in the same frame (a
        // move of the right one reaches the left one on the next frame,
        // asked for at once).
        let mut camera = None;
        for (i, (column, moment)) in columns.into_iter().zip(&moments).enumerate() {
            let mut side = side_state(&self.state, moment);
            if let Some(moved) = camera {
                side.camera = moved;
                side.fit_preset_pending = false;
            }
            self.compare.shown[i].get_in_background(
                self.session.dataset_arc(),
                self.session.generation(),
                &side,
            );
            let shown = self.compare.shown[i].last();
            let args = MapArgs {
                state: &side,
                dataset,
                shown,
                shown_generation: self.compare.shown[i].generation(),
                interactive: true,
                data_generation: self.session.generation(),
                ocean_is_background: false,
                // The right map leaves the legend to the left one.
                in_figure: i == 1,
            };
            let mut child = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(column)
                    .id_salt(("compare", i)),
            );
            child.label(
                egui::RichText::new(side_label(dataset, moment))
                    .heading()
                    .strong(),
            );
            if let [left, right] = &mut self.compare.maps
                && i == 1
            {
                // The base map's strokes are the left map's.
                right.share_base_from(left);
            }
            let drawn = map_ui(
                &mut child,
                &args,
                &mut self.scene,
                &mut self.compare.maps[i],
            );
            for command in &drawn {
                if let Command::SetCamera(c) | Command::PresetFitted(c) = command {
                    camera = Some(*c);
                    if i == 1 {
                        ui.ctx().request_repaint();
                    }
                }
            }
            commands.extend(drawn);
        }
        if self.compare.shown.iter().any(ShownCache::is_computing) {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(30));
        }
        commands
    }

    /// The two maps of a comparison (tests read their cameras).
    pub fn compare_maps_state(&self) -> &CompareMaps {
        &self.compare
    }
}

/// A side's heading: its year, or its stance.
fn side_label(dataset: &crate::model::Dataset, moment: &Moment) -> String {
    panels::compare::side_title(dataset, moment)
}
