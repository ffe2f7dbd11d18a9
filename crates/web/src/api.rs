/*!
The JSON API under `/api`, described by the OpenAPI 3 document at `/api/openapi.json`.

The pages' JavaScript uses it (the offline cramp queue posts here), and so can other
programs. Input goes through the same validation as the CLI and the CSV importer, and a bad
value gets a 422 naming the field, the value and what is allowed. Writing an episode with
an id that is already stored changes nothing, so a phone that retries after a lost
connection can never log the same cramp twice.
*/

use std::collections::BTreeMap;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use jiff::civil::Date;
use nightcramp_core::checkup::{Answers, run_checkup};
use nightcramp_core::domain::{Episode, FactorKey};
use nightcramp_core::factors::parse_factor_key;
use nightcramp_core::input::{CrampInput, DurationStyle, EntryContext, FieldError};
use nightcramp_core::insights::analyse;
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::language::Message;
use nightcramp_core::night::last_night;
use nightcramp_core::nights::{NightIndex, diary_span};
use nightcramp_core::plan::build_plan;
use nightcramp_store::{Change, Mode};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::state::{AppState, DiaryError};

pub fn routes(state: &AppState) -> Router<AppState> {
    // A clinician's read-only view of a shared diary: the same handlers as one's own, with
    // the shared diary put in place (and audited) before them.
    let shared = Router::new()
        .route("/nights", get(nights))
        .route("/episodes", get(list_episodes))
        .route("/insights", get(insights))
        .route("/checkup", get(checkup))
        .route("/report", get(crate::people::report_api))
        .route("/experiment", get(crate::experiments::show))
        .route("/experiment/result", get(crate::experiments::result))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::people::as_shared_reader,
        ));
    Router::new()
        .route("/people", get(crate::people::people_api))
        .route("/study", get(crate::people::study_api))
        .nest("/people/{person}", shared)
        .route("/openapi.json", get(openapi))
        .route("/nights", get(nights))
        .route("/episodes", get(list_episodes).post(create_episode))
        .route(
            "/episodes/{id}",
            get(get_episode).put(replace_episode).delete(delete_episode),
        )
        .route("/checkins", axum::routing::post(create_checkin))
        .route("/days/{date}", get(get_day).put(put_day))
        .route("/insights", get(insights))
        .route("/checkup", get(checkup))
        .route("/plan", get(plan))
        .route(
            "/experiment",
            get(crate::experiments::show).post(crate::experiments::start),
        )
        .route("/experiment/result", get(crate::experiments::result))
        .route(
            "/experiment/stop",
            axum::routing::post(crate::experiments::stop),
        )
        .route("/session", axum::routing::post(login).delete(logout))
        .route("/shares", get(list_shares).post(add_share))
        .route("/shares/{id}", axum::routing::delete(revoke_share))
        .route("/audit", get(audit))
        .route("/accounts", get(list_accounts).post(add_account))
        .route("/accounts/{name}", axum::routing::delete(remove_account))
        .route(
            "/import",
            axum::routing::post(import_wearable)
                .layer(axum::extract::DefaultBodyLimit::max(UPLOAD_LIMIT)),
        )
}

pub use crate::upload::UPLOAD_LIMIT;

#[derive(Deserialize)]
struct UploadQuery {
    name: Option<String>,
}

/// A wearable export uploaded as the raw request body (`?name=` the file's own name, for
/// messages and to recognise a single Fitbit or Samsung Health file), read and applied by
/// `upload::receive_export`: a damaged export changes nothing.
async fn import_wearable(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Query(query): Query<UploadQuery>,
    body: axum::body::Body,
) -> ApiResult {
    use crate::upload::UploadError;
    let name = crate::upload::upload_name(query.name.as_deref());
    let found = match crate::upload::receive_export(&state, &me, &name, body).await {
        Ok(found) => found,
        Err(UploadError::Refused(status, why)) => {
            return Err(ApiError(status, json!({"error": why.to_string()})));
        }
        Err(UploadError::Diary(e)) => return Err(e.into()),
        Err(UploadError::Keeping(e)) => {
            eprintln!("nightcramp serve: keeping an upload: {e}");
            return Err(ApiError(
                StatusCode::INTERNAL_SERVER_ERROR,
                json!({"error": Message::new("web.upload.keeping").to_string()}),
            ));
        }
    };
    Ok(axum::Json(json!({
        "kind": found.kind.describe(),
        "days": found.days,
        "bytes": found.bytes,
        "added": found.report.inserted,
        "updated": found.report.updated,
        "already_there": found.report.unchanged,
        "conflicts": found.report.conflicts.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "notes": found.notes.iter().map(ToString::to_string).collect::<Vec<_>>(),
    }))
    .into_response())
}

