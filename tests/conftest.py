"""Shared fixtures. Tests under tests/ui need a QApplication and are marked ``qt``; the rest
never import Qt and can run alone with ``pytest -m 'not qt'``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Keep every test away from the developer's real caches and settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SESSION_CACHE = Path(os.environ.get("CPN_TEST_CACHE_DIR", "/tmp/cpn-planner-test-cache"))
os.environ["CPN_CACHE_DIR"] = str(_SESSION_CACHE)

REPO = Path(__file__).resolve().parent.parent
REFERENCE_DIR = Path(os.environ.get("CPN_REFERENCE_DIR", REPO.parent / "shared" / "reference"))


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt)


@pytest.fixture(scope="session")
def atlas():
    from app.datasets.atlas import load_atlas

    return load_atlas()


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    if not REFERENCE_DIR.is_dir():
        pytest.skip(f"reference folder not found at {REFERENCE_DIR} (set CPN_REFERENCE_DIR)")
    return REFERENCE_DIR


@pytest.fixture(scope="session")
def dask_client():
    """A two-worker dask cluster in this process (threads: starts in about a second), shared
    by the sweep tests."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()
