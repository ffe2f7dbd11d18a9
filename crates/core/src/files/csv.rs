/*!
`episodes.csv` and `days.csv`, read and written exactly as diary.md describes them.

Reading is strict about the header (an unknown column is reported, because a misspelt
`intensty` would otherwise silently drop a whole column of data) and forgiving about cells
(surrounding spaces, `yes`/`no` booleans, a byte-order mark from spreadsheet programs).
Writing adds two optional columns the contract allows us to add: `time_zone` and `id`, so an
exported file re-imports without duplicates even after edits.
*/

use crate::input::InvalidValue;
use crate::language::Message;
use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{BadRow, FileKind, ParsedFile, Record, UnreadableFile};
use crate::domain::{CheckIn, Diary, Episode, FactorKey, format_number};
use crate::factors::{Builtin, parse_bool, parse_factor_key, parse_value};
use crate::input::{CrampInput, DurationStyle, EntryContext, natural_checkin_id, parse_date};

/// Columns of `episodes.csv` in the order we write them.
pub const EPISODE_COLUMNS: &[&str] = &[
    "started_at",
    "duration_s",
    "muscle",
    "side",
    "intensity",
    "woke",
    "soreness_h",
    "relief",
    "notes",
    "time_zone",
    "id",
];

const EPISODE_REQUIRED: &[&str] = &["started_at", "duration_s", "muscle", "side", "intensity"];

fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes)
}

fn reader(bytes: &[u8]) -> ::csv::Reader<&[u8]> {
    let bytes = without_bom(bytes);
    ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(::csv::Trim::All)
        .from_reader(bytes)
}

/// The line a row starts on, from its byte offset: the csv crate's own line count drifts
/// with Windows line ends and blank lines, so a bad row was named a line early.
/// Rows come in order, so the count goes on from the last one.
struct LineOf<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl LineOf<'_> {
    fn at(&mut self, position: Option<&::csv::Position>) -> u64 {
        let Some(byte) = position.and_then(|p| usize::try_from(p.byte()).ok()) else {
            return 0;
        };
        let mut byte = byte.min(self.bytes.len());
        // A row's offset can point at the blank lines skipped before it; no row begins
        // with a line end, so the row itself starts after them.
        while matches!(self.bytes.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        if byte >= self.offset {
            self.line += memchr::memchr_iter(b'\n', &self.bytes[self.offset..byte]).count() as u64;
            self.offset = byte;
        }
        self.line
    }
}

/// Reads every row, counting it; rows that cannot be read or have the wrong number of cells
/// become bad rows here, so the parsers below only see rows of the header's width.
fn well_formed_rows(
    file: &str,
    bytes: &[u8],
    rdr: &mut ::csv::Reader<&[u8]>,
    width: usize,
    parsed: &mut ParsedFile,
) -> Vec<(u64, ::csv::StringRecord)> {
    let mut rows = Vec::new();
    let mut lines = LineOf {
        bytes: without_bom(bytes),
        offset: 0,
        line: 1,
    };
    for result in rdr.records() {
        parsed.rows += 1;
        let (line, problem) = match result {
            Ok(row) if row.len() == width => {
                rows.push((lines.at(row.position()), row));
                continue;
            }
            Ok(row) => (
                lines.at(row.position()),
                Message::new("file.cells")
                    .with("cells", row.len())
                    .with("width", width),
            ),
            Err(e) => (
                lines.at(e.position()),
                Message::new("file.unreadable_row").with("detail", e),
            ),
        };
        parsed.bad_rows.push(BadRow {
            file: file.to_string(),
            line,
            column: String::new(),
            reason: problem,
        });
    }
    rows
}

/// The header row, or why it cannot be read (line 1).
fn header_row(
    file: &str,
    rdr: &mut ::csv::Reader<&[u8]>,
) -> Result<::csv::StringRecord, UnreadableFile> {
    rdr.headers().cloned().map_err(|e| {
        header_error(
            file,
            "",
            Message::new("file.unreadable_header").with("detail", e),
        )
    })
}

fn header_error(file: &str, column: &str, reason: Message) -> UnreadableFile {
    UnreadableFile::Bad(BadRow {
        file: file.to_string(),
        line: 1,
        column: column.to_string(),
        reason,
    })
}

