/*!
Human output: short, calm, and readable at 3 AM. Machine output is `--json` everywhere a
command lists or analyses, and never mixes with these strings.
*/

use jiff::civil::Date;
use nightcramp_core::domain::Episode;
use uuid::Uuid;

/// `Fri 27 Nov 2026`
pub fn night_name(date: Date) -> String {
    date.strftime("%a %-d %b %Y").to_string()
}

/// Where a logged cramp went, unmistakably: `last night (Mon 30 Nov 2026)`, `tonight (...)`,
/// or `on the night of Thu 1 Oct 2026, 60 nights before last night`, so a backdated cramp that
/// landed somewhere unexpected is seen at once.
pub fn night_relative(night: Date, today: Date) -> String {
    let last = nightcramp_core::night::last_night(today);
    if night == last {
        return format!("last night ({})", night_name(night));
    }
    if night == today {
        return format!("tonight ({})", night_name(night));
    }
    let before = nightcramp_core::nights::days_between(night, last);
    let distance = match before {
        1 => "the night before last night".to_string(),
        n if n > 1 => format!("{n} nights before last night"),
        _ => "a night that has not begun".to_string(),
    };
    format!("on the night of {}, {distance}", night_name(night))
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
    Some(format!(
        "Started {} on {}{zone}.",
        local.strftime("%H:%M"),
        local.date().strftime("%a %-d %b %Y")
    ))
}

/// `40 s`, `2 min`, `1 min 30 s`, `1 h 5 min`
pub fn duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h} h"));
    }
    if m > 0 {
        parts.push(format!("{m} min"));
    }
    if s > 0 && h == 0 {
        parts.push(format!("{s} s"));
    }
    parts.join(" ")
}

/// The first 8 hex digits: enough to name a record on the command line.
pub fn short_id(id: Uuid) -> String {
    id.simple().to_string().chars().take(8).collect()
}

/// `02:40 left calf, pain 7/10, 2 min, woke you [3f2a9c1e]`
pub fn episode_line(e: &Episode) -> String {
    let mut text = format!(
        "{} {} {}, pain {}/10, {}",
        e.local_start().strftime("%H:%M"),
        e.side,
        e.muscle.as_str().replace('_', " "),
        e.intensity,
        duration(e.duration_s)
    );
    if e.woke == Some(true) {
        text.push_str(", woke you");
    }
    if let Some(h) = e.soreness_h {
        text.push_str(&format!(
            ", sore {} h",
            nightcramp_core::domain::format_number(h)
        ));
    }
    if !e.relief.is_empty() {
        let relief: Vec<&str> = e.relief.iter().map(|r| r.as_str()).collect();
        text.push_str(&format!(", eased by {}", relief.join(", ")));
    }
    text.push_str(&format!(" [{}]", short_id(e.id)));
    text
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
