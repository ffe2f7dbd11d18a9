/*!
Importers for wearable exports, as parsers: a reader in, per-day totals out, no I/O of
their own. The loader (the CLI's `import`) turns totals into diary factors marked as coming
from a wearable, which never overwrite what the person typed.
*/

pub mod apple_health;
