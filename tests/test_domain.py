"""The domain holds plain data and ids; the engine's meanings of those ids agree with it, and
the old import paths keep working."""

from __future__ import annotations


def test_ids_agree_with_the_engine():
    from app.domain.ids import ACCELERATOR_IDS, COOLING_TECH_IDS, COOLING_TECH_LABELS
    from app.engine.costs import ACCELERATOR_PROFILES
    from app.engine.pue import COOLING_TECHS, TECH_LABELS

    assert tuple(COOLING_TECHS) == COOLING_TECH_IDS
    assert TECH_LABELS == COOLING_TECH_LABELS
    assert tuple(ACCELERATOR_PROFILES) == ACCELERATOR_IDS


def test_old_import_paths_re_export_the_domain_types():
    from app.domain.assumptions import AllocationAssumptions
    from app.domain.workload import DEFAULT_CLASSES, RESIDENCIES, WorkloadClass
    from app.engine import allocation, allocation_problem, national_problem

    assert national_problem.AllocationAssumptions is AllocationAssumptions
    assert allocation.WorkloadClass is allocation_problem.WorkloadClass is WorkloadClass
    assert allocation.DEFAULT_CLASSES is DEFAULT_CLASSES
    assert allocation.RESIDENCIES is RESIDENCIES


def test_domain_defaults_equal_the_engine_statistics():
    from app.domain import assumptions
    from app.engine import demand

    assert assumptions.NATIONAL_IT_MW == demand.NATIONAL_IT_MW
    assert assumptions.STANDARD_RACK_KW == demand.STANDARD_RACK_KW
