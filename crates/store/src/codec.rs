/*!
How diary values are written as columns, for every backend: ids and dates as text, instants
as UTC milliseconds, a factor value as its kind with a number or a text, lists as
`;`-separated names. A value the store holds but this version cannot read is
[`StoreError::Corrupt`], never a guess.
*/

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::Offset;
use nightcramp_core::domain::{
    Condition, Day, Episode, FactorValue, Muscle, Provenance, RecordedFactor, Relief, Side,
};
use nightcramp_core::factors::parse_factor_key;
use uuid::Uuid;

use crate::StoreError;

pub(crate) fn corrupt(what: &str, detail: impl ToString) -> StoreError {
    StoreError::Corrupt {
        what: what.to_string(),
        detail: detail.to_string(),
    }
}

pub(crate) fn parse_uuid(text: &str) -> Result<Uuid, StoreError> {
    Uuid::parse_str(text).map_err(|e| corrupt("id", e))
}

pub(crate) fn parse_date(text: &str) -> Result<Date, StoreError> {
    text.parse().map_err(|e| corrupt("date", e))
}

pub(crate) fn encode_value(value: &FactorValue) -> (&'static str, Option<f64>, Option<&str>) {
    match value {
        FactorValue::Bool(b) => ("bool", Some(if *b { 1.0 } else { 0.0 }), None),
        FactorValue::Number(n) => ("number", Some(*n), None),
        FactorValue::Choice(c) => ("choice", None, Some(c.as_str())),
    }
}

pub(crate) fn decode_value(
    kind: &str,
    num: Option<f64>,
    text: Option<String>,
) -> Result<FactorValue, StoreError> {
    match (kind, num, text) {
        ("bool", Some(n), _) => Ok(FactorValue::Bool(n != 0.0)),
        ("number", Some(n), _) => Ok(FactorValue::Number(n)),
        ("choice", _, Some(t)) => Ok(FactorValue::Choice(t)),
        (kind, ..) => Err(corrupt(
            "factor value",
            format!("kind {kind:?} without its value"),
        )),
    }
}

/// An episode's columns as read, before they are checked.
pub(crate) struct EpisodeColumns {
    pub id: String,
    pub started_ms: i64,
    pub offset_s: i32,
    pub time_zone: Option<String>,
    pub duration_s: u32,
    pub muscle: String,
    pub side: String,
    pub intensity: u8,
    pub woke: Option<bool>,
    pub soreness_h: Option<f64>,
    pub relief: String,
    pub notes: Option<String>,
}

impl EpisodeColumns {
    pub(crate) fn into_episode(self) -> Result<Episode, StoreError> {
        Ok(Episode {
            id: parse_uuid(&self.id)?,
            started_at: Timestamp::from_millisecond(self.started_ms)
                .map_err(|e| corrupt("started_at", e))?,
            utc_offset: Offset::from_seconds(self.offset_s)
                .map_err(|e| corrupt("utc_offset", e))?,
            time_zone: self.time_zone,
            duration_s: self.duration_s,
            muscle: self
                .muscle
                .parse::<Muscle>()
                .map_err(|e| corrupt("muscle", e))?,
            side: self.side.parse::<Side>().map_err(|e| corrupt("side", e))?,
            intensity: self.intensity,
            woke: self.woke,
            soreness_h: self.soreness_h,
            relief: self
                .relief
                .split(';')
                .filter(|r| !r.is_empty())
                .map(|r| r.parse::<Relief>().map_err(|e| corrupt("relief", e)))
                .collect::<Result<_, _>>()?,
            notes: self.notes,
        })
    }
}

