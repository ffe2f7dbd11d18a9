/*!
Calendar reminders (RFC 5545): water spread over the waking day and the bedtime stretch,
as daily recurring events with alarms, in the person's time zone.

The prevention steps only help if they happen every day; a calendar the phone already
has is the least intrusive way to remind. Times are written with the person's IANA zone,
and the VTIMEZONE block is generated from the time zone database (the transitions of the
coming years), so clients that do not know the zone name still place the events right
across daylight-saving changes.
*/

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::{Offset, TimeZone};

use crate::knowledge::Knowledge;

/// What the person asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct ReminderPlan {
    pub bedtime: Time,
    pub wake: Time,
    /// How many water reminders, spread from an hour after waking to two hours before bed;
    /// `None` for the default (see [`water_reminders`]).
    pub water_reminders: Option<u8>,
    pub first_day: Date,
    /// The person's fluids may be limited (rule P9, [`crate::plan::fluids_may_be_limited`]).
    pub fluids_limited: bool,
    /// An experiment's assignment for each of its nights (`experiment::bedtime_lines`):
    /// one event a night, a quarter of an hour before bed.
    pub experiment_nights: Vec<(Date, String)>,
}

/// Water reminders a day when none are asked for: four, or none at all when the person's
/// fluids may be limited (rule P9: no "drink more" for them).
pub fn water_reminders(plan: &ReminderPlan) -> u8 {
    plan.water_reminders
        .unwrap_or(if plan.fluids_limited { 0 } else { 4 })
}

/// Why reminders cannot be made as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReminderError {
    #[error("bedtime {bedtime} must be at least four hours after waking at {wake}")]
    DayTooShort { wake: String, bedtime: String },
    #[error("water reminders: {0} is not allowed; expected 0 to 12")]
    TooManyWater(u8),
}

/// Escapes TEXT values (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
}

fn offset_text(offset: Offset) -> String {
    let secs = offset.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let abs = secs.unsigned_abs();
    format!("{sign}{:02}{:02}", abs / 3600, (abs % 3600) / 60)
}

/// A VTIMEZONE with every transition from the start of `first_day`'s year for three years.
fn vtimezone(tz: &TimeZone, name: &str, first_day: Date, lines: &mut Vec<String>) {
    lines.push("BEGIN:VTIMEZONE".into());
    lines.push(format!("TZID:{name}"));
    let start = first_day
        .first_of_year()
        .to_zoned_datetime(tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let end = first_day
        .first_of_year()
        .saturating_add(jiff::Span::new().years(3))
        .to_zoned_datetime(tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH);
    let mut before = tz.to_offset(start);
    let mut any = false;
    for transition in tz.following(start).take_while(|t| t.timestamp() < end) {
        let after = transition.offset();
        let kind = if transition.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!(
            "DTSTART:{}",
            before
                .to_datetime(transition.timestamp())
                .strftime("%Y%m%dT%H%M%S")
        ));
        lines.push(format!("TZOFFSETFROM:{}", offset_text(before)));
        lines.push(format!("TZOFFSETTO:{}", offset_text(after)));
        lines.push(format!("TZNAME:{}", transition.abbreviation()));
        lines.push(format!("END:{kind}"));
        before = after;
        any = true;
    }
    if !any {
        lines.push("BEGIN:STANDARD".into());
        lines.push("DTSTART:19700101T000000".into());
        lines.push(format!("TZOFFSETFROM:{}", offset_text(before)));
        lines.push(format!("TZOFFSETTO:{}", offset_text(before)));
        lines.push("END:STANDARD".into());
    }
    lines.push("END:VTIMEZONE".into());
}

