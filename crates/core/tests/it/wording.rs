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
        // CI always lays shared/ beside the checkout: there a missing article is a failure,
        // never a silent pass.
        assert!(
            std::env::var_os("CI").is_none(),
            "shared/seed is missing beside the repository, so the wording check cannot run"
        );
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

/// Every text a person can read from the knowledge base, with where it lives.
fn person_facing(kb: &Knowledge) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for t in &kb.topics {
        texts.push((t.id.clone(), format!("{} {}", t.title, t.summary)));
        for s in &t.statements {
            texts.push((s.id.clone(), s.text.clone()));
            if let Some(e) = &s.evidence {
                texts.push((s.id.clone(), e.clone()));
            }
        }
    }
    for r in &kb.rules {
        texts.push((r.id.clone(), format!("{} {}", r.title, r.message)));
    }
    for q in &kb.questions {
        texts.push((q.id.clone(), q.ask.clone()));
    }
    texts.extend(kb.catalog().samples().expect("every message renders"));
    for s in &kb.sources {
        texts.push((s.id.clone(), format!("{} {}", s.citation, s.quality)));
    }
    for c in &kb.classes {
        texts.push((c.id.to_string(), c.label.clone()));
    }
    texts
}

/// No internal word reaches a person: the article is source S0 like any other, never "the
/// seed"; no file path or working name leaks into what is shown.
#[test]
fn no_internal_word_reaches_a_person() {
    for language in nightcramp_core::language::Language::ALL {
        let kb = Knowledge::get_in(language).expect("knowledge parses");
        for (id, text) in person_facing(kb) {
            let lower = text.to_lowercase();
            for word in ["seed", "shared/", "clinical-evidence", ".md", ".ftl"] {
                assert!(
                    !lower.contains(word),
                    "{language}: {id} shows {word:?}: {text}"
                );
            }
            // A developer's note, in capitals ("todo" is an ordinary Spanish word).
            assert!(!text.contains("TODO"), "{language}: {id}: {text}");
        }
    }
    let kb = Knowledge::parse().expect("knowledge parses");
    // Phrases that overclaim or dismiss, found in earlier versions: never again.
    for (id, text) in person_facing(&kb) {
        let lower = text.to_lowercase();
        for phrase in [
            "it will pass",
            "real upward trend",
            "know for sure",
            "try avoiding it",
            "test it by skipping",
            "seed's",
        ] {
            assert!(!lower.contains(phrase), "{id} says {phrase:?}: {text}");
        }
    }
    let adults = kb
        .statement("who.adults")
        .expect("the product says it is for adults");
    assert!(adults.text.contains("made for adults"));
    let article = kb.source("S0").expect("the article is a named source");
    assert!(article.citation.contains("Patient information article"));
    for r in &kb.rules {
        for id in &r.sources {
            assert!(kb.source(id).is_some(), "{} cites unknown {id}", r.id);
        }
    }
}
