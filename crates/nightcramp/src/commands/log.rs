/*!
Logging: `cramp`, `night` and `day`, the three things a person does every day.

`cramp` must work for someone half-asleep: no required flags, the time defaults to now,
`--at 02:40` means the most recent 02:40, and what is not given is taken from their last
cramp (most people cramp in the same place). Every guess is said out loud so it can be fixed
in the morning.
*/

use anyhow::Context as _;
use jiff::civil::Date;
use nightcramp_core::domain::{Diary, FactorKey, NightStatus, Provenance};
use nightcramp_core::factors::{Builtin, parse_factor_key};
use nightcramp_core::input::{
    CrampInput, DurationStyle, EntryContext, InvalidValue, LocalTimestamp,
};
use nightcramp_core::night::last_night;
use nightcramp_core::nights::NightIndex;
use nightcramp_core::when::{ClockAnchor, resolve_cramp_time};
use nightcramp_store::{Change, Mode};
use serde_json::json;

use crate::cli::{CrampArgs, DayArgs, NightArgs};
use crate::context::{Context, UserError, bad_flag, knowledge, parse_day};
use crate::render::{
    episode_line, night_name, night_relative, outln, print_json, started_on_clock,
};
use crate::words::say;

pub fn cramp(ctx: &mut Context, args: CrampArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let flags = &args.episode;
    let at = match &flags.at {
        Some(text) => resolve_cramp_time(text, ctx.now, &zone, ClockAnchor::MostRecent)
            .map_err(|e| bad_flag("at", e))?,
        None => LocalTimestamp {
            at: ctx.now,
            offset: zone.to_offset(ctx.now),
            zone_name: zone.iana_name().map(str::to_string),
        },
    };
    let defaults = nightcramp_core::actions::CrampDefaults::for_diary(&diary);
    let mut guessed = Vec::new();
    let mut pick = |given: &Option<String>, default: String, name: &str| {
        given.clone().unwrap_or_else(|| {
            guessed.push(name.to_string());
            default
        })
    };
    let side = pick(&flags.side, defaults.side.to_string(), "side");
    let muscle = pick(&flags.muscle, defaults.muscle.to_string(), "muscle");
    let pain = pick(&flags.pain, defaults.pain.to_string(), "pain");
    let lasted = pick(&flags.lasted, "1m".into(), "how_long");
    let input = CrampInput {
        id: None,
        started_at: Some(at.to_annotated_rfc3339()),
        duration: Some(lasted),
        muscle: Some(muscle),
        side: Some(side),
        intensity: Some(pain),
        woke: Some(if args.no_woke { "no" } else { "yes" }.into()),
        soreness_h: flags.soreness.clone(),
        relief: flags.relief.clone(),
        notes: flags.notes.clone(),
    };
    let episode = input
        .validate(
            EntryContext {
                zone: Some(&zone),
                now: ctx.now,
            },
            DurationStyle::Friendly,
        )
        .map_err(|e| {
            let flag = match e.field.as_str() {
                "intensity" => "pain",
                "soreness_h" => "soreness",
                other => other,
            };
            bad_flag(flag, InvalidValue::new(e.value, e.allowed))
        })?;
    let report = ctx
        .apply(&[Change::PutEpisode(episode.clone(), Mode::Import)])
        .with_context(|| say!("cli.context.saving_cramp"))?;
    let duplicate = report.inserted == 0;
    if args.json {
        return print_json(&json!({
            "id": episode.id,
            "night": episode.night(),
            "started_at": episode.started_at_rfc3339(),
            "already_logged": duplicate,
            "guessed": guessed.iter().map(|g| g.replace('_', " ")).collect::<Vec<_>>(),
        }));
    }
    let today = ctx.today(&zone);
    let place = night_relative(episode.night(), today);
    if duplicate {
        outln!(
            "{}",
            say!(
                "cli.cramp.already",
                place = place,
                line = episode_line(&episode)
            )
        );
        return Ok(());
    }
    outln!(
        "{}",
        say!(
            "cli.cramp.logged",
            place = place,
            line = episode_line(&episode)
        )
    );
    if let Some(started) = started_on_clock(&episode, today) {
        outln!("{started}");
    }
    if !guessed.is_empty() {
        let guessed: Vec<String> = guessed
            .iter()
            .map(|g| crate::words::text(&format!("cli.cramp.guess.{g}")))
            .collect();
        outln!(
            "{}",
            say!(
                "cli.cramp.guessed",
                what = guessed.join(", "),
                id = crate::render::short_id(episode.id)
            )
        );
    }
    let kb = knowledge()?;
    outln!("{}", say!("cli.cramp.still_hurts"));
    for step in kb.during_a_cramp() {
        outln!(
            "{}",
            crate::render::wrap(&format!("- {}", step.text), 88, "  ").replacen("  - ", "- ", 1)
        );
    }
    if let Some(too_long) = kb.cramp_too_long() {
        outln!("{}", crate::render::wrap(&too_long.text, 88, ""));
    }
    Ok(())
}

