//! Every command that takes a date or a time, end to end: what goes in through `--at`,
//! `--date`, `edit --at` and `meds --since` comes back unchanged from `--json` output, on
//! the night the night rule gives. Random instants over two years, in zones with daylight
//! saving on both hemispheres and odd offsets.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use nightcramp_core::domain::format_rfc3339;
use nightcramp_core::night::night_of_in;
use proptest::prelude::*;

use crate::support::Sandbox;

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/St_Johns",
    "Australia/Lord_Howe",
];

/// Well after every generated instant, so only the future tests meet the "not yet" rule.
const NOW: &str = "2027-01-02T12:00:00Z";

#[derive(Debug, Clone, Copy)]
enum Form {
    Exact,
    LocalT,
    LocalSpace,
}

fn written(form: Form, at: Timestamp, tz: &TimeZone) -> String {
    let civil = tz.to_datetime(at);
    match form {
        Form::Exact => format_rfc3339(at, tz.to_offset(at)),
        Form::LocalT => civil.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
        Form::LocalSpace => civil.strftime("%Y-%m-%d %H:%M:%S").to_string(),
    }
}

fn shown_once(at: Timestamp, tz: &TimeZone) -> bool {
    tz.to_ambiguous_timestamp(tz.to_datetime(at))
        .unambiguous()
        .is_ok()
}

fn night_status(d: &Sandbox, night: Date) -> serde_json::Value {
    let n = night.to_string();
    let nights = d.json(&["nights", "--from", &n, "--to", &n, "--json"]);
    nights[0].clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn dates_and_times_come_back_unchanged_through_every_command(
        seconds in 1_735_689_600i64..1_798_761_600,
        zone in prop::sample::select(ZONES),
        form in prop::sample::select(vec![Form::Exact, Form::LocalT, Form::LocalSpace]),
        nudge in 1i64..600,
        day_back in 2i64..700,
    ) {
        let tz = TimeZone::get(zone).expect("zone");
        let at = Timestamp::from_second(seconds).expect("in range");
        let mut d = Sandbox::new();
        d.at(NOW);
        d.ok(&["profile", "--timezone", zone]);
        let night = night_of_in(at, &tz);
        let text = written(form, at, &tz);

        // A cramp with a date goes on that date's night, exactly.
        let out = d.output(&["cramp", "--at", &text, "--side", "left", "--muscle", "calf", "--pain", "5", "--lasted", "1m", "--json"]);
        if !matches!(form, Form::Exact) && !shown_once(at, &tz) {
            prop_assert_eq!(out.status.code(), Some(2), "a repeated clock time must name its offset");
            prop_assert!(String::from_utf8_lossy(&out.stderr).contains("happened twice"));
            return Ok(());
        }
        prop_assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let logged: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let expected_start = format_rfc3339(at, tz.to_offset(at));
        let night_text = night.to_string();
        prop_assert_eq!(logged["night"].as_str(), Some(night_text.as_str()));
        prop_assert_eq!(logged["started_at"].as_str(), Some(expected_start.as_str()));
        prop_assert_eq!(logged["already_logged"].as_bool(), Some(false));
        let status = night_status(&d, night);
        prop_assert_eq!(&status["status"], "cramps");
        prop_assert_eq!(&status["episodes"], 1);
        let backup = d.backup();
        prop_assert_eq!(backup["episodes"][0]["started_at"].as_str(), Some(expected_start.as_str()));

        // `edit --at` with a bare clock time corrects the time on the cramp's own night.
        let corrected = at.checked_add(jiff::SignedDuration::from_secs(nudge)).expect("in range");
        if night_of_in(corrected, &tz) == night && shown_once(corrected, &tz) {
            let id = logged["id"].as_str().expect("id");
            let clock = tz.to_datetime(corrected).strftime("%H:%M:%S").to_string();
            d.ok(&["edit", id, "--at", &clock]);
            let backup = d.backup();
            let expected = format_rfc3339(corrected, tz.to_offset(corrected));
            prop_assert_eq!(backup["episodes"][0]["started_at"].as_str(), Some(expected.as_str()));
            prop_assert_eq!(&night_status(&d, night)["episodes"], 1);
        }

        // A check-in, a day and a medicine for an earlier date land on that date.
        let earlier = night.checked_sub(jiff::Span::new().days(day_back)).expect("in range");
        let e = earlier.to_string();
        d.ok(&["night", "--none", "--date", &e]);
        prop_assert_eq!(&night_status(&d, earlier)["status"], "no_cramps");
        let day = d.json(&["day", "--date", &e, "--standing", "8h", "--json"]);
        prop_assert_eq!(day["date"].as_str(), Some(e.as_str()));
        d.ok(&["meds", "add", "--name", "atorvastatin", "--since", &e]);
        let meds = d.json(&["meds", "list", "--json"]);
        prop_assert_eq!(meds[0]["since"].as_str(), Some(e.as_str()));
    }
}

