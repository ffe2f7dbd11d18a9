//! Health Connect's records as the loader hands them over (the SQLite file itself is read
//! by SQLite): any values, each record taken or refused with why, the totals computed
//! without a panic. The bytes are cut into records of six 64-bit numbers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nightcramp_core::wearables::health_connect::{HealthConnectReader, Span};

fuzz_target!(|data: &[u8]| {
    let mut reader = HealthConnectReader::new();
    reader.add_app(1, "com.fitbit.FitbitMobile", "Fitbit");
    reader.add_app(2, "com.sec.android.app.shealth", "Samsung Health");
    for record in data.chunks_exact(48) {
        let n = |i: usize| {
            let mut word = [0u8; 8];
            word.copy_from_slice(&record[i * 8..i * 8 + 8]);
            i64::from_le_bytes(word)
        };
        let span = Span {
            start_ms: n(0),
            start_offset_s: n(1) % 100_000,
            end_ms: n(2),
            end_offset_s: n(1) % 100_000,
            app: n(4) % 4,
        };
        match n(5).rem_euclid(4) {
            0 => drop(reader.add_steps(&span, n(3))),
            1 => drop(reader.add_exercise(&span)),
            2 => drop(reader.add_sleep_session(n(3), &span)),
            _ => drop(reader.add_sleep_stage(n(3), n(0), n(2), n(5) % 9)),
        }
    }
    let _ = reader.finish();
});
