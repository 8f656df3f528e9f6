//! A figure as vectors: the display list's title, legend, caption,
//! attribution and citation, and the map built from the geometry and what
//! is shown — one path per country (even-odd, clipped to the map's box),
//! lakes, borders, arcs, routes, badges, hatching, names and the scale bar —
//! each layer a group with a stable id ([`GroupId`]). The SVG
//! ([`super::svg`]) and PDF ([`super::pdf`]) writers write it item by item.
//!
//! Nothing is taken from egui's tessellated meshes: fills and lines come
//! from the scene's projected rings and lines; arcs, routes and badges from
//! the layers' own shapes (paths and circles, before tessellation); names
//! and capitals from the placement the map made in the same pass as the PNG.

use egui::epaint::{CircleShape, PathShape, RectShape, TextShape};
use egui::{Color32, Pos2, Rect, Shape, pos2};

use crate::figure::{Bounds, DisplayList, GroupId, Item, Rgba, Swatch};
use crate::layers;
use crate::palette::Palette;
use crate::transform::MapTransform;

use super::figure::rgba;

/// The font family written for text: the proportional font egui draws
/// with (Ubuntu Light), then the bundled fallbacks for the letters it lacks
/// ([`crate::fonts`]): the fonts the PNG and the PDF draw the same text
/// with.
pub const FONT_FAMILY: &str = "Ubuntu, 'Noto Sans', 'Noto Sans Armenian', 'Noto Sans Georgian', 'Noto Sans Symbols', sans-serif";

/// A line's look.
#[derive(Clone, Debug, PartialEq)]
pub struct VStroke {
    /// Width, points.
    pub width: f32,
    /// Colour.
    pub color: Rgba,
    /// Dash and gap lengths, points.
    pub dash: Option<(f32, f32)>,
}

/// Lines or filled shapes: each ring a sub-path.
#[derive(Clone, Debug, PartialEq)]
pub struct VPath {
    /// An id for the element (`country-KAZ`), unique in the figure.
    pub id: Option<String>,
    /// The sub-paths, points.
    pub rings: Vec<Vec<[f32; 2]>>,
    /// Whether each sub-path is closed.
    pub closed: bool,
    /// Fill (even-odd rule: holes stay empty).
    pub fill: Option<Rgba>,
    /// Outline.
    pub stroke: Option<VStroke>,
}

/// A line of text.
#[derive(Clone, Debug, PartialEq)]
pub struct VText {
    /// The start of its baseline, points.
    pub pos: [f32; 2],
    /// The text.
    pub text: String,
    /// Font size, points.
    pub size: f32,
    /// Colour.
    pub color: Rgba,
    /// A soft outline under it (the names on the map), 2 points wide.
    pub halo: Option<Rgba>,
    /// `pos` is the end of the line, not its start (right-aligned text,
    /// which then stays inside the page in a substitute font too).
    pub end: bool,
    /// The line's width as measured with the figure's font, points, where
    /// the layout measured it: the SVG holds the line to it (`textLength`),
    /// so that in a viewer without the font a long line (the citation)
    /// still ends where it ended, inside the page.
    pub width: Option<f32>,
    /// A long line's words, each with where it starts (points after
    /// `pos`), as the layout measured them: the SVG places each word where
    /// it was set, so that in a viewer that ignores `textLength` and
    /// substitutes a wider font (librsvg) the line grows by a word's
    /// difference at most, not by the whole line's. Empty for other lines.
    pub words: Vec<(f32, String)>,
}

/// Lines at least this share of the figure's width are set word by word
/// in the SVG ([`VText::words`]).
pub const LONG_LINE_SHARE: f32 = 0.4;

/// The words of `text` (each with the spaces after it) and where each
/// starts, measured with the figure's font at `size`.
fn word_offsets(fonts: &mut Fonts<'_>, text: &str, size: f32) -> Vec<(f32, String)> {
    let mut starts: Vec<usize> = Vec::new();
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if previous == ' ' && c != ' ' {
            starts.push(i);
        }
        previous = c;
    }
    let mut words = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let offset = if start == 0 {
            0.0
        } else {
            fonts.extent(&text[..start], size)[0]
        };
        words.push((offset, text[start..end].to_owned()));
    }
    // Leading spaces stay with the first word.
    if let Some(first) = words.first_mut()
        && let Some(&start) = starts.first()
        && start > 0
    {
        first.1.insert_str(0, &text[..start]);
        first.0 = 0.0;
    }
    words
}

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum VItem {
    /// A path.
    Path(VPath),
    /// A box with rounded corners.
    Rect {
        /// The box.
        bounds: Bounds,
        /// Corner radius, points.
        radius: f32,
        /// Fill.
        fill: Rgba,
    },
    /// A circle.
    Circle {
        /// Centre, points.
        center: [f32; 2],
        /// Radius, points.
        radius: f32,
        /// Fill.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<VStroke>,
    },
    /// A line of text.
    Text(VText),
    /// Diagonal hatching (lines `x + y = c`, as [`layers::hatch`] draws
    /// them) inside the rings (even-odd).
    Hatch {
        /// An id for the element.
        id: Option<String>,
        /// The area hatched.
        rings: Vec<Vec<[f32; 2]>>,
        /// Line colour.
        color: Rgba,
        /// Distance between the lines, points.
        spacing: f32,
        /// Line width, points.
        width: f32,
    },
}

