/*!
Where the diary lives.

One small interface, [`Store`]: load the whole diary, or apply a list of [`Change`]s as one
transaction (all of them or none). Every command that writes makes exactly one `apply` call,
so a command that fails or is killed half-way leaves the diary exactly as it was. Keeping the
write path this narrow is also what lets a second backend (PostgreSQL, for households and
clinics) slot in later without touching the core, the CLI or the web layer; the contract
tests in `tests/it/contract.rs` are written against the trait for that reason.

The trait is synchronous on purpose: SQLite is in-process, the CLI is synchronous, and the
web layer will call it from a blocking task (the wastebin pattern). A PostgreSQL backend can
use the blocking `postgres` client behind the same trait.
*/

mod access;
mod codec;
mod merge;
mod postgres;
mod sqlite;

use jiff::civil::Date;
use nightcramp_core::domain::{
    CheckIn, Diary, Episode, FactorKey, FactorValue, Medication, Profile, Provenance,
    ScreeningAnswer,
};
use uuid::Uuid;

pub use access::{
    Account, Actor, AuditEntry, AuditEvent, Denied, DiaryAccess, DiaryKey, Directory, Role, Share,
    ShareStatus, Want, check_account_name, decide, may_manage_accounts, pooled, shared_with,
    short_id, token_hash,
};
pub use postgres::{PG_MIGRATIONS, PG_SCHEMA_VERSION, PgStore};
pub use sqlite::{FAULT_ENV, MIGRATIONS, OpenReport, SCHEMA_VERSION, SqliteStore};

/// How a write treats a record that is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The person is editing: replace what is there.
    Replace,
    /// An import: add what is new, never overwrite. A different value already in the diary
    /// is kept and reported as a conflict; an unknown field may be filled in.
    Import,
    /// A newer export of a wearable: like `Import`, except that a day factor which came
    /// from an earlier import (not typed) is updated to the newer value. Typed values are
    /// still never overwritten: the difference is reported.
    Refresh,
}

/// One change to the diary.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    PutEpisode(Episode, Mode),
    DeleteEpisode(Uuid),
    PutCheckIn(CheckIn, Mode),
    DeleteCheckIn(Date),
    PutFactor {
        date: Date,
        key: FactorKey,
        value: FactorValue,
        source: Provenance,
        mode: Mode,
    },
    ClearFactor {
        date: Date,
        key: FactorKey,
    },
    /// What an import said beside a kept day factor (restores and backups carry it). No
    /// such factor in the diary: nothing happens. Not counted in the report.
    NoteImportSaid {
        date: Date,
        key: FactorKey,
        said: Option<FactorValue>,
    },
    SetProfile(Profile, Mode),
    PutMedication(Medication, Mode),
    DeleteMedication(Uuid),
    /// The latest answer to a warning-sign question (replaces an earlier one).
    PutAnswer(ScreeningAnswer),
    DeleteAnswer(String),
    /// A new experiment, or the same one stopped: a schedule is fixed at its start, so any
    /// other difference is refused (`merge::experiment`).
    PutExperiment(nightcramp_core::domain::ExperimentRecord),
    /// Removes an experiment (restore only: a person stops one, never deletes it).
    DeleteExperiment(String),
}

/// One fair coin per pair of an experiment's periods (`true`: the change comes first),
/// drawn once from the operating system's random source (through a version-4 UUID's random
/// bits; the version and variant bytes are skipped).
pub fn draw_coins(pairs: u8) -> Vec<bool> {
    const RANDOM_BYTES: [usize; 14] = [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15];
    let mut coins = Vec::with_capacity(usize::from(pairs));
    while coins.len() < usize::from(pairs) {
        let bytes = *Uuid::new_v4().as_bytes();
        for i in RANDOM_BYTES {
            if coins.len() < usize::from(pairs) {
                coins.push(bytes[i] & 1 == 1);
            }
        }
    }
    coins
}

/// A new experiment's id.
pub fn new_experiment_id() -> String {
    Uuid::new_v4().simple().to_string()
}

