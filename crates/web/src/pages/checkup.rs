/*!
The checkup: the headline first, the reasons most urgent first, and the warning-sign
questions (answers kept, with their time, for the report).
*/

use super::*;

pub(super) struct ReasonView {
    pub title: String,
    pub urgency: &'static str,
    /// The urgency as the person reads it ("Urgent: today").
    pub urgency_label: String,
    /// "Rule R4 (a cramp over ten minutes) · sources:"
    pub rule_line: String,
    pub message: String,
    pub detail: String,
    pub sources: Vec<String>,
}

pub(super) struct QuestionView {
    pub id: String,
    pub ask: String,
    pub answer: &'static str,
}

#[derive(Template)]
#[template(path = "checkup.html")]
pub(super) struct CheckupPage {
    page: Page,
    headline: String,
    /// How many warning questions are unanswered (they are listed below), as the CLI says.
    unanswered: Option<String>,
    urgency: &'static str,
    reasons: Vec<ReasonView>,
    questions: Vec<QuestionView>,
    based_on: String,
    /// "Ana's last answers (read-only):" on a shared diary.
    last_answers: String,
}

/// The warning-sign answers sent from the checkup form: kept with their time for the
/// clinician report, then shown as the checkup (POST-redirect-GET).
pub(super) async fn checkup_save(
    State(state): State<AppState>,
    crate::MyDiary(me): crate::MyDiary,
    Form(form): Form<Vec<(String, String)>>,
) -> PageResult {
    let kb = knowledge()?;
    let now = state.clock.now();
    let answered: Vec<(String, bool)> = form
        .iter()
        .filter(|(k, _)| kb.question(k).is_some())
        .filter_map(|(k, v)| match v.as_str() {
            "yes" => Some((k.clone(), true)),
            "no" => Some((k.clone(), false)),
            _ => None,
        })
        .collect();
    if !answered.is_empty() {
        state
            .diary
            .apply(
                &me,
                answered
                    .iter()
                    .map(|(question, answer)| {
                        Change::PutAnswer(nightcramp_core::domain::ScreeningAnswer {
                            question: question.clone(),
                            answer: *answer,
                            answered_at: now,
                        })
                    })
                    .collect(),
            )
            .await?;
    }
    let query: Vec<String> = answered
        .iter()
        .map(|(q, a)| format!("{q}={}", if *a { "yes" } else { "no" }))
        .collect();
    Ok(Redirect::to(&format!("/checkup?{}", query.join("&"))).into_response())
}

pub(super) async fn checkup_page(
    ctx: PageContext,
    Query(query): Query<BTreeMap<String, String>>,
) -> PageResult {
    let layout = ctx.page(&text("web.checkup.title"), "checkup");
    let PageContext {
        state,
        diary,
        reading,
        ..
    } = ctx;
    let kb = knowledge()?;
    let as_of = last_night(state.clock.today(&diary));
    let mut answers = Answers::new();
    if reading.is_some() {
        // A clinician sees the checkup as the person last answered it, not answers of
        // their own in the address.
        for a in &diary.answers {
            answers.insert(a.question.clone(), a.answer);
        }
    }
    for (k, v) in query.iter().filter(|_| reading.is_none()) {
        if kb.question(k).is_some() {
            match v.as_str() {
                "yes" => {
                    answers.insert(k.clone(), true);
                }
                "no" => {
                    answers.insert(k.clone(), false);
                }
                _ => {}
            }
        }
    }
    let c = run_checkup(kb, &diary, &answers, as_of).map_err(|e| {
        eprintln!("nightcramp serve: {e}");
        PageError(StatusCode::INTERNAL_SERVER_ERROR, text("web.error.checkup"))
    })?;
    render(CheckupPage {
        page: layout,
        headline: c.headline.clone(),
        unanswered: c.unanswered(kb),
        urgency: c.urgency.as_str(),
        reasons: c
            .reasons
            .iter()
            .map(|r| ReasonView {
                title: r.title.clone(),
                urgency: r.urgency.as_str(),
                urgency_label: kb
                    .message(&format!("report.urgency.{}", r.urgency.as_str()), &[])
                    .unwrap_or_default(),
                rule_line: text_with("web.checkup.rule", &[("rule", &r.rule)]),
                message: r.message.clone(),
                detail: r.detail.clone(),
                sources: r.sources.clone(),
            })
            .collect(),
        questions: applicable_questions(kb, &diary, as_of)
            .into_iter()
            .map(|q| QuestionView {
                id: q.id.clone(),
                ask: q.ask.clone(),
                answer: match answers.get(&q.id) {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                },
            })
            .collect(),
        based_on: c.based_on(kb, &night_label(c.data.as_of)),
        last_answers: reading
            .as_ref()
            .map(|r| text_with("web.checkup.last_answers", &[("name", &r.name)]))
            .unwrap_or_default(),
    })
}
