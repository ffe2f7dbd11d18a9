/*!
nightcramp's pure core.

Everything here is a function of its inputs: domain types and their validation, the night
rule, the knowledge base (compiled-in data), the checkup rules, statistics, and the
interchange-file parsers (bytes in, records out). No SQL, no HTTP, no filesystem, no clock:
callers pass "now" and "today" in, which keeps every rule testable and every answer
reproducible.
*/

pub mod actions;
pub mod charts;
pub mod checkup;
pub mod describe;
pub mod domain;
pub mod experiment;
pub mod factors;
pub mod fhir;
pub mod files;
pub mod habit;
pub mod input;
pub mod insights;
pub mod knowledge;
pub mod language;
pub mod night;
pub mod nights;
pub mod plan;
pub mod reminders;
pub mod report;
pub mod stats;
pub mod trend;
pub mod wearables;
pub mod when;
