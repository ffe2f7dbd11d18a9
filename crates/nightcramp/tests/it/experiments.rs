//! `experiment`: start, the stored schedule, the refusals that change nothing, a schedule
//! edited by hand, and a whole trial run through the command line to its result.

use jiff::civil::Date;
use serde_json::Value;

use crate::support::{Sandbox, s};

const MORNING: &str = "2026-12-03T09:00:00Z";

/// Fourteen logged nights before 3 December, cramps on every other one.
fn logged_baseline(d: &mut Sandbox) {
    d.at(MORNING);
    let start: Date = "2026-11-19".parse().expect("date");
    let mut days = String::from("date,night_checked\n");
    let mut episodes = String::from("started_at,duration_s,muscle,side,intensity\n");
    for i in 0..14 {
        let night = start.checked_add(jiff::Span::new().days(i)).expect("date");
        days.push_str(&format!("{night},true\n"));
        if i % 2 == 0 {
            let next = night.tomorrow().expect("date");
            episodes.push_str(&format!("{next}T03:00:00Z,60,calf,left,6\n"));
        }
    }
    let days = d.write("baseline-days.csv", &days);
    let episodes = d.write("baseline-episodes.csv", &episodes);
    d.ok(&["import", s(&days)]);
    d.ok(&["import", s(&episodes)]);
}

#[test]
fn a_started_experiment_keeps_the_schedule_it_drew_and_the_json_follows_the_contract() {
    let mut d = Sandbox::new();
    logged_baseline(&mut d);
    let started = d.json(&["experiment", "start", "--change", "stretched", "--json"]);
    for field in [
        "id",
        "change",
        "status",
        "start",
        "end",
        "pairs",
        "period_nights",
        "washout_nights",
        "tonight",
        "schedule",
    ] {
        assert!(started.get(field).is_some(), "{field} in {started}");
    }
    assert_eq!(started["change"], "stretched");
    assert_eq!(started["status"], "running");
    assert_eq!(
        started["start"], "2026-12-03",
        "the baseline is logged: tonight"
    );
    assert_eq!(started["end"], "2027-03-24");
    assert_eq!(
        (
            started["pairs"].as_u64(),
            started["period_nights"].as_u64(),
            started["washout_nights"].as_u64()
        ),
        (Some(4), Some(14), Some(2))
    );
    let schedule = started["schedule"].as_array().expect("schedule");
    assert_eq!(schedule.len(), 112, "every night from start to end");
    assert_eq!(schedule[0]["night"], "2026-12-03");
    assert_eq!(schedule[0]["period"], 1);
    assert_eq!(schedule[0]["washout"], true);
    assert_eq!(schedule[2]["washout"], false);
    assert_eq!(started["tonight"], schedule[0]["arm"]);
    for pair in 0..4 {
        let arms: Vec<&Value> = (0..2)
            .map(|p| &schedule[(pair * 2 + p) * 14]["arm"])
            .collect();
        assert_ne!(arms[0], arms[1], "pair {pair} holds one period of each");
    }
    // Stored, never re-drawn: every later look shows the same schedule.
    for _ in 0..3 {
        let again = d.json(&["experiment", "--json"]);
        assert_eq!(again["schedule"], started["schedule"]);
        assert_eq!(again["id"], started["id"]);
    }
    let home = d.ok(&[]);
    assert!(home.contains("Experiment: Tonight: "), "{home}");
    // Each night's assignment comes with the bedtime reminder of the calendar feed.
    let ics = d.ok(&["reminders", "--out", "-"]);
    assert_eq!(ics.matches("UID:experiment-").count(), 112, "one a night");
    let first = ics
        .split("UID:experiment-2026-12-03@nightcramp")
        .nth(1)
        .expect("tonight's event");
    assert!(
        first.contains("DTSTART;TZID=UTC:20261203T221500"),
        "a quarter of an hour before bed"
    );
    let tonight = started["tonight_sentence"].as_str().expect("sentence");
    assert!(
        first.contains(&format!("SUMMARY:{}", tonight.replace(',', "\\,")))
            || first.contains("SUMMARY:Tonight: "),
        "{first}"
    );
    // The morning after, the check-in asks whether the change was made.
    d.at("2026-12-04T08:00:00Z");
    let morning = d.ok(&["night", "--none"]);
    assert!(
        morning.contains("day of your experiment. Did you stretch your calves before bed?"),
        "{morning}"
    );
    assert!(
        morning.contains("nightcramp day --date 2026-12-03 --factor \"stretched=yes\""),
        "{morning}"
    );
    d.ok(&["day", "--date", "2026-12-03", "--factor", "stretched=yes"]);
    d.ok(&["night", "--none", "--date", "2026-12-02"]);
    let answered = d.ok(&["night", "--none"]);
    assert!(
        !answered.contains("Did you stretch"),
        "the diary says it now: {answered}"
    );
}

