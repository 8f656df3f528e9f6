//! CPU rasteriser for egui's tessellated output, used for headless PNG export.
//!
//! egui tessellates shapes into triangle meshes (`ctx.tessellate`); a GPU
//! backend then draws them. Starting wgpu on software Vulkan costs hundreds of
//! milliseconds, so `heartland render` draws the same meshes here instead.
//!
//! The semantics follow egui-wgpu 0.37 (`renderer.rs`, `egui.wgsl`) drawing to
//! an `Rgba8Unorm` (non-sRGB) target, which is the target egui prefers:
//!
//! - **Positions** are in points; a pixel is `points × pixels_per_point`.
//!   A pixel is covered when its centre (`x + 0.5, y + 0.5`) is inside the
//!   triangle, with vertices snapped to 1/256 pixel and the top-left fill rule,
//!   so two triangles that share an edge never both cover a pixel on it (egui's
//!   feathered anti-aliasing relies on exact coverage; there is no MSAA).
//! - **Clip rects** are in points and become a pixel scissor exactly like
//!   egui-wgpu's `ScissorRect` (scale, `round`, clamp to the target).
//! - **Colour** is `vertex colour × texture sample`, both premultiplied sRGB
//!   "gamma" values in 0..1, interpolated linearly across the triangle.
//! - **Blending** is premultiplied "over", `src + dst × (1 − src.a)` for colour
//!   and `src.a × (1 − dst.a) + dst.a` for alpha (egui-wgpu's blend state),
//!   done on the gamma-encoded 8-bit values. That is what egui-wgpu does with
//!   its preferred non-sRGB target (`fs_main_gamma_framebuffer`), what every
//!   other egui backend does, and what egui's feathering is tuned for. After
//!   each triangle the result is rounded to 8 bits, as a `Unorm8` target does.
//! - **Sampling**: textures are premultiplied `Color32`, unfiltered "normal"
//!   (not sRGB-aware) data. The filter follows the texture's
//!   [`egui::TextureOptions`]: magnification or minification chosen per
//!   triangle from its texel-per-pixel ratio as the GPU would, bilinear between
//!   texel centres for `Linear`, the texel under the sample for `Nearest`, and
//!   the wrap mode for taps outside the texture. egui uploads no mipmaps. The
//!   font atlas is `LINEAR` + clamp-to-edge, and untextured shapes sample
//!   [`egui::epaint::WHITE_UV`] = (0, 0), which with clamping reads texel (0, 0)
//!   only: the atlas's white pixel.
//! - **Not done**: egui-wgpu's optional dithering (±½ of an 8-bit step of
//!   noise; invisible, and leaving it out keeps the output deterministic), and
//!   paint callbacks (`Primitive::Callback`, custom GPU code), which are skipped
//!   with one warning per process.
//!
//! The image is split into bands of [`BAND_ROWS`] rows. The triangles are
//! first binned by the bands their rows touch (one pass over the meshes);
//! the bands are dealt round-robin to threads (`std::thread::scope`), and
//! each thread takes its bands top to bottom: clears one, draws the
//! triangles of its bin, in order, into it (so the draw order per pixel is
//! the same as on a GPU; a band stays in the cache while it is drawn),
//! converts it to straight alpha, in place, and hands it back, so the
//! calling thread can take the finished rows in order (the PNG is encoded
//! while the rest is drawn). The image is the one buffer drawn into.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicBool, Ordering};

use egui::epaint::{ImageDelta, Primitive, Vertex};
use egui::{
    ClippedPrimitive, Color32, ImageData, Mesh, TextureFilter, TextureId, TextureOptions,
    TextureWrapMode, TexturesDelta,
};

/// Sub-pixel precision of snapped vertex positions, in bits (1/256 pixel).
const SUBPIXEL_BITS: u32 = 8;

/// One pixel in snapped (sub-pixel) units.
pub const SUBPIXEL: i64 = 1 << SUBPIXEL_BITS;

/// Largest |coordinate|, in pixels, of a vertex or image edge we rasterise.
///
/// Keeps every edge-function product inside `i64`: differences of snapped
/// coordinates are < 2^30 and pixel indices < 2^21, so terms stay < 2^60.
/// f32 positions are already coarser than a quarter pixel this far out.
const MAX_COORD_PX: i64 = 1 << 21;

/// Rows per band; bands are dealt round-robin to the worker threads.
///
/// A triangle is set up once for every band it touches, and the land's
/// triangles are often long slivers: with 16-row bands `heartland render`
/// of the view with relations and corridors on took ~86 ms of CPU, with 32
/// ~77, with 64 ~75, with 128 ~75 (1600×1000; the same image). 64 rows
/// keep a band in the cache (400 KB at 1600 px) and the work spread over
/// the cores.
pub const BAND_ROWS: usize = 64;

/// Images with fewer pixels than this are drawn on the calling thread.
const MIN_PIXELS_FOR_THREADS: usize = 64 * 1024;

/// Fewer triangles than twice this are binned on one thread.
const MIN_TRIANGLES_PER_BINNING_THREAD: usize = 16 * 1024;

/// Set once a paint callback has been skipped, so we warn only once.
static CALLBACK_WARNED: AtomicBool = AtomicBool::new(false);

/// Textures egui asked for (font atlas, user images), kept between frames.
///
/// Feed it every frame's `FullOutput::textures_delta` with
/// [`Self::apply_textures`], then draw the tessellated shapes with
/// [`Self::render`].
#[derive(Default)]
pub struct Rasterizer {
    /// Live textures by id.
    textures: BTreeMap<TextureId, Texture>,

    /// Textures egui freed in the last delta; removed at the next
    /// [`Self::apply_textures`], because egui frees them *after* painting.
    pending_free: BTreeSet<TextureId>,
}

