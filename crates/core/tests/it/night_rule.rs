//! Property tests for the night rule over zones with and without daylight saving, both
//! hemispheres, half- and quarter-hour offsets, and both transitions of each year.

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use nightcramp_core::night::{most_recent_clock_time, night_bounds, night_of, night_of_in};
use proptest::prelude::*;

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/St_Johns",
    "Pacific/Chatham",
    "Australia/Lord_Howe",
    "UTC",
];

/// Instants within two days of a daylight-saving transition (spring or autumn), or anywhere
/// in 2020-2035.
fn instant_near_transitions() -> impl Strategy<Value = (usize, Timestamp)> {
    (
        0..ZONES.len(),
        2020i16..2035,
        any::<bool>(),
        -172_800i64..172_800,
        any::<bool>(),
        0i64..15 * 365 * 86_400,
    )
        .prop_map(|(zone, year, spring, offset_s, near, anywhere)| {
            let tz = TimeZone::get(ZONES[zone]).expect("zone");
            let start = Date::new(year, 1, 1)
                .expect("date")
                .to_zoned_datetime(tz.clone())
                .expect("zoned")
                .timestamp();
            let base = if near {
                // The first (spring in the north) or second transition of that year.
                let mut transitions = tz.following(start).take(2);
                let first = transitions.next();
                let second = transitions.next();
                let chosen = if spring { first } else { second.or(first) };
                chosen.map(|t| t.timestamp()).unwrap_or(start)
            } else {
                Timestamp::from_second(1_577_836_800 + anywhere).expect("in range")
            };
            (
                zone,
                base.checked_add(SignedDuration::from_secs(offset_s))
                    .expect("in range"),
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// The night is the local date of the instant, minus one before noon; computed here a
    /// second way, through jiff's zoned date-time, not through the offset.
    #[test]
    fn the_night_is_the_evening_date_of_the_local_clock((zone, at) in instant_near_transitions()) {
        let tz = TimeZone::get(ZONES[zone]).expect("zone");
        let local = at.to_zoned_datetime(tz.clone());
        let expected = if local.hour() < 12 { local.date().yesterday().expect("date") } else { local.date() };
        prop_assert_eq!(night_of_in(at, &tz), expected);
        prop_assert_eq!(night_of(at, tz.to_offset(at)), expected);
    }

    /// A night's bounds hold exactly the instants attributed to it.
    #[test]
    fn night_bounds_agree_with_attribution((zone, at) in instant_near_transitions()) {
        let tz = TimeZone::get(ZONES[zone]).expect("zone");
        let night = night_of_in(at, &tz);
        let (start, end) = night_bounds(night, &tz).expect("bounds");
        prop_assert!(start <= at && at < end, "{} not in [{}, {})", at, start, end);
        // Nights last 24 hours, give or take one daylight-saving shift (half an hour on Lord Howe).
        let hours = end.duration_since(start).as_secs_f64() / 3600.0;
        prop_assert!([23.0, 23.5, 24.0, 24.5, 25.0].contains(&hours), "{} hours", hours);
    }

    /// Later instants never belong to earlier nights, even when clocks fall back.
    #[test]
    fn nights_never_go_backwards((zone, at) in instant_near_transitions(), step in 0i64..200_000) {
        let tz = TimeZone::get(ZONES[zone]).expect("zone");
        let later = at.checked_add(SignedDuration::from_secs(step)).expect("in range");
        prop_assert!(night_of_in(at, &tz) <= night_of_in(later, &tz));
    }

    /// "02:40" resolves to the latest matching moment not after now, and the clock shows it.
    #[test]
    fn clock_times_resolve_to_the_most_recent_match(
        (zone, now) in instant_near_transitions(),
        hour in 0i8..24,
        minute in 0i8..60,
    ) {
        let tz = TimeZone::get(ZONES[zone]).expect("zone");
        let clock = Time::new(hour, minute, 0, 0).expect("time");
        let at = most_recent_clock_time(now, &tz, clock).expect("resolves");
        prop_assert!(at <= now);
        prop_assert!(now.duration_since(at) < SignedDuration::from_hours(49));
        let shown = at.to_zoned_datetime(tz.clone()).time();
        if shown != clock {
            // Only when the clock skipped that time (a daylight-saving gap) may it differ.
            let civil = at.to_zoned_datetime(tz.clone()).date().to_datetime(clock);
            prop_assert!(
                matches!(tz.to_ambiguous_timestamp(civil).offset(), jiff::tz::AmbiguousOffset::Gap { .. }),
                "{} shows {}", at, shown
            );
        }
        // Nothing later than `at` and not after `now` shows the same clock time.
        let mut probe = at.checked_add(SignedDuration::from_mins(1)).expect("range");
        while probe <= now {
            let zoned = probe.to_zoned_datetime(tz.clone());
            prop_assert!(!(zoned.hour() == hour && zoned.minute() == minute), "{} is more recent", probe);
            probe = probe.checked_add(SignedDuration::from_mins(1)).expect("range");
        }
    }
}

#[test]
fn a_traveller_s_cramp_belongs_to_the_night_of_the_clock_where_they_were() {
    // 17:40Z is 02:40 on the 29th in Tokyo and 12:40 on the 28th in New York: both the
    // night of the 28th, each by its own clock.
    let at: Timestamp = "2026-11-28T17:40:00Z".parse().expect("valid");
    let tokyo = TimeZone::get("Asia/Tokyo").expect("zone");
    let new_york = TimeZone::get("America/New_York").expect("zone");
    assert_eq!(night_of_in(at, &tokyo), jiff::civil::date(2026, 11, 28));
    assert_eq!(night_of_in(at, &new_york), jiff::civil::date(2026, 11, 28));
    // 03:30Z: 12:30 on the 29th in Tokyo (a new night), 22:30 on the 28th in New York.
    let later: Timestamp = "2026-11-29T03:30:00Z".parse().expect("valid");
    assert_eq!(night_of_in(later, &tokyo), jiff::civil::date(2026, 11, 29));
    assert_eq!(
        night_of_in(later, &new_york),
        jiff::civil::date(2026, 11, 28)
    );
}