/// The changes that store a day's edits (from `nightcramp_core::actions::day_edits`) as
/// typed by the person: one mapping for the CLI, the day form and the API.
pub fn day_changes(date: Date, edits: Vec<nightcramp_core::actions::DayEdit>) -> Vec<Change> {
    edits
        .into_iter()
        .map(|edit| match edit.value {
            Some(value) => Change::PutFactor {
                date,
                key: edit.key,
                value,
                source: Provenance::Typed,
                mode: Mode::Replace,
            },
            None => Change::ClearFactor {
                date,
                key: edit.key,
            },
        })
        .collect()
}

/// What an `apply` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplyReport {
    pub inserted: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub deleted: usize,
    /// Deletes of records that were not there.
    pub not_found: usize,
    /// Imported values that differ from what the diary already had (the diary's were kept),
    /// each said in whichever language its reader reads.
    pub conflicts: Vec<nightcramp_core::language::Message>,
}

impl ApplyReport {
    pub fn changed(&self) -> usize {
        self.inserted + self.updated + self.deleted
    }
}

/// The changes that turn the diary `current` into exactly `target` (used by restore):
/// everything in `target` written as it is, everything else removed. Applied in one
/// transaction like every other change.
pub fn replace_with(
    current: &nightcramp_core::domain::Diary,
    target: &nightcramp_core::domain::Diary,
) -> Vec<Change> {
    use std::collections::BTreeSet;
    let mut changes = vec![Change::SetProfile(target.profile.clone(), Mode::Replace)];
    let keep: BTreeSet<Uuid> = target.episodes.iter().map(|e| e.id).collect();
    changes.extend(
        current
            .episodes
            .iter()
            .filter(|e| !keep.contains(&e.id))
            .map(|e| Change::DeleteEpisode(e.id)),
    );
    changes.extend(
        target
            .episodes
            .iter()
            .cloned()
            .map(|e| Change::PutEpisode(e, Mode::Replace)),
    );
    let questions: BTreeSet<&str> = target.answers.iter().map(|a| a.question.as_str()).collect();
    changes.extend(
        current
            .answers
            .iter()
            .filter(|a| !questions.contains(a.question.as_str()))
            .map(|a| Change::DeleteAnswer(a.question.clone())),
    );
    changes.extend(target.answers.iter().cloned().map(Change::PutAnswer));
    // An experiment that differs from the target's version is removed first: the put that
    // follows would otherwise be refused as a changed schedule.
    changes.extend(
        current
            .experiments
            .iter()
            .filter(|e| !target.experiments.contains(e))
            .map(|e| Change::DeleteExperiment(e.id.clone())),
    );
    changes.extend(
        target
            .experiments
            .iter()
            .cloned()
            .map(Change::PutExperiment),
    );
    let nights: BTreeSet<Date> = target.checkins.iter().map(|c| c.night).collect();
    changes.extend(
        current
            .checkins
            .iter()
            .filter(|c| !nights.contains(&c.night))
            .map(|c| Change::DeleteCheckIn(c.night)),
    );
    changes.extend(
        target
            .checkins
            .iter()
            .cloned()
            .map(|c| Change::PutCheckIn(c, Mode::Replace)),
    );
    let factors: BTreeSet<(Date, FactorKey)> = target
        .days
        .iter()
        .flat_map(|d| d.factors.keys().map(move |k| (d.date, k.clone())))
        .collect();
    for day in &current.days {
        for key in day.factors.keys() {
            if !factors.contains(&(day.date, key.clone())) {
                changes.push(Change::ClearFactor {
                    date: day.date,
                    key: key.clone(),
                });
            }
        }
    }
    for day in &target.days {
        for (key, f) in &day.factors {
            changes.push(Change::PutFactor {
                date: day.date,
                key: key.clone(),
                value: f.value.clone(),
                source: f.source,
                mode: Mode::Replace,
            });
            changes.push(Change::NoteImportSaid {
                date: day.date,
                key: key.clone(),
                said: f.import_said.clone(),
            });
        }
    }
    let meds: BTreeSet<Uuid> = target.medications.iter().map(|m| m.id).collect();
    changes.extend(
        current
            .medications
            .iter()
            .filter(|m| !meds.contains(&m.id))
            .map(|m| Change::DeleteMedication(m.id)),
    );
    changes.extend(
        target
            .medications
            .iter()
            .cloned()
            .map(|m| Change::PutMedication(m, Mode::Replace)),
    );
    changes
}

