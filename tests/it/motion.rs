//! Animations and small multiples (issue 23, points 3 and 5): `heartland
//! render --years … --out F.gif|F.mp4`, `--tour … --out F.gif`, `--grid`;
//! the frames' year stamps read from their display lists, not from pixels.
#![allow(
    clippy::expect_used,
    reason = "test helpers may panic: that is a failed test"
)]

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use heartland::figure::GroupId;
use heartland::render::motion::{self, AnimationFormat, AnimationSettings, Job};
use heartland::state::State;

use crate::fixtures::heartland;

/// The frames of a GIF: (width, height) of each, and the screen's size.
fn gif_frames(path: &Path) -> (Vec<(u16, u16)>, (u16, u16)) {
    let file = std::fs::File::open(path).expect("the GIF was written");
    let mut decoder = gif::DecodeOptions::new()
        .read_info(file)
        .expect("a readable GIF");
    let screen = (decoder.width(), decoder.height());
    let mut frames = Vec::new();
    while let Some(frame) = decoder.read_next_frame().expect("a readable frame") {
        frames.push((frame.width, frame.height));
    }
    (frames, screen)
}

/// A view with memberships and relations on (what a lecture animates).
fn membership_view(dir: &Path) -> String {
    let path = dir.join("csto.view.json");
    std::fs::write(
        &path,
        r#"{ "format": 1, "preset": "region", "layers": { "countries": true, "memberships": true, "relations": true }, "organizations": ["csto"] }"#,
    )
    .expect("temp file");
    path.display().to_string()
}

