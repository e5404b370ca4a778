"""Write data/prefecture_population.csv from prefecture_population_source.txt.

The source file is a hand transcription (adcode, name, 2020 census resident population, flag)
of a public JSON that parses a Wikipedia table of the Seventh National Population Census
(2020-11-01); see the header of the .txt and data/README.md. Run:
``python data/sources/prefecture_population.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = (
    "zh.wikipedia '中華人民共和國城市人口排名' rev. 94716648 (7th census, 2020-11-01), as "
    "parsed in github.com/Ethan-H147/china_interactive_map dist/data/region-population.json "
    "@472c879a"
)
FLAG_NOTES = {
    "inconsistent": "total below its own urban population in the source (flagged there): not used",
    "duplicate_of_640100": "same value as Yinchuan in the source (copy error): not used",
}


def main() -> None:
    rows = []
    for line in (HERE / "prefecture_population_source.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        code, name, total = int(parts[0]), parts[1], int(parts[2])
        flag = parts[3] if len(parts) > 3 else ""
        rows.append(
            (code, name, code // 10000 * 10000, total, flag, FLAG_NOTES.get(flag, ""), SOURCE)
        )
    out = HERE.parent / "prefecture_population.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(
            ["adcode", "name_zh", "province_adcode", "population_2020", "flag", "note", "source"]
        )
        w.writerows(sorted(rows))


if __name__ == "__main__":
    main()
