//! Capitals (a dot and a name) and country names, placed so that no two
//! labels collide at any zoom: placement is recomputed each frame in screen
//! space by [`crate::geometry::place_labels`] (a few dozen labels: cheap).

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Galley, Painter, Pos2, Rect, Stroke, pos2, vec2};

use crate::geometry::{LabelCandidate, LonLat, Obstacle, Projection, place_labels_avoiding};
use crate::model::Dataset;
use crate::palette::Palette;
use crate::scene::SceneLevel;
use crate::transform::MapTransform;

/// Radius of a capital's dot, in points.
pub const CAPITAL_RADIUS: f32 = 3.5;
/// Capital names: large enough for a projector.
const CAPITAL_FONT: f32 = 15.0;
/// Country names.
const COUNTRY_FONT: f32 = 13.0;

/// Groups whose labels win collisions.
fn priority_of(group: &str) -> i32 {
    match group {
        "Central Asia" | "South Caucasus" => 3,
        "Neighbour" => 2,
        "Other" => 0,
        _ => 1,
    }
}

/// A name as the map drew it (the vector figures write the same ones).
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedLabel {
    /// The text.
    pub text: String,
    /// Top-left corner of its line box, points.
    pub min: Pos2,
    /// Font size, points.
    pub size: f32,
    /// Text colour.
    pub color: Color32,
    /// The soft outline's colour.
    pub halo: Color32,
    /// A capital's name (beside its dot), not a country's.
    pub capital: bool,
}

/// What [`paint`] drew: the names' rectangles, the names and the capitals'
/// dots (centres; radius [`CAPITAL_RADIUS`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placed {
    /// The rectangles the names took.
    pub rects: Vec<Rect>,
    /// The names, country names first, then the capitals'.
    pub labels: Vec<PlacedLabel>,
    /// The capitals' dots.
    pub capitals: Vec<Pos2>,
}

/// Paint capitals and country names, none over an `occupied` rectangle
/// (the legend, the scale bar, the attribution, the title, membership
/// badges: whatever the map draws over itself) nor over a capital's marker
/// sized by a metric (`markers`: a capital's own name stands off its
/// marker); a capital's name goes to another side of its dot, or is left
/// out. Returns what was drawn.
pub fn paint(
    painter: &Painter,
    transform: &MapTransform,
    projection: &Projection,
    level: &SceneLevel,
    dataset: &Dataset,
    palette: &Palette,
    (occupied, markers): (&[Rect], &[super::analysis::Marker]),
) -> Placed {
    paint_labels(
        painter,
        (transform, projection, level),
        dataset,
        palette,
        (occupied, markers),
    )
    .0
}

