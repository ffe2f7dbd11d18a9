/*!
Who may talk to the server, and how a browser proves it.

On loopback with no password, the person at the machine is trusted, but other web pages
they visit are not: every state-changing request must come from our own origin (the
`Origin` header, which browsers always send on cross-site writes), and the `Host` header
must name this machine, which defeats DNS-rebinding tricks.

With a password (required to listen beyond loopback): the password is hashed with
argon2id at start-up and never kept in clear; a login creates a random session token in
an HttpOnly, SameSite=Strict cookie; every state-changing request carries the session's
CSRF token (a form field or the `X-CSRF-Token` header); failed logins are rate-limited per
client address.
*/

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// Sessions last a month of inactivity-free use; a phone should not ask every night.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);
/// At most this many failed logins per address per window.
pub const LOGIN_ATTEMPTS: u32 = 5;
pub const LOGIN_WINDOW: Duration = Duration::from_secs(60);
pub const SESSION_COOKIE: &str = "nightcramp_session";

#[derive(Debug, Clone)]
struct Session {
    csrf: String,
    expires: Instant,
}

pub struct Auth {
    hash: String,
    sessions: Mutex<HashMap<String, Session>>,
    failures: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

/// A random 128-bit token as hex (from the operating system's generator, via uuid v4).
fn token() -> String {
    format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("too many failed logins from this address; wait a minute and try again")]
    RateLimited,
    #[error("wrong password")]
    WrongPassword,
    #[error("wrong name or password")]
    WrongNameOrPassword,
    #[error("could not hash the password: {0}")]
    Hash(String),
}

/// An account's password is at least this long: an account may be reached from a network.
pub const MIN_PASSWORD_CHARS: usize = 8;

/// A password's argon2id hash (PHC string, random salt): the only form a password is kept in,
/// for the single-password mode and for accounts alike.
pub fn hash_password(password: &str) -> Result<String, AuthError> {
    Ok(Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| AuthError::Hash(e.to_string()))?
        .to_string())
}

/// Does `password` match `hash` (from [`hash_password`])? A damaged hash never matches.
pub fn password_matches(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A new random secret: 244 random bits as 64 hex digits, from the operating system's
/// generator (via uuid v4). Sessions, CSRF tokens and share links use it.
pub fn new_secret() -> String {
    token()
}

impl Auth {
    /// Hashes the password with argon2id and a random salt.
    pub fn new(password: &str) -> Result<Auth, AuthError> {
        let hash = hash_password(password)?;
        Ok(Auth {
            hash,
            sessions: Mutex::new(HashMap::new()),
            failures: Mutex::new(HashMap::new()),
        })
    }

    /// Checks a password; on success returns a new session token.
    pub fn login(&self, client: IpAddr, password: &str) -> Result<String, AuthError> {
        {
            let failures = self.failures.lock().map_err(|_| AuthError::RateLimited)?;
            if let Some((since, count)) = failures.get(&client)
                && since.elapsed() < LOGIN_WINDOW
                && *count >= LOGIN_ATTEMPTS
            {
                return Err(AuthError::RateLimited);
            }
        }
        let parsed = PasswordHash::new(&self.hash).map_err(|e| AuthError::Hash(e.to_string()))?;
        if Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_err()
        {
            let mut failures = self.failures.lock().map_err(|_| AuthError::RateLimited)?;
            let entry = failures.entry(client).or_insert((Instant::now(), 0));
            if entry.0.elapsed() >= LOGIN_WINDOW {
                *entry = (Instant::now(), 0);
            }
            entry.1 += 1;
            return Err(AuthError::WrongPassword);
        }
        let session = token();
        if let Ok(mut sessions) = self.sessions.lock() {
            sessions.retain(|_, s| s.expires > Instant::now());
            sessions.insert(
                session.clone(),
                Session {
                    csrf: token(),
                    expires: Instant::now() + SESSION_LIFETIME,
                },
            );
        }
        Ok(session)
    }

    /// The CSRF token of a live session.
    pub fn csrf_for(&self, session: &str) -> Option<String> {
        let sessions = self.sessions.lock().ok()?;
        sessions
            .get(session)
            .filter(|s| s.expires > Instant::now())
            .map(|s| s.csrf.clone())
    }

    pub fn logout(&self, session: &str) {
        if let Ok(mut sessions) = self.sessions.lock() {
            sessions.remove(session);
        }
    }
}

/// Compares two secrets in time independent of where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The value of one cookie in a `Cookie` header.
pub fn cookie<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .map(str::trim)
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// Is a `Host` header one of this machine's loopback names?
pub fn loopback_host(host: &str) -> bool {
    let name = if host.starts_with('[') {
        host.split(']')
            .next()
            .map(|h| format!("{h}]"))
            .unwrap_or_default()
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h).to_string()
    };
    name == "localhost"
        || name == "[::1]"
        || name
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_are_checked_and_rate_limited() {
        let auth = Auth::new("correct horse").expect("hash");
        let ip: IpAddr = [192, 168, 1, 9].into();
        for _ in 0..LOGIN_ATTEMPTS {
            assert!(matches!(
                auth.login(ip, "wrong"),
                Err(AuthError::WrongPassword)
            ));
        }
        assert!(matches!(
            auth.login(ip, "correct horse"),
            Err(AuthError::RateLimited)
        ));
        let other: IpAddr = [192, 168, 1, 10].into();
        let session = auth.login(other, "correct horse").expect("login");
        assert!(auth.csrf_for(&session).is_some());
        auth.logout(&session);
        assert!(auth.csrf_for(&session).is_none());
    }

    #[test]
    fn hosts_and_cookies() {
        assert!(loopback_host("127.0.0.1:8787"));
        assert!(loopback_host("localhost:8787"));
        assert!(loopback_host("[::1]:8787"));
        assert!(!loopback_host("evil.example:8787"));
        assert!(!loopback_host("127.0.0.1.evil.example"));
        assert_eq!(
            cookie("a=1; nightcramp_session=abc; b=2", SESSION_COOKIE),
            Some("abc")
        );
        assert!(
            same_secret("abc", "abc") && !same_secret("abc", "abd") && !same_secret("abc", "ab")
        );
    }
}
