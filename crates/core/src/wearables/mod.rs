/*!
Importers for wearable exports, as parsers: a reader in, per-day totals out, no I/O of
their own. The loader (the CLI's `import`, the web upload) turns totals into diary factors
marked as coming from a wearable, which never overwrite what the person typed.

Both formats (Apple Health, Fitbit) share one way of counting: samples are gathered per
local hour (steps, exercise) or per night (sleep) and per source, and each span is counted
from one source only, the most trusted one (a watch, then a phone, then any other app), so
the same walk seen by a watch and a phone is never counted twice. Days are numbered as
plain integers while reading (a file can hold millions of samples) and become dates at the
end.
*/

pub mod apple_health;
pub mod fitbit;
pub mod garmin;
pub mod health_connect;
pub mod samsung;
pub mod xml_scan;

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;

use crate::language::Message;

/// A file of an export that could not be read: its name (with the archive's) and why,
/// with the line where there is one, said in the reader's language. The caller imports
/// nothing of the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFileError {
    pub file: String,
    pub detail: Message,
}

impl ExportFileError {
    /// "steps.csv: line 3: expected a step count, found \"x\"".
    pub fn message(&self) -> Message {
        Message::new("wearable.file")
            .with("file", &self.file)
            .with_message("reason", self.detail.clone())
    }
}

impl std::fmt::Display for ExportFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for ExportFileError {}

impl From<ExportFileError> for Message {
    fn from(e: ExportFileError) -> Message {
        e.message()
    }
}

/// How a CSV file of an export is laid out before its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CsvShape {
    /// The header is the first line.
    Plain,
    /// Samsung Health's: a line naming the data type and versions, then the header, whose
    /// column names may carry the type as a prefix (`com.samsung.health.sleep.start_time`:
    /// the part after the last dot is the name).
    Samsung,
}

/// The rows of an export's CSV file with the columns a kind needs, found by name in its
/// header (any order, any case; a byte-order mark and rows longer than the header are
/// allowed); a missing column is an error naming the file and what was expected.
pub(crate) struct CsvTable<'a> {
    name: &'a str,
    reader: csv::Reader<&'a [u8]>,
    /// Each wanted column's place; `None` for an optional one the file does not have (its
    /// cells read as empty).
    index: Vec<Option<usize>>,
}

impl<'a> CsvTable<'a> {
    pub(crate) fn open(
        name: &'a str,
        bytes: &'a [u8],
        wanted: &[&str],
        shape: CsvShape,
    ) -> Result<Self, ExportFileError> {
        Self::open_with(name, bytes, wanted, &[], shape)
    }

    /// The `wanted` columns, then the `optional` ones.
    pub(crate) fn open_with(
        name: &'a str,
        bytes: &'a [u8],
        wanted: &[&str],
        optional: &[&str],
        shape: CsvShape,
    ) -> Result<Self, ExportFileError> {
        let fail = |detail: Message| ExportFileError {
            file: name.to_string(),
            detail,
        };
        let mut bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if shape == CsvShape::Samsung {
            let end = memchr::memchr(b'\n', bytes)
                .ok_or_else(|| fail(Message::new("wearable.csv_no_header_line")))?;
            bytes = bytes.get(end + 1..).unwrap_or_default();
        }
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| fail(Message::new("wearable.not_csv").with("detail", e)))?
            .iter()
            .map(|h| {
                let h = h.trim().to_ascii_lowercase();
                match shape {
                    CsvShape::Plain => h,
                    CsvShape::Samsung => h.rsplit('.').next().unwrap_or_default().to_string(),
                }
            })
            .collect();
        let place = |w: &&str| header.iter().position(|h| h == w);
        let mut index: Vec<Option<usize>> = wanted
            .iter()
            .map(|w| place(w).map(Some))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| {
                fail(
                    Message::new("wearable.csv_columns")
                        .with("wanted", wanted.join(", "))
                        .with("found", header.join(", ")),
                )
            })?;
        index.extend(optional.iter().map(place));
        Ok(CsvTable {
            name,
            reader,
            index,
        })
    }

    /// Calls `row` with each non-empty row's wanted cells and its line (as a text editor
    /// numbers it, from the start of the file); stops at the first error.
    pub(crate) fn each(
        mut self,
        first_line: u64,
        mut row: impl FnMut(&[&str]) -> Result<(), Message>,
    ) -> Result<(), ExportFileError> {
        let mut record = csv::StringRecord::new();
        loop {
            let line = self.reader.position().line() + first_line;
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {}
                Err(e) => {
                    return Err(ExportFileError {
                        file: self.name.to_string(),
                        detail: Message::new("wearable.line")
                            .with("line", line)
                            .with_message(
                                "reason",
                                Message::new("file.unreadable_row").with("detail", e),
                            ),
                    });
                }
            }
            let line = record.position().map_or(line, |p| p.line() + first_line);
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            let cells: Vec<&str> = self
                .index
                .iter()
                .map(|i| i.and_then(|i| record.get(i)).unwrap_or_default().trim())
                .collect();
            row(&cells).map_err(|detail| ExportFileError {
                file: self.name.to_string(),
                detail: Message::new("wearable.line")
                    .with("line", line)
                    .with_message("reason", detail),
            })?;
        }
    }
}

