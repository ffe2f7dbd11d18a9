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
- `external_revision` is a counter every `apply` increments in the same transaction, so
  any number of server processes can tell when another one wrote.
- The client is the blocking `postgres` crate: the `Store` trait is synchronous, and the web
  layer calls it from blocking tasks.
*/

use jiff::Timestamp;
use nightcramp_core::domain::{
    CheckIn, Day, Diary, DrugClass, Episode, FactorKey, Medication, Profile, ScreeningAnswer,
};
use postgres::{Client, NoTls, Transaction};

use crate::codec::{
    EpisodeColumns, FactorColumns, conditions_column, corrupt, decode_value, encode_value,
    parse_conditions, parse_date, parse_uuid, provenance, push_factor, relief_column,
};
use crate::{ApplyReport, Change, Mode, Store, StoreError, merge};

/// The PostgreSQL schema migrations, in order; the schema version is how many have run.
pub const PG_MIGRATIONS: &[&str] = &[include_str!("../migrations/postgres/0001_initial.sql")];

/// The schema version this build writes and understands.
pub const PG_SCHEMA_VERSION: i64 = PG_MIGRATIONS.len() as i64;

impl From<postgres::Error> for StoreError {
    fn from(e: postgres::Error) -> StoreError {
        StoreError::Database(e.to_string())
    }
}

