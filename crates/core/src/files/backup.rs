/*!
The lossless JSON backup (`"format": "nightcramp/1"`).

Export, wipe, import gives back the same diary: every record keeps its id, every factor
value its provenance. On the way in, each entry passes the same validation as typed input
(episodes go through [`CrampInput`]), so a hand-edited backup cannot smuggle in an intensity
of 11. Errors name the JSON path of the bad field (`episodes[3].intensity`).
*/

use crate::input::InvalidValue;
use crate::language::Message;
use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{BadRow, FileKind, ParsedFile, Record, UnreadableFile};
use crate::domain::{
    CheckIn, Diary, FactorKey, FactorValue, Medication, Profile, Provenance, Relief,
    ScreeningAnswer,
};
use crate::factors::check_value;
use crate::input::{CrampInput, DurationStyle};

/// The format marker this version writes and reads.
pub const FORMAT: &str = "nightcramp/1";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupFile {
    format: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    exported_at: Option<Timestamp>,
    #[serde(default)]
    profile: Profile,
    #[serde(default)]
    medications: Vec<Medication>,
    #[serde(default)]
    episodes: Vec<BackupEpisode>,
    #[serde(default)]
    days: Vec<BackupDay>,
    #[serde(default)]
    checkins: Vec<CheckIn>,
    /// The latest answers to the warning-sign questions (absent in older backups).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    answers: Vec<ScreeningAnswer>,
    /// Personal experiments, each with its sealed schedule (absent in older backups).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    experiments: Vec<crate::domain::ExperimentRecord>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupEpisode {
    id: Uuid,
    started_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    time_zone: Option<String>,
    duration_s: u32,
    muscle: String,
    side: String,
    intensity: u8,
    #[serde(default)]
    woke: Option<bool>,
    #[serde(default)]
    soreness_h: Option<f64>,
    #[serde(default)]
    relief: Vec<Relief>,
    #[serde(default)]
    notes: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BackupDay {
    date: Date,
    factors: BTreeMap<FactorKey, FactorValue>,
    /// The factors that came from an import rather than the person's own hand.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    imported: BTreeSet<FactorKey>,
    /// What an import said where it differed from the value kept.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    import_said: BTreeMap<FactorKey, FactorValue>,
}

/// Writes the whole diary as a backup document.
pub fn write_backup(diary: &Diary, exported_at: Timestamp) -> Result<String, serde_json::Error> {
    let file = BackupFile {
        format: FORMAT.to_string(),
        exported_at: Some(exported_at),
        profile: diary.profile.clone(),
        medications: diary.medications.clone(),
        episodes: diary
            .episodes
            .iter()
            .map(|e| BackupEpisode {
                id: e.id,
                started_at: e.started_at_rfc3339(),
                time_zone: e.time_zone.clone(),
                duration_s: e.duration_s,
                muscle: e.muscle.to_string(),
                side: e.side.to_string(),
                intensity: e.intensity,
                woke: e.woke,
                soreness_h: e.soreness_h,
                relief: e.relief.clone(),
                notes: e.notes.clone(),
            })
            .collect(),
        days: diary
            .days
            .iter()
            .map(|d| BackupDay {
                date: d.date,
                factors: d
                    .factors
                    .iter()
                    .map(|(k, f)| (k.clone(), f.value.clone()))
                    .collect(),
                imported: d
                    .factors
                    .iter()
                    .filter(|(_, f)| f.source == Provenance::Imported)
                    .map(|(k, _)| k.clone())
                    .collect(),
                import_said: d
                    .factors
                    .iter()
                    .filter_map(|(k, f)| Some((k.clone(), f.import_said.clone()?)))
                    .collect(),
            })
            .collect(),
        checkins: diary.checkins.clone(),
        answers: diary.answers.clone(),
        experiments: diary.experiments.clone(),
    };
    serde_json::to_string_pretty(&file)
}

/// Reads a backup document into records.
pub fn parse_backup(
    file: &str,
    bytes: &[u8],
    entry: crate::input::EntryContext<'_>,
) -> Result<ParsedFile, UnreadableFile> {
    let today = entry.today();
    let out_of_range = |date: jiff::civil::Date| crate::when::check_date(date, today).is_err();
    let doc: BackupFile = serde_json::from_slice(bytes).map_err(|e| {
        UnreadableFile::Bad(BadRow {
            file: file.to_string(),
            line: e.line() as u64,
            column: String::new(),
            reason: Message::new("file.not_a_backup").with("detail", e),
        })
    })?;
    if doc.format != FORMAT {
        return Err(UnreadableFile::Bad(BadRow {
            file: file.to_string(),
            line: 0,
            column: "format".into(),
            reason: Message::new("file.format")
                .with("format", format!("{:?}", doc.format))
                .with("expected", format!("{FORMAT:?}")),
        }));
    }
    let bad = |column: String, reason: Message| BadRow {
        file: file.to_string(),
        line: 0,
        column,
        reason,
    };
    let mut parsed = ParsedFile {
        kind: FileKind::JsonBackup,
        records: vec![Record::Profile(doc.profile.clone())],
        rows: 0,
        bad_rows: Vec::new(),
    };
    if let Some(zone) = &doc.profile.time_zone
        && jiff::tz::TimeZone::get(zone).is_err()
    {
        parsed.bad_rows.push(bad(
            "profile.time_zone".into(),
            InvalidValue::new(zone, Message::new("allowed.time_zone")).message(),
        ));
    }
    for (i, m) in doc.medications.into_iter().enumerate() {
        parsed.rows += 1;
        if m.until
            .is_some_and(|until| until < m.since || out_of_range(until))
            || out_of_range(m.since)
            || m.name.trim().is_empty()
        {
            parsed.bad_rows.push(bad(
                format!("medications[{i}]"),
                Message::new("file.medication").with("year", crate::when::EARLIEST_YEAR),
            ));
        } else {
            parsed.records.push(Record::Medication(m));
        }
    }
    for (i, e) in doc.episodes.into_iter().enumerate() {
        parsed.rows += 1;
        let input = CrampInput {
            id: Some(e.id.to_string()),
            started_at: Some(match &e.time_zone {
                Some(zone) if !e.started_at.contains('[') => format!("{}[{zone}]", e.started_at),
                _ => e.started_at.clone(),
            }),
            duration: Some(e.duration_s.to_string()),
            muscle: Some(e.muscle),
            side: Some(e.side),
            intensity: Some(e.intensity.to_string()),
            woke: e.woke.map(|w| w.to_string()),
            soreness_h: e.soreness_h.map(|s| s.to_string()),
            relief: Some(
                e.relief
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
            ),
            notes: e.notes,
        };
        match input.validate(
            crate::input::EntryContext {
                zone: None,
                now: entry.now,
            },
            DurationStyle::Seconds,
        ) {
            Ok(episode) => parsed.records.push(Record::Episode(episode)),
            Err(err) => parsed.bad_rows.push(bad(
                format!("episodes[{i}].{}", err.field),
                InvalidValue::new(err.value, err.allowed).message(),
            )),
        }
    }
    for (i, day) in doc.days.into_iter().enumerate() {
        parsed.rows += 1;
        let mut records = Vec::new();
        let mut error = crate::when::check_date(day.date, today)
            .err()
            .map(|e| bad(format!("days[{i}].date"), e.message()));
        for (key, value) in day.factors {
            if error.is_some() {
                break;
            }
            if let Err(e) = check_value(&key, &value) {
                error = Some(bad(format!("days[{i}].factors.{key}"), e.message()));
                break;
            }
            records.push(Record::Factor {
                date: day.date,
                imported: day.imported.contains(&key),
                import_said: day.import_said.get(&key).cloned(),
                key,
                value,
            });
        }
        match error {
            Some(e) => parsed.bad_rows.push(e),
            None => parsed.records.extend(records),
        }
    }
    for (i, c) in doc.checkins.into_iter().enumerate() {
        parsed.rows += 1;
        if let Err(e) = crate::when::check_date(c.night, today) {
            parsed
                .bad_rows
                .push(bad(format!("checkins[{i}].night"), e.message()));
        } else if c.sleep_disturbance.is_some_and(|d| d > 10) {
            parsed.bad_rows.push(bad(
                format!("checkins[{i}].sleep_disturbance"),
                Message::new("file.disturbance"),
            ));
        } else {
            parsed.records.push(Record::CheckIn(c));
        }
    }
    for (i, a) in doc.answers.into_iter().enumerate() {
        parsed.rows += 1;
        if a.question.trim().is_empty()
            || crate::when::check_instant("", a.answered_at, entry.now, None).is_err()
        {
            parsed.bad_rows.push(bad(
                format!("answers[{i}]"),
                Message::new("file.answer").with("year", crate::when::EARLIEST_YEAR),
            ));
        } else {
            parsed.records.push(Record::Answer(a));
        }
    }
    for (i, e) in doc.experiments.into_iter().enumerate() {
        parsed.rows += 1;
        match crate::experiment::Experiment::from_record(&e) {
            Ok(_) => parsed.records.push(Record::Experiment(e)),
            Err(why) => parsed
                .bad_rows
                .push(bad(format!("experiments[{i}]"), why.message())),
        }
    }
    Ok(parsed)
}
