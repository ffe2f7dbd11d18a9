//! Benchmark: importing a large Apple Health export. A realistic export is generated
//! (`support/apple_health_generator.rs`: default eight years, about 1 GB) into Cargo's
//! benchmark scratch folder, then measured four ways:
//!
//! 1. the reader alone (`read_export` on the file, in this process): MB/s over three runs;
//!    its per-day totals are checked against the generator's truth first;
//! 2. the reader's peak memory (a child process reports its own high-water mark, VmHWM);
//! 3. `nightcramp import export.zip` and `nightcramp import export.xml` as a person runs
//!    them (reading, deduplicating, one transaction into a fresh diary): wall time, and
//!    peak memory through `/usr/bin/time` when it is installed;
//! 4. healthkit-to-sqlite (PyPI) on the same zip, when `HEALTHKIT_TO_SQLITE` names it or it
//!    is on the PATH.
//!
//! Goal: at least 300 MB/s and under 50 MB of peak memory, whatever the file's size.
//!
//! Then the other readers on exports of the same number of years, each generated
//! (`support/fitbit_generator.rs`, `samsung_generator.rs`, `health_connect_generator.rs`)
//! and checked day by day against its truth before it is timed: a Google Takeout with
//! Fitbit's JSON and CSV files (a zip), a Samsung Health folder, a Health Connect database.
//! For each: the reader in this process (MB/s over three runs), its peak memory in a process
//! of its own, and `nightcramp import` as a person runs it. `-- --only-others` skips Apple.
//!
//! Run: `cargo bench -p nightcramp --bench wearables [-- --years N]`.
//! Only write an export: `cargo bench -p nightcramp --bench wearables -- --generate out.xml [--years N]`.

#[path = "support/apple_health_generator.rs"]
mod generator;

#[path = "support/dice.rs"]
mod dice;

#[path = "support/fitbit_generator.rs"]
mod fitbit_generator;

#[path = "support/samsung_generator.rs"]
mod samsung_generator;

#[path = "support/health_connect_generator.rs"]
mod health_connect_generator;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_nightcramp");

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let years: u64 = value_of("--years")
        .and_then(|y| y.parse().ok())
        .unwrap_or(8);
    if let Some(path) = value_of("--child-parse") {
        child_parse(Path::new(&path));
        return;
    }
    if let Some(path) = value_of("--child-read") {
        child_read(
            Path::new(&path),
            value_of("--zone").as_deref().unwrap_or("UTC"),
        );
        return;
    }
    if args.iter().any(|a| a == "--only-others") {
        if let Err(e) = other_readers(years) {
            eprintln!("benchmark failed: {e}");
            std::process::exit(1);
        }
        return;
    }
    if let Some(path) = value_of("--generate") {
        match write_export(Path::new(&path), years) {
            Ok(size) => println!("wrote {path}: {:.0} MB, {years} years", mb(size)),
            Err(e) => eprintln!("could not write {path}: {e}"),
        }
        return;
    }
    if let Err(e) = run(years).and_then(|()| other_readers(years)) {
        eprintln!("benchmark failed: {e}");
        std::process::exit(1);
    }
}

/// What the readers need besides the file: the zone its UTC-only times go in.
fn read_context(zone: &str) -> nightcramp_import::ReadContext {
    let zone = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    nightcramp_import::ReadContext {
        diary_zone: Some(zone.clone()),
        system_zone: zone,
        today: jiff::civil::date(2026, 12, 6),
    }
}

fn child_read(path: &Path, zone: &str) {
    let days =
        nightcramp_import::read_wearable(path, &read_context(zone), &mut nightcramp_import::Quiet)
            .map(|found| found.map_or(0, |f| f.days.len()));
    println!("{} {days:?}", peak_kb());
}

/// This process's peak memory so far (VmHWM), in KiB, as its status file writes it.
fn peak_kb() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("?")
        .to_string()
}

/// What a generated export should read as, day by day.
struct Expected {
    steps: std::collections::BTreeMap<jiff::civil::Date, f64>,
    sleep_h: std::collections::BTreeMap<jiff::civil::Date, f64>,
    /// Steps may differ by this much (prorated counts rounded in another order).
    steps_tolerance: f64,
}

