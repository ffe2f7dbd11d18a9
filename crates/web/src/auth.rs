/*!
Who may talk to the server, and how a browser proves it.

On loopback with no password, the person at the machine is trusted, but other web pages
they visit are not: every state-changing request must come from our own origin (the
`Origin` header, which browsers always send on cross-site writes), and the `Host` header
must name this machine, which defeats DNS-rebinding tricks.

With a password (required to listen beyond loopback): the password is kept only as its
argon2id hash, in the store, so every server on it and every restart with the same
password agree; a login creates a random session token in an HttpOnly, SameSite=Strict
cookie, and the session lives in the store (only the token's hash), like an account's, so a
logout ends it on every server; every state-changing request carries the session's CSRF
token (a form field or the `X-CSRF-Token` header); failed logins are rate-limited per client
address in the store, counted before the password is checked, in one atomic step; and the
password checks themselves are bounded ([`PasswordChecks`]), so a burst of logins cannot
take the server's memory.
*/

use std::time::Duration;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// Sessions last a month of inactivity-free use; a phone should not ask every night.
pub const SESSION_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);
/// At most this many failed logins per address per window.
pub const LOGIN_ATTEMPTS: u32 = 5;
pub const LOGIN_WINDOW: Duration = Duration::from_secs(60);
pub const SESSION_COOKIE: &str = "nightcramp_session";

/// The setting that keeps the one-person server password's hash, so every server on the
/// store and every restart with the same password keep the same sessions, and a new
/// password ends the old ones.
pub const SERVER_PASSWORD_SETTING: &str = "server_password_hash";

/// The one-person diary's server password, as its argon2id hash (never in clear).
pub struct Auth {
    hash: String,
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
    #[error("too many logins at once; wait a moment and try again")]
    Busy,
    #[error("wrong password")]
    WrongPassword,
    #[error("wrong name or password")]
    WrongNameOrPassword,
    #[error("could not hash the password: {0}")]
    Hash(String),
}

/// A password that may be reached from a network (an account's, or the server's when it
/// listens beyond this machine) is at least this long.
pub const MIN_PASSWORD_CHARS: usize = 8;

/// Is `password` long enough, not counting the spaces around it (a password of spaces is no
/// password)? The one rule for accounts and the server password alike.
pub fn long_enough(password: &str) -> bool {
    password.trim().chars().count() >= MIN_PASSWORD_CHARS
}

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

/// The most argon2 memory a stored hash may ask a check for (64 MiB, in 1 KiB blocks):
/// ours ask for 19 MiB; a hash asking for more is refused rather than obeyed.
const MOST_CHECK_BLOCKS: usize = 64 * 1024;

/// [`password_matches`], computed in `memory` (grown to the hash's size once, then reused),
/// so a thread that checks passwords all day holds one argon2 block, not a new one per
/// check that the allocator may keep.
fn matches_in(memory: &mut Vec<argon2::Block>, hash: &str, password: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt.as_ref(), parsed.hash.as_ref()) else {
        return false;
    };
    let Ok(algorithm) = argon2::Algorithm::try_from(parsed.algorithm.as_str()) else {
        return false;
    };
    let version = match parsed.version {
        Some(v) => argon2::Version::try_from(v),
        None => Ok(argon2::Version::default()),
    };
    let (Ok(version), Ok(params)) = (version, argon2::Params::try_from(&parsed)) else {
        return false;
    };
    let blocks = params.block_count();
    if blocks > MOST_CHECK_BLOCKS {
        return false;
    }
    if memory.len() < blocks {
        memory.resize(blocks, argon2::Block::default());
    }
    let Some(memory) = memory.get_mut(..blocks) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt.as_ref(), &mut out, memory)
        .is_ok()
        && same_secret_bytes(&out, expected.as_bytes())
}

fn same_secret_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A new random secret: 244 random bits as 64 hex digits, from the operating system's
/// generator (via uuid v4). Sessions, CSRF tokens and share links use it.
pub fn new_secret() -> String {
    token()
}

