//! An empty eframe window with the same options as Heartland: the baseline
//! for the launch-time comparison (`scripts/launch_time.sh`).
//!
//! With `HEARTLAND_EXIT_AFTER_FIRST_FRAME=1` it closes right after its first
//! frame, as `heartland` does, so both can be timed as whole processes.

struct Empty {
    frames: u32,
    exit_after_first_frame: bool,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("empty");
        });
        self.frames += 1;
        if self.exit_after_first_frame {
            if self.frames >= 2 {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }
}

fn main() -> eframe::Result {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("empty")
            .with_inner_size([1400.0, 900.0]),
        persist_window: false,
        ..Default::default()
    };
    let exit_after_first_frame = std::env::var_os("HEARTLAND_EXIT_AFTER_FIRST_FRAME").is_some();
    eframe::run_native(
        "empty",
        native,
        Box::new(move |_cc| {
            Ok(Box::new(Empty {
                frames: 0,
                exit_after_first_frame,
            }))
        }),
    )
}