/// [`paint`], returning also each placed name's galley (in the order of
/// [`Placed::labels`]), so that [`LabelsCache`] can paint them again.
fn paint_labels(
    painter: &Painter,
    (transform, projection, level): (&MapTransform, &Projection, &SceneLevel),
    dataset: &Dataset,
    palette: &Palette,
    (occupied, markers): (&[Rect], &[super::analysis::Marker]),
) -> (Placed, Vec<Arc<Galley>>) {
    let rect = transform.rect;
    let inner = rect.shrink(4.0);

    // Capitals of the countries the data knows.
    let mut candidates = Vec::new();
    let mut galleys: Vec<(Arc<Galley>, Pos2)> = Vec::new();
    for country in dataset.countries.values() {
        let Some(place) = dataset.capital_of(country.code) else {
            continue;
        };
        let Some(world) = projection.project(LonLat {
            lon: place.lon,
            lat: place.lat,
        }) else {
            continue;
        };
        let anchor = transform.screen_from_world(world);
        if !inner.contains(anchor) || occupied.iter().any(|r| r.contains(anchor)) {
            continue;
        }
        let galley = painter.layout_no_wrap(
            place.display_name().into_owned(),
            FontId::proportional(CAPITAL_FONT),
            palette.label,
        );
        candidates.push(LabelCandidate {
            id: galleys.len(),
            anchor: [anchor.x, anchor.y],
            size: [galley.size().x, galley.size().y],
            priority: priority_of(&country.group),
            radius: markers
                .iter()
                .find(|m| m.state == country.code)
                .map_or(0.0, |m| m.radius),
        });
        galleys.push((galley, anchor));
    }
    let obstacles: Vec<Obstacle> = occupied
        .iter()
        .map(|r| ([r.min.x, r.min.y], [r.max.x, r.max.y]))
        .collect();
    let placed = place_labels_avoiding(
        &candidates,
        CAPITAL_RADIUS,
        [inner.min.x, inner.min.y],
        [inner.max.x, inner.max.y],
        &obstacles,
    );
    let mut taken: Vec<Rect> = placed
        .iter()
        .map(|p| Rect::from_min_max(pos2(p.min[0], p.min[1]), pos2(p.max[0], p.max[1])))
        .collect();
    let mut names_taken = taken.clone();
    taken.extend_from_slice(occupied);
    for (_, anchor) in &galleys {
        taken.push(Rect::from_center_size(
            *anchor,
            vec2(2.0, 2.0) * CAPITAL_RADIUS,
        ));
    }
    // The sized markers: a country's name does not cover one either (the
    // square round a disc, as a capital's dot above).
    taken.extend(
        markers
            .iter()
            .filter(|m| m.radius > CAPITAL_RADIUS)
            .map(|m| Rect::from_center_size(m.center, vec2(2.0, 2.0) * m.radius)),
    );

    // Country names, centred on an interior point, where they fit.
    let mut names: Vec<(i32, String, Pos2, f32)> = Vec::new();
    for (i, feature) in level.world.countries.iter().enumerate() {
        let Some(code) = level.codes.get(i).copied().flatten() else {
            continue;
        };
        let Some(country) = dataset.countries.get(&code) else {
            continue;
        };
        let center = transform.screen_from_world(feature.label_point);
        let width_pt = ((feature.bbox.max.x - feature.bbox.min.x) / transform.km_per_point) as f32;
        names.push((
            priority_of(&country.group),
            crate::i18n::uppercase(&country.display_name()),
            center,
            width_pt,
        ));
    }
    names.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut name_galleys = Vec::new();
    for (_, name, center, width_pt) in names {
        if !inner.contains(center) {
            continue;
        }
        let galley = painter.layout_no_wrap(
            name,
            FontId::proportional(COUNTRY_FONT),
            palette.label_muted,
        );
        if galley.size().x > width_pt * 0.9 {
            continue;
        }
        let r = Align2::CENTER_CENTER.anchor_size(center, galley.size());
        if !inner.contains_rect(r) || taken.iter().any(|t| t.intersects(r)) {
            continue;
        }
        taken.push(r);
        names_taken.push(r);
        name_galleys.push((galley, r.min));
    }
    let mut labels = Vec::new();
    let mut drawn = Vec::new();
    for (galley, pos) in name_galleys {
        drawn.push(Arc::clone(&galley));
        labels.push(PlacedLabel {
            text: galley.text().to_owned(),
            min: pos,
            size: COUNTRY_FONT,
            color: palette.label_muted,
            halo: palette.halo,
            capital: false,
        });
        text_with_halo(painter, pos, &galley, palette.label_muted, palette.halo);
    }

    // Capitals last, on top.
    for (_, anchor) in &galleys {
        painter.circle(
            *anchor,
            CAPITAL_RADIUS,
            palette.capital,
            Stroke::new(1.5, palette.halo),
        );
    }
    for p in &placed {
        if let Some((galley, _)) = galleys.get(p.id) {
            drawn.push(Arc::clone(galley));
            labels.push(PlacedLabel {
                text: galley.text().to_owned(),
                min: pos2(p.min[0], p.min[1]),
                size: CAPITAL_FONT,
                color: palette.label,
                halo: palette.halo,
                capital: true,
            });
            text_with_halo(
                painter,
                pos2(p.min[0], p.min[1]),
                galley,
                palette.label,
                palette.halo,
            );
        }
    }
    let placed = Placed {
        rects: names_taken,
        labels,
        capitals: galleys.iter().map(|(_, anchor)| *anchor).collect(),
    };
    (placed, drawn)
}

