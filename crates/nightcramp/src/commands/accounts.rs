/*!
Households, clinics and studies from the command line: `accounts`, `share` and `audit`.

The store decides every rule (who may be added, what a share may open, who reads the audit
log); these commands read the arguments, ask for the password, and print what happened.
The command line is the operator: whoever holds the diary file or the database URL.
*/

use std::io::{BufRead, IsTerminal};
use std::path::Path;

use anyhow::Context as _;
use nightcramp_store::{AuditEvent, NewShare, Role, Share, StoreError, short_id};

use crate::cli::{AccountsCommand, ShareCommand};
use crate::context::{Context, UserError, bad_flag};
use crate::render::{out, outln, print_json};

use nightcramp_web::auth::MIN_PASSWORD_CHARS;

/// How long a share link works when `--until` is not given.
const LINK_DAYS: i64 = 30;

/// A store refusal (a taken name, a diary that would be lost) is exit 3, like every other
/// refusal; anything else is a failure.
fn refused_or_failed(e: StoreError, doing: &str) -> anyhow::Error {
    match e {
        StoreError::Refused(message) => UserError::refused(message),
        StoreError::Denied(denied) => UserError::refused(denied.to_string()),
        other => anyhow::Error::new(other).context(doing.to_string()),
    }
}

/// Runs `read` with the terminal's echo off (on a terminal), so a password typed is not
/// shown; the echo comes back afterwards, also when reading failed.
#[cfg(unix)]
fn without_echo<T>(on_terminal: bool, read: impl FnOnce() -> T) -> T {
    use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
    let stdin = std::io::stdin();
    let saved = match tcgetattr(&stdin) {
        Ok(saved) if on_terminal => saved,
        _ => return read(),
    };
    let mut quiet = saved.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    // The Enter still moves to a new line.
    quiet.local_modes.insert(LocalModes::ECHONL);
    let _ = tcsetattr(&stdin, OptionalActions::Now, &quiet);
    let result = read();
    let _ = tcsetattr(&stdin, OptionalActions::Now, &saved);
    result
}

#[cfg(unix)]
const PASSWORD_PROMPT: &str = "Password (not shown as you type): ";

/// Elsewhere the password is read as typed (and, on a terminal, seen).
#[cfg(not(unix))]
const PASSWORD_PROMPT: &str = "Password (shown as you type; use --password-file to avoid that): ";

#[cfg(not(unix))]
fn without_echo<T>(_on_terminal: bool, read: impl FnOnce() -> T) -> T {
    read()
}

