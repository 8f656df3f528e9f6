//! The typed model: dates, country codes, ids, kinds, scores, the dataset
//! (formerly unit tests in src/model).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "the helpers of these tests may panic: a failed test"
)]

/// The tests that were `src/model/country_code.rs`'s unit tests.
mod country_code {
    use heartland::model::country_code::*;

    #[test]
    fn list_is_sorted_unique_and_complete() {
        assert!(
            ASSIGNED.windows(2).all(|w| w[0] < w[1]),
            "the list must be sorted and without duplicates"
        );
        // 249 officially assigned codes + XKX.
        assert_eq!(ASSIGNED.len(), 250, "249 assigned codes plus XKX");
        assert_eq!(
            CountryCode::all().count(),
            250,
            "every listed code constructs"
        );
    }

    #[test]
    fn accepts_region_codes_and_kosovo() {
        for s in [
            "KAZ", "KGZ", "TJK", "TKM", "UZB", "ARM", "AZE", "GEO", "RUS", "CHN", "IRN", "TUR",
            "AFG", "UKR", "BLR", "PAK", "MNG", "XKX",
        ] {
            let code = CountryCode::try_from(s).unwrap();
            assert_eq!(code.to_string(), s, "round trip of {s}");
        }
    }

    #[test]
    fn rejects_bad_codes_with_reasons() {
        assert_eq!(
            CountryCode::try_from("KZH"),
            Err(CountryCodeError::Unassigned("KZH".into())),
            "KZH is not assigned"
        );
        assert_eq!(
            CountryCode::try_from("kaz"),
            Err(CountryCodeError::LowerCase("kaz".into())),
            "lower case is named as such"
        );
        assert!(
            matches!(
                CountryCode::try_from("KA"),
                Err(CountryCodeError::Malformed(_))
            ),
            "two letters"
        );
        assert!(
            matches!(
                CountryCode::try_from("K4Z"),
                Err(CountryCodeError::Malformed(_))
            ),
            "digit"
        );
        assert!(
            matches!(
                CountryCode::try_from("ÄÖÜ"),
                Err(CountryCodeError::Malformed(_))
            ),
            "non-ASCII"
        );
        let msg = CountryCode::try_from("KZH").unwrap_err().to_string();
        assert_eq!(
            msg, "unknown country code \"KZH\" (not an ISO 3166-1 alpha-3 code)",
            "plain-language message"
        );
    }

    #[test]
    fn former_codes_are_accepted_but_not_listed() {
        assert!(
            FORMER.windows(2).all(|w| w[0] < w[1]),
            "the former list must be sorted and without duplicates"
        );
        for code in FORMER {
            assert!(
                ASSIGNED.binary_search(&code).is_err(),
                "{code} is former, not assigned today"
            );
        }
        for s in ["SUN", "DDR", "YUG", "SCG", "CSK", "YMD", "VDR"] {
            let code = CountryCode::try_from(s).unwrap();
            assert!(code.is_former(), "{s} is a former code");
        }
        assert!(
            !CountryCode::try_from("KAZ").unwrap().is_former(),
            "KAZ is current"
        );
        assert_eq!(
            CountryCode::try_from("sun"),
            Err(CountryCodeError::LowerCase("sun".into())),
            "lower-case former code is named as such"
        );
        assert!(
            CountryCode::all().all(|c| !c.is_former()),
            "all() lists current codes only"
        );
    }

    #[test]
    fn orders_alphabetically_and_serialises_as_string() {
        let a = CountryCode::try_from("ARM").unwrap();
        let b = CountryCode::try_from("AZE").unwrap();
        assert!(a < b, "ARM sorts before AZE");
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            "\"ARM\"",
            "serialises as string"
        );
        let back: CountryCode = serde_json::from_str("\"AZE\"").unwrap();
        assert_eq!(back, b, "deserialises");
        assert!(
            serde_json::from_str::<CountryCode>("\"AZX\"").is_err(),
            "deserialisation validates"
        );
    }
}

/// The tests that were `src/model/dataset.rs`'s unit tests.
mod dataset {
    use std::collections::BTreeMap;

