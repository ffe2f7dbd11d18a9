/*!
Importers for wearable exports, as parsers: a reader in, per-day totals out, no I/O of
their own. The loader (the CLI's `import`, the web upload) turns totals into diary factors
marked as coming from a wearable, which never overwrite what the person typed.

Both formats (Apple Health, Fitbit) share one way of counting: samples are gathered per
local hour (steps, exercise) or per night (sleep) and per source, and each span is counted
from one source only, the most trusted one (a watch, then a phone, then any other app), so
the same walk seen by a watch and a phone is never counted twice. Days are numbered as
plain integers while reading (a file can hold millions of samples) and become dates at the
end.
*/

pub mod apple_health;
pub mod fitbit;
pub mod xml_scan;

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;

/// Per-day totals from one export.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayTotals {
    pub steps: Option<f64>,
    pub exercise_min: Option<f64>,
    pub workouts: Vec<Workout>,
    /// Hours asleep in the night that follows this date.
    pub sleep_h: Option<f64>,
    pub water_l: Option<f64>,
    pub caffeine_mg: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Workout {
    pub activity: String,
    pub minutes: f64,
    pub energy_kcal: Option<f64>,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
/// `None` for a month or day out of range.
pub fn day_number(year: i32, month: u32, day: u32) -> Option<i32> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1..=9999).contains(&year) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy as i32;
    let number = era * 146_097 + doe - 719_468;
    // 31 February is not a date: it must survive the round trip.
    (date_of(number) == Date::new(year as i16, month as i8, day as i8).ok()).then_some(number)
}

