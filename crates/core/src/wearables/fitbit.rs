/*!
Fitbit data from a Google Takeout export (`Takeout/Fitbit/Global Export Data/`) or from
Fitbit's older account export (`MyFitbitData/<name>/...`): the same JSON files in both.

Files are recognised by name wherever they sit in the archive:
- `steps-YYYY-MM-DD.json`: steps per minute, `[{"dateTime": "MM/DD/YY HH:MM:SS", "value": "12"}]`;
- `very_active_minutes-*.json`, `moderately_active_minutes-*.json`: minutes per day, the
  two together being Fitbit's "active minutes", our exercise minutes;
- `exercise-N.json`: logged and auto-detected activities (workouts);
- `sleep-YYYY-MM-DD.json`: sleep logs with `minutesAsleep` (asleep, not in bed).

Fitbit writes no UTC offset in these files. The minute steps are in UTC (they match the
newer per-day CSV files to the minute), so a reader given the person's zone
([`FitbitReader::in_zone`]) moves each minute to the local day and hour it was walked in:
steps just before midnight stay on their evening. Sleep logs and the daily activity files
are the tracker's wall clock, which decides the day as it is.

The same rules as Apple Health: a span is counted once. Takeout archives routinely hold
overlapping monthly files (a re-export, a second archive part): every file is a source of
its own, and for each hour the larger of two identical-or-overlapping copies is taken, never
their sum. Overlapping sleep logs of one night (a tracker and a phone, or a log edited by
hand) count once: the longer one.

Parsing is per file (files are a few megabytes each); the loader streams the archive and
hands each wanted file over, so memory does not grow with the archive.
*/

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

use super::{DayTotals, Gathered, Workout, day_number, night_of_day};

/// A file in a Fitbit export that could not be read, with its name and why.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {detail}")]
pub struct FitbitError {
    pub file: String,
    pub detail: String,
}

/// The kinds of Fitbit file we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Steps,
    VeryActiveMinutes,
    ModeratelyActiveMinutes,
    Exercise,
    Sleep,
}

