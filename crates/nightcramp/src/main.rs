/*!
The `nightcramp` binary: parse the command line, open the diary, run one command, turn the
outcome into an exit code. Everything else lives in the commands and the libraries.
*/

mod cli;
mod commands;
mod context;
mod help;
mod render;
mod words;

use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::context::{Context, ExitCode, UserError};

fn main() -> std::process::ExitCode {
    // The terminal's language until the diary, once open, names the person's.
    words::set(words::from_environment().unwrap_or_default());
    let cli = match parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) if is_broken_pipe(&error) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            let code = match error.downcast_ref::<UserError>() {
                Some(user) => user.code,
                None => ExitCode::Failure,
            };
            eprintln!("nightcramp: {}", context::error_text(&error));
            std::process::ExitCode::from(code as u8)
        }
    }
}

/// The command line, read with its help and its usage errors in the person's language.
fn parse() -> Result<Cli, std::process::ExitCode> {
    let command = help::localized(Cli::command());
    let parsed = command
        .try_get_matches()
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches));
    parsed.map_err(|error| match help::usage_error(&error) {
        // Help and the version: clap prints them (in our words) and says how to exit.
        None if error.kind() == clap::error::ErrorKind::DisplayVersion => {
            println!("{}", error.to_string().trim_end());
            std::process::ExitCode::SUCCESS
        }
        None => {
            let _ = error.print();
            std::process::ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(0))
        }
        Some(message) => {
            eprintln!("nightcramp: {message}");
            std::process::ExitCode::from(ExitCode::Invalid as u8)
        }
    })
}

/// The reader went away (`nightcramp guide | head`): not an error, nothing to report.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<()> {
    // Commands that never touch the diary run without opening it.
    match cli.command {
        Some(Command::Guide(args)) => return commands::guide::guide(args),
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "nightcramp", &mut script);
            std::io::Write::write_all(&mut std::io::stdout(), &script)?;
            return Ok(());
        }
        _ => {}
    }
    let mut ctx = Context::open(cli.db.as_deref(), cli.person.as_deref())?;
    let Some(command) = cli.command else {
        return commands::records::home(&mut ctx);
    };
    match command {
        Command::Cramp(args) => commands::log::cramp(&mut ctx, args),
        Command::Night(args) => commands::log::night(&mut ctx, args),
        Command::Day(args) => commands::log::day(&mut ctx, args),
        Command::Profile(args) => commands::records::profile(&mut ctx, args),
        Command::Meds(command) => commands::records::meds(&mut ctx, command),
        Command::List(args) => commands::records::list(&mut ctx, args),
        Command::Nights(args) => commands::records::nights(&mut ctx, args),
        Command::Edit(args) => commands::records::edit(&mut ctx, args),
        Command::Delete(args) => commands::records::delete(&mut ctx, args),
        Command::Import(args) => commands::files::import(&mut ctx, args),
        Command::Export(args) => commands::files::export(&mut ctx, args),
        Command::Checkup(args) => commands::checkup::checkup(&mut ctx, args),
        Command::Insights(args) => commands::insights::insights(&mut ctx, args),
        Command::Plan(args) => commands::insights::plan(&mut ctx, args),
        Command::Experiment(args) => commands::experiment::experiment(&mut ctx, args),
        Command::Serve(args) => commands::serve::serve(ctx, args),
        Command::Accounts(command) => commands::accounts::accounts(&mut ctx, command),
        Command::Share(command) => commands::accounts::share(&mut ctx, command),
        Command::Audit { json } => commands::accounts::audit(&ctx, json),
        Command::Reminders {
            out,
            bedtime,
            wake,
            water,
        } => commands::files::reminders(&ctx, &out, &bedtime, &wake, water),
        Command::Report {
            out,
            from,
            to,
            language,
        } => commands::files::report(
            &mut ctx,
            &out,
            from.as_deref(),
            to.as_deref(),
            language.as_deref(),
        ),
        Command::Backup { out } => commands::files::backup(&ctx, &out),
        Command::Restore { file, yes } => commands::files::restore(&mut ctx, &file, yes),
        Command::Copy { to, replace } => commands::files::copy(&ctx, &to, replace),
        Command::Guide(_) | Command::Completions { .. } => Ok(()),
    }
}
