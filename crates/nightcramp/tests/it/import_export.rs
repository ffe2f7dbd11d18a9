//! Spreadsheets in, backups out and back: generated fixtures, bad rows, re-imports.

use std::fmt::Write as _;

use serde_json::Value;

use crate::support::{Sandbox, s};

/// A realistic spreadsheet: `nights` nights from 1 Sep 2026, a cramp every third night at
/// 03:xx Berlin time, some with empty optional cells.
fn episodes_csv(nights: usize) -> String {
    let mut text =
        String::from("started_at,duration_s,muscle,side,intensity,woke,soreness_h,relief,notes\n");
    let start = jiff::civil::date(2026, 9, 1);
    for i in (0..nights).step_by(3) {
        let day = start
            .checked_add(jiff::Span::new().days(i as i64 + 1))
            .expect("date");
        let offset = if day < jiff::civil::date(2026, 10, 25) {
            "+02:00"
        } else {
            "+01:00"
        };
        let woke = ["true", "no", ""][i % 3 % 2];
        let _ = writeln!(
            text,
            "{day}T03:{:02}:00{offset},{},{},{},{},{woke},{},{},{}",
            i % 60,
            30 + i * 7 % 500,
            ["calf", "foot", "calf", "thigh_back"][i % 4],
            ["left", "right", "both"][i % 3],
            1 + i % 10,
            if i % 2 == 0 { "2" } else { "" },
            if i % 5 == 0 { "stretch;walk" } else { "" },
            if i % 7 == 0 {
                "\"after a long walk, \"\"ugh\"\"\""
            } else {
                ""
            },
        );
    }
    text
}

fn days_csv(days: usize) -> String {
    let mut text = String::from(
        "date,standing_h,water_l,caffeine_drinks,stretched,custom:long drive,night_checked\n",
    );
    let start = jiff::civil::date(2026, 9, 1);
    for i in 0..days {
        let day = start
            .checked_add(jiff::Span::new().days(i as i64))
            .expect("date");
        let _ = writeln!(
            text,
            "{day},{},{},{},{},{},{}",
            4 + i % 7,
            if i % 4 == 0 {
                String::new()
            } else {
                format!("1.{}", i % 9)
            },
            i % 4,
            ["yes", "no", ""][i % 3],
            if i % 10 == 0 { "yes" } else { "" },
            if i % 5 == 1 { "" } else { "true" },
        );
    }
    text
}

#[test]
fn a_spreadsheet_imports_once_and_only_once() {
    let d = Sandbox::new();
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    let episodes = d.write("my cramps.csv", &episodes_csv(90));
    let days = d.write("days.csv", &days_csv(90));
    let first = d.json(&["import", s(&episodes), s(&days), "--json"]);
    assert_eq!(first["files"][0]["kind"], "episodes CSV");
    assert_eq!(first["files"][0]["rows"], 30);
    assert_eq!(first["files"][1]["kind"], "days CSV");
    assert!(first["added"].as_u64().expect("added") > 300);
    let before = d.backup();
    assert_eq!(before["episodes"].as_array().map(Vec::len), Some(30));
    let second = d.json(&["import", s(&days), s(&episodes), "--json"]);
    assert_eq!(
        second["added"], 0,
        "importing the same files again adds nothing"
    );
    assert_eq!(second["updated"], 0);
    assert_eq!(second["conflicts"], serde_json::json!([]));
    assert_eq!(d.backup(), before);
    // Unknown stays unknown: nights without a check-in or a cramp are not counted as quiet.
    let nights = d.json(&["nights", "--json"]);
    let unknown = nights
        .as_array()
        .expect("nights")
        .iter()
        .filter(|n| n["status"] == "unknown")
        .count();
    assert!(unknown > 0);
}

