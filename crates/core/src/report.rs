/*!
The clinician report's content: what a doctor needs to see in a minute, computed from the
diary for a period. Rendering (PDF, HTML) happens elsewhere and reads only this.

It follows rule K2 of clinical-evidence.md: cramps per week over time, duration (share
over 10 minutes), site and side, severity, sleep disturbance, the checkup's findings with
the seed's four signs, the medicines with the cramp-linked ones marked and their start
dates against the cramp timeline, likely triggers and what helped with their
uncertainty, the habits tried, and the suggested code G47.62 (rule K1) for the clinician
to confirm. Every number says what it rests on; unknown nights are counted as unknown.
*/

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use crate::charts;
use crate::checkup::{Answers, run_checkup};
use crate::domain::{Diary, DrugClass, FactorKey, FactorValue, NightStatus};
use crate::factors::Builtin;
use crate::insights::{Verdict, analyse};
use crate::knowledge::{CrampLink, Knowledge};
use crate::language::{DateForm, Language};
use crate::nights::{NightIndex, add_days, dates, days_between};
use crate::trend::weekly_summaries;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MedicineRow {
    pub name: String,
    pub class: String,
    pub since: String,
    pub until: String,
    /// "linked (sequence ratio 1.48)", "possibly linked", or "".
    pub cramp_link: String,
    pub linked: bool,
    /// Cramps per week on logged nights in the year before and the year after the start.
    pub before_after: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub title: String,
    pub detail: String,
    /// The urgency's code (`urgent`).
    pub urgency: String,
    /// The urgency as the reader reads it ("Urgent: today").
    pub urgency_label: String,
    pub rule: String,
    /// Source ids, each listed in full under `sources`.
    pub sources: Vec<String>,
}

/// A source cited in the report, in full, so every code in it can be looked up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRow {
    pub id: String,
    pub citation: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SeedSign {
    pub sign: String,
    pub present: bool,
    /// `present`, `no`, or `can't tell` when the diary or the answers cannot assess it.
    pub status: String,
    /// Why, in a few words (always given for `can't tell`).
    pub why: String,
}

impl SeedSign {
    fn with_why(mut self, why: String) -> SeedSign {
        self.why = why;
        self
    }
}

/// A warning-sign question the person answered, with the answer and its date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerRow {
    pub question: String,
    pub answer: String,
    pub date: String,
}

/// The report's headings and fixed words, in the report's language, so that the HTML page
/// and the PDF template hold layout only.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportLabels {
    pub patient: String,
    pub glance: String,
    pub signs: String,
    pub answers: String,
    pub answers_none: String,
    pub findings_none: String,
    pub rule: String,
    pub sources: String,
    pub chart_weekly: String,
    pub chart_pain: String,
    pub hours: String,
    pub sites: String,
    pub no_cramps: String,
    pub medicines: String,
    pub medicines_none: String,
    pub medicine: String,
    pub class: String,
    pub since: String,
    pub until: String,
    pub link: String,
    pub associations: String,
    pub none_stands_out: String,
    pub habits: String,
    pub none_recorded: String,
    pub experiments: String,
    pub sources_cited: String,
}

