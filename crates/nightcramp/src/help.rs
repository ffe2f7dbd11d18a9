/*!
The command line's help and usage errors in the person's language.

clap writes help from the doc comments of `cli.rs`, in English, and its own words around
them ("Usage:", "Options:", "Print help", "[default: ...]", its error messages). Here the
command clap built is walked once: every command's summary and every argument's help are
replaced by the catalog's (`cli-help-<command path>` and `cli-help-<command path>-arg-<id>`,
in every language, English included, so no screen mixes two), clap's own words are replaced
by ours (a help template, our `--help` and `--version`, headings), and defaults and choices
are said in the help texts themselves. A usage error is said from its kind and its values.

The doc comments stay as the code's documentation; the catalog is what a person reads.
*/

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::words::say;

/// The catalog key of a command's summary (`cli.help.nightcramp.meds.add`).
fn command_key(path: &[String]) -> String {
    format!("cli.help.{}", path.join("."))
}

/// The catalog key of a value's placeholder (`DATE`: `cli.value.date`, `YES/NO`:
/// `cli.value.yes_no`).
fn value_key(name: &str) -> String {
    let normalized: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("cli.value.{normalized}")
}

/// The catalog key of an argument's help (`cli.help.nightcramp.cramp.arg.at`).
fn arg_key(path: &[String], id: &str) -> String {
    format!("cli.help.{}.arg.{id}", path.join("."))
}

/// The command line with every word a person reads in the command line's language.
pub fn localized(command: Command) -> Command {
    let version = command.get_version().unwrap_or_default().to_string();
    let command = walk(command, &mut vec!["nightcramp".to_string()]);
    command.disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(say!("cli.help.version", version = version))
            .help_heading(say!("cli.help.options")),
    )
}

fn walk(command: Command, path: &mut Vec<String>) -> Command {
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        say!("cli.help.usage")
    );
    let options = say!("cli.help.options");
    let arguments = say!("cli.help.arguments");
    let key = command_key(path);
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(say!("cli.help.commands"))
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .long_about(None);
    if let Some(about) = catalog_text(&key) {
        command = command.about(about);
    }
    let here = path.clone();
    command = command.mut_args(|arg| {
        let id = arg.get_id().to_string();
        let heading = if arg.is_positional() {
            arguments.clone()
        } else {
            options.clone()
        };
        let takes_values = arg.get_action().takes_values();
        let mut arg = arg.help_heading(heading).hide_env(true);
        if takes_values {
            arg = arg.hide_default_value(true).hide_possible_values(true);
        }
        if let Some(help) = catalog_text(&arg_key(&here, &id)) {
            arg = arg.help(help);
        }
        if takes_values {
            let names: Vec<String> = match arg.get_value_names() {
                Some(names) => names.iter().map(ToString::to_string).collect(),
                None => vec![id.to_uppercase()],
            };
            let localized: Vec<String> = names
                .iter()
                .map(|name| catalog_text(&value_key(name)).unwrap_or_else(|| name.clone()))
                .collect();
            arg = arg.value_names(localized);
        }
        arg
    });
    // The usage line in the language too: clap's placeholders replaced by ours.
    let usage = command
        .clone()
        .bin_name(path.join(" "))
        .render_usage()
        .to_string();
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, rest)| rest)
        .replace("[OPTIONS]", &say!("cli.help.usage_options"))
        .replace("COMMAND", &say!("cli.help.usage_command"));
    command = command.override_usage(usage);
    command = command.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(say!("cli.help.help"))
            .help_heading(options),
    );
    command.mut_subcommands(|sub| {
        path.push(sub.get_name().to_string());
        let sub = walk(sub, path);
        path.pop();
        sub
    })
}

/// A catalog text, or `None` when the catalog has no such key (a test holds every command
/// and argument to having one).
fn catalog_text(key: &str) -> Option<String> {
    let text = crate::words::text(key);
    (text != key).then_some(text)
}

/// Every catalog key the help reads, for the test that holds them to the command line.
#[cfg(test)]
fn keys(command: &Command, path: &mut Vec<String>, out: &mut Vec<String>) {
    out.push(command_key(path));
    for arg in command.get_arguments() {
        out.push(arg_key(path, arg.get_id().as_str()));
        if arg.get_action().takes_values() {
            match arg.get_value_names() {
                Some(names) => out.extend(names.iter().map(|n| value_key(n))),
                None => out.push(value_key(&arg.get_id().as_str().to_uppercase())),
            }
        }
    }
    for sub in command.get_subcommands() {
        path.push(sub.get_name().to_string());
        keys(sub, path, out);
        path.pop();
    }
}

/// A usage error (an unknown flag, a missing value) in the command line's language, from
/// its kind and the values clap found; help and the version are printed as asked.
pub fn usage_error(error: &clap::Error) -> Option<String> {
    let text = |kind: ContextKind| -> String {
        match error.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(v)) => v
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let valid = text(ContextKind::ValidValue);
    let suggested = text(ContextKind::SuggestedSubcommand);
    let message = match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::UnknownArgument => say!("cli.error.unknown_argument", arg = arg),
        ErrorKind::InvalidSubcommand if !suggested.is_empty() => say!(
            "cli.error.unknown_command_suggest",
            command = text(ContextKind::InvalidSubcommand),
            suggested = suggested
        ),
        ErrorKind::InvalidSubcommand => say!(
            "cli.error.unknown_command",
            command = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if !valid.is_empty() => say!(
            "cli.error.invalid_value_one_of",
            arg = arg,
            value = format!("{value:?}"),
            valid = valid
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => say!(
            "cli.error.invalid_value",
            arg = arg,
            value = format!("{value:?}")
        ),
        ErrorKind::MissingRequiredArgument => say!("cli.error.missing", arg = arg),
        ErrorKind::ArgumentConflict => say!(
            "cli.error.conflict",
            arg = arg,
            other = text(ContextKind::PriorArg)
        ),
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => say!("cli.error.values", arg = arg),
        ErrorKind::MissingSubcommand => say!("cli.error.missing_command"),
        _ => say!("cli.error.other"),
    };
    Some(format!("{message}\n{}", say!("cli.error.see_help")))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use nightcramp_core::language::{Catalog, Language, fluent_id};

    use super::*;

    /// Every command and every argument has its help in every language: a new flag without
    /// words in the catalog fails here, never shows English on a translated screen.
    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let mut all = Vec::new();
        keys(
            &crate::cli::Cli::command(),
            &mut vec!["nightcramp".into()],
            &mut all,
        );
        assert!(all.len() > 150, "{}", all.len());
        for language in Language::ALL {
            let catalog = Catalog::get(language).expect("catalog");
            let missing: Vec<&String> = all
                .iter()
                .filter(|k| catalog.variables(&fluent_id(k)).is_none())
                .collect();
            assert!(missing.is_empty(), "{language}: {missing:?}");
        }
    }
}
