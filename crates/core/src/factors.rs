/*!
The day factors of diary.md: their names, kinds, units, allowed ranges and the part of the
seed document each one speaks to.

This table is the one place that knows what `standing_h` is. The CLI's unit parsing, the CSV
importer, the JSON backup and later the insights all read it, so a factor added here is
understood everywhere at once.
*/

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::domain::{ExerciseIntensity, FactorKey, FactorValue, SleepPosition};
use crate::input::InvalidValue;
use crate::language::Message;

/// What kind of value a factor holds and what is allowed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FactorKind {
    /// A yes/no answer.
    Bool,
    /// A number of `unit` between `min` and `max`; `integer` when fractions make no sense.
    Number {
        unit: Unit,
        min: f64,
        max: f64,
        integer: bool,
    },
    /// One of a closed list of names.
    Choice(&'static [&'static str]),
}

/// Units a person may write after a number (`9h`, `1.5l`, `45min`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Hours,
    Minutes,
    Litres,
    Milligrams,
    /// Plain counts (steps, cups, drinks) and scores.
    Count,
}

/// What a factor is to the person, which decides what may be said about it. A finding about
/// a prevention step, a medicine or a supplement is never turned into "do less of it".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorRole {
    /// One of the article's causes, something a person can change (hours on their feet).
    Cause,
    /// One of the prevention steps (stretching, water, massage, gentle activity): linked to
    /// more cramps, it is most likely done *because* the legs already feel tight.
    PreventionStep,
    /// A supplement, which may have been prescribed or advised.
    Supplement,
    /// A medicine class: only a prescriber changes it.
    Medicine,
    /// The person's own factor: it could be anything, a medicine included.
    Own,
    /// Something measured, not chosen (hours asleep).
    Observation,
}

impl FactorRole {
    pub fn as_str(self) -> &'static str {
        match self {
            FactorRole::Cause => "cause",
            FactorRole::PreventionStep => "prevention_step",
            FactorRole::Supplement => "supplement",
            FactorRole::Medicine => "medicine",
            FactorRole::Own => "own",
            FactorRole::Observation => "observation",
        }
    }
}

macro_rules! builtin_factors {
    ($($variant:ident => $name:literal, $kind:expr, $role:ident, $seed:literal;)+) => {
        /// A built-in factor column of diary.md.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Builtin { $($variant),+ }

        impl Builtin {
            pub const ALL: &'static [Builtin] = &[$(Builtin::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Builtin::$variant => $name),+ }
            }

            pub fn kind(self) -> FactorKind {
                match self { $(Builtin::$variant => $kind),+ }
            }

            /// What this factor is to the person (see [`FactorRole`]).
            pub fn role(self) -> FactorRole {
                match self { $(Builtin::$variant => FactorRole::$role),+ }
            }

            /// The article's section (cause or prevention step) this factor measures.
            pub fn seed_section(self) -> &'static str {
                match self { $(Builtin::$variant => $seed),+ }
            }


            pub fn from_column(name: &str) -> Option<Builtin> {
                match name { $($name => Some(Builtin::$variant),)+ _ => None }
            }
        }
    };
}

const fn hours(max: f64) -> FactorKind {
    FactorKind::Number {
        unit: Unit::Hours,
        min: 0.0,
        max,
        integer: false,
    }
}
const fn minutes() -> FactorKind {
    FactorKind::Number {
        unit: Unit::Minutes,
        min: 0.0,
        max: 1440.0,
        integer: false,
    }
}
const fn count(max: f64) -> FactorKind {
    FactorKind::Number {
        unit: Unit::Count,
        min: 0.0,
        max,
        integer: true,
    }
}

const EXERCISE_INTENSITIES: &[&str] = &["none", "light", "moderate", "vigorous"];
const SLEEP_POSITIONS: &[&str] = &["back_supported", "back", "side", "side_curled", "stomach"];

