/*!
The interchange files of diary.md, as pure parsers and writers: bytes in, records out.

Following atuin's split, a parser never touches storage. It turns a file into [`Record`]s
plus a list of [`BadRow`]s, each saying where (file, line, column) and why. The caller (the
store's loader) decides what to do with them: with any bad row nothing is written unless
the person asked to skip bad rows. Records carry stable ids, so loading the same file twice
changes nothing.
*/

pub mod backup;
pub mod csv;

use crate::language::Message;
use std::fmt;

use jiff::civil::Date;

use crate::domain::{
    CheckIn, Episode, FactorKey, FactorValue, Medication, Profile, ScreeningAnswer,
};

/// What kind of file this is, recognised by its content (never its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    EpisodesCsv,
    DaysCsv,
    JsonBackup,
}

impl FileKind {
    /// "episodes CSV", in the reader's language.
    pub fn name(self) -> Message {
        Message::new(match self {
            FileKind::EpisodesCsv => "file.kind.episodes_csv",
            FileKind::DaysCsv => "file.kind.days_csv",
            FileKind::JsonBackup => "file.kind.json_backup",
        })
    }

    /// The name in English, for `import --json`.
    pub fn describe(self) -> String {
        self.name().to_string()
    }
}

/// One thing a file says, ready to be stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Episode(Episode),
    Factor {
        date: Date,
        key: FactorKey,
        value: FactorValue,
        imported: bool,
        /// What an import said beside the value (backups carry it).
        import_said: Option<FactorValue>,
    },
    CheckIn(CheckIn),
    Profile(Profile),
    Medication(Medication),
    Answer(ScreeningAnswer),
    /// A personal experiment from a backup, its seal checked.
    Experiment(crate::domain::ExperimentRecord),
}

/// A row (or JSON entry) that could not be read, and exactly where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRow {
    pub file: String,
    /// Line as a text editor numbers it (the header is line 1); 0 when unknown.
    pub line: u64,
    /// The column (CSV header name) or JSON path of the bad field.
    pub column: String,
    /// What is wrong, said in whichever language the reader reads.
    pub reason: Message,
}

impl BadRow {
    /// Where and why: "days.csv:3: column water_l: ...", as a message.
    pub fn message(&self) -> Message {
        let key = match (self.line, self.column.is_empty()) {
            (0, true) => "file.bad.file",
            (0, false) => "file.bad.field",
            (_, true) => "file.bad.line",
            (_, false) => "file.bad.line_column",
        };
        Message::new(key)
            .with("file", &self.file)
            .with("line", self.line)
            .with("column", &self.column)
            .with_message("reason", self.reason.clone())
    }
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// A parsed file: its records (from good rows) and its bad rows.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedFile {
    pub kind: FileKind,
    pub records: Vec<Record>,
    /// How many rows (or entries) were read, good and bad.
    pub rows: usize,
    pub bad_rows: Vec<BadRow>,
}

impl ParsedFile {
    pub fn empty(kind: FileKind) -> ParsedFile {
        ParsedFile {
            kind,
            records: Vec::new(),
            rows: 0,
            bad_rows: Vec::new(),
        }
    }
}

/// Why a whole file cannot be read at all (as opposed to some bad rows).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnreadableFile {
    #[error("{}", self.message())]
    Unrecognised { file: String },
    #[error("{}", self.message())]
    Bad(BadRow),
}

impl UnreadableFile {
    /// What is wrong with the file, as a message.
    pub fn message(&self) -> Message {
        match self {
            UnreadableFile::Unrecognised { file } => Message::new("file.unrecognised")
                .with("file", file)
                .with_message("accepts", import_accepts()),
            UnreadableFile::Bad(row) => row.message(),
        }
    }
}

/// What `import` (and the web app's upload) accepts, said the same way wherever a file is
/// not one of them.
pub fn import_accepts() -> Message {
    Message::new("file.accepts")
}

/// Recognises a file by its content and parses it. `name` is used only in messages; `entry`
/// gives the zone for times without one and "now", which bounds every date and time.
pub fn parse_file(
    name: &str,
    bytes: &[u8],
    entry: crate::input::EntryContext<'_>,
) -> Result<ParsedFile, UnreadableFile> {
    match detect(bytes) {
        Some(FileKind::JsonBackup) => backup::parse_backup(name, bytes, entry),
        Some(FileKind::EpisodesCsv) => csv::parse_episodes_csv(name, bytes, entry),
        Some(FileKind::DaysCsv) => csv::parse_days_csv(name, bytes, entry),
        None => Err(UnreadableFile::Unrecognised {
            file: name.to_string(),
        }),
    }
}

/// Looks at the first bytes: a JSON object with our format marker, or a CSV header.
pub fn detect(bytes: &[u8]) -> Option<FileKind> {
    let text = String::from_utf8_lossy(bytes.get(..bytes.len().min(64 * 1024))?);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('{') {
        return text
            .contains("\"nightcramp/")
            .then_some(FileKind::JsonBackup);
    }
    let header = text.lines().next()?;
    let columns: Vec<String> = header
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    if columns.first().map(String::as_str) == Some("date") {
        Some(FileKind::DaysCsv)
    } else if columns.iter().any(|c| c == "started_at") && columns.iter().any(|c| c == "duration_s")
    {
        Some(FileKind::EpisodesCsv)
    } else {
        None
    }
}
