/*!
`/experiment`: start an experiment, follow tonight's assignment and the schedule, see the
result with its charts, stop it. The view and the result are the core's; this page lays
them out (and, under `/people/{person}/`, shows a shared diary's read-only).
*/

use super::*;
use nightcramp_core::experiment::{Arm, ExperimentResult, ExperimentView, Status};

/// The suggestions offered on the start form (any other change can be typed).
const SUGGESTIONS: &[&str] = &[
    "stretched",
    "massage",
    "tight_blankets",
    "caffeine_drinks=0",
    "alcohol_drinks=0",
    "light_activity_min=30",
];

pub(super) struct PeriodRow {
    pub period: u8,
    pub arm: &'static str,
    /// "change" or "usual", as the person reads it.
    pub arm_label: String,
    /// "Mon 7 Dec to Sun 13 Dec"
    pub span: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "experiment.html")]
pub(super) struct ExperimentPage {
    page: Page,
    error: Option<String>,
    view: Option<ExperimentView>,
    result: Option<ExperimentResult>,
    can_start: bool,
    suggestions: Vec<(String, String)>,
    periods: Vec<PeriodRow>,
    percent_done: u32,
    period_chart: String,
    posterior_chart: String,
    how: String,
    medicines: String,
    limits: Vec<String>,
    /// "4 pairs of 7-night periods; the first 2 nights of each are not counted."
    design_line: String,
    /// "20 of 56 nights, 1 of 4 pairs complete."
    progress_line: String,
    /// What the result counted and left out.
    counted_line: String,
}

pub(super) async fn experiment_page(ctx: PageContext) -> PageResult {
    let layout = ctx.page(&text("web.experiment.title"), "experiment");
    let PageContext { state, diary, .. } = ctx;
    let kb = knowledge()?;
    let today = state.clock.today(&diary);
    let (current, error) = match crate::experiments::current_view(diary.clone(), today).await {
        Ok(v) => (v, None),
        Err(crate::experiments::ExperimentFailure::Experiment(e)) => {
            (None, Some(crate::language::said(&e.message())))
        }
        Err(_) => {
            return Err(PageError(
                StatusCode::INTERNAL_SERVER_ERROR,
                text("web.experiment.unreadable"),
            ));
        }
    };
    let (view, result) = match current {
        Some((_, view, result)) => (Some(view), Some(result)),
        None => (None, None),
    };
    let can_start = error.is_none()
        && view
            .as_ref()
            .is_none_or(|v| matches!(v.status, Status::Finished | Status::Stopped));
    let short = |d: Date| {
        kb.language
            .date(d, nightcramp_core::language::DateForm::WeekdayDayMonth)
    };
    let arm_label = |arm: Arm| text(&format!("web.experiment.arm.{}", arm.as_str()));
    let mut periods: Vec<(PeriodRow, Date, Date)> = Vec::new();
    if let Some(v) = &view {
        for n in &v.schedule {
            if periods.last().is_none_or(|p| p.0.period != n.period) {
                periods.push((
                    PeriodRow {
                        period: n.period,
                        arm: n.arm.as_str(),
                        arm_label: arm_label(n.arm),
                        span: String::new(),
                        current: false,
                    },
                    n.night,
                    n.night,
                ));
            }
            if let Some(p) = periods.last_mut() {
                p.2 = n.night;
                if n.night == today {
                    p.0.current = true;
                }
            }
        }
    }
    let periods: Vec<PeriodRow> = periods
        .into_iter()
        .map(|(mut row, from, to)| {
            row.span = text_with(
                "web.experiment.span",
                &[("from", &short(from)), ("to", &short(to))],
            );
            row
        })
        .collect();
    let design_line = view
        .as_ref()
        .map(|v| {
            text_with(
                "web.experiment.design",
                &[
                    ("pairs", &v.pairs.to_string()),
                    ("nights", &v.period_nights.to_string()),
                    ("washout", &v.washout_nights.to_string()),
                ],
            )
        })
        .unwrap_or_default();
    let progress_line = view
        .as_ref()
        .map(|v| {
            text_with(
                "web.experiment.progress",
                &[
                    ("done", &v.progress.nights_done.to_string()),
                    ("total", &v.progress.nights_total.to_string()),
                    ("complete", &v.progress.pairs_complete.to_string()),
                    ("pairs", &v.pairs.to_string()),
                ],
            )
        })
        .unwrap_or_default();
    let counted_line = result
        .as_ref()
        .map(|r| {
            text_with(
                "web.experiment.counted",
                &[
                    ("change", &r.nights.change.to_string()),
                    ("usual", &r.nights.usual.to_string()),
                    ("washout", &r.nights.washout.to_string()),
                    ("unknown", &r.nights.unknown.to_string()),
                    ("change_cramps", &r.cramps.change.to_string()),
                    ("usual_cramps", &r.cramps.usual.to_string()),
                ],
            )
        })
        .unwrap_or_default();
    let period_chart = result
        .as_ref()
        .filter(|r| !r.periods.is_empty())
        .map(|r| {
            let values: Vec<(String, f64)> = r
                .periods
                .iter()
                .map(|p| {
                    let rate = if p.nights > 0 {
                        f64::from(p.cramps) / f64::from(p.nights)
                    } else {
                        0.0
                    };
                    (
                        format!("{} {}", p.period, arm_label(p.arm)),
                        (rate * 100.0).round() / 100.0,
                    )
                })
                .collect();
            charts::bars(kb.language, &text("web.experiment.chart_periods"), &values)
        })
        .unwrap_or_default();
    let posterior_chart = result
        .as_ref()
        .filter(|r| !r.curve.is_empty())
        .map(|r| {
            let points: Vec<(f64, f64)> = r.curve.iter().map(|(rr, d)| (rr.ln(), *d)).collect();
            let top = points.iter().map(|p| p.1).fold(0.0f64, f64::max);
            let label = |rr: Option<&(f64, f64)>| {
                rr.map(|(x, _)| {
                    text_with("web.experiment.rate_ratio", &[("ratio", &kb.number(*x, 2))])
                })
                .unwrap_or_default()
            };
            charts::line(
                kb.language,
                &text("web.experiment.chart_curve"),
                &points,
                top.max(1e-9),
                (&label(r.curve.first()), &label(r.curve.last())),
            )
        })
        .unwrap_or_default();
    let statement = |id: &str| kb.statement(id).map(|s| s.text.clone()).unwrap_or_default();
    render(ExperimentPage {
        page: layout,
        percent_done: view.as_ref().map_or(0, |v| {
            (v.progress.nights_done * 100)
                .checked_div(v.progress.nights_total)
                .unwrap_or(0)
        }),
        error,
        can_start,
        suggestions: SUGGESTIONS
            .iter()
            .filter_map(|s| {
                nightcramp_core::experiment::TrialChange::parse(s, kb)
                    .ok()
                    .map(|c| (s.to_string(), c.doing(kb)))
            })
            .collect(),
        periods,
        period_chart,
        posterior_chart,
        how: statement("experiments.how"),
        medicines: statement("experiments.medicines"),
        limits: nightcramp_core::experiment::LIMITS
            .iter()
            .map(|id| statement(id))
            .collect(),
        view,
        result,
        design_line,
        progress_line,
        counted_line,
    })
}

