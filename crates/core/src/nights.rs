/*!
Night statuses: `cramps`, `no_cramps` or `unknown`, from episodes and check-ins.

Unknown is not zero. A night with no episode and no check-in is unknown, never cramp-free;
everything that counts cramp-free nights reads them from here so the rule lives in one
place.
*/

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::domain::{Diary, NightStatus};

/// One night of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NightSummary {
    pub night: Date,
    pub status: NightStatus,
    pub episodes: u32,
}

/// Episode counts per night, and the set of checked nights, built once per diary.
#[derive(Debug, Clone, Default)]
pub struct NightIndex {
    episodes: BTreeMap<Date, u32>,
    checked: BTreeMap<Date, Option<u8>>,
}

impl NightIndex {
    pub fn new(diary: &Diary) -> NightIndex {
        let mut episodes = BTreeMap::new();
        for e in &diary.episodes {
            *episodes.entry(e.night()).or_insert(0) += 1;
        }
        let checked = diary
            .checkins
            .iter()
            .map(|c| (c.night, c.sleep_disturbance))
            .collect();
        NightIndex { episodes, checked }
    }

    pub fn status(&self, night: Date) -> NightStatus {
        if self.episodes.get(&night).copied().unwrap_or(0) > 0 {
            NightStatus::Cramps
        } else if self.checked.contains_key(&night) {
            NightStatus::NoCramps
        } else {
            NightStatus::Unknown
        }
    }

    pub fn episodes(&self, night: Date) -> u32 {
        self.episodes.get(&night).copied().unwrap_or(0)
    }

    /// The sleep-disturbance rating of a checked night, if given.
    pub fn disturbance(&self, night: Date) -> Option<u8> {
        self.checked.get(&night).copied().flatten()
    }

    pub fn summary(&self, night: Date) -> NightSummary {
        NightSummary {
            night,
            status: self.status(night),
            episodes: self.episodes(night),
        }
    }

    /// Every night from `from` to `to`, inclusive.
    pub fn range(&self, from: Date, to: Date) -> Vec<NightSummary> {
        dates(from, to).map(|d| self.summary(d)).collect()
    }
}

/// The first and last night the diary says anything about: episodes, check-ins, and day
/// factors (day D's factors are the exposures for night D).
pub fn diary_span(diary: &Diary) -> Option<(Date, Date)> {
    let nights = diary
        .episodes
        .iter()
        .map(|e| e.night())
        .chain(diary.checkins.iter().map(|c| c.night))
        .chain(diary.days.iter().map(|d| d.date));
    let mut span: Option<(Date, Date)> = None;
    for n in nights {
        span = Some(match span {
            None => (n, n),
            Some((a, b)) => (a.min(n), b.max(n)),
        });
    }
    span
}

/// Every date from `from` to `to`, inclusive (empty when `from > to`).
pub fn dates(from: Date, to: Date) -> impl Iterator<Item = Date> {
    let mut next = (from <= to).then_some(from);
    std::iter::from_fn(move || {
        let current = next?;
        next = current.tomorrow().ok().filter(|d| *d <= to);
        Some(current)
    })
}

/// The most days a jiff span may hold; beyond it `Span::days` would panic.
const MAX_SPAN_DAYS: i64 = 7_304_484;

/// `date` moved by `days` (negative for earlier); saturates at jiff's range limits and
/// never panics, whatever the input.
pub fn add_days(date: Date, days: i64) -> Date {
    date.saturating_add(jiff::Span::new().days(days.clamp(-MAX_SPAN_DAYS, MAX_SPAN_DAYS)))
}

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    a.until(b)
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_days_never_panics_and_saturates() {
        let d = jiff::civil::date(2026, 11, 28);
        assert_eq!(add_days(d, 3), jiff::civil::date(2026, 12, 1));
        assert_eq!(add_days(d, i64::MAX), Date::MAX);
        assert_eq!(add_days(d, i64::MIN), Date::MIN);
        assert_eq!(days_between(d, add_days(d, -400)), -400);
    }
}
