/*!
`experiment`: start, follow, analyse and stop a personal experiment. The rules, the numbers
and the sentences are the core's (`nightcramp_core::experiment`); this module reads the
flags, draws the coins, stores the record and prints.
*/

use anyhow::Context as _;
use nightcramp_core::experiment::{
    self, Experiment, ExperimentError, ExperimentResult, ExperimentView, StartRequest, Status,
};
use nightcramp_core::night::last_night;
use nightcramp_store::Change;

use crate::cli::{ExperimentArgs, ExperimentCommand};
use crate::context::{Context, UserError, bad_flag, knowledge, parse_day};
use crate::render::{night_name, outln, print_json, wrap};
use crate::words::{said, say};

const WIDTH: usize = 88;

pub fn experiment(ctx: &mut Context, args: ExperimentArgs) -> anyhow::Result<()> {
    match args.command {
        None => show(ctx, args.json),
        Some(ExperimentCommand::Start {
            change,
            pairs,
            period_nights,
            washout_nights,
            start,
            json,
        }) => start_experiment(
            ctx,
            change,
            [pairs, period_nights, washout_nights],
            start,
            json || args.json,
        ),
        Some(ExperimentCommand::Result { json, as_of }) => result(ctx, json || args.json, as_of),
        Some(ExperimentCommand::Stop { json }) => stop(ctx, json || args.json),
    }
}

/// The experiment error as the command's failure: its exit code, its words.
fn failed(e: ExperimentError) -> anyhow::Error {
    if e.exit_code() == 2 {
        UserError::invalid(said(&e.message()))
    } else {
        UserError::refused(said(&e.message()))
    }
}

fn small_number(flag: &str, text: Option<String>) -> anyhow::Result<Option<u8>> {
    text.map(|t| {
        t.trim().parse::<u8>().map_err(|_| {
            bad_flag(
                flag,
                nightcramp_core::input::InvalidValue::new(
                    t.as_str(),
                    nightcramp_core::language::Message::new("allowed.whole_number"),
                ),
            )
        })
    })
    .transpose()
}

fn start_experiment(
    ctx: &mut Context,
    change: String,
    [pairs, period_nights, washout_nights]: [Option<String>; 3],
    start: Option<String>,
    json: bool,
) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(json)?;
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let tonight = ctx.today(&zone);
    let today = ctx.today(&zone);
    let request = StartRequest {
        change,
        pairs: small_number("pairs", pairs)?,
        period_nights: small_number("period-nights", period_nights)?,
        washout_nights: small_number("washout-nights", washout_nights)?,
        start: start
            .map(|t| parse_day(&t, today).map_err(|e| bad_flag("start", e)))
            .transpose()?,
    };
    let planned = experiment::plan(
        kb,
        &diary,
        &request,
        tonight,
        ctx.now,
        nightcramp_store::new_experiment_id(),
        nightcramp_store::draw_coins,
    )
    .map_err(failed)?;
    ctx.apply(&[Change::PutExperiment(planned.record())])
        .with_context(|| say!("cli.context.saving_experiment"))?;
    let view = experiment::view(kb, &planned, &diary, tonight);
    if json {
        return print_json(&view);
    }
    outln!(
        "{}",
        say!("cli.experiment.started", change = view.change_text)
    );
    print_design(&view)?;
    print_limits(kb)?;
    Ok(())
}

fn print_design(view: &ExperimentView) -> anyhow::Result<()> {
    outln!(
        "{}",
        wrap(
            &say!(
                "cli.experiment.design",
                pairs = view.pairs,
                nights = view.period_nights,
                from = night_name(view.start),
                to = night_name(view.end),
                washout = view.washout_nights
            ),
            WIDTH,
            ""
        )
    );
    if !view.tonight_sentence.is_empty() {
        outln!("{}", view.tonight_sentence);
    }
    Ok(())
}

fn print_limits(kb: &nightcramp_core::knowledge::Knowledge) -> anyhow::Result<()> {
    for id in experiment::LIMITS {
        if let Some(s) = kb.statement(id) {
            outln!("\n{}", wrap(&s.text, WIDTH, ""));
        }
    }
    Ok(())
}

/// The current experiment, or `None` with the hint printed.
fn current(
    diary: &nightcramp_core::domain::Diary,
    json: bool,
) -> anyhow::Result<Option<Experiment>> {
    match experiment::current(diary) {
        Some(found) => found.map(Some).map_err(failed),
        None => {
            if json {
                print_json(&serde_json::Value::Null)?;
            } else {
                outln!("{}", say!("cli.experiment.none"));
            }
            Ok(None)
        }
    }
}

fn show(ctx: &mut Context, json: bool) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(json)?;
    let diary = ctx.load()?;
    let Some(e) = current(&diary, json)? else {
        return Ok(());
    };
    let zone = ctx.zone(&diary);
    let view = experiment::view(kb, &e, &diary, ctx.today(&zone));
    if json {
        return print_json(&view);
    }
    outln!(
        "{}",
        say!(
            "cli.experiment.show",
            change = view.change_text,
            code = view.change,
            status = view.status_sentence
        )
    );
    print_design(&view)?;
    outln!(
        "{}",
        say!(
            "cli.experiment.progress",
            done = view.progress.nights_done,
            total = view.progress.nights_total,
            complete = view.progress.pairs_complete,
            pairs = view.pairs
        )
    );
    let mut period = 0;
    for n in &view.schedule {
        if n.period != period {
            period = n.period;
            let last = view
                .schedule
                .iter()
                .filter(|m| m.period == period)
                .map(|m| m.night)
                .max()
                .unwrap_or(n.night);
            outln!(
                "  {}",
                say!(
                    "cli.experiment.period",
                    period = format!("{period:>2}"),
                    arm = format!(
                        "{:<6}",
                        crate::words::text(&format!("web.experiment.arm.{}", n.arm.as_str()))
                    ),
                    from = night_name(n.night),
                    to = night_name(last)
                )
            );
        }
    }
    outln!("{}", say!("cli.experiment.see_result"));
    Ok(())
}