/// An API error: a status and a JSON body that says what was wrong.
pub struct ApiError(StatusCode, Value);

impl ApiError {
    fn invalid(e: FieldError) -> ApiError {
        ApiError(
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"error": e.to_string(), "field": e.field, "value": e.value, "allowed": e.allowed.to_string()}),
        )
    }

    fn bad(message: impl Into<String>) -> ApiError {
        ApiError(StatusCode::BAD_REQUEST, json!({"error": message.into()}))
    }

    fn not_found(what: &str) -> ApiError {
        ApiError(
            StatusCode::NOT_FOUND,
            json!({"error": format!("no such {what}")}),
        )
    }
}

impl From<DiaryError> for ApiError {
    fn from(e: DiaryError) -> ApiError {
        eprintln!("nightcramp serve: {e}");
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({"error": "the diary could not be read or written; nothing was lost, try again"}),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, axum::Json(self.1)).into_response()
    }
}

type ApiResult = Result<Response, ApiError>;

fn ok(value: Value) -> ApiResult {
    Ok(axum::Json(value).into_response())
}

fn knowledge() -> Result<&'static Knowledge, ApiError> {
    Knowledge::get().map_err(|e| {
        eprintln!("nightcramp serve: {e}");
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({"error": "knowledge base unavailable"}),
        )
    })
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        include_str!("../static/openapi.json"),
    )
        .into_response()
}

pub fn episode_json(e: &Episode) -> Value {
    e.to_json()
}

#[derive(Deserialize, Default)]
pub struct Range {
    from: Option<String>,
    to: Option<String>,
}

fn parse_range(range: &Range) -> Result<(Option<Date>, Option<Date>), ApiError> {
    let parse = |name: &str, v: &Option<String>| -> Result<Option<Date>, ApiError> {
        v.as_deref()
            .map(|t| {
                nightcramp_core::input::parse_date(t)
                    .map_err(|_| ApiError::bad(format!("{name}: {t:?} is not a date (YYYY-MM-DD)")))
            })
            .transpose()
    };
    Ok((parse("from", &range.from)?, parse("to", &range.to)?))
}

async fn nights(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Query(range): Query<Range>,
) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let (from, to) = parse_range(&range)?;
    let span = diary_span(&diary);
    let (Some(from), Some(to)) = (from.or(span.map(|s| s.0)), to.or(span.map(|s| s.1))) else {
        return ok(json!([]));
    };
    if from > to || nightcramp_core::nights::days_between(from, to) > 366 * 20 {
        return Err(ApiError::bad(
            "from must not be after to, and the range at most twenty years",
        ));
    }
    ok(serde_json::to_value(NightIndex::new(&diary).range(from, to)).unwrap_or_default())
}

async fn list_episodes(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Query(range): Query<Range>,
) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let (from, to) = parse_range(&range)?;
    let list: Vec<Value> = diary
        .episodes
        .iter()
        .filter(|e| from.is_none_or(|f| e.night() >= f) && to.is_none_or(|t| e.night() <= t))
        .map(episode_json)
        .collect();
    ok(Value::Array(list))
}

async fn get_episode(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Path(id): Path<String>,
) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    diary
        .episodes
        .iter()
        .find(|e| e.id.to_string() == id)
        .map_or(Err(ApiError::not_found("episode")), |e| ok(episode_json(e)))
}

/// An episode as sent: numbers or strings, validated like everything else.
fn episode_input(body: &Bytes, id: Option<String>) -> Result<CrampInput, ApiError> {
    let value: Value =
        serde_json::from_slice(body).map_err(|e| ApiError::bad(format!("not valid JSON: {e}")))?;
    let Value::Object(map) = value else {
        return Err(ApiError::bad("expected a JSON object"));
    };
    let text = |key: &str| json_text(key, map.get(key), key == "relief");
    Ok(CrampInput {
        id: match id {
            Some(id) => Some(id),
            None => text("id")?,
        },
        started_at: text("started_at")?,
        duration: text("duration_s")?,
        muscle: text("muscle")?,
        side: text("side")?,
        intensity: text("intensity")?,
        woke: text("woke")?,
        soreness_h: text("soreness_h")?,
        relief: text("relief")?,
        notes: text("notes")?,
    })
}