impl ReportLabels {
    fn new(knowledge: &Knowledge) -> ReportLabels {
        let say = |key: &str| knowledge.message(key, &[]).unwrap_or_default();
        let label = |name: &str| say(&format!("report.label.{name}"));
        ReportLabels {
            patient: label("patient"),
            glance: label("glance"),
            signs: label("signs"),
            answers: label("answers"),
            answers_none: label("answers_none"),
            findings_none: label("findings_none"),
            rule: label("rule"),
            sources: label("sources"),
            chart_weekly: say("report.chart.weekly"),
            chart_pain: say("report.chart.pain"),
            hours: label("hours"),
            sites: label("sites"),
            no_cramps: label("no_cramps"),
            medicines: label("medicines"),
            medicines_none: label("medicines_none"),
            medicine: label("medicine"),
            class: label("class"),
            since: label("since"),
            until: label("until"),
            link: label("link"),
            associations: label("associations"),
            none_stands_out: label("none_stands_out"),
            habits: label("habits"),
            none_recorded: label("none_recorded"),
            experiments: label("experiments"),
            sources_cited: label("sources_cited"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportData {
    /// The report's language code (`de`), for `<html lang>` and the PDF's hyphenation.
    pub language: String,
    pub labels: ReportLabels,
    pub title: String,
    pub person: Vec<Row>,
    pub period: String,
    pub completeness: String,
    pub glance: Vec<Row>,
    pub weekly_chart_svg: String,
    pub intensity_chart_svg: String,
    pub hours: Vec<Row>,
    pub sites: Vec<Row>,
    pub seed_signs: Vec<SeedSign>,
    /// The warning-sign questions answered (the latest answer to each, with its date).
    pub answers: Vec<AnswerRow>,
    pub findings: Vec<Finding>,
    pub medicines: Vec<MedicineRow>,
    pub triggers_title: String,
    pub triggers: Vec<String>,
    pub helpers_title: String,
    pub helpers: Vec<String>,
    pub habits: Vec<Row>,
    /// Personal experiments (rule K2: interventions tried, with their n-of-1 results): the
    /// change, its dates and status, and the result's sentence with its numbers.
    pub experiments: Vec<Row>,
    pub suggested_code: String,
    /// Every source the report's findings cite, in full.
    pub sources: Vec<SourceRow>,
    pub footer: String,
}

/// The cited sources in full, each once, in the knowledge base's order.
fn cited_sources(knowledge: &Knowledge, cited: &[String]) -> Vec<SourceRow> {
    knowledge
        .sources
        .iter()
        .filter(|s| cited.contains(&s.id))
        .map(|s| SourceRow {
            id: s.id.clone(),
            citation: s.citation.clone(),
            url: s.url.clone().unwrap_or_default(),
        })
        .collect()
}

fn pct(language: Language, part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".into()
    } else {
        language.percent(part as f64 * 100.0 / whole as f64)
    }
}

/// Builds the report for the nights `from` to `to`.
pub fn build_report(
    diary: &Diary,
    knowledge: &Knowledge,
    from: Date,
    to: Date,
    now: Timestamp,
    version: &str,
) -> ReportData {
    let say =
        |key: &str, values: &[(&str, &str)]| knowledge.message(key, values).unwrap_or_default();
    let language = knowledge.language;
    let date = |d: Date| language.date(d, DateForm::DayMonthYear);
    let index = NightIndex::new(diary);
    let nights: Vec<Date> = dates(from, to).collect();
    let known = nights
        .iter()
        .filter(|n| index.status(**n) != NightStatus::Unknown)
        .count();
    let cramp_nights = nights
        .iter()
        .filter(|n| index.status(**n) == NightStatus::Cramps)
        .count();
    let episodes: Vec<_> = diary
        .episodes
        .iter()
        .filter(|e| (from..=to).contains(&e.night()))
        .collect();
    let per_week = |n: usize| {
        if known == 0 {
            say("report.none", &[])
        } else {
            knowledge.number(n as f64 * 7.0 / known as f64, 1)
        }
    };

    let mut person = Vec::new();
    let year = to.year();
    if let Some(birth) = diary.profile.birth_year {
        person.push(Row {
            label: say("report.age", &[]),
            value: say(
                "report.age.value",
                &[("age", &(i32::from(year) - i32::from(birth)).to_string())],
            ),
        });
    }
    if diary.profile.pregnant == Some(true) {
        let due = diary
            .profile
            .due_date
            .map(|d| say("report.pregnancy.due", &[("date", &date(d))]))
            .unwrap_or_default();
        person.push(Row {
            label: say("report.pregnancy", &[]),
            value: say("report.pregnancy.value", &[("due", &due)]),
        });
    }
    if diary.profile.athlete == Some(true) {
        person.push(Row {
            label: say("report.activity", &[]),
            value: say("report.activity.athlete", &[]),
        });
    }
    let conditions: Vec<String> = diary
        .profile
        .conditions
        .iter()
        .map(|c| say(&format!("condition.{}", c.as_str()), &[]))
        .collect();
    person.push(Row {
        label: say("report.conditions", &[]),
        value: if conditions.is_empty() {
            say("report.conditions.none", &[])
        } else {
            conditions.join(", ")
        },
    });

    let n = episodes.len();
    let mean = |f: &dyn Fn(&crate::domain::Episode) -> f64| {
        if n == 0 {
            None
        } else {
            Some(episodes.iter().map(|e| f(e)).sum::<f64>() / n as f64)
        }
    };
    let mut durations: Vec<u32> = episodes.iter().map(|e| e.duration_s).collect();
    durations.sort_unstable();
    let woke = nights
        .iter()
        .filter(|night| diary.episodes_of(**night).any(|e| e.woke == Some(true)))
        .count();
    let ratings: Vec<u8> = nights
        .iter()
        .filter_map(|night| index.disturbance(*night))
        .collect();
    let glance = vec![
        Row {
            label: say("report.cramps", &[]),
            value: say(
                "report.cramps.value",
                &[
                    ("cramps", &n.to_string()),
                    ("nights", &cramp_nights.to_string()),
                ],
            ),
        },
        Row {
            label: say("report.per_week", &[]),
            value: per_week(n),
        },
        Row {
            label: say("report.nights_per_week", &[]),
            value: per_week(cramp_nights),
        },
        Row {
            label: say("report.pain", &[]),
            value: mean(&|e| f64::from(e.intensity)).map_or_else(
                || say("report.none", &[]),
                |m| {
                    say(
                        "report.pain.value",
                        &[
                            ("mean", &knowledge.number(m, 1)),
                            (
                                "highest",
                                &episodes
                                    .iter()
                                    .map(|e| e.intensity)
                                    .max()
                                    .unwrap_or(0)
                                    .to_string(),
                            ),
                        ],
                    )
                },
            ),
        },
        Row {
            label: say("report.duration", &[]),
            value: durations.get(n / 2).map_or_else(
                || say("report.none", &[]),
                |median| {
                    say(
                        "report.duration.value",
                        &[
                            ("minutes", &((median + 30) / 60).to_string()),
                            (
                                "percent",
                                &pct(language, durations.iter().filter(|d| **d > 600).count(), n),
                            ),
                        ],
                    )
                },
            ),
        },
        Row {
            label: say("report.woken", &[]),
            value: say(
                "report.woken.value",
                &[("woke", &woke.to_string()), ("known", &known.to_string())],
            ),
        },
        Row {
            label: say("report.disturbance", &[]),
            value: if ratings.is_empty() {
                say("report.disturbance.none", &[])
            } else {
                say(
                    "report.disturbance.value",
                    &[
                        (
                            "mean",
                            &knowledge.number(
                                ratings.iter().map(|r| f64::from(*r)).sum::<f64>()
                                    / ratings.len() as f64,
                                1,
                            ),
                        ),
                        ("rated", &ratings.len().to_string()),
                    ],
                )
            },
        },
    ];

    let weeks = weekly_summaries(&index, to, ((days_between(from, to) + 7) / 7).clamp(1, 104));
    let weekly: Vec<(String, f64)> = weeks
        .iter()
        .map(|w| {
            (
                language.date(w.first_night, DateForm::DayMonth),
                f64::from(w.cramps),
            )
        })
        .collect();
    let pain: Vec<(f64, f64)> = episodes
        .iter()
        .map(|e| (days_between(from, e.night()) as f64, f64::from(e.intensity)))
        .collect();

    let mut hours = vec![0u32; crate::trend::HOUR_BUCKETS.len()];
    let mut sites = std::collections::BTreeMap::new();
    for e in &episodes {
        let hour = e.local_start().hour();
        if let Some(i) = crate::trend::HOUR_BUCKETS
            .iter()
            .position(|(_, lo, hi)| (*lo..*hi).contains(&hour))
        {
            hours[i] += 1;
        }
        *sites
            .entry(say(&format!("site.{}.{}", e.muscle, e.side), &[]))
            .or_insert(0u32) += 1;
    }
    let mut sites: Vec<(String, u32)> = sites.into_iter().collect();
    sites.sort_by_key(|s| std::cmp::Reverse(s.1));

    let checkup = run_checkup(knowledge, diary, &Answers::new(), to).ok();
    let has = |code: &str| {
        checkup
            .as_ref()
            .is_some_and(|c| c.reasons.iter().any(|r| r.code == code))
    };
    let zone = diary.profile.zone_or(jiff::tz::TimeZone::UTC);
    let answered = |id: &str| diary.answers.iter().find(|a| a.question == id);
    let on_date = |at: Timestamp| date(zone.to_datetime(at).date());
    let sign = |sign: &str, present: bool, cannot_tell: Option<String>, why_not: &str| {
        let (status, why) = match (present, cannot_tell) {
            (true, _) => ("report.sign.present", String::new()),
            (false, Some(reason)) => ("report.sign.cannot_tell", reason),
            (false, None) => ("report.sign.no", why_not.to_string()),
        };
        SeedSign {
            sign: say(sign, &[]),
            present,
            status: say(status, &[]),
            why,
        }
    };
    let data = checkup.as_ref().map(|c| c.data.clone());
    let recent_known = data.as_ref().map_or(0, |d| d.recent_nights_known);
    let lookback_known = data.as_ref().map_or(0, |d| d.lookback_nights_known);
    let frequent = has("frequent");
    let severe = answered("severe_discomfort");
    let worsening_assessed = data.as_ref().is_some_and(|d| d.worsening.assessed);
    let lookback_from = add_days(to, -(crate::checkup::LOOKBACK_NIGHTS - 1));
    let lookback_cramps = diary
        .episodes
        .iter()
        .filter(|e| (lookback_from..=to).contains(&e.night()))
        .count();
    let seed_signs = vec![
        sign(
            "report.sign.frequent",
            frequent,
            (recent_known < crate::checkup::FREQUENT_MIN_KNOWN_NIGHTS).then(|| {
                say(
                    "report.sign.frequent.thin",
                    &[("known", &recent_known.to_string())],
                )
            }),
            "",
        ),
        match severe {
            Some(a) if a.answer => sign("report.sign.severe", true, None, "").with_why(say(
                "report.sign.severe.said",
                &[("date", &on_date(a.answered_at))],
            )),
            Some(a) => sign(
                "report.sign.severe",
                false,
                None,
                &say(
                    "report.sign.severe.no",
                    &[("date", &on_date(a.answered_at))],
                ),
            ),
            None => sign(
                "report.sign.severe",
                false,
                Some(say("report.sign.severe.unasked", &[])),
                "",
            ),
        },
        sign(
            "report.sign.worsening",
            has("worsening"),
            (!worsening_assessed).then(|| say("report.sign.worsening.thin", &[])),
            "",
        ),
        sign(
            "report.sign.long",
            has("long_lasting"),
            (lookback_cramps == 0 && lookback_known < crate::checkup::ENOUGH_DATA_MIN_KNOWN)
                .then(|| say("report.sign.long.thin", &[])),
            "",
        ),
        sign(
            "report.sign.not_improving",
            has("not_improving"),
            (frequent && !has("not_improving"))
                .then(|| say("report.sign.not_improving.unrecorded", &[])),
            &if frequent {
                String::new()
            } else {
                say("report.sign.not_improving.not_frequent", &[])
            },
        ),
    ];
    let answers: Vec<AnswerRow> = knowledge
        .questions
        .iter()
        .filter_map(|q| {
            answered(&q.id).map(|a| AnswerRow {
                question: q.ask.clone(),
                answer: say(
                    if a.answer {
                        "report.answer.yes"
                    } else {
                        "report.answer.no"
                    },
                    &[],
                ),
                date: on_date(a.answered_at),
            })
        })
        .collect();
    let findings: Vec<Finding> = checkup
        .map(|c| {
            c.reasons
                .into_iter()
                .map(|r| Finding {
                    title: r.title,
                    detail: r.detail,
                    urgency: r.urgency.as_str().into(),
                    urgency_label: say(&format!("report.urgency.{}", r.urgency.as_str()), &[]),
                    rule: r.rule,
                    sources: r.sources,
                })
                .collect()
        })
        .unwrap_or_default();
    let findings_sources: Vec<String> = findings
        .iter()
        .flat_map(|f: &Finding| f.sources.iter().cloned())
        .collect();

    let medicines = diary
        .medications
        .iter()
        .map(|m| {
            let info = knowledge.class_info(m.class);
            let (cramp_link, linked) = match info.map(|i| i.link) {
                Some(CrampLink::Listed | CrampLink::Mentioned) => {
                    (knowledge.link_summary(m.class), true)
                }
                _ if m.class == DrugClass::Quinine => (say("report.medicine.quinine", &[]), true),
                _ => (String::new(), false),
            };
            let rate = |a: Date, b: Date| {
                let list = index.range(a, b);
                let k = list
                    .iter()
                    .filter(|n| n.status != NightStatus::Unknown)
                    .count();
                let c: u32 = list.iter().map(|n| n.episodes).sum();
                if k < 7 {
                    say("report.medicine.too_few", &[])
                } else {
                    say(
                        "report.medicine.rate",
                        &[("rate", &knowledge.number(f64::from(c) * 7.0 / k as f64, 1))],
                    )
                }
            };
            MedicineRow {
                name: m.name.clone(),
                class: info.map_or_else(|| m.class.to_string(), |i| i.label.clone()),
                since: date(m.since),
                until: m
                    .until
                    .map(date)
                    .unwrap_or_else(|| say("report.medicine.current", &[])),
                cramp_link,
                linked,
                before_after: say(
                    "report.medicine.before_after",
                    &[
                        (
                            "before",
                            &rate(add_days(m.since, -365), add_days(m.since, -1)),
                        ),
                        ("after", &rate(m.since, add_days(m.since, 364))),
                    ],
                ),
            }
        })
        .collect();

    let insights = analyse(diary, knowledge, to);
    let sentences = |v: Verdict| -> Vec<String> {
        insights
            .factors
            .iter()
            .filter(|f| f.verdict == v)
            .map(|f| f.sentence.clone())
            .collect()
    };

    let habits = [
        Builtin::Stretched,
        Builtin::Massage,
        Builtin::MagnesiumMg,
        Builtin::LightActivityMin,
        Builtin::TightBlankets,
    ]
    .iter()
    .filter_map(|b| {
        let key = FactorKey::Builtin(*b);
        let (mut yes, mut recorded) = (0, 0);
        for d in &nights {
            if let Some(f) = diary.day(*d).and_then(|day| day.factors.get(&key)) {
                recorded += 1;
                if matches!(f.value, FactorValue::Bool(true))
                    || matches!(f.value, FactorValue::Number(n) if n > 0.0)
                {
                    yes += 1;
                }
            }
        }
        (recorded > 0).then(|| Row {
            label: say(&format!("report.habit.{}", b.as_str()), &[]),
            value: say(
                "report.habit.value",
                &[
                    ("yes", &yes.to_string()),
                    ("recorded", &recorded.to_string()),
                ],
            ),
        })
    })
    .collect();

    let stamp = date(zone.to_datetime(now).date());
    ReportData {
        language: language.code().to_string(),
        labels: ReportLabels::new(knowledge),
        title: say("report.title", &[]),
        person,
        period: say(
            "report.period",
            &[
                ("from", &date(from)),
                ("to", &date(to)),
                ("nights", &nights.len().to_string()),
            ],
        ),
        completeness: say(
            "report.completeness",
            &[
                ("known", &known.to_string()),
                ("nights", &nights.len().to_string()),
                ("percent", &pct(language, known, nights.len())),
            ],
        ),
        glance,
        weekly_chart_svg: charts::bars(language, &say("report.chart.weekly", &[]), &weekly),
        intensity_chart_svg: charts::line(
            language,
            &say("report.chart.pain", &[]),
            &pain,
            10.0,
            (
                &language.date(from, DateForm::DayMonth),
                &language.date(to, DateForm::DayMonth),
            ),
        ),
        hours: crate::trend::HOUR_BUCKETS
            .iter()
            .zip(hours)
            .filter(|(_, n)| *n > 0)
            .map(|((h, ..), n)| Row {
                label: say("report.hours", &[("hours", h)]),
                value: n.to_string(),
            })
            .collect(),
        sites: sites
            .into_iter()
            .map(|(s, n)| Row {
                label: s,
                value: n.to_string(),
            })
            .collect(),
        seed_signs,
        answers,
        findings,
        medicines,
        triggers_title: crate::insights::section_title(Verdict::LikelyTrigger, knowledge),
        triggers: sentences(Verdict::LikelyTrigger),
        helpers_title: crate::insights::section_title(Verdict::LikelyProtective, knowledge),
        helpers: sentences(Verdict::LikelyProtective),
        habits,
        experiments: experiment_rows(diary, knowledge, to),
        suggested_code: say("report.suggested_code", &[]),
        sources: cited_sources(knowledge, &findings_sources),
        footer: say("report.footer", &[("version", version), ("date", &stamp)]),
    }
}

/// One row per experiment in the diary, analysed as of `to`; a record that fails its seal
/// is named as such rather than analysed.
fn experiment_rows(diary: &Diary, knowledge: &Knowledge, to: Date) -> Vec<Row> {
    diary
        .experiments
        .iter()
        .map(
            |record| match crate::experiment::Experiment::from_record(record) {
                Ok(e) => {
                    let r = crate::experiment::analyse(knowledge, &e, diary, to);
                    let say = |key: &str, values: &[(&str, &str)]| {
                        knowledge.message(key, values).unwrap_or_default()
                    };
                    let date = |d: Date| knowledge.language.date(d, DateForm::DayMonthYear);
                    let numbers = match (r.rate_ratio, r.ci_low, r.ci_high) {
                        (Some(rr), Some(lo), Some(hi)) => say(
                            "report.experiment.numbers",
                            &[
                                ("ratio", &knowledge.number(rr, 2)),
                                ("low", &knowledge.number(lo, 2)),
                                ("high", &knowledge.number(hi, 2)),
                                ("change_nights", &r.nights.change.to_string()),
                                ("usual_nights", &r.nights.usual.to_string()),
                            ],
                        ),
                        _ => String::new(),
                    };
                    Row {
                        label: say(
                            "report.experiment",
                            &[
                                ("change", &e.change.doing(knowledge)),
                                ("code", &e.change.text()),
                                ("pairs", &e.design.pairs.to_string()),
                                ("nights", &e.design.period_nights.to_string()),
                                ("from", &date(e.start)),
                                ("to", &date(e.end())),
                                (
                                    "state",
                                    &say(&format!("experiment.state.{}", r.status.as_str()), &[]),
                                ),
                            ],
                        ),
                        value: [r.sentence, numbers]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" "),
                    }
                }
                Err(why) => Row {
                    label: record.change.clone(),
                    value: why.to_string(),
                },
            },
        )
        .collect()
}
