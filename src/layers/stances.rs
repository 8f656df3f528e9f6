//! Stances (C10): countries filled by their position on an issue (a UN vote,
//! a recognition question), from [`crate::shown::ShownStance`]. A state whose
//! position the data does not hold is hatched ("not recorded"), so a partial
//! record never passes as a whole one.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use egui::epaint::{Mesh, Tessellator};
use egui::{Color32, Stroke, pos2};

use crate::model::CountryCode;
use crate::scene::SceneLevel;
use crate::shown::{ShownStance, StanceCell};
use crate::style::{NOT_RECORDED_FILL, NOT_RECORDED_HATCH_SPACING, position_color};
use crate::transform::{MapTransform, TransformKey};

use super::hatch::hatch_segments;

/// The fill of each country with a recorded position, and of those whose
/// position is not recorded (hatched over it, see [`HatchCache`]).
pub fn fills(stance: &ShownStance) -> BTreeMap<CountryCode, Color32> {
    stance
        .cells
        .iter()
        .filter_map(|(code, cell)| match cell {
            StanceCell::Recorded(p) => Some((*code, position_color(*p))),
            StanceCell::NotRecorded => Some((*code, NOT_RECORDED_FILL)),
            StanceCell::NotUnMember => None,
        })
        .collect()
}

/// The countries whose position is not recorded.
pub fn not_recorded(stance: &ShownStance) -> BTreeSet<CountryCode> {
    stance.states_in(StanceCell::NotRecorded).collect()
}

/// What the hatching of the last frame was built for.
#[derive(Clone, Debug, PartialEq)]
struct HatchKey {
    countries: BTreeSet<CountryCode>,
    level: (usize, usize),
    view: TransformKey,
    color: Color32,
    pixels_per_point: u32,
}

/// Hatching of the "not recorded" countries on the screen, rebuilt only
/// when the countries, the view or the level change.
#[derive(Default)]
pub struct HatchCache {
    last: Option<(HatchKey, Arc<Mesh>)>,
}

impl HatchCache {
    /// The hatch lines over `countries` in the view of `transform`.
    pub fn mesh(
        &mut self,
        countries: BTreeSet<CountryCode>,
        level: &SceneLevel,
        transform: &MapTransform,
        color: Color32,
        pixels_per_point: f32,
    ) -> Arc<Mesh> {
        let key = HatchKey {
            countries,
            level: (std::ptr::from_ref(level) as usize, level.world.level),
            view: transform.key(),
            color,
            pixels_per_point: pixels_per_point.to_bits(),
        };
        if let Some((k, mesh)) = &self.last
            && *k == key
        {
            return Arc::clone(mesh);
        }
        let visible = transform.visible_world();
        let rect = transform.rect;
        let mut tess = Tessellator::new(
            pixels_per_point,
            egui::epaint::TessellationOptions::default(),
            [1, 1],
            Vec::new(),
        );
        tess.set_clip_rect(rect.expand(2.0));
        let mut mesh = Mesh::default();
        for (i, feature) in level.world.countries.iter().enumerate() {
            let Some(code) = level.codes.get(i).copied().flatten() else {
                continue;
            };
            if !key.countries.contains(&code) || !feature.bbox.intersects(&visible) {
                continue;
            }
            let rings: Vec<Vec<[f32; 2]>> = feature
                .rings
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|p| transform.screen_from_world_f32(*p).into())
                        .collect()
                })
                .collect();
            for [a, b] in hatch_segments(&rings, NOT_RECORDED_HATCH_SPACING) {
                let (a, b) = (pos2(a[0], a[1]), pos2(b[0], b[1]));
                if egui::Rect::from_two_pos(a, b).intersects(rect) {
                    tess.tessellate_line_segment([a, b], Stroke::new(1.2, color), &mut mesh);
                }
            }
        }
        let mesh = Arc::new(mesh);
        self.last = Some((key, Arc::clone(&mesh)));
        mesh
    }
}
