"""Sources of the built-in data (issue 17): no weak mirror, no path outside the repository, and
every official statistic names its publisher first."""

from __future__ import annotations

import re
from pathlib import Path

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
)
#: Publishers an official statistic may name (issue 17's list, plus the agencies used here).
PUBLISHERS = re.compile(
    r"^(MIIT|NDRC|NEA|MEE|NBS|CAICT|IEA|NVIDIA|National Data Administration|"
    r"\w+ (municipal|provincial|regional) government|https://www\.mee\.gov\.cn/)"
)
OUTSIDE = re.compile(r"shared/reference|/work/|\.\./")
DATA_FILES = sorted((ROOT / "data").glob("*.csv")) + [ROOT / "data" / "README.md"]


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_no_weak_mirror_and_no_path_outside_the_repository(path: Path) -> None:
    text = path.read_text("utf-8")
    assert [d for d in REFUSED_DOMAINS if d in text] == []
    assert OUTSIDE.findall(text) == []


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
