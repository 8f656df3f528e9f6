//! Edge bundling by kernel density (KDEEB: Hurter, Ersoy & Telea, "Graph
//! Bundling by Kernel Density Estimation", `EuroVis` 2012), on the plane of
//! the projection (km), so that a bundled drawing only moves with the
//! camera and is never recomputed by a pan or a zoom.
//!
//! Each polyline is resampled into evenly spaced points; every round
//! splats all points into a density grid, smooths the grid with a kernel
//! (three box blurs, close to a Gaussian), moves each inner point a step up
//! the density gradient (so lines drift towards where many lines run),
//! smooths each polyline and resamples it; the kernel shrinks round by
//! round, so wide bundles form first and tighten after. The first and last
//! points never move: a bundled line still starts and ends at its states.
//! Points near the ends move less (a taper), so bundles fan out into their
//! states instead of kinking at them.
//!
//! Deterministic: no randomness and a fixed order of every sum, so the
//! same lines give the same bundles on every run and in every process.
//! Why KDEEB rather than an edge-path method: see `docs/analysis.md`.

use super::coords::WorldXY;

/// How hard and how finely lines are bundled. The defaults suit a map of a
/// region or of the world with tens to tens of thousands of lines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BundleOptions {
    /// Cells of the density grid along the longer side of the lines'
    /// extent.
    pub grid: usize,
    /// Rounds of splat, smooth, advect.
    pub iterations: usize,
    /// The first round's kernel radius, as a share of the extent's longer
    /// side.
    pub kernel: f64,
    /// Each round's kernel is the previous one's times this (below 1).
    pub kernel_decay: f64,
    /// How far a point moves per round, as a share of the mean-shift step
    /// (to the kernel-weighted mean of the points around it: σ² ∇ρ / ρ),
    /// never more than the round's kernel radius.
    pub step: f64,
    /// Laplacian smoothing of each polyline per round, 0 (none) … 1.
    pub smoothing: f64,
    /// Spacing of a polyline's points, as a share of the extent's longer
    /// side.
    pub spacing: f64,
    /// Most points per polyline (a long line is sampled more coarsely).
    pub max_points: usize,
    /// Size of the cells in which the bundled lines' points are merged
    /// into shared trunk points, as a share of the extent's longer side (0:
    /// lines keep their own points). Lines that run together then share
    /// their trunk exactly instead of weaving around each other.
    pub trunk: f64,
    /// Rounds of smoothing of the shared trunk points (each point towards
    /// the mean of its neighbours on every line through it).
    pub trunk_smoothing: usize,
}

impl Default for BundleOptions {
    fn default() -> Self {
        Self {
            grid: 160,
            iterations: 12,
            kernel: 0.06,
            kernel_decay: 0.85,
            step: 1.0,
            smoothing: 0.5,
            spacing: 0.012,
            max_points: 40,
            trunk: 0.005,
            trunk_smoothing: 4,
        }
    }
}

/// The lines bundled ([`bundle_until`] that never stops early).
pub fn bundle(lines: &[Vec<WorldXY>], options: &BundleOptions) -> Vec<Vec<WorldXY>> {
    bundle_until(lines, options, &|| false).unwrap_or_else(|| lines.to_vec())
}

