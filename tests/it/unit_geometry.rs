//! The map geometry: assets, world, mesh, labels, projection, picking (formerly
//! unit tests in src/geometry).

/// The tests that were `src/geometry/arcs.rs`'s unit tests.
mod arcs {
    use heartland::geometry::arcs::*;
    use heartland::geometry::coords::WorldXY;

    #[test]
    fn bends_left_for_positive() {
        let a = WorldXY::new(0.0, 0.0);
        let b = WorldXY::new(100.0, 0.0);
        let arc = curved_arc(a, b, 0.2, 16);
        assert_eq!(arc.len(), 17, "segments + 1 points");
        assert_eq!((arc[0], arc[16]), (a, b), "exact endpoints");
        // Apex at t = ½ is half the control offset: 0.5 × 0.2 × 100 = 10 km.
        assert!(
            (arc[8].y - 10.0).abs() < 1e-9 && (arc[8].x - 50.0).abs() < 1e-9,
            "{:?}",
            arc[8]
        );
        let right = curved_arc(a, b, -0.2, 16);
        assert!(
            (right[8].y + 10.0).abs() < 1e-9,
            "negative bends right: {:?}",
            right[8]
        );
        assert_eq!(curved_arc(a, a, 0.3, 10), vec![a], "degenerate");
        assert_eq!(curved_arc(a, b, 0.3, 0), vec![a, b], "zero segments is one");
    }
}

/// The tests that were `src/geometry/assets.rs`'s unit tests.
mod assets {
    use geo::Coord;

    use heartland::geometry::assets::*;

    const FACTS: &str = r#"{"format":1,"disputed":[]}"#;

