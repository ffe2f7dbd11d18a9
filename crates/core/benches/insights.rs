//! Benchmark: the insights computation (and the checkup and plan that ride on it) over ten
//! years of daily data, goal under 50 ms for `insights::analyse`; and `experiment result` on
//! a finished 8-pair trial (the analysis at each of its seven looks), goal under 200 ms.
//!
//! Run: `cargo bench -p nightcramp-core --bench insights`. Prints the median and the
//! fastest of repeated runs; no external harness, so it builds in seconds.

use std::hint::black_box;
use std::time::{Duration, Instant};

use jiff::civil::{Date, date};
use jiff::tz::Offset;
use nightcramp_core::checkup::{Answers, run_checkup};
use nightcramp_core::domain::{
    CheckIn, Day, Diary, Episode, FactorKey, FactorValue, Muscle, Provenance, RecordedFactor, Side,
};
use nightcramp_core::factors::Builtin;
use nightcramp_core::insights::analyse;
use nightcramp_core::knowledge::Knowledge;
use nightcramp_core::nights::add_days;
use nightcramp_core::plan::build_plan;
use uuid::Uuid;

const DAYS: i64 = 3_653;
const START: Date = date(2016, 11, 1);

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) as f64 / u64::MAX as f64
    }
}

/// Ten years: every day 12 factors (built-in and custom), a cramp on about a quarter of
/// nights (sometimes two), the rest checked in, 5% of nights not logged.
fn ten_years() -> Diary {
    let mut rng = Rng(42);
    let mut diary = Diary::default();
    let offset = Offset::from_hours(1).unwrap_or(Offset::UTC);
    for i in 0..DAYS {
        let night = add_days(START, i);
        let mut factors = std::collections::BTreeMap::new();
        let mut put = |key: FactorKey, value: FactorValue| {
            factors.insert(
                key,
                RecordedFactor {
                    value,
                    source: Provenance::Typed,
                    import_said: None,
                },
            );
        };
        let standing = (rng.next() * 12.0).round();
        put(
            FactorKey::Builtin(Builtin::StandingH),
            FactorValue::Number(standing),
        );
        put(
            FactorKey::Builtin(Builtin::WaterL),
            FactorValue::Number((rng.next() * 30.0).round() / 10.0),
        );
        put(
            FactorKey::Builtin(Builtin::CaffeineDrinks),
            FactorValue::Number((rng.next() * 5.0).floor()),
        );
        put(
            FactorKey::Builtin(Builtin::AlcoholDrinks),
            FactorValue::Number((rng.next() * 3.0).floor()),
        );
        put(
            FactorKey::Builtin(Builtin::Steps),
            FactorValue::Number((3_000.0 + rng.next() * 9_000.0).round()),
        );
        put(
            FactorKey::Builtin(Builtin::ExerciseMin),
            FactorValue::Number((rng.next() * 90.0).round()),
        );
        put(
            FactorKey::Builtin(Builtin::Stretched),
            FactorValue::Bool(rng.next() < 0.6),
        );
        put(
            FactorKey::Builtin(Builtin::TightBlankets),
            FactorValue::Bool(rng.next() < 0.3),
        );
        put(
            FactorKey::Builtin(Builtin::UrineColor),
            FactorValue::Number(1.0 + (rng.next() * 7.0).floor()),
        );
        put(
            FactorKey::Builtin(Builtin::SleepPosition),
            FactorValue::Choice(
                ["back", "side", "side_curled", "stomach"][(rng.next() * 4.0) as usize % 4].into(),
            ),
        );
        put(
            FactorKey::Custom("long drive".into()),
            FactorValue::Bool(rng.next() < 0.15),
        );
        put(
            FactorKey::Custom("ate late".into()),
            FactorValue::Bool(rng.next() < 0.3),
        );
        diary.days.push(Day {
            date: night,
            factors,
        });
        let roll = rng.next();
        if roll < 0.05 {
            continue; // not logged
        }
        let p = if standing >= 9.0 { 0.4 } else { 0.2 };
        if roll < 0.05 + p {
            for k in 0..(1 + u32::from(rng.next() < 0.2)) {
                let at = add_days(night, 1).at(2 + k as i8, (rng.next() * 59.0) as i8, 0, 0);
                diary.episodes.push(Episode {
                    id: Uuid::from_u128(u128::from(i as u64) << 8 | u128::from(k)),
                    started_at: offset
                        .to_timestamp(at)
                        .unwrap_or(jiff::Timestamp::UNIX_EPOCH),
                    utc_offset: offset,
                    time_zone: None,
                    duration_s: 30 + (rng.next() * 500.0) as u32,
                    muscle: Muscle::Calf,
                    side: if rng.next() < 0.5 {
                        Side::Left
                    } else {
                        Side::Right
                    },
                    intensity: 1 + (rng.next() * 9.0) as u8,
                    woke: Some(true),
                    soreness_h: None,
                    relief: vec![],
                    notes: None,
                });
            }
        } else {
            diary.checkins.push(CheckIn {
                id: Uuid::from_u128(u128::from(i as u64)),
                night,
                sleep_disturbance: None,
                recorded_at: None,
            });
        }
    }
    diary.normalize();
    diary
}

