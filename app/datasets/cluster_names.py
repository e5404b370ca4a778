"""Short display names of the national data-centre clusters (no engine needed: the map labels
them before the allocation engine is loaded)."""

from __future__ import annotations


def cluster_label(cluster, lang: str = "en") -> str:
    """A cluster's short name: "Horinger (Helinger)", "长三角示范区", not the official title."""
    if lang == "zh":
        return (
            str(cluster["name_zh"])
            .replace("数据中心集群", "")
            .replace("生态绿色一体化发展示范区", "示范区")
        )
    return (
        str(cluster["name_en"])
        .replace(" cluster", "")
        .replace(" Ecological Green Integration Demonstration Zone", " demo zone")
    )
