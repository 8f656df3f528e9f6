//! The renderer: rasteriser, vector figures, SVG, motion, figure text (formerly
//! unit tests in src/render and src/figure).

/// The tests that were `src/figure/text.rs`'s unit tests.
mod text {
    use heartland::figure::ApproxMeasure;
    use heartland::figure::Measure;
    use heartland::figure::text::*;
    use heartland::model::Date;
    use heartland::shown::Shown;
    use heartland::state::{MembershipSet, State};

    #[test]
    fn dates_read_as_people_write_them() {
        let d = |s: &str| Date::parse(s).expect("date");
        assert_eq!(human_date(&d("2022-03-02")), "2 March 2022");
        assert_eq!(human_date(&d("2014-03")), "March 2014");
        assert_eq!(human_date(&d("2008")), "2008");
    }

    #[test]
    fn wrapping_keeps_every_word_within_the_width() {
        let mut m = ApproxMeasure;
        let text = "Heartland 0.1 · data as of 2025-01-01 · sources: a-very-long-source-id-without-spaces, b, c";
        let lines = wrap_text(&mut m, text, 10.0, 120.0);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(m.width(line, 10.0) <= 120.0, "{line:?} is too wide");
        }
        let joined: String = lines.concat();
        assert_eq!(
            joined.replace(' ', ""),
            text.replace(' ', ""),
            "no character lost"
        );
        let clamped = clamp_lines(&mut m, lines, 10.0, 120.0, 2);
        assert_eq!(clamped.len(), 2);
        assert!(clamped[1].ends_with('…'), "{clamped:?}");
    }

    /// The wrapping as it was first written: one word at a time, each try
    /// measured. `wrap_text` must give the same lines with fewer measures.
    fn wrap_one_word_at_a_time(
        measure: &mut dyn Measure,
        text: &str,
        size: f32,
        max_width: f32,
    ) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if measure.width(&candidate, size) <= max_width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if measure.width(word, size) <= max_width {
                    line = word.to_owned();
                    continue;
                }
                for c in word.chars() {
                    let mut next = line.clone();
                    next.push(c);
                    if !line.is_empty() && measure.width(&next, size) > max_width {
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    } else {
                        line = next;
                    }
                }
            }
            lines.push(line);
        }
        lines
    }

    /// Characters of different widths, and pairs that kern (as a real
    /// font's do), counting how much text it measured.
    #[derive(Default)]
    struct Kerning {
        measured_chars: usize,
    }

    impl Measure for Kerning {
        fn width(&mut self, text: &str, size: f32) -> f32 {
            self.measured_chars += text.chars().count();
            let mut width = 0.0;
            let mut previous = None;
            for c in text.chars() {
                width += match c {
                    ' ' => 0.3,
                    'i' | 'l' | '.' | ',' => 0.25,
                    'm' | 'w' | 'M' | 'W' => 0.85,
                    c if c.is_uppercase() => 0.7,
                    _ => 0.55,
                } * size;
                if matches!(
                    (previous, c),
                    (Some('A'), 'V') | (Some('T'), 'o') | (Some('r'), ',')
                ) {
                    width -= 0.1 * size;
                }
                previous = Some(c);
            }
            width
        }

        fn line_height(&mut self, size: f32) -> f32 {
            size * 1.25
        }
    }

    proptest::proptest! {
        #[test]
        fn wrapping_gives_the_lines_of_one_word_at_a_time(
            words in proptest::collection::vec("[a-zA-Z.,]{0,14}|AV|To|r,|Wm{3,30}|\n", 0..60),
            max_width in 5.0f32..400.0,
            max_lines in 0usize..6,
        ) {
            let text = words.join(" ");
            let mut m = Kerning::default();
            let expected = wrap_one_word_at_a_time(&mut m, &text, 10.0, max_width);
            let lines = wrap_text(&mut m, &text, 10.0, max_width);
            proptest::prop_assert_eq!(&lines, &expected);
            let mut a = ApproxMeasure;
            proptest::prop_assert_eq!(
                wrap_text(&mut a, &text, 10.0, max_width),
                wrap_one_word_at_a_time(&mut a, &text, 10.0, max_width)
            );
            // Stopped early: the same first lines, and more of them than
            // kept whenever there were more.
            let some = heartland::figure::wrap_text_lines(&mut m, &text, 10.0, max_width, max_lines);
            let kept = max_lines.min(expected.len());
            proptest::prop_assert_eq!(&some[..kept], &expected[..kept]);
            proptest::prop_assert_eq!(some.len() > max_lines, expected.len() > max_lines);
        }
    }

    #[test]
    fn egui_fonts_wrap_as_one_word_at_a_time_does() {
        // The figure's measure lays a paragraph's words out together to
        // guess; the lines must still be those of one word at a time.
        let ctx = egui::Context::default();
        drop(ctx.run_ui(egui::RawInput::default(), |_| {}));
        let mut m = heartland::render::figure::FontMeasure { ctx: &ctx };
        let sources = (0..45)
            .map(|i| format!("source-{i:02}-record,"))
            .collect::<Vec<_>>()
            .join(" ");
        let texts = [
            format!("Heartland 0.1.0 · data as of 30 November 2026 · sources: {sources}"),
            "Отношения · коридоры, 2024 —  Қазақстан, Өзбекстан  және Түркіменстан AVATAR To, r,"
                .to_owned(),
            "Relations (width = strength)\nOil pipeline   Gas pipeline Ulaanbaatar".to_owned(),
            "a-very-long-source-id-without-spaces-that-is-wider-than-any-line-here x".to_owned(),
        ];
        for text in &texts {
            for size in [9.0, 11.0, 20.0] {
                for max_width in [15.0, 60.0, 123.5, 300.0, 1576.0] {
                    assert_eq!(
                        wrap_text(&mut m, text, size, max_width),
                        wrap_one_word_at_a_time(&mut m, text, size, max_width),
                        "{text:?} at {size} pt in {max_width}"
                    );
                }
            }
        }
        // The words' widths together are those of each word alone (up to
        // kerning with a space, a fraction of a point).
        let words = ["Heartland", "Қазақстан", "AVATAR", "r,", "pipeline"];
        let together = m.word_widths(&words, 11.0);
        assert_eq!(together.len(), words.len());
        for (word, width) in words.iter().zip(together) {
            let alone = m.width(word, 11.0);
            assert!(
                (alone - width).abs() < 0.5,
                "{word}: {width} together, {alone} alone"
            );
        }
    }

    #[test]
    fn a_long_line_is_measured_a_few_times_not_once_per_word() {
        // A citation with 60 sources: wrapping it one word at a time
        // measured every line once per word it holds.
        let text = (0..60)
            .map(|i| format!("source-{i:02},"))
            .collect::<Vec<_>>()
            .join(" ");
        let mut old = Kerning::default();
        let expected = wrap_one_word_at_a_time(&mut old, &text, 11.0, 1576.0);
        let mut new = Kerning::default();
        assert_eq!(wrap_text(&mut new, &text, 11.0, 1576.0), expected);
        assert!(expected.len() >= 2, "{expected:?}");
        assert!(
            new.measured_chars * 4 < old.measured_chars,
            "measured {} characters, one word at a time {}",
            new.measured_chars,
            old.measured_chars
        );
    }

    #[test]
    fn titles_name_what_is_shown_and_when() {
        let dataset = heartland::data::load_bundled().dataset;
        let mut state = State {
            year: 2024,
            ..State::default()
        };
        let shown = Shown::compute(&dataset, &state);
        assert_eq!(title(&dataset, &state, &shown), "Countries, 2024");

        state.layers.memberships = true;
        state.organizations = ["csto", "eaeu"]
            .into_iter()
            .filter_map(|s| heartland::model::OrgId::try_from(s).ok())
            .collect();
        let shown = Shown::compute(&dataset, &state);
        assert_eq!(
            title(&dataset, &state, &shown),
            "CSTO and EAEU members, 2024"
        );
        state.membership_set = MembershipSet::Intersection;
        let shown = Shown::compute(&dataset, &state);
        assert_eq!(
            title(&dataset, &state, &shown),
            "Members of both CSTO and EAEU, 2024"
        );

        let mut state = State {
            year: 2022,
            ..State::default()
        };
        state.layers.stances = true;
        state.layers.relations = true;
        state.stance = heartland::model::StanceId::try_from("unga-es-11-1").ok();
        let shown = Shown::compute(&dataset, &state);
        let t = title(&dataset, &state, &shown);
        assert!(t.contains("ES-11/1"), "{t}");
        assert!(t.contains("2 March 2022"), "the stance's date: {t}");
        assert!(t.ends_with("relations, 2022"), "the year: {t}");
    }
}

