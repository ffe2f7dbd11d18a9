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

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).expect("write fixture");
        path
    }
}

pub fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}
