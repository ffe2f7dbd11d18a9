/*!
Personal experiments (experiments.md): a randomised n-of-1 trial of one change on one
person's own nights, from the change's parsing to the verdict.

The pieces, in the order a trial lives them:

- [`TrialChange`]: what is tested (`stretched`, `caffeine_drinks=0`), parsed against the
  factor table and refused for medicines, supplements and things nobody chooses;
- [`plan`]: the defaults and the baseline check, giving an [`Experiment`] whose schedule is
  fixed by the pair order drawn once by the caller (the core has no random source);
- [`Experiment::night`]: each night's arm, period and washout, computed from the stored
  design, never stored night by night, so nothing can drift;
- [`analyse`]: the Bayesian Poisson model with a random effect per period
  ([`posterior`]), the verdicts and the early-stopping looks.

The stored form is [`ExperimentRecord`] (plain fields and a seal); it becomes an
`Experiment` only through [`Experiment::from_record`], which refuses a schedule edited by
hand. Sentences come from the knowledge base's templates (`experiment.*`), never from here.
*/

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};
use serde::Serialize;

use crate::domain::{Diary, ExperimentRecord, FactorKey, FactorValue, NightStatus};
use crate::factors::{Builtin, FactorKind, FactorRole, parse_factor_key, parse_value};
use crate::knowledge::Knowledge;
use crate::language::Message;
use crate::nights::NightIndex;

/// Nights of the run-in before the first period (experiments.md, rule F4's two weeks).
pub const BASELINE_NIGHTS: i32 = 14;
/// Of the baseline's nights, how many must be logged to judge it.
pub const BASELINE_MIN_KNOWN: u32 = 10;
/// Cramp nights a week in the baseline below which a trial would take too long (F4).
pub const MIN_CRAMP_NIGHTS_A_WEEK: f64 = 2.0;
/// Cramp nights a week from which periods are one week, not two ("nearly every night").
pub const NEARLY_EVERY_NIGHT: f64 = 6.0;
pub const DEFAULT_PAIRS: u8 = 4;
pub const MIN_PAIRS: u8 = 2;
pub const MAX_PAIRS: u8 = 8;
pub const DEFAULT_PERIOD_NIGHTS: u8 = 14;
pub const SHORT_PERIOD_NIGHTS: u8 = 7;
pub const MIN_PERIOD_NIGHTS: u8 = 7;
pub const MAX_PERIOD_NIGHTS: u8 = 28;
/// The smallest change worth having: at least 20% fewer cramps.
pub const MEANINGFUL_RATE_RATIO: f64 = 0.8;
/// Below this share of adherent nights the result is said to be weakened.
pub const ADHERENCE_WEAKENS_BELOW: f64 = 0.8;
/// Analysed known nights each arm needs before any verdict.
pub const MIN_NIGHTS_PER_ARM: u32 = 5;

/// Which side of a pair a night is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Arm {
    Change,
    Usual,
}

impl Arm {
    pub fn as_str(self) -> &'static str {
        match self {
            Arm::Change => "change",
            Arm::Usual => "usual",
        }
    }

    pub fn other(self) -> Arm {
        match self {
            Arm::Change => Arm::Usual,
            Arm::Usual => Arm::Change,
        }
    }
}

/// What a "change" night means for the factor.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Yes,
    No,
    AtLeast(f64),
    AtMost(f64),
    Is(String),
}

/// The change under test: a factor and what doing the change means for it.
#[derive(Debug, Clone, PartialEq)]
pub struct TrialChange {
    pub factor: FactorKey,
    pub target: Target,
}

/// Why an experiment cannot start or be read. Exit 2 for what the person typed, 3 for a
/// refusal of the request itself.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message())]
pub enum ExperimentError {
    UnknownFactor {
        given: String,
        allowed: Message,
    },
    BadValue {
        given: String,
        reason: Message,
    },
    Refused {
        given: String,
        reason: Message,
    },
    BadOption {
        option: &'static str,
        given: String,
        allowed: Message,
    },
    PastStart {
        given: Date,
        tonight: Date,
    },
    AlreadyRunning {
        change: String,
        start: Date,
    },
    BaselineNotLogged {
        known: u32,
        start: Date,
    },
    TooFewCramps(Message),
    Tampered {
        /// The record's id, to find it again; the message names the change instead.
        id: String,
        change: String,
        start: Date,
        detail: String,
    },
}

impl ExperimentError {
    /// What went wrong, said in whichever language its reader reads.
    pub fn message(&self) -> Message {
        match self {
            ExperimentError::UnknownFactor { given, allowed } => {
                Message::new("error.experiment.change")
                    .with("given", format!("{given:?}"))
                    .with_message("why", allowed.clone())
            }
            ExperimentError::BadValue { given, reason }
            | ExperimentError::Refused { given, reason } => Message::new("error.experiment.change")
                .with("given", format!("{given:?}"))
                .with_message("why", reason.clone()),
            ExperimentError::BadOption {
                option,
                given,
                allowed,
            } => Message::new("error.experiment.option")
                .with("option", option)
                .with("given", given)
                .with_message("allowed", allowed.clone()),
            ExperimentError::PastStart { given, tonight } => {
                Message::new("error.experiment.past_start")
                    .with("given", given)
                    .with("tonight", tonight)
            }
            ExperimentError::AlreadyRunning { change, start } => {
                Message::new("error.experiment.already_running")
                    .with("change", change)
                    .with("start", start)
            }
            ExperimentError::BaselineNotLogged { known, start } => {
                Message::new("error.experiment.baseline")
                    .with("known", known)
                    .with("nights", BASELINE_NIGHTS)
                    .with("start", start)
                    .with("needed", BASELINE_MIN_KNOWN)
            }
            ExperimentError::TooFewCramps(m) => m.clone(),
            ExperimentError::Tampered {
                change,
                start,
                detail,
                ..
            } => Message::new("error.experiment.tampered")
                .with("change", change)
                .with("start", start)
                .with("detail", detail),
        }
    }

    /// Exit status: 2 for a value the person typed, 3 for a refused request.
    pub fn exit_code(&self) -> i32 {
        match self {
            ExperimentError::UnknownFactor { .. }
            | ExperimentError::BadValue { .. }
            | ExperimentError::BadOption { .. }
            | ExperimentError::PastStart { .. } => 2,
            _ => 3,
        }
    }
}

/// Words in a custom factor's name that say it is a medicine or a supplement.
const PRESCRIBER_WORDS: &[&str] = &[
    "magnesium",
    "quinine",
    "supplement",
    "vitamin",
    "pill",
    "tablet",
    "capsule",
    "medicine",
    "medication",
    "drug",
    "dose",
    "mg",
    "potassium",
    "calcium",
    "zinc",
    "iron",
    "b12",
];

