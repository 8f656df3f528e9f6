//! Borders, coastlines, lake shores, graticule and disputed-area hatching,
//! tessellated once per zoom into meshes in "scaled plane" space (plane km
//! divided by km-per-point, y flipped); thin lines as textured quads
//! ([`ridge_line`]), the hatching by egui's tessellator. Panning only
//! translates them; a new mesh is built when the zoom, level, theme or pixel
//! density changes, or when the view leaves the area the meshes cover.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::epaint::{Mesh, PathShape, PathStroke, TessellationOptions, Tessellator, Vertex};
use egui::{Color32, Pos2, TextureId, Vec2, pos2};
use geo::{LineString, Simplify as _};

use crate::geometry::{ProjectionKind, WorldRect};
use crate::scene::SceneLevel;

use crate::palette::Palette;
use crate::transform::MapTransform;

use super::mesh::append_triangles_touching;

/// What a stroke mesh was built for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Key {
    projection: ProjectionKind,
    level: usize,
    km_per_point: f64,
    pixels_per_point: f32,
    palette: Palette,
    /// The texture thin lines are drawn with ([`ridge_texture`]), if any.
    ridge: Option<TextureId>,
    /// The plane area the meshes cover (larger than the view, so small pans
    /// reuse them).
    pub covered: WorldRect,
}

impl Key {
    /// The stroke layers for this key (graticule, lake shores, coastlines,
    /// borders, hatching), in scaled-plane space, by chunk: what
    /// [`StrokeCache::install`] keeps. Depends on nothing else, so it may
    /// run on another thread while the rest of the map is painted.
    pub fn build(&self, level: &SceneLevel, graticule: &[Vec<[f32; 2]>]) -> Vec<Chunked> {
        build(
            level,
            graticule,
            self.km_per_point,
            &self.covered,
            &self.palette,
            self.pixels_per_point,
            self.ridge,
        )
    }
}

/// How many stroke layers there are: graticule, lake shores, coastlines,
/// borders, hatching.
pub const LAYERS: usize = 5;

/// Side of a spatial chunk, in points: lines are cut into pieces and their
/// triangles grouped by chunk, so a frame copies only what it can show.
const CHUNK: f32 = 256.0;
/// How far past the view stroke meshes are built, as a fraction of the
/// view's width and height on each side: after a pan leaves the area built
/// (the user is moving, build ahead) …
pub const PAN_MARGIN: f64 = 0.5;
/// … and for a new zoom, theme or level of detail (build what is shown, and
/// a little more for small moves).
pub const NEW_ZOOM_MARGIN: f64 = 0.1;
/// Longest piece a line is cut into, in vertices.
const PIECE: usize = 48;

/// The triangles of one layer of strokes (graticule, borders, …), grouped by
/// spatial chunk in scaled-plane space.
#[derive(Default)]
pub struct Chunked {
    /// Each chunk's bounds and its triangles.
    pub chunks: Vec<(egui::Rect, Mesh)>,
}

impl Chunked {
    /// The triangles touching `visible` (scaled-plane space), moved by
    /// `offset`. Chunks wholly in view are copied as they are; of those the
    /// view's edge crosses, only the triangles that reach into the view are
    /// kept (a software renderer pays for every triangle it is sent, seen or
    /// not: about a quarter of the default view's stroke triangles lie in
    /// the parts of edge chunks outside the map).
    pub fn visible(&self, visible: egui::Rect, offset: egui::Vec2) -> Mesh {
        let mut out = Mesh::with_texture(
            self.chunks
                .first()
                .map_or(TextureId::default(), |(_, m)| m.texture_id),
        );
        let (v, i) = self
            .chunks
            .iter()
            .filter(|(r, _)| r.intersects(visible))
            .fold((0, 0), |(v, i), (_, m)| {
                (v + m.vertices.len(), i + m.indices.len())
            });
        out.vertices.reserve(v);
        out.indices.reserve(i);
        let moved = |v: &egui::epaint::Vertex| egui::epaint::Vertex {
            pos: v.pos + offset,
            ..*v
        };
        // Scratch for the chunks the view's edge cuts.
        let mut placed: Vec<u32> = Vec::new();
        for (rect, mesh) in &self.chunks {
            if !rect.intersects(visible) {
                continue;
            }
            let Ok(base) = u32::try_from(out.vertices.len()) else {
                break;
            };
            if visible.contains_rect(*rect) {
                out.indices.extend(mesh.indices.iter().map(|i| base + i));
                out.vertices.extend(mesh.vertices.iter().map(moved));
                continue;
            }
            append_triangles_touching(
                &mut out,
                &mesh.indices,
                mesh.vertices.len(),
                visible.translate(offset),
                |i| mesh.vertices.get(i).map(moved),
                &mut placed,
            );
        }
        out
    }
}