/// A field's JSON value as the text validation reads: a string, a number or a boolean as
/// written, null or absent as nothing, and (where `words` allows) a list of strings. Any
/// other shape is refused by name, never quietly read as nothing (`"woke": [1]` once
/// became "not said").
fn json_text(field: &str, value: Option<&Value>, words: bool) -> Result<Option<String>, ApiError> {
    use nightcramp_core::input::InvalidValue;
    use nightcramp_core::language::Message;
    let refused = |value: &Value, allowed: &'static str| {
        let mut shown = value.to_string();
        if shown.chars().count() > 60 {
            shown = format!("{}...", shown.chars().take(60).collect::<String>());
        }
        ApiError::invalid(InvalidValue::new(shown, Message::new(allowed)).in_field(field))
    };
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v @ (Value::Number(_) | Value::Bool(_))) => Ok(Some(v.to_string())),
        Some(v @ Value::Array(items)) if words => items
            .iter()
            .map(|item| {
                item.as_str()
                    .ok_or_else(|| refused(v, "allowed.json_words"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(|list| Some(list.join(";"))),
        Some(v) => Err(refused(
            v,
            if words {
                "allowed.json_words"
            } else {
                "allowed.json_value"
            },
        )),
    }
}

async fn create_episode(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    body: Bytes,
) -> ApiResult {
    // Only the zone is needed: a cramp logged at 3 AM does not read the whole diary.
    let profile = state.diary.profile(&me).await?;
    let input = episode_input(&body, None)?;
    let episode = input
        .validate(
            EntryContext {
                zone: Some(&state.clock.zone_of(&profile)),
                now: state.clock.now(),
            },
            DurationStyle::Seconds,
        )
        .map_err(ApiError::invalid)?;
    let report = state
        .diary
        .apply(&me, vec![Change::PutEpisode(episode.clone(), Mode::Import)])
        .await?;
    if !report.conflicts.is_empty() {
        return Err(ApiError(
            StatusCode::CONFLICT,
            json!({"error": "an episode with this id already exists with different values; use PUT to change it", "id": episode.id}),
        ));
    }
    let status = if report.inserted > 0 {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, axum::Json(episode_json(&episode))).into_response())
}

async fn replace_episode(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Path(id): Path<String>,
    body: Bytes,
) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let uuid =
        nightcramp_core::input::parse_uuid(&id).map_err(|e| ApiError::invalid(e.in_field("id")))?;
    if !diary.episodes.iter().any(|e| e.id == uuid) {
        return Err(ApiError::not_found("episode"));
    }
    let input = episode_input(&body, Some(id))?;
    let episode = input
        .validate(
            EntryContext {
                zone: Some(&state.clock.zone(&diary)),
                now: state.clock.now(),
            },
            DurationStyle::Seconds,
        )
        .map_err(ApiError::invalid)?;
    state
        .diary
        .apply(
            &me,
            vec![Change::PutEpisode(episode.clone(), Mode::Replace)],
        )
        .await?;
    ok(episode_json(&episode))
}

async fn delete_episode(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Path(id): Path<String>,
) -> ApiResult {
    let uuid =
        nightcramp_core::input::parse_uuid(&id).map_err(|e| ApiError::invalid(e.in_field("id")))?;
    let report = state
        .diary
        .apply(&me, vec![Change::DeleteEpisode(uuid)])
        .await?;
    if report.deleted == 0 {
        return Err(ApiError::not_found("episode"));
    }
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn create_checkin(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    body: Bytes,
) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let value: Value =
        serde_json::from_slice(&body).map_err(|e| ApiError::bad(format!("not valid JSON: {e}")))?;
    let night_text = value.get("night").and_then(Value::as_str).ok_or_else(|| {
        ApiError::invalid(
            nightcramp_core::input::InvalidValue::new("", nightcramp_core::when::date_allowed())
                .in_field("night"),
        )
    })?;
    let today = state.clock.today(&diary);
    let night = nightcramp_core::when::parse_record_date(night_text, today)
        .map_err(|e| ApiError::invalid(e.in_field("night")))?;
    let disturbance = match json_text("sleep_disturbance", value.get("sleep_disturbance"), false)? {
        None => None,
        Some(text) => Some(
            nightcramp_core::files::csv::parse_disturbance(&text)
                .map_err(|e| ApiError::invalid(e.in_field("sleep_disturbance")))?,
        ),
    };
    // The same rule as the CLI and the page: a rating left out keeps the stored one.
    let checkin = nightcramp_core::actions::check_in(
        &diary,
        night,
        today,
        false,
        disturbance,
        state.clock.now(),
    )
    .map_err(|_| {
        ApiError::invalid(
            nightcramp_core::input::InvalidValue::new(
                night.to_string(),
                nightcramp_core::language::Message::new("allowed.night_ended"),
            )
            .in_field("night"),
        )
    })?;
    state
        .diary
        .apply(
            &me,
            vec![Change::PutCheckIn(checkin.clone(), Mode::Replace)],
        )
        .await?;
    let index = NightIndex::new(state.diary.read(&me).await?.as_ref());
    ok(
        json!({"night": night, "status": index.status(night).as_str(), "episodes": index.episodes(night), "sleep_disturbance": checkin.sleep_disturbance}),
    )
}