/// Parses `episodes.csv`.
pub fn parse_episodes_csv(
    file: &str,
    bytes: &[u8],
    entry: EntryContext<'_>,
) -> Result<ParsedFile, UnreadableFile> {
    let mut rdr = reader(bytes);
    let headers: Vec<String> = header_row(file, &mut rdr)?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    for (i, h) in headers.iter().enumerate() {
        if !EPISODE_COLUMNS.contains(&h.as_str()) {
            return Err(header_error(
                file,
                h,
                Message::new("file.unknown_column").with("list", EPISODE_COLUMNS.join(", ")),
            ));
        }
        if headers[..i].contains(h) {
            return Err(header_error(file, h, Message::new("file.twice")));
        }
    }
    for required in EPISODE_REQUIRED {
        if !headers.iter().any(|h| h == required) {
            return Err(header_error(
                file,
                required,
                Message::new("file.required_column").with("list", EPISODE_REQUIRED.join(", ")),
            ));
        }
    }

    let mut parsed = ParsedFile::empty(FileKind::EpisodesCsv);
    for (line, row) in well_formed_rows(file, bytes, &mut rdr, headers.len(), &mut parsed) {
        let cell = |name: &str| -> Option<String> {
            headers
                .iter()
                .position(|h| h == name)
                .and_then(|i| row.get(i))
                .map(str::to_string)
        };
        let input = CrampInput {
            id: cell("id"),
            started_at: cell("started_at"),
            duration: cell("duration_s"),
            muscle: cell("muscle"),
            side: cell("side"),
            intensity: cell("intensity"),
            woke: cell("woke"),
            soreness_h: cell("soreness_h"),
            relief: cell("relief"),
            notes: cell("notes"),
        };
        // A time_zone column names where the person was; it overrides the profile zone.
        let row_zone = cell("time_zone")
            .filter(|z| !z.trim().is_empty())
            .map(|name| {
                TimeZone::get(name.trim()).map_err(|_| BadRow {
                    file: file.to_string(),
                    line,
                    column: "time_zone".into(),
                    reason: InvalidValue::new(name, Message::new("allowed.time_zone")).message(),
                })
            })
            .transpose();
        let row_zone = match row_zone {
            Ok(z) => z,
            Err(bad) => {
                parsed.bad_rows.push(bad);
                continue;
            }
        };
        let row_entry = EntryContext {
            zone: row_zone.as_ref().or(entry.zone),
            now: entry.now,
        };
        match input.validate(row_entry, DurationStyle::Seconds) {
            Ok(episode) => parsed.records.push(Record::Episode(episode)),
            Err(e) => parsed.bad_rows.push(BadRow {
                file: file.to_string(),
                line,
                column: e.field.clone(),
                reason: reason_of(&e.value, &e.allowed),
            }),
        }
    }
    // Rows of the wrong shape were reported while reading; put every report in file order.
    parsed.bad_rows.sort_by_key(|b| b.line);
    Ok(parsed)
}

fn reason_of(value: &str, allowed: &Message) -> Message {
    if value.is_empty() {
        Message::new("input.missing").with_message("allowed", allowed.clone())
    } else {
        InvalidValue::new(value, allowed.clone()).message()
    }
}

/// Parses `days.csv`: `date` first, then factor columns in any order, `custom:NAME` for a
/// person's own. `night_checked = true` becomes a check-in for the night after that date.
pub fn parse_days_csv(
    file: &str,
    bytes: &[u8],
    entry: EntryContext<'_>,
) -> Result<ParsedFile, UnreadableFile> {
    let today = entry.today();
    let mut rdr = reader(bytes);
    let raw_headers: Vec<String> = header_row(file, &mut rdr)?
        .iter()
        .map(str::to_string)
        .collect();
    let mut keys: Vec<DayColumn> = Vec::new();
    for h in raw_headers.iter().skip(1) {
        let lowered = if h.starts_with("custom:") {
            h.clone()
        } else {
            h.to_ascii_lowercase()
        };
        let key = match lowered.as_str() {
            "night_checked" => DayColumn::NightChecked,
            SLEEP_DISTURBANCE_COLUMN => DayColumn::SleepDisturbance,
            _ => DayColumn::Factor(parse_factor_key(&lowered).map_err(|e| {
                header_error(
                    file,
                    h,
                    Message::new("file.unknown_day_column")
                        .with_message("allowed", e.allowed)
                        .with("disturbance", SLEEP_DISTURBANCE_COLUMN),
                )
            })?),
        };
        if keys.contains(&key) {
            return Err(header_error(file, h, Message::new("file.twice")));
        }
        keys.push(key);
    }

    let mut parsed = ParsedFile::empty(FileKind::DaysCsv);
    for (line, row) in well_formed_rows(file, bytes, &mut rdr, keys.len() + 1, &mut parsed) {
        let bad = |column: &str, reason: Message| BadRow {
            file: file.to_string(),
            line,
            column: column.to_string(),
            reason,
        };
        let date_text = row.get(0).unwrap_or_default();
        let date = match parse_date(date_text).and_then(|d| crate::when::check_date(d, today)) {
            Ok(d) => d,
            Err(e) => {
                parsed
                    .bad_rows
                    .push(bad("date", reason_of(&e.value, &e.allowed)));
                continue;
            }
        };
        // A row is all-or-nothing: one bad cell rejects the row.
        let mut row_records = Vec::new();
        let mut checked = false;
        let mut disturbance = None;
        let mut row_error = None;
        for (column, text) in keys.iter().zip(row.iter().skip(1)) {
            if text.is_empty() {
                continue; // Not recorded: unknown, never zero.
            }
            let outcome = match column {
                DayColumn::NightChecked => parse_bool(text).map(|v| checked |= v),
                DayColumn::SleepDisturbance => {
                    parse_disturbance(text).map(|v| disturbance = Some(v))
                }
                DayColumn::Factor(key) => parse_value(key, text).map(|value| {
                    row_records.push(Record::Factor {
                        date,
                        key: key.clone(),
                        value,
                        imported: true,
                        import_said: None,
                    })
                }),
            };
            if let Err(e) = outcome {
                row_error = Some(bad(&column.name(), reason_of(&e.value, &e.allowed)));
                break;
            }
        }
        if checked || disturbance.is_some() {
            row_records.push(Record::CheckIn(CheckIn {
                id: natural_checkin_id(date),
                night: date,
                sleep_disturbance: disturbance,
                recorded_at: None,
            }));
        }
        match row_error {
            Some(e) => parsed.bad_rows.push(e),
            None => parsed.records.extend(row_records),
        }
    }
    // Rows of the wrong shape were reported while reading; put every report in file order.
    parsed.bad_rows.sort_by_key(|b| b.line);
    Ok(parsed)
}

