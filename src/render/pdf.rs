//! Vector figures ([`super::vector`]) as PDF pages, written with krilla:
//! paths and clip paths as PDF paths, text as text in the fonts the figure
//! is drawn with — Ubuntu Light, and Noto Sans (Armenian, Georgian) for the
//! letters it lacks (ə, ʻ, the Kazakh letters) — embedded and subset, with a `ToUnicode`
//! map, so a reader can select, search and copy every name.
//!
//! Why krilla: it writes PDF directly from paths, fills, strokes, clip paths
//! and glyphs, subsets TrueType fonts and writes the Unicode maps itself,
//! with no image decoders or SVG parser in between (svg2pdf would have
//! parsed the SVG again through usvg and a font database).

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, FillRule, LineCap, LineJoin, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

use crate::figure::{Bounds, Rgba};

use super::vector::{VGroup, VItem, VPath, VStroke, VText, VectorFigure};

/// One font: krilla's handle and the face, for which letters it has and how
/// wide they are.
struct Face {
    font: Font,
    data: Bytes,
}

/// A font file's bytes, shared (as egui and krilla hold them).
type Bytes = std::sync::Arc<dyn AsRef<[u8]> + Send + Sync>;

impl Face {
    fn new(data: Bytes) -> Option<Self> {
        let font = Font::new(krilla::Data::from(std::sync::Arc::clone(&data)), 0)?;
        skrifa::FontRef::new((*data).as_ref()).ok()?;
        Some(Self { font, data })
    }

    fn skrifa(&self) -> Option<skrifa::FontRef<'_>> {
        skrifa::FontRef::new((*self.data).as_ref()).ok()
    }
}

/// The figure's fonts: egui's proportional font first, then the fallbacks.
struct Fonts {
    faces: Vec<Face>,
}

impl Fonts {
    fn load() -> Result<Self, String> {
        let definitions = egui::FontDefinitions::default();
        let mut faces = Vec::new();
        if let Some(data) = definitions.font_data.get("Ubuntu-Light")
            && let Some(face) = Face::new(std::sync::Arc::clone(&data.font))
        {
            faces.push(face);
        }
        for (name, data) in crate::fonts::FALLBACKS {
            faces.push(
                Face::new(std::sync::Arc::new(data))
                    .ok_or_else(|| format!("the bundled font {name} could not be read"))?,
            );
        }
        Ok(Self { faces })
    }

    /// `text` cut into runs, each in the first face that has its letters
    /// (the last face for letters none has), with each run's width at
    /// `size` points.
    fn runs<'t>(&self, text: &'t str, size: f32) -> Vec<(usize, &'t str, f32)> {
        let fonts: Vec<Option<skrifa::FontRef<'_>>> = self.faces.iter().map(Face::skrifa).collect();
        let face_of = |c: char| {
            fonts
                .iter()
                .position(|f| {
                    f.as_ref()
                        .is_some_and(|f| skrifa::MetadataProvider::charmap(f).map(c).is_some())
                })
                .unwrap_or(fonts.len() - 1)
        };
        let width = |face: usize, s: &str| -> f32 {
            let Some(Some(f)) = fonts.get(face) else {
                return 0.0;
            };
            let charmap = skrifa::MetadataProvider::charmap(f);
            let metrics = skrifa::MetadataProvider::glyph_metrics(
                f,
                skrifa::instance::Size::new(size),
                skrifa::instance::LocationRef::default(),
            );
            s.chars()
                .map(|c| {
                    charmap
                        .map(c)
                        .and_then(|g| metrics.advance_width(g))
                        .unwrap_or(0.0)
                })
                .sum()
        };
        let mut runs = Vec::new();
        let mut start = 0;
        let mut current: Option<usize> = None;
        for (i, c) in text.char_indices() {
            // Spaces stay in the run they are in.
            let face = if c == ' ' {
                current.unwrap_or(0)
            } else {
                face_of(c)
            };
            match current {
                Some(f) if f == face => {}
                Some(f) => {
                    let s = &text[start..i];
                    runs.push((f, s, width(f, s)));
                    start = i;
                    current = Some(face);
                }
                None => current = Some(face),
            }
        }
        if let Some(f) = current {
            let s = &text[start..];
            runs.push((f, s, width(f, s)));
        }
        runs
    }
}

/// The PDF of `pages`, one page per figure, each page the figure's size in
/// points; `title` is the document's.
pub fn to_pdf(pages: &[VectorFigure], title: &str) -> Result<Vec<u8>, String> {
    let fonts = Fonts::load()?;
    let mut document = krilla::Document::new();
    for figure in pages {
        let settings = PageSettings::from_wh(figure.size[0], figure.size[1])
            .ok_or_else(|| format!("a page of {:?} points cannot be made", figure.size))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        if let Some(path) = rect_path(
            Bounds {
                min: [0.0, 0.0],
                max: figure.size,
            },
            0.0,
        ) {
            set_fill(&mut surface, Some(figure.background));
            surface.draw_path(&path);
        }
        for group in &figure.groups {
            draw_group(&mut surface, group, &fonts);
        }
        surface.finish();
        page.finish();
    }
    document.set_metadata(
        krilla::metadata::Metadata::new()
            .title(title.to_owned())
            .creator(format!("Heartland {}", env!("CARGO_PKG_VERSION"))),
    );
    document.finish().map_err(|e| format!("{e:?}"))
}

fn draw_group(surface: &mut Surface<'_>, group: &VGroup, fonts: &Fonts) {
    let clipped = group
        .clip
        .and_then(|b| rect_path(b, 0.0))
        .map(|path| surface.push_clip_path(&path, &FillRule::NonZero))
        .is_some();
    for item in &group.items {
        draw_item(surface, item, fonts);
    }
    for child in &group.children {
        draw_group(surface, child, fonts);
    }
    if clipped {
        surface.pop();
    }
}

