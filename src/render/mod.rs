//! Headless rendering of a view to a PNG, with no display and no GPU.
//!
//! The map is painted by the very same code as in the window
//! ([`crate::map::map_ui`] inside the same style), in a headless
//! [`egui::Context`]; egui tessellates it and [`raster::Rasterizer`] draws the
//! triangles on the CPU. Starting wgpu on a software Vulkan driver alone costs
//! several hundred milliseconds on a machine without a GPU, which is why the
//! export does not go through it.

mod caption;
pub mod figure;
pub mod motion;
pub mod panels;
pub mod pdf;
pub mod png_rows;
pub mod raster;
pub mod svg;
pub mod timings;
pub mod vector;

pub use caption::{Caption, band_colors, caption_band};

use std::path::Path;
use std::sync::Arc;

use crate::figure::{ApproxMeasure, DisplayList};
use crate::geometry::{GeoAssets, Projection, ProjectionKind};
use crate::map::{MapArgs, MapCache, map_ui};
use crate::model::Dataset;
use crate::scene::Scene;
use crate::shown::Shown;
use crate::state::State;

/// Largest image side we render, in pixels (a 8192 × 8192 RGBA image is
/// 256 MB; beyond that a typo like `16000x10000` should be an error, not an
/// out-of-memory).
pub const MAX_SIDE_PX: u32 = 8192;

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The requested size is zero or too large.
    #[error("size {width}x{height} is not allowed: each side must be 16..={MAX_SIDE_PX} pixels")]
    BadSize {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
    },
    /// The scale (pixels per point) is not usable.
    #[error("scale {scale} is not allowed: it must be between 0.25 and 8")]
    BadScale {
        /// Requested scale.
        scale: f32,
    },
    /// The bundled map geometry could not be decoded (a build problem).
    #[error("the map geometry could not be loaded: {reason}")]
    Geometry {
        /// What went wrong.
        reason: String,
    },
    /// A vector figure could not be written.
    #[error("{file}: cannot write the {format}: {reason}")]
    WriteFile {
        /// Output file.
        file: String,
        /// "SVG", "PDF".
        format: &'static str,
        /// What went wrong.
        reason: String,
    },
    /// The PNG could not be written.
    #[error("{file}: cannot write the PNG: {reason}")]
    Write {
        /// Output file.
        file: String,
        /// What went wrong.
        reason: String,
    },
}

/// Parse `WIDTHxHEIGHT` (e.g. `1600x1000`).
pub fn parse_size(s: &str) -> Result<[u32; 2], String> {
    let (w, h) = s
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("size `{s}` should look like 1600x1000"))?;
    let parse = |v: &str, what: &str| {
        v.trim()
            .parse::<u32>()
            .map_err(|_| format!("size `{s}`: the {what} `{v}` is not a whole number"))
    };
    Ok([parse(w, "width")?, parse(h, "height")?])
}

/// The canvas, in points, at which the map looks as it does in a typical
/// window. Larger exports scale text, lines and symbols by
/// [`export_scale`] so that a 3840 × 2160 slide shows what a 1778 × 1000
/// window shows, every label as large relative to the picture.
pub const REFERENCE_SIZE_PT: [f32; 2] = [1600.0, 1000.0];

/// The pixels per point for an export of `size_px`: 1 up to
/// [`REFERENCE_SIZE_PT`], beyond it the ratio of the smaller side
/// (1920 × 1080 → 1.08, 3840 × 2160 → 2.16).
pub fn export_scale(size_px: [u32; 2]) -> f32 {
    let sx = size_px[0] as f32 / REFERENCE_SIZE_PT[0];
    let sy = size_px[1] as f32 / REFERENCE_SIZE_PT[1];
    sx.min(sy).max(1.0)
}

/// The smallest and largest scale accepted by [`Renderer::render_with`].
pub const SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.25..=8.0;

/// Everything needed to render, kept between frames so that repeated renders
/// (benchmarks, tours) reuse the scene cache and the font atlas.
pub struct Renderer {
    ctx: egui::Context,
    /// The projected levels of the map, built when first drawn.
    pub scene: Scene,
    cache: MapCache,
    raster: raster::Rasterizer,
    /// What the last frame showed; recomputed for every frame, since a
    /// renderer may be handed a different dataset each time.
    shown: Shown,
    /// Bumped for every frame (the map's caches key on it).
    shown_generation: u64,
}

