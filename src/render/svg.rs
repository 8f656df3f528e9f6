//! A vector figure ([`super::vector`]) as SVG 1.1: one `<g id="…">` per
//! group (the map's layers inside `map`, clipped to its box; each marked as
//! an Inkscape layer), countries as one `<path>` each with the even-odd
//! rule, text as `<text>` in the font family the figure is drawn with
//! (each line the layout measured held to that width with `textLength`,
//! a long one set word by word, each word where the layout set it, so
//! that lines stay where they were set in a viewer that substitutes a
//! wider font), hatching as a `<pattern>`. Written by hand: a text format with a few
//! elements and XML escaping.

use std::fmt::Write as _;

use crate::figure::Rgba;

use super::vector::{FONT_FAMILY, VGroup, VItem, VPath, VStroke, VText, VectorFigure};

/// The SVG of a figure `size_px` pixels wide and high (the figure's points
/// scaled to them through the `viewBox`).
pub fn to_svg(figure: &VectorFigure, size_px: [u32; 2]) -> String {
    let mut w = Writer {
        out: String::with_capacity(1 << 20),
        patterns: Vec::new(),
    };
    let [fw, fh] = figure.size;
    let mut body = String::new();
    std::mem::swap(&mut w.out, &mut body);
    for group in &figure.groups {
        w.group(group);
    }
    std::mem::swap(&mut w.out, &mut body);
    let out = &mut w.out;
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" \
         xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" \
         version=\"1.1\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" \
         font-family=\"{}\" font-weight=\"300\" xml:space=\"preserve\">",
        size_px[0],
        size_px[1],
        num(fw),
        num(fh),
        escape(FONT_FAMILY)
    );
    let _ = writeln!(out, "<title>{}</title>", escape(&figure.title));
    out.push_str("<defs>\n");
    for (id, color, spacing, width) in &w.patterns {
        // Lines x + y = k·step (step = spacing·√2 along an axis), as the
        // map hatches: the tile's diagonal and its two corners.
        let step = spacing * std::f32::consts::SQRT_2;
        let s = num(step);
        let _ = writeln!(
            out,
            "<pattern id=\"{id}\" patternUnits=\"userSpaceOnUse\" width=\"{s}\" height=\"{s}\">\
             <path d=\"M0 {s}L{s} 0M-1 1L1 -1M{a} {b}L{b} {a}\" {}/></pattern>",
            stroke_attrs(&VStroke {
                width: *width,
                color: *color,
                dash: None,
            }),
            a = num(step - 1.0),
            b = num(step + 1.0),
        );
    }
    for group in &figure.groups {
        clip_defs(out, group);
    }
    out.push_str("</defs>\n");
    let _ = writeln!(
        out,
        "<rect id=\"page\" width=\"{}\" height=\"{}\" {}/>",
        num(fw),
        num(fh),
        fill_attrs(figure.background, "fill")
    );
    out.push_str(&body);
    out.push_str("</svg>\n");
    w.out
}

/// The `<clipPath>` of each clipped group.
fn clip_defs(out: &mut String, group: &VGroup) {
    if let Some(b) = group.clip {
        let _ = writeln!(
            out,
            "<clipPath id=\"{}-clip\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>",
            escape(group.name()),
            num(b.min[0]),
            num(b.min[1]),
            num(b.width()),
            num(b.height())
        );
    }
    for child in &group.children {
        clip_defs(out, child);
    }
}

struct Writer {
    out: String,
    /// Hatch patterns used: id, colour, spacing, width.
    patterns: Vec<(String, Rgba, f32, f32)>,
}

impl Writer {
    fn group(&mut self, group: &VGroup) {
        let id = escape(group.name());
        let _ = write!(
            self.out,
            "<g id=\"{id}\" inkscape:groupmode=\"layer\" inkscape:label=\"{id}\""
        );
        if group.clip.is_some() {
            let _ = write!(self.out, " clip-path=\"url(#{id}-clip)\"");
        }
        self.out.push_str(">\n");
        for item in &group.items {
            self.item(item);
        }
        for child in &group.children {
            self.group(child);
        }
        self.out.push_str("</g>\n");
    }

    fn item(&mut self, item: &VItem) {
        match item {
            VItem::Path(p) => self.path(p),
            VItem::Rect {
                bounds,
                radius,
                fill,
            } => {
                let _ = write!(
                    self.out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                    num(bounds.min[0]),
                    num(bounds.min[1]),
                    num(bounds.width()),
                    num(bounds.height())
                );
                if *radius > 0.0 {
                    let _ = write!(self.out, " rx=\"{}\"", num(*radius));
                }
                let _ = writeln!(self.out, " {}/>", fill_attrs(*fill, "fill"));
            }
            VItem::Circle {
                center,
                radius,
                fill,
                stroke,
            } => {
                let _ = write!(
                    self.out,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" {}",
                    num(center[0]),
                    num(center[1]),
                    num(*radius),
                    fill.map_or_else(|| "fill=\"none\"".to_owned(), |f| fill_attrs(f, "fill"))
                );
                if let Some(s) = stroke {
                    let _ = write!(self.out, " {}", stroke_attrs(s));
                }
                self.out.push_str("/>\n");
            }
            VItem::Text(t) => self.text(t),
            VItem::Hatch {
                id,
                rings,
                color,
                spacing,
                width,
            } => {
                let pattern = self.pattern(*color, *spacing, *width);
                self.out.push_str("<path");
                if let Some(id) = id {
                    let _ = write!(self.out, " id=\"{}\"", escape(id));
                }
                let _ = writeln!(
                    self.out,
                    " fill=\"url(#{pattern})\" fill-rule=\"evenodd\" d=\"{}\"/>",
                    path_data(rings, true)
                );
            }
        }
    }

