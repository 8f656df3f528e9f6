//! Map layers: each turns what is shown ([`crate::shown::Shown`]) or the
//! scene cache into shapes with the palette, painted in a fixed order:
//! [`base`] (sea, graticule, land, lakes, borders, disputed areas; stance and
//! membership fills), [`corridors`], [`relations`], [`memberships`] badges,
//! [`labels`] (capitals and country names), [`legend`] and [`overlay`]
//! (scale bar, attribution, hints). Helpers beside them: [`hatch`],
//! [`strokes`] (cached line meshes) and [`mesh`] (large meshes as draw
//! calls of their own).

pub mod analysis;
pub mod base;
pub mod corridors;
pub mod hatch;
pub mod labels;
pub mod legend;
pub mod memberships;
pub mod mesh;
pub mod overlay;
pub mod relations;
pub mod stances;
pub mod strokes;
