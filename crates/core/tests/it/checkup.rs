//! The checkup's rules at and around each threshold, and the ordering that makes urgent
//! always win.

use std::collections::BTreeSet;

use jiff::civil::{Date, date};
use jiff::tz::Offset;
use nightcramp_core::checkup::{Answers, Checkup, RULES_USED, run_checkup};
use nightcramp_core::domain::{
    CheckIn, Condition, Day, Diary, DrugClass, Episode, FactorKey, FactorValue, Medication, Muscle,
    Provenance, RecordedFactor, Side,
};
use nightcramp_core::factors::Builtin;
use nightcramp_core::knowledge::{Knowledge, Urgency};
use nightcramp_core::nights::add_days;
use uuid::Uuid;

const AS_OF: Date = date(2026, 11, 27);

fn kb() -> Knowledge {
    Knowledge::parse().expect("knowledge")
}

/// A cramp at 03:00 local (UTC+1) on the morning after `night`.
fn cramp(night: Date, intensity: u8, duration_s: u32) -> Episode {
    let at = add_days(night, 1).at(3, 0, 0, 0);
    let offset = Offset::from_hours(1).expect("offset");
    Episode {
        id: Uuid::new_v4(),
        started_at: offset.to_timestamp(at).expect("valid"),
        utc_offset: offset,
        time_zone: None,
        duration_s,
        muscle: Muscle::Calf,
        side: Side::Left,
        intensity,
        woke: Some(false),
        soreness_h: None,
        relief: vec![],
        notes: None,
    }
}

/// `n` cramps on distinct nights, counting back from `last`.
fn cramps_back_from(last: Date, n: i64) -> Vec<Episode> {
    (0..n).map(|i| cramp(add_days(last, -i), 4, 60)).collect()
}

fn checkin(night: Date) -> CheckIn {
    CheckIn {
        id: Uuid::new_v4(),
        night,
        sleep_disturbance: None,
        recorded_at: None,
    }
}

fn check(diary: &Diary, answers: &Answers) -> Checkup {
    let mut diary = diary.clone();
    diary.normalize();
    run_checkup(&kb(), &diary, answers, AS_OF).expect("checkup runs")
}

fn codes(c: &Checkup) -> Vec<String> {
    c.reasons
        .iter()
        .map(|r| format!("{}:{}", r.rule, r.code))
        .collect()
}

fn has(c: &Checkup, rule: &str) -> bool {
    c.reasons.iter().any(|r| r.rule == rule)
}

#[test]
fn every_rule_the_code_uses_has_its_text_and_sources() {
    let kb = kb();
    for id in RULES_USED {
        let rule = kb
            .rule(id)
            .unwrap_or_else(|| panic!("no text for rule {id}"));
        assert!(!rule.sources.is_empty());
    }
    let used: BTreeSet<&str> = RULES_USED.iter().copied().collect();
    for rule in &kb.rules {
        assert!(
            used.contains(rule.id.as_str()),
            "rule {} has text but no code",
            rule.id
        );
    }
}

#[test]
fn an_empty_diary_calls_for_nothing() {
    let c = check(&Diary::default(), &Answers::new());
    assert!(!c.see_doctor);
    assert_eq!(c.urgency, Urgency::None);
    assert!(c.reasons.is_empty(), "{:?}", codes(&c));
}

#[test]
fn frequent_means_more_than_three_a_week_over_two_weeks() {
    let six = Diary {
        episodes: cramps_back_from(AS_OF, 6),
        ..Diary::default()
    };
    assert!(
        !has(&check(&six, &Answers::new()), "F2"),
        "6 in 14 nights is 3 a week: not more than 3"
    );
    let seven = Diary {
        episodes: cramps_back_from(AS_OF, 7),
        ..Diary::default()
    };
    let c = check(&seven, &Answers::new());
    assert!(has(&c, "F2"));
    assert!(c.see_doctor);
    assert_eq!(c.urgency, Urgency::Routine);
    let mut outside = cramps_back_from(AS_OF, 6);
    outside.push(cramp(add_days(AS_OF, -14), 4, 60)); // the 15th night back
    assert!(!has(
        &check(
            &Diary {
                episodes: outside,
                ..Diary::default()
            },
            &Answers::new()
        ),
        "F2"
    ));
}