pub struct PgStore {
    /// The trait reads through `&self`, the blocking client needs `&mut`: a mutex lends it
    /// to one caller at a time (which is how the CLI and the web layer use a store anyway).
    client: std::sync::Mutex<Client>,
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
        let mut client = Client::connect(url, NoTls)?;
        migrate(&mut client)?;
        Ok(PgStore {
            client: std::sync::Mutex::new(client),
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
    fn load(&self) -> Result<Diary, StoreError> {
        // A read-only snapshot: every table as of one moment, even while others write.
        let mut client = self.client()?;
        let mut tx = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let mut diary = Diary {
            profile: load_profile(&mut tx)?,
            medications: load_medications(&mut tx, None)?,
            answers: load_answers(&mut tx, None)?,
            episodes: load_episodes(&mut tx, None)?,
            checkins: load_checkins(&mut tx)?,
            days: load_days(&mut tx)?,
        };
        tx.commit()?;
        diary.normalize();
        Ok(diary)
    }

    fn apply(&mut self, changes: &[Change]) -> Result<ApplyReport, StoreError> {
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        let mut report = ApplyReport::default();
        for change in changes {
            apply_one(&mut tx, change, &mut report)?;
        }
        tx.execute(
            "UPDATE nightcramp_meta SET value = (value::BIGINT + 1)::TEXT WHERE key = 'revision'",
            &[],
        )?;
        tx.commit()?;
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

    fn external_revision(&self) -> Result<Option<i64>, StoreError> {
        let mut client = self.client()?;
        let value: String = client
            .query_one(
                "SELECT value FROM nightcramp_meta WHERE key = 'revision'",
                &[],
            )?
            .get(0);
        Ok(Some(value.parse().map_err(|e| corrupt("revision", e))?))
    }
}

fn apply_one(
    tx: &mut Transaction<'_>,
    change: &Change,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    match change {
        Change::PutEpisode(episode, mode) => put_episode(tx, episode, *mode, report),
        Change::DeleteEpisode(id) => {
            let n = tx.execute("DELETE FROM episodes WHERE id = $1", &[&id.to_string()])?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutCheckIn(checkin, mode) => put_checkin(tx, checkin, *mode, report),
        Change::DeleteCheckIn(night) => {
            let n = tx.execute(
                "DELETE FROM checkins WHERE night = $1",
                &[&night.to_string()],
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
                    "SELECT kind, num, text, source FROM day_factors WHERE date = $1 AND factor = $2",
                    &[&date.to_string(), &key.column()],
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
                    "INSERT INTO day_factors (date, factor, kind, num, text, source) VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (date, factor) DO UPDATE SET kind = excluded.kind, num = excluded.num,
                       text = excluded.text, source = excluded.source",
                    &[&date.to_string(), &key.column(), &kind, &num, &text, &source.as_str()],
                )?;
            }
            match import_said {
                merge::ImportSaid::Leave => Ok(()),
                merge::ImportSaid::Clear => set_import_said(tx, *date, key, None),
                merge::ImportSaid::Set(said) => set_import_said(tx, *date, key, Some(&said)),
            }
        }
        Change::NoteImportSaid { date, key, said } => {
            set_import_said(tx, *date, key, said.as_ref())
        }
        Change::ClearFactor { date, key } => {
            let n = tx.execute(
                "DELETE FROM day_factors WHERE date = $1 AND factor = $2",
                &[&date.to_string(), &key.column()],
            )?;
            count_delete(report, n);
            Ok(())
        }
        Change::SetProfile(profile, mode) => {
            let old = load_profile(tx)?;
            let (merged, conflicts) = merge::profile(&old, profile, *mode);
            report.conflicts.extend(conflicts);
            if merged == old {
                report.unchanged += 1;
                return Ok(());
            }
            report.updated += 1;
            tx.execute(
                "INSERT INTO profile (id, birth_year, time_zone, pregnant, due_date, athlete, conditions)
                 VALUES (1, $1, $2, $3, $4, $5, $6)
                 ON CONFLICT (id) DO UPDATE SET birth_year = excluded.birth_year, time_zone = excluded.time_zone,
                   pregnant = excluded.pregnant, due_date = excluded.due_date, athlete = excluded.athlete,
                   conditions = excluded.conditions",
                &[
                    &merged.birth_year,
                    &merged.time_zone,
                    &merged.pregnant,
                    &merged.due_date.map(|d| d.to_string()),
                    &merged.athlete,
                    &conditions_column(&merged.conditions),
                ],
            )?;
            Ok(())
        }
        Change::PutMedication(m, mode) => {
            let existing = load_medications(tx, Some(&m.id.to_string()))?;
            if merge::medication(existing.first(), m, *mode)
                .record(report)
                .is_some()
            {
                tx.execute(
                    "INSERT INTO medications (id, name, class, since, until) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name, class = excluded.class,
                       since = excluded.since, until = excluded.until",
                    &[
                        &m.id.to_string(),
                        &m.name,
                        &m.class.as_str(),
                        &m.since.to_string(),
                        &m.until.map(|d| d.to_string()),
                    ],
                )?;
            }
            Ok(())
        }
        Change::DeleteMedication(id) => {
            let n = tx.execute("DELETE FROM medications WHERE id = $1", &[&id.to_string()])?;
            count_delete(report, n);
            Ok(())
        }
        Change::PutAnswer(a) => {
            let existing = load_answers(tx, Some(&a.question))?;
            if merge::answer(existing.first(), a).record(report).is_some() {
                tx.execute(
                    "INSERT INTO screening_answers (question, answer, answered_ms) VALUES ($1, $2, $3)
                     ON CONFLICT (question) DO UPDATE SET answer = excluded.answer,
                       answered_ms = excluded.answered_ms",
                    &[&a.question, &a.answer, &a.answered_at.as_millisecond()],
                )?;
            }
            Ok(())
        }
        Change::DeleteAnswer(question) => {
            let n = tx.execute(
                "DELETE FROM screening_answers WHERE question = $1",
                &[question],
            )?;
            count_delete(report, n);
            Ok(())
        }
    }
}

fn count_delete(report: &mut ApplyReport, rows: u64) {
    if rows > 0 {
        report.deleted += usize::try_from(rows).unwrap_or(usize::MAX);
    } else {
        report.not_found += 1;
    }
}

fn put_episode(
    tx: &mut Transaction<'_>,
    e: &Episode,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing = load_episodes(tx, Some(&e.id.to_string()))?;
    if merge::episode(existing.first(), e, mode)
        .record(report)
        .is_none()
    {
        return Ok(());
    }
    let duration = i32::try_from(e.duration_s).map_err(|err| corrupt("duration", err))?;
    tx.execute(
        "INSERT INTO episodes (id, started_at_ms, utc_offset_s, time_zone, night, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (id) DO UPDATE SET started_at_ms = excluded.started_at_ms, utc_offset_s = excluded.utc_offset_s,
           time_zone = excluded.time_zone, night = excluded.night, duration_s = excluded.duration_s,
           muscle = excluded.muscle, side = excluded.side, intensity = excluded.intensity, woke = excluded.woke,
           soreness_h = excluded.soreness_h, relief = excluded.relief, notes = excluded.notes",
        &[
            &e.id.to_string(),
            &e.started_at.as_millisecond(),
            &e.utc_offset.seconds(),
            &e.time_zone,
            &e.night().to_string(),
            &duration,
            &e.muscle.as_str(),
            &e.side.as_str(),
            &i16::from(e.intensity),
            &e.woke,
            &e.soreness_h,
            &relief_column(e),
            &e.notes,
        ],
    )?;
    Ok(())
}

fn put_checkin(
    tx: &mut Transaction<'_>,
    c: &CheckIn,
    mode: Mode,
    report: &mut ApplyReport,
) -> Result<(), StoreError> {
    let existing: Option<Option<u8>> = tx
        .query_opt(
            "SELECT sleep_disturbance FROM checkins WHERE night = $1",
            &[&c.night.to_string()],
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
        "INSERT INTO checkins (night, id, sleep_disturbance, recorded_at_ms) VALUES ($1, $2, $3, $4)
         ON CONFLICT (night) DO UPDATE SET sleep_disturbance = excluded.sleep_disturbance,
           recorded_at_ms = COALESCE(excluded.recorded_at_ms, checkins.recorded_at_ms)",
        &[
            &c.night.to_string(),
            &c.id.to_string(),
            &disturbance.map(i16::from),
            &c.recorded_at.map(|t| t.as_millisecond()),
        ],
    )?;
    Ok(())
}

/// Records (or clears) what an import said beside a kept value. No row, nothing to do.
fn set_import_said(
    tx: &mut Transaction<'_>,
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
         WHERE date = $1 AND factor = $2
           AND (import_num IS DISTINCT FROM $3 OR import_text IS DISTINCT FROM $4)",
        &[&date.to_string(), &key.column(), &num, &text],
    )?;
    Ok(())
}

fn load_profile(tx: &mut Transaction<'_>) -> Result<Profile, StoreError> {
    let Some(row) = tx.query_opt(
        "SELECT birth_year, time_zone, pregnant, due_date, athlete, conditions FROM profile WHERE id = 1",
        &[],
    )?
    else {
        return Ok(Profile::default());
    };
    let due_date: Option<String> = row.get(3);
    let conditions: String = row.get(5);
    Ok(Profile {
        birth_year: row.get(0),
        time_zone: row.get(1),
        pregnant: row.get(2),
        due_date: due_date.as_deref().map(parse_date).transpose()?,
        athlete: row.get(4),
        conditions: parse_conditions(&conditions)?,
    })
}

fn load_episodes(tx: &mut Transaction<'_>, id: Option<&str>) -> Result<Vec<Episode>, StoreError> {
    let columns = "id, started_at_ms, utc_offset_s, time_zone, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes";
    let rows = match id {
        Some(id) => tx.query(
            &format!("SELECT {columns} FROM episodes WHERE id = $1"),
            &[&id],
        )?,
        None => tx.query(
            &format!("SELECT {columns} FROM episodes ORDER BY started_at_ms"),
            &[],
        )?,
    };
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

fn load_checkins(tx: &mut Transaction<'_>) -> Result<Vec<CheckIn>, StoreError> {
    tx.query(
        "SELECT night, id, sleep_disturbance, recorded_at_ms FROM checkins ORDER BY night",
        &[],
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

fn load_days(tx: &mut Transaction<'_>) -> Result<Vec<Day>, StoreError> {
    let rows = tx.query(
        "SELECT date, factor, kind, num, text, source, import_num, import_text FROM day_factors ORDER BY date",
        &[],
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
    tx: &mut Transaction<'_>,
    id: Option<&str>,
) -> Result<Vec<Medication>, StoreError> {
    let rows = match id {
        Some(id) => tx.query(
            "SELECT id, name, class, since, until FROM medications WHERE id = $1",
            &[&id],
        )?,
        None => tx.query(
            "SELECT id, name, class, since, until FROM medications ORDER BY since, name, id",
            &[],
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
    tx: &mut Transaction<'_>,
    question: Option<&str>,
) -> Result<Vec<ScreeningAnswer>, StoreError> {
    let rows = match question {
        Some(q) => tx.query(
            "SELECT question, answer, answered_ms FROM screening_answers WHERE question = $1",
            &[&q],
        )?,
        None => tx.query(
            "SELECT question, answer, answered_ms FROM screening_answers ORDER BY question",
            &[],
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
