/*!
Raw input and its validation.

A `CrampInput` is a faithful record of what a person typed or a CSV row held: every field is
text or absent. [`CrampInput::validate`] is the only road from it to an [`Episode`]. Errors
name the field, the value and what is allowed, because the person reading them is often
tired and always deserves to know exactly what to fix.
*/

use std::fmt;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::fmt::temporal::{Pieces, PiecesOffset};
use jiff::tz::{Offset, TimeZone};
use uuid::Uuid;

use crate::domain::{DrugClass, Episode, Medication, Muscle, Relief, Side};
use crate::factors::{Unit, parse_bool, parse_quantity};
use crate::language::Message;

/// A value that is not allowed, and what would have been (a message each front end says in
/// its reader's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidValue {
    pub value: String,
    pub allowed: Message,
}

impl InvalidValue {
    pub fn new(value: impl Into<String>, allowed: Message) -> Self {
        InvalidValue {
            value: value.into(),
            allowed,
        }
    }

    /// "\"x\" is not allowed; expected ..." as a message.
    pub fn message(&self) -> Message {
        Message::new("input.not_allowed")
            .with("value", format!("{:?}", self.value))
            .with_message("allowed", self.allowed.clone())
    }

    /// Attaches the field's name.
    pub fn in_field(self, field: impl Into<String>) -> FieldError {
        FieldError {
            field: field.into(),
            value: self.value,
            allowed: self.allowed,
        }
    }
}

impl fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for InvalidValue {}

/// A field that failed validation: which, what it held, what is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub value: String,
    pub allowed: Message,
}

impl FieldError {
    /// "field: missing; expected ..." or "field: \"x\" is not allowed; expected ...".
    pub fn message(&self) -> Message {
        let key = if self.value.is_empty() {
            "input.field_missing"
        } else {
            "input.field_not_allowed"
        };
        Message::new(key)
            .with("field", &self.field)
            .with("value", format!("{:?}", self.value))
            .with_message("allowed", self.allowed.clone())
    }
}

impl FieldError {
    /// The same message with the field named as the person knows it, in `knowledge`'s
    /// language: a cramp's field by its label ("how long it lasted"), a day's factor by its
    /// label ("hours on your feet"), a person's own factor by its name. For the pages: files
    /// and the API keep [`FieldError::message`], which names the column or key they sent.
    pub fn message_for_people(&self, knowledge: &crate::knowledge::Knowledge) -> Message {
        let field = self.field.strip_prefix("factors.").unwrap_or(&self.field);
        let label = field_label_key(field)
            .and_then(|key| knowledge.message(key, &[]).ok())
            .or_else(|| crate::factors::Builtin::from_column(field).map(|b| b.label(knowledge)))
            .unwrap_or_else(|| field.strip_prefix("custom:").unwrap_or(field).to_string());
        let key = if self.value.is_empty() {
            "input.field_missing"
        } else {
            "input.field_not_allowed"
        };
        Message::new(key)
            .with("field", label)
            .with("value", format!("{:?}", self.value))
            .with_message("allowed", self.allowed.clone())
    }
}

/// The catalog key of a cramp's or a record's field as people read it.
fn field_label_key(field: &str) -> Option<&'static str> {
    Some(match field {
        "started_at" => "field.started_at",
        "duration_s" | "duration" => "field.duration_s",
        "muscle" => "field.muscle",
        "side" => "field.side",
        "intensity" => "field.intensity",
        "woke" => "field.woke",
        "soreness_h" => "field.soreness_h",
        "relief" => "field.relief",
        "notes" => "field.notes",
        "night" => "field.night",
        "date" => "field.date",
        _ => return None,
    })
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for FieldError {}

/// The longest cramp the contract accepts: 24 hours (diary.md).
pub const MAX_DURATION_S: u32 = 86_400;
/// Lingering soreness up to a week (diary.md).
pub const MAX_SORENESS_H: f64 = 168.0;
/// Notes longer than this are almost certainly a pasting accident.
pub const MAX_NOTES_CHARS: usize = 2_000;

