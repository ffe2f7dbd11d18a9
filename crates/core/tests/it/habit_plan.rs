//! "Did it help?" and the prevention plan.

use jiff::civil::{Date, date};
use nightcramp_core::domain::{
    CheckIn, Day, Diary, DrugClass, FactorKey, FactorValue, Medication, Profile, Provenance,
    RecordedFactor,
};
use nightcramp_core::factors::Builtin;
use nightcramp_core::habit::{HabitVerdict, did_it_help};
use nightcramp_core::insights::analyse;
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::nights::add_days;
use nightcramp_core::plan::build_plan;
use uuid::Uuid;

use crate::support::cramp;

/// Nights from `first` for `n` days: a cramp when `cramp_on(i)`, else a check-in; the
/// `stretched` factor recorded as `stretched(i)`.
fn diary(
    first: Date,
    n: i64,
    cramp_on: impl Fn(i64) -> bool,
    stretched: impl Fn(i64) -> Option<bool>,
) -> Diary {
    let mut d = Diary::default();
    for i in 0..n {
        let night = add_days(first, i);
        if cramp_on(i) {
            d.episodes.push(cramp(night));
        } else {
            d.checkins.push(CheckIn {
                id: Uuid::new_v4(),
                night,
                sleep_disturbance: None,
                recorded_at: None,
            });
        }
        if let Some(s) = stretched(i) {
            d.days.push(Day {
                date: night,
                factors: [(
                    FactorKey::Builtin(Builtin::Stretched),
                    RecordedFactor {
                        value: FactorValue::Bool(s),
                        source: Provenance::Typed,
                        import_said: None,
                    },
                )]
                .into_iter()
                .collect(),
            });
        }
    }
    d.normalize();
    d
}

const STRETCHED: FactorKey = FactorKey::Builtin(Builtin::Stretched);

#[test]
fn fewer_cramps_after_a_habit_is_reported_with_the_before_after_caveat() {
    let first = date(2026, 3, 1);
    // 60 nights with a cramp every other night, then 60 with one night in ten.
    let d = diary(
        first,
        120,
        |i| if i < 60 { i % 2 == 0 } else { i % 10 == 0 },
        |i| Some(i >= 60),
    );
    let since = add_days(first, 60);
    let r = did_it_help(
        &d,
        Knowledge::get().expect("knowledge"),
        &STRETCHED,
        since,
        add_days(first, 119),
    );
    assert_eq!(r.verdict, HabitVerdict::FewerCramps);
    assert!(
        r.meaningful,
        "80% fewer and 2.8 a week fewer is past rule A2's bar"
    );
    assert!(r.rate_ratio.expect("rr") < 0.3);
    assert_eq!((r.before.nights_known, r.after.nights_known), (60, 60));
    assert_eq!((r.days_done, r.days_recorded), (60, 60));
    assert!(
        r.warnings[0].contains("dummy pills"),
        "rule A3 is always said"
    );
    assert!(
        r.sentence.contains("cannot show the habit caused it"),
        "{}",
        r.sentence
    );
}

#[test]
fn too_few_nights_cannot_tell_and_says_how_many_more() {
    let first = date(2026, 3, 1);
    let d = diary(first, 70, |i| i % 3 == 0, |i| Some(i >= 60));
    let r = did_it_help(
        &d,
        Knowledge::get().expect("knowledge"),
        &STRETCHED,
        add_days(first, 60),
        add_days(first, 69),
    );
    assert_eq!(r.verdict, HabitVerdict::CannotTellYet);
    let more = r.more_nights_needed.expect("an estimate");
    assert!(more > 14, "{more}");
    assert!(r.sentence.contains("more logged nights"), "{}", r.sentence);
}

#[test]
fn a_steady_rate_over_long_periods_is_no_clear_change() {
    let first = date(2024, 1, 1);
    let d = diary(first, 800, |i| i % 3 == 0, |i| Some(i >= 400));
    let r = did_it_help(
        &d,
        Knowledge::get().expect("knowledge"),
        &STRETCHED,
        add_days(first, 400),
        add_days(first, 799),
    );
    assert_eq!(
        r.verdict,
        HabitVerdict::NoClearChange,
        "{:?}",
        (r.ci_low, r.ci_high)
    );
    assert!(!r.meaningful);
}

