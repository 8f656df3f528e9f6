//! The edit model (`edit`): each edit changes what it says and only that;
//! each rule refuses with a message naming the field, before anything
//! changes; undo and redo put records back exactly; `is_dirty` follows the
//! last save through undo and redo; each edit names the file it touches.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a fixture that does not parse is a failed test"
)]

use std::collections::BTreeSet;
use std::sync::Arc;

use heartland::data::{FileKind, load_bundled};
use heartland::edit::{Edit, EditError, History, RelationKey, Target, check};
use heartland::model::{
    Dataset, Date, Dimension, MembershipStatus, OrgId, Score, Source, SourceId,
};

use crate::common::code;

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}
fn source(s: &str) -> SourceId {
    SourceId::try_from(s).unwrap()
}
fn org(s: &str) -> OrgId {
    OrgId::try_from(s).unwrap()
}
fn bundled() -> Arc<Dataset> {
    Arc::new(load_bundled().dataset)
}
/// AFG–UZB political: 1992 to 2016-09 (0.0), from 2016-09 (0.4).
fn afg_uzb() -> RelationKey {
    RelationKey {
        a: code("AFG"),
        b: code("UZB"),
        dimension: Dimension::Political,
        directed: false,
    }
}
fn relation(ds: &Dataset, key: RelationKey) -> &heartland::model::Relation {
    ds.relations.iter().find(|r| key.matches(r)).unwrap()
}

/// Apply `edit`, expecting a refusal on `field` whose message contains
/// `words`, and check the dataset is unchanged.
fn refused(edit: Edit, field: &str, words: &str) -> EditError {
    let mut ds = bundled();
    let before = Arc::clone(&ds);
    let mut history = History::new();
    let checked = check(&ds, &edit);
    let err = history.apply(&mut ds, edit).unwrap_err();
    assert_eq!(checked, Err(err.clone()), "check says the same as apply");
    assert_eq!(err.field, field, "field of: {err}");
    assert!(err.message.contains(words), "{words:?} in: {err}");
    crate::messages_rest::assert_has_id(&err.message, words);
    assert!(
        Arc::ptr_eq(&ds, &before),
        "nothing changed, not even copied"
    );
    assert!(!history.is_dirty(), "no step recorded");
    err
}

#[test]
fn set_period_changes_score_evidence_and_source() {
    let mut ds = bundled();
    let mut history = History::new();
    let edit = Edit::SetPeriod {
        relation: afg_uzb(),
        from: date("2016-09"),
        score: 0.6,
        evidence: Some("a reason".to_owned()),
        source: Some(source("kazantsev-2023")),
    };
    assert_eq!(edit.file(), FileKind::Relations, "touches relations.json");
    assert_eq!(history.apply(&mut ds, edit), Ok(true), "applied");
    let p = &relation(&ds, afg_uzb()).series[1];
    assert_eq!(p.score, Score::new(0.6).unwrap(), "score");
    assert_eq!(p.evidence.as_deref(), Some("a reason"), "evidence");
    assert_eq!(p.source, Some(source("kazantsev-2023")), "source");
    assert_eq!(
        relation(&ds, afg_uzb()).series[0],
        relation(&bundled(), afg_uzb()).series[0],
        "the other period is untouched"
    );
    let mut expected = (*bundled()).clone();
    let key = afg_uzb();
    let r = expected
        .relations
        .iter_mut()
        .find(|r| key.matches(r))
        .unwrap();
    r.series[1] = p.clone();
    assert_eq!(*ds, expected, "nothing else changed");
}

#[test]
fn a_relation_is_found_whichever_way_round() {
    let mut ds = bundled();
    let mut history = History::new();
    let reversed = RelationKey {
        a: code("UZB"),
        b: code("AFG"),
        ..afg_uzb()
    };
    let edit = Edit::SetPeriod {
        relation: reversed,
        from: date("1992"),
        score: -0.1,
        evidence: None,
        source: None,
    };
    assert_eq!(history.apply(&mut ds, edit), Ok(true), "undirected match");
    assert_eq!(
        relation(&ds, afg_uzb()).series[0].score,
        Score::new(-0.1).unwrap(),
        "changed"
    );
}

