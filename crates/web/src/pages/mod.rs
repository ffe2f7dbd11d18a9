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
    Diary, FactorKey, FactorValue, Muscle, NightStatus, Side, format_number, format_rfc3339,
};
use nightcramp_core::factors::{Builtin, FactorKind, parse_custom_name};
use nightcramp_core::input::{CrampInput, DurationStyle, EntryContext, FieldError};
use nightcramp_core::insights::{Verdict, analyse};
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::language::{Language, Message};
use nightcramp_core::night::last_night;
use nightcramp_core::nights::{NightIndex, add_days, dates};
use nightcramp_core::plan::build_plan;
use nightcramp_core::when::{ClockAnchor, parse_record_date, resolve_cramp_time};
use nightcramp_store::{Change, Mode};
use serde::Deserialize;

use crate::Session;
use crate::auth::SESSION_COOKIE;
use crate::charts;
use crate::language::{said, text, text_with};
use crate::state::{AppState, DiaryError};
use nightcramp_core::describe;

mod admin;
mod assets;
mod calendar;
mod checkup;
mod cramp;
mod day;
mod entries;
mod experiment;
mod guide;
mod home;
mod import;
mod insights;
mod login;
mod morning;
mod people;
mod plan;
mod report;
mod sharing;

pub use assets::{asset, manifest, not_found, service_worker};
pub use calendar::calendar;
pub(crate) use login::{account_login, end_session, password_login};
pub(crate) use report::report_data;
pub use report::{report_page, report_pdf};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home::home))
        .route("/language", post(home::language_save))
        .route("/cramp", get(cramp::cramp_page).post(cramp::cramp_save))
        .route(
            "/morning",
            get(morning::morning_page).post(morning::morning_save),
        )
        .route("/day", get(day::day_page).post(day::day_save))
        .route("/entries", get(entries::entries_page))
        .route("/entries/{id}/edit", get(entries::edit_page))
        .route("/entries/{id}", post(entries::edit_save))
        .route(
            "/entries/{id}/delete",
            get(entries::delete_page).post(entries::delete_confirm),
        )
        .route("/insights", get(insights::insights_page))
        .route(
            "/checkup",
            get(checkup::checkup_page).post(checkup::checkup_save),
        )
        .route("/guide", get(guide::guide_page))
        .route("/guide/{topic}", get(guide::topic_page))
        .route("/sources", get(guide::sources_page))
        .route("/stretch", get(guide::stretch_page))
        .route("/plan", get(plan::plan_page))
        .route(
            "/import",
            get(import::import_page).post(import::import_upload).layer(
                axum::extract::DefaultBodyLimit::max(crate::upload::UPLOAD_LIMIT),
            ),
        )
        .route("/login", get(login::login_page).post(login::login_submit))
        .route("/logout", post(login::logout))
        .route("/people", get(people::people_page))
        .route("/admin", get(admin::admin_page).post(admin::admin_add))
        .route("/admin/{name}/remove", post(admin::admin_remove))
        .route(
            "/shares",
            get(sharing::shares_page).post(sharing::share_add),
        )
        .route("/shares/{id}/revoke", post(sharing::share_revoke))
        .route("/audit", get(sharing::audit_page))
        .route(
            "/experiment",
            get(experiment::experiment_page).post(experiment::experiment_start),
        )
        .route("/experiment/stop", post(experiment::experiment_stop))
        .route("/people/{person}/report", get(crate::people::report_page))
}

/// A clinician's read-only pages of a shared diary: the owner's own handlers and templates,
/// with the shared diary put in place (and the read audited) before them.
pub fn shared_routes(state: &AppState) -> Router<AppState> {
    let shared = Router::new()
        .route("/insights", get(insights::insights_page))
        .route("/checkup", get(checkup::checkup_page))
        .route("/experiment", get(experiment::experiment_page))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::people::as_shared_reader,
        ));
    Router::new().nest("/people/{person}", shared)
}

