/*!
`insights` and `plan`: the core's analyses, read out plainly. Every finding is one sentence
with its counts; the numbers behind it are in `--json`.
*/

use nightcramp_core::domain::FactorKey;
use nightcramp_core::factors::parse_factor_key;
use nightcramp_core::habit::did_it_help;
use nightcramp_core::insights::{Insights, Verdict, analyse};
use nightcramp_core::night::last_night;
use nightcramp_core::plan::build_plan;

use crate::cli::{InsightsArgs, PlanArgs};
use crate::context::{Context, bad_flag, knowledge, parse_day};
use crate::render::{night_name, outln, print_json, wrap};
use crate::words::say;

const WIDTH: usize = 88;

fn as_of(
    ctx: &Context,
    diary: &nightcramp_core::domain::Diary,
    text: &Option<String>,
) -> anyhow::Result<jiff::civil::Date> {
    let today = ctx.today(&ctx.zone(diary));
    match text {
        Some(t) => parse_day(t, today).map_err(|e| bad_flag("as-of", e)),
        None => Ok(last_night(today)),
    }
}

pub fn insights(ctx: &mut Context, args: InsightsArgs) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(args.json)?;
    let diary = ctx.load()?;
    let as_of = as_of(ctx, &diary, &args.as_of)?;
    if let (Some(habit), Some(since)) = (&args.habit, &args.since) {
        let key = match parse_factor_key(habit) {
            Ok(key) => key,
            Err(_) => nightcramp_core::factors::parse_custom_name(habit)
                .map(FactorKey::Custom)
                .map_err(|e| bad_flag("habit", e))?,
        };
        let today = ctx.today(&ctx.zone(&diary));
        let since = parse_day(since, today).map_err(|e| bad_flag("since", e))?;
        let report = did_it_help(&diary, kb, &key, since, as_of);
        if args.json {
            return print_json(&report);
        }
        outln!("{}", wrap(&report.sentence, WIDTH, ""));
        outln!();
        for w in &report.warnings {
            outln!("{}", wrap(&format!("- {w}"), WIDTH, "  ").trim_start());
        }
        return Ok(());
    }
    let result = analyse(&diary, kb, as_of);
    if args.json {
        return print_json(&result);
    }
    print_insights(&result, args.all)
}

fn print_insights(r: &Insights, all: bool) -> anyhow::Result<()> {
    let kb = knowledge()?;
    outln!(
        "{}\n",
        wrap(&r.summary(kb, &night_name(r.as_of)), WIDTH, "")
    );
    let section = |verdict: Verdict| -> anyhow::Result<usize> {
        let found: Vec<_> = r.factors.iter().filter(|f| f.verdict == verdict).collect();
        if !found.is_empty() {
            outln!("{}", nightcramp_core::insights::section_title(verdict, kb));
            for f in &found {
                outln!(
                    "{}",
                    wrap(&format!("- {}", f.sentence), WIDTH, "  ").replacen("  - ", "- ", 1)
                );
            }
            outln!();
        }
        Ok(found.len())
    };
    let flagged = section(Verdict::LikelyTrigger)? + section(Verdict::LikelyProtective)?;
    if flagged == 0 {
        outln!("{}\n", say!("cli.insights.none"));
    }
    if !r.confounding.is_empty() {
        outln!("{}", say!("cli.insights.together"));
        for c in &r.confounding {
            outln!(
                "{}",
                wrap(&format!("- {}", c.sentence), WIDTH, "  ").replacen("  - ", "- ", 1)
            );
        }
        outln!();
    }
    if all {
        section(Verdict::NoClearLink)?;
        section(Verdict::NotEnoughData)?;
    } else {
        let count = |v: Verdict| r.factors.iter().filter(|f| f.verdict == v).count();
        outln!(
            "{}\n",
            say!(
                "cli.insights.counts",
                quiet = count(Verdict::NoClearLink),
                waiting = count(Verdict::NotEnoughData)
            )
        );
    }
    let t = &r.trends;
    outln!("{}", say!("cli.insights.trends"));
    outln!(
        "- {}",
        say!(
            "cli.insights.cramps_per_week",
            trend = t.cramps_per_week.describe(kb, true)
        )
    );
    outln!(
        "- {}",
        say!(
            "cli.insights.nights_per_week",
            trend = t.cramp_nights_per_week.describe(kb, true)
        )
    );
    if let Some(mean) = t.mean_intensity {
        outln!(
            "- {}",
            say!(
                "cli.insights.pain",
                mean = kb.number(mean, 1),
                trend = t.intensity.describe(kb, false)
            )
        );
    }
    if let (Some(mean), Some(long)) = (t.mean_duration_minutes, t.share_longer_than_10_min) {
        outln!(
            "- {}",
            say!(
                "cli.insights.duration",
                mean = kb.number(mean, 1),
                long = kb.language.percent(long * 100.0),
                trend = t.duration_minutes.describe(kb, false)
            )
        );
    }
    let recent: Vec<String> = t
        .weeks
        .iter()
        .rev()
        .take(8)
        .rev()
        .map(|w| w.cramps_per_week().map_or("-".into(), |c| kb.number(c, 0)))
        .collect();
    outln!(
        "- {}",
        say!(
            "cli.insights.last_weeks",
            count = recent.len(),
            weeks = recent.join(" ")
        )
    );
    let busiest = t
        .time_of_night
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0);
    if let Some((hours, n)) = busiest {
        outln!(
            "- {}",
            say!("cli.insights.busiest", hours = hours, count = n)
        );
    }
    let list = |kind: &str, v: &[(String, u32)]| {
        v.iter()
            .map(|(k, n)| {
                let name = kb
                    .message(&format!("{kind}.{k}"), &[])
                    .unwrap_or_else(|_| k.replace('_', " "));
                format!("{name} {n}")
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !t.muscles.is_empty() {
        outln!(
            "- {}",
            say!(
                "cli.insights.where",
                muscles = list("muscle", &t.muscles),
                sides = list("side", &t.sides)
            )
        );
    }
    outln!();
    outln!("{}", wrap(&r.minimum_data, WIDTH, ""));
    outln!("{}", wrap(&r.caution, WIDTH, ""));
    Ok(())
}

pub fn plan(ctx: &mut Context, args: PlanArgs) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(args.json)?;
    let diary = ctx.load()?;
    let as_of = as_of(ctx, &diary, &args.as_of)?;
    let insights = analyse(&diary, kb, as_of);
    let plan = build_plan(&diary, kb, &insights, as_of);
    if args.json {
        return print_json(&plan);
    }
    outln!("{}\n", say!("cli.plan.heading"));
    for (i, item) in plan.items.iter().enumerate() {
        outln!("{}. {}", i + 1, item.title);
        outln!("{}", wrap(&item.advice, WIDTH - 3, "   "));
        for why in &item.why {
            outln!(
                "{}",
                wrap(&say!("cli.checkup.why", detail = why), WIDTH - 3, "   ")
            );
        }
        if let Some(a) = &item.adherence {
            outln!("   {}", say!("cli.plan.lately", adherence = a));
        }
        let sources = if item.sources.is_empty() {
            String::new()
        } else {
            format!(" · {}", item.sources.join(", "))
        };
        outln!("   [{}{sources}]\n", item.evidence);
    }
    outln!("{}", wrap(&say!("cli.plan.footer"), WIDTH, ""));
    Ok(())
}
