/*!
Looking at and tidying the diary: `profile`, `meds`, `list`, `nights`, `edit`, `delete`.
*/

use std::io::{BufRead, IsTerminal, Write};

use anyhow::Context as _;
use nightcramp_core::domain::{Condition, Diary, DrugClass, Episode, NightStatus, Profile};
use nightcramp_core::factors::parse_bool;
use nightcramp_core::input::{
    CrampInput, DurationStyle, InvalidValue, MedicationInput, parse_date,
};
use nightcramp_core::knowledge::CrampLink;
use nightcramp_core::nights::{NightIndex, add_days, dates, diary_span};
use nightcramp_store::{Change, Mode};
use serde_json::json;
use uuid::Uuid;

use crate::cli::{DeleteArgs, EditArgs, ListArgs, MedsCommand, NightsArgs, ProfileArgs};
use crate::context::{Context, UserError, bad_flag, knowledge, parse_day};
use crate::render::{episode_line, night_name, out, outln, print_json, short_id};

pub fn profile(ctx: &mut Context, args: ProfileArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let mut p = diary.profile.clone();
    if let Some(text) = &args.birth_year {
        let year: i16 = text
            .trim()
            .parse()
            .ok()
            .filter(|y| (1900..=2030).contains(y))
            .ok_or_else(|| {
                bad_flag(
                    "birth-year",
                    InvalidValue::new(
                        text,
                        nightcramp_core::language::Message::new("allowed.birth_year"),
                    ),
                )
            })?;
        p.birth_year = Some(year);
    }
    if let Some(name) = &args.timezone {
        let tz = jiff::tz::TimeZone::get(name.trim()).map_err(|_| {
            bad_flag(
                "timezone",
                InvalidValue::new(
                    name,
                    nightcramp_core::language::Message::new("allowed.time_zone_example"),
                ),
            )
        })?;
        p.time_zone = tz.iana_name().map(str::to_string);
    }
    if let Some(text) = &args.pregnant {
        p.pregnant = Some(parse_bool(text).map_err(|e| bad_flag("pregnant", e))?);
        if p.pregnant == Some(false) {
            p.due_date = None;
        }
    }
    if let Some(text) = &args.due_date {
        p.due_date = Some(parse_date(text).map_err(|e| bad_flag("due-date", e))?);
        p.pregnant = Some(true);
    }
    if let Some(text) = &args.athlete {
        p.athlete = Some(parse_bool(text).map_err(|e| bad_flag("athlete", e))?);
    }
    for text in &args.condition {
        p.conditions.insert(
            text.parse::<Condition>()
                .map_err(|e| bad_flag("condition", e))?,
        );
    }
    for text in &args.remove_condition {
        p.conditions.remove(
            &text
                .parse::<Condition>()
                .map_err(|e| bad_flag("remove-condition", e))?,
        );
    }
    if p != diary.profile {
        ctx.apply(&[Change::SetProfile(p.clone(), Mode::Replace)])
            .context("saving the profile")?;
    }
    if args.json {
        return print_json(&p);
    }
    print_profile(&p, &ctx.system_zone)?;
    Ok(())
}

fn print_profile(p: &Profile, system: &jiff::tz::TimeZone) -> anyhow::Result<()> {
    let unknown = "not set".to_string();
    outln!(
        "Birth year:  {}",
        p.birth_year
            .map(|y| y.to_string())
            .unwrap_or_else(|| unknown.clone())
    );
    outln!(
        "Time zone:   {}",
        p.time_zone.clone().unwrap_or_else(|| format!(
            "not set (using this computer's: {})",
            system.iana_name().unwrap_or("UTC")
        ))
    );
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes".to_string(),
        Some(false) => "no".to_string(),
        None => unknown.clone(),
    };
    let due = p.due_date.map(|d| format!(", due {d}")).unwrap_or_default();
    outln!("Pregnant:    {}{due}", yes_no(p.pregnant));
    outln!("Athlete:     {}", yes_no(p.athlete));
    let conditions: Vec<String> = p
        .conditions
        .iter()
        .map(|c| c.as_str().replace('_', " "))
        .collect();
    outln!(
        "Conditions:  {}",
        if conditions.is_empty() {
            "none recorded".to_string()
        } else {
            conditions.join(", ")
        }
    );
    Ok(())
}

