//! A generated Google Takeout Fitbit export, written from the format's public
//! descriptions (no real person's data), with its truth:
//!
//! - `Global Export Data/steps-YYYY-MM-DD.json`: minute steps in UTC ("MM/DD/YY HH:MM:SS"),
//!   Fitbit's own series, for the first half of the days only (an older export);
//! - `Physical Activity_GoogleData/steps_YYYY-MM-DD.csv`: `timestamp,steps,data source`, a
//!   row a minute and source, UTC, monthly files plus a re-exported week: the tracker
//!   (worn most hours), the phone (`MobileTrack`, now and then) and Health Connect's mirror of
//!   the phone, which repeats its rows, plus a few minutes that only the mirror has (another
//!   app); timestamps with and without milliseconds;
//! - `Global Export Data/sleep-*.json` (wall clock), `Health Fitness Data_GoogleData/
//!   UserSleeps_*.csv` and `UserSleepStages_*.csv` (UTC with offsets): the first third of the
//!   nights in JSON only, the second in both (the same sleep twice), the last in CSV only,
//!   some of those with stages but no session row;
//! - `Your Profile/Profile.csv` naming the account's zone.
//!
//! The truth applies the counting rule to the raw records: per minute the best source that
//! wrote it (JSON, tracker, phone, mirror), on the local days of a given zone; sleep is the
//! asleep minutes of each night, once.

#![allow(dead_code)]
// A fixture for the tests and the benchmark: when it cannot make its own data, stopping
// loudly is the right answer.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;

// The includer declares `dice` (support/dice.rs) once for all the generators.
use super::dice::Dice;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// Who wrote a minute's row, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Writer {
    Json,
    Tracker,
    Phone,
    Mirror,
}

pub struct FitbitExport {
    /// Path in the archive and bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// Every minute row written: (UTC second, writer, steps).
    pub minutes: Vec<(i64, Writer, u64)>,
    /// Hours asleep per night (the evening's date).
    pub sleep_h: BTreeMap<Date, f64>,
    pub zone: &'static str,
}

impl FitbitExport {
    /// Steps per local day of `zone`: each minute from the best writer that has it.
    pub fn steps_in(&self, zone: &TimeZone) -> BTreeMap<Date, u64> {
        let mut best: BTreeMap<i64, (Writer, u64)> = BTreeMap::new();
        for (at, writer, steps) in &self.minutes {
            let entry = best.entry(*at).or_insert((*writer, *steps));
            if *writer < entry.0 {
                *entry = (*writer, *steps);
            }
        }
        let mut days = BTreeMap::new();
        for (at, (_, steps)) in best {
            let date = zone
                .to_datetime(jiff::Timestamp::from_second(at).expect("a time"))
                .date();
            *days.entry(date).or_insert(0) += steps;
        }
        days
    }

    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|(_, b)| b.len() as u64).sum()
    }
}

