/*!
What a typed time or date means, and which ones may become records.

People give a cramp's time in three ways: a clock time ("02:40", typed half-asleep, meaning
the most recent 02:40; or, when correcting a logged cramp, that time on the cramp's own
night), a date and time on their own clock, copied from a paper note ("2026-10-02 02:05"),
or an exact RFC 3339 time from another program ("2026-10-02T02:05:00+02:00"). Every front
end (CLI flags, web forms, the API) reads them here, so a date is never silently dropped and
a time never lands on a night nobody meant.

Each form is recognised by its shape before anything is parsed: jiff's `Time` and `Date`
parsers accept a whole date-time and keep only their own half, which once put every
backdated cramp on last night.

The bounds are one rule for every path: an instant is accepted from 1900 up to a few minutes
after now (a phone that queued a cramp offline and the machine storing it may disagree on
the time by a little), a date from 1900 up to one day after today (somewhere on earth it is
already tomorrow). Anything outside is a typing slip, and one such record once made a night
list hundreds of megabytes long.
*/

use jiff::civil::{Date, DateTime, Time};
use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};
use jiff::{SignedDuration, Timestamp};

use crate::input::{InvalidValue, LocalTimestamp};
use crate::language::Message;
use crate::night::{NIGHT_BOUNDARY_HOUR, most_recent_clock_time};

/// The earliest year anything in a diary may be dated.
pub const EARLIEST_YEAR: i16 = 1900;

/// How far ahead of the storing machine's clock a cramp's start may be: the phone that
/// queued it and the machine may disagree on the time.
pub const CLOCK_SKEW_ALLOWANCE: SignedDuration = SignedDuration::from_mins(5);

/// What every form of a cramp time accepts, for error messages.
pub fn cramp_time_allowed() -> Message {
    Message::new("allowed.cramp_time")
}

/// What a date field accepts.
pub fn date_allowed() -> Message {
    Message::new("allowed.date")
}

/// Which day a bare clock time ("02:40") is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockAnchor {
    /// The most recent moment the clock showed it: logging a cramp that just happened.
    MostRecent,
    /// That clock time during the given night (local noon to noon): correcting a cramp
    /// already logged, or backdating one to a night chosen on a form.
    Night(Date),
}

/// Reads a cramp's start as typed, in the person's zone, and checks it may be stored.
pub fn resolve_cramp_time(
    text: &str,
    now: Timestamp,
    zone: &TimeZone,
    anchor: ClockAnchor,
) -> Result<LocalTimestamp, InvalidValue> {
    let trimmed = text.trim();
    let bad = || InvalidValue::new(text, cramp_time_allowed());
    let local = if let Some(clock) = parse_clock_time(trimmed) {
        let at = match anchor {
            ClockAnchor::MostRecent => most_recent_clock_time(now, zone, clock).ok_or_else(bad)?,
            ClockAnchor::Night(night) => clock_time_in_night(text, night, clock, zone)?,
        };
        in_zone(at, zone)
    } else {
        let pieces = Pieces::parse(trimmed).map_err(|_| bad())?;
        let Some(time) = pieces.time() else {
            return Err(InvalidValue::new(
                text,
                Message::new("allowed.cramp_time_date_alone"),
            ));
        };
        let civil = pieces.date().to_datetime(time);
        match pieces.offset() {
            Some(PiecesOffset::Zulu) => exact(civil, Offset::UTC, &pieces, text)?,
            Some(PiecesOffset::Numeric(n)) => exact(civil, n.offset(), &pieces, text)?,
            _ => {
                let own_zone = match pieces.time_zone_annotation() {
                    Some(annotation) => annotation.to_time_zone().map_err(|_| {
                        InvalidValue::new(text, Message::new("allowed.zone_annotation"))
                    })?,
                    None => zone.clone(),
                };
                let at = unambiguous_local(text, civil, &own_zone)?;
                in_zone(at, &own_zone)
            }
        }
    };
    check_instant(text, local.at, now, Some(zone))?;
    Ok(local)
}

