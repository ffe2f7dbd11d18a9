//! The `Store` contract. Written against the trait, so every backend runs the same suite:
//! SQLite always, PostgreSQL against the throwaway cluster `scripts/test` starts
//! (`NIGHTCRAMP_TEST_POSTGRES`; in CI its absence is a failure, never a skip).

use crate::OneDiary as _;
use std::collections::BTreeSet;

use jiff::Timestamp;
use jiff::civil::date;
use jiff::tz::Offset;
use nightcramp_core::domain::{
    CheckIn, Condition, Diary, DrugClass, Episode, FactorKey, FactorValue, Medication, Muscle,
    Profile, Provenance, Relief, Side,
};
use nightcramp_core::factors::Builtin;
use nightcramp_store::{Change, Mode, SqliteStore, Store};
use uuid::Uuid;

fn backends() -> Vec<(&'static str, Box<dyn Store>)> {
    let mut stores: Vec<(&'static str, Box<dyn Store>)> = vec![(
        "sqlite",
        Box::new(SqliteStore::open_in_memory().expect("in-memory store")),
    )];
    if let Some(store) = crate::postgres::fresh_store() {
        stores.push(("postgres", Box::new(store)));
    }
    stores
}

fn episode(n: u128, at: &str) -> Episode {
    Episode {
        id: Uuid::from_u128(n),
        started_at: at.parse::<Timestamp>().expect("valid"),
        utc_offset: Offset::from_hours(-5).expect("valid"),
        time_zone: Some("America/New_York".into()),
        duration_s: 90,
        muscle: Muscle::Calf,
        side: Side::Left,
        intensity: 6,
        woke: Some(true),
        soreness_h: Some(2.5),
        relief: vec![Relief::Stretch, Relief::Massage],
        notes: Some("après le ski ✓".into()),
    }
}

fn factor(
    date: jiff::civil::Date,
    key: FactorKey,
    value: FactorValue,
    source: Provenance,
    mode: Mode,
) -> Change {
    Change::PutFactor {
        date,
        key,
        value,
        source,
        mode,
    }
}

#[test]
fn an_empty_store_loads_an_empty_diary() {
    for (name, store) in backends() {
        assert_eq!(store.load_only().expect("load"), Diary::default(), "{name}");
    }
}

#[test]
fn everything_written_reads_back_exactly() {
    for (name, mut store) in backends() {
        let profile = Profile {
            birth_year: Some(1958),
            time_zone: Some("Europe/Berlin".into()),
            pregnant: Some(false),
            due_date: None,
            athlete: Some(true),
            conditions: BTreeSet::from([Condition::Diabetes, Condition::SpinalProblems]),
            language: Some(nightcramp_core::language::Language::De),
        };
        let med = Medication {
            id: Uuid::from_u128(9),
            name: "hydrochlorothiazide".into(),
            class: DrugClass::DiureticThiazide,
            since: date(2026, 1, 5),
            until: Some(date(2026, 6, 1)),
        };
        let checkin = CheckIn {
            id: Uuid::from_u128(7),
            night: date(2026, 11, 27),
            sleep_disturbance: Some(3),
            recorded_at: Some("2026-11-28T07:00:00Z".parse().expect("valid")),
        };
        let changes = vec![
            Change::SetProfile(profile.clone(), Mode::Replace),
            Change::PutMedication(med.clone(), Mode::Replace),
            Change::PutEpisode(episode(1, "2026-11-29T07:40:00Z"), Mode::Replace),
            Change::PutCheckIn(checkin.clone(), Mode::Replace),
            factor(
                date(2026, 11, 28),
                FactorKey::Builtin(Builtin::StandingH),
                FactorValue::Number(9.5),
                Provenance::Typed,
                Mode::Replace,
            ),
            factor(
                date(2026, 11, 28),
                FactorKey::Builtin(Builtin::Stretched),
                FactorValue::Bool(false),
                Provenance::Typed,
                Mode::Replace,
            ),
            factor(
                date(2026, 11, 28),
                FactorKey::Builtin(Builtin::SleepPosition),
                FactorValue::Choice("side_curled".into()),
                Provenance::Imported,
                Mode::Replace,
            ),
            factor(
                date(2026, 11, 28),
                FactorKey::Custom("long drive".into()),
                FactorValue::Bool(true),
                Provenance::Typed,
                Mode::Replace,
            ),
        ];
        let report = store.apply_only(&changes).expect("apply");
        assert_eq!(report.inserted, 7, "{name}: profile counts as updated");
        assert_eq!(report.updated, 1, "{name}");
        let diary = store.load_only().expect("load");
        assert_eq!(diary.profile, profile, "{name}");
        assert_eq!(diary.medications, vec![med], "{name}");
        assert_eq!(
            diary.episodes,
            vec![episode(1, "2026-11-29T07:40:00Z")],
            "{name}"
        );
        assert_eq!(diary.checkins, vec![checkin], "{name}");
        let day = diary.day(date(2026, 11, 28)).expect("day");
        assert_eq!(day.factors.len(), 4, "{name}");
        let position = &day.factors[&FactorKey::Builtin(Builtin::SleepPosition)];
        assert_eq!(position.source, Provenance::Imported, "{name}");
        assert_eq!(
            day.factors[&FactorKey::Builtin(Builtin::Stretched)].value,
            FactorValue::Bool(false),
            "{name}: false is stored as false, not as missing"
        );
    }
}

