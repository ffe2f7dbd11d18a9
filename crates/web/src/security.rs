/*!
The headers that keep other sites out of our pages, on every response.

A page of nightcramp must never be framed by another site: one click in a framed page could
delete a cramp, since the framed form is really ours. So every answer says
`frame-ancestors 'none'` (and `X-Frame-Options: DENY` for older browsers), forbids content
sniffing, and sets a content security policy that allows only our own scripts, styles and
images. Every asset is served by this binary, so nothing else is needed. The two inline
styles we do write (the report's, so a saved report.html keeps its look, and a chart's own
colours, which the PDF needs) are allowed by their SHA-256 hashes, computed here from the
same constants the pages render, so they cannot drift apart.
*/

use std::sync::OnceLock;

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use base64ct::Encoding as _;
use sha2::Digest as _;

/// The clinician report's styles, inline in `report.html`.
pub const REPORT_STYLE: &str = include_str!("../static/report.css");

/// `'sha256-…'` for an inline style's text, as a content security policy names it.
fn style_hash(style: &str) -> String {
    let digest = sha2::Sha256::digest(style.as_bytes());
    let mut encoded = [0u8; 44];
    let text = base64ct::Base64::encode(&digest, &mut encoded).unwrap_or_default();
    format!("'sha256-{text}'")
}

/// The policy every response carries.
pub fn content_security_policy() -> &'static str {
    static POLICY: OnceLock<String> = OnceLock::new();
    POLICY.get_or_init(|| {
        format!(
            "default-src 'self'; script-src 'self'; style-src 'self' {} {}; img-src 'self'; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            style_hash(REPORT_STYLE),
            style_hash(nightcramp_core::charts::STANDALONE_CSS),
        )
    })
}

/// Adds the headers to every answer, errors and redirects included. `Referrer-Policy:
/// same-origin` keeps a share link's token out of the requests to a source's site (while
/// our own forms still send their Origin, which the write check needs).
pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Ok(policy) = HeaderValue::from_str(content_security_policy()) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}