/// `HH:MM` or `HH:MM:SS` and nothing else: a clock time without a date.
pub fn parse_clock_time(text: &str) -> Option<Time> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let digits = |s: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let (hour, minute, second) = match parts.as_slice() {
        [h, m] if digits(h, 1..=2) && digits(m, 2..=2) => (*h, *m, "0"),
        [h, m, s] if digits(h, 1..=2) && digits(m, 2..=2) && digits(s, 2..=2) => (*h, *m, *s),
        _ => return None,
    };
    Time::new(
        hour.parse().ok()?,
        minute.parse().ok()?,
        second.parse().ok()?,
        0,
    )
    .ok()
}

/// The instant, during night `night` in `zone`, at which the clock showed `clock`. Times
/// from noon on are on the night's own date, earlier ones on the morning after.
fn clock_time_in_night(
    text: &str,
    night: Date,
    clock: Time,
    zone: &TimeZone,
) -> Result<Timestamp, InvalidValue> {
    let date = if clock.hour() >= NIGHT_BOUNDARY_HOUR {
        night
    } else {
        night
            .tomorrow()
            .map_err(|_| InvalidValue::new(text, cramp_time_allowed()))?
    };
    unambiguous_local(text, date.to_datetime(clock), zone)
}

/// A wall-clock date and time in a zone. A time skipped when clocks sprang forward is read
/// as the clock just after the jump (what a phone shows); a time that happened twice when
/// clocks fell back is refused with both choices, because guessing would move the cramp by
/// an hour without saying so.
fn unambiguous_local(
    text: &str,
    civil: DateTime,
    zone: &TimeZone,
) -> Result<Timestamp, InvalidValue> {
    let ambiguous = zone.to_ambiguous_timestamp(civil);
    if let AmbiguousOffset::Fold { before, after } = ambiguous.offset() {
        return Err(InvalidValue::new(
            text,
            Message::new("allowed.fold")
                .with("civil", civil)
                .with("before", with_offset(civil, before))
                .with("after", with_offset(civil, after)),
        ));
    }
    ambiguous
        .compatible()
        .map_err(|_| InvalidValue::new(text, cramp_time_allowed()))
}

/// `civil` written with `offset`, for naming the two readings of a repeated clock time.
fn with_offset(civil: DateTime, offset: Offset) -> String {
    offset
        .to_timestamp(civil)
        .map(|at| crate::domain::format_rfc3339(at, offset))
        .unwrap_or_else(|_| civil.to_string())
}

fn exact(
    civil: DateTime,
    offset: Offset,
    pieces: &Pieces<'_>,
    text: &str,
) -> Result<LocalTimestamp, InvalidValue> {
    let at = offset
        .to_timestamp(civil)
        .map_err(|_| InvalidValue::new(text, cramp_time_allowed()))?;
    let zone_name = match pieces.time_zone_annotation() {
        Some(annotation) => annotation
            .to_time_zone()
            .map_err(|_| InvalidValue::new(text, Message::new("allowed.zone_annotation")))?
            .iana_name()
            .map(str::to_string),
        None => None,
    };
    Ok(LocalTimestamp {
        at,
        offset,
        zone_name,
    })
}

fn in_zone(at: Timestamp, zone: &TimeZone) -> LocalTimestamp {
    LocalTimestamp {
        at,
        offset: zone.to_offset(at),
        zone_name: zone.iana_name().map(str::to_string),
    }
}

