"""Rows of data/assumptions.csv (and the table in data/README.md), written out by
``python data/sources/assumptions_rows.py``.

Kept as Python so each row's provenance sits next to its number in review; the CSV is what the
application reads. Kinds: measured, official statistic, claim, estimate, reasoned (see
data/README.md). A row without a source must be ``reasoned`` and say its reasoning in ``note``.
"""

from __future__ import annotations

import csv
from pathlib import Path

RACKS_2023 = "http://56ygame.com/ProjectNewsInfoDetails_pid_78713.html"
RACKS_2025 = "https://reportify.cn/news/1157211723678224384"
RACKS_2022 = "https://yiyuedu.top/9159.html"
RACKS_2023_08 = "http://mzph.cn/news/647940.shtml"
DC_SE = "http://www.dc-se.com/newsdetail.asp?id=59248"
ACTION_PLAN_2024 = "https://eraes.com.cn/newsinfo/7415784.html"
MIIT_2023 = "https://m.sqrb.com.cn/content/2023-10/10/content_112971.html"
IDC_SPLIT = "https://kaledl.com/down/8203754.html"
LATENCY = "https://cn.chinadaily.com.cn/a/202312/29/WS658e096da310c2083e415113.html"
GUIZHOU = "http://m.topoint.com.cn/tongxin/20220802/0219605.html"
CLUSTERS = "http://chengdu.cdxwcx.cn/article/sissei.html"
CLUSTERS_HI = "https://www.businessupturn.com/usa/china-is-spending-billions-on-eight-national-datacenter-hubs/49572"
TRT_H100 = (
    "https://raw.githubusercontent.com/NVIDIA/TensorRT-LLM/release/0.5.0/docs/source/performance.md"
)
TRT_H200 = (
    "https://raw.githubusercontent.com/NVIDIA/TensorRT-LLM/release/0.5.0/docs/source/"
    "blogs/H200launch.md"
)
H100_W = "https://www.wanwend.com/info/2409036690544673"
ASCEND = "https://ai.gitee.com/docs/compute/clusters_gpu/ascend_gpu"
ASCEND_BW = "https://blog.youkuaiyun.com/sunyuhua_keyboard/article/details/155732470"
H100_BW = "https://semifly.ai/articles/why-llama2-70b-runs-better-on-h200"
T4_W = "https://huggingface.co/RajBhope/gpu-runtime-predictor/blob/main/gpu_catalog.json"
DEEPSEEK_TOK = "https://m.w3cschool.cn/deepseekdocs/deepseek-token-usage-calculation.html"
TOK_2 = "http://www.7longwen.com/m/deepseek-yi-ge-zi-duo-shao-token.html"
CW_CN = (
    "https://cushwake.cld.bz/asiapacificdatacentreconstructioncostguide-01-2025-apac-"
    "regional-en-content-datacentres/12"
)
CW_OSAKA = (
    "https://cushwake.cld.bz/asiapacificdatacentreconstructioncostguide-01-2025-apac-"
    "regional-en-content-datacentres/22"
)
COST_SPLIT = "https://www.51cps.net/1197.html"
SCALE = "https://www.cortexconstruct.com/blog/hyperscale-data-center-construction-cost"
HUNAN_DIA = "https://hn.189.cn/tymall/zifeizq/common/yidong/ghkd-hlwzx.html"
REF = "shared/reference/policy_and_network.md"
MEE_2023 = "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk01/202512/t20251231_1139517.html"
REF_PUE = "shared/reference/README.md (facility PUE section)"

COLUMNS = ["key", "value", "unit", "low", "high", "kind", "year", "source", "note", "used_by"]

