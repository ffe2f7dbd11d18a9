/*!
Insights: which of the seed's causes seem to drive this person's cramps, and which habits
seem to protect them, without fooling them.

For every factor (built-in, the person's own, and derived ones) and two lags (that day,
and the day before), the known nights are split by exposure and compared: the share of
nights with cramps when exposed against when not, as a risk ratio with a 95% interval,
tested with Fisher's exact test (right for small counts), and with the false-discovery
rate controlled across everything tested (Benjamini-Hochberg). Unknown nights never count
as cramp-free; a day with a factor not recorded never counts as unexposed.

What comes out is an association in one person's diary, never proof of cause (rule A8 of
clinical-evidence.md calls these analyses exploratory), and every sentence says so.
*/

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::domain::{Diary, DrugClass, FactorKey, FactorValue, NightStatus};
use crate::factors::{Builtin, FactorKind, FactorRole};
use crate::knowledge::{CrampLink, Knowledge};
use crate::nights::{NightIndex, add_days, dates, days_between};
use crate::stats::{
    benjamini_hochberg, fisher_exact_mid_p, logistic_regression, median, risk_ratio,
};
use crate::trend::{Trends, overall_trends};

/// Minimum data for a verdict (our design choice, stated to the person): at least this many
/// known nights with the factor and without it...
pub const MIN_EXPOSED_NIGHTS: u32 = 5;
pub const MIN_UNEXPOSED_NIGHTS: u32 = 5;
/// ...and at least this many cramp nights among them, or there is nothing to compare.
pub const MIN_CRAMP_NIGHTS: u32 = 5;
/// False discovery rate across all factors and lags tested. At 5%, a diary where nothing
/// matters almost never shows a "likely" verdict (checked by simulation in the tests).
pub const FDR_LEVEL: f64 = 0.05;
/// Two flagged factors "travel together" when their exposures correlate at least this much
/// (phi coefficient) on the nights both are known. Our threshold.
pub const TRAVEL_TOGETHER_PHI: f64 = 0.3;
/// A sudden rise in activity (seed cause 1, "when activity levels increase suddenly"):
/// steps or exercise minutes at least 1.5 times the person's mean over the 14 days before,
/// with at least 7 of those days recorded; exercise must also be 30 minutes above it.
/// Our thresholds for "well above".
pub const JUMP_RATIO: f64 = 1.5;
pub const JUMP_TRAILING_DAYS: i64 = 14;
pub const JUMP_MIN_TRAILING_DAYS: usize = 7;
pub const JUMP_MIN_EXTRA_EXERCISE_MIN: f64 = 30.0;
/// Rule A7: a medicine's window is the 12 months after it was started [S4].
pub const MEDICATION_WINDOW_DAYS: i64 = 365;
/// Urine colour 1-3 is pale, well hydrated, on the usual 8-point chart (diary.md; the seed's
/// "pale yellow" sign): 4 or darker counts as exposed.
pub const DARK_URINE_FROM: f64 = 4.0;

/// The verdict on one factor at one lag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    LikelyTrigger,
    LikelyProtective,
    NoClearLink,
    NotEnoughData,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::LikelyTrigger => "likely_trigger",
            Verdict::LikelyProtective => "likely_protective",
            Verdict::NoClearLink => "no_clear_link",
            Verdict::NotEnoughData => "not_enough_data",
        }
    }
}

/// How a factor's values were split into exposed and unexposed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Split {
    /// `boolean`, `category`, `clinical` (a threshold from the evidence), `median` (the
    /// person's own median), `derived`.
    pub kind: &'static str,
    pub threshold: Option<f64>,
    /// What "exposed" means, in words: "more than 8 hours on your feet".
    pub exposed_means: String,
    /// How a night with it reads in a sentence: "after more than 8 hours on your feet".
    pub phrase: String,
}

impl Split {
    fn new(
        kind: &'static str,
        threshold: Option<f64>,
        exposed_means: impl Into<String>,
        phrase: impl Into<String>,
    ) -> Split {
        Split {
            kind,
            threshold,
            exposed_means: exposed_means.into(),
            phrase: phrase.into(),
        }
    }
}

/// How a yes/no built-in factor reads after "cramps on 8 of 20 nights ...".
fn boolean_phrase(factor: Builtin, knowledge: &Knowledge) -> String {
    let key = match factor {
        Builtin::Stretched => "insight.when.stretched",
        Builtin::Massage => "insight.when.massage",
        Builtin::HeavySweating => "insight.when.heavy_sweating",
        Builtin::TightBlankets => "insight.when.tight_blankets",
        _ => "insight.when.other",
    };
    phrase(knowledge, key, &[])
}

