//! Every language says everything, and says it safely: the same message ids with the same
//! variables in each; no English left in a translated catalog; every knowledge text in every
//! language; the safety rules (never tell anyone to stop a medicine, magnesium does not help
//! most adults, quinine is not recommended) held in each language's own words; and the
//! urgent lines and the emergency headline pinned word for word in every language.

use std::collections::BTreeSet;

use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::language::{Catalog, Language};

fn catalog(language: Language) -> &'static Catalog {
    Catalog::get(language).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = catalog(Language::En);
    let english_ids: BTreeSet<&str> = english.ids().collect();
    assert!(english_ids.len() > 400, "{}", english_ids.len());
    for language in Language::ALL {
        let other = catalog(language);
        let ids: BTreeSet<&str> = other.ids().collect();
        let missing: Vec<_> = english_ids.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english_ids).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{language}: missing {missing:?}, not in English {extra:?}"
        );
        for id in &english_ids {
            assert_eq!(
                other.variables(id),
                english.variables(id),
                "{language}: {id} must use the same variables as in English"
            );
        }
    }
}

/// Texts that are the same in a language as in English on purpose: codes, numbers, names
/// that do not change, punctuation-only patterns.
const SAME_AS_ENGLISH: &[&str] = &[
    "wearable-file",
    "field-notes",
    "report-none",
    "report-hours",
    "trend-p",
    "checkup-why-r1",
    "experiment-do-is",
    "people-rate",
    "report-pain",
    "report-medicine-rate",
    "drug-quinine",
    "drug-raloxifene",
    "drug-teriparatide",
    "drug-naproxen",
    "drug-statin",
    "report-sign-no",
    "report-answer-no",
    "experiment-do-no",
    "condition-diabetes",
    "relief-massage",
    "report-label-associations",
    "report-label-sources",
    "fhir-symptom",
    "duration-hours",
    "duration-minutes",
    "duration-seconds",
    "web-no",
    "web-nav-experiment",
    "web-people-person",
    "web-login-name",
    "web-nav-guide",
    "web-cramp-muscle",
    "web-edit-notes",
    "web-guide-title",
    "web-sources-title",
    "web-insights-trend_line",
    "error-experiment-change",
    "error-experiment-option",
    "file-bad-field",
    "file-bad-file",
    "file-bad-line",
    "allowed-bool",
    "allowed-uuid",
    "cli-bad_person",
    "cli-no",
    "cli-profile-label",
    "cli-answer-no",
    "cli-help-nightcramp-guide-arg-topic",
    "cli-experiment-show",
    "cli-experiment-line",
];

#[test]
fn no_english_is_left_in_a_translated_catalog() {
    let english: std::collections::BTreeMap<String, String> = catalog(Language::En)
        .samples()
        .expect("English renders")
        .into_iter()
        .collect();
    for language in [Language::Es, Language::De, Language::Fr] {
        let mut same = Vec::new();
        for (id, text) in catalog(language).samples().expect("renders") {
            // A value's placeholder (`DATE`, `0-10`) may well be the same word.
            let placeholder = id.starts_with("cli-value-") || id.starts_with("cli-help-usage_");
            if english.get(&id) == Some(&text)
                && !SAME_AS_ENGLISH.contains(&id.as_str())
                && !placeholder
            {
                same.push(format!("{id} = {text}"));
            }
        }
        assert!(
            same.is_empty(),
            "{language}: still English:\n{}",
            same.join("\n")
        );
    }
}

#[test]
fn every_language_has_every_knowledge_text_with_the_same_sources_and_strength() {
    let english = Knowledge::get().expect("English");
    for language in Language::ALL {
        let kb = Knowledge::get_in(language).unwrap_or_else(|e| panic!("{language}: {e}"));
        assert_eq!(kb.language, language);
        for (a, b) in english
            .topics
            .iter()
            .flat_map(|t| &t.statements)
            .zip(kb.topics.iter().flat_map(|t| &t.statements))
        {
            assert_eq!(
                (&a.id, &a.sources, a.strength),
                (&b.id, &b.sources, b.strength)
            );
            assert!(!b.text.is_empty(), "{language}: {}", b.id);
            if language != Language::En {
                assert_ne!(a.text, b.text, "{language}: {} is still English", a.id);
            }
        }
        for (a, b) in english.rules.iter().zip(&kb.rules) {
            assert_eq!(
                (&a.id, a.urgency, &a.sources),
                (&b.id, b.urgency, &b.sources)
            );
            if language != Language::En {
                assert_ne!(a.message, b.message, "{language}: rule {}", a.id);
            }
        }
    }
}

