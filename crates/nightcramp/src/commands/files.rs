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

/// How many bad rows to print before summarising the rest.
const BAD_ROWS_SHOWN: usize = 50;

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
            per_file.push(json!({"file": name, "kind": found.kind.describe(), "rows": found.days.len(), "days": found.days.len(), "bad_rows": 0, "notes": found.notes}));
            changes.extend(found.changes);
            continue;
        }
        if path.is_dir() {
            return Err(UserError::invalid(format!(
                "{name} is a folder, and nightcramp found no export it reads in it (it looks for Fitbit, Google Takeout and Garmin files in a folder). {}. Nothing was imported.",
                nightcramp_core::files::import_accepts()
            )));
        }
        let bytes = std::fs::read(path).with_context(|| format!("reading {name}"))?;
        let entry = nightcramp_core::input::EntryContext {
            zone: Some(&zone),
            now: ctx.now,
        };
        let parsed = files::parse_file(&name, &bytes, entry)
            .map_err(|e| UserError::invalid(format!("{e}\nNothing was imported.")))?;
        per_file.push(json!({
            "file": name,
            "kind": parsed.kind.describe(),
            "rows": parsed.rows,
            "bad_rows": parsed.bad_rows.len(),
        }));
        bad.extend(parsed.bad_rows);
        changes.extend(parsed.records.into_iter().flat_map(changes_for));
    }
    if !bad.is_empty() && !args.skip_bad {
        for row in bad.iter().take(BAD_ROWS_SHOWN) {
            eprintln!("{row}");
        }
        if bad.len() > BAD_ROWS_SHOWN {
            eprintln!("... and {} more bad rows", bad.len() - BAD_ROWS_SHOWN);
        }
        return Err(UserError::invalid(format!(
            "{} bad row{}; nothing was imported. Fix {}, or import the good rows with --skip-bad",
            bad.len(),
            if bad.len() == 1 { "" } else { "s" },
            if bad.len() == 1 { "it" } else { "them" }
        )));
    }
    let report = ctx.apply(&changes).context("saving the import")?;
    if args.json {
        return print_json(&json!({
            "files": per_file,
            "added": report.inserted,
            "updated": report.updated,
            "already_there": report.unchanged,
            "conflicts": report.conflicts,
            "bad_rows": bad.iter().map(ToString::to_string).collect::<Vec<_>>(),
        }));
    }
    for row in &bad {
        eprintln!("skipped: {row}");
    }
    for file in &per_file {
        outln!(
            "{}: {} with {} {}{}",
            file["file"].as_str().unwrap_or_default(),
            file["kind"].as_str().unwrap_or_default(),
            file["rows"],
            if file.get("days").is_some() {
                "days"
            } else {
                "rows"
            },
            match file["bad_rows"].as_u64() {
                Some(0) | None => String::new(),
                Some(n) => format!(" ({n} bad, skipped)"),
            }
        );
        for note in file["notes"].as_array().into_iter().flatten() {
            outln!("  {}", note.as_str().unwrap_or_default());
        }
    }
    outln!(
        "Imported: {} new, {} filled in, {} already in the diary.",
        report.inserted,
        report.updated,
        report.unchanged
    );
    if !report.conflicts.is_empty() {
        outln!(
            "{} value(s) in the files differ from the diary; the diary's were kept:",
            report.conflicts.len()
        );
        for c in report.conflicts.iter().take(10) {
            outln!("  {c}");
        }
        if report.conflicts.len() > 10 {
            outln!("  ... and {} more", report.conflicts.len() - 10);
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
                    "Wrote a backup of {} cramps, {} check-ins and {} days to {}",
                    diary.episodes.len(),
                    diary.checkins.len(),
                    diary.days.len(),
                    args.out.display()
                );
            }
        }
        ExportFormat::Fhir => {
            let bundle =
                nightcramp_core::fhir::bundle(&diary, crate::context::knowledge()?, ctx.now);
            let text = serde_json::to_string_pretty(&bundle)?;
            if args.out.as_os_str() == "-" {
                outln!("{text}");
            } else {
                write_atomically(&args.out, text.as_bytes())?;
                eprintln!(
                    "Wrote a FHIR R4 Bundle of {} resources to {}",
                    bundle["entry"].as_array().map_or(0, Vec::len),
                    args.out.display()
                );
            }
        }
        ExportFormat::Csv => {
            std::fs::create_dir_all(&args.out)
                .with_context(|| format!("creating the folder {}", args.out.display()))?;
            write_atomically(
                &args.out.join("episodes.csv"),
                &files::csv::write_episodes_csv(&diary.episodes)?,
            )?;
            write_atomically(
                &args.out.join("days.csv"),
                &files::csv::write_days_csv(&diary)?,
            )?;
            eprintln!(
                "Wrote episodes.csv ({} cramps) and days.csv to {}",
                diary.episodes.len(),
                args.out.display()
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
    std::fs::write(&tmp, bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("moving {} into place", path.display()))?;
    Ok(())
}

/// "12 cramps, 30 check-ins, 28 days, 1 medicines": what a diary holds, before it is
/// replaced (restore, copy).
fn describe_diary(d: &nightcramp_core::domain::Diary) -> String {
    format!(
        "{} cramps, {} check-ins, {} days, {} medicines",
        d.episodes.len(),
        d.checkins.len(),
        d.days.len(),
        d.medications.len()
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
    format!(
        "{} accounts, {} shares, {} audit entries and {diaries} diaries with {}",
        everything.accounts(),
        everything.shares(),
        everything.audit_entries(),
        describe_diary(&total)
    )
}

pub fn backup(ctx: &Context, out: &Path) -> anyhow::Result<()> {
    ctx.store
        .backup_to(out)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    eprintln!("Wrote a consistent copy of the diary to {}", out.display());
    Ok(())
}

/// Brings back a backup: the whole store (every diary, account and share) as the backup
/// holds it, after keeping what is there now.
pub fn restore(ctx: &mut Context, file: &Path, yes: bool) -> anyhow::Result<()> {
    std::fs::create_dir_all(&ctx.keep_dir)
        .with_context(|| format!("creating {}", ctx.keep_dir.display()))?;
    let scratch = ctx.keep_dir.clone();
    let target = nightcramp_store::SqliteStore::read_backup(file, &scratch)
        .map_err(|e| UserError::refused(format!("{e}\nNothing was restored.")))?;
    let current = ctx.store.snapshot().context("reading the diary")?;
    eprintln!("The backup holds {}.", describe_store(&target));
    eprintln!("Your diary now holds {}.", describe_store(&current));
    if !yes && !crate::commands::records::confirm("Replace your diary with the backup?")? {
        return Err(UserError::refused(
            "not restored; nothing was changed (add --yes to restore without asking)",
        ));
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
    ctx.store
        .backup_to(&kept)
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    ctx.store.install(&target, true).context("restoring")?;
    eprintln!(
        "Restored {}. Your previous diary is kept at {}",
        file.display(),
        kept.display()
    );
    Ok(())
}

/// Copies everything (every diary, account, share and the audit log) into another store,
/// in one transaction there. A store that already holds anything is left alone unless
/// `replace` is given; then it is backed up first.
pub fn copy(ctx: &Context, to: &str, replace: bool) -> anyhow::Result<()> {
    let everything = ctx.store.snapshot().context("reading the diary")?;
    let mut target = Context::open(Some(std::path::Path::new(to)), None)?;
    let there = target.store.snapshot().context("reading the target")?;
    let empty = there.is_empty();
    if !empty && !replace {
        return Err(UserError::refused(format!(
            "{} already holds a diary ({}); nothing was copied. Add --replace to replace it (it is backed up first)",
            target.diary_name,
            describe_store(&there)
        )));
    }
    if !empty {
        std::fs::create_dir_all(&target.keep_dir)
            .with_context(|| format!("creating {}", target.keep_dir.display()))?;
        let kept = target.keep_dir.join(format!(
            "before-copy-{}.db",
            ctx.now.strftime("%Y%m%dT%H%M%SZ")
        ));
        target
            .store
            .backup_to(&kept)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        eprintln!("The diary that was there is kept at {}", kept.display());
    }
    target
        .store
        .install(&everything, !empty)
        .context("copying")?;
    let copied = target.store.snapshot().context("reading the copy back")?;
    if !copied.holds(&everything) {
        return Err(anyhow::anyhow!(
            "the copy in {} does not read back the same; the diary you copied from is unchanged",
            target.diary_name
        ));
    }
    eprintln!(
        "Copied the diary ({}) from {} to {}.",
        describe_store(&everything),
        ctx.diary_name,
        target.diary_name
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
            "Wrote {} reminders a day to {} (time zone {}). Open it with your calendar app.",
            u32::from(nightcramp_core::reminders::water_reminders(&plan)) + 1,
            out.display(),
            zone.iana_name().unwrap_or("UTC")
        );
    }
    Ok(())
}

pub fn report(
    ctx: &mut Context,
    out: &Path,
    from: Option<&str>,
    to: Option<&str>,
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
        return Err(UserError::invalid(format!(
            "--from {} is after --to {}",
            from.unwrap_or_default(),
            to.unwrap_or_default()
        )));
    };
    let data = nightcramp_core::report::build_report(
        &diary,
        crate::context::knowledge()?,
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
        "Wrote the report for the nights of {from} to {to} to {}",
        out.display()
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
        bar.set_message(format!("Reading {name}"));
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
        Err(nightcramp_import::ImportError::Damaged(e)) => {
            Err(UserError::invalid(format!("{e}\nNothing was imported.")))
        }
        Err(nightcramp_import::ImportError::Io(e)) => {
            Err(anyhow::Error::new(e).context(format!("reading {}", path.display())))
        }
    }
}