    /// The id of the pattern of these hatch lines (made once).
    fn pattern(&mut self, color: Rgba, spacing: f32, width: f32) -> String {
        if let Some((id, ..)) = self.patterns.iter().find(|(_, c, s, w)| {
            *c == color && s.to_bits() == spacing.to_bits() && w.to_bits() == width.to_bits()
        }) {
            return id.clone();
        }
        let id = format!("hatch-{}", self.patterns.len() + 1);
        self.patterns.push((id.clone(), color, spacing, width));
        id
    }

    fn path(&mut self, p: &VPath) {
        if p.rings.is_empty() {
            return;
        }
        self.out.push_str("<path");
        if let Some(id) = &p.id {
            let _ = write!(self.out, " id=\"{}\"", escape(id));
        }
        match p.fill {
            Some(f) => {
                let _ = write!(self.out, " {} fill-rule=\"evenodd\"", fill_attrs(f, "fill"));
            }
            None => self.out.push_str(" fill=\"none\""),
        }
        if let Some(s) = &p.stroke {
            let _ = write!(self.out, " {}", stroke_attrs(s));
        }
        let _ = writeln!(self.out, " d=\"{}\"/>", path_data(&p.rings, p.closed));
    }

    fn text(&mut self, t: &VText) {
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" {}",
            num(t.pos[0]),
            num(t.pos[1]),
            num(t.size),
            fill_attrs(t.color, "fill")
        );
        if t.end {
            self.out.push_str(" text-anchor=\"end\"");
        }
        if let Some(h) = t.halo {
            let _ = write!(
                self.out,
                " {} stroke-width=\"2\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
                fill_attrs(h, "stroke")
            );
        }
        if !t.words.is_empty() {
            // A long line word by word, each where the layout set it.
            self.out.push('>');
            for (offset, word) in &t.words {
                let _ = write!(
                    self.out,
                    "<tspan x=\"{}\">{}</tspan>",
                    num(t.pos[0] + offset),
                    escape(word)
                );
            }
            self.out.push_str("</text>\n");
            return;
        }
        // Held to its measured width: in a viewer without the figure's
        // font, glyphs and gaps are fitted to it (SVG 1.1 `textLength`).
        if let Some(width) = t.width.filter(|w| w.is_finite() && *w > 0.0) {
            let _ = write!(
                self.out,
                " textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"",
                num(width)
            );
        }
        let _ = writeln!(self.out, ">{}</text>", escape(&t.text));
    }
}

/// `fill="#rrggbb"` (and its opacity when not opaque); `what` is `fill`
/// or `stroke`.
fn fill_attrs(c: Rgba, what: &str) -> String {
    let [r, g, b, a] = c.0;
    if a == 255 {
        format!("{what}=\"#{r:02x}{g:02x}{b:02x}\"")
    } else {
        format!(
            "{what}=\"#{r:02x}{g:02x}{b:02x}\" {what}-opacity=\"{}\"",
            num(f32::from(a) / 255.0)
        )
    }
}

fn stroke_attrs(s: &VStroke) -> String {
    let mut out = format!(
        "{} stroke-width=\"{}\" stroke-linejoin=\"round\" stroke-linecap=\"round\"",
        fill_attrs(s.color, "stroke"),
        num(s.width)
    );
    if let Some((dash, gap)) = s.dash {
        let _ = write!(out, " stroke-dasharray=\"{} {}\"", num(dash), num(gap));
        // Dashes end square, as the map draws them.
        out = out.replace("stroke-linecap=\"round\"", "stroke-linecap=\"butt\"");
    }
    out
}

/// Path data: `M x y L …` for each ring, `Z` closing it if `closed`.
/// Coordinates with two decimals at most (a hundredth of a point).
fn path_data(rings: &[Vec<[f32; 2]>], closed: bool) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, p) in ring.iter().enumerate() {
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(&num(p[0]));
            d.push(' ');
            d.push_str(&num(p[1]));
        }
        if closed && !ring.is_empty() {
            d.push('Z');
        }
    }
    d
}

/// A number with at most two decimals, without trailing zeros.
pub fn num(v: f32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Text with `&`, `<`, `>`, `"` and `'` escaped for XML (control
/// characters, which XML 1.0 refuses, are dropped).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}
