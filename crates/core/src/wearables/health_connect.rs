/*!
Google Health Connect's export (`health_connect_export.db`, a SQLite database inside the zip
the Health Connect settings write), counted the way the other exports are. The loader reads
the tables (SQL stays out of the core) and hands over records:

- `application_info_table`: the apps that wrote records (`row_id`, `package_name`,
  `app_name`), which rank the sources;
- `steps_record_table`: counts over spans, with their start and end UTC offsets;
- `sleep_session_record_table` and `sleep_stages_table`: sessions and their stages;
- `exercise_session_record_table`: exercise sessions.

Times are epoch milliseconds with the UTC offset (seconds) of the moment written beside
them, so each record's own offset decides its local day, as in Apple's export.

Health Connect gathers what many apps write, and they overlap (a tracker's app and the
phone's own step counter count the same walk). Sources are ranked like Apple's, by the app:
a tracker's or watch's app first (Fitbit, Garmin, Samsung Health, Pixel Watch, Withings,
Oura...), then the phone's own counters (Google Fit, the phone's Health Connect), then any
other app; each span is counted from the best source that covers it ([`super::Hourly`] for
steps and exercise minutes, [`super::Sleep`] for sleep).
*/

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;

use super::{DayTotals, Gathered, night_of_day};
use crate::language::Message;

/// Apps whose records come from a worn tracker or watch, by a part of their package name.
const TRACKER_APPS: &[&str] = &[
    "fitbit", "garmin", "shealth", "samsung", "wearable", "watch", "withings", "oura", "polar",
    "suunto", "zepp", "amazfit", "huami", "mifit", "xiaomi", "huawei", "coros", "whoop",
];

/// Apps that count with the phone itself.
const PHONE_APPS: &[&str] = &[
    "com.google.android.apps.fitness",
    "com.google.android.apps.healthdata",
    "com.android.healthconnect",
];

/// The rank of an app's records: 0 a tracker or watch, 1 the phone, 2 anything else.
pub fn app_rank(package: &str, name: &str) -> u8 {
    let package = package.to_ascii_lowercase();
    let name = name.to_ascii_lowercase();
    if PHONE_APPS.iter().any(|p| package == *p) {
        1
    } else if TRACKER_APPS
        .iter()
        .any(|t| package.contains(t) || name.contains(t))
    {
        0
    } else {
        2
    }
}

/// When a record happened: epoch milliseconds with the UTC offset written for each end, and
/// the app that wrote it (`app_info_id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start_ms: i64,
    pub start_offset_s: i64,
    pub end_ms: i64,
    pub end_offset_s: i64,
    pub app: i64,
}

impl Span {
    /// The local start (day number, seconds after midnight) and the length in seconds.
    fn local(&self) -> Result<(i32, i64, i64), Message> {
        if !(-18 * 3600..=18 * 3600).contains(&self.start_offset_s) {
            return Err(Message::new("wearable.hc_offset").with("seconds", self.start_offset_s));
        }
        if self.end_ms < self.start_ms {
            return Err(end_before_start(self.start_ms, self.end_ms));
        }
        let out_of_range = || Message::new("wearable.hc_out_of_range").with("ms", self.start_ms);
        let local = self.start_ms.div_euclid(1000) + self.start_offset_s;
        let day = i32::try_from(local.div_euclid(86_400)).map_err(|_| out_of_range())?;
        let length = self
            .end_ms
            .checked_sub(self.start_ms)
            .ok_or_else(out_of_range)?
            .div_euclid(1000);
        Ok((day, local.rem_euclid(86_400), length))
    }
}

/// A record that ends before it starts, with both times as written (epoch milliseconds).
fn end_before_start(start_ms: i64, end_ms: i64) -> Message {
    Message::new("wearable.hc_end_before_start")
        .with("start", start_ms)
        .with("end", end_ms)
}

/// Sleep stages as Health Connect numbers them.
fn stage_asleep(stage: i64) -> Option<bool> {
    match stage {
        // Sleeping, light, deep, REM.
        2 | 4 | 5 | 6 => Some(true),
        // Awake, out of bed, awake in bed.
        1 | 3 | 7 => Some(false),
        // Unknown: not counted either way.
        _ => None,
    }
}