/// Why the store could not do what was asked. In every case nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "this diary was written by a newer nightcramp ({written_by}, schema version {found}); this is nightcramp {this_version}, which understands schema versions up to {supported}. Nothing was changed and your data is safe: install the newer nightcramp to open it"
    )]
    NewerSchema {
        found: i64,
        supported: i64,
        written_by: String,
        this_version: &'static str,
    },
    #[error("{path} is not a nightcramp diary (not a SQLite database, or damaged): {detail}")]
    NotADiary { path: String, detail: String },
    #[error(
        "could not back up the diary to {path} before upgrading it, so it was left as it was: {detail}"
    )]
    BackupFailed { path: String, detail: String },
    /// A backup (`backup`, or `copy`'s safety copy) could not be written; nothing was left
    /// where it was to go.
    #[error("could not write the backup {path}: {detail}. Nothing was written there")]
    BackupNotWritten { path: String, detail: String },
    #[error("the diary holds a value this version cannot read ({what}): {detail}")]
    Corrupt { what: String, detail: String },
    #[error("could not create the folder {path}: {detail}")]
    Folder { path: String, detail: String },
    /// Another writer held the diary for the whole busy timeout. Nothing was changed.
    #[error(
        "the diary stayed busy: another program (nightcramp serve, or another command) was writing to it for {seconds} seconds. Nothing was changed; try again"
    )]
    Busy { seconds: u64 },
    /// The file, or the folder it is in, cannot be written by this process.
    #[error(
        "{path} is read-only for you (the file or the folder it is in), so nightcramp cannot write to it. Nothing was changed. Make it writable, or copy the diary to a folder of yours and use --db"
    )]
    ReadOnly { path: String },
    /// The disk (or the database's size limit) is full.
    #[error(
        "the disk holding the diary is full. Nothing was changed; free some space and try again"
    )]
    DiskFull,
    /// A file offered as a diary (a backup to restore) is empty.
    #[error("{path} is empty: there is no diary in it")]
    EmptyFile { path: String },
    /// A file offered as a diary is a database, but another program's.
    #[error("{path} is a database of another program, not a nightcramp diary")]
    OtherProgram { path: String },
    /// A folder was named where the diary file should be.
    #[error(
        "{path} is a folder, not a diary file. Name the file instead, for example {path}/diary.db"
    )]
    IsAFolder { path: String },
    /// The database itself failed (its message, whatever the backend).
    #[error("database error: {0}")]
    Database(String),
    /// Not allowed, or no such diary (see [`Denied`]). Nothing was read or written.
    #[error(transparent)]
    Denied(#[from] Denied),
    /// The request was understood and refused: a name already taken, a diary that would be
    /// lost, a share of someone else's diary. Nothing was changed.
    #[error("{0}")]
    Refused(nightcramp_core::language::Message),
}

/// Removes what a failed copy left (the file and any journal beside it): a failed backup
/// leaves nothing behind, not even an empty file.
pub(crate) fn remove_partial(partial: &std::path::Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
    }
}

/// The tables that hold diary rows, each with a `diary` column.
pub(crate) const DIARY_TABLES: [&str; 7] = [
    "profile",
    "episodes",
    "checkins",
    "day_factors",
    "medications",
    "screening_answers",
    "experiments",
];

/// A request to reach a diary, for [`Store::authorize`].
#[derive(Debug, Clone)]
pub struct AccessRequest<'a> {
    pub actor: &'a Actor,
    /// Whose diary, by name; `None`: the actor's own (the operator's only one).
    pub person: Option<&'a str>,
    pub want: Want,
    /// Dates shares' last days.
    pub today: Date,
    /// For the audit log when someone other than the owner reads.
    pub at: jiff::Timestamp,
    pub purpose: &'a str,
    pub origin: &'a str,
}

/// A new share, before the store gives it an id.
#[derive(Debug, Clone)]
pub struct NewShare {
    /// The account it is given to, or `None` for a link (then `token` is set).
    pub with: Option<String>,
    /// A link's token; only its hash is stored.
    pub token: Option<String>,
    pub until: Option<Date>,
    pub at: jiff::Timestamp,
    pub origin: String,
}

