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
use crate::render::{night_name, out, outln, print_json};
use crate::words::{said, say};

use nightcramp_web::auth::MIN_PASSWORD_CHARS;

/// How long a share link works when `--until` is not given.
const LINK_DAYS: i64 = 30;

/// A store refusal (a taken name, a diary that would be lost) is exit 3, like every other
/// refusal; anything else is a failure.
fn refused_or_failed(e: StoreError, doing: &str) -> anyhow::Error {
    match e {
        StoreError::Refused(message) => UserError::refused(said(&message)),
        StoreError::Denied(denied) => UserError::refused(crate::context::denied_text(&denied)),
        other => anyhow::Error::new(other).context(crate::words::text(doing)),
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
const PASSWORD_PROMPT: &str = "cli.password.prompt";

/// Elsewhere the password is read as typed (and, on a terminal, seen).
#[cfg(not(unix))]
const PASSWORD_PROMPT: &str = "cli.password.prompt_seen";

#[cfg(not(unix))]
fn without_echo<T>(_on_terminal: bool, read: impl FnOnce() -> T) -> T {
    read()
}

/// The password: the first line of `file`, or one line of standard input.
fn read_password(file: Option<&Path>) -> anyhow::Result<String> {
    let line = match file {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| say!("cli.context.password_file", path = path.display()))?
            .lines()
            .next()
            .unwrap_or_default()
            .to_string(),
        None => {
            let on_terminal = std::io::stdin().is_terminal();
            if on_terminal {
                out!("{} ", crate::words::text(PASSWORD_PROMPT));
            }
            let mut line = String::new();
            without_echo(on_terminal, || {
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .with_context(|| say!("cli.context.password_stdin"))
            })?;
            line.trim_end_matches(['\r', '\n']).to_string()
        }
    };
    if !nightcramp_web::auth::long_enough(&line) {
        return Err(UserError::invalid(say!(
            "cli.password.too_short",
            min = MIN_PASSWORD_CHARS
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
            let role: Role = role.parse().map_err(|_: String| {
                UserError::invalid(say!(
                    "cli.bad_flag",
                    flag = "role",
                    value = format!("{role:?}"),
                    allowed = say!("cli.accounts.roles")
                ))
            })?;
            nightcramp_store::check_account_name(&name).map_err(|e| match e {
                StoreError::Refused(message) => UserError::invalid(said(&message)),
                other => anyhow::anyhow!("{other}"),
            })?;
            let had_people = ctx.store.directory()?.people().next().is_some();
            let password = read_password(password_file.as_deref())?;
            let hash = hash(&password)?;
            ctx.store
                .add_account(&name, role, &hash, ctx.now)
                .map_err(|e| refused_or_failed(e, "cli.context.adding_account"))?;
            match role {
                Role::Person if !had_people => {
                    outln!("{}", say!("cli.accounts.added_first", name = name))
                }
                Role::Person => outln!("{}", say!("cli.accounts.added_person", name = name)),
                other => outln!(
                    "{}",
                    say!(
                        "cli.accounts.added",
                        name = name,
                        role = crate::words::text(&format!("web.role.{}", other.as_str()))
                    )
                ),
            }
        }
        AccountsCommand::List { json } => {
            let directory = ctx.store.directory()?;
            if json {
                let list: Vec<_> = directory.accounts.iter().map(|a| a.to_json()).collect();
                return print_json(&list);
            }
            if directory.accounts.is_empty() {
                outln!("{}", say!("cli.accounts.none"));
            }
            for a in &directory.accounts {
                outln!(
                    "{:<24} {:<10} {}",
                    a.name,
                    a.role,
                    say!(
                        "cli.accounts.since",
                        date = night_name(ctx.system_zone.to_datetime(a.created_at).date())
                    )
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
                .map_err(|e| refused_or_failed(e, "cli.context.changing_password"))?;
            outln!("{}", say!("cli.accounts.password_changed", name = name));
        }
        AccountsCommand::Remove { name, delete_diary } => {
            if delete_diary {
                std::fs::create_dir_all(&ctx.keep_dir)
                    .with_context(|| say!("cli.context.creating", path = ctx.keep_dir.display()))?;
                let kept = ctx.keep_dir.join(format!(
                    "before-removing-{}-{}.db",
                    name.replace(|c: char| !c.is_alphanumeric(), "_"),
                    ctx.now.strftime("%Y%m%dT%H%M%SZ")
                ));
                ctx.store
                    .backup_to(&kept)
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                eprintln!("{}", say!("cli.accounts.backed_up", path = kept.display()));
            }
            ctx.store
                .remove_account(&name, delete_diary)
                .map_err(|e| refused_or_failed(e, "cli.context.removing_account"))?;
            outln!("{}", say!("cli.accounts.removed", name = name));
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
                .map_err(|e| refused_or_failed(e, "cli.context.sharing"))?;
            let last = share
                .until
                .map(|d| say!("cli.share.until", date = night_name(d)))
                .unwrap_or_else(|| say!("cli.share.until_revoked"));
            outln!(
                "{}",
                say!(
                    "cli.share.added",
                    owner = access.owner().unwrap_or_default(),
                    with = with,
                    until = last,
                    id = short_id(share.id)
                )
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
                .map_err(|e| refused_or_failed(e, "cli.context.making_link"))?;
            outln!("{}/shared/{token}", base.trim_end_matches('/'));
            eprintln!(
                "{}",
                say!(
                    "cli.share.link",
                    owner = access.owner().unwrap_or_default(),
                    until = night_name(last),
                    id = short_id(share.id)
                )
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
                outln!("{}", say!("cli.share.none"));
            }
            for s in shares {
                let with = s.with.clone().unwrap_or_else(|| say!("cli.share.a_link"));
                let until = s
                    .until
                    .map(|d| {
                        say!("cli.share.until", date = night_name(d))
                            .trim()
                            .to_string()
                    })
                    .unwrap_or_default();
                outln!(
                    "{}  {:<24} {:<8} {until}",
                    short_id(s.id),
                    with,
                    crate::words::text(&format!("cli.share.status.{}", s.status(today).as_str()))
                );
            }
        }
        ShareCommand::Revoke { id } => {
            let access = ctx.access()?.clone();
            let share = ctx
                .store
                .revoke_share(&access, &id, ctx.now, "command line")
                .map_err(|e| refused_or_failed(e, "cli.context.revoking"))?;
            let with = share.with.unwrap_or_else(|| say!("cli.share.the_link"));
            outln!(
                "{}",
                say!("cli.share.revoked", id = short_id(share.id), with = with)
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
        .map_err(|e| refused_or_failed(e, "cli.context.reading_audit"))?;
    if json {
        let list: Vec<_> = log.iter().map(|e| e.to_json()).collect();
        return print_json(&list);
    }
    if log.is_empty() {
        outln!("{}", say!("cli.audit.nothing"));
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
        .with_context(|| say!("cli.context.writing_audit"))
}
