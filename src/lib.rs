//! Heartland: a native desktop atlas of Central Asia, the South Caucasus and
//! the corridors that cross them.
//!
//! The way from data to pixels runs one direction. The modules from the
//! window at the top to the domain types at the bottom, each with the
//! modules it imports; no module imports from one above it
//! (`tests/it/house.rs` derives these arrows from the code and fails when
//! they change without this diagram, or when one points up):
//!
//! ```text
//! app        → command, data, edit, export, fonts, geometry, i18n, map, model, palette, panels, render, scene, shown, state, style, tour
//! panels     → analysis, command, data, edit, export, figure, i18n, model, palette, render, shown, state, style, tour
//! render     → data, figure, fonts, geometry, layers, map, model, palette, scene, shown, state, style, tour, transform
//! map        → command, figure, geometry, i18n, layers, model, palette, scene, shown, state, style, transform
//! layers     → analysis, figure, geometry, i18n, model, palette, scene, shown, state, style, transform
//! figure     → export, geometry, i18n, model, shown, state, tour
//! command    → edit, i18n, model, state, tour
//! export     → analysis, data, i18n, model, shown, state
//! style      → colorblind, model, palette, state
//! palette    → state
//! transform  → geometry
//! tour       → i18n, model, state
//! shown      → analysis, geometry, i18n, model, state
//! state      → analysis, data, geometry, i18n, model
//! edit       → data, i18n, model
//! scene      → geometry, model
//! data       → colorblind, geometry, i18n, model
//! analysis   → i18n, model
//! colorblind
//! fonts
//! geometry
//! model      → i18n
//! i18n
//! ```
//!
//! Below `layers`, only [`style`], [`palette`], [`transform`] (egui's colour
//! and geometry types, no widgets) and [`fonts`] (egui's font definitions)
//! use egui; `tests/it/house.rs` checks
//! that the modules marked "no egui" below never mention it.
//!
//! - [`app`]: the eframe application: the frame and the command dispatch
//!   (`mod.rs`), the data in use ([`app::session`]), tours in the window
//!   (`tour_player`), files, launch, the system's file dialogs
//!   ([`app::dialogs`]).
//! - [`panels`]: toolbar, layers panel, inspector, time bar, plots, tours
//!   and edit forms (egui).
//! - [`render`]: headless rendering of a view or a tour to PNG (CPU
//!   rasteriser); also draws the test snapshots.
//! - [`map`]: the map widget (input, camera, layers in order, hover, click).
//! - [`layers`]: turn what is shown into shapes with the palette.
//! - [`command`]: what UI code asks for; applied at the end of a frame.
//! - [`export`]: what a view shows, as CSV or JSON (`heartland export`),
//!   and as the Table tab's rows ([`export::table`]) (no egui).
//! - [`figure`]: a figure (title, map, legend, caption, attribution,
//!   citation) laid out once as a backend-neutral display list (no egui).
//! - [`style`], [`palette`], [`transform`]: colours and line styles, map
//!   colours per theme, the screen transform (egui types, no widgets).
//! - [`tour`]: guided tours (`*.tour.json`): format, checks, bundled tours (no egui).
//! - [`shown`]: what the current view shows, as plain data (no egui): the
//!   one source of every number the map, the inspector and the exports show.
//! - [`state`]: what the user has chosen; the saved-view format (`docs/views.md`).
//! - [`edit`]: checked edits of the dataset, undo and redo (no egui).
//! - [`scene`]: cache of projected, simplified, triangulated geometry (no egui).
//! - [`data`]: files → model: DTOs, validation, problems, bundled data; model →
//!   files and atomic save ([`data::write`], [`data::save`]) (no egui).
//! - [`analysis`]: pure graph metrics and membership set algebra (no egui).
//! - [`colorblind`]: colour-vision simulation and CIEDE2000 checks (no egui).
//! - [`geometry`]: projections, simplification, triangulation, picking, labels (no egui).
//! - [`i18n`]: the words of the window through one door, [`i18n::tr`]: a
//!   message id and its English, translated by the Fluent message files in
//!   `assets/i18n/` (no egui).
//! - [`fonts`]: egui's fonts with Noto Sans as a fallback for the letters
//!   they lack (ə, ʻ).
//! - [`model`]: domain types and typed ids (no egui).

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
pub mod figure;
pub mod fonts;
pub mod geometry;
pub mod i18n;
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
