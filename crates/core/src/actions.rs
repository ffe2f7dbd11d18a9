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
                crate::language::Message::new("allowed.day_not_future"),
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
                    crate::language::Message::new("allowed.day_factor"),
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

/// What a clinician's list shows of one person who shared their diary: cramps a week over
/// the last four weeks (scaled from the nights logged; `None` when none was), whether the
/// weekly count is rising (the worsening rule, D2: `None` when too few weeks are logged to
/// tell), and the checkup's urgency. Codes and numbers; the front ends say them.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PersonSummary {
    pub cramps_per_week: Option<f64>,
    pub known_nights: u32,
    pub rising: Option<bool>,
    pub urgency: crate::knowledge::Urgency,
    pub see_doctor: bool,
    pub emergency: bool,
    /// False while the checkup cannot judge the diary (too few nights logged): then
    /// "nothing found" is not "all clear", and the list must say so.
    pub enough_data: bool,
}

/// The four weeks the list's "cramps a week" covers.
pub const SUMMARY_WEEKS: i64 = 4;

pub fn person_summary(
    diary: &Diary,
    knowledge: &Knowledge,
    as_of: Date,
) -> Result<PersonSummary, crate::checkup::MissingRule> {
    let index = NightIndex::new(diary);
    let weeks = crate::trend::weekly_summaries(&index, as_of, SUMMARY_WEEKS);
    let known_nights: u32 = weeks.iter().map(|w| w.known_nights).sum();
    let cramps: u32 = weeks.iter().map(|w| w.cramps).sum();
    let checkup =
        crate::checkup::run_checkup(knowledge, diary, &crate::checkup::Answers::new(), as_of)?;
    let worsening = &checkup.data.worsening;
    Ok(PersonSummary {
        cramps_per_week: (known_nights > 0)
            .then(|| f64::from(cramps) * 7.0 / f64::from(known_nights)),
        known_nights,
        rising: worsening.assessed.then_some(worsening.counts_rising),
        urgency: checkup.urgency,
        see_doctor: checkup.see_doctor,
        emergency: checkup.emergency,
        enough_data: checkup.enough_data,
    })
}

/// Most urgent first: an emergency, then by the checkup's urgency, then a rising count,
/// then more cramps a week; ties by name so the order is stable.
pub fn most_urgent_first(people: &mut [(String, PersonSummary)]) {
    people.sort_by(|(a_name, a), (b_name, b)| {
        b.emergency
            .cmp(&a.emergency)
            .then(b.urgency.cmp(&a.urgency))
            .then(b.rising.unwrap_or(false).cmp(&a.rising.unwrap_or(false)))
            .then(
                b.cramps_per_week
                    .unwrap_or(-1.0)
                    .total_cmp(&a.cramps_per_week.unwrap_or(-1.0)),
            )
            .then(a_name.cmp(b_name))
    });
}

/// What a researcher sees of the people who shared with them: counts over the last four
/// weeks, pooled, with no names and nothing that tells one person from another.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PooledCounts {
    pub participants: usize,
    /// Participants with at least one night logged in the four weeks.
    pub participants_logging: usize,
    pub known_nights: u32,
    pub cramp_nights: u32,
    pub cramps: u32,
    /// Cramps a week across all logged nights (`None` when none was logged).
    pub cramps_per_week: Option<f64>,
    /// The share of logged nights with a cramp.
    pub cramp_night_share: Option<f64>,
}

pub fn pooled_counts(diaries: &[Diary], as_of: Date) -> PooledCounts {
    let mut counts = PooledCounts {
        participants: diaries.len(),
        participants_logging: 0,
        known_nights: 0,
        cramp_nights: 0,
        cramps: 0,
        cramps_per_week: None,
        cramp_night_share: None,
    };
    for diary in diaries {
        let index = NightIndex::new(diary);
        let weeks = crate::trend::weekly_summaries(&index, as_of, SUMMARY_WEEKS);
        let known: u32 = weeks.iter().map(|w| w.known_nights).sum();
        if known > 0 {
            counts.participants_logging += 1;
        }
        counts.known_nights += known;
        counts.cramp_nights += weeks.iter().map(|w| w.cramp_nights).sum::<u32>();
        counts.cramps += weeks.iter().map(|w| w.cramps).sum::<u32>();
    }
    if counts.known_nights > 0 {
        let known = f64::from(counts.known_nights);
        counts.cramps_per_week = Some(f64::from(counts.cramps) * 7.0 / known);
        counts.cramp_night_share = Some(f64::from(counts.cramp_nights) / known);
    }
    counts
}
