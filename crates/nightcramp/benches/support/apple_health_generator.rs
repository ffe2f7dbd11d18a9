//! A realistic Apple Health `export.xml`, generated: several years of an iPhone and an Apple
//! Watch worn together (steps and distance from both, the Watch's heart rate, energy,
//! exercise and stand minutes, sleep stages), a third-party sleep app on some nights, a
//! hydration and a caffeine app, workouts with their statistics, blood-pressure
//! correlations, activity summaries, the malformed iOS 16 DTD, localized device strings with
//! escaped characters, a stray control character, daylight-saving changes and a trip abroad
//! every year. No two record lines are the same.
//!
//! It also returns the truth the importer must find: per day the steps as the Health app
//! counts them (every Watch record, and each phone record prorated by the part of it no
//! Watch record covers, to the second), the exercise minutes, and per night the seconds
//! asleep by the preferred source. Shared by the `wearables` benchmark and the CLI
//! tests (`#[path]`), so the benchmark's figures and the tests' expectations come from the
//! same file shape.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{self, Write};

use jiff::civil::Date;

/// What a correct importer finds in the generated export.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct DayTruth {
    pub steps: u64,
    pub exercise_min: u64,
    /// Seconds asleep in the night beginning this evening, by the preferred source.
    pub sleep_s: Option<u64>,
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

const WATCH: &str = "Anna\u{2019}s Apple\u{a0}Watch";
const PHONE: &str = "Anna\u{2019}s iPhone";

fn watch_device(rng: &mut Rng) -> String {
    format!(
        "&lt;&lt;HKDevice: 0x{:09x}&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:9.{}&gt;",
        rng.next() & 0xf_ffff_ffff,
        rng.below(6)
    )
}

fn phone_device(rng: &mut Rng) -> String {
    format!(
        "&lt;&lt;HKDevice: 0x{:09x}&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, software:16.{}&gt;",
        rng.next() & 0xf_ffff_ffff,
        rng.below(7)
    )
}

/// The person's UTC offset on a day, in hours: central Europe with summer time (switched at
/// month boundaries, close enough for a generator), and two weeks in New York each July.
fn offset_hours(date: Date) -> i8 {
    let travel = date.month() == 7 && (10..24).contains(&date.day());
    let summer = (4..=10).contains(&date.month());
    match (travel, summer) {
        (true, _) => -4,
        (false, true) => 2,
        (false, false) => 1,
    }
}

/// "2024-03-05 07:12:09 +0100" for a moment `seconds` after local midnight of `date`
/// (may run into the next day), written with the offset of `date`.
fn stamp(date: Date, seconds: i64, offset: i8) -> String {
    let day = date
        .checked_add(jiff::Span::new().days(seconds.div_euclid(86_400)))
        .unwrap_or(date);
    let s = seconds.rem_euclid(86_400);
    format!(
        "{day} {:02}:{:02}:{:02} {}{:02}00",
        s / 3600,
        s / 60 % 60,
        s % 60,
        if offset < 0 { '-' } else { '+' },
        offset.unsigned_abs()
    )
}

struct Plan {
    date: Date,
    offset: i8,
    wake: i64,
    bed: i64,
    watch_today: bool,
    charging_hour: i64,
    /// Per waking hour: (hour, Watch steps or None when not worn, phone steps or None).
    hours: Vec<(i64, Option<u64>, Option<u64>)>,
    /// Exercise bout: start second and minutes.
    exercise: Option<(i64, u64)>,
    workout: Option<&'static str>,
    watch_sleep: bool,
    sleep_app: bool,
    water_glasses: u64,
    coffees: u64,
}