/// A logged-in browser, as the store keeps it (for every server on the database).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// The account's name.
    pub account: String,
    /// The token every write from this session must carry.
    pub csrf: String,
    pub expires_at: jiff::Timestamp,
    /// [`Store::directory_revision`] read with the session, so a server checking a session
    /// learns in the same round trip whether its kept directory is still good.
    pub directory_revision: Option<i64>,
}

/// A new session: the token's hash (the token itself stays in the browser's cookie).
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    pub account: &'a str,
    pub token_hash: &'a str,
    pub csrf: &'a str,
    pub at: jiff::Timestamp,
    pub expires_at: jiff::Timestamp,
    pub origin: &'a str,
}

/// A new session of the one-person server password (a store without accounts): no
/// account, the one diary. Only the token's hash is kept, as for accounts.
#[derive(Debug, Clone)]
pub struct NewPasswordSession<'a> {
    pub token_hash: &'a str,
    pub csrf: &'a str,
    pub at: jiff::Timestamp,
    pub expires_at: jiff::Timestamp,
    pub origin: &'a str,
}

/// Who a login to the one-person server password is, in the audit log.
pub const PASSWORD_LOGIN_ACTOR: &str = "someone with the server password";

/// Everything a store holds, for `copy` between stores (and a backup of a store with
/// accounts): every person's diary, every account with its password hash, every share and
/// the whole audit log.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Installation {
    pub(crate) accounts: Vec<(Account, String)>,
    pub(crate) shares: Vec<Share>,
    /// Each with the number of the diary it concerns.
    pub(crate) audit: Vec<(Option<i64>, AuditEntry)>,
    pub(crate) diaries: Vec<(i64, Diary)>,
    /// The next diary number a person account will get.
    pub(crate) next_diary: i64,
}

impl Installation {
    /// Nothing at all: no account, no share, no entry in any diary.
    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty()
            && self.shares.is_empty()
            && self.diaries.iter().all(|(_, d)| diary_is_empty(d))
    }

    pub fn accounts(&self) -> usize {
        self.accounts.len()
    }

    pub fn shares(&self) -> usize {
        self.shares.len()
    }

    pub fn audit_entries(&self) -> usize {
        self.audit.len()
    }

    /// The diary that existed before any account (the one diary of a one-person store).
    pub fn first_diary(&self) -> Diary {
        self.diaries
            .iter()
            .find(|(n, _)| *n == access::Directory::FIRST_DIARY)
            .map(|(_, d)| d.clone())
            .unwrap_or_default()
    }

    /// Diaries holding at least one entry.
    pub fn diaries(&self) -> impl Iterator<Item = &Diary> {
        self.diaries
            .iter()
            .map(|(_, d)| d)
            .filter(|d| !diary_is_empty(d))
    }

    /// Does this store (read back after an `install`) hold everything of `installed`: the
    /// same accounts, shares and non-empty diaries, and its audit log ending with
    /// `installed`'s (a replacing install keeps the log that was there before).
    pub fn holds(&self, installed: &Installation) -> bool {
        let non_empty = |i: &Installation| -> Vec<(i64, Diary)> {
            i.diaries
                .iter()
                .filter(|(_, d)| !diary_is_empty(d))
                .cloned()
                .collect()
        };
        self.accounts == installed.accounts
            && self.shares == installed.shares
            && self.audit.ends_with(&installed.audit)
            && non_empty(self) == non_empty(installed)
    }
}

/// No entry of any kind (a profile counts).
pub fn diary_is_empty(d: &Diary) -> bool {
    d.episodes.is_empty()
        && d.checkins.is_empty()
        && d.days.is_empty()
        && d.medications.is_empty()
        && d.answers.is_empty()
        && d.experiments.is_empty()
        && d.profile == nightcramp_core::domain::Profile::default()
}

/// Opens another connection to an already set-up store (see [`Store::connector`]).
pub type Connector = std::sync::Arc<dyn Fn() -> Result<Box<dyn Store>, StoreError> + Send + Sync>;

