//! The PostgreSQL backend beside the contract suite: a fresh schema per store on the test
//! cluster, the newer-schema refusal, and a second server process's writes seen.

use crate::OneDiary as _;
use nightcramp_store::{Change, Mode, PgStore, Store, StoreError};

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
    let revision = first.external_revision().expect("revision");
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
    assert_eq!(again.external_revision().expect("revision"), revision);
}

/// Several servers on one database: what one writes, another sees by its revision.
#[test]
fn another_server_s_write_changes_the_revision() {
    let Some(url) = fresh_schema() else { return };
    let reader = PgStore::open(&url).expect("open");
    let mut writer = PgStore::open(&url).expect("open again");
    let before = reader.external_revision().expect("revision");
    assert_eq!(reader.external_revision().expect("revision"), before);
    writer
        .apply_only(&[Change::SetProfile(
            nightcramp_core::domain::Profile {
                birth_year: Some(1950),
                ..Default::default()
            },
            Mode::Replace,
        )])
        .expect("write");
    assert_ne!(reader.external_revision().expect("revision"), before);
    assert_eq!(
        reader.load_only().expect("load").profile.birth_year,
        Some(1950),
        "the other server's write is read"
    );
}
