//! Holding under load, as a real `nightcramp serve` process: bursts of logins from many
//! addresses at once, with the server's memory measured (bounded counts, loopback only).

use crate::support::{Sandbox, Server, exchange};

/// A connection to the server from a loopback address of our choosing (127.0.0.0/8 is all
/// this machine's), so a test can look like many clients.
fn connect_from(server: &Server, from: std::net::Ipv4Addr) -> std::net::TcpStream {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .expect("runtime");
    let target: std::net::SocketAddr = server.addr.parse().expect("address");
    let stream = runtime
        .block_on(async {
            let socket = tokio::net::TcpSocket::new_v4()?;
            socket.bind((from, 0).into())?;
            socket.connect(target).await
        })
        .expect("connect");
    let stream = stream.into_std().expect("a std stream");
    stream.set_nonblocking(false).expect("blocking");
    stream
}

/// 100 wrong-password logins released at once, each from its own address (so the limit per
/// address lets every first attempt through): the password checks are bounded, so the
/// server's memory stays flat (a probe of the old server saw it rise from 12 MB to 1.9 GB),
/// every login gets an answer (a wrong password, or "busy"), and the right one still works.
#[cfg(target_os = "linux")]
#[test]
fn a_burst_of_logins_from_many_addresses_keeps_memory_flat() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:10", "--side", "left"]);
    let password_file = d.write("password", "correct horse battery\n");
    let server = d.serve_with(d.command(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--password-file",
        crate::support::s(&password_file),
    ]));
    let login = |from: std::net::Ipv4Addr, password: &str| {
        exchange(
            connect_from(&server, from),
            &server,
            "POST",
            "/login",
            None,
            None,
            "application/x-www-form-urlencoded",
            &format!("password={}", password.replace(' ', "+")),
        )
        .0
    };
    // One login first, so the memory it needs in any case is counted before the burst.
    assert_eq!(
        login(std::net::Ipv4Addr::new(127, 0, 0, 1), "warming up"),
        401
    );
    let before = server.peak_memory();
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let tries: Vec<_> = (0..100u8)
            .map(|i| scope.spawn(move || login(std::net::Ipv4Addr::new(127, 0, 1, i + 1), "guess")))
            .collect();
        tries
            .into_iter()
            .map(|t| t.join().expect("thread"))
            .collect()
    });
    let after = server.peak_memory();
    assert!(
        statuses.iter().all(|s| *s == 401 || *s == 429),
        "a wrong password or busy, never an error: {statuses:?}"
    );
    assert!(
        statuses.contains(&429),
        "beyond the bound, logins are refused at once: {statuses:?}"
    );
    let grown = after.saturating_sub(before) >> 20;
    assert!(
        grown < 100,
        "the server's peak memory grew by {grown} MB during the burst ({} MB before)",
        before >> 20
    );
    assert_eq!(
        login(
            std::net::Ipv4Addr::new(127, 0, 2, 1),
            "correct horse battery"
        ),
        303,
        "the right password works after the burst"
    );
}

/// Several `nightcramp cramp` processes and the server writing to one diary at once: every
/// write waits its turn (none fails with "database is locked", as 16% of them once did), and
/// every one is there afterwards.
#[test]
fn several_processes_and_the_server_writing_at_once_all_succeed() {
    const PROCESSES: usize = 3;
    const EACH: usize = 12;
    const THROUGH_SERVER: usize = 24;
    let d = Sandbox::new();
    d.ok(&["profile", "--timezone", "UTC"]);
    let server = d.serve();
    // Each write its own minute, so every one is a distinct cramp.
    let minute = |k: usize| format!("2026-10-{:02}T03:{:02}:00Z", 1 + k / 40, k % 40);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for p in 0..PROCESSES {
            let (d, failures) = (&d, &failures);
            scope.spawn(move || {
                for i in 0..EACH {
                    let at = minute(p * EACH + i);
                    let out = d.output(&["cramp", "--at", &at, "--side", "left"]);
                    if !out.status.success() {
                        let why = String::from_utf8_lossy(&out.stderr).into_owned();
                        failures
                            .lock()
                            .expect("lock")
                            .push(format!("cramp {at}: {why}"));
                    }
                }
            });
        }
        let (server, failures) = (&server, &failures);
        scope.spawn(move || {
            for i in 0..THROUGH_SERVER {
                let at = minute(PROCESSES * EACH + i);
                let body = format!(
                    r#"{{"started_at": "{at}", "duration_s": 60, "muscle": "calf", "side": "right", "intensity": 5}}"#
                );
                let (status, _, answer) =
                    crate::support::http(server, "POST", "/api/episodes", None, None, &body);
                if !(200..300).contains(&status) {
                    failures
                        .lock()
                        .expect("lock")
                        .push(format!("API {at}: {status} {answer}"));
                }
            }
        });
    });
    let failures = failures.into_inner().expect("lock");
    assert!(failures.is_empty(), "{failures:#?}");
    drop(server);
    let backup = d.backup();
    let episodes = backup["episodes"].as_array().expect("episodes");
    assert_eq!(
        episodes.len(),
        PROCESSES * EACH + THROUGH_SERVER,
        "every write is there"
    );
}

/// A diary this process may not write (a read-only file, run as an ordinary user) is said
/// to be read-only, with what to do, exit 1: not "damaged" (exit 3), and left as it was.
#[cfg(target_os = "linux")]
#[test]
fn a_read_only_diary_is_said_to_be_read_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:10", "--side", "left"]);
    let db = d.db();
    for suffix in ["", "-wal", "-shm"] {
        let file = std::path::PathBuf::from(format!("{}{suffix}", db.display()));
        if file.exists() {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444))
                .expect("read-only");
        }
    }
    std::fs::set_permissions(d.dir.path(), std::fs::Permissions::from_mode(0o555))
        .expect("read-only folder");
    let before = std::fs::read(&db).expect("read");
    // Root may write anything, so as root the command runs as nobody.
    let mut command = d.command(&["cramp", "--at", "03:20", "--side", "left"]);
    let root = std::fs::metadata("/proc/self").map(|m| {
        use std::os::unix::fs::MetadataExt as _;
        m.uid() == 0
    });
    if root.unwrap_or(false) {
        let mut as_nobody = std::process::Command::new("setpriv");
        as_nobody
            .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"])
            .arg(command.get_program())
            .args(command.get_args());
        for (key, value) in command.get_envs() {
            match value {
                Some(value) => as_nobody.env(key, value),
                None => as_nobody.env_remove(key),
            };
        }
        command = as_nobody;
    }
    let out = command.output().expect("runs");
    std::fs::set_permissions(d.dir.path(), std::fs::Permissions::from_mode(0o755))
        .expect("writable again");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("is read-only for you"), "{stderr}");
    assert!(!stderr.contains("damaged"), "{stderr}");
    assert_eq!(std::fs::read(&db).expect("read"), before);
}

/// A folder given as the diary: said to be a folder, with the file to name instead, exit 1.
#[test]
fn a_folder_given_as_the_diary_is_said_to_be_a_folder() {
    let d = Sandbox::new();
    let folder = d.path("diaries");
    std::fs::create_dir_all(&folder).expect("folder");
    let out = d
        .command(&["list"])
        .env("NIGHTCRAMP_DB", &folder)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("is a folder, not a diary file. Name the file instead, for example"),
        "{stderr}"
    );
    assert!(!stderr.contains("damaged"), "{stderr}");
}
