/*!
Apple Health's `export.xml`, read as a stream: steps, exercise minutes and workouts per day,
hours asleep per night, and water and caffeine when present.

The file can be gigabytes, so it is never held: the tag scanner ([`super::xml_scan`]) hands
over one element at a time as borrowed bytes, and only the handful of record types we use
are looked at further. Real exports are messy, and this reader survives it:
- the DTD some iOS versions ship is malformed, so everything before `<HealthData` is
  skipped unread;
- device strings hold characters XML 1.0 forbids: attribute values are compared as bytes,
  never decoded, so they cannot stop the import;
- records nested in `<Correlation>` are read like any other;
- the same steps or sleep recorded by several sources (a Watch and an iPhone, a sleep app)
  are counted once (see [`super`]), the way Apple Health itself prefers one source per span.

Each record's own UTC offset decides its local day, so travel and clock changes put steps
on the day they were walked: the day and hour are read straight from the wall-clock time
the record was written with, and only sleep, which needs real durations, is turned into
instants.
*/

use std::collections::BTreeMap;
use std::io::Read;

use jiff::civil::Date;

use super::xml_scan::{Flow, ScanError, Tag, TagKind, scan};
pub use super::{DayTotals, Workout};
use super::{Gathered, day_number, night_of_day, source_rank};
use crate::language::Message;

/// Why an export could not be read. Nothing is imported from a file that fails.
#[derive(Debug)]
pub enum AppleHealthError {
    NotAnExport(usize),
    Xml { position: u64, detail: Message },
    Truncated(u64),
    Io(std::io::Error),
}

impl AppleHealthError {
    /// What went wrong, to be said in the reader's language.
    pub fn message(&self) -> Message {
        match self {
            AppleHealthError::NotAnExport(bytes) => {
                Message::new("wearable.apple_not_export").with("bytes", bytes)
            }
            AppleHealthError::Xml { position, detail } => Message::new("wearable.apple_damaged")
                .with("position", position)
                .with_message("detail", detail.clone()),
            AppleHealthError::Truncated(position) => {
                Message::new("wearable.apple_truncated").with("position", position)
            }
            AppleHealthError::Io(e) => Message::new("wearable.apple_io").with("detail", e),
        }
    }
}

impl std::fmt::Display for AppleHealthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for AppleHealthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            AppleHealthError::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for AppleHealthError {
    fn from(e: std::io::Error) -> Self {
        AppleHealthError::Io(e)
    }
}

/// Everything from `<HealthData` on: the DTD before it, which some iOS versions ship
/// malformed, is skipped unread. Returns the stream and how many bytes were skipped.
fn after_dtd<R: Read>(mut reader: R) -> Result<(impl Read, u64), AppleHealthError> {
    const LIMIT: usize = 1 << 20;
    const MARK: &[u8] = b"<HealthData";
    let mut head: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        if let Some(pos) = memchr::memmem::find(&head, MARK) {
            let rest = head.split_off(pos);
            return Ok((std::io::Cursor::new(rest).chain(reader), pos as u64));
        }
        if head.len() > LIMIT {
            return Err(AppleHealthError::NotAnExport(LIMIT));
        }
        let n = reader.read(&mut chunk)?;
        if n == 0 {
            return Err(AppleHealthError::NotAnExport(head.len()));
        }
        head.extend_from_slice(chunk.get(..n).unwrap_or_default());
    }
}

/// A wall-clock time as Apple writes it, "2026-11-01 08:00:00 +0100".
#[derive(Debug, Clone, Copy, PartialEq)]
struct Stamp {
    /// The local date, as a day number.
    day: i32,
    hour: u8,
    /// Seconds since local midnight.
    second_of_day: i32,
    /// The UTC offset the clock showed, in seconds.
    offset: i32,
}