/// Measures one reader on one generated export: checked first, then timed.
fn measure(
    what: &str,
    path: &Path,
    bytes: u64,
    zone: &str,
    expected: &Expected,
) -> Result<(), Box<dyn std::error::Error>> {
    let context = read_context(zone);
    let mut runs = Vec::new();
    for run in 0..3 {
        let started = Instant::now();
        let found =
            nightcramp_import::read_wearable(path, &context, &mut nightcramp_import::Quiet)?
                .ok_or("not recognised")?;
        runs.push(started.elapsed().as_secs_f64());
        if run == 0 {
            for (date, steps) in &expected.steps {
                let got = found.days.get(date).and_then(|d| d.steps).unwrap_or(0.0);
                if (got - steps).abs() > expected.steps_tolerance {
                    return Err(format!("{what}: {date}: steps {got}, expected {steps}").into());
                }
            }
            for (night, hours) in &expected.sleep_h {
                let got = found.days.get(night).and_then(|d| d.sleep_h);
                if got != Some(*hours) {
                    return Err(format!(
                        "{what}: night of {night}: sleep {got:?}, expected {hours}"
                    )
                    .into());
                }
            }
            println!(
                "{what}: {:.0} MB, {} days, every day as its truth",
                mb(bytes),
                found.days.len()
            );
        }
    }
    runs.sort_by(f64::total_cmp);
    let child = Command::new(std::env::current_exe()?)
        .args(["--child-read", &path.display().to_string(), "--zone", zone])
        .output()?;
    let peak_kb: f64 = String::from_utf8_lossy(&child.stdout)
        .split_whitespace()
        .next()
        .and_then(|k| k.parse().ok())
        .unwrap_or(f64::NAN);
    let diary = tempfile::tempdir()?;
    let (seconds, peak) = timed(
        Command::new(BIN)
            .arg("--db")
            .arg(diary.path().join("diary.db"))
            .arg("import")
            .arg(path)
            .env("TZ", zone),
    )?;
    println!(
        "{what}: reader median {:.2} s, {:.0} MB/s (best {:.0}), peak memory {:.1} MB; nightcramp import {seconds:.2} s, peak memory {}",
        runs[1],
        mb(bytes) / runs[1],
        mb(bytes) / runs[0],
        peak_kb / 1024.0,
        peak.map_or("unknown (no /usr/bin/time)".to_string(), |kb| format!(
            "{:.1} MB",
            kb / 1024.0
        ))
    );
    Ok(())
}

/// Fitbit (JSON and CSV), Samsung Health and Health Connect on `years` of generated data.
fn other_readers(years: u64) -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wearables");
    std::fs::create_dir_all(&dir)?;
    let days = (years * 365 + years / 4) as i64;
    let first = jiff::civil::date(2026, 11, 30).checked_sub(jiff::Span::new().days(days))?;

    let started = Instant::now();
    let fitbit = fitbit_generator::generate(first, days, "America/New_York");
    let zip = dir.join(format!("takeout-{years}y.zip"));
    {
        let mut writer = zip::ZipWriter::new(BufWriter::new(std::fs::File::create(&zip)?));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        for (name, bytes) in &fitbit.files {
            writer.start_file(name.as_str(), options)?;
            writer.write_all(bytes)?;
        }
        writer.finish()?;
    }
    println!(
        "generated {} ({:.0} MB of files, {} minute rows) in {:.1} s",
        zip.display(),
        mb(fitbit.bytes()),
        fitbit.minutes.len(),
        started.elapsed().as_secs_f64()
    );
    let new_york = jiff::tz::TimeZone::get("America/New_York")?;
    let expected = Expected {
        steps: fitbit
            .steps_in(&new_york)
            .into_iter()
            .map(|(d, s)| (d, s as f64))
            .collect(),
        sleep_h: fitbit.sleep_h.clone(),
        steps_tolerance: 0.0,
    };
    let bytes = fitbit.bytes();
    drop(fitbit);
    measure(
        "Fitbit Takeout (JSON + CSV), zip",
        &zip,
        bytes,
        "America/New_York",
        &expected,
    )?;

    let samsung = samsung_generator::generate(first, days, "Europe/Berlin");
    let folder = dir.join(format!("samsunghealth-{years}y"));
    let _ = std::fs::remove_dir_all(&folder);
    for (name, bytes) in &samsung.files {
        let file = folder.join(name);
        std::fs::create_dir_all(file.parent().ok_or("a folder")?)?;
        std::fs::write(file, bytes)?;
    }
    let expected = Expected {
        steps: samsung.steps.iter().map(|(d, s)| (*d, *s as f64)).collect(),
        sleep_h: samsung.sleep_h.clone(),
        steps_tolerance: 0.0,
    };
    measure(
        "Samsung Health folder",
        &folder,
        samsung.bytes(),
        "Europe/Berlin",
        &expected,
    )?;

    let db = dir.join(format!("health_connect_export-{years}y.db"));
    let _ = std::fs::remove_file(&db);
    let health_connect = health_connect_generator::generate(&db, first, days, "Europe/Berlin");
    let expected = Expected {
        steps: health_connect.steps.clone(),
        sleep_h: health_connect.sleep_h.clone(),
        steps_tolerance: 1.0,
    };
    println!("Health Connect: {} records", health_connect.records);
    measure(
        "Health Connect database",
        &db,
        std::fs::metadata(&db)?.len(),
        "Europe/Berlin",
        &expected,
    )?;
    Ok(())
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1_000_000.0
}

