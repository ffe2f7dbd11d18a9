/*!
The merge policy: what a write does to a record that is already there, for every backend.

Each function takes what the store holds now, the record being written and the [`Mode`],
and decides: leave it, write it (counted as an insert or an update), or keep the diary's
version and report a conflict. No SQL here: the SQLite backend reads the existing row,
asks this module, and writes what it is told, and a PostgreSQL backend does the same, so
both apply the same rules ("the person's word wins", "unknown is filled in, never
overwritten") by construction rather than by two copies agreeing.
*/

use nightcramp_core::domain::{
    CheckIn, Episode, FactorValue, Medication, Profile, Provenance, ScreeningAnswer,
};
use nightcramp_core::language::Message;

use crate::{ApplyReport, Mode};

/// What to do with one record.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Decision<T> {
    /// Already as it should be.
    Unchanged,
    /// Keep the diary's version; say why.
    Conflict(Message),
    /// Write `T` (a new record, or a changed one).
    Write { value: T, new: bool },
}

impl<T> Decision<T> {
    /// Counts the decision in the report and hands back what to write, if anything.
    pub(crate) fn record(self, report: &mut ApplyReport) -> Option<T> {
        match self {
            Decision::Unchanged => {
                report.unchanged += 1;
                None
            }
            Decision::Conflict(why) => {
                report.conflicts.push(why);
                None
            }
            Decision::Write { value, new } => {
                if new {
                    report.inserted += 1;
                } else {
                    report.updated += 1;
                }
                Some(value)
            }
        }
    }
}

/// A conflict as a message of the catalog (`conflict.*`), so the import report reads the
/// same wherever it is shown, in its reader's language.
fn conflict(key: &'static str, values: &[(&'static str, &str)]) -> Message {
    values
        .iter()
        .fold(Message::new(key), |m, (name, value)| m.with(name, value))
}

fn short_id(id: uuid::Uuid) -> String {
    id.simple().to_string().chars().take(8).collect()
}

/// A record that is either the same, replaced by an edit, or kept on import (a different
/// version already stored is never overwritten by a file): episodes and medications.
fn replace_or_keep<T: PartialEq>(
    existing: Option<&T>,
    new: &T,
    mode: Mode,
    kept: impl FnOnce(&T) -> Message,
) -> Decision<()> {
    match (existing, mode) {
        (Some(old), _) if old == new => Decision::Unchanged,
        (Some(old), Mode::Import | Mode::Refresh) => Decision::Conflict(kept(old)),
        (Some(_), Mode::Replace) => Decision::Write {
            value: (),
            new: false,
        },
        (None, _) => Decision::Write {
            value: (),
            new: true,
        },
    }
}

/// An episode: an import never replaces a different version of the same cramp.
pub(crate) fn episode(existing: Option<&Episode>, new: &Episode, mode: Mode) -> Decision<()> {
    replace_or_keep(existing, new, mode, |old| {
        conflict(
            "conflict.episode",
            &[("id", &short_id(old.id)), ("at", &old.started_at_rfc3339())],
        )
    })
}

/// A check-in: the sleep rating to store. An import fills in a rating that was unknown and
/// never replaces a different one.
pub(crate) fn checkin(
    existing: Option<Option<u8>>,
    new: &CheckIn,
    mode: Mode,
) -> Decision<Option<u8>> {
    match (existing, mode) {
        (None, _) => Decision::Write {
            value: new.sleep_disturbance,
            new: true,
        },
        (Some(_), Mode::Replace) => Decision::Write {
            value: new.sleep_disturbance,
            new: false,
        },
        (Some(old), Mode::Import | Mode::Refresh) => match (old, new.sleep_disturbance) {
            (_, None) => Decision::Unchanged,
            (Some(a), Some(b)) if a == b => Decision::Unchanged,
            // Filling in what was unknown overwrites nothing.
            (None, Some(b)) => Decision::Write {
                value: Some(b),
                new: false,
            },
            (Some(a), Some(b)) => Decision::Conflict(conflict(
                "conflict.checkin",
                &[
                    ("night", &new.night.to_string()),
                    ("file", &b.to_string()),
                    ("diary", &a.to_string()),
                ],
            )),
        },
    }
}

/// What to do with the "an import said" note beside a day factor.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ImportSaid {
    Leave,
    Clear,
    Set(FactorValue),
}

/// A day factor's write: the value decision and the note beside it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FactorWrite {
    pub decision: Decision<()>,
    pub import_said: ImportSaid,
}

