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
    /// The profile's language code, or "auto" (follow the browser).
    chosen_language: &'static str,
    /// Every language, as (code, its own name).
    languages: Vec<(&'static str, &'static str)>,
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
    let kb = knowledge()?;
    let status = describe::night_status(kb, index.status(last), index.episodes(last));
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
            week.push((
                kb.language
                    .date(night, nightcramp_core::language::DateForm::WeekdayDayMonth),
                class,
                text,
            ));
        }
    }
    let experiment = match crate::experiments::current_view(diary.clone(), today).await {
        Ok(Some((_, v, _))) if !v.tonight_sentence.is_empty() => Some(v.tonight_sentence),
        Ok(_) => None,
        Err(crate::experiments::ExperimentFailure::Experiment(e)) => {
            Some(crate::language::said(&e.message()))
        }
        Err(_) => None,
    };
    let mut p = page(&state, &diary, &session, "nightcramp", "home");
    let chosen_language = diary.profile.language.map_or("auto", |l| l.code());
    p.message = flash_message(&flash);
    render(HomePage {
        page: p,
        last_night: night_label(last),
        last_status: status,
        needs_checkin: index.status(last) == NightStatus::Unknown,
        experiment,
        weeks,
        chosen_language,
        languages: Language::ALL
            .iter()
            .map(|l| (l.code(), l.own_name()))
            .collect(),
    })
}

#[derive(Deserialize)]
pub(super) struct LanguageForm {
    /// A language code, or `auto` to follow the browser again.
    language: String,
}

/// `POST /language`: the language the person reads nightcramp in. Kept in their profile
/// when they have a diary of their own (so the CLI and every browser follow it), and in a
/// cookie, which the login page and accounts without a diary go by.
pub(super) async fn language_save(
    State(state): State<AppState>,
    viewer: Option<Extension<crate::state::Viewer>>,
    Form(form): Form<LanguageForm>,
) -> PageResult {
    let chosen =
        match form.language.trim() {
            "auto" | "" => None,
            code => Some(Language::parse(code).ok_or_else(|| {
                bad_request(text_with("web.language.unknown", &[("value", code)]))
            })?),
        };
    if let Some(access) = viewer.and_then(|v| v.0.access) {
        let diary = state.diary.read(&access).await?;
        if diary.profile.language != chosen {
            let mut profile = diary.profile.clone();
            profile.language = chosen;
            state
                .diary
                .apply(&access, vec![Change::SetProfile(profile, Mode::Replace)])
                .await?;
        }
    }
    let cookie = match chosen {
        Some(l) => format!(
            "{}={}; SameSite=Lax; Path=/; Max-Age=31536000",
            crate::language::LANGUAGE_COOKIE,
            l.code()
        ),
        None => format!(
            "{}=; SameSite=Lax; Path=/; Max-Age=0",
            crate::language::LANGUAGE_COOKIE
        ),
    };
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::SET_COOKIE, cookie),
            (header::LOCATION, "/".to_string()),
        ],
    )
        .into_response())
}
