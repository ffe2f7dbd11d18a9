/*!
`checkup`: runs the core's rules on the diary and the person's answers, and shows the most
urgent thing first, so it cannot be missed.
*/

use std::io::{BufRead, Write};

use anyhow::Context as _;
use nightcramp_core::domain::ScreeningAnswer;
use nightcramp_store::Change;

use nightcramp_core::checkup::{
    Answers, Checkup, applicable_questions, run_checkup, validate_answer_ids,
};
use nightcramp_core::knowledge::Urgency;
use nightcramp_core::night::last_night;

use crate::cli::CheckupArgs;
use crate::context::{Context, UserError, bad_flag, parse_day};
use crate::render::{night_name, out, outln, print_json, wrap};
use crate::words::say;

const WIDTH: usize = 88;

pub fn checkup(ctx: &mut Context, args: CheckupArgs) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(args.json)?;
    let diary = ctx.load()?;
    let zone = ctx.zone(&diary);
    let today = ctx.today(&zone);
    let as_of = match &args.as_of {
        Some(text) => parse_day(text, today).map_err(|e| bad_flag("as-of", e))?,
        None => last_night(today),
    };
    if args.questions {
        for q in applicable_questions(kb, &diary, as_of) {
            outln!(
                "{:<26} {}",
                q.id,
                wrap(&q.ask, WIDTH - 27, &" ".repeat(27)).trim_start()
            );
        }
        return Ok(());
    }
    validate_answer_ids(kb, args.yes.iter().chain(&args.no).map(String::as_str))
        .map_err(|e| bad_flag("yes/--no", e))?;
    let mut answers = Answers::new();
    for id in &args.yes {
        answers.insert(id.clone(), true);
    }
    for id in &args.no {
        if answers.insert(id.clone(), false) == Some(true) {
            return Err(UserError::invalid(say!("cli.checkup.both", id = id)));
        }
    }
    if args.screen {
        screen(kb, &diary, as_of, &mut answers)?;
    }
    // The answers are kept, with their time, for the clinician report.
    if !answers.is_empty() {
        let changes: Vec<Change> = answers
            .iter()
            .map(|(question, answer)| {
                Change::PutAnswer(ScreeningAnswer {
                    question: question.clone(),
                    answer: *answer,
                    answered_at: ctx.now,
                })
            })
            .collect();
        ctx.apply(&changes)
            .with_context(|| say!("cli.context.saving_answers"))?;
    }
    let result = run_checkup(kb, &diary, &answers, as_of)?;
    if args.json {
        return print_json(&result);
    }
    print_checkup(kb, &result)?;
    Ok(())
}

/// Asks each question that concerns the person and is not answered yet. Reads answers from
/// standard input, so it works at a terminal and from a script alike; end of input stops.
fn screen(
    kb: &nightcramp_core::knowledge::Knowledge,
    diary: &nightcramp_core::domain::Diary,
    as_of: jiff::civil::Date,
    answers: &mut Answers,
) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    outln!("{}\n", say!("cli.checkup.screen_intro"));
    for q in applicable_questions(kb, diary, as_of) {
        if answers.contains_key(&q.id) {
            continue;
        }
        loop {
            out!("{} {} ", q.ask, say!("cli.checkup.prompt"));
            std::io::stdout().flush()?;
            let Some(line) = lines.next() else {
                outln!();
                return Ok(());
            };
            let line = line?;
            if line.trim().is_empty() {
                break;
            }
            match crate::words::yes_or_no(&line) {
                Some(answer) => {
                    answers.insert(q.id.clone(), answer);
                    break;
                }
                None => outln!("{}", say!("cli.checkup.answer_y_or_n")),
            }
        }
    }
    outln!();
    Ok(())
}

fn print_checkup(kb: &nightcramp_core::knowledge::Knowledge, c: &Checkup) -> anyhow::Result<()> {
    outln!("{}\n", wrap(&c.headline, WIDTH, ""));
    for r in &c.reasons {
        let marker = match r.urgency {
            Urgency::Urgent => "!!",
            Urgency::Soon => "! ",
            Urgency::Routine => "- ",
            Urgency::None => "  ",
        };
        let urgency = kb
            .message(&format!("report.urgency.{}", r.urgency.as_str()), &[])
            .unwrap_or_default();
        outln!("{marker} {} ({urgency})", r.title);
        outln!("{}", wrap(&r.message, WIDTH - 4, "   "));
        outln!(
            "{}",
            wrap(
                &say!("cli.checkup.why", detail = r.detail),
                WIDTH - 4,
                "   "
            )
        );
        outln!(
            "   {}",
            say!(
                "cli.checkup.rule",
                rule = r.rule,
                sources = r.sources.join(", ")
            )
        );
        outln!();
    }
    let d = &c.data;
    outln!("{}", wrap(&c.based_on(kb, &night_name(d.as_of)), WIDTH, ""));
    if d.recent_nights_known < 10 {
        outln!("{}", say!("cli.checkup.many_unlogged"));
    }
    if let Some(unanswered) = c.unanswered(kb) {
        outln!("{unanswered} {}", say!("cli.checkup.answer_them"));
    }
    outln!("{}", wrap(&say!("cli.checkup.footer"), WIDTH, ""));
    Ok(())
}