/// A phrase of the language's catalog (an exposure's words); empty only on a broken build,
/// which the tests that render every message catch.
fn phrase(knowledge: &Knowledge, key: &str, args: &[(&str, &str)]) -> String {
    knowledge.message(key, args).unwrap_or_default()
}

/// One factor at one lag.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactorFinding {
    /// The diary.md column (`standing_h`), `custom:NAME`, `derived:activity_jump` or
    /// `medication:CLASS`.
    pub factor: String,
    pub label: String,
    /// What the factor is to the person (cause, prevention step, medicine...): it decides
    /// what the sentence may advise.
    pub role: FactorRole,
    /// 0: the day before that night; 1: the day before that.
    pub lag_days: u8,
    pub split: Split,
    pub verdict: Verdict,
    pub risk_ratio: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// True when a zero count needed the 0.5 (Haldane) correction.
    pub corrected: bool,
    pub p_value: Option<f64>,
    /// The Benjamini-Hochberg adjusted p-value across everything tested.
    pub q_value: Option<f64>,
    pub exposed_nights: u32,
    pub exposed_cramp_nights: u32,
    pub unexposed_nights: u32,
    pub unexposed_cramp_nights: u32,
    /// One plain sentence with the counts behind it.
    pub sentence: String,
}

/// Two flagged factors that tend to happen on the same days, and each one's estimate
/// adjusted for the other (logistic regression with both).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confounding {
    pub factors: [String; 2],
    pub lag_days: u8,
    pub phi: f64,
    pub nights: u32,
    /// Odds ratios adjusted for the other factor, with 95% intervals; `None` when the data
    /// cannot separate them.
    pub adjusted: Vec<AdjustedEstimate>,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdjustedEstimate {
    pub factor: String,
    pub odds_ratio: f64,
    pub ci_low: f64,
    pub ci_high: f64,
    pub p_value: f64,
}

/// The whole answer of `nightcramp insights`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insights {
    pub as_of: Date,
    pub nights_known: u32,
    pub nights_with_cramps: u32,
    pub nights_unknown: u32,
    pub minimum_data: String,
    pub caution: String,
    pub factors: Vec<FactorFinding>,
    pub confounding: Vec<Confounding>,
    pub trends: Trends,
}

/// Which nights are known, and whether each had cramps, indexed densely from `first`.
struct Nights {
    first: Date,
    /// (night, its index counted from `first`, had cramps) for every known night, in order.
    known: Vec<(Date, usize, bool)>,
}

/// A factor's exposure by day, densely indexed from `first`.
struct Exposure {
    factor: String,
    label: String,
    role: FactorRole,
    split: Split,
    /// One entry per day from the day before the first night.
    by_day: Vec<Option<bool>>,
}

impl Exposure {
    /// Exposure on the day `index` days after `first` (integer arithmetic: the hot path).
    fn at(&self, index: usize) -> Option<bool> {
        self.by_day.get(index).copied().flatten()
    }

    fn varies(&self) -> bool {
        let mut seen = (false, false);
        for v in self.by_day.iter().flatten() {
            if *v {
                seen.0 = true;
            } else {
                seen.1 = true;
            }
        }
        seen.0 && seen.1
    }
}

fn dense(first: Date, last: Date, value: impl Fn(Date) -> Option<bool>) -> Vec<Option<bool>> {
    dates(first, last).map(value).collect()
}

fn numeric(value: &FactorValue) -> Option<f64> {
    match value {
        FactorValue::Number(n) => Some(*n),
        FactorValue::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        FactorValue::Choice(_) => None,
    }
}

/// Decides from a day's recorded value whether that day counts as exposed.
type ExposureTest = Box<dyn Fn(&FactorValue) -> Option<bool>>;

