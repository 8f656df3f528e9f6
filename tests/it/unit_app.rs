//! The window state, the scene, the transform, the style and the panels'
//! helpers (formerly unit tests in src/).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "the helpers of these tests may panic: a failed test"
)]

/// The tests that were `src/app/dialogs.rs`'s unit tests.
mod dialogs {
    use std::path::PathBuf;

    use heartland::app::dialogs::*;

    #[test]
    fn scripted_dialogs_answer_in_order_and_record_the_questions() {
        let mut dialogs = ScriptedDialogs::new([DialogAnswer::Chosen(vec!["/tmp/a".into()])]);
        let request = DialogRequest::new(DialogKind::SaveFile, "Save").file_name("view.json");
        assert_eq!(dialogs.ask(&request).path(), Some(&PathBuf::from("/tmp/a")));
        assert_eq!(dialogs.ask(&request), DialogAnswer::Cancelled);
        assert_eq!(dialogs.asked.len(), 2);
        assert_eq!(dialogs.asked[0].file_name.as_deref(), Some("view.json"));
        assert_eq!(NoDialogs.ask(&request), DialogAnswer::Unavailable);
    }
}

/// The tests that were `src/panels/edit_forms.rs`'s unit tests.
mod edit_forms {
    use heartland::panels::edit_forms::*;

    #[test]
    fn a_score_out_of_range_is_refused_under_its_field() {
        let loaded = heartland::data::load_bundled();
        let ds = loaded.dataset;
        let r = &ds.relations[0];
        let from = r.series[0].period.from;
        let Some(Form::Period {
            relation,
            evidence,
            source,
            to,
            ..
        }) = Form::period(r, from)
        else {
            panic!("a period form");
        };
        let form = |score: &str| Form::Period {
            relation,
            from,
            score: score.to_owned(),
            evidence: evidence.clone(),
            source: source.clone(),
            to: to.clone(),
        };
        let (edits, refusals) = form("1.5").edits(&ds);
        assert!(edits.is_empty());
        assert_eq!(refusals.len(), 1, "{refusals:?}");
        assert_eq!(refusals[0].field, "score");
        let (edits, refusals) = form("0.25").edits(&ds);
        assert!(refusals.is_empty(), "{refusals:?}");
        assert_eq!(edits.len(), 1);
        let bad_number = form("high");
        let (_, refusals) = bad_number.edits(&ds);
        assert_eq!(refusals[0].field, "score");
        assert!(refusals[0].message.contains("not a number"));
    }
}

/// The tests that were `src/panels/numbers.rs`'s unit tests.
mod numbers {
    use heartland::i18n::{Locale, set_locale};
    use heartland::panels::numbers::*;

    #[test]
    fn russian_writes_a_decimal_comma_and_both_read_back() {
        set_locale(Locale::Russian);
        assert_eq!(format(0.5, 3..=3), "0,500");
        assert_eq!(format(0.25, 0..=3), "0,25");
        assert_eq!(format(12.0, 0..=1), "12");
        set_locale(Locale::English);
        assert_eq!(format(0.5, 3..=3), "0.500");
        assert_eq!(parse("0,5"), Some(0.5));
        assert_eq!(parse(" 0.5 "), Some(0.5));
        assert_eq!(parse("-0,25"), Some(-0.25));
        assert_eq!(parse("abc"), None);
    }
}

/// The tests that were `src/scene.rs`'s unit tests.
mod scene {
    use std::sync::Arc;

    use heartland::geometry::{GeoAssets, ProjectionKind};

    use heartland::geometry::load_bundled_geo;
    use heartland::scene::*;

    fn geo() -> Arc<GeoAssets> {
        Arc::new(load_bundled_geo().expect("bundled geometry"))
    }

    #[test]
    fn without_prefetching_only_what_is_asked_is_built() {
        let mut scene = Scene::new(geo());
        scene.prefetch(ProjectionKind::Regional, 0);
        assert!(scene.built_levels().is_empty());
        scene.level_at(ProjectionKind::Regional, 1);
        assert_eq!(scene.built_levels(), vec![(ProjectionKind::Regional, 1)]);
    }