impl FileKind {
    /// Recognises a file by its name (the last path component), or `None`.
    pub fn of(path: &str) -> Option<FileKind> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let stem = name.strip_suffix(".json")?;
        let (prefix, suffix) = stem.split_once('-')?;
        // steps-2020-01-01: a kind and the date its file starts; exercise-0: a page number.
        let dated = suffix.len() == 10 && suffix.bytes().all(|b| b.is_ascii_digit() || b == b'-');
        let numbered = !suffix.is_empty() && suffix.bytes().all(|b| b.is_ascii_digit());
        match prefix {
            "steps" if dated => Some(FileKind::Steps),
            "very_active_minutes" if dated => Some(FileKind::VeryActiveMinutes),
            "moderately_active_minutes" if dated => Some(FileKind::ModeratelyActiveMinutes),
            "sleep" if dated => Some(FileKind::Sleep),
            "exercise" if numbered => Some(FileKind::Exercise),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct Point {
    #[serde(rename = "dateTime")]
    date_time: String,
    value: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Activity {
    #[serde(default)]
    activity_name: Option<String>,
    start_time: String,
    #[serde(default)]
    active_duration: Option<f64>,
    #[serde(default)]
    duration: Option<f64>,
    #[serde(default)]
    calories: Option<f64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SleepLog {
    start_time: String,
    end_time: String,
    minutes_asleep: f64,
}

/// A wall-clock time: (day number, hour, seconds since midnight).
type Local = (i32, u8, i64);

/// "01/31/20 23:59:00" (Fitbit's activity files).
fn parse_us(text: &str) -> Option<Local> {
    let b = text.as_bytes();
    if b.len() < 17 || b.get(2) != Some(&b'/') || b.get(5) != Some(&b'/') {
        return None;
    }
    let n = |from: usize, to: usize| text.get(from..to)?.parse::<u32>().ok();
    let day = day_number(2000 + n(6, 8)? as i32, n(0, 2)?, n(3, 5)?)?;
    time_of(day, n(9, 11)?, n(12, 14)?, n(15, 17)?)
}

/// "2020-01-31T23:12:30.000" (Fitbit's sleep logs).
fn parse_iso(text: &str) -> Option<Local> {
    let b = text.as_bytes();
    if b.len() < 19 || b.get(4) != Some(&b'-') || b.get(10) != Some(&b'T') {
        return None;
    }
    let n = |from: usize, to: usize| text.get(from..to)?.parse::<u32>().ok();
    let day = day_number(n(0, 4)? as i32, n(5, 7)?, n(8, 10)?)?;
    time_of(day, n(11, 13)?, n(14, 16)?, n(17, 19)?)
}

fn time_of(day: i32, hour: u32, minute: u32, second: u32) -> Option<Local> {
    (hour < 24 && minute < 60 && second < 61).then_some((
        day,
        hour as u8,
        i64::from(hour * 3600 + minute * 60 + second),
    ))
}

fn value_of(v: &serde_json::Value) -> Option<f64> {
    match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|v: &f64| v.is_finite() && *v >= 0.0)
}

/// Reads the files of one Fitbit export, one at a time, into per-day totals.
#[derive(Default)]
pub struct FitbitReader {
    /// The person's zone, for the minute steps written in UTC; `None`: taken as local.
    zone: Option<jiff::tz::TimeZone>,
    /// The last UTC hour converted and its offset in seconds (minutes come in order).
    offset_of_hour: Option<(i64, i64)>,
    gathered: Gathered,
    files: usize,
    very_active: BTreeMap<i32, f64>,
    moderately_active: BTreeMap<i32, f64>,
    /// Sleep logs per night: (start, end, minutes asleep), in local seconds.
    sleep_logs: BTreeMap<i32, Vec<(i64, i64, f64)>>,
    /// Activities already seen, by start and name: a re-exported file adds nothing.
    activities: std::collections::BTreeSet<(i64, String)>,
}

impl FitbitReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// A reader that places the UTC minute steps on the local days of `zone`.
    pub fn in_zone(zone: jiff::tz::TimeZone) -> Self {
        FitbitReader {
            zone: Some(zone),
            ..Self::default()
        }
    }

    /// The local (day, second after midnight) of a UTC minute.
    fn local_time(&mut self, day: i32, second: i64) -> (i32, i64) {
        let Some(zone) = &self.zone else {
            return (day, second);
        };
        let instant = i64::from(day) * 86_400 + second;
        let hour = instant.div_euclid(3600);
        let offset = match self.offset_of_hour {
            Some((h, offset)) if h == hour => offset,
            _ => {
                let offset = jiff::Timestamp::from_second(instant)
                    .map(|t| i64::from(zone.to_offset(t).seconds()))
                    .unwrap_or(0);
                self.offset_of_hour = Some((hour, offset));
                offset
            }
        };
        let local = instant + offset;
        (
            i32::try_from(local.div_euclid(86_400)).unwrap_or(day),
            local.rem_euclid(86_400),
        )
    }

    /// How many files have been read.
    pub fn files(&self) -> usize {
        self.files
    }

    /// Reads one file of the export. `name` is its path in the archive (it decides the
    /// kind); a file of another kind is ignored. A file that is not what its name says
    /// is an error naming the file, and the caller should import nothing.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<(), FitbitError> {
        let Some(kind) = FileKind::of(name) else {
            return Ok(());
        };
        let fail = |detail: String| FitbitError {
            file: name.to_string(),
            detail,
        };
        let json_error = |e: serde_json::Error| {
            fail(format!(
                "not the JSON Fitbit writes for this file (line {}, column {}): {e}",
                e.line(),
                e.column()
            ))
        };
        self.files += 1;
        let source = u16::try_from(self.files).unwrap_or(u16::MAX);
        match kind {
            FileKind::Steps => {
                let points: Vec<Point> = serde_json::from_slice(bytes).map_err(json_error)?;
                for (i, p) in points.iter().enumerate() {
                    let (Some((utc_day, _, second)), Some(v)) =
                        (parse_us(&p.date_time), value_of(&p.value))
                    else {
                        return Err(fail(format!(
                            "entry {}: expected a time like \"01/31/20 23:59:00\" and a step count, found {:?} and {}",
                            i + 1,
                            p.date_time,
                            p.value
                        )));
                    };
                    // One point per minute: it covers that minute.
                    let (day, at) = self.local_time(utc_day, second);
                    self.gathered.steps.add_span(day, at, at + 60, source, 2, v);
                }
            }
            FileKind::VeryActiveMinutes | FileKind::ModeratelyActiveMinutes => {
                let points: Vec<Point> = serde_json::from_slice(bytes).map_err(json_error)?;
                let target = if kind == FileKind::VeryActiveMinutes {
                    &mut self.very_active
                } else {
                    &mut self.moderately_active
                };
                for p in &points {
                    if let (Some((day, _, _)), Some(v)) =
                        (parse_us(&p.date_time), value_of(&p.value))
                    {
                        // One value per day: a second copy replaces, never adds.
                        target.insert(day, v);
                    }
                }
            }
            FileKind::Exercise => {
                let activities: Vec<Activity> =
                    serde_json::from_slice(bytes).map_err(json_error)?;
                for a in activities {
                    let Some((day, _, second)) = parse_us(&a.start_time) else {
                        continue;
                    };
                    let name = a.activity_name.unwrap_or_default();
                    if !self
                        .activities
                        .insert((i64::from(day) * 86_400 + second, name.clone()))
                    {
                        continue;
                    }
                    let ms = a.active_duration.or(a.duration).unwrap_or(0.0);
                    self.gathered
                        .workouts
                        .entry(day)
                        .or_default()
                        .push(Workout {
                            activity: name,
                            minutes: (ms / 60_000.0).max(0.0),
                            energy_kcal: a.calories.filter(|c| c.is_finite() && *c >= 0.0),
                        });
                }
            }
            FileKind::Sleep => {
                let logs: Vec<SleepLog> = serde_json::from_slice(bytes).map_err(json_error)?;
                for log in logs {
                    let (Some((day, hour, s)), Some((end_day, _, e))) =
                        (parse_iso(&log.start_time), parse_iso(&log.end_time))
                    else {
                        continue;
                    };
                    let start = i64::from(day) * 86_400 + s;
                    let end = i64::from(end_day) * 86_400 + e;
                    if end > start && log.minutes_asleep.is_finite() && log.minutes_asleep >= 0.0 {
                        self.sleep_logs
                            .entry(night_of_day(day, hour))
                            .or_default()
                            .push((start, end, log.minutes_asleep));
                    }
                }
            }
        }
        Ok(())
    }

    /// The per-day totals of every file read.
    pub fn finish(mut self) -> BTreeMap<Date, DayTotals> {
        let mut exercise = std::mem::take(&mut self.very_active);
        for (day, v) in &self.moderately_active {
            *exercise.entry(*day).or_insert(0.0) += v;
        }
        let mut sleep_hours: BTreeMap<i32, f64> = BTreeMap::new();
        for (night, mut logs) in std::mem::take(&mut self.sleep_logs) {
            // Longest first; a log overlapping one already counted is another copy of it.
            logs.sort_by(|a, b| b.2.total_cmp(&a.2));
            let mut counted: Vec<(i64, i64)> = Vec::new();
            let mut minutes = 0.0;
            for (start, end, asleep) in logs {
                if counted.iter().all(|(s, e)| end <= *s || start >= *e) {
                    counted.push((start, end));
                    minutes += asleep;
                }
            }
            sleep_hours.insert(night, minutes / 60.0);
        }
        let mut days = self.gathered.into_days();
        for (day, v) in exercise {
            if let Some(date) = super::date_of(day) {
                days.entry(date).or_default().exercise_min = Some(v.round());
            }
        }
        for (night, hours) in sleep_hours {
            if let Some(date) = super::date_of(night) {
                days.entry(date).or_default().sleep_h = Some((hours * 100.0).round() / 100.0);
            }
        }
        days
    }
}
