//! What a view shows (`heartland::shown`), on a small fixture dataset
//! (`tests/fixtures/shown/`): relations by year and filter, direction and
//! parallel arcs, memberships and set views, corridors by year and the
//! "all when none is ticked" rule, stance cells with "not recorded" and "not
//! a UN member", and the hints of a layer with nothing chosen.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a fixture that does not load is a failed test"
)]

use std::collections::BTreeSet;
use std::path::Path;

use heartland::data::{Loaded, load_dir};
use heartland::model::{
    CorridorStatus, CountryCode, Dataset, Dimension, MembershipStatus, OrgId, Position, StanceId,
};
use heartland::shown::{CorridorChoice, Shown, ShownCache, StanceCell};
use heartland::state::{MembershipSet, State};

use crate::common::code;

fn fixture() -> Dataset {
    let Loaded { dataset, problems } = load_dir(Path::new("tests/fixtures/shown"));
    assert!(problems.is_empty(), "the fixture is clean: {problems:?}");
    dataset
}

fn state(year: i32) -> State {
    State {
        year,
        ..State::default()
    }
}

#[test]
fn a_relation_with_no_period_in_the_year_is_absent() {
    let ds = fixture();
    let mut s = state(2012);
    s.layers.relations = true;
    let shown = Shown::compute(&ds, &s);
    let pairs: Vec<(&str, &str, Dimension)> = shown
        .relations
        .iter()
        .map(|r| (r.a.as_str(), r.b.as_str(), r.dimension))
        .collect();
    // KAZ–TUR starts in 2018: absent in 2012.
    assert_eq!(
        pairs,
        vec![
            ("KAZ", "RUS", Dimension::Political),
            ("KAZ", "RUS", Dimension::Security),
            ("KGZ", "UZB", Dimension::Political),
            ("RUS", "KAZ", Dimension::Energy),
        ],
        "relations in effect in 2012, in the data's order"
    );
    let kaz_rus = &shown.relations[0];
    assert!(
        (kaz_rus.score.value() - 0.8).abs() < 1e-12,
        "2000–2014 score"
    );
    assert_eq!(
        kaz_rus.evidence(&ds),
        Some("strategic partners"),
        "period evidence"
    );
    assert_eq!(
        kaz_rus.source(&ds).map(heartland::model::SourceId::as_str),
        Some("doc-a"),
        "no period source: the relation's"
    );
    // In 2016 the later period is in effect, with its own source.
    s.year = 2016;
    let shown = Shown::compute(&ds, &s);
    let kaz_rus = &shown.relations[0];
    assert!(
        (kaz_rus.score.value() - 0.5).abs() < 1e-12,
        "2014–2022 score"
    );
    assert_eq!(
        kaz_rus.source(&ds).map(heartland::model::SourceId::as_str),
        Some("doc-b"),
        "period source"
    );
    // Before 1992 nothing is in effect.
    s.year = 1991;
    assert!(
        Shown::compute(&ds, &s).relations.is_empty(),
        "nothing in 1991"
    );
}

#[test]
fn a_directed_relation_keeps_its_direction() {
    let ds = fixture();
    let mut s = state(2020);
    s.layers.relations = true;
    let shown = Shown::compute(&ds, &s);
    let energy = shown
        .relations
        .iter()
        .find(|r| r.dimension == Dimension::Energy)
        .expect("the energy relation is shown");
    assert!(energy.directed, "directed");
    assert_eq!(
        (energy.a, energy.b),
        (code("RUS"), code("KAZ")),
        "from Russia to Kazakhstan"
    );
    // Parallel arcs of one pair are numbered in order; the reversed
    // direction is not consecutive in the data, so it starts again.
    let parallel: Vec<usize> = shown.relations.iter().map(|r| r.parallel).collect();
    assert_eq!(parallel, vec![0, 1, 0, 0, 0], "parallel indices");
}

