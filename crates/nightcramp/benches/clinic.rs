//! Benchmark: a clinic on PostgreSQL (issue "Accounts, sharing and PostgreSQL", the scale
//! to reach). 1,000 people with a year of diary each (a check-in or a cramp every night and
//! three day factors: about 1.5 million rows), a clinician with 300 of them sharing. Then,
//! against a real `nightcramp serve` on that database:
//! - `GET /api/people` as the clinician, sequentially (goal: p99 under 100 ms);
//! - 50 people logging cramps at once, 20 each (goal: nothing lost, p99 under 50 ms).
//!
//! Run: `NIGHTCRAMP_BENCH_POSTGRES=postgres://user@host/db cargo bench -p nightcramp --bench clinic`
//! (`-- --people N --patients M` for a smaller run; `-- --filled` to measure again on a database
//! an earlier run filled). The database should be empty otherwise: the bench
//! fills it. `eval "$(scripts/pg-test-cluster)"` gives a throwaway cluster; use its URL.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::Instant;

use nightcramp_core::domain::{CheckIn, Episode, FactorKey, FactorValue, Muscle, Provenance, Side};
use nightcramp_core::factors::Builtin;
use nightcramp_store::{Change, Mode, NewShare, PgStore, Role, Store};

const BIN: &str = env!("CARGO_BIN_EXE_nightcramp");
const PASSWORD: &str = "a long enough password";

#[path = "support/measure.rs"]
mod measure;
use measure::{arg, percentile};

/// One HTTP/1.1 request on a new connection: (status, headers, body).
fn http(
    addr: &str,
    method: &str,
    path: &str,
    cookie: &str,
    csrf: &str,
    body: &str,
) -> Option<(u16, String, String)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\nCookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let (head, body) = response.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, head.to_string(), body.to_string()))
}

fn log_in(addr: &str, name: &str) -> Option<(String, String)> {
    let body = format!(r#"{{"name":"{name}","password":"{PASSWORD}"}}"#);
    let (status, head, body) = http(addr, "POST", "/api/session", "", "", &body)?;
    if status != 200 {
        return None;
    }
    let cookie = head
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))?
        .split(';')
        .next()?
        .to_string();
    let start = body.find('{')?;
    let end = body.rfind('}')?;
    let json: serde_json::Value = serde_json::from_str(&body[start..=end]).ok()?;
    Some((cookie, json["csrf"].as_str()?.to_string()))
}

/// A year of one person's nights: every night a check-in or a cramp, and three day factors.
fn a_year(person: usize, last: jiff::civil::Date) -> Vec<Change> {
    let mut state = (person as u64 + 1) * 2_654_435_761;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 10_000) as f64 / 10_000.0
    };
    let mut changes = Vec::with_capacity(365 * 4);
    for d in 0..365i64 {
        let night = last.saturating_add(jiff::Span::new().days(-d));
        let rate = 0.1 + 0.4 * (person % 7) as f64 / 7.0;
        if next() < rate {
            let started: jiff::Timestamp =
                format!("{}T02:30:00Z", night.tomorrow().unwrap_or(night))
                    .parse()
                    .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            changes.push(Change::PutEpisode(
                Episode {
                    id: uuid::Uuid::from_u64_pair(person as u64, d as u64),
                    started_at: started,
                    utc_offset: jiff::tz::Offset::UTC,
                    time_zone: None,
                    duration_s: 60 + (next() * 300.0) as u32,
                    muscle: Muscle::Calf,
                    side: Side::Left,
                    intensity: 3 + (next() * 6.0) as u8,
                    woke: Some(true),
                    soreness_h: None,
                    relief: vec![],
                    notes: None,
                },
                Mode::Replace,
            ));
        } else {
            changes.push(Change::PutCheckIn(
                CheckIn {
                    id: uuid::Uuid::from_u64_pair(person as u64 | (1 << 40), d as u64),
                    night,
                    sleep_disturbance: Some(0),
                    recorded_at: None,
                },
                Mode::Replace,
            ));
        }
        for (key, value) in [
            (Builtin::StandingH, (next() * 12.0).round()),
            (Builtin::WaterL, (next() * 30.0).round() / 10.0),
            (Builtin::Steps, (2_000.0 + next() * 10_000.0).round()),
        ] {
            changes.push(Change::PutFactor {
                date: night,
                key: FactorKey::Builtin(key),
                value: FactorValue::Number(value),
                source: Provenance::Typed,
                mode: Mode::Replace,
            });
        }
    }
    changes
}

