/*!
The loader half of the wearable importers (atuin's split): find the export in what the
person gave us (an archive, a folder, the bare file), stream each wanted file through the
core's parsers, and turn the per-day totals into diary changes. The CLI's `import` and the
web app's upload both come through here, so they cannot disagree.

Exports are recognised by content, never by the name they were saved under: Apple's
`export.xml` is localized, Takeout archives are split and renamed. Values become factors
with provenance `imported` written in [`Mode::Refresh`]: a newer export updates what an
older one brought, and nothing overwrites what the person typed.
*/

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use jiff::civil::Date;
use nightcramp_core::domain::{FactorKey, FactorValue, Provenance};
use nightcramp_core::factors::Builtin;
use nightcramp_core::wearables::DayTotals;
use nightcramp_core::wearables::apple_health::{ExportSummary, read_export_summarized};
use nightcramp_core::wearables::fitbit::{FileKind, FitbitReader};
use nightcramp_core::wearables::garmin::{GarminFile, GarminReader};
use nightcramp_store::{Change, Mode};

/// The largest single file we read out of a Fitbit archive. Their files are a few
/// megabytes; anything far larger is not what its name says (or is a zip bomb).
const LARGEST_FITBIT_FILE: u64 = 256 << 20;

/// Which export a file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    AppleHealth,
    Fitbit,
    Garmin,
}

impl ExportKind {
    pub fn describe(self) -> &'static str {
        match self {
            ExportKind::AppleHealth => "Apple Health export",
            ExportKind::Fitbit => "Fitbit export",
            ExportKind::Garmin => "Garmin export",
        }
    }
}

/// A wearable export, read: its kind, the days it covers, and the changes for the store.
#[derive(Debug)]
pub struct WearableImport {
    pub kind: ExportKind,
    pub days: std::collections::BTreeMap<Date, DayTotals>,
    pub changes: Vec<Change>,
    /// What was left out and why ("12 FIT activity files skipped").
    pub notes: Vec<String>,
}

/// Why a wearable export could not be read. Nothing is imported from it.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Damaged(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Progress: bytes read so far out of `total` (the size of what is being read, if known).
pub trait Progress {
    fn start(&mut self, _what: &str, _total: Option<u64>) {}
    fn advance(&mut self, _read: u64) {}
    fn finish(&mut self) {}
}

/// No progress shown.
pub struct Quiet;
impl Progress for Quiet {}

fn damaged(what: impl std::fmt::Display) -> ImportError {
    ImportError::Damaged(what.to_string())
}

/// Reads `path` if it is a wearable export (an Apple Health zip or XML, a Fitbit or
/// Takeout zip, a folder holding Fitbit files, or one Fitbit JSON file). `Ok(None)`
/// when it is something else, for the other importers to try. `zone` is the person's:
/// Fitbit's minute steps are in UTC and are placed on its days.
pub fn read_wearable(
    path: &Path,
    zone: &jiff::tz::TimeZone,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    if path.is_dir() {
        return read_fitbit_folder(path, zone, progress);
    }
    let mut head = [0u8; 4096];
    let n = File::open(path)?.read(&mut head)?;
    let head = head.get(..n).unwrap_or_default();
    let name = path.display().to_string();
    let total = std::fs::metadata(path).ok().map(|m| m.len());
    let contains = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if head.starts_with(b"PK\x03\x04") {
        let archive = zip::ZipArchive::new(BufReader::new(File::open(path)?))
            .map_err(|e| damaged(format!("{name}: not a readable zip archive: {e}")))?;
        return read_archive(archive, &name, zone, progress);
    }
    if contains(b"<HealthData") || contains(b"<!DOCTYPE HealthData") {
        progress.start(&name, total);
        let (days, summary) =
            read_export_summarized(File::open(path)?, |read| progress.advance(read))
                .map_err(|e| damaged(format!("{name}: {e}")))?;
        progress.finish();
        return apple_days(&name, days, &summary).map(Some);
    }
    if FileKind::of(&name).is_some() {
        let mut reader = FitbitReader::in_zone(zone.clone());
        reader
            .add_file(&name, &std::fs::read(path)?)
            .map_err(damaged)?;
        return Ok(Some(finish(ExportKind::Fitbit, reader.finish())));
    }
    Ok(None)
}

