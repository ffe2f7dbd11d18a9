/*!
The PostgreSQL backend: the same diary, for a household, a clinic or several servers
sharing one database.

It keeps the SQLite backend's shape exactly (the same tables and columns, the same merge
policy from [`crate::merge`], one transaction per `apply`), so the contract suite runs
unchanged against both. Differences, each a decision:
- Migrations are tracked in `nightcramp_meta` (key `schema_version`); a database written by a
  newer nightcramp is refused before anything is changed. DDL is transactional here, so a
  migration that fails leaves the database as it was; an empty database is set up by the
  first command. (A migration of a database that holds a diary must copy it first, like
  SQLite's `VACUUM INTO`; version 1 is the first, so there is nothing to migrate yet.)
- Every `apply` gives its diary a new revision (from one sequence) in the same
  transaction, and every account or share change moves the directory's revision, so any
  number of server processes can tell when another one wrote, diary by diary.
- The client is the blocking `postgres` crate: the `Store` trait is synchronous, and the web
  layer calls it from blocking tasks.
*/

use jiff::Timestamp;
use nightcramp_core::domain::{
    CheckIn, Day, Diary, DrugClass, Episode, ExperimentRecord, FactorKey, Medication, Profile,
    ScreeningAnswer,
};
use postgres::{Client, GenericClient, NoTls, Transaction};

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

/// The PostgreSQL schema migrations, in order; the schema version is how many have run.
pub const PG_MIGRATIONS: &[&str] = &[
    include_str!("../migrations/postgres/0001_initial.sql"),
    include_str!("../migrations/postgres/0002_accounts.sql"),
    include_str!("../migrations/postgres/0003_sessions.sql"),
    include_str!("../migrations/postgres/0004_diary_revisions.sql"),
    include_str!("../migrations/postgres/0005_experiments.sql"),
    include_str!("../migrations/postgres/0006_password_sessions.sql"),
    include_str!("../migrations/postgres/0007_profile_language.sql"),
];

/// The schema version this build writes and understands.
pub const PG_SCHEMA_VERSION: i64 = PG_MIGRATIONS.len() as i64;

impl From<postgres::Error> for StoreError {
    /// The server's own message when there is one: the client's `Display` says only "db
    /// error".
    fn from(e: postgres::Error) -> StoreError {
        const LOST: &str = "the connection to PostgreSQL was lost (the server stopped or dropped it); nothing of this command was written, try it again";
        if let Some(db) = e.as_db_error() {
            let code = db.code().code();
            // 57P: the server shut down or an administrator ended the session; 08: the
            // connection failed. Either way this command's transaction is gone.
            if code.starts_with("57P") || code.starts_with("08") {
                return StoreError::Database(format!("{LOST} (PostgreSQL said: {})", db.message()));
            }
            return StoreError::Database(format!("{} ({code})", db.message()));
        }
        if e.is_closed() {
            return StoreError::Database(LOST.into());
        }
        // The client's own words name only the step ("error connecting to server"): the
        // causes beneath say why (connection refused, no such host).
        let mut text = e.to_string();
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            text.push_str(": ");
            text.push_str(&c.to_string());
            cause = c.source();
        }
        StoreError::Database(text)
    }
}

/// The columns an episode is read from, in the order `episodes_from_rows` expects.
macro_rules! episode_columns {
    () => {
        "id, started_at_ms, utc_offset_s, time_zone, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes"
    };
}

pub struct PgStore {
    /// The trait reads through `&self`, the blocking client needs `&mut`: a mutex lends it
    /// to one caller at a time (the web layer keeps several stores for requests side by side).
    client: std::sync::Mutex<Client>,
    /// Where it connected, for [`Store::connector`].
    url: String,
    /// The statements of the busiest paths, prepared once on this connection.
    prepared: Prepared,
}

/// Statements prepared once per connection: a statement sent as text is parsed and planned
/// on every call, a round trip of its own; the paths a server runs on every request (the
/// session, revisions, logging a cramp, the patient list's audit rows) reuse theirs.
#[derive(Default)]
struct Prepared(std::sync::Mutex<std::collections::HashMap<&'static str, postgres::Statement>>);

impl Prepared {
    fn get(
        &self,
        client: &mut impl postgres::GenericClient,
        sql: &'static str,
    ) -> Result<postgres::Statement, StoreError> {
        if let Some(statement) = self.0.lock().ok().and_then(|m| m.get(sql).cloned()) {
            return Ok(statement);
        }
        let statement = client.prepare(sql)?;
        if let Ok(mut map) = self.0.lock() {
            map.insert(sql, statement.clone());
        }
        Ok(statement)
    }
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PgStore")
    }
}

impl PgStore {
    /// Connects to `url` (`postgres://user@host:port/db`, options such as a search path
    /// included), sets up an empty database, upgrades an older one, and refuses a newer one
    /// without changing it.
    pub fn open(url: &str) -> Result<PgStore, StoreError> {
        let mut client = Client::connect(url, NoTls).map_err(|e| {
            let reason = match StoreError::from(e) {
                StoreError::Database(text) => text,
                other => other.to_string(),
            };
            StoreError::Database(format!(
                "{reason}; check that PostgreSQL runs at that host and port and that the URL's user, password and database are right (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE)"
            ))
        })?;
        migrate(&mut client)?;
        Ok(PgStore {
            client: std::sync::Mutex::new(client),
            url: url.to_string(),
            prepared: Prepared::default(),
        })
    }

    fn client(&self) -> Result<std::sync::MutexGuard<'_, Client>, StoreError> {
        self.client
            .lock()
            .map_err(|_| StoreError::Database("a previous database call failed midway".into()))
    }
}