#[test]
fn add_period_inserts_in_order_and_creates_a_missing_relation() {
    let mut ds = bundled();
    let mut history = History::new();
    // End the open period, then add one after it.
    let end = Edit::EndPeriod {
        relation: afg_uzb(),
        from: date("2016-09"),
        to: Some(date("2021-08")),
    };
    assert_eq!(history.apply(&mut ds, end), Ok(true), "ended");
    let add = Edit::AddPeriod {
        relation: afg_uzb(),
        from: date("2021-08"),
        to: None,
        score: 0.2,
        evidence: Some("after the Taliban takeover".to_owned()),
        source: None,
    };
    assert_eq!(history.apply(&mut ds, add), Ok(true), "added");
    let froms: Vec<String> = relation(&ds, afg_uzb())
        .series
        .iter()
        .map(|p| p.period.to_string())
        .collect();
    assert_eq!(
        froms,
        ["1992 to 2016-09", "2016-09 to 2021-08", "from 2021-08"],
        "sorted by start"
    );

    let new_key = RelationKey {
        a: code("KAZ"),
        b: code("TKM"),
        dimension: Dimension::Transport,
        directed: true,
    };
    assert!(
        !ds.relations.iter().any(|r| new_key.matches(r)),
        "no such relation yet"
    );
    let create = Edit::AddPeriod {
        relation: new_key,
        from: date("2014"),
        to: None,
        score: 0.5,
        evidence: None,
        source: Some(source("mamishova-2017")),
    };
    let n = ds.relations.len();
    assert_eq!(history.apply(&mut ds, create), Ok(true), "created");
    assert_eq!(ds.relations.len(), n + 1, "one more relation");
    let sorted = ds.relations.windows(2).all(|w| {
        (w[0].a, w[0].b, w[0].dimension, w[0].directed)
            <= (w[1].a, w[1].b, w[1].dimension, w[1].directed)
    });
    assert!(sorted, "relations stay sorted");
    assert_eq!(relation(&ds, new_key).series.len(), 1, "one period");
}

#[test]
fn end_period_can_reopen() {
    let mut ds = bundled();
    let mut history = History::new();
    let reopen = Edit::EndPeriod {
        relation: afg_uzb(),
        from: date("2016-09"),
        to: Some(date("2030")),
    };
    assert_eq!(history.apply(&mut ds, reopen), Ok(true), "ended");
    assert_eq!(
        relation(&ds, afg_uzb()).series[1].period.to,
        Some(date("2030")),
        "to set"
    );
    let open = Edit::EndPeriod {
        relation: afg_uzb(),
        from: date("2016-09"),
        to: None,
    };
    assert_eq!(history.apply(&mut ds, open), Ok(true), "reopened");
    assert_eq!(*ds, *bundled(), "back as it was");
}

