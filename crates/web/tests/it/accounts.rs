//! The web app over a store with accounts: login by name, each person's own diary only, a
//! clinician without a diary of their own, sessions and login limits kept in the store (so
//! two servers on one database agree), the shares and audit API, and the calendar link.

use axum::body::Body;
use axum::http::header;
use nightcramp_store::{Role, SqliteStore, Store};
use serde_json::Value;

use crate::support::{App, header as find, request};

const PASSWORD: &str = "correct horse battery";

/// A household in a diary file: ana (with the cramp logged before accounts), ben (a cramp of
/// his own) and drlee, a clinician.
fn household(path: &std::path::Path) {
    let (mut store, _) = SqliteStore::open(path).expect("store");
    let before = store.operator_access(None).expect("the one diary");
    store
        .apply(&before, &[cramp(1, "2026-11-27T02:10:00Z")])
        .expect("ana's cramp");
    let hash = nightcramp_web::auth::hash_password(PASSWORD).expect("hash");
    for (name, role) in [
        ("ana", Role::Person),
        ("ben", Role::Person),
        ("drlee", Role::Clinician),
    ] {
        store
            .add_account(name, role, &hash, jiff::Timestamp::UNIX_EPOCH)
            .expect(name);
    }
    let ben = store.operator_access(Some("ben")).expect("ben");
    store
        .apply(&ben, &[cramp(2, "2026-11-26T03:00:00Z")])
        .expect("ben's cramp");
}

/// One more account in the household's file.
fn add_account(path: &std::path::Path, name: &str, role: Role) {
    let (mut store, _) = SqliteStore::open(path).expect("store");
    let hash = nightcramp_web::auth::hash_password(PASSWORD).expect("hash");
    store
        .add_account(name, role, &hash, jiff::Timestamp::UNIX_EPOCH)
        .expect(name);
}

