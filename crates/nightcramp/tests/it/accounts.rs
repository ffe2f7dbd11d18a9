//! A household and a clinic from the command line: accounts, `--person`, shares, links and
//! the audit log, on a diary file and on PostgreSQL alike.

use serde_json::Value;

use crate::support::{Sandbox, Server, http, s};

fn add(d: &Sandbox, name: &str, role: &str) -> String {
    let out = d.with_input(
        &["accounts", "add", name, "--role", role],
        "correct horse battery\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn household(d: &Sandbox) {
    d.ok(&["cramp", "--at", "03:10", "--side", "left"]);
    let first = add(d, "ana", "person");
    assert!(
        first.contains("The diary that was here is now ana's"),
        "{first}"
    );
    add(d, "ben", "person");
    add(d, "drlee", "clinician");
}

fn cramps(d: &Sandbox, person: &str) -> usize {
    d.json(&["--person", person, "list", "--nights", "14", "--json"])
        .as_array()
        .map(|nights| {
            nights
                .iter()
                .map(|n| n["episodes"].as_array().map_or(0, Vec::len))
                .sum()
        })
        .unwrap_or(0)
}

fn a_household_keeps_diaries_apart(d: &Sandbox) {
    household(d);
    // Everything here before accounts is ana's; ben starts empty.
    assert_eq!(cramps(d, "ana"), 1);
    assert_eq!(cramps(d, "ben"), 0);
    d.ok(&[
        "--person", "ben", "cramp", "--at", "02:00", "--side", "right",
    ]);
    assert_eq!((cramps(d, "ana"), cramps(d, "ben")), (1, 1));

    // With two people, a diary command must say whose; an unknown name is exit 2.
    let (code, message) = d.fails(&["list"]);
    assert_eq!(code, 2, "{message}");
    assert!(
        message.contains("say whose with --person NAME"),
        "{message}"
    );
    let (code, message) = d.fails(&["--person", "zoe", "list"]);
    assert_eq!(code, 2, "{message}");
    assert!(message.contains("no diary named \"zoe\" here"), "{message}");
    // A clinician keeps no diary.
    let (code, _) = d.fails(&["--person", "drlee", "list"]);
    assert_eq!(code, 2);

    let list = d.json(&["accounts", "list", "--json"]);
    let names: Vec<(&str, &str)> = list
        .as_array()
        .expect("list")
        .iter()
        .map(|a| (a["name"].as_str().unwrap(), a["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        names,
        [("ana", "person"), ("ben", "person"), ("drlee", "clinician")]
    );
    assert!(
        !list.to_string().contains("argon2"),
        "no hash is ever shown"
    );

    // A taken name, a bad role, a short password: refused, nothing added.
    let out = d.with_input(&["accounts", "add", "ana"], "another password\n");
    assert_eq!(out.status.code(), Some(3));
    let out = d.with_input(
        &["accounts", "add", "eve", "--role", "boss"],
        "long enough pw\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("person, clinician, researcher or admin")
    );
    let out = d.with_input(&["accounts", "add", "eve"], "short\n");
    assert_eq!(out.status.code(), Some(2));
    // A name that cannot be typed at a login is bad input (exit 2), said before any password.
    for bad in ["eve/admin", " eve", "", &"e".repeat(65)] {
        let out = d.with_input(&["accounts", "add", bad], "long enough pw\n");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("is not allowed as an account name; use 1 to 64 letters"),
            "{stderr}"
        );
    }
    assert_eq!(
        d.json(&["accounts", "list", "--json"])
            .as_array()
            .map(Vec::len),
        Some(3)
    );

    // A person with entries is removed only with --delete-diary, after a backup.
    let (code, message) = d.fails(&["accounts", "remove", "ben"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("--delete-diary"), "{message}");
    assert_eq!(cramps(d, "ben"), 1, "nothing was removed");
}

fn sharing_is_audited(d: &Sandbox) {
    let (code, message) = d.fails(&["--person", "ana", "share", "add", "--with", "ben"]);
    assert_eq!(
        code, 3,
        "a diary is shared with clinicians and researchers: {message}"
    );
    let added = d.ok(&[
        "--person",
        "ana",
        "share",
        "add",
        "--with",
        "drlee",
        "--until",
        "2026-12-31",
    ]);
    assert!(added.contains("read-only"), "{added}");
    let link = d.ok(&["--person", "ana", "share", "link"]);
    let token = link.trim().rsplit('/').next().expect("a token").to_string();
    assert!(link.starts_with("http://127.0.0.1:8787/shared/"), "{link}");
    assert_eq!(token.len(), 64, "{link}");
    let shares = d.json(&["--person", "ana", "share", "list", "--json"]);
    let shares = shares.as_array().expect("list");
    assert_eq!(shares.len(), 2);
    assert!(
        !Value::Array(shares.clone()).to_string().contains(&token),
        "only a hash is kept"
    );
    let link_id = shares
        .iter()
        .find(|s| s["link"] == true)
        .and_then(|s| s["id"].as_str())
        .expect("the link")
        .to_string();
    assert_eq!(
        shares.iter().find(|s| s["link"] == true).unwrap()["until"],
        "2026-12-28"
    );
    d.ok(&["--person", "ana", "share", "revoke", &link_id[..8]]);
    let mut statuses: Vec<String> = d
        .json(&["--person", "ana", "share", "list", "--json"])
        .as_array()
        .expect("list")
        .iter()
        .map(|s| {
            format!(
                "{}:{}",
                s["with"].as_str().unwrap_or("link"),
                s["status"].as_str().unwrap()
            )
        })
        .collect();
    statuses.sort();
    assert_eq!(statuses, ["drlee:active", "link:revoked"]);
    assert!(
        d.json(&["--person", "ben", "share", "list", "--json"])
            .as_array()
            .is_some_and(Vec::is_empty),
        "ben sees none of ana's shares"
    );

    let out = d.path("ana.json");
    d.ok(&[
        "--person",
        "ana",
        "export",
        "--format",
        "json",
        "--out",
        s(&out),
    ]);
    let audit = d.json(&["--person", "ana", "audit", "--json"]);
    let actions: Vec<&str> = audit
        .as_array()
        .expect("log")
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["share_added", "share_added", "share_revoked", "export"]
    );
    assert!(
        d.json(&["--person", "ben", "audit", "--json"])
            .as_array()
            .is_some_and(Vec::is_empty),
        "each person reads only their own log"
    );
}

#[test]
fn a_household_on_a_diary_file() {
    let d = Sandbox::new();
    a_household_keeps_diaries_apart(&d);
    sharing_is_audited(&d);
    // The whole store, accounts and all, backs up and restores.
    let copy = d.path("everything.db");
    d.ok(&["backup", "--out", s(&copy)]);
    let other = Sandbox::new();
    other.ok(&["restore", s(&copy), "--yes"]);
    assert_eq!(cramps(&other, "ana"), 1);
    assert_eq!(cramps(&other, "ben"), 1);
    assert_eq!(
        other.json(&["--person", "ana", "audit", "--json"]),
        d.json(&["--person", "ana", "audit", "--json"])
    );
}

#[test]
fn a_household_on_postgres_and_copied_back_to_a_file() {
    let Some(url) = crate::postgres::postgres_diary() else {
        return;
    };
    let mut d = Sandbox::new();
    d.db_url = Some(url);
    a_household_keeps_diaries_apart(&d);
    sharing_is_audited(&d);
    let file = Sandbox::new();
    d.ok(&["copy", "--to", s(&file.db())]);
    assert_eq!(cramps(&file, "ana"), 1);
    assert_eq!(cramps(&file, "ben"), 1);
    assert_eq!(
        file.json(&["accounts", "list", "--json"]),
        d.json(&["accounts", "list", "--json"])
    );
    assert_eq!(
        file.json(&["--person", "ana", "share", "list", "--json"]),
        d.json(&["--person", "ana", "share", "list", "--json"])
    );
}

#[test]
fn a_one_person_diary_works_as_before_and_refuses_to_share_before_it_has_a_person() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:10"]);
    assert!(d.ok(&["list"]).contains("1 cramp"));
    let (code, message) = d.fails(&["share", "add", "--with", "drlee"]);
    assert_eq!(code, 3, "{message}");
    assert!(message.contains("accounts add"), "{message}");
    assert!(
        d.json(&["audit", "--json"])
            .as_array()
            .is_some_and(Vec::is_empty)
    );
}

/// Two `serve` processes on one PostgreSQL database: a session made on one works on the
/// other, a write through one is read through the other, a logout on one ends it on both.
#[test]
fn two_servers_on_one_postgres_share_sessions_writes_and_logouts() {
    let Some(url) = crate::postgres::postgres_diary() else {
        return;
    };
    let mut d = Sandbox::new();
    d.db_url = Some(url);
    household(&d);
    d.ok(&["--person", "ana", "share", "add", "--with", "drlee"]);
    let (one, two) = (d.serve(), d.serve());
    let log_in = |server: &Server, name: &str| -> (String, String) {
        let login = format!(r#"{{"name":"{name}","password":"correct horse battery"}}"#);
        let (status, head, body) = http(server, "POST", "/api/session", None, None, &login);
        assert_eq!(status, 200, "{head}\n{body}");
        let cookie = head
            .lines()
            .find_map(|l| l.strip_prefix("set-cookie: "))
            .and_then(|c| c.split(';').next())
            .expect("a session cookie")
            .to_string();
        let csrf = serde_json::from_str::<Value>(&body).expect("json")["csrf"]
            .as_str()
            .expect("csrf")
            .to_string();
        (cookie, csrf)
    };
    let (cookie, csrf) = log_in(&one, "ana");
    let (doctor, _) = log_in(&two, "drlee");
    let patients = |server: &Server| -> Vec<Value> {
        let (status, _, body) = http(server, "GET", "/api/people", Some(&doctor), None, "");
        assert_eq!(status, 200, "{body}");
        serde_json::from_str::<Value>(&body)
            .expect("json")
            .as_array()
            .cloned()
            .expect("a list")
    };
    let before = patients(&two);
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(before[0]["person"], "ana");
    let count = |server: &Server| -> usize {
        let (status, _, body) = http(server, "GET", "/api/episodes", Some(&cookie), None, "");
        assert_eq!(status, 200, "{body}");
        serde_json::from_str::<Value>(&body)
            .expect("json")
            .as_array()
            .map_or(0, Vec::len)
    };
    assert_eq!(count(&two), 1, "the session made on one works on two");
    let cramp = r#"{"started_at":"2026-11-28T03:00:00+01:00","duration_s":60,"muscle":"calf","side":"left","intensity":4}"#;
    let (status, _, body) = http(
        &one,
        "POST",
        "/api/episodes",
        Some(&cookie),
        Some(&csrf),
        cramp,
    );
    assert_eq!(status, 201, "{body}");
    assert_eq!(count(&two), 2, "a write through one is read through two");
    // The clinician's list on two, kept in memory, follows ana's write through one ...
    let after = patients(&two);
    assert!(
        after[0]["cramps_per_week"].as_f64() > before[0]["cramps_per_week"].as_f64(),
        "the kept summary was recomputed: {before:?} then {after:?}"
    );
    // ... and a share revoked by another process (the CLI) empties it at once.
    let shares = d.json(&["--person", "ana", "share", "list", "--json"]);
    let id = shares[0]["id"]
        .as_str()
        .expect("the share's id")
        .to_string();
    d.ok(&["--person", "ana", "share", "revoke", &id[..8]]);
    assert_eq!(
        patients(&two),
        Vec::<Value>::new(),
        "the revoked share is gone"
    );
    let (status, _, _) = http(
        &two,
        "DELETE",
        "/api/session",
        Some(&cookie),
        Some(&csrf),
        "",
    );
    assert_eq!(status, 200);
    for server in [&one, &two] {
        let (status, _, _) = http(server, "GET", "/api/episodes", Some(&cookie), None, "");
        assert_eq!(status, 401, "the logout ended the session on both");
    }
    // Ctrl-C stops a server cleanly, letting go of its PostgreSQL connection off the runtime.
    let mut one = one;
    let stopped = std::process::Command::new("sh")
        .args(["-c", &format!("kill -INT {}", one.child.id())])
        .status()
        .expect("kill");
    assert!(stopped.success());
    let status = one.child.wait().expect("wait");
    assert!(status.success(), "serve exited with {status:?}");
}

/// A server started for a one-person diary stops serving it the moment an account is added
/// from the command line: the diary is now a person's, and only a restart asks for logins.
#[test]
fn adding_an_account_ends_a_running_one_person_server() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:10", "--side", "left"]);
    let server = d.serve();
    let (status, _, _) = http(&server, "GET", "/api/episodes", None, None, "");
    assert_eq!(status, 200, "one person, no login");
    add(&d, "ana", "person");
    let (status, _, body) = http(&server, "GET", "/api/episodes", None, None, "");
    assert_eq!(status, 503, "{body}");
    let (status, head, body) = http(&server, "GET", "/", None, None, "");
    assert_eq!(status, 503, "{head}");
    assert!(body.contains("restart nightcramp serve"), "{head}\n{body}");
    let restarted = d.serve();
    let (status, _, _) = http(&restarted, "GET", "/api/episodes", None, None, "");
    assert_eq!(status, 401, "after a restart, ana must log in");
}

/// A password typed at a terminal is not shown. The terminal is a real pseudo-terminal
/// (`script`, from util-linux); the password arrives a moment after the prompt, as typing
/// does, so its echo would be in the transcript.
#[cfg(target_os = "linux")]
#[test]
fn a_password_typed_at_a_terminal_is_not_echoed() {
    use std::io::Write as _;
    let d = Sandbox::new();
    let command = format!("{} accounts add ana", crate::support::BIN);
    let mut script = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .envs(
            d.command(&[])
                .get_envs()
                .filter_map(|(k, v)| v.map(|v| (k, v))),
        )
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs the command in a pseudo-terminal");
    std::thread::sleep(std::time::Duration::from_millis(800));
    script
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"hidden words here\n")
        .expect("type");
    let out = script.wait_with_output().expect("wait");
    let transcript = String::from_utf8_lossy(&out.stdout);
    assert!(!transcript.contains("hidden words"), "echoed: {transcript}");
    assert!(
        transcript.contains("Password (not shown as you type)"),
        "{transcript}"
    );
    assert!(transcript.contains("Added ana (person)"), "{transcript}");
}
