//! A figure's display list ([`crate::figure`]) painted with egui's painter,
//! for the CPU rasteriser: text through the fonts that measured it, the
//! legend's samples as the window's legend draws them, the map by the map
//! widget in its box.

use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Stroke, pos2};

use crate::figure::{Bounds, DisplayList, FigureStyle, Item, LegendEntry, Measure, Rgba, Swatch};
use crate::layers::legend::Row;
use crate::palette::Palette;
use crate::state::Theme;

/// Text measured with egui's fonts (the ones the figure is painted with).
pub struct FontMeasure<'a> {
    /// The context whose fonts are loaded (inside a pass).
    pub ctx: &'a egui::Context,
}

impl Measure for FontMeasure<'_> {
    fn width(&mut self, text: &str, size: f32) -> f32 {
        self.ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), FontId::proportional(size), Color32::WHITE)
                .size()
                .x
        })
    }

    fn line_height(&mut self, size: f32) -> f32 {
        self.ctx
            .fonts_mut(|f| f.row_height(&FontId::proportional(size)))
    }

    /// The words laid out once, with a space between each two, and split
    /// at the spaces' glyphs (each text laid out costs a look-up, a shaping
    /// plan and a galley kept for the pass; a citation has dozens of
    /// words). If the glyphs do not split into as many words, each word
    /// is measured alone.
    fn word_widths(&mut self, words: &[&str], size: f32) -> Vec<f32> {
        let galley = self.ctx.fonts_mut(|f| {
            f.layout_no_wrap(words.join(" "), FontId::proportional(size), Color32::WHITE)
        });
        let mut widths = Vec::with_capacity(words.len());
        let mut width = 0.0;
        for glyph in galley.rows.iter().flat_map(|row| &row.glyphs) {
            if glyph.chr == ' ' {
                widths.push(width);
                width = 0.0;
            } else {
                width += glyph.advance_width;
            }
        }
        widths.push(width);
        if widths.len() == words.len() {
            widths
        } else {
            words.iter().map(|word| self.width(word, size)).collect()
        }
    }
}

/// A colour of the display list from egui's (premultiplied) colour.
pub fn rgba(c: Color32) -> Rgba {
    Rgba(c.to_srgba_unmultiplied())
}

/// egui's colour of a display-list colour.
pub fn color32(c: Rgba) -> Color32 {
    let [r, g, b, a] = c.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

fn rect(b: Bounds) -> Rect {
    Rect::from_min_max(pos2(b.min[0], b.min[1]), pos2(b.max[0], b.max[1]))
}

/// The figure's colours in a theme: the page in the caption band's colour,
/// so a slide's band and its page are one sheet.
pub fn style_of(theme: Theme) -> FigureStyle {
    let (band, band_text, band_small) = super::band_colors(theme);
    FigureStyle {
        background: rgba(band),
        text: rgba(band_text),
        muted: rgba(band_small),
        legend_background: rgba(match theme {
            Theme::Light => Color32::from_rgb(0xf0, 0xee, 0xe8),
            Theme::Dark => Color32::from_rgb(0x26, 0x29, 0x2e),
        }),
        band: [rgba(band), rgba(band_text), rgba(band_small)],
    }
}

/// The layers' legend rows as the figure's legend entries.
pub fn legend_entries(rows: &[Row]) -> Vec<LegendEntry> {
    rows.iter()
        .map(|row| match row {
            Row::Title(t) => LegendEntry::Title(t.clone()),
            Row::Text(t) => LegendEntry::Text(t.clone()),
            Row::Line(c, w, dash, t) => {
                LegendEntry::Sample(Swatch::Line(rgba(*c), *w, *dash), t.clone())
            }
            Row::Badge(c, status, t) => {
                LegendEntry::Sample(Swatch::Badge(rgba(*c), *status), t.clone())
            }
            Row::Fill(c, t) => LegendEntry::Sample(Swatch::Fill(rgba(*c)), t.clone()),
            Row::Hatch(c, t) => LegendEntry::Sample(Swatch::Hatch(rgba(*c)), t.clone()),
            Row::Marker(r, t) => LegendEntry::Sample(Swatch::Marker(*r), t.clone()),
        })
        .collect()
}

/// Paint every item of the display list but the map (whose box the caller
/// fills with the map widget): the background, then the groups in order.
pub fn paint(painter: &Painter, list: &DisplayList, theme: Theme) {
    let whole = Rect::from_min_max(Pos2::ZERO, pos2(list.size[0], list.size[1]));
    painter.rect_filled(whole, 0.0, color32(list.background));
    let palette = Palette::of(theme);
    for group in &list.groups {
        for item in &group.items {
            match item {
                Item::Map(_) => {}
                Item::Fill(b, c, radius) => {
                    painter.rect_filled(rect(*b), *radius, color32(*c));
                }
                Item::Text(run) => {
                    painter.text(
                        pos2(run.pos[0], run.pos[1]),
                        Align2::LEFT_TOP,
                        &run.text,
                        FontId::proportional(run.size),
                        color32(run.color),
                    );
                }
                Item::Swatch(b, swatch) => paint_swatch(painter, rect(*b), swatch, &palette),
            }
        }
    }
}

/// A legend sample, drawn as the window's legend draws it.
fn paint_swatch(painter: &Painter, r: Rect, swatch: &Swatch, palette: &Palette) {
    let mid = r.center();
    match swatch {
        Swatch::Line(c, w, dash) => {
            let points = vec![pos2(r.left(), mid.y), pos2(r.right(), mid.y)];
            let stroke = Stroke::new(*w, color32(*c));
            match dash {
                Some((d, g)) => {
                    painter.extend(egui::Shape::dashed_line(&points, stroke, *d, *g));
                }
                None => {
                    painter.line_segment([points[0], points[1]], stroke);
                }
            }
        }
        Swatch::Badge(c, status) => {
            crate::layers::memberships::paint_badge(
                painter,
                mid,
                *status,
                color32(*c),
                palette.halo,
            );
        }
        Swatch::Fill(c) => {
            painter.rect_filled(r, 2.0, color32(*c));
        }
        Swatch::Hatch(c) => {
            painter.rect_filled(r, 2.0, crate::style::NOT_RECORDED_FILL);
            let ring = vec![vec![
                [r.min.x, r.min.y],
                [r.max.x, r.min.y],
                [r.max.x, r.max.y],
                [r.min.x, r.max.y],
            ]];
            for [a, b] in crate::layers::hatch::hatch_segments(&ring, 4.0) {
                painter.line_segment(
                    [pos2(a[0], a[1]), pos2(b[0], b[1])],
                    Stroke::new(1.2, color32(*c)),
                );
            }
        }
        Swatch::Marker(radius) => {
            painter.circle(
                mid,
                radius.min(r.height() / 2.0),
                palette.label.gamma_multiply(0.45),
                Stroke::new(1.5, palette.halo),
            );
        }
    }
}
