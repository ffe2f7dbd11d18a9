//! Every command on PostgreSQL gives the same answers as on SQLite: the same script of a
//! person's commands runs against a diary file and against a fresh schema on the test
//! cluster, and what they print must agree. A backup taken from PostgreSQL restores into a
//! diary file exactly.

use serde_json::Value;

use crate::support::{Sandbox, s};

/// A fresh schema on the test cluster, as a diary URL. In CI the cluster must be there.
pub fn postgres_diary() -> Option<String> {
    let Ok(url) = std::env::var("NIGHTCRAMP_TEST_POSTGRES") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "NIGHTCRAMP_TEST_POSTGRES is not set: scripts/test starts the PostgreSQL these tests need"
        );
        return None;
    };
    let schema = format!("cli_{}", uuid::Uuid::new_v4().simple());
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("the test cluster");
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .expect("a schema");
    Some(format!("{url}?options=-c%20search_path%3D{schema}"))
}

/// A week of a person's use: profile, a medicine, cramps, quiet nights, days, an edit, a
/// delete, a CSV import and checkup answers.
fn a_week(d: &mut Sandbox) {
    d.ok(&[
        "profile",
        "--timezone",
        "Europe/Berlin",
        "--birth-year",
        "1950",
    ]);
    d.at("2026-11-20T09:00:00+01:00");
    d.ok(&[
        "meds",
        "add",
        "--name",
        "hydrochlorothiazide",
        "--since",
        "2026-10-01",
    ]);
    for (now, at) in [
        ("2026-11-21T08:00:00+01:00", "03:10"),
        ("2026-11-23T08:00:00+01:00", "02:40"),
        ("2026-11-25T08:00:00+01:00", "2026-11-25 04:05"),
    ] {
        d.at(now);
        d.ok(&[
            "cramp", "--at", at, "--side", "left", "--pain", "6", "--lasted", "2m",
        ]);
    }
    d.at("2026-11-28T08:00:00+01:00");
    for night in ["2026-11-21", "2026-11-23", "2026-11-25"] {
        d.ok(&["night", "--none", "--date", night, "--disturbance", "1"]);
    }
    d.ok(&[
        "day",
        "--date",
        "2026-11-24",
        "--standing",
        "9h",
        "--stretched",
        "yes",
        "--factor",
        "long drive=yes",
    ]);
    let cramps = d.json(&["list", "--nights", "14", "--json"]);
    let first = cramps
        .as_array()
        .and_then(|n| {
            n.iter()
                .flat_map(|n| n["episodes"].as_array().cloned().unwrap_or_default())
                .next()
        })
        .and_then(|e| e["id"].as_str().map(str::to_string))
        .expect("a cramp");
    d.ok(&["edit", &first[..8], "--pain", "8"]);
    let csv = d.write(
        "days.csv",
        "date,water_l,caffeine_drinks\n2026-11-22,1.5,2\n2026-11-26,,3\n",
    );
    d.ok(&["import", s(&csv)]);
    d.ok(&[
        "checkup",
        "--no",
        "one_leg_swollen",
        "--yes",
        "daytime_tiredness",
    ]);
}

/// The backup without what differs by design: the export time and random medicine ids.
fn comparable(mut backup: Value) -> Value {
    if let Some(meds) = backup["medications"].as_array_mut() {
        for m in meds {
            m.as_object_mut().map(|o| o.remove("id"));
        }
    }
    backup
}

#[test]
fn every_command_answers_the_same_on_postgres_as_on_sqlite() {
    let Some(url) = postgres_diary() else { return };
    let mut file = Sandbox::new();
    let mut pg = Sandbox::new();
    pg.db_url = Some(url);
    a_week(&mut file);
    a_week(&mut pg);
    for args in [
        vec!["nights", "--json"],
        vec!["insights", "--json"],
        vec!["checkup", "--json"],
        vec!["plan", "--json"],
        vec!["list", "--nights", "14", "--json"],
    ] {
        assert_eq!(pg.json(&args), file.json(&args), "{args:?}");
    }
    assert_eq!(comparable(pg.backup()), comparable(file.backup()));

    // A backup of the PostgreSQL diary is a diary file that restores exactly.
    let copy = pg.path("from-postgres.db");
    pg.ok(&["backup", "--out", s(&copy)]);
    let restored = Sandbox::new();
    restored.ok(&["restore", s(&copy), "--yes"]);
    assert_eq!(restored.backup(), pg.backup());
}

