//! The PostgreSQL backend beside the contract suite: a fresh schema per store on the test
//! cluster, the newer-schema refusal, and a second server process's writes seen.

use nightcramp_store::{Change, Mode, PgStore, Role, Store, StoreError};

/// The test cluster's URL. In CI it must be there: a test that needs a service fails
/// without it, it does not quietly pass.
pub fn url() -> Option<String> {
    match std::env::var("NIGHTCRAMP_TEST_POSTGRES") {
        Ok(url) => Some(url),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "NIGHTCRAMP_TEST_POSTGRES is not set: scripts/test starts the PostgreSQL these tests need"
            );
            None
        }
    }
}

/// A new, empty schema on the test cluster, and the URL that uses it.
pub fn fresh_schema() -> Option<String> {
    let url = url()?;
    let schema = format!("nc_{}", uuid::Uuid::new_v4().simple());
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("the test cluster");
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .expect("a schema");
    let joiner = if url.contains('?') { '&' } else { '?' };
    Some(format!("{url}{joiner}options=-c%20search_path%3D{schema}"))
}

/// A PostgreSQL store in a schema of its own, or `None` outside CI without a cluster.
pub fn fresh_store() -> Option<PgStore> {
    fresh_schema().map(|url| PgStore::open(&url).expect("the store opens"))
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let Some(url) = fresh_schema() else { return };
    drop(PgStore::open(&url).expect("set up"));
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    admin
        .batch_execute(
            "UPDATE nightcramp_meta SET value = '99' WHERE key = 'schema_version';
             UPDATE nightcramp_meta SET value = 'nightcramp 9.0.0' WHERE key = 'written_by'",
        )
        .expect("pretend a newer version wrote it");
    let before: Vec<(String, String)> = admin
        .query("SELECT key, value FROM nightcramp_meta ORDER BY key", &[])
        .expect("meta")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    match PgStore::open(&url) {
        Err(StoreError::NewerSchema {
            found, written_by, ..
        }) => {
            assert_eq!(found, 99);
            assert_eq!(written_by, "nightcramp 9.0.0");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let after: Vec<(String, String)> = admin
        .query("SELECT key, value FROM nightcramp_meta ORDER BY key", &[])
        .expect("meta")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(before, after, "nothing was changed");
}

/// Opening an up-to-date database writes nothing (no revision bump, no meta change).
#[test]
fn opening_an_up_to_date_database_changes_nothing() {
    let Some(url) = fresh_schema() else { return };
    let first = PgStore::open(&url).expect("set up");
    let revision = first.directory_revision().expect("revision");
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    let meta = |admin: &mut postgres::Client| -> Vec<(String, String)> {
        admin
            .query("SELECT key, value FROM nightcramp_meta ORDER BY key", &[])
            .expect("meta")
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect()
    };
    let before = meta(&mut admin);
    let again = PgStore::open(&url).expect("open again");
    assert_eq!(meta(&mut admin), before);
    assert_eq!(again.directory_revision().expect("revision"), revision);
}

/// Several servers on one database: what one writes to a diary, another sees by that
/// diary's revision, and only that diary's (so the others stay cached, and writers to
/// different diaries do not queue on one counter).
#[test]
fn another_server_s_write_changes_that_diary_s_revision() {
    let Some(url) = fresh_schema() else { return };
    let mut reader = PgStore::open(&url).expect("open");
    let mut writer = PgStore::open(&url).expect("open again");
    let at: jiff::Timestamp = "2026-12-01T08:00:00Z".parse().expect("time");
    let directory = reader.directory_revision().expect("revision");
    for name in ["ana", "ben"] {
        writer
            .add_account(name, Role::Person, "not a real hash", at)
            .expect("account");
    }
    assert_ne!(
        reader.directory_revision().expect("revision"),
        directory,
        "new accounts move the directory's revision"
    );
    let directory = reader.directory_revision().expect("revision");
    let ana = reader.operator_access(Some("ana")).expect("ana");
    let ben = reader.operator_access(Some("ben")).expect("ben");
    let before = reader
        .diary_revisions(&[ana.clone(), ben.clone()])
        .expect("revisions");
    assert_eq!(before, vec![Some(0), Some(0)], "never written");
    let ana_for_writer = writer.operator_access(Some("ana")).expect("ana");
    writer
        .apply(
            &ana_for_writer,
            &[Change::SetProfile(
                nightcramp_core::domain::Profile {
                    birth_year: Some(1950),
                    ..Default::default()
                },
                Mode::Replace,
            )],
        )
        .expect("write");
    let after = reader
        .diary_revisions(&[ana.clone(), ben.clone()])
        .expect("revisions");
    assert_ne!(after[0], before[0], "ana's diary moved");
    assert_eq!(after[1], before[1], "ben's did not");
    assert_eq!(
        reader.diary_revision(&ana).expect("revision"),
        after[0],
        "one diary's revision reads the same alone"
    );
    assert_eq!(
        reader.directory_revision().expect("revision"),
        directory,
        "a diary write leaves the directory's revision"
    );
    assert_eq!(
        reader.profile(&ana).expect("profile").birth_year,
        Some(1950),
        "the other server's write is read"
    );
    let connect = reader
        .connector()
        .expect("PostgreSQL opens more connections");
    let second = connect().expect("a second connection");
    assert!(!second.is_broken(), "a fresh connection is usable");
    assert_eq!(
        second.load(&ana).expect("load").profile.birth_year,
        Some(1950),
        "a second connection reads the same database"
    );
    assert_eq!(second.diary_revision(&ana).expect("revision"), after[0]);
}

/// A connection the server drops (a restart, an administrator): the next command fails with
/// a clear message and writes nothing, and the store says it is broken, so a server's pool
/// opens a new one instead of handing it out again.
#[test]
fn a_dropped_connection_fails_clearly_and_writes_nothing() {
    let Some(url) = fresh_schema() else { return };
    // Named, so only this store's connection is dropped (other tests share the cluster).
    let name = format!("dropped_{}", uuid::Uuid::new_v4().simple());
    let mut store = PgStore::open(&format!("{url}&application_name={name}")).expect("open");
    assert!(!store.is_broken());
    let access = store.operator_access(None).expect("the diary");
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    let dropped = admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
            &[&name],
        )
        .expect("terminate");
    assert_eq!(dropped, 1, "the store's one connection");
    std::thread::sleep(std::time::Duration::from_millis(200));
    let cramp = Change::PutEpisode(
        nightcramp_core::domain::Episode {
            id: uuid::Uuid::from_u128(1),
            started_at: "2026-11-28T02:10:00Z".parse().expect("time"),
            utc_offset: jiff::tz::Offset::UTC,
            time_zone: None,
            duration_s: 60,
            muscle: nightcramp_core::domain::Muscle::Calf,
            side: nightcramp_core::domain::Side::Left,
            intensity: 5,
            woke: Some(true),
            soreness_h: None,
            relief: vec![],
            notes: None,
        },
        Mode::Replace,
    );
    let error = store
        .apply(&access, &[cramp])
        .expect_err("the connection is gone");
    assert!(
        error
            .to_string()
            .contains("the connection to PostgreSQL was lost"),
        "{error}"
    );
    assert!(store.is_broken(), "the pool can tell");
    let fresh = PgStore::open(&url).expect("reopen");
    assert!(
        fresh.load(&access).expect("load").episodes.is_empty(),
        "nothing was written"
    );
}