/// The lines bundled, in the same order; `None` if `stop` said so between
/// two rounds (the caller no longer needs them).
///
/// Every output line starts and ends exactly where its input did. With
/// fewer than two lines that can move (at least two distinct points, all
/// finite), the input is returned unchanged; so is a line that cannot move
/// (empty, a single point, not finite).
pub fn bundle_until(
    lines: &[Vec<WorldXY>],
    options: &BundleOptions,
    stop: &dyn Fn() -> bool,
) -> Option<Vec<Vec<WorldXY>>> {
    let movable: Vec<bool> = lines.iter().map(|l| can_move(l)).collect();
    if movable.iter().filter(|m| **m).count() < 2 {
        return Some(lines.to_vec());
    }
    let points = lines
        .iter()
        .zip(&movable)
        .filter(|(_, m)| **m)
        .flat_map(|(l, _)| l.iter().copied());
    let Some((min, extent)) = extent_of(points) else {
        return Some(lines.to_vec());
    };
    let spacing = extent * options.spacing.clamp(1e-4, 1.0);
    let mut work: Vec<Option<Vec<WorldXY>>> = lines
        .iter()
        .zip(&movable)
        .map(|(l, m)| {
            m.then(|| {
                let length = polyline_length(l);
                let n = ((length / spacing).ceil() as usize).clamp(2, options.max_points.max(2));
                resample(l, n)
            })
        })
        .collect();
    let grid_cells = options.grid.clamp(8, 2_048);
    // The grid covers the extent with a margin, so that points near the
    // edge still see a density on both sides.
    let margin = extent * 0.1;
    let cell = (extent + 2.0 * margin) / grid_cells as f64;
    let origin = WorldXY::new(min.x - margin, min.y - margin);
    let mut grid = Grid::new(origin, cell, grid_cells, grid_cells);
    let mut kernel = extent * options.kernel;
    for _ in 0..options.iterations {
        if stop() {
            return None;
        }
        grid.clear();
        for line in work.iter().flatten() {
            for p in line {
                grid.splat(*p);
            }
        }
        let radius_cells = (kernel / cell).max(1.0);
        grid.smooth(radius_cells);
        grid.gradients();
        for line in work.iter_mut().flatten() {
            advect(line, &grid, options.step, kernel);
            smooth_line(line, options.smoothing);
            let n = line.len();
            *line = resample(line, n);
        }
        kernel *= options.kernel_decay.clamp(0.1, 1.0);
    }
    if options.trunk > 0.0 && !stop() {
        let trunk_cell = extent * options.trunk.clamp(1e-4, 0.1);
        share_trunks(&mut work, origin, trunk_cell, options.trunk_smoothing);
    }
    Some(
        lines
            .iter()
            .zip(work)
            .map(
                |(original, bundled)| match (bundled, original.first(), original.last()) {
                    (Some(mut b), Some(first), Some(last)) => {
                        if let Some(p) = b.first_mut() {
                            *p = *first;
                        }
                        if let Some(p) = b.last_mut() {
                            *p = *last;
                        }
                        b
                    }
                    _ => original.clone(),
                },
            )
            .collect(),
    )
}

