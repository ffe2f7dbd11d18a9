/*!
The languages nightcramp speaks, and everything that changes with them: every sentence a
person reads (Fluent message files in `locales/<language>/`, compiled in), plural forms by
the CLDR rules of each language, numbers (the decimal separator, digit grouping) and dates
(weekday and month names, their order).

One catalog per language, parsed once. A message missing from a language is an error, never
a silent fall back to English: a tested rule (every id exists in every language with the
same variables), so no screen mixes languages. The JSON API and the data files stay
language-neutral (codes and numbers); only what a person reads goes through here.

Dates use tables written here rather than ICU4X: four languages, seven weekdays and twelve
months each, against tens of seconds of build time for locale data we would mostly not use.
*/

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::{Date, Time, Weekday};

/// A language nightcramp speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Language {
    #[default]
    En,
    Es,
    De,
    Fr,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Es, Language::De, Language::Fr];

    /// The BCP 47 code: `en`, `es`, `de`, `fr` (`<html lang>`, `--language`).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::De => "de",
            Language::Fr => "fr",
        }
    }

    /// The language's name in itself, for a chooser.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
            Language::De => "Deutsch",
            Language::Fr => "Français",
        }
    }

    /// A language tag as people and systems write them: `es`, `es-ES`, `de_DE.UTF-8`,
    /// `fr_CH@euro`, any case. `None` for a language nightcramp does not speak.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best language an `Accept-Language` header asks for (by its q-values, in order
    /// among equals), when it names one nightcramp speaks.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut best: Option<(f32, usize, Language)> = None;
        for (place, item) in header.split(',').enumerate() {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .filter(|q| q.is_finite() && *q > 0.0 && *q <= 1.0);
            let (Some(language), Some(quality)) = (Language::parse(tag), quality) else {
                continue;
            };
            if best.is_none_or(|(q, p, _)| quality > q || (quality == q && place < p)) {
                best = Some((quality, place, language));
            }
        }
        best.map(|(_, _, language)| language)
    }

    /// The language of the POSIX locale variables, read in their order of precedence
    /// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; the first one set decides). `C` and
    /// `POSIX` mean no language in particular.
    pub fn from_locale_variables(
        lc_all: Option<&str>,
        lc_messages: Option<&str>,
        lang: Option<&str>,
    ) -> Option<Language> {
        let set = [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.trim().is_empty())?;
        Language::parse(set)
    }

    /// Decimal numbers as the language writes them: `7.5` in English, `7,5` elsewhere; digits
    /// grouped from ten thousand (`12,345`, `12.345`, `12 345`).
    pub fn number(self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        let (sign, text) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest.to_string()),
            None => ("", text),
        };
        let (whole, fraction) = match text.split_once('.') {
            Some((w, f)) => (w.to_string(), Some(f.to_string())),
            None => (text.clone(), None),
        };
        let (group, point) = match self {
            Language::En => (",", "."),
            Language::Es | Language::De => (".", ","),
            // French groups with a narrow no-break space.
            Language::Fr => ("\u{202f}", ","),
        };
        let whole = if whole.len() > 4 {
            let digits: Vec<char> = whole.chars().collect();
            let mut out = String::new();
            for (i, d) in digits.iter().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push_str(group);
                }
                out.push(*d);
            }
            out
        } else {
            whole
        };
        match fraction {
            Some(f) => format!("{sign}{whole}{point}{f}"),
            None => format!("{sign}{whole}"),
        }
    }

    /// A percentage, whole: "45%" in English; Spanish and German set a no-break space
    /// before the sign, French a narrow one.
    pub fn percent(self, value: f64) -> String {
        let number = self.number(value, 0);
        match self {
            Language::En => format!("{number}%"),
            Language::Es | Language::De => format!("{number}\u{a0}%"),
            Language::Fr => format!("{number}\u{202f}%"),
        }
    }

    /// A p-value (or a q-value: `letter`) as people read it: "p = 0.032", or "p < 0.001"
    /// rather than "p = 0.000", with the language's decimal sign.
    pub fn p_value(self, letter: char, p: f64) -> String {
        if p < 0.001 {
            format!("{letter} < {}", self.number(0.001, 3))
        } else {
            format!("{letter} = {}", self.number(p, 3))
        }
    }

    /// A number with as many decimals as it needs, up to `most` (`7`, `7.5`, `7.25`).
    pub fn number_up_to(self, value: f64, most: usize) -> String {
        let mut decimals = 0;
        while decimals < most {
            let scale = 10f64.powi(decimals as i32);
            if ((value * scale).round() - value * scale).abs() < 1e-9 {
                break;
            }
            decimals += 1;
        }
        self.number(value, decimals)
    }

    fn weekday_name(self, day: Weekday, short: bool) -> &'static str {
        let i = day.to_monday_zero_offset() as usize;
        let names: [&str; 7] = match (self, short) {
            (Language::En, false) => [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ],
            (Language::En, true) => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            (Language::Es, false) => [
                "lunes",
                "martes",
                "miércoles",
                "jueves",
                "viernes",
                "sábado",
                "domingo",
            ],
            (Language::Es, true) => ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
            (Language::De, false) => [
                "Montag",
                "Dienstag",
                "Mittwoch",
                "Donnerstag",
                "Freitag",
                "Samstag",
                "Sonntag",
            ],
            (Language::De, true) => ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
            (Language::Fr, false) => [
                "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            ],
            (Language::Fr, true) => ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        };
        names.get(i).copied().unwrap_or_default()
    }

    fn month_name(self, month: i8, short: bool) -> &'static str {
        let i = usize::try_from(month - 1).unwrap_or(0);
        let names: [&str; 12] = match (self, short) {
            (Language::En, false) => [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            (Language::En, true) => [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ],
            (Language::Es, false) => [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            (Language::Es, true) => [
                "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
            ],
            (Language::De, false) => [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
            (Language::De, true) => [
                "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                "Nov.", "Dez.",
            ],
            (Language::Fr, false) => [
                "janvier",
                "février",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "août",
                "septembre",
                "octobre",
                "novembre",
                "décembre",
            ],
            (Language::Fr, true) => [
                "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                "nov.", "déc.",
            ],
        };
        names.get(i).copied().unwrap_or_default()
    }

    /// A date as the language writes it. Every form people read goes through here.
    pub fn date(self, date: Date, form: DateForm) -> String {
        let (day, year) = (date.day(), date.year());
        let weekday = |short| self.weekday_name(date.weekday(), short);
        let month = |short| self.month_name(date.month(), short);
        match (self, form) {
            (Language::En, DateForm::DayMonth) => format!("{day} {}", month(true)),
            (Language::En, DateForm::WeekdayDayMonth) => {
                format!("{} {day} {}", weekday(true), month(true))
            }
            (Language::En, DateForm::WeekdayDayMonthYear) => {
                format!("{} {day} {} {year}", weekday(true), month(true))
            }
            (Language::En, DateForm::Long) => {
                format!("{} {day} {}", weekday(false), month(false))
            }
            (Language::En, DateForm::LongWithYear) => {
                format!("{} {day} {} {year}", weekday(false), month(false))
            }
            (Language::En, DateForm::DayMonthYear) => format!("{day} {} {year}", month(false)),
            (Language::Es, DateForm::DayMonth) => format!("{day} {}", month(true)),
            (Language::Es, DateForm::WeekdayDayMonth) => {
                format!("{} {day} {}", weekday(true), month(true))
            }
            (Language::Es, DateForm::WeekdayDayMonthYear) => {
                format!("{} {day} {} {year}", weekday(true), month(true))
            }
            (Language::Es, DateForm::Long) => {
                format!("{}, {day} de {}", weekday(false), month(false))
            }
            (Language::Es, DateForm::LongWithYear) => {
                format!("{}, {day} de {} de {year}", weekday(false), month(false))
            }
            (Language::Es, DateForm::DayMonthYear) => {
                format!("{day} de {} de {year}", month(false))
            }
            (Language::De, DateForm::DayMonth) => format!("{day}. {}", month(true)),
            (Language::De, DateForm::WeekdayDayMonth) => {
                format!("{} {day}. {}", weekday(true), month(true))
            }
            (Language::De, DateForm::WeekdayDayMonthYear) => {
                format!("{} {day}. {} {year}", weekday(true), month(true))
            }
            (Language::De, DateForm::Long) => {
                format!("{}, {day}. {}", weekday(false), month(false))
            }
            (Language::De, DateForm::LongWithYear) => {
                format!("{}, {day}. {} {year}", weekday(false), month(false))
            }
            (Language::De, DateForm::DayMonthYear) => format!("{day}. {} {year}", month(false)),
            (Language::Fr, DateForm::DayMonth) => format!("{} {}", french_day(day), month(true)),
            (Language::Fr, DateForm::DayMonthYear) => {
                format!("{} {} {year}", french_day(day), month(false))
            }
            (Language::Fr, DateForm::WeekdayDayMonth) => {
                format!("{} {} {}", weekday(true), french_day(day), month(true))
            }
            (Language::Fr, DateForm::WeekdayDayMonthYear) => format!(
                "{} {} {} {year}",
                weekday(true),
                french_day(day),
                month(true)
            ),
            (Language::Fr, DateForm::Long) => {
                format!("{} {} {}", weekday(false), french_day(day), month(false))
            }
            (Language::Fr, DateForm::LongWithYear) => format!(
                "{} {} {} {year}",
                weekday(false),
                french_day(day),
                month(false)
            ),
        }
    }

    /// A clock time: 24 hours in every language (`02:40`).
    pub fn time(self, time: Time) -> String {
        format!("{:02}:{:02}", time.hour(), time.minute())
    }
}

/// French writes the first of the month as an ordinal: "1er décembre".
fn french_day(day: i8) -> String {
    if day == 1 {
        "1er".to_string()
    } else {
        day.to_string()
    }
}

/// How much of a date to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateForm {
    /// "30 Nov"
    DayMonth,
    /// "Mon 30 Nov"
    WeekdayDayMonth,
    /// "Mon 30 Nov 2026"
    WeekdayDayMonthYear,
    /// "30 November 2026": a date inside a sentence.
    DayMonthYear,
    /// "Monday 30 November"
    Long,
    /// "Monday 30 November 2026"
    LongWithYear,
}