/// Items drawn together under a stable id.
#[derive(Clone, Debug, PartialEq)]
pub struct VGroup {
    /// The group's id.
    pub id: GroupId,
    /// The id written instead of [`GroupId::as_str`], when there are
    /// several of the kind: a panel of small multiples (`panel-1995`) and
    /// its layers (`countries-1995`).
    pub name: Option<String>,
    /// What to draw, in order.
    pub items: Vec<VItem>,
    /// Groups inside it (the map's layers), drawn after its items.
    pub children: Vec<VGroup>,
    /// Clipped to this box (the map's).
    pub clip: Option<Bounds>,
}

impl VGroup {
    fn new(id: GroupId) -> Self {
        Self {
            id,
            name: None,
            items: Vec::new(),
            children: Vec::new(),
            clip: None,
        }
    }

    /// The id written to the file: [`Self::name`], else the group id's.
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or(self.id.as_str())
    }

    /// Every text of the group and its children, in drawing order.
    pub fn texts(&self) -> Vec<&VText> {
        let mut out: Vec<&VText> = self
            .items
            .iter()
            .filter_map(|i| match i {
                VItem::Text(t) => Some(t),
                _ => None,
            })
            .collect();
        for child in &self.children {
            out.extend(child.texts());
        }
        out
    }
}

/// A figure as vectors.
#[derive(Clone, Debug, PartialEq)]
pub struct VectorFigure {
    /// Width and height, points.
    pub size: [f32; 2],
    /// The page colour.
    pub background: Rgba,
    /// The figure's title (the document's title).
    pub title: String,
    /// The groups, in drawing order.
    pub groups: Vec<VGroup>,
}

impl VectorFigure {
    /// The group with this id, at any depth.
    pub fn group(&self, id: GroupId) -> Option<&VGroup> {
        fn find(groups: &[VGroup], id: GroupId) -> Option<&VGroup> {
            groups
                .iter()
                .find_map(|g| (g.id == id).then_some(g).or_else(|| find(&g.children, id)))
        }
        find(&self.groups, id)
    }

    /// The group written with this id (`panel-1995`, `countries-1995`,
    /// `legend`), at any depth.
    pub fn group_named(&self, name: &str) -> Option<&VGroup> {
        fn find<'a>(groups: &'a [VGroup], name: &str) -> Option<&'a VGroup> {
            groups.iter().find_map(|g| {
                (g.name() == name)
                    .then_some(g)
                    .or_else(|| find(&g.children, name))
            })
        }
        find(&self.groups, name)
    }
}

/// What the map drew in the pass the figure was made in.
pub(super) struct MapPass<'a> {
    pub state: &'a crate::state::State,
    pub dataset: &'a crate::model::Dataset,
    pub shown: &'a crate::shown::Shown,
    pub cache: &'a crate::map::MapCache,
    pub level: &'a crate::scene::SceneLevel,
    pub graticule: &'a [Vec<[f32; 2]>],
    pub transform: MapTransform,
    pub pixels_per_point: f32,
}

/// Text measured in the fonts the figure was measured with.
pub(super) struct Fonts<'a> {
    ctx: &'a egui::Context,
    baselines: Vec<(u32, f32)>,
}

impl Fonts<'_> {
    /// The offset from the top of a line box to its baseline at `size`
    /// points.
    fn baseline(&mut self, size: f32) -> f32 {
        if let Some((_, b)) = self.baselines.iter().find(|(s, _)| *s == size.to_bits()) {
            return *b;
        }
        let b = self.ctx.fonts_mut(|f| {
            let galley = f.layout_no_wrap(
                "Hg".to_owned(),
                egui::FontId::proportional(size),
                Color32::WHITE,
            );
            galley_baseline(&galley).unwrap_or(size * 0.8)
        });
        self.baselines.push((size.to_bits(), b));
        b
    }

    /// The width and line height of `text` on one line at `size` points.
    fn extent(&mut self, text: &str, size: f32) -> [f32; 2] {
        self.ctx.fonts_mut(|f| {
            let galley = f.layout_no_wrap(
                text.to_owned(),
                egui::FontId::proportional(size),
                Color32::WHITE,
            );
            [galley.size().x, galley.size().y]
        })
    }
}