/// The tests that were `src/render/mod.rs`'s unit tests.
mod render {
    use std::sync::Arc;

    use heartland::render::*;
    use heartland::state::State;

    #[test]
    fn sizes_parse_and_explain() {
        assert_eq!(parse_size("1600x1000"), Ok([1600, 1000]));
        assert_eq!(parse_size("800X600"), Ok([800, 600]));
        let err = parse_size("1600-1000").unwrap_err();
        assert!(err.contains("1600x1000"), "{err}");
        let err = parse_size("axb").unwrap_err();
        assert!(err.contains("width"), "{err}");
    }

    #[test]
    fn the_level_decoded_for_a_view_is_the_level_it_draws() {
        // Every preset and a set camera, at sizes and scales from a thumbnail
        // to a 4K slide: the level `render_bundled_to_file` decodes once the
        // figure is laid out is the one the map draws with every level at
        // hand.
        let geo = Arc::new(heartland::geometry::load_bundled_geo().expect("bundled geometry"));
        let dataset = heartland::data::load_bundled().dataset;
        let mut states: Vec<State> = heartland::state::Preset::ALL
            .into_iter()
            .map(|preset| {
                let mut state = State::default();
                state.set_preset(preset);
                state
            })
            .collect();
        for zoom in [0.3, 1.0, 2.5, 9.0] {
            let mut state = State::default();
            state.camera = heartland::state::Camera {
                center: [45.0, 41.0],
                zoom,
            };
            state.preset = None;
            state.fit_preset_pending = false;
            states.push(state);
        }
        for state in &states {
            for (size_px, scale) in [
                ([320, 200], 1.0),
                ([1600, 1000], 1.0),
                ([1600, 1000], 0.5),
                ([3840, 2160], export_scale([3840, 2160])),
            ] {
                let mut renderer = Renderer::new(Arc::clone(&geo));
                let (_, mut textures, _) =
                    renderer.figure_frame(&dataset, state, size_px, scale, None, Framing::View);
                textures.clear();
                let (list, mut textures) =
                    renderer.figure_layout(&dataset, state, size_px, scale, None, Framing::View);
                textures.clear();
                let needed = level_for(&renderer.scene, state, map_rect_of(&list), scale);
                assert_eq!(
                    vec![(state.projection, needed)],
                    renderer.scene.built_levels(),
                    "{:?} {:?} at {size_px:?} ×{scale}",
                    state.preset,
                    state.camera
                );
            }
        }
    }
}

/// The tests that were `src/render/motion.rs`'s unit tests.
mod motion {
    use heartland::figure::LegendEntry;

    use heartland::render::motion::*;

    #[test]
    fn years_parse_as_ranges_and_lists_and_explain_mistakes() {
        assert_eq!(parse_years("1991..1994"), Ok(vec![1991, 1992, 1993, 1994]));
        assert_eq!(parse_years("2000–2001"), Ok(vec![2000, 2001]));
        assert_eq!(parse_years("1995, 2005,2015"), Ok(vec![1995, 2005, 2015]));
        assert_eq!(parse_years("2020"), Ok(vec![2020]));
        let e = parse_years("2024..1991").unwrap_err();
        assert!(
            e.contains("--years 1991..2024") && e.contains("backwards"),
            "{e}"
        );
        let e = parse_years("abc").unwrap_err();
        assert!(e.contains("--years abc") && e.contains("1991..2024"), "{e}");
        let e = parse_years("2005,2005").unwrap_err();
        assert!(e.contains("twice"), "{e}");
        let e = check_years(&[1950, 2000], (1991, 2026)).unwrap_err();
        assert!(e.contains("1950") && e.contains("1991–2026"), "{e}");
        assert!(check_years(&[1991, 2026], (1991, 2026)).is_ok());
    }