    use heartland::model::*;
    use heartland::model::{
        CorridorId, CorridorKind, CorridorStatus, Date, Dimension, Interval, MembershipStatus,
        OrgId, OrgKind, PlaceId, PlaceKind, Position, Score, StanceId, StanceKind,
    };

    use crate::common::code;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    fn iv(a: &str, b: Option<&str>) -> Interval {
        Interval::new(d(a), b.map(d)).unwrap()
    }
    fn member(c: &str, status: MembershipStatus, a: &str, b: Option<&str>) -> Membership {
        Membership {
            country: code(c),
            status,
            period: iv(a, b),
            source: None,
            evidence: None,
            note: None,
        }
    }

    fn csto() -> Organization {
        Organization {
            id: OrgId::try_from("csto").unwrap(),
            acronym: "CSTO".into(),
            name: "Collective Security Treaty Organization".into(),
            kind: OrgKind::Security,
            founded: Some(d("1992-05-15")),
            color: None,
            memberships: vec![
                member("KAZ", MembershipStatus::Member, "1992-05-15", None),
                member(
                    "UZB",
                    MembershipStatus::Member,
                    "1992-05-15",
                    Some("1999-04-02"),
                ),
                member(
                    "UZB",
                    MembershipStatus::Member,
                    "2006-08-16",
                    Some("2012-06-28"),
                ),
                member(
                    "ARM",
                    MembershipStatus::Member,
                    "1992-05-15",
                    Some("2024-02-22"),
                ),
                member("ARM", MembershipStatus::Suspended, "2024-02-22", None),
            ],
            facts: BTreeMap::new(),
            source: None,
            evidence: None,
            note: None,
        }
    }

    #[test]
    fn members_in_follows_periods() {
        let org = csto();
        let uzb = code("UZB");
        assert_eq!(
            org.members_in(2010).get(&uzb),
            Some(&MembershipStatus::Member),
            "2010"
        );
        assert_eq!(org.members_in(2015).get(&uzb), None, "left in 2012");
        assert_eq!(
            org.members_in(2012).get(&uzb),
            Some(&MembershipStatus::Member),
            "left mid-2012"
        );
        assert_eq!(org.members_in(2003).get(&uzb), None, "out 1999-2006");
        assert_eq!(org.members_in(1991).len(), 0, "before founding");
        // 2024: both ARM periods touch the year; the later start wins.
        assert_eq!(
            org.members_in(2024).get(&code("ARM")),
            Some(&MembershipStatus::Suspended),
            "latest-starting period wins"
        );
        assert_eq!(
            org.members_in(2023).get(&code("ARM")),
            Some(&MembershipStatus::Member),
            "before suspension"
        );
    }

    #[test]
    fn members_on_is_day_precise() {
        let org = csto();
        let uzb = code("UZB");
        assert_eq!(
            org.members_on(d("1999-04-01")).get(&uzb),
            Some(&MembershipStatus::Member),
            "the day before leaving"
        );
        assert_eq!(
            org.members_on(d("1999-04-02")).get(&uzb),
            None,
            "`to` is exclusive"
        );
        assert_eq!(
            org.members_on(d("2006-08-16")).get(&uzb),
            Some(&MembershipStatus::Member),
            "back on the day of return"
        );
        assert_eq!(
            org.members_on(d("2024-02-21")).get(&code("ARM")),
            Some(&MembershipStatus::Member),
            "the day before the freeze"
        );
        assert_eq!(
            org.members_on(d("2024-02-22")).get(&code("ARM")),
            Some(&MembershipStatus::Suspended),
            "frozen from that day"
        );
        assert!(
            org.members_on(d("1992-05-14")).is_empty(),
            "before the treaty"
        );
        // A year-only date stands for its first day.
        assert_eq!(
            org.members_on(d("2012")).get(&uzb),
            Some(&MembershipStatus::Member),
            "1 January 2012"
        );
    }

