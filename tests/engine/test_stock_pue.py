"""Each province's existing stock gets a PUE from its class mix and climate; the planner's
single stock PUE still overrides it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.domain.assumptions import AllocationAssumptions
from app.engine.allocation.national_problem import build_national_problem, stock_capacity
from app.engine.pue.stock_pue import national_mean, stock_pue_by_province

HEILONGJIANG, GUANGDONG = 230000, 440000


def test_national_mean_near_the_published_average(atlas) -> None:
    pue = stock_pue_by_province(atlas)
    assert set(pue) == {int(c) for c in atlas.provinces.index}
    mean = national_mean(pue, stock_capacity(atlas, AllocationAssumptions()))
    assert 1.44 <= mean <= 1.52  # published 1.49 (2021), 1.42 (mid-2025 incl. clusters)
    assert pue[HEILONGJIANG] < pue[GUANGDONG]  # climate matters


def test_a_province_class_changes_only_that_province(atlas) -> None:
    base = stock_pue_by_province(atlas)
    small = stock_pue_by_province(atlas, {GUANGDONG: "small"})
    best = stock_pue_by_province(atlas, {GUANGDONG: "hyperscale"})
    assert best[GUANGDONG] < base[GUANGDONG] < small[GUANGDONG]
    assert small[HEILONGJIANG] == base[HEILONGJIANG]


def test_the_national_problem_uses_it_unless_overridden(atlas) -> None:
    codes = [int(c) for c in atlas.provinces.index]
    by_province = stock_pue_by_province(atlas)
    a = AllocationAssumptions()
    problem = build_national_problem(atlas, a)
    # at today's utilisation each hall uses exactly its average PUE: marginal + fixed part
    s = problem.sites
    average = s.annual_pue + s.fixed_mwh_per_mw_rated / (a.stock_utilisation * 8760.0)
    assert list(average[: len(codes)]) == pytest.approx([by_province[c] for c in codes])
    assert np.all(s.fixed_mwh_per_mw_rated[: len(codes)] > 0)
    assert np.all(s.annual_pue[: len(codes)] < average[: len(codes)])
    fixed = build_national_problem(atlas, replace(a, stock_pue=1.5, retire_idle_halls=True))
    assert set(fixed.sites.annual_pue[: len(codes)]) == {1.5}  # retired: the average PUE
    assert not fixed.sites.fixed_mwh_per_mw_rated.any()


def test_the_stock_pue_is_at_the_utilisation_its_energy_is_charged_at(atlas) -> None:
    """Issue 17: the stock draws 0.40 of its rating today and its PUE is computed there, not at
    0.6 while charged at full load; a fuller stock spreads its fixed losses thinner."""
    codes = [int(c) for c in atlas.provinces.index]
    a = AllocationAssumptions()
    assert a.stock_utilisation == pytest.approx(0.40)
    at_default = stock_pue_by_province(atlas, utilization=a.stock_utilisation)
    assert stock_pue_by_province(atlas) == at_default
    fuller = replace(a, stock_utilisation=0.8, retire_idle_halls=True)  # the average PUE
    problem = build_national_problem(atlas, fuller)
    at_08 = stock_pue_by_province(atlas, utilization=0.8)
    assert list(problem.sites.annual_pue[: len(codes)]) == pytest.approx([at_08[c] for c in codes])
    assert all(at_08[c] < at_default[c] for c in codes)


def test_the_sourced_row_states_the_computation(atlas) -> None:
    """``assumptions.stock_pue`` (what a planner may set instead, and the sweep's range) is
    the computed national mean, its range the provinces' lowest and highest (2 places)."""
    from app.domain.sourced import sourced_rows

    row = sourced_rows()["assumptions.stock_pue"]
    pue = stock_pue_by_province(atlas)
    mean = national_mean(pue, stock_capacity(atlas, AllocationAssumptions()))
    assert (row.value, row.low, row.high) == (
        round(mean, 2),
        round(min(pue.values()), 2),
        round(max(pue.values()), 2),
    )
