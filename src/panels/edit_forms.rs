//! Editing from the inspector (C13): one small form at a time, for a
//! relation period, a new period, a membership, a new membership, a source
//! or a note. What is typed is turned into [`Edit`]s and checked with
//! [`edit::check`] (the loader's rules) every frame; the reasons show in red
//! under the field they concern, and "Apply" is enabled only when every edit
//! passes. Applying returns [`Command::Edit`]; the app hands the edits to
//! its [`edit::History`] (undo, redo, unsaved changes).

use egui::{RichText, Ui};

use crate::command::Command;
use crate::edit::{self, Edit, EditError, RelationKey, Target};
use crate::i18n::{Message, tr, trf};
use crate::model::{
    CountryCode, Dataset, Date, MembershipStatus, OrgId, Relation, Source, SourceId,
};

/// The form open in the inspector, with what is typed in it.
#[derive(Clone, Debug, PartialEq)]
pub enum Form {
    /// Change an existing relation period (score, evidence, source, end).
    Period {
        /// The relation.
        relation: RelationKey,
        /// The period's start (it names the period).
        from: Date,
        /// Score as typed.
        score: String,
        /// Evidence.
        evidence: String,
        /// Source id.
        source: String,
        /// End (exclusive) as typed; empty: still true.
        to: String,
    },
    /// Add a period to a relation.
    NewPeriod {
        /// The relation.
        relation: RelationKey,
        /// Start as typed.
        from: String,
        /// End as typed (empty: still true).
        to: String,
        /// Score as typed.
        score: String,
        /// Evidence.
        evidence: String,
        /// Source id.
        source: String,
    },
    /// Change or end a membership period.
    Membership {
        /// The organization.
        org: OrgId,
        /// The member state.
        country: CountryCode,
        /// The period's start.
        from: Date,
        /// Status chosen.
        status: MembershipStatus,
        /// End as typed (empty: still true).
        to: String,
        /// Source id.
        source: String,
        /// Evidence.
        evidence: String,
    },
    /// Add a membership period of `country`.
    NewMembership {
        /// The member state.
        country: CountryCode,
        /// Organization id as chosen.
        org: String,
        /// Status chosen.
        status: MembershipStatus,
        /// Start as typed.
        from: String,
        /// End as typed.
        to: String,
        /// Source id.
        source: String,
        /// Evidence.
        evidence: String,
    },
    /// Add a source document.
    NewSource {
        /// Id as typed.
        id: String,
        /// Title.
        title: String,
        /// Outlet.
        outlet: String,
        /// Date as typed.
        date: String,
        /// Web address.
        url: String,
    },
    /// Set the note of a record.
    Note {
        /// The record.
        target: Target,
        /// The note as typed.
        text: String,
    },
}

/// A field's refusal, or a form-wide one (`field` empty).
type Refusals = Vec<EditError>;

fn refusal(field: &'static str, message: Message) -> EditError {
    EditError { field, message }
}

fn opt(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| text.to_owned())
}

fn parse_score(text: &str, out: &mut Refusals) -> Option<f64> {
    match text.trim().replace(',', ".").parse::<f64>() {
        Ok(v) if v.is_finite() => Some(v),
        _ => {
            out.push(refusal(
                "score",
                Message::trf(
                    "edit-not-a-number",
                    "\"{ $text }\" is not a number; a score is from -1 to 1",
                    &[("text", &text.trim())],
                ),
            ));
            None
        }
    }
}

fn parse_date(field: &'static str, text: &str, out: &mut Refusals) -> Option<Date> {
    match Date::parse(text.trim()) {
        Ok(d) => Some(d),
        Err(e) => {
            out.push(refusal(field, edit::date_refusal(&e)));
            None
        }
    }
}

/// An optional date: empty is `Some(None)`, bad is `None`.
fn parse_opt_date(field: &'static str, text: &str, out: &mut Refusals) -> Option<Option<Date>> {
    if text.trim().is_empty() {
        return Some(None);
    }
    parse_date(field, text, out).map(Some)
}

/// An optional source id: empty is `Some(None)`, not an id is `None`.
fn parse_source(text: &str, out: &mut Refusals) -> Option<Option<SourceId>> {
    let t = text.trim();
    if t.is_empty() {
        return Some(None);
    }
    match SourceId::try_from(t) {
        Ok(id) => Some(Some(id)),
        Err(e) => {
            out.push(refusal("source", edit::source_id_refusal(&e)));
            None
        }
    }
}

