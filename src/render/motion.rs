//! Figures in motion and side by side: a year range or a tour as an
//! animation (GIF; MP4 through ffmpeg when it is on the PATH), and small
//! multiples (one map panel per year on one figure, one shared legend).
//!
//! Every frame is a figure drawn by the same renderer as the PNG
//! ([`Renderer::render_figure`]): its title says what is shown and its
//! year, and its display list is kept, so what each frame says can be read
//! without looking at pixels. Frames are drawn on up to two threads, each
//! with its own renderer, and written in order. A GIF is written whole to a
//! temporary file beside its place and renamed ([`crate::data::save`]);
//! ffmpeg writes an MP4 to a temporary file that is renamed once it
//! succeeds. Cancelling or a failure leaves nothing half-written.

use std::collections::{BTreeMap, HashMap};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use super::{Caption, Framing, RenderError, Renderer, check_size, figure};
use crate::figure::{Bounds, DisplayList, GroupId, Item, LegendEntry};
use crate::geometry::GeoAssets;
use crate::model::Dataset;
use crate::state::State;

/// Frames per second of a year animation unless `--fps` says otherwise.
pub const DEFAULT_FPS: f32 = 2.0;
/// Frames per second of a tour animation: one step every five seconds,
/// time to read its caption.
pub const DEFAULT_TOUR_FPS: f32 = 0.2;
/// The frame rates accepted (a GIF counts delays in hundredths of a
/// second: 50 per second at most; one frame in ten seconds at least).
pub const FPS_RANGE: std::ops::RangeInclusive<f32> = 0.1..=50.0;
/// The most panels of small multiples on each side.
pub const MAX_GRID_SIDE: u32 = 6;
/// The most frames of an animation.
pub const MAX_FRAMES: usize = 500;

/// Parse `--years`: a range `1991..2024` (both years included; `1991–2024`
/// too), years separated by commas `1995,2005,2015`, or one year.
///
/// # Errors
/// What is wrong and what to write instead, naming `--years`.
pub fn parse_years(s: &str) -> Result<Vec<i32>, String> {
    const HOW: &str =
        "write a range (--years 1991..2024) or years separated by commas (--years 1995,2005,2015)";
    let year = |v: &str| {
        let v = v.trim();
        let y = v
            .parse::<i32>()
            .map_err(|_| format!("--years {s}: `{v}` is not a year; {HOW}"))?;
        let (first, last) = (
            crate::state::YEAR_RANGE.start(),
            crate::state::YEAR_RANGE.end(),
        );
        if !crate::state::YEAR_RANGE.contains(&y) {
            return Err(format!(
                "--years {s}: {y} is outside the years Heartland draws ({first}–{last})"
            ));
        }
        Ok(y)
    };
    let range = s
        .split_once("..=")
        .or_else(|| s.split_once(".."))
        .or_else(|| s.split_once('–'));
    if let Some((a, b)) = range {
        let (first, last) = (year(a)?, year(b)?);
        if first > last {
            return Err(format!(
                "--years {s}: the range runs backwards; write the earlier year first (--years {last}..{first})"
            ));
        }
        return Ok((first..=last).collect());
    }
    let years = s.split(',').map(year).collect::<Result<Vec<_>, _>>()?;
    for (i, y) in years.iter().enumerate() {
        if years[..i].contains(y) {
            return Err(format!(
                "--years {s}: {y} is given twice; give each year once"
            ));
        }
    }
    Ok(years)
}

/// Check that every year lies in the data's years (`first..=last`) and
/// that there are not too many.
///
/// # Errors
/// Names the first year outside and the years the data spans.
pub fn check_years(years: &[i32], (first, last): (i32, i32)) -> Result<(), String> {
    if let Some(y) = years.iter().find(|y| !(first..=last).contains(*y)) {
        return Err(format!(
            "--years: {y} is outside the data's years ({first}–{last}); choose years from {first} to {last}"
        ));
    }
    if years.len() > MAX_FRAMES {
        return Err(format!(
            "--years: {} years are too many (at most {MAX_FRAMES})",
            years.len()
        ));
    }
    Ok(())
}