impl Auth {
    /// The server password of a store: the hash kept in the store when `password` matches
    /// it (another server, or the last start, used the same one), else a new hash, kept,
    /// and every session of the old password ended. Blocking: argon2 and the store.
    pub fn for_store(
        store: &mut dyn nightcramp_store::Store,
        password: &str,
    ) -> Result<Auth, crate::ServeError> {
        if let Some(hash) = store.setting(SERVER_PASSWORD_SETTING)?
            && password_matches(&hash, password)
        {
            return Ok(Auth { hash });
        }
        let hash = hash_password(password)?;
        store.put_setting(SERVER_PASSWORD_SETTING, &hash)?;
        store.end_password_sessions()?;
        Ok(Auth { hash })
    }

    /// The password's hash, to check a login against.
    pub fn hash(&self) -> &str {
        &self.hash
    }
}

/// Password checks, bounded. Each argon2id check takes about 19 MB and tens of
/// milliseconds of a core on purpose; without a bound a burst of logins (from many
/// addresses, which the per-address limit does not stop) would take memory without end.
/// The checks run on a small fixed pool of threads of their own, one per core: a check on
/// a fresh thread each time would leave its 19 MB in that thread's allocator arena (a burst
/// of 100 grew a server by hundreds of MB that way). A few more logins wait their turn;
/// beyond that one is refused at once as busy (429), so memory stays flat under any burst.
pub struct PasswordChecks {
    jobs: std::sync::mpsc::SyncSender<Check>,
}

/// One check for the pool, and where its answer goes.
struct Check {
    hash: String,
    password: String,
    answer: tokio::sync::oneshot::Sender<bool>,
}

impl Default for PasswordChecks {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(1, 4));
        PasswordChecks::new(cores, cores * 8)
    }
}

impl PasswordChecks {
    /// `threads` checking at once, and at most `waiting` more queued. The threads end when
    /// the last handle to the pool is dropped.
    pub fn new(threads: usize, waiting: usize) -> Self {
        let (jobs, queue) = std::sync::mpsc::sync_channel::<Check>(waiting);
        let queue = std::sync::Arc::new(std::sync::Mutex::new(queue));
        for _ in 0..threads.max(1) {
            let queue = std::sync::Arc::clone(&queue);
            let spawned = std::thread::Builder::new()
                .name("password-check".into())
                .spawn(move || {
                    // This thread's argon2 memory, allocated once and reused by every check.
                    let mut memory = Vec::new();
                    loop {
                        let next = match queue.lock() {
                            Ok(queue) => queue.recv(),
                            Err(_) => return,
                        };
                        let Ok(check) = next else { return };
                        let matches = matches_in(&mut memory, &check.hash, &check.password);
                        let _ = check.answer.send(matches);
                    }
                });
            // A thread the system would not give leaves the others to do the work.
            drop(spawned);
        }
        PasswordChecks { jobs }
    }

    /// Does `password` match `hash`? [`AuthError::Busy`] when the queue is full.
    pub async fn matches(&self, hash: String, password: String) -> Result<bool, AuthError> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        self.jobs
            .try_send(Check {
                hash,
                password,
                answer,
            })
            .map_err(|_| AuthError::Busy)?;
        answered.await.map_err(|_| AuthError::Busy)
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
    host_name(host).is_some_and(|name| {
        name.eq_ignore_ascii_case("localhost")
            || name == "[::1]"
            || name
                .parse::<std::net::Ipv4Addr>()
                .is_ok_and(|ip| ip.is_loopback())
    })
}