/// Every factor the diary can say something about, with how it is split.
fn exposures(diary: &Diary, knowledge: &Knowledge, first: Date, last: Date) -> Vec<Exposure> {
    // Each recorded day's place from `first`, found once; every factor is then read in one
    // pass by position (date arithmetic per night and factor was most of the run time).
    let len = usize::try_from(days_between(first, last) + 1).unwrap_or(0);
    let placed: Vec<(usize, &crate::domain::Day)> = diary
        .days
        .iter()
        .filter(|d| (first..=last).contains(&d.date))
        .filter_map(|d| Some((usize::try_from(days_between(first, d.date)).ok()?, d)))
        .collect();
    let values_of = |key: &FactorKey| -> Vec<Option<&FactorValue>> {
        let mut values = vec![None; len];
        for (i, day) in &placed {
            if let (Some(slot), Some(f)) = (values.get_mut(*i), day.factors.get(key)) {
                *slot = Some(&f.value);
            }
        }
        values
    };
    let mut keys: Vec<FactorKey> = diary
        .days
        .iter()
        .flat_map(|d| d.factors.keys().cloned())
        .collect();
    keys.sort();
    keys.dedup();
    let mut out = Vec::new();
    for key in keys {
        let (label, split, test): (String, Split, ExposureTest) = match &key {
            // The check-in is the outcome's bookkeeping, and sleep hours are partly an
            // outcome of cramps (reverse causation): neither is tested as a trigger.
            FactorKey::Builtin(Builtin::NightChecked | Builtin::SleepH) => continue,
            FactorKey::Builtin(b) => {
                let label = b.label(knowledge);
                let dark_from = knowledge.language.number_up_to(DARK_URINE_FROM, 0);
                match (b, b.kind()) {
                    (_, FactorKind::Bool) => (
                        label.clone(),
                        Split::new(
                            "boolean",
                            None,
                            label.clone(),
                            boolean_phrase(*b, knowledge),
                        ),
                        Box::new(|v: &FactorValue| match v {
                            FactorValue::Bool(b) => Some(*b),
                            _ => None,
                        }),
                    ),
                    (Builtin::ExerciseIntensity, _) => (
                        label,
                        Split::new(
                            "category",
                            None,
                            phrase(knowledge, "insight.exposed.vigorous", &[]),
                            phrase(knowledge, "insight.when.vigorous", &[]),
                        ),
                        Box::new(|v: &FactorValue| match v {
                            FactorValue::Choice(c) => Some(c == "vigorous"),
                            _ => None,
                        }),
                    ),
                    (Builtin::SleepPosition, _) => (
                        label,
                        Split::new(
                            "category",
                            None,
                            phrase(knowledge, "insight.exposed.toes_pointed", &[]),
                            phrase(knowledge, "insight.when.toes_pointed", &[]),
                        ),
                        Box::new(|v: &FactorValue| match v {
                            FactorValue::Choice(c) => Some(c == "stomach" || c == "side_curled"),
                            _ => None,
                        }),
                    ),
                    (Builtin::UrineColor, _) => (
                        label,
                        Split::new(
                            "clinical",
                            Some(DARK_URINE_FROM),
                            phrase(
                                knowledge,
                                "insight.exposed.dark_urine",
                                &[("from", &dark_from)],
                            ),
                            phrase(
                                knowledge,
                                "insight.when.dark_urine",
                                &[("from", &dark_from)],
                            ),
                        ),
                        Box::new(|v: &FactorValue| numeric(v).map(|n| n >= DARK_URINE_FROM)),
                    ),
                    (Builtin::MagnesiumMg | Builtin::AlcoholDrinks, _) => {
                        let which = if *b == Builtin::MagnesiumMg {
                            "magnesium"
                        } else {
                            "alcohol"
                        };
                        let means = phrase(knowledge, &format!("insight.exposed.{which}"), &[]);
                        let when = phrase(knowledge, &format!("insight.when.{which}"), &[]);
                        (
                            label,
                            Split::new("clinical", Some(0.0), means, when),
                            Box::new(|v: &FactorValue| numeric(v).map(|n| n > 0.0)),
                        )
                    }
                    _ => match median_split(diary, &key, &label, knowledge) {
                        Some((split, threshold)) => (
                            label,
                            split,
                            Box::new(move |v: &FactorValue| numeric(v).map(|n| n > threshold)),
                        ),
                        None => (
                            label.clone(),
                            constant_split(&label, knowledge),
                            Box::new(|_: &FactorValue| Some(false)),
                        ),
                    },
                }
            }
            FactorKey::Custom(name) => {
                let all_bool = diary
                    .days
                    .iter()
                    .filter_map(|d| d.factors.get(&key))
                    .all(|f| matches!(f.value, FactorValue::Bool(_)));
                if all_bool {
                    (
                        name.clone(),
                        Split::new(
                            "boolean",
                            None,
                            name.clone(),
                            phrase(knowledge, "insight.when.custom", &[("name", name)]),
                        ),
                        Box::new(|v: &FactorValue| numeric(v).map(|n| n > 0.0)),
                    )
                } else {
                    match median_split(diary, &key, name, knowledge) {
                        Some((split, threshold)) => (
                            name.clone(),
                            split,
                            Box::new(move |v: &FactorValue| numeric(v).map(|n| n > threshold)),
                        ),
                        None => (
                            name.clone(),
                            constant_split(name, knowledge),
                            Box::new(|_: &FactorValue| Some(false)),
                        ),
                    }
                }
            }
        };
        let role = match &key {
            FactorKey::Builtin(b) => b.role(),
            FactorKey::Custom(_) => FactorRole::Own,
        };
        out.push(Exposure {
            factor: key.column(),
            label,
            role,
            split,
            by_day: values_of(&key)
                .into_iter()
                .map(|v| v.and_then(&test))
                .collect(),
        });
    }
    if let Some(jump) = activity_jump(diary, first, last, knowledge) {
        out.push(jump);
    }
    out.extend(medication_exposures(diary, knowledge, first, last));
    out
}

