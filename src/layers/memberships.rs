//! Memberships (C4): for each organization switched on, its members in the
//! chosen year get a badge in its colour (member: filled disc; observer,
//! partner, associate or candidate: ring; suspended: dashed ring), side by
//! side when a country is in several; the countries in the chosen set
//! (union, intersection, difference) are tinted.

use egui::{Color32, Painter, Pos2, Shape, Stroke, pos2, vec2};

use crate::model::{Dataset, MembershipStatus, OrgId};
use crate::style::org_color;

/// Badge radius, points.
pub const BADGE_RADIUS: f32 = 6.0;

/// The tint of a country in the chosen set that is in several of the
/// organizations switched on (one organization: its own colour).
pub const SEVERAL_TINT: Color32 = Color32::from_rgb(0xf2, 0xb7, 0x05);

/// How far a tinted country's land colour moves towards its tint.
pub const TINT_SHARE: f32 = 0.45;

/// The tint of a country in the chosen set, from the organizations switched
/// on that it counts as in (under the view's rule of statuses): the
/// organization's colour when it is in one, [`SEVERAL_TINT`] when in several.
pub fn set_tint(dataset: &Dataset, counted_in: &[OrgId]) -> Color32 {
    match counted_in {
        [org] => org_color(dataset, org),
        _ => SEVERAL_TINT,
    }
}

/// `a` moved a fraction `t` towards `b` (opaque result).
pub fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let f = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(f(a.r(), b.r()), f(a.g(), b.g()), f(a.b(), b.b()))
}

/// The badges of one country: its organizations (in the order they were
/// switched on) with status and colour.
pub fn badges_of(
    dataset: &Dataset,
    memberships: &[(OrgId, MembershipStatus)],
) -> Vec<(MembershipStatus, Color32)> {
    memberships
        .iter()
        .map(|(org, status)| (*status, org_color(dataset, org)))
        .collect()
}

/// Paint a country's badges in a row centred on `center`.
pub fn paint_badges(
    painter: &Painter,
    center: Pos2,
    badges: &[(MembershipStatus, Color32)],
    halo: Color32,
) {
    let mut out = Vec::new();
    badges_shapes(&mut out, center, badges, halo);
    painter.extend(out);
}

/// The shapes of [`paint_badges`] (the map tessellates them once per
/// content and camera).
pub fn badges_shapes(
    out: &mut Vec<Shape>,
    center: Pos2,
    badges: &[(MembershipStatus, Color32)],
    halo: Color32,
) {
    let step = BADGE_RADIUS * 2.0 + 3.0;
    let width = step * badges.len() as f32 - 3.0;
    let mut x = center.x - width / 2.0 + BADGE_RADIUS;
    for (status, color) in badges {
        badge_shapes(out, pos2(x, center.y), *status, *color, halo);
        x += step;
    }
}

/// One badge: the status decides the mark, the organization the colour.
pub fn paint_badge(
    painter: &Painter,
    center: Pos2,
    status: MembershipStatus,
    color: Color32,
    halo: Color32,
) {
    let mut out = Vec::new();
    badge_shapes(&mut out, center, status, color, halo);
    painter.extend(out);
}

/// The shapes of one badge.
fn badge_shapes(
    out: &mut Vec<Shape>,
    center: Pos2,
    status: MembershipStatus,
    color: Color32,
    halo: Color32,
) {
    let r = BADGE_RADIUS;
    match status {
        MembershipStatus::Member => {
            out.push(Shape::Circle(egui::epaint::CircleShape {
                center,
                radius: r,
                fill: color,
                stroke: Stroke::new(1.5, halo),
            }));
        }
        MembershipStatus::Suspended => {
            out.push(Shape::circle_filled(center, r + 1.0, halo));
            let segments = 8;
            for i in 0..segments {
                if i % 2 == 1 {
                    continue;
                }
                let a0 = i as f32 / segments as f32 * std::f32::consts::TAU;
                let a1 = (i as f32 + 1.0) / segments as f32 * std::f32::consts::TAU;
                let points: Vec<Pos2> = (0..=4)
                    .map(|k| {
                        let a = a0 + (a1 - a0) * k as f32 / 4.0;
                        center + vec2(a.cos(), a.sin()) * (r - 1.0)
                    })
                    .collect();
                out.push(Shape::line(points, Stroke::new(2.5, color)));
            }
        }
        MembershipStatus::Observer
        | MembershipStatus::Partner
        | MembershipStatus::Associate
        | MembershipStatus::Candidate => {
            out.push(Shape::Circle(egui::epaint::CircleShape {
                center,
                radius: r - 1.0,
                fill: color.gamma_multiply(0.3),
                stroke: Stroke::new(2.5, color),
            }));
        }
    }
}