fn cramp(n: u128, at: &str) -> nightcramp_store::Change {
    nightcramp_store::Change::PutEpisode(
        nightcramp_core::domain::Episode {
            id: uuid::Uuid::from_u128(n),
            started_at: at.parse().expect("time"),
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
        nightcramp_store::Mode::Replace,
    )
}

/// A server on the household's file (two of them are two servers on one database).
fn server(path: &std::path::Path) -> App {
    let (store, _) = SqliteStore::open(path).expect("store");
    let clock = nightcramp_web::state::Clock::fixed(
        "2026-11-28T08:00:00+01:00".parse().expect("time"),
        jiff::tz::TimeZone::get("Europe/Berlin").expect("zone"),
    );
    let state = nightcramp_web::state_with_clock(Box::new(store), None, clock).expect("state");
    App {
        router: nightcramp_web::app(state),
    }
}

/// Who is logged in: the cookie and the CSRF token.
struct Login {
    cookie: String,
    csrf: String,
}

async fn log_in(app: &App, name: &str, password: &str) -> Result<Login, (u16, Value)> {
    let body = serde_json::json!({"name": name, "password": password}).to_string();
    let (status, headers, text) = app
        .send(request(
            "POST",
            "/api/session",
            Some("application/json"),
            Body::from(body),
        ))
        .await;
    let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
    if status != 200 {
        return Err((status, value));
    }
    let cookie = find(&headers, "set-cookie").expect("a cookie").to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    Ok(Login {
        cookie: cookie.split(';').next().expect("pair").to_string(),
        csrf: value["csrf"].as_str().expect("csrf").to_string(),
    })
}

async fn call(
    app: &App,
    who: Option<&Login>,
    method: &str,
    path: &str,
    body: &str,
) -> (u16, Value) {
    let mut req = request(
        method,
        path,
        Some("application/json"),
        Body::from(body.to_string()),
    );
    if let Some(login) = who {
        req.headers_mut()
            .insert(header::COOKIE, login.cookie.parse().expect("header"));
        req.headers_mut()
            .insert("x-csrf-token", login.csrf.parse().expect("header"));
    }
    let (status, _, text) = app.send(req).await;
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn episode_ids(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|e| e["id"].as_str().expect("id").to_string())
        .collect()
}

#[tokio::test]
async fn each_person_logs_in_by_name_and_reaches_only_their_own_diary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let app = server(&path);

    let (status, headers, _) = app.send(request("GET", "/", None, Body::empty())).await;
    assert_eq!((status, find(&headers, "location")), (303, Some("/login")));
    let (status, _) = call(&app, None, "GET", "/api/nights", "").await;
    assert_eq!(status, 401);
    let (_, body) = app.get("/login").await;
    assert!(body.contains(r#"name="name""#), "the login asks for a name");

    // A wrong password and an unknown name get the same answer.
    let wrong = log_in(&app, "ana", "not it").await.err().expect("refused");
    let unknown = log_in(&app, "zoe", PASSWORD).await.err().expect("refused");
    assert_eq!(wrong, unknown);
    assert_eq!(wrong.0, 401);

    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let ben = log_in(&app, "ben", PASSWORD).await.expect("ben");
    let (status, list) = call(&app, Some(&ana), "GET", "/api/episodes", "").await;
    assert_eq!(status, 200);
    assert_eq!(
        episode_ids(&list),
        [uuid::Uuid::from_u128(1).to_string()],
        "ana's diary is the one that was here"
    );
    let (_, list) = call(&app, Some(&ben), "GET", "/api/episodes", "").await;
    assert_eq!(episode_ids(&list), [uuid::Uuid::from_u128(2).to_string()]);
    let ana_cramp = format!("/api/episodes/{}", uuid::Uuid::from_u128(1));
    let (status, _) = call(&app, Some(&ben), "GET", &ana_cramp, "").await;
    assert_eq!(status, 404, "not yours is not there");
    let (status, _) = call(&app, Some(&ben), "DELETE", &ana_cramp, "").await;
    assert_eq!(status, 404);
    let (_, list) = call(&app, Some(&ana), "GET", "/api/episodes", "").await;
    assert_eq!(episode_ids(&list).len(), 1, "ana's cramp is still there");

    // Writes need the session's token.
    let new = r#"{"started_at":"2026-11-28T03:00:00+01:00","duration_s":60,"muscle":"calf","side":"left","intensity":4}"#;
    let no_token = Login {
        cookie: ben.cookie.clone(),
        csrf: "0".repeat(64),
    };
    let (status, _) = call(&app, Some(&no_token), "POST", "/api/episodes", new).await;
    assert_eq!(status, 403);
    let (status, _) = call(&app, Some(&ben), "POST", "/api/episodes", new).await;
    assert_eq!(status, 201);
    let (_, list) = call(&app, Some(&ana), "GET", "/api/episodes", "").await;
    assert_eq!(
        episode_ids(&list).len(),
        1,
        "ben's write went to ben's diary"
    );

    // A clinician keeps no diary: the diary routes are not found.
    let drlee = log_in(&app, "drlee", PASSWORD).await.expect("drlee");
    let (status, _) = call(&app, Some(&drlee), "GET", "/api/nights", "").await;
    assert_eq!(status, 404);
    let mut page = request("GET", "/", None, Body::empty());
    page.headers_mut()
        .insert(header::COOKIE, drlee.cookie.parse().expect("header"));
    let (status, headers, _) = app.send(page).await;
    assert_eq!((status, find(&headers, "location")), (303, Some("/people")));
    let mut page = request("GET", "/day", None, Body::empty());
    page.headers_mut()
        .insert(header::COOKIE, drlee.cookie.parse().expect("header"));
    assert_eq!(app.send(page).await.0, 404, "a clinician keeps no diary");
}

#[tokio::test]
async fn a_session_made_on_one_server_works_on_another_and_a_logout_ends_it_on_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let (one, two) = (server(&path), server(&path));
    let ana = log_in(&one, "ana", PASSWORD).await.expect("ana");
    assert_eq!(
        call(&two, Some(&ana), "GET", "/api/nights", "").await.0,
        200
    );
    // A write through one is read through the other.
    let new = r#"{"started_at":"2026-11-28T04:00:00+01:00","duration_s":60,"muscle":"calf","side":"left","intensity":4}"#;
    assert_eq!(
        call(&one, Some(&ana), "POST", "/api/episodes", new).await.0,
        201
    );
    let (_, list) = call(&two, Some(&ana), "GET", "/api/episodes", "").await;
    assert_eq!(episode_ids(&list).len(), 2);
    let (status, _) = call(&two, Some(&ana), "DELETE", "/api/session", "").await;
    assert_eq!(status, 200);
    assert_eq!(
        call(&one, Some(&ana), "GET", "/api/nights", "").await.0,
        401
    );
    assert_eq!(
        call(&two, Some(&ana), "GET", "/api/nights", "").await.0,
        401
    );
}

#[tokio::test]
async fn failed_logins_are_counted_in_the_store_across_servers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let (one, two) = (server(&path), server(&path));
    for n in 0..nightcramp_web::auth::LOGIN_ATTEMPTS {
        let app = if n % 2 == 0 { &one } else { &two };
        assert_eq!(
            log_in(app, "ana", "guess").await.err().map(|e| e.0),
            Some(401)
        );
    }
    // The limit is reached on both servers, even for the right password.
    assert_eq!(
        log_in(&one, "ana", PASSWORD).await.err().map(|e| e.0),
        Some(429)
    );
    assert_eq!(
        log_in(&two, "ana", PASSWORD).await.err().map(|e| e.0),
        Some(429)
    );
}

#[tokio::test]
async fn a_person_shares_revokes_and_reads_the_audit_log_through_the_api() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let app = server(&path);
    let _ = log_in(&app, "ana", "a wrong guess").await;
    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let ben = log_in(&app, "ben", PASSWORD).await.expect("ben");

    let (status, body) = call(&app, Some(&ana), "POST", "/api/shares", r#"{"with":"ben"}"#).await;
    assert_eq!(status, 409, "a person is not a clinician: {body}");
    let (status, share) = call(
        &app,
        Some(&ana),
        "POST",
        "/api/shares",
        r#"{"with":"drlee","until":"2026-12-31"}"#,
    )
    .await;
    assert_eq!(status, 201, "{share}");
    assert_eq!(share["with"], "drlee");
    assert_eq!(share["status"], "active");
    let (_, list) = call(&app, Some(&ana), "GET", "/api/shares", "").await;
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    let (_, list) = call(&app, Some(&ben), "GET", "/api/shares", "").await;
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(0),
        "ben sees none of ana's"
    );
    let id = share["id"].as_str().expect("id").to_string();
    let (status, _) = call(&app, Some(&ben), "DELETE", &format!("/api/shares/{id}"), "").await;
    assert_eq!(status, 404, "ben cannot revoke ana's share");
    let (status, revoked) =
        call(&app, Some(&ana), "DELETE", &format!("/api/shares/{id}"), "").await;
    assert_eq!((status, revoked["status"].as_str()), (200, Some("revoked")));

    let (status, log) = call(&app, Some(&ana), "GET", "/api/audit", "").await;
    assert_eq!(status, 200);
    let actions: Vec<&str> = log
        .as_array()
        .expect("log")
        .iter()
        .map(|e| e["action"].as_str().expect("action"))
        .collect();
    assert_eq!(
        actions,
        ["login_failed", "login", "share_added", "share_revoked"]
    );
    let (_, log) = call(&app, Some(&ben), "GET", "/api/audit", "").await;
    let actions: Vec<&str> = log
        .as_array()
        .expect("log")
        .iter()
        .map(|e| e["action"].as_str().expect("action"))
        .collect();
    assert_eq!(actions, ["login"], "ben's log holds only ben's");
}

