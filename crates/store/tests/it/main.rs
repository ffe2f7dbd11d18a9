//! The store's one integration-test binary: the contract every `Store` must meet, and the
//! SQLite file's migration and safety behaviour.

// Test helpers outside #[test] functions may fail loudly too: this whole crate is tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod access;
mod contract;
mod migrations;
mod postgres;

use nightcramp_core::domain::Diary;
use nightcramp_store::{Actor, ApplyReport, Change, DiaryAccess, Store, StoreError, Want, decide};

/// The contract suite speaks of "the diary": a store's one diary, as the operator (the
/// command line) reaches it. Every call still goes through the store's one decision.
pub trait OneDiary {
    fn operator(&self) -> DiaryAccess;
    fn load_only(&self) -> Result<Diary, StoreError>;
    fn apply_only(&mut self, changes: &[Change]) -> Result<ApplyReport, StoreError>;
}

impl<S: Store + ?Sized> OneDiary for S {
    fn operator(&self) -> DiaryAccess {
        let directory = self.directory().expect("the accounts");
        decide(
            &directory,
            &Actor::Operator,
            None,
            Want::Write,
            jiff::civil::date(2026, 12, 1),
        )
        .expect("the one diary")
    }

    fn load_only(&self) -> Result<Diary, StoreError> {
        self.load(&self.operator())
    }

    fn apply_only(&mut self, changes: &[Change]) -> Result<ApplyReport, StoreError> {
        let access = self.operator();
        self.apply(&access, changes)
    }
}
