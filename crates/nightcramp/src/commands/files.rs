/*!
`import` and `export`: the loader half of atuin's importer split. The core's parsers turn
each file into records and bad rows; here the records of every file given become one list
of changes and go to the store in one transaction. With any bad row nothing is written,
unless the person asked to skip bad rows.
*/

use std::path::Path;

use anyhow::Context as _;
use nightcramp_core::domain::Provenance;
use nightcramp_core::files::{self, BadRow, Record};
use nightcramp_store::{Change, Mode};
use serde_json::json;

use crate::cli::{ExportArgs, ExportFormat, ImportArgs};
use crate::context::{Context, UserError};
use crate::render::{outln, print_json};
use crate::words::{said, say};

/// How many bad rows to print before summarising the rest.
const BAD_ROWS_SHOWN: usize = 50;

/// One file of an import, as read: said in the person's language on the terminal, in
/// English in `--json`.
struct ImportedFile {
    name: String,
    kind: nightcramp_core::language::Message,
    /// Rows of a diary file, days of a wearable export.
    rows: usize,
    wearable: bool,
    bad_rows: usize,
    notes: Vec<nightcramp_core::language::Message>,
}

impl ImportedFile {
    fn json(&self) -> serde_json::Value {
        let mut value = json!({
            "file": self.name,
            "kind": self.kind.to_string(),
            "rows": self.rows,
            "bad_rows": self.bad_rows,
        });
        if self.wearable {
            value["days"] = json!(self.rows);
            value["notes"] = json!(
                self.notes
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
            );
        }
        value
    }
}

pub fn import(ctx: &mut Context, args: ImportArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let zones = nightcramp_import::ReadContext {
        diary_zone: diary.profile.zone(),
        system_zone: ctx.system_zone.clone(),
        today: ctx.today(&zone),
    };
    let mut changes = Vec::new();
    let mut bad: Vec<BadRow> = Vec::new();
    let mut per_file = Vec::new();
    for path in &args.paths {
        let name = path.display().to_string();
        if let Some(found) = wearable(path, &zones, args.json)? {
            per_file.push(ImportedFile {
                name,
                kind: found.kind.name(),
                rows: found.days.len(),
                wearable: true,
                bad_rows: 0,
                notes: found.notes,
            });
            changes.extend(found.changes);
            continue;
        }
        if path.is_dir() {
            return Err(UserError::invalid(say!(
                "cli.import.folder",
                name = name,
                accepts = said(&nightcramp_core::files::import_accepts())
            )));
        }
        let bytes =
            std::fs::read(path).with_context(|| say!("cli.context.reading_file", name = name))?;
        let entry = nightcramp_core::input::EntryContext {
            zone: Some(&zone),
            now: ctx.now,
        };
        let parsed = files::parse_file(&name, &bytes, entry).map_err(|e| {
            UserError::invalid(format!(
                "{}\n{}",
                said(&e.message()),
                say!("cli.import.nothing")
            ))
        })?;
        per_file.push(ImportedFile {
            name,
            kind: parsed.kind.name(),
            rows: parsed.rows,
            wearable: false,
            bad_rows: parsed.bad_rows.len(),
            notes: Vec::new(),
        });
        bad.extend(parsed.bad_rows);
        changes.extend(parsed.records.into_iter().flat_map(changes_for));
    }
    if !bad.is_empty() && !args.skip_bad {
        for row in bad.iter().take(BAD_ROWS_SHOWN) {
            eprintln!("{}", said(&row.message()));
        }
        if bad.len() > BAD_ROWS_SHOWN {
            eprintln!(
                "{}",
                say!("cli.import.more_bad", count = bad.len() - BAD_ROWS_SHOWN)
            );
        }
        return Err(UserError::invalid(say!(
            "cli.import.bad_rows",
            count = bad.len()
        )));
    }
    let report = ctx
        .apply(&changes)
        .with_context(|| say!("cli.context.saving_import"))?;
    if args.json {
        return print_json(&json!({
            "files": per_file.iter().map(ImportedFile::json).collect::<Vec<_>>(),
            "added": report.inserted,
            "updated": report.updated,
            "already_there": report.unchanged,
            "conflicts": report.conflicts.iter().map(ToString::to_string).collect::<Vec<_>>(),
            "bad_rows": bad.iter().map(ToString::to_string).collect::<Vec<_>>(),
        }));
    }
    for row in &bad {
        eprintln!("{}", say!("cli.import.skipped", row = said(&row.message())));
    }
    for file in &per_file {
        let bad_rows = match file.bad_rows {
            0 => String::new(),
            n => say!("cli.import.bad_skipped", count = n),
        };
        let key = if file.wearable {
            "cli.import.file_days"
        } else {
            "cli.import.file_rows"
        };
        outln!(
            "{}",
            crate::words::text_with(
                key,
                &[
                    ("file", file.name.as_str()),
                    ("kind", &said(&file.kind)),
                    ("count", &file.rows.to_string()),
                    ("bad", &bad_rows),
                ]
            )
        );
        for note in &file.notes {
            outln!("  {}", said(note));
        }
    }
    outln!(
        "{}",
        say!(
            "cli.import.done",
            added = report.inserted,
            updated = report.updated,
            already = report.unchanged
        )
    );
    if !report.conflicts.is_empty() {
        outln!(
            "{}",
            say!("cli.import.conflicts", count = report.conflicts.len())
        );
        for c in report.conflicts.iter().take(10) {
            outln!("  {}", said(c));
        }
        if report.conflicts.len() > 10 {
            outln!(
                "  {}",
                say!("cli.import.more", count = report.conflicts.len() - 10)
            );
        }
    }
    Ok(())
}

