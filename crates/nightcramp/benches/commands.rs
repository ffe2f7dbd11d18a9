//! Benchmark: whole commands as a person runs them, on a ten-year diary in a SQLite file:
//! `insights --json`, `checkup --json` and `nights --json`, each a fresh process (open the
//! diary, load it, analyse, print). Goal: `insights --json` well under a second.
//!
//! Then a load benchmark of the web app on loopback: `nightcramp serve` on the same diary,
//! 200 sequential requests per page, latency percentiles (goal: p99 under 50 ms).
//!
//! With `NIGHTCRAMP_BENCH_POSTGRES` set to an empty PostgreSQL database's URL, the diary is
//! also copied there (`nightcramp copy --to`) and the same pages are measured on it, side by
//! side (goal: within 2x of SQLite).
//!
//! Run: `cargo bench -p nightcramp --bench commands`.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_nightcramp");

fn main() {
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("no temporary folder");
        return;
    };
    let db = dir.path().join("diary.db");
    let mut episodes = String::from("started_at,duration_s,muscle,side,intensity,woke\n");
    let mut days = String::from(
        "date,standing_h,water_l,caffeine_drinks,steps,exercise_min,stretched,tight_blankets,urine_color,sleep_position,custom:long drive,custom:ate late,night_checked\n",
    );
    let start = jiff::civil::date(2016, 11, 1);
    let mut state: u64 = 7;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 10_000) as f64 / 10_000.0
    };
    for i in 0..3_653i64 {
        let day = start.saturating_add(jiff::Span::new().days(i));
        let standing = (next() * 12.0).round();
        let cramp = next() < if standing >= 9.0 { 0.4 } else { 0.2 };
        let logged = next() > 0.05;
        let _ = writeln!(
            days,
            "{day},{standing},{:.1},{},{},{},{},{},{},{},{},{},{}",
            next() * 3.0,
            (next() * 5.0) as u32,
            3_000 + (next() * 9_000.0) as u32,
            (next() * 90.0) as u32,
            next() < 0.6,
            next() < 0.3,
            1 + (next() * 7.0) as u32,
            ["back", "side", "side_curled", "stomach"][(next() * 4.0) as usize % 4],
            next() < 0.15,
            next() < 0.3,
            logged && !cramp
        );
        if logged && cramp {
            let _ = writeln!(
                episodes,
                "{}T03:{:02}:00+01:00,{},calf,left,{},true",
                day.saturating_add(jiff::Span::new().days(1)),
                i % 60,
                30 + i % 500,
                1 + i % 10
            );
        }
    }
    let (e, d) = (dir.path().join("episodes.csv"), dir.path().join("days.csv"));
    if std::fs::write(&e, episodes)
        .and_then(|()| std::fs::write(&d, days))
        .is_err()
    {
        eprintln!("cannot write the fixtures");
        return;
    }
    let run = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .env("NIGHTCRAMP_DB", &db)
            .env("NIGHTCRAMP_NOW", "2026-11-03T09:00:00+01:00")
            .output()
    };
    let start_import = Instant::now();
    match run(&["import", &e.to_string_lossy(), &d.to_string_lossy()]) {
        Ok(out) if out.status.success() => {}
        other => {
            eprintln!("import failed: {other:?}");
            return;
        }
    }
    println!(
        "import of ten years (two CSV files): {:.0} ms",
        start_import.elapsed().as_secs_f64() * 1e3
    );
    for args in [
        &["insights", "--json"][..],
        &["checkup", "--json"],
        &["nights", "--json"],
        &["plan", "--json"],
    ] {
        let mut times: Vec<Duration> = (0..15)
            .map(|_| {
                let t = Instant::now();
                let _ = run(args);
                t.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "nightcramp {:<18} median {:>7.1} ms   fastest {:>7.1} ms   (15 runs, whole process)",
            args.join(" "),
            times[7].as_secs_f64() * 1e3,
            times[0].as_secs_f64() * 1e3
        );
    }
    let on_sqlite = serve_load(&db.to_string_lossy());
    let Ok(url) = std::env::var("NIGHTCRAMP_BENCH_POSTGRES") else {
        return;
    };
    match run(&["copy", "--to", &url]) {
        Ok(out) if out.status.success() => {}
        other => {
            eprintln!("copy to PostgreSQL failed: {other:?}");
            return;
        }
    }
    println!("the same diary on PostgreSQL:");
    let on_postgres = serve_load(&url);
    println!("PostgreSQL against SQLite, p50 and p99 (goal: within 2x):");
    for ((path, sqlite50, sqlite99), (_, pg50, pg99)) in on_sqlite.iter().zip(&on_postgres) {
        println!(
            "  GET {path:<14} p50 {:>4.2}x   p99 {:>4.2}x",
            pg50 / sqlite50,
            pg99 / sqlite99
        );
    }
}

/// One HTTP/1.1 GET on a fresh connection; returns the status code.
fn get(addr: &str, path: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    response.split_whitespace().nth(1)?.parse().ok()
}

/// Each page's (path, p50 ms, p99 ms) from a `serve` on `db` (a file or a URL).
fn serve_load(db: &str) -> Vec<(&'static str, f64, f64)> {
    let mut results = Vec::new();
    let Ok(mut server) = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("NIGHTCRAMP_DB", db)
        .env("NIGHTCRAMP_NOW", "2026-11-03T09:00:00+01:00")
        .stdout(std::process::Stdio::piped())
        .spawn()
    else {
        eprintln!("cannot start the server");
        return results;
    };
    let mut line = String::new();
    if let Some(out) = server.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    let Some(addr) = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .map(str::to_string)
    else {
        eprintln!("the server did not say where it listens: {line}");
        let _ = server.kill();
        return results;
    };
    println!("load on loopback, 200 sequential requests per page (a new connection each):");
    for path in [
        "/",
        "/cramp",
        "/morning",
        "/day",
        "/entries",
        "/insights",
        "/checkup",
        "/plan",
        "/api/nights",
        "/api/insights",
    ] {
        let _ = get(&addr, path); // warm the diary cache
        let mut times: Vec<Duration> = Vec::with_capacity(200);
        let mut failures = 0;
        for _ in 0..200 {
            let t = Instant::now();
            if get(&addr, path) != Some(200) {
                failures += 1;
            }
            times.push(t.elapsed());
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "  GET {path:<14} p50 {:>6.1} ms   p99 {:>6.1} ms   max {:>6.1} ms{}",
            ms(times[100]),
            ms(times[197]),
            ms(times[199]),
            if failures > 0 {
                format!("   ({failures} not 200)")
            } else {
                String::new()
            }
        );
        results.push((path, ms(times[100]), ms(times[197])));
    }
    let _ = server.kill();
    let _ = server.wait();
    results
}