/// One texture: premultiplied sRGBA texels, row by row from the top.
pub struct Texture {
    /// Width in texels (> 0).
    pub width: usize,

    /// Height in texels (> 0).
    pub height: usize,

    /// `width × height` texels.
    pub texels: Vec<Color32>,

    /// Filter and wrap mode egui asked for.
    pub options: TextureOptions,
}

impl Rasterizer {
    /// A rasteriser with no textures; the first [`Self::apply_textures`]
    /// normally brings the font atlas.
    pub fn new() -> Self {
        Self::default()
    }

    /// Apply `FullOutput::textures_delta`.
    ///
    /// Each `set` entry replaces a whole texture (`pos == None`) or patches a
    /// region of an existing one at `pos`; patches are clipped to the texture.
    /// `free` takes effect at the *next* call, since egui frees textures after
    /// the frame that used them was painted. Malformed deltas (pixel count not
    /// matching the size, a patch of an unknown texture) are logged and skipped.
    pub fn apply_textures(&mut self, delta: &TexturesDelta) {
        for id in std::mem::take(&mut self.pending_free) {
            self.textures.remove(&id);
        }
        let mut sets: Vec<_> = delta.set.iter().collect();
        sets.sort_by_key(|(id, _)| **id);
        for (id, image_deltas) in sets {
            for image_delta in image_deltas {
                self.set_texture(*id, image_delta);
            }
        }
        self.pending_free.extend(delta.free.iter().copied());
    }

    /// Apply one whole-texture or partial update.
    fn set_texture(&mut self, id: TextureId, delta: &ImageDelta) {
        let ImageData::Color(image) = &delta.image;
        let [width, height] = image.size;
        if image.pixels.len() != width.saturating_mul(height) {
            log::warn!(
                "texture {id:?}: {} pixels for a {width}×{height} image; update skipped",
                image.pixels.len()
            );
            return;
        }
        match delta.pos {
            None => {
                if width == 0 || height == 0 {
                    self.textures.remove(&id);
                    return;
                }
                let texture = Texture {
                    width,
                    height,
                    texels: image.pixels.clone(),
                    options: delta.options,
                };
                self.textures.insert(id, texture);
            }
            Some([x0, y0]) => {
                let Some(texture) = self.textures.get_mut(&id) else {
                    log::warn!("texture {id:?}: partial update of an unknown texture skipped");
                    return;
                };
                texture.options = delta.options;
                let columns = width.min(texture.width.saturating_sub(x0));
                let rows = height.min(texture.height.saturating_sub(y0));
                for row in 0..rows {
                    let src = &image.pixels[row * width..][..columns];
                    let dst_start = (y0 + row) * texture.width + x0;
                    texture.texels[dst_start..][..columns].copy_from_slice(src);
                }
            }
        }
    }

    /// Rasterise clipped primitives into a `size_px[0] × size_px[1]` image.
    ///
    /// The image starts as `clear` (premultiplied, normally opaque) and the
    /// primitives are drawn in order. Vertex positions and clip rects are in
    /// points, scaled by `pixels_per_point`. The result has straight
    /// (non-premultiplied) alpha; with an opaque `clear` it is fully opaque.
    ///
    /// Never panics on bad input: triangles with non-finite or far-off
    /// (> 2²¹ px) vertices or out-of-range indices are skipped, and meshes
    /// whose texture is unknown are skipped with a warning. Memory is
    /// `4 × width × height` bytes (the image itself), so callers should
    /// bound `size_px`.
    pub fn render(
        &self,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        size_px: [u32; 2],
        clear: Color32,
    ) -> image::RgbaImage {
        self.render_rows(primitives, pixels_per_point, size_px, clear, |_| {})
    }

    /// [`Self::render`], handing every band of rows, once drawn and final
    /// (straight alpha), to `rows_done` on the calling thread, top to
    /// bottom, each row once, while the bands below are still being drawn:
    /// the PNG is encoded meanwhile ([`super::png_rows`]).
    pub fn render_rows(
        &self,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        size_px: [u32; 2],
        clear: Color32,
        rows_done: impl FnMut(&[[u8; 4]]),
    ) -> image::RgbaImage {
        let canvas = Canvas::untouched(size_px, clear);
        self.render_rows_on(canvas, primitives, pixels_per_point, rows_done)
    }

