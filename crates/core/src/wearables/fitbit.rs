/*!
Fitbit data from a Google Takeout export (`Takeout/Fitbit/Global Export Data/`) or from
Fitbit's older account export (`MyFitbitData/<name>/...`): the same JSON files in both.

Files are recognised by name wherever they sit in the archive:
- `steps-YYYY-MM-DD.json`: steps per minute, `[{"dateTime": "MM/DD/YY HH:MM:SS", "value": "12"}]`;
- `very_active_minutes-*.json`, `moderately_active_minutes-*.json`: minutes per day, the
  two together being Fitbit's "active minutes", our exercise minutes;
- `exercise-N.json`: logged and auto-detected activities (workouts);
- `sleep-YYYY-MM-DD.json`: sleep logs with `minutesAsleep` (asleep, not in bed).

Newer Takeout archives also carry CSV files, read the same way wherever they sit:
- `steps_YYYY-MM-DD.csv` (`Physical Activity_GoogleData`): `timestamp,steps,data source`,
  a row a minute, UTC; the phone, the tracker and Health Connect's mirror of the phone each
  write their own rows for the same minutes;
- `UserSleeps_*.csv` and `UserSleepStages_*.csv` (`Health Fitness Data_GoogleData`): sleep
  sessions (`minutes_asleep`) and their stages (`AWAKE`, `LIGHT`, `DEEP`, `REM`), in UTC with
  the UTC offset of their start and end written beside them;
- `Profile.csv`: the account's `timezone`.

Fitbit writes no UTC offset in the JSON files. The minute steps are in UTC (they match the
per-day CSV files to the minute), so a reader given a zone moves each minute to the local
day and hour it was walked in: steps just before midnight stay on their evening. The zone
is the diary's ([`FitbitReader::in_zone`]), else the Takeout profile's, else the one the
caller falls back to ([`FitbitReader::profile_zone_or`]). Sleep logs and the daily
activity files are the tracker's wall clock, which decides the day as it is; the CSV sleep
files carry their own offsets.

When the JSON and the CSV files are both present they describe the same walks and sleeps:
the JSON minute steps (Fitbit's own reconciled series) are the most trusted source, then
the tracker's CSV rows, then the phone's, then Health Connect's mirror, and each minute is
counted from the best source that has it (the Health app's rule, [`super::Hourly`]). A CSV
sleep session is one more sleep log of its night: overlapping logs count once.

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

use super::{CsvShape, CsvTable, DayTotals, Gathered, Workout, day_number, night_of_day};
use crate::language::Message;

/// A file in a Fitbit export that could not be read, with its name and why.
pub type FitbitError = super::ExportFileError;

/// The kinds of Fitbit file we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Steps,
    VeryActiveMinutes,
    ModeratelyActiveMinutes,
    Exercise,
    Sleep,
    /// `steps_YYYY-MM-DD.csv`: minute steps by source, UTC.
    StepsCsv,
    /// `UserSleeps_*.csv`: sleep sessions.
    SleepsCsv,
    /// `UserSleepStages_*.csv`: the stages of those sessions.
    SleepStagesCsv,
    /// `Profile.csv`: the account's time zone.
    Profile,
}

impl FileKind {
    /// Recognises a file by its name (the last path component), or `None`.
    pub fn of(path: &str) -> Option<FileKind> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        if let Some(stem) = name.strip_suffix(".csv") {
            let dated = |rest: &str| {
                rest.len() == 10 && rest.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            };
            return match stem {
                "Profile" => Some(FileKind::Profile),
                _ if stem.strip_prefix("steps_").is_some_and(dated) => Some(FileKind::StepsCsv),
                _ if stem.starts_with("UserSleepStages_") => Some(FileKind::SleepStagesCsv),
                _ if stem.starts_with("UserSleeps_") => Some(FileKind::SleepsCsv),
                _ => None,
            };
        }
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

/// "2026-09-12T05:00:00.000Z" (the CSV files): seconds since the epoch.
fn parse_utc(text: &str) -> Option<i64> {
    let text = text.trim();
    let rest = text.strip_suffix('Z').unwrap_or(text);
    let (day, _, second) = parse_iso(rest)?;
    // A fraction, if any, must be digits only.
    let fraction = rest.get(19..).unwrap_or_default();
    if !(fraction.is_empty()
        || fraction
            .strip_prefix('.')
            .is_some_and(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit())))
    {
        return None;
    }
    Some(i64::from(day) * 86_400 + second)
}

/// "+05:30", "-08:00" (the sleep files' UTC offsets): seconds.
fn parse_offset(text: &str) -> Option<i64> {
    let text = text.trim();
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (hours, minutes) = text.get(1..)?.split_once(':')?;
    let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours <= 18 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

/// How much a CSV row's `data source` is trusted for a minute: Fitbit's own JSON series is
/// 0; then the tracker (any device name), the phone (`MobileTrack`, the Google Health app),
/// and last Health Connect's mirror of what the phone already counted.
fn csv_source_rank(source: &str) -> u8 {
    let lower = source.to_ascii_lowercase();
    if lower.contains("health connect") {
        4
    } else if lower.contains("mobiletrack") || lower.contains("phone") || lower.contains("app") {
        2
    } else {
        1
    }
}

/// The account's time zone in a Fitbit `Profile.csv` (its `timezone` column), if it names
/// a zone the time zone database knows.
pub fn profile_zone(bytes: &[u8]) -> Option<jiff::tz::TimeZone> {
    let mut zone = None;
    CsvTable::open("Profile.csv", bytes, &["timezone"], CsvShape::Plain)
        .ok()?
        .each(0, |cells| {
            if zone.is_none() {
                zone = cells
                    .first()
                    .and_then(|name| jiff::tz::TimeZone::get(name).ok());
            }
            Ok(())
        })
        .ok()?;
    zone
}

/// A `UserSleepStages` row: its UTC end, whether asleep, and its start's and end's offsets.
#[derive(Debug, Clone, Copy)]
struct CsvStage {
    end: i64,
    asleep: bool,
    start_offset: i64,
    end_offset: i64,
}

/// Reads the files of one Fitbit export, one at a time, into per-day totals.
#[derive(Default)]
pub struct FitbitReader {
    /// The export's `Profile.csv` may set the zone (the diary names none).
    profile_may_set_zone: bool,
    /// The zone the UTC minute steps are placed in; `None`: taken as local.
    zone: Option<jiff::tz::TimeZone>,
    /// Where `zone` came from, for the person: the key of "your diary's time zone", "your
    /// Fitbit profile's"...
    zone_from: Option<&'static str>,
    /// A UTC minute has been placed: the zone can no longer change.
    placed_utc: bool,
    /// The last UTC hour converted and its offset in seconds (minutes come in order).
    offset_of_hour: Option<(i64, i64)>,
    gathered: Gathered,
    files: usize,
    very_active: BTreeMap<i32, f64>,
    moderately_active: BTreeMap<i32, f64>,
    /// Sleep logs per night, in local seconds.
    sleep_logs: super::SleepLogs,
    /// Activities already seen, by start and name: a re-exported file adds nothing.
    activities: std::collections::BTreeSet<(i64, String)>,
    /// `UserSleeps` sessions by sleep id: (local start, local end, minutes asleep); a
    /// re-exported file repeats ids and adds nothing.
    csv_sessions: BTreeMap<String, (i64, i64, f64)>,
    /// `UserSleepStages` by sleep id, each stage by its UTC start: (UTC end, asleep, the
    /// UTC offsets of its start and end). Lengths are taken in UTC (a stage across a clock
    /// change keeps its hour), local time only places the night.
    csv_stages: BTreeMap<String, BTreeMap<i64, CsvStage>>,
}

impl FitbitReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// A reader that places the UTC minute steps on the local days of `zone` (the diary's).
    pub fn in_zone(zone: jiff::tz::TimeZone) -> Self {
        FitbitReader {
            zone: Some(zone),
            zone_from: Some("wearable.zone_from.diary"),
            ..Self::default()
        }
    }

    /// A reader that places the UTC minute steps on the days of the export's own profile
    /// zone (`Profile.csv`, which the caller hands over before the minutes), else `zone`.
    pub fn profile_zone_or(zone: jiff::tz::TimeZone) -> Self {
        FitbitReader {
            profile_may_set_zone: true,
            zone: Some(zone),
            zone_from: Some("wearable.zone_from.computer"),
            ..Self::default()
        }
    }

    /// Once any UTC minute was placed, the note that says in which zone and where it came
    /// from: "...placed on the days of Europe/Berlin (your Fitbit profile's time zone)".
    pub fn zone_used(&self) -> Option<Message> {
        if !self.placed_utc {
            return None;
        }
        let zone = self.zone.as_ref()?;
        Some(
            Message::new("wearable.note.fitbit_zone")
                .with("zone", zone.iana_name().unwrap_or("UTC"))
                .with_message(
                    "from",
                    Message::new(self.zone_from.unwrap_or("wearable.zone_from.as_written")),
                ),
        )
    }

    /// The local (day, second after midnight) of a UTC minute.
    fn local_time(&mut self, day: i32, second: i64) -> (i32, i64) {
        self.placed_utc = true;
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
        let fail = |detail: Message| FitbitError {
            file: name.to_string(),
            detail,
        };
        let json_error = |e: serde_json::Error| {
            fail(
                Message::new("wearable.fitbit_json")
                    .with("line", e.line())
                    .with("column", e.column())
                    .with("detail", &e),
            )
        };
        self.files += 1;
        match kind {
            FileKind::Profile => {
                // Read before any minute (the loader hands it over first): the zone of the
                // account, when the diary names none.
                if self.profile_may_set_zone
                    && !self.placed_utc
                    && let Some(zone) = profile_zone(bytes)
                {
                    self.zone = Some(zone);
                    self.zone_from = Some("wearable.zone_from.profile");
                }
            }
            FileKind::StepsCsv => self.add_steps_csv(name, bytes)?,
            FileKind::SleepsCsv => self.add_sleeps_csv(name, bytes)?,
            FileKind::SleepStagesCsv => self.add_sleep_stages_csv(name, bytes)?,
            FileKind::Steps => {
                // Each file a source of its own, Fitbit's own series the most trusted.
                let source = self.gathered.sources.id(name.as_bytes(), 0);
                let points: Vec<Point> = serde_json::from_slice(bytes).map_err(json_error)?;
                for (i, p) in points.iter().enumerate() {
                    let (Some((utc_day, _, second)), Some(v)) =
                        (parse_us(&p.date_time), value_of(&p.value))
                    else {
                        return Err(fail(
                            Message::new("wearable.fitbit_steps_entry")
                                .with("entry", i + 1)
                                .with("time", format!("{:?}", p.date_time))
                                .with("value", &p.value),
                        ));
                    };
                    // One point per minute: it covers that minute.
                    let (day, at) = self.local_time(utc_day, second);
                    self.gathered.steps.add_span(day, at, at + 60, source, 0, v);
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
                    if log.minutes_asleep.is_finite() && log.minutes_asleep >= 0.0 {
                        self.sleep_logs.add(
                            night_of_day(day, hour),
                            start,
                            end,
                            log.minutes_asleep,
                        );
                    }
                }
            }
        }
        Ok(())
    }

    /// `steps_YYYY-MM-DD.csv`: a row a minute and source, UTC.
    fn add_steps_csv(&mut self, name: &str, bytes: &[u8]) -> Result<(), FitbitError> {
        // Without a source column (older files), one unnamed source.
        let columns = CsvTable::open_with(
            name,
            bytes,
            &["timestamp", "steps"],
            &["data source"],
            CsvShape::Plain,
        )?;
        let mut rows = Vec::new();
        columns.each(0, |cells| {
            let (Some(at), Some(steps)) = (
                cells.first().and_then(|t| parse_utc(t)),
                cells
                    .get(1)
                    .and_then(|v| v.parse::<f64>().ok())
                    .filter(|v| v.is_finite() && *v >= 0.0),
            ) else {
                return Err(Message::new("wearable.fitbit_steps_csv")
                    .with("time", format!("{:?}", cells.first().unwrap_or(&"")))
                    .with("steps", format!("{:?}", cells.get(1).unwrap_or(&""))));
            };
            rows.push((at, steps, cells.get(2).unwrap_or(&"").to_string()));
            Ok(())
        })?;
        for (at, steps, source_name) in rows {
            let rank = csv_source_rank(&source_name);
            let id = self
                .gathered
                .sources
                .id(format!("{name}\u{0}{source_name}").as_bytes(), rank);
            let utc_day = i32::try_from(at.div_euclid(86_400)).unwrap_or(0);
            let (day, second) = self.local_time(utc_day, at.rem_euclid(86_400));
            self.gathered
                .steps
                .add_span(day, second, second + 60, id, rank, steps);
        }
        Ok(())
    }

    /// `UserSleeps_*.csv`: one session a row, with its minutes asleep.
    fn add_sleeps_csv(&mut self, name: &str, bytes: &[u8]) -> Result<(), FitbitError> {
        let columns = CsvTable::open(
            name,
            bytes,
            &[
                "sleep_id",
                "minutes_asleep",
                "start_utc_offset",
                "sleep_start",
                "end_utc_offset",
                "sleep_end",
            ],
            CsvShape::Plain,
        )?;
        let sessions = &mut self.csv_sessions;
        columns.each(0, |cells| {
            let local = |offset: &str, at: &str| Some(parse_utc(at)? + parse_offset(offset)?);
            let (Some(start), Some(end), Some(asleep)) = (
                local(cells[2], cells[3]),
                local(cells[4], cells[5]),
                cells[1]
                    .parse::<f64>()
                    .ok()
                    .filter(|m| m.is_finite() && *m >= 0.0),
            ) else {
                return Err(
                    Message::new("wearable.fitbit_sleep_csv").with("cells", format!("{cells:?}"))
                );
            };
            if end > start {
                sessions.insert(cells[0].to_string(), (start, end, asleep));
            }
            Ok(())
        })
    }

    /// `UserSleepStages_*.csv`: the stages of each session (asleep unless awake).
    fn add_sleep_stages_csv(&mut self, name: &str, bytes: &[u8]) -> Result<(), FitbitError> {
        let columns = CsvTable::open(
            name,
            bytes,
            &[
                "sleep_id",
                "sleep_stage_type",
                "start_utc_offset",
                "sleep_stage_start",
                "end_utc_offset",
                "sleep_stage_end",
            ],
            CsvShape::Plain,
        )?;
        let stages = &mut self.csv_stages;
        columns.each(0, |cells| {
            let asleep = match cells[1].to_ascii_uppercase().as_str() {
                "LIGHT" | "DEEP" | "REM" | "ASLEEP" => true,
                "AWAKE" | "WAKE" | "RESTLESS" => false,
                other => {
                    return Err(
                        Message::new("wearable.fitbit_stage").with("found", format!("{other:?}"))
                    );
                }
            };
            let (Some(start_offset), Some(start), Some(end_offset), Some(end)) = (
                parse_offset(cells[2]),
                parse_utc(cells[3]),
                parse_offset(cells[4]),
                parse_utc(cells[5]),
            ) else {
                return Err(
                    Message::new("wearable.fitbit_stage_times").with("cells", format!("{cells:?}"))
                );
            };
            if end > start {
                stages.entry(cells[0].to_string()).or_default().insert(
                    start,
                    CsvStage {
                        end,
                        asleep,
                        start_offset,
                        end_offset,
                    },
                );
            }
            Ok(())
        })
    }

    /// The per-day totals of every file read.
    pub fn finish(mut self) -> BTreeMap<Date, DayTotals> {
        let mut exercise = std::mem::take(&mut self.very_active);
        for (day, v) in &self.moderately_active {
            *exercise.entry(*day).or_insert(0.0) += v;
        }
        // A CSV session is one more log of its night; a session known only by its stages
        // is summed from them (asleep stages, overlapping copies once).
        let mut sessions = std::mem::take(&mut self.csv_sessions);
        for (id, stages) in std::mem::take(&mut self.csv_stages) {
            if sessions.contains_key(&id) {
                continue;
            }
            // The session's local span (for its night and for overlap with other logs,
            // which are wall clock): the first stage's local start to the last's local end.
            let (Some((first, first_stage)), Some(last_stage)) = (
                stages.iter().next(),
                stages.values().max_by_key(|stage| stage.end),
            ) else {
                continue;
            };
            let start = first + first_stage.start_offset;
            let end = last_stage.end + last_stage.end_offset;
            let asleep: Vec<(i64, i64)> = stages
                .iter()
                .filter(|(_, stage)| stage.asleep)
                .map(|(s, stage)| (*s, stage.end))
                .collect();
            let seconds: i64 = super::union(asleep).iter().map(|(s, e)| e - s).sum();
            sessions.insert(id, (start, end, seconds as f64 / 60.0));
        }
        for (start, end, asleep) in sessions.into_values() {
            let day = i32::try_from(start.div_euclid(86_400)).unwrap_or(0);
            let hour = u8::try_from(start.rem_euclid(86_400) / 3600).unwrap_or(0);
            self.sleep_logs
                .add(night_of_day(day, hour), start, end, asleep);
        }
        let sleep_hours = std::mem::take(&mut self.sleep_logs).per_night();
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