impl Renderer {
    /// A renderer over the given geometry.
    pub fn new(geo: Arc<GeoAssets>) -> Self {
        let ctx = egui::Context::default();
        // The window's fonts, with the fallback that draws ə, ʻ and the
        // Kazakh letters (names in figures and slides).
        crate::fonts::install(&ctx);
        // Figures draw their text unhinted, as their SVG and PDF do: the
        // outlines as designed, not bent to this size's pixel grid (a
        // figure is scaled in a document or on a slide). Hinting is for the
        // window's small text on screen, and it ran the fonts' programs
        // again at every change of size: a twentieth of `heartland
        // render`'s time.
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            ctx.style_mut_of(theme, |style| {
                style.visuals.text_options.font_hinting = false;
            });
        }
        Self {
            ctx,
            scene: Scene::new(geo),
            cache: MapCache::default(),
            raster: raster::Rasterizer::new(),
            shown: Shown::default(),
            shown_generation: 0,
        }
    }

    /// Run one egui frame of the map at `size_px` (1 pixel per point) and
    /// return what egui produced, tessellated. Used by [`Self::render`] and by
    /// the frame benchmark.
    pub fn frame(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
    ) -> (Vec<egui::ClippedPrimitive>, egui::TexturesDelta) {
        self.frame_with(dataset, state, size_px, 1.0, None)
    }

    /// Run one egui frame at `size_px` with `scale` pixels per point (the
    /// map, its legend and labels are laid out on `size_px / scale` points),
    /// with an optional caption band under the map.
    pub fn frame_with(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
        scale: f32,
        caption: Option<&Caption>,
    ) -> (Vec<egui::ClippedPrimitive>, egui::TexturesDelta) {
        let size = egui::vec2(size_px[0] as f32, size_px[1] as f32) / scale;
        let mut raw_input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            ..Default::default()
        };
        raw_input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(scale);
        crate::style::apply_style(&self.ctx, state.theme);
        // A new panel for each caption and image size: the band's height
        // is its own, not the previous slide's.
        let band_id = ("caption band", caption, size_px, scale.to_bits());
        let mut textures = egui::TexturesDelta::default();
        if let Some(caption) = caption {
            // egui fits a new panel to its content only from its second
            // frame on: a first, cheap pass lays out the band alone.
            let sizing = self.ctx.run_ui(raw_input.clone(), |ui| {
                caption_band(ui, band_id, caption, state.theme, |_| {});
            });
            textures.append(sizing.textures_delta);
        }
        self.shown = Shown::compute(dataset, state);
        self.shown_generation += 1;
        let scene = &mut self.scene;
        let cache = &mut self.cache;
        let shown = &self.shown;
        let shown_generation = self.shown_generation;
        let output = self.ctx.run_ui(raw_input, |ui| {
            if let Some(caption) = caption {
                caption_band(ui, band_id, caption, state.theme, |_| {});
            }
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    let args = MapArgs {
                        state,
                        dataset,
                        shown,
                        shown_generation,
                        interactive: false,
                        data_generation: 0,
                        ocean_is_background: false,
                        in_figure: false,
                    };
                    // Headless: commands (the fitted preset camera) are
                    // already applied within the frame; nothing to keep.
                    drop(map_ui(ui, &args, scene, cache));
                });
        });
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        textures.append(output.textures_delta);
        (primitives, textures)
    }

    /// The map's cache (how often fills and lines were rebuilt).
    pub fn map_cache(&self) -> &MapCache {
        &self.cache
    }

    /// What the last frame showed.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// Where a geographic point was drawn in the last frame (pixels).
    pub fn screen_pos_of(&self, p: crate::geometry::LonLat) -> Option<egui::Pos2> {
        self.cache.screen_pos_of(p)
    }

    /// Render a view to an image of `size_px` pixels, one pixel per point
    /// (exactly what a window of that size shows).
    pub fn render(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
    ) -> Result<image::RgbaImage, RenderError> {
        check_size(size_px, 1.0)?;
        let (primitives, mut textures) = self.frame_with(dataset, state, size_px, 1.0, None);
        self.raster.apply_textures(&textures);
        textures.clear();
        let clear = crate::palette::Palette::of(state.theme).ocean;
        Ok(self.raster.render(&primitives, 1.0, size_px, clear))
    }

    /// Render a view as a figure ([`crate::figure`]): the title above the
    /// map, the legend beside or below it, an optional tour caption band,
    /// the attribution and the citation, at `size_px` pixels and `scale`
    /// pixels per point (see [`export_scale`]), the map framed as the view
    /// says.
    pub fn render_with(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
        scale: f32,
        caption: Option<&Caption>,
    ) -> Result<image::RgbaImage, RenderError> {
        self.render_figure(dataset, state, size_px, scale, caption, Framing::View)
            .map(|(image, _)| image)
    }

    /// [`Self::render_with`] with a choice of framing; also returns the
    /// figure's display list.
    pub fn render_figure(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
        scale: f32,
        caption: Option<&Caption>,
        framing: Framing,
    ) -> Result<(image::RgbaImage, DisplayList), RenderError> {
        check_size(size_px, scale)?;
        let (primitives, mut textures, list) =
            self.figure_frame(dataset, state, size_px, scale, caption, framing);
        self.raster.apply_textures(&textures);
        textures.clear();
        let clear = figure::color32(list.background);
        let image = self.raster.render(&primitives, scale, size_px, clear);
        Ok((image, list))
    }

    /// Lay out and paint a figure (two egui passes: the first measures the
    /// text with the fonts, the second paints); returns what egui
    /// produced, tessellated, and the display list. The map's camera is in
    /// [`Self::map_cache`] afterwards.
    pub fn figure_frame(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
        scale: f32,
        caption: Option<&Caption>,
        framing: Framing,
    ) -> (
        Vec<egui::ClippedPrimitive>,
        egui::TexturesDelta,
        DisplayList,
    ) {
        let (list, textures) = self.figure_layout(dataset, state, size_px, scale, caption, framing);
        self.figure_paint(dataset, state, (size_px, scale), framing, list, textures)
    }

    /// The first pass of [`Self::figure_frame`]: what is shown, and the
    /// figure laid out with the fonts.
    pub fn figure_layout(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
        scale: f32,
        caption: Option<&Caption>,
        framing: Framing,
    ) -> (DisplayList, egui::TexturesDelta) {
        let raw_input = raw_input(size_px, scale);
        crate::style::apply_style(&self.ctx, state.theme);
        self.shown = Shown::compute(dataset, state);
        self.shown_generation += 1;
        let shown = &self.shown;
        let size = [size_px[0] as f32 / scale, size_px[1] as f32 / scale];
        let mut textures = egui::TexturesDelta::default();
        let mut list = None;
        let measuring = self.ctx.run_ui(raw_input.clone(), |ui| {
            let mut measure = figure::FontMeasure { ctx: ui.ctx() };
            list = Some(figure_list(
                &mut measure,
                dataset,
                state,
                shown,
                size,
                caption,
                framing,
            ));
        });
        textures.append(measuring.textures_delta);
        let list = list.unwrap_or_else(|| {
            figure_list(
                &mut ApproxMeasure,
                dataset,
                state,
                shown,
                size,
                caption,
                framing,
            )
        });
        (list, textures)
    }

    /// The second pass of [`Self::figure_frame`]: paint `list`, the map in
    /// its box.
    fn figure_paint(
        &mut self,
        dataset: &Dataset,
        state: &State,
        (size_px, scale): ([u32; 2], f32),
        framing: Framing,
        list: DisplayList,
        mut textures: egui::TexturesDelta,
    ) -> (
        Vec<egui::ClippedPrimitive>,
        egui::TexturesDelta,
        DisplayList,
    ) {
        let output = self.figure_run(dataset, state, (size_px, scale), framing, &list);
        timings::mark("map painted");
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        textures.append(output.textures_delta);
        (primitives, textures, list)
    }

    /// Run the pass that paints `list` and the map in its box (the map's
    /// cache then holds what it drew); returns egui's output.
    fn figure_run(
        &mut self,
        dataset: &Dataset,
        state: &State,
        (size_px, scale): ([u32; 2], f32),
        framing: Framing,
        list: &DisplayList,
    ) -> egui::FullOutput {
        let raw_input = raw_input(size_px, scale);
        let shown = &self.shown;
        let map_rect = map_rect_of(list);
        let framed;
        let map_state = match framing {
            Framing::View => state,
            Framing::Window { map_size } => {
                let mut s = state.clone();
                s.camera = crate::figure::frame_extent(
                    state.camera,
                    map_size,
                    [map_rect.width(), map_rect.height()],
                );
                s.fit_preset_pending = false;
                framed = s;
                &framed
            }
        };
        let scene = &mut self.scene;
        let cache = &mut self.cache;
        let shown_generation = self.shown_generation;
        let theme = state.theme;
        let list_ref = list;
        self.ctx.run_ui(raw_input, |ui| {
            egui::CentralPanel::default()
                .frame(egui::Frame::NONE)
                .show(ui, |ui| {
                    figure::paint(ui.painter(), list_ref, theme);
                    let args = MapArgs {
                        state: map_state,
                        dataset,
                        shown,
                        shown_generation,
                        interactive: false,
                        data_generation: 0,
                        ocean_is_background: false,
                        in_figure: true,
                    };
                    ui.scope_builder(egui::UiBuilder::new().max_rect(map_rect), |ui| {
                        drop(map_ui(ui, &args, scene, cache));
                    });
                });
        })
    }

    /// A view as a vector figure ([`vector`]): the same display list and the
    /// same map pass as [`Self::render_figure`], the map built from the
    /// geometry and what the pass drew, at `size_px / scale` points.
    pub fn vector_figure(
        &mut self,
        dataset: &Dataset,
        state: &State,
        (size_px, scale): ([u32; 2], f32),
        caption: Option<&Caption>,
        framing: Framing,
    ) -> Result<vector::VectorFigure, RenderError> {
        check_size(size_px, scale)?;
        let (list, mut textures) =
            self.figure_layout(dataset, state, size_px, scale, caption, framing);
        // No image is drawn: the font atlas is not needed.
        textures.clear();
        Ok(self.vector_of(dataset, state, (size_px, scale), framing, &list))
    }

    /// The vector figure of a laid-out `list` (the map pass run here).
    fn vector_of(
        &mut self,
        dataset: &Dataset,
        state: &State,
        (size_px, scale): ([u32; 2], f32),
        framing: Framing,
        list: &DisplayList,
    ) -> vector::VectorFigure {
        let mut output = self.figure_run(dataset, state, (size_px, scale), framing, list);
        output.textures_delta.clear();
        let title = crate::figure::title(dataset, state, &self.shown);
        let layers = drawn_map_layers(
            &self.ctx,
            (&mut self.scene, &self.cache),
            (dataset, state, &self.shown),
            scale,
        );
        vector::build(&self.ctx, list, (title, state.theme), vec![layers], &[])
    }
}

