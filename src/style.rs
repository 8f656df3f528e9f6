//! Colours and line styles of the overlays, shared by the map and its legend.
//!
//! Scales are colour-blind safe: relation scores use the `ColorBrewer` `RdBu`
//! diverging scheme (red hostile … grey neutral … blue allied); organizations
//! without a colour of their own and stance positions use the Okabe–Ito
//! palette.

use egui::Color32;

use crate::model::{CorridorStatus, Dataset, MembershipStatus, OrgId, Position, SegmentMode};
use crate::state::Theme;

/// Anchors of the relation colour scale: (score, colour).
const SCORE_SCALE: [(f64, [u8; 3]); 7] = [
    (-1.0, [0xb2, 0x18, 0x2b]),
    (-0.6, [0xd6, 0x60, 0x4d]),
    (-0.3, [0xf4, 0xa5, 0x82]),
    (0.0, [0x99, 0x99, 0x99]),
    (0.3, [0x92, 0xc5, 0xde]),
    (0.6, [0x43, 0x93, 0xc3]),
    (1.0, [0x21, 0x66, 0xac]),
];

/// The colour of a relation score in [−1, 1] (clamped; NaN is neutral).
pub fn score_color(score: f64) -> Color32 {
    let s = if score.is_nan() {
        0.0
    } else {
        score.clamp(-1.0, 1.0)
    };
    for pair in SCORE_SCALE.windows(2) {
        let [(s0, c0), (s1, c1)] = [pair[0], pair[1]];
        if s <= s1 {
            let t = ((s - s0) / (s1 - s0)).clamp(0.0, 1.0);
            let mix =
                |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
            return Color32::from_rgb(mix(c0[0], c1[0]), mix(c0[1], c1[1]), mix(c0[2], c1[2]));
        }
    }
    Color32::from_rgb(0x21, 0x66, 0xac)
}

/// Width of a relation arc, points: thicker for stronger relations.
pub fn score_width(score: f64) -> f32 {
    let m = if score.is_finite() {
        score.abs().min(1.0)
    } else {
        0.0
    };
    1.5 + 5.0 * m as f32
}

/// Okabe–Ito colours, for organizations without their own.
const OKABE_ITO: [[u8; 3]; 7] = [
    [0xe6, 0x9f, 0x00],
    [0x56, 0xb4, 0xe9],
    [0x00, 0x9e, 0x73],
    [0x00, 0x72, 0xb2],
    [0xd5, 0x5e, 0x00],
    [0xcc, 0x79, 0xa7],
    [0xf0, 0xe4, 0x42],
];

/// The colour of an organization wherever it is drawn (badges, set tints,
/// legend, layers panel, inspector, plots): its own, or an Okabe–Ito colour
/// fixed by its place in the sorted list of organizations.
pub fn org_color(dataset: &Dataset, org: &OrgId) -> Color32 {
    let own = dataset.organizations.get(org).and_then(|o| o.color);
    let index = dataset
        .organizations
        .keys()
        .position(|k| k == org)
        .unwrap_or(0);
    let [r, g, b] = own.unwrap_or(OKABE_ITO[index % OKABE_ITO.len()]);
    Color32::from_rgb(r, g, b)
}

/// Whether a membership status is drawn solid (a full member).
pub fn status_is_full(status: MembershipStatus) -> bool {
    matches!(status, MembershipStatus::Member)
}

