//! What the analysis modules compute (formerly unit tests in src/analysis).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "the helpers of these tests may panic: a failed test"
)]

/// The tests that were `src/analysis/aggregate.rs`'s unit tests.
mod aggregate {
    use heartland::analysis::aggregate::*;
    use heartland::model::CountryCode;

    fn c(s: &str) -> CountryCode {
        CountryCode::try_from(s).unwrap_or_else(|_| unreachable!("valid test code"))
    }

    #[test]
    fn a_relation_weak_for_both_states_is_hidden() {
        // A star around RUS plus one weak tie between two leaves.
        let ties = [
            Tie {
                a: c("RUS"),
                b: c("KAZ"),
                magnitude: 0.9,
            },
            Tie {
                a: c("RUS"),
                b: c("KGZ"),
                magnitude: 0.8,
            },
            Tie {
                a: c("RUS"),
                b: c("TJK"),
                magnitude: 0.2,
            },
            Tie {
                a: c("KAZ"),
                b: c("KGZ"),
                magnitude: 0.1,
            },
        ];
        // k = 1: RUS keeps KAZ; KAZ keeps RUS; KGZ keeps RUS (0.8); TJK
        // keeps RUS (its only one). KAZ–KGZ is nobody's first.
        assert_eq!(top_k_per_state(&ties, 1), [true, true, true, false]);
        assert_eq!(top_k_per_state(&ties, 2), [true, true, true, true]);
        assert_eq!(top_k_per_state(&ties, 0), [false; 4]);
    }

    #[test]
    fn flows_sum_each_sign_apart_and_count_the_relations() {
        let ties = [
            SignedTie {
                a: c("KAZ"),
                b: c("RUS"),
                score: 0.8,
            },
            SignedTie {
                a: c("UZB"),
                b: c("RUS"),
                score: -0.8,
            },
            SignedTie {
                a: c("RUS"),
                b: c("KGZ"),
                score: 0.5,
            },
            SignedTie {
                a: c("KAZ"),
                b: c("UZB"),
                score: 0.0,
            },
        ];
        let node = |s: CountryCode| match s.as_str() {
            "RUS" => Node::State(s),
            _ => Node::Group(0),
        };
        let flows = group_flows(&ties, node);
        assert_eq!(flows.len(), 2);
        let out = flows[1];
        assert_eq!((out.a, out.b), (Node::Group(0), Node::State(c("RUS"))));
        assert!((out.positive - 1.3).abs() < 1e-12, "{out:?}");
        assert!(
            (out.negative + 0.8).abs() < 1e-12,
            "never cancelled: {out:?}"
        );
        assert_eq!(
            (out.positive_count, out.negative_count, out.count()),
            (2, 1, 3)
        );
        let inside = flows[0];
        assert_eq!(inside.a, inside.b);
        assert_eq!((inside.neutral_count, inside.positive), (1, 0.0));
    }
}

/// The tests that were `src/analysis/centrality.rs`'s unit tests.
mod centrality {
    use heartland::analysis::centrality::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// A path 0 – 1 – 2 with weights 1: 1 lies on the only 0–2 path.
    #[test]
    fn path_of_three() {
        let adj = vec![vec![(1, 1.0)], vec![(0, 1.0), (2, 1.0)], vec![(1, 1.0)]];
        let b = betweenness(&adj);
        assert!(close(b[1], 1.0) && close(b[0], 0.0), "betweenness {b:?}");
        let c = closeness(&adj);
        // Node 0: distances 1 and 2, so 2/3; node 1: 2/2 = 1.
        assert!(
            close(c[0], 2.0 / 3.0) && close(c[1], 1.0),
            "closeness {c:?}"
        );
        let e = eigenvector(&adj);
        assert!(close(e[1], 1.0), "centre is the maximum: {e:?}");
        assert!(close(e[0], e[2]), "symmetry: {e:?}");
        assert!(
            close(e[0], std::f64::consts::FRAC_1_SQRT_2),
            "ends are 1/√2: {e:?}"
        );
    }

    #[test]
    fn empty_and_isolated() {
        assert!(eigenvector(&[]).is_empty(), "no nodes");
        let adj = vec![Vec::new(), Vec::new()];
        assert_eq!(eigenvector(&adj), vec![0.0, 0.0], "no ties");
        assert_eq!(betweenness(&adj), vec![0.0, 0.0], "no ties");
        assert_eq!(closeness(&adj), vec![0.0, 0.0], "no ties");
    }

    /// Heavier weight means shorter distance: 0–2 direct with weight 0.25
    /// (distance 4) loses to 0–1–2 with weights 1 (distance 2).
    #[test]
    fn weight_is_inverse_distance() {
        let adj = vec![
            vec![(1, 1.0), (2, 0.25)],
            vec![(0, 1.0), (2, 1.0)],
            vec![(0, 0.25), (1, 1.0)],
        ];
        let b = betweenness(&adj);
        assert!(close(b[1], 1.0), "1 bridges 0 and 2: {b:?}");
    }
}