/// The layers, as vectors, of the map just drawn into `cache` (its
/// camera, its arcs and routes, the names it placed); none if it drew
/// nothing.
fn drawn_map_layers(
    ctx: &egui::Context,
    (scene, cache): (&mut Scene, &MapCache),
    (dataset, state, shown): (&Dataset, &State, &Shown),
    scale: f32,
) -> Vec<vector::VGroup> {
    let (Some(transform), Some(_)) = (cache.last_transform, cache.last_projection.as_ref()) else {
        return Vec::new();
    };
    let km_per_pixel = transform.km_per_point / f64::from(scale);
    let level = scene.level(state.projection, km_per_pixel);
    let graticule = scene.graticule(state.projection);
    let pass = vector::MapPass {
        state,
        dataset,
        shown,
        cache,
        level: &level,
        graticule: &graticule,
        transform,
        pixels_per_point: scale,
    };
    vector::map_layers(ctx, &pass)
}

/// The map's box of a figure (the whole figure if it has none).
pub fn map_rect_of(list: &DisplayList) -> egui::Rect {
    let b = list.map_bounds().unwrap_or(crate::figure::Bounds {
        min: [0.0, 0.0],
        max: list.size,
    });
    egui::Rect::from_min_max(
        egui::pos2(b.min[0], b.min[1]),
        egui::pos2(b.max[0], b.max[1]),
    )
}

