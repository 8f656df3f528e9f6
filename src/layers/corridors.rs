//! Corridors (C5): routes through their places, coloured by segment mode and
//! styled by the corridor's status in the chosen year. Hover gives the name,
//! modes, status, geodesic length and countries crossed.

use egui::{Color32, Pos2, Shape, Stroke};

use crate::geometry::{LonLat, Projection, WorldXY, geodesic_length_km};
use crate::map::MapTransform;
use crate::model::{Corridor, CorridorId, CorridorStatus, Dataset, SegmentMode, Waypoint};
use crate::state::Theme;

use super::relations::distance_to_polyline;
use super::style::{StatusStyle, mode_color, status_style};

/// Grey of suspended and abandoned routes.
const GREY: Color32 = Color32::from_rgb(0x90, 0x90, 0x90);

/// One corridor as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// The corridor.
    pub id: CorridorId,
    /// Status in the year (`None`: not yet in its history).
    pub status: Option<CorridorStatus>,
    /// Segments: mode and plane points.
    pub segments: Vec<(SegmentMode, Vec<WorldXY>)>,
    /// Length along the waypoints on the ellipsoid, km.
    pub length_km: f64,
}

/// The waypoints of a segment in degrees (unknown places are skipped; the
/// loader has already reported them).
pub fn waypoints(dataset: &Dataset, via: &[Waypoint]) -> Vec<LonLat> {
    via.iter()
        .filter_map(|w| match w {
            Waypoint::Place(id) => dataset.places.get(id).map(|p| LonLat {
                lon: p.lon,
                lat: p.lat,
            }),
            Waypoint::LonLat { lon, lat } => Some(LonLat {
                lon: *lon,
                lat: *lat,
            }),
        })
        .collect()
}

/// The length of a corridor, km: the sum of its segments' geodesic lengths
/// along their waypoints (branches count once each).
pub fn route_length_km(dataset: &Dataset, corridor: &Corridor) -> f64 {
    corridor
        .segments
        .iter()
        .map(|s| geodesic_length_km(&waypoints(dataset, &s.via)))
        .sum()
}

/// The routes of the chosen corridors in a year, in id order.
pub fn routes<'a>(
    dataset: &Dataset,
    chosen: impl IntoIterator<Item = &'a CorridorId>,
    year: i32,
    projection: &Projection,
) -> Vec<Route> {
    let mut out = Vec::new();
    for id in chosen {
        let Some(corridor) = dataset.corridors.get(id) else {
            continue;
        };
        let segments = corridor
            .segments
            .iter()
            .map(|s| {
                let points = waypoints(dataset, &s.via)
                    .into_iter()
                    .filter_map(|p| projection.project(p))
                    .collect();
                (s.mode, points)
            })
            .collect();
        out.push(Route {
            id: id.clone(),
            status: corridor.status_at(year),
            segments,
            length_km: route_length_km(dataset, corridor),
        });
    }
    out
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

/// The route under the pointer, if any.
pub fn hit_test(routes: &[Route], transform: &MapTransform, pointer: Pos2) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, route) in routes.iter().enumerate() {
        let tolerance = status_style(route.status).width / 2.0 + 4.0;
        for (_, points) in &route.segments {
            let points: Vec<Pos2> = points
                .iter()
                .map(|p| transform.screen_from_world(*p))
                .collect();
            let d = distance_to_polyline(&points, pointer);
            if d <= tolerance && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((i, d));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// The tooltip of a route.
pub fn hover_text(route: &Route, dataset: &Dataset, year: i32) -> String {
    let Some(corridor) = dataset.corridors.get(&route.id) else {
        return route.id.to_string();
    };
    let mut modes: Vec<&str> = corridor.segments.iter().map(|s| s.mode.label()).collect();
    modes.sort_unstable();
    modes.dedup();
    let status = route.status.map_or("not yet proposed", |s| s.label());
    let countries: Vec<String> = corridor
        .countries
        .iter()
        .map(|c| dataset.country_name(*c))
        .collect();
    format!(
        "{}\n{} · {} in {year}\nLength: {:.0} km (geodesic, along its waypoints)\nCountries: {}",
        corridor.name,
        modes.join(", "),
        status,
        route.length_km,
        countries.join(", ")
    )
}