/// An extra, optional `days.csv` column: how much cramps disturbed the night after that
/// date, 0 to 10. It implies the night was checked.
pub const SLEEP_DISTURBANCE_COLUMN: &str = "sleep_disturbance";

#[derive(Debug, Clone, PartialEq)]
enum DayColumn {
    Factor(FactorKey),
    NightChecked,
    SleepDisturbance,
}

impl DayColumn {
    fn name(&self) -> String {
        match self {
            DayColumn::Factor(key) => key.column(),
            DayColumn::NightChecked => "night_checked".into(),
            DayColumn::SleepDisturbance => SLEEP_DISTURBANCE_COLUMN.into(),
        }
    }
}

/// Sleep disturbance on the 0-10 diary scale of Sebo 2019 [S16].
pub fn parse_disturbance(text: &str) -> Result<u8, crate::input::InvalidValue> {
    match text.trim().parse::<u8>() {
        Ok(v) if v <= 10 => Ok(v),
        _ => Err(crate::input::InvalidValue::new(
            text,
            Message::new("allowed.disturbance"),
        )),
    }
}

/// Writes `episodes.csv`.
pub fn write_episodes_csv(episodes: &[Episode]) -> Result<Vec<u8>, ::csv::Error> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(EPISODE_COLUMNS)?;
    for e in episodes {
        let relief = e
            .relief
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(";");
        w.write_record([
            e.started_at_rfc3339(),
            e.duration_s.to_string(),
            e.muscle.to_string(),
            e.side.to_string(),
            e.intensity.to_string(),
            e.woke.map(|w| w.to_string()).unwrap_or_default(),
            e.soreness_h.map(format_number).unwrap_or_default(),
            relief,
            e.notes.clone().unwrap_or_default(),
            e.time_zone.clone().unwrap_or_default(),
            e.id.to_string(),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// Writes `days.csv`: every built-in factor column, then the custom ones the diary uses,
/// one row per date that has any factor or a check-in.
pub fn write_days_csv(diary: &Diary) -> Result<Vec<u8>, ::csv::Error> {
    let mut customs: Vec<FactorKey> = diary
        .days
        .iter()
        .flat_map(|d| d.factors.keys())
        .filter(|k| matches!(k, FactorKey::Custom(_)))
        .cloned()
        .collect();
    customs.sort();
    customs.dedup();
    let columns: Vec<FactorKey> = Builtin::ALL
        .iter()
        .map(|b| FactorKey::Builtin(*b))
        .chain(customs)
        .collect();

    let mut rows: BTreeMap<Date, Vec<String>> = BTreeMap::new();
    for day in &diary.days {
        let cells = columns
            .iter()
            .map(|k| {
                day.factors
                    .get(k)
                    .map(|f| csv_value(&f.value))
                    .unwrap_or_default()
            })
            .collect();
        rows.insert(day.date, cells);
    }
    // The last cell of every row is sleep_disturbance.
    for cells in rows.values_mut() {
        cells.push(String::new());
    }
    let checked_index = columns
        .iter()
        .position(|k| *k == FactorKey::Builtin(Builtin::NightChecked));
    for checkin in &diary.checkins {
        let cells = rows
            .entry(checkin.night)
            .or_insert_with(|| vec![String::new(); columns.len() + 1]);
        if let Some(cell) = checked_index.and_then(|i| cells.get_mut(i)) {
            *cell = "true".into();
        }
        if let (Some(d), Some(cell)) = (checkin.sleep_disturbance, cells.last_mut()) {
            *cell = d.to_string();
        }
    }

    let mut w = ::csv::Writer::from_writer(Vec::new());
    let header: Vec<String> = std::iter::once("date".to_string())
        .chain(columns.iter().map(FactorKey::column))
        .chain(std::iter::once(SLEEP_DISTURBANCE_COLUMN.to_string()))
        .collect();
    w.write_record(&header)?;
    for (date, cells) in rows {
        w.write_record(std::iter::once(date.to_string()).chain(cells))?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

fn csv_value(value: &crate::domain::FactorValue) -> String {
    match value {
        crate::domain::FactorValue::Bool(b) => b.to_string(),
        crate::domain::FactorValue::Number(n) => format_number(*n),
        crate::domain::FactorValue::Choice(c) => c.clone(),
    }
}
