//! The map layers' drawing helpers (formerly unit tests in src/layers).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "the helpers of these tests may panic: a failed test"
)]

/// The tests that were `src/layers/base.rs`'s unit tests.
mod base {
    use egui::epaint::Mesh;
    use egui::{Color32, pos2};
    use heartland::geometry::{ProjectedFeature, WorldRect};

    use heartland::transform::MapTransform;

    use heartland::geometry::{TriMesh, WorldXY};
    use heartland::layers::base::*;

    #[test]
    fn fills_leave_out_triangles_off_the_map() {
        // Two triangles: one on the map, one far to its right. The plane is
        // shown 1:1 (1 km per point) centred on the origin in a 100×100 rect.
        let fill = TriMesh {
            vertices: vec![
                [-10.0, -10.0],
                [10.0, -10.0],
                [0.0, 10.0],
                [500.0, 0.0],
                [520.0, 0.0],
                [510.0, 20.0],
            ],
            indices: vec![0, 1, 2, 3, 4, 5],
        };
        let feature = ProjectedFeature {
            source_index: 0,
            fill,
            rings: Vec::new(),
            bbox: WorldRect {
                min: WorldXY::new(-10.0, -10.0),
                max: WorldXY::new(520.0, 20.0),
            },
            label_point: WorldXY::new(0.0, 0.0),
        };
        let transform = MapTransform {
            center_world: WorldXY::new(0.0, 0.0),
            km_per_point: 1.0,
            rect: egui::Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(100.0, 100.0)),
        };
        let mut out = Mesh::default();
        append_fill(
            &mut out,
            &feature,
            &transform,
            &transform.visible_world(),
            Color32::RED,
        );
        assert_eq!(out.indices, vec![0, 1, 2]);
        assert_eq!(out.vertices.len(), 3);
        assert!(out.vertices.iter().all(|v| transform.rect.contains(v.pos)));
        // Moved so that both are in view, both are drawn, after what was there.
        let wide = MapTransform {
            center_world: WorldXY::new(250.0, 0.0),
            km_per_point: 10.0,
            ..transform
        };
        append_fill(
            &mut out,
            &feature,
            &wide,
            &wide.visible_world(),
            Color32::RED,
        );
        assert_eq!(out.indices.len(), 3 + 6);
        assert_eq!(out.indices.get(3), Some(&3));
        assert_eq!(out.vertices.len(), 3 + 6);
    }
}

/// The tests that were `src/layers/groups.rs`'s unit tests.
mod groups {
    use heartland::layers::groups::*;

    #[test]
    fn flow_width_grows_with_the_sum_and_is_bounded() {
        assert!((flow_width(0.5) - heartland::style::score_width(0.5)).abs() < 1e-6);
        assert!(flow_width(4.0) > flow_width(1.0));
        assert!((flow_width(-4.0) - flow_width(4.0)).abs() < 1e-6);
        assert!(flow_width(1e9) <= 20.0);
        assert!(flow_width(f64::NAN) > 0.0);
    }
}

/// The tests that were `src/layers/hatch.rs`'s unit tests.
mod hatch {
    use heartland::layers::hatch::*;

    fn square(x0: f32, y0: f32, side: f32) -> Vec<[f32; 2]> {
        vec![
            [x0, y0],
            [x0 + side, y0],
            [x0 + side, y0 + side],
            [x0, y0 + side],
        ]
    }

    #[test]
    fn segments_stay_inside_the_square() {
        let segs = hatch_segments(&[square(0.0, 0.0, 100.0)], 10.0);
        assert!(
            segs.len() >= 10,
            "a 100-unit square at spacing 10 gets many lines"
        );
        for [a, b] in &segs {
            for p in [a, b] {
                assert!(
                    (-1e-3..=100.001).contains(&p[0]) && (-1e-3..=100.001).contains(&p[1]),
                    "endpoint {p:?} outside"
                );
            }
        }
    }

