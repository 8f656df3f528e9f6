//! Colour-blind safety of the map's own scales.
//!
//! The colour maths (`heartland::colorblind`) is checked against published
//! reference values first (CIEDE2000: Sharma, Wu and Dalal 2005; Machado et
//! al. 2009 simulation: greys stay grey, known confusion pairs collapse).
//! Then every legend of the map is held to
//! `colorblind::MIN_LEGEND_DELTA_E` between each pair of its entries, under
//! normal vision, protanopia, deuteranopia and tritanopia, in both themes:
//! relation bands, stance positions (with "not recorded"; the recognition
//! positions also against the land of each theme), corridor modes
//! (and the grey of suspended or abandoned routes), corridor statuses.

use egui::Color32;
use heartland::colorblind::{
    Lab, MIN_LEGEND_DELTA_E, NOT_RECORDED, NOT_RECORDED_HATCH, Rgb, Vision, ciede2000, confusions,
    delta_e, hex,
};
use heartland::model::{CorridorStatus, Position, SegmentMode, StanceKind};
use heartland::state::Theme;
use heartland::style::{mode_color, position_color, score_color, status_style};

fn rgb(c: Color32) -> Rgb {
    [c.r(), c.g(), c.b()]
}

fn assert_legend_distinct(legend: &str, entries: &[(&str, Rgb)]) {
    let bad = confusions(entries, &Vision::ALL, MIN_LEGEND_DELTA_E);
    let described: Vec<String> = bad
        .iter()
        .map(|c| {
            let colour = |label: &str| {
                entries
                    .iter()
                    .find(|(l, _)| *l == label)
                    .map(|(_, c)| hex(*c))
                    .unwrap_or_default()
            };
            format!(
                "{} {} vs {} {} under {:?}: ΔE00 {:.1}",
                c.first,
                colour(&c.first),
                c.second,
                colour(&c.second),
                c.vision,
                c.delta_e
            )
        })
        .collect();
    assert!(
        bad.is_empty(),
        "{legend}: entries too alike (need ΔE00 ≥ {MIN_LEGEND_DELTA_E}):\n{}",
        described.join("\n")
    );
}

#[test]
fn ciede2000_matches_sharma_2005_reference_pairs() {
    // (L1, a1, b1, L2, a2, b2, ΔE00) from Sharma, Wu and Dalal (2005), table 1.
    let pairs: [[f64; 7]; 11] = [
        [50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425],
        [50.0, 3.1571, -77.2803, 50.0, 0.0, -82.7485, 2.8615],
        [50.0, 2.8361, -74.0200, 50.0, 0.0, -82.7485, 3.4412],
        [50.0, -1.3802, -84.2814, 50.0, 0.0, -82.7485, 1.0000],
        [50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669],
        [50.0, 2.4900, -0.0010, 50.0, -2.4900, 0.0009, 7.1792],
        [50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492],
        [50.0, 2.5, 0.0, 61.0, -5.0, 29.0, 22.8977],
        [50.0, 2.5, 0.0, 56.0, -27.0, -3.0, 31.9030],
        [
            60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644,
        ],
        [2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082],
    ];
    for [l1, a1, b1, l2, a2, b2, expected] in pairs {
        let x = Lab {
            l: l1,
            a: a1,
            b: b1,
        };
        let y = Lab {
            l: l2,
            a: a2,
            b: b2,
        };
        let d = ciede2000(x, y);
        assert!(
            (d - expected).abs() < 1e-4,
            "ΔE00({x:?}, {y:?}) = {d:.4}, reference {expected}"
        );
        let back = ciede2000(y, x);
        assert!((back - d).abs() < 1e-9, "symmetric: {back} vs {d}");
    }
}

