//! Apple Health's export.xml through the streaming scanner: any bytes are read or refused
//! with a reason, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = nightcramp_core::wearables::apple_health::read_export_summarized(data, |_| {});
});