    #[test]
    fn grids_parse_and_must_match_the_years() {
        assert_eq!(parse_grid("2x2"), Ok([2, 2]));
        assert_eq!(parse_grid("3X1"), Ok([3, 1]));
        for bad in ["0x2", "2", "2x", "7x1", "axb"] {
            let e = parse_grid(bad).unwrap_err();
            assert!(
                e.contains(&format!("--grid {bad}")) && e.contains("2x2"),
                "{e}"
            );
        }
        assert!(check_grid([2, 2], 4).is_ok());
        let e = check_grid([2, 2], 3).unwrap_err();
        assert!(e.contains("4 panels") && e.contains("3 years"), "{e}");
        let e = check_grid([2, 2], 5).unwrap_err();
        assert!(e.contains("5 years"), "{e}");
    }

    #[test]
    fn flat_fills_keep_their_exact_colour_and_the_palette_fits_a_gif() {
        // A two-colour image with a gradient band of 1000 shades across it.
        let mut rgba = Vec::new();
        for y in 0..100u32 {
            for x in 0..1000u32 {
                let px = if y < 40 {
                    [200, 100, 50, 255]
                } else if y < 80 {
                    [201, 100, 50, 255]
                } else {
                    [(x % 256) as u8, (x / 4) as u8, 7, 255]
                };
                rgba.extend_from_slice(&px);
            }
        }
        let (palette, indices) = quantize(&rgba);
        assert!(palette.len() <= 256 * 3 && palette.len() % 3 == 0);
        assert_eq!(indices.len(), 100_000);
        let colour = |i: usize| {
            let p = usize::from(indices[i]) * 3;
            [palette[p], palette[p + 1], palette[p + 2]]
        };
        // Two fills one step apart stay two exact colours.
        assert_eq!(colour(0), [200, 100, 50]);
        assert_eq!(colour(40 * 1000 + 5), [201, 100, 50]);
        // Every pixel of a fill has one index: no dithering.
        assert!(indices[..40_000].iter().all(|&i| i == indices[0]));
    }

    #[test]
    fn a_grid_title_spans_the_years() {
        assert_eq!(
            grid_title("CSTO members, 1995", 1995, &[1995, 2005, 2025]),
            "CSTO members, 1995–2025"
        );
        assert_eq!(
            grid_title("X: stances", 2022, &[2014, 2022]),
            "X: stances · 2014–2022"
        );
    }

    #[test]
    fn a_merged_legend_lists_each_entry_once_in_order() {
        let t = |s: &str| LegendEntry::Text(s.to_owned());
        let title = |s: &str| LegendEntry::Title(s.to_owned());
        let sample = |c: u8, s: &str| {
            LegendEntry::Sample(
                heartland::figure::Swatch::Fill(heartland::figure::Rgba([c, 0, 0, 255])),
                s.to_owned(),
            )
        };
        let merged = merged_legend(&[
            vec![
                title("a"),
                title("c"),
                t("all"),
                t("6 shaded"),
                sample(1, "x"),
            ],
            vec![
                title("a"),
                title("b"),
                title("c"),
                title("d"),
                t("all"),
                sample(2, "x"),
            ],
        ]);
        assert_eq!(
            merged,
            vec![
                title("a"),
                title("b"),
                title("c"),
                title("d"),
                t("all"),
                sample(1, "x")
            ]
        );
    }
}

/// The tests that were `src/render/raster.rs`'s unit tests.
mod raster {
    use egui::{Color32, TextureFilter, TextureOptions, TextureWrapMode};
    use heartland::render::raster::*;

    #[test]
    fn edge_span_matches_point_test() {
        // Brute-force the span of every row against direct evaluation.
        let edge = Edge::new(
            [3 * SUBPIXEL + 17, 2 * SUBPIXEL],
            [9 * SUBPIXEL, 11 * SUBPIXEL + 5],
        );
        for y in -2..15 {
            let (mut x0, mut x1) = (-5_i64, 20_i64);
            edge.clip_span(y, &mut x0, &mut x1);
            for x in -5..=20 {
                let inside = edge.a * x + edge.b * y + edge.c >= 0;
                assert_eq!(inside, (x0..=x1).contains(&x), "x={x} y={y}");
            }
        }
    }

