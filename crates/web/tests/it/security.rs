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
    assert!(nightcramp_web::check_listen(any, Some("s3cret-enough")).is_ok());
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
    assert!(body.contains("Wrong password."));
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
    assert!(body.contains("Too many failed logins"));
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

/// A one-person server on a diary file with the server password, at `now`.
fn password_server(path: &std::path::Path, password: &str, now: &str) -> App {
    let (store, _) = nightcramp_store::SqliteStore::open(path).expect("store");
    let clock = nightcramp_web::state::Clock::fixed(
        now.parse().expect("time"),
        jiff::tz::TimeZone::get("Europe/Berlin").expect("zone"),
    );
    let state =
        nightcramp_web::state_with_clock(Box::new(store), Some(password), clock).expect("state");
    App {
        router: nightcramp_web::app(state),
    }
}

/// Logs in through the API with the server password: the cookie and the CSRF token, or the
/// status.
async fn password_log_in(app: &App, password: &str) -> Result<(String, String), u16> {
    let body = serde_json::json!({ "password": password }).to_string();
    let (status, headers, body) = app
        .send(request(
            "POST",
            "/api/session",
            Some("application/json"),
            Body::from(body),
        ))
        .await;
    if status != 200 {
        return Err(status);
    }
    let cookie = find(&headers, "set-cookie")
        .and_then(|c| c.split(';').next())
        .expect("a cookie")
        .to_string();
    let csrf = serde_json::from_str::<serde_json::Value>(&body).expect("json")["csrf"]
        .as_str()
        .expect("csrf")
        .to_string();
    Ok((cookie, csrf))
}

async fn episodes_status(app: &App, cookie: &str) -> u16 {
    let mut req = request("GET", "/api/episodes", None, Body::empty());
    req.headers_mut()
        .insert(header::COOKIE, cookie.parse().expect("cookie"));
    app.send(req).await.0
}

/// The one-person server password's sessions live in the store: a session made through one
/// server works through another on the same diary, a logout through either ends it on both,
/// a restart with the same password keeps it, and a new password ends it.
#[tokio::test]
async fn server_password_sessions_are_shared_by_servers_and_end_everywhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let now = "2026-11-28T08:00:00+01:00";
    let (one, two) = (
        password_server(&path, "correct horse", now),
        password_server(&path, "correct horse", now),
    );
    let (cookie, csrf) = password_log_in(&one, "correct horse").await.expect("login");
    assert_eq!(
        episodes_status(&two, &cookie).await,
        200,
        "made on one, works on two"
    );
    assert_eq!(
        password_log_in(&two, "a wrong guess").await.err(),
        Some(401)
    );
    let mut logout = request("DELETE", "/api/session", None, Body::empty());
    logout
        .headers_mut()
        .insert(header::COOKIE, cookie.parse().expect("cookie"));
    logout
        .headers_mut()
        .insert("x-csrf-token", csrf.parse().expect("csrf"));
    assert_eq!(two.send(logout).await.0, 200);
    assert_eq!(
        episodes_status(&one, &cookie).await,
        401,
        "ended on one too"
    );

    let (cookie, _) = password_log_in(&one, "correct horse").await.expect("again");
    let restarted = password_server(&path, "correct horse", now);
    assert_eq!(
        episodes_status(&restarted, &cookie).await,
        200,
        "a restart with the same password keeps the session"
    );
    let changed = password_server(&path, "a new password", now);
    assert_eq!(
        episodes_status(&changed, &cookie).await,
        401,
        "a new password ends the old sessions"
    );
    assert_eq!(
        password_log_in(&changed, "correct horse").await.err(),
        Some(401),
        "the old password no longer opens it"
    );

    // Logins and the wrong guesses (the old password's too) are in the diary's own log.
    let (cookie, _) = password_log_in(&changed, "a new password")
        .await
        .expect("login");
    let mut audit = request("GET", "/api/audit", None, Body::empty());
    audit
        .headers_mut()
        .insert(header::COOKIE, cookie.parse().expect("cookie"));
    let (status, _, body) = changed.send(audit).await;
    assert_eq!(status, 200, "{body}");
    let log: serde_json::Value = serde_json::from_str(&body).expect("json");
    let actions: Vec<&str> = log
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(
        actions,
        ["login", "login_failed", "login", "login_failed", "login"],
        "{log}"
    );
}

