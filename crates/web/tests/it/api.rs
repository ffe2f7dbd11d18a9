//! The JSON API: validation, idempotent writes, and the contract shapes.

use axum::body::Body;

use crate::support::{App, request};

const CRAMP: &str = r#"{"id":"7f0a3c52-1d2e-4b8a-9c3d-2e1f0a9b8c7d","started_at":"2026-11-27T03:10:00+01:00","duration_s":90,"muscle":"calf","side":"left","intensity":6,"woke":true,"relief":["stretch"]}"#;

#[tokio::test]
async fn a_cramp_sent_twice_is_stored_once() {
    let app = App::new(None);
    let (status, first) = app.json("POST", "/api/episodes", CRAMP).await;
    assert_eq!(status, 201);
    assert_eq!(first["night"], "2026-11-26");
    assert_eq!(first["relief"], serde_json::json!(["stretch"]));
    let (status, _) = app.json("POST", "/api/episodes", CRAMP).await;
    assert_eq!(status, 200, "a retry after a lost answer changes nothing");
    let (_, all) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(all.as_array().map(Vec::len), Some(1));
    let changed = CRAMP.replace("\"intensity\":6", "\"intensity\":9");
    let (status, body) = app.json("POST", "/api/episodes", &changed).await;
    assert_eq!(status, 409, "{body}");
}

