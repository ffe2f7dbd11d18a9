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
use crate::language::DateForm;
use crate::nights::{NightIndex, add_days, dates};
use crate::trend::{WorseningAssessment, assess_worsening};

/// Rules F2 and R1 look at the last two weeks of nights ("averaged over >= 2 weeks").
pub const RECENT_NIGHTS: i64 = 14;
/// Rules D1, R4 and F5 look back four weeks for severe, long or lingering cramps: recent
/// enough to matter now, long enough that one logged week does not hide them. Our choice.
pub const LOOKBACK_NIGHTS: i64 = 28;
/// Rule F2: frequent is more than 3 a week averaged over two weeks [S12][S18], counted as
/// nights with cramps (seven cramps in one bad night are one night, not a frequent week).
/// Among the nights logged: more than 3 nights a week...
pub const FREQUENT_NIGHTS_PER_WEEK: f64 = 3.0;
/// ...once at least a week of the two is logged (our choice: fewer known nights cannot show
/// a weekly rate)...
pub const FREQUENT_MIN_KNOWN_NIGHTS: u32 = 7;
/// ...or, whatever is logged, more than 6 cramp nights in the 14: unknown nights can only
/// add to that count, so it is a floor.
pub const FREQUENT_MORE_THAN_IN_14: u32 = 6;
/// Rule F2: very frequent is at least one a day [S12]: cramps on every night logged.
pub const VERY_FREQUENT_NIGHTS_PER_WEEK: f64 = 7.0;
/// A checkup can judge the diary once at least 14 of the last 28 nights are logged (half:
/// our choice). With fewer, "nothing found" is "cannot tell yet", never "all clear".
pub const ENOUGH_DATA_MIN_KNOWN: u32 = 14;

/// How frequent cramps were over the last two weeks (rule F2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    NotFrequent,
    Frequent,
    VeryFrequent,
}

impl Frequency {
    /// From the nights with cramps and the nights logged among the last 14.
    pub fn of(cramp_nights: u32, known_nights: u32) -> Frequency {
        let per_week = f64::from(cramp_nights) * 7.0 / f64::from(known_nights.max(1));
        let rate_counts = known_nights >= FREQUENT_MIN_KNOWN_NIGHTS;
        if rate_counts && per_week >= VERY_FREQUENT_NIGHTS_PER_WEEK {
            Frequency::VeryFrequent
        } else if (rate_counts && per_week > FREQUENT_NIGHTS_PER_WEEK)
            || cramp_nights > FREQUENT_MORE_THAN_IN_14
        {
            Frequency::Frequent
        } else {
            Frequency::NotFrequent
        }
    }
}
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
    /// What in this person's diary or answers triggered it, in words...
    pub detail: String,
    /// ...and as data: the template (`checkup.why.*` in messages.toml) and its values, so
    /// another renderer (a translation) can say the same thing.
    pub detail_code: String,
    pub detail_values: BTreeMap<String, String>,
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
    /// Nights with at least one cramp among the recent nights (what rule F2 counts).
    pub recent_cramp_nights: u32,
    /// The four weeks that decide whether there is enough to judge.
    pub lookback_nights: i64,
    pub lookback_nights_known: u32,
    /// At least this many of the lookback nights must be logged.
    pub enough_data_min_known: u32,
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
    /// False while fewer than 14 of the last 28 nights are logged: then finding nothing
    /// means the diary cannot be judged yet, not that all is well. Answers to the
    /// warning questions count either way.
    pub enough_data: bool,
    /// The one line to read first, from the knowledge base's templates.
    pub headline: String,
    /// True when emergency services should be called (rule T1).
    pub emergency: bool,
    pub reasons: Vec<Reason>,
    pub data: CheckupData,
}