/// An instant that may become a record: from 1900 to a few minutes after now.
pub fn check_instant(
    text: &str,
    at: Timestamp,
    now: Timestamp,
    zone: Option<&TimeZone>,
) -> Result<(), InvalidValue> {
    let earliest = Offset::UTC
        .to_timestamp(Date::constant(EARLIEST_YEAR, 1, 1).to_datetime(Time::midnight()))
        .unwrap_or(Timestamp::MIN);
    if at < earliest {
        return Err(InvalidValue::new(
            text,
            Message::new("allowed.time_from").with("year", EARLIEST_YEAR),
        ));
    }
    let latest = now.saturating_add(CLOCK_SKEW_ALLOWANCE).unwrap_or(now);
    if at > latest {
        return Err(InvalidValue::new(
            text,
            Message::new("allowed.time_past").with("now", now_on_clock(now, zone)),
        ));
    }
    Ok(())
}

/// `2026-12-01 09:00` on the person's clock (`... UTC` when their zone is unknown).
fn now_on_clock(now: Timestamp, zone: Option<&TimeZone>) -> String {
    match zone {
        Some(zone) => zone.to_datetime(now).strftime("%Y-%m-%d %H:%M").to_string(),
        None => now.strftime("%Y-%m-%d %H:%M UTC").to_string(),
    }
}

/// `YYYY-MM-DD` and nothing else: a date with a time attached is refused rather than cut.
pub fn parse_date_only(text: &str) -> Result<Date, InvalidValue> {
    let trimmed = text.trim();
    let shaped = trimmed.len() == 10
        && trimmed.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(InvalidValue::new(text, date_allowed()));
    }
    trimmed
        .parse::<Date>()
        .map_err(|_| InvalidValue::new(text, Message::new("allowed.date_exists")))
}

/// A typed `YYYY-MM-DD` that may become a record: [`parse_date_only`], then [`check_date`].
pub fn parse_record_date(text: &str, today: Date) -> Result<Date, InvalidValue> {
    parse_date_only(text)
        .and_then(|date| check_date(date, today).map_err(|e| InvalidValue::new(text, e.allowed)))
}

/// A date that may become a record: from 1900 to the day after `today`.
pub fn check_date(date: Date, today: Date) -> Result<Date, InvalidValue> {
    let latest = today.tomorrow().unwrap_or(today);
    if date.year() < EARLIEST_YEAR || date > latest {
        return Err(InvalidValue::new(
            date.to_string(),
            Message::new("allowed.date_range")
                .with("from", format!("{EARLIEST_YEAR}-01-01"))
                .with("to", latest),
        ));
    }
    Ok(date)
}

