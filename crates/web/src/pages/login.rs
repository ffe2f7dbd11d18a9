/*!
Login and logout, when a password is set.
*/

use super::*;
use crate::state::ServeMode;

#[derive(Template)]
#[template(path = "login.html")]
pub(super) struct LoginPage {
    page: Page,
    error: Option<String>,
    /// With accounts, the form asks for a name as well.
    by_name: bool,
}

pub(super) async fn login_page(State(state): State<AppState>) -> PageResult {
    let by_name = matches!(state.mode, ServeMode::Accounts { .. });
    if state.auth.is_none() && !by_name {
        return Ok(Redirect::to("/").into_response());
    }
    render(LoginPage {
        page: Page::bare(text("web.login.title"), None),
        error: None,
        by_name,
    })
}

#[derive(Deserialize)]
pub(super) struct LoginForm {
    #[serde(default)]
    name: String,
    password: String,
}

fn session_cookie(token: &str) -> String {
    format!("{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=2592000")
}

/// Logs an account in: one attempt counted per client address before the password is
/// checked (the count lives in the store, shared by every server), the hash checked on the
/// blocking pool, and on success a session in the store and the login in the audit log.
/// Returns the session token and its CSRF token.
pub(crate) async fn account_login(
    state: &AppState,
    client: std::net::IpAddr,
    name: String,
    password: String,
) -> Result<(String, String), crate::auth::AuthError> {
    let ServeMode::Accounts { decoy_hash } = &state.mode else {
        return Err(crate::auth::AuthError::WrongPassword);
    };
    let decoy = std::sync::Arc::clone(decoy_hash);
    let now = state.clock.now();
    let origin = client.to_string();
    let store_failed = |e: crate::state::DiaryError| crate::auth::AuthError::Hash(e.to_string());
    let allowed = {
        let origin = origin.clone();
        state
            .diary
            .run(move |s| {
                s.take_login_attempt(
                    &origin,
                    now,
                    jiff::SignedDuration::try_from(crate::auth::LOGIN_WINDOW)
                        .unwrap_or(jiff::SignedDuration::from_secs(60)),
                    crate::auth::LOGIN_ATTEMPTS,
                )
            })
            .await
            .map_err(store_failed)?
    };
    if !allowed {
        return Err(crate::auth::AuthError::RateLimited);
    }
    let hash = {
        let name = name.clone();
        state
            .diary
            .run(move |s| s.password_hash(&name))
            .await
            .map_err(store_failed)?
    };
    let known = hash.is_some();
    let hash = hash.unwrap_or_else(|| decoy.as_str().to_string());
    let matches = state.checks.matches(hash, password).await?;
    if !(known && matches) {
        let (name, origin) = (name.clone(), origin.clone());
        state
            .diary
            .run(move |s| s.record_failed_login(&name, now, &origin))
            .await
            .map_err(store_failed)?;
        return Err(crate::auth::AuthError::WrongNameOrPassword);
    }
    let token = crate::auth::new_secret();
    let csrf = crate::auth::new_secret();
    let expires_at = now
        .checked_add(
            jiff::SignedDuration::try_from(crate::auth::SESSION_LIFETIME)
                .unwrap_or(jiff::SignedDuration::from_hours(24 * 30)),
        )
        .unwrap_or(now);
    {
        let (token_hash, csrf) = (nightcramp_store::token_hash(&token), csrf.clone());
        state
            .diary
            .run(move |s| {
                s.start_session(&nightcramp_store::NewSession {
                    account: &name,
                    token_hash: &token_hash,
                    csrf: &csrf,
                    at: now,
                    expires_at,
                    origin: &origin,
                })?;
                s.release_login_attempt(&origin)
            })
            .await
            .map_err(store_failed)?;
    }
    Ok((token, csrf))
}