/// 75 cramps in 200 nights before, 67 in 200 after: the interval (about 0.64 to 1.24) rules
/// out a 25% rise but still holds a 25% fall, so "no clear change" would overclaim.
#[test]
fn a_wide_interval_is_cannot_tell_yet_with_the_nights_needed() {
    let first = date(2025, 3, 1);
    let d = diary(
        first,
        400,
        |i| {
            if i < 200 {
                [0, 3, 5].contains(&(i % 8))
            } else {
                i % 3 == 0
            }
        },
        |i| Some(i >= 200),
    );
    let r = did_it_help(
        &d,
        Knowledge::get().expect("knowledge"),
        &STRETCHED,
        add_days(first, 200),
        add_days(first, 399),
    );
    assert_eq!((r.before.cramps, r.after.cramps), (75, 67));
    let (low, high) = (r.ci_low.expect("low"), r.ci_high.expect("high"));
    assert!(low < 0.75 && high < 1.0 / 0.75, "{low} to {high}");
    assert_eq!(r.verdict, HabitVerdict::CannotTellYet, "{low} to {high}");
    assert!(r.more_nights_needed.is_some_and(|n| n > 0));
    assert!(
        r.sentence.contains("The data cannot tell yet"),
        "{}",
        r.sentence
    );
    assert!(!r.sentence.contains("No clear change"));
}

#[test]
fn different_seasons_and_an_unsteady_habit_are_warned_about() {
    // November-December against January-February: both winter, no season warning.
    let first = date(2025, 11, 1);
    let d = diary(first, 120, |i| i % 4 == 0, |i| Some(i >= 60));
    let r = did_it_help(
        &d,
        Knowledge::get().expect("knowledge"),
        &STRETCHED,
        add_days(first, 60),
        add_days(first, 119),
    );
    assert!(
        r.warnings.iter().all(|w| !w.contains("different seasons")),
        "{:?}",
        r.warnings
    );
    // March-May against June-August: spring against summer.
    let d = diary(
        date(2026, 3, 1),
        180,
        |i| i % 4 == 0,
        |i| Some(i >= 90 && i % 2 == 0),
    );
    let r = did_it_help(
        &d,
        Knowledge::get().expect("knowledge"),
        &STRETCHED,
        date(2026, 5, 30),
        date(2026, 8, 27),
    );
    assert!(
        r.warnings.iter().any(|w| w.contains("different seasons")),
        "{:?}",
        r.warnings
    );
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("45 of 90 recorded days")),
        "{:?}",
        r.warnings
    );
}

fn kb() -> Knowledge {
    Knowledge::parse().expect("knowledge")
}

fn plan_ids(d: &Diary, as_of: Date) -> Vec<String> {
    let kb = kb();
    let insights = analyse(d, &kb, as_of);
    build_plan(d, &kb, &insights, as_of)
        .items
        .into_iter()
        .map(|i| i.id)
        .collect()
}

#[test]
fn everyone_starts_with_stretching_and_magnesium_comes_last() {
    let ids = plan_ids(&Diary::default(), date(2026, 11, 27));
    assert_eq!(ids.first().map(String::as_str), Some("stretch"));
    assert_eq!(ids.last().map(String::as_str), Some("magnesium"));
    assert!(!ids.contains(&"quinine".to_string()));
    let kb = kb();
    let d = Diary::default();
    let plan = build_plan(
        &d,
        &kb,
        &analyse(&d, &kb, date(2026, 11, 27)),
        date(2026, 11, 27),
    );
    for item in &plan.items {
        assert!(!item.advice.to_lowercase().contains("stop taking"));
        assert!(!item.evidence.is_empty());
    }
    let magnesium = plan
        .items
        .iter()
        .find(|i| i.id == "magnesium")
        .expect("magnesium");
    assert!(magnesium.advice.contains("unlikely to help"));
}