#[tokio::test]
async fn bad_input_names_the_field_and_changes_nothing() {
    let app = App::new(None);
    let (status, body) = app
        .json(
            "POST",
            "/api/episodes",
            &CRAMP.replace("\"intensity\":6", "\"intensity\":11"),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(body["field"], "intensity");
    assert_eq!(body["value"], "11");
    assert_eq!(body["allowed"], "a whole number from 1 to 10");
    let (status, body) = app.json("POST", "/api/episodes", "{not json").await;
    assert_eq!(status, 400);
    assert!(
        body["error"]
            .as_str()
            .expect("error")
            .starts_with("not valid JSON")
    );
    let (status, _) = app
        .json(
            "PUT",
            "/api/days/2026-11-20",
            r#"{"factors":{"standing_h":"lots"}}"#,
        )
        .await;
    assert_eq!(status, 422);
    let (status, body) = app
        .json(
            "PUT",
            "/api/days/2026-11-20",
            r#"{"factors":{"standing_h":9,"custom:ate late":true}}"#,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["factors"]["custom:ate late"], true);
    let (_, all) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(all, serde_json::json!([]));
}

#[tokio::test]
async fn analyses_follow_the_diary_contract() {
    let app = App::new(None);
    app.json("POST", "/api/episodes", CRAMP).await;
    let (status, insights) = app.json("GET", "/api/insights", "").await;
    assert_eq!(status, 200);
    // One logged cramp night: one known night with cramps, nothing to compare yet.
    assert_eq!(insights["nights_known"], 1);
    assert_eq!(insights["nights_with_cramps"], 1);
    assert_eq!(insights["factors"], serde_json::json!([]));
    assert!(
        insights["caution"]
            .as_str()
            .is_some_and(|c| c.contains("not proof")),
        "{insights}"
    );
    let (status, checkup) = app
        .json("GET", "/api/checkup?one_leg_swollen=yes", "")
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        (checkup["see_doctor"].as_bool(), checkup["urgency"].as_str()),
        (Some(true), Some("urgent"))
    );
    assert_eq!(checkup["reasons"][0]["code"], "red_flag");
    assert_eq!(checkup["reasons"][0]["rule"], "T2");
    assert_eq!(checkup["headline"], "URGENT: get medical care today.");
    assert_eq!(checkup["enough_data"], false, "one logged night of 28");
    assert_eq!(checkup["data"]["lookback_nights_known"], 1);
    let (status, _) = app
        .json("GET", "/api/checkup?unknown_question=yes", "")
        .await;
    assert_eq!(status, 400);
    let (status, spec) = app.json("GET", "/api/openapi.json", "").await;
    assert_eq!(status, 200);
    assert_eq!(spec["openapi"], "3.0.3");
    assert!(spec["paths"]["/api/episodes"]["post"].is_object());
    for (path, method) in [
        ("/api/experiment", "get"),
        ("/api/experiment", "post"),
        ("/api/experiment/result", "get"),
        ("/api/experiment/stop", "post"),
        ("/api/people/{person}/experiment", "get"),
        ("/api/people/{person}/experiment/result", "get"),
    ] {
        assert!(
            spec["paths"][path][method].is_object(),
            "{method} {path} documented"
        );
    }
    let required = spec["components"]["schemas"]["ExperimentResult"]["required"].clone();
    for field in [
        "verdict",
        "rate_ratio",
        "probability_meaningful",
        "nights",
        "adherence",
    ] {
        assert!(
            required
                .as_array()
                .is_some_and(|r| r.contains(&field.into())),
            "{field}"
        );
    }
}

fn apple_export(days: &[(&str, u32)]) -> String {
    let mut body = String::from(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [ <!ATTLIST broken\n]>\n<HealthData locale=\"en_GB\">\n",
    );
    for (date, steps) in days {
        for source in ["Anna's Apple Watch", "Anna's iPhone"] {
            body.push_str(&format!(
                "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"{source}\" unit=\"count\" startDate=\"{date} 10:00:00 +0100\" endDate=\"{date} 10:30:00 +0100\" value=\"{steps}\"/>\n"
            ));
        }
    }
    body.push_str("</HealthData>\n");
    body
}

#[tokio::test]
async fn an_uploaded_export_is_imported_once_and_a_damaged_one_changes_nothing() {
    let app = App::new(None);
    let xml = apple_export(&[("2026-11-01", 8000), ("2026-11-02", 6000)]);
    // Zipped, as the Health app shares it.
    let mut zipped = std::io::Cursor::new(Vec::new());
    {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(&mut zipped);
        zip.start_file(
            "apple_health_export/export.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("entry");
        zip.write_all(xml.as_bytes()).expect("write");
        zip.finish().expect("zip");
    }
    let upload = |bytes: Vec<u8>| {
        request(
            "POST",
            "/api/import",
            Some("application/octet-stream"),
            Body::from(bytes),
        )
    };
    // The person typed the 2nd herself.
    let (status, _) = app
        .json(
            "PUT",
            "/api/days/2026-11-02",
            r#"{"factors":{"steps":7000}}"#,
        )
        .await;
    assert_eq!(status, 200);
    let (status, _, text) = app.send(upload(zipped.into_inner())).await;
    assert_eq!(status, 200, "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(report["kind"], "Apple Health export");
    assert_eq!(report["added"], 1);
    assert_eq!(
        report["conflicts"][0],
        "2026-11-02 steps: 6000 in the file, 7000 typed in the diary (kept)"
    );
    let (_, typed) = app.json("GET", "/api/days/2026-11-02", "").await;
    assert_eq!(typed["factors"]["steps"], 7000.0, "the person's word wins");
    assert_eq!(
        typed["import_said"]["steps"], 6000.0,
        "and the watch's is shown"
    );
    let (_, page) = app.get("/day?date=2026-11-02").await;
    assert!(
        page.contains("Your import said 6000"),
        "the day form shows both"
    );
    let (_, day) = app.json("GET", "/api/days/2026-11-01", "").await;
    assert_eq!(
        day["factors"]["steps"], 8000.0,
        "the Watch's, not Watch + phone"
    );
    let (_, _, again) = app.send(upload(xml.clone().into_bytes())).await;
    assert!(again.contains("\"added\":0"), "{again}");

    // Cut short: refused with where, and nothing of it stored.
    let fresh = App::new(None);
    let cut = xml.as_bytes()[..xml.len() - 20].to_vec();
    let (status, _, text) = fresh.send(upload(cut)).await;
    assert_eq!(status, 422, "{text}");
    assert!(
        text.contains("near byte") && text.contains("Nothing was imported"),
        "{text}"
    );
    let (_, day) = fresh.json("GET", "/api/days/2026-11-01", "").await;
    assert_eq!(day["factors"], serde_json::json!({}), "{day}");
    // Not an export at all.
    let (status, _, text) = fresh
        .send(upload(b"date,steps\n2026-11-01,5\n".to_vec()))
        .await;
    assert_eq!(status, 422);
    assert!(text.contains("not an export nightcramp can read"), "{text}");
}

/// A later check-in that leaves the rating out keeps the stored one, as the CLI and the
/// page do (the API once erased it).
#[tokio::test]
async fn a_check_in_without_a_rating_keeps_the_stored_one() {
    let app = App::new(None);
    let (status, first) = app
        .json(
            "POST",
            "/api/checkins",
            r#"{"night": "2026-11-25", "sleep_disturbance": 4}"#,
        )
        .await;
    assert_eq!(status, 200, "{first}");
    let (status, again) = app
        .json("POST", "/api/checkins", r#"{"night": "2026-11-25"}"#)
        .await;
    assert_eq!(status, 200, "{again}");
    assert_eq!(again["sleep_disturbance"], 4);
    let (_, nights) = app
        .json("GET", "/api/nights?from=2026-11-25&to=2026-11-25", "")
        .await;
    assert_eq!(nights[0]["status"], "no_cramps");
}

/// Every kind of refusal the API gives, pinned: the field, the value and what is allowed.
#[tokio::test]
async fn error_bodies_name_the_field_the_value_and_what_is_allowed() {
    let app = App::at("2026-12-01T09:00:00+01:00", None);
    let cases = [
        ("POST", "/api/episodes", "not json"),
        ("POST", "/api/episodes", "[1, 2]"),
        (
            "POST",
            "/api/episodes",
            r#"{"started_at": "2026-12-01T10:00:00+01:00", "duration_s": 60, "muscle": "calf", "side": "left", "intensity": 5}"#,
        ),
        (
            "POST",
            "/api/episodes",
            r#"{"started_at": "2026-11-30T03:00:00+01:00", "duration_s": 60, "muscle": "ear", "side": "left", "intensity": 5}"#,
        ),
        (
            "POST",
            "/api/episodes",
            r#"{"started_at": "2026-11-30T03:00:00", "duration_s": 60, "muscle": "calf", "side": "left", "intensity": 5}"#,
        ),
        ("POST", "/api/checkins", r#"{"night": "2026-12-01"}"#),
        ("POST", "/api/checkins", r#"{"night": "2026-11-30T02:00"}"#),
        (
            "POST",
            "/api/checkins",
            r#"{"night": "2026-11-29", "sleep_disturbance": 11}"#,
        ),
        (
            "PUT",
            "/api/days/2026-12-05",
            r#"{"factors": {"standing_h": 8}}"#,
        ),
        (
            "PUT",
            "/api/days/2026-11-30",
            r#"{"factors": {"standing_h": 30}}"#,
        ),
        ("GET", "/api/nights?from=2026-11-30&to=2026-11-01", ""),
        ("GET", "/api/episodes/not-a-uuid", ""),
    ];
    let mut lines = Vec::new();
    for (method, path, body) in cases {
        let (status, value) = app.json(method, path, body).await;
        lines.push(format!("{method} {path} -> {status} {value}"));
    }
    insta::assert_snapshot!("api_error_bodies", lines.join("\n"));
}

/// The web upload takes a Garmin account export through the same loader as the CLI.
#[tokio::test]
async fn an_uploaded_garmin_export_fills_in_steps_and_sleep() {
    let app = App::new(None);
    let mut zipped = std::io::Cursor::new(Vec::new());
    {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(&mut zipped);
        for (name, content) in [
            (
                "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-11-01_2026-11-02.json",
                r#"[{"calendarDate":"2026-11-01","totalSteps":8123,"moderateIntensityMinutes":20,"vigorousIntensityMinutes":5}]"#,
            ),
            (
                "DI_CONNECT/DI-Connect-Wellness/2026-11-01_2026-11-03_1_sleepData.json",
                r#"[{"calendarDate":"2026-11-02","deepSleepSeconds":3600,"lightSleepSeconds":14400,"remSleepSeconds":7200,"awakeSleepSeconds":900}]"#,
            ),
        ] {
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            zip.write_all(content.as_bytes()).expect("write");
        }
        zip.finish().expect("zip");
    }
    let (status, _, text) = app
        .send(request(
            "POST",
            "/api/import",
            Some("application/octet-stream"),
            Body::from(zipped.into_inner()),
        ))
        .await;
    assert_eq!(status, 200, "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(report["kind"], "Garmin export");
    let (_, day) = app.json("GET", "/api/days/2026-11-01", "").await;
    assert_eq!(day["factors"]["steps"], 8123.0, "{day}");
    assert_eq!(day["factors"]["exercise_min"], 25.0);
    assert_eq!(
        day["factors"]["sleep_h"], 7.0,
        "the night before the morning it ended"
    );
}

/// A zip of `(name, bytes)` entries, as a person makes or an app writes.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write as _;
    let mut zipped = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut zipped);
        for (name, content) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            zip.write_all(content).expect("write");
        }
        zip.finish().expect("zip");
    }
    zipped.into_inner()
}

/// Uploads `bytes` to `/api/import`: the kind the server found.
async fn upload(app: &App, bytes: Vec<u8>) -> String {
    let (status, _, text) = app
        .send(request(
            "POST",
            "/api/import",
            Some("application/octet-stream"),
            Body::from(bytes),
        ))
        .await;
    assert_eq!(status, 200, "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).expect("json");
    report["kind"].as_str().expect("a kind").to_string()
}

/// The web upload takes the newer exports through the same loader as the CLI: a zip of
/// Samsung Health's folder, Health Connect's zip with its database, and a Takeout with
/// Fitbit's CSV files.
#[tokio::test]
async fn uploaded_samsung_health_connect_and_fitbit_csv_exports_fill_in_their_days() {
    let app = App::new(None);
    let samsung = zip_of(&[
        (
            "samsunghealth_ann_20261105101010/com.samsung.shealth.step_daily_trend.20261105101010.csv",
            "\u{feff}com.samsung.shealth.step_daily_trend,6313003,3\nday_time,count,source_type\n1793491200000,4321,-2,\n1793491200000,9999,0,\n".as_bytes(),
        ),
        (
            "samsunghealth_ann_20261105101010/com.samsung.shealth.sleep.20261105101010.csv",
            "com.samsung.shealth.sleep,7006003,11\ncom.samsung.health.sleep.start_time,com.samsung.health.sleep.end_time,com.samsung.health.sleep.time_offset,com.samsung.health.sleep.datauuid\n2026-11-01 22:00:00.000,2026-11-02 05:30:00.000,UTC+0100,a,\n".as_bytes(),
        ),
    ]);
    assert_eq!(upload(&app, samsung).await, "Samsung Health export");
    let (_, day) = app.json("GET", "/api/days/2026-11-01", "").await;
    assert_eq!(
        day["factors"]["steps"], 4321.0,
        "every device together: {day}"
    );
    assert_eq!(day["factors"]["sleep_h"], 7.5);

    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("health_connect_export.db");
    rusqlite::Connection::open(&db)
        .expect("db")
        .execute_batch(
            "CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY, package_name TEXT, app_name TEXT);
             INSERT INTO application_info_table VALUES (1, 'com.fitbit.FitbitMobile', 'Fitbit');
             CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY, start_time INTEGER, start_zone_offset INTEGER, end_time INTEGER, end_zone_offset INTEGER, app_info_id INTEGER, count INTEGER);
             INSERT INTO steps_record_table VALUES (1, 1793689200000, 3600, 1793692800000, 3600, 1, 2500);",
        )
        .expect("tables");
    let bytes = std::fs::read(&db).expect("read");
    let health_connect = zip_of(&[("health_connect_export.db", &bytes)]);
    assert_eq!(upload(&app, health_connect).await, "Health Connect export");
    let (_, day) = app.json("GET", "/api/days/2026-11-03", "").await;
    assert_eq!(day["factors"]["steps"], 2500.0, "{day}");

    let takeout = zip_of(&[(
        "Takeout/Fitbit/Physical Activity_GoogleData/Steps/steps_2026-11-04.csv",
        b"timestamp,steps,data source\n2026-11-04T09:00:00Z,40,MobileTrack\n2026-11-04T09:00:00.000Z,40,Fit Health Connect\n2026-11-04T09:01:00Z,60,MobileTrack\n",
    )]);
    assert_eq!(upload(&app, takeout).await, "Fitbit export");
    let (_, day) = app.json("GET", "/api/days/2026-11-04", "").await;
    assert_eq!(
        day["factors"]["steps"], 100.0,
        "the Health Connect mirror of the phone's minute counts once: {day}"
    );
}

/// A field of the wrong JSON shape is refused by name, never read as "not said" (`"woke":
/// [1]` once became null): in a cramp, a check-in and a day; and nothing is stored.
#[tokio::test]
async fn fields_of_the_wrong_json_type_are_refused_by_name() {
    let app = App::new(None);
    let cramp = |extra: &str| {
        format!(
            r#"{{"started_at": "2026-11-27T03:10:00+01:00", "duration_s": 60, "muscle": "calf", "side": "left", "intensity": 5{extra}}}"#
        )
    };
    for (extra, field) in [
        (r#", "woke": [1]"#, "woke"),
        (r#", "woke": {"yes": true}"#, "woke"),
        (r#", "relief": ["stretch", 3]"#, "relief"),
        (r#", "notes": {"text": "x"}"#, "notes"),
        (r#", "intensity": [5]"#, "intensity"),
    ] {
        let body = cramp(extra).replace(r#", "intensity": 5, "intensity""#, r#", "intensity""#);
        let (status, answer) = app.json("POST", "/api/episodes", &body).await;
        assert_eq!(status, 422, "{extra}: {answer}");
        assert_eq!(answer["field"], field, "{answer}");
    }
    let (_, episodes) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(episodes, serde_json::json!([]), "nothing stored");
    let (status, answer) = app
        .json(
            "POST",
            "/api/episodes",
            &cramp(r#", "woke": true, "relief": ["stretch", "walk"]"#),
        )
        .await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(answer["woke"], true, "{answer}");

    let (status, answer) = app
        .json(
            "POST",
            "/api/checkins",
            r#"{"night": "2026-11-25", "sleep_disturbance": [3]}"#,
        )
        .await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["field"], "sleep_disturbance");
    let (status, answer) = app
        .json(
            "PUT",
            "/api/days/2026-11-25",
            r#"{"factors": {"standing_h": [8]}}"#,
        )
        .await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(answer["field"], "factors.standing_h");
    let (_, day) = app.json("GET", "/api/days/2026-11-25", "").await;
    assert_eq!(day["factors"], serde_json::json!({}), "{day}");
}