#[test]
fn memberships_are_added_ended_and_changed() {
    let mut ds = bundled();
    let mut history = History::new();
    let csto = org("csto");
    // Uzbekistan: 1992-05-15 to 1999-04-02, 2006-08-16 to 2012-06-28.
    let add = Edit::AddMembership {
        org: csto.clone(),
        country: code("UZB"),
        status: MembershipStatus::Observer,
        from: date("2030"),
        to: None,
        source: Some(source("csto-record")),
        evidence: None,
    };
    assert_eq!(add.file(), FileKind::Organizations, "organizations.json");
    assert_eq!(history.apply(&mut ds, add), Ok(true), "added");
    let uzb: Vec<String> = ds.organizations[&csto]
        .memberships_of(code("UZB"))
        .map(|m| format!("{} {}", m.status, m.period))
        .collect();
    assert_eq!(
        uzb,
        [
            "member 1992-05-15 to 1999-04-20",
            "member 2006-08-16 to 2012-06-28",
            "observer from 2030"
        ],
        "in order"
    );
    let end = Edit::EndMembership {
        org: csto.clone(),
        country: code("UZB"),
        from: date("2030"),
        to: Some(date("2031")),
    };
    assert_eq!(history.apply(&mut ds, end), Ok(true), "ended");
    let change = Edit::ChangeMembership {
        org: csto.clone(),
        country: code("UZB"),
        from: date("2030"),
        status: MembershipStatus::Partner,
        source: None,
        evidence: Some("said so".to_owned()),
    };
    assert_eq!(history.apply(&mut ds, change), Ok(true), "changed");
    let m = ds.organizations[&csto]
        .memberships
        .iter()
        .find(|m| m.country == code("UZB") && m.period.from == date("2030"))
        .unwrap();
    assert_eq!(m.status, MembershipStatus::Partner, "status");
    assert_eq!(m.period.to, Some(date("2031")), "end");
    assert_eq!(m.source, None, "source cleared");
    assert_eq!(m.evidence.as_deref(), Some("said so"), "evidence");
    assert!(
        ds.organizations[&csto].members_in(2030).get(&code("UZB"))
            == Some(&MembershipStatus::Partner),
        "the model sees it"
    );
}

#[test]
fn sources_and_notes() {
    let mut ds = bundled();
    let mut history = History::new();
    let new = Source {
        id: source("my-notes-2026"),
        title: "My field notes".to_owned(),
        author: Some("An Analyst".to_owned()),
        outlet: None,
        date: Some(date("2026-11")),
        file: None,
        url: None,
        note: Some(String::new()),
        language: None,
    };
    let add = Edit::AddSource(new.clone());
    assert_eq!(add.file(), FileKind::Sources, "sources.json");
    assert_eq!(history.apply(&mut ds, add), Ok(true), "added");
    assert_eq!(
        ds.sources[&new.id].note, None,
        "an empty note is stored as none"
    );
    // The new source can be cited at once.
    let cite = Edit::SetPeriod {
        relation: afg_uzb(),
        from: date("1992"),
        score: 0.0,
        evidence: None,
        source: Some(new.id.clone()),
    };
    assert_eq!(history.apply(&mut ds, cite), Ok(true), "cited");

    let targets = [
        (Target::Country(code("KAZ")), FileKind::Countries),
        (
            Target::Membership {
                org: org("csto"),
                country: code("ARM"),
                from: date("2024-02"),
            },
            FileKind::Organizations,
        ),
        (
            Target::Period {
                relation: afg_uzb(),
                from: date("2016-09"),
            },
            FileKind::Relations,
        ),
        (Target::Source(new.id.clone()), FileKind::Sources),
    ];
    for (target, file) in targets {
        let edit = Edit::SetNote {
            target: target.clone(),
            note: Some("line one\nline two\twith a tab".to_owned()),
        };
        assert_eq!(edit.file(), file, "{target:?}");
        assert_eq!(history.apply(&mut ds, edit), Ok(true), "{target:?}");
    }
    assert_eq!(
        ds.countries[&code("KAZ")].note.as_deref(),
        Some("line one\nline two\twith a tab"),
        "country note"
    );
    let arm = ds.organizations[&org("csto")]
        .memberships
        .iter()
        .find(|m| m.country == code("ARM") && m.period.from == date("2024-02"))
        .unwrap();
    assert!(
        arm.note.as_deref().unwrap().starts_with("line one"),
        "membership note"
    );
    assert_eq!(
        relation(&ds, afg_uzb()).series[1]
            .note
            .as_deref()
            .map(str::len),
        Some(28),
        "period note"
    );
    let clear = Edit::SetNote {
        target: Target::Country(code("KAZ")),
        note: Some("   ".to_owned()),
    };
    assert_eq!(history.apply(&mut ds, clear), Ok(true), "cleared");
    assert_eq!(ds.countries[&code("KAZ")].note, None, "blank is none");
    let same = Edit::SetNote {
        target: Target::Country(code("KAZ")),
        note: None,
    };
    assert_eq!(
        history.apply(&mut ds, same),
        Ok(false),
        "no change, no step"
    );
}