/// The colour of a corridor segment's mode in a theme. The dark theme uses
/// lighter tones: the light theme's near-black oil line or dark brown road
/// would vanish on a dark map. Every pair of modes, and each mode against
/// the grey of suspended routes, stays at CIEDE2000 ≥ 10 under protanopia,
/// deuteranopia and tritanopia (`tests/it/colorblind.rs`): hence a very dark
/// brown road beside the orange gas line, and in the dark theme a pink rail
/// beside the sky-blue sea and an ochre road beside the light orange gas.
pub fn mode_color(mode: SegmentMode, theme: Theme) -> Color32 {
    match (theme, mode) {
        (Theme::Light, SegmentMode::Rail) => Color32::from_rgb(0x5e, 0x3c, 0x99),
        (Theme::Light, SegmentMode::Road) => Color32::from_rgb(0x66, 0x22, 0x00),
        (Theme::Light, SegmentMode::Sea) => Color32::from_rgb(0x1f, 0x78, 0xb4),
        (Theme::Light, SegmentMode::OilPipeline) => Color32::from_rgb(0x25, 0x25, 0x25),
        (Theme::Light, SegmentMode::GasPipeline) => Color32::from_rgb(0xc0, 0x4a, 0x00),
        (Theme::Dark, SegmentMode::Rail) => Color32::from_rgb(0xff, 0x55, 0xbb),
        (Theme::Dark, SegmentMode::Road) => Color32::from_rgb(0xbb, 0x88, 0x00),
        (Theme::Dark, SegmentMode::Sea) => Color32::from_rgb(0x6c, 0xb8, 0xeb),
        (Theme::Dark, SegmentMode::OilPipeline) => Color32::from_rgb(0xdc, 0xdc, 0xdc),
        (Theme::Dark, SegmentMode::GasPipeline) => Color32::from_rgb(0xff, 0xaa, 0x44),
    }
}

/// How a corridor's status is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StatusStyle {
    /// Line width, points.
    pub width: f32,
    /// Dash and gap lengths, points; `None` = solid.
    pub dash: Option<(f32, f32)>,
    /// Draw in grey instead of the mode colour.
    pub greyed: bool,
}

/// The line style of a corridor status (no status in the year: proposed).
pub fn status_style(status: Option<CorridorStatus>) -> StatusStyle {
    match status {
        Some(CorridorStatus::Operational) => StatusStyle {
            width: 3.5,
            dash: None,
            greyed: false,
        },
        Some(CorridorStatus::UnderConstruction) => StatusStyle {
            width: 3.0,
            dash: Some((3.0, 3.0)),
            greyed: false,
        },
        Some(CorridorStatus::Proposed) | None => StatusStyle {
            width: 2.5,
            dash: Some((10.0, 6.0)),
            greyed: false,
        },
        Some(CorridorStatus::Suspended) => StatusStyle {
            width: 2.5,
            dash: None,
            greyed: true,
        },
        Some(CorridorStatus::Abandoned) => StatusStyle {
            width: 2.0,
            dash: Some((2.0, 5.0)),
            greyed: true,
        },
    }
}

/// The fill colour of a stance position.
pub fn position_color(position: Position) -> Color32 {
    match position {
        Position::Yes | Position::Recognizes | Position::Supports => {
            Color32::from_rgb(0x00, 0x72, 0xb2)
        }
        Position::No | Position::Rejects | Position::Opposes => Color32::from_rgb(0xd5, 0x5e, 0x00),
        Position::Abstain | Position::Neutral => Color32::from_rgb(0xf0, 0xe4, 0x42),
        // Sky blue: a lighter kin of "recognizes" (Okabe–Ito), kept apart
        // from every other recognition entry by `tests/colorblind.rs`.
        Position::AcceptsWithoutRecognising => Color32::from_rgb(0x56, 0xb4, 0xe9),
        Position::Absent | Position::Silent => Color32::from_rgb(0xa0, 0xa0, 0xa0),
    }
}

/// The colours of the communities (blocs) on the map, largest bloc first,
/// chosen by an exhaustive search over Okabe–Ito, Tol and `ColorBrewer`
/// colours for the largest smallest CIEDE2000 difference (11.1) between
/// the tinted fills of core and neighbouring states, their untinted land,
/// the sea and the lakes, under normal vision and the three colour-vision
/// deficiencies, in both themes (`tests/it/colorblind.rs`). The former
/// first colour, a sky blue, read as water (ΔE00 8.3 from the sea under
/// protanopia). The fifth, black, tints the land a dark brown-grey. More
/// blocs than colours are left untinted, and the legend says how many.
pub const COMMUNITY_COLORS: [Color32; 5] = [
    Color32::from_rgb(0xe6, 0x9f, 0x00),
    Color32::from_rgb(0x00, 0x9e, 0x73),
    Color32::from_rgb(0xaa, 0x44, 0x99),
    Color32::from_rgb(0xcc, 0x33, 0x11),
    Color32::from_rgb(0x00, 0x00, 0x00),
];