    fn topo(arcs: &str, countries: &str) -> String {
        format!(
            r#"{{"type":"Topology","heartland":{{"level":0,"tolerance_deg":0.5}},
            "transform":{{"scale":[1,1],"translate":[0,0]}},
            "objects":{{"countries":{{"type":"GeometryCollection","geometries":[{countries}]}},
            "lakes":{{"type":"GeometryCollection","geometries":[]}},
            "disputed":{{"type":"GeometryCollection","geometries":[]}},
            "borders":{{"type":"MultiLineString","arcs":[[0]]}},
            "coastlines":{{"type":"MultiLineString","arcs":[]}}}},
            "arcs":{arcs}}}"#
        )
    }

    /// How many arcs `arcs` has: the first index with no arc.
    fn arc_count(arcs: &Arcs) -> usize {
        (0..).take_while(|&k| arcs.get(k).is_some()).count()
    }

    #[test]
    fn decodes_delta_arcs_and_reversal() {
        let t = topo(
            "[[[0,0],[2,0],[0,2]],[[2,2],[-2,0],[0,-2]]]",
            r#"{"type":"MultiPolygon","id":"AAA","properties":{"name":"A"},"arcs":[[[0,1]]]},
               {"type":"MultiPolygon","id":"BBB","arcs":[[[-2,-1]]]}"#,
        );
        let geo =
            parse_geo(&[("t.json", t.as_bytes())], ("f.json", FACTS.as_bytes())).expect("parses");
        let level = &geo.levels[0];
        assert!((level.tolerance_deg - 0.5).abs() < 1e-12, "tolerance read");
        let a = &level.countries[0];
        assert_eq!(
            (a.code.as_str(), a.name.as_str()),
            ("AAA", "A"),
            "id and name"
        );
        let ring: Vec<(f64, f64)> = a.shape.0[0]
            .exterior()
            .0
            .iter()
            .map(|c| (c.x, c.y))
            .collect();
        assert_eq!(
            ring,
            vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)],
            "arcs joined without repeating the shared point"
        );
        let b = &level.countries[1];
        assert_eq!(b.name, "BBB", "missing name falls back to the code");
        assert_eq!(b.shape.0[0].exterior().0.len(), 5, "reversed ring closed");
        assert_eq!(level.borders.0[0].0.len(), 3, "border is arc 0");
    }

    #[test]
    fn errors_name_file_place_and_reason() {
        let t = topo(
            "[[[0,0],[1,0],[0,1],[-1,-1]]]",
            r#"{"type":"MultiPolygon","id":"AAA","arcs":[[[0,7]]]}"#,
        );
        let err = parse_geo(&[("lvl.json", t.as_bytes())], ("f.json", FACTS.as_bytes()))
            .expect_err("bad arc index");
        let msg = err.to_string();
        assert!(msg.contains("lvl.json"), "file named: {msg}");
        assert!(
            msg.contains("objects.countries.geometries[0].arcs[0][0][1]"),
            "place: {msg}"
        );
        assert!(msg.contains("out of range"), "reason: {msg}");

        let err = parse_geo(&[("x.json", b"{not json")], ("f.json", FACTS.as_bytes()))
            .expect_err("bad json");
        assert!(err.to_string().starts_with("x.json: "), "{err}");
        assert!(err.to_string().contains("line 1"), "{err}");

        let err =
            parse_geo(&[], ("f.json", br#"{"format":2,"disputed":[]}"#)).expect_err("bad format");
        assert!(err.to_string().contains("unsupported format 2"), "{err}");

        let err = parse_geo(&[], ("f.json", FACTS.as_bytes())).expect_err("no levels");
        assert!(err.to_string().contains("no level"), "{err}");
    }

    #[test]
    fn arcs_read_directly_equal_serdes_reading() {
        // The bundled levels, read as plain JSON by serde and decoded as the
        // TopoJSON specification says, against the direct reader.
        for (file, bytes) in BUNDLED_LEVELS {
            let json: serde_json::Value = serde_json::from_slice(bytes).expect("valid JSON");
            let arcs: Vec<Vec<[i64; 2]>> =
                serde_json::from_value(json["arcs"].clone()).expect("integer pairs");
            let t: Transform =
                serde_json::from_value(json["transform"].clone()).expect("a transform");
            let direct = Arcs::parse(&json["arcs"].to_string(), &t).expect("parses");
            assert_eq!(arc_count(&direct), arcs.len(), "{file}: arc count");
            for (k, arc) in arcs.iter().enumerate() {
                let (mut x, mut y) = (0_i64, 0_i64);
                let expected: Vec<Coord<f64>> = arc
                    .iter()
                    .map(|[dx, dy]| {
                        (x, y) = (x + dx, y + dy);
                        Coord {
                            x: x as f64 * t.scale[0] + t.translate[0],
                            y: y as f64 * t.scale[1] + t.translate[1],
                        }
                    })
                    .collect();
                assert_eq!(direct.get(k), Some(expected.as_slice()), "{file}: arc {k}");
            }
        }
    }

    #[test]
    fn arcs_reader_accepts_whitespace_and_empty_arrays() {
        let t = Transform {
            scale: [1.0, 1.0],
            translate: [0.0, 0.0],
        };
        let arcs = Arcs::parse(" [ [ [ 1 , -2 ] ,[3,4]] , [ ],[[-7,0]] ] ", &t).expect("parses");
        assert_eq!(arc_count(&arcs), 3, "three arcs");
        let xy = |k: usize| -> Vec<(f64, f64)> {
            arcs.get(k)
                .map(|a| a.iter().map(|c| (c.x, c.y)).collect())
                .unwrap_or_default()
        };
        assert_eq!(xy(0), vec![(1.0, -2.0), (4.0, 2.0)], "deltas summed");
        assert_eq!(xy(1), Vec::<(f64, f64)>::new(), "empty arc");
        assert_eq!(xy(2), vec![(-7.0, 0.0)], "each arc starts at 0");
        assert_eq!(
            Arcs::parse("[]", &t).map(|a| arc_count(&a)),
            Ok(0),
            "no arcs"
        );
    }

    #[test]
    fn arcs_reader_names_the_place_of_bad_input() {
        let t = Transform {
            scale: [1.0, 1.0],
            translate: [0.0, 0.0],
        };
        let place = |json: &str| Arcs::parse(json, &t).err().map(|(place, _)| place);
        assert_eq!(
            place("[[[0,0],[1.5,2]]]").as_deref(),
            Some("arcs[0][1]"),
            "fraction"
        );
        assert_eq!(
            place("[[[0,0]],[[1e3,2]]]").as_deref(),
            Some("arcs[1][0]"),
            "exponent"
        );
        assert_eq!(
            place("[[[0,0,0]]]").as_deref(),
            Some("arcs[0][0]"),
            "three numbers"
        );
        assert_eq!(
            place("[[[0]]]").as_deref(),
            Some("arcs[0][0]"),
            "one number"
        );
        assert_eq!(
            place("[[[\"a\",0]]]").as_deref(),
            Some("arcs[0][0]"),
            "a string"
        );
        assert_eq!(
            place("[[[0,0] [1,1]]]").as_deref(),
            Some("arcs[0]"),
            "missing comma"
        );
        assert_eq!(
            place("[[0,0]]").as_deref(),
            Some("arcs[0][0]"),
            "a position, not an arc"
        );
        assert_eq!(
            place("[[[0,0]]] x").as_deref(),
            Some("arcs"),
            "trailing text"
        );
        assert_eq!(place("{}").as_deref(), Some("arcs"), "not an array");
        let overflow = format!("[[[{},0],[{},0]]]", i64::MAX, 1);
        assert_eq!(
            place(&overflow).as_deref(),
            Some("arcs[0][1]"),
            "sum overflows"
        );
        assert_eq!(
            place("[[[99999999999999999999,0]]]").as_deref(),
            Some("arcs[0][0]"),
            "too many digits"
        );
        // Through parse_geo: the file and the place are in the message.
        let bad = topo("[[[0,0],[1,2.5]]]", "");
        let err = parse_geo(
            &[("bad.json", bad.as_bytes())],
            ("f.json", FACTS.as_bytes()),
        )
        .expect_err("bad arcs");
        let msg = err.to_string();
        assert!(
            msg.contains("bad.json") && msg.contains("arcs[0][1]"),
            "{msg}"
        );
    }

    #[test]
    fn bundled_tolerances_are_those_of_the_files() {
        let geo = load_bundled_geo().expect("bundled geometry");
        let tolerances: Vec<f64> = geo.levels.iter().map(|l| l.tolerance_deg).collect();
        assert_eq!(
            tolerances, BUNDLED_TOLERANCES_DEG,
            "update BUNDLED_TOLERANCES_DEG"
        );
    }

    #[test]
    fn the_first_bad_level_is_reported_whichever_thread_decodes_it() {
        let good = topo(
            "[[[0,0],[1,0],[0,1],[-1,-1]]]",
            r#"{"type":"MultiPolygon","id":"AAA","arcs":[[[0]]]}"#,
        );
        let bad = topo(
            "[[[0,0],[1,0],[0,1],[-1,-1]]]",
            r#"{"type":"MultiPolygon","id":"AAA","arcs":[[[0,7]]]}"#,
        );
        for (levels, named) in [
            ([&good, &bad, &bad], "l1.json"),
            ([&bad, &good, &bad], "l0.json"),
            ([&good, &good, &bad], "l2.json"),
        ] {
            let files: Vec<(&str, &[u8])> = ["l0.json", "l1.json", "l2.json"]
                .into_iter()
                .zip(levels.map(String::as_bytes))
                .collect();
            let err = parse_geo(&files, ("f.json", FACTS.as_bytes())).expect_err("a bad level");
            let msg = err.to_string();
            assert!(msg.starts_with(named), "{named} first: {msg}");
            assert!(
                msg.contains("objects.countries.geometries[0].arcs[0][0][1]"),
                "place: {msg}"
            );
        }
        let files: Vec<(&str, &[u8])> = vec![("l0.json", good.as_bytes()); 3];
        let geo = parse_geo(&files, ("f.json", FACTS.as_bytes())).expect("three good levels");
        assert!(
            geo.levels.iter().all(|l| *l == geo.levels[0]),
            "each decoded alike, on this thread or another"
        );
    }

    #[test]
    fn a_coarser_level_alone_decodes_as_in_the_full_load() {
        let all = load_bundled_geo().expect("bundled geometry");
        let coarse = load_bundled_geo_levels(&[2]).expect("level 2");
        assert_eq!(coarse.levels[2], all.levels[2], "level 2");
        assert!(coarse.levels[0].countries.is_empty() && coarse.levels[1].countries.is_empty());
    }

    #[test]
    fn some_levels_decoded_equal_those_of_all() {
        let all = load_bundled_geo().expect("bundled geometry");
        let some = load_bundled_geo_levels(&[1, 7]).expect("level 1");
        assert_eq!(
            some.levels.len(),
            all.levels.len(),
            "every level has its place"
        );
        assert_eq!(
            some.levels[1], all.levels[1],
            "level 1 decoded as by the full load"
        );
        for i in [0, 2] {
            let level = &some.levels[i];
            assert!(
                level.countries.is_empty() && level.borders.0.is_empty(),
                "level {i} left empty"
            );
            assert_eq!(
                level.tolerance_deg.to_bits(),
                all.levels[i].tolerance_deg.to_bits(),
                "level {i}"
            );
        }
        let ids = |g: &GeoAssets| g.disputed.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&some), ids(&all), "the same disputed territories");
        assert_eq!(
            some.disputed[0].shape, all.levels[1].disputed[0],
            "their outline from the finest decoded level"
        );
        let none = load_bundled_geo_levels(&[]).expect("nothing to decode");
        assert!(
            none.disputed.is_empty(),
            "no outlines, no disputed territories"
        );
    }
}

