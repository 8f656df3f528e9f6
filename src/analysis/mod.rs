//! Pure analysis of the dataset (no egui): membership set algebra.

pub mod sets;
