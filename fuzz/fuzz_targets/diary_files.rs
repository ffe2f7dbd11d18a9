//! episodes.csv, days.csv and the JSON backup: any bytes are read or refused with where and
//! why, never a panic; whatever is read passes the record bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nightcramp_core::files::{backup, csv, parse_file};
use nightcramp_core::input::EntryContext;

fuzz_target!(|data: &[u8]| {
    let zone = jiff::tz::TimeZone::UTC;
    let entry = || EntryContext {
        zone: Some(&zone),
        now: jiff::Timestamp::from_second(1_796_000_000).unwrap_or(jiff::Timestamp::UNIX_EPOCH),
    };
    let _ = parse_file("fuzzed", data, entry());
    let _ = csv::parse_episodes_csv("episodes.csv", data, entry());
    let _ = csv::parse_days_csv("days.csv", data, entry());
    let _ = backup::parse_backup("backup.json", data, entry());
});
