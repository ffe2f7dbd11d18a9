//! Live backups and checked restores.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use nightcramp_core::domain::{FactorKey, FactorValue, Provenance};
use nightcramp_store::{Change, Mode, SqliteStore, Store};

use crate::support::{Sandbox, s};

#[test]
fn a_backup_taken_while_another_process_writes_is_consistent_and_restores_exactly() {
    let d = Sandbox::new();
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    // A writer, like `serve`, adding a cramp and a matching day factor in each transaction.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = Arc::clone(&stop);
        let db = d.db();
        std::thread::spawn(move || {
            let (mut store, _) = SqliteStore::open(&db).expect("open");
            let access = store.operator_access(None).expect("the one diary");
            let mut i: i64 = 0;
            while !stop.load(Ordering::Relaxed) && i < 5_000 {
                let night = jiff::civil::date(2020, 1, 1).saturating_add(jiff::Span::new().days(i));
                let episode = nightcramp_core::input::CrampInput {
                    started_at: Some(format!(
                        "{}T03:00:00+01:00",
                        night.tomorrow().expect("date")
                    )),
                    duration: Some("60".into()),
                    muscle: Some("calf".into()),
                    side: Some("left".into()),
                    intensity: Some("5".into()),
                    ..Default::default()
                }
                .validate(
                    nightcramp_core::input::EntryContext {
                        zone: None,
                        now: "2040-01-01T00:00:00Z".parse().expect("valid"),
                    },
                    nightcramp_core::input::DurationStyle::Seconds,
                )
                .expect("valid");
                store
                    .apply(
                        &access,
                        &[
                            Change::PutEpisode(episode, Mode::Replace),
                            Change::PutFactor {
                                date: night,
                                key: FactorKey::Custom("pair".into()),
                                value: FactorValue::Number(i as f64),
                                source: Provenance::Typed,
                                mode: Mode::Replace,
                            },
                        ],
                    )
                    .expect("write");
                i += 1;
            }
            i
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(200));
    let mut backups = Vec::new();
    for n in 0..3 {
        let out = d.path(&format!("backup-{n}.db"));
        d.ok(&["backup", "--out", s(&out)]);
        backups.push(out);
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    stop.store(true, Ordering::Relaxed);
    let written = writer.join().expect("writer");
    assert!(
        written > 10,
        "the writer was busy during the backups ({written} writes)"
    );
    let mut sizes = Vec::new();
    for backup in &backups {
        let diary = SqliteStore::read_backup(backup, d.dir.path())
            .expect("a sound backup")
            .first_diary();
        let pairs = diary
            .days
            .iter()
            .filter(|day| day.factors.contains_key(&FactorKey::Custom("pair".into())))
            .count();
        assert_eq!(
            diary.episodes.len(),
            pairs,
            "a snapshot never holds half a transaction"
        );
        sizes.push(diary.episodes.len());

        let fresh = Sandbox::new();
        fresh.ok(&["cramp", "--at", "03:00"]);
        fresh.ok(&["restore", s(backup), "--yes"]);
        let restored = fresh.backup();
        assert_eq!(
            restored["episodes"].as_array().map(Vec::len),
            Some(diary.episodes.len()),
            "restore brings back the same diary"
        );
        let kept: Vec<_> = std::fs::read_dir(fresh.dir.path())
            .expect("dir")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("before-restore"))
            .collect();
        assert_eq!(kept.len(), 1, "the diary before the restore is kept");
    }
    assert!(sizes.windows(2).all(|w| w[0] <= w[1]), "{sizes:?}");
    assert!(sizes[0] > 0);
}

#[test]
fn a_broken_backup_is_refused_and_nothing_changes() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00"]);
    let before = d.backup();
    let junk = d.write("junk.db", &"not a database at all\n".repeat(200));
    let (code, stderr) = d.fails(&["restore", s(&junk), "--yes"]);
    assert_eq!(code, 3);
    assert!(stderr.contains("is not a nightcramp diary"), "{stderr}");
    assert!(stderr.contains("Nothing was restored."), "{stderr}");
    let out = d.path("good.db");
    d.ok(&["backup", "--out", s(&out)]);
    let (code, stderr) = d.fails(&["restore", s(&out)]);
    assert_eq!(
        code, 3,
        "without a terminal or --yes nothing is replaced: {stderr}"
    );
    assert_eq!(d.backup(), before);
    let (mut store, _) = SqliteStore::open(&d.db()).expect("still opens");
    let access = store.operator_access(None).expect("the one diary");
    let _ = store.load(&access).expect("loads");
}

/// Only a nightcramp diary restores: an empty file or another program's SQLite database
/// once opened as "0 cramps" and replaced the diary with nothing. Both are refused by name,
/// and the diary is left exactly as it was.
#[test]
fn an_empty_file_or_another_programs_database_is_not_restored() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00", "--side", "left"]);
    let before = d.backup();
    let empty = d.write("empty.db", "");
    let other = d.path("contacts.db");
    let conn = rusqlite::Connection::open(&other).expect("another program's database");
    conn.execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana');")
        .expect("its table");
    drop(conn);
    for (file, said) in [
        (&empty, "is empty: there is no diary in it"),
        (
            &other,
            "is a database of another program, not a nightcramp diary",
        ),
    ] {
        let (code, stderr) = d.fails(&["restore", s(file), "--yes"]);
        assert_eq!(code, 3, "{stderr}");
        assert!(stderr.contains(said), "{stderr}");
        assert!(stderr.contains("Nothing was restored."), "{stderr}");
        assert_eq!(d.backup(), before, "the diary is as it was");
    }
}

/// A backup that holds less than the diary names what a restore would lose before asking;
/// a "no" changes nothing.
#[test]
fn a_restore_that_would_lose_entries_names_them_before_asking() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00", "--side", "left"]);
    let old = d.path("old.db");
    d.ok(&["backup", "--out", s(&old)]);
    d.ok(&["cramp", "--at", "2026-11-20T03:00:00Z", "--side", "left"]);
    d.ok(&["cramp", "--at", "2026-11-21T03:00:00Z", "--side", "right"]);
    let before = d.backup();
    let out = d.with_input(&["restore", s(&old)], "n\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "Restoring would lose what your diary holds and the backup does not: 2 cramps, 0 check-ins, 0 days, 0 medicines."
        ),
        "{stderr}"
    );
    assert!(!out.status.success(), "{stderr}");
    assert_eq!(d.backup(), before, "nothing was changed");
}