/// The level of detail the map of `state` draws in `map_rect` at `scale`
/// (as `map_ui` chooses it: a preset still to fit is fitted to the box,
/// else the view's camera).
pub fn level_for(scene: &Scene, state: &State, map_rect: egui::Rect, scale: f32) -> usize {
    let projection = Projection::new(state.projection);
    let camera = state
        .preset
        .filter(|_| state.fit_preset_pending)
        .and_then(|preset| crate::map::fit_camera(&projection, preset, map_rect))
        .unwrap_or(state.camera);
    scene.level_index_for(camera.km_per_point() / f64::from(scale))
}

/// The display list of a figure of `size` points showing `state` (what
/// it shows: `shown`), its text measured with `measure`: the title, the
/// legend's rows, the attribution and the citation of the view, the map
/// framed as `framing` says.
pub fn figure_list(
    measure: &mut dyn crate::figure::Measure,
    dataset: &Dataset,
    state: &State,
    shown: &Shown,
    size: [f32; 2],
    caption: Option<&Caption>,
    framing: Framing,
) -> DisplayList {
    let title = crate::figure::title(dataset, state, shown);
    let legend = figure::legend_entries(&crate::layers::legend::rows(
        &crate::layers::legend::LegendInput {
            dataset,
            shown,
            layers: state.layers,
            analysis: &state.analysis,
            theme: state.theme,
        },
    ));
    let attribution = crate::figure::attribution(dataset.as_of);
    let citation = crate::figure::citation(
        dataset.as_of,
        &crate::figure::figure_sources(dataset, shown),
    );
    let subject_aspect = match framing {
        Framing::Window { map_size } => map_size[0] / map_size[1].max(1.0),
        Framing::View => state
            .preset
            .filter(|_| state.fit_preset_pending)
            .and_then(|preset| preset_aspect(&Projection::new(state.projection), preset))
            .unwrap_or(0.0),
    };
    let input = crate::figure::FigureInput {
        size,
        title: &title,
        legend: &legend,
        attribution: &attribution,
        citation: &citation,
        caption,
        subject_aspect,
        style: figure::style_of(state.theme),
    };
    crate::figure::layout(&input, measure)
}

/// The size of the figure the export preview shows, pixels.
pub const PREVIEW_FIGURE_PX: [u32; 2] = [1920, 1080];

/// The display list of the figure the window exports at
/// [`PREVIEW_FIGURE_PX`] (for the export preview), measured with `ctx`'s
/// fonts: the window's map extent (`window_map`, points) framed whole.
pub fn export_preview_list(
    ctx: &egui::Context,
    dataset: &Dataset,
    state: &State,
    shown: &Shown,
    window_map: Option<[f32; 2]>,
) -> DisplayList {
    let scale = export_scale(PREVIEW_FIGURE_PX);
    let size = [
        PREVIEW_FIGURE_PX[0] as f32 / scale,
        PREVIEW_FIGURE_PX[1] as f32 / scale,
    ];
    let framing = window_map
        .filter(|_| !state.fit_preset_pending)
        .map_or(Framing::View, |map_size| Framing::Window { map_size });
    let mut measure = figure::FontMeasure { ctx };
    figure_list(&mut measure, dataset, state, shown, size, None, framing)
}

/// How a figure's map is framed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Framing {
    /// As the view says: a preset still to fit is fitted to the map's box;
    /// otherwise the view's camera.
    View,
    /// What the window shows: its camera's centre, zoomed so that the whole
    /// extent of a window map of `map_size` points fits the figure's map
    /// (margin added on the longer side, nothing cropped).
    Window {
        /// The window's map, points.
        map_size: [f32; 2],
    },
}

/// Width over height of a preset's region on the projection's plane.
fn preset_aspect(projection: &Projection, preset: crate::state::Preset) -> Option<f32> {
    let (west, south, east, north) = preset.bounds_deg();
    let mut min = [f64::INFINITY; 2];
    let mut max = [f64::NEG_INFINITY; 2];
    const STEPS: usize = 24;
    for i in 0..=STEPS {
        let f = i as f64 / STEPS as f64;
        let lon = west + (east - west) * f;
        let lat = south + (north - south) * f;
        for p in [
            crate::geometry::LonLat { lon, lat: south },
            crate::geometry::LonLat { lon, lat: north },
            crate::geometry::LonLat { lon: west, lat },
            crate::geometry::LonLat { lon: east, lat },
        ] {
            if let Some(w) = projection.project(p) {
                min = [min[0].min(w.x), min[1].min(w.y)];
                max = [max[0].max(w.x), max[1].max(w.y)];
            }
        }
    }
    let (w, h) = (max[0] - min[0], max[1] - min[1]);
    (w > 0.0 && h > 0.0).then(|| (w / h) as f32)
}

/// The raw input of a headless pass of `size_px` pixels at `scale`.
fn raw_input(size_px: [u32; 2], scale: f32) -> egui::RawInput {
    let size = egui::vec2(size_px[0] as f32, size_px[1] as f32) / scale;
    let mut raw_input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    };
    raw_input
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(scale);
    raw_input
}

/// Refuse a size or scale the renderer does not draw.
pub fn check_size(size_px: [u32; 2], scale: f32) -> Result<(), RenderError> {
    let [width, height] = size_px;
    if !(16..=MAX_SIDE_PX).contains(&width) || !(16..=MAX_SIDE_PX).contains(&height) {
        return Err(RenderError::BadSize { width, height });
    }
    if !SCALE_RANGE.contains(&scale) {
        return Err(RenderError::BadScale { scale });
    }
    Ok(())
}

