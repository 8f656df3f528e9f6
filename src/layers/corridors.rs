//! Corridors (C5): routes through their places, coloured by segment mode and
//! styled by the corridor's status in the chosen year
//! ([`crate::shown::ShownCorridor`]). Hover gives the name, modes, status,
//! geodesic length and countries crossed.

use egui::{Color32, Pos2, Shape, Stroke};

use crate::geometry::{Projection, WorldXY};
use crate::i18n::{tr, trf};
use crate::model::{CorridorStatus, Dataset, SegmentMode};
use crate::shown::ShownCorridor;
use crate::state::Theme;
use crate::style::{StatusStyle, mode_color, status_style};
use crate::transform::MapTransform;

/// Grey of suspended and abandoned routes.
pub const GREY: Color32 = Color32::from_rgb(0x90, 0x90, 0x90);

/// One corridor as drawn: its status and its legs on the plane.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// Index in [`crate::shown::Shown::corridors`].
    pub shown: usize,
    /// Status in the year (`None`: not yet in its history).
    pub status: Option<CorridorStatus>,
    /// Segments: mode and plane points.
    pub segments: Vec<(SegmentMode, Vec<WorldXY>)>,
}

/// The routes of the shown corridors on the plane of `projection`.
pub fn routes(shown: &[ShownCorridor], projection: &Projection) -> Vec<Route> {
    shown
        .iter()
        .enumerate()
        .map(|(i, corridor)| Route {
            shown: i,
            status: corridor.status,
            segments: corridor
                .segments
                .iter()
                .map(|s| {
                    let points = s
                        .points
                        .iter()
                        .filter_map(|p| projection.project(*p))
                        .collect();
                    (s.mode, points)
                })
                .collect(),
        })
        .collect()
}

/// The shapes of the routes, with a light casing so they read over any fill.
pub fn shapes(
    out: &mut Vec<Shape>,
    routes: &[Route],
    transform: &MapTransform,
    hovered: Option<usize>,
    casing: Color32,
    theme: Theme,
) {
    for (i, route) in routes.iter().enumerate() {
        let style = status_style(route.status);
        for (mode, points) in &route.segments {
            let points: Vec<Pos2> = points
                .iter()
                .map(|p| transform.screen_from_world(*p))
                .collect();
            if points.len() < 2 {
                continue;
            }
            let color = if style.greyed {
                GREY
            } else {
                mode_color(*mode, theme)
            };
            let extra = if hovered == Some(i) { 2.0 } else { 0.0 };
            out.push(Shape::line(
                points.clone(),
                Stroke::new(style.width + 2.5 + extra, casing),
            ));
            line_shapes(out, points, style, color, extra);
        }
    }
}

/// A line in a status style (dashed or solid).
pub fn line_shapes(
    out: &mut Vec<Shape>,
    points: Vec<Pos2>,
    style: StatusStyle,
    color: Color32,
    extra: f32,
) {
    let stroke = Stroke::new(style.width + extra, color);
    match style.dash {
        Some((dash, gap)) => {
            out.extend(Shape::dashed_line(&points, stroke, dash, gap));
        }
        None => {
            out.push(Shape::line(points, stroke));
        }
    }
}

/// The route under the pointer (an index into `routes`), if any.
pub fn hit_test(routes: &[Route], transform: &MapTransform, pointer: Pos2) -> Option<usize> {
    let legs = routes.iter().enumerate().flat_map(|(i, route)| {
        let tolerance = status_style(route.status).width / 2.0 + 4.0;
        route
            .segments
            .iter()
            .map(move |(_, points)| (i, tolerance, points.as_slice()))
    });
    super::nearest_line(legs, transform, pointer)
}

/// The tooltip of a shown corridor.
pub fn hover_text(corridor: &ShownCorridor, dataset: &Dataset, year: i32) -> String {
    let Some(record) = dataset.corridors.get(&corridor.id) else {
        return corridor.id.to_string();
    };
    let mut modes: Vec<String> = corridor
        .segments
        .iter()
        .map(|s| s.mode.label().to_string())
        .collect();
    modes.sort_unstable();
    modes.dedup();
    let status = match corridor.status {
        None => tr("map-corridor-not-yet-proposed", "not yet proposed").into_owned(),
        Some(s) if corridor.undated => trf(
            "map-corridor-undated",
            "{ $status } (date not recorded)",
            &[("status", &s.label())],
        ),
        Some(s) => s.label().to_string(),
    };
    let countries: Vec<String> = corridor
        .countries
        .iter()
        .map(|c| dataset.country_name(*c))
        .collect();
    let modes_status = trf(
        "map-corridor-modes-status",
        "{ $modes } · { $status } in { $year }",
        &[
            ("modes", &modes.join(", ")),
            ("status", &status),
            ("year", &year),
        ],
    );
    let countries = trf(
        "map-corridor-countries",
        "Countries: { $countries }",
        &[("countries", &countries.join(", "))],
    );
    format!(
        "{}\n{modes_status}\n{}\n{countries}",
        record.name,
        corridor.length_text()
    )
}