/// What a page handler starts from: the app state, the diary as loaded now, and the
/// session (for the CSRF token). One extractor instead of the same three lines in every
/// handler; a diary that cannot be read becomes the calm error page.
pub(super) struct PageContext {
    pub state: AppState,
    pub diary: std::sync::Arc<Diary>,
    pub session: Session,
    /// The viewer's own diary, which the page reads and its form writes (or, under
    /// `/people/{person}/`, a shared diary, read-only).
    pub access: nightcramp_store::DiaryAccess,
    /// Set when the diary is someone else's, shared with the viewer.
    pub reading: Option<Reading>,
}

impl PageContext {
    /// The layout for this page, marked read-only when the diary is a shared one.
    fn page(&self, title: &str, nav: &'static str) -> Page {
        let mut p = page(&self.state, &self.diary, &self.session, title, nav);
        p.reading = self.reading.clone();
        p
    }
}

impl axum::extract::FromRequestParts<AppState> for PageContext {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<PageContext, PageError> {
        let session = parts
            .extensions
            .get::<Session>()
            .cloned()
            .unwrap_or_default();
        let Some(access) = parts
            .extensions
            .get::<crate::state::Viewer>()
            .and_then(|v| v.access.clone())
        else {
            return Err(PageError(StatusCode::NOT_FOUND, text("web.error.no_diary")));
        };
        let reading = parts
            .extensions
            .get::<crate::people::SharedReading>()
            .map(|r| Reading::new(&r.0));
        Ok(PageContext {
            state: state.clone(),
            diary: state.diary.read(&access).await?,
            session,
            access,
            reading,
        })
    }
}

/// What the layout needs on every page.
pub struct Page {
    /// The language the page speaks (`<html lang>`, and every [`Page::text`]).
    pub lang: Language,
    pub title: String,
    pub theme: &'static str,
    pub csrf: String,
    pub nav: &'static str,
    pub message: Option<String>,
    /// Whose shared diary a clinician is reading here (read-only: no forms, no bottom
    /// navigation to the viewer's own pages), URL-ready; `None` on one's own pages.
    pub reading: Option<Reading>,
}

/// The words the phone script shows (timer, offline queue, stretch, upload), by the name
/// the script knows them by; their texts are `web.js.<name>`.
const SCRIPT_TEXTS: &[&str] = &[
    "queued_refused",
    "queued_sent",
    "saved_offline",
    "logged",
    "stretch_left",
    "stretch_right",
    "stretch_done_one",
    "stretch_done_both",
    "stretch_other_side",
    "stretch_again",
    "upload_progress",
    "upload_done",
    "upload_broke",
    "upload_unreadable",
    "upload_failed",
];

impl Page {
    /// A page outside the diary's own (login, errors, an account's work pages): no
    /// navigation, the dark theme, the request's language.
    pub fn bare(title: String, csrf: Option<String>) -> Page {
        Page {
            lang: crate::language::current(),
            title,
            theme: "dark",
            csrf: csrf.unwrap_or_default(),
            nav: "",
            message: None,
            reading: None,
        }
    }

    /// A web text in the page's language: `{{ page.text("web.nav.home") }}`.
    pub fn text(&self, key: &str) -> String {
        crate::language::text_in(self.lang, key, &[])
    }

    /// The phone script's words in the page's language, as JSON for the page's data block
    /// (`</` escaped so the block cannot be closed from inside). A value the script fills
    /// in stays as `{name}` for it to replace.
    pub fn script_texts(&self) -> String {
        let catalog = nightcramp_core::language::Catalog::get(self.lang).ok();
        let texts: serde_json::Map<String, serde_json::Value> = SCRIPT_TEXTS
            .iter()
            .map(|name| {
                let key = format!("web.js.{name}");
                let slots: Vec<(String, String)> = catalog
                    .and_then(|c| c.variables(&nightcramp_core::language::fluent_id(&key)))
                    .map(|vars| {
                        vars.iter()
                            .map(|v| (v.clone(), format!("{{{v}}}")))
                            .collect()
                    })
                    .unwrap_or_default();
                let args: Vec<(&str, &str)> = slots
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                let text = crate::language::text_in(self.lang, &key, &args);
                ((*name).to_string(), serde_json::Value::String(text))
            })
            .collect();
        serde_json::Value::Object(texts)
            .to_string()
            .replace("</", "<\\/")
    }
}