    #[test]
    fn vote_counts_and_unrecorded() {
        let mut positions = BTreeMap::new();
        positions.insert(code("KAZ"), Position::Abstain);
        positions.insert(code("UZB"), Position::Yes);
        positions.insert(code("ARM"), Position::No);
        let mut stance = Stance {
            id: StanceId::try_from("v").unwrap(),
            title: "v".into(),
            date: d("2008-03-14"),
            kind: StanceKind::UnVote,
            positions,
            totals: None,
            source: None,
            evidence: None,
            note: None,
        };
        assert!(stance.unrecorded().is_empty(), "no totals, nothing to say");
        stance.totals = Some(VoteTotals {
            yes: 3,
            no: 1,
            abstain: 1,
            absent: 2,
            source: None,
        });
        assert_eq!(stance.count(Position::Yes), 1, "one yes recorded");
        assert_eq!(
            stance.unrecorded(),
            vec![
                (Position::Yes, 2),
                (Position::No, 0),
                (Position::Abstain, 0),
                (Position::Absent, 2)
            ],
            "shortfall per position, legend order"
        );
        assert_eq!(stance.totals.as_ref().map(VoteTotals::sum), Some(7), "sum");
    }

    #[test]
    fn score_and_status_at() {
        let p = |a: &str, b: Option<&str>, s: f64| Period {
            period: iv(a, b),
            score: Score::new(s).unwrap(),
            evidence: None,
            source: None,
            note: None,
        };
        let rel = Relation {
            a: code("AZE"),
            b: code("KAZ"),
            dimension: Dimension::Political,
            directed: false,
            series: vec![p("2010", Some("2016-06"), 0.3), p("2016-06", None, 0.7)],
            source: None,
            evidence: None,
            note: None,
        };
        assert_eq!(rel.score_at(2009), None, "before the series");
        assert_eq!(
            rel.score_at(2012).map(Score::value),
            Some(0.3),
            "first period"
        );
        assert_eq!(
            rel.score_at(2016).map(Score::value),
            Some(0.7),
            "both touch: later wins"
        );
        assert_eq!(rel.score_at(2030).map(Score::value), Some(0.7), "open end");

        let st = |a: &str, b: Option<&str>, status| StatusPeriod {
            period: iv(a, b),
            status,
            source: None,
            evidence: None,
            note: None,
        };
        let cor = Corridor {
            id: CorridorId::try_from("tcgp").unwrap(),
            name: "Trans-Caspian Gas Pipeline".into(),
            kind: CorridorKind::GasPipeline,
            countries: vec![code("TKM"), code("AZE")],
            segments: vec![],
            status: vec![
                st("1996", Some("2008"), CorridorStatus::Proposed),
                st("2008", None, CorridorStatus::Suspended),
            ],
            undated_status: None,
            facts: BTreeMap::new(),
            length_km: None,
            length_source: None,
            organization: None,
            source: None,
            evidence: None,
            note: None,
        };
        assert_eq!(cor.status_at(1995), None, "unknown before");
        assert_eq!(
            cor.status_at(2000),
            Some(CorridorStatus::Proposed),
            "proposed"
        );
        assert_eq!(
            cor.status_at(2010),
            Some(CorridorStatus::Suspended),
            "later"
        );
        assert_eq!(cor.shown_status_at(1995), None, "nothing undated");
        let undated = Corridor {
            status: vec![st("2005", Some("2008"), CorridorStatus::Operational)],
            undated_status: Some(UndatedStatus {
                status: CorridorStatus::Proposed,
                source: None,
                evidence: None,
                note: None,
            }),
            ..cor
        };
        assert_eq!(undated.status_at(1990), None, "no made-up date");
        assert_eq!(
            undated.shown_status_at(1990),
            Some((CorridorStatus::Proposed, true)),
            "undated in a year no period covers"
        );
        assert_eq!(
            undated.shown_status_at(2006),
            Some((CorridorStatus::Operational, false)),
            "a dated period wins in its years"
        );
    }