#[test]
fn a_failing_change_leaves_the_diary_as_it_was() {
    for (name, mut store) in backends() {
        store
            .apply_only(&[Change::PutEpisode(
                episode(1, "2026-11-29T07:40:00Z"),
                Mode::Replace,
            )])
            .expect("first write");
        let before = store.load_only().expect("load");
        let mut invalid = episode(3, "2026-11-30T07:40:00Z");
        invalid.duration_s = 0; // bypasses validation; the store's own checks must refuse it
        let result = store.apply_only(&[
            Change::PutEpisode(episode(2, "2026-11-28T07:40:00Z"), Mode::Replace),
            Change::DeleteEpisode(Uuid::from_u128(1)),
            Change::PutEpisode(invalid, Mode::Replace),
        ]);
        assert!(result.is_err(), "{name}: the invalid episode is refused");
        assert_eq!(
            store.load_only().expect("load"),
            before,
            "{name}: nothing of the batch stayed"
        );
    }
}

#[test]
fn importing_never_overwrites_and_reports_conflicts() {
    for (name, mut store) in backends() {
        let day = date(2026, 11, 28);
        let key = FactorKey::Builtin(Builtin::WaterL);
        store
            .apply_only(&[
                factor(
                    day,
                    key.clone(),
                    FactorValue::Number(1.5),
                    Provenance::Typed,
                    Mode::Replace,
                ),
                Change::PutEpisode(episode(1, "2026-11-29T07:40:00Z"), Mode::Replace),
            ])
            .expect("typed");
        let mut edited = episode(1, "2026-11-29T07:40:00Z");
        edited.intensity = 9;
        let report = store
            .apply_only(&[
                factor(
                    day,
                    key.clone(),
                    FactorValue::Number(2.0),
                    Provenance::Imported,
                    Mode::Import,
                ),
                factor(
                    day,
                    FactorKey::Builtin(Builtin::Steps),
                    FactorValue::Number(8000.0),
                    Provenance::Imported,
                    Mode::Import,
                ),
                Change::PutEpisode(edited, Mode::Import),
                Change::PutEpisode(episode(1, "2026-11-29T07:40:00Z"), Mode::Import),
            ])
            .expect("import");
        assert_eq!(report.inserted, 1, "{name}: only the new steps value");
        assert_eq!(report.unchanged, 1, "{name}: the identical episode");
        assert_eq!(report.conflicts.len(), 2, "{name}: {:?}", report.conflicts);
        let diary = store.load_only().expect("load");
        let kept = &diary.day(day).expect("day").factors[&key];
        assert_eq!(
            kept.value,
            FactorValue::Number(1.5),
            "{name}: the person's word wins"
        );
        assert_eq!(kept.source, Provenance::Typed, "{name}");
        assert_eq!(diary.episodes[0].intensity, 6, "{name}");
    }
}