#[tokio::test]
async fn the_calendar_link_names_the_person_and_opens_only_with_their_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let app = server(&path);
    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let mut page = request("GET", "/plan", None, Body::empty());
    page.headers_mut()
        .insert(header::COOKIE, ana.cookie.parse().expect("header"));
    let (status, _, body) = app.send(page).await;
    assert_eq!(status, 200);
    let link = body
        .split("/calendar.ics?")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the calendar link")
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    assert!(link.starts_with("person=ana&key="), "{link}");
    let (status, feed) = app.get(&format!("/calendar.ics?{link}")).await;
    assert_eq!(status, 200);
    assert!(feed.starts_with("BEGIN:VCALENDAR"));
    let (status, _) = app.get("/calendar.ics?person=ben&key=0000").await;
    assert_eq!(status, 404);
    let key = link.split("key=").nth(1).expect("key");
    let (status, _) = app
        .get(&format!("/calendar.ics?person=ben&key={key}"))
        .await;
    assert_eq!(status, 404, "ana's key opens nothing of ben's");
}

#[tokio::test]
async fn a_clinician_sees_only_who_shared_most_urgent_first_read_only_and_audited() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    {
        let (mut store, _) = SqliteStore::open(&path).expect("store");
        let hash = nightcramp_web::auth::hash_password(PASSWORD).expect("hash");
        store
            .add_account("cat", Role::Person, &hash, jiff::Timestamp::UNIX_EPOCH)
            .expect("cat");
        let cat = store.operator_access(Some("cat")).expect("cat");
        // cat has cramps most nights of the last two weeks: more often than ana, and often
        // enough for the checkup to suggest a doctor.
        let cramps: Vec<nightcramp_store::Change> = (0..12)
            .map(|n| {
                let night =
                    jiff::civil::date(2026, 11, 15).saturating_add(jiff::Span::new().days(n));
                cramp(
                    100 + n as u128,
                    &format!("{}T03:00:00Z", night.tomorrow().expect("date")),
                )
            })
            .collect();
        store.apply(&cat, &cramps).expect("cat's cramps");
    }
    let app = server(&path);
    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let cat = log_in(&app, "cat", PASSWORD).await.expect("cat");
    let drlee = log_in(&app, "drlee", PASSWORD).await.expect("drlee");
    for who in [&ana, &cat] {
        let (status, _) = call(
            &app,
            Some(who),
            "POST",
            "/api/shares",
            r#"{"with":"drlee"}"#,
        )
        .await;
        assert_eq!(status, 201);
    }

    let (status, list) = call(&app, Some(&drlee), "GET", "/api/people", "").await;
    assert_eq!(status, 200);
    let names: Vec<&str> = list
        .as_array()
        .expect("list")
        .iter()
        .map(|p| p["person"].as_str().expect("person"))
        .collect();
    assert_eq!(
        names,
        ["cat", "ana"],
        "ben never shared; cat is the most urgent"
    );
    assert_eq!(list[1]["known_nights"], 1);
    assert!(list[1]["cramps_per_week"].as_f64().is_some());

    let (status, nights) = call(&app, Some(&drlee), "GET", "/api/people/ana/nights", "").await;
    assert_eq!(status, 200, "{nights}");
    let (status, _) = call(&app, Some(&drlee), "GET", "/api/people/ana/insights", "").await;
    assert_eq!(status, 200);
    let (status, report) = call(&app, Some(&drlee), "GET", "/api/people/ana/report", "").await;
    assert_eq!(status, 200, "{report}");
    let not_shared = call(&app, Some(&drlee), "GET", "/api/people/ben/nights", "").await;
    let no_one = call(&app, Some(&drlee), "GET", "/api/people/zoe/nights", "").await;
    assert_eq!(not_shared.0, 404);
    assert_eq!(not_shared, no_one, "not shared reads exactly like nobody");
    let (status, _) = call(&app, Some(&drlee), "POST", "/api/people/ana/episodes", "{}").await;
    assert!(status >= 400, "no writes to a shared diary: {status}");
    // A person is not a clinician.
    assert_eq!(
        call(&app, Some(&ana), "GET", "/api/people", "").await.0,
        404
    );
    assert_eq!(
        call(&app, Some(&ana), "GET", "/api/people/cat/nights", "")
            .await
            .0,
        404
    );

    let mut page = request("GET", "/people", None, Body::empty());
    page.headers_mut()
        .insert(header::COOKIE, drlee.cookie.parse().expect("header"));
    let (status, _, body) = app.send(page).await;
    assert_eq!(status, 200);
    assert!(body.find("cat") < body.find("ana"));
    let mut report = request("GET", "/people/ana/report", None, Body::empty());
    report
        .headers_mut()
        .insert(header::COOKIE, drlee.cookie.parse().expect("header"));
    assert_eq!(app.send(report).await.0, 200);

    // ana sees every read in her audit log, by whom.
    let (_, log) = call(&app, Some(&ana), "GET", "/api/audit", "").await;
    let reads: Vec<(&str, &str)> = log
        .as_array()
        .expect("log")
        .iter()
        .filter(|e| e["action"] == "read")
        .map(|e| (e["actor"].as_str().unwrap(), e["detail"].as_str().unwrap()))
        .collect();
    assert_eq!(
        reads,
        [
            ("drlee", "patient list"),
            ("drlee", "nights"),
            ("drlee", "insights"),
            ("drlee", "report"),
            ("drlee", "patient list"),
            ("drlee", "report")
        ]
    );

    // Revoked: gone at once, from the list and the diary.
    let (_, shares) = call(&app, Some(&ana), "GET", "/api/shares", "").await;
    let id = shares[0]["id"].as_str().expect("id").to_string();
    call(&app, Some(&ana), "DELETE", &format!("/api/shares/{id}"), "").await;
    assert_eq!(
        call(&app, Some(&drlee), "GET", "/api/people/ana/nights", "")
            .await
            .0,
        404
    );
    let (_, list) = call(&app, Some(&drlee), "GET", "/api/people", "").await;
    assert_eq!(list.as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn a_share_link_opens_the_report_without_an_account_until_revoked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let id = {
        let (mut store, _) = SqliteStore::open(&path).expect("store");
        let ana = store.operator_access(Some("ana")).expect("ana");
        store
            .add_share(
                &ana,
                nightcramp_store::NewShare {
                    with: None,
                    token: Some("a".repeat(64)),
                    until: Some(jiff::civil::date(2026, 12, 31)),
                    at: "2026-11-28T07:00:00Z".parse().expect("time"),
                    origin: "test".into(),
                },
            )
            .expect("link")
            .id
    };
    let app = server(&path);
    let (status, body) = app.get(&format!("/shared/{}", "a".repeat(64))).await;
    assert_eq!(status, 200);
    assert!(body.contains("<html"), "a report page");
    let (status, _) = app.get(&format!("/shared/{}", "b".repeat(64))).await;
    assert_eq!(status, 404);
    {
        let (mut store, _) = SqliteStore::open(&path).expect("store");
        let ana = store.operator_access(Some("ana")).expect("ana");
        store
            .revoke_share(&ana, &id.to_string(), jiff::Timestamp::UNIX_EPOCH, "test")
            .expect("revoked");
    }
    let (status, _) = app.get(&format!("/shared/{}", "a".repeat(64))).await;
    assert_eq!(status, 404, "revoked: gone at once");
}