/// Logs in with the one-person server password: the attempt counted in the store before
/// the password is checked (one atomic step, shared by every server), the check on the
/// bounded pool, and on success a session in the store and the login in the diary's audit
/// log; a wrong password is written there too. Returns the session token and its CSRF token.
pub(crate) async fn password_login(
    state: &AppState,
    client: std::net::IpAddr,
    password: String,
) -> Result<(String, String), crate::auth::AuthError> {
    let (ServeMode::OnePerson(access), Some(auth)) = (&state.mode, state.auth.as_ref()) else {
        return Err(crate::auth::AuthError::WrongPassword);
    };
    let now = state.clock.now();
    let origin = client.to_string();
    let store_failed = |e: crate::state::DiaryError| crate::auth::AuthError::Hash(e.to_string());
    let allowed = {
        let origin = origin.clone();
        state
            .diary
            .run(move |s| {
                s.take_login_attempt(
                    &origin,
                    now,
                    jiff::SignedDuration::try_from(crate::auth::LOGIN_WINDOW)
                        .unwrap_or(jiff::SignedDuration::from_secs(60)),
                    crate::auth::LOGIN_ATTEMPTS,
                )
            })
            .await
            .map_err(store_failed)?
    };
    if !allowed {
        return Err(crate::auth::AuthError::RateLimited);
    }
    let matches = state
        .checks
        .matches(auth.hash().to_string(), password)
        .await?;
    let access = access.clone();
    if !matches {
        state
            .diary
            .run(move |s| {
                s.record(
                    Some(&access),
                    &nightcramp_store::AuditEvent {
                        at: now,
                        actor: nightcramp_store::PASSWORD_LOGIN_ACTOR.into(),
                        action: "login_failed",
                        detail: String::new(),
                        origin,
                    },
                )
            })
            .await
            .map_err(store_failed)?;
        return Err(crate::auth::AuthError::WrongPassword);
    }
    let token = crate::auth::new_secret();
    let csrf = crate::auth::new_secret();
    let expires_at = now
        .checked_add(
            jiff::SignedDuration::try_from(crate::auth::SESSION_LIFETIME)
                .unwrap_or(jiff::SignedDuration::from_hours(24 * 30)),
        )
        .unwrap_or(now);
    {
        let (token_hash, csrf) = (nightcramp_store::token_hash(&token), csrf.clone());
        state
            .diary
            .run(move |s| {
                s.start_password_session(
                    &access,
                    &nightcramp_store::NewPasswordSession {
                        token_hash: &token_hash,
                        csrf: &csrf,
                        at: now,
                        expires_at,
                        origin: &origin,
                    },
                )?;
                s.release_login_attempt(&origin)
            })
            .await
            .map_err(store_failed)?;
    }
    Ok((token, csrf))
}

/// Ends the session named by the request's cookie, in the store: on every server at once.
pub(crate) async fn end_session(state: &AppState, headers: &HeaderMap) {
    let Some(token) = headers
        .get(header::COOKIE)
        .and_then(|c| c.to_str().ok())
        .and_then(|c| crate::auth::cookie(c, SESSION_COOKIE))
        .map(str::to_string)
    else {
        return;
    };
    let hash = nightcramp_store::token_hash(&token);
    let _ = state.diary.run(move |s| s.end_session(&hash)).await;
}

pub(super) async fn login_submit(
    State(state): State<AppState>,
    client: Option<Extension<crate::ClientAddr>>,
    Form(form): Form<LoginForm>,
) -> PageResult {
    let client = client.map_or(std::net::IpAddr::from([127, 0, 0, 1]), |c| c.0.0);
    let by_name = matches!(state.mode, ServeMode::Accounts { .. });
    let result = if by_name {
        account_login(&state, client, form.name, form.password)
            .await
            .map(|(token, _)| token)
    } else {
        if state.auth.is_none() {
            return Ok(Redirect::to("/").into_response());
        }
        password_login(&state, client, form.password)
            .await
            .map(|(token, _)| token)
    };
    match result {
        Ok(token) => Ok((
            StatusCode::SEE_OTHER,
            [
                (header::SET_COOKIE, session_cookie(&token)),
                (header::LOCATION, "/".to_string()),
            ],
        )
            .into_response()),
        Err(e) => {
            let status = match e {
                crate::auth::AuthError::RateLimited | crate::auth::AuthError::Busy => {
                    StatusCode::TOO_MANY_REQUESTS
                }
                crate::auth::AuthError::Hash(_) => StatusCode::INTERNAL_SERVER_ERROR,
                _ => StatusCode::UNAUTHORIZED,
            };
            let page = LoginPage {
                page: Page::bare(text("web.login.title"), None),
                error: Some(match e {
                    crate::auth::AuthError::RateLimited => text("web.login.rate_limited"),
                    crate::auth::AuthError::Busy => text("web.login.busy"),
                    crate::auth::AuthError::WrongPassword => text("web.login.wrong_password"),
                    crate::auth::AuthError::WrongNameOrPassword => text("web.login.wrong_name"),
                    crate::auth::AuthError::Hash(_) => text("web.error.page"),
                }),
                by_name,
            };
            Ok((status, Html(page.render()?)).into_response())
        }
    }
}

pub(super) async fn logout(State(state): State<AppState>, headers: HeaderMap) -> PageResult {
    end_session(&state, &headers).await;
    Ok((
        StatusCode::SEE_OTHER,
        [
            (
                header::SET_COOKIE,
                format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
            ),
            (header::LOCATION, "/login".to_string()),
        ],
    )
        .into_response())
}
