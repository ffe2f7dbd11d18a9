//! Who may reach which diary: the matrix of every kind of actor against own, shared, revoked,
//! expired and never-shared diaries, on both backends; the audit log's contents and its
//! append-only rule; row-level security on PostgreSQL as a second wall; `copy` between
//! backends keeping everything.

use jiff::Timestamp;
use jiff::civil::{Date, date};
use nightcramp_core::domain::{Diary, Profile};
use nightcramp_store::{
    AccessRequest, Actor, Change, Denied, DiaryAccess, Mode, NewShare, PgStore, Role, SqliteStore,
    Store, StoreError, Want,
};

use crate::OneDiary as _;

const TODAY: Date = date(2026, 12, 3);

fn at() -> Timestamp {
    "2026-12-03T08:00:00Z".parse().expect("valid")
}

/// Runs SQL on a store's database directly.
type RawSql = Box<dyn Fn(&str) -> Result<(), String>>;

/// A store and a way to run SQL on it behind the store's back (as the database's own
/// user would).
struct Backend {
    name: &'static str,
    store: Box<dyn Store>,
    raw: RawSql,
    _dir: tempfile::TempDir,
}

fn backends() -> Vec<Backend> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let (store, _) = SqliteStore::open(&path).expect("open");
    let raw_path = path.clone();
    let mut list = vec![Backend {
        name: "sqlite",
        store: Box::new(store),
        raw: Box::new(move |sql| {
            rusqlite::Connection::open(&raw_path)
                .and_then(|c| c.execute_batch(sql))
                .map_err(|e| e.to_string())
        }),
        _dir: dir,
    }];
    if let Some(url) = crate::postgres::fresh_schema() {
        let store = PgStore::open(&url).expect("open");
        list.push(Backend {
            name: "postgres",
            store: Box::new(store),
            raw: Box::new(move |sql| {
                postgres::Client::connect(&url, postgres::NoTls)
                    .and_then(|mut c| c.batch_execute(sql))
                    .map_err(|e| nightcramp_store::StoreError::from(e).to_string())
            }),
            _dir: tempfile::tempdir().expect("tempdir"),
        });
    }
    list
}

fn profile(year: i16) -> Change {
    Change::SetProfile(
        Profile {
            birth_year: Some(year),
            ..Default::default()
        },
        Mode::Replace,
    )
}

fn ask(
    store: &mut dyn Store,
    actor: &Actor,
    person: Option<&str>,
    want: Want,
) -> Result<DiaryAccess, StoreError> {
    store.authorize(&AccessRequest {
        actor,
        person,
        want,
        today: TODAY,
        at: at(),
        purpose: "nights",
        origin: "203.0.113.7",
    })
}

fn account(name: &str) -> Actor {
    Actor::Account(name.into())
}

fn share(store: &mut dyn Store, owner: &DiaryAccess, with: &str, until: Option<Date>) -> String {
    store
        .add_share(
            owner,
            NewShare {
                with: Some(with.into()),
                token: None,
                until,
                at: at(),
                origin: "test".into(),
            },
        )
        .expect("shared")
        .id
        .to_string()
}

fn link(store: &mut dyn Store, owner: &DiaryAccess, token: &str) -> String {
    store
        .add_share(
            owner,
            NewShare {
                with: None,
                token: Some(token.into()),
                until: Some(date(2026, 12, 31)),
                at: at(),
                origin: "test".into(),
            },
        )
        .expect("link")
        .id
        .to_string()
}