    #[test]
    fn dataset_lookups() {
        let mut ds = Dataset::default();
        assert_eq!(ds.year_range(), None, "empty dataset has no years");
        let astana = PlaceId::try_from("astana").unwrap();
        ds.places.insert(
            astana.clone(),
            Place {
                id: astana.clone(),
                name: "Astana".into(),
                country: code("KAZ"),
                kind: PlaceKind::Capital,
                lon: 71.43,
                lat: 51.13,
                source: None,
                evidence: None,
                note: None,
            },
        );
        ds.countries.insert(
            code("KAZ"),
            Country {
                code: code("KAZ"),
                name: "Kazakhstan".into(),
                capital: Some(astana),
                group: "Central Asia".into(),
                source: None,
                evidence: None,
                note: None,
            },
        );
        ds.organizations
            .insert(OrgId::try_from("csto").unwrap(), csto());
        assert_eq!(
            ds.capital_of(code("KAZ")).map(|p| p.name.as_str()),
            Some("Astana"),
            "capital"
        );
        assert!(ds.capital_of(code("UZB")).is_none(), "no such country");
        assert_eq!(
            ds.country_name(code("UZB")),
            "UZB",
            "falls back to the code"
        );
        assert_eq!(
            ds.year_range(),
            Some((1992, 2024)),
            "founding to the start of the last period"
        );
    }
}

/// The tests that were `src/model/date.rs`'s unit tests.
mod date {
    use heartland::model::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_the_three_shapes() {
        assert_eq!(d("2016").first_day(), (2016, 1, 1), "year");
        assert_eq!(d("2016-05").first_day(), (2016, 5, 1), "month");
        assert_eq!(d("1992-05-15").first_day(), (1992, 5, 15), "day");
        assert_eq!(
            d("1992-05-15").to_string(),
            "1992-05-15",
            "display round trip"
        );
        assert_eq!(d("0001").year(), 1, "smallest year");
    }

    #[test]
    fn rejects_bad_dates_with_reasons() {
        let e = Date::parse("2019-13-45").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid date \"2019-13-45\": month 13 is not between 1 and 12",
            "month checked first"
        );
        let e = Date::parse("2019-04-31").unwrap_err();
        assert!(e.reason.contains("April 2019 has 30 days"), "{e}");
        for bad in [
            "",
            "16",
            "20166",
            "2016-5",
            "2016-05-1",
            "2016/05",
            "2016-05-01-01",
            "+2016",
            "２０１６",
            "2016-00",
            "2016-01-00",
            "0000",
            " 2016",
            "2016-",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} must be rejected");
        }
    }

    #[test]
    fn february_29_only_in_leap_years() {
        assert!(Date::parse("2024-02-29").is_ok(), "2024 is a leap year");
        assert!(Date::parse("2000-02-29").is_ok(), "2000 is a leap year");
        assert!(Date::parse("1900-02-29").is_err(), "1900 is not");
        let e = Date::parse("2023-02-29").unwrap_err();
        assert!(e.reason.contains("February 2023 has 28 days"), "{e}");
    }

    #[test]
    fn ordering_is_consistent_with_equality() {
        let mut v = [
            d("2016-02"),
            d("2016-01-01"),
            d("2016"),
            d("2015-12-31"),
            d("2016-01"),
        ];
        v.sort();
        let shown: Vec<String> = v.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["2015-12-31", "2016", "2016-01", "2016-01-01", "2016-02"],
            "coarse dates sort first"
        );
        assert_ne!(
            d("2016"),
            d("2016-01-01"),
            "different precision, different date"
        );
    }

    #[test]
    fn intervals_are_half_open() {
        let i = Interval::new(d("2016"), Some(d("2018"))).unwrap();
        assert!(!i.in_effect_in(2015), "before");
        assert!(i.in_effect_in(2016), "first year");
        assert!(i.in_effect_in(2017), "last year");
        assert!(!i.in_effect_in(2018), "to is exclusive");
        assert_eq!(i.last_year(), Some(2017), "last year covered");

        let j = Interval::new(d("1999-04-02"), None).unwrap();
        assert!(j.in_effect_in(1999), "mid-year start counts for that year");
        assert!(j.in_effect_in(9999), "open interval");
        assert_eq!(j.last_year(), None, "open");

        let k = Interval::new(d("1992-05-15"), Some(d("1999-04-02"))).unwrap();
        assert!(
            k.in_effect_in(1999),
            "ends in April 1999: in effect that year"
        );
        assert_eq!(k.last_year(), Some(1999), "ends mid-year");
        let l = Interval::new(d("2012-12-31"), Some(d("2013-01-02"))).unwrap();
        assert!(l.in_effect_in(2013), "covers 1 January 2013");
        let m = Interval::new(d("2012-12-31"), Some(d("2013-01-01"))).unwrap();
        assert!(!m.in_effect_in(2013), "ends before 2013");
    }

    #[test]
    fn empty_or_reversed_intervals_are_rejected() {
        assert!(
            Interval::new(d("2018"), Some(d("2016"))).is_err(),
            "reversed"
        );
        assert!(Interval::new(d("2016"), Some(d("2016"))).is_err(), "empty");
        assert!(
            Interval::new(d("2016"), Some(d("2016-01-01"))).is_err(),
            "same first day"
        );
        assert!(
            Interval::new(d("2016"), Some(d("2016-01-02"))).is_ok(),
            "one day"
        );
        let e = Interval::new(d("2018"), Some(d("2016"))).unwrap_err();
        assert!(e.to_string().contains("must be after"), "{e}");
    }

    #[test]
    fn overlap() {
        let i = |a: &str, b: Option<&str>| Interval::new(d(a), b.map(d)).unwrap();
        assert!(
            !i("2016", Some("2018")).overlaps(&i("2018", None)),
            "touching is fine"
        );
        assert!(
            i("2016", Some("2018")).overlaps(&i("2017-12", None)),
            "one month shared"
        );
        assert!(
            i("2016", None).overlaps(&i("2020", Some("2021"))),
            "open covers later"
        );
        assert!(
            i("2020", Some("2021")).overlaps(&i("2016", None)),
            "symmetric"
        );
        assert!(
            !i("2020", Some("2021")).overlaps(&i("2010", Some("2020"))),
            "before"
        );
    }
}