async fn get_day(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Path(date): Path<String>,
) -> ApiResult {
    let date = nightcramp_core::input::parse_date(&date)
        .map_err(|e| ApiError::invalid(e.in_field("date")))?;
    let diary = state.diary.read(&me).await?;
    ok(diary.day_json(date))
}

/// Sets the given factors of a day; `null` clears one. Factors not named are left alone.
async fn put_day(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Path(date): Path<String>,
    body: Bytes,
) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let today = state.clock.today(&diary);
    let date = nightcramp_core::when::parse_record_date(&date, today)
        .map_err(|e| ApiError::invalid(e.in_field("date")))?;
    let value: Value =
        serde_json::from_slice(&body).map_err(|e| ApiError::bad(format!("not valid JSON: {e}")))?;
    let Some(factors) = value.get("factors").and_then(Value::as_object) else {
        return Err(ApiError::bad("expected {\"factors\": {...}}"));
    };
    let mut inputs = Vec::new();
    for (name, v) in factors {
        let field = format!("factors.{name}");
        let key: FactorKey =
            parse_factor_key(name).map_err(|e| ApiError::invalid(e.in_field(field.clone())))?;
        let input = match json_text(&field, Some(v), false)? {
            None => nightcramp_core::actions::DayInput::Clear,
            Some(text) => nightcramp_core::actions::DayInput::Set(text),
        };
        inputs.push((field, key, input));
    }
    // The same checks as the CLI and the day form; the first bad field is answered.
    let edits = nightcramp_core::actions::day_edits(date, today, inputs).map_err(|errors| {
        errors.into_iter().next().map_or_else(
            || ApiError::bad("the day could not be saved"),
            ApiError::invalid,
        )
    })?;
    let changes: Vec<Change> = nightcramp_store::day_changes(date, edits);
    state.diary.apply(&me, changes).await?;
    ok(state.diary.read(&me).await?.day_json(date))
}

async fn insights(State(state): State<AppState>, crate::MyDiary(me): crate::MyDiary) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let as_of = last_night(state.clock.today(&diary));
    ok(serde_json::to_value(analyse(&diary, knowledge()?, as_of)).unwrap_or_default())
}

async fn checkup(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Query(query): Query<BTreeMap<String, String>>,
) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let kb = knowledge()?;
    let mut answers = Answers::new();
    for (k, v) in query {
        if kb.question(&k).is_none() {
            return Err(ApiError::bad(format!("{k:?} is not a question id")));
        }
        match v.as_str() {
            "yes" | "true" => answers.insert(k, true),
            "no" | "false" => answers.insert(k, false),
            other => {
                return Err(ApiError::bad(format!(
                    "answer {other:?}: expected yes or no"
                )));
            }
        };
    }
    let as_of = last_night(state.clock.today(&diary));
    let result = run_checkup(kb, &diary, &answers, as_of).map_err(|e| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({"error": e.to_string()}),
        )
    })?;
    ok(serde_json::to_value(result).unwrap_or_default())
}

async fn plan(State(state): State<AppState>, crate::MyDiary(me): crate::MyDiary) -> ApiResult {
    let diary = state.diary.read(&me).await?;
    let kb = knowledge()?;
    let as_of = last_night(state.clock.today(&diary));
    let insights = analyse(&diary, kb, as_of);
    ok(serde_json::to_value(build_plan(&diary, kb, &insights, as_of)).unwrap_or_default())
}

