//! The import report's choice to supersede: after an import whose
//! conflicts include new periods that start inside open ones, a bar offers
//! to end each open period the day before the new one starts and import
//! them (as `heartland import --supersede` does), or to keep the conflicts.

use egui::{RichText, Ui};

use crate::command::Command;

/// The bar under the toolbar while the last import has conflicts that
/// superseding would resolve: `files` imported, `count` such conflicts.
pub fn supersede_bar(ui: &mut Ui, files: &[String], count: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.horizontal_wrapped(|ui| {
        let rows = if count == 1 {
            "1 period starts".to_owned()
        } else {
            format!("{count} periods start")
        };
        ui.label(RichText::new(format!(
            "Import of {}: {rows} inside an open period with another status or score (listed in the problems), and {} not imported.",
            files.join(", "),
            if count == 1 { "it was" } else { "they were" }
        )));
        if ui
            .button("Supersede")
            .on_hover_text(
                "Import again, ending each open period the day before the new one starts (one undo step)",
            )
            .clicked()
        {
            commands.push(Command::AnswerSupersede(true));
        }
        if ui
            .button("Keep as conflicts")
            .on_hover_text("Leave the data as it is; the conflicts stay listed")
            .clicked()
        {
            commands.push(Command::AnswerSupersede(false));
        }
    });
    commands
}