/// Make lines that run together share their points exactly: every line is
/// resampled finely (half a cell), each inner point is replaced by the
/// shared point of its cell (the mean of all lines' points there), repeats
/// and back-and-forth steps are dropped, and the shared points are
/// smoothed together (each towards the mean of its neighbours on all lines
/// through it), so a trunk stays one line. The ends are not merged and
/// never move. Lines in one trunk then overlap on the same segments
/// instead of weaving around each other, which would cross them at every
/// wobble.
fn share_trunks(
    work: &mut [Option<Vec<WorldXY>>],
    origin: WorldXY,
    cell: f64,
    smoothing_rounds: usize,
) {
    use std::collections::BTreeMap;
    let cell_of = |p: WorldXY| -> (i64, i64) {
        (
            ((p.x - origin.x) / cell).floor() as i64,
            ((p.y - origin.y) / cell).floor() as i64,
        )
    };
    // Nodes: the ends of lines (by exact position) and the cells.
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    enum Key {
        End(u64, u64),
        Cell(i64, i64),
    }
    let mut ids: BTreeMap<Key, usize> = BTreeMap::new();
    let mut sums: Vec<(f64, f64, f64)> = Vec::new();
    let mut fixed: Vec<bool> = Vec::new();
    let mut paths: Vec<Option<Vec<usize>>> = Vec::with_capacity(work.len());
    for line in work.iter() {
        let Some(line) = line else {
            paths.push(None);
            continue;
        };
        let length = polyline_length(line);
        let n = ((2.0 * length / cell).ceil() as usize).clamp(2, 100_000);
        let fine = resample(line, n);
        let mut path: Vec<usize> = Vec::with_capacity(n);
        for (i, p) in fine.iter().enumerate() {
            let end = i == 0 || i + 1 == fine.len();
            let key = if end {
                Key::End(p.x.to_bits(), p.y.to_bits())
            } else {
                let (x, y) = cell_of(*p);
                Key::Cell(x, y)
            };
            let next = ids.len();
            let id = *ids.entry(key).or_insert(next);
            if id == sums.len() {
                sums.push((0.0, 0.0, 0.0));
                fixed.push(end);
            }
            if end {
                sums[id] = (p.x, p.y, 1.0);
            } else {
                let s = &mut sums[id];
                *s = (s.0 + p.x, s.1 + p.y, s.2 + 1.0);
            }
            // Repeats and back-and-forth steps (A B A) are dropped.
            if path.last() == Some(&id) {
                continue;
            }
            if path.len() >= 2 && path[path.len() - 2] == id && !end {
                path.pop();
                continue;
            }
            path.push(id);
        }
        paths.push(Some(path));
    }
    let mut positions: Vec<WorldXY> = sums
        .iter()
        .map(|(x, y, n)| WorldXY::new(x / n.max(1.0), y / n.max(1.0)))
        .collect();
    // Neighbours of each node along every line, sorted and without repeats.
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); positions.len()];
    for path in paths.iter().flatten() {
        for w in path.windows(2) {
            if w[0] != w[1] {
                neighbours[w[0]].push(w[1]);
                neighbours[w[1]].push(w[0]);
            }
        }
    }
    for list in &mut neighbours {
        list.sort_unstable();
        list.dedup();
    }
    for _ in 0..smoothing_rounds {
        let before = positions.clone();
        for (id, p) in positions.iter_mut().enumerate() {
            let around = &neighbours[id];
            if fixed[id] || around.is_empty() {
                continue;
            }
            let (mut x, mut y) = (0.0, 0.0);
            for &j in around {
                x += before[j].x;
                y += before[j].y;
            }
            let k = around.len() as f64;
            *p = WorldXY::new(0.5 * p.x + 0.5 * x / k, 0.5 * p.y + 0.5 * y / k);
        }
    }
    // Points where a trunk runs straight on, with the same two neighbours
    // on every line through them, are dropped from every line alike (the
    // trunk stays shared, with fewer points to draw).
    let mut dropped = vec![false; positions.len()];
    for id in 0..positions.len() {
        if fixed[id] || neighbours[id].len() != 2 {
            continue;
        }
        let (a, b) = (neighbours[id][0], neighbours[id][1]);
        if off_segment(positions[id], positions[a], positions[b]) > 0.1 * cell {
            continue;
        }
        dropped[id] = true;
        for (x, y) in [(a, b), (b, a)] {
            let list = &mut neighbours[x];
            list.retain(|n| *n != id);
            if let Err(at) = list.binary_search(&y) {
                list.insert(at, y);
            }
        }
    }
    for (line, path) in work.iter_mut().zip(paths) {
        if let (Some(line), Some(path)) = (line, path)
            && path.len() >= 2
        {
            *line = path
                .iter()
                .filter(|id| !dropped[**id])
                .map(|&id| positions[id])
                .collect();
        }
    }
}

/// Distance from `p` to the segment ab.
fn off_segment(p: WorldXY, a: WorldXY, b: WorldXY) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length = dx * dx + dy * dy;
    let t = if length > 0.0 {
        (((p.x - a.x) * dx + (p.y - a.y) * dy) / length).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (p.x - (a.x + dx * t)).hypot(p.y - (a.y + dy * t))
}

/// Whether a line can be bundled: finite points, at least two distinct.
fn can_move(line: &[WorldXY]) -> bool {
    let finite = line.iter().all(|p| p.x.is_finite() && p.y.is_finite());
    finite && line.len() >= 2 && line.iter().any(|p| *p != line[0])
}

/// The lower-left corner and the longer side of the points' bounding box.
fn extent_of(points: impl Iterator<Item = WorldXY>) -> Option<(WorldXY, f64)> {
    let rect = super::coords::WorldRect::bounding(points)?;
    let extent = (rect.max.x - rect.min.x).max(rect.max.y - rect.min.y);
    (extent.is_finite() && extent > 0.0).then_some((rect.min, extent))
}

