/*!
The knowledge base: what nightcramp tells people, kept as data.

The TOML files in `crates/core/knowledge/` hold the structure: every health statement's id,
its sources and the strength of their evidence, the checkup's rules (code, urgency), its
questionnaire and the medicine list. What each says, in our own words, lives in the message
files of each language (`locales/<language>/knowledge.ftl`), keyed by those ids, so a
translation keeps its statement's sources and strength by construction. A `Knowledge` is the
structure with one language's words ([`Knowledge::get_in`]); the findings' sentences come
from the same language's `messages.ftl`. Everything is compiled into the binary (no file I/O
at run time) and parsed once per language. Clinicians can review and correct the files
without reading Rust; tests check that every statement cites a source that exists, every
rule the code uses has its text, and every language has every text.
*/

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::domain::DrugClass;
pub use crate::language::MessageError;
use crate::language::{Catalog, Language, fluent_id};

const SOURCES: &str = include_str!("../knowledge/sources.toml");
const GUIDE: &str = include_str!("../knowledge/guide.toml");
const RULES: &str = include_str!("../knowledge/rules.toml");
const QUESTIONS: &str = include_str!("../knowledge/questions.toml");
const MEDICINES: &str = include_str!("../knowledge/medicines.toml");

/// The guide's steps for the middle of a cramp, in the order to try them.
pub const DURING_A_CRAMP: &[&str] = &["during.dorsiflex", "during.stand", "during.massage"];
/// The guide's statement of rule T3, for a cramp that will not let go.
pub const CRAMP_TOO_LONG: &str = "during.wont_release";

/// How strong the evidence behind a statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Strong,
    Moderate,
    Weak,
    Mixed,
    ExpertAdvice,
    Descriptive,
}

impl Strength {
    /// The key of its label in the message files (`strength-strong`...).
    pub fn key(self) -> &'static str {
        match self {
            Strength::Strong => "strength.strong",
            Strength::Moderate => "strength.moderate",
            Strength::Weak => "strength.weak",
            Strength::Mixed => "strength.mixed",
            Strength::ExpertAdvice => "strength.expert_advice",
            Strength::Descriptive => "strength.descriptive",
        }
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// As published, in the language it was published in.
    pub citation: String,
    #[serde(default)]
    pub url: Option<String>,
    /// What kind of evidence it is, in the knowledge's language.
    #[serde(skip_deserializing, default)]
    pub quality: String,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    /// In the knowledge's language.
    #[serde(skip_deserializing, default)]
    pub text: String,
    pub sources: Vec<String>,
    pub strength: Strength,
    /// What the evidence shows, where the strength alone would mislead: magnesium has
    /// moderate evidence *that it does not help*, not "moderate evidence" (in the language).
    #[serde(skip_deserializing, default)]
    pub evidence: Option<String>,
    /// The strength, said in the language.
    #[serde(skip)]
    strength_label: String,
}

impl Statement {
    /// The label to show beside the statement: what the evidence shows, else its strength.
    pub fn evidence_label(&self) -> &str {
        self.evidence.as_deref().unwrap_or(&self.strength_label)
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    #[serde(skip_deserializing, default)]
    pub title: String,
    #[serde(skip_deserializing, default)]
    pub summary: String,
    #[serde(rename = "statement")]
    pub statements: Vec<Statement>,
}

/// How urgently to see a doctor. Ordered: a higher urgency always wins.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    None,
    Routine,
    Soon,
    Urgent,
}

impl Urgency {
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::None => "none",
            Urgency::Routine => "routine",
            Urgency::Soon => "soon",
            Urgency::Urgent => "urgent",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub code: String,
    pub urgency: Urgency,
    #[serde(default)]
    pub emergency: bool,
    #[serde(skip_deserializing, default)]
    pub title: String,
    #[serde(skip_deserializing, default)]
    pub message: String,
    pub sources: Vec<String>,
    /// G (guideline or authority), E (trial or cohort data), D (our design choice).
    pub strength: String,
}