#[test]
fn a_newer_postgres_diary_is_refused_with_exit_3() {
    let Some(url) = postgres_diary() else { return };
    let mut d = Sandbox::new();
    d.db_url = Some(url.clone());
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    admin
        .batch_execute("UPDATE nightcramp_meta SET value = '42' WHERE key = 'schema_version'")
        .expect("pretend");
    let (code, message) = d.fails(&["nights", "--json"]);
    assert_eq!(code, 3);
    assert!(message.contains("schema version 42"), "{message}");
    assert!(!message.contains("password"), "{message}");
}

/// `copy --to` moves a whole diary between a file and PostgreSQL, and back, losslessly; a
/// store that already holds a diary is refused unless asked to replace it.
#[test]
fn a_diary_copies_to_postgres_and_back_whole() {
    let Some(url) = postgres_diary() else { return };
    let mut file = Sandbox::new();
    a_week(&mut file);
    file.ok(&["copy", "--to", &url]);
    let mut pg = Sandbox::new();
    pg.db_url = Some(url.clone());
    pg.at(&file.now.clone());
    assert_eq!(pg.backup(), file.backup(), "everything arrived");
    let (code, message) = file.fails(&["copy", "--to", &url]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("already holds a diary"), "{message}");
    assert_eq!(pg.backup(), file.backup(), "nothing changed there");
    let back = Sandbox::new();
    pg.ok(&["copy", "--to", s(&back.db())]);
    assert_eq!(back.backup(), file.backup(), "and back to a file");
    file.ok(&["cramp", "--at", "03:00", "--side", "right"]);
    file.ok(&["copy", "--to", &url, "--replace"]);
    assert_eq!(
        pg.backup(),
        file.backup(),
        "replaced, after a backup of what was there"
    );
}

/// A store that cannot be reached: the message names it (without its password), says why
/// and what to check; exit 1, and nothing is created anywhere.
#[test]
fn a_postgres_that_cannot_be_reached_is_named_with_the_reason() {
    let Some(url) = postgres_diary() else { return };
    let mut d = Sandbox::new();
    let missing_db = match url.rsplit_once('/') {
        Some((server, _)) => format!("{server}/no_such_database"),
        None => panic!("a URL with a database: {url}"),
    };
    for (target, reason) in [
        (
            "postgres://nightcramp:secret@127.0.0.1:1/diary".to_string(),
            "Connection refused",
        ),
        (missing_db, "database \"no_such_database\" does not exist"),
    ] {
        d.db_url = Some(target.clone());
        let (code, message) = d.fails(&["cramp", "--at", "03:10", "--side", "left"]);
        assert_eq!(code, 1, "{message}");
        assert!(message.contains(reason), "{message}");
        assert!(
            message.contains("check that PostgreSQL runs at that host and port"),
            "{message}"
        );
        assert!(
            !message.contains("secret"),
            "the password is never shown: {message}"
        );
    }
    assert!(!d.db().exists(), "no diary file was made instead");
}

/// PostgreSQL drops a running server's connections (a restart, an administrator): after a
/// lull the server finds out before lending a connection again and opens a new one, so the
/// next requests, a write among them, succeed instead of failing with a lost connection.
#[test]
fn a_server_whose_database_connections_were_dropped_answers_the_next_request() {
    let Some(url) = postgres_diary() else { return };
    let name = format!("serve_{}", uuid::Uuid::new_v4().simple());
    let mut d = Sandbox::new();
    d.db_url = Some(format!("{url}&application_name={name}"));
    d.ok(&["cramp", "--at", "03:10", "--side", "left"]);
    let server = d.serve();
    let cramps = |server: &crate::support::Server| {
        let (status, _, body) =
            crate::support::http(server, "GET", "/api/episodes", None, None, "");
        assert_eq!(status, 200, "{body}");
        serde_json::from_str::<Value>(&body)
            .expect("json")
            .as_array()
            .map_or(0, Vec::len)
    };
    assert_eq!(cramps(&server), 1);
    let admin_url = url.split('?').next().expect("a URL").to_string();
    let mut admin = postgres::Client::connect(&admin_url, postgres::NoTls).expect("connect");
    let dropped = admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
            &[&name],
        )
        .expect("terminate");
    assert!(dropped >= 1, "the server's connections were dropped");
    std::thread::sleep(std::time::Duration::from_millis(1200));
    assert_eq!(cramps(&server), 1, "read through a new connection");
    let cramp = r#"{"started_at":"2026-11-28T03:00:00+01:00","duration_s":60,"muscle":"calf","side":"right","intensity":4}"#;
    let (status, _, body) =
        crate::support::http(&server, "POST", "/api/episodes", None, None, cramp);
    assert_eq!(status, 201, "{body}");
    assert_eq!(cramps(&server), 2);
}