/// Rule R10: "severe" is the person's own judgement. Pain scores alone never make it:
/// intense pain is part of every night cramp [S1].
#[test]
fn severe_is_what_the_person_says_not_a_pain_score() {
    let painful = Diary {
        episodes: (0..6)
            .map(|i| cramp(add_days(AS_OF, -i * 4), 10, 60))
            .collect(),
        ..Diary::default()
    };
    assert!(!has(&check(&painful, &Answers::new()), "R10"));
    let said: Answers = [("severe_discomfort".to_string(), true)]
        .into_iter()
        .collect();
    let c = check(&Diary::default(), &said);
    let severe = c.reasons.iter().find(|r| r.rule == "R10").expect("R10");
    assert_eq!(severe.code, "severe");
    assert_eq!(severe.urgency, Urgency::Routine);
    assert!(c.see_doctor);
}

/// Rule F2 counts nights with cramps among the nights logged: seven cramps in one bad
/// night of fourteen logged nights are not a frequent fortnight.
#[test]
fn frequent_counts_nights_with_cramps_not_cramps() {
    let mut one_bad_night: Vec<Episode> = (0..7)
        .map(|i| {
            let mut e = cramp(AS_OF, 5, 60);
            e.started_at = e
                .started_at
                .checked_add(jiff::SignedDuration::from_mins(i * 20))
                .expect("in range");
            e
        })
        .collect();
    one_bad_night.dedup_by_key(|e| e.started_at);
    assert_eq!(one_bad_night.len(), 7);
    let quiet = (1..14).map(|i| checkin(add_days(AS_OF, -i))).collect();
    let c = check(
        &Diary {
            episodes: one_bad_night,
            checkins: quiet,
            ..Diary::default()
        },
        &Answers::new(),
    );
    assert!(!has(&c, "F2"), "{:?}", codes(&c));
    assert_eq!(c.data.recent_cramps, 7);
    assert_eq!(c.data.recent_cramp_nights, 1);

    // Four cramp nights in seven logged (the other seven unknown): 4 a week, frequent.
    let half_logged = Diary {
        episodes: cramps_back_from(AS_OF, 4),
        checkins: (4..7).map(|i| checkin(add_days(AS_OF, -i))).collect(),
        ..Diary::default()
    };
    assert!(has(&check(&half_logged, &Answers::new()), "F2"));
    // Three in seven logged is 3 a week: not more than 3.
    let three = Diary {
        episodes: cramps_back_from(AS_OF, 3),
        checkins: (3..7).map(|i| checkin(add_days(AS_OF, -i))).collect(),
        ..Diary::default()
    };
    assert!(!has(&check(&three, &Answers::new()), "F2"));
    // Four cramp nights but only six logged: too little to call it a weekly rate.
    let thin = Diary {
        episodes: cramps_back_from(AS_OF, 4),
        checkins: (4..6).map(|i| checkin(add_days(AS_OF, -i))).collect(),
        ..Diary::default()
    };
    assert!(!has(&check(&thin, &Answers::new()), "F2"));
}

/// Too few logged nights to judge: "nothing found" must not read as all clear, and
/// answers to the warning questions still count.
#[test]
fn a_thin_diary_cannot_be_judged_yet() {
    let logged = |n: i64| Diary {
        checkins: (0..n).map(|i| checkin(add_days(AS_OF, -i))).collect(),
        ..Diary::default()
    };
    let thirteen = check(&logged(13), &Answers::new());
    assert!(!thirteen.enough_data);
    assert_eq!(thirteen.data.lookback_nights_known, 13);
    assert!(
        thirteen
            .headline
            .starts_with("Your diary cannot be judged yet: 13 of the last 28 nights are logged"),
        "{}",
        thirteen.headline
    );
    let fourteen = check(&logged(14), &Answers::new());
    assert!(fourteen.enough_data);
    assert_eq!(
        fourteen.headline,
        "Nothing in your diary or answers calls for a doctor right now."
    );
    let answered: Answers = [("one_leg_swollen".to_string(), true)]
        .into_iter()
        .collect();
    let urgent = check(&Diary::default(), &answered);
    assert!(!urgent.enough_data);
    assert_eq!(urgent.headline, "URGENT: get medical care today.");
}