/// A cramp as typed or read, before validation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CrampInput {
    pub id: Option<String>,
    /// RFC 3339 with an offset (`2026-11-29T02:40:00-05:00`), optionally with an IANA
    /// annotation (`...-05:00[America/New_York]`).
    pub started_at: Option<String>,
    pub duration: Option<String>,
    pub muscle: Option<String>,
    pub side: Option<String>,
    pub intensity: Option<String>,
    pub woke: Option<String>,
    pub soreness_h: Option<String>,
    pub relief: Option<String>,
    pub notes: Option<String>,
}

/// What validation needs besides the text: the person's zone (to remember its name when a
/// written offset matches it) and the moment of entry (nothing is accepted from the future
/// or from before 1900; see [`crate::when`]). The core has no clock, so callers pass it.
#[derive(Debug, Clone, Copy)]
pub struct EntryContext<'a> {
    pub zone: Option<&'a TimeZone>,
    pub now: Timestamp,
}

impl EntryContext<'_> {
    /// Today where the person is (UTC when their zone is unknown).
    pub fn today(&self) -> Date {
        match self.zone {
            Some(zone) => zone.to_datetime(self.now).date(),
            None => TimeZone::UTC.to_datetime(self.now).date(),
        }
    }
}

/// Where a duration comes from decides how a bare number reads: CSV's `duration_s` is
/// seconds, the CLI's `--lasted` also accepts `2m`, `90s`, `1m30s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationStyle {
    Seconds,
    Friendly,
}

impl CrampInput {
    /// Validates every field and builds the episode.
    pub fn validate(
        &self,
        entry: EntryContext<'_>,
        style: DurationStyle,
    ) -> Result<Episode, FieldError> {
        let zone = entry.zone;
        let started_at = required(&self.started_at, "started_at", rfc3339_allowed())?;
        let local = parse_local_timestamp(started_at).map_err(|e| e.in_field("started_at"))?;
        crate::when::check_instant(started_at, local.at, entry.now, zone)
            .map_err(|e| e.in_field("started_at"))?;
        let duration_field = match style {
            DurationStyle::Seconds => "duration_s",
            DurationStyle::Friendly => "lasted",
        };
        let duration_text = required(&self.duration, duration_field, duration_range_allowed())?;
        let duration_s = match style {
            DurationStyle::Seconds => parse_duration_seconds(duration_text),
            DurationStyle::Friendly => parse_friendly_duration(duration_text),
        }
        .map_err(|e| e.in_field(duration_field))?;
        let muscle: Muscle = required(&self.muscle, "muscle", Muscle::allowed_message())?
            .parse()
            .map_err(|e: InvalidValue| e.in_field("muscle"))?;
        let side: Side = required(&self.side, "side", Side::allowed_message())?
            .parse()
            .map_err(|e: InvalidValue| e.in_field("side"))?;
        let intensity =
            parse_intensity(required(&self.intensity, "intensity", intensity_allowed())?)
                .map_err(|e| e.in_field("intensity"))?;
        let woke = optional(&self.woke)
            .map(parse_bool)
            .transpose()
            .map_err(|e| e.in_field("woke"))?;
        let soreness_h = optional(&self.soreness_h)
            .map(parse_soreness)
            .transpose()
            .map_err(|e| e.in_field("soreness_h"))?;
        let relief = optional(&self.relief)
            .map(parse_relief_list)
            .transpose()
            .map_err(|e| e.in_field("relief"))?
            .unwrap_or_default();
        let notes = optional(&self.notes)
            .map(check_notes)
            .transpose()
            .map_err(|e| e.in_field("notes"))?
            .filter(|kept| !kept.trim().is_empty());
        let id = optional(&self.id)
            .map(parse_uuid)
            .transpose()
            .map_err(|e| e.in_field("id"))?;

        let time_zone = local.zone_name.or_else(|| {
            zone.filter(|tz| tz.to_offset(local.at) == local.offset)
                .and_then(|tz| tz.iana_name().map(str::to_string))
        });
        let mut episode = Episode {
            id: Uuid::nil(),
            started_at: local.at,
            utc_offset: local.offset,
            time_zone,
            duration_s,
            muscle,
            side,
            intensity,
            woke,
            soreness_h,
            relief,
            notes,
        };
        episode.id = id.unwrap_or_else(|| natural_episode_id(&episode));
        Ok(episode)
    }
}

