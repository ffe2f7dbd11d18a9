//! A sandboxed diary and a clock the tests control (`NIGHTCRAMP_NOW`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_nightcramp");

pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub now: String,
    /// A diary elsewhere than the sandbox's file (a PostgreSQL URL).
    pub db_url: Option<String>,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("tempdir"),
            now: "2026-11-28T08:00:00+01:00".into(),
            db_url: None,
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("diary.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        let db = self
            .db_url
            .clone()
            .unwrap_or_else(|| self.db().display().to_string());
        cmd.args(args)
            .env("NIGHTCRAMP_DB", db)
            .env("NIGHTCRAMP_NOW", &self.now)
            .env("HOME", self.dir.path())
            .env("TZ", "UTC")
            // English unless a test asks for another language: the machine's own locale
            // must not change what the tests read.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .env_remove("NIGHTCRAMP_FAULT_ABORT_AFTER_CHANGES")
            .stdin(Stdio::null());
        cmd
    }

    pub fn output(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("runs")
    }

    /// Runs and expects success; returns standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.output(args);
        assert!(
            out.status.success(),
            "nightcramp {args:?} failed ({:?}):\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    pub fn at(&mut self, now: &str) -> &mut Sandbox {
        self.now = now.to_string();
        self
    }

    /// Runs and expects a failure; returns (exit code, standard error).
    pub fn fails(&self, args: &[&str]) -> (i32, String) {
        let out = self.output(args);
        assert!(
            !out.status.success(),
            "nightcramp {args:?} should have failed"
        );
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stderr).expect("utf-8"),
        )
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let text = self.ok(args);
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{args:?} printed invalid JSON ({e}):\n{text}"))
    }

    /// Runs with text on standard input.
    pub fn with_input(&self, args: &[&str], input: &str) -> Output {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write");
        child.wait_with_output().expect("wait")
    }

    /// The whole diary as its lossless backup, without the export time.
    pub fn backup(&self) -> Value {
        let mut v = self.json(&["export", "--format", "json", "--out", "-"]);
        v.as_object_mut().expect("object").remove("exported_at");
        v
    }

    /// `nightcramp serve` on this diary, on a free loopback port.
    pub fn serve(&self) -> Server {
        self.serve_with(self.command(&["serve", "--listen", "127.0.0.1:0"]))
    }

    /// A `serve` command as given (more flags, environment), started and waited for.
    pub fn serve_with(&self, mut command: Command) -> Server {
        use std::io::BufRead as _;
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("serve starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = std::io::BufReader::new(stdout).lines();
        let addr = loop {
            let line = lines
                .next()
                .expect("serve printed its address")
                .expect("a line");
            if let Some(rest) = line.split("http://").nth(1) {
                break rest.split('/').next().expect("host:port").to_string();
            }
        };
        // Keep reading so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, addr }
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).expect("write fixture");
        path
    }
}

pub fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// A running `nightcramp serve`, killed when dropped.
pub struct Server {
    pub child: std::process::Child,
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// The most memory the server's process has held so far (VmHWM), in bytes.
    #[cfg(target_os = "linux")]
    pub fn peak_memory(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("the server's status");
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .expect("VmHWM")
            * 1024
    }
}

/// One HTTP/1.1 request over a plain socket: (status, headers, body).
pub fn http(
    server: &Server,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    csrf: Option<&str>,
    body: &str,
) -> (u16, String, String) {
    let stream = std::net::TcpStream::connect(&server.addr).expect("connect");
    exchange(
        stream,
        server,
        method,
        path,
        cookie,
        csrf,
        "application/json",
        body,
    )
}

/// Sends one request on `stream` and reads the whole answer: (status, headers, body).
#[allow(clippy::too_many_arguments)]
pub fn exchange(
    mut stream: std::net::TcpStream,
    server: &Server,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    csrf: Option<&str>,
    content_type: &str,
    body: &str,
) -> (u16, String, String) {
    use std::io::{Read as _, Write as _};
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n",
        server.addr,
        body.len()
    );
    if let Some(c) = cookie {
        request.push_str(&format!("Cookie: {c}\r\n"));
    }
    if let Some(t) = csrf {
        request.push_str(&format!("X-CSRF-Token: {t}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let (head, body) = response.split_once("\r\n\r\n").expect("a response");
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status");
    // Bodies may be chunked: keep only the JSON between the first '[' or '{' and the last.
    let start = body.find(['[', '{']).unwrap_or(0);
    let end = body.rfind([']', '}']).map_or(body.len(), |e| e + 1);
    (
        status,
        head.to_string(),
        body[start..end.max(start)].to_string(),
    )
}