/// Who a question concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Applies {
    Pregnant,
    Quinine,
    Statin,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub rule: String,
    #[serde(skip_deserializing, default)]
    pub ask: String,
    #[serde(default)]
    pub applies: Option<Applies>,
}

/// How a drug class relates to cramps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrampLink {
    Listed,
    Mentioned,
    None,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DrugClassInfo {
    pub id: DrugClass,
    #[serde(skip_deserializing, default)]
    pub label: String,
    pub link: CrampLink,
    #[serde(default)]
    pub sequence_ratio: Option<f64>,
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct SourcesFile {
    source: Vec<Source>,
}
#[derive(Debug, Deserialize)]
struct GuideFile {
    topic: Vec<Topic>,
}
#[derive(Debug, Deserialize)]
struct RulesFile {
    rule: Vec<Rule>,
}
#[derive(Debug, Deserialize)]
struct QuestionsFile {
    question: Vec<Question>,
}
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MedicinesFile {
    class: Vec<DrugClassInfo>,
    names: BTreeMap<String, DrugClass>,
}

/// The whole knowledge base.
#[derive(Debug)]
pub struct Knowledge {
    pub sources: Vec<Source>,
    pub topics: Vec<Topic>,
    pub rules: Vec<Rule>,
    pub questions: Vec<Question>,
    pub classes: Vec<DrugClassInfo>,
    pub medicine_names: BTreeMap<String, DrugClass>,
    /// The language its words and messages are in.
    pub language: Language,
    catalog: &'static Catalog,
}

/// A knowledge file that does not parse. Only a broken build can produce one: the files are
/// compiled in and a test parses them.
#[derive(Debug, thiserror::Error)]
#[error("knowledge file {file} is invalid: {message}")]
pub struct KnowledgeError {
    pub file: &'static str,
    pub message: String,
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &'static str,
    text: &str,
) -> Result<T, KnowledgeError> {
    toml::from_str(text).map_err(|e| KnowledgeError {
        file,
        message: e.to_string(),
    })
}

impl Knowledge {
    /// The knowledge base in English.
    pub fn parse() -> Result<Knowledge, KnowledgeError> {
        Knowledge::parse_in(Language::En)
    }

    /// The knowledge base in `language`: the structure with that language's words. A text
    /// the language lacks is an error naming it (every language has every text, tested).
    pub fn parse_in(language: Language) -> Result<Knowledge, KnowledgeError> {
        let catalog = Catalog::get(language).map_err(|e| KnowledgeError {
            file: e.file,
            message: e.to_string(),
        })?;
        let sources: SourcesFile = parse("sources.toml", SOURCES)?;
        let guide: GuideFile = parse("guide.toml", GUIDE)?;
        let rules: RulesFile = parse("rules.toml", RULES)?;
        let questions: QuestionsFile = parse("questions.toml", QUESTIONS)?;
        let medicines: MedicinesFile = parse("medicines.toml", MEDICINES)?;
        let text = |key: String| {
            catalog.text(&key).ok_or_else(|| KnowledgeError {
                file: "knowledge.ftl",
                message: format!("the {language} texts have no {}", fluent_id(&key)),
            })
        };
        let mut sources = sources.source;
        for s in &mut sources {
            s.quality = text(format!("source.{}.quality", s.id))?;
        }
        let mut topics = guide.topic;
        for t in &mut topics {
            t.title = text(format!("topic.{}.title", t.id))?;
            t.summary = text(format!("topic.{}.summary", t.id))?;
            for s in &mut t.statements {
                s.text = text(format!("statement.{}", s.id))?;
                s.evidence = catalog.text(&format!("statement.{}.evidence", s.id));
                s.strength_label = text(s.strength.key().to_string())?;
            }
        }
        let mut rules = rules.rule;
        for r in &mut rules {
            r.title = text(format!("rule.{}.title", r.id))?;
            r.message = text(format!("rule.{}.message", r.id))?;
        }
        let mut questions = questions.question;
        for q in &mut questions {
            q.ask = text(format!("question.{}", q.id))?;
        }
        let mut classes = medicines.class;
        for c in &mut classes {
            c.label = text(format!("drug.{}", c.id.as_str()))?;
        }
        Ok(Knowledge {
            sources,
            topics,
            rules,
            questions,
            classes,
            medicine_names: medicines.names,
            language,
            catalog,
        })
    }

    /// The knowledge base in English.
    pub fn get() -> Result<&'static Knowledge, &'static KnowledgeError> {
        Knowledge::get_in(Language::En)
    }

    /// The knowledge base in `language`, parsed once.
    pub fn get_in(language: Language) -> Result<&'static Knowledge, &'static KnowledgeError> {
        static KNOWLEDGE: [OnceLock<Result<Knowledge, KnowledgeError>>; 4] =
            [const { OnceLock::new() }; 4];
        let index = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or(0);
        KNOWLEDGE
            .get(index)
            .unwrap_or(&KNOWLEDGE[0])
            .get_or_init(|| Knowledge::parse_in(language))
            .as_ref()
    }

    /// The language's messages: the findings' sentences and every other text a person reads.
    pub fn catalog(&self) -> &'static Catalog {
        self.catalog
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.topics
            .iter()
            .flat_map(|t| t.statements.iter())
            .find(|s| s.id == id)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn class_info(&self, class: DrugClass) -> Option<&DrugClassInfo> {
        self.classes.iter().find(|c| c.id == class)
    }

    /// The message `key` in the knowledge's language, filled with `args`. Every variable must
    /// be given: a sentence with a hole is never shown. Whole numbers choose plural forms.
    pub fn message(&self, key: &str, args: &[(&str, &str)]) -> Result<String, MessageError> {
        self.catalog.message(key, args)
    }

    /// A number as the knowledge's language writes it.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        self.language.number(value, decimals)
    }

    /// What to do while a cramp hurts, in order (the guide's "during" steps): the same list
    /// for the web timer, the CLI's `cramp` and the guide.
    pub fn during_a_cramp(&self) -> Vec<&Statement> {
        DURING_A_CRAMP
            .iter()
            .filter_map(|id| self.statement(id))
            .collect()
    }

    /// The line a cramp timer shows once a cramp has lasted longer than
    /// [`crate::checkup::LONG_CRAMP_SECONDS`]: still hard despite stretching means care now
    /// (rule T3).
    pub fn cramp_too_long(&self) -> Option<&Statement> {
        self.statement(CRAMP_TOO_LONG)
    }

    /// The class of a medicine the list knows, by name (case-insensitive), brand names
    /// included. A combination pill ("losartan/hydrochlorothiazide", "amlodipine +
    /// atorvastatin") takes the class of its most strongly linked part, so the part that
    /// matters for cramps is never hidden behind the other.
    pub fn class_for_name(&self, name: &str) -> Option<DrugClass> {
        let name = name.trim().to_lowercase();
        if let Some(class) = self.medicine_names.get(name.as_str()) {
            return Some(*class);
        }
        let parts: Vec<DrugClass> = name
            .split(['/', '+', ','])
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" with "))
            .filter_map(|p| self.medicine_names.get(p.trim()).copied())
            .collect();
        parts.into_iter().max_by(|a, b| {
            self.link_strength(*a)
                .partial_cmp(&self.link_strength(*b))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
    }

    /// How strongly a class is linked to cramps, for ranking: listed with its sequence
    /// ratio above listed without one, above mentioned, above none.
    fn link_strength(&self, class: DrugClass) -> f64 {
        match self.class_info(class).map(|c| (c.link, c.sequence_ratio)) {
            Some((CrampLink::Listed, Some(ratio))) => 2.0 + ratio,
            Some((CrampLink::Listed, None)) => 2.0,
            Some((CrampLink::Mentioned, _)) => 1.0,
            _ => 0.0,
        }
    }

    /// A class's link to cramps, said no more strongly than the sources allow: measured
    /// (with the sequence ratio), listed, named without a measurement, or none.
    pub fn link_summary(&self, class: DrugClass) -> String {
        let key_and_ratio = match self.class_info(class).map(|c| (c.link, c.sequence_ratio)) {
            Some((CrampLink::Listed, Some(r))) => ("medicine.link.measured", self.number(r, 2)),
            Some((CrampLink::Listed, None)) => ("medicine.link.listed", String::new()),
            Some((CrampLink::Mentioned, _)) => ("medicine.link.mentioned", String::new()),
            _ => ("medicine.link.none", String::new()),
        };
        self.message(key_and_ratio.0, &[("ratio", &key_and_ratio.1)])
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb() -> Knowledge {
        Knowledge::parse().expect("the embedded knowledge parses")
    }

    #[test]
    fn every_statement_cites_sources_that_exist() {
        let kb = kb();
        for topic in &kb.topics {
            assert!(!topic.statements.is_empty(), "topic {} is empty", topic.id);
            for s in &topic.statements {
                assert!(!s.sources.is_empty(), "{} has no source", s.id);
                for id in &s.sources {
                    assert!(
                        kb.source(id).is_some(),
                        "{} cites unknown source {id}",
                        s.id
                    );
                }
            }
        }
    }

    #[test]
    fn every_rule_and_drug_class_cites_sources_that_exist() {
        let kb = kb();
        for r in &kb.rules {
            assert!(!r.sources.is_empty(), "rule {} has no source", r.id);
            for id in &r.sources {
                assert!(
                    kb.source(id).is_some(),
                    "rule {} cites unknown source {id}",
                    r.id
                );
            }
            assert!(
                ["G", "E", "D"].contains(&r.strength.as_str()),
                "rule {}",
                r.id
            );
        }
        for c in &kb.classes {
            for id in &c.sources {
                assert!(kb.source(id).is_some(), "class {} cites unknown {id}", c.id);
            }
        }
    }

    #[test]
    fn ids_are_unique() {
        let kb = kb();
        let mut seen = std::collections::BTreeSet::new();
        for s in kb.topics.iter().flat_map(|t| t.statements.iter()) {
            assert!(seen.insert(s.id.clone()), "duplicate statement {}", s.id);
        }
        let mut rules = std::collections::BTreeSet::new();
        for r in &kb.rules {
            assert!(rules.insert(r.id.clone()), "duplicate rule {}", r.id);
        }
        let mut questions = std::collections::BTreeSet::new();
        for q in &kb.questions {
            assert!(
                questions.insert(q.id.clone()),
                "duplicate question {}",
                q.id
            );
            assert!(
                kb.rule(&q.rule).is_some(),
                "question {} names unknown rule {}",
                q.id,
                q.rule
            );
        }
    }

    #[test]
    fn every_drug_class_has_an_entry_and_every_name_a_known_class() {
        let kb = kb();
        for class in DrugClass::ALL {
            assert!(kb.class_info(*class).is_some(), "no entry for {class}");
        }
        assert_eq!(
            kb.class_for_name("Hydrochlorothiazide"),
            Some(DrugClass::DiureticThiazide)
        );
        assert_eq!(kb.class_for_name("unknownium"), None);
    }

    #[test]
    fn the_seed_is_covered_topic_by_topic() {
        let kb = kb();
        for topic in [
            "what",
            "who",
            "causes",
            "prevention",
            "stretch",
            "during",
            "doctor",
            "treatments",
        ] {
            assert!(kb.topic(topic).is_some(), "missing topic {topic}");
        }
        // Six causes and the five prevention steps, as the article has them (the steps
        // may carry cautions beside them, such as limited fluids).
        assert_eq!(kb.topic("causes").map(|t| t.statements.len()), Some(7));
        for step in ["fluids", "stretch", "position", "magnesium", "move"] {
            assert!(
                kb.statement(&format!("prevention.{step}")).is_some(),
                "prevention step {step}"
            );
        }
        let stretch: Vec<_> = kb
            .topic("stretch")
            .map(|t| t.statements.iter().map(|s| s.text.as_str()).collect())
            .unwrap_or_default();
        assert!(
            stretch.iter().any(|t| t.contains("30 seconds")),
            "the calf stretch is held 30 seconds a side"
        );
    }

    #[test]
    fn the_safety_lines_are_in_the_data() {
        let kb = kb();
        // Magnesium: say the evidence is weak for most adults.
        let magnesium = kb
            .statement("prevention.magnesium")
            .map(|s| s.text.to_lowercase())
            .unwrap_or_default();
        assert!(magnesium.contains("unlikely to help"), "{magnesium}");
        // Labels say what the evidence shows (P5, P1), not just how strong it is.
        for id in ["prevention.magnesium", "treatments.magnesium"] {
            assert_eq!(
                kb.statement(id).map(Statement::evidence_label),
                Some("moderate evidence that it does not help most adults"),
                "{id}"
            );
        }
        assert_eq!(
            kb.statement("prevention.stretch")
                .map(Statement::evidence_label),
            Some("mixed evidence, low risk")
        );
        // Quinine: never suggested; every mention says it is not recommended or warns.
        for s in kb.topics.iter().flat_map(|t| t.statements.iter()) {
            let text = s.text.to_lowercase();
            if text.contains("quinine") {
                assert!(
                    text.contains("not recommended")
                        || text.contains("if you take quinine")
                        || text.contains("already taking quinine"),
                    "statement {} mentions quinine without the warning: {}",
                    s.id,
                    s.text
                );
            }
        }
        // Never tell anyone to stop a medicine, anywhere a person reads: statements, rule
        // texts, questions, message templates. The one exception is the quinine label's own
        // words for bleeding signs (clinical-evidence.md 9.4), and only there.
        // Everything a person reads is in the catalog: statements, rule texts, questions,
        // the findings' sentences, the pages' and the command line's words.
        let texts = every_message_rendered(&kb);
        for (id, text) in texts {
            let id = id.as_str();
            let text = text.to_lowercase();
            let says_stop = text.contains("stop taking") || text.contains("stop it");
            if QUININE_LABEL_STOP.contains(&id) {
                assert!(
                    says_stop && text.contains("quinine") && text.contains("own guide"),
                    "{id} is the quinine label's exception and must say so: {text}"
                );
                assert!(
                    text.contains("bruising") || text.contains("bleeding"),
                    "{id}"
                );
            } else {
                assert!(!says_stop, "{id} tells someone to stop a medicine: {text}");
            }
        }
    }

    fn every_message_rendered(kb: &Knowledge) -> Vec<(String, String)> {
        kb.catalog().samples().unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every message renders once its variables are filled, and none is left with a stray
    /// brace; refusing an unfilled one is what keeps holes out of what people read.
    #[test]
    fn every_message_template_renders() {
        let kb = kb();
        let rendered = every_message_rendered(&kb);
        assert!(rendered.len() > 3 * 80);
        for (id, text) in &rendered {
            assert!(!text.contains('{') && !text.contains('}'), "{id}: {text}");
        }
        for id in kb.catalog().ids() {
            if let Some(first) = kb.catalog().variables(id).and_then(|v| v.first()) {
                assert!(
                    matches!(kb.message(id, &[]), Err(MessageError::Unfilled { .. })),
                    "{id} must refuse an unfilled {first}"
                );
            }
        }
    }

    /// The only texts that may say "stop": the quinine Medication Guide's words for
    /// bleeding signs [S8][S9].
    const QUININE_LABEL_STOP: &[&str] = &[
        "statement-treatments-quinine_warning",
        "rule-T6-message",
        "rule-P6-message",
    ];
}
