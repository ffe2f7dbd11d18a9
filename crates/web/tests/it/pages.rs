//! Every page renders; the forms save what they say and redirect.

use crate::support::{App, header};

#[tokio::test]
async fn every_page_renders_with_its_landmarks() {
    let app = App::new(None);
    for (path, expect) in [
        ("/", "Cramp now"),
        ("/cramp", "Cramp now"),
        ("/cramp?stage=timer", "It&#39;s over"),
        ("/cramp?stage=details", "Pain, 1 to 10"),
        ("/morning", "How was last night?"),
        ("/day", "Save the day"),
        ("/entries", "Entries"),
        ("/insights", "From 0 logged nights"),
        ("/checkup", "A few questions about warning signs"),
        ("/guide", "The bedtime calf stretch"),
        ("/guide/doctor", "When to see a doctor"),
        ("/stretch", "Start 30 seconds"),
        ("/plan", "Stretch your calves every night before bed"),
    ] {
        let (status, body) = app.get(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(body.contains(expect), "{path} lacks {expect:?}");
        assert!(body.contains(r#"<main id="main">"#), "{path}");
        // Every asset from this server: nothing fetched from elsewhere.
        assert!(
            !body.contains(r#"src="http"#) && !body.contains(r#"href="http"#),
            "{path} loads from outside"
        );
    }
    let (status, body) = app.get("/no-such-page").await;
    assert_eq!(status, 404);
    assert!(body.contains("There is no such page."));
}

#[tokio::test]
async fn the_cramp_form_can_say_the_cramp_did_not_wake_you() {
    let app = App::new(None);
    let (_, page) = app.get("/cramp?stage=details&backdate=1").await;
    assert!(page.contains(r#"name="woke" value="no""#), "{page}");
    let (status, _, body) = app
        .form(
            "/cramp",
            "night=2026-11-26&at=23%3A30&lasted=1m&side=left&muscle=calf&pain=4&woke=no",
        )
        .await;
    assert_eq!(status, 303, "{body}");
    let (_, episodes) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(episodes[0]["woke"], false);
    assert_eq!(episodes[0]["night"], "2026-11-26");
}

#[tokio::test]
async fn the_cramp_timer_carries_the_ten_minute_warning() {
    let app = App::new(None);
    let (status, page) = app.get("/cramp?stage=timer").await;
    assert_eq!(status, 200);
    assert!(
        page.contains(r#"id="too-long" role="alert" data-after="600" hidden>A cramp that will not let go after more than 10 minutes"#),
        "{page}"
    );
    assert!(page.contains("<noscript><p class=\"warning\">A cramp that will not let go"));
}

#[tokio::test]
async fn the_cramp_form_logs_a_cramp_and_the_morning_form_a_check_in() {
    let app = App::new(None);
    let (status, headers, _) = app
        .form("/cramp", "started_at=2026-11-27T03%3A10%3A00%2B01%3A00&ended_at=2026-11-27T03%3A12%3A30%2B01%3A00&side=right&muscle=calf&pain=7")
        .await;
    assert_eq!(status, 303, "POST then redirect");
    assert_eq!(header(&headers, "location"), Some("/?logged=2026-11-26"));
    let (_, home) = app.get("/?logged=2026-11-26").await;
    assert!(
        home.contains("Cramp logged on the night of Thursday 26 November."),
        "the flash names the night the cramp went on"
    );
    let (_, episodes) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(episodes[0]["duration_s"], 150);
    assert_eq!(
        episodes[0]["woke"], true,
        "woke you, unless you say otherwise"
    );
    assert_eq!(episodes[0]["night"], "2026-11-26");
    assert_eq!(episodes[0]["side"], "right");

    let (status, _, _) = app
        .form("/morning", "night=2026-11-25&answer=none&disturbance=1")
        .await;
    assert_eq!(status, 303);
    let (_, nights) = app
        .json("GET", "/api/nights?from=2026-11-25&to=2026-11-26", "")
        .await;
    assert_eq!(nights[0]["status"], "no_cramps");
    assert_eq!(nights[1]["status"], "cramps");
    // Confirming a night with cramps as cramp-free is refused.
    let (status, _, body) = app.form("/morning", "night=2026-11-26&answer=none").await;
    assert_eq!(status, 400);
    assert!(
        body.contains("has 1 cramp logged, so it cannot be confirmed cramp-free"),
        "{body}"
    );
}

#[tokio::test]
async fn the_day_form_saves_clears_and_refuses_bad_values_without_saving() {
    let app = App::new(None);
    let (status, headers, _) = app
        .form("/day", "date=2026-11-20&standing_h=9&water_l=1.5&stretched=true&sleep_position=side_curled&new_name=long+drive&new_value=yes")
        .await;
    assert_eq!(status, 303);
    assert_eq!(
        header(&headers, "location"),
        Some("/day?date=2026-11-20&saved=1")
    );
    let (_, day) = app.json("GET", "/api/days/2026-11-20", "").await;
    assert_eq!(day["factors"]["standing_h"], 9.0);
    assert_eq!(day["factors"]["stretched"], true);
    assert_eq!(day["factors"]["custom:long drive"], true);
    // Leaving a field blank clears it; a bad value saves nothing at all.
    let (status, _, body) = app
        .form(
            "/day",
            "date=2026-11-20&standing_h=&water_l=40&stretched=true",
        )
        .await;
    assert_eq!(status, 422);
    assert!(body.contains("Nothing was saved"), "{body}");
    let (_, day) = app.json("GET", "/api/days/2026-11-20", "").await;
    assert_eq!(
        day["factors"]["standing_h"], 9.0,
        "untouched after the refused form"
    );
    let (status, _, _) = app
        .form("/day", "date=2026-11-20&water_l=2&stretched=true")
        .await;
    assert_eq!(status, 303);
    let (_, day) = app.json("GET", "/api/days/2026-11-20", "").await;
    assert!(
        day["factors"].get("standing_h").is_none(),
        "blank clears: {day}"
    );
}

#[tokio::test]
async fn entries_can_be_edited_and_deleted() {
    let app = App::new(None);
    let (_, created) = app
        .json("POST", "/api/episodes", r#"{"started_at":"2026-11-27T03:10:00+01:00","duration_s":60,"muscle":"calf","side":"left","intensity":4}"#)
        .await;
    let id = created["id"].as_str().expect("id").to_string();
    let (status, body) = app.get(&format!("/entries/{id}/edit")).await;
    assert_eq!(status, 200);
    assert!(body.contains("2026-11-27T03:10:00+01:00"));
    let (status, _, _) = app
        .form(&format!("/entries/{id}"), "started_at=2026-11-27T03%3A10%3A00%2B01%3A00&lasted=2m&side=both&muscle=foot&pain=6&woke=yes")
        .await;
    assert_eq!(status, 303);
    let (_, e) = app.json("GET", &format!("/api/episodes/{id}"), "").await;
    assert_eq!(
        (
            e["side"].as_str(),
            e["duration_s"].as_u64(),
            e["intensity"].as_u64()
        ),
        (Some("both"), Some(120), Some(6))
    );
    let (status, body) = app.get(&format!("/entries/{id}/delete")).await;
    assert_eq!(status, 200);
    assert!(body.contains("This cannot be undone"));
    let (status, _, _) = app.form(&format!("/entries/{id}/delete"), "").await;
    assert_eq!(status, 303);
    let (status, _) = app.json("GET", &format!("/api/episodes/{id}"), "").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn the_checkup_shows_urgent_first() {
    let app = App::new(None);
    let (status, body) = app
        .get("/checkup?one_leg_swollen=yes&pain_when_walking=yes")
        .await;
    assert_eq!(status, 200);
    let urgent = body
        .find("URGENT: get medical care today.")
        .expect("headline");
    let clot = body.find("Possible blood clot in the leg").expect("T2");
    let walking = body.find("Pain when walking").expect("R5");
    assert!(urgent < clot && clot < walking);
    assert!(body.contains("Rule T2"));
}

#[tokio::test]
async fn the_report_for_the_doctor_as_html_and_pdf() {
    let app = App::new(None);
    app.json("POST", "/api/episodes", r#"{"started_at":"2026-11-20T03:10:00+01:00","duration_s":700,"muscle":"calf","side":"left","intensity":8}"#).await;
    let (status, body) = app.get("/report").await;
    assert_eq!(status, 200);
    assert!(body.contains("Nighttime leg cramps: patient diary summary"));
    assert!(body.contains("G47.62"));
    assert!(body.contains("@media print"), "a print stylesheet");
    assert!(body.contains("100% over 10 min"), "{body}");
    let (status, headers, pdf) = app
        .send(crate::support::request(
            "GET",
            "/report.pdf",
            None,
            axum::body::Body::empty(),
        ))
        .await;
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-type"), Some("application/pdf"));
    assert!(pdf.starts_with("%PDF-"));
}

/// Every source code on the guide, the stretch, the checkup and the plan is a link that
/// opens its entry on /sources, and no page shows an internal word.
#[tokio::test]
async fn every_source_shown_opens_and_no_internal_word_shows() {
    let app = App::new(None);
    let (status, sources) = app.get("/sources").await;
    assert_eq!(status, 200);
    let mut pages = vec![
        "/".to_string(),
        "/guide".into(),
        "/stretch".into(),
        "/checkup".into(),
        "/plan".into(),
        "/insights".into(),
        "/report".into(),
        "/sources".into(),
        "/cramp?stage=timer".into(),
    ];
    let kb = nightcramp_core::knowledge::Knowledge::get().expect("knowledge");
    pages.extend(kb.topics.iter().map(|t| format!("/guide/{}", t.id)));
    let mut links = 0;
    for path in &pages {
        let (status, body) = app.get(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            !body.to_lowercase().contains("seed"),
            "{path} shows the word seed"
        );
        for part in body.split("href=\"/sources#").skip(1) {
            let id = part.split('"').next().unwrap_or_default();
            assert!(
                sources.contains(&format!("id=\"{id}\"")),
                "{path} links to /sources#{id}, which is not there"
            );
            links += 1;
        }
    }
    assert!(links > 50, "source codes are links ({links} found)");
    assert!(sources.contains("id=\"S0\""), "the article is listed");
    assert!(sources.contains("Kind of evidence: Cochrane systematic review"));
}

/// The checkup form keeps the answers (with the date) and then shows the checkup for them;
/// the report lists them.
#[tokio::test]
async fn checkup_answers_are_kept_for_the_report() {
    let app = App::new(None);
    let (status, page) = app.get("/checkup").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"<form action="/checkup" method="post""#));
    assert!(
        page.contains("Your diary cannot be judged yet"),
        "an empty diary is not all clear"
    );
    assert!(
        page.contains(r#"id="unanswered""#),
        "the unanswered questions are said"
    );
    let (status, headers, _) = app
        .form(
            "/checkup",
            "one_leg_swollen=yes&severe_discomfort=no&twitching=",
        )
        .await;
    assert_eq!(status, 303);
    let location = header(&headers, "location").expect("redirect").to_string();
    assert!(location.starts_with("/checkup?"), "{location}");
    let (_, result) = app.get(&location).await;
    assert!(
        result.contains("URGENT: get medical care today."),
        "{result}"
    );
    let (_, report) = app.get("/report").await;
    assert!(
        report.contains("Warning-sign questions answered"),
        "{report}"
    );
    assert!(
        report.contains("<td>yes</td><td>28 November 2026</td>"),
        "{report}"
    );
    assert!(
        report.contains("answered no on 28 November 2026"),
        "{report}"
    );
}
