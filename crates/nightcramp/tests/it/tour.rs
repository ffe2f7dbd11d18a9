//! The README's one-minute tour, as a person would do it: a week of cramps, quiet nights
//! and days, then the lists.

use serde_json::Value;

use crate::support::Sandbox;

#[test]
fn a_week_of_cramps_nights_and_days() {
    let mut d = Sandbox::new();
    d.ok(&[
        "profile",
        "--timezone",
        "Europe/Berlin",
        "--birth-year",
        "1956",
    ]);
    // Monday 23 Nov to Sunday 29 Nov 2026, each evening a day entry, each morning a check-in
    // or a cramp logged in the night.
    d.at("2026-11-23T21:00:00+01:00").ok(&[
        "day",
        "--standing",
        "9h",
        "--water",
        "1.2l",
        "--caffeine",
        "3",
    ]);
    d.at("2026-11-24T02:40:00+01:00").ok(&[
        "cramp", "--side", "left", "--muscle", "calf", "--pain", "7", "--lasted", "2m",
    ]);
    d.at("2026-11-24T21:00:00+01:00").ok(&[
        "day",
        "--standing",
        "4",
        "--water",
        "2l",
        "--stretched",
    ]);
    d.at("2026-11-25T07:30:00+01:00").ok(&["night", "--none"]);
    d.at("2026-11-25T21:00:00+01:00").ok(&[
        "day",
        "--exercise",
        "90",
        "--exercise-intensity",
        "vigorous",
        "--factor",
        "long drive=yes",
    ]);
    d.at("2026-11-26T08:00:00+01:00").ok(&[
        "cramp",
        "--at",
        "03:15",
        "--pain",
        "5",
        "--lasted",
        "40s",
        "--no-woke",
    ]);
    d.at("2026-11-26T08:01:00+01:00").ok(&[
        "cramp",
        "--at",
        "05:50",
        "--side",
        "right",
        "--muscle",
        "foot",
        "--relief",
        "stretch,walk",
    ]);
    d.at("2026-11-27T08:00:00+01:00")
        .ok(&["night", "--none", "--disturbance", "0"]);
    // 27 Nov: nothing logged at all (an unknown night).
    d.at("2026-11-29T09:00:00+01:00")
        .ok(&["night", "--none", "--date", "2026-11-28"]);

    let nights = d.json(&["nights", "--json"]);
    let nights: Vec<(String, String, u64)> = nights
        .as_array()
        .expect("list")
        .iter()
        .map(|n| {
            (
                n["night"].as_str().expect("night").into(),
                n["status"].as_str().expect("status").into(),
                n["episodes"].as_u64().expect("count"),
            )
        })
        .collect();
    let expect = |n: &str, s: &str, e: u64| (n.to_string(), s.to_string(), e);
    assert_eq!(
        nights,
        vec![
            expect("2026-11-23", "cramps", 1),
            expect("2026-11-24", "no_cramps", 0),
            expect("2026-11-25", "cramps", 2),
            expect("2026-11-26", "no_cramps", 0),
            expect("2026-11-27", "unknown", 0),
            expect("2026-11-28", "no_cramps", 0),
        ]
    );

    let calendar = d.ok(&["nights"]);
    insta::assert_snapshot!(calendar, @r"
    Night of    Mon Tue Wed Thu Fri Sat Sun     (digit: cramps, o: none, .: not logged)
    2026-11-23   1   o   2   o   .   o 

    6 nights, 5 logged: cramps on 2, none on 3. 1 not logged (unknown, not counted as cramp-free).
    ");

    let list = d.ok(&["list", "--nights", "4"]);
    insta::assert_snapshot!(list, @r"
    The last 4 nights, newest first:
    Sat 28 Nov 2026   no cramps
    Fri 27 Nov 2026   not logged
    Thu 26 Nov 2026   no cramps, sleep disturbed 0/10
    Wed 25 Nov 2026   2 cramps
        03:15 left calf, pain 5/10, 40 s [14293e7d]
        05:50 right foot, pain 5/10, 1 min, woke you, eased by stretching, walking [5572a4e2]
        day: exercise_min=90 exercise_intensity=vigorous custom:long drive=yes
    ");

    let home = d.ok(&[]);
    assert!(
        home.starts_with("Last night (Sat 28 Nov 2026): no cramps."),
        "{home}"
    );
    assert!(
        home.contains("2026-11-23   1   o   2   o   .   o"),
        "{home}"
    );

    let listed: Value = d.json(&["list", "--nights", "7", "--json"]);
    let wednesday = &listed[3];
    assert_eq!(wednesday["night"], "2026-11-25");
    assert_eq!(
        wednesday["episodes"][0]["started_at"],
        "2026-11-26T03:15:00+01:00"
    );
    assert_eq!(wednesday["episodes"][0]["woke"], false);
    assert_eq!(wednesday["day"]["custom:long drive"], true);
}

#[test]
fn logging_at_3am_needs_no_flags_and_says_what_it_guessed() {
    let mut d = Sandbox::new();
    d.ok(&["profile", "--timezone", "America/New_York"]);
    let first = d.at("2026-11-29T02:40:00-05:00").ok(&["cramp"]);
    insta::assert_snapshot!(first, @r"
    Logged a cramp last night (Sat 28 Nov 2026): 02:40 left calf, pain 5/10, 1 min, woke you [480870ee]
    Guessed side, muscle, pain, how long (from your last cramp where there is one). Fix it any time: nightcramp edit 480870ee
    If it still hurts:
    - Straighten the leg and pull your toes up towards your knee. This stretches the calf
      and usually releases it.
    - If you can, stand up and put your weight on the cramped leg, or walk a few steps.
    - Rub the hard muscle firmly. Afterwards, warmth (a warm shower or bath) can ease the
      soreness.
    A cramp that will not let go after more than 10 minutes, even when you stretch it, needs
    medical care right away.
    ");
    // The next one takes the last cramp's place and pain.
    d.ok(&["edit", "480870ee", "--side", "right", "--pain", "8"]);
    let second = d.at("2026-11-30T04:10:00-05:00").json(&["cramp", "--json"]);
    assert_eq!(second["night"], "2026-11-29");
    assert_eq!(
        second["guessed"],
        serde_json::json!(["side", "muscle", "pain", "how long"])
    );
    let backup = d.backup();
    assert_eq!(backup["episodes"][1]["side"], "right");
    assert_eq!(backup["episodes"][1]["intensity"], 8);
    // Logging the same cramp twice (a double tap) stores it once.
    let again = d.json(&["cramp", "--json"]);
    assert_eq!(again["already_logged"], true);
    assert_eq!(d.backup()["episodes"].as_array().map(Vec::len), Some(2));
}

#[test]
fn at_means_the_most_recent_such_time_across_a_dst_change() {
    let mut d = Sandbox::new();
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    // Clocks went back at 03:00 on 25 Oct 2026: 02:30 happened twice; the later is meant.
    d.at("2026-10-25T09:00:00+01:00")
        .ok(&["cramp", "--at", "02:30", "--lasted", "5m"]);
    let backup = d.backup();
    assert_eq!(
        backup["episodes"][0]["started_at"],
        "2026-10-25T02:30:00+01:00"
    );
    let nights = d.json(&["nights", "--json"]);
    assert_eq!(nights[0]["night"], "2026-10-24");
}

#[test]
fn the_guide_reads_the_knowledge_base_with_sources() {
    let d = Sandbox::new();
    let doctor = d.ok(&["guide", "doctor"]);
    assert!(doctor.contains("When to see a doctor"));
    let urgent = d.ok(&["guide", "urgent"]);
    assert!(urgent.starts_with("When to get help now"), "{urgent}");
    assert!(urgent.contains("[strong evidence · S34, S18]"), "{urgent}");
    let flat = urgent.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("cauda equina syndrome"), "{urgent}");
    assert!(
        flat.contains("newly lose strength or feeling anywhere"),
        "{urgent}"
    );
    assert!(flat.contains("say that you take a statin"), "{urgent}");
    let topics = d.json(&["guide", "--json"]);
    assert_eq!(
        topics[0]["id"], "urgent",
        "when to get help now comes first"
    );
    assert!(topics.as_array().expect("topics").len() >= 9);
    let sources = d.ok(&["guide", "sources"]);
    assert!(sources.contains("[S5] Hallegraeff JM"));
    assert!(
        !d.db().exists(),
        "reading the guide does not create a diary"
    );
}

#[test]
fn profile_and_medicines() {
    let d = Sandbox::new();
    d.ok(&[
        "profile",
        "--pregnant",
        "yes",
        "--due-date",
        "2027-03-01",
        "--condition",
        "diabetes",
    ]);
    let p = d.json(&["profile", "--json"]);
    assert_eq!(p["pregnant"], true);
    assert_eq!(p["conditions"], serde_json::json!(["diabetes"]));
    let added = d.ok(&[
        "meds",
        "add",
        "--name",
        "Hydrochlorothiazide",
        "--since",
        "2026-06-01",
    ]);
    assert!(added.contains("thiazide-type diuretic"), "{added}");
    assert!(added.contains("Keep taking it"), "{added}");
    let quinine = d.ok(&["meds", "add", "--name", "quinine", "--since", "2026-01-01"]);
    assert!(quinine.contains("not recommended"), "{quinine}");
    d.ok(&["meds", "stop", "quinine", "--on", "2026-11-01"]);
    let meds = d.json(&["meds", "list", "--json"]);
    assert_eq!(meds[0]["name"], "quinine");
    assert_eq!(meds[0]["until"], "2026-11-01");
    assert_eq!(meds[1]["class"], "diuretic_thiazide");
}

/// No help text and no guide page shows an internal word: the article is a named source.
#[test]
fn help_and_guide_show_no_internal_word() {
    let d = Sandbox::new();
    let help = d.ok(&["--help"]);
    let commands: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() > 15, "{commands:?}");
    let mut texts = vec![help];
    for c in &commands {
        texts.push(d.ok(&[c, "--help"]));
    }
    for topic in [
        "what",
        "who",
        "causes",
        "prevention",
        "stretch",
        "during",
        "doctor",
        "treatments",
        "sources",
    ] {
        texts.push(d.ok(&["guide", topic]));
    }
    for text in &texts {
        assert!(!text.to_lowercase().contains("seed"), "{text}");
    }
    let sources = d.ok(&["guide", "sources"]);
    assert!(
        sources.starts_with("[S0] Nighttime leg cramps"),
        "{sources}"
    );
}