/// ana (who keeps the diary that was here), ben, and the people around them: drlee (shared,
/// active), drold (revoked), drexp (expired yesterday), drno (never shared), res (a
/// researcher ana shared with), root (an admin).
fn household(store: &mut dyn Store) {
    store.apply_only(&[profile(1950)]).expect("the first diary");
    for (name, role) in [
        ("ana", Role::Person),
        ("ben", Role::Person),
        ("drlee", Role::Clinician),
        ("drold", Role::Clinician),
        ("drexp", Role::Clinician),
        ("drno", Role::Clinician),
        ("res", Role::Researcher),
        ("root", Role::Admin),
    ] {
        store.add_account(name, role, "hash", at()).expect(name);
    }
    let ben = ask(store, &account("ben"), None, Want::Write).expect("ben's own");
    store.apply(&ben, &[profile(1990)]).expect("ben writes");
    let ana = ask(store, &account("ana"), None, Want::Write).expect("ana's own");
    share(store, &ana, "drlee", None);
    let old = share(store, &ana, "drold", None);
    store
        .revoke_share(&ana, &old[..8], at(), "test")
        .expect("revoked");
    share(store, &ana, "drexp", Some(date(2026, 12, 2)));
    share(store, &ana, "res", None);
    link(store, &ana, "good-token");
    let gone = link(store, &ana, "revoked-token");
    store
        .revoke_share(&ana, &gone, at(), "test")
        .expect("revoked");
}

/// What a decision came to, in a form a table can hold.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// Reached this person's diary (by the birth year in it), writable or not.
    Reads(i16, bool),
    NotFound(String),
    ReadOnly,
    ChoosePerson,
    NoOwnDiary,
    BadLink,
}

fn outcome(store: &mut dyn Store, actor: &Actor, person: Option<&str>, want: Want) -> Outcome {
    match ask(store, actor, person, want) {
        Ok(access) => {
            let year = store
                .load(&access)
                .expect("load")
                .profile
                .birth_year
                .unwrap_or(0);
            Outcome::Reads(year, access.can_write())
        }
        Err(StoreError::Denied(Denied::NotFound(name))) => Outcome::NotFound(name),
        Err(StoreError::Denied(Denied::ReadOnly(_))) => Outcome::ReadOnly,
        Err(StoreError::Denied(Denied::ChoosePerson(_))) => Outcome::ChoosePerson,
        Err(StoreError::Denied(Denied::NoOwnDiary(_))) => Outcome::NoOwnDiary,
        Err(StoreError::Denied(Denied::BadLink)) => Outcome::BadLink,
        Err(other) => panic!("unexpected {other}"),
    }
}

#[test]
fn every_actor_reaches_exactly_the_diaries_the_rules_allow() {
    use Outcome::*;
    use Want::{Read, Write};
    let nf = |n: &str| NotFound(n.to_string());
    let op = Actor::Operator;
    let cases: Vec<(Actor, Option<&str>, Want, Outcome)> = vec![
        (op.clone(), None, Write, ChoosePerson),
        (op.clone(), Some("ana"), Write, Reads(1950, true)),
        (op.clone(), Some("ben"), Read, Reads(1990, true)),
        (op.clone(), Some("zoe"), Read, nf("zoe")),
        (op.clone(), Some("drlee"), Read, nf("drlee")),
        (account("ana"), None, Write, Reads(1950, true)),
        (account("ana"), Some("ana"), Read, Reads(1950, true)),
        (account("ana"), Some("ben"), Read, nf("ben")),
        (account("ben"), Some("ana"), Read, nf("ana")),
        (account("ben"), Some("zoe"), Read, nf("zoe")),
        (account("drlee"), Some("ana"), Read, Reads(1950, false)),
        (account("drlee"), Some("ana"), Write, ReadOnly),
        (account("drlee"), Some("ben"), Read, nf("ben")),
        (account("drlee"), Some("zoe"), Read, nf("zoe")),
        (account("drlee"), None, Read, NoOwnDiary),
        (account("drold"), Some("ana"), Read, nf("ana")),
        (account("drexp"), Some("ana"), Read, nf("ana")),
        (account("drno"), Some("ana"), Read, nf("ana")),
        // A researcher sees pooled counts, never one person's diary, even when shared.
        (account("res"), Some("ana"), Read, nf("ana")),
        (account("root"), Some("ana"), Read, nf("ana")),
        (account("root"), None, Read, NoOwnDiary),
        (
            Actor::Link("good-token".into()),
            None,
            Read,
            Reads(1950, false),
        ),
        (Actor::Link("good-token".into()), None, Write, ReadOnly),
        (Actor::Link("revoked-token".into()), None, Read, BadLink),
        (Actor::Link("made-up".into()), None, Read, BadLink),
    ];
    for mut backend in backends() {
        household(backend.store.as_mut());
        for (actor, person, want, expected) in &cases {
            assert_eq!(
                &outcome(backend.store.as_mut(), actor, *person, *want),
                expected,
                "{}: {actor:?} asking for {person:?} to {want:?}",
                backend.name
            );
        }
    }
}

