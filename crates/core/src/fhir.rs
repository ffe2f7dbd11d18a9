/*!
The diary as an HL7 FHIR R4 Bundle, for a clinician's system.

Each cramp becomes an Observation shaped after the HL7 Symptoms IG's SymptomObservation
(clinical-evidence.md 6.3 and rule K3): code LOINC 75325-1 "Symptom", the symptom as SNOMED
CT 449918009 "Cramp in lower leg", the start and end as effectivePeriod, the pain as a
component (LOINC 72514-3, 0-10), what relieved it as a component (LOINC 100753-3), the
place as bodySite text. A checked night without cramps becomes an Observation of the same
symptom with `valueBoolean: false` (our stand-in for the IG's SymptomAbsentObservation,
whose exact shape was not verified). Summary Observations give cramps per week; the
medicines become MedicationStatements and the profile's conditions Conditions. Codes not
verified against their authoritative source are given as text only, never guessed.
*/

use jiff::Timestamp;
use serde_json::{Value, json};

use crate::domain::{Diary, NightStatus, format_rfc3339};
use crate::knowledge::Knowledge;
use crate::night::night_bounds;
use crate::nights::{NightIndex, diary_span};

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
const UCUM: &str = "http://unitsofmeasure.org";
const PATIENT: &str = "urn:uuid:6e696768-7463-7261-6d70-706174696e74";

/// A display text in the export's language. A code's `display` is its code system's own
/// (English) wording and stays so; the `text` beside it is the reader's.
fn say(knowledge: &Knowledge, key: &str, values: &[(&str, &str)]) -> String {
    knowledge.message(key, values).unwrap_or_default()
}

fn symptom_code(knowledge: &Knowledge) -> Value {
    json!({"coding": [{"system": LOINC, "code": "75325-1", "display": "Symptom"}], "text": say(knowledge, "fhir.symptom", &[])})
}

fn cramp_value(knowledge: &Knowledge) -> Value {
    json!({"coding": [{"system": SNOMED, "code": "449918009", "display": "Cramp in lower leg"}], "text": say(knowledge, "fhir.cramp", &[])})
}