/// Render a view as a figure at `scale` pixels per point (see
/// [`export_scale`]), framed as `framing` says, and write it as a PNG (fast compression: the export is interactive, and the
/// file is still a few hundred KB).
pub fn render_to_file(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    state: &State,
    (size_px, scale): ([u32; 2], f32),
    framing: Framing,
    out: &Path,
) -> Result<(), RenderError> {
    let (image, _) =
        Renderer::new(geo).render_figure(dataset, state, size_px, scale, None, framing)?;
    write_png(&image, out)
}

/// The bundled geometry for one render of a view (`heartland render`).
pub struct BundledGeo {
    /// The geometry: every level, or only those the view may draw, in a
    /// scene with the level the view probably draws already built
    /// (projected and triangulated).
    scene: Scene,
    /// The only levels decoded, if not all were.
    only: Option<Vec<(ProjectionKind, usize)>>,
}

impl BundledGeo {
    /// The levels of detail already projected and triangulated (projection,
    /// level), in order.
    pub fn built_levels(&self) -> Vec<(ProjectionKind, usize)> {
        self.scene.built_levels()
    }
}

/// The bundled geometry a figure of `state` at `size_px` and `scale`
/// probably needs: only the level of detail its map will draw is decoded
/// (decoding the others is most of the time of loading the map), chosen as
/// the map chooses it from the camera the view shows in a map box of the
/// usual share of the figure (the exact box is known once the data, which
/// sets the legend and the title, is read: [`render_bundled_to_file`]
/// then decodes the level that box needs if it is another, and checks
/// that the map drew no level left out).
///
/// # Errors
/// A bundled file is corrupt (a build problem).
pub fn bundled_geo_for(
    state: &State,
    size_px: [u32; 2],
    scale: f32,
) -> Result<BundledGeo, crate::geometry::GeoError> {
    /// The usual share of the figure the map takes (title, foot, legend).
    const MAP_SHARE: [f32; 2] = [0.8, 0.85];
    let skeleton = Arc::new(crate::geometry::load_bundled_geo_levels(&[])?);
    let size = [size_px[0] as f32 / scale, size_px[1] as f32 / scale];
    let rect = egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(size[0] * MAP_SHARE[0], size[1] * MAP_SHARE[1]),
    );
    let index = level_for(&Scene::new(skeleton), state, rect, scale);
    let mut scene = Scene::new(Arc::new(crate::geometry::load_bundled_geo_levels(&[
        index,
    ])?));
    // Projected and triangulated here too (on the thread that decodes, and
    // a helper, while the data is read and the figure laid out), not when
    // the map is drawn: the figure's map waits for it less. (On one thread
    // it ends later: the other core is free once the figure is laid out.)
    scene.level_at(state.projection, index);
    scene.graticule(state.projection);
    Ok(BundledGeo {
        scene,
        only: Some(vec![(state.projection, index)]),
    })
}

/// What [`laid_out_for_view`] gives: the renderer, the figure's layout, the
/// textures the layout made, and the only levels decoded (if not all).
type LaidOut = (
    Renderer,
    DisplayList,
    egui::TexturesDelta,
    Option<Vec<(ProjectionKind, usize)>>,
);

/// The figure of a view laid out before its map geometry is at hand
/// ([`lay_out_view`]): the fonts, what is shown and the layout need no
/// geometry, so `heartland render` does them while the map's level of
/// detail is decoded on another thread.
pub struct EarlyLayout {
    renderer: Renderer,
    list: DisplayList,
    textures: egui::TexturesDelta,
}

/// Lay out the figure of `state` (the renderer's fonts, what is shown, the
/// title, legend and foot) without the map geometry; hand it to
/// [`render_bundled_to_file`] or [`render_bundled_vector`] with the
/// geometry once decoded.
///
/// # Errors
/// A bad size or scale, or the bundled geometry's index is corrupt.
pub fn lay_out_view(
    dataset: &Dataset,
    state: &State,
    (size_px, scale): ([u32; 2], f32),
) -> Result<EarlyLayout, RenderError> {
    lay_out_view_with(warm_renderer(state, (size_px, scale))?, dataset, state)
}

/// A renderer for a figure of `state` at `size_px` and `scale` whose fonts
/// are set up (egui sets them up in a context's first pass, a few
/// milliseconds: `heartland render` does it on a thread of its own while
/// the data is read). Hand it to [`lay_out_view_with`].
///
/// # Errors
/// A bad size or scale, or the bundled geometry's index is corrupt.
pub fn warm_renderer(
    state: &State,
    (size_px, scale): ([u32; 2], f32),
) -> Result<WarmRenderer, RenderError> {
    check_size(size_px, scale)?;
    let skeleton =
        crate::geometry::load_bundled_geo_levels(&[]).map_err(|e| RenderError::Geometry {
            reason: e.to_string(),
        })?;
    let renderer = Renderer::new(Arc::new(skeleton));
    crate::style::apply_style(&renderer.ctx, state.theme);
    let output = renderer.ctx.run_ui(raw_input(size_px, scale), |_| {});
    Ok(WarmRenderer {
        renderer,
        textures: output.textures_delta,
        size: (size_px, scale),
    })
}

/// What [`warm_renderer`] gives: the renderer, the textures its first pass
/// made (the font atlas), and the size and scale it was set up for.
pub struct WarmRenderer {
    renderer: Renderer,
    textures: egui::TexturesDelta,
    size: ([u32; 2], f32),
}