/// The date of a day number.
pub fn date_of(number: i32) -> Option<Date> {
    let z = number + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i32::from(month <= 2);
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// How much a source is trusted for a span: a watch (worn all day and night), then a
/// phone, then any other app. Lower is better.
pub fn source_rank(name: &[u8], device: &[u8]) -> u8 {
    let has = |needle: &[u8]| {
        [name, device].iter().any(|text| {
            text.windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
        })
    };
    if has(b"watch") {
        0
    } else if has(b"iphone") {
        1
    } else {
        2
    }
}

/// Sources seen in one export, numbered as they come.
#[derive(Default)]
pub(crate) struct Sources {
    names: Vec<(Vec<u8>, u8)>,
}

impl Sources {
    /// The number of source `name` with the given rank. The rank is part of the identity:
    /// an app writing for both the watch and the phone is two sources.
    pub(crate) fn id(&mut self, name: &[u8], rank: u8) -> u16 {
        if let Some(i) = self
            .names
            .iter()
            .position(|(n, r)| *r == rank && n.as_slice() == name)
        {
            return i as u16;
        }
        if self.names.len() >= usize::from(u16::MAX) {
            return u16::MAX;
        }
        self.names.push((name.to_vec(), rank));
        (self.names.len() - 1) as u16
    }
}

/// One source's total in one hour: (source, rank, amount).
type SourceAmount = (u16, u8, f64);

/// Amounts per (day, hour) and source; each hour is taken from its best source.
#[derive(Default)]
pub(crate) struct Hourly {
    slots: HashMap<(i32, u8), Vec<SourceAmount>>,
}

impl Hourly {
    pub(crate) fn add(&mut self, day: i32, hour: u8, source: u16, rank: u8, value: f64) {
        let slot = self.slots.entry((day, hour)).or_default();
        match slot.iter_mut().find(|(s, _, _)| *s == source) {
            Some(entry) => entry.2 += value,
            None => slot.push((source, rank, value)),
        }
    }

    /// For each hour, the best-ranked source's total (ties: the larger total, since a
    /// second copy of the same walk never adds steps), summed per day.
    pub(crate) fn per_day(&self) -> BTreeMap<i32, f64> {
        let mut days = BTreeMap::new();
        for ((day, _), sources) in &self.slots {
            let best = sources.iter().min_by(|a, b| {
                a.1.cmp(&b.1)
                    .then(b.2.partial_cmp(&a.2).unwrap_or(std::cmp::Ordering::Equal))
            });
            if let Some((_, _, total)) = best {
                *days.entry(*day).or_insert(0.0) += total;
            }
        }
        days
    }
}

/// Asleep intervals (seconds since the epoch) per night and source; each night is taken
/// from its best source, and overlapping intervals count once.
#[derive(Default)]
pub(crate) struct Sleep {
    nights: HashMap<i32, Vec<(u16, u8, i64, i64)>>,
}

impl Sleep {
    pub(crate) fn add(&mut self, night: i32, source: u16, rank: u8, start: i64, end: i64) {
        if end > start {
            self.nights
                .entry(night)
                .or_default()
                .push((source, rank, start, end));
        }
    }

    /// Hours asleep per night.
    pub(crate) fn per_night(&self) -> BTreeMap<i32, f64> {
        let mut out = BTreeMap::new();
        for (night, intervals) in &self.nights {
            // The best source: lowest rank, then the one with most intervals (detail).
            let mut counts: BTreeMap<(u8, u16), usize> = BTreeMap::new();
            for (source, rank, _, _) in intervals {
                *counts.entry((*rank, *source)).or_insert(0) += 1;
            }
            let Some(&(rank, source)) = counts
                .iter()
                .min_by_key(|((rank, source), n)| (*rank, std::cmp::Reverse(**n), *source))
                .map(|(key, _)| key)
            else {
                continue;
            };
            let mut spans: Vec<(i64, i64)> = intervals
                .iter()
                .filter(|(s, r, _, _)| *s == source && *r == rank)
                .map(|(_, _, start, end)| (*start, *end))
                .collect();
            spans.sort_unstable();
            let mut total = 0i64;
            let mut current: Option<(i64, i64)> = None;
            for (s, e) in spans {
                current = match current {
                    Some((cs, ce)) if s <= ce => Some((cs, ce.max(e))),
                    Some((cs, ce)) => {
                        total += ce - cs;
                        Some((s, e))
                    }
                    None => Some((s, e)),
                };
            }
            if let Some((cs, ce)) = current {
                total += ce - cs;
            }
            out.insert(*night, total as f64 / 3600.0);
        }
        out
    }
}

/// Everything one export says, gathered while reading and turned into days at the end.
#[derive(Default)]
pub(crate) struct Gathered {
    pub(crate) sources: Sources,
    pub(crate) steps: Hourly,
    pub(crate) exercise: Hourly,
    pub(crate) sleep: Sleep,
    pub(crate) water_l: BTreeMap<i32, f64>,
    pub(crate) caffeine_mg: BTreeMap<i32, f64>,
    pub(crate) workouts: BTreeMap<i32, Vec<Workout>>,
}

impl Gathered {
    pub(crate) fn into_days(self) -> BTreeMap<Date, DayTotals> {
        let mut days: BTreeMap<i32, DayTotals> = BTreeMap::new();
        for (day, v) in self.steps.per_day() {
            days.entry(day).or_default().steps = Some(v.round());
        }
        for (day, v) in self.exercise.per_day() {
            days.entry(day).or_default().exercise_min = Some(v.round());
        }
        for (night, hours) in self.sleep.per_night() {
            days.entry(night).or_default().sleep_h = Some((hours * 100.0).round() / 100.0);
        }
        for (day, v) in self.water_l {
            days.entry(day).or_default().water_l = Some((v * 100.0).round() / 100.0);
        }
        for (day, v) in self.caffeine_mg {
            days.entry(day).or_default().caffeine_mg = Some(v.round());
        }
        for (day, list) in self.workouts {
            days.entry(day).or_default().workouts = list;
        }
        days.into_iter()
            .filter_map(|(day, totals)| Some((date_of(day)?, totals)))
            .collect()
    }
}

/// The night a local moment belongs to, by day number and hour (the night rule: before
/// local noon it is still the previous evening's night).
pub(crate) fn night_of_day(day: i32, hour: u8) -> i32 {
    if i8::try_from(hour).unwrap_or(0) < crate::night::NIGHT_BOUNDARY_HOUR {
        day - 1
    } else {
        day
    }
}
