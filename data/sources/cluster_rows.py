"""Rows ``cluster.<id>.built_racks`` and ``cluster.<id>.planned_racks`` of data/assumptions.csv.

Built: racks standing in the base year (2023). Only the National Data Administration's total
for the hubs (> 1.05 M standard racks at end-2023) and Qingyang's own count are published; the
other clusters share the remainder equally (reasoned, said in each row). Planned: a published
target and its year where one was found; otherwise the cluster stays at what is built.
"""

from __future__ import annotations

NDA_TOTAL = 1.05e6
NDA = (
    "National Data Administration (国家数据局), Director Liu Liehong, national data work conference "
    "2024-04-01/02, reported by Xinhua (新华社)"
)
QINGYANG_GOV = "Qingyang municipal government (庆阳市人民政府) ; page read: https://gxj.zgqingyang.gov.cn/xwzx/gzdt/content_219653"
CLUSTERS = ("zhangjiakou", "yrd_demo", "wuhu", "shaoguan", "tianfu", "chongqing", "helinger",
            "guian", "qingyang", "zhongwei")  # fmt: skip
QINGYANG_BUILT = 15_000
EQUAL_SHARE = (NDA_TOTAL - QINGYANG_BUILT) / (len(CLUSTERS) - 1)

#: cluster id -> (planned racks, target year, kind, source, note)
PLANS = {
    "shaoguan": (
        500_000,
        2025,
        "claim",
        "Shaoguan municipal target, as reported ; page read: "
        "http://www.takungpao.com/news/232108/2022/0322/700782.html",
        "Target of 500,000 standard racks by 2025 (Ta Kung Pao, 2022-03-22).",
    ),
    "qingyang": (
        800_000,
        2030,
        "official statistic",
        QINGYANG_GOV,
        "Ten-year plan: 800,000 standard racks (about 300,000 by end-2025).",
    ),
    "zhongwei": (
        720_000,
        2025,
        "claim",
        "Ningxia regional government press conference, 2022-08 ; page read: "
        "https://m.nxnews.net/mlxnxtj/202208/t20220830_7685507.html",
        "Ningxia's target of 720,000 standard racks by end-2025, for the whole region; nearly "
        "all of it is in the Zhongwei cluster, so it is read as the cluster's plan.",
    ),
}


def _built(cid: str) -> tuple:
    if cid == "qingyang":
        return (f"cluster.{cid}.built_racks", QINGYANG_BUILT, "racks", 10_000, 20_000,
                "official statistic", 2024, QINGYANG_GOV,
                "15,000 racks built and in operation in June 2024 (Qingyang government); read "
                "as the base year's figure, an upper bound for end-2023.",
                "national_problem.py")  # fmt: skip
    return (f"cluster.{cid}.built_racks", round(EQUAL_SHARE), "racks",
            round(EQUAL_SHARE * 0.5), round(EQUAL_SHARE * 2.0), "reasoned", 2023, NDA,
            "No count for this cluster was found: the NDA's 1.05 M racks of the hubs at end-2023 "
            "less Qingyang's 15,000, shared equally by the other nine clusters. Range x0.5-x2.",
            "national_problem.py")  # fmt: skip


def _planned(cid: str, built: float) -> tuple:
    if cid in PLANS:
        racks, year, kind, source, note = PLANS[cid]
        return (f"cluster.{cid}.planned_racks", racks, "racks", built, racks * 1.25, kind,
                year, source, note + " Capacity ramps linearly from the base year to it.",
                "national_problem.py")  # fmt: skip
    return (f"cluster.{cid}.planned_racks", built, "racks", built, built * 3.0, "reasoned", 2030,
            "", "No published rack plan for this cluster was found: it stays at what is built "
            "unless a scenario sets its planned capacity. High: three times the built racks.",
            "national_problem.py")  # fmt: skip


def cluster_rows() -> list[tuple]:
    """Built and planned racks per cluster, in the order of data/clusters.csv."""
    rows: list[tuple] = []
    for cid in CLUSTERS:
        built = _built(cid)
        rows += [built, _planned(cid, built[1])]
    return rows
