//! Laying a figure out: the title on top, the foot (attribution, citation)
//! at the bottom, a tour caption band above the foot, and between them the
//! map with its legend beside it or below it — whichever leaves the
//! framed subject larger. No two boxes overlap, and the legend never lies
//! on the map.

use super::text::{clamp_lines, wrap_text, wrap_text_lines};
use super::{
    Bounds, DisplayList, Group, GroupId, Item, LegendEntry, Measure, Rgba, Swatch, TextRun,
};

/// Space around the figure's edge and between its parts, points.
const MARGIN: f32 = 12.0;
const GAP: f32 = 10.0;
/// The title, points (smaller on a small figure).
const TITLE_SIZE: f32 = 21.0;
const TITLE_SIZE_SMALL: f32 = 16.0;
/// Attribution and citation, points.
const SMALL_SIZE: f32 = 11.0;
/// The legend: one row, the sample's width, text sizes, inner padding.
const ROW: f32 = 20.0;
const SWATCH: f32 = 26.0;
const LEGEND_TEXT: f32 = 13.0;
const LEGEND_TITLE: f32 = 14.0;
const LEGEND_PAD: f32 = 8.0;
/// The caption band: text sizes at full height, the height below which
/// they shrink, how far, the band's padding and the widest text line.
const CAPTION_TITLE: f32 = 30.0;
const CAPTION_BODY: f32 = 22.0;
const CAPTION_SMALL: f32 = 16.0;
const CAPTION_FULL_HEIGHT: f32 = 900.0;
const CAPTION_MIN_SHARE: f32 = 0.6;
const CAPTION_PAD: [f32; 2] = [24.0, 14.0];
const CAPTION_TEXT_WIDTH: f32 = 1100.0;
const CAPTION_SPACING: f32 = 6.0;
/// The map keeps at least this share of the height between title and foot.
const MIN_MAP_SHARE: f32 = 0.4;

/// Colours of the figure's parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FigureStyle {
    /// The page.
    pub background: Rgba,
    /// Title and legend text.
    pub text: Rgba,
    /// Attribution and citation.
    pub muted: Rgba,
    /// Behind the legend.
    pub legend_background: Rgba,
    /// The caption band's fill, text and small print.
    pub band: [Rgba; 3],
}

/// What a figure holds.
#[derive(Clone, Copy, Debug)]
pub struct FigureInput<'a> {
    /// Width and height, points.
    pub size: [f32; 2],
    /// What is shown, and when.
    pub title: &'a str,
    /// The legend's entries (none: no legend).
    pub legend: &'a [LegendEntry],
    /// The borders' source and the data's date.
    pub attribution: &'a str,
    /// How to cite the figure.
    pub citation: &'a str,
    /// A tour step's caption.
    pub caption: Option<&'a super::Caption>,
    /// Width over height of what the map frames (a preset's region, the
    /// window's extent), to choose where the legend goes.
    pub subject_aspect: f32,
    /// Colours.
    pub style: FigureStyle,
}

/// A legend entry measured: its lines and its height.
struct Measured {
    lines: Vec<String>,
    size: f32,
    indent: f32,
    height: f32,
    width: f32,
}

