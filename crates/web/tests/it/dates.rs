//! Every web form and API call that takes a date or a time: random instants over two
//! years, in several zones, go in through the backdated cramp form, the edit form, the
//! morning check-in, the day API and the episode API, and come back unchanged on the right
//! night. The server's clock is fixed, so the real date never matters.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use nightcramp_core::domain::format_rfc3339;
use nightcramp_core::night::night_of_in;
use proptest::prelude::*;
use serde_json::json;

use crate::support::{App, form_body, header};

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/St_Johns",
    "Australia/Lord_Howe",
];

const NOW: &str = "2027-01-02T12:00:00Z";

fn shown_once(at: Timestamp, tz: &TimeZone) -> bool {
    tz.to_ambiguous_timestamp(tz.to_datetime(at))
        .unambiguous()
        .is_ok()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime")
}

async fn episodes_of(app: &App, night: &str) -> Vec<serde_json::Value> {
    let (status, list) = app
        .json("GET", &format!("/api/episodes?from={night}&to={night}"), "")
        .await;
    assert_eq!(status, 200);
    list.as_array().expect("array").clone()
}

async fn status_of(app: &App, night: &str) -> serde_json::Value {
    let (_, nights) = app
        .json("GET", &format!("/api/nights?from={night}&to={night}"), "")
        .await;
    nights[0]["status"].clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn dates_and_times_come_back_unchanged_through_every_form(
        minutes in 28_928_160i64..29_979_360,
        seconds in 0i64..60,
        zone in prop::sample::select(ZONES),
        nudge in 1i64..600,
        day_back in 2i64..700,
    ) {
        let tz = TimeZone::get(zone).expect("zone");
        // The backdated form takes hours and minutes: start on a whole minute.
        let at = Timestamp::from_second(minutes * 60).expect("in range");
        let night = night_of_in(at, &tz);
        let n = night.to_string();
        let app = App::at_in(NOW, zone, None);
        runtime().block_on(async {
            // Backdating from the morning check-in of that night keeps the night.
            let (status, headers, _) = app.form("/morning", &form_body(&[("night", &n), ("answer", "cramps")])).await;
            assert_eq!(status, 303);
            let location = header(&headers, "location").expect("redirect").to_string();
            assert!(location.contains(&format!("night={n}")), "{location}");
            let (status, page) = app.get(&location).await;
            assert_eq!(status, 200);
            assert!(page.contains(&format!(r#"name="night" value="{n}""#)), "the form carries the night");

            let clock = tz.to_datetime(at).strftime("%H:%M").to_string();
            let (status, headers, body) = app
                .form("/cramp", &form_body(&[("night", &n), ("at", &clock), ("lasted", "1m"), ("side", "left"), ("muscle", "calf"), ("pain", "5"), ("woke", "yes")]))
                .await;
            if !shown_once(at, &tz) {
                assert_eq!(status, 422, "a repeated clock time is refused on the form: {body}");
                assert!(body.contains("happened twice"));
                return;
            }
            assert_eq!(status, 303, "{body}");
            assert_eq!(header(&headers, "location"), Some(format!("/?logged={n}").as_str()));
            let list = episodes_of(&app, &n).await;
            assert_eq!(list.len(), 1, "on night {n}");
            let expected = format_rfc3339(at, tz.to_offset(at));
            assert_eq!(list[0]["started_at"], expected.as_str());
            let id = list[0]["id"].as_str().expect("id").to_string();

            // The edit form: a bare clock time corrects the time on the cramp's own night.
            let corrected = at
                .checked_add(SignedDuration::from_secs(nudge + seconds))
                .expect("in range");
            if night_of_in(corrected, &tz) == night && shown_once(corrected, &tz) {
                let clock = tz.to_datetime(corrected).strftime("%H:%M:%S").to_string();
                let (status, _, body) = app
                    .form(&format!("/entries/{id}"), &form_body(&[("started_at", &clock), ("lasted", "60"), ("side", "left"), ("muscle", "calf"), ("pain", "5")]))
                    .await;
                assert_eq!(status, 303, "{body}");
                let (_, episode) = app.json("GET", &format!("/api/episodes/{id}"), "").await;
                assert_eq!(episode["started_at"], format_rfc3339(corrected, tz.to_offset(corrected)).as_str());
                assert_eq!(episode["night"], n.as_str());
            }

            // The API keeps an exact time exactly, with its offset.
            let exact = format_rfc3339(corrected, tz.to_offset(corrected));
            let (status, created) = app
                .json("POST", "/api/episodes", &json!({"started_at": exact, "duration_s": 60, "muscle": "foot", "side": "right", "intensity": 4}).to_string())
                .await;
            assert_eq!(status, 201, "{created}");
            assert_eq!(created["started_at"], exact.as_str());
            assert_eq!(created["night"], night_of_in(corrected, &tz).to_string().as_str());

            // A check-in and a day for an earlier date land on that date.
            let earlier = night.checked_sub(jiff::Span::new().days(day_back)).expect("in range").to_string();
            let (status, _, _) = app.form("/morning", &form_body(&[("night", &earlier), ("answer", "none")])).await;
            assert_eq!(status, 303);
            assert_eq!(status_of(&app, &earlier).await, "no_cramps");
            let (status, _) = app
                .json("PUT", &format!("/api/days/{earlier}"), &json!({"factors": {"standing_h": 8}}).to_string())
                .await;
            assert_eq!(status, 200);
            let (_, day) = app.json("GET", &format!("/api/days/{earlier}"), "").await;
            assert_eq!(day["date"], earlier.as_str());
            assert_eq!(day["factors"]["standing_h"], 8.0);
        });
    }
}

#[tokio::test]
async fn the_api_and_the_forms_refuse_the_future_and_impossible_dates_and_change_nothing() {
    let app = App::at("2026-12-01T09:00:00+01:00", None);
    let (status, body) = app
        .json(
            "POST",
            "/api/episodes",
            &json!({"started_at": "2026-12-01T10:00:00+01:00", "duration_s": 60, "muscle": "calf", "side": "left", "intensity": 5}).to_string(),
        )
        .await;
    assert_eq!(status, 422);
    assert_eq!(body["field"], "started_at", "{body}");
    let (status, body) = app
        .json(
            "POST",
            "/api/checkins",
            &json!({"night": "-9999-01-01"}).to_string(),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = app
        .json(
            "PUT",
            "/api/days/0000-01-01",
            &json!({"factors": {"standing_h": 8}}).to_string(),
        )
        .await;
    assert_eq!(status, 422);
    // Backdating to tonight's morning, which has not come yet, is refused on the form.
    let (status, _, body) = app
        .form(
            "/cramp",
            &form_body(&[
                ("night", "2026-12-01"),
                ("at", "03:00"),
                ("side", "left"),
                ("muscle", "calf"),
                ("pain", "5"),
            ]),
        )
        .await;
    assert_eq!(status, 422);
    assert!(body.contains("already happened"), "{body}");
    let (_, episodes) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(episodes, json!([]), "nothing was stored");
    let (_, nights) = app
        .json("GET", "/api/nights?from=2026-11-01&to=2026-11-30", "")
        .await;
    assert!(
        nights
            .as_array()
            .expect("array")
            .iter()
            .all(|n| n["status"] == "unknown")
    );
}
