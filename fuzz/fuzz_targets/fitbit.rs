//! Fitbit's Takeout files, JSON and CSV, by each name the reader knows: read or refused by
//! name, never a panic, and the totals computed in a zone with clock changes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nightcramp_core::wearables::fitbit::FitbitReader;

const NAMES: &[&str] = &[
    "Takeout/Fitbit/Global Export Data/steps-2026-03-01.json",
    "Takeout/Fitbit/Global Export Data/sleep-2026-03-01.json",
    "Takeout/Fitbit/Global Export Data/exercise-0.json",
    "Takeout/Fitbit/Global Export Data/very_active_minutes-2026-03-01.json",
    "Takeout/Fitbit/Physical Activity_GoogleData/steps_2026-03-01.csv",
    "Takeout/Fitbit/Health Fitness Data_GoogleData/UserSleeps_2026-03-01.csv",
    "Takeout/Fitbit/Health Fitness Data_GoogleData/UserSleepStages_2026-03-01.csv",
    "Takeout/Fitbit/Your Profile/Profile.csv",
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, content)) = data.split_first() else {
        return;
    };
    let zone = jiff::tz::TimeZone::get("Europe/Berlin").unwrap_or(jiff::tz::TimeZone::UTC);
    let mut reader = FitbitReader::profile_zone_or(zone);
    let _ = reader.add_file(NAMES[usize::from(which) % NAMES.len()], content);
    let _ = reader.finish();
});