    /// [`Self::render_rows`] on a `canvas` made beforehand (its size and
    /// clear colour are the image's): one [`Canvas::cleared`] on another
    /// thread while the shapes are painted takes the first touch of the
    /// image's memory (the page faults) and its clearing off the drawing.
    pub fn render_rows_on(
        &self,
        canvas: Canvas,
        primitives: &[ClippedPrimitive],
        pixels_per_point: f32,
        mut rows_done: impl FnMut(&[[u8; 4]]),
    ) -> image::RgbaImage {
        let Canvas {
            mut pixels,
            size_px,
            clear,
            cleared,
        } = canvas;
        let [width_px, height_px] = size_px;
        let width = width_px as usize;
        let height = height_px as usize;
        let jobs = self.draw_jobs(primitives, pixels_per_point, size_px);
        // Bands are cleared as they are drawn unless the canvas is.
        let clear = (!cleared).then_some(clear);
        let band_count = height.div_ceil(BAND_ROWS);
        let threads = if pixels.len() < MIN_PIXELS_FOR_THREADS {
            1
        } else {
            std::thread::available_parallelism()
                .map_or(1, NonZeroUsize::get)
                .clamp(1, 8)
                .min(band_count)
        }
        .max(1);
        // Binned in parts on as many threads (each part a run of the
        // triangles in draw order; a band draws its bin of each part in
        // turn, so in draw order).
        let triangles: usize = jobs.iter().map(|job| job.mesh.indices.len() / 3).sum();
        let parts = if triangles < MIN_TRIANGLES_PER_BINNING_THREAD * 2 {
            1
        } else {
            threads
        };
        let part = |i: usize| {
            let range = triangles * i / parts..triangles * (i + 1) / parts;
            bin_triangles(&jobs, pixels_per_point, band_count, range)
        };
        let bins: Vec<Vec<Vec<TriangleRef>>> = if parts == 1 {
            vec![part(0)]
        } else {
            std::thread::scope(|scope| {
                let others: Vec<_> = (1..parts).map(|i| scope.spawn(move || part(i))).collect();
                let mut bins = vec![part(0)];
                for other in others {
                    // A panic while binning is a bug: pass it on.
                    bins.push(
                        other
                            .join()
                            .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                    );
                }
                bins
            })
        };
        super::timings::mark("triangles binned");
        let bands = pixels
            .chunks_mut(BAND_ROWS * width.max(1))
            .enumerate()
            .map(|(index, rows)| Band {
                y0: (index * BAND_ROWS) as i64,
                rows,
            });
        let draw = |band: &mut Band<'_>, index: usize| {
            let bin = bins.iter().flat_map(|part| &part[index]);
            band.clear_draw_finish(clear, (&jobs, bin), width, pixels_per_point);
        };
        if threads == 1 {
            for (index, mut band) in bands.enumerate() {
                draw(&mut band, index);
                rows_done(band.rows);
            }
        } else {
            // Each thread takes the next band not yet taken, top to bottom
            // (bands differ in cost: a thread that drew a light one takes
            // another at once), and sends each one done here, where they
            // are handed on in order.
            let queue = std::sync::Mutex::new(bands.enumerate());
            let (done, arrived) = std::sync::mpsc::channel();
            std::thread::scope(|scope| {
                for _ in 0..threads {
                    let done = done.clone();
                    let (draw, queue) = (&draw, &queue);
                    scope.spawn(move || {
                        loop {
                            // A poisoned lock: another thread panicked; its
                            // panic ends the scope.
                            let Some((index, mut band)) =
                                queue.lock().ok().and_then(|mut bands| bands.next())
                            else {
                                return;
                            };
                            draw(&mut band, index);
                            if done.send((index, band)).is_err() {
                                return;
                            }
                        }
                    });
                }
                drop(done);
                let mut waiting = BTreeMap::new();
                let mut next = 0;
                for (index, band) in arrived {
                    waiting.insert(index, band);
                    while let Some(band) = waiting.remove(&next) {
                        rows_done(band.rows);
                        next += 1;
                    }
                }
            });
        }

        let bytes = pixels.into_flattened();
        image::RgbaImage::from_raw(width_px, height_px, bytes)
            .unwrap_or_else(|| image::RgbaImage::new(width_px, height_px))
    }

    /// The meshes to draw with their texture and scissor, in order; logs
    /// skipped callbacks and missing textures once per call.
    fn draw_jobs<'a>(
        &'a self,
        primitives: &'a [ClippedPrimitive],
        pixels_per_point: f32,
        size_px: [u32; 2],
    ) -> Vec<DrawJob<'a>> {
        let mut missing = BTreeSet::new();
        let mut jobs = Vec::new();
        for ClippedPrimitive {
            clip_rect,
            primitive,
        } in primitives
        {
            let mesh = match primitive {
                Primitive::Mesh(mesh) => mesh,
                Primitive::Callback(_) => {
                    if !CALLBACK_WARNED.swap(true, Ordering::Relaxed) {
                        log::warn!("paint callbacks cannot be rasterised on the CPU; skipped");
                    }
                    continue;
                }
            };
            let Some(scissor) = PixelRect::scissor(*clip_rect, pixels_per_point, size_px) else {
                continue;
            };
            if mesh.indices.len() < 3 {
                continue;
            }
            let Some(texture) = self.textures.get(&mesh.texture_id) else {
                missing.insert(mesh.texture_id);
                continue;
            };
            jobs.push(DrawJob {
                mesh,
                texture,
                scissor,
            });
        }
        if !missing.is_empty() {
            log::warn!("meshes with missing textures skipped: {missing:?}");
        }
        jobs
    }
}

/// One mesh ready to draw.
struct DrawJob<'a> {
    /// The triangles.
    mesh: &'a Mesh,

    /// Its texture.
    texture: &'a Texture,

    /// Pixels it may touch.
    scissor: PixelRect,
}

/// A half-open rectangle of pixels, `x0..x1 × y0..y1`, non-empty.
#[derive(Clone, Copy)]
pub struct PixelRect {
    /// First column.
    pub x0: i64,

    /// First row.
    pub y0: i64,

    /// One past the last column.
    pub x1: i64,

    /// One past the last row.
    pub y1: i64,
}

impl PixelRect {
    /// egui-wgpu's `ScissorRect::new`: scale the clip rect (points) to pixels,
    /// round, clamp to the target. `None` when nothing is left.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "saturating float→u32 casts, as egui-wgpu does"
    )]
    pub fn scissor(
        clip_rect: egui::Rect,
        pixels_per_point: f32,
        size_px: [u32; 2],
    ) -> Option<Self> {
        let round = |points: f32| (pixels_per_point * points).round() as u32;
        let x0 = round(clip_rect.min.x).clamp(0, size_px[0]);
        let y0 = round(clip_rect.min.y).clamp(0, size_px[1]);
        let x1 = round(clip_rect.max.x).clamp(x0, size_px[0]);
        let y1 = round(clip_rect.max.y).clamp(y0, size_px[1]);
        let rect = Self {
            x0: i64::from(x0).min(MAX_COORD_PX),
            y0: i64::from(y0).min(MAX_COORD_PX),
            x1: i64::from(x1).min(MAX_COORD_PX),
            y1: i64::from(y1).min(MAX_COORD_PX),
        };
        (rect.x0 < rect.x1 && rect.y0 < rect.y1).then_some(rect)
    }
}

