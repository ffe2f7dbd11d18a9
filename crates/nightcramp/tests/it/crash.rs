//! An interrupted command leaves the diary as it was: all of an import or none of it.

use std::process::Stdio;
use std::time::Duration;

use crate::support::{BIN, Sandbox, s};

fn big_csv(rows: usize) -> String {
    let mut text = String::from("started_at,duration_s,muscle,side,intensity\n");
    let start = jiff::Timestamp::from_second(1_600_000_000).expect("time");
    for i in 0..rows {
        let at = start
            .checked_add(jiff::SignedDuration::from_secs(i as i64 * 3_600))
            .expect("time");
        text.push_str(&format!(
            "{},60,calf,left,{}\n",
            nightcramp_core::domain::format_rfc3339(at, jiff::tz::Offset::UTC),
            1 + i % 10
        ));
    }
    text
}

fn episode_count(d: &Sandbox) -> usize {
    d.backup()["episodes"]
        .as_array()
        .map(Vec::len)
        .expect("episodes")
}

#[test]
fn a_crash_in_the_middle_of_an_import_leaves_none_of_it() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00"]);
    let file = d.write("big.csv", &big_csv(5_000));
    let status = d
        .command(&["import", s(&file)])
        .env("NIGHTCRAMP_FAULT_ABORT_AFTER_CHANGES", "2500")
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert!(!status.success(), "the process died half-way");
    assert_eq!(
        episode_count(&d),
        1,
        "the diary is as it was before the import"
    );
    d.ok(&["import", s(&file)]);
    assert_eq!(
        episode_count(&d),
        5_001,
        "and the import then works in full"
    );
}

#[test]
fn killing_an_import_at_any_moment_leaves_all_or_none() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:00"]);
    let file = d.write("big.csv", &big_csv(40_000));
    let mut outcomes = Vec::new();
    for delay_ms in [5u64, 40, 120, 300, 800] {
        let before = episode_count(&d);
        let mut child = d
            .command(&["import", s(&file)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let after = episode_count(&d);
        assert!(
            after == before || after == 40_001,
            "after a kill at {delay_ms} ms: {before} -> {after}"
        );
        outcomes.push(after);
        if after == 40_001 {
            break;
        }
    }
    // Whatever happened, the diary is readable and consistent (checked above), and a
    // fresh import completes it.
    d.ok(&["import", s(&file)]);
    assert_eq!(
        episode_count(&d),
        40_001,
        "{outcomes:?} then a full import; {BIN}"
    );
}

/// A script that starts `serve` and stops reading its output (or a service manager with
/// stdout closed) must not stop the server: its lines go nowhere instead of panicking on
/// the closed pipe.
#[test]
fn serve_keeps_serving_when_nobody_reads_its_output() {
    use std::io::{Read as _, Write as _};
    let d = Sandbox::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let addr = format!("127.0.0.1:{port}");
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let mut child = d
        .command(&["serve", "--listen", &addr])
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let mut stream = None;
    for _ in 0..100 {
        if let Ok(s) = std::net::TcpStream::connect(&addr) {
            stream = Some(s);
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let response = stream.map(|mut stream| {
        write!(
            stream,
            "GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("read");
        response
    });
    let _ = child.kill();
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let response = response.expect("the server kept listening");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
}
