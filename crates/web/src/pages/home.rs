/*!
Home: last night at a glance, the last four weeks, and the big "Cramp now" button.
*/

use super::*;

#[derive(Template)]
#[template(path = "home.html")]
pub(super) struct HomePage {
    page: Page,
    last_night: String,
    last_status: String,
    needs_checkin: bool,
    /// The experiment's line for tonight ("Tonight: stretch your calves before bed.").
    experiment: Option<String>,
    weeks: Vec<Vec<(String, &'static str, String)>>,
}

pub(super) async fn home(ctx: PageContext, Query(flash): Query<Flash>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
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
    let experiment = match crate::experiments::current_view(diary.clone(), today).await {
        Ok(Some((_, v, _))) if !v.tonight_sentence.is_empty() => Some(v.tonight_sentence),
        Ok(_) => None,
        Err(crate::experiments::ExperimentFailure::Experiment(e)) => Some(e.to_string()),
        Err(_) => None,
    };
    let mut p = page(&state, &diary, &session, "nightcramp", "home");
    p.message = flash_message(&flash);
    render(HomePage {
        page: p,
        last_night: night_label(last),
        last_status: status,
        needs_checkin: index.status(last) == NightStatus::Unknown,
        experiment,
        weeks,
    })
}