/// The colour of community `index` (0 the largest), if it has one.
pub fn community_color(index: usize) -> Option<Color32> {
    COMMUNITY_COLORS.get(index).copied()
}

/// How far a community's colour tints a country's fill.
pub const COMMUNITY_TINT: f32 = 0.7;

/// The fill of a country of community `index` whose land colour is `land`
/// (what the map paints and the legend shows).
pub fn community_fill(index: usize, land: Color32) -> Option<Color32> {
    let tint = community_color(index)?;
    let f = |x: u8, y: u8| {
        (f32::from(x) + (f32::from(y) - f32::from(x)) * COMMUNITY_TINT).round() as u8
    };
    Some(Color32::from_rgb(
        f(land.r(), tint.r()),
        f(land.g(), tint.g()),
        f(land.b(), tint.b()),
    ))
}

/// The colour of the dashed arcs of a derived relation.
pub fn derived_color(kind: crate::state::DerivedKind) -> Color32 {
    match kind {
        crate::state::DerivedKind::SharedMemberships => Color32::from_rgb(0x6a, 0x3d, 0x9a),
        crate::state::DerivedKind::UnVoteAgreement => Color32::from_rgb(0x1b, 0x9e, 0x77),
    }
}

/// Spacing of the hatching of "not recorded" states on a stance map, points.
pub const NOT_RECORDED_HATCH_SPACING: f32 = 7.0;

/// The fill of "not recorded" states on a stance map (a light grey the
/// colour-blind test keeps apart from every position: `tests/it/colorblind.rs`).
pub const NOT_RECORDED_FILL: Color32 = Color32::from_rgb(
    crate::colorblind::NOT_RECORDED[0],
    crate::colorblind::NOT_RECORDED[1],
    crate::colorblind::NOT_RECORDED[2],
);

/// The hatching over [`NOT_RECORDED_FILL`], so a partial record never looks
/// like a real position.
pub const NOT_RECORDED_HATCH: Color32 = Color32::from_rgb(
    crate::colorblind::NOT_RECORDED_HATCH[0],
    crate::colorblind::NOT_RECORDED_HATCH[1],
    crate::colorblind::NOT_RECORDED_HATCH[2],
);