/// Builds the calendar. `now` stamps it (DTSTAMP); `zone_name` is the IANA name.
pub fn calendar(
    plan: &ReminderPlan,
    tz: &TimeZone,
    knowledge: &Knowledge,
    now: Timestamp,
) -> Result<String, ReminderError> {
    let water_count = water_reminders(plan);
    if water_count > 12 {
        return Err(ReminderError::TooManyWater(water_count));
    }
    let minutes = |t: Time| i32::from(t.hour()) * 60 + i32::from(t.minute());
    let (wake, bed) = (minutes(plan.wake), minutes(plan.bedtime));
    if bed - wake < 240 {
        return Err(ReminderError::DayTooShort {
            wake: plan.wake.to_string(),
            bedtime: plan.bedtime.to_string(),
        });
    }
    let say = |key: &str| knowledge.message(key, &[]).unwrap_or_default();
    let zone_name = tz.iana_name().unwrap_or("UTC").to_string();
    let stamp = now.strftime("%Y%m%dT%H%M%SZ").to_string();
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//nightcramp//reminders//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", text(&say("calendar.name"))),
        format!("X-WR-TIMEZONE:{zone_name}"),
    ];
    vtimezone(tz, &zone_name, plan.first_day, &mut lines);
    // With fluids that may be limited, a reminder asked for says to drink what the care
    // team advised, never simply to drink (rule P9).
    let (water_summary, fluids_statement) = if plan.fluids_limited {
        (say("calendar.water_limited"), "prevention.fluids_limited")
    } else {
        (say("calendar.water"), "prevention.fluids")
    };
    let fluids = knowledge
        .statement(fluids_statement)
        .map(|s| s.text.clone())
        .unwrap_or_default();
    let stretch_steps: Vec<String> = knowledge
        .topic("stretch")
        .map(|t| {
            t.statements
                .iter()
                .take(5)
                .map(|s| s.text.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut event = |uid: &str, at: i32, duration_min: u32, summary: &str, description: &str| {
        let start = plan
            .first_day
            .at((at / 60) as i8, (at % 60) as i8, 0, 0)
            .strftime("%Y%m%dT%H%M%S")
            .to_string();
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{uid}@nightcramp"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;TZID={zone_name}:{start}"),
            format!("DURATION:PT{duration_min}M"),
            "RRULE:FREQ=DAILY".to_string(),
            format!("SUMMARY:{}", text(summary)),
            format!("DESCRIPTION:{}", text(description)),
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            "TRIGGER:PT0M".to_string(),
            format!("DESCRIPTION:{}", text(summary)),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    };
    // Water: evenly from an hour after waking to two hours before bed.
    let n = i32::from(water_count);
    let (first, last) = (wake + 60, bed - 120);
    for i in 0..n {
        let at = if n == 1 {
            first
        } else {
            first + (last - first) * i / (n - 1)
        };
        event(&format!("water-{}", i + 1), at, 5, &water_summary, &fluids);
    }
    let routine = format!(
        "{}\n{}",
        say("calendar.stretch.steps"),
        stretch_steps.join("\n")
    );
    event("stretch", bed - 10, 5, &say("calendar.stretch"), &routine);
    let at = bed - 15;
    for (night, line) in &plan.experiment_nights {
        let start = night
            .at((at / 60) as i8, (at % 60) as i8, 0, 0)
            .strftime("%Y%m%dT%H%M%S")
            .to_string();
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:experiment-{night}@nightcramp"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;TZID={zone_name}:{start}"),
            "DURATION:PT5M".to_string(),
            format!("SUMMARY:{}", text(line)),
            "TRANSP:TRANSPARENT".to_string(),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            "TRIGGER:PT0M".to_string(),
            format!("DESCRIPTION:{}", text(line)),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> ReminderPlan {
        ReminderPlan {
            bedtime: Time::constant(22, 30, 0, 0),
            wake: Time::constant(7, 0, 0, 0),
            water_reminders: Some(4),
            first_day: jiff::civil::date(2026, 11, 28),
            fluids_limited: false,
            experiment_nights: Vec::new(),
        }
    }

    #[test]
    fn a_daily_calendar_in_the_person_s_zone() {
        let kb = Knowledge::parse().expect("knowledge");
        let tz = TimeZone::get("Europe/Berlin").expect("zone");
        let ics = calendar(
            &plan(),
            &tz,
            &kb,
            "2026-11-28T08:00:00Z".parse().expect("time"),
        )
        .expect("calendar");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(
            ics.matches("BEGIN:VEVENT").count(),
            5,
            "four water reminders and the stretch"
        );
        assert!(
            ics.contains("DTSTART;TZID=Europe/Berlin:20261128T222000"),
            "the stretch ten minutes before bed"
        );
        assert!(
            ics.contains("DTSTART;TZID=Europe/Berlin:20261128T080000"),
            "the first water an hour after waking"
        );
        assert!(
            ics.contains("DTSTART;TZID=Europe/Berlin:20261128T203000"),
            "the last two hours before bed"
        );
        assert!(ics.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"
        ));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "unfolded line: {line}");
        }
    }

    /// Rule P9: with fluids that may be limited, no water reminders unless asked for, and
    /// those asked for never say simply to drink.
    #[test]
    fn limited_fluids_get_no_drink_more_reminders() {
        let kb = Knowledge::parse().expect("knowledge");
        let mut p = plan();
        p.fluids_limited = true;
        p.water_reminders = None;
        let ics = calendar(&p, &TimeZone::UTC, &kb, Timestamp::UNIX_EPOCH).expect("calendar");
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "only the stretch");
        assert!(!ics.contains("Drink a glass of water"));
        p.water_reminders = Some(2);
        let ics = calendar(&p, &TimeZone::UTC, &kb, Timestamp::UNIX_EPOCH).expect("calendar");
        assert_eq!(
            ics.matches("SUMMARY:Water\\, as your care team advised")
                .count(),
            2
        );
        assert!(ics.contains("care team"));
        assert!(!ics.contains("Drink a glass of water"));
        let mut usual = plan();
        usual.water_reminders = None;
        assert_eq!(water_reminders(&usual), 4);
    }

    #[test]
    fn the_calendar_speaks_the_person_s_language() {
        let kb = Knowledge::parse_in(crate::language::Language::De).expect("knowledge");
        let ics = calendar(&plan(), &TimeZone::UTC, &kb, Timestamp::UNIX_EPOCH).expect("calendar");
        assert!(
            ics.contains("X-WR-CALNAME:nightcramp-Erinnerungen"),
            "{ics}"
        );
        assert_eq!(
            ics.matches("SUMMARY:Trinken Sie ein Glas Wasser").count(),
            4
        );
        assert!(
            ics.contains("SUMMARY:Wadendehnung vor dem Schlafen"),
            "{ics}"
        );
        assert!(!ics.contains("Drink"), "no English: {ics}");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "unfolded line: {line}");
        }
    }

    #[test]
    fn impossible_plans_are_refused() {
        let kb = Knowledge::parse().expect("knowledge");
        let mut p = plan();
        p.bedtime = Time::constant(9, 0, 0, 0);
        assert!(matches!(
            calendar(&p, &TimeZone::UTC, &kb, Timestamp::UNIX_EPOCH),
            Err(ReminderError::DayTooShort { .. })
        ));
        let mut p = plan();
        p.water_reminders = Some(13);
        assert!(calendar(&p, &TimeZone::UTC, &kb, Timestamp::UNIX_EPOCH).is_err());
    }
}
