//! Every family of text a person reads, pinned: checkup reasons and headlines, insight
//! sentences for every verdict and role, plan items, habit verdicts. A change to any of
//! them shows in review as a snapshot diff, so wording never changes by accident.

use jiff::civil::{Date, date};
use nightcramp_core::checkup::{Answers, run_checkup};
use nightcramp_core::domain::{Condition, Diary, DrugClass, FactorKey, FactorValue, Medication};
use nightcramp_core::factors::Builtin;
use nightcramp_core::habit::did_it_help;
use nightcramp_core::insights::analyse;
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::language::{DateForm, Language};
use nightcramp_core::nights::add_days;
use nightcramp_core::plan::build_plan;
use uuid::Uuid;

use crate::support::{START, simulate};

fn kb() -> &'static Knowledge {
    Knowledge::get().expect("knowledge")
}

/// Every rule's title, urgency and message, as the checkup shows them.
#[test]
fn checkup_rule_texts() {
    let text: Vec<String> = kb()
        .rules
        .iter()
        .map(|r| {
            format!(
                "{} [{}] {}: {}",
                r.id,
                r.urgency.as_str(),
                r.title,
                r.message
            )
        })
        .collect();
    insta::assert_snapshot!("checkup_rule_texts", text.join("\n"));
}

/// The snapshot's name in a language: English keeps the plain name.
fn named(name: &str, language: Language) -> String {
    match language {
        Language::En => name.to_string(),
        other => format!("{name}_{other}"),
    }
}

/// A checkup with urgent answers, a medicine and a thin diary: headline, reasons in order,
/// and what the checkup rests on, in every language.
#[test]
fn a_checkup_as_a_person_reads_it() {
    for language in Language::ALL {
        let kb = Knowledge::get_in(language).expect("knowledge");
        insta::assert_snapshot!(
            named("a_checkup_as_a_person_reads_it", language),
            checkup_text(kb)
        );
    }
}

fn checkup_text(kb: &Knowledge) -> String {
    let night = kb
        .language
        .date(date(2026, 11, 27), DateForm::WeekdayDayMonthYear);
    let as_of = date(2026, 11, 27);
    let mut diary = simulate(5, 20, |_, _| vec![], |_, _| 0.6);
    diary.medications.push(Medication {
        id: Uuid::from_u128(1),
        name: "quinine sulfate".into(),
        class: DrugClass::Quinine,
        since: date(2026, 6, 1),
        until: None,
    });
    diary.profile.conditions.insert(Condition::HeartFailure);
    let shifted = shift(&diary, as_of);
    let answers: Answers = [
        ("pain_not_eased_by_stretching", true),
        ("bleeding_signs", true),
        ("severe_discomfort", true),
        ("twitching", false),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), *v))
    .collect();
    let c = run_checkup(kb, &shifted, &answers, as_of).expect("checkup");
    let mut lines = vec![c.headline.clone(), c.based_on(kb, &night)];
    lines.extend(c.unanswered(kb));
    for r in &c.reasons {
        lines.push(format!(
            "{} ({}): {}",
            r.title,
            r.urgency.as_str(),
            r.message
        ));
        lines.push(format!("  why: {}", r.detail));
    }
    lines.join("\n")
}

/// A diary simulated from START, moved so its last night is `last`.
fn shift(diary: &Diary, last: Date) -> Diary {
    let end = diary
        .episodes
        .iter()
        .map(|e| e.night())
        .chain(diary.checkins.iter().map(|c| c.night))
        .max()
        .unwrap_or(START);
    let days = end.until(last).expect("span").get_days();
    let by = jiff::SignedDuration::from_hours(24 * i64::from(days));
    let mut out = diary.clone();
    for e in &mut out.episodes {
        e.started_at = e.started_at.checked_add(by).expect("in range");
    }
    for c in &mut out.checkins {
        c.night = add_days(c.night, i64::from(days));
    }
    out.normalize();
    out
}

/// Every insight template for every verdict and role, in English, rendered with sample
/// values (a word, then 1 and 2, so both plural forms show).
#[test]
fn insight_sentences_for_every_verdict_and_role() {
    let lines: Vec<String> = kb()
        .catalog()
        .samples()
        .expect("every message renders")
        .into_iter()
        .filter(|(id, _)| id.starts_with("insight-"))
        .map(|(id, text)| format!("{id} = {text}"))
        .collect();
    insta::assert_snapshot!("insight_templates", lines.join("\n"));
}

/// A diary with a planted trigger, a helper, a medicine and a supplement: every finding's
/// sentence as the CLI, the page and the report show it, and the plan built from them, in
/// every language.
#[test]
fn findings_and_the_plan_they_shape() {
    for language in Language::ALL {
        let kb = Knowledge::get_in(language).expect("knowledge");
        insta::assert_snapshot!(
            named("findings_and_the_plan_they_shape", language),
            findings_text(kb)
        );
    }
}