    #[test]
    fn edge_stepped_row_by_row_gives_the_spans_of_the_point_test() {
        // Edges of every direction (steep, shallow, flat, vertical, both
        // signs), far from and near the origin, stepped from a row above
        // the image down past it: each row's span is the one worked out
        // directly (and the one the point test gives).
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |range: i64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            i64::try_from(seed % u64::try_from(2 * range + 1).unwrap_or(1)).unwrap_or(0) - range
        };
        let mut edges = vec![
            Edge::new([0, 5 * SUBPIXEL], [40 * SUBPIXEL, 5 * SUBPIXEL]),
            Edge::new([40 * SUBPIXEL, 5 * SUBPIXEL], [0, 5 * SUBPIXEL]),
            Edge::new([7 * SUBPIXEL + 3, 0], [7 * SUBPIXEL + 3, 30 * SUBPIXEL]),
            Edge::new([7 * SUBPIXEL + 3, 30 * SUBPIXEL], [7 * SUBPIXEL + 3, 0]),
        ];
        for _ in 0..400 {
            let scale = if next(1) > 0 {
                40 * SUBPIXEL
            } else {
                3000 * SUBPIXEL
            };
            let from = [next(scale), next(scale)];
            let to = [next(scale), next(scale)];
            if from != to {
                edges.push(Edge::new(from, to));
            }
        }
        for edge in edges {
            let y0 = next(50);
            let mut rows = edge.rows_from(y0);
            for y in y0..y0 + 60 {
                let (mut x0, mut x1) = (-3000_i64, 3000_i64);
                edge.clip_span(y, &mut x0, &mut x1);
                let (mut s0, mut s1) = (-3000_i64, 3000_i64);
                rows.clip_next(&mut s0, &mut s1);
                assert_eq!((s0, s1), (x0, x1), "row {y}");
                for x in [x0 - 1, x0, x1, x1 + 1] {
                    if (-3000..=3000).contains(&x) {
                        let inside = edge.a * x + edge.b * y + edge.c >= 0;
                        assert_eq!(inside, (x0..=x1).contains(&x), "x={x} y={y}");
                    }
                }
            }
        }
    }

    #[test]
    fn shared_edge_belongs_to_exactly_one_triangle() {
        // Both directions of the same edge: a pixel centre exactly on it is
        // inside exactly one of them (the triangles lie on opposite sides).
        let (p, q) = (
            [SUBPIXEL / 2, 0],
            [4 * SUBPIXEL + SUBPIXEL / 2, 8 * SUBPIXEL],
        );
        let (forward, backward) = (Edge::new(p, q), Edge::new(q, p));
        let eval = |e: Edge, x: i64, y: i64| e.a * x + e.b * y + e.c >= 0;
        // Pixel (2, 4) has its centre (2.5, 4.5) on the line.
        assert!(
            eval(forward, 2, 4) != eval(backward, 2, 4),
            "on-edge pixel owned once"
        );
        // Horizontal edge too.
        let (p, q) = ([0, SUBPIXEL / 2], [8 * SUBPIXEL, SUBPIXEL / 2]);
        assert!(
            eval(Edge::new(p, q), 3, 0) != eval(Edge::new(q, p), 3, 0),
            "horizontal on-edge pixel owned once"
        );
    }

    #[test]
    fn scissor_rounds_like_egui_wgpu() {
        let clip = egui::Rect::from_min_max(egui::pos2(0.3, 0.7), egui::pos2(10.4, 10.6));
        let s = PixelRect::scissor(clip, 2.0, [100, 100]).expect("non-empty");
        assert_eq!((s.x0, s.y0, s.x1, s.y1), (1, 1, 21, 21), "2×, rounded");
        let off = egui::Rect::from_min_max(egui::pos2(-50.0, -50.0), egui::pos2(-1.0, -1.0));
        assert!(
            PixelRect::scissor(off, 1.0, [100, 100]).is_none(),
            "off-screen is empty"
        );
        let nan = egui::Rect::from_min_max(egui::pos2(f32::NAN, 0.0), egui::pos2(5.0, 5.0));
        let s = PixelRect::scissor(nan, 1.0, [100, 100]).expect("NaN min clamps to 0");
        assert_eq!(s.x0, 0, "NaN → 0 like a saturating cast");
    }

    #[test]
    fn bands_of_picks_the_bands_rows_touch() {
        // 10 bands of BAND_ROWS rows.
        let b = BAND_ROWS as i64;
        assert_eq!(bands_of(0, b, 10), 0..1, "rows of band 0 only");
        assert_eq!(bands_of(0, b + 1, 10), 0..2, "one row into band 1");
        assert_eq!(bands_of(b - 1, 3 * b, 10), 0..3, "bands 0, 1, 2");
        assert_eq!(
            bands_of(5 * b, 100 * b, 10),
            5..10,
            "clamped to the last band"
        );
        assert_eq!(bands_of(0, 1, 0), 0..0, "no bands, none");
    }

    /// A rasteriser with a white 1×1 texture as texture 0 (what untextured
    /// meshes sample).
    fn white_rasterizer() -> Rasterizer {
        let mut raster = Rasterizer::new();
        let mut delta = egui::TexturesDelta::default();
        delta.set.insert(
            egui::TextureId::default(),
            [egui::epaint::ImageDelta::full(
                egui::ColorImage::new([1, 1], vec![Color32::WHITE]),
                TextureOptions::LINEAR,
            )]
            .into_iter()
            .collect(),
        );
        raster.apply_textures(&delta);
        delta.clear();
        raster
    }

    #[test]
    fn finished_rows_arrive_once_in_order_and_are_the_image() {
        // Big enough to be drawn on several threads (when there are
        // cores): every band reaches the caller once, top to bottom, as
        // it ends up in the image.
        let mut mesh = egui::Mesh::default();
        mesh.add_colored_rect(
            egui::Rect::from_min_max(egui::pos2(10.0, 5.0), egui::pos2(390.0, 290.0)),
            Color32::from_rgba_premultiplied(100, 20, 0, 128),
        );
        mesh.add_colored_rect(
            egui::Rect::from_min_max(egui::pos2(50.5, 40.25), egui::pos2(200.0, 250.0)),
            Color32::from_rgb(0, 90, 200),
        );
        let primitives = [egui::ClippedPrimitive {
            clip_rect: egui::Rect::EVERYTHING,
            primitive: egui::epaint::Primitive::Mesh(mesh),
        }];
        let raster = white_rasterizer();
        let (width, height) = (400_u32, 300_u32);
        let mut arrived: Vec<u8> = Vec::new();
        let mut calls = 0;
        let image = raster.render_rows(
            &primitives,
            1.0,
            [width, height],
            Color32::from_rgb(240, 240, 230),
            |rows| {
                calls += 1;
                assert_eq!(rows.len() % width as usize, 0, "whole rows");
                arrived.extend_from_slice(rows.as_flattened());
            },
        );
        assert_eq!(
            calls,
            (height as usize).div_ceil(BAND_ROWS),
            "one call a band"
        );
        assert!(
            arrived == image.as_raw().as_slice(),
            "the rows, in order, are the image"
        );
        assert_eq!(
            image.get_pixel(100, 100).0,
            [0, 90, 200, 255],
            "opaque on top"
        );
        assert_eq!(
            image.get_pixel(5, 5).0,
            [240, 240, 230, 255],
            "the clear colour"
        );
        let again = raster.render(
            &primitives,
            1.0,
            [width, height],
            Color32::from_rgb(240, 240, 230),
        );
        assert!(again == image, "render and render_rows draw the same image");
        let clear = Color32::from_rgb(240, 240, 230);
        let on_cleared = raster.render_rows_on(
            Canvas::cleared([width, height], clear),
            &primitives,
            1.0,
            |_| {},
        );
        assert!(
            on_cleared == image,
            "a canvas cleared beforehand: the same image"
        );
    }

    #[test]
    fn many_triangles_binned_in_parts_are_drawn_in_their_order() {
        // 40,000 translucent triangles over each other: enough to be binned
        // in parts on several threads (when there are cores). Over each
        // other, their order shows in every pixel: the image must be the
        // one drawn on one thread, binned whole. An image under 64k pixels
        // is drawn that way, and draws the same rows as the top of a
        // larger one.
        let mut mesh = egui::Mesh::default();
        let mut seed = 7_u32;
        let mut next = |range: f32| {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (seed >> 8) as f32 / (1 << 24) as f32 * range
        };
        for i in 0..40_000_u32 {
            let (x, y) = (next(400.0), next(150.0));
            let color = Color32::from_rgba_premultiplied(
                (i % 97) as u8,
                (i % 89) as u8,
                (i % 83) as u8,
                100,
            );
            let first = mesh.vertices.len() as u32;
            for (dx, dy) in [(0.0, 0.0), (next(30.0), next(8.0)), (next(8.0), next(30.0))] {
                mesh.colored_vertex(egui::pos2(x + dx, y + dy), color);
            }
            mesh.add_triangle(first, first + 1, first + 2);
        }
        let primitives = [egui::ClippedPrimitive {
            clip_rect: egui::Rect::EVERYTHING,
            primitive: egui::epaint::Primitive::Mesh(mesh),
        }];
        let raster = white_rasterizer();
        let clear = Color32::from_rgb(240, 240, 230);
        let tall = raster.render(&primitives, 1.0, [400, 300], clear);
        let short = raster.render(&primitives, 1.0, [400, 150], clear);
        let rows = 400 * 150 * 4;
        assert!(
            tall.as_raw()[..rows] == short.as_raw()[..],
            "the same rows whether binned in parts or whole"
        );
        assert_ne!(
            short.get_pixel(200, 75).0,
            [240, 240, 230, 255],
            "triangles were drawn"
        );
    }

    #[test]
    fn bilinear_white_uv_reads_corner_texel_only() {
        let mut texels = vec![Color32::BLACK; 16];
        texels[0] = Color32::WHITE;
        let texture = Texture {
            width: 4,
            height: 4,
            texels,
            options: TextureOptions::LINEAR,
        };
        assert!(
            texture
                .sample(0.0, 0.0, TextureFilter::Linear)
                .iter()
                .all(|v| (v - 1.0).abs() < 1e-6),
            "WHITE_UV samples only texel (0, 0)"
        );
        let half = texture.sample(0.25, 0.125, TextureFilter::Linear);
        assert!(
            (half[0] - 0.5).abs() < 1e-6,
            "halfway between texel 0 and 1: {half:?}"
        );
    }

    /// Bilinear sampling as it was written before `Texture::sample` spelt
    /// its per-channel steps out (with `array::map` and `from_fn`).
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_precision_loss,
        reason = "as the sampler: saturating casts, small textures"
    )]
    fn bilinear_reference(t: &Texture, u: f32, v: f32) -> [f32; 4] {
        let (w, h) = (t.width as f32, t.height as f32);
        let (fx, fy) = (u * w - 0.5, v * h - 0.5);
        let (tx, ty) = (fx - fx.floor(), fy - fy.floor());
        let (ix, iy) = (fx.floor() as i64, fy.floor() as i64);
        let x0 = t.wrap(ix, t.width);
        let x1 = t.wrap(ix.saturating_add(1), t.width);
        let y0 = t.wrap(iy, t.height);
        let y1 = t.wrap(iy.saturating_add(1), t.height);
        let corners = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)]
            .map(|(x, y)| t.texels.get(y * t.width + x).copied());
        if corners
            .iter()
            .all(|c| c.is_none_or(|c| c == Color32::TRANSPARENT))
            && tx.is_finite()
            && ty.is_finite()
        {
            return [0.0; 4];
        }
        let unit = |c: Color32| c.to_array().map(|c| f32::from(c) / 255.0);
        let [a, b, c, d] = corners.map(|c| c.map_or([0.0; 4], unit));
        std::array::from_fn(|i| {
            let top = a[i] + (b[i] - a[i]) * tx;
            let bottom = c[i] + (d[i] - c[i]) * tx;
            top + (bottom - top) * ty
        })
    }

    #[test]
    fn bilinear_samples_are_those_of_the_channel_by_channel_sampler() {
        let mut state = 0x2545_F491_u32;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        let texels: Vec<Color32> = (0..7 * 5)
            .map(|i| {
                if i % 4 == 0 {
                    Color32::TRANSPARENT
                } else {
                    let [r, g, b, a] = next().to_le_bytes();
                    Color32::from_rgba_premultiplied(r.min(a), g.min(a), b.min(a), a)
                }
            })
            .collect();
        for wrap_mode in [TextureWrapMode::ClampToEdge, TextureWrapMode::Repeat] {
            let texture = Texture {
                width: 7,
                height: 5,
                texels: texels.clone(),
                options: TextureOptions {
                    wrap_mode,
                    ..TextureOptions::LINEAR
                },
            };
            for k in 0..2000_u32 {
                let u = (k % 53) as f32 / 37.0 - 0.2;
                let v = (k / 53) as f32 / 29.0 - 0.1;
                let got = texture.sample(u, v, TextureFilter::Linear);
                let expected = bilinear_reference(&texture, u, v);
                assert!(
                    got.map(f32::to_bits) == expected.map(f32::to_bits),
                    "({u}, {v}): {got:?} against {expected:?}"
                );
            }
            let nan = texture.sample(f32::NAN, 0.5, TextureFilter::Linear);
            let expected = bilinear_reference(&texture, f32::NAN, 0.5);
            assert!(
                nan.map(f32::to_bits) == expected.map(f32::to_bits),
                "NaN: {nan:?} against {expected:?}"
            );
        }
    }

    #[test]
    fn wrap_modes() {
        let texture = |wrap_mode| Texture {
            width: 3,
            height: 1,
            texels: vec![Color32::BLACK; 3],
            options: TextureOptions {
                wrap_mode,
                ..TextureOptions::LINEAR
            },
        };
        let clamp = texture(TextureWrapMode::ClampToEdge);
        let repeat = texture(TextureWrapMode::Repeat);
        let mirror = texture(TextureWrapMode::MirroredRepeat);
        let all = |t: &Texture| [-4, -1, 0, 2, 3, 5, 6].map(|i| t.wrap(i, 3));
        assert_eq!(all(&clamp), [0, 0, 0, 2, 2, 2, 2], "clamp");
        assert_eq!(all(&repeat), [2, 2, 0, 2, 0, 2, 0], "repeat");
        assert_eq!(all(&mirror), [2, 0, 0, 2, 2, 0, 0], "mirrored repeat");
        assert_eq!(clamp.wrap(i64::MIN, 3), 0, "extreme index clamps");
    }

    /// The blend one channel at a time with an explicit clamp, as it was
    /// written before [`blend`] worked on the four lanes at once.
    fn blend_reference(dst: [u8; 4], src: [f32; 4]) -> [u8; 4] {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "clamped to 0..=255 first"
        )]
        let round = |v: f32| (v + 0.5).clamp(0.0, 255.0) as u8;
        let keep = 1.0 - src[3] / 255.0;
        let mut out = dst;
        for c in 0..3 {
            out[c] = round(src[c] + f32::from(dst[c]) * keep);
        }
        let dst_alpha = f32::from(dst[3]);
        out[3] = round(src[3] * (1.0 - dst_alpha / 255.0) + dst_alpha);
        out
    }

    /// Sources: translucent, opaque, fractional (text and feathered edges),
    /// out of range and NaN (a non-finite texture coordinate).
    const SOURCES: [[f32; 4]; 8] = [
        [50.0, 20.0, 10.0, 128.0],
        [0.0, 90.0, 200.0, 255.0],
        [12.37, 0.49, 100.5, 127.5],
        [0.0, 0.0, 0.0, 0.25],
        [254.6, 254.5, 0.5, 254.9],
        [300.0, -3.0, 255.0, 200.0],
        [f32::NAN, 10.0, 10.0, 10.0],
        [10.0, 10.0, 10.0, f32::NAN],
    ];

    #[test]
    fn blend_rounds_every_byte_as_the_channel_by_channel_blend() {
        for src in SOURCES {
            for d in 0..=255_u8 {
                let e = d.wrapping_mul(37);
                for dst in [[d, e, 255 - d, d], [e, d, d, 255], [d, d, d, e]] {
                    let mut got = dst;
                    blend(&mut got, src);
                    assert_eq!(got, blend_reference(dst, src), "{dst:?} under {src:?}");
                }
            }
        }
        assert_eq!(to_u8(f32::NAN), 0, "NaN → 0");
        assert_eq!(to_u8(-7.0), 0, "below 0 → 0");
        assert_eq!(to_u8(254.5), 255, "rounds half up");
        assert_eq!(to_u8(1e9), 255, "above 255 → 255");
    }

    #[test]
    fn a_span_blend_gives_each_pixels_own_blend() {
        // Runs of equal pixels (a plain background), single pixels and a
        // pixel equal to one two places back (not reused: not the last).
        let a = [240, 240, 230, 255];
        let b = [0, 90, 200, 255];
        let c = [10, 20, 30, 128];
        let mut span = vec![a; 5];
        span.extend([b, a, b, b, c, a, a, c, [0; 4], [0; 4]]);
        for src in SOURCES {
            let mut got = span.clone();
            blend_span(&mut got, src);
            let expected: Vec<[u8; 4]> = span.iter().map(|&d| blend_reference(d, src)).collect();
            assert_eq!(got, expected, "under {src:?}");
        }
        blend_span(&mut [], SOURCES[0]);
    }

    #[test]
    fn unpremultiply_roundtrips_opaque_and_half() {
        assert_eq!(
            unpremultiply([10, 20, 30, 255]),
            [10, 20, 30, 255],
            "opaque unchanged"
        );
        assert_eq!(
            unpremultiply([64, 0, 128, 128]),
            [128, 0, 255, 128],
            "half alpha"
        );
        assert_eq!(unpremultiply([9, 9, 9, 0]), [0; 4], "zero alpha");
    }
}