fn changes_for(record: Record) -> Vec<Change> {
    match record {
        Record::Episode(e) => vec![Change::PutEpisode(e, Mode::Import)],
        Record::Answer(a) => vec![Change::PutAnswer(a)],
        Record::Experiment(e) => vec![Change::PutExperiment(e)],
        Record::Factor {
            date,
            key,
            value,
            imported,
            import_said,
        } => {
            let mut changes = vec![Change::PutFactor {
                date,
                key: key.clone(),
                value,
                source: if imported {
                    Provenance::Imported
                } else {
                    Provenance::Typed
                },
                mode: Mode::Import,
            }];
            if import_said.is_some() {
                changes.push(Change::NoteImportSaid {
                    date,
                    key,
                    said: import_said,
                });
            }
            changes
        }
        Record::CheckIn(c) => vec![Change::PutCheckIn(c, Mode::Import)],
        Record::Profile(p) => vec![Change::SetProfile(p, Mode::Import)],
        Record::Medication(m) => vec![Change::PutMedication(m, Mode::Import)],
    }
}

pub fn export(ctx: &mut Context, args: ExportArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let format = match args.format {
        ExportFormat::Json => "JSON backup",
        ExportFormat::Fhir => "FHIR bundle",
        ExportFormat::Csv => "CSV files",
    };
    crate::commands::accounts::audit_export(ctx, &format!("{format} to {}", args.out.display()))?;
    match args.format {
        ExportFormat::Json => {
            let text = files::backup::write_backup(&diary, ctx.now)?;
            if args.out.as_os_str() == "-" {
                outln!("{text}");
            } else {
                write_atomically(&args.out, text.as_bytes())?;
                eprintln!(
                    "{}",
                    say!(
                        "cli.export.backup",
                        cramps = diary.episodes.len(),
                        checkins = diary.checkins.len(),
                        days = diary.days.len(),
                        path = args.out.display()
                    )
                );
            }
        }
        ExportFormat::Fhir => {
            let bundle = nightcramp_core::fhir::bundle(
                &diary,
                crate::context::knowledge_in(args.language.as_deref())?,
                ctx.now,
            );
            let text = serde_json::to_string_pretty(&bundle)?;
            if args.out.as_os_str() == "-" {
                outln!("{text}");
            } else {
                write_atomically(&args.out, text.as_bytes())?;
                eprintln!(
                    "{}",
                    say!(
                        "cli.export.fhir",
                        count = bundle["entry"].as_array().map_or(0, Vec::len),
                        path = args.out.display()
                    )
                );
            }
        }
        ExportFormat::Csv => {
            std::fs::create_dir_all(&args.out)
                .with_context(|| say!("cli.context.creating", path = args.out.display()))?;
            write_atomically(
                &args.out.join("episodes.csv"),
                &files::csv::write_episodes_csv(&diary.episodes)?,
            )?;
            write_atomically(
                &args.out.join("days.csv"),
                &files::csv::write_days_csv(&diary)?,
            )?;
            eprintln!(
                "{}",
                say!(
                    "cli.export.csv",
                    cramps = diary.episodes.len(),
                    path = args.out.display()
                )
            );
        }
    }
    Ok(())
}