fn read_archive<R: Read + Seek + Send>(
    mut archive: zip::ZipArchive<R>,
    name: &str,
    zone: &jiff::tz::TimeZone,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    let entry_error = |i: usize, e: &dyn std::fmt::Display| {
        damaged(format!("{name}: damaged archive entry {i}: {e}"))
    };
    // Apple: the export's name is localized (export.xml, Export.xml, exportieren.xml...):
    // find it by content. Fitbit: its files are named by kind.
    let mut apple = None;
    let mut fitbit = Vec::new();
    let mut garmin = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| entry_error(i, &e))?;
        let entry_name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        if FileKind::of(&entry_name).is_some() {
            fitbit.push((i, entry.size()));
            continue;
        }
        if GarminFile::of(&entry_name).is_some() {
            garmin.push((i, entry.size()));
            continue;
        }
        if !entry_name.to_ascii_lowercase().ends_with(".xml") || apple.is_some() {
            continue;
        }
        let mut start = vec![0u8; 64 * 1024];
        let n = entry
            .read(&mut start)
            .map_err(|e| damaged(format!("{name}: damaged archive entry {entry_name}: {e}")))?;
        if start
            .get(..n)
            .is_some_and(|s| s.windows(11).any(|w| w == b"<HealthData"))
        {
            apple = Some((i, entry.size()));
        }
    }
    if let Some((index, size)) = apple {
        let entry = archive
            .by_index(index)
            .map_err(|e| entry_error(index, &e))?;
        progress.start(name, Some(size));
        let (days, summary) = inflate_beside(entry, |inflated| {
            read_export_summarized(inflated, |read| progress.advance(read))
        })
        .map_err(|e| damaged(format!("{name}: {e}")))?;
        progress.finish();
        return apple_days(name, days, &summary).map(Some);
    }
    if fitbit.is_empty() && !garmin.is_empty() {
        return read_garmin_entries(&mut archive, name, &garmin, progress).map(Some);
    }
    if fitbit.is_empty() {
        return Ok(None);
    }
    let mut reader = FitbitReader::in_zone(zone.clone());
    read_small_entries(
        &mut archive,
        name,
        &fitbit,
        "Fitbit files",
        progress,
        |entry, bytes| reader.add_file(entry, bytes).map_err(damaged),
    )?;
    Ok(Some(finish(ExportKind::Fitbit, reader.finish())))
}

/// Reads the archive's small per-day files (Fitbit's, Garmin's: a few megabytes each, so
/// anything far larger is not one, or is a zip bomb) and hands each to `add` with its
/// name, showing progress by bytes.
fn read_small_entries<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    entries: &[(usize, u64)],
    what: &str,
    progress: &mut dyn Progress,
    mut add: impl FnMut(&str, &[u8]) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    progress.start(name, Some(entries.iter().map(|(_, size)| size).sum()));
    let mut read = 0u64;
    for &(index, size) in entries {
        let entry = archive
            .by_index(index)
            .map_err(|e| damaged(format!("{name}: damaged archive entry {index}: {e}")))?;
        let entry_name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        if size > LARGEST_FITBIT_FILE {
            return Err(damaged(format!(
                "{name}: {entry_name} is {} MB; {what} are a few MB, so this is not one",
                size >> 20
            )));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        entry
            .take(LARGEST_FITBIT_FILE)
            .read_to_end(&mut bytes)
            .map_err(|e| damaged(format!("{name}: damaged archive entry {entry_name}: {e}")))?;
        add(&format!("{name}: {entry_name}"), &bytes)?;
        read += size;
        progress.advance(read);
    }
    progress.finish();
    Ok(())
}

