/*!
Small, exact statistics: trend tests for counts and for scores.

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
        fn doubling_exposure_and_counts_keeps_the_rate(counts in proptest::collection::vec(0u32..20, 4..15)) {
            prop_assume!(counts.iter().any(|c| *c > 0));
            let once: Vec<_> = counts.iter().enumerate()
                .map(|(i, c)| CountObservation { x: i as f64, count: f64::from(*c), exposure: 7.0 })
                .collect();
            let twice: Vec<_> = counts.iter().enumerate()
                .map(|(i, c)| CountObservation { x: i as f64, count: f64::from(*c) * 2.0, exposure: 14.0 })
                .collect();
            if let (Some(a), Some(b)) = (poisson_trend(&once), poisson_trend(&twice)) {
                prop_assert!((a.slope - b.slope).abs() < 1e-6);
                // Twice the data, the same rate: the evidence can only grow.
                prop_assert!(b.p_value <= a.p_value + 1e-9);
            }
        }

        #[test]
        fn p_values_are_probabilities(points in proptest::collection::vec((0f64..100.0, 0f64..10.0), 3..30)) {
            if let Some(fit) = linear_trend(&points) {
                prop_assert!((0.0..=1.0).contains(&fit.p_value));
            }
        }
    }
}
