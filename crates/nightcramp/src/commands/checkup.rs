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
use crate::context::{Context, UserError, bad_flag, knowledge, parse_day};
use crate::render::{night_name, out, outln, print_json, wrap};

const WIDTH: usize = 88;

pub fn checkup(ctx: &mut Context, args: CheckupArgs) -> anyhow::Result<()> {
    let kb = knowledge()?;
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
            return Err(UserError::invalid(format!(
                "{id} is answered both --yes and --no"
            )));
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
        ctx.apply(&changes).context("saving your answers")?;
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
    outln!("A few questions. Answer y or n; press Enter to skip one.\n");
    for q in applicable_questions(kb, diary, as_of) {
        if answers.contains_key(&q.id) {
            continue;
        }
        loop {
            out!("{} [y/n] ", q.ask);
            std::io::stdout().flush()?;
            let Some(line) = lines.next() else {
                outln!();
                return Ok(());
            };
            match line?.trim().to_ascii_lowercase().as_str() {
                "y" | "yes" => {
                    answers.insert(q.id.clone(), true);
                    break;
                }
                "n" | "no" => {
                    answers.insert(q.id.clone(), false);
                    break;
                }
                "" => break,
                _ => outln!("Please answer y or n (or press Enter to skip)."),
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
        outln!("{marker} {} ({})", r.title, r.urgency.as_str());
        outln!("{}", wrap(&r.message, WIDTH - 4, "   "));
        outln!("{}", wrap(&format!("Why: {}", r.detail), WIDTH - 4, "   "));
        outln!("   Rule {} · sources: {}", r.rule, r.sources.join(", "));
        outln!();
    }
    let d = &c.data;
    outln!("{}", wrap(&c.based_on(kb, &night_name(d.as_of)), WIDTH, ""));
    if d.recent_nights_known < 10 {
        outln!(
            "Many nights are not logged; logging every morning (nightcramp night --none) makes this more reliable."
        );
    }
    if let Some(unanswered) = c.unanswered(kb) {
        outln!("{unanswered} Answer them: nightcramp checkup --screen");
    }
    outln!(
        "Sources in full: nightcramp guide sources. nightcramp informs; it does not diagnose. If you are worried, see a doctor whatever this says."
    );
    Ok(())
}
