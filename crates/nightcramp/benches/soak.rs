//! Soak: `nightcramp serve` on a fresh SQLite diary for ten minutes under mixed reads and
//! writes from 20 clients, with the server's memory sampled every 10 seconds (issue "Hold
//! under load"). Each client owns 100 cramps and loops: rewrite one of its cramps with a new
//! pain score (`PUT /api/episodes/ID`, so the diary stays the same size and the memory
//! measures the server, not a growing diary), read the home page, the insights, the nights
//! and the cramp back, and every tenth round set a day's factors. At the end every cramp
//! must hold the last pain score its client had acknowledged (nothing lost, the last write
//! won), and the memory must stay flat: the last third's samples against the first third's.
//!
//! Run: `cargo bench -p nightcramp --bench soak` (`-- --minutes N --clients N` to change
//! the defaults, 10 and 20).

// A bench program stops at the first broken assumption (no server, no address), like a test.
#![allow(clippy::expect_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_nightcramp");

#[path = "support/measure.rs"]
mod measure;
use measure::{arg, percentile};

/// One request on a new connection: the status, or None when the connection failed.
fn http(addr: &str, method: &str, path: &str, body: &str) -> Option<u16> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .ok()?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response).ok()?;
    let head = String::from_utf8_lossy(&response[..response.len().min(64)]).into_owned();
    head.split_whitespace().nth(1)?.parse().ok()
}

/// The server's resident memory now (VmRSS), in MB.
fn resident_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Cramps each client owns and rewrites.
const OWN: usize = 100;

fn cramp_id(client: usize, j: usize) -> String {
    format!("00000000-0000-4000-8000-{:012x}", client * OWN + j)
}

/// A cramp of `client`'s with a pain score, a minute of its own back from the server's clock.
fn cramp_body(client: usize, j: usize, pain: usize) -> String {
    let k = (client * OWN + j) as i64;
    let at =
        jiff::Timestamp::from_second(1_764_547_200 - 60 * k).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    format!(
        r#"{{"id": "{}", "started_at": "{at}", "duration_s": 60, "muscle": "calf", "side": "left", "intensity": {pain}}}"#,
        cramp_id(client, j)
    )
}