/// Rule T2: any one sign of a clot counts on its own.
#[test]
fn each_sign_of_a_clot_counts_on_its_own() {
    for id in [
        "one_leg_swollen",
        "pain_between_cramps",
        "pain_worse_walking_one_leg",
        "pain_not_eased_by_stretching",
    ] {
        let answers: Answers = [(id.to_string(), true)].into_iter().collect();
        let c = check(&Diary::default(), &answers);
        assert!(has(&c, "T2"), "{id} alone must raise T2");
        assert_eq!(c.urgency, Urgency::Urgent, "{id}");
    }
}

#[test]
fn unusually_long_is_more_than_ten_minutes() {
    let ten = Diary {
        episodes: vec![cramp(AS_OF, 5, 600)],
        ..Diary::default()
    };
    assert!(!has(&check(&ten, &Answers::new()), "R4"));
    let longer = Diary {
        episodes: vec![cramp(AS_OF, 5, 601)],
        ..Diary::default()
    };
    let c = check(&longer, &Answers::new());
    assert!(has(&c, "R4"));
    assert_eq!(c.reasons[0].code, "long_lasting");
}

#[test]
fn soreness_beyond_a_day_prompts_the_clot_questions() {
    let mut e = cramp(AS_OF, 5, 60);
    e.soreness_h = Some(24.0);
    assert!(!has(
        &check(
            &Diary {
                episodes: vec![e.clone()],
                ..Diary::default()
            },
            &Answers::new()
        ),
        "F5"
    ));
    e.soreness_h = Some(24.5);
    assert!(has(
        &check(
            &Diary {
                episodes: vec![e],
                ..Diary::default()
            },
            &Answers::new()
        ),
        "F5"
    ));
}

#[test]
fn sleep_disruption_from_waking_or_ratings() {
    let woke = |n: i64| Diary {
        episodes: (0..n)
            .map(|i| Episode {
                woke: Some(true),
                ..cramp(add_days(AS_OF, -i), 4, 60)
            })
            .collect(),
        ..Diary::default()
    };
    assert!(!has(&check(&woke(2), &Answers::new()), "R1"));
    assert!(has(&check(&woke(3), &Answers::new()), "R1"));
    let rated = |ratings: &[u8]| Diary {
        checkins: ratings
            .iter()
            .enumerate()
            .map(|(i, r)| CheckIn {
                id: Uuid::new_v4(),
                night: add_days(AS_OF, -(i as i64)),
                sleep_disturbance: Some(*r),
                recorded_at: None,
            })
            .collect(),
        ..Diary::default()
    };
    assert!(
        !has(&check(&rated(&[5, 5, 4]), &Answers::new()), "R1"),
        "mean 4.67"
    );
    assert!(
        has(&check(&rated(&[5, 5, 5]), &Answers::new()), "R1"),
        "mean 5.0"
    );
    assert!(
        !has(&check(&rated(&[9, 9]), &Answers::new()), "R1"),
        "two ratings are too few"
    );
    let tired = Answers::from([("daytime_tiredness".to_string(), true)]);
    assert!(has(&check(&Diary::default(), &tired), "R1"));
}

#[test]
fn not_improving_needs_frequent_cramps_after_six_weeks_of_steady_stretching() {
    let stretched = |days: i64| -> Vec<Day> {
        (0..days)
            .map(|i| Day {
                date: add_days(AS_OF, -i),
                factors: [(
                    FactorKey::Builtin(Builtin::Stretched),
                    RecordedFactor {
                        value: FactorValue::Bool(true),
                        source: Provenance::Typed,
                        import_said: None,
                    },
                )]
                .into_iter()
                .collect(),
            })
            .collect()
    };
    let diary = |days| Diary {
        episodes: cramps_back_from(AS_OF, 8),
        days: stretched(days),
        ..Diary::default()
    };
    assert!(!has(&check(&diary(33), &Answers::new()), "R8"));
    assert!(has(&check(&diary(34), &Answers::new()), "R8"));
    let not_frequent = Diary {
        episodes: cramps_back_from(AS_OF, 5),
        days: stretched(42),
        ..Diary::default()
    };
    assert!(!has(&check(&not_frequent, &Answers::new()), "R8"));
}