fn rfc3339_allowed() -> Message {
    Message::new("allowed.rfc3339")
}

fn duration_range_allowed() -> Message {
    Message::new("allowed.duration_range")
}

fn intensity_allowed() -> Message {
    Message::new("allowed.intensity")
}

fn required<'a>(
    value: &'a Option<String>,
    field: &str,
    allowed: Message,
) -> Result<&'a str, FieldError> {
    optional(value).ok_or_else(|| InvalidValue::new("", allowed).in_field(field))
}

/// An absent or blank field is "not recorded" (unknown is not zero).
fn optional(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A parsed timestamp with the offset its writer's clock showed.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalTimestamp {
    pub at: Timestamp,
    pub offset: Offset,
    pub zone_name: Option<String>,
}

impl LocalTimestamp {
    /// RFC 3339 with the offset, and the zone's name when known: the form
    /// [`parse_local_timestamp`] reads back unchanged.
    pub fn to_annotated_rfc3339(&self) -> String {
        let base = crate::domain::format_rfc3339(self.at, self.offset);
        match &self.zone_name {
            Some(name) => format!("{base}[{name}]"),
            None => base,
        }
    }
}

/// Parses RFC 3339 (`2026-11-29T02:40:00-05:00`, `...Z`), optionally with an RFC 9557 zone
/// annotation. An offset is required: without one the instant would be a guess.
pub fn parse_local_timestamp(text: &str) -> Result<LocalTimestamp, InvalidValue> {
    let bad = || InvalidValue::new(text, rfc3339_allowed());
    let pieces = Pieces::parse(text.trim()).map_err(|_| bad())?;
    let time = pieces.time().ok_or_else(bad)?;
    let offset = match pieces.offset() {
        Some(PiecesOffset::Zulu) => Offset::UTC,
        Some(PiecesOffset::Numeric(n)) => n.offset(),
        _ => return Err(bad()),
    };
    let zone_name = match pieces.time_zone_annotation() {
        Some(annotation) => {
            let tz = annotation
                .to_time_zone()
                .map_err(|_| InvalidValue::new(text, Message::new("allowed.zone_annotation")))?;
            tz.iana_name().map(str::to_string)
        }
        None => None,
    };
    let at = offset
        .to_timestamp(pieces.date().to_datetime(time))
        .map_err(|_| bad())?;
    Ok(LocalTimestamp {
        at,
        offset,
        zone_name,
    })
}

/// `duration_s`: whole seconds, 1 to 86 400.
pub fn parse_duration_seconds(text: &str) -> Result<u32, InvalidValue> {
    let bad = || InvalidValue::new(text, Message::new("allowed.duration_seconds"));
    let seconds: u32 = text.trim().parse().map_err(|_| bad())?;
    if (1..=MAX_DURATION_S).contains(&seconds) {
        Ok(seconds)
    } else {
        Err(bad())
    }
}