#[test]
fn filters_drop_dimensions_and_weak_relations_and_focus_only_dims() {
    let ds = fixture();
    let mut s = state(2020);
    s.layers.relations = true;
    s.relations.dimensions = [Dimension::Political, Dimension::Economic]
        .into_iter()
        .collect();
    s.relations.min_strength = 0.35;
    s.relations.focus = Some(code("KGZ"));
    let shown = Shown::compute(&ds, &s);
    let rows: Vec<(&str, &str, bool)> = shown
        .relations
        .iter()
        .map(|r| (r.a.as_str(), r.b.as_str(), r.dimmed))
        .collect();
    // KAZ–TUR economic (0.3) is below 0.35; the focus dims KAZ–RUS.
    assert_eq!(
        rows,
        vec![("KAZ", "RUS", true), ("KGZ", "UZB", false)],
        "filtered and dimmed"
    );
}

#[test]
fn the_intersection_of_csto_and_eaeu_in_2020() {
    let ds = fixture();
    let mut s = state(2020);
    s.layers.memberships = true;
    s.organizations = vec![
        OrgId::try_from("csto").unwrap(),
        OrgId::try_from("eaeu").unwrap(),
    ];
    s.membership_set = MembershipSet::Intersection;
    let shown = Shown::compute(&ds, &s);
    let expected: BTreeSet<CountryCode> = ["KAZ", "KGZ", "RUS"].map(code).into();
    assert_eq!(shown.memberships.set, expected, "in both");
    // Uzbekistan: out of the CSTO since 2012, an EAEU observer since 2020.
    assert_eq!(
        shown.memberships.by_country.get(&code("UZB")),
        Some(&vec![(
            OrgId::try_from("eaeu").unwrap(),
            MembershipStatus::Observer
        )]),
        "observer only"
    );
    s.membership_set = MembershipSet::Difference;
    s.year = 2010;
    let shown = Shown::compute(&ds, &s);
    // In 2010 the EAEU did not exist: the difference is the CSTO itself.
    let expected: BTreeSet<CountryCode> = ["KAZ", "KGZ", "RUS", "UZB"].map(code).into();
    assert_eq!(shown.memberships.set, expected, "CSTO minus nobody");
    let uzb = shown
        .memberships
        .members
        .iter()
        .find(|m| m.country == code("UZB"))
        .expect("Uzbekistan is in the CSTO in 2010");
    assert_eq!(uzb.since.to_string(), "2006-08-16", "since its return");
}

#[test]
fn corridor_status_follows_the_year_and_none_ticked_means_all() {
    let ds = fixture();
    let mut s = state(2012);
    s.layers.corridors = true;
    let shown = Shown::compute(&ds, &s);
    assert_eq!(shown.corridor_choice, CorridorChoice::All, "none ticked");
    let ids: Vec<&str> = shown.corridors.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, vec!["north", "south"], "every corridor is drawn");
    assert!(shown.hints.is_empty(), "no hint when corridors are drawn");
    let status = |shown: &Shown, id: &str| {
        shown
            .corridors
            .iter()
            .find(|c| c.id.as_str() == id)
            .and_then(|c| c.status)
    };
    assert_eq!(
        status(&shown, "south"),
        Some(CorridorStatus::Proposed),
        "2012"
    );
    s.year = 2019;
    assert_eq!(
        status(&Shown::compute(&ds, &s), "south"),
        Some(CorridorStatus::UnderConstruction),
        "2019"
    );
    s.year = 2005;
    assert_eq!(
        status(&Shown::compute(&ds, &s), "south"),
        None,
        "not yet in its history"
    );

    s.ticked_corridors = Some(["south"].map(|c| c.try_into().unwrap()).into());
    let shown = Shown::compute(&ds, &s);
    assert_eq!(shown.corridor_choice, CorridorChoice::Ticked, "ticked");
    assert_eq!(shown.corridors.len(), 1, "only the ticked one");
    let south = &shown.corridors[0];
    // Tashkent–Aktau and Aktau–Baku, geodesic: about 1,500 + 300 km.
    assert!(
        (1_600.0..2_100.0).contains(&south.length_km),
        "length {} km",
        south.length_km
    );
    s.ticked_corridors = Some(BTreeSet::new());
    let shown = Shown::compute(&ds, &s);
    assert_eq!(shown.corridor_choice, CorridorChoice::None, "explicit none");
    assert!(shown.corridors.is_empty(), "nothing drawn");
    assert_eq!(
        shown.hints.len(),
        1,
        "and the map says so: {:?}",
        shown.hints
    );
}

