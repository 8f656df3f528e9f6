//! The integration tests: one binary, a module per family, so the test
//! build links once. Helpers shared by several families are `common`
//! (the UI harness, `code()`), `fixtures` (the import fixture files) and
//! `save_common` (datasets for the save tests).

mod analysis;
mod colorblind;
mod common;
mod data_bad_input;
mod data_bundled;
mod data_docs;
mod data_model;
mod data_text;
mod data_totals_as_of;
mod data_votes;
mod edit;
mod edit_props;
mod export_cli;
mod fixtures;
mod geometry;
mod import_agree;
mod import_bad_input;
mod import_cli;
mod import_cow;
mod import_csv;
mod import_geojson;
mod import_stream;
mod import_unvotes;
mod legend_fills;
mod recovery_window;
mod render_cli;
mod save_common;
mod save_folder;
mod save_kill;
mod save_lock;
mod save_out;
mod save_recovery;
mod save_roundtrip;
mod save_write;
mod session;
mod shown;
mod tours;
mod ui;
mod ui_analysis;
mod ui_edit;
mod ui_files;
mod ui_overlays;
mod ui_scale;
mod ui_soak;
mod ui_tours;
mod view_parity;
