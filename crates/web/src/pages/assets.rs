/*!
Everything the pages load from the binary itself: styles, scripts, the service worker,
the manifest and the icon; and the not-found page.
*/

use super::*;

const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../../static/app.css"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/app.js"),
    ),
    (
        "report.css",
        "text/css; charset=utf-8",
        crate::security::REPORT_STYLE,
    ),
    (
        "report.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/report.js"),
    ),
    (
        "icon.svg",
        "image/svg+xml",
        include_str!("../../static/icon.svg"),
    ),
];

pub async fn asset(Path(file): Path<String>) -> Response {
    match ASSETS.iter().find(|(name, ..)| *name == file) {
        Some((_, mime, body)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            *body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

pub async fn service_worker() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("../../static/sw.js"),
    )
        .into_response()
}

/// The web app manifest, its description in the request's language (the installed app's
/// name stays nightcramp everywhere).
pub async fn manifest() -> Response {
    let language = crate::language::current();
    let body = serde_json::json!({
        "name": "nightcramp",
        "short_name": "nightcramp",
        "description": text("web.manifest.description"),
        "lang": language.code(),
        "start_url": "/",
        "display": "standalone",
        "background_color": "#0b0e14",
        "theme_color": "#0b0e14",
        "icons": [{ "src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any" }]
    });
    (
        [(header::CONTENT_TYPE, "application/manifest+json")],
        body.to_string(),
    )
        .into_response()
}

pub async fn not_found() -> PageError {
    PageError(StatusCode::NOT_FOUND, text("web.error.no_page"))
}
