//! The caption band under the map while a tour plays: one layout and one
//! look for the window ([`crate::panels::tours::caption_box`], with its
//! buttons) and for the exported slides (`heartland render --tour`), so a
//! slide looks like what was shown. Its colours follow the theme.

use egui::{Color32, FontId, RichText, Ui};

pub use crate::figure::Caption;
use crate::state::Theme;

/// Text sizes of the band, points: read from the back of a room (a slide
/// scales them with the image).
const TITLE_PT: f32 = 30.0;
const BODY_PT: f32 = 22.0;
const SMALL_PT: f32 = 16.0;

/// Below this height (points) the band's text shrinks with the window or
/// image, down to [`MIN_TEXT_SHARE`] of its size, so a small window or
/// slide keeps room for its map.
const FULL_TEXT_HEIGHT_PT: f32 = 900.0;
const MIN_TEXT_SHARE: f32 = 0.6;

/// The widest the band's text runs, points: longer lines are hard to read
/// from afar.
const TEXT_WIDTH_PT: f32 = 1100.0;

/// The band's fill, its text and its small print, per theme.
pub fn band_colors(theme: Theme) -> (Color32, Color32, Color32) {
    match theme {
        Theme::Light => (
            Color32::from_rgb(0xfb, 0xfa, 0xf6),
            Color32::from_rgb(0x1e, 0x1e, 0x1e),
            Color32::from_rgb(0x55, 0x55, 0x55),
        ),
        Theme::Dark => (
            Color32::from_rgb(0x1b, 0x1d, 0x21),
            Color32::from_rgb(0xf0, 0xf0, 0xf0),
            Color32::from_rgb(0xb8, 0xb8, 0xb8),
        ),
    }
}

/// The band at the bottom of `ui` (a panel, so the map keeps the space
/// above it): "Step 3 of 7 · tour", the title, the caption, the sources,
/// then what `controls` adds (the window's buttons; nothing on a slide).
/// The same text sizes in the window and on a slide of the same height in
/// points.
///
/// `id_salt` names the panel; egui keeps a panel's size between frames, so
/// a renderer reused for the next slide passes a new one for each caption.
pub fn caption_band(
    ui: &mut Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    caption: &Caption,
    theme: Theme,
    controls: impl FnOnce(&mut Ui),
) {
    let (fill, text, small) = band_colors(theme);
    let share = (ui.ctx().content_rect().height() / FULL_TEXT_HEIGHT_PT).clamp(MIN_TEXT_SHARE, 1.0);
    let (title_pt, body_pt, small_pt) = (TITLE_PT * share, BODY_PT * share, SMALL_PT * share);
    egui::Panel::bottom(id_salt)
        .resizable(false)
        .show_separator_line(false)
        .frame(
            egui::Frame::NONE
                .fill(fill)
                .inner_margin(egui::Margin::symmetric(24, 14)),
        )
        .show(ui, |ui| {
            let width = ui.available_width().clamp(1.0, TEXT_WIDTH_PT);
            egui::Frame::new().show(ui, |ui| {
                ui.set_width(width);
                ui.spacing_mut().item_spacing.y = 6.0;
                if !caption.step.is_empty() {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(&caption.step)
                                .font(FontId::proportional(small_pt))
                                .color(small),
                        );
                        if !caption.tour.is_empty() {
                            ui.label(
                                RichText::new(format!("· {}", caption.tour))
                                    .font(FontId::proportional(small_pt))
                                    .color(small),
                            );
                        }
                    });
                }
                ui.label(
                    RichText::new(&caption.title)
                        .font(FontId::proportional(title_pt))
                        .strong()
                        .color(text),
                );
                if !caption.fallback.is_empty() {
                    // The "(English)" mark of a missing translation, just
                    // above the caption it concerns.
                    ui.label(
                        RichText::new(&caption.fallback)
                            .font(FontId::proportional(small_pt))
                            .italics()
                            .color(small),
                    );
                }
                ui.label(
                    RichText::new(&caption.body)
                        .font(FontId::proportional(body_pt))
                        .color(text),
                );
                if !caption.sources.is_empty() {
                    ui.label(
                        RichText::new(&caption.sources)
                            .font(FontId::proportional(small_pt))
                            .color(small),
                    );
                }
                controls(ui);
            });
        });
}
