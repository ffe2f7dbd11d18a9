//! A generated Health Connect export database (`health_connect_export.db`), its tables and
//! columns as Android's Health Connect writes them and as public importers read them (no real
//! person's data), with its truth by the counting rule:
//!
//! - `application_info_table`: a tracker's app (Fitbit) and the phone's counter (Google Fit);
//! - `steps_record_table`: the tracker's 15-minute counts while worn, the phone's counts over
//!   spans of its own that partly overlap them (counted only for the seconds the tracker did
//!   not cover, prorated), epoch milliseconds with each end's UTC offset in seconds, a few
//!   records with no offset written (placed in the person's zone);
//! - `sleep_session_record_table` with `sleep_stages_table`: the tracker's sleep by stages,
//!   the phone's session over the same night without stages (counted only outside the
//!   tracker's), some nights the phone's alone;
//! - `exercise_session_record_table`: workouts the tracker logged and the phone repeated.
//!
//! Records stay inside local waking hours or their night, so the truth is exact per day.

#![allow(dead_code)]
// A fixture for the tests and the benchmark: when it cannot make its own data, stopping
// loudly is the right answer.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;

// The includer declares `dice` (support/dice.rs) once for all the generators.
use super::dice::Dice;
use jiff::civil::Date;
use jiff::tz::TimeZone;

pub struct HealthConnectExport {
    pub steps: BTreeMap<Date, f64>,
    pub sleep_h: BTreeMap<Date, f64>,
    pub exercise_min: BTreeMap<Date, f64>,
    pub records: usize,
}

/// Seconds of `start..end` not inside any of `covered` (disjoint).
fn uncovered(start: i64, end: i64, covered: &[(i64, i64)]) -> i64 {
    let taken: i64 = covered
        .iter()
        .map(|(s, e)| (end.min(*e) - start.max(*s)).max(0))
        .sum();
    (end - start) - taken
}

const TRACKER: i64 = 1;
const PHONE: i64 = 2;