#[test]
fn a_diary_that_is_not_yours_reads_exactly_like_one_that_does_not_exist() {
    for mut backend in backends() {
        household(backend.store.as_mut());
        let text = |store: &mut dyn Store, person: &str| match ask(
            store,
            &account("drno"),
            Some(person),
            Want::Read,
        ) {
            Err(e) => e.to_string().replace(person, "NAME"),
            Ok(_) => panic!("reached"),
        };
        let store = backend.store.as_mut();
        assert_eq!(
            text(store, "ana"),
            text(store, "nobody"),
            "{}",
            backend.name
        );
        assert_eq!(text(store, "ana"), "no diary named \"NAME\" here");
    }
}

#[test]
fn a_read_only_access_writes_nothing_and_cannot_share_or_read_the_log() {
    for mut backend in backends() {
        let store = backend.store.as_mut();
        household(store);
        let reader = ask(store, &account("drlee"), Some("ana"), Want::Read).expect("shared");
        let before = store.load(&reader).expect("load");
        assert!(matches!(
            store.apply(&reader, &[profile(1900)]),
            Err(StoreError::Denied(Denied::ReadOnly(_)))
        ));
        assert!(store.audit_log(&reader).is_err(), "{}", backend.name);
        assert!(
            store
                .add_share(
                    &reader,
                    NewShare {
                        with: Some("drno".into()),
                        token: None,
                        until: None,
                        at: at(),
                        origin: "test".into()
                    }
                )
                .is_err()
        );
        assert_eq!(store.load(&reader).expect("load"), before);
    }
}

#[test]
fn the_owner_reads_who_read_their_diary_and_every_share_change() {
    for mut backend in backends() {
        let store = backend.store.as_mut();
        household(store);
        ask(store, &account("drlee"), Some("ana"), Want::Read).expect("shared");
        ask(store, &Actor::Link("good-token".into()), None, Want::Read).expect("link");
        // Own reads and the operator's are not audited; refusals read nothing.
        ask(store, &account("ana"), None, Want::Read).expect("own");
        let _ = ask(store, &account("drno"), Some("ana"), Want::Read);
        let ana = ask(store, &account("ana"), None, Want::Read).expect("own");
        let log = store.audit_log(&ana).expect("the log");
        let lines: Vec<(String, String, String)> = log
            .iter()
            .map(|e| (e.action.clone(), e.actor.clone(), e.origin.clone()))
            .collect();
        let actions: Vec<&str> = lines.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(
            actions,
            [
                "share_added",
                "share_added",
                "share_revoked",
                "share_added",
                "share_added",
                "share_added",
                "share_added",
                "share_revoked",
                "read",
                "read"
            ],
            "{}",
            backend.name
        );
        assert_eq!(lines[8].1, "drlee");
        assert_eq!(lines[8].2, "203.0.113.7");
        assert!(lines[9].1.starts_with("share link "), "{:?}", lines[9]);
        assert!(log.iter().all(|e| e.person.as_deref() == Some("ana")));
        // ben's log holds nothing of ana's.
        let ben = ask(store, &account("ben"), None, Want::Read).expect("own");
        assert!(store.audit_log(&ben).expect("ben's log").is_empty());
    }
}

