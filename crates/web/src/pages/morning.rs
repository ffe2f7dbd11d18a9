/*!
The morning check-in: a cramp-free night confirmed, a sleep rating, or a cramp
remembered (which goes on that night).
*/

use super::*;

#[derive(Template)]
#[template(path = "morning.html")]
pub(super) struct MorningPage {
    page: Page,
    night: String,
    night_date: String,
    status: String,
    /// "2 cramps" when the night has some.
    status_line: String,
    cramps: Vec<String>,
    disturbance: Option<u8>,
    /// The experiment's question when the diary does not say whether the change was made.
    made_question: Option<String>,
}

pub(super) async fn morning_page(ctx: PageContext, Query(q): Query<NightQuery>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let today = state.clock.today(&diary);
    let night = q
        .date
        .as_deref()
        .and_then(|d| parse_record_date(d, today).ok())
        .filter(|n| *n < today)
        .unwrap_or_else(|| last_night(today));
    let index = NightIndex::new(&diary);
    let kb = knowledge()?;
    let made_question = change_question(&diary, night)?.map(|q| q.ask);
    render(MorningPage {
        made_question,
        page: page(
            &state,
            &diary,
            &session,
            &text("web.morning.title"),
            "morning",
        ),
        night: night_label(night),
        night_date: night.to_string(),
        status: index.status(night).as_str().into(),
        status_line: describe::night_status(kb, index.status(night), index.episodes(night)),
        cramps: diary
            .episodes_of(night)
            .map(|e| {
                format!(
                    "{} {}",
                    kb.language.time(e.local_start().time()),
                    describe::episode_summary(kb, e)
                )
            })
            .collect(),
        disturbance: index.disturbance(night),
    })
}

/// The experiment's question for `night`, if it has one (`experiment::adherence_question`).
fn change_question(
    diary: &Diary,
    night: Date,
) -> Result<Option<nightcramp_core::experiment::AdherenceQuestion>, PageError> {
    let kb = knowledge()?;
    Ok(match nightcramp_core::experiment::current(diary) {
        Some(Ok(e)) => nightcramp_core::experiment::adherence_question(kb, &e, diary, night),
        _ => None,
    })
}

#[derive(Deserialize)]
pub(super) struct MorningForm {
    night: String,
    answer: Option<String>,
    disturbance: Option<String>,
    /// The answer to the experiment's question: yes or no.
    made: Option<String>,
}

pub(super) async fn morning_save(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Form(form): Form<MorningForm>,
) -> PageResult {
    let diary = state.diary.read(&me).await?;
    let today = state.clock.today(&diary);
    let night = parse_record_date(&form.night, today).map_err(|e| {
        bad_request(text_with(
            "web.morning.bad_night",
            &[
                ("value", &e.value),
                (
                    "allowed",
                    &e.allowed.in_language(crate::language::current()),
                ),
            ],
        ))
    })?;
    // The experiment's answer is kept whichever button was pressed.
    let made = match (change_question(&diary, night)?, form.made.as_deref()) {
        (Some(q), Some("yes")) => Some((q.date, q.factor, q.yes)),
        (Some(q), Some("no")) => Some((q.date, q.factor, q.no)),
        _ => None,
    };
    let made_change = made.map(|(date, key, value)| Change::PutFactor {
        date,
        key,
        value,
        source: nightcramp_core::domain::Provenance::Typed,
        mode: Mode::Replace,
    });
    if form.answer.as_deref() == Some("cramps") {
        if let Some(change) = made_change {
            state.diary.apply(&me, vec![change]).await?;
        }
        // The cramp belongs to the night being checked in, which need not be last night.
        return Ok(
            Redirect::to(&format!("/cramp?stage=details&backdate=1&night={night}")).into_response(),
        );
    }
    let disturbance = match form.disturbance.as_deref().filter(|d| !d.is_empty()) {
        Some(d) => Some(
            nightcramp_core::files::csv::parse_disturbance(d).map_err(|e| {
                bad_request(text_with(
                    "web.morning.bad_disturbance",
                    &[
                        ("value", &e.value),
                        (
                            "allowed",
                            &e.allowed.in_language(crate::language::current()),
                        ),
                    ],
                ))
            })?,
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
                "{text} {}",
                crate::language::text("web.morning.delete_hint")
            )),
            nightcramp_core::actions::CheckInRefused::NotEnded { .. } => bad_request(text),
        }
    })?;
    let mut changes = vec![Change::PutCheckIn(checkin, Mode::Replace)];
    changes.extend(made_change);
    state.diary.apply(&me, changes).await?;
    Ok(Redirect::to("/?saved=1").into_response())
}
