/*!
The night rule: which night a moment belongs to, and what "02:40" means to someone
logging a cramp half-asleep.

A night is named by the date of the evening it begins and runs from local noon to the next
local noon (diary.md). "Local" is the wall clock where the person was at that moment, so
the rule works on the local civil time (the instant plus the UTC offset in force then).
That makes it immune to daylight-saving changes and travel: a cramp at 02:40 on the
clock belongs to the previous evening's night whatever the offset was.
*/

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

/// Local noon: the boundary between one night and the next.
pub const NIGHT_BOUNDARY_HOUR: i8 = 12;

/// The night a local wall-clock moment belongs to.
pub fn night_of_local(local: DateTime) -> Date {
    if local.hour() < NIGHT_BOUNDARY_HOUR {
        local.date().yesterday().unwrap_or(local.date())
    } else {
        local.date()
    }
}

/// The night an instant belongs to, given the UTC offset the person's clock showed then.
pub fn night_of(at: Timestamp, offset: Offset) -> Date {
    night_of_local(offset.to_datetime(at))
}

/// The night an instant belongs to in a time zone.
pub fn night_of_in(at: Timestamp, tz: &TimeZone) -> Date {
    night_of(at, tz.to_offset(at))
}

/// The most recent night that has begun and whose morning has come: the night a person means
/// by "last night" at any time of the following day. At 08:00 or 23:00 on the 29th it is the
/// night of the 28th.
pub fn last_night(today: Date) -> Date {
    today.yesterday().unwrap_or(today)
}

/// The instants where night `date` begins and ends in a zone: [date 12:00, date+1 12:00).
/// Noon is never inside a daylight-saving gap in any zone we know of, but the resolution
/// is still explicit (the earlier instant) rather than assumed.
pub fn night_bounds(date: Date, tz: &TimeZone) -> Option<(Timestamp, Timestamp)> {
    let noon = Time::constant(NIGHT_BOUNDARY_HOUR, 0, 0, 0);
    let start = tz
        .to_ambiguous_timestamp(date.to_datetime(noon))
        .earlier()
        .ok()?;
    let end = tz
        .to_ambiguous_timestamp(date.tomorrow().ok()?.to_datetime(noon))
        .earlier()
        .ok()?;
    Some((start, end))
}

/// Resolves a bare clock time ("02:40") to the most recent instant, at or before `now`, at
/// which the person's clock in `tz` showed that time.
///
/// On the night clocks fall back, 01:30 happens twice; the later one is the more recent.
/// On the night clocks spring forward, 02:30 does not exist in many zones; the clock jumps
/// over it, and we take the instant a person would have read as "just after": the
/// compatible resolution (03:30 summer time), which is what the phone on the nightstand shows.
pub fn most_recent_clock_time(now: Timestamp, tz: &TimeZone, clock: Time) -> Option<Timestamp> {
    let today = tz.to_datetime(now).date();
    let mut best: Option<Timestamp> = None;
    let mut day = today;
    // Today and the two days before are always enough: a time of day recurs within 24 h
    // except across a gap, which at worst skips one day.
    for _ in 0..3 {
        let ambiguous = tz.to_ambiguous_timestamp(day.to_datetime(clock));
        let candidates = [ambiguous.compatible().ok(), ambiguous.later().ok()];
        for at in candidates.into_iter().flatten() {
            if at <= now && best.is_none_or(|b| at > b) {
                best = Some(at);
            }
        }
        if best.is_some() {
            break;
        }
        day = day.yesterday().ok()?;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).expect("zone exists")
    }

    #[test]
    fn the_contracts_own_example() {
        // diary.md: a cramp at 02:40 on 29 November belongs to the night of 28 November.
        let at: Timestamp = "2026-11-29T07:40:00Z".parse().expect("valid");
        let offset = Offset::from_hours(-5).expect("valid");
        assert_eq!(night_of(at, offset), date(2026, 11, 28));
    }

    #[test]
    fn noon_starts_a_new_night_and_a_second_before_does_not() {
        let berlin = tz("Europe/Berlin");
        let noon = date(2026, 6, 10)
            .at(12, 0, 0, 0)
            .to_zoned_datetime(berlin.clone())
            .expect("valid");
        assert_eq!(night_of_in(noon.timestamp(), &berlin), date(2026, 6, 10));
        let before = date(2026, 6, 10)
            .at(11, 59, 59, 0)
            .to_zoned_datetime(berlin.clone())
            .expect("valid");
        assert_eq!(night_of_in(before.timestamp(), &berlin), date(2026, 6, 9));
    }

    #[test]
    fn most_recent_clock_time_is_today_or_yesterday() {
        let berlin = tz("Europe/Berlin");
        let now = date(2026, 11, 29)
            .at(8, 0, 0, 0)
            .to_zoned_datetime(berlin.clone())
            .expect("valid");
        let at = most_recent_clock_time(now.timestamp(), &berlin, Time::constant(2, 40, 0, 0))
            .expect("resolves");
        assert_eq!(
            at.to_zoned_datetime(berlin.clone()).datetime(),
            date(2026, 11, 29).at(2, 40, 0, 0)
        );
        let at = most_recent_clock_time(now.timestamp(), &berlin, Time::constant(23, 10, 0, 0))
            .expect("resolves");
        assert_eq!(
            at.to_zoned_datetime(berlin).datetime(),
            date(2026, 11, 28).at(23, 10, 0, 0)
        );
    }

    #[test]
    fn fall_back_takes_the_later_of_two_identical_clock_times() {
        // New York falls back at 02:00 EDT on 1 Nov 2026: 01:30 happens at 05:30Z and 06:30Z.
        let ny = tz("America/New_York");
        let now: Timestamp = "2026-11-01T07:00:00Z".parse().expect("valid");
        let at = most_recent_clock_time(now, &ny, Time::constant(1, 30, 0, 0)).expect("resolves");
        assert_eq!(
            at,
            "2026-11-01T06:30:00Z".parse::<Timestamp>().expect("valid")
        );
    }

    #[test]
    fn spring_forward_gap_resolves_to_the_clock_after_the_jump() {
        // New York springs forward at 02:00 EST on 8 Mar 2026; 02:40 never shows on the clock.
        let ny = tz("America/New_York");
        let now: Timestamp = "2026-03-08T12:00:00Z".parse().expect("valid");
        let at = most_recent_clock_time(now, &ny, Time::constant(2, 40, 0, 0)).expect("resolves");
        assert_eq!(
            at,
            "2026-03-08T07:40:00Z".parse::<Timestamp>().expect("valid")
        );
        assert_eq!(night_of_in(at, &ny), date(2026, 3, 7));
    }
}