#[test]
fn refused_starts_say_why_and_change_nothing() {
    let mut d = Sandbox::new();
    logged_baseline(&mut d);
    let before = d.backup();
    for (args, code, says) in [
        (
            vec!["--change", "magnesium_mg=300"],
            3,
            "belongs to your prescriber",
        ),
        (
            vec!["--change", "custom:quinine"],
            3,
            "belongs to your prescriber",
        ),
        (vec!["--change", "sleep_h=8"], 3, "measured, not chosen"),
        (vec!["--change", "standing"], 2, "not a factor"),
        (vec!["--change", "light_activity_min"], 2, "say how much"),
        (vec!["--change", "stretched=3"], 2, "stretched takes"),
        (
            vec!["--change", "stretched", "--start", "2026-11-30"],
            2,
            "nights already past cannot be given an arm",
        ),
        (
            vec!["--change", "stretched", "--pairs", "9"],
            2,
            "from 2 to 8 pairs",
        ),
        (
            vec!["--change", "stretched", "--pairs", "many"],
            2,
            "--pairs: \"many\" is not allowed",
        ),
    ] {
        let mut full = vec!["experiment", "start"];
        full.extend(args.iter());
        let (status, stderr) = d.fails(&full);
        assert_eq!(status, code, "{full:?}: {stderr}");
        assert!(stderr.contains(says), "{full:?}: {stderr}");
        assert!(!stderr.to_lowercase().contains("stop taking"), "{stderr}");
    }
    assert_eq!(d.backup(), before, "nothing was stored");
    d.ok(&["experiment", "start", "--change", "stretched"]);
    let one = d.backup();
    let (status, stderr) = d.fails(&["experiment", "start", "--change", "massage"]);
    assert_eq!(status, 3);
    assert!(stderr.contains("one runs at a time"), "{stderr}");
    assert_eq!(d.backup(), one, "the running one is untouched");
    // Too few cramps: the estimate of how long it would take.
    let mut sparse = Sandbox::new();
    sparse.at(MORNING);
    let mut days = String::from("date,night_checked\n");
    for i in 19..=30 {
        days.push_str(&format!("2026-11-{i},true\n"));
    }
    days.push_str("2026-12-01,true\n2026-12-02,true\n");
    let file = sparse.write("days.csv", &days);
    sparse.ok(&["import", s(&file)]);
    let (status, stderr) = sparse.fails(&["experiment", "start", "--change", "stretched"]);
    assert_eq!(status, 3);
    assert!(stderr.contains("no nights with cramps"), "{stderr}");
}

#[test]
fn a_schedule_edited_by_hand_is_refused_until_the_experiment_is_stopped() {
    let mut d = Sandbox::new();
    logged_baseline(&mut d);
    d.ok(&["experiment", "start", "--change", "stretched"]);
    let conn = rusqlite::Connection::open(d.db()).expect("open");
    // The drawn order is random: one time in sixteen it already is all CU, so
    // the edit writes whichever uniform order the draw did not give.
    let drawn: String = conn
        .query_row("SELECT pair_order FROM experiments", [], |r| r.get(0))
        .expect("read the order");
    let edited = if drawn == "CU,CU,CU,CU" {
        "UC,UC,UC,UC"
    } else {
        "CU,CU,CU,CU"
    };
    conn.execute("UPDATE experiments SET pair_order = ?1", [edited])
        .expect("edit");
    drop(conn);
    for args in [
        vec!["experiment"],
        vec!["experiment", "result"],
        vec!["experiment", "--json"],
    ] {
        let (status, stderr) = d.fails(&args);
        assert_eq!(status, 3, "{args:?}");
        assert!(
            stderr.contains("changed outside nightcramp")
                && stderr.contains("no longer a fair trial"),
            "{stderr}"
        );
    }
    let home = d.ok(&[]);
    assert!(
        home.contains("changed outside nightcramp"),
        "the home screen says it too: {home}"
    );
    d.ok(&["cramp", "--at", "03:00"]);
    d.ok(&["experiment", "stop"]);
    d.ok(&["experiment", "start", "--change", "massage"]);
    assert_eq!(d.json(&["experiment", "--json"])["change"], "massage");
}