impl Stamp {
    fn instant(&self) -> i64 {
        i64::from(self.day) * 86_400 + i64::from(self.second_of_day) - i64::from(self.offset)
    }
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// Parses "YYYY-MM-DD HH:MM:SS +HHMM" (also "+HH:MM"), and the compact form of iOS 8 and
/// 9 exports, "YYYYMMDDHHMMSS+HHMM"; `None` for anything else.
fn parse_stamp(b: &[u8]) -> Option<Stamp> {
    if b.len() == 19 && matches!(b.get(14), Some(b'+' | b'-')) {
        return parse_compact_stamp(b);
    }
    if b.len() < 25 || b.get(4) != Some(&b'-') || b.get(10) != Some(&b' ') {
        return None;
    }
    let part = |from: usize, to: usize| b.get(from..to).and_then(digits);
    let day = day_number(part(0, 4)? as i32, part(5, 7)?, part(8, 10)?)?;
    let (hour, minute, second) = (part(11, 13)?, part(14, 16)?, part(17, 19)?);
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let sign = match b.get(20)? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (oh, om) = match b.len() {
        25 => (part(21, 23)?, part(23, 25)?),
        26 if b.get(23) == Some(&b':') => (part(21, 23)?, part(24, 26)?),
        _ => return None,
    };
    if oh > 25 || om > 59 {
        return None;
    }
    Some(Stamp {
        day,
        hour: hour as u8,
        second_of_day: (hour * 3600 + minute * 60 + second) as i32,
        offset: sign * (oh * 3600 + om * 60) as i32,
    })
}

/// "20140114084347-0800", as iOS 8 and 9 wrote dates.
fn parse_compact_stamp(b: &[u8]) -> Option<Stamp> {
    let part = |from: usize, to: usize| b.get(from..to).and_then(digits);
    let day = day_number(part(0, 4)? as i32, part(4, 6)?, part(6, 8)?)?;
    let (hour, minute, second) = (part(8, 10)?, part(10, 12)?, part(12, 14)?);
    let (oh, om) = (part(15, 17)?, part(17, 19)?);
    if hour > 23 || minute > 59 || second > 60 || oh > 25 || om > 59 {
        return None;
    }
    let sign = if b.get(14) == Some(&b'-') { -1 } else { 1 };
    Some(Stamp {
        day,
        hour: hour as u8,
        second_of_day: (hour * 3600 + minute * 60 + second) as i32,
        offset: sign * (oh * 3600 + om * 60) as i32,
    })
}

fn number(bytes: Option<&[u8]>) -> Option<f64> {
    std::str::from_utf8(bytes?)
        .ok()?
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
}

/// The record types we read, recognised by their bytes.
const STEPS: &[u8] = b"HKQuantityTypeIdentifierStepCount";
const EXERCISE: &[u8] = b"HKQuantityTypeIdentifierAppleExerciseTime";
const SLEEP: &[u8] = b"HKCategoryTypeIdentifierSleepAnalysis";
const WATER: &[u8] = b"HKQuantityTypeIdentifierDietaryWater";
const CAFFEINE: &[u8] = b"HKQuantityTypeIdentifierDietaryCaffeine";
const ACTIVE_ENERGY: &[u8] = b"HKQuantityTypeIdentifierActiveEnergyBurned";

/// What an export held, for saying why an import found nothing it could use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Records of each type (`HKQuantityTypeIdentifierHeartRate`), in the order first seen.
    pub by_type: Vec<(String, u64)>,
    /// Records of the types nightcramp reads whose start date was in no form it knows.
    pub undated: u64,
}

impl ExportSummary {
    pub fn records(&self) -> u64 {
        self.by_type.iter().map(|(_, n)| n).sum()
    }