/// Stroke meshes for the current zoom.
#[derive(Default)]
pub struct StrokeCache {
    /// What the meshes were built for (`None` before the first frame).
    pub key: Option<Key>,
    /// Graticule, lake shores, coastlines, borders, disputed hatching, in
    /// scaled-plane space, by chunk (shared by the two maps of a
    /// comparison: [`Self::share_from`]).
    layers: Arc<Vec<Chunked>>,
    /// The screen meshes of the last frame and the rect/offset they were cut
    /// for: an unchanged view reuses them without copying.
    last: Option<(egui::Rect, egui::Vec2, Vec<Arc<Mesh>>)>,
    /// How many times the meshes were rebuilt (for tests and benches).
    pub rebuilds: u64,
    /// The texture thin lines are drawn with ([`Self::use_ridge`]).
    ridge: Option<TextureId>,
}

/// Line widths in points. Borders and coasts are just under egui's
/// thin-line threshold (0.9 of a pixel at 1 pixel per point): a ridge of
/// two feathers with no solid core (the palette's line colours are a shade
/// stronger to keep the same ink), which [`ridge_line`] draws as two
/// triangles a segment, where egui's thick line takes six.
pub const BORDER_WIDTH: f32 = 0.9;
pub const COAST_WIDTH: f32 = 0.9;
pub const LAKE_WIDTH: f32 = 0.8;
pub const GRATICULE_WIDTH: f32 = 0.8;
pub const HATCH_WIDTH: f32 = 1.2;
/// Spacing of the disputed-area hatching, in points.
pub const HATCH_SPACING: f32 = 7.0;

impl StrokeCache {
    /// Draw thin lines with `ridge` ([`ridge_texture`] of the context the
    /// meshes are painted in) from now on; `None` (the default) tessellates
    /// them as egui does. Meshes built with another texture are rebuilt.
    pub fn use_ridge(&mut self, ridge: Option<TextureId>) {
        self.ridge = ridge;
    }

    /// Take `other`'s strokes (built for its zoom, level, theme and area)
    /// instead of this cache's own, when they were built for something
    /// else: the second map of a comparison, with the same camera, then
    /// builds nothing and only cuts them to its box. If they do not fit
    /// this map's view, [`Self::meshes_for`] builds its own as before.
    pub fn share_from(&mut self, other: &Self) {
        if other.key.is_some() && self.key != other.key {
            self.key = other.key;
            self.layers = Arc::clone(&other.layers);
            self.last = None;
        }
    }

    /// The meshes for this frame, rebuilt if needed, on the screen: graticule
    /// first, then lake shores, coastlines, borders and hatching.
    pub fn meshes_for(
        &mut self,
        transform: &MapTransform,
        level: &SceneLevel,
        graticule: &[Vec<[f32; 2]>],
        palette: &Palette,
        pixels_per_point: f32,
    ) -> Vec<Arc<Mesh>> {
        if let Some(key) = self.stale(transform, level, palette, pixels_per_point) {
            let layers = key.build(level, graticule);
            self.install(key, layers);
        }
        self.cut(transform)
    }