/// Lay a figure out.
pub fn layout(input: &FigureInput<'_>, measure: &mut dyn Measure) -> DisplayList {
    let [w, h] = [input.size[0].max(1.0), input.size[1].max(1.0)];
    let style = input.style;
    let inner_width = (w - 2.0 * MARGIN).max(1.0);
    let mut groups = Vec::new();

    // The title, at most two lines.
    let title_size = if h < 600.0 {
        TITLE_SIZE_SMALL
    } else {
        TITLE_SIZE
    };
    let lines = wrap_text_lines(measure, input.title, title_size, inner_width, 2);
    let lines = clamp_lines(measure, lines, title_size, inner_width, 2);
    let (title, title_bottom) = text_block(
        measure,
        GroupId::Title,
        &lines,
        [MARGIN, MARGIN],
        (title_size, style.text),
        (Align::Left, inner_width),
    );
    let top = title_bottom + GAP;

    // The foot, from the bottom: the citation (at most three lines), the
    // attribution above it on the right.
    let lh_small = measure.line_height(SMALL_SIZE);
    let lines = wrap_text_lines(measure, input.citation, SMALL_SIZE, inner_width, 3);
    let lines = clamp_lines(measure, lines, SMALL_SIZE, inner_width, 3);
    let citation_top = h - MARGIN - lh_small * lines.len() as f32;
    let (citation, _) = text_block(
        measure,
        GroupId::Citation,
        &lines,
        [MARGIN, citation_top],
        (SMALL_SIZE, style.muted),
        (Align::Left, inner_width),
    );
    let lines = wrap_text_lines(measure, input.attribution, SMALL_SIZE, inner_width, 2);
    let lines = clamp_lines(measure, lines, SMALL_SIZE, inner_width, 2);
    let attribution_top = citation_top - 2.0 - lh_small * lines.len() as f32;
    let (attribution, _) = text_block(
        measure,
        GroupId::Attribution,
        &lines,
        [MARGIN, attribution_top],
        (SMALL_SIZE, style.muted),
        (Align::Right, inner_width),
    );
    let mut bottom = attribution_top - GAP;

    // The caption band, above the foot.
    if let Some(caption) = input.caption {
        let band = caption_band(measure, caption, [w, h], bottom, style.band, top);
        bottom = band.bounds.min[1] - GAP;
        groups.push(band);
    }

    // The map and its legend share what is left.
    let region = Bounds {
        min: [MARGIN, top],
        max: [w - MARGIN, bottom.max(top + 1.0)],
    };
    let (map, legend) = map_and_legend(measure, input, region);
    let mut out = vec![Group {
        id: GroupId::Map,
        bounds: map,
        items: vec![Item::Map(map)],
    }];
    out.push(title);
    out.extend(legend);
    out.append(&mut groups);
    out.push(attribution);
    out.push(citation);
    DisplayList {
        size: [w, h],
        background: style.background,
        groups: out,
    }
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
}

/// Lines of one size, from `origin` down; the group and the bottom edge.
fn text_block(
    measure: &mut dyn Measure,
    id: GroupId,
    lines: &[String],
    origin: [f32; 2],
    (size, color): (f32, Rgba),
    (align, width): (Align, f32),
) -> (Group, f32) {
    let lh = measure.line_height(size);
    let mut items = Vec::new();
    let mut bounds: Option<Bounds> = None;
    let mut y = origin[1];
    for line in lines {
        let extent = [measure.width(line, size), lh];
        let x = match align {
            Align::Left => origin[0],
            Align::Right => origin[0] + (width - extent[0]).max(0.0),
        };
        let run = TextRun {
            pos: [x, y],
            text: line.clone(),
            size,
            color,
            extent,
        };
        let b = run.bounds();
        bounds = Some(bounds.map_or(b, |u| u.union(&b)));
        items.push(Item::Text(run));
        y += lh;
    }
    (
        Group {
            id,
            bounds: bounds.unwrap_or(Bounds::from_min_size(origin, [0.0, 0.0])),
            items,
        },
        y,
    )
}

