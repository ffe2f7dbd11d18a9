//! What typed times and dates mean (`core::when`): random instants over two years, in zones
//! with daylight saving, half-hour and 45-minute offsets and the southern hemisphere, go in
//! through every form a person can type and come back unchanged, on the night the night
//! rule gives. These would have caught the date being dropped from `--at`.

use jiff::civil::{Date, date};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use nightcramp_core::domain::format_rfc3339;
use nightcramp_core::input::{CrampInput, DurationStyle, EntryContext};
use nightcramp_core::night::night_of_in;
use nightcramp_core::when::{
    ClockAnchor, parse_clock_time, parse_date_only, parse_record_date, resolve_cramp_time,
};
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

/// Whole seconds from 2025-01-01 to 2027-01-01 (UTC).
fn two_years() -> impl Strategy<Value = Timestamp> {
    (1_735_689_600i64..1_798_761_600).prop_map(|s| Timestamp::from_second(s).expect("in range"))
}

fn zone() -> impl Strategy<Value = TimeZone> {
    prop::sample::select(ZONES).prop_map(|name| TimeZone::get(name).expect("zone exists"))
}

/// Is this wall-clock time one that the zone's clock showed exactly once?
fn shown_once(at: Timestamp, tz: &TimeZone) -> bool {
    let civil = tz.to_datetime(at);
    tz.to_ambiguous_timestamp(civil).unambiguous().is_ok()
}

fn after(at: Timestamp, minutes: i64) -> Timestamp {
    at.checked_add(SignedDuration::from_mins(minutes))
        .expect("in range")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// An exact RFC 3339 time is that instant, with the offset written, whatever the zone.
    #[test]
    fn an_exact_time_is_kept_exactly(at in two_years(), tz in zone(), later in 0i64..50_000) {
        let offset = tz.to_offset(at);
        let text = format_rfc3339(at, offset);
        let now = after(at, later);
        let local = resolve_cramp_time(&text, now, &tz, ClockAnchor::MostRecent).expect("valid");
        prop_assert_eq!(local.at, at);
        prop_assert_eq!(local.offset, offset);
        prop_assert_eq!(nightcramp_core::night::night_of(local.at, local.offset), night_of_in(at, &tz));
    }

    /// A date and time on the person's clock (with `T` or a space, with or without seconds)
    /// is that moment on their clock; a clock time shown twice must say which.
    #[test]
    fn a_local_date_and_time_keeps_its_date(at in two_years(), tz in zone(), later in 0i64..50_000, space in any::<bool>()) {
        let civil = tz.to_datetime(at);
        let separator = if space { " " } else { "T" };
        let text = format!("{}{separator}{}", civil.date(), civil.time().strftime("%H:%M:%S"));
        let now = after(at, later);
        let resolved = resolve_cramp_time(&text, now, &tz, ClockAnchor::MostRecent);
        if shown_once(at, &tz) {
            let local = resolved.expect("valid");
            prop_assert_eq!(local.at, at);
            prop_assert_eq!(night_of_in(local.at, &tz), night_of_in(at, &tz));
        } else {
            let err = resolved.expect_err("a repeated clock time is ambiguous");
            prop_assert!(err.allowed.to_string().contains("happened twice"), "{}", err);
        }
    }

    /// A bare clock time, placed on a given night (editing, or backdating to a chosen night),
    /// is that moment of that night.
    #[test]
    fn a_clock_time_on_its_night(at in two_years(), tz in zone(), later in 0i64..50_000) {
        let night = night_of_in(at, &tz);
        let clock = tz.to_datetime(at).time();
        let text = clock.strftime("%H:%M:%S").to_string();
        let now = after(at, later);
        let resolved = resolve_cramp_time(&text, now, &tz, ClockAnchor::Night(night));
        if shown_once(at, &tz) {
            let local = resolved.expect("valid");
            prop_assert_eq!(local.at, at);
            prop_assert_eq!(night_of_in(local.at, &tz), night);
        }
    }

    /// Nothing is accepted from more than a few minutes ahead, in any form.
    #[test]
    fn the_future_is_refused_in_every_form(at in two_years(), tz in zone(), ahead in 6i64..100_000) {
        let now = after(at, -ahead);
        let civil = tz.to_datetime(at);
        for text in [
            format_rfc3339(at, tz.to_offset(at)),
            civil.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
        ] {
            prop_assert!(resolve_cramp_time(&text, now, &tz, ClockAnchor::MostRecent).is_err(), "{}", text);
        }
        let night = night_of_in(at, &tz);
        let clock = civil.time().strftime("%H:%M:%S").to_string();
        if shown_once(at, &tz) {
            prop_assert!(resolve_cramp_time(&clock, now, &tz, ClockAnchor::Night(night)).is_err());
        }
    }

    /// The defect itself: no form with a date is ever read as a bare clock time.
    #[test]
    fn a_dated_time_is_never_a_clock_time(at in two_years(), tz in zone()) {
        let civil = tz.to_datetime(at);
        for text in [
            format_rfc3339(at, tz.to_offset(at)),
            civil.strftime("%Y-%m-%dT%H:%M").to_string(),
            civil.strftime("%Y-%m-%d %H:%M").to_string(),
        ] {
            prop_assert_eq!(parse_clock_time(&text), None, "{}", text);
        }
    }

    /// A date is only a date: typed, it comes back unchanged; with a time attached, refused.
    #[test]
    fn dates_come_back_unchanged(day in 0i32..73_000) {
        let d = date(1900, 1, 1).checked_add(jiff::Span::new().days(day)).expect("in range");
        prop_assert_eq!(parse_date_only(&d.to_string()).ok(), Some(d));
        let with_time = format!("{}T02:05", d);
        prop_assert!(parse_date_only(&with_time).is_err());
        let today = date(2100, 1, 1);
        prop_assert_eq!(parse_record_date(&d.to_string(), today).ok(), Some(d));
    }

    /// Validation of a stored cramp applies the same bounds: a CSV row or API body from the
    /// future is refused, one from the past is kept exactly.
    #[test]
    fn validation_bounds_every_cramp(at in two_years(), tz in zone(), shift in -100_000i64..100_000) {
        let now = after(at, shift);
        let input = CrampInput {
            started_at: Some(format_rfc3339(at, tz.to_offset(at))),
            duration: Some("60".into()),
            muscle: Some("calf".into()),
            side: Some("left".into()),
            intensity: Some("5".into()),
            ..CrampInput::default()
        };
        let result = input.validate(EntryContext { zone: Some(&tz), now }, DurationStyle::Seconds);
        if shift >= -5 {
            let episode = result.expect("valid");
            prop_assert_eq!(episode.started_at, at);
            prop_assert_eq!(episode.night(), night_of_in(at, &tz));
        } else {
            prop_assert_eq!(result.expect_err("future").field, "started_at");
        }
    }
}