    /// What the meshes of this frame must be built for, or `None` if those
    /// built still serve (same zoom, level, theme and pixel density, and the
    /// view inside the area they cover). [`Key::build`] builds them (on any
    /// thread), [`Self::install`] keeps them.
    pub fn stale(
        &self,
        transform: &MapTransform,
        level: &SceneLevel,
        palette: &Palette,
        pixels_per_point: f32,
    ) -> Option<Key> {
        let visible = transform.visible_world();
        let same_zoom = self.key.is_some_and(|k| {
            k.projection == level.world.projection.kind()
                && k.level == level.world.level
                && k.km_per_point.to_bits() == transform.km_per_point.to_bits()
                && k.pixels_per_point.to_bits() == pixels_per_point.to_bits()
                && k.palette == *palette
                && k.ridge == self.ridge
        });
        let fresh = same_zoom && self.key.is_some_and(|k| k.covered.contains_rect(&visible));
        if fresh {
            return None;
        }
        // Panned out of what was built: build well ahead, the user is
        // moving. Otherwise (the first frame, a new zoom, theme or level)
        // only a little more than the view, so the frame that shows it, and
        // each frame of a continuous zoom, builds no more than it needs.
        let margin = if same_zoom {
            PAN_MARGIN
        } else {
            NEW_ZOOM_MARGIN
        };
        Some(Key {
            projection: level.world.projection.kind(),
            level: level.world.level,
            km_per_point: transform.km_per_point,
            pixels_per_point,
            palette: *palette,
            ridge: self.ridge,
            covered: grow(&visible, margin),
        })
    }

    /// Keep `layers`, built for `key` ([`Key::build`]).
    pub fn install(&mut self, key: Key, layers: Vec<Chunked>) {
        self.layers = Arc::new(layers);
        self.key = Some(key);
        self.last = None;
        self.rebuilds += 1;
    }

    /// The meshes installed, cut to the view of `transform` and moved onto
    /// the screen (see [`Self::meshes_for`]).
    pub fn cut(&mut self, transform: &MapTransform) -> Vec<Arc<Mesh>> {
        let (_, offset) = transform.scale_offset();
        let offset = offset.to_vec2();
        if let Some((rect, last_offset, meshes)) = &self.last
            && *rect == transform.rect
            && *last_offset == offset
        {
            return meshes.clone();
        }
        // The screen rect in scaled-plane space, with a margin for line width.
        let visible_scaled = transform.rect.translate(-offset).expand(4.0);
        let meshes: Vec<Arc<Mesh>> = self
            .layers
            .iter()
            .map(|layer| Arc::new(layer.visible(visible_scaled, offset)))
            .collect();
        self.last = Some((transform.rect, offset, meshes.clone()));
        meshes
    }
}

/// Points closer than this to the last kept one are dropped: detail under a
/// pixel cannot be seen, and dense data (1:10m) would otherwise multiply the
/// triangles of every frame.
pub const MIN_STEP: f32 = 1.0;

/// A line's points without those within [`MIN_STEP`] of the previous kept
/// point; the last point is always kept, and a closed line ends where it
/// starts.
pub fn decimated(points: impl Iterator<Item = Pos2>, closed: bool) -> Vec<Pos2> {
    let mut out: Vec<Pos2> = Vec::new();
    let mut last_dropped = None;
    for p in points {
        match out.last() {
            Some(q) if q.distance_sq(p) < MIN_STEP * MIN_STEP => last_dropped = Some(p),
            _ => {
                out.push(p);
                last_dropped = None;
            }
        }
    }
    if let Some(p) = last_dropped {
        out.push(p);
    }
    if closed && let Some(&first) = out.first() {
        out.push(first);
    }
    out
}

/// Largest distance, in pixels, a drawn line may stray from its data:
/// below what a 1-pixel anti-aliased line shows.
pub const MAX_DEVIATION_PX: f32 = 0.5;

