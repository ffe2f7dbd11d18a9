//! The Apple Health reader on generated exports shaped like real ones, mess included.

use jiff::civil::date;
use nightcramp_core::wearables::apple_health::{AppleHealthError, read_export};

/// A header like iOS 16's: a DTD with a malformed declaration that strict parsers reject.
const HEADER: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED device CDATA #IMPLIED
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
]>
<HealthData locale="de_DE">
 <ExportDate value="2026-11-28 09:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1958-03-02"/>
"#;

const WATCH: &str = r#"sourceName="Annas Apple Watch" device="&lt;&lt;HKDevice: 0x283e8a5d0&gt;, name:Apple Watch, model:Watch, hardware:Watch6,2&gt;""#;
const PHONE: &str = r#"sourceName="Annas iPhone" device="&lt;&lt;HKDevice: 0x2830&gt;, name:iPhone, model:iPhone&gt;""#;

fn record(kind: &str, source: &str, start: &str, end: &str, value: &str, unit: &str) -> String {
    format!(
        r#" <Record type="{kind}" {source} unit="{unit}" creationDate="{end}" startDate="{start}" endDate="{end}" value="{value}"/>"#
    )
}

fn export(body: &[String]) -> String {
    format!("{HEADER}{}\n</HealthData>\n", body.join("\n"))
}

const STEPS: &str = "HKQuantityTypeIdentifierStepCount";
const SLEEP: &str = "HKCategoryTypeIdentifierSleepAnalysis";

#[test]
fn steps_from_watch_and_phone_count_once_per_hour() {
    let body = vec![
        // 08:00-09:00: both the Watch and the phone saw the same walk.
        record(
            STEPS,
            WATCH,
            "2026-11-20 08:00:00 +0100",
            "2026-11-20 08:30:00 +0100",
            "1200",
            "count",
        ),
        record(
            STEPS,
            WATCH,
            "2026-11-20 08:30:00 +0100",
            "2026-11-20 09:00:00 +0100",
            "800",
            "count",
        ),
        record(
            STEPS,
            PHONE,
            "2026-11-20 08:05:00 +0100",
            "2026-11-20 08:55:00 +0100",
            "1900",
            "count",
        ),
        // 12:00: only the phone (the Watch was charging): it counts.
        record(
            STEPS,
            PHONE,
            "2026-11-20 12:00:00 +0100",
            "2026-11-20 12:20:00 +0100",
            "600",
            "count",
        ),
        // A record nested in a correlation is read too.
        format!(
            r#" <Correlation type="HKCorrelationTypeIdentifierFood" {PHONE} startDate="2026-11-20 13:00:00 +0100" endDate="2026-11-20 13:00:00 +0100">{}</Correlation>"#,
            record(
                "HKQuantityTypeIdentifierDietaryWater",
                PHONE,
                "2026-11-20 13:00:00 +0100",
                "2026-11-20 13:00:00 +0100",
                "500",
                "mL"
            )
        ),
    ];
    let days = read_export(export(&body).as_bytes(), |_| {}).expect("reads");
    let day = &days[&date(2026, 11, 20)];
    assert_eq!(
        day.steps,
        Some(2600.0),
        "2000 from the Watch at 08, 600 from the phone at 12"
    );
    assert_eq!(day.water_l, Some(0.5));
}