fn plan(date: Date, index: u64, seed: u64) -> Plan {
    let mut rng = Rng(seed ^ index.wrapping_mul(0x2545_F491_4F6C_DD1D));
    let wake = 6 * 3600 + rng.below(5400) as i64;
    let bed = 22 * 3600 + rng.below(7200) as i64;
    let watch_today = !rng.chance(0.03);
    let charging_hour = 7 + rng.below(2) as i64;
    let mut hours = Vec::new();
    for hour in (wake / 3600)..=(bed / 3600 - 1) {
        let walk = if rng.chance(0.12) {
            2500 + rng.below(4000)
        } else {
            rng.below(900)
        };
        let watch = (watch_today && hour != charging_hour).then_some(walk);
        let phone = rng
            .chance(0.7)
            .then(|| (walk as f64 * (0.55 + 0.4 * rng.unit())).round() as u64);
        hours.push((hour, watch, phone));
    }
    let exercise = (watch_today && rng.chance(0.5))
        .then(|| (17 * 3600 + rng.below(3600) as i64, 15 + rng.below(50)));
    let workout = exercise.and_then(|_| {
        rng.chance(0.8).then(|| {
            [
                "Walking",
                "Running",
                "Cycling",
                "TraditionalStrengthTraining",
                "Yoga",
            ][rng.below(5) as usize]
        })
    });
    Plan {
        date,
        offset: offset_hours(date),
        wake,
        bed,
        watch_today,
        charging_hour,
        hours,
        exercise,
        workout,
        watch_sleep: rng.chance(0.9),
        sleep_app: rng.chance(0.25),
        water_glasses: if rng.chance(0.4) { 3 + rng.below(6) } else { 0 },
        coffees: if rng.chance(0.3) { 1 + rng.below(3) } else { 0 },
    }
}

/// One record line with the attributes every Apple record has.
#[allow(clippy::too_many_arguments)]
fn record(
    out: &mut impl Write,
    kind: &str,
    source: &str,
    version: &str,
    device: &str,
    unit: Option<&str>,
    start: &str,
    end: &str,
    value: &str,
    children: &str,
) -> io::Result<()> {
    write!(
        out,
        " <Record type=\"{kind}\" sourceName=\"{source}\" sourceVersion=\"{version}\""
    )?;
    if !device.is_empty() {
        write!(out, " device=\"{device}\"")?;
    }
    if let Some(unit) = unit {
        write!(out, " unit=\"{unit}\"")?;
    }
    write!(
        out,
        " creationDate=\"{end}\" startDate=\"{start}\" endDate=\"{end}\" value=\"{value}\""
    )?;
    if children.is_empty() {
        writeln!(out, "/>")
    } else {
        writeln!(out, ">\n{children} </Record>")
    }
}

/// Splits `total` into `parts` positive-ish chunks.
fn split(total: u64, parts: u64, rng: &mut Rng) -> Vec<u64> {
    let mut cuts: Vec<u64> = (1..parts).map(|_| rng.below(total + 1)).collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut last = 0;
    for c in cuts.into_iter().chain([total]) {
        out.push(c - last);
        last = c;
    }
    out
}

const DTD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 11 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
<!ELEMENT WorkoutActivity ((WorkoutEvent|WorkoutStatistics|MetadataEntry)*)>
<!ATTLIST WorkoutActivity
  uuid                  CDATA #REQUIRED
  startDate             CDATA #REQUIRED
  endDate               CDATA #IMPLIED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
>
]>
"#;

