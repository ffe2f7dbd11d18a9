//! Builders shared by the core's tests: a seedable generator, cramps, day factors and
//! simulated diaries with planted effects.

use jiff::civil::{Date, date};
use jiff::tz::Offset;
use nightcramp_core::domain::{
    CheckIn, Day, Diary, Episode, FactorKey, FactorValue, Muscle, Provenance, RecordedFactor, Side,
};
use nightcramp_core::nights::add_days;
use uuid::Uuid;

pub const START: Date = date(2025, 1, 6);

/// SplitMix64: a small, seedable generator so every diary is reproducible.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) as f64 / u64::MAX as f64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.next() < p
    }
}

pub fn cramp(night: Date) -> Episode {
    let offset = Offset::from_hours(1).expect("offset");
    Episode {
        id: Uuid::new_v4(),
        started_at: offset
            .to_timestamp(add_days(night, 1).at(3, 0, 0, 0))
            .expect("valid"),
        utc_offset: offset,
        time_zone: None,
        duration_s: 90,
        muscle: Muscle::Calf,
        side: Side::Left,
        intensity: 5,
        woke: Some(true),
        soreness_h: None,
        relief: vec![],
        notes: None,
    }
}

/// A cramp-free night's check-in.
pub fn quiet(night: Date) -> CheckIn {
    CheckIn {
        id: Uuid::new_v4(),
        night,
        sleep_disturbance: None,
        recorded_at: None,
    }
}

pub fn set(diary: &mut Diary, day: Date, key: FactorKey, value: FactorValue) {
    if let Some(d) = diary.days.iter_mut().find(|d| d.date == day) {
        d.factors.insert(
            key,
            RecordedFactor {
                value,
                source: Provenance::Typed,
                import_said: None,
            },
        );
    } else {
        diary.days.push(Day {
            date: day,
            factors: [(
                key,
                RecordedFactor {
                    value,
                    source: Provenance::Typed,
                    import_said: None,
                },
            )]
            .into_iter()
            .collect(),
        });
    }
}

/// `nights` nights, all logged. `exposures(rng, night)` gives the day's factors, and
/// `risk(factors of that day, factors of the day before)` the chance of a cramp.
pub fn simulate(
    seed: u64,
    nights: i64,
    day_factors: impl Fn(&mut Rng, i64) -> Vec<(FactorKey, FactorValue)>,
    risk: impl Fn(&[(FactorKey, FactorValue)], &[(FactorKey, FactorValue)]) -> f64,
) -> Diary {
    let mut rng = Rng(seed);
    let mut diary = Diary::default();
    let mut yesterday: Vec<(FactorKey, FactorValue)> = Vec::new();
    for i in 0..nights {
        let night = add_days(START, i);
        let today = day_factors(&mut rng, i);
        for (k, v) in &today {
            set(&mut diary, night, k.clone(), v.clone());
        }
        if rng.chance(risk(&today, &yesterday)) {
            diary.episodes.push(cramp(night));
        } else {
            diary.checkins.push(quiet(night));
        }
        yesterday = today;
    }
    diary.normalize();
    diary
}