/// The tests that were `src/model/ids.rs`'s unit tests.
mod ids {
    use heartland::model::*;

    #[test]
    fn slugs() {
        for ok in [
            "csto",
            "middle-corridor",
            "unga-62-243",
            "a",
            "es-11-1",
            "x2",
        ] {
            assert!(is_slug(ok), "{ok} is a slug");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "A",
            "Middle",
            "a_b",
            "a b",
            "é",
            "a.b",
            &"a".repeat(65),
        ] {
            assert!(!is_slug(bad), "{bad:?} is not a slug");
        }
    }

    #[test]
    fn typed_ids_validate_and_explain() {
        assert_eq!(
            OrgId::try_from("csto").unwrap().as_str(),
            "csto",
            "valid id"
        );
        let err = OrgId::try_from("CSTO").unwrap_err();
        assert_eq!(err.kind, "organization id", "error names the kind");
        assert!(
            err.to_string().contains("\"CSTO\""),
            "error quotes the input: {err}"
        );
        assert!(
            serde_json::from_str::<CorridorId>("\"Bad Id\"").is_err(),
            "deserialisation validates"
        );
        let id: StanceId = serde_json::from_str("\"unga-62-243\"").unwrap();
        assert_eq!(
            serde_json::to_string(&id).unwrap(),
            "\"unga-62-243\"",
            "round trip"
        );
    }
}

/// The tests that were `src/model/kinds.rs`'s unit tests.
mod kinds {
    use heartland::model::*;

