//! Error text is part of the interface: what a person sees when something is wrong, with
//! the exit code scripts rely on. Nothing is changed by any of these.

use crate::support::{Sandbox, s};

fn error(d: &Sandbox, args: &[&str]) -> String {
    let (code, stderr) = d.fails(args);
    format!("exit {code}: {}", stderr.trim_end())
}

#[test]
fn bad_values_name_the_flag_the_value_and_what_is_allowed() {
    let d = Sandbox::new();
    let messages = [
        error(&d, &["cramp", "--pain", "11"]),
        error(&d, &["cramp", "--side", "middle"]),
        error(&d, &["cramp", "--lasted", "forever"]),
        error(&d, &["cramp", "--at", "25:00"]),
        error(&d, &["cramp", "--at", "2099-01-01T03:00:00Z"]),
        error(&d, &["day", "--standing", "30h"]),
        error(&d, &["day", "--water", "lots"]),
        error(&d, &["day", "--factor", "long drive"]),
        error(&d, &["day", "--date", "2026-12-25"]),
        error(&d, &["night", "--none", "--date", "28/11"]),
        error(&d, &["night", "--none", "--disturbance", "11"]),
        error(&d, &["profile", "--timezone", "Mars/Olympus"]),
        error(
            &d,
            &[
                "meds",
                "add",
                "--name",
                "mysteryol",
                "--since",
                "2026-01-01",
            ],
        ),
        error(&d, &["guide", "astrology"]),
    ];
    insta::assert_snapshot!(messages.join("\n"), @r#"
    exit 2: nightcramp: --pain: "11" is not allowed; expected a whole number from 1 to 10
    exit 2: nightcramp: --side: "middle" is not allowed; expected one of left, right, both
    exit 2: nightcramp: --lasted: "forever" is not allowed; expected a duration such as 40s, 2m, 1m30s or 1h (1 second to 24 hours)
    exit 2: nightcramp: --at: "25:00" is not allowed; expected a clock time such as 02:40 (the most recent 02:40), a date and time on your clock such as 2026-11-29T02:40 or "2026-11-29 02:40", or an exact time such as 2026-11-29T02:40:00+01:00
    exit 2: nightcramp: --at: "2099-01-01T03:00:00Z" is not allowed; expected a time that has already happened (it is now 2026-11-28 07:00)
    exit 2: nightcramp: --standing: "30h" is not allowed; expected from 0 to 24 hours
    exit 2: nightcramp: --water: "lots" is not allowed; expected a number of litres, such as 1.5, 1.5l or 750ml
    exit 2: nightcramp: --factor: "long drive" is not allowed; expected NAME=VALUE, such as "long drive=yes"
    exit 2: nightcramp: --date: "2026-12-25" is not allowed; expected a date from 1900-01-01 to 2026-11-29
    exit 2: nightcramp: --date: "28/11" is not allowed; expected a date as YYYY-MM-DD, today or yesterday
    exit 2: nightcramp: --disturbance: "11" is not allowed; expected a whole number from 0 to 10
    exit 2: nightcramp: --timezone: "Mars/Olympus" is not allowed; expected an IANA time zone name such as Europe/Berlin or America/New_York
    exit 2: nightcramp: --class: "" is not allowed; expected a drug class, since "mysteryol" is not in nightcramp's medicine list: one of diuretic, diuretic_thiazide, diuretic_potassium_sparing, diuretic_loop, statin, blood_pressure, calcium_channel_blocker, laba, laba_ics, short_acting_beta_agonist, iron_sucrose_iv, conjugated_estrogens, raloxifene, teriparatide, naproxen, reported_in_studies, quinine, other
    exit 2: nightcramp: there is no guide topic "astrology"; topics: urgent, what, who, causes, prevention, stretch, during, doctor, treatments, experiments, sources
    "#);
    assert!(
        d.backup()["episodes"]
            .as_array()
            .expect("episodes")
            .is_empty(),
        "nothing was written"
    );
}

#[test]
fn refusals_explain_themselves_and_change_nothing() {
    let d = Sandbox::new();
    let logged = d.json(&["cramp", "--at", "03:00", "--json"]);
    let id = logged["id"].as_str().expect("id")[..8].to_string();
    let messages = [
        error(&d, &["night", "--none"]),
        error(&d, &["night", "--none", "--date", "today"]),
        error(&d, &["delete", &id]),
        error(&d, &["delete", "12"]),
        error(&d, &["edit", "ffffffff"]),
    ];
    insta::assert_snapshot!(messages.join("\n").replace(&id, "ID"), @r#"
    exit 3: nightcramp: The night of Fri 27 Nov 2026 has 1 cramp logged, so it cannot be confirmed cramp-free. See `nightcramp list` and delete any logged by mistake.
    exit 3: nightcramp: The night of Sat 28 Nov 2026 has not ended yet; confirm it in the morning.
    exit 3: nightcramp: not deleted: the cramp on the night of Fri 27 Nov 2026: 03:00 left calf, pain 5/10, 1 min, woke you [ID]. Nothing was changed (add --yes to delete without asking)
    exit 2: nightcramp: "12" is not an id; expected at least 6 hex characters of an id shown by `nightcramp list` or `nightcramp meds list`
    exit 2: nightcramp: nothing in the diary has the id "ffffffff"
    "#);
    assert_eq!(d.backup()["episodes"].as_array().map(Vec::len), Some(1));
    d.ok(&["delete", &id, "--yes"]);
    assert_eq!(d.backup()["episodes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn files_that_are_not_diaries_are_refused() {
    let d = Sandbox::new();
    let notes = d.write("notes.csv", "name,age\nbob,3\n");
    let (code, stderr) = d.fails(&["import", s(&notes)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("not a file nightcramp knows"), "{stderr}");
    assert!(stderr.contains("Nothing was imported."), "{stderr}");

    let not_db = d.write("shopping.txt", &"eggs, milk, bread\n".repeat(100));
    let (code, stderr) = d.fails(&["--db", s(&not_db), "list"]);
    assert_eq!(code, 3);
    assert!(stderr.contains("is not a nightcramp diary"), "{stderr}");
}

#[test]
fn a_diary_from_a_newer_nightcramp_is_refused_with_both_versions() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00"]);
    // Make the file look as a future version left it.
    let conn_path = d.db();
    let conn = rusqlite::Connection::open(&conn_path).expect("open");
    conn.execute_batch(
        "PRAGMA user_version = 99; UPDATE meta SET value = '9.1.0' WHERE key = 'written_by';",
    )
    .expect("update");
    drop(conn);
    let before = std::fs::read(&conn_path).expect("read");
    let (code, stderr) = d.fails(&["list"]);
    assert_eq!(code, 3);
    // The supported version moves with every migration; the wording must not.
    let message = stderr.replace(s(&conn_path), "DIARY").replace(
        &format!("up to {}.", nightcramp_store::SCHEMA_VERSION),
        "up to SUPPORTED.",
    );
    insta::assert_snapshot!(message.trim_end(), @"nightcramp: DIARY: this diary was written by a newer nightcramp (nightcramp 9.1.0, schema version 99); this is nightcramp 0.1.0, which understands schema versions up to SUPPORTED. Nothing was changed and your data is safe: install the newer nightcramp to open it");
    assert_eq!(std::fs::read(&conn_path).expect("read"), before);
}

#[test]
fn serving_beyond_this_machine_without_a_password_is_refused_with_the_reason() {
    let d = Sandbox::new();
    let out = d
        .command(&["serve", "--listen", "0.0.0.0:0"])
        .env_remove("NIGHTCRAMP_PASSWORD")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("refusing to listen on 0.0.0.0:0 without a password: anyone on the network could read your health diary"),
        "{stderr}"
    );
    let (code, stderr) = d.fails(&["serve", "--listen", "somewhere"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--listen: \"somewhere\" is not allowed"),
        "{stderr}"
    );
}

/// A backup that cannot be written says so (not "upgrading", not "damaged"), exit 1, and
/// leaves nothing behind: no `.partial` file, empty or not.
#[test]
fn a_backup_that_cannot_be_written_leaves_nothing_behind() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00"]);
    let target = d.path("backups");
    std::fs::create_dir_all(&target).expect("a folder where the file should go");
    let (code, stderr) = d.fails(&["backup", "--out", s(&target)]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("could not write the backup")
            && stderr.contains("Nothing was written there"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("upgrading") && !stderr.contains("damaged"),
        "{stderr}"
    );
    let left: Vec<_> = std::fs::read_dir(d.dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("partial"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// `serve` that cannot start says why in the person's language, exit 1: a port another
/// program holds (with what to do), and a file where its uploads folder goes.
#[test]
fn serve_that_cannot_start_says_why_in_the_person_s_language() {
    let d = Sandbox::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let addr = taken.local_addr().expect("address").to_string();
    let out = d
        .command(&["serve", "--listen", &addr])
        .env("LANG", "es_ES.UTF-8")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("no se puede escuchar en {addr}:"))
            && stderr.contains("Elija otro con --listen"),
        "{stderr}"
    );
    drop(taken);

    let _ = std::fs::remove_dir_all(d.path(".nightcramp-uploads"));
    std::fs::write(d.path(".nightcramp-uploads"), "a file, not a folder").expect("file");
    let out = d
        .command(&["serve", "--listen", "127.0.0.1:0"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("cannot prepare the folder for uploads"),
        "{stderr}"
    );
}