/// The baseline of a galley's first row, from its top.
fn galley_baseline(galley: &egui::Galley) -> Option<f32> {
    let row = galley.rows.first()?;
    let glyph = row.row.glyphs.first()?;
    Some(row.pos.y + glyph.pos.y)
}

/// The vector figure of `list`: `maps` holds the layers of each map box
/// of the list, in order ([`map_layers`]). With `panels` (one key per map
/// box: small multiples, a comparison side by side) each panel is a group
/// `panel-<key>` holding its heading and a clipped group `map-<key>` with
/// its layers, every id in it suffixed `-<key>` (`countries-1995`,
/// `country-KAZ-1995`) so that ids stay unique in the file; without, the
/// one map is the group `map` with the layers inside, ids as they are.
pub(super) fn build(
    ctx: &egui::Context,
    list: &DisplayList,
    (title, theme): (String, crate::state::Theme),
    maps: Vec<Vec<VGroup>>,
    panels: &[String],
) -> VectorFigure {
    let mut fonts = Fonts {
        ctx,
        baselines: Vec::new(),
    };
    let palette = Palette::of(theme);
    let mut maps = maps.into_iter();
    let mut panel_keys = panels.iter();
    let mut groups = Vec::new();
    for group in &list.groups {
        let mut g = VGroup::new(group.id);
        let key = (group.id == GroupId::Map)
            .then(|| panel_keys.next())
            .flatten();
        if let Some(key) = key {
            g.name = Some(format!("panel-{key}"));
        }
        for item in &group.items {
            match item {
                Item::Map(bounds) => {
                    let layers = maps.next().unwrap_or_default();
                    match key {
                        Some(key) => {
                            let mut map = VGroup::new(GroupId::Map);
                            map.name = Some(format!("map-{key}"));
                            map.clip = Some(*bounds);
                            map.children = layers;
                            suffix_ids(&mut map.children, key);
                            g.children.push(map);
                        }
                        None => {
                            g.clip = Some(*bounds);
                            g.children = layers;
                        }
                    }
                }
                Item::Fill(b, c, radius) => g.items.push(VItem::Rect {
                    bounds: *b,
                    radius: *radius,
                    fill: *c,
                }),
                Item::Text(run) => {
                    // The attribution is set flush right.
                    let end = group.id == GroupId::Attribution;
                    let x = if end {
                        run.pos[0] + run.extent[0]
                    } else {
                        run.pos[0]
                    };
                    let words = if !end && run.extent[0] >= LONG_LINE_SHARE * list.size[0] {
                        word_offsets(&mut fonts, &run.text, run.size)
                    } else {
                        Vec::new()
                    };
                    g.items.push(VItem::Text(VText {
                        pos: [x, run.pos[1] + fonts.baseline(run.size)],
                        text: run.text.clone(),
                        size: run.size,
                        color: run.color,
                        halo: None,
                        end,
                        width: Some(run.extent[0]),
                        words,
                    }));
                }
                Item::Swatch(b, swatch) => swatch_items(&mut g.items, *b, swatch, &palette),
            }
        }
        groups.push(g);
    }
    VectorFigure {
        size: list.size,
        background: list.background,
        title,
        groups,
    }
}

/// Every group's and element's id in `groups` suffixed `-<key>`.
fn suffix_ids(groups: &mut [VGroup], key: &str) {
    for g in groups {
        g.name = Some(format!("{}-{key}", g.name()));
        for item in &mut g.items {
            match item {
                VItem::Path(VPath { id: Some(id), .. }) | VItem::Hatch { id: Some(id), .. } => {
                    id.push('-');
                    id.push_str(key);
                }
                _ => {}
            }
        }
        suffix_ids(&mut g.children, key);
    }
}