#[tokio::test]
async fn a_researcher_sees_pooled_counts_of_those_who_shared_and_no_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    add_account(&path, "res", Role::Researcher);
    let app = server(&path);
    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let ben = log_in(&app, "ben", PASSWORD).await.expect("ben");
    let res = log_in(&app, "res", PASSWORD).await.expect("res");
    let drlee = log_in(&app, "drlee", PASSWORD).await.expect("drlee");
    let (_, nobody) = call(&app, Some(&res), "GET", "/api/study", "").await;
    assert_eq!(nobody["participants"], 0);
    for who in [&ana, &ben] {
        let (status, _) = call(&app, Some(who), "POST", "/api/shares", r#"{"with":"res"}"#).await;
        assert_eq!(status, 201);
    }
    let (status, study) = call(&app, Some(&res), "GET", "/api/study", "").await;
    assert_eq!(status, 200);
    assert_eq!(study["participants"], 2);
    assert_eq!(study["cramps"], 2);
    assert_eq!(study["known_nights"], 2);
    let text = study.to_string();
    assert!(
        !text.contains("ana") && !text.contains("ben"),
        "no names: {text}"
    );
    // One person's diary stays closed to a researcher, even shared.
    assert_eq!(
        call(&app, Some(&res), "GET", "/api/people/ana/nights", "")
            .await
            .0,
        404
    );
    assert_eq!(
        call(&app, Some(&res), "GET", "/api/people", "").await.0,
        404
    );
    assert_eq!(
        call(&app, Some(&drlee), "GET", "/api/study", "").await.0,
        404
    );
    assert_eq!(call(&app, Some(&ana), "GET", "/api/study", "").await.0, 404);
    let (_, log) = call(&app, Some(&ana), "GET", "/api/audit", "").await;
    assert!(
        log.as_array()
            .expect("log")
            .iter()
            .any(|e| e["actor"] == "res" && e["detail"] == "pooled counts"),
        "{log}"
    );
    let (_, shares) = call(&app, Some(&ben), "GET", "/api/shares", "").await;
    let id = shares[0]["id"].as_str().expect("id").to_string();
    call(&app, Some(&ben), "DELETE", &format!("/api/shares/{id}"), "").await;
    let (_, study) = call(&app, Some(&res), "GET", "/api/study", "").await;
    assert_eq!(study["participants"], 1, "revoked: out at once");
}

async fn page_as(app: &App, who: &Login, path: &str) -> (u16, String) {
    let mut req = request("GET", path, None, Body::empty());
    req.headers_mut()
        .insert(header::COOKIE, who.cookie.parse().expect("header"));
    let (status, _, body) = app.send(req).await;
    (status, body)
}