#[test]
fn each_rule_refuses_with_a_message_on_its_field() {
    let set = |score: f64, source_id: &str, evidence: &str| Edit::SetPeriod {
        relation: afg_uzb(),
        from: date("2016-09"),
        score,
        evidence: Some(evidence.to_owned()),
        source: Some(source(source_id)),
    };
    refused(
        set(1.5, "ramani-2017", "x"),
        "score",
        "outside the range -1 to 1",
    );
    refused(set(f64::NAN, "ramani-2017", "x"), "score", "finite number");
    refused(
        set(0.5, "no-such-source", "x"),
        "source",
        "unknown source id \"no-such-source\"",
    );
    refused(
        set(0.5, "ramani-2017", "a\0b"),
        "evidence",
        "control character (U+0000)",
    );
    refused(
        Edit::SetPeriod {
            relation: afg_uzb(),
            from: date("2000"),
            score: 0.1,
            evidence: None,
            source: None,
        },
        "from",
        "no period starting 2000",
    );
    refused(
        Edit::SetPeriod {
            relation: RelationKey {
                dimension: Dimension::Energy,
                ..afg_uzb()
            },
            from: date("1992"),
            score: 0.1,
            evidence: None,
            source: None,
        },
        "",
        "there is no relation AFG–UZB (energy)",
    );
    let add = |from: &str, to: Option<&str>| Edit::AddPeriod {
        relation: afg_uzb(),
        from: date(from),
        to: to.map(date),
        score: 0.1,
        evidence: None,
        source: None,
    };
    refused(
        add("2010", Some("2012")),
        "from",
        "overlaps the period 1992 to 2016-09",
    );
    refused(add("2020", Some("2019")), "to", "must be after \"from\"");
    refused(add("2020", Some("2020")), "to", "must be after");
    let self_relation = Edit::AddPeriod {
        relation: RelationKey {
            a: code("KAZ"),
            b: code("KAZ"),
            dimension: Dimension::Political,
            directed: false,
        },
        from: date("2000"),
        to: None,
        score: 0.1,
        evidence: None,
        source: None,
    };
    refused(self_relation, "b", "with itself");
    let unknown_country = Edit::AddPeriod {
        relation: RelationKey {
            a: code("KAZ"),
            b: code("ATA"),
            dimension: Dimension::Political,
            directed: false,
        },
        from: date("2000"),
        to: None,
        score: 0.1,
        evidence: None,
        source: None,
    };
    refused(unknown_country, "b", "country \"ATA\" is not in the data");
    refused(
        Edit::EndPeriod {
            relation: afg_uzb(),
            from: date("1992"),
            to: Some(date("2017")),
        },
        "to",
        "overlap the period from 2016-09",
    );
    refused(
        Edit::EndPeriod {
            relation: afg_uzb(),
            from: date("2016-09"),
            to: Some(date("2016-01")),
        },
        "to",
        "must be after",
    );

    let member = |country: &str, from: &str, to: Option<&str>| Edit::AddMembership {
        org: org("csto"),
        country: code(country),
        status: MembershipStatus::Member,
        from: date(from),
        to: to.map(date),
        source: None,
        evidence: None,
    };
    refused(
        member("UZB", "1998", Some("2000")),
        "from",
        "overlaps the membership 1992-05-15 to 1999-04-20 of UZB in csto",
    );
    refused(member("ATA", "2000", None), "country", "not in the data");
    refused(member("UZB", "2001", Some("2000")), "to", "must be after");
    refused(
        Edit::AddMembership {
            org: org("no-such-org"),
            country: code("UZB"),
            status: MembershipStatus::Member,
            from: date("2001"),
            to: None,
            source: None,
            evidence: None,
        },
        "organization",
        "there is no organization \"no-such-org\"",
    );
    refused(
        Edit::EndMembership {
            org: org("csto"),
            country: code("UZB"),
            from: date("1992-05-15"),
            to: Some(date("2007")),
        },
        "to",
        "overlap the membership 2006-08-16 to 2012-06-28",
    );
    refused(
        Edit::ChangeMembership {
            org: org("csto"),
            country: code("UZB"),
            from: date("1993"),
            status: MembershipStatus::Member,
            source: None,
            evidence: None,
        },
        "from",
        "csto has no membership of UZB starting 1993",
    );
    refused(
        Edit::ChangeMembership {
            org: org("csto"),
            country: code("UZB"),
            from: date("1992-05-15"),
            status: MembershipStatus::Member,
            source: Some(source("invented")),
            evidence: None,
        },
        "source",
        "unknown source id",
    );

    let src = |id: &str, title: &str| {
        Edit::AddSource(Source {
            id: source(id),
            title: title.to_owned(),
            author: None,
            outlet: None,
            date: None,
            file: None,
            url: None,
            note: None,
            language: None,
        })
    };
    refused(
        src("kazantsev-2023", "Again"),
        "id",
        "already a source \"kazantsev-2023\"",
    );
    refused(src("new-one", "  "), "title", "needs a title");
    refused(
        src("new-one", "Two\nlines"),
        "title",
        "control character (U+000A)",
    );
    refused(
        Edit::SetNote {
            target: Target::Stance(heartland::model::StanceId::try_from("no-such-vote").unwrap()),
            note: Some("x".to_owned()),
        },
        "",
        "no such record",
    );
    refused(
        Edit::SetNote {
            target: Target::Country(code("KAZ")),
            note: Some("bell\u{7}".to_owned()),
        },
        "note",
        "control character (U+0007)",
    );
}