/// `stretch;massage`.
pub(crate) fn relief_column(e: &Episode) -> String {
    e.relief
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

/// `diabetes;kidney_disease`.
pub(crate) fn conditions_column(conditions: &std::collections::BTreeSet<Condition>) -> String {
    conditions
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

pub(crate) fn parse_conditions(
    text: &str,
) -> Result<std::collections::BTreeSet<Condition>, StoreError> {
    text.split(';')
        .filter(|c| !c.is_empty() && *c != "[]")
        .map(|c| c.parse::<Condition>().map_err(|e| corrupt("condition", e)))
        .collect()
}

/// A stored language code (`es`).
pub(crate) fn parse_language(
    text: &str,
) -> Result<nightcramp_core::language::Language, StoreError> {
    nightcramp_core::language::Language::parse(text).ok_or_else(|| {
        corrupt(
            "language",
            format!("{text:?} is not a language nightcramp speaks"),
        )
    })
}

/// `typed` or `imported`; anything else reads as typed (the person's word is the safe side).
pub(crate) fn provenance(source: &str) -> Provenance {
    if source == Provenance::Imported.as_str() {
        Provenance::Imported
    } else {
        Provenance::Typed
    }
}

/// A day factor's columns as read (rows come ordered by date).
pub(crate) struct FactorColumns {
    pub date: String,
    pub factor: String,
    pub kind: String,
    pub num: Option<f64>,
    pub text: Option<String>,
    pub source: String,
    pub import_num: Option<f64>,
    pub import_text: Option<String>,
}

/// Adds one factor row to the days read so far, starting a new day when the date changes.
/// What an import said is kept only where it differs from the value kept.
pub(crate) fn push_factor(days: &mut Vec<Day>, row: FactorColumns) -> Result<(), StoreError> {
    let date = parse_date(&row.date)?;
    let key = parse_factor_key(&row.factor).map_err(|e| corrupt("factor", e))?;
    let value = decode_value(&row.kind, row.num, row.text)?;
    let import_said = if row.import_num.is_some() || row.import_text.is_some() {
        Some(decode_value(&row.kind, row.import_num, row.import_text)?)
            .filter(|said| *said != value)
    } else {
        None
    };
    if days.last().is_none_or(|d| d.date != date) {
        days.push(Day {
            date,
            factors: Default::default(),
        });
    }
    if let Some(day) = days.last_mut() {
        day.factors.insert(
            key,
            RecordedFactor {
                value,
                source: provenance(&row.source),
                import_said,
            },
        );
    }
    Ok(())
}

pub(crate) fn timestamp(what: &str, ms: i64) -> Result<Timestamp, StoreError> {
    Timestamp::from_millisecond(ms).map_err(|e| corrupt(what, e))
}

/// An account row (`name, role, created_ms, diary`) as read, before it is checked.
pub(crate) fn account_from_columns(
    name: String,
    role: &str,
    created_ms: i64,
    diary: Option<i64>,
) -> Result<crate::Account, StoreError> {
    Ok(crate::Account {
        name,
        role: role.parse().map_err(|e| corrupt("account role", e))?,
        created_at: timestamp("account creation time", created_ms)?,
        diary,
    })
}

/// A share row as read: the diary's owner and the recipient already joined by name.
pub(crate) struct ShareColumns {
    pub id: String,
    pub diary: i64,
    pub owner: Option<String>,
    pub with: Option<String>,
    pub token_hash: Option<String>,
    pub created_ms: i64,
    pub until: Option<String>,
    pub revoked_ms: Option<i64>,
}

impl ShareColumns {
    pub(crate) fn into_share(self) -> Result<crate::Share, StoreError> {
        Ok(crate::Share {
            id: parse_uuid(&self.id)?,
            owner: self.owner.unwrap_or_default(),
            with: self.with,
            created_at: timestamp("share creation time", self.created_ms)?,
            until: self.until.as_deref().map(parse_date).transpose()?,
            revoked_at: self
                .revoked_ms
                .map(|ms| timestamp("share revocation time", ms))
                .transpose()?,
            diary: self.diary,
            token_hash: self.token_hash,
        })
    }
}

/// The columns of the share query, the same on both backends (positional parameters aside).
pub(crate) const SHARE_QUERY: &str = "SELECT s.id, s.diary, o.name, w.name, s.token_hash, s.created_ms, s.until, s.revoked_ms
     FROM shares s LEFT JOIN accounts o ON o.diary = s.diary LEFT JOIN accounts w ON w.id = s.with_account
     ORDER BY s.created_ms, s.id";

/// The columns of the audit query: the diary's owner joined by name.
pub(crate) const AUDIT_QUERY: &str =
    "SELECT a.at_ms, a.diary, o.name, a.actor, a.action, a.detail, a.origin
     FROM audit a LEFT JOIN accounts o ON o.diary = a.diary";

pub(crate) fn audit_from_columns(
    at_ms: i64,
    person: Option<String>,
    actor: String,
    action: String,
    detail: String,
    origin: String,
) -> Result<crate::AuditEntry, StoreError> {
    Ok(crate::AuditEntry {
        at: timestamp("audit time", at_ms)?,
        person,
        actor,
        action,
        detail,
        origin,
    })
}

/// An experiment's columns as read, before they become an `ExperimentRecord`.
pub(crate) struct RawExperiment {
    pub id: String,
    pub change: String,
    pub start: String,
    pub pairs: i64,
    pub period_nights: i64,
    pub washout_nights: i64,
    pub order: String,
    pub created_ms: i64,
    pub stopped_ms: Option<i64>,
    pub seal: String,
}

impl RawExperiment {
    /// The record. A value edited by hand out of range (a date that is none, 300 pairs)
    /// does not stop the diary from loading: it is kept as an impossible value, which the
    /// record's seal then refuses (`Experiment::from_record`), so the person is told about
    /// that experiment and can still log their nights.
    pub(crate) fn validate(self) -> Result<nightcramp_core::domain::ExperimentRecord, StoreError> {
        let small = |n: i64| u8::try_from(n).unwrap_or(0);
        Ok(nightcramp_core::domain::ExperimentRecord {
            id: self.id,
            change: self.change,
            start: self.start.parse().unwrap_or(Date::MIN),
            pairs: small(self.pairs),
            period_nights: small(self.period_nights),
            washout_nights: small(self.washout_nights),
            order: self.order,
            created_at: timestamp("an experiment's start time", self.created_ms)?,
            stopped_at: self
                .stopped_ms
                .map(|ms| timestamp("an experiment's stop time", ms))
                .transpose()?,
            seal: self.seal,
        })
    }
}