#[test]
fn a_json_backup_restores_the_same_diary() {
    let d = Sandbox::new();
    d.ok(&[
        "profile",
        "--timezone",
        "Europe/Berlin",
        "--birth-year",
        "1949",
        "--condition",
        "spinal_problems",
    ]);
    d.ok(&[
        "meds",
        "add",
        "--name",
        "atorvastatin",
        "--since",
        "2026-02-01",
    ]);
    d.ok(&[
        "import",
        s(&d.write("e.csv", &episodes_csv(60))),
        s(&d.write("d.csv", &days_csv(60))),
    ]);
    d.ok(&[
        "night",
        "--none",
        "--date",
        "2026-11-20",
        "--disturbance",
        "2",
    ]);
    let backup_path = d.path("backup.json");
    d.ok(&["export", "--format", "json", "--out", s(&backup_path)]);
    let original = d.backup();

    let fresh = Sandbox::new();
    let report = fresh.json(&["import", s(&backup_path), "--json"]);
    assert_eq!(report["files"][0]["kind"], "nightcramp JSON backup");
    assert_eq!(
        fresh.backup(),
        original,
        "export, wipe, import gives back the same diary"
    );
    let again = fresh.json(&["import", s(&backup_path), "--json"]);
    assert_eq!(again["added"], 0);
}

#[test]
fn the_csv_export_re_imports_to_the_same_diary() {
    let d = Sandbox::new();
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    d.ok(&[
        "import",
        s(&d.write("e.csv", &episodes_csv(45))),
        s(&d.write("d.csv", &days_csv(45))),
    ]);
    d.ok(&[
        "night",
        "--none",
        "--date",
        "2026-11-20",
        "--disturbance",
        "3",
    ]);
    let folder = d.path("csv");
    d.ok(&["export", "--format", "csv", "--out", s(&folder)]);
    let fresh = Sandbox::new();
    fresh.ok(&["profile", "--timezone", "Europe/Berlin"]);
    fresh.ok(&[
        "import",
        s(&folder.join("episodes.csv")),
        s(&folder.join("days.csv")),
    ]);
    let strip_times = |mut v: Value| {
        for c in v["checkins"].as_array_mut().expect("checkins") {
            c.as_object_mut().expect("object").remove("recorded_at");
        }
        // Values from a CSV are marked imported; the diary's were typed or imported.
        for day in v["days"].as_array_mut().expect("days") {
            day.as_object_mut().expect("object").remove("imported");
        }
        v
    };
    assert_eq!(strip_times(fresh.backup()), strip_times(d.backup()));
}

#[test]
fn a_bad_row_changes_nothing_and_says_where() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00"]);
    let before = d.backup();
    let mut text = episodes_csv(30);
    text.push_str("2026-11-02T03:00:00+01:00,60,calf,left,eleven,,,,\n");
    text.push_str("2026-11-03T03:00:00+01:00,60,elbow,left,3,,,,\n");
    let file = d.write("cramps.csv", &text);
    let (code, stderr) = d.fails(&["import", s(&file)]);
    assert_eq!(code, 2);
    let file_name = s(&file);
    assert!(stderr.contains(&format!("{file_name}:12: column intensity: \"eleven\" is not allowed; expected a whole number from 1 to 10")), "{stderr}");
    assert!(
        stderr.contains(&format!("{file_name}:13: column muscle: \"elbow\"")),
        "{stderr}"
    );
    assert!(
        stderr.contains("2 bad rows; nothing was imported"),
        "{stderr}"
    );
    assert_eq!(d.backup(), before, "nothing was imported");

    let skipped = d.json(&["import", s(&file), "--skip-bad", "--json"]);
    assert_eq!(skipped["added"], 10);
    assert_eq!(skipped["bad_rows"].as_array().map(Vec::len), Some(2));
}

#[test]
fn the_person_s_word_wins_over_an_import() {
    let mut d = Sandbox::new();
    d.at("2026-09-05T21:00:00+02:00")
        .ok(&["day", "--date", "2026-09-02", "--water", "3l"]);
    let report = d.json(&["import", s(&d.write("d.csv", &days_csv(5))), "--json"]);
    let conflicts = report["conflicts"].as_array().expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(
        conflicts[0],
        "2026-09-02 water_l: 1.1 in the file, 3 typed in the diary (kept)"
    );
    let day = d.json(&["day", "--date", "2026-09-02", "--json"]);
    assert_eq!(day["factors"]["water_l"], 3.0);
    assert_eq!(
        day["import_said"]["water_l"], 1.1,
        "both values are kept and shown"
    );
    let text = d.ok(&["day", "--date", "2026-09-02"]);
    assert!(text.contains("an import said 1.1"), "{text}");
    // The annotation survives the lossless backup.
    let backup = d.backup();
    let kept = backup["days"]
        .as_array()
        .and_then(|days| days.iter().find(|day| day["date"] == "2026-09-02"))
        .expect("the day");
    assert_eq!(kept["import_said"]["water_l"], 1.1, "{kept}");
}
