//! Geometry: from the bundled Natural Earth shapes (degrees) to what the map
//! paints and picks (plane kilometres). No egui here.
//!
//! Where things are:
//! - [`assets`]: the bundled TopoJSON levels of detail, decoded
//!   ([`load_bundled_geo`], [`GeoAssets`]; [`load_bundled_geo_levels`]
//!   decodes only some).
//! - [`coords`]: [`LonLat`] (degrees), [`WorldXY`] and [`WorldRect`] (km on
//!   the projection plane, y north).
//! - [`projection`]: the regional Lambert conformal conic and the world Equal
//!   Earth projection ([`Projection`]).
//! - [`world`]: clip to the projection's window, project and triangulate a
//!   level ([`build_projected`] → [`ProjectedWorld`]).
//! - [`baked`]: the bundled regional levels, projected and triangulated
//!   ahead of time (read instead of built when the shapes are the bundled
//!   ones).
//! - [`mesh`]: triangle meshes ([`TriMesh`], [`ring_area`], earcut).
//! - [`pick`]: which feature is under a point ([`PickIndex`]).
//! - [`labels`]: point labels that do not collide ([`place_labels`]; screen
//!   space, y down).
//! - [`distance`]: point-to-polyline distances, for picking lines.
//! - [`bundle`](mod@bundle): edge bundling by kernel density ([`bundle()`]).
//! - [`mod@graticule`], [`arcs`] ([`curved_arc`]) and [`measure`]
//!   ([`geodesic_length_km`], [`nice_scale_bar`]).

pub mod arcs;
pub mod assets;
pub mod baked;
pub mod bundle;
pub mod coords;
pub mod distance;
pub mod graticule;
pub mod labels;
pub mod measure;
pub mod mesh;
pub mod pick;
pub mod projection;
pub mod world;

pub use arcs::curved_arc;
pub use assets::{
    BUNDLED_TOLERANCES_DEG, Control, CountryGeom, DisputedGeom, GeoAssets, GeoError, GeoLevel,
    LakeGeom, bundled_geo_or_problem, load_bundled_geo, load_bundled_geo_levels, parse_geo,
};
pub use bundle::{BundleOptions, bundle, bundle_until};
pub use coords::{LonLat, WorldRect, WorldXY};
pub use distance::{distance_to_polyline, distance_to_segment};
pub use graticule::graticule;
pub use labels::{
    LabelCandidate, Obstacle, PlacedLabel, place_labels, place_labels_avoiding, rects_overlap,
};
pub use measure::{geodesic_length_km, nice_scale_bar};
pub use mesh::{TriMesh, ring_area, triangulate_polygon};
pub use pick::{PickIndex, feature_contains};
pub use projection::{EARTH_RADIUS_KM, Projection, ProjectionKind};
pub use world::{ProjectedFeature, ProjectedWorld, build_projected, build_projected_on};
