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
use nightcramp_core::language::Message;
use nightcramp_core::wearables::DayTotals;
use nightcramp_core::wearables::apple_health::{ExportSummary, read_export_summarized};
use nightcramp_core::wearables::fitbit::{FileKind, FitbitReader};
use nightcramp_core::wearables::garmin::{GarminFile, GarminReader};
use nightcramp_core::wearables::health_connect::{HealthConnectReader, Span};
use nightcramp_core::wearables::samsung::{SamsungFile, SamsungReader};
use nightcramp_store::{Change, Mode};

/// The largest single file we read out of a Fitbit archive. Their files are a few
/// megabytes; anything far larger is not what its name says (or is a zip bomb).
const LARGEST_FITBIT_FILE: u64 = 256 << 20;

/// The largest Health Connect database read out of a zip (a phone's years of records are
/// a few hundred MB).
const LARGEST_HEALTH_CONNECT_DB: u64 = 4 << 30;

/// The name of the database inside Health Connect's export zip.
const HEALTH_CONNECT_DB: &str = "health_connect_export.db";

/// Which export a file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    AppleHealth,
    Fitbit,
    Garmin,
    SamsungHealth,
    HealthConnect,
}

impl ExportKind {
    /// "Apple Health export", in the reader's language.
    pub fn name(self) -> Message {
        Message::new(match self {
            ExportKind::AppleHealth => "wearable.kind.apple_health",
            ExportKind::Fitbit => "wearable.kind.fitbit",
            ExportKind::Garmin => "wearable.kind.garmin",
            ExportKind::SamsungHealth => "wearable.kind.samsung_health",
            ExportKind::HealthConnect => "wearable.kind.health_connect",
        })
    }

    /// The name in English, for the JSON of `import --json` and the API.
    pub fn describe(self) -> String {
        self.name().to_string()
    }
}

/// What a file of a folder or an archive is to us, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Member {
    Fitbit(FileKind),
    Garmin(GarminFile),
    Samsung(SamsungFile),
    HealthConnect,
    /// A `.xml` file: maybe Apple's export (its name is localized), told by its content.
    Xml,
}

impl Member {
    fn of(name: &str) -> Option<Member> {
        let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
        if last.eq_ignore_ascii_case(HEALTH_CONNECT_DB) {
            return Some(Member::HealthConnect);
        }
        if let Some(kind) = SamsungFile::of(name) {
            return Some(Member::Samsung(kind));
        }
        if let Some(kind) = FileKind::of(name) {
            return Some(Member::Fitbit(kind));
        }
        if let Some(kind) = GarminFile::of(name) {
            return Some(Member::Garmin(kind));
        }
        name.to_ascii_lowercase()
            .ends_with(".xml")
            .then_some(Member::Xml)
    }
}

/// The export a folder's or an archive's files make, once they are sorted by kind: Samsung
/// (its files say so unmistakably), then Health Connect, Fitbit, Garmin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    Samsung,
    HealthConnect,
    Fitbit,
    Garmin,
    Nothing,
}

fn found(members: impl Iterator<Item = Member> + Clone) -> Found {
    let any = |f: &dyn Fn(Member) -> bool| members.clone().any(f);
    if any(&|m| matches!(m, Member::Samsung(_))) {
        Found::Samsung
    } else if any(&|m| m == Member::HealthConnect) {
        Found::HealthConnect
    } else if any(&|m| matches!(m, Member::Fitbit(k) if k != FileKind::Profile)) {
        Found::Fitbit
    } else if any(&|m| matches!(m, Member::Garmin(_))) {
        Found::Garmin
    } else {
        Found::Nothing
    }
}

/// A wearable export, read: its kind, the days it covers, and the changes for the store.
#[derive(Debug)]
pub struct WearableImport {
    pub kind: ExportKind,
    pub days: std::collections::BTreeMap<Date, DayTotals>,
    pub changes: Vec<Change>,
    /// What was left out and why ("12 FIT activity files skipped").
    pub notes: Vec<Message>,
}

