//! Importing wearable exports through `nightcramp import`: Apple Health (the XML or the zip,
//! found by content; a realistic generated export checked day by day against its truth),
//! Fitbit (a Google Takeout archive with overlapping files, its JSON and CSV files together),
//! Garmin, Samsung Health and Health Connect. Re-import is harmless, a newer
//! export updates what an older one brought, the person's typed values are kept, broken
//! files are refused.

use std::collections::BTreeMap;
use std::io::Write;

use serde_json::Value;

use crate::support::{Sandbox, s};

#[path = "../../benches/support/apple_health_generator.rs"]
mod generator;

#[path = "../../benches/support/dice.rs"]
mod dice;

#[path = "../../benches/support/fitbit_generator.rs"]
mod fitbit_generator;

#[path = "../../benches/support/samsung_generator.rs"]
mod samsung_generator;

#[path = "../../benches/support/health_connect_generator.rs"]
mod health_connect_generator;

/// date -> factors, from the diary's lossless export.
fn days_of(d: &Sandbox) -> BTreeMap<String, Value> {
    d.backup()["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|day| {
            (
                day["date"].as_str().expect("date").to_string(),
                day["factors"].clone(),
            )
        })
        .collect()
}

fn zip_of(d: &Sandbox, name: &str, entries: &[(&str, &[u8])]) -> std::path::PathBuf {
    let path = d.path(name);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create"));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (entry, bytes) in entries {
        zip.start_file(*entry, options).expect("entry");
        zip.write_all(bytes).expect("write");
    }
    zip.finish().expect("finish");
    path
}

fn export_xml() -> String {
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n<!ATTLIST Record type CDATA #REQUIRED\n]>\n<HealthData locale=\"de_DE\">\n",
    );
    for day in 1..=10 {
        for (source, steps) in [
            ("Annas Apple Watch", 4000 + day * 100),
            ("Annas iPhone", 3900 + day * 100),
        ] {
            body.push_str(&format!(
                "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"{source}\" unit=\"count\" startDate=\"2026-11-{day:02} 09:00:00 +0100\" endDate=\"2026-11-{day:02} 09:40:00 +0100\" value=\"{steps}\"/>\n"
            ));
        }
        body.push_str(&format!(
            "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Annas Apple Watch\" startDate=\"2026-11-{day:02} 23:00:00 +0100\" endDate=\"2026-11-{:02} 06:30:00 +0100\" value=\"HKCategoryValueSleepAnalysisAsleepCore\"/>\n",
            day + 1
        ));
    }
    body.push_str("</HealthData>\n");
    body
}

