//! `checkup --json` as scripts read it, and the questionnaire at a terminal or from a pipe.

use serde_json::Value;

use crate::support::Sandbox;

fn week_of_frequent_cramps(d: &mut Sandbox) {
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    for day in 20..28 {
        d.at(&format!("2026-11-{day}T09:00:00+01:00"))
            .ok(&["cramp", "--at", "03:10", "--pain", "8", "--lasted", "12m"]);
    }
    d.at("2026-11-28T09:00:00+01:00");
}

#[test]
fn the_json_answer_follows_the_contract() {
    let mut d = Sandbox::new();
    week_of_frequent_cramps(&mut d);
    let c: Value = d.json(&["checkup", "--json"]);
    assert_eq!(c["see_doctor"], true);
    assert_eq!(c["urgency"], "routine");
    let codes: Vec<&str> = c["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(|r| r["code"].as_str().expect("code"))
        .collect();
    for code in ["frequent", "severe", "long_lasting", "sleep_disruption"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    for r in c["reasons"].as_array().expect("reasons") {
        assert!(!r["message"].as_str().expect("message").is_empty());
        assert!(!r["sources"].as_array().expect("sources").is_empty());
        assert!(r["rule"].is_string());
    }
    assert_eq!(c["data"]["recent_cramps"], 8);
}

#[test]
fn urgent_answers_win_over_everything() {
    let mut d = Sandbox::new();
    week_of_frequent_cramps(&mut d);
    let c = d.json(&[
        "checkup",
        "--json",
        "--yes",
        "one_leg_swollen",
        "--no",
        "breathless_or_chest_pain",
    ]);
    assert_eq!(c["urgency"], "urgent");
    assert_eq!(c["reasons"][0]["code"], "red_flag");
    assert_eq!(c["reasons"][0]["rule"], "T2");
    let human = d.ok(&["checkup", "--yes", "one_leg_swollen"]);
    assert!(
        human.starts_with("URGENT: get medical care today."),
        "{human}"
    );
}

#[test]
fn the_screen_reads_answers_from_standard_input() {
    let d = Sandbox::new();
    // First question (chest pain or breathlessness): yes. Then end of input.
    let out = d.with_input(&["checkup", "--screen", "--json"], "y\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let json_start = text.find("\n{").expect("json after the questions");
    let c: Value = serde_json::from_str(&text[json_start..]).expect("json");
    assert_eq!(c["emergency"], true);
    assert_eq!(c["reasons"][0]["rule"], "T1");
    let nothing = d.with_input(&["checkup", "--screen"], "n\nn\nmaybe\nn\n\n");
    let text = String::from_utf8(nothing.stdout).expect("utf-8");
    assert!(text.contains("Please answer y or n"), "{text}");
    assert!(
        text.contains("Nothing in your diary or answers calls for a doctor right now."),
        "{text}"
    );
}