/// A line ready to stroke: [`decimated`], then simplified (Douglas–Peucker)
/// to within [`MAX_DEVIATION_PX`] of its points. Nearly straight runs (the
/// graticule, long borders) become a few segments, so a frame draws a
/// quarter fewer triangles with no visible difference (0.4 % of pixels
/// change in the default view, none by more than anti-aliasing).
pub fn screen_line(
    points: impl Iterator<Item = Pos2>,
    closed: bool,
    pixels_per_point: f32,
) -> Vec<Pos2> {
    let line = LineString::from(
        decimated(points, closed)
            .into_iter()
            .map(|p| (p.x, p.y))
            .collect::<Vec<_>>(),
    );
    line.simplify(MAX_DEVIATION_PX / pixels_per_point)
        .0
        .into_iter()
        .map(|c| pos2(c.x, c.y))
        .collect()
}

/// The texture thin lines are drawn with: one row of three texels,
/// clear, opaque white, clear (premultiplied), sampled bilinearly
/// ([`ridge_line`]).
pub const RIDGE_TEXELS: [Color32; 3] = [Color32::TRANSPARENT, Color32::WHITE, Color32::TRANSPARENT];

/// Where a ridge quad's two long sides sample [`RIDGE_TEXELS`]: the centres
/// of the first and the last texel, so that the opaque texel's centre lies
/// on the line and the coverage falls linearly to nothing at either side.
pub const RIDGE_U: [f32; 2] = [1.0 / 6.0, 5.0 / 6.0];

/// The ridge texture ([`RIDGE_TEXELS`]) of `ctx`: loaded at its first use,
/// then kept in the context's memory for as long as the context lives.
/// Asked every frame: the handle is kept behind an `Arc`, so reading it
/// back clones a pointer, not the handle (whose clone and drop each lock
/// egui's texture manager).
pub fn ridge_texture(ctx: &egui::Context) -> TextureId {
    let key = egui::Id::unique("heartland line ridge");
    if let Some(handle) = ctx.data(|d| d.get_temp::<Arc<egui::TextureHandle>>(key)) {
        return handle.id();
    }
    let image = egui::ColorImage::new([RIDGE_TEXELS.len(), 1], RIDGE_TEXELS.to_vec());
    let handle = ctx.load_texture("line ridge", image, egui::TextureOptions::LINEAR);
    let id = handle.id();
    ctx.data_mut(|d| d.insert_temp(key, Arc::new(handle)));
    id
}

/// Whether egui draws a line `width` wide as a thin-line ridge (no solid
/// core) at this feathering: the lines [`ridge_line`] draws.
pub fn is_thin(width: f32, feathering: f32) -> bool {
    width <= 0.9 * feathering
}

/// Append a thin line ([`is_thin`]) through `points` to `mesh`, whose
/// texture must be [`ridge_texture`]: the same ridge egui's tessellator
/// draws (two feathers wide, the colour at `width / feathering` of its
/// strength on the line, falling linearly to nothing at either side, the
/// same mitred and cut corners), as one quad a segment whose coverage comes
/// from the texture, instead of two quads with the profile in their vertex
/// colours. Half the triangles for the same pixels on straight runs (a
/// software renderer pays for every triangle); at a bend the crest runs
/// from the corner to the middle of the quad's diagonal, a fraction of a
/// pixel from egui's. `normals` is scratch space.
pub fn ridge_line(
    points: &[Pos2],
    width: f32,
    color: Color32,
    feathering: f32,
    normals: &mut Vec<(Pos2, Vec2)>,
    mesh: &mut Mesh,
) {
    if points.len() < 2 {
        return;
    }
    path_normals(points, normals);
    let Ok(base) = u32::try_from(mesh.vertices.len()) else {
        return;
    };
    let color = color.gamma_multiply(width / feathering);
    let vertex = |pos: Pos2, u: f32| Vertex {
        pos,
        uv: pos2(u, 0.5),
        color,
    };
    mesh.reserve_vertices(2 * normals.len());
    mesh.reserve_triangles(2 * normals.len());
    let mut next = base;
    let mut previous: Option<(Pos2, u32)> = None;
    for &(p, n) in normals.iter() {
        let i1 = next;
        mesh.vertices.push(vertex(p + n * feathering, RIDGE_U[0]));
        mesh.vertices.push(vertex(p - n * feathering, RIDGE_U[1]));
        next += 2;
        match previous {
            // A cut corner: two normals at one point. egui's ridge fans
            // round the point on either side; so do these two triangles,
            // about a vertex on the crest (a quad would cross itself).
            Some((q, i0)) if q == p => {
                let crest = next;
                mesh.vertices.push(vertex(p, 0.5));
                next += 1;
                mesh.add_triangle(i0, crest, i1);
                mesh.add_triangle(i0 + 1, crest, i1 + 1);
            }
            Some((_, i0)) => {
                mesh.add_triangle(i0, i0 + 1, i1);
                mesh.add_triangle(i0 + 1, i1, i1 + 1);
            }
            None => {}
        }
        previous = Some((p, i1));
    }
}

