//! The newer export readers (Fitbit's CSV files, Samsung Health, Health Connect's records)
//! under damaged and random input: every file is read or refused with its name, never a
//! panic; a record of any value is taken or refused with why.

use nightcramp_core::wearables::fitbit::FitbitReader;
use nightcramp_core::wearables::health_connect::{HealthConnectReader, Span};
use nightcramp_core::wearables::samsung::SamsungReader;
use proptest::prelude::*;

/// Real-shaped files of each kind, to cut and damage.
const FITBIT: &[(&str, &str)] = &[
    (
        "Takeout/Fitbit/Physical Activity_GoogleData/steps_2026-03-01.csv",
        "timestamp,steps,data source\n2026-03-01T10:00:00Z,12,MobileTrack\n2026-03-01T10:01:00.000Z,40,Google Fitbit Charge 6\n",
    ),
    (
        "Takeout/Fitbit/Health Fitness Data_GoogleData/UserSleeps_2026-03-01.csv",
        "sleep_id,sleep_type,minutes_in_sleep_period,minutes_after_wake_up,minutes_to_fall_asleep,minutes_asleep,minutes_awake,minutes_longest_awakening,minutes_to_persistent_sleep,start_utc_offset,sleep_start,end_utc_offset,sleep_end,data_source\n7,STAGES,450,0,5,410,40,12,9,+05:30,2026-03-01T17:30:00Z,+05:30,2026-03-02T01:00:00Z,GOOGLE\n",
    ),
    (
        "Takeout/Fitbit/Health Fitness Data_GoogleData/UserSleepStages_2026-03-01.csv",
        "sleep_id,sleep_stage_id,sleep_stage_type,start_utc_offset,sleep_stage_start,end_utc_offset,sleep_stage_end\n7,0,LIGHT,+05:30,2026-03-01T17:30:00Z,+05:30,2026-03-01T18:30:00Z\n7,1,AWAKE,+05:30,2026-03-01T18:30:00Z,+05:30,2026-03-01T18:40:00Z\n",
    ),
    (
        "Takeout/Fitbit/Your Profile/Profile.csv",
        "id,timezone\nA1,Asia/Kolkata\n",
    ),
];

const SAMSUNG: &[(&str, &str)] = &[
    (
        "s/com.samsung.shealth.step_daily_trend.20260401101010.csv",
        "\u{feff}com.samsung.shealth.step_daily_trend,6313003,3\nday_time,count,source_type\n1772409600000,5000,-2,\n0,0,-2,\n",
    ),
    (
        "s/com.samsung.shealth.sleep.20260401101010.csv",
        "com.samsung.shealth.sleep,7006003,11\ncom.samsung.health.sleep.start_time,com.samsung.health.sleep.end_time,com.samsung.health.sleep.time_offset,com.samsung.health.sleep.datauuid\n2026-03-01 22:00:00.000,2026-03-02 06:00:00.000,UTC+0100,a,\n",
    ),
    (
        "s/com.samsung.health.sleep_stage.20260401101010.csv",
        "com.samsung.health.sleep_stage,1,1\nstart_time,end_time,stage,sleep_id,time_offset\n2026-03-01 22:00:00.000,2026-03-01 23:00:00.000,40002,a,UTC+0100,\n",
    ),
    (
        "s/com.samsung.shealth.exercise.20260401101010.csv",
        "com.samsung.shealth.exercise,1,1\nstart_time,end_time,time_offset,duration,datauuid\n2026-03-01 17:00:00.000,2026-03-01 17:30:00.000,UTC+0100,1800000,e,\n",
    ),
];

