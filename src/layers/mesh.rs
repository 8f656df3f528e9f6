//! Drawing large cached meshes: egui merges consecutive shapes, and a
//! software renderer pays for every triangle it is sent, so the map's big
//! meshes are added as draw calls of their own and cut to the view.

use std::sync::Arc;

use egui::epaint::Mesh;
use egui::{Rect, Shape};

/// Add a large cached mesh (country fills, coastlines, borders, relation
/// lines) so that it becomes a draw call of its own.
///
/// egui merges consecutive shapes with the same clip rectangle into one mesh,
/// growing it as it goes, so a large mesh appended after others is copied
/// again at every growth: with a million vertices that was a quarter of a
/// frame. A clip rectangle that differs by a thousandth of a point (nothing
/// visible: the GPU clips to whole pixels) starts a new mesh, filled in one
/// copy. Consecutive large meshes alternate between two such rectangles
/// (`k` even or odd).
pub fn add_large_mesh(painter: &egui::Painter, mesh: Arc<Mesh>, k: usize) {
    if mesh.is_empty() {
        return;
    }
    let inset = if k.is_multiple_of(2) { 0.001 } else { 0.002 };
    painter
        .with_clip_rect(painter.clip_rect().shrink(inset))
        .add(Shape::Mesh(mesh));
}

/// A place kept in the paint list for a large mesh that is not built yet
/// ([`reserve_large_mesh`]): the shapes painted after it stay after it.
pub struct MeshPlace {
    painter: egui::Painter,
    index: egui::layers::ShapeIdx,
}

/// Keep the place [`add_large_mesh`] would give a mesh added now (same `k`),
/// to fill with [`MeshPlace::fill`] once the mesh is built.
pub fn reserve_large_mesh(painter: &egui::Painter, k: usize) -> MeshPlace {
    let inset = if k.is_multiple_of(2) { 0.001 } else { 0.002 };
    let painter = painter.with_clip_rect(painter.clip_rect().shrink(inset));
    let index = painter.add(Shape::Noop);
    MeshPlace { painter, index }
}

impl MeshPlace {
    /// Put `mesh` in its place: the paint list is then what
    /// [`add_large_mesh`] would have made. An empty mesh, which that adds
    /// nothing for, leaves a shape with an empty clip rectangle, which is
    /// never drawn nor starts a draw call.
    pub fn fill(self, mesh: Arc<Mesh>) {
        if mesh.is_empty() {
            self.painter
                .with_clip_rect(Rect::NOTHING)
                .set(self.index, Shape::Noop);
        } else {
            self.painter.set(self.index, Shape::Mesh(mesh));
        }
    }
}

/// Append to `out` the triangles of a mesh (`indices` into `count`
/// vertices, which `vertex` gives on the screen) whose bounding box touches
/// `rect`, each vertex used sent once. A software renderer pays for every
/// triangle it is sent, seen or not, so the map leaves out those wholly off
/// it. `placed` is scratch space (kept by the caller to reuse its memory).
/// Bad indices are skipped; if `out` would outgrow u32 indices, nothing is
/// added.
pub fn append_triangles_touching(
    out: &mut Mesh,
    indices: &[u32],
    count: usize,
    rect: Rect,
    vertex: impl Fn(usize) -> Option<egui::epaint::Vertex>,
    placed: &mut Vec<u32>,
) {
    if u32::try_from(out.vertices.len() + count).is_err() {
        return;
    }
    placed.clear();
    placed.resize(count, u32::MAX);
    for tri in indices.chunks_exact(3) {
        let corner = |k: usize| {
            let i = *tri.get(k)? as usize;
            vertex(i).map(|v| (i, v))
        };
        let (Some(a), Some(b), Some(c)) = (corner(0), corner(1), corner(2)) else {
            continue;
        };
        let in_mesh = a.0 < count && b.0 < count && c.0 < count;
        if !in_mesh || !Rect::from_points(&[a.1.pos, b.1.pos, c.1.pos]).intersects(rect) {
            continue;
        }
        for (i, v) in [a, b, c] {
            let Some(slot) = placed.get_mut(i) else {
                continue;
            };
            if *slot == u32::MAX {
                // Fits: `out` plus every vertex of this mesh fits in u32.
                *slot = u32::try_from(out.vertices.len()).unwrap_or(u32::MAX);
                out.vertices.push(v);
            }
            out.indices.push(*slot);
        }
    }
}
