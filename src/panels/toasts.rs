//! Notices over the window ("toasts"): how a file action, a save or an
//! import went. They float over the map's foot, above the year bar, and
//! never push a panel: nothing moves under the pointer when one appears, and
//! they never cover the menus or the bars under the toolbar that ask for a
//! choice (a supersede offer, a file changed on disk).
//! A notice fades after a few seconds (longer for longer text; not while the
//! pointer is on it); one that says something failed stays until closed.

use egui::{Align2, Color32, RichText};

use crate::i18n::{Message, tr};

/// How a notice reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToastKind {
    /// Something was done.
    Info,
    /// Something failed or was refused: it stays until closed.
    Error,
}

/// One notice.
#[derive(Clone, Debug)]
pub struct Toast {
    /// What it says (in the language of when it came).
    pub text: String,
    /// The message it says, shown in the window's language of each frame
    /// (a change of language changes it at once).
    pub message: Option<Message>,
    /// How it reads.
    pub kind: ToastKind,
    /// When it was first shown (egui time, seconds); `None` before.
    shown_at: Option<f64>,
    /// A number of its own (the id of its area).
    serial: u64,
}

/// The notices shown, oldest first.
#[derive(Clone, Debug, Default)]
pub struct Toasts {
    items: Vec<Toast>,
    next: u64,
}

/// At most this many notices at once (the oldest goes).
pub const MAX_TOASTS: usize = 4;

/// Seconds a notice of `text` stays before it fades: 5, and one more per
/// 25 characters, at most 12.
pub fn seconds_shown(text: &str) -> f64 {
    (5.0 + text.chars().count() as f64 / 25.0).min(12.0)
}

/// Seconds a notice takes to fade out.
pub const FADE_SECONDS: f64 = 0.8;

impl Toasts {
    /// Show `text`.
    pub fn push(&mut self, text: impl Into<String>, kind: ToastKind) {
        let text = text.into();
        // The same words again: shown afresh, not twice.
        self.items.retain(|t| t.text != text);
        self.items.push(Toast {
            text,
            message: None,
            kind,
            shown_at: None,
            serial: self.next,
        });
        self.next += 1;
        if self.items.len() > MAX_TOASTS {
            self.items.remove(0);
        }
    }

    /// Show `message`, in the window's language of each frame.
    pub fn push_message(&mut self, message: Message, kind: ToastKind) {
        self.push(message.shown(), kind);
        if let Some(last) = self.items.last_mut() {
            last.message = Some(message);
        }
    }

    /// The notices shown, oldest first.
    pub fn items(&self) -> &[Toast] {
        &self.items
    }

    /// Close every notice.
    pub fn clear(&mut self) {
        self.items.clear();
    }

    /// Draw the notices over the window, centred, stacked upwards from
    /// `bottom` (the year bar's top; 0: the window's foot); drop the closed
    /// and faded ones.
    pub fn show(&mut self, ctx: &egui::Context, bottom: f32) {
        let now = ctx.input(|i| i.time);
        let screen = ctx.content_rect().bottom();
        let bottom = if bottom > 0.0 { bottom } else { screen };
        // Anchored areas are placed from the bottom of the screen.
        let mut y = screen - bottom + 10.0;
        let mut keep = Vec::with_capacity(self.items.len());
        let mut animating = false;
        for mut toast in std::mem::take(&mut self.items) {
            if let Some(message) = &toast.message {
                toast.text = message.shown();
            }
            let shown_at = *toast.shown_at.get_or_insert(now);
            let age = now - shown_at;
            let life = seconds_shown(&toast.text);
            let opacity = match toast.kind {
                ToastKind::Error => 1.0,
                ToastKind::Info if age < life => 1.0,
                ToastKind::Info => (1.0 - (age - life) / FADE_SECONDS).max(0.0) as f32,
            };
            if opacity <= 0.0 {
                continue;
            }
            let mut closed = false;
            let area = egui::Area::new(egui::Id::unique(("toast", toast.serial)))
                .order(egui::Order::Foreground)
                .anchor(Align2::CENTER_BOTTOM, egui::vec2(0.0, -y))
                .interactable(true)
                .show(ctx, |ui| {
                    ui.set_opacity(opacity);
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(560.0);
                        ui.horizontal(|ui| {
                            let text = RichText::new(&toast.text);
                            let text = match toast.kind {
                                ToastKind::Info => text,
                                ToastKind::Error => text.color(error_colour(ui)),
                            };
                            ui.add(egui::Label::new(text).wrap());
                            let name = tr("toast-close", "Close notice");
                            let close = ui.small_button("×").on_hover_text(name.clone());
                            close.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, name.clone())
                            });
                            if close.clicked() {
                                closed = true;
                            }
                        });
                    });
                });
            y += area.response.rect.height() + 6.0;
            if closed {
                continue;
            }
            if area.response.contains_pointer() {
                // Read it at leisure: it stays while the pointer is on it.
                toast.shown_at = Some(now - age.min(life * 0.5));
            }
            if toast.kind == ToastKind::Info {
                animating = true;
            }
            keep.push(toast);
        }
        self.items = keep;
        if animating {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}

/// The colour of a failure's words, readable on the popup's background.
fn error_colour(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(0xff, 0x8a, 0x80)
    } else {
        Color32::from_rgb(0xb0, 0x1c, 0x1c)
    }
}
