//! Every health statement is in our own words: none repeats a run of eight or more words
//! of the seed document. The seed lives beside the repository (`../shared/seed/`), where
//! CI places it; a checkout without it skips this check and says so.

use std::path::PathBuf;

use nightcramp_core::knowledge::Knowledge;

const RUN: usize = 8;

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn seed_text() -> Option<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed");
    let entry = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .find(|e| e.path().extension().is_some_and(|x| x == "txt"))?;
    std::fs::read_to_string(entry.path()).ok()
}

#[test]
fn no_statement_copies_the_seed() {
    let Some(seed) = seed_text() else {
        eprintln!("shared/seed not found next to the repository: wording check skipped");
        return;
    };
    let seed_words = words(&seed);
    let seed_runs: std::collections::HashSet<Vec<String>> =
        seed_words.windows(RUN).map(<[String]>::to_vec).collect();
    let kb = Knowledge::parse().expect("knowledge parses");
    let texts = kb
        .topics
        .iter()
        .flat_map(|t| {
            t.statements
                .iter()
                .map(|s| (s.id.clone(), s.text.clone()))
                .chain([(t.id.clone(), t.summary.clone())])
        })
        .chain(kb.rules.iter().map(|r| (r.id.clone(), r.message.clone())))
        .chain(kb.questions.iter().map(|q| (q.id.clone(), q.ask.clone())));
    for (id, text) in texts {
        for run in words(&text).windows(RUN) {
            assert!(
                !seed_runs.contains(run),
                "{id} repeats the seed: {:?}",
                run.join(" ")
            );
        }
    }
}