/// Splits a number at the person's median: above it against the rest. When the median is
/// also the highest value (days of 4 or 10 hours, mostly 10), "above" would be empty and
/// the factor would wrongly read "not enough data"; then the split is "the median or more"
/// against less. The threshold returned is the value a day must exceed to count.
fn median_split(
    diary: &Diary,
    key: &FactorKey,
    label: &str,
    knowledge: &Knowledge,
) -> Option<(Split, f64)> {
    let values: Vec<f64> = diary
        .days
        .iter()
        .filter_map(|d| d.factors.get(key))
        .filter_map(|f| numeric(&f.value))
        .collect();
    let m = median(&values)?;
    let args = [
        ("value", knowledge.language.number_up_to(m, 2)),
        ("label", label.to_string()),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    if values.iter().any(|v| *v > m) {
        return Some((
            Split::new(
                "median",
                Some(m),
                phrase(knowledge, "insight.exposed.above_median", &args),
                phrase(knowledge, "insight.when.above_median", &args),
            ),
            m,
        ));
    }
    // Everything is at most the median: split below it instead, at the largest lower value.
    let below = values
        .iter()
        .copied()
        .filter(|v| *v < m)
        .fold(None, |best: Option<f64>, v| {
            Some(best.map_or(v, |b| b.max(v)))
        })?;
    Some((
        Split::new(
            "median",
            Some(m),
            phrase(knowledge, "insight.exposed.at_least_median", &args),
            phrase(knowledge, "insight.when.at_least_median", &args),
        ),
        below,
    ))
}

fn constant_split(label: &str, knowledge: &Knowledge) -> Split {
    Split::new(
        "median",
        None,
        phrase(knowledge, "insight.exposed.constant", &[("label", label)]),
        phrase(knowledge, "insight.when.constant", &[("label", label)]),
    )
}

/// Derived factor: a sudden rise in activity (seed cause 1).
fn activity_jump(
    diary: &Diary,
    first: Date,
    last: Date,
    knowledge: &Knowledge,
) -> Option<Exposure> {
    // Read steps and exercise once, from 14 days before `first`, by position.
    let start = add_days(first, -JUMP_TRAILING_DAYS);
    let offset = usize::try_from(JUMP_TRAILING_DAYS).unwrap_or(0);
    let len = usize::try_from(days_between(start, last) + 1).unwrap_or(0);
    let series = |key: Builtin| -> Vec<Option<f64>> {
        let mut values = vec![None; len];
        for day in diary
            .days
            .iter()
            .filter(|d| (start..=last).contains(&d.date))
        {
            let i = usize::try_from(days_between(start, day.date)).ok();
            let value = day
                .factors
                .get(&FactorKey::Builtin(key))
                .and_then(|f| numeric(&f.value));
            if let (Some(slot), Some(v)) = (i.and_then(|i| values.get_mut(i)), value) {
                *slot = Some(v);
            }
        }
        values
    };
    let steps = series(Builtin::Steps);
    let exercise = series(Builtin::ExerciseMin);
    let jumped = |values: &[Option<f64>], i: usize, extra: f64| -> Option<bool> {
        let today = (*values.get(i)?)?;
        let trailing: Vec<f64> = values
            .get(i.checked_sub(offset)?..i)?
            .iter()
            .flatten()
            .copied()
            .collect();
        if trailing.len() < JUMP_MIN_TRAILING_DAYS {
            return None;
        }
        let mean = trailing.iter().sum::<f64>() / trailing.len() as f64;
        Some(today >= JUMP_RATIO * mean && today >= mean + extra && today > 0.0)
    };
    let by_day: Vec<Option<bool>> = (offset..len)
        .map(|i| {
            match (
                jumped(&steps, i, 0.0),
                jumped(&exercise, i, JUMP_MIN_EXTRA_EXERCISE_MIN),
            ) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (None, None) => None,
                _ => Some(false),
            }
        })
        .collect();
    by_day.iter().any(Option::is_some).then(|| Exposure {
        factor: "derived:activity_jump".into(),
        label: phrase(knowledge, "insight.activity_jump", &[]),
        role: FactorRole::Cause,
        split: Split::new(
            "derived",
            Some(JUMP_RATIO),
            phrase(
                knowledge,
                "insight.exposed.activity_jump",
                &[("ratio", &knowledge.language.number_up_to(JUMP_RATIO, 1))],
            ),
            phrase(knowledge, "insight.when.activity_jump", &[]),
        ),
        by_day,
    })
}

