/*!
Small, exact statistics: trend tests for counts and scores, 2x2 tables (risk ratios,
Fisher's exact test), false-discovery control, rate comparisons and logistic regression.

These are deliberately few and checked against statsmodels (see
`crates/core/tests/reference/`): a Poisson regression of counts on time with an exposure
offset (rule A5 of clinical-evidence.md: counts per period with an offset for the nights
recorded), and an ordinary least-squares slope with its t-test. The trend module builds the
checkup's "worsening" sign on them; the insights build on them later.
*/

use statrs::distribution::{ContinuousCDF, Normal, StudentsT};

/// A fitted log-linear Poisson trend: log(rate) = intercept + slope * x.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PoissonTrend {
    pub intercept: f64,
    pub slope: f64,
    /// Standard error of the slope (Wald, from the observed information).
    pub slope_se: f64,
    pub z: f64,
    /// Two-sided p-value of the Wald test that the slope is zero.
    pub p_value: f64,
    /// exp(slope): the multiplicative change in rate per unit of x.
    pub rate_ratio: f64,
}

/// One observation for a Poisson trend: when (x), how many events, over how much exposure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountObservation {
    pub x: f64,
    pub count: f64,
    pub exposure: f64,
}

/// Fits log(E[count]) = log(exposure) + a + b*x by iteratively reweighted least squares.
/// Returns `None` when the data cannot identify a slope: fewer than 3 usable observations,
/// no spread in x, or no events at all. When every count sits at the end of the time axis
/// the maximum-likelihood slope is infinite; then the iteration stops at a large slope with
/// a large standard error, as statsmodels does, and the p-value says "not significant".
pub fn poisson_trend(observations: &[CountObservation]) -> Option<PoissonTrend> {
    let data: Vec<&CountObservation> = observations
        .iter()
        .filter(|o| o.exposure > 0.0 && o.count >= 0.0 && o.x.is_finite())
        .collect();
    if data.len() < 3 {
        return None;
    }
    let total: f64 = data.iter().map(|o| o.count).sum();
    if total <= 0.0 {
        return None;
    }
    let mean_x = data.iter().map(|o| o.x).sum::<f64>() / data.len() as f64;
    if data.iter().all(|o| (o.x - mean_x).abs() < 1e-12) {
        return None;
    }
    let exposure: f64 = data.iter().map(|o| o.exposure).sum();
    // Centre x for numerical stability; convert the intercept back at the end.
    let mut a = (total / exposure).ln();
    let mut b = 0.0_f64;
    let mut information = [[0.0_f64; 2]; 2];
    for _ in 0..100 {
        let mut score = [0.0_f64; 2];
        information = [[0.0; 2]; 2];
        for o in &data {
            let x = o.x - mean_x;
            let mu = o.exposure * (a + b * x).exp();
            let residual = o.count - mu;
            score[0] += residual;
            score[1] += residual * x;
            information[0][0] += mu;
            information[0][1] += mu * x;
            information[1][1] += mu * x * x;
        }
        information[1][0] = information[0][1];
        let det = information[0][0] * information[1][1] - information[0][1] * information[1][0];
        if !det.is_finite() || det.abs() < 1e-300 {
            return None;
        }
        let da = (information[1][1] * score[0] - information[0][1] * score[1]) / det;
        let db = (information[0][0] * score[1] - information[1][0] * score[0]) / det;
        a += da;
        b += db;
        if !a.is_finite() || !b.is_finite() {
            return None;
        }
        if da.abs() < 1e-10 && db.abs() < 1e-10 {
            break;
        }
    }
    let det = information[0][0] * information[1][1] - information[0][1] * information[1][0];
    let variance_b = information[0][0] / det;
    if !variance_b.is_finite() || variance_b <= 0.0 {
        return None;
    }
    let slope_se = variance_b.sqrt();
    let z = b / slope_se;
    Some(PoissonTrend {
        intercept: a - b * mean_x,
        slope: b,
        slope_se,
        z,
        p_value: two_sided_normal_p(z),
        rate_ratio: b.exp(),
    })
}

/// An ordinary least-squares line y = intercept + slope * x with the t-test of the slope.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearTrend {
    pub intercept: f64,
    pub slope: f64,
    pub slope_se: f64,
    pub t: f64,
    pub degrees_of_freedom: f64,
    pub p_value: f64,
}