#[test]
fn a_un_vote_counts_not_recorded_members_and_non_members_apart() {
    let ds = fixture();
    let mut s = state(2020);
    s.layers.stances = true;
    s.stance = Some(StanceId::try_from("vote-1").unwrap());
    let shown = Shown::compute(&ds, &s);
    let stance = shown.stance.as_ref().expect("the vote is shown");
    assert!(stance.membership_known, "the data has the UN");
    // 5 UN members, 3 positions recorded: 2 not recorded; Kosovo apart.
    assert_eq!(stance.count(StanceCell::Recorded(Position::Yes)), 1, "yes");
    assert_eq!(stance.count(StanceCell::Recorded(Position::No)), 1, "no");
    assert_eq!(
        stance.count(StanceCell::Recorded(Position::Abstain)),
        1,
        "abstain"
    );
    assert_eq!(
        stance.count(StanceCell::Recorded(Position::Absent)),
        0,
        "absent"
    );
    assert_eq!(stance.count(StanceCell::NotRecorded), 2, "not recorded");
    assert_eq!(stance.count(StanceCell::NotUnMember), 1, "not a UN member");
    let not_recorded: Vec<CountryCode> = stance.states_in(StanceCell::NotRecorded).collect();
    assert_eq!(not_recorded, vec![code("KGZ"), code("UZB")], "who");
    assert_eq!(
        stance
            .states_in(StanceCell::NotUnMember)
            .collect::<Vec<_>>(),
        vec![code("XKX")],
        "Kosovo is not a UN member"
    );
    let order: Vec<StanceCell> = stance.counts.iter().map(|(c, _)| *c).collect();
    assert_eq!(
        order,
        vec![
            StanceCell::Recorded(Position::Yes),
            StanceCell::Recorded(Position::No),
            StanceCell::Recorded(Position::Abstain),
            StanceCell::Recorded(Position::Absent),
            StanceCell::NotRecorded,
            StanceCell::NotUnMember,
        ],
        "legend order"
    );
    // Before the vote's date nothing is filled.
    s.year = 2013;
    let shown = Shown::compute(&ds, &s);
    let stance = shown.stance.as_ref().expect("still chosen");
    assert!(
        !stance.in_effect && stance.cells.is_empty(),
        "not yet voted"
    );
}

#[test]
fn other_stances_count_every_state_without_a_position_as_not_recorded() {
    let ds = fixture();
    let mut s = state(2020);
    s.layers.stances = true;
    s.stance = Some(StanceId::try_from("question-1").unwrap());
    let shown = Shown::compute(&ds, &s);
    let stance = shown.stance.as_ref().expect("the question is shown");
    assert!(!stance.membership_known, "UN membership does not apply");
    assert_eq!(
        stance.count(StanceCell::NotRecorded),
        3,
        "6 states, 3 positions"
    );
    assert_eq!(stance.count(StanceCell::NotUnMember), 0, "not counted");
}

#[test]
fn a_layer_on_with_nothing_chosen_gives_a_hint() {
    let ds = fixture();
    let mut s = state(2020);
    s.layers.stances = true;
    s.layers.memberships = true;
    let shown = Shown::compute(&ds, &s);
    assert!(shown.stance.is_none(), "no stance chosen");
    assert!(
        shown.hints.iter().any(|h| h.contains("Stances")),
        "stance hint: {:?}",
        shown.hints
    );
    assert!(
        shown.hints.iter().any(|h| h.contains("Organizations")),
        "membership hint: {:?}",
        shown.hints
    );
    s.stance = Some(StanceId::try_from("vote-1").unwrap());
    s.organizations = vec![OrgId::try_from("csto").unwrap()];
    assert!(
        Shown::compute(&ds, &s).hints.is_empty(),
        "hints go once chosen"
    );
}