/// The tests that were `src/geometry/bundle.rs`'s unit tests.
mod bundle {
    use heartland::geometry::bundle::*;
    use heartland::geometry::coords::WorldXY;

    #[test]
    fn resampling_keeps_the_ends_and_spaces_evenly() {
        let line = vec![
            WorldXY::new(0.0, 0.0),
            WorldXY::new(3.0, 0.0),
            WorldXY::new(3.0, 1.0),
        ];
        let r = resample(&line, 5);
        assert_eq!(r.len(), 5, "{r:?}");
        assert_eq!((r[0], r[4]), (line[0], line[2]), "exact ends");
        assert!(
            (r[1].x - 1.0).abs() < 1e-12 && (r[3].y - 0.0).abs() < 1e-12,
            "{r:?}"
        );
        assert!((r[3].x - 3.0).abs() < 1e-12, "{r:?}");
    }

    #[test]
    fn crossings_count_proper_intersections_only() {
        let x = vec![vec![[0.0, 0.0], [2.0, 2.0]], vec![[0.0, 2.0], [2.0, 0.0]]];
        assert_eq!(crossings(&x), 1, "an X crosses once");
        let shared = vec![vec![[0.0, 0.0], [2.0, 2.0]], vec![[0.0, 0.0], [2.0, 0.0]]];
        assert_eq!(crossings(&shared), 0, "a shared endpoint is not a crossing");
        let overlap = vec![vec![[0.0, 0.0], [2.0, 0.0]], vec![[1.0, 0.0], [3.0, 0.0]]];
        assert_eq!(
            crossings(&overlap),
            0,
            "collinear overlap is not a crossing"
        );
        let touch = vec![vec![[0.0, 0.0], [2.0, 0.0]], vec![[1.0, 0.0], [1.0, 2.0]]];
        assert_eq!(crossings(&touch), 0, "an end on the other line is not");
        let same = vec![vec![[0.0, 0.0], [2.0, 2.0], [2.0, 0.0], [0.0, 2.0]]];
        assert_eq!(crossings(&same), 0, "a line crossing itself is not counted");
    }
}

/// The tests that were `src/geometry/coords.rs`'s unit tests.
mod coords {
    use heartland::geometry::coords::*;

