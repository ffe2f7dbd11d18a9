/*!
Insights: the findings, section by section, with their numbers and charts.
*/

use super::*;

pub(super) struct FindingView {
    pub sentence: String,
    pub numbers: String,
}

#[derive(Template)]
#[template(path = "insights.html")]
pub(super) struct InsightsPage {
    page: Page,
    summary: String,
    triggers_title: String,
    triggers: Vec<FindingView>,
    helpers_title: String,
    helpers: Vec<FindingView>,
    together: Vec<String>,
    /// "12 factor tests show no clear link; 3 need more data."
    counts: String,
    weekly_chart: String,
    pain_chart: String,
    hours_chart: String,
    trend_lines: Vec<String>,
    caution: String,
    minimum: String,
}

pub(super) async fn insights_page(ctx: PageContext) -> PageResult {
    let layout = ctx.page(&text("web.insights.title"), "insights");
    let PageContext { state, diary, .. } = ctx;
    let kb = knowledge()?;
    let as_of = last_night(state.clock.today(&diary));
    let r = analyse(&diary, kb, as_of);
    let view = |verdict: Verdict| -> Vec<FindingView> {
        r.factors
            .iter()
            .filter(|f| f.verdict == verdict)
            .map(|f| FindingView {
                sentence: f.sentence.clone(),
                numbers: {
                    let number = |v: Option<f64>| v.map_or("-".into(), |v| kb.number(v, 2));
                    text_with(
                        "web.insights.numbers_line",
                        &[
                            ("factor", &f.label),
                            ("lag", &f.lag_days.to_string()),
                            ("ratio", &number(f.risk_ratio)),
                            ("low", &number(f.ci_low)),
                            ("high", &number(f.ci_high)),
                            (
                                "p",
                                &f.p_value
                                    .map_or("p: -".into(), |p| kb.language.p_value('p', p)),
                            ),
                            (
                                "q",
                                &f.q_value
                                    .map_or("q: -".into(), |q| kb.language.p_value('q', q)),
                            ),
                        ],
                    )
                },
            })
            .collect()
    };
    let weeks: Vec<(String, f64)> = r
        .trends
        .weeks
        .iter()
        .rev()
        .take(12)
        .rev()
        .map(|w| {
            (
                kb.language
                    .date(w.first_night, nightcramp_core::language::DateForm::DayMonth),
                f64::from(w.cramp_nights),
            )
        })
        .collect();
    let first = r.trends.weeks.first().map(|w| w.first_night);
    let pain: Vec<(f64, f64)> = diary
        .episodes
        .iter()
        .filter(|e| e.night() <= as_of)
        .rev()
        .take(60)
        .map(|e| {
            (
                nightcramp_core::nights::days_between(first.unwrap_or(as_of), e.night()) as f64,
                f64::from(e.intensity),
            )
        })
        .collect();
    let pain_range = (
        pain.iter().map(|p| p.0).fold(f64::MAX, f64::min),
        pain.iter().map(|p| p.0).fold(f64::MIN, f64::max),
    );
    let label_of = |offset: f64| {
        first
            .map(|f| {
                kb.language.date(
                    add_days(f, offset as i64),
                    nightcramp_core::language::DateForm::DayMonth,
                )
            })
            .unwrap_or_default()
    };
    let hours: Vec<(String, f64)> = r
        .trends
        .time_of_night
        .iter()
        .map(|(h, n)| (h.clone(), f64::from(*n)))
        .collect();
    let t = &r.trends;
    let trend = |name: &str, test: &nightcramp_core::trend::TrendTest, rate: bool| {
        text_with(
            "web.insights.trend_line",
            &[("name", name), ("trend", &test.describe(kb, rate))],
        )
    };
    render(InsightsPage {
        page: layout,
        summary: r.summary(kb, &night_label(r.as_of)),
        triggers_title: nightcramp_core::insights::section_title(Verdict::LikelyTrigger, kb),
        triggers: view(Verdict::LikelyTrigger),
        helpers_title: nightcramp_core::insights::section_title(Verdict::LikelyProtective, kb),
        helpers: view(Verdict::LikelyProtective),
        together: r.confounding.iter().map(|c| c.sentence.clone()).collect(),
        counts: text_with(
            "web.insights.counts",
            &[
                (
                    "quiet",
                    &r.factors
                        .iter()
                        .filter(|f| f.verdict == Verdict::NoClearLink)
                        .count()
                        .to_string(),
                ),
                (
                    "waiting",
                    &r.factors
                        .iter()
                        .filter(|f| f.verdict == Verdict::NotEnoughData)
                        .count()
                        .to_string(),
                ),
            ],
        ),
        weekly_chart: charts::bars(kb.language, &text("web.insights.chart_weeks"), &weeks),
        pain_chart: charts::line(
            kb.language,
            &text("web.insights.chart_pain"),
            &pain,
            10.0,
            (&label_of(pain_range.0), &label_of(pain_range.1)),
        ),
        hours_chart: charts::bars(kb.language, &text("web.insights.chart_hours"), &hours),
        trend_lines: vec![
            trend(&text("web.insights.trend_cramps"), &t.cramps_per_week, true),
            trend(&text("web.insights.trend_pain"), &t.intensity, false),
            trend(
                &text("web.insights.trend_duration"),
                &t.duration_minutes,
                false,
            ),
        ],
        caution: r.caution.clone(),
        minimum: r.minimum_data.clone(),
    })
}
