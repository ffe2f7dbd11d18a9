/*!
What every request shares: the diary (behind the `Store` trait, cached in memory), the
clock, and the login settings.

The diary is loaded once and kept; a write through the server drops the cache, and a
write by another process (the CLI, while `serve` runs) is noticed through the store's
external revision, so a page never shows stale data and never pays a full load when
nothing changed. Store calls are blocking (SQLite), so they run on tokio's blocking pool.
*/

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use nightcramp_core::domain::Diary;
use nightcramp_store::{ApplyReport, Change, DiaryAccess, DiaryKey, Store, StoreError};

use crate::auth::Auth;

struct Cache {
    revision: Option<i64>,
    diary: Arc<Diary>,
}

struct Inner {
    store: Box<dyn Store>,
    /// The diaries read lately, each with the store revision it was read at.
    cache: HashMap<DiaryKey, Cache>,
}

/// The store, shared by all requests, with the diaries it served cached.
#[derive(Clone)]
pub struct DiaryHandle {
    inner: Arc<Mutex<Inner>>,
}

/// Why a request could not reach the diary.
#[derive(Debug, thiserror::Error)]
pub enum DiaryError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("the diary is unavailable: a previous request failed while holding it")]
    Poisoned,
    #[error("the diary task did not finish: {0}")]
    Task(String),
}

/// At most this many diaries stay in memory; beyond it the cache starts again (a clinic's
/// server reads many diaries, each cheaply reloaded).
const CACHED_DIARIES: usize = 256;

impl DiaryHandle {
    pub fn new(store: Box<dyn Store>) -> DiaryHandle {
        DiaryHandle {
            inner: Arc::new(Mutex::new(Inner {
                store,
                cache: HashMap::new(),
            })),
        }
    }

    fn read_blocking(&self, access: &DiaryAccess) -> Result<Arc<Diary>, DiaryError> {
        let mut inner = self.inner.lock().map_err(|_| DiaryError::Poisoned)?;
        let revision = inner.store.external_revision()?;
        if let Some(cache) = inner.cache.get(&access.key())
            && revision.is_some()
            && cache.revision == revision
        {
            return Ok(Arc::clone(&cache.diary));
        }
        let diary = Arc::new(inner.store.load(access)?);
        if inner.cache.len() >= CACHED_DIARIES {
            inner.cache.clear();
        }
        inner.cache.insert(
            access.key(),
            Cache {
                revision,
                diary: Arc::clone(&diary),
            },
        );
        Ok(diary)
    }

    fn apply_blocking(
        &self,
        access: &DiaryAccess,
        changes: &[Change],
    ) -> Result<ApplyReport, DiaryError> {
        let mut inner = self.inner.lock().map_err(|_| DiaryError::Poisoned)?;
        inner.cache.remove(&access.key());
        Ok(inner.store.apply(access, changes)?)
    }

    /// A diary the access opens, from memory when nothing changed.
    pub async fn read(&self, access: &DiaryAccess) -> Result<Arc<Diary>, DiaryError> {
        let handle = self.clone();
        let access = access.clone();
        tokio::task::spawn_blocking(move || handle.read_blocking(&access))
            .await
            .map_err(|e| DiaryError::Task(e.to_string()))?
    }

    /// Runs one store call on the blocking pool (sessions, shares, the audit log).
    pub async fn run<T: Send + 'static>(
        &self,
        call: impl FnOnce(&mut dyn Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, DiaryError> {
        let handle = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut inner = handle.inner.lock().map_err(|_| DiaryError::Poisoned)?;
            Ok(call(inner.store.as_mut())?)
        })
        .await
        .map_err(|e| DiaryError::Task(e.to_string()))?
    }

    /// A setting, created with `make` the first time it is asked for.
    pub async fn setting_or_insert(
        &self,
        key: String,
        make: fn() -> String,
    ) -> Result<String, DiaryError> {
        self.run(move |store| {
            if let Some(v) = store.setting(&key)? {
                return Ok(v);
            }
            let value = make();
            store.put_setting(&key, &value)?;
            Ok(value)
        })
        .await
    }

    /// Applies changes to the diary the access opens, in one transaction (see `Store::apply`).
    pub async fn apply(
        &self,
        access: &DiaryAccess,
        changes: Vec<Change>,
    ) -> Result<ApplyReport, DiaryError> {
        let handle = self.clone();
        let access = access.clone();
        tokio::task::spawn_blocking(move || handle.apply_blocking(&access, &changes))
            .await
            .map_err(|e| DiaryError::Task(e.to_string()))?
    }
}

/// "Now", from the clock or from `NIGHTCRAMP_NOW` (tests and demos replay a moment).
#[derive(Clone, Debug)]
pub struct Clock {
    fixed: Option<Timestamp>,
    pub system_zone: TimeZone,
}

impl Clock {
    /// The real clock, or `NIGHTCRAMP_NOW`; a value that is not a time is refused rather
    /// than silently replaced by the real clock.
    pub fn from_env() -> Result<Clock, crate::ServeError> {
        let fixed = match std::env::var("NIGHTCRAMP_NOW") {
            Ok(text) => Some(
                text.parse::<Timestamp>()
                    .map_err(|_| crate::ServeError::BadNow(text))?,
            ),
            Err(_) => None,
        };
        Ok(Clock {
            fixed,
            system_zone: TimeZone::try_system().unwrap_or(TimeZone::UTC),
        })
    }

    /// A clock stopped at `now`, in `system_zone` when the diary names no zone.
    pub fn fixed(now: Timestamp, system_zone: TimeZone) -> Clock {
        Clock {
            fixed: Some(now),
            system_zone,
        }
    }

    pub fn now(&self) -> Timestamp {
        self.fixed.unwrap_or_else(Timestamp::now)
    }

    pub fn zone(&self, diary: &Diary) -> TimeZone {
        diary.profile.zone_or(self.system_zone.clone())
    }

    pub fn today(&self, diary: &Diary) -> Date {
        self.zone(diary).to_datetime(self.now()).date()
    }
}

/// Shared by every handler.
#[derive(Clone)]
pub struct AppState {
    pub diary: DiaryHandle,
    pub clock: Clock,
    /// Present when a password is set (required off loopback) for a one-person diary.
    pub auth: Option<Arc<Auth>>,
    pub mode: ServeMode,
}

/// Whom the server serves, decided at start.
#[derive(Clone)]
pub enum ServeMode {
    /// A one-person diary (no accounts): the operator's access to it, as the command line
    /// has; the loopback rule and the optional password guard it.
    OnePerson(DiaryAccess),
    /// A store with accounts: every request's session names the account, and the store
    /// decides what it may reach.
    Accounts {
        /// Checked against when a login names no account, so an unknown name takes as long
        /// to refuse as a wrong password.
        decoy_hash: Arc<String>,
    },
}

/// Who is asking, as the guard found out: put on every request.
#[derive(Clone, Debug)]
pub struct Viewer {
    /// The logged-in account (accounts mode only).
    pub account: Option<String>,
    /// The viewer's own diary: `None` for an account that keeps none (a clinician).
    pub access: Option<DiaryAccess>,
}