builtin_factors! {
    StandingH => "standing_h", hours(24.0), Cause, "cause 1: muscle fatigue and overuse";
    ExerciseMin => "exercise_min", minutes(), Cause, "cause 1: muscle fatigue and overuse";
    ExerciseIntensity => "exercise_intensity", FactorKind::Choice(EXERCISE_INTENSITIES), Cause, "cause 1: muscle fatigue and overuse";
    Steps => "steps", count(200_000.0), Cause, "cause 1: muscle fatigue and overuse";
    WaterL => "water_l", FactorKind::Number { unit: Unit::Litres, min: 0.0, max: 20.0, integer: false }, PreventionStep, "cause 2: dehydration; prevention 1";
    HeavySweating => "heavy_sweating", FactorKind::Bool, Cause, "cause 2: dehydration and electrolytes";
    UrineColor => "urine_color", FactorKind::Number { unit: Unit::Count, min: 1.0, max: 8.0, integer: true }, Cause, "prevention 1: pale yellow urine";
    CaffeineDrinks => "caffeine_drinks", count(50.0), Cause, "cause 2: excess caffeine";
    AlcoholDrinks => "alcohol_drinks", count(50.0), Cause, "cause 2: dehydration";
    SittingH => "sitting_h", hours(24.0), Cause, "cause 3: poor circulation (prolonged sitting)";
    SleepPosition => "sleep_position", FactorKind::Choice(SLEEP_POSITIONS), Cause, "cause 6: sleeping position; prevention 3";
    TightBlankets => "tight_blankets", FactorKind::Bool, Cause, "cause 6: tight blankets; prevention 3";
    Stretched => "stretched", FactorKind::Bool, PreventionStep, "prevention 2: stretch before bed";
    Massage => "massage", FactorKind::Bool, PreventionStep, "prevention 5: leg massage";
    LightActivityMin => "light_activity_min", minutes(), PreventionStep, "prevention 5: keep moving gently";
    MagnesiumMg => "magnesium_mg", FactorKind::Number { unit: Unit::Milligrams, min: 0.0, max: 5000.0, integer: false }, Supplement, "prevention 4: supplements";
    NightChecked => "night_checked", FactorKind::Bool, Observation, "the morning check-in";
    SleepH => "sleep_h", hours(24.0), Observation, "sleep disruption";
}

impl Builtin {
    /// What the person reads for this factor, in the knowledge's language ("hours on your
    /// feet"): a noun phrase that reads after a number.
    pub fn label(self, knowledge: &crate::knowledge::Knowledge) -> String {
        knowledge
            .message(&format!("factor.{}", self.as_str()), &[])
            .unwrap_or_else(|_| self.as_str().replace('_', " "))
    }

    /// One of a choice factor's values as the person reads it ("back_supported": "on your
    /// back with a pillow under your knees").
    pub fn choice_label(self, value: &str, knowledge: &crate::knowledge::Knowledge) -> String {
        knowledge
            .message(&format!("factor.{}.{value}", self.as_str()), &[])
            .unwrap_or_else(|_| value.replace('_', " "))
    }
}

impl FactorKey {
    /// What the person reads for a factor: a built-in factor's label in the knowledge's
    /// language, or the name the person gave their own.
    pub fn label(&self, knowledge: &crate::knowledge::Knowledge) -> String {
        match self {
            FactorKey::Builtin(b) => b.label(knowledge),
            FactorKey::Custom(name) => name.clone(),
        }
    }
}

impl fmt::Display for Builtin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Longest custom factor name we accept; longer is almost certainly a pasting accident.
pub const CUSTOM_NAME_MAX_CHARS: usize = 40;

/// Parses a column name: a built-in (`standing_h`) or `custom:NAME`.
pub fn parse_factor_key(text: &str) -> Result<FactorKey, InvalidValue> {
    let text = text.trim();
    if let Some(name) = text.strip_prefix("custom:") {
        return parse_custom_name(name).map(FactorKey::Custom);
    }
    Builtin::from_column(text)
        .map(FactorKey::Builtin)
        .ok_or_else(|| {
            InvalidValue::new(
                text,
                Message::new("allowed.factor_name").with(
                    "list",
                    Builtin::ALL
                        .iter()
                        .map(|b| b.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            )
        })
}

/// Validates a custom factor's name: 1 to 40 characters, no control characters, no `=`
/// or `,` (they separate names from values on the command line).
pub fn parse_custom_name(name: &str) -> Result<String, InvalidValue> {
    let trimmed = name.trim();
    let ok = !trimmed.is_empty()
        && trimmed.chars().count() <= CUSTOM_NAME_MAX_CHARS
        && !trimmed
            .chars()
            .any(|c| c.is_control() || c == '=' || c == ',');
    if ok {
        Ok(trimmed.to_lowercase())
    } else {
        Err(InvalidValue::new(
            name,
            Message::new("allowed.custom_name").with("max", CUSTOM_NAME_MAX_CHARS),
        ))
    }
}

/// Parses a yes/no answer the way diary.md allows: true/false, yes/no, 1/0.
pub fn parse_bool(text: &str) -> Result<bool, InvalidValue> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" => Ok(true),
        "false" | "no" | "n" | "0" => Ok(false),
        _ => Err(InvalidValue::new(text, Message::new("allowed.bool"))),
    }
}

