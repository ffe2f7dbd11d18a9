/*!
The language the command line speaks, and its words.

The profile's language when the diary names one, else the terminal's (`LC_ALL`, then
`LC_MESSAGES`, then `LANG`), else English. The terminal's is known at once; the profile's
only once the diary is open, so help and a command line that cannot be read speak the
terminal's language, and everything after the diary opens speaks the person's. One process
runs one command for one person, so the choice is process-wide.

The words live in the core's catalogs (`cli.ftl`, and the shared messages); a key missing
from them shows as the key itself, which the tests that run commands in every language
catch. `--json` output stays English: other programs read it.
*/

use std::sync::atomic::{AtomicUsize, Ordering};

use nightcramp_core::language::{Catalog, Language};

static LANGUAGE: AtomicUsize = AtomicUsize::new(0);

/// Speaks `language` from now on.
pub fn set(language: Language) {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    LANGUAGE.store(index, Ordering::Relaxed);
}

/// The language the command line speaks now.
pub fn language() -> Language {
    Language::ALL
        .get(LANGUAGE.load(Ordering::Relaxed))
        .copied()
        .unwrap_or_default()
}

/// The terminal's language, when its locale names one nightcramp speaks.
pub fn from_environment() -> Option<Language> {
    let var = |name: &str| std::env::var(name).ok();
    Language::from_locale_variables(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// A text in the command line's language.
pub fn say(key: &str) -> String {
    say_with(key, &[])
}

/// A text with its values, in the command line's language.
pub fn say_with(key: &str, args: &[(&str, &str)]) -> String {
    match Catalog::get(language()) {
        Ok(catalog) => catalog.message(key, args).unwrap_or_else(|_| key.to_string()),
        Err(_) => key.to_string(),
    }
}