/// A legend sample, as [`super::figure`] paints it.
fn swatch_items(out: &mut Vec<VItem>, b: Bounds, swatch: &Swatch, palette: &Palette) {
    let mid = [(b.min[0] + b.max[0]) / 2.0, (b.min[1] + b.max[1]) / 2.0];
    match swatch {
        Swatch::Line(c, w, dash) => out.push(VItem::Path(VPath {
            id: None,
            rings: vec![vec![[b.min[0], mid[1]], [b.max[0], mid[1]]]],
            closed: false,
            fill: None,
            stroke: Some(VStroke {
                width: *w,
                color: *c,
                dash: *dash,
            }),
        })),
        Swatch::Badge(c, status) => {
            let mut shapes = Vec::new();
            layers::memberships::badges_shapes(
                &mut shapes,
                pos2(mid[0], mid[1]),
                &[(*status, super::figure::color32(*c))],
                palette.halo,
            );
            shapes_to_items(out, shapes, None);
        }
        Swatch::Fill(c) => out.push(VItem::Rect {
            bounds: b,
            radius: 2.0,
            fill: *c,
        }),
        Swatch::Hatch(c) => {
            out.push(VItem::Rect {
                bounds: b,
                radius: 2.0,
                fill: rgba(crate::style::NOT_RECORDED_FILL),
            });
            out.push(VItem::Hatch {
                id: None,
                rings: vec![vec![
                    [b.min[0], b.min[1]],
                    [b.max[0], b.min[1]],
                    [b.max[0], b.max[1]],
                    [b.min[0], b.max[1]],
                ]],
                color: *c,
                spacing: 4.0,
                width: 1.2,
            });
        }
        Swatch::Marker(radius) => out.push(VItem::Circle {
            center: mid,
            radius: radius.min(b.height() / 2.0),
            fill: Some(rgba(palette.label.gamma_multiply(0.45))),
            stroke: Some(VStroke {
                width: 1.5,
                color: rgba(palette.halo),
                dash: None,
            }),
        }),
    }
}

/// The map's layers, in the order the map paints them, from what the map
/// drew in `pass`.
pub(super) fn map_layers(ctx: &egui::Context, pass: &MapPass<'_>) -> Vec<VGroup> {
    let mut fonts = Fonts {
        ctx,
        baselines: Vec::new(),
    };
    map_groups(pass, &mut fonts)
}

