/*!
`/calendar.ics`: the reminders as a calendar a phone subscribes to; with a password set,
the link's key must match (calendar apps cannot log in).
*/

use super::*;

/// The secret in the calendar link: 128 random bits, created once and kept in the store.
pub(super) fn new_calendar_key() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

#[derive(Deserialize, Default)]
pub struct CalendarQuery {
    key: Option<String>,
    /// Whose reminders, in a store with accounts.
    person: Option<String>,
    bedtime: Option<String>,
    wake: Option<String>,
    water: Option<u8>,
}

/// The setting that holds a diary's calendar key: one per person with accounts.
pub(super) fn key_setting(access: &nightcramp_store::DiaryAccess) -> String {
    match access.owner() {
        Some(person) => format!("calendar_key:{person}"),
        None => "calendar_key".to_string(),
    }
}

/// `/calendar.ics`: the reminders as a calendar a phone can subscribe to. With a password
/// set, the link's `key` must match (calendar apps cannot log in); with accounts the link
/// names the person too, and the key alone opens their reminders (nothing else).
pub async fn calendar(
    State(state): State<AppState>,
    viewer: Option<Extension<crate::state::Viewer>>,
    Query(q): Query<CalendarQuery>,
) -> PageResult {
    let wrong_key = || PageError(StatusCode::NOT_FOUND, text("web.calendar.invalid"));
    let me = match (&state.mode, viewer.and_then(|v| v.0.access)) {
        (crate::state::ServeMode::OnePerson(access), _) => access.clone(),
        (crate::state::ServeMode::Accounts { .. }, _) => {
            let (Some(person), Some(given)) = (q.person.clone(), q.key.clone()) else {
                return Err(wrong_key());
            };
            let found = state
                .diary
                .run(move |s| {
                    let key = s.setting(&format!("calendar_key:{person}"))?;
                    match key {
                        Some(key) if crate::auth::same_secret(&given, &key) => {
                            s.operator_access(Some(&person)).map(Some)
                        }
                        _ => Ok(None),
                    }
                })
                .await;
            match found {
                Ok(Some(access)) => access,
                _ => return Err(wrong_key()),
            }
        }
    };
    if state.auth.is_some() {
        let key = state
            .diary
            .setting_or_insert(key_setting(&me), new_calendar_key)
            .await?;
        if !q
            .key
            .as_deref()
            .is_some_and(|k| crate::auth::same_secret(k, &key))
        {
            // Not there, as for any wrong key: the feed is opened by its key alone.
            return Err(wrong_key());
        }
    }
    let diary = state.diary.read(&me).await?;
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
        experiment_nights: nightcramp_core::experiment::calendar_nights(
            knowledge()?,
            &diary,
            state.clock.today(&diary),
        ),
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
