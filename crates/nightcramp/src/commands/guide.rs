/*!
`guide`: the knowledge base, read in the terminal. Every statement shows the strength of
its evidence and its sources, and `guide sources` lists the sources in full.
*/

use nightcramp_core::knowledge::Topic;
use serde_json::json;

use crate::cli::GuideArgs;
use crate::context::UserError;
use crate::render::{outln, print_json, wrap};
use crate::words::say;

const WIDTH: usize = 88;

pub fn guide(args: GuideArgs) -> anyhow::Result<()> {
    let kb = crate::context::knowledge_for(args.json)?;
    match args.topic.as_deref().map(str::trim) {
        None => {
            if args.json {
                return print_json(&kb.topics);
            }
            outln!("{}\n", say!("cli.guide.heading"));
            for t in &kb.topics {
                outln!("  {:<11} {}", t.id, t.title);
                outln!("{}", wrap(&t.summary, WIDTH - 14, "              "));
            }
            outln!("\n  {:<11} {}", "sources", say!("cli.guide.sources"));
            outln!("\n{}", say!("cli.guide.footer"));
            Ok(())
        }
        Some("sources") => {
            if args.json {
                return print_json(&kb.sources);
            }
            for s in &kb.sources {
                outln!("[{}] {}", s.id, wrap(&s.citation, WIDTH, "").trim_start());
                if let Some(url) = &s.url {
                    outln!("      {url}");
                }
                outln!("      ({})", s.quality);
            }
            Ok(())
        }
        Some(id) => {
            let topic = kb.topic(id).ok_or_else(|| {
                let ids: Vec<&str> = kb.topics.iter().map(|t| t.id.as_str()).collect();
                UserError::invalid(say!(
                    "cli.guide.no_topic",
                    given = format!("{id:?}"),
                    topics = ids.join(", ")
                ))
            })?;
            if args.json {
                return print_json(&json!(topic));
            }
            print_topic(topic)?;
            Ok(())
        }
    }
}

fn print_topic(topic: &Topic) -> anyhow::Result<()> {
    outln!("{}\n", topic.title);
    outln!("{}\n", wrap(&topic.summary, WIDTH, ""));
    let numbered = topic.id == "stretch";
    for (i, s) in topic.statements.iter().enumerate() {
        let bullet = if numbered {
            format!("{}.", i + 1)
        } else {
            "-".into()
        };
        let text = wrap(&s.text, WIDTH - 4, "    ");
        outln!("  {bullet} {}", text.trim_start());
        outln!("    [{} · {}]", s.evidence_label(), s.sources.join(", "));
    }
    outln!("\n{}", say!("cli.guide.topic_footer"));
    Ok(())
}