fn map_groups(pass: &MapPass<'_>, fonts: &mut Fonts<'_>) -> Vec<VGroup> {
    let state = pass.state;
    let t = &pass.transform;
    let rect = t.rect;
    let palette = Palette::of(state.theme);
    let clip = rect.expand(2.0);
    let visible = t.visible_world();
    let world = &pass.level.world;
    let screen_rings = |rings: &[Vec<[f32; 2]>]| -> Vec<Vec<[f32; 2]>> {
        rings
            .iter()
            .map(|r| {
                let pts: Vec<[f32; 2]> = r
                    .iter()
                    .map(|p| t.screen_from_world_f32(*p).into())
                    .collect();
                clip_ring(&thin(&pts, 0.5), clip)
            })
            .filter(|r| r.len() >= 3)
            .collect()
    };
    let screen_lines = |lines: &mut dyn Iterator<Item = &Vec<[f32; 2]>>, closed: bool| {
        let mut out = Vec::new();
        for line in lines {
            if line.len() < 2 {
                continue;
            }
            let pts = layers::strokes::screen_line(
                line.iter().map(|p| t.screen_from_world_f32(*p)),
                closed,
                pass.pixels_per_point,
            );
            out.extend(clip_polyline(&pts, clip));
        }
        out
    };
    let stroke = |width: f32, color: Color32| {
        Some(VStroke {
            width,
            color: rgba(color),
            dash: None,
        })
    };
    let mut groups = Vec::new();

    let mut sea = VGroup::new(GroupId::Sea);
    sea.items.push(VItem::Rect {
        bounds: bounds_of(rect),
        radius: 0.0,
        fill: rgba(palette.ocean),
    });
    groups.push(sea);

    let mut graticule = VGroup::new(GroupId::Graticule);
    let lines = screen_lines(&mut pass.graticule.iter(), false);
    if !lines.is_empty() {
        graticule.items.push(VItem::Path(VPath {
            id: None,
            rings: lines,
            closed: false,
            fill: None,
            stroke: stroke(layers::strokes::GRATICULE_WIDTH, palette.graticule),
        }));
    }
    groups.push(graticule);

    // Countries: one path per country, in the colour the map fills it.
    let mut countries = VGroup::new(GroupId::Countries);
    if state.layers.countries {
        let overrides = crate::map::overlay_fills(pass.shown, pass.dataset, &palette);
        let mut used = std::collections::BTreeSet::new();
        for (i, feature) in world.countries.iter().enumerate() {
            if !feature.bbox.intersects(&visible) {
                continue;
            }
            let rings = screen_rings(&feature.rings);
            if rings.is_empty() {
                continue;
            }
            let code = pass.level.codes.get(i).copied().flatten();
            let fill = code
                .and_then(|c| overrides.get(&c).copied())
                .unwrap_or_else(|| layers::base::land_color(code, pass.dataset, &palette));
            let base = code.map_or_else(
                || format!("feature-{}", feature.source_index),
                |c| format!("country-{}", c.as_str()),
            );
            let mut id = base.clone();
            let mut n = 2;
            while !used.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            countries.items.push(VItem::Path(VPath {
                id: Some(id),
                rings,
                closed: true,
                fill: Some(rgba(fill)),
                stroke: None,
            }));
        }
        for feature in &world.disputed {
            if feature.bbox.intersects(&visible) {
                let rings = screen_rings(&feature.rings);
                if !rings.is_empty() {
                    countries.items.push(VItem::Path(VPath {
                        id: None,
                        rings,
                        closed: true,
                        fill: Some(rgba(palette.land_neighbour)),
                        stroke: None,
                    }));
                }
            }
        }
    }
    groups.push(countries);

    let mut lakes = VGroup::new(GroupId::Lakes);
    if state.layers.countries {
        for feature in &world.lakes {
            if feature.bbox.intersects(&visible) {
                let rings = screen_rings(&feature.rings);
                if !rings.is_empty() {
                    lakes.items.push(VItem::Path(VPath {
                        id: None,
                        rings,
                        closed: true,
                        fill: Some(rgba(palette.lake)),
                        stroke: None,
                    }));
                }
            }
        }
    }
    let shores = screen_lines(
        &mut world
            .lakes
            .iter()
            .filter(|f| f.bbox.intersects(&visible))
            .flat_map(|f| f.rings.iter()),
        true,
    );
    if !shores.is_empty() {
        lakes.items.push(VItem::Path(VPath {
            id: Some("lake-shores".to_owned()),
            rings: shores,
            closed: false,
            fill: None,
            stroke: stroke(layers::strokes::LAKE_WIDTH, palette.coast),
        }));
    }
    groups.push(lakes);

    let mut borders = VGroup::new(GroupId::Borders);
    for (id, lines, width, color) in [
        (
            "coastlines",
            &world.coastlines,
            layers::strokes::COAST_WIDTH,
            palette.coast,
        ),
        (
            "borders-lines",
            &world.borders,
            layers::strokes::BORDER_WIDTH,
            palette.border,
        ),
    ] {
        let rings = screen_lines(&mut lines.iter(), false);
        if !rings.is_empty() {
            borders.items.push(VItem::Path(VPath {
                id: Some(id.to_owned()),
                rings,
                closed: false,
                fill: None,
                stroke: stroke(width, color),
            }));
        }
    }
    groups.push(borders);

    let mut disputed = VGroup::new(GroupId::Disputed);
    for feature in &world.disputed {
        if !feature.bbox.intersects(&visible) {
            continue;
        }
        let rings = screen_rings(&feature.rings);
        if rings.is_empty() {
            continue;
        }
        disputed.items.push(VItem::Hatch {
            id: None,
            rings: rings.clone(),
            color: rgba(palette.disputed),
            spacing: layers::strokes::HATCH_SPACING,
            width: layers::strokes::HATCH_WIDTH,
        });
        disputed.items.push(VItem::Path(VPath {
            id: None,
            rings,
            closed: true,
            fill: None,
            stroke: stroke(1.2, palette.disputed),
        }));
    }
    if let Some(selected) = state.selection.country {
        for (i, feature) in world.countries.iter().enumerate() {
            if pass.level.codes.get(i).copied().flatten() == Some(selected) {
                let rings = screen_rings(&feature.rings);
                for (width, color) in [
                    (layers::base::SELECTION_HALO_WIDTH, palette.selected),
                    (layers::base::SELECTION_LINE_WIDTH, palette.label),
                ] {
                    disputed.items.push(VItem::Path(VPath {
                        id: None,
                        rings: rings.clone(),
                        closed: true,
                        fill: None,
                        stroke: stroke(width, color),
                    }));
                }
            }
        }
    }
    groups.push(disputed);

    // Stances: the hatching over the states whose position is not recorded
    // (their fill is the countries').
    let mut stances = VGroup::new(GroupId::Stances);
    if let Some(stance) = &pass.shown.stance {
        let not_recorded = layers::stances::not_recorded(stance);
        for (i, feature) in world.countries.iter().enumerate() {
            let Some(code) = pass.level.codes.get(i).copied().flatten() else {
                continue;
            };
            if !not_recorded.contains(&code) || !feature.bbox.intersects(&visible) {
                continue;
            }
            let rings = screen_rings(&feature.rings);
            if !rings.is_empty() {
                stances.items.push(VItem::Hatch {
                    id: Some(format!("not-recorded-{}", code.as_str())),
                    rings,
                    color: rgba(crate::style::NOT_RECORDED_HATCH),
                    spacing: crate::style::NOT_RECORDED_HATCH_SPACING,
                    width: 1.2,
                });
            }
        }
    }
    groups.push(stances);

    let drawn = pass.cache.drawn();
    let mut corridors = VGroup::new(GroupId::Corridors);
    for route in &drawn.routes {
        let style = crate::style::status_style(route.status);
        for (mode, points) in &route.segments {
            let pts: Vec<[f32; 2]> = points
                .iter()
                .map(|p| t.screen_from_world(*p).into())
                .collect();
            if pts.len() < 2 {
                continue;
            }
            let color = if style.greyed {
                layers::corridors::GREY
            } else {
                crate::style::mode_color(*mode, state.theme)
            };
            corridors.items.push(VItem::Path(VPath {
                id: None,
                rings: vec![pts.clone()],
                closed: false,
                fill: None,
                stroke: stroke(style.width + 2.5, palette.halo),
            }));
            corridors.items.push(VItem::Path(VPath {
                id: None,
                rings: vec![pts],
                closed: false,
                fill: None,
                stroke: Some(VStroke {
                    width: style.width,
                    color: rgba(color),
                    dash: style.dash,
                }),
            }));
        }
    }
    groups.push(corridors);

    let mut relations = VGroup::new(GroupId::Relations);
    let mut shapes = Vec::new();
    layers::compare::arcs_or_plain(&mut shapes, rect, &drawn.arcs, pass.shown, t, None);
    // Zoomed out by groups: the flows instead (the arcs are then none).
    layers::groups::shapes(&mut shapes, &drawn.flows, t, None);
    shapes_to_items(&mut relations.items, shapes, None);
    groups.push(relations);
    if let Some(nodes) = group_nodes(pass, fonts) {
        groups.push(nodes);
    }

    let mut analysis = VGroup::new(GroupId::Analysis);
    if !pass.shown.derived.is_empty() {
        let mut shapes = Vec::new();
        layers::analysis::derived_shapes(&mut shapes, t, &drawn.derived, &pass.shown.derived);
        shapes_to_items(&mut analysis.items, shapes, None);
    }
    let marker_clip = rect.expand(40.0);
    for m in &pass.cache.markers {
        if marker_clip.contains(m.center) {
            analysis.items.push(VItem::Circle {
                center: m.center.into(),
                radius: m.radius,
                fill: Some(rgba(palette.label.gamma_multiply(0.45))),
                stroke: stroke(1.5, palette.halo),
            });
        }
    }
    groups.push(analysis);

    // Membership badges under each member's label point, once per country
    // (as the map places them).
    let mut memberships = VGroup::new(GroupId::Memberships);
    let by_country = &pass.shown.memberships.by_country;
    let mut placed = std::collections::BTreeSet::new();
    for (i, feature) in world.countries.iter().enumerate() {
        let Some(code) = pass.level.codes.get(i).copied().flatten() else {
            continue;
        };
        let Some(list) = by_country.get(&code) else {
            continue;
        };
        if !placed.insert(code) {
            continue;
        }
        let center = t.screen_from_world(feature.label_point) + egui::vec2(0.0, 14.0);
        if rect.contains(center) {
            let badges = layers::memberships::badges_of(pass.dataset, list);
            let mut shapes = Vec::new();
            layers::memberships::badges_shapes(&mut shapes, center, &badges, palette.halo);
            shapes_to_items(&mut memberships.items, shapes, Some(&mut *fonts));
        }
    }
    groups.push(memberships);

    let mut scale_bar = VGroup::new(GroupId::ScaleBar);
    if let Some(bar) = layers::overlay::scale_bar(t) {
        scale_bar.items.push(VItem::Rect {
            bounds: bounds_of(bar.back),
            radius: 4.0,
            fill: rgba(palette.halo),
        });
        scale_bar.items.push(VItem::Path(VPath {
            id: None,
            rings: vec![bar.line.iter().map(|p| (*p).into()).collect()],
            closed: false,
            fill: None,
            stroke: stroke(layers::overlay::SCALE_BAR_STROKE, palette.label),
        }));
        let size = layers::overlay::SCALE_BAR_FONT;
        // Centred on its anchor, its line box's bottom there.
        let [width, line_height] = fonts.extent(&bar.label, size);
        scale_bar.items.push(VItem::Text(VText {
            pos: [
                bar.label_at.x - width / 2.0,
                bar.label_at.y - line_height + fonts.baseline(size),
            ],
            text: bar.label,
            size,
            color: rgba(palette.label),
            halo: None,
            end: false,
            width: Some(width),
            words: Vec::new(),
        }));
    }
    groups.push(scale_bar);

    let mut labels = VGroup::new(GroupId::Labels);
    let placed = &pass.cache.placed;
    for l in placed.labels.iter().filter(|l| !l.capital) {
        labels.items.push(label_text(l, fonts));
    }
    for c in &placed.capitals {
        labels.items.push(VItem::Circle {
            center: (*c).into(),
            radius: layers::labels::CAPITAL_RADIUS,
            fill: Some(rgba(palette.capital)),
            stroke: stroke(1.5, palette.halo),
        });
    }
    for l in placed.labels.iter().filter(|l| l.capital) {
        labels.items.push(label_text(l, fonts));
    }
    groups.push(labels);
    groups
}

