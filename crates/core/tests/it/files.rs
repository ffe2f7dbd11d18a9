//! The CSV and JSON parsers on fixtures generated here: good files, bad rows, odd
//! spreadsheets, and round trips.

use jiff::Timestamp;
use jiff::civil::date;
use jiff::tz::{Offset, TimeZone};
use nightcramp_core::domain::{
    CheckIn, Day, Diary, Episode, FactorKey, FactorValue, Muscle, Provenance, RecordedFactor,
    Relief, Side,
};
use nightcramp_core::factors::Builtin;
use nightcramp_core::files::{FileKind, Record, UnreadableFile, backup, csv, detect, parse_file};
use nightcramp_core::input::EntryContext;
use proptest::prelude::*;
use uuid::Uuid;

fn berlin() -> TimeZone {
    TimeZone::get("Europe/Berlin").expect("zone")
}

/// A moment after every fixture, so only the bounds tests meet the "not in the future" rule.
fn entry(zone: Option<&TimeZone>) -> EntryContext<'_> {
    EntryContext {
        zone,
        now: "2040-01-01T00:00:00Z".parse().expect("valid"),
    }
}

#[test]
fn files_are_recognised_by_content() {
    assert_eq!(
        detect(b"started_at,duration_s,muscle,side,intensity\n"),
        Some(FileKind::EpisodesCsv)
    );
    assert_eq!(
        detect(b"\xef\xbb\xbfdate,standing_h\n"),
        Some(FileKind::DaysCsv)
    );
    assert_eq!(
        detect(b"  {\"format\": \"nightcramp/1\"}"),
        Some(FileKind::JsonBackup)
    );
    assert_eq!(detect(b"name,age\nbob,3\n"), None);
    assert_eq!(detect(b"{\"format\": \"other\"}"), None);
    assert_eq!(detect(b""), None);
    assert!(matches!(
        parse_file("x.csv", b"name,age\n", entry(None)),
        Err(UnreadableFile::Unrecognised { .. })
    ));
}