#[derive(Deserialize)]
struct LoginBody {
    name: String,
    password: String,
}

/// The one-person server password's login.
#[derive(Deserialize)]
struct PasswordBody {
    password: String,
}

/// `POST /api/session`: logs an account in (a store with accounts: `{"name", "password"}`),
/// or, for a one-person diary served with a password, logs in with it (`{"password"}`); 200
/// with the CSRF token and the session cookie, 401 for a wrong name or password (the same
/// answer for both), 429 past the attempts allowed per address or when too many logins
/// are being checked at once.
async fn login(
    State(state): State<AppState>,
    client: Option<axum::Extension<crate::ClientAddr>>,
    body: Bytes,
) -> ApiResult {
    let by_name = matches!(state.mode, crate::state::ServeMode::Accounts { .. });
    if !by_name && state.auth.is_none() {
        return Err(ApiError::not_found(
            "no login here: this diary has no accounts and no server password",
        ));
    }
    let client = client.map_or(std::net::IpAddr::from([127, 0, 0, 1]), |c| c.0.0);
    let outcome = if by_name {
        let body: LoginBody = serde_json::from_slice(&body).map_err(|e| {
            ApiError::bad(format!(
                "expected {{\"name\": \"...\", \"password\": \"...\"}}: {e}"
            ))
        })?;
        crate::pages::account_login(&state, client, body.name, body.password).await
    } else {
        let body: PasswordBody = serde_json::from_slice(&body)
            .map_err(|e| ApiError::bad(format!("expected {{\"password\": \"...\"}}: {e}")))?;
        crate::pages::password_login(&state, client, body.password).await
    };
    match outcome {
        Ok((token, csrf)) => Ok((
            [(
                header::SET_COOKIE,
                format!(
                    "{}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=2592000",
                    crate::auth::SESSION_COOKIE
                ),
            )],
            axum::Json(json!({ "csrf": csrf })),
        )
            .into_response()),
        Err(e @ (crate::auth::AuthError::RateLimited | crate::auth::AuthError::Busy)) => {
            Err(ApiError(
                StatusCode::TOO_MANY_REQUESTS,
                json!({"error": e.to_string()}),
            ))
        }
        Err(crate::auth::AuthError::Hash(e)) => Err(DiaryError::Task(e).into()),
        Err(e) => Err(ApiError(
            StatusCode::UNAUTHORIZED,
            json!({"error": e.to_string()}),
        )),
    }
}

/// `DELETE /api/session`: ends the session in the store, so on every server.
async fn logout(State(state): State<AppState>, headers: axum::http::HeaderMap) -> ApiResult {
    crate::pages::end_session(&state, &headers).await;
    Ok((
        [(
            header::SET_COOKIE,
            format!(
                "{}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0",
                crate::auth::SESSION_COOKIE
            ),
        )],
        axum::Json(json!({ "logged_out": true })),
    )
        .into_response())
}

/// The store's refusal as an answer: not found for what is not yours, 409 for a request
/// understood and refused (an unknown account to share with, a share id that matches none).
fn refused(e: DiaryError) -> ApiError {
    match e {
        DiaryError::Store(nightcramp_store::StoreError::Denied(d)) => {
            ApiError(StatusCode::NOT_FOUND, json!({"error": d.to_string()}))
        }
        DiaryError::Store(nightcramp_store::StoreError::Refused(message)) => {
            ApiError(StatusCode::CONFLICT, json!({"error": message.to_string()}))
        }
        other => other.into(),
    }
}

/// `GET /api/shares`: the viewer's diary's shares.
async fn list_shares(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
) -> ApiResult {
    let today = state
        .clock
        .system_zone
        .to_datetime(state.clock.now())
        .date();
    let directory = state.diary.directory().await?;
    let list: Vec<Value> = directory.shares_of(&me).map(|s| s.to_json(today)).collect();
    ok(Value::Array(list))
}

#[derive(Deserialize)]
struct ShareBody {
    with: String,
    until: Option<String>,
}