/// The years the data spans, as the window's year slider spans them
/// (1991–2026 for data without dates).
pub fn data_years(dataset: &Dataset) -> (i32, i32) {
    let (lo, hi) = dataset.year_range().unwrap_or((1991, 2026));
    (lo, hi.max(lo))
}

/// Parse `--grid COLUMNSxROWS` (`2x2`, `3x1`).
///
/// # Errors
/// What is wrong and what to write, naming `--grid`.
pub fn parse_grid(s: &str) -> Result<[u32; 2], String> {
    let bad = || {
        format!(
            "--grid {s}: write columns x rows, each from 1 to {MAX_GRID_SIDE} (e.g. --grid 2x2)"
        )
    };
    let (c, r) = s.split_once(['x', 'X', '×']).ok_or_else(bad)?;
    let side = |v: &str| {
        v.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_GRID_SIDE).contains(n))
            .ok_or_else(bad)
    };
    Ok([side(c)?, side(r)?])
}

/// Check that a grid has exactly one panel per year.
///
/// # Errors
/// Says how many panels and years there are and what to write.
pub fn check_grid(grid: [u32; 2], years: usize) -> Result<(), String> {
    let panels = (grid[0] * grid[1]) as usize;
    if panels == years {
        return Ok(());
    }
    let [c, r] = grid;
    Err(format!(
        "--grid {c}x{r} has {panels} panels but --years gives {years} year{}: give one year per panel \
         (e.g. --grid {years}x1 for these years, or {panels} years for this grid)",
        if years == 1 { "" } else { "s" }
    ))
}

/// Parse `--fps`: a positive number of frames per second.
///
/// # Errors
/// Names `--fps` and the accepted range.
pub fn parse_fps(s: &str) -> Result<f32, String> {
    s.trim()
        .parse::<f32>()
        .ok()
        .filter(|f| FPS_RANGE.contains(f))
        .ok_or_else(|| {
            format!(
                "--fps {s}: give frames per second from {} to {} (e.g. --fps 2, or 0.5 for one frame every two seconds)",
                FPS_RANGE.start(),
                FPS_RANGE.end()
            )
        })
}

/// What an animation file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnimationFormat {
    /// An animated GIF, looping.
    Gif,
    /// An H.264 MP4 (written by ffmpeg).
    Mp4,
}

impl AnimationFormat {
    /// The format a file name asks for by its extension, if an animation.
    pub fn of_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_string_lossy().to_lowercase();
        match ext.as_str() {
            "gif" => Some(Self::Gif),
            "mp4" => Some(Self::Mp4),
            _ => None,
        }
    }
}

/// Why an animation was not written.
#[derive(Debug, thiserror::Error)]
pub enum AnimationError {
    /// A frame could not be drawn.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// `.mp4` without ffmpeg.
    #[error(
        "writing .mp4 needs ffmpeg on the PATH; install it (e.g. apt install ffmpeg) or write a .gif"
    )]
    NoFfmpeg,
    /// ffmpeg ran and failed.
    #[error("{file}: ffmpeg could not write the video: {reason}")]
    Ffmpeg {
        /// Output file.
        file: String,
        /// ffmpeg's own words.
        reason: String,
    },
    /// The file could not be written.
    #[error("{file}: cannot write the animation: {reason}")]
    Write {
        /// Output file.
        file: String,
        /// What went wrong.
        reason: String,
    },
    /// Nothing to animate.
    #[error("there is no frame to write")]
    NoFrames,
    /// The user cancelled; nothing was written.
    #[error("cancelled; nothing was written")]
    Cancelled,
}

/// One frame: the state it shows and, for a tour step, its caption band.
#[derive(Clone, Debug)]
pub struct FrameSpec {
    /// What the frame shows.
    pub state: State,
    /// A tour step's caption.
    pub caption: Option<Caption>,
}

/// One frame per year: `state` in each year.
pub fn year_frames(state: &State, years: &[i32]) -> Vec<FrameSpec> {
    years
        .iter()
        .map(|&year| {
            let mut state = state.clone();
            state.year = year;
            state.year_note = None;
            FrameSpec {
                state,
                caption: None,
            }
        })
        .collect()
}