/// A whole trial through the command line: each night's factor and outcome imported as a
/// person's spreadsheet would hold them, then the result after the last night.
#[test]
fn a_finished_trial_gives_the_spec_s_result() {
    let mut d = Sandbox::new();
    logged_baseline(&mut d);
    let started = d.json(&[
        "experiment",
        "start",
        "--change",
        "stretched",
        "--pairs",
        "2",
        "--json",
    ]);
    let mut days = String::from("date,stretched,night_checked\n");
    let mut episodes = String::from("started_at,duration_s,muscle,side,intensity\n");
    for (i, n) in started["schedule"]
        .as_array()
        .expect("schedule")
        .iter()
        .enumerate()
    {
        let night: Date = n["night"].as_str().expect("night").parse().expect("date");
        let change = n["arm"] == "change";
        if i == 20 {
            continue; // one unlogged night
        }
        days.push_str(&format!("{night},{change},true\n"));
        // Usual nights: a cramp every night; change nights: every fourth.
        if !change || i % 4 == 0 {
            let next = night.tomorrow().expect("date");
            episodes.push_str(&format!("{next}T03:00:00Z,60,calf,left,6\n"));
        }
    }
    let (days, episodes) = (
        d.write("days.csv", &days),
        d.write("episodes.csv", &episodes),
    );
    d.at("2027-01-28T09:00:00Z");
    d.ok(&["import", s(&days)]);
    d.ok(&["import", s(&episodes)]);
    let r = d.json(&["experiment", "result", "--json"]);
    for field in [
        "status",
        "verdict",
        "rate_ratio",
        "ci_low",
        "ci_high",
        "probability_helps",
        "probability_meaningful",
        "nights",
        "cramps",
        "adherence",
        "pairs_complete",
        "sentence",
    ] {
        assert!(r.get(field).is_some(), "{field} in {r}");
    }
    assert_eq!(r["status"], "finished");
    assert_eq!(r["verdict"], "likely_helps", "{r}");
    assert_eq!(r["pairs_complete"], 2);
    assert_eq!(r["nights"]["washout"], 8);
    assert_eq!(
        r["nights"]["change"].as_u64().unwrap() + r["nights"]["usual"].as_u64().unwrap(),
        47,
        "48 counted nights, one unlogged: {r}"
    );
    assert_eq!(
        r["nights"]["unknown"], 1,
        "an unlogged night is left out, not cramp-free"
    );
    assert_eq!(r["adherence"], 1.0);
    let rr = r["rate_ratio"].as_f64().expect("ratio");
    assert!(
        rr < 0.6 && r["ci_low"].as_f64().unwrap() < rr && rr < r["ci_high"].as_f64().unwrap(),
        "{r}"
    );
    assert!(r["probability_helps"].as_f64().unwrap() >= 0.9);
    let text = d.ok(&["experiment", "result"]);
    assert!(text.starts_with("It likely helps you"), "{text}");
    assert!(text.contains("about you and these nights only"), "{text}");
    let shown = d.json(&["experiment", "--json"]);
    assert_eq!(
        (shown["status"].as_str(), shown["tonight"].as_str()),
        (Some("finished"), None)
    );
    let (status, stderr) = d.fails(&["experiment", "stop"]);
    assert_eq!(status, 3);
    assert!(stderr.contains("already finished"), "{stderr}");
    assert!(
        !d.ok(&["reminders", "--out", "-"])
            .contains("UID:experiment-"),
        "no more nights to remind"
    );
    // The result goes to the doctor: in the report and in the FHIR export.
    let report = d.path("report.html");
    d.ok(&[
        "report",
        "--out",
        s(&report),
        "--from",
        "2026-12-03",
        "--to",
        "2027-01-27",
    ]);
    let html = std::fs::read_to_string(&report).expect("report");
    assert!(
        html.contains("Personal experiments") && html.contains("It likely helps you"),
        "{html}"
    );
    let pdf = d.path("report.pdf");
    d.ok(&[
        "report",
        "--out",
        s(&pdf),
        "--from",
        "2026-12-03",
        "--to",
        "2027-01-27",
    ]);
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF"));
    let fhir: Value =
        serde_json::from_str(&d.ok(&["export", "--format", "fhir", "--out", "-"])).expect("fhir");
    let trial = fhir["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .find(|r| {
            r["code"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("n-of-1 trial"))
        })
        .expect("the experiment's observation");
    assert_eq!(trial["status"], "final");
    assert_eq!(trial["interpretation"][0]["text"], "likely helps");
    assert_eq!(trial["valueQuantity"]["value"], r["rate_ratio"]);
}
