//! The SQLite file: creation, upgrades with a backup first, and refusal of newer diaries.

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
            .apply(&[nightcramp_store::Change::SetProfile(
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
    assert_eq!(store.load().expect("load").profile.birth_year, Some(1961));
    drop(store);
    let (old, _) = SqliteStore::open(&backup).expect("the backup opens with the old binary");
    assert_eq!(old.load().expect("load").profile.birth_year, Some(1961));
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
        let (mut store, _) = SqliteStore::open_with_migrations(&path, &first).expect("v1");
        store
            .apply(&[nightcramp_store::Change::PutFactor {
                date: day,
                key: FactorKey::Builtin(Builtin::Steps),
                value: FactorValue::Number(8000.0),
                source: Provenance::Typed,
                mode: nightcramp_store::Mode::Replace,
            }])
            .expect("write");
    }
    let (store, report) = SqliteStore::open(&path).expect("upgrade");
    assert_eq!(report.migrated_from, Some(1));
    assert!(report.backup.is_some_and(|b| b.exists()));
    let diary = store.load().expect("load");
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
