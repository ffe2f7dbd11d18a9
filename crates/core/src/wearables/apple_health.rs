/*!
Apple Health's `export.xml`, read as a stream: steps, exercise minutes and workouts per day,
hours asleep per night, and water and caffeine when present.

The file can be gigabytes, so it is never held: records are read one at a time and folded
into per-day totals. Real exports are messy, and this reader survives it:
- the DTD some iOS versions ship is malformed, so everything before `<HealthData` is
  skipped unread;
- device strings hold characters XML 1.0 forbids; they are replaced by spaces on the way in;
- records nested in `<Correlation>` are read like any other;
- the same steps or sleep recorded by several sources (a Watch and an iPhone, a sleep app)
  are counted once: for every hour (steps, exercise) or night (sleep), one source is taken,
  the Watch before the phone before anything else, as Apple Health itself prefers.

Each record's own UTC offset decides its local day, so travel and clock changes put steps
on the day they were walked.
*/

use std::collections::BTreeMap;
use std::io::{BufRead, Read};

use jiff::civil::Date;
use jiff::tz::Offset;
use jiff::{SignedDuration, Timestamp};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::night::night_of;

/// Why an export could not be read. Nothing is imported from a file that fails.
#[derive(Debug, thiserror::Error)]
pub enum AppleHealthError {
    #[error("not an Apple Health export: no <HealthData> element in the first {0} bytes")]
    NotAnExport(usize),
    #[error("the export is damaged near byte {position}: {detail}")]
    Xml { position: u64, detail: String },
    #[error(
        "the export ends early (truncated?) near byte {0}: </HealthData> never came, so nothing was imported"
    )]
    Truncated(u64),
    #[error("could not read the export: {0}")]
    Io(#[from] std::io::Error),
}

/// How much a source is trusted for a span: the Watch (worn all day), then the phone, then
/// any other app. Lower is better.
fn source_rank(source: &str, device: &str) -> u8 {
    let text = format!("{source} {device}").to_lowercase();
    if text.contains("watch") {
        0
    } else if text.contains("iphone") {
        1
    } else {
        2
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

/// Samples of one kind, kept per (day, hour) and source until the stream ends.
#[derive(Default)]
struct Hourly {
    /// (date, hour) -> source -> (rank, total)
    slots: BTreeMap<(Date, i8), BTreeMap<String, (u8, f64)>>,
}

impl Hourly {
    fn add(&mut self, date: Date, hour: i8, source: &str, rank: u8, value: f64) {
        let entry = self
            .slots
            .entry((date, hour))
            .or_default()
            .entry(source.to_string())
            .or_insert((rank, 0.0));
        entry.1 += value;
    }

    /// For each hour, the best-ranked source's total (ties: the larger count, since a
    /// second copy of the same walk never adds steps).
    fn per_day(&self) -> BTreeMap<Date, f64> {
        let mut days = BTreeMap::new();
        for ((date, _), sources) in &self.slots {
            let best = sources.values().min_by(|a, b| {
                a.0.cmp(&b.0)
                    .then(b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal))
            });
            if let Some((_, total)) = best {
                *days.entry(*date).or_insert(0.0) += total;
            }
        }
        days
    }
}

/// One source's asleep intervals in a night, with the source's rank.
type SourceIntervals = (u8, Vec<(Timestamp, Timestamp)>);

/// Asleep intervals per night and source; minutes are counted once through a union.
#[derive(Default)]
struct Sleep {
    nights: BTreeMap<Date, BTreeMap<String, SourceIntervals>>,
}

impl Sleep {
    fn add(&mut self, night: Date, source: &str, rank: u8, start: Timestamp, end: Timestamp) {
        self.nights
            .entry(night)
            .or_default()
            .entry(source.to_string())
            .or_insert((rank, Vec::new()))
            .1
            .push((start, end));
    }

    fn per_night(&self) -> BTreeMap<Date, f64> {
        let mut out = BTreeMap::new();
        for (night, sources) in &self.nights {
            let Some((_, intervals)) = sources
                .values()
                .min_by_key(|(rank, v)| (*rank, std::cmp::Reverse(v.len())))
            else {
                continue;
            };
            let mut sorted = intervals.clone();
            sorted.sort();
            let mut total = SignedDuration::ZERO;
            let mut current: Option<(Timestamp, Timestamp)> = None;
            for (s, e) in sorted {
                current = match current {
                    Some((cs, ce)) if s <= ce => Some((cs, ce.max(e))),
                    Some((cs, ce)) => {
                        total += ce.duration_since(cs);
                        Some((s, e))
                    }
                    None => Some((s, e)),
                };
            }
            if let Some((cs, ce)) = current {
                total += ce.duration_since(cs);
            }
            out.insert(*night, total.as_secs_f64() / 3600.0);
        }
        out
    }
}

/// Replaces bytes XML 1.0 forbids (control characters other than tab, newline, carriage
/// return) with spaces, as the stream passes.
pub struct XmlSafe<R> {
    inner: R,
}

impl<R: Read> Read for XmlSafe<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for b in buf.iter_mut().take(n) {
            if *b < 0x20 && !matches!(*b, b'\t' | b'\n' | b'\r') {
                *b = b' ';
            }
        }
        Ok(n)
    }
}