async fn form_as(
    app: &App,
    who: &Login,
    path: &str,
    fields: &str,
) -> (u16, Vec<(String, String)>, String) {
    let mut req = request(
        "POST",
        path,
        Some("application/x-www-form-urlencoded"),
        Body::from(format!("csrf={}&{fields}", who.csrf)),
    );
    req.headers_mut()
        .insert(header::COOKIE, who.cookie.parse().expect("header"));
    app.send(req).await
}

#[tokio::test]
async fn the_sharing_and_audit_pages_share_end_and_show_who_looked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let app = server(&path);
    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let (status, body) = page_as(&app, &ana, "/shares").await;
    assert_eq!(status, 200);
    assert!(body.contains("You have not shared your diary."));
    let (status, _, body) = form_as(&app, &ana, "/shares", "with=ben").await;
    assert_eq!(status, 409);
    assert!(
        body.contains("a diary can be shared with a clinician or a researcher"),
        "{body}"
    );
    let (status, _, body) = form_as(&app, &ana, "/shares", "with=drlee&until=2020-01-01").await;
    assert_eq!(status, 422, "{body}");
    let (status, headers, _) = form_as(&app, &ana, "/shares", "with=drlee&until=2026-12-31").await;
    assert_eq!((status, find(&headers, "location")), (303, Some("/shares")));
    let (_, body) = page_as(&app, &ana, "/shares").await;
    assert!(
        body.contains("drlee") && body.contains("can read it until Thursday 31 December 2026"),
        "{body}"
    );

    let drlee = log_in(&app, "drlee", PASSWORD).await.expect("drlee");
    assert_eq!(page_as(&app, &drlee, "/people/ana/report").await.0, 200);
    let (_, body) = page_as(&app, &ana, "/audit").await;
    assert!(
        body.contains("read your diary (report)") && body.contains("drlee"),
        "{body}"
    );
    assert!(body.contains("shared it (share"), "{body}");

    let (_, shares) = call(&app, Some(&ana), "GET", "/api/shares", "").await;
    let id = shares[0]["id"].as_str().expect("id").to_string();
    let (status, _, _) = form_as(
        &app,
        &ben_or(&app).await,
        &format!("/shares/{id}/revoke"),
        "",
    )
    .await;
    assert_eq!(status, 404, "ben cannot end ana's share");
    let (status, _, _) = form_as(&app, &ana, &format!("/shares/{id}/revoke"), "").await;
    assert_eq!(status, 303);
    let (_, body) = page_as(&app, &ana, "/shares").await;
    assert!(body.contains("ended by you"), "{body}");
    assert_eq!(page_as(&app, &drlee, "/people/ana/report").await.0, 404);
}

async fn ben_or(app: &App) -> Login {
    log_in(app, "ben", PASSWORD).await.expect("ben")
}

#[tokio::test]
async fn correct_logins_do_not_use_up_the_limit_nor_reset_someone_else_s_guesses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let app = server(&path);
    for _ in 0..10 {
        assert!(
            log_in(&app, "ben", PASSWORD).await.is_ok(),
            "a clinic behind one address"
        );
    }
    for _ in 0..4 {
        assert_eq!(
            log_in(&app, "ana", "guess").await.err().map(|e| e.0),
            Some(401)
        );
    }
    // ben logging in from the same address gives back only his own attempt.
    assert!(log_in(&app, "ben", PASSWORD).await.is_ok());
    assert_eq!(
        log_in(&app, "ana", "guess").await.err().map(|e| e.0),
        Some(401)
    );
    assert_eq!(
        log_in(&app, "ana", PASSWORD).await.err().map(|e| e.0),
        Some(429),
        "the guesses still count"
    );
}