/// Fits y on x by least squares. `None` with fewer than 3 points or no spread in x. When
/// the points lie exactly on a line the slope is exact and its p-value is 0 (or 1 for a
/// flat line).
pub fn linear_trend(points: &[(f64, f64)]) -> Option<LinearTrend> {
    let n = points.len();
    if n < 3 {
        return None;
    }
    let nf = n as f64;
    let mean_x = points.iter().map(|p| p.0).sum::<f64>() / nf;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / nf;
    let sxx: f64 = points.iter().map(|p| (p.0 - mean_x).powi(2)).sum();
    if sxx <= 0.0 || !sxx.is_finite() {
        return None;
    }
    let sxy: f64 = points.iter().map(|p| (p.0 - mean_x) * (p.1 - mean_y)).sum();
    let slope = sxy / sxx;
    let intercept = mean_y - slope * mean_x;
    let sse: f64 = points
        .iter()
        .map(|p| (p.1 - intercept - slope * p.0).powi(2))
        .sum();
    let df = nf - 2.0;
    let slope_se = (sse / df / sxx).sqrt();
    let (t, p_value) = if slope_se > 0.0 {
        let t = slope / slope_se;
        let dist = StudentsT::new(0.0, 1.0, df).ok()?;
        (t, (2.0 * (1.0 - dist.cdf(t.abs()))).clamp(0.0, 1.0))
    } else if slope == 0.0 {
        (0.0, 1.0)
    } else {
        (f64::INFINITY.copysign(slope), 0.0)
    };
    Some(LinearTrend {
        intercept,
        slope,
        slope_se,
        t,
        degrees_of_freedom: df,
        p_value,
    })
}

/// Two-sided p-value of a standard normal statistic.
pub fn two_sided_normal_p(z: f64) -> f64 {
    match Normal::new(0.0, 1.0) {
        Ok(normal) => (2.0 * normal.sf(z.abs())).clamp(0.0, 1.0),
        Err(_) => 1.0,
    }
}

/// The standard normal's distribution function.
pub fn normal_cdf(z: f64) -> f64 {
    match Normal::new(0.0, 1.0) {
        Ok(normal) => normal.cdf(z),
        Err(_) => 0.5,
    }
}

/// The 97.5th percentile of the standard normal: 95% two-sided intervals.
pub const Z_95: f64 = 1.959_963_984_540_054;

/// A ratio with its 95% confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RatioEstimate {
    pub ratio: f64,
    pub ci_low: f64,
    pub ci_high: f64,
    /// True when 0.5 was added to every cell because a count was zero (Haldane).
    pub corrected: bool,
}

/// The risk ratio of exposed over unexposed with Katz's log interval, as
/// `scipy.stats.contingency.relative_risk` computes it. When either group has no events
/// the ratio is 0 or infinite; then 0.5 is added to every cell (the Haldane correction) so
/// the estimate and its interval stay finite and honest about the uncertainty.
pub fn risk_ratio(
    exposed_events: u32,
    exposed_total: u32,
    unexposed_events: u32,
    unexposed_total: u32,
) -> Option<RatioEstimate> {
    if exposed_total == 0 || unexposed_total == 0 {
        return None;
    }
    let corrected = exposed_events == 0 || unexposed_events == 0;
    let k = if corrected { 0.5 } else { 0.0 };
    let a = f64::from(exposed_events) + k;
    let n1 = f64::from(exposed_total) + 2.0 * k;
    let c = f64::from(unexposed_events) + k;
    let n2 = f64::from(unexposed_total) + 2.0 * k;
    let ratio = (a / n1) / (c / n2);
    let se = (1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2).max(0.0).sqrt();
    Some(RatioEstimate {
        ratio,
        ci_low: (ratio.ln() - Z_95 * se).exp(),
        ci_high: (ratio.ln() + Z_95 * se).exp(),
        corrected,
    })
}

fn ln_choose(n: u32, k: u32) -> f64 {
    use statrs::function::factorial::ln_factorial;
    ln_factorial(u64::from(n)) - ln_factorial(u64::from(k)) - ln_factorial(u64::from(n - k))
}

/// ln(k!) for k = 0..=n, built by summing logarithms: exact enough (relative error about
/// 1e-13 at n = 4000) and far cheaper than a log-gamma call per term of a Fisher sum.
fn ln_factorials(n: u32) -> Vec<f64> {
    let mut table = Vec::with_capacity(n as usize + 1);
    let mut acc = 0.0_f64;
    table.push(0.0);
    for k in 1..=n {
        acc += f64::from(k).ln();
        table.push(acc);
    }
    table
}