/// Why a wearable export could not be read. Nothing is imported from it.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Damaged(Message),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// What reading an export needs besides its bytes (the loader has no clock and no diary).
#[derive(Debug, Clone)]
pub struct ReadContext {
    /// Times written in UTC alone (Fitbit's minute steps) or with no offset (some Health
    /// Connect records) are placed in the diary's zone when it names one, else the export's
    /// own profile's (a Takeout's `Profile.csv`), else `system_zone`.
    pub diary_zone: Option<jiff::tz::TimeZone>,
    pub system_zone: jiff::tz::TimeZone,
    /// The person's today: days after tomorrow (or before 1900) are left out, as every date
    /// that becomes a record is bounded.
    pub today: Date,
}

impl ReadContext {
    fn fitbit_reader(&self) -> FitbitReader {
        match &self.diary_zone {
            Some(zone) => FitbitReader::in_zone(zone.clone()),
            None => FitbitReader::profile_zone_or(self.system_zone.clone()),
        }
    }
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

fn damaged(what: impl Into<Message>) -> ImportError {
    ImportError::Damaged(what.into())
}

/// "export.zip: damaged archive entry 3: ..." (an entry by its number or its name).
fn entry_damaged(
    name: &str,
    entry: impl std::fmt::Display,
    e: impl std::fmt::Display,
) -> ImportError {
    damaged(
        Message::new("wearable.entry")
            .with("file", name)
            .with("entry", entry)
            .with("detail", e),
    )
}

/// "export.zip: " and why: a reader's own reason, with the file it was in.
fn in_file(name: &str, reason: Message) -> ImportError {
    damaged(
        Message::new("wearable.file")
            .with("file", name)
            .with_message("reason", reason),
    )
}

/// Reads `path` if it is a wearable export (an Apple Health zip or XML; a Fitbit or Takeout
/// zip, folder or file; a Garmin export; a Samsung Health folder or zip; a Health Connect
/// zip or database). `Ok(None)` when it is something else, for the other importers to try.
/// Days outside the bounds every record keeps (1900 to tomorrow) are left out and said.
pub fn read_wearable(
    path: &Path,
    context: &ReadContext,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    read_wearable_named(path, &path.display().to_string(), context, progress)
}

/// [`read_wearable`] for a file known to the person by another `name` (an upload kept
/// under a temporary path): messages name it so, and a single Fitbit or Samsung Health
/// file is recognised by it.
pub fn read_wearable_named(
    path: &Path,
    name: &str,
    context: &ReadContext,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    let Some(mut found) = read_any(path, name, context, progress)? else {
        return Ok(None);
    };
    let before = found.days.len();
    found
        .days
        .retain(|date, _| nightcramp_core::when::check_date(*date, context.today).is_ok());
    let left_out = before - found.days.len();
    if left_out > 0 {
        found.changes = changes_for(&found.days);
        found
            .notes
            .push(Message::new("wearable.note.out_of_range").with("count", left_out));
    }
    Ok(Some(found))
}

fn read_any(
    path: &Path,
    name: &str,
    context: &ReadContext,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    if path.is_dir() {
        return read_folder(path, context, progress);
    }
    let mut head = [0u8; 4096];
    let n = File::open(path)?.read(&mut head)?;
    let head = head.get(..n).unwrap_or_default();
    let name = name.to_string();
    let total = std::fs::metadata(path).ok().map(|m| m.len());
    let contains = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if head.starts_with(b"PK\x03\x04") {
        let archive = zip::ZipArchive::new(BufReader::new(File::open(path)?)).map_err(|e| {
            damaged(
                Message::new("wearable.not_zip")
                    .with("file", &name)
                    .with("detail", e),
            )
        })?;
        return read_archive(archive, &name, context, progress);
    }
    if contains(b"<HealthData") || contains(b"<!DOCTYPE HealthData") {
        progress.start(&name, total);
        let (days, summary) =
            read_export_summarized(File::open(path)?, |read| progress.advance(read))
                .map_err(|e| in_file(&name, e.message()))?;
        progress.finish();
        return apple_days(&name, days, &summary).map(Some);
    }
    if head.starts_with(b"SQLite format 3\0") {
        // Health Connect's database on its own; another SQLite file is not an export.
        return read_health_connect(path, &name, context, false);
    }
    // One Samsung Health file on its own.
    if let Some(Member::Samsung(kind)) = Member::of(&name)
        && kind != SamsungFile::Other
    {
        let mut reader = SamsungReader::new();
        reader
            .add_file(&name, &std::fs::read(path)?)
            .map_err(damaged)?;
        return samsung_import(&name, reader).map(Some);
    }
    // One Fitbit file on its own (a CSV only when its header says so: a spreadsheet of
    // the person's own may be named like one).
    if let Some(kind) = FileKind::of(&name).filter(|k| *k != FileKind::Profile)
        && (!name.ends_with(".csv") || fitbit_csv_header(kind, head))
    {
        let mut reader = context.fitbit_reader();
        reader
            .add_file(&name, &std::fs::read(path)?)
            .map_err(damaged)?;
        return Ok(Some(fitbit_import(reader)));
    }
    Ok(None)
}

/// Does a lone CSV file start with the header Fitbit writes for its kind?
fn fitbit_csv_header(kind: FileKind, head: &[u8]) -> bool {
    let first = head.split(|b| *b == b'\n').next().unwrap_or_default();
    let first = String::from_utf8_lossy(first).to_ascii_lowercase();
    match kind {
        FileKind::StepsCsv => first.starts_with("timestamp,steps"),
        FileKind::SleepsCsv | FileKind::SleepStagesCsv => first.starts_with("sleep_id,"),
        _ => false,
    }
}

/// A Fitbit reader's days, with the zone its UTC minutes were placed in said.
fn fitbit_import(reader: FitbitReader) -> WearableImport {
    let zone = reader.zone_used();
    let mut found = finish(ExportKind::Fitbit, reader.finish());
    if let Some(zone) = zone {
        found.notes.push(zone);
    }
    found
}

/// Puts the Takeout's `Profile.csv` first, so the zone it names is known before any
/// minute is placed.
fn profile_first<T>(entries: &mut [T], name: impl Fn(&T) -> String) {
    entries.sort_by_key(|e| FileKind::of(&name(e)) != Some(FileKind::Profile));
}

fn read_archive<R: Read + Seek + Send>(
    mut archive: zip::ZipArchive<R>,
    name: &str,
    context: &ReadContext,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    let entry_error = |i: usize, e: &dyn std::fmt::Display| entry_damaged(name, i, e);
    // Every entry by what its name says it is: (index, size, name, member).
    let mut members: Vec<(usize, u64, String, Member)> = Vec::new();
    // Apple: the export's name is localized (export.xml, Export.xml, exportieren.xml...):
    // the first XML entry that starts like one.
    let mut apple = None;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| entry_error(i, &e))?;
        let entry_name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        let Some(member) = Member::of(&entry_name) else {
            continue;
        };
        if member != Member::Xml {
            members.push((i, entry.size(), entry_name, member));
            continue;
        }
        if apple.is_some() {
            continue;
        }
        let mut start = vec![0u8; 64 * 1024];
        let n = entry
            .read(&mut start)
            .map_err(|e| entry_damaged(name, &entry_name, e))?;
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
        .map_err(|e| in_file(name, e.message()))?;
        progress.finish();
        return apple_days(name, days, &summary).map(Some);
    }
    let of_kind = |want: &dyn Fn(Member) -> bool| -> Vec<(usize, u64, String)> {
        members
            .iter()
            .filter(|m| want(m.3))
            .map(|(i, size, n, _)| (*i, *size, n.clone()))
            .collect()
    };
    match found(members.iter().map(|m| m.3)) {
        Found::Nothing => Ok(None),
        Found::Samsung => {
            let mut reader = SamsungReader::new();
            let files: Vec<(usize, u64)> = of_kind(&|m| matches!(m, Member::Samsung(_)))
                .into_iter()
                .map(|(i, size, _)| (i, size))
                .collect();
            read_small_entries(
                &mut archive,
                name,
                &files,
                "wearable.what.samsung",
                progress,
                |entry, bytes| reader.add_file(entry, bytes).map_err(damaged),
            )?;
            samsung_import(name, reader).map(Some)
        }
        Found::HealthConnect => {
            let (index, size, entry_name) = of_kind(&|m| m == Member::HealthConnect)
                .into_iter()
                .next()
                .ok_or_else(|| {
                    damaged(
                        Message::new("wearable.no_hc_db")
                            .with("file", name)
                            .with("db", HEALTH_CONNECT_DB),
                    )
                })?;
            if size > LARGEST_HEALTH_CONNECT_DB {
                return Err(damaged(
                    Message::new("wearable.hc_too_big")
                        .with("file", name)
                        .with("entry", &entry_name)
                        .with("mb", size >> 20),
                ));
            }
            // SQLite reads a file: the database is inflated beside the system's other
            // temporary files, and removed when read.
            let mut db = tempfile::Builder::new()
                .prefix("nightcramp-health-connect-")
                .suffix(".db")
                .tempfile()?;
            progress.start(name, Some(size));
            let mut entry = archive
                .by_index(index)
                .map_err(|e| entry_error(index, &e))?
                .take(LARGEST_HEALTH_CONNECT_DB);
            copy_with_progress(&mut entry, db.as_file_mut(), progress)
                .map_err(|e| entry_damaged(name, &entry_name, e))?;
            progress.finish();
            read_health_connect(db.path(), &format!("{name}: {entry_name}"), context, true)
        }
        Found::Fitbit => {
            let mut fitbit = of_kind(&|m| matches!(m, Member::Fitbit(_)));
            profile_first(&mut fitbit, |e| e.2.clone());
            let fitbit: Vec<(usize, u64)> =
                fitbit.into_iter().map(|(i, size, _)| (i, size)).collect();
            let mut reader = context.fitbit_reader();
            read_small_entries(
                &mut archive,
                name,
                &fitbit,
                "wearable.what.fitbit",
                progress,
                |entry, bytes| reader.add_file(entry, bytes).map_err(damaged),
            )?;
            Ok(Some(fitbit_import(reader)))
        }
        Found::Garmin => {
            let garmin: Vec<(usize, u64)> = of_kind(&|m| matches!(m, Member::Garmin(_)))
                .into_iter()
                .map(|(i, size, _)| (i, size))
                .collect();
            read_garmin_entries(&mut archive, name, &garmin, progress).map(Some)
        }
    }
}