#[test]
fn the_audit_log_cannot_be_changed_or_emptied_even_behind_the_store_s_back() {
    for mut backend in backends() {
        household(backend.store.as_mut());
        let raw = &backend.raw;
        let update = raw("UPDATE audit SET actor = 'nobody'");
        let delete = raw("DELETE FROM audit");
        assert!(update.is_err(), "{}: {update:?}", backend.name);
        assert!(delete.is_err(), "{}: {delete:?}", backend.name);
        assert!(
            format!("{update:?}").contains("append-only"),
            "{}: {update:?}",
            backend.name
        );
        let ana = ask(backend.store.as_mut(), &account("ana"), None, Want::Read).expect("own");
        assert_eq!(backend.store.audit_log(&ana).expect("log").len(), 8);
    }
}

#[test]
fn accounts_are_checked_and_a_person_s_diary_is_not_lost_by_accident() {
    for mut backend in backends() {
        let store = backend.store.as_mut();
        household(store);
        let refused = |r: Result<(), StoreError>| matches!(r, Err(StoreError::Refused(_)));
        assert!(refused(store.add_account("ana", Role::Person, "h", at())));
        assert!(refused(store.add_account(" ana", Role::Person, "h", at())));
        assert!(refused(store.add_account("", Role::Admin, "h", at())));
        assert!(
            refused(store.remove_account("ana", false)),
            "ana's diary holds entries"
        );
        assert!(refused(store.set_password("zoe", "h")));
        store.set_password("ben", "new-hash").expect("changed");
        assert_eq!(
            store.password_hash("ben").expect("read").as_deref(),
            Some("new-hash")
        );
        // A removed clinician's shares go with them: access ends.
        store.remove_account("drlee", false).expect("removed");
        assert!(ask(store, &account("drlee"), Some("ana"), Want::Read).is_err());
        // With --delete-diary the diary goes, and a new person does not inherit it.
        store
            .remove_account("ben", true)
            .expect("removed with the diary");
        store
            .add_account("cat", Role::Person, "h", at())
            .expect("cat");
        let cat = ask(store, &account("cat"), None, Want::Read).expect("own");
        assert_eq!(
            store.load(&cat).expect("load"),
            Diary::default(),
            "{}",
            backend.name
        );
    }
}

/// PostgreSQL's second wall: as the application's own (non-superuser) role, a query that
/// did not set the authorized diary sees no diary row and cannot write one.
#[test]
fn row_level_security_hides_every_diary_row_from_a_query_without_the_context() {
    let Some(admin_url) = crate::postgres::url() else {
        return;
    };
    let suffix = uuid::Uuid::new_v4().simple().to_string();
    let (role, schema) = (format!("nc_app_{suffix}"), format!("nc_rls_{suffix}"));
    let mut admin = postgres::Client::connect(&admin_url, postgres::NoTls).expect("cluster");
    admin
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS;
             CREATE SCHEMA {schema} AUTHORIZATION {role};"
        ))
        .expect("an application role");
    let rest = admin_url
        .split_once('@')
        .map(|(_, r)| r.to_string())
        .expect("user@host");
    let app_url = format!("postgres://{role}@{rest}?options=-c%20search_path%3D{schema}");
    let mut store = PgStore::open(&app_url).expect("the application sets up its schema");
    store.apply_only(&[profile(1950)]).expect("write");
    store
        .add_account("ana", Role::Person, "h", at())
        .expect("ana");
    let ana = store.operator_access(Some("ana")).expect("ana");
    assert_eq!(
        store.load(&ana).expect("load").profile.birth_year,
        Some(1950),
        "through the store, with the context"
    );
    let mut app = postgres::Client::connect(&app_url, postgres::NoTls).expect("as the app");
    let count = |app: &mut postgres::Client| -> i64 {
        app.query_one("SELECT count(*) FROM profile", &[])
            .expect("count")
            .get(0)
    };
    assert_eq!(count(&mut app), 0, "no context: no rows");
    let guarded: i64 = admin
        .query_one(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = $1 AND c.relrowsecurity AND c.relforcerowsecurity
               AND c.relname = ANY(ARRAY['profile', 'episodes', 'checkins', 'day_factors',
                 'medications', 'screening_answers', 'experiments'])",
            &[&schema],
        )
        .expect("policies")
        .get(0);
    assert_eq!(
        guarded, 7,
        "every diary table, experiments too, has forced row-level security"
    );
    app.batch_execute("SELECT set_config('nightcramp.diary', '2', false)")
        .expect("another diary");
    assert_eq!(
        count(&mut app),
        0,
        "another diary's context: none of ana's rows"
    );
    let write = app.batch_execute(
        "SELECT set_config('nightcramp.diary', '', false);
         INSERT INTO profile (diary, conditions) VALUES (1, '')",
    );
    assert!(write.is_err(), "no context: no write either");
    app.batch_execute("SELECT set_config('nightcramp.diary', '1', false)")
        .expect("the right diary");
    assert_eq!(count(&mut app), 1, "the right context sees the row");
    drop(app);
    drop(store);
    admin
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE; DROP ROLE {role};"))
        .expect("clean up");
}

