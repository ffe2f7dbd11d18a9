/*!
What every command needs: the open diary, "now", the person's time zone, and how failures
map to exit codes.

"Now" comes from the clock, or from `NIGHTCRAMP_NOW` (an RFC 3339 time) so that scripts and
tests can replay a day exactly. The zone is the profile's, else the system's.
*/

use std::fmt;
use std::path::{Path, PathBuf};

use crate::words::{said, say};
use anyhow::Context as _;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use nightcramp_core::domain::Diary;
use nightcramp_core::input::InvalidValue;
use nightcramp_core::knowledge::Knowledge;
use nightcramp_store::{
    AccessRequest, Actor, ApplyReport, Change, Denied, DiaryAccess, SqliteStore, Store, StoreError,
    Want,
};

/// Exit codes scripts can rely on (documented in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Something failed that is not the person's input: the disk, the database.
    Failure = 1,
    /// The input was wrong (a flag, a value, a row of a file). Nothing was changed.
    Invalid = 2,
    /// The request was understood but refused (a newer diary, an unconfirmed delete,
    /// confirming a cramp-free night that has cramps). Nothing was changed.
    Refused = 3,
}

/// A failure the person can act on, with its exit code.
#[derive(Debug)]
pub struct UserError {
    pub code: ExitCode,
    pub message: String,
}

impl UserError {
    pub fn invalid(message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(UserError {
            code: ExitCode::Invalid,
            message: message.into(),
        })
    }

