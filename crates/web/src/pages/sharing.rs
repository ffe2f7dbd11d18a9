/*!
`/shares` and `/audit`: a person shares their diary with a clinician or researcher, ends a
share, and reads who looked. The rules are the store's (`Store::add_share`,
`Store::revoke_share`, `Store::audit_log`); these pages only ask and show.
*/

use super::*;

struct ShareRow {
    id: String,
    with: String,
    status: String,
    active: bool,
}

#[derive(Template)]
#[template(path = "shares.html")]
struct SharesPage {
    page: Page,
    error: Option<String>,
    can_share: bool,
    today: String,
    shares: Vec<ShareRow>,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    page: Page,
    entries: Vec<(String, String, String, String)>,
}

async fn shares_view(ctx: PageContext, error: Option<String>, status: StatusCode) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        access,
        ..
    } = ctx;
    let today = state.clock.today(&diary);
    let directory = state.diary.directory().await?;
    let shares = directory
        .shares_of(&access)
        .map(|s| {
            let state_now = s.status(today);
            let status = match (state_now, s.until) {
                (nightcramp_store::ShareStatus::Active, Some(last)) => {
                    text_with("web.shares.until_day", &[("day", &long_date(last))])
                }
                (nightcramp_store::ShareStatus::Active, None) => text("web.shares.until_ended"),
                (nightcramp_store::ShareStatus::Expired, _) => text("web.shares.expired"),
                (nightcramp_store::ShareStatus::Revoked, _) => text("web.shares.revoked"),
            };
            ShareRow {
                id: s.id.to_string(),
                with: s.with.clone().unwrap_or_else(|| text("web.shares.a_link")),
                status,
                active: state_now == nightcramp_store::ShareStatus::Active,
            }
        })
        .collect();
    let page = SharesPage {
        page: page(&state, &diary, &session, &text("web.shares.title"), "home"),
        error,
        can_share: access.owner().is_some(),
        today: today.to_string(),
        shares,
    };
    Ok((status, Html(page.render()?)).into_response())
}

fn long_date(date: Date) -> String {
    crate::language::current().date(date, nightcramp_core::language::DateForm::LongWithYear)
}

pub(super) async fn shares_page(ctx: PageContext) -> PageResult {
    shares_view(ctx, None, StatusCode::OK).await
}

#[derive(Deserialize)]
pub(super) struct ShareForm {
    with: String,
    #[serde(default)]
    until: String,
}

pub(super) async fn share_add(
    ctx: PageContext,
    client: Option<Extension<crate::ClientAddr>>,
    Form(form): Form<ShareForm>,
) -> PageResult {
    let now = ctx.state.clock.now();
    let today = ctx.state.clock.today(&ctx.diary);
    let until = match form.until.trim() {
        "" => None,
        text => match nightcramp_core::when::parse_last_day(text, today) {
            Ok(date) => Some(date),
            Err(e) => {
                let message = text_with(
                    "web.shares.bad_until",
                    &[
                        ("value", &e.value),
                        (
                            "allowed",
                            &e.allowed.in_language(crate::language::current()),
                        ),
                    ],
                );
                return shares_view(ctx, Some(message), StatusCode::UNPROCESSABLE_ENTITY).await;
            }
        },
    };
    let origin = crate::ClientAddr::origin(client.as_ref().map(|c| &c.0));
    let access = ctx.access.clone();
    let with = form.with.trim().to_string();
    let result = ctx
        .state
        .diary
        .run(move |s| {
            s.add_share(
                &access,
                nightcramp_store::NewShare {
                    with: Some(with),
                    token: None,
                    until,
                    at: now,
                    origin,
                },
            )
        })
        .await;
    match result {
        Ok(_) => Ok(Redirect::to("/shares").into_response()),
        Err(DiaryError::Store(nightcramp_store::StoreError::Refused(message))) => {
            shares_view(
                ctx,
                Some(crate::language::said(&message)),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

pub(super) async fn share_revoke(
    ctx: PageContext,
    client: Option<Extension<crate::ClientAddr>>,
    Path(id): Path<String>,
) -> PageResult {
    let now = ctx.state.clock.now();
    let origin = crate::ClientAddr::origin(client.as_ref().map(|c| &c.0));
    let access = ctx.access.clone();
    let result = ctx
        .state
        .diary
        .run(move |s| s.revoke_share(&access, &id, now, &origin))
        .await;
    match result {
        Ok(_) => Ok(Redirect::to("/shares").into_response()),
        Err(DiaryError::Store(nightcramp_store::StoreError::Refused(message))) => {
            shares_view(
                ctx,
                Some(crate::language::said(&message)),
                StatusCode::NOT_FOUND,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

pub(super) async fn audit_page(ctx: PageContext) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        access,
        ..
    } = ctx;
    let zone = state.clock.zone(&diary);
    let log = state.diary.run(move |s| s.audit_log(&access)).await?;
    let entries = log
        .into_iter()
        .map(|e| {
            let what = match e.action.as_str() {
                known @ ("read" | "export" | "share_added" | "share_revoked" | "login"
                | "login_failed") => {
                    text_with(&format!("web.audit.{known}"), &[("detail", &e.detail)])
                }
                other => other.to_string(),
            };
            let at = zone.to_datetime(e.at);
            let language = crate::language::current();
            (
                format!(
                    "{} {}",
                    language.date(at.date(), nightcramp_core::language::DateForm::DayMonthYear),
                    language.time(at.time())
                ),
                e.actor,
                what,
                e.origin,
            )
        })
        .collect();
    render(AuditPage {
        page: page(&state, &diary, &session, &text("web.link.audit"), "home"),
        entries,
    })
}