fn category(knowledge: &Knowledge) -> Value {
    json!([{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey", "display": "Survey"}], "text": say(knowledge, "fhir.category", &[])}])
}

fn entry(id: &str, resource: Value) -> Value {
    json!({"fullUrl": format!("urn:uuid:{id}"), "resource": resource})
}

/// Builds the Bundle (type `collection`). `now` stamps it; `knowledge` labels medicines.
pub fn bundle(diary: &Diary, knowledge: &Knowledge, now: Timestamp) -> Value {
    let mut entries = Vec::new();
    let mut patient = json!({"resourceType": "Patient", "id": PATIENT.trim_start_matches("urn:uuid:"), "active": true});
    if let Some(year) = diary.profile.birth_year {
        patient["birthDate"] = json!(format!("{year:04}"));
    }
    entries.push(json!({"fullUrl": PATIENT, "resource": patient}));
    let subject = json!({"reference": PATIENT});

    for e in &diary.episodes {
        let end = e
            .started_at
            .checked_add(jiff::SignedDuration::from_secs(i64::from(e.duration_s)))
            .unwrap_or(e.started_at);
        let mut components = vec![json!({
            "code": {"coding": [{"system": LOINC, "code": "72514-3", "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}]},
            "valueInteger": e.intensity
        })];
        if !e.relief.is_empty() {
            let relief = crate::describe::reliefs(knowledge, e);
            components.push(json!({
                "code": {"coding": [{"system": LOINC, "code": "100753-3", "display": "Alleviating factors"}]},
                "valueCodeableConcept": {"text": relief.join(", ")}
            }));
        }
        let mut obs = json!({
            "resourceType": "Observation",
            "id": e.id.to_string(),
            "status": "final",
            "category": category(knowledge),
            "code": symptom_code(knowledge),
            "subject": subject,
            "performer": [subject],
            "effectivePeriod": {"start": e.started_at_rfc3339(), "end": format_rfc3339(end, e.utc_offset)},
            "valueCodeableConcept": cramp_value(knowledge),
            "bodySite": {"text": say(knowledge, &format!("site.{}.{}", e.muscle, e.side), &[])},
            "component": components,
        });
        let mut notes = Vec::new();
        if e.woke == Some(true) {
            notes.push(say(knowledge, "fhir.woke", &[]));
        }
        if let Some(h) = e.soreness_h {
            let hours = knowledge.language.number_up_to(h, 2);
            notes.push(say(knowledge, "fhir.soreness", &[("hours", &hours)]));
        }
        if let Some(n) = &e.notes {
            notes.push(n.clone());
        }
        if !notes.is_empty() {
            obs["note"] = json!([{"text": notes.join(" ")}]);
        }
        entries.push(entry(&e.id.to_string(), obs));
    }

    let index = NightIndex::new(diary);
    let zone = diary.profile.zone_or(jiff::tz::TimeZone::UTC);
    for c in &diary.checkins {
        if index.status(c.night) != NightStatus::NoCramps {
            continue;
        }
        let Some((start, end)) = night_bounds(c.night, &zone) else {
            continue;
        };
        let mut obs = json!({
            "resourceType": "Observation",
            "id": c.id.to_string(),
            "status": "final",
            "category": category(knowledge),
            "code": cramp_value(knowledge),
            "subject": subject,
            "performer": [subject],
            "effectivePeriod": {"start": format_rfc3339(start, zone.to_offset(start)), "end": format_rfc3339(end, zone.to_offset(end))},
            "valueBoolean": false,
        });
        if let Some(d) = c.sleep_disturbance {
            let text = say(knowledge, "fhir.disturbance", &[("rating", &d.to_string())]);
            obs["note"] = json!([{ "text": text }]);
        }
        entries.push(entry(&c.id.to_string(), obs));
    }

    if let Some((first, last)) = diary_span(diary) {
        let summary = crate::trend::weekly_summaries(
            &index,
            last,
            ((crate::nights::days_between(first, last) + 7) / 7).clamp(1, 522),
        );
        let known: u32 = summary.iter().map(|w| w.known_nights).sum();
        let cramps: u32 = summary.iter().map(|w| w.cramps).sum();
        let cramp_nights: u32 = summary.iter().map(|w| w.cramp_nights).sum();
        if known > 0 {
            let per_week = |n: u32| (f64::from(n) * 7.0 / f64::from(known) * 100.0).round() / 100.0;
            let (s, e) = (first.to_string(), last.to_string());
            let note = say(knowledge, "fhir.known", &[("known", &known.to_string())]);
            for (id, label, value) in [
                (
                    "6e696768-7463-7261-6d70-73756d6d6131",
                    "fhir.cramps_per_week",
                    per_week(cramps),
                ),
                (
                    "6e696768-7463-7261-6d70-73756d6d6132",
                    "fhir.cramp_nights_per_week",
                    per_week(cramp_nights),
                ),
            ] {
                entries.push(entry(id, json!({
                    "resourceType": "Observation",
                    "id": id,
                    "status": "final",
                    "category": category(knowledge),
                    "code": {"coding": [{"system": LOINC, "code": "104156-5", "display": "Condition frequency, reported"}], "text": say(knowledge, label, &[])},
                    "subject": subject,
                    "effectivePeriod": {"start": s, "end": e},
                    "valueQuantity": {"value": value, "unit": "/wk", "system": UCUM, "code": "/wk"},
                    "note": [{ "text": note }],
                })));
            }
        }
    }

    for m in &diary.medications {
        let label = knowledge
            .class_info(m.class)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| m.class.to_string());
        let mut period = json!({"start": m.since.to_string()});
        if let Some(u) = m.until {
            period["end"] = json!(u.to_string());
        }
        entries.push(entry(
            &m.id.to_string(),
            json!({
                "resourceType": "MedicationStatement",
                "id": m.id.to_string(),
                "status": if m.until.is_some() { "completed" } else { "active" },
                "medicationCodeableConcept": {"text": m.name},
                "subject": subject,
                "effectivePeriod": period,
                "note": [{"text": say(knowledge, "fhir.drug_class", &[("label", &label)])}],
            }),
        ));
    }

    for (i, condition) in diary.profile.conditions.iter().enumerate() {
        let id = format!("6e696768-7463-7261-6d70-636f6e64{i:04}");
        entries.push(entry(&id, json!({
            "resourceType": "Condition",
            "id": id,
            "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "unconfirmed"}]},
            "code": {"text": say(knowledge, &format!("condition.{condition}"), &[])},
            "subject": subject,
            "note": [{"text": say(knowledge, "fhir.condition_note", &[])}],
        })));
    }

    let as_of = crate::night::last_night(zone.to_datetime(now).date());
    for record in &diary.experiments {
        let Ok(e) = crate::experiment::Experiment::from_record(record) else {
            continue;
        };
        entries.push(experiment_observation(
            &e, diary, knowledge, as_of, &subject,
        ));
    }

    json!({
        "resourceType": "Bundle",
        "id": "6e696768-7463-7261-6d70-62756e646c65",
        "language": knowledge.language.code(),
        "type": "collection",
        "timestamp": now.to_string(),
        "entry": entries,
    })
}

/// A personal experiment's result as an Observation: the rate ratio of cramps per night
/// (change against usual) with its interval and probabilities as components, the verdict
/// as the interpretation and the result's sentence as a note. Preliminary until finished.
fn experiment_observation(
    e: &crate::experiment::Experiment,
    diary: &Diary,
    knowledge: &Knowledge,
    as_of: jiff::civil::Date,
    subject: &Value,
) -> Value {
    let r = crate::experiment::analyse(knowledge, e, diary, as_of);
    let id = uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_OID,
        format!("nightcramp-experiment-{}", e.id).as_bytes(),
    )
    .to_string();
    let ratio = |value: f64| json!({"value": value, "unit": "ratio", "system": UCUM, "code": "1"});
    let probability =
        |value: f64| json!({"value": value, "unit": "probability", "system": UCUM, "code": "1"});
    let mut components = Vec::new();
    for (label, value, as_ratio) in [
        ("fhir.ci_low", r.ci_low, true),
        ("fhir.ci_high", r.ci_high, true),
        ("fhir.probability_helps", r.probability_helps, false),
        (
            "fhir.probability_meaningful",
            r.probability_meaningful,
            false,
        ),
    ] {
        if let Some(v) = value {
            components.push(json!({
                "code": {"text": say(knowledge, label, &[])},
                "valueQuantity": if as_ratio { ratio(v) } else { probability(v) },
            }));
        }
    }
    let finished = matches!(
        r.status,
        crate::experiment::Status::Finished | crate::experiment::Status::Stopped
    );
    let mut obs = json!({
        "resourceType": "Observation",
        "id": id,
        "status": if finished { "final" } else { "preliminary" },
        "category": category(knowledge),
        "code": {"text": say(knowledge, "fhir.experiment", &[
            ("change", &e.change.doing(knowledge)),
            ("code", &e.change.text()),
        ])},
        "subject": subject,
        "effectivePeriod": {"start": e.start.to_string(), "end": e.end().to_string()},
        "interpretation": [{"text": say(knowledge, &format!("fhir.verdict.{}", r.verdict.as_str()), &[])}],
        "note": [{"text": r.sentence}],
    });
    match r.rate_ratio {
        Some(rr) => obs["valueQuantity"] = ratio(rr),
        None => {
            obs["dataAbsentReason"] = json!({"text": say(knowledge, "fhir.not_enough_data", &[])})
        }
    }
    if !components.is_empty() {
        obs["component"] = Value::Array(components);
    }
    entry(&id, obs)
}