    #[test]
    fn prefetched_levels_are_every_level_and_equal_levels_built_when_drawn() {
        let geo = geo();
        let n = geo.levels.len();
        let mut ahead = Scene::new(Arc::clone(&geo));
        ahead.set_prefetch(true);
        ahead.prefetch(ProjectionKind::Regional, 1);
        // Asked again while the thread runs: nothing is built twice.
        ahead.prefetch(ProjectionKind::Regional, 1);
        assert!(ahead.prefetches.len() <= 1, "one thread builds ahead");
        // The projection asked for, then the world's coarsest level.
        let expected: Vec<LevelKey> = vec![
            (ProjectionKind::Regional, 1),
            (ProjectionKind::Regional, 0),
            (ProjectionKind::Regional, 2),
            (ProjectionKind::World, 2),
            (ProjectionKind::World, 1),
        ];
        assert_eq!(n, 3, "the bundled geometry has three levels");
        if let Some(p) = ahead.prefetches.first() {
            assert_eq!(p.order, expected);
        }
        // Asking for a level being built waits for it: the same geometry as
        // a level built when drawn, whatever the threads' timing.
        ahead.prefetch(ProjectionKind::World, n - 1);
        let mut drawn = Scene::new(geo);
        for key in [
            (ProjectionKind::World, n - 1),
            (ProjectionKind::Regional, 0),
        ] {
            let a = ahead.level_at(key.0, key.1);
            let b = drawn.level_at(key.0, key.1);
            assert_eq!(a.world, b.world, "{key:?}");
            assert_eq!(a.codes, b.codes, "{key:?}");
        }
        ahead.finish_prefetching();
        assert!(
            ahead.prefetches.is_empty(),
            "the thread's work is all taken"
        );
        // A level that came from the thread equals one built when drawn.
        assert_eq!(
            ahead.levels[&(ProjectionKind::Regional, 2)].world,
            drawn.level_at(ProjectionKind::Regional, 2).world
        );
        let every: Vec<LevelKey> = ProjectionKind::ALL
            .into_iter()
            .flat_map(|kind| (0..n).map(move |index| (kind, index)))
            .collect();
        assert_eq!(ahead.built_levels(), every);
    }
}

/// The tests that were `src/state.rs`'s unit tests.
mod state {
    use heartland::model::StanceId;
    use heartland::state::*;

    #[test]
    fn empty_view_changes_nothing() {
        let view = View::from_json(b"{}", "v.json").unwrap();
        let mut state = State::default();
        let before = state.clone();
        state.apply_view(&view);
        assert_eq!(state, before, "an empty view keeps every default");
    }

    #[test]
    fn view_round_trips_through_json() {
        let mut state = State::default();
        state.set_preset(Preset::SouthCaucasus);
        state.year = 2008;
        state.theme = Theme::Dark;
        let json = state.to_view().to_json_pretty();
        let back = View::from_json(json.as_bytes(), "v.json").unwrap();
        let mut restored = State::default();
        restored.apply_view(&back);
        assert_eq!(restored.year, 2008, "year survives");
        assert_eq!(restored.theme, Theme::Dark, "theme survives");
        assert_eq!(
            restored.preset,
            Some(Preset::SouthCaucasus),
            "preset survives"
        );
        assert_eq!(restored.camera, state.camera, "camera survives");
    }

