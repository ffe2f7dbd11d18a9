//! Advice that must never harm: a medicine, a supplement or a prevention step is never
//! something to avoid, skip or cut down; a medicine linked to more cramps sends the person
//! to their prescriber; one person's association never outranks the first-line stretch.
//! Each test plants the situation in a generated diary and reads what the insights, the
//! plan and the clinician report then say.

use jiff::Timestamp;
use jiff::civil::Date;
use nightcramp_core::domain::{Diary, DrugClass, FactorKey, FactorValue, Medication};
use nightcramp_core::factors::{Builtin, FactorRole};
use nightcramp_core::insights::{FactorFinding, Insights, Verdict, analyse};
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::nights::add_days;
use nightcramp_core::plan::build_plan;
use nightcramp_core::report::build_report;
use uuid::Uuid;

use crate::support::{START, simulate};

/// Words that turn a finding into "do less of it". None may reach a person about a
/// medicine, a supplement or a prevention step.
const REDUCING_WORDS: &[&str] = &[
    "avoid", "avoiding", "skip", "skipping", "cut down", "stop", "less of ", "try less",
];

fn kb() -> &'static Knowledge {
    Knowledge::get().expect("knowledge")
}

fn last_day(diary: &Diary) -> Date {
    diary.days.iter().map(|d| d.date).max().unwrap_or(START)
}

fn finding<'a>(insights: &'a Insights, factor: &str) -> &'a FactorFinding {
    insights
        .factors
        .iter()
        .find(|f| f.factor == factor && f.lag_days == 0)
        .unwrap_or_else(|| panic!("no finding for {factor}"))
}

fn assert_never_reducing(text: &str, what: &str) {
    let lower = text.to_lowercase();
    for word in REDUCING_WORDS {
        assert!(!lower.contains(word), "{what} says {word:?}: {text}");
    }
}

fn medicine(class: DrugClass, name: &str, since: Date, until: Option<Date>) -> Medication {
    Medication {
        id: Uuid::new_v4(),
        name: name.into(),
        class,
        since,
        until,
    }
}

/// Two years logged; a statin from day 365, after which cramps rise from 1 night in 10 to
/// 1 in 2. A tracked factor (water) keeps every day recorded.
fn statin_diary() -> Diary {
    let mut diary = simulate(
        11,
        730,
        |_, _| {
            vec![(
                FactorKey::Builtin(Builtin::WaterL),
                FactorValue::Number(1.5),
            )]
        },
        |_, _| 0.0,
    );
    // Replace the cramps with the planted pattern.
    let planted = simulate(
        12,
        730,
        |_, i| {
            vec![(
                FactorKey::Custom("on_statin".into()),
                FactorValue::Bool(i >= 365),
            )]
        },
        |today, _| {
            if today
                .iter()
                .any(|(_, v)| matches!(v, FactorValue::Bool(true)))
            {
                0.5
            } else {
                0.1
            }
        },
    );
    diary.episodes = planted.episodes;
    diary.checkins = planted.checkins;
    diary.medications.push(medicine(
        DrugClass::Statin,
        "atorvastatin",
        add_days(START, 365),
        None,
    ));
    diary.normalize();
    diary
}

#[test]
fn a_medicine_linked_to_more_cramps_sends_the_person_to_the_prescriber_and_is_never_to_be_avoided()
{
    let diary = statin_diary();
    let as_of = last_day(&diary);
    let insights = analyse(&diary, kb(), as_of);
    let statin = finding(&insights, "medication:statin");
    assert_eq!(
        statin.verdict,
        Verdict::LikelyTrigger,
        "{}",
        statin.sentence
    );
    assert_eq!(statin.role, FactorRole::Medicine);
    assert!(
        statin
            .sentence
            .contains("Keep taking it until your prescriber says otherwise"),
        "{}",
        statin.sentence
    );
    assert!(statin.sentence.contains("prescriber or pharmacist"));
    assert!(statin.sentence.contains("association"));
    assert_never_reducing(&statin.sentence, "the statin finding");
    assert!(
        !insights
            .factors
            .iter()
            .any(|f| f.factor == "medication:statin" && f.lag_days == 1),
        "a 12-month window has no 'day before'"
    );

    let plan = build_plan(&diary, kb(), &insights, as_of);
    for item in &plan.items {
        if item.id.starts_with("medication:") {
            panic!("a medicine became a plan item of its own: {item:?}");
        }
    }
    let review = plan
        .items
        .iter()
        .find(|i| i.id == "medicines")
        .expect("a medicine review");
    assert_never_reducing(&review.advice, "the medicine review");

    let now: Timestamp = "2027-01-10T09:00:00Z".parse().expect("valid");
    let report = build_report(&diary, kb(), add_days(as_of, -90), as_of, now, "test");
    let line = report
        .triggers
        .iter()
        .find(|t| t.contains("12 months on a statin"))
        .expect("the report lists the statin finding");
    assert!(line.contains("Keep taking it until your prescriber says otherwise"));
    assert_never_reducing(line, "the report's statin line");
}

#[test]
fn a_medicine_linked_to_fewer_cramps_is_an_association_nothing_more() {
    // A reliever inhaler taken in the first year, with fewer cramps then.
    let mut diary = simulate(
        21,
        730,
        |_, i| {
            vec![(
                FactorKey::Custom("inhaler_year".into()),
                FactorValue::Bool(i < 365),
            )]
        },
        |today, _| {
            if today
                .iter()
                .any(|(_, v)| matches!(v, FactorValue::Bool(true)))
            {
                0.1
            } else {
                0.45
            }
        },
    );
    diary.medications.push(medicine(
        DrugClass::LabaIcs,
        "fluticasone/salmeterol",
        START,
        Some(add_days(START, 364)),
    ));
    diary.normalize();
    let insights = analyse(&diary, kb(), last_day(&diary));
    let inhaler = finding(&insights, "medication:laba_ics");
    assert_eq!(
        inhaler.verdict,
        Verdict::LikelyProtective,
        "{}",
        inhaler.sentence
    );
    assert!(inhaler.sentence.contains("association, nothing more"));
    assert_never_reducing(&inhaler.sentence, "the inhaler finding");
}