/// Reads the records of one Health Connect export into per-day totals. Every `add_` call
/// returns why a record cannot be what it claims, for the loader to name its table and row.
#[derive(Default)]
pub struct HealthConnectReader {
    gathered: Gathered,
    /// Each app's source number and rank.
    apps: HashMap<i64, (u16, u8)>,
    /// Sleep sessions by `row_id`: (night, start and end in epoch seconds, source, rank).
    sessions: BTreeMap<i64, (i32, i64, i64, u16, u8)>,
    /// Stages by session: (start, end in epoch seconds, asleep).
    stages: BTreeMap<i64, Vec<(i64, i64, bool)>>,
    /// How many records were read.
    pub records: usize,
}

impl HealthConnectReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// An app of `application_info_table` (read before the records).
    pub fn add_app(&mut self, row_id: i64, package: &str, name: &str) {
        let rank = app_rank(package, name);
        let source = self.gathered.sources.id(package.as_bytes(), rank);
        self.apps.insert(row_id, (source, rank));
    }

    /// The source and rank of a record's app (an app the table does not list: another app).
    fn source_of(&mut self, app: i64) -> (u16, u8) {
        if let Some(known) = self.apps.get(&app) {
            return *known;
        }
        let source = self.gathered.sources.id(format!("app {app}").as_bytes(), 2);
        self.apps.insert(app, (source, 2));
        (source, 2)
    }

    /// A row of `steps_record_table`.
    pub fn add_steps(&mut self, span: &Span, count: i64) -> Result<(), Message> {
        if count < 0 {
            return Err(Message::new("wearable.hc_negative_steps").with("count", count));
        }
        let (day, second, length) = span.local()?;
        let (source, rank) = self.source_of(span.app);
        self.records += 1;
        self.gathered
            .steps
            .add_span(day, second, second + length, source, rank, count as f64);
        Ok(())
    }

    /// A row of `exercise_session_record_table`: its minutes, counted once per span.
    pub fn add_exercise(&mut self, span: &Span) -> Result<(), Message> {
        let (day, second, length) = span.local()?;
        let (source, rank) = self.source_of(span.app);
        self.records += 1;
        self.gathered.exercise.add_span(
            day,
            second,
            second + length,
            source,
            rank,
            length as f64 / 60.0,
        );
        Ok(())
    }

    /// A row of `sleep_session_record_table`, by its `row_id` (which its stages name).
    pub fn add_sleep_session(&mut self, row_id: i64, span: &Span) -> Result<(), Message> {
        let (day, second, _) = span.local()?;
        let (source, rank) = self.source_of(span.app);
        self.records += 1;
        let hour = u8::try_from(second / 3600).unwrap_or(0);
        self.sessions.insert(
            row_id,
            (
                night_of_day(day, hour),
                span.start_ms.div_euclid(1000),
                span.end_ms.div_euclid(1000),
                source,
                rank,
            ),
        );
        Ok(())
    }

    /// A row of `sleep_stages_table`: a stage of the session `parent_key`.
    pub fn add_sleep_stage(
        &mut self,
        parent_key: i64,
        start_ms: i64,
        end_ms: i64,
        stage: i64,
    ) -> Result<(), Message> {
        if end_ms < start_ms {
            return Err(end_before_start(start_ms, end_ms));
        }
        self.records += 1;
        if let Some(asleep) = stage_asleep(stage) {
            self.stages.entry(parent_key).or_default().push((
                start_ms.div_euclid(1000),
                end_ms.div_euclid(1000),
                asleep,
            ));
        }
        Ok(())
    }

    /// The per-day totals of every record read.
    pub fn finish(mut self) -> BTreeMap<Date, DayTotals> {
        for (id, (night, start, end, source, rank)) in std::mem::take(&mut self.sessions) {
            match self.stages.get(&id) {
                Some(stages) => {
                    for (s, e, asleep) in stages {
                        self.gathered
                            .sleep
                            .add(night, source, rank, *s, *e, *asleep);
                    }
                }
                // A session without stages: asleep from start to end.
                None => self
                    .gathered
                    .sleep
                    .add(night, source, rank, start, end, true),
            }
        }
        self.gathered.into_days()
    }
}
