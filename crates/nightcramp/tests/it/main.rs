//! The binary's one integration-test binary: nightcramp driven as a person or a script
//! would, through its command line, against a diary in a temporary folder.

// Test helpers outside #[test] functions may fail loudly too: this whole crate is tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod backup;
mod checkup;
mod crash;
mod dates;
mod errors;
mod experiments;
mod import_export;
mod insights;
mod languages;
mod load;
mod postgres;
mod support;
mod tour;
mod wearables;