    #[test]
    fn rect_operations() {
        let a = WorldRect::from_corners(WorldXY::new(2.0, 3.0), WorldXY::new(0.0, 0.0));
        assert_eq!(a.min, WorldXY::new(0.0, 0.0), "corners are ordered");
        assert!(a.contains(WorldXY::new(1.0, 1.0)), "inside");
        assert!(a.contains(WorldXY::new(2.0, 3.0)), "edge counts");
        assert!(!a.contains(WorldXY::new(2.1, 1.0)), "outside");
        let b = WorldRect::from_corners(WorldXY::new(5.0, 5.0), WorldXY::new(6.0, 7.0));
        assert!(!a.intersects(&b), "apart");
        let u = a.union(&b);
        assert!(u.intersects(&a) && u.intersects(&b), "union covers both");
        assert!((u.width() - 6.0).abs() < 1e-12, "width {}", u.width());
        assert!((u.height() - 7.0).abs() < 1e-12, "height {}", u.height());
        assert_eq!(u.center(), WorldXY::new(3.0, 3.5), "centre");
        let none = WorldRect::bounding([WorldXY::new(f64::NAN, 0.0)]);
        assert!(none.is_none(), "no finite point, no rect");
    }
}

/// The tests that were `src/geometry/distance.rs`'s unit tests.
mod distance {
    use heartland::geometry::distance::*;

    #[test]
    fn distances_to_lines() {
        let line = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]];
        assert!(
            (distance_to_polyline(&line, [5.0, 3.0]) - 3.0).abs() < 1e-5,
            "above the first leg"
        );
        assert!(
            (distance_to_polyline(&line, [12.0, 5.0]) - 2.0).abs() < 1e-5,
            "beside the second leg"
        );
        assert!(
            (distance_to_polyline(&line, [-3.0, -4.0]) - 5.0).abs() < 1e-5,
            "beyond the first end"
        );
        assert!(
            distance_to_polyline(&[], [0.0, 0.0]).is_infinite(),
            "empty line"
        );
        assert!(
            (distance_to_polyline(&[[1.0, 1.0]], [4.0, 5.0]) - 5.0).abs() < 1e-5,
            "one point"
        );
        assert!(
            (distance_to_segment([2.0, 2.0], [2.0, 2.0], [2.0, 5.0]) - 3.0).abs() < 1e-5,
            "degenerate segment"
        );
    }
}

/// The tests that were `src/geometry/graticule.rs`'s unit tests.
mod graticule {
    use heartland::geometry::LonLat;
    use heartland::geometry::graticule::*;
    use heartland::geometry::projection::Projection;

    #[test]
    fn regional_graticule_lines() {
        let proj = Projection::regional();
        let lines = graticule(&proj, 10.0);
        // Meridians −30…150 (19) and parallels −40…80 (13).
        assert_eq!(lines.len(), 19 + 13, "line count");
        // Every point is a projected point of the domain: it unprojects.
        for line in &lines {
            for w in line.windows(2) {
                let a = proj.unproject(w[0]).expect("in domain");
                let b = proj.unproject(w[1]).expect("in domain");
                // At the pole the longitude is arbitrary.
                let dlon = if a.lat.max(b.lat) > 89.999 {
                    0.0
                } else {
                    (a.lon - b.lon).abs()
                };
                let d = dlon.max((a.lat - b.lat).abs());
                assert!(d <= 1.0 + 1e-6, "densified: {a:?} {b:?}");
            }
        }
        // The 40°N parallel passes through (60°E, 40°N).
        let p = proj.project(LonLat::new(60.0, 40.0)).expect("projects");
        let on_line = lines
            .iter()
            .flatten()
            .any(|q| (q.x - p.x).abs() < 1e-6 && (q.y - p.y).abs() < 1e-6);
        assert!(on_line, "40N line found");
    }

    #[test]
    fn world_has_outline_and_bad_steps_give_nothing() {
        let lines = graticule(&Projection::world(), 30.0);
        // Meridians −150…180 (12) + two edges, parallels −60…60 (5).
        assert_eq!(lines.len(), 12 + 2 + 5, "line count");
        assert!(graticule(&Projection::world(), 0.0).is_empty(), "zero step");
        assert!(
            graticule(&Projection::world(), f64::NAN).is_empty(),
            "NaN step"
        );
    }
}

/// The tests that were `src/geometry/labels.rs`'s unit tests.
mod labels {
    use heartland::geometry::labels::*;

    fn cand(id: usize, x: f32, y: f32, priority: i32) -> LabelCandidate {
        LabelCandidate {
            id,
            anchor: [x, y],
            size: [40.0, 12.0],
            priority,
            radius: 0.0,
        }
    }

    #[test]
    fn first_choice_is_right_of_marker() {
        let placed = place_labels(&[cand(7, 100.0, 100.0, 0)], 3.0, [0.0, 0.0], [500.0, 500.0]);
        assert_eq!(placed.len(), 1, "placed");
        assert_eq!(placed[0].id, 7, "id kept");
        assert!(
            (placed[0].min[0] - 105.0).abs() < 1e-4,
            "right of the disc: {:?}",
            placed[0]
        );
        assert!(
            (placed[0].min[1] - 94.0).abs() < 1e-4,
            "vertically centred: {:?}",
            placed[0]
        );
    }

    #[test]
    fn near_right_edge_goes_left_and_priority_wins() {
        let placed = place_labels(&[cand(1, 480.0, 100.0, 0)], 3.0, [0.0, 0.0], [500.0, 500.0]);
        assert!(placed[0].max[0] <= 477.0, "left side: {:?}", placed[0]);
        // Two markers on the same spot: the higher priority keeps "right".
        let placed = place_labels(
            &[cand(1, 100.0, 100.0, 0), cand(2, 100.0, 100.0, 5)],
            3.0,
            [0.0, 0.0],
            [500.0, 500.0],
        );
        assert_eq!(placed[0].id, 2, "priority first");
        assert!(
            placed[1].max[0] <= 97.0,
            "other one moves left: {:?}",
            placed[1]
        );
    }