/// A burst of wrong passwords released at once from one address: only the attempts the
/// window allows are checked (counting and checking are one step in the store), the rest
/// are refused at once; the right password waits out the window, then works.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_parallel_burst_of_logins_gets_only_the_allowed_attempts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let app = std::sync::Arc::new(password_server(
        &path,
        "correct horse",
        "2026-11-28T08:00:00+01:00",
    ));
    let tries: Vec<_> = (0..100)
        .map(|_| {
            let app = std::sync::Arc::clone(&app);
            tokio::spawn(async move { password_log_in(&app, "guess").await.err() })
        })
        .collect();
    let mut statuses = std::collections::BTreeMap::new();
    for t in tries {
        *statuses
            .entry(t.await.expect("task").expect("refused"))
            .or_insert(0) += 1;
    }
    assert_eq!(
        statuses.get(&401).copied().unwrap_or(0),
        nightcramp_web::auth::LOGIN_ATTEMPTS,
        "exactly the allowed attempts were checked: {statuses:?}"
    );
    assert_eq!(
        statuses.values().sum::<u32>(),
        100,
        "every other one refused: {statuses:?}"
    );
    assert!(
        statuses.keys().all(|s| *s == 401 || *s == 429),
        "{statuses:?}"
    );
    assert_eq!(
        password_log_in(&app, "correct horse").await.err(),
        Some(429),
        "the right password waits out the window"
    );
    let later = password_server(&path, "correct horse", "2026-11-28T08:01:01+01:00");
    assert!(
        password_log_in(&later, "correct horse").await.is_ok(),
        "once the window has passed the right password works"
    );
}

/// No other site can frame a page (one click in a framed delete form deleted a cramp), and
/// every answer (a page, the API, an asset, a refusal, a redirect) says so, with a policy
/// that allows only our own scripts and styles.
#[tokio::test]
async fn every_answer_forbids_framing_and_foreign_scripts() {
    let open = App::new(None);
    let locked = App::new(Some("correct horse"));
    let mut foreign = request(
        "POST",
        "/api/episodes",
        Some("application/json"),
        Body::from("{}"),
    );
    foreign.headers_mut().insert(
        header::ORIGIN,
        "http://evil.example".parse().expect("header"),
    );
    let answers = [
        open.send(request("GET", "/entries/x/delete", None, Body::empty()))
            .await,
        open.send(request("GET", "/", None, Body::empty())).await,
        open.send(request("GET", "/report", None, Body::empty()))
            .await,
        open.send(request("GET", "/api/nights", None, Body::empty()))
            .await,
        open.send(request("GET", "/static/app.js", None, Body::empty()))
            .await,
        open.send(request("GET", "/no/such/page", None, Body::empty()))
            .await,
        open.send(foreign).await,
        locked.send(request("GET", "/", None, Body::empty())).await,
    ];
    for (status, headers, _) in &answers {
        let policy = find(headers, "content-security-policy").unwrap_or_default();
        assert!(
            policy.contains("frame-ancestors 'none'")
                && policy.contains("script-src 'self';")
                && !policy.contains("unsafe-inline"),
            "{status}: {policy}"
        );
        assert_eq!(find(headers, "x-frame-options"), Some("DENY"), "{status}");
        assert_eq!(
            find(headers, "x-content-type-options"),
            Some("nosniff"),
            "{status}"
        );
        assert_eq!(
            find(headers, "referrer-policy"),
            Some("same-origin"),
            "{status}"
        );
    }
    // The report's inline style is the one the policy's hash allows, and it has no
    // inline script (the print button is /static/report.js).
    let (_, headers, report) = &answers[2];
    let policy = find(headers, "content-security-policy").unwrap_or_default();
    assert!(report.contains(nightcramp_web::security::REPORT_STYLE));
    assert!(
        !report.contains("javascript:"),
        "an inline script would be blocked"
    );
    assert_eq!(policy.matches("'sha256-").count(), 2, "{policy}");
}

/// With the server password, a calendar app (which has no session) subscribes by the feed's
/// key alone; a wrong key or none is 404, and the key opens nothing else.
#[tokio::test]
async fn the_calendar_feed_opens_by_its_key_alone_when_a_password_is_set() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let app = password_server(&path, "correct horse", "2026-11-28T08:00:00+01:00");
    let (cookie, _) = password_log_in(&app, "correct horse")
        .await
        .expect("logged in");
    let mut plan = request("GET", "/plan", None, Body::empty());
    plan.headers_mut()
        .insert(header::COOKIE, cookie.parse().expect("cookie"));
    let (status, _, body) = app.send(plan).await;
    assert_eq!(status, 200);
    let query = body
        .split("/calendar.ics?")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the calendar link on the plan page")
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    let key = query.split("key=").nth(1).expect("a key").to_string();
    assert_eq!(key.len(), 32, "128 bits as hex: {key}");

    let (status, feed) = app.get(&format!("/calendar.ics?{query}")).await;
    assert_eq!(status, 200, "{feed}");
    assert!(feed.starts_with("BEGIN:VCALENDAR"), "{feed}");
    for wrong in [
        "/calendar.ics".to_string(),
        "/calendar.ics?key=".to_string(),
        format!("/calendar.ics?key={}0", &key[..31]),
    ] {
        let (status, body) = app.get(&wrong).await;
        assert_eq!(status, 404, "{wrong}: {body}");
        assert!(!body.contains("BEGIN:VCALENDAR"));
    }
    let (status, _) = app.get(&format!("/api/episodes?key={key}")).await;
    assert_eq!(status, 401, "the key is the feed's, not a session");
}