/// `--lasted`: `40s`, `2m`, `1m30s`, `1.5m`, `1h`, or bare seconds.
pub fn parse_friendly_duration(text: &str) -> Result<u32, InvalidValue> {
    let bad = || InvalidValue::new(text, Message::new("allowed.duration"));
    let cleaned = text.trim().to_ascii_lowercase().replace(' ', "");
    if cleaned.is_empty() {
        return Err(bad());
    }
    if let Ok(seconds) = cleaned.parse::<u32>() {
        return parse_duration_seconds(&seconds.to_string()).map_err(|_| bad());
    }
    let mut total = 0.0_f64;
    let mut rest = cleaned.as_str();
    while !rest.is_empty() {
        let digits_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(bad)?;
        let (number, after) = rest.split_at(digits_end);
        let value: f64 = number.parse().map_err(|_| bad())?;
        let unit_end = after
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(after.len());
        let (unit, next) = after.split_at(unit_end);
        let scale = match unit {
            "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
            "m" | "min" | "mins" | "minute" | "minutes" => 60.0,
            "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
            _ => return Err(bad()),
        };
        total += value * scale;
        rest = next;
    }
    let seconds = total.round();
    if seconds >= 1.0 && seconds <= f64::from(MAX_DURATION_S) {
        Ok(seconds as u32)
    } else {
        Err(bad())
    }
}

fn parse_intensity(text: &str) -> Result<u8, InvalidValue> {
    match text.trim().parse::<u8>() {
        Ok(v) if (1..=10).contains(&v) => Ok(v),
        _ => Err(InvalidValue::new(text, intensity_allowed())),
    }
}

fn parse_soreness(text: &str) -> Result<f64, InvalidValue> {
    let allowed = || Message::new("allowed.soreness");
    let hours =
        parse_quantity(text, Unit::Hours).map_err(|_| InvalidValue::new(text, allowed()))?;
    if (0.0..=MAX_SORENESS_H).contains(&hours) {
        Ok(hours)
    } else {
        Err(InvalidValue::new(text, allowed()))
    }
}

