//! The SQLite file: creation, upgrades with a backup first, and refusal of newer diaries.

use crate::OneDiary as _;
use std::path::Path;

use nightcramp_store::{MIGRATIONS, SCHEMA_VERSION, SqliteStore, Store, StoreError};

/// Reads SQLite's `user_version` straight from the file header (offset 60, big-endian),
/// so the test does not depend on the store it checks.
fn user_version(path: &Path) -> i64 {
    let bytes = std::fs::read(path).expect("read db");
    let v: [u8; 4] = bytes[60..64].try_into().expect("header");
    i64::from(i32::from_be_bytes(v))
}

#[test]
fn a_new_diary_is_created_at_the_current_version() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sub/folder/diary.db");
    let (store, report) = SqliteStore::open(&path).expect("open");
    assert!(report.created);
    assert_eq!(report.backup, None);
    assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
    drop(store);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn an_upgrade_backs_the_diary_up_first_and_keeps_the_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    {
        let (mut store, _) = SqliteStore::open(&path).expect("open at v1");
        store
            .apply_only(&[nightcramp_store::Change::SetProfile(
                nightcramp_core::domain::Profile {
                    birth_year: Some(1961),
                    ..Default::default()
                },
                nightcramp_store::Mode::Replace,
            )])
            .expect("write");
    }
    let mut next: Vec<&str> = MIGRATIONS.to_vec();
    next.push("CREATE TABLE future_feature (id INTEGER PRIMARY KEY) STRICT;");
    let (store, report) = SqliteStore::open_with_migrations(&path, &next).expect("upgrade");
    assert_eq!(report.migrated_from, Some(SCHEMA_VERSION));
    let backup = report.backup.expect("a backup was taken");
    assert!(backup.exists(), "{}", backup.display());
    assert_eq!(
        user_version(&backup),
        SCHEMA_VERSION,
        "the backup is the old diary"
    );
    assert_eq!(
        store.load_only().expect("load").profile.birth_year,
        Some(1961)
    );
    drop(store);
    let (old, _) = SqliteStore::open(&backup).expect("the backup opens with the old binary");
    assert_eq!(
        old.load_only().expect("load").profile.birth_year,
        Some(1961)
    );
}

#[test]
fn a_first_version_diary_upgrades_to_this_one_with_its_data() {
    use nightcramp_core::domain::{FactorKey, FactorValue, Provenance};
    use nightcramp_core::factors::Builtin;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let day = jiff::civil::date(2026, 11, 1);
    {
        let first = MIGRATIONS.first().copied().into_iter().collect::<Vec<_>>();
        drop(SqliteStore::open_with_migrations(&path, &first).expect("v1"));
        // Written as the first version wrote it: today's code speaks only today's schema.
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute(
            "INSERT INTO day_factors (date, factor, kind, num, text, source)
             VALUES ('2026-11-01', 'steps', 'number', 8000.0, NULL, 'typed')",
            [],
        )
        .expect("write");
    }
    let _ = Provenance::Typed;
    let (store, report) = SqliteStore::open(&path).expect("upgrade");
    assert_eq!(report.migrated_from, Some(1));
    assert!(report.backup.is_some_and(|b| b.exists()));
    let diary = store.load_only().expect("load");
    let steps = &diary.day(day).expect("day").factors[&FactorKey::Builtin(Builtin::Steps)];
    assert_eq!(
        (steps.value.clone(), steps.import_said.clone()),
        (FactorValue::Number(8000.0), None)
    );
    drop(store);
    assert_eq!(user_version(&path), SCHEMA_VERSION);
}

#[test]
fn a_diary_from_a_newer_version_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let mut next: Vec<&str> = MIGRATIONS.to_vec();
    next.push("CREATE TABLE future_feature (id INTEGER PRIMARY KEY) STRICT;");
    drop(SqliteStore::open_with_migrations(&path, &next).expect("newer"));
    let before = std::fs::read(&path).expect("read");
    let err = SqliteStore::open(&path).expect_err("refused");
    assert!(
        matches!(err, StoreError::NewerSchema { found, supported, .. } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION)
    );
    let message = err.to_string();
    assert!(
        message.contains(&format!("schema version {}", SCHEMA_VERSION + 1)),
        "{message}"
    );
    assert!(
        message.contains(&format!("up to {SCHEMA_VERSION}")),
        "{message}"
    );
    assert!(message.contains("Nothing was changed"), "{message}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "not a byte changed"
    );
}

