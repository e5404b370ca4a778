"""Sources of the built-in data (issue 17): no weak mirror, no path outside the repository, and
every official statistic names its publisher first."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from app.datasets.assumptions import assumptions_table

ROOT = Path(__file__).resolve().parents[2]
#: Pages the issue named as weak mirrors: a game company, aggregators, download and web-design
#: sites, a construction blog, a shop page, a random model repository, a docs mirror.
REFUSED_DOMAINS = (
    "56ygame.com",
    "reportify.cn",
    "eraes.com.cn",
    "mzph.cn",
    "yiyuedu.top",
    "cdxwcx.cn",
    "kaledl.com",
    "51cps.net",
    "cortexconstruct.com",
    "wanwend.com",
    "huggingface.co",
    "w3cschool.cn",
    "7longwen.com",
    "youkuaiyun.com",
    "semifly.ai",
    # tariffs (issue 17): a personal notes repository and unresolvable code-index ids
    "johnhany/BladeBend",
    "code-index",
    # reposts the racks, fill rate and hub figures were read on (the publisher is named instead)
    "gyxww.net",
    "bg3.co",
    "taibo.cn",
    "ytjhdl.cn",
    "99poke.cn",
    "raw.githubusercontent.com",
    # hubs, clusters and provinces: aggregators, document sharing, unrelated commercial sites
    # (the list data/sources/primary_sources.py drops)
    "calabash-boy.com",
    "czcf.com",
    "zslijia.com",
    "shennongbaicaogaogw.com",
    "life0731.com",
    "dizo.com.cn",
    "e993.com",
    "orangecds.com",
    "irydgn.com",
    "enseignement-lsf.com",
    "renrendoc.com",
    "kdwc.cn",
    "hnyjedu.net",
    "letianhdf.cn",
    "hncx56.com",
    "cdslxx.cn",
    "ahxtdb.com",
    "51minsheng.com",
    "hbzqbyyxgs.com",
    "fenmiaogroup.com",
    "uncleroast.com.tw",
    "tyjgjz.com",
    "fudaoke.com",
    "xiaomonv0755.com",
    "psic.org.cn",
)
#: Publishers an official statistic may name (issue 17's list, plus the agencies used here).
PUBLISHERS = re.compile(
    r"^(MIIT|NDRC|NEA|MEE|NBS|CAICT|IEA|NVIDIA|National Data Administration|"
    r"\w+ (municipal|provincial|regional) government|https://www\.mee\.gov\.cn/)"
)
OUTSIDE = re.compile(r"shared/reference|/work/|\.\./")
DATA_FILES = sorted((ROOT / "data").glob("**/*.csv")) + [ROOT / "data" / "README.md"]
#: Every CSV under data/ with a source column, and those columns.
SOURCED = [
    (path, [c for c in pd.read_csv(path, nrows=0).columns if "source" in c])
    for path in sorted((ROOT / "data").glob("**/*.csv"))
]
SOURCED = [(path, columns) for path, columns in SOURCED if columns]
#: Who may publish a tariff row: NDRC, MoF, a grid company, a provincial government or DRC; the
#: data-centre quotes are press figures and name their outlet.
TARIFF_PUBLISHER = re.compile(
    r"^(NDRC \(|MoF \(|State Grid |Tibet Autonomous Region (DRC|government) \(|https?://)"
)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_no_weak_mirror_and_no_path_outside_the_repository(path: Path) -> None:
    text = path.read_text("utf-8")
    assert [d for d in REFUSED_DOMAINS if d in text] == []
    assert OUTSIDE.findall(text) == []


@pytest.mark.parametrize("path,columns", SOURCED, ids=lambda x: getattr(x, "name", ""))
def test_no_source_column_cites_a_refused_domain(path: Path, columns: list[str]) -> None:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    cited = [
        (i, c) for c in columns for i, v in table[c].items() if any(d in v for d in REFUSED_DOMAINS)
    ]
    assert cited == []


def test_every_tariff_row_names_its_publisher_first() -> None:
    tariffs = pd.read_csv(ROOT / "data" / "tariffs.csv", dtype=str, keep_default_na=False)
    priced = tariffs[tariffs["price_cny_per_kwh"] != ""]
    assert len(priced) >= 135
    bad = [
        (a, b)
        for a, b, s in zip(priced["adcode"], priced["basis"], priced["source"], strict=True)
        if not TARIFF_PUBLISHER.match(s)
    ]
    assert bad == []
    # a page where a figure was read comes after the publisher, never instead of it
    read = priced["source"].str.find("page read:")
    assert (read != 0).all()


def test_refused_list_catches_a_weak_row() -> None:
    row = "demand.x,1,MW,1,1,claim,2023,http://56ygame.com/a.html,note,x"
    assert [d for d in REFUSED_DOMAINS if d in row] == ["56ygame.com"]


def test_every_official_statistic_names_its_publisher_first() -> None:
    table = assumptions_table()
    official = table[table["kind"] == "official statistic"]
    assert len(official) >= 5
    bad = [
        k
        for k, s in zip(official["key"], official["source"], strict=True)
        if not PUBLISHERS.match(s)
    ]
    assert bad == []


def test_reasoned_rows_give_their_reasoning_in_words() -> None:
    table = assumptions_table()
    reasoned = table[table["kind"] == "reasoned"]
    short = [k for k, n in zip(reasoned["key"], reasoned["note"], strict=True) if len(n) < 40]
    assert short == []


def test_reasoned_is_not_the_inference_word_in_chinese() -> None:
    ts = (ROOT / "resources" / "translations" / "cpn_zh.ts").read_text("utf-8")
    for source in ("reasoned", "none (reasoned)"):
        m = re.search(
            rf"<source>{re.escape(source)}</source>\s*<translation>([^<]*)</translation>", ts
        )
        assert m is not None, source
        assert "推算" in m.group(1) and "推理" not in m.group(1), source
