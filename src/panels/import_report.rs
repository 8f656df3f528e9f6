//! The import report's choice to supersede: after an import whose
//! conflicts include new periods that start inside open ones, a bar offers
//! to end each open period the day before the new one starts and import
//! them (as `heartland import --supersede` does), or to keep the conflicts.

use egui::{RichText, Ui};

use crate::command::Command;
use crate::i18n::{tr, trn};

/// The bar under the toolbar (floating at `top`: it takes no room) while
/// the last import has conflicts that superseding would resolve: `files`
/// imported, `count` such conflicts.
pub fn supersede_bar(ui: &Ui, files: &[String], count: usize, top: f32) -> Vec<Command> {
    let mut commands = Vec::new();
    super::banner::banner(ui, "supersede", top, |ui| {
        ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(trn(
            "import-supersede-report",
            "Import of { $files }: { $count } period starts inside an open period with another status or score (listed in the problems), and it was not imported.",
            "Import of { $files }: { $count } periods start inside an open period with another status or score (listed in the problems), and they were not imported.",
            count,
            &[("files", &files.join(", "))],
        )));
        if ui
            .button(tr("import-supersede", "Supersede"))
            .on_hover_text(tr(
                "import-supersede-hint",
                "Import again, ending each open period the day before the new one starts (one undo step)",
            ))
            .clicked()
        {
            commands.push(Command::AnswerSupersede(true));
        }
        if ui
            .button(tr("import-keep-conflicts", "Keep as conflicts"))
            .on_hover_text(tr(
                "import-keep-conflicts-hint",
                "Leave the data as it is; the conflicts stay listed",
            ))
            .clicked()
        {
            commands.push(Command::AnswerSupersede(false));
        }
        });
    });
    commands
}
