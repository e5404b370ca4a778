"""The domain holds plain data and ids; the engine's meanings of those ids agree with it, and
the old import paths keep working."""

from __future__ import annotations


def test_ids_agree_with_the_engine():
    from app.domain.ids import ACCELERATOR_IDS, COOLING_TECH_IDS, COOLING_TECH_LABELS
    from app.engine.costs.costs import ACCELERATOR_PROFILES
    from app.engine.pue.pue import COOLING_TECHS, TECH_LABELS

    assert tuple(COOLING_TECHS) == COOLING_TECH_IDS
    assert TECH_LABELS == COOLING_TECH_LABELS
    assert tuple(ACCELERATOR_PROFILES) == ACCELERATOR_IDS


def test_old_import_paths_re_export_the_domain_types():
    from app.domain.workload import RESIDENCIES, WorkloadClass
    from app.engine.allocation import allocation, allocation_problem

    assert allocation.WorkloadClass is allocation_problem.WorkloadClass is WorkloadClass
    assert allocation.RESIDENCIES is RESIDENCIES
    assert all(isinstance(c, WorkloadClass) for c in allocation.DEFAULT_CLASSES)