#[test]
fn personal_data_moves_items_up_with_the_reason() {
    let first = date(2026, 5, 1);
    // Stretching nights are quiet, others cramp half the time.
    let d = diary(
        first,
        120,
        |i| i % 2 == 1 && i % 4 == 1,
        |i| Some(i % 2 == 0),
    );
    let as_of = add_days(first, 119);
    let kb = kb();
    let insights = analyse(&d, &kb, as_of);
    let plan = build_plan(&d, &kb, &insights, as_of);
    let stretch = &plan.items[0];
    assert_eq!(stretch.id, "stretch");
    assert!(
        stretch.why[0].starts_with("Seems to help"),
        "{:?}",
        stretch.why
    );
    assert_eq!(
        stretch.adherence.as_deref(),
        Some("stretched on 7 of the last 14 days")
    );
}

#[test]
fn medicines_and_pregnancy_shape_the_plan_without_ever_suggesting_quinine() {
    let mut d = Diary {
        profile: Profile {
            pregnant: Some(true),
            ..Profile::default()
        },
        ..Diary::default()
    };
    d.medications.push(Medication {
        id: Uuid::new_v4(),
        name: "quinine".into(),
        class: DrugClass::Quinine,
        since: date(2025, 1, 1),
        until: None,
    });
    d.medications.push(Medication {
        id: Uuid::new_v4(),
        name: "salmeterol".into(),
        class: DrugClass::Laba,
        since: date(2026, 1, 1),
        until: None,
    });
    let ids = plan_ids(&d, date(2026, 11, 27));
    assert_eq!(&ids[..2], &["quinine".to_string(), "medicines".to_string()]);
    assert!(ids.contains(&"pregnancy".to_string()));
    let kb = kb();
    let plan = build_plan(
        &d,
        &kb,
        &analyse(&d, &kb, date(2026, 11, 27)),
        date(2026, 11, 27),
    );
    let quinine = &plan.items[0];
    assert!(quinine.advice.contains("not recommended"));
    assert!(
        quinine
            .advice
            .contains("ask your prescriber whether you still need it")
    );
    let magnesium = plan
        .items
        .iter()
        .find(|i| i.id == "magnesium")
        .expect("magnesium");
    assert!(magnesium.why[0].contains("midwife"), "{:?}", magnesium.why);
}

/// Rule P9: with heart failure, kidney disease or cirrhosis the plan never says to drink
/// more; it says to ask the care team how much.
#[test]
fn limited_fluids_are_the_care_team_s_call() {
    let kb = kb();
    let as_of = date(2026, 11, 27);
    for condition in [
        nightcramp_core::domain::Condition::HeartFailure,
        nightcramp_core::domain::Condition::KidneyDisease,
        nightcramp_core::domain::Condition::Cirrhosis,
    ] {
        let mut d = diary(as_of, 1, |_| false, |_| None);
        d.profile.conditions.insert(condition);
        let plan = build_plan(&d, &kb, &analyse(&d, &kb, as_of), as_of);
        let fluids = plan
            .items
            .iter()
            .find(|i| i.id == "fluids")
            .expect("a fluids item");
        assert_eq!(fluids.title, "Ask your care team how much to drink");
        let text = fluids.advice.to_lowercase();
        assert!(text.contains("care team"), "{text}");
        assert!(
            !text.contains("more when you sweat"),
            "{condition:?}: {text}"
        );
        for item in &plan.items {
            assert!(
                !item.advice.to_lowercase().contains("drink through the day"),
                "{condition:?}: {}",
                item.advice
            );
        }
    }
    let mut kidney = diary(as_of, 1, |_| false, |_| None);
    kidney
        .profile
        .conditions
        .insert(nightcramp_core::domain::Condition::KidneyDisease);
    let plan = build_plan(&kidney, &kb, &analyse(&kidney, &kb, as_of), as_of);
    let magnesium = plan
        .items
        .iter()
        .find(|i| i.id == "magnesium")
        .expect("magnesium is listed, with its evidence");
    assert!(
        magnesium.why[0].contains("kidney doctor"),
        "{:?}",
        magnesium.why
    );
    assert_eq!(plan.items.last().map(|i| i.id.as_str()), Some("magnesium"));
    let healthy = diary(as_of, 1, |_| false, |_| None);
    let plan = build_plan(&healthy, &kb, &analyse(&healthy, &kb, as_of), as_of);
    assert!(
        plan.items
            .iter()
            .any(|i| i.title == "Drink steadily through the day")
    );
}