#[test]
fn a_refresh_updates_imported_values_and_keeps_typed_ones_beside_what_the_import_said() {
    for (name, mut store) in backends() {
        let day = date(2026, 11, 20);
        let steps = FactorKey::Builtin(Builtin::Steps);
        let sleep = FactorKey::Builtin(Builtin::SleepH);
        let n = FactorValue::Number;
        store
            .apply_only(&[
                factor(
                    day,
                    steps.clone(),
                    n(3000.0),
                    Provenance::Imported,
                    Mode::Refresh,
                ),
                factor(day, sleep.clone(), n(7.0), Provenance::Typed, Mode::Replace),
            ])
            .expect("first");
        // A newer export: the half day is now whole; the typed sleep differs.
        let report = store
            .apply_only(&[
                factor(
                    day,
                    steps.clone(),
                    n(9100.0),
                    Provenance::Imported,
                    Mode::Refresh,
                ),
                factor(
                    day,
                    sleep.clone(),
                    n(6.2),
                    Provenance::Imported,
                    Mode::Refresh,
                ),
            ])
            .expect("refresh");
        assert_eq!(
            (report.updated, report.conflicts.len()),
            (1, 1),
            "{name}: {report:?}"
        );
        let diary = store.load_only().expect("load");
        let factors = &diary.day(day).expect("day").factors;
        assert_eq!(factors[&steps].value, n(9100.0), "{name}");
        assert_eq!(factors[&steps].import_said, None, "{name}");
        assert_eq!(
            factors[&sleep].value,
            n(7.0),
            "{name}: the person's word wins"
        );
        assert_eq!(
            factors[&sleep].import_said,
            Some(n(6.2)),
            "{name}: both are kept"
        );
        // Correcting the watch by hand keeps what it said beside the correction.
        store
            .apply_only(&[factor(
                day,
                steps.clone(),
                n(9500.0),
                Provenance::Typed,
                Mode::Replace,
            )])
            .expect("typed");
        let diary = store.load_only().expect("load");
        let corrected = &diary.day(day).expect("day").factors[&steps];
        assert_eq!(
            (corrected.source, corrected.import_said.clone()),
            (Provenance::Typed, Some(n(9100.0))),
            "{name}"
        );
        // An import that now agrees leaves nothing to show.
        store
            .apply_only(&[factor(
                day,
                sleep.clone(),
                n(7.0),
                Provenance::Imported,
                Mode::Refresh,
            )])
            .expect("agrees");
        let diary = store.load_only().expect("load");
        assert_eq!(
            diary.day(day).expect("day").factors[&sleep].import_said,
            None,
            "{name}"
        );
    }
}

#[test]
fn an_import_fills_in_what_was_unknown() {
    for (name, mut store) in backends() {
        let night = date(2026, 11, 27);
        let checkin = |d: Option<u8>| CheckIn {
            id: Uuid::from_u128(5),
            night,
            sleep_disturbance: d,
            recorded_at: None,
        };
        store
            .apply_only(&[Change::PutCheckIn(checkin(None), Mode::Replace)])
            .expect("typed");
        store
            .apply_only(&[
                Change::PutCheckIn(checkin(Some(4)), Mode::Import),
                Change::SetProfile(
                    Profile {
                        birth_year: Some(1950),
                        ..Profile::default()
                    },
                    Mode::Import,
                ),
            ])
            .expect("import");
        let diary = store.load_only().expect("load");
        assert_eq!(diary.checkins[0].sleep_disturbance, Some(4), "{name}");
        assert_eq!(diary.profile.birth_year, Some(1950), "{name}");
        let report = store
            .apply_only(&[Change::SetProfile(
                Profile {
                    birth_year: Some(1960),
                    ..Profile::default()
                },
                Mode::Import,
            )])
            .expect("import");
        assert_eq!(report.conflicts.len(), 1, "{name}");
        assert_eq!(
            store.load_only().expect("load").profile.birth_year,
            Some(1950),
            "{name}"
        );
    }
}