/// The tests that were `src/render/svg.rs`'s unit tests.
mod svg {
    use heartland::render::svg::*;

    #[test]
    fn numbers_are_short_and_text_is_escaped() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(f32::NAN), "0");
        assert_eq!(escape("A & B <\"c\">"), "A &amp; B &lt;&quot;c&quot;&gt;");
        assert_eq!(escape("a\u{1}b"), "ab");
    }
}

/// The tests that were `src/render/vector.rs`'s unit tests.
mod vector {
    use egui::{Rect, pos2};

    use heartland::render::vector::*;

    #[test]
    fn a_ring_is_clipped_to_the_box() {
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0));
        // A square from (-5, -5) to (5, 5): the quarter inside is kept.
        let ring = [[-5.0, -5.0], [5.0, -5.0], [5.0, 5.0], [-5.0, 5.0]];
        let clipped = clip_ring(&ring, r);
        assert!(
            clipped
                .iter()
                .all(|p| (0.0..=10.0).contains(&p[0]) && (0.0..=10.0).contains(&p[1])),
            "{clipped:?}"
        );
        let area: f32 = clipped
            .iter()
            .zip(clipped.iter().cycle().skip(1))
            .map(|(a, b)| a[0] * b[1] - b[0] * a[1])
            .sum::<f32>()
            .abs()
            / 2.0;
        assert!((area - 25.0).abs() < 1e-3, "area {area}");
        // Wholly outside: nothing.
        let away = [[20.0, 20.0], [30.0, 20.0], [30.0, 30.0]];
        assert!(clip_ring(&away, r).len() < 3, "outside");
    }

    #[test]
    fn a_polyline_keeps_the_segments_that_cross_the_box() {
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0));
        let line = [
            pos2(-20.0, 5.0),
            pos2(-10.0, 5.0),
            pos2(5.0, 5.0),
            pos2(20.0, 5.0),
            pos2(30.0, 5.0),
        ];
        let runs = clip_polyline(&line, r);
        assert_eq!(runs, vec![vec![[-10.0, 5.0], [5.0, 5.0], [20.0, 5.0]]]);
    }
}