/// The memory an image is drawn into, with its size and clear colour.
pub struct Canvas {
    /// `width × height` pixels.
    pixels: Vec<[u8; 4]>,

    /// Width and height in pixels.
    size_px: [u32; 2],

    /// The clear colour, premultiplied.
    clear: [u8; 4],

    /// Whether `pixels` are all `clear` already.
    cleared: bool,
}

impl Canvas {
    /// Zeroed memory fresh from the OS, untouched: each band is cleared by
    /// the thread that draws it, so the first touch of the image's pages
    /// (the page faults) is shared between the threads.
    pub fn untouched(size_px: [u32; 2], clear: Color32) -> Self {
        let count = (size_px[0] as usize).saturating_mul(size_px[1] as usize);
        Self {
            pixels: vec![[0; 4]; count],
            size_px,
            clear: clear.to_array(),
            cleared: false,
        }
    }

    /// Memory filled with `clear` now (on the thread that calls it).
    pub fn cleared(size_px: [u32; 2], clear: Color32) -> Self {
        let count = (size_px[0] as usize).saturating_mul(size_px[1] as usize);
        let clear = clear.to_array();
        Self {
            pixels: vec![clear; count],
            size_px,
            clear,
            cleared: true,
        }
    }
}

/// Up to [`BAND_ROWS`] full rows of premultiplied RGBA pixels.
pub struct Band<'a> {
    /// Image row of the first row in `rows`.
    pub y0: i64,

    /// The pixels, row by row.
    pub rows: &'a mut [[u8; 4]],
}

/// A triangle of a draw job: the job's index and the triangle's (its
/// first index is `3 × triangle` in the mesh's indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TriangleRef {
    /// Index of the job (mesh) in draw order.
    pub job: u32,

    /// Index of the triangle in the mesh.
    pub triangle: u32,
}

/// For every band of [`BAND_ROWS`] rows, the triangles whose rows may
/// touch it, in draw order: each band then looks only at its own, and a
/// triangle far from a band costs that band nothing.
///
/// Only the triangles in `part` (counted over all jobs, in draw order) are
/// binned.
fn bin_triangles(
    jobs: &[DrawJob<'_>],
    pixels_per_point: f32,
    band_count: usize,
    part: std::ops::Range<usize>,
) -> Vec<Vec<TriangleRef>> {
    let mut bins = vec![Vec::new(); band_count];
    let mut first_of_job = 0;
    for (job_index, job) in jobs.iter().enumerate() {
        let vertices = &job.mesh.vertices;
        let count = job.mesh.indices.len() / 3;
        let (start, end) = (
            part.start.clamp(first_of_job, first_of_job + count) - first_of_job,
            part.end.clamp(first_of_job, first_of_job + count) - first_of_job,
        );
        first_of_job += count;
        let Some(indices) = job.mesh.indices.get(start * 3..end * 3) else {
            continue;
        };
        for (triangle, indices) in (start..).zip(indices.chunks_exact(3)) {
            let corner = |i: usize| vertices.get(indices[i] as usize);
            let (Some(a), Some(b), Some(c)) = (corner(0), corner(1), corner(2)) else {
                continue;
            };
            let Some((row0, row1)) = row_span([a, b, c], pixels_per_point, job.scissor) else {
                continue;
            };
            let (Ok(job), Ok(triangle)) = (u32::try_from(job_index), u32::try_from(triangle))
            else {
                continue;
            };
            for bin in &mut bins[bands_of(row0, row1, band_count)] {
                bin.push(TriangleRef { job, triangle });
            }
        }
    }
    bins
}

/// The bands (of [`BAND_ROWS`] rows, `band_count` of them) that rows
/// `row0..row1` (non-empty, inside the image) touch.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "rows are clipped to the image, so non-negative and small"
)]
pub fn bands_of(row0: i64, row1: i64, band_count: usize) -> std::ops::Range<usize> {
    let first = row0.max(0) as usize / BAND_ROWS;
    let end = ((row1 - 1).max(0) as usize / BAND_ROWS + 1).min(band_count);
    first.min(end)..end
}

impl Band<'_> {
    /// Fill the band with `clear` (unless it is `None`: cleared already), draw the binned triangles into it in
    /// order, then turn its pixels from premultiplied to straight alpha
    /// for the PNG.
    fn clear_draw_finish<'t>(
        &mut self,
        clear: Option<[u8; 4]>,
        (jobs, bin): (&[DrawJob<'_>], impl Iterator<Item = &'t TriangleRef>),
        width: usize,
        pixels_per_point: f32,
    ) {
        if let Some(clear) = clear {
            self.rows.fill(clear);
        }
        for &TriangleRef { job, triangle } in bin {
            let Some(job) = jobs.get(job as usize) else {
                continue;
            };
            let first = triangle as usize * 3;
            let Some(indices) = job.mesh.indices.get(first..first + 3) else {
                continue;
            };
            let vertices = &job.mesh.vertices;
            let corner = |i: usize| vertices.get(indices[i] as usize);
            let (Some(a), Some(b), Some(c)) = (corner(0), corner(1), corner(2)) else {
                continue;
            };
            let Some(triangle) = Triangle::new([a, b, c], pixels_per_point, job) else {
                continue;
            };
            triangle.fill(self, width, job.texture);
        }
        // Most pixels are opaque: eight at a time are passed over at once
        // when all are.
        for pixels in self.rows.chunks_mut(8) {
            if pixels.iter().fold(u8::MAX, |alpha, p| alpha & p[3]) == u8::MAX {
                continue;
            }
            for pixel in pixels.iter_mut().filter(|p| p[3] != u8::MAX) {
                *pixel = unpremultiply(*pixel);
            }
        }
    }
}