    #[test]
    fn holes_stay_empty() {
        let outer = square(0.0, 0.0, 100.0);
        let hole = square(40.0, 40.0, 20.0);
        let segs = hatch_segments(&[outer, hole], 5.0);
        for [a, b] in &segs {
            let mid = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
            let in_hole = (40.5..59.5).contains(&mid[0]) && (40.5..59.5).contains(&mid[1]);
            assert!(!in_hole, "segment midpoint {mid:?} lies in the hole");
        }
    }

    #[test]
    fn degenerate_input_gives_nothing() {
        assert!(hatch_segments(&[], 5.0).is_empty(), "no rings");
        assert!(
            hatch_segments(&[vec![[0.0, 0.0], [1.0, 1.0]]], 5.0).is_empty(),
            "two points"
        );
        assert!(
            hatch_segments(&[square(0.0, 0.0, 10.0)], 0.0).is_empty(),
            "zero spacing"
        );
        assert!(
            hatch_segments(&[vec![[f32::NAN, 0.0], [1.0, 1.0], [0.0, 1.0]]], 5.0).is_empty(),
            "NaN"
        );
    }
}

/// The tests that were `src/layers/mod.rs`'s unit tests.
mod layers {
    use egui::{Rect, pos2};
    use heartland::geometry::WorldXY;
    use heartland::layers::*;
    use heartland::transform::MapTransform;

    #[test]
    fn the_nearest_line_within_its_tolerance_is_hit() {
        // One km per point, the plane's origin at the screen's (100, 100).
        let transform = MapTransform {
            center_world: WorldXY { x: 0.0, y: 0.0 },
            km_per_point: 1.0,
            rect: Rect::from_center_size(pos2(100.0, 100.0), egui::vec2(200.0, 200.0)),
        };
        let line = |y: f64| vec![WorldXY { x: -50.0, y }, WorldXY { x: 50.0, y }];
        // Plane y = 10 and y = -6 are screen y = 90 and 106.
        let (upper, lower) = (line(10.0), line(-6.0));
        let lines = || [(7, 3.0, upper.as_slice()), (9, 3.0, lower.as_slice())];
        let hit = |y: f32| nearest_line(lines(), &transform, pos2(100.0, y));
        assert_eq!(hit(91.0), Some(7), "1 point from the upper line");
        assert_eq!(hit(104.0), Some(9), "2 points from the lower one");
        assert_eq!(hit(98.0), None, "8 points from both: beyond the tolerance");
        assert_eq!(
            nearest_line([], &transform, pos2(100.0, 98.0)),
            None,
            "no lines"
        );
        let tied = [(1, 10.0, upper.as_slice()), (2, 10.0, upper.as_slice())];
        assert_eq!(
            nearest_line(tied, &transform, pos2(100.0, 92.0)),
            Some(1),
            "of lines equally near, the first"
        );
    }
}

/// The tests that were `src/layers/overlay.rs`'s unit tests.
mod overlay {
    use heartland::layers::overlay::shortened;

    #[test]
    fn a_long_title_keeps_its_year() {
        let width = |s: &str| s.chars().count() as f32 * 7.0;
        let title = "UN GA resolution 62/243: The situation in the occupied territories of Azerbaijan (14 March 2008): stances · relations, 2008";
        let short = shortened(title, width, 300.0);
        assert!(width(&short) <= 300.0, "{short}");
        assert!(short.starts_with("UN GA resolution 62/243"), "{short}");
        assert!(short.ends_with(" · relations, 2008"), "{short}");
        assert!(short.contains('…'), "{short}");
        let short = shortened("CSTO and EAEU members, 2024", width, 120.0);
        assert!(short.ends_with(", 2024"), "{short}");
        // A stance alone: its date is the year, and stays.
        let title = "UN GA resolution 62/243: The situation in the occupied territories of Azerbaijan (14 March 2008): stances";
        let short = shortened(title, width, 420.0);
        assert!(width(&short) <= 420.0, "{short}");
        assert!(short.starts_with("UN GA resolution 62/243"), "{short}");
        assert!(short.ends_with("… (14 March 2008): stances"), "{short}");
    }
}

/// The tests that were `src/layers/relations.rs`'s unit tests.
mod relations {
    use egui::Pos2;

