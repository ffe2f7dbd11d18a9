//! Garmin's account export files by each name the reader knows: read or refused by name,
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nightcramp_core::wearables::garmin::GarminReader;

const NAMES: &[&str] = &[
    "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-03-01_2026-03-02.json",
    "DI_CONNECT/DI-Connect-Wellness/2026-03-01_2026-04-01_123_sleepData.json",
];

fuzz_target!(|data: &[u8]| {
    let Some((&which, content)) = data.split_first() else {
        return;
    };
    let mut reader = GarminReader::new();
    if reader
        .add_file(NAMES[usize::from(which) % NAMES.len()], content)
        .is_ok()
    {
        let _ = reader.finish();
    }
});
