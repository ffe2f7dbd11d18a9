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
use crate::words::say;

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
    if let Some(text) = &args.language {
        p.language = match text.trim() {
            "auto" | "" => None,
            code => Some(
                nightcramp_core::language::Language::parse(code).ok_or_else(|| {
                    bad_flag(
                        "language",
                        InvalidValue::new(
                            text,
                            nightcramp_core::language::Message::new("allowed.language"),
                        ),
                    )
                })?,
            ),
        };
        // Speak the new choice at once (or the terminal's again, for auto).
        crate::words::set(
            p.language
                .or_else(crate::words::from_environment)
                .unwrap_or_default(),
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
            .with_context(|| say!("cli.context.saving_profile"))?;
    }
    if args.json {
        return print_json(&p);
    }
    print_profile(&p, &ctx.system_zone)?;
    Ok(())
}

fn print_profile(p: &Profile, system: &jiff::tz::TimeZone) -> anyhow::Result<()> {
    let kb = knowledge()?;
    let unknown = say!("cli.profile.not_set");
    let yes_no = |v: Option<bool>| match v {
        Some(true) => say!("cli.yes"),
        Some(false) => say!("cli.no"),
        None => unknown.clone(),
    };
    let due = p
        .due_date
        .map(|d| say!("cli.profile.due", date = night_name(d)))
        .unwrap_or_default();
    let conditions: Vec<String> = p
        .conditions
        .iter()
        .map(|c| {
            kb.message(&format!("condition.{c}"), &[])
                .unwrap_or_default()
        })
        .collect();
    let rows = [
        (
            "cli.profile.birth_year",
            p.birth_year
                .map(|y| y.to_string())
                .unwrap_or_else(|| unknown.clone()),
        ),
        (
            "cli.profile.time_zone",
            p.time_zone.clone().unwrap_or_else(|| {
                say!(
                    "cli.profile.system_zone",
                    zone = system.iana_name().unwrap_or("UTC")
                )
            }),
        ),
        (
            "cli.profile.pregnant",
            format!("{}{due}", yes_no(p.pregnant)),
        ),
        ("cli.profile.athlete", yes_no(p.athlete)),
        (
            "cli.profile.conditions",
            if conditions.is_empty() {
                say!("cli.profile.none_recorded")
            } else {
                conditions.join(", ")
            },
        ),
        (
            "cli.profile.language",
            match p.language {
                Some(l) => l.own_name().to_string(),
                None => say!(
                    "cli.profile.language_auto",
                    language = crate::words::language().own_name()
                ),
            },
        ),
    ];
    // Labels differ in length from one language to another ("Año de
    // nacimiento:"), so the value column starts one space after the widest.
    let labels: Vec<String> = rows
        .iter()
        .map(|(key, _)| say!("cli.profile.label", label = crate::words::text(key)))
        .collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    for (label, (_, value)) in labels.iter().zip(rows.iter()) {
        outln!("{label:<width$}{value}");
    }
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
                .with_context(|| say!("cli.context.saving_medicine"))?;
            let label = kb
                .class_info(med.class)
                .map(|c| c.label.clone())
                .unwrap_or_default();
            outln!(
                "{}",
                say!(
                    "cli.meds.added",
                    name = med.name,
                    label = label,
                    since = night_name(med.since),
                    id = short_id(med.id)
                )
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
                    return Err(UserError::invalid(say!(
                        "cli.meds.none_matches",
                        given = format!("{name_or_id:?}")
                    )));
                }
                _ => {
                    return Err(UserError::invalid(say!(
                        "cli.meds.several",
                        given = format!("{name_or_id:?}")
                    )));
                }
            };
            if on < med.since {
                return Err(UserError::invalid(say!(
                    "cli.meds.stop_before_start",
                    on = on,
                    name = med.name,
                    since = med.since
                )));
            }
            let stopped = nightcramp_core::domain::Medication {
                until: Some(on),
                ..med
            };
            ctx.apply(&[Change::PutMedication(stopped.clone(), Mode::Replace)])
                .with_context(|| say!("cli.context.saving_medicine"))?;
            outln!(
                "{}",
                say!("cli.meds.stopped", name = stopped.name, on = night_name(on))
            );
            Ok(())
        }
        MedsCommand::List { json } => {
            let diary = ctx.load()?;
            if json {
                return print_json(&diary.medications);
            }
            if diary.medications.is_empty() {
                outln!("{}", say!("cli.meds.none"));
            }
            for m in &diary.medications {
                let until = m
                    .until
                    .map(|u| say!("cli.meds.until", date = night_name(u)))
                    .unwrap_or_else(|| say!("cli.meds.current"));
                let label = kb
                    .class_info(m.class)
                    .map(|c| c.label.clone())
                    .unwrap_or_default();
                outln!(
                    "{}  {}",
                    short_id(m.id),
                    say!(
                        "cli.meds.row",
                        name = m.name,
                        label = label,
                        since = night_name(m.since),
                        until = until
                    )
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
    outln!("{}", say!("cli.list.heading", count = args.nights.max(1)));
    let kb = knowledge()?;
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
        let status =
            nightcramp_core::describe::night_status(kb, index.status(night), index.episodes(night));
        let disturbance = index
            .disturbance(night)
            .map(|d| say!("cli.list.disturbed", rating = d))
            .unwrap_or_default();
        outln!("{:<17} {status}{disturbance}", night_name(night));
        for e in diary.episodes_of(night) {
            outln!("    {}", episode_line(e));
        }
        if !factors.is_empty() {
            outln!("    {}", say!("cli.list.day", factors = factors));
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
        NightStatus::Unknown => say!("cli.home.not_logged"),
        status => {
            nightcramp_core::describe::night_status(knowledge()?, status, index.episodes(last))
        }
    };
    outln!(
        "{}",
        say!(
            "cli.home.last_night",
            night = night_name(last),
            status = status
        )
    );
    let from = add_days(last, -27);
    print_calendar(&index.range(from, last))?;
    if index.status(last) == NightStatus::Unknown {
        outln!("\n{}", say!("cli.home.log_hint"));
    } else {
        outln!("\n{}", say!("cli.home.tonight"));
    }
    if let Some(line) = crate::commands::experiment::tonight_line(ctx, &diary)? {
        outln!("{line}");
    }
    outln!("{}", say!("cli.home.help"));
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
        outln!("{}", say!("cli.nights.empty"));
        return Ok(());
    };
    if from > to {
        return Err(UserError::invalid(say!(
            "cli.nights.from_after_to",
            from = from,
            to = to
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
        "\n{}",
        say!(
            "cli.nights.summary",
            nights = summaries.len(),
            known = known,
            cramp_nights = cramp_nights,
            quiet = known - cramp_nights,
            unknown = summaries.len() - known
        )
    );
    Ok(())
}

/// A week-per-row calendar: a digit for a night with cramps (how many), `o` for a
/// cramp-free night, `.` for a night not logged.
fn print_calendar(nights: &[nightcramp_core::nights::NightSummary]) -> anyhow::Result<()> {
    outln!("{}", say!("cli.calendar.head"));
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
        return Err(UserError::invalid(say!(
            "cli.id.not_an_id",
            given = format!("{text:?}"),
            min = MIN_ID_CHARS
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
        0 => Err(UserError::invalid(say!(
            "cli.id.none",
            given = format!("{text:?}")
        ))),
        1 => found.pop().ok_or_else(|| anyhow::anyhow!("unreachable")),
        n => Err(UserError::invalid(say!(
            "cli.id.several",
            given = format!("{text:?}"),
            count = n
        ))),
    }
}

pub fn edit(ctx: &mut Context, args: EditArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let Target::Episode(old) = find(&diary, &args.id)? else {
        return Err(UserError::invalid(say!("cli.edit.only_cramps")));
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
        outln!("{}", say!("cli.edit.nothing", line = episode_line(&old)));
        return Ok(());
    }
    ctx.apply(&[Change::PutEpisode(episode.clone(), Mode::Replace)])
        .with_context(|| say!("cli.context.saving_cramp"))?;
    outln!(
        "{}",
        say!(
            "cli.edit.updated",
            place = crate::render::night_relative(episode.night(), ctx.today(&zone)),
            line = episode_line(&episode)
        )
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
            say!(
                "cli.delete.cramp",
                night = night_name(e.night()),
                line = episode_line(e)
            ),
            Change::DeleteEpisode(e.id),
        ),
        Target::CheckIn(c) => (
            say!("cli.delete.checkin", night = night_name(c.night)),
            Change::DeleteCheckIn(c.night),
        ),
        Target::Medication(m) => (
            say!(
                "cli.delete.medicine",
                name = m.name,
                since = night_name(m.since)
            ),
            Change::DeleteMedication(m.id),
        ),
    };
    if !args.yes && !confirm(&say!("cli.delete.ask", what = description))? {
        return Err(UserError::refused(say!(
            "cli.delete.not_deleted",
            what = description
        )));
    }
    ctx.apply(&[change])
        .with_context(|| say!("cli.context.deleting"))?;
    outln!("{}", say!("cli.delete.done", what = description));
    Ok(())
}

/// Asks on the terminal. Without a terminal there is no one to ask, so the answer is no.
pub fn confirm(question: &str) -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    out!("{question} {} ", say!("cli.confirm.prompt"));
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(crate::words::yes_or_no(&line) == Some(true))
}
