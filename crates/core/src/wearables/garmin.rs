/*!
Garmin's account data export ("Export Your Data" in Garmin's account management): the
daily summaries and the sleep files, as JSON, read by name wherever they sit in the archive:

- `DI_CONNECT/DI-Connect-Aggregator/UDSFile_<from>_<to>.json`: one object per day with
  `calendarDate`, `totalSteps`, and `moderateIntensityMinutes` / `vigorousIntensityMinutes`
  (together our exercise minutes);
- `DI_CONNECT/DI-Connect-Wellness/<from>_<to>_<id>_sleepData.json`: one object per sleep,
  its `calendarDate` the morning it ended, with `deepSleepSeconds`, `lightSleepSeconds` and
  `remSleepSeconds` (asleep; awake and unmeasurable time are not sleep).

The activity files (`.fit`) hold workouts already summed in the daily summaries; they are
counted and skipped, and the import says so. Garmin's date ranges overlap between files: a
day is counted once (the larger value, as for Fitbit's repeated files).
*/

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde_json::Value;

use super::DayTotals;
use crate::language::Message;

/// What a file of the export is, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GarminFile {
    DailySummary,
    Sleep,
    /// A FIT activity file: skipped (its minutes are in the daily summaries).
    Activity,
}

impl GarminFile {
    pub fn of(path: &str) -> Option<GarminFile> {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        let lower = name.to_ascii_lowercase();
        if lower.starts_with("udsfile_") && lower.ends_with(".json") {
            Some(GarminFile::DailySummary)
        } else if lower.ends_with("_sleepdata.json") {
            Some(GarminFile::Sleep)
        } else if lower.ends_with(".fit") && path.contains("DI_CONNECT") {
            Some(GarminFile::Activity)
        } else {
            None
        }
    }
}

/// A Garmin file that is not what its name says, with where and why.
pub type GarminError = super::ExportFileError;

/// Reads the files of one Garmin export into per-day totals.
#[derive(Default)]
pub struct GarminReader {
    steps: BTreeMap<Date, f64>,
    exercise: BTreeMap<Date, f64>,
    /// Seconds asleep per night (the evening before `calendarDate`).
    sleep: BTreeMap<Date, f64>,
    /// FIT activity files seen and skipped.
    pub skipped_activities: usize,
    pub files: usize,
}

fn number(v: Option<&Value>) -> Option<f64> {
    v?.as_f64().filter(|n| n.is_finite() && *n >= 0.0)
}

fn keep_larger(map: &mut BTreeMap<Date, f64>, date: Date, value: f64) {
    let entry = map.entry(date).or_insert(value);
    if value > *entry {
        *entry = value;
    }
}

impl GarminReader {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads one file; one of another kind is ignored. A file of a known kind that is not
    /// the JSON Garmin writes is an error naming it, and the caller imports nothing.
    pub fn add_file(&mut self, name: &str, bytes: &[u8]) -> Result<(), GarminError> {
        let Some(kind) = GarminFile::of(name) else {
            return Ok(());
        };
        if kind == GarminFile::Activity {
            self.skipped_activities += 1;
            return Ok(());
        }
        let fail = |detail: Message| GarminError {
            file: name.to_string(),
            detail,
        };
        let value: Value = serde_json::from_slice(bytes).map_err(|e| {
            fail(
                Message::new("wearable.garmin_json")
                    .with("line", e.line())
                    .with("column", e.column())
                    .with("detail", &e),
            )
        })?;
        let Value::Array(days) = value else {
            return Err(fail(Message::new("wearable.garmin_not_list")));
        };
        self.files += 1;
        for (i, day) in days.iter().enumerate() {
            let Some(date) = day
                .get("calendarDate")
                .and_then(Value::as_str)
                .and_then(|d| d.get(..10))
                .and_then(|d| d.parse::<Date>().ok())
            else {
                return Err(fail(
                    Message::new("wearable.garmin_date").with("entry", i + 1),
                ));
            };
            match kind {
                GarminFile::DailySummary => {
                    if let Some(steps) = number(day.get("totalSteps")) {
                        keep_larger(&mut self.steps, date, steps);
                    }
                    let moderate = number(day.get("moderateIntensityMinutes"));
                    let vigorous = number(day.get("vigorousIntensityMinutes"));
                    if moderate.is_some() || vigorous.is_some() {
                        let minutes = moderate.unwrap_or(0.0) + vigorous.unwrap_or(0.0);
                        keep_larger(&mut self.exercise, date, minutes);
                    }
                }
                GarminFile::Sleep => {
                    let stages = ["deepSleepSeconds", "lightSleepSeconds", "remSleepSeconds"]
                        .map(|k| number(day.get(k)));
                    if stages.iter().all(Option::is_none) {
                        continue;
                    }
                    let seconds: f64 = stages.iter().flatten().sum();
                    if let Ok(night) = date.yesterday() {
                        keep_larger(&mut self.sleep, night, seconds);
                    }
                }
                GarminFile::Activity => {}
            }
        }
        Ok(())
    }

    /// The per-day totals of every file read.
    pub fn finish(self) -> BTreeMap<Date, DayTotals> {
        let mut days: BTreeMap<Date, DayTotals> = BTreeMap::new();
        for (date, v) in self.steps {
            days.entry(date).or_default().steps = Some(v.round());
        }
        for (date, v) in self.exercise {
            days.entry(date).or_default().exercise_min = Some(v.round());
        }
        for (date, seconds) in self.sleep {
            days.entry(date).or_default().sleep_h = Some((seconds / 36.0).round() / 100.0);
        }
        days
    }
}
