//! The legend names every fill on the map: with several organizations on,
//! the countries tinted in one organization's colour and those tinted for
//! being in several each have a swatch in exactly the colour the map uses.

use heartland::data;
use heartland::layers::legend::{LegendInput, Row, rows};
use heartland::layers::memberships::{SEVERAL_TINT, TINT_SHARE, mix};
use heartland::model::OrgId;
use heartland::palette::Palette;
use heartland::shown::Shown;
use heartland::state::{MembershipSet, State, Theme};
use heartland::style::org_color;

#[allow(clippy::expect_used, reason = "a test helper")]
fn org(id: &str) -> OrgId {
    OrgId::try_from(id).expect("a valid id")
}

#[test]
fn every_membership_tint_has_a_swatch_in_its_colour() {
    let dataset = data::load_bundled().dataset;
    for theme in [Theme::Light, Theme::Dark] {
        for set in [MembershipSet::Union, MembershipSet::Intersection] {
            let mut state = State {
                theme,
                membership_set: set,
                organizations: vec![org("csto"), org("sco"), org("oic")],
                ..State::default()
            };
            state.layers.memberships = true;
            let shown = Shown::compute(&dataset, &state);
            let m = &shown.memberships;
            assert!(!m.set.is_empty(), "some countries are shaded");
            let legend = rows(&LegendInput {
                dataset: &dataset,
                shown: &shown,
                layers: state.layers,
                theme,
                analysis: &state.analysis,
            });
            let swatches: Vec<(egui::Color32, String)> = legend
                .iter()
                .filter_map(|r| match r {
                    Row::Fill(c, label) => Some((*c, label.clone())),
                    _ => None,
                })
                .collect();
            // Every country's fill, as the map computes it, is a swatch.
            let palette = Palette::of(theme);
            for code in &m.set {
                let base = heartland::layers::base::land_color(Some(*code), &dataset, &palette);
                let (tint, label) = match m.counted_in(*code) {
                    [o] => (org_color(&dataset, o), "only"),
                    _ => (SEVERAL_TINT, "of them"),
                };
                let fill = mix(base, tint, TINT_SHARE);
                let named = swatches.iter().any(|(c, l)| {
                    l.contains(label)
                        && c.r().abs_diff(fill.r()) <= 40
                        && c.g().abs_diff(fill.g()) <= 40
                        && c.b().abs_diff(fill.b()) <= 40
                });
                assert!(
                    named,
                    "{code} ({theme:?}, {set:?}) is filled {fill:?}; legend swatches: {swatches:?}"
                );
            }
        }
    }
}