/// How each language says "stop taking it", which only the quinine label's own words for
/// bleeding signs may say (clinical-evidence.md 9.4); a sentence saying *not* to stop uses
/// other words ("do not stop a medicine on your own" is checked by the English phrases).
fn says_stop(language: Language, text: &str) -> bool {
    let text = text.to_lowercase();
    let phrases: &[&str] = match language {
        Language::En => &["stop taking", "stop it"],
        Language::Es => &["deje de tomar", "dejar de tomar", "suspenda", "suspender"],
        Language::De => &[
            "nicht mehr ein",
            "absetzen",
            "setzen sie es ab",
            "setzen sie das medikament ab",
            "hören sie auf",
        ],
        Language::Fr => &[
            "arrêter de prendre",
            "arrêter de la prendre",
            "arrêtez de",
            "cessez",
            "interrompez-le",
        ],
    };
    phrases.iter().any(|p| text.contains(p))
}

const QUININE_LABEL_STOP: &[&str] = &[
    "statement-treatments-quinine_warning",
    "rule-T6-message",
    "rule-P6-message",
];

#[test]
fn no_language_tells_anyone_to_stop_a_medicine_but_the_quinine_label() {
    for language in Language::ALL {
        for (id, text) in catalog(language).samples().expect("renders") {
            let stop = says_stop(language, &text);
            if QUININE_LABEL_STOP.contains(&id.as_str()) {
                assert!(stop, "{language}: {id} is the label's own stop: {text}");
            } else {
                assert!(!stop, "{language}: {id} tells someone to stop: {text}");
            }
        }
    }
}

#[test]
fn every_language_says_magnesium_does_not_help_most_adults_and_quinine_is_not_recommended() {
    for language in Language::ALL {
        let kb = Knowledge::get_in(language).expect("parses");
        let (unlikely, not_recommended): (&str, &str) = match language {
            Language::En => ("unlikely to help", "not recommended"),
            Language::Es => ("poco probable que ayude", "no se recomienda"),
            Language::De => ("wahrscheinlich nicht", "nicht empfohlen"),
            Language::Fr => ("peu probable qu'il aide", "pas recommandée"),
        };
        let magnesium = kb
            .statement("prevention.magnesium")
            .map(|s| s.text.to_lowercase())
            .unwrap_or_default();
        assert!(magnesium.contains(unlikely), "{language}: {magnesium}");
        let quinine = kb
            .statement("treatments.quinine")
            .map(|s| s.text.to_lowercase())
            .unwrap_or_default();
        assert!(quinine.contains(not_recommended), "{language}: {quinine}");
        let summary = kb.topic("treatments").map(|t| t.summary.to_lowercase());
        assert!(
            summary.is_some_and(|s| s.contains(not_recommended)),
            "{language}: the treatments summary"
        );
    }
}

/// What someone in danger reads first, in every language, word for word: the urgent topic,
/// the emergency rule and the checkup's emergency headline.
#[test]
fn the_urgent_lines_read_word_for_word_in_every_language() {
    let mut out = String::new();
    for language in Language::ALL {
        let kb = Knowledge::get_in(language).expect("parses");
        out.push_str(&format!("== {language}\n"));
        out.push_str(
            &kb.message("checkup.headline.emergency", &[])
                .expect("headline"),
        );
        out.push('\n');
        if let Some(rule) = kb.rule("T1") {
            out.push_str(&format!("{}: {}\n", rule.title, rule.message));
        }
        if let Some(topic) = kb.topic("urgent") {
            out.push_str(&format!("{}\n{}\n", topic.title, topic.summary));
            for s in &topic.statements {
                out.push_str(&format!("- {}\n", s.text));
            }
        }
    }
    insta::assert_snapshot!("urgent_lines", out);
}

#[test]
fn plural_forms_follow_each_language_s_rules() {
    let line = |language: Language, cramps: &str| {
        catalog(language)
            .message(
                "report.cramps.value",
                &[("cramps", cramps), ("nights", cramps)],
            )
            .expect("renders")
    };
    assert_eq!(line(Language::En, "1"), "1 on 1 night");
    assert_eq!(line(Language::En, "2"), "2 on 2 nights");
    assert_eq!(line(Language::Es, "1"), "1 en 1 noche");
    assert_eq!(line(Language::De, "2"), "2 in 2 Nächten");
    // French counts zero as singular, English and German do not.
    assert_eq!(line(Language::Fr, "0"), "0 sur 0 nuit");
    assert_eq!(line(Language::En, "0"), "0 on 0 nights");
}
