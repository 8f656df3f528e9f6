//! The toolbar's icons. The fonts the window bundles (egui's default,
//! Ubuntu Light, without the emoji fonts) draw no arrows or pictographs, so
//! the icons are painted as a few strokes, in the button's text colour
//! (both themes, disabled too); the text symbols used beside them ("×",
//! "•") are ones the default font has (a test checks).

use egui::{Color32, Pos2, Rect, Shape, Stroke, Ui, pos2, vec2};

/// An icon of the toolbar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    /// Undo: an arrow turning back, left.
    Undo,
    /// Redo: an arrow turning back, right.
    Redo,
    /// Save: a diskette; `true`: with a dot, changes not saved.
    Save(bool),
    /// Switch to the dark theme: a crescent moon.
    Moon,
    /// Switch to the light theme: a sun.
    Sun,
    /// Presentation mode: a screen on a stand.
    Present,
    /// Show the panels again: a window with side panels.
    Panels,
    /// A region: a globe.
    Globe,
    /// Problems: a warning triangle.
    Warning,
}

/// The symbols of the default font used as text beside the icons.
pub const TEXT_SYMBOLS: [char; 3] = ['×', '•', '…'];

/// The size of an icon's square, in points.
pub const SIZE: f32 = 16.0;

/// Paint `icon` centred in `rect`, in `colour` on `background`.
pub fn paint(ui: &Ui, rect: Rect, icon: Icon, colour: Color32, background: Color32) {
    let c = rect.center();
    let s = SIZE / 2.0;
    let stroke = Stroke::new(1.6, colour);
    let painter = ui.painter();
    let at = |x: f32, y: f32| pos2(c.x + x * s, c.y + y * s);
    match icon {
        Icon::Undo | Icon::Redo => {
            let flip = if icon == Icon::Undo { 1.0 } else { -1.0 };
            // A half circle from the top over the right back to the bottom
            // (mirrored for redo), the arrowhead at its top-left end.
            let points: Vec<Pos2> = (0..=12)
                .map(|i| {
                    let t = -std::f32::consts::FRAC_PI_2 + std::f32::consts::PI * i as f32 / 12.0;
                    at(flip * (0.15 + 0.55 * t.cos()), 0.1 + 0.55 * t.sin())
                })
                .collect();
            painter.add(Shape::line(points, stroke));
            painter.add(Shape::line(
                vec![
                    at(flip * -0.15, -0.75),
                    at(flip * -0.55, -0.45),
                    at(flip * -0.15, -0.15),
                ],
                stroke,
            ));
        }
        Icon::Save(dirty) => {
            let body = Rect::from_min_max(at(-0.75, -0.75), at(0.75, 0.75));
            painter.rect_stroke(body, 1.5, stroke, egui::StrokeKind::Middle);
            painter.rect_filled(
                Rect::from_min_max(at(-0.4, -0.75), at(0.35, -0.3)),
                0.0,
                colour,
            );
            painter.rect_stroke(
                Rect::from_min_max(at(-0.5, 0.15), at(0.5, 0.75)),
                0.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            if dirty {
                painter.circle_filled(at(0.95, -0.95), 2.6, colour);
            }
        }
        Icon::Moon => {
            let r = 0.7 * s;
            painter.circle_filled(c, r, colour);
            // The bite: the button's own colour over it.
            painter.circle_filled(c + vec2(0.35 * s, -0.3 * s), r * 0.85, background);
        }
        Icon::Sun => {
            painter.circle_filled(c, 0.38 * s, colour);
            for i in 0..8 {
                let a = std::f32::consts::TAU * i as f32 / 8.0;
                let (x, y) = (a.cos(), a.sin());
                painter.line_segment([at(0.58 * x, 0.58 * y), at(0.9 * x, 0.9 * y)], stroke);
            }
        }
        Icon::Present => {
            painter.rect_stroke(
                Rect::from_min_max(at(-0.85, -0.7), at(0.85, 0.4)),
                1.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            painter.line_segment([at(0.0, 0.4), at(0.0, 0.8)], stroke);
            painter.line_segment([at(-0.45, 0.8), at(0.45, 0.8)], stroke);
        }
        Icon::Panels => {
            painter.rect_stroke(
                Rect::from_min_max(at(-0.85, -0.7), at(0.85, 0.7)),
                1.0,
                stroke,
                egui::StrokeKind::Middle,
            );
            painter.line_segment([at(-0.35, -0.7), at(-0.35, 0.7)], stroke);
            painter.line_segment([at(0.4, -0.7), at(0.4, 0.7)], stroke);
        }
        Icon::Globe => {
            painter.circle_stroke(c, 0.8 * s, stroke);
            painter.line_segment([at(-0.8, 0.0), at(0.8, 0.0)], stroke);
            let meridian: Vec<Pos2> = (0..=12)
                .map(|i| {
                    let t = std::f32::consts::PI * (i as f32 / 12.0 - 0.5);
                    at(0.35 * t.cos(), 0.8 * t.sin())
                })
                .collect();
            painter.add(Shape::line(meridian.clone(), stroke));
            painter.add(Shape::line(
                meridian
                    .iter()
                    .map(|p| pos2(2.0 * c.x - p.x, p.y))
                    .collect(),
                stroke,
            ));
        }
        Icon::Warning => {
            painter.add(Shape::closed_line(
                vec![at(0.0, -0.8), at(0.85, 0.7), at(-0.85, 0.7)],
                stroke,
            ));
            painter.line_segment([at(0.0, -0.3), at(0.0, 0.2)], stroke);
            painter.circle_filled(at(0.0, 0.45), 1.1, colour);
        }
    }
}

/// The colours an icon of `response` is drawn in and on: the button's
/// text colour (weaker when disabled) and its background.
pub fn colours(ui: &Ui, response: &egui::Response) -> (Color32, Color32) {
    let visuals = ui.style().interact(response);
    let fg = if response.enabled() {
        visuals.fg_stroke.color
    } else {
        ui.visuals().weak_text_color()
    };
    let bg = if visuals.weak_bg_fill == Color32::TRANSPARENT {
        ui.visuals().panel_fill
    } else {
        visuals.weak_bg_fill
    };
    (fg, bg)
}