fn date_text(d: Option<&Date>) -> String {
    d.map(ToString::to_string).unwrap_or_default()
}

impl Form {
    /// The form to change the period of `relation` starting at `from`.
    pub fn period(r: &Relation, from: Date) -> Option<Self> {
        let p = r.series.iter().find(|p| p.period.from == from)?;
        Some(Self::Period {
            relation: RelationKey::of(r),
            from,
            score: format!("{}", p.score.value()),
            evidence: p.evidence.clone().unwrap_or_default(),
            source: p
                .source
                .as_ref()
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            to: date_text(p.period.to.as_ref()),
        })
    }

    /// The form to add a period to `r`.
    pub fn new_period(r: &Relation, year: i32) -> Self {
        Self::NewPeriod {
            relation: RelationKey::of(r),
            from: year.to_string(),
            to: String::new(),
            score: String::new(),
            evidence: String::new(),
            source: String::new(),
        }
    }

    /// The edits the form makes and the refusals, as typed now (checked
    /// against `ds`, the loader's rules). Edits are returned only when
    /// there is no refusal.
    pub fn edits(&self, ds: &Dataset) -> (Vec<Edit>, Refusals) {
        let mut out = Refusals::new();
        let mut edits = Vec::new();
        match self {
            Self::Period {
                relation,
                from,
                score,
                evidence,
                source,
                to,
            } => {
                let score = parse_score(score, &mut out);
                let source = parse_source(source, &mut out);
                let to = parse_opt_date("to", to, &mut out);
                if let (Some(score), Some(source)) = (score, source) {
                    edits.push(Edit::SetPeriod {
                        relation: *relation,
                        from: *from,
                        score,
                        evidence: opt(evidence),
                        source,
                    });
                }
                let current_to = ds
                    .relations
                    .iter()
                    .find(|r| relation.matches(r))
                    .and_then(|r| r.series.iter().find(|p| p.period.from == *from))
                    .map(|p| p.period.to);
                if let Some(to) = to
                    && current_to != Some(to)
                {
                    edits.push(Edit::EndPeriod {
                        relation: *relation,
                        from: *from,
                        to,
                    });
                }
            }
            Self::NewPeriod {
                relation,
                from,
                to,
                score,
                evidence,
                source,
            } => {
                let from = parse_date("from", from, &mut out);
                let to = parse_opt_date("to", to, &mut out);
                let score = parse_score(score, &mut out);
                let source = parse_source(source, &mut out);
                if let (Some(from), Some(to), Some(score), Some(source)) = (from, to, score, source)
                {
                    edits.push(Edit::AddPeriod {
                        relation: *relation,
                        from,
                        to,
                        score,
                        evidence: opt(evidence),
                        source,
                    });
                }
            }
            Self::Membership {
                org,
                country,
                from,
                status,
                to,
                source,
                evidence,
            } => {
                let to = parse_opt_date("to", to, &mut out);
                let source = parse_source(source, &mut out);
                if let Some(source) = source {
                    edits.push(Edit::ChangeMembership {
                        org: org.clone(),
                        country: *country,
                        from: *from,
                        status: *status,
                        source,
                        evidence: opt(evidence),
                    });
                }
                let current_to = ds.organizations.get(org).and_then(|o| {
                    o.memberships
                        .iter()
                        .find(|m| m.country == *country && m.period.from == *from)
                        .map(|m| m.period.to)
                });
                if let Some(to) = to
                    && current_to != Some(to)
                {
                    edits.push(Edit::EndMembership {
                        org: org.clone(),
                        country: *country,
                        from: *from,
                        to,
                    });
                }
            }
            Self::NewMembership {
                country,
                org,
                status,
                from,
                to,
                source,
                evidence,
            } => {
                let org_id = match OrgId::try_from(org.trim()) {
                    Ok(id) => Some(id),
                    Err(_) => {
                        out.push(refusal(
                            "organization",
                            Message::tr("edit-choose-organization", "choose an organization"),
                        ));
                        None
                    }
                };
                let from = parse_date("from", from, &mut out);
                let to = parse_opt_date("to", to, &mut out);
                let source = parse_source(source, &mut out);
                if let (Some(org), Some(from), Some(to), Some(source)) = (org_id, from, to, source)
                {
                    edits.push(Edit::AddMembership {
                        org,
                        country: *country,
                        status: *status,
                        from,
                        to,
                        source,
                        evidence: opt(evidence),
                    });
                }
            }
            Self::NewSource {
                id,
                title,
                outlet,
                date,
                url,
            } => {
                let id = match SourceId::try_from(id.trim()) {
                    Ok(id) => Some(id),
                    Err(e) => {
                        out.push(refusal("id", edit::source_id_refusal(&e)));
                        None
                    }
                };
                let date = parse_opt_date("date", date, &mut out);
                if let (Some(id), Some(date)) = (id, date) {
                    edits.push(Edit::AddSource(Source {
                        id,
                        title: title.trim().to_owned(),
                        author: None,
                        outlet: opt(outlet).map(|s| s.trim().to_owned()),
                        date,
                        file: None,
                        url: opt(url).map(|s| s.trim().to_owned()),
                        note: None,
                        language: None,
                    }));
                }
            }
            Self::Note { target, text } => edits.push(Edit::SetNote {
                target: target.clone(),
                note: opt(text),
            }),
        }
        for e in &edits {
            if let Err(refused) = edit::check(ds, e) {
                out.push(refused);
            }
        }
        if !out.is_empty() {
            edits.clear();
        }
        (edits, out)
    }
}

