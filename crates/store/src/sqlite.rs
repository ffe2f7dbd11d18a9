/*!
The SQLite store: one file, WAL, a busy timeout so the CLI and a running server can share
it, foreign keys on, and versioned migrations.

Migrations are plain SQL files applied in one transaction, with the schema version in
SQLite's `user_version`. Before an existing diary is upgraded, a copy is taken with
`VACUUM INTO` next to it; if the copy cannot be made, the upgrade does not happen. A diary
whose version is newer than this binary understands is refused with a message naming both
versions (the commonest storage failure in atuin's tracker was exactly this skew).
*/

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use jiff::civil::Date;
use nightcramp_core::domain::{
    CheckIn, Day, Diary, DrugClass, Episode, ExperimentRecord, FactorKey, FactorValue, Medication,
    Profile, Provenance, ScreeningAnswer,
};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::access::{self, DiaryAccess};
use crate::codec::{
    EpisodeColumns, FactorColumns, RawExperiment, conditions_column, corrupt, decode_value,
    encode_value, parse_conditions, parse_date, parse_language, parse_uuid, provenance,
    push_factor, relief_column,
};
use crate::{
    Account, ApplyReport, AuditEntry, AuditEvent, Change, Directory, Installation, Mode,
    NewPasswordSession, NewSession, NewShare, Role, SessionRecord, Share, Store, StoreError, merge,
};

/// The migrations, in order. Index + 1 is the schema version each one produces.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_import_said.sql"),
    include_str!("../migrations/0003_screening_answers.sql"),
    include_str!("../migrations/0004_accounts.sql"),
    include_str!("../migrations/0005_sessions.sql"),
    include_str!("../migrations/0006_experiments.sql"),
    include_str!("../migrations/0007_password_sessions.sql"),
    include_str!("../migrations/0008_profile_language.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// How long a writer waits for another (the CLI while `serve` writes) before giving up:
/// long, since a failed write is worse than a slow one, and stated in the error.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Every write transaction takes the write lock when it begins. A deferred one would read
/// first and then ask for the lock, and SQLite cannot wait for that upgrade (another writer
/// may have changed what was read), so it fails at once with "database is locked" or
/// "busy snapshot" instead of waiting its turn under the busy timeout.
const WRITE: rusqlite::TransactionBehavior = rusqlite::TransactionBehavior::Immediate;

/// Fault injection for the crash tests: when this variable holds N, the process aborts
/// after N changes of an `apply`, inside the open transaction, exactly as a kill would.
pub const FAULT_ENV: &str = "NIGHTCRAMP_FAULT_ABORT_AFTER_CHANGES";

/// What opening the diary did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenReport {
    pub created: bool,
    /// The version upgraded from, when a migration ran on an existing diary.
    pub migrated_from: Option<i64>,
    /// Where the pre-upgrade copy went.
    pub backup: Option<PathBuf>,
}

/// A diary in a SQLite file (or in memory, for tests).
pub struct SqliteStore {
    conn: Connection,
    abort_after: Option<usize>,
    /// Writes through this connection: SQLite's `data_version` counts only other
    /// connections' commits, and the revisions must move with ours too.
    own_commits: i64,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.conn.path())
            .finish_non_exhaustive()
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the diary at `path`, upgrading it if it is older.
    pub fn open(path: &Path) -> Result<(SqliteStore, OpenReport), StoreError> {
        SqliteStore::open_with_migrations(path, MIGRATIONS)
    }

    /// `open` with a given migration list: lets the tests exercise an upgrade (backup,
    /// version bump) before a second real migration exists.
    #[doc(hidden)]
    pub fn open_with_migrations(
        path: &Path,
        migrations: &[&str],
    ) -> Result<(SqliteStore, OpenReport), StoreError> {
        if path.is_dir() {
            return Err(StoreError::IsAFolder {
                path: path.display().to_string(),
            });
        }
        let existed = path.exists();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::Folder {
                path: parent.display().to_string(),
                detail: e.to_string(),
            })?;
        }
        let fault = |e: rusqlite::Error| open_fault(path, e);
        let conn = Connection::open(path).map_err(fault)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fault)?;
        // The version first: a diary from a newer nightcramp is refused before anything
        // about the file changes (switching it to WAL would rewrite its header).
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(fault)?;
        refuse_newer(&conn, found, migrations.len() as i64)?;
        if conn.is_readonly(rusqlite::MAIN_DB).map_err(fault)? {
            return Err(StoreError::ReadOnly {
                path: path.display().to_string(),
            });
        }
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(fault)?;
        debug_assert!(mode.eq_ignore_ascii_case("wal"), "journal mode {mode}");
        let mut store = SqliteStore::configure(conn).map_err(fault)?;
        let report = store.migrate(Some(path), existed, migrations)?;
        Ok((store, report))
    }

    /// Moves with every commit to the file, by any connection (SQLite's `data_version`
    /// counts the others' commits) or by this one ([`SqliteStore::count_write`]).
    fn file_revision(&self) -> Result<Option<i64>, StoreError> {
        let others: i64 = self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?;
        Ok(Some(others.wrapping_shl(32).wrapping_add(self.own_commits)))
    }

    /// Called by every write of diary rows, accounts or shares before it starts, so this
    /// connection's own revisions move too (a write that then fails only costs a reload).
    fn count_write(&mut self) {
        self.own_commits += 1;
    }

    /// A fresh diary in memory.
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        let mut store = SqliteStore::configure(Connection::open_in_memory()?)?;
        store.migrate(None, false, MIGRATIONS)?;
        Ok(store)
    }

    fn configure(conn: Connection) -> Result<SqliteStore, rusqlite::Error> {
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")?;
        let abort_after = std::env::var(FAULT_ENV).ok().and_then(|v| v.parse().ok());
        Ok(SqliteStore {
            conn,
            abort_after,
            own_commits: 0,
        })
    }

    /// Checks a backup file without changing it: SQLite's integrity check, a schema this
    /// version can read (an older one is upgraded on a scratch copy), and a diary that loads.
    pub fn read_backup(path: &Path, scratch_dir: &Path) -> Result<Installation, StoreError> {
        let not_a_diary = |detail: String| StoreError::NotADiary {
            path: path.display().to_string(),
            detail,
        };
        {
            let conn =
                Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .map_err(|e| not_a_diary(e.to_string()))?;
            let check: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .map_err(|e| not_a_diary(e.to_string()))?;
            if check != "ok" {
                return Err(not_a_diary(format!("the integrity check failed: {check}")));
            }
            // An empty file, or another program's database, would open as a new, empty
            // diary and replace the person's with nothing: only a nightcramp diary restores.
            let shown = path.display().to_string();
            if std::fs::metadata(path).map(|m| m.len()).unwrap_or(0) == 0 {
                return Err(StoreError::EmptyFile { path: shown });
            }
            if written_by(&conn).is_none() {
                return Err(StoreError::OtherProgram { path: shown });
            }
        }
        let scratch = scratch_dir.join(format!(
            ".nightcramp-restore-check-{}.db",
            uuid::Uuid::new_v4().simple()
        ));
        std::fs::copy(path, &scratch).map_err(|e| not_a_diary(e.to_string()))?;
        let result = SqliteStore::open(&scratch).and_then(|(store, _)| store.snapshot());
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", scratch.display()));
        }
        if let Ok(entries) = std::fs::read_dir(scratch_dir) {
            let prefix = scratch
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            for e in entries.flatten() {
                if e.file_name().to_string_lossy().starts_with(&prefix) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        result
    }

    /// The schema version of the open diary.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn migrate(
        &mut self,
        path: Option<&Path>,
        existed: bool,
        migrations: &[&str],
    ) -> Result<OpenReport, StoreError> {
        let latest = migrations.len() as i64;
        let found = self.schema_version().map_err(|e| StoreError::NotADiary {
            path: path.map(|p| p.display().to_string()).unwrap_or_default(),
            detail: e.to_string(),
        })?;
        let mut report = OpenReport {
            created: !existed || found == 0,
            ..OpenReport::default()
        };
        refuse_newer(&self.conn, found, latest)?;
        if found == latest {
            return Ok(report);
        }
        if found > 0 {
            if let Some(path) = path {
                let backup = backup_path(path, found);
                self.conn
                    .execute("VACUUM INTO ?1", [backup.display().to_string()])
                    .map_err(|e| StoreError::BackupFailed {
                        path: backup.display().to_string(),
                        detail: e.to_string(),
                    })?;
                report.backup = Some(backup);
            }
            report.migrated_from = Some(found);
        }
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        for (i, sql) in migrations.iter().enumerate().skip(found as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('written_by', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [APP_VERSION],
        )?;
        tx.commit()?;
        Ok(report)
    }
}