/// Length of a polyline.
fn polyline_length(line: &[WorldXY]) -> f64 {
    line.windows(2)
        .map(|w| (w[1].x - w[0].x).hypot(w[1].y - w[0].y))
        .sum()
}

/// `n` (≥ 2) points evenly spaced along `line` by arc length, the first and
/// last exactly `line`'s.
pub fn resample(line: &[WorldXY], n: usize) -> Vec<WorldXY> {
    let (Some(first), Some(last)) = (line.first(), line.last()) else {
        return Vec::new();
    };
    let n = n.max(2);
    let total = polyline_length(line);
    if total <= 0.0 || !total.is_finite() {
        return vec![*first; n];
    }
    let mut out = Vec::with_capacity(n);
    out.push(*first);
    let mut segment = 0;
    let mut walked = 0.0;
    for k in 1..n - 1 {
        let target = total * k as f64 / (n - 1) as f64;
        while segment + 1 < line.len() {
            let (a, b) = (line[segment], line[segment + 1]);
            let length = (b.x - a.x).hypot(b.y - a.y);
            if walked + length >= target || segment + 2 == line.len() {
                let t = if length > 0.0 {
                    ((target - walked) / length).clamp(0.0, 1.0)
                } else {
                    0.0
                };
                out.push(WorldXY::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t));
                break;
            }
            walked += length;
            segment += 1;
        }
    }
    out.push(*last);
    out
}

/// Move the inner points of `line` up the density gradient: `step` times
/// the mean-shift step (which lands on the kernel-weighted mean of the
/// points around, so it does not overshoot a bundle's ridge), at most
/// `limit` km, less near the ends.
fn advect(line: &mut [WorldXY], grid: &Grid, step: f64, limit: f64) {
    let n = line.len();
    if n < 3 {
        return;
    }
    for (i, p) in line.iter_mut().enumerate().take(n - 1).skip(1) {
        let t = i as f64 / (n - 1) as f64;
        // 0 at the ends, 1 from a quarter of the way in.
        let taper = (4.0 * t * (1.0 - t)).min(1.0).powf(0.5);
        let (gx, gy, density) = grid.sample(*p);
        if !(density > grid.flat && density.is_finite()) {
            continue;
        }
        // σ² ∇ρ / ρ in km: the gradient is per cell, σ² in cells².
        let k = step * grid.variance * grid.cell / density;
        let (mut dx, mut dy) = (k * gx, k * gy);
        let length = dx.hypot(dy);
        if !length.is_finite() {
            continue;
        }
        if length > limit {
            dx *= limit / length;
            dy *= limit / length;
        }
        p.x += taper * dx;
        p.y += taper * dy;
    }
}

/// One pass of Laplacian smoothing over the inner points.
fn smooth_line(line: &mut [WorldXY], amount: f64) {
    let amount = amount.clamp(0.0, 1.0);
    if line.len() < 3 || amount == 0.0 {
        return;
    }
    let mut previous = line[0];
    for i in 1..line.len() - 1 {
        let here = line[i];
        let next = line[i + 1];
        line[i] = WorldXY::new(
            here.x * (1.0 - amount) + (previous.x + next.x) * 0.5 * amount,
            here.y * (1.0 - amount) + (previous.y + next.y) * 0.5 * amount,
        );
        previous = here;
    }
}

/// A density grid over the plane, with its gradient.
struct Grid {
    origin: WorldXY,
    cell: f64,
    nx: usize,
    ny: usize,
    density: Vec<f64>,
    scratch: Vec<f64>,
    gx: Vec<f64>,
    gy: Vec<f64>,
    /// A density below this is empty (no move).
    flat: f64,
    /// Variance of the last smoothing kernel, cells².
    variance: f64,
}

impl Grid {
    fn new(origin: WorldXY, cell: f64, nx: usize, ny: usize) -> Self {
        Self {
            origin,
            cell,
            nx,
            ny,
            density: vec![0.0; nx * ny],
            scratch: vec![0.0; nx * ny],
            gx: vec![0.0; nx * ny],
            gy: vec![0.0; nx * ny],
            flat: 0.0,
            variance: 1.0,
        }
    }