/// Eight logged weeks; `per_week[i]` cramps in week i (oldest first), all nights checked.
fn weekly(per_week: &[i64]) -> Diary {
    let weeks = per_week.len() as i64;
    let first = add_days(AS_OF, -(7 * weeks) + 1);
    let mut diary = Diary::default();
    for (w, n) in per_week.iter().enumerate() {
        for d in 0..7 {
            let night = add_days(first, 7 * w as i64 + d);
            diary.checkins.push(CheckIn {
                id: Uuid::new_v4(),
                night,
                sleep_disturbance: None,
                recorded_at: None,
            });
            if d < *n {
                diary.episodes.push(cramp(night, 3, 60));
            }
        }
    }
    diary
}

#[test]
fn worsening_is_a_tested_trend_over_weeks_not_one_bad_night() {
    let rising = check(&weekly(&[0, 1, 1, 2, 3, 4, 5, 6]), &Answers::new());
    assert!(has(&rising, "D2"), "{:?}", rising.data.worsening);
    let flat = check(&weekly(&[2, 2, 2, 2, 2, 2, 2, 2]), &Answers::new());
    assert!(!has(&flat, "D2"));
    let mut one_bad_night = weekly(&[1, 1, 1, 1, 1, 1, 1, 1]);
    for _ in 0..3 {
        one_bad_night.episodes.push(cramp(AS_OF, 3, 60));
    }
    assert!(!has(&check(&one_bad_night, &Answers::new()), "D2"));
    let three_weeks = check(&weekly(&[0, 3, 7]), &Answers::new());
    assert!(
        !has(&three_weeks, "D2"),
        "fewer than four weeks can't show a trend"
    );
}

#[test]
fn worsening_pain_counts_too() {
    let mut diary = weekly(&[2, 2, 2, 2, 2, 2, 2, 2]);
    diary.normalize();
    let n = diary.episodes.len();
    for (i, e) in diary.episodes.iter_mut().enumerate() {
        e.intensity = (2 + (7 * i) / n) as u8;
    }
    let c = check(&diary, &Answers::new());
    assert!(has(&c, "D2"), "{:?}", c.data.worsening);
    assert!(c.data.worsening.intensity_rising);
}

fn med(class: DrugClass, since: Date) -> Medication {
    Medication {
        id: Uuid::new_v4(),
        name: "some medicine".into(),
        class,
        since,
        until: None,
    }
}

