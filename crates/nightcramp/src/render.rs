/*!
Human output: short, calm, and readable at 3 AM. Machine output is `--json` everywhere a
command lists or analyses, and never mixes with these strings.
*/

use jiff::civil::Date;
use nightcramp_core::domain::Episode;
use uuid::Uuid;

use crate::words::say;

/// `Fri 27 Nov 2026`, in the command line's language.
pub fn night_name(date: Date) -> String {
    crate::words::language().date(
        date,
        nightcramp_core::language::DateForm::WeekdayDayMonthYear,
    )
}

/// Where a logged cramp went, unmistakably: `last night (Mon 30 Nov 2026)`, `tonight (...)`,
/// or `on the night of Thu 1 Oct 2026, 60 nights before last night`, so a backdated cramp that
/// landed somewhere unexpected is seen at once.
pub fn night_relative(night: Date, today: Date) -> String {
    let last = nightcramp_core::night::last_night(today);
    if night == last {
        return say!("cli.night.last", night = night_name(night));
    }
    if night == today {
        return say!("cli.night.tonight", night = night_name(night));
    }
    let before = nightcramp_core::nights::days_between(night, last);
    let distance = match before {
        1 => say!("cli.night.before_last"),
        n if n > 1 => say!("cli.night.nights_before", count = n),
        _ => say!("cli.night.not_begun"),
    };
    say!(
        "cli.night.on",
        night = night_name(night),
        distance = distance
    )
}

/// `Started 02:05 on Fri 2 Oct 2026 (Europe/Berlin).` for a cramp that is not last
/// night's: the date the clock showed, beside the night it belongs to.
pub fn started_on_clock(e: &Episode, today: Date) -> Option<String> {
    if e.night() == nightcramp_core::night::last_night(today) {
        return None;
    }
    let local = e.local_start();
    let zone = e
        .time_zone
        .as_deref()
        .map(|z| format!(" ({z})"))
        .unwrap_or_default();
    Some(say!(
        "cli.started_on",
        time = local.strftime("%H:%M"),
        date = night_name(local.date()),
        zone = zone
    ))
}

/// `02:40 left calf, pain 7/10, 2 min, woke you [3f2a9c1e]`, in the command line's language.
pub fn episode_line(e: &Episode) -> String {
    let summary = match crate::context::knowledge() {
        Ok(kb) => nightcramp_core::describe::episode_summary(kb, e),
        Err(_) => String::new(),
    };
    format!(
        "{} {summary} [{}]",
        e.local_start().strftime("%H:%M"),
        short_id(e.id)
    )
}

/// A recorded value as the person reads it: yes or no, a number the language's way, a
/// choice's words.
pub fn factor_value(
    kb: &nightcramp_core::knowledge::Knowledge,
    key: &nightcramp_core::domain::FactorKey,
    value: &nightcramp_core::domain::FactorValue,
) -> String {
    use nightcramp_core::domain::{FactorKey, FactorValue};
    match (key, value) {
        (_, FactorValue::Bool(true)) => say!("cli.yes"),
        (_, FactorValue::Bool(false)) => say!("cli.no"),
        (_, FactorValue::Number(n)) => kb.language.number_up_to(*n, 3),
        (FactorKey::Builtin(b), FactorValue::Choice(c)) => b.choice_label(c, kb),
        (FactorKey::Custom(_), FactorValue::Choice(c)) => c.clone(),
    }
}

/// The first 8 hex digits: enough to name a record on the command line.
pub fn short_id(id: Uuid) -> String {
    id.simple().to_string().chars().take(8).collect()
}

/// `println!` that returns an error instead of panicking when standard output is closed
/// (`nightcramp list | head`); `main` turns a broken pipe into a quiet, successful exit.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($arg)*)?;
    }};
}
pub(crate) use outln;

/// `print!` without the newline, flushed (for prompts).
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut stdout = std::io::stdout();
        write!(stdout, $($arg)*)?;
        stdout.flush()?;
    }};
}
pub(crate) use out;

/// Prints a value as pretty JSON on standard output.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    outln!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// Wraps text at `width` columns with an indent, for the guide and the checkup.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(format!("{indent}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(format!("{indent}{line}"));
    }
    lines.join("\n")
}