impl Checkup {
    /// What the checkup rests on, in one line (`night` is the last night, named the way the
    /// front end names dates).
    pub fn based_on(&self, knowledge: &Knowledge, night: &str) -> String {
        let d = &self.data;
        knowledge
            .message(
                "checkup.based_on",
                &[
                    ("recent", &d.recent_nights.to_string()),
                    ("night", night),
                    ("known", &d.recent_nights_known.to_string()),
                    ("cramp_nights", &d.recent_cramp_nights.to_string()),
                    ("cramps", &d.recent_cramps.to_string()),
                ],
            )
            .unwrap_or_default()
    }

    /// How many warning questions are still unanswered, when any are and nothing urgent
    /// has already been found.
    pub fn unanswered(&self, knowledge: &Knowledge) -> Option<String> {
        let count = self.data.questions_unanswered.len();
        (count > 0 && self.urgency < Urgency::Urgent).then(|| {
            knowledge
                .message("checkup.unanswered", &[("count", &count.to_string())])
                .unwrap_or_default()
        })
    }
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
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "F2", "R10", "D2", "R4", "R8", "R1",
    "R2", "R3", "R5", "R6", "R7", "R9", "P6", "P6P", "F5", "C3", "C4",
];

struct Findings<'k> {
    knowledge: &'k Knowledge,
    reasons: Vec<Reason>,
}

impl Findings<'_> {
    /// A date inside a sentence, in the knowledge's language.
    fn date(&self, date: Date) -> String {
        self.knowledge.language.date(date, DateForm::DayMonthYear)
    }

    /// A number with `decimals` places, in the knowledge's language.
    fn number(&self, value: f64, decimals: usize) -> String {
        self.knowledge.number(value, decimals)
    }

    /// A phrase from the templates (`checkup.why.*` or `checkup.sign.*`).
    fn phrase(&self, key: &str, values: &[(&str, &str)]) -> String {
        self.knowledge.message(key, values).unwrap_or_default()
    }

    /// Adds a finding of `rule_id`, with why it fired: the template `checkup.why.{why}`
    /// filled with `values`.
    fn why(
        &mut self,
        rule_id: &str,
        why: &str,
        values: &[(&str, &str)],
    ) -> Result<(), MissingRule> {
        let rule = self
            .knowledge
            .rule(rule_id)
            .ok_or_else(|| MissingRule(rule_id.to_string()))?;
        let code = format!("checkup.why.{why}");
        let detail = self
            .knowledge
            .message(&code, values)
            .map_err(|_| MissingRule(code.clone()))?;
        self.reasons.push(Reason {
            code: rule.code.clone(),
            rule: rule.id.clone(),
            urgency: rule.urgency,
            title: rule.title.clone(),
            message: rule.message.clone(),
            detail,
            detail_code: code,
            detail_values: values
                .iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect(),
            sources: rule.sources.clone(),
            strength: rule.strength.clone(),
        });
        Ok(())
    }

    /// "You said: a; b." from the questions answered yes among `ids`, or nothing.
    fn you_said(
        &mut self,
        rule_id: &str,
        answers: &Answers,
        ids: &[&str],
    ) -> Result<(), MissingRule> {
        let signs: Vec<String> = ids
            .iter()
            .filter(|id| yes(answers, id))
            .map(|id| self.phrase(&format!("checkup.sign.{id}"), &[]))
            .collect();
        if signs.is_empty() {
            return Ok(());
        }
        self.why(rule_id, "you_said", &[("signs", &signs.join("; "))])
    }
}

/// Questions that concern this person, in the order to ask them.
pub fn applicable_questions<'k>(
    knowledge: &'k Knowledge,
    diary: &Diary,
    as_of: Date,
) -> Vec<&'k crate::knowledge::Question> {
    let pregnant = diary.profile.pregnant == Some(true);
    let quinine = takes(diary, DrugClass::Quinine, as_of);
    let statin = takes(diary, DrugClass::Statin, as_of);
    knowledge
        .questions
        .iter()
        .filter(|q| match q.applies {
            None => true,
            Some(Applies::Pregnant) => pregnant,
            Some(Applies::Quinine) => quinine,
            Some(Applies::Statin) => statin,
        })
        .collect()
}