#[test]
fn sleep_is_the_watch_s_asleep_time_with_another_app_only_where_the_watch_recorded_nothing() {
    let third_party = r#"sourceName="SleepApp" device="""#;
    let body = vec![
        record(
            SLEEP,
            WATCH,
            "2026-11-20 23:00:00 +0100",
            "2026-11-21 07:00:00 +0100",
            "HKCategoryValueSleepAnalysisInBed",
            "",
        ),
        record(
            SLEEP,
            WATCH,
            "2026-11-20 23:30:00 +0100",
            "2026-11-21 02:00:00 +0100",
            "HKCategoryValueSleepAnalysisAsleepCore",
            "",
        ),
        record(
            SLEEP,
            WATCH,
            "2026-11-21 01:30:00 +0100",
            "2026-11-21 03:00:00 +0100",
            "HKCategoryValueSleepAnalysisAsleepDeep",
            "",
        ),
        record(
            SLEEP,
            WATCH,
            "2026-11-21 03:00:00 +0100",
            "2026-11-21 03:20:00 +0100",
            "HKCategoryValueSleepAnalysisAwake",
            "",
        ),
        record(
            SLEEP,
            WATCH,
            "2026-11-21 03:20:00 +0100",
            "2026-11-21 06:50:00 +0100",
            "HKCategoryValueSleepAnalysisAsleepREM",
            "",
        ),
        record(
            SLEEP,
            third_party,
            "2026-11-20 23:00:00 +0100",
            "2026-11-21 07:00:00 +0100",
            "HKCategoryValueSleepAnalysisAsleepUnspecified",
            "",
        ),
    ];
    let days = read_export(export(&body).as_bytes(), |_| {}).expect("reads");
    // Watch: 23:30-03:00 (overlap counted once) + 03:20-06:50 = 3.5 h + 3.5 h; its awake
    // 03:00-03:20 stays awake. The app's "asleep" counts only where the Watch recorded
    // nothing: 23:00-23:30 and 06:50-07:00 (the Watch's time in bed is not a sleep record).
    assert_eq!(
        days[&date(2026, 11, 20)].sleep_h,
        Some(7.67),
        "the night of the 20th"
    );
}

#[test]
fn each_record_s_own_offset_decides_its_day() {
    let body = vec![
        // 23:30 in Tokyo on the 20th is 15:30 in Berlin: it belongs to the 20th either way.
        record(
            STEPS,
            WATCH,
            "2026-11-20 23:30:00 +0900",
            "2026-11-20 23:50:00 +0900",
            "300",
            "count",
        ),
        // 00:10 on the 21st in New York is still the evening of the 20th in UTC: the 21st here.
        record(
            STEPS,
            WATCH,
            "2026-11-21 00:10:00 -0500",
            "2026-11-21 00:20:00 -0500",
            "150",
            "count",
        ),
    ];
    let days = read_export(export(&body).as_bytes(), |_| {}).expect("reads");
    assert_eq!(days[&date(2026, 11, 20)].steps, Some(300.0));
    assert_eq!(days[&date(2026, 11, 21)].steps, Some(150.0));
}