/// The tour caption band, whose bottom edge is at `bottom`: "Step 3 of 7 ·
/// tour", the step's title, its caption, its sources, in the sizes of the
/// window's band. It takes at most half of the space between `top` and
/// `bottom`; a longer body is cut with "…".
fn caption_band(
    measure: &mut dyn Measure,
    caption: &super::Caption,
    [w, h]: [f32; 2],
    bottom: f32,
    [fill, text, small]: [Rgba; 3],
    top: f32,
) -> Group {
    let share = (h / CAPTION_FULL_HEIGHT).clamp(CAPTION_MIN_SHARE, 1.0);
    let (title_pt, body_pt, small_pt) = (
        CAPTION_TITLE * share,
        CAPTION_BODY * share,
        CAPTION_SMALL * share,
    );
    let width = (w - 2.0 * CAPTION_PAD[0]).clamp(1.0, CAPTION_TEXT_WIDTH);
    let max_height = ((bottom - top) * 0.5).max(0.0);
    let mut blocks: Vec<(Vec<String>, f32, Rgba)> = Vec::new();
    if !caption.step.is_empty() {
        let line = if caption.tour.is_empty() {
            caption.step.clone()
        } else {
            format!("{} · {}", caption.step, caption.tour)
        };
        blocks.push((wrap_text(measure, &line, small_pt, width), small_pt, small));
    }
    blocks.push((
        wrap_text(measure, &caption.title, title_pt, width),
        title_pt,
        text,
    ));
    // The "(English)" mark of a missing translation, just above the body
    // it concerns (never cut, as the body may be).
    if !caption.fallback.is_empty() {
        blocks.push((
            wrap_text(measure, &caption.fallback, small_pt, width),
            small_pt,
            small,
        ));
    }
    let body = wrap_text(measure, &caption.body, body_pt, width);
    let body_index = blocks.len();
    blocks.push((body, body_pt, text));
    if !caption.sources.is_empty() {
        blocks.push((
            wrap_text(measure, &caption.sources, small_pt, width),
            small_pt,
            small,
        ));
    }
    let height = |blocks: &[(Vec<String>, f32, Rgba)], m: &mut dyn Measure| {
        let text: f32 = blocks
            .iter()
            .map(|(lines, size, _)| m.line_height(*size) * lines.len() as f32)
            .sum();
        text + CAPTION_SPACING * blocks.len().saturating_sub(1) as f32 + 2.0 * CAPTION_PAD[1]
    };
    // Too tall: shorten the body, line by line.
    while height(&blocks, measure) > max_height && blocks[body_index].0.len() > 1 {
        let keep = blocks[body_index].0.len() - 1;
        let lines = std::mem::take(&mut blocks[body_index].0);
        blocks[body_index].0 = clamp_lines(measure, lines, body_pt, width, keep);
    }
    let band_height = height(&blocks, measure);
    let band = Bounds {
        min: [0.0, bottom - band_height],
        max: [w, bottom],
    };
    let mut items = vec![Item::Fill(band, fill, 0.0)];
    let mut y = band.min[1] + CAPTION_PAD[1];
    for (lines, size, color) in blocks {
        let (block, end) = text_block(
            measure,
            GroupId::Caption,
            &lines,
            [CAPTION_PAD[0], y],
            (size, color),
            (Align::Left, width),
        );
        items.extend(block.items);
        y = end + CAPTION_SPACING;
    }
    Group {
        id: GroupId::Caption,
        bounds: band,
        items,
    }
}

/// Measure the legend's entries for a column of `width` points.
fn measure_legend(measure: &mut dyn Measure, legend: &[LegendEntry], width: f32) -> Vec<Measured> {
    legend
        .iter()
        .map(|entry| {
            let (text, size, indent) = match entry {
                LegendEntry::Title(t) => (t, LEGEND_TITLE, 0.0),
                LegendEntry::Text(t) => (t, LEGEND_TEXT, 0.0),
                LegendEntry::Sample(_, t) => (t, LEGEND_TEXT, SWATCH + 6.0),
            };
            let lines = wrap_text(measure, text, size, (width - indent).max(20.0));
            let lh = measure.line_height(size);
            let text_width = lines
                .iter()
                .map(|l| measure.width(l, size))
                .fold(0.0, f32::max);
            Measured {
                height: ROW + lh * lines.len().saturating_sub(1) as f32,
                width: indent + text_width,
                lines,
                size,
                indent,
            }
        })
        .collect()
}

/// Entries flowed into at most `columns` columns of at most `max_height`
/// (a section title never ends a column): the columns' entry indices, and
/// how many entries did not fit.
fn flow(
    measured: &[Measured],
    legend: &[LegendEntry],
    max_height: f32,
    columns: usize,
) -> (Vec<Vec<usize>>, usize) {
    let mut out: Vec<Vec<usize>> = vec![Vec::new()];
    let mut used = 0.0;
    for (i, m) in measured.iter().enumerate() {
        // A title needs room for itself and the entry after it.
        let need = m.height
            + if matches!(legend[i], LegendEntry::Title(_)) {
                measured.get(i + 1).map_or(0.0, |n| n.height)
            } else {
                0.0
            };
        let column_empty = out.last().is_none_or(Vec::is_empty);
        if used + need > max_height && !column_empty {
            if out.len() == columns {
                return (out, measured.len() - i);
            }
            out.push(Vec::new());
            used = 0.0;
        }
        if used + m.height > max_height
            && out.last().is_none_or(Vec::is_empty)
            && out.len() == columns
        {
            return (out, measured.len() - i);
        }
        if let Some(column) = out.last_mut() {
            column.push(i);
        }
        used += m.height;
    }
    (out, 0)
}

