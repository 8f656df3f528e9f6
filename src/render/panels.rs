//! Figures of several map panels: small multiples (one panel per year) and
//! a comparison side by side (the view's two moments), in one figure with
//! one title, one legend for all, the attribution and the citation once.
//!
//! One layout ([`crate::figure::layout_grid`]) and one pass that paints
//! every panel's map make the PNG, the SVG and the PDF alike: the vector
//! figure takes each panel's layers from what its map drew in that pass
//! (`render::vector::map_layers`), as the single-map figure does.

use egui::TexturesDelta;

use super::vector::{self, VGroup, VectorFigure};
use super::{Caption, RenderError, Renderer, check_size, figure, raw_input};
use crate::figure::{DisplayList, LegendEntry};
use crate::map::{MapArgs, map_ui};
use crate::model::Dataset;
use crate::shown::Shown;
use crate::state::State;

/// The panels of a figure: what each shows and how it is titled.
#[derive(Clone, Debug)]
pub struct Panels {
    /// What each panel shows.
    pub states: Vec<State>,
    /// What is shown in each (computed once).
    pub shown: Vec<Shown>,
    /// Each panel's heading (its year or stance, in the figure's language).
    pub headings: Vec<String>,
    /// Each panel's key in the vector files' ids (`panel-1995`,
    /// `countries-1995`; `panel-a` and `panel-b` side by side).
    pub keys: Vec<String>,
    /// Panels per row.
    pub columns: usize,
    /// The figure's title.
    pub title: String,
}

impl Panels {
    /// Small multiples: `state` in each of `years`, `columns` per row,
    /// titled with the view's title over the span of the years.
    pub fn years(dataset: &Dataset, state: &State, years: &[i32], columns: usize) -> Self {
        let states: Vec<State> = super::motion::year_frames(state, years)
            .into_iter()
            .map(|f| f.state)
            .collect();
        let shown: Vec<Shown> = states.iter().map(|s| Shown::compute(dataset, s)).collect();
        let title = match (states.first(), shown.first()) {
            (Some(s), Some(sh)) => {
                super::motion::grid_title(&crate::figure::title(dataset, s, sh), s.year, years)
            }
            _ => crate::figure::title(dataset, state, &Shown::compute(dataset, state)),
        };
        let headings: Vec<String> = years.iter().map(ToString::to_string).collect();
        Self {
            keys: headings.clone(),
            headings,
            states,
            shown,
            columns: columns.max(1),
            title,
        }
    }

    /// A view compared side by side (`compare`, mode `side-by-side`): its
    /// two moments, each panel titled with its year or stance; `None` for
    /// any other view.
    pub fn side_by_side(dataset: &Dataset, state: &State) -> Option<Self> {
        use crate::shown::compare::{Moment, moments, side_state};
        let compare = state.compare.as_ref()?;
        if compare.mode != crate::state::CompareMode::SideBySide {
            return None;
        }
        let (a, b) = moments(dataset, state, compare)?;
        let states = vec![side_state(state, &a), side_state(state, &b)];
        let shown: Vec<Shown> = states.iter().map(|s| Shown::compute(dataset, s)).collect();
        let headings = vec![
            crate::figure::moment_label(dataset, &a),
            crate::figure::moment_label(dataset, &b),
        ];
        let title = match (&a, &b) {
            (Moment::Year(x), Moment::Year(y)) => super::motion::grid_title(
                &crate::figure::title(dataset, &states[0], &shown[0]),
                *x,
                &[*x, *y],
            ),
            _ => crate::shown::compare::both_title(&headings[0], &headings[1]),
        };
        Some(Self {
            states,
            shown,
            headings,
            keys: vec!["a".to_owned(), "b".to_owned()],
            columns: 2,
            title,
        })
    }
}

impl Renderer {
    /// Lay out the figure of `panels` (`base`: the view, for the theme and
    /// the framing), its text measured with the fonts.
    fn panels_layout(
        &mut self,
        dataset: &Dataset,
        base: &State,
        panels: &Panels,
        (size_px, scale): ([u32; 2], f32),
        caption: Option<&Caption>,
    ) -> (DisplayList, TexturesDelta) {
        let legends: Vec<Vec<LegendEntry>> = panels
            .states
            .iter()
            .zip(&panels.shown)
            .map(|(state, shown)| {
                figure::legend_entries(&crate::layers::legend::rows(
                    &crate::layers::legend::LegendInput {
                        dataset,
                        shown,
                        layers: state.layers,
                        analysis: &state.analysis,
                        theme: state.theme,
                    },
                ))
            })
            .collect();
        let legend = super::motion::merged_legend(&legends);
        let sources: std::collections::BTreeSet<String> = panels
            .shown
            .iter()
            .flat_map(|sh| crate::figure::figure_sources(dataset, sh))
            .collect();
        let sources: Vec<String> = sources.into_iter().collect();
        let attribution = crate::figure::attribution(dataset.as_of);
        let citation = crate::figure::citation(dataset.as_of, &sources);
        let columns = panels.columns.max(1);
        let rows = panels.states.len().div_ceil(columns).max(1);
        let panel_aspect = base
            .preset
            .filter(|_| base.fit_preset_pending)
            .and_then(|p| {
                super::preset_aspect(&crate::geometry::Projection::new(base.projection), p)
            })
            .unwrap_or(1.6);
        let size = [size_px[0] as f32 / scale, size_px[1] as f32 / scale];
        let input = crate::figure::GridInput {
            figure: crate::figure::FigureInput {
                size,
                title: &panels.title,
                legend: &legend,
                attribution: &attribution,
                citation: &citation,
                caption,
                subject_aspect: panel_aspect * columns as f32 / rows as f32,
                style: figure::style_of(base.theme),
            },
            panels: &panels.headings,
            columns,
        };
        crate::style::apply_style(&self.ctx, base.theme);
        let mut textures = TexturesDelta::default();
        let mut list = None;
        let measuring = self.ctx.run_ui(raw_input(size_px, scale), |ui| {
            let mut measure = figure::FontMeasure { ctx: ui.ctx() };
            list = Some(crate::figure::layout_grid(&input, &mut measure));
        });
        textures.append(measuring.textures_delta);
        let list = list.unwrap_or_else(|| {
            crate::figure::layout_grid(&input, &mut crate::figure::ApproxMeasure)
        });
        (list, textures)
    }