/// A night's sleep: (night, start, end, asleep minutes, stages (stage, start, end)).
type Night = (Date, i64, i64, u64, Vec<(&'static str, i64, i64)>);

fn us(t: jiff::civil::DateTime) -> String {
    format!(
        "{:02}/{:02}/{:02} {:02}:{:02}:{:02}",
        t.month(),
        t.day(),
        t.year() % 100,
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    format!("{sign}{:02}:{:02}", s / 3600, (s % 3600) / 60)
}

fn utc_text(at: i64, millis: bool) -> String {
    let t = jiff::Timestamp::from_second(at).expect("a time");
    if millis {
        t.strftime("%Y-%m-%dT%H:%M:%S.000Z").to_string()
    } else {
        t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    }
}

/// `days` days from `first`, lived in `zone` (the profile's).
pub fn generate(first: Date, days: i64, zone: &'static str) -> FitbitExport {
    let tz = TimeZone::get(zone).expect("a zone");
    let mut dice = Dice(0x5eed_f17b);
    let mut minutes: Vec<(i64, Writer, u64)> = Vec::new();
    let half = days / 2;
    let mut sleep_h = BTreeMap::new();
    let mut sleeps: Vec<Night> = Vec::new();
    for i in 0..days {
        let day = first
            .checked_add(jiff::Span::new().days(i))
            .expect("a date");
        for hour in 7..23 {
            let worn = dice.below(10) < 9;
            for minute in 0..60 {
                let local = day.at(hour, minute, 0, 0);
                let at = tz.to_timestamp(local).expect("a local time").as_second();
                if worn {
                    let v = if dice.below(10) < 3 {
                        60 + dice.below(60)
                    } else {
                        0
                    };
                    minutes.push((at, Writer::Tracker, v));
                    if i < half {
                        minutes.push((at, Writer::Json, v));
                    }
                }
                if dice.below(8) == 0 {
                    let v = 20 + dice.below(60);
                    minutes.push((at, Writer::Phone, v));
                    minutes.push((at, Writer::Mirror, v));
                } else if dice.below(200) == 0 {
                    minutes.push((at, Writer::Mirror, 10 + dice.below(30)));
                }
            }
        }
        // The night that starts this evening: in bed 22:00 to 00:30, up 06:00 to 07:30.
        let start_local = day
            .at(22, 0, 0, 0)
            .checked_add(jiff::Span::new().minutes(dice.below(150) as i64))
            .expect("a time");
        let start = tz.to_timestamp(start_local).expect("local").as_second();
        let end_local = day
            .tomorrow()
            .expect("a date")
            .at(6, 0, 0, 0)
            .checked_add(jiff::Span::new().minutes(dice.below(90) as i64))
            .expect("a time");
        let end = tz.to_timestamp(end_local).expect("local").as_second();
        let mut stages = Vec::new();
        let mut at = start;
        let mut asleep = 0;
        let kinds = ["AWAKE", "LIGHT", "DEEP", "LIGHT", "REM"];
        let mut k = 0;
        while at < end {
            let length = ((10 + dice.below(50)) * 60) as i64;
            let stop = (at + length).min(end);
            let kind = kinds[k % kinds.len()];
            if kind != "AWAKE" {
                asleep += ((stop - at) / 60) as u64;
            }
            stages.push((kind, at, stop));
            at = stop;
            k += 1;
        }
        sleep_h.insert(day, ((asleep as f64 / 60.0) * 100.0).round() / 100.0);
        sleeps.push((day, start, end, asleep, stages));
    }

    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let root = "Takeout/Fitbit";
    files.push((
        format!("{root}/Your Profile/Profile.csv"),
        format!(
            "id,full_name,first_name,last_name,display_name,date_of_birth,country,city,timezone,locale,member_since\n\
             ABC123,Ann Example,Ann,Example,Ann E.,1958-04-02,IN,Pune,{zone},en_IN,2019-03-01\n"
        )
        .into_bytes(),
    ));

    // JSON minute steps, monthly files, UTC.
    let mut json: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // CSV minute steps, monthly files by UTC month.
    let mut csv: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut rerun: Vec<String> = Vec::new();
    let rerun_from = first
        .checked_add(jiff::Span::new().days(days / 3))
        .expect("a date");
    let rerun_until = rerun_from
        .checked_add(jiff::Span::new().days(7))
        .expect("a date");
    for (n, (at, writer, steps)) in minutes.iter().enumerate() {
        let t = jiff::Timestamp::from_second(*at).expect("a time");
        let utc = TimeZone::UTC.to_datetime(t);
        let month = format!("{}-{:02}-01", utc.year(), utc.month());
        match writer {
            Writer::Json => json
                .entry(format!("{root}/Global Export Data/steps-{month}.json"))
                .or_default()
                .push(format!(
                    "{{\"dateTime\":\"{}\",\"value\":\"{steps}\"}}",
                    us(utc)
                )),
            _ => {
                let source = match writer {
                    Writer::Tracker => "Google Fitbit Charge 6",
                    Writer::Phone => "MobileTrack",
                    _ => "Fit Health Connect",
                };
                let row = format!("{},{steps},{source}", utc_text(*at, n % 2 == 0));
                if utc.date() >= rerun_from && utc.date() < rerun_until {
                    rerun.push(row.clone());
                }
                csv.entry(format!(
                    "{root}/Physical Activity_GoogleData/Steps/steps_{month}.csv"
                ))
                .or_default()
                .push(row);
            }
        }
    }
    for (name, points) in json {
        files.push((name, format!("[{}]", points.join(",")).into_bytes()));
    }
    let header = "timestamp,steps,data source";
    for (name, rows) in csv {
        files.push((
            name,
            format!("{header}\n{}\n", rows.join("\n")).into_bytes(),
        ));
    }
    files.push((
        format!("{root}/Physical Activity_GoogleData/Steps/steps_{rerun_from}.csv"),
        format!("{header}\n{}\n", rerun.join("\n")).into_bytes(),
    ));

    // Sleep: JSON for the first two thirds, CSV for the last two.
    let third = days / 3;
    let mut json_logs = Vec::new();
    let mut sessions = Vec::new();
    let mut stage_rows = Vec::new();
    for (i, (night, start, end, asleep, stages)) in sleeps.iter().enumerate() {
        let i = i as i64;
        let local = |at: i64| tz.to_datetime(jiff::Timestamp::from_second(at).expect("t"));
        let offset = |at: i64| {
            offset_text(
                tz.to_offset(jiff::Timestamp::from_second(at).expect("t"))
                    .seconds(),
            )
        };
        if i < 2 * third {
            json_logs.push(format!(
                "{{\"logId\":{i},\"dateOfSleep\":\"{}\",\"startTime\":\"{}\",\"endTime\":\"{}\",\"minutesAsleep\":{asleep},\"type\":\"stages\",\"mainSleep\":true}}",
                night.tomorrow().expect("a date"),
                local(*start).strftime("%Y-%m-%dT%H:%M:%S.000"),
                local(*end).strftime("%Y-%m-%dT%H:%M:%S.000"),
            ));
        }
        if i >= third {
            let id = 9_000_000 + i;
            // Every fourth CSV night has its stages but no session row.
            if i % 4 != 0 {
                sessions.push(format!(
                    "{id},STAGES,{},0,5,{asleep},0,0,0,{},{},{},{},GOOGLE_FITBIT_CHARGE_6,3,{},{}",
                    (end - start) / 60,
                    offset(*start),
                    utc_text(*start, false),
                    offset(*end),
                    utc_text(*end, false),
                    utc_text(*end, false),
                    utc_text(*end, false),
                ));
            }
            for (n, (kind, s, e)) in stages.iter().enumerate() {
                stage_rows.push(format!(
                    "{id},{n},{kind},{},{},{},{},GOOGLE_FITBIT_CHARGE_6,3,,",
                    offset(*s),
                    utc_text(*s, false),
                    offset(*e),
                    utc_text(*e, false),
                ));
            }
        }
    }
    files.push((
        format!("{root}/Global Export Data/sleep-{first}.json"),
        format!("[{}]", json_logs.join(",")).into_bytes(),
    ));
    files.push((
        format!("{root}/Health Fitness Data_GoogleData/UserSleeps_{first}.csv"),
        format!(
            "sleep_id,sleep_type,minutes_in_sleep_period,minutes_after_wake_up,minutes_to_fall_asleep,minutes_asleep,minutes_awake,minutes_longest_awakening,minutes_to_persistent_sleep,start_utc_offset,sleep_start,end_utc_offset,sleep_end,data_source,algorithm_version,sleep_created,sleep_last_updated\n{}\n",
            sessions.join("\n")
        )
        .into_bytes(),
    ));
    files.push((
        format!("{root}/Health Fitness Data_GoogleData/UserSleepStages_{first}.csv"),
        format!(
            "sleep_id,sleep_stage_id,sleep_stage_type,start_utc_offset,sleep_stage_start,end_utc_offset,sleep_stage_end,data_source,algorithm_version,sleep_stage_created,sleep_stage_last_updated\n{}\n",
            stage_rows.join("\n")
        )
        .into_bytes(),
    ));
    FitbitExport {
        files,
        minutes,
        sleep_h,
        zone,
    }
}