    #[test]
    fn simplified_keeps_the_corners_and_stays_within_the_tolerance() {
        // A straight run, a corner, a gentle arc.
        let mut line: Vec<Pos2> = (0..=50).map(|i| pos2(i as f32 * 2.0, 0.0)).collect();
        line.extend((1..=50).map(|i| pos2(100.0, i as f32 * 2.0)));
        line.extend((1..=90).map(|i| {
            let t = (i as f32).to_radians();
            pos2(100.0 + 200.0 * t.sin(), 100.0 + 200.0 * (1.0 - t.cos()))
        }));
        let kept = heartland::layers::relations::simplified(&line, 0.5);
        assert!(
            kept.len() < line.len() / 4,
            "{} of {}",
            kept.len(),
            line.len()
        );
        assert_eq!(kept.first(), line.first());
        assert_eq!(kept.last(), line.last());
        assert!(kept.contains(&pos2(100.0, 0.0)), "the corner is kept");
        // Every dropped point lies within the tolerance of the kept line.
        for p in &line {
            let near = kept.windows(2).any(|w| {
                let (a, b) = (w[0], w[1]);
                let ab = b - a;
                let t = ((*p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0);
                (a + ab * t).distance(*p) <= 0.5 + 1e-3
            });
            assert!(near, "{p:?} strays");
        }
    }
    use egui::pos2;
    use heartland::layers::relations::*;

    #[test]
    fn arrowheads_point_along_the_arc() {
        let line: Vec<Pos2> = (0..=10).map(|i| pos2(i as f32 * 10.0, 0.0)).collect();
        let head = arrowhead(&line, 2.0).expect("a head");
        assert!(head[0].x > head[1].x && head[0].x > head[2].x, "{head:?}");
        assert!(arrowhead(&line[..2], 2.0).is_none());
    }
}

/// The tests that were `src/layers/strokes.rs`'s unit tests.
mod strokes {
    use egui::epaint::Mesh;
    use egui::{Color32, Pos2, pos2};

    use heartland::geometry::ProjectionKind;

    use heartland::palette::Palette;
    use heartland::transform::MapTransform;

    use heartland::layers::strokes::*;

    /// Assert that the stroke cache built `margin` view widths past each
    /// side of the view.
    fn assert_built_past(cache: &StrokeCache, transform: &MapTransform, margin: f64, when: &str) {
        let visible = transform.visible_world();
        let covered = cache.key.map(|k| k.covered).expect("built");
        let widths = (covered.max.x - covered.min.x) / (visible.max.x - visible.min.x);
        assert!(
            (widths - (1.0 + 2.0 * margin)).abs() < 1e-9,
            "{when}: built {widths} view widths, expected {}",
            1.0 + 2.0 * margin
        );
    }

    /// A level, its graticule, a palette and a view: what strokes are
    /// built from.
    type View = (
        std::sync::Arc<heartland::scene::SceneLevel>,
        std::sync::Arc<Vec<Vec<[f32; 2]>>>,
        Palette,
        MapTransform,
    );