/// [`lay_out_view`] with a renderer from [`warm_renderer`].
///
/// # Errors
/// None today (the size was checked by [`warm_renderer`]).
pub fn lay_out_view_with(
    warm: WarmRenderer,
    dataset: &Dataset,
    state: &State,
) -> Result<EarlyLayout, RenderError> {
    let WarmRenderer {
        mut renderer,
        mut textures,
        size: (size_px, scale),
    } = warm;
    let (list, laid_out) =
        renderer.figure_layout(dataset, state, size_px, scale, None, Framing::View);
    textures.append(laid_out);
    Ok(EarlyLayout {
        renderer,
        list,
        textures,
    })
}

/// A renderer on `bundled` with the figure of `state` laid out (`early`,
/// or here); once the map box is known, the level of detail it needs is decoded if it was not
/// (shared by the PNG and the vector figures).
fn laid_out_for_view(
    bundled: BundledGeo,
    early: Option<EarlyLayout>,
    dataset: &Dataset,
    state: &State,
    (size_px, scale): ([u32; 2], f32),
) -> Result<LaidOut, RenderError> {
    let mut only = bundled.only;
    let (mut renderer, list, textures) = match early {
        Some(EarlyLayout {
            mut renderer,
            list,
            textures,
        }) => {
            renderer.scene = bundled.scene;
            (renderer, list, textures)
        }
        None => {
            let mut renderer = Renderer::new(Arc::clone(bundled.scene.geo_arc()));
            renderer.scene = bundled.scene;
            let (list, textures) =
                renderer.figure_layout(dataset, state, size_px, scale, None, Framing::View);
            (renderer, list, textures)
        }
    };
    let needed = (
        state.projection,
        level_for(&renderer.scene, state, map_rect_of(&list), scale),
    );
    if let Some(decoded) = &only
        && !decoded.contains(&needed)
    {
        let geo = crate::geometry::load_bundled_geo_levels(&[needed.1]).map_err(|e| {
            RenderError::Geometry {
                reason: e.to_string(),
            }
        })?;
        renderer.scene = Scene::new(Arc::new(geo));
        only = Some(vec![needed]);
    }
    Ok((renderer, list, textures, only))
}

/// Every level of the bundled geometry, when the map drew a level other
/// than the `only` ones decoded (a view the guess did not foresee): the
/// figure is then drawn again from it, so it is always the one the full
/// geometry gives. `None` when the decoded levels sufficed.
fn all_levels_if_others_drawn(
    renderer: &Renderer,
    only: Option<&[(ProjectionKind, usize)]>,
) -> Result<Option<Arc<GeoAssets>>, RenderError> {
    let drawn = renderer.scene.built_levels();
    match only {
        Some(only) if !drawn.iter().all(|level| only.contains(level)) => {
            log::info!("the view drew levels {drawn:?}, not {only:?}: drawing again");
            let geo = crate::geometry::load_bundled_geo().map_err(|e| RenderError::Geometry {
                reason: e.to_string(),
            })?;
            Ok(Some(Arc::new(geo)))
        }
        _ => Ok(None),
    }
}

/// [`render_to_file`] with geometry from [`bundled_geo_for`]: once the
/// figure is laid out, the level its map box needs is decoded if it was
/// not; if the map still drew another level (a view the guess does not
/// foresee), every level is decoded and the view drawn again, so the image
/// is always the one the full geometry gives. Returns what the drawing
/// leaves behind ([`Leftovers`]).
pub fn render_bundled_to_file(
    (bundled, early): (BundledGeo, Option<EarlyLayout>),
    dataset: &Dataset,
    state: &State,
    size_px: [u32; 2],
    scale: f32,
    out: &Path,
) -> Result<Leftovers, RenderError> {
    check_size(size_px, scale)?;
    let (mut renderer, list, textures, only) =
        laid_out_for_view(bundled, early, dataset, state, (size_px, scale))?;
    timings::mark("map geometry in place");
    // The image's memory is touched and cleared on another core while the
    // figure is painted (one thread: the other core has nothing to do).
    let background = figure::color32(list.background);
    let (canvas, (primitives, mut textures, _)) = std::thread::scope(|scope| {
        let canvas = scope.spawn(|| raster::Canvas::cleared(size_px, background));
        let painted = renderer.figure_paint(
            dataset,
            state,
            (size_px, scale),
            Framing::View,
            list,
            textures,
        );
        timings::mark("tessellated");
        let canvas = canvas
            .join()
            .unwrap_or_else(|_| raster::Canvas::untouched(size_px, background));
        (canvas, painted)
    });
    timings::mark("canvas cleared meanwhile");
    renderer.raster.apply_textures(&textures);
    textures.clear();
    // The PNG is encoded band by band as the bands are finished.
    let mut png = png_rows::PngRows::new(size_px[0], size_px[1]);
    let image = renderer
        .raster
        .render_rows_on(canvas, &primitives, scale, |rows| png.push(rows));
    timings::mark("rasterised (PNG encoded meanwhile)");
    if let Some(geo) = all_levels_if_others_drawn(&renderer, only.as_deref())? {
        let image = Renderer::new(geo).render_with(dataset, state, size_px, scale, None)?;
        timings::mark("drawn again with every level");
        write_png(&image, out)?;
        return Ok(Leftovers::of(renderer, image, primitives));
    }
    match png.finish() {
        Some(bytes) => {
            timings::mark("PNG encoded");
            write_png_bytes(&bytes, out)?;
        }
        None => write_png(&image, out)?,
    }
    Ok(Leftovers::of(renderer, image, primitives))
}

