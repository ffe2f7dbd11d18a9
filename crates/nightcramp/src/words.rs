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
pub fn text(key: &str) -> String {
    text_with(key, &[])
}

/// A text of the catalog in the command line's language, with its values:
/// `say!("cli.logged", place = place, line = line)`.
macro_rules! say {
    ($key:literal) => {
        $crate::words::text($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::words::text_with($key, &[$((stringify!($name), &$value.to_string())),+])
    };
}
pub(crate) use say;

/// A message of the core (a bad value, a bad row, a refusal) in the command line's language.
pub fn said(message: &nightcramp_core::language::Message) -> String {
    message.in_language(language())
}

/// A text with its values, in the command line's language.
pub fn text_with(key: &str, args: &[(&str, &str)]) -> String {
    match Catalog::get(language()) {
        Ok(catalog) => catalog
            .message(key, args)
            .unwrap_or_else(|_| key.to_string()),
        Err(_) => key.to_string(),
    }
}

/// A yes or a no as typed at a prompt: `y`, `yes`, `n`, `no` always, and the language's own
/// words ("sí", "ja", "non"); `None` for anything else.
pub fn yes_or_no(typed: &str) -> Option<bool> {
    let typed = typed.trim().to_lowercase();
    let words = |key: &str| -> Vec<String> {
        text(key)
            .split(',')
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    if ["y", "yes"].contains(&typed.as_str()) || words("cli.answer.yes").contains(&typed) {
        Some(true)
    } else if ["n", "no"].contains(&typed.as_str()) || words("cli.answer.no").contains(&typed) {
        Some(false)
    } else {
        None
    }
}