    #[test]
    fn labels_go_around_obstacles_or_are_dropped() {
        // A legend right of the marker: the label goes to the left.
        let legend = ([104.0, 80.0], [300.0, 120.0]);
        let placed = place_labels_avoiding(
            &[cand(1, 100.0, 100.0, 0)],
            3.0,
            [0.0, 0.0],
            [500.0, 500.0],
            &[legend],
        );
        assert_eq!(placed.len(), 1, "placed");
        assert!(
            placed[0].max[0] <= 97.0,
            "left of the marker: {:?}",
            placed[0]
        );
        assert!(
            !rects_overlap(placed[0].min, placed[0].max, legend.0, legend.1),
            "clear of the legend"
        );
        // Covered on every side: dropped rather than drawn over it.
        let all = ([0.0, 0.0], [500.0, 500.0]);
        assert!(
            place_labels_avoiding(
                &[cand(1, 100.0, 100.0, 0)],
                3.0,
                [0.0, 0.0],
                [500.0, 500.0],
                &[all]
            )
            .is_empty()
        );
        // Without obstacles, the first choice (right) as before.
        let placed = place_labels_avoiding(
            &[cand(1, 100.0, 100.0, 0)],
            3.0,
            [0.0, 0.0],
            [500.0, 500.0],
            &[],
        );
        assert!(placed[0].min[0] > 100.0, "{:?}", placed[0]);
    }

    #[test]
    fn no_room_means_dropped() {
        let placed = place_labels(&[cand(1, 10.0, 10.0, 0)], 3.0, [0.0, 0.0], [20.0, 20.0]);
        assert!(placed.is_empty(), "label larger than the bounds");
        let bad = LabelCandidate {
            anchor: [f32::NAN, 0.0],
            ..cand(1, 0.0, 0.0, 0)
        };
        assert!(
            place_labels(&[bad], 3.0, [0.0, 0.0], [500.0, 500.0]).is_empty(),
            "NaN anchor"
        );
    }

    #[test]
    fn a_large_marker_pushes_its_own_label_off_and_keeps_others_off_it() {
        let big = LabelCandidate {
            radius: 20.0,
            ..cand(0, 100.0, 100.0, 5)
        };
        // A neighbour whose label would go right, over the big disc.
        let near = cand(1, 70.0, 100.0, 1);
        let placed = place_labels(&[big, near], 3.0, [0.0, 0.0], [400.0, 400.0]);
        let own = placed
            .iter()
            .find(|p| p.id == 0)
            .expect("the big one placed");
        assert!(own.min[0] >= 100.0 + 20.0, "right of the disc: {own:?}");
        for p in &placed {
            if p.id == 1 {
                assert!(
                    !disc_overlaps_rect([100.0, 100.0], 20.0, p.min, p.max),
                    "the neighbour's label keeps off the big disc: {p:?}"
                );
            }
        }
    }
}

/// The tests that were `src/geometry/measure.rs`'s unit tests.
mod measure {
    use heartland::geometry::coords::LonLat;
    use heartland::geometry::measure::*;

    #[test]
    fn scale_bar_values() {
        let (km, px) = nice_scale_bar(1.0, 180.0);
        assert!(
            (km - 100.0).abs() < 1e-9 && (px - 100.0).abs() < 1e-4,
            "{km} {px}"
        );
        let (km, px) = nice_scale_bar(3.0, 180.0);
        assert!(
            (km - 500.0).abs() < 1e-9 && (px - 166.666_67).abs() < 1e-3,
            "{km} {px}"
        );
        let (km, _) = nice_scale_bar(1.0, 100.0);
        assert!((km - 100.0).abs() < 1e-9, "exact power of ten fits: {km}");
        let (km, _) = nice_scale_bar(0.001, 150.0);
        assert!((km - 0.1).abs() < 1e-12, "metres: {km}");
        assert_eq!(nice_scale_bar(0.0, 180.0), (0.0, 0.0), "zero scale");
        assert_eq!(nice_scale_bar(f64::NAN, 180.0), (0.0, 0.0), "NaN scale");
        assert_eq!(nice_scale_bar(1.0, -5.0), (0.0, 0.0), "negative length");
    }

    #[test]
    fn geodesic_edge_cases() {
        assert!(geodesic_length_km(&[]).abs() < 1e-12, "empty");
        assert!(
            geodesic_length_km(&[LonLat::new(1.0, 2.0)]).abs() < 1e-12,
            "one point"
        );
        // One degree of longitude on the equator: 111.32 km on WGS 84.
        let d = geodesic_length_km(&[LonLat::new(0.0, 0.0), LonLat::new(1.0, 0.0)]);
        assert!((d - 111.319_49).abs() < 1e-3, "{d}");
        let with_nan = [
            LonLat::new(0.0, 0.0),
            LonLat::new(f64::NAN, 0.0),
            LonLat::new(1.0, 0.0),
        ];
        assert!(
            geodesic_length_km(&with_nan).abs() < 1e-12,
            "NaN pairs skipped"
        );
    }
}

/// The tests that were `src/geometry/mesh.rs`'s unit tests.
mod mesh {
    use geo::polygon;
    use geo::{LineString, Polygon};
    use heartland::geometry::mesh::*;