fn draw_item(surface: &mut Surface<'_>, item: &VItem, fonts: &Fonts) {
    match item {
        VItem::Path(p) => draw_path(surface, p),
        VItem::Rect {
            bounds,
            radius,
            fill,
        } => {
            if let Some(path) = rect_path(*bounds, *radius) {
                set_fill(surface, Some(*fill));
                surface.set_stroke(None);
                surface.draw_path(&path);
            }
        }
        VItem::Circle {
            center,
            radius,
            fill,
            stroke,
        } => {
            if let Some(path) = circle_path(*center, *radius) {
                set_fill(surface, *fill);
                surface.set_stroke(stroke.as_ref().map(krilla_stroke));
                surface.draw_path(&path);
            }
        }
        VItem::Text(t) => draw_text(surface, t, fonts),
        VItem::Hatch {
            rings,
            color,
            spacing,
            width,
            ..
        } => {
            let segments = crate::layers::hatch::hatch_segments(rings, *spacing);
            let mut b = PathBuilder::new();
            for [a, z] in &segments {
                b.move_to(a[0], a[1]);
                b.line_to(z[0], z[1]);
            }
            if let Some(path) = b.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(krilla_stroke(&VStroke {
                    width: *width,
                    color: *color,
                    dash: None,
                })));
                surface.draw_path(&path);
            }
        }
    }
}

fn draw_path(surface: &mut Surface<'_>, p: &VPath) {
    let mut b = PathBuilder::new();
    for ring in &p.rings {
        let mut points = ring.iter();
        let Some(first) = points.next() else {
            continue;
        };
        b.move_to(first[0], first[1]);
        for q in points {
            b.line_to(q[0], q[1]);
        }
        if p.closed {
            b.close();
        }
    }
    let Some(path) = b.finish() else {
        return;
    };
    set_fill(surface, p.fill);
    surface.set_stroke(p.stroke.as_ref().map(krilla_stroke));
    surface.draw_path(&path);
}

/// Text in runs of one font each; a halo is drawn first as outlines (not
/// text), so the words are in the page's text once.
fn draw_text(surface: &mut Surface<'_>, t: &VText, fonts: &Fonts) {
    let runs = fonts.runs(&t.text, t.size);
    for outlined in [true, false] {
        if outlined && t.halo.is_none() {
            continue;
        }
        let mut x = if t.end {
            t.pos[0] - runs.iter().map(|(_, _, w)| w).sum::<f32>()
        } else {
            t.pos[0]
        };
        if outlined {
            surface.set_fill(None);
            surface.set_stroke(t.halo.map(|color| {
                krilla_stroke(&VStroke {
                    width: 2.0,
                    color,
                    dash: None,
                })
            }));
        } else {
            set_fill(surface, Some(t.color));
            surface.set_stroke(None);
        }
        for (face, run, width) in &runs {
            if let Some(face) = fonts.faces.get(*face) {
                surface.draw_text(
                    Point::from_xy(x, t.pos[1]),
                    face.font.clone(),
                    t.size,
                    run,
                    outlined,
                    TextDirection::Auto,
                );
            }
            x += width;
        }
    }
}

fn opacity(c: Rgba) -> NormalizedF32 {
    NormalizedF32::new(f32::from(c.0[3]) / 255.0).unwrap_or(NormalizedF32::ONE)
}

fn set_fill(surface: &mut Surface<'_>, fill: Option<Rgba>) {
    surface.set_fill(fill.map(|c| Fill {
        paint: rgb::Color::new(c.0[0], c.0[1], c.0[2]).into(),
        opacity: opacity(c),
        rule: FillRule::EvenOdd,
    }));
}

fn krilla_stroke(s: &VStroke) -> Stroke {
    let c = s.color;
    Stroke {
        paint: rgb::Color::new(c.0[0], c.0[1], c.0[2]).into(),
        width: s.width,
        miter_limit: 4.0,
        line_cap: if s.dash.is_some() {
            LineCap::Butt
        } else {
            LineCap::Round
        },
        line_join: LineJoin::Round,
        opacity: opacity(c),
        dash: s.dash.map(|(dash, gap)| StrokeDash {
            array: vec![dash, gap],
            offset: 0.0,
        }),
    }
}

/// A box, its corners rounded by `radius`.
fn rect_path(b: Bounds, radius: f32) -> Option<krilla::geom::Path> {
    let mut p = PathBuilder::new();
    let r = radius.min(b.width() / 2.0).min(b.height() / 2.0).max(0.0);
    let [x0, y0] = b.min;
    let [x1, y1] = b.max;
    if r <= 0.0 {
        p.move_to(x0, y0);
        p.line_to(x1, y0);
        p.line_to(x1, y1);
        p.line_to(x0, y1);
        p.close();
        return p.finish();
    }
    // Quarter circles as cubic Béziers (the usual 0.5523 handle).
    let k = r * 0.552_284_8;
    p.move_to(x0 + r, y0);
    p.line_to(x1 - r, y0);
    p.cubic_to(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
    p.line_to(x1, y1 - r);
    p.cubic_to(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
    p.line_to(x0 + r, y1);
    p.cubic_to(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
    p.line_to(x0, y0 + r);
    p.cubic_to(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
    p.close();
    p.finish()
}

fn circle_path(c: [f32; 2], r: f32) -> Option<krilla::geom::Path> {
    if r <= 0.0 {
        return None;
    }
    rect_path(
        Bounds {
            min: [c[0] - r, c[1] - r],
            max: [c[0] + r, c[1] + r],
        },
        r,
    )
}
