//! Notices: how a file action, a save or an import went, shown as toasts
//! ([`crate::panels::toasts`]) and kept as the last notice (tests read it);
//! and the bars that ask about what the program noticed by itself.

use super::HeartlandApp;
use crate::command::Command;
use crate::panels;

impl HeartlandApp {
    /// What the program noticed by itself and asks about (a folder changed
    /// on disk, an import's conflicts it could supersede): bars floating
    /// below the toolbar, taking no room (nothing moves when they appear).
    pub(super) fn banners(&mut self, ui: &egui::Ui, commands: &mut Vec<Command>) {
        let mut top = self.ui.toolbar_bottom + 6.0;
        if let Some(conflict) = self.session.conflict() {
            top = panels::banner::conflict_bar(
                ui,
                conflict,
                top,
                &mut self.ui.show_save_as,
                commands,
            )
            .bottom()
                + 4.0;
        }
        if let Some((files, count)) = self.session.supersede_offer() {
            commands.extend(panels::import_report::supersede_bar(ui, files, count, top));
        }
    }

    /// Show `message` as a notice that fades (in the window's language of
    /// each frame: a change of language changes it too).
    pub(super) fn notify(&mut self, message: crate::i18n::Message) {
        self.notice = Some(message.shown());
        self.toasts
            .push_message(message, panels::toasts::ToastKind::Info);
    }

    /// Say that a file dialog is already open (a second is not opened).
    pub(super) fn notify_dialog_busy(&mut self) {
        self.notify_error(crate::i18n::Message::tr(
            "notice-dialog-open",
            "A file dialog is already open.",
        ));
    }

    /// Show `message`, saying something failed, as a notice that stays until
    /// closed.
    pub(super) fn notify_error(&mut self, message: crate::i18n::Message) {
        self.notice = Some(message.shown());
        self.toasts
            .push_message(message, panels::toasts::ToastKind::Error);
    }

    /// A new status of the session (saved, imported, undone, or why not)
    /// is shown as a notice.
    pub(super) fn status_notice(&mut self) {
        let status = self.session.status_message();
        if status.map(crate::i18n::Message::as_str) == self.last_status.as_deref() {
            return;
        }
        self.last_status = status.map(|m| m.as_str().to_owned());
        if let Some(message) = status.cloned() {
            // The session says whether it is a failure (in any language).
            let kind = if self.session.status_failed() {
                panels::toasts::ToastKind::Error
            } else {
                panels::toasts::ToastKind::Info
            };
            self.toasts.push_message(message, kind);
        }
    }
}