fn migrate(client: &mut Client) -> Result<(), StoreError> {
    {
        let mut tx = client.transaction()?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS nightcramp_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        )?;
        // One migrating process at a time; the others wait and then find it done.
        tx.batch_execute("LOCK TABLE nightcramp_meta IN EXCLUSIVE MODE")?;
        let found: i64 = tx
            .query_opt(
                "SELECT value FROM nightcramp_meta WHERE key = 'schema_version'",
                &[],
            )?
            .map(|row| row.get::<_, String>(0))
            .map(|v| v.parse::<i64>().map_err(|e| corrupt("schema version", e)))
            .transpose()?
            .unwrap_or(0);
        if found > PG_SCHEMA_VERSION {
            let written_by = tx
                .query_opt(
                    "SELECT value FROM nightcramp_meta WHERE key = 'written_by'",
                    &[],
                )?
                .map(|row| row.get::<_, String>(0))
                .unwrap_or_else(|| "an unknown version".into());
            // Dropping the transaction rolls it back: not even the meta table is touched.
            return Err(StoreError::NewerSchema {
                found,
                supported: PG_SCHEMA_VERSION,
                written_by,
                this_version: env!("CARGO_PKG_VERSION"),
            });
        }
        if found == PG_SCHEMA_VERSION {
            // Up to date: opening writes nothing.
            return Ok(());
        }
        for migration in PG_MIGRATIONS
            .iter()
            .skip(usize::try_from(found).unwrap_or(0))
        {
            tx.batch_execute(migration)?;
        }
        for (key, value) in [
            ("schema_version", PG_SCHEMA_VERSION.to_string()),
            (
                "written_by",
                format!("nightcramp {}", env!("CARGO_PKG_VERSION")),
            ),
        ] {
            tx.execute(
                "INSERT INTO nightcramp_meta (key, value) VALUES ($1, $2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                &[&key, &value],
            )?;
        }
        tx.execute(
            "INSERT INTO nightcramp_meta (key, value) VALUES ('revision', '0')
             ON CONFLICT (key) DO NOTHING",
            &[],
        )?;
        tx.commit()?;
    }
    Ok(())
}

impl Store for PgStore {
    fn load(&self, access: &DiaryAccess) -> Result<Diary, StoreError> {
        // A read-only snapshot: every table as of one moment, even while others write.
        let mut client = self.client()?;
        let mut tx = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let diary = load_diary(&mut tx, access.diary)?;
        tx.commit()?;
        Ok(diary)
    }

    fn apply(
        &mut self,
        access: &DiaryAccess,
        changes: &[Change],
    ) -> Result<ApplyReport, StoreError> {
        access.check_write()?;
        let mut client = self.client()?;
        let mut tx = Writing::begin(&mut client, access.diary)?;
        let mut report = ApplyReport::default();
        for change in changes {
            apply_one(
                tx.client(),
                &self.prepared,
                access.diary,
                change,
                &mut report,
            )?;
        }
        tx.commit_with_new_revision()?;
        Ok(report)
    }

    fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        let mut client = self.client()?;
        Ok(client
            .query_opt(
                "SELECT value FROM nightcramp_meta WHERE key = $1",
                &[&format!("setting:{key}")],
            )?
            .map(|row| row.get(0)))
    }

    fn put_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.client()?.execute(
            "INSERT INTO nightcramp_meta (key, value) VALUES ($1, $2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&format!("setting:{key}"), &value],
        )?;
        Ok(())
    }

    fn diary_revision(&self, access: &DiaryAccess) -> Result<Option<i64>, StoreError> {
        Ok(self
            .diary_revisions(std::slice::from_ref(access))?
            .pop()
            .flatten())
    }

    fn diary_revisions(&self, accesses: &[DiaryAccess]) -> Result<Vec<Option<i64>>, StoreError> {
        let diaries: Vec<i64> = accesses.iter().map(|a| a.diary).collect();
        let mut client = self.client()?;
        let statement = self.prepared.get(
            &mut *client,
            "SELECT diary, revision FROM diary_revisions WHERE diary = ANY($1)",
        )?;
        let found: std::collections::HashMap<i64, i64> = client
            .query(&statement, &[&diaries])?
            .iter()
            .map(|row| (row.get(0), row.get(1)))
            .collect();
        // A diary never written has no row yet: revision 0, until its first write.
        Ok(diaries
            .iter()
            .map(|d| Some(found.get(d).copied().unwrap_or(0)))
            .collect())
    }

    fn directory_revision(&self) -> Result<Option<i64>, StoreError> {
        let mut client = self.client()?;
        let statement = self.prepared.get(
            &mut *client,
            "SELECT value FROM nightcramp_meta WHERE key = 'revision'",
        )?;
        let value: String = client.query_one(&statement, &[])?.get(0);
        Ok(Some(value.parse().map_err(|e| corrupt("revision", e))?))
    }

    fn profile(&self, access: &DiaryAccess) -> Result<Profile, StoreError> {
        // One round trip (logging a cramp asks for the zone first): the scope and the read
        // as one simple query, which PostgreSQL runs as one implicit transaction, so the
        // setting ends with it and an error rolls it back. The diary is a number, so the
        // text holds nothing typed by anyone.
        let diary = access.diary;
        let messages = self.client()?.simple_query(&format!(
            "{}; {PROFILE_COLUMNS} FROM profile WHERE diary = {diary}",
            scope_sql(diary)
        ))?;
        let row = messages.iter().find_map(|m| match m {
            postgres::SimpleQueryMessage::Row(row) if row.len() == 7 => Some(row),
            _ => None,
        });
        let Some(row) = row else {
            return Ok(Profile::default());
        };
        let flag = |i: usize| row.get(i).map(|v| v == "t");
        Ok(Profile {
            birth_year: row
                .get(0)
                .map(str::parse)
                .transpose()
                .map_err(|e| corrupt("birth year", e))?,
            time_zone: row.get(1).map(str::to_string),
            pregnant: flag(2),
            due_date: row.get(3).map(parse_date).transpose()?,
            athlete: flag(4),
            conditions: parse_conditions(row.get(5).unwrap_or_default())?,
            language: row.get(6).map(parse_language).transpose()?,
        })
    }

    fn connector(&self) -> Option<crate::Connector> {
        let url = self.url.clone();
        // Migrated already by the first connection: the next ones only connect.
        Some(std::sync::Arc::new(move || {
            let client = Client::connect(&url, NoTls)?;
            Ok(Box::new(PgStore {
                client: std::sync::Mutex::new(client),
                url: url.clone(),
                prepared: Prepared::default(),
            }) as Box<dyn Store>)
        }))
    }

    fn is_broken(&self) -> bool {
        self.client.lock().map_or(true, |c| c.is_closed())
    }

    fn still_connected(&self) -> bool {
        self.client.lock().is_ok_and(|mut c| {
            !c.is_closed() && c.is_valid(std::time::Duration::from_secs(2)).is_ok()
        })
    }

    fn directory(&self) -> Result<Directory, StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let directory = read_directory(&mut tx)?;
        tx.commit()?;
        Ok(directory)
    }

    fn password_hash(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .client()?
            .query_opt(
                "SELECT password_hash FROM accounts WHERE name = $1",
                &[&name],
            )?
            .map(|row| row.get(0)))
    }

    fn add_account(
        &mut self,
        name: &str,
        role: Role,
        password_hash: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        // One account change at a time across servers: the name check and the diary number.
        tx.batch_execute("LOCK TABLE accounts IN EXCLUSIVE MODE")?;
        let next = next_diary(&mut tx)?;
        let diary = access::new_account_diary(&read_directory(&mut tx)?, name, role, next)?;
        tx.execute(
            "INSERT INTO accounts (id, name, role, password_hash, diary, created_ms)
             VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM accounts), $1, $2, $3, $4, $5)",
            &[
                &name,
                &role.as_str(),
                &password_hash,
                &diary,
                &at.as_millisecond(),
            ],
        )?;
        if let Some(diary) = diary {
            set_meta(&mut tx, "next_diary", &(diary + 1).to_string())?;
        }
        bump_revision(&mut tx)?;
        tx.commit()?;
        Ok(())
    }

    fn set_password(&mut self, name: &str, password_hash: &str) -> Result<(), StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        access::existing_account(&read_directory(&mut tx)?, name)?;
        tx.execute(
            "UPDATE accounts SET password_hash = $2 WHERE name = $1",
            &[&name, &password_hash],
        )?;
        bump_revision(&mut tx)?;
        tx.commit()?;
        Ok(())
    }

    fn remove_account(&mut self, name: &str, delete_diary: bool) -> Result<(), StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        tx.batch_execute("LOCK TABLE accounts IN EXCLUSIVE MODE")?;
        let directory = read_directory(&mut tx)?;
        let tx_cell = std::cell::RefCell::new(&mut tx);
        let gone = access::removal(
            &directory,
            name,
            |diary| {
                let mut tx = tx_cell.borrow_mut();
                load_diary(&mut tx, diary).map(|d| crate::diary_is_empty(&d))
            },
            delete_diary,
        )?;
        if let Some(diary) = gone {
            delete_diary_rows(&mut tx, diary)?;
        }
        tx.execute("DELETE FROM accounts WHERE name = $1", &[&name])?;
        bump_revision(&mut tx)?;
        tx.commit()?;
        Ok(())
    }

    fn add_share(&mut self, access: &DiaryAccess, share: NewShare) -> Result<Share, StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        access.check_owner()?;
        access::check_shareable(access)?;
        let directory = read_directory(&mut tx)?;
        let with_id: Option<i64> = match &share.with {
            Some(with) => {
                access::share_recipient(&directory, access, with)?;
                Some(
                    tx.query_one("SELECT id FROM accounts WHERE name = $1", &[with])?
                        .get(0),
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
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                &id.to_string(),
                &access.diary,
                &with_id,
                &hash,
                &share.at.as_millisecond(),
                &share.until.map(|d| d.to_string()),
            ],
        )?;
        let made = read_directory(&mut tx)?
            .shares
            .into_iter()
            .find(|s| s.id == id)
            .ok_or_else(|| StoreError::Database("the new share was not found".into()))?;
        insert_audit(
            &mut tx,
            Some(access.diary),
            &access::share_event(access, &made, "share_added", share.at, &share.origin),
        )?;
        bump_revision(&mut tx)?;
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
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let directory = read_directory(&mut tx)?;
        let mut share = access::share_to_revoke(&directory, access, id)?.clone();
        if share.revoked_at.is_none() {
            tx.execute(
                "UPDATE shares SET revoked_ms = $2 WHERE id = $1",
                &[&share.id.to_string(), &at.as_millisecond()],
            )?;
            share.revoked_at = Some(at);
            insert_audit(
                &mut tx,
                Some(access.diary),
                &access::share_event(access, &share, "share_revoked", at, origin),
            )?;
            bump_revision(&mut tx)?;
        }
        tx.commit()?;
        Ok(share)
    }

    fn record(
        &mut self,
        access: Option<&DiaryAccess>,
        event: &AuditEvent,
    ) -> Result<(), StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        insert_audit(&mut tx, access.map(|a| a.diary), event)?;
        tx.commit()?;
        Ok(())
    }

    fn record_all(&mut self, entries: &[(DiaryAccess, AuditEvent)]) -> Result<(), StoreError> {
        // One statement for any number of entries (a patient list of 300 writes 300), in
        // their order: the columns go as arrays and come back as rows.
        let mut client = self.client()?;
        let statement = self.prepared.get(
            &mut *client,
            "INSERT INTO audit (at_ms, diary, actor, action, detail, origin)
             SELECT * FROM UNNEST($1::BIGINT[], $2::BIGINT[], $3::TEXT[], $4::TEXT[], $5::TEXT[], $6::TEXT[])",
        )?;
        let at: Vec<i64> = entries.iter().map(|(_, e)| e.at.as_millisecond()).collect();
        let diary: Vec<i64> = entries.iter().map(|(a, _)| a.diary).collect();
        let actor: Vec<&str> = entries.iter().map(|(_, e)| e.actor.as_str()).collect();
        let action: Vec<&str> = entries.iter().map(|(_, e)| e.action).collect();
        let detail: Vec<&str> = entries.iter().map(|(_, e)| e.detail.as_str()).collect();
        let origin: Vec<&str> = entries.iter().map(|(_, e)| e.origin.as_str()).collect();
        client.execute(
            &statement,
            &[&at, &diary, &actor, &action, &detail, &origin],
        )?;
        Ok(())
    }

    fn audit_log(&self, access: &DiaryAccess) -> Result<Vec<AuditEntry>, StoreError> {
        access.check_owner()?;
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let entries = read_audit(&mut tx, Some(access.diary))?;
        tx.commit()?;
        Ok(entries.into_iter().map(|(_, e)| e).collect())
    }

    fn take_login_attempt(
        &mut self,
        client: &str,
        at: jiff::Timestamp,
        window: jiff::SignedDuration,
        limit: u32,
    ) -> Result<bool, StoreError> {
        let now = at.as_millisecond();
        let window_ms = window.as_millis() as i64;
        let mut client_conn = self.client()?;
        // One statement: the row lock makes parallel attempts (from any server) count in turn.
        let attempts: i64 = client_conn
            .query_one(
                "INSERT INTO login_attempts (client, window_start_ms, attempts) VALUES ($1, $2, 1)
                 ON CONFLICT (client) DO UPDATE SET
                   attempts = CASE WHEN login_attempts.window_start_ms + $3 <= $2 THEN 1 ELSE login_attempts.attempts + 1 END,
                   window_start_ms = CASE WHEN login_attempts.window_start_ms + $3 <= $2 THEN $2 ELSE login_attempts.window_start_ms END
                 RETURNING attempts",
                &[&client, &now, &window_ms],
            )?
            .get(0);
        Ok(attempts <= i64::from(limit))
    }

    fn release_login_attempt(&mut self, client: &str) -> Result<(), StoreError> {
        self.client()?.execute(
            "UPDATE login_attempts SET attempts = GREATEST(attempts - 1, 0) WHERE client = $1",
            &[&client],
        )?;
        Ok(())
    }

    fn start_session(&mut self, session: &NewSession<'_>) -> Result<(), StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let directory = read_directory(&mut tx)?;
        let account = access::existing_account(&directory, session.account)?;
        let id: i64 = tx
            .query_one(
                "SELECT id FROM accounts WHERE name = $1",
                &[&session.account],
            )?
            .get(0);
        tx.execute(
            "DELETE FROM sessions WHERE expires_ms <= $1",
            &[&session.at.as_millisecond()],
        )?;
        tx.execute(
            "INSERT INTO sessions (token_hash, account, csrf, created_ms, expires_ms)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &session.token_hash,
                &id,
                &session.csrf,
                &session.at.as_millisecond(),
                &session.expires_at.as_millisecond(),
            ],
        )?;
        insert_audit(
            &mut tx,
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
        at: jiff::Timestamp,
    ) -> Result<Option<SessionRecord>, StoreError> {
        let mut client = self.client()?;
        let statement = self.prepared.get(
            &mut *client,
            "SELECT a.name, s.csrf, s.expires_ms,
               (SELECT value FROM nightcramp_meta WHERE key = 'revision')
             FROM sessions s JOIN accounts a ON a.id = s.account
             WHERE s.token_hash = $1 AND s.expires_ms > $2",
        )?;
        let row = client.query_opt(&statement, &[&token_hash, &at.as_millisecond()])?;
        row.map(|r| {
            Ok(SessionRecord {
                account: r.get(0),
                csrf: r.get(1),
                expires_at: crate::codec::timestamp("a session's expiry", r.get(2))?,
                directory_revision: r
                    .get::<_, Option<String>>(3)
                    .map(|v| v.parse().map_err(|e| corrupt("revision", e)))
                    .transpose()?,
            })
        })
        .transpose()
    }

    fn end_session(&mut self, token_hash: &str) -> Result<(), StoreError> {
        self.client()?
            .execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])?;
        Ok(())
    }

    fn start_password_session(
        &mut self,
        access: &DiaryAccess,
        session: &NewPasswordSession<'_>,
    ) -> Result<(), StoreError> {
        access.check_owner()?;
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        tx.execute(
            "DELETE FROM sessions WHERE expires_ms <= $1",
            &[&session.at.as_millisecond()],
        )?;
        tx.execute(
            "INSERT INTO sessions (token_hash, account, csrf, created_ms, expires_ms)
             VALUES ($1, NULL, $2, $3, $4)",
            &[
                &session.token_hash,
                &session.csrf,
                &session.at.as_millisecond(),
                &session.expires_at.as_millisecond(),
            ],
        )?;
        insert_audit(
            &mut tx,
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
        at: jiff::Timestamp,
    ) -> Result<Option<String>, StoreError> {
        let mut client = self.client()?;
        let statement = self.prepared.get(
            &mut *client,
            "SELECT csrf FROM sessions
             WHERE token_hash = $1 AND account IS NULL AND expires_ms > $2",
        )?;
        Ok(client
            .query_opt(&statement, &[&token_hash, &at.as_millisecond()])?
            .map(|r| r.get(0)))
    }

    fn end_password_sessions(&mut self) -> Result<(), StoreError> {
        self.client()?
            .execute("DELETE FROM sessions WHERE account IS NULL", &[])?;
        Ok(())
    }

    fn snapshot(&self) -> Result<Installation, StoreError> {
        let mut client = self.client()?;
        let mut tx = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let directory = read_directory(&mut tx)?;
        let mut accounts = Vec::new();
        for account in &directory.accounts {
            let hash: String = tx
                .query_one(
                    "SELECT password_hash FROM accounts WHERE name = $1",
                    &[&account.name],
                )?
                .get(0);
            accounts.push((account.clone(), hash));
        }
        let mut diaries = Vec::new();
        for n in directory.diary_numbers() {
            diaries.push((n, load_diary(&mut tx, n)?));
        }
        let installation = Installation {
            accounts,
            shares: directory.shares,
            audit: read_audit(&mut tx, None)?,
            diaries,
            next_diary: next_diary(&mut tx)?,
        };
        tx.commit()?;
        Ok(installation)
    }

    fn install(&mut self, from: &Installation, replace: bool) -> Result<(), StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        tx.batch_execute("LOCK TABLE accounts IN EXCLUSIVE MODE")?;
        let directory = read_directory(&mut tx)?;
        let mut here_empty = directory.accounts.is_empty() && directory.shares.is_empty();
        for n in directory.diary_numbers() {
            here_empty = here_empty && crate::diary_is_empty(&load_diary(&mut tx, n)?);
        }
        if !here_empty && !replace {
            return Err(StoreError::Refused(
                nightcramp_core::language::Message::new("store.not_empty"),
            ));
        }
        for n in directory.diary_numbers() {
            delete_diary_rows(&mut tx, n)?;
        }
        tx.batch_execute("DELETE FROM sessions; DELETE FROM shares; DELETE FROM accounts;")?;
        for (id, (account, hash)) in from.accounts.iter().enumerate() {
            tx.execute(
                "INSERT INTO accounts (id, name, role, password_hash, diary, created_ms)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    &(id as i64 + 1),
                    &account.name,
                    &account.role.as_str(),
                    hash,
                    &account.diary,
                    &account.created_at.as_millisecond(),
                ],
            )?;
        }
        for share in &from.shares {
            let with_id: Option<i64> = match &share.with {
                Some(name) => Some(
                    tx.query_one("SELECT id FROM accounts WHERE name = $1", &[name])?
                        .get(0),
                ),
                None => None,
            };
            tx.execute(
                "INSERT INTO shares (id, diary, with_account, token_hash, created_ms, until, revoked_ms)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[
                    &share.id.to_string(),
                    &share.diary,
                    &with_id,
                    &share.token_hash,
                    &share.created_at.as_millisecond(),
                    &share.until.map(|d| d.to_string()),
                    &share.revoked_at.map(|t| t.as_millisecond()),
                ],
            )?;
        }
        for (diary, entry) in &from.audit {
            insert_audit(&mut tx, *diary, &access::event_of(entry))?;
        }
        let mut report = ApplyReport::default();
        let prepared = Prepared::default();
        for (diary, contents) in &from.diaries {
            scope(&mut tx, *diary)?;
            for change in crate::replace_with(&Diary::default(), contents) {
                apply_one(&mut tx, &prepared, *diary, &change, &mut report)?;
            }
            bump_diary_revision(&mut tx, *diary)?;
        }
        set_meta(&mut tx, "next_diary", &from.next_diary.to_string())?;
        bump_revision(&mut tx)?;
        tx.commit()?;
        Ok(())
    }
}

