"""No command writes over one of its own inputs: ``report plan.geojson -o plan.geojson``,
``solve in.mps --mps in.mps`` or ``suggest --candidates c.csv --apply c.csv`` would replace
the file being read. :func:`overwritten_input` refuses such an output, before any work."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from app.domain.text import tr


def scenario_inputs(path: str | Path | None, scenario=None) -> list[Path]:
    """The files a command reads for a scenario: the scenario file at ``path`` (None: the
    built-in baseline) and every ``[base]`` table and site weather file ``scenario`` names."""
    from app.domain.scenario import BUILTIN

    files = [Path(path)] if path else []
    if scenario is not None:
        files += [Path(v) for v in scenario.base.values() if v and v != BUILTIN]
        files += [Path(s.weather_file) for s in scenario.sites if s.weather_file]
    return files


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether ``a`` and ``b`` are one file: the same inode when both exist (hard links,
    symbolic links, ``./x`` and ``x``), else the same resolved path."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def overwritten_input(outputs: Iterable[str | Path], inputs: Iterable[str | Path]) -> str | None:
    """One sentence refusing the first of ``outputs`` that is the same file as one of
    ``inputs``, naming both; None when every output is a new file."""
    inputs = list(inputs)
    for out in outputs:
        for source in inputs:
            if same_file(out, source):
                return tr(
                    "{output} is the input file {input} of this command; choose another output name"
                ).format(output=out, input=source)
    return None