fn write_export(path: &Path, years: u64) -> std::io::Result<u64> {
    let mut out = BufWriter::with_capacity(1 << 20, std::fs::File::create(path)?);
    generator::generate(&mut out, years * 365 + years / 4, 2026)?;
    out.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

fn child_parse(path: &Path) {
    let Ok(file) = std::fs::File::open(path) else {
        eprintln!("cannot open {}", path.display());
        return;
    };
    let days = nightcramp_core::wearables::apple_health::read_export(file, |_| {}).map(|d| d.len());
    println!("{} {days:?}", peak_kb());
}

fn run(years: u64) -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wearables");
    std::fs::create_dir_all(&dir)?;
    let xml = dir.join(format!("export-{years}y.xml"));
    if !xml.exists() {
        let started = Instant::now();
        let size = write_export(&xml, years)?;
        println!(
            "generated {} ({:.0} MB) in {:.1} s",
            xml.display(),
            mb(size),
            started.elapsed().as_secs_f64()
        );
    }
    let size = std::fs::metadata(&xml)?.len();
    let truth = generator::generate(&mut std::io::sink(), years * 365 + years / 4, 2026)?;
    println!(
        "export: {:.0} MB, {} days, {} nights with sleep",
        mb(size),
        truth.len(),
        truth.values().filter(|t| t.sleep_s.is_some()).count()
    );

    // 1. The reader alone, checked against the truth, then timed.
    let mut runs = Vec::new();
    for run in 0..3 {
        let started = Instant::now();
        let days = nightcramp_core::wearables::apple_health::read_export(
            std::fs::File::open(&xml)?,
            |_| {},
        )?;
        runs.push(started.elapsed().as_secs_f64());
        if run == 0 {
            check(&days, &truth)?;
        }
    }
    runs.sort_by(f64::total_cmp);
    println!(
        "reader: median {:.2} s, {:.0} MB/s (best {:.0} MB/s)",
        runs[1],
        mb(size) / runs[1],
        mb(size) / runs[0]
    );

    // 2. Peak memory of the reader, in a process of its own.
    let child = Command::new(std::env::current_exe()?)
        .args(["--child-parse", &xml.display().to_string()])
        .output()?;
    let report = String::from_utf8_lossy(&child.stdout);
    let peak_kb: f64 = report
        .split_whitespace()
        .next()
        .and_then(|k| k.parse().ok())
        .unwrap_or(f64::NAN);
    println!("reader: peak memory {:.1} MB (VmHWM)", peak_kb / 1024.0);

    // 3. The whole command, from the zip and from the XML.
    let zip = dir.join(format!("export-{years}y.zip"));
    if !zip.exists() {
        make_zip(&xml, &zip)?;
    }
    for file in [&zip, &xml] {
        let diary = tempfile::tempdir()?;
        let (seconds, peak) = timed(
            Command::new(BIN)
                .arg("--db")
                .arg(diary.path().join("diary.db"))
                .arg("import")
                .arg(file),
        )?;
        println!(
            "nightcramp import {}: {seconds:.2} s, {:.0} MB/s of XML, peak memory {}",
            file.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default(),
            mb(size) / seconds,
            peak.map_or("unknown (no /usr/bin/time)".to_string(), |kb| format!(
                "{:.1} MB",
                kb / 1024.0
            ))
        );
    }

    // 4. healthkit-to-sqlite on the same zip; it stops at characters XML 1.0 forbids,
    //    which real exports contain, so it is also timed on a copy with them blanked.
    let peer =
        std::env::var("HEALTHKIT_TO_SQLITE").unwrap_or_else(|_| "healthkit-to-sqlite".into());
    let out = tempfile::tempdir()?;
    let peer_run = |input: &Path, xml_flag: bool| {
        let mut command = Command::new(&peer);
        if xml_flag {
            command.arg("--xml");
        }
        command
            .arg(input)
            .arg(out.path().join(format!("healthkit-{xml_flag}.db")))
            .arg("--silent")
            .stderr(std::process::Stdio::null());
        timed(&mut command)
    };
    let report_peer =
        |what: &str, result: Result<(f64, Option<f64>), Box<dyn std::error::Error>>| match result {
            Ok((seconds, peak)) => println!(
                "healthkit-to-sqlite {what}: {seconds:.1} s, {:.1} MB/s, peak memory {}",
                mb(size) / seconds,
                peak.map_or("unknown".to_string(), |kb| format!("{:.1} MB", kb / 1024.0))
            ),
            Err(e) => println!("healthkit-to-sqlite {what}: failed ({e})"),
        };
    if Command::new(&peer).arg("--help").output().is_err() {
        println!(
            "healthkit-to-sqlite: not run; `pip install healthkit-to-sqlite` and set HEALTHKIT_TO_SQLITE"
        );
        return Ok(());
    }
    report_peer("on the zip", peer_run(&zip, false));
    let clean = dir.join(format!("export-{years}y-clean.xml"));
    if !clean.exists() {
        let mut writer = BufWriter::new(std::fs::File::create(&clean)?);
        let mut reader = std::io::BufReader::new(std::fs::File::open(&xml)?);
        let mut chunk = vec![0u8; 1 << 20];
        loop {
            let n = std::io::Read::read(&mut reader, &mut chunk)?;
            if n == 0 {
                break;
            }
            for b in &mut chunk[..n] {
                if *b < 0x20 && !matches!(*b, b'\t' | b'\n' | b'\r') {
                    *b = b' ';
                }
            }
            writer.write_all(&chunk[..n])?;
        }
        writer.flush()?;
    }
    report_peer(
        "on the XML, forbidden characters blanked",
        peer_run(&clean, true),
    );
    Ok(())
}