#[test]
fn medicines_are_raised_with_the_prescriber_never_stopped() {
    let after = Diary {
        medications: vec![med(DrugClass::DiureticThiazide, add_days(AS_OF, -30))],
        episodes: vec![cramp(add_days(AS_OF, -2), 4, 60)],
        ..Diary::default()
    };
    let c = check(&after, &Answers::new());
    let reason = c.reasons.iter().find(|r| r.rule == "R6").expect("R6");
    assert_eq!(reason.code, "medication");
    assert!(reason.message.contains("Do not stop"), "{}", reason.message);
    assert!(reason.detail.contains("1.48"), "{}", reason.detail);
    let before = Diary {
        medications: vec![med(DrugClass::Statin, AS_OF)],
        episodes: vec![cramp(add_days(AS_OF, -2), 4, 60)],
        ..Diary::default()
    };
    assert!(
        !has(&check(&before, &Answers::new()), "R6"),
        "cramps only before the start"
    );
    // The 12-month window of the Garrison design: the 365th day after the start counts,
    // the 366th does not.
    let since = add_days(AS_OF, -400);
    let window = |day: i64| Diary {
        medications: vec![med(DrugClass::Laba, since)],
        episodes: vec![cramp(add_days(since, day), 4, 60)],
        ..Diary::default()
    };
    assert!(has(&check(&window(365), &Answers::new()), "R6"));
    assert!(!has(&check(&window(366), &Answers::new()), "R6"));
    // Started or worsened: the same rate before and after the start is not a sign.
    let mut steady = weekly(&[2, 2, 2, 2, 2, 2, 2, 2]);
    steady
        .medications
        .push(med(DrugClass::Statin, add_days(AS_OF, -27)));
    let same = check(&steady, &Answers::new());
    assert!(!has(&same, "R6"), "{:?}", codes(&same));
    let mut worse = weekly(&[1, 1, 1, 1, 4, 4, 4, 4]);
    worse
        .medications
        .push(med(DrugClass::Statin, add_days(AS_OF, -27)));
    let worse = check(&worse, &Answers::new());
    let r6 = worse
        .reasons
        .iter()
        .find(|r| r.rule == "R6")
        .expect("R6 when cramps rose");
    assert!(
        r6.detail.contains("4.0 a week, against 1.0 a week"),
        "{}",
        r6.detail
    );
    let unrelated = Diary {
        medications: vec![med(DrugClass::Other, add_days(AS_OF, -30))],
        episodes: vec![cramp(AS_OF, 4, 60)],
        ..Diary::default()
    };
    assert!(!has(&check(&unrelated, &Answers::new()), "R6"));
    let quinine = Diary {
        medications: vec![med(DrugClass::Quinine, add_days(AS_OF, -30))],
        ..Diary::default()
    };
    let c = check(&quinine, &Answers::new());
    let p6 = c.reasons.iter().find(|r| r.rule == "P6").expect("P6");
    assert!(p6.message.contains("no longer recommended"));
    assert!(
        c.data
            .questions_unanswered
            .contains(&"bleeding_signs".to_string()),
        "the quinine question is asked"
    );
    assert!(!has(&c, "P6P"), "not pregnant: no pregnancy rule");
}

/// With bleeding signs, the quinine label's own advice: stop it and get help now. Nothing
/// in the same checkup may say the opposite.
#[test]
fn quinine_with_bleeding_signs_repeats_the_labels_stop_and_urgent_care() {
    let quinine = Diary {
        medications: vec![med(DrugClass::Quinine, add_days(AS_OF, -30))],
        ..Diary::default()
    };
    let answers: Answers = [("bleeding_signs".to_string(), true)].into_iter().collect();
    let c = check(&quinine, &answers);
    assert_eq!(c.urgency, Urgency::Urgent);
    assert_eq!(c.reasons[0].rule, "T6", "{:?}", codes(&c));
    assert!(
        c.reasons[0]
            .message
            .contains("stop taking quinine and get medical help right away"),
        "{}",
        c.reasons[0].message
    );
    for r in &c.reasons {
        let text = r.message.to_lowercase();
        assert!(
            !text.contains("do not stop") && !text.contains("on your own"),
            "{} contradicts the label: {}",
            r.rule,
            r.message
        );
    }
}

#[test]
fn a_pregnant_person_taking_quinine_is_told_to_contact_the_prescriber_soon() {
    let mut diary = Diary {
        medications: vec![med(DrugClass::Quinine, add_days(AS_OF, -30))],
        ..Diary::default()
    };
    diary.profile.pregnant = Some(true);
    let c = check(&diary, &Answers::new());
    let rule = c
        .reasons
        .iter()
        .find(|r| r.rule == "P6P")
        .expect("the pregnancy rule");
    assert_eq!(rule.urgency, Urgency::Soon);
    assert!(rule.message.contains("Contact the prescriber"));
    assert_eq!(c.urgency, Urgency::Soon);
    let stopped = Diary {
        medications: vec![Medication {
            until: Some(add_days(AS_OF, -10)),
            ..med(DrugClass::Quinine, add_days(AS_OF, -60))
        }],
        ..diary.clone()
    };
    assert!(
        !has(&check(&stopped, &Answers::new()), "P6P"),
        "no longer taking it"
    );
}