    #[test]
    fn spellings_round_trip_through_serde() {
        for s in CorridorStatus::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(
                json,
                format!("\"{}\"", s.as_str()),
                "serde spelling of {s:?}"
            );
            assert_eq!(CorridorStatus::parse(s.as_str()), Some(s), "parse of {s:?}");
        }
        assert_eq!(
            CorridorStatus::UnderConstruction.as_str(),
            "under-construction",
            "kebab"
        );
        assert_eq!(SegmentMode::OilPipeline.as_str(), "oil-pipeline", "kebab");
        assert_eq!(StanceKind::UnVote.as_str(), "un-vote", "kebab");
        assert_eq!(Dimension::ALL.len(), 5, "five dimensions");
        assert_eq!(
            MembershipStatus::parse("former"),
            None,
            "former is not a status"
        );
    }

    #[test]
    fn positions_per_kind() {
        assert!(
            Position::allowed_for(StanceKind::UnVote).contains(&Position::Abstain),
            "vote"
        );
        assert!(
            !Position::allowed_for(StanceKind::UnVote).contains(&Position::Recognizes),
            "vote"
        );
        assert!(
            Position::allowed_for(StanceKind::Recognition).contains(&Position::Silent),
            "rec"
        );
        assert!(
            Position::allowed_for(StanceKind::Statement).contains(&Position::Silent),
            "stmt"
        );
        // A statement short of recognition belongs to recognition questions only.
        assert_eq!(
            Position::parse("accepts-without-recognising"),
            Some(Position::AcceptsWithoutRecognising),
            "spelling"
        );
        for kind in StanceKind::ALL {
            assert_eq!(
                Position::allowed_for(kind).contains(&Position::AcceptsWithoutRecognising),
                kind == StanceKind::Recognition,
                "{kind}"
            );
        }
        assert!(
            Position::AcceptsWithoutRecognising.needs_format_2()
                && !Position::Silent.needs_format_2(),
            "format 2"
        );
        // Every position is allowed somewhere.
        for p in Position::ALL {
            assert!(
                StanceKind::ALL
                    .iter()
                    .any(|k| Position::allowed_for(*k).contains(&p)),
                "{p} is used by some kind"
            );
        }
    }

    #[test]
    fn expected_lists_every_value() {
        assert_eq!(
            Dimension::expected(),
            "\"political\", \"security\", \"economic\", \"energy\", \"transport\"",
            "message list"
        );
    }
}

/// The tests that were `src/model/score.rs`'s unit tests.
mod score {
    use heartland::model::*;

    #[test]
    fn rejects_out_of_range_and_non_finite() {
        for bad in [7.0, -1.000_001, f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
            assert!(Score::new(bad).is_err(), "{bad} must be rejected");
        }
        for ok in [-1.0, -0.0, 0.0, 0.5, 1.0] {
            assert!(Score::new(ok).is_ok(), "{ok} must be accepted");
        }
        assert!(
            ScoreError(7.0)
                .to_string()
                .contains("outside the range -1 to 1"),
            "plain message"
        );
    }

    #[test]
    fn bands_at_their_bounds() {
        let band = |v: f64| Score::new(v).unwrap().band();
        assert_eq!(band(-1.0), Band::Hostile, "-1");
        assert_eq!(band(-0.6), Band::Hostile, "-0.6 is hostile");
        assert_eq!(band(-0.59), Band::Tense, "-0.59");
        assert_eq!(band(-0.35), Band::Tense, "-0.35 is tense");
        assert_eq!(band(-0.34), Band::Cool, "-0.34");
        assert_eq!(band(-0.11), Band::Cool, "-0.11");
        assert_eq!(band(-0.1), Band::Neutral, "-0.1 is neutral");
        assert_eq!(band(0.0), Band::Neutral, "0");
        assert_eq!(band(0.1), Band::Neutral, "0.1 is neutral");
        assert_eq!(band(0.11), Band::Friendly, "0.11");
        assert_eq!(band(0.34), Band::Friendly, "0.34");
        assert_eq!(band(0.35), Band::Close, "0.35 is close");
        assert_eq!(band(0.59), Band::Close, "0.59");
        assert_eq!(band(0.6), Band::Allied, "0.6 is allied");
        assert_eq!(band(1.0), Band::Allied, "1");
    }

    #[test]
    fn bands_are_symmetric() {
        for i in -100..=100 {
            let v = f64::from(i) / 100.0;
            let pos = Band::of(v.abs());
            let neg = Band::of(-v.abs());
            let mirrored = Band::ALL[6 - Band::ALL.iter().position(|b| *b == pos).unwrap()];
            assert_eq!(neg, mirrored, "band of -{v} mirrors band of {v}");
        }
    }

    #[test]
    fn orders_totally() {
        let mut v = [0.5, -0.2, 1.0, -1.0].map(|x| Score::new(x).unwrap());
        v.sort();
        assert_eq!(
            v,
            [-1.0, -0.2, 0.5, 1.0].map(|x| Score::new(x).unwrap()),
            "sorted by value"
        );
        assert_eq!(Score::new(-0.0).unwrap(), Score::NEUTRAL, "-0 equals 0");
    }
}
