/*!
Entries: nights with their cramps and check-ins, editing a cramp, deleting a record.
*/

use super::*;

pub(super) struct EntryRow {
    pub id: String,
    pub time: String,
    pub text: String,
}

pub(super) struct NightRow {
    pub night: String,
    pub status: String,
    pub entries: Vec<EntryRow>,
    pub checkin: Option<String>,
}

#[derive(Template)]
#[template(path = "entries.html")]
pub(super) struct EntriesPage {
    page: Page,
    nights: Vec<NightRow>,
}

pub(super) async fn entries_page(ctx: PageContext, Query(flash): Query<Flash>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let last = last_night(state.clock.today(&diary));
    let index = NightIndex::new(&diary);
    let kb = knowledge()?;
    let mut nights = Vec::new();
    let all: Vec<Date> = dates(add_days(last, -29), last).collect();
    for night in all.into_iter().rev() {
        let entries = diary
            .episodes_of(night)
            .map(|e| EntryRow {
                id: e.id.to_string(),
                time: kb.language.time(e.local_start().time()),
                text: describe::episode_summary(kb, e),
            })
            .collect();
        nights.push(NightRow {
            night: night_label(night),
            status: describe::night_status(kb, index.status(night), index.episodes(night)),
            entries,
            checkin: diary.checkin(night).map(|c| c.id.to_string()),
        });
    }
    let mut p = page(
        &state,
        &diary,
        &session,
        &text("web.entries.title"),
        "entries",
    );
    p.message = flash_message(&flash);
    render(EntriesPage { page: p, nights })
}

#[derive(Template)]
#[template(path = "edit.html")]
pub(super) struct EditPage {
    page: Page,
    id: String,
    started_at: String,
    lasted: String,
    side: String,
    muscle: String,
    pain: u8,
    woke: bool,
    notes: String,
    sides: Vec<(&'static str, String)>,
    muscles: Vec<(&'static str, String)>,
    error: Option<String>,
}

pub(super) fn find_episode<'a>(
    diary: &'a Diary,
    id: &str,
) -> Result<&'a nightcramp_core::domain::Episode, PageError> {
    diary
        .episodes
        .iter()
        .find(|e| e.id.to_string() == id)
        .ok_or_else(|| PageError(StatusCode::NOT_FOUND, text("web.entries.no_cramp")))
}

pub(super) async fn edit_page(ctx: PageContext, Path(id): Path<String>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let e = find_episode(&diary, &id)?;
    let kb = knowledge()?;
    render(EditPage {
        page: page(&state, &diary, &session, &text("web.edit.title"), "entries"),
        id: e.id.to_string(),
        started_at: e.started_at_rfc3339(),
        lasted: e.duration_s.to_string(),
        side: e.side.to_string(),
        muscle: e.muscle.to_string(),
        pain: e.intensity,
        woke: e.woke == Some(true),
        notes: e.notes.clone().unwrap_or_default(),
        sides: side_choices(kb),
        muscles: muscle_choices(kb),
        error: None,
    })
}

#[derive(Deserialize)]
pub(super) struct EditForm {
    started_at: String,
    lasted: String,
    side: String,
    muscle: String,
    pain: String,
    woke: Option<String>,
    notes: Option<String>,
}

pub(super) async fn edit_save(
    ctx: PageContext,
    Path(id): Path<String>,
    Form(form): Form<EditForm>,
) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        access: me,
        ..
    } = ctx;
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
                .apply(&me, vec![Change::PutEpisode(episode, Mode::Replace)])
                .await?;
            Ok(Redirect::to("/entries?saved=1").into_response())
        }
        Err(e) => {
            let kb = knowledge()?;
            let view = EditPage {
                page: page(&state, &diary, &session, &text("web.edit.title"), "entries"),
                id,
                started_at: form.started_at,
                lasted: form.lasted,
                side: form.side,
                muscle: form.muscle,
                pain: form.pain.parse().unwrap_or(5),
                woke: form.woke.is_some(),
                notes: form.notes.unwrap_or_default(),
                sides: side_choices(kb),
                muscles: muscle_choices(kb),
                error: Some(crate::language::said(&e.message_for_people(kb))),
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(view.render()?)).into_response())
        }
    }
}

#[derive(Template)]
#[template(path = "delete.html")]
pub(super) struct DeletePage {
    page: Page,
    id: String,
    /// "Delete the cramp at 03:10 on the night of ...? This cannot be undone."
    question: String,
}

pub(super) fn describe_record(diary: &Diary, id: &str) -> Option<(String, Change)> {
    if let Some(e) = diary.episodes.iter().find(|e| e.id.to_string() == id) {
        return Some((
            text_with(
                "web.delete.cramp",
                &[
                    (
                        "time",
                        &crate::language::current().time(e.local_start().time()),
                    ),
                    ("night", &night_label(e.night())),
                ],
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
                text_with("web.delete.checkin", &[("night", &night_label(c.night))]),
                Change::DeleteCheckIn(c.night),
            )
        })
}

pub(super) async fn delete_page(ctx: PageContext, Path(id): Path<String>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let (question, _) = describe_record(&diary, &id)
        .ok_or_else(|| PageError(StatusCode::NOT_FOUND, text("web.entries.no_entry")))?;
    render(DeletePage {
        page: page(
            &state,
            &diary,
            &session,
            &text("web.delete.title"),
            "entries",
        ),
        id,
        question,
    })
}

pub(super) async fn delete_confirm(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Path(id): Path<String>,
) -> PageResult {
    let diary = state.diary.read(&me).await?;
    let (_, change) = describe_record(&diary, &id)
        .ok_or_else(|| PageError(StatusCode::NOT_FOUND, text("web.entries.no_entry")))?;
    state.diary.apply(&me, vec![change]).await?;
    Ok(Redirect::to("/entries?deleted=1").into_response())
}