fn result(ctx: &mut Context, json: bool, as_of: Option<String>) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(json)?;
    let diary = ctx.load()?;
    let Some(e) = current(&diary, json)? else {
        return Ok(());
    };
    let zone = ctx.zone(&diary);
    let today = ctx.today(&zone);
    let as_of = match as_of {
        Some(t) => parse_day(&t, today).map_err(|e| bad_flag("as-of", e))?,
        None => last_night(today),
    };
    let r = experiment::analyse(kb, &e, &diary, as_of);
    if json {
        return print_json(&r);
    }
    print_result(kb, &r)
}

fn print_result(
    kb: &nightcramp_core::knowledge::Knowledge,
    r: &ExperimentResult,
) -> anyhow::Result<()> {
    outln!("{}", wrap(&r.sentence, WIDTH, ""));
    outln!(
        "\n{}",
        wrap(
            &say!(
                "cli.experiment.counted",
                change = r.nights.change,
                usual = r.nights.usual,
                washout = r.nights.washout,
                unknown = r.nights.unknown
            ),
            WIDTH,
            ""
        )
    );
    outln!(
        "{}",
        wrap(
            &say!(
                "cli.experiment.cramps",
                change = r.cramps.change,
                usual = r.cramps.usual,
                complete = r.pairs_complete,
                pairs = r.pairs,
                as_of = night_name(r.as_of)
            ),
            WIDTH,
            ""
        )
    );
    print_limits(kb)
}

fn stop(ctx: &mut Context, json: bool) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(json)?;
    let diary = ctx.load()?;
    let e = match experiment::current(&diary) {
        Some(Ok(e)) => e,
        // A record that fails its seal can still be ended: that is what its message asks.
        Some(Err(ExperimentError::Tampered { id, .. })) => {
            let Some(record) = diary.experiments.iter().find(|r| r.id == id) else {
                return Err(UserError::refused(say!("cli.experiment.nothing_to_stop")));
            };
            let mut stopped = record.clone();
            stopped.stopped_at = Some(ctx.now);
            // Stopping is the one change a record's merge always accepts, sealed or not.
            ctx.apply(&[Change::PutExperiment(stopped)])
                .with_context(|| say!("cli.context.stopping_experiment"))?;
            outln!("{}", say!("cli.experiment.stopped_tampered"));
            return Ok(());
        }
        Some(Err(other)) => return Err(failed(other)),
        None => return Err(UserError::refused(say!("cli.experiment.nothing_to_stop"))),
    };
    let zone = ctx.zone(&diary);
    let tonight = ctx.today(&zone);
    let status = experiment::view(kb, &e, &diary, tonight).status;
    if matches!(status, Status::Stopped | Status::Finished) {
        return Err(UserError::refused(if status == Status::Stopped {
            say!("cli.experiment.already_stopped")
        } else {
            say!("cli.experiment.already_finished")
        }));
    }
    let stopped = experiment::stop(&e, ctx.now);
    ctx.apply(&[Change::PutExperiment(stopped.clone())])
        .with_context(|| say!("cli.context.stopping_experiment"))?;
    if json {
        let stopped = Experiment::from_record(&stopped).map_err(failed)?;
        return print_json(&experiment::view(kb, &stopped, &diary, tonight));
    }
    outln!("{}", say!("cli.experiment.stopped"));
    Ok(())
}

/// Tonight's line of the experiment under way, for `nightcramp` alone.
pub fn tonight_line(
    ctx: &Context,
    diary: &nightcramp_core::domain::Diary,
) -> anyhow::Result<Option<String>> {
    let kb = knowledge()?;
    let Some(found) = experiment::current(diary) else {
        return Ok(None);
    };
    let e = match found {
        Ok(e) => e,
        Err(why) => {
            return Ok(Some(say!(
                "cli.experiment.line",
                line = said(&why.message())
            )));
        }
    };
    let view = experiment::view(kb, &e, diary, ctx.today(&ctx.zone(diary)));
    Ok((!view.tonight_sentence.is_empty())
        .then(|| say!("cli.experiment.line", line = view.tonight_sentence)))
}

/// After a morning check-in: when the night was an experiment night and the diary does not
/// say whether the change was made, ask (with the command that answers).
pub fn ask_about_the_change(
    diary: &nightcramp_core::domain::Diary,
    night: jiff::civil::Date,
) -> anyhow::Result<()> {
    let kb = knowledge()?;
    let Some(Ok(e)) = experiment::current(diary) else {
        return Ok(());
    };
    if let Some(q) = experiment::adherence_question(kb, &e, diary, night) {
        let column = q.factor.column();
        let name = column.strip_prefix("custom:").unwrap_or(&column);
        outln!(
            "{} {}",
            q.ask,
            say!("cli.experiment.answer_with", date = q.date, name = name)
        );
    }
    Ok(())
}
