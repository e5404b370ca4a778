"""The Ishigami function as a sweep model, to check the machinery against known indices.

f(x) = sin x1 + a sin^2 x2 + b x3^4 sin x1 with x uniform on [-pi, pi]^3 (Ishigami and
Homma 1990); with a = 7, b = 0.1 the Sobol indices are known in closed form
(Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, sec. 4.9): S1 = 0.3139,
0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
"""

from __future__ import annotations

import math

import numpy as np

from app.domain.sweep import SweepParameter

A, B = 7.0, 0.1
PARAMETERS = [SweepParameter(f"x{i}", "uniform", -math.pi, math.pi) for i in (1, 2, 3)]
_V1 = 0.5 * (1 + B * math.pi**4 / 5) ** 2
_V2 = A**2 / 8
_V = A**2 / 8 + B * math.pi**4 / 5 + B**2 * math.pi**8 / 18 + 0.5


def exact_indices() -> dict[str, tuple[float, float]]:
    """Parameter -> (S1, ST) in closed form."""
    v13 = 8 * B**2 * math.pi**8 / 225
    return {
        "x1": (_V1 / _V, (_V1 + v13) / _V),
        "x2": (_V2 / _V, _V2 / _V),
        "x3": (0.0, v13 / _V),
    }


class IshigamiModel:
    """Same interface as ``app.sweep.model.ScenarioModel``: columns and chunks of rows."""

    params = PARAMETERS

    def columns(self) -> dict[str, str]:
        return {"sample": "int", "x1": "float", "x2": "float", "x3": "float", "y": "float"}

    def run_chunk(self, start: int, values: np.ndarray, stop=lambda: False) -> list[dict]:
        rows = []
        for i, (x1, x2, x3) in enumerate(values):
            if stop():
                break
            y = math.sin(x1) + A * math.sin(x2) ** 2 + B * x3**4 * math.sin(x1)
            rows.append({"sample": start + i, "x1": x1, "x2": x2, "x3": x3, "y": y})
        return rows
