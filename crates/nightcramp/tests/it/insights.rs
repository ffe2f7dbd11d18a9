//! `insights`, `insights --habit` and `plan` through the command line, on a spreadsheet
//! with a planted trigger and a planted helper.

use std::fmt::Write as _;

use serde_json::Value;

use crate::support::{Sandbox, s};

/// 200 days from 1 May 2026. Long standing days (9 h or more) bring cramps; stretching,
/// started on 10 August, prevents them. Cramps are placed by a fixed pattern, so the
/// diary is the same every run.
fn spreadsheet(d: &Sandbox) -> (String, String) {
    let mut episodes = String::from("started_at,duration_s,muscle,side,intensity,woke\n");
    let mut days = String::from("date,standing_h,stretched,water_l,night_checked\n");
    let start = jiff::civil::date(2026, 5, 1);
    for i in 0..200i64 {
        let day = start.checked_add(jiff::Span::new().days(i)).expect("date");
        let standing = 4 + (i * 7) % 8; // 4..11 hours
        let stretched = i >= 101 && i % 7 != 3;
        let cramp = (standing >= 9 && i % 3 != 0 && !stretched)
            || (i % 11 == 0 && !stretched)
            || (standing >= 10 && i % 5 == 0);
        let logged = i % 13 != 7;
        let _ = writeln!(
            days,
            "{day},{standing},{},1.{},{}",
            if stretched { "yes" } else { "no" },
            i % 9,
            if logged && !cramp { "true" } else { "" }
        );
        if cramp {
            let next = day.tomorrow().expect("date");
            let _ = writeln!(
                episodes,
                "{next}T03:{:02}:00+02:00,{},calf,{},{},true",
                i % 60,
                60 + i % 300,
                ["left", "right"][(i % 2) as usize],
                3 + i % 6
            );
        }
    }
    (
        s(&d.write("episodes.csv", &episodes)).to_string(),
        s(&d.write("days.csv", &days)).to_string(),
    )
}

fn diary() -> Sandbox {
    let mut d = Sandbox::new();
    d.at("2026-11-18T09:00:00+01:00");
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    let (episodes, days) = spreadsheet(&d);
    d.ok(&["import", &episodes, &days]);
    d
}

#[test]
fn the_json_answer_follows_the_contract_and_finds_the_planted_effects() {
    let d = diary();
    let r: Value = d.json(&["insights", "--json"]);
    let known = r["nights_known"].as_u64().expect("nights_known");
    let cramps = r["nights_with_cramps"]
        .as_u64()
        .expect("nights_with_cramps");
    assert!(
        known > 150 && cramps > 20 && cramps < known,
        "{known} {cramps}"
    );
    let factors = r["factors"].as_array().expect("factors");
    for f in factors {
        assert!(f["factor"].is_string());
        assert!(f["lag_days"] == 0 || f["lag_days"] == 1);
        let verdict = f["verdict"].as_str().expect("verdict");
        assert!(
            [
                "likely_trigger",
                "likely_protective",
                "no_clear_link",
                "not_enough_data"
            ]
            .contains(&verdict)
        );
        for count in [
            "exposed_nights",
            "exposed_cramp_nights",
            "unexposed_nights",
            "unexposed_cramp_nights",
        ] {
            assert!(f[count].is_u64(), "{count} in {f}");
        }
        if verdict != "not_enough_data" {
            let (rr, lo, hi) = (
                f["risk_ratio"].as_f64().expect("rr"),
                f["ci_low"].as_f64().expect("lo"),
                f["ci_high"].as_f64().expect("hi"),
            );
            assert!(lo <= rr && rr <= hi, "{f}");
        }
    }
    let find = |factor: &str, lag: u64| {
        factors
            .iter()
            .find(|f| f["factor"] == factor && f["lag_days"] == lag)
            .expect("finding")
    };
    assert_eq!(find("standing_h", 0)["verdict"], "likely_trigger");
    assert_eq!(find("stretched", 0)["verdict"], "likely_protective");
    assert_eq!(find("water_l", 0)["verdict"], "no_clear_link");
    assert!(r["trends"]["weeks"].as_array().expect("weeks").len() >= 28);
}

#[test]
fn the_human_answer_reads_as_sentences_with_counts() {
    let d = diary();
    let text = d.ok(&["insights"]);
    assert!(text.starts_with("From "), "{text}");
    assert!(
        text.contains("Linked to more cramps\n- Linked to more cramps: cramps on "),
        "{text}"
    );
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("after more than 7.5 hours on your feet"),
        "{text}"
    );
    assert!(
        text.contains("Linked to fewer cramps\n- Seems to help: cramps on "),
        "{text}"
    );
    assert!(text.contains("not proof"), "{text}");
    assert!(text.contains("Trends\n- Cramps per week: "), "{text}");
    let all = d.ok(&["insights", "--all"]);
    assert!(all.contains("No clear link\n"), "{all}");
}

#[test]
fn did_stretching_help() {
    let d = diary();
    let r = d.json(&[
        "insights",
        "--habit",
        "stretched",
        "--since",
        "2026-08-10",
        "--json",
    ]);
    assert_eq!(r["habit"], "stretched");
    assert_eq!(r["verdict"], "fewer_cramps");
    assert!(r["rate_ratio"].as_f64().expect("rr") < 0.75);
    assert!(
        r["warnings"][0]
            .as_str()
            .expect("warning")
            .contains("dummy pills")
    );
    let text = d.ok(&["insights", "--habit", "stretched", "--since", "2026-08-10"]);
    assert!(
        text.starts_with("Since 10 August 2026 (stretched before bed): "),
        "{text}"
    );
    let (code, stderr) = d.fails(&["insights", "--habit", "stretched"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn the_plan_ranks_the_steps_for_this_person() {
    let d = diary();
    let plan = d.json(&["plan", "--json"]);
    let ids: Vec<&str> = plan["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids[0], "stretch", "{ids:?}");
    assert!(
        ids.contains(&"standing_h"),
        "a likely trigger becomes an item: {ids:?}"
    );
    assert_eq!(ids.last(), Some(&"magnesium"));
    let stretch = &plan["items"][0];
    assert!(
        stretch["adherence"]
            .as_str()
            .expect("adherence")
            .starts_with("stretched on "),
        "{stretch}"
    );
    let text = d.ok(&["plan"]);
    assert!(text.starts_with("Your prevention plan, most relevant to you first:\n\n1. Stretch your calves every night before bed"), "{text}");
    assert!(text.contains("Never stop a prescribed medicine on your own"));
}
