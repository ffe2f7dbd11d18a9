/*!
The pages: home with the big "cramp now" button, the 3 AM cramp flow, the morning
check-in, the day form, entries (edit, delete), insights, checkup, guide, stretch routine,
plan, and login. Each is a handler that reads the diary, builds a small view model of owned
strings, and renders an askama template. Every form posts back here and redirects (POST,
redirect, GET), so everything works without JavaScript.
*/

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use jiff::civil::{Date, Time};
use nightcramp_core::checkup::{Answers, applicable_questions, run_checkup};
use nightcramp_core::domain::{
    Diary, FactorKey, FactorValue, Muscle, NightStatus, Provenance, Side, format_number,
    format_rfc3339,
};
use nightcramp_core::factors::{
    Builtin, FactorKind, parse_builtin_value, parse_custom_name, parse_value,
};
use nightcramp_core::input::{CrampInput, DurationStyle, EntryContext, FieldError};
use nightcramp_core::insights::{Verdict, analyse};
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::night::last_night;
use nightcramp_core::nights::{NightIndex, add_days, dates};
use nightcramp_core::plan::build_plan;
use nightcramp_core::when::{ClockAnchor, parse_record_date, resolve_cramp_time};
use nightcramp_store::{Change, Mode};
use serde::Deserialize;

use crate::Session;
use crate::auth::SESSION_COOKIE;
use crate::charts;
use crate::state::{AppState, DiaryError};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/cramp", get(cramp_page).post(cramp_save))
        .route("/morning", get(morning_page).post(morning_save))
        .route("/day", get(day_page).post(day_save))
        .route("/entries", get(entries_page))
        .route("/entries/{id}/edit", get(edit_page))
        .route("/entries/{id}", post(edit_save))
        .route(
            "/entries/{id}/delete",
            get(delete_page).post(delete_confirm),
        )
        .route("/insights", get(insights_page))
        .route("/checkup", get(checkup_page).post(checkup_save))
        .route("/guide", get(guide_page))
        .route("/guide/{topic}", get(topic_page))
        .route("/sources", get(sources_page))
        .route("/stretch", get(stretch_page))
        .route("/plan", get(plan_page))
        .route("/import", get(import_page))
        .route("/login", get(login_page).post(login_submit))
        .route("/logout", post(logout))
}

/// What the layout needs on every page.
pub struct Page {
    pub title: String,
    pub theme: &'static str,
    pub csrf: String,
    pub nav: &'static str,
    pub message: Option<String>,
}

fn page(
    state: &AppState,
    diary: &Diary,
    session: &Session,
    title: &str,
    nav: &'static str,
) -> Page {
    let hour = state
        .clock
        .zone(diary)
        .to_datetime(state.clock.now())
        .hour();
    Page {
        title: title.to_string(),
        theme: if !(7..20).contains(&hour) {
            "dark"
        } else {
            "light"
        },
        csrf: session.csrf.clone().unwrap_or_default(),
        nav,
        message: None,
    }
}

/// A page error: a calm message for the person, details only in the server's log.
pub struct PageError(StatusCode, String);

impl From<DiaryError> for PageError {
    fn from(e: DiaryError) -> PageError {
        eprintln!("nightcramp serve: {e}");
        PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The diary could not be read or written just now. Nothing was lost; please try again."
                .into(),
        )
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> PageError {
        eprintln!("nightcramp serve: template: {e}");
        PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "This page could not be shown.".into(),
        )
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    status: u16,
    text: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let view = ErrorPage {
            page: Page {
                title: "Something went wrong".into(),
                theme: "dark",
                csrf: String::new(),
                nav: "",
                message: None,
            },
            status: self.0.as_u16(),
            text: self.1.clone(),
        };
        let body = view.render().unwrap_or(self.1);
        (self.0, Html(body)).into_response()
    }
}

type PageResult = Result<Response, PageError>;

fn render(t: impl Template) -> PageResult {
    Ok(Html(t.render()?).into_response())
}

fn knowledge() -> Result<&'static Knowledge, PageError> {
    Knowledge::get().map_err(|e| {
        eprintln!("nightcramp serve: {e}");
        PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The guide could not be loaded.".into(),
        )
    })
}

fn bad_request(text: String) -> PageError {
    PageError(StatusCode::BAD_REQUEST, text)
}

// ---------------------------------------------------------------- home

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    last_night: String,
    last_status: String,
    needs_checkin: bool,
    weeks: Vec<Vec<(String, &'static str, String)>>,
}

#[derive(Deserialize, Default)]
pub struct Flash {
    logged: Option<String>,
    saved: Option<String>,
    deleted: Option<String>,
}

fn flash_message(f: &Flash) -> Option<String> {
    if let Some(logged) = &f.logged {
        // The night is named so a backdated cramp's place is seen at once.
        let night = nightcramp_core::input::parse_date(logged)
            .map(|n| format!(" on the night of {}", night_label(n)))
            .unwrap_or_default();
        Some(format!(
            "Cramp logged{night}. Rest now; fill in the rest in the morning if you like."
        ))
    } else if f.saved.is_some() {
        Some("Saved.".into())
    } else if f.deleted.is_some() {
        Some("Deleted.".into())
    } else {
        None
    }
}

