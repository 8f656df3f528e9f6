//! Borders, coastlines, lake shores, graticule and disputed-area hatching,
//! tessellated once per zoom into meshes in "scaled plane" space (plane km
//! divided by km-per-point, y flipped). Panning only translates them; a new
//! mesh is built when the zoom, level, theme or pixel density changes, or when
//! the view leaves the area the meshes cover.

use std::sync::Arc;

use egui::epaint::{Mesh, PathShape, PathStroke, TessellationOptions, Tessellator};
use egui::{Color32, Pos2, pos2};

use crate::geometry::{ProjectionKind, WorldRect};
use crate::scene::SceneLevel;

use super::{MapTransform, Palette};

/// What a stroke mesh was built for.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Key {
    projection: ProjectionKind,
    level: usize,
    km_per_point: f64,
    pixels_per_point: f32,
    palette: Palette,
    /// The plane area the meshes cover (larger than the view, so small pans
    /// reuse them).
    covered: WorldRect,
}

/// Stroke meshes for the current zoom.
#[derive(Default)]
pub struct StrokeCache {
    key: Option<Key>,
    /// Graticule, lake shores, coastlines, borders, disputed hatching, in
    /// scaled-plane space.
    meshes: Vec<Arc<Mesh>>,
    /// How many times the meshes were rebuilt (for tests and benches).
    pub rebuilds: u64,
}

/// Line widths in points.
const BORDER_WIDTH: f32 = 1.1;
const COAST_WIDTH: f32 = 1.0;
const GRATICULE_WIDTH: f32 = 0.8;
const HATCH_WIDTH: f32 = 1.2;
/// Spacing of the disputed-area hatching, in points.
const HATCH_SPACING: f32 = 7.0;

impl StrokeCache {
    /// The meshes for this frame, rebuilt if needed, translated to the screen.
    pub fn meshes_for(
        &mut self,
        transform: &MapTransform,
        level: &SceneLevel,
        graticule: &[Vec<[f32; 2]>],
        palette: &Palette,
        pixels_per_point: f32,
    ) -> Vec<Mesh> {
        let visible = transform.visible_world();
        let fresh = self.key.is_some_and(|k| {
            k.projection == level.world.projection.kind()
                && k.level == level.world.level
                && k.km_per_point.to_bits() == transform.km_per_point.to_bits()
                && k.pixels_per_point.to_bits() == pixels_per_point.to_bits()
                && k.palette == *palette
                && contains(&k.covered, &visible)
        });
        if !fresh {
            let covered = grow(&visible, 1.0);
            self.meshes = build(
                level,
                graticule,
                transform.km_per_point,
                &covered,
                palette,
                pixels_per_point,
            )
            .into_iter()
            .map(Arc::new)
            .collect();
            self.key = Some(Key {
                projection: level.world.projection.kind(),
                level: level.world.level,
                km_per_point: transform.km_per_point,
                pixels_per_point,
                palette: *palette,
                covered,
            });
            self.rebuilds += 1;
        }
        let (_, offset) = transform.scale_offset();
        self.meshes
            .iter()
            .map(|m| {
                let mut m = Mesh::clone(m);
                m.translate(offset.to_vec2());
                m
            })
            .collect()
    }
}

fn contains(outer: &WorldRect, inner: &WorldRect) -> bool {
    outer.min.x <= inner.min.x
        && outer.min.y <= inner.min.y
        && outer.max.x >= inner.max.x
        && outer.max.y >= inner.max.y
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
) -> Vec<Mesh> {
    let scale = (1.0 / km_per_point) as f32;
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
     -> Mesh {
        let mut mesh = Mesh::default();
        for line in lines {
            if line.len() < 2 || !line_bbox_hits(line, covered) {
                continue;
            }
            let points: Vec<Pos2> = line.iter().map(to_scaled).collect();
            let shape = PathShape {
                points,
                closed,
                fill: Color32::TRANSPARENT,
                stroke: PathStroke::new(width, color),
            };
            tess.tessellate_path(&shape, &mut mesh);
        }
        mesh
    };

    let world = &level.world;
    let graticule_mesh = stroke_lines(
        &mut graticule.iter(),
        GRATICULE_WIDTH,
        palette.graticule,
        false,
    );
    let lake_rings: Vec<&Vec<[f32; 2]>> = world.lakes.iter().flat_map(|f| f.rings.iter()).collect();
    let lakes_mesh = stroke_lines(
        &mut lake_rings.into_iter(),
        COAST_WIDTH * 0.8,
        palette.coast,
        true,
    );
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
        hatch_lines.extend(crate::layers::hatch::hatch_segments(&scaled, HATCH_SPACING));
    }
    let mut hatch_mesh = Mesh::default();
    for [a, b] in hatch_lines {
        tess.tessellate_line_segment(
            [pos2(a[0], a[1]), pos2(b[0], b[1])],
            egui::Stroke::new(HATCH_WIDTH, palette.disputed),
            &mut hatch_mesh,
        );
    }
    vec![
        graticule_mesh,
        lakes_mesh,
        coast_mesh,
        border_mesh,
        hatch_mesh,
    ]
}