fn takes(diary: &Diary, class: DrugClass, as_of: Date) -> bool {
    diary
        .medications
        .iter()
        .any(|m| m.class == class && m.until.is_none_or(|u| u >= as_of))
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
    if yes(answers, "breathless_or_chest_pain") {
        f.why("T1", "t1", &[])?;
    }
    if yes(answers, "one_leg_swollen") {
        f.why("T2", "t2_leg", &[])?;
    }
    if yes(answers, "spine_warning_signs") {
        f.why("T8", "t8", &[])?;
    }
    // Rule T2 counts any one sign on its own [S34].
    f.you_said(
        "T2",
        answers,
        &[
            "pain_between_cramps",
            "pain_worse_walking_one_leg",
            "pain_not_eased_by_stretching",
        ],
    )?;
    if yes(answers, "cramp_wont_release") {
        f.why("T3", "t3", &[])?;
    }
    if yes(answers, "toxin_or_wound") {
        f.why("T4", "t4", &[])?;
    }
    f.you_said(
        "T5",
        answers,
        &[
            "cramps_elsewhere",
            "new_weakness_or_numbness",
            "twitching",
            "fluid_loss",
        ],
    )?;
    if yes(answers, "bleeding_signs") {
        f.why("T6", "t6", &[])?;
    }
    if yes(answers, "statin_muscle_damage") {
        f.why("T9", "t9", &[])?;
    }
    if yes(answers, "pregnancy_leg_pain") {
        f.why("T7", "t7", &[])?;
    }

    // --- The article's four signs, from the diary.
    let recent_from = add_days(as_of, -(RECENT_NIGHTS - 1));
    let recent: Vec<_> = index.range(recent_from, as_of);
    let recent_cramps: u32 = recent.iter().map(|n| n.episodes).sum();
    let recent_known = recent
        .iter()
        .filter(|n| n.status != crate::domain::NightStatus::Unknown)
        .count() as u32;
    let recent_cramp_nights = recent
        .iter()
        .filter(|n| n.status == crate::domain::NightStatus::Cramps)
        .count() as u32;
    let frequency = Frequency::of(recent_cramp_nights, recent_known);
    let frequent = frequency != Frequency::NotFrequent;
    if frequent {
        let every_night = if frequency == Frequency::VeryFrequent {
            f.phrase("checkup.why.f2_every_night", &[])
        } else {
            String::new()
        };
        let per_week = f.knowledge.language.number_up_to(
            f64::from(recent_cramp_nights) * 7.0 / f64::from(recent_known.max(1)),
            1,
        );
        f.why(
            "F2",
            "f2",
            &[
                ("cramp_nights", &recent_cramp_nights.to_string()),
                ("known", &recent_known.to_string()),
                ("from", &f.date(recent_from)),
                ("to", &f.date(as_of)),
                ("per_week", &per_week),
                ("cramps", &recent_cramps.to_string()),
                ("every_night", &every_night),
            ],
        )?;
    }

    let lookback_from = add_days(as_of, -(LOOKBACK_NIGHTS - 1));
    let lookback: Vec<_> = diary
        .episodes
        .iter()
        .filter(|e| (lookback_from..=as_of).contains(&e.night()))
        .collect();
    let lookback_known = index
        .range(lookback_from, as_of)
        .iter()
        .filter(|n| n.status != crate::domain::NightStatus::Unknown)
        .count() as u32;
    // Rule R10: "severe" is the person's own judgement (intense pain is part of every
    // cramp [S1]; Mayo's reason is severe discomfort [S36][S15]).
    if yes(answers, "severe_discomfort") {
        f.why("R10", "r10", &[])?;
    }

    let worsening = assess_worsening(diary, &index, as_of);
    if worsening.worsening() {
        let mut parts = Vec::new();
        if worsening.counts_rising
            && let (Some(rr), Some(p)) =
                (worsening.count_rate_ratio_per_week, worsening.count_p_value)
        {
            parts.push(f.phrase(
                "checkup.why.d2_counts",
                &[
                    ("percent", &f.number((rr - 1.0) * 100.0, 0)),
                    ("p", &f.knowledge.language.p_value('p', p)),
                ],
            ));
        }
        if worsening.intensity_rising
            && let (Some(slope), Some(p)) = (
                worsening.intensity_slope_per_week,
                worsening.intensity_p_value,
            )
        {
            parts.push(f.phrase(
                "checkup.why.d2_pain",
                &[
                    ("slope", &f.number(slope, 2)),
                    ("p", &f.knowledge.language.p_value('p', p)),
                ],
            ));
        }
        f.why(
            "D2",
            "d2",
            &[
                ("weeks", &worsening.weeks_used.to_string()),
                ("to", &f.date(as_of)),
                ("changes", &parts.join("; ")),
            ],
        )?;
    }

    if let Some(longest) = lookback.iter().max_by_key(|e| e.duration_s)
        && longest.duration_s > LONG_CRAMP_SECONDS
    {
        f.why(
            "R4",
            "r4",
            &[
                ("night", &f.date(longest.night())),
                ("minutes", &longest.duration_s.div_ceil(60).to_string()),
            ],
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
        f.why(
            "F5",
            "f5",
            &[
                ("night", &f.date(sore.night())),
                (
                    "hours",
                    &f.knowledge
                        .language
                        .number_up_to(sore.soreness_h.unwrap_or_default(), 1),
                ),
            ],
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
            f.why(
                "R8",
                "r8",
                &[
                    ("days", &stretched_days.to_string()),
                    ("to", &f.date(as_of)),
                ],
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
        sleep.push(f.phrase(
            "checkup.why.r1_woke",
            &[("nights", &woke_nights.to_string())],
        ));
    }
    if let Some(mean) =
        mean_rating.filter(|m| *m >= MEAN_DISTURBANCE && ratings.len() >= MIN_RATED_NIGHTS)
    {
        sleep.push(f.phrase(
            "checkup.why.r1_rating",
            &[
                ("mean", &f.number(mean, 1)),
                ("rated", &ratings.len().to_string()),
            ],
        ));
    }
    if yes(answers, "daytime_tiredness") {
        sleep.push(f.phrase("checkup.why.r1_tired", &[]));
    }
    if !sleep.is_empty() {
        f.why("R1", "r1", &[("reasons", &capitalise(&sleep.join("; ")))])?;
    }

    // --- Other routine signs from the questionnaire.
    if yes(answers, "numbness_or_both_swollen") {
        f.why("R2", "r2", &[])?;
    }
    if yes(answers, "weakness_or_wasting") {
        f.why("R3", "r3", &[])?;
    }
    if yes(answers, "pain_when_walking") {
        f.why("R5", "r5", &[])?;
    }
    if yes(answers, "heavy_alcohol") {
        f.why("R7", "r7", &[])?;
    }
    let rls = [
        "rls_urge",
        "rls_worse_at_rest",
        "rls_eased_by_moving",
        "rls_evening",
    ];
    if rls.iter().all(|q| yes(answers, q)) {
        f.why("C3", "c3", &[])?;
    }
    if yes(answers, "leg_jerks") {
        f.why("C4", "c4", &[])?;
    }

    // --- Medicines (R6, P6), most strongly linked first.
    // (sequence ratio, the values of its "why") for each medicine R6 raises.
    let mut linked: Vec<(f64, Vec<(&str, String)>)> = Vec::new();
    for m in &diary.medications {
        let Some(info) = knowledge.class_info(m.class) else {
            continue;
        };
        if m.class == DrugClass::Quinine {
            if m.until.is_none_or(|u| u >= as_of) {
                let since = f.date(m.since);
                f.why("P6", "p6", &[("name", &m.name), ("since", &since)])?;
                // Rule P6P (ours, from the quinine warnings [S8][S9] and the advice to
                // involve the maternity provider [S37]): pregnancy raises the stakes.
                if diary.profile.pregnant == Some(true) {
                    f.why("P6P", "p6p", &[("name", &m.name), ("since", &since)])?;
                }
            }
            continue;
        }
        // Rule R6 names its classes (and only those were measured [S4]); a class the
        // sources merely mention is shown in the report's medicine table, not raised here.
        // A medicine already stopped is no longer one to review.
        if info.link != CrampLink::Listed || m.until.is_some_and(|u| u < as_of) {
            continue;
        }
        // "Started or worsened" (R6): cramps per logged night in the 12 months after the
        // start against the 12 months before. Too little record from before to compare
        // counts as "cannot rule it out".
        let window_end = add_days(m.since, MEDICATION_WINDOW_DAYS)
            .min(as_of)
            .min(m.until.unwrap_or(as_of));
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
            f.phrase(
                "checkup.why.r6_too_little_before",
                &[("cramps", &cramps_after.to_string())],
            )
        } else {
            let (after, before) = (
                per_week(cramps_after, known_after),
                per_week(cramps_before, known_before),
            );
            if after < MEDICATION_WORSE_BY * before {
                continue; // about as many cramps as before it: no sign it started or worsened them
            }
            f.phrase(
                "checkup.why.r6_compared",
                &[
                    ("after", &f.number(after, 1)),
                    ("before", &f.number(before, 1)),
                ],
            )
        };
        let ratio = info
            .sequence_ratio
            .map(|r| f.phrase("checkup.why.r6_ratio", &[("ratio", &f.number(r, 2))]))
            .unwrap_or_default();
        linked.push((
            info.sequence_ratio.unwrap_or(1.0),
            vec![
                ("name", m.name.clone()),
                ("since", f.date(m.since)),
                ("label", info.label.clone()),
                ("ratio", ratio),
                ("comparison", comparison),
            ],
        ));
    }
    linked.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
    for (_, values) in linked {
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        f.why("R6", "r6", &values)?;
    }

    if !diary.profile.conditions.is_empty() {
        let names: Vec<String> = diary
            .profile
            .conditions
            .iter()
            .map(|c| f.phrase(&format!("condition.{c}"), &[]))
            .collect();
        f.why("R9", "r9", &[("conditions", &names.join(", "))])?;
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
    let enough_data = lookback_known >= ENOUGH_DATA_MIN_KNOWN;
    let headline = headline(knowledge, urgency, emergency, enough_data, lookback_known);
    Ok(Checkup {
        see_doctor: urgency >= Urgency::Routine,
        urgency,
        enough_data,
        headline,
        emergency,
        reasons,
        data: CheckupData {
            as_of,
            recent_nights: RECENT_NIGHTS,
            recent_nights_known: recent_known,
            recent_cramps,
            recent_cramp_nights,
            lookback_nights: LOOKBACK_NIGHTS,
            lookback_nights_known: lookback_known,
            enough_data_min_known: ENOUGH_DATA_MIN_KNOWN,
            worsening,
            questions_answered: answers.len(),
            questions_unanswered,
        },
    })
}

/// The line to read first. Urgent findings always lead; with nothing found, a thin diary
/// reads "cannot be judged yet", never "all clear".
fn headline(
    knowledge: &Knowledge,
    urgency: Urgency,
    emergency: bool,
    enough_data: bool,
    known: u32,
) -> String {
    let key = match (urgency, emergency, enough_data) {
        (_, true, _) => "checkup.headline.emergency",
        (Urgency::Urgent, ..) => "checkup.headline.urgent",
        (Urgency::Soon, ..) => "checkup.headline.soon",
        (Urgency::Routine, ..) => "checkup.headline.routine",
        (Urgency::None, _, true) => "checkup.headline.none",
        (Urgency::None, _, false) => "checkup.headline.cannot_judge",
    };
    knowledge
        .message(
            key,
            &[
                ("known", &known.to_string()),
                ("nights", &LOOKBACK_NIGHTS.to_string()),
                ("needed", &ENOUGH_DATA_MIN_KNOWN.to_string()),
            ],
        )
        .unwrap_or_else(|_| urgency.as_str().to_string())
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
                crate::language::Message::new("allowed.question_id").with("list", known.join(", ")),
            ));
        }
    }
    Ok(())
}