/// The names and capitals of the last frame, painted again as they were
/// while nothing they depend on changed (the camera, the map's size, the
/// level of detail, the data, the language, the colours, what they keep
/// clear of): placing them costs about a tenth of a frame, painting them
/// again almost nothing.
#[derive(Default)]
pub struct LabelsCache {
    key: Option<LabelsKey>,
    placed: Placed,
    galleys: Vec<Arc<Galley>>,
    /// How many times the names were placed (for tests).
    placements: u64,
}

/// What [`LabelsCache`]'s names depend on.
#[derive(PartialEq)]
struct LabelsKey {
    view: crate::transform::TransformKey,
    projection: crate::geometry::ProjectionKind,
    level: usize,
    data: u64,
    locale: crate::i18n::Locale,
    colors: [Color32; 4],
    pixels_per_point: u32,
    occupied: Vec<Rect>,
    markers: Vec<(crate::model::CountryCode, Pos2, u32)>,
}

impl LabelsCache {
    /// [`paint`], placing the names again only when what they depend on
    /// changed (`data_generation`: the data's).
    pub fn paint(
        &mut self,
        painter: &Painter,
        (transform, projection, level): (&MapTransform, &Projection, &SceneLevel),
        (dataset, data_generation): (&Dataset, u64),
        palette: &Palette,
        (occupied, markers): (&[Rect], &[super::analysis::Marker]),
    ) -> Placed {
        let key = LabelsKey {
            view: transform.key(),
            projection: projection.kind(),
            level: level.world.level,
            data: data_generation,
            locale: crate::i18n::locale(),
            colors: [
                palette.label,
                palette.label_muted,
                palette.halo,
                palette.capital,
            ],
            pixels_per_point: painter.ctx().pixels_per_point().to_bits(),
            occupied: occupied.to_vec(),
            markers: markers
                .iter()
                .map(|m| (m.state, m.center, m.radius.to_bits()))
                .collect(),
        };
        if self.key.as_ref() == Some(&key) {
            // Country names, then the capitals' dots, then their names: the
            // order `paint` draws them in.
            let pairs = || self.placed.labels.iter().zip(&self.galleys);
            for (label, galley) in pairs().filter(|(l, _)| !l.capital) {
                text_with_halo(painter, label.min, galley, label.color, label.halo);
            }
            for anchor in &self.placed.capitals {
                painter.circle(
                    *anchor,
                    CAPITAL_RADIUS,
                    palette.capital,
                    Stroke::new(1.5, palette.halo),
                );
            }
            for (label, galley) in pairs().filter(|(l, _)| l.capital) {
                text_with_halo(painter, label.min, galley, label.color, label.halo);
            }
            return self.placed.clone();
        }
        let (placed, galleys) = paint_labels(
            painter,
            (transform, projection, level),
            dataset,
            palette,
            (occupied, markers),
        );
        self.placements += 1;
        self.key = Some(key);
        self.placed = placed.clone();
        self.galleys = galleys;
        placed
    }

    /// How many times the names were placed (not painted again).
    pub fn placements(&self) -> u64 {
        self.placements
    }
}

/// Text with a soft outline in the halo colour, legible over any fill.
fn text_with_halo(
    painter: &Painter,
    pos: Pos2,
    galley: &Arc<Galley>,
    color: Color32,
    halo: Color32,
) {
    for d in [
        vec2(-1.0, 0.0),
        vec2(1.0, 0.0),
        vec2(0.0, -1.0),
        vec2(0.0, 1.0),
    ] {
        painter.galley_with_override_text_color(pos + d, Arc::clone(galley), halo);
    }
    painter.galley_with_override_text_color(pos, Arc::clone(galley), color);
}
