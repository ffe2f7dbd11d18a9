/*!
What every request shares: the diary (behind the `Store` trait, cached in memory), the
clock, and the login settings.

The diary is loaded once and kept; a write through the server drops the cache, and a
write by another process (the CLI, while `serve` runs) is noticed through the store's
external revision, so a page never shows stale data and never pays a full load when
nothing changed. Store calls are blocking (SQLite), so they run on tokio's blocking pool.
*/

use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use nightcramp_core::domain::Diary;
use nightcramp_store::{ApplyReport, Change, DiaryAccess, Store, StoreError};

use crate::auth::Auth;

struct Cache {
    revision: Option<i64>,
    diary: Arc<Diary>,
}

struct Inner {
    store: Box<dyn Store>,
    /// The one diary served, decided by the store's authorization at start.
    access: DiaryAccess,
    cache: Option<Cache>,
}

/// The diary, shared by all requests.
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

impl DiaryHandle {
    pub fn new(store: Box<dyn Store>, access: DiaryAccess) -> DiaryHandle {
        DiaryHandle {
            inner: Arc::new(Mutex::new(Inner {
                store,
                access,
                cache: None,
            })),
        }
    }

    fn read_blocking(&self) -> Result<Arc<Diary>, DiaryError> {
        let mut inner = self.inner.lock().map_err(|_| DiaryError::Poisoned)?;
        let revision = inner.store.external_revision()?;
        if let Some(cache) = &inner.cache
            && revision.is_some()
            && cache.revision == revision
        {
            return Ok(Arc::clone(&cache.diary));
        }
        let diary = Arc::new(inner.store.load(&inner.access)?);
        inner.cache = Some(Cache {
            revision,
            diary: Arc::clone(&diary),
        });
        Ok(diary)
    }

    fn apply_blocking(&self, changes: &[Change]) -> Result<ApplyReport, DiaryError> {
        let mut inner = self.inner.lock().map_err(|_| DiaryError::Poisoned)?;
        inner.cache = None;
        let Inner { store, access, .. } = &mut *inner;
        Ok(store.apply(access, changes)?)
    }

    /// The whole diary, from memory when nothing changed.
    pub async fn read(&self) -> Result<Arc<Diary>, DiaryError> {
        let handle = self.clone();
        tokio::task::spawn_blocking(move || handle.read_blocking())
            .await
            .map_err(|e| DiaryError::Task(e.to_string()))?
    }

    /// A setting, created with `make` the first time it is asked for.
    pub async fn setting_or_insert(
        &self,
        key: &'static str,
        make: fn() -> String,
    ) -> Result<String, DiaryError> {
        let handle = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut inner = handle.inner.lock().map_err(|_| DiaryError::Poisoned)?;
            if let Some(v) = inner.store.setting(key)? {
                return Ok(v);
            }
            let value = make();
            inner.store.put_setting(key, &value)?;
            Ok(value)
        })
        .await
        .map_err(|e| DiaryError::Task(e.to_string()))?
    }

    /// Applies changes in one transaction (see `Store::apply`).
    pub async fn apply(&self, changes: Vec<Change>) -> Result<ApplyReport, DiaryError> {
        let handle = self.clone();
        tokio::task::spawn_blocking(move || handle.apply_blocking(&changes))
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
    /// Present when a password is set (required off loopback).
    pub auth: Option<Arc<Auth>>,
}