#[derive(Deserialize)]
pub(super) struct StartForm {
    change: String,
    other: Option<String>,
    pairs: Option<String>,
    start: Option<String>,
}

pub(super) async fn experiment_start(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Form(form): Form<StartForm>,
) -> PageResult {
    let change = match form.change.as_str() {
        "other" => form.other.unwrap_or_default(),
        chosen => chosen.to_string(),
    };
    let pairs = match form.pairs.as_deref().filter(|p| !p.is_empty()) {
        Some(p) => Some(
            p.parse::<u8>()
                .map_err(|_| bad_request(text_with("web.experiment.bad_pairs", &[("value", p)])))?,
        ),
        None => None,
    };
    let body = crate::experiments::StartBody {
        change,
        pairs,
        period_nights: None,
        washout_nights: None,
        start: form.start,
    };
    match crate::experiments::start_in(&state, &me, body).await {
        Ok(_) => Ok(Redirect::to("/experiment").into_response()),
        Err(crate::experiments::ExperimentFailure::Experiment(e)) => Err(PageError(
            if e.exit_code() == 2 {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::CONFLICT
            },
            text_with(
                "web.experiment.not_started",
                &[("why", &crate::language::said(&e.message()))],
            ),
        )),
        Err(crate::experiments::ExperimentFailure::Bad(e)) => Err(bad_request(e)),
        Err(_) => Err(PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            text("web.experiment.unsaved"),
        )),
    }
}

pub(super) async fn experiment_stop(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
) -> PageResult {
    match crate::experiments::stop_in(&state, &me).await {
        Ok(_) => Ok(Redirect::to("/experiment").into_response()),
        Err(crate::experiments::ExperimentFailure::Experiment(e)) => Err(PageError(
            StatusCode::CONFLICT,
            format!("{}.", crate::language::said(&e.message())),
        )),
        Err(_) => Err(PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            text("web.experiment.unstopped"),
        )),
    }
}
