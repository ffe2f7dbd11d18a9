//! An app on a fresh in-memory diary, and small request helpers.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, header};
use http_body_util::BodyExt;
use nightcramp_store::SqliteStore;
use tower::ServiceExt;

pub struct App {
    pub router: Router,
}

impl App {
    /// An app whose clock stands at 2026-11-28 08:00 Berlin time, whatever the real date.
    pub fn new(password: Option<&str>) -> App {
        App::at("2026-11-28T08:00:00+01:00", password)
    }

    /// An app whose clock stands at `now` (RFC 3339), in Berlin unless the diary says.
    pub fn at(now: &str, password: Option<&str>) -> App {
        App::at_in(now, "Europe/Berlin", password)
    }

    /// An app whose clock stands at `now` (RFC 3339) in `zone`.
    pub fn at_in(now: &str, zone: &str, password: Option<&str>) -> App {
        let store = SqliteStore::open_in_memory().expect("store");
        let clock = nightcramp_web::state::Clock::fixed(
            now.parse().expect("RFC 3339"),
            jiff::tz::TimeZone::get(zone).expect("zone"),
        );
        let state =
            nightcramp_web::state_with_clock(Box::new(store), password, clock).expect("state");
        App {
            router: nightcramp_web::app(state),
        }
    }

    pub async fn send(&self, request: Request<Body>) -> (u16, Vec<(String, String)>, String) {
        let response: Response<Body> = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("response");
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_string()))
            .collect();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        (status, headers, String::from_utf8_lossy(&body).into_owned())
    }

    pub async fn get(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.send(request("GET", path, None, Body::empty())).await;
        (status, body)
    }

    pub async fn form(&self, path: &str, body: &str) -> (u16, Vec<(String, String)>, String) {
        self.send(request(
            "POST",
            path,
            Some("application/x-www-form-urlencoded"),
            Body::from(body.to_string()),
        ))
        .await
    }

    pub async fn json(&self, method: &str, path: &str, body: &str) -> (u16, serde_json::Value) {
        let (status, _, text) = self
            .send(request(
                method,
                path,
                Some("application/json"),
                Body::from(body.to_string()),
            ))
            .await;
        (
            status,
            serde_json::from_str(&text).unwrap_or(serde_json::Value::Null),
        )
    }
}

pub fn request(method: &str, path: &str, content_type: Option<&str>, body: Body) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header(header::HOST, "127.0.0.1:8787");
    if let Some(ct) = content_type {
        builder = builder.header(header::CONTENT_TYPE, ct);
    }
    builder.body(body).expect("request")
}

/// `application/x-www-form-urlencoded` for a list of fields.
pub fn form_body(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}