/// The name in a `Host` value, read strictly: `name`, `name:port` or `[v6]:port`, the port
/// all digits and at most 65535, the name only letters, digits, dots and dashes (or an
/// address in brackets). Anything else (`127.0.0.1:8787@evil.example`, spaces, a user part)
/// is no host at all, so it cannot pass for this machine.
pub fn host_name(host: &str) -> Option<&str> {
    let (name, rest) = if host.starts_with('[') {
        let end = host.find(']')? + 1;
        let inside = &host[1..end - 1];
        if inside.is_empty()
            || !inside
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
        {
            return None;
        }
        (&host[..end], &host[end..])
    } else {
        let end = host.find(':').unwrap_or(host.len());
        let name = &host[..end];
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        {
            return None;
        }
        (name, &host[end..])
    };
    if !rest.is_empty() {
        let port = rest.strip_prefix(':')?;
        if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        port.parse::<u16>().ok()?;
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn password_checks_are_bounded_and_refused_beyond_the_queue() {
        let hash = hash_password("correct horse").expect("hash");
        let checks = std::sync::Arc::new(PasswordChecks::new(1, 3));
        let tries: Vec<_> = (0..12)
            .map(|i| {
                let (checks, hash) = (std::sync::Arc::clone(&checks), hash.clone());
                tokio::spawn(async move {
                    let password = if i == 0 { "correct horse" } else { "wrong" };
                    checks.matches(hash, password.into()).await
                })
            })
            .collect();
        let mut busy = 0;
        let mut matched = 0;
        for t in tries {
            match t.await.expect("task") {
                Err(AuthError::Busy) => busy += 1,
                Ok(true) => matched += 1,
                Ok(false) => {}
                Err(e) => panic!("{e}"),
            }
        }
        assert!(
            busy >= 12 - 4,
            "beyond 1 checking and 3 waiting, refused at once: {busy}"
        );
        assert!(matched <= 1);
        assert!(
            checks
                .matches(hash, "correct horse".into())
                .await
                .expect("a quiet moment"),
            "after the burst a check runs again"
        );
    }

    #[test]
    fn a_check_in_reused_memory_agrees_with_argon2s_own() {
        let mut memory = Vec::new();
        let hash = hash_password("correct horse").expect("hash");
        for (password, expected) in [
            ("correct horse", true),
            ("correct hors", false),
            ("", false),
        ] {
            assert_eq!(password_matches(&hash, password), expected, "{password:?}");
            assert_eq!(
                matches_in(&mut memory, &hash, password),
                expected,
                "{password:?}"
            );
        }
        let blocks = memory.len();
        assert_eq!(
            blocks,
            19 * 1024,
            "argon2's default 19 MiB, in 1 KiB blocks"
        );
        assert!(matches_in(&mut memory, &hash, "correct horse"));
        assert_eq!(memory.len(), blocks, "reused, not grown");
        assert!(!matches_in(&mut memory, "not a hash", "x"));
        let greedy = hash.replacen("m=19456", "m=4194304", 1);
        assert!(
            !matches_in(&mut memory, &greedy, "correct horse"),
            "too much memory asked"
        );
    }

    #[test]
    fn hosts_and_cookies() {
        assert!(loopback_host("127.0.0.1:8787"));
        assert!(loopback_host("localhost:8787"));
        assert!(loopback_host("[::1]:8787"));
        assert!(!loopback_host("evil.example:8787"));
        assert!(!loopback_host("127.0.0.1.evil.example"));
        for hostile in [
            "127.0.0.1:8787@evil.example",
            "127.0.0.1@evil.example",
            "127.0.0.1:8787/evil",
            "127.0.0.1:99999",
            "127.0.0.1:",
            "127.0.0.1 :8787",
            "[::1]evil:8787",
            "[::1]:8787@evil.example",
            "",
        ] {
            assert!(!loopback_host(hostile), "{hostile:?}");
        }
        assert!(loopback_host("LOCALHOST"));
        assert!(loopback_host("127.0.0.1"));
        assert_eq!(
            cookie("a=1; nightcramp_session=abc; b=2", SESSION_COOKIE),
            Some("abc")
        );
        assert!(
            same_secret("abc", "abc") && !same_secret("abc", "abd") && !same_secret("abc", "ab")
        );
    }
}