/// `text` with bytes overwritten and cut short.
fn damaged(text: &str, flips: &[(usize, u8)], cut: usize) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    for (at, b) in flips {
        let len = bytes.len();
        bytes[at % len] = *b;
    }
    bytes.truncate(cut.min(bytes.len()));
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn fitbit_csv_files_of_any_content_are_read_or_refused_by_name(
        flips in proptest::collection::vec((0usize..600, any::<u8>()), 0..6),
        cut in 0usize..600,
        noise in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let zone = jiff::tz::TimeZone::get("Europe/Berlin").expect("zone");
        let mut reader = FitbitReader::profile_zone_or(zone);
        for (name, text) in FITBIT {
            for bytes in [damaged(text, &flips, cut), noise.clone()] {
                if let Err(e) = reader.add_file(name, &bytes) {
                    prop_assert!(e.to_string().starts_with(name), "{e}");
                }
            }
        }
        let _ = reader.finish();
    }

    #[test]
    fn samsung_files_of_any_content_are_read_or_refused_by_name(
        flips in proptest::collection::vec((0usize..400, any::<u8>()), 0..6),
        cut in 0usize..400,
        noise in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let mut reader = SamsungReader::new();
        for (name, text) in SAMSUNG {
            for bytes in [damaged(text, &flips, cut), noise.clone()] {
                if let Err(e) = reader.add_file(name, &bytes) {
                    prop_assert!(e.to_string().starts_with(name), "{e}");
                }
            }
        }
        let _ = reader.finish();
    }

    /// Records of any value: times anywhere in the 64-bit range, any offsets, counts and
    /// stages; taken or refused with why, and the totals computed without a panic.
    #[test]
    fn health_connect_records_of_any_value_are_taken_or_refused(
        records in proptest::collection::vec(
            (any::<i64>(), -100_000i64..100_000, any::<i64>(), any::<i64>(), any::<i64>(), 0i64..9),
            0..40,
        ),
        near in proptest::collection::vec((0i64..200_000_000_000_000, 0i64..90_000_000, -50_400i64..50_400, -5i64..100_000), 0..40),
    ) {
        let mut reader = HealthConnectReader::new();
        reader.add_app(1, "com.fitbit.FitbitMobile", "Fitbit");
        for (start, offset, end, value, app, stage) in records {
            let span = Span { start_ms: start, start_offset_s: offset, end_ms: end, end_offset_s: offset, app };
            let _ = reader.add_steps(&span, value);
            let _ = reader.add_exercise(&span);
            let _ = reader.add_sleep_session(app, &span);
            let _ = reader.add_sleep_stage(app, start, end, stage);
        }
        // Plausible-looking ones too, from 1970 to the far future.
        for (start, length, offset, value) in near {
            let span = Span { start_ms: start, start_offset_s: offset, end_ms: start + length, end_offset_s: offset, app: 1 };
            prop_assert!(reader.add_steps(&span, value).is_ok() == (value >= 0));
            prop_assert!(reader.add_sleep_session(start, &span).is_ok());
            prop_assert!(reader.add_sleep_stage(start, start, start + length, value % 8).is_ok());
        }
        let _ = reader.finish();
    }
}

/// The edges random values rarely reach: a day number at the end of the 32-bit range, a
/// span from far in the past to the end of time, a Samsung day in year 275,000.
#[test]
fn records_at_the_edges_of_time_are_refused_or_left_out_without_a_panic() {
    let mut reader = HealthConnectReader::new();
    let last_day_ms = (i64::from(i32::MAX) - 3) * 86_400_000;
    for span in [
        Span {
            start_ms: last_day_ms,
            start_offset_s: 0,
            end_ms: last_day_ms + 60_000,
            end_offset_s: 0,
            app: 1,
        },
        Span {
            start_ms: -100_000_000_000_000_000,
            start_offset_s: 0,
            end_ms: i64::MAX,
            end_offset_s: 0,
            app: 1,
        },
        Span {
            start_ms: i64::MIN,
            start_offset_s: -64_800,
            end_ms: i64::MIN,
            end_offset_s: 0,
            app: 1,
        },
    ] {
        let _ = reader.add_steps(&span, 10);
        let _ = reader.add_exercise(&span);
        let _ = reader.add_sleep_session(7, &span);
        let _ = reader.add_sleep_stage(7, span.start_ms, span.end_ms, 4);
    }
    let days = reader.finish();
    assert!(
        days.keys().all(|d| d.year() < 9999),
        "no day beyond the calendar: {days:?}"
    );
    let mut samsung = SamsungReader::new();
    let far = format!(
        "com.samsung.shealth.step_daily_trend,1,1\nday_time,count,source_type\n{},5,-2\n",
        i64::MAX
    );
    let _ = samsung.add_file("com.samsung.shealth.step_daily_trend.1.csv", far.as_bytes());
    let _ = samsung.finish();
}