pub fn meds(ctx: &mut Context, command: MedsCommand) -> anyhow::Result<()> {
    let kb = knowledge()?;
    match command {
        MedsCommand::Add {
            name,
            class,
            since,
            until,
        } => {
            let input = MedicationInput {
                name,
                class,
                since,
                until,
            };
            let diary = ctx.load()?;
            let today = ctx.today(&ctx.zone(&diary));
            let med = input
                .validate(today, |n| kb.class_for_name(n))
                .map_err(|e| bad_flag(&e.field, InvalidValue::new(e.value, e.allowed)))?;
            ctx.apply(&[Change::PutMedication(med.clone(), Mode::Replace)])
                .context("saving the medicine")?;
            let label = kb
                .class_info(med.class)
                .map(|c| c.label.clone())
                .unwrap_or_default();
            outln!(
                "Added {} ({label}) since {} [{}]",
                med.name,
                med.since,
                short_id(med.id)
            );
            if med.class == DrugClass::Quinine {
                if let Some(s) = kb.statement("treatments.quinine") {
                    outln!("{}", crate::render::wrap(&s.text, 88, ""));
                }
            } else {
                let key = match kb.class_info(med.class).map(|c| c.link) {
                    Some(CrampLink::Listed) => Some("medicine.added.listed"),
                    Some(CrampLink::Mentioned) => Some("medicine.added.mentioned"),
                    _ => None,
                };
                if let Some(text) = key.and_then(|k| kb.message(k, &[]).ok()) {
                    outln!("{}", crate::render::wrap(&text, 88, ""));
                }
            }
            Ok(())
        }
        MedsCommand::Stop { name_or_id, on } => {
            let diary = ctx.load()?;
            let zone = ctx.zone(&diary);
            let today = ctx.today(&zone);
            let on = match on {
                Some(text) => parse_day(&text, today).map_err(|e| bad_flag("on", e))?,
                None => today,
            };
            let wanted = name_or_id.trim().to_lowercase();
            let matches: Vec<_> = diary
                .medications
                .iter()
                .filter(|m| m.until.is_none())
                .filter(|m| {
                    m.name.to_lowercase() == wanted
                        || m.id.simple().to_string().starts_with(&wanted)
                })
                .collect();
            let med = match matches.as_slice() {
                [one] => (*one).clone(),
                [] => {
                    return Err(UserError::invalid(format!(
                        "no current medicine is called or has the id {name_or_id:?}; see `nightcramp meds list`"
                    )));
                }
                _ => {
                    return Err(UserError::invalid(format!(
                        "{name_or_id:?} matches several medicines; use the id from `nightcramp meds list`"
                    )));
                }
            };
            if on < med.since {
                return Err(UserError::invalid(format!(
                    "--on: {on} is before {} was started ({})",
                    med.name, med.since
                )));
            }
            let stopped = nightcramp_core::domain::Medication {
                until: Some(on),
                ..med
            };
            ctx.apply(&[Change::PutMedication(stopped.clone(), Mode::Replace)])
                .context("saving the medicine")?;
            outln!("Recorded that you stopped {} on {on}.", stopped.name);
            Ok(())
        }
        MedsCommand::List { json } => {
            let diary = ctx.load()?;
            if json {
                return print_json(&diary.medications);
            }
            if diary.medications.is_empty() {
                outln!(
                    "No medicines recorded. Add one: nightcramp meds add --name atorvastatin --since 2026-01-10"
                );
            }
            for m in &diary.medications {
                let until = m
                    .until
                    .map(|u| format!(" until {u}"))
                    .unwrap_or_else(|| " (current)".into());
                let label = kb
                    .class_info(m.class)
                    .map(|c| c.label.clone())
                    .unwrap_or_default();
                outln!(
                    "{}  {} ({label}) since {}{until}",
                    short_id(m.id),
                    m.name,
                    m.since
                );
            }
            Ok(())
        }
        MedsCommand::Classes => {
            for c in &kb.classes {
                outln!(
                    "{:<28} {} — {}",
                    c.id.as_str(),
                    c.label,
                    kb.link_summary(c.id)
                );
            }
            Ok(())
        }
    }
}

