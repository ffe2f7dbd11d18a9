//! The binary's one integration-test binary: nightcramp driven as a person or a script
//! would, through its command line, against a diary in a temporary folder.

mod checkup;
mod crash;
mod errors;
mod import_export;
mod support;
mod tour;