#[test]
fn simulation_keeps_greys_and_collapses_known_confusions() {
    for vision in Vision::ALL {
        for v in [0u8, 60, 128, 200, 255] {
            let d = delta_e([v, v, v], [v, v, v], vision);
            assert!(d.abs() < 1e-9, "same colour");
            // A grey looks grey to everyone: compare with normal vision.
            let shift = ciede2000(
                heartland::colorblind::lab_seen([v, v, v], vision),
                heartland::colorblind::lab_seen([v, v, v], Vision::Normal),
            );
            assert!(
                shift < 0.5,
                "grey {v} shifts by {shift:.2} under {vision:?}"
            );
        }
    }
    // A red and a green of similar lightness (matplotlib's tab:red and
    // tab:green): far apart normally, close under red-green deficiencies,
    // still apart under tritanopia.
    let (red, green) = ([0xd6, 0x27, 0x28], [0x2c, 0xa0, 0x2c]);
    let normal = delta_e(red, green, Vision::Normal);
    assert!(normal > 50.0, "normal: {normal:.1}");
    for vision in [Vision::Protanopia, Vision::Deuteranopia] {
        let d = delta_e(red, green, vision);
        assert!(
            d < normal / 2.0,
            "{vision:?} should confuse red and green: {d:.1} vs {normal:.1}"
        );
    }
    assert!(
        delta_e(red, green, Vision::Tritanopia) > normal / 2.0,
        "tritanopes tell red from green"
    );
    // Blue and yellow: a tritan confusion, not a red-green one.
    let (blue, yellow) = ([0x56, 0xb4, 0xe9], [0xf0, 0xe4, 0x42]);
    assert!(
        delta_e(blue, yellow, Vision::Tritanopia) < delta_e(blue, yellow, Vision::Deuteranopia),
        "tritanopia brings sky blue and yellow closer than deuteranopia"
    );
}

#[test]
fn relation_legend_is_colour_blind_safe() {
    // The legend's rows (layers::legend): allied, friendly, neutral, cool, hostile.
    let entries: Vec<(&str, Rgb)> = [
        ("allied", 0.8),
        ("friendly", 0.3),
        ("neutral", 0.0),
        ("cool", -0.3),
        ("hostile", -0.8),
    ]
    .into_iter()
    .map(|(label, score)| (label, rgb(score_color(score))))
    .collect();
    assert_legend_distinct("relations", &entries);
}

#[test]
fn stance_legends_with_not_recorded_are_colour_blind_safe() {
    for kind in StanceKind::ALL {
        let mut entries: Vec<(&str, Rgb)> = Position::allowed_for(kind)
            .iter()
            .map(|p| (p.label_en(), rgb(position_color(*p))))
            .collect();
        entries.push(("not recorded", NOT_RECORDED));
        assert_legend_distinct(&format!("stances ({kind:?})"), &entries);
    }
    // The hatch must show on the not-recorded fill for every reader.
    for vision in Vision::ALL {
        let d = delta_e(NOT_RECORDED, NOT_RECORDED_HATCH, vision);
        assert!(
            d >= MIN_LEGEND_DELTA_E,
            "hatch on fill: {d:.1} under {vision:?}"
        );
    }
}

#[test]
fn recognition_positions_stay_apart_on_the_land_of_both_themes() {
    // The recognition legend, with "accepts without recognising" (a statement
    // short of recognition) beside recognizes, rejects, silent and "not
    // recorded", as drawn in each theme: every pair apart under normal
    // vision and the three deficiencies, and each position apart from the
    // land a state outside the stance keeps (core, neighbour, other).
    use heartland::palette::Palette;
    let positions = Position::allowed_for(StanceKind::Recognition);
    assert!(
        positions.contains(&Position::AcceptsWithoutRecognising),
        "recognition questions use the position"
    );
    for theme in [Theme::Light, Theme::Dark] {
        let palette = Palette::of(theme);
        let mut entries: Vec<(&str, Rgb)> = positions
            .iter()
            .map(|p| (p.label_en(), rgb(position_color(*p))))
            .collect();
        entries.push(("not recorded", NOT_RECORDED));
        assert_legend_distinct(&format!("recognition ({theme:?})"), &entries);
        for (land, colour) in [
            ("land (core)", palette.land_core),
            ("land (neighbour)", palette.land_neighbour),
            ("land (other)", palette.land_other),
        ] {
            for p in positions {
                let pair = [(p.label_en(), rgb(position_color(*p))), (land, rgb(colour))];
                assert_legend_distinct(&format!("recognition on land ({theme:?})"), &pair);
            }
        }
    }
}

/// The grey of suspended and abandoned routes (`layers::corridors::GREY`,
/// private there; the legend draws the same grey).
const GREYED_ROUTE: Rgb = [0x90, 0x90, 0x90];

