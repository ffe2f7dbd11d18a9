//! The command line in every language: the terminal's locale (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`) unless the profile names one; every message, help text and error of a week's use
//! in Spanish, German and French with no English left; `--json` the same whatever the
//! language; the report in another language when asked.

use std::process::Output;

use nightcramp_core::language::{Catalog, Language};

use crate::support::Sandbox;

/// Runs with the terminal's locale set to `locale`; returns standard output and error.
fn run_in(d: &Sandbox, locale: &str, args: &[&str]) -> (Output, String) {
    let out = d.command(args).env("LANG", locale).output().expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out, text)
}

/// English a translated screen must not show: the fixed stretches of every English message
/// of at least 12 characters whose translation differs, and English weekday and month
/// names (as the web app's test does).
fn english_left(language: Language) -> Vec<String> {
    let english = Catalog::get(Language::En).expect("English");
    let theirs: std::collections::BTreeMap<String, String> = Catalog::get(language)
        .expect("catalog")
        .samples()
        .expect("samples")
        .into_iter()
        .collect();
    let mut out = Vec::new();
    for (id, text) in english.samples().expect("samples") {
        // A bibliographic citation and a code placeholder stay as they are.
        if theirs.get(&id) == Some(&text) || id.starts_with("source-") {
            continue;
        }
        for piece in text.split(['X', '\n']) {
            let piece = piece.trim();
            if piece.chars().count() >= 12 {
                out.push(piece.to_string());
            }
        }
    }
    for name in [
        " Monday ",
        " Tuesday ",
        " Wednesday ",
        " Thursday ",
        " Friday ",
        " Saturday ",
        " Sunday ",
        " Mon ",
        " Tue ",
        " Wed ",
        " Thu ",
        " Fri ",
        " Sat ",
        " Sun ",
    ] {
        out.push(name.to_string());
    }
    out.sort();
    out.dedup();
    out
}

/// A week of use: every kind of command a person runs, and a few mistakes.
fn a_week(d: &mut Sandbox, locale: &str) -> Vec<(Vec<String>, String)> {
    let mut seen = Vec::new();
    let mut run = |d: &Sandbox, args: &[&str]| {
        let (_, text) = run_in(d, locale, args);
        seen.push((args.iter().map(|s| s.to_string()).collect(), text));
    };
    run(
        d,
        &[
            "profile",
            "--timezone",
            "Europe/Berlin",
            "--birth-year",
            "1956",
        ],
    );
    d.at("2026-11-23T21:00:00+01:00");
    run(
        d,
        &[
            "day",
            "--standing",
            "9h",
            "--water",
            "1.2l",
            "--stretched",
            "--position",
            "side_curled",
        ],
    );
    d.at("2026-11-24T02:40:00+01:00");
    run(d, &["cramp", "--pain", "7", "--lasted", "2m"]);
    d.at("2026-11-25T07:30:00+01:00");
    run(d, &["night", "--none", "--disturbance", "2"]);
    run(d, &["night", "--date", "2026-11-23"]);
    run(d, &["list", "--nights", "4"]);
    run(d, &["nights"]);
    run(d, &[]);
    run(d, &["insights"]);
    run(d, &["plan"]);
    run(d, &["checkup", "--no", "one_leg_swollen"]);
    run(d, &["guide"]);
    run(d, &["guide", "doctor"]);
    run(
        d,
        &[
            "meds",
            "add",
            "--name",
            "atorvastatin",
            "--since",
            "2026-01-10",
        ],
    );
    run(d, &["meds", "list"]);
    run(d, &["experiment"]);
    run(d, &["profile"]);
    // Mistakes: a bad value, a bad id, an unknown flag, an unknown command.
    run(d, &["cramp", "--pain", "11"]);
    run(d, &["day", "--water", "30l"]);
    run(d, &["delete", "abc"]);
    run(d, &["cramp", "--bogus"]);
    run(d, &["crmp"]);
    run(d, &["experiment", "start", "--change", "magnesium_mg=300"]);
    // Help, at the top and for a command.
    run(d, &["--help"]);
    run(d, &["cramp", "--help"]);
    run(d, &["checkup", "--help"]);
    seen
}

