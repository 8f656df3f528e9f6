//! File ▸ Export animation…: a small window choosing the years, the frame
//! rate and the size of an animation, then showing its progress with a
//! Cancel button while it is written on another thread.

use crate::i18n::{tr, trf, trn};

/// The sizes an animation can be written at, pixels.
pub const ANIMATION_SIZES: [[u32; 2]; 3] = [[960, 540], [1280, 720], [1920, 1080]];

/// What the animation window holds between frames.
#[derive(Clone, Debug, PartialEq)]
pub struct AnimationForm {
    /// The window is open.
    pub open: bool,
    /// The first and last year (both drawn).
    pub from: i32,
    /// See `from`.
    pub to: i32,
    /// Frames per second.
    pub fps: f32,
    /// Index into [`ANIMATION_SIZES`].
    pub size: usize,
}

impl Default for AnimationForm {
    fn default() -> Self {
        Self {
            open: false,
            from: 1991,
            to: 2024,
            fps: crate::render::motion::DEFAULT_FPS,
            size: 1,
        }
    }
}

impl AnimationForm {
    /// The frame size chosen, pixels.
    pub fn size_px(&self) -> [u32; 2] {
        ANIMATION_SIZES
            .get(self.size)
            .copied()
            .unwrap_or(ANIMATION_SIZES[1])
    }

    /// The years chosen, first to last.
    pub fn years(&self) -> Vec<i32> {
        (self.from.min(self.to)..=self.from.max(self.to)).collect()
    }
}

/// An animation being written: frames done of all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnimationProgress {
    /// Frames written.
    pub done: usize,
    /// Frames in all.
    pub total: usize,
}

/// What the user asked of the animation window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnimationAction {
    /// Ask where, then write the animation.
    Export,
    /// Stop the animation being written.
    Cancel,
}

/// The animation window, while `form.open`: years within `years` (the
/// data's), frames per second, size; "Export…" asks where to write; while
/// an animation is written (`progress`), its progress and Cancel.
pub fn animation_window(
    ctx: &egui::Context,
    form: &mut AnimationForm,
    years: (i32, i32),
    progress: Option<AnimationProgress>,
) -> Option<AnimationAction> {
    let mut action = None;
    let mut open = form.open;
    egui::Window::new(tr("anim-title", "Export animation"))
        .id(egui::Id::unique("export animation"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.add_enabled_ui(progress.is_none(), |ui| {
                egui::Grid::new("animation form")
                    .num_columns(2)
                    .show(ui, |ui| {
                        ui.label(tr("anim-from", "From"));
                        ui.add(egui::DragValue::new(&mut form.from).range(years.0..=years.1));
                        ui.end_row();
                        ui.label(tr("anim-to", "To"));
                        ui.add(egui::DragValue::new(&mut form.to).range(years.0..=years.1));
                        ui.end_row();
                        ui.label(tr("anim-fps", "Frames per second"));
                        ui.add(
                            egui::DragValue::new(&mut form.fps)
                                .range(crate::render::motion::FPS_RANGE)
                                .speed(0.1)
                                .max_decimals(1)
                                .custom_formatter(super::numbers::format)
                                .custom_parser(super::numbers::parse),
                        );
                        ui.end_row();
                        ui.label(tr("anim-size", "Size"));
                        let [w, h] = form.size_px();
                        egui::ComboBox::from_id_salt("animation size")
                            .selected_text(format!("{w}×{h}"))
                            .show_ui(ui, |ui| {
                                for (i, [w, h]) in ANIMATION_SIZES.into_iter().enumerate() {
                                    ui.selectable_value(&mut form.size, i, format!("{w}×{h}"));
                                }
                            });
                        ui.end_row();
                    });
                let frames = form.years().len();
                let seconds = frames as f32 / form.fps.max(0.1);
                ui.label(
                    egui::RichText::new(trn(
                        "anim-summary",
                        "{ $count } frame, one per year, { $seconds } s; written as .gif, or as .mp4 where ffmpeg is installed",
                        "{ $count } frames, one per year, { $seconds } s; written as .gif, or as .mp4 where ffmpeg is installed",
                        frames,
                        &[("seconds", &format!("{seconds:.0}"))],
                    ))
                    .weak(),
                );
            });
            ui.separator();
            match progress {
                Some(p) => {
                    let share = p.done as f32 / p.total.max(1) as f32;
                    ui.add(egui::ProgressBar::new(share).text(trf(
                        "anim-progress",
                        "Frame { $done } of { $total }",
                        &[("done", &p.done), ("total", &p.total)],
                    )));
                    if ui.button(tr("cancel", "Cancel")).clicked() {
                        action = Some(AnimationAction::Cancel);
                    }
                }
                None => {
                    if ui.button(tr("anim-export", "Export…")).clicked() {
                        action = Some(AnimationAction::Export);
                    }
                }
            }
        });
    // Closing the window does not stop an animation being written (its
    // progress shows when the window is opened again); Cancel does.
    form.open = open;
    action
}