impl TrialChange {
    /// Parses `FACTOR[=VALUE]` as typed for `experiment start --change`, with the product's
    /// refusals: a medicine or supplement (a prescriber's trial), something measured rather
    /// than chosen.
    pub fn parse(text: &str, knowledge: &Knowledge) -> Result<TrialChange, ExperimentError> {
        let change = TrialChange::parse_stored(text)?;
        let refuse = |key: &'static str| ExperimentError::Refused {
            given: text.to_string(),
            reason: Message::new(key),
        };
        match &change.factor {
            FactorKey::Builtin(b) => match b.role() {
                FactorRole::Medicine | FactorRole::Supplement => {
                    return Err(refuse("experiment.refused.prescriber"));
                }
                FactorRole::Observation => return Err(refuse("experiment.refused.observation")),
                _ => {}
            },
            FactorKey::Custom(name) => {
                let lower = name.to_lowercase();
                let named_medicine = knowledge.class_for_name(name).is_some()
                    || lower
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| PRESCRIBER_WORDS.contains(&w));
                if named_medicine {
                    return Err(refuse("experiment.refused.prescriber"));
                }
            }
        }
        Ok(change)
    }

    /// Parses the canonical text of a stored change (no refusals: it was accepted once).
    pub fn parse_stored(text: &str) -> Result<TrialChange, ExperimentError> {
        let (name, value) = match text.split_once('=') {
            Some((n, v)) => (n.trim(), Some(v.trim())),
            None => (text.trim(), None),
        };
        let factor = parse_factor_key(name).map_err(|e| ExperimentError::UnknownFactor {
            given: text.to_string(),
            allowed: Message::new("error.experiment.not_a_factor")
                .with_message("allowed", e.allowed),
        })?;
        let bad = |reason: Message| ExperimentError::BadValue {
            given: text.to_string(),
            reason,
        };
        let role = match &factor {
            FactorKey::Builtin(b) => b.role(),
            FactorKey::Custom(_) => FactorRole::Own,
        };
        let kind = match &factor {
            FactorKey::Builtin(b) => Some(b.kind()),
            FactorKey::Custom(_) => None,
        };
        let target = match (kind, value) {
            (Some(FactorKind::Bool) | None, None) => {
                // A cause is tested by avoiding it (`tight_blankets`: loose blankets), a step
                // by doing it.
                if role == FactorRole::Cause {
                    Target::No
                } else {
                    Target::Yes
                }
            }
            (Some(FactorKind::Bool), Some(v)) => match crate::factors::parse_bool(v) {
                Ok(true) => Target::Yes,
                Ok(false) => Target::No,
                Err(e) => {
                    return Err(bad(Message::new("error.experiment.takes")
                        .with("name", name)
                        .with_message("allowed", e.allowed)));
                }
            },
            (Some(FactorKind::Number { .. }), None) => {
                return Err(bad(
                    Message::new("error.experiment.how_much").with("name", name)
                ));
            }
            (Some(FactorKind::Choice(options)), None) => {
                return Err(bad(Message::new("error.experiment.which")
                    .with("name", name)
                    .with("example", options.first().copied().unwrap_or("..."))));
            }
            (_, Some(v)) => match parse_value(&factor, v) {
                Ok(FactorValue::Bool(true)) => Target::Yes,
                Ok(FactorValue::Bool(false)) => Target::No,
                Ok(FactorValue::Number(n)) => {
                    if role == FactorRole::Cause || n == 0.0 {
                        Target::AtMost(n)
                    } else {
                        Target::AtLeast(n)
                    }
                }
                Ok(FactorValue::Choice(c)) => Target::Is(c),
                Err(e) => {
                    return Err(bad(
                        Message::new("error.experiment.needs").with_message("allowed", e.allowed)
                    ));
                }
            },
        };
        Ok(TrialChange { factor, target })
    }

    /// The canonical text, as stored and shown in JSON (`stretched`, `caffeine_drinks=0`).
    pub fn text(&self) -> String {
        let column = self.factor.column();
        let number = crate::domain::format_number;
        match (&self.target, &self.factor) {
            (Target::Yes, FactorKey::Builtin(b)) if b.role() != FactorRole::Cause => column,
            (Target::Yes, FactorKey::Custom(_)) => column,
            (Target::No, FactorKey::Builtin(b)) if b.role() == FactorRole::Cause => column,
            (Target::Yes, _) => format!("{column}=yes"),
            (Target::No, _) => format!("{column}=no"),
            (Target::AtLeast(n) | Target::AtMost(n), _) => format!("{column}={}", number(*n)),
            (Target::Is(c), _) => format!("{column}={c}"),
        }
    }

    /// Whether the change was made, from the day's logged value (`None`: cannot tell).
    pub fn made(&self, value: &FactorValue) -> Option<bool> {
        match (&self.target, value) {
            (Target::Yes, FactorValue::Bool(b)) => Some(*b),
            (Target::No, FactorValue::Bool(b)) => Some(!*b),
            (Target::AtLeast(t), FactorValue::Number(n)) => Some(n >= t),
            (Target::AtMost(t), FactorValue::Number(n)) => Some(n <= t),
            (Target::Is(c), FactorValue::Choice(v)) => Some(v == c),
            _ => None,
        }
    }

    /// Whether the diary says the change was made on day `date` (the day before night
    /// `date`).
    pub fn made_on(&self, diary: &Diary, date: Date) -> Option<bool> {
        let day = diary
            .days
            .binary_search_by_key(&date, |d| d.date)
            .ok()
            .and_then(|i| diary.days.get(i))?;
        day.factors
            .get(&self.factor)
            .and_then(|f| self.made(&f.value))
    }

    /// What a person does on a change night, in the knowledge base's words ("stretch your
    /// calves before bed").
    pub fn doing(&self, knowledge: &Knowledge) -> String {
        if let Ok(s) = knowledge.message(&format!("experiment.do.{}", self.text()), &[]) {
            return s;
        }
        let label = self.factor.label(knowledge);
        let number = |n: f64| knowledge.language.number_up_to(n, 2);
        let (key, value) = match &self.target {
            Target::Yes => ("experiment.do.yes", String::new()),
            Target::No => ("experiment.do.no", String::new()),
            Target::AtLeast(n) => ("experiment.do.at_least", number(*n)),
            Target::AtMost(n) if *n == 0.0 => ("experiment.do.none", String::new()),
            Target::AtMost(n) => ("experiment.do.at_most", number(*n)),
            Target::Is(c) => (
                "experiment.do.is",
                match &self.factor {
                    FactorKey::Builtin(b) => b.choice_label(c, knowledge),
                    FactorKey::Custom(_) => c.clone(),
                },
            ),
        };
        knowledge
            .message(key, &[("label", &label), ("value", &value)])
            .unwrap_or(label)
    }

    /// Numeric changes and caffeine or alcohol may carry over: one more washout night.
    fn carries_over(&self) -> bool {
        matches!(self.target, Target::AtLeast(_) | Target::AtMost(_))
            || matches!(
                self.factor,
                FactorKey::Builtin(Builtin::CaffeineDrinks | Builtin::AlcoholDrinks)
            )
    }
}

/// The design of a trial: pairs of periods, their length and their washout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Design {
    pub pairs: u8,
    pub period_nights: u8,
    pub washout_nights: u8,
}

/// A validated experiment, its schedule fixed.
#[derive(Debug, Clone, PartialEq)]
pub struct Experiment {
    pub id: String,
    pub change: TrialChange,
    pub design: Design,
    pub start: Date,
    /// The first period's arm in each pair, drawn once at the start.
    pub order: Vec<Arm>,
    pub created_at: Timestamp,
    pub stopped_at: Option<Timestamp>,
}

/// One night of the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScheduledNight {
    pub night: Date,
    pub arm: Arm,
    /// 1-based, across the whole trial.
    pub period: u8,
    #[serde(skip)]
    pub pair: u8,
    pub washout: bool,
}

impl Experiment {
    pub fn total_nights(&self) -> i32 {
        i32::from(self.design.pairs) * 2 * i32::from(self.design.period_nights)
    }

    /// The last night of the schedule.
    pub fn end(&self) -> Date {
        self.start
            .checked_add((self.total_nights() - 1).days())
            .unwrap_or(self.start)
    }

    /// The night's place in the schedule, if it has one.
    pub fn night(&self, night: Date) -> Option<ScheduledNight> {
        let index = self.start.until(night).ok()?.get_days();
        if index < 0 || index >= self.total_nights() {
            return None;
        }
        let period_len = i32::from(self.design.period_nights);
        let pair = index / (2 * period_len);
        let second = (index % (2 * period_len)) / period_len;
        let first_arm = *self.order.get(usize::try_from(pair).ok()?)?;
        let arm = if second == 0 {
            first_arm
        } else {
            first_arm.other()
        };
        Some(ScheduledNight {
            night,
            arm,
            period: u8::try_from(pair * 2 + second + 1).ok()?,
            pair: u8::try_from(pair + 1).ok()?,
            washout: index % period_len < i32::from(self.design.washout_nights),
        })
    }

    /// Every night from the start to the end.
    pub fn schedule(&self) -> Vec<ScheduledNight> {
        let mut out = Vec::with_capacity(usize::try_from(self.total_nights()).unwrap_or(0));
        let mut night = self.start;
        for _ in 0..self.total_nights() {
            if let Some(s) = self.night(night) {
                out.push(s);
            }
            match night.tomorrow() {
                Ok(next) => night = next,
                Err(_) => break,
            }
        }
        out
    }

    /// The last night of pair `pair` (1-based).
    pub fn pair_end(&self, pair: u8) -> Date {
        let nights = i32::from(pair) * 2 * i32::from(self.design.period_nights) - 1;
        self.start.checked_add(nights.days()).unwrap_or(self.start)
    }

    /// Pairs whose every night is on or before `last_night`.
    pub fn pairs_complete(&self, last_night: Date) -> u8 {
        (1..=self.design.pairs)
            .take_while(|p| self.pair_end(*p) <= last_night)
            .last()
            .unwrap_or(0)
    }

    /// The stored form, sealed.
    pub fn record(&self) -> ExperimentRecord {
        let mut r = ExperimentRecord {
            id: self.id.clone(),
            change: self.change.text(),
            start: self.start,
            pairs: self.design.pairs,
            period_nights: self.design.period_nights,
            washout_nights: self.design.washout_nights,
            order: order_text(&self.order),
            created_at: self.created_at,
            stopped_at: self.stopped_at,
            seal: String::new(),
        };
        r.seal = seal(&r);
        r
    }