/// In files and JSON a language is its code (`"es"`); a backup naming a language this
/// build does not speak is refused with the ones it does.
impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Language {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Language::ALL
            .into_iter()
            .find(|l| l.code() == text)
            .ok_or_else(|| {
                serde::de::Error::custom(format!("{text:?} is not one of en, es, de, fr"))
            })
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The Fluent files of each language, compiled in. Each language has the same files.
const FILES: [&str; 4] = ["messages.ftl", "knowledge.ftl", "web.ftl", "cli.ftl"];

macro_rules! language_files {
    ($code:literal) => {
        [
            include_str!(concat!("../locales/", $code, "/messages.ftl")),
            include_str!(concat!("../locales/", $code, "/knowledge.ftl")),
            include_str!(concat!("../locales/", $code, "/web.ftl")),
            include_str!(concat!("../locales/", $code, "/cli.ftl")),
        ]
    };
}

fn sources(language: Language) -> [&'static str; 4] {
    match language {
        Language::En => language_files!("en"),
        Language::Es => language_files!("es"),
        Language::De => language_files!("de"),
        Language::Fr => language_files!("fr"),
    }
}

/// A language's messages.
pub struct Catalog {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    /// Every message id, for the tests that hold the languages to the same ids.
    ids: BTreeSet<String>,
    /// The variables each message uses, likewise.
    variables: std::collections::BTreeMap<String, BTreeSet<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("language", &self.language)
            .field("messages", &self.ids.len())
            .finish()
    }
}