/// A Garmin export's files out of its archive: the FIT activity files are counted unread.
fn read_garmin_entries<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    entries: &[(usize, u64)],
    progress: &mut dyn Progress,
) -> Result<WearableImport, ImportError> {
    let mut reader = GarminReader::new();
    let mut files = Vec::new();
    for &(index, size) in entries {
        let entry_name = archive
            .by_index(index)
            .map_err(|e| damaged(format!("{name}: damaged archive entry {index}: {e}")))?
            .name()
            .map(|n| n.to_string())
            .unwrap_or_default();
        if GarminFile::of(&entry_name) == Some(GarminFile::Activity) {
            reader.add_file(&entry_name, &[]).map_err(damaged)?;
        } else {
            files.push((index, size));
        }
    }
    read_small_entries(
        archive,
        name,
        &files,
        "Garmin's daily files",
        progress,
        |entry, bytes| reader.add_file(entry, bytes).map_err(damaged),
    )?;
    Ok(garmin_import(reader))
}

/// A Garmin reader's days, with what it skipped said.
fn garmin_import(reader: GarminReader) -> WearableImport {
    let skipped = reader.skipped_activities;
    let mut found = finish(ExportKind::Garmin, reader.finish());
    if skipped > 0 {
        found.notes.push(format!(
            "{skipped} FIT activity file{} skipped: their minutes are already in Garmin's daily summaries",
            if skipped == 1 { "" } else { "s" }
        ));
    }
    found
}

/// Runs `read` on `source` while a second thread fills the buffers it reads from. Inflating
/// a zip entry costs about as much as scanning it, so on two cores this nearly doubles the
/// speed of importing a zipped export. Memory: four 1 MB chunks in flight.
fn inflate_beside<S: Read + Send, T>(mut source: S, read: impl FnOnce(&mut ChunkReader) -> T) -> T {
    const CHUNK: usize = 1 << 20;
    let (send, receive) = std::sync::mpsc::sync_channel::<std::io::Result<Vec<u8>>>(4);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            loop {
                let mut chunk = vec![0u8; CHUNK];
                let mut filled = 0;
                // Fill the chunk (zip readers return small pieces).
                let result = loop {
                    match source.read(chunk.get_mut(filled..).unwrap_or_default()) {
                        Ok(0) => break Ok(()),
                        Ok(n) => {
                            filled += n;
                            if filled == CHUNK {
                                break Ok(());
                            }
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(e) => break Err(e),
                    }
                };
                chunk.truncate(filled);
                let done = filled == 0 || result.is_err();
                let message = result.map(|()| chunk);
                // The reader stopped early (an error): nobody listens any more.
                if send.send(message).is_err() || done {
                    return;
                }
            }
        });
        let mut reader = ChunkReader {
            receive,
            current: Vec::new(),
            at: 0,
        };
        read(&mut reader)
        // Dropping `reader` here (end of scope) ends the inflating thread's sends.
    })
}

/// The reading end of [`inflate_beside`].
struct ChunkReader {
    receive: std::sync::mpsc::Receiver<std::io::Result<Vec<u8>>>,
    current: Vec<u8>,
    at: usize,
}

impl Read for ChunkReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at >= self.current.len() {
            match self.receive.recv() {
                Ok(Ok(chunk)) => {
                    self.current = chunk;
                    self.at = 0;
                }
                Ok(Err(e)) => return Err(e),
                // The inflating thread has finished: the end of the entry.
                Err(_) => return Ok(0),
            }
        }
        let rest = self.current.get(self.at..).unwrap_or_default();
        let n = rest.len().min(buf.len());
        if let (Some(to), Some(from)) = (buf.get_mut(..n), rest.get(..n)) {
            to.copy_from_slice(from);
        }
        self.at += n;
        Ok(n)
    }
}