    /// The experiment a stored record holds, refused when the record was edited by hand
    /// (an order that does not fit, a design out of range, a seal that does not match).
    pub fn from_record(r: &ExperimentRecord) -> Result<Experiment, ExperimentError> {
        let tampered = |detail: String| ExperimentError::Tampered {
            id: r.id.clone(),
            change: r.change.clone(),
            start: r.start,
            detail,
        };
        if seal(r) != r.seal {
            return Err(tampered("its seal no longer matches".into()));
        }
        let order: Vec<Arm> = r
            .order
            .split(',')
            .map(|p| match p {
                "CU" => Ok(Arm::Change),
                "UC" => Ok(Arm::Usual),
                other => Err(tampered(format!("pair order {other:?}"))),
            })
            .collect::<Result<_, _>>()?;
        if !(MIN_PAIRS..=MAX_PAIRS).contains(&r.pairs) || order.len() != usize::from(r.pairs) {
            return Err(tampered(format!(
                "{} pairs with {} orders",
                r.pairs,
                order.len()
            )));
        }
        if !(MIN_PERIOD_NIGHTS..=MAX_PERIOD_NIGHTS).contains(&r.period_nights)
            || r.washout_nights >= r.period_nights / 2
        {
            return Err(tampered(format!(
                "periods of {} nights with {} washout",
                r.period_nights, r.washout_nights
            )));
        }
        let change = TrialChange::parse_stored(&r.change)
            .map_err(|e| tampered(format!("the change: {e}")))?;
        Ok(Experiment {
            id: r.id.clone(),
            change,
            design: Design {
                pairs: r.pairs,
                period_nights: r.period_nights,
                washout_nights: r.washout_nights,
            },
            start: r.start,
            order,
            created_at: r.created_at,
            stopped_at: r.stopped_at,
        })
    }
}

fn order_text(order: &[Arm]) -> String {
    order
        .iter()
        .map(|a| match a {
            Arm::Change => "CU",
            Arm::Usual => "UC",
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A 64-bit FNV-1a digest of every field but `stopped_at`: it makes a hand edit of the
/// schedule visible (it is tamper-evidence against accidents, not a cryptographic lock; a
/// person may of course edit their own database).
pub fn seal(r: &ExperimentRecord) -> String {
    let text = format!(
        "{}|{}|{}|{}|{}|{}|{}|{}",
        r.id,
        r.change,
        r.start,
        r.pairs,
        r.period_nights,
        r.washout_nights,
        r.order,
        r.created_at.as_millisecond()
    );
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// How often cramps came in the run-in before the first period.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Baseline {
    pub first: Date,
    pub last: Date,
    pub known_nights: u32,
    pub cramp_nights: u32,
    pub cramps: u32,
    /// Cramp nights a week among the known nights; `None` when none is known.
    pub cramp_nights_a_week: Option<f64>,
    /// Whether the baseline's last night has passed.
    pub complete: bool,
}

/// The baseline of a trial starting `start`, as the diary holds it through `last_night`.
pub fn baseline(diary: &Diary, start: Date, last_night: Date) -> Baseline {
    let index = NightIndex::new(diary);
    let first = start.checked_sub(BASELINE_NIGHTS.days()).unwrap_or(start);
    let last = start.yesterday().unwrap_or(start);
    let (mut known, mut cramp_nights, mut cramps) = (0, 0, 0);
    let mut night = first;
    while night <= last && night <= last_night {
        match index.status(night) {
            NightStatus::Cramps => {
                known += 1;
                cramp_nights += 1;
                cramps += index.episodes(night);
            }
            NightStatus::NoCramps => known += 1,
            NightStatus::Unknown => {}
        }
        match night.tomorrow() {
            Ok(n) => night = n,
            Err(_) => break,
        }
    }
    Baseline {
        first,
        last,
        known_nights: known,
        cramp_nights,
        cramps,
        cramp_nights_a_week: (known > 0).then(|| f64::from(cramp_nights) * 7.0 / f64::from(known)),
        complete: last <= last_night,
    }
}

/// What `experiment start` asks for, raw from the command line or a form.
#[derive(Debug, Clone, Default)]
pub struct StartRequest {
    pub change: String,
    pub pairs: Option<u8>,
    pub period_nights: Option<u8>,
    pub washout_nights: Option<u8>,
    pub start: Option<Date>,
}

/// Plans a new experiment: validates the request against the diary (one at a time, the
/// baseline, the ranges) and fixes the schedule with `draw`, which gives one fair coin per
/// pair (`true`: the change comes first) from the caller's random source: the core has
/// none. It is asked only once the request is valid, for exactly the pairs it asks for.
pub fn plan(
    knowledge: &Knowledge,
    diary: &Diary,
    request: &StartRequest,
    tonight: Date,
    now: Timestamp,
    id: String,
    draw: impl FnOnce(u8) -> Vec<bool>,
) -> Result<Experiment, ExperimentError> {
    let change = TrialChange::parse(&request.change, knowledge)?;
    for r in &diary.experiments {
        if let Ok(e) = Experiment::from_record(r) {
            if e.stopped_at.is_none() && e.end() >= tonight {
                return Err(ExperimentError::AlreadyRunning {
                    change: e.change.text(),
                    start: e.start,
                });
            }
        } else if r.stopped_at.is_none() {
            // A damaged record that was never stopped still counts as running: the person
            // must end it before starting another.
            return Err(ExperimentError::AlreadyRunning {
                change: r.change.clone(),
                start: r.start,
            });
        }
    }
    let pairs = request.pairs.unwrap_or(DEFAULT_PAIRS);
    if !(MIN_PAIRS..=MAX_PAIRS).contains(&pairs) {
        return Err(ExperimentError::BadOption {
            option: "--pairs",
            given: pairs.to_string(),
            allowed: Message::new("allowed.pairs")
                .with("min", MIN_PAIRS)
                .with("max", MAX_PAIRS),
        });
    }
    let last_night = tonight.yesterday().unwrap_or(tonight);
    let start = match request.start {
        Some(s) if s < tonight => {
            return Err(ExperimentError::PastStart { given: s, tonight });
        }
        Some(s) => s,
        None => {
            let logged = baseline(diary, tonight, last_night);
            if logged.known_nights >= BASELINE_MIN_KNOWN {
                tonight
            } else {
                tonight
                    .checked_add(BASELINE_NIGHTS.days())
                    .unwrap_or(tonight)
            }
        }
    };
    let base = baseline(diary, start, last_night);
    if base.complete {
        if base.known_nights < BASELINE_MIN_KNOWN {
            return Err(ExperimentError::BaselineNotLogged {
                known: base.known_nights,
                start,
            });
        }
        let rate = base.cramp_nights_a_week.unwrap_or(0.0);
        if rate < MIN_CRAMP_NIGHTS_A_WEEK {
            return Err(ExperimentError::TooFewCramps(too_few_cramps(rate, pairs)));
        }
    }
    let period_nights = match request.period_nights {
        Some(n) if !(MIN_PERIOD_NIGHTS..=MAX_PERIOD_NIGHTS).contains(&n) => {
            return Err(ExperimentError::BadOption {
                option: "--period-nights",
                given: n.to_string(),
                allowed: Message::new("allowed.period_nights")
                    .with("min", MIN_PERIOD_NIGHTS)
                    .with("max", MAX_PERIOD_NIGHTS),
            });
        }
        Some(n) => n,
        None if base.complete
            && base
                .cramp_nights_a_week
                .is_some_and(|r| r >= NEARLY_EVERY_NIGHT) =>
        {
            SHORT_PERIOD_NIGHTS
        }
        None => DEFAULT_PERIOD_NIGHTS,
    };
    let washout_nights = match request.washout_nights {
        Some(n) if n >= period_nights / 2 => {
            return Err(ExperimentError::BadOption {
                option: "--washout-nights",
                given: n.to_string(),
                allowed: Message::new("allowed.washout")
                    .with("nights", period_nights)
                    .with("max", period_nights / 2 - 1),
            });
        }
        Some(n) => n,
        None if change.carries_over() => 3,
        None => 2,
    };
    let coins = draw(pairs);
    if coins.len() < usize::from(pairs) {
        return Err(ExperimentError::BadOption {
            option: "the random draw",
            given: coins.len().to_string(),
            allowed: Message::new("allowed.coins").with("pairs", pairs),
        });
    }
    let order = coins
        .iter()
        .take(usize::from(pairs))
        .map(|c| if *c { Arm::Change } else { Arm::Usual })
        .collect();
    Ok(Experiment {
        id,
        change,
        design: Design {
            pairs,
            period_nights,
            washout_nights,
        },
        start,
        order,
        created_at: now,
        stopped_at: None,
    })
}

/// "Too few cramps to tell in reasonable time", with the estimate: the information a trial
/// gathers grows with the cramp nights it sees, so at a lower rate it takes proportionally
/// longer than the default design's weeks.
fn too_few_cramps(rate: f64, pairs: u8) -> Message {
    let weeks = f64::from(pairs) * 2.0 * f64::from(DEFAULT_PERIOD_NIGHTS) / 7.0;
    let needed = if rate > 0.0 {
        (weeks * MIN_CRAMP_NIGHTS_A_WEEK / rate).ceil()
    } else {
        f64::INFINITY
    };
    let key = if needed.is_finite() {
        "experiment.refused.too_few"
    } else {
        "experiment.refused.none"
    };
    Message::new(key)
        .with_number("rate", rate, 1)
        .with_number("minimum", MIN_CRAMP_NIGHTS_A_WEEK, 1)
        .with_number("weeks", weeks, 1)
        .with_number("needed", if needed.is_finite() { needed } else { 0.0 }, 1)
}

/// The status of an experiment on `tonight`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Baseline,
    Running,
    Finished,
    Stopped,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Baseline => "baseline",
            Status::Running => "running",
            Status::Finished => "finished",
            Status::Stopped => "stopped",
        }
    }
}