/// Rows `row0..row1` that a triangle's bounding box covers inside `scissor`,
/// from the unsnapped positions (a conservative superset of covered rows).
#[expect(
    clippy::cast_possible_truncation,
    reason = "finite and bounded by MAX_COORD_PX before the cast"
)]
fn row_span(
    corners: [&Vertex; 3],
    pixels_per_point: f32,
    scissor: PixelRect,
) -> Option<(i64, i64)> {
    let ys = map3(corners, |v| v.pos.y * pixels_per_point);
    let min = ys[0].min(ys[1]).min(ys[2]);
    let max = ys[0].max(ys[1]).max(ys[2]);
    if !(min.is_finite() && max.is_finite()) {
        return None;
    }
    let limit = MAX_COORD_PX as f32;
    let row0 = (min.clamp(-limit, limit).floor() as i64 - 1).max(scissor.y0);
    let row1 = (max.clamp(-limit, limit).ceil() as i64 + 1).min(scissor.y1);
    (row0 < row1).then_some((row0, row1))
}

/// Edge function `E(x, y) = a·x + b·y + c` over pixel indices; a pixel is
/// inside the edge when `E >= 0` (the top-left bias is folded into `c`).
#[derive(Clone, Copy)]
pub struct Edge {
    /// Change of `E` per pixel step in x.
    pub a: i64,

    /// Change of `E` per pixel step in y.
    pub b: i64,

    /// `E` at pixel (0, 0)'s centre, minus 1 for edges that are not top-left.
    pub c: i64,
}

impl Edge {
    /// The edge `from → to` (snapped units) of a triangle whose interior is
    /// on the side where the cross product `(to − from) × (p − from)` > 0.
    pub fn new(from: [i64; 2], to: [i64; 2]) -> Self {
        let dx = to[0] - from[0];
        let dy = to[1] - from[1];
        let half = SUBPIXEL / 2;
        // Top-left rule: with the interior on the positive side, an edge is a
        // "left" edge when E grows with x (dy < 0) and a "top" edge when it is
        // horizontal and E grows with y (dx > 0). Pixels exactly on any other
        // edge belong to the neighbouring triangle.
        let top_left = dy < 0 || (dy == 0 && dx > 0);
        let bias = if top_left { 0 } else { -1 };
        Self {
            a: -dy * SUBPIXEL,
            b: dx * SUBPIXEL,
            c: dx * (half - from[1]) - dy * (half - from[0]) + bias,
        }
    }

    /// Where this edge bounds the rows from `y` on, stepped row by row
    /// without a division ([`EdgeRows::clip_next`] narrows each row as
    /// [`Self::clip_span`] does).
    pub fn rows_from(self, y: i64) -> EdgeRows {
        let at_x0 = self.b * y + self.c;
        let d = self.a.abs();
        if d == 0 {
            return EdgeRows {
                side: Side::Flat,
                q: at_x0,
                r: 0,
                d: 1,
                step_q: self.b,
                step_r: 0,
            };
        }
        EdgeRows {
            side: if self.a > 0 { Side::Left } else { Side::Right },
            q: at_x0.div_euclid(d),
            r: at_x0.rem_euclid(d),
            d,
            step_q: self.b.div_euclid(d),
            step_r: self.b.rem_euclid(d),
        }
    }

    /// Narrow the columns `x0..=x1` of row `y` to where this edge is inside.
    pub fn clip_span(self, y: i64, x0: &mut i64, x1: &mut i64) {
        let at_x0 = self.b * y + self.c; // E at column 0
        match self.a.signum() {
            1 => *x0 = (*x0).max(-at_x0.div_euclid(self.a)),
            -1 => *x1 = (*x1).min(at_x0.div_euclid(-self.a)),
            _ if at_x0 < 0 => *x1 = *x0 - 1,
            _ => {}
        }
    }
}

/// Which columns of a row an edge keeps.
#[derive(Clone, Copy)]
enum Side {
    /// `E` grows with x: the edge bounds the span on the left.
    Left,
    /// `E` falls with x: the edge bounds the span on the right.
    Right,
    /// `E` is the same along the row: all or nothing.
    Flat,
}

/// An edge stepped row by row: `E` at column 0 of the current row is
/// `q·d + r` (`0 <= r < d`, `d = |a|`), so the column where the edge
/// crosses the row is `q` or `−q` with no division per row; each row adds
/// `b` (as `step_q·d + step_r`). Flat edges keep `E` itself in `q`.
#[derive(Clone, Copy)]
pub struct EdgeRows {
    side: Side,
    q: i64,
    r: i64,
    d: i64,
    step_q: i64,
    step_r: i64,
}

impl EdgeRows {
    /// Narrow the columns `x0..=x1` of the current row as
    /// [`Edge::clip_span`] does, then move to the next row.
    pub fn clip_next(&mut self, x0: &mut i64, x1: &mut i64) {
        match self.side {
            Side::Left => *x0 = (*x0).max(-self.q),
            Side::Right => *x1 = (*x1).min(self.q),
            Side::Flat if self.q < 0 => *x1 = *x0 - 1,
            Side::Flat => {}
        }
        self.q += self.step_q;
        self.r += self.step_r;
        if self.r >= self.d {
            self.r -= self.d;
            self.q += 1;
        }
    }
}