pub fn night(ctx: &mut Context, args: NightArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let today = ctx.today(&zone);
    let night = match &args.date {
        Some(text) => parse_day(text, today).map_err(|e| bad_flag("date", e))?,
        None => last_night(today),
    };
    let disturbance = args
        .disturbance
        .as_deref()
        .map(nightcramp_core::files::csv::parse_disturbance)
        .transpose()
        .map_err(|e| bad_flag("disturbance", e))?;
    let index = NightIndex::new(&diary);
    if !args.none && disturbance.is_none() {
        return show_night(&diary, &index, night, args.json);
    }
    let cramps = index.episodes(night);
    let kb = knowledge()?;
    let checkin =
        nightcramp_core::actions::check_in(&diary, night, today, args.none, disturbance, ctx.now)
            .map_err(|refused| {
            let text = refused.message(kb, &night_name(night));
            match refused {
                nightcramp_core::actions::CheckInRefused::HasCramps { .. } => {
                    UserError::refused(format!("{text} {}", say!("cli.night.delete_hint")))
                }
                nightcramp_core::actions::CheckInRefused::NotEnded { .. } => {
                    UserError::refused(text)
                }
            }
        })?;
    ctx.apply(&[Change::PutCheckIn(checkin.clone(), Mode::Replace)])
        .with_context(|| say!("cli.context.saving_checkin"))?;
    if args.json {
        return print_json(&json!({
            "night": night,
            "status": if cramps > 0 { "cramps" } else { "no_cramps" },
            "episodes": cramps,
            "sleep_disturbance": checkin.sleep_disturbance,
        }));
    }
    if cramps == 0 {
        outln!(
            "{}",
            say!("cli.night.saved_quiet", night = night_name(night))
        );
    } else {
        outln!(
            "{}",
            say!(
                "cli.night.saved_cramps",
                night = night_name(night),
                count = cramps
            )
        );
    }
    if let Some(d) = checkin.sleep_disturbance {
        outln!("{}", say!("cli.night.disturbance", rating = d));
    }
    crate::commands::experiment::ask_about_the_change(&diary, night)?;
    Ok(())
}

fn show_night(diary: &Diary, index: &NightIndex, night: Date, json: bool) -> anyhow::Result<()> {
    let status = index.status(night);
    if json {
        return print_json(&json!({
            "night": night,
            "status": status.as_str(),
            "episodes": index.episodes(night),
            "sleep_disturbance": index.disturbance(night),
        }));
    }
    match status {
        NightStatus::Unknown => outln!(
            "{}",
            say!("cli.night.unknown", night = night_name(night), date = night)
        ),
        NightStatus::NoCramps => outln!("{}", say!("cli.night.quiet", night = night_name(night))),
        NightStatus::Cramps => {
            outln!(
                "{}",
                say!(
                    "cli.night.cramps",
                    night = night_name(night),
                    count = index.episodes(night)
                )
            );
            for e in diary.episodes_of(night) {
                outln!("  {}", episode_line(e));
            }
        }
    }
    Ok(())
}