/// Writes to a temporary file beside the target, then renames it into place, so a crash
/// never leaves half a backup where a whole one was.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut tmp_name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    tmp_name.push(".partial");
    let tmp = path.with_file_name(tmp_name);
    let written = std::fs::write(&tmp, bytes)
        .with_context(|| say!("cli.context.writing", path = path.display()))
        .and_then(|()| {
            std::fs::rename(&tmp, path)
                .with_context(|| say!("cli.context.moving", path = path.display()))
        });
    if written.is_err() {
        // A full disk must not leave an empty or half file behind.
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// "12 cramps, 30 check-ins, 28 days, 1 medicines": what a diary holds, before it is
/// replaced (restore, copy).
fn describe_diary(d: &nightcramp_core::domain::Diary) -> String {
    say!(
        "cli.diary.holds",
        cramps = d.episodes.len(),
        checkins = d.checkins.len(),
        days = d.days.len(),
        medicines = d.medications.len()
    )
}

/// What a whole store holds: the one diary as above, and with accounts, how many people,
/// accounts and shares beside it.
fn describe_store(everything: &nightcramp_store::Installation) -> String {
    let mut total = nightcramp_core::domain::Diary::default();
    let mut diaries = 0;
    for d in everything.diaries() {
        diaries += 1;
        total.episodes.extend(d.episodes.iter().cloned());
        total.checkins.extend(d.checkins.iter().cloned());
        total.days.extend(d.days.iter().cloned());
        total.medications.extend(d.medications.iter().cloned());
    }
    if everything.accounts() == 0 {
        return describe_diary(&total);
    }
    say!(
        "cli.store.holds",
        accounts = everything.accounts(),
        shares = everything.shares(),
        audit = everything.audit_entries(),
        diaries = diaries,
        diary = describe_diary(&total)
    )
}

/// What a restore of `backup` over `current` would lose: the cramps, check-ins, days and
/// medicines the diary holds beyond the backup's, when any count is smaller there.
fn would_lose(
    current: &nightcramp_store::Installation,
    backup: &nightcramp_store::Installation,
) -> Option<String> {
    let counts = |everything: &nightcramp_store::Installation| {
        everything.diaries().fold([0usize; 4], |mut n, d| {
            n[0] += d.episodes.len();
            n[1] += d.checkins.len();
            n[2] += d.days.len();
            n[3] += d.medications.len();
            n
        })
    };
    let (now, then) = (counts(current), counts(backup));
    if now.iter().zip(then).all(|(a, b)| *a <= b) {
        return None;
    }
    let lost = |i: usize| now[i].saturating_sub(then[i]);
    Some(say!(
        "cli.diary.holds",
        cramps = lost(0),
        checkins = lost(1),
        days = lost(2),
        medicines = lost(3)
    ))
}

pub fn backup(ctx: &Context, out: &Path) -> anyhow::Result<()> {
    ctx.store.backup_to(out).map_err(anyhow::Error::new)?;
    eprintln!("{}", say!("cli.backup.done", path = out.display()));
    Ok(())
}

/// Brings back a backup: the whole store (every diary, account and share) as the backup
/// holds it, after keeping what is there now.
pub fn restore(ctx: &mut Context, file: &Path, yes: bool) -> anyhow::Result<()> {
    std::fs::create_dir_all(&ctx.keep_dir)
        .with_context(|| say!("cli.context.creating", path = ctx.keep_dir.display()))?;
    let scratch = ctx.keep_dir.clone();
    let target = nightcramp_store::SqliteStore::read_backup(file, &scratch).map_err(|e| {
        UserError::refused(format!(
            "{}\n{}",
            crate::context::store_error_text(&e),
            say!("cli.restore.nothing")
        ))
    })?;
    let current = ctx
        .store
        .snapshot()
        .with_context(|| say!("cli.context.reading"))?;
    eprintln!(
        "{}",
        say!("cli.restore.backup_holds", what = describe_store(&target))
    );
    eprintln!(
        "{}",
        say!("cli.restore.diary_holds", what = describe_store(&current))
    );
    if let Some(lost) = would_lose(&current, &target) {
        eprintln!("{}", say!("cli.restore.would_lose", what = lost));
    }
    if !yes && !crate::commands::records::confirm(&say!("cli.restore.ask"))? {
        return Err(UserError::refused(say!("cli.restore.not_restored")));
    }
    // The current diary is kept first, so a restore can itself be undone.
    let stem = std::path::Path::new(&ctx.diary_name)
        .file_name()
        .filter(|_| !crate::context::is_postgres_url(&ctx.diary_name))
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "diary.db".into());
    let kept = ctx.keep_dir.join(format!(
        "{stem}.before-restore-{}.bak",
        ctx.now.strftime("%Y%m%dT%H%M%SZ")
    ));
    ctx.store.backup_to(&kept).map_err(anyhow::Error::new)?;
    ctx.store
        .install(&target, true)
        .with_context(|| say!("cli.context.restoring"))?;
    eprintln!(
        "{}",
        say!(
            "cli.restore.done",
            file = file.display(),
            kept = kept.display()
        )
    );
    Ok(())
}