/// One frame per step of a tour, each with its caption band.
pub fn tour_frames(tour: &crate::tour::Tour, dataset: &Dataset) -> Vec<FrameSpec> {
    (0..tour.steps.len())
        .filter_map(|i| {
            let step = tour.steps.get(i)?;
            Some(FrameSpec {
                state: step.state(),
                caption: Caption::of_step(tour, i, dataset),
            })
        })
        .collect()
}

/// How an animation is drawn: pixels, pixels per point, frames per second.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AnimationSettings {
    /// Frame size, pixels.
    pub size: [u32; 2],
    /// Pixels per point (see [`super::export_scale`]).
    pub scale: f32,
    /// Frames per second.
    pub fps: f32,
    /// How each frame's map is framed (the window's export frames what
    /// the window shows, as its PNG export does).
    pub framing: Framing,
}

/// Progress and cancelling of an animation written on another thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct Job<'a> {
    /// Frames written so far.
    pub done: Option<&'a AtomicUsize>,
    /// Set to stop: nothing is written.
    pub cancel: Option<&'a AtomicBool>,
}

impl Job<'_> {
    fn cancelled(&self) -> bool {
        self.cancel.is_some_and(|c| c.load(Ordering::Relaxed))
    }
}

/// A frame made ready on a drawing thread.
enum Ready {
    /// Quantised and compressed, for the GIF encoder.
    Gif(gif::Frame<'static>),
    /// Raw RGBA, for ffmpeg.
    Raw(Vec<u8>),
}

/// Where the frames go, in order.
enum Sink {
    Gif(gif::Encoder<Vec<u8>>),
    Mp4(Mp4Writer),
}

/// ffmpeg reading raw frames on its standard input and writing an MP4
/// into a temporary file beside the output.
struct Mp4Writer {
    child: std::process::Child,
    temp: tempfile::TempPath,
}

/// The ffmpeg on the PATH, if there is one.
fn ffmpeg_on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("ffmpeg"))
        .find(|p| p.is_file())
}

