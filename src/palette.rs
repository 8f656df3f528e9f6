//! Map colours for each theme. Chosen for a projector: strong contrast between
//! land and water, borders visible at a distance, labels with a halo.

use egui::Color32;

use crate::state::Theme;

/// Every colour the base map uses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub ocean: Color32,
    pub lake: Color32,
    /// Central Asia and the South Caucasus.
    pub land_core: Color32,
    /// Neighbours the data covers.
    pub land_neighbour: Color32,
    /// Everything else.
    pub land_other: Color32,
    pub border: Color32,
    pub coast: Color32,
    pub graticule: Color32,
    pub label: Color32,
    pub label_muted: Color32,
    pub halo: Color32,
    pub capital: Color32,
    pub hover: Color32,
    pub selected: Color32,
    pub disputed: Color32,
    pub panel_text: Color32,
}

impl Palette {
    /// The palette of a theme.
    pub fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Self {
                ocean: Color32::from_rgb(0xc6, 0xdc, 0xec),
                lake: Color32::from_rgb(0xb3, 0xd1, 0xe6),
                land_core: Color32::from_rgb(0xf4, 0xe7, 0xc8),
                land_neighbour: Color32::from_rgb(0xec, 0xe9, 0xe0),
                land_other: Color32::from_rgb(0xf3, 0xf2, 0xee),
                border: Color32::from_rgb(0x68, 0x5a, 0x4b),
                coast: Color32::from_rgb(0x61, 0x82, 0x9c),
                graticule: Color32::from_rgba_unmultiplied(0x50, 0x70, 0x90, 0x40),
                label: Color32::from_rgb(0x1e, 0x1e, 0x1e),
                label_muted: Color32::from_rgb(0x5a, 0x52, 0x48),
                halo: Color32::from_rgba_unmultiplied(0xff, 0xff, 0xff, 0xd0),
                capital: Color32::from_rgb(0x1e, 0x1e, 0x1e),
                hover: Color32::from_rgb(0xe8, 0xc9, 0x7e),
                selected: Color32::from_rgb(0xd9, 0x8c, 0x3a),
                disputed: Color32::from_rgb(0x8a, 0x3b, 0x3b),
                panel_text: Color32::from_rgb(0x20, 0x20, 0x20),
            },
            Theme::Dark => Self {
                ocean: Color32::from_rgb(0x12, 0x20, 0x30),
                lake: Color32::from_rgb(0x1a, 0x2e, 0x44),
                land_core: Color32::from_rgb(0x4a, 0x45, 0x38),
                land_neighbour: Color32::from_rgb(0x38, 0x38, 0x36),
                land_other: Color32::from_rgb(0x2c, 0x2d, 0x2e),
                border: Color32::from_rgb(0xc1, 0xb4, 0xa1),
                coast: Color32::from_rgb(0x62, 0x88, 0xa8),
                graticule: Color32::from_rgba_unmultiplied(0x90, 0xb0, 0xd0, 0x30),
                label: Color32::from_rgb(0xf0, 0xf0, 0xf0),
                label_muted: Color32::from_rgb(0xc8, 0xc0, 0xb0),
                halo: Color32::from_rgba_unmultiplied(0x10, 0x10, 0x10, 0xc0),
                capital: Color32::from_rgb(0xf0, 0xf0, 0xf0),
                hover: Color32::from_rgb(0x6e, 0x62, 0x44),
                selected: Color32::from_rgb(0x9c, 0x6a, 0x2c),
                disputed: Color32::from_rgb(0xe0, 0x8a, 0x8a),
                panel_text: Color32::from_rgb(0xe8, 0xe8, 0xe8),
            },
        }
    }
}
