/*!
What every request shares: the store (a small pool of connections behind the `Store`
trait), what was read from it lately (kept in memory), the clock, and the login settings.

A diary is kept with the revision the store gave it ([`Store::diary_revision`], read
before the diary), so a page never pays a full load when nothing changed, and a write by
anyone (this server, another `serve` on the same PostgreSQL, the CLI while `serve` runs)
moves the revision, so a page never shows stale data. The accounts and shares (the
directory every decision reads) and each patient's one-line summary are kept the same way.

Store calls are blocking, so they run on tokio's blocking pool, each on a connection
leased from the pool: SQLite has one (one writer at a time anyway), PostgreSQL opens up to
[`connections`] as requests need them, so one slow patient list does not hold up everyone's
cramp logging.
*/

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex};

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use nightcramp_core::actions::PersonSummary;
use nightcramp_core::domain::{Diary, Profile};
use nightcramp_store::{
    ApplyReport, Change, Connector, DiaryAccess, DiaryKey, Directory, Store, StoreError,
};

use crate::auth::{Auth, PasswordChecks};

/// At most this many connections to a store that can open more (PostgreSQL): twice the
/// cores, between 2 and 16. On the 2-core machine of the clinic benchmark, 2, 3, 4, 8 and 16
/// were measured: the requests are CPU-bound there (server, database and clients share the
/// cores), so beyond 4 they only queue longer; a bigger server gets more.
pub fn connections() -> usize {
    std::thread::available_parallelism()
        .map_or(2, |n| n.get() * 2)
        .clamp(2, 16)
}

/// The blocking threads a server needs: one per store connection (a store call waits for a
/// connection anyway, so more threads would only wait, each holding a stack and an
/// allocator arena: a burst of 100 requests grew a server by 90 MB that way), plus a few for
/// the work that holds none (a PDF, an import being read, an experiment's analysis).
/// Password checks have threads of their own ([`crate::auth::PasswordChecks`]).
pub fn blocking_threads() -> usize {
    connections() + 4
}

/// At most this many diaries stay in memory; beyond it the cache starts again (a clinic's
/// server reads many diaries, each cheaply reloaded).
const CACHED_DIARIES: usize = 256;

/// At most this many patients' summaries stay in memory (each a few numbers).
const CACHED_SUMMARIES: usize = 20_000;

/// Something read at a revision, kept until the revision moves.
struct Kept<T> {
    revision: i64,
    value: T,
}

/// A patient's summary, good for the revision it was computed at and the night it was
/// computed for (tomorrow's list summarises another week).
struct KeptSummary {
    revision: i64,
    zone: TimeZone,
    as_of: Date,
    summary: PersonSummary,
}

#[derive(Default)]
struct KeptAll {
    diaries: HashMap<DiaryKey, Kept<Arc<Diary>>>,
    directory: Option<Kept<Arc<Directory>>>,
    summaries: HashMap<DiaryKey, KeptSummary>,
}

/// What was read lately, by revision: see the module's doc.
#[derive(Default)]
pub struct Memory {
    kept: Mutex<KeptAll>,
}

