//! Samsung Health's CSV files by each type the reader knows: read or refused by name, never
//! a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nightcramp_core::wearables::samsung::SamsungReader;

const NAMES: &[&str] = &[
    "s/com.samsung.shealth.step_daily_trend.20260401101010.csv",
    "s/com.samsung.shealth.sleep.20260401101010.csv",
    "s/com.samsung.health.sleep_stage.20260401101010.csv",
    "s/com.samsung.shealth.exercise.20260401101010.csv",
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, content)) = data.split_first() else {
        return;
    };
    let mut reader = SamsungReader::new();
    let _ = reader.add_file(NAMES[usize::from(which) % NAMES.len()], content);
    let _ = reader.finish();
});
