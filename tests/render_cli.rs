//! `heartland render` and the view file, run as a user would: the real
//! binary, no display.
#![allow(
    clippy::expect_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::path::Path;
use std::process::{Command, Output};

fn heartland(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the heartland binary runs")
}

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