#[test]
fn a_spreadsheet_export_of_episodes_parses() {
    let text = "\u{feff}Started_At,duration_s,muscle,side,intensity,woke,soreness_h,relief,notes\n\
        2026-11-29T02:40:00+01:00,120,calf,left,7,yes,3,stretch;massage,\"woke at 2, \"\"ouch\"\"\"\n\
        2026-11-30T03:05:00+01:00, 45 ,foot,RIGHT,4,,,,\n";
    let parsed = csv::parse_episodes_csv("episodes.csv", text.as_bytes(), entry(Some(&berlin())))
        .expect("parses");
    assert!(parsed.bad_rows.is_empty(), "{:?}", parsed.bad_rows);
    assert_eq!(parsed.rows, 2);
    let episodes: Vec<&Episode> = parsed
        .records
        .iter()
        .filter_map(|r| match r {
            Record::Episode(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(episodes[0].night(), date(2026, 11, 28));
    assert_eq!(episodes[0].relief, vec![Relief::Stretch, Relief::Massage]);
    assert_eq!(episodes[0].notes.as_deref(), Some("woke at 2, \"ouch\""));
    assert_eq!(
        episodes[0].time_zone.as_deref(),
        Some("Europe/Berlin"),
        "offset matches the profile zone"
    );
    assert_eq!(episodes[1].side, Side::Right);
    assert_eq!(episodes[1].woke, None, "empty is unknown");
    assert_eq!(episodes[1].soreness_h, None);
}

#[test]
fn bad_rows_say_where_and_why() {
    let text = "started_at,duration_s,muscle,side,intensity\n\
        2026-11-29T02:40:00+01:00,120,calf,left,7\n\
        2026-11-29T02:40:00,120,calf,left,7\n\
        2026-11-30T02:40:00+01:00,0,calf,left,7\n\
        2026-12-01T02:40:00+01:00,60,knee,left,7\n\
        2026-12-02T02:40:00+01:00,60,calf,up,7\n\
        2026-12-03T02:40:00+01:00,60,calf,left,11\n\
        2026-12-04T02:40:00+01:00,60,calf\n\
        ,60,calf,left,3\n";
    let parsed =
        csv::parse_episodes_csv("episodes.csv", text.as_bytes(), entry(None)).expect("header fine");
    assert_eq!(parsed.records.len(), 1);
    let report: Vec<String> = parsed.bad_rows.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(report.join("\n"), @r#"
    episodes.csv:3: column started_at: "2026-11-29T02:40:00" is not allowed; expected a date and time with its UTC offset, such as 2026-11-29T02:40:00-05:00
    episodes.csv:4: column duration_s: "0" is not allowed; expected whole seconds from 1 to 86400
    episodes.csv:5: column muscle: "knee" is not allowed; expected one of calf, foot, toes, shin, thigh_back, thigh_front, other
    episodes.csv:6: column side: "up" is not allowed; expected one of left, right, both
    episodes.csv:7: column intensity: "11" is not allowed; expected a whole number from 1 to 10
    episodes.csv:8: has 3 cells but the header has 5
    episodes.csv:9: column started_at: missing; expected a date and time with its UTC offset, such as 2026-11-29T02:40:00-05:00
    "#);
}

#[test]
fn header_problems_stop_the_file_with_a_clear_message() {
    let messages: Vec<String> = [
        "started_at,duration_s,muscle,side,intensty\n",
        "started_at,duration_s,muscle,side\n",
        "started_at,duration_s,muscle,side,intensity,side\n",
    ]
    .iter()
    .map(
        |text| match csv::parse_episodes_csv("e.csv", text.as_bytes(), entry(None)) {
            Err(e) => e.to_string(),
            Ok(_) => "accepted".into(),
        },
    )
    .collect();
    insta::assert_snapshot!(messages.join("\n"), @r"
    e.csv:1: column intensty: unknown column; allowed: started_at, duration_s, muscle, side, intensity, woke, soreness_h, relief, notes, time_zone, id
    e.csv:1: column intensity: required column missing; required: started_at, duration_s, muscle, side, intensity
    e.csv:1: column side: this column appears twice
    ");
}

#[test]
fn days_keep_unknown_apart_from_zero() {
    let text = "date,standing_h,stretched,water_l,custom:long drive,night_checked,sleep_position\n\
        2026-11-27,9,yes,,true,true,side_curled\n\
        2026-11-28,0,no,1.5,,,\n\
        2026-11-29,,,,,false,\n";
    let parsed = csv::parse_days_csv("days.csv", text.as_bytes(), entry(None)).expect("parses");
    assert!(parsed.bad_rows.is_empty(), "{:?}", parsed.bad_rows);
    let factors: Vec<(String, String)> = parsed
        .records
        .iter()
        .filter_map(|r| match r {
            Record::Factor {
                date, key, value, ..
            } => Some((date.to_string(), format!("{key}={value}"))),
            _ => None,
        })
        .collect();
    assert_eq!(
        factors,
        vec![
            ("2026-11-27".into(), "standing_h=9".into()),
            ("2026-11-27".into(), "stretched=yes".into()),
            ("2026-11-27".into(), "custom:long drive=yes".into()),
            ("2026-11-27".into(), "sleep_position=side_curled".into()),
            ("2026-11-28".into(), "standing_h=0".into()),
            ("2026-11-28".into(), "stretched=no".into()),
            ("2026-11-28".into(), "water_l=1.5".into()),
        ],
        "empty cells are not recorded; 0 and no are"
    );
    let checkins: Vec<_> = parsed
        .records
        .iter()
        .filter(|r| matches!(r, Record::CheckIn(_)))
        .collect();
    assert_eq!(
        checkins.len(),
        1,
        "only night_checked=true confirms a night"
    );
}

#[test]
fn bad_day_cells_reject_the_row_and_name_the_column() {
    let text = "date,standing_h,urine_color,stretched\n\
        2026-11-27,9,3,yes\n\
        27/11/2026,9,3,yes\n\
        2026-11-28,25,3,yes\n\
        2026-11-29,9,9,yes\n\
        2026-11-30,9,3,maybe\n";
    let parsed = csv::parse_days_csv("days.csv", text.as_bytes(), entry(None)).expect("parses");
    assert_eq!(parsed.records.len(), 3, "only the good row's three factors");
    let report: Vec<String> = parsed.bad_rows.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(report.join("\n"), @r#"
    days.csv:3: column date: "27/11/2026" is not allowed; expected a date as YYYY-MM-DD
    days.csv:4: column standing_h: "25" is not allowed; expected from 0 to 24 hours
    days.csv:5: column urine_color: "9" is not allowed; expected a whole number from 1 to 8
    days.csv:6: column stretched: "maybe" is not allowed; expected true/false, yes/no or 1/0
    "#);
}

fn arb_episode() -> impl Strategy<Value = Episode> {
    (
        0i64..400_000_000,
        prop::sample::select(vec![-18_000i32, -12_600, 0, 3_600, 19_800, 45_900]),
        1u32..=86_400,
        prop::sample::select(Muscle::ALL.to_vec()),
        prop::sample::select(Side::ALL.to_vec()),
        1u8..=10,
        prop::option::of(any::<bool>()),
        prop::option::of((0u32..=1680).prop_map(|t| f64::from(t) / 10.0)),
        prop::sample::subsequence(Relief::ALL.to_vec(), 0..3),
        prop::option::of("[a-zA-Z0-9 ,;\"é\n]{1,30}"),
    )
        .prop_map(
            |(
                secs,
                offset,
                duration_s,
                muscle,
                side,
                intensity,
                woke,
                soreness_h,
                relief,
                notes,
            )| Episode {
                id: Uuid::new_v4(),
                started_at: Timestamp::from_second(1_500_000_000 + secs).expect("range"),
                utc_offset: Offset::from_seconds(offset).expect("offset"),
                time_zone: None,
                duration_s,
                muscle,
                side,
                intensity,
                woke,
                soreness_h,
                relief,
                notes: notes
                    .map(|n| n.trim().to_string())
                    .filter(|n| !n.is_empty()),
            },
        )
}

proptest! {
    #[test]
    fn episodes_survive_a_csv_round_trip(episodes in prop::collection::vec(arb_episode(), 0..20)) {
        let bytes = csv::write_episodes_csv(&episodes).expect("writes");
        let parsed = csv::parse_episodes_csv("episodes.csv", &bytes, entry(None)).expect("parses");
        prop_assert!(parsed.bad_rows.is_empty(), "{:?}", parsed.bad_rows);
        let back: Vec<Episode> = parsed.records.into_iter().filter_map(|r| match r { Record::Episode(e) => Some(e), _ => None }).collect();
        prop_assert_eq!(back, episodes);
    }

    #[test]
    fn a_diary_survives_a_backup_round_trip(episodes in prop::collection::vec(arb_episode(), 0..10), water in prop::option::of(0u32..200), answered in prop::option::of((any::<bool>(), 0i64..1_700_000_000))) {
        let mut diary = Diary { episodes, ..Diary::default() };
        if let Some((answer, secs)) = answered {
            diary.answers.push(nightcramp_core::domain::ScreeningAnswer {
                question: "one_leg_swollen".into(),
                answer,
                answered_at: Timestamp::from_second(secs).expect("in range"),
            });
        }
        if let Some(w) = water {
            diary.days.push(Day {
                date: date(2026, 3, 29),
                factors: [
                    (FactorKey::Builtin(Builtin::WaterL), RecordedFactor { value: FactorValue::Number(f64::from(w) / 10.0), source: Provenance::Imported, import_said: None }),
                    (FactorKey::Custom("ate late".into()), RecordedFactor { value: FactorValue::Bool(true), source: Provenance::Typed, import_said: None }),
                    // Typed over a watch that said otherwise: both survive the round trip.
                    (FactorKey::Builtin(Builtin::Steps), RecordedFactor { value: FactorValue::Number(7000.0), source: Provenance::Typed, import_said: Some(FactorValue::Number(f64::from(w) * 100.0)) }),
                ].into_iter().collect(),
            });
            diary.checkins.push(CheckIn { id: Uuid::new_v4(), night: date(2026, 3, 29), sleep_disturbance: Some(2), recorded_at: None });
        }
        diary.experiments.push(
            nightcramp_core::experiment::Experiment {
                id: "e1".into(),
                change: nightcramp_core::experiment::TrialChange::parse_stored("caffeine_drinks=0").expect("change"),
                design: nightcramp_core::experiment::Design { pairs: 3, period_nights: 14, washout_nights: 3 },
                start: date(2026, 3, 1),
                order: vec![nightcramp_core::experiment::Arm::Usual, nightcramp_core::experiment::Arm::Change, nightcramp_core::experiment::Arm::Usual],
                created_at: Timestamp::UNIX_EPOCH,
                stopped_at: None,
            }
            .record(),
        );
        diary.normalize();
        let text = backup::write_backup(&diary, Timestamp::UNIX_EPOCH).expect("writes");
        let parsed = backup::parse_backup("backup.json", text.as_bytes(), entry(None)).expect("parses");
        prop_assert!(parsed.bad_rows.is_empty(), "{:?}", parsed.bad_rows);
        let mut back = Diary::default();
        for record in parsed.records {
            match record {
                Record::Episode(e) => back.episodes.push(e),
                Record::CheckIn(c) => back.checkins.push(c),
                Record::Profile(p) => back.profile = p,
                Record::Medication(m) => back.medications.push(m),
                Record::Answer(a) => back.answers.push(a),
                Record::Experiment(e) => back.experiments.push(e),
                Record::Factor { date, key, value, imported, import_said } => {
                    if back.days.last().is_none_or(|d| d.date != date) {
                        back.days.push(Day { date, factors: Default::default() });
                    }
                    let source = if imported { Provenance::Imported } else { Provenance::Typed };
                    back.days.last_mut().expect("day").factors.insert(key, RecordedFactor { value, source, import_said });
                }
            }
        }
        back.normalize();
        prop_assert_eq!(back, diary);
    }
}

#[test]
fn a_backup_entry_that_breaks_the_rules_is_named_by_its_path() {
    let text = r#"{"format": "nightcramp/1", "episodes": [
        {"id": "6e696768-7463-7261-6d70-000000000001", "started_at": "2026-11-29T02:40:00+01:00", "duration_s": 60, "muscle": "calf", "side": "left", "intensity": 12}
    ], "days": [{"date": "2026-11-28", "factors": {"water_l": "lots"}}]}"#;
    let parsed = backup::parse_backup("backup.json", text.as_bytes(), entry(None)).expect("parses");
    let report: Vec<String> = parsed.bad_rows.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(report.join("\n"), @r#"
    backup.json: episodes[0].intensity: "12" is not allowed; expected a whole number from 1 to 10
    backup.json: days[0].factors.water_l: "lots" is not allowed; expected a number from 0 to 20
    "#);
    let newer = backup::parse_backup("b.json", br#"{"format": "nightcramp/2"}"#, entry(None))
        .expect_err("refused");
    assert!(newer.to_string().contains("newer nightcramp"), "{newer}");
}

/// A file saved with Windows line ends names the same lines as one with plain ones (a bad
/// row was once reported one line early), in both CSV files.
#[test]
fn crlf_files_name_the_same_lines() {
    let episodes = "started_at,duration_s,muscle,side,intensity\n\
        2026-11-29T02:40:00+01:00,120,calf,left,7\n\
        \n\
        2026-11-30T02:40:00+01:00,0,calf,left,7\n\
        2026-12-04T02:40:00+01:00,60,calf\n\
        \"2026-12-05T02:40:00+01:00\",60,calf,left,11\n";
    let days = "date,standing_h,urine_color\n2026-11-01,8,3\n2026-11-02,lots,3\n\n2026-11-03,5,9\n";
    let lines = |text: &str, crlf: bool| {
        let text = if crlf {
            text.replace('\n', "\r\n")
        } else {
            text.to_string()
        };
        let mut found: Vec<u64> = csv::parse_episodes_csv("e.csv", text.as_bytes(), entry(None))
            .map(|p| p.bad_rows.iter().map(|b| b.line).collect())
            .unwrap_or_default();
        found.push(0);
        found
    };
    assert_eq!(lines(episodes, false), vec![4, 5, 6, 0]);
    assert_eq!(lines(episodes, true), lines(episodes, false));
    let day_lines = |text: &str, crlf: bool| {
        let text = if crlf {
            text.replace('\n', "\r\n")
        } else {
            text.to_string()
        };
        csv::parse_days_csv("d.csv", text.as_bytes(), entry(None))
            .map(|p| p.bad_rows.iter().map(|b| b.line).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(day_lines(days, false), vec![3, 5]);
    assert_eq!(day_lines(days, true), day_lines(days, false));
}
