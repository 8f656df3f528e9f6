//! `heartland render` and the view file, run as a user would: the real
//! binary, no display.
#![allow(
    clippy::expect_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::path::Path;

use crate::fixtures::heartland;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("temp file is writable");
    path.display().to_string()
}

#[test]
fn render_without_a_display_writes_a_png_of_the_requested_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("map.png");
    let out_s = out.display().to_string();
    let result = heartland(&["render", "--out", &out_s, "--size", "640x400"]);
    assert!(
        result.status.success(),
        "render failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let image = image::open(&out).expect("a readable PNG").to_rgba8();
    assert_eq!(image.dimensions(), (640, 400));
    // A map, not a blank canvas: many distinct colours.
    let mut colours: Vec<[u8; 4]> = image.pixels().map(|p| p.0).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(colours.len() > 50, "only {} colours", colours.len());
}

#[test]
fn render_applies_a_view_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = write(
        dir.path(),
        "dark.view.json",
        r#"{ "format": 1, "preset": "south-caucasus", "theme": "dark", "selection": { "country": "GEO" } }"#,
    );
    let light_out = dir.path().join("light.png");
    let dark_out = dir.path().join("dark.png");
    let light = heartland(&[
        "render",
        "--out",
        &light_out.display().to_string(),
        "--size",
        "320x200",
    ]);
    let dark = heartland(&[
        "render",
        "--out",
        &dark_out.display().to_string(),
        "--size",
        "320x200",
        "--view",
        &view,
    ]);
    assert!(light.status.success() && dark.status.success());
    let mean = |p: &Path| {
        let img = image::open(p).expect("png").to_luma8();
        img.pixels().map(|p| f64::from(p.0[0])).sum::<f64>() / f64::from(img.width() * img.height())
    };
    assert!(
        mean(&dark_out) + 40.0 < mean(&light_out),
        "the dark theme should be darker: {} vs {}",
        mean(&dark_out),
        mean(&light_out)
    );
}

#[test]
fn a_view_with_an_unknown_key_fails_naming_the_file_and_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = write(
        dir.path(),
        "typo.view.json",
        r#"{ "format": 1, "presett": "caspian" }"#,
    );
    let out = dir.path().join("x.png");
    let result = heartland(&[
        "render",
        "--out",
        &out.display().to_string(),
        "--view",
        &view,
    ]);
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("typo.view.json"), "{stderr}");
    assert!(stderr.contains("presett"), "{stderr}");
    assert!(!out.exists(), "no PNG may be written for a bad view");
}

#[test]
fn a_view_with_a_bad_value_fails_naming_the_file_key_and_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("x.png");
    for (name, text, key) in [
        ("theme.view.json", r#"{ "theme": "purple" }"#, "theme"),
        (
            "zoom.view.json",
            r#"{ "camera": { "center": [60.0, 43.0], "zoom": -2 } }"#,
            "zoom",
        ),
        ("preset.view.json", r#"{ "preset": "atlantis" }"#, "preset"),
        (
            "country.view.json",
            r#"{ "selection": { "country": "QQQ" } }"#,
            "country",
        ),
    ] {
        let view = write(dir.path(), name, text);
        let result = heartland(&[
            "render",
            "--out",
            &out.display().to_string(),
            "--view",
            &view,
        ]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(!result.status.success(), "{name} should fail");
        assert!(stderr.contains(name), "{name}: {stderr}");
        assert!(stderr.contains(key), "{name}: {stderr}");
    }
}

#[test]
fn bad_sizes_are_usage_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("x.png").display().to_string();
    let result = heartland(&["render", "--out", &out, "--size", "wide"]);
    assert_eq!(result.status.code(), Some(2));
    let result = heartland(&["render", "--out", &out, "--size", "100000x10"]);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("100000x10"));
}

fn png_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| {
                    e.expect("dir entry")
                        .file_name()
                        .to_string_lossy()
                        .into_owned()
                })
                .filter(|n| n.ends_with(".png"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn render_tour_writes_one_png_per_step_of_the_requested_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("slides");
    let tour = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/tours/csto-moscow-astana.tour.json"
    );
    let result = heartland(&[
        "render",
        "--tour",
        tour,
        "--out",
        &out.display().to_string(),
        "--size",
        "480x300",
    ]);
    assert!(
        result.status.success(),
        "render --tour failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let text = std::fs::read_to_string(tour).expect("tour readable");
    let parsed = heartland::tour::Tour::from_json(text.as_bytes(), "t").expect("bundled tour");
    let expected: Vec<String> = parsed
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| heartland::tour::slide_file_name(i, &s.title))
        .collect();
    assert_eq!(png_names(&out), expected, "one PNG per step, in order");
    assert_eq!(expected[0], "01-the-collective-security-treaty.png");
    let mut first: Option<image::RgbaImage> = None;
    for name in &expected {
        let image = image::open(out.join(name))
            .expect("a readable PNG")
            .to_rgba8();
        assert_eq!(image.dimensions(), (480, 300), "{name}");
        // Every slide's band reaches the bottom edge (a renderer reused for
        // the next step must not keep the previous band's height).
        let bottom: Vec<[u8; 4]> = (0..480).map(|x| image.get_pixel(x, 299).0).collect();
        assert!(
            bottom.iter().all(|p| *p == bottom[0]),
            "{name}: the bottom row is the flat band"
        );
        if let Some(f) = &first {
            assert_eq!(bottom[0], f.get_pixel(0, 299).0, "{name}: same band colour");
        }
        match &first {
            None => first = Some(image),
            Some(f) => assert_ne!(f, &image, "{name} differs from the first slide"),
        }
    }
}