/// A message file that could not be read: the language, the file and what was wrong.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the {language} message file {file} is invalid: {detail}")]
pub struct CatalogError {
    pub language: Language,
    pub file: &'static str,
    pub detail: String,
}

/// Why a message could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("the {language} messages have no {id}")]
    Missing { language: Language, id: String },
    #[error("message {id} in {language} needs {detail}")]
    Unfilled {
        language: Language,
        id: String,
        detail: String,
    },
}

/// A message key as the code names it (`insight.likely_trigger.cause`,
/// `experiment.do.caffeine_drinks=0`) as a Fluent id (`insight-likely_trigger-cause`,
/// `experiment-do-caffeine_drinks-is-0`).
pub fn fluent_id(key: &str) -> String {
    key.replace('.', "-").replace('=', "-is-")
}

/// The variables a message's pattern uses, however deep (selectors, variants).
fn variables_of(pattern: &fluent_syntax::ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expression_of(expression, into),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, into);
                }
            }
            _ => {}
        }
    }
    fn expression_of(e: &Expression<&str>, into: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, into),
            Expression::Select { selector, variants } => {
                inline(selector, into);
                for v in variants {
                    variables_of(&v.value, into);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_of(expression, into);
        }
    }
}

impl Catalog {
    fn load(language: Language) -> Result<Catalog, CatalogError> {
        let lang_id: unic_langid::LanguageIdentifier =
            language.code().parse().map_err(|e| CatalogError {
                language,
                file: "",
                detail: format!("{e}"),
            })?;
        let mut bundle = FluentBundle::new_concurrent(vec![lang_id]);
        // No Unicode isolation marks around placeables: terminals, PDFs and tests would
        // show them as stray characters.
        bundle.set_use_isolating(false);
        let mut ids = BTreeSet::new();
        let mut variables = std::collections::BTreeMap::new();
        for (file, text) in FILES.into_iter().zip(sources(language)) {
            let fail = |detail: String| CatalogError {
                language,
                file,
                detail,
            };
            let parsed = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
                fail(
                    errors
                        .iter()
                        .map(|e| format!("{e:?}"))
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            })?;
            for entry in &parsed.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let mut used = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables_of(value, &mut used);
                    }
                    ids.insert(m.id.name.to_string());
                    variables.insert(m.id.name.to_string(), used);
                }
            }
            let resource = FluentResource::try_new(text.to_string())
                .map_err(|(_, errors)| fail(format!("{errors:?}")))?;
            bundle.add_resource(resource).map_err(|errors| {
                fail(
                    errors
                        .iter()
                        .map(|e| format!("{e}"))
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            })?;
        }
        Ok(Catalog {
            language,
            bundle,
            ids,
            variables,
        })
    }

    /// The catalog of a language, parsed once.
    pub fn get(language: Language) -> Result<&'static Catalog, &'static CatalogError> {
        static CATALOGS: [OnceLock<Result<Catalog, CatalogError>>; 4] =
            [const { OnceLock::new() }; 4];
        let index = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or(0);
        CATALOGS
            .get(index)
            .unwrap_or(&CATALOGS[0])
            .get_or_init(|| Catalog::load(language))
            .as_ref()
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Every message id of this language.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// The variables a message uses.
    pub fn variables(&self, id: &str) -> Option<&BTreeSet<String>> {
        self.variables.get(id)
    }

    pub fn has(&self, key: &str) -> bool {
        self.ids.contains(&fluent_id(key))
    }

    /// The message `key` (a Fluent id, or the code's dotted key), filled with `args`. An
    /// argument that is a whole number is given as a number, so plural forms are chosen by
    /// the language's rules; every other is text (numbers with decimals come already written
    /// for the language: [`Language::number`]).
    pub fn message(&self, key: &str, args: &[(&str, &str)]) -> Result<String, MessageError> {
        let id = fluent_id(key);
        let missing = || MessageError::Missing {
            language: self.language,
            id: id.clone(),
        };
        let message = self.bundle.get_message(&id).ok_or_else(missing)?;
        let pattern = message.value().ok_or_else(missing)?;
        if let Some(needed) = self.variables.get(&id)
            && let Some(absent) = needed.iter().find(|n| !args.iter().any(|(k, _)| k == n))
        {
            return Err(MessageError::Unfilled {
                language: self.language,
                id,
                detail: format!("${absent}"),
            });
        }
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let is_whole = !value.is_empty()
                && value
                    .strip_prefix('-')
                    .unwrap_or(value)
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            match value.parse::<i64>() {
                Ok(n) if is_whole && value.len() < 16 => {
                    fluent_args.set(*name, FluentValue::from(n));
                }
                _ => fluent_args.set(*name, FluentValue::from(*value)),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            return Err(MessageError::Unfilled {
                language: self.language,
                id,
                detail: errors
                    .iter()
                    .map(|e| format!("{e}"))
                    .collect::<Vec<_>>()
                    .join("; "),
            });
        }
        Ok(text.into_owned())
    }

    /// Every message rendered with sample values for its variables: once with a word, once
    /// with 1 and once with 2 (so each plural form is read), for the checks that hold
    /// everything a person reads to a rule (no stop-a-medicine, no internal word, no hole).
    pub fn samples(&self) -> Result<Vec<(String, String)>, MessageError> {
        let mut out = Vec::new();
        for (id, names) in &self.variables {
            for value in ["X", "1", "2"] {
                let args: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), value)).collect();
                out.push((id.clone(), self.message(id, &args)?));
                if names.is_empty() {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// A message without variables, or `None` when the language has no such id.
    pub fn text(&self, key: &str) -> Option<String> {
        self.message(key, &[]).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_headers_and_locale_variables_name_a_language() {
        assert_eq!(Language::parse("es-ES"), Some(Language::Es));
        assert_eq!(Language::parse("de_DE.UTF-8"), Some(Language::De));
        assert_eq!(Language::parse("FR"), Some(Language::Fr));
        assert_eq!(Language::parse("it"), None);
        assert_eq!(
            Language::from_accept_language("it-IT, fr;q=0.7, de;q=0.9, en;q=0.8"),
            Some(Language::De)
        );
        assert_eq!(
            Language::from_accept_language("es-MX,es;q=0.9"),
            Some(Language::Es)
        );
        assert_eq!(Language::from_accept_language("pt-BR, ja"), None);
        assert_eq!(
            Language::from_accept_language("de;q=0, fr"),
            Some(Language::Fr)
        );
        assert_eq!(
            Language::from_locale_variables(Some(""), Some("fr_FR.UTF-8"), Some("de_DE")),
            Some(Language::Fr),
            "LC_MESSAGES before LANG when LC_ALL is empty"
        );
        assert_eq!(
            Language::from_locale_variables(Some("C.UTF-8"), None, Some("es_ES")),
            None,
            "LC_ALL=C decides: no language in particular"
        );
    }

    #[test]
    fn numbers_and_dates_as_each_language_writes_them() {
        assert_eq!(Language::En.number(7.5, 1), "7.5");
        assert_eq!(Language::De.number(7.5, 1), "7,5");
        assert_eq!(Language::Fr.number(12345.0, 0), "12\u{202f}345");
        assert_eq!(Language::Es.number(1234.0, 0), "1234");
        assert_eq!(Language::Es.number(-12345.25, 2), "-12.345,25");
        assert_eq!(Language::En.number_up_to(7.0, 2), "7");
        assert_eq!(Language::De.number_up_to(7.25, 2), "7,25");
        let d = jiff::civil::date(2026, 12, 1);
        assert_eq!(
            Language::En.date(d, DateForm::LongWithYear),
            "Tuesday 1 December 2026"
        );
        assert_eq!(
            Language::Es.date(d, DateForm::LongWithYear),
            "martes, 1 de diciembre de 2026"
        );
        assert_eq!(
            Language::De.date(d, DateForm::LongWithYear),
            "Dienstag, 1. Dezember 2026"
        );
        assert_eq!(
            Language::Fr.date(d, DateForm::LongWithYear),
            "mardi 1er décembre 2026"
        );
        assert_eq!(
            Language::De.date(d, DateForm::WeekdayDayMonth),
            "Di. 1. Dez."
        );
        assert_eq!(Language::Fr.date(d, DateForm::DayMonth), "1er déc.");
    }
}

/// A sentence to be said in whichever language its reader reads: a catalog key and its
/// values, some of which may be sentences of their own. The core says what is wrong with an
/// input this way (what a value may be, why a row is bad) and each front end renders it in
/// its reader's language; `Display` says it in English, for files, the JSON API and logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    key: &'static str,
    values: Vec<(&'static str, Value)>,
}

/// One value of a [`Message`]: text as it is (a code, a number, a list of accepted words),
/// or a message said in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Text(String),
    /// A number with up to this many decimals, written the language's way.
    Number(u64, usize),
    Said(Box<Message>),
}

impl Message {
    /// The message `key` (as `allowed.date`, with dots), with no values yet.
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            values: Vec::new(),
        }
    }

    /// Adds a value written as it is.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Message {
        self.values.push((name, Value::Text(value.to_string())));
        self
    }

    /// Adds a number with up to `decimals` decimals, written the language's way (`2,5`).
    pub fn with_number(mut self, name: &'static str, value: f64, decimals: usize) -> Message {
        self.values
            .push((name, Value::Number(value.to_bits(), decimals)));
        self
    }

    /// Adds a value that is itself a message, said in the same language.
    pub fn with_message(mut self, name: &'static str, value: Message) -> Message {
        self.values.push((name, Value::Said(Box::new(value))));
        self
    }

    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The message in `language`. A key the catalog lacks comes back as the key itself: a
    /// broken build, which the tests that render every message catch.
    pub fn in_language(&self, language: Language) -> String {
        let values: Vec<(&str, String)> = self
            .values
            .iter()
            .map(|(name, value)| {
                let text = match value {
                    Value::Text(t) => t.clone(),
                    Value::Number(bits, decimals) => {
                        language.number_up_to(f64::from_bits(*bits), *decimals)
                    }
                    Value::Said(m) => m.in_language(language),
                };
                (*name, text)
            })
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        Catalog::get(language)
            .ok()
            .and_then(|c| c.message(self.key, &args).ok())
            .unwrap_or_else(|| self.key.to_string())
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language(Language::En))
    }
}