/// `render::png_rows`: the PNG encoded while the image is drawn.
mod png_rows {
    #![allow(clippy::expect_used, reason = "a failed expectation is a failed test")]
    use heartland::render::png_rows::PngRows;

    /// The bytes of the one-shot encoder `render::write_png` uses.
    fn one_shot(image: &image::RgbaImage) -> Vec<u8> {
        heartland::render::encode_png(image).expect("encoded")
    }

    /// A picture-like image: flat areas, edges, a gradient.
    fn picture(width: u32, height: u32) -> image::RgbaImage {
        image::RgbaImage::from_fn(width, height, |x, y| {
            let band = if (x / 37 + y / 23) % 3 == 0 { 200 } else { 40 };
            image::Rgba([band, (x % 256) as u8, (y * 3 % 256) as u8, 255])
        })
    }

    /// Push `image`'s rows in chunks of `rows_at_once` rows.
    fn pushed(image: &image::RgbaImage, rows_at_once: usize) -> PngRows {
        let pixels: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
        let mut png = PngRows::new(image.width(), image.height());
        for rows in pixels.chunks(rows_at_once * image.width() as usize) {
            png.push(rows);
        }
        png
    }

    #[test]
    fn the_bytes_are_the_one_shot_encoders_however_the_rows_come() {
        let image = picture(333, 70);
        let expected = one_shot(&image);
        for rows_at_once in [1, 16, 70] {
            let bytes = pushed(&image, rows_at_once).finish().expect("compressed");
            assert!(
                bytes == expected,
                "{rows_at_once} rows at a time: the same file"
            );
        }
        let decoded = image::load_from_memory(&expected)
            .expect("a PNG")
            .to_rgba8();
        assert!(decoded == image, "and it decodes to the image");
    }