/// Per-day totals from one export.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayTotals {
    pub steps: Option<f64>,
    pub exercise_min: Option<f64>,
    pub workouts: Vec<Workout>,
    /// Hours asleep in the night that follows this date.
    pub sleep_h: Option<f64>,
    pub water_l: Option<f64>,
    pub caffeine_mg: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Workout {
    pub activity: String,
    pub minutes: f64,
    pub energy_kcal: Option<f64>,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
/// `None` for a month or day out of range.
pub fn day_number(year: i32, month: u32, day: u32) -> Option<i32> {
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || !(1..=9999).contains(&year) {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy as i32;
    let number = era * 146_097 + doe - 719_468;
    // 31 February is not a date: it must survive the round trip.
    (date_of(number) == Date::new(year as i16, month as i8, day as i8).ok()).then_some(number)
}

/// The date of a day number.
pub fn date_of(number: i32) -> Option<Date> {
    // In 64 bits: a day number near the end of the 32-bit range must not overflow.
    let z = i64::from(number) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// How much a source is trusted for a span: a watch (worn all day and night), then a
/// phone, then any other app. Lower is better.
pub fn source_rank(name: &[u8], device: &[u8]) -> u8 {
    let has = |needle: &[u8]| {
        [name, device].iter().any(|text| {
            text.windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle))
        })
    };
    if has(b"watch") {
        0
    } else if has(b"iphone") {
        1
    } else {
        2
    }
}

/// Sources seen in one export, numbered as they come.
#[derive(Default)]
pub(crate) struct Sources {
    names: Vec<(Vec<u8>, u8)>,
}

impl Sources {
    /// The number of source `name` with the given rank. The rank is part of the identity:
    /// an app writing for both the watch and the phone is two sources.
    pub(crate) fn id(&mut self, name: &[u8], rank: u8) -> u16 {
        if let Some(i) = self
            .names
            .iter()
            .position(|(n, r)| *r == rank && n.as_slice() == name)
        {
            return i as u16;
        }
        if self.names.len() >= usize::from(u16::MAX) {
            return u16::MAX;
        }
        self.names.push((name.to_vec(), rank));
        (self.names.len() - 1) as u16
    }
}

/// One record's part of one hour: its source, the source's rank, the seconds of the hour
/// it spans and its amount in them.
#[derive(Debug, Clone, Copy)]
struct RecordPart {
    source: u16,
    rank: u8,
    start: u16,
    end: u16,
    amount: f64,
}

/// Seconds of `start..end` inside the union `covered` (sorted, disjoint spans).
fn overlap(covered: &[(u16, u16)], start: u16, end: u16) -> u32 {
    covered
        .iter()
        .map(|(s, e)| u32::from(end.min(*e).saturating_sub(start.max(*s))))
        .sum()
}

/// Adds `start..end` to the union `covered`, keeping it sorted and disjoint.
fn merge(covered: &mut Vec<(u16, u16)>, start: u16, end: u16) {
    covered.push((start, end));
    covered.sort_unstable();
    let mut merged: Vec<(u16, u16)> = Vec::with_capacity(covered.len());
    for (s, e) in covered.drain(..) {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    *covered = merged;
}

/// Amounts per (day, hour), counted the way the Health app counts: the best source (a
/// watch, then a phone, then other apps) for everything it recorded, and each record of a
/// lesser one only for the part of it that no better source covers, prorated by time.
/// Records are kept per hour as their span in seconds and an amount (the intervals, never a
/// per-minute array), and the rule is applied exactly, to the second.
#[derive(Default)]
pub(crate) struct Hourly {
    slots: HashMap<(i32, u8), Vec<RecordPart>>,
}

impl Hourly {
    /// A record of `value` from `start` to `end` seconds after local midnight of `day`
    /// (an end past midnight runs on into the next day), shared among the hours it spans
    /// by duration. A record without a duration covers its start.
    pub(crate) fn add_span(
        &mut self,
        day: i32,
        start: i64,
        end: i64,
        source: u16,
        rank: u8,
        value: f64,
    ) {
        let start_abs = i64::from(day) * 86_400 + start;
        let end_abs = (i64::from(day) * 86_400 + end).max(start_abs + 1);
        // A record longer than two days is not a count worth spreading.
        let end_abs = end_abs.min(start_abs + 2 * 86_400);
        let length = (end_abs - start_abs) as f64;
        let mut at = start_abs;
        while at < end_abs {
            let hour_start = at.div_euclid(3600) * 3600;
            let hour_end = (hour_start + 3600).min(end_abs);
            let part = RecordPart {
                source,
                rank,
                start: u16::try_from(at - hour_start).unwrap_or(0),
                end: u16::try_from(hour_end - hour_start).unwrap_or(3600),
                amount: value * (hour_end - at) as f64 / length,
            };
            let slot_day = i32::try_from(hour_start.div_euclid(86_400)).unwrap_or(day);
            let slot_hour = (hour_start.rem_euclid(86_400) / 3600) as u8;
            self.slots
                .entry((slot_day, slot_hour))
                .or_default()
                .push(part);
            at = hour_end;
        }
    }

    /// Per day: in each hour, sources in order of trust (ties: the larger total, since a
    /// second copy of the same walk never adds steps); each record counted for the share of
    /// its time that no better source covered.
    pub(crate) fn per_day(&self) -> BTreeMap<i32, f64> {
        let mut days = BTreeMap::new();
        for ((day, _), parts) in &self.slots {
            // The sources of this hour: (rank, total, id).
            let mut sources: Vec<(u8, f64, u16)> = Vec::new();
            for p in parts {
                match sources.iter_mut().find(|s| s.2 == p.source) {
                    Some(s) => s.1 += p.amount,
                    None => sources.push((p.rank, p.amount, p.source)),
                }
            }
            sources.sort_by(|a, b| {
                a.0.cmp(&b.0)
                    .then(b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal))
                    .then(a.2.cmp(&b.2))
            });
            let mut covered: Vec<(u16, u16)> = Vec::new();
            let mut total = 0.0;
            for (_, _, source) in sources {
                let mine: Vec<&RecordPart> = parts.iter().filter(|p| p.source == source).collect();
                // Every part spans at least a second (`add_span` gives a record without a
                // duration its first second).
                for p in &mine {
                    let length = u32::from(p.end - p.start).max(1);
                    let taken = overlap(&covered, p.start, p.end).min(length);
                    total += p.amount * f64::from(length - taken) / f64::from(length);
                }
                for p in mine {
                    merge(&mut covered, p.start, p.end);
                }
            }
            *days.entry(*day).or_insert(0.0) += total;
        }
        days
    }
}

/// Sleep records (seconds since the epoch) per night and source, asleep or awake, counted
/// the way the Health app counts: the most trusted source's asleep time, and a lesser
/// source's only where no better source recorded anything (asleep or awake); overlapping
/// records count once.
#[derive(Default)]
pub(crate) struct Sleep {
    nights: HashMap<i32, Vec<SleepRecord>>,
}

#[derive(Debug, Clone, Copy)]
struct SleepRecord {
    source: u16,
    rank: u8,
    start: i64,
    end: i64,
    asleep: bool,
}

/// Sorted, disjoint spans covering `spans`.
pub(crate) fn union(mut spans: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    spans.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

impl Sleep {
    pub(crate) fn add(
        &mut self,
        night: i32,
        source: u16,
        rank: u8,
        start: i64,
        end: i64,
        asleep: bool,
    ) {
        if end > start {
            self.nights.entry(night).or_default().push(SleepRecord {
                source,
                rank,
                start,
                end,
                asleep,
            });
        }
    }

    /// Hours asleep per night (nights whose sources recorded only awake time are left out).
    pub(crate) fn per_night(&self) -> BTreeMap<i32, f64> {
        let mut out = BTreeMap::new();
        for (night, records) in &self.nights {
            // Sources in order of trust; ties: the one with more asleep records (detail).
            let mut sources: Vec<(u8, usize, u16)> = Vec::new();
            for r in records {
                match sources.iter_mut().find(|s| s.2 == r.source) {
                    Some(s) => s.1 += usize::from(r.asleep),
                    None => sources.push((r.rank, usize::from(r.asleep), r.source)),
                }
            }
            sources
                .sort_by_key(|(rank, asleep, source)| (*rank, std::cmp::Reverse(*asleep), *source));
            let mut covered: Vec<(i64, i64)> = Vec::new();
            let mut total = 0i64;
            let mut any_asleep = false;
            for (_, _, source) in sources {
                let mine = records.iter().filter(|r| r.source == source);
                let asleep = union(
                    mine.clone()
                        .filter(|r| r.asleep)
                        .map(|r| (r.start, r.end))
                        .collect(),
                );
                for (s, e) in &asleep {
                    any_asleep = true;
                    let taken: i64 = covered
                        .iter()
                        .map(|(cs, ce)| (e.min(ce) - s.max(cs)).max(0))
                        .sum();
                    total += (e - s) - taken.min(e - s);
                }
                let mut all = covered.clone();
                all.extend(mine.map(|r| (r.start, r.end)));
                covered = union(all);
            }
            if any_asleep {
                out.insert(*night, total as f64 / 3600.0);
            }
        }
        out
    }
}

/// Sleep sessions as a tracker logs them (a start, an end and the minutes asleep between,
/// in local seconds), per night. Two logs of one night that overlap are copies of one sleep
/// (a tracker and a phone, a log edited by hand, the same sleep in two files): the longer
/// is counted, never both.
#[derive(Default)]
pub(crate) struct SleepLogs {
    nights: BTreeMap<i32, Vec<(i64, i64, f64)>>,
}

impl SleepLogs {
    pub(crate) fn add(&mut self, night: i32, start: i64, end: i64, minutes_asleep: f64) {
        if end > start && minutes_asleep.is_finite() && minutes_asleep >= 0.0 {
            self.nights
                .entry(night)
                .or_default()
                .push((start, end, minutes_asleep));
        }
    }

    /// Hours asleep per night.
    pub(crate) fn per_night(self) -> BTreeMap<i32, f64> {
        let mut hours = BTreeMap::new();
        for (night, mut logs) in self.nights {
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
            hours.insert(night, minutes / 60.0);
        }
        hours
    }
}

/// Everything one export says, gathered while reading and turned into days at the end.
#[derive(Default)]
pub(crate) struct Gathered {
    pub(crate) sources: Sources,
    pub(crate) steps: Hourly,
    pub(crate) exercise: Hourly,
    pub(crate) sleep: Sleep,
    pub(crate) water_l: BTreeMap<i32, f64>,
    pub(crate) caffeine_mg: BTreeMap<i32, f64>,
    pub(crate) workouts: BTreeMap<i32, Vec<Workout>>,
}

impl Gathered {
    pub(crate) fn into_days(self) -> BTreeMap<Date, DayTotals> {
        let mut days: BTreeMap<i32, DayTotals> = BTreeMap::new();
        for (day, v) in self.steps.per_day() {
            days.entry(day).or_default().steps = Some(v.round());
        }
        for (day, v) in self.exercise.per_day() {
            days.entry(day).or_default().exercise_min = Some(v.round());
        }
        for (night, hours) in self.sleep.per_night() {
            days.entry(night).or_default().sleep_h = Some((hours * 100.0).round() / 100.0);
        }
        for (day, v) in self.water_l {
            days.entry(day).or_default().water_l = Some((v * 100.0).round() / 100.0);
        }
        for (day, v) in self.caffeine_mg {
            days.entry(day).or_default().caffeine_mg = Some(v.round());
        }
        for (day, list) in self.workouts {
            days.entry(day).or_default().workouts = list;
        }
        days.into_iter()
            .filter_map(|(day, totals)| Some((date_of(day)?, totals)))
            .collect()
    }
}

/// The night a local moment belongs to, by day number and hour (the night rule: before
/// local noon it is still the previous evening's night).
pub(crate) fn night_of_day(day: i32, hour: u8) -> i32 {
    if i8::try_from(hour).unwrap_or(0) < crate::night::NIGHT_BOUNDARY_HOUR {
        day - 1
    } else {
        day
    }
}