/// The person whose shared diary a page shows, as written and as it goes into a link.
#[derive(Clone, Debug)]
pub struct Reading {
    pub name: String,
    pub link: String,
    /// "Ana's diary, shared with you: read-only", in the viewer's language.
    pub banner: String,
}

impl Reading {
    pub fn new(name: &str) -> Reading {
        Reading {
            name: name.to_string(),
            banner: text_with("web.reading.banner", &[("name", name)]),
            link: serde_urlencoded::to_string([("", name)])
                .map(|p| p.trim_start_matches('=').to_string())
                .unwrap_or_default(),
        }
    }
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
        lang: crate::language::current(),
        title: title.to_string(),
        theme: if !(7..20).contains(&hour) {
            "dark"
        } else {
            "light"
        },
        csrf: session.csrf.clone().unwrap_or_default(),
        nav,
        message: None,
        reading: None,
    }
}

/// A page error: a calm message for the person, details only in the server's log.
pub struct PageError(StatusCode, pub(crate) String);

impl From<DiaryError> for PageError {
    fn from(e: DiaryError) -> PageError {
        eprintln!("nightcramp serve: {e}");
        PageError(StatusCode::INTERNAL_SERVER_ERROR, text("web.error.diary"))
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> PageError {
        eprintln!("nightcramp serve: template: {e}");
        PageError(StatusCode::INTERNAL_SERVER_ERROR, text("web.error.page"))
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
            page: Page::bare(crate::language::text("web.error.title"), None),
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

/// The knowledge base in the request's language.
fn knowledge() -> Result<&'static Knowledge, PageError> {
    Knowledge::get_in(crate::language::current()).map_err(|e| {
        eprintln!("nightcramp serve: {e}");
        PageError(StatusCode::INTERNAL_SERVER_ERROR, text("web.error.guide"))
    })
}

fn bad_request(text: String) -> PageError {
    PageError(StatusCode::BAD_REQUEST, text)
}

#[derive(Deserialize, Default)]
pub(super) struct Flash {
    logged: Option<String>,
    saved: Option<String>,
    deleted: Option<String>,
}

pub(super) fn flash_message(f: &Flash) -> Option<String> {
    if let Some(logged) = &f.logged {
        // The night is named so a backdated cramp's place is seen at once.
        Some(match nightcramp_core::input::parse_date(logged) {
            Ok(night) => text_with("web.flash.logged_on", &[("night", &night_label(night))]),
            Err(_) => text("web.flash.logged"),
        })
    } else if f.saved.is_some() {
        Some(text("web.flash.saved"))
    } else if f.deleted.is_some() {
        Some(text("web.flash.deleted"))
    } else {
        None
    }
}

/// A night as the pages name it: "Monday 30 November", in the request's language.
pub(super) fn night_label(date: Date) -> String {
    crate::language::current().date(date, nightcramp_core::language::DateForm::Long)
}

#[derive(Deserialize, Default)]
pub(super) struct NightQuery {
    date: Option<String>,
}

/// The side choices of the cramp forms, in order: (value, label).
fn side_choices(kb: &Knowledge) -> Vec<(&'static str, String)> {
    Side::ALL
        .iter()
        .map(|s| {
            (
                s.as_str(),
                kb.message(&format!("side.{s}"), &[]).unwrap_or_default(),
            )
        })
        .collect()
}

/// The muscle choices of the cramp forms: (value, label).
fn muscle_choices(kb: &Knowledge) -> Vec<(&'static str, String)> {
    Muscle::ALL
        .iter()
        .map(|m| {
            (
                m.as_str(),
                kb.message(&format!("muscle.{m}"), &[]).unwrap_or_default(),
            )
        })
        .collect()
}
