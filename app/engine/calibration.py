"""Where the shared reference folder is (the PUE calibration itself is ``tools/pue_calibration.py``;
its inputs ship in ``tests/data/reference/``)."""

from __future__ import annotations

import os
from pathlib import Path

import app.paths


def reference_dir() -> Path:
    """Shared reference folder: ``$CPN_REFERENCE_DIR`` or ``<repo>/../shared/reference``."""
    default = Path(app.paths.ROOT).parent / "shared" / "reference"
    return Path(os.environ.get("CPN_REFERENCE_DIR", default))
