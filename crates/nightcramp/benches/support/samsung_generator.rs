//! A generated Samsung Health "Download personal data" folder, written from the format's
//! public descriptions (Samsung's SDK constants and published sample files; no real
//! person's data), with its truth. Its quirks:
//!
//! - every CSV starts with a byte-order mark and a line naming the data type and versions
//!   (`com.samsung.shealth.step_daily_trend,6313003,3`) before the header;
//! - some headers prefix their columns with the data type
//!   (`com.samsung.health.sleep.start_time`), others do not;
//! - times are UTC (`2026-03-01 21:30:00.000`) with the offset in `time_offset` (`UTC+0100`);
//! - `day_time` is epoch milliseconds (the local date's midnight, UTC);
//! - every row ends with a comma, one field more than the header;
//! - placeholder rows dated 1970, to be skipped;
//! - daily steps three times a day (the phone, the watch, and -2: every device together,
//!   which is what counts, even on days a device's own row is larger), an updated -2 row
//!   for some days (the larger counts);
//! - sleep sessions with stages (40001 to 40004), some without; a second, overlapping session
//!   of the same sleep from the phone on some nights (counted once), a nap on others;
//! - exercise sessions with their duration in milliseconds, one repeated by its uuid;
//! - files nightcramp does not read (heart rate) and a `jsons` folder beside them.

#![allow(dead_code)]
// A fixture for the tests and the benchmark: when it cannot make its own data, stopping
// loudly is the right answer.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;

// The includer declares `dice` (support/dice.rs) once for all the generators.
use super::dice::Dice;
use jiff::civil::Date;
use jiff::tz::TimeZone;

pub struct SamsungExport {
    /// Path inside the folder and bytes.
    pub files: Vec<(String, Vec<u8>)>,
    pub steps: BTreeMap<Date, u64>,
    pub sleep_h: BTreeMap<Date, f64>,
    pub exercise_min: BTreeMap<Date, u64>,
    /// The placeholder rows written.
    pub placeholders: usize,
}

impl SamsungExport {
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|(_, b)| b.len() as u64).sum()
    }
}

const BOM: &str = "\u{feff}";

fn utc(at: i64) -> String {
    jiff::Timestamp::from_second(at)
        .expect("a time")
        .strftime("%Y-%m-%d %H:%M:%S%.3f")
        .to_string()
}

fn offset(tz: &TimeZone, at: i64) -> String {
    let seconds = tz
        .to_offset(jiff::Timestamp::from_second(at).expect("a time"))
        .seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("UTC{sign}{:02}{:02}", s / 3600, (s % 3600) / 60)
}

fn uuid(kind: u64, n: u64) -> String {
    format!("{kind:08x}-0000-4000-8000-{n:012x}")
}