/// The verdicts of experiments.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    LikelyHelps,
    LikelyWorse,
    NoMeaningfulBenefit,
    Unclear,
    NotEnoughData,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::LikelyHelps => "likely_helps",
            Verdict::LikelyWorse => "likely_worse",
            Verdict::NoMeaningfulBenefit => "no_meaningful_benefit",
            Verdict::Unclear => "unclear",
            Verdict::NotEnoughData => "not_enough_data",
        }
    }
}

/// Why a trial ended before its schedule did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EarlyStop {
    Benefit,
    Harm,
}

/// One period's outcome, from its analysed nights (known, outside the washout).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PeriodOutcome {
    pub period: u8,
    pub pair: u8,
    pub arm: Arm,
    pub nights: u32,
    pub cramps: u32,
    pub cramp_nights: u32,
    pub unknown: u32,
    pub washout: u32,
    /// Analysed nights on which the diary says whether the change was made.
    pub adherence_known: u32,
    pub adherent: u32,
}

/// The outcomes of the first `pairs` pairs.
pub fn outcomes(experiment: &Experiment, diary: &Diary, pairs: u8) -> Vec<PeriodOutcome> {
    let index = NightIndex::new(diary);
    let mut out: Vec<PeriodOutcome> = Vec::new();
    for n in experiment
        .schedule()
        .into_iter()
        .filter(|n| n.pair <= pairs)
    {
        if out.last().is_none_or(|p| p.period != n.period) {
            out.push(PeriodOutcome {
                period: n.period,
                pair: n.pair,
                arm: n.arm,
                nights: 0,
                cramps: 0,
                cramp_nights: 0,
                unknown: 0,
                washout: 0,
                adherence_known: 0,
                adherent: 0,
            });
        }
        let Some(p) = out.last_mut() else { continue };
        if n.washout {
            p.washout += 1;
            continue;
        }
        match index.status(n.night) {
            NightStatus::Unknown => {
                p.unknown += 1;
                continue;
            }
            NightStatus::Cramps => {
                p.cramp_nights += 1;
                p.cramps += index.episodes(n.night);
            }
            NightStatus::NoCramps => {}
        }
        p.nights += 1;
        if let Some(made) = experiment.change.made_on(diary, n.night) {
            p.adherence_known += 1;
            if made == (n.arm == Arm::Change) {
                p.adherent += 1;
            }
        }
    }
    out
}

/// Counts per arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PerArm {
    pub change: u32,
    pub usual: u32,
}

/// Night counts of a result (experiments.md's `nights`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct NightCounts {
    pub change: u32,
    pub usual: u32,
    pub washout: u32,
    pub unknown: u32,
}

/// The analysis of an experiment so far: `experiment result --json`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExperimentResult {
    pub id: String,
    pub change: String,
    pub status: Status,
    pub verdict: Verdict,
    pub rate_ratio: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub probability_helps: Option<f64>,
    pub probability_meaningful: Option<f64>,
    pub probability_worse: Option<f64>,
    pub nights: NightCounts,
    pub cramps: PerArm,
    pub cramp_nights: PerArm,
    pub adherence: Option<f64>,
    pub adherence_nights: u32,
    pub adherence_weakens: bool,
    pub pairs_complete: u8,
    pub pairs: u8,
    pub stopped_early: Option<EarlyStop>,
    /// For an unclear result: how many more pairs would likely settle it, if a few would.
    pub more_pairs: Option<u8>,
    pub as_of: Date,
    pub baseline: Baseline,
    pub periods: Vec<PeriodOutcome>,
    /// The posterior of the rate ratio, for a chart: (rate ratio, density on the log scale).
    #[serde(skip)]
    pub curve: Vec<(f64, f64)>,
    /// The whole posterior of the log rate ratio on the model's grid (for pooling).
    #[serde(skip)]
    pub log_rr: Vec<(f64, f64)>,
    pub sentence: String,
    /// The honest limits, in the knowledge base's words, with their statement ids.
    pub limits: Vec<String>,
}

/// Analyses `experiment` as of `last_night` (the last night to count): only complete pairs
/// are looked at, from the second on, and a look that meets a stopping rule ends the trial
/// there.
pub fn analyse(
    knowledge: &Knowledge,
    experiment: &Experiment,
    diary: &Diary,
    last_night: Date,
) -> ExperimentResult {
    let complete = experiment.pairs_complete(last_night);
    let mut looked = complete;
    let mut stopped_early = None;
    let mut analysis = None;
    for pairs in MIN_PAIRS..=complete {
        let periods = outcomes(experiment, diary, pairs);
        let post = if enough(&periods) {
            Some(posterior(&periods_data(&periods)))
        } else {
            None
        };
        let stop = post.as_ref().and_then(|p| {
            if p.p_meaningful >= 0.95 {
                Some(EarlyStop::Benefit)
            } else if p.p_worse >= 0.90 {
                Some(EarlyStop::Harm)
            } else {
                None
            }
        });
        analysis = Some((periods, post));
        looked = pairs;
        if let Some(s) = stop {
            if pairs < experiment.design.pairs {
                stopped_early = Some(s);
            }
            break;
        }
    }
    let (periods, post) = analysis.unwrap_or_else(|| (outcomes(experiment, diary, complete), None));
    let tonight = last_night.tomorrow().unwrap_or(last_night);
    let status = status_of(experiment, tonight, stopped_early.is_some());
    let finished = looked == experiment.design.pairs || stopped_early.is_some();
    let verdict = match &post {
        None => Verdict::NotEnoughData,
        Some(p) if p.p_helps >= 0.90 && p.p_meaningful >= 0.70 => Verdict::LikelyHelps,
        Some(p) if p.p_worse >= 0.90 => Verdict::LikelyWorse,
        Some(p) if finished && p.p_meaningful < 0.20 => Verdict::NoMeaningfulBenefit,
        Some(_) => Verdict::Unclear,
    };
    let mut nights = NightCounts::default();
    let mut cramps = PerArm::default();
    let mut cramp_nights = PerArm::default();
    let (mut adherent, mut adherence_nights) = (0, 0);
    for p in &periods {
        let (n, c, cn) = match p.arm {
            Arm::Change => (
                &mut nights.change,
                &mut cramps.change,
                &mut cramp_nights.change,
            ),
            Arm::Usual => (
                &mut nights.usual,
                &mut cramps.usual,
                &mut cramp_nights.usual,
            ),
        };
        *n += p.nights;
        *c += p.cramps;
        *cn += p.cramp_nights;
        nights.washout += p.washout;
        nights.unknown += p.unknown;
        adherent += p.adherent;
        adherence_nights += p.adherence_known;
    }
    let adherence =
        (adherence_nights > 0).then(|| round(f64::from(adherent) / f64::from(adherence_nights), 2));
    let adherence_weakens = adherence.is_some_and(|a| a < ADHERENCE_WEAKENS_BELOW);
    let more_pairs = match (&post, verdict) {
        (Some(p), Verdict::Unclear) => more_pairs_to_settle(p, looked),
        _ => None,
    };
    let mut result = ExperimentResult {
        id: experiment.id.clone(),
        change: experiment.change.text(),
        status,
        verdict,
        rate_ratio: post.as_ref().map(|p| round(p.median, 2)),
        ci_low: post.as_ref().map(|p| round(p.low, 2)),
        ci_high: post.as_ref().map(|p| round(p.high, 2)),
        probability_helps: post.as_ref().map(|p| round(p.p_helps, 2)),
        probability_meaningful: post.as_ref().map(|p| round(p.p_meaningful, 2)),
        probability_worse: post.as_ref().map(|p| round(p.p_worse, 2)),
        nights,
        cramps,
        cramp_nights,
        adherence,
        adherence_nights,
        adherence_weakens,
        pairs_complete: looked,
        pairs: experiment.design.pairs,
        stopped_early,
        more_pairs,
        as_of: last_night,
        baseline: baseline(diary, experiment.start, last_night),
        periods,
        curve: post.as_ref().map(|p| p.curve.clone()).unwrap_or_default(),
        log_rr: post.map(|p| p.log_rr).unwrap_or_default(),
        sentence: String::new(),
        limits: Vec::new(),
    };
    result.sentence = sentence(knowledge, experiment, &result);
    result.limits = LIMITS
        .iter()
        .filter_map(|id| knowledge.statement(id).map(|s| s.text.clone()))
        .collect();
    result
}

