//! An empty eframe window with the same options as Heartland: the baseline
//! for the launch-time comparison (`scripts/launch_time.sh`).
//!
//! With `HEARTLAND_EXIT_AFTER_FIRST_FRAME=1` it closes right after its first
//! frame, as `heartland` does, so both can be timed as whole processes.

struct Empty {
    exit_after_first_frame: bool,
}

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("empty");
        });
        if self.exit_after_first_frame {
            // eframe paints and presents this frame, then acts on the close.
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

fn main() -> eframe::Result {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("empty")
            .with_inner_size([1400.0, 900.0]),
        persist_window: false,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let exit_after_first_frame = std::env::var_os("HEARTLAND_EXIT_AFTER_FIRST_FRAME").is_some();
    eframe::run_native(
        "empty",
        native,
        Box::new(move |_cc| {
            Ok(Box::new(Empty {
                exit_after_first_frame,
            }))
        }),
    )
}