#[test]
fn a_copy_between_backends_keeps_every_person_account_share_and_audit_entry() {
    let mut all = backends();
    if all.len() < 2 {
        return;
    }
    let mut target = all.pop().expect("postgres");
    let mut source = all.pop().expect("sqlite");
    household(source.store.as_mut());
    ask(
        source.store.as_mut(),
        &account("drlee"),
        Some("ana"),
        Want::Read,
    )
    .expect("read");
    let everything = source.store.snapshot().expect("snapshot");
    assert_eq!((everything.accounts(), everything.shares()), (8, 6));
    target.store.install(&everything, false).expect("install");
    let copied = target.store.snapshot().expect("read back");
    assert!(copied.holds(&everything));
    // And the rules hold the same over there.
    assert_eq!(
        outcome(
            target.store.as_mut(),
            &account("drlee"),
            Some("ana"),
            Want::Read
        ),
        Outcome::Reads(1950, false)
    );
    assert_eq!(
        outcome(
            target.store.as_mut(),
            &account("drold"),
            Some("ana"),
            Want::Read
        ),
        Outcome::NotFound("ana".into())
    );
    // A second install into an occupied store is refused, and leaves it as it was.
    let before = target.store.snapshot().expect("before");
    assert!(target.store.install(&everything, false).is_err());
    assert_eq!(target.store.snapshot().expect("again"), before);
}

/// Opens one more store on the same database.
type Opener = Box<dyn Fn() -> Box<dyn Store + Send>>;

/// Stores for several "servers" on one database: a SQLite file opened again, or the same
/// PostgreSQL schema.
fn same_database_twice() -> Vec<(&'static str, Opener)> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    drop(SqliteStore::open(&path).expect("create"));
    let keep = std::sync::Arc::new(dir);
    let mut list: Vec<(&'static str, Opener)> = vec![(
        "sqlite",
        Box::new(move || {
            let _ = &keep;
            Box::new(SqliteStore::open(&path).expect("open").0)
        }),
    )];
    if let Some(url) = crate::postgres::fresh_schema() {
        drop(PgStore::open(&url).expect("create"));
        list.push((
            "postgres",
            Box::new(move || Box::new(PgStore::open(&url).expect("open"))),
        ));
    }
    list
}

