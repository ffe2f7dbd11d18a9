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
    quiet: usize,
    waiting: usize,
    weekly_chart: String,
    pain_chart: String,
    hours_chart: String,
    trend_lines: Vec<String>,
    caution: String,
    minimum: String,
}

pub(super) async fn insights_page(ctx: PageContext) -> PageResult {
    let layout = ctx.page("Insights", "insights");
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
                numbers: format!(
                    "{} (lag {} day): risk ratio {} [{} to {}], {}, {} (adjusted for the number of tests)",
                    f.factor,
                    f.lag_days,
                    f.risk_ratio.map_or("-".into(), |v| format!("{v:.2}")),
                    f.ci_low.map_or("-".into(), |v| format!("{v:.2}")),
                    f.ci_high.map_or("-".into(), |v| format!("{v:.2}")),
                    f.p_value.map_or("p: -".into(), |p| kb.language.p_value('p', p)),
                    f.q_value.map_or("q: -".into(), |q| kb.language.p_value('q', q)),
                ),
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
                w.first_night.strftime("%-d %b").to_string(),
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
            .map(|f| add_days(f, offset as i64).strftime("%-d %b").to_string())
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
        format!("{name}: {}", test.describe(kb, rate))
    };
    render(InsightsPage {
        page: layout,
        summary: r.summary(kb, &night_label(r.as_of)),
        triggers_title: nightcramp_core::insights::section_title(Verdict::LikelyTrigger, kb),
        triggers: view(Verdict::LikelyTrigger),
        helpers_title: nightcramp_core::insights::section_title(Verdict::LikelyProtective, kb),
        helpers: view(Verdict::LikelyProtective),
        together: r.confounding.iter().map(|c| c.sentence.clone()).collect(),
        quiet: r
            .factors
            .iter()
            .filter(|f| f.verdict == Verdict::NoClearLink)
            .count(),
        waiting: r
            .factors
            .iter()
            .filter(|f| f.verdict == Verdict::NotEnoughData)
            .count(),
        weekly_chart: charts::bars(kb.language, "Nights with cramps, week by week", &weeks),
        pain_chart: charts::line(
            kb.language,
            "Pain of each cramp (0-10)",
            &pain,
            10.0,
            (&label_of(pain_range.0), &label_of(pain_range.1)),
        ),
        hours_chart: charts::bars(kb.language, "When cramps start (hour of night)", &hours),
        trend_lines: vec![
            trend("Cramps per week", &t.cramps_per_week, true),
            trend("Pain", &t.intensity, false),
            trend("Duration", &t.duration_minutes, false),
        ],
        caution: r.caution.clone(),
        minimum: r.minimum_data.clone(),
    })
}
