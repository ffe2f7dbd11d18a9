/*!
Personal experiments over HTTP: `GET /api/experiment` (the view of `nightcramp experiment
--json`), `POST /api/experiment` (start), `GET /api/experiment/result`, `POST
/api/experiment/stop`, and the same reads of a shared diary under `/api/people/{person}/`.
The rules and numbers are the core's (`nightcramp_core::experiment`); the analysis runs on
the blocking pool, since a result integrates a posterior.
*/

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use nightcramp_core::domain::Diary;
use nightcramp_core::experiment::{
    self, Experiment, ExperimentError, ExperimentResult, ExperimentView, StartRequest, Status,
};
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::night::last_night;
use nightcramp_store::Change;
use serde::Deserialize;
use serde_json::json;

use crate::state::{AppState, DiaryError};

/// Why an experiment request failed, as an HTTP answer.
pub enum ExperimentFailure {
    /// Refused (a medicine, one already running, a schedule edited by hand): 409; bad
    /// input (an unknown factor, a past start): 422.
    Experiment(ExperimentError),
    Bad(String),
    None,
    Diary(DiaryError),
}

impl From<DiaryError> for ExperimentFailure {
    fn from(e: DiaryError) -> Self {
        ExperimentFailure::Diary(e)
    }
}

impl From<ExperimentError> for ExperimentFailure {
    fn from(e: ExperimentError) -> Self {
        ExperimentFailure::Experiment(e)
    }
}

impl IntoResponse for ExperimentFailure {
    fn into_response(self) -> Response {
        let (status, error) = match self {
            ExperimentFailure::Experiment(e) if e.exit_code() == 2 => {
                (StatusCode::UNPROCESSABLE_ENTITY, e.to_string())
            }
            ExperimentFailure::Experiment(e) => (StatusCode::CONFLICT, e.to_string()),
            ExperimentFailure::Bad(e) => (StatusCode::BAD_REQUEST, e),
            ExperimentFailure::None => (
                StatusCode::NOT_FOUND,
                "there is no experiment in this diary".to_string(),
            ),
            ExperimentFailure::Diary(e) => {
                eprintln!("nightcramp serve: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "the diary could not be read or written; nothing was lost, try again".into(),
                )
            }
        };
        (status, axum::Json(json!({"error": error}))).into_response()
    }
}

fn knowledge() -> Result<&'static Knowledge, ExperimentFailure> {
    Knowledge::get_in(crate::language::current()).map_err(|e| ExperimentFailure::Bad(e.to_string()))
}

/// The diary's current experiment, its view on `tonight` and the analysis behind it (as of
/// last night), computed once, off the runtime.
pub async fn current_view(
    diary: Arc<Diary>,
    tonight: Date,
) -> Result<Option<(Experiment, ExperimentView, ExperimentResult)>, ExperimentFailure> {
    let kb = knowledge()?;
    tokio::task::spawn_blocking(move || match experiment::current(&diary) {
        None => Ok(None),
        Some(Err(e)) => Err(ExperimentFailure::Experiment(e)),
        Some(Ok(e)) => {
            let (view, result) = experiment::view_and_result(kb, &e, &diary, tonight);
            Ok(Some((e, view, result)))
        }
    })
    .await
    .map_err(|e| ExperimentFailure::Bad(e.to_string()))?
}

/// The analysis of the current experiment as of `as_of`.
pub async fn current_result(
    diary: Arc<Diary>,
    as_of: Date,
) -> Result<Option<ExperimentResult>, ExperimentFailure> {
    let kb = knowledge()?;
    tokio::task::spawn_blocking(move || match experiment::current(&diary) {
        None => Ok(None),
        Some(Err(e)) => Err(ExperimentFailure::Experiment(e)),
        Some(Ok(e)) => Ok(Some(experiment::analyse(kb, &e, &diary, as_of))),
    })
    .await
    .map_err(|e| ExperimentFailure::Bad(e.to_string()))?
}

/// `GET /api/experiment`.
pub async fn show(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
) -> Result<Response, ExperimentFailure> {
    let diary = state.diary.read(&me).await?;
    let tonight = state.clock.today(&diary);
    let (_, view, _) = current_view(diary, tonight)
        .await?
        .ok_or(ExperimentFailure::None)?;
    Ok(axum::Json(view).into_response())
}

#[derive(Deserialize)]
pub struct ResultQuery {
    as_of: Option<String>,
}

/// `GET /api/experiment/result[?as_of=DATE]`.
pub async fn result(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Query(q): Query<ResultQuery>,
) -> Result<Response, ExperimentFailure> {
    let diary = state.diary.read(&me).await?;
    let today = state.clock.today(&diary);
    let as_of = match q.as_of {
        Some(text) => nightcramp_core::when::parse_record_date(&text, today)
            .map_err(|e| ExperimentFailure::Bad(format!("as_of: {e}")))?,
        None => last_night(today),
    };
    let r = current_result(diary, as_of)
        .await?
        .ok_or(ExperimentFailure::None)?;
    Ok(axum::Json(r).into_response())
}