/// The statements every result is shown with (guide topic "experiments").
pub const LIMITS: &[&str] = &[
    "experiments.for_you_only",
    "experiments.modest_unclear",
    "experiments.why_alternate",
];

/// The status on `tonight`; an early stop ends the trial.
pub fn status_of(experiment: &Experiment, tonight: Date, stopped_early: bool) -> Status {
    if experiment.stopped_at.is_some() {
        Status::Stopped
    } else if tonight < experiment.start {
        Status::Baseline
    } else if stopped_early || tonight > experiment.end() {
        Status::Finished
    } else {
        Status::Running
    }
}

fn enough(periods: &[PeriodOutcome]) -> bool {
    let pairs = periods.iter().map(|p| p.pair).max().unwrap_or(0);
    let per_arm = |arm: Arm| -> u32 {
        periods
            .iter()
            .filter(|p| p.arm == arm)
            .map(|p| p.nights)
            .sum()
    };
    pairs >= MIN_PAIRS
        && per_arm(Arm::Change) >= MIN_NIGHTS_PER_ARM
        && per_arm(Arm::Usual) >= MIN_NIGHTS_PER_ARM
}

fn periods_data(periods: &[PeriodOutcome]) -> Vec<PeriodData> {
    periods
        .iter()
        .map(|p| PeriodData {
            change: p.arm == Arm::Change,
            nights: p.nights,
            cramps: p.cramps,
        })
        .collect()
}

fn round(x: f64, digits: i32) -> f64 {
    let f = 10f64.powi(digits);
    (x * f).round() / f
}

/// For an unclear result, the pairs that would likely settle it if the estimate held: the
/// posterior's spread shrinks roughly with the square root of the pairs seen.
fn more_pairs_to_settle(p: &Posterior, pairs: u8) -> Option<u8> {
    let m = p.median.ln();
    let sd = (p.high.ln() - p.low.ln()) / (2.0 * 1.959_964);
    if !(sd.is_finite() && sd > 0.0) {
        return None;
    }
    let phi = |z: f64| crate::stats::normal_cdf(z);
    for extra in 1..=MAX_PAIRS {
        let s = sd * (f64::from(pairs) / f64::from(pairs + extra)).sqrt();
        let helps = phi(-m / s);
        let meaningful = phi((MEANINGFUL_RATE_RATIO.ln() - m) / s);
        let worse = 1.0 - helps;
        if (helps >= 0.9 && meaningful >= 0.7) || worse >= 0.9 || meaningful < 0.2 {
            return Some(extra);
        }
    }
    None
}