/// Parses a number with an optional unit suffix into the factor's own unit. Bare numbers
/// are taken in the factor's unit (the CSV contract), so `9` for `standing_h` is 9 hours.
pub fn parse_quantity(text: &str, unit: Unit) -> Result<f64, InvalidValue> {
    let cleaned = text.trim().to_ascii_lowercase().replace(' ', "");
    let split = cleaned
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == '+'))
        .unwrap_or(cleaned.len());
    let (number, suffix) = cleaned.split_at(split);
    let allowed = || {
        Message::new(match unit {
            Unit::Hours => "allowed.hours",
            Unit::Minutes => "allowed.minutes",
            Unit::Litres => "allowed.litres",
            Unit::Milligrams => "allowed.milligrams",
            Unit::Count => "allowed.count",
        })
    };
    let value: f64 = number
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| InvalidValue::new(text, allowed()))?;
    let factor = match (unit, suffix) {
        (_, "") => 1.0,
        (Unit::Hours, "h" | "hr" | "hrs" | "hour" | "hours") => 1.0,
        (Unit::Hours, "m" | "min" | "mins" | "minutes") => 1.0 / 60.0,
        (Unit::Minutes, "m" | "min" | "mins" | "minutes") => 1.0,
        (Unit::Minutes, "h" | "hr" | "hrs" | "hour" | "hours") => 60.0,
        (Unit::Litres, "l" | "litre" | "litres" | "liter" | "liters") => 1.0,
        (Unit::Litres, "ml") => 0.001,
        (Unit::Litres, "cl") => 0.01,
        (Unit::Milligrams, "mg") => 1.0,
        (Unit::Milligrams, "g") => 1000.0,
        _ => return Err(InvalidValue::new(text, allowed())),
    };
    Ok(value * factor)
}

/// Parses and range-checks a value for a built-in factor.
pub fn parse_builtin_value(factor: Builtin, text: &str) -> Result<FactorValue, InvalidValue> {
    match factor.kind() {
        FactorKind::Bool => parse_bool(text).map(FactorValue::Bool),
        FactorKind::Choice(options) => {
            let wanted = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
            options
                .iter()
                .find(|o| **o == wanted)
                .map(|o| FactorValue::Choice((*o).to_string()))
                .ok_or_else(|| {
                    InvalidValue::new(
                        text,
                        Message::new("allowed.one_of").with("list", options.join(", ")),
                    )
                })
        }
        FactorKind::Number {
            unit,
            min,
            max,
            integer,
        } => {
            let value = parse_quantity(text, unit)?;
            check_range(text, value, min, max, integer, unit)
        }
    }
}

fn check_range(
    text: &str,
    value: f64,
    min: f64,
    max: f64,
    integer: bool,
    unit: Unit,
) -> Result<FactorValue, InvalidValue> {
    let key = match unit {
        Unit::Hours => "allowed.range.hours",
        Unit::Minutes => "allowed.range.minutes",
        Unit::Litres => "allowed.range.litres",
        Unit::Milligrams => "allowed.range.milligrams",
        Unit::Count => "allowed.range.count",
    };
    let in_range = value >= min && value <= max && (!integer || value.fract() == 0.0);
    if in_range {
        Ok(FactorValue::Number(value))
    } else {
        Err(InvalidValue::new(
            text,
            Message::new(key)
                .with("whole", if integer { "yes" } else { "no" })
                .with("min", min)
                .with("max", max),
        ))
    }
}