#[test]
fn the_cache_recomputes_on_content_changes_only() {
    let ds = fixture();
    let mut cache = ShownCache::default();
    let mut s = state(2020);
    s.layers.relations = true;
    cache.get(&ds, 0, &s);
    let first = cache.generation();
    s.camera.zoom = 3.0;
    s.theme = heartland::state::Theme::Dark;
    cache.get(&ds, 0, &s);
    assert_eq!(
        cache.generation(),
        first,
        "camera and theme change no content"
    );
    s.year = 2010;
    let shown = cache.get(&ds, 0, &s).clone();
    assert_eq!(cache.generation(), first + 1, "a new year recomputes");
    assert_eq!(
        shown,
        Shown::compute(&ds, &s),
        "and equals a fresh computation"
    );
    cache.get(&ds, 1, &s);
    assert_eq!(cache.generation(), first + 2, "new data recomputes");
}

#[test]
fn shared_memberships_are_derived_between_the_atlas_states() {
    use heartland::shown::DerivedBasis;
    use heartland::state::DerivedKind;
    // 2016 in the fixture: CSTO (KAZ KGZ RUS), EAEU (KAZ RUS KGZ) and the UN
    // (KAZ KGZ RUS TUR UZB) have full members. XKX is in the group "Other":
    // no derived arc.
    let ds = fixture();
    let mut s = state(2016);
    s.analysis.derived.insert(DerivedKind::SharedMemberships);
    let shown = Shown::compute(&ds, &s);
    let got: Vec<(String, String, usize)> = shown
        .derived
        .iter()
        .map(|d| match &d.basis {
            DerivedBasis::Organizations { shared, of } => {
                assert_eq!(*of, 3, "three organizations had members");
                assert!((d.value - shared.len() as f64 / 3.0).abs() < 1e-12);
                (d.a.to_string(), d.b.to_string(), shared.len())
            }
            DerivedBasis::Votes { .. } => panic!("not a vote"),
        })
        .collect();
    let want: Vec<(String, String, usize)> = [
        ("KAZ", "KGZ", 3),
        ("KAZ", "RUS", 3),
        ("KAZ", "TUR", 1),
        ("KAZ", "UZB", 1),
        ("KGZ", "RUS", 3),
        ("KGZ", "TUR", 1),
        ("KGZ", "UZB", 1),
        ("RUS", "TUR", 1),
        ("RUS", "UZB", 1),
        ("TUR", "UZB", 1),
    ]
    .iter()
    .map(|(a, b, n)| ((*a).to_owned(), (*b).to_owned(), *n))
    .collect();
    assert_eq!(got, want);

    // The strength threshold applies to derived values too.
    s.relations.min_strength = 0.5;
    let strong = Shown::compute(&ds, &s);
    assert_eq!(strong.derived.len(), 3, "only the pairs sharing all three");
}

#[test]
fn metrics_are_computed_once_per_year_while_the_year_moves() {
    use heartland::state::SizeBy;
    let ds = fixture();
    let mut cache = ShownCache::default();
    let mut s = state(2016);
    s.analysis.size_by = SizeBy::Betweenness;
    for year in [2016, 2017, 2016, 2017, 2016] {
        s.year = year;
        let shown = cache.get(&ds, 1, &s);
        assert!(shown.metrics.is_some(), "sizes need metrics");
    }
    assert_eq!(cache.metrics_computed(), 2, "two years, each computed once");
    s.analysis.size_by = SizeBy::None;
    assert!(
        cache.get(&ds, 1, &s).metrics.is_none(),
        "no sizes, no communities, relations graph: no metrics"
    );
}