/// Writes the database to `path` for `days` days from `first`, lived in `zone`.
pub fn generate(path: &std::path::Path, first: Date, days: i64, zone: &str) -> HealthConnectExport {
    let tz = TimeZone::get(zone).expect("a zone");
    let conn = rusqlite::Connection::open(path).expect("a database");
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA user_version = 26;
         CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, package_name TEXT NOT NULL UNIQUE, app_name TEXT, app_icon BLOB, record_types_used TEXT);
         CREATE TABLE steps_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE, last_modified_time INTEGER NOT NULL, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER NOT NULL, recording_method INTEGER, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER NOT NULL, count INTEGER NOT NULL);
         CREATE TABLE sleep_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE, last_modified_time INTEGER NOT NULL, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER NOT NULL, recording_method INTEGER, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER NOT NULL, title TEXT, notes TEXT);
         CREATE TABLE sleep_stages_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, parent_key INTEGER NOT NULL, stage_start_time INTEGER NOT NULL, stage_end_time INTEGER NOT NULL, stage_type INTEGER NOT NULL, FOREIGN KEY (parent_key) REFERENCES sleep_session_record_table(row_id) ON DELETE CASCADE);
         CREATE TABLE exercise_session_record_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE, last_modified_time INTEGER NOT NULL, client_record_id TEXT, client_record_version TEXT, device_info_id INTEGER, app_info_id INTEGER NOT NULL, recording_method INTEGER, start_time INTEGER NOT NULL, start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date INTEGER NOT NULL, exercise_type INTEGER NOT NULL, title TEXT, notes TEXT);
         INSERT INTO application_info_table (row_id, package_name, app_name, record_types_used) VALUES (1, 'com.fitbit.FitbitMobile', 'Fitbit', '1,2'), (2, 'com.google.android.apps.fitness', 'Fit', '1,2');
         BEGIN;",
    )
    .expect("the schema");
    let mut dice = Dice(0x4ea1_7c0e);
    let mut uid = 0u64;
    let mut records = 0usize;
    let mut stage_records = 0usize;
    let mut steps: BTreeMap<Date, f64> = BTreeMap::new();
    let mut sleep_h = BTreeMap::new();
    let mut exercise_min: BTreeMap<Date, f64> = BTreeMap::new();
    let offset = |at: i64| {
        i64::from(
            tz.to_offset(jiff::Timestamp::from_second(at).expect("a time"))
                .seconds(),
        )
    };
    let local_date = |day: Date| {
        day.since(Date::constant(1970, 1, 1))
            .expect("days")
            .get_days()
    };
    // (table, app, start, end, offset written?, count or exercise type)
    let mut insert = |table: &str,
                      app: i64,
                      start: i64,
                      end: i64,
                      with_offset: bool,
                      value: i64,
                      day: Date| {
        uid += 1;
        records += 1;
        let (so, eo) = if with_offset {
            (Some(offset(start)), Some(offset(end)))
        } else {
            (None, None)
        };
        let last = if table == "exercise_session_record_table" {
            "exercise_type"
        } else if table == "steps_record_table" {
            "count"
        } else {
            "title"
        };
        conn.execute(
            &format!(
                "INSERT INTO {table} (uuid, last_modified_time, app_info_id, recording_method, start_time, start_zone_offset, end_time, end_zone_offset, local_date, {last}) VALUES (?1, ?2, ?3, 0, ?4, ?5, ?6, ?7, ?8, ?9)"
            ),
            rusqlite::params![
                uid.to_be_bytes().to_vec(),
                end * 1000,
                app,
                start * 1000,
                so,
                end * 1000,
                eo,
                local_date(day),
                value
            ],
        )
        .expect("a record");
        conn.last_insert_rowid()
    };
    for i in 0..days {
        let day = first
            .checked_add(jiff::Span::new().days(i))
            .expect("a date");
        let at = |h: i8, m: i64| {
            tz.to_timestamp(day.at(h, 0, 0, 0))
                .expect("local")
                .as_second()
                + m * 60
        };
        // The tracker: 15-minute counts from 08:00 to 22:00 while worn.
        let mut tracker: Vec<(i64, i64)> = Vec::new();
        let mut total = 0.0;
        for quarter in 0..56 {
            if dice.below(10) == 0 {
                continue;
            }
            let start = at(8, quarter * 15);
            let count = dice.below(900) as i64;
            insert(
                "steps_record_table",
                TRACKER,
                start,
                start + 900,
                i % 10 != 7,
                count,
                day,
            );
            tracker.push((start, start + 900));
            total += count as f64;
        }
        // The phone: counts over its own spans, from 07:30, each 5 to 40 minutes.
        let mut m = 0;
        while m < 14 * 60 {
            let length = 5 + dice.below(36) as i64;
            let (start, end) = (at(7, 30 + m), at(7, 30 + m + length));
            let count = dice.below(2000) as i64;
            insert("steps_record_table", PHONE, start, end, true, count, day);
            total += count as f64 * uncovered(start, end, &tracker) as f64 / (end - start) as f64;
            m += length + dice.below(30) as i64;
        }
        steps.insert(day, total.round());

        // Exercise: the tracker's workout, which the phone repeats a little longer.
        if i % 2 == 0 {
            let (start, end) = (at(18, 0), at(18, 30 + dice.below(40) as i64));
            insert(
                "exercise_session_record_table",
                TRACKER,
                start,
                end,
                true,
                79,
                day,
            );
            insert(
                "exercise_session_record_table",
                PHONE,
                start - 300,
                end + 600,
                true,
                79,
                day,
            );
            exercise_min.insert(day, ((end - start + 900) / 60) as f64);
        }

        // The night: the tracker's stages (most nights), and the phone's session.
        let bed = at(22, 30 + dice.below(90) as i64);
        let up = bed + 7 * 3600 + dice.below(60) as i64 * 60;
        let mut asleep = 0;
        let tracked = i % 8 != 5;
        if tracked {
            let session = insert("sleep_session_record_table", TRACKER, bed, up, true, 0, day);
            let mut s = bed;
            let mut k = 0;
            while s < up {
                let stop = (s + (20 + dice.below(40) as i64) * 60).min(up);
                let stage = [1i64, 4, 5, 4, 6][k % 5];
                if stage != 1 {
                    asleep += stop - s;
                }
                conn.execute(
                    "INSERT INTO sleep_stages_table (parent_key, stage_start_time, stage_end_time, stage_type) VALUES (?1, ?2, ?3, ?4)",
                    rusqlite::params![session, s * 1000, stop * 1000, stage],
                )
                .expect("a stage");
                stage_records += 1;
                s = stop;
                k += 1;
            }
        }
        // The phone: from half an hour before bed to half an hour after: only what the
        // tracker did not record counts (or all of it on a night the tracker was off).
        let (phone_start, phone_end) = (bed - 1800, up + 1800);
        insert(
            "sleep_session_record_table",
            PHONE,
            phone_start,
            phone_end,
            true,
            0,
            day,
        );
        asleep += if tracked {
            uncovered(phone_start, phone_end, &[(bed, up)])
        } else {
            phone_end - phone_start
        };
        sleep_h.insert(day, ((asleep as f64 / 3600.0) * 100.0).round() / 100.0);
    }
    conn.execute_batch("COMMIT").expect("commit");
    HealthConnectExport {
        steps,
        sleep_h,
        exercise_min,
        records: records + stage_records,
    }
}