/// Everything from `<HealthData` on: the DTD before it, which some iOS versions ship
/// malformed, is skipped unread.
fn after_dtd<R: Read>(mut reader: R) -> Result<impl BufRead, AppleHealthError> {
    const LIMIT: usize = 1 << 20;
    const MARK: &[u8] = b"<HealthData";
    let mut head: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        if let Some(pos) = head.windows(MARK.len()).position(|w| w == MARK) {
            let rest = head.split_off(pos);
            return Ok(std::io::BufReader::with_capacity(
                256 * 1024,
                std::io::Cursor::new(rest).chain(reader),
            ));
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

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// "2026-11-01 08:00:00 +0100" -> the instant and the offset it was written with.
fn parse_date(text: &str) -> Option<(Timestamp, Offset)> {
    let zoned = jiff::fmt::strtime::parse("%Y-%m-%d %H:%M:%S %z", text).ok()?;
    let offset = zoned.offset()?;
    let at = offset.to_timestamp(zoned.to_datetime().ok()?).ok()?;
    Some((at, offset))
}

/// Reads an `export.xml` stream. `progress` is told how many bytes have been read.
pub fn read_export<R: Read>(
    reader: R,
    mut progress: impl FnMut(u64),
) -> Result<BTreeMap<Date, DayTotals>, AppleHealthError> {
    let mut xml = Reader::from_reader(after_dtd(XmlSafe { inner: reader })?);
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut steps = Hourly::default();
    let mut exercise = Hourly::default();
    let mut sleep = Sleep::default();
    let mut water: BTreeMap<Date, f64> = BTreeMap::new();
    let mut caffeine: BTreeMap<Date, f64> = BTreeMap::new();
    let mut workouts: BTreeMap<Date, Vec<Workout>> = BTreeMap::new();
    let mut last_progress = 0u64;
    let mut complete = false;
    loop {
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| AppleHealthError::Xml {
                position: xml.buffer_position(),
                detail: e.to_string(),
            })?;
        match event {
            Event::Eof => break,
            Event::End(e) if e.name().as_ref() == "HealthData" => complete = true,
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "Record" => {
                    let (Some(kind), Some(start)) = (
                        attr(&e, "type"),
                        attr(&e, "startDate").as_deref().and_then(parse_date),
                    ) else {
                        continue;
                    };
                    let end = attr(&e, "endDate")
                        .as_deref()
                        .and_then(parse_date)
                        .map_or(start.0, |x| x.0);
                    let source = attr(&e, "sourceName").unwrap_or_default();
                    let rank = source_rank(&source, &attr(&e, "device").unwrap_or_default());
                    let local = start.1.to_datetime(start.0);
                    let value = attr(&e, "value");
                    let number = value
                        .as_deref()
                        .and_then(|v| v.parse::<f64>().ok())
                        .filter(|v| v.is_finite() && *v >= 0.0);
                    match kind.as_str() {
                        "HKQuantityTypeIdentifierStepCount" => {
                            if let Some(v) = number {
                                steps.add(local.date(), local.hour(), &source, rank, v);
                            }
                        }
                        "HKQuantityTypeIdentifierAppleExerciseTime" => {
                            if let Some(v) = number {
                                exercise.add(local.date(), local.hour(), &source, rank, v);
                            }
                        }
                        "HKCategoryTypeIdentifierSleepAnalysis"
                            // Asleep states only: in bed and awake are not sleep.
                            if value.as_deref().is_some_and(|v| {
                                v.starts_with("HKCategoryValueSleepAnalysisAsleep")
                            }) && end > start.0
                            => {
                                sleep.add(night_of(start.0, start.1), &source, rank, start.0, end);
                            }
                        "HKQuantityTypeIdentifierDietaryWater" => {
                            if let Some(v) = number {
                                let litres = match attr(&e, "unit").as_deref() {
                                    Some("L") => v,
                                    Some("fl_oz_us") => v * 0.029_573_5,
                                    _ => v / 1000.0, // mL, Apple's default
                                };
                                *water.entry(local.date()).or_insert(0.0) += litres;
                            }
                        }
                        "HKQuantityTypeIdentifierDietaryCaffeine" => {
                            if let Some(v) = number {
                                *caffeine.entry(local.date()).or_insert(0.0) += v;
                            }
                        }
                        _ => {}
                    }
                }
                "Workout" => {
                    let Some((at, offset)) = attr(&e, "startDate").as_deref().and_then(parse_date)
                    else {
                        continue;
                    };
                    let minutes = attr(&e, "duration")
                        .and_then(|d| d.parse::<f64>().ok())
                        .map(|d| match attr(&e, "durationUnit").as_deref() {
                            Some("h" | "hr") => d * 60.0,
                            Some("s") => d / 60.0,
                            _ => d,
                        });
                    let activity = attr(&e, "workoutActivityType")
                        .unwrap_or_default()
                        .trim_start_matches("HKWorkoutActivityType")
                        .to_string();
                    workouts
                        .entry(offset.to_datetime(at).date())
                        .or_default()
                        .push(Workout {
                            activity,
                            minutes: minutes.unwrap_or(0.0),
                            energy_kcal: attr(&e, "totalEnergyBurned").and_then(|v| v.parse().ok()),
                        });
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
        let position = xml.buffer_position();
        if position - last_progress >= 1 << 20 {
            progress(position);
            last_progress = position;
        }
    }
    progress(xml.buffer_position());
    if !complete {
        return Err(AppleHealthError::Truncated(xml.buffer_position()));
    }

    let mut days: BTreeMap<Date, DayTotals> = BTreeMap::new();
    for (date, v) in steps.per_day() {
        days.entry(date).or_default().steps = Some(v.round());
    }
    for (date, v) in exercise.per_day() {
        days.entry(date).or_default().exercise_min = Some(v.round());
    }
    for (night, hours) in sleep.per_night() {
        days.entry(night).or_default().sleep_h = Some((hours * 100.0).round() / 100.0);
    }
    for (date, v) in water {
        days.entry(date).or_default().water_l = Some((v * 100.0).round() / 100.0);
    }
    for (date, v) in caffeine {
        days.entry(date).or_default().caffeine_mg = Some(v.round());
    }
    for (date, list) in workouts {
        days.entry(date).or_default().workouts = list;
    }
    Ok(days)
}