    /// "HeartRate 3,067, StepCount 12" (the identifiers' prefixes dropped), most first.
    pub fn kinds(&self) -> String {
        let mut kinds = self.by_type.clone();
        kinds.sort_by_key(|k| std::cmp::Reverse(k.1));
        kinds
            .iter()
            .take(8)
            .map(|(t, n)| {
                let short = t
                    .trim_start_matches("HKQuantityTypeIdentifier")
                    .trim_start_matches("HKCategoryTypeIdentifier")
                    .trim_start_matches("HKCorrelationTypeIdentifier");
                format!("{short} {n}")
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

struct State {
    gathered: Gathered,
    summary: ExportSummary,
    /// Raw type names as counted, beside `summary` (records come grouped by type, so the
    /// last one is checked first).
    types: Vec<(Vec<u8>, u64)>,
    complete: bool,
    /// The workout whose children are being read (energy moved into WorkoutStatistics in iOS 16).
    open_workout: Option<(i32, usize)>,
}

impl State {
    fn count(&mut self, kind: &[u8]) {
        if let Some((last, n)) = self.types.last_mut()
            && last.as_slice() == kind
        {
            *n += 1;
            return;
        }
        if let Some((_, n)) = self.types.iter_mut().find(|(t, _)| t.as_slice() == kind) {
            *n += 1;
        } else if self.types.len() < 512 {
            // Bounded: an export has a few dozen types; a file with thousands is not worth
            // describing type by type.
            self.types.push((kind.to_vec(), 1));
        }
    }

    fn record(&mut self, tag: &Tag<'_>) {
        let Some(kind) = tag.attr(b"type") else {
            return;
        };
        self.count(kind);
        if !matches!(kind, STEPS | EXERCISE | SLEEP | WATER | CAFFEINE) {
            return;
        }
        let Some(start) = tag.attr(b"startDate").and_then(parse_stamp) else {
            self.summary.undated += 1;
            return;
        };
        let g = &mut self.gathered;
        let source = || {
            // iOS 8 and 9 named the source `source`.
            let name = tag
                .attr(b"sourceName")
                .or_else(|| tag.attr(b"source"))
                .unwrap_or_default();
            let rank = source_rank(name, tag.attr(b"device").unwrap_or_default());
            (name, rank)
        };
        match kind {
            STEPS | EXERCISE => {
                let Some(v) = number(tag.attr(b"value")) else {
                    return;
                };
                let (name, rank) = source();
                let id = g.sources.id(name, rank);
                let hourly = if kind == STEPS {
                    &mut g.steps
                } else {
                    &mut g.exercise
                };
                // The end as seconds after the start's local midnight (the end's own
                // wall clock; a record rarely spans a clock change).
                let end = tag
                    .attr(b"endDate")
                    .and_then(parse_stamp)
                    .map(|e| i64::from(e.day - start.day) * 86_400 + i64::from(e.second_of_day))
                    .unwrap_or(i64::from(start.second_of_day));
                hourly.add_span(start.day, i64::from(start.second_of_day), end, id, rank, v);
            }
            SLEEP => {
                // Asleep states are sleep; awake ones are not, but they tell that a source
                // was watching then (a lesser source's "asleep" does not count over them).
                // Time in bed is neither.
                let value = tag.attr(b"value").unwrap_or_default();
                let asleep = value.starts_with(b"HKCategoryValueSleepAnalysisAsleep");
                if !asleep && value != b"HKCategoryValueSleepAnalysisAwake" {
                    return;
                }
                let Some(end) = tag.attr(b"endDate").and_then(parse_stamp) else {
                    return;
                };
                let (name, rank) = source();
                let id = g.sources.id(name, rank);
                g.sleep.add(
                    night_of_day(start.day, start.hour),
                    id,
                    rank,
                    start.instant(),
                    end.instant(),
                    asleep,
                );
            }
            WATER => {
                if let Some(v) = number(tag.attr(b"value")) {
                    let litres = match tag.attr(b"unit") {
                        Some(b"L") => v,
                        Some(b"fl_oz_us") => v * 0.029_573_5,
                        _ => v / 1000.0, // mL, Apple's default
                    };
                    *g.water_l.entry(start.day).or_insert(0.0) += litres;
                }
            }
            _ => {
                if let Some(v) = number(tag.attr(b"value")) {
                    *g.caffeine_mg.entry(start.day).or_insert(0.0) += v;
                }
            }
        }
    }

    fn workout(&mut self, tag: &Tag<'_>) {
        let Some(start) = tag.attr(b"startDate").and_then(parse_stamp) else {
            return;
        };
        let minutes = number(tag.attr(b"duration")).map(|d| match tag.attr(b"durationUnit") {
            Some(b"h" | b"hr") => d * 60.0,
            Some(b"s") => d / 60.0,
            _ => d,
        });
        let activity =
            String::from_utf8_lossy(tag.attr(b"workoutActivityType").unwrap_or_default())
                .trim_start_matches("HKWorkoutActivityType")
                .to_string();
        let list = self.gathered.workouts.entry(start.day).or_default();
        list.push(Workout {
            activity,
            minutes: minutes.unwrap_or(0.0),
            energy_kcal: number(tag.attr(b"totalEnergyBurned")),
        });
        if tag.kind == TagKind::Start {
            self.open_workout = Some((start.day, list.len() - 1));
        }
    }

    fn workout_statistics(&mut self, tag: &Tag<'_>) {
        let Some((day, index)) = self.open_workout else {
            return;
        };
        if tag.attr(b"type") != Some(ACTIVE_ENERGY) {
            return;
        }
        let Some(kcal) = number(tag.attr(b"sum")) else {
            return;
        };
        let unit_kj = tag.attr(b"unit") == Some(b"kJ");
        if let Some(w) = self
            .gathered
            .workouts
            .get_mut(&day)
            .and_then(|l| l.get_mut(index))
        {
            w.energy_kcal
                .get_or_insert(if unit_kj { kcal / 4.184 } else { kcal });
        }
    }

    fn tag(&mut self, tag: &Tag<'_>) -> Flow {
        match (tag.kind, tag.name) {
            (TagKind::Start | TagKind::Empty, b"Record") => self.record(tag),
            (TagKind::Start | TagKind::Empty, b"Workout") => self.workout(tag),
            (TagKind::Empty | TagKind::Start, b"WorkoutStatistics") => self.workout_statistics(tag),
            (TagKind::End, b"Workout") => self.open_workout = None,
            (TagKind::End, b"HealthData") => {
                self.complete = true;
                return Flow::Stop;
            }
            _ => {}
        }
        Flow::Continue
    }
}

/// Reads an `export.xml` stream. `progress` is told how many bytes have been read, about
/// every megabyte.
pub fn read_export<R: Read>(
    reader: R,
    progress: impl FnMut(u64),
) -> Result<BTreeMap<Date, DayTotals>, AppleHealthError> {
    read_export_summarized(reader, progress).map(|(days, _)| days)
}

/// [`read_export`], with what the export held (for an import that finds nothing to use).
pub fn read_export_summarized<R: Read>(
    reader: R,
    mut progress: impl FnMut(u64),
) -> Result<(BTreeMap<Date, DayTotals>, ExportSummary), AppleHealthError> {
    let (stream, skipped) = after_dtd(reader)?;
    let mut state = State {
        gathered: Gathered::default(),
        summary: ExportSummary::default(),
        types: Vec::new(),
        complete: false,
        open_workout: None,
    };
    let mut read = skipped;
    scan(
        stream,
        |tag| state.tag(tag),
        |p| {
            read = skipped + p;
            progress(read);
        },
    )
    .map_err(|e| match e {
        ScanError::Malformed { position, detail } => AppleHealthError::Xml {
            position: skipped + position,
            detail,
        },
        ScanError::Io(e) => AppleHealthError::Io(e),
    })?;
    if !state.complete {
        return Err(AppleHealthError::Truncated(read));
    }
    let mut summary = state.summary;
    summary.by_type = state
        .types
        .into_iter()
        .map(|(t, n)| (String::from_utf8_lossy(&t).into_owned(), n))
        .collect();
    Ok((state.gathered.into_days(), summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_read_like_jiff_reads_them() {
        let s = parse_stamp(b"2026-03-29 02:30:15 -0430").unwrap();
        let zoned =
            jiff::fmt::strtime::parse("%Y-%m-%d %H:%M:%S %z", "2026-03-29 02:30:15 -0430").unwrap();
        let at = zoned.to_timestamp().unwrap();
        assert_eq!(s.instant(), at.as_second());
        assert_eq!(s.hour, 2);
        assert!(
            parse_stamp(b"2026-02-30 02:30:15 +0100").is_none(),
            "no 30 February"
        );
        assert!(parse_stamp(b"2026-02-03 24:30:15 +0100").is_none());
        assert!(parse_stamp(b"2026-02-03").is_none());
        let compact = parse_stamp(b"20140114084347-0800").unwrap();
        let zoned =
            jiff::fmt::strtime::parse("%Y-%m-%d %H:%M:%S %z", "2014-01-14 08:43:47 -0800").unwrap();
        assert_eq!(compact.instant(), zoned.to_timestamp().unwrap().as_second());
        assert_eq!(compact.hour, 8);
        assert!(
            parse_stamp(b"20140230084347-0800").is_none(),
            "no 30 February"
        );
    }
}
