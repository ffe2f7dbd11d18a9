/*!
Trends over weeks: cramps per week, and whether cramps are really getting worse.

"Worsening" is one of the seed's four reasons to see a doctor. We call it only for a real
upward trend over at least four weeks, tested, never for one bad night: a Poisson
regression of weekly cramp counts (offset by the nights actually logged that week, so
unknown nights never count as cramp-free) and a least-squares slope of intensity over
time. This is the one implementation; the insights reuse it.
*/

use jiff::civil::Date;
use serde::Serialize;

use crate::domain::{Diary, NightStatus};
use crate::nights::{NightIndex, add_days, days_between};
use crate::stats::{CountObservation, LinearTrend, PoissonTrend, linear_trend, poisson_trend};

/// Rule D2: how far back a worsening trend is looked for. Twelve weeks covers the six-week
/// prevention trial length [S5] twice; our design choice.
pub const WORSENING_WINDOW_WEEKS: i64 = 12;
/// Rule D2: at least four weeks (the and the seed's "worsening" needs weeks, not a
/// night), each with at least four logged nights to count.
pub const WORSENING_MIN_WEEKS: usize = 4;
pub const WORSENING_MIN_KNOWN_NIGHTS_PER_WEEK: u32 = 4;
/// Rule D2: significance level of the trend tests.
pub const WORSENING_ALPHA: f64 = 0.05;
/// Rule D2: an intensity trend needs at least this many cramps spread over four weeks.
pub const WORSENING_MIN_EPISODES_FOR_INTENSITY: usize = 8;

/// One week of the diary (seven nights ending on `last_night`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeekSummary {
    pub first_night: Date,
    pub last_night: Date,
    pub known_nights: u32,
    pub cramp_nights: u32,
    pub cramps: u32,
}

impl WeekSummary {
    /// Cramps per week, scaled from the known nights (None when none is known).
    pub fn cramps_per_week(&self) -> Option<f64> {
        (self.known_nights > 0).then(|| f64::from(self.cramps) * 7.0 / f64::from(self.known_nights))
    }
}

/// Weeks ending at `as_of`, oldest first.
pub fn weekly_summaries(index: &NightIndex, as_of: Date, weeks: i64) -> Vec<WeekSummary> {
    (0..weeks)
        .rev()
        .map(|w| {
            let last = add_days(as_of, -7 * w);
            let first = add_days(last, -6);
            let mut week = WeekSummary {
                first_night: first,
                last_night: last,
                known_nights: 0,
                cramp_nights: 0,
                cramps: 0,
            };
            for night in crate::nights::dates(first, last) {
                match index.status(night) {
                    NightStatus::Unknown => {}
                    NightStatus::NoCramps => week.known_nights += 1,
                    NightStatus::Cramps => {
                        week.known_nights += 1;
                        week.cramp_nights += 1;
                        week.cramps += index.episodes(night);
                    }
                }
            }
            week
        })
        .collect()
}

/// The verdict on "are cramps getting worse?" with the evidence behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorseningAssessment {
    /// False when too few weeks are logged to test at all: then "not worsening" means
    /// "cannot tell".
    pub assessed: bool,
    pub weeks_used: usize,
    pub count_rate_ratio_per_week: Option<f64>,
    pub count_p_value: Option<f64>,
    pub intensity_slope_per_week: Option<f64>,
    pub intensity_p_value: Option<f64>,
    pub counts_rising: bool,
    pub intensity_rising: bool,
}

impl WorseningAssessment {
    pub fn worsening(&self) -> bool {
        self.counts_rising || self.intensity_rising
    }
}