/// Zoomed out by groups: each group's (or opened state's) disc and name,
/// as the map paints them ([`layers::groups::paint_nodes`]); names as
/// text. None when the flows are not shown.
fn group_nodes(pass: &MapPass<'_>, fonts: &mut Fonts<'_>) -> Option<VGroup> {
    let flows = pass.shown.flows.as_ref()?;
    let palette = Palette::of(pass.state.theme);
    let (text, halo) = (palette.label, palette.halo);
    let t = &pass.transform;
    let mut group = VGroup::new(GroupId::Groups);
    for dot in &pass.cache.drawn().nodes {
        let center = t.screen_from_world(dot.at);
        if !t.rect.expand(dot.radius).contains(center) {
            continue;
        }
        let fill = text.gamma_multiply(if dot.group { 0.55 } else { 0.3 });
        group.items.push(VItem::Circle {
            center: center.into(),
            radius: dot.radius,
            fill: Some(rgba(fill)),
            stroke: Some(VStroke {
                width: 1.5,
                color: rgba(halo),
                dash: None,
            }),
        });
        let Some(node) = flows.nodes.get(dot.node) else {
            continue;
        };
        let name = node.name(pass.dataset);
        let size = 13.0;
        let [width, _] = fonts.extent(&name, size);
        let top = center.y + dot.radius + 2.0;
        group.items.push(VItem::Text(VText {
            pos: [center.x - width / 2.0, top + fonts.baseline(size)],
            text: name,
            size,
            color: rgba(text),
            halo: Some(rgba(halo)),
            end: false,
            width: Some(width),
            words: Vec::new(),
        }));
    }
    Some(group)
}

