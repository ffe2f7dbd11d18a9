/*!
The guide: its topics, the bedtime stretch with its timer, and the sources page every
source code links to.
*/

use super::*;

pub(super) struct StatementView {
    pub text: String,
    pub evidence: String,
    /// Source ids, each shown as a link to its entry on `/sources`.
    pub sources: Vec<String>,
}

#[derive(Template)]
#[template(path = "sources.html")]
pub(super) struct SourcesPage {
    page: Page,
    sources: Vec<nightcramp_core::knowledge::Source>,
}

/// `/sources`: every source a statement, rule or plan item cites, each with its anchor, so
/// every source code shown anywhere opens.
pub(super) async fn sources_page(ctx: PageContext) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let kb = knowledge()?;
    render(SourcesPage {
        page: page(
            &state,
            &diary,
            &session,
            &text("web.sources.title"),
            "guide",
        ),
        sources: kb.sources.clone(),
    })
}

#[derive(Template)]
#[template(path = "guide.html")]
pub(super) struct GuidePage {
    page: Page,
    topics: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "topic.html")]
pub(super) struct TopicPage {
    page: Page,
    summary: String,
    statements: Vec<StatementView>,
    numbered: bool,
}

pub(super) async fn guide_page(ctx: PageContext) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let kb = knowledge()?;
    render(GuidePage {
        page: page(&state, &diary, &session, &text("web.guide.title"), "guide"),
        topics: kb
            .topics
            .iter()
            .map(|t| (t.id.clone(), t.title.clone(), t.summary.clone()))
            .collect(),
    })
}

pub(super) fn statements(topic: &nightcramp_core::knowledge::Topic) -> Vec<StatementView> {
    topic
        .statements
        .iter()
        .map(|s| StatementView {
            text: s.text.clone(),
            evidence: s.evidence_label().to_string(),
            sources: s.sources.clone(),
        })
        .collect()
}

pub(super) async fn topic_page(ctx: PageContext, Path(topic): Path<String>) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let kb = knowledge()?;
    let t = kb
        .topic(&topic)
        .ok_or_else(|| PageError(StatusCode::NOT_FOUND, text("web.error.no_topic")))?;
    render(TopicPage {
        page: page(&state, &diary, &session, &t.title, "guide"),
        summary: t.summary.clone(),
        statements: statements(t),
        numbered: t.id == "stretch",
    })
}

#[derive(Template)]
#[template(path = "stretch.html")]
pub(super) struct StretchPage {
    page: Page,
    steps: Vec<StatementView>,
}

pub(super) async fn stretch_page(ctx: PageContext) -> PageResult {
    let PageContext {
        state,
        diary,
        session,
        ..
    } = ctx;
    let kb = knowledge()?;
    let t = kb
        .topic("stretch")
        .ok_or_else(|| PageError(StatusCode::NOT_FOUND, text("web.error.no_topic")))?;
    render(StretchPage {
        page: page(
            &state,
            &diary,
            &session,
            &text("web.link.stretch"),
            "stretch",
        ),
        steps: statements(t),
    })
}
