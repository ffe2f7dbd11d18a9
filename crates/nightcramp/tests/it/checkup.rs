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
    let codes_of = |c: &Value| -> Vec<String> {
        c["reasons"]
            .as_array()
            .expect("reasons")
            .iter()
            .map(|r| r["code"].as_str().expect("code").to_string())
            .collect()
    };
    // Pain of 8/10 alone is not "severe": intense pain is part of every cramp.
    let unanswered: Value = d.json(&["checkup", "--json"]);
    assert!(!codes_of(&unanswered).contains(&"severe".to_string()));
    let c: Value = d.json(&["checkup", "--json", "--yes", "severe_discomfort"]);
    assert_eq!(c["see_doctor"], true);
    assert_eq!(c["urgency"], "routine");
    let codes = codes_of(&c);
    for code in ["frequent", "severe", "long_lasting", "sleep_disruption"] {
        assert!(
            codes.contains(&code.to_string()),
            "{code} missing from {codes:?}"
        );
    }
    // Eight logged nights of the last 28: too few to call anything all clear.
    assert_eq!(c["enough_data"], false);
    assert_eq!(c["data"]["lookback_nights"], 28);
    assert_eq!(c["data"]["lookback_nights_known"], 8);
    assert_eq!(c["data"]["recent_cramp_nights"], 8);
    assert_eq!(
        c["headline"], "Worth an ordinary appointment with your doctor.",
        "what was found still leads"
    );
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
        text.contains("Your diary cannot be judged yet: 0 of the last 28 nights are logged"),
        "an empty diary is not all clear: {text}"
    );
    assert!(!text.contains("Nothing in your diary or answers calls for a doctor right now."));
}

/// Answers given to the checkup are kept with their date: the report shows them, and a
/// JSON backup carries them to another diary.
#[test]
fn answers_are_kept_for_the_report_and_travel_with_a_backup() {
    let mut d = Sandbox::new();
    week_of_frequent_cramps(&mut d);
    d.ok(&[
        "checkup",
        "--yes",
        "severe_discomfort",
        "--no",
        "one_leg_swollen",
    ]);
    let html = d.path("report.html");
    d.ok(&["report", "--out", crate::support::s(&html)]);
    let page = std::fs::read_to_string(&html).expect("report");
    assert!(page.contains("Warning-sign questions answered"), "{page}");
    assert!(
        page.contains("<td>yes</td><td>28 November 2026</td>"),
        "{page}"
    );
    assert!(page.contains("said so on 28 November 2026"), "{page}");
    let backup = d.backup();
    assert_eq!(backup["answers"].as_array().map(Vec::len), Some(2));
    let file = d.path("backup.json");
    d.ok(&[
        "export",
        "--format",
        "json",
        "--out",
        crate::support::s(&file),
    ]);
    let mut other = Sandbox::new();
    other.at("2026-11-28T09:00:00+01:00");
    other.ok(&["import", crate::support::s(&file)]);
    assert_eq!(other.backup()["answers"], backup["answers"]);
}
