//! The store's one integration-test binary: the contract every `Store` must meet, and the
//! SQLite file's migration and safety behaviour.

mod contract;
mod migrations;