/// The diaries' storage, and the accounts, shares and audit log beside them.
///
/// Diary reads and writes take a [`DiaryAccess`], which only [`Store::authorize`] (that is,
/// [`decide`]) makes: every front end asks the same question in the same place.
pub trait Store: Send {
    /// Reads one diary, normalized (see [`Diary::normalize`]).
    fn load(&self, access: &DiaryAccess) -> Result<Diary, StoreError>;

    /// Applies every change to the diary in one transaction: all of them, or, on any error,
    /// none. A read-only access is refused before anything is written.
    fn apply(
        &mut self,
        access: &DiaryAccess,
        changes: &[Change],
    ) -> Result<ApplyReport, StoreError>;

    /// A number that changes whenever this diary changes, through any connection or
    /// process, so a long-running reader (the web server) can keep diaries (and what it
    /// computed from them) in memory and reload only when the diary changed. Read it before
    /// the diary it vouches for: a write in between then costs a reload, never a stale page.
    /// `None` means the backend cannot tell: reload every time.
    fn diary_revision(&self, access: &DiaryAccess) -> Result<Option<i64>, StoreError> {
        let _ = access;
        Ok(None)
    }

    /// [`Store::diary_revision`] of several diaries at once (a clinician's patient list).
    fn diary_revisions(&self, accesses: &[DiaryAccess]) -> Result<Vec<Option<i64>>, StoreError> {
        accesses.iter().map(|a| self.diary_revision(a)).collect()
    }

    /// A number that changes whenever an account or a share changes: the
    /// [`Store::directory`] read at one value can be kept until it moves.
    fn directory_revision(&self) -> Result<Option<i64>, StoreError> {
        Ok(None)
    }

    /// The diary's profile alone (its time zone, for a write that needs no more).
    fn profile(
        &self,
        access: &DiaryAccess,
    ) -> Result<nightcramp_core::domain::Profile, StoreError> {
        Ok(self.load(access)?.profile)
    }

    /// How to open more connections to the same store, for a server that serves requests
    /// side by side; `None` when the backend is best used through one connection (SQLite:
    /// one writer at a time anyway).
    fn connector(&self) -> Option<Connector> {
        None
    }

    /// True once the connection is gone for good (the database server restarted or dropped
    /// it): a pool then opens a new one instead of handing this one out again.
    fn is_broken(&self) -> bool {
        false
    }

    /// Asks the database whether this connection still works (a round trip on a network
    /// backend; in-process ones always work). A pool asks before handing out a connection
    /// that sat idle, so one the server dropped meanwhile (a restart) costs no request an
    /// error.
    fn still_connected(&self) -> bool {
        !self.is_broken()
    }

    /// A setting of the installation (not part of the diary's health data): the calendar
    /// link's secret, for example. `None` when never set.
    fn setting(&self, key: &str) -> Result<Option<String>, StoreError>;

    /// Stores a setting, replacing any previous value.
    fn put_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError>;

    /// Every account (without password hashes) and every share.
    fn directory(&self) -> Result<Directory, StoreError>;

    /// An account's argon2id hash, to check a login.
    fn password_hash(&self, name: &str) -> Result<Option<String>, StoreError>;

    /// Adds an account. A person account gets a diary: the first one gets the diary that
    /// existed before accounts (with everything in it), later ones a new, empty one.
    fn add_account(
        &mut self,
        name: &str,
        role: Role,
        password_hash: &str,
        at: jiff::Timestamp,
    ) -> Result<(), StoreError>;

    /// Replaces an account's password hash.
    fn set_password(&mut self, name: &str, password_hash: &str) -> Result<(), StoreError>;

    /// Removes an account with its shares. A person's diary goes too only with
    /// `delete_diary`; without it, a person whose diary holds anything is refused. The
    /// audit log stays (it is append-only).
    fn remove_account(&mut self, name: &str, delete_diary: bool) -> Result<(), StoreError>;

    /// Shares the diary (its owner's or the operator's access only), writing the audit entry
    /// in the same transaction.
    fn add_share(&mut self, access: &DiaryAccess, share: NewShare) -> Result<Share, StoreError>;

