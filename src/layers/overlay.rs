//! Things drawn over the map in screen space: scale bar, attribution and
//! the hints of a layer with nothing chosen.

use egui::{Align2, FontId, Painter, Shape, Stroke, pos2, vec2};

use crate::geometry::nice_scale_bar;
use crate::palette::Palette;
use crate::transform::MapTransform;

/// Longest scale bar, in points.
const SCALE_BAR_MAX: f32 = 180.0;

/// A scale bar in the bottom-left corner (true at the centre of the map; the
/// conic projection keeps scale within a few percent across the region) and,
/// unless `as_of` is `None` (a figure sets the attribution under the map),
/// the attribution in the bottom-right.
///
/// `as_of` is then the date the data is current to (`sources.json`'s
/// `as_of`); data without one says so rather than borrowing another date.
///
/// Returns the rectangles painted (the scale bar's, the attribution's),
/// which labels and the window legend keep clear of.
pub fn paint_scale_bar(
    painter: &Painter,
    transform: &MapTransform,
    palette: &Palette,
    as_of: Option<Option<crate::model::Date>>,
) -> Vec<egui::Rect> {
    let mut painted = Vec::new();
    let rect = transform.rect;
    if let Some(bar) = scale_bar(transform) {
        painter.rect_filled(bar.back, 4.0, palette.halo);
        painted.push(bar.back);
        painter.add(Shape::line(
            bar.line.to_vec(),
            Stroke::new(SCALE_BAR_STROKE, palette.label),
        ));
        painter.text(
            bar.label_at,
            Align2::CENTER_BOTTOM,
            bar.label,
            FontId::proportional(SCALE_BAR_FONT),
            palette.label,
        );
    }
    if let Some(as_of) = as_of {
        // Beside the scale bar, wrapped where a narrow map or a longer
        // language would run it past the map's left edge; on a plate of the
        // labels' halo, as the scale bar: over a dark or saturated fill (a
        // stance, a bloc, a membership) the muted text alone would not read
        // (`style::text_colors` checks it over each).
        let right = rect.right() - 8.0;
        let left = painted
            .first()
            .map_or(rect.left() + 8.0, |bar| bar.right() + 8.0);
        let galley = painter.layout(
            attribution(as_of),
            FontId::proportional(11.0),
            palette.label_muted,
            (right - left).max(rect.width() / 3.0),
        );
        let at =
            Align2::RIGHT_BOTTOM.anchor_size(rect.right_bottom() - vec2(8.0, 6.0), galley.size());
        let plate = at.expand2(vec2(4.0, 1.0));
        painter.rect_filled(plate, 3.0, palette.halo);
        painter.galley(at.min, galley, palette.label_muted);
        painted.push(plate);
    }
    painted
}

/// The scale bar's line width and text size, points.
pub const SCALE_BAR_STROKE: f32 = 2.0;
/// The scale bar's text size, points.
pub const SCALE_BAR_FONT: f32 = 13.0;

/// Where the scale bar goes in the bottom-left corner of the map (none
/// when no round length fits).
#[derive(Clone, Debug, PartialEq)]
pub struct ScaleBar {
    /// Its background (halo colour, corner radius 4).
    pub back: egui::Rect,
    /// The bar: up, along, down.
    pub line: [egui::Pos2; 4],
    /// "500 km".
    pub label: String,
    /// The centre of the label's bottom edge.
    pub label_at: egui::Pos2,
}

/// The scale bar of a map drawn with `transform`.
pub fn scale_bar(transform: &MapTransform) -> Option<ScaleBar> {
    let rect = transform.rect;
    let (km, length) = nice_scale_bar(transform.km_per_point, SCALE_BAR_MAX);
    if !(length > 4.0 && km > 0.0) {
        return None;
    }
    let x0 = rect.left() + 16.0;
    let y = rect.bottom() - 18.0;
    let back = egui::Rect::from_min_max(pos2(x0 - 8.0, y - 24.0), pos2(x0 + length + 8.0, y + 8.0));
    let label = if km >= 1.0 {
        crate::i18n::trf(
            "map-scale-km",
            "{ $km } km",
            &[("km", &crate::i18n::number(km, 0))],
        )
    } else {
        crate::i18n::trf(
            "map-scale-m",
            "{ $m } m",
            &[("m", &crate::i18n::number(km * 1000.0, 0))],
        )
    };
    Some(ScaleBar {
        back,
        line: [
            pos2(x0, y - 6.0),
            pos2(x0, y),
            pos2(x0 + length, y),
            pos2(x0 + length, y - 6.0),
        ],
        label,
        label_at: pos2(x0 + length / 2.0, y - 4.0),
    })
}

/// The attribution line: the borders' source and how current the data is
/// (the figure's words: [`crate::figure::attribution`]).
pub fn attribution(as_of: Option<crate::model::Date>) -> String {
    crate::figure::attribution(as_of)
}

/// The view's title ([`crate::figure::title`]) on one line at the top left
/// of the map, on the halo colour, shortened in the middle ("UN GA
/// resolution 62/243: The situation… · relations, 2008") where it would
/// reach `right` (the legend's left edge, when the legend is at the top),
/// so the year at its end stays. Returns the rectangle painted (labels and
/// hints keep clear of it).
pub fn paint_title(
    painter: &Painter,
    rect: egui::Rect,
    right: f32,
    title: &str,
    palette: &Palette,
) -> Option<egui::Rect> {
    let max_width = (right - rect.left() - 10.0 - 16.0 - 10.0).min(rect.width() - 36.0);
    if title.is_empty() || max_width < 40.0 {
        return None;
    }
    let font = FontId::proportional(15.0);
    let layout = |text: String| painter.layout_no_wrap(text, font.clone(), palette.label);
    let mut galley = layout(title.to_owned());
    if galley.size().x > max_width {
        // Two lines before a cut: a narrow map (two maps side by side, a
        // longer language) keeps the whole title where it can.
        let wrapped = painter.layout(title.to_owned(), font.clone(), palette.label, max_width);
        galley = if wrapped.rows.len() <= 2 {
            wrapped
        } else {
            layout(shortened(
                title,
                |t| layout(t.to_owned()).size().x,
                max_width,
            ))
        };
    }
    let back = egui::Rect::from_min_size(
        rect.left_top() + vec2(10.0, 10.0),
        galley.size() + vec2(16.0, 8.0),
    );
    painter.rect_filled(back, 4.0, palette.halo.gamma_multiply(0.9));
    painter.galley(back.min + vec2(8.0, 4.0), galley, palette.label);
    Some(back)
}

/// `title` cut in the middle to fit `max_width` (as `width` measures):
/// its head, "…", and its tail from the last " · ", else the last " (" (a
/// stance's date), else the last ", " (where the year is), or only the head
/// when even the tail does not fit.
pub fn shortened(title: &str, width: impl Fn(&str) -> f32, max_width: f32) -> String {
    let tail_at = title
        .rfind(" · ")
        .or_else(|| title.rfind(" ("))
        .or_else(|| title.rfind(", "))
        .unwrap_or(title.len());
    let (head, tail) = title.split_at(tail_at);
    let tail = if width(&format!("…{tail}")) < max_width * 0.6 {
        tail
    } else {
        ""
    };
    let chars: Vec<char> = head.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect::<String>() + "…" + tail;
        if width(&candidate) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    chars[..lo].iter().collect::<String>().trim_end().to_owned() + "…" + tail
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