    /// The bundled map's regional level 1, its graticule, the light
    /// palette, and a `width`×`height` view centred on (`lon`, `lat`) at
    /// `km_per_point`.
    fn regional_view(
        (lon, lat): (f64, f64),
        km_per_point: f64,
        (width, height): (f32, f32),
    ) -> View {
        let geo =
            std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("bundled geometry"));
        let mut scene = heartland::scene::Scene::new(geo);
        let kind = ProjectionKind::Regional;
        let center = scene
            .projection(kind)
            .project(heartland::geometry::LonLat { lon, lat })
            .expect("in the projection");
        let transform = MapTransform {
            center_world: center,
            km_per_point,
            rect: egui::Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(width, height)),
        };
        (
            scene.level_at(kind, 1),
            scene.graticule(kind),
            Palette::of(heartland::state::Theme::Light),
            transform,
        )
    }

    #[test]
    fn strokes_build_a_little_past_a_new_view_and_far_ahead_of_a_pan() {
        let (level, graticule, palette, mut transform) =
            regional_view((65.0, 42.0), 8.0, (800.0, 600.0));
        let mut cache = StrokeCache::default();
        let first = cache.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert!(first.iter().any(|m| !m.is_empty()), "lines drawn");
        assert_eq!(cache.rebuilds, 1);
        assert_built_past(&cache, &transform, NEW_ZOOM_MARGIN, "a new view");
        // A small pan stays inside what was built: nothing is rebuilt.
        transform.center_world.x += 0.05 * 800.0 * transform.km_per_point;
        cache.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert_eq!(cache.rebuilds, 1, "a small pan reuses the meshes");
        // Panning out of it builds far ahead of the view.
        transform.center_world.x += 0.2 * 800.0 * transform.km_per_point;
        cache.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert_eq!(cache.rebuilds, 2);
        assert_built_past(&cache, &transform, PAN_MARGIN, "a pan out of it");
        // A new zoom builds only a little past the view again.
        transform.km_per_point = 6.0;
        cache.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert_eq!(cache.rebuilds, 3);
        assert_built_past(&cache, &transform, NEW_ZOOM_MARGIN, "a new zoom");
    }

    /// A mesh of one horizontal strip of `n` unit-wide quads (two
    /// triangles each) from x = `x0`, at y 0..1, in one colour.
    fn strip(x0: f32, n: usize) -> Mesh {
        let mut mesh = Mesh::default();
        for k in 0..n {
            let x = x0 + k as f32;
            mesh.add_colored_rect(
                egui::Rect::from_min_max(pos2(x, 0.0), pos2(x + 1.0, 1.0)),
                Color32::RED,
            );
        }
        mesh
    }

    #[test]
    fn visible_keeps_whole_chunks_in_view_and_cuts_those_at_the_edge() {
        // Chunk A lies wholly in the view (x 0..10); chunk B straddles its
        // right edge (x 5..25); chunk C is wholly outside (x 40..50).
        let layer = Chunked {
            chunks: [strip(0.0, 10), strip(5.0, 20), strip(40.0, 10)]
                .into_iter()
                .map(|m| (m.calc_bounds(), m))
                .collect(),
        };
        let view = egui::Rect::from_min_max(pos2(0.0, -1.0), pos2(10.0, 2.0));
        let out = layer.visible(view, egui::vec2(100.0, 0.0));
        // A: 10 quads; B: the quads at x 5..10, plus the one touching x = 10.
        assert_eq!(out.indices.len() / 3, 2 * 10 + 2 * 6, "triangles kept");
        assert!(
            out.indices
                .iter()
                .all(|&i| (i as usize) < out.vertices.len()),
            "every index points at a kept vertex"
        );
        // Every kept triangle reaches into the view, moved by the offset.
        for tri in out.indices.chunks_exact(3) {
            let pts: Vec<Pos2> = tri
                .iter()
                .filter_map(|&i| out.vertices.get(i as usize))
                .map(|v| v.pos - egui::vec2(100.0, 0.0))
                .collect();
            assert!(
                egui::Rect::from_points(&pts).intersects(view),
                "triangle {pts:?} is outside the view"
            );
        }
        // Only the vertices the kept triangles use are sent.
        let mut used: Vec<u32> = out.indices.clone();
        used.sort_unstable();
        used.dedup();
        assert_eq!(used.len(), out.vertices.len(), "no unused vertices");
        // A view covering everything keeps every triangle.
        let all = layer.visible(
            egui::Rect::from_min_max(pos2(-1.0, -1.0), pos2(60.0, 2.0)),
            egui::Vec2::ZERO,
        );
        assert_eq!(all.indices.len() / 3, 2 * 40, "all triangles kept");
    }

    #[test]
    fn decimation_drops_subpixel_steps_and_keeps_the_ends() {
        let dense: Vec<Pos2> = (0..=100).map(|i| pos2(i as f32 * 0.1, 0.0)).collect();
        let out = decimated(dense.iter().copied(), false);
        assert_eq!(out.first(), Some(&pos2(0.0, 0.0)));
        assert_eq!(out.last(), Some(&pos2(10.0, 0.0)));
        assert!(out.len() < 20, "{} points kept of 101", out.len());
        assert!(
            out.windows(2)
                .all(|w| w[0].distance(w[1]) <= MIN_STEP + 0.11)
        );
    }

    #[test]
    fn decimation_keeps_lines_that_are_already_coarse() {
        let coarse = [pos2(0.0, 0.0), pos2(5.0, 0.0), pos2(5.0, 5.0)];
        assert_eq!(decimated(coarse.iter().copied(), false), coarse.to_vec());
        let ring = decimated(coarse.iter().copied(), true);
        assert_eq!(ring.len(), 4);
        assert_eq!(ring.first(), ring.last());
    }

    /// Distance from `p` to the polyline `line`.
    fn distance_to(line: &[Pos2], p: Pos2) -> f32 {
        line.windows(2)
            .map(|w| {
                let (a, b) = (w[0], w[1]);
                let ab = b - a;
                let t = ((p - a).dot(ab) / ab.length_sq().max(f32::EPSILON)).clamp(0.0, 1.0);
                p.distance(a + ab * t)
            })
            .fold(f32::INFINITY, f32::min)
    }

    #[test]
    fn screen_lines_keep_within_half_a_pixel_with_fewer_points() {
        for ppp in [1.0, 2.0] {
            // A gentle wave (a tenth of a point high) collapses to a straight
            // line; a deep one (8 points) keeps its shape.
            for (amplitude, at_most) in [(0.1, 2), (8.0, 200)] {
                let wave: Vec<Pos2> = (0..=400)
                    .map(|i| {
                        let x = i as f32 * 1.5;
                        pos2(x, amplitude * (x / 40.0).sin())
                    })
                    .collect();
                let out = screen_line(wave.iter().copied(), false, ppp);
                assert_eq!(out.first(), wave.first());
                assert_eq!(out.last(), wave.last());
                assert!(out.len() <= at_most, "{} points kept", out.len());
                assert!(out.len() < wave.len() / 2, "{} points kept", out.len());
                for p in &wave {
                    // Half a pixel, plus the point dropped by the 1-point
                    // radial step before it.
                    let d = distance_to(&out, *p);
                    assert!(d <= MAX_DEVIATION_PX / ppp + MIN_STEP, "{p:?} is {d} away");
                }
            }
        }
        // A closed ring stays closed.
        let ring = [
            pos2(0.0, 0.0),
            pos2(20.0, 0.0),
            pos2(20.0, 20.0),
            pos2(0.0, 20.0),
        ];
        let out = screen_line(ring.iter().copied(), true, 1.0);
        assert_eq!(out.len(), 5);
        assert_eq!(out.first(), out.last());
    }

    /// A rasteriser with white as texture 0 (what egui's untextured
    /// vertices sample) and [`RIDGE_TEXELS`] as `ridge`, as
    /// [`ridge_texture`] loads it.
    fn ridge_rasterizer(ridge: egui::TextureId) -> heartland::render::raster::Rasterizer {
        let mut raster = heartland::render::raster::Rasterizer::new();
        let mut delta = egui::TexturesDelta::default();
        for (id, image) in [
            (
                egui::TextureId::default(),
                egui::ColorImage::new([1, 1], vec![Color32::WHITE]),
            ),
            (ridge, egui::ColorImage::new([3, 1], RIDGE_TEXELS.to_vec())),
        ] {
            delta.set.insert(
                id,
                [egui::epaint::ImageDelta::full(
                    image,
                    egui::TextureOptions::LINEAR,
                )]
                .into_iter()
                .collect(),
            );
        }
        raster.apply_textures(&delta);
        raster
    }

    /// `mesh` drawn on white, `ppp` pixels a point, 120×80 points.
    fn drawn(
        raster: &heartland::render::raster::Rasterizer,
        mesh: Mesh,
        ppp: f32,
    ) -> Vec<[i32; 4]> {
        let size = [(120.0 * ppp) as u32, (80.0 * ppp) as u32];
        let primitives = [egui::ClippedPrimitive {
            clip_rect: egui::Rect::EVERYTHING,
            primitive: egui::epaint::Primitive::Mesh(mesh),
        }];
        raster
            .render(&primitives, ppp, size, Color32::WHITE)
            .pixels()
            .map(|p| p.0.map(i32::from))
            .collect()
    }

    #[test]
    fn a_ridge_line_draws_egui_thin_line_with_half_the_triangles() {
        let ridge = egui::TextureId::User(7);
        let raster = ridge_rasterizer(ridge);
        // A straight run, gentle bends, a right angle, corners sharper than
        // one (egui cuts them: two normals at one point), a zigzag of short
        // steps, and a point given twice.
        let points = [
            pos2(5.0, 10.0),
            pos2(40.0, 10.0),
            pos2(60.0, 14.0),
            pos2(75.0, 25.0),
            pos2(75.0, 45.0),
            pos2(95.0, 20.0),
            pos2(100.0, 60.0),
            pos2(100.0, 60.0),
            pos2(60.0, 62.0),
            pos2(58.0, 70.0),
            pos2(55.0, 63.0),
            pos2(52.0, 71.0),
            pos2(49.0, 64.0),
            pos2(10.0, 75.0),
            pos2(30.0, 40.0),
        ];
        let color = Color32::from_rgb(70, 100, 140);
        for (ppp, width) in [(1.0, BORDER_WIDTH), (1.0, 0.5), (2.0, 0.4)] {
            let feathering = 1.0 / ppp;
            assert!(is_thin(width, feathering));
            let mut reference = Mesh::default();
            egui::epaint::Tessellator::new(
                ppp,
                egui::epaint::TessellationOptions::default(),
                [1, 1],
                Vec::new(),
            )
            .tessellate_path(
                &egui::epaint::PathShape {
                    points: points.to_vec(),
                    closed: false,
                    fill: Color32::TRANSPARENT,
                    stroke: egui::epaint::PathStroke::new(width, color),
                },
                &mut reference,
            );
            let mut ridged = Mesh::with_texture(ridge);
            ridge_line(
                &points,
                width,
                color,
                feathering,
                &mut Vec::new(),
                &mut ridged,
            );
            assert_eq!(
                2 * ridged.indices.len(),
                reference.indices.len(),
                "half egui's triangles (ppp {ppp}, width {width})"
            );
            assert!(
                ridged
                    .indices
                    .iter()
                    .all(|&i| (i as usize) < ridged.vertices.len())
            );

            let want = drawn(&raster, reference, ppp);
            let got = drawn(&raster, ridged, ppp);
            let ink = |img: &[[i32; 4]]| -> i64 { img.iter().map(|p| i64::from(255 - p[0])).sum() };
            let (ink_want, ink_got) = (ink(&want), ink(&got));
            assert!(ink_want > 1000, "the line is drawn");
            let worst = want
                .iter()
                .zip(&got)
                .map(|(a, b)| (0..4).map(|c| (a[c] - b[c]).abs()).max().unwrap_or(0))
                .max()
                .unwrap_or(0);
            let off: i64 = want
                .iter()
                .zip(&got)
                .map(|(a, b)| i64::from((a[0] - b[0]).abs()))
                .sum();
            // The same ink in the same pixels, but for rounding: measured,
            // at most 1/255 off in any pixel, and 7 to 57 of 30,000 to
            // 94,000 in all. (At a bend the crest runs from the corner to
            // the middle of the quad's diagonal: in the default 1280×720
            // map, 10 pixels at tips and bends of the borders are more than
            // 10/255 off.)
            assert!(
                (ink_got - ink_want).abs() * 100 < ink_want,
                "ink {ink_got} against egui's {ink_want} (ppp {ppp}, width {width})"
            );
            assert!(
                off * 100 < ink_want,
                "{off} of {ink_want} moved (ppp {ppp}, width {width})"
            );
            assert!(
                worst <= 4,
                "a pixel {worst}/255 off egui's (ppp {ppp}, width {width})"
            );
        }
    }

    #[test]
    fn thin_stroke_layers_are_ridges_in_the_ridge_texture() {
        let (level, graticule, palette, transform) =
            regional_view((60.0, 42.0), 4.0, (900.0, 600.0));
        let triangles = |m: &[std::sync::Arc<Mesh>]| -> Vec<usize> {
            m.iter().map(|m| m.indices.len() / 3).collect()
        };
        let mut plain = StrokeCache::default();
        let by_egui = plain.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert!(
            by_egui
                .iter()
                .all(|m| m.texture_id == egui::TextureId::default())
        );

        let ridge = egui::TextureId::Managed(3);
        let mut cache = StrokeCache::default();
        cache.use_ridge(Some(ridge));
        let ridged = cache.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert_eq!(ridged.len(), LAYERS);
        let (thin, hatch) = ridged.split_at(LAYERS - 1);
        for (k, mesh) in thin.iter().enumerate() {
            assert!(!mesh.is_empty(), "layer {k} drawn");
            assert_eq!(mesh.texture_id, ridge, "layer {k} samples the ridge");
        }
        // Half the triangles, as built (cut to the view, the two differ by
        // the few triangles that reach past its edge).
        let built = |cache: &StrokeCache| -> Vec<usize> {
            let key = cache.key.expect("built");
            key.build(&level, &graticule)
                .iter()
                .map(|layer| layer.chunks.iter().map(|(_, m)| m.indices.len() / 3).sum())
                .collect()
        };
        let (ridge_built, egui_built) = (built(&cache), built(&plain));
        for k in 0..LAYERS - 1 {
            assert_eq!(
                2 * ridge_built[k],
                egui_built[k],
                "layer {k}: half the triangles ({ridge_built:?} against {egui_built:?}; cut to the view {:?} against {:?})",
                triangles(&ridged),
                triangles(&by_egui)
            );
        }
        // The hatching (1.2 points, not a thin line) stays egui's.
        assert_eq!(hatch[0].texture_id, egui::TextureId::default());
        assert_eq!(hatch[0].indices, by_egui[LAYERS - 1].indices);

        // Another context's texture: built again for it; the same, not.
        cache.use_ridge(Some(ridge));
        cache.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert_eq!(cache.rebuilds, 1, "same ridge, same meshes");
        cache.use_ridge(Some(egui::TextureId::Managed(4)));
        let again = cache.meshes_for(&transform, &level, &graticule, &palette, 1.0);
        assert_eq!(cache.rebuilds, 2, "a new ridge texture rebuilds");
        assert_eq!(again[0].texture_id, egui::TextureId::Managed(4));
        // At two pixels a point the lines are thicker than a pixel: egui's.
        let sharp = cache.meshes_for(&transform, &level, &graticule, &palette, 2.0);
        assert!(
            sharp
                .iter()
                .all(|m| m.texture_id == egui::TextureId::default())
        );
    }

    #[test]
    fn the_ridge_texture_is_uploaded_once_per_context() {
        let ctx = egui::Context::default();
        let mut ids = Vec::new();
        let first = ctx.run_ui(egui::RawInput::default(), |ui| {
            ids.push(ridge_texture(ui.ctx()));
            ids.push(ridge_texture(ui.ctx()));
        });
        let id = ids[0];
        assert_eq!(ids[1], id, "the same texture within a frame");
        let uploads = first.textures_delta.set.get(&id).expect("uploaded");
        assert_eq!(uploads.len(), 1, "uploaded once");
        let delta = &uploads[0];
        assert_eq!(
            delta.options,
            egui::TextureOptions::LINEAR,
            "sampled bilinearly"
        );
        let egui::ImageData::Color(image) = &delta.image;
        assert_eq!(image.size, [3, 1]);
        assert_eq!(image.pixels, RIDGE_TEXELS.to_vec());

        let later = ctx.run_ui(egui::RawInput::default(), |ui| {
            assert_eq!(ridge_texture(ui.ctx()), id, "kept between frames");
        });
        assert!(
            !later.textures_delta.set.contains_key(&id),
            "not uploaded again"
        );
        assert!(
            !later.textures_delta.free.contains(&id),
            "not freed while the context lives"
        );
    }
}