    /// Revokes one of the diary's shares, named by its id or the id's first characters.
    fn revoke_share(
        &mut self,
        access: &DiaryAccess,
        id: &str,
        at: jiff::Timestamp,
        origin: &str,
    ) -> Result<Share, StoreError>;

    /// Appends to the audit log, for a diary or (`None`) for no diary in particular.
    fn record(
        &mut self,
        access: Option<&DiaryAccess>,
        event: &AuditEvent,
    ) -> Result<(), StoreError>;

    /// The audit log of a diary, oldest first: for its owner (or the operator) only.
    fn audit_log(&self, access: &DiaryAccess) -> Result<Vec<AuditEntry>, StoreError>;

    /// Counts a login attempt from `client` and says whether it may go on: at most `limit`
    /// in a window of `window` starting with the first; counting and checking are one
    /// atomic step, so parallel attempts cannot slip past together.
    fn take_login_attempt(
        &mut self,
        client: &str,
        at: jiff::Timestamp,
        window: jiff::SignedDuration,
        limit: u32,
    ) -> Result<bool, StoreError>;

    /// Gives back the attempt a successful login took, so that people who log in
    /// correctly from one address (a clinic behind one router) do not use up its limit.
    /// Only one: a valid account never resets the count of someone guessing another's.
    fn release_login_attempt(&mut self, client: &str) -> Result<(), StoreError>;

