//! The core's one integration-test binary.

mod checkup;
mod files;
mod night_rule;
mod reference;
mod wording;
