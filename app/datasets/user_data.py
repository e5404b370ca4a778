"""What a planner's map file becomes, whatever its format: a :class:`UserLayer`, or a
:class:`UserDataError` naming the file and the problem in one sentence; and the feature cap
both readers (:mod:`app.datasets.user_layers`, :mod:`app.datasets.user_tables`) enforce."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from app.domain.text import tr

MAX_FEATURES = 200_000
"""More features are refused (counted before reading where the format allows): the map
could not draw them usefully, and reading them would hold up the window."""


class UserDataError(ValueError):
    """A planner's file cannot be used; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path, self.problem = Path(path), problem
        super().__init__(f"{Path(path).name}: {problem}")


@dataclass(frozen=True)
class UserLayer:
    """A loaded layer in map metres. ``kind`` is 'polygons', 'lines' or 'points'."""

    name: str
    path: Path
    kind: str
    geometries: np.ndarray  # shapely geometries in map metres
    attributes: pd.DataFrame  # one row per feature
    source_crs: str


def check_feature_count(path: Path, count: int) -> None:
    """Refuse a file with more than :data:`MAX_FEATURES` features, in one sentence."""
    if count > MAX_FEATURES:
        raise UserDataError(
            path,
            tr(
                "too many features ({count}; a layer may have up to {limit}); "
                "split the file or simplify it"
            ).format(count=f"{count:,}", limit=f"{MAX_FEATURES:,}"),
        )