/// The issue's own case: run on 1 December, three ways of writing a cramp on the night of
/// 1 October each land there, and a cramp at the same clock time on another date is a
/// second cramp, not "already logged".
#[test]
fn a_week_copied_from_a_paper_note_lands_night_by_night() {
    let mut d = Sandbox::new();
    d.at("2026-12-01T09:00:00+01:00");
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    for (text, night) in [
        ("2026-10-02T02:05:00+02:00", "2026-10-01"),
        ("2026-10-02T02:01", "2026-10-01"),
        ("2026-10-02 02:07", "2026-10-01"),
        ("2026-10-03T02:05", "2026-10-02"),
        ("2026-10-04 02:05", "2026-10-03"),
    ] {
        let logged = d.json(&["cramp", "--at", text, "--json"]);
        assert_eq!(logged["night"], night, "{text}");
        assert_eq!(logged["already_logged"], false, "{text}");
    }
    let nights = d.json(&[
        "nights",
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-30",
        "--json",
    ]);
    let counts: Vec<(String, u64)> = nights
        .as_array()
        .expect("array")
        .iter()
        .filter(|n| n["episodes"].as_u64() > Some(0))
        .map(|n| {
            (
                n["night"].as_str().expect("night").to_string(),
                n["episodes"].as_u64().expect("count"),
            )
        })
        .collect();
    assert_eq!(
        counts,
        vec![
            ("2026-10-01".to_string(), 3),
            ("2026-10-02".to_string(), 1),
            ("2026-10-03".to_string(), 1)
        ],
        "nothing landed on last night"
    );
    let text = d.ok(&["cramp", "--at", "2026-10-05T03:00", "--side", "right"]);
    insta::assert_snapshot!(text.lines().take(2).collect::<Vec<_>>().join("\n"), @r"
    Logged a cramp on the night of Sun 4 Oct 2026, 57 nights before last night: 03:00 right calf, pain 5/10, 1 min, woke you [fad3fc2e]
    Started 03:00 on Mon 5 Oct 2026 (Europe/Berlin).
    ");
}

/// Refused times and dates change nothing and say what is allowed (exit 2).
#[test]
fn impossible_dates_and_times_are_refused_and_change_nothing() {
    let mut d = Sandbox::new();
    d.at("2026-12-01T09:00:00+01:00");
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    let before = d.backup();
    let mut messages = Vec::new();
    for args in [
        vec!["cramp", "--at", "2026-12-01T09:30"],
        vec!["cramp", "--at", "2026-10-02"],
        vec!["cramp", "--at", "1899-06-01T03:00"],
        vec!["night", "--none", "--date", "2026-10-02T02:05"],
        vec!["night", "--none", "--date=-9999-01-01"],
        vec!["day", "--date", "0000-01-01", "--standing", "8h"],
        vec![
            "meds",
            "add",
            "--name",
            "atorvastatin",
            "--since",
            "2030-01-01",
        ],
    ] {
        let (code, stderr) = d.fails(&args);
        assert_eq!(code, 2, "{args:?}");
        messages.push(stderr.trim_end().to_string());
    }
    assert_eq!(d.backup(), before, "nothing was written");
    insta::assert_snapshot!(messages.join("\n"), @r#"
    nightcramp: --at: "2026-12-01T09:30" is not allowed; expected a time that has already happened (it is now 2026-12-01 09:00)
    nightcramp: --at: "2026-10-02" is not allowed; expected a date and a time, such as 2026-11-29T02:40: a date alone does not say when the cramp was
    nightcramp: --at: "1899-06-01T03:00" is not allowed; expected a time from 1900 on
    nightcramp: --date: "2026-10-02T02:05" is not allowed; expected a date as YYYY-MM-DD, today or yesterday
    nightcramp: --date: "-9999-01-01" is not allowed; expected a date as YYYY-MM-DD, today or yesterday
    nightcramp: --date: "0000-01-01" is not allowed; expected a date from 1900-01-01 to 2026-12-02
    nightcramp: --since: "2030-01-01" is not allowed; expected a date from 1900-01-01 to 2026-12-02
    "#);
}
