/*!
What a clinician sees: the people who shared their diary with them, most urgent first
(`GET /api/people`, the `/people` page), and each shared diary read-only under
`/api/people/{person}/...` and `/people/{person}/report`. A share link's report at
`/shared/{token}` needs no account.

Every diary here is reached through the store's one decision (`Store::authorize`), which
also writes each read to the owner's audit log; a person who did not share, or whose share
was revoked or expired, is not found, exactly like a name that does not exist.
*/

use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use nightcramp_core::actions::{PersonSummary, most_urgent_first, person_summary};
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::night::last_night;
use nightcramp_store::{AccessRequest, Actor, DiaryAccess, Role, StoreError, Want, shared_with};
use serde_json::json;

use crate::state::{AppState, DiaryError, Viewer};

/// Why a clinician's request got no diary: not found (never "forbidden"), or a failure.
pub enum PeopleError {
    NotFound,
    Failed(String),
}

impl From<DiaryError> for PeopleError {
    fn from(e: DiaryError) -> PeopleError {
        match e {
            DiaryError::Store(StoreError::Denied(_)) => PeopleError::NotFound,
            other => PeopleError::Failed(other.to_string()),
        }
    }
}

impl IntoResponse for PeopleError {
    fn into_response(self) -> Response {
        match self {
            PeopleError::NotFound => (
                StatusCode::NOT_FOUND,
                axum::Json(json!({"error": "no diary here"})),
            )
                .into_response(),
            PeopleError::Failed(e) => {
                eprintln!("nightcramp serve: {e}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    axum::Json(json!({"error": "the diaries could not be read; try again"})),
                )
                    .into_response()
            }
        }
    }
}

fn knowledge() -> Result<&'static Knowledge, PeopleError> {
    Knowledge::get_in(crate::language::current()).map_err(|e| PeopleError::Failed(e.to_string()))
}

fn origin(client: Option<&crate::ClientAddr>) -> String {
    crate::ClientAddr::origin(client)
}

/// The people who shared with the clinician now, each summarised, most urgent first.
///
/// One trip to the blocking pool and a handful of queries however long the list: the
/// directory (kept while no share changes), every decision with its audited read written
/// in one transaction, every diary's revision in one query, and a diary loaded only when
/// it changed since its summary was last computed.
pub async fn people(
    state: &AppState,
    viewer: Option<&Viewer>,
    client: Option<&crate::ClientAddr>,
) -> Result<Vec<(String, PersonSummary)>, PeopleError> {
    let name = viewer
        .and_then(|v| v.account.clone())
        .ok_or(PeopleError::NotFound)?;
    let kb = knowledge()?;
    let now = state.clock.now();
    let clock = state.clock.clone();
    let origin = origin(client);
    let found = state
        .diary
        .with_memory(move |s, memory| {
            let directory = memory.directory(s)?;
            if !matches!(directory.account(&name), Some(a) if a.role == Role::Clinician) {
                return Ok(None);
            }
            let today = clock.system_zone.to_datetime(now).date();
            let names: Vec<String> = shared_with(&directory, &name, today)
                .into_iter()
                .map(|a| a.name.clone())
                .collect();
            let me = Actor::Account(name.clone());
            let requests: Vec<AccessRequest<'_>> = names
                .iter()
                .map(|person| AccessRequest {
                    actor: &me,
                    person: Some(person),
                    want: Want::Read,
                    today,
                    at: now,
                    purpose: "patient list",
                    origin: &origin,
                })
                .collect();
            let accesses = s.authorize_all_in(&directory, &requests)?;
            let summaries = memory.summaries(
                s,
                &accesses,
                |profile| clock.zone_of(profile),
                |zone| last_night(zone.to_datetime(now).date()),
                |diary, as_of| person_summary(diary, kb, as_of),
            )?;
            Ok(Some(summaries.map(|list| {
                names.into_iter().zip(list).collect::<Vec<_>>()
            })))
        })
        .await?;
    let mut list = found
        .ok_or(PeopleError::NotFound)?
        .map_err(|e| PeopleError::Failed(e.to_string()))?;
    most_urgent_first(&mut list);
    Ok(list)
}

/// `GET /api/people`.
pub async fn people_api(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
    client: Option<axum::Extension<crate::ClientAddr>>,
) -> Result<Response, PeopleError> {
    let list = people(
        &state,
        viewer.as_ref().map(|v| &v.0),
        client.as_ref().map(|c| &c.0),
    )
    .await?;
    let json: Vec<serde_json::Value> = list
        .into_iter()
        .map(|(name, summary)| {
            let mut v = serde_json::to_value(summary).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("person".into(), json!(name));
            }
            v
        })
        .collect();
    Ok(axum::Json(json).into_response())
}

/// A shared diary, read-only, for the clinician: audited as a read of `purpose`.
async fn shared_diary(
    state: &AppState,
    viewer: Option<&Viewer>,
    client: Option<&crate::ClientAddr>,
    person: String,
    purpose: &'static str,
) -> Result<DiaryAccess, PeopleError> {
    let me = viewer
        .and_then(|v| v.account.clone())
        .ok_or(PeopleError::NotFound)?;
    let now = state.clock.now();
    let today = state.clock.system_zone.to_datetime(now).date();
    let origin = origin(client);
    let access = state
        .diary
        .with_memory(move |s, memory| {
            let directory = memory.directory(s)?;
            if !matches!(directory.account(&me), Some(a) if a.role == Role::Clinician) {
                return Ok(None);
            }
            let access = s.authorize_in(
                &directory,
                &AccessRequest {
                    actor: &Actor::Account(me),
                    person: Some(&person),
                    want: Want::Read,
                    today,
                    at: now,
                    purpose,
                    origin: &origin,
                },
            )?;
            Ok(Some(access))
        })
        .await?;
    access.ok_or(PeopleError::NotFound)
}