/// Rule D2 (see the constants above).
pub fn assess_worsening(diary: &Diary, index: &NightIndex, as_of: Date) -> WorseningAssessment {
    let weeks = weekly_summaries(index, as_of, WORSENING_WINDOW_WEEKS);
    let used: Vec<(usize, &WeekSummary)> = weeks
        .iter()
        .enumerate()
        .filter(|(_, w)| w.known_nights >= WORSENING_MIN_KNOWN_NIGHTS_PER_WEEK)
        .collect();
    let mut assessment = WorseningAssessment {
        assessed: false,
        weeks_used: used.len(),
        count_rate_ratio_per_week: None,
        count_p_value: None,
        intensity_slope_per_week: None,
        intensity_p_value: None,
        counts_rising: false,
        intensity_rising: false,
    };
    let spans_four_weeks = match (used.first(), used.last()) {
        (Some((a, _)), Some((b, _))) => b - a + 1 >= WORSENING_MIN_WEEKS,
        _ => false,
    };
    if used.len() < WORSENING_MIN_WEEKS || !spans_four_weeks {
        return assessment;
    }
    assessment.assessed = true;
    let observations: Vec<CountObservation> = used
        .iter()
        .map(|(i, w)| CountObservation {
            x: *i as f64,
            count: f64::from(w.cramps),
            exposure: f64::from(w.known_nights),
        })
        .collect();
    if let Some(PoissonTrend {
        slope,
        p_value,
        rate_ratio,
        ..
    }) = poisson_trend(&observations)
    {
        assessment.count_rate_ratio_per_week = Some(rate_ratio);
        assessment.count_p_value = Some(p_value);
        assessment.counts_rising = slope > 0.0 && p_value < WORSENING_ALPHA;
    }

    let window_start = add_days(as_of, -7 * WORSENING_WINDOW_WEEKS + 1);
    let points: Vec<(f64, f64)> = diary
        .episodes
        .iter()
        .filter(|e| (window_start..=as_of).contains(&e.night()))
        .map(|e| {
            (
                days_between(window_start, e.night()) as f64 / 7.0,
                f64::from(e.intensity),
            )
        })
        .collect();
    let spread_weeks = points
        .iter()
        .map(|p| p.0)
        .fold(None, |acc: Option<(f64, f64)>, x| match acc {
            None => Some((x, x)),
            Some((lo, hi)) => Some((lo.min(x), hi.max(x))),
        })
        .map_or(0.0, |(lo, hi)| hi - lo);
    if points.len() >= WORSENING_MIN_EPISODES_FOR_INTENSITY
        && spread_weeks >= 3.0
        && let Some(LinearTrend { slope, p_value, .. }) = linear_trend(&points)
    {
        assessment.intensity_slope_per_week = Some(slope);
        assessment.intensity_p_value = Some(p_value);
        assessment.intensity_rising = slope > 0.0 && p_value < WORSENING_ALPHA;
    }
    assessment
}

/// A Poisson trend over the weeks with enough logged nights (rule D2's minimum), counting
/// `pick` per week with the known nights as exposure.
fn weekly_poisson(
    weeks: &[WeekSummary],
    pick: impl Fn(&WeekSummary) -> u32,
) -> Option<PoissonTrend> {
    let observations: Vec<CountObservation> = weeks
        .iter()
        .enumerate()
        .filter(|(_, w)| w.known_nights >= WORSENING_MIN_KNOWN_NIGHTS_PER_WEEK)
        .map(|(i, w)| CountObservation {
            x: i as f64,
            count: f64::from(pick(w)),
            exposure: f64::from(w.known_nights),
        })
        .collect();
    if observations.len() < WORSENING_MIN_WEEKS {
        return None;
    }
    poisson_trend(&observations)
}

/// Which way something is going, tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Rising,
    Falling,
    NoClearChange,
    NotEnoughData,
}

fn direction(slope: Option<f64>, p: Option<f64>) -> Direction {
    match (slope, p) {
        (Some(s), Some(p)) if p < WORSENING_ALPHA && s > 0.0 => Direction::Rising,
        (Some(s), Some(p)) if p < WORSENING_ALPHA && s < 0.0 => Direction::Falling,
        (Some(_), Some(_)) => Direction::NoClearChange,
        _ => Direction::NotEnoughData,
    }
}

/// A trend with its test.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TrendTest {
    pub direction: Direction,
    /// Per week: a rate ratio for counts, points (or minutes) for scores.
    pub change_per_week: Option<f64>,
    pub p_value: Option<f64>,
}

impl TrendTest {
    /// The trend in words: "rising, about +12% a week (p = 0.012)". `rate` says the change
    /// is a rate ratio (counts) rather than points or minutes.
    pub fn describe(&self, knowledge: &crate::knowledge::Knowledge, rate: bool) -> String {
        let say =
            |key: &str, values: &[(&str, &str)]| knowledge.message(key, values).unwrap_or_default();
        let p = self
            .p_value
            .map(|p| say("trend.p", &[("p", &knowledge.language.p_value('p', p))]))
            .unwrap_or_default();
        let change = self
            .change_per_week
            .map(|c| {
                if rate {
                    say(
                        "trend.change.rate",
                        &[("percent", &format!("{:+.0}", (c - 1.0) * 100.0))],
                    )
                } else {
                    say("trend.change.points", &[("change", &format!("{c:+.2}"))])
                }
            })
            .unwrap_or_default();
        let key = match self.direction {
            Direction::Rising => "trend.rising",
            Direction::Falling => "trend.falling",
            Direction::NoClearChange => "trend.no_clear_change",
            Direction::NotEnoughData => "trend.not_enough_data",
        };
        say(key, &[("change", &change), ("p", &p)])
    }
}

