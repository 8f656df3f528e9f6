//! Closing the window: unsaved changes asked about first (the close button,
//! Ctrl+Q, File ▸ Quit), the answer carried out, and closing after a save
//! that needed a new folder.

use super::{HeartlandApp, SaveOutcome};
use crate::command::CloseAnswer;

impl HeartlandApp {
    /// Closing with unsaved changes asks first.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.session.is_dirty() && !self.closing
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.asking_close = true;
        }
    }

    pub(super) fn answer_close(&mut self, answer: CloseAnswer, ctx: &egui::Context) {
        self.asking_close = false;
        let close = match answer {
            CloseAnswer::Save => {
                let outcome = self.save(ctx);
                let saved = outcome == SaveOutcome::Saved || !self.session.is_dirty();
                // The bundled data asks for a folder first (a system dialog
                // answers later): close when saved.
                self.close_after_save = !saved && outcome == SaveOutcome::NeedsFolder;
                saved
            }
            CloseAnswer::Discard => {
                // The edits are dropped on purpose: nothing to recover.
                self.session.discard_recovery(true);
                true
            }
            CloseAnswer::Cancel => false,
        };
        if close {
            self.close_window(ctx);
        }
    }

    /// Quit (Ctrl+Q, File ▸ Quit): unsaved changes are asked about first.
    pub(super) fn quit(&mut self, ctx: &egui::Context) {
        if self.session.is_dirty() {
            self.asking_close = true;
        } else {
            self.close_window(ctx);
        }
    }

    pub(super) fn close_window(&mut self, ctx: &egui::Context) {
        self.closing = true;
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// After "Save" when closing the bundled data: close once the new
    /// folder is saved; stay (everything kept) if the folder question was
    /// cancelled or the save failed.
    pub(super) fn close_if_saved(&mut self, ctx: &egui::Context) {
        if !self.close_after_save {
            return;
        }
        if !self.session.is_dirty() {
            self.close_after_save = false;
            self.close_window(ctx);
        } else if self.pending_dialog.is_none()
            && self.deferred_answer.is_none()
            && self.prompt.is_none()
            && !self.ui.show_save_as
        {
            self.close_after_save = false;
        }
    }
}