/// The last day something (a share) lasts: `YYYY-MM-DD`, today or later. One rule for the
/// CLI's `--until`, the API's `until` and the share form.
pub fn parse_last_day(text: &str, today: Date) -> Result<Date, InvalidValue> {
    match crate::input::parse_date(text) {
        Ok(date) if date >= today => Ok(date),
        _ => Err(InvalidValue::new(
            text,
            Message::new("allowed.last_day").with("today", today),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_last_day_is_today_or_later_and_only_a_date() {
        let today = jiff::civil::date(2026, 12, 3);
        assert_eq!(parse_last_day("2026-12-03", today).ok(), Some(today));
        assert!(parse_last_day("2027-01-31", today).is_ok());
        for bad in ["2026-12-02", "2026-12-31T10:00", "soon", ""] {
            let e = parse_last_day(bad, today).expect_err(bad);
            assert_eq!(e.value, bad);
            assert_eq!(
                e.allowed.to_string(),
                "a date as YYYY-MM-DD, today (2026-12-03) or later"
            );
        }
    }
    use jiff::civil::date;

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").expect("zone exists")
    }

    fn now() -> Timestamp {
        "2026-12-01T09:00:00+01:00".parse().expect("valid")
    }

    #[test]
    fn a_clock_time_is_only_a_clock_time() {
        assert_eq!(parse_clock_time("02:40"), Some(Time::constant(2, 40, 0, 0)));
        assert_eq!(
            parse_clock_time("2:40:15"),
            Some(Time::constant(2, 40, 15, 0))
        );
        assert_eq!(parse_clock_time("2026-10-02T02:05"), None);
        assert_eq!(parse_clock_time("2026-10-02 02:07"), None);
        assert_eq!(parse_clock_time("24:00"), None);
        assert_eq!(parse_clock_time("02:4"), None);
    }

    #[test]
    fn a_dated_time_keeps_its_date() {
        for text in [
            "2026-10-02T02:05:00+02:00",
            "2026-10-02T02:05",
            "2026-10-02 02:05",
            "2026-10-02T02:05[Europe/Berlin]",
        ] {
            let local =
                resolve_cramp_time(text, now(), &berlin(), ClockAnchor::MostRecent).expect(text);
            assert_eq!(
                local.at,
                "2026-10-02T00:05:00Z".parse::<Timestamp>().expect("valid"),
                "{text}"
            );
            assert_eq!(
                crate::night::night_of(local.at, local.offset),
                date(2026, 10, 1)
            );
        }
    }

    #[test]
    fn a_clock_time_on_a_given_night() {
        let night = date(2026, 11, 20);
        let early = resolve_cramp_time("03:10", now(), &berlin(), ClockAnchor::Night(night))
            .expect("valid");
        assert_eq!(
            early.at.to_zoned_datetime(berlin()).date(),
            date(2026, 11, 21)
        );
        let late = resolve_cramp_time("23:10", now(), &berlin(), ClockAnchor::Night(night))
            .expect("valid");
        assert_eq!(
            late.at.to_zoned_datetime(berlin()).date(),
            date(2026, 11, 20)
        );
    }

    #[test]
    fn the_future_and_the_distant_past_are_refused() {
        let future = resolve_cramp_time(
            "2026-12-01T10:00",
            now(),
            &berlin(),
            ClockAnchor::MostRecent,
        )
        .expect_err("future");
        assert!(
            future.allowed.to_string().contains("already happened"),
            "{future}"
        );
        let tonight = resolve_cramp_time(
            "03:00",
            now(),
            &berlin(),
            ClockAnchor::Night(date(2026, 12, 1)),
        )
        .expect_err("tomorrow morning");
        assert!(tonight.allowed.to_string().contains("already happened"));
        assert!(
            resolve_cramp_time(
                "0001-01-01T02:00",
                now(),
                &berlin(),
                ClockAnchor::MostRecent
            )
            .is_err()
        );
        let skewed = resolve_cramp_time(
            "2026-12-01T09:03",
            now(),
            &berlin(),
            ClockAnchor::MostRecent,
        );
        assert!(skewed.is_ok(), "a phone a few minutes ahead is not refused");
    }

    #[test]
    fn a_time_that_happened_twice_must_say_which() {
        let ny = TimeZone::get("America/New_York").expect("zone exists");
        let err = resolve_cramp_time("2026-11-01T01:30", now(), &ny, ClockAnchor::MostRecent)
            .expect_err("fold");
        assert!(
            err.allowed
                .to_string()
                .contains("2026-11-01T01:30:00-04:00"),
            "{err}"
        );
        assert!(
            err.allowed
                .to_string()
                .contains("2026-11-01T01:30:00-05:00"),
            "{err}"
        );
        let chosen = resolve_cramp_time(
            "2026-11-01T01:30-05:00",
            now(),
            &ny,
            ClockAnchor::MostRecent,
        )
        .expect("exact");
        assert_eq!(
            chosen.at,
            "2026-11-01T06:30:00Z".parse::<Timestamp>().expect("valid")
        );
    }

    #[test]
    fn dates_are_only_dates_within_bounds() {
        assert_eq!(parse_date_only("2026-10-02").ok(), Some(date(2026, 10, 2)));
        assert!(parse_date_only("2026-10-02T02:05").is_err());
        assert!(parse_date_only("2026-02-30").is_err());
        assert!(parse_date_only("-9999-01-01").is_err());
        let today = date(2026, 12, 1);
        assert!(check_date(date(2026, 12, 2), today).is_ok());
        assert!(check_date(date(2026, 12, 3), today).is_err());
        assert!(check_date(date(1899, 12, 31), today).is_err());
    }
}