    #[test]
    fn missing_rows_or_compression_that_does_not_pay_leave_it_to_the_one_shot_encoder() {
        let image = picture(64, 40);
        let pixels: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
        let mut short = PngRows::new(64, 40);
        short.push(&pixels[..64 * 39]);
        assert!(short.finish().is_none(), "a row missing: no file");
        // Noise does not compress: the one-shot encoder stores the rows
        // then, and so the caller must use it.
        let mut state = 0x9E37_79B9_u32;
        let noise = image::RgbaImage::from_fn(64, 40, |_, _| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            image::Rgba(state.to_le_bytes())
        });
        assert!(
            pushed(&noise, 16).finish().is_none(),
            "stored, not compressed"
        );
        assert!(
            image::load_from_memory(&one_shot(&noise))
                .expect("a PNG")
                .to_rgba8()
                == noise,
            "the one-shot encoder stores it"
        );
    }
}

/// The stroke meshes of a headless map: built on another thread while the
/// rest is painted, put in places kept for them.
mod strokes_later {
    #![allow(clippy::expect_used, reason = "a failed expectation is a failed test")]
    use std::sync::Arc;

    use egui::epaint::{ClippedPrimitive, Mesh, Primitive};
    use egui::{Color32, Rect, pos2, vec2};
    use heartland::layers::mesh::{add_large_mesh, reserve_large_mesh};

    /// A square mesh of one colour.
    fn square(at: egui::Pos2, color: Color32) -> Arc<Mesh> {
        let mut mesh = Mesh::default();
        mesh.add_colored_rect(Rect::from_min_size(at, vec2(20.0, 20.0)), color);
        Arc::new(mesh)
    }

