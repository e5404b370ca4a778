"""The built-in defaults as a table for reports and the assumptions dock.

The rows themselves (value, unit, range, kind, year, source, note) are read once, in the domain:
:mod:`app.domain.sourced` (``assumption``, ``default``, ``assumption_keys``, ``ranges``).
"""

from __future__ import annotations

import pandas as pd

from app.domain.sourced import COLUMNS, sourced_rows

#: What kind of figure a row is, from most to least direct.
KINDS = ("measured", "official statistic", "claim", "estimate", "reasoned")
#: Columns of :func:`assumptions_table`.
TABLE_COLUMNS = list(COLUMNS)


def assumptions_table() -> pd.DataFrame:
    """Every built-in assumption with value, unit, range, kind, year, source, note and where it
    is used, one row per key (for reports and the assumptions dock)."""
    return pd.DataFrame([a.__dict__ for a in sourced_rows().values()], columns=TABLE_COLUMNS)
