//! Headless rendering of a view to a PNG, with no display and no GPU.
//!
//! The map is painted by the very same code as in the window
//! ([`crate::map::map_ui`] inside the same style), in a headless
//! [`egui::Context`]; egui tessellates it and [`raster::Rasterizer`] draws the
//! triangles on the CPU. Starting wgpu on a software Vulkan driver alone costs
//! several hundred milliseconds on a machine without a GPU, which is why the
//! export does not go through it.

pub mod raster;

use std::path::Path;
use std::sync::Arc;

use crate::geometry::GeoAssets;
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

/// Everything needed to render, kept between frames so that repeated renders
/// (benchmarks, tours) reuse the scene cache and the font atlas.
pub struct Renderer {
    ctx: egui::Context,
    scene: Scene,
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
        let size = egui::vec2(size_px[0] as f32, size_px[1] as f32);
        let raw_input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            ..Default::default()
        };
        crate::style::apply_style(&self.ctx, state.theme);
        self.shown = Shown::compute(dataset, state);
        self.shown_generation += 1;
        let scene = &mut self.scene;
        let cache = &mut self.cache;
        let shown = &self.shown;
        let shown_generation = self.shown_generation;
        let output = self.ctx.run_ui(raw_input, |ui| {
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
                    };
                    // Headless: commands (the fitted preset camera) are
                    // already applied within the frame; nothing to keep.
                    drop(map_ui(ui, &args, scene, cache));
                });
        });
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        (primitives, output.textures_delta)
    }

    /// What the last frame showed.
    pub fn shown(&self) -> &Shown {
        &self.shown
    }

    /// Where a geographic point was drawn in the last frame (pixels).
    pub fn screen_pos_of(&self, p: crate::geometry::LonLat) -> Option<egui::Pos2> {
        self.cache.screen_pos_of(p)
    }

    /// Render a view to an image of `size_px` pixels.
    pub fn render(
        &mut self,
        dataset: &Dataset,
        state: &State,
        size_px: [u32; 2],
    ) -> Result<image::RgbaImage, RenderError> {
        let [width, height] = size_px;
        if !(16..=MAX_SIDE_PX).contains(&width) || !(16..=MAX_SIDE_PX).contains(&height) {
            return Err(RenderError::BadSize { width, height });
        }
        let (primitives, mut textures) = self.frame(dataset, state, size_px);
        self.raster.apply_textures(&textures);
        textures.clear();
        let clear = crate::palette::Palette::of(state.theme).ocean;
        Ok(self.raster.render(&primitives, 1.0, size_px, clear))
    }
}

/// Render a view and write it as a PNG (fast compression: the export is
/// interactive, and the file is still a few hundred KB).
pub fn render_to_file(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    state: &State,
    size_px: [u32; 2],
    out: &Path,
) -> Result<(), RenderError> {
    let image = Renderer::new(geo).render(dataset, state, size_px)?;
    write_png(&image, out)
}

/// Write an image as PNG, replacing `out` only once the file is complete.
pub fn write_png(image: &image::RgbaImage, out: &Path) -> Result<(), RenderError> {
    use image::ImageEncoder as _;
    let write_err = |reason: String| RenderError::Write {
        file: out.display().to_string(),
        reason,
    };
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new_with_quality(
        &mut bytes,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Adaptive,
    )
    .write_image(
        image.as_raw(),
        image.width(),
        image.height(),
        image::ExtendedColorType::Rgba8,
    )
    .map_err(|e| write_err(e.to_string()))?;
    let tmp = out.with_extension("png.partial");
    std::fs::write(&tmp, &bytes).map_err(|e| write_err(e.to_string()))?;
    std::fs::rename(&tmp, out).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        write_err(e.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_explain() {
        assert_eq!(parse_size("1600x1000"), Ok([1600, 1000]));
        assert_eq!(parse_size("800X600"), Ok([800, 600]));
        let err = parse_size("1600-1000").unwrap_err();
        assert!(err.contains("1600x1000"), "{err}");
        let err = parse_size("axb").unwrap_err();
        assert!(err.contains("width"), "{err}");
    }
}