/// Limits the transaction to one diary for row-level security (the second check: every
/// query also names the diary itself). Until the transaction ends, or the next call.
fn scope(tx: &mut Transaction<'_>, diary: i64) -> Result<(), StoreError> {
    tx.batch_execute(&scope_sql(diary))?;
    Ok(())
}

/// The scope as text: the diary is a number, so it holds nothing anyone typed, and it can go
/// in one message with what comes before or after it (one round trip, nothing to prepare).
fn scope_sql(diary: i64) -> String {
    format!("SELECT set_config('nightcramp.diary', '{diary}', true)")
}

/// A new revision for one diary, as text like [`scope_sql`]: a row per diary, so writers to
/// different diaries never wait for each other here.
fn new_revision_sql(diary: i64) -> String {
    format!(
        "INSERT INTO diary_revisions (diary, revision) VALUES ({diary}, nextval('nightcramp_revision'))
         ON CONFLICT (diary) DO UPDATE SET revision = excluded.revision"
    )
}

/// One `apply`'s transaction, in as few round trips as it can be: BEGIN and the scope go as
/// one message, and so do the new revision and COMMIT. The changes in between use the prepared statements. Dropped
/// without committing (an error, a panic), it rolls back, so a pooled connection is never
/// handed on inside a transaction.
struct Writing<'a> {
    client: &'a mut Client,
    diary: i64,
    done: bool,
}

