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

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Rect, pos2};

    #[test]
    fn the_nearest_line_within_its_tolerance_is_hit() {
        // One km per point, the plane's origin at the screen's (100, 100).
        let transform = MapTransform {
            center_world: WorldXY { x: 0.0, y: 0.0 },
            km_per_point: 1.0,
            rect: Rect::from_center_size(pos2(100.0, 100.0), egui::vec2(200.0, 200.0)),
        };
        let line = |y: f64| vec![WorldXY { x: -50.0, y }, WorldXY { x: 50.0, y }];
        // Plane y = 10 and y = -6 are screen y = 90 and 106.
        let (upper, lower) = (line(10.0), line(-6.0));
        let lines = || [(7, 3.0, upper.as_slice()), (9, 3.0, lower.as_slice())];
        let hit = |y: f32| nearest_line(lines(), &transform, pos2(100.0, y));
        assert_eq!(hit(91.0), Some(7), "1 point from the upper line");
        assert_eq!(hit(104.0), Some(9), "2 points from the lower one");
        assert_eq!(hit(98.0), None, "8 points from both: beyond the tolerance");
        assert_eq!(
            nearest_line([], &transform, pos2(100.0, 98.0)),
            None,
            "no lines"
        );
        let tied = [(1, 10.0, upper.as_slice()), (2, 10.0, upper.as_slice())];
        assert_eq!(
            nearest_line(tied, &transform, pos2(100.0, 92.0)),
            Some(1),
            "of lines equally near, the first"
        );
    }
}