fn main() {
    let minutes = arg("--minutes", 10);
    let clients = arg("--clients", 20);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("diary.db");
    let mut server = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("NIGHTCRAMP_DB", &db)
        .env("NIGHTCRAMP_NOW", "2026-12-01T09:00:00+01:00")
        .env("LANG", "C.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let mut lines = BufReader::new(server.stdout.take().expect("stdout")).lines();
    let addr = loop {
        let line = lines
            .next()
            .expect("serve printed its address")
            .expect("a line");
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().expect("host:port").to_string();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    let pid = server.id();
    println!("soak: {clients} clients for {minutes} min against {addr} (pid {pid})");

    let stop = Arc::new(AtomicBool::new(false));
    let writes = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(AtomicUsize::new(0));
    let latencies = Arc::new(Mutex::new(Vec::new()));
    // What each cramp should hold at the end: the pain score its last acknowledged write set.
    let expected = Arc::new(Mutex::new(std::collections::BTreeMap::new()));
    let workers: Vec<_> = (0..clients)
        .map(|client| {
            let (stop, writes, failures, latencies, expected, addr) = (
                Arc::clone(&stop),
                Arc::clone(&writes),
                Arc::clone(&failures),
                Arc::clone(&latencies),
                Arc::clone(&expected),
                addr.clone(),
            );
            std::thread::spawn(move || {
                // The client's cramps, created once; from then on only rewritten.
                for j in 0..OWN {
                    let created = http(&addr, "POST", "/api/episodes", &cramp_body(client, j, 5));
                    if created.is_some_and(|s| (200..300).contains(&s)) {
                        if let Ok(mut e) = expected.lock() {
                            e.insert(cramp_id(client, j), 5);
                        }
                    } else {
                        failures.fetch_add(1, Ordering::Relaxed);
                    }
                }
                let mut mine = Vec::new();
                let mut round = 0usize;
                while !stop.load(Ordering::Relaxed) {
                    let j = round % OWN;
                    let pain = 1 + (round / OWN + client) % 10;
                    let id = cramp_id(client, j);
                    let day = jiff::civil::date(2026, 11, 1 + (round % 28) as i8);
                    let mut requests: Vec<(&str, String, String)> = vec![
                        (
                            "PUT",
                            format!("/api/episodes/{id}"),
                            cramp_body(client, j, pain),
                        ),
                        ("GET", "/".into(), String::new()),
                        ("GET", "/insights".into(), String::new()),
                        ("GET", "/api/nights".into(), String::new()),
                        ("GET", format!("/api/episodes/{id}"), String::new()),
                    ];
                    if round.is_multiple_of(10) {
                        requests.push((
                            "PUT",
                            format!("/api/days/{day}"),
                            r#"{"factors": {"standing_h": 8, "water_l": 1.5}}"#.into(),
                        ));
                    }
                    for (method, path, body) in requests {
                        let started = Instant::now();
                        let status = http(&addr, method, &path, &body);
                        mine.push(started.elapsed());
                        match status {
                            Some(s) if (200..300).contains(&s) => {
                                if method == "PUT" && path.starts_with("/api/episodes/") {
                                    writes.fetch_add(1, Ordering::Relaxed);
                                    if let Ok(mut e) = expected.lock() {
                                        e.insert(id.clone(), pain);
                                    }
                                }
                            }
                            _ => {
                                failures.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                    }
                    round += 1;
                }
                if let Ok(mut all) = latencies.lock() {
                    all.extend(mine);
                }
            })
        })
        .collect();

    let started = Instant::now();
    let mut samples = Vec::new();
    while started.elapsed() < Duration::from_secs(60 * minutes as u64) {
        std::thread::sleep(Duration::from_secs(10));
        let mb = resident_mb(pid);
        samples.push(mb);
        println!(
            "  {:>4.0} s: {mb:.1} MB, {} writes acknowledged, {} failed requests",
            started.elapsed().as_secs_f64(),
            writes.load(Ordering::Relaxed),
            failures.load(Ordering::Relaxed)
        );
    }
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        let _ = w.join();
    }
    let _ = server.kill();
    let _ = server.wait();

    let stored: std::collections::BTreeMap<String, usize> = Command::new(BIN)
        .args(["export", "--format", "json", "--out", "-"])
        .env("NIGHTCRAMP_DB", &db)
        .output()
        .ok()
        .and_then(|out| serde_json::from_slice::<serde_json::Value>(&out.stdout).ok())
        .and_then(|backup| {
            backup["episodes"].as_array().map(|episodes| {
                episodes
                    .iter()
                    .filter_map(|e| {
                        Some((
                            e["id"].as_str()?.to_string(),
                            e["intensity"].as_u64()? as usize,
                        ))
                    })
                    .collect()
            })
        })
        .unwrap_or_default();
    let expected = expected.lock().map(|e| e.clone()).unwrap_or_default();
    let lost = expected
        .iter()
        .filter(|(id, pain)| stored.get(*id) != Some(*pain))
        .count();
    let mut all = latencies.lock().map(|l| l.clone()).unwrap_or_default();
    all.sort();
    let third = (samples.len() / 3).max(1);
    let mean = |s: &[f64]| s.iter().sum::<f64>() / s.len().max(1) as f64;
    let first = mean(&samples[..third.min(samples.len())]);
    let last = mean(&samples[samples.len().saturating_sub(third)..]);
    println!(
        "requests: {} (failed {}), p50 {:.1} ms, p99 {:.1} ms",
        all.len(),
        failures.load(Ordering::Relaxed),
        percentile(&all, 0.5).as_secs_f64() * 1000.0,
        percentile(&all, 0.99).as_secs_f64() * 1000.0
    );
    println!(
        "memory: first third {first:.1} MB, last third {last:.1} MB, highest {:.1} MB",
        samples.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "writes: {} acknowledged to {} cramps; {} in the diary, {lost} not holding their last acknowledged value",
        writes.load(Ordering::Relaxed),
        expected.len(),
        stored.len()
    );
    let flat = last <= first * 1.25 + 5.0;
    let failed = failures.load(Ordering::Relaxed);
    let held = lost == 0 && flat && failed == 0 && stored.len() == clients * OWN;
    println!(
        "{}",
        if held {
            "soak: held (every request answered, nothing lost, memory flat)"
        } else {
            "soak: FAILED"
        }
    );
    if !held {
        std::process::exit(1);
    }
}
