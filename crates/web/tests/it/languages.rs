//! The web app in every language: each page answers in the language chosen (the profile,
//! else the chosen-language cookie, else the browser's), with `<html lang>` to match and no
//! English left on a translated screen; every key the app uses exists; the JSON API stays
//! English whatever the browser asks.

use axum::body::Body;
use nightcramp_core::language::{Catalog, Language, fluent_id};

use crate::support::{App, header, request};

async fn get_with(
    app: &App,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, Vec<(String, String)>, String) {
    let mut r = request("GET", path, None, Body::empty());
    for (name, value) in headers {
        r.headers_mut().insert(
            axum::http::HeaderName::from_bytes(name.as_bytes()).expect("name"),
            value.parse().expect("value"),
        );
    }
    app.send(r).await
}

/// A diary with something on every page: cramps on several nights (one backdated), a
/// check-in, a day with factors, answered warning questions and a running experiment.
async fn lived_in() -> App {
    let app = App::new(None);
    for (night, at) in [
        ("2026-11-20", "02%3A10"),
        ("2026-11-22", "23%3A40"),
        ("2026-11-25", "04%3A00"),
        ("2026-11-26", "03%3A15"),
    ] {
        let (status, _, body) = app
            .form(
                "/cramp",
                &format!("night={night}&at={at}&lasted=3m&side=left&muscle=calf&pain=6&woke=yes"),
            )
            .await;
        assert_eq!(status, 303, "{body}");
    }
    let (status, _, _) = app
        .form("/morning", "night=2026-11-24&answer=none&disturbance=2")
        .await;
    assert_eq!(status, 303);
    let (status, _, _) = app
        .form(
            "/day",
            "date=2026-11-25&standing_h=9&water_l=1.5&stretched=true&sleep_position=side_curled",
        )
        .await;
    assert_eq!(status, 303);
    let (status, _, _) = app
        .form("/checkup", "severe_discomfort=no&one_leg_swollen=no")
        .await;
    assert_eq!(status, 303);
    let (status, _, body) = app.form("/experiment", "change=stretched&pairs=2").await;
    assert!(status == 303 || status == 409 || status == 422, "{body}");
    app
}