/// Copies everything (every diary, account, share and the audit log) into another store,
/// in one transaction there. A store that already holds anything is left alone unless
/// `replace` is given; then it is backed up first.
pub fn copy(ctx: &Context, to: &str, replace: bool) -> anyhow::Result<()> {
    let everything = ctx
        .store
        .snapshot()
        .with_context(|| say!("cli.context.reading"))?;
    let mut target = Context::open(Some(std::path::Path::new(to)), None)?;
    let there = target
        .store
        .snapshot()
        .with_context(|| say!("cli.context.reading_target"))?;
    let empty = there.is_empty();
    if !empty && !replace {
        return Err(UserError::refused(say!(
            "cli.copy.occupied",
            name = target.diary_name,
            what = describe_store(&there)
        )));
    }
    if !empty {
        std::fs::create_dir_all(&target.keep_dir)
            .with_context(|| say!("cli.context.creating", path = target.keep_dir.display()))?;
        let kept = target.keep_dir.join(format!(
            "before-copy-{}.db",
            ctx.now.strftime("%Y%m%dT%H%M%SZ")
        ));
        target
            .store
            .backup_to(&kept)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        eprintln!("{}", say!("cli.copy.kept", path = kept.display()));
    }
    target
        .store
        .install(&everything, !empty)
        .with_context(|| say!("cli.context.copying"))?;
    let copied = target
        .store
        .snapshot()
        .with_context(|| say!("cli.context.reading_copy"))?;
    if !copied.holds(&everything) {
        return Err(anyhow::anyhow!(say!(
            "cli.copy.differs",
            name = target.diary_name
        )));
    }
    eprintln!(
        "{}",
        say!(
            "cli.copy.done",
            what = describe_store(&everything),
            from = ctx.diary_name,
            to = target.diary_name
        )
    );
    Ok(())
}

pub fn reminders(
    ctx: &Context,
    out: &Path,
    bedtime: &str,
    wake: &str,
    water: Option<u8>,
) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let time = |flag: &str, text: &str| {
        nightcramp_core::when::parse_clock_time(text).ok_or_else(|| {
            crate::context::bad_flag(
                flag,
                nightcramp_core::input::InvalidValue::new(
                    text,
                    nightcramp_core::language::Message::new("allowed.clock_time"),
                ),
            )
        })
    };
    let plan = nightcramp_core::reminders::ReminderPlan {
        bedtime: time("bedtime", bedtime)?,
        wake: time("wake", wake)?,
        water_reminders: water,
        first_day: ctx.today(&zone),
        fluids_limited: nightcramp_core::plan::fluids_may_be_limited(&diary.profile),
        experiment_nights: nightcramp_core::experiment::calendar_nights(
            crate::context::knowledge()?,
            &diary,
            ctx.today(&zone),
        ),
    };
    let ics =
        nightcramp_core::reminders::calendar(&plan, &zone, crate::context::knowledge()?, ctx.now)
            .map_err(|e| UserError::invalid(e.to_string()))?;
    if out.as_os_str() == "-" {
        std::io::Write::write_all(&mut std::io::stdout(), ics.as_bytes())?;
    } else {
        write_atomically(out, ics.as_bytes())?;
        eprintln!(
            "{}",
            say!(
                "cli.reminders.done",
                count = u32::from(nightcramp_core::reminders::water_reminders(&plan)) + 1,
                path = out.display(),
                zone = zone.iana_name().unwrap_or("UTC")
            )
        );
    }
    Ok(())
}

