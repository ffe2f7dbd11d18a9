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
    pub from: String,
    pub to: String,
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
}

pub(super) async fn experiment_page(ctx: PageContext) -> PageResult {
    let layout = ctx.page("Experiment", "guide");
    let PageContext { state, diary, .. } = ctx;
    let kb = knowledge()?;
    let today = state.clock.today(&diary);
    let (current, error) = match crate::experiments::current_view(diary.clone(), today).await {
        Ok(v) => (v, None),
        Err(crate::experiments::ExperimentFailure::Experiment(e)) => (None, Some(e.to_string())),
        Err(_) => {
            return Err(PageError(
                StatusCode::INTERNAL_SERVER_ERROR,
                "The experiment could not be read just now.".into(),
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
    let mut periods: Vec<PeriodRow> = Vec::new();
    if let Some(v) = &view {
        for n in &v.schedule {
            if periods.last().is_none_or(|p| p.period != n.period) {
                periods.push(PeriodRow {
                    period: n.period,
                    arm: n.arm.as_str(),
                    from: n.night.strftime("%a %-d %b").to_string(),
                    to: String::new(),
                    current: false,
                });
            }
            if let Some(p) = periods.last_mut() {
                p.to = n.night.strftime("%a %-d %b").to_string();
                if n.night == today {
                    p.current = true;
                }
            }
        }
    }
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
                    let arm = if p.arm == Arm::Change {
                        "change"
                    } else {
                        "usual"
                    };
                    (
                        format!("{} {arm}", p.period),
                        (rate * 100.0).round() / 100.0,
                    )
                })
                .collect();
            charts::bars(
                kb.language,
                "Cramps per counted night, period by period",
                &values,
            )
        })
        .unwrap_or_default();
    let posterior_chart = result
        .as_ref()
        .filter(|r| !r.curve.is_empty())
        .map(|r| {
            let points: Vec<(f64, f64)> = r.curve.iter().map(|(rr, d)| (rr.ln(), *d)).collect();
            let top = points.iter().map(|p| p.1).fold(0.0f64, f64::max);
            let label = |rr: Option<&(f64, f64)>| {
                rr.map(|(x, _)| format!("rate ratio {x:.2}"))
                    .unwrap_or_default()
            };
            charts::line(
                kb.language,
                "How likely each rate ratio is (below 1: fewer cramps with the change)",
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
                .map_err(|_| bad_request(format!("Pairs of periods: {p:?} is not a number.")))?,
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
            format!("The experiment was not started: {e}."),
        )),
        Err(crate::experiments::ExperimentFailure::Bad(e)) => Err(bad_request(e)),
        Err(_) => Err(PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The experiment could not be saved just now. Nothing was changed; please try again."
                .into(),
        )),
    }
}

pub(super) async fn experiment_stop(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
) -> PageResult {
    match crate::experiments::stop_in(&state, &me).await {
        Ok(_) => Ok(Redirect::to("/experiment").into_response()),
        Err(crate::experiments::ExperimentFailure::Experiment(e)) => {
            Err(PageError(StatusCode::CONFLICT, format!("{e}.")))
        }
        Err(_) => Err(PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The experiment could not be stopped just now. Please try again.".into(),
        )),
    }
}
