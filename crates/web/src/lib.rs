/*!
nightcramp's web app: the pages a person uses on their phone at night and in the morning,
a JSON API under `/api` that the pages and other programs use, and the offline service
worker, all served from this one binary with every asset embedded (no CDN, no outside
fonts or scripts).

Pages are server-rendered HTML (askama templates, escaped by default) and every form
works without JavaScript as a plain POST-redirect-GET. A little JavaScript adds what only
a browser can do: the cramp timer, the stretch countdown, the theme switch, and keeping a
cramp logged while the server is unreachable until it can be sent.
*/

pub mod admin;
pub mod api;
pub mod auth;
pub mod connections;
pub mod experiments;
pub use nightcramp_core::charts;
pub mod language;
pub mod pages;
pub mod people;
pub mod security;
pub mod state;
pub mod upload;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use nightcramp_store::Store;

use crate::auth::{Auth, SESSION_COOKIE, cookie, loopback_host, same_secret};
use crate::state::{AppState, Clock, DiaryHandle, ServeMode, Viewer};

/// The largest request body accepted (forms and JSON; a diary entry is a few hundred bytes).
pub const BODY_LIMIT: usize = 64 * 1024;

/// The session of the request, when a password is set: templates embed its CSRF token.
/// An extractor that never fails: without a password (or on public pages) it is empty.
#[derive(Clone, Debug, Default)]
pub struct Session {
    pub csrf: Option<String>,
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Session {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Session, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Session>()
            .cloned()
            .unwrap_or_default())
    }
}

/// The clinician report as a standalone, printable HTML page.
pub fn report_html(
    report: &nightcramp_core::report::ReportData,
    actions: Option<(String, String, String)>,
) -> Result<String, askama::Error> {
    use askama::Template;
    /// `actions`: the page's buttons (download the PDF, print, back), when it is a page.
    #[derive(Template)]
    #[template(path = "report.html")]
    struct ReportPage<'a> {
        r: &'a nightcramp_core::report::ReportData,
        actions: Option<(String, String, String)>,
        /// Inline, so a saved report.html keeps its look; allowed by its hash
        /// ([`security`]).
        style: &'static str,
    }
    ReportPage {
        r: report,
        actions,
        style: security::REPORT_STYLE,
    }
    .render()
}

/// The viewer's own diary, for the routes that act on it: 404 for an account that keeps no
/// diary (a clinician, an admin), the same answer as for a diary that is not there.
pub struct MyDiary(pub nightcramp_store::DiaryAccess);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for MyDiary {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<MyDiary, Response> {
        parts
            .extensions
            .get::<Viewer>()
            .and_then(|v| v.access.clone())
            .map(MyDiary)
            .ok_or_else(|| no_diary(parts.uri.path()))
    }
}

/// The answer for a diary the viewer cannot reach: not found, as for one that does not exist.
fn no_diary(path: &str) -> Response {
    if path.starts_with("/api/") {
        (
            StatusCode::NOT_FOUND,
            axum::Json(serde_json::json!({"error": "no diary here"})),
        )
            .into_response()
    } else {
        (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            language::text("web.error.no_diary"),
        )
            .into_response()
    }
}

/// The client's address (from the connection), for rate-limiting logins.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub std::net::IpAddr);

impl ClientAddr {
    /// "From where", for the audit log: the address, or "web app" when the connection did
    /// not say (in-process tests).
    pub fn origin(client: Option<&ClientAddr>) -> String {
        client.map_or_else(|| "web app".to_string(), |c| c.0.to_string())
    }
}

/// Why `serve` will not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(
        "refusing to listen on {0} without a password: anyone on the network could read your health diary. Set one with NIGHTCRAMP_PASSWORD (or --password-file), or listen on 127.0.0.1"
    )]
    NeedsPassword(SocketAddr),
    #[error(
        "refusing to listen on {0} with a password shorter than {min} characters (spaces around it not counted): anyone on the network could guess it. Choose a longer one, or listen on 127.0.0.1",
        min = auth::MIN_PASSWORD_CHARS
    )]
    ShortPassword(SocketAddr),
    #[error("cannot listen on {addr}: {detail}")]
    Bind { addr: SocketAddr, detail: String },
    #[error("cannot prepare the folder for uploads {path}: {detail}")]
    Uploads { path: String, detail: String },
    #[error("{0}")]
    Auth(#[from] auth::AuthError),
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "NIGHTCRAMP_NOW: {0:?} is not allowed; expected an RFC 3339 time such as 2026-11-29T08:00:00+01:00"
    )]
    BadNow(String),
    #[error(
        "this store has accounts, so people log in by name with their own passwords; a single server password (--password-file, NIGHTCRAMP_PASSWORD) is for a one-person diary. Start serve without it"
    )]
    PasswordWithAccounts,
    #[error("{0}")]
    Store(#[from] nightcramp_store::StoreError),
}