/// What [`render_bundled_to_file`] leaves behind: the renderer (the
/// map's geometry, meshes and caches, the fonts), the image and the
/// meshes drawn. Dropping it frees them; `heartland render`, which exits
/// next, forgets it instead (freeing tens of megabytes in many blocks, and
/// the allocator handing them back to the system at exit, is time nobody
/// needs).
pub struct Leftovers {
    /// The renderer.
    _renderer: Renderer,

    /// The image drawn.
    _image: image::RgbaImage,

    /// Its meshes.
    _primitives: Vec<egui::ClippedPrimitive>,
}

impl Leftovers {
    /// Keep these.
    fn of(
        renderer: Renderer,
        image: image::RgbaImage,
        primitives: Vec<egui::ClippedPrimitive>,
    ) -> Self {
        Self {
            _renderer: renderer,
            _image: image,
            _primitives: primitives,
        }
    }
}

/// Render every step of a tour into `out_dir` (created if missing), one PNG
/// per step named by [`crate::tour::slide_file_name`] (`01-<title>.png`, …),
/// each with the step's title, caption and sources in a band under the map.
/// Returns the files written, in step order.
pub fn render_tour(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    tour: &crate::tour::Tour,
    size_px: [u32; 2],
    scale: f32,
    out_dir: &Path,
) -> Result<Vec<std::path::PathBuf>, RenderError> {
    std::fs::create_dir_all(out_dir).map_err(|e| RenderError::Write {
        file: out_dir.display().to_string(),
        reason: format!("cannot create the folder: {e}"),
    })?;
    let mut renderer = Renderer::new(geo);
    let mut written = Vec::with_capacity(tour.steps.len());
    for (i, step) in tour.steps.iter().enumerate() {
        let caption = Caption::of_step(tour, i, dataset);
        let state = step.state();
        // A step compared side by side: two panels, as the window shows it.
        let image = match panels::Panels::side_by_side(dataset, &state) {
            Some(panels) => {
                renderer
                    .render_panels(
                        dataset,
                        (&state, &panels),
                        (size_px, scale),
                        caption.as_ref(),
                    )?
                    .0
            }
            None => renderer.render_with(dataset, &state, size_px, scale, caption.as_ref())?,
        };
        let out = out_dir.join(crate::tour::slide_file_name(i, &step.title));
        write_png(&image, &out)?;
        written.push(out);
    }
    Ok(written)
}

/// The file formats `heartland render` and the window's export write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A raster image.
    Png,
    /// Vectors and text, for editors (Inkscape, Illustrator) and the web.
    Svg,
    /// Vectors and text with the fonts embedded, for print and handouts.
    Pdf,
}

impl Format {
    /// Every format, in the order menus and messages list them.
    pub const ALL: [Self; 3] = [Self::Png, Self::Svg, Self::Pdf];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
        }
    }

    /// The name shown in messages ("PNG").
    pub fn name(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Svg => "SVG",
            Self::Pdf => "PDF",
        }
    }

    /// The format named `name` (`png`, `SVG`, …).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(name))
    }

    /// The format of a file by its extension (`None`: no extension or
    /// another one).
    pub fn of_path(path: &Path) -> Option<Self> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(Self::from_name)
    }

    /// The format to write `out` in: `chosen` if given, else by the
    /// extension; an unknown extension is refused with the list.
    pub fn for_output(out: &Path, chosen: Option<Self>) -> Result<Self, String> {
        if let Some(format) = chosen {
            return Ok(format);
        }
        if out.as_os_str() == "-" {
            return Ok(Self::Png);
        }
        Self::of_path(out).ok_or_else(|| {
            let what = out
                .extension()
                .map_or_else(|| "no extension".to_owned(), |e| format!("the extension .{}", e.to_string_lossy()));
            format!(
                "{}: {what} names no format this program writes; use .png, .svg or .pdf (or --format png|svg|pdf)",
                out.display()
            )
        })
    }
}

/// Parse `--format` (`png`, `svg`, `pdf`).
pub fn parse_format(s: &str) -> Result<Format, String> {
    Format::from_name(s.trim()).ok_or_else(|| format!("format `{s}`: use png, svg or pdf"))
}

/// Write a figure as SVG or PDF to `out` (`-`: the standard output),
/// replacing it only once complete; `size_px` is the SVG's size in pixels.
pub fn write_vector(
    figures: &[vector::VectorFigure],
    format: Format,
    size_px: [u32; 2],
    out: &Path,
) -> Result<(), RenderError> {
    let write_err = |reason: String| RenderError::WriteFile {
        file: out.display().to_string(),
        format: format.name(),
        reason,
    };
    let bytes = match format {
        Format::Svg => figures
            .first()
            .map(|f| svg::to_svg(f, size_px).into_bytes())
            .unwrap_or_default(),
        Format::Pdf => {
            let title = figures.first().map_or("", |f| f.title.as_str());
            pdf::to_pdf(figures, title).map_err(write_err)?
        }
        Format::Png => {
            return Err(write_err(
                "a raster image is not a vector figure".to_owned(),
            ));
        }
    };
    timings::mark(match format {
        Format::Svg => "SVG written out",
        _ => "PDF written out (fonts subset)",
    });
    let written = write_out(&bytes, out).map_err(write_err);
    timings::mark("written");
    written
}

/// Write `bytes` to `out` (`-`: the standard output), replacing the file
/// only once complete: through a symbolic link to its target; a device or
/// a named pipe is refused; on failure no temporary file is left.
pub(crate) fn write_out(bytes: &[u8], out: &Path) -> Result<(), String> {
    if out.as_os_str() == "-" {
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        return stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(|e| e.to_string());
    }
    crate::data::save::write_file_atomic(out, bytes).map_err(|e| e.to_string())
}

