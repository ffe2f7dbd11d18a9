#!/usr/bin/env python3
"""Reference numbers for nightcramp's statistics, from statsmodels and scipy.

Run:  pip install statsmodels==0.15.0 scipy==1.17.1 && python3 make_reference.py
It writes trends.json (trend tests) and tables.json (2x2 tables, false-discovery control,
rate comparisons, logistic regression).
The Rust tests (crates/core/tests/it/reference.rs) compare our results with these, so the
numbers a person sees agree with an established package. Re-run only when adding cases.
"""
import json

import numpy as np
import statsmodels
import statsmodels.api as sm


def poisson_case(name, x, counts, exposure):
    X = sm.add_constant(np.asarray(x, dtype=float))
    fit = sm.GLM(np.asarray(counts, dtype=float), X, family=sm.families.Poisson(),
                 offset=np.log(np.asarray(exposure, dtype=float))).fit(tol=1e-14, maxiter=1000)
    return {"name": name, "x": x, "counts": counts, "exposure": exposure,
            "intercept": fit.params[0], "slope": fit.params[1],
            "slope_se": fit.bse[1], "p_value": fit.pvalues[1]}


def ols_case(name, x, y):
    fit = sm.OLS(np.asarray(y, dtype=float), sm.add_constant(np.asarray(x, dtype=float))).fit()
    return {"name": name, "x": x, "y": y, "intercept": fit.params[0], "slope": fit.params[1],
            "slope_se": fit.bse[1], "p_value": fit.pvalues[1]}


rng = np.random.default_rng(20261128)
poisson = [
    poisson_case("rising weekly cramps", [0, 1, 2, 3, 4, 5], [1, 2, 2, 4, 5, 7], [7, 7, 7, 7, 7, 7]),
    poisson_case("falling with gaps in logging", [0, 1, 2, 4, 5, 7], [9, 8, 6, 4, 3, 1], [7, 6, 5, 7, 4, 7]),
    poisson_case("flat", [0, 1, 2, 3], [3, 3, 3, 3], [7, 7, 7, 7]),
    poisson_case("zeros and uneven exposure", [0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 0, 2, 0, 1, 3, 2], [4, 7, 5, 7, 6, 7, 7, 5]),
]
for i in range(6):
    weeks = int(rng.integers(4, 13))
    exposure = rng.integers(4, 8, size=weeks)
    rate = np.exp(rng.normal(-0.5, 0.5) + rng.normal(0, 0.1) * np.arange(weeks))
    counts = rng.poisson(rate * exposure)
    if counts.sum() == 0:
        counts[-1] = 1
    poisson.append(poisson_case(f"random {i}", list(range(weeks)), counts.tolist(), exposure.tolist()))

ols = [
    ols_case("pain rising", [0, 0.5, 1, 1.5, 2, 3, 3.5, 4], [4, 5, 4, 6, 6, 7, 6, 8]),
    ols_case("pain flat", [0, 1, 2, 3, 4, 5, 6, 7, 8], [5, 6, 5, 4, 5, 6, 5, 4, 5]),
]
for i in range(4):
    n = int(rng.integers(5, 30))
    x = np.sort(rng.uniform(0, 12, size=n)).round(3)
    y = np.clip(np.round(5 + rng.normal(0, 0.1) * x + rng.normal(0, 1.5, size=n)), 1, 10)
    ols.append(ols_case(f"random {i}", x.tolist(), y.tolist()))

with open("trends.json", "w") as f:
    json.dump({"generator": f"statsmodels {statsmodels.__version__}",
               "poisson": poisson, "ols": ols}, f, indent=1)

import scipy
from scipy import stats
from scipy.stats.contingency import relative_risk
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.rates import confint_poisson_2indep
from statsmodels.stats.contingency_tables import Table2x2

def fisher_mid_p(a, b, c, d):
    """Two-sided mid-p: P(tables less likely) + P(tables as likely) / 2, from scipy's
    hypergeometric distribution (the same ordering as scipy's fisher_exact)."""
    n, row1, col1 = a + b + c + d, a + b, a + c
    if n == 0 or row1 in (0, n) or col1 in (0, n):
        return 1.0
    dist = stats.hypergeom(n, row1, col1)
    support = np.arange(max(0, row1 + col1 - n), min(row1, col1) + 1)
    pmf = dist.pmf(support)
    observed = dist.pmf(a)
    rel = 1 + 1e-7
    less = pmf[pmf < observed / rel].sum()
    same = pmf[(pmf >= observed / rel) & (pmf <= observed * rel)].sum()
    return float(min(1.0, less + 0.5 * same))