#[test]
fn tour_slides_carry_a_caption_band_the_plain_render_lacks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tour = write(
        dir.path(),
        "one.tour.json",
        r#"{ "format": 1, "title": "T", "author": "A", "steps": [
            { "title": "A title", "caption": "A caption long enough to fill a line of text in the band.",
              "view": { "preset": "world" } } ] }"#,
    );
    let view = write(dir.path(), "same.view.json", r#"{ "preset": "world" }"#);
    let slides = dir.path().join("slides");
    let plain = dir.path().join("plain.png");
    let a = heartland(&[
        "render",
        "--tour",
        &tour,
        "--out",
        &slides.display().to_string(),
        "--size",
        "640x400",
    ]);
    let b = heartland(&[
        "render",
        "--view",
        &view,
        "--out",
        &plain.display().to_string(),
        "--size",
        "640x400",
    ]);
    assert!(a.status.success() && b.status.success(), "both render");
    let slide = image::open(slides.join("01-a-title.png"))
        .expect("slide")
        .to_rgba8();
    let plain = image::open(&plain).expect("plain").to_rgba8();
    // The bottom rows of the slide are the band: one flat colour that is not
    // what the plain render has there, with dark text above them.
    let (w, h) = slide.dimensions();
    let dominant = |img: &image::RgbaImage| {
        let mut counts = std::collections::BTreeMap::new();
        for y in h - 10..h {
            for x in 0..w {
                *counts.entry(img.get_pixel(x, y).0).or_insert(0u32) += 1;
            }
        }
        counts.into_iter().max_by_key(|(_, n)| *n).expect("pixels")
    };
    let (band, n) = dominant(&slide);
    let (fill, _, _) = heartland::render::band_colors(heartland::state::Theme::Light);
    assert_eq!(
        band,
        fill.to_array(),
        "the light theme's band, as the window draws it"
    );
    assert!(
        f64::from(n) >= 0.95 * f64::from(w * 10),
        "the bottom of the slide is one flat band: {n} of {}",
        w * 10
    );
    // Above the foot (attribution, citation), the plain figure shows its
    // map where the slide shows its band.
    let above_foot = |img: &image::RgbaImage| {
        let mut counts = std::collections::BTreeMap::new();
        for y in h - 100..h - 90 {
            for x in 0..w {
                *counts.entry(img.get_pixel(x, y).0).or_insert(0u32) += 1;
            }
        }
        counts
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .expect("pixels")
            .0
    };
    assert_eq!(
        above_foot(&slide),
        band,
        "the slide's band is above the foot"
    );
    assert_ne!(above_foot(&plain), band, "the band is not the map");
    // The band reaches up as far as rows are largely its colour (text
    // covers the rest; the map never has this colour).
    let mut top = h;
    while top > 0 {
        let row_band = (0..w)
            .filter(|&x| slide.get_pixel(x, top - 1).0 == band)
            .count();
        if row_band * 10 < w as usize * 3 {
            break;
        }
        top -= 1;
    }
    assert!(h - top >= 60, "the band is {} rows high", h - top);
    let dark = (top..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let [r, g, b, _] = slide.get_pixel(x, y).0;
            u32::from(r) + u32::from(g) + u32::from(b) < 240
        })
        .count();
    assert!(dark > 300, "the band carries text: {dark} dark pixels");
}

#[test]
fn a_tour_with_a_bad_step_fails_naming_the_file_step_and_key() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text, step, key) in [
        (
            "unknown-key.tour.json",
            r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                { "title": "a", "caption": "c", "view": {} },
                { "title": "b", "caption": "c", "view": { "presett": "caspian" } } ] }"#,
            "steps[1]",
            "presett",
        ),
        (
            "unknown-org.tour.json",
            r#"{ "format": 1, "title": "T", "author": "A", "steps": [
                { "title": "a", "caption": "c", "view": {} },
                { "title": "b", "caption": "c", "view": {} },
                { "title": "c", "caption": "c", "view": { "organizations": ["csto", "warsaw-pact"] } } ] }"#,
            "steps[2].view.organizations[1]",
            "warsaw-pact",
        ),
    ] {
        let tour = write(dir.path(), name, text);
        let out = dir.path().join(name.replace(".tour.json", ""));
        let result = heartland(&[
            "render",
            "--tour",
            &tour,
            "--out",
            &out.display().to_string(),
            "--size",
            "320x200",
        ]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(!result.status.success(), "{name} should fail");
        assert!(stderr.contains(name), "{name}: file named: {stderr}");
        assert!(stderr.contains(step), "{name}: step named: {stderr}");
        assert!(stderr.contains(key), "{name}: key named: {stderr}");
        assert!(png_names(&out).is_empty(), "{name}: no slide written");
    }
}