/// Red text under a field for each refusal that concerns it.
fn refusals_for(ui: &mut Ui, refusals: &Refusals, fields: &[&str]) {
    for r in refusals.iter().filter(|r| fields.contains(&r.field)) {
        ui.label(
            RichText::new(r.message.shown())
                .color(ui.visuals().error_fg_color)
                .small(),
        );
    }
}

/// A labelled single-line field, with its refusals under it (the field is
/// known by the first of `names`, the same in every language).
fn field(ui: &mut Ui, label: &str, text: &mut String, refusals: &Refusals, names: &[&str]) {
    ui.horizontal(|ui| {
        let name = ui.label(label);
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(160.0)
                .id_salt(("edit-field", names.first())),
        )
        .labelled_by(name.id);
    });
    refusals_for(ui, refusals, names);
}

/// A labelled multi-line field (evidence, note).
fn area(ui: &mut Ui, label: &str, text: &mut String, refusals: &Refusals, names: &[&str]) {
    let name = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .id_salt(("edit-area", names.first())),
    )
    .labelled_by(name.id);
    refusals_for(ui, refusals, names);
}

fn score_label() -> String {
    tr("edit-score", "Score").into_owned()
}

fn evidence_label() -> String {
    tr("edit-evidence", "Evidence").into_owned()
}

fn source_label() -> String {
    tr("edit-source", "Source").into_owned()
}

fn ends_label() -> String {
    tr("edit-ends", "Ends").into_owned()
}

fn from_label() -> String {
    tr("edit-from", "From").into_owned()
}

fn to_label() -> String {
    tr("edit-to", "To").into_owned()
}

fn status_choice(ui: &mut Ui, id: &str, status: &mut MembershipStatus) {
    egui::ComboBox::new(("status", id), tr("edit-status", "Status"))
        .selected_text(status.label())
        .show_ui(ui, |ui| {
            for s in MembershipStatus::ALL {
                ui.selectable_value(status, s, s.label());
            }
        });
}