fn label_text(l: &layers::labels::PlacedLabel, fonts: &mut Fonts<'_>) -> VItem {
    VItem::Text(VText {
        pos: [l.min.x, l.min.y + fonts.baseline(l.size)],
        text: l.text.clone(),
        size: l.size,
        color: rgba(l.color),
        halo: Some(rgba(l.halo)),
        end: false,
        width: None,
        words: Vec::new(),
    })
}

fn bounds_of(r: Rect) -> Bounds {
    Bounds {
        min: [r.min.x, r.min.y],
        max: [r.max.x, r.max.y],
    }
}

/// The layers' shapes (paths, segments, circles, boxes, text) as items.
/// Meshes are not taken (no layer the vector figure asks makes one).
fn shapes_to_items(out: &mut Vec<VItem>, shapes: Vec<Shape>, mut fonts: Option<&mut Fonts<'_>>) {
    for shape in shapes {
        match shape {
            Shape::Vec(inner) => shapes_to_items(out, inner, fonts.as_deref_mut()),
            Shape::Path(PathShape {
                points,
                closed,
                fill,
                stroke,
            }) => {
                let color = match stroke.color {
                    egui::epaint::ColorMode::Solid(c) => c,
                    egui::epaint::ColorMode::UV(_) => Color32::TRANSPARENT,
                };
                out.push(VItem::Path(VPath {
                    id: None,
                    rings: vec![points.iter().map(|p| (*p).into()).collect()],
                    closed,
                    fill: (fill != Color32::TRANSPARENT).then(|| rgba(fill)),
                    stroke: (stroke.width > 0.0 && color != Color32::TRANSPARENT).then(|| {
                        VStroke {
                            width: stroke.width,
                            color: rgba(color),
                            dash: None,
                        }
                    }),
                }));
            }
            Shape::LineSegment { points, stroke } => out.push(VItem::Path(VPath {
                id: None,
                rings: vec![points.iter().map(|p| (*p).into()).collect()],
                closed: false,
                fill: None,
                stroke: Some(VStroke {
                    width: stroke.width,
                    color: rgba(stroke.color),
                    dash: None,
                }),
            })),
            Shape::Circle(CircleShape {
                center,
                radius,
                fill,
                stroke,
            }) => out.push(VItem::Circle {
                center: center.into(),
                radius,
                fill: (fill != Color32::TRANSPARENT).then(|| rgba(fill)),
                stroke: (stroke.width > 0.0 && stroke.color != Color32::TRANSPARENT).then(|| {
                    VStroke {
                        width: stroke.width,
                        color: rgba(stroke.color),
                        dash: None,
                    }
                }),
            }),
            Shape::Rect(RectShape {
                rect,
                corner_radius,
                fill,
                ..
            }) => out.push(VItem::Rect {
                bounds: bounds_of(rect),
                radius: f32::from(corner_radius.nw),
                fill: rgba(fill),
            }),
            Shape::Text(TextShape {
                pos,
                galley,
                override_text_color,
                fallback_color,
                ..
            }) => {
                let size = galley
                    .job
                    .sections
                    .first()
                    .map_or(12.0, |s| s.format.font_id.size);
                let color = override_text_color
                    .or_else(|| galley.job.sections.first().map(|s| s.format.color))
                    .unwrap_or(fallback_color);
                let offset = galley_baseline(&galley)
                    .or_else(|| fonts.as_deref_mut().map(|f| f.baseline(size)))
                    .unwrap_or(size * 0.8);
                out.push(VItem::Text(VText {
                    pos: [pos.x, pos.y + offset],
                    text: galley.text().to_owned(),
                    size,
                    color: rgba(color),
                    halo: None,
                    end: false,
                    width: (galley.rows.len() == 1).then(|| galley.size().x),
                    words: Vec::new(),
                }));
            }
            _ => {}
        }
    }
}

