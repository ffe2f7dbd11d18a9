/*!
Samsung Health's "Download personal data": a folder (or a zip the person makes of it) of
CSV files named `<data type>.<YYYYMMDDHHMMSS>.csv`, read by name wherever they sit:

- `com.samsung.shealth.step_daily_trend`: a row per day and source, `day_time` the day's
  midnight UTC (epoch milliseconds, or a time) and `count`; only the rows whose `source_type`
  is -2 (every device together, as the app shows it) are taken, so a watch and a phone are
  not added up;
- `com.samsung.shealth.sleep`: sleep sessions (`start_time`, `end_time`, `datauuid`), with
  `com.samsung.health.sleep_stage`: their stages (`sleep_id`, 40001 awake, 40002 light,
  40003 deep, 40004 REM); a session with stages counts its asleep stages, one without counts
  its span; overlapping sessions of a night count once ([`super::SleepLogs`]);
- `com.samsung.shealth.exercise`: sessions with their `duration` (milliseconds): exercise
  minutes on the local day each started.

The files' quirks, all tolerated: a byte-order mark; a first line naming the data type and
versions before the header; column names that may carry the data type as a prefix
(`com.samsung.health.sleep.start_time`); times in UTC (`2024-06-01 22:30:00.000`) with the UTC
offset in a column of its own (`time_offset`, `UTC+0530`); rows with one more field than the
header (a trailing comma); placeholder rows dated before 2010, which are skipped and counted.
*/

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::{CsvShape, CsvTable, DayTotals, ExportFileError, SleepLogs, day_number, night_of_day};
use crate::language::Message;

/// Rows dated before this are placeholders the app writes, not records.
const FIRST_REAL_YEAR: i32 = 2010;

/// The kinds of Samsung Health file we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SamsungFile {
    DailySteps,
    Sleep,
    SleepStages,
    Exercise,
    /// Another of the export's CSV files (heart rate, weight...): not read, but it says the
    /// folder is a Samsung Health export.
    Other,
}

impl SamsungFile {
    /// Recognises a file by its name, `<data type>.<digits>.csv`, or `None`.
    pub fn of(path: &str) -> Option<SamsungFile> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let stem = name.strip_suffix(".csv")?;
        let (data_type, stamp) = stem.rsplit_once('.')?;
        if !data_type.starts_with("com.samsung.")
            || stamp.is_empty()
            || !stamp.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        Some(match data_type {
            "com.samsung.shealth.step_daily_trend" => SamsungFile::DailySteps,
            "com.samsung.shealth.sleep" => SamsungFile::Sleep,
            "com.samsung.health.sleep_stage" => SamsungFile::SleepStages,
            "com.samsung.shealth.exercise" => SamsungFile::Exercise,
            _ => SamsungFile::Other,
        })
    }
}

/// "2024-06-01 22:30:00.000" (UTC): seconds since the epoch, and the year.
fn parse_time(text: &str) -> Option<(i64, i32)> {
    let b = text.as_bytes();
    if b.len() < 19 || b.get(4) != Some(&b'-') || !matches!(b.get(10), Some(b' ' | b'T')) {
        return None;
    }
    let n = |from: usize, to: usize| text.get(from..to)?.parse::<u32>().ok();
    let year = i32::try_from(n(0, 4)?).ok()?;
    let day = day_number(year, n(5, 7)?, n(8, 10)?)?;
    let (hour, minute, second) = (n(11, 13)?, n(14, 16)?, n(17, 19)?);
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let rest = text.get(19..).unwrap_or_default();
    if !(rest.is_empty()
        || rest
            .strip_prefix('.')
            .is_some_and(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit())))
    {
        return None;
    }
    Some((
        i64::from(day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second),
        year,
    ))
}

/// "UTC+0530", "UTC-0500" (or empty: UTC): seconds.
fn parse_offset(text: &str) -> Option<i64> {
    if text.is_empty() {
        return Some(0);
    }
    let rest = text.strip_prefix("UTC")?;
    let sign = match rest.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits = rest.get(1..)?;
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i64 = digits.get(..2)?.parse().ok()?;
    let minutes: i64 = digits.get(2..)?.parse().ok()?;
    (hours <= 18 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

/// `day_time`: epoch milliseconds, or a time; the UTC date it names, as a day number, with
/// its year.
fn parse_day_time(text: &str) -> Option<(i32, i32)> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        let ms: i64 = text.parse().ok()?;
        let day = i32::try_from(ms.div_euclid(86_400_000)).ok()?;
        let year = i32::from(super::date_of(day)?.year());
        return Some((day, year));
    }
    let (at, year) = parse_time(text)?;
    Some((i32::try_from(at.div_euclid(86_400)).ok()?, year))
}

