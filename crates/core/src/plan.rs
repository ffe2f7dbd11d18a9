/*!
The prevention plan: the seed's five steps and the knowledge base's advice, ranked for one
person.

Everyone starts from the same list (nightly stretching first: rule P1 makes it first line
for everyone). What moves an item up is this person's own data and profile: a likely
trigger to reduce, a habit that seems to help, a medicine to discuss with the prescriber, a
pregnancy. Each item says why it is there for them, how strong the evidence behind it is,
and how steadily they have kept it lately. Magnesium is shown with its weak evidence
(rule P5); quinine is never suggested (rule P6).
*/

use jiff::civil::Date;
use serde::Serialize;

use crate::domain::{Diary, DrugClass, FactorKey, FactorValue};
use crate::factors::{Builtin, FactorRole};
use crate::insights::{Insights, Verdict};
use crate::knowledge::{CrampLink, Knowledge};
use crate::nights::{add_days, dates};

/// Adherence is reported over the last two weeks.
pub const ADHERENCE_DAYS: i64 = 14;

/// Where a person's own likely trigger sits: below the nightly stretch (rule P1 makes it
/// first line for everyone, priority 60 and up), above the other prevention steps.
const PERSONAL_FINDING_PRIORITY: u32 = 55;

/// How far a finding in the person's diary lifts a prevention step: enough to order the
/// steps after stretching, never enough to pass it (the stretch starts at 60; the others at
/// 30-35).
const ASSOCIATION_BOOST: u32 = 20;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanItem {
    pub id: String,
    pub title: String,
    /// What to do, from the knowledge base.
    pub advice: String,
    /// Why it is on this person's plan, most personal reason first.
    pub why: Vec<String>,
    pub evidence: String,
    pub sources: Vec<String>,
    /// How steadily it was kept lately, when the diary records it.
    pub adherence: Option<String>,
    #[serde(skip)]
    priority: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub as_of: Date,
    pub items: Vec<PlanItem>,
}

fn finding<'a>(
    insights: &'a Insights,
    factors: &[&str],
    verdict: Verdict,
) -> Option<&'a crate::insights::FactorFinding> {
    insights
        .factors
        .iter()
        .find(|f| factors.contains(&f.factor.as_str()) && f.verdict == verdict)
}

/// "stretched on 12 of the last 14 days (2 not recorded)".
fn adherence(
    diary: &Diary,
    knowledge: &Knowledge,
    as_of: Date,
    key: Builtin,
    done: impl Fn(&FactorValue) -> bool,
) -> Option<String> {
    let from = add_days(as_of, -(ADHERENCE_DAYS - 1));
    let (mut yes, mut recorded) = (0, 0);
    for day in dates(from, as_of) {
        if let Some(f) = diary
            .day(day)
            .and_then(|d| d.factors.get(&FactorKey::Builtin(key)))
        {
            recorded += 1;
            if done(&f.value) {
                yes += 1;
            }
        }
    }
    (recorded > 0).then(|| {
        let missing = ADHERENCE_DAYS - recorded;
        let say =
            |key: &str, values: &[(&str, &str)]| knowledge.message(key, values).unwrap_or_default();
        let note = if missing > 0 {
            say(
                "plan.adherence.missing",
                &[("missing", &missing.to_string())],
            )
        } else {
            String::new()
        };
        let kept = say(
            &format!("plan.adherence.{}", key.as_str()),
            &[
                ("yes", &yes.to_string()),
                ("days", &ADHERENCE_DAYS.to_string()),
            ],
        );
        format!("{kept}{note}")
    })
}

/// Rule P9 (clinical-evidence.md 9.3): with heart failure, kidney disease or cirrhosis, how
/// much to drink is for the care team to say; nightcramp never says "drink more".
pub fn fluids_may_be_limited(profile: &crate::domain::Profile) -> bool {
    use crate::domain::Condition;
    [
        Condition::HeartFailure,
        Condition::KidneyDisease,
        Condition::Cirrhosis,
    ]
    .iter()
    .any(|c| profile.conditions.contains(c))
}

