/*!
The diary's validated records: episodes (one cramp each), night check-ins, day factors,
the profile and medications.

Every type here has already passed validation: an `Episode` always has a duration between
1 s and 24 h and an intensity between 1 and 10. Raw input (a CLI flag, a CSV cell, a form
field) lives in [`crate::input`] and becomes one of these only through validation, so code
that holds an `Episode` never re-checks it.
*/

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::night::night_of;

/// Declares a closed vocabulary: a serde-friendly enum, its snake_case names, and parsing that
/// lists what is allowed when it fails. Every enum in the data contract is one of these, so the
/// error text for a bad value is the same everywhere (CLI flag, CSV cell, JSON field).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order the data contract lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in files, flags and JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The allowed names, comma-separated, for error messages.
            pub fn allowed() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }

            /// "one of ...": what a value of this vocabulary may be.
            pub fn allowed_message() -> crate::language::Message {
                crate::language::Message::new("allowed.one_of").with("list", Self::allowed())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::input::InvalidValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == wanted)
                    .ok_or_else(|| crate::input::InvalidValue::new(s, Self::allowed_message()))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// Where the cramp was.
    Muscle {
        Calf => "calf",
        Foot => "foot",
        Toes => "toes",
        Shin => "shin",
        ThighBack => "thigh_back",
        ThighFront => "thigh_front",
        Other => "other",
    }
);

vocabulary!(
    /// Which leg.
    Side { Left => "left", Right => "right", Both => "both" }
);

vocabulary!(
    /// What eased the cramp.
    Relief {
        Stretch => "stretch",
        Walk => "walk",
        Massage => "massage",
        Heat => "heat",
        Nothing => "nothing",
        Other => "other",
    }
);

vocabulary!(
    /// How hard the day's exercise was.
    ExerciseIntensity { None => "none", Light => "light", Moderate => "moderate", Vigorous => "vigorous" }
);

vocabulary!(
    /// How the person slept (the seed's cause 6 and prevention step 3).
    SleepPosition {
        BackSupported => "back_supported",
        Back => "back",
        Side => "side",
        SideCurled => "side_curled",
        Stomach => "stomach",
    }
);

vocabulary!(
    /// Health conditions the seed links to recurring cramps (cause 4 and cause 5).
    Condition {
        Diabetes => "diabetes",
        KidneyDisease => "kidney_disease",
        ThyroidDisorder => "thyroid_disorder",
        PeripheralNerveDisorder => "peripheral_nerve_disorder",
        SpinalProblems => "spinal_problems",
        CirculationProblems => "circulation_problems",
        Cirrhosis => "cirrhosis",
        HeartFailure => "heart_failure",
    }
);

vocabulary!(
    /// Drug classes. The seed names diuretics, statins and some blood-pressure medicines;
    /// clinical-evidence.md section 3 and rule R6 add the finer classes with published
    /// sequence ratios. `quinine` is here so that a person who takes it can be warned (P6),
    /// never so that it can be suggested.
    DrugClass {
        Diuretic => "diuretic",
        DiureticThiazide => "diuretic_thiazide",
        DiureticPotassiumSparing => "diuretic_potassium_sparing",
        DiureticLoop => "diuretic_loop",
        Statin => "statin",
        BloodPressure => "blood_pressure",
        CalciumChannelBlocker => "calcium_channel_blocker",
        Laba => "laba",
        LabaIcs => "laba_ics",
        ShortActingBetaAgonist => "short_acting_beta_agonist",
        IronSucroseIv => "iron_sucrose_iv",
        ConjugatedEstrogens => "conjugated_estrogens",
        Raloxifene => "raloxifene",
        Teriparatide => "teriparatide",
        Naproxen => "naproxen",
        ReportedInStudies => "reported_in_studies",
        Quinine => "quinine",
        Other => "other",
    }
);

/// One cramp, validated. (Serialized through the backup format, which writes
/// `started_at` as RFC 3339 with its offset.)
#[derive(Debug, Clone, PartialEq)]
pub struct Episode {
    pub id: Uuid,
    /// The instant it began.
    pub started_at: Timestamp,
    /// The local UTC offset at that instant, as the person's clock showed it. Together with
    /// `started_at` it fixes the local wall-clock time, which decides the night (travel and
    /// daylight-saving changes included).
    pub utc_offset: Offset,
    /// The IANA zone the person was in, when known.
    pub time_zone: Option<String>,
    pub duration_s: u32,
    pub muscle: Muscle,
    pub side: Side,
    /// 1 to 10 on the 0-10 numeric pain rating scale.
    pub intensity: u8,
    /// Did it wake the person? `None` is "not recorded", never "no".
    pub woke: Option<bool>,
    pub soreness_h: Option<f64>,
    pub relief: Vec<Relief>,
    pub notes: Option<String>,
}