/// The result's sentence, from the knowledge base.
fn sentence(knowledge: &Knowledge, experiment: &Experiment, r: &ExperimentResult) -> String {
    let doing = experiment.change.doing(knowledge);
    let number = |x: Option<f64>| x.map(|v| knowledge.number(v, 2)).unwrap_or_default();
    let percent = |x: Option<f64>| {
        x.map(|v| knowledge.number(v * 100.0, 0))
            .unwrap_or_default()
    };
    let fewer = r
        .rate_ratio
        .map(|rr| knowledge.number((1.0 - rr) * 100.0, 0));
    let args: Vec<(&str, String)> = vec![
        ("change", doing),
        ("ratio", number(r.rate_ratio)),
        ("low", number(r.ci_low)),
        ("high", number(r.ci_high)),
        ("helps", percent(r.probability_helps)),
        ("meaningful", percent(r.probability_meaningful)),
        ("worse", percent(r.probability_worse)),
        ("fewer", fewer.unwrap_or_default()),
        ("pairs", r.pairs_complete.to_string()),
        ("min_pairs", MIN_PAIRS.to_string()),
        ("min_nights", MIN_NIGHTS_PER_ARM.to_string()),
        ("change_nights", r.nights.change.to_string()),
        ("usual_nights", r.nights.usual.to_string()),
    ];
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut parts = vec![
        knowledge
            .message(&format!("experiment.verdict.{}", r.verdict.as_str()), &args)
            .unwrap_or_default(),
    ];
    match r.stopped_early {
        Some(EarlyStop::Benefit) => parts.push(
            knowledge
                .message("experiment.stopped_early.benefit", &args)
                .unwrap_or_default(),
        ),
        Some(EarlyStop::Harm) => parts.push(
            knowledge
                .message("experiment.stopped_early.harm", &args)
                .unwrap_or_default(),
        ),
        None => {}
    }
    if r.verdict == Verdict::Unclear {
        parts.push(match r.more_pairs {
            Some(n) => knowledge
                .message("experiment.more_pairs", &[("more", &n.to_string())])
                .unwrap_or_default(),
            None => knowledge
                .message("experiment.more_pairs.unlikely", &[])
                .unwrap_or_default(),
        });
    }
    if let Some(a) = r.adherence {
        let key = if r.adherence_weakens {
            "experiment.adherence.weakened"
        } else {
            "experiment.adherence"
        };
        parts.push(
            knowledge
                .message(
                    key,
                    &[
                        ("percent", &knowledge.number(a * 100.0, 0)),
                        ("nights", &r.adherence_nights.to_string()),
                    ],
                )
                .unwrap_or_default(),
        );
    }
    if r.verdict != Verdict::NotEnoughData {
        parts.push(
            knowledge
                .message("experiment.only_you", &[])
                .unwrap_or_default(),
        );
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

// ---------------------------------------------------------------- the model

/// One period's data for the model: its arm, analysed known nights and cramps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodData {
    pub change: bool,
    pub nights: u32,
    pub cramps: u32,
}

/// The posterior of the rate ratio of "change" against "usual".
#[derive(Debug, Clone, PartialEq)]
pub struct Posterior {
    pub median: f64,
    pub low: f64,
    pub high: f64,
    /// P(rate ratio < 1).
    pub p_helps: f64,
    /// P(rate ratio < 0.8).
    pub p_meaningful: f64,
    /// P(rate ratio > 1).
    pub p_worse: f64,
    /// (rate ratio, posterior density of the log rate ratio), for a chart.
    pub curve: Vec<(f64, f64)>,
    /// (log rate ratio, posterior mass) on the model's grid, the same grid for everyone:
    /// what a pooled analysis across people builds on.
    pub log_rr: Vec<(f64, f64)>,
}

/// Prior sd of the log rate ratio (experiments.md: normal, mean 0, sd 1).
pub const PRIOR_LOG_RR_SD: f64 = 1.0;
/// Prior sd of the log rate of the usual arm: weak (a rate anywhere from one cramp a
/// month to several a night).
pub const PRIOR_LOG_RATE_SD: f64 = 3.0;
/// Half-normal prior scale of the period-to-period sd: periods' rates typically differ by
/// a factor of about 1.5, rarely by more than 3.
pub const PRIOR_PERIOD_SD_SCALE: f64 = 0.5;

const GRID_STEP: f64 = 0.04;
/// Terms below e^-50 of the peak's bound are left out.
const CUTOFF: f64 = 50.0;
const GRID_HALF_WIDTH: f64 = 4.5;
const SIGMA_POINTS: usize = 24;
const SIGMA_MAX: f64 = 2.5;

/// The Bayesian Poisson model: cramps on night t of period p ~ Poisson(exp(a + b·x_p +
/// u_p)), with x_p = 1 on change periods, u_p ~ Normal(0, s²) shared by the period's nights,
/// a ~ N(0, 3²), b (the log rate ratio) ~ N(0, 1), s ~ HalfNormal(0.5).
///
/// Computed by numerical integration, not sampling. A period's likelihood depends on its
/// nights only through their count and its cramps, and on (a, b) only through its arm's
/// log rate c = a + b·x; so for each s on a grid, the period effect is integrated out with
/// adaptive Gauss-Hermite quadrature on a grid of c for each arm, and (a, b) summed on the
/// product grid of the two arms' c, where b = c_change - c_usual falls on the grid's
/// diagonals. Deterministic, and accurate to well under the two decimals shown (checked
/// against a brute-force integration in the tests).
pub fn posterior(periods: &[PeriodData]) -> Posterior {
    let (nights, cramps) = periods
        .iter()
        .fold((0u32, 0u32), |(n, y), p| (n + p.nights, y + p.cramps));
    let centre = if nights > 0 {
        ((f64::from(cramps) + 0.5) / f64::from(nights)).ln()
    } else {
        0.0
    };
    let half = (GRID_HALF_WIDTH / GRID_STEP).round() as i64;
    let grid: Vec<f64> = (-half..=half)
        .map(|i| centre + i as f64 * GRID_STEP)
        .collect();
    let n = grid.len();
    let nodes = adaptive_nodes();
    // mass[k] for b = (k - (n - 1)) * step.
    let mut mass = vec![0.0f64; 2 * n - 1];
    let mut log_terms: Vec<(f64, Vec<f64>, Vec<f64>)> = Vec::with_capacity(SIGMA_POINTS);
    let d_sigma = SIGMA_MAX / SIGMA_POINTS as f64;
    for m in 0..SIGMA_POINTS {
        let sigma = (m as f64 + 0.5) * d_sigma;
        let log_prior_sigma = -0.5 * (sigma / PRIOR_PERIOD_SD_SCALE).powi(2);
        let arm_log_lik = |change: bool| -> Vec<f64> {
            let mut total = vec![0.0f64; n];
            for p in periods
                .iter()
                .filter(|p| p.change == change && p.nights > 0)
            {
                // Neighbouring grid points have nearly the same peak: start each search
                // from the last one.
                let mut peak = 0.0;
                for (t, c) in total.iter_mut().zip(&grid) {
                    let (value, u) =
                        log_period_likelihood_from(p.cramps, p.nights, *c, sigma, nodes, peak);
                    *t += value;
                    peak = u;
                }
            }
            total
        };
        log_terms.push((log_prior_sigma, arm_log_lik(false), arm_log_lik(true)));
    }
    let mut top = f64::NEG_INFINITY;
    let log_prior_a: Vec<f64> = grid
        .iter()
        .map(|a| -0.5 * (a / PRIOR_LOG_RATE_SD).powi(2))
        .collect();
    let log_prior_b = |k: usize| -> f64 {
        let b = (k as f64 - (n as f64 - 1.0)) * GRID_STEP;
        -0.5 * (b / PRIOR_LOG_RR_SD).powi(2)
    };
    let prior_b: Vec<f64> = (0..2 * n - 1).map(log_prior_b).collect();
    // An upper bound of the log posterior's peak (the coupling prior only lowers it): a
    // shared reference that keeps every exponent in range.
    for (ls, usual, change) in &log_terms {
        let usual_top = (0..n)
            .map(|i| usual[i] + log_prior_a[i])
            .fold(f64::NEG_INFINITY, f64::max);
        let change_top = change.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        top = top.max(ls + usual_top + change_top);
    }
    for (ls, usual, change) in &log_terms {
        // Rows and columns that cannot reach e^-40 of the peak are skipped (the priors only
        // lower a term), which leaves a small block of the grid to exponentiate.
        let change_top = change.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let usual_top = (0..n)
            .map(|i| usual[i] + log_prior_a[i])
            .fold(f64::NEG_INFINITY, f64::max);
        let columns: Vec<usize> = (0..n)
            .filter(|j| ls + usual_top + change[*j] - top > -CUTOFF)
            .collect();
        for i in 0..n {
            let base = ls + usual[i] + log_prior_a[i] - top;
            if base + change_top <= -CUTOFF {
                continue;
            }
            for &j in &columns {
                let k = j + n - 1 - i;
                let v = base + change[j] + prior_b[k];
                if v > -CUTOFF {
                    mass[k] += v.exp();
                }
            }
        }
    }
    let total: f64 = mass.iter().sum();
    if !(total.is_finite() && total > 0.0) {
        return prior_posterior();
    }
    for m in &mut mass {
        *m /= total;
    }
    let grid_b: Vec<f64> = (0..mass.len())
        .map(|k| (k as f64 - (n as f64 - 1.0)) * GRID_STEP)
        .collect();
    let mut summary = summarize(&grid_b, &mass, GRID_STEP);
    summary.log_rr = grid_b.into_iter().zip(mass).collect();
    summary
}

/// Median, interval, probabilities and a chart's curve of a log rate ratio whose
/// normalised masses sit on an evenly spaced grid (each cell's mass spread evenly over it).
fn summarize(grid: &[f64], mass: &[f64], step: f64) -> Posterior {
    let cdf = |t: f64| -> f64 {
        let mut acc = 0.0;
        for (b, m) in grid.iter().zip(mass) {
            let lo = b - step / 2.0;
            if t <= lo {
                break;
            }
            acc += m * ((t - lo) / step).min(1.0);
        }
        acc
    };
    let quantile = |q: f64| -> f64 {
        let mut acc = 0.0;
        for (b, m) in grid.iter().zip(mass) {
            if acc + m >= q && *m > 0.0 {
                return b - step / 2.0 + (q - acc) / m * step;
            }
            acc += m;
        }
        grid.last().copied().unwrap_or(0.0)
    };
    let curve = grid
        .iter()
        .zip(mass)
        .filter(|(b, m)| **m > 1e-5 && b.abs() <= 3.0)
        .step_by(2)
        .map(|(b, m)| (b.exp(), m / step))
        .collect();
    let p_helps = cdf(0.0);
    Posterior {
        median: quantile(0.5).exp(),
        low: quantile(0.025).exp(),
        high: quantile(0.975).exp(),
        p_helps,
        p_meaningful: cdf(MEANINGFUL_RATE_RATIO.ln()),
        p_worse: 1.0 - p_helps,
        curve,
        log_rr: Vec::new(),
    }
}

/// The prior alone (no data at all): a rate ratio of 1 with the prior's spread.
fn prior_posterior() -> Posterior {
    let phi = |z: f64| crate::stats::normal_cdf(z);
    Posterior {
        median: 1.0,
        low: (-1.959_964 * PRIOR_LOG_RR_SD).exp(),
        high: (1.959_964 * PRIOR_LOG_RR_SD).exp(),
        p_helps: 0.5,
        p_meaningful: phi(MEANINGFUL_RATE_RATIO.ln() / PRIOR_LOG_RR_SD),
        p_worse: 0.5,
        curve: Vec::new(),
        log_rr: Vec::new(),
    }
}

/// log ∫ exp(y(c+u) - n·e^(c+u)) · Normal(u; 0, s²) du, by adaptive Gauss-Hermite
/// quadrature around the integrand's peak (the constant -log y! is left out: it cancels).
pub fn log_period_likelihood(y: u32, n: u32, c: f64, sigma: f64) -> f64 {
    log_period_likelihood_from(y, n, c, sigma, adaptive_nodes(), 0.0).0
}

/// [`log_period_likelihood`] with the peak search started at `guess`; also gives the peak.
fn log_period_likelihood_from(
    y: u32,
    n: u32,
    c: f64,
    sigma: f64,
    nodes: &[(f64, f64)],
    guess: f64,
) -> (f64, f64) {
    let (y, n) = (f64::from(y), f64::from(n));
    let inv_var = 1.0 / (sigma * sigma);
    let g = |u: f64| y * (c + u) - n * (c + u).exp() - 0.5 * u * u * inv_var;
    // The peak: g is concave, Newton's steps are capped so the exponential cannot overshoot.
    let mut u = guess;
    let mut e = n * (c + u).exp();
    for _ in 0..60 {
        let grad = y - e - u * inv_var;
        let step = (grad / (e + inv_var)).clamp(-2.0, 2.0);
        u += step;
        e = n * (c + u).exp();
        if step.abs() < 1e-9 {
            break;
        }
    }
    let scale = std::f64::consts::SQRT_2 / (e + inv_var).sqrt();
    let peak = g(u);
    // g(u + scale·x) - g(u), with e^(c+u) known: one exponential per node for e^(scale·x).
    let sum: f64 = nodes
        .iter()
        .map(|(x, w)| {
            let d = scale * x;
            let delta = y * d - e * (d.exp() - 1.0) - 0.5 * (2.0 * u * d + d * d) * inv_var;
            w * delta.exp()
        })
        .sum();
    (
        peak + (scale * sum).ln() - (sigma * (2.0 * std::f64::consts::PI).sqrt()).ln(),
        u,
    )
}

/// Gauss-Hermite nodes and weights (weight e^(-x²)), computed once by Newton's method on the
/// orthonormal Hermite recurrence.
pub fn hermite() -> &'static [(f64, f64)] {
    static NODES: std::sync::OnceLock<Vec<(f64, f64)>> = std::sync::OnceLock::new();
    NODES.get_or_init(|| hermite_nodes(10))
}

