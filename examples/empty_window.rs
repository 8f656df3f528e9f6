//! An empty eframe window with the same options as Heartland: the baseline
//! for the launch-time comparison (`scripts/launch_time.sh`).
//!
//! With `HEARTLAND_EXIT_AFTER_FIRST_FRAME=1` it exits as soon as its first
//! frame is presented, as `heartland` does, so both can be timed as whole
//! processes.

use heartland::app::{FirstFrameExit, launch_frame_step, launch_step, window_icon};

struct Empty {
    first_frame_exit: FirstFrameExit,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        launch_frame_step(ui.ctx(), "starts");
        self.first_frame_exit.on_frame(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("empty");
        });
        launch_frame_step(ui.ctx(), "UI done");
    }
}

fn main() -> eframe::Result {
    launch_step("main");
    // Heartland's icon too, as Heartland's window has it (eframe would
    // otherwise decode its own, larger one).
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("empty")
        .with_inner_size([1400.0, 900.0]);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let native = eframe::NativeOptions {
        viewport,
        persist_window: false,
        renderer: eframe::Renderer::Glow,
        dithering: false,
        ..Default::default()
    };
    eframe::run_native(
        "empty",
        native,
        Box::new(move |_cc| {
            launch_step("window and OpenGL ready");
            Ok(Box::new(Empty {
                first_frame_exit: FirstFrameExit::from_env(),
            }))
        }),
    )
}