impl Memory {
    fn kept(&self) -> Result<std::sync::MutexGuard<'_, KeptAll>, DiaryError> {
        self.kept.lock().map_err(|_| DiaryError::Poisoned)
    }

    /// Every account and share, from memory while no account or share changed.
    pub fn directory(&self, store: &dyn Store) -> Result<Arc<Directory>, DiaryError> {
        let revision = store.directory_revision()?;
        self.directory_at(store, revision)
    }

    /// The directory, the revision already read (with a session: one round trip fewer).
    pub fn directory_at(
        &self,
        store: &dyn Store,
        revision: Option<i64>,
    ) -> Result<Arc<Directory>, DiaryError> {
        if let (Some(revision), Some(kept)) = (revision, &self.kept()?.directory)
            && kept.revision == revision
        {
            return Ok(Arc::clone(&kept.value));
        }
        let directory = Arc::new(store.directory()?);
        if let Some(revision) = revision {
            self.kept()?.directory = Some(Kept {
                revision,
                value: Arc::clone(&directory),
            });
        }
        Ok(directory)
    }

    /// The diary the access opens, from memory while it did not change.
    pub fn diary(&self, store: &dyn Store, access: &DiaryAccess) -> Result<Arc<Diary>, DiaryError> {
        let revision = store.diary_revision(access)?;
        self.diary_at(store, access, revision, true)
    }

    /// The diary at a revision already read; `keep` false for a diary read once in passing
    /// (a patient list's), so it does not push out the diaries people are using.
    fn diary_at(
        &self,
        store: &dyn Store,
        access: &DiaryAccess,
        revision: Option<i64>,
        keep: bool,
    ) -> Result<Arc<Diary>, DiaryError> {
        if let (Some(revision), Some(kept)) = (revision, self.kept()?.diaries.get(&access.key()))
            && kept.revision == revision
        {
            return Ok(Arc::clone(&kept.value));
        }
        let diary = Arc::new(store.load(access)?);
        if let (Some(revision), true) = (revision, keep) {
            let mut kept = self.kept()?;
            if kept.diaries.len() >= CACHED_DIARIES {
                kept.diaries.clear();
            }
            kept.diaries.insert(
                access.key(),
                Kept {
                    revision,
                    value: Arc::clone(&diary),
                },
            );
        }
        Ok(diary)
    }

    /// The diary's profile: the kept diary's when it did not change, else the profile alone.
    pub fn profile(&self, store: &dyn Store, access: &DiaryAccess) -> Result<Profile, DiaryError> {
        if !self.kept()?.diaries.contains_key(&access.key()) {
            // Nothing kept to vouch for: the profile alone, without asking for a revision.
            return Ok(store.profile(access)?);
        }
        let revision = store.diary_revision(access)?;
        if let (Some(revision), Some(kept)) = (revision, self.kept()?.diaries.get(&access.key()))
            && kept.revision == revision
        {
            return Ok(kept.value.profile.clone());
        }
        Ok(store.profile(access)?)
    }

    fn forget(&self, access: &DiaryAccess) -> Result<(), DiaryError> {
        let key = access.key();
        let mut kept = self.kept()?;
        kept.diaries.remove(&key);
        kept.summaries.remove(&key);
        Ok(())
    }

    /// A summary of each diary, their revisions read in one query: a kept summary while its
    /// diary did not change and the night it summarises is still the one `as_of` gives in
    /// the diary's zone; the others computed by `summarise`.
    pub fn summaries<E>(
        &self,
        store: &dyn Store,
        accesses: &[DiaryAccess],
        zone_of: impl Fn(&Profile) -> TimeZone,
        as_of: impl Fn(&TimeZone) -> Date,
        mut summarise: impl FnMut(&Diary, Date) -> Result<PersonSummary, E>,
    ) -> Result<Result<Vec<PersonSummary>, E>, DiaryError> {
        let revisions = store.diary_revisions(accesses)?;
        let mut out = Vec::with_capacity(accesses.len());
        for (access, revision) in accesses.iter().zip(revisions) {
            let key = access.key();
            if let Some(revision) = revision {
                let kept = self.kept()?;
                if let Some(k) = kept.summaries.get(&key)
                    && k.revision == revision
                    && as_of(&k.zone) == k.as_of
                {
                    out.push(k.summary.clone());
                    continue;
                }
            }
            let diary = self.diary_at(store, access, revision, false)?;
            let zone = zone_of(&diary.profile);
            let night = as_of(&zone);
            let summary = match summarise(&diary, night) {
                Ok(summary) => summary,
                Err(e) => return Ok(Err(e)),
            };
            if let Some(revision) = revision {
                let mut kept = self.kept()?;
                if kept.summaries.len() >= CACHED_SUMMARIES {
                    kept.summaries.clear();
                }
                kept.summaries.insert(
                    key,
                    KeptSummary {
                        revision,
                        zone,
                        as_of: night,
                        summary: summary.clone(),
                    },
                );
            }
            out.push(summary);
        }
        Ok(Ok(out))
    }
}

/// The connections, lent one request at a time.
struct Pool {
    state: Mutex<PoolState>,
    returned: Condvar,
    connect: Option<Connector>,
    /// How many connections may be open at once ([`connections`]).
    most: usize,
}

struct PoolState {
    /// Connections not lent, with when each came back.
    idle: Vec<(Box<dyn Store>, std::time::Instant)>,
    /// Connections open, lent or idle.
    open: usize,
}

/// A connection idle this long is asked whether it still works before it is lent again
/// (a round trip, paid only after a lull: under load connections come back within
/// milliseconds), so one the database dropped meanwhile is replaced instead of failing a
/// request.
const IDLE_CHECK: std::time::Duration = std::time::Duration::from_secs(1);

/// A connection lent to one call; back to the pool when dropped (or closed, if broken).
struct Lease<'a> {
    pool: &'a Pool,
    store: Option<Box<dyn Store>>,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        let Some(store) = self.store.take() else {
            return;
        };
        if let Ok(mut state) = self.pool.state.lock() {
            if store.is_broken() && self.pool.connect.is_some() {
                state.open -= 1;
            } else {
                state.idle.push((store, std::time::Instant::now()));
            }
        }
        self.pool.returned.notify_one();
    }
}