    /// Starts a session for an account and writes the login to the audit log (the person's
    /// own diary's log for a person), in one transaction.
    fn start_session(&mut self, session: &NewSession<'_>) -> Result<(), StoreError>;

    /// The live session with this token hash, if any (expired ones are never returned).
    fn session(
        &self,
        token_hash: &str,
        at: jiff::Timestamp,
    ) -> Result<Option<SessionRecord>, StoreError>;

    /// Ends a session (a logout: on every server at once, since they all ask the store).
    fn end_session(&mut self, token_hash: &str) -> Result<(), StoreError>;

    /// Starts a session of the one-person server password and writes the login to the
    /// diary's audit log, in one transaction. The diary's owner (the operator) only.
    fn start_password_session(
        &mut self,
        access: &DiaryAccess,
        session: &NewPasswordSession<'_>,
    ) -> Result<(), StoreError>;

    /// The CSRF token of the live password session with this token hash, if any (expired
    /// ones and accounts' sessions are never returned).
    fn password_session(
        &self,
        token_hash: &str,
        at: jiff::Timestamp,
    ) -> Result<Option<String>, StoreError>;

    /// Ends every session of the server password (it was changed), on every server.
    fn end_password_sessions(&mut self) -> Result<(), StoreError>;

    /// Writes a failed login to the audit log: the named person's own log when the name is
    /// a person's, else the log of no diary.
    fn record_failed_login(
        &mut self,
        name: &str,
        at: jiff::Timestamp,
        origin: &str,
    ) -> Result<(), StoreError> {
        let directory = self.directory()?;
        let event = AuditEvent {
            at,
            actor: name.to_string(),
            action: "login_failed",
            detail: String::new(),
            origin: origin.to_string(),
        };
        if directory.people().any(|a| a.name == name) {
            let today = jiff::tz::TimeZone::UTC.to_datetime(at).date();
            let owners = decide(&directory, &Actor::Operator, Some(name), Want::Write, today)?;
            self.record(Some(&owners), &event)
        } else {
            self.record(None, &event)
        }
    }

    /// Everything, for `copy`.
    fn snapshot(&self) -> Result<Installation, StoreError>;

    /// Writes everything of `installation` into this store in one transaction: only into an
    /// empty store unless `replace`, which first removes every diary, account and share (the
    /// audit log is kept and the copied one appended).
    fn install(&mut self, installation: &Installation, replace: bool) -> Result<(), StoreError>;

    /// Appends several entries, each to its diary's log, in one transaction.
    fn record_all(&mut self, entries: &[(DiaryAccess, AuditEvent)]) -> Result<(), StoreError> {
        for (access, event) in entries {
            self.record(Some(access), event)?;
        }
        Ok(())
    }

    /// Decides who may reach which diary ([`decide`]), and writes a read by anyone other
    /// than the owner to that diary's audit log.
    fn authorize(&mut self, request: &AccessRequest<'_>) -> Result<DiaryAccess, StoreError> {
        let directory = self.directory()?;
        self.authorize_in(&directory, request)
    }

    /// [`Store::authorize`] against a directory the caller already read (and may keep, by
    /// [`Store::directory_revision`]).
    fn authorize_in(
        &mut self,
        directory: &Directory,
        request: &AccessRequest<'_>,
    ) -> Result<DiaryAccess, StoreError> {
        let mut accesses = self.authorize_all_in(directory, std::slice::from_ref(request))?;
        accesses
            .pop()
            .ok_or_else(|| StoreError::Database("no access was decided".into()))
    }

    /// Several decisions at once, their reads written to the audit log in one transaction
    /// (a clinician's patient list reads hundreds of diaries). Any refusal refuses all.
    fn authorize_all_in(
        &mut self,
        directory: &Directory,
        requests: &[AccessRequest<'_>],
    ) -> Result<Vec<DiaryAccess>, StoreError> {
        let mut accesses = Vec::with_capacity(requests.len());
        let mut reads = Vec::new();
        for request in requests {
            let access = decide(
                directory,
                request.actor,
                request.person,
                request.want,
                request.today,
            )?;
            if let Some(reader) = access.reader() {
                let event = AuditEvent {
                    at: request.at,
                    actor: reader.to_string(),
                    action: "read",
                    detail: request.purpose.to_string(),
                    origin: request.origin.to_string(),
                };
                reads.push((access.clone(), event));
            }
            accesses.push(access);
        }
        if !reads.is_empty() {
            self.record_all(&reads)?;
        }
        Ok(accesses)
    }

    /// Every diary shared with a researcher, read for pooled counts: each read written to
    /// its owner's audit log (by the researcher, "pooled counts"). Anyone else: not found.
    fn pooled_diaries(
        &mut self,
        researcher: &str,
        today: Date,
        at: jiff::Timestamp,
        origin: &str,
    ) -> Result<Vec<Diary>, StoreError> {
        let accesses = pooled(&self.directory()?, researcher, today)?;
        let reads: Vec<(DiaryAccess, AuditEvent)> = accesses
            .iter()
            .map(|access| {
                let event = AuditEvent {
                    at,
                    actor: researcher.to_string(),
                    action: "read",
                    detail: "pooled counts".into(),
                    origin: origin.to_string(),
                };
                (access.clone(), event)
            })
            .collect();
        self.record_all(&reads)?;
        accesses.iter().map(|access| self.load(access)).collect()
    }

    /// The operator's access (the command line, whoever holds the file or URL): to the diary
    /// of `person`, or with `None` to the only diary there is.
    fn operator_access(&mut self, person: Option<&str>) -> Result<DiaryAccess, StoreError> {
        let now = jiff::Timestamp::now();
        self.authorize(&AccessRequest {
            actor: &Actor::Operator,
            person,
            want: Want::Write,
            today: jiff::tz::TimeZone::UTC.to_datetime(now).date(),
            at: now,
            purpose: "operator",
            origin: "operator",
        })
    }

    /// Writes a consistent copy of everything to `out` as a SQLite file, the portable
    /// backup every backend can be restored from. The default writes the snapshot into a
    /// new file (beside `out`, renamed into place when whole); SQLite copies itself.
    fn backup_to(&self, out: &std::path::Path) -> Result<(), StoreError> {
        let everything = self.snapshot()?;
        let mut partial_name = out
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        partial_name.push(".partial");
        let partial = out.with_file_name(partial_name);
        let fail = |e: StoreError| StoreError::BackupNotWritten {
            path: out.display().to_string(),
            detail: match e {
                StoreError::DiskFull => "the disk is full".to_string(),
                other => other.to_string(),
            },
        };
        let _ = std::fs::remove_file(&partial);
        let written = SqliteStore::open(&partial)
            .and_then(|(mut copy, _)| copy.install(&everything, false))
            .map_err(fail);
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
        }
        let moved = written.and_then(|()| {
            std::fs::rename(&partial, out).map_err(|e| fail(StoreError::Database(e.to_string())))
        });
        if moved.is_err() {
            remove_partial(&partial);
        }
        moved
    }
}