/// Derived factors: the 12 months after starting a medicine of a class linked to cramps
/// (rule A7), against the time not taking it.
fn medication_exposures(
    diary: &Diary,
    knowledge: &Knowledge,
    first: Date,
    last: Date,
) -> Vec<Exposure> {
    let mut classes: Vec<DrugClass> = diary.medications.iter().map(|m| m.class).collect();
    classes.sort();
    classes.dedup();
    classes
        .into_iter()
        .filter(|c| *c != DrugClass::Other && *c != DrugClass::Quinine)
        .filter(|c| {
            knowledge
                .class_info(*c)
                .is_some_and(|i| i.link != CrampLink::None)
        })
        .map(|class| {
            let meds: Vec<_> = diary
                .medications
                .iter()
                .filter(|m| m.class == class)
                .collect();
            let label = knowledge
                .class_info(class)
                .map(|i| i.label.clone())
                .unwrap_or_else(|| class.to_string());
            let windows: Vec<Date> = meds
                .iter()
                .map(|m| add_days(m.since, MEDICATION_WINDOW_DAYS))
                .collect();
            let by_day = dense(first, last, |day| {
                let mut any_window = false;
                let mut any_taking = false;
                for (m, window_end) in meds.iter().zip(&windows) {
                    if m.taken_on(day) {
                        any_taking = true;
                        if day <= *window_end {
                            any_window = true;
                        }
                    }
                }
                match (any_window, any_taking) {
                    (true, _) => Some(true),
                    (false, true) => None, // beyond the first year: not part of the comparison
                    (false, false) => Some(false),
                }
            });
            Exposure {
                factor: format!("medication:{}", class.as_str()),
                label: label.clone(),
                role: FactorRole::Medicine,
                split: Split::new(
                    "derived",
                    None,
                    phrase(knowledge, "insight.exposed.medicine", &[("label", &label)]),
                    phrase(knowledge, "insight.when.medicine", &[("label", &label)]),
                ),
                by_day,
            }
        })
        .collect()
}

struct Table {
    exposed: u32,
    exposed_cramps: u32,
    unexposed: u32,
    unexposed_cramps: u32,
}

fn table(nights: &Nights, exposure: &Exposure, lag: u8) -> Table {
    let mut t = Table {
        exposed: 0,
        exposed_cramps: 0,
        unexposed: 0,
        unexposed_cramps: 0,
    };
    // Exposures start one day before the first night, so night i's day at lag L is i + 1 - L.
    for (_, i, cramp) in &nights.known {
        match exposure.at(i + 1 - usize::from(lag)) {
            Some(true) => {
                t.exposed += 1;
                t.exposed_cramps += u32::from(*cramp);
            }
            Some(false) => {
                t.unexposed += 1;
                t.unexposed_cramps += u32::from(*cramp);
            }
            None => {}
        }
    }
    t
}