    #[test]
    fn unknown_key_names_file_and_key() {
        let e =
            View::from_json(br#"{ "preset": "caspian", "zooom": 2 }"#, "my.view.json").unwrap_err();
        assert_eq!(e.file, "my.view.json", "file named");
        assert!(e.reason.contains("zooom"), "key named: {e}");
    }

    #[test]
    fn nested_unknown_key_gives_path() {
        let e = View::from_json(
            br#"{ "camera": { "center": [60, 40], "zom": 2 } }"#,
            "v.json",
        )
        .unwrap_err();
        assert!(e.location.starts_with("camera"), "path: {e}");
        assert!(e.reason.contains("zom"), "key: {e}");
    }

    #[test]
    fn bad_values_are_rejected() {
        let cases: [(&[u8], &str); 6] = [
            (br#"{ "preset": "mars" }"#, "preset"),
            (
                br#"{ "camera": { "center": [200, 40], "zoom": 1 } }"#,
                "camera.center[0]",
            ),
            (
                br#"{ "camera": { "center": [60, 40], "zoom": 0 } }"#,
                "camera.zoom",
            ),
            (br#"{ "theme": "neon" }"#, "theme"),
            (br#"{ "year": 99999 }"#, "year"),
            (br#"{ "format": 7 }"#, "format"),
        ];
        for (json, key) in cases {
            let e = View::from_json(json, "v.json").unwrap_err();
            assert_eq!(
                e.location,
                key,
                "wrong location for {}: {e}",
                String::from_utf8_lossy(json)
            );
        }
    }

    #[test]
    fn fill_and_statuses_make_a_view_format_2_only_when_they_differ() {
        let mut state = State::default();
        state.layers.stances = true;
        state.stance = Some(StanceId::try_from("unga-62-243").unwrap());
        state.fill = FillLayer::Stance;
        let view = state.to_view();
        assert_eq!(view.format, Some(1), "the fill format 1 meant");
        assert_eq!(view.fill, None, "no format-2 key in a format-1 file");
        state.fill = FillLayer::Memberships;
        let view = state.to_view();
        assert_eq!(view.format, Some(2), "a fill format 1 could not say");
        assert_eq!(view.fill, Some(FillLayer::Memberships));
        let mut back = State::default();
        back.apply_view(&View::from_json(view.to_json_pretty().as_bytes(), "v.json").unwrap());
        assert_eq!(back.fill, FillLayer::Memberships, "fill survives");
        state.fill = FillLayer::Stance;
        state.statuses.suspended = true;
        let json = state.to_view().to_json_pretty();
        assert!(json.contains("\"format\": 2"), "{json}");
        let mut back = State::default();
        back.apply_view(&View::from_json(json.as_bytes(), "v.json").unwrap());
        assert!(back.statuses.suspended, "statuses survive");
    }

    #[test]
    fn a_format_1_view_keeps_its_meaning() {
        let view = View::from_json(
            br#"{ "format": 1, "layers": { "stances": true, "memberships": true },
                  "stance": "unga-62-243", "organizations": ["csto"] }"#,
            "old.view.json",
        )
        .unwrap();
        let mut state = State::default();
        state.apply_view(&view);
        assert_eq!(
            state.fill,
            FillLayer::Stance,
            "the stance filled in format 1"
        );
        assert_eq!(state.statuses, Counted::default(), "members only");
        let e = View::from_json(br#"{ "format": 3 }"#, "new.view.json").unwrap_err();
        assert!(e.reason.contains("newer Heartland"), "{e}");
    }

    #[test]
    fn switching_a_layer_on_gives_it_the_fill() {
        let mut state = State::default();
        let before = state.clone();
        state.layers.stances = true;
        state.stance = Some(StanceId::try_from("unga-62-243").unwrap());
        state.follow_fill(&before);
        assert_eq!(state.fill, FillLayer::Stance);
        let before = state.clone();
        state.analysis.communities = true;
        state.follow_fill(&before);
        assert_eq!(state.fill, FillLayer::Communities);
        let before = state.clone();
        state.analysis.communities = false;
        state.follow_fill(&before);
        assert_eq!(state.fill, FillLayer::Stance, "back to what is on");
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = View::from_json(b"{\n  \"year\": 2017,\n", "v.json").unwrap_err();
        assert!(e.location.starts_with("line "), "line given: {e}");
    }

    #[test]
    fn bom_is_accepted() {
        let view = View::from_json(b"\xEF\xBB\xBF{ \"year\": 2010 }", "v.json").unwrap();
        assert_eq!(view.year, Some(2010), "BOM skipped");
    }
}

/// The tests that were `src/style.rs`'s unit tests.
mod style {
    use egui::Color32;
    use heartland::model::{CorridorStatus, SegmentMode};
    use heartland::state::Theme;
    use heartland::style::*;

    #[test]
    fn score_scale_runs_red_to_grey_to_blue() {
        let hostile = score_color(-1.0);
        let neutral = score_color(0.0);
        let allied = score_color(1.0);
        assert!(hostile.r() > hostile.b(), "hostile is red: {hostile:?}");
        assert!(allied.b() > allied.r(), "allied is blue: {allied:?}");
        assert_eq!(neutral, Color32::from_rgb(0x99, 0x99, 0x99));
        assert_eq!(score_color(f64::NAN), neutral);
        assert_eq!(score_color(7.0), allied, "clamped");
        // Monotone in blue along the positive half.
        assert!(score_color(0.3).b() >= score_color(0.0).b());
        assert!(score_width(0.9) > score_width(0.1));
        assert!(score_width(-0.9) > score_width(0.1), "width by |score|");
    }

    #[test]
    fn statuses_are_distinct() {
        let styles: Vec<_> = [
            Some(CorridorStatus::Operational),
            Some(CorridorStatus::UnderConstruction),
            Some(CorridorStatus::Proposed),
            Some(CorridorStatus::Suspended),
            Some(CorridorStatus::Abandoned),
        ]
        .into_iter()
        .map(status_style)
        .collect();
        for (i, a) in styles.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    fn contrast(a: Color32, b: Color32) -> f64 {
        contrast_ratio(a, b)
    }

    #[test]
    fn every_corridor_mode_stands_out_on_its_theme() {
        use heartland::palette::Palette;
        for theme in [Theme::Light, Theme::Dark] {
            let p = Palette::of(theme);
            // What a corridor line can lie on: land, water, its own casing.
            let [r, g, b, _] = p.halo.to_srgba_unmultiplied();
            let halo = Color32::from_rgb(r, g, b);
            let grounds = [p.land_core, p.land_neighbour, p.land_other, p.ocean, halo];
            for mode in SegmentMode::ALL {
                let line = mode_color(mode, theme);
                for ground in grounds {
                    let ratio = contrast(line, ground);
                    assert!(
                        ratio >= 3.0,
                        "{mode:?} in {theme:?}: {line:?} on {ground:?} is only {ratio:.2}:1"
                    );
                }
            }
        }
    }
}

/// The tests that were `src/transform.rs`'s unit tests.
mod transform {
    use egui::{Pos2, Rect, pos2};
    use heartland::geometry::WorldXY;
    use heartland::transform::*;

    #[test]
    fn screen_and_world_invert_each_other() {
        let t = MapTransform {
            center_world: WorldXY { x: 100.0, y: -50.0 },
            km_per_point: 3.5,
            rect: Rect::from_min_size(pos2(10.0, 20.0), egui::vec2(800.0, 600.0)),
        };
        let w = WorldXY { x: 432.0, y: 97.0 };
        let s = t.screen_from_world(w);
        let back = t.world_from_screen(s);
        assert!(
            (back.x - w.x).abs() < 1e-2 && (back.y - w.y).abs() < 1e-2,
            "{back:?}"
        );
        let s32 = t.screen_from_world_f32([w.x as f32, w.y as f32]);
        assert!(
            (s32 - s).length() < 1e-3,
            "f32 path agrees: {s32:?} vs {s:?}"
        );
    }

    #[test]
    fn north_is_up() {
        let t = MapTransform {
            center_world: WorldXY { x: 0.0, y: 0.0 },
            km_per_point: 1.0,
            rect: Rect::from_min_size(Pos2::ZERO, egui::vec2(100.0, 100.0)),
        };
        let north = t.screen_from_world(WorldXY { x: 0.0, y: 10.0 });
        assert!(north.y < 50.0, "a point north of the centre is above it");
    }
}