/// Show the open form; returns the edits to apply when "Apply" is clicked,
/// and closes the form then or on "Cancel".
pub fn show_form(ui: &mut Ui, ds: &Dataset, open: &mut Option<Form>, commands: &mut Vec<Command>) {
    let Some(form) = open.as_mut() else {
        return;
    };
    let (_, refusals) = form.edits(ds);
    let mut close = false;
    ui.group(|ui| {
        match form {
            Form::Period {
                relation,
                from,
                score,
                evidence,
                source,
                to,
            } => {
                ui.label(
                    RichText::new(trf(
                        "edit-period-title",
                        "Edit { $relation } from { $from }",
                        &[("relation", &*relation), ("from", &*from)],
                    ))
                    .strong(),
                );
                field(ui, &score_label(), score, &refusals, &["score"]);
                area(ui, &evidence_label(), evidence, &refusals, &["evidence"]);
                field(ui, &source_label(), source, &refusals, &["source"]);
                field(ui, &ends_label(), to, &refusals, &["to", "from"]);
            }
            Form::NewPeriod {
                relation,
                from,
                to,
                score,
                evidence,
                source,
            } => {
                ui.label(
                    RichText::new(trf(
                        "edit-new-period-title",
                        "New period of { $relation }",
                        &[("relation", &*relation)],
                    ))
                    .strong(),
                );
                field(ui, &from_label(), from, &refusals, &["from"]);
                field(ui, &to_label(), to, &refusals, &["to"]);
                field(ui, &score_label(), score, &refusals, &["score"]);
                area(ui, &evidence_label(), evidence, &refusals, &["evidence"]);
                field(ui, &source_label(), source, &refusals, &["source"]);
            }
            Form::Membership {
                org,
                country,
                from,
                status,
                to,
                source,
                evidence,
            } => {
                ui.label(
                    RichText::new(trf(
                        "edit-membership-title",
                        "{ $country } in { $org } from { $from }",
                        &[("country", &*country), ("org", &*org), ("from", &*from)],
                    ))
                    .strong(),
                );
                status_choice(ui, "membership", status);
                refusals_for(ui, &refusals, &["status"]);
                field(ui, &ends_label(), to, &refusals, &["to", "from"]);
                field(ui, &source_label(), source, &refusals, &["source"]);
                area(ui, &evidence_label(), evidence, &refusals, &["evidence"]);
            }
            Form::NewMembership {
                country,
                org,
                status,
                from,
                to,
                source,
                evidence,
            } => {
                ui.label(
                    RichText::new(trf(
                        "edit-new-membership-title",
                        "New membership of { $country }",
                        &[("country", &*country)],
                    ))
                    .strong(),
                );
                let chosen = ds
                    .organizations
                    .iter()
                    .find(|(id, _)| id.as_str() == org.as_str())
                    .map_or_else(
                        || tr("edit-choose", "choose…").into_owned(),
                        |(_, o)| o.display_acronym().into_owned(),
                    );
                egui::ComboBox::new(
                    "new-membership-org",
                    tr("edit-organization", "Organization"),
                )
                .selected_text(chosen)
                .show_ui(ui, |ui| {
                    for (id, o) in &ds.organizations {
                        if ui
                            .selectable_label(
                                org.as_str() == id.as_str(),
                                o.display_acronym().as_ref(),
                            )
                            .clicked()
                        {
                            *org = id.as_str().to_owned();
                        }
                    }
                });
                refusals_for(ui, &refusals, &["organization", "country"]);
                status_choice(ui, "new-membership", status);
                field(ui, &from_label(), from, &refusals, &["from"]);
                field(ui, &to_label(), to, &refusals, &["to"]);
                field(ui, &source_label(), source, &refusals, &["source"]);
                area(ui, &evidence_label(), evidence, &refusals, &["evidence"]);
            }
            Form::NewSource {
                id,
                title,
                outlet,
                date,
                url,
            } => {
                ui.label(RichText::new(tr("edit-new-source-title", "New source")).strong());
                field(ui, &tr("edit-id", "Id"), id, &refusals, &["id"]);
                field(ui, &tr("edit-title", "Title"), title, &refusals, &["title"]);
                field(
                    ui,
                    &tr("edit-outlet", "Outlet"),
                    outlet,
                    &refusals,
                    &["outlet"],
                );
                field(ui, &tr("edit-date", "Date"), date, &refusals, &["date"]);
                field(ui, &tr("edit-url", "Web address"), url, &refusals, &["url"]);
            }
            Form::Note { target, text } => {
                let what = match target {
                    Target::Country(c) => c.to_string(),
                    Target::Relation(r) => r.to_string(),
                    Target::Period { relation, from } => trf(
                        "edit-period-name",
                        "{ $relation } from { $from }",
                        &[("relation", &*relation), ("from", &*from)],
                    ),
                    other => format!("{other:?}"),
                };
                ui.label(
                    RichText::new(trf(
                        "edit-note-title",
                        "Note on { $what }",
                        &[("what", &what)],
                    ))
                    .strong(),
                );
                area(ui, &tr("edit-note", "Note"), text, &refusals, &["note"]);
            }
        }
        // Refusals no field shows.
        let shown = [
            "score",
            "evidence",
            "source",
            "to",
            "from",
            "status",
            "organization",
            "country",
            "id",
            "title",
            "outlet",
            "date",
            "url",
            "note",
        ];
        for r in refusals.iter().filter(|r| !shown.contains(&r.field)) {
            ui.label(
                RichText::new(r.message.shown())
                    .color(ui.visuals().error_fg_color)
                    .small(),
            );
        }
        ui.horizontal(|ui| {
            let ok = refusals.is_empty();
            if ui
                .add_enabled(ok, egui::Button::new(tr("edit-apply", "Apply")))
                .clicked()
            {
                let (edits, _) = form.edits(ds);
                commands.push(Command::Edit(edits));
                close = true;
            } else if ui.button(tr("cancel", "Cancel")).clicked() {
                close = true;
            }
        });
    });
    if close {
        *open = None;
    }
}
