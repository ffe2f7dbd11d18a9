/*!
Login and logout, when a password is set.
*/

use super::*;

#[derive(Template)]
#[template(path = "login.html")]
pub(super) struct LoginPage {
    page: Page,
    error: Option<String>,
}

pub(super) fn bare_page(title: &str) -> Page {
    Page {
        title: title.into(),
        theme: "dark",
        csrf: String::new(),
        nav: "",
        message: None,
    }
}

pub(super) async fn login_page(State(state): State<AppState>) -> PageResult {
    if state.auth.is_none() {
        return Ok(Redirect::to("/").into_response());
    }
    render(LoginPage {
        page: bare_page("Log in"),
        error: None,
    })
}

#[derive(Deserialize)]
pub(super) struct LoginForm {
    password: String,
}

pub(super) async fn login_submit(
    State(state): State<AppState>,
    client: Option<Extension<crate::ClientAddr>>,
    Form(form): Form<LoginForm>,
) -> PageResult {
    let Some(auth) = state.auth.clone() else {
        return Ok(Redirect::to("/").into_response());
    };
    let client = client.map_or(std::net::IpAddr::from([127, 0, 0, 1]), |c| c.0.0);
    let password = form.password;
    let result = tokio::task::spawn_blocking(move || auth.login(client, &password))
        .await
        .map_err(|e| {
            PageError(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("login failed: {e}"),
            )
        })?;
    match result {
        Ok(token) => Ok((
            StatusCode::SEE_OTHER,
            [
                (header::SET_COOKIE, format!("{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=2592000")),
                (header::LOCATION, "/".to_string()),
            ],
        )
            .into_response()),
        Err(e) => {
            let status = match e {
                crate::auth::AuthError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
                _ => StatusCode::UNAUTHORIZED,
            };
            Ok((status, Html(LoginPage { page: bare_page("Log in"), error: Some(e.to_string()) }.render()?)).into_response())
        }
    }
}

pub(super) async fn logout(State(state): State<AppState>, headers: HeaderMap) -> PageResult {
    if let (Some(auth), Some(token)) = (
        state.auth.as_ref(),
        headers
            .get(header::COOKIE)
            .and_then(|c| c.to_str().ok())
            .and_then(|c| crate::auth::cookie(c, SESSION_COOKIE)),
    ) {
        auth.logout(token);
    }
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