/// `POST /api/experiment`'s body: the command line's flags. Fields of another type, or
/// unknown fields, are refused with the field's name rather than guessed at.
#[derive(Debug)]
pub struct StartBody {
    pub change: String,
    pub pairs: Option<u8>,
    pub period_nights: Option<u8>,
    pub washout_nights: Option<u8>,
    pub start: Option<String>,
}

impl StartBody {
    pub fn from_json(bytes: &[u8]) -> Result<StartBody, ExperimentFailure> {
        let bad = |m: String| ExperimentFailure::Bad(m);
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| bad(format!("not valid JSON: {e}")))?;
        let object = value
            .as_object()
            .ok_or_else(|| bad("expected an object such as {\"change\": \"stretched\"}".into()))?;
        const FIELDS: [&str; 5] = [
            "change",
            "pairs",
            "period_nights",
            "washout_nights",
            "start",
        ];
        if let Some(unknown) = object.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(bad(format!(
                "{unknown}: not a field of an experiment; expected {}",
                FIELDS.join(", ")
            )));
        }
        let small = |field: &str| -> Result<Option<u8>, ExperimentFailure> {
            match object.get(field) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(v) => v
                    .as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .map(Some)
                    .ok_or_else(|| {
                        bad(format!(
                            "{field}: {v} is not allowed; expected a whole number"
                        ))
                    }),
            }
        };
        let text = |field: &str| -> Result<Option<String>, ExperimentFailure> {
            match object.get(field) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(v) => Err(bad(format!(
                    "{field}: {v} is not allowed; expected a string"
                ))),
            }
        };
        Ok(StartBody {
            change: text("change")?.ok_or_else(|| {
                bad("change: missing; expected a factor such as \"stretched\"".into())
            })?,
            pairs: small("pairs")?,
            period_nights: small("period_nights")?,
            washout_nights: small("washout_nights")?,
            start: text("start")?,
        })
    }
}

/// Starts an experiment in `me`'s diary: the one path for the API and the page.
pub async fn start_in(
    state: &AppState,
    me: &nightcramp_store::DiaryAccess,
    body: StartBody,
) -> Result<ExperimentView, ExperimentFailure> {
    let kb = knowledge()?;
    let diary = state.diary.read(me).await?;
    let today = state.clock.today(&diary);
    let start = body
        .start
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            nightcramp_core::when::parse_record_date(&s, today)
                .map_err(|e| ExperimentFailure::Bad(format!("start: {e}")))
        })
        .transpose()?;
    let request = StartRequest {
        change: body.change,
        pairs: body.pairs,
        period_nights: body.period_nights,
        washout_nights: body.washout_nights,
        start,
    };
    let planned = experiment::plan(
        kb,
        &diary,
        &request,
        today,
        state.clock.now(),
        nightcramp_store::new_experiment_id(),
        nightcramp_store::draw_coins,
    )?;
    state
        .diary
        .apply(me, vec![Change::PutExperiment(planned.record())])
        .await?;
    Ok(experiment::view(kb, &planned, &diary, today))
}

/// `POST /api/experiment`: 201 with the view.
pub async fn start(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    body: axum::body::Bytes,
) -> Result<Response, ExperimentFailure> {
    let body = StartBody::from_json(&body)?;
    let view = start_in(&state, &me, body).await?;
    Ok((StatusCode::CREATED, axum::Json(view)).into_response())
}

/// Stops `me`'s experiment under way: the one path for the API and the page.
pub async fn stop_in(
    state: &AppState,
    me: &nightcramp_store::DiaryAccess,
) -> Result<ExperimentView, ExperimentFailure> {
    let kb = knowledge()?;
    let diary = state.diary.read(me).await?;
    let tonight = state.clock.today(&diary);
    let (e, view, _) = current_view(diary.clone(), tonight)
        .await?
        .ok_or(ExperimentFailure::None)?;
    if matches!(view.status, Status::Stopped | Status::Finished) {
        return Err(ExperimentFailure::Experiment(ExperimentError::Refused {
            given: e.change.text(),
            reason: nightcramp_core::language::Message::new("error.experiment.over"),
        }));
    }
    let stopped = experiment::stop(&e, state.clock.now());
    state
        .diary
        .apply(me, vec![Change::PutExperiment(stopped.clone())])
        .await?;
    let stopped = Experiment::from_record(&stopped)?;
    Ok(experiment::view(kb, &stopped, &diary, tonight))
}

/// `POST /api/experiment/stop`.
pub async fn stop(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
) -> Result<Response, ExperimentFailure> {
    Ok(axum::Json(stop_in(&state, &me).await?).into_response())
}