impl<'a> Writing<'a> {
    fn begin(client: &'a mut Client, diary: i64) -> Result<Writing<'a>, StoreError> {
        let writing = Writing {
            client,
            diary,
            done: false,
        };
        writing
            .client
            .batch_execute(&format!("BEGIN; {}", scope_sql(diary)))?;
        Ok(writing)
    }

    fn client(&mut self) -> &mut Client {
        self.client
    }

    fn commit_with_new_revision(mut self) -> Result<(), StoreError> {
        // If the INSERT fails, PostgreSQL skips the COMMIT after it; the drop rolls back.
        self.client
            .batch_execute(&format!("{}; COMMIT", new_revision_sql(self.diary)))?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.client.batch_execute("ROLLBACK");
        }
    }
}

fn bump_diary_revision(tx: &mut Transaction<'_>, diary: i64) -> Result<(), StoreError> {
    tx.batch_execute(&new_revision_sql(diary))?;
    Ok(())
}

/// A new revision for the directory (accounts and shares).
fn bump_revision(tx: &mut Transaction<'_>) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE nightcramp_meta SET value = (value::BIGINT + 1)::TEXT WHERE key = 'revision'",
        &[],
    )?;
    Ok(())
}

fn load_diary(tx: &mut Transaction<'_>, diary: i64) -> Result<Diary, StoreError> {
    scope(tx, diary)?;
    let mut loaded = Diary {
        profile: load_profile(tx, diary)?,
        medications: load_medications(tx, diary, None)?,
        answers: load_answers(tx, diary, None)?,
        episodes: load_episodes(tx, diary)?,
        checkins: load_checkins(tx, diary)?,
        days: load_days(tx, diary)?,
        experiments: load_experiments(tx, diary, None)?,
    };
    loaded.normalize();
    Ok(loaded)
}