def risk_ratio_of(a, b, c, d):
    """Every table gets its reference risk ratio and Katz interval: scipy's relative_risk,
    or, when a group has no events, statsmodels' Table2x2 on the table with 0.5 added to
    every cell (the Haldane-Anscombe correction nightcramp uses; statsmodels' own
    shift_zeros adds 0.5 to the zero cells only, a different convention). A group with no
    nights has none."""
    if a + b == 0 or c + d == 0:
        return {"risk_ratio": None}
    if a > 0 and c > 0:
        rr = relative_risk(a, a + b, c, c + d)
        ci = rr.confidence_interval(0.95)
        return {"risk_ratio": rr.relative_risk, "ci_low": ci.low, "ci_high": ci.high, "corrected": False}
    table = Table2x2(np.array([[a, b], [c, d]], dtype=float) + 0.5, shift_zeros=False)
    low, high = table.riskratio_confint(0.05)
    return {"risk_ratio": float(table.riskratio), "ci_low": float(low), "ci_high": float(high),
            "corrected": True}


tables = []
for a, b, c, d in [(14, 6, 9, 51), (3, 22, 20, 30), (1, 1, 1, 1), (0, 10, 5, 5), (12, 0, 3, 40),
                   (5, 40, 6, 39), (30, 20, 45, 55), (2, 98, 1, 199), (7, 3, 2, 8)]:
    entry = {"a": a, "b": b, "c": c, "d": d,
             "fisher_p": stats.fisher_exact([[a, b], [c, d]]).pvalue,
             "fisher_mid_p": fisher_mid_p(a, b, c, d)}
    entry.update(risk_ratio_of(a, b, c, d))
    tables.append(entry)
for i in range(20):
    a, b, c, d = (int(v) for v in rng.integers(0, 60, size=4))
    entry = {"a": a, "b": b, "c": c, "d": d, "fisher_p": stats.fisher_exact([[a, b], [c, d]]).pvalue,
             "fisher_mid_p": fisher_mid_p(a, b, c, d)}
    entry.update(risk_ratio_of(a, b, c, d))
    tables.append(entry)

bh = []
for m in [1, 5, 40]:
    p = rng.uniform(0, 1, size=m) ** 3
    bh.append({"p": p.tolist(), "q": multipletests(p, method="fdr_bh")[1].tolist()})
bh.append({"p": [0.01, 0.01, 0.04, 0.5, 0.04], "q": multipletests([0.01, 0.01, 0.04, 0.5, 0.04], method="fdr_bh")[1].tolist()})

binom = [{"k": k, "n": n, "p": p, "p_value": stats.binomtest(k, n, p).pvalue}
         for k, n, p in [(3, 10, 0.5), (0, 12, 0.3), (12, 12, 0.3), (7, 40, 0.5), (25, 40, 0.45), (1, 2, 0.9)]]

rates = []
for y1, n1, y2, n2 in [(10, 60, 25, 70), (4, 28, 9, 30), (30, 90, 28, 88), (1, 14, 6, 14)]:
    low, high = confint_poisson_2indep(y1, n1, y2, n2, method="wald-log", compare="ratio")
    rates.append({"count1": y1, "exposure1": n1, "count2": y2, "exposure2": n2,
                  "ratio": (y1 / n1) / (y2 / n2), "ci_low": float(low), "ci_high": float(high),
                  "p_value": stats.binomtest(y1, y1 + y2, n1 / (n1 + n2)).pvalue})

logistic = []
for i in range(4):
    n = int(rng.integers(60, 300))
    x1 = rng.integers(0, 2, size=n)
    x2 = np.where(rng.uniform(size=n) < 0.7, x1, rng.integers(0, 2, size=n))
    eta = -1.5 + 1.0 * x1 + rng.normal(0, 0.3) * x2
    y = (rng.uniform(size=n) < 1 / (1 + np.exp(-eta))).astype(int)
    fit = sm.Logit(y, sm.add_constant(np.column_stack([x1, x2]).astype(float))).fit(disp=0, tol=1e-12)
    logistic.append({"x": np.column_stack([x1, x2]).tolist(), "y": y.tolist(),
                     "coefficients": fit.params.tolist(), "standard_errors": fit.bse.tolist(),
                     "p_values": fit.pvalues.tolist()})

with open("tables.json", "w") as f:
    json.dump({"generator": f"scipy {scipy.__version__}, statsmodels {statsmodels.__version__}",
               "tables": tables, "benjamini_hochberg": bh, "binomial": binom,
               "rates": rates, "logistic": logistic}, f, indent=1)
