//! Unsaved edits of an earlier session that ended without saving them (a
//! crash, a power cut): the window offers them back at the start. The
//! recovery file itself is written and removed by the [`Session`](super::session::Session); this room
//! turns what it found into the offer and the user's answer into a restore.

use std::path::PathBuf;

use super::HeartlandApp;
use super::session;
use crate::i18n::{Message, tr};
use crate::panels;

/// Unsaved edits found at the start, and what restoring them brings back.
pub struct RecoveryOffer {
    pub(super) recovery: crate::data::recovery::Recovery,
    /// The folder they belong to, or "the bundled data".
    pub(super) data: String,
    /// What would come back, file by file.
    pub(super) lines: Vec<String>,
}

impl RecoveryOffer {
    /// What would come back, file by file ("relations.json: 1 added, …").
    pub fn lines(&self) -> &[String] {
        &self.lines
    }
}

impl HeartlandApp {
    /// Keep unsaved edits in the recovery file at `path` (`None`: kept
    /// nowhere); if an earlier session left one, offer to restore it.
    pub fn set_recovery_file(&mut self, path: Option<PathBuf>) {
        self.recovery_offer = None;
        match self
            .session
            .set_recovery_file(path, session::RECOVERY_INTERVAL)
        {
            Ok(Some(recovery)) => {
                let lines = self
                    .session
                    .recovery_summary(&recovery)
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                let data = recovery.folder.as_ref().map_or_else(
                    || tr("recovery-bundled-data", "the bundled data").into_owned(),
                    |d| d.display().to_string(),
                );
                self.recovery_offer = Some(RecoveryOffer {
                    recovery,
                    data,
                    lines,
                });
            }
            Ok(None) => {}
            Err(e) => {
                self.notify_error(Message::trf(
                    "recovery-not-restored",
                    "Unsaved edits of the last session could not be restored: { $reason }",
                    &[("reason", &e.shown())],
                ));
            }
        }
    }

    /// The offer to restore unsaved edits, while open.
    pub fn recovery_offer(&self) -> Option<&RecoveryOffer> {
        self.recovery_offer.as_ref()
    }

    /// Restore the offered edits, or drop them.
    pub fn answer_recovery(&mut self, answer: panels::files::RecoveryAnswer) {
        let Some(offer) = self.recovery_offer.take() else {
            return;
        };
        match answer {
            panels::files::RecoveryAnswer::Restore => {
                self.follow_session(|s| s.restore_recovery(&offer.recovery));
            }
            panels::files::RecoveryAnswer::Discard => self.session.discard_recovery(false),
        }
    }

    /// Each frame: wake for the next recovery write, and show the offer while
    /// it is open.
    pub(super) fn recovery_frame(&mut self, ctx: &egui::Context) {
        if let Some(due) = self.session.recovery_due_in() {
            // The recovery file is written by the poll of a later frame.
            ctx.request_repaint_after(due);
        }
        if let Some(offer) = &self.recovery_offer
            && let Some(answer) = panels::files::recovery_offer(ctx, &offer.data, &offer.lines)
        {
            self.answer_recovery(answer);
        }
    }
}