/// `diary.db` at version 1 is copied to `diary.db.v1-20261128T083000Z.bak`.
fn backup_path(path: &Path, version: i64) -> PathBuf {
    let stamp = Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(format!(".v{version}-{stamp}.bak"));
    path.with_file_name(name)
}

/// SQLite's errors reach callers as the backend-neutral [`StoreError::Database`].
/// The nightcramp version that last wrote this database, as its `meta` table says; `None`
/// for a database that has no such row (not a nightcramp diary).
fn written_by(conn: &Connection) -> Option<String> {
    conn.query_row("SELECT value FROM meta WHERE key = 'written_by'", [], |r| {
        r.get(0)
    })
    .optional()
    .ok()
    .flatten()
}

/// A diary whose schema is newer than `latest` is refused, naming who wrote it; read only,
/// so the file is left exactly as it was.
fn refuse_newer(conn: &Connection, found: i64, latest: i64) -> Result<(), StoreError> {
    if found <= latest {
        return Ok(());
    }
    Err(StoreError::NewerSchema {
        found,
        supported: latest,
        written_by: written_by(conn)
            .map(|v| format!("nightcramp {v}"))
            .unwrap_or_else(|| "an unknown version".into()),
        this_version: APP_VERSION,
    })
}

/// Why a diary file could not be opened, said as what it is: a full disk and a file or
/// folder that is read-only are not a damaged diary.
fn open_fault(path: &Path, e: rusqlite::Error) -> StoreError {
    use rusqlite::ErrorCode;
    let shown = path.display().to_string();
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::DiskFull,
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy {
            seconds: BUSY_TIMEOUT.as_secs(),
        },
        Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen)
            if !can_write(path) =>
        {
            StoreError::ReadOnly { path: shown }
        }
        _ => StoreError::NotADiary {
            path: shown,
            detail: e.to_string(),
        },
    }
}

/// A backup that could not be written, with a full disk said as one.
fn backup_not_written(out: &Path, detail: &str, code: Option<rusqlite::ErrorCode>) -> StoreError {
    StoreError::BackupNotWritten {
        path: out.display().to_string(),
        detail: if code == Some(rusqlite::ErrorCode::DiskFull) {
            "the disk is full".to_string()
        } else {
            detail.to_string()
        },
    }
}

/// Can this process change the diary and create its journal files beside it?
fn can_write(path: &Path) -> bool {
    let file_ok = !path.exists() || std::fs::OpenOptions::new().append(true).open(path).is_ok();
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let probe = folder.join(format!(
        ".nightcramp-write-check-{}",
        uuid::Uuid::new_v4().simple()
    ));
    let folder_ok = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .is_ok();
    let _ = std::fs::remove_file(&probe);
    file_ok && folder_ok
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy {
                seconds: BUSY_TIMEOUT.as_secs(),
            },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            _ => StoreError::Database(e.to_string()),
        }
    }
}