/// The nodes with their weights times e^(x²), as adaptive quadrature uses them.
fn adaptive_nodes() -> &'static [(f64, f64)] {
    static NODES: std::sync::OnceLock<Vec<(f64, f64)>> = std::sync::OnceLock::new();
    NODES.get_or_init(|| {
        hermite()
            .iter()
            .map(|(x, w)| (*x, w * (x * x).exp()))
            .collect()
    })
}

fn hermite_nodes(n: usize) -> Vec<(f64, f64)> {
    const PIM4: f64 = 0.751_125_544_464_942_5;
    let mut x = vec![0.0f64; n];
    let mut w = vec![0.0f64; n];
    let nf = n as f64;
    let mut z = 0.0f64;
    for i in 0..n.div_ceil(2) {
        z = match i {
            0 => (2.0 * nf + 1.0).sqrt() - 1.855_75 * (2.0 * nf + 1.0).powf(-0.166_67),
            1 => z - 1.14 * nf.powf(0.426) / z,
            2 => 1.86 * z - 0.86 * x[0],
            3 => 1.91 * z - 0.91 * x[1],
            _ => 2.0 * z - x[i - 2],
        };
        let mut pp = 1.0;
        for _ in 0..100 {
            let (mut p1, mut p2) = (PIM4, 0.0f64);
            for j in 0..n {
                let p3 = p2;
                p2 = p1;
                let jf = j as f64;
                p1 = z * (2.0 / (jf + 1.0)).sqrt() * p2 - (jf / (jf + 1.0)).sqrt() * p3;
            }
            pp = (2.0 * nf).sqrt() * p2;
            let z1 = z;
            z = z1 - p1 / pp;
            if (z - z1).abs() <= 1e-14 {
                break;
            }
        }
        x[i] = z;
        x[n - 1 - i] = -z;
        w[i] = 2.0 / (pp * pp);
        w[n - 1 - i] = w[i];
    }
    x.into_iter().zip(w).collect()
}

// ---------------------------------------------------------------- what a person sees

/// The diary's current experiment: the one under way, else the last one (`None`: never
/// any). A record that fails its seal comes back as the error, so every screen can say so.
pub fn current(diary: &Diary) -> Option<Result<Experiment, ExperimentError>> {
    // One that was not stopped comes first (at most one can be under way), then the latest
    // start: the clock may be replayed, so creation times alone could tie.
    diary
        .experiments
        .iter()
        .max_by_key(|r| (r.stopped_at.is_none(), r.start, r.created_at))
        .map(Experiment::from_record)
}

/// Progress through the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Scheduled nights already past (through last night).
    pub nights_done: u32,
    pub nights_total: u32,
    pub pairs_complete: u8,
}

/// `nightcramp experiment --json`: the experiment, tonight's assignment and the schedule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExperimentView {
    pub id: String,
    pub change: String,
    /// What a change night asks, in words.
    pub change_text: String,
    pub status: Status,
    pub start: Date,
    pub end: Date,
    pub pairs: u8,
    pub period_nights: u8,
    pub washout_nights: u8,
    /// Tonight's arm while the trial runs; `None` before it starts and after it ends.
    pub tonight: Option<Arm>,
    pub tonight_washout: bool,
    /// Tonight's line ("Tonight: stretch your calves before bed.").
    pub tonight_sentence: String,
    pub status_sentence: String,
    pub progress: Progress,
    pub baseline: Baseline,
    pub stopped_at: Option<Timestamp>,
    pub schedule: Vec<ScheduledNight>,
}

/// The view of `experiment` on `tonight` (the night that begins this evening). Early
/// stopping needs the looks, so the analysis runs here too.
pub fn view(
    knowledge: &Knowledge,
    experiment: &Experiment,
    diary: &Diary,
    tonight: Date,
) -> ExperimentView {
    view_and_result(knowledge, experiment, diary, tonight).0
}

/// [`view`] with the analysis it ran (as of last night), for a screen that shows both.
pub fn view_and_result(
    knowledge: &Knowledge,
    experiment: &Experiment,
    diary: &Diary,
    tonight: Date,
) -> (ExperimentView, ExperimentResult) {
    let last_night = tonight.yesterday().unwrap_or(tonight);
    let result = analyse(knowledge, experiment, diary, last_night);
    let status = result.status;
    let scheduled = experiment
        .night(tonight)
        .filter(|_| status == Status::Running);
    let doing = experiment.change.doing(knowledge);
    let tonight_sentence = match (status, scheduled) {
        (Status::Baseline, _) => knowledge
            .message(
                "experiment.tonight.baseline",
                &[(
                    "start",
                    &knowledge
                        .language
                        .date(experiment.start, crate::language::DateForm::LongWithYear),
                )],
            )
            .unwrap_or_default(),
        (_, Some(n)) => night_sentence(knowledge, experiment, n),
        _ => String::new(),
    };
    let schedule = experiment.schedule();
    let nights_done = schedule.iter().filter(|n| n.night <= last_night).count();
    let view = ExperimentView {
        id: experiment.id.clone(),
        change: experiment.change.text(),
        change_text: doing,
        status,
        start: experiment.start,
        end: experiment.end(),
        pairs: experiment.design.pairs,
        period_nights: experiment.design.period_nights,
        washout_nights: experiment.design.washout_nights,
        tonight: scheduled.map(|n| n.arm),
        tonight_washout: scheduled.is_some_and(|n| n.washout),
        tonight_sentence,
        status_sentence: status_sentence(
            knowledge,
            status,
            &result.baseline,
            experiment.design.pairs,
        ),
        progress: Progress {
            nights_done: u32::try_from(nights_done).unwrap_or(0),
            nights_total: u32::try_from(schedule.len()).unwrap_or(0),
            pairs_complete: experiment.pairs_complete(last_night),
        },
        baseline: result.baseline,
        stopped_at: experiment.stopped_at,
        schedule,
    };
    (view, result)
}

/// The status in words; once a run-in baseline has ended with too few cramps to tell in
/// reasonable time, it says so with the estimate (the start could not check it then).
fn status_sentence(
    knowledge: &Knowledge,
    status: Status,
    baseline: &Baseline,
    pairs: u8,
) -> String {
    let mut text = knowledge
        .message(&format!("experiment.status.{}", status.as_str()), &[])
        .unwrap_or_default();
    let sparse = baseline.complete
        && baseline.known_nights >= BASELINE_MIN_KNOWN
        && baseline.cramp_nights_a_week.unwrap_or(0.0) < MIN_CRAMP_NIGHTS_A_WEEK;
    if sparse && matches!(status, Status::Running) {
        let reason = too_few_cramps(baseline.cramp_nights_a_week.unwrap_or(0.0), pairs)
            .in_language(knowledge.language);
        let advice = knowledge
            .message("experiment.baseline.sparse", &[("reason", &reason)])
            .unwrap_or_default();
        text = format!("{text} {advice}");
    }
    text
}

/// What a scheduled night asks, in the knowledge base's words.
pub fn night_sentence(
    knowledge: &Knowledge,
    experiment: &Experiment,
    night: ScheduledNight,
) -> String {
    let doing = experiment.change.doing(knowledge);
    let arm = knowledge
        .message(
            &format!("experiment.tonight.{}", night.arm.as_str()),
            &[("change", &doing)],
        )
        .unwrap_or_default();
    if night.washout {
        let settling = knowledge
            .message("experiment.tonight.washout", &[])
            .unwrap_or_default();
        format!("{arm} {settling}")
    } else {
        arm
    }
}

/// Each night's line from `from` to the end, for the bedtime reminders of the calendar
/// feed; nothing once the experiment was stopped.
pub fn bedtime_lines(
    knowledge: &Knowledge,
    experiment: &Experiment,
    from: Date,
) -> Vec<(Date, String)> {
    if experiment.stopped_at.is_some() {
        return Vec::new();
    }
    experiment
        .schedule()
        .into_iter()
        .filter(|n| n.night >= from)
        .map(|n| (n.night, night_sentence(knowledge, experiment, n)))
        .collect()
}

/// The calendar's experiment nights for a diary from `today` on: the current experiment's,
/// while it is under way or about to start (none once it finished, early or not, or was
/// stopped, or when its record fails its seal).
pub fn calendar_nights(knowledge: &Knowledge, diary: &Diary, today: Date) -> Vec<(Date, String)> {
    let Some(Ok(e)) = current(diary) else {
        return Vec::new();
    };
    let last_night = today.yesterday().unwrap_or(today);
    match analyse(knowledge, &e, diary, last_night).status {
        Status::Baseline | Status::Running => bedtime_lines(knowledge, &e, today),
        Status::Finished | Status::Stopped => Vec::new(),
    }
}