    fn clear(&mut self) {
        self.density.fill(0.0);
    }

    /// Grid coordinates (cell units, cell centres at whole numbers) of a
    /// plane point, clamped inside the grid.
    fn grid_xy(&self, p: WorldXY) -> (f64, f64) {
        let x = ((p.x - self.origin.x) / self.cell - 0.5).clamp(0.0, (self.nx - 1) as f64);
        let y = ((p.y - self.origin.y) / self.cell - 0.5).clamp(0.0, (self.ny - 1) as f64);
        (x, y)
    }

    /// The four cells around grid point `(x, y)` and their bilinear weights.
    fn corners(&self, (x, y): (f64, f64)) -> [(usize, f64); 4] {
        let (x0, y0) = (x.floor() as usize, y.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(self.nx - 1), (y0 + 1).min(self.ny - 1));
        let (fx, fy) = (x - x0 as f64, y - y0 as f64);
        [
            (y0 * self.nx + x0, (1.0 - fx) * (1.0 - fy)),
            (y0 * self.nx + x1, fx * (1.0 - fy)),
            (y1 * self.nx + x0, (1.0 - fx) * fy),
            (y1 * self.nx + x1, fx * fy),
        ]
    }

    fn splat(&mut self, p: WorldXY) {
        for (i, w) in self.corners(self.grid_xy(p)) {
            self.density[i] += w;
        }
    }

    /// Three box blurs of about `radius` cells in x then y: close to a
    /// Gaussian kernel, at a cost that does not grow with the radius.
    fn smooth(&mut self, radius: f64) {
        // Three boxes of half-width r have a variance of r(r+1); match the
        // kernel's σ = radius / 2.
        let sigma = radius / 2.0;
        let r = (((1.0 + 4.0 * sigma * sigma).sqrt() - 1.0) / 2.0)
            .round()
            .max(1.0) as usize;
        for _ in 0..3 {
            box_blur_rows(&self.density, &mut self.scratch, self.nx, self.ny, r);
            box_blur_columns(&self.scratch, &mut self.density, self.nx, self.ny, r);
        }
        self.variance = (r * (r + 1)) as f64;
    }

    /// Central differences of the density.
    fn gradients(&mut self) {
        let (nx, ny) = (self.nx, self.ny);
        let largest = self.density.iter().fold(0.0_f64, |m, d| m.max(*d));
        for y in 0..ny {
            for x in 0..nx {
                let at = |xx: usize, yy: usize| self.density[yy * nx + xx];
                let (xl, xr) = (x.saturating_sub(1), (x + 1).min(nx - 1));
                let (yd, yu) = (y.saturating_sub(1), (y + 1).min(ny - 1));
                let gx = (at(xr, y) - at(xl, y)) / ((xr - xl).max(1) as f64);
                let gy = (at(x, yu) - at(x, yd)) / ((yu - yd).max(1) as f64);
                self.gx[y * nx + x] = gx;
                self.gy[y * nx + x] = gy;
            }
        }
        self.flat = largest * 1e-9;
    }

    /// The gradient (per cell) and the density at a plane point.
    fn sample(&self, p: WorldXY) -> (f64, f64, f64) {
        let mut g = (0.0, 0.0, 0.0);
        for (i, w) in self.corners(self.grid_xy(p)) {
            g.0 += w * self.gx[i];
            g.1 += w * self.gy[i];
            g.2 += w * self.density[i];
        }
        g
    }
}

/// A running-sum box blur of half-width `r` along rows (edges clamped).
fn box_blur_rows(src: &[f64], dst: &mut [f64], nx: usize, ny: usize, r: usize) {
    let width = (2 * r + 1) as f64;
    for y in 0..ny {
        let row = &src[y * nx..(y + 1) * nx];
        let at = |i: isize| row[i.clamp(0, nx as isize - 1) as usize];
        let mut sum: f64 = (-(r as isize)..=r as isize).map(at).sum();
        for x in 0..nx {
            dst[y * nx + x] = sum / width;
            let xi = x as isize;
            sum += at(xi + r as isize + 1) - at(xi - r as isize);
        }
    }
}

