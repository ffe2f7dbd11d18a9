/*!
The checkup: should this person see a doctor, and how soon?

It reads the diary (the seed's four signs: frequent, severe or worsening, unusually long,
not improving; plus sleep disruption and cramp-linked medicines) and, when given, the
answers to a short questionnaire (urgent signs, and signs that point to restless legs or
another condition instead). Every finding names the rule it comes from (section 8 of
clinical-evidence.md, or a D-rule of our own) and that rule's sources, so a person can
trace it. The text a person reads lives in `knowledge/rules.toml`; the conditions and
their thresholds live here, each citing its rule.

Urgent always wins: the overall urgency is the highest of all findings, and findings are
listed most urgent first. nightcramp informs; it does not diagnose.
*/

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::domain::FactorKey;
use crate::domain::{Diary, DrugClass, FactorValue};
use crate::factors::Builtin;
use crate::knowledge::{Applies, CrampLink, Knowledge, Urgency};
use crate::nights::{NightIndex, add_days, dates};
use crate::trend::{WorseningAssessment, assess_worsening};

/// Rules F2 and R1 look at the last two weeks of nights ("averaged over >= 2 weeks").
pub const RECENT_NIGHTS: i64 = 14;
/// Rules D1, R4 and F5 look back four weeks for severe, long or lingering cramps: recent
/// enough to matter now, long enough that one logged week does not hide them. Our choice.
pub const LOOKBACK_NIGHTS: i64 = 28;
/// Rule F2: frequent is more than 3 cramps a week averaged over two weeks, so more than 6
/// in 14 nights [S12][S18]. Unknown nights can only add cramps, so this count is a floor.
pub const FREQUENT_MORE_THAN_IN_14: u32 = 6;
/// Rule F2: very frequent is at least one a day [S12].
pub const VERY_FREQUENT_AT_LEAST_IN_14: u32 = 14;
/// Rule D1: a cramp of 7 or more on the 0-10 scale is severe (the upper third of the scale
/// used by the Sebo diary cohort [S16]; our threshold), and two of them in four weeks make
/// "severe" cramps rather than one bad night.
pub const SEVERE_INTENSITY: u8 = 7;
pub const SEVERE_MIN_EPISODES: usize = 2;
/// Rules F1/R4: longer than 10 minutes is unusually long [S1][S19].
pub const LONG_CRAMP_SECONDS: u32 = 600;
/// Rule F5: soreness up to 24 hours is expected [S19].
pub const LONG_SORENESS_HOURS: f64 = 24.0;
/// Rule R1: woken by a cramp on 3 or more of the last 14 nights, or a mean sleep
/// disturbance of 5/10 or more (thresholds from section 8.2, on the Sebo 0-10 scale [S16]).
pub const WOKE_NIGHTS_IN_14: usize = 3;
pub const MEAN_DISTURBANCE: f64 = 5.0;
/// Rule R1: a mean needs at least 3 rated nights to mean anything (our choice).
pub const MIN_RATED_NIGHTS: usize = 3;
/// Rule R8: six weeks of nightly stretching, the length of the positive trial [S5].
pub const PREVENTION_WEEKS_NIGHTS: i64 = 42;
/// Rule R8: "steady" means stretching recorded on at least 80% of those 42 days (34); our
/// threshold. Days with nothing recorded do not count as stretched.
pub const STEADY_STRETCH_DAYS: usize = 34;
/// Rule R6: the 12-month window after a new medicine, as in the Garrison 2012 design [S4].
pub const MEDICATION_WINDOW_DAYS: i64 = 365;
/// Rule R6, "worsened": at least 25% more cramps a week after the start than in the year
/// before (rule A2's relative bar); our choice.
pub const MEDICATION_WORSE_BY: f64 = 1.25;
/// Rule R6: two weeks of logged nights before the start are needed to compare (the 2-week
/// baseline of rules A4/F4); with less, the rule cannot rule the medicine out and fires.
pub const MEDICATION_MIN_NIGHTS_BEFORE: usize = 14;

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// The contract code (`frequent`, `red_flag`, ...).
    pub code: String,
    /// The rule it comes from (`F2`, `T2`, ...).
    pub rule: String,
    pub urgency: Urgency,
    pub title: String,
    /// What to do, in plain words.
    pub message: String,
    /// What in this person's diary or answers triggered it.
    pub detail: String,
    pub sources: Vec<String>,
    /// G guideline, E trial or cohort data, D our design choice.
    pub strength: String,
}