fn main() {
    let Ok(url) = std::env::var("NIGHTCRAMP_BENCH_POSTGRES") else {
        eprintln!(
            "NIGHTCRAMP_BENCH_POSTGRES is not set; give an empty PostgreSQL database's URL (see the top of benches/clinic.rs)"
        );
        return;
    };
    let people = arg("--people", 1_000);
    let patients = arg("--patients", 300).min(people);
    let now: jiff::Timestamp = "2026-12-01T08:00:00Z"
        .parse()
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let last = jiff::civil::date(2026, 11, 30);
    let Ok(store) = PgStore::open(&url) else {
        eprintln!("cannot open {url}");
        return;
    };
    let Ok(hash) = nightcramp_web::auth::hash_password(PASSWORD) else {
        return;
    };
    if std::env::args().any(|a| a == "--filled") {
        println!("using the database as an earlier run filled it");
    } else if fill(store, people, patients, &hash, now, last).is_none() {
        return;
    }

    let Ok(mut child) = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("NIGHTCRAMP_DB", &url)
        .env("NIGHTCRAMP_NOW", "2026-12-01T08:00:00Z")
        .stdout(Stdio::piped())
        .spawn()
    else {
        return;
    };
    let Some(stdout) = child.stdout.take() else {
        return;
    };
    let mut lines = BufReader::new(stdout).lines();
    let addr = loop {
        match lines.next() {
            Some(Ok(line)) => {
                if let Some(rest) = line.split("http://").nth(1) {
                    break rest.split('/').next().unwrap_or_default().to_string();
                }
            }
            _ => return,
        }
    };
    std::thread::spawn(move || for _ in lines {});

    let Some((cookie, csrf)) = log_in(&addr, "drlee") else {
        eprintln!("drlee could not log in");
        let _ = child.kill();
        return;
    };
    // The first list after start computes every patient's summary; the next ones reuse
    // those whose diary did not change.
    let t = Instant::now();
    let first = http(&addr, "GET", "/api/people", &cookie, &csrf, "");
    let cold = t.elapsed();
    println!(
        "GET /api/people, first after start (every summary computed): {:.0} ms{}",
        cold.as_secs_f64() * 1e3,
        if matches!(first, Some((200, _, _))) {
            ""
        } else {
            " (failed)"
        }
    );
    let mut times = Vec::new();
    let mut listed = 0;
    for _ in 0..100 {
        let t = Instant::now();
        if let Some((200, _, body)) = http(&addr, "GET", "/api/people", &cookie, &csrf, "") {
            listed = body.matches("\"person\"").count();
        }
        times.push(t.elapsed());
    }
    times.sort();
    println!(
        "GET /api/people ({listed} patients), 100 in a row: p50 {:.0} ms, p99 {:.0} ms (goal: p99 under 100 ms)",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3
    );

    let clients = 50.min(people);
    // This run's cramps carry its own ids (a run on a database filled earlier adds more).
    let run: u64 = (1 << 50) | ((jiff::Timestamp::now().as_second() as u64 & 0xFFFF_FFFF) << 8);
    let per_client = 20;
    // Logged in one after the other (a burst of logins from one address is rate-limited by
    // design); then all write at once.
    let sessions: Vec<Option<(String, String)>> = (0..clients)
        .map(|c| log_in(&addr, &format!("person{:04}", people - 1 - c)))
        .collect();
    let logged_in = sessions.iter().filter(|s| s.is_some()).count();
    let handles: Vec<_> = sessions
        .into_iter()
        .enumerate()
        .map(|(c, session)| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let Some((cookie, csrf)) = session else {
                    return (Vec::new(), 0);
                };
                let mut times = Vec::new();
                let mut saved = 0;
                for i in 0..per_client {
                    let body = format!(
                        r#"{{"id":"{}","started_at":"2026-12-01T0{}:{:02}:00Z","duration_s":60,"muscle":"calf","side":"right","intensity":5}}"#,
                        uuid::Uuid::from_u64_pair(run | c as u64, i as u64),
                        i % 7,
                        i
                    );
                    let t = Instant::now();
                    if let Some((201, _, _)) = http(&addr, "POST", "/api/episodes", &cookie, &csrf, &body) {
                        saved += 1;
                    }
                    times.push(t.elapsed());
                }
                (times, saved)
            })
        })
        .collect();
    let mut writes = Vec::new();
    let mut saved = 0;
    for h in handles {
        if let Ok((t, s)) = h.join() {
            writes.extend(t);
            saved += s;
        }
    }
    writes.sort();
    let _ = child.kill();
    let _ = child.wait();
    let Ok(store) = PgStore::open(&url) else {
        return;
    };
    let mut present = 0;
    let mut store = store;
    for c in 0..clients {
        if let Ok(access) = store.operator_access(Some(&format!("person{:04}", people - 1 - c)))
            && let Ok(diary) = store.load(&access)
        {
            present += diary
                .episodes
                .iter()
                .filter(|e| e.side == Side::Right && e.id.as_u64_pair().0 >> 8 == run >> 8)
                .count();
        }
    }
    println!(
        "{clients} clients ({logged_in} logged in) logging {per_client} cramps each at once: {saved} acknowledged, {present} in the diaries (of {}); p50 {:.1} ms, p99 {:.1} ms (goal: nothing lost, p99 under 50 ms)",
        clients * per_client,
        percentile(&writes, 0.5).as_secs_f64() * 1e3,
        percentile(&writes, 0.99).as_secs_f64() * 1e3
    );
}