/// A day factor. The person's word wins: an import never overwrites a typed value (it is
/// kept, and what the import said is noted beside it); a newer wearable export (`Refresh`)
/// updates what an earlier import brought; a person correcting an imported value keeps
/// what the import said beside their own.
pub(crate) fn factor(
    existing: Option<(&FactorValue, Provenance)>,
    date: jiff::civil::Date,
    key: &nightcramp_core::domain::FactorKey,
    value: &FactorValue,
    source: Provenance,
    mode: Mode,
) -> FactorWrite {
    let importing = mode != Mode::Replace;
    let Some((old, old_source)) = existing else {
        return FactorWrite {
            decision: Decision::Write {
                value: (),
                new: true,
            },
            import_said: ImportSaid::Leave,
        };
    };
    let typed = old_source == Provenance::Typed;
    if old == value {
        return FactorWrite {
            decision: Decision::Unchanged,
            // The import agrees now: nothing left to show beside the value.
            import_said: if importing {
                ImportSaid::Clear
            } else {
                ImportSaid::Leave
            },
        };
    }
    if mode == Mode::Import || (mode == Mode::Refresh && typed) {
        let said = conflict(
            if typed {
                "conflict.factor.typed"
            } else {
                "conflict.factor"
            },
            &[
                ("date", &date.to_string()),
                ("factor", &key.to_string()),
                ("file", &value.to_string()),
                ("diary", &old.to_string()),
            ],
        );
        return FactorWrite {
            decision: Decision::Conflict(said),
            import_said: if typed {
                ImportSaid::Set(value.clone())
            } else {
                ImportSaid::Leave
            },
        };
    }
    let corrected_by_hand = !importing && !typed && source == Provenance::Typed;
    FactorWrite {
        decision: Decision::Write {
            value: (),
            new: false,
        },
        import_said: if corrected_by_hand {
            ImportSaid::Set(old.clone())
        } else if importing {
            ImportSaid::Clear
        } else {
            ImportSaid::Leave
        },
    }
}

/// The profile: an edit replaces it; an import fills in fields that were unknown, adds
/// conditions, and reports each field it did not overwrite.
pub(crate) fn profile(old: &Profile, new: &Profile, mode: Mode) -> (Profile, Vec<Message>) {
    let mut conflicts = Vec::new();
    let merged = match mode {
        Mode::Replace => new.clone(),
        Mode::Import | Mode::Refresh => {
            let mut merged = old.clone();
            let mut note = |field: &str, differs: bool| {
                if differs {
                    conflicts.push(conflict("conflict.profile", &[("field", field)]));
                }
            };
            macro_rules! fill {
                ($field:ident) => {
                    match (&old.$field, &new.$field) {
                        (None, Some(v)) => merged.$field = Some(v.clone()),
                        (Some(a), Some(b)) => note(stringify!($field), a != b),
                        _ => {}
                    }
                };
            }
            fill!(birth_year);
            fill!(time_zone);
            fill!(pregnant);
            fill!(due_date);
            fill!(athlete);
            fill!(language);
            merged.conditions.extend(new.conditions.iter().copied());
            merged
        }
    };
    (merged, conflicts)
}

/// A medication: an import never replaces a different version.
pub(crate) fn medication(
    existing: Option<&Medication>,
    new: &Medication,
    mode: Mode,
) -> Decision<()> {
    replace_or_keep(existing, new, mode, |old| {
        conflict("conflict.medication", &[("name", &old.name)])
    })
}

/// A screening answer: the more recent answer wins, whoever writes it, so an imported
/// older backup never replaces what the person said since.
pub(crate) fn answer(existing: Option<&ScreeningAnswer>, new: &ScreeningAnswer) -> Decision<()> {
    match existing {
        Some(old) if old == new || old.answered_at > new.answered_at => Decision::Unchanged,
        Some(_) => Decision::Write {
            value: (),
            new: false,
        },
        None => Decision::Write {
            value: (),
            new: true,
        },
    }
}

/// An experiment: its schedule was fixed when it started, so a put either adds it, repeats
/// it, or records that it was stopped; an older copy never un-stops it, and anything else
/// (a different design or order under the same id) is refused.
pub(crate) fn experiment(
    existing: Option<&nightcramp_core::domain::ExperimentRecord>,
    new: &nightcramp_core::domain::ExperimentRecord,
) -> Result<Decision<()>, crate::StoreError> {
    let Some(old) = existing else {
        return Ok(Decision::Write {
            value: (),
            new: true,
        });
    };
    let same_schedule = nightcramp_core::domain::ExperimentRecord {
        stopped_at: new.stopped_at,
        ..old.clone()
    } == *new;
    match (same_schedule, old.stopped_at, new.stopped_at) {
        (true, a, b) if a == b => Ok(Decision::Unchanged),
        (true, None, Some(_)) => Ok(Decision::Write {
            value: (),
            new: false,
        }),
        (true, Some(_), _) => Ok(Decision::Unchanged),
        _ => Err(crate::StoreError::Refused(
            Message::new("store.experiment_fixed").with("id", &old.id),
        )),
    }
}