    /// The pass that paints `list` and every panel's map in its box;
    /// with `vectors`, each panel's layers as vectors too, taken right
    /// after its map is drawn.
    fn panels_run(
        &mut self,
        dataset: &Dataset,
        (base, panels): (&State, &Panels),
        (size_px, scale): ([u32; 2], f32),
        list: &DisplayList,
        vectors: bool,
    ) -> (egui::FullOutput, Vec<Vec<VGroup>>) {
        let boxes = list.map_boxes();
        let first_generation = self.shown_generation + 1;
        self.shown_generation += panels.states.len() as u64;
        let scene = &mut self.scene;
        let cache = &mut self.cache;
        let theme = base.theme;
        let mut layers = Vec::new();
        let output = self.ctx.run_ui(raw_input(size_px, scale), |ui| {
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    figure::paint(ui.painter(), list, theme);
                    let each = panels.states.iter().zip(&panels.shown).zip(&boxes);
                    for (i, ((state, shown), b)) in each.enumerate() {
                        let args = MapArgs {
                            state,
                            dataset,
                            shown,
                            shown_generation: first_generation + i as u64,
                            interactive: false,
                            data_generation: 0,
                            ocean_is_background: false,
                            in_figure: true,
                        };
                        let rect = egui::Rect::from_min_max(
                            egui::pos2(b.min[0], b.min[1]),
                            egui::pos2(b.max[0], b.max[1]),
                        );
                        ui.push_id(("panel", i), |ui| {
                            ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                                drop(map_ui(ui, &args, scene, cache));
                            });
                        });
                        if vectors {
                            layers.push(super::drawn_map_layers(
                                ui.ctx(),
                                (scene, cache),
                                (dataset, state, shown),
                                scale,
                            ));
                        }
                    }
                });
        });
        (output, layers)
    }

    /// Draw `panels` as a PNG image (`base`: the view, for the theme and
    /// the framing), with a tour step's caption band if given; returns the
    /// image and the figure's display list.
    ///
    /// # Errors
    /// A size or scale the renderer does not draw.
    pub fn render_panels(
        &mut self,
        dataset: &Dataset,
        (base, panels): (&State, &Panels),
        (size_px, scale): ([u32; 2], f32),
        caption: Option<&Caption>,
    ) -> Result<(image::RgbaImage, DisplayList), RenderError> {
        check_size(size_px, scale)?;
        let (list, mut textures) =
            self.panels_layout(dataset, base, panels, (size_px, scale), caption);
        let (output, _) = self.panels_run(dataset, (base, panels), (size_px, scale), &list, false);
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        textures.append(output.textures_delta);
        self.raster.apply_textures(&textures);
        textures.clear();
        let image = self.raster.render(
            &primitives,
            scale,
            size_px,
            figure::color32(list.background),
        );
        Ok((image, list))
    }

    /// [`Self::render_panels`] as a vector figure: the same layout and the
    /// same pass, each panel a group `panel-<key>` with its heading and its
    /// map's layers.
    ///
    /// # Errors
    /// A size or scale the renderer does not draw.
    pub fn vector_panels(
        &mut self,
        dataset: &Dataset,
        (base, panels): (&State, &Panels),
        (size_px, scale): ([u32; 2], f32),
        caption: Option<&Caption>,
    ) -> Result<VectorFigure, RenderError> {
        check_size(size_px, scale)?;
        let (list, mut textures) =
            self.panels_layout(dataset, base, panels, (size_px, scale), caption);
        // No image is drawn: the font atlas is not needed.
        textures.clear();
        let (mut output, layers) =
            self.panels_run(dataset, (base, panels), (size_px, scale), &list, true);
        output.textures_delta.clear();
        Ok(vector::build(
            &self.ctx,
            &list,
            (panels.title.clone(), base.theme),
            layers,
            &panels.keys,
        ))
    }
}