/// Fills an empty database: `people` accounts with a year each, the first `patients` of
/// them sharing with the clinician drlee.
fn fill(
    mut store: PgStore,
    people: usize,
    patients: usize,
    hash: &str,
    now: jiff::Timestamp,
    last: jiff::civil::Date,
) -> Option<()> {
    let started = Instant::now();
    // Filled by four connections side by side (the database set up by the first): a year
    // per person through `Store::apply`, as an import writes it.
    let connect = store.connector()?;
    let fillers: Vec<_> = (0..4usize)
        .map(|t| {
            let connect = connect.clone();
            let hash = hash.to_string();
            std::thread::spawn(move || -> Result<usize, String> {
                let mut store = connect().map_err(|e| e.to_string())?;
                let mut rows = 0;
                for p in (t..people).step_by(4) {
                    let name = format!("person{p:04}");
                    store
                        .add_account(&name, Role::Person, &hash, now)
                        .map_err(|e| format!("{name}: {e} (the database must start empty)"))?;
                    let access = store
                        .operator_access(Some(&name))
                        .map_err(|e| e.to_string())?;
                    let changes = a_year(p, last);
                    rows += changes.len();
                    store
                        .apply(&access, &changes)
                        .map_err(|e| format!("writing {name}: {e}"))?;
                }
                Ok(rows)
            })
        })
        .collect();
    let mut rows = 0usize;
    for filler in fillers {
        match filler.join() {
            Ok(Ok(n)) => rows += n,
            Ok(Err(e)) => {
                eprintln!("{e}");
                return None;
            }
            Err(_) => return None,
        }
    }
    let _ = store.add_account("drlee", Role::Clinician, hash, now);
    for p in 0..patients {
        let Ok(access) = store.operator_access(Some(&format!("person{p:04}"))) else {
            return None;
        };
        let share = NewShare {
            with: Some("drlee".into()),
            token: None,
            until: None,
            at: now,
            origin: "bench".into(),
        };
        if store.add_share(&access, share).is_err() {
            return None;
        }
    }
    println!(
        "filled: {people} people, {rows} diary rows, {patients} sharing with drlee, in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Some(())
}