ROWS = [
    # --- demand -----------------------------------------------------------------------------
    (
        "demand.national_it_mw",
        20250,
        "MW",
        12150,
        27125,
        "official statistic",
        2023,
        f"{RACKS_2023} ; {RACKS_2025} ; {ACTION_PLAN_2024}",
        "8.1 million standard racks in use at end-2023 x 2.5 kW (rated IT power in use; secondary "
        "reprint of the MIIT figure). Low: x 0.60, the 2025 national utilisation target (load "
        "actually placed in those racks). High: 10.85 million racks in use at end-June 2025 x 2.5 kW.",
        "demand.py, national_problem.py",
    ),
    (
        "assumptions.kw_per_rack",
        2.5,
        "kW/rack",
        2.5,
        2.5,
        "official statistic",
        2023,
        RACKS_2023,
        "Definition of the 'standard rack' used by the rack statistics; a unit, not an estimate.",
        "demand.py, national_problem.py",
    ),
    (
        "demand.growth_per_year",
        0.246,
        "1/yr",
        0.15,
        0.30,
        "official statistic",
        2023,
        f"{RACKS_2022} ; {RACKS_2023} ; {DC_SE}",
        "6.5 M racks at end-2022 (CCID blue book citing MIIT/CAC) to 8.1 M at end-2023: +24.6 %. "
        "8.1 M to 10.85 M by mid-2025 is about +21 %/yr. Low: '>15 % CAGR' (magazine claim, 2025); "
        "high: 'five-year average > 30 %' (same blue book). Not applied by the engine: scale "
        "demand.national_it_mw for a later year.",
        "reports (sweeps)",
    ),
    (
        "demand.rack_share.bth_yrd_gba",
        0.58,
        "fraction",
        0.58,
        0.58,
        "claim",
        2024,
        DC_SE,
        "Beijing-Tianjin-Hebei, the Yangtze River Delta and the Greater Bay Area hold 58 % of "
        "racks in use at end-2024 (magazine summary; single figure, so no range). For comparison "
        "the province proxies give the same 8 provinces 43.6 % of demand (GDP 2023) or 34.3 % "
        "(population 2023): demand spread by either is less concentrated than today's racks. Not "
        "used by the engine.",
        "data/README.md (check of the province proxy)",
    ),
    (
        "demand.class_share.realtime",
        0.20,
        "fraction",
        0.10,
        0.35,
        "reasoned",
        2025,
        f"{MIIT_2023} ; {IDC_SPLIT}",
        "AI share of IT load taken as the MIIT target of 35 % intelligent compute by 2025 (a share "
        "of FLOPS, read here as a share of load) x 57.6 % of Chinese AI-server workload being "
        "inference (IDC, as quoted) = 0.20. Range: AI share 0.2-0.5 x inference share 0.5-0.7.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class_share.training",
        0.15,
        "fraction",
        0.06,
        0.25,
        "reasoned",
        2025,
        f"{MIIT_2023} ; {IDC_SPLIT}",
        "35 % AI share x 42.4 % training (IDC) = 0.148, rounded. Range: AI share 0.2-0.5 x "
        "training share 0.3-0.5.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class_share.sensitive",
        0.10,
        "fraction",
        0.05,
        0.20,
        "reasoned",
        2025,
        "",
        "No published share of load that must stay in its province (government, finance, personal "
        "data) was found. 0.10 is a planning assumption kept from the first version; the wide range "
        "says how little is known.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class_share.interactive",
        0.55,
        "fraction",
        0.20,
        0.75,
        "reasoned",
        2025,
        "",
        "Remainder: 1 - realtime - training - sensitive (general cloud, web, storage). The range "
        "follows from the other three ranges.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class.realtime.latency_limit_ms",
        10,
        "ms RTT",
        2,
        20,
        "reasoned",
        2023,
        LATENCY,
        "Policy goals '1 ms city / 5 ms region / 20 ms between hubs', read as one-way (as Guizhou's "
        "2022 opinion states for its 20 ms links) and doubled: the regional circle, 10 ms RTT. Low: "
        "the city circle (2 ms); high: 20 ms RTT.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class.interactive.latency_limit_ms",
        40,
        "ms RTT",
        20,
        60,
        "reasoned",
        2023,
        f"{LATENCY} ; {GUIZHOU}",
        "The 20 ms inter-hub goal read as one-way, doubled. Low: the same goal read as a round "
        "trip; high: 1.5x for routes that miss the goal.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class.realtime.bandwidth_gbps_per_mw",
        0.5,
        "Gbps/MW",
        0.02,
        1.0,
        "reasoned",
        2025,
        "",
        "No published figure. Text alone is small: about 1,000 accelerators per MW at ~800 "
        "tokens/s and a few bytes per token is ~0.02 Gbps (the low end); 0.5 leaves room for "
        "prompts with long context, images and speech.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class.interactive.bandwidth_gbps_per_mw",
        1.0,
        "Gbps/MW",
        0.1,
        2.0,
        "reasoned",
        2025,
        "",
        "No published per-MW figure for general cloud traffic (web, video, storage sync) "
        "was found; 1 Gbps per MW is a planning assumption with a wide range.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class.training.bandwidth_gbps_per_mw",
        0.09,
        "Gbps/MW",
        0.05,
        0.5,
        "reasoned",
        2025,
        f"{GUIZHOU} ; {DC_SE}",
        "Guizhou (a western back-office hub) targets > 45,000 Gbps outbound bandwidth by 2025 for "
        "> 200,000 racks built or under construction (claim) x 2.5 kW = 500 MW: 0.09 Gbps/MW.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "demand.class.sensitive.bandwidth_gbps_per_mw",
        0.5,
        "Gbps/MW",
        0.1,
        1.0,
        "reasoned",
        2025,
        "",
        "No published figure; set between training and general cloud (in-province traffic, "
        "mostly interactive). Transport rarely matters for it: it stays in its province.",
        "allocation_problem.DEFAULT_CLASSES",
    ),
    (
        "assumptions.carbon_price_cny_per_t",
        0,
        "CNY/tCO2",
        0,
        100,
        "reasoned",
        2025,
        "",
        "Off by default so that the allocation shows energy, transport and capex first; no carbon "
        "price source was retrieved here. Set one to see its effect; the high end is a sweep bound "
        "only.",
        "national_problem.py",
    ),
    (
        "solver.unserved_penalty_cny_per_mw_year",
        1.0e8,
        "CNY/MW-yr",
        3.0e7,
        1.0e9,
        "reasoned",
        2025,
        "",
        "No source: about 4x the energy cost of a MW at PUE 2 and 1.5 CNY/kWh (26 M "
        "CNY/MW-year), so shortfall appears only when capacity or admissibility forces it. Low: "
        "just above that cost; high: any larger value changes nothing but the objective.",
        "allocation_problem.DEFAULT_UNSERVED_PENALTY",
    ),
    (
        "grid.national_ef_kg_per_kwh",
        0.5306,
        "kgCO2/kWh",
        0.5306,
        0.5568,
        "official statistic",
        2023,
        f"{MEE_2023} ; {REF}",
        "MEE/NBS national average grid emission factor, data year 2023 (Announcement 2025 No. 47); "
        "used for sites in a province without a published factor (Tibet), flagged. High: the 2021 "
        "value 0.5568.",
        "allocation_problem.NATIONAL_EMISSION_KG_PER_KWH",
    ),
    # --- network ----------------------------------------------------------------------------
    (
        "network.fibre_km_per_ms",
        200,
        "km/ms",
        195,
        205,
        "reasoned",
        2023,
        REF,
        "Light in silica fibre: c / group index ~1.47 = ~204 km per ms one way; 200 as in the "
        "reference note. Range: group index 1.46-1.54.",
        "network.py",
    ),
    (
        "network.route_factor",
        1.5,
        "ratio",
        1.2,
        2.0,
        "reasoned",
        2023,
        MIIT_2023,
        "MIIT 2023 action plan: hub-cluster direct links at no more than 1.5x the theoretical "
        "latency by 2025, read as route length / great circle. Low: a straight new route; high: "
        "indirect or older routes.",
        "network.py",
    ),
    (
        "network.equipment_ms",
        1.0,
        "ms RTT",
        0.0,
        2.0,
        "reasoned",
        2025,
        "",
        "No source: a fixed round-trip allowance for transponders, switching and routing at both "
        "ends; 0 gives pure propagation.",
        "network.py",
    ),
    (
        "assumptions.bandwidth_price_cny_per_km_year.10G",
        1000,
        "CNY/route-km/yr",
        250,
        4000,
        "reasoned",
        2025,
        HUNAN_DIA,
        "No public tariff for leased inter-DC circuits was found (searched: operator price lists, "
        "DCI prices). Reasoned only: bigger circuits cost less per Gbps, and transport stays near "
        "1 % of the energy bill at 1 Gbps/MW over 1,500 km. Range x0.25-x4. Upper reference only: "
        "China Telecom Hunan's published internet-access leased line (互联网专线) costs 2.0-4.1 M CNY "
        "per month for 10 Gbps, 2.4-4.9 M CNY per Gbps-year whatever the distance; that includes "
        "internet transit, so point-to-point transport should cost less (this row at 1,500 km: "
        "0.15 M CNY per Gbps-year).",
        "network.py",
    ),
    (
        "assumptions.bandwidth_price_cny_per_km_year.100G",
        4000,
        "CNY/route-km/yr",
        1000,
        16000,
        "reasoned",
        2025,
        "",
        "As for 10G: 40 CNY per Gbps-km-year; no tariff found. Range x0.25-x4.",
        "network.py",
    ),
    (
        "assumptions.bandwidth_price_cny_per_km_year.400G",
        10000,
        "CNY/route-km/yr",
        2500,
        40000,
        "reasoned",
        2025,
        "",
        "As for 10G: 25 CNY per Gbps-km-year; no tariff found. Range x0.25-x4.",
        "network.py",
    ),
    # --- accelerators -----------------------------------------------------------------------
    (
        "accelerator.gpu_700w_70b.watts",
        700,
        "W",
        500,
        700,
        "claim",
        2024,
        H100_W,
        "H100-class SXM GPU power 700 W (as quoted in a broker report). Low: serving often runs "
        "below the power limit.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.gpu_700w_70b.tokens_per_s",
        829,
        "tokens/s",
        396,
        3014,
        "measured",
        2023,
        f"{TRT_H100} ; {TRT_H200}",
        "NVIDIA TensorRT-LLM 0.5.0 performance table, H100 FP8, LLaMA 70B, batch 64, 4-way tensor "
        "parallel, 128 in / 128 out: 3,317 output tokens/s for the 4 GPUs (read as the group's "
        "total) = 829 per GPU. Low: 2,048 in / 2,048 out, 1,583 / 4. High: H200 (same 700 W "
        "class), one GPU, batch 512, 128/128: 3,014.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.gpu_700w_70b.server_overhead",
        0.5,
        "fraction",
        0.3,
        0.7,
        "reasoned",
        2025,
        "",
        "No source: host CPUs, memory, NICs and fans of an 8-GPU server as a fraction of GPU power.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.npu_400w_70b.watts",
        400,
        "W",
        300,
        550,
        "reasoned",
        2025,
        "",
        "No vendor power figure was retrieved for the Ascend 910B class; 400 W with a wide range "
        "is an assumption. Replace with the vendor's figure.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.npu_400w_70b.tokens_per_s",
        330,
        "tokens/s",
        110,
        1450,
        "reasoned",
        2025,
        f"{ASCEND} ; {ASCEND_BW} ; {H100_BW}",
        "No public LLM serving benchmark of this class on a 70B model was found. Decode is memory "
        "bound: 910B HBM2e 0.4-1.2 TB/s vs H100 3.35 TB/s, FP16 peak 280-320 vs 989 TFLOPS, so "
        "about 0.4 x the GPU's 829 tokens/s. Range 0.28 x 396 to 0.48 x 3,014.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.npu_400w_70b.server_overhead",
        0.5,
        "fraction",
        0.3,
        0.7,
        "reasoned",
        2025,
        "",
        "No source: as for the GPU server.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.card_75w_8b.watts",
        70,
        "W",
        60,
        75,
        "claim",
        2024,
        T4_W,
        "Low-profile inference card: T4 70 W in a public GPU catalogue (vendor TDP, secondary). "
        "Range: cards of this class are 60-75 W (the PCIe slot limit is 75 W).",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.card_75w_8b.tokens_per_s",
        1200,
        "tokens/s",
        500,
        2000,
        "reasoned",
        2025,
        "",
        "No benchmark of this card class on a 7-8B model was retrieved: batched decode of about "
        "1,000-1,500 tokens/s is assumed (about 10x smaller model on a card with about a tenth of "
        "the power of the 700 W class).",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.card_75w_8b.server_overhead",
        0.3,
        "fraction",
        0.2,
        0.5,
        "reasoned",
        2025,
        "",
        "No source: several small cards share a host.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "tokens.chars_per_token",
        1.67,
        "chars/token",
        0.5,
        2.0,
        "claim",
        2025,
        f"{DEEPSEEK_TOK} ; {TOK_2}",
        "DeepSeek API documentation (mirror): 1 Chinese character ~ 0.6 token, i.e. 1.67 "
        "characters per token. Low: tokenizers that spend 2 tokens per character (blog claim); "
        "high: 2 characters per token, the seed's upper figure.",
        "costs.token_costs",
    ),
    # --- capex ------------------------------------------------------------------------------
    (
        "capex.facility_usd_per_mw",
        7.11e6,
        "USD/MW IT",
        5.6e6,
        8.6e6,
        "estimate",
        2025,
        f"{CW_CN} ; {CW_OSAKA}",
        "Cushman & Wakefield APAC Data Centre Construction Cost Guide 2025: Chinese mainland "
        "mid-specification build USD 7.11 M per MW (10-50 MW, construction only: no land, no IT "
        "equipment). Range: the guide's low/mid/high spread for a market on page 22 (USD 6.94 / "
        "8.78 / 10.63 per W: -21 %/+21 %) applied to the Chinese figure.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.cny_per_usd",
        7.1,
        "CNY/USD",
        6.9,
        7.3,
        "reasoned",
        2024,
        "",
        "Approximate 2024 exchange rate; not retrieved from an official source here. Converts the "
        "USD capex figure.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.cooling_factor.chiller_tower",
        1.0,
        "ratio",
        0.85,
        1.2,
        "reasoned",
        2025,
        COST_SPLIT,
        "Cooling is 15-20 % of infrastructure cost (claim), so a cooling choice moves the total by "
        "at most about +-20 %; no per-technology figure was found.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.cooling_factor.air_chiller",
        1.0,
        "ratio",
        0.85,
        1.2,
        "reasoned",
        2025,
        COST_SPLIT,
        "As chiller_tower.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.cooling_factor.direct_air",
        0.95,
        "ratio",
        0.8,
        1.1,
        "reasoned",
        2025,
        COST_SPLIT,
        "Fewer chillers than a mechanical plant; within the cooling share of 15-20 %.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.cooling_factor.indirect_evaporative",
        1.0,
        "ratio",
        0.85,
        1.2,
        "reasoned",
        2025,
        COST_SPLIT,
        "As chiller_tower.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.cooling_factor.liquid_cold_plate",
        1.0,
        "ratio",
        0.9,
        1.2,
        "reasoned",
        2025,
        COST_SPLIT,
        "Claim: cold-plate liquid cooling's initial investment is now below air "
        "cooling; kept at 1.0 with the range of the cooling share.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.cooling_factor.immersion",
        1.1,
        "ratio",
        0.95,
        1.3,
        "reasoned",
        2025,
        COST_SPLIT,
        "Tanks and fluid on top of a liquid plant; within the cooling share, set above cold plate.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.facility_factor.hyperscale",
        0.9,
        "ratio",
        0.75,
        1.0,
        "reasoned",
        2026,
        SCALE,
        "Hyperscale campuses build below the per-MW cost of other projects (standard designs, "
        "volume purchasing; claim); no Chinese figure by size was found, so a 10 % discount on the "
        "10-50 MW mid-spec build, at most 25 %.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.facility_factor.large",
        1.0,
        "ratio",
        1.0,
        1.0,
        "reasoned",
        2025,
        CW_CN,
        "The capex figure itself is a 10-50 MW mid-specification build, i.e. the large class.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.facility_factor.midsize",
        1.15,
        "ratio",
        1.0,
        1.4,
        "reasoned",
        2026,
        SCALE,
        "Smaller projects lose the economies of scale of large builds (claim; the per-MW spread "
        "runs from USD 7 M to 15 M and more); no figure by size class was found.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.facility_factor.small",
        1.4,
        "ratio",
        1.1,
        1.8,
        "reasoned",
        2026,
        SCALE,
        "As midsize, further from scale: up to about twice the large build's cost per MW, the "
        "spread of USD 7-15 M per MW.",
        "costs.capex_cny_per_mw",
    ),
    (
        "capex.life_years",
        15,
        "years",
        10,
        25,
        "reasoned",
        2025,
        "",
        "No source: facility (not IT) life; M&E plant 10-15 years, buildings 20-25.",
        "costs.SiteCostInputs",
    ),
    (
        "capex.discount_rate",
        0.06,
        "1/yr",
        0.04,
        0.10,
        "reasoned",
        2025,
        "",
        "No source: a real cost of capital for infrastructure; 4-10 % spans state-backed to "
        "private developers.",
        "costs.SiteCostInputs",
    ),
    # --- existing stock -----------------------------------------------------------------------
    (
        "stock.national_racks",
        8.1e6,
        "racks",
        7.6e6,
        10.85e6,
        "official statistic",
        2023,
        f"{RACKS_2023} ; {RACKS_2023_08} ; {RACKS_2025}",
        "Standard racks in use, end-2023. Low: > 7.6 M in August 2023 (MIIT press conference); "
        "high: 10.85 M at end-June 2025.",
        "national_problem.py",
    ),
    (
        "stock.cluster_racks",
        1.46e6,
        "racks",
        1.2e6,
        1.95e6,
        "claim",
        2024,
        f"{CLUSTERS} ; {CLUSTERS_HI}",
        "Standard racks in the 10 national clusters, March 2024 (secondary, low confidence). High: "
        "1.95 M (later news piece).",
        "national_problem.py",
    ),
    (
        "assumptions.stock_pue",
        1.42,
        "ratio",
        1.27,
        1.49,
        "official statistic",
        2025,
        f"{RACKS_2025} ; {REF_PUE}",
        "National average PUE at end-June 2025 (summary of an official briefing). Low: the 43 "
        "national green data centres' 2022 average; high: national average about 2021.",
        "national_problem.py",
    ),
    # --- today's status quo and the friction of leaving it (app.engine.status_quo, migration)
    (
        "assumptions.stock_utilisation",
        1.0,
        "fraction",
        0.6,
        1.0,
        "reasoned",
        2025,
        "",
        "Share of each province's existing stock in use today (status quo). 1.0 because the "
        "stock is counted from racks in use (stock.national_racks minus stock.cluster_racks), so "
        "it is full by construction. Low: 0.6, the national utilisation target for end-2025, if "
        "the stock were counted as racks built.",
        "status_quo.py, national_problem.py",
    ),
    (
        "assumptions.cluster_utilisation",
        0.63,
        "fraction",
        0.5,
        0.8,
        "claim",
        2024,
        f"{CLUSTERS} ; {CLUSTERS_HI}",
        "Share of the national clusters' capacity in use today (status quo): 62.72 % reported for "
        "the 10 clusters, March 2024 (secondary, low confidence); the later news piece gives 63 %. "
        "Range 0.5-0.8 (policy target >= 0.65 in the start areas).",
        "status_quo.py, national_problem.py",
    ),
    (
        "assumptions.migration_cost_cny_per_mw",
        8.0e6,
        "CNY/MW",
        1.0e6,
        6.0e7,
        "reasoned",
        2025,
        "",
        "One-off cost of moving 1 MW of IT load away from where it is served today; no "
        "published figure. Relocating the servers of 1 MW (~3,300 at ~300 W) at ~2,000 CNY each "
        "(6.7 M) plus two months of running both sides (1.2 M). Low: cloud workloads moved onto "
        "servers already in place; high: servers bought anew at the destination.",
        "migration.py, national_problem.py",
    ),
    (
        "assumptions.payback_years",
        3.0,
        "years",
        1.0,
        10.0,
        "reasoned",
        2025,
        "",
        "Years in which a move must repay its one-off cost (the LP charges "
        "migration_cost_cny_per_mw / payback_years per MW-year moved): a common payback "
        "threshold for IT and data-centre efficiency projects.",
        "migration.py, national_problem.py",
    ),
]


def write(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(COLUMNS)
        for row in ROWS:
            out.writerow(row)


def _num(v: float) -> str:
    return f"{v:,.6g}" if abs(v) < 1e5 else f"{v:,.0f}"


def write_readme_table(readme: Path) -> None:
    """Replace the assumptions table of data/README.md (from its header row to the next
    section) with the rows above."""
    lines = [
        "| key | value | unit | range | kind | year | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, value, unit, low, high, kind, year, source, _note, _used in ROWS:
        src = source.replace(" ; ", "<br>") or "none (reasoned; see the note in the CSV)"
        lines.append(
            f"| `{key}` | {_num(value)} | {unit} | {_num(low)}-{_num(high)} | {kind} "
            f"| {year} | {src} |"
        )
    text = readme.read_text("utf-8")
    start = text.index(lines[0])
    end = text.index("## prefecture_population.csv")
    readme.write_text(text[:start] + "\n".join(lines) + "\n\n" + text[end:], "utf-8")


if __name__ == "__main__":
    data = Path(__file__).resolve().parents[1]
    write(data / "assumptions.csv")
    write_readme_table(data / "README.md")