/// Checks a value that arrived already typed (a JSON backup) against the factor's rules.
pub fn check_value(key: &FactorKey, value: &FactorValue) -> Result<(), InvalidValue> {
    match key {
        FactorKey::Custom(_) => match value {
            FactorValue::Bool(_) => Ok(()),
            FactorValue::Number(n) if n.is_finite() => Ok(()),
            other => Err(InvalidValue::new(
                other.to_string(),
                Message::new("allowed.custom_value"),
            )),
        },
        FactorKey::Builtin(b) => {
            let text = match value {
                FactorValue::Bool(v) => v.to_string(),
                FactorValue::Number(n) => n.to_string(),
                FactorValue::Choice(c) => c.clone(),
            };
            let kind_matches = matches!(
                (b.kind(), value),
                (FactorKind::Bool, FactorValue::Bool(_))
                    | (FactorKind::Number { .. }, FactorValue::Number(_))
                    | (FactorKind::Choice(_), FactorValue::Choice(_))
            );
            if !kind_matches {
                return Err(InvalidValue::new(text, describe_kind(b.kind())));
            }
            parse_builtin_value(*b, &text).map(|_| ())
        }
    }
}

/// Parses a custom factor's value: yes/no or a number.
pub fn parse_custom_value(text: &str) -> Result<FactorValue, InvalidValue> {
    if let Ok(b) = parse_bool(text) {
        return Ok(FactorValue::Bool(b));
    }
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(FactorValue::Number)
        .ok_or_else(|| InvalidValue::new(text, Message::new("allowed.bool_or_number")))
}

/// Parses a value for any factor key.
pub fn parse_value(key: &FactorKey, text: &str) -> Result<FactorValue, InvalidValue> {
    match key {
        FactorKey::Builtin(b) => parse_builtin_value(*b, text),
        FactorKey::Custom(_) => parse_custom_value(text),
    }
}

fn describe_kind(kind: FactorKind) -> Message {
    match kind {
        FactorKind::Bool => Message::new("allowed.true_false"),
        FactorKind::Choice(options) => {
            Message::new("allowed.one_of").with("list", options.join(", "))
        }
        FactorKind::Number { min, max, .. } => Message::new("allowed.number_from")
            .with("min", min)
            .with("max", max),
    }
}

/// Keeps the closed vocabularies of factors in step with the domain enums (a test checks it).
pub fn choice_options(factor: Builtin) -> Vec<&'static str> {
    match factor {
        Builtin::ExerciseIntensity => ExerciseIntensity::ALL.iter().map(|v| v.as_str()).collect(),
        Builtin::SleepPosition => SleepPosition::ALL.iter().map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choice_lists_match_the_domain_vocabularies() {
        for b in [Builtin::ExerciseIntensity, Builtin::SleepPosition] {
            let FactorKind::Choice(options) = b.kind() else {
                unreachable!("{b} is a choice");
            };
            assert_eq!(options.to_vec(), choice_options(b));
        }
    }

    #[test]
    fn units_convert_to_the_factor_unit() {
        assert_eq!(parse_quantity("9h", Unit::Hours).ok(), Some(9.0));
        assert_eq!(parse_quantity("90min", Unit::Hours).ok(), Some(1.5));
        assert_eq!(parse_quantity("1.5l", Unit::Litres).ok(), Some(1.5));
        assert_eq!(parse_quantity("750ml", Unit::Litres).ok(), Some(0.75));
        assert_eq!(parse_quantity("1.5h", Unit::Minutes).ok(), Some(90.0));
        assert_eq!(parse_quantity("2", Unit::Count).ok(), Some(2.0));
        assert!(parse_quantity("9 furlongs", Unit::Hours).is_err());
        assert!(parse_quantity("NaN", Unit::Hours).is_err());
    }

    #[test]
    fn ranges_are_enforced_at_and_around_the_edges() {
        assert!(parse_builtin_value(Builtin::StandingH, "24").is_ok());
        assert!(parse_builtin_value(Builtin::StandingH, "24.1").is_err());
        assert!(parse_builtin_value(Builtin::StandingH, "-1").is_err());
        assert!(parse_builtin_value(Builtin::UrineColor, "1").is_ok());
        assert!(parse_builtin_value(Builtin::UrineColor, "8").is_ok());
        assert!(parse_builtin_value(Builtin::UrineColor, "9").is_err());
        assert!(parse_builtin_value(Builtin::UrineColor, "2.5").is_err());
        assert!(parse_builtin_value(Builtin::CaffeineDrinks, "1.5").is_err());
    }
}
