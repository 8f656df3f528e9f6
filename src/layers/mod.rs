//! Map layers, each painting from the scene cache in a fixed order:
//! [`base`] (sea, graticule, land, lakes, borders, disputed areas),
//! [`labels`] (capitals and country names), [`overlay`] (scale bar,
//! attribution). Pure helpers live beside them ([`hatch`]).

pub mod base;
pub mod hatch;
pub mod labels;
pub mod overlay;
