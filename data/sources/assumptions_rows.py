"""Rows of data/assumptions.csv (and the table in data/README.md), written out by
``python data/sources/assumptions_rows.py``.

Kept as Python so each row's provenance sits next to its number in review; the CSV is what the
application reads. Kinds: measured, official statistic, claim, estimate, reasoned (see
data/README.md). A row without a source must be ``reasoned`` and say its reasoning in ``note``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster_rows import cluster_rows  # noqa: E402

DC_SE = (
    "《数智元》magazine, 十四五数字成绩单 (2025-11-06), page read: "
    "http://www.dc-se.com/newsdetail.asp?id=59248"
)
LATENCY = (
    "China Daily (中国日报网), 2023-12-29, page read: "
    "https://cn.chinadaily.com.cn/a/202312/29/WS658e096da310c2083e415113.html"
)
GUIZHOU = (
    "通信产业网 (the trade paper 通信产业报), 2022-08-02, page read: "
    "http://m.topoint.com.cn/tongxin/20220802/0219605.html"
)
ASCEND = (
    "Gitee AI (模力方舟) documentation, Ascend compute clusters, page read: "
    "https://ai.gitee.com/docs/compute/clusters_gpu/ascend_gpu"
)
CW_CN = (
    "Cushman & Wakefield, Asia Pacific Data Centre Construction Cost Guide 2025, mainland "
    "China page, page read: https://cushwake.cld.bz/asiapacificdatacentreconstructioncostguide-01-2025-apac-"
    "regional-en-content-datacentres/12"
)
CW_OSAKA = (
    "Cushman & Wakefield, Asia Pacific Data Centre Construction Cost Guide 2025, Osaka page, "
    "page read: https://cushwake.cld.bz/asiapacificdatacentreconstructioncostguide-01-2025-apac-"
    "regional-en-content-datacentres/22"
)
HUNAN_DIA = (
    "China Telecom Hunan (中国电信湖南), published dedicated internet access tariff, page read: "
    "https://hn.189.cn/tymall/zifeizq/common/yidong/ghkd-hlwzx.html"
)

MIIT_2023 = (
    "MIIT and five ministries (工业和信息化部等六部门), 算力基础设施高质量发展行动计划, "
    "工信部联通信〔2023〕180号 (2023-10)"
)
TRT_H100 = (
    "NVIDIA, TensorRT-LLM performance documentation (release 0.5.0), "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/release/0.5.0/docs/source/performance.md"
)
TRT_H200 = (
    "NVIDIA, H200 launch note (TensorRT-LLM 0.5.0), "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/release/0.5.0/docs/source/blogs/H200launch.md"
)
MEE_2023 = (
    "MEE & NBS (生态环境部、国家统计局), Announcement 2025 No. 47 (2025-12-31): "
    "https://www.mee.gov.cn/xxgk2018/xxgk/xxgk01/202512/t20251231_1139517.html"
)
# Publishers first; "page read" links are the pages where the figure was read (second link).
MIIT = "MIIT (工业和信息化部)"
NDA = "National Data Administration (国家数据局)"
IEA = "IEA, Energy and AI (2025)"
# Where each statement was made; the reposts it was read on are not cited (weak mirrors).
MIIT_CONF_2022 = (
    "Vice-Minister Zhang Yunming, 2022 China Computing Power Conference press conference"
)
MIIT_CONF_2023 = "2023 China Computing Power Conference, as reported by People's Daily (人民日报)"
MIIT_PLAN_2021 = "新型数据中心发展三年行动计划（2021-2023年）, 工信部通信〔2021〕76号 (2021-07)"
NDA_HUBS_2023 = (
    "Director Liu Liehong, national data work conference 2024-04-01/02, reported by Xinhua (新华社)"
)
NVIDIA_H100 = (
    "NVIDIA, H100 Tensor Core GPU product page: https://www.nvidia.com/en-us/data-center/h100/"
)
NVIDIA_T4 = "NVIDIA, T4 product page: https://www.nvidia.com/en-us/data-center/tesla-t4/"
DEEPSEEK_TOK = (
    "DeepSeek, API documentation, token usage: "
    "https://api-docs.deepseek.com/quick_start/token_usage"
)

COLUMNS = ["key", "value", "unit", "low", "high", "kind", "year", "source", "note", "used_by"]

ROWS = [
    # --- demand -----------------------------------------------------------------------------
    (
        "stock.national_racks",
        8.1e6,
        "racks",
        7.6e6,
        8.8e6,
        "official statistic",
        2023,
        f"{MIIT} ; low end: {MIIT_CONF_2023}",
        "Standard racks in use (在用标准机架) at end-2023, as stated by MIIT. The base year of the "
        "model is this statistic's year. Low: > 7.6 M at end-June 2023 (MIIT at the 2023 China "
        "Computing Power Conference, People's Daily); high: > 8.8 M in 2024 (MIIT).",
        "demand.py, national_problem.py",
    ),
    (
        "assumptions.kw_per_rack",
        2.5,
        "kW/rack",
        2.5,
        2.5,
        "official statistic",
        2021,
        f"{MIIT}, {MIIT_PLAN_2021}",
        "Definition of the 'standard rack' (2.5 kW rated) in MIIT's 2021-2023 action plan for new "
        "data centres, used by every rack statistic; a unit, not an estimate.",
        "demand.py, national_problem.py",
    ),
    (
        "demand.fill_rate",
        0.58,
        "fraction",
        0.50,
        0.65,
        "estimate",
        2023,
        f"{MIIT}, {MIIT_CONF_2022} ; {NDA}, {NDA_HUBS_2023}",
        "Share of racks in use that hold servers (上架率). MIIT: national average above 55 % at "
        "end-2021 (Vice-Minister Zhang Yunming, 2022 China Computing Power Conference). NDA: "
        "61.9 % in the 8 hub nodes at end-2023 (+3.9 points on 2022; Liu Liehong, April 2024, "
        "Xinhua). 0.58 sits between the two: the hubs fill better than the country, and western "
        "halls reported 30-40 % pull the national figure down. Low 0.50; high 0.65, the hubs' "
        "start-area target.",
        "demand.py",
    ),
    (
        "demand.draw_per_filled_rack",
        0.70,
        "fraction",
        0.50,
        0.90,
        "reasoned",
        2023,
        "",
        "Mean power a filled rack draws, as a share of its 2.5 kW rating. No national figure is "
        "published. Reasoning: servers are sized for their peak and seldom run there; a fleet's "
        "mean draw is commonly put at 50-70 % of nameplate, and racks are provisioned with "
        "headroom above their servers' peak. 0.7 is the upper end of that span, because new AI "
        "racks run close to their rating. Low 0.5: general-purpose racks at light load; high "
        "0.9: racks of training servers. Checked against the national electricity estimates in "
        "docs/model-validation.md, not fitted to them.",
        "demand.py",
    ),
    (
        "demand.national_it_mw",
        8221.5,
        "MW",
        4750,
        12870,
        "estimate",
        2023,
        f"{MIIT} ; {NDA} (the rows multiplied, see the note)",
        "IT load actually drawn in the base year: stock.national_racks x assumptions.kw_per_rack "
        "x demand.fill_rate x demand.draw_per_filled_rack = 8.1 M x 2.5 kW x 0.58 x 0.70. Range: "
        "the product of the four rows' low ends (7.6 M x 2.5 x 0.50 x 0.50) and high ends "
        "(8.8 M x 2.5 x 0.65 x 0.90).",
        "demand.py, national_problem.py",
    ),
    (
        "demand.growth_per_year",
        0.248,
        "1/yr",
        0.20,
        0.30,
        "estimate",
        2023,
        f"{MIIT}, {MIIT_CONF_2022} ; {MIIT}, {MIIT_PLAN_2021}",
        "Derived from two official counts: racks in use grew from 5.2 M at end-2021 (MIIT, 2022 "
        "China Computing Power Conference) to 8.1 M at end-2023: (8.1 / 5.2)^(1/2) - 1 = 24.8 % "
        "a year. Low: MIIT's 2021-2023 action plan target of about 20 % a year; high: MIIT's "
        "five-year average above 30 % to 2021. Applied to demand for a scenario year after the "
        "base year. It is the 2021-2023 pace: the end-2024 count reported for MIIT (above 8.8 M, "
        "read in reposts only) would be +8.6 % in 2024, so later years are likely high "
        "(docs/model-validation.md, the IEA's 2024 figure).",
        "demand.py",
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
        MIIT_2023,
        "AI share of IT load taken as the MIIT target of 35 % intelligent compute by 2025 (a share "
        "of FLOPS, read here as a share of load) x 57.6 % of Chinese AI-server workload being "
        "inference (IDC's China AI-server survey, as reported in the press; page not kept) = 0.20. Range: AI share 0.2-0.5 x inference share 0.5-0.7.",
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
        MIIT_2023,
        "35 % AI share x 42.4 % training (IDC, as above) = 0.148, rounded. Range: AI share 0.2-0.5 x "
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
        "0 by default: China's national emissions trading scheme covers power generators, not "
        "data centres, so its allowance cost is already in the electricity price a data centre "
        "pays; a carbon price here is a shadow price a planner adds on top (it would count the "
        "generators' allowances twice as a market price). No allowance price series was "
        "retrieved for a default. Set one to see its effect: it moves load towards low-carbon "
        "grids, so with a price the western campuses can raise national emissions against the "
        "network without them (docs/model-validation.md); the high end is a sweep bound only.",
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
        MEE_2023,
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
        "",
        "Light in silica fibre: c / group index ~1.47 = ~204 km per ms one way; 200 rounds it "
        "down for splices and patching. Range: group index 1.46-1.54.",
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
        "measured",
        2023,
        NVIDIA_H100,
        "NVIDIA's H100 SXM product page: maximum thermal design power up to 700 W (configurable). Low: serving often runs "
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
        f"{ASCEND} ; {NVIDIA_H100}",
        "No public LLM serving benchmark of this class on a 70B model was found. Decode is memory "
        "bound: 910B HBM2e 0.4-1.2 TB/s vs H100 3.35 TB/s, FP16 peak 280-320 vs 989 TFLOPS, (910B: Gitee AI's "
        "Ascend documentation; H100: NVIDIA's product page), so about 0.4 x the GPU's 829 tokens/s. Range 0.28 x 396 to 0.48 x 3,014.",
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
        "No source: host CPUs, memory, NICs and fans of an accelerator server as a fraction of accelerator power, as for the GPU server.",
        "costs.ACCELERATOR_PROFILES",
    ),
    (
        "accelerator.card_75w_8b.watts",
        70,
        "W",
        60,
        75,
        "measured",
        2018,
        NVIDIA_T4,
        "Low-profile inference card: NVIDIA T4, 70 W (NVIDIA's T4 product page). "
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
        DEEPSEEK_TOK,
        "DeepSeek's API documentation (token usage): 1 Chinese character ~ 0.6 token, i.e. 1.67 "
        "characters per token. Low: tokenizers that spend 2 tokens per character (older tokenizers without a Chinese vocabulary); "
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
        "",
        "Reasoned: cooling plant is commonly put at 15-20 % of infrastructure cost, so a cooling choice moves the total by "
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
        "",
        "Same plant cost as chiller + tower within the cooling share of 15-20 % of "
        "infrastructure cost; no per-technology figure was found.",
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
        "",
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
        "",
        "Same plant cost as chiller + tower within the cooling share of 15-20 % of "
        "infrastructure cost; no per-technology figure was found.",
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
        "",
        "Cold-plate liquid cooling is now often said to cost no more up front than air "
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
        "",
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
        "",
        "Hyperscale campuses build below the per-MW cost of other projects (standard designs, "
        "volume purchasing; reasoned); no Chinese figure by size was found, so a 10 % discount on the "
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
        "",
        "Smaller projects lose the economies of scale of large builds (reasoned; the per-MW spread "
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
        "",
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
        "stock.cluster_racks",
        1.05e6,
        "racks",
        1.0e6,
        1.46e6,
        "official statistic",
        2023,
        f"{NDA}, {NDA_HUBS_2023}",
        "Standard racks of the data centres in the 8 hub nodes at end-2023 (> 1.05 M, Liu "
        "Liehong, April 2024, Xinhua), taken as what the 10 national clusters had built in the "
        "base year; the sum of cluster.*.built_racks. High: 1.46 M reported for March 2024 (press, "
        "not kept as a source).",
        "national_problem.py",
    ),
    (
        "assumptions.stock_pue",
        1.49,
        "ratio",
        1.41,
        1.56,
        "reasoned",
        2023,
        "",
        "Not used as a default: the stock's PUE is computed per province (app.engine.pue.stock_pue) "
        "at the stock's utilisation. Kept as the single value a planner may set instead; 1.49 "
        "is that computation's capacity-weighted national mean at utilisation 0.40 (1.485). "
        "Range: the provinces' values, 1.41 (Tibet, Qinghai) to 1.56 (Hainan); "
        "tests/engine/test_stock_pue.py keeps the three equal to the computation.",
        "national_problem.py",
    ),
    # --- today's status quo and the friction of leaving it (app.engine.references.status_quo, migration)
    (
        "assumptions.stock_utilisation",
        0.40,
        "fraction",
        0.25,
        0.585,
        "estimate",
        2023,
        f"{MIIT} ; {NDA} (the rows combined, see the note)",
        "Share of each province's stock rating drawn today (status quo), and the utilisation its "
        "PUE is computed at. The stock is rated from racks in use outside the clusters (8.1 M - "
        "1.05 M) x 2.5 kW; it draws the fill rate outside the clusters ((8.1 x 0.58 - 1.05 x "
        "0.619) / 7.05 = 0.57) x demand.draw_per_filled_rack 0.70 = 0.40. Range: the low and "
        "high ends of the two rows (0.50 x 0.50, 0.65 x 0.90).",
        "status_quo.py, national_problem.py, stock_pue.py",
    ),
    (
        "assumptions.cluster_utilisation",
        0.43,
        "fraction",
        0.31,
        0.585,
        "estimate",
        2023,
        f"{NDA}, {NDA_HUBS_2023}",
        "Share of the clusters' built rating drawn today (status quo): the hubs' fill rate "
        "61.9 % at end-2023 (NDA) x demand.draw_per_filled_rack 0.70 = 0.43. Range: 0.619 x 0.5 "
        "to 0.65 (start-area target) x 0.9.",
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
] + cluster_rows()


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