impl Store for SqliteStore {
    fn load(&self, access: &DiaryAccess) -> Result<Diary, StoreError> {
        // One read transaction, so every table is read as of one moment.
        let tx = self.conn.unchecked_transaction()?;
        let diary = load_diary(&tx, access.diary)?;
        tx.commit()?;
        Ok(diary)
    }

    fn apply(
        &mut self,
        access: &DiaryAccess,
        changes: &[Change],
    ) -> Result<ApplyReport, StoreError> {
        self.count_write();
        access.check_write()?;
        let diary = access.diary;
        let abort_after = self.abort_after;
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        let mut report = ApplyReport::default();
        for (i, change) in changes.iter().enumerate() {
            if abort_after == Some(i) {
                // Simulated crash for the all-or-nothing tests (see FAULT_ENV).
                std::process::abort();
            }
            apply_one(&tx, diary, change, &mut report)?;
        }
        tx.commit()?;
        Ok(report)
    }

    fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = ?1",
                [format!("setting:{key}")],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn put_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [format!("setting:{key}"), value.to_string()],
        )?;
        Ok(())
    }

    /// Writes a consistent copy of the diary to `out`, even while another process writes
    /// (`VACUUM INTO` reads one snapshot). The copy is written beside `out` and renamed into
    /// place, so `out` is never half a backup.
    fn backup_to(&self, out: &Path) -> Result<(), StoreError> {
        let mut partial_name = out
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        partial_name.push(".partial");
        let partial = out.with_file_name(partial_name);
        let _ = std::fs::remove_file(&partial);
        let written = self
            .conn
            .execute("VACUUM INTO ?1", [partial.display().to_string()])
            .map_err(|e| backup_not_written(out, &e.to_string(), e.sqlite_error_code()))
            .and_then(|_| {
                std::fs::rename(&partial, out)
                    .map_err(|e| backup_not_written(out, &e.to_string(), None))
            });
        if written.is_err() {
            crate::remove_partial(&partial);
        }
        written
    }

    fn diary_revision(&self, _access: &DiaryAccess) -> Result<Option<i64>, StoreError> {
        // One file, one counter for all of it: any write moves every diary's revision, which
        // a household's server can afford.
        self.file_revision()
    }

    fn directory_revision(&self) -> Result<Option<i64>, StoreError> {
        self.file_revision()
    }

    fn profile(&self, access: &DiaryAccess) -> Result<Profile, StoreError> {
        load_profile(&self.conn, access.diary)
    }

    fn directory(&self) -> Result<Directory, StoreError> {
        read_directory(&self.conn)
    }

    fn password_hash(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT password_hash FROM accounts WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn add_account(
        &mut self,
        name: &str,
        role: Role,
        password_hash: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        self.count_write();
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        let next = next_diary(&tx)?;
        let diary = access::new_account_diary(&read_directory(&tx)?, name, role, next)?;
        tx.execute(
            "INSERT INTO accounts (id, name, role, password_hash, diary, created_ms)
             VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM accounts), ?1, ?2, ?3, ?4, ?5)",
            params![
                name,
                role.as_str(),
                password_hash,
                diary,
                at.as_millisecond()
            ],
        )?;
        if let Some(diary) = diary {
            set_meta(&tx, "next_diary", &(diary + 1).to_string())?;
        }
        tx.commit()?;
        Ok(())
    }

    fn set_password(&mut self, name: &str, password_hash: &str) -> Result<(), StoreError> {
        self.count_write();
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        access::existing_account(&read_directory(&tx)?, name)?;
        tx.execute(
            "UPDATE accounts SET password_hash = ?2 WHERE name = ?1",
            params![name, password_hash],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn remove_account(&mut self, name: &str, delete_diary: bool) -> Result<(), StoreError> {
        self.count_write();
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        let directory = read_directory(&tx)?;
        let gone = access::removal(
            &directory,
            name,
            |diary| load_diary(&tx, diary).map(|d| crate::diary_is_empty(&d)),
            delete_diary,
        )?;
        if let Some(diary) = gone {
            delete_diary_rows(&tx, diary)?;
        }
        tx.execute(
            "DELETE FROM sessions WHERE account = (SELECT id FROM accounts WHERE name = ?1)",
            [name],
        )?;
        tx.execute("DELETE FROM accounts WHERE name = ?1", [name])?;
        tx.commit()?;
        Ok(())
    }

    fn add_share(&mut self, access: &DiaryAccess, share: NewShare) -> Result<Share, StoreError> {
        self.count_write();
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        access.check_owner()?;
        access::check_shareable(access)?;
        let directory = read_directory(&tx)?;
        let with_id: Option<i64> = match &share.with {
            Some(with) => {
                access::share_recipient(&directory, access, with)?;
                Some(
                    tx.query_row("SELECT id FROM accounts WHERE name = ?1", [with], |r| {
                        r.get(0)
                    })?,
                )
            }
            None => {
                access.check_owner()?;
                None
            }
        };
        let id = uuid::Uuid::new_v4();
        let hash = share.token.as_deref().map(access::token_hash);
        tx.execute(
            "INSERT INTO shares (id, diary, with_account, token_hash, created_ms, until)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id.to_string(),
                access.diary,
                with_id,
                hash,
                share.at.as_millisecond(),
                share.until.map(|d| d.to_string()),
            ],
        )?;
        let made = read_directory(&tx)?
            .shares
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| StoreError::Database("the new share was not found".into()))?;
        insert_audit(
            &tx,
            Some(access.diary),
            &access::share_event(access, &made, "share_added", share.at, &share.origin),
        )?;
        tx.commit()?;
        Ok(made)
    }

    fn revoke_share(
        &mut self,
        access: &DiaryAccess,
        id: &str,
        at: Timestamp,
        origin: &str,
    ) -> Result<Share, StoreError> {
        self.count_write();
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        let directory = read_directory(&tx)?;
        let mut share = access::share_to_revoke(&directory, access, id)?.clone();
        if share.revoked_at.is_none() {
            tx.execute(
                "UPDATE shares SET revoked_ms = ?2 WHERE id = ?1",
                params![share.id.to_string(), at.as_millisecond()],
            )?;
            share.revoked_at = Some(at);
            insert_audit(
                &tx,
                Some(access.diary),
                &access::share_event(access, &share, "share_revoked", at, origin),
            )?;
        }
        tx.commit()?;
        Ok(share)
    }

    fn record(
        &mut self,
        access: Option<&DiaryAccess>,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        insert_audit(&self.conn, access.map(|a| a.diary), event)
    }

    fn audit_log(&self, access: &DiaryAccess) -> Result<Vec<AuditEntry>, StoreError> {
        access.check_owner()?;
        Ok(read_audit(&self.conn)?
            .into_iter()
            .filter(|(diary, _)| *diary == Some(access.diary))
            .map(|(_, entry)| entry)
            .collect())
    }

    fn take_login_attempt(
        &mut self,
        client: &str,
        at: Timestamp,
        window: jiff::SignedDuration,
        limit: u32,
    ) -> Result<bool, StoreError> {
        let now = at.as_millisecond();
        let window_ms = window.as_millis() as i64;
        // IMMEDIATE: the write lock is taken before reading, so two servers (or threads)
        // count one after the other.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO login_attempts (client, window_start_ms, attempts) VALUES (?1, ?2, 1)
             ON CONFLICT (client) DO UPDATE SET
               attempts = CASE WHEN login_attempts.window_start_ms + ?3 <= ?2 THEN 1 ELSE login_attempts.attempts + 1 END,
               window_start_ms = CASE WHEN login_attempts.window_start_ms + ?3 <= ?2 THEN ?2 ELSE login_attempts.window_start_ms END",
            params![client, now, window_ms],
        )?;
        let attempts: i64 = tx.query_row(
            "SELECT attempts FROM login_attempts WHERE client = ?1",
            [client],
            |r| r.get(0),
        )?;
        tx.commit()?;
        Ok(attempts <= i64::from(limit))
    }

    fn release_login_attempt(&mut self, client: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE login_attempts SET attempts = MAX(attempts - 1, 0) WHERE client = ?1",
            [client],
        )?;
        Ok(())
    }

    fn start_session(&mut self, session: &NewSession<'_>) -> Result<(), StoreError> {
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        let directory = read_directory(&tx)?;
        let account = access::existing_account(&directory, session.account)?;
        let id: i64 = tx.query_row(
            "SELECT id FROM accounts WHERE name = ?1",
            [session.account],
            |r| r.get(0),
        )?;
        tx.execute(
            "DELETE FROM sessions WHERE expires_ms <= ?1",
            [session.at.as_millisecond()],
        )?;
        tx.execute(
            "INSERT INTO sessions (token_hash, account, csrf, created_ms, expires_ms)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                session.token_hash,
                id,
                session.csrf,
                session.at.as_millisecond(),
                session.expires_at.as_millisecond(),
            ],
        )?;
        insert_audit(
            &tx,
            account.diary,
            &AuditEvent {
                at: session.at,
                actor: account.name.clone(),
                action: "login",
                detail: String::new(),
                origin: session.origin.to_string(),
            },
        )?;
        tx.commit()?;
        Ok(())
    }

    fn session(
        &self,
        token_hash: &str,
        at: Timestamp,
    ) -> Result<Option<SessionRecord>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT a.name, s.csrf, s.expires_ms FROM sessions s JOIN accounts a ON a.id = s.account
                 WHERE s.token_hash = ?1 AND s.expires_ms > ?2",
                params![token_hash, at.as_millisecond()],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)),
            )
            .optional()?;
        row.map(|(account, csrf, expires)| {
            Ok(SessionRecord {
                account,
                csrf,
                expires_at: crate::codec::timestamp("a session's expiry", expires)?,
                directory_revision: self.directory_revision()?,
            })
        })
        .transpose()
    }

    fn end_session(&mut self, token_hash: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
        Ok(())
    }

    fn start_password_session(
        &mut self,
        access: &DiaryAccess,
        session: &NewPasswordSession<'_>,
    ) -> Result<(), StoreError> {
        access.check_owner()?;
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        tx.execute(
            "DELETE FROM sessions WHERE expires_ms <= ?1",
            [session.at.as_millisecond()],
        )?;
        tx.execute(
            "INSERT INTO sessions (token_hash, account, csrf, created_ms, expires_ms)
             VALUES (?1, NULL, ?2, ?3, ?4)",
            params![
                session.token_hash,
                session.csrf,
                session.at.as_millisecond(),
                session.expires_at.as_millisecond(),
            ],
        )?;
        insert_audit(
            &tx,
            Some(access.diary),
            &AuditEvent {
                at: session.at,
                actor: crate::PASSWORD_LOGIN_ACTOR.into(),
                action: "login",
                detail: String::new(),
                origin: session.origin.to_string(),
            },
        )?;
        tx.commit()?;
        Ok(())
    }

    fn password_session(
        &self,
        token_hash: &str,
        at: Timestamp,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT csrf FROM sessions
                 WHERE token_hash = ?1 AND account IS NULL AND expires_ms > ?2",
                params![token_hash, at.as_millisecond()],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn end_password_sessions(&mut self) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM sessions WHERE account IS NULL", [])?;
        Ok(())
    }

    fn snapshot(&self) -> Result<Installation, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let directory = read_directory(&tx)?;
        let mut accounts = Vec::new();
        for account in directory.accounts {
            let hash: String = tx.query_row(
                "SELECT password_hash FROM accounts WHERE name = ?1",
                [&account.name],
                |r| r.get(0),
            )?;
            accounts.push((account, hash));
        }
        let numbers = Directory {
            accounts: accounts.iter().map(|(a, _)| a.clone()).collect(),
            shares: Vec::new(),
        }
        .diary_numbers();
        let mut diaries = Vec::new();
        for n in numbers {
            diaries.push((n, load_diary(&tx, n)?));
        }
        let installation = Installation {
            accounts,
            shares: directory.shares,
            audit: read_audit(&tx)?,
            diaries,
            next_diary: next_diary(&tx)?,
        };
        tx.commit()?;
        Ok(installation)
    }

    fn install(&mut self, from: &Installation, replace: bool) -> Result<(), StoreError> {
        self.count_write();
        let tx = self.conn.transaction_with_behavior(WRITE)?;
        let directory = read_directory(&tx)?;
        let mut here_empty = directory.accounts.is_empty() && directory.shares.is_empty();
        for n in directory.diary_numbers() {
            here_empty = here_empty && crate::diary_is_empty(&load_diary(&tx, n)?);
        }
        if !here_empty && !replace {
            return Err(StoreError::Refused(
                nightcramp_core::language::Message::new("store.not_empty"),
            ));
        }
        for n in directory.diary_numbers() {
            delete_diary_rows(&tx, n)?;
        }
        tx.execute_batch("DELETE FROM sessions; DELETE FROM shares; DELETE FROM accounts;")?;
        for (id, (account, hash)) in from.accounts.iter().enumerate() {
            tx.execute(
                "INSERT INTO accounts (id, name, role, password_hash, diary, created_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id as i64 + 1,
                    account.name,
                    account.role.as_str(),
                    hash,
                    account.diary,
                    account.created_at.as_millisecond(),
                ],
            )?;
        }
        for share in &from.shares {
            let with_id: Option<i64> = match &share.with {
                Some(name) => Some(tx.query_row(
                    "SELECT id FROM accounts WHERE name = ?1",
                    [name],
                    |r| r.get(0),
                )?),
                None => None,
            };
            tx.execute(
                "INSERT INTO shares (id, diary, with_account, token_hash, created_ms, until, revoked_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    share.id.to_string(),
                    share.diary,
                    with_id,
                    share.token_hash,
                    share.created_at.as_millisecond(),
                    share.until.map(|d| d.to_string()),
                    share.revoked_at.map(|t| t.as_millisecond()),
                ],
            )?;
        }
        for (diary, entry) in &from.audit {
            insert_audit(&tx, *diary, &access::event_of(entry))?;
        }
        let mut report = ApplyReport::default();
        for (diary, contents) in &from.diaries {
            for change in crate::replace_with(&Diary::default(), contents) {
                apply_one(&tx, *diary, &change, &mut report)?;
            }
        }
        set_meta(&tx, "next_diary", &from.next_diary.to_string())?;
        tx.commit()?;
        Ok(())
    }
}