pub fn list(ctx: &mut Context, args: ListArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let to = nightcramp_core::night::last_night(ctx.today(&zone));
    let from = add_days(to, -(i64::from(args.nights.max(1)) - 1));
    let index = NightIndex::new(&diary);
    if args.json {
        let nights: Vec<_> = dates(from, to).collect::<Vec<_>>().into_iter()
            .rev()
            .map(|night| {
                let episodes: Vec<_> = diary.episodes_of(night).map(Episode::to_json).collect();
                let day = diary.day(night).map(|d| {
                    d.factors
                        .iter()
                        .map(|(k, f)| (k.column(), serde_json::to_value(&f.value).unwrap_or_default()))
                        .collect::<serde_json::Map<_, _>>()
                });
                json!({
                    "night": night,
                    "status": index.status(night).as_str(),
                    "episodes": episodes,
                    "checkin": diary.checkin(night).map(|c| json!({"id": c.id, "sleep_disturbance": c.sleep_disturbance})),
                    "day": day,
                })
            })
            .collect();
        return print_json(&nights);
    }
    outln!("The last {} nights, newest first:", args.nights.max(1));
    for night in dates(from, to).collect::<Vec<_>>().into_iter().rev() {
        let factors = diary
            .day(night)
            .map(|d| {
                d.factors
                    .iter()
                    .map(|(k, f)| format!("{}={}", k.column(), f.value))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        let status = match index.status(night) {
            NightStatus::Cramps => format!("{} cramp(s)", index.episodes(night)),
            NightStatus::NoCramps => "no cramps".into(),
            NightStatus::Unknown => "not logged".into(),
        };
        let disturbance = index
            .disturbance(night)
            .map(|d| format!(", sleep disturbed {d}/10"))
            .unwrap_or_default();
        outln!(
            "{:<17} {status}{disturbance}",
            night.strftime("%a %-d %b %Y").to_string()
        );
        for e in diary.episodes_of(night) {
            outln!("    {}", episode_line(e));
        }
        if !factors.is_empty() {
            outln!("    day: {factors}");
        }
    }
    Ok(())
}

/// `nightcramp` alone: where things stand and the one thing to do next.
pub fn home(ctx: &mut Context) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let last = nightcramp_core::night::last_night(ctx.today(&zone));
    let index = NightIndex::new(&diary);
    let status = match index.status(last) {
        NightStatus::Cramps => format!("{} cramp(s) logged", index.episodes(last)),
        NightStatus::NoCramps => "no cramps".into(),
        NightStatus::Unknown => "not logged yet".into(),
    };
    outln!("Last night ({}): {status}.", night_name(last));
    let from = add_days(last, -27);
    print_calendar(&index.range(from, last))?;
    if index.status(last) == NightStatus::Unknown {
        outln!(
            "\nNo cramps last night? nightcramp night --none   A cramp? nightcramp cramp --at 03:10"
        );
    } else {
        outln!(
            "\nTonight: the calf stretch before bed (nightcramp guide stretch). Anything worrying? nightcramp checkup"
        );
    }
    if let Some(line) = crate::commands::experiment::tonight_line(ctx, &diary)? {
        outln!("{line}");
    }
    outln!("All commands: nightcramp --help");
    Ok(())
}

pub fn nights(ctx: &mut Context, args: NightsArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let today = ctx.today(&zone);
    let span = diary_span(&diary);
    let parse = |flag: &str, text: &Option<String>| {
        text.as_deref()
            .map(|t| parse_day(t, today).map_err(|e| bad_flag(flag, e)))
            .transpose()
    };
    let from = parse("from", &args.from)?.or(span.map(|s| s.0));
    let to = parse("to", &args.to)?.or(span.map(|s| s.1));
    let index = NightIndex::new(&diary);
    let (Some(from), Some(to)) = (from, to) else {
        if args.json {
            return print_json(&Vec::<()>::new());
        }
        outln!(
            "The diary is empty. Log a cramp (nightcramp cramp) or a quiet night (nightcramp night --none)."
        );
        return Ok(());
    };
    if from > to {
        return Err(UserError::invalid(format!(
            "--from {from} is after --to {to}"
        )));
    }
    let summaries = index.range(from, to);
    if args.json {
        return print_json(&summaries);
    }
    print_calendar(&summaries)?;
    let known = summaries
        .iter()
        .filter(|n| n.status != NightStatus::Unknown)
        .count();
    let cramp_nights = summaries
        .iter()
        .filter(|n| n.status == NightStatus::Cramps)
        .count();
    outln!(
        "\n{} nights, {known} logged: cramps on {cramp_nights}, none on {}. {} not logged (unknown, not counted as cramp-free).",
        summaries.len(),
        known - cramp_nights,
        summaries.len() - known
    );
    Ok(())
}

/// A week-per-row calendar: a digit for a night with cramps (how many), `o` for a
/// cramp-free night, `.` for a night not logged.
fn print_calendar(nights: &[nightcramp_core::nights::NightSummary]) -> anyhow::Result<()> {
    outln!("Night of    Mon Tue Wed Thu Fri Sat Sun     (digit: cramps, o: none, .: not logged)");
    let Some(first) = nights.first() else {
        return Ok(());
    };
    let offset = first.night.weekday().to_monday_zero_offset() as usize;
    let mut cells: Vec<String> = vec!["   ".into(); offset];
    let mut week_start = add_days(first.night, -(offset as i64));
    for n in nights {
        let cell = match n.status {
            NightStatus::Cramps if n.episodes > 9 => "9+ ".to_string(),
            NightStatus::Cramps => format!(" {} ", n.episodes),
            NightStatus::NoCramps => " o ".into(),
            NightStatus::Unknown => " . ".into(),
        };
        cells.push(cell);
        if cells.len() == 7 {
            outln!("{}  {}", week_start.strftime("%Y-%m-%d"), cells.join(" "));
            cells.clear();
            week_start = add_days(week_start, 7);
        }
    }
    if !cells.is_empty() {
        outln!("{}  {}", week_start.strftime("%Y-%m-%d"), cells.join(" "));
    }
    Ok(())
}

/// What an id on the command line points at.
enum Target {
    Episode(Episode),
    CheckIn(nightcramp_core::domain::CheckIn),
    Medication(nightcramp_core::domain::Medication),
}

const MIN_ID_CHARS: usize = 6;

fn find(diary: &Diary, text: &str) -> anyhow::Result<Target> {
    let wanted = text.trim().to_lowercase().replace('-', "");
    if wanted.len() < MIN_ID_CHARS || !wanted.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(UserError::invalid(format!(
            "{text:?} is not an id; expected at least {MIN_ID_CHARS} hex characters of an id shown by `nightcramp list` or `nightcramp meds list`"
        )));
    }
    let hit = |id: Uuid| id.simple().to_string().starts_with(&wanted);
    let mut found: Vec<Target> = Vec::new();
    found.extend(
        diary
            .episodes
            .iter()
            .filter(|e| hit(e.id))
            .cloned()
            .map(Target::Episode),
    );
    found.extend(
        diary
            .checkins
            .iter()
            .filter(|c| hit(c.id))
            .cloned()
            .map(Target::CheckIn),
    );
    found.extend(
        diary
            .medications
            .iter()
            .filter(|m| hit(m.id))
            .cloned()
            .map(Target::Medication),
    );
    match found.len() {
        0 => Err(UserError::invalid(format!(
            "nothing in the diary has the id {text:?}"
        ))),
        1 => found.pop().ok_or_else(|| anyhow::anyhow!("unreachable")),
        n => Err(UserError::invalid(format!(
            "{text:?} matches {n} records; give more of the id"
        ))),
    }
}