#[test]
fn deletes_remove_and_count_what_was_not_there() {
    for (name, mut store) in backends() {
        store
            .apply_only(&[
                Change::PutEpisode(episode(1, "2026-11-29T07:40:00Z"), Mode::Replace),
                factor(
                    date(2026, 11, 28),
                    FactorKey::Builtin(Builtin::Massage),
                    FactorValue::Bool(true),
                    Provenance::Typed,
                    Mode::Replace,
                ),
            ])
            .expect("write");
        let report = store
            .apply_only(&[
                Change::DeleteEpisode(Uuid::from_u128(1)),
                Change::DeleteEpisode(Uuid::from_u128(2)),
                Change::ClearFactor {
                    date: date(2026, 11, 28),
                    key: FactorKey::Builtin(Builtin::Massage),
                },
            ])
            .expect("delete");
        assert_eq!((report.deleted, report.not_found), (2, 1), "{name}");
        assert_eq!(store.load_only().expect("load"), Diary::default(), "{name}");
    }
}

/// A change refused in the middle of an `apply` takes the earlier ones of the same call
/// with it, and the store works on afterwards (on PostgreSQL: the connection is not left
/// inside the failed transaction, which a server's pool would hand to the next request).
#[test]
fn a_change_refused_midway_leaves_nothing_and_the_store_usable() {
    for (name, mut store) in backends() {
        let mut too_long = episode(2, "2026-11-28T03:00:00Z");
        too_long.duration_s = u32::MAX;
        let refused = store.apply_only(&[
            Change::PutEpisode(episode(1, "2026-11-27T03:00:00Z"), Mode::Replace),
            Change::PutEpisode(too_long, Mode::Replace),
        ]);
        assert!(refused.is_err(), "{name}");
        assert!(
            store.load_only().expect("load").episodes.is_empty(),
            "{name}: the first change went with the second"
        );
        store
            .apply_only(&[Change::PutEpisode(
                episode(3, "2026-11-29T03:00:00Z"),
                Mode::Replace,
            )])
            .expect("the next write works");
        let diary = store.load_only().expect("load");
        assert_eq!(diary.episodes.len(), 1, "{name}");
        assert_eq!(diary.episodes[0].id, Uuid::from_u128(3), "{name}");
    }
}

/// `Store::profile` (the web server's shortcut when logging a cramp, one round trip on
/// PostgreSQL) reads the same profile as a whole load, every field, and none before any.
#[test]
fn the_profile_alone_reads_as_the_whole_diary_s() {
    for (name, mut store) in backends() {
        let access = store.operator();
        assert_eq!(
            store.profile(&access).expect("profile"),
            Profile::default(),
            "{name}"
        );
        for profile in [
            Profile {
                birth_year: Some(1958),
                time_zone: Some("Europe/Berlin".into()),
                pregnant: Some(false),
                due_date: None,
                athlete: Some(true),
                conditions: BTreeSet::from([Condition::Diabetes, Condition::SpinalProblems]),
                language: Some(nightcramp_core::language::Language::Es),
            },
            Profile {
                birth_year: None,
                time_zone: None,
                pregnant: Some(true),
                due_date: Some(date(2027, 3, 1)),
                athlete: None,
                conditions: BTreeSet::new(),
                language: None,
            },
        ] {
            store
                .apply_only(&[Change::SetProfile(profile.clone(), Mode::Replace)])
                .expect("write");
            assert_eq!(store.profile(&access).expect("profile"), profile, "{name}");
            assert_eq!(store.load_only().expect("load").profile, profile, "{name}");
        }
    }
}

