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
    /// Imported values that differ from what the diary already had (the diary's were kept).
    pub conflicts: Vec<String>,
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
    #[error("the diary holds a value this version cannot read ({what}): {detail}")]
    Corrupt { what: String, detail: String },
    #[error("could not create the folder {path}: {detail}")]
    Folder { path: String, detail: String },
    /// The database itself failed (its message, whatever the backend).
    #[error("database error: {0}")]
    Database(String),
}

/// The diary's storage.
pub trait Store: Send {
    /// Reads the whole diary, normalized (see [`Diary::normalize`]).
    fn load(&self) -> Result<Diary, StoreError>;

    /// Applies every change in one transaction: all of them, or, on any error, none.
    fn apply(&mut self, changes: &[Change]) -> Result<ApplyReport, StoreError>;

    /// A number that changes whenever another connection or process commits a change, so
    /// a long-running reader (the web server) can keep the diary in memory and reload only
    /// when the CLI wrote. `None` means the backend cannot tell: reload every time.
    fn external_revision(&self) -> Result<Option<i64>, StoreError> {
        Ok(None)
    }

    /// A setting of the installation (not part of the diary's health data): the calendar
    /// link's secret, for example. `None` when never set.
    fn setting(&self, key: &str) -> Result<Option<String>, StoreError>;

    /// Stores a setting, replacing any previous value.
    fn put_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError>;

    /// Writes a consistent copy of the diary to `out` as a SQLite diary file, the portable
    /// backup every backend can be restored from. The default writes the loaded diary into a
    /// new file (beside `out`, renamed into place when whole); SQLite copies itself.
    fn backup_to(&self, out: &std::path::Path) -> Result<(), StoreError> {
        let diary = self.load()?;
        let mut partial_name = out
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        partial_name.push(".partial");
        let partial = out.with_file_name(partial_name);
        let fail = |detail: String| StoreError::BackupFailed {
            path: out.display().to_string(),
            detail,
        };
        let _ = std::fs::remove_file(&partial);
        {
            let (mut copy, _) = SqliteStore::open(&partial)?;
            copy.apply(&replace_with(&Diary::default(), &diary))?;
        }
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", partial.display()));
        }
        std::fs::rename(&partial, out).map_err(|e| fail(e.to_string()))
    }
}
