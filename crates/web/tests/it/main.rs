//! The web crate's one integration-test binary: the whole application driven in-process
//! (no network), as a browser or a script would talk to it.

// Test helpers outside #[test] functions may fail loudly too: this whole crate is tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod api;
mod dates;
mod languages;
mod pages;
mod security;
mod support;