/// What the checkup looked at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckupData {
    /// The last night considered.
    pub as_of: Date,
    pub recent_nights: i64,
    pub recent_nights_known: u32,
    pub recent_cramps: u32,
    pub worsening: WorseningAssessment,
    pub questions_answered: usize,
    /// Questions the person has not answered yet (ids).
    pub questions_unanswered: Vec<String>,
}

/// The checkup's answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checkup {
    pub see_doctor: bool,
    pub urgency: Urgency,
    /// True when emergency services should be called (rule T1).
    pub emergency: bool,
    pub reasons: Vec<Reason>,
    pub data: CheckupData,
}

/// Answers to the questionnaire, by question id. Absent means not asked or not answered.
pub type Answers = BTreeMap<String, bool>;

/// Why a checkup could not run: the knowledge base lacks a rule the code needs. Only a
/// broken build can cause it (a test checks every rule).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the knowledge base has no rule {0}")]
pub struct MissingRule(pub String);

/// Every rule id the code below can emit; a test checks each has its text.
pub const RULES_USED: &[&str] = &[
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "F2", "D1", "D2", "R4", "R8", "R1", "R2", "R3", "R5",
    "R6", "R7", "R9", "P6", "P6P", "F5", "C3", "C4",
];

struct Findings<'k> {
    knowledge: &'k Knowledge,
    reasons: Vec<Reason>,
}

impl Findings<'_> {
    fn add(&mut self, rule_id: &str, detail: String) -> Result<(), MissingRule> {
        let rule = self
            .knowledge
            .rule(rule_id)
            .ok_or_else(|| MissingRule(rule_id.to_string()))?;
        self.reasons.push(Reason {
            code: rule.code.clone(),
            rule: rule.id.clone(),
            urgency: rule.urgency,
            title: rule.title.clone(),
            message: rule.message.clone(),
            detail,
            sources: rule.sources.clone(),
            strength: rule.strength.clone(),
        });
        Ok(())
    }
}

/// Questions that concern this person, in the order to ask them.
pub fn applicable_questions<'k>(
    knowledge: &'k Knowledge,
    diary: &Diary,
    as_of: Date,
) -> Vec<&'k crate::knowledge::Question> {
    let pregnant = diary.profile.pregnant == Some(true);
    let quinine = takes_quinine(diary, as_of);
    knowledge
        .questions
        .iter()
        .filter(|q| match q.applies {
            None => true,
            Some(Applies::Pregnant) => pregnant,
            Some(Applies::Quinine) => quinine,
        })
        .collect()
}

fn takes_quinine(diary: &Diary, as_of: Date) -> bool {
    diary
        .medications
        .iter()
        .any(|m| m.class == DrugClass::Quinine && m.until.is_none_or(|u| u >= as_of))
}

fn yes(answers: &Answers, id: &str) -> bool {
    answers.get(id).copied().unwrap_or(false)
}

