/*!
What a person does, decided once for every front end.

The CLI, the web pages and the JSON API each used to work out for themselves what a
morning check-in keeps or which nights a report covers, and the copies drifted (the API's
check-in once erased a sleep rating that the CLI and the page kept). Each action here takes
the diary and the raw choices, applies the rule, and returns the record to store or a
refusal with its numbers; the front ends only parse, store and render.
*/

use jiff::Timestamp;
use jiff::civil::Date;

use crate::domain::{CheckIn, Diary, FactorKey, FactorValue};
use crate::factors::{Builtin, parse_value};
use crate::input::{FieldError, InvalidValue, natural_checkin_id};
use crate::knowledge::Knowledge;
use crate::nights::{NightIndex, add_days, diary_span};

/// Why a check-in cannot be saved. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckInRefused {
    /// The night has not ended: it can be confirmed from the morning after.
    NotEnded { night: Date },
    /// "No cramps" for a night that has cramps logged.
    HasCramps { night: Date, cramps: u32 },
}

impl CheckInRefused {
    /// The refusal in words (`night` named the way the front end names dates).
    pub fn message(&self, knowledge: &Knowledge, night: &str) -> String {
        let rendered = match self {
            CheckInRefused::NotEnded { .. } => {
                knowledge.message("checkin.not_ended", &[("night", night)])
            }
            CheckInRefused::HasCramps { cramps, .. } => knowledge.message(
                if *cramps == 1 {
                    "checkin.has_cramps.one"
                } else {
                    "checkin.has_cramps.many"
                },
                &[("night", night), ("cramps", &cramps.to_string())],
            ),
        };
        rendered.unwrap_or_else(|_| format!("{self:?}"))
    }
}

/// The morning check-in for `night`: confirms it was checked (cramp-free when
/// `no_cramps`), with an optional sleep rating. A rating not given keeps the one already
/// stored: leaving a field out never erases it.
pub fn check_in(
    diary: &Diary,
    night: Date,
    today: Date,
    no_cramps: bool,
    sleep_disturbance: Option<u8>,
    now: Timestamp,
) -> Result<CheckIn, CheckInRefused> {
    // A night can be confirmed from the morning after: once the local date has moved past
    // the evening it began (it formally runs to noon, but people check in on waking).
    if night >= today {
        return Err(CheckInRefused::NotEnded { night });
    }
    let cramps = NightIndex::new(diary).episodes(night);
    if no_cramps && cramps > 0 {
        return Err(CheckInRefused::HasCramps { night, cramps });
    }
    let stored = diary.checkin(night);
    Ok(CheckIn {
        id: stored.map_or_else(|| natural_checkin_id(night), |c| c.id),
        night,
        sleep_disturbance: sleep_disturbance.or_else(|| stored.and_then(|c| c.sleep_disturbance)),
        recorded_at: Some(now),
    })
}

/// The clinician report covers the last twelve weeks by default, or less of a shorter
/// diary: long enough to show a trend, short enough to be about now.
pub const REPORT_WEEKS: i64 = 12;

/// The nights a report covers: up to `to` (last night by default), from `from` (twelve
/// weeks before, or the diary's first night if later). `None` when `from` is after `to`.
pub fn report_period(
    diary: &Diary,
    from: Option<Date>,
    to: Option<Date>,
    today: Date,
) -> Option<(Date, Date)> {
    let to = to.unwrap_or_else(|| crate::night::last_night(today));
    let from = from.unwrap_or_else(|| {
        let first = diary_span(diary).map_or(to, |(first, _)| first);
        first.max(add_days(to, -(7 * REPORT_WEEKS - 1))).min(to)
    });
    (from <= to).then_some((from, to))
}

/// One change to a day's factors: a value to set, or `None` to clear it (not recorded).
#[derive(Debug, Clone, PartialEq)]
pub struct DayEdit {
    pub key: FactorKey,
    pub value: Option<FactorValue>,
}

/// A factor value as given: the text typed (or sent), or a request to clear it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayInput {
    Set(String),
    Clear,
}

/// Edits to the day `date`, from `(field, key, input)` where `field` is how the front end
/// names the input in errors (a flag, a form label, a JSON path). A day is recorded from
/// that day on; the night's check-in is not a day factor. Every bad field is returned, so
/// a form can show them all; nothing is changed unless all are good.
pub fn day_edits(
    date: Date,
    today: Date,
    inputs: impl IntoIterator<Item = (String, FactorKey, DayInput)>,
) -> Result<Vec<DayEdit>, Vec<FieldError>> {
    if date > today {
        return Err(vec![
            InvalidValue::new(
                date.to_string(),
                "today or an earlier day: a day is recorded from that day on",
            )
            .in_field("date"),
        ]);
    }
    let mut edits = Vec::new();
    let mut errors = Vec::new();
    for (field, key, input) in inputs {
        if key == FactorKey::Builtin(Builtin::NightChecked) {
            errors.push(
                InvalidValue::new(
                    key.column(),
                    "a day factor; a night is confirmed with the morning check-in",
                )
                .in_field(field),
            );
            continue;
        }
        match input {
            DayInput::Clear => edits.push(DayEdit { key, value: None }),
            DayInput::Set(text) => match parse_value(&key, &text) {
                Ok(value) => edits.push(DayEdit {
                    key,
                    value: Some(value),
                }),
                Err(e) => errors.push(e.in_field(field)),
            },
        }
    }
    if errors.is_empty() {
        Ok(edits)
    } else {
        Err(errors)
    }
}

/// What a cramp logged in a hurry is assumed to be when not said: the last cramp's side,
/// muscle and pain (most people cramp in the same place), else the commonest (left calf,
/// pain 5). Every front end shows these as guesses to fix in the morning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrampDefaults {
    pub side: crate::domain::Side,
    pub muscle: crate::domain::Muscle,
    pub pain: u8,
}

impl CrampDefaults {
    pub fn for_diary(diary: &Diary) -> CrampDefaults {
        match diary.latest_episode() {
            Some(e) => CrampDefaults {
                side: e.side,
                muscle: e.muscle,
                pain: e.intensity,
            },
            None => CrampDefaults {
                side: crate::domain::Side::Left,
                muscle: crate::domain::Muscle::Calf,
                pain: 5,
            },
        }
    }
}