    #[test]
    fn square_with_hole_area() {
        let p = polygon!(
            exterior: [(x: 0., y: 0.), (x: 10., y: 0.), (x: 10., y: 10.), (x: 0., y: 10.)],
            interiors: [[(x: 2., y: 2.), (x: 4., y: 2.), (x: 4., y: 4.), (x: 2., y: 4.)]],
        );
        let mesh = triangulate_polygon(&p);
        assert!((mesh.area() - 96.0).abs() < 1e-6, "area {}", mesh.area());
        assert!(
            mesh.triangle_count() >= 8,
            "{} triangles",
            mesh.triangle_count()
        );
    }

    #[test]
    fn ring_area_sign_and_closing_point() {
        let ccw = [[0.0, 0.0], [2.0, 0.0], [2.0, 1.0], [0.0, 1.0]];
        assert!((ring_area(&ccw) - 2.0).abs() < 1e-12, "ccw positive");
        let mut closed = ccw.to_vec();
        closed.push([0.0, 0.0]);
        assert!(
            (ring_area(&closed) - 2.0).abs() < 1e-12,
            "closing point adds nothing"
        );
        let cw: Vec<[f32; 2]> = ccw.iter().rev().copied().collect();
        assert!((ring_area(&cw) + 2.0).abs() < 1e-12, "cw negative");
        assert!(ring_area(&ccw[..2]).abs() < 1e-12, "two points, no area");
    }

    #[test]
    fn degenerate_rings_give_empty_meshes() {
        let empty = Polygon::new(LineString(vec![]), vec![]);
        assert!(triangulate_polygon(&empty).is_empty(), "empty ring");
        let two = polygon![(x: 0., y: 0.), (x: 1., y: 1.)];
        assert!(triangulate_polygon(&two).is_empty(), "two points");
        let collinear = polygon![(x: 0., y: 0.), (x: 1., y: 1.), (x: 2., y: 2.), (x: 3., y: 3.)];
        assert!(triangulate_polygon(&collinear).is_empty(), "collinear");
        let nan = polygon![(x: f64::NAN, y: 0.), (x: 1., y: f64::NAN), (x: 2., y: 2.)];
        assert!(triangulate_polygon(&nan).is_empty(), "NaN");
        let repeated = polygon![(x: 0., y: 0.), (x: 0., y: 0.), (x: 5., y: 0.), (x: 5., y: 0.)];
        assert!(triangulate_polygon(&repeated).is_empty(), "repeated points");
    }

    #[test]
    fn degenerate_hole_is_dropped_not_fatal() {
        let p = polygon!(
            exterior: [(x: 0., y: 0.), (x: 10., y: 0.), (x: 10., y: 10.), (x: 0., y: 10.)],
            interiors: [[(x: 2., y: 2.), (x: f64::NAN, y: 2.), (x: 2., y: 2.)]],
        );
        let mesh = triangulate_polygon(&p);
        assert!((mesh.area() - 100.0).abs() < 1e-6, "area {}", mesh.area());
    }

    #[test]
    fn append_shifts_indices() {
        let a = triangulate_polygon(&polygon![(x: 0., y: 0.), (x: 1., y: 0.), (x: 0., y: 1.)]);
        let mut m = a.clone();
        m.append(&a);
        assert_eq!(m.vertices.len(), 2 * a.vertices.len(), "vertices doubled");
        assert!(
            m.indices[3..].iter().all(|&i| i >= 3),
            "second copy shifted"
        );
        assert!((m.area() - 1.0).abs() < 1e-9, "two half squares");
    }
}

/// The tests that were `src/geometry/pick.rs`'s unit tests.
mod pick {
    use heartland::geometry::coords::WorldXY;
    use heartland::geometry::pick::*;
    use heartland::geometry::world::ProjectedFeature;
    use heartland::geometry::{TriMesh, WorldRect};

    fn square(source_index: usize, x0: f32, y0: f32, side: f32) -> ProjectedFeature {
        let ring = vec![
            [x0, y0],
            [x0 + side, y0],
            [x0 + side, y0 + side],
            [x0, y0 + side],
        ];
        ProjectedFeature {
            source_index,
            fill: TriMesh {
                vertices: ring.clone(),
                indices: vec![0, 1, 2, 0, 2, 3],
            },
            rings: vec![ring],
            bbox: WorldRect::from_corners(
                WorldXY::new(f64::from(x0), f64::from(y0)),
                WorldXY::new(f64::from(x0 + side), f64::from(y0 + side)),
            ),
            label_point: WorldXY::new(0.0, 0.0),
        }
    }

    #[test]
    fn smallest_containing_feature_wins() {
        let features = vec![square(0, 0.0, 0.0, 100.0), square(1, 10.0, 10.0, 10.0)];
        let index = PickIndex::new(&features);
        assert_eq!(
            index.pick(&features, WorldXY::new(15.0, 15.0)),
            Some(1),
            "enclave"
        );
        assert_eq!(
            index.pick(&features, WorldXY::new(50.0, 50.0)),
            Some(0),
            "outer"
        );
        assert_eq!(
            index.pick(&features, WorldXY::new(150.0, 50.0)),
            None,
            "outside"
        );
        assert_eq!(
            index.pick(&features, WorldXY::new(f64::NAN, 1.0)),
            None,
            "NaN"
        );
    }

    #[test]
    fn holes_are_not_inside() {
        let mut f = square(0, 0.0, 0.0, 100.0);
        f.rings
            .push(vec![[40.0, 40.0], [40.0, 60.0], [60.0, 60.0], [60.0, 40.0]]);
        let features = vec![f];
        let index = PickIndex::new(&features);
        assert_eq!(
            index.pick(&features, WorldXY::new(50.0, 50.0)),
            None,
            "in the hole"
        );
        assert_eq!(
            index.pick(&features, WorldXY::new(20.0, 50.0)),
            Some(0),
            "in the ring"
        );
        assert_eq!(
            PickIndex::new(&[]).pick(&[], WorldXY::new(0.0, 0.0)),
            None,
            "empty index"
        );
    }
}