#[test]
fn every_write_to_the_file_moves_the_revisions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("diary.db");
    let (mut reader, _) = SqliteStore::open(&path).expect("open");
    let (mut writer, _) = SqliteStore::open(&path).expect("open again");
    let access = reader.operator();
    let before = reader.diary_revision(&access).expect("revision");
    assert!(before.is_some());
    assert_eq!(
        reader.diary_revision(&access).expect("revision"),
        before,
        "stable without writes"
    );
    writer
        .apply_only(&[Change::PutEpisode(
            episode(1, "2026-11-29T07:40:00Z"),
            Mode::Replace,
        )])
        .expect("write");
    let seen = reader.diary_revision(&access).expect("revision");
    assert_ne!(seen, before, "the other writer is seen");
    reader
        .apply_only(&[Change::PutEpisode(
            episode(2, "2026-11-30T07:40:00Z"),
            Mode::Replace,
        )])
        .expect("write");
    assert_ne!(
        reader.diary_revision(&access).expect("revision"),
        seen,
        "its own write is seen"
    );
    let directory = reader.directory_revision().expect("revision");
    reader
        .add_account(
            "ana",
            nightcramp_store::Role::Person,
            "not a real hash",
            "2026-12-01T08:00:00Z".parse::<Timestamp>().expect("time"),
        )
        .expect("account");
    assert_ne!(
        reader.directory_revision().expect("revision"),
        directory,
        "an account moves the directory's revision"
    );
}

#[test]
fn settings_are_kept_apart_from_the_diary() {
    for (name, mut store) in backends() {
        assert_eq!(store.setting("calendar_key").expect("read"), None, "{name}");
        store.put_setting("calendar_key", "abc").expect("write");
        store.put_setting("calendar_key", "def").expect("replace");
        assert_eq!(
            store.setting("calendar_key").expect("read").as_deref(),
            Some("def"),
            "{name}"
        );
        assert_eq!(
            store.load_only().expect("load"),
            Diary::default(),
            "{name}: not diary data"
        );
    }
}

#[test]
fn the_latest_answer_to_each_question_is_kept_and_an_older_one_never_replaces_it() {
    let answer = |q: &str, yes: bool, at: &str| nightcramp_core::domain::ScreeningAnswer {
        question: q.into(),
        answer: yes,
        answered_at: at.parse().expect("valid"),
    };
    for (name, mut store) in backends() {
        let first = store
            .apply_only(&[
                Change::PutAnswer(answer("one_leg_swollen", false, "2026-11-01T08:00:00Z")),
                Change::PutAnswer(answer("severe_discomfort", true, "2026-11-01T08:00:00Z")),
            ])
            .expect("apply");
        assert_eq!(first.inserted, 2, "{name}");
        let later = store
            .apply_only(&[
                Change::PutAnswer(answer("one_leg_swollen", true, "2026-11-20T08:00:00Z")),
                // An older backup's answer: the newer one stays.
                Change::PutAnswer(answer("severe_discomfort", false, "2026-10-01T08:00:00Z")),
            ])
            .expect("apply");
        assert_eq!((later.updated, later.unchanged), (1, 1), "{name}");
        let diary = store.load_only().expect("load");
        assert_eq!(
            diary.answers,
            vec![
                answer("one_leg_swollen", true, "2026-11-20T08:00:00Z"),
                answer("severe_discomfort", true, "2026-11-01T08:00:00Z"),
            ],
            "{name}"
        );
        // A restore makes the answers exactly the backup's.
        let target = Diary {
            answers: vec![answer("twitching", false, "2026-11-21T08:00:00Z")],
            ..Diary::default()
        };
        store
            .apply_only(&nightcramp_store::replace_with(&diary, &target))
            .expect("restore");
        assert_eq!(
            store.load_only().expect("load").answers,
            target.answers,
            "{name}"
        );
    }
}