fn read_fitbit_folder(
    dir: &Path,
    zone: &jiff::tz::TimeZone,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    let mut files = Vec::new();
    let mut garmin = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if FileKind::of(&path.to_string_lossy()).is_some() {
                files.push(path);
            } else if GarminFile::of(&path.to_string_lossy()).is_some() {
                garmin.push(path);
            }
        }
    }
    if files.is_empty() && !garmin.is_empty() {
        garmin.sort();
        let mut reader = GarminReader::new();
        for file in garmin {
            let name = file.display().to_string();
            let bytes = if GarminFile::of(&name) == Some(GarminFile::Activity) {
                Vec::new()
            } else {
                std::fs::read(&file)?
            };
            reader.add_file(&name, &bytes).map_err(damaged)?;
        }
        return Ok(Some(garmin_import(reader)));
    }
    if files.is_empty() {
        return Ok(None);
    }
    files.sort();
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    progress.start(&dir.display().to_string(), Some(total));
    let mut reader = FitbitReader::in_zone(zone.clone());
    let mut read = 0u64;
    for file in files {
        let bytes = std::fs::read(&file)?;
        read += bytes.len() as u64;
        reader
            .add_file(&file.display().to_string(), &bytes)
            .map_err(damaged)?;
        progress.advance(read);
    }
    progress.finish();
    Ok(Some(finish(ExportKind::Fitbit, reader.finish())))
}

/// The diary changes for a wearable's per-day totals: steps, exercise minutes (or the
/// workouts' minutes), sleep hours for the night, water, and caffeine as a custom factor.
/// Values are clamped to what the diary accepts.
pub fn changes_for(days: &std::collections::BTreeMap<Date, DayTotals>) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut put = |date: Date, key: FactorKey, value: f64| {
        changes.push(Change::PutFactor {
            date,
            key,
            value: FactorValue::Number(value),
            source: Provenance::Imported,
            mode: Mode::Refresh,
        });
    };
    for (date, day) in days {
        if let Some(v) = day.steps {
            put(*date, FactorKey::Builtin(Builtin::Steps), v.min(200_000.0));
        }
        let workout_minutes: f64 = day.workouts.iter().map(|w| w.minutes).sum();
        if let Some(v) = day
            .exercise_min
            .or((workout_minutes > 0.0).then_some(workout_minutes.round()))
        {
            put(
                *date,
                FactorKey::Builtin(Builtin::ExerciseMin),
                v.min(1440.0),
            );
        }
        if let Some(v) = day.sleep_h {
            put(*date, FactorKey::Builtin(Builtin::SleepH), v.min(24.0));
        }
        if let Some(v) = day.water_l {
            put(*date, FactorKey::Builtin(Builtin::WaterL), v.min(20.0));
        }
        if let Some(v) = day.caffeine_mg {
            put(*date, FactorKey::Custom("caffeine mg".into()), v);
        }
    }
    changes
}

/// An Apple export's days, or, when it held records but none became a diary value, why:
/// never "0 days" in silence.
fn apple_days(
    name: &str,
    days: std::collections::BTreeMap<Date, DayTotals>,
    summary: &ExportSummary,
) -> Result<WearableImport, ImportError> {
    if !days.is_empty() {
        return Ok(finish(ExportKind::AppleHealth, days));
    }
    let records = summary.records();
    if records == 0 {
        return Err(damaged(format!(
            "{name}: an Apple Health export with no records in it. Export again from the Health app (your picture, then Export All Health Data) and import the zip it makes"
        )));
    }
    let undated = if summary.undated > 0 {
        format!(
            ". {} of its step, exercise, sleep, water or caffeine records have start dates in a form nightcramp does not know, so none could be placed on a day",
            summary.undated
        )
    } else {
        String::new()
    };
    Err(damaged(format!(
        "{name}: an Apple Health export with {records} records ({}), none of which becomes a diary value: nightcramp reads steps, exercise minutes, workouts, sleep, water and caffeine{undated}",
        summary.kinds()
    )))
}

fn finish(kind: ExportKind, days: std::collections::BTreeMap<Date, DayTotals>) -> WearableImport {
    let changes = changes_for(&days);
    WearableImport {
        kind,
        days,
        changes,
        notes: Vec::new(),
    }
}