#[test]
fn urgent_always_wins_and_comes_first() {
    let diary = Diary {
        episodes: cramps_back_from(AS_OF, 10),
        ..Diary::default()
    };
    let answers = Answers::from([
        ("pain_when_walking".to_string(), true),
        ("one_leg_swollen".to_string(), true),
    ]);
    let c = check(&diary, &answers);
    assert_eq!(c.urgency, Urgency::Urgent);
    assert!(!c.emergency);
    assert_eq!(c.reasons[0].code, "red_flag");
    assert_eq!(c.reasons[0].rule, "T2");
    assert_eq!(c.reasons[1].urgency, Urgency::Soon);
    let urgencies: Vec<Urgency> = c.reasons.iter().map(|r| r.urgency).collect();
    let mut sorted = urgencies.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(urgencies, sorted);
    let emergency = check(
        &Diary::default(),
        &Answers::from([("breathless_or_chest_pain".to_string(), true)]),
    );
    assert!(emergency.emergency);
    assert_eq!(emergency.reasons[0].rule, "T1");
}

#[test]
fn questionnaire_rules_fire_only_on_yes() {
    let no_to_all: Answers = kb()
        .questions
        .iter()
        .map(|q| (q.id.clone(), false))
        .collect();
    assert!(check(&Diary::default(), &no_to_all).reasons.is_empty());
    let three_of_four = Answers::from([
        ("rls_urge".to_string(), true),
        ("rls_worse_at_rest".to_string(), true),
        ("rls_eased_by_moving".to_string(), true),
    ]);
    assert!(
        !has(&check(&Diary::default(), &three_of_four), "C3"),
        "all four criteria are needed"
    );
    let mut all_four = three_of_four;
    all_four.insert("rls_evening".into(), true);
    assert!(has(&check(&Diary::default(), &all_four), "C3"));
}

#[test]
fn conditions_are_noted_without_urgency() {
    let diary = Diary {
        profile: nightcramp_core::domain::Profile {
            conditions: BTreeSet::from([Condition::Diabetes]),
            ..Default::default()
        },
        ..Diary::default()
    };
    let c = check(&diary, &Answers::new());
    assert!(has(&c, "R9"));
    assert!(
        !c.see_doctor,
        "a known condition alone is not a reason to book"
    );
}

/// Rule R6 is for the classes it names, while they are taken: a class the sources only
/// mention, or a medicine already stopped, raises nothing here (the report still lists
/// them).
#[test]
fn r6_names_its_classes_and_honours_the_stop_date() {
    let rising = |class: DrugClass, until: Option<Date>| Diary {
        medications: vec![Medication {
            until,
            ..med(class, add_days(AS_OF, -60))
        }],
        episodes: cramps_back_from(add_days(AS_OF, -5), 20),
        checkins: (60..120).map(|i| checkin(add_days(AS_OF, -i))).collect(),
        ..Diary::default()
    };
    assert!(has(
        &check(&rising(DrugClass::DiureticThiazide, None), &Answers::new()),
        "R6"
    ));
    assert!(
        !has(
            &check(
                &rising(DrugClass::DiureticThiazide, Some(add_days(AS_OF, -3))),
                &Answers::new()
            ),
            "R6"
        ),
        "stopped three days ago: nothing to review now"
    );
    for class in [
        DrugClass::CalciumChannelBlocker,
        DrugClass::BloodPressure,
        DrugClass::ReportedInStudies,
    ] {
        assert!(
            !has(&check(&rising(class, None), &Answers::new()), "R6"),
            "{class:?} is only mentioned by the sources"
        );
    }
}

#[test]
fn medicines_are_recognised_by_brand_and_in_combinations_and_described_no_more_strongly_than_the_sources()
 {
    let kb = kb();
    for (name, class) in [
        ("Losartan/Hydrochlorothiazide", DrugClass::DiureticThiazide),
        ("amlodipine + atorvastatin", DrugClass::Statin),
        ("Lipitor", DrugClass::Statin),
        ("Symbicort", DrugClass::LabaIcs),
        ("gabapentin", DrugClass::ReportedInStudies),
        ("zolpidem", DrugClass::ReportedInStudies),
        ("pregabalin", DrugClass::Other),
        ("perindopril and indapamide", DrugClass::DiureticThiazide),
    ] {
        assert_eq!(kb.class_for_name(name), Some(class), "{name}");
    }
    assert_eq!(kb.class_for_name("mysteryol"), None);
    assert_eq!(
        kb.link_summary(DrugClass::BloodPressure),
        "named as a possible cause of cramps, never measured"
    );
    assert!(kb.link_summary(DrugClass::LabaIcs).contains("2.55"));
    assert_eq!(kb.link_summary(DrugClass::Other), "no known link to cramps");
}