/// The password: the first line of `file`, or one line of standard input.
fn read_password(file: Option<&Path>) -> anyhow::Result<String> {
    let line = match file {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("reading the password file {}", path.display()))?
            .lines()
            .next()
            .unwrap_or_default()
            .to_string(),
        None => {
            let on_terminal = std::io::stdin().is_terminal();
            if on_terminal {
                out!("{PASSWORD_PROMPT}");
            }
            let mut line = String::new();
            without_echo(on_terminal, || {
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .context("reading the password from standard input")
            })?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    if line.chars().count() < MIN_PASSWORD_CHARS {
        return Err(UserError::invalid(format!(
            "the password is too short; use at least {MIN_PASSWORD_CHARS} characters (from --password-file, or one line of standard input)"
        )));
    }
    Ok(line)
}

fn hash(password: &str) -> anyhow::Result<String> {
    nightcramp_web::auth::hash_password(password).map_err(|e| anyhow::anyhow!("{e}"))
}

pub fn accounts(ctx: &mut Context, command: AccountsCommand) -> anyhow::Result<()> {
    match command {
        AccountsCommand::Add {
            name,
            role,
            password_file,
        } => {
            let role: Role = role.parse().map_err(|allowed| {
                UserError::invalid(format!(
                    "--role: {role:?} is not allowed; expected {allowed}"
                ))
            })?;
            nightcramp_store::check_account_name(&name).map_err(|e| match e {
                StoreError::Refused(message) => UserError::invalid(message),
                other => anyhow::anyhow!("{other}"),
            })?;
            let had_people = ctx.store.directory()?.people().next().is_some();
            let password = read_password(password_file.as_deref())?;
            let hash = hash(&password)?;
            ctx.store
                .add_account(&name, role, &hash, ctx.now)
                .map_err(|e| refused_or_failed(e, "adding the account"))?;
            match role {
                Role::Person if !had_people => {
                    outln!("Added {name} (person). The diary that was here is now {name}'s.")
                }
                Role::Person => outln!("Added {name} (person), with a new, empty diary."),
                other => outln!("Added {name} ({other})."),
            }
        }
        AccountsCommand::List { json } => {
            let directory = ctx.store.directory()?;
            if json {
                let list: Vec<_> = directory.accounts.iter().map(|a| a.to_json()).collect();
                return print_json(&list);
            }
            if directory.accounts.is_empty() {
                outln!(
                    "No accounts: this is a one-person diary. `nightcramp accounts add NAME` starts a household, a clinic or a study."
                );
            }
            for a in &directory.accounts {
                outln!(
                    "{:<24} {:<10} since {}",
                    a.name,
                    a.role,
                    a.created_at.strftime("%Y-%m-%d")
                );
            }
        }
        AccountsCommand::Password {
            name,
            password_file,
        } => {
            let password = read_password(password_file.as_deref())?;
            let hash = hash(&password)?;
            ctx.store
                .set_password(&name, &hash)
                .map_err(|e| refused_or_failed(e, "changing the password"))?;
            outln!("Changed {name}'s password.");
        }
        AccountsCommand::Remove { name, delete_diary } => {
            if delete_diary {
                std::fs::create_dir_all(&ctx.keep_dir)
                    .with_context(|| format!("creating {}", ctx.keep_dir.display()))?;
                let kept = ctx.keep_dir.join(format!(
                    "before-removing-{}-{}.db",
                    name.replace(|c: char| !c.is_alphanumeric(), "_"),
                    ctx.now.strftime("%Y%m%dT%H%M%SZ")
                ));
                ctx.store
                    .backup_to(&kept)
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                eprintln!("Backed everything up to {} first.", kept.display());
            }
            ctx.store
                .remove_account(&name, delete_diary)
                .map_err(|e| refused_or_failed(e, "removing the account"))?;
            outln!("Removed {name}.");
        }
    }
    Ok(())
}

pub fn share(ctx: &mut Context, command: ShareCommand) -> anyhow::Result<()> {
    let today = ctx.today(&ctx.system_zone.clone());
    let until = |text: &Option<String>| -> anyhow::Result<Option<jiff::civil::Date>> {
        text.as_deref()
            .map(|t| {
                nightcramp_core::when::parse_last_day(t, today).map_err(|e| bad_flag("until", e))
            })
            .transpose()
    };
    match command {
        ShareCommand::Add { with, until: last } => {
            let access = ctx.access()?.clone();
            let share = ctx
                .store
                .add_share(
                    &access,
                    NewShare {
                        with: Some(with.clone()),
                        token: None,
                        until: until(&last)?,
                        at: ctx.now,
                        origin: "command line".into(),
                    },
                )
                .map_err(|e| refused_or_failed(e, "sharing"))?;
            let last = share
                .until
                .map(|d| format!(" until {d}"))
                .unwrap_or_else(|| " until you revoke it".into());
            outln!(
                "Shared {}'s diary with {with}, read-only,{last}. Share id {}.",
                access.owner().unwrap_or_default(),
                short_id(share.id)
            );
        }
        ShareCommand::Link { until: last, base } => {
            let access = ctx.access()?.clone();
            let last = match until(&last)? {
                Some(d) => d,
                None => nightcramp_core::nights::add_days(today, LINK_DAYS),
            };
            let token = nightcramp_web::auth::new_secret();
            let share = ctx
                .store
                .add_share(
                    &access,
                    NewShare {
                        with: None,
                        token: Some(token.clone()),
                        until: Some(last),
                        at: ctx.now,
                        origin: "command line".into(),
                    },
                )
                .map_err(|e| refused_or_failed(e, "making the link"))?;
            outln!("{}/shared/{token}", base.trim_end_matches('/'));
            eprintln!(
                "Anyone with this link can read a report of {}'s diary until {last}. It is shown only now; `nightcramp share revoke {}` ends it.",
                access.owner().unwrap_or_default(),
                short_id(share.id)
            );
        }
        ShareCommand::List { json } => {
            let access = ctx.access()?;
            let directory = ctx.store.directory()?;
            let shares: Vec<&Share> = directory.shares_of(access).collect();
            if json {
                let list: Vec<_> = shares.iter().map(|s| s.to_json(today)).collect();
                return print_json(&list);
            }
            if shares.is_empty() {
                outln!("This diary is not shared. `nightcramp share add --with NAME` shares it.");
            }
            for s in shares {
                let with = s.with.clone().unwrap_or_else(|| "a link".into());
                let until = s.until.map(|d| format!("until {d}")).unwrap_or_default();
                outln!(
                    "{}  {:<24} {:<8} {until}",
                    short_id(s.id),
                    with,
                    s.status(today).as_str()
                );
            }
        }
        ShareCommand::Revoke { id } => {
            let access = ctx.access()?.clone();
            let share = ctx
                .store
                .revoke_share(&access, &id, ctx.now, "command line")
                .map_err(|e| refused_or_failed(e, "revoking"))?;
            let with = share.with.unwrap_or_else(|| "the link".into());
            outln!(
                "Revoked share {} ({with}): it opens nothing from now on.",
                short_id(share.id)
            );
        }
    }
    Ok(())
}

pub fn audit(ctx: &Context, json: bool) -> anyhow::Result<()> {
    let access = ctx.access()?;
    let log = ctx
        .store
        .audit_log(access)
        .map_err(|e| refused_or_failed(e, "reading the audit log"))?;
    if json {
        let list: Vec<_> = log.iter().map(|e| e.to_json()).collect();
        return print_json(&list);
    }
    if log.is_empty() {
        outln!(
            "Nothing yet: no one but you has read this diary, and nothing was exported or shared."
        );
    }
    for e in &log {
        outln!(
            "{}  {:<14} {:<20} {}  ({})",
            e.at.strftime("%Y-%m-%d %H:%M"),
            e.action,
            e.actor,
            e.detail,
            e.origin
        );
    }
    Ok(())
}

/// Writes an export of the diary to its audit log. Every export of a person's diary is
/// audited, whoever makes it; a one-person store without accounts stays as it always was
/// (no log to read, nobody else to read it).
pub fn audit_export(ctx: &mut Context, what: &str) -> anyhow::Result<()> {
    let access = ctx.access()?.clone();
    if access.owner().is_none() {
        return Ok(());
    }
    let event = AuditEvent {
        at: ctx.now,
        actor: "the operator".into(),
        action: "export",
        detail: what.to_string(),
        origin: "command line".into(),
    };
    ctx.store
        .record(Some(&access), &event)
        .context("writing the audit log")
}
