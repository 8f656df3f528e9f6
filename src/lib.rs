//! Heartland: a native desktop atlas of Central Asia, the South Caucasus and
//! the corridors that cross them.
//!
//! Where things live:
//! - [`model`]: domain types and typed ids (no egui).
//! - [`data`]: files → model: DTOs, validation, problems, bundled data (no egui).
//! - [`geometry`]: projections, simplification, triangulation, picking, labels (no egui).
//! - [`analysis`]: pure graph metrics and membership set algebra (no egui).
//! - [`state`]: what the user has chosen; the saved-view format.
//! - [`scene`]: cache of projected, simplified, triangulated geometry.
//! - [`map`], [`layers`], [`panels`], [`plots`]: egui code that paints the scene.
//! - [`render`]: headless rendering of a view or a tour to PNG (CPU rasteriser).
//! - [`tour`]: guided tours (`*.tour.json`): format, checks, bundled tours (no egui).
//! - [`colorblind`]: colour-vision simulation and CIEDE2000 checks (no egui).
//! - [`app`]: the eframe application.

pub mod analysis;
pub mod app;
pub mod colorblind;
pub mod command;
pub mod data;
pub mod geometry;
pub mod layers;
pub mod map;
pub mod model;
pub mod panels;
pub mod render;
pub mod scene;
pub mod state;
pub mod tour;