async fn home(
    State(state): State<AppState>,
    session: Session,
    Query(flash): Query<Flash>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let today = state.clock.today(&diary);
    let last = last_night(today);
    let index = NightIndex::new(&diary);
    let status = match index.status(last) {
        NightStatus::Cramps => format!("{} cramp(s) logged", index.episodes(last)),
        NightStatus::NoCramps => "no cramps".into(),
        NightStatus::Unknown => "not logged yet".into(),
    };
    let from = add_days(last, -27);
    let mut weeks: Vec<Vec<(String, &'static str, String)>> = Vec::new();
    for (i, night) in dates(from, last).enumerate() {
        if i % 7 == 0 {
            weeks.push(Vec::new());
        }
        let (class, text) = match index.status(night) {
            NightStatus::Cramps => ("cramps", index.episodes(night).to_string()),
            NightStatus::NoCramps => ("quiet", "o".to_string()),
            NightStatus::Unknown => ("unknown", ".".to_string()),
        };
        if let Some(week) = weeks.last_mut() {
            week.push((night.strftime("%a %-d %b").to_string(), class, text));
        }
    }
    let mut p = page(&state, &diary, &session, "nightcramp", "home");
    p.message = flash_message(&flash);
    render(HomePage {
        page: p,
        last_night: night_label(last),
        last_status: status,
        needs_checkin: index.status(last) == NightStatus::Unknown,
        weeks,
    })
}

fn night_label(date: Date) -> String {
    date.strftime("%A %-d %B").to_string()
}

// ---------------------------------------------------------------- the cramp flow

#[derive(Template)]
#[template(path = "cramp.html")]
struct CrampPage {
    page: Page,
    /// "start", "timer" or "details".
    stage: String,
    started_at: String,
    ended_at: String,
    backdate: bool,
    /// Rule T3's line, shown by the timer once a cramp has lasted `warn_after_s` seconds.
    too_long: String,
    warn_after_s: u32,
    /// The night a backdated cramp goes on (YYYY-MM-DD), its name, and the latest allowed.
    night: String,
    night_name: String,
    is_last_night: bool,
    last_night: String,
    tips: Vec<String>,
    side: String,
    muscle: String,
    pain: u8,
    sides: Vec<&'static str>,
    muscles: Vec<(&'static str, String)>,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct CrampQuery {
    stage: Option<String>,
    started_at: Option<String>,
    backdate: Option<String>,
    night: Option<String>,
}

fn cramp_view(
    state: &AppState,
    diary: &Diary,
    session: &Session,
    stage: &str,
    started_at: String,
    backdate: bool,
    night: Option<Date>,
) -> Result<CrampPage, PageError> {
    let kb = knowledge()?;
    let tips = kb.during_a_cramp().iter().map(|s| s.text.clone()).collect();
    let too_long = kb
        .cramp_too_long()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    let last = diary.latest_episode();
    let now = state.clock.now();
    let last_night = last_night(state.clock.today(diary));
    let night = night.unwrap_or(last_night);
    Ok(CrampPage {
        page: page(state, diary, session, "Cramp", "cramp"),
        stage: stage.to_string(),
        started_at,
        ended_at: format_rfc3339(now, state.clock.zone(diary).to_offset(now)),
        backdate,
        too_long,
        warn_after_s: nightcramp_core::checkup::LONG_CRAMP_SECONDS,
        night: night.to_string(),
        night_name: night_label(night),
        is_last_night: night == last_night,
        last_night: last_night.to_string(),
        tips,
        side: last.map_or("left".into(), |e| e.side.to_string()),
        muscle: last.map_or("calf".into(), |e| e.muscle.to_string()),
        pain: last.map_or(5, |e| e.intensity),
        sides: Side::ALL.iter().map(|s| s.as_str()).collect(),
        muscles: Muscle::ALL
            .iter()
            .map(|m| (m.as_str(), m.as_str().replace('_', " ")))
            .collect(),
        error: None,
    })
}

async fn cramp_page(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<CrampQuery>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let now = state.clock.now();
    let local_now = format_rfc3339(now, state.clock.zone(&diary).to_offset(now));
    let stage = match q.stage.as_deref() {
        Some("timer") => "timer",
        Some("details") => "details",
        _ => "start",
    };
    let started = match (stage, q.started_at) {
        ("start", _) | (_, None) => local_now,
        (_, Some(s)) => s,
    };
    let today = state.clock.today(&diary);
    let night = q
        .night
        .as_deref()
        .and_then(|n| parse_record_date(n, today).ok())
        .filter(|n| *n < today);
    render(cramp_view(
        &state,
        &diary,
        &session,
        stage,
        started,
        q.backdate.is_some(),
        night,
    )?)
}

#[derive(Deserialize)]
pub struct CrampForm {
    /// RFC 3339, from the timer; or empty when `at` is used.
    started_at: Option<String>,
    ended_at: Option<String>,
    /// A backdated cramp's time: a clock time ("03:10") on `night`, or a date and time.
    at: Option<String>,
    /// The night a backdated cramp belongs to (YYYY-MM-DD); last night when absent.
    night: Option<String>,
    lasted: Option<String>,
    side: Option<String>,
    muscle: Option<String>,
    pain: Option<String>,
    woke: Option<String>,
}

async fn cramp_save(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<CrampForm>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let zone = state.clock.zone(&diary);
    let now = state.clock.now();
    let today = state.clock.today(&diary);
    let parse_ts = |t: &Option<String>| {
        t.as_deref()
            .and_then(|s| nightcramp_core::input::parse_local_timestamp(s).ok())
    };
    let backdated_night = form
        .night
        .as_deref()
        .filter(|n| !n.trim().is_empty())
        .map(|n| parse_record_date(n, today).map_err(|e| e.in_field("night")))
        .transpose();
    // Where the cramp was and how long it lasted, or which field made that impossible.
    let when: Result<(String, String), FieldError> = match (
        form.at.as_deref().filter(|a| !a.trim().is_empty()),
        parse_ts(&form.started_at),
    ) {
        (Some(at), _) => backdated_night.and_then(|night| {
            let night = night.unwrap_or_else(|| last_night(today));
            let start = resolve_cramp_time(at, now, &zone, ClockAnchor::Night(night))
                .map_err(|e| e.in_field("at"))?;
            Ok((
                start.to_annotated_rfc3339(),
                form.lasted.clone().unwrap_or_else(|| "1m".into()),
            ))
        }),
        (None, Some(start)) => {
            let end = parse_ts(&form.ended_at).map_or(now, |e| e.at);
            let seconds = end.duration_since(start.at).as_secs().clamp(1, 86_400);
            Ok((
                format_rfc3339(start.at, start.offset),
                form.lasted
                    .clone()
                    .filter(|l| !l.is_empty())
                    .unwrap_or_else(|| seconds.to_string()),
            ))
        }
        (None, None) => {
            return Err(bad_request(
                "The cramp's start time is missing; start again from the home page.".into(),
            ));
        }
    };
    let validated = when.and_then(|(started, duration)| {
        CrampInput {
            id: None,
            started_at: Some(started),
            duration: Some(duration),
            muscle: form.muscle.clone(),
            side: form.side.clone(),
            intensity: form.pain.clone(),
            woke: Some(form.woke.clone().unwrap_or_else(|| "yes".into())),
            soreness_h: None,
            relief: None,
            notes: None,
        }
        .validate(
            EntryContext {
                zone: Some(&zone),
                now,
            },
            DurationStyle::Friendly,
        )
    });
    match validated {
        Ok(episode) => {
            let night = episode.night();
            state
                .diary
                .apply(vec![Change::PutEpisode(episode, Mode::Import)])
                .await?;
            Ok(Redirect::to(&format!("/?logged={night}")).into_response())
        }
        Err(e) => {
            let night = form
                .night
                .as_deref()
                .and_then(|n| parse_record_date(n, today).ok());
            let mut view = cramp_view(
                &state,
                &diary,
                &session,
                "details",
                form.started_at.clone().unwrap_or_default(),
                form.at.is_some(),
                night,
            )?;
            view.error = Some(format!("{e}"));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response())
        }
    }
}

// ---------------------------------------------------------------- morning

#[derive(Template)]
#[template(path = "morning.html")]
struct MorningPage {
    page: Page,
    night: String,
    night_date: String,
    status: String,
    cramps: Vec<String>,
    disturbance: Option<u8>,
}

#[derive(Deserialize, Default)]
pub struct NightQuery {
    date: Option<String>,
}

async fn morning_page(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<NightQuery>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let today = state.clock.today(&diary);
    let night = q
        .date
        .as_deref()
        .and_then(|d| parse_record_date(d, today).ok())
        .filter(|n| *n < today)
        .unwrap_or_else(|| last_night(today));
    let index = NightIndex::new(&diary);
    render(MorningPage {
        page: page(&state, &diary, &session, "Last night", "morning"),
        night: night_label(night),
        night_date: night.to_string(),
        status: index.status(night).as_str().into(),
        cramps: diary
            .episodes_of(night)
            .map(|e| {
                e.local_start().strftime("%H:%M").to_string()
                    + " "
                    + e.side.as_str()
                    + " "
                    + &e.muscle.as_str().replace('_', " ")
                    + &format!(", pain {}/10", e.intensity)
            })
            .collect(),
        disturbance: index.disturbance(night),
    })
}

#[derive(Deserialize)]
pub struct MorningForm {
    night: String,
    answer: Option<String>,
    disturbance: Option<String>,
}

async fn morning_save(State(state): State<AppState>, Form(form): Form<MorningForm>) -> PageResult {
    let diary = state.diary.read().await?;
    let today = state.clock.today(&diary);
    let night = parse_record_date(&form.night, today)
        .map_err(|e| bad_request(format!("That night is not a date the diary can hold: {e}.")))?;
    if form.answer.as_deref() == Some("cramps") {
        // The cramp belongs to the night being checked in, which need not be last night.
        return Ok(
            Redirect::to(&format!("/cramp?stage=details&backdate=1&night={night}")).into_response(),
        );
    }
    let disturbance = match form.disturbance.as_deref().filter(|d| !d.is_empty()) {
        Some(d) => Some(
            nightcramp_core::files::csv::parse_disturbance(d)
                .map_err(|e| bad_request(format!("Sleep disturbance {e}")))?,
        ),
        None => None,
    };
    let checkin = nightcramp_core::actions::check_in(
        &diary,
        night,
        today,
        form.answer.as_deref() == Some("none"),
        disturbance,
        state.clock.now(),
    )
    .map_err(|refused| {
        let text = knowledge().map_or_else(
            |_| String::new(),
            |kb| refused.message(kb, &night_label(night)),
        );
        match refused {
            nightcramp_core::actions::CheckInRefused::HasCramps { .. } => bad_request(format!(
                "{text} Delete them on the Entries page if they were a mistake."
            )),
            nightcramp_core::actions::CheckInRefused::NotEnded { .. } => bad_request(text),
        }
    })?;
    state
        .diary
        .apply(vec![Change::PutCheckIn(checkin, Mode::Replace)])
        .await?;
    Ok(Redirect::to("/?saved=1").into_response())
}

// ---------------------------------------------------------------- the day form

pub struct FactorField {
    pub name: String,
    pub label: String,
    /// "bool", "number" or "choice".
    pub kind: &'static str,
    pub value: String,
    pub unit: &'static str,
    pub step: &'static str,
    pub options: Vec<String>,
    pub favourite: bool,
    /// What an import said where it differs from the value kept ("" when nothing does).
    pub import_said: String,
}

#[derive(Template)]
#[template(path = "day.html")]
struct DayPage {
    page: Page,
    date: String,
    day_name: String,
    previous: String,
    next: Option<String>,
    fields: Vec<FactorField>,
    custom: Vec<(String, String)>,
    error: Option<String>,
}

fn unit_of(b: Builtin) -> (&'static str, &'static str) {
    match b.kind() {
        FactorKind::Number { unit, integer, .. } => {
            let unit = match unit {
                nightcramp_core::factors::Unit::Hours => "h",
                nightcramp_core::factors::Unit::Minutes => "min",
                nightcramp_core::factors::Unit::Litres => "l",
                nightcramp_core::factors::Unit::Milligrams => "mg",
                nightcramp_core::factors::Unit::Count => "",
            };
            (unit, if integer { "1" } else { "0.5" })
        }
        _ => ("", ""),
    }
}

fn day_view(state: &AppState, diary: &Diary, session: &Session, date: Date) -> DayPage {
    let day = diary.day(date);
    let today = state.clock.today(diary);
    // Favourites: the factors recorded most in the last 30 days come first.
    let mut use_count: BTreeMap<FactorKey, usize> = BTreeMap::new();
    for d in dates(add_days(today, -30), today) {
        if let Some(day) = diary.day(d) {
            for k in day.factors.keys() {
                *use_count.entry(k.clone()).or_insert(0) += 1;
            }
        }
    }
    let mut fields: Vec<FactorField> = Builtin::ALL
        .iter()
        .filter(|b| !matches!(b, Builtin::NightChecked))
        .map(|b| {
            let key = FactorKey::Builtin(*b);
            let shown = |v: &FactorValue| match v {
                FactorValue::Bool(v) => v.to_string(),
                FactorValue::Number(n) => format_number(*n),
                FactorValue::Choice(c) => c.clone(),
            };
            let recorded = day.and_then(|d| d.factors.get(&key));
            let value = recorded.map(|f| shown(&f.value));
            let import_said = recorded
                .and_then(|f| f.import_said.as_ref())
                .map(shown)
                .unwrap_or_default();
            let (unit, step) = unit_of(*b);
            FactorField {
                name: b.as_str().into(),
                label: b.label().into(),
                kind: match b.kind() {
                    FactorKind::Bool => "bool",
                    FactorKind::Number { .. } => "number",
                    FactorKind::Choice(_) => "choice",
                },
                value: value.unwrap_or_default(),
                unit,
                step,
                options: match b.kind() {
                    FactorKind::Choice(o) => o.iter().map(|s| (*s).to_string()).collect(),
                    _ => vec![],
                },
                favourite: use_count.get(&key).copied().unwrap_or(0) >= 3,
                import_said,
            }
        })
        .collect();
    fields.sort_by_key(|f| !f.favourite);
    let mut custom_names: Vec<String> = diary
        .days
        .iter()
        .flat_map(|d| d.factors.keys())
        .filter_map(|k| match k {
            FactorKey::Custom(n) => Some(n.clone()),
            FactorKey::Builtin(_) => None,
        })
        .collect();
    custom_names.sort();
    custom_names.dedup();
    let custom = custom_names
        .into_iter()
        .map(|n| {
            let v = day
                .and_then(|d| d.factors.get(&FactorKey::Custom(n.clone())))
                .map(|f| f.value.to_string())
                .unwrap_or_default();
            (n, v)
        })
        .collect();
    DayPage {
        page: page(state, diary, session, "Your day", "day"),
        date: date.to_string(),
        day_name: night_label(date),
        previous: add_days(date, -1).to_string(),
        next: (date < today).then(|| add_days(date, 1).to_string()),
        fields,
        custom,
        error: None,
    }
}

async fn day_page(
    State(state): State<AppState>,
    session: Session,
    Query(q): Query<NightQuery>,
    Query(flash): Query<Flash>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let today = state.clock.today(&diary);
    let date = q
        .date
        .as_deref()
        .and_then(|d| parse_record_date(d, today).ok())
        .filter(|d| *d <= today)
        .unwrap_or(today);
    let mut view = day_view(&state, &diary, &session, date);
    view.page.message = flash_message(&flash);
    render(view)
}

async fn day_save(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<Vec<(String, String)>>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let today = state.clock.today(&diary);
    let fields: BTreeMap<String, String> = form.iter().cloned().collect();
    let date = fields
        .get("date")
        .and_then(|d| parse_record_date(d, today).ok())
        .filter(|d| *d <= today)
        .ok_or_else(|| bad_request("The day is missing or in the future.".into()))?;
    let existing = diary.day(date);
    let mut changes = Vec::new();
    let mut errors = Vec::new();
    for b in Builtin::ALL
        .iter()
        .filter(|b| !matches!(b, Builtin::NightChecked))
    {
        let key = FactorKey::Builtin(*b);
        let had = existing.is_some_and(|d| d.factors.contains_key(&key));
        // Checkboxes: a hidden "present" marker tells an unticked box from an absent one.
        let text = match b.kind() {
            FactorKind::Bool => match fields.get(b.as_str()).map(String::as_str) {
                Some("true") => Some("true".to_string()),
                Some("false") => Some("false".to_string()),
                _ => None,
            },
            _ => fields
                .get(b.as_str())
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty()),
        };
        match text {
            Some(t) => match parse_builtin_value(*b, &t) {
                Ok(value) => changes.push(Change::PutFactor {
                    date,
                    key,
                    value,
                    source: Provenance::Typed,
                    mode: Mode::Replace,
                }),
                Err(e) => errors.push(format!("{}: {e}", b.label())),
            },
            None if had => changes.push(Change::ClearFactor { date, key }),
            None => {}
        }
    }
    for (name, value) in form.iter().filter_map(|(k, v)| {
        k.strip_prefix("custom:")
            .map(|n| (n.to_string(), v.trim().to_string()))
    }) {
        let Ok(name) = parse_custom_name(&name) else {
            continue;
        };
        let key = FactorKey::Custom(name.clone());
        if value.is_empty() {
            if existing.is_some_and(|d| d.factors.contains_key(&key)) {
                changes.push(Change::ClearFactor { date, key });
            }
            continue;
        }
        match parse_value(&key, &value) {
            Ok(v) => changes.push(Change::PutFactor {
                date,
                key,
                value: v,
                source: Provenance::Typed,
                mode: Mode::Replace,
            }),
            Err(e) => errors.push(format!("{name}: {e}")),
        }
    }
    if let (Some(name), Some(value)) = (
        fields.get("new_name").filter(|n| !n.trim().is_empty()),
        fields.get("new_value"),
    ) {
        match parse_custom_name(name) {
            Ok(name) => {
                let key = FactorKey::Custom(name.clone());
                match parse_value(
                    &key,
                    if value.trim().is_empty() {
                        "yes"
                    } else {
                        value
                    },
                ) {
                    Ok(v) => changes.push(Change::PutFactor {
                        date,
                        key,
                        value: v,
                        source: Provenance::Typed,
                        mode: Mode::Replace,
                    }),
                    Err(e) => errors.push(format!("{name}: {e}")),
                }
            }
            Err(e) => errors.push(format!("your own factor's name: {e}")),
        }
    }
    if !errors.is_empty() {
        let mut view = day_view(&state, &diary, &session, date);
        view.error = Some(format!("Nothing was saved. {}", errors.join("; ")));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response());
    }
    if !changes.is_empty() {
        state.diary.apply(changes).await?;
    }
    Ok(Redirect::to(&format!("/day?date={date}&saved=1")).into_response())
}

