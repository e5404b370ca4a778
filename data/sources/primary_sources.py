"""Publisher-first sources for data/hubs.csv, data/clusters.csv and data/provinces.csv (issue 17).

Run from the repository root: ``python data/sources/primary_sources.py``. Idempotent.

Each source names who published the figure first (the NDRC-led replies approving the hub nodes,
a provincial or municipal government, a provincial statistics bureau); a page where it was read
follows only when that page is a government site or a news organisation of record. Reposts on
aggregator, document-sharing and unrelated commercial sites (``WEAK``) are dropped: the
publisher and the document stay, the mirror goes.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
#: Aggregators, document-sharing and unrelated commercial sites the figures were first read on.
WEAK = (
    "calabash-boy.com", "czcf.com", "zslijia.com", "shennongbaicaogaogw.com", "life0731.com",
    "dizo.com.cn", "e993.com", "orangecds.com", "irydgn.com", "enseignement-lsf.com",
    "renrendoc.com", "kdwc.cn", "hnyjedu.net", "letianhdf.cn", "hncx56.com", "cdslxx.cn",
    "ahxtdb.com", "51minsheng.com", "hbzqbyyxgs.com", "fenmiaogroup.com", "uncleroast.com.tw",
    "tyjgjz.com", "fudaoke.com", "xiaomonv0755.com", "psic.org.cn",
)  # fmt: skip
REPLY = "NDRC, CAC, MIIT, NEA (国家发展改革委、中央网信办、工业和信息化部、国家能源局), 关于同意{}启动建设全国一体化算力网络国家枢纽节点的复函"
NDRC_URL = "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202112/t20211229_{}.html"
HUBS = {
    "bth": REPLY.format("京津冀地区") + " (2022-02); reply text as reprinted by Hebei media",
    "yrd": REPLY.format("长三角地区") + " (发改高技〔2022〕211号, 2022-02); page read: "
    "http://ah.anhuinews.com/szxw/202202/t20220218_5817972.html",
    "gba": REPLY.format("粤港澳大湾区") + " (2022-02); page read: "
    "http://www.takungpao.com/news/232108/2022/0322/700782.html",
    "chengyu": REPLY.format("成渝地区") + " (2022-02)",
    "neimenggu": REPLY.format("内蒙古自治区") + f" (2021-12-20), {NDRC_URL.format(1310524)}",
    "guizhou": REPLY.format("贵州省") + f" (2021-12-20), {NDRC_URL.format(1310520)}; State "
    "Council 国发〔2022〕2号; page read: http://m.topoint.com.cn/tongxin/20220802/0219605.html",
    "gansu": REPLY.format("甘肃省") + f" (2021-12-20), {NDRC_URL.format(1310522)}",
    "ningxia": REPLY.format("宁夏回族自治区") + f" (2021-12-20), {NDRC_URL.format(1310526)}",
}
CLUSTERS = {
    "zhangjiakou": HUBS["bth"] + " ; city target: Hebei Daily (河北日报) 2023-07-05, page read: "
    "https://wz.hebei.com.cn/system/2023/07/05/101174520.shtml",
    "yrd_demo": HUBS["yrd"],
    "wuhu": HUBS["yrd"],
    "shaoguan": HUBS["gba"] + " (Shaoguan's 2025 target, Ta Kung Pao 2022-03-22) ; Southern "
    "Plus, page read: http://www.iccsz.com/4g/news.Asp?ID=55c3fdee7c6f4391bb2fef04d73fa5cc",
    "tianfu": HUBS["chengyu"] + " ; Sichuan provincial implementation plan (2022-08)",
    "chongqing": HUBS["chengyu"] + " ; start-area wording from a secondary compilation",
    "helinger": HUBS["neimenggu"] + " ; Inner Mongolia 2024 data-centre rule, page read: "
    "https://nmg.cnipai.com/news/detail/307185.html",
    "guian": HUBS["guizhou"] + " ; Guizhou provincial government opinion (2022)",
    "qingyang": HUBS["gansu"] + " ; Qingyang municipal government (庆阳市人民政府), "
    "https://gxj.zgqingyang.gov.cn/xwzx/gzdt/content_219653",
    "zhongwei": HUBS["ningxia"] + " ; Ningxia regional government press conference 2022-08, "
    "page read: https://m.nxnews.net/mlxnxtj/202208/t20220830_7685507.html",
}
BUREAU = "{} statistics bureau (统计局), "
WEAK_URL = re.compile(
    r"(blog summary )?https?://(?:[\w-]+\.)*(?:"
    + "|".join(map(re.escape, WEAK))
    + r")[^\s,;]*?(?=[.,;]?(\s|$)|\))"
)


def _drop_weak(text: str) -> str:
    """A weak page becomes 'a repost (not cited)'; the rest of the text stays."""
    text = re.sub(r"\((" + WEAK_URL.pattern + r")\)", "(a repost, not cited)", text)
    return WEAK_URL.sub("a repost (not cited)", text)


def _province(row: dict[str, str]) -> dict[str, str]:
    name = row["name_en"]
    for column in ("source_gdp", "source_population"):
        text = _drop_weak(row[column])
        if text and not text.startswith("NOT FOUND") and "tatistics bureau" not in text.lower():
            text = BUREAU.format(name) + text
        row[column] = text
    return row


def _rewrite(name: str, key: str, change) -> None:
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = list(reader.fieldnames or []), [change(dict(r)) for r in reader]
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(path)


def _with_source(table: dict[str, str], key: str):
    def change(row: dict[str, str]) -> dict[str, str]:
        row["source"] = table[row[key]]
        row["notes"] = _drop_weak(row["notes"])
        return row

    return change


def main() -> None:
    _rewrite("hubs.csv", "hub_id", _with_source(HUBS, "hub_id"))
    _rewrite("clusters.csv", "cluster_id", _with_source(CLUSTERS, "cluster_id"))
    _rewrite("provinces.csv", "adcode", _province)


if __name__ == "__main__":
    main()