/// `days` days from `first`, lived in `zone`.
pub fn generate(first: Date, days: i64, zone: &str) -> SamsungExport {
    let tz = TimeZone::get(zone).expect("a zone");
    let mut dice = Dice(0x5a45_5a45);
    let stamp = "20260401101010";
    let root = format!("samsunghealth_ann.example_{stamp}");
    let mut steps = BTreeMap::new();
    let mut sleep_h = BTreeMap::new();
    let mut exercise_min = BTreeMap::new();
    let mut step_rows = Vec::new();
    let mut sleep_rows = Vec::new();
    let mut stage_rows = Vec::new();
    let mut exercise_rows = Vec::new();
    let mut heart_rows = Vec::new();
    let mut placeholders = 0;
    let mut n = 0u64;
    for i in 0..days {
        let day = first
            .checked_add(jiff::Span::new().days(i))
            .expect("a date");
        let day_ms = TimeZone::UTC
            .to_timestamp(day.at(0, 0, 0, 0))
            .expect("midnight")
            .as_millisecond();
        let (phone, mut watch) = (dice.below(6000), 2000 + dice.below(9000));
        let all = phone.max(watch) + dice.below(500);
        if i % 11 == 5 {
            // The watch's own row synced after the combined one: larger, yet the combined
            // row (-2) is what the app shows and what counts.
            watch = all + 1000;
        }
        for (source, count) in [(0, phone), (-2, all), (1, watch)] {
            n += 1;
            step_rows.push(format!(
                ",{day_ms},{day_ms},com.sec.android.app.shealth,{count},1.2,{},{},com.sec.android.app.shealth,dev{source},{day_ms},{},{source},",
                count * 7 / 10,
                count / 25,
                uuid(1, n)
            ));
        }
        let mut kept = all;
        if i % 9 == 4 {
            // The day's total updated later in the day: the larger row counts.
            kept = all + 321;
            n += 1;
            step_rows.push(format!(
                ",{day_ms},{day_ms},com.sec.android.app.shealth,{kept},1.2,0,0,com.sec.android.app.shealth,dev-2,{day_ms},{},-2,",
                uuid(1, n)
            ));
        }
        steps.insert(day, kept);

        // The night that starts this evening.
        let start_local = day
            .at(21, 30, 0, 0)
            .checked_add(jiff::Span::new().minutes(dice.below(180) as i64))
            .expect("a time");
        let start = tz.to_timestamp(start_local).expect("local").as_second();
        let end = start + 6 * 3600 + (dice.below(150) as i64) * 60;
        n += 1;
        let session = uuid(2, n);
        let with_stages = i % 5 != 3;
        let mut asleep = end - start;
        if with_stages {
            asleep = 0;
            let mut at = start;
            let mut k = 0;
            while at < end {
                let stop = (at + (15 + dice.below(45) as i64) * 60).min(end);
                let stage = [40001, 40002, 40003, 40002, 40004][k % 5];
                if stage != 40001 {
                    asleep += stop - at;
                }
                n += 1;
                stage_rows.push(format!(
                    "{},{},{session},,{},com.sec.android.app.shealth,{stage},{},dev1,{},{},",
                    utc(at),
                    utc(at),
                    utc(at),
                    uuid(3, n),
                    utc(stop),
                    offset(&tz, at)
                ));
                at = stop;
                k += 1;
            }
        }
        sleep_rows.push(sleep_row(&tz, start, end, &session));
        let mut night_asleep = asleep;
        if i % 7 == 2 {
            // The phone logged the same sleep, two hours shorter at each end (less than the
            // watch's asleep time, whatever its stages): one sleep, counted once.
            n += 1;
            sleep_rows.push(sleep_row(&tz, start + 7200, end - 7200, &uuid(2, n)));
        }
        if i % 6 == 1 {
            // An afternoon nap the next day: before noon it would be this night; after
            // noon it starts the next night.
            let nap = tz
                .to_timestamp(day.tomorrow().expect("a date").at(10, 0, 0, 0))
                .expect("local")
                .as_second();
            n += 1;
            sleep_rows.push(sleep_row(&tz, nap, nap + 2400, &uuid(2, n)));
            night_asleep += 2400;
        }
        sleep_h.insert(
            day,
            ((night_asleep as f64 / 3600.0) * 100.0).round() / 100.0,
        );

        if i % 3 == 0 {
            let at = tz
                .to_timestamp(day.at(17, 0, 0, 0))
                .expect("local")
                .as_second();
            let minutes = 20 + dice.below(60);
            n += 1;
            let row = format!(
                "{},{},{},{},{},1001,{},",
                utc(at),
                utc(at + minutes as i64 * 60),
                offset(&tz, at),
                minutes * 60_000,
                uuid(4, n),
                n
            );
            exercise_rows.push(row.clone());
            if i % 12 == 0 {
                // Written twice (a sync repeated it): one session by its uuid.
                exercise_rows.push(row);
            }
            exercise_min.insert(day, minutes);
        }
        heart_rows.push(format!(
            "{},{},72,",
            utc(day_ms / 1000 + 9 * 3600),
            "UTC+0000"
        ));
    }
    // The app's placeholder rows.
    for _ in 0..3 {
        placeholders += 1;
        step_rows.push(
            ",0,0,com.sec.android.app.shealth,0,0,0,0,com.sec.android.app.shealth,dev-2,0,00000000-placeholder,-2,"
                .to_string(),
        );
    }
    placeholders += 1;
    sleep_rows.push(sleep_row(&TimeZone::UTC, 0, 3600, "00000000-placeholder"));

    let csv = |data_type: &str, versions: &str, header: &str, rows: &[String]| {
        format!(
            "{BOM}{data_type},{versions}\n{header}\n{}\n",
            rows.join("\n")
        )
        .into_bytes()
    };
    let files = vec![
        (
            format!("{root}/com.samsung.shealth.step_daily_trend.{stamp}.csv"),
            csv(
                "com.samsung.shealth.step_daily_trend",
                "6313003,3",
                "binning_data,update_time,create_time,source_pkg_name,count,speed,distance,calorie,pkg_name,deviceuuid,day_time,datauuid,source_type",
                &step_rows,
            ),
        ),
        (
            format!("{root}/com.samsung.shealth.sleep.{stamp}.csv"),
            csv(
                "com.samsung.shealth.sleep",
                "7006003,11",
                "original_efficiency,com.samsung.health.sleep.custom,com.samsung.health.sleep.start_time,com.samsung.health.sleep.end_time,com.samsung.health.sleep.time_offset,com.samsung.health.sleep.datauuid,com.samsung.health.sleep.deviceuuid,sleep_duration",
                &sleep_rows,
            ),
        ),
        (
            format!("{root}/com.samsung.health.sleep_stage.{stamp}.csv"),
            csv(
                "com.samsung.health.sleep_stage",
                "6316004,4",
                "create_time,start_time,sleep_id,custom,update_time,pkg_name,stage,datauuid,deviceuuid,end_time,time_offset",
                &stage_rows,
            ),
        ),
        (
            format!("{root}/com.samsung.shealth.exercise.{stamp}.csv"),
            csv(
                "com.samsung.shealth.exercise",
                "6313002,12",
                "com.samsung.health.exercise.start_time,com.samsung.health.exercise.end_time,com.samsung.health.exercise.time_offset,com.samsung.health.exercise.duration,com.samsung.health.exercise.datauuid,com.samsung.health.exercise.exercise_type,com.samsung.health.exercise.count",
                &exercise_rows,
            ),
        ),
        (
            format!("{root}/com.samsung.shealth.tracker.heart_rate.{stamp}.csv"),
            csv(
                "com.samsung.shealth.tracker.heart_rate",
                "6313002,4",
                "com.samsung.health.heart_rate.start_time,com.samsung.health.heart_rate.time_offset,com.samsung.health.heart_rate.heart_rate",
                &heart_rows,
            ),
        ),
        (
            format!("{root}/jsons/com.samsung.shealth.step_daily_trend/0/binning.json"),
            b"[{\"count\": 12}]".to_vec(),
        ),
    ];
    SamsungExport {
        files,
        steps,
        sleep_h,
        exercise_min,
        placeholders,
    }
}

fn sleep_row(tz: &TimeZone, start: i64, end: i64, uuid: &str) -> String {
    format!(
        "93.0,,{},{},{},{uuid},dev1,{},",
        utc(start),
        utc(end),
        offset(tz, start),
        (end - start) / 60
    )
}
