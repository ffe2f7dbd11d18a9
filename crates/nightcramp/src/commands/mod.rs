//! One module per group of commands; each takes the parsed arguments and the context.

pub mod accounts;
pub mod checkup;
pub mod experiment;
pub mod files;
pub mod guide;
pub mod insights;
pub mod log;
pub mod records;
pub mod serve;