fn load_diary(conn: &Connection, diary: i64) -> Result<Diary, StoreError> {
    let mut loaded = Diary {
        profile: load_profile(conn, diary)?,
        medications: load_medications_where(conn, diary, "", &[])?,
        answers: load_answers_where(conn, diary, "", &[])?,
        episodes: load_episodes(conn, diary)?,
        checkins: load_checkins(conn, diary)?,
        days: load_days(conn, diary)?,
        experiments: load_experiments_where(conn, diary, "", &[])?,
    };
    loaded.normalize();
    Ok(loaded)
}

fn apply_one(
    tx: &Transaction<'_>,
    diary: i64,
    change: &Change,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    match change {
        Change::PutEpisode(episode, mode) => put_episode(tx, diary, episode, *mode, report),
        Change::DeleteEpisode(id) => {
            let n = tx.execute(
                "DELETE FROM episodes WHERE diary = ?1 AND id = ?2",
                params![diary, id.to_string()],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutCheckIn(checkin, mode) => put_checkin(tx, diary, checkin, *mode, report),
        Change::DeleteCheckIn(night) => {
            let n = tx.execute(
                "DELETE FROM checkins WHERE diary = ?1 AND night = ?2",
                params![diary, night.to_string()],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutFactor {
            date,
            key,
            value,
            source,
            mode,
        } => put_factor(tx, diary, *date, key, value, *source, *mode, report),
        Change::NoteImportSaid { date, key, said } => {
            set_import_said(tx, diary, *date, key, said.as_ref())
        }
        Change::ClearFactor { date, key } => {
            let n = tx.execute(
                "DELETE FROM day_factors WHERE diary = ?1 AND date = ?2 AND factor = ?3",
                params![diary, date.to_string(), key.column()],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::SetProfile(profile, mode) => set_profile(tx, diary, profile, *mode, report),
        Change::PutMedication(m, mode) => put_medication(tx, diary, m, *mode, report),
        Change::DeleteMedication(id) => {
            let n = tx.execute(
                "DELETE FROM medications WHERE diary = ?1 AND id = ?2",
                params![diary, id.to_string()],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutAnswer(answer) => put_answer(tx, diary, answer, report),
        Change::PutExperiment(e) => put_experiment(tx, diary, e, report),
        Change::DeleteExperiment(id) => {
            let n = tx.execute(
                "DELETE FROM experiments WHERE diary = ?1 AND id = ?2",
                params![diary, id],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::DeleteAnswer(question) => {
            let n = tx.execute(
                "DELETE FROM screening_answers WHERE diary = ?1 AND question = ?2",
                params![diary, question],
            )?;
            count_delete(report, n);
            Ok(())
        }
    }
}

// ---------- experiments

/// See [`merge::experiment`]: added, repeated or stopped; never re-drawn.
fn put_experiment(
    tx: &Transaction<'_>,
    diary: i64,
    e: &ExperimentRecord,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing = load_experiments_where(tx, diary, "AND id = ?2", &[&e.id])?;
    if merge::experiment(existing.first(), e)?
        .record(report)
        .is_none()
    {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO experiments (diary, id, change, start_date, pairs, period_nights,
           washout_nights, pair_order, created_ms, stopped_ms, seal)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
         ON CONFLICT (diary, id) DO UPDATE SET stopped_ms = excluded.stopped_ms",
        params![
            diary,
            e.id,
            e.change,
            e.start.to_string(),
            e.pairs,
            e.period_nights,
            e.washout_nights,
            e.order,
            e.created_at.as_millisecond(),
            e.stopped_at.map(|t| t.as_millisecond()),
            e.seal,
        ],
    )?;
    Ok(())
}

/// The diary's experiments; `filter` continues the `WHERE diary = ?1` with `?2...`.
fn load_experiments_where(
    conn: &Connection,
    diary: i64,
    filter: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<ExperimentRecord>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, change, start_date, pairs, period_nights, washout_nights, pair_order,
           created_ms, stopped_ms, seal
         FROM experiments WHERE diary = ?1 {filter} ORDER BY created_ms, id"
    ))?;
    let mut all: Vec<&dyn rusqlite::ToSql> = vec![&diary];
    all.extend_from_slice(args);
    let rows = stmt.query_map(all.as_slice(), |r| {
        Ok(RawExperiment {
            id: r.get(0)?,
            change: r.get(1)?,
            start: r.get(2)?,
            pairs: r.get(3)?,
            period_nights: r.get(4)?,
            washout_nights: r.get(5)?,
            order: r.get(6)?,
            created_ms: r.get(7)?,
            stopped_ms: r.get(8)?,
            seal: r.get(9)?,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row?.validate()?);
    }
    Ok(out)
}

// ---------- screening answers

/// See [`merge::answer`]: the more recent answer wins.
fn put_answer(
    tx: &Transaction<'_>,
    diary: i64,
    a: &ScreeningAnswer,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing = load_answers_where(tx, diary, "AND question = ?2", &[&a.question])?;
    if merge::answer(existing.first(), a).record(report).is_none() {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO screening_answers (diary, question, answer, answered_ms) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (diary, question) DO UPDATE SET answer = excluded.answer,
           answered_ms = excluded.answered_ms",
        params![diary, a.question, a.answer, a.answered_at.as_millisecond()],
    )?;
    Ok(())
}

/// The diary's answers; `filter` continues the `WHERE diary = ?1` with `?2...` for `args`.
fn load_answers_where(
    conn: &Connection,
    diary: i64,
    filter: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<ScreeningAnswer>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT question, answer, answered_ms FROM screening_answers WHERE diary = ?1 {filter} ORDER BY question"
    ))?;
    let mut all: Vec<&dyn rusqlite::ToSql> = vec![&diary];
    all.extend_from_slice(args);
    let rows = stmt.query_map(all.as_slice(), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, bool>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (question, answer, ms) = row?;
        out.push(ScreeningAnswer {
            question,
            answer,
            answered_at: Timestamp::from_millisecond(ms).map_err(|e| StoreError::Corrupt {
                what: format!("the answer time of {}", "a screening question"),
                detail: format!("{ms}: {e}"),
            })?,
        });
    }
    Ok(out)
}

fn count_delete(report: &mut ApplyReport, rows: usize) {
    if rows > 0 {
        report.deleted += rows;
    } else {
        report.not_found += 1;
    }
}

// ---------- episodes

fn put_episode(
    tx: &Transaction<'_>,
    diary: i64,
    e: &Episode,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing = tx
        .query_row(
            &format!("SELECT {EPISODE_COLUMNS} FROM episodes WHERE diary = ?1 AND id = ?2"),
            params![diary, e.id.to_string()],
            episode_from_row,
        )
        .optional()?
        .transpose()?;
    if merge::episode(existing.as_ref(), e, mode)
        .record(report)
        .is_none()
    {
        return Ok(());
    }
    let relief = relief_column(e);
    tx.execute(
        "INSERT INTO episodes (id, started_at_ms, utc_offset_s, time_zone, night, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes, diary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT (diary, id) DO UPDATE SET started_at_ms = excluded.started_at_ms, utc_offset_s = excluded.utc_offset_s,
           time_zone = excluded.time_zone, night = excluded.night, duration_s = excluded.duration_s,
           muscle = excluded.muscle, side = excluded.side, intensity = excluded.intensity, woke = excluded.woke,
           soreness_h = excluded.soreness_h, relief = excluded.relief, notes = excluded.notes",
        params![
            e.id.to_string(),
            e.started_at.as_millisecond(),
            e.utc_offset.seconds(),
            e.time_zone,
            e.night().to_string(),
            e.duration_s,
            e.muscle.as_str(),
            e.side.as_str(),
            e.intensity,
            e.woke,
            e.soreness_h,
            relief,
            e.notes,
            diary,
        ],
    )?;
    Ok(())
}

const EPISODE_COLUMNS: &str = "id, started_at_ms, utc_offset_s, time_zone, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes";

/// Row to episode. The outer `Result` is rusqlite's, the inner ours (a value in the file
/// that this version does not recognise).
fn episode_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Episode, StoreError>> {
    Ok(EpisodeColumns {
        id: row.get(0)?,
        started_ms: row.get(1)?,
        offset_s: row.get(2)?,
        time_zone: row.get(3)?,
        duration_s: row.get(4)?,
        muscle: row.get(5)?,
        side: row.get(6)?,
        intensity: row.get(7)?,
        woke: row.get(8)?,
        soreness_h: row.get(9)?,
        relief: row.get(10)?,
        notes: row.get(11)?,
    }
    .into_episode())
}

fn load_episodes(conn: &Connection, diary: i64) -> Result<Vec<Episode>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {EPISODE_COLUMNS} FROM episodes WHERE diary = ?1 ORDER BY started_at_ms"
    ))?;
    let rows = stmt.query_map([diary], episode_from_row)?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row??);
    }
    Ok(out)
}

// ---------- check-ins

fn put_checkin(
    tx: &Transaction<'_>,
    diary: i64,
    c: &CheckIn,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing: Option<(Option<u8>, Option<i64>)> = tx
        .query_row(
            "SELECT sleep_disturbance, recorded_at_ms FROM checkins WHERE diary = ?1 AND night = ?2",
            params![diary, c.night.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some(disturbance) = merge::checkin(existing.map(|(d, _)| d), c, mode).record(report) else {
        return Ok(());
    };
    tx.execute(
        "INSERT INTO checkins (night, id, sleep_disturbance, recorded_at_ms, diary) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (diary, night) DO UPDATE SET sleep_disturbance = excluded.sleep_disturbance,
           recorded_at_ms = COALESCE(excluded.recorded_at_ms, checkins.recorded_at_ms)",
        params![
            c.night.to_string(),
            c.id.to_string(),
            disturbance,
            c.recorded_at.map(|t| t.as_millisecond()),
            diary,
        ],
    )?;
    Ok(())
}

fn load_checkins(conn: &Connection, diary: i64) -> Result<Vec<CheckIn>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT night, id, sleep_disturbance, recorded_at_ms FROM checkins WHERE diary = ?1 ORDER BY night",
    )?;
    let rows = stmt.query_map([diary], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<u8>>(2)?,
            r.get::<_, Option<i64>>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (night, id, sleep_disturbance, recorded) = row?;
        out.push(CheckIn {
            id: parse_uuid(&id)?,
            night: parse_date(&night)?,
            sleep_disturbance,
            recorded_at: recorded
                .map(Timestamp::from_millisecond)
                .transpose()
                .map_err(|e| corrupt("recorded_at", e))?,
        });
    }
    Ok(out)
}

// ---------- day factors

#[allow(clippy::too_many_arguments)]
fn put_factor(
    tx: &Transaction<'_>,
    diary: i64,
    date: Date,
    key: &FactorKey,
    value: &FactorValue,
    source: Provenance,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing: Option<(String, Option<f64>, Option<String>, String)> = tx
        .query_row(
            "SELECT kind, num, text, source FROM day_factors WHERE diary = ?1 AND date = ?2 AND factor = ?3",
            params![diary, date.to_string(), key.column()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let old = match existing {
        Some((kind, num, text, old_source)) => {
            Some((decode_value(&kind, num, text)?, provenance(&old_source)))
        }
        None => None,
    };
    let merge::FactorWrite {
        decision,
        import_said,
    } = merge::factor(
        old.as_ref().map(|(v, p)| (v, *p)),
        date,
        key,
        value,
        source,
        mode,
    );
    if decision.record(report).is_some() {
        write_factor(tx, diary, date, key, value, source)?;
    }
    match import_said {
        merge::ImportSaid::Leave => Ok(()),
        merge::ImportSaid::Clear => set_import_said(tx, diary, date, key, None),
        merge::ImportSaid::Set(said) => set_import_said(tx, diary, date, key, Some(&said)),
    }
}

fn write_factor(
    tx: &Transaction<'_>,
    diary: i64,
    date: Date,
    key: &FactorKey,
    value: &FactorValue,
    source: Provenance,
) -> Result<(), StoreError> {
    let (kind, num, text) = encode_value(value);
    tx.execute(
        "INSERT INTO day_factors (date, factor, kind, num, text, source, diary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (diary, date, factor) DO UPDATE SET kind = excluded.kind, num = excluded.num,
           text = excluded.text, source = excluded.source",
        params![date.to_string(), key.column(), kind, num, text, source.as_str(), diary],
    )?;
    Ok(())
}

/// Records (or clears) what an import said beside a kept value. No row, nothing to do.
fn set_import_said(
    tx: &Transaction<'_>,
    diary: i64,
    date: Date,
    key: &FactorKey,
    said: Option<&FactorValue>,
) -> Result<(), StoreError> {
    let (num, text) = match said.map(encode_value) {
        Some((_, num, text)) => (num, text),
        None => (None, None),
    };
    tx.execute(
        "UPDATE day_factors SET import_num = ?3, import_text = ?4
         WHERE date = ?1 AND factor = ?2 AND (import_num IS NOT ?3 OR import_text IS NOT ?4)
           AND diary = ?5",
        params![date.to_string(), key.column(), num, text, diary],
    )?;
    Ok(())
}

fn load_days(conn: &Connection, diary: i64) -> Result<Vec<Day>, StoreError> {
    let mut stmt = conn
        .prepare("SELECT date, factor, kind, num, text, source, import_num, import_text FROM day_factors WHERE diary = ?1 ORDER BY date")?;
    let rows = stmt.query_map([diary], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<f64>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, Option<f64>>(6)?,
            r.get::<_, Option<String>>(7)?,
        ))
    })?;
    let mut days: Vec<Day> = Vec::new();
    for row in rows {
        let (date, factor, kind, num, text, source, import_num, import_text) = row?;
        push_factor(
            &mut days,
            FactorColumns {
                date,
                factor,
                kind,
                num,
                text,
                source,
                import_num,
                import_text,
            },
        )?;
    }
    Ok(days)
}

// ---------- profile

fn set_profile(
    tx: &Transaction<'_>,
    diary: i64,
    new: &Profile,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let old = load_profile(tx, diary)?;
    let (merged, conflicts) = merge::profile(&old, new, mode);
    report.conflicts.extend(conflicts);
    if merged == old {
        report.unchanged += 1;
        return Ok(());
    }
    report.updated += 1;
    let conditions = conditions_column(&merged.conditions);
    tx.execute(
        "INSERT INTO profile (diary, birth_year, time_zone, pregnant, due_date, athlete, conditions, language)
         VALUES (?7, ?1, ?2, ?3, ?4, ?5, ?6, ?8)
         ON CONFLICT (diary) DO UPDATE SET birth_year = excluded.birth_year, time_zone = excluded.time_zone,
           pregnant = excluded.pregnant, due_date = excluded.due_date, athlete = excluded.athlete,
           conditions = excluded.conditions, language = excluded.language",
        params![
            merged.birth_year,
            merged.time_zone,
            merged.pregnant,
            merged.due_date.map(|d| d.to_string()),
            merged.athlete,
            conditions,
            diary,
            merged.language.map(|l| l.code()),
        ],
    )?;
    Ok(())
}

fn load_profile(conn: &Connection, diary: i64) -> Result<Profile, StoreError> {
    let row = conn
        .query_row(
            "SELECT birth_year, time_zone, pregnant, due_date, athlete, conditions, language FROM profile WHERE diary = ?1",
            [diary],
            |r| {
                Ok((
                    (
                        r.get::<_, Option<i16>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Option<bool>>(2)?,
                    ),
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<bool>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            },
        )
        .optional()?;
    let Some(((birth_year, time_zone, pregnant), due_date, athlete, conditions, language)) = row
    else {
        return Ok(Profile::default());
    };
    Ok(Profile {
        birth_year,
        time_zone,
        pregnant,
        due_date: due_date.as_deref().map(parse_date).transpose()?,
        athlete,
        conditions: parse_conditions(&conditions)?,
        language: language.as_deref().map(parse_language).transpose()?,
    })
}

// ---------- medications

fn put_medication(
    tx: &Transaction<'_>,
    diary: i64,
    m: &Medication,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing = load_medications_where(tx, diary, "AND id = ?2", &[&m.id.to_string()])?;
    if merge::medication(existing.first(), m, mode)
        .record(report)
        .is_none()
    {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO medications (id, name, class, since, until, diary) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (diary, id) DO UPDATE SET name = excluded.name, class = excluded.class,
           since = excluded.since, until = excluded.until",
        params![
            m.id.to_string(),
            m.name,
            m.class.as_str(),
            m.since.to_string(),
            m.until.map(|d| d.to_string()),
            diary,
        ],
    )?;
    Ok(())
}

/// The diary's medicines; `filter` continues the `WHERE diary = ?1` with `?2...` for `args`.
fn load_medications_where(
    conn: &Connection,
    diary: i64,
    filter: &str,
    args: &[&dyn rusqlite::ToSql],
) -> Result<Vec<Medication>, StoreError> {
    let mut stmt = conn.prepare(&format!(
        "SELECT id, name, class, since, until FROM medications WHERE diary = ?1 {filter} ORDER BY since, name"
    ))?;
    let mut all: Vec<&dyn rusqlite::ToSql> = vec![&diary];
    all.extend_from_slice(args);
    let rows = stmt.query_map(all.as_slice(), |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, class, since, until) = row?;
        out.push(Medication {
            id: parse_uuid(&id)?,
            name,
            class: class
                .parse::<DrugClass>()
                .map_err(|e| corrupt("class", e))?,
            since: parse_date(&since)?,
            until: until.as_deref().map(parse_date).transpose()?,
        });
    }
    Ok(out)
}

// ---------- accounts, shares, audit

fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// The diary number the next person account gets: 1 (the diary from before accounts) first.
fn next_diary(conn: &Connection) -> Result<i64, StoreError> {
    let value: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'next_diary'", [], |r| {
            r.get(0)
        })
        .optional()?;
    value
        .map(|v| {
            v.parse::<i64>()
                .map_err(|e| corrupt("next diary number", e))
        })
        .transpose()
        .map(|n| n.unwrap_or(Directory::FIRST_DIARY))
}

fn read_directory(conn: &Connection) -> Result<Directory, StoreError> {
    let mut stmt =
        conn.prepare("SELECT name, role, created_ms, diary FROM accounts ORDER BY name")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, Option<i64>>(3)?,
        ))
    })?;
    let mut accounts: Vec<Account> = Vec::new();
    for row in rows {
        let (name, role, created, diary) = row?;
        accounts.push(crate::codec::account_from_columns(
            name, &role, created, diary,
        )?);
    }
    let mut stmt = conn.prepare(crate::codec::SHARE_QUERY)?;
    let rows = stmt.query_map([], |r| {
        Ok(crate::codec::ShareColumns {
            id: r.get(0)?,
            diary: r.get(1)?,
            owner: r.get(2)?,
            with: r.get(3)?,
            token_hash: r.get(4)?,
            created_ms: r.get(5)?,
            until: r.get(6)?,
            revoked_ms: r.get(7)?,
        })
    })?;
    let mut shares = Vec::new();
    for row in rows {
        shares.push(row?.into_share()?);
    }
    Ok(Directory { accounts, shares })
}

fn insert_audit(
    conn: &Connection,
    diary: Option<i64>,
    event: &AuditEvent,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO audit (at_ms, diary, actor, action, detail, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            event.at.as_millisecond(),
            diary,
            event.actor,
            event.action,
            event.detail,
            event.origin,
        ],
    )?;
    Ok(())
}

fn read_audit(conn: &Connection) -> Result<Vec<(Option<i64>, AuditEntry)>, StoreError> {
    let mut stmt = conn.prepare(&format!("{} ORDER BY a.seq", crate::codec::AUDIT_QUERY))?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (at, diary, person, actor, action, detail, origin) = row?;
        out.push((
            diary,
            crate::codec::audit_from_columns(at, person, actor, action, detail, origin)?,
        ));
    }
    Ok(out)
}

fn delete_diary_rows(conn: &Connection, diary: i64) -> Result<(), StoreError> {
    for table in crate::DIARY_TABLES {
        conn.execute(&format!("DELETE FROM {table} WHERE diary = ?1"), [diary])?;
    }
    conn.execute("DELETE FROM shares WHERE diary = ?1", [diary])?;
    Ok(())
}