fn zipped(d: &Sandbox, entry: &str, content: &str) -> std::path::PathBuf {
    let path = d.path("export.zip");
    let file = std::fs::File::create(&path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("apple_health_export/export_cda.xml", options)
        .expect("entry");
    zip.write_all(b"<?xml version=\"1.0\"?><ClinicalDocument/>")
        .expect("write");
    zip.start_file(entry, options).expect("entry");
    zip.write_all(content.as_bytes()).expect("write");
    zip.finish().expect("finish");
    path
}

#[test]
fn an_apple_health_export_fills_steps_and_sleep_once() {
    let d = Sandbox::new();
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    d.ok(&["day", "--date", "2026-11-03", "--steps", "5000"]);
    let zip = zipped(&d, "apple_health_export/Export.xml", &export_xml());
    let report = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(report["files"][0]["kind"], "Apple Health export");
    let conflicts = report["conflicts"].as_array().expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(
        conflicts[0]
            .as_str()
            .expect("text")
            .starts_with("2026-11-03 steps: 4300 in the file, 5000 typed in the diary (kept)")
    );
    let day = d.json(&["day", "--date", "2026-11-02", "--json"]);
    assert_eq!(
        day["factors"]["steps"], 4200.0,
        "the Watch's count, not Watch + phone"
    );
    assert_eq!(day["factors"]["sleep_h"], 7.5);
    let typed = d.json(&["day", "--date", "2026-11-03", "--json"]);
    assert_eq!(typed["factors"]["steps"], 5000.0, "the person's word wins");
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(
        again["added"], 0,
        "re-importing the same export adds nothing"
    );
    let xml = d.write("export.xml", &export_xml());
    assert_eq!(d.json(&["import", s(&xml), "--json"])["added"], 0);
}

#[test]
fn a_broken_export_changes_nothing() {
    let d = Sandbox::new();
    let whole = export_xml();
    let cut = d.write("export.xml", &whole[..whole.len() / 2]);
    let (code, stderr) = d.fails(&["import", s(&cut)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    let zip = zipped(&d, "x/export.xml", &whole);
    let bytes = std::fs::read(&zip).expect("read");
    let broken = d.path("broken.zip");
    std::fs::write(&broken, &bytes[..bytes.len() - 200]).expect("write");
    let (code, stderr) = d.fails(&["import", s(&broken)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    assert_eq!(d.backup()["days"], serde_json::json!([]));
}

#[test]
fn a_realistic_export_imports_every_day_as_its_truth() {
    let d = Sandbox::new();
    let mut xml = Vec::new();
    let truth = generator::generate(&mut xml, 45, 7).expect("generate");
    // A localized entry name, beside the clinical documents a real archive holds.
    let zip = zip_of(
        &d,
        "Export.zip",
        &[
            (
                "apple_health_export/export_cda.xml",
                b"<?xml version=\"1.0\"?><ClinicalDocument/>",
            ),
            ("apple_health_export/Exportieren.xml", &xml),
        ],
    );
    let report = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(report["files"][0]["kind"], "Apple Health export");
    let days = days_of(&d);
    let mut nights_with_sleep = 0;
    let mut worst = 0.0f64;
    for (date, want) in &truth {
        let got = &days[&date.to_string()];
        // The Health app's rule to the second, read at minute resolution: within 3%.
        let steps = got["steps"].as_f64().expect("steps");
        assert!(
            (steps - want.steps as f64).abs() <= 0.03 * want.steps as f64 + 1.0,
            "{date}: {steps} steps against the Health app's {}: the Watch's records, and the phone's only where no Watch record covers them",
            want.steps
        );
        worst = worst.max((steps - want.steps as f64).abs() / (want.steps as f64).max(1.0));
        if let Some(seconds) = want.sleep_s {
            let hours = got["sleep_h"].as_f64().expect("sleep");
            assert!(
                (hours * 3600.0 - seconds as f64).abs() <= 18.0,
                "{date}: {hours} h"
            );
            assert!((3.0..12.0).contains(&hours), "{date}: plausible, {hours} h");
            nights_with_sleep += 1;
        }
    }
    assert!(
        nights_with_sleep > 30,
        "most nights have sleep: {nights_with_sleep}"
    );
    eprintln!(
        "steps: the largest day's difference from the Health app's rule {:.2}%",
        worst * 100.0
    );
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(
        (again["added"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );
}

fn one_day_export(days: &[(&str, u32)]) -> String {
    let mut body = String::from("<?xml version=\"1.0\"?>\n<HealthData locale=\"en_GB\">\n");
    for (date, steps) in days {
        body.push_str(&format!(
            "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Watch\" unit=\"count\" startDate=\"{date} 10:00:00 +0000\" endDate=\"{date} 10:30:00 +0000\" value=\"{steps}\"/>\n"
        ));
    }
    body.push_str("</HealthData>\n");
    body
}

#[test]
fn a_newer_export_updates_what_an_older_one_brought_but_never_what_was_typed() {
    let d = Sandbox::new();
    d.ok(&["day", "--date", "2026-11-02", "--steps", "7000"]);
    // Exported on the 3rd at noon: the 3rd is only half walked.
    let old = d.write(
        "old.xml",
        &one_day_export(&[
            ("2026-11-01", 8000),
            ("2026-11-02", 6500),
            ("2026-11-03", 2000),
        ]),
    );
    d.json(&["import", s(&old), "--json"]);
    let newer = d.write(
        "new.xml",
        &one_day_export(&[
            ("2026-11-01", 8000),
            ("2026-11-02", 6500),
            ("2026-11-03", 9100),
            ("2026-11-04", 4000),
        ]),
    );
    let report = d.json(&["import", s(&newer), "--json"]);
    assert_eq!(report["added"], 1, "the 4th is new");
    assert_eq!(
        report["updated"], 1,
        "the 3rd was half a day in the older export"
    );
    let conflicts = report["conflicts"].as_array().expect("conflicts");
    assert_eq!(
        conflicts[0], "2026-11-02 steps: 6500 in the file, 7000 typed in the diary (kept)",
        "both values are shown"
    );
    let days = days_of(&d);
    assert_eq!(days["2026-11-03"]["steps"], 9100.0);
    assert_eq!(
        days["2026-11-02"]["steps"], 7000.0,
        "the person's word wins"
    );
    // The text report names both values too.
    let text = d.ok(&["import", s(&newer)]);
    assert!(
        text.contains("6500 in the file, 7000 typed in the diary (kept)"),
        "{text}"
    );
}

fn fitbit_minutes(date_us: &str, hour: u32, steps: &[u32]) -> String {
    let points: Vec<String> = steps
        .iter()
        .enumerate()
        .map(|(m, v)| {
            format!("{{\"dateTime\":\"{date_us} {hour:02}:{m:02}:00\",\"value\":\"{v}\"}}")
        })
        .collect();
    format!("[{}]", points.join(","))
}

#[test]
fn a_fitbit_takeout_archive_imports_steps_activity_and_sleep_once() {
    let d = Sandbox::new();
    // Two monthly files that overlap (a re-export): the 9 o'clock hour of 11/02 is in both.
    let november = format!(
        "[{},{}]",
        fitbit_minutes("11/01/26", 9, &[100, 120, 80]).trim_matches(['[', ']']),
        fitbit_minutes("11/02/26", 9, &[50, 60]).trim_matches(['[', ']'])
    );
    let overlap = fitbit_minutes("11/02/26", 9, &[50, 60]);
    let very = r#"[{"dateTime":"11/01/26 00:00:00","value":"20"},{"dateTime":"11/02/26 00:00:00","value":"0"}]"#;
    let moderately = r#"[{"dateTime":"11/01/26 00:00:00","value":"15"}]"#;
    let exercise = r#"[{"logId":1,"activityName":"Walk","activityTypeId":90013,"calories":120,"duration":1800000,"activeDuration":1740000,"steps":2500,"logType":"auto_detected","startTime":"11/01/26 17:02:00"}]"#;
    // The night of 11/01: the tracker's main sleep and a shorter overlapping copy; a nap
    // the next afternoon belongs to the night of 11/02.
    let sleep = r#"[
      {"logId":10,"dateOfSleep":"2026-11-02","startTime":"2026-11-01T23:10:00.000","endTime":"2026-11-02T06:40:00.000","minutesAsleep":412,"minutesAwake":38,"timeInBed":450,"type":"stages","mainSleep":true},
      {"logId":11,"dateOfSleep":"2026-11-02","startTime":"2026-11-02T01:00:00.000","endTime":"2026-11-02T05:00:00.000","minutesAsleep":200,"minutesAwake":40,"timeInBed":240,"type":"classic","mainSleep":false},
      {"logId":12,"dateOfSleep":"2026-11-02","startTime":"2026-11-02T14:00:00.000","endTime":"2026-11-02T14:45:00.000","minutesAsleep":40,"minutesAwake":5,"timeInBed":45,"type":"classic","mainSleep":false}
    ]"#;
    let root = "Takeout/Fitbit/Global Export Data";
    let zip = zip_of(
        &d,
        "takeout-20261128T101010Z-001.zip",
        &[
            ("Takeout/archive_browser.html", b"<html></html>"),
            (
                &format!("{root}/steps-2026-11-01.json"),
                november.as_bytes(),
            ),
            (&format!("{root}/steps-2026-11-02.json"), overlap.as_bytes()),
            (
                &format!("{root}/very_active_minutes-2026-11-01.json"),
                very.as_bytes(),
            ),
            (
                &format!("{root}/moderately_active_minutes-2026-11-01.json"),
                moderately.as_bytes(),
            ),
            (&format!("{root}/exercise-0.json"), exercise.as_bytes()),
            (&format!("{root}/sleep-2026-11-01.json"), sleep.as_bytes()),
            (&format!("{root}/heart_rate-2026-11-01.json"), b"[]"),
        ],
    );
    let report = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(report["files"][0]["kind"], "Fitbit export");
    let days = days_of(&d);
    assert_eq!(days["2026-11-01"]["steps"], 300.0);
    assert_eq!(
        days["2026-11-02"]["steps"], 110.0,
        "the overlapping copy counts once"
    );
    assert_eq!(
        days["2026-11-01"]["exercise_min"], 35.0,
        "very + moderately active"
    );
    assert_eq!(
        days["2026-11-01"]["sleep_h"], 6.87,
        "412 minutes asleep, the copy not added"
    );
    assert_eq!(
        days["2026-11-02"]["sleep_h"], 0.67,
        "the afternoon nap starts the next night"
    );
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(again["added"], 0, "re-importing adds nothing");

    // A damaged file inside the archive: named, and nothing imported.
    let d = Sandbox::new();
    let broken = zip_of(
        &d,
        "takeout.zip",
        &[
            (
                &format!("{root}/steps-2026-11-01.json"),
                november.as_bytes(),
            ),
            (
                &format!("{root}/sleep-2026-11-01.json"),
                b"[{\"startTime\": 12",
            ),
        ],
    );
    let (code, stderr) = d.fails(&["import", s(&broken)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("sleep-2026-11-01.json"), "{stderr}");
    assert!(stderr.contains("line 1, column"), "{stderr}");
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    assert_eq!(d.backup()["days"], serde_json::json!([]));
}

/// Fitbit's "MM/DD/YY HH:MM:SS".
fn us(date: jiff::civil::Date, hour: i64, minute: i64) -> String {
    format!(
        "{:02}/{:02}/{:02} {hour:02}:{minute:02}:00",
        date.month(),
        date.day(),
        date.year() % 100
    )
}

#[test]
fn a_generated_fitbit_takeout_matches_its_truth_day_by_day() {
    let d = Sandbox::new();
    let first = jiff::civil::date(2026, 7, 1);
    let days: Vec<jiff::civil::Date> = (0..75)
        .map(|i| first.checked_add(jiff::Span::new().days(i)).expect("date"))
        .collect();
    let mut state: u64 = 11;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    };
    // Minute steps in monthly files, as Fitbit writes them; plus a file that repeats the
    // second half of August (an overlapping re-export).
    let mut monthly: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut repeat: Vec<String> = Vec::new();
    let mut steps_truth: BTreeMap<jiff::civil::Date, u64> = BTreeMap::new();
    let mut sleep_truth: BTreeMap<jiff::civil::Date, f64> = BTreeMap::new();
    let mut sleep_logs = Vec::new();
    let mut very = Vec::new();
    for day in &days {
        for hour in 7..23 {
            for minute in 0..60 {
                let v = if next(10) < 3 { 60 + next(60) } else { 0 };
                *steps_truth.entry(*day).or_insert(0) += v;
                let point = format!(
                    "{{\"dateTime\":\"{}\",\"value\":\"{v}\"}}",
                    us(*day, hour, minute)
                );
                if day.month() == 8 && day.day() >= 15 {
                    repeat.push(point.clone());
                }
                monthly
                    .entry(format!("steps-{}-{:02}-01.json", day.year(), day.month()))
                    .or_default()
                    .push(point);
            }
        }
        let asleep = 300 + next(200);
        sleep_truth.insert(*day, (asleep as f64 / 60.0 * 100.0).round() / 100.0);
        let tomorrow = day.tomorrow().expect("date");
        sleep_logs.push(format!(
            "{{\"dateOfSleep\":\"{tomorrow}\",\"startTime\":\"{day}T23:{:02}:00.000\",\"endTime\":\"{tomorrow}T07:{:02}:00.000\",\"minutesAsleep\":{asleep},\"mainSleep\":true}}",
            next(50),
            next(50)
        ));
        if day.day() % 10 == 0 {
            // A second, shorter log of the same night (a phone and the tracker).
            sleep_logs.push(format!(
                "{{\"dateOfSleep\":\"{tomorrow}\",\"startTime\":\"{tomorrow}T01:00:00.000\",\"endTime\":\"{tomorrow}T04:00:00.000\",\"minutesAsleep\":{},\"mainSleep\":false}}",
                asleep / 3
            ));
        }
        very.push(format!(
            "{{\"dateTime\":\"{}\",\"value\":\"{}\"}}",
            us(*day, 0, 0),
            day.day()
        ));
    }
    let root = "Takeout/Fitbit/Global Export Data";
    let mut files: Vec<(String, Vec<u8>)> = monthly
        .into_iter()
        .map(|(name, points)| {
            (
                format!("{root}/{name}"),
                format!("[{}]", points.join(",")).into_bytes(),
            )
        })
        .collect();
    files.push((
        format!("{root}/steps-2026-08-15.json"),
        format!("[{}]", repeat.join(",")).into_bytes(),
    ));
    files.push((
        format!("{root}/sleep-2026-07-01.json"),
        format!("[{}]", sleep_logs.join(",")).into_bytes(),
    ));
    files.push((
        format!("{root}/very_active_minutes-2026-07-01.json"),
        format!("[{}]", very.join(",")).into_bytes(),
    ));
    let entries: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let zip = zip_of(&d, "takeout-001.zip", &entries);
    let report = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(report["files"][0]["kind"], "Fitbit export");
    let diary = days_of(&d);
    for day in &days {
        let got = &diary[&day.to_string()];
        assert_eq!(
            got["steps"].as_f64(),
            Some(steps_truth[day] as f64),
            "{day}: steps counted once"
        );
        assert_eq!(
            got["sleep_h"].as_f64(),
            Some(sleep_truth[day]),
            "{day}: the main sleep, once"
        );
        assert_eq!(
            got["exercise_min"].as_f64(),
            Some(f64::from(day.day())),
            "{day}"
        );
    }
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(
        (again["added"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );
}

/// An export that holds records but none the diary uses says what it found, exits 2 and
/// imports nothing; a folder with no export in it, or a file of another kind, gets the
/// list of what `import` accepts, never an operating-system error.
#[test]
fn an_import_that_finds_nothing_to_use_says_what_it_found_and_what_import_accepts() {
    let d = Sandbox::new();
    let mut heart = String::from("<?xml version=\"1.0\"?>\n<HealthData locale=\"en_US\">\n");
    for i in 0..3067 {
        heart.push_str(&format!(
            " <Record type=\"HKQuantityTypeIdentifierHeartRate\" source=\"Anna's iPhone\" unit=\"count/min\" startDate=\"2014{:02}{:02}080000-0800\" endDate=\"2014{:02}{:02}080000-0800\" value=\"70\"/>\n",
            1 + i % 12, 1 + i % 28, 1 + i % 12, 1 + i % 28
        ));
    }
    heart.push_str("</HealthData>\n");
    let file = d.write("export.xml", &heart);
    let before = d.backup();
    let (status, stderr) = d.fails(&["import", s(&file)]);
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.contains("an Apple Health export with 3067 records (HeartRate 3067), none of which becomes a diary value"),
        "{stderr}"
    );
    assert!(
        stderr.contains("reads steps, exercise minutes, workouts, sleep, water and caffeine"),
        "{stderr}"
    );
    assert_eq!(d.backup(), before, "nothing was imported");

    let folder = d.path("Samsung Health");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(
        folder.join("com.samsung.health.step_daily_trend.csv"),
        "x\n",
    )
    .expect("file");
    let (status, stderr) = d.fails(&["import", s(&folder)]);
    assert_eq!(status, 2, "{stderr}");
    assert!(!stderr.contains("os error"), "never an OS error: {stderr}");
    assert!(
        stderr.contains("is a folder") && stderr.contains("nightcramp import accepts:"),
        "{stderr}"
    );
    let photo = d.write("holiday.jpg", "\u{ff}\u{d8}\u{ff} not a diary");
    let (status, stderr) = d.fails(&["import", s(&photo)]);
    assert_eq!(status, 2);
    assert!(
        stderr.contains("not a file nightcramp knows. nightcramp import accepts:")
            && stderr.contains("Apple Health export"),
        "{stderr}"
    );
}

/// Fitbit's minute steps are in UTC: in New York, a walk at 03:30 UTC on 2 July was at
/// 23:30 on 1 July and counts for 1 July; across the autumn clock change too.
#[test]
fn fitbit_minute_steps_in_utc_land_on_the_person_s_local_day() {
    let mut d = Sandbox::new();
    d.at("2026-11-28T09:00:00-05:00");
    d.ok(&["profile", "--timezone", "America/New_York"]);
    let points = [
        ("07/01/26 14:00:00", 100), // 10:00 on 1 July (EDT, UTC-4)
        ("07/02/26 03:30:00", 500), // 23:30 on 1 July
        ("07/02/26 04:10:00", 40),  // 00:10 on 2 July
        ("11/02/26 04:30:00", 70),  // 23:30 on 1 November (EST from 1 November, UTC-5)
    ];
    let json = format!(
        "[{}]",
        points
            .iter()
            .map(|(t, v)| format!("{{\"dateTime\":\"{t}\",\"value\":\"{v}\"}}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    let file = d.write("steps-2026-07-01.json", &json);
    d.ok(&["import", s(&file)]);
    let days = days_of(&d);
    let steps = |date: &str| days.get(date).and_then(|f| f["steps"].as_f64());
    assert_eq!(steps("2026-07-01"), Some(600.0), "{days:?}");
    assert_eq!(steps("2026-07-02"), Some(40.0));
    assert_eq!(steps("2026-11-01"), Some(70.0));
    assert_eq!(steps("2026-11-02"), None);
}

/// A Garmin account export, generated from the format's public description: daily
/// summaries in two files whose date ranges overlap, sleep with its stages (its date the
/// morning it ended), FIT activity files; checked day by day against the generator's truth.
#[test]
fn a_garmin_export_imports_steps_minutes_and_sleep_once_and_skips_fit_files() {
    let d = Sandbox::new();
    let first = jiff::civil::date(2026, 3, 1);
    let mut truth: BTreeMap<String, (u64, u64, f64)> = BTreeMap::new();
    let mut summaries: Vec<String> = Vec::new();
    let mut sleep: Vec<String> = Vec::new();
    for i in 0..40i64 {
        let day = first.checked_add(jiff::Span::new().days(i)).expect("date");
        let steps = 3000 + (i as u64 * 977) % 9000;
        let (moderate, vigorous) = ((i as u64 * 7) % 40, (i as u64 * 3) % 15);
        summaries.push(format!(
            "{{\"userProfilePK\":1,\"calendarDate\":\"{day}\",\"totalSteps\":{steps},\"moderateIntensityMinutes\":{moderate},\"vigorousIntensityMinutes\":{vigorous},\"restingHeartRate\":58}}"
        ));
        let morning = day.tomorrow().expect("date");
        let (deep, light, rem, awake) = (3600 + i * 60, 12_000 + i * 30, 5400, 1200);
        sleep.push(format!(
            "{{\"calendarDate\":\"{morning}\",\"sleepStartTimestampGMT\":\"{day}T22:30:00.0\",\"sleepEndTimestampGMT\":\"{morning}T06:40:00.0\",\"deepSleepSeconds\":{deep},\"lightSleepSeconds\":{light},\"remSleepSeconds\":{rem},\"awakeSleepSeconds\":{awake}}}"
        ));
        let hours = ((deep + light + rem) as f64 / 36.0).round() / 100.0;
        truth.insert(day.to_string(), (steps, moderate + vigorous, hours));
    }
    let root = "DI_CONNECT";
    let first_file = format!("[{}]", summaries[..25].join(","));
    let second_file = format!("[{}]", summaries[20..].join(","));
    let sleep_file = format!("[{}]", sleep.join(","));
    let zip = zip_of(
        &d,
        "garmin.zip",
        &[
            (
                &format!("{root}/DI-Connect-Aggregator/UDSFile_2026-03-01_2026-03-25.json"),
                first_file.as_bytes(),
            ),
            (
                &format!("{root}/DI-Connect-Aggregator/UDSFile_2026-03-21_2026-04-09.json"),
                second_file.as_bytes(),
            ),
            (
                &format!("{root}/DI-Connect-Wellness/2026-03-01_2026-04-10_123_sleepData.json"),
                sleep_file.as_bytes(),
            ),
            (
                &format!("{root}/DI-Connect-Fitness-Uploaded-Files/run_1.fit"),
                b".FIT binary",
            ),
            (
                &format!("{root}/DI-Connect-Fitness-Uploaded-Files/run_2.fit"),
                b".FIT binary",
            ),
        ],
    );
    let out = d.ok(&["import", s(&zip)]);
    assert!(out.contains("Garmin export with 40 days"), "{out}");
    assert!(out.contains("2 FIT activity files skipped"), "{out}");
    let days = days_of(&d);
    for (date, (steps, minutes, hours)) in &truth {
        let got = &days[date];
        assert_eq!(
            got["steps"].as_f64(),
            Some(*steps as f64),
            "{date}: overlapping files count once"
        );
        assert_eq!(
            got["exercise_min"].as_f64(),
            Some(*minutes as f64),
            "{date}"
        );
        assert_eq!(
            got["sleep_h"].as_f64(),
            Some(*hours),
            "{date}: the night before the morning it ended"
        );
    }
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(
        (again["added"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );

    let broken = zip_of(
        &d,
        "broken.zip",
        &[(
            &format!("{root}/DI-Connect-Aggregator/UDSFile_2026-05-01_2026-05-02.json"),
            b"[{\"calendarDate\": \"2026-05-01\", \"totalSteps\": 12",
        )],
    );
    let before = d.backup();
    let (status, stderr) = d.fails(&["import", s(&broken)]);
    assert_eq!(status, 2);
    assert!(
        stderr.contains("UDSFile_2026-05-01_2026-05-02.json") && stderr.contains("line 1"),
        "{stderr}"
    );
    assert_eq!(d.backup(), before, "nothing imported");
}

/// The files of an export written into a folder, as an unzipped archive is.
fn folder_of(d: &Sandbox, name: &str, files: &[(String, Vec<u8>)]) -> std::path::PathBuf {
    let root = d.path(name);
    for (path, bytes) in files {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().expect("a folder")).expect("folders");
        std::fs::write(file, bytes).expect("write");
    }
    root
}

/// A generated Takeout with Fitbit's JSON files and the newer CSV files over the same weeks
/// (the tracker, the phone and Health Connect's mirror writing the same minutes; sleep in
/// both forms, some nights as stages only): each minute and each sleep counted once, day by
/// day as the generator's truth says. The diary names no zone, so the UTC minutes go on the
/// days of the Takeout profile's zone, and the import says so; a diary with a zone of its
/// own keeps it.
#[test]
fn a_takeout_with_fitbit_json_and_csv_files_counts_each_minute_and_sleep_once() {
    // From 19 February: the night of 7 March, across New York's spring clock change, is one
    // of the nights known only by their stages.
    let export = fitbit_generator::generate(jiff::civil::date(2026, 2, 19), 40, "America/New_York");
    let d = Sandbox::new();
    let entries: Vec<(&str, &[u8])> = export
        .files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let zip = zip_of(&d, "takeout-20260401T000000Z-001.zip", &entries);
    let out = d.ok(&["import", s(&zip)]);
    assert!(
        out.contains("placed on the days of America/New_York (your Fitbit profile's time zone)"),
        "{out}"
    );
    let new_york = jiff::tz::TimeZone::get("America/New_York").expect("zone");
    let check = |d: &Sandbox, zone: &jiff::tz::TimeZone, what: &str| {
        let days = days_of(d);
        let truth = export.steps_in(zone);
        assert!(truth.len() >= 40, "{}", truth.len());
        for (date, steps) in &truth {
            assert_eq!(
                days[&date.to_string()]["steps"].as_f64(),
                Some(*steps as f64),
                "{what}: {date}: each minute once, from its best source"
            );
        }
        for (night, hours) in &export.sleep_h {
            assert_eq!(
                days[&night.to_string()]["sleep_h"].as_f64(),
                Some(*hours),
                "{what}: night of {night}: asleep once"
            );
        }
    };
    check(&d, &new_york, "the zip");
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(
        (again["added"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0)),
        "re-importing adds nothing"
    );

    let unzipped = Sandbox::new();
    let folder = folder_of(&unzipped, "Takeout export", &export.files);
    unzipped.ok(&["import", s(&folder)]);
    check(&unzipped, &new_york, "the unzipped folder");

    let mut berlin = Sandbox::new();
    berlin.at("2026-04-01T09:00:00+02:00");
    berlin.ok(&["profile", "--timezone", "Europe/Berlin"]);
    let out = berlin.ok(&["import", s(&zip)]);
    assert!(
        out.contains("placed on the days of Europe/Berlin (your diary's time zone)"),
        "{out}"
    );
    check(
        &berlin,
        &jiff::tz::TimeZone::get("Europe/Berlin").expect("zone"),
        "the diary's own zone",
    );
}

/// A Fitbit CSV file that is not what its name says is refused with its name and line, and
/// nothing of the archive is imported; a spreadsheet of the person's own that happens to be
/// named like one is not taken for Fitbit's.
#[test]
fn a_damaged_fitbit_csv_names_its_line_and_imports_nothing() {
    let d = Sandbox::new();
    let root = "Takeout/Fitbit/Physical Activity_GoogleData/Steps";
    let zip = zip_of(
        &d,
        "takeout.zip",
        &[
            (
                &format!("{root}/steps_2026-03-01.csv"),
                b"timestamp,steps,data source\n2026-03-01T10:00:00Z,12,MobileTrack\n2026-03-01T10:01:00Z,twelve,MobileTrack\n",
            ),
        ],
    );
    let (code, stderr) = d.fails(&["import", s(&zip)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("steps_2026-03-01.csv: line 3: expected a UTC time like 2026-09-12T05:00:00Z and a step count, found \"2026-03-01T10:01:00Z\" and \"twelve\""),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    assert_eq!(d.backup()["days"], serde_json::json!([]));
    let wrong_header = zip_of(
        &d,
        "wrong.zip",
        &[(
            &format!("{root}/steps_2026-03-01.csv"),
            b"when,count\n1,2\n",
        )],
    );
    let (code, stderr) = d.fails(&["import", s(&wrong_header)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("expected a header with the columns timestamp, steps; found when, count"),
        "{stderr}"
    );
    let own = d.write(
        "steps_2026-03-01.csv",
        "date,steps_walked\n2026-03-01,5000\n",
    );
    let (code, stderr) = d.fails(&["import", s(&own)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        !stderr.contains("Fitbit"),
        "not taken for Fitbit's: {stderr}"
    );
}

/// Samsung Health's download of personal data, generated with its quirks (a byte-order
/// mark, a line before the header, prefixed columns, UTC times with their offsets beside,
/// epoch-millisecond days, a field more than the header, placeholder rows from 1970, steps
/// per device and all devices together, overlapping sleep sessions, a repeated workout),
/// imported as the folder and as a zip: every day as its truth, across the spring clock
/// change.
#[test]
fn a_samsung_health_download_imports_steps_sleep_and_exercise_day_by_day() {
    let export = samsung_generator::generate(jiff::civil::date(2026, 3, 10), 50, "Europe/Berlin");
    let check = |d: &Sandbox, what: &str| {
        let days = days_of(d);
        for (date, steps) in &export.steps {
            let got = &days[&date.to_string()];
            assert_eq!(
                got["steps"].as_f64(),
                Some(*steps as f64),
                "{what}: {date}: every device together, once"
            );
            assert_eq!(
                got["exercise_min"].as_f64(),
                export.exercise_min.get(date).map(|m| *m as f64),
                "{what}: {date}: exercise minutes"
            );
        }
        for (night, hours) in &export.sleep_h {
            assert_eq!(
                days[&night.to_string()]["sleep_h"].as_f64(),
                Some(*hours),
                "{what}: night of {night}"
            );
        }
    };
    let d = Sandbox::new();
    let folder = folder_of(&d, "Samsung Health", &export.files);
    let out = d.ok(&["import", s(&folder)]);
    assert!(out.contains("Samsung Health export with"), "{out}");
    assert!(
        out.contains(&format!(
            "{} rows dated before 2010 skipped",
            export.placeholders
        )),
        "{out}"
    );
    check(&d, "the folder");
    let again = d.json(&["import", s(&folder), "--json"]);
    assert_eq!(
        (again["added"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0)),
        "re-importing adds nothing"
    );

    let zipped = Sandbox::new();
    let entries: Vec<(&str, &[u8])> = export
        .files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let zip = zip_of(&zipped, "samsung.zip", &entries);
    zipped.ok(&["import", s(&zip)]);
    check(&zipped, "the zip");
}

/// A Samsung Health file that is not what its name says: its name and line, nothing
/// imported; a folder of Samsung files none of which nightcramp reads says what it reads.
#[test]
fn a_damaged_samsung_health_file_names_its_line_and_imports_nothing() {
    let d = Sandbox::new();
    let folder = d.path("samsunghealth_ann_20260401101010");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(
        folder.join("com.samsung.shealth.sleep.20260401101010.csv"),
        "\u{feff}com.samsung.shealth.sleep,7006003,11\ncom.samsung.health.sleep.start_time,com.samsung.health.sleep.end_time,com.samsung.health.sleep.time_offset,com.samsung.health.sleep.datauuid\n2026-03-01 22:00:00.000,2026-03-02 06:00:00.000,UTC+0100,a,\n2026-03-02 22:00:00.000,yesterday,UTC+0100,b,\n",
    )
    .expect("file");
    std::fs::write(
        folder.join("com.samsung.shealth.step_daily_trend.20260401101010.csv"),
        "com.samsung.shealth.step_daily_trend,6313003,3\nday_time,count,source_type\n1772409600000,5000,-2,\n",
    )
    .expect("file");
    let (code, stderr) = d.fails(&["import", s(&folder)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("com.samsung.shealth.sleep.20260401101010.csv: line 4: expected UTC times like 2024-06-01 22:30:00.000 and an offset like UTC+0200, found \"2026-03-02 22:00:00.000\", \"yesterday\" and \"UTC+0100\""),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    assert_eq!(d.backup()["days"], serde_json::json!([]));

    // A day after tomorrow (a phone whose clock was wrong) is left out, and said.
    let future = d.path("future");
    std::fs::create_dir_all(&future).expect("folder");
    std::fs::write(
        future.join("com.samsung.shealth.step_daily_trend.20260401101010.csv"),
        "com.samsung.shealth.step_daily_trend,6313003,3\nday_time,count,source_type\n1772409600000,5000,-2,\n1925078400000,7000,-2,\n",
    )
    .expect("file");
    let out = d.ok(&["import", s(&future)]);
    assert!(
        out.contains("1 day dated before 1900 or after tomorrow left out"),
        "{out}"
    );
    let days = days_of(&d);
    assert_eq!(days["2026-03-02"]["steps"], 5000.0);
    assert!(!days.contains_key("2031-01-01"), "{days:?}");

    let others = d.path("only heart rate");
    std::fs::create_dir_all(&others).expect("folder");
    std::fs::write(
        others.join("com.samsung.shealth.tracker.heart_rate.20260401101010.csv"),
        "com.samsung.shealth.tracker.heart_rate,1,1\nstart_time,heart_rate\n2026-03-01 10:00:00.000,70,\n",
    )
    .expect("file");
    let (code, stderr) = d.fails(&["import", s(&others)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(
            "a Samsung Health export with 1 file and no days in it: nightcramp reads daily steps"
        ),
        "{stderr}"
    );
}

/// Health Connect's export: the zip with its SQLite database, generated with two apps that
/// count the same walks and sleeps (a tracker and the phone), records with and without a
/// UTC offset written: steps by the Health app's rule (the tracker's, and the phone's only
/// for the seconds the tracker did not cover), sleep and exercise minutes counted once, day
/// by day as the generator's truth. The database on its own imports the same.
#[test]
fn a_health_connect_export_imports_each_span_once_day_by_day() {
    let mut d = Sandbox::new();
    d.at("2026-05-01T09:00:00+02:00");
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    let db = d.path("health_connect_export.db");
    let export = health_connect_generator::generate(
        &db,
        jiff::civil::date(2026, 3, 20),
        21,
        "Europe/Berlin",
    );
    let bytes = std::fs::read(&db).expect("the database");
    let zip = zip_of(
        &d,
        "Health Connect.zip",
        &[("health_connect_export.db", &bytes)],
    );
    let check = |d: &Sandbox, what: &str| {
        let days = days_of(d);
        for (date, steps) in &export.steps {
            let got = days[&date.to_string()]["steps"].as_f64().expect("steps");
            assert!(
                (got - steps).abs() <= 1.0,
                "{what}: {date}: {got} steps, the rule says {steps}"
            );
            assert_eq!(
                days[&date.to_string()]["exercise_min"].as_f64(),
                export.exercise_min.get(date).copied(),
                "{what}: {date}: exercise minutes once"
            );
        }
        for (night, hours) in &export.sleep_h {
            assert_eq!(
                days[&night.to_string()]["sleep_h"].as_f64(),
                Some(*hours),
                "{what}: night of {night}"
            );
        }
    };
    let out = d.ok(&["import", s(&zip)]);
    assert!(out.contains("Health Connect export with"), "{out}");
    check(&d, "the zip");
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(
        (again["added"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0)),
        "re-importing adds nothing"
    );

    let mut alone = Sandbox::new();
    alone.at("2026-05-01T09:00:00+02:00");
    alone.ok(&["profile", "--timezone", "Europe/Berlin"]);
    let copy = alone.path("health_connect_export.db");
    std::fs::write(&copy, &bytes).expect("copy");
    alone.ok(&["import", s(&copy)]);
    check(&alone, "the database alone");
}

/// A damaged Health Connect database, and SQLite files that are not one: named, with why;
/// nothing imported.
#[test]
fn a_damaged_or_foreign_health_connect_database_is_refused() {
    let d = Sandbox::new();
    let db = d.path("source.db");
    health_connect_generator::generate(&db, jiff::civil::date(2026, 3, 20), 5, "UTC");
    let mut bytes = std::fs::read(&db).expect("the database");
    // Keep the header, overwrite the pages after the first: the tables' contents are gone.
    for b in bytes.iter_mut().skip(4096) {
        *b = 0x5a;
    }
    let zip = zip_of(
        &d,
        "Health Connect.zip",
        &[("health_connect_export.db", &bytes)],
    );
    let (code, stderr) = d.fails(&["import", s(&zip)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("Health Connect.zip: health_connect_export.db"),
        "names the file: {stderr}"
    );
    assert!(
        stderr.contains("the database is damaged (database disk image is malformed): export it again from Health Connect's settings"),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    assert_eq!(d.backup()["days"], serde_json::json!([]));

    // Another program's SQLite file under the export's name, and on its own.
    let other = d.path("other.db");
    rusqlite::Connection::open(&other)
        .expect("open")
        .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');")
        .expect("a table");
    let other_bytes = std::fs::read(&other).expect("read");
    let zip = zip_of(
        &d,
        "other.zip",
        &[("health_connect_export.db", &other_bytes)],
    );
    let (code, stderr) = d.fails(&["import", s(&zip)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(
            "not a Health Connect export: it has no application_info_table (it has notes)"
        ),
        "{stderr}"
    );
    let (code, stderr) = d.fails(&["import", s(&other)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not a file nightcramp knows"), "{stderr}");
}

/// Uploads are kept beside the diary while they are read, never left there: what a killed
/// server left is removed when the next one starts (an interrupted upload once stayed in
/// the temporary folder forever, at its full size), while a running server's upload and
/// anything else in the folder are left alone.
#[cfg(target_os = "linux")]
#[test]
fn an_upload_left_by_a_killed_server_is_removed_at_the_next_start() {
    let d = Sandbox::new();
    let uploads = d.path(".nightcramp-uploads");
    // No process has this id (Linux's largest is 4194304).
    let dead = uploads.join("nightcramp-upload-4194305000-abc123");
    let running = uploads.join(format!("nightcramp-upload-{}-def456", std::process::id()));
    for folder in [&dead, &running] {
        std::fs::create_dir_all(folder).expect("folder");
        std::fs::write(folder.join("export.xml"), vec![b'x'; 1 << 20]).expect("file");
    }
    std::fs::write(uploads.join("mine.txt"), "not ours").expect("file");
    let server = d.serve();
    assert!(!dead.exists(), "a killed server's upload is removed");
    assert!(running.exists(), "a running server's upload is left alone");
    assert!(uploads.join("mine.txt").exists());

    let (status, _, answer) = crate::support::http(
        &server,
        "POST",
        "/api/import?name=export.xml",
        None,
        None,
        &one_day_export(&[("2026-11-20", 4321)]),
    );
    assert_eq!(status, 200, "{answer}");
    let mut left: Vec<String> = std::fs::read_dir(&uploads)
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        vec![
            "mine.txt".to_string(),
            running
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        ],
        "the upload read leaves nothing behind"
    );
    drop(server);
    assert_eq!(days_of(&d)["2026-11-20"]["steps"], 4321.0);
}