/// A ring's points without those closer than `min` to the last kept one
/// (detail under half a point cannot be seen).
fn thin(points: &[[f32; 2]], min: f32) -> Vec<[f32; 2]> {
    let mut out: Vec<[f32; 2]> = Vec::with_capacity(points.len());
    for p in points {
        match out.last() {
            Some(q) if (p[0] - q[0]).hypot(p[1] - q[1]) < min => {}
            _ => out.push(*p),
        }
    }
    out
}

/// A ring clipped to a box (Sutherland–Hodgman): what lies outside is
/// moved onto the box's edge, so the fill inside is unchanged and a country
/// reaching far past the map writes only what is seen.
pub fn clip_ring(ring: &[[f32; 2]], r: Rect) -> Vec<[f32; 2]> {
    let mut points: Vec<[f32; 2]> = ring.to_vec();
    // Each edge: inside test and intersection with the edge's line.
    let edges: [(usize, f32, bool); 4] = [
        (0, r.min.x, true),
        (0, r.max.x, false),
        (1, r.min.y, true),
        (1, r.max.y, false),
    ];
    for (axis, at, keep_greater) in edges {
        if points.is_empty() {
            break;
        }
        let inside = |p: &[f32; 2]| {
            if keep_greater {
                p[axis] >= at
            } else {
                p[axis] <= at
            }
        };
        let cross = |a: &[f32; 2], b: &[f32; 2]| {
            let t = (at - a[axis]) / (b[axis] - a[axis]);
            let mut p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
            p[axis] = at;
            p
        };
        let mut out = Vec::with_capacity(points.len());
        let n = points.len();
        for i in 0..n {
            let cur = points[i];
            let prev = points[(i + n - 1) % n];
            match (inside(&prev), inside(&cur)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cross(&prev, &cur)),
                (false, true) => {
                    out.push(cross(&prev, &cur));
                    out.push(cur);
                }
                (false, false) => {}
            }
        }
        points = out;
    }
    // Runs along the box's edge collapse to their ends.
    thin(&points, 0.01)
}

/// A polyline cut to the parts that cross a box (each kept segment whole:
/// the map's clip path trims the rest).
pub fn clip_polyline(points: &[Pos2], r: Rect) -> Vec<Vec<[f32; 2]>> {
    let mut out = Vec::new();
    let mut run: Vec<[f32; 2]> = Vec::new();
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        if Rect::from_two_pos(a, b).intersects(r) {
            if run.is_empty() {
                run.push(a.into());
            }
            run.push(b.into());
        } else if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if run.len() >= 2 {
        out.push(run);
    }
    out
}