impl Episode {
    /// The night this cramp belongs to (see [`crate::night`]).
    pub fn night(&self) -> Date {
        night_of(self.started_at, self.utc_offset)
    }

    /// RFC 3339 with the local offset, as the data contract writes `started_at`.
    pub fn started_at_rfc3339(&self) -> String {
        format_rfc3339(self.started_at, self.utc_offset)
    }

    /// The episode as JSON, the same for the CLI's `--json` and the web API.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id,
            "night": self.night(),
            "started_at": self.started_at_rfc3339(),
            "time_zone": self.time_zone,
            "duration_s": self.duration_s,
            "muscle": self.muscle,
            "side": self.side,
            "intensity": self.intensity,
            "woke": self.woke,
            "soreness_h": self.soreness_h,
            "relief": self.relief,
            "notes": self.notes,
        })
    }

    /// The local wall-clock time it began.
    pub fn local_start(&self) -> jiff::civil::DateTime {
        self.utc_offset.to_datetime(self.started_at)
    }
}

/// Formats an instant with a fixed offset as RFC 3339 (seconds precision).
pub fn format_rfc3339(at: Timestamp, offset: Offset) -> String {
    let local = offset.to_datetime(at);
    let secs = offset.seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let abs = secs.unsigned_abs();
    format!(
        "{}{}{:02}:{:02}",
        local.strftime("%Y-%m-%dT%H:%M:%S"),
        sign,
        abs / 3600,
        (abs % 3600) / 60
    )
}

/// The person's morning confirmation of a night. A check-in without episodes makes the
/// night `no_cramps`; with episodes it still records how much sleep was disturbed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub id: Uuid,
    pub night: Date,
    /// How much cramps disturbed sleep, 0 to 10 (the Sebo 2019 diary scale, [S16]).
    pub sleep_disturbance: Option<u8>,
    /// When the person checked in; unknown for check-ins read from a spreadsheet.
    pub recorded_at: Option<Timestamp>,
}

/// A night's status. Unknown is not zero: statistics use only known nights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NightStatus {
    Cramps,
    NoCramps,
    Unknown,
}

impl NightStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            NightStatus::Cramps => "cramps",
            NightStatus::NoCramps => "no_cramps",
            NightStatus::Unknown => "unknown",
        }
    }
}

/// The name of a day factor: a built-in column of diary.md or a person's own.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactorKey {
    Builtin(crate::factors::Builtin),
    /// A custom factor's name, without the `custom:` prefix.
    Custom(String),
}

impl FactorKey {
    /// The column name used in files and JSON (`standing_h`, `custom:long drive`).
    pub fn column(&self) -> String {
        match self {
            FactorKey::Builtin(b) => b.as_str().to_string(),
            FactorKey::Custom(name) => format!("custom:{name}"),
        }
    }
}

impl fmt::Display for FactorKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.column())
    }
}

impl Serialize for FactorKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.column())
    }
}

impl<'de> Deserialize<'de> for FactorKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        crate::factors::parse_factor_key(&text).map_err(serde::de::Error::custom)
    }
}

/// A recorded factor value. Booleans, numbers and the closed vocabularies of diary.md.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FactorValue {
    Bool(bool),
    Number(f64),
    Choice(String),
}

impl fmt::Display for FactorValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactorValue::Bool(true) => f.write_str("yes"),
            FactorValue::Bool(false) => f.write_str("no"),
            FactorValue::Number(n) => write!(f, "{}", format_number(*n)),
            FactorValue::Choice(c) => f.write_str(c),
        }
    }
}

/// Numbers as a person writes them: `2`, `1.5`, never `2.0000001`.
pub fn format_number(n: f64) -> String {
    let rounded = (n * 1000.0).round() / 1000.0;
    if rounded.fract() == 0.0 && rounded.abs() < 1e15 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

/// Who put a value in the diary. The person's own word outranks an import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Typed by the person (CLI, web form).
    #[default]
    Typed,
    /// From a file the person imported (CSV, backup).
    Imported,
}

impl Provenance {
    pub fn as_str(self) -> &'static str {
        match self {
            Provenance::Typed => "typed",
            Provenance::Imported => "imported",
        }
    }
}

/// One recorded factor value with where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedFactor {
    pub value: FactorValue,
    #[serde(default)]
    pub source: Provenance,
    /// What an import (a watch, a file) said for this day when it differed from the value
    /// kept, which the person typed: both are shown, the person's word counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_said: Option<FactorValue>,
}

/// The factors recorded for one waking day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Day {
    pub date: Date,
    pub factors: BTreeMap<FactorKey, RecordedFactor>,
}