/// An admin lists, adds and removes accounts (the API and the page, the same rules) and reads
/// no diary; nobody else finds the accounts at all.
#[tokio::test]
async fn an_admin_manages_accounts_and_reads_no_diary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    add_account(&path, "kim", Role::Admin);
    let app = server(&path);
    let kim = log_in(&app, "kim", PASSWORD).await.expect("kim");
    let names = |list: &Value| -> Vec<String> {
        list.as_array()
            .expect("a list")
            .iter()
            .map(|a| a["name"].as_str().expect("name").to_string())
            .collect()
    };
    let (status, list) = call(&app, Some(&kim), "GET", "/api/accounts", "").await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(names(&list), ["ana", "ben", "drlee", "kim"]);
    assert!(
        !list.to_string().contains("argon2"),
        "no hash is ever shown"
    );

    // An admin keeps no diary and reads none.
    for path in ["/api/episodes", "/api/people/ana/nights", "/api/people"] {
        let (status, _) = call(&app, Some(&kim), "GET", path, "").await;
        assert_eq!(status, 404, "{path}");
    }

    // Adding: a new clinician who can log in at once; bad input says which field and why.
    let (status, added) = call(
        &app,
        Some(&kim),
        "POST",
        "/api/accounts",
        &serde_json::json!({"name": "drsmith", "role": "clinician", "password": PASSWORD})
            .to_string(),
    )
    .await;
    assert_eq!(status, 201, "{added}");
    assert_eq!(added["role"], "clinician");
    assert!(log_in(&app, "drsmith", PASSWORD).await.is_ok());
    for (body, want, says) in [
        (
            serde_json::json!({"name": "ana", "role": "person", "password": PASSWORD}),
            409,
            "ana",
        ),
        (
            serde_json::json!({"name": "a/b", "role": "person", "password": PASSWORD}),
            422,
            "name: \"a/b\" is not allowed as an account name",
        ),
        (
            serde_json::json!({"name": "eve", "role": "boss", "password": PASSWORD}),
            422,
            "role: \"boss\" is not allowed; expected person, clinician, researcher or admin",
        ),
        (
            serde_json::json!({"name": "eve", "role": "person", "password": "short"}),
            422,
            "password: too short; use at least 8 characters",
        ),
    ] {
        let (status, error) =
            call(&app, Some(&kim), "POST", "/api/accounts", &body.to_string()).await;
        assert_eq!(status, want, "{body}: {error}");
        assert!(
            error["error"].as_str().is_some_and(|e| e.contains(says)),
            "{body}: {error}"
        );
    }

    // Removing: an account without entries goes (its sessions with it); a person's diary with
    // entries, one's own account and a name that is not there are refused.
    let drsmith = log_in(&app, "drsmith", PASSWORD).await.expect("drsmith");
    let (status, _) = call(&app, Some(&kim), "DELETE", "/api/accounts/drsmith", "").await;
    assert_eq!(status, 204);
    let (status, _) = call(&app, Some(&drsmith), "GET", "/api/people", "").await;
    assert_eq!(status, 401, "the removed account's session ended");
    let (status, error) = call(&app, Some(&kim), "DELETE", "/api/accounts/ana", "").await;
    assert_eq!(status, 409);
    assert!(error.to_string().contains("--delete-diary"), "{error}");
    let (status, error) = call(&app, Some(&kim), "DELETE", "/api/accounts/kim", "").await;
    assert_eq!(status, 409);
    assert!(
        error.to_string().contains("cannot remove your own account"),
        "{error}"
    );
    let (status, _) = call(&app, Some(&kim), "DELETE", "/api/accounts/nobody", "").await;
    assert_eq!(status, 404);

    // Nobody else reaches the accounts, by the API or the page.
    for name in ["ana", "drlee"] {
        let who = log_in(&app, name, PASSWORD).await.expect(name);
        for (method, path) in [
            ("GET", "/api/accounts"),
            ("POST", "/api/accounts"),
            ("DELETE", "/api/accounts/ben"),
            ("GET", "/admin"),
        ] {
            let (status, _) = call(&app, Some(&who), method, path, "{}").await;
            assert_eq!(status, 404, "{name}: {method} {path}");
        }
    }
    let (_, list) = call(&app, Some(&kim), "GET", "/api/accounts", "").await;
    assert_eq!(
        names(&list),
        ["ana", "ben", "drlee", "kim"],
        "nothing changed"
    );

    // The page: an admin lands there, sees everyone, adds with a form, and is told why not.
    let (status, headers, _) = {
        let mut req = request("GET", "/", None, Body::empty());
        req.headers_mut()
            .insert(header::COOKIE, kim.cookie.parse().expect("header"));
        app.send(req).await
    };
    assert_eq!(status, 303);
    assert_eq!(find(&headers, "location"), Some("/admin"));
    let (status, page) = page_as(&app, &kim, "/admin").await;
    assert_eq!(status, 200);
    assert!(page.contains("<td>drlee</td><td>clinician</td>"), "{page}");
    assert!(!page.contains("Remove kim"), "no button to remove oneself");
    let (status, headers, _) = form_as(
        &app,
        &kim,
        "/admin",
        "name=eve&role=researcher&password=correct+horse+battery",
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(find(&headers, "location"), Some("/admin"));
    let (status, _, page) = form_as(&app, &kim, "/admin", "name=eve&role=person&password=x").await;
    assert_eq!(status, 422);
    assert!(page.contains("password: too short"), "{page}");
    let (status, _, _) = form_as(&app, &kim, "/admin/eve/remove", "").await;
    assert_eq!(status, 303);
    let (_, list) = call(&app, Some(&kim), "GET", "/api/accounts", "").await;
    assert_eq!(names(&list), ["ana", "ben", "drlee", "kim"]);
}

/// A clinician reads a shared diary's checkup and insights as pages, read-only: the
/// person's own last answers, no form to change them, every read in the person's audit log;
/// nobody else finds the pages, and a revoked share ends them.
#[tokio::test]
async fn a_clinician_reads_a_shared_checkup_and_insights_as_pages_read_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    let app = server(&path);
    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let (status, _, _) = form_as(&app, &ana, "/checkup", "one_leg_swollen=no").await;
    assert_eq!(status, 303, "ana answers a question");
    let drlee = log_in(&app, "drlee", PASSWORD).await.expect("drlee");
    assert_eq!(
        page_as(&app, &drlee, "/people/ana/checkup").await.0,
        404,
        "not shared yet"
    );
    let (status, _, _) = form_as(&app, &ana, "/shares", "with=drlee&until=2026-12-31").await;
    assert_eq!(status, 303);

    let (status, body) = page_as(&app, &drlee, "/people/ana/checkup").await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("ana&#39;s diary, shared with you: read-only"),
        "{body}"
    );
    assert!(
        !body.contains("<form action=\"/checkup\""),
        "no form: {body}"
    );
    assert!(body.contains("not answered"), "{body}");
    assert!(
        body.contains("<strong>no</strong>"),
        "ana's own answer: {body}"
    );
    assert!(body.contains("href=\"/people/ana/insights\""), "{body}");
    assert!(
        !body.contains("href=\"/morning\""),
        "no links to drlee's own pages"
    );

    let (status, body) = page_as(&app, &drlee, "/people/ana/insights").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("shared with you: read-only"), "{body}");

    let ben = ben_or(&app).await;
    assert_eq!(page_as(&app, &ben, "/people/ana/checkup").await.0, 404);
    assert_eq!(page_as(&app, &drlee, "/people/ben/insights").await.0, 404);
    let (_, body) = page_as(&app, &drlee, "/people").await;
    assert!(body.contains("href=\"/people/ana/checkup\""), "{body}");

    let (_, body) = page_as(&app, &ana, "/audit").await;
    assert!(
        body.contains("read your diary (checkup)") && body.contains("read your diary (insights)"),
        "{body}"
    );
    let (_, shares) = call(&app, Some(&ana), "GET", "/api/shares", "").await;
    let id = shares[0]["id"].as_str().expect("id").to_string();
    let (status, _, _) = form_as(&app, &ana, &format!("/shares/{id}/revoke"), "").await;
    assert_eq!(status, 303);
    assert_eq!(page_as(&app, &drlee, "/people/ana/insights").await.0, 404);
}