    /// One pass painting a rectangle, three large meshes (the middle one
    /// empty) with a circle between them and after, tessellated: the
    /// meshes added at once, or their places kept and filled at the end.
    fn painted(later: bool) -> Vec<(Rect, Mesh)> {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(200.0, 100.0))),
            ..egui::RawInput::default()
        };
        let meshes = [
            square(pos2(10.0, 10.0), Color32::RED),
            Arc::new(Mesh::default()),
            square(pos2(60.0, 10.0), Color32::BLUE),
        ];
        let mut output = ctx.run_ui(input, |ui| {
            let painter = ui.painter();
            painter.rect_filled(
                Rect::from_min_size(pos2(0.0, 0.0), vec2(50.0, 50.0)),
                0.0,
                Color32::GRAY,
            );
            let mut places = Vec::new();
            for (k, mesh) in meshes.iter().enumerate() {
                if later {
                    places.push(reserve_large_mesh(painter, k + 2));
                } else {
                    add_large_mesh(painter, Arc::clone(mesh), k + 2);
                }
                painter.circle_filled(pos2(100.0, 50.0), 5.0 + k as f32, Color32::GREEN);
            }
            painter.circle_filled(pos2(150.0, 50.0), 9.0, Color32::YELLOW);
            for (place, mesh) in places.into_iter().zip(&meshes) {
                place.fill(Arc::clone(mesh));
            }
        });
        // The font atlas is not drawn here.
        output.textures_delta.clear();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        let meshes: Vec<(Rect, Mesh)> = primitives
            .into_iter()
            .filter_map(
                |ClippedPrimitive {
                     clip_rect,
                     primitive,
                 }| match primitive {
                    Primitive::Mesh(mesh) => Some((clip_rect, mesh)),
                    Primitive::Callback(_) => None,
                },
            )
            .collect();
        meshes
    }

    #[test]
    fn a_mesh_put_in_its_kept_place_draws_as_if_added_then() {
        let now = painted(false);
        let later = painted(true);
        assert!(now.len() >= 4, "draw calls of their own: {}", now.len());
        assert!(later == now, "the same draw calls, in the same order");
    }

    #[test]
    fn a_figure_whose_strokes_were_built_beside_it_is_the_one_built_in_line() {
        use heartland::render::{Renderer, export_scale};
        let dataset = heartland::data::load_bundled().dataset;
        let geo = Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
        for (preset, theme, size) in [
            (
                heartland::state::Preset::Region,
                heartland::state::Theme::Light,
                [900, 600],
            ),
            (
                heartland::state::Preset::SouthCaucasus,
                heartland::state::Theme::Dark,
                [641, 403],
            ),
        ] {
            let mut state = heartland::state::State::default();
            state.set_preset(preset);
            state.theme = theme;
            state.layers.relations = true;
            state.layers.corridors = true;
            let scale = export_scale(size);
            let mut renderer = Renderer::new(Arc::clone(&geo));
            // The first figure builds the strokes (on another thread); the
            // second finds them built and adds them at once.
            let first = renderer
                .render_with(&dataset, &state, size, scale, None)
                .expect("rendered");
            assert_eq!(renderer.map_cache().stroke_rebuilds(), 1, "{preset:?}");
            let second = renderer
                .render_with(&dataset, &state, size, scale, None)
                .expect("rendered");
            assert_eq!(
                renderer.map_cache().stroke_rebuilds(),
                1,
                "{preset:?}: built once"
            );
            assert!(first == second, "{preset:?}: the same image");
        }
    }

    /// The draw calls of a window's map (interactive) in each of `frames`
    /// passes of one context, with the stroke rebuilds counted after each.
    fn window_map_frames(
        state: &heartland::state::State,
        frames: usize,
    ) -> Vec<(Vec<(Rect, Mesh)>, u64)> {
        use heartland::map::{MapArgs, MapCache, map_ui};
        let loaded = heartland::data::load_bundled();
        let geo = Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
        let shown = heartland::shown::Shown::compute(&loaded.dataset, state);
        let ctx = egui::Context::default();
        let mut scene = heartland::scene::Scene::new(geo);
        let mut cache = MapCache::default();
        (0..frames)
            .map(|_| {
                let input = egui::RawInput {
                    screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(900.0, 620.0))),
                    ..egui::RawInput::default()
                };
                let mut output = ctx.run_ui(input, |ui| {
                    let args = MapArgs {
                        state,
                        dataset: &loaded.dataset,
                        shown: &shown,
                        shown_generation: 1,
                        interactive: true,
                        data_generation: 0,
                        ocean_is_background: false,
                        in_figure: false,
                    };
                    drop(map_ui(ui, &args, &mut scene, &mut cache));
                });
                output.textures_delta.clear();
                let meshes = ctx
                    .tessellate(output.shapes, output.pixels_per_point)
                    .into_iter()
                    .filter_map(|p| match p.primitive {
                        Primitive::Mesh(mesh) => Some((p.clip_rect, mesh)),
                        Primitive::Callback(_) => None,
                    })
                    .collect();
                (meshes, cache.stroke_rebuilds())
            })
            .collect()
    }

    #[test]
    fn a_windows_first_strokes_built_beside_its_first_frame_draw_as_the_next_frames() {
        // The window's first frame builds its strokes on another thread (the
        // launch waits for that frame); the next frames find them built and
        // add them at once. Both must draw the same: the same meshes, in the
        // same places among the map's other shapes.
        for theme in [
            heartland::state::Theme::Light,
            heartland::state::Theme::Dark,
        ] {
            let mut state = heartland::state::State {
                theme,
                ..heartland::state::State::default()
            };
            state.layers.relations = true;
            state.layers.corridors = true;
            let frames = window_map_frames(&state, 3);
            let rebuilds: Vec<u64> = frames.iter().map(|(_, r)| *r).collect();
            assert_eq!(
                rebuilds,
                [1, 1, 1],
                "{theme:?}: built once, at the first frame"
            );
            let (first, _) = &frames[0];
            assert!(
                first.iter().filter(|(_, m)| m.indices.len() > 3000).count() >= 3,
                "{theme:?}: the large stroke meshes are drawn: {:?}",
                first
                    .iter()
                    .map(|(_, m)| m.indices.len() / 3)
                    .collect::<Vec<_>>()
            );
            for (i, (later, _)) in frames.iter().enumerate().skip(1) {
                assert!(
                    later == first,
                    "{theme:?}: frame {} draws as the first",
                    i + 1
                );
            }
        }
    }
}

/// Figures draw text unhinted; the window keeps egui's hinting.
mod hinting {
    use heartland::state::Theme;
    use heartland::style::apply_style;

    fn hinting(ctx: &egui::Context) -> [bool; 2] {
        [egui::Theme::Light, egui::Theme::Dark]
            .map(|theme| ctx.style_of(theme).visuals.text_options.font_hinting)
    }

    #[test]
    fn the_window_style_keeps_hinting_and_a_figure_context_keeps_it_off() {
        // The window's context: egui's default, hinted, in both themes and
        // after switching between them.
        let window = egui::Context::default();
        for theme in [Theme::Light, Theme::Dark, Theme::Light] {
            apply_style(&window, theme);
            assert_eq!(hinting(&window), [true, true], "{theme:?}");
        }
        // A context that turned hinting off (as the figure renderer does)
        // keeps it off when the style is applied, in either theme.
        let figure = egui::Context::default();
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            figure.style_mut_of(theme, |s| s.visuals.text_options.font_hinting = false);
        }
        for theme in [Theme::Dark, Theme::Light, Theme::Dark] {
            apply_style(&figure, theme);
            assert_eq!(hinting(&figure), [false, false], "{theme:?}");
        }
    }
}