/// The time of night cramps start, by local hour.
pub const HOUR_BUCKETS: &[(&str, i8, i8)] = &[
    ("18-21", 18, 21),
    ("21-24", 21, 24),
    ("00-03", 0, 3),
    ("03-06", 3, 6),
    ("06-09", 6, 9),
    ("09-12", 9, 12),
    ("12-18", 12, 18),
];

/// Everything `insights` says about change over time and patterns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trends {
    pub weeks: Vec<WeekSummary>,
    pub cramps_per_week: TrendTest,
    pub cramp_nights_per_week: TrendTest,
    pub intensity: TrendTest,
    pub duration_minutes: TrendTest,
    pub mean_intensity: Option<f64>,
    pub mean_duration_minutes: Option<f64>,
    pub share_longer_than_10_min: Option<f64>,
    pub time_of_night: Vec<(String, u32)>,
    pub muscles: Vec<(String, u32)>,
    pub sides: Vec<(String, u32)>,
}

/// Trends over the whole diary from `first` to `last` (at most ten years of weeks).
pub fn overall_trends(diary: &Diary, index: &NightIndex, first: Date, last: Date) -> Trends {
    let span_days = days_between(first, last) + 1;
    let weeks = weekly_summaries(index, last, ((span_days + 6) / 7).clamp(1, 522));
    let count_test = |pick: fn(&WeekSummary) -> u32| {
        let fit = weekly_poisson(&weeks, pick);
        TrendTest {
            direction: direction(fit.map(|f| f.slope), fit.map(|f| f.p_value)),
            change_per_week: fit.map(|f| f.rate_ratio),
            p_value: fit.map(|f| f.p_value),
        }
    };
    let episodes: Vec<_> = diary
        .episodes
        .iter()
        .filter(|e| (first..=last).contains(&e.night()))
        .collect();
    let over_time = |value: &dyn Fn(&crate::domain::Episode) -> f64| {
        let points: Vec<(f64, f64)> = episodes
            .iter()
            .map(|e| (days_between(first, e.night()) as f64 / 7.0, value(e)))
            .collect();
        let spread = points.iter().map(|p| p.0).fold(0.0_f64, f64::max);
        let fit = (points.len() >= WORSENING_MIN_EPISODES_FOR_INTENSITY && spread >= 3.0)
            .then(|| linear_trend(&points))
            .flatten();
        TrendTest {
            direction: direction(fit.map(|f| f.slope), fit.map(|f| f.p_value)),
            change_per_week: fit.map(|f| f.slope),
            p_value: fit.map(|f| f.p_value),
        }
    };
    let n = episodes.len() as f64;
    let mean = |f: &dyn Fn(&crate::domain::Episode) -> f64| {
        (n > 0.0).then(|| episodes.iter().map(|e| f(e)).sum::<f64>() / n)
    };
    let mut hours = vec![0u32; HOUR_BUCKETS.len()];
    let mut muscles = std::collections::BTreeMap::new();
    let mut sides = std::collections::BTreeMap::new();
    for e in &episodes {
        let hour = e.local_start().hour();
        if let Some(i) = HOUR_BUCKETS
            .iter()
            .position(|(_, lo, hi)| (*lo..*hi).contains(&hour))
        {
            hours[i] += 1;
        }
        *muscles.entry(e.muscle.as_str().to_string()).or_insert(0u32) += 1;
        *sides.entry(e.side.as_str().to_string()).or_insert(0u32) += 1;
    }
    let by_count = |map: std::collections::BTreeMap<String, u32>| {
        let mut v: Vec<(String, u32)> = map.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    Trends {
        cramps_per_week: count_test(|w| w.cramps),
        cramp_nights_per_week: count_test(|w| w.cramp_nights),
        intensity: over_time(&|e| f64::from(e.intensity)),
        duration_minutes: over_time(&|e| f64::from(e.duration_s) / 60.0),
        mean_intensity: mean(&|e| f64::from(e.intensity)),
        mean_duration_minutes: mean(&|e| f64::from(e.duration_s) / 60.0),
        share_longer_than_10_min: mean(&|e| if e.duration_s > 600 { 1.0 } else { 0.0 }),
        time_of_night: HOUR_BUCKETS
            .iter()
            .zip(hours)
            .map(|((name, ..), n)| ((*name).to_string(), n))
            .collect(),
        muscles: by_count(muscles),
        sides: by_count(sides),
        weeks,
    }
}