/// Fourteen logged nights before 28 November in ana's diary, cramps on every other one.
fn ana_baseline(path: &std::path::Path) {
    let (mut store, _) = SqliteStore::open(path).expect("store");
    let ana = store.operator_access(Some("ana")).expect("ana");
    let mut changes = Vec::new();
    for day in 14..28 {
        if day % 2 == 0 {
            changes.push(cramp(
                100 + day,
                &format!("2026-11-{:02}T02:00:00Z", day + 1),
            ));
        } else {
            changes.push(nightcramp_store::Change::PutCheckIn(
                nightcramp_core::domain::CheckIn {
                    id: uuid::Uuid::from_u128(200 + day),
                    night: format!("2026-11-{day}").parse().expect("night"),
                    sleep_disturbance: None,
                    recorded_at: None,
                },
                nightcramp_store::Mode::Replace,
            ));
        }
    }
    store.apply(&ana, &changes).expect("baseline");
}

fn server_at(path: &std::path::Path, now: &str) -> App {
    let (store, _) = SqliteStore::open(path).expect("store");
    let clock = nightcramp_web::state::Clock::fixed(
        now.parse().expect("time"),
        jiff::tz::TimeZone::get("Europe/Berlin").expect("zone"),
    );
    let state = nightcramp_web::state_with_clock(Box::new(store), None, clock).expect("state");
    App {
        router: nightcramp_web::app(state),
    }
}

/// An experiment through the API and the pages: refusals that store nothing, the schedule
/// kept as drawn, tonight's line on the home page, the morning's question recorded as the
/// day's factor, a clinician's read-only view once shared, and stopping.
#[tokio::test]
async fn an_experiment_runs_through_the_api_and_the_pages_and_a_clinician_reads_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    ana_baseline(&path);
    let app = server(&path);
    let ana = log_in(&app, "ana", PASSWORD).await.expect("ana");
    let (status, body) = call(&app, Some(&ana), "GET", "/api/experiment", "").await;
    assert_eq!(status, 404, "{body}");
    for (body, status, says) in [
        (r#"{"change": "magnesium_mg=300"}"#, 409, "prescriber"),
        (r#"{"change": "standing"}"#, 422, "not a factor"),
        (r#"{"change": "stretched", "pairs": "four"}"#, 400, "pairs"),
        (
            r#"{"change": "stretched", "colour": "blue"}"#,
            400,
            "colour",
        ),
        (
            r#"{"change": "stretched", "start": "2026-11-01"}"#,
            422,
            "cannot be given an arm",
        ),
    ] {
        let (got, answer) = call(&app, Some(&ana), "POST", "/api/experiment", body).await;
        assert_eq!(got, status, "{body}: {answer}");
        assert!(
            answer["error"].as_str().unwrap_or("").contains(says),
            "{body}: {answer}"
        );
    }
    let (status, started) = call(
        &app,
        Some(&ana),
        "POST",
        "/api/experiment",
        r#"{"change": "stretched"}"#,
    )
    .await;
    assert_eq!(status, 201, "{started}");
    assert_eq!(
        (started["status"].as_str(), started["start"].as_str()),
        (Some("running"), Some("2026-11-28"))
    );
    assert_eq!(started["schedule"].as_array().map(Vec::len), Some(112));
    assert_eq!(started["tonight"], started["schedule"][0]["arm"]);
    let (status, again) = call(
        &app,
        Some(&ana),
        "POST",
        "/api/experiment",
        r#"{"change": "massage"}"#,
    )
    .await;
    assert_eq!(status, 409, "{again}");
    let (_, shown) = call(&app, Some(&ana), "GET", "/api/experiment", "").await;
    assert_eq!(shown["schedule"], started["schedule"], "never re-drawn");
    let (status, result) = call(&app, Some(&ana), "GET", "/api/experiment/result", "").await;
    assert_eq!(
        (status, result["verdict"].as_str()),
        (200, Some("not_enough_data"))
    );

    let (status, page) = page_as(&app, &ana, "/experiment").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("id=\"tonight\"") && page.contains("Tonight:"),
        "{page}"
    );
    assert!(page.contains("Stop the experiment") && !page.contains("id=\"start-experiment\""));
    let (_, home) = page_as(&app, &ana, "/").await;
    assert!(home.contains("id=\"experiment-tonight\""), "{home}");

    // The next morning, the check-in asks whether the change was made and keeps the answer.
    let morning = server_at(&path, "2026-11-29T08:00:00+01:00");
    let ana2 = log_in(&morning, "ana", PASSWORD).await.expect("ana");
    let (_, page) = page_as(&morning, &ana2, "/morning").await;
    assert!(page.contains("id=\"made-question\""), "{page}");
    let (status, _, _) = form_as(
        &morning,
        &ana2,
        "/morning",
        "night=2026-11-28&answer=none&made=yes",
    )
    .await;
    assert_eq!(status, 303);
    let (_, day) = call(&morning, Some(&ana2), "GET", "/api/days/2026-11-28", "").await;
    assert_eq!(day["factors"]["stretched"], true, "{day}");
    let (_, page) = page_as(&morning, &ana2, "/morning?date=2026-11-28").await;
    assert!(
        !page.contains("id=\"made-question\""),
        "answered: not asked again"
    );

    // A clinician sees it only once shared, read-only.
    let drlee = log_in(&app, "drlee", PASSWORD).await.expect("drlee");
    assert_eq!(
        call(&app, Some(&drlee), "GET", "/api/people/ana/experiment", "")
            .await
            .0,
        404
    );
    let (status, _) = call(
        &app,
        Some(&ana),
        "POST",
        "/api/shares",
        r#"{"with": "drlee", "until": "2026-12-31"}"#,
    )
    .await;
    assert_eq!(status, 201);
    let (status, theirs) = call(&app, Some(&drlee), "GET", "/api/people/ana/experiment", "").await;
    assert_eq!((status, &theirs["id"]), (200, &started["id"]));
    let (status, _) = call(
        &app,
        Some(&drlee),
        "GET",
        "/api/people/ana/experiment/result",
        "",
    )
    .await;
    assert_eq!(status, 200);
    let (status, page) = page_as(&app, &drlee, "/people/ana/experiment").await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("shared with you: read-only") && !page.contains("Stop the experiment"),
        "{page}"
    );
    let (_, audit) = page_as(&app, &ana, "/audit").await;
    assert!(audit.contains("read your diary (experiment)"), "{audit}");

    let (status, stopped) = call(&app, Some(&ana), "POST", "/api/experiment/stop", "").await;
    assert_eq!(
        (status, stopped["status"].as_str()),
        (200, Some("stopped")),
        "{stopped}"
    );
    assert_eq!(
        call(&app, Some(&ana), "POST", "/api/experiment/stop", "")
            .await
            .0,
        409
    );
}