#[test]
fn corridor_modes_are_colour_blind_safe_in_both_themes() {
    for theme in [Theme::Light, Theme::Dark] {
        let mut entries: Vec<(&str, Rgb)> = SegmentMode::ALL
            .iter()
            .map(|m| (m.label_en(), rgb(mode_color(*m, theme))))
            .collect();
        entries.push(("suspended or abandoned (grey)", GREYED_ROUTE));
        assert_legend_distinct(&format!("corridor modes ({theme:?})"), &entries);
    }
}

#[test]
fn corridor_statuses_differ_in_line_or_colour() {
    let statuses = [
        Some(CorridorStatus::Operational),
        Some(CorridorStatus::UnderConstruction),
        Some(CorridorStatus::Proposed),
        Some(CorridorStatus::Suspended),
        Some(CorridorStatus::Abandoned),
    ];
    // Statuses are told apart by dash pattern, which no colour deficiency
    // hides; two statuses with the same dashes must differ in colour (mode
    // colour vs grey), which the mode test above holds apart.
    for (i, a) in statuses.iter().enumerate() {
        for b in &statuses[i + 1..] {
            let (sa, sb) = (status_style(*a), status_style(*b));
            assert!(
                sa.dash != sb.dash || sa.greyed != sb.greyed,
                "{a:?} and {b:?} look the same: {sa:?} vs {sb:?}"
            );
        }
    }
}

#[test]
fn community_colours_are_colour_blind_safe_on_the_land_and_beside_the_sea() {
    use heartland::palette::Palette;
    use heartland::style::{COMMUNITY_COLORS, community_fill};
    // What the map paints: the colour mixed into the land fill
    // (style::community_fill) of a core state or a neighbour (the states
    // the network has), each bloc against the others, against the
    // untinted land of a state in no bloc, and against the sea and the
    // lakes beside it (a pale blue bloc read as water).
    for theme in [Theme::Light, Theme::Dark] {
        let p = Palette::of(theme);
        for (kind, land) in [("core", p.land_core), ("neighbour", p.land_neighbour)] {
            let labels: Vec<String> = (1..=COMMUNITY_COLORS.len())
                .map(|i| format!("bloc {i}"))
                .collect();
            let mut entries: Vec<(&str, Rgb)> = COMMUNITY_COLORS
                .iter()
                .zip(&labels)
                .enumerate()
                .map(|(i, (_, l))| (l.as_str(), rgb(community_fill(i, land).expect("a colour"))))
                .collect();
            for (water, colour) in [("sea", p.ocean), ("lake", p.lake)] {
                for (bloc, fill) in &entries {
                    for vision in Vision::ALL {
                        let d = delta_e(*fill, rgb(colour), vision);
                        assert!(
                            d >= MIN_LEGEND_DELTA_E,
                            "{theme:?}: {bloc} on {kind} land {} looks like the {water} {} \
                             under {vision:?}: ΔE00 {d:.1}",
                            hex(*fill),
                            hex(rgb(colour))
                        );
                    }
                }
            }
            entries.push(("in no bloc", rgb(land)));
            assert_legend_distinct(&format!("communities on {kind} land ({theme:?})"), &entries);
        }
    }
}

/// The tests that were `src/colorblind.rs`'s unit tests.
mod unit {
    use heartland::colorblind::*;

    #[test]
    fn normal_vision_leaves_colours_alone() {
        let c = [0x12, 0x80, 0xf0];
        let lin = simulate_linear(c, Vision::Normal);
        for (l, v) in lin.iter().zip(c) {
            assert!((l - linear_from_srgb(v)).abs() < 1e-12, "identity");
        }
    }

    #[test]
    fn white_is_l_100_and_black_l_0() {
        let white = lab_seen([255, 255, 255], Vision::Normal);
        assert!((white.l - 100.0).abs() < 0.01, "{white:?}");
        assert!(white.a.abs() < 0.05 && white.b.abs() < 0.05, "{white:?}");
        let black = lab_seen([0, 0, 0], Vision::Normal);
        assert!(black.l.abs() < 1e-9, "{black:?}");
    }

    #[test]
    fn identical_colours_differ_by_zero() {
        let lab = lab_seen([200, 30, 60], Vision::Normal);
        assert!(ciede2000(lab, lab).abs() < 1e-12, "zero");
    }
}