/// Rule T8: signs of cauda equina syndrome are an emergency.
#[test]
fn spine_warning_signs_are_an_emergency() {
    let answers: Answers = [("spine_warning_signs".to_string(), true)]
        .into_iter()
        .collect();
    let c = check(&Diary::default(), &answers);
    assert!(c.emergency);
    assert_eq!(c.reasons[0].rule, "T8");
    assert!(c.headline.starts_with("EMERGENCY"), "{}", c.headline);
}

/// Rule T9: asked only of people taking a statin; urgent; the doctor decides about the
/// statin, never the product.
#[test]
fn statin_muscle_damage_is_asked_of_statin_takers_and_is_urgent() {
    let kb = kb();
    let none = nightcramp_core::checkup::applicable_questions(&kb, &Diary::default(), AS_OF);
    assert!(!none.iter().any(|q| q.id == "statin_muscle_damage"));
    let on_statin = Diary {
        medications: vec![med(DrugClass::Statin, add_days(AS_OF, -100))],
        ..Diary::default()
    };
    let asked = nightcramp_core::checkup::applicable_questions(&kb, &on_statin, AS_OF);
    assert!(asked.iter().any(|q| q.id == "statin_muscle_damage"));
    let answers: Answers = [("statin_muscle_damage".to_string(), true)]
        .into_iter()
        .collect();
    let c = check(&on_statin, &answers);
    assert_eq!(c.urgency, Urgency::Urgent);
    let t9 = c.reasons.iter().find(|r| r.rule == "T9").expect("T9");
    assert!(t9.message.contains("say that you take a statin"));
    assert!(!t9.message.to_lowercase().contains("stop"));
}

/// The clinician report says "can't tell", with why, where a sign cannot be assessed, and
/// shows the answers the person gave with their dates.
#[test]
fn the_report_says_cant_tell_and_shows_the_saved_answers() {
    let kb = kb();
    let now: jiff::Timestamp = "2026-11-28T08:00:00Z".parse().expect("valid");
    let status = |d: &Diary, prefix: &str| {
        let report =
            nightcramp_core::report::build_report(d, &kb, add_days(AS_OF, -27), AS_OF, now, "test");
        let s = report
            .seed_signs
            .iter()
            .find(|s| s.sign.starts_with(prefix))
            .unwrap_or_else(|| panic!("{prefix}"))
            .clone();
        (s.status, s.why, report.answers)
    };
    let empty = Diary::default();
    let (severe, why, answers) = status(&empty, "Severe");
    assert_eq!(severe, "can't tell");
    assert_eq!(why, "the person has not been asked yet");
    assert!(answers.is_empty());
    let (frequent, why, _) = status(&empty, "Frequent");
    assert_eq!(
        (frequent.as_str(), why.as_str()),
        ("can't tell", "only 0 of the last 14 nights logged")
    );
    let (worsening, _, _) = status(&empty, "Worsening");
    assert_eq!(worsening, "can't tell");

    let mut answered = Diary {
        checkins: (0..28).map(|i| checkin(add_days(AS_OF, -i))).collect(),
        ..Diary::default()
    };
    answered.answers = vec![
        nightcramp_core::domain::ScreeningAnswer {
            question: "severe_discomfort".into(),
            answer: false,
            answered_at: "2026-11-20T09:00:00Z".parse().expect("valid"),
        },
        nightcramp_core::domain::ScreeningAnswer {
            question: "one_leg_swollen".into(),
            answer: false,
            answered_at: "2026-11-21T09:00:00Z".parse().expect("valid"),
        },
    ];
    let (severe, why, answers) = status(&answered, "Severe");
    assert_eq!(
        (severe.as_str(), why.as_str()),
        ("no", "answered no on 20 November 2026")
    );
    let (frequent, _, _) = status(&answered, "Frequent");
    assert_eq!(frequent, "no", "28 quiet nights logged: assessable");
    assert_eq!(answers.len(), 2);
    assert!(
        answers[0].question.starts_with("Is one leg swollen"),
        "{answers:?}"
    );
    assert_eq!(
        (answers[0].answer.as_str(), answers[0].date.as_str()),
        ("no", "21 November 2026")
    );
}