/// Reads the files of one Samsung Health export into per-day totals.
#[derive(Default)]
pub struct SamsungReader {
    /// Steps per local day (the largest all-device row of a day).
    steps: BTreeMap<i32, f64>,
    /// Sleep sessions by `datauuid`: (UTC start, UTC end, UTC offset). Lengths are taken in
    /// UTC, the offset only places the night.
    sessions: BTreeMap<String, (i64, i64, i64)>,
    /// Stages by session, each by its UTC start: (UTC end, asleep).
    stages: BTreeMap<String, BTreeMap<i64, (i64, bool)>>,
    /// Exercise sessions by `datauuid`: (local day, minutes).
    exercise: BTreeMap<String, (i32, f64)>,
    /// Rows dated before 2010 (the app's placeholders), skipped.
    pub placeholders: usize,
    /// Samsung Health files seen (read or not).
    pub files: usize,
}

impl SamsungReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads one file; one of another kind is ignored. A file of a kind we read that is not
    /// what its name says is an error naming the file and line, and the caller imports
    /// nothing.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<(), ExportFileError> {
        let Some(kind) = SamsungFile::of(name) else {
            return Ok(());
        };
        self.files += 1;
        match kind {
            SamsungFile::Other => Ok(()),
            SamsungFile::DailySteps => self.add_daily_steps(name, bytes),
            SamsungFile::Sleep => self.add_sleep(name, bytes),
            SamsungFile::SleepStages => self.add_sleep_stages(name, bytes),
            SamsungFile::Exercise => self.add_exercise(name, bytes),
        }
    }

    fn add_daily_steps(&mut self, name: &str, bytes: &[u8]) -> Result<(), ExportFileError> {
        let table = CsvTable::open_with(
            name,
            bytes,
            &["day_time", "count"],
            &["source_type"],
            CsvShape::Samsung,
        )?;
        let (steps, placeholders) = (&mut self.steps, &mut self.placeholders);
        table.each(1, |cells| {
            let Some((day, year)) = parse_day_time(cells[0]) else {
                return Err(Message::new("wearable.samsung_day_time")
                    .with("found", format!("{:?}", cells[0])));
            };
            if year < FIRST_REAL_YEAR {
                *placeholders += 1;
                return Ok(());
            }
            // -2 is every device together; the other rows are each device's share of it.
            if !cells[2].is_empty() && cells[2] != "-2" {
                return Ok(());
            }
            let count = cells[1]
                .parse::<f64>()
                .ok()
                .filter(|c| c.is_finite() && *c >= 0.0)
                .ok_or_else(|| {
                    Message::new("wearable.samsung_steps").with("found", format!("{:?}", cells[1]))
                })?;
            let kept = steps.entry(day).or_insert(count);
            *kept = kept.max(count);
            Ok(())
        })
    }

    /// A row's UTC (start, end) and its offset; `Ok(None)` for a placeholder row.
    fn span(
        placeholders: &mut usize,
        start: &str,
        end: &str,
        offset: &str,
    ) -> Result<Option<(i64, i64, i64)>, Message> {
        let (Some((start, year)), Some((end, _)), Some(offset)) =
            (parse_time(start), parse_time(end), parse_offset(offset))
        else {
            return Err(Message::new("wearable.samsung_span")
                .with("start", format!("{start:?}"))
                .with("end", format!("{end:?}"))
                .with("offset", format!("{offset:?}")));
        };
        if year < FIRST_REAL_YEAR {
            *placeholders += 1;
            return Ok(None);
        }
        Ok(Some((start, end, offset)))
    }

    fn add_sleep(&mut self, name: &str, bytes: &[u8]) -> Result<(), ExportFileError> {
        let table = CsvTable::open_with(
            name,
            bytes,
            &["start_time", "end_time", "datauuid"],
            &["time_offset"],
            CsvShape::Samsung,
        )?;
        let (sessions, placeholders) = (&mut self.sessions, &mut self.placeholders);
        table.each(1, |cells| {
            if let Some((start, end, offset)) =
                Self::span(placeholders, cells[0], cells[1], cells[3])?
                && end > start
            {
                sessions.insert(cells[2].to_string(), (start, end, offset));
            }
            Ok(())
        })
    }

    fn add_sleep_stages(&mut self, name: &str, bytes: &[u8]) -> Result<(), ExportFileError> {
        let table = CsvTable::open_with(
            name,
            bytes,
            &["start_time", "end_time", "stage", "sleep_id"],
            &["time_offset"],
            CsvShape::Samsung,
        )?;
        let (stages, placeholders) = (&mut self.stages, &mut self.placeholders);
        table.each(1, |cells| {
            let asleep = match cells[2] {
                "40001" => false,
                "40002" | "40003" | "40004" => true,
                other => {
                    return Err(
                        Message::new("wearable.samsung_stage").with("found", format!("{other:?}"))
                    );
                }
            };
            if let Some((start, end, _)) = Self::span(placeholders, cells[0], cells[1], cells[4])?
                && end > start
            {
                stages
                    .entry(cells[3].to_string())
                    .or_default()
                    .insert(start, (end, asleep));
            }
            Ok(())
        })
    }

    fn add_exercise(&mut self, name: &str, bytes: &[u8]) -> Result<(), ExportFileError> {
        let table = CsvTable::open_with(
            name,
            bytes,
            &["start_time", "end_time", "datauuid"],
            &["time_offset", "duration"],
            CsvShape::Samsung,
        )?;
        let (exercise, placeholders) = (&mut self.exercise, &mut self.placeholders);
        table.each(1, |cells| {
            let Some((start, end, offset)) =
                Self::span(placeholders, cells[0], cells[1], cells[3])?
            else {
                return Ok(());
            };
            let minutes = if cells[4].is_empty() {
                (end - start).max(0) as f64 / 60.0
            } else {
                cells[4]
                    .parse::<f64>()
                    .ok()
                    .filter(|ms| ms.is_finite() && *ms >= 0.0)
                    .ok_or_else(|| {
                        Message::new("wearable.samsung_duration")
                            .with("found", format!("{:?}", cells[4]))
                    })?
                    / 60_000.0
            };
            let day = i32::try_from((start + offset).div_euclid(86_400))
                .map_err(|e| Message::new("file.unreadable_row").with("detail", e))?;
            exercise.insert(cells[2].to_string(), (day, minutes));
            Ok(())
        })
    }

    /// The per-day totals of every file read.
    pub fn finish(self) -> BTreeMap<Date, DayTotals> {
        let mut days: BTreeMap<i32, DayTotals> = BTreeMap::new();
        for (day, steps) in self.steps {
            days.entry(day).or_default().steps = Some(steps.round());
        }
        let mut minutes: BTreeMap<i32, f64> = BTreeMap::new();
        for (day, m) in self.exercise.into_values() {
            *minutes.entry(day).or_insert(0.0) += m;
        }
        for (day, m) in minutes {
            days.entry(day).or_default().exercise_min = Some(m.round());
        }
        let mut logs = SleepLogs::default();
        for (id, (start, end, offset)) in &self.sessions {
            let asleep_seconds = match self.stages.get(id) {
                Some(stages) => super::union(
                    stages
                        .iter()
                        .filter(|(_, (_, asleep))| *asleep)
                        .map(|(s, (e, _))| (*s, *e))
                        .collect(),
                )
                .iter()
                .map(|(s, e)| e - s)
                .sum(),
                None => end - start,
            };
            let local = start + offset;
            let day = i32::try_from(local.div_euclid(86_400)).unwrap_or(0);
            let hour = u8::try_from(local.rem_euclid(86_400) / 3600).unwrap_or(0);
            logs.add(
                night_of_day(day, hour),
                *start,
                *end,
                asleep_seconds as f64 / 60.0,
            );
        }
        for (night, hours) in logs.per_night() {
            days.entry(night).or_default().sleep_h = Some((hours * 100.0).round() / 100.0);
        }
        days.into_iter()
            .filter_map(|(day, totals)| Some((super::date_of(day)?, totals)))
            .collect()
    }
}
