"""Synthetic years of a normals table's stations, built once per station and kept (bounded).

A station's synthetic year is deterministic (same normals, same seed: same year), so a site
dragged back to a station already seen, or a second site near it, costs only its PUE years.
The years belong to their table: an entry keeps the table alive beside it, so the table's id
stays its own (as :func:`~app.engine.climate.normals.normals_by_station` does), and a new atlas
or a planner's normals file starts afresh. Callers share the years, so their arrays are
read-only. :data:`YEARS_KEPT` years of ~0.28 MB each are kept, least recently used dropped.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace

import numpy as np
import pandas as pd

from app.engine.climate.climate import synthesize_many
from app.engine.climate.normals import normals_by_station
from app.engine.climate.weather import HourlyWeather

#: Station years kept (about 18 MB): more than a drag across a province visits.
YEARS_KEPT = 64

_YEARS: OrderedDict[tuple[int, str], tuple[pd.DataFrame, HourlyWeather]] = OrderedDict()
_LOCK = threading.Lock()  # the GUI thread asks for a card while a worker evaluates


def station_years(normals: pd.DataFrame, names: list[str]) -> list[HourlyWeather]:
    """The synthetic year (seed 0, local solar time) of each station in ``names``, from the
    normals table ``normals``; the missing ones synthesised in one batch."""
    found: dict[str, HourlyWeather] = {}
    with _LOCK:
        for name in names:
            hit = _YEARS.get((id(normals), name))
            if hit is not None and hit[0] is normals:
                _YEARS.move_to_end((id(normals), name))
                found[name] = hit[1]
    missing = [name for name in dict.fromkeys(names) if name not in found]
    if missing:
        by_name = normals_by_station(normals)
        for name, year in zip(missing, synthesize_many([by_name[n] for n in missing]), strict=True):
            found[name] = _own_read_only(year)
        with _LOCK:
            for name in missing:
                _YEARS[(id(normals), name)] = (normals, found[name])
            while len(_YEARS) > YEARS_KEPT:
                _YEARS.popitem(last=False)
    return [found[name] for name in names]


def _own_read_only(year: HourlyWeather) -> HourlyWeather:
    """The year with arrays of its own (a batch's rows would keep the whole batch alive),
    read-only: every caller shares them."""

    def own(values):
        values = np.array(values)
        values.flags.writeable = False
        return values

    return replace(
        year,
        tdb_c=own(year.tdb_c),
        rh_pct=own(year.rh_pct),
        twb_c=own(year.twb_c),
        dewpoint_c=own(year.dewpoint_c),
    )


def clear() -> None:
    """Forget every kept year (benchmarks time the first year of a station with it)."""
    with _LOCK:
        _YEARS.clear()
