"""Ids the scenario refers to: cooling technologies and accelerator profiles.

Plain names, so that the domain and the file format can check an id without the engine; the
engine owns what each id means (``app.engine.pue.pue.COOLING_TECHS`` with its parameters,
``app.engine.costs.costs.ACCELERATOR_PROFILES``) and a test checks that both lists agree.
"""

from __future__ import annotations

COOLING_TECH_IDS: tuple[str, ...] = (
    "chiller_tower",
    "air_chiller",
    "direct_air",
    "indirect_evaporative",
    "liquid_cold_plate",
    "immersion",
)
#: English and Chinese display names (``app.engine.pue.pue.TECH_LABELS`` agrees: a test checks).
COOLING_TECH_LABELS: dict[str, tuple[str, str]] = {
    "chiller_tower": (
        "Water-cooled chiller + cooling tower (water-side economiser)",
        "水冷冷水机组+冷却塔(水侧自然冷却)",
    ),
    "air_chiller": (
        "Air-cooled chiller with dry-cooler free cooling",
        "风冷冷水机组+干冷器自然冷却",
    ),
    "direct_air": (
        "Direct air-side economiser with evaporative assist",
        "直接新风自然冷却+蒸发辅助",
    ),
    "indirect_evaporative": ("Indirect evaporative cooling", "间接蒸发冷却"),
    "liquid_cold_plate": ("Warm-water cold-plate liquid cooling", "冷板式液冷(温水)"),
    "immersion": ("Single-phase immersion cooling", "单相浸没式液冷"),
}
ACCELERATOR_IDS: tuple[str, ...] = ("gpu_700w_70b", "npu_400w_70b", "card_75w_8b")