#[test]
fn a_large_export_looks_like_the_window_only_sharper() {
    // 3200x2000 at the automatic scale (2 pixels per point) scaled down to
    // 1600x1000 must match a 1600x1000 render: the same layout, text and
    // legend twice as large in pixels. With --scale 1 it does not (the map
    // shows four times the area with text at window size).
    let dir = tempfile::tempdir().expect("temp dir");
    let view = write(
        dir.path(),
        "v.view.json",
        r#"{ "preset": "caspian", "year": 2020,
             "layers": { "countries": true, "labels": true, "corridors": true },
             "corridors": ["btc", "middle-corridor"] }"#,
    );
    let render = |size: &str, scale: Option<&str>, name: &str| {
        let out = dir.path().join(name);
        let mut args = vec![
            "render".to_owned(),
            "--view".to_owned(),
            view.clone(),
            "--out".to_owned(),
            out.display().to_string(),
            "--size".to_owned(),
            size.to_owned(),
        ];
        if let Some(s) = scale {
            args.extend(["--scale".to_owned(), s.to_owned()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let result = heartland(&args);
        assert!(
            result.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        image::open(&out).expect("png").to_rgba8()
    };
    let window = render("1600x1000", None, "window.png");
    let large = render("3200x2000", None, "large.png");
    let unscaled = render("3200x2000", Some("1"), "unscaled.png");
    let shrink = |img: &image::RgbaImage| {
        image::imageops::resize(img, 1600, 1000, image::imageops::FilterType::Triangle)
    };
    let differing = |a: &image::RgbaImage, b: &image::RgbaImage| {
        let n = a
            .pixels()
            .zip(b.pixels())
            .filter(|(p, q)| p.0.iter().zip(q.0.iter()).any(|(x, y)| x.abs_diff(*y) > 48))
            .count();
        n as f64 / f64::from(a.width() * a.height())
    };
    let scaled_share = differing(&window, &shrink(&large));
    let unscaled_share = differing(&window, &shrink(&unscaled));
    assert!(
        scaled_share < 0.03,
        "the 2x export should match the window: {:.2} % differ",
        scaled_share * 100.0
    );
    assert!(
        unscaled_share > 3.0 * scaled_share,
        "--scale 1 should differ more: {:.2} % vs {:.2} %",
        unscaled_share * 100.0,
        scaled_share * 100.0
    );
}

#[test]
fn the_level_a_render_draws_is_built_beside_the_data_and_draws_the_same_figure() {
    // `heartland render` decodes the level of detail its map draws on
    // another thread while the data is read; it is projected and
    // triangulated there too, so the map does not wait for it when drawn.
    // The figure is the one the whole geometry gives.
    use heartland::render;
    let dataset = heartland::data::load_bundled().dataset;
    let dir = tempfile::tempdir().expect("temp dir");
    // (Its fonts are set up on a third thread, in a pass of their own
    // before the figure's: the same figure, in either theme.)
    for (preset, size, theme) in [
        (
            heartland::state::Preset::Region,
            [1600, 1000],
            heartland::state::Theme::Light,
        ),
        (
            heartland::state::Preset::SouthCaucasus,
            [640, 400],
            heartland::state::Theme::Dark,
        ),
    ] {
        let mut state = heartland::state::State::default();
        state.set_preset(preset);
        state.theme = theme;
        state.layers.relations = true;
        state.layers.corridors = true;
        let scale = render::export_scale(size);
        let bundled = render::bundled_geo_for(&state, size, scale).expect("bundled geometry");
        let built = bundled.built_levels();
        assert_eq!(
            built.len(),
            1,
            "{preset:?}: the level drawn is built: {built:?}"
        );
        assert_eq!(built[0].0, state.projection);
        let early = render::lay_out_view(&dataset, &state, (size, scale)).expect("laid out");
        let out = dir.path().join("map.png");
        render::render_bundled_to_file((bundled, Some(early)), &dataset, &state, size, scale, &out)
            .expect("rendered");
        let drawn = image::open(&out).expect("the PNG").to_rgba8();
        let geo = std::sync::Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
        let whole = render::Renderer::new(geo)
            .render_with(&dataset, &state, size, scale, None)
            .expect("rendered from every level");
        assert!(
            drawn == whole,
            "{preset:?}: the figure of the whole geometry"
        );
    }
}