/// Copies `from` into `to` in 1 MB pieces, telling `progress` how far it got.
fn copy_with_progress(
    from: &mut impl Read,
    to: &mut impl std::io::Write,
    progress: &mut dyn Progress,
) -> std::io::Result<()> {
    let mut buffer = vec![0u8; 1 << 20];
    let mut copied = 0u64;
    loop {
        let n = match from.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        to.write_all(buffer.get(..n).unwrap_or_default())?;
        copied += n as u64;
        progress.advance(copied);
    }
    to.flush()
}

/// Reads the archive's small per-day files (Fitbit's, Garmin's: a few megabytes each, so
/// anything far larger is not one, or is a zip bomb) and hands each to `add` with its
/// name, showing progress by bytes.
fn read_small_entries<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    entries: &[(usize, u64)],
    what: &'static str,
    progress: &mut dyn Progress,
    mut add: impl FnMut(&str, &[u8]) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    progress.start(name, Some(entries.iter().map(|(_, size)| size).sum()));
    let mut read = 0u64;
    for &(index, size) in entries {
        let entry = archive
            .by_index(index)
            .map_err(|e| entry_damaged(name, index, e))?;
        let entry_name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        if size > LARGEST_FITBIT_FILE {
            return Err(damaged(
                Message::new("wearable.file_too_big")
                    .with("file", name)
                    .with("entry", &entry_name)
                    .with("mb", size >> 20)
                    .with_message("what", Message::new(what)),
            ));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        entry
            .take(LARGEST_FITBIT_FILE)
            .read_to_end(&mut bytes)
            .map_err(|e| entry_damaged(name, &entry_name, e))?;
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
            .map_err(|e| entry_damaged(name, index, e))?
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
        "wearable.what.garmin",
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
        found
            .notes
            .push(Message::new("wearable.note.garmin_fit").with("count", skipped));
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

fn read_folder(
    dir: &Path,
    context: &ReadContext,
    progress: &mut dyn Progress,
) -> Result<Option<WearableImport>, ImportError> {
    let mut members: Vec<(std::path::PathBuf, Member)> = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Some(member) = Member::of(&path.to_string_lossy()) {
                members.push((path, member));
            }
        }
    }
    members.sort_by(|a, b| a.0.cmp(&b.0));
    let of_kind = |want: &dyn Fn(Member) -> bool| -> Vec<std::path::PathBuf> {
        members
            .iter()
            .filter(|m| want(m.1))
            .map(|(p, _)| p.clone())
            .collect()
    };
    let name = dir.display().to_string();
    match found(members.iter().map(|m| m.1)) {
        Found::Nothing => Ok(None),
        Found::Samsung => {
            let mut reader = SamsungReader::new();
            read_files(
                &name,
                &of_kind(&|m| matches!(m, Member::Samsung(_))),
                progress,
                |file, bytes| reader.add_file(file, bytes).map_err(damaged),
            )?;
            samsung_import(&name, reader).map(Some)
        }
        Found::HealthConnect => match of_kind(&|m| m == Member::HealthConnect).first() {
            Some(db) => read_health_connect(db, &db.display().to_string(), context, true),
            None => Ok(None),
        },
        Found::Fitbit => {
            let mut files = of_kind(&|m| matches!(m, Member::Fitbit(_)));
            profile_first(&mut files, |f| f.to_string_lossy().into_owned());
            let mut reader = context.fitbit_reader();
            read_files(&name, &files, progress, |file, bytes| {
                reader.add_file(file, bytes).map_err(damaged)
            })?;
            Ok(Some(fitbit_import(reader)))
        }
        Found::Garmin => {
            let mut reader = GarminReader::new();
            for file in of_kind(&|m| matches!(m, Member::Garmin(_))) {
                let file_name = file.display().to_string();
                let bytes = if GarminFile::of(&file_name) == Some(GarminFile::Activity) {
                    Vec::new()
                } else {
                    std::fs::read(&file)?
                };
                reader.add_file(&file_name, &bytes).map_err(damaged)?;
            }
            Ok(Some(garmin_import(reader)))
        }
    }
}

