//! Label placement in screen space: point labels (capitals, ports) placed
//! around their markers without overlapping each other or any marker.
//!
//! ## Units
//! Screen points, y pointing down (the only place geometry sees screen
//! space).

/// A label to place next to a round marker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelCandidate {
    /// Caller's id, returned in [`PlacedLabel::id`].
    pub id: usize,
    /// Centre of the marker, screen points.
    pub anchor: [f32; 2],
    /// Width and height of the text, points.
    pub size: [f32; 2],
    /// Higher is placed first.
    pub priority: i32,
    /// The radius of the candidate's own marker, points, when it is larger
    /// than the common `marker_radius` (a capital sized by a metric): its
    /// label stands off it, and no other label covers it. 0 for none.
    pub radius: f32,
}

/// A label that found a place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedLabel {
    /// The candidate's id.
    pub id: usize,
    /// Top-left corner, screen points.
    pub min: [f32; 2],
    /// Bottom-right corner, screen points.
    pub max: [f32; 2],
}

/// Gap between a marker's edge and its label, points.
const GAP: f32 = 2.0;

/// Place labels greedily: by priority (highest first), then id; each tries
/// eight positions around its marker (right, left, above, below, then the
/// four diagonals) and takes the first that lies inside the bounds and
/// overlaps neither an already placed label nor any candidate's marker disc
/// (radius `marker_radius`). Labels with no such position, or with a
/// non-finite anchor or size, are dropped. Touching edges do not count as
/// overlap. Deterministic: the same input gives the same output, in
/// placement order.
pub fn place_labels(
    candidates: &[LabelCandidate],
    marker_radius: f32,
    bounds_min: [f32; 2],
    bounds_max: [f32; 2],
) -> Vec<PlacedLabel> {
    place_labels_avoiding(candidates, marker_radius, bounds_min, bounds_max, &[])
}

/// A rectangle labels must not cover (a legend, the scale bar, the
/// attribution, a row of membership badges), screen points: top-left and
/// bottom-right corners.
pub type Obstacle = ([f32; 2], [f32; 2]);

/// [`place_labels`], where no label may overlap any of `obstacles` either:
/// a label whose every position does is dropped.
pub fn place_labels_avoiding(
    candidates: &[LabelCandidate],
    marker_radius: f32,
    bounds_min: [f32; 2],
    bounds_max: [f32; 2],
    obstacles: &[Obstacle],
) -> Vec<PlacedLabel> {
    let r = if marker_radius.is_finite() {
        marker_radius.max(0.0)
    } else {
        0.0
    };
    let valid = |c: &LabelCandidate| {
        c.anchor.iter().chain(&c.size).all(|v| v.is_finite())
            && c.size[0] >= 0.0
            && c.size[1] >= 0.0
    };
    let radius_of = |c: &LabelCandidate| {
        if c.radius.is_finite() {
            c.radius.max(r)
        } else {
            r
        }
    };
    let markers: Vec<([f32; 2], f32)> = candidates
        .iter()
        .filter(|c| valid(c))
        .map(|c| (c.anchor, radius_of(c)))
        .collect();
    let mut order: Vec<&LabelCandidate> = candidates.iter().filter(|c| valid(c)).collect();
    order.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id)));

    let mut placed: Vec<PlacedLabel> = Vec::new();
    for c in order {
        let [w, h] = c.size;
        let [ax, ay] = c.anchor;
        let own = radius_of(c);
        let d = own + GAP;
        // Diagonal offsets put the corner on the 45° line, just off the disc.
        let e = own * std::f32::consts::FRAC_1_SQRT_2 + GAP;
        let positions = [
            [ax + d, ay - h / 2.0],     // right
            [ax - d - w, ay - h / 2.0], // left
            [ax - w / 2.0, ay - d - h], // above
            [ax - w / 2.0, ay + d],     // below
            [ax + e, ay - e - h],       // above right
            [ax - e - w, ay - e - h],   // above left
            [ax + e, ay + e],           // below right
            [ax - e - w, ay + e],       // below left
        ];
        let fits = |min: [f32; 2]| {
            let max = [min[0] + w, min[1] + h];
            min[0] >= bounds_min[0]
                && min[1] >= bounds_min[1]
                && max[0] <= bounds_max[0]
                && max[1] <= bounds_max[1]
                && !placed.iter().any(|p| rects_overlap(min, max, p.min, p.max))
                && !obstacles.iter().any(|o| rects_overlap(min, max, o.0, o.1))
                && !markers
                    .iter()
                    .any(|(m, radius)| disc_overlaps_rect(*m, *radius, min, max))
        };
        if let Some(min) = positions.into_iter().find(|&m| fits(m)) {
            placed.push(PlacedLabel {
                id: c.id,
                min,
                max: [min[0] + w, min[1] + h],
            });
        }
    }
    placed
}

/// Whether two rectangles share interior area (touching is fine).
pub fn rects_overlap(a_min: [f32; 2], a_max: [f32; 2], b_min: [f32; 2], b_max: [f32; 2]) -> bool {
    a_min[0] < b_max[0] && b_min[0] < a_max[0] && a_min[1] < b_max[1] && b_min[1] < a_max[1]
}

/// Whether a disc reaches into a rectangle's interior.
pub fn disc_overlaps_rect(center: [f32; 2], radius: f32, min: [f32; 2], max: [f32; 2]) -> bool {
    let nx = center[0].clamp(min[0], max[0]);
    let ny = center[1].clamp(min[1], max[1]);
    let (dx, dy) = (center[0] - nx, center[1] - ny);
    let inside =
        center[0] > min[0] && center[0] < max[0] && center[1] > min[1] && center[1] < max[1];
    inside || dx * dx + dy * dy < radius * radius
}
