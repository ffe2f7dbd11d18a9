/*!
Which language a request is answered in, and the words of the web app in it.

One middleware decides, once per request: the viewer's own profile setting, else the
language they last chose here (a cookie, for accounts that keep no diary), else the
browser's `Accept-Language`, else English. The choice is held for the request's duration
(a task-local), so every page, error page and flash message of that request speaks it
without threading it through each helper; the JSON API ignores it (codes, not words).

The words themselves live in the core's catalogs (`web.ftl`); this module only looks them
up. A key missing from the catalog shows as the key itself, which the tests that render
every page in every language and check every key used catch.
*/

use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use nightcramp_core::language::{Catalog, Language};

use crate::state::{AppState, Viewer};

/// The cookie holding the language chosen on the web app when there is no profile to keep
/// it in (or before logging in).
pub const LANGUAGE_COOKIE: &str = "nightcramp_language";

tokio::task_local! {
    static LANGUAGE: Language;
}

/// The language of the request being answered (English outside one, as in tests of a
/// helper on its own).
pub fn current() -> Language {
    LANGUAGE.try_with(|l| *l).unwrap_or_default()
}

/// Runs `future` answering in `language`: for tests and for work handed to another task.
pub async fn scoped<F: std::future::Future>(language: Language, future: F) -> F::Output {
    LANGUAGE.scope(language, future).await
}

/// A web text in the request's language.
pub fn text(key: &str) -> String {
    text_with(key, &[])
}

/// A web text with its values (`count`, `name`...), in the request's language.
pub fn text_with(key: &str, args: &[(&str, &str)]) -> String {
    text_in(current(), key, args)
}

/// A message of the core (what is wrong with an input, an experiment's refusal) in the
/// request's language.
pub fn said(message: &nightcramp_core::language::Message) -> String {
    message.in_language(current())
}

/// A text in a given language; the key itself when the catalog lacks it (a test failure).
pub fn text_in(language: Language, key: &str, args: &[(&str, &str)]) -> String {
    match Catalog::get(language) {
        Ok(catalog) => catalog.message(key, args).unwrap_or_else(|e| {
            eprintln!("nightcramp serve: {e}");
            key.to_string()
        }),
        Err(e) => {
            eprintln!("nightcramp serve: {e}");
            key.to_string()
        }
    }
}

/// The language a request asks for on its own: the chosen-language cookie, else the
/// browser's `Accept-Language`.
fn asked(request: &Request) -> Option<Language> {
    asked_in(request.headers())
}

/// The language the headers ask for, English when none: for the guard's refusals, which
/// come before the viewer is known.
pub fn from_headers(headers: &axum::http::HeaderMap) -> Language {
    asked_in(headers).unwrap_or_default()
}

fn asked_in(headers: &axum::http::HeaderMap) -> Option<Language> {
    headers
        .get(header::COOKIE)
        .and_then(|c| c.to_str().ok())
        .and_then(|c| crate::auth::cookie(c, LANGUAGE_COOKIE))
        .and_then(Language::parse)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|h| h.to_str().ok())
                .and_then(Language::from_accept_language)
        })
}

/// The middleware: decides the request's language and answers in it. Runs after the guard,
/// which has named the viewer and their own diary. The JSON API always answers in English:
/// its words sit beside codes that programs read, and must not change with a browser.
pub async fn choose(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path.starts_with("/api/") {
        return LANGUAGE.scope(Language::En, next.run(request)).await;
    }
    let own_diary = if path.starts_with("/static/") {
        None
    } else {
        request
            .extensions()
            .get::<Viewer>()
            .and_then(|v| v.access.clone())
    };
    let mut language = asked(&request);
    if let Some(access) = own_diary
        && let Ok(diary) = state.diary.read(&access).await
        && let Some(chosen) = diary.profile.language
    {
        language = Some(chosen);
    }
    let language = language.unwrap_or_default();
    let mut response = LANGUAGE.scope(language, next.run(request)).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_LANGUAGE) {
        headers.insert(
            header::CONTENT_LANGUAGE,
            HeaderValue::from_static(language.code()),
        );
    }
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}