#[test]
fn login_attempts_are_counted_atomically_even_from_many_servers_at_once() {
    for (name, open) in same_database_twice() {
        let stores: Vec<Box<dyn Store + Send>> = (0..12).map(|_| open()).collect();
        let allowed = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
        let threads: Vec<_> = stores
            .into_iter()
            .map(|mut store| {
                let allowed = std::sync::Arc::clone(&allowed);
                std::thread::spawn(move || {
                    for _ in 0..3 {
                        if store
                            .take_login_attempt(
                                "198.51.100.9",
                                at(),
                                jiff::SignedDuration::from_secs(60),
                                5,
                            )
                            .expect("counted")
                        {
                            allowed.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        }
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
        assert_eq!(
            allowed.load(std::sync::atomic::Ordering::SeqCst),
            5,
            "{name}: 36 attempts at once, exactly 5 allowed"
        );
        let mut store = open();
        let later = at()
            .checked_add(jiff::SignedDuration::from_secs(61))
            .expect("time");
        assert!(
            store
                .take_login_attempt(
                    "198.51.100.9",
                    later,
                    jiff::SignedDuration::from_secs(60),
                    5
                )
                .expect("counted"),
            "{name}: a new window allows again"
        );
    }
}

#[test]
fn a_session_is_seen_by_every_server_until_it_ends_or_expires() {
    for (name, open) in same_database_twice() {
        let mut one = open();
        let two = open();
        one.add_account("ana", Role::Person, "h", at())
            .expect("ana");
        let expires = at()
            .checked_add(jiff::SignedDuration::from_hours(1))
            .expect("time");
        one.start_session(&nightcramp_store::NewSession {
            account: "ana",
            token_hash: "hash-of-token",
            csrf: "csrf",
            at: at(),
            expires_at: expires,
            origin: "198.51.100.9",
        })
        .expect("session");
        let seen = two.session("hash-of-token", at()).expect("read");
        assert_eq!(
            seen.map(|s| (s.account, s.csrf)),
            Some(("ana".to_string(), "csrf".to_string())),
            "{name}"
        );
        assert_eq!(
            two.session("hash-of-token", expires).expect("read"),
            None,
            "{name}: expired"
        );
        assert_eq!(two.session("other", at()).expect("read"), None);
        one.end_session("hash-of-token").expect("logout");
        assert_eq!(
            two.session("hash-of-token", at()).expect("read"),
            None,
            "{name}: ended"
        );
        // The login is in ana's own log.
        let ana = ask(one.as_mut(), &account("ana"), None, Want::Read).expect("own");
        let log = one.audit_log(&ana).expect("log");
        assert_eq!(
            log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
            ["login"]
        );
    }
}

/// The one-person server password's sessions live in the store like accounts' sessions: one
/// made through one server is seen through another, a logout or a new password ends it
/// everywhere, and an account's session lookup never takes it for an account's.
#[test]
fn a_server_password_session_is_seen_by_every_server_and_ends_everywhere() {
    for (name, open) in same_database_twice() {
        let mut one = open();
        let mut two = open();
        let diary = one.operator_access(None).expect("the one diary");
        let expires = at()
            .checked_add(jiff::SignedDuration::from_hours(1))
            .expect("time");
        let session = |hash: &'static str| nightcramp_store::NewPasswordSession {
            token_hash: hash,
            csrf: "csrf-1",
            at: at(),
            expires_at: expires,
            origin: "198.51.100.9",
        };
        one.start_password_session(&diary, &session("token-1"))
            .expect("session");
        assert_eq!(
            two.password_session("token-1", at()).expect("read"),
            Some("csrf-1".to_string()),
            "{name}: seen through the other server"
        );
        assert_eq!(
            two.session("token-1", at()).expect("read"),
            None,
            "{name}: not an account's session"
        );
        assert_eq!(
            two.password_session("token-1", expires).expect("read"),
            None,
            "{name}: expired"
        );
        two.end_session("token-1").expect("logout");
        assert_eq!(
            one.password_session("token-1", at()).expect("read"),
            None,
            "{name}: a logout through the other server ends it"
        );
        one.start_password_session(&diary, &session("token-2"))
            .expect("session");
        two.end_password_sessions().expect("a new password");
        assert_eq!(
            one.password_session("token-2", at()).expect("read"),
            None,
            "{name}: a new server password ends every password session"
        );
        let log = one.audit_log(&diary).expect("log");
        assert_eq!(
            log.iter()
                .map(|e| (e.actor.as_str(), e.action.as_str()))
                .collect::<Vec<_>>(),
            [
                ("someone with the server password", "login"),
                ("someone with the server password", "login")
            ],
            "{name}: the logins are in the diary's log"
        );
    }
}