/// Two-sided p-value of Fisher's exact test for the table [[a, b], [c, d]], summing the
/// probabilities of all tables with the same margins that are no more likely than the one
/// observed (scipy's `fisher_exact`, including its 1e-7 relative tolerance).
pub fn fisher_exact(a: u32, b: u32, c: u32, d: u32) -> f64 {
    let row1 = a + b;
    let col1 = a + c;
    let n = a + b + c + d;
    if n == 0 || row1 == 0 || col1 == 0 || row1 == n || col1 == n {
        return 1.0;
    }
    let denominator = ln_choose(n, col1);
    let ln_p = |x: u32| ln_choose(row1, x) + ln_choose(n - row1, col1 - x) - denominator;
    let low = (row1 + col1).saturating_sub(n);
    let high = row1.min(col1);
    let observed = ln_p(a);
    let threshold = observed + (1.0 + 1e-7_f64).ln();
    let p: f64 = (low..=high)
        .map(ln_p)
        .filter(|lp| *lp <= threshold)
        .map(f64::exp)
        .sum();
    p.clamp(0.0, 1.0)
}

/// Fisher's exact test with the mid-p correction: the probability of tables less likely than
/// the one observed, plus half that of tables as likely. The plain exact test is known to be
/// conservative (its real error rate is well under the nominal one for small tables); mid-p
/// keeps the exactness for small counts while bringing the error rate close to nominal
/// (Agresti, Categorical Data Analysis, 3.5.3).
pub fn fisher_exact_mid_p(a: u32, b: u32, c: u32, d: u32) -> f64 {
    let row1 = a + b;
    let col1 = a + c;
    let n = a + b + c + d;
    if n == 0 || row1 == 0 || col1 == 0 || row1 == n || col1 == n {
        return 1.0;
    }
    let f = ln_factorials(n);
    let lf = |k: u32| f.get(k as usize).copied().unwrap_or(f64::NAN);
    let choose = |n: u32, k: u32| lf(n) - lf(k) - lf(n - k);
    let denominator = choose(n, col1);
    let ln_p = |x: u32| choose(row1, x) + choose(n - row1, col1 - x) - denominator;
    let low = (row1 + col1).saturating_sub(n);
    let high = row1.min(col1);
    let observed = ln_p(a);
    let tolerance = (1.0 + 1e-7_f64).ln();
    let mut p = 0.0;
    for x in low..=high {
        let lp = ln_p(x);
        if lp < observed - tolerance {
            p += lp.exp();
        } else if lp <= observed + tolerance {
            p += 0.5 * lp.exp();
        }
    }
    p.clamp(0.0, 1.0)
}

/// Benjamini-Hochberg adjusted p-values (q-values), in the order given; controls the false
/// discovery rate across everything tested (statsmodels' `multipletests(method="fdr_bh")`).
pub fn benjamini_hochberg(p_values: &[f64]) -> Vec<f64> {
    let m = p_values.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&i, &j| {
        p_values[i]
            .partial_cmp(&p_values[j])
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut q = vec![1.0; m];
    let mut running = 1.0_f64;
    for (rank, &i) in order.iter().enumerate().rev() {
        let adjusted = p_values[i] * m as f64 / (rank + 1) as f64;
        running = running.min(adjusted).min(1.0);
        q[i] = running;
    }
    q
}

/// Two-sided exact binomial test of `k` successes in `n` trials with probability `p`
/// (scipy's `binomtest`: outcomes no more likely than the one observed).
pub fn binomial_test(k: u32, n: u32, p: f64) -> f64 {
    if n == 0 || !(0.0..=1.0).contains(&p) {
        return 1.0;
    }
    let ln_pmf = |x: u32| {
        let lp = if p > 0.0 { p.ln() } else { f64::NEG_INFINITY };
        let lq = if p < 1.0 {
            (1.0 - p).ln()
        } else {
            f64::NEG_INFINITY
        };
        let term = |count: u32, l: f64| {
            if count == 0 {
                0.0
            } else {
                f64::from(count) * l
            }
        };
        ln_choose(n, x) + term(x, lp) + term(n - x, lq)
    };
    let threshold = ln_pmf(k) + (1.0 + 1e-7_f64).ln();
    let total: f64 = (0..=n)
        .map(ln_pmf)
        .filter(|lp| *lp <= threshold)
        .map(f64::exp)
        .sum();
    total.clamp(0.0, 1.0)
}

/// Two Poisson rates compared: events over exposure, first over second.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateComparison {
    pub rate_ratio: f64,
    /// Wald interval on the log scale (statsmodels' `confint_poisson_2indep(method="wald-log")`);
    /// `None` when either count is zero.
    pub ci: Option<(f64, f64)>,
    /// Exact conditional test: given the total, the first count is binomial.
    pub p_value: f64,
}

