//! Loopback only without a password; with one: login, sessions, CSRF, rate limits. And no
//! page from another site can make the browser write to the diary.

use axum::body::Body;
use axum::http::header;

use crate::support::{App, header as find, request};

#[test]
fn listening_beyond_loopback_needs_a_password() {
    let any: std::net::SocketAddr = "0.0.0.0:8787".parse().expect("addr");
    let err = nightcramp_web::check_listen(any, None).expect_err("refused");
    assert!(
        err.to_string()
            .starts_with("refusing to listen on 0.0.0.0:8787 without a password"),
        "{err}"
    );
    assert!(
        nightcramp_web::check_listen(any, Some("")).is_err(),
        "an empty password is no password"
    );
    assert!(nightcramp_web::check_listen(any, Some("s3cret")).is_ok());
    assert!(nightcramp_web::check_listen("127.0.0.1:8787".parse().expect("addr"), None).is_ok());
}

#[tokio::test]
async fn other_sites_and_other_hosts_are_refused() {
    let app = App::new(None);
    let mut cross = request(
        "POST",
        "/api/episodes",
        Some("application/json"),
        Body::from("{}"),
    );
    cross.headers_mut().insert(
        header::ORIGIN,
        "http://evil.example".parse().expect("header"),
    );
    let (status, _, body) = app.send(cross).await;
    assert_eq!(status, 403);
    assert!(body.contains("another site"));
    let mut rebinding = request("GET", "/", None, Body::empty());
    rebinding
        .headers_mut()
        .insert(header::HOST, "evil.example:8787".parse().expect("header"));
    let (status, _, _) = app.send(rebinding).await;
    assert_eq!(
        status, 403,
        "DNS rebinding: a foreign Host never reaches the diary"
    );
    let mut same = request(
        "POST",
        "/api/checkins",
        Some("application/json"),
        Body::from(r#"{"night":"2026-11-01"}"#),
    );
    same.headers_mut().insert(
        header::ORIGIN,
        "http://127.0.0.1:8787".parse().expect("header"),
    );
    let (status, _, _) = app.send(same).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn with_a_password_everything_but_login_needs_a_session_and_writes_need_the_token() {
    let app = App::new(Some("correct horse"));
    let (status, headers, _) = app.send(request("GET", "/", None, Body::empty())).await;
    assert_eq!(status, 303);
    assert_eq!(find(&headers, "location"), Some("/login"));
    let (status, _) = app.json("GET", "/api/nights", "").await;
    assert_eq!(status, 401);
    let (status, _, body) = app.form("/login", "password=wrong").await;
    assert_eq!(status, 401);
    assert!(body.contains("wrong password"));
    let (status, headers, _) = app.form("/login", "password=correct+horse").await;
    assert_eq!(status, 303);
    let cookie = find(&headers, "set-cookie").expect("cookie").to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let session = cookie.split(';').next().expect("pair").to_string();

    let mut page = request("GET", "/day", None, Body::empty());
    page.headers_mut()
        .insert(header::COOKIE, session.parse().expect("header"));
    let (status, _, body) = app.send(page).await;
    assert_eq!(status, 200);
    let token = body
        .split(r#"name="csrf" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("token")
        .to_string();
    assert_eq!(token.len(), 64);

    let mut without = request(
        "POST",
        "/day",
        Some("application/x-www-form-urlencoded"),
        Body::from("date=2026-11-20&standing_h=9"),
    );
    without
        .headers_mut()
        .insert(header::COOKIE, session.parse().expect("header"));
    let (status, _, _) = app.send(without).await;
    assert_eq!(status, 403, "a form without the token is refused");
    let mut with = request(
        "POST",
        "/day",
        Some("application/x-www-form-urlencoded"),
        Body::from(format!("csrf={token}&date=2026-11-20&standing_h=9")),
    );
    with.headers_mut()
        .insert(header::COOKIE, session.parse().expect("header"));
    let (status, _, _) = app.send(with).await;
    assert_eq!(status, 303);
    let mut api = request(
        "PUT",
        "/api/days/2026-11-21",
        Some("application/json"),
        Body::from(r#"{"factors":{"water_l":2}}"#),
    );
    api.headers_mut()
        .insert(header::COOKIE, session.parse().expect("header"));
    api.headers_mut()
        .insert("x-csrf-token", token.parse().expect("header"));
    let (status, _, _) = app.send(api).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn failed_logins_are_rate_limited() {
    let app = App::new(Some("correct horse"));
    for _ in 0..5 {
        let (status, _, _) = app.form("/login", "password=guess").await;
        assert_eq!(status, 401);
    }
    let (status, _, body) = app.form("/login", "password=correct+horse").await;
    assert_eq!(status, 429, "even the right password waits out the window");
    assert!(body.contains("too many failed logins"));
}

/// A single server password is for a one-person diary: with accounts, people log in by name.
#[test]
fn a_store_with_accounts_refuses_a_single_server_password() {
    use nightcramp_store::Store as _;
    let mut store = nightcramp_store::SqliteStore::open_in_memory().expect("store");
    store
        .add_account(
            "ana",
            nightcramp_store::Role::Person,
            "hash",
            jiff::Timestamp::UNIX_EPOCH,
        )
        .expect("ana");
    let clock = nightcramp_web::state::Clock::fixed(
        "2026-11-28T08:00:00+01:00".parse().expect("time"),
        jiff::tz::TimeZone::UTC,
    );
    match nightcramp_web::state_with_clock(Box::new(store), Some("pw"), clock) {
        Err(e) => assert!(e.to_string().contains("people log in by name"), "{e}"),
        Ok(_) => panic!("a server password over accounts"),
    }
}