/// An experiment is stored with its sealed schedule, can be stopped, is never re-drawn (a
/// put with another order under the same id is refused, nothing written), and a restore
/// makes the experiments exactly the backup's.
#[test]
fn an_experiment_keeps_its_schedule_and_can_only_be_stopped() {
    use nightcramp_core::experiment::{Arm, Design, Experiment, TrialChange};
    let experiment = Experiment {
        id: "3f2a".into(),
        change: TrialChange::parse_stored("stretched").expect("change"),
        design: Design {
            pairs: 4,
            period_nights: 14,
            washout_nights: 2,
        },
        start: date(2026, 12, 3),
        order: vec![Arm::Change, Arm::Usual, Arm::Usual, Arm::Change],
        created_at: "2026-12-03T20:00:00Z".parse().expect("time"),
        stopped_at: None,
    };
    for (name, mut store) in backends() {
        let record = experiment.record();
        let first = store
            .apply_only(&[Change::PutExperiment(record.clone())])
            .expect("apply");
        assert_eq!(first.inserted, 1, "{name}");
        let again = store
            .apply_only(&[Change::PutExperiment(record.clone())])
            .expect("apply");
        assert_eq!(again.unchanged, 1, "{name}: a repeat changes nothing");
        let loaded = store.load_only().expect("load");
        assert_eq!(loaded.experiments, vec![record.clone()], "{name}");
        assert_eq!(
            Experiment::from_record(&loaded.experiments[0]).expect("sealed"),
            experiment,
            "{name}"
        );

        let redrawn = Experiment {
            order: vec![Arm::Usual; 4],
            ..experiment.clone()
        }
        .record();
        let err = store
            .apply_only(&[
                Change::PutAnswer(nightcramp_core::domain::ScreeningAnswer {
                    question: "twitching".into(),
                    answer: false,
                    answered_at: "2026-12-03T20:00:00Z".parse().expect("time"),
                }),
                Change::PutExperiment(redrawn),
            ])
            .expect_err("re-drawn");
        assert!(
            err.to_string().contains("cannot be changed"),
            "{name}: {err}"
        );
        assert_eq!(
            store.load_only().expect("load"),
            loaded,
            "{name}: nothing written"
        );

        let stopped = Experiment {
            stopped_at: Some("2026-12-20T07:00:00Z".parse().expect("time")),
            ..experiment.clone()
        }
        .record();
        let report = store
            .apply_only(&[Change::PutExperiment(stopped.clone())])
            .expect("stop");
        assert_eq!(report.updated, 1, "{name}");
        // An older copy (not stopped) never un-stops it.
        store
            .apply_only(&[Change::PutExperiment(record.clone())])
            .expect("older copy");
        let diary = store.load_only().expect("load");
        assert_eq!(diary.experiments, vec![stopped], "{name}");

        let target = Diary {
            experiments: vec![record.clone()],
            ..Diary::default()
        };
        store
            .apply_only(&nightcramp_store::replace_with(&diary, &target))
            .expect("restore");
        assert_eq!(
            store.load_only().expect("load").experiments,
            vec![record],
            "{name}: a restore brings back the backup's version"
        );
    }
}

/// The coins of an experiment's pairs are fair and independent: over many draws each
/// order comes up about half the time and every pattern of four pairs appears.
#[test]
fn experiment_coins_are_fair_and_every_order_appears() {
    let draws: Vec<Vec<bool>> = (0..800).map(|_| nightcramp_store::draw_coins(4)).collect();
    assert!(draws.iter().all(|d| d.len() == 4));
    let heads = draws.iter().flatten().filter(|c| **c).count();
    // 3,200 fair coins: the share of heads is within 0.5 +- 0.04 far beyond 4 sd.
    assert!((1472..=1728).contains(&heads), "{heads} of 3200");
    let patterns: BTreeSet<Vec<bool>> = draws.into_iter().collect();
    assert_eq!(patterns.len(), 16, "every order of four pairs comes up");
    assert_eq!(nightcramp_store::draw_coins(8).len(), 8);
    assert_eq!(
        nightcramp_store::draw_coins(20).len(),
        20,
        "more than one UUID's worth"
    );
}
