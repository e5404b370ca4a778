"""Rewrite data/tariffs.csv: the 1-10 kV T&D rows and every row's source (issue 17).

Run from the repository root: ``python data/sources/tariff_rows.py``. Idempotent.

- T&D: the two-part (large-industry) energy charge at 1-10(20) kV, 4th regulatory period, for
  every province, from NDRC 发改价格〔2026〕1077号 annex 1 (Tibet: Tibet DRC, from 2026-10-01),
  the same voltage level as the published agency prices the composed estimate is checked
  against. The annex row is quoted in each note (two-part charges from the lowest voltage
  level up); the 220 kV+ charge the table carried before is kept in the note.
- Sources: each row names its publisher first (NDRC, MoF, the grid company, a provincial
  government); the page where the figure was read follows as ``page read:``.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "tariffs.csv"
TD_OLD = "td_tariff_220kV_plus_two_part_energy_4th_period"
TD_NEW = "td_tariff_1-10kV_two_part_energy_4th_period"
NDRC_1077 = (
    "NDRC (国家发展改革委), 发改价格〔2026〕1077号, annex 1 省级电网输配电价表, "
    "https://www.ndrc.gov.cn/xwdt/tzgg/202607/t20260710_1406433.html "
    "(annex https://www.ndrc.gov.cn/xwdt/tzgg/202607/P020260710613710982159.pdf)"
)
TIBET_DRC = (
    "Tibet Autonomous Region DRC (西藏自治区发展和改革委员会), 4th-period T&D notice approved by "
    "NDRC, https://drc.xizang.gov.cn/fgdt/jggl/202607/t20260731_552206.html"
)
TD_PAGE = (
    "page read: github.com/ChenShi-Tech/interprovince-route-optimizer@959a1ca "
    "docs/原始文件/省级电网输配电价_第四监管周期.json (annex rows quoted verbatim)"
)
#: adcode -> (1-10 kV two-part charge CNY/kWh, the annex's two-part row as quoted, grid)
TD_1_10KV = {
    110000: (0.2050, "两部制 0.2050 0.1650 0.1500 (1-10, 35-110, 220+)", "Beijing"),
    120000: (0.1631, "两部制 0.2158 0.1631 0.1402 0.1264 0.1052 (<1 kV first)", "Tianjin"),
    130000: (0.1365, "冀北 两部制 0.1585 0.1365 0.1145 0.0925 0.0705 (<1 kV first)", "Jibei"),
    140000: (0.1040, "两部制 0.1040 0.0740 0.0490 0.0290", "Shanxi"),
    150000: (0.0787, "蒙西 两部制 0.0876 0.0787 0.0637 0.0520 0.0429 (<1 kV first)", "Mengxi"),
    210000: (0.1053, "两部制 0.1182 0.1053 0.0840 0.0571 (<1, 1-10, 110, 220+)", "Liaoning"),
    220000: (0.1513, "两部制 0.1513 0.1213 0.1113 (1-10, 66, 220+)", "Jilin"),
    230000: (0.1385, "两部制 0.1385 0.1171 0.1026 0.0763", "Heilongjiang"),
    310000: (0.1623, "两部制 0.1781 0.1623 0.1268 0.0953 0.0851 (<1 kV first)", "Shanghai"),
    320000: (0.1298, "两部制 0.1298 0.1048 0.0788 0.0518", "Jiangsu"),
    330000: (0.1250, "两部制 0.1250 0.0895 0.0767 0.0663", "Zhejiang"),
    340000: (0.1324, "两部制 0.1324 0.1070 0.0809 0.0548", "Anhui"),
    350000: (0.1219, "两部制 0.1219 0.1019 0.0769 0.0462", "Fujian"),
    360000: (0.1485, "两部制 0.1485 0.1285 0.1085 0.0935", "Jiangxi"),
    370000: (0.1400, "两部制 0.1400 0.1230 0.1060 0.0890", "Shandong"),
    410000: (0.1655, "两部制 0.1655 0.1392 0.1125 0.0980", "Henan"),
    420000: (0.1263, "两部制 0.1263 0.1065 0.0884 0.0694", "Hubei"),
    430000: (0.1694, "两部制 0.1694 0.1394 0.1104 0.0852", "Hunan"),
    440000: (0.0979, "两部制 0.0979 0.0727 0.0449 (1-10, 35-110, 220+)", "Guangdong"),
    450000: (0.1476, "两部制 0.1476 0.1054 0.0777 0.0293", "Guangxi"),
    460000: (0.1348, "两部制 0.1348 0.1180 0.0993 0.0702", "Hainan"),
    500000: (0.1515, "两部制 0.1515 0.1256 0.1062 0.0868", "Chongqing"),
    510000: (0.1391, "两部制 0.1391 0.1125 0.0644 0.0466", "Sichuan"),
    520000: (0.1238, "两部制 0.1238 0.1097 0.0720 0.0468", "Guizhou"),
    530000: (0.1246, "两部制 0.1246 0.0995 0.0683 0.0475", "Yunnan"),
    540000: (0.3024, "大工业 两部制 0.3024 0.2924 0.2824 0.2824", "Tibet"),
    610000: (0.1271, "大工业(两部制) 0.1271 0.1061 0.0861 0.0731 (excl. Yulin)", "Shaanxi"),
    620000: (0.1063, "两部制 0.1063 0.0923 0.0799 0.0693", "Gansu"),
    630000: (0.0871, "两部制 0.0871 0.0811 0.0711 0.0600", "Qinghai"),
    640000: (0.0903, "两部制 0.0903 0.0749 0.0567 0.0491", "Ningxia"),
    650000: (0.1202, "两部制 0.1202 0.1098 0.0808 0.0485", "Xinjiang"),
}
COAL_SOURCE = (
    "NDRC (国家发展改革委), 发改价格规〔2019〕1658号 关于深化燃煤发电上网电价形成机制改革的"
    "指导意见: from 2020-01-01 the benchmark is each province's coal-fired on-grid benchmark "
    "price in force (set by NDRC price notices); page read: secondary transcriptions (a 2020 "
    "public table of 各省燃煤发电标杆上网电价, 15 values confirmed by a second one), not "
    "checked against the NDRC notices"
)
FUNDS_SOURCE = (
    "MoF (财政部) government funds and surcharges on electricity (政府性基金及附加: renewable "
    "energy surcharge, major water-conservancy fund, reservoir resettlement funds), summed per "
    "kWh for each provincial grid as listed with NDRC 发改价格〔2026〕1077号; page read: "
    "github.com/ChenShi-Tech/interprovince-route-optimizer@069f16f src/extra.json"
)
TIBET_GOV = (
    "Tibet Autonomous Region government (西藏自治区人民政府), 《销售电价引导降低社会用电成本的"
    "通知》 (2023-11-29); page read: a 2025 compilation of provincial power data quoting it"
)
HUBEI = (
    "State Grid Hubei Electric Power Co. (国网湖北省电力有限公司), 代理购电工商业用户电价表 "
    "2026-01 (policy 鄂发改价管〔2024〕77号); page read: a public test file that fixes the table "
    "verbatim"
)
BEIJING_2024 = (
    "State Grid Beijing Electric Power Co. (国网北京市电力公司), 代理购电工商业用户电价表 "
    "2024-07, https://www.95598.cn/omg-static/omg-static/99306272029057823884400238783751.pdf"
)
#: Old notes cited code-index ids and a weak repository: (pattern, replacement).
WEAK_NOTE = (
    (r"github\.com/johnhany/BladeBend@\w+ docs/各省数据2025/\S+?\.md",
     "a second transcription (a 2025 compilation of provincial power data)"),
    (r"\s?\(code-index ids? [\d, ]+\)", ""),
    (r",? code-index ids? [\d, ]+(?=\))", ""),
    (r"BladeBend notes say 蒙西 benchmark not disclosed there",
     "the second transcription does not give the 蒙西 benchmark"),
)  # fmt: skip


def _clean_note(note: str) -> str:
    for pattern, replacement in WEAK_NOTE:
        note = re.sub(pattern, replacement, note)
    return note


def _agency_source(old: str) -> str:
    """Grid company first (from the record's own source field), the app that carried it second."""
    m = re.search(r"source field '国网(\S+?)95598公告', policy ([^)]+)\)", old)
    if not m:
        return old
    record = re.search(r"record id (\S+)", old)
    return (
        f"State Grid {m.group(1)} (国网{m.group(1)}), 代理购电工商业用户电价表 2026-08, announced "
        f"on 95598 (policy {m.group(2)}); page read: github.com/slingjie/SolarPrice-Insight"
        f"@7fa376d constants_tariffs.ts, record {record.group(1) if record else '?'}"
    )


def _td_row(row: dict[str, str]) -> dict[str, str]:
    code = int(row["adcode"])
    value, quote, grid = TD_1_10KV[code]
    old = row["price_cny_per_kwh"]
    source = TIBET_DRC if code == 540000 else NDRC_1077
    note = (
        "Provincial grid transmission-distribution energy charge (输配电价), two-part "
        f"(large-industry) users at 1-10(20) kV, {grid} grid; annex row: {quote}. A cost "
        "component only (excl. energy, losses, system-operation fee, funds, demand charge); "
        f"the same voltage level as the published agency prices. 220 kV+ charge: {old}."
    )
    if code == 440000:
        note += " Price zones add a cross-subsidy (northern Guangdong incl. Shaoguan -0.0896)."
    period = "2026-10 onward" if code == 540000 else "2026-08 onward (4th regulatory period)"
    return {
        **row,
        "basis": TD_NEW,
        "price_cny_per_kwh": f"{value:.4f}",
        "period": period,
        "source": f"{source}; {TD_PAGE}",
        "notes": note,
    }


def rewrite(row: dict[str, str]) -> dict[str, str]:
    basis, source = row["basis"], row["source"]
    row = {**row, "notes": _clean_note(row["notes"])}
    if basis == TD_OLD:
        return _td_row(row)
    if basis == "coal_benchmark_2019":
        row["source"] = COAL_SOURCE
    elif basis == "govt_funds_surcharges_per_kwh":
        row["source"] = FUNDS_SOURCE
    elif basis == "catalogue_large_industry_flat":
        row["source"] = TIBET_GOV
    elif "2026-01" in basis:
        row["source"] = HUBEI
    elif "2024-07" in basis:
        row["source"] = BEIJING_2024
    elif basis.startswith("agency_purchase") and source:
        row["source"] = _agency_source(source)
    return row


def main() -> None:
    with PATH.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = list(reader.fieldnames or []), [rewrite(r) for r in reader]
    tmp = PATH.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(PATH)


if __name__ == "__main__":
    main()