/// Builds the plan from the diary, the knowledge base and the insights.
pub fn build_plan(diary: &Diary, knowledge: &Knowledge, insights: &Insights, as_of: Date) -> Plan {
    let statement = |id: &str| knowledge.statement(id);
    let say = |key: &str| knowledge.message(key, &[]).unwrap_or_default();
    let mut items: Vec<PlanItem> = Vec::new();
    let item = |id: &str,
                title: &str,
                statement_id: &str,
                priority: u32,
                why: Vec<String>,
                adherence: Option<String>| {
        statement(statement_id).map(|s| PlanItem {
            id: id.into(),
            title: title.into(),
            advice: s.text.clone(),
            why,
            evidence: s.evidence_label().into(),
            sources: s.sources.clone(),
            adherence,
            priority,
        })
    };
    let truthy = |v: &FactorValue| {
        matches!(v, FactorValue::Bool(true)) || matches!(v, FactorValue::Number(n) if *n > 0.0)
    };
    let pregnant = diary.profile.pregnant == Some(true);

    // Medicines first when there is something to discuss: never stop, always ask.
    if diary
        .medications
        .iter()
        .any(|m| m.class == DrugClass::Quinine && m.until.is_none_or(|u| u >= as_of))
    {
        items.extend(item(
            "quinine",
            &say("plan.quinine.title"),
            "treatments.quinine",
            95,
            vec![say("plan.quinine.why")],
            None,
        ));
    }
    let linked: Vec<String> = diary
        .medications
        .iter()
        .filter(|m| m.until.is_none_or(|u| u >= as_of))
        .filter(|m| {
            knowledge
                .class_info(m.class)
                .is_some_and(|c| c.link != CrampLink::None)
        })
        .map(|m| {
            let info = knowledge.class_info(m.class);
            let label = info.map(|c| c.label.clone()).unwrap_or_default();
            let key = if info.is_some_and(|c| c.link == CrampLink::Listed) {
                "plan.medicine.listed"
            } else {
                "plan.medicine.mentioned"
            };
            knowledge
                .message(key, &[("name", &m.name), ("label", &label)])
                .unwrap_or_default()
        })
        .collect();
    if !linked.is_empty() {
        items.extend(item(
            "medicines",
            &say("plan.medicines.title"),
            "treatments.review_medicines",
            80,
            linked,
            None,
        ));
    }

    // Personal triggers from the diary, to change on purpose. Only causes a person can
    // change become "try less"; their own factors (which may be a medicine) are to look
    // into; prevention steps, medicines and supplements never become an item to reduce
    // (medicines are the prescriber's call, above). Below the first-line stretch: one
    // person's association does not outrank the core steps.
    let mut seen = std::collections::BTreeSet::new();
    for f in insights
        .factors
        .iter()
        .filter(|f| f.verdict == Verdict::LikelyTrigger)
        .filter(|f| matches!(f.role, FactorRole::Cause | FactorRole::Own))
        .filter(|f| seen.insert(f.factor.clone()))
    {
        let kind = if f.role == FactorRole::Cause {
            "cause"
        } else {
            "own"
        };
        let say = |part: &str| {
            knowledge
                .message(
                    &format!("plan.personal.{kind}.{part}"),
                    &[("label", &f.label), ("exposed", &f.split.exposed_means)],
                )
                .unwrap_or_default()
        };
        items.push(PlanItem {
            id: f.factor.clone(),
            title: say("title"),
            advice: say("advice"),
            why: vec![f.sentence.clone()],
            evidence: knowledge
                .message("plan.personal.evidence", &[])
                .unwrap_or_default(),
            sources: vec![],
            adherence: None,
            priority: PERSONAL_FINDING_PRIORITY,
        });
    }

    // The five prevention steps of the seed.
    let mut why = vec![say("plan.stretch.why")];
    let mut priority = 60;
    if let Some(f) = finding(insights, &["stretched"], Verdict::LikelyProtective) {
        why.insert(0, f.sentence.clone());
        priority += 30;
    } else if let Some(f) = finding(insights, &["stretched"], Verdict::LikelyTrigger) {
        // Its sentence says why this is most likely the other way round; never advised against.
        why.insert(0, f.sentence.clone());
    }
    let stretched = adherence(diary, knowledge, as_of, Builtin::Stretched, truthy);
    items.extend(item(
        "stretch",
        &say("plan.stretch.title"),
        "prevention.stretch",
        priority,
        why,
        stretched,
    ));

    let mut why = vec![say("plan.fluids.why")];
    let mut priority = 35;
    let fluid_triggers = [
        "urine_color",
        "heavy_sweating",
        "caffeine_drinks",
        "alcohol_drinks",
    ];
    if let Some(f) = finding(insights, &fluid_triggers, Verdict::LikelyTrigger)
        .or_else(|| finding(insights, &["water_l"], Verdict::LikelyProtective))
    {
        why.insert(0, f.sentence.clone());
        priority += ASSOCIATION_BOOST;
    } else if let Some(f) = finding(insights, &["water_l"], Verdict::LikelyTrigger) {
        why.insert(0, f.sentence.clone());
    }
    let water = adherence(diary, knowledge, as_of, Builtin::WaterL, |_| true);
    if fluids_may_be_limited(&diary.profile) {
        // Rule P9: no "drink more"; the care team says how much.
        items.extend(item(
            "fluids",
            &say("plan.fluids_limited.title"),
            "prevention.fluids_limited",
            priority,
            vec![say("plan.fluids_limited.why")],
            water,
        ));
    } else {
        items.extend(item(
            "fluids",
            &say("plan.fluids.title"),
            "prevention.fluids",
            priority,
            why,
            water,
        ));
    }

    let mut why = vec![say("plan.position.why")];
    let mut priority = 30;
    if let Some(f) = finding(
        insights,
        &["sleep_position", "tight_blankets"],
        Verdict::LikelyTrigger,
    ) {
        why.insert(0, f.sentence.clone());
        priority += ASSOCIATION_BOOST;
    }
    let blankets = adherence(diary, knowledge, as_of, Builtin::TightBlankets, truthy);
    items.extend(item(
        "position",
        &say("plan.position.title"),
        "prevention.position",
        priority,
        why,
        blankets,
    ));

    let mut why = vec![say("plan.move.why")];
    let mut priority = 30;
    if let Some(f) = finding(
        insights,
        &[
            "standing_h",
            "exercise_min",
            "exercise_intensity",
            "steps",
            "derived:activity_jump",
        ],
        Verdict::LikelyTrigger,
    ) {
        why.insert(
            0,
            knowledge
                .message("plan.move.gradually", &[("finding", &f.sentence)])
                .unwrap_or_default(),
        );
        priority += ASSOCIATION_BOOST;
    } else if let Some(f) = finding(
        insights,
        &["light_activity_min", "massage"],
        Verdict::LikelyProtective,
    ) {
        why.insert(0, f.sentence.clone());
        priority += ASSOCIATION_BOOST;
    } else if let Some(f) = finding(
        insights,
        &["light_activity_min", "massage"],
        Verdict::LikelyTrigger,
    ) {
        why.insert(0, f.sentence.clone());
    }
    let active = adherence(diary, knowledge, as_of, Builtin::LightActivityMin, truthy);
    items.extend(item(
        "move",
        &say("plan.move.title"),
        "prevention.move",
        priority,
        why,
        active,
    ));

    let taking_magnesium = dates(add_days(as_of, -(ADHERENCE_DAYS - 1)), as_of).any(|d| {
        diary
            .day(d)
            .and_then(|day| day.factors.get(&FactorKey::Builtin(Builtin::MagnesiumMg)))
            .is_some_and(|f| truthy(&f.value))
    });
    let mut why = vec![say("plan.magnesium.why")];
    let mut priority = 5;
    if pregnant {
        why.insert(0, say("plan.magnesium.pregnant"));
        priority += 10;
    }
    // Rule P9 (clinical-evidence.md 9.3): magnesium is never suggested with kidney disease.
    if diary
        .profile
        .conditions
        .contains(&crate::domain::Condition::KidneyDisease)
    {
        why.insert(0, say("plan.magnesium.kidney"));
        priority = 0;
    }
    if taking_magnesium {
        why.insert(0, say("plan.magnesium.taking"));
        priority += 10;
    }
    items.extend(item(
        "magnesium",
        &say("plan.magnesium.title"),
        "prevention.magnesium",
        priority,
        why,
        None,
    ));

    if pregnant {
        items.extend(item(
            "pregnancy",
            &say("plan.pregnancy.title"),
            "urgent.pregnancy",
            50,
            vec![say("plan.pregnancy.why")],
            None,
        ));
    }

    items.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id)));
    Plan { as_of, items }
}