pub fn compare_rates(
    count1: u32,
    exposure1: f64,
    count2: u32,
    exposure2: f64,
) -> Option<RateComparison> {
    if exposure1 <= 0.0 || exposure2 <= 0.0 || count2 == 0 && count1 == 0 {
        return None;
    }
    let rate_ratio = (f64::from(count1) / exposure1) / (f64::from(count2) / exposure2);
    let ci = (count1 > 0 && count2 > 0).then(|| {
        let se = (1.0 / f64::from(count1) + 1.0 / f64::from(count2)).sqrt();
        (
            (rate_ratio.ln() - Z_95 * se).exp(),
            (rate_ratio.ln() + Z_95 * se).exp(),
        )
    });
    let p_value = binomial_test(count1, count1 + count2, exposure1 / (exposure1 + exposure2));
    Some(RateComparison {
        rate_ratio,
        ci,
        p_value,
    })
}

/// A fitted logistic regression: log-odds = coefficients · (1, x...).
#[derive(Debug, Clone, PartialEq)]
pub struct LogisticFit {
    /// Intercept first.
    pub coefficients: Vec<f64>,
    pub standard_errors: Vec<f64>,
    pub p_values: Vec<f64>,
}

impl LogisticFit {
    /// exp(coefficient) with its 95% Wald interval, for predictor `i` (0-based, without the
    /// intercept).
    pub fn odds_ratio(&self, i: usize) -> Option<RatioEstimate> {
        let b = *self.coefficients.get(i + 1)?;
        let se = *self.standard_errors.get(i + 1)?;
        Some(RatioEstimate {
            ratio: b.exp(),
            ci_low: (b - Z_95 * se).exp(),
            ci_high: (b + Z_95 * se).exp(),
            corrected: false,
        })
    }
}

/// Maximum-likelihood logistic regression by Newton-Raphson (statsmodels' `Logit`). `None`
/// when it cannot be estimated: too few rows, a predictor that never varies, or complete
/// separation (a predictor that perfectly foretells the outcome drives a coefficient to
/// infinity; we refuse rather than report a meaningless number).
pub fn logistic_regression(rows: &[(Vec<f64>, bool)]) -> Option<LogisticFit> {
    let k = rows.first()?.0.len() + 1;
    if rows.len() <= k || rows.iter().any(|(x, _)| x.len() + 1 != k) {
        return None;
    }
    let mut beta = vec![0.0; k];
    let mut converged = false;
    let mut information = vec![vec![0.0; k]; k];
    for _ in 0..100 {
        let mut gradient = vec![0.0; k];
        information = vec![vec![0.0; k]; k];
        for (x, y) in rows {
            let design: Vec<f64> = std::iter::once(1.0).chain(x.iter().copied()).collect();
            let eta: f64 = design.iter().zip(&beta).map(|(a, b)| a * b).sum();
            let mu = 1.0 / (1.0 + (-eta).exp());
            let w = mu * (1.0 - mu);
            let residual = f64::from(u8::from(*y)) - mu;
            for i in 0..k {
                gradient[i] += design[i] * residual;
                for j in 0..k {
                    information[i][j] += w * design[i] * design[j];
                }
            }
        }
        let step = solve(&information, &gradient)?;
        for (b, s) in beta.iter_mut().zip(&step) {
            *b += s;
        }
        if beta.iter().any(|b| !b.is_finite() || b.abs() > 30.0) {
            return None;
        }
        if step.iter().all(|s| s.abs() < 1e-10) {
            converged = true;
            break;
        }
    }
    if !converged {
        return None;
    }
    let covariance = invert(&information)?;
    let standard_errors: Vec<f64> = (0..k).map(|i| covariance[i][i].max(0.0).sqrt()).collect();
    let p_values = beta
        .iter()
        .zip(&standard_errors)
        .map(|(b, se)| {
            if *se > 0.0 {
                two_sided_normal_p(b / se)
            } else {
                1.0
            }
        })
        .collect();
    Some(LogisticFit {
        coefficients: beta,
        standard_errors,
        p_values,
    })
}

