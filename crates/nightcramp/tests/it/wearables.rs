//! Importing an Apple Health export through `nightcramp import`: the XML or the zip (found
//! by content), re-import harmless, the person's typed values kept, broken files refused.

use std::io::Write;

use crate::support::{Sandbox, s};

fn export_xml() -> String {
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n<!ATTLIST Record type CDATA #REQUIRED\n]>\n<HealthData locale=\"de_DE\">\n",
    );
    for day in 1..=10 {
        for (source, steps) in [
            ("Annas Apple Watch", 4000 + day * 100),
            ("Annas iPhone", 3900 + day * 100),
        ] {
            body.push_str(&format!(
                "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"{source}\" unit=\"count\" startDate=\"2026-11-{day:02} 09:00:00 +0100\" endDate=\"2026-11-{day:02} 09:40:00 +0100\" value=\"{steps}\"/>\n"
            ));
        }
        body.push_str(&format!(
            "<Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Annas Apple Watch\" startDate=\"2026-11-{day:02} 23:00:00 +0100\" endDate=\"2026-11-{:02} 06:30:00 +0100\" value=\"HKCategoryValueSleepAnalysisAsleepCore\"/>\n",
            day + 1
        ));
    }
    body.push_str("</HealthData>\n");
    body
}

fn zipped(d: &Sandbox, entry: &str, content: &str) -> std::path::PathBuf {
    let path = d.path("export.zip");
    let file = std::fs::File::create(&path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("apple_health_export/export_cda.xml", options)
        .expect("entry");
    zip.write_all(b"<?xml version=\"1.0\"?><ClinicalDocument/>")
        .expect("write");
    zip.start_file(entry, options).expect("entry");
    zip.write_all(content.as_bytes()).expect("write");
    zip.finish().expect("finish");
    path
}

#[test]
fn an_apple_health_export_fills_steps_and_sleep_once() {
    let d = Sandbox::new();
    d.ok(&["profile", "--timezone", "Europe/Berlin"]);
    d.ok(&["day", "--date", "2026-11-03", "--steps", "5000"]);
    let zip = zipped(&d, "apple_health_export/Export.xml", &export_xml());
    let report = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(report["files"][0]["kind"], "Apple Health export");
    let conflicts = report["conflicts"].as_array().expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert!(
        conflicts[0]
            .as_str()
            .expect("text")
            .starts_with("2026-11-03 steps: 4300 in the file, 5000 in the diary (kept)")
    );
    let day = d.json(&["day", "--date", "2026-11-02", "--json"]);
    assert_eq!(
        day["factors"]["steps"], 4200.0,
        "the Watch's count, not Watch + phone"
    );
    assert_eq!(day["factors"]["sleep_h"], 7.5);
    let typed = d.json(&["day", "--date", "2026-11-03", "--json"]);
    assert_eq!(typed["factors"]["steps"], 5000.0, "the person's word wins");
    let again = d.json(&["import", s(&zip), "--json"]);
    assert_eq!(
        again["added"], 0,
        "re-importing the same export adds nothing"
    );
    let xml = d.write("export.xml", &export_xml());
    assert_eq!(d.json(&["import", s(&xml), "--json"])["added"], 0);
}

#[test]
fn a_broken_export_changes_nothing() {
    let d = Sandbox::new();
    let whole = export_xml();
    let cut = d.write("export.xml", &whole[..whole.len() / 2]);
    let (code, stderr) = d.fails(&["import", s(&cut)]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    let zip = zipped(&d, "x/export.xml", &whole);
    let bytes = std::fs::read(&zip).expect("read");
    let broken = d.path("broken.zip");
    std::fs::write(&broken, &bytes[..bytes.len() - 200]).expect("write");
    let (code, stderr) = d.fails(&["import", s(&broken)]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("Nothing was imported."), "{stderr}");
    assert_eq!(d.backup()["days"], serde_json::json!([]));
}
