/*!
`/people`: a clinician's list of the people who shared their diary with them (the data from
`crate::people`, the words from the knowledge base).
*/

use super::*;

struct PersonRow {
    name: String,
    link: String,
    urgency: String,
    rate: String,
    trend: String,
}

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    page: Page,
    rows: Vec<PersonRow>,
}

pub(super) async fn people_page(
    State(state): State<AppState>,
    session: Session,
    viewer: Option<Extension<crate::state::Viewer>>,
    client: Option<Extension<crate::ClientAddr>>,
) -> Result<Response, Response> {
    let list = crate::people::people(
        &state,
        viewer.as_ref().map(|v| &v.0),
        client.as_ref().map(|c| &c.0),
    )
    .await
    .map_err(IntoResponse::into_response)?;
    let kb = knowledge().map_err(IntoResponse::into_response)?;
    let say = |key: &str| kb.message(key, &[]).unwrap_or_default();
    let rows = list
        .into_iter()
        .map(|(name, s)| PersonRow {
            link: serde_urlencoded::to_string([("", name.as_str())])
                .map(|p| p.trim_start_matches('=').to_string())
                .unwrap_or_default(),
            name,
            urgency: if s.emergency {
                say("people.urgency.emergency")
            } else if !s.enough_data && s.urgency == nightcramp_core::knowledge::Urgency::None {
                say("people.urgency.cannot_judge")
            } else {
                say(&format!("people.urgency.{}", s.urgency.as_str()))
            },
            rate: match s.cramps_per_week {
                Some(rate) => kb
                    .message(
                        "people.rate",
                        &[
                            ("rate", &kb.language.number_up_to(rate, 1)),
                            ("known", &s.known_nights.to_string()),
                            (
                                "nights",
                                &(nightcramp_core::actions::SUMMARY_WEEKS * 7).to_string(),
                            ),
                        ],
                    )
                    .unwrap_or_default(),
                None => say("people.rate.unknown"),
            },
            trend: say(match s.rising {
                Some(true) => "people.trend.rising",
                Some(false) => "people.trend.not_rising",
                None => "people.trend.unknown",
            }),
        })
        .collect();
    let page = Page::bare(text("web.people.title"), session.csrf);
    render(PeoplePage { page, rows }).map_err(IntoResponse::into_response)
}