/// The tests that were `src/geometry/projection.rs`'s unit tests.
mod projection {
    use heartland::geometry::coords::LonLat;
    use heartland::geometry::projection::*;

    #[test]
    fn regional_origin_is_at_zero() {
        let p = Projection::regional()
            .project(LonLat::new(LCC_LON0_DEG, LCC_LAT0_DEG))
            .expect("origin projects");
        assert!(p.x.abs() < 1e-9 && p.y.abs() < 1e-9, "origin at {p:?}");
    }

    #[test]
    fn regional_scale_is_true_on_standard_parallel() {
        // Along a standard parallel, 1° of longitude is R·cos φ·π/180 km.
        let proj = Projection::regional();
        let a = proj.project(LonLat::new(60.0, 35.0)).expect("a");
        let b = proj.project(LonLat::new(60.01, 35.0)).expect("b");
        let expected = EARTH_RADIUS_KM * 35.0_f64.to_radians().cos() * 0.01_f64.to_radians();
        let got = (b.x - a.x).hypot(b.y - a.y);
        assert!((got / expected - 1.0).abs() < 1e-4, "{got} vs {expected}");
    }

    #[test]
    fn world_is_equal_area() {
        // Equal Earth: the whole map's area equals the sphere's, 4πR².
        let proj = Projection::world();
        let y_max = proj.project(LonLat::new(11.0, 90.0)).expect("pole").y;
        assert!(y_max > 8000.0 && y_max < 9000.0, "pole line at {y_max}");
        let x_eq = proj.project(LonLat::new(190.9999, 0.0)).expect("edge").x;
        assert!(
            x_eq > 17000.0 && x_eq < 17500.0,
            "equator half-width {x_eq}"
        );
    }
}

/// The tests that were `src/geometry/world.rs`'s unit tests.
mod world {
    use geo::{Coord, LineString, MultiLineString, MultiPolygon};
    use heartland::geometry::assets::GeoAssets;

    use geo::polygon;
    use heartland::geometry::LonLat;
    use heartland::geometry::assets::{CountryGeom, GeoLevel};
    use heartland::geometry::projection::Projection;
    use heartland::geometry::world::*;