/// Checks the listening address against the password rule before anything starts (a
/// one-person diary; with accounts every person has a password).
pub fn check_listen(listen: SocketAddr, password: Option<&str>) -> Result<(), ServeError> {
    if listen.ip().is_loopback() {
        return Ok(());
    }
    match password {
        None => Err(ServeError::NeedsPassword(listen)),
        Some(p) if p.trim().is_empty() => Err(ServeError::NeedsPassword(listen)),
        Some(p) if !auth::long_enough(p) => Err(ServeError::ShortPassword(listen)),
        Some(_) => Ok(()),
    }?;
    Ok(())
}

/// The whole application, ready to serve (tests drive it directly).
pub fn app(state: AppState) -> Router {
    Router::new()
        .merge(pages::routes())
        .merge(pages::shared_routes(&state))
        .nest("/api", api::routes(&state))
        .route("/shared/{token}", get(people::shared_link))
        .route("/static/{file}", get(pages::asset))
        .route("/sw.js", get(pages::service_worker))
        .route("/calendar.ics", get(pages::calendar))
        .route("/report", get(pages::report_page))
        .route("/report.pdf", get(pages::report_pdf))
        .route("/manifest.webmanifest", get(pages::manifest))
        .fallback(pages::not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            language::choose,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn(security::headers))
        .with_state(state)
}

/// Builds the state for a store.
pub fn state(store: Box<dyn Store>, password: Option<&str>) -> Result<AppState, ServeError> {
    state_with_clock(store, password, Clock::from_env()?)
}

/// The state with a given clock: tests replay exact moments without touching the process
/// environment.
pub fn state_with_clock(
    store: Box<dyn Store>,
    password: Option<&str>,
    clock: Clock,
) -> Result<AppState, ServeError> {
    let password = password.filter(|p| !p.is_empty());
    let mut store = store;
    let (mode, auth) = if store.directory()?.accounts.is_empty() {
        let access = store.operator_access(None)?;
        let auth = match password {
            Some(p) => Some(Arc::new(Auth::for_store(&mut *store, p)?)),
            None => None,
        };
        (ServeMode::OnePerson(access), auth)
    } else {
        if password.is_some() {
            return Err(ServeError::PasswordWithAccounts);
        }
        let decoy = auth::hash_password(&auth::new_secret())?;
        (
            ServeMode::Accounts {
                decoy_hash: Arc::new(decoy),
            },
            None,
        )
    };
    Ok(AppState {
        mode,
        diary: DiaryHandle::new(store),
        clock,
        auth,
        checks: Arc::new(auth::PasswordChecks::default()),
        uploads: std::env::temp_dir(),
    })
}

/// Serves until Ctrl-C. `ready` is told the bound address (port 0 picks a free one).
/// Uploads are kept in `uploads` while they are read; what a killed server left there is
/// removed first.
pub async fn serve(
    store: Box<dyn Store>,
    listen: SocketAddr,
    password: Option<&str>,
    uploads: std::path::PathBuf,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    upload::clear_leftovers(&uploads).map_err(|e| ServeError::Uploads {
        path: uploads.display().to_string(),
        detail: e.to_string(),
    })?;
    // The store is blocking (PostgreSQL's client runs its own small runtime and must not be
    // called, or dropped, on this one): it is set up, and at the end let go, on the blocking
    // pool.
    let owned_password = password.map(str::to_string);
    let mut state = tokio::task::spawn_blocking(move || state(store, owned_password.as_deref()))
        .await
        .map_err(|e| ServeError::Io(std::io::Error::other(e.to_string())))??;
    state.uploads = uploads;
    let kept = state.clone();
    let served = serve_state(state, listen, password, ready).await;
    let _ = tokio::task::spawn_blocking(move || drop(kept)).await;
    served
}

async fn serve_state(
    state: AppState,
    listen: SocketAddr,
    password: Option<&str>,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    if matches!(state.mode, ServeMode::OnePerson(_)) {
        check_listen(listen, password)?;
    }
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| ServeError::Bind {
            addr: listen,
            detail: e.to_string(),
        })?;
    ready(listener.local_addr()?);
    connections::serve_connections(listener, app(state), connections::HEADER_TIMEOUT, async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await;
    Ok(())
}