pub fn day(ctx: &mut Context, args: DayArgs) -> anyhow::Result<()> {
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let today = ctx.today(&zone);
    let date = match &args.date {
        Some(text) => parse_day(text, today).map_err(|e| bad_flag("date", e))?,
        None => today,
    };
    let typed: Vec<(&str, Builtin, &Option<String>)> = vec![
        ("standing", Builtin::StandingH, &args.standing),
        ("exercise", Builtin::ExerciseMin, &args.exercise),
        (
            "exercise-intensity",
            Builtin::ExerciseIntensity,
            &args.exercise_intensity,
        ),
        ("steps", Builtin::Steps, &args.steps),
        ("water", Builtin::WaterL, &args.water),
        ("sweating", Builtin::HeavySweating, &args.sweating),
        ("urine", Builtin::UrineColor, &args.urine),
        ("caffeine", Builtin::CaffeineDrinks, &args.caffeine),
        ("alcohol", Builtin::AlcoholDrinks, &args.alcohol),
        ("sitting", Builtin::SittingH, &args.sitting),
        ("position", Builtin::SleepPosition, &args.position),
        (
            "tight-blankets",
            Builtin::TightBlankets,
            &args.tight_blankets,
        ),
        ("stretched", Builtin::Stretched, &args.stretched),
        ("massage", Builtin::Massage, &args.massage),
        (
            "light-activity",
            Builtin::LightActivityMin,
            &args.light_activity,
        ),
        ("magnesium", Builtin::MagnesiumMg, &args.magnesium),
        ("sleep", Builtin::SleepH, &args.sleep),
    ];
    use nightcramp_core::actions::{DayInput, day_edits};
    let mut inputs: Vec<(String, FactorKey, DayInput)> = typed
        .into_iter()
        .filter_map(|(flag, factor, text)| {
            text.as_ref().map(|t| {
                (
                    flag.to_string(),
                    FactorKey::Builtin(factor),
                    DayInput::Set(t.clone()),
                )
            })
        })
        .collect();
    for pair in &args.factor {
        let (name, value) = pair.split_once('=').ok_or_else(|| {
            bad_flag(
                "factor",
                InvalidValue::new(
                    pair,
                    nightcramp_core::language::Message::new("allowed.name_value"),
                ),
            )
        })?;
        let key = factor_key_from_name(name).map_err(|e| bad_flag("factor", e))?;
        inputs.push(("factor".into(), key, DayInput::Set(value.to_string())));
    }
    for name in &args.clear {
        let key = factor_key_from_name(name).map_err(|e| bad_flag("clear", e))?;
        inputs.push(("clear".into(), key, DayInput::Clear));
    }
    // One rule for every front end (nightcramp_core::actions): the first bad flag is said.
    let edits = day_edits(date, today, inputs).map_err(|errors| match errors.first() {
        Some(e) => bad_flag(&e.field, InvalidValue::new(&e.value, e.allowed.clone())),
        None => UserError::invalid(say!("cli.day.not_saved")),
    })?;
    let changes: Vec<Change> = nightcramp_store::day_changes(date, edits);
    if !changes.is_empty() {
        ctx.apply(&changes)
            .with_context(|| say!("cli.context.saving_day"))?;
    }
    let diary = ctx.load()?;
    let recorded = diary
        .day(date)
        .map(|d| d.factors.clone())
        .unwrap_or_default();
    if args.json {
        return print_json(&diary.day_json(date));
    }
    if recorded.is_empty() {
        outln!("{}", say!("cli.day.nothing", day = night_name(date)));
        return Ok(());
    }
    let key = if changes.is_empty() {
        "cli.day.recorded"
    } else {
        "cli.day.saved"
    };
    outln!(
        "{}",
        crate::words::text_with(key, &[("day", &night_name(date))])
    );
    let kb = knowledge()?;
    for (key, f) in &recorded {
        let label = key.label(kb);
        let value = crate::render::factor_value(kb, key, &f.value);
        let from = if f.source == Provenance::Imported {
            say!("cli.day.imported")
        } else {
            String::new()
        };
        match &f.import_said {
            Some(said) => outln!(
                "  {}",
                say!(
                    "cli.day.value_said",
                    label = label,
                    value = value,
                    from = from,
                    said = crate::render::factor_value(kb, key, said)
                )
            ),
            None => outln!("  {label}: {value}{from}"),
        }
    }
    Ok(())
}

/// `standing_h` or `custom:x` name themselves; any other name is the person's own factor.
fn factor_key_from_name(name: &str) -> Result<FactorKey, InvalidValue> {
    let name = name.trim();
    if name.starts_with("custom:") || Builtin::from_column(name).is_some() {
        parse_factor_key(name)
    } else {
        nightcramp_core::factors::parse_custom_name(name).map(FactorKey::Custom)
    }
}