#[test]
fn large_work_runs_in_the_background_and_arrives_equal() {
    use heartland::state::{DerivedKind, MetricsGraph, SizeBy};
    let ds = std::sync::Arc::new(fixture());
    let mut s = state(2016);
    s.layers.relations = true;
    s.analysis.size_by = SizeBy::Strength;
    s.analysis.derived.insert(DerivedKind::UnVoteAgreement);
    s.analysis.graph = MetricsGraph::UnVoteAgreement;
    let expected = Shown::compute(&ds, &s);
    assert!(expected.metrics.is_some() && !expected.derived.is_empty());

    let mut cache = ShownCache::default();
    // Everything counts as large: both jobs go to other threads.
    cache.set_background_limits(0, 0);
    let first = cache.get_in_background(&ds, 1, &s).clone();
    assert!(cache.is_computing(), "work started on other threads");
    assert!(first.metrics.is_none(), "no metrics until they arrive");
    assert!(
        first.hints.iter().any(|h| h.starts_with("Computing")),
        "the view says it is computing: {:?}",
        first.hints
    );
    let start = std::time::Instant::now();
    while cache.is_computing() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "the background work finishes"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
        cache.get_in_background(&ds, 1, &s);
    }
    // The last arrival is taken on the next call.
    let done = cache.get_in_background(&ds, 1, &s).clone();
    assert_eq!(done, expected, "what arrives equals what is computed here");
}

#[test]
fn the_plots_read_the_metrics_the_view_computed() {
    use heartland::panels::plots::{PlotsInput, PlotsState};
    use heartland::state::SizeBy;
    let ds = fixture();
    let mut cache = ShownCache::default();
    let mut s = state(2016);
    s.analysis.size_by = SizeBy::Betweenness;
    let from_view = cache
        .get(&ds, 1, &s)
        .metrics
        .clone()
        .expect("sizes need metrics");
    assert_eq!(cache.metrics_computed(), 1, "the view computed 2016");

    let mut plots = PlotsState::sharing(cache.metrics_cache());
    let input = PlotsInput {
        dataset: &ds,
        data_generation: 1,
        state: &s,
        shown: cache.last(),
        shown_generation: cache.generation(),
        years: (2016, 2017),
        votes: std::sync::Arc::default(),
    };
    let from_plots = plots.metrics_now(&input);
    assert!(
        std::sync::Arc::ptr_eq(&from_view, &from_plots),
        "the plots read the view's metrics of 2016"
    );
    assert_eq!(cache.metrics_computed(), 1, "nothing computed again");

    // What the plots compute (another year), the view then reads.
    let mut later = s.clone();
    later.year = 2017;
    let input = PlotsInput {
        state: &later,
        ..input
    };
    let from_plots = plots.metrics_now(&input);
    assert_eq!(cache.metrics_computed(), 2, "the plots computed 2017");
    let from_view = cache.get(&ds, 1, &later).metrics.clone().expect("metrics");
    assert!(
        std::sync::Arc::ptr_eq(&from_view, &from_plots),
        "the view reads the plots' metrics of 2017"
    );
    assert_eq!(cache.metrics_computed(), 2, "one cache, each year once");
}

/// The tests that were `src/shown/corridors.rs`'s unit tests.
mod corridors {
    use heartland::model::SourceId;
    use heartland::shown::*;

    #[test]
    fn lengths_read_as_words() {
        assert_eq!(km_text(1768.0), "1,768");
        assert_eq!(km_text(1406.6), "1,407");
        assert_eq!(km_text(928.0), "928");
        assert_eq!(km_text(12_345_678.0), "12,345,678");
        let src = SourceId::try_from("btc-record").unwrap();
        assert_eq!(
            length_text(Some((1768.0, Some(&src))), 1406.6),
            "Length: 1,768 km (btc-record) · drawn route, approx. 1,407 km"
        );
        assert_eq!(
            length_text(None, 95.0),
            "Length not recorded · drawn route, approx. 95 km"
        );
    }
}
