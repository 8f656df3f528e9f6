//! Map layers: each turns what is shown ([`crate::shown::Shown`]) or the
//! scene cache into shapes with the palette, painted in a fixed order:
//! [`base`] (sea, graticule, land, lakes, borders, disputed areas; stance and
//! membership fills), [`corridors`], [`relations`], [`memberships`] badges,
//! [`labels`] (capitals and country names), [`legend`] and [`overlay`]
//! (scale bar, attribution, hints). Helpers beside them: [`hatch`],
//! [`strokes`] (cached line meshes) and [`mesh`] (large meshes as draw
//! calls of their own); [`nearest_line`], the hit test of routes and arcs.

pub mod analysis;
pub mod base;
pub mod bundles;
pub mod compare;
pub mod corridors;
pub mod groups;
pub mod hatch;
pub mod labels;
pub mod legend;
pub mod memberships;
pub mod mesh;
pub mod overlay;
pub mod relations;
pub mod stances;
pub mod strokes;

use egui::Pos2;

use crate::geometry::{WorldXY, distance_to_polyline};
use crate::transform::MapTransform;

/// The line nearest `pointer` on screen, if it is within that line's
/// tolerance: the hit test of corridor routes and relation arcs. `lines`
/// gives each line as (the index reported, tolerance in points, its plane
/// points); of lines equally near, the first wins.
pub fn nearest_line<'a>(
    lines: impl IntoIterator<Item = (usize, f32, &'a [WorldXY])>,
    transform: &MapTransform,
    pointer: Pos2,
) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, tolerance, points) in lines {
        let screen: Vec<[f32; 2]> = points
            .iter()
            .map(|p| transform.screen_from_world(*p).into())
            .collect();
        let d = distance_to_polyline(&screen, pointer.into());
        if d <= tolerance && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}
