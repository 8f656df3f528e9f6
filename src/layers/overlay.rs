//! Things drawn over the map in screen space: scale bar, attribution and
//! the hints of a layer with nothing chosen.

use egui::{Align2, FontId, Painter, Shape, Stroke, pos2, vec2};

use crate::geometry::nice_scale_bar;
use crate::palette::Palette;
use crate::transform::MapTransform;

/// Longest scale bar, in points.
const SCALE_BAR_MAX: f32 = 180.0;

/// A scale bar in the bottom-left corner (true at the centre of the map; the
/// conic projection keeps scale within a few percent across the region) and
/// the attribution in the bottom-right.
///
/// `as_of` is the date the data is current to (`sources.json`'s `as_of`);
/// data without one says so rather than borrowing another date.
///
/// Returns the rectangles taken (the scale bar's, the attribution's), which
/// the window legend keeps clear of.
pub fn paint_scale_bar(
    painter: &Painter,
    transform: &MapTransform,
    palette: &Palette,
    as_of: Option<crate::model::Date>,
) -> Vec<egui::Rect> {
    let mut taken = Vec::new();
    let rect = transform.rect;
    let (km, length) = nice_scale_bar(transform.km_per_point, SCALE_BAR_MAX);
    if length > 4.0 && km > 0.0 {
        let x0 = rect.left() + 16.0;
        let y = rect.bottom() - 18.0;
        let back =
            egui::Rect::from_min_max(pos2(x0 - 8.0, y - 24.0), pos2(x0 + length + 8.0, y + 8.0));
        painter.rect_filled(back, 4.0, palette.halo);
        taken.push(back);
        let stroke = Stroke::new(2.0, palette.label);
        painter.add(Shape::line(
            vec![
                pos2(x0, y - 6.0),
                pos2(x0, y),
                pos2(x0 + length, y),
                pos2(x0 + length, y - 6.0),
            ],
            stroke,
        ));
        let label = if km >= 1.0 {
            format!("{km:.0} km")
        } else {
            format!("{:.0} m", km * 1000.0)
        };
        painter.text(
            pos2(x0 + length / 2.0, y - 4.0),
            Align2::CENTER_BOTTOM,
            label,
            FontId::proportional(13.0),
            palette.label,
        );
    }
    taken.push(painter.text(
        rect.right_bottom() - vec2(8.0, 6.0),
        Align2::RIGHT_BOTTOM,
        attribution(as_of),
        FontId::proportional(11.0),
        palette.label_muted,
    ));
    taken
}

/// The attribution line: the borders' source and how current the data is.
pub fn attribution(as_of: Option<crate::model::Date>) -> String {
    match as_of {
        Some(date) => format!("Data as of {date} · Borders: Natural Earth (public domain)"),
        None => "Data: no as-of date given · Borders: Natural Earth (public domain)".to_owned(),
    }
}

/// Hints for a layer that is on with nothing chosen ("Choose an issue in the
/// Stances list"), centred at the top of the map, large enough for a
/// projector. Shown as labels, so screen readers (and UI tests) find them.
pub fn hints_ui(ui: &mut egui::Ui, rect: egui::Rect, hints: &[String], palette: &Palette) {
    let font = FontId::proportional(16.0);
    let mut y = rect.top() + 12.0;
    for hint in hints {
        let galley = ui
            .painter()
            .layout_no_wrap(hint.clone(), font.clone(), palette.label);
        let size = galley.size() + vec2(20.0, 12.0);
        let back = egui::Rect::from_min_size(pos2(rect.center().x - size.x / 2.0, y), size);
        ui.painter().rect(
            back,
            6.0,
            palette.halo,
            Stroke::new(1.0, palette.label_muted),
            egui::StrokeKind::Inside,
        );
        // One line (no wrapping), so screen readers read it as the label.
        ui.put(
            back.shrink2(vec2(8.0, 4.0)),
            egui::Label::new(
                egui::RichText::new(hint)
                    .font(font.clone())
                    .color(palette.label),
            )
            .wrap_mode(egui::TextWrapMode::Extend),
        );
        y += size.y + 6.0;
    }
}