impl Pool {
    fn lease(&self) -> Result<Lease<'_>, DiaryError> {
        let mut state = self.state.lock().map_err(|_| DiaryError::Poisoned)?;
        loop {
            if let Some((store, since)) = state.idle.pop() {
                if self.connect.is_none() || since.elapsed() < IDLE_CHECK {
                    return Ok(Lease {
                        pool: self,
                        store: Some(store),
                    });
                }
                // Asked outside the lock: it is a round trip.
                drop(state);
                if store.still_connected() {
                    return Ok(Lease {
                        pool: self,
                        store: Some(store),
                    });
                }
                state = self.state.lock().map_err(|_| DiaryError::Poisoned)?;
                state.open -= 1;
                continue;
            }
            if let Some(connect) = &self.connect
                && state.open < self.most
            {
                state.open += 1;
                drop(state);
                return match connect() {
                    Ok(store) => Ok(Lease {
                        pool: self,
                        store: Some(store),
                    }),
                    Err(e) => {
                        if let Ok(mut state) = self.state.lock() {
                            state.open -= 1;
                        }
                        self.returned.notify_one();
                        Err(e.into())
                    }
                };
            }
            state = self
                .returned
                .wait(state)
                .map_err(|_| DiaryError::Poisoned)?;
        }
    }
}

impl Lease<'_> {
    fn store(&mut self) -> Result<&mut dyn Store, DiaryError> {
        self.store
            .as_deref_mut()
            .map(|s| s as &mut dyn Store)
            .ok_or(DiaryError::Poisoned)
    }
}

struct Shared {
    pool: Pool,
    memory: Memory,
}

/// The store, shared by all requests, with what it served kept in memory.
#[derive(Clone)]
pub struct DiaryHandle {
    shared: Arc<Shared>,
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
    pub fn new(store: Box<dyn Store>) -> DiaryHandle {
        let connect = store.connector();
        DiaryHandle {
            shared: Arc::new(Shared {
                pool: Pool {
                    state: Mutex::new(PoolState {
                        idle: vec![(store, std::time::Instant::now())],
                        open: 1,
                    }),
                    returned: Condvar::new(),
                    connect,
                    most: connections(),
                },
                memory: Memory::default(),
            }),
        }
    }

    /// Runs one call with a leased connection and the memory, on the blocking pool.
    pub async fn with_memory<T: Send + 'static>(
        &self,
        call: impl FnOnce(&mut dyn Store, &Memory) -> Result<T, DiaryError> + Send + 'static,
    ) -> Result<T, DiaryError> {
        let shared = Arc::clone(&self.shared);
        tokio::task::spawn_blocking(move || {
            let mut lease = shared.pool.lease()?;
            call(lease.store()?, &shared.memory)
        })
        .await
        .map_err(|e| DiaryError::Task(e.to_string()))?
    }

    /// A diary the access opens, from memory when nothing changed.
    pub async fn read(&self, access: &DiaryAccess) -> Result<Arc<Diary>, DiaryError> {
        let access = access.clone();
        self.with_memory(move |store, memory| memory.diary(store, &access))
            .await
    }

    /// The diary's profile (its zone), without reading the whole diary when it is not kept.
    pub async fn profile(&self, access: &DiaryAccess) -> Result<Profile, DiaryError> {
        let access = access.clone();
        self.with_memory(move |store, memory| memory.profile(store, &access))
            .await
    }

    /// Every account and share, from memory while none changed.
    pub async fn directory(&self) -> Result<Arc<Directory>, DiaryError> {
        self.with_memory(|store, memory| memory.directory(store))
            .await
    }

    /// Runs one store call on the blocking pool (sessions, shares, the audit log).
    pub async fn run<T: Send + 'static>(
        &self,
        call: impl FnOnce(&mut dyn Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, DiaryError> {
        self.with_memory(move |store, _| Ok(call(store)?)).await
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
        let access = access.clone();
        self.with_memory(move |store, memory| {
            let report = store.apply(&access, &changes);
            // The revision moved anyway; forgetting frees the memory of a diary just changed.
            memory.forget(&access)?;
            Ok(report?)
        })
        .await
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
        self.zone_of(&diary.profile)
    }

    /// The zone a profile names, else the system's.
    pub fn zone_of(&self, profile: &Profile) -> TimeZone {
        profile.zone_or(self.system_zone.clone())
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
    /// Every password check (the server password's, accounts'), bounded.
    pub checks: Arc<PasswordChecks>,
    /// Where uploads are kept while they are read: beside the diary when served by
    /// `serve` (see [`crate::upload::clear_leftovers`]), the system's temporary folder
    /// otherwise.
    pub uploads: std::path::PathBuf,
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