/// An attribute that varies linearly over the triangle:
/// `value(x, y) = at_origin + per_x·x + per_y·y` at pixel centres.
#[derive(Clone, Copy, Default)]
struct Plane {
    /// Value at the centre of pixel (0, 0).
    at_origin: f64,

    /// Change per pixel in x.
    per_x: f64,

    /// Change per pixel in y.
    per_y: f64,
}

impl Plane {
    /// Value at the centre of pixel (x, y).
    #[expect(clippy::cast_precision_loss, reason = "pixel indices are < 2^21")]
    fn at(self, x: i64, y: i64) -> f64 {
        self.at_origin + self.per_x * x as f64 + self.per_y * y as f64
    }
}

/// How a triangle's pixels get their source colour.
enum Shading {
    /// The same premultiplied colour (0..255) everywhere: equal vertex
    /// colours and equal UVs (e.g. every untextured shape, UV = `WHITE_UV`).
    Constant([f32; 4]),

    /// Per-pixel colour and/or texture lookup.
    Varying {
        /// Vertex colour planes (r, g, b, a in 0..255), or `None` if constant.
        color: Option<[Plane; 4]>,

        /// The constant vertex colour (0..255) when `color` is `None`.
        flat_color: [f32; 4],

        /// UV planes, or `None` if constant.
        uv: Option<[Plane; 2]>,

        /// The constant texture sample (0..1) when `uv` is `None`.
        flat_texel: [f32; 4],

        /// Filter for per-pixel sampling.
        filter: TextureFilter,
    },
}

/// A triangle set up for filling.
struct Triangle {
    /// The three edges, interior where all are `>= 0`.
    edges: [Edge; 3],

    /// Pixels the triangle may cover (bounding box ∩ scissor).
    bounds: PixelRect,

    /// Source colour.
    shading: Shading,
}

impl Triangle {
    /// Snap and set up a triangle; `None` if it covers no pixel centre or
    /// has a non-finite or far-off vertex.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_precision_loss,
        reason = "coordinates are finite and bounded by MAX_COORD_PX"
    )]
    fn new(corners: [&Vertex; 3], pixels_per_point: f32, job: &DrawJob<'_>) -> Option<Self> {
        let limit = (MAX_COORD_PX * SUBPIXEL) as f32;
        let mut snapped = [[0_i64; 2]; 3];
        for (out, vertex) in snapped.iter_mut().zip(corners) {
            for (axis, point) in [vertex.pos.x, vertex.pos.y].into_iter().enumerate() {
                let sub = (point * pixels_per_point * SUBPIXEL as f32).round();
                if sub.is_nan() || sub.abs() > limit {
                    return None; // NaN, infinite or too far away
                }
                out[axis] = sub as i64;
            }
        }
        let [p0, mut p1, mut p2] = snapped;
        let [v0, mut v1, mut v2] = corners;
        let mut area = (p1[0] - p0[0]) * (p2[1] - p0[1]) - (p1[1] - p0[1]) * (p2[0] - p0[0]);
        if area == 0 {
            return None;
        }
        if area < 0 {
            std::mem::swap(&mut p1, &mut p2);
            std::mem::swap(&mut v1, &mut v2);
            area = -area;
        }

        let scissor = job.scissor;
        let min_px = |i: usize| p0[i].min(p1[i]).min(p2[i]).div_euclid(SUBPIXEL);
        let max_px = |i: usize| p0[i].max(p1[i]).max(p2[i]).div_euclid(SUBPIXEL) + 1;
        let bounds = PixelRect {
            x0: min_px(0).max(scissor.x0),
            y0: min_px(1).max(scissor.y0),
            x1: max_px(0).min(scissor.x1),
            y1: max_px(1).min(scissor.y1),
        };
        if bounds.x0 >= bounds.x1 || bounds.y0 >= bounds.y1 {
            return None;
        }
        let edges = [Edge::new(p0, p1), Edge::new(p1, p2), Edge::new(p2, p0)];

        // Attribute gradients in pixel units from the snapped positions.
        let to_px = |p: [i64; 2]| [p[0] as f64 / SUBPIXEL as f64, p[1] as f64 / SUBPIXEL as f64];
        let [q0, q1, q2] = [to_px(p0), to_px(p1), to_px(p2)];
        let det = area as f64 / (SUBPIXEL * SUBPIXEL) as f64;
        let (e1, e2) = (
            [q1[0] - q0[0], q1[1] - q0[1]],
            [q2[0] - q0[0], q2[1] - q0[1]],
        );
        let plane = |f0: f64, f1: f64, f2: f64| {
            let per_x = ((f1 - f0) * e2[1] - (f2 - f0) * e1[1]) / det;
            let per_y = ((f2 - f0) * e1[0] - (f1 - f0) * e2[0]) / det;
            Plane {
                at_origin: f0 + per_x * (0.5 - q0[0]) + per_y * (0.5 - q0[1]),
                per_x,
                per_y,
            }
        };

        let flat = v0.color == v1.color && v0.color == v2.color;
        let colors = map3([v0, v1, v2], |v| map4(v.color.to_array(), f32::from));
        let flat_color = colors[0];
        let color = (!flat).then(|| {
            from_fn4(|c| {
                plane(
                    f64::from(colors[0][c]),
                    f64::from(colors[1][c]),
                    f64::from(colors[2][c]),
                )
            })
        });
        let uvs = map3([v0, v1, v2], |v| v.uv);
        let uv = (uvs[1] != uvs[0] || uvs[2] != uvs[0]).then(|| {
            [
                plane(
                    f64::from(uvs[0].x),
                    f64::from(uvs[1].x),
                    f64::from(uvs[2].x),
                ),
                plane(
                    f64::from(uvs[0].y),
                    f64::from(uvs[1].y),
                    f64::from(uvs[2].y),
                ),
            ]
        });

        let texture = job.texture;
        let shading = match uv {
            None if color.is_none() => {
                let texel = texture.sample(uvs[0].x, uvs[0].y, texture.options.magnification);
                Shading::Constant(modulate(flat_color, texel))
            }
            _ => {
                let filter = uv.map_or(texture.options.magnification, |[u, v]| {
                    texture.filter_for(u, v)
                });
                Shading::Varying {
                    color,
                    flat_color,
                    uv,
                    // Used only where the UVs are the same at every corner.
                    flat_texel: if uv.is_none() {
                        texture.sample(uvs[0].x, uvs[0].y, filter)
                    } else {
                        [0.0; 4]
                    },
                    filter,
                }
            }
        };
        Some(Self {
            edges,
            bounds,
            shading,
        })
    }

    /// Fill the part of the triangle inside `band`.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "spans are clipped to the image before indexing"
    )]
    fn fill(&self, band: &mut Band<'_>, width: usize, texture: &Texture) {
        let band_rows = (band.rows.len() / width.max(1)) as i64;
        let y_start = self.bounds.y0.max(band.y0);
        let y_end = self.bounds.y1.min(band.y0 + band_rows);
        // Triangles of a row or two (most of a feathered line's) divide
        // once per edge and row; taller ones step row by row.
        let [e0, e1, e2] = self.edges;
        let mut stepped = (y_end - y_start > 2).then(|| {
            [
                e0.rows_from(y_start),
                e1.rows_from(y_start),
                e2.rows_from(y_start),
            ]
        });
        for y in y_start..y_end {
            let (mut x0, mut x1) = (self.bounds.x0, self.bounds.x1 - 1);
            match &mut stepped {
                Some(rows) => {
                    for edge in rows {
                        edge.clip_next(&mut x0, &mut x1);
                    }
                }
                None => {
                    for edge in self.edges {
                        edge.clip_span(y, &mut x0, &mut x1);
                    }
                }
            }
            if x0 > x1 {
                continue;
            }
            let row_start = (y - band.y0) as usize * width;
            let span = &mut band.rows[row_start + x0 as usize..=row_start + x1 as usize];
            match &self.shading {
                Shading::Constant(src) => {
                    if src[3] >= 255.0 {
                        span.fill(map4(*src, to_u8));
                    } else {
                        blend_span(span, *src);
                    }
                }
                Shading::Varying {
                    color,
                    flat_color,
                    uv,
                    flat_texel,
                    filter,
                } => {
                    let start = |plane: &Plane| plane.at(x0, y) as f32;
                    let color_row = color.map(|planes| {
                        (
                            map4(planes, |p| start(&p)),
                            map4(planes, |p| p.per_x as f32),
                        )
                    });
                    let uv_row =
                        uv.map(|[u, v]| ([start(&u), start(&v)], [u.per_x as f32, v.per_x as f32]));
                    for (i, dst) in span.iter_mut().enumerate() {
                        let step = i as f32;
                        let vertex_color = match color_row {
                            Some((base, per_x)) => {
                                from_fn4(|c| (base[c] + per_x[c] * step).clamp(0.0, 255.0))
                            }
                            None => *flat_color,
                        };
                        let texel = match uv_row {
                            Some((base, per_x)) => texture.sample(
                                base[0] + per_x[0] * step,
                                base[1] + per_x[1] * step,
                                *filter,
                            ),
                            None => *flat_texel,
                        };
                        let src = modulate(vertex_color, texel);
                        // Over a transparent source the pixel is left as it
                        // is (exactly what the blend gives): skip it.
                        if !is_zero(src) {
                            blend(dst, src);
                        }
                    }
                }
            }
        }
    }
}

