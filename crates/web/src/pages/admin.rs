/*!
`/admin`: an admin lists, adds and removes accounts. The actions and their rules are
`crate::admin`'s (the same as `/api/accounts`); this page only asks and shows.
*/

use super::*;
use crate::admin::AdminError;

struct AccountRow {
    name: String,
    role_label: String,
    created: String,
    removable: bool,
    /// "Remove Ana"
    remove: String,
}

#[derive(Template)]
#[template(path = "admin.html")]
struct AdminPage {
    page: Page,
    error: Option<String>,
    accounts: Vec<AccountRow>,
    /// Every role as (code, label).
    roles: Vec<(&'static str, String)>,
}

async fn admin_view(
    state: &AppState,
    session: Session,
    viewer: Option<&crate::state::Viewer>,
    error: Option<String>,
    status: StatusCode,
) -> Result<Response, Response> {
    let accounts = crate::admin::accounts(state, viewer)
        .await
        .map_err(admin_refusal)?;
    let me = viewer.and_then(|v| v.account.clone()).unwrap_or_default();
    let rows = accounts
        .into_iter()
        .map(|a| AccountRow {
            removable: a.name != me,
            role_label: text(&format!("web.role.{}", a.role.as_str())),
            created: crate::language::current().date(
                state.clock.system_zone.to_datetime(a.created_at).date(),
                nightcramp_core::language::DateForm::DayMonthYear,
            ),
            remove: text_with("web.admin.remove_name", &[("name", &a.name)]),
            name: a.name,
        })
        .collect();
    let page = Page::bare(text("web.admin.title"), session.csrf);
    let html = AdminPage {
        page,
        error,
        accounts: rows,
        roles: nightcramp_store::Role::ALL
            .iter()
            .map(|r| (r.as_str(), text(&format!("web.role.{}", r.as_str()))))
            .collect(),
    }
    .render()
    .map_err(|e| PageError::from(e).into_response())?;
    Ok((status, Html(html)).into_response())
}

/// Not an admin: the same 404 as any page that is not there; a failure: the calm error.
fn admin_refusal(e: AdminError) -> Response {
    match e {
        AdminError::NotFound => {
            (StatusCode::NOT_FOUND, text("web.error.not_found")).into_response()
        }
        other => {
            eprintln!("nightcramp serve: accounts: {other:?}");
            (StatusCode::INTERNAL_SERVER_ERROR, text("web.admin.failed")).into_response()
        }
    }
}

pub(super) async fn admin_page(
    State(state): State<AppState>,
    session: Session,
    viewer: Option<Extension<crate::state::Viewer>>,
) -> Result<Response, Response> {
    admin_view(
        &state,
        session,
        viewer.as_ref().map(|v| &v.0),
        None,
        StatusCode::OK,
    )
    .await
}

#[derive(Deserialize)]
pub(super) struct AccountForm {
    name: String,
    role: String,
    password: String,
}

/// After an action: back to the list, or the list again saying why the action was refused.
async fn after<T>(
    done: Result<T, AdminError>,
    state: &AppState,
    session: Session,
    viewer: Option<&crate::state::Viewer>,
) -> Result<Response, Response> {
    let (message, status) = match done {
        Ok(_) => return Ok(Redirect::to("/admin").into_response()),
        Err(AdminError::Invalid(message)) => (message, StatusCode::UNPROCESSABLE_ENTITY),
        Err(AdminError::Refused(message) | AdminError::NoAccount(message)) => {
            (message, StatusCode::CONFLICT)
        }
        Err(other) => return Err(admin_refusal(other)),
    };
    admin_view(state, session, viewer, Some(message), status).await
}

pub(super) async fn admin_add(
    State(state): State<AppState>,
    session: Session,
    viewer: Option<Extension<crate::state::Viewer>>,
    Form(form): Form<AccountForm>,
) -> Result<Response, Response> {
    let viewer = viewer.map(|v| v.0);
    let added = crate::admin::add(
        &state,
        viewer.as_ref(),
        form.name.trim().to_string(),
        &form.role,
        form.password,
    )
    .await;
    after(added, &state, session, viewer.as_ref()).await
}

pub(super) async fn admin_remove(
    State(state): State<AppState>,
    session: Session,
    viewer: Option<Extension<crate::state::Viewer>>,
    Path(name): Path<String>,
) -> Result<Response, Response> {
    let viewer = viewer.map(|v| v.0);
    let removed = crate::admin::remove(&state, viewer.as_ref(), name).await;
    after(removed, &state, session, viewer.as_ref()).await
}