pub fn report(
    ctx: &mut Context,
    out: &Path,
    from: Option<&str>,
    to: Option<&str>,
    language: Option<&str>,
) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let today = ctx.today(&zone);
    let parse = |flag: &str, text: Option<&str>| {
        text.map(|t| {
            crate::context::parse_day(t, today).map_err(|e| crate::context::bad_flag(flag, e))
        })
        .transpose()
    };
    let (from_given, to_given) = (parse("from", from)?, parse("to", to)?);
    let Some((from, to)) =
        nightcramp_core::actions::report_period(&diary, from_given, to_given, today)
    else {
        return Err(UserError::invalid(say!(
            "cli.nights.from_after_to",
            from = from.unwrap_or_default(),
            to = to.unwrap_or_default()
        )));
    };
    let data = nightcramp_core::report::build_report(
        &diary,
        crate::context::knowledge_in(language)?,
        from,
        to,
        ctx.now,
        env!("CARGO_PKG_VERSION"),
    );
    let html = out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let bytes = if html {
        nightcramp_web::report_html(&data, None)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .into_bytes()
    } else {
        nightcramp_report::pdf(&data, today).map_err(|e| anyhow::anyhow!("{e}"))?
    };
    crate::commands::accounts::audit_export(
        ctx,
        &format!("report of {from} to {to} to {}", out.display()),
    )?;
    write_atomically(out, &bytes)?;
    eprintln!(
        "{}",
        say!(
            "cli.report.done",
            from = from,
            to = to,
            path = out.display()
        )
    );
    Ok(())
}

/// A progress bar on the terminal (bytes, MB/s, time left); nothing when stderr is not a
/// terminal (a script, a pipe, the tests) or when the output is JSON.
struct TerminalProgress {
    bar: Option<indicatif::ProgressBar>,
    enabled: bool,
}

impl nightcramp_import::Progress for TerminalProgress {
    fn start(&mut self, what: &str, total: Option<u64>) {
        if !self.enabled {
            return;
        }
        let bar = match total {
            Some(total) => indicatif::ProgressBar::new(total),
            None => indicatif::ProgressBar::new_spinner(),
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec}, {eta} left",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        // The file's name only: a long path would wrap the bar on a narrow terminal.
        let name = Path::new(what)
            .file_name()
            .map_or(what.into(), |n| n.to_string_lossy());
        bar.set_message(say!("cli.import.reading", name = name));
        self.bar = Some(bar);
    }
    fn advance(&mut self, read: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(read);
        }
    }
    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// A wearable export (Apple Health or Fitbit, in whatever shape), or `None` when the file
/// is something else. A damaged export is an error that names the file and the place.
fn wearable(
    path: &Path,
    zones: &nightcramp_import::ReadContext,
    json: bool,
) -> anyhow::Result<Option<nightcramp_import::WearableImport>> {
    use std::io::IsTerminal as _;
    let mut progress = TerminalProgress {
        bar: None,
        enabled: !json && std::io::stderr().is_terminal(),
    };
    match nightcramp_import::read_wearable(path, zones, &mut progress) {
        Ok(found) => Ok(found),
        Err(nightcramp_import::ImportError::Damaged(e)) => Err(UserError::invalid(format!(
            "{}\n{}",
            said(&e),
            say!("cli.import.nothing")
        ))),
        Err(nightcramp_import::ImportError::Io(e)) => {
            Err(anyhow::Error::new(e)
                .context(say!("cli.context.reading_file", name = path.display())))
        }
    }
}