fn findings_text(kb: &Knowledge) -> String {
    let mut diary = simulate(
        77,
        240,
        |rng, i| {
            vec![
                (
                    FactorKey::Builtin(Builtin::StandingH),
                    FactorValue::Number(if rng.chance(0.5) { 10.0 } else { 4.0 }),
                ),
                (
                    FactorKey::Builtin(Builtin::Stretched),
                    FactorValue::Bool(rng.chance(0.5)),
                ),
                (
                    FactorKey::Builtin(Builtin::MagnesiumMg),
                    FactorValue::Number(if i % 3 == 0 { 250.0 } else { 0.0 }),
                ),
            ]
        },
        |today, _| {
            let long = today.iter().any(|(k, v)| {
                *k == FactorKey::Builtin(Builtin::StandingH) && *v == FactorValue::Number(10.0)
            });
            let stretched = today.iter().any(|(k, v)| {
                *k == FactorKey::Builtin(Builtin::Stretched) && *v == FactorValue::Bool(true)
            });
            match (long, stretched) {
                (true, false) => 0.7,
                (true, true) => 0.35,
                (false, false) => 0.2,
                (false, true) => 0.08,
            }
        },
    );
    diary.medications.push(Medication {
        id: Uuid::from_u128(2),
        name: "atorvastatin".into(),
        class: DrugClass::Statin,
        since: add_days(START, 100),
        until: None,
    });
    diary.normalize();
    let as_of = diary.days.iter().map(|d| d.date).max().expect("days");
    let insights = analyse(&diary, kb, as_of);
    let mut lines: Vec<String> = vec![
        insights.summary(kb, &kb.language.date(as_of, DateForm::Long)),
        insights.caution.clone(),
        insights.minimum_data.clone(),
    ];
    lines.extend(insights.factors.iter().map(|f| {
        format!(
            "{} (lag {}, {}): {}",
            f.factor,
            f.lag_days,
            f.verdict.as_str(),
            f.sentence
        )
    }));
    lines.extend(insights.confounding.iter().map(|c| c.sentence.clone()));
    lines.push(String::new());
    for item in build_plan(&diary, kb, &insights, as_of).items {
        lines.push(format!(
            "{} | {} | {}",
            item.title, item.advice, item.evidence
        ));
        for why in item.why {
            lines.push(format!("  why: {why}"));
        }
        lines.extend(item.adherence.map(|a| format!("  lately: {a}")));
    }
    lines.join("\n")
}

/// The whole guide, topic by topic: each statement with its evidence and sources, in
/// every language.
#[test]
fn the_guide_in_every_language() {
    for language in Language::ALL {
        let kb = Knowledge::get_in(language).expect("knowledge");
        let mut lines = Vec::new();
        for topic in &kb.topics {
            lines.push(format!("# {}", topic.title));
            lines.push(topic.summary.clone());
            for s in &topic.statements {
                lines.push(format!(
                    "- {} [{}; {}]",
                    s.text,
                    s.evidence_label(),
                    s.sources.join(", ")
                ));
            }
            lines.push(String::new());
        }
        insta::assert_snapshot!(named("the_guide", language), lines.join("\n"));
    }
}

/// The habit check's sentence for each verdict.
#[test]
fn habit_verdicts() {
    let stretched = FactorKey::Builtin(Builtin::Stretched);
    let case =
        |nights: i64, before: &dyn Fn(i64) -> bool, after: &dyn Fn(i64) -> bool, split: i64| {
            let diary = simulate(
                1,
                nights,
                |_, i| {
                    vec![(
                        FactorKey::Builtin(Builtin::Stretched),
                        FactorValue::Bool(i >= split),
                    )]
                },
                |_, _| 0.0,
            );
            let mut diary = diary;
            diary.episodes.clear();
            diary.checkins.clear();
            for i in 0..nights {
                let night = add_days(START, i);
                let cramp = if i < split { before(i) } else { after(i) };
                if cramp {
                    diary.episodes.push(crate::support::cramp(night));
                } else {
                    diary.checkins.push(nightcramp_core::domain::CheckIn {
                        id: Uuid::new_v4(),
                        night,
                        sleep_disturbance: None,
                        recorded_at: None,
                    });
                }
            }
            diary.normalize();
            let r = did_it_help(
                &diary,
                kb(),
                &stretched,
                add_days(START, split),
                add_days(START, nights - 1),
            );
            format!(
                "{:?}: {}\n  {}",
                r.verdict,
                r.sentence,
                r.warnings.join("\n  ")
            )
        };
    let lines = [
        case(120, &|i| i % 2 == 0, &|i| i % 10 == 0, 60),
        case(120, &|i| i % 10 == 0, &|i| i % 2 == 0, 60),
        case(70, &|i| i % 3 == 0, &|i| i % 3 == 0, 60),
        case(800, &|i| i % 3 == 0, &|i| i % 3 == 0, 400),
    ];
    insta::assert_snapshot!("habit_verdicts", lines.join("\n\n"));
}

/// The clinician report's content for a diary with cramps, a medicine, a profile and
/// answers: every label and line, pinned.
#[test]
fn the_clinician_report_as_a_clinician_reads_it() {
    let mut diary = simulate(
        9,
        60,
        |rng, _| {
            vec![
                (
                    FactorKey::Builtin(Builtin::Stretched),
                    FactorValue::Bool(rng.chance(0.6)),
                ),
                (
                    FactorKey::Builtin(Builtin::MagnesiumMg),
                    FactorValue::Number(0.0),
                ),
            ]
        },
        |_, _| 0.5,
    );
    diary.profile.birth_year = Some(1950);
    diary.profile.conditions.insert(Condition::KidneyDisease);
    diary.medications.push(Medication {
        id: Uuid::from_u128(3),
        name: "furosemide".into(),
        class: DrugClass::DiureticLoop,
        since: add_days(START, 10),
        until: None,
    });
    diary
        .answers
        .push(nightcramp_core::domain::ScreeningAnswer {
            question: "one_leg_swollen".into(),
            answer: false,
            answered_at: "2025-03-01T08:00:00Z".parse().expect("valid"),
        });
    diary.normalize();
    let to = diary.days.iter().map(|d| d.date).max().expect("days");
    let mut report = nightcramp_core::report::build_report(
        &diary,
        kb(),
        add_days(to, -27),
        to,
        "2025-03-08T08:00:00Z".parse().expect("valid"),
        "test",
    );
    report.weekly_chart_svg = "(svg)".into();
    report.intensity_chart_svg = "(svg)".into();
    insta::assert_json_snapshot!("the_clinician_report", report);
}
