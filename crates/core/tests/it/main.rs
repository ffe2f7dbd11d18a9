//! The core's one integration-test binary.

// Test helpers outside #[test] functions may fail loudly too: this whole crate is tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod apple_health;
mod checkup;
mod experiment;
mod files;
mod habit_plan;
mod insights;
mod languages;
mod night_rule;
mod reference;
mod safe_advice;
mod support;
mod texts;
mod typed_times;
mod wearable_files;
mod wording;