    #[test]
    fn label_points_are_geos_interior_points_for_every_bundled_polygon() {
        use geo::{Contains as _, InteriorPoint as _};
        let geo = heartland::geometry::load_bundled_geo().expect("bundled geometry loads");
        let mut checked = 0;
        for level in &geo.levels {
            for polygon in level.countries.iter().flat_map(|c| c.shape.0.iter()) {
                let ours = scanline_interior_point(polygon).expect("every country has area");
                let theirs = polygon.interior_point().expect("geo finds one too");
                assert!(
                    (ours.x - theirs.x()).abs() < 1e-9 && (ours.y - theirs.y()).abs() < 1e-9,
                    "{ours:?} vs geo's {theirs:?}"
                );
                assert!(polygon.contains(&geo::Point::new(ours.x, ours.y)));
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked} polygons");
    }

    #[test]
    fn label_point_of_a_ring_with_a_hole_is_beside_the_hole() {
        // A 10×10 square with a 6×6 hole in the middle: the widest inside
        // stretch on the middle line is one of the 2-wide sides, not the hole.
        let square = polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0), (x: 0.0, y: 10.0)],
            interiors: [[(x: 2.0, y: 2.0), (x: 8.0, y: 2.0), (x: 8.0, y: 8.0), (x: 2.0, y: 8.0)]],
        );
        let p = scanline_interior_point(&square).expect("has area");
        assert!(p.x < 2.0 || p.x > 8.0, "{p:?} is in the hole");
        assert!((p.y - 5.0).abs() < 1e-9);
        // No area at all: nothing to label.
        let flat = polygon![(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 5.0, y: 0.0)];
        assert_eq!(scanline_interior_point(&flat), None);
    }

    fn assets_with(shapes: Vec<MultiPolygon<f64>>) -> GeoAssets {
        GeoAssets {
            levels: vec![GeoLevel {
                tolerance_deg: 0.0,
                countries: shapes
                    .into_iter()
                    .enumerate()
                    .map(|(i, shape)| CountryGeom {
                        code: format!("A{i:02}"),
                        name: String::new(),
                        shape,
                    })
                    .collect(),
                lakes: vec![],
                disputed: vec![],
                borders: MultiLineString(vec![LineString::from(vec![
                    (170.0, 60.0),
                    (179.0, 60.0),
                    (-179.0, 60.0),
                    (-170.0, 60.0),
                ])]),
                coastlines: MultiLineString(vec![]),
            }],
            disputed: vec![],
        }
    }

    #[test]
    fn window_clip_keeps_inside_and_drops_outside() {
        // Straddles the regional window's east edge (150°E).
        let straddle =
            polygon![(x: 140., y: 40.), (x: 160., y: 40.), (x: 160., y: 50.), (x: 140., y: 50.)];
        let outside =
            polygon![(x: -100., y: 40.), (x: -90., y: 40.), (x: -90., y: 50.), (x: -100., y: 50.)];
        let degenerate = polygon![(x: 50., y: 40.), (x: 51., y: 40.)];
        let assets = assets_with(vec![
            MultiPolygon(vec![straddle]),
            MultiPolygon(vec![outside]),
            MultiPolygon(vec![degenerate]),
        ]);
        let proj = Projection::regional();
        let world = build_projected(&assets, &proj, 0);
        assert_eq!(world.countries.len(), 1, "only the straddling one has area");
        let f = &world.countries[0];
        assert_eq!(f.source_index, 0, "source index kept");
        // The 150°E meridian leans: its southern end is the easternmost.
        let edge = proj
            .project(LonLat::new(150.0, 40.0))
            .expect("edge projects");
        assert!(
            (f.bbox.max.x - edge.x).abs() < 0.01,
            "cut at 150°E: {:?} vs {edge:?}",
            f.bbox
        );
        let inside = proj.project(LonLat::new(145.0, 45.0)).expect("inside");
        assert!(f.bbox.contains(inside), "keeps the inside");
        let ring_sum: f64 = f
            .rings
            .iter()
            .map(|r| heartland::geometry::ring_area(r))
            .sum();
        assert!(
            (ring_sum / f.fill.area() - 1.0).abs() < 1e-3,
            "{ring_sum} vs {}",
            f.fill.area()
        );
        assert!(
            build_projected(&assets, &proj, 7).countries.is_empty(),
            "no level 7"
        );
    }

    #[test]
    fn world_cut_splits_at_169_west() {
        // A box across the cut meridian (−169°): two pieces, far apart.
        let across = polygon![(x: -172., y: 60.), (x: -166., y: 60.), (x: -166., y: 64.), (x: -172., y: 64.)];
        let assets = assets_with(vec![MultiPolygon(vec![across])]);
        let proj = Projection::world();
        let world = build_projected(&assets, &proj, 0);
        let f = &world.countries[0];
        assert_eq!(f.rings.len(), 2, "split in two");
        let xs: Vec<f32> = f.rings.iter().map(|r| r[0][0]).collect();
        assert!(
            xs.iter().any(|&x| x < -10000.0) && xs.iter().any(|&x| x > 10000.0),
            "{xs:?}"
        );
        // A line crossing 180° (jumping from 179° to −179°) is unwrapped:
        // one piece, on the east side, not smeared across the map.
        assert_eq!(world.borders.len(), 1, "one piece");
        assert!(world.borders[0].iter().all(|p| p[0] > 5000.0), "east side");
    }

    #[test]
    fn rings_across_the_antimeridian_are_unwrapped() {
        // Like Natural Earth's Chukotka: 179° → −180° … −175° → 179°.
        let across = polygon![(x: 178., y: 64.), (x: -180., y: 64.), (x: -175., y: 64.), (x: -175., y: 68.), (x: 180., y: 68.), (x: 178., y: 68.)];
        let ring = unwrap_ring(&across.exterior().0).expect("closes");
        assert!(
            ring.iter().all(|c| c.x >= 178.0 && c.x <= 185.0),
            "continuous: {ring:?}"
        );
        // A ring round the south pole (Antarctica: its jump is the closing
        // edge along the pole line) is left alone.
        let pole = polygon![(x: -180., y: -70.), (x: 0., y: -65.), (x: 180., y: -70.), (x: 180., y: -90.), (x: -180., y: -90.)];
        assert!(unwrap_ring(&pole.exterior().0).is_none(), "round the pole");
        let jumpy = [
            Coord { x: 170.0, y: -70.0 },
            Coord {
                x: -170.0,
                y: -70.0,
            },
            Coord {
                x: -170.0,
                y: -80.0,
            },
        ];
        assert!(unwrap_ring(&jumpy).is_some(), "net zero turns: unwrapped");
        let round = [
            Coord { x: 0.0, y: -70.0 },
            Coord { x: 120.0, y: -70.0 },
            Coord {
                x: -120.0,
                y: -70.0,
            },
            Coord { x: 0.0, y: -70.0 },
        ];
        assert!(unwrap_ring(&round).is_none(), "goes round the pole");

        let assets = assets_with(vec![MultiPolygon(vec![across])]);
        let world = build_projected(&assets, &Projection::world(), 0);
        let f = &world.countries[0];
        assert_eq!(f.rings.len(), 1, "one piece");
        assert!(f.bbox.min.x > 10000.0, "east edge of the map: {:?}", f.bbox);
        assert!(f.bbox.width() < 1000.0, "no smear: {:?}", f.bbox);
    }

    #[test]
    fn segment_clip() {
        let w = Window {
            lon: (0.0, 10.0),
            lat: (0.0, 10.0),
        };
        let (p, q) =
            clip_segment(Coord { x: -5.0, y: 5.0 }, Coord { x: 5.0, y: 5.0 }, &w).expect("hits");
        assert!(
            (p.x - 0.0).abs() < 1e-12 && (q.x - 5.0).abs() < 1e-12,
            "{p:?} {q:?}"
        );
        assert!(
            clip_segment(Coord { x: -5.0, y: 5.0 }, Coord { x: -1.0, y: 5.0 }, &w).is_none(),
            "outside"
        );
        let pieces = clip_line(
            &[
                Coord { x: 1.0, y: 1.0 },
                Coord { x: 1.0, y: 20.0 },
                Coord { x: 2.0, y: 20.0 },
                Coord { x: 2.0, y: 1.0 },
            ],
            0.0,
            &w,
        );
        assert_eq!(pieces.len(), 2, "leaves and re-enters: {pieces:?}");
    }
}
