/*!
The 3 AM cramp flow: start, the timer with what to do (and the ten-minute warning), then
side, muscle and pain; and a cramp backdated to a chosen night.
*/

use super::*;

#[derive(Template)]
#[template(path = "cramp.html")]
pub(super) struct CrampPage {
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
    /// "Where was it?", or the backdated cramp's night.
    heading: String,
    last_night: String,
    tips: Vec<String>,
    side: String,
    muscle: String,
    pain: u8,
    sides: Vec<(&'static str, String)>,
    muscles: Vec<(&'static str, String)>,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub(super) struct CrampQuery {
    stage: Option<String>,
    started_at: Option<String>,
    backdate: Option<String>,
    night: Option<String>,
}

pub(super) fn cramp_view(
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
    let defaults = nightcramp_core::actions::CrampDefaults::for_diary(diary);
    let now = state.clock.now();
    let last_night = last_night(state.clock.today(diary));
    let night = night.unwrap_or(last_night);
    Ok(CrampPage {
        page: page(state, diary, session, &text("web.cramp.title"), "cramp"),
        stage: stage.to_string(),
        started_at,
        ended_at: format_rfc3339(now, state.clock.zone(diary).to_offset(now)),
        backdate,
        too_long,
        warn_after_s: nightcramp_core::checkup::LONG_CRAMP_SECONDS,
        night: night.to_string(),
        heading: match (backdate, night == last_night) {
            (false, _) => text("web.cramp.where"),
            (true, true) => text("web.cramp.last_night"),
            (true, false) => text_with("web.cramp.on_night", &[("night", &night_label(night))]),
        },
        last_night: last_night.to_string(),
        tips,
        side: defaults.side.to_string(),
        muscle: defaults.muscle.to_string(),
        pain: defaults.pain,
        sides: side_choices(kb),
        muscles: muscle_choices(kb),
        error: None,
    })
}

pub(super) async fn cramp_page(ctx: PageContext, Query(q): Query<CrampQuery>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
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
pub(super) struct CrampForm {
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

pub(super) async fn cramp_save(ctx: PageContext, Form(form): Form<CrampForm>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        access: me,
        ..
    } = ctx;
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
            return Err(bad_request(text("web.cramp.no_start")));
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
                .apply(&me, vec![Change::PutEpisode(episode, Mode::Import)])
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
            view.error = Some(crate::language::said(&e.message_for_people(knowledge()?)));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response())
        }
    }
}