impl Texture {
    /// The filter the GPU would pick for a triangle with these UV gradients:
    /// minification when one pixel step covers more than one texel.
    #[expect(clippy::cast_precision_loss, reason = "texture sizes are small")]
    fn filter_for(&self, u: Plane, v: Plane) -> TextureFilter {
        let (w, h) = (self.width as f64, self.height as f64);
        let along_x = (u.per_x * w).hypot(v.per_x * h);
        let along_y = (u.per_y * w).hypot(v.per_y * h);
        if along_x.max(along_y) > 1.0 {
            self.options.minification
        } else {
            self.options.magnification
        }
    }

    /// Sample at normalised `(u, v)`; premultiplied RGBA in 0..1.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_precision_loss,
        reason = "saturating float→int casts; wrap() brings any index in range"
    )]
    pub fn sample(&self, u: f32, v: f32, filter: TextureFilter) -> [f32; 4] {
        let (w, h) = (self.width as f32, self.height as f32);
        match filter {
            TextureFilter::Nearest => {
                let x = self.wrap((u * w).floor() as i64, self.width);
                let y = self.wrap((v * h).floor() as i64, self.height);
                self.texel(x, y)
            }
            TextureFilter::Linear => {
                // Bilinear between texel centres, like the GPU sampler.
                let (fx, fy) = (u * w - 0.5, v * h - 0.5);
                let (tx, ty) = (fx - fx.floor(), fy - fy.floor());
                let (ix, iy) = (fx.floor() as i64, fy.floor() as i64);
                let x0 = self.wrap(ix, self.width);
                let y0 = self.wrap(iy, self.height);
                // On a texel's centre (a glyph drawn at the size it was
                // rasterised, the common case) the blend below is that
                // texel exactly: take it without the other three.
                if tx == 0.0 && ty == 0.0 {
                    return self.texel(x0, y0);
                }
                let x1 = self.wrap(ix.saturating_add(1), self.width);
                let y1 = self.wrap(iy.saturating_add(1), self.height);
                let corners = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)];
                let corners = map4(corners, |(x, y)| {
                    self.texels.get(y * self.width + x).copied()
                });
                // Most of a glyph's quad is empty atlas: the blend of four
                // transparent texels is transparent, without the arithmetic.
                if corners
                    .iter()
                    .all(|t| t.is_none_or(|t| t == Color32::TRANSPARENT))
                    && tx.is_finite()
                    && ty.is_finite()
                {
                    return [0.0; 4];
                }
                let [a, b, c, d] = map4(corners, |t| t.map_or([0.0; 4], texel_to_unit));
                from_fn4(|i| {
                    let top = a[i] + (b[i] - a[i]) * tx;
                    let bottom = c[i] + (d[i] - c[i]) * tx;
                    top + (bottom - top) * ty
                })
            }
        }
    }

    /// Texel `(x, y)` (in range) as 0..1.
    fn texel(&self, x: usize, y: usize) -> [f32; 4] {
        self.texels
            .get(y * self.width + x)
            .map_or([0.0; 4], |t| texel_to_unit(*t))
    }

    /// Bring texel index `i` into `0..len` by the texture's wrap mode.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_possible_wrap,
        clippy::cast_sign_loss,
        reason = "len is a texture dimension; results are in 0..len"
    )]
    pub fn wrap(&self, i: i64, len: usize) -> usize {
        let len = len as i64;
        let wrapped = match self.options.wrap_mode {
            TextureWrapMode::ClampToEdge => i.clamp(0, len - 1),
            TextureWrapMode::Repeat => i.rem_euclid(len),
            TextureWrapMode::MirroredRepeat => {
                let phase = i.rem_euclid(2 * len);
                phase.min(2 * len - 1 - phase)
            }
        };
        wrapped as usize
    }
}

