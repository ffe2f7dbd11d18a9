//! The store's one integration-test binary: the contract every `Store` must meet, and the
//! SQLite file's migration and safety behaviour.

// Test helpers outside #[test] functions may fail loudly too: this whole crate is tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod contract;
mod migrations;
mod postgres;
