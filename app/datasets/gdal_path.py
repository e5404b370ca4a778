"""A file name that reaches GDAL as the file it names, whatever characters it holds.

pyogrio reads a path as a URI before GDAL sees it: a ``;`` in the file name starts URL
"parameters" and is cut off (``semi;colon.geojson`` -> ``semi``, also any ``&amp;``), and a
``!`` splits an archive from its member. Such a file is read through a link (a copy where links
cannot be made) with a plain name in a temporary folder, next to links to its sidecar files
(a shapefile's .dbf, .shx, .prj, .cpg) so the format finds them as it would beside the original.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _as_given(text: str) -> bool:
    """True when pyogrio hands ``text`` to GDAL unchanged."""
    from pyogrio.util import vsi_path

    return vsi_path(text) == text


@contextmanager
def gdal_path(path: Path) -> Iterator[str]:
    """A name for ``path`` that GDAL opens as that file (the path itself when it is safe)."""
    text = str(Path(path).absolute())
    if _as_given(text):
        yield text
        return
    path = Path(text)
    with tempfile.TemporaryDirectory(prefix="cpn-layer-") as folder:
        alias = Path(folder) / f"layer{path.suffix}"
        for sibling in glob.glob(glob.escape(str(path.with_suffix(""))) + ".*"):
            tail = os.path.basename(sibling)[len(path.stem) :]  # ".dbf", ".shp.xml", ...
            _link(Path(sibling), Path(folder) / f"layer{tail}")
        yield str(alias)


def _link(source: Path, target: Path) -> None:
    try:
        os.symlink(source, target)
    except OSError:  # no symlinks (Windows without the right): a copy, files are capped
        shutil.copyfile(source, target)


def plain_error(text: str, alias: str, path: Path) -> str:
    """GDAL's message with the temporary name put back to the planner's file."""
    return text.replace(alias, str(path)) if alias != str(path) else text
