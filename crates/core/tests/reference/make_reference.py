#!/usr/bin/env python3
"""Reference numbers for nightcramp's statistics, from statsmodels.

Run:  pip install statsmodels==0.15.0 && python3 make_reference.py > trends.json
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

print(json.dumps({"generator": f"statsmodels {statsmodels.__version__}",
                  "poisson": poisson, "ols": ols}, indent=1))