fn measure(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name:<34} median {:>8.2} ms   fastest {:>8.2} ms   ({runs} runs)",
        times[runs / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3
    );
}

fn main() {
    let Ok(kb) = Knowledge::parse() else {
        eprintln!("knowledge base does not parse");
        return;
    };
    let diary = ten_years();
    let as_of = add_days(START, DAYS - 1);
    println!(
        "ten years: {} days, {} cramps, {} check-ins, {} factor values",
        diary.days.len(),
        diary.episodes.len(),
        diary.checkins.len(),
        diary.days.iter().map(|d| d.factors.len()).sum::<usize>()
    );
    measure("insights::analyse", 30, || {
        black_box(analyse(black_box(&diary), &kb, as_of));
    });
    let insights = analyse(&diary, &kb, as_of);
    println!("  ({} factor tests)", insights.factors.len());
    measure("checkup::run_checkup", 30, || {
        black_box(run_checkup(&kb, black_box(&diary), &Answers::new(), as_of).ok());
    });
    measure("plan::build_plan (given insights)", 30, || {
        black_box(build_plan(black_box(&diary), &kb, &insights, as_of));
    });
    let (trial, experiment) = eight_pair_trial();
    let end = experiment.end();
    let result = nightcramp_core::experiment::analyse(&kb, &experiment, &trial, end);
    println!(
        "eight-pair trial: {} nights, verdict {}, {} pairs looked at",
        experiment.schedule().len(),
        result.verdict.as_str(),
        result.pairs_complete
    );
    measure(
        "experiment::analyse (experiment result, 8 pairs)",
        20,
        || {
            black_box(nightcramp_core::experiment::analyse(
                &kb,
                black_box(&experiment),
                black_box(&trial),
                end,
            ));
        },
    );
}

/// A finished trial of 8 pairs of 14 nights with no effect: every look runs (none stops
/// it early), the slowest case for `experiment result`.
fn eight_pair_trial() -> (Diary, nightcramp_core::experiment::Experiment) {
    use nightcramp_core::experiment::{Arm, Design, Experiment, TrialChange};
    let mut rng = Rng(7);
    let change = TrialChange {
        factor: FactorKey::Builtin(Builtin::Stretched),
        target: nightcramp_core::experiment::Target::Yes,
    };
    let experiment = Experiment {
        id: "bench".into(),
        change,
        design: Design {
            pairs: 8,
            period_nights: 14,
            washout_nights: 2,
        },
        start: START,
        order: (0..8)
            .map(|i| if i % 3 == 0 { Arm::Change } else { Arm::Usual })
            .collect(),
        created_at: jiff::Timestamp::UNIX_EPOCH,
        stopped_at: None,
    };
    let mut diary = Diary::default();
    let offset = Offset::UTC;
    for n in experiment.schedule() {
        let did = n.arm == Arm::Change;
        diary.days.push(Day {
            date: n.night,
            factors: [(
                FactorKey::Builtin(Builtin::Stretched),
                RecordedFactor {
                    value: FactorValue::Bool(did),
                    source: Provenance::Typed,
                    import_said: None,
                },
            )]
            .into_iter()
            .collect(),
        });
        let mut cramps = 0;
        while rng.next() < 0.4 && cramps < 3 {
            cramps += 1;
        }
        for _ in 0..cramps {
            let Ok(at) = offset.to_timestamp(add_days(n.night, 1).at(3, 0, 0, 0)) else {
                continue;
            };
            diary.episodes.push(Episode {
                id: Uuid::new_v4(),
                started_at: at,
                utc_offset: offset,
                time_zone: None,
                duration_s: 60,
                muscle: Muscle::Calf,
                side: Side::Left,
                intensity: 5,
                woke: Some(true),
                soreness_h: None,
                relief: vec![],
                notes: None,
            });
        }
        if cramps == 0 {
            diary.checkins.push(CheckIn {
                id: Uuid::new_v4(),
                night: n.night,
                sleep_disturbance: None,
                recorded_at: None,
            });
        }
    }
    diary.normalize();
    (diary, experiment)
}