/// Writes an export covering `days` days ending on 2026-10-31, and returns the truth.
pub fn generate(
    out: &mut impl Write,
    days: u64,
    seed: u64,
) -> io::Result<BTreeMap<Date, DayTruth>> {
    let last = jiff::civil::date(2026, 10, 31);
    let first = last
        .checked_sub(jiff::Span::new().days(days.saturating_sub(1) as i64))
        .unwrap_or(last);
    let plans: Vec<Plan> = (0..days)
        .map(|i| {
            let date = first
                .checked_add(jiff::Span::new().days(i as i64))
                .unwrap_or(first);
            plan(date, i, seed)
        })
        .collect();
    let mut truth: BTreeMap<Date, DayTruth> = BTreeMap::new();
    let mut rng = Rng(seed ^ 0xDEAD_BEEF);

    out.write_all(DTD.as_bytes())?;
    writeln!(out, "<HealthData locale=\"de_DE\">")?;
    writeln!(out, " <ExportDate value=\"2026-11-01 08:00:00 +0100\"/>")?;
    writeln!(
        out,
        " <Me HKCharacteristicTypeIdentifierDateOfBirth=\"1968-04-02\" HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSexFemale\" HKCharacteristicTypeIdentifierBloodType=\"HKBloodTypeNotSet\" HKCharacteristicTypeIdentifierFitzpatrickSkinType=\"HKFitzpatrickSkinTypeNotSet\" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse=\"None\"/>"
    )?;

    // Steps and distance: the Watch and the phone each record the same walks.
    for kind in ["StepCount", "DistanceWalkingRunning"] {
        for p in &plans {
            let mut day_steps = 0.0f64;
            for &(hour, watch, phone) in &p.hours {
                // The Health app's rule, exactly (to the second): every Watch record, and
                // each phone record for the part of it no Watch record covers.
                let mut watch_spans: Vec<(i64, i64)> = Vec::new();
                for (source, steps, parts, device) in [
                    (WATCH, watch, 3 + rng.below(6), watch_device(&mut rng)),
                    (PHONE, phone, 1 + rng.below(3), phone_device(&mut rng)),
                ] {
                    let Some(steps) = steps else { continue };
                    let chunks = split(steps, parts, &mut rng);
                    let width = 3600 / chunks.len() as i64;
                    for (i, chunk) in chunks.iter().enumerate() {
                        let s = hour * 3600 + i as i64 * width + rng.below(width as u64 / 2) as i64;
                        let e = s + 60 + rng.below(width as u64 / 2) as i64;
                        let (unit, value) = if kind == "StepCount" {
                            ("count", chunk.to_string())
                        } else {
                            ("km", format!("{:.5}", *chunk as f64 * 0.000_72))
                        };
                        let e = e.min(hour * 3600 + 3599);
                        if source == WATCH {
                            watch_spans.push((s, e));
                            day_steps += *chunk as f64;
                        } else {
                            // The Watch's records as one union (they may touch).
                            let mut merged: Vec<(i64, i64)> = Vec::new();
                            let mut spans = watch_spans.clone();
                            spans.sort_unstable();
                            for (ws, we) in spans {
                                match merged.last_mut() {
                                    Some(last) if ws <= last.1 => last.1 = last.1.max(we),
                                    _ => merged.push((ws, we)),
                                }
                            }
                            let covered: i64 = merged
                                .iter()
                                .map(|(ws, we)| (e.min(*we) - s.max(*ws)).max(0))
                                .sum();
                            let length = (e - s).max(1);
                            day_steps += *chunk as f64 * (length - covered.min(length)) as f64
                                / length as f64;
                        }
                        record(
                            out,
                            &format!("HKQuantityTypeIdentifier{kind}"),
                            source,
                            if source == WATCH { "9.1" } else { "16.1.1" },
                            &device,
                            Some(unit),
                            &stamp(p.date, s, p.offset),
                            &stamp(p.date, e, p.offset),
                            &value,
                            "",
                        )?;
                    }
                }
            }
            if kind == "StepCount" {
                truth.entry(p.date).or_default().steps = day_steps.round() as u64;
            }
        }
    }

    // Heart rate: the Watch every few minutes, day and night, with its motion context.
    for p in &plans {
        if !p.watch_today {
            continue;
        }
        let mut t = 0i64;
        while t < 86_400 {
            let bpm = if t > p.wake && t < p.bed {
                62 + rng.below(40)
            } else {
                50 + rng.below(12)
            };
            let s = stamp(p.date, t, p.offset);
            record(
                out,
                "HKQuantityTypeIdentifierHeartRate",
                WATCH,
                "9.1",
                &watch_device(&mut rng),
                Some("count/min"),
                &s,
                &s,
                &bpm.to_string(),
                &format!(
                    "  <MetadataEntry key=\"HKMetadataKeyHeartRateMotionContext\" value=\"{}\"/>\n",
                    rng.below(2)
                ),
            )?;
            t += 150 + rng.below(300) as i64;
        }
    }

    // Active and basal energy.
    for (kind, every) in [("ActiveEnergyBurned", 240u64), ("BasalEnergyBurned", 1200)] {
        for p in plans.iter().filter(|p| p.watch_today) {
            let mut t = p.wake;
            while t < p.bed {
                let len = every as i64 / 2 + rng.below(every) as i64;
                record(
                    out,
                    &format!("HKQuantityTypeIdentifier{kind}"),
                    WATCH,
                    "9.1",
                    &watch_device(&mut rng),
                    Some("kcal"),
                    &stamp(p.date, t, p.offset),
                    &stamp(p.date, t + len, p.offset),
                    &format!("{:.3}", rng.unit() * len as f64 / 20.0),
                    "",
                )?;
                t += len;
            }
        }
    }

    // Exercise minutes: one record a minute of the bout.
    for p in &plans {
        let Some((start, minutes)) = p.exercise else {
            continue;
        };
        truth.entry(p.date).or_default().exercise_min = minutes;
        for m in 0..minutes as i64 {
            record(
                out,
                "HKQuantityTypeIdentifierAppleExerciseTime",
                WATCH,
                "9.1",
                &watch_device(&mut rng),
                Some("min"),
                &stamp(p.date, start + m * 60, p.offset),
                &stamp(p.date, start + m * 60 + 60, p.offset),
                "1",
                "",
            )?;
        }
    }

    // Stand minutes, a few each waking hour.
    for p in plans.iter().filter(|p| p.watch_today) {
        for &(hour, watch, _) in &p.hours {
            if watch.is_none() {
                continue;
            }
            let s = hour * 3600 + rng.below(3000) as i64;
            record(
                out,
                "HKQuantityTypeIdentifierAppleStandTime",
                WATCH,
                "9.1",
                &watch_device(&mut rng),
                Some("min"),
                &stamp(p.date, s, p.offset),
                &stamp(p.date, s + 300, p.offset),
                &(1 + rng.below(5)).to_string(),
                "",
            )?;
        }
    }

    // Water (mL) from a hydration app; caffeine (mg) from a coffee app, once with a stray
    // control character in its name, as real exports have.
    for p in &plans {
        for g in 0..p.water_glasses as i64 {
            let s = stamp(p.date, p.wake + 3600 + g * 5400, p.offset);
            record(
                out,
                "HKQuantityTypeIdentifierDietaryWater",
                "WaterMinder",
                "5.2",
                "",
                Some("mL"),
                &s,
                &s,
                "250",
                "",
            )?;
        }
        for c in 0..p.coffees as i64 {
            let s = stamp(p.date, p.wake + 1800 + c * 14_400, p.offset);
            let source = if rng.chance(0.01) {
                "Caf\u{0b}fe Log"
            } else {
                "Caffeine Log"
            };
            record(
                out,
                "HKQuantityTypeIdentifierDietaryCaffeine",
                source,
                "2.0",
                "",
                Some("mg"),
                &s,
                &s,
                "95",
                "",
            )?;
        }
    }

    // Sleep: the phone's in-bed span, the Watch's stages, and on some nights a sleep app.
    for p in &plans {
        let bed = p.bed + 600;
        let wake = 86_400 + p.wake - 300;
        record(
            out,
            "HKCategoryTypeIdentifierSleepAnalysis",
            PHONE,
            "16.1.1",
            "",
            None,
            &stamp(p.date, p.bed, p.offset),
            &stamp(p.date, wake + 600, p.offset),
            "HKCategoryValueSleepAnalysisInBed",
            "",
        )?;
        let mut watch_asleep = 0u64;
        if p.watch_sleep && p.watch_today {
            let mut t = bed;
            while t < wake {
                let len = (600 + rng.below(3000) as i64).min(wake - t);
                let stage = [
                    "AsleepCore",
                    "AsleepCore",
                    "AsleepDeep",
                    "AsleepREM",
                    "Awake",
                ][rng.below(5) as usize];
                if stage != "Awake" {
                    watch_asleep += len as u64;
                }
                record(
                    out,
                    "HKCategoryTypeIdentifierSleepAnalysis",
                    WATCH,
                    "9.1",
                    &watch_device(&mut rng),
                    None,
                    &stamp(p.date, t, p.offset),
                    &stamp(p.date, t + len, p.offset),
                    &format!("HKCategoryValueSleepAnalysis{stage}"),
                    "",
                )?;
                t += len;
            }
        }
        let mut app_asleep = 0u64;
        if p.sleep_app {
            // Two overlapping spans (the app rewrites its estimate): counted once.
            let (a, b) = (bed + 900, wake - 1200);
            app_asleep = (b - a) as u64;
            for (s, e) in [(a, a + (b - a) * 2 / 3), (a + (b - a) / 2, b)] {
                record(
                    out,
                    "HKCategoryTypeIdentifierSleepAnalysis",
                    "AutoSleep",
                    "7.3",
                    &phone_device(&mut rng),
                    None,
                    &stamp(p.date, s, p.offset),
                    &stamp(p.date, e, p.offset),
                    "HKCategoryValueSleepAnalysisAsleepUnspecified",
                    "",
                )?;
            }
        }
        let seconds = if watch_asleep > 0 {
            Some(watch_asleep)
        } else if app_asleep > 0 {
            Some(app_asleep)
        } else {
            None
        };
        truth.entry(p.date).or_default().sleep_s = seconds;
    }

    // Blood pressure once a week: a correlation with two nested records.
    for p in plans.iter().step_by(7) {
        let s = stamp(p.date, p.wake + 600, p.offset);
        writeln!(
            out,
            " <Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" sourceName=\"OMRON connect\" sourceVersion=\"1\" creationDate=\"{s}\" startDate=\"{s}\" endDate=\"{s}\">"
        )?;
        for (kind, v) in [
            ("Systolic", 120 + rng.below(20)),
            ("Diastolic", 75 + rng.below(10)),
        ] {
            writeln!(
                out,
                "  <Record type=\"HKQuantityTypeIdentifierBloodPressure{kind}\" sourceName=\"OMRON connect\" sourceVersion=\"1\" unit=\"mmHg\" creationDate=\"{s}\" startDate=\"{s}\" endDate=\"{s}\" value=\"{v}\"/>"
            )?;
        }
        writeln!(out, " </Correlation>")?;
    }

    // Workouts, in the iOS 16 shape: energy in WorkoutStatistics, a route file.
    for p in &plans {
        let (Some(activity), Some((start, minutes))) = (p.workout, p.exercise) else {
            continue;
        };
        let s = stamp(p.date, start, p.offset);
        let e = stamp(p.date, start + minutes as i64 * 60, p.offset);
        let kcal = minutes as f64 * (5.0 + 5.0 * rng.unit());
        writeln!(
            out,
            " <Workout workoutActivityType=\"HKWorkoutActivityType{activity}\" duration=\"{minutes}.{:03}\" durationUnit=\"min\" sourceName=\"{WATCH}\" sourceVersion=\"9.1\" device=\"{}\" creationDate=\"{e}\" startDate=\"{s}\" endDate=\"{e}\">\n  <MetadataEntry key=\"HKIndoorWorkout\" value=\"0\"/>\n  <WorkoutEvent type=\"HKWorkoutEventTypeSegment\" date=\"{s}\" duration=\"5\" durationUnit=\"min\"/>\n  <WorkoutStatistics type=\"HKQuantityTypeIdentifierActiveEnergyBurned\" startDate=\"{s}\" endDate=\"{e}\" sum=\"{kcal:.2}\" unit=\"kcal\"/>\n  <WorkoutStatistics type=\"HKQuantityTypeIdentifierHeartRate\" startDate=\"{s}\" endDate=\"{e}\" average=\"{}\" minimum=\"90\" maximum=\"160\" unit=\"count/min\"/>\n  <WorkoutRoute sourceName=\"{WATCH}\" sourceVersion=\"9.1\" creationDate=\"{e}\" startDate=\"{s}\" endDate=\"{e}\">\n   <FileReference path=\"/workout-routes/route_{}.gpx\"/>\n  </WorkoutRoute>\n </Workout>",
            rng.below(1000),
            watch_device(&mut rng),
            110 + rng.below(40),
            p.date
        )?;
    }

    for p in &plans {
        writeln!(
            out,
            " <ActivitySummary dateComponents=\"{}\" activeEnergyBurned=\"{:.3}\" activeEnergyBurnedGoal=\"450\" activeEnergyBurnedUnit=\"kcal\" appleMoveTime=\"0\" appleMoveTimeGoal=\"0\" appleExerciseTime=\"{}\" appleExerciseTimeGoal=\"30\" appleStandHours=\"{}\" appleStandHoursGoal=\"12\"/>",
            p.date,
            300.0 + rng.unit() * 400.0,
            p.exercise.map_or(0, |e| e.1),
            p.hours.len()
        )?;
    }
    writeln!(out, "</HealthData>")?;
    Ok(truth)
}