/// A running-sum box blur of half-width `r` along columns.
fn box_blur_columns(src: &[f64], dst: &mut [f64], nx: usize, ny: usize, r: usize) {
    let width = (2 * r + 1) as f64;
    for x in 0..nx {
        let at = |i: isize| src[i.clamp(0, ny as isize - 1) as usize * nx + x];
        let mut sum: f64 = (-(r as isize)..=r as isize).map(at).sum();
        for y in 0..ny {
            dst[y * nx + x] = sum / width;
            let yi = y as isize;
            sum += at(yi + r as isize + 1) - at(yi - r as isize);
        }
    }
}

/// Proper crossings between the polylines: pairs of segments of two
/// different lines that cross at a point inside both (touching at an end,
/// sharing an endpoint and collinear overlaps do not count). A measure of
/// how tangled a drawing is (the legibility bench compares bundled and
/// unbundled). Segments are binned into a uniform grid, and a crossing is
/// counted in the one cell holding its point, so each is counted once.
pub fn crossings(lines: &[Vec<[f64; 2]>]) -> u64 {
    let segments: Vec<(usize, [f64; 2], [f64; 2])> = lines
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.windows(2).map(move |w| (i, w[0], w[1])))
        .filter(|(_, a, b)| {
            let length = (b[0] - a[0]).hypot(b[1] - a[1]);
            length > 0.0 && length.is_finite()
        })
        .collect();
    let (mut min, mut max) = ([f64::INFINITY; 2], [f64::NEG_INFINITY; 2]);
    for (_, a, b) in &segments {
        for k in 0..2 {
            min[k] = min[k].min(a[k]).min(b[k]);
            max[k] = max[k].max(a[k]).max(b[k]);
        }
    }
    if segments.len() < 2 {
        return 0;
    }
    let side = (max[0] - min[0]).max(max[1] - min[1]).max(1e-9);
    let cells = ((segments.len() as f64).sqrt() as usize).clamp(1, 512);
    let size = side / cells as f64 * (1.0 + 1e-9);
    let cell_of = |v: f64, k: usize| (((v - min[k]) / size) as usize).min(cells - 1);
    let mut bins: Vec<Vec<u32>> = vec![Vec::new(); cells * cells];
    for (s, (_, a, b)) in segments.iter().enumerate() {
        let (x0, x1) = (cell_of(a[0].min(b[0]), 0), cell_of(a[0].max(b[0]), 0));
        let (y0, y1) = (cell_of(a[1].min(b[1]), 1), cell_of(a[1].max(b[1]), 1));
        for y in y0..=y1 {
            for x in x0..=x1 {
                bins[y * cells + x].push(s as u32);
            }
        }
    }
    let mut count = 0u64;
    for (c, bin) in bins.iter().enumerate() {
        for (i, &s) in bin.iter().enumerate() {
            let (ls, a, b) = segments[s as usize];
            for &t in &bin[i + 1..] {
                let (lt, c2, d) = segments[t as usize];
                if ls == lt {
                    continue;
                }
                if let Some(p) = proper_intersection(a, b, c2, d)
                    && cell_of(p[1], 1) * cells + cell_of(p[0], 0) == c
                {
                    count += 1;
                }
            }
        }
    }
    count
}

/// Where segments ab and cd cross, if they cross properly: strictly inside
/// both (an endpoint on the other segment, shared endpoints and collinear
/// overlaps are not crossings).
fn proper_intersection(a: [f64; 2], b: [f64; 2], c: [f64; 2], d: [f64; 2]) -> Option<[f64; 2]> {
    let cross = |o: [f64; 2], p: [f64; 2], q: [f64; 2]| {
        (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0])
    };
    let (d1, d2) = (cross(a, b, c), cross(a, b, d));
    let (d3, d4) = (cross(c, d, a), cross(c, d, b));
    let opposite = |u: f64, v: f64| (u > 0.0 && v < 0.0) || (u < 0.0 && v > 0.0);
    if !(opposite(d1, d2) && opposite(d3, d4)) {
        return None;
    }
    let t = d3 / (d3 - d4);
    Some([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t])
}