/// The morning's question when the diary does not say whether last night's assignment was
/// kept: asked only for a yes/no change, whose answer is itself the day's value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdherenceQuestion {
    /// The day whose factor the answer records (the day before the night).
    pub date: Date,
    pub factor: FactorKey,
    pub arm: Arm,
    pub ask: String,
    /// The factor's value when the answer is "yes, I did".
    pub yes: FactorValue,
    pub no: FactorValue,
}

/// The question for `night`, if the experiment scheduled it and the diary is silent.
pub fn adherence_question(
    knowledge: &Knowledge,
    experiment: &Experiment,
    diary: &Diary,
    night: Date,
) -> Option<AdherenceQuestion> {
    if experiment.stopped_at.is_some() {
        return None;
    }
    let scheduled = experiment.night(night)?;
    if experiment.change.made_on(diary, night).is_some() {
        return None;
    }
    let (yes, no) = match experiment.change.target {
        Target::Yes => (FactorValue::Bool(true), FactorValue::Bool(false)),
        Target::No => (FactorValue::Bool(false), FactorValue::Bool(true)),
        _ => return None,
    };
    let arm_word = knowledge
        .message(&format!("experiment.arm.{}", scheduled.arm.as_str()), &[])
        .unwrap_or_default();
    Some(AdherenceQuestion {
        date: night,
        factor: experiment.change.factor.clone(),
        arm: scheduled.arm,
        ask: knowledge
            .message(
                "experiment.made.ask",
                &[
                    ("arm", &arm_word),
                    ("change", &experiment.change.doing(knowledge)),
                ],
            )
            .unwrap_or_default(),
        yes,
        no,
    })
}

/// Ends an experiment early: kept, marked stopped.
pub fn stop(experiment: &Experiment, now: Timestamp) -> ExperimentRecord {
    Experiment {
        stopped_at: Some(now),
        ..experiment.clone()
    }
    .record()
}

// ---------------------------------------------------------------- pooling across people

/// Half-normal prior scale of how much people's log rate ratios differ.
pub const PRIOR_BETWEEN_PEOPLE_SD_SCALE: f64 = 0.5;
const TAU_POINTS: usize = 30;
const TAU_MAX: f64 = 2.0;
/// The population mean's range (log scale): rate ratios from 0.02 to 55.
const POOLED_HALF_WIDTH: f64 = 4.0;

/// The pooled estimate of one change across the people who tested it (no names).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PooledExperiment {
    pub change: String,
    /// People whose experiment with this change has at least two complete pairs.
    pub participants: usize,
    pub rate_ratio: f64,
    pub ci_low: f64,
    pub ci_high: f64,
    pub probability_helps: f64,
    pub probability_meaningful: f64,
    /// How much people's own rate ratios differ (posterior median of the between-person sd
    /// of the log rate ratio).
    pub between_people_sd: f64,
}

/// The hierarchical model across people: person i's log rate ratio b_i ~ N(mu, tau²), with
/// mu ~ N(0, 1) (the individual prior, now the population's) and tau ~ HalfNormal(0.5).
/// Each person's evidence is their likelihood of b_i on the model's common grid (their
/// posterior divided by the prior), each cell's likelihood taken as constant over the cell
/// so that the normal is integrated exactly over it however small tau is; with mu on the
/// same grid that is one discrete convolution per tau. Returns mu's posterior and tau's
/// median.
pub fn pool(grid: &[f64], log_likelihoods: &[Vec<f64>]) -> Option<(Posterior, f64)> {
    let step = match grid {
        [a, b, ..] => b - a,
        _ => return None,
    };
    if log_likelihoods.is_empty() || log_likelihoods.iter().any(|l| l.len() != grid.len()) {
        return None;
    }
    // Each person's likelihood, scaled to a maximum of 1, on the cells that matter.
    let people: Vec<Vec<(usize, f64)>> = log_likelihoods
        .iter()
        .map(|ll| {
            let top = ll.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            ll.iter()
                .enumerate()
                .filter(|(_, v)| **v - top > -CUTOFF)
                .map(|(k, v)| (k, (v - top).exp()))
                .collect()
        })
        .collect();
    let mus: Vec<usize> = (0..grid.len())
        .filter(|k| grid[*k].abs() <= POOLED_HALF_WIDTH)
        .collect();
    let d_tau = TAU_MAX / TAU_POINTS as f64;
    let mut log_post = vec![vec![f64::NEG_INFINITY; mus.len()]; TAU_POINTS];
    let mut top = f64::NEG_INFINITY;
    for (t, row) in log_post.iter_mut().enumerate() {
        let tau = (t as f64 + 0.5) * d_tau;
        let reach = ((8.0 * tau / step).ceil() as usize + 1).min(grid.len());
        // The normal's mass over each cell at a distance of d cells from mu.
        let kernel: Vec<f64> = (0..=reach)
            .map(|d| {
                let d = d as f64;
                crate::stats::normal_cdf((d + 0.5) * step / tau)
                    - crate::stats::normal_cdf((d - 0.5) * step / tau)
            })
            .collect();
        let log_prior_tau = -0.5 * (tau / PRIOR_BETWEEN_PEOPLE_SD_SCALE).powi(2);
        for (slot, &m) in row.iter_mut().zip(&mus) {
            let mu = grid[m];
            let mut v = log_prior_tau - 0.5 * mu * mu;
            for person in &people {
                let sum: f64 = person
                    .iter()
                    .filter_map(|(k, w)| kernel.get(k.abs_diff(m)).map(|p| w * p))
                    .sum();
                v += sum.ln();
            }
            *slot = v;
            top = top.max(v);
        }
    }
    if !top.is_finite() {
        return None;
    }
    let mut mass = vec![0.0f64; mus.len()];
    let mut tau_mass = vec![0.0f64; TAU_POINTS];
    for (t, row) in log_post.iter().enumerate() {
        for (i, v) in row.iter().enumerate() {
            let p = (v - top).exp();
            mass[i] += p;
            tau_mass[t] += p;
        }
    }
    let total: f64 = mass.iter().sum();
    for m in &mut mass {
        *m /= total;
    }
    let mut acc = 0.0;
    let mut tau_median = TAU_MAX;
    for (t, m) in tau_mass.iter().enumerate() {
        if acc + m / total >= 0.5 {
            tau_median = (t as f64 + (0.5 - acc) / (m / total)) * d_tau;
            break;
        }
        acc += m / total;
    }
    let mu_grid: Vec<f64> = mus.iter().map(|k| grid[*k]).collect();
    Some((summarize(&mu_grid, &mass, step), tau_median))
}

/// The researcher's pooled estimates: for each change that two or more of these people
/// tested (their current or last experiment, with at least two complete pairs), the
/// population's rate ratio. No names, and nothing for a change only one person tried.
pub fn pooled_experiments(
    knowledge: &Knowledge,
    diaries: &[Diary],
    last_night: Date,
) -> Vec<PooledExperiment> {
    let mut by_change: std::collections::BTreeMap<String, Vec<Vec<f64>>> = Default::default();
    let mut grid: Vec<f64> = Vec::new();
    for diary in diaries {
        let Some(Ok(e)) = current(diary) else {
            continue;
        };
        let r = analyse(knowledge, &e, diary, last_night);
        if r.log_rr.is_empty() {
            continue;
        }
        if grid.is_empty() {
            grid = r.log_rr.iter().map(|(b, _)| *b).collect();
        }
        // The likelihood is the posterior over the prior.
        let log_lik = r
            .log_rr
            .iter()
            .map(|(b, m)| {
                if *m > 0.0 {
                    m.ln() + 0.5 * (b / PRIOR_LOG_RR_SD).powi(2)
                } else {
                    f64::NEG_INFINITY
                }
            })
            .collect();
        by_change.entry(r.change).or_default().push(log_lik);
    }
    by_change
        .into_iter()
        .filter(|(_, people)| people.len() >= 2)
        .filter_map(|(change, people)| {
            let (p, tau) = pool(&grid, &people)?;
            Some(PooledExperiment {
                change,
                participants: people.len(),
                rate_ratio: round(p.median, 2),
                ci_low: round(p.low, 2),
                ci_high: round(p.high, 2),
                probability_helps: round(p.p_helps, 2),
                probability_meaningful: round(p.p_meaningful, 2),
                between_people_sd: round(tau, 2),
            })
        })
        .collect()
}