/// Every day's steps and exercise, and every night's sleep, as the generator wrote them.
fn check(
    days: &std::collections::BTreeMap<
        jiff::civil::Date,
        nightcramp_core::wearables::apple_health::DayTotals,
    >,
    truth: &std::collections::BTreeMap<jiff::civil::Date, generator::DayTruth>,
) -> Result<(), String> {
    for (date, want) in truth {
        let got = days.get(date).cloned().unwrap_or_default();
        if got.steps != Some(want.steps as f64) {
            return Err(format!(
                "{date}: steps {:?}, expected {}",
                got.steps, want.steps
            ));
        }
        let exercise = got.exercise_min.unwrap_or(0.0);
        if exercise != want.exercise_min as f64 {
            return Err(format!(
                "{date}: exercise {exercise}, expected {}",
                want.exercise_min
            ));
        }
        match (got.sleep_h, want.sleep_s) {
            (None, None) => {}
            (Some(h), Some(s)) if (h * 3600.0 - s as f64).abs() <= 18.0 => {}
            (got, want) => return Err(format!("{date}: sleep {got:?} h, expected {want:?} s")),
        }
    }
    Ok(())
}

fn make_zip(xml: &Path, zip: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut writer = zip::ZipWriter::new(BufWriter::new(std::fs::File::create(zip)?));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("apple_health_export/export.xml", options)?;
    std::io::copy(&mut std::fs::File::open(xml)?, &mut writer)?;
    writer.finish()?;
    Ok(())
}

/// Wall time and, through GNU time when it is installed, peak memory in KiB.
fn timed(command: &mut Command) -> Result<(f64, Option<f64>), Box<dyn std::error::Error>> {
    let gnu_time = Path::new("/usr/bin/time");
    let report = tempfile::NamedTempFile::new()?;
    let started = Instant::now();
    let status = if gnu_time.exists() {
        let mut wrapped = Command::new(gnu_time);
        wrapped
            .args(["-f", "%M", "-o"])
            .arg(report.path())
            .arg(command.get_program())
            .args(command.get_args())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        wrapped.status()?
    } else {
        command.stdout(std::process::Stdio::null()).status()?
    };
    let seconds = started.elapsed().as_secs_f64();
    if !status.success() {
        return Err(format!(
            "{} failed after {seconds:.1} s: {status}",
            command.get_program().to_string_lossy()
        )
        .into());
    }
    let peak = std::fs::read_to_string(report.path())
        .ok()
        .and_then(|s| s.lines().last().and_then(|l| l.trim().parse().ok()));
    Ok((seconds, peak))
}
