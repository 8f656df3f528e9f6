//! Map layers, each painting from the scene cache in a fixed order:
//! [`base`] (sea, graticule, land, lakes, borders, disputed areas; stance and
//! membership fills), [`corridors`], [`relations`], [`memberships`] badges,
//! [`labels`] (capitals and country names), [`legend`] and [`overlay`]
//! (scale bar, attribution). Pure helpers live beside them ([`hatch`],
//! [`style`]).

pub mod base;
pub mod corridors;
pub mod hatch;
pub mod labels;
pub mod legend;
pub mod memberships;
pub mod overlay;
pub mod relations;
pub mod stances;
pub mod style;
