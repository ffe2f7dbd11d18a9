//! The report crate's one integration-test binary: the PDF is a real, self-contained PDF.

// Test helpers outside #[test] functions may fail loudly too: this whole crate is tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::civil::date;
use nightcramp_core::domain::Diary;
use nightcramp_core::input::{CrampInput, DurationStyle};
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::report::build_report;

fn diary() -> Diary {
    let mut d = Diary::default();
    for day in 1..=20 {
        let e = CrampInput {
            started_at: Some(format!("2026-11-{:02}T03:{:02}:00+01:00", day + 1, day)),
            duration: Some((60 * day).to_string()),
            muscle: Some("calf".into()),
            side: Some(if day % 2 == 0 { "left" } else { "right" }.into()),
            intensity: Some((1 + day % 10).to_string()),
            ..CrampInput::default()
        }
        .validate(
            nightcramp_core::input::EntryContext {
                zone: None,
                now: "2040-01-01T00:00:00Z".parse().expect("valid"),
            },
            DurationStyle::Seconds,
        )
        .expect("valid");
        d.episodes.push(e);
    }
    d.normalize();
    d
}

#[test]
fn the_report_is_a_pdf_with_embedded_fonts_and_the_doctor_s_content() {
    let kb = Knowledge::parse().expect("knowledge");
    let data = build_report(
        &diary(),
        &kb,
        date(2026, 11, 1),
        date(2026, 11, 27),
        "2026-11-28T08:00:00Z".parse().expect("time"),
        "0.1.0",
    );
    assert!(data.suggested_code.contains("G47.62"));
    assert_eq!(data.glance[0].value, "20 on 20 nights");
    assert!(
        data.seed_signs.iter().any(|s| s.present),
        "frequent cramps are flagged"
    );
    assert!(
        data.glance
            .iter()
            .any(|r| r.label == "Duration" && r.value.contains("over 10 min"))
    );
    let pdf = nightcramp_report::pdf(&data, date(2026, 11, 28)).expect("typeset");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let text = String::from_utf8_lossy(&pdf);
    assert!(
        text.contains("/FontFile2"),
        "fonts are embedded, not referenced"
    );
    assert!(
        text.contains("DejaVuSans"),
        "our own font, not a system one"
    );
    assert!(
        pdf.len() > 10_000 && pdf.len() < 2_000_000,
        "{} bytes",
        pdf.len()
    );
}

/// The report in German, read back out of the PDF by an independent tool (poppler's
/// `pdftotext`, which `scripts/test` installs): German headings, words, dates and decimal
/// commas, and none of the English ones.
#[test]
fn the_german_report_pdf_reads_in_german() {
    let kb = Knowledge::get_in(nightcramp_core::language::Language::De).expect("knowledge");
    let data = build_report(
        &diary(),
        kb,
        date(2026, 11, 1),
        date(2026, 11, 27),
        "2026-11-28T08:00:00Z".parse().expect("time"),
        "0.1.0",
    );
    let pdf = nightcramp_report::pdf(&data, date(2026, 11, 28)).expect("typeset");
    let dir = std::env::temp_dir().join(format!("nightcramp-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("bericht.pdf");
    std::fs::write(&file, &pdf).expect("write");
    let out = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed: {e}"));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "pdftotext failed");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    // Compare with the spacing squeezed (lines break where the page's columns do).
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for german in [
        "Nächtliche Beinkrämpfe: Zusammenfassung des Patiententagebuchs",
        "Nächte vom 1. November 2026 bis 27. November 2026",
        "Auf einen Blick",
        "Krämpfe pro Woche",
        "Vier Zeichen für einen Arztbesuch",
        "Stelle und Seite",
        "linke Wade",
        "5,5",
        "schlafbezogene Beinkrämpfe",
    ] {
        assert!(text.contains(german), "{german:?} missing from:\n{text}");
    }
    for english in [
        "At a glance",
        "Cramps per week",
        "Site and side",
        "left calf",
        "Sources cited",
        "November 1",
        "Nights of",
    ] {
        assert!(
            !text.contains(english),
            "{english:?} is English in:\n{text}"
        );
    }
}
