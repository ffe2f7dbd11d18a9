//! The JSON API: validation, idempotent writes, and the contract shapes.

use crate::support::App;

const CRAMP: &str = r#"{"id":"7f0a3c52-1d2e-4b8a-9c3d-2e1f0a9b8c7d","started_at":"2026-11-27T03:10:00+01:00","duration_s":90,"muscle":"calf","side":"left","intensity":6,"woke":true,"relief":["stretch"]}"#;

#[tokio::test]
async fn a_cramp_sent_twice_is_stored_once() {
    let app = App::new(None);
    let (status, first) = app.json("POST", "/api/episodes", CRAMP).await;
    assert_eq!(status, 201);
    assert_eq!(first["night"], "2026-11-26");
    assert_eq!(first["relief"], serde_json::json!(["stretch"]));
    let (status, _) = app.json("POST", "/api/episodes", CRAMP).await;
    assert_eq!(status, 200, "a retry after a lost answer changes nothing");
    let (_, all) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(all.as_array().map(Vec::len), Some(1));
    let changed = CRAMP.replace("\"intensity\":6", "\"intensity\":9");
    let (status, body) = app.json("POST", "/api/episodes", &changed).await;
    assert_eq!(status, 409, "{body}");
}

#[tokio::test]
async fn bad_input_names_the_field_and_changes_nothing() {
    let app = App::new(None);
    let (status, body) = app
        .json(
            "POST",
            "/api/episodes",
            &CRAMP.replace("\"intensity\":6", "\"intensity\":11"),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(body["field"], "intensity");
    assert_eq!(body["value"], "11");
    assert_eq!(body["allowed"], "a whole number from 1 to 10");
    let (status, body) = app.json("POST", "/api/episodes", "{not json").await;
    assert_eq!(status, 400);
    assert!(
        body["error"]
            .as_str()
            .expect("error")
            .starts_with("not valid JSON")
    );
    let (status, _) = app
        .json(
            "PUT",
            "/api/days/2026-11-20",
            r#"{"factors":{"standing_h":"lots"}}"#,
        )
        .await;
    assert_eq!(status, 422);
    let (status, body) = app
        .json(
            "PUT",
            "/api/days/2026-11-20",
            r#"{"factors":{"standing_h":9,"custom:ate late":true}}"#,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(body["factors"]["custom:ate late"], true);
    let (_, all) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(all, serde_json::json!([]));
}

#[tokio::test]
async fn analyses_follow_the_diary_contract() {
    let app = App::new(None);
    app.json("POST", "/api/episodes", CRAMP).await;
    let (status, insights) = app.json("GET", "/api/insights", "").await;
    assert_eq!(status, 200);
    assert!(insights["nights_known"].is_u64() && insights["factors"].is_array());
    let (status, checkup) = app
        .json("GET", "/api/checkup?one_leg_swollen=yes", "")
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        (checkup["see_doctor"].as_bool(), checkup["urgency"].as_str()),
        (Some(true), Some("urgent"))
    );
    assert_eq!(checkup["reasons"][0]["code"], "red_flag");
    let (status, _) = app
        .json("GET", "/api/checkup?unknown_question=yes", "")
        .await;
    assert_eq!(status, 400);
    let (status, spec) = app.json("GET", "/api/openapi.json", "").await;
    assert_eq!(status, 200);
    assert_eq!(spec["openapi"], "3.0.3");
    assert!(spec["paths"]["/api/episodes"]["post"].is_object());
}