/// The tests that were `src/analysis/groups.rs`'s unit tests.
mod groups {
    use heartland::analysis::groups::*;
    use heartland::model::CountryCode;

    fn c(s: &str) -> CountryCode {
        CountryCode::try_from(s).unwrap_or_else(|_| unreachable!("valid test code"))
    }

    #[test]
    fn the_bundled_grouping_splits_the_south_caucasus_and_places_no_unknown_code() {
        let g = Grouping::bundled();
        let of = |s| g.group_of(c(s)).map(|i| g.groups[i].id.as_str());
        assert_eq!(of("KAZ"), Some("143"));
        assert_eq!(of("UZB"), Some("143"));
        assert_eq!(of("TUR"), Some("145"));
        assert_eq!(of("ARM"), Some(SOUTH_CAUCASUS));
        assert_eq!(of("AZE"), Some(SOUTH_CAUCASUS));
        assert_eq!(of("GEO"), Some(SOUTH_CAUCASUS));
        assert_eq!(of("RUS"), Some("151"));
        assert_eq!(of("SUN"), None, "CLDR does not place it");
        assert_eq!(of("XKX"), None);
        let west = g.by_id("145").map(Group::english_name);
        assert_eq!(west.as_deref(), Some("Western Asia"));
    }

    #[test]
    fn a_users_group_takes_its_members_out_of_the_bundled_ones() {
        let g = Grouping::with_user_groups(&[UserGroup {
            name: "Caspian".into(),
            members: vec![c("RUS"), c("KAZ"), c("AZE"), c("IRN"), c("TKM")],
        }]);
        let caspian = g.group_of(c("KAZ")).map(|i| g.groups[i].id.clone());
        assert_eq!(caspian.as_deref(), Some("user:Caspian"));
        assert_eq!(
            g.group_of(c("UZB")).map(|i| g.groups[i].id.as_str()),
            Some("143")
        );
        let caucasus = g.by_id(SOUTH_CAUCASUS).map(|x| x.members.clone());
        assert_eq!(caucasus, Some(vec![c("ARM"), c("GEO")]));
    }

    #[test]
    fn bad_user_groups_are_named_by_their_key() {
        let group = |name: &str, members: &[&str]| UserGroup {
            name: name.into(),
            members: members.iter().map(|m| c(m)).collect(),
        };
        let err = |groups: &[UserGroup]| check_user_groups(groups).err().map(|(k, _)| k);
        assert_eq!(err(&[group("A", &["KAZ"]), group("B", &["UZB"])]), None);
        assert_eq!(
            err(&[group(" ", &["KAZ"])]).as_deref(),
            Some("relations.groups[0].name")
        );
        assert_eq!(
            err(&[group("A", &["KAZ"]), group("A", &["UZB"])]).as_deref(),
            Some("relations.groups[1].name")
        );
        assert_eq!(
            err(&[group("A", &[])]).as_deref(),
            Some("relations.groups[0].members")
        );
        assert_eq!(
            err(&[group("A", &["KAZ"]), group("B", &["UZB", "KAZ"])]).as_deref(),
            Some("relations.groups[1].members[1]")
        );
    }
}

/// The tests that were `src/analysis/louvain.rs`'s unit tests.
mod louvain {
    use heartland::analysis::louvain::*;

    /// Two triangles joined by one weak edge: two communities.
    fn two_triangles() -> Vec<Vec<(usize, f64)>> {
        let edges = [
            (0, 1, 1.0),
            (1, 2, 1.0),
            (0, 2, 1.0),
            (3, 4, 1.0),
            (4, 5, 1.0),
            (3, 5, 1.0),
            (2, 3, 0.1),
        ];
        let mut adj = vec![Vec::new(); 6];
        for (a, b, w) in edges {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
        for l in &mut adj {
            l.sort_by_key(|x| x.0);
        }
        adj
    }

    #[test]
    fn finds_the_two_triangles() {
        let adj = two_triangles();
        for seed in 0..20 {
            let c = louvain(&adj, seed);
            assert_eq!(c, vec![0, 0, 0, 1, 1, 1], "seed {seed}");
        }
        let q = modularity(&adj, &[0, 0, 0, 1, 1, 1]);
        // m = 6.1; each side: inner 3, degree 6.1 → 2·(3/6.1 − 0.25).
        assert!(
            (q - 2.0 * (3.0 / 6.1 - 0.25)).abs() < 1e-12,
            "modularity {q}"
        );
    }

    #[test]
    fn no_edges_gives_singletons() {
        let adj = vec![Vec::new(); 3];
        assert_eq!(louvain(&adj, 1), vec![0, 1, 2], "singletons");
        assert!(modularity(&adj, &[0, 1, 2]).abs() < 1e-15, "no edges");
        assert!(louvain(&[], 1).is_empty(), "no nodes");
    }

    #[test]
    fn generator_is_fixed() {
        let mut g = SplitMix64::new(0);
        // Reference values of SplitMix64 from seed 0.
        assert_eq!(g.next_u64(), 0xE220_A839_7B1D_CDAF, "first");
        assert_eq!(g.next_u64(), 0x6E78_9E6A_A1B9_65F4, "second");
    }
}

/// The tests that were `src/analysis/sets.rs`'s unit tests.
mod sets {
    use std::collections::BTreeSet;