#[test]
fn the_issues_examples_land_on_the_night_of_1_october() {
    let berlin = TimeZone::get("Europe/Berlin").expect("zone");
    let now: Timestamp = "2026-12-01T09:00:00+01:00".parse().expect("valid");
    let expect: Date = date(2026, 10, 1);
    for (text, clock) in [
        ("2026-10-02T02:05:00+02:00", "02:05"),
        ("2026-10-02T02:01", "02:01"),
        ("2026-10-02 02:07", "02:07"),
    ] {
        let local = resolve_cramp_time(text, now, &berlin, ClockAnchor::MostRecent).expect(text);
        assert_eq!(night_of_in(local.at, &berlin), expect, "{text}");
        assert_eq!(
            berlin
                .to_datetime(local.at)
                .strftime("%Y-%m-%d %H:%M")
                .to_string(),
            format!("2026-10-02 {clock}"),
            "{text}"
        );
    }
}

#[test]
fn refusals_say_what_is_allowed() {
    let berlin = TimeZone::get("Europe/Berlin").expect("zone");
    let now: Timestamp = "2026-12-01T09:00:00+01:00".parse().expect("valid");
    let messages: Vec<String> = [
        "2026-12-01T09:30",
        "2026-10-02",
        "1899-12-31T23:00",
        "yesterday at 3",
        "25:00",
    ]
    .iter()
    .map(|t| {
        resolve_cramp_time(t, now, &berlin, ClockAnchor::MostRecent)
            .expect_err(t)
            .to_string()
    })
    .collect();
    let ny = TimeZone::get("America/New_York").expect("zone");
    let fold = resolve_cramp_time("2026-11-01 01:30", now, &ny, ClockAnchor::MostRecent)
        .expect_err("ambiguous")
        .to_string();
    insta::assert_snapshot!(messages.join("\n") + "\n" + &fold, @r#"
    "2026-12-01T09:30" is not allowed; expected a time that has already happened (it is now 2026-12-01 09:00)
    "2026-10-02" is not allowed; expected a date and a time, such as 2026-11-29T02:40: a date alone does not say when the cramp was
    "1899-12-31T23:00" is not allowed; expected a time from 1900 on
    "yesterday at 3" is not allowed; expected a clock time such as 02:40 (the most recent 02:40), a date and time on your clock such as 2026-11-29T02:40 or "2026-11-29 02:40", or an exact time such as 2026-11-29T02:40:00+01:00
    "25:00" is not allowed; expected a clock time such as 02:40 (the most recent 02:40), a date and time on your clock such as 2026-11-29T02:40 or "2026-11-29 02:40", or an exact time such as 2026-11-29T02:40:00+01:00
    "2026-11-01 01:30" is not allowed; expected a time that happened once: 2026-11-01T01:30:00 happened twice that night as the clocks went back; give its offset, 2026-11-01T01:30:00-04:00 or 2026-11-01T01:30:00-05:00
    "#);
}

/// A note keeps its new lines and tabs; other control characters (a terminal's escape
/// codes, a NUL, a bell) are left out, Windows line ends become plain ones, and a note of
/// nothing else is no note.
#[test]
fn notes_keep_lines_and_tabs_and_lose_control_characters() {
    let now: Timestamp = "2026-12-01T09:00:00Z".parse().expect("valid");
    let with_notes = |notes: &str| {
        CrampInput {
            started_at: Some("2026-11-30T03:00:00Z".into()),
            duration: Some("60".into()),
            muscle: Some("calf".into()),
            side: Some("left".into()),
            intensity: Some("5".into()),
            notes: Some(notes.into()),
            ..CrampInput::default()
        }
        .validate(
            EntryContext {
                zone: Some(&TimeZone::UTC),
                now,
            },
            DurationStyle::Seconds,
        )
        .expect("valid")
        .notes
    };
    assert_eq!(
        with_notes("woke\r\nleft calf\tbad\u{1b}[2J\u{0}\u{7}\rafter").as_deref(),
        Some("woke\nleft calf\tbad[2J\nafter")
    );
    assert_eq!(with_notes("\u{1b}\u{0}\u{8}"), None);
}