fn forbidden(message: &str) -> Response {
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.to_string(),
    )
        .into_response()
}

fn writes(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Requests that come from our own pages: no `Origin`, or one naming this host and this
/// server's scheme (http, or https when a proxy in front says it serves https); and not
/// marked cross-site by the browser.
fn same_origin(headers: &HeaderMap) -> bool {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
    {
        Some(proto) if proto.eq_ignore_ascii_case("https") => "https",
        _ => "http",
    };
    let origin_ok = match headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) {
        None => true,
        Some(origin) => origin
            .split_once("://")
            .is_some_and(|(given, rest)| given == scheme && rest == host),
    };
    let site_ok = headers
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v == "same-origin" || v == "none");
    origin_ok && site_ok
}

/// Paths that work without a session (the login page and what it needs).
fn public(path: &str) -> bool {
    path == "/login"
        || path.starts_with("/static/")
        || path == "/sw.js"
        || path == "/manifest.webmanifest"
}

/// Every request passes here: host and origin checks, then (with a password) the session
/// and, for writes, the CSRF token; with accounts, [`account_guard`].
async fn guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // A Host that is not strictly a host (`127.0.0.1:8787@evil.example`) is refused in every
    // mode, before anything compares it with anything.
    let host = request.headers().get(header::HOST);
    if host.is_some_and(|h| h.to_str().ok().and_then(auth::host_name).is_none()) {
        return (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "the Host header is not a host name and port",
        )
            .into_response();
    }
    let access = match &state.mode {
        ServeMode::OnePerson(access) => access.clone(),
        ServeMode::Accounts { .. } => return account_guard(state, request, next).await,
    };
    request.extensions_mut().insert(Viewer {
        account: None,
        access: Some(access),
    });
    if let Some(connect) = request
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
    {
        let ip = connect.0.ip();
        request.extensions_mut().insert(ClientAddr(ip));
    }
    let headers = request.headers();
    if state.auth.is_none() {
        let host = headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or_default();
        if !loopback_host(host) {
            return forbidden(&language::text_in(
                language::from_headers(headers),
                "web.refused.loopback",
                &[],
            ));
        }
    }
    if writes(request.method()) && !same_origin(headers) {
        return forbidden(&language::text_in(
            language::from_headers(headers),
            "web.refused.other_site",
            &[],
        ));
    }
    // Accounts added while this server runs (by the CLI) end the one-person mode: from then
    // on the diary is a person's and needs their login, which only a restart sets up.
    match state.diary.directory().await {
        Ok(directory) if directory.accounts.is_empty() => {}
        Ok(_) => {
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                language::text_in(language::from_headers(headers), "web.refused.accounts", &[]),
            )
                .into_response();
        }
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
    if state.auth.is_none() {
        return next.run(request).await;
    }
    let path = request.uri().path().to_string();
    // A calendar app has no session: the feed's 128-bit key alone opens it (checked by
    // its handler in constant time; a wrong one is 404).
    let feed = path == "/calendar.ics" && request.method() == Method::GET;
    if public(&path) || feed || (path == "/api/session" && request.method() == Method::POST) {
        return next.run(request).await;
    }
    // The session lives in the store (every server on it knows it; a logout anywhere ends it).
    let token = headers
        .get(header::COOKIE)
        .and_then(|c| c.to_str().ok())
        .and_then(|c| cookie(c, SESSION_COOKIE))
        .map(nightcramp_store::token_hash);
    let now = state.clock.now();
    let found = match token {
        Some(hash) => {
            state
                .diary
                .run(move |s| s.password_session(&hash, now))
                .await
        }
        None => Ok(None),
    };
    let csrf = match found {
        Ok(csrf) => csrf,
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    };
    let Some(csrf) = csrf else {
        return if path.starts_with("/api/") {
            (
                StatusCode::UNAUTHORIZED,
                axum::Json(serde_json::json!({"error": "log in first"})),
            )
                .into_response()
        } else {
            Redirect::to("/login").into_response()
        };
    };
    let mut request = match check_csrf(request, &csrf).await {
        Ok(request) => request,
        Err(refusal) => return refusal,
    };
    request
        .extensions_mut()
        .insert(Session { csrf: Some(csrf) });
    next.run(request).await
}