/// A finished two-pair trial of stretching in `name`'s diary: a cramp every usual night, one
/// every fourth change night.
fn finished_trial(path: &std::path::Path, name: &str, seed: u128) {
    use nightcramp_core::experiment::{Arm, Design, Experiment, TrialChange};
    let (mut store, _) = SqliteStore::open(path).expect("store");
    let access = store.operator_access(Some(name)).expect(name);
    let experiment = Experiment {
        id: format!("trial-{name}"),
        change: TrialChange::parse_stored("stretched").expect("change"),
        design: Design {
            pairs: 2,
            period_nights: 14,
            washout_nights: 2,
        },
        start: "2026-07-01".parse().expect("date"),
        order: vec![Arm::Change, Arm::Usual],
        created_at: "2026-07-01T08:00:00Z".parse().expect("time"),
        stopped_at: None,
    };
    let mut changes = vec![nightcramp_store::Change::PutExperiment(experiment.record())];
    for (i, n) in experiment.schedule().into_iter().enumerate() {
        let cramp_tonight = n.arm == Arm::Usual || i % 4 == 0;
        if cramp_tonight {
            let next = n.night.tomorrow().expect("date");
            changes.push(cramp(seed * 1000 + i as u128, &format!("{next}T02:00:00Z")));
        } else {
            changes.push(nightcramp_store::Change::PutCheckIn(
                nightcramp_core::domain::CheckIn {
                    id: uuid::Uuid::from_u128(seed * 1000 + 500 + i as u128),
                    night: n.night,
                    sleep_disturbance: None,
                    recorded_at: None,
                },
                nightcramp_store::Mode::Replace,
            ));
        }
    }
    store.apply(&access, &changes).expect("trial");
}

/// A researcher gets one pooled estimate for the change both participants tested, with
/// nobody named; a change only one person tested is not shown.
#[tokio::test]
async fn a_researcher_gets_a_pooled_estimate_of_the_same_experiment_without_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    household(&path);
    add_account(&path, "res", Role::Researcher);
    finished_trial(&path, "ana", 7);
    finished_trial(&path, "ben", 8);
    let app = server(&path);
    let res = log_in(&app, "res", PASSWORD).await.expect("res");
    for name in ["ana", "ben"] {
        let who = log_in(&app, name, PASSWORD).await.expect(name);
        let (status, _) = call(&app, Some(&who), "POST", "/api/shares", r#"{"with":"res"}"#).await;
        assert_eq!(status, 201);
    }
    let (status, study) = call(&app, Some(&res), "GET", "/api/study", "").await;
    assert_eq!(status, 200, "{study}");
    let pooled = study["experiments"].as_array().expect("experiments");
    assert_eq!(pooled.len(), 1, "{study}");
    assert_eq!(pooled[0]["change"], "stretched");
    assert_eq!(pooled[0]["participants"], 2);
    let rr = pooled[0]["rate_ratio"].as_f64().expect("ratio");
    assert!(
        rr < 0.6,
        "fewer cramps with the change across both: {study}"
    );
    assert!(
        pooled[0]["probability_helps"].as_f64().expect("p") > 0.9,
        "{study}"
    );
    let text = study.to_string();
    assert!(
        !text.contains("ana") && !text.contains("ben") && !text.contains("trial-"),
        "no names: {text}"
    );
}