/// Reads a folder's files one at a time (each a few MB) into `add`, showing progress.
fn read_files(
    name: &str,
    files: &[std::path::PathBuf],
    progress: &mut dyn Progress,
    mut add: impl FnMut(&str, &[u8]) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let total: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    progress.start(name, Some(total));
    let mut read = 0u64;
    for file in files {
        let bytes = std::fs::read(file)?;
        read += bytes.len() as u64;
        add(&file.display().to_string(), &bytes)?;
        progress.advance(read);
    }
    progress.finish();
    Ok(())
}

/// A Samsung Health reader's days, or why there are none, with the placeholder rows it
/// skipped said.
fn samsung_import(name: &str, reader: SamsungReader) -> Result<WearableImport, ImportError> {
    let (files, placeholders) = (reader.files, reader.placeholders);
    let days = reader.finish();
    if days.is_empty() {
        return Err(damaged(
            Message::new("wearable.samsung_empty")
                .with("file", name)
                .with("count", files),
        ));
    }
    let mut found = finish(ExportKind::SamsungHealth, days);
    if placeholders > 0 {
        found
            .notes
            .push(Message::new("wearable.note.samsung_placeholders").with("count", placeholders));
    }
    Ok(found)
}

/// Reads a Health Connect export's database. `Ok(None)` for a SQLite file that is not one
/// (unless `named` says it came by the export's own name, which makes it an error). Times
/// written without a UTC offset are placed in the zone `context` gives.
fn read_health_connect(
    db: &Path,
    name: &str,
    context: &ReadContext,
    named: bool,
) -> Result<Option<WearableImport>, ImportError> {
    use rusqlite::OpenFlags;
    let sql_error = |e: rusqlite::Error| {
        damaged(
            Message::new("wearable.hc_damaged")
                .with("file", name)
                .with("detail", e),
        )
    };
    let conn = rusqlite::Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql_error)?;
    let tables: std::collections::BTreeSet<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut q| q.query_map([], |r| r.get(0))?.collect())
        .map_err(sql_error)?;
    if !tables.contains("application_info_table") {
        return if named {
            Err(damaged(
                Message::new("wearable.hc_not_export")
                    .with("file", name)
                    .with(
                        "tables",
                        tables.iter().cloned().collect::<Vec<_>>().join(", "),
                    ),
            ))
        } else {
            Ok(None)
        };
    }
    let fallback = context
        .diary_zone
        .clone()
        .unwrap_or_else(|| context.system_zone.clone());
    let offset_at = |ms: i64, written: Option<i64>| -> i64 {
        written.unwrap_or_else(|| {
            jiff::Timestamp::from_millisecond(ms)
                .map(|t| i64::from(fallback.to_offset(t).seconds()))
                .unwrap_or(0)
        })
    };
    let mut reader = HealthConnectReader::new();
    {
        let mut apps = conn
            .prepare("SELECT row_id, package_name, app_name FROM application_info_table")
            .map_err(sql_error)?;
        let mut rows = apps.query([]).map_err(sql_error)?;
        while let Some(row) = rows.next().map_err(sql_error)? {
            let id: i64 = row.get(0).map_err(sql_error)?;
            let package: Option<String> = row.get(1).map_err(sql_error)?;
            let app: Option<String> = row.get(2).map_err(sql_error)?;
            reader.add_app(
                id,
                package.as_deref().unwrap_or_default(),
                app.as_deref().unwrap_or_default(),
            );
        }
    }
    // A row read (the outer error: the database's) and taken (the inner: the record's).
    type RowRead<'r> =
        dyn FnMut(&rusqlite::Row<'_>) -> Result<Result<(), Message>, rusqlite::Error> + 'r;
    // One table's rows, each through `add`; a row that is not what it says names its table
    // and row.
    let each = |table: &str, columns: &str, add: &mut RowRead<'_>| -> Result<(), ImportError> {
        if !tables.contains(table) {
            return Ok(());
        }
        let mut query = conn
            .prepare(&format!("SELECT row_id, {columns} FROM {table}"))
            .map_err(|e| {
                damaged(
                    Message::new("wearable.hc_table")
                        .with("file", name)
                        .with("table", table)
                        .with("detail", e),
                )
            })?;
        let mut rows = query.query([]).map_err(sql_error)?;
        while let Some(row) = rows.next().map_err(sql_error)? {
            let id: i64 = row.get(0).map_err(sql_error)?;
            let row_said = |reason: Message| {
                damaged(
                    Message::new("wearable.hc_row")
                        .with("file", name)
                        .with("table", table)
                        .with("id", id)
                        .with_message("reason", reason),
                )
            };
            add(row)
                .map_err(|e| row_said(Message::new("file.unreadable_row").with("detail", e)))?
                .map_err(&row_said)?;
        }
        Ok(())
    };
    let span = |row: &rusqlite::Row<'_>| -> Result<Span, rusqlite::Error> {
        let (start_ms, end_ms): (i64, i64) = (row.get(1)?, row.get(3)?);
        Ok(Span {
            start_ms,
            start_offset_s: offset_at(start_ms, row.get(2)?),
            end_ms,
            end_offset_s: offset_at(end_ms, row.get(4)?),
            app: row.get::<_, Option<i64>>(5)?.unwrap_or(-1),
        })
    };
    let times = "start_time, start_zone_offset, end_time, end_zone_offset, app_info_id";
    each(
        "steps_record_table",
        &format!("{times}, count"),
        &mut |row| Ok(reader.add_steps(&span(row)?, row.get(6)?)),
    )?;
    each("exercise_session_record_table", times, &mut |row| {
        Ok(reader.add_exercise(&span(row)?))
    })?;
    each("sleep_session_record_table", times, &mut |row| {
        let id: i64 = row.get(0)?;
        Ok(reader.add_sleep_session(id, &span(row)?))
    })?;
    each(
        "sleep_stages_table",
        "parent_key, stage_start_time, stage_end_time, stage_type",
        &mut |row| Ok(reader.add_sleep_stage(row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)),
    )?;
    let records = reader.records;
    let days = reader.finish();
    if days.is_empty() {
        return Err(damaged(
            Message::new("wearable.hc_empty")
                .with("file", name)
                .with("count", records),
        ));
    }
    Ok(Some(finish(ExportKind::HealthConnect, days)))
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
        return Err(damaged(
            Message::new("wearable.apple_empty").with("file", name),
        ));
    }
    let unused = Message::new("wearable.apple_unused")
        .with("file", name)
        .with("count", records)
        .with("kinds", summary.kinds());
    Err(damaged(if summary.undated > 0 {
        Message::new("wearable.apple_undated")
            .with_message("unused", unused)
            .with("count", summary.undated)
    } else {
        unused
    }))
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