/// Draw `frames` and write them to `out` as `format` says: each frame by
/// the renderer of `heartland render`, on up to two threads. Returns the
/// display list of every frame, in order (what each frame's title, legend
/// and foot say).
///
/// # Errors
/// A bad size, no ffmpeg for an MP4, a failed write, or
/// [`AnimationError::Cancelled`]; the file at `out` is then untouched.
pub fn write_animation(
    geo: &Arc<GeoAssets>,
    dataset: &Dataset,
    frames: &[FrameSpec],
    settings: AnimationSettings,
    (out, format): (&Path, AnimationFormat),
    job: Job<'_>,
) -> Result<Vec<DisplayList>, AnimationError> {
    check_size(settings.size, settings.scale)?;
    if frames.is_empty() {
        return Err(AnimationError::NoFrames);
    }
    let write_err = |reason: String| AnimationError::Write {
        file: out.display().to_string(),
        reason,
    };
    let [w, h] = settings.size;
    let mut sink = match format {
        AnimationFormat::Gif => {
            let mut encoder = gif::Encoder::new(Vec::new(), w as u16, h as u16, &[])
                .map_err(|e| write_err(e.to_string()))?;
            encoder
                .set_repeat(gif::Repeat::Infinite)
                .map_err(|e| write_err(e.to_string()))?;
            Sink::Gif(encoder)
        }
        AnimationFormat::Mp4 => Sink::Mp4(start_ffmpeg(out, settings)?),
    };
    let delay = (100.0 / settings.fps).round().clamp(2.0, 65535.0) as u16;
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, 2)
        .min(frames.len());
    let map_box = steady_map_box(geo, dataset, frames, settings, job);
    let stop = AtomicBool::new(false);
    let mut lists = Vec::with_capacity(frames.len());
    let outcome = std::thread::scope(|scope| {
        let (tx, rx) =
            mpsc::sync_channel::<(usize, Result<(Ready, DisplayList), RenderError>)>(threads * 2);
        for worker in 0..threads {
            let tx = tx.clone();
            let stop = &stop;
            let geo = Arc::clone(geo);
            scope.spawn(move || {
                let mut renderer = Renderer::new(geo);
                for (i, frame) in frames.iter().enumerate().skip(worker).step_by(threads) {
                    if stop.load(Ordering::Relaxed) || job.cancelled() {
                        return;
                    }
                    let drawn = steady_frame(&mut renderer, dataset, frame, settings, map_box).map(
                        |(image, list)| {
                            let ready = match format {
                                AnimationFormat::Gif => Ready::Gif(gif_frame(&image, delay)),
                                AnimationFormat::Mp4 => Ready::Raw(image.into_raw()),
                            };
                            (ready, list)
                        },
                    );
                    if tx.send((i, drawn)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        // Frames come from the threads out of order; they are written in
        // order.
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        let result = (|| {
            for (i, drawn) in &rx {
                if job.cancelled() {
                    return Err(AnimationError::Cancelled);
                }
                waiting.insert(i, drawn?);
                while let Some((ready, list)) = waiting.remove(&next) {
                    match (&mut sink, ready) {
                        (Sink::Gif(encoder), Ready::Gif(frame)) => encoder
                            .write_lzw_pre_encoded_frame(&frame)
                            .map_err(|e| write_err(e.to_string()))?,
                        (Sink::Mp4(mp4), Ready::Raw(bytes)) => mp4.write(&bytes, out)?,
                        // Frames are made for the sink's format.
                        (Sink::Gif(_), Ready::Raw(_)) | (Sink::Mp4(_), Ready::Gif(_)) => {
                            return Err(write_err("a frame of the wrong kind".to_owned()));
                        }
                    }
                    lists.push(list);
                    next += 1;
                    if let Some(done) = job.done {
                        done.store(next, Ordering::Relaxed);
                    }
                }
            }
            if job.cancelled() {
                return Err(AnimationError::Cancelled);
            }
            Ok(())
        })();
        if result.is_err() {
            // The drawing threads stop at their next frame.
            stop.store(true, Ordering::Relaxed);
            drop(rx);
        }
        result
    });
    if let Err(e) = outcome {
        if let Sink::Mp4(mut mp4) = sink {
            mp4.abandon();
        }
        return Err(e);
    }
    if lists.len() != frames.len() {
        return Err(AnimationError::Cancelled);
    }
    match sink {
        Sink::Gif(encoder) => {
            let bytes = encoder.into_inner().map_err(|e| write_err(e.to_string()))?;
            super::write_out(&bytes, out).map_err(write_err)?;
        }
        Sink::Mp4(mp4) => mp4.finish(out)?,
    }
    Ok(lists)
}

/// The map's box every frame shares, so that the map does not move or
/// change its scale from frame to frame as the legend, the title or the
/// foot grow and shrink: the part common to every frame's own map box
/// (each frame's box holds it, so nothing else of a frame covers it).
/// `None` for a single frame, or if the frames' boxes share nothing.
fn steady_map_box(
    geo: &Arc<GeoAssets>,
    dataset: &Dataset,
    frames: &[FrameSpec],
    settings: AnimationSettings,
    job: Job<'_>,
) -> Option<Bounds> {
    if frames.len() < 2 {
        return None;
    }
    let mut renderer = Renderer::new(Arc::clone(geo));
    let mut common: Option<Bounds> = None;
    for frame in frames {
        if job.cancelled() {
            return None;
        }
        if super::panels::Panels::side_by_side(dataset, &frame.state).is_some() {
            // Drawn as two panels: its own layout.
            continue;
        }
        // Only measured: this renderer paints nothing.
        let (list, mut textures) = renderer.figure_layout(
            dataset,
            &frame.state,
            settings.size,
            settings.scale,
            frame.caption.as_ref(),
            settings.framing,
        );
        textures.clear();
        let b = list.map_bounds()?;
        common = Some(common.map_or(b, |c| Bounds {
            min: [c.min[0].max(b.min[0]), c.min[1].max(b.min[1])],
            max: [c.max[0].min(b.max[0]), c.max[1].min(b.max[1])],
        }));
    }
    common.filter(|c| c.width() >= 16.0 && c.height() >= 16.0)
}

/// Draw one frame as [`Renderer::render_figure`] does, its map in
/// `map_box` when given.
fn steady_frame(
    renderer: &mut Renderer,
    dataset: &Dataset,
    frame: &FrameSpec,
    settings: AnimationSettings,
    map_box: Option<Bounds>,
) -> Result<(image::RgbaImage, DisplayList), RenderError> {
    let (size, scale) = (settings.size, settings.scale);
    // A step compared side by side: two panels, as the window shows it.
    if let Some(panels) = super::panels::Panels::side_by_side(dataset, &frame.state) {
        return renderer.render_panels(
            dataset,
            (&frame.state, &panels),
            (size, scale),
            frame.caption.as_ref(),
        );
    }
    let (mut list, textures) = renderer.figure_layout(
        dataset,
        &frame.state,
        size,
        scale,
        frame.caption.as_ref(),
        settings.framing,
    );
    if let Some(b) = map_box {
        for group in list.groups.iter_mut().filter(|g| g.id == GroupId::Map) {
            group.bounds = b;
            for item in &mut group.items {
                if let Item::Map(m) = item {
                    *m = b;
                }
            }
        }
    }
    let (primitives, mut textures, list) = renderer.figure_paint(
        dataset,
        &frame.state,
        (size, scale),
        settings.framing,
        list,
        textures,
    );
    renderer.raster.apply_textures(&textures);
    textures.clear();
    let image = renderer
        .raster
        .render(&primitives, scale, size, figure::color32(list.background));
    Ok((image, list))
}

/// Start ffmpeg writing an MP4 of frames of `settings` into a temporary
/// file beside `out`.
fn start_ffmpeg(out: &Path, settings: AnimationSettings) -> Result<Mp4Writer, AnimationError> {
    let ffmpeg = ffmpeg_on_path().ok_or(AnimationError::NoFfmpeg)?;
    let write_err = |reason: String| AnimationError::Write {
        file: out.display().to_string(),
        reason,
    };
    if out.as_os_str() == "-" {
        return Err(write_err(
            "an MP4 cannot go to the standard output; give a file name".to_owned(),
        ));
    }
    let target = crate::data::save::resolve_target(out).map_err(|e| write_err(e.to_string()))?;
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".heartland-")
        .suffix(".mp4.part")
        .tempfile_in(&dir)
        .map_err(|e| {
            write_err(format!(
                "cannot make a temporary file in {}: {e}",
                dir.display()
            ))
        })?
        .into_temp_path();
    let [w, h] = settings.size;
    let child = std::process::Command::new(ffmpeg)
        .args(["-hide_banner", "-loglevel", "error", "-nostdin", "-y"])
        .args(["-f", "rawvideo", "-pix_fmt", "rgba"])
        .args(["-s", &format!("{w}x{h}"), "-r", &settings.fps.to_string()])
        .args(["-i", "-"])
        // H.264 in 4:2:0 wants even sides.
        .args(["-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2"])
        .args([
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
        ])
        .args(["-f", "mp4"])
        .arg(temp.as_os_str())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| write_err(format!("cannot start ffmpeg: {e}")))?;
    Ok(Mp4Writer { child, temp })
}

impl Mp4Writer {
    fn write(&mut self, bytes: &[u8], out: &Path) -> Result<(), AnimationError> {
        let Some(stdin) = self.child.stdin.as_mut() else {
            return Err(self.failed(out));
        };
        if stdin.write_all(bytes).is_err() {
            return Err(self.failed(out));
        }
        Ok(())
    }

    /// ffmpeg stopped taking frames or failed: what it said.
    fn failed(&mut self, out: &Path) -> AnimationError {
        use std::io::Read as _;
        drop(self.child.stdin.take());
        let _ = self.child.wait();
        let mut text = String::new();
        if let Some(stderr) = self.child.stderr.as_mut() {
            let _ = stderr.read_to_string(&mut text);
        }
        let text = text.trim();
        let reason = if text.is_empty() {
            "it stopped without saying why".to_owned()
        } else {
            text.lines().take(6).collect::<Vec<_>>().join("; ")
        };
        AnimationError::Ffmpeg {
            file: out.display().to_string(),
            reason,
        }
    }

    /// Stop ffmpeg; the temporary file goes with `self`.
    fn abandon(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Let ffmpeg finish, then put the file in its place.
    fn finish(mut self, out: &Path) -> Result<(), AnimationError> {
        drop(self.child.stdin.take());
        let status = self.child.wait();
        if !status.is_ok_and(|s| s.success()) {
            return Err(self.failed(out));
        }
        let target = crate::data::save::resolve_target(out).map_err(|e| AnimationError::Write {
            file: out.display().to_string(),
            reason: e.to_string(),
        })?;
        // The permissions of the file replaced, or the usual ones of a new
        // file (the temporary file was made readable by its owner only).
        let permissions = std::fs::metadata(&target)
            .map(|m| m.permissions())
            .ok()
            .or_else(new_file_permissions);
        if let Some(p) = permissions {
            let _ = std::fs::set_permissions(&self.temp, p);
        }
        self.temp
            .persist(&target)
            .map(|_| ())
            .map_err(|e| AnimationError::Write {
                file: out.display().to_string(),
                reason: e.to_string(),
            })
    }
}

/// The permissions of a new file others may read.
#[cfg(unix)]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt as _;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn new_file_permissions() -> Option<std::fs::Permissions> {
    None
}

/// A frame for the GIF: its own palette of at most 256 colours
/// ([`quantize`]), LZW-compressed here so that compressing runs on the
/// drawing threads.
fn gif_frame(image: &image::RgbaImage, delay: u16) -> gif::Frame<'static> {
    let (palette, indices) = quantize(image.as_raw());
    let mut frame = gif::Frame {
        width: image.width() as u16,
        height: image.height() as u16,
        delay,
        palette: Some(palette),
        buffer: std::borrow::Cow::Owned(indices),
        ..gif::Frame::default()
    };
    frame.make_lzw_pre_encoded();
    frame
}

/// Colours that cover at least this share of a frame (a country's fill,
/// the sea, the page) keep their exact value in the palette.
const FLAT_SHARE: f64 = 0.0005;
/// Squared distance (RGB) below which a rarer colour is taken as a shade
/// of one already in the palette, in the first pass.
const NEAR: u32 = 3 * 10 * 10;

/// Choose at most 256 colours for an opaque RGBA image and map every pixel
/// to the nearest: the palette (RGB triples) and one index per pixel.
///
/// Flat fills keep their exact colour (they are the most frequent
/// colours), so nothing is dithered and a fill is one index; the rest of
/// the palette goes to the shades of edges and text, each new one at a
/// distance from those already chosen. Deterministic (ties broken by the
/// colour).
pub fn quantize(rgba: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let key = |px: &[u8]| u32::from_be_bytes([0, px[0], px[1], px[2]]);
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let mut run = (u32::MAX, 0u32);
    for px in rgba.chunks_exact(4) {
        let c = key(px);
        if c == run.0 {
            run.1 += 1;
        } else {
            if run.1 > 0 {
                *counts.entry(run.0).or_default() += run.1;
            }
            run = (c, 1);
        }
    }
    if run.1 > 0 {
        *counts.entry(run.0).or_default() += run.1;
    }
    let mut colours: Vec<(u32, u32)> = counts.into_iter().collect();
    colours.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let pixels = (rgba.len() / 4).max(1) as f64;
    let chosen: Vec<u32> = if colours.len() <= 256 {
        colours.iter().map(|c| c.0).collect()
    } else {
        let mut chosen: Vec<u32> = colours
            .iter()
            .take_while(|c| f64::from(c.1) / pixels >= FLAT_SHARE)
            .take(256)
            .map(|c| c.0)
            .collect();
        for near in [NEAR, NEAR / 4, 0] {
            for &(c, _) in &colours {
                if chosen.len() >= 256 {
                    break;
                }
                if chosen.iter().all(|&p| distance(p, c) > near) {
                    chosen.push(c);
                }
            }
        }
        chosen
    };
    let mut index: HashMap<u32, u8> = HashMap::with_capacity(colours.len());
    for &(c, _) in &colours {
        let nearest = chosen
            .iter()
            .enumerate()
            .min_by_key(|(_, p)| distance(**p, c))
            .map_or(0, |(i, _)| i as u8);
        index.insert(c, nearest);
    }
    let mut indices = Vec::with_capacity(rgba.len() / 4);
    let mut last = (u32::MAX, 0u8);
    for px in rgba.chunks_exact(4) {
        let c = key(px);
        if c != last.0 {
            last = (c, index.get(&c).copied().unwrap_or(0));
        }
        indices.push(last.1);
    }
    let palette = chosen.iter().flat_map(|c| {
        let [_, r, g, b] = c.to_be_bytes();
        [r, g, b]
    });
    (palette.collect(), indices)
}

/// Squared RGB distance of two colours packed as `0RGB`.
fn distance(a: u32, b: u32) -> u32 {
    let [_, ar, ag, ab] = a.to_be_bytes();
    let [_, br, bg, bb] = b.to_be_bytes();
    let d = |x: u8, y: u8| u32::from(x.abs_diff(y)).pow(2);
    d(ar, br) + d(ag, bg) + d(ab, bb)
}

/// The title of small multiples: the view's title with its year replaced
/// by the span of the panels' years ("CSTO members, 1995–2025").
pub fn grid_title(first_title: &str, first_year: i32, years: &[i32]) -> String {
    let (lo, hi) = (
        years.iter().copied().min().unwrap_or(first_year),
        years.iter().copied().max().unwrap_or(first_year),
    );
    let span = if lo == hi {
        lo.to_string()
    } else {
        format!("{lo}–{hi}")
    };
    let year = first_year.to_string();
    match first_title.strip_suffix(&year) {
        Some(rest) => format!("{rest}{span}"),
        None => format!("{first_title} · {span}"),
    }
}

/// One legend for several panels: the first panel's entries, then each
/// entry the others add, placed after the entry it follows in its own
/// legend. A sample is listed once by its words; a line of text that not
/// every panel's legend has (a count of one year: "Shaded: 6 countries")
/// is left out, since it would not be true of every panel.
pub fn merged_legend(legends: &[Vec<LegendEntry>]) -> Vec<LegendEntry> {
    let words = |e: &LegendEntry| match e {
        LegendEntry::Title(t) => (0, t.clone()),
        LegendEntry::Sample(_, t) => (1, t.clone()),
        LegendEntry::Text(t) => (2, t.clone()),
    };
    let in_every = |e: &LegendEntry| legends.iter().all(|l| l.contains(e));
    let mut merged: Vec<LegendEntry> = Vec::new();
    for legend in legends {
        let mut after: Option<usize> = None;
        for entry in legend {
            if matches!(entry, LegendEntry::Text(_)) && !in_every(entry) {
                continue;
            }
            match merged.iter().position(|e| words(e) == words(entry)) {
                Some(at) => after = Some(at),
                None => {
                    let at = after.map_or(merged.len(), |a| a + 1);
                    merged.insert(at, entry.clone());
                    after = Some(at);
                }
            }
        }
    }
    merged
}

/// Draw small multiples: `state` in each of `years`, one map panel per
/// year titled with it, `columns` panels per row, one overall title, one
/// legend for all panels, the attribution and the citation (the sources
/// of every panel) once. Returns the image and its display list.
///
/// # Errors
/// A size or scale the renderer does not draw.
pub fn render_grid(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    state: &State,
    years: &[i32],
    columns: usize,
    (size_px, scale): ([u32; 2], f32),
) -> Result<(image::RgbaImage, DisplayList), RenderError> {
    let panels = super::panels::Panels::years(dataset, state, years, columns);
    Renderer::new(geo).render_panels(dataset, (state, &panels), (size_px, scale), None)
}

/// A view compared side by side (`compare`, mode `side-by-side`): the two
/// moments as two panels in one figure, each titled with its year or
/// stance, one legend; `None` when the view does not compare side by side.
///
/// # Errors
/// A size or scale the renderer does not draw.
pub fn render_side_by_side(
    geo: Arc<GeoAssets>,
    dataset: &Dataset,
    state: &State,
    (size_px, scale): ([u32; 2], f32),
) -> Option<Result<(image::RgbaImage, DisplayList), RenderError>> {
    let panels = super::panels::Panels::side_by_side(dataset, state)?;
    Some(Renderer::new(geo).render_panels(dataset, (state, &panels), (size_px, scale), None))
}
