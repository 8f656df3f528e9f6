//! Heartland: a native desktop atlas of Central Asia, the South Caucasus and
//! the corridors that cross them.
//!
//! The way from data to pixels runs one direction; no module imports from a
//! module above it:
//!
//! ```text
//! app → panels, render → map → layers → transform, palette, style
//!     → shown → state, analysis, scene → data → model, geometry
//! ```
//!
//! - [`model`]: domain types and typed ids (no egui).
//! - [`edit`]: checked edits of the dataset, undo and redo (no egui).
//! - [`geometry`]: projections, simplification, triangulation, picking, labels (no egui).
//! - [`data`]: files → model: DTOs, validation, problems, bundled data; model →
//!   files and atomic save ([`data::write`], [`data::save`]) (no egui).
//! - [`analysis`]: pure graph metrics and membership set algebra (no egui).
//! - [`scene`]: cache of projected, simplified, triangulated geometry (no egui).
//! - [`state`]: what the user has chosen; the saved-view format (`docs/views.md`).
//! - [`shown`]: what the current view shows, as plain data (no egui): the
//!   one source of every number the map, the inspector and the exports show.
//! - [`export`]: what a view shows, as CSV or JSON (`heartland export`).
//! - [`transform`], [`palette`], [`style`]: screen transform, colours and
//!   line styles (egui types, no widgets).
//! - [`layers`]: turn what is shown into shapes with the palette.
//! - [`map`]: the map widget (input, camera, layers in order, hover, click).
//! - [`panels`]: toolbar, layers panel, inspector, time bar (egui).
//! - [`render`]: headless rendering of a view to PNG (CPU rasteriser).
//! - [`command`]: what UI code asks for; applied at the end of a frame.
//! - [`state`]: what the user has chosen; the saved-view format.
//! - [`scene`]: cache of projected, simplified, triangulated geometry.
//! - [`map`], [`layers`], [`panels`], [`plots`]: egui code that paints the scene.
//! - [`render`]: headless rendering of a view or a tour to PNG (CPU rasteriser).
//! - [`tour`]: guided tours (`*.tour.json`): format, checks, bundled tours (no egui).
//! - [`colorblind`]: colour-vision simulation and CIEDE2000 checks (no egui).
//! - [`app`]: the eframe application.

/// The application id (reverse DNS). The desktop entry
/// (`packaging/org.heartland.Heartland.desktop`), the icon, the `AppStream`
/// metainfo and the window (Wayland app id, X11 `WM_CLASS`) all carry it, so
/// a desktop matches the running window to its menu entry and icon.
pub const APP_ID: &str = "org.heartland.Heartland";

pub mod analysis;
pub mod app;
pub mod colorblind;
pub mod command;
pub mod data;
pub mod edit;
pub mod export;
pub mod geometry;
pub mod layers;
pub mod map;
pub mod model;
pub mod palette;
pub mod panels;
pub mod render;
pub mod scene;
pub mod shown;
pub mod state;
pub mod style;
pub mod tour;
pub mod transform;