/// A Host that only starts like this machine's (`127.0.0.1:8787@evil.example`) is refused,
/// and an https Origin is not this http server's, so a write from it is refused.
#[tokio::test]
async fn hosts_are_read_strictly_and_origins_by_scheme_too() {
    let app = App::new(None);
    for hostile in [
        "127.0.0.1:8787@evil.example",
        "127.0.0.1:8787/x",
        "127.0.0.1:70000",
    ] {
        let mut req = request("GET", "/", None, Body::empty());
        req.headers_mut()
            .insert(header::HOST, hostile.parse().expect("header"));
        let (status, _, _) = app.send(req).await;
        assert_eq!(status, 400, "{hostile}");
    }
    let write = |origin: &str, proto: Option<&str>| {
        let mut req = request(
            "POST",
            "/api/checkins",
            Some("application/json"),
            Body::from(r#"{"night":"2026-11-01"}"#),
        );
        req.headers_mut()
            .insert(header::ORIGIN, origin.parse().expect("header"));
        if let Some(proto) = proto {
            req.headers_mut()
                .insert("x-forwarded-proto", proto.parse().expect("header"));
        }
        req
    };
    let (status, _, _) = app.send(write("https://127.0.0.1:8787", None)).await;
    assert_eq!(
        status, 403,
        "an https page is another origin than this http server"
    );
    let (status, _, _) = app.send(write("http://127.0.0.1:8787", None)).await;
    assert_eq!(status, 200);
    let (status, _, _) = app
        .send(write("https://127.0.0.1:8787", Some("https")))
        .await;
    assert_eq!(status, 200, "behind a proxy that serves https");
}

/// Off this machine, a password of spaces or a few characters is no password.
#[test]
fn listening_beyond_loopback_needs_a_long_enough_password() {
    let any: std::net::SocketAddr = "0.0.0.0:8787".parse().expect("addr");
    for weak in ["        ", "x", "  short  "] {
        assert!(
            nightcramp_web::check_listen(any, Some(weak)).is_err(),
            "{weak:?}"
        );
    }
    let err = nightcramp_web::check_listen(any, Some("x")).expect_err("short");
    assert!(
        err.to_string().contains("shorter than 8 characters"),
        "{err}"
    );
    assert!(nightcramp_web::check_listen(any, Some("correct horse")).is_ok());
    let home: std::net::SocketAddr = "127.0.0.1:8787".parse().expect("addr");
    assert!(
        nightcramp_web::check_listen(home, Some("x")).is_ok(),
        "this machine only"
    );
}

/// A client that opens a connection and sends nothing, half a request's head, or nothing
/// more after a request on a kept-alive connection is let go after the header timeout
/// (such connections were once held forever); a whole request is answered as before.
#[tokio::test]
async fn idle_and_half_sent_connections_are_closed() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(nightcramp_web::connections::serve_connections(
        listener,
        App::new(None).router,
        std::time::Duration::from_millis(300),
        async {
            let _ = stopped.await;
        },
    ));
    // Read until the server closes the connection; a generous bound, far above the timeout.
    let until_closed = |mut stream: tokio::net::TcpStream| async move {
        let mut answer = Vec::new();
        tokio::time::timeout(
            std::time::Duration::from_secs(20),
            stream.read_to_end(&mut answer),
        )
        .await
        .expect("the server closed the connection")
        .ok();
        String::from_utf8_lossy(&answer).into_owned()
    };
    let silent = tokio::net::TcpStream::connect(addr).await.expect("connect");
    until_closed(silent).await;

    let mut half = tokio::net::TcpStream::connect(addr).await.expect("connect");
    half.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .await
        .expect("send");
    let answer = until_closed(half).await;
    assert!(!answer.contains("200 OK"), "{answer}");

    let mut kept = tokio::net::TcpStream::connect(addr).await.expect("connect");
    kept.write_all(format!("GET /static/app.css HTTP/1.1\r\nHost: {addr}\r\n\r\n").as_bytes())
        .await
        .expect("send");
    let answer = until_closed(kept).await;
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");

    let _ = stop.send(());
    server.await.expect("the server stopped");
}