/// Runs the checkup for the nights up to and including `as_of` (normally last night).
pub fn run_checkup(
    knowledge: &Knowledge,
    diary: &Diary,
    answers: &Answers,
    as_of: Date,
) -> Result<Checkup, MissingRule> {
    let index = NightIndex::new(diary);
    let mut f = Findings {
        knowledge,
        reasons: Vec::new(),
    };

    // --- Urgent signs from the questionnaire (section 8.1): evaluated first, always win.
    let t1 = ["breathless_or_chest_pain"];
    if t1.iter().any(|q| yes(answers, q)) {
        f.add(
            "T1",
            "You said you have breathlessness, chest pain or are coughing blood.".into(),
        )?;
    }
    if yes(answers, "one_leg_swollen") {
        f.add(
            "T2",
            "You said one leg is swollen, warm, red or darker, or has sore veins.".into(),
        )?;
    }
    if yes(answers, "pain_between_cramps") {
        f.add(
            "T2",
            "You said calf pain stays between cramps and stretching does not ease it.".into(),
        )?;
    }
    if yes(answers, "cramp_wont_release") {
        f.add(
            "T3",
            "You said a cramp is still going after more than 10 minutes.".into(),
        )?;
    }
    if yes(answers, "toxin_or_wound") {
        f.add(
            "T4",
            "You said the cramps began after a toxin or a dirty wound.".into(),
        )?;
    }
    let t5: Vec<&str> = [
        ("cramps_elsewhere", "cramps in the chest, arms or belly"),
        (
            "new_weakness_or_numbness",
            "new weakness or loss of feeling",
        ),
        ("twitching", "twitching muscles"),
        (
            "fluid_loss",
            "cramps after heavy fluid loss or a water tablet",
        ),
    ]
    .iter()
    .filter(|(id, _)| yes(answers, id))
    .map(|(_, what)| *what)
    .collect();
    if !t5.is_empty() {
        f.add("T5", format!("You said: {}.", t5.join("; ")))?;
    }
    if yes(answers, "bleeding_signs") {
        f.add(
            "T6",
            "You said you have bruising, bleeding or unusual skin spots.".into(),
        )?;
    }
    if yes(answers, "pregnancy_leg_pain") {
        f.add("T7", "You are pregnant and said your leg pain does not ease or comes with swelling, warmth, redness or trouble walking.".into())?;
    }

    // --- The seed's four signs, from the diary.
    let recent_from = add_days(as_of, -(RECENT_NIGHTS - 1));
    let recent: Vec<_> = index.range(recent_from, as_of);
    let recent_cramps: u32 = recent.iter().map(|n| n.episodes).sum();
    let recent_known = recent
        .iter()
        .filter(|n| n.status != crate::domain::NightStatus::Unknown)
        .count() as u32;
    let frequent = recent_cramps > FREQUENT_MORE_THAN_IN_14;
    if frequent {
        let rate = f64::from(recent_cramps) / 2.0;
        let daily = if recent_cramps >= VERY_FREQUENT_AT_LEAST_IN_14 {
            " That is at least one a day."
        } else {
            ""
        };
        f.add(
            "F2",
            format!(
                "{recent_cramps} cramps in the 14 nights from {recent_from} to {as_of} (at least {} a week).{daily}",
                crate::domain::format_number(rate)
            ),
        )?;
    }

    let lookback_from = add_days(as_of, -(LOOKBACK_NIGHTS - 1));
    let lookback: Vec<_> = diary
        .episodes
        .iter()
        .filter(|e| (lookback_from..=as_of).contains(&e.night()))
        .collect();
    let severe = lookback
        .iter()
        .filter(|e| e.intensity >= SEVERE_INTENSITY)
        .count();
    if severe >= SEVERE_MIN_EPISODES {
        f.add(
            "D1",
            format!(
                "{severe} cramps rated {SEVERE_INTENSITY}/10 or more in the 28 nights to {as_of}."
            ),
        )?;
    }

    let worsening = assess_worsening(diary, &index, as_of);
    if worsening.worsening() {
        let mut parts = Vec::new();
        if worsening.counts_rising
            && let (Some(rr), Some(p)) =
                (worsening.count_rate_ratio_per_week, worsening.count_p_value)
        {
            parts.push(format!(
                "cramps per week rising by about {:.0}% a week (p = {p:.3})",
                (rr - 1.0) * 100.0
            ));
        }
        if worsening.intensity_rising
            && let (Some(slope), Some(p)) = (
                worsening.intensity_slope_per_week,
                worsening.intensity_p_value,
            )
        {
            parts.push(format!(
                "pain rising by {slope:.2} points a week (p = {p:.3})"
            ));
        }
        f.add(
            "D2",
            format!(
                "Over the {} logged weeks to {as_of}: {}.",
                worsening.weeks_used,
                parts.join("; ")
            ),
        )?;
    }

    if let Some(longest) = lookback.iter().max_by_key(|e| e.duration_s)
        && longest.duration_s > LONG_CRAMP_SECONDS
    {
        f.add(
            "R4",
            format!(
                "A cramp on the night of {} lasted {} minutes.",
                longest.night(),
                longest.duration_s.div_ceil(60)
            ),
        )?;
    }

    if let Some(sore) = lookback
        .iter()
        .filter(|e| e.soreness_h.is_some_and(|h| h > LONG_SORENESS_HOURS))
        .max_by(|a, b| {
            a.soreness_h
                .partial_cmp(&b.soreness_h)
                .unwrap_or(std::cmp::Ordering::Equal)
        })
    {
        f.add(
            "F5",
            format!(
                "After the cramp on the night of {}, soreness lasted {} hours.",
                sore.night(),
                crate::domain::format_number(sore.soreness_h.unwrap_or_default())
            ),
        )?;
    }

    if frequent {
        let stretch_from = add_days(as_of, -(PREVENTION_WEEKS_NIGHTS - 1));
        let stretched_days = dates(stretch_from, as_of)
            .filter(|d| {
                diary.day(*d).is_some_and(|day| {
                    day.factors
                        .get(&FactorKey::Builtin(Builtin::Stretched))
                        .map(|f| &f.value)
                        == Some(&FactorValue::Bool(true))
                })
            })
            .count();
        if stretched_days >= STEADY_STRETCH_DAYS {
            f.add(
                "R8",
                format!(
                    "You stretched on {stretched_days} of the 42 days to {as_of}, and cramps are still frequent."
                ),
            )?;
        }
    }

    // --- Sleep disruption (R1).
    let woke_nights = recent
        .iter()
        .filter(|n| diary.episodes_of(n.night).any(|e| e.woke == Some(true)))
        .count();
    let ratings: Vec<u8> = recent
        .iter()
        .filter_map(|n| index.disturbance(n.night))
        .collect();
    let mean_rating = (!ratings.is_empty())
        .then(|| ratings.iter().map(|r| f64::from(*r)).sum::<f64>() / ratings.len() as f64);
    let mut sleep = Vec::new();
    if woke_nights >= WOKE_NIGHTS_IN_14 {
        sleep.push(format!(
            "cramps woke you on {woke_nights} of the last 14 nights"
        ));
    }
    if let Some(mean) =
        mean_rating.filter(|m| *m >= MEAN_DISTURBANCE && ratings.len() >= MIN_RATED_NIGHTS)
    {
        sleep.push(format!(
            "your sleep disturbance averaged {mean:.1}/10 over {} rated nights",
            ratings.len()
        ));
    }
    if yes(answers, "daytime_tiredness") {
        sleep.push("you said cramps leave you tired during the day".into());
    }
    if !sleep.is_empty() {
        f.add("R1", format!("{}.", capitalise(&sleep.join("; "))))?;
    }

    // --- Other routine signs from the questionnaire.
    if yes(answers, "numbness_or_both_swollen") {
        f.add(
            "R2",
            "You said you have numbness in the legs or swelling in both legs.".into(),
        )?;
    }
    if yes(answers, "weakness_or_wasting") {
        f.add(
            "R3",
            "You said your leg muscles are getting weaker or smaller.".into(),
        )?;
    }
    if yes(answers, "pain_when_walking") {
        f.add(
            "R5",
            "You said calf pain comes on while walking and stops when you rest.".into(),
        )?;
    }
    if yes(answers, "heavy_alcohol") {
        f.add("R7", "You said you often drink a lot of alcohol.".into())?;
    }
    let rls = [
        "rls_urge",
        "rls_worse_at_rest",
        "rls_eased_by_moving",
        "rls_evening",
    ];
    if rls.iter().all(|q| yes(answers, q)) {
        f.add(
            "C3",
            "You answered yes to all four restless-legs questions.".into(),
        )?;
    }
    if yes(answers, "leg_jerks") {
        f.add(
            "C4",
            "You said your legs jerk in sleep, or sleep is unrefreshing without cramps.".into(),
        )?;
    }

    // --- Medicines (R6, P6), most strongly linked first.
    let mut linked: Vec<(f64, String)> = Vec::new();
    for m in &diary.medications {
        let Some(info) = knowledge.class_info(m.class) else {
            continue;
        };
        if m.class == DrugClass::Quinine {
            if m.until.is_none_or(|u| u >= as_of) {
                f.add(
                    "P6",
                    format!(
                        "Your medicine list includes {} (since {}).",
                        m.name, m.since
                    ),
                )?;
                // Rule P6P (ours, from the quinine warnings [S8][S9] and the advice to
                // involve the maternity provider [S37]): pregnancy raises the stakes.
                if diary.profile.pregnant == Some(true) {
                    f.add(
                        "P6P",
                        format!("You are pregnant and take {} (since {}).", m.name, m.since),
                    )?;
                }
            }
            continue;
        }
        if info.link == CrampLink::None {
            continue;
        }
        // "Started or worsened" (R6): cramps per logged night in the 12 months after the
        // start against the 12 months before. Too little record from before to compare
        // counts as "cannot rule it out".
        let window_end = add_days(m.since, MEDICATION_WINDOW_DAYS).min(as_of);
        let rate = |from: Date, to: Date| {
            let nights = index.range(from, to);
            let known = nights
                .iter()
                .filter(|n| n.status != crate::domain::NightStatus::Unknown)
                .count();
            let cramps: u32 = nights.iter().map(|n| n.episodes).sum();
            (known, cramps)
        };
        let (known_after, cramps_after) = rate(m.since, window_end);
        if cramps_after == 0 {
            continue;
        }
        let (known_before, cramps_before) = rate(
            add_days(m.since, -MEDICATION_WINDOW_DAYS),
            add_days(m.since, -1),
        );
        let per_week = |cramps: u32, known: usize| f64::from(cramps) * 7.0 / known.max(1) as f64;
        let comparison = if known_before < MEDICATION_MIN_NIGHTS_BEFORE {
            format!(
                "{cramps_after} cramps were logged in the 12 months after; the diary has too little from before to compare"
            )
        } else {
            let (after, before) = (
                per_week(cramps_after, known_after),
                per_week(cramps_before, known_before),
            );
            if after < MEDICATION_WORSE_BY * before {
                continue; // about as many cramps as before it: no sign it started or worsened them
            }
            format!(
                "cramps since then average {after:.1} a week, against {before:.1} a week in the year before"
            )
        };
        let ratio = info
            .sequence_ratio
            .map(|r| format!(" (in a large study, cramp treatment started {r:.2} times as often in the year after starting this kind of medicine)"))
            .unwrap_or_default();
        linked.push((
            info.sequence_ratio.unwrap_or(1.0),
            format!(
                "You started {} on {}, a {}{ratio}; {comparison}.",
                m.name, m.since, info.label
            ),
        ));
    }
    linked.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    for (_, detail) in linked {
        f.add("R6", detail)?;
    }

    if !diary.profile.conditions.is_empty() {
        let names: Vec<String> = diary
            .profile
            .conditions
            .iter()
            .map(|c| c.as_str().replace('_', " "))
            .collect();
        f.add("R9", format!("Your profile lists: {}.", names.join(", ")))?;
    }

    let mut reasons = f.reasons;
    // Most urgent first; the sort is stable, so rules keep their order within a level.
    reasons.sort_by_key(|r| std::cmp::Reverse(r.urgency));
    let urgency = reasons
        .iter()
        .map(|r| r.urgency)
        .max()
        .unwrap_or(Urgency::None);
    let emergency = reasons
        .iter()
        .any(|r| knowledge.rule(&r.rule).is_some_and(|rule| rule.emergency));
    let applicable = applicable_questions(knowledge, diary, as_of);
    let questions_unanswered = applicable
        .iter()
        .filter(|q| !answers.contains_key(&q.id))
        .map(|q| q.id.clone())
        .collect();
    Ok(Checkup {
        see_doctor: urgency >= Urgency::Routine,
        urgency,
        emergency,
        reasons,
        data: CheckupData {
            as_of,
            recent_nights: RECENT_NIGHTS,
            recent_nights_known: recent_known,
            recent_cramps,
            worsening,
            questions_answered: answers.len(),
            questions_unanswered,
        },
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Checks question ids given on the command line against the knowledge base.
pub fn validate_answer_ids<'a>(
    knowledge: &Knowledge,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<(), crate::input::InvalidValue> {
    for id in ids {
        if knowledge.question(id).is_none() {
            let known: Vec<&str> = knowledge.questions.iter().map(|q| q.id.as_str()).collect();
            return Err(crate::input::InvalidValue::new(
                id,
                format!("a question id: {}", known.join(", ")),
            ));
        }
    }
    Ok(())
}
