/*!
"Did it help?": cramps since the person started a habit, against the same length of time
before it.

A before-and-after comparison is the weakest kind of evidence, and this module says so
every time (rule A3 of clinical-evidence.md: about a quarter fewer cramps happen on dummy
pills, and cramps drift on their own). It applies rule A2's bar for a change worth
having (at least 25% and at least one cramp a week fewer), warns when the two periods
fall in different seasons (rule A6: cramps roughly double from winter to summer), and
when the data cannot tell yet, says roughly how many more nights would.
*/

use jiff::civil::Date;
use serde::Serialize;

use crate::domain::{Diary, FactorKey, FactorValue, NightStatus};
use crate::knowledge::Knowledge;
use crate::language::DateForm;
use crate::nights::{NightIndex, add_days, dates, days_between};
use crate::stats::{Z_95, compare_rates};

/// Rule A2: a change is meaningful only at 25% or more...
pub const MEANINGFUL_RELATIVE: f64 = 0.25;
/// ...and one cramp a week or more [S2c].
pub const MEANINGFUL_PER_WEEK: f64 = 1.0;
/// Each period needs two weeks of logged nights before anything is said (the 2-week
/// baseline of rule A4/F4).
pub const MIN_NIGHTS_PER_PERIOD: u32 = 14;
/// Power for "how many more nights": 80% to detect a 25% change at the 5% level.
const Z_POWER: f64 = 0.841_621_233_572_914_3;
/// A habit kept on fewer than 80% of the recorded days since it started is not steady.
pub const STEADY_SHARE: f64 = 0.8;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    pub first: Date,
    pub last: Date,
    pub nights_known: u32,
    pub cramps: u32,
    pub cramp_nights: u32,
    pub cramps_per_week: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HabitVerdict {
    FewerCramps,
    MoreCramps,
    NoClearChange,
    CannotTellYet,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitReport {
    pub habit: String,
    pub since: Date,
    pub before: Period,
    pub after: Period,
    /// Days since the start on which the habit was recorded as done, and recorded at all.
    pub days_done: u32,
    pub days_recorded: u32,
    pub rate_ratio: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub p_value: Option<f64>,
    /// Change in cramps per week, after minus before.
    pub change_per_week: Option<f64>,
    /// Rule A2's size bar, met or not (before/after only: never proof).
    pub meaningful: bool,
    pub verdict: HabitVerdict,
    /// Roughly how many more logged nights in each period would show a 25% change.
    pub more_nights_needed: Option<u32>,
    pub warnings: Vec<String>,
    pub sentence: String,
}

fn period(index: &NightIndex, first: Date, last: Date) -> Period {
    let mut p = Period {
        first,
        last,
        nights_known: 0,
        cramps: 0,
        cramp_nights: 0,
        cramps_per_week: None,
    };
    for night in dates(first, last) {
        match index.status(night) {
            NightStatus::Unknown => {}
            NightStatus::NoCramps => p.nights_known += 1,
            NightStatus::Cramps => {
                p.nights_known += 1;
                p.cramp_nights += 1;
                p.cramps += index.episodes(night);
            }
        }
    }
    p.cramps_per_week =
        (p.nights_known > 0).then(|| f64::from(p.cramps) * 7.0 / f64::from(p.nights_known));
    p
}

/// Time zones of the southern hemisphere, whose summer is December to February.
fn southern(zone: Option<&str>) -> bool {
    zone.is_some_and(|z| {
        [
            "Australia/",
            "Antarctica/",
            "America/Argentina",
            "America/Santiago",
            "America/Sao_Paulo",
            "America/Montevideo",
            "America/Asuncion",
            "Pacific/Auckland",
            "Pacific/Chatham",
            "Africa/Johannesburg",
            "Africa/Maputo",
            "Africa/Harare",
            "Africa/Windhoek",
            "Indian/Mauritius",
        ]
        .iter()
        .any(|prefix| z.starts_with(prefix))
    })
}

/// The share of a period's nights that fall in the warm half of the year.
fn summer_share(first: Date, last: Date, south: bool) -> f64 {
    let total = (days_between(first, last) + 1).max(1) as f64;
    let warm = dates(first, last)
        .filter(|d| {
            let north_summer = (5..=9).contains(&d.month());
            north_summer != south
        })
        .count() as f64;
    warm / total
}

/// Compares cramps since `since` with the same span before it, for the habit `key`.
pub fn did_it_help(
    diary: &Diary,
    knowledge: &Knowledge,
    key: &FactorKey,
    since: Date,
    as_of: Date,
) -> HabitReport {
    let say =
        |key: &str, values: &[(&str, &str)]| knowledge.message(key, values).unwrap_or_default();
    let index = NightIndex::new(diary);
    let span = (days_between(since, as_of) + 1).max(1);
    let before = period(&index, add_days(since, -span), add_days(since, -1));
    let after = period(&index, since, as_of);
    let (mut days_done, mut days_recorded) = (0u32, 0u32);
    for day in dates(since, as_of) {
        if let Some(f) = diary.day(day).and_then(|d| d.factors.get(key)) {
            days_recorded += 1;
            let done = match &f.value {
                FactorValue::Bool(b) => *b,
                FactorValue::Number(n) => *n > 0.0,
                FactorValue::Choice(c) => c != "none",
            };
            days_done += u32::from(done);
        }
    }
    let comparison = compare_rates(
        after.cramps,
        f64::from(after.nights_known),
        before.cramps,
        f64::from(before.nights_known),
    );
    let change_per_week = match (after.cramps_per_week, before.cramps_per_week) {
        (Some(a), Some(b)) => Some(a - b),
        _ => None,
    };
    let rate_ratio = comparison.map(|c| c.rate_ratio);
    let meaningful = match (rate_ratio, change_per_week) {
        (Some(rr), Some(change)) => {
            (1.0 - rr).abs() >= MEANINGFUL_RELATIVE && change.abs() >= MEANINGFUL_PER_WEEK
        }
        _ => false,
    };
    let enough =
        before.nights_known >= MIN_NIGHTS_PER_PERIOD && after.nights_known >= MIN_NIGHTS_PER_PERIOD;
    let (ci_low, ci_high) = comparison
        .and_then(|c| c.ci)
        .map_or((None, None), |(l, h)| (Some(l), Some(h)));
    let p_value = comparison.map(|c| c.p_value);
    let verdict = match (enough, p_value, rate_ratio) {
        (false, ..) | (_, None, _) | (_, _, None) => HabitVerdict::CannotTellYet,
        (true, Some(p), Some(rr)) if p < 0.05 && rr < 1.0 => HabitVerdict::FewerCramps,
        (true, Some(p), Some(rr)) if p < 0.05 && rr > 1.0 => HabitVerdict::MoreCramps,
        // "No clear change" only when the interval rules out a change worth having in
        // either direction; while it still holds a 25% fall or a 25% rise, it is too early.
        _ if ci_low.is_some_and(|l| l >= 1.0 - MEANINGFUL_RELATIVE)
            && ci_high.is_some_and(|h| h <= 1.0 / (1.0 - MEANINGFUL_RELATIVE)) =>
        {
            HabitVerdict::NoClearChange
        }
        _ => HabitVerdict::CannotTellYet,
    };
    let known = f64::from(before.nights_known + after.nights_known);
    let rate = f64::from(before.cramps + after.cramps) / known.max(1.0);
    let more_nights_needed = (verdict == HabitVerdict::CannotTellYet && rate > 0.0).then(|| {
        let ratio = 1.0 - MEANINGFUL_RELATIVE;
        let per_period =
            (Z_95 + Z_POWER).powi(2) * (1.0 / rate + 1.0 / (ratio * rate)) / ratio.ln().powi(2);
        let have = f64::from(before.nights_known.min(after.nights_known));
        (per_period - have).max(0.0).ceil() as u32
    });

    let mut warnings = vec![say("habit.warning.placebo", &[])];
    let south = southern(diary.profile.time_zone.as_deref());
    if (summer_share(before.first, before.last, south)
        - summer_share(after.first, after.last, south))
    .abs()
        >= 0.5
    {
        warnings.push(say("habit.warning.season", &[]));
    }
    if days_recorded > 0 && f64::from(days_done) < STEADY_SHARE * f64::from(days_recorded) {
        warnings.push(say(
            "habit.warning.unsteady",
            &[
                ("done", &days_done.to_string()),
                ("recorded", &days_recorded.to_string()),
            ],
        ));
    }
    if days_recorded == 0 {
        warnings.push(say(
            "habit.warning.not_recorded",
            &[
                ("habit", &key.label(knowledge)),
                (
                    "since",
                    &knowledge.language.date(since, DateForm::DayMonthYear),
                ),
            ],
        ));
    }
    warnings.push(say("habit.warning.alternate", &[]));

    let sentence = habit_sentence(
        knowledge,
        key,
        since,
        &before,
        &after,
        rate_ratio,
        ci_low,
        ci_high,
        meaningful,
        verdict,
        more_nights_needed,
    );
    HabitReport {
        habit: key.column(),
        since,
        before,
        after,
        days_done,
        days_recorded,
        rate_ratio,
        ci_low,
        ci_high,
        p_value,
        change_per_week,
        meaningful,
        verdict,
        more_nights_needed,
        warnings,
        sentence,
    }
}

#[allow(clippy::too_many_arguments)]
fn habit_sentence(
    knowledge: &Knowledge,
    key: &FactorKey,
    since: Date,
    before: &Period,
    after: &Period,
    rate_ratio: Option<f64>,
    ci_low: Option<f64>,
    ci_high: Option<f64>,
    meaningful: bool,
    verdict: HabitVerdict,
    more: Option<u32>,
) -> String {
    let say =
        |key: &str, values: &[(&str, &str)]| knowledge.message(key, values).unwrap_or_default();
    let per_week = |p: &Period| {
        p.cramps_per_week.map_or_else(
            || say("habit.no_data", &[]),
            |r| say("habit.per_week", &[("rate", &knowledge.number(r, 1))]),
        )
    };
    let mut text = say(
        "habit.summary",
        &[
            (
                "since",
                &knowledge.language.date(since, DateForm::DayMonthYear),
            ),
            ("habit", &key.label(knowledge)),
            ("after_rate", &per_week(after)),
            ("after_cramps", &after.cramps.to_string()),
            ("after_nights", &after.nights_known.to_string()),
            ("before_rate", &per_week(before)),
            ("before_cramps", &before.cramps.to_string()),
            ("before_nights", &before.nights_known.to_string()),
        ],
    );
    if let Some(rr) = rate_ratio {
        let change = if rr <= 1.0 {
            say(
                "habit.fewer",
                &[("percent", &knowledge.number((1.0 - rr) * 100.0, 0))],
            )
        } else {
            say(
                "habit.more",
                &[("percent", &knowledge.number((rr - 1.0) * 100.0, 0))],
            )
        };
        let interval = match (ci_low, ci_high) {
            (Some(l), Some(h)) => say(
                "habit.interval",
                &[
                    ("low", &knowledge.number(l, 2)),
                    ("high", &knowledge.number(h, 2)),
                ],
            ),
            _ => String::new(),
        };
        text.push_str(&say(
            "habit.change",
            &[
                ("change", &change),
                ("ratio", &knowledge.number(rr, 2)),
                ("interval", &interval),
            ],
        ));
    }
    text.push_str(&say(
        match verdict {
            HabitVerdict::FewerCramps if meaningful => "habit.verdict.fewer_meaningful",
            HabitVerdict::FewerCramps => "habit.verdict.fewer_small",
            HabitVerdict::MoreCramps => "habit.verdict.more",
            HabitVerdict::NoClearChange => "habit.verdict.no_clear_change",
            HabitVerdict::CannotTellYet => "habit.verdict.cannot_tell_yet",
        },
        &[],
    ));
    if let Some(n) = more.filter(|n| *n > 0) {
        text.push_str(&say("habit.more_nights", &[("nights", &n.to_string())]));
    }
    text
}