    use heartland::analysis::sets::*;
    use heartland::model::{CountryCode, Dataset, MembershipStatus, OrgId};
    use heartland::model::{OrgKind, Organization};

    use crate::common::code;

    /// A security organization with these memberships.
    fn org(id: &str, members: &[(&str, MembershipStatus, &str, Option<&str>)]) -> Organization {
        crate::analysis::org(id, OrgKind::Security, members)
    }

    fn dataset() -> Dataset {
        use MembershipStatus::{Member, Observer};
        let mut ds = Dataset::default();
        for o in [
            org(
                "csto",
                &[
                    ("KAZ", Member, "1992", None),
                    ("UZB", Member, "2006-08-16", Some("2012-06-28")),
                    ("TJK", Member, "1992", None),
                    ("ARM", Member, "1992", None),
                ],
            ),
            org(
                "eaeu",
                &[
                    ("KAZ", Member, "2015", None),
                    ("ARM", Member, "2015", None),
                    ("UZB", Observer, "2020-12", None),
                ],
            ),
        ] {
            ds.organizations.insert(o.id.clone(), o);
        }
        ds
    }

    fn ids(list: &[&str]) -> Vec<OrgId> {
        list.iter().map(|s| OrgId::try_from(*s).unwrap()).collect()
    }

    fn codes(list: &[&str]) -> BTreeSet<CountryCode> {
        list.iter().map(|s| code(s)).collect()
    }

    #[test]
    fn union_intersection_difference() {
        let ds = dataset();
        let both = ids(&["csto", "eaeu"]);
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Union, Counted::MEMBERS),
            codes(&["ARM", "KAZ", "TJK"]),
            "observer UZB does not count"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Intersection, Counted::MEMBERS),
            codes(&["ARM", "KAZ"]),
            "in both"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Difference, Counted::MEMBERS),
            codes(&["TJK"]),
            "CSTO members not in the EAEU"
        );
        assert_eq!(
            membership_set(&ds, &both, 2010, SetOp::Difference, Counted::MEMBERS),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "EAEU did not exist in 2010"
        );
    }

    #[test]
    fn edge_cases() {
        let ds = dataset();
        assert!(
            membership_set(&ds, &[], 2021, SetOp::Union, Counted::MEMBERS).is_empty(),
            "no organizations"
        );
        assert_eq!(
            membership_set(
                &ds,
                &ids(&["csto", "nope"]),
                2021,
                SetOp::Intersection,
                Counted::MEMBERS
            ),
            BTreeSet::new(),
            "unknown organization has no members"
        );
        assert_eq!(
            membership_set(
                &ds,
                &ids(&["csto"]),
                2010,
                SetOp::Intersection,
                Counted::MEMBERS
            ),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "a single organization is its own set"
        );
    }

    #[test]
    fn the_rule_decides_which_statuses_count() {
        let ds = dataset();
        let both = ids(&["csto", "eaeu"]);
        let with_observers = Counted {
            observers: true,
            suspended: false,
        };
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Union, with_observers),
            codes(&["ARM", "KAZ", "TJK", "UZB"]),
            "observer UZB counts when observers do"
        );
        assert_eq!(
            membership_set(&ds, &both, 2021, SetOp::Intersection, with_observers),
            codes(&["ARM", "KAZ"]),
            "UZB is an observer of the EAEU but not in the CSTO in 2021"
        );
        assert!(Counted::default().counts(MembershipStatus::Member));
        assert!(!Counted::default().counts(MembershipStatus::Suspended));
        assert!(
            Counted {
                observers: false,
                suspended: true
            }
            .counts(MembershipStatus::Suspended)
        );
        assert!(!with_observers.counts(MembershipStatus::Candidate));
        assert_eq!(Counted::default().label(), "members only");
    }
}

/// The tests that were `src/analysis/timeline.rs`'s unit tests.
mod timeline {
    use heartland::analysis::timeline::*;
    use heartland::model::Date;

    #[test]
    fn fractional_years_grow_through_the_year() {
        let jan = fractional_year(&Date::parse("2000-01-01").unwrap());
        let jul = fractional_year(&Date::parse("2000-07-01").unwrap());
        let year = fractional_year(&Date::parse("2001").unwrap());
        assert!((jan - 2000.0).abs() < 1e-9, "{jan}");
        assert!((jul - (2000.0 + 182.0 / 366.0)).abs() < 1e-9, "{jul}");
        assert!((year - 2001.0).abs() < 1e-9, "{year}");
    }
}