fn apply_one(
    tx: &mut impl GenericClient,
    prepared: &Prepared,
    diary: i64,
    change: &Change,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    match change {
        Change::PutEpisode(episode, mode) => {
            put_episode(tx, prepared, diary, episode, *mode, report)
        }
        Change::DeleteEpisode(id) => {
            let n = tx.execute(
                "DELETE FROM episodes WHERE diary = $1 AND id = $2",
                &[&diary, &id.to_string()],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutCheckIn(checkin, mode) => put_checkin(tx, diary, checkin, *mode, report),
        Change::DeleteCheckIn(night) => {
            let n = tx.execute(
                "DELETE FROM checkins WHERE diary = $1 AND night = $2",
                &[&diary, &night.to_string()],
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
        } => {
            let existing = tx
                .query_opt(
                    "SELECT kind, num, text, source FROM day_factors WHERE date = $1 AND factor = $2 AND diary = $3",
                    &[&date.to_string(), &key.column(), &diary],
                )?
                .map(|row| {
                    let kind: String = row.get(0);
                    let source: String = row.get(3);
                    decode_value(&kind, row.get(1), row.get(2)).map(|v| (v, provenance(&source)))
                })
                .transpose()?;
            let merge::FactorWrite {
                decision,
                import_said,
            } = merge::factor(
                existing.as_ref().map(|(v, p)| (v, *p)),
                *date,
                key,
                value,
                *source,
                *mode,
            );
            if decision.record(report).is_some() {
                let (kind, num, text) = encode_value(value);
                tx.execute(
                    "INSERT INTO day_factors (date, factor, kind, num, text, source, diary) VALUES ($1, $2, $3, $4, $5, $6, $7)
                     ON CONFLICT (diary, date, factor) DO UPDATE SET kind = excluded.kind, num = excluded.num,
                       text = excluded.text, source = excluded.source",
                    &[&date.to_string(), &key.column(), &kind, &num, &text, &source.as_str(), &diary],
                )?;
            }
            match import_said {
                merge::ImportSaid::Leave => Ok(()),
                merge::ImportSaid::Clear => set_import_said(tx, diary, *date, key, None),
                merge::ImportSaid::Set(said) => set_import_said(tx, diary, *date, key, Some(&said)),
            }
        }
        Change::NoteImportSaid { date, key, said } => {
            set_import_said(tx, diary, *date, key, said.as_ref())
        }
        Change::ClearFactor { date, key } => {
            let n = tx.execute(
                "DELETE FROM day_factors WHERE date = $1 AND factor = $2 AND diary = $3",
                &[&date.to_string(), &key.column(), &diary],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::SetProfile(profile, mode) => {
            let old = load_profile(tx, diary)?;
            let (merged, conflicts) = merge::profile(&old, profile, *mode);
            report.conflicts.extend(conflicts);
            if merged == old {
                report.unchanged += 1;
                return Ok(());
            }
            report.updated += 1;
            tx.execute(
                "INSERT INTO profile (diary, birth_year, time_zone, pregnant, due_date, athlete, conditions, language)
                 VALUES ($7, $1, $2, $3, $4, $5, $6, $8)
                 ON CONFLICT (diary) DO UPDATE SET birth_year = excluded.birth_year, time_zone = excluded.time_zone,
                   pregnant = excluded.pregnant, due_date = excluded.due_date, athlete = excluded.athlete,
                   conditions = excluded.conditions, language = excluded.language",
                &[
                    &merged.birth_year,
                    &merged.time_zone,
                    &merged.pregnant,
                    &merged.due_date.map(|d| d.to_string()),
                    &merged.athlete,
                    &conditions_column(&merged.conditions),
                    &diary,
                    &merged.language.map(|l| l.code()),
                ],
            )?;
            Ok(())
        }
        Change::PutMedication(m, mode) => {
            let existing = load_medications(tx, diary, Some(&m.id.to_string()))?;
            if merge::medication(existing.first(), m, *mode)
                .record(report)
                .is_some()
            {
                tx.execute(
                    "INSERT INTO medications (id, name, class, since, until, diary) VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (diary, id) DO UPDATE SET name = excluded.name, class = excluded.class,
                       since = excluded.since, until = excluded.until",
                    &[
                        &m.id.to_string(),
                        &m.name,
                        &m.class.as_str(),
                        &m.since.to_string(),
                        &m.until.map(|d| d.to_string()),
                        &diary,
                    ],
                )?;
            }
            Ok(())
        }
        Change::DeleteMedication(id) => {
            let n = tx.execute(
                "DELETE FROM medications WHERE diary = $1 AND id = $2",
                &[&diary, &id.to_string()],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutAnswer(a) => {
            let existing = load_answers(tx, diary, Some(&a.question))?;
            if merge::answer(existing.first(), a).record(report).is_some() {
                tx.execute(
                    "INSERT INTO screening_answers (question, answer, answered_ms, diary) VALUES ($1, $2, $3, $4)
                     ON CONFLICT (diary, question) DO UPDATE SET answer = excluded.answer,
                       answered_ms = excluded.answered_ms",
                    &[&a.question, &a.answer, &a.answered_at.as_millisecond(), &diary],
                )?;
            }
            Ok(())
        }
        Change::DeleteAnswer(question) => {
            let n = tx.execute(
                "DELETE FROM screening_answers WHERE diary = $1 AND question = $2",
                &[&diary, question],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutExperiment(e) => {
            let existing = load_experiments(tx, diary, Some(&e.id))?;
            if merge::experiment(existing.first(), e)?
                .record(report)
                .is_some()
            {
                tx.execute(
                    "INSERT INTO experiments (diary, id, change, start_date, pairs, period_nights,
                       washout_nights, pair_order, created_ms, stopped_ms, seal)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                     ON CONFLICT (diary, id) DO UPDATE SET stopped_ms = excluded.stopped_ms",
                    &[
                        &diary,
                        &e.id,
                        &e.change,
                        &e.start.to_string(),
                        &i16::from(e.pairs),
                        &i16::from(e.period_nights),
                        &i16::from(e.washout_nights),
                        &e.order,
                        &e.created_at.as_millisecond(),
                        &e.stopped_at.map(|t| t.as_millisecond()),
                        &e.seal,
                    ],
                )?;
            }
            Ok(())
        }
        Change::DeleteExperiment(id) => {
            let n = tx.execute(
                "DELETE FROM experiments WHERE diary = $1 AND id = $2",
                &[&diary, id],
            )?;
            count_delete(report, n);
            Ok(())
        }
    }
}

/// The diary's experiments, or the one with `id`.
fn load_experiments(
    tx: &mut impl GenericClient,
    diary: i64,
    id: Option<&str>,
) -> Result<Vec<ExperimentRecord>, StoreError> {
    let columns = "SELECT id, change, start_date, pairs, period_nights, washout_nights, pair_order,
           created_ms, stopped_ms, seal FROM experiments WHERE diary = $1";
    let rows = match id {
        Some(id) => tx.query(&format!("{columns} AND id = $2"), &[&diary, &id])?,
        None => tx.query(&format!("{columns} ORDER BY created_ms, id"), &[&diary])?,
    };
    rows.iter()
        .map(|row| {
            RawExperiment {
                id: row.get(0),
                change: row.get(1),
                start: row.get(2),
                pairs: i64::from(row.get::<_, i16>(3)),
                period_nights: i64::from(row.get::<_, i16>(4)),
                washout_nights: i64::from(row.get::<_, i16>(5)),
                order: row.get(6),
                created_ms: row.get(7),
                stopped_ms: row.get(8),
                seal: row.get(9),
            }
            .validate()
        })
        .collect()
}

fn count_delete(report: &mut ApplyReport, rows: u64) {
    if rows > 0 {
        report.deleted += usize::try_from(rows).unwrap_or(usize::MAX);
    } else {
        report.not_found += 1;
    }
}

fn put_episode(
    tx: &mut impl GenericClient,
    prepared: &Prepared,
    diary: i64,
    e: &Episode,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let duration = i32::try_from(e.duration_s).map_err(|err| corrupt("duration", err))?;
    let (id, night, relief) = (e.id.to_string(), e.night().to_string(), relief_column(e));
    let (started, offset, intensity) = (
        e.started_at.as_millisecond(),
        e.utc_offset.seconds(),
        i16::from(e.intensity),
    );
    let row: [&(dyn postgres::types::ToSql + Sync); 14] = [
        &id,
        &started,
        &offset,
        &e.time_zone,
        &night,
        &duration,
        &e.muscle.as_str(),
        &e.side.as_str(),
        &intensity,
        &e.woke,
        &e.soreness_h,
        &relief,
        &e.notes,
        &diary,
    ];
    // A new cramp (nearly every write) is one round trip: inserted unless its id is there.
    // Only then is the stored one read and merged, whatever the mode (merge::episode).
    let insert_new = prepared.get(
        tx,
        "INSERT INTO episodes (id, started_at_ms, utc_offset_s, time_zone, night, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes, diary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (diary, id) DO NOTHING RETURNING 1",
    )?;
    if !tx.query(&insert_new, &row)?.is_empty() {
        report.inserted += 1;
        return Ok(());
    }
    let by_id = prepared.get(
        tx,
        concat!(
            "SELECT ",
            episode_columns!(),
            " FROM episodes WHERE diary = $1 AND id = $2"
        ),
    )?;
    let existing = episodes_from_rows(&tx.query(&by_id, &[&diary, &id])?)?;
    if merge::episode(existing.first(), e, mode)
        .record(report)
        .is_none()
    {
        return Ok(());
    }
    let update = prepared.get(
        tx,
        "UPDATE episodes SET started_at_ms = $2, utc_offset_s = $3, time_zone = $4, night = $5,
           duration_s = $6, muscle = $7, side = $8, intensity = $9, woke = $10, soreness_h = $11,
           relief = $12, notes = $13
         WHERE id = $1 AND diary = $14",
    )?;
    tx.execute(&update, &row)?;
    Ok(())
}

fn put_checkin(
    tx: &mut impl GenericClient,
    diary: i64,
    c: &CheckIn,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing: Option<Option<u8>> = tx
        .query_opt(
            "SELECT sleep_disturbance FROM checkins WHERE diary = $1 AND night = $2",
            &[&diary, &c.night.to_string()],
        )?
        .map(|row| {
            row.get::<_, Option<i16>>(0)
                .map(|d| u8::try_from(d).map_err(|e| corrupt("sleep disturbance", e)))
                .transpose()
        })
        .transpose()?;
    let Some(disturbance) = merge::checkin(existing, c, mode).record(report) else {
        return Ok(());
    };
    tx.execute(
        "INSERT INTO checkins (night, id, sleep_disturbance, recorded_at_ms, diary) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (diary, night) DO UPDATE SET sleep_disturbance = excluded.sleep_disturbance,
           recorded_at_ms = COALESCE(excluded.recorded_at_ms, checkins.recorded_at_ms)",
        &[
            &c.night.to_string(),
            &c.id.to_string(),
            &disturbance.map(i16::from),
            &c.recorded_at.map(|t| t.as_millisecond()),
            &diary,
        ],
    )?;
    Ok(())
}

/// Records (or clears) what an import said beside a kept value. No row, nothing to do.
fn set_import_said(
    tx: &mut impl GenericClient,
    diary: i64,
    date: jiff::civil::Date,
    key: &FactorKey,
    said: Option<&nightcramp_core::domain::FactorValue>,
) -> Result<(), StoreError> {
    let (num, text) = match said.map(encode_value) {
        Some((_, num, text)) => (num, text),
        None => (None, None),
    };
    tx.execute(
        "UPDATE day_factors SET import_num = $3, import_text = $4
         WHERE date = $1 AND factor = $2 AND diary = $5
           AND (import_num IS DISTINCT FROM $3 OR import_text IS DISTINCT FROM $4)",
        &[&date.to_string(), &key.column(), &num, &text, &diary],
    )?;
    Ok(())
}

const PROFILE_COLUMNS: &str =
    "SELECT birth_year, time_zone, pregnant, due_date, athlete, conditions, language";

fn load_profile(tx: &mut impl GenericClient, diary: i64) -> Result<Profile, StoreError> {
    let Some(row) = tx.query_opt(
        &format!("{PROFILE_COLUMNS} FROM profile WHERE diary = $1"),
        &[&diary],
    )?
    else {
        return Ok(Profile::default());
    };
    let due_date: Option<String> = row.get(3);
    let conditions: String = row.get(5);
    let language: Option<String> = row.get(6);
    Ok(Profile {
        birth_year: row.get(0),
        time_zone: row.get(1),
        pregnant: row.get(2),
        due_date: due_date.as_deref().map(parse_date).transpose()?,
        athlete: row.get(4),
        conditions: parse_conditions(&conditions)?,
        language: language.as_deref().map(parse_language).transpose()?,
    })
}

fn load_episodes(tx: &mut Transaction<'_>, diary: i64) -> Result<Vec<Episode>, StoreError> {
    let rows = tx.query(
        concat!(
            "SELECT ",
            episode_columns!(),
            " FROM episodes WHERE diary = $1 ORDER BY started_at_ms"
        ),
        &[&diary],
    )?;
    episodes_from_rows(&rows)
}

fn episodes_from_rows(rows: &[postgres::Row]) -> Result<Vec<Episode>, StoreError> {
    rows.iter()
        .map(|row| {
            EpisodeColumns {
                id: row.get(0),
                started_ms: row.get(1),
                offset_s: row.get(2),
                time_zone: row.get(3),
                duration_s: u32::try_from(row.get::<_, i32>(4))
                    .map_err(|e| corrupt("duration", e))?,
                muscle: row.get(5),
                side: row.get(6),
                intensity: u8::try_from(row.get::<_, i16>(7))
                    .map_err(|e| corrupt("intensity", e))?,
                woke: row.get(8),
                soreness_h: row.get(9),
                relief: row.get(10),
                notes: row.get(11),
            }
            .into_episode()
        })
        .collect()
}

fn load_checkins(tx: &mut Transaction<'_>, diary: i64) -> Result<Vec<CheckIn>, StoreError> {
    tx.query(
        "SELECT night, id, sleep_disturbance, recorded_at_ms FROM checkins WHERE diary = $1 ORDER BY night",
        &[&diary],
    )?
    .iter()
    .map(|row| {
        let night: String = row.get(0);
        let id: String = row.get(1);
        let disturbance: Option<i16> = row.get(2);
        let recorded: Option<i64> = row.get(3);
        Ok(CheckIn {
            id: parse_uuid(&id)?,
            night: parse_date(&night)?,
            sleep_disturbance: disturbance
                .map(|d| u8::try_from(d).map_err(|e| corrupt("sleep disturbance", e)))
                .transpose()?,
            recorded_at: recorded
                .map(|ms| Timestamp::from_millisecond(ms).map_err(|e| corrupt("recorded at", e)))
                .transpose()?,
        })
    })
    .collect()
}

fn load_days(tx: &mut Transaction<'_>, diary: i64) -> Result<Vec<Day>, StoreError> {
    let rows = tx.query(
        "SELECT date, factor, kind, num, text, source, import_num, import_text FROM day_factors WHERE diary = $1 ORDER BY date",
        &[&diary],
    )?;
    let mut days: Vec<Day> = Vec::new();
    for row in &rows {
        push_factor(
            &mut days,
            FactorColumns {
                date: row.get(0),
                factor: row.get(1),
                kind: row.get(2),
                num: row.get(3),
                text: row.get(4),
                source: row.get(5),
                import_num: row.get(6),
                import_text: row.get(7),
            },
        )?;
    }
    Ok(days)
}

fn load_medications(
    tx: &mut impl GenericClient,
    diary: i64,
    id: Option<&str>,
) -> Result<Vec<Medication>, StoreError> {
    let rows = match id {
        Some(id) => tx.query(
            "SELECT id, name, class, since, until FROM medications WHERE diary = $1 AND id = $2",
            &[&diary, &id],
        )?,
        None => tx.query(
            "SELECT id, name, class, since, until FROM medications WHERE diary = $1 ORDER BY since, name, id",
            &[&diary],
        )?,
    };
    rows.iter()
        .map(|row| {
            let until: Option<String> = row.get(4);
            Ok(Medication {
                id: parse_uuid(&row.get::<_, String>(0))?,
                name: row.get(1),
                class: row
                    .get::<_, String>(2)
                    .parse::<DrugClass>()
                    .map_err(|e| corrupt("drug class", e))?,
                since: parse_date(&row.get::<_, String>(3))?,
                until: until.as_deref().map(parse_date).transpose()?,
            })
        })
        .collect()
}

fn load_answers(
    tx: &mut impl GenericClient,
    diary: i64,
    question: Option<&str>,
) -> Result<Vec<ScreeningAnswer>, StoreError> {
    let rows = match question {
        Some(q) => tx.query(
            "SELECT question, answer, answered_ms FROM screening_answers WHERE diary = $1 AND question = $2",
            &[&diary, &q],
        )?,
        None => tx.query(
            "SELECT question, answer, answered_ms FROM screening_answers WHERE diary = $1 ORDER BY question",
            &[&diary],
        )?,
    };
    rows.iter()
        .map(|row| {
            let ms: i64 = row.get(2);
            Ok(ScreeningAnswer {
                question: row.get(0),
                answer: row.get(1),
                answered_at: Timestamp::from_millisecond(ms)
                    .map_err(|e| corrupt("answer time", e))?,
            })
        })
        .collect()
}

// ---------- accounts, shares, audit

fn set_meta(tx: &mut Transaction<'_>, key: &str, value: &str) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO nightcramp_meta (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&key, &value],
    )?;
    Ok(())
}

/// The diary number the next person account gets: 1 (the diary from before accounts) first.
fn next_diary(tx: &mut Transaction<'_>) -> Result<i64, StoreError> {
    tx.query_opt(
        "SELECT value FROM nightcramp_meta WHERE key = 'next_diary'",
        &[],
    )?
    .map(|row| {
        row.get::<_, String>(0)
            .parse::<i64>()
            .map_err(|e| corrupt("next diary number", e))
    })
    .transpose()
    .map(|n| n.unwrap_or(Directory::FIRST_DIARY))
}

fn read_directory(tx: &mut Transaction<'_>) -> Result<Directory, StoreError> {
    let mut accounts: Vec<Account> = Vec::new();
    for row in tx.query(
        "SELECT name, role, created_ms, diary FROM accounts ORDER BY name",
        &[],
    )? {
        accounts.push(crate::codec::account_from_columns(
            row.get(0),
            &row.get::<_, String>(1),
            row.get(2),
            row.get(3),
        )?);
    }
    let mut shares = Vec::new();
    for row in tx.query(crate::codec::SHARE_QUERY, &[])? {
        shares.push(
            crate::codec::ShareColumns {
                id: row.get(0),
                diary: row.get(1),
                owner: row.get(2),
                with: row.get(3),
                token_hash: row.get(4),
                created_ms: row.get(5),
                until: row.get(6),
                revoked_ms: row.get(7),
            }
            .into_share()?,
        );
    }
    Ok(Directory { accounts, shares })
}

fn insert_audit(
    tx: &mut Transaction<'_>,
    diary: Option<i64>,
    event: &AuditEvent,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO audit (at_ms, diary, actor, action, detail, origin) VALUES ($1, $2, $3, $4, $5, $6)",
        &[
            &event.at.as_millisecond(),
            &diary,
            &event.actor,
            &event.action,
            &event.detail,
            &event.origin,
        ],
    )?;
    Ok(())
}

fn read_audit(
    tx: &mut Transaction<'_>,
    diary: Option<i64>,
) -> Result<Vec<(Option<i64>, AuditEntry)>, StoreError> {
    let rows = match diary {
        Some(d) => tx.query(
            &format!(
                "{} WHERE a.diary = $1 ORDER BY a.seq",
                crate::codec::AUDIT_QUERY
            ),
            &[&d],
        )?,
        None => tx.query(
            &format!("{} ORDER BY a.seq", crate::codec::AUDIT_QUERY),
            &[],
        )?,
    };
    rows.iter()
        .map(|row| {
            Ok((
                row.get::<_, Option<i64>>(1),
                crate::codec::audit_from_columns(
                    row.get(0),
                    row.get(2),
                    row.get(3),
                    row.get(4),
                    row.get(5),
                    row.get(6),
                )?,
            ))
        })
        .collect()
}

fn delete_diary_rows(tx: &mut Transaction<'_>, diary: i64) -> Result<(), StoreError> {
    scope(tx, diary)?;
    for table in crate::DIARY_TABLES {
        tx.execute(&format!("DELETE FROM {table} WHERE diary = $1"), &[&diary])?;
    }
    tx.execute("DELETE FROM shares WHERE diary = $1", &[&diary])?;
    bump_diary_revision(tx, diary)?;
    Ok(())
}