/// Stretching done mostly on evenings the legs already feel tight: it shows as linked to
/// more cramps. The finding says why that is probably the other way round, the plan keeps
/// stretching first and never advises less of it.
#[test]
fn a_prevention_step_linked_to_more_cramps_is_explained_and_never_advised_against() {
    let diary = simulate(
        31,
        200,
        |rng, _| {
            vec![
                (
                    FactorKey::Builtin(Builtin::Stretched),
                    FactorValue::Bool(rng.chance(0.5)),
                ),
                (
                    FactorKey::Builtin(Builtin::StandingH),
                    FactorValue::Number(if rng.chance(0.5) { 10.0 } else { 4.0 }),
                ),
            ]
        },
        |today, _| {
            let stretched = today.iter().any(|(k, v)| {
                *k == FactorKey::Builtin(Builtin::Stretched) && *v == FactorValue::Bool(true)
            });
            let long_day = today.iter().any(|(k, v)| {
                *k == FactorKey::Builtin(Builtin::StandingH) && *v == FactorValue::Number(10.0)
            });
            match (stretched, long_day) {
                (true, true) => 0.8,
                (true, false) => 0.55,
                (false, true) => 0.45,
                (false, false) => 0.1,
            }
        },
    );
    let as_of = last_day(&diary);
    let insights = analyse(&diary, kb(), as_of);
    let stretch = finding(&insights, "stretched");
    assert_eq!(
        stretch.verdict,
        Verdict::LikelyTrigger,
        "{}",
        stretch.sentence
    );
    assert!(
        stretch.sentence.contains("the other way round"),
        "{}",
        stretch.sentence
    );
    assert!(stretch.sentence.contains("keep it up"));
    assert_never_reducing(&stretch.sentence, "the stretching finding");

    let plan = build_plan(&diary, kb(), &insights, as_of);
    assert_eq!(
        plan.items.first().map(|i| i.id.as_str()),
        Some("stretch"),
        "stretching stays first: {:?}",
        plan.items.iter().map(|i| &i.id).collect::<Vec<_>>()
    );
    let item = &plan.items[0];
    assert_eq!(item.why.first(), Some(&stretch.sentence));
    assert!(
        !plan.items.iter().any(|i| i.id == "stretched"),
        "no item to stretch less"
    );
    // The person's real trigger is on the plan, below stretching.
    let standing = finding(&insights, "standing_h");
    assert_eq!(
        standing.verdict,
        Verdict::LikelyTrigger,
        "{}",
        standing.sentence
    );
    let position = plan
        .items
        .iter()
        .position(|i| i.id == "standing_h")
        .expect("a personal item for long days on the feet");
    assert!(position > 0, "a personal association is never item 1");
}

#[test]
fn a_supplement_linked_to_more_cramps_is_never_to_be_cut_down() {
    let diary = simulate(
        41,
        200,
        |rng, _| {
            vec![(
                FactorKey::Builtin(Builtin::MagnesiumMg),
                FactorValue::Number(if rng.chance(0.5) { 300.0 } else { 0.0 }),
            )]
        },
        |today, _| {
            if today.iter().any(|(_, v)| *v == FactorValue::Number(300.0)) {
                0.6
            } else {
                0.15
            }
        },
    );
    let as_of = last_day(&diary);
    let insights = analyse(&diary, kb(), as_of);
    let magnesium = finding(&insights, "magnesium_mg");
    assert_eq!(
        magnesium.verdict,
        Verdict::LikelyTrigger,
        "{}",
        magnesium.sentence
    );
    assert_never_reducing(&magnesium.sentence, "the magnesium finding");
    let plan = build_plan(&diary, kb(), &insights, as_of);
    assert!(!plan.items.iter().any(|i| i.id == "magnesium_mg"));
}

/// Every template for every verdict and role renders completely, and none but a cause's
/// (something a person chooses to do) suggests doing less of it.
#[test]
fn every_finding_template_renders_and_only_causes_may_be_reduced() {
    let roles = [
        FactorRole::Cause,
        FactorRole::PreventionStep,
        FactorRole::Supplement,
        FactorRole::Medicine,
        FactorRole::Own,
        FactorRole::Observation,
    ];
    let args = [
        ("counts", "COUNTS"),
        ("interval", " (INTERVAL)"),
        ("reverse", "REVERSE"),
    ];
    for verdict in ["likely_trigger", "likely_protective"] {
        for role in roles {
            let key = format!("insight.{verdict}.{}", role.as_str());
            let text = kb().message(&key, &args).unwrap_or_else(|e| panic!("{e}"));
            assert!(!text.contains('{'), "{key}: {text}");
            assert!(text.contains("COUNTS"), "{key} shows its counts");
            assert!(
                text.contains("association"),
                "{key} says it is an association"
            );
            if role != FactorRole::Cause {
                assert_never_reducing(&text, &key);
            }
        }
    }
    for factor in ["stretched", "massage", "light_activity_min", "water_l"] {
        let key = format!("insight.reverse.{factor}");
        assert!(kb().message(&key, &[]).is_ok(), "{key}");
    }
    assert!(matches!(
        kb().message("insight.counts", &[]),
        Err(nightcramp_core::knowledge::MessageError::Unfilled { .. })
    ));
}