#[test]
fn undo_and_redo_put_records_back() {
    let original = bundled();
    let mut ds = Arc::clone(&original);
    let mut history = History::new();
    assert!(history.undo(&mut ds).is_none(), "nothing to undo");
    let edits = [
        Edit::SetPeriod {
            relation: afg_uzb(),
            from: date("1992"),
            score: 0.9,
            evidence: None,
            source: None,
        },
        Edit::SetNote {
            target: Target::Country(code("KAZ")),
            note: Some("n".to_owned()),
        },
        Edit::AddMembership {
            org: org("csto"),
            country: code("TKM"),
            status: MembershipStatus::Observer,
            from: date("2040"),
            to: None,
            source: None,
            evidence: None,
        },
    ];
    let mut states = vec![(*ds).clone()];
    for e in edits {
        assert_eq!(history.apply(&mut ds, e), Ok(true), "applied");
        states.push((*ds).clone());
    }
    assert!(
        !Arc::ptr_eq(&ds, &original) && *original == states[0],
        "the shared original is not changed (copy on write)"
    );
    assert_eq!(
        history.next_undo().as_deref(),
        Some("add a membership of TKM in csto"),
        "label"
    );
    for i in (0..3).rev() {
        assert!(history.undo(&mut ds).is_some(), "undo {i}");
        assert_eq!(*ds, states[i], "state {i} after undo");
    }
    assert!(history.undo(&mut ds).is_none(), "all undone");
    for (i, state) in states.iter().enumerate().skip(1) {
        assert!(history.redo(&mut ds).is_some(), "redo {i}");
        assert_eq!(*ds, *state, "state {i} after redo");
    }
    assert!(history.redo(&mut ds).is_none(), "all redone");
    // Undo one, then a new edit: the redo is gone.
    history.undo(&mut ds);
    let e = Edit::SetNote {
        target: Target::Country(code("UZB")),
        note: Some("m".to_owned()),
    };
    assert_eq!(history.apply(&mut ds, e), Ok(true), "new edit");
    assert!(history.next_redo().is_none(), "redo dropped");
    while history.undo(&mut ds).is_some() {}
    assert_eq!(*ds, states[0], "undo all gives the original");
}