    pub fn refused(message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(UserError {
            code: ExitCode::Refused,
            message: message.into(),
        })
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// A bad flag value, as an invalid-input error naming the flag, in the person's language.
pub fn bad_flag(flag: &str, e: InvalidValue) -> anyhow::Error {
    UserError::invalid(say!(
        "cli.bad_flag",
        flag = flag,
        value = format!("{:?}", e.value),
        allowed = said(&e.allowed)
    ))
}

pub struct Context {
    pub store: Box<dyn Store>,
    /// Whose diary the diary commands act on (`--person`), decided once by the store's
    /// one authorization rule. Kept as the decision, so commands that need no diary
    /// (`accounts`, `copy`) still run when it is refused.
    access: Result<DiaryAccess, Denied>,
    /// Where backups a command keeps for itself go (a restore keeps the diary it replaces):
    /// beside a diary file, or in the data folder for a PostgreSQL diary.
    pub keep_dir: PathBuf,
    /// The diary's name in messages: its path, or a PostgreSQL URL without its password.
    pub diary_name: String,
    pub now: Timestamp,
    pub system_zone: TimeZone,
}

/// `postgres://` and `postgresql://` name a PostgreSQL diary; anything else is a file.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// A URL as it may be shown: the password replaced.
fn without_password(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// The default diary: `nightcramp/diary.db` in the platform's data folder
/// (`~/.local/share` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on Windows).
pub fn default_db_path() -> anyhow::Result<PathBuf> {
    let base = dirs::data_dir().with_context(|| say!("cli.no_data_folder"))?;
    Ok(base.join("nightcramp").join("diary.db"))
}

fn now() -> anyhow::Result<Timestamp> {
    match std::env::var("NIGHTCRAMP_NOW") {
        Ok(text) => text
            .parse::<Timestamp>()
            .map_err(|_| UserError::invalid(say!("cli.bad_now", value = format!("{text:?}")))),
        Err(_) => Ok(Timestamp::now()),
    }
}

impl Context {
    /// Opens the store and decides whose diary the command is about (`person`, or the only
    /// one). The command line is the operator: whoever holds the file or URL.
    pub fn open(db: Option<&Path>, person: Option<&str>) -> anyhow::Result<Context> {
        let mut ctx = Context::open_store(db)?;
        ctx.choose(person)?;
        ctx.speak_the_profile_s_language();
        Ok(ctx)
    }

    /// From here on, the language the person chose in their profile, if they chose one.
    fn speak_the_profile_s_language(&self) {
        if let Ok(access) = &self.access
            && let Ok(profile) = self.store.profile(access)
            && let Some(language) = profile.language
        {
            crate::words::set(language);
        }
    }

    /// Decides again whose diary the diary commands act on.
    pub fn choose(&mut self, person: Option<&str>) -> anyhow::Result<()> {
        let zone = self.system_zone.clone();
        let request = AccessRequest {
            actor: &Actor::Operator,
            person,
            want: Want::Write,
            today: zone.to_datetime(self.now).date(),
            at: self.now,
            purpose: "command line",
            origin: "command line",
        };
        self.access = match self.store.authorize(&request) {
            Ok(access) => Ok(access),
            Err(StoreError::Denied(denied)) => Err(denied),
            Err(other) => {
                return Err(anyhow::Error::new(other).context(say!("cli.context.accounts")));
            }
        };
        Ok(())
    }

    /// The diary the command acts on; an unknown `--person`, or a missing one where several
    /// people keep diaries, is an input error (exit 2).
    pub fn access(&self) -> anyhow::Result<&DiaryAccess> {
        self.access
            .as_ref()
            .map_err(|denied| UserError::invalid(say!("cli.bad_person", why = denied_text(denied))))
    }

    fn open_store(db: Option<&Path>) -> anyhow::Result<Context> {
        if let Some(url) = db.and_then(Path::to_str).filter(|d| is_postgres_url(d)) {
            return Context::open_postgres(url);
        }
        let db_path = match db {
            Some(p) => p.to_path_buf(),
            None => default_db_path()?,
        };
        let (store, report) = SqliteStore::open(&db_path).map_err(|e| match e {
            StoreError::NewerSchema { .. } | StoreError::NotADiary { .. } => {
                UserError::refused(format!("{}: {}", db_path.display(), store_error_text(&e)))
            }
            other => anyhow::Error::new(other)
                .context(say!("cli.context.opening", name = db_path.display())),
        })?;
        if let Some(backup) = &report.backup {
            eprintln!(
                "{}",
                say!(
                    "cli.upgraded",
                    from = report.migrated_from.unwrap_or_default(),
                    backup = backup.display()
                )
            );
        }
        Ok(Context {
            store: Box::new(store),
            access: Err(Denied::UnknownAccount),
            keep_dir: db_path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(std::env::temp_dir),
            diary_name: db_path.display().to_string(),
            now: now()?,
            system_zone: TimeZone::try_system().unwrap_or(TimeZone::UTC),
        })
    }

    /// A diary in PostgreSQL: set up on first use, a newer schema refused untouched.
    fn open_postgres(url: &str) -> anyhow::Result<Context> {
        let name = without_password(url);
        let store = nightcramp_store::PgStore::open(url).map_err(|e| match e {
            StoreError::NewerSchema { .. } => {
                UserError::refused(format!("{name}: {}", store_error_text(&e)))
            }
            other => anyhow::Error::new(other).context(say!("cli.context.opening", name = name)),
        })?;
        let keep_dir = dirs::data_dir()
            .map(|d| d.join("nightcramp"))
            .unwrap_or_else(std::env::temp_dir);
        Ok(Context {
            store: Box::new(store),
            access: Err(Denied::UnknownAccount),
            keep_dir,
            diary_name: name,
            now: now()?,
            system_zone: TimeZone::try_system().unwrap_or(TimeZone::UTC),
        })
    }

    pub fn load(&self) -> anyhow::Result<Diary> {
        let access = self.access()?;
        self.store
            .load(access)
            .with_context(|| say!("cli.context.reading"))
    }

    /// Applies the changes to the chosen diary in one transaction.
    pub fn apply(&mut self, changes: &[Change]) -> Result<ApplyReport, anyhow::Error> {
        let access = self.access.as_ref().map_err(|denied| {
            UserError::invalid(say!("cli.bad_person", why = denied_text(denied)))
        })?;
        Ok(self.store.apply(access, changes)?)
    }

    /// The person's zone: the profile's, else the system's.
    pub fn zone(&self, diary: &Diary) -> TimeZone {
        diary.profile.zone_or(self.system_zone.clone())
    }

    pub fn today(&self, zone: &TimeZone) -> Date {
        zone.to_datetime(self.now).date()
    }
}

/// The knowledge base in the language the command line speaks.
pub fn knowledge() -> anyhow::Result<&'static Knowledge> {
    Knowledge::get_in(crate::words::language()).map_err(|e| anyhow::anyhow!("{e}"))
}

/// The knowledge base for an answer: English for `--json` (other programs read it, and its
/// words sit beside codes), the person's language otherwise.
pub fn knowledge_for(json: bool) -> anyhow::Result<&'static Knowledge> {
    if json {
        Knowledge::get().map_err(|e| anyhow::anyhow!("{e}"))
    } else {
        knowledge()
    }
}

/// The knowledge base in the language a `--language` flag names, else the command line's.
pub fn knowledge_in(language: Option<&str>) -> anyhow::Result<&'static Knowledge> {
    let Some(text) = language else {
        return knowledge();
    };
    let language = nightcramp_core::language::Language::parse(text).ok_or_else(|| {
        bad_flag(
            "language",
            InvalidValue::new(
                text,
                nightcramp_core::language::Message::new("allowed.one_of")
                    .with("list", "en, es, de, fr"),
            ),
        )
    })?;
    Knowledge::get_in(language).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Why `--person` names no diary here, in the person's language.
pub fn denied_text(denied: &Denied) -> String {
    match denied {
        Denied::NotFound(name) => say!("cli.denied.not_found", name = format!("{name:?}")),
        Denied::ChoosePerson(names) => say!("cli.denied.choose", names = names.join(", ")),
        Denied::NoOwnDiary(role) => say!("cli.denied.no_own_diary", role = role.as_str()),
        Denied::ReadOnly(name) => say!("cli.denied.read_only", name = name),
        other => other.to_string(),
    }
}

/// A store's refusal to open a diary, in the person's language where it is one a person
/// meets (a newer diary, a file that is not one); others as the store says them.
pub fn store_error_text(e: &StoreError) -> String {
    match e {
        StoreError::NewerSchema {
            found,
            supported,
            written_by,
            this_version,
        } => say!(
            "cli.newer_schema",
            found = found,
            supported = supported,
            written_by = written_by,
            this_version = this_version
        ),
        StoreError::NotADiary { path, detail } => {
            say!("cli.not_a_diary", path = path, detail = detail)
        }
        StoreError::Busy { seconds } => say!("cli.store.busy", seconds = seconds),
        StoreError::ReadOnly { path } => say!("cli.store.read_only", path = path),
        StoreError::DiskFull => say!("cli.store.disk_full"),
        StoreError::IsAFolder { path } => say!("cli.store.folder", path = path),
        StoreError::EmptyFile { path } => say!("cli.store.empty_file", path = path),
        StoreError::OtherProgram { path } => say!("cli.store.other_program", path = path),
        StoreError::BackupNotWritten { path, detail } => {
            say!("cli.store.backup_not_written", path = path, detail = detail)
        }
        other => other.to_string(),
    }
}

/// An error as the person reads it: each layer of its context, outermost first (as
/// anyhow's `{:#}` writes them), with a store's errors said in the person's language.
pub fn error_text(error: &anyhow::Error) -> String {
    error
        .chain()
        .map(|cause| match cause.downcast_ref::<StoreError>() {
            Some(store) => store_error_text(store),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}

/// `today`, `yesterday` or `YYYY-MM-DD` (exactly: a date with a time attached is refused,
/// never cut short), from 1900 to tomorrow.
pub fn parse_day(text: &str, today: Date) -> Result<Date, InvalidValue> {
    let date = match text.trim().to_ascii_lowercase().as_str() {
        "today" => today,
        "yesterday" => today.yesterday().unwrap_or(today),
        _ => nightcramp_core::input::parse_date(text).map_err(|e| {
            InvalidValue::new(
                e.value,
                nightcramp_core::language::Message::new("allowed.day"),
            )
        })?,
    };
    nightcramp_core::when::check_date(date, today).map_err(|e| InvalidValue::new(text, e.allowed))
}