#[test]
fn a_file_that_is_not_a_diary_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "this is my shopping list, not a database\n".repeat(50),
    )
    .expect("write");
    let before = std::fs::read(&path).expect("read");
    let err = SqliteStore::open(&path).expect_err("refused");
    assert!(matches!(err, StoreError::NotADiary { .. }), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

/// A one-person diary of schema 3 (before accounts) upgrades to accounts with every row
/// kept as the diary the first person will own, and a backup taken first.
#[test]
fn a_diary_from_before_accounts_keeps_every_entry_as_the_first_diary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    {
        drop(SqliteStore::open_with_migrations(&path, &MIGRATIONS[..3]).expect("v3"));
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(
            "INSERT INTO profile (id, birth_year, conditions) VALUES (1, 1950, 'diabetes');
             INSERT INTO episodes (id, started_at_ms, utc_offset_s, night, duration_s, muscle, side, intensity)
               VALUES ('00000000-0000-0000-0000-000000000001', 1764386400000, 0, '2025-11-28', 60, 'calf', 'left', 6);
             INSERT INTO checkins (night, id, sleep_disturbance) VALUES ('2025-11-27', '00000000-0000-0000-0000-000000000002', 2);
             INSERT INTO day_factors (date, factor, kind, num, source) VALUES ('2025-11-28', 'standing_h', 'number', 9.0, 'typed');
             INSERT INTO medications (id, name, class, since) VALUES ('00000000-0000-0000-0000-000000000003', 'atorvastatin', 'statin', '2025-01-01');
             INSERT INTO screening_answers (question, answer, answered_ms) VALUES ('one_leg_swollen', 0, 1764386400000);",
        )
        .expect("a v3 diary");
    }
    let (mut store, report) = SqliteStore::open(&path).expect("upgrade");
    assert_eq!(report.migrated_from, Some(3));
    let backup = report.backup.expect("a backup first");
    let (old, _) = SqliteStore::open_with_migrations(&backup, &MIGRATIONS[..3]).expect("backup");
    drop(old);
    let diary = store.load_only().expect("load");
    assert_eq!(diary.profile.birth_year, Some(1950));
    assert_eq!(
        (
            diary.episodes.len(),
            diary.checkins.len(),
            diary.days.len(),
            diary.medications.len(),
            diary.answers.len()
        ),
        (1, 1, 1, 1, 1)
    );
    // The first person added owns exactly that diary.
    store
        .add_account(
            "ana",
            nightcramp_store::Role::Person,
            "hash",
            jiff::Timestamp::UNIX_EPOCH,
        )
        .expect("ana");
    let ana = store.operator_access(Some("ana")).expect("ana's diary");
    assert_eq!(store.load(&ana).expect("load"), diary);
}

/// A newer diary that is not in WAL mode (copied from elsewhere, or written by a version
/// that changed its journal) is refused before the switch to WAL, which would rewrite its
/// header: not one byte changes, and no -wal or -shm file appears beside it.
#[test]
fn a_newer_diary_outside_wal_mode_is_refused_before_anything_changes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let mut next: Vec<&str> = MIGRATIONS.to_vec();
    next.push("CREATE TABLE future_feature (id INTEGER PRIMARY KEY) STRICT;");
    drop(SqliteStore::open_with_migrations(&path, &next).expect("newer"));
    let conn = rusqlite::Connection::open(&path).expect("open");
    let mode: String = conn
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .expect("rollback journal");
    assert_eq!(mode, "delete");
    drop(conn);
    let before = std::fs::read(&path).expect("read");
    let err = SqliteStore::open(&path).expect_err("refused");
    assert!(matches!(err, StoreError::NewerSchema { .. }), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "not a byte changed"
    );
    for suffix in ["-wal", "-shm"] {
        assert!(
            !dir.path().join(format!("diary.db{suffix}")).exists(),
            "{suffix} left beside it"
        );
    }
}

/// A folder named as the diary is said to be a folder (not a damaged diary), and a full disk
/// or a busy diary are said as what they are, whatever SQLite's own words.
#[test]
fn a_folder_a_full_disk_and_a_busy_diary_are_said_as_what_they_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = SqliteStore::open(dir.path()).expect_err("a folder");
    assert!(matches!(err, StoreError::IsAFolder { .. }), "{err}");
    assert!(
        err.to_string().contains("is a folder, not a diary file"),
        "{err}"
    );
    let sqlite = |code| {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some("from SQLite".into()))
    };
    assert!(matches!(
        StoreError::from(sqlite(rusqlite::ffi::SQLITE_FULL)),
        StoreError::DiskFull
    ));
    for busy in [
        rusqlite::ffi::SQLITE_BUSY,
        517, /* SQLITE_BUSY_SNAPSHOT */
        rusqlite::ffi::SQLITE_LOCKED,
    ] {
        let err = StoreError::from(sqlite(busy));
        assert!(
            matches!(err, StoreError::Busy { seconds } if seconds >= 30),
            "{busy}: {err}"
        );
        assert!(err.to_string().contains("Nothing was changed"), "{err}");
    }
}
