/*!
`serve`: the web app on this diary. Loopback only unless a password is set; the address is
printed so the person (or a test) knows where to go.
*/

use std::io::Write as _;
use std::net::SocketAddr;

use anyhow::Context as _;

use crate::cli::ServeArgs;
use crate::context::{Context, UserError};

pub fn serve(ctx: Context, args: ServeArgs) -> anyhow::Result<()> {
    let listen: SocketAddr = args.listen.parse().map_err(|_| {
        UserError::invalid(format!(
            "--listen: {:?} is not allowed; expected an address and port such as 127.0.0.1:8787 or 0.0.0.0:8787",
            args.listen
        ))
    })?;
    let password = match &args.password_file {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .with_context(|| format!("reading the password file {}", path.display()))?
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
        .context("starting the web server")?;
    let has_accounts = !ctx
        .store
        .directory()
        .context("reading the accounts")?
        .accounts
        .is_empty();
    let store = ctx.store;
    runtime
        .block_on(nightcramp_web::serve(store, listen, password.as_deref(), |addr| {
            // Written, not printed: whoever started the server may have stopped reading
            // (a script that read the address), and that must not stop the server.
            let mut out = std::io::stdout().lock();
            let _ = writeln!(
                out,
                "nightcramp is serving your diary at http://{addr}/  (Ctrl-C stops it)"
            );
            let _ = if has_accounts {
                writeln!(
                    out,
                    "This store has accounts: each person logs in with their name and password."
                )
            } else if password.is_none() {
                writeln!(
                    out,
                    "Only this machine can reach it. To use it from your phone on the same network, set a password and listen on 0.0.0.0."
                )
            } else {
                Ok(())
            };
            let _ = out.flush();
        }))
        .map_err(|e| match e {
            nightcramp_web::ServeError::NeedsPassword(_)
            | nightcramp_web::ServeError::PasswordWithAccounts => UserError::refused(e.to_string()),
            other => anyhow::anyhow!("{other}"),
        })
}