/// The name of the person whose shared diary this request reads (set only after the read
/// was authorized), so a page can say whose diary it shows and leave its forms out.
#[derive(Clone, Debug)]
pub struct SharedReading(pub String);

/// Before `/api/people/{person}/...`: the shared diary becomes the request's diary, read-only,
/// so the same handlers as for one's own diary answer (and cannot write).
pub async fn as_shared_reader(
    State(state): State<AppState>,
    Path(params): Path<Vec<(String, String)>>,
    mut request: Request,
    next: Next,
) -> Response {
    if request.method() != axum::http::Method::GET {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            axum::Json(json!({"error": "a shared diary is read-only"})),
        )
            .into_response();
    }
    let person = params
        .into_iter()
        .find(|(k, _)| k == "person")
        .map(|(_, v)| v)
        .unwrap_or_default();
    let viewer = request.extensions().get::<Viewer>().cloned();
    let client = request.extensions().get::<crate::ClientAddr>().copied();
    let purpose = match request.uri().path().rsplit('/').next() {
        Some("insights") => "insights",
        Some("checkup") => "checkup",
        Some("report") => "report",
        Some("episodes") => "episodes",
        Some("experiment" | "result") => "experiment",
        _ => "nights",
    };
    match shared_diary(
        &state,
        viewer.as_ref(),
        client.as_ref(),
        person.clone(),
        purpose,
    )
    .await
    {
        Ok(access) => {
            request.extensions_mut().insert(SharedReading(person));
            request.extensions_mut().insert(Viewer {
                account: viewer.and_then(|v| v.account),
                access: Some(access),
            });
            next.run(request).await
        }
        Err(e) => e.into_response(),
    }
}

/// `GET /api/people/{person}/report`: the clinician report's data as JSON.
pub async fn report_api(
    State(state): State<AppState>,
    crate::MyDiary(access): crate::MyDiary,
) -> Result<Response, PeopleError> {
    let diary = state.diary.read(&access).await?;
    let data = report_data(&state, &diary)?;
    Ok(axum::Json(serde_json::to_value(&data).unwrap_or_default()).into_response())
}

/// The report of a diary, the same as its owner's `/report` shows.
fn report_data(
    state: &AppState,
    diary: &nightcramp_core::domain::Diary,
) -> Result<nightcramp_core::report::ReportData, PeopleError> {
    crate::pages::report_data(state, diary).map_err(|e| PeopleError::Failed(e.1))
}

/// `GET /people/{person}/report`: the printable report of a shared diary.
pub async fn report_page(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
    client: Option<axum::Extension<crate::ClientAddr>>,
    Path(person): Path<String>,
) -> Result<Response, PeopleError> {
    let access = shared_diary(
        &state,
        viewer.as_ref().map(|v| &v.0),
        client.as_ref().map(|c| &c.0),
        person,
        "report",
    )
    .await?;
    let diary = state.diary.read(&access).await?;
    let data = report_data(&state, &diary)?;
    let html = crate::report_html(&data, None).map_err(|e| PeopleError::Failed(e.to_string()))?;
    Ok(Html(html).into_response())
}

/// `GET /shared/{token}`: the report a share link opens, read-only, with no account, until
/// the link expires or is revoked (then, like a made-up token, not found).
pub async fn shared_link(
    State(state): State<AppState>,
    client: Option<axum::Extension<crate::ClientAddr>>,
    Path(token): Path<String>,
) -> Result<Response, PeopleError> {
    let now = state.clock.now();
    let today = state.clock.system_zone.to_datetime(now).date();
    let origin = origin(client.as_ref().map(|c| &c.0));
    let access = state
        .diary
        .run(move |s| {
            s.authorize(&AccessRequest {
                actor: &Actor::Link(token),
                person: None,
                want: Want::Read,
                today,
                at: now,
                purpose: "report",
                origin: &origin,
            })
        })
        .await?;
    let diary = state.diary.read(&access).await?;
    let data = report_data(&state, &diary)?;
    let html = crate::report_html(&data, None).map_err(|e| PeopleError::Failed(e.to_string()))?;
    Ok(Html(html).into_response())
}

/// `GET /api/study`: a researcher's pooled counts of the people who shared with them (no
/// names); anyone else: not found.
pub async fn study_api(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
    client: Option<axum::Extension<crate::ClientAddr>>,
) -> Result<Response, PeopleError> {
    let me = viewer
        .and_then(|v| v.0.account)
        .ok_or(PeopleError::NotFound)?;
    let now = state.clock.now();
    let today = state.clock.system_zone.to_datetime(now).date();
    let origin = origin(client.as_ref().map(|c| &c.0));
    let diaries = state
        .diary
        .run(move |s| s.pooled_diaries(&me, today, now, &origin))
        .await?;
    let as_of = last_night(today);
    let kb = knowledge()?;
    // The pooled experiments integrate a posterior per participant: off the runtime.
    let value = tokio::task::spawn_blocking(move || {
        let counts = nightcramp_core::actions::pooled_counts(&diaries, as_of);
        let mut value = serde_json::to_value(counts).unwrap_or_default();
        value["experiments"] = serde_json::to_value(
            nightcramp_core::experiment::pooled_experiments(kb, &diaries, as_of),
        )
        .unwrap_or_default();
        value
    })
    .await
    .map_err(|e| PeopleError::Failed(e.to_string()))?;
    Ok(axum::Json(value).into_response())
}
