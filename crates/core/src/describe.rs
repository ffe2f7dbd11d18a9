/*!
How a record reads to a person, in their language: a cramp in one line ("left calf, pain
7/10, 2 min, woke you"), a duration, a night's status. The CLI, the pages and the report
all say a cramp this way, so it is said here once.
*/

use crate::domain::{Episode, NightStatus};
use crate::knowledge::Knowledge;

fn say(knowledge: &Knowledge, key: &str, values: &[(&str, &str)]) -> String {
    knowledge.message(key, values).unwrap_or_default()
}

/// Where a cramp was: "left calf".
pub fn site(knowledge: &Knowledge, e: &Episode) -> String {
    say(knowledge, &format!("site.{}.{}", e.muscle, e.side), &[])
}

/// `40 s`, `2 min`, `1 min 30 s`, `1 h 5 min`: seconds only under an hour.
pub fn duration(knowledge: &Knowledge, seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(say(
            knowledge,
            "duration.hours",
            &[("hours", &h.to_string())],
        ));
    }
    if m > 0 {
        parts.push(say(
            knowledge,
            "duration.minutes",
            &[("minutes", &m.to_string())],
        ));
    }
    if s > 0 && h == 0 {
        parts.push(say(
            knowledge,
            "duration.seconds",
            &[("seconds", &s.to_string())],
        ));
    }
    if parts.is_empty() {
        parts.push(say(knowledge, "duration.seconds", &[("seconds", "0")]));
    }
    parts.join(" ")
}

/// A cramp in one line, without its time: "left calf, pain 7/10, 2 min, woke you, sore
/// 4 h, eased by stretching".
/// What eased a cramp, each in the person's words ("stretching", "walking it off").
pub fn reliefs(knowledge: &Knowledge, e: &Episode) -> Vec<String> {
    e.relief
        .iter()
        .map(|r| say(knowledge, &format!("relief.{r}"), &[]))
        .collect()
}

pub fn episode_summary(knowledge: &Knowledge, e: &Episode) -> String {
    let mut text = say(
        knowledge,
        "episode.line",
        &[
            ("site", &site(knowledge, e)),
            ("pain", &e.intensity.to_string()),
            ("duration", &duration(knowledge, e.duration_s)),
        ],
    );
    if e.woke == Some(true) {
        text.push_str(&say(knowledge, "episode.woke", &[]));
    }
    if let Some(h) = e.soreness_h {
        let hours = knowledge.language.number_up_to(h, 2);
        text.push_str(&say(knowledge, "episode.sore", &[("hours", &hours)]));
    }
    if !e.relief.is_empty() {
        let relief = reliefs(knowledge, e);
        text.push_str(&say(
            knowledge,
            "episode.eased",
            &[("relief", &relief.join(", "))],
        ));
    }
    text
}

/// A night's status as a short phrase: "2 cramps", "no cramps", "not logged".
pub fn night_status(knowledge: &Knowledge, status: NightStatus, cramps: u32) -> String {
    match status {
        NightStatus::Cramps => say(
            knowledge,
            "night.status.cramps",
            &[("count", &cramps.to_string())],
        ),
        NightStatus::NoCramps => say(knowledge, "night.status.no_cramps", &[]),
        NightStatus::Unknown => say(knowledge, "night.status.unknown", &[]),
    }
}