/// A legend laid out in columns.
struct LegendPlan {
    columns: Vec<Vec<usize>>,
    dropped: usize,
    column_width: f32,
    size: [f32; 2],
}

fn plan(
    measured: &[Measured],
    legend: &[LegendEntry],
    max_height: f32,
    max_columns: usize,
) -> LegendPlan {
    let (columns, dropped) = flow(
        measured,
        legend,
        (max_height - 2.0 * LEGEND_PAD).max(ROW),
        max_columns.max(1),
    );
    let column_width = measured.iter().map(|m| m.width).fold(0.0, f32::max);
    let more = if dropped > 0 { ROW } else { 0.0 };
    let height = columns
        .iter()
        .map(|c| c.iter().map(|&i| measured[i].height).sum::<f32>())
        .fold(0.0, f32::max)
        + more;
    let n = columns.len() as f32;
    LegendPlan {
        size: [
            n * column_width + (n - 1.0) * GAP + 2.0 * LEGEND_PAD,
            height + 2.0 * LEGEND_PAD,
        ],
        columns,
        dropped,
        column_width,
    }
}

/// The map's box and the legend's group within `region`: the legend
/// beside the map (on the right) or below it, whichever leaves a subject of
/// `subject_aspect` larger; the map keeps the rest.
fn map_and_legend(
    measure: &mut dyn Measure,
    input: &FigureInput<'_>,
    region: Bounds,
) -> (Bounds, Option<Group>) {
    if input.legend.is_empty() {
        return (region, None);
    }
    let column = (region.width() * 0.28).clamp(150.0, 300.0);
    let measured = measure_legend(measure, input.legend, column);
    let aspect = if input.subject_aspect.is_finite() && input.subject_aspect > 0.0 {
        input.subject_aspect
    } else {
        region.width() / region.height().max(1.0)
    };
    let subject = |size: [f32; 2]| size[0].min(size[1] * aspect).max(0.0);

    // Beside: up to two columns on the right, as tall as the region.
    let beside = plan(&measured, input.legend, region.height(), 2);
    let beside_map = [region.width() - beside.size[0] - GAP, region.height()];
    // Below: as many columns as the width holds, the map keeping its share.
    let columns_below = ((region.width() + GAP) / (beside.column_width + GAP)).floor() as usize;
    let below = plan(
        &measured,
        input.legend,
        region.height() * (1.0 - MIN_MAP_SHARE),
        columns_below.max(1),
    );
    let below_map = [region.width(), region.height() - below.size[1] - GAP];
    let beside_better =
        (beside.dropped, -subject(beside_map)) <= (below.dropped, -subject(below_map));
    let (plan, map, origin) = if beside_better {
        let map = Bounds::from_min_size(region.min, beside_map);
        let origin = [region.max[0] - beside.size[0], region.min[1]];
        (beside, map, origin)
    } else {
        let map = Bounds::from_min_size(region.min, below_map);
        let origin = [region.min[0], region.max[1] - below.size[1]];
        (below, map, origin)
    };
    let legend = legend_group(measure, input, &measured, &plan, origin);
    (map, Some(legend))
}

