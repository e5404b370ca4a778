<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>cpn</name>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="49" />
            <source>Allocation flows</source>
            <translation>算力调度流向</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="50" />
            <source>Allocation site loads</source>
            <translation>调度后站点负荷</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="51" />
            <source>Solve</source>
            <translation>求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="54" />
            <source>Auto-solve</source>
            <translation>自动求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="57" />
            <source>Cancel solve</source>
            <translation>取消求解</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="60" />
            <source>Export LP as MPS…</source>
            <translation>将LP模型导出为MPS…</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="64" />
            <source>Solve failed: {msg}</source>
            <translation>求解失败：{msg}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="95" />
            <source>Set demand regions</source>
            <translation>设置需求区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="130" />
            <source>Solved ({status}) in {ms:.0f} ms{warm}</source>
            <translation>求解完成（{status}），用时 {ms:.0f} ms{warm}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="132" />
            <source>, warm start</source>
            <translation>，热启动</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="138" />
            <source>Solve first (F5), then export the LP</source>
            <translation>请先求解（F5），再导出LP模型</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="143" />
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/allocation_controller.py" line="149" />
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
            <location filename="../../app/ui/commands.py" line="110" />
            <source>Move {name}</source>
            <translation>移动 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="36" />
            <location filename="../../app/ui/describe.py" line="22" />
            <location filename="../../app/ui/describe.py" line="132" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="49" />
            <source>missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="47" />
            <source>Compare scenarios</source>
            <translation>方案对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="63" />
            <source>By province</source>
            <translation>分省</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="64" />
            <source>Sites</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/compare_dialog.py" line="79" />
            <source>Net import change: {b} vs {a} (MW)</source>
            <translation>净调入变化：{b} 相对 {a} (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="40" />
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="40" />
            <source>not among the 31 mainland provinces; no figures loaded</source>
            <translation>不属于中国大陆31个省级行政区，未加载数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="43" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="47" />
            <location filename="../../app/ui/describe.py" line="73" />
            <source>Electricity price</source>
            <translation>电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="48" />
            <location filename="../../app/ui/describe.py" line="73" />
            <source>Price basis</source>
            <translation>电价依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="48" />
            <source>published grid agency purchase price (large industry, 1-10 kV)</source>
            <translation>电网企业代理购电价格公布值（大工业，1-10 kV）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="48" />
            <source>estimate: coal benchmark + T&amp;D tariff + government funds</source>
            <translation>估算值：燃煤基准价 + 输配电价 + 政府性基金及附加</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="48" />
            <source>published catalogue price (large industry)</source>
            <translation>目录销售电价公布值（大工业）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="48" />
            <source>no published price</source>
            <translation>无公布电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="52" />
            <source>  coal benchmark</source>
            <translation>  燃煤基准价</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="53" />
            <source>  T&amp;D tariff (220 kV+)</source>
            <translation>  输配电价（220 kV及以上）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="54" />
            <source>  government funds</source>
            <translation>  政府性基金及附加</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="57" />
            <location filename="../../app/ui/describe.py" line="73" />
            <source>Grid CO2 factor 2023</source>
            <translation>2023年电网排放因子</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="58" />
            <location filename="../../app/ui/describe.py" line="74" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="58" />
            <source>GDP 2023</source>
            <translation>2023年地区生产总值</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="58" />
            <source>bn CNY</source>
            <translation>十亿元</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="59" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="58" />
            <source>Population 2023</source>
            <translation>2023年常住人口</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="59" />
            <source>million</source>
            <translation>百万人</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="60" />
            <location filename="../../app/ui/describe.py" line="105" />
            <source>Annual mean temperature</source>
            <translation>年平均气温</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="61" />
            <location filename="../../app/ui/describe.py" line="74" />
            <source>National hub</source>
            <translation>国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="62" />
            <source>Capital</source>
            <translation>省会（首府）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="63" />
            <source>Adcode</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="64" />
            <source>Source (price)</source>
            <translation>来源（电价）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="65" />
            <source>Source (CO2)</source>
            <translation>来源（排放因子）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="66" />
            <source>Source (GDP)</source>
            <translation>来源（地区生产总值）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="84" />
            <source>Hub</source>
            <translation>枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="85" />
            <source>Role</source>
            <translation>功能定位</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="86" />
            <source>PUE target</source>
            <translation>PUE目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="87" />
            <source>Utilisation target</source>
            <translation>上架率目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="88" />
            <source>Planned racks</source>
            <translation>规划机架数</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="89" />
            <source>Renewable target</source>
            <translation>可再生能源目标</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="90" />
            <source>Start area</source>
            <translation>起步区</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="91" />
            <location filename="../../app/ui/describe.py" line="103" />
            <source>Position</source>
            <translation>位置</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="92" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="93" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="102" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="91" />
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="102" />
            <source>outside</source>
            <translation>境外</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="104" />
            <source>Elevation</source>
            <translation>海拔</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="106" />
            <source>Relative humidity</source>
            <translation>相对湿度</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="106" />
            <source>given</source>
            <translation>有观测值</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="106" />
            <source>missing (fallback used)</source>
            <translation>缺失（已用替代值）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="109" />
            <source>Warmest month</source>
            <translation>最热月</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="116" />
            <source>{name} stock</source>
            <translation>{name}存量</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="134" />
            <source>Climate: {source}</source>
            <translation>气候：{source}</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="135" />
            <source>Annual PUE {pue:.3f}; free/partial/mechanical hours {free}/{partial}/{mech}; WUE {wue:.2f} L/kWh</source>
            <translation>年均PUE {pue:.3f}；自然冷却/部分自然冷却/机械制冷小时数 {free}/{partial}/{mech}；WUE {wue:.2f} L/kWh</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="139" />
            <source>Energy {mwh:,.0f} MWh; cost {cost:,.2f} M CNY at {tariff:.4f} CNY/kWh ({source})</source>
            <translation>能耗 {mwh:,.0f} MWh；电费 {cost:,.2f} 百万元，电价 {tariff:.4f} 元/kWh（{source}）</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="142" />
            <source>Carbon {carbon}; water {water:,.0f} m³</source>
            <translation>碳排放 {carbon}；耗水 {water:,.0f} m³</translation>
        </message>
        <message>
            <location filename="../../app/ui/describe.py" line="143" />
            <source>{cost:.3f} CNY per million tokens ({kwh:.3f} kWh), {chars:.3f} CNY per million Chinese characters</source>
            <translation>每百万词元 {cost:.3f} 元（{kwh:.3f} kWh），每百万汉字 {chars:.3f} 元</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="67" />
            <source>Provinces (31)</source>
            <translation>省级（31个）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="68" />
            <source>Prefectures (province demand split equally)</source>
            <translation>地级（省内需求平均分配）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="72" />
            <source>Demand regions</source>
            <translation>需求区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="73" />
            <source>National demand</source>
            <translation>全国算力需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="74" />
            <source>Spread by</source>
            <translation>分摊依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="75" />
            <source>Carbon price</source>
            <translation>碳价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="76" />
            <source>PUE of existing stock</source>
            <translation>存量数据中心PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="78" />
            <source>{tier} circuit price</source>
            <translation>{tier}专线价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="87" />
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="87" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="87" />
            <source>RTT limit (ms, empty = none)</source>
            <translation>RTT上限 (ms，空=不限)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="87" />
            <source>Residency</source>
            <translation>数据驻留</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="91" />
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Demand (MW)</source>
            <translation>需求 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="91" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="94" />
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="94" />
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <location filename="../../app/ui/main_window.py" line="397" />
            <location filename="../../app/ui/placement.py" line="71" />
            <source>Site</source>
            <translation>站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="94" />
            <source>IT capacity (MW)</source>
            <translation>IT容量 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="99" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="100" />
            <source>Workload classes</source>
            <translation>业务类别</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="101" />
            <source>Demand by province</source>
            <translation>分省需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="102" />
            <source>Capacities</source>
            <translation>容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="107" />
            <source>Set national demand</source>
            <translation>设置全国算力需求</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="109" />
            <source>Set demand proxy</source>
            <translation>设置需求分摊依据</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="111" />
            <source>Set carbon price</source>
            <translation>设置碳价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="113" />
            <source>Set stock PUE</source>
            <translation>设置存量PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="146" />
            <location filename="../../app/ui/docks/assumptions_dock.py" line="173" />
            <source>override</source>
            <translation>人工设定</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="153" />
            <source>national total x {proxy} share</source>
            <translation>全国总量 × {proxy}占比</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="166" />
            <source>stock</source>
            <translation>存量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="191" />
            <source>Set capacity of {name}</source>
            <translation>设置 {name} 的容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="194" />
            <source>Set stock of {name}</source>
            <translation>设置 {name} 的存量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="199" />
            <source>Set {tier} circuit price</source>
            <translation>设置{tier}专线价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/assumptions_dock.py" line="232" />
            <source>Edit class {name}</source>
            <translation>编辑业务类别 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <location filename="../../app/ui/docks/site_editor.py" line="84" />
            <source>Cooling</source>
            <translation>制冷方式</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>Annual PUE</source>
            <translation>年均PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>Energy (MWh)</source>
            <translation>能耗 (MWh)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>Energy cost (M CNY)</source>
            <translation>电费（百万元）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>Carbon (tCO2)</source>
            <translation>碳排放 (tCO2)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>Water (m³)</source>
            <translation>耗水量 (m³)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>CNY per M tokens</source>
            <translation>元/百万tokens</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>Free-cooling hours</source>
            <translation>自然冷却小时数</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="67" />
            <source>Station</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="76" />
            <source>PUE</source>
            <translation>PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="77" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="44" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="81" />
            <source>Annual cost (M CNY)</source>
            <translation>年成本（百万元）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="84" />
            <source>Add national clusters…</source>
            <translation>添加国家数据中心集群…</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="168" />
            <source>Grid energy</source>
            <translation>电网购电</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="168" />
            <source>Green power</source>
            <translation>绿电</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/comparison_dock.py" line="168" />
            <source>Capex annuity</source>
            <translation>投资年金</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/inspector_dock.py" line="25" />
            <location filename="../../app/ui/docks/inspector_dock.py" line="77" />
            <source>Nothing selected</source>
            <translation>未选择对象</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/inspector_dock.py" line="32" />
            <source>Attribute</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/inspector_dock.py" line="32" />
            <source>Value</source>
            <translation>值</translation>
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
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Local before</source>
            <translation>调整前本地</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Local after</source>
            <translation>调整后本地</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Elsewhere after</source>
            <translation>调整后外地</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Main other site</source>
            <translation>主要外地站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Unserved (MW)</source>
            <translation>未满足 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Served at</source>
            <translation>承接站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Site province</source>
            <translation>站点所在省份</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Before (MW)</source>
            <translation>调整前 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>After (MW)</source>
            <translation>调整后 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="41" />
            <source>Change (MW)</source>
            <translation>变化 (MW)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="56" />
            <source>Not solved yet: press Solve (F5)</source>
            <translation>尚未求解：请点击“求解”（F5）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="63" />
            <source>Utilisation (%)</source>
            <translation>利用率 (%)</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="65" />
            <source>Value of 1 MW more (k CNY/yr)</source>
            <translation>边际价值（千元/MW·年）</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="95" />
            <source>Total cost</source>
            <translation>总成本</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="96" />
            <source>carbon</source>
            <translation>碳排放</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="97" />
            <source>mean RTT</source>
            <translation>平均RTT</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="97" />
            <source>moved</source>
            <translation>转移量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/results_dock.py" line="99" />
            <source>unserved</source>
            <translation>未满足</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="57" />
            <source>province price</source>
            <translation>省级电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="59" />
            <source>same as tariff</source>
            <translation>同电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="63" />
            <location filename="../../app/ui/docks/site_editor.py" line="122" />
            <source>nearest climate station</source>
            <translation>最近的气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="65" />
            <source>Weather file…</source>
            <translation>气象文件…</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="66" />
            <source>A measured hourly year (EnergyPlus EPW or 8760-row CSV with tdb_c, rh_pct) replaces the nearest station's normals</source>
            <translation>用实测逐时全年气象数据（EnergyPlus EPW，或含 tdb_c、rh_pct 列的8760行CSV）替代最近气象站的气候平均值</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="69" />
            <source>Use nearest station</source>
            <translation>使用最近气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="78" />
            <location filename="../../app/ui/placement.py" line="47" />
            <source>Delete site</source>
            <translation>删除站点</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="81" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="82" />
            <source>IT capacity</source>
            <translation>IT容量</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="83" />
            <source>Utilisation</source>
            <translation>利用率</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="85" />
            <source>Tariff override</source>
            <translation>自定义电价</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="86" />
            <source>Green power share</source>
            <translation>绿电比例</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="87" />
            <source>Green power price</source>
            <translation>绿电价格</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="88" />
            <source>Accelerator</source>
            <translation>加速卡</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="89" />
            <source>Climate</source>
            <translation>气候</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="126" />
            <source>Hourly weather file</source>
            <translation>逐时气象文件</translation>
        </message>
        <message>
            <location filename="../../app/ui/docks/site_editor.py" line="127" />
            <source>Weather (*.epw *.csv);;All files (*)</source>
            <translation>气象文件 (*.epw *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="51" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="52" />
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="53" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="54" />
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="57" />
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="58" />
            <source>&amp;Examples</source>
            <translation>示例(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="88" />
            <location filename="../../app/ui/document.py" line="99" />
            <location filename="../../app/ui/document.py" line="263" />
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="97" />
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="98" />
            <source>Save the changes to {name}?</source>
            <translation>是否保存对 {name} 的更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="117" />
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="118" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="122" />
            <source>Opening {name} cancelled</source>
            <translation>已取消打开 {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="128" />
            <location filename="../../app/ui/main_window.py" line="303" />
            <source>Cannot open scenario</source>
            <translation>无法打开方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="171" />
            <source>Cannot save scenario</source>
            <translation>无法保存方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="176" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="187" />
            <source>Autosave failed: {exc}</source>
            <translation>自动保存失败：{exc}</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="196" />
            <source>Restore unsaved changes?</source>
            <translation>恢复未保存的更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="254" />
            <source>Open scenario</source>
            <translation>打开方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="255" />
            <location filename="../../app/ui/document.py" line="257" />
            <source>CPN scenarios (*.toml);;All files (*)</source>
            <translation>CPN 情景文件 (*.toml);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="256" />
            <source>Save scenario</source>
            <translation>保存方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="264" />
            <source>never saved</source>
            <translation>从未保存</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="268" />
            <source>an unknown time</source>
            <translation>未知时间</translation>
        </message>
        <message>
            <location filename="../../app/ui/document.py" line="269" />
            <source>CPN Planner did not close normally. Restore the unsaved changes to '{name}' ({where}) from {when}?</source>
            <translation>CPN Planner 上次未正常关闭。是否恢复“{name}”（{where}）于 {when} 的未保存更改？</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="73" />
            <source>Edit refused</source>
            <translation>无法应用修改</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="84" />
            <source>Allocation results</source>
            <translation>调度结果</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="86" />
            <source>Assumptions</source>
            <translation>假设条件</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="120" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="122" />
            <location filename="../../app/ui/main_window.py" line="399" />
            <source>Inspector</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="124" />
            <source>Site comparison</source>
            <translation>站点对比</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="129" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="136" />
            <source>&amp;Export report…</source>
            <translation>导出报告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="139" />
            <source>&amp;Compare scenarios…</source>
            <translation>方案对比(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="142" />
            <source>Add &amp;layer…</source>
            <translation>添加图层(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="146" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="147" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="148" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="150" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="155" />
            <source>&amp;Allocation</source>
            <translation>算力调度(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="160" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="161" />
            <source>Zoom to &amp;China</source>
            <translation>缩放至全国(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="163" />
            <source>Zoom to &amp;selection</source>
            <translation>缩放至所选(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="172" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="173" />
            <source>&amp;About CPN Planner</source>
            <translation>关于 CPN Planner(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="175" />
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="177" />
            <source>Colour provinces by</source>
            <translation>省级行政区着色指标</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="237" />
            <source>Built-in national dataset loaded</source>
            <translation>已加载内置全国数据集</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="288" />
            <source>Compare with scenarios</source>
            <translation>选择对比方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="289" />
            <source>CPN scenarios (*.toml)</source>
            <translation>CPN 情景文件 (*.toml)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="298" />
            <source>Current</source>
            <translation>当前方案</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="311" />
            <source>Export report</source>
            <translation>导出报告</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="312" />
            <source>PDF report (*.pdf);;Excel workbook (*.xlsx);;CSV tables (*.csv);;GeoJSON (*.geojson)</source>
            <translation>PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv);;GeoJSON (*.geojson)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="324" />
            <source>Cannot export report</source>
            <translation>无法导出报告</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="326" />
            <source>Exported {path}</source>
            <translation>已导出 {path}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="439" />
            <source>Select a province first</source>
            <translation>请先选择一个省级行政区</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="455" />
            <source>Estimated annual PUE</source>
            <translation>估算年均PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="456" />
            <source>Climate station</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="458" />
            <source>Monthly PUE</source>
            <translation>逐月PUE</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="468" />
            <source>Add layer</source>
            <translation>添加图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="468" />
            <source>Map layers (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)</source>
            <translation>地图图层 (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="480" />
            <source>Cannot add layer</source>
            <translation>无法添加图层</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="489" />
            <source>Added layer {name}: {n} {kind} from {crs}</source>
            <translation>已添加图层 {name}：{n} 个要素（{kind}），坐标系 {crs}</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="501" />
            <source>About CPN Planner</source>
            <translation>关于 CPN Planner</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="501" />
            <source>CPN Planner {v}: plan data centres on China's national computing-power network.
Boundaries: {src}</source>
            <translation>CPN Planner {v}：面向全国一体化算力网络的数据中心规划工具。
边界数据来源：{src}</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="51" />
            <source>Provinces</source>
            <translation>省级行政区</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="53" />
            <source>Prefectures</source>
            <translation>地级行政区</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="58" />
            <source>Hub regions</source>
            <translation>枢纽节点区域</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="60" />
            <source>Climate stations</source>
            <translation>气象站</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="62" />
            <source>Data-centre clusters</source>
            <translation>数据中心集群</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="102" />
            <source>Solve the allocation first (F5)</source>
            <translation>请先求解算力调度（F5）</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="136" />
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="137" />
            <source>Quantile classes</source>
            <translation>分位数分级</translation>
        </message>
        <message>
            <location filename="../../app/ui/map/national.py" line="148" />
            <source>not in a national hub</source>
            <translation>不属于国家枢纽节点</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="43" />
            <source>Place data centre</source>
            <translation>布设数据中心</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="46" />
            <source>Click on the map to place a data centre (P)</source>
            <translation>在地图上单击以布设数据中心（P）</translation>
        </message>
        <message>
            <location filename="../../app/ui/placement.py" line="67" />
            <source>A site must be placed inside China</source>
            <translation>站点必须位于中国境内</translation>
        </message>
        <message>
            <source>CPN Planner did not close normally. Restore the unsaved changes from {when}?</source>
            <translation type="vanished">CPN Planner 上次未正常关闭。是否恢复 {when} 中未保存的更改？</translation>
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