/// Runs every analysis on the nights up to `as_of`.
pub fn analyse(diary: &Diary, knowledge: &Knowledge, as_of: Date) -> Insights {
    let index = NightIndex::new(diary);
    let span = crate::nights::diary_span(diary).map(|(a, b)| (a, b.min(as_of)));
    let (first, last) = match span {
        Some((a, b)) if a <= b => (a, b),
        _ => (as_of, as_of),
    };
    let mut known = Vec::new();
    let mut unknown = 0u32;
    for (i, night) in dates(first, last).enumerate() {
        match index.status(night) {
            NightStatus::Unknown => unknown += 1,
            status => known.push((night, i, status == NightStatus::Cramps)),
        }
    }
    let nights = Nights { first, known };
    let nights_with_cramps = nights.known.iter().filter(|(_, _, c)| *c).count() as u32;
    // Exposures need one day before the first night for lag 1.
    let exposures = exposures(diary, knowledge, add_days(nights.first, -1), last);

    let mut findings = Vec::new();
    for exposure in &exposures {
        // A medicine's exposure is a 12-month window: "the day before" means nothing there,
        // and a second test of the same window would only spend the false-discovery budget.
        let lags: &[u8] = if exposure.role == FactorRole::Medicine {
            &[0]
        } else {
            &[0, 1]
        };
        for &lag in lags {
            let t = table(&nights, exposure, lag);
            let enough = exposure.varies()
                && t.exposed >= MIN_EXPOSED_NIGHTS
                && t.unexposed >= MIN_UNEXPOSED_NIGHTS
                && t.exposed_cramps + t.unexposed_cramps >= MIN_CRAMP_NIGHTS;
            let rr = if enough {
                risk_ratio(t.exposed_cramps, t.exposed, t.unexposed_cramps, t.unexposed)
            } else {
                None
            };
            let p = rr.map(|_| {
                fisher_exact_mid_p(
                    t.exposed_cramps,
                    t.exposed - t.exposed_cramps,
                    t.unexposed_cramps,
                    t.unexposed - t.unexposed_cramps,
                )
            });
            findings.push(FactorFinding {
                factor: exposure.factor.clone(),
                label: exposure.label.clone(),
                role: exposure.role,
                lag_days: lag,
                split: exposure.split.clone(),
                verdict: Verdict::NotEnoughData,
                risk_ratio: rr.map(|r| r.ratio),
                ci_low: rr.map(|r| r.ci_low),
                ci_high: rr.map(|r| r.ci_high),
                corrected: rr.is_some_and(|r| r.corrected),
                p_value: p,
                q_value: None,
                exposed_nights: t.exposed,
                exposed_cramp_nights: t.exposed_cramps,
                unexposed_nights: t.unexposed,
                unexposed_cramp_nights: t.unexposed_cramps,
                sentence: String::new(),
            });
        }
    }
    let tested: Vec<usize> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.p_value.is_some())
        .map(|(i, _)| i)
        .collect();
    let q = benjamini_hochberg(
        &tested
            .iter()
            .filter_map(|&i| findings[i].p_value)
            .collect::<Vec<_>>(),
    );
    for (&i, q) in tested.iter().zip(q) {
        let f = &mut findings[i];
        f.q_value = Some(q);
        let rr = f.risk_ratio.unwrap_or(1.0);
        f.verdict = if q < FDR_LEVEL && rr > 1.0 {
            Verdict::LikelyTrigger
        } else if q < FDR_LEVEL && rr < 1.0 {
            Verdict::LikelyProtective
        } else {
            Verdict::NoClearLink
        };
    }
    for f in &mut findings {
        f.sentence = sentence(f, knowledge);
    }
    // Most telling first: verdicts, then by q-value.
    findings.sort_by(|a, b| {
        let rank = |f: &FactorFinding| match f.verdict {
            Verdict::LikelyTrigger | Verdict::LikelyProtective => 0,
            Verdict::NoClearLink => 1,
            Verdict::NotEnoughData => 2,
        };
        rank(a)
            .cmp(&rank(b))
            .then(
                a.q_value
                    .unwrap_or(1.0)
                    .partial_cmp(&b.q_value.unwrap_or(1.0))
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(a.factor.cmp(&b.factor))
            .then(a.lag_days.cmp(&b.lag_days))
    });
    let confounding = confounding(&findings, &exposures, &nights, knowledge);
    Insights {
        as_of,
        nights_known: nights.known.len() as u32,
        nights_with_cramps,
        nights_unknown: unknown,
        minimum_data: knowledge
            .message(
                "insight.minimum_data",
                &[
                    ("min_with", &MIN_EXPOSED_NIGHTS.to_string()),
                    ("min_without", &MIN_UNEXPOSED_NIGHTS.to_string()),
                    ("min_cramps", &MIN_CRAMP_NIGHTS.to_string()),
                ],
            )
            .unwrap_or_default(),
        caution: knowledge
            .message("insight.caution", &[])
            .unwrap_or_default(),
        factors: findings,
        confounding,
        trends: overall_trends(diary, &index, first, last),
    }
}