/// The points of an open line with the normals egui's tessellator gives
/// them (`Path::add_open_points`): mitred joins, and a corner sharper than
/// a right angle cut, as two points.
fn path_normals(points: &[Pos2], out: &mut Vec<(Pos2, Vec2)>) {
    out.clear();
    let [first, second, ..] = points else {
        return;
    };
    let along = |a: Pos2, b: Pos2| (b - a).normalized().rot90();
    out.push((*first, along(*first, *second)));
    let mut n0 = along(*first, *second);
    for w in points.windows(3) {
        let (p, mut n1) = (w[1], along(w[1], w[2]));
        // Duplicated points (but not triplicated), as egui.
        if n0 == Vec2::ZERO {
            n0 = n1;
        } else if n1 == Vec2::ZERO {
            n1 = n0;
        }
        let normal = (n0 + n1) * 0.5;
        let length_sq = normal.length_sq();
        if length_sq < 0.5 {
            // Sharper than a right angle: cut the corner.
            let center = normal.normalized();
            let n0c = (n0 + center) * 0.5;
            let n1c = (n1 + center) * 0.5;
            out.push((p, n0c / n0c.length_sq()));
            out.push((p, n1c / n1c.length_sq()));
        } else {
            out.push((p, normal / length_sq));
        }
        n0 = n1;
    }
    if let [.., a, b] = points {
        out.push((*b, along(*a, *b)));
    }
}

fn grow(r: &WorldRect, by: f64) -> WorldRect {
    let w = (r.max.x - r.min.x) * by;
    let h = (r.max.y - r.min.y) * by;
    WorldRect {
        min: crate::geometry::WorldXY {
            x: r.min.x - w,
            y: r.min.y - h,
        },
        max: crate::geometry::WorldXY {
            x: r.max.x + w,
            y: r.max.y + h,
        },
    }
}

fn line_bbox_hits(line: &[[f32; 2]], r: &WorldRect) -> bool {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for p in line {
        x0 = x0.min(p[0]);
        y0 = y0.min(p[1]);
        x1 = x1.max(p[0]);
        y1 = y1.max(p[1]);
    }
    f64::from(x1) >= r.min.x
        && f64::from(x0) <= r.max.x
        && f64::from(y1) >= r.min.y
        && f64::from(y0) <= r.max.y
}