#[test]
fn forbidden_characters_workouts_and_units_are_handled() {
    let body = vec![
        format!(r#" <Record type="{STEPS}" sourceName="Uhr" device="broken&#x1;name{}here" unit="count" startDate="2026-11-22 10:00:00 +0100" endDate="2026-11-22 10:10:00 +0100" value="42"/>"#, '\u{b}'),
        r#" <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="0.75" durationUnit="h" totalEnergyBurned="180" totalEnergyBurnedUnit="kcal" sourceName="Annas Apple Watch" startDate="2026-11-22 17:00:00 +0100" endDate="2026-11-22 17:45:00 +0100"><WorkoutStatistics type="x"/></Workout>"#.to_string(),
        record("HKQuantityTypeIdentifierAppleExerciseTime", WATCH, "2026-11-22 17:00:00 +0100", "2026-11-22 17:01:00 +0100", "45", "min"),
        record("HKQuantityTypeIdentifierDietaryCaffeine", PHONE, "2026-11-22 08:00:00 +0100", "2026-11-22 08:00:00 +0100", "95", "mg"),
    ];
    let days = read_export(export(&body).as_bytes(), |_| {})
        .expect("control characters never stop the import");
    let day = &days[&date(2026, 11, 22)];
    assert_eq!(day.steps, Some(42.0));
    assert_eq!(day.exercise_min, Some(45.0));
    assert_eq!(day.caffeine_mg, Some(95.0));
    assert_eq!(day.workouts.len(), 1);
    assert_eq!(day.workouts[0].activity, "Walking");
    assert_eq!(day.workouts[0].minutes, 45.0);
}

#[test]
fn broken_files_stop_with_a_reason_and_import_nothing() {
    let whole = export(&[record(
        STEPS,
        WATCH,
        "2026-11-20 08:00:00 +0100",
        "2026-11-20 08:30:00 +0100",
        "1200",
        "count",
    )]);
    // Cut after a whole element: the closing </HealthData> never comes.
    let cut = whole.rfind("</HealthData>").expect("end");
    let err = read_export(&whole.as_bytes()[..cut], |_| {}).expect_err("truncated");
    assert!(matches!(err, AppleHealthError::Truncated(_)), "{err}");
    assert!(err.to_string().contains("nothing was imported"));
    // Cut inside an element: a damaged file, with where.
    let err = read_export(&whole.as_bytes()[..whole.len() - 30], |_| {}).expect_err("damaged");
    assert!(
        matches!(err, AppleHealthError::Xml { position, .. } if position > 0),
        "{err}"
    );
    let err = read_export(
        "<html><body>not health data</body></html>".as_bytes(),
        |_| {},
    )
    .expect_err("not an export");
    assert!(matches!(err, AppleHealthError::NotAnExport(_)), "{err}");
    let mut progress = Vec::new();
    read_export(whole.as_bytes(), |p| progress.push(p)).expect("reads");
    assert!(
        progress.last().is_some_and(|p| *p > 0),
        "progress is reported"
    );
}

proptest::proptest! {
    /// The readers number days by hand (millions of samples); every number must be the
    /// date jiff says, and back.
    #[test]
    fn day_numbers_agree_with_jiff(n in -719_162i32..2_932_897) {
        use nightcramp_core::wearables::{date_of, day_number};
        let epoch = date(1970, 1, 1);
        let expected = epoch.checked_add(jiff::Span::new().days(i64::from(n))).expect("in range");
        proptest::prop_assert_eq!(date_of(n), Some(expected));
        proptest::prop_assert_eq!(
            day_number(i32::from(expected.year()), expected.month() as u32, expected.day() as u32),
            Some(n)
        );
    }
}

#[test]
fn impossible_dates_and_damaged_tags_are_refused() {
    use nightcramp_core::wearables::day_number;
    assert_eq!(day_number(2026, 2, 29), None);
    assert_eq!(day_number(2026, 13, 1), None);
    assert!(day_number(2028, 2, 29).is_some());
    let damaged =
        export(&[r#" <Record type="HKQuantityTypeIdentifierStepCount" value=12 />"#.to_string()]);
    let err = read_export(damaged.as_bytes(), |_| {}).expect_err("unquoted value");
    let text = err.to_string();
    assert!(
        text.contains("attribute 'value' is not in quotes"),
        "{text}"
    );
    assert!(
        matches!(err, AppleHealthError::Xml { position, .. } if position as usize > HEADER.len())
    );
}

#[test]
fn fitbit_files_are_recognised_by_name() {
    use nightcramp_core::wearables::fitbit::FileKind;
    let root = "Takeout/Fitbit/Global Export Data/";
    assert_eq!(
        FileKind::of(&format!("{root}steps-2026-01-01.json")),
        Some(FileKind::Steps)
    );
    assert_eq!(
        FileKind::of(&format!("{root}sleep-2026-01-01.json")),
        Some(FileKind::Sleep)
    );
    assert_eq!(
        FileKind::of(&format!("{root}exercise-100.json")),
        Some(FileKind::Exercise)
    );
    assert_eq!(
        FileKind::of("MyFitbitData/Anna/Physical Activity/very_active_minutes-2019-03-01.json"),
        Some(FileKind::VeryActiveMinutes)
    );
    assert_eq!(
        FileKind::of(&format!("{root}heart_rate-2026-01-01.json")),
        None
    );
    assert_eq!(FileKind::of(&format!("{root}steps.csv")), None);
    assert_eq!(FileKind::of("backup.json"), None);
}

/// A reader that hands out a few bytes at a time, so every tag straddles reads.
struct Trickle<'a>(&'a [u8], usize);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.1.min(buf.len()).min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

fn sample_export() -> String {
    let mut body = Vec::new();
    for day in 10..20 {
        body.push(record(
            STEPS,
            WATCH,
            &format!("2026-11-{day} 08:00:00 +0100"),
            &format!("2026-11-{day} 08:30:00 +0100"),
            &format!("{}", day * 100),
            "count",
        ));
        body.push(record(
            SLEEP,
            PHONE,
            &format!("2026-11-{day} 23:00:00 +0100"),
            &format!("2026-11-{} 06:00:00 +0100", day + 1),
            "HKCategoryValueSleepAnalysisAsleepUnspecified",
            "",
        ));
    }
    // One element far longer than the reader's buffer (a huge device string).
    body.push(format!(
        r#" <Record type="{STEPS}" sourceName="Uhr" device="{}" unit="count" startDate="2026-11-20 09:00:00 +0100" endDate="2026-11-20 09:05:00 +0100" value="7"/>"#,
        "x".repeat(3 << 20)
    ));
    export(&body)
}

#[test]
fn tags_split_across_reads_and_longer_than_the_buffer_read_the_same() {
    let text = sample_export();
    let whole = read_export(text.as_bytes(), |_| {}).expect("reads");
    assert_eq!(
        whole[&date(2026, 11, 20)].steps,
        Some(7.0),
        "the 3 MB element"
    );
    assert_eq!(whole[&date(2026, 11, 12)].sleep_h, Some(7.0));
    for chunk in [1, 7, 4096] {
        let trickled = read_export(Trickle(text.as_bytes(), chunk), |_| {}).expect("reads");
        assert_eq!(trickled, whole, "chunks of {chunk} bytes");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    /// No input makes the reader panic: damaged copies of a real-shaped export (cut, bytes
    /// overwritten) and plain noise either read or fail with a reason.
    #[test]
    fn no_input_makes_the_reader_panic(
        cut in 0usize..4000,
        flips in proptest::collection::vec((0usize..4000, proptest::prelude::any::<u8>()), 0..8),
        noise in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600),
    ) {
        let text = export(&[
            record(STEPS, WATCH, "2026-11-20 08:00:00 +0100", "2026-11-20 08:30:00 +0100", "1200", "count"),
            record(SLEEP, PHONE, "2026-11-20 23:00:00 +0100", "2026-11-21 06:00:00 +0100", "HKCategoryValueSleepAnalysisAsleepCore", ""),
        ]);
        let mut bytes = text.into_bytes();
        for (at, b) in flips {
            let len = bytes.len();
            bytes[at % len] = b;
        }
        bytes.truncate(cut.min(bytes.len()));
        let _ = read_export(bytes.as_slice(), |_| {});
        let mut noisy = b"<HealthData>".to_vec();
        noisy.extend_from_slice(&noise);
        let _ = read_export(noisy.as_slice(), |_| {});
        let mut reader = nightcramp_core::wearables::fitbit::FitbitReader::new();
        let _ = reader.add_file("steps-2026-01-01.json", &noise);
        let _ = reader.add_file("sleep-2026-01-01.json", &noise);
        let _ = reader.finish();
    }
}

/// iOS 8 and 9 wrote `source=` instead of `sourceName=`, compact dates with the offset
/// glued on, and metadata as attributes of the record: read like any other export.
#[test]
fn an_ios_8_export_reads_its_compact_dates_and_source_attribute() {
    let old = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ATTLIST Record type CDATA #REQUIRED source CDATA #REQUIRED>
]>
<HealthData locale="en_US">
 <ExportDate value="20150301120000-0800"/>
 <Record type="HKQuantityTypeIdentifierStepCount" source="Anna's iPhone" unit="count" startDate="20140114084347-0800" endDate="20140114085347-0800" value="812" HKMetadataKeyWasUserEntered="0"/>
 <Record type="HKQuantityTypeIdentifierStepCount" source="Anna's iPhone" unit="count" startDate="20140114180000-0800" endDate="20140114181000-0800" value="1200"/>
 <Record type="HKQuantityTypeIdentifierStepCount" source="Anna's iPhone" unit="count" startDate="20140115233000-0800" endDate="20140115234500-0800" value="300"/>
 <Record type="HKQuantityTypeIdentifierHeartRate" source="Anna's iPhone" unit="count/min" startDate="20140114084347-0800" endDate="20140114084347-0800" value="72"/>
</HealthData>
"#;
    let (days, summary) =
        nightcramp_core::wearables::apple_health::read_export_summarized(old.as_bytes(), |_| {})
            .expect("reads");
    assert_eq!(
        days.get(&date(2014, 1, 14)).and_then(|d| d.steps),
        Some(2012.0)
    );
    assert_eq!(
        days.get(&date(2014, 1, 15)).and_then(|d| d.steps),
        Some(300.0),
        "the record's own offset decides its day"
    );
    assert_eq!(summary.records(), 4);
    assert_eq!(summary.undated, 0);
    assert_eq!(summary.kinds(), "StepCount 3, HeartRate 1");
}

/// An export with records, none of them of a kind the diary uses, is described, not
/// passed off as "0 days".
#[test]
fn an_export_with_nothing_usable_says_what_it_holds() {
    let body: Vec<String> = (0..5)
        .map(|i| {
            record(
                "HKQuantityTypeIdentifierHeartRate",
                PHONE,
                &format!("2026-11-0{} 08:00:00 +0100", i + 1),
                &format!("2026-11-0{} 08:00:00 +0100", i + 1),
                "70",
                "count/min",
            )
        })
        .chain([record(
            STEPS,
            PHONE,
            "last Tuesday",
            "later",
            "100",
            "count",
        )])
        .collect();
    let (days, summary) = nightcramp_core::wearables::apple_health::read_export_summarized(
        export(&body).as_bytes(),
        |_| {},
    )
    .expect("reads");
    assert!(days.is_empty());
    assert_eq!(summary.kinds(), "HeartRate 5, StepCount 1");
    assert_eq!(
        summary.undated, 1,
        "a step record whose date is in no known form"
    );
}

/// The Health app's rule: the Watch for the time it covers, the phone only for the part of
/// each of its records the Watch did not cover, prorated by time.
#[test]
fn a_phone_record_counts_for_the_part_the_watch_did_not_cover() {
    let body = vec![
        record(
            STEPS,
            WATCH,
            "2026-11-20 08:00:00 +0100",
            "2026-11-20 08:20:00 +0100",
            "1000",
            "count",
        ),
        // 30 minutes, 10 of them under the Watch: two thirds of 900 count.
        record(
            STEPS,
            PHONE,
            "2026-11-20 08:10:00 +0100",
            "2026-11-20 08:40:00 +0100",
            "900",
            "count",
        ),
        // Across an hour: 09:50 to 10:10, the Watch only from 10:00: half of 400 counts.
        record(
            STEPS,
            WATCH,
            "2026-11-20 10:00:00 +0100",
            "2026-11-20 10:30:00 +0100",
            "300",
            "count",
        ),
        record(
            STEPS,
            PHONE,
            "2026-11-20 09:50:00 +0100",
            "2026-11-20 10:10:00 +0100",
            "400",
            "count",
        ),
    ];
    let days = read_export(export(&body).as_bytes(), |_| {}).expect("reads");
    assert_eq!(
        days[&date(2026, 11, 20)].steps,
        Some(1000.0 + 600.0 + 300.0 + 200.0)
    );
}

proptest::proptest! {
    /// Garmin files of any content, random or cut short, are read or refused with the
    /// file's name, never a panic; a refused file adds nothing.
    #[test]
    fn garmin_files_of_any_content_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400), cut in 0usize..200) {
        use nightcramp_core::wearables::garmin::GarminReader;
        let real = br#"[{"calendarDate":"2026-03-01","totalSteps":5000,"moderateIntensityMinutes":10},{"calendarDate":"2026-03-02","deepSleepSeconds":3600}]"#;
        for (name, content) in [
            ("DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-03-01_2026-03-02.json", bytes.as_slice()),
            ("x/2026_sleepData.json", bytes.as_slice()),
            ("DI_CONNECT/DI-Connect-Aggregator/UDSFile_a.json", &real[..cut.min(real.len())]),
        ] {
            let mut reader = GarminReader::new();
            match reader.add_file(name, content) {
                Ok(()) => { let _ = reader.finish(); }
                Err(e) => {
                    proptest::prop_assert!(e.to_string().starts_with(name), "{e}");
                }
            }
        }
    }
}