// ---------------------------------------------------------------- entries

pub struct EntryRow {
    pub id: String,
    pub time: String,
    pub text: String,
}

pub struct NightRow {
    pub night: String,
    pub status: String,
    pub entries: Vec<EntryRow>,
    pub checkin: Option<String>,
}

#[derive(Template)]
#[template(path = "entries.html")]
struct EntriesPage {
    page: Page,
    nights: Vec<NightRow>,
}

async fn entries_page(
    State(state): State<AppState>,
    session: Session,
    Query(flash): Query<Flash>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let last = last_night(state.clock.today(&diary));
    let index = NightIndex::new(&diary);
    let mut nights = Vec::new();
    let all: Vec<Date> = dates(add_days(last, -29), last).collect();
    for night in all.into_iter().rev() {
        let entries = diary
            .episodes_of(night)
            .map(|e| EntryRow {
                id: e.id.to_string(),
                time: e.local_start().strftime("%H:%M").to_string(),
                text: format!(
                    "{} {}, pain {}/10, {} s",
                    e.side,
                    e.muscle.as_str().replace('_', " "),
                    e.intensity,
                    e.duration_s
                ),
            })
            .collect();
        nights.push(NightRow {
            night: night_label(night),
            status: match index.status(night) {
                NightStatus::Cramps => "cramps".into(),
                NightStatus::NoCramps => "no cramps".into(),
                NightStatus::Unknown => "not logged".into(),
            },
            entries,
            checkin: diary.checkin(night).map(|c| c.id.to_string()),
        });
    }
    let mut p = page(&state, &diary, &session, "Entries", "entries");
    p.message = flash_message(&flash);
    render(EntriesPage { page: p, nights })
}