/// A write must carry the session's CSRF token, in the `X-CSRF-Token` header or a form's
/// `csrf` field; the request comes back whole, or the refusal.
async fn check_csrf(request: Request, csrf: &str) -> Result<Request, Response> {
    if !writes(request.method()) {
        return Ok(request);
    }
    let language = language::from_headers(request.headers());
    let from_header = request
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let (request, token_ok) = match from_header {
        Some(t) => {
            let ok = same_secret(&t, csrf);
            (request, ok)
        }
        None => {
            // A form: read the (size-limited) body, look for the csrf field, put it back.
            let (parts, body) = request.into_parts();
            let Ok(bytes) = to_bytes(body, BODY_LIMIT).await else {
                return Err((StatusCode::PAYLOAD_TOO_LARGE, "request too large").into_response());
            };
            let found = form_field(&bytes, "csrf").is_some_and(|t| same_secret(&t, csrf));
            (Request::from_parts(parts, Body::from(bytes)), found)
        }
    };
    if token_ok {
        Ok(request)
    } else {
        Err(forbidden(&language::text_in(
            language,
            "web.refused.expired",
            &[],
        )))
    }
}

/// Paths that work without a session in a store with accounts: the login page, logging in
/// through the API, and what the login page needs.
fn public_with_accounts(path: &str, method: &Method) -> bool {
    public(path)
        || (path == "/api/session" && *method == Method::POST)
        || path == "/calendar.ics"
        || (path.starts_with("/shared/") && *method == Method::GET)
}

/// With accounts: the session (kept in the store, so every server knows it) names the
/// account; the store's decision gives its own diary, if it keeps one.
async fn account_guard(state: AppState, mut request: Request, next: Next) -> Response {
    if let Some(connect) = request
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
    {
        let ip = connect.0.ip();
        request.extensions_mut().insert(ClientAddr(ip));
    }
    if writes(request.method()) && !same_origin(request.headers()) {
        return forbidden(&language::text_in(
            language::from_headers(request.headers()),
            "web.refused.other_site",
            &[],
        ));
    }
    let path = request.uri().path().to_string();
    if public_with_accounts(&path, request.method()) {
        return next.run(request).await;
    }
    let token = request
        .headers()
        .get(header::COOKIE)
        .and_then(|c| c.to_str().ok())
        .and_then(|c| cookie(c, SESSION_COOKIE))
        .map(nightcramp_store::token_hash);
    let now = state.clock.now();
    let today = state.clock.system_zone.to_datetime(now).date();
    // One trip: the session, then the account's own diary decided against the directory
    // kept in memory (an owner's own reads are not audited, so nothing is written).
    let found = match token {
        Some(hash) => {
            state
                .diary
                .with_memory(move |s, memory| {
                    let Some(record) = s.session(&hash, now)? else {
                        return Ok(None);
                    };
                    let directory = memory.directory_at(s, record.directory_revision)?;
                    let request = nightcramp_store::AccessRequest {
                        actor: &nightcramp_store::Actor::Account(record.account.clone()),
                        person: None,
                        want: nightcramp_store::Want::Write,
                        today,
                        at: now,
                        purpose: "own diary",
                        origin: "web app",
                    };
                    let role = directory.account(&record.account).map(|a| a.role);
                    match s.authorize_in(&directory, &request) {
                        Ok(access) => Ok(Some((record, Some(access), role))),
                        Err(nightcramp_store::StoreError::Denied(_)) => {
                            Ok(Some((record, None, role)))
                        }
                        Err(other) => Err(other.into()),
                    }
                })
                .await
        }
        None => Ok(None),
    };
    let (record, access, role) = match found {
        Ok(Some(found)) => found,
        Ok(None) => {
            return if path.starts_with("/api/") {
                (
                    StatusCode::UNAUTHORIZED,
                    axum::Json(serde_json::json!({"error": "log in first"})),
                )
                    .into_response()
            } else {
                Redirect::to("/login").into_response()
            };
        }
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    };
    let mut request = match check_csrf(request, &record.csrf).await {
        Ok(request) => request,
        Err(refusal) => return refusal,
    };
    if access.is_none() && path == "/" {
        // An account without a diary of its own starts where its work is: an admin at the
        // accounts, a clinician at their patients.
        let home = if role == Some(nightcramp_store::Role::Admin) {
            "/admin"
        } else {
            "/people"
        };
        return Redirect::to(home).into_response();
    }
    request.extensions_mut().insert(Session {
        csrf: Some(record.csrf),
    });
    request.extensions_mut().insert(Viewer {
        account: Some(record.account),
        access,
    });
    next.run(request).await
}

/// One field of an `application/x-www-form-urlencoded` body.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .ok()?
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}