fn build(
    level: &SceneLevel,
    graticule: &[Vec<[f32; 2]>],
    km_per_point: f64,
    covered: &WorldRect,
    palette: &Palette,
    pixels_per_point: f32,
    ridge: Option<TextureId>,
) -> Vec<Chunked> {
    let scale = (1.0 / km_per_point) as f32;
    // egui's feathering: one pixel, in points.
    let feathering = 1.0 / pixels_per_point;
    let to_scaled = |p: &[f32; 2]| pos2(p[0] * scale, -p[1] * scale);
    let options = TessellationOptions {
        coarse_tessellation_culling: false,
        ..TessellationOptions::default()
    };
    let mut tess = Tessellator::new(pixels_per_point, options, [1, 1], Vec::new());

    let mut stroke_lines = |lines: &mut dyn Iterator<Item = &Vec<[f32; 2]>>,
                            width: f32,
                            color: Color32,
                            closed: bool|
     -> Chunked {
        let mut cells: BTreeMap<(i32, i32), Mesh> = BTreeMap::new();
        let ridge = ridge.filter(|_| is_thin(width, feathering));
        let mut normals = Vec::new();
        for line in lines {
            if line.len() < 2 || !line_bbox_hits(line, covered) {
                continue;
            }
            let points = screen_line(line.iter().map(to_scaled), closed, pixels_per_point);
            if points.len() < 2 {
                continue;
            }
            // Pieces share their end points, so the line stays unbroken.
            let mut start = 0;
            while start + 1 < points.len() {
                let end = (start + PIECE).min(points.len() - 1);
                let piece = &points[start..=end];
                let bounds = egui::Rect::from_points(piece);
                let cell = (
                    (bounds.center().x / CHUNK).floor() as i32,
                    (bounds.center().y / CHUNK).floor() as i32,
                );
                let mesh = cells
                    .entry(cell)
                    .or_insert_with(|| Mesh::with_texture(ridge.unwrap_or_default()));
                if ridge.is_some() {
                    ridge_line(piece, width, color, feathering, &mut normals, mesh);
                } else {
                    let shape = PathShape {
                        points: piece.to_vec(),
                        closed: false,
                        fill: Color32::TRANSPARENT,
                        stroke: PathStroke::new(width, color),
                    };
                    tess.tessellate_path(&shape, mesh);
                }
                start = end;
            }
        }
        Chunked {
            chunks: cells
                .into_values()
                .filter(|m| !m.is_empty())
                .map(|m| (m.calc_bounds(), m))
                .collect(),
        }
    };

    let world = &level.world;
    let graticule_mesh = stroke_lines(
        &mut graticule.iter(),
        GRATICULE_WIDTH,
        palette.graticule,
        false,
    );
    let lake_rings: Vec<&Vec<[f32; 2]>> = world.lakes.iter().flat_map(|f| f.rings.iter()).collect();
    let lakes_mesh = stroke_lines(&mut lake_rings.into_iter(), LAKE_WIDTH, palette.coast, true);
    let coast_mesh = stroke_lines(
        &mut world.coastlines.iter(),
        COAST_WIDTH,
        palette.coast,
        false,
    );
    let border_mesh = stroke_lines(
        &mut world.borders.iter(),
        BORDER_WIDTH,
        palette.border,
        false,
    );

    // Disputed areas: 45° hatching clipped to the polygon, plus a dashed-look
    // outline drawn by the base layer.
    let mut hatch_lines = Vec::new();
    for feature in &world.disputed {
        let scaled: Vec<Vec<[f32; 2]>> = feature
            .rings
            .iter()
            .map(|r| r.iter().map(|p| [p[0] * scale, -p[1] * scale]).collect())
            .collect();
        hatch_lines.extend(super::hatch::hatch_segments(&scaled, HATCH_SPACING));
    }
    let mut hatch_mesh = Mesh::default();
    for [a, b] in hatch_lines {
        tess.tessellate_line_segment(
            [pos2(a[0], a[1]), pos2(b[0], b[1])],
            egui::Stroke::new(HATCH_WIDTH, palette.disputed),
            &mut hatch_mesh,
        );
    }
    let hatch_mesh = Chunked {
        chunks: if hatch_mesh.is_empty() {
            Vec::new()
        } else {
            vec![(hatch_mesh.calc_bounds(), hatch_mesh)]
        },
    };
    let layers: [Chunked; LAYERS] = [
        graticule_mesh,
        lakes_mesh,
        coast_mesh,
        border_mesh,
        hatch_mesh,
    ];
    layers.into()
}