/// `stretch;massage` (CSV) or `stretch,massage` (CLI). Duplicates collapse; order is kept.
pub fn parse_relief_list(text: &str) -> Result<Vec<Relief>, InvalidValue> {
    let mut list = Vec::new();
    for part in text
        .split([';', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let relief: Relief = part.parse().map_err(|_| {
            InvalidValue::new(
                part,
                Message::new("allowed.list_of").with("list", Relief::allowed()),
            )
        })?;
        if !list.contains(&relief) {
            list.push(relief);
        }
    }
    Ok(list)
}

/// A note as it is kept: line ends made `\n`, and control characters other than a new
/// line and a tab left out (they are invisible, can rewrite a terminal's screen when a note
/// is listed, and no keyboard types them); at most [`MAX_NOTES_CHARS`] characters.
fn check_notes(text: &str) -> Result<String, InvalidValue> {
    let kept: String = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    if kept.chars().count() > MAX_NOTES_CHARS {
        Err(InvalidValue::new(
            format!("{}...", kept.chars().take(20).collect::<String>()),
            Message::new("allowed.at_most_chars").with("count", MAX_NOTES_CHARS),
        ))
    } else {
        Ok(kept)
    }
}

pub fn parse_uuid(text: &str) -> Result<Uuid, InvalidValue> {
    Uuid::parse_str(text.trim()).map_err(|_| InvalidValue::new(text, Message::new("allowed.uuid")))
}

/// `YYYY-MM-DD` exactly: a date with a time attached is refused, never cut short.
pub fn parse_date(text: &str) -> Result<Date, InvalidValue> {
    crate::when::parse_date_only(text)
}

/// The namespace of nightcramp's name-based (v5) UUIDs.
pub const ID_NAMESPACE: Uuid = Uuid::from_u128(0x6e69_6768_7463_7261_6d70_0000_0000_0001);

/// A stable id for an episode that arrived without one (a spreadsheet row): the same cramp,
/// imported twice, gets the same id and so is stored once. The key is the instant, side and
/// muscle: two cramps cannot start in the same second in the same muscle of the same leg.
pub fn natural_episode_id(episode: &Episode) -> Uuid {
    let key = format!(
        "episode/{}/{}/{}",
        episode.started_at.as_second(),
        episode.side,
        episode.muscle
    );
    Uuid::new_v5(&ID_NAMESPACE, key.as_bytes())
}

/// A stable id for a check-in: one per night.
pub fn natural_checkin_id(night: Date) -> Uuid {
    Uuid::new_v5(&ID_NAMESPACE, format!("checkin/{night}").as_bytes())
}

/// A medication as typed, before validation.
#[derive(Debug, Clone, Default)]
pub struct MedicationInput {
    pub name: String,
    pub class: Option<String>,
    pub since: String,
    pub until: Option<String>,
}

impl MedicationInput {
    /// Validates it. A class left out is looked up from the name in the knowledge base's
    /// medicine list (`class_for_name`); unknown names must give one.
    pub fn validate(
        &self,
        today: Date,
        class_for_name: impl Fn(&str) -> Option<DrugClass>,
    ) -> Result<Medication, FieldError> {
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(
                InvalidValue::new(&self.name, Message::new("allowed.medicine_name"))
                    .in_field("name"),
            );
        }
        let class = match optional(&self.class) {
            Some(text) => text
                .parse::<DrugClass>()
                .map_err(|e: InvalidValue| e.in_field("class"))?,
            None => class_for_name(name).ok_or_else(|| {
                InvalidValue::new(
                    "",
                    Message::new("allowed.drug_class")
                        .with("name", format!("{name:?}"))
                        .with("list", DrugClass::allowed()),
                )
                .in_field("class")
            })?,
        };
        let dated = |text: &str| parse_date(text).and_then(|d| crate::when::check_date(d, today));
        let since = dated(&self.since).map_err(|e| e.in_field("since"))?;
        let until = optional(&self.until)
            .map(dated)
            .transpose()
            .map_err(|e| e.in_field("until"))?;
        if let Some(until) = until
            && until < since
        {
            return Err(InvalidValue::new(
                until.to_string(),
                Message::new("allowed.until_after").with("since", since),
            )
            .in_field("until"));
        }
        Ok(Medication {
            id: Uuid::new_v4(),
            name: name.to_string(),
            class,
            since,
            until,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> EntryContext<'static> {
        EntryContext {
            zone: None,
            now: "2026-12-01T12:00:00Z".parse().expect("valid"),
        }
    }

    fn input() -> CrampInput {
        CrampInput {
            started_at: Some("2026-11-29T02:40:00-05:00".into()),
            duration: Some("120".into()),
            muscle: Some("calf".into()),
            side: Some("left".into()),
            intensity: Some("7".into()),
            ..CrampInput::default()
        }
    }

    #[test]
    fn a_complete_row_validates_and_lands_on_the_right_night() {
        let episode = input()
            .validate(entry(), DurationStyle::Seconds)
            .expect("valid");
        assert_eq!(episode.night(), jiff::civil::date(2026, 11, 28));
        assert_eq!(episode.started_at_rfc3339(), "2026-11-29T02:40:00-05:00");
        assert_eq!(episode.duration_s, 120);
        assert_eq!(episode.woke, None, "an empty woke is unknown, not false");
    }

    #[test]
    fn the_same_row_gets_the_same_id() {
        let a = input()
            .validate(entry(), DurationStyle::Seconds)
            .expect("valid");
        let b = input()
            .validate(entry(), DurationStyle::Seconds)
            .expect("valid");
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, Uuid::nil());
    }

    #[test]
    fn a_time_without_offset_is_refused() {
        let mut raw = input();
        raw.started_at = Some("2026-11-29T02:40:00".into());
        let err = raw
            .validate(entry(), DurationStyle::Seconds)
            .expect_err("no offset");
        assert_eq!(err.field, "started_at");
    }

    #[test]
    fn friendly_durations() {
        assert_eq!(parse_friendly_duration("2m").ok(), Some(120));
        assert_eq!(parse_friendly_duration("1m30s").ok(), Some(90));
        assert_eq!(parse_friendly_duration("1.5m").ok(), Some(90));
        assert_eq!(parse_friendly_duration("45").ok(), Some(45));
        assert_eq!(parse_friendly_duration("24h").ok(), Some(86_400));
        assert!(parse_friendly_duration("24h1s").is_err());
        assert!(parse_friendly_duration("0s").is_err());
        assert!(parse_friendly_duration("2 parsecs").is_err());
    }
}