impl Insights {
    /// What the insights rest on, in one line (`night` named the way the front end names
    /// dates).
    pub fn summary(&self, knowledge: &Knowledge, night: &str) -> String {
        knowledge
            .message(
                "insight.summary",
                &[
                    ("known", &self.nights_known.to_string()),
                    ("night", night),
                    ("cramp_nights", &self.nights_with_cramps.to_string()),
                    ("unknown", &self.nights_unknown.to_string()),
                ],
            )
            .unwrap_or_default()
    }
}

/// The heading over findings of one verdict, wherever they are listed (CLI, web, report).
pub fn section_title(verdict: Verdict, knowledge: &Knowledge) -> String {
    knowledge
        .message(&format!("insight.section.{}", verdict.as_str()), &[])
        .unwrap_or_else(|_| verdict.as_str().replace('_', " "))
}

/// "3.0 times as often" or "40% less often".
fn size(rr: f64, knowledge: &Knowledge) -> String {
    let rendered = if rr >= 1.0 {
        knowledge.message("insight.more_often", &[("ratio", &knowledge.number(rr, 1))])
    } else {
        knowledge.message(
            "insight.less_often",
            &[("percent", &knowledge.number((1.0 - rr) * 100.0, 0))],
        )
    };
    rendered.unwrap_or_default()
}

fn when(f: &FactorFinding, knowledge: &Knowledge) -> String {
    if f.lag_days == 0 {
        f.split.phrase.clone()
    } else {
        phrase(
            knowledge,
            "insight.day_before",
            &[("when", &f.split.phrase)],
        )
    }
}

/// The finding's sentence, from the knowledge base's templates: the verdict and the
/// factor's role choose the template, the counts fill it. Rendering fails only on a broken
/// build (a test renders every template); the counts alone are then better than nothing.
fn sentence(f: &FactorFinding, knowledge: &Knowledge) -> String {
    let n = |v: u32| v.to_string();
    let (cramp_with, with, cramp_without, without) = (
        n(f.exposed_cramp_nights),
        n(f.exposed_nights),
        n(f.unexposed_cramp_nights),
        n(f.unexposed_nights),
    );
    let when = when(f, knowledge);
    let counts = knowledge
        .message(
            "insight.counts",
            &[
                ("cramp_nights_with", &cramp_with),
                ("nights_with", &with),
                ("when", &when),
                ("cramp_nights_without", &cramp_without),
                ("nights_without", &without),
            ],
        )
        .unwrap_or_else(|_| format!("{cramp_with}/{with} against {cramp_without}/{without}"));
    let interval = match (f.risk_ratio, f.ci_low, f.ci_high) {
        (Some(rr), Some(lo), Some(hi)) => knowledge
            .message(
                "insight.interval",
                &[
                    ("size", &size(rr, knowledge)),
                    ("low", &knowledge.number(lo, 2)),
                    ("high", &knowledge.number(hi, 2)),
                ],
            )
            .unwrap_or_default(),
        _ => String::new(),
    };
    let reverse_key = format!("insight.reverse.{}", f.factor);
    let reverse = knowledge
        .message(&reverse_key, &[])
        .unwrap_or_else(|_| phrase(knowledge, "insight.reverse.other", &[]));
    let rendered = match f.verdict {
        Verdict::LikelyTrigger | Verdict::LikelyProtective => knowledge.message(
            &format!("insight.{}.{}", f.verdict.as_str(), f.role.as_str()),
            &[
                ("counts", &counts),
                ("interval", &interval),
                ("reverse", &reverse),
            ],
        ),
        Verdict::NoClearLink => knowledge.message(
            "insight.no_clear_link",
            &[("counts", &counts), ("interval", &interval)],
        ),
        Verdict::NotEnoughData => knowledge.message(
            "insight.not_enough_data",
            &[
                ("nights_with", &with),
                ("nights_without", &without),
                (
                    "cramp_nights",
                    &n(f.exposed_cramp_nights + f.unexposed_cramp_nights),
                ),
                ("min_with", &n(MIN_EXPOSED_NIGHTS)),
                ("min_without", &n(MIN_UNEXPOSED_NIGHTS)),
                ("min_cramps", &n(MIN_CRAMP_NIGHTS)),
            ],
        ),
    };
    rendered.unwrap_or(counts)
}

