/*!
The prevention plan, ranked for this person, and the calendar link.
*/

use super::*;

pub(super) struct PlanView {
    pub title: String,
    pub advice: String,
    pub why: Vec<String>,
    pub adherence: Option<String>,
    pub evidence: String,
    pub sources: Vec<String>,
}

#[derive(Template)]
#[template(path = "plan.html")]
pub(super) struct PlanPage {
    page: Page,
    items: Vec<PlanView>,
    calendar: String,
}

pub(super) async fn plan_page(ctx: PageContext) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        access,
        ..
    } = ctx;
    let kb = knowledge()?;
    let as_of = last_night(state.clock.today(&diary));
    let insights = analyse(&diary, kb, as_of);
    let plan = build_plan(&diary, kb, &insights, as_of);
    let key = || {
        state
            .diary
            .setting_or_insert(calendar::key_setting(&access), calendar::new_calendar_key)
    };
    let calendar = match (&state.mode, access.owner()) {
        (crate::state::ServeMode::Accounts { .. }, Some(person)) => {
            let key = key().await?;
            format!(
                "/calendar.ics?person={}&key={key}",
                percent_encode_query(person)
            )
        }
        _ if state.auth.is_some() => format!("/calendar.ics?key={}", key().await?),
        _ => "/calendar.ics".to_string(),
    };
    render(PlanPage {
        page: page(&state, &diary, &session, &text("web.link.plan"), "plan"),
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

/// A name as a query-string value.
fn percent_encode_query(text: &str) -> String {
    serde_urlencoded::to_string([("", text)])
        .map(|pair| pair.trim_start_matches('=').to_string())
        .unwrap_or_default()
}