/// Text sizes and colours shared by the window and the headless render, so a
/// PNG looks like the window. Slightly larger than egui's defaults: the app is
/// shown on projectors.
pub fn apply_style(ctx: &egui::Context, theme: Theme) {
    let egui_theme = match theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    };
    if ctx.theme() != egui_theme {
        ctx.set_theme(egui_theme);
    }
    let want = |style: &egui::Style| {
        style
            .text_styles
            .get(&egui::TextStyle::Body)
            .is_some_and(|f| (f.size - BODY_SIZE).abs() < 0.01)
    };
    if !want(&ctx.style_of(egui_theme)) {
        ctx.style_mut_of(egui_theme, |style| {
            use egui::{FontFamily, FontId, TextStyle};
            // Hinting is the context's own choice (on in the window, off
            // for figures: `render::Renderer::new`), kept across themes.
            let hinting = style.visuals.text_options.font_hinting;
            style.visuals = panel_visuals(theme);
            style.visuals.text_options.font_hinting = hinting;
            style.text_styles = [
                (
                    TextStyle::Heading,
                    FontId::new(22.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Body,
                    FontId::new(BODY_SIZE, FontFamily::Proportional),
                ),
                (
                    TextStyle::Button,
                    FontId::new(BODY_SIZE, FontFamily::Proportional),
                ),
                (
                    TextStyle::Small,
                    FontId::new(13.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(14.0, FontFamily::Monospace),
                ),
            ]
            .into();
        });
    }
}

/// Body text size, points.
const BODY_SIZE: f32 = 15.0;

/// The smallest contrast ratio of text against its background (WCAG 2.x
/// AA for body text).
pub const MIN_TEXT_CONTRAST: f64 = 4.5;

/// The WCAG 2.x relative luminance of an opaque colour.
pub fn relative_luminance(c: Color32) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// The WCAG 2.x contrast ratio of two colours (1 to 21); a translucent
/// colour is taken as drawn over the other.
pub fn contrast_ratio(a: Color32, b: Color32) -> f64 {
    let b = opaque(b);
    let a = over(a, b);
    let (la, lb) = (relative_luminance(a), relative_luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `top` drawn over `ground` (both sRGB; `top` may be translucent).
pub fn over(top: Color32, ground: Color32) -> Color32 {
    let [r, g, b, a] = top.to_srgba_unmultiplied();
    let alpha = f32::from(a) / 255.0;
    let mix = |x: u8, y: u8| (f32::from(x) * alpha + f32::from(y) * (1.0 - alpha)).round() as u8;
    Color32::from_rgb(mix(r, ground.r()), mix(g, ground.g()), mix(b, ground.b()))
}

/// A colour without its transparency (taken as drawn over black, which is
/// how a translucent panel background never is: callers pass opaque
/// grounds).
fn opaque(c: Color32) -> Color32 {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    Color32::from_rgb(r, g, b)
}

/// `color`, darkened (light theme) or lightened (dark theme) in small
/// steps until it reads at [`MIN_TEXT_CONTRAST`] on `ground`: text in a
/// scale's colour keeps its hue and stays legible.
pub fn legible_on(color: Color32, ground: Color32, theme: Theme) -> Color32 {
    let toward = match theme {
        Theme::Light => Color32::BLACK,
        Theme::Dark => Color32::WHITE,
    };
    for step in 0..=20_u8 {
        let t = f32::from(step) / 20.0;
        let c = Color32::from_rgb(
            (f32::from(color.r()) + (f32::from(toward.r()) - f32::from(color.r())) * t).round()
                as u8,
            (f32::from(color.g()) + (f32::from(toward.g()) - f32::from(color.g())) * t).round()
                as u8,
            (f32::from(color.b()) + (f32::from(toward.b()) - f32::from(color.b())) * t).round()
                as u8,
        );
        // A little above the floor, so rounding never lands on 4.49.
        if contrast_ratio(c, ground) >= MIN_TEXT_CONTRAST + 0.1 {
            return c;
        }
    }
    toward
}

/// The colour of a relation score written as text in the panels (the
/// inspector's relations, a relation's periods): the score's colour made
/// legible on the panel. The pale "friendly" cyan and the neutral grey of
/// the map's arcs are too faint as text on a light panel.
pub fn score_text_color(score: f64, theme: Theme) -> Color32 {
    legible_on(score_color(score), panel_visuals(theme).panel_fill, theme)
}

/// The panels' colours of a theme: egui's, with the text colours set so
/// that every one reads at [`MIN_TEXT_CONTRAST`] on the panels (egui's
/// weak text is the body colour at 60 % alpha: too faint on white).
pub fn panel_visuals(theme: Theme) -> egui::Visuals {
    let mut v = match theme {
        Theme::Light => egui::Visuals::light(),
        Theme::Dark => egui::Visuals::dark(),
    };
    match theme {
        Theme::Light => {
            v.weak_text_color = Some(Color32::from_gray(0x62));
            v.hyperlink_color = Color32::from_rgb(0x00, 0x5a, 0xa0);
            v.error_fg_color = Color32::from_rgb(0xb8, 0x1d, 0x1d);
            v.warn_fg_color = Color32::from_rgb(0x8a, 0x4b, 0x00);
        }
        Theme::Dark => {
            v.weak_text_color = Some(Color32::from_gray(0xa8));
            v.hyperlink_color = Color32::from_rgb(0x8c, 0xc8, 0xff);
            v.error_fg_color = Color32::from_rgb(0xff, 0x8a, 0x80);
            v.warn_fg_color = Color32::from_rgb(0xff, 0xc0, 0x5c);
        }
    }
    v
}

/// One text colour the app draws and what it is drawn on.
#[derive(Clone, Debug, PartialEq)]
pub struct TextOn {
    /// Where the text is ("panel text", "legend text on the sea", …).
    pub what: String,
    /// The text's colour.
    pub text: Color32,
    /// The (opaque) colour under it.
    pub background: Color32,
}

/// Every text colour of the window and the map in `theme`, with each
/// background it is drawn on: the panels' texts (body, weak, strong,
/// buttons, links, errors, warnings, selected entries, relation scores),
/// and on the map the labels, the legend, the scale bar, the hints (on
/// their halo over any land or water) and the attribution (on the map
/// itself). `tests/it/contrast.rs` holds them all to
/// [`MIN_TEXT_CONTRAST`].
pub fn text_colors(theme: Theme) -> Vec<TextOn> {
    let v = panel_visuals(theme);
    let mut out = Vec::new();
    let mut add = |what: &str, text: Color32, background: Color32| {
        out.push(TextOn {
            what: what.to_owned(),
            text: over(text, opaque(background)),
            background: opaque(background),
        });
    };
    let grounds = [
        ("panel", v.panel_fill),
        ("window", v.window_fill),
        ("striped row", over(v.faint_bg_color, v.panel_fill)),
        ("text field", v.text_edit_bg_color()),
    ];
    for (ground, bg) in grounds {
        add(&format!("text on {ground}"), v.text_color(), bg);
        add(&format!("weak text on {ground}"), v.weak_text_color(), bg);
        add(
            &format!("strong text on {ground}"),
            v.strong_text_color(),
            bg,
        );
        add(&format!("link on {ground}"), v.hyperlink_color, bg);
        add(&format!("error on {ground}"), v.error_fg_color, bg);
        add(&format!("warning on {ground}"), v.warn_fg_color, bg);
    }
    let panel = v.panel_fill;
    for (state, w) in [
        ("inactive", &v.widgets.inactive),
        ("hovered", &v.widgets.hovered),
        ("active", &v.widgets.active),
        ("open", &v.widgets.open),
    ] {
        add(
            &format!("{state} button text"),
            w.fg_stroke.color,
            over(w.weak_bg_fill, panel),
        );
    }
    add(
        "non-interactive text",
        v.widgets.noninteractive.fg_stroke.color,
        panel,
    );
    add(
        "selected entry",
        v.selection.stroke.color,
        over(v.selection.bg_fill, panel),
    );
    for tenth in -10..=10 {
        let score = f64::from(tenth) / 10.0;
        add(
            &format!("relation score {score:+.1}"),
            score_text_color(score, theme),
            panel,
        );
    }
    // The map: labels, the legend, the scale bar, the attribution and hints
    // sit on their halo (translucent) over whatever is beneath: land, sea,
    // and every fill a layer paints (stance positions, "not recorded", the
    // blocs' tints).
    let p = crate::palette::Palette::of(theme);
    let mut map_grounds: Vec<(String, Color32)> = vec![
        ("core land".to_owned(), p.land_core),
        ("neighbouring land".to_owned(), p.land_neighbour),
        ("other land".to_owned(), p.land_other),
        ("sea".to_owned(), p.ocean),
        ("lake".to_owned(), p.lake),
        ("a \"not recorded\" fill".to_owned(), NOT_RECORDED_FILL),
    ];
    for position in Position::ALL {
        map_grounds.push((
            format!("the {} fill", position.as_str()),
            position_color(position),
        ));
    }
    for index in 0..COMMUNITY_COLORS.len() {
        if let Some(fill) = community_fill(index, p.land_core) {
            map_grounds.push((format!("bloc {} fill", index + 1), fill));
        }
    }
    for (ground, bg) in map_grounds {
        let halo = over(p.halo, bg);
        let legend_back = over(p.halo.gamma_multiply(0.9), bg);
        add(
            &format!("map label on its halo over {ground}"),
            p.label,
            halo,
        );
        add(
            &format!("muted map label on its halo over {ground}"),
            p.label_muted,
            halo,
        );
        add(&format!("legend text over {ground}"), p.label, legend_back);
        add(
            &format!("scale bar and hint text over {ground}"),
            p.label,
            halo,
        );
        add(
            &format!("attribution on its plate over {ground}"),
            p.label_muted,
            halo,
        );
    }
    out
}