/// `[f(a[0]), f(a[1]), f(a[2]), f(a[3])]`: `a.map(f)` written out, so that
/// it is inlined into the pixel loops (the release build sometimes left the
/// generic `map` a call per pixel); the same calls in the same order.
#[inline(always)]
fn map4<T: Copy, U>(a: [T; 4], f: impl Fn(T) -> U) -> [U; 4] {
    [f(a[0]), f(a[1]), f(a[2]), f(a[3])]
}

/// [`map4`] of three.
#[inline(always)]
fn map3<T: Copy, U>(a: [T; 3], f: impl Fn(T) -> U) -> [U; 3] {
    [f(a[0]), f(a[1]), f(a[2])]
}

/// `std::array::from_fn(f)` of four, written out as [`map4`] is.
#[inline(always)]
fn from_fn4<U>(f: impl Fn(usize) -> U) -> [U; 4] {
    [f(0), f(1), f(2), f(3)]
}

/// A texel's channels as 0..1.
fn texel_to_unit(texel: Color32) -> [f32; 4] {
    map4(texel.to_array(), |c| f32::from(c) / 255.0)
}

/// Vertex colour (0..255) × texture sample (0..1): the fragment colour.
fn modulate(color: [f32; 4], texel: [f32; 4]) -> [f32; 4] {
    from_fn4(|i| color[i] * texel[i])
}

/// Whether every channel is exactly zero: such a source leaves the pixel
/// as it is.
#[allow(
    clippy::float_cmp,
    reason = "exact: only an exact zero blends to no change"
)]
fn is_zero(src: [f32; 4]) -> bool {
    src == [0.0; 4]
}

/// Premultiplied "over" of `src` (0..255) onto `dst`, rounded to 8 bits, with
/// egui-wgpu's blend state: colour `src + dst·(1 − src.a)`, alpha
/// `src.a·(1 − dst.a) + dst.a`.
///
/// The four channels are worked out side by side (one expression shape per
/// lane, which the compiler turns into vector arithmetic), each with the
/// same operations in the same order as one at a time.
pub fn blend(dst: &mut [u8; 4], src: [f32; 4]) {
    let keep = 1.0 - src[3] / 255.0;
    let d = map4(*dst, f32::from);
    let out = [
        src[0] + d[0] * keep,
        src[1] + d[1] * keep,
        src[2] + d[2] * keep,
        src[3] * (1.0 - d[3] / 255.0) + d[3],
    ];
    *dst = map4(out, to_u8);
}

/// [`blend`] of one source over a span of pixels. Runs of equal pixels (a
/// translucent fill over a plain background) are common, and the blend of
/// equal inputs is equal: the last pixel's result is reused while the pixels
/// repeat, so each run costs one blend. The bytes are those of [`blend`].
pub fn blend_span(span: &mut [[u8; 4]], src: [f32; 4]) {
    let mut last: Option<([u8; 4], [u8; 4])> = None;
    for dst in span {
        match last {
            Some((before, after)) if *dst == before => *dst = after,
            _ => {
                let before = *dst;
                blend(dst, src);
                last = Some((before, *dst));
            }
        }
    }
}

/// Round a 0..255 value to 8 bits, as a `Unorm8` target does (NaN → 0).
/// The float→int cast saturates (below 0 → 0, above 255 → 255, NaN → 0), so
/// it is the clamp as well.
#[expect(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "the cast saturates to 0..=255 and sends NaN to 0"
)]
pub fn to_u8(value: f32) -> u8 {
    (value + 0.5) as u8
}

/// Premultiplied RGBA → straight RGBA for the PNG.
pub fn unpremultiply(rgba: [u8; 4]) -> [u8; 4] {
    let [r, g, b, a] = rgba;
    match a {
        255 => rgba,
        0 => [0; 4],
        _ => {
            let a32 = u32::from(a);
            let channel = |c: u8| ((u32::from(c) * 255 + a32 / 2) / a32).min(255) as u8;
            [channel(r), channel(g), channel(b), a]
        }
    }
}