fn confounding(
    findings: &[FactorFinding],
    exposures: &[Exposure],
    nights: &Nights,
    knowledge: &Knowledge,
) -> Vec<Confounding> {
    let say =
        |key: &str, values: &[(&str, &str)]| knowledge.message(key, values).unwrap_or_default();
    let flagged: Vec<&FactorFinding> = findings
        .iter()
        .filter(|f| {
            matches!(
                f.verdict,
                Verdict::LikelyTrigger | Verdict::LikelyProtective
            )
        })
        .collect();
    let by_name: BTreeMap<&str, &Exposure> =
        exposures.iter().map(|e| (e.factor.as_str(), e)).collect();
    let mut out = Vec::new();
    for (i, a) in flagged.iter().enumerate() {
        for b in flagged.iter().skip(i + 1) {
            if a.lag_days != b.lag_days || a.factor == b.factor {
                continue;
            }
            let (Some(ea), Some(eb)) = (
                by_name.get(a.factor.as_str()),
                by_name.get(b.factor.as_str()),
            ) else {
                continue;
            };
            let lag = usize::from(a.lag_days);
            let rows: Vec<(Vec<f64>, bool)> = nights
                .known
                .iter()
                .filter_map(|(_, i, cramp)| {
                    let day = i + 1 - lag;
                    Some((
                        vec![
                            f64::from(u8::from(ea.at(day)?)),
                            f64::from(u8::from(eb.at(day)?)),
                        ],
                        *cramp,
                    ))
                })
                .collect();
            let Some(phi) = phi(&rows) else { continue };
            if phi.abs() < TRAVEL_TOGETHER_PHI {
                continue;
            }
            let fit = logistic_regression(&rows);
            let adjusted: Vec<AdjustedEstimate> = fit
                .as_ref()
                .map(|fit| {
                    [&a.factor, &b.factor]
                        .iter()
                        .enumerate()
                        .filter_map(|(k, name)| {
                            let or = fit.odds_ratio(k)?;
                            Some(AdjustedEstimate {
                                factor: (*name).clone(),
                                odds_ratio: or.ratio,
                                ci_low: or.ci_low,
                                ci_high: or.ci_high,
                                p_value: fit.p_values.get(k + 1).copied().unwrap_or(1.0),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default();
            let stands = |e: &AdjustedEstimate| e.ci_low > 1.0 || e.ci_high < 1.0;
            let sentence = match adjusted.as_slice() {
                [x, y] => {
                    let verdict = match (stands(x), stands(y)) {
                        (true, false) => say(
                            "insight.together.one_stands",
                            &[("stands", &a.label), ("other", &b.label)],
                        ),
                        (false, true) => say(
                            "insight.together.one_stands",
                            &[("stands", &b.label), ("other", &a.label)],
                        ),
                        (true, true) => say("insight.together.both_stand", &[]),
                        (false, false) => say("insight.together.cannot_tell", &[]),
                    };
                    say(
                        "insight.together",
                        &[
                            ("a", &a.label),
                            ("b", &b.label),
                            ("verdict", &verdict),
                            ("or_a", &knowledge.number(x.odds_ratio, 1)),
                            ("or_b", &knowledge.number(y.odds_ratio, 1)),
                        ],
                    )
                }
                _ => say(
                    "insight.together.inseparable",
                    &[("a", &a.label), ("b", &b.label)],
                ),
            };
            out.push(Confounding {
                factors: [a.factor.clone(), b.factor.clone()],
                lag_days: a.lag_days,
                phi,
                nights: rows.len() as u32,
                adjusted,
                sentence,
            });
        }
    }
    out
}

/// The phi coefficient (correlation of two yes/no variables).
fn phi(rows: &[(Vec<f64>, bool)]) -> Option<f64> {
    let (mut n11, mut n10, mut n01, mut n00) = (0.0_f64, 0.0_f64, 0.0_f64, 0.0_f64);
    for (x, _) in rows {
        match (x.first().copied()? > 0.5, x.get(1).copied()? > 0.5) {
            (true, true) => n11 += 1.0,
            (true, false) => n10 += 1.0,
            (false, true) => n01 += 1.0,
            (false, false) => n00 += 1.0,
        }
    }
    let denominator = ((n11 + n10) * (n01 + n00) * (n11 + n01) * (n10 + n00)).sqrt();
    (denominator > 0.0).then(|| (n11 * n00 - n10 * n01) / denominator)
}