/// Render a view as a vector figure and write it (the window's export):
/// framed as `framing` says.
pub fn render_vector_to_file(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    state: &State,
    (size_px, scale): ([u32; 2], f32),
    framing: Framing,
    format: Format,
    out: &Path,
) -> Result<(), RenderError> {
    let figure =
        Renderer::new(geo).vector_figure(dataset, state, (size_px, scale), None, framing)?;
    write_vector(&[figure], format, size_px, out)
}

/// [`render_bundled_to_file`] for SVG and PDF: the same choice of the
/// level of detail, the map built as vectors.
pub fn render_bundled_vector(
    (bundled, early): (BundledGeo, Option<EarlyLayout>),
    dataset: &Dataset,
    state: &State,
    (size_px, scale): ([u32; 2], f32),
    format: Format,
    out: &Path,
) -> Result<(), RenderError> {
    check_size(size_px, scale)?;
    let (mut renderer, list, mut textures, only) =
        laid_out_for_view(bundled, early, dataset, state, (size_px, scale))?;
    // A vector figure needs no raster textures (the fonts are embedded).
    textures.clear();
    timings::mark("map geometry in place");
    let mut figure = renderer.vector_of(dataset, state, (size_px, scale), Framing::View, &list);
    timings::mark("map drawn as vectors");
    if let Some(geo) = all_levels_if_others_drawn(&renderer, only.as_deref())? {
        figure = Renderer::new(geo).vector_figure(
            dataset,
            state,
            (size_px, scale),
            None,
            Framing::View,
        )?;
    }
    write_vector(&[figure], format, size_px, out)
}

/// Draw `panels` (small multiples, a comparison side by side; `state`:
/// the view) and write them as `format` says: one PNG, SVG or PDF.
///
/// # Errors
/// A bad size or scale, or the file could not be written.
pub fn render_panels_to_file(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    (state, panels): (&State, &panels::Panels),
    (size_px, scale): ([u32; 2], f32),
    format: Format,
    out: &Path,
) -> Result<(), RenderError> {
    let mut renderer = Renderer::new(geo);
    match format {
        Format::Png => {
            let (image, _) =
                renderer.render_panels(dataset, (state, panels), (size_px, scale), None)?;
            write_png(&image, out)
        }
        Format::Svg | Format::Pdf => {
            let figure =
                renderer.vector_panels(dataset, (state, panels), (size_px, scale), None)?;
            write_vector(&[figure], format, size_px, out)
        }
    }
}

/// A tour as a handout: one PDF page per step (the map, the step's title,
/// caption and sources in the band under it: the slides' layout), written
/// to `out`.
pub fn render_tour_pdf(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    tour: &crate::tour::Tour,
    size_px: [u32; 2],
    scale: f32,
    out: &Path,
) -> Result<usize, RenderError> {
    let mut renderer = Renderer::new(geo);
    let mut pages = Vec::with_capacity(tour.steps.len());
    for (i, step) in tour.steps.iter().enumerate() {
        let caption = Caption::of_step(tour, i, dataset);
        let state = step.state();
        pages.push(match panels::Panels::side_by_side(dataset, &state) {
            Some(panels) => renderer.vector_panels(
                dataset,
                (&state, &panels),
                (size_px, scale),
                caption.as_ref(),
            )?,
            None => renderer.vector_figure(
                dataset,
                &state,
                (size_px, scale),
                caption.as_ref(),
                Framing::View,
            )?,
        });
    }
    if let Some(first) = pages.first_mut() {
        first.title = crate::figure::title_marked(tour);
    }
    write_vector(&pages, Format::Pdf, size_px, out)?;
    Ok(pages.len())
}

/// Write an image as PNG, replacing `out` only once the file is complete
/// (`-`: to the standard output).
///
/// Fast compression with the "up" filter on every row: on the default view
/// at 1600×1000 that encodes in about half the time of the adaptive filter
/// (which tries all five per row), for a file 5 % larger (481 KB instead of
/// 460 KB).
pub fn write_png(image: &image::RgbaImage, out: &Path) -> Result<(), RenderError> {
    let bytes = encode_png(image).map_err(|e| RenderError::Write {
        file: out.display().to_string(),
        reason: e.to_string(),
    })?;
    timings::mark("PNG encoded");
    write_png_bytes(&bytes, out)
}

/// The PNG [`write_png`] writes, in memory: fast compression, the "up"
/// filter on every row (the bytes `png_rows` matches band by band).
pub fn encode_png(image: &image::RgbaImage) -> image::ImageResult<Vec<u8>> {
    use image::ImageEncoder as _;
    // Room for the file up front (a figure compresses to well under half
    // its pixels' bytes; only what is written is touched): no copying as
    // it grows.
    let mut bytes = Vec::with_capacity(image.as_raw().len() / 2);
    image::codecs::png::PngEncoder::new_with_quality(
        &mut bytes,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Up,
    )
    .write_image(
        image.as_raw(),
        image.width(),
        image.height(),
        image::ExtendedColorType::Rgba8,
    )?;
    Ok(bytes)
}

/// Write a PNG file's bytes as [`write_png`] does.
fn write_png_bytes(bytes: &[u8], out: &Path) -> Result<(), RenderError> {
    let written = write_out(bytes, out).map_err(|reason| RenderError::Write {
        file: out.display().to_string(),
        reason,
    });
    timings::mark("written");
    written
}