fn membership_state() -> State {
    let mut state = State::default();
    state.layers.memberships = true;
    state.layers.relations = true;
    state.organizations = vec![heartland::model::OrgId::try_from("csto").expect("an id")];
    state
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_year_range_gif_has_one_frame_per_year_at_the_requested_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let view = membership_view(dir.path());
    let out = dir.path().join("csto.gif");
    let result = heartland(&[
        "render",
        "--view",
        &view,
        "--years",
        "2000..2004",
        "--size",
        "320x200",
        "--fps",
        "4",
        "--out",
        &out.display().to_string(),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let (frames, screen) = gif_frames(&out);
    assert_eq!(frames.len(), 5, "one frame per year of 2000..2004");
    assert_eq!(screen, (320, 200));
    assert!(frames.iter().all(|&f| f == (320, 200)), "{frames:?}");
    // Nothing else left beside it (the temporary file was renamed).
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn every_frame_is_titled_with_its_own_year_and_the_map_stays_put() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("years.gif");
    let dataset = heartland::data::load_bundled().dataset;
    let geo = Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let years = [1993, 1999, 2006, 2012];
    let frames = motion::year_frames(&membership_state(), &years);
    let lists = motion::write_animation(
        &geo,
        &dataset,
        &frames,
        AnimationSettings {
            size: [480, 300],
            scale: 1.0,
            fps: 2.0,
            framing: heartland::render::Framing::View,
        },
        (&out, AnimationFormat::Gif),
        Job::default(),
    )
    .expect("the animation is written");
    assert_eq!(lists.len(), years.len());
    let titles: Vec<String> = lists
        .iter()
        .map(|list| {
            list.texts()
                .filter(|(g, _)| *g == GroupId::Title)
                .map(|(_, run)| run.text.clone())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    for (title, year) in titles.iter().zip(years) {
        assert!(title.contains(&year.to_string()), "{title:?} lacks {year}");
    }
    let mut distinct = titles.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), years.len(), "{titles:?}");
    // The legend changes with the years (Uzbekistan in and out), the map's
    // box does not.
    let boxes: Vec<_> = lists
        .iter()
        .map(heartland::figure::DisplayList::map_bounds)
        .collect();
    assert!(boxes.windows(2).all(|w| w[0] == w[1]), "{boxes:?}");
    assert_eq!(gif_frames(&out).0.len(), years.len());
}

#[test]
fn a_tour_gif_has_one_frame_per_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tour = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/tours/csto-moscow-astana.tour.json"
    );
    let steps = serde_json::from_slice::<serde_json::Value>(&std::fs::read(tour).expect("tour"))
        .expect("json")["steps"]
        .as_array()
        .expect("steps")
        .len();
    assert!(steps > 2);
    let out = dir.path().join("tour.gif");
    let result = heartland(&[
        "render",
        "--tour",
        tour,
        "--size",
        "320x240",
        "--out",
        &out.display().to_string(),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let (frames, screen) = gif_frames(&out);
    assert_eq!(frames.len(), steps);
    assert_eq!(screen, (320, 240));
}

#[test]
fn an_mp4_without_ffmpeg_says_what_is_needed_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("bin");
    std::fs::create_dir(&empty).expect("dir");
    let out = dir.path().join("years.mp4");
    let result = std::process::Command::new(env!("CARGO_BIN_EXE_heartland"))
        .args([
            "render",
            "--years",
            "2000..2002",
            "--size",
            "320x200",
            "--out",
        ])
        .arg(&out)
        .env("PATH", &empty)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("runs");
    assert!(!result.status.success());
    let err = stderr(&result);
    assert!(
        err.contains("writing .mp4 needs ffmpeg on the PATH")
            && err.contains("apt install ffmpeg")
            && err.contains(".gif"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
}

#[test]
fn bad_years_grids_and_outputs_are_refused_naming_the_argument() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gif = dir.path().join("a.gif").display().to_string();
    let png = dir.path().join("a.png").display().to_string();
    let cases: [(&[&str], &[&str]); 7] = [
        (
            &["--years", "2024..1991", "--out", &gif],
            &["--years", "1991..2024"],
        ),
        (
            &["--years", "abc", "--out", &gif],
            &["--years", "abc", "1991..2024"],
        ),
        // The data's years: nothing is recorded in the 2090s.
        (
            &["--years", "2090..2091", "--out", &gif],
            &["--years", "2090", "outside the data's years"],
        ),
        (
            &["--years", "1995,2005", "--grid", "0x2", "--out", &png],
            &["--grid", "2x2"],
        ),
        (
            &["--years", "1995,2005,2015", "--grid", "2x2", "--out", &png],
            &["4 panels", "3 years"],
        ),
        (
            &[
                "--years",
                "1995,2005,2015,2025,2026",
                "--grid",
                "2x2",
                "--out",
                &png,
            ],
            &["4 panels", "5 years"],
        ),
        (&["--years", "2000..2001", "--out", &png], &[".gif", ".mp4"]),
    ];
    for (args, words) in cases {
        let mut all = vec!["render", "--size", "320x200"];
        all.extend_from_slice(args);
        let result = heartland(&all);
        assert!(!result.status.success(), "{args:?} succeeded");
        let err = stderr(&result);
        for word in words {
            assert!(err.contains(word), "{args:?}: {err}");
        }
    }
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn small_multiples_have_one_titled_panel_per_year_and_one_legend() {
    let dataset = heartland::data::load_bundled().dataset;
    let geo = Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let years = [1995, 2005, 2015, 2025];
    let (image, list) = motion::render_grid(
        geo,
        &dataset,
        &membership_state(),
        &years,
        2,
        ([800, 500], 1.0),
    )
    .expect("drawn");
    assert_eq!(image.dimensions(), (800, 500));
    let boxes = list.map_boxes();
    assert_eq!(boxes.len(), years.len(), "one map per year");
    let panel_titles: Vec<&str> = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Map)
        .map(|(_, run)| run.text.as_str())
        .collect();
    assert_eq!(panel_titles, ["1995", "2005", "2015", "2025"]);
    let count = |id: GroupId| list.groups.iter().filter(|g| g.id == id).count();
    assert_eq!(count(GroupId::Legend), 1, "one shared legend");
    assert_eq!(count(GroupId::Title), 1, "one overall title");
    assert_eq!(count(GroupId::Attribution), 1);
    assert_eq!(count(GroupId::Citation), 1);
    let title: String = list
        .texts()
        .filter(|(g, _)| *g == GroupId::Title)
        .map(|(_, r)| r.text.clone())
        .collect();
    assert!(title.contains("1995–2025"), "{title}");
    // Two columns, two rows; no panel lies on another or on the legend.
    assert!((boxes[0].min[1] - boxes[1].min[1]).abs() < 0.01, "one row");
    assert!(boxes[2].min[1] > boxes[0].max[1]);
    let legend = list.group(GroupId::Legend).expect("legend").bounds;
    for (i, a) in boxes.iter().enumerate() {
        assert!(!a.overlaps(&legend), "panel {i} under the legend");
        for b in &boxes[i + 1..] {
            assert!(!a.overlaps(b));
        }
    }
}

#[test]
fn the_grid_command_writes_one_png_and_refuses_another_extension() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("grid.png");
    let result = heartland(&[
        "render",
        "--years",
        "1995,2005,2015,2025",
        "--grid",
        "2x2",
        "--size",
        "640x400",
        "--out",
        &out.display().to_string(),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let image = image::open(&out).expect("a PNG").to_rgba8();
    assert_eq!(image.dimensions(), (640, 400));
    // SVG and PDF are written too (tests/it/vector.rs); another extension
    // is refused with the three, nothing written.
    let txt = dir.path().join("grid.txt");
    let result = heartland(&[
        "render",
        "--years",
        "1995,2005",
        "--grid",
        "2x1",
        "--out",
        &txt.display().to_string(),
    ]);
    assert!(!result.status.success());
    let err = stderr(&result);
    for ext in [".png", ".svg", ".pdf"] {
        assert!(err.contains(ext), "{err}");
    }
    assert!(!txt.exists());
}

#[test]
fn a_cancelled_animation_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("cancelled.gif");
    let dataset = heartland::data::load_bundled().dataset;
    let geo = Arc::new(heartland::geometry::load_bundled_geo().expect("geometry"));
    let cancel = AtomicBool::new(true);
    let result = motion::write_animation(
        &geo,
        &dataset,
        &motion::year_frames(&State::default(), &[2000, 2001, 2002]),
        AnimationSettings {
            size: [320, 200],
            scale: 1.0,
            fps: 2.0,
            framing: heartland::render::Framing::View,
        },
        (&out, AnimationFormat::Gif),
        Job {
            done: None,
            cancel: Some(&cancel),
        },
    );
    assert!(
        matches!(result, Err(motion::AnimationError::Cancelled)),
        "{result:?}"
    );
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

/// Step the window until the animation is no longer being written (at
/// most about two minutes).
fn wait_for_animation(harness: &mut egui_kittest::Harness<'_, heartland::app::HeartlandApp>) {
    for _ in 0..1200 {
        if !harness.state().is_writing_animation() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        harness.step();
    }
    harness.step();
}

#[test]
fn file_export_animation_runs_in_the_background_and_cancel_leaves_no_file() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::{By, Queryable as _};
    use heartland::app::dialogs::{DialogAnswer, SharedDialogs};

    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("years.gif");
    let mut harness = crate::common::app_harness();
    let dialogs = SharedDialogs::default();
    for _ in 0..2 {
        dialogs
            .0
            .lock()
            .expect("lock")
            .push(DialogAnswer::Chosen(vec![out.clone()]));
    }
    harness.state_mut().set_dialogs(Box::new(dialogs));

    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness
        .get(
            By::new()
                .role(Role::Button)
                .label_contains("Export animation"),
        )
        .click();
    harness.run_steps(3);
    // The window asks for the years, the frame rate and the size.
    for label in ["From", "To", "Frames per second", "Size"] {
        harness.get_by_label(label);
    }
    harness
        .get_by_role_and_label(Role::Button, "Export…")
        .click();
    harness.run_steps(2);
    assert!(
        harness.state().is_writing_animation(),
        "{:?}",
        harness.state().notice()
    );
    // The window stays responsive: frames go on while it is written, with
    // the progress shown.
    harness.get(By::new().label_contains("Frame "));
    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    wait_for_animation(&mut harness);
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(notice.contains("cancelled"), "{notice}");
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("dir").count(),
        0,
        "nothing left behind"
    );

    // Again, to the end: one frame per year of the window's range.
    harness
        .get_by_role_and_label(Role::Button, "Export…")
        .click();
    harness.run_steps(2);
    wait_for_animation(&mut harness);
    let notice = harness.state().notice().unwrap_or_default().to_owned();
    assert!(notice.contains("years.gif"), "{notice}");
    let (frames, screen) = gif_frames(&out);
    assert_eq!(screen, (1280, 720));
    assert_eq!(frames.len(), 2024 - 1991 + 1, "{notice}");
}

#[test]
fn an_mp4_through_ffmpeg_has_one_frame_per_year_where_ffmpeg_is_installed() {
    let on_path = |name: &str| {
        std::env::var_os("PATH")
            .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
    };
    if !(on_path("ffmpeg") && on_path("ffprobe")) {
        eprintln!("ffmpeg or ffprobe is not on the PATH: the MP4 is not checked here");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("years.mp4");
    let result = heartland(&[
        "render",
        "--years",
        "2000..2003",
        "--size",
        "321x201",
        "--out",
        &out.display().to_string(),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let probe = std::process::Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-show_entries"])
        .args([
            "stream=codec_name,width,height,nb_read_frames",
            "-of",
            "compact",
        ])
        .arg(&out)
        .output()
        .expect("ffprobe runs");
    let text = String::from_utf8_lossy(&probe.stdout);
    // Odd sides are padded to even ones for H.264.
    for part in [
        "codec_name=h264",
        "width=322",
        "height=202",
        "nb_read_frames=4",
    ] {
        assert!(text.contains(part), "{text}");
    }
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 1);
}