pub fn edit(ctx: &mut Context, args: EditArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let Target::Episode(old) = find(&diary, &args.id)? else {
        return Err(UserError::invalid(
            "only cramps are edited here; check-ins are changed with `nightcramp night`, medicines with `nightcramp meds`",
        ));
    };
    let zone = ctx.zone(&diary);
    let flags = &args.episode;
    // A bare clock time corrects the time on the cramp's own night; a dated time moves it.
    let started_at = match &flags.at {
        Some(text) => nightcramp_core::when::resolve_cramp_time(
            text,
            ctx.now,
            &zone,
            nightcramp_core::when::ClockAnchor::Night(old.night()),
        )
        .map_err(|e| bad_flag("at", e))?
        .to_annotated_rfc3339(),
        None => old.started_at_rfc3339(),
    };
    let relief_text = old
        .relief
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(";");
    let input = CrampInput {
        id: Some(old.id.to_string()),
        started_at: Some(started_at),
        duration: Some(
            flags
                .lasted
                .clone()
                .unwrap_or_else(|| old.duration_s.to_string()),
        ),
        muscle: Some(
            flags
                .muscle
                .clone()
                .unwrap_or_else(|| old.muscle.to_string()),
        ),
        side: Some(flags.side.clone().unwrap_or_else(|| old.side.to_string())),
        intensity: Some(
            flags
                .pain
                .clone()
                .unwrap_or_else(|| old.intensity.to_string()),
        ),
        woke: args
            .woke
            .clone()
            .or_else(|| old.woke.map(|w| w.to_string())),
        soreness_h: flags
            .soreness
            .clone()
            .or_else(|| old.soreness_h.map(|s| s.to_string())),
        relief: flags.relief.clone().or(Some(relief_text)),
        notes: flags.notes.clone().or_else(|| old.notes.clone()),
    };
    let mut episode = input
        .validate(
            nightcramp_core::input::EntryContext {
                zone: Some(&zone),
                now: ctx.now,
            },
            DurationStyle::Friendly,
        )
        .map_err(|e| {
            bad_flag(
                &e.field.replace("intensity", "pain"),
                InvalidValue::new(e.value, e.allowed),
            )
        })?;
    if flags.at.is_none() {
        episode.time_zone = old.time_zone.clone();
    }
    if episode == old {
        outln!("Nothing to change: {}", episode_line(&old));
        return Ok(());
    }
    ctx.apply(&[Change::PutEpisode(episode.clone(), Mode::Replace)])
        .context("saving the cramp")?;
    outln!(
        "Updated the cramp {}: {}",
        crate::render::night_relative(episode.night(), ctx.today(&zone)),
        episode_line(&episode)
    );
    if let Some(started) = crate::render::started_on_clock(&episode, ctx.today(&zone)) {
        outln!("{started}");
    }
    Ok(())
}

pub fn delete(ctx: &mut Context, args: DeleteArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let target = find(&diary, &args.id)?;
    let (description, change) = match &target {
        Target::Episode(e) => (
            format!(
                "the cramp on the night of {}: {}",
                night_name(e.night()),
                episode_line(e)
            ),
            Change::DeleteEpisode(e.id),
        ),
        Target::CheckIn(c) => (
            format!(
                "the check-in for the night of {} (the night becomes unknown)",
                night_name(c.night)
            ),
            Change::DeleteCheckIn(c.night),
        ),
        Target::Medication(m) => (
            format!("the medicine {} (since {})", m.name, m.since),
            Change::DeleteMedication(m.id),
        ),
    };
    if !args.yes && !confirm(&format!("Delete {description}?"))? {
        return Err(UserError::refused(format!(
            "not deleted: {description}. Nothing was changed (add --yes to delete without asking)"
        )));
    }
    ctx.apply(&[change]).context("deleting")?;
    outln!("Deleted {description}.");
    Ok(())
}

/// Asks on the terminal. Without a terminal there is no one to ask, so the answer is no.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    out!("{question} [y/N] ");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}
