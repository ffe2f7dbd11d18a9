/*!
Charts as server-rendered SVG: cramp nights per week, pain over time, time of night.

Plain SVG strings built from numbers, so the clinician report can reuse them unchanged and
no charting script is sent to the phone. Every text label is escaped; colours come from CSS
variables so the charts follow the dark and light themes.
*/

use std::fmt::Write as _;

use crate::language::Language;

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 140.0;
const PAD_LEFT: f64 = 28.0;
const PAD_BOTTOM: f64 = 22.0;
const PAD_TOP: f64 = 8.0;

/// Escapes text for SVG/XML.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Colours for the chart on its own (the PDF report). In the web app the page's stylesheet
/// is more specific and wins, so the charts follow the dark and light themes there.
/// Web servers allow it by its hash in their content security policy, so it is public.
pub const STANDALONE_CSS: &str = ".bar{fill:#2f5d8a}.line{fill:none;stroke:#9b3d3d;stroke-width:2}.dot{fill:#9b3d3d}.axis{stroke:#888}.tick{fill:#444;font-size:9px;font-family:'DejaVu Sans',sans-serif}";

fn frame(language: Language, title: &str, body: &str, max: f64) -> String {
    let mut svg = format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title><style>{STANDALONE_CSS}</style>"#,
        escape(title),
        escape(title)
    );
    let base = HEIGHT - PAD_BOTTOM;
    let _ = write!(
        svg,
        r#"<line x1="{PAD_LEFT}" y1="{base}" x2="{WIDTH}" y2="{base}" class="axis"/><text x="{}" y="{}" class="tick" text-anchor="end">{}</text><text x="{}" y="{base}" class="tick" text-anchor="end">0</text>"#,
        PAD_LEFT - 4.0,
        PAD_TOP + 8.0,
        format_tick(language, max),
        PAD_LEFT - 4.0,
    );
    svg.push_str(body);
    svg.push_str("</svg>");
    svg
}

/// A value on an axis or under a bar: whole numbers as they are, others to one decimal,
/// with the language's decimal sign.
fn format_tick(language: Language, v: f64) -> String {
    language.number(v, if v.fract() == 0.0 { 0 } else { 1 })
}

/// Vertical bars with a label under the first, middle and last (or each, when few).
pub fn bars(language: Language, title: &str, values: &[(String, f64)]) -> String {
    if values.is_empty() {
        return frame(language, title, "", 0.0);
    }
    let max = values.iter().map(|v| v.1).fold(0.0_f64, f64::max).max(1.0);
    let plot_w = WIDTH - PAD_LEFT;
    let plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP;
    let step = plot_w / values.len() as f64;
    let mut body = String::new();
    let label_every = (values.len() / 4).max(1);
    for (i, (label, v)) in values.iter().enumerate() {
        let h = (v / max) * plot_h;
        let x = PAD_LEFT + i as f64 * step + step * 0.15;
        let _ = write!(
            body,
            r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{h:.1}" class="bar"><title>{}: {}</title></rect>"#,
            HEIGHT - PAD_BOTTOM - h,
            step * 0.7,
            escape(label),
            format_tick(language, *v)
        );
        if i % label_every == 0 || i + 1 == values.len() {
            let _ = write!(
                body,
                r#"<text x="{:.1}" y="{}" class="tick" text-anchor="middle">{}</text>"#,
                x + step * 0.35,
                HEIGHT - 6.0,
                escape(label)
            );
        }
    }
    frame(language, title, &body, max)
}

/// A line through points (x in any unit, y from 0 to `y_max`), with dots.
pub fn line(
    language: Language,
    title: &str,
    points: &[(f64, f64)],
    y_max: f64,
    x_labels: (&str, &str),
) -> String {
    if points.is_empty() {
        return frame(language, title, "", y_max);
    }
    let (x_min, x_max) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.0), hi.max(p.0))
    });
    let span = (x_max - x_min).max(1.0);
    let plot_w = WIDTH - PAD_LEFT - 6.0;
    let plot_h = HEIGHT - PAD_BOTTOM - PAD_TOP;
    let to_xy = |(x, y): (f64, f64)| {
        (
            PAD_LEFT + (x - x_min) / span * plot_w,
            HEIGHT - PAD_BOTTOM - (y / y_max).clamp(0.0, 1.0) * plot_h,
        )
    };
    let path: Vec<String> = points
        .iter()
        .map(|p| {
            let (x, y) = to_xy(*p);
            format!("{x:.1},{y:.1}")
        })
        .collect();
    let mut body = format!(r#"<polyline points="{}" class="line"/>"#, path.join(" "));
    for p in points {
        let (x, y) = to_xy(*p);
        let _ = write!(
            body,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="2" class="dot"/>"#
        );
    }
    let _ = write!(
        body,
        r#"<text x="{PAD_LEFT}" y="{}" class="tick">{}</text><text x="{WIDTH}" y="{}" class="tick" text-anchor="end">{}</text>"#,
        HEIGHT - 6.0,
        escape(x_labels.0),
        HEIGHT - 6.0,
        escape(x_labels.1)
    );
    frame(language, title, &body, y_max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_bars_scale_to_the_tallest() {
        let svg = bars(
            Language::En,
            "Cramps <per> week",
            &[("w1".into(), 2.0), ("<b>".into(), 4.0)],
        );
        assert!(svg.contains("Cramps &lt;per&gt; week"));
        assert!(!svg.contains("<b>"));
        assert!(
            svg.contains(r#"height="110.0""#),
            "the tallest bar fills the plot: {svg}"
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    #[test]
    fn ticks_use_the_language_s_decimal_sign() {
        let values = [("a".to_string(), 0.5), ("b".to_string(), 2.5)];
        assert!(bars(Language::En, "t", &values).contains(">2.5<"));
        assert!(bars(Language::De, "t", &values).contains(">2,5<"));
        assert!(!bars(Language::Fr, "t", &values).contains("2.5"));
    }
}