#[test]
fn a_week_in_each_language_shows_no_english() {
    for (language, locale, hello) in [
        (Language::Es, "es_ES.UTF-8", "Calambre anotado"),
        (Language::De, "de_DE.UTF-8", "Krampf eingetragen"),
        (Language::Fr, "fr_FR.UTF-8", "Crampe notée"),
    ] {
        let mut d = Sandbox::new();
        let seen = a_week(&mut d, locale);
        let english = english_left(language);
        assert!(english.len() > 800, "{}", english.len());
        assert!(
            seen.iter().any(|(_, text)| text.contains(hello)),
            "{language}: {seen:?}"
        );
        for (args, text) in &seen {
            for key_shape in ["cli.", "cli-", "web.", "allowed.", "input."] {
                assert!(
                    !text.contains(key_shape),
                    "{language} {args:?}: a key shows instead of its text:\n{text}"
                );
            }
            let left: Vec<&String> = english
                .iter()
                .filter(|e| text.contains(e.as_str()))
                .collect();
            assert!(
                left.is_empty(),
                "{language} {args:?} still shows English {left:?}:\n{text}"
            );
        }
    }
}

#[test]
fn errors_say_where_and_why_in_the_person_s_language() {
    let d = Sandbox::new();
    let (out, text) = run_in(&d, "es_ES.UTF-8", &["cramp", "--pain", "11"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text.contains("--pain: \"11\" no es válido; se espera un número entero del 1 al 10"),
        "{text}"
    );
    let (out, text) = run_in(&d, "de_DE.UTF-8", &["day", "--water", "30l"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text.contains("von 0 bis 20 Litern"), "{text}");
    let (out, text) = run_in(&d, "fr_FR.UTF-8", &["cramp", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text.contains("il n'y a pas d'option --bogus ici"), "{text}");
    // Nothing was written by any of them.
    assert_eq!(d.json(&["nights", "--json"]), serde_json::json!([]));
}

#[test]
fn the_profile_s_language_outranks_the_terminal_s() {
    let d = Sandbox::new();
    let (_, text) = run_in(&d, "es_ES.UTF-8", &["night", "--none"]);
    assert!(text.starts_with("Noche del "), "the terminal's: {text}");
    let (out, text) = run_in(&d, "es_ES.UTF-8", &["profile", "--language", "de"]);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Sprache:      Deutsch"),
        "said at once in German: {text}"
    );
    // The value column starts one space after the longest German label.
    assert!(text.contains("Erkrankungen: keine"), "{text}");
    let (_, text) = run_in(&d, "fr_FR.UTF-8", &["night", "--none"]);
    assert!(
        text.starts_with("Nacht von "),
        "the profile's, whatever the terminal: {text}"
    );
    let (_, text) = run_in(&d, "C.UTF-8", &["profile", "--language", "auto"]);
    assert!(
        text.contains("as the terminal says (now English)"),
        "{text}"
    );
    let (_, text) = run_in(&d, "fr_FR.UTF-8", &["night", "--none"]);
    assert!(text.starts_with("Nuit du "), "the terminal's again: {text}");
    let (out, text) = run_in(&d, "C.UTF-8", &["profile", "--language", "tlh"]);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("--language: \"tlh\" is not allowed"),
        "{text}"
    );
    // LC_ALL outranks LANG, as POSIX says.
    let out = d
        .command(&["night", "--none"])
        .env("LANG", "es_ES.UTF-8")
        .env("LC_ALL", "de_DE.UTF-8")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Nacht von "));
}

#[test]
fn json_is_the_same_in_every_language() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:10", "--pain", "6"]);
    for args in [
        vec!["insights", "--json"],
        vec!["checkup", "--json"],
        vec!["plan", "--json"],
        vec!["nights", "--json"],
    ] {
        let english = d.ok(&args);
        for locale in ["es_ES.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8"] {
            let (_, text) = run_in(&d, locale, &args);
            assert_eq!(text, english, "{args:?} changed with {locale}");
        }
    }
}

#[test]
fn the_report_can_be_written_in_another_language() {
    let d = Sandbox::new();
    d.ok(&["cramp", "--at", "03:10", "--pain", "6"]);
    let html = d.path("bericht.html");
    let (out, text) = run_in(
        &d,
        "es_ES.UTF-8",
        &[
            "report",
            "--out",
            crate::support::s(&html),
            "--language",
            "de",
        ],
    );
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Informe de las noches"),
        "told in Spanish: {text}"
    );
    let page = std::fs::read_to_string(&html).expect("report");
    assert!(page.contains("<html lang=\"de\">"), "{page}");
    assert!(page.contains("Nächtliche Beinkrämpfe"), "{page}");
    assert!(!page.contains("At a glance"), "{page}");
}