#[test]
fn the_check_in_action_keeps_ratings_and_refuses_what_it_must() {
    use nightcramp_core::actions::{CheckInRefused, check_in};
    let now: jiff::Timestamp = "2026-11-28T08:00:00Z".parse().expect("valid");
    let today = add_days(AS_OF, 1);
    let mut diary = Diary {
        checkins: vec![CheckIn {
            sleep_disturbance: Some(6),
            ..checkin(add_days(AS_OF, -1))
        }],
        episodes: vec![cramp(AS_OF, 5, 60)],
        ..Diary::default()
    };
    diary.normalize();
    let kept = check_in(&diary, add_days(AS_OF, -1), today, true, None, now).expect("saved");
    assert_eq!(kept.sleep_disturbance, Some(6), "a rating left out is kept");
    let rated = check_in(&diary, add_days(AS_OF, -1), today, true, Some(2), now).expect("saved");
    assert_eq!(rated.sleep_disturbance, Some(2));
    assert_eq!(
        check_in(&diary, AS_OF, today, true, None, now),
        Err(CheckInRefused::HasCramps {
            night: AS_OF,
            cramps: 1
        })
    );
    assert!(
        check_in(&diary, AS_OF, today, false, Some(3), now).is_ok(),
        "a rating for a cramp night"
    );
    assert_eq!(
        check_in(&diary, today, today, true, None, now),
        Err(CheckInRefused::NotEnded { night: today })
    );
    let kb = kb();
    assert_eq!(
        CheckInRefused::HasCramps {
            night: AS_OF,
            cramps: 1
        }
        .message(&kb, "Fri 27 Nov"),
        "The night of Fri 27 Nov has 1 cramp logged, so it cannot be confirmed cramp-free."
    );
}

#[test]
fn the_day_edit_action_checks_every_field_and_the_date() {
    use nightcramp_core::actions::{DayEdit, DayInput, day_edits};
    use nightcramp_core::factors::Builtin;
    let today = date(2026, 11, 28);
    let standing = FactorKey::Builtin(Builtin::StandingH);
    let ok = day_edits(
        today,
        today,
        [
            (
                "standing".to_string(),
                standing.clone(),
                DayInput::Set("9h".into()),
            ),
            (
                "long drive".to_string(),
                FactorKey::Custom("long drive".into()),
                DayInput::Clear,
            ),
        ],
    )
    .expect("good");
    assert_eq!(
        ok[0],
        DayEdit {
            key: standing.clone(),
            value: Some(FactorValue::Number(9.0))
        }
    );
    assert_eq!(ok[1].value, None, "a clear is an edit with no value");
    let errors = day_edits(
        today,
        today,
        [
            (
                "standing".to_string(),
                standing.clone(),
                DayInput::Set("30h".into()),
            ),
            (
                "factor".to_string(),
                FactorKey::Builtin(Builtin::NightChecked),
                DayInput::Set("yes".into()),
            ),
            (
                "water".to_string(),
                FactorKey::Builtin(Builtin::WaterL),
                DayInput::Set("lots".into()),
            ),
        ],
    )
    .expect_err("bad");
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        ["standing", "factor", "water"],
        "every bad field is named"
    );
    let future = day_edits(add_days(today, 1), today, []).expect_err("tomorrow");
    assert_eq!(future[0].field, "date");
    assert!(
        future[0]
            .allowed
            .to_string()
            .starts_with("today or an earlier day")
    );
}