/// English texts a translated page must not show: every English message without values,
/// and the fixed stretches between the values of the others, at least 12 characters long
/// (shorter ones, such as "Insights" or "min", can be the same word in another language),
/// unless the language says that message exactly as English does.
fn english_left(language: Language) -> Vec<String> {
    let english = Catalog::get(Language::En).expect("English");
    let other = Catalog::get(language).expect("catalog");
    let theirs: std::collections::BTreeMap<String, String> =
        other.samples().expect("samples").into_iter().collect();
    let mut out = Vec::new();
    for (id, text) in english.samples().expect("samples") {
        if theirs.get(&id) == Some(&text) {
            continue;
        }
        for piece in text.split(['X', '\n']) {
            let piece = piece.trim();
            if piece.chars().count() >= 12 {
                out.push(piece.to_string());
            }
        }
    }
    // Dates are words too: English weekday and month names (those the language does not
    // share: German writes August, September and November as English does).
    for name in [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ] {
        let shared =
            language == Language::De && ["August", "September", "November"].contains(&name);
        if !shared {
            out.push(format!(" {name} "));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The page without the sources' citations, which stay as published (most in English).
fn without_citations(body: &str) -> String {
    let kb = nightcramp_core::knowledge::Knowledge::get().expect("knowledge");
    let mut body = body.to_string();
    for source in &kb.sources {
        body = body.replace(&escaped(&source.citation), "");
        body = body.replace(&source.citation, "");
    }
    body
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// The pages a person moves through, with the ids of one cramp to edit and delete.
async fn pages(app: &App) -> Vec<String> {
    let (_, episodes) = app.json("GET", "/api/episodes", "").await;
    let id = episodes[0]["id"].as_str().expect("an episode").to_string();
    [
        "/",
        "/?logged=2026-11-26",
        "/cramp",
        "/cramp?stage=timer",
        "/cramp?stage=details",
        "/cramp?stage=details&backdate=1&night=2026-11-20",
        "/morning",
        "/day?date=2026-11-25",
        "/entries",
        "/insights",
        "/checkup",
        "/guide",
        "/guide/doctor",
        "/guide/stretch",
        "/stretch",
        "/plan",
        "/sources",
        "/experiment",
        "/import",
        "/shares",
        "/audit",
        "/report",
        "/no-such-page",
    ]
    .into_iter()
    .map(str::to_string)
    .chain([
        format!("/entries/{id}/edit"),
        format!("/entries/{id}/delete"),
    ])
    .collect()
}

#[tokio::test]
async fn every_page_speaks_the_browser_s_language_with_no_english_left() {
    let app = lived_in().await;
    let paths = pages(&app).await;
    for language in [Language::Es, Language::De, Language::Fr] {
        let english = english_left(language);
        assert!(english.len() > 500, "{}", english.len());
        assert!(english.contains(&" Saturday ".to_string()));
        let accept = format!("{}-XX,{};q=0.9,en;q=0.5", language.code(), language.code());
        for path in &paths {
            let (status, headers, body) =
                get_with(&app, path, &[("accept-language", &accept)]).await;
            assert!(status == 200 || path == "/no-such-page", "{path}: {status}");
            assert!(
                body.contains(&format!("<html lang=\"{}\"", language.code())),
                "{language} {path}: <html lang> does not match"
            );
            assert_eq!(
                header(&headers, "content-language"),
                Some(language.code()),
                "{path}"
            );
            for key_shape in ["web.", "report.label", "insight.", "checkup.why"] {
                assert!(
                    !body.contains(key_shape),
                    "{language} {path}: a message key shows instead of its text ({key_shape})"
                );
            }
            let body = without_citations(&body);
            let left: Vec<&String> = english
                .iter()
                .filter(|e| body.contains(e.as_str()) || body.contains(&escaped(e)))
                .collect();
            assert!(
                left.is_empty(),
                "{language} {path} still shows English: {left:?}"
            );
        }
    }
}

#[tokio::test]
async fn the_profile_outranks_the_cookie_which_outranks_the_browser() {
    let app = App::new(None);
    let lang_of = |body: &str| {
        body.split("<html lang=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_string()
    };
    let (_, _, body) = get_with(&app, "/", &[]).await;
    assert_eq!(lang_of(&body), "en", "English when nothing says otherwise");
    let (_, _, body) = get_with(&app, "/", &[("accept-language", "de-CH, fr;q=0.8")]).await;
    assert_eq!(lang_of(&body), "de");
    assert!(body.contains("Krampf jetzt"), "{body}");
    let (_, _, body) = get_with(
        &app,
        "/",
        &[
            ("accept-language", "de"),
            ("cookie", "nightcramp_language=es"),
        ],
    )
    .await;
    assert_eq!(
        lang_of(&body),
        "es",
        "the chosen language outranks the browser"
    );

    // Choosing on the home page keeps it in the profile (and the cookie).
    let (status, headers, _) = app.form("/language", "language=fr").await;
    assert_eq!(status, 303);
    assert!(
        header(&headers, "set-cookie").is_some_and(|c| c.starts_with("nightcramp_language=fr;")),
        "{headers:?}"
    );
    let (_, _, body) = get_with(&app, "/", &[("accept-language", "de")]).await;
    assert_eq!(
        lang_of(&body),
        "fr",
        "kept in the diary, not only in this browser"
    );
    let (_, _, body) = get_with(
        &app,
        "/",
        &[
            ("accept-language", "de"),
            ("cookie", "nightcramp_language=es"),
        ],
    )
    .await;
    assert_eq!(lang_of(&body), "fr", "the profile outranks everything");
    assert!(body.contains("Crampe maintenant"), "{body}");
    assert!(
        body.contains(r#"<option value="fr" lang="fr" selected>Français</option>"#),
        "the chooser shows the choice: {body}"
    );

    // Back to following the browser.
    let (status, headers, _) = app.form("/language", "language=auto").await;
    assert_eq!(status, 303);
    assert!(header(&headers, "set-cookie").is_some_and(|c| c.contains("Max-Age=0")));
    let (_, _, body) = get_with(&app, "/", &[("accept-language", "es")]).await;
    assert_eq!(lang_of(&body), "es");
    let (_, _, body) = get_with(&app, "/", &[]).await;
    assert_eq!(
        lang_of(&body),
        "en",
        "the profile no longer names a language"
    );

    // A language nightcramp does not speak is refused, in the page's language.
    let (status, _, body) = app.form("/language", "language=tlh").await;
    assert_eq!(status, 400);
    assert!(
        body.contains("tlh is not a language nightcramp speaks"),
        "{body}"
    );
    let (_, _, body) = get_with(&app, "/", &[]).await;
    assert_eq!(lang_of(&body), "en", "unchanged");
}

#[tokio::test]
async fn the_json_api_stays_english_whatever_the_browser_asks() {
    let app = lived_in().await;
    for path in ["/api/checkup", "/api/insights"] {
        let (status, headers, body) = get_with(&app, path, &[("accept-language", "de")]).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(header(&headers, "content-language"), None, "{path}");
        let english = get_with(&app, path, &[]).await.2;
        assert_eq!(body, english, "{path} changed with the browser's language");
    }
}

#[tokio::test]
async fn the_phone_script_and_the_manifest_speak_the_page_s_language() {
    let app = App::new(None);
    let (_, _, body) = get_with(&app, "/stretch", &[("accept-language", "es")]).await;
    let texts = body
        .split(r#"<script type="application/json" id="texts">"#)
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the script's texts");
    let texts: serde_json::Value = serde_json::from_str(texts).expect("JSON");
    assert_eq!(texts["stretch_left"], "Pierna izquierda atrás");
    assert_eq!(
        texts["stretch_done_one"], "Hecho. Ahora: {next}",
        "a value the script fills in stays a slot"
    );
    let (_, _, manifest) =
        get_with(&app, "/manifest.webmanifest", &[("accept-language", "de")]).await;
    let manifest: serde_json::Value = serde_json::from_str(&manifest).expect("manifest");
    assert_eq!(manifest["lang"], "de");
    assert_eq!(manifest["name"], "nightcramp");
    assert_eq!(
        manifest["description"],
        "Ein privates Tagebuch für nächtliche Beinkrämpfe."
    );
}

/// Every `web.` key the templates and the code name exists in every catalog (a missing one
/// would show as its key): read from the sources themselves.
#[test]
fn every_key_the_web_app_names_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["templates", "src", "src/pages"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("dir") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                files.push(path);
            }
        }
    }
    let mut keys = std::collections::BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read");
        for piece in text.split("\"web.").skip(1) {
            let key: String = piece
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_' || *c == '.')
                .collect();
            // A key built at run time (`format!("web.role.{}", ...)`) ends in a dot.
            if !key.ends_with('.') {
                keys.insert(format!("web.{key}"));
            }
        }
    }
    // The keys built at run time, written out.
    for key in [
        "web.experiment.arm.change",
        "web.experiment.arm.usual",
        "web.role.person",
        "web.role.clinician",
        "web.role.researcher",
        "web.role.admin",
        "web.audit.read",
        "web.audit.export",
        "web.audit.share_added",
        "web.audit.share_revoked",
        "web.audit.login",
        "web.audit.login_failed",
    ] {
        keys.insert(key.to_string());
    }
    assert!(keys.len() > 200, "{}", keys.len());
    for language in Language::ALL {
        let catalog = Catalog::get(language).expect("catalog");
        let missing: Vec<&String> = keys
            .iter()
            .filter(|k| catalog.variables(&fluent_id(k)).is_none())
            .collect();
        assert!(missing.is_empty(), "{language}: {missing:?}");
    }
}

/// A form with a bad value says where and why in the page's language, and saves nothing.
#[tokio::test]
async fn a_bad_value_is_explained_in_the_page_s_language() {
    let app = App::new(None);
    let mut r = request(
        "POST",
        "/cramp",
        Some("application/x-www-form-urlencoded"),
        Body::from("night=2026-11-26&at=03%3A00&lasted=1m&side=left&muscle=calf&pain=11"),
    );
    r.headers_mut()
        .insert("accept-language", "es".parse().expect("value"));
    let (status, _, body) = app.send(r).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains(
            "cuánto dolió: &#34;11&#34; no es válido; se espera un número entero del 1 al 10"
        ),
        "the field is named as the form names it, not by its code: {body}"
    );
    assert!(!body.contains("intensity:"), "{body}");
    let (_, episodes) = app.json("GET", "/api/episodes", "").await;
    assert_eq!(episodes.as_array().map(Vec::len), Some(0), "nothing saved");
    let mut r = request(
        "POST",
        "/day",
        Some("application/x-www-form-urlencoded"),
        Body::from("date=2026-11-20&water_l=30"),
    );
    r.headers_mut()
        .insert("accept-language", "de".parse().expect("value"));
    let (status, _, body) = app.send(r).await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains("Nichts wurde gespeichert.") && body.contains("von 0 bis 20 Litern"),
        "{body}"
    );
    let water =
        nightcramp_core::knowledge::Knowledge::get_in(nightcramp_core::language::Language::De)
            .expect("German")
            .message("factor.water_l", &[])
            .expect("the factor's label");
    assert!(
        body.contains(&format!("{water}: &#34;30&#34;")) && !body.contains("water_l:"),
        "the factor by its German label ({water}): {body}"
    );
}