/// `POST /api/shares` with `{"with": NAME, "until": DATE}`: read access for a clinician or
/// researcher; 201 with the share.
async fn add_share(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    client: Option<axum::Extension<crate::ClientAddr>>,
    body: Bytes,
) -> ApiResult {
    let body: ShareBody = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad(format!(
            "expected {{\"with\": \"NAME\", \"until\": \"YYYY-MM-DD\"}}: {e}"
        ))
    })?;
    let now = state.clock.now();
    let today = state.clock.system_zone.to_datetime(now).date();
    let until = body
        .until
        .as_deref()
        .map(|t| {
            nightcramp_core::when::parse_last_day(t, today)
                .map_err(|e| ApiError::invalid(e.in_field("until")))
        })
        .transpose()?;
    let origin = crate::ClientAddr::origin(client.as_ref().map(|c| &c.0));
    let share = state
        .diary
        .run(move |s| {
            s.add_share(
                &me,
                nightcramp_store::NewShare {
                    with: Some(body.with),
                    token: None,
                    until,
                    at: now,
                    origin,
                },
            )
        })
        .await
        .map_err(refused)?;
    Ok((StatusCode::CREATED, axum::Json(share.to_json(today))).into_response())
}

/// `DELETE /api/shares/{id}`: ends a share at once.
async fn revoke_share(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    client: Option<axum::Extension<crate::ClientAddr>>,
    Path(id): Path<String>,
) -> ApiResult {
    let now = state.clock.now();
    let today = state.clock.system_zone.to_datetime(now).date();
    let origin = crate::ClientAddr::origin(client.as_ref().map(|c| &c.0));
    let share = state
        .diary
        .run(move |s| s.revoke_share(&me, &id, now, &origin))
        .await
        .map_err(|e| match refused(e) {
            ApiError(StatusCode::CONFLICT, body) => ApiError(StatusCode::NOT_FOUND, body),
            other => other,
        })?;
    ok(share.to_json(today))
}

/// `GET /api/audit`: the viewer's diary's audit log, oldest first.
async fn audit(State(state): State<AppState>, crate::MyDiary(me): crate::MyDiary) -> ApiResult {
    let log = state
        .diary
        .run(move |s| s.audit_log(&me))
        .await
        .map_err(refused)?;
    ok(Value::Array(log.iter().map(|e| e.to_json()).collect()))
}

impl From<crate::admin::AdminError> for ApiError {
    fn from(e: crate::admin::AdminError) -> ApiError {
        use crate::admin::AdminError;
        match e {
            AdminError::NotFound => ApiError::not_found("page"),
            AdminError::NoAccount(message) => {
                ApiError(StatusCode::NOT_FOUND, json!({"error": message}))
            }
            AdminError::Invalid(message) => {
                ApiError(StatusCode::UNPROCESSABLE_ENTITY, json!({"error": message}))
            }
            AdminError::Refused(message) => {
                ApiError(StatusCode::CONFLICT, json!({"error": message.to_string()}))
            }
            AdminError::Failed(message) => {
                eprintln!("nightcramp serve: {message}");
                ApiError(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({"error": "the accounts could not be changed; try again"}),
                )
            }
        }
    }
}

/// `GET /api/accounts` (an admin): every account's name, role and creation, never a hash.
async fn list_accounts(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<crate::state::Viewer>>,
) -> ApiResult {
    let accounts = crate::admin::accounts(&state, viewer.as_ref().map(|v| &v.0)).await?;
    ok(Value::Array(accounts.iter().map(|a| a.to_json()).collect()))
}

#[derive(Deserialize)]
struct AccountBody {
    name: String,
    role: String,
    password: String,
}

/// `POST /api/accounts` with `{"name", "role", "password"}` (an admin): 201 with the account.
async fn add_account(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<crate::state::Viewer>>,
    body: Bytes,
) -> ApiResult {
    let viewer = viewer.map(|v| v.0);
    // Only an admin learns what the body should have been.
    crate::admin::accounts(&state, viewer.as_ref()).await?;
    let body: AccountBody = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad(format!(
            "expected {{\"name\": \"NAME\", \"role\": \"person|clinician|researcher|admin\", \"password\": \"...\"}}: {e}"
        ))
    })?;
    let account = crate::admin::add(
        &state,
        viewer.as_ref(),
        body.name,
        &body.role,
        body.password,
    )
    .await?;
    Ok((StatusCode::CREATED, axum::Json(account.to_json())).into_response())
}

/// `DELETE /api/accounts/{name}` (an admin): removes an account without a diary, or one whose
/// diary is empty; 204.
async fn remove_account(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<crate::state::Viewer>>,
    Path(name): Path<String>,
) -> ApiResult {
    crate::admin::remove(&state, viewer.as_ref().map(|v| &v.0), name).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