/// The person. Every field is optional: nothing is assumed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Profile {
    pub birth_year: Option<i16>,
    /// IANA time zone name; when absent the system zone is used.
    pub time_zone: Option<String>,
    pub pregnant: Option<bool>,
    pub due_date: Option<Date>,
    pub athlete: Option<bool>,
    #[serde(default)]
    pub conditions: BTreeSet<Condition>,
    /// The language the person reads nightcramp in; unset follows the browser or the
    /// terminal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<crate::language::Language>,
}

impl Profile {
    /// The person's zone, when set and known to the time zone database.
    pub fn zone(&self) -> Option<TimeZone> {
        self.time_zone
            .as_deref()
            .and_then(|name| TimeZone::get(name).ok())
    }

    /// The person's zone, or the given fallback (the system's) when none is set or the
    /// stored name is no longer known to the time zone database.
    pub fn zone_or(&self, fallback: TimeZone) -> TimeZone {
        self.zone().unwrap_or(fallback)
    }
}

/// A medicine the person takes or took.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Medication {
    pub id: Uuid,
    pub name: String,
    pub class: DrugClass,
    pub since: Date,
    pub until: Option<Date>,
}

impl Medication {
    /// Was the person taking it on this date?
    pub fn taken_on(&self, date: Date) -> bool {
        self.since <= date && self.until.is_none_or(|until| date <= until)
    }
}

/// Everything in one diary: what the store loads, what analyses read, what a backup holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Diary {
    pub profile: Profile,
    pub medications: Vec<Medication>,
    /// The latest answer to each warning-sign question, sorted by question.
    pub answers: Vec<ScreeningAnswer>,
    /// Sorted by `started_at`.
    pub episodes: Vec<Episode>,
    /// Sorted by night.
    pub checkins: Vec<CheckIn>,
    /// Sorted by date.
    pub days: Vec<Day>,
    /// Personal experiments, oldest first (see `crate::experiment`).
    pub experiments: Vec<ExperimentRecord>,
}

/// An experiment as stored: its design, the pair order drawn once at the start, and a seal
/// over both. It becomes an `experiment::Experiment` only through `Experiment::from_record`,
/// which refuses a schedule edited by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperimentRecord {
    pub id: String,
    /// The change's canonical text (`stretched`, `caffeine_drinks=0`).
    pub change: String,
    pub start: Date,
    pub pairs: u8,
    pub period_nights: u8,
    pub washout_nights: u8,
    /// Each pair's order, `CU` (change first) or `UC`, comma-separated.
    pub order: String,
    pub created_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    pub seal: String,
}

/// The latest answer to one of the checkup's warning-sign questions, kept with the moment
/// it was given, so the clinician report can show what the person said and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScreeningAnswer {
    /// The question's id in the knowledge base (`one_leg_swollen`).
    pub question: String,
    pub answer: bool,
    pub answered_at: Timestamp,
}

impl Diary {
    /// Puts every list in its canonical order, so two diaries with the same content compare
    /// equal and export identically.
    pub fn normalize(&mut self) {
        self.answers.sort_by(|a, b| a.question.cmp(&b.question));
        self.episodes.sort_by_key(|a| (a.started_at, a.id));
        self.checkins.sort_by_key(|c| c.night);
        self.days.sort_by_key(|d| d.date);
        self.experiments
            .sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        self.medications
            .sort_by(|a, b| (a.since, &a.name, a.id).cmp(&(b.since, &b.name, b.id)));
    }

    pub fn day(&self, date: Date) -> Option<&Day> {
        self.days
            .binary_search_by_key(&date, |d| d.date)
            .ok()
            .and_then(|i| self.days.get(i))
    }

    /// One day as JSON, the same for the CLI's `day --json` and the web API: its factors by
    /// column name, and `import_said` only where an import disagreed with a kept value.
    pub fn day_json(&self, date: Date) -> serde_json::Value {
        let mut factors = serde_json::Map::new();
        let mut import_said = serde_json::Map::new();
        let value = |v: &FactorValue| serde_json::to_value(v).unwrap_or_default();
        for (key, f) in self.day(date).map(|d| &d.factors).into_iter().flatten() {
            factors.insert(key.column(), value(&f.value));
            if let Some(said) = &f.import_said {
                import_said.insert(key.column(), value(said));
            }
        }
        let mut day = serde_json::json!({ "date": date, "factors": factors });
        if !import_said.is_empty() {
            day["import_said"] = import_said.into();
        }
        day
    }

    pub fn checkin(&self, night: Date) -> Option<&CheckIn> {
        self.checkins
            .binary_search_by_key(&night, |c| c.night)
            .ok()
            .and_then(|i| self.checkins.get(i))
    }

    /// The episodes of one night.
    pub fn episodes_of(&self, night: Date) -> impl Iterator<Item = &Episode> {
        self.episodes.iter().filter(move |e| e.night() == night)
    }

    /// The most recent episode, if any.
    pub fn latest_episode(&self) -> Option<&Episode> {
        self.episodes.iter().max_by_key(|e| e.started_at)
    }
}