/// The legend's items at `origin` as planned.
fn legend_group(
    measure: &mut dyn Measure,
    input: &FigureInput<'_>,
    measured: &[Measured],
    plan: &LegendPlan,
    origin: [f32; 2],
) -> Group {
    let style = input.style;
    let bounds = Bounds::from_min_size(origin, plan.size);
    let mut items = vec![Item::Fill(bounds, style.legend_background, 6.0)];
    let mut last_y = origin[1] + LEGEND_PAD;
    for (c, column) in plan.columns.iter().enumerate() {
        let x = origin[0] + LEGEND_PAD + c as f32 * (plan.column_width + GAP);
        let mut y = origin[1] + LEGEND_PAD;
        for &i in column {
            let m = &measured[i];
            let mid = y + ROW / 2.0;
            if let LegendEntry::Sample(swatch, _) = &input.legend[i] {
                let size = match swatch {
                    Swatch::Line(..) | Swatch::Badge(..) | Swatch::Marker(_) => [SWATCH, ROW - 2.0],
                    Swatch::Fill(_) | Swatch::Hatch(_) => [SWATCH - 6.0, 12.0],
                };
                let b = Bounds::from_min_size(
                    [x + (SWATCH - size[0]) / 2.0, mid - size[1] / 2.0],
                    size,
                );
                items.push(Item::Swatch(b, swatch.clone()));
            }
            let lh = measure.line_height(m.size);
            let mut ty = mid - lh / 2.0;
            for line in &m.lines {
                items.push(Item::Text(TextRun {
                    pos: [x + m.indent, ty],
                    text: line.clone(),
                    size: m.size,
                    color: style.text,
                    extent: [measure.width(line, m.size), lh],
                }));
                ty += lh;
            }
            y += m.height;
        }
        last_y = last_y.max(y);
    }
    if plan.dropped > 0 {
        let text = crate::i18n::trn(
            "figure-more-entries",
            "… { $count } more entry (the window's legend lists all)",
            "… { $count } more entries (the window's legend lists all)",
            plan.dropped,
            &[],
        );
        let lh = measure.line_height(LEGEND_TEXT);
        items.push(Item::Text(TextRun {
            pos: [origin[0] + LEGEND_PAD, last_y + (ROW - lh) / 2.0],
            extent: [measure.width(&text, LEGEND_TEXT), lh],
            text,
            size: LEGEND_TEXT,
            color: style.muted,
        }));
    }
    Group {
        id: GroupId::Legend,
        bounds,
        items,
    }
}

/// Panel titles of small multiples, points.
const PANEL_TITLE: f32 = 15.0;

/// What a figure of small multiples holds: the figure's parts (the overall
/// title, one shared legend, the attribution and the citation, once) and
/// one map panel per title, in rows of `columns`.
#[derive(Clone, Copy, Debug)]
pub struct GridInput<'a> {
    /// The figure's parts; its map region is shared by the panels.
    pub figure: FigureInput<'a>,
    /// Each panel's title ("1995"), in reading order.
    pub panels: &'a [String],
    /// Panels per row.
    pub columns: usize,
}

/// Lay out small multiples: the figure as [`layout`] lays it out, its
/// map's box divided into a grid of panels, each a [`GroupId::Map`] group
/// holding its title above its own map box. An empty list of panels gives
/// the figure with its one map.
pub fn layout_grid(input: &GridInput<'_>, measure: &mut dyn Measure) -> DisplayList {
    let mut list = layout(&input.figure, measure);
    let (Some(region), false) = (list.map_bounds(), input.panels.is_empty()) else {
        return list;
    };
    let columns = input.columns.clamp(1, input.panels.len());
    let rows = input.panels.len().div_ceil(columns);
    let cell = [
        ((region.width() - GAP * (columns - 1) as f32) / columns as f32).max(1.0),
        ((region.height() - GAP * (rows - 1) as f32) / rows as f32).max(1.0),
    ];
    let style = input.figure.style;
    let panels = input.panels.iter().enumerate().map(|(i, title)| {
        let (column, row) = ((i % columns) as f32, (i / columns) as f32);
        let min = [
            region.min[0] + column * (cell[0] + GAP),
            region.min[1] + row * (cell[1] + GAP),
        ];
        let lines = clamp_lines(measure, vec![title.clone()], PANEL_TITLE, cell[0], 1);
        let (heading, bottom) = text_block(
            measure,
            GroupId::Map,
            &lines,
            min,
            (PANEL_TITLE, style.text),
            (Align::Left, cell[0]),
        );
        let map_top = (bottom + 2.0).min(min[1] + cell[1] - 1.0);
        let map = Bounds {
            min: [min[0], map_top],
            max: [min[0] + cell[0], min[1] + cell[1]],
        };
        let mut items = heading.items;
        items.push(Item::Map(map));
        Group {
            id: GroupId::Map,
            bounds: Bounds::from_min_size(min, cell),
            items,
        }
    });
    let panels: Vec<Group> = panels.collect();
    if let Some(at) = list.groups.iter().position(|g| g.id == GroupId::Map) {
        list.groups.splice(at..=at, panels);
    }
    list
}