/// Solves A x = b by Gaussian elimination with partial pivoting (small systems only).
fn solve(a: &[Vec<f64>], b: &[f64]) -> Option<Vec<f64>> {
    let n = b.len();
    let mut m: Vec<Vec<f64>> = a
        .iter()
        .zip(b)
        .map(|(row, v)| row.iter().copied().chain([*v]).collect())
        .collect();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| {
            m[i][col]
                .abs()
                .partial_cmp(&m[j][col].abs())
                .unwrap_or(std::cmp::Ordering::Equal)
        })?;
        if m[pivot][col].abs() < 1e-12 {
            return None;
        }
        m.swap(col, pivot);
        let pivot_row = m[col].clone();
        for (r, row) in m.iter_mut().enumerate() {
            if r != col {
                let factor = row[col] / pivot_row[col];
                for (cell, p) in row.iter_mut().zip(&pivot_row).skip(col) {
                    *cell -= factor * p;
                }
            }
        }
    }
    Some((0..n).map(|i| m[i][n] / m[i][i]).collect())
}

fn invert(a: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let n = a.len();
    let mut columns = Vec::with_capacity(n);
    for i in 0..n {
        let unit: Vec<f64> = (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect();
        columns.push(solve(a, &unit)?);
    }
    Some(
        (0..n)
            .map(|r| (0..n).map(|c| columns[c][r]).collect())
            .collect(),
    )
}

/// The median of some numbers (`None` for none).
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn too_little_data_gives_no_trend() {
        assert!(poisson_trend(&[]).is_none());
        let flat_x = [
            CountObservation {
                x: 1.0,
                count: 2.0,
                exposure: 7.0,
            },
            CountObservation {
                x: 1.0,
                count: 3.0,
                exposure: 7.0,
            },
            CountObservation {
                x: 1.0,
                count: 1.0,
                exposure: 7.0,
            },
        ];
        assert!(poisson_trend(&flat_x).is_none());
        assert!(linear_trend(&[(0.0, 1.0), (1.0, 2.0)]).is_none());
    }

    proptest! {
        #[test]
        fn a_constant_rate_has_no_slope(rate in 0.1f64..5.0, weeks in 4usize..20) {
            let obs: Vec<_> = (0..weeks)
                .map(|w| CountObservation { x: w as f64, count: rate * 7.0, exposure: 7.0 })
                .collect();
            let fit = poisson_trend(&obs).expect("identifiable");
            prop_assert!(fit.slope.abs() < 1e-8);
            prop_assert!((fit.intercept - rate.ln()).abs() < 1e-8);
            prop_assert!(fit.p_value > 0.999);
        }

        #[test]
        fn doubling_exposure_and_counts_keeps_the_rate(counts in proptest::collection::vec(1u32..20, 4..15)) {
            // Every week has cramps, so the trend is always identifiable: the test below
            // can never pass by skipping.
            let once: Vec<_> = counts.iter().enumerate()
                .map(|(i, c)| CountObservation { x: i as f64, count: f64::from(*c), exposure: 7.0 })
                .collect();
            let twice: Vec<_> = counts.iter().enumerate()
                .map(|(i, c)| CountObservation { x: i as f64, count: f64::from(*c) * 2.0, exposure: 14.0 })
                .collect();
            let a = poisson_trend(&once).expect("identifiable");
            let b = poisson_trend(&twice).expect("identifiable");
            prop_assert!((a.slope - b.slope).abs() < 1e-6);
            // Twice the data, the same rate: the evidence can only grow.
            prop_assert!(b.p_value <= a.p_value + 1e-9);
        }

        #[test]
        fn p_values_are_probabilities(mut points in proptest::collection::vec((0f64..100.0, 0f64..10.0), 3..30)) {
            // Two distinct x values at least, so a line is always fitted.
            points[0].0 = 0.0;
            points[1].0 = 50.0;
            let fit = linear_trend(&points).expect("two distinct x values");
            prop_assert!((0.0..=1.0).contains(&fit.p_value));
        }
    }
}
