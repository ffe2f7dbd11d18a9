/*!
`serve`: the web app on this diary. Loopback only unless a password is set; the address is
printed so the person (or a test) knows where to go.
*/

use std::io::Write as _;
use std::net::SocketAddr;

use anyhow::Context as _;

use crate::cli::ServeArgs;
use crate::context::{Context, UserError};
use crate::words::say;

pub fn serve(ctx: Context, args: ServeArgs) -> anyhow::Result<()> {
    let listen: SocketAddr = args.listen.parse().map_err(|_| {
        UserError::invalid(say!(
            "cli.serve.bad_listen",
            value = format!("{:?}", args.listen)
        ))
    })?;
    let password = match &args.password_file {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .with_context(|| say!("cli.context.password_file", path = path.display()))?
                .lines()
                .next()
                .unwrap_or_default()
                .to_string(),
        ),
        None => std::env::var("NIGHTCRAMP_PASSWORD").ok(),
    }
    .filter(|p| !p.is_empty());
    // A one-person diary needs a password beyond loopback; with accounts every person has
    // one (`nightcramp_web::serve` decides which, from the store).
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(nightcramp_web::state::blocking_threads())
        .build()
        .with_context(|| say!("cli.context.starting_server"))?;
    let has_accounts = !ctx
        .store
        .directory()
        .with_context(|| say!("cli.context.accounts"))?
        .accounts
        .is_empty();
    let store = ctx.store;
    // Beside the diary (its folder, or nightcramp's data folder for PostgreSQL): on the disk
    // the person chose, and cleaned at the next start if the server is killed mid-upload.
    let uploads = ctx.keep_dir.join(".nightcramp-uploads");
    runtime
        .block_on(nightcramp_web::serve(
            store,
            listen,
            password.as_deref(),
            uploads,
            |addr| {
                // Written, not printed: whoever started the server may have stopped reading
                // (a script that read the address), and that must not stop the server.
                let mut out = std::io::stdout().lock();
                let _ = writeln!(
                    out,
                    "{}",
                    say!("cli.serve.serving", url = format!("http://{addr}/"))
                );
                let _ = if has_accounts {
                    writeln!(out, "{}", say!("cli.serve.accounts"))
                } else if password.is_none() {
                    writeln!(out, "{}", say!("cli.serve.loopback"))
                } else {
                    Ok(())
                };
                let _ = out.flush();
            },
        ))
        .map_err(|e| match e {
            nightcramp_web::ServeError::NeedsPassword(_)
            | nightcramp_web::ServeError::ShortPassword(_)
            | nightcramp_web::ServeError::PasswordWithAccounts => {
                UserError::refused(serve_refusal(&e))
            }
            other => anyhow::anyhow!("{}", serve_refusal(&other)),
        })
}

/// Why `serve` will not start (or stopped), in the person's language.
fn serve_refusal(e: &nightcramp_web::ServeError) -> String {
    match e {
        nightcramp_web::ServeError::NeedsPassword(addr) => {
            say!("cli.serve.needs_password", addr = addr)
        }
        nightcramp_web::ServeError::ShortPassword(addr) => {
            say!(
                "cli.serve.short_password",
                addr = addr,
                min = nightcramp_web::auth::MIN_PASSWORD_CHARS
            )
        }
        nightcramp_web::ServeError::PasswordWithAccounts => {
            say!("cli.serve.password_with_accounts")
        }
        nightcramp_web::ServeError::Bind { addr, detail } => {
            say!("cli.serve.bind", addr = addr, detail = detail)
        }
        nightcramp_web::ServeError::Uploads { path, detail } => {
            say!("cli.serve.uploads", path = path, detail = detail)
        }
        nightcramp_web::ServeError::Store(store) => crate::context::store_error_text(store),
        other => other.to_string(),
    }
}