#[test]
fn dirty_follows_the_last_save() {
    let mut ds = bundled();
    let mut history = History::new();
    assert!(!history.is_dirty(), "clean when opened");
    assert!(history.files_to_save().is_empty(), "nothing to save");
    let note = |c: &str| Edit::SetNote {
        target: Target::Country(code(c)),
        note: Some("x".to_owned()),
    };
    let score = Edit::SetPeriod {
        relation: afg_uzb(),
        from: date("1992"),
        score: 0.9,
        evidence: None,
        source: None,
    };
    history.apply(&mut ds, note("KAZ")).unwrap();
    assert!(history.is_dirty(), "dirty after an edit");
    history.undo(&mut ds);
    assert!(!history.is_dirty(), "clean again after undoing it");
    assert!(history.files_to_save().is_empty(), "nothing to save");
    history.redo(&mut ds);
    history.apply(&mut ds, score).unwrap();
    assert_eq!(
        history.files_to_save(),
        BTreeSet::from([FileKind::Countries, FileKind::Relations]),
        "the files touched"
    );
    history.mark_saved();
    assert!(!history.is_dirty(), "clean after saving");
    assert!(history.files_to_save().is_empty(), "nothing left to save");
    history.undo(&mut ds);
    assert!(history.is_dirty(), "undoing past the save makes it dirty");
    assert_eq!(
        history.files_to_save(),
        BTreeSet::from([FileKind::Relations]),
        "only what the undo touched"
    );
    history.redo(&mut ds);
    assert!(!history.is_dirty(), "redo back to the saved state: clean");
    history.undo(&mut ds);
    history.apply(&mut ds, note("UZB")).unwrap();
    assert!(history.is_dirty(), "the saved state is out of reach");
    history.undo(&mut ds);
    assert!(history.is_dirty(), "still out of reach");
}

#[test]
fn an_import_is_one_undo_step_between_edits() {
    let original = bundled();
    let mut ds = Arc::clone(&original);
    let mut history = History::new();
    let note = |c: &str| Edit::SetNote {
        target: Target::Country(code(c)),
        note: Some("why".to_owned()),
    };
    history.apply(&mut ds, note("KAZ")).unwrap();
    history.mark_saved();
    let before_import = (*ds).clone();
    // What an import merged: a new note on another country and a source.
    let mut merged = (*ds).clone();
    merged.countries.get_mut(&code("UZB")).unwrap().note = Some("imported".to_owned());
    let new_source = source("imported-file");
    let mut imported_source = merged.sources.values().next().unwrap().clone();
    imported_source.id = new_source.clone();
    merged.sources.insert(new_source.clone(), imported_source);
    let merged = Arc::new(merged);
    assert!(history.apply_whole(
        &mut ds,
        Arc::clone(&merged),
        heartland::i18n::Message::verbatim("import of x.csv")
    ));
    assert!(
        Arc::ptr_eq(&ds, &merged),
        "the merged data is shown, not copied"
    );
    assert!(history.is_dirty(), "an import is unsaved");
    assert!(
        history.files_to_save().contains(&FileKind::Sources),
        "every file it may have changed is looked at"
    );
    // An edit after the import.
    history.apply(&mut ds, note("TKM")).unwrap();
    let after_edit = (*ds).clone();
    assert_eq!(history.undo(&mut ds).as_deref(), Some("change a note"));
    assert_eq!(*ds, *merged, "the edit undone, the import kept");
    assert_eq!(history.undo(&mut ds).as_deref(), Some("import of x.csv"));
    assert_eq!(*ds, before_import, "the import undone");
    assert!(!history.is_dirty(), "back to what was saved");
    assert!(
        history.undo(&mut ds).is_some(),
        "the edit before it is still undoable"
    );
    assert_eq!(*ds, *original);
    assert!(history.undo(&mut ds).is_none(), "all undone");
    for _ in 0..3 {
        assert!(history.redo(&mut ds).is_some(), "redo");
    }
    assert_eq!(*ds, after_edit, "redo gives the import and the edit back");
    // Same data: no step.
    let same = Arc::clone(&ds);
    assert!(!history.apply_whole(&mut ds, same, heartland::i18n::Message::verbatim("nothing")));
    assert_eq!(history.next_undo().as_deref(), Some("change a note"));
}
