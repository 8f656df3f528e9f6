//! File ▸ Export animation…: the window's side of `heartland render
//! --years`. The window asks for the years, the frame rate and the size,
//! then where to write; the animation is drawn and written on another
//! thread (the window stays responsive), with its progress shown and a
//! Cancel that stops it leaving nothing behind (the file is written whole
//! to a temporary file and renamed, see [`crate::render::motion`]).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};

use super::HeartlandApp;
use super::dialogs::{DialogKind, DialogRequest};
use super::files::Purpose;
use crate::i18n::{Message, tr};
use crate::panels::animation::{AnimationAction, AnimationForm, AnimationProgress};
use crate::render::motion::{self, AnimationFormat, AnimationSettings, Job};
use crate::state::State;

/// What to animate, asked for before the file.
#[derive(Clone, Debug)]
pub struct AnimationRequest {
    /// The view, in every year.
    pub state: State,
    /// The years, first to last.
    pub years: Vec<i32>,
    /// Frame size, pixels.
    pub size: [u32; 2],
    /// Frames per second.
    pub fps: f32,
    /// How the map is framed: what the window shows, as the PNG export.
    pub framing: crate::render::Framing,
}

impl AnimationRequest {
    /// The save dialog: a GIF by default, an MP4 by its extension.
    pub fn dialog(&self) -> DialogRequest {
        let (first, last) = (
            self.years.first().copied().unwrap_or_default(),
            self.years.last().copied().unwrap_or_default(),
        );
        DialogRequest::new(
            DialogKind::SaveFile,
            tr("anim-dialog-title", "Export an animation"),
        )
        .filter(
            &tr("anim-dialog-filter", "GIF or MP4 animation"),
            &["gif", "mp4"],
        )
        .file_name(format!("heartland-{first}-{last}.gif"))
    }
}

/// An animation being written on another thread.
struct Running {
    done: Arc<AtomicUsize>,
    total: usize,
    cancel: Arc<AtomicBool>,
    path: PathBuf,
    rx: Receiver<Result<usize, motion::AnimationError>>,
}

/// The animation window and the animation being written, if any.
#[derive(Default)]
pub struct AnimationExport {
    form: AnimationForm,
    /// The form was set to the data's years once.
    years_set: bool,
    running: Option<Running>,
}

impl AnimationExport {
    fn progress(&self) -> Option<AnimationProgress> {
        self.running.as_ref().map(|r| AnimationProgress {
            done: r.done.load(Ordering::Relaxed),
            total: r.total,
        })
    }
}

impl HeartlandApp {
    /// Open the animation window (its years the data's, the first time).
    pub(super) fn open_animation_window(&mut self) {
        let (first, last) = self.session.year_range();
        let form = &mut self.animation.form;
        if !self.animation.years_set {
            form.from = first.max(1991).min(last);
            form.to = self.state.year.clamp(first, last);
            self.animation.years_set = true;
        }
        form.open = true;
    }

    /// An animation is being written.
    pub fn is_writing_animation(&self) -> bool {
        self.animation.running.is_some()
    }

    /// The animation window, and the outcome of an animation once written.
    pub(super) fn animation_window(&mut self, ctx: &egui::Context) {
        self.poll_animation();
        if self.animation.running.is_some() {
            // The progress bar moves while the frames are drawn.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if !self.animation.form.open {
            return;
        }
        let progress = self.animation.progress();
        let years = self.session.year_range();
        match crate::panels::animation::animation_window(
            ctx,
            &mut self.animation.form,
            years,
            progress,
        ) {
            Some(AnimationAction::Export) => {
                let form = &self.animation.form;
                let mut state = self.state.clone();
                state.year_note = None;
                // What the window shows: its map's extent, whole (as the
                // PNG export frames it).
                let framing = self
                    .map_cache
                    .last_transform
                    .filter(|_| !state.fit_preset_pending)
                    .map_or(crate::render::Framing::View, |t| {
                        crate::render::Framing::Window {
                            map_size: [t.rect.width(), t.rect.height()],
                        }
                    });
                let request = AnimationRequest {
                    state,
                    years: form.years(),
                    size: form.size_px(),
                    fps: form.fps,
                    framing,
                };
                self.ask(ctx, Purpose::ExportAnimation(Box::new(request)));
            }
            Some(AnimationAction::Cancel) => {
                if let Some(running) = &self.animation.running {
                    running.cancel.store(true, Ordering::Relaxed);
                }
            }
            None => {}
        }
    }

    /// Start writing the animation `request` to `path` on another thread.
    pub(super) fn start_animation(
        &mut self,
        ctx: &egui::Context,
        request: &AnimationRequest,
        path: PathBuf,
    ) {
        if self.animation.running.is_some() {
            self.notify_error(Message::tr(
                "anim-busy",
                "An animation is being written; wait for it or cancel it.",
            ));
            return;
        }
        let Some(format) = AnimationFormat::of_path(&path) else {
            self.notify_error(Message::trf(
                "anim-bad-name",
                "{ $file }: an animation is written as .gif or .mp4",
                &[("file", &path.display())],
            ));
            return;
        };
        let geo = Arc::clone(self.scene.geo_arc());
        let dataset = Arc::clone(self.session.dataset_arc());
        let frames = motion::year_frames(&request.state, &request.years);
        let total = frames.len();
        let done = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = mpsc::channel();
        let repaint = ctx.clone();
        let (thread_done, thread_cancel) = (Arc::clone(&done), Arc::clone(&cancel));
        let thread_path = path.clone();
        let settings = AnimationSettings {
            size: request.size,
            scale: crate::render::export_scale(request.size),
            fps: request.fps,
            framing: request.framing,
        };
        let spawned = std::thread::Builder::new()
            .name("heartland-animation".to_owned())
            .spawn(move || {
                let job = Job {
                    done: Some(&thread_done),
                    cancel: Some(&thread_cancel),
                };
                let written = motion::write_animation(
                    &geo,
                    &dataset,
                    &frames,
                    settings,
                    (&thread_path, format),
                    job,
                );
                let message = written.map(|lists| lists.len());
                let _ = tx.send(message);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.animation.running = Some(Running {
                    done,
                    total,
                    cancel,
                    path,
                    rx,
                });
            }
            Err(e) => self.notify_error(Message::trf(
                "anim-not-started",
                "Cannot start the animation: { $reason }",
                &[("reason", &e)],
            )),
        }
    }

    /// Take the outcome of the animation being written, if it finished
    /// (said here, in the window's language).
    fn poll_animation(&mut self) {
        let Some(running) = &self.animation.running else {
            return;
        };
        let outcome = match running.rx.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(mpsc::TryRecvError::Empty) => return,
            Err(mpsc::TryRecvError::Disconnected) => None,
        };
        let path = running.path.clone();
        self.animation.running = None;
        match outcome {
            Some(Ok(frames)) => self.notify(Message::trn(
                "anim-written",
                "Wrote an animation of { $count } frame to { $file }",
                "Wrote an animation of { $count } frames to { $file }",
                frames,
                &[("file", &path.display())],
            )),
            Some(Err(motion::AnimationError::Cancelled)) => self.notify(Message::tr(
                "anim-cancelled",
                "The animation was cancelled; nothing was written.",
            )),
            Some(Err(e)) => self.notify_error(Message::trf(
                "anim-failed",
                "The animation was not written: { $reason }",
                &[("reason", &e)],
            )),
            None => self.notify_error(Message::tr(
                "anim-stopped",
                "The animation stopped unexpectedly; nothing was written.",
            )),
        }
    }
}