#[derive(Template)]
#[template(path = "edit.html")]
struct EditPage {
    page: Page,
    id: String,
    started_at: String,
    lasted: String,
    side: String,
    muscle: String,
    pain: u8,
    woke: bool,
    notes: String,
    sides: Vec<&'static str>,
    muscles: Vec<(&'static str, String)>,
    error: Option<String>,
}

fn find_episode<'a>(
    diary: &'a Diary,
    id: &str,
) -> Result<&'a nightcramp_core::domain::Episode, PageError> {
    diary
        .episodes
        .iter()
        .find(|e| e.id.to_string() == id)
        .ok_or_else(|| {
            PageError(
                StatusCode::NOT_FOUND,
                "There is no such cramp in the diary.".into(),
            )
        })
}

async fn edit_page(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let e = find_episode(&diary, &id)?;
    render(EditPage {
        page: page(&state, &diary, &session, "Edit cramp", "entries"),
        id: e.id.to_string(),
        started_at: e.started_at_rfc3339(),
        lasted: e.duration_s.to_string(),
        side: e.side.to_string(),
        muscle: e.muscle.to_string(),
        pain: e.intensity,
        woke: e.woke == Some(true),
        notes: e.notes.clone().unwrap_or_default(),
        sides: Side::ALL.iter().map(|s| s.as_str()).collect(),
        muscles: Muscle::ALL
            .iter()
            .map(|m| (m.as_str(), m.as_str().replace('_', " ")))
            .collect(),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct EditForm {
    started_at: String,
    lasted: String,
    side: String,
    muscle: String,
    pain: String,
    woke: Option<String>,
    notes: Option<String>,
}

async fn edit_save(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    Form(form): Form<EditForm>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let old = find_episode(&diary, &id)?;
    let zone = state.clock.zone(&diary);
    let now = state.clock.now();
    // A bare clock time corrects the time on the cramp's own night; a dated time moves it.
    let started = resolve_cramp_time(
        &form.started_at,
        now,
        &zone,
        ClockAnchor::Night(old.night()),
    )
    .map_err(|e| e.in_field("started_at"));
    let input = CrampInput {
        id: Some(old.id.to_string()),
        started_at: Some(
            started
                .as_ref()
                .map_or_else(|_| form.started_at.clone(), |s| s.to_annotated_rfc3339()),
        ),
        duration: Some(form.lasted.clone()),
        muscle: Some(form.muscle.clone()),
        side: Some(form.side.clone()),
        intensity: Some(form.pain.clone()),
        woke: Some(if form.woke.is_some() { "yes" } else { "no" }.into()),
        soreness_h: old.soreness_h.map(|s| s.to_string()),
        relief: Some(
            old.relief
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>()
                .join(";"),
        ),
        notes: form.notes.clone(),
    };
    let validated = started.and_then(|_| {
        input.validate(
            EntryContext {
                zone: Some(&zone),
                now,
            },
            DurationStyle::Friendly,
        )
    });
    match validated {
        Ok(mut episode) => {
            if episode.started_at == old.started_at {
                episode.time_zone = old.time_zone.clone();
            }
            state
                .diary
                .apply(vec![Change::PutEpisode(episode, Mode::Replace)])
                .await?;
            Ok(Redirect::to("/entries?saved=1").into_response())
        }
        Err(e) => {
            let view = EditPage {
                page: page(&state, &diary, &session, "Edit cramp", "entries"),
                id,
                started_at: form.started_at,
                lasted: form.lasted,
                side: form.side,
                muscle: form.muscle,
                pain: form.pain.parse().unwrap_or(5),
                woke: form.woke.is_some(),
                notes: form.notes.unwrap_or_default(),
                sides: Side::ALL.iter().map(|s| s.as_str()).collect(),
                muscles: Muscle::ALL
                    .iter()
                    .map(|m| (m.as_str(), m.as_str().replace('_', " ")))
                    .collect(),
                error: Some(e.to_string()),
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "delete.html")]
struct DeletePage {
    page: Page,
    id: String,
    what: String,
}

fn describe_record(diary: &Diary, id: &str) -> Option<(String, Change)> {
    if let Some(e) = diary.episodes.iter().find(|e| e.id.to_string() == id) {
        return Some((
            format!(
                "the cramp at {} on the night of {}",
                e.local_start().strftime("%H:%M"),
                night_label(e.night())
            ),
            Change::DeleteEpisode(e.id),
        ));
    }
    diary
        .checkins
        .iter()
        .find(|c| c.id.to_string() == id)
        .map(|c| {
            (
                format!(
                    "the check-in for the night of {} (the night becomes unknown)",
                    night_label(c.night)
                ),
                Change::DeleteCheckIn(c.night),
            )
        })
}

async fn delete_page(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let (what, _) = describe_record(&diary, &id)
        .ok_or_else(|| PageError(StatusCode::NOT_FOUND, "There is no such entry.".into()))?;
    render(DeletePage {
        page: page(&state, &diary, &session, "Delete", "entries"),
        id,
        what,
    })
}

async fn delete_confirm(State(state): State<AppState>, Path(id): Path<String>) -> PageResult {
    let diary = state.diary.read().await?;
    let (_, change) = describe_record(&diary, &id)
        .ok_or_else(|| PageError(StatusCode::NOT_FOUND, "There is no such entry.".into()))?;
    state.diary.apply(vec![change]).await?;
    Ok(Redirect::to("/entries?deleted=1").into_response())
}

// ---------------------------------------------------------------- insights, checkup, plan

pub struct FindingView {
    pub sentence: String,
    pub numbers: String,
}

#[derive(Template)]
#[template(path = "insights.html")]
struct InsightsPage {
    page: Page,
    summary: String,
    triggers_title: String,
    triggers: Vec<FindingView>,
    helpers_title: String,
    helpers: Vec<FindingView>,
    together: Vec<String>,
    quiet: usize,
    waiting: usize,
    weekly_chart: String,
    pain_chart: String,
    hours_chart: String,
    trend_lines: Vec<String>,
    caution: String,
    minimum: String,
}

async fn insights_page(State(state): State<AppState>, session: Session) -> PageResult {
    let diary = state.diary.read().await?;
    let kb = knowledge()?;
    let as_of = last_night(state.clock.today(&diary));
    let r = analyse(&diary, kb, as_of);
    let view = |verdict: Verdict| -> Vec<FindingView> {
        r.factors
            .iter()
            .filter(|f| f.verdict == verdict)
            .map(|f| FindingView {
                sentence: f.sentence.clone(),
                numbers: format!(
                    "{} (lag {} day): risk ratio {} [{} to {}], {}, {} (adjusted for the number of tests)",
                    f.factor,
                    f.lag_days,
                    f.risk_ratio.map_or("-".into(), |v| format!("{v:.2}")),
                    f.ci_low.map_or("-".into(), |v| format!("{v:.2}")),
                    f.ci_high.map_or("-".into(), |v| format!("{v:.2}")),
                    f.p_value.map_or("p: -".into(), nightcramp_core::stats::format_p),
                    f.q_value.map_or("q: -".into(), |q| nightcramp_core::stats::format_p(q).replacen('p', "q", 1)),
                ),
            })
            .collect()
    };
    let weeks: Vec<(String, f64)> = r
        .trends
        .weeks
        .iter()
        .rev()
        .take(12)
        .rev()
        .map(|w| {
            (
                w.first_night.strftime("%-d %b").to_string(),
                f64::from(w.cramp_nights),
            )
        })
        .collect();
    let first = r.trends.weeks.first().map(|w| w.first_night);
    let pain: Vec<(f64, f64)> = diary
        .episodes
        .iter()
        .filter(|e| e.night() <= as_of)
        .rev()
        .take(60)
        .map(|e| {
            (
                nightcramp_core::nights::days_between(first.unwrap_or(as_of), e.night()) as f64,
                f64::from(e.intensity),
            )
        })
        .collect();
    let pain_range = (
        pain.iter().map(|p| p.0).fold(f64::MAX, f64::min),
        pain.iter().map(|p| p.0).fold(f64::MIN, f64::max),
    );
    let label_of = |offset: f64| {
        first
            .map(|f| add_days(f, offset as i64).strftime("%-d %b").to_string())
            .unwrap_or_default()
    };
    let hours: Vec<(String, f64)> = r
        .trends
        .time_of_night
        .iter()
        .map(|(h, n)| (h.clone(), f64::from(*n)))
        .collect();
    let t = &r.trends;
    let trend = |name: &str, test: &nightcramp_core::trend::TrendTest| {
        let word = match test.direction {
            nightcramp_core::trend::Direction::Rising => "rising",
            nightcramp_core::trend::Direction::Falling => "falling",
            nightcramp_core::trend::Direction::NoClearChange => "no clear change",
            nightcramp_core::trend::Direction::NotEnoughData => "not enough weeks logged yet",
        };
        format!(
            "{name}: {word}{}",
            test.p_value
                .map(|p| format!(" ({})", nightcramp_core::stats::format_p(p)))
                .unwrap_or_default()
        )
    };
    render(InsightsPage {
        page: page(&state, &diary, &session, "Insights", "insights"),
        summary: format!(
            "From {} logged nights ({} with cramps; {} not logged, left out).",
            r.nights_known, r.nights_with_cramps, r.nights_unknown
        ),
        triggers_title: nightcramp_core::insights::section_title(Verdict::LikelyTrigger, kb),
        triggers: view(Verdict::LikelyTrigger),
        helpers_title: nightcramp_core::insights::section_title(Verdict::LikelyProtective, kb),
        helpers: view(Verdict::LikelyProtective),
        together: r.confounding.iter().map(|c| c.sentence.clone()).collect(),
        quiet: r
            .factors
            .iter()
            .filter(|f| f.verdict == Verdict::NoClearLink)
            .count(),
        waiting: r
            .factors
            .iter()
            .filter(|f| f.verdict == Verdict::NotEnoughData)
            .count(),
        weekly_chart: charts::bars("Nights with cramps, week by week", &weeks),
        pain_chart: charts::line(
            "Pain of each cramp (0-10)",
            &pain,
            10.0,
            (&label_of(pain_range.0), &label_of(pain_range.1)),
        ),
        hours_chart: charts::bars("When cramps start (hour of night)", &hours),
        trend_lines: vec![
            trend("Cramps per week", &t.cramps_per_week),
            trend("Pain", &t.intensity),
            trend("Duration", &t.duration_minutes),
        ],
        caution: r.caution.clone(),
        minimum: r.minimum_data.clone(),
    })
}

pub struct ReasonView {
    pub title: String,
    pub urgency: &'static str,
    pub message: String,
    pub detail: String,
    pub rule: String,
    pub sources: Vec<String>,
}

pub struct QuestionView {
    pub id: String,
    pub ask: String,
    pub answer: &'static str,
}

#[derive(Template)]
#[template(path = "checkup.html")]
struct CheckupPage {
    page: Page,
    headline: String,
    /// How many warning questions are unanswered (they are listed below), as the CLI says.
    unanswered: Option<String>,
    urgency: &'static str,
    reasons: Vec<ReasonView>,
    questions: Vec<QuestionView>,
    based_on: String,
}

/// The warning-sign answers sent from the checkup form: kept with their time for the
/// clinician report, then shown as the checkup (POST-redirect-GET).
async fn checkup_save(
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> PageResult {
    let kb = knowledge()?;
    let now = state.clock.now();
    let answered: Vec<(String, bool)> = form
        .iter()
        .filter(|(k, _)| kb.question(k).is_some())
        .filter_map(|(k, v)| match v.as_str() {
            "yes" => Some((k.clone(), true)),
            "no" => Some((k.clone(), false)),
            _ => None,
        })
        .collect();
    if !answered.is_empty() {
        state
            .diary
            .apply(
                answered
                    .iter()
                    .map(|(question, answer)| {
                        Change::PutAnswer(nightcramp_core::domain::ScreeningAnswer {
                            question: question.clone(),
                            answer: *answer,
                            answered_at: now,
                        })
                    })
                    .collect(),
            )
            .await?;
    }
    let query: Vec<String> = answered
        .iter()
        .map(|(q, a)| format!("{q}={}", if *a { "yes" } else { "no" }))
        .collect();
    Ok(Redirect::to(&format!("/checkup?{}", query.join("&"))).into_response())
}

async fn checkup_page(
    State(state): State<AppState>,
    session: Session,
    Query(query): Query<BTreeMap<String, String>>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let kb = knowledge()?;
    let as_of = last_night(state.clock.today(&diary));
    let mut answers = Answers::new();
    for (k, v) in &query {
        if kb.question(k).is_some() {
            match v.as_str() {
                "yes" => {
                    answers.insert(k.clone(), true);
                }
                "no" => {
                    answers.insert(k.clone(), false);
                }
                _ => {}
            }
        }
    }
    let c = run_checkup(kb, &diary, &answers, as_of).map_err(|e| {
        eprintln!("nightcramp serve: {e}");
        PageError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The checkup could not run.".into(),
        )
    })?;
    render(CheckupPage {
        page: page(&state, &diary, &session, "Checkup", "checkup"),
        headline: c.headline.clone(),
        unanswered: c.unanswered(kb),
        urgency: c.urgency.as_str(),
        reasons: c
            .reasons
            .iter()
            .map(|r| ReasonView {
                title: r.title.clone(),
                urgency: r.urgency.as_str(),
                message: r.message.clone(),
                detail: r.detail.clone(),
                rule: r.rule.clone(),
                sources: r.sources.clone(),
            })
            .collect(),
        questions: applicable_questions(kb, &diary, as_of)
            .into_iter()
            .map(|q| QuestionView {
                id: q.id.clone(),
                ask: q.ask.clone(),
                answer: match answers.get(&q.id) {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                },
            })
            .collect(),
        based_on: c.based_on(kb, &night_label(c.data.as_of)),
    })
}

pub struct PlanView {
    pub title: String,
    pub advice: String,
    pub why: Vec<String>,
    pub adherence: Option<String>,
    pub evidence: String,
    pub sources: Vec<String>,
}

#[derive(Template)]
#[template(path = "plan.html")]
struct PlanPage {
    page: Page,
    items: Vec<PlanView>,
    calendar: String,
}

async fn plan_page(State(state): State<AppState>, session: Session) -> PageResult {
    let diary = state.diary.read().await?;
    let kb = knowledge()?;
    let as_of = last_night(state.clock.today(&diary));
    let insights = analyse(&diary, kb, as_of);
    let plan = build_plan(&diary, kb, &insights, as_of);
    let calendar = if state.auth.is_some() {
        format!(
            "/calendar.ics?key={}",
            state
                .diary
                .setting_or_insert("calendar_key", new_calendar_key)
                .await?
        )
    } else {
        "/calendar.ics".to_string()
    };
    render(PlanPage {
        page: page(&state, &diary, &session, "Your plan", "plan"),
        calendar,
        items: plan
            .items
            .into_iter()
            .map(|i| PlanView {
                evidence: i.evidence,
                sources: i.sources,
                title: i.title,
                advice: i.advice,
                why: i.why,
                adherence: i.adherence,
            })
            .collect(),
    })
}

// ---------------------------------------------------------------- guide and stretch

pub struct StatementView {
    pub text: String,
    pub evidence: String,
    /// Source ids, each shown as a link to its entry on `/sources`.
    pub sources: Vec<String>,
}

#[derive(Template)]
#[template(path = "sources.html")]
struct SourcesPage {
    page: Page,
    sources: Vec<nightcramp_core::knowledge::Source>,
}

/// `/sources`: every source a statement, rule or plan item cites, each with its anchor, so
/// every source code shown anywhere opens.
async fn sources_page(State(state): State<AppState>, session: Session) -> PageResult {
    let diary = state.diary.read().await?;
    let kb = knowledge()?;
    render(SourcesPage {
        page: page(&state, &diary, &session, "Sources", "guide"),
        sources: kb.sources.clone(),
    })
}

#[derive(Template)]
#[template(path = "guide.html")]
struct GuidePage {
    page: Page,
    topics: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "topic.html")]
struct TopicPage {
    page: Page,
    summary: String,
    statements: Vec<StatementView>,
    numbered: bool,
}

async fn guide_page(State(state): State<AppState>, session: Session) -> PageResult {
    let diary = state.diary.read().await?;
    let kb = knowledge()?;
    render(GuidePage {
        page: page(&state, &diary, &session, "Guide", "guide"),
        topics: kb
            .topics
            .iter()
            .map(|t| (t.id.clone(), t.title.clone(), t.summary.clone()))
            .collect(),
    })
}

fn statements(topic: &nightcramp_core::knowledge::Topic) -> Vec<StatementView> {
    topic
        .statements
        .iter()
        .map(|s| StatementView {
            text: s.text.clone(),
            evidence: s.evidence_label().to_string(),
            sources: s.sources.clone(),
        })
        .collect()
}

async fn topic_page(
    State(state): State<AppState>,
    session: Session,
    Path(topic): Path<String>,
) -> PageResult {
    let diary = state.diary.read().await?;
    let kb = knowledge()?;
    let t = kb.topic(&topic).ok_or_else(|| {
        PageError(
            StatusCode::NOT_FOUND,
            "There is no such guide topic.".into(),
        )
    })?;
    render(TopicPage {
        page: page(&state, &diary, &session, &t.title, "guide"),
        summary: t.summary.clone(),
        statements: statements(t),
        numbered: t.id == "stretch",
    })
}

#[derive(Template)]
#[template(path = "stretch.html")]
struct StretchPage {
    page: Page,
    steps: Vec<StatementView>,
}

async fn stretch_page(State(state): State<AppState>, session: Session) -> PageResult {
    let diary = state.diary.read().await?;
    let kb = knowledge()?;
    let t = kb.topic("stretch").ok_or_else(|| {
        PageError(
            StatusCode::NOT_FOUND,
            "The stretch routine is missing.".into(),
        )
    })?;
    render(StretchPage {
        page: page(&state, &diary, &session, "Bedtime stretch", "stretch"),
        steps: statements(t),
    })
}

// ---------------------------------------------------------------- import

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    page: Page,
}

/// Upload a wearable export. The upload itself needs JavaScript (a file of a gigabyte is
/// sent as it is, with its progress shown); without it the page says how to use the CLI.
async fn import_page(State(state): State<AppState>, session: Session) -> PageResult {
    let diary = state.diary.read().await?;
    render(ImportPage {
        page: page(
            &state,
            &diary,
            &session,
            "Import from a watch or phone",
            "entries",
        ),
    })
}

// ---------------------------------------------------------------- login

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    error: Option<String>,
}

fn bare_page(title: &str) -> Page {
    Page {
        title: title.into(),
        theme: "dark",
        csrf: String::new(),
        nav: "",
        message: None,
    }
}

async fn login_page(State(state): State<AppState>) -> PageResult {
    if state.auth.is_none() {
        return Ok(Redirect::to("/").into_response());
    }
    render(LoginPage {
        page: bare_page("Log in"),
        error: None,
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    password: String,
}

async fn login_submit(
    State(state): State<AppState>,
    client: Option<Extension<crate::ClientAddr>>,
    Form(form): Form<LoginForm>,
) -> PageResult {
    let Some(auth) = state.auth.clone() else {
        return Ok(Redirect::to("/").into_response());
    };
    let client = client.map_or(std::net::IpAddr::from([127, 0, 0, 1]), |c| c.0.0);
    let password = form.password;
    let result = tokio::task::spawn_blocking(move || auth.login(client, &password))
        .await
        .map_err(|e| {
            PageError(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("login failed: {e}"),
            )
        })?;
    match result {
        Ok(token) => Ok((
            StatusCode::SEE_OTHER,
            [
                (header::SET_COOKIE, format!("{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=2592000")),
                (header::LOCATION, "/".to_string()),
            ],
        )
            .into_response()),
        Err(e) => {
            let status = match e {
                crate::auth::AuthError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
                _ => StatusCode::UNAUTHORIZED,
            };
            Ok((status, Html(LoginPage { page: bare_page("Log in"), error: Some(e.to_string()) }.render()?)).into_response())
        }
    }
}

async fn logout(State(state): State<AppState>, headers: HeaderMap) -> PageResult {
    if let (Some(auth), Some(token)) = (
        state.auth.as_ref(),
        headers
            .get(header::COOKIE)
            .and_then(|c| c.to_str().ok())
            .and_then(|c| crate::auth::cookie(c, SESSION_COOKIE)),
    ) {
        auth.logout(token);
    }
    Ok((
        StatusCode::SEE_OTHER,
        [
            (
                header::SET_COOKIE,
                format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
            ),
            (header::LOCATION, "/login".to_string()),
        ],
    )
        .into_response())
}

// ---------------------------------------------------------------- assets

const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../static/app.css"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../static/app.js"),
    ),
    (
        "icon.svg",
        "image/svg+xml",
        include_str!("../static/icon.svg"),
    ),
];

pub async fn asset(Path(file): Path<String>) -> Response {
    match ASSETS.iter().find(|(name, ..)| *name == file) {
        Some((_, mime, body)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            *body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

pub async fn service_worker() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("../static/sw.js"),
    )
        .into_response()
}

pub async fn manifest() -> Response {
    (
        [(header::CONTENT_TYPE, "application/manifest+json")],
        include_str!("../static/manifest.webmanifest"),
    )
        .into_response()
}

fn report_data(
    state: &AppState,
    diary: &Diary,
) -> Result<nightcramp_core::report::ReportData, PageError> {
    let today = state.clock.today(diary);
    let (from, to) = nightcramp_core::actions::report_period(diary, None, None, today)
        .unwrap_or((last_night(today), last_night(today)));
    Ok(nightcramp_core::report::build_report(
        diary,
        knowledge()?,
        from,
        to,
        state.clock.now(),
        env!("CARGO_PKG_VERSION"),
    ))
}

pub async fn report_page(State(state): State<AppState>) -> PageResult {
    let diary = state.diary.read().await?;
    let data = report_data(&state, &diary)?;
    Ok(Html(crate::report_html(&data, true)?).into_response())
}

pub async fn report_pdf(State(state): State<AppState>) -> PageResult {
    let diary = state.diary.read().await?;
    let data = report_data(&state, &diary)?;
    let today = state.clock.today(&diary);
    let bytes = tokio::task::spawn_blocking(move || nightcramp_report::pdf(&data, today))
        .await
        .map_err(|e| {
            PageError(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("the report could not be made: {e}"),
            )
        })?
        .map_err(|e| {
            eprintln!("nightcramp serve: {e}");
            PageError(
                StatusCode::INTERNAL_SERVER_ERROR,
                "The report could not be made.".into(),
            )
        })?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"nightcramp-report-{today}.pdf\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The secret in the calendar link: 128 random bits, created once and kept in the store.
fn new_calendar_key() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

#[derive(Deserialize, Default)]
pub struct CalendarQuery {
    key: Option<String>,
    bedtime: Option<String>,
    wake: Option<String>,
    water: Option<u8>,
}

/// `/calendar.ics`: the reminders as a calendar a phone can subscribe to. With a password
/// set, the link's `key` must match (calendar apps cannot log in).
pub async fn calendar(State(state): State<AppState>, Query(q): Query<CalendarQuery>) -> PageResult {
    if state.auth.is_some() {
        let key = state
            .diary
            .setting_or_insert("calendar_key", new_calendar_key)
            .await?;
        if !q
            .key
            .as_deref()
            .is_some_and(|k| crate::auth::same_secret(k, &key))
        {
            return Err(PageError(
                StatusCode::FORBIDDEN,
                "This calendar link needs its key; copy it from the plan page.".into(),
            ));
        }
    }
    let diary = state.diary.read().await?;
    let parse = |t: &Option<String>, default: Time| match t {
        Some(text) => nightcramp_core::when::parse_clock_time(text)
            .ok_or_else(|| bad_request(format!("{text:?} is not a time; use HH:MM"))),
        None => Ok(default),
    };
    let plan = nightcramp_core::reminders::ReminderPlan {
        bedtime: parse(&q.bedtime, Time::constant(22, 30, 0, 0))?,
        wake: parse(&q.wake, Time::constant(7, 0, 0, 0))?,
        water_reminders: q.water,
        fluids_limited: nightcramp_core::plan::fluids_may_be_limited(&diary.profile),
        first_day: state.clock.today(&diary),
    };
    let ics = nightcramp_core::reminders::calendar(
        &plan,
        &state.clock.zone(&diary),
        knowledge()?,
        state.clock.now(),
    )
    .map_err(|e| bad_request(e.to_string()))?;
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        ics,
    )
        .into_response())
}

pub async fn not_found() -> PageError {
    PageError(StatusCode::NOT_FOUND, "There is no such page.".into())
}
