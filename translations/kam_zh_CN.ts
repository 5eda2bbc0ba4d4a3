<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kam</name>
    <message>
        <source>A maintenance interval is between 0 (no reminder) and 3650 days.</source>
        <translation>维护周期应在 0（不提醒）到 3650 天之间。</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation>概率应在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The commit threshold cannot be below the best-case threshold.</source>
        <translation>承诺阈值不能低于最佳情况阈值。</translation>
    </message>
    <message>
        <source>The weight and the threshold of %1 cannot be negative.</source>
        <translation>%1 的权重和阈值不能为负数。</translation>
    </message>
    <message>
        <source>At least one signal needs a weight above zero.</source>
        <translation>至少要有一个信号的权重大于零。</translation>
    </message>
    <message>
        <source>Warnings start at a score from 1 to 100.</source>
        <translation>预警分数起点须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>%1 cannot name a dimension: it must not be empty or contain = or ;.</source>
        <translation>%1 不能作为维度名称：不能为空，也不能包含 = 或 ;。</translation>
    </message>
    <message>
        <source>The dimension %1 is listed twice.</source>
        <translation>维度 %1 重复列出。</translation>
    </message>
    <message>
        <source>Keep at least one dimension.</source>
        <translation>至少保留一个维度。</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第 %1 行：带引号的字段缺少右引号</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>第 %1 行：右引号之后还有多余文本</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Value model “%1”: %2</source>
        <translation>价值模型“%1”：%2</translation>
    </message>
    <message>
        <source>Field %1: %2 is not %3.</source>
        <translation>字段 %1：%2 不是%3。</translation>
    </message>
    <message>
        <source>The mapping&apos;s %1 is not an object.</source>
        <translation>映射中的 %1 不是对象。</translation>
    </message>
    <message>
        <source>The mapping&apos;s %1 for %2 is not text.</source>
        <translation>映射中 %2 的 %1 不是文本。</translation>
    </message>
    <message>
        <source>%1 have no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>The saved import presets are not a JSON array (setting %1).</source>
        <translation>已保存的导入预设方案不是 JSON 数组（设置项 %1）。</translation>
    </message>
    <message>
        <source>A saved import preset has no name or an unknown entity %1.</source>
        <translation>某个已保存的导入预设方案没有名称，或其导入对象 %1 无法识别。</translation>
    </message>
    <message>
        <source>Import preset %1: %2</source>
        <translation>导入预设方案 %1：%2</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>导入预设方案必须有名称。</translation>
    </message>
    <message>
        <source>There is no import preset %1 for %2.</source>
        <translation>没有适用于 %2 的导入预设方案 %1。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: the file has no records</source>
        <translation>%1：文件中没有记录</translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells, but the header has %4 columns</source>
        <translation>%1 第 %2 行：有 %3 个单元格，但标题行有 %4 列</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 at offset %3 is not valid %4</source>
        <translation>第 %1 行：偏移量 %3 处的字节 0x%2 不是有效的 %4 编码</translation>
    </message>
    <message>
        <source>the encoding %1 is not available in this build</source>
        <translation>当前版本不支持编码 %1</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected 2024-03-05, 05.03.2024, 03/05/2024, 2024/3/5 or 2024年3月5日)</source>
        <translation>“%1”不是有效日期（应为 2024-03-05、05.03.2024、03/05/2024、2024/3/5 或 2024年3月5日 等格式）</translation>
    </message>
    <message>
        <source>“%1” has no valid time of day (expected hh:mm or hh:mm:ss)</source>
        <translation>“%1”中没有有效的时间（应为 hh:mm 或 hh:mm:ss）</translation>
    </message>
    <message>
        <source>“%1” is not a day-first date (dd/MM/yyyy)</source>
        <translation>“%1”不是日在前的日期（dd/MM/yyyy）</translation>
    </message>
    <message>
        <source>“%1” is not a month-first date (MM/dd/yyyy)</source>
        <translation>“%1”不是月在前的日期（MM/dd/yyyy）</translation>
    </message>
    <message>
        <source>“%1” could be day/month or month/day: choose the date order</source>
        <translation>“%1”既可理解为日/月，也可理解为月/日：请选择日期顺序</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2</source>
        <translation>“%1”不是有效日期：不存在 %2 月</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no day %2 in month %3 of %4</source>
        <translation>“%1”不是有效日期：%4 年 %3 月没有 %2 日</translation>
    </message>
    <message>
        <source>an amount is expected, the cell is empty</source>
        <translation>此处应为金额，但单元格为空</translation>
    </message>
    <message>
        <source>“%1” has more than two decimals; an amount is kept in hundredths</source>
        <translation>“%1”的小数超过两位；金额最多精确到分</translation>
    </message>
    <message>
        <source>“%1” is too large for an amount</source>
        <translation>“%1”数值过大，超出金额允许的范围</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>“%1” is too large for a whole number</source>
        <translation>“%1”数值过大，超出整数允许的范围</translation>
    </message>
    <message>
        <source>“%1” is not a time that exists in the local time zone</source>
        <translation>“%1”在本地时区中不是有效的时间</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (expected yes/no, true/false, y/n, 1/0, 是/否, 有/无)</source>
        <translation>“%1”不是有效的是/否值（应为 yes/no、true/false、y/n、1/0、是/否 或 有/无）</translation>
    </message>
    <message>
        <source>Default currency: “%1” is not an ISO 4217 currency code such as CNY or USD.</source>
        <translation>默认币种：“%1”不是 ISO 4217 币种代码（如 CNY、USD）。</translation>
    </message>
</context>
<context>
    <name>kam::AboutDialog</name>
    <message>
        <source>About KAM Desk</source>
        <translation>关于 KAM Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;KAM Desk %1&lt;/h2&gt;&lt;p&gt;Key-account management for B2B sales: portfolio, contacts, account teams and their history, offline first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;KAM Desk %1&lt;/h2&gt;&lt;p&gt;面向 B2B 销售的大客户管理：客户组合、联系人、客户团队及其修改历史，离线优先。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Qt at run time</source>
        <translation>运行时 Qt</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建环境</translation>
    </message>
    <message>
        <source>Qt %1, %2</source>
        <translation>Qt %1，%2</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&lt;p&gt;KAM Desk is free software: you can redistribute it and/or modify it under the terms of the %1, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;KAM Desk 是自由软件：您可以按照 %1 第 3 版或（由您选择）任何更高版本的条款再分发和/或修改它。本软件不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU 通用公共许可证</translation>
    </message>
    <message>
        <source>&lt;p&gt;It is built on these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;本软件使用了以下程序库：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (open-source edition)</source>
        <translation>%1（开源版）</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>%1 (in the sync server)</source>
        <translation>%1（用于同步服务器）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Chinese text is drawn with the fonts installed on this computer; KAM Desk ships none.&lt;/p&gt;</source>
        <translation>&lt;p&gt;中文使用本机已安装的字体显示；KAM Desk 不附带字体。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>kam::AccountColumns</name>
    <message>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近修改</translation>
    </message>
</context>
<context>
    <name>kam::AccountCostsPanel</name>
    <message>
        <source>&amp;Add cost…</source>
        <translation>添加成本(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Revenue:</source>
        <translation>销售额：</translation>
    </message>
    <message>
        <source>Gross margin:</source>
        <translation>毛利：</translation>
    </message>
    <message>
        <source>Cost to serve:</source>
        <translation>服务成本：</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>利润：</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>利润率：</translation>
    </message>
    <message>
        <source>Last four quarters, %1 – %2</source>
        <translation>最近四个季度，%1 – %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Deleted the cost of %1 (Undo brings it back)</source>
        <translation>已删除 %1 的成本（可撤销恢复）</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>成本记录</translation>
    </message>
</context>
<context>
    <name>kam::AccountDealsPanel</name>
    <message>
        <source>deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s), %1, weighted %2 · Won in %3: %4</source>
        <translation>
            <numerusform>进行中：%n 个商机，%1，加权金额 %2 · %3 年赢单：%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n open deal(s) in other currencies not included)</source>
        <translation>
            <numerusform>（未计入 %n 个其他币种的进行中商机）</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>kam::AccountDetailView</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>团队角色</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Colleague:</source>
        <translation>同事：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概况(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>修改历史(&amp;H)</translation>
    </message>
    <message>
        <source>Select an account on the left, or create one with File ▸ New Account.</source>
        <translation>请在左侧选择一个客户，或通过“文件 ▸ 新建客户”创建。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Revenue %1</source>
        <translation>营业收入 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Deleted contact %1 (Undo brings it back)</source>
        <translation>已删除联系人 %1（可撤销恢复）</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Set r&amp;ole</source>
        <translation>设置角色(&amp;O)</translation>
    </message>
    <message>
        <source>Give the selected member the role chosen on the left</source>
        <translation>将左侧选择的角色赋予所选成员</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>关系图(&amp;R)</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>account-team</source>
        <translation>客户团队</translation>
    </message>
    <message>
        <source>field-history</source>
        <translation>字段修改历史</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>客户团队</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>修改历史</translation>
    </message>
</context>
<context>
    <name>kam::AccountDialog</name>
    <message>
        <source>New Account</source>
        <translation>新建客户</translation>
    </message>
</context>
<context>
    <name>kam::AccountForm</name>
    <message>
        <source>Registered company name (required)</source>
        <translation>工商注册名称（必填）</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91310000MA1FL1234X</source>
        <translation>18 位，例如 91310000MA1FL1234X</translation>
    </message>
    <message>
        <source>None (independent account)</source>
        <translation>无（独立客户）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Make this an independent account</source>
        <translation>设为独立客户</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>法定名称(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Ta&amp;x id:</source>
        <translation>纳税人识别号(&amp;X)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>所属集团(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>客户等级(&amp;T)：</translation>
    </message>
    <message>
        <source>Li&amp;fecycle:</source>
        <translation>生命周期(&amp;F)：</translation>
    </message>
    <message>
        <source>Annual re&amp;venue:</source>
        <translation>年营业收入(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – 差</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – 优</translation>
    </message>
    <message>
        <source>How well the customer fits our strategy: a criterion of the value model</source>
        <translation>客户与我方战略的契合程度：价值模型的一项指标</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>无已知逾期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>How late the oldest unpaid invoice is: a churn signal and the value model&apos;s payment record</source>
        <translation>最早一张未付发票的逾期天数：既是流失预警信号，也是价值模型的回款记录指标</translation>
    </message>
    <message>
        <source>Strat&amp;egic fit:</source>
        <translation>战略契合度(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Payment overdue:</source>
        <translation>付款逾期(&amp;P)：</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
</context>
<context>
    <name>kam::AccountHealthPanel</name>
    <message>
        <source>Confir&amp;m proposal</source>
        <translation>确认建议(&amp;M)</translation>
    </message>
    <message>
        <source>Change sta&amp;ge…</source>
        <translation>更改阶段(&amp;G)…</translation>
    </message>
    <message>
        <source>lifecycle-history</source>
        <translation>lifecycle-history</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <source>Risk score %L1 of 100 — ▲ %L2 since a quarter ago (%L3)</source>
        <translation>风险分数 %L1 / 100 — 较一个季度前 ▲ %L2（%L3）</translation>
    </message>
    <message>
        <source>Risk score %L1 of 100 — ▼ %L2 since a quarter ago (%L3)</source>
        <translation>风险分数 %L1 / 100 — 较一个季度前 ▼ %L2（%L3）</translation>
    </message>
    <message>
        <source>Risk score %L1 of 100 — the same as a quarter ago</source>
        <translation>风险分数 %L1 / 100 — 与一个季度前相同</translation>
    </message>
    <message>
        <source>No warning: the account is lost.</source>
        <translation>无预警：该客户已流失。</translation>
    </message>
    <message>
        <source>No warning: warnings start at a score of %L1.</source>
        <translation>无预警：分数达到 %L1 才会预警。</translation>
    </message>
    <message>
        <source>A new warning, not reviewed yet or worse since it was.</source>
        <translation>新预警：尚未处理，或处理后情况变差。</translation>
    </message>
    <message>
        <source>Warning acknowledged on %1. %2</source>
        <translation>预警已于 %1 确认。%2</translation>
    </message>
    <message>
        <source>Warning snoozed until %1. %2</source>
        <translation>预警已暂缓至 %1。%2</translation>
    </message>
    <message>
        <source>Stage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>阶段：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The proposal follows when scoring has finished.</source>
        <translation>评分完成后显示建议阶段。</translation>
    </message>
    <message>
        <source>Proposed: %1 — %2</source>
        <translation>建议：%1 — %2</translation>
    </message>
    <message>
        <source>The facts agree: %1</source>
        <translation>事实相符：%1</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 目前处于%2。</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>health-signals</source>
        <translation>健康信号</translation>
    </message>
    <message>
        <source>Health signals</source>
        <translation>健康信号</translation>
    </message>
    <message>
        <source>Lifecycle history</source>
        <translation>生命周期历史</translation>
    </message>
</context>
<context>
    <name>kam::ActivityDialog</name>
    <message>
        <source>Log Activity</source>
        <translation>记录活动</translation>
    </message>
    <message>
        <source>Edit Activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Has a next step</source>
        <translation>有下一步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>商机(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>费用(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No deal</source>
        <translation>无商机</translation>
    </message>
</context>
<context>
    <name>kam::ActivityModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>kam::ActivityTimelinePanel</name>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;Log activity…</source>
        <translation>记录活动(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记为完成(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected activity&apos;s next step as done</source>
        <translation>将所选活动的下一步标记为已完成</translation>
    </message>
    <message>
        <source>Deleted activity %1 (Undo brings it back)</source>
        <translation>已删除活动 %1（可撤销恢复）</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>kam::AgendaModel</name>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>已逾期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today (%n)</source>
        <translation>
            <numerusform>今天（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week (%n)</source>
        <translation>
            <numerusform>本周（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>kam::AgendaView</name>
    <message>
        <source>agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>contact-reminders</source>
        <translation>联系提醒</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>标记为完成(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>记录联系(&amp;L)…</translation>
    </message>
    <message>
        <source>Maintenance &amp;intervals…</source>
        <translation>维护周期(&amp;I)…</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No contact for too long</source>
        <translation>长期未联系</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>kam::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Edit Campaign</source>
        <translation>编辑营销活动</translation>
    </message>
    <message>
        <source>e.g. 2026 Industrial Equipment Fair</source>
        <translation>例如：2026 工业设备展</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>费用(&amp;C)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>kam::CampaignMemberModel</name>
    <message>
        <source>(the account)</source>
        <translation>（客户整体）</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>未响应</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>响应日期</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
</context>
<context>
    <name>kam::CampaignMembersDialog</name>
    <message>
        <source>Add Accounts to %1</source>
        <translation>向 %1 添加客户</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Already targeted by this campaign</source>
        <translation>已是该营销活动的目标客户</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>(the account as a whole)</source>
        <translation>（客户整体）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tick the accounts to add.</source>
        <translation>勾选要添加的客户。</translation>
    </message>
</context>
<context>
    <name>kam::CampaignModel</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No cost is recorded, so there is no return to compare it with.</source>
        <translation>未记录费用，无法计算投资回报。</translation>
    </message>
    <message>
        <source>(attributed gross margin %1 − cost %2) / cost %2</source>
        <translation>（归因毛利 %1 − 费用 %2）/ 费用 %2</translation>
    </message>
    <message>
        <source>Won revenue × the gross margin of the deal&apos;s account over the four quarters before it closed (%1 % where the account has no cost of goods)</source>
        <translation>赢单销售额 × 该商机所属客户在成交前四个季度的毛利率（客户无销货成本数据时按 %1% 计）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人数</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>响应数</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Sourced deals</source>
        <translation>来源商机</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>在途商机金额</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单商机</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单销售额</translation>
    </message>
    <message>
        <source>Attributed margin</source>
        <translation>归因毛利</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
</context>
<context>
    <name>kam::CampaignResponseDialog</name>
    <message>
        <source>&amp;Responded</source>
        <translation>已响应(&amp;R)</translation>
    </message>
    <message>
        <source>Response of %1</source>
        <translation>%1 的响应</translation>
    </message>
    <message>
        <source>e.g. asked for a quote</source>
        <translation>例如：索取报价</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>kam::CampaignsView</name>
    <message>
        <source>By campaign</source>
        <translation>按营销活动</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>The gross margin credited to won deals of accounts that have no cost of goods entered</source>
        <translation>未录入销货成本的客户，其赢单商机计入的毛利</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建营销活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add accounts…</source>
        <translation>添加客户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Mark response…</source>
        <translation>标记响应(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Margin where none is known:</source>
        <translation>无成本数据时的毛利率：</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Attributed margin</source>
        <translation>归因毛利</translation>
    </message>
    <message>
        <source>No campaigns yet. Record one with “New campaign…”; deals name it as their source campaign.</source>
        <translation>尚无营销活动。请通过“新建营销活动…”录入；商机可将其指定为来源营销活动。</translation>
    </message>
    <message>
        <source>campaign-members</source>
        <translation>营销活动成员</translation>
    </message>
    <message>
        <source>campaign-deals</source>
        <translation>营销活动商机</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Sourced deals</source>
        <translation>来源商机</translation>
    </message>
    <message>
        <source>The campaign figures could not be read: %1</source>
        <translation>无法读取营销活动数据：%1</translation>
    </message>
    <message>
        <source>Pick “By campaign” to see a campaign&apos;s members and deals.</source>
        <translation>选择“按营销活动”即可查看营销活动的成员和商机。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No campaign selected.</source>
        <translation>未选择营销活动。</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>成员（%1）</translation>
    </message>
    <message>
        <source>Sourced deals (%1)</source>
        <translation>来源商机（%1）</translation>
    </message>
    <message>
        <source>ROI %1</source>
        <translation>ROI %1</translation>
    </message>
    <message>
        <source>Cost and attributed margin (%1)</source>
        <translation>费用与归因毛利（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Cost and attributed margin (%1), the first %n as sorted</source>
        <translation>
            <numerusform>费用与归因毛利（%1），按当前排序取前 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n 个营销活动</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>费用 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sourced deal(s), %1 won</source>
        <translation>
            <numerusform>%n 个来源商机，其中赢单 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>won revenue %1</source>
        <translation>赢单销售额 %1</translation>
    </message>
    <message>
        <source>attributed margin %1</source>
        <translation>归因毛利 %1</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign audience</source>
        <translation>活动受众</translation>
    </message>
</context>
<context>
    <name>kam::ChurnSettingsDialog</name>
    <message>
        <source>fall between the last two quarters with answers</source>
        <translation>最近两个有作答的季度之间的降幅</translation>
    </message>
    <message>
        <source>fall of the average (1–5) between those quarters</source>
        <translation>这两个季度之间平均分（1–5）的降幅</translation>
    </message>
    <message>
        <source>fall of won revenue, quarter on quarter</source>
        <translation>成交收入环比降幅</translation>
    </message>
    <message>
        <source>the fallback for tiers without an interval</source>
        <translation>未设周期的级别使用的默认值</translation>
    </message>
    <message>
        <source>an open deal without a stage change</source>
        <translation>商机未推进阶段</translation>
    </message>
    <message>
        <source>since a key contact left; no champion fires too</source>
        <translation>关键联系人离职后的天数；缺少支持者也会触发</translation>
    </message>
    <message>
        <source>cases whose follow-up is not done</source>
        <translation>跟进未完成的工单</translation>
    </message>
    <message>
        <source>the oldest unpaid invoice is overdue</source>
        <translation>最早一笔未付发票已逾期</translation>
    </message>
    <message>
        <source>Churn Warning Settings</source>
        <translation>流失预警设置</translation>
    </message>
    <message>
        <source>A signal that fires adds its share of the 100 points of the risk score: its weight divided by the sum of all weights. A weight of 0 switches a signal off.</source>
        <translation>触发的信号按其份额计入风险分数的 100 分：权重除以所有权重之和。权重为 0 表示关闭该信号。</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Points when fired</source>
        <translation>触发时得分</translation>
    </message>
    <message>
        <source>Fires at</source>
        <translation>触发阈值</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Maintenance &amp;intervals…</source>
        <translation>维护周期(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Warn from a risk score of:</source>
        <translation>风险分数达到此值时预警(&amp;W)：</translation>
    </message>
    <message>
        <source>(1–100)</source>
        <translation>（1–100）</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln day(s)</source>
        <translation>
            <numerusform>%1 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between tiers</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>No contact fires after the tier&apos;s maintenance interval: %1.</source>
        <translation>“长期未联系”在超过客户级别的维护周期后触发：%1。</translation>
    </message>
    <message>
        <source>No contact fires after the tier&apos;s maintenance interval: %1; the threshold above applies to %2.</source>
        <translation>“长期未联系”在超过客户级别的维护周期后触发：%1；上面的阈值适用于%2。</translation>
    </message>
</context>
<context>
    <name>kam::ChurnSignalModel</name>
    <message>
        <source>Risk score</source>
        <translation>风险分数</translation>
    </message>
    <message>
        <source>%L1 a quarter ago</source>
        <translation>一个季度前为 %L1</translation>
    </message>
    <message>
        <source>warning from %L1</source>
        <translation>%L1 起预警</translation>
    </message>
    <message>
        <source>100 × weight %1 ÷ sum of the weights</source>
        <translation>100 × 权重 %1 ÷ 权重之和</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> 个</translation>
    </message>
    <message>
        <source>a fall of %1 NPS points</source>
        <translation>NPS 下降 %1 分</translation>
    </message>
    <message>
        <source>a fall of %1 points (1–5)</source>
        <translation>下降 %1 分（1–5）</translation>
    </message>
    <message>
        <source>a fall of %1 %</source>
        <translation>下降 %1%</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>a deal %1 days without a move</source>
        <translation>商机 %1 天未推进</translation>
    </message>
    <message>
        <source>left within %1 days</source>
        <translation>%1 天内离职</translation>
    </message>
    <message>
        <source>%1 open cases</source>
        <translation>%1 个未结工单</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
</context>
<context>
    <name>kam::Commands</name>
    <message>
        <source>Add satisfaction response of %1</source>
        <translation>添加 %1 的满意度反馈</translation>
    </message>
    <message>
        <source>Edit satisfaction response of %1</source>
        <translation>编辑 %1 的满意度反馈</translation>
    </message>
    <message>
        <source>Delete satisfaction response of %1</source>
        <translation>删除 %1 的满意度反馈</translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>Delete account %1</source>
        <translation>删除客户 %1</translation>
    </message>
    <message>
        <source>New contact %1</source>
        <translation>新建联系人 %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>编辑联系人 %1</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
    <message>
        <source>Add team member</source>
        <translation>添加团队成员</translation>
    </message>
    <message>
        <source>Change team role</source>
        <translation>更改团队角色</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>移除团队成员</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>保留对方的%1</translation>
    </message>
    <message>
        <source>Use my %1</source>
        <translation>采用我的%1</translation>
    </message>
    <message>
        <source>Mark done: %1</source>
        <translation>标记为完成：%1</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>重新打开：%1</translation>
    </message>
    <message>
        <source>New deal %1</source>
        <translation>新建商机 %1</translation>
    </message>
    <message>
        <source>Edit deal %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <source>Delete deal %1</source>
        <translation>删除商机 %1</translation>
    </message>
    <message>
        <source>Log activity %1</source>
        <translation>记录活动 %1</translation>
    </message>
    <message>
        <source>Edit activity %1</source>
        <translation>编辑活动 %1</translation>
    </message>
    <message>
        <source>Delete activity %1</source>
        <translation>删除活动 %1</translation>
    </message>
    <message>
        <source>New stage %1</source>
        <translation>新建阶段 %1</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>编辑阶段 %1</translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation>删除阶段 %1</translation>
    </message>
    <message>
        <source>New target %1</source>
        <translation>新建目标 %1</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>编辑目标 %1</translation>
    </message>
    <message>
        <source>Delete target %1</source>
        <translation>删除目标 %1</translation>
    </message>
    <message>
        <source>Start plan %1 from %2</source>
        <translation>基于 %2 新建 %1 计划</translation>
    </message>
    <message>
        <source>New plan %1</source>
        <translation>新建计划 %1</translation>
    </message>
    <message>
        <source>Edit plan %1</source>
        <translation>编辑计划 %1</translation>
    </message>
    <message>
        <source>Delete plan %1</source>
        <translation>删除计划 %1</translation>
    </message>
    <message>
        <source>New objective %1</source>
        <translation>新建目标 %1</translation>
    </message>
    <message>
        <source>Edit objective %1</source>
        <translation>编辑目标 %1</translation>
    </message>
    <message>
        <source>Delete objective %1</source>
        <translation>删除目标 %1</translation>
    </message>
    <message>
        <source>New action %1</source>
        <translation>新建行动 %1</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>编辑行动 %1</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>删除行动 %1</translation>
    </message>
    <message>
        <source>New risk %1</source>
        <translation>新建风险 %1</translation>
    </message>
    <message>
        <source>Edit risk %1</source>
        <translation>编辑风险 %1</translation>
    </message>
    <message>
        <source>Delete risk %1</source>
        <translation>删除风险 %1</translation>
    </message>
    <message>
        <source>Fill in whitespace %1</source>
        <translation>填写白空间 %1</translation>
    </message>
    <message>
        <source>Edit whitespace %1</source>
        <translation>编辑白空间 %1</translation>
    </message>
    <message>
        <source>Clear whitespace %1</source>
        <translation>清除白空间 %1</translation>
    </message>
    <message>
        <source>Set the lifecycle of %1 to %2</source>
        <translation>将 %1 的生命周期设为%2</translation>
    </message>
    <message>
        <source>Review warning</source>
        <translation>处理预警</translation>
    </message>
    <message>
        <source>Edit warning review</source>
        <translation>编辑预警处理</translation>
    </message>
    <message>
        <source>Delete warning review</source>
        <translation>删除预警处理</translation>
    </message>
    <message>
        <source>Snooze the warning for %1</source>
        <translation>暂缓 %1 的预警</translation>
    </message>
    <message>
        <source>Acknowledge the warning for %1</source>
        <translation>确认 %1 的预警</translation>
    </message>
    <message numerus="yes">
        <source>Add %n account(s) to %1</source>
        <translation>
            <numerusform>向 %1 添加 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the response of %1</source>
        <translation>标记 %1 的响应</translation>
    </message>
    <message>
        <source>Clear the response of %1</source>
        <translation>清除 %1 的响应</translation>
    </message>
    <message>
        <source>Remove %1 from the campaign</source>
        <translation>将 %1 移出营销活动</translation>
    </message>
    <message>
        <source>Add cost %1</source>
        <translation>添加成本 %1</translation>
    </message>
    <message>
        <source>Edit cost %1</source>
        <translation>编辑成本 %1</translation>
    </message>
    <message>
        <source>Delete cost %1</source>
        <translation>删除成本 %1</translation>
    </message>
    <message>
        <source>New campaign %1</source>
        <translation>新建营销活动 %1</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>编辑营销活动 %1</translation>
    </message>
    <message>
        <source>Delete campaign %1</source>
        <translation>删除营销活动 %1</translation>
    </message>
    <message>
        <source>Add campaign member</source>
        <translation>添加营销活动成员</translation>
    </message>
    <message>
        <source>Mark campaign response</source>
        <translation>标记营销活动响应</translation>
    </message>
    <message>
        <source>Remove campaign member</source>
        <translation>移除营销活动成员</translation>
    </message>
    <message>
        <source>New value model %1</source>
        <translation>新建价值模型 %1</translation>
    </message>
    <message>
        <source>Edit value model %1</source>
        <translation>编辑价值模型 %1</translation>
    </message>
    <message>
        <source>Delete value model %1</source>
        <translation>删除价值模型 %1</translation>
    </message>
</context>
<context>
    <name>kam::ConflictModel</name>
    <message>
        <source>Account (no longer on this computer)</source>
        <translation>客户（已不在本机）</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>Contact (no longer on this computer)</source>
        <translation>联系人（已不在本机）</translation>
    </message>
    <message>
        <source>Team of %1</source>
        <translation>%1 的客户团队</translation>
    </message>
    <message>
        <source>Team seat (no longer on this computer)</source>
        <translation>团队成员（已不在本机）</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Kept theirs</source>
        <translation>已保留对方的值</translation>
    </message>
    <message>
        <source>Used mine</source>
        <translation>已采用我的值</translation>
    </message>
    <message>
        <source>Open: the account left your portfolio</source>
        <translation>待处理：该客户已移出您的客户组合</translation>
    </message>
    <message>
        <source>Open: refused by the server</source>
        <translation>待处理：服务器拒绝了此修改</translation>
    </message>
    <message>
        <source>Open: yours is kept</source>
        <translation>待处理：当前为您的值</translation>
    </message>
    <message>
        <source>Open: theirs is kept</source>
        <translation>待处理：当前为对方的值</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>对方的值</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kam::ConflictsView</name>
    <message>
        <source>Show &amp;resolved</source>
        <translation>显示已解决(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>保留对方(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Use Mine</source>
        <translation>采用我的(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open Record</source>
        <translation>打开记录(&amp;O)</translation>
    </message>
    <message>
        <source>The record keeps the other user&apos;s value</source>
        <translation>记录保留另一位用户的值</translation>
    </message>
    <message>
        <source>Your value goes back into the record and is sent at the next sync</source>
        <translation>您的值写回记录，并在下次同步时发送</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n 个待处理冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>sync-conflicts</source>
        <translation>同步冲突</translation>
    </message>
</context>
<context>
    <name>kam::ContactDialog</name>
    <message>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>1 = little influence on the buying decision, 5 = decisive</source>
        <translation>1 = 对采购决策影响很小，5 = 起决定作用</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Still works at the account</source>
        <translation>仍在该客户任职</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Buying role:</source>
        <translation>采购角色(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>影响力（1–5）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>态度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reports to:</source>
        <translation>汇报对象(&amp;R)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>How well our team knows this person and is trusted by them</source>
        <translation>我方团队与此人的熟悉和信任程度</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Relations&amp;hip with us:</source>
        <translation>与我方关系(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>kam::ContactTableModel</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系强度</translation>
    </message>
</context>
<context>
    <name>kam::CostEntryDialog</name>
    <message>
        <source>Add Cost</source>
        <translation>添加成本</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>编辑成本</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>kam::CostEntryModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>kam::CriteriaTreeModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>取值来源</translation>
    </message>
    <message>
        <source>Local weight</source>
        <translation>局部权重</translation>
    </message>
    <message>
        <source>Global weight</source>
        <translation>全局权重</translation>
    </message>
</context>
<context>
    <name>kam::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>客户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>商机名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;robability:</source>
        <translation>赢单概率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Expected close:</source>
        <translation>预计成交日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Source &amp;campaign:</source>
        <translation>来源活动(&amp;C)：</translation>
    </message>
    <message>
        <source>Com&amp;petitor:</source>
        <translation>竞争对手(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Win/loss reason:</source>
        <translation>赢单/输单原因(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;losed on:</source>
        <translation>结束日期(&amp;L)：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>kam::DealFilterBar</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>成交期间</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>下季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
</context>
<context>
    <name>kam::DealListModel</name>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kam::Demo</name>
    <message>
        <source>The number of accounts cannot be negative.</source>
        <translation>客户数量不能为负数。</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 accounts.</source>
        <translation>已在生成 %1 / %2 个客户后取消。</translation>
    </message>
</context>
<context>
    <name>kam::Export</name>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>写入导出文件失败：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Writing the export of %1 failed: %2</source>
        <translation>写入 %1 的导出文件失败：%2</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the export log: %2</source>
        <translation>%1 已写入，但此次导出未能登记到导出记录中：%2</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with BOM (*.csv)</source>
        <translation>适用于 Excel 的 CSV，带 BOM 的 UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>kam::FieldHistoryModel</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>kam::Fields</name>
    <message>
        <source>a currency code such as CNY or USD</source>
        <translation>币种代码（如 CNY 或 USD）</translation>
    </message>
    <message>
        <source>a whole number such as 12</source>
        <translation>整数（如 12）</translation>
    </message>
    <message>
        <source>an amount in %1 such as %2</source>
        <translation>以 %1 计的金额（如 %2）</translation>
    </message>
    <message>
        <source>a date such as 2024-03-05</source>
        <translation>日期（如 2024-03-05）</translation>
    </message>
    <message>
        <source>a UTC time such as 2024-03-05T06:30:00.000Z</source>
        <translation>UTC 时间（如 2024-03-05T06:30:00.000Z）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下值之一：%1</translation>
    </message>
</context>
<context>
    <name>kam::ForecastModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>已赢单</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
</context>
<context>
    <name>kam::ForecastView</name>
    <message>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Next 12 months</source>
        <translation>未来 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Next 4 quarters</source>
        <translation>未来 4 个季度</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Commit from:</source>
        <translation>承诺起点：</translation>
    </message>
    <message>
        <source>Best case from:</source>
        <translation>最佳情况起点：</translation>
    </message>
    <message>
        <source>Forecast per period</source>
        <translation>各期间销售预测</translation>
    </message>
    <message>
        <source>No open or won deals close in these periods.</source>
        <translation>这些期间内没有进行中或已赢单的商机成交。</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
</context>
<context>
    <name>kam::FunnelModel</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到达数</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>Avg. days in stage</source>
        <translation>阶段平均停留天数</translation>
    </message>
</context>
<context>
    <name>kam::FunnelView</name>
    <message>
        <source>Open deals per stage</source>
        <translation>各阶段进行中商机数</translation>
    </message>
    <message>
        <source>Open amount per stage</source>
        <translation>各阶段进行中金额</translation>
    </message>
    <message>
        <source>No open deals match the filter.</source>
        <translation>没有符合筛选条件的进行中商机。</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message numerus="yes">
        <source>Open: %n deal(s), %1</source>
        <translation>
            <numerusform>进行中：%n 个商机，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Won: %n deal(s), %1</source>
        <translation>
            <numerusform>已赢单：%n 个商机，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lost: %n deal(s)</source>
        <translation>
            <numerusform>已输单：%n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate: %1</source>
        <translation>赢单率：%1</translation>
    </message>
    <message>
        <source>Win rate: —</source>
        <translation>赢单率：—</translation>
    </message>
    <message>
        <source>Average won deal: %1</source>
        <translation>平均赢单金额：%1</translation>
    </message>
    <message>
        <source>Average won deal: —</source>
        <translation>平均赢单金额：—</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in other currencies than %1 left out</source>
        <translation>
            <numerusform>未计入 %n 个非 %1 币种的商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>漏斗阶段</translation>
    </message>
</context>
<context>
    <name>kam::Import</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>上级客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>回款逾期天数</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>战略契合度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <source>Map position</source>
        <translation>关系图位置</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source campaign</source>
        <translation>来源活动</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Won/lost reason</source>
        <translation>赢单/输单原因</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Likelihood to recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Dimension scores</source>
        <translation>分项评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Incurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Satisfaction responses</source>
        <translation>满意度反馈</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>成本记录</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The amount %1 has more decimals than %2 has.</source>
        <translation>金额 %1 的小数位数超过了 %2 允许的位数。</translation>
    </message>
    <message>
        <source>The column %1 mapped to the field %2 is not in %3.</source>
        <translation>映射到字段 %2 的列 %1 不在 %3 中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is ambiguous: it matches %n rows.</source>
        <translation>
            <numerusform>%1 有歧义：匹配到 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing is named %2.</source>
        <translation>%1：找不到名为 %2 的记录。</translation>
    </message>
    <message>
        <source>The account %1 is ambiguous: it matches %2.</source>
        <translation>客户 %1 有歧义：同时匹配 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No account has the id or code %1.</source>
        <translation>没有 ID 或代码为 %1 的客户。</translation>
    </message>
    <message>
        <source>No account named %1.</source>
        <translation>没有名为 %1 的客户。</translation>
    </message>
    <message>
        <source>%1 cannot be found without the row&apos;s account.</source>
        <translation>该行未指定客户，无法查找 %1。</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>%1 is not a currency code such as CNY or USD.</source>
        <translation>%1 不是有效的币种代码（如 CNY、USD）。</translation>
    </message>
    <message>
        <source>The amount %1 is in %2 but the row&apos;s currency is %3.</source>
        <translation>金额 %1 的币种为 %2，但该行的币种为 %3。</translation>
    </message>
    <message>
        <source>An open deal needs a stage: it tells how far the deal is.</source>
        <translation>进行中的商机必须填写阶段，以表明商机推进到了哪一步。</translation>
    </message>
    <message>
        <source>%1 is required and has no value.</source>
        <translation>%1为必填项，但没有填写值。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>same name at the account</source>
        <translation>同一客户下的同名联系人</translation>
    </message>
    <message>
        <source>name %1 %</source>
        <translation>名称相似度 %1%</translation>
    </message>
    <message>
        <source>The parent account %1 (row %2) is rejected.</source>
        <translation>上级客户 %1（第 %2 行）已被拒绝。</translation>
    </message>
    <message>
        <source>An account cannot be its own parent (%1).</source>
        <translation>客户不能是自己的上级客户（%1）。</translation>
    </message>
    <message>
        <source>Checking %1 was cancelled.</source>
        <translation>已取消对 %1 的检查。</translation>
    </message>
    <message>
        <source>The account %1 could not be created: %2</source>
        <translation>无法创建客户 %1：%2</translation>
    </message>
    <message>
        <source>It repeats row %1, which was not imported.</source>
        <translation>该行与未导入的第 %1 行重复。</translation>
    </message>
    <message>
        <source>The branches of rows %1 were imported without it.</source>
        <translation>第 %1 行的分支机构已导入，但未关联此上级客户。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Dry run: nothing is kept.</source>
        <translation>试运行：不保存任何数据。</translation>
    </message>
    <message>
        <source>The rejected rows of %1 could not be written: %2</source>
        <translation>无法写入 %1 中被拒绝的行：%2</translation>
    </message>
    <message>
        <source>“%1” is not an amount (expected a number written like %2)</source>
        <translation>“%1”不是有效金额（应为类似 %2 格式的数字）</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (expected a number written like %2)</source>
        <translation>“%1”不是整数（应为类似 %2 格式的数字）</translation>
    </message>
    <message>
        <source>“%1” is not a number (expected a number written like %2)</source>
        <translation>“%1”不是有效数字（应为类似 %2 格式的数字）</translation>
    </message>
</context>
<context>
    <name>kam::ImportMapping</name>
    <message>
        <source>The mapping&apos;s values are not an object.</source>
        <translation>映射中的值映射不是 JSON 对象。</translation>
    </message>
    <message>
        <source>values of %1</source>
        <translation>%1 的值映射</translation>
    </message>
</context>
<context>
    <name>kam::ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>%1 (new account)</source>
        <translation>%1（新客户）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>kam::ImportWizard</name>
    <message>
        <source>Comma ( , )</source>
        <translation>逗号（,）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>分号（;）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>竖线（|）</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
</context>
<context>
    <name>kam::Labels</name>
    <message>
        <source>Enterprise</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <source>Channel partner</source>
        <translation>渠道伙伴</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部客户</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>考察期</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>形成期</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>支持者（内线）</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>赞同者</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>反对者</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Technical buyer</source>
        <translation>技术把关者</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>守门人</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Account lead</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>高层支持人</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>法定名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>所属集团</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年营业收入</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>采购角色</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>态度</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报对象</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Samples sent</source>
        <translation>寄送样品</translation>
    </message>
    <message>
        <source>Service case</source>
        <translation>服务工单</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Source campaign</source>
        <translation>来源活动</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Win or loss reason</source>
        <translation>赢单/输单原因</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>deal status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>deal status</comment>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>deal status</comment>
        <translation>输单</translation>
    </message>
    <message>
        <source>No champion: nobody at the account argues for us.</source>
        <translation>没有内线支持者：客户内部无人为我们说话。</translation>
    </message>
    <message>
        <source>The decision maker is not known.</source>
        <translation>尚不清楚决策者是谁。</translation>
    </message>
    <message>
        <source>No contact yet with the decision maker %1.</source>
        <translation>尚未与决策者 %1 接触。</translation>
    </message>
    <message numerus="yes">
        <source>No contact with the decision maker %1 for %n day(s).</source>
        <translation>
            <numerusform>已 %n 天未与决策者 %1 接触。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action status</comment>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Potential</source>
        <comment>whitespace</comment>
        <translation>潜在机会</translation>
    </message>
    <message>
        <source>Buys from us</source>
        <translation>已向我方采购</translation>
    </message>
    <message>
        <source>Buys from a competitor</source>
        <translation>向竞争对手采购</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation>%2 年 H%1</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <source>Place in the map</source>
        <translation>关系图位置</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>Revenue last period</source>
        <translation>上期销售额</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>销售额目标</translation>
    </message>
    <message>
        <source>Gross margin last period</source>
        <translation>上期毛利率</translation>
    </message>
    <message>
        <source>Gross margin target</source>
        <translation>毛利率目标</translation>
    </message>
    <message>
        <source>Share of wallet last period</source>
        <translation>上期钱包份额</translation>
    </message>
    <message>
        <source>Share of wallet target</source>
        <translation>钱包份额目标</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>源自计划</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Branch or buying centre</source>
        <translation>分支机构或采购中心</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Size: influence · dots: our relationship · arrow: reports to</source>
        <translation>大小：影响力 · 圆点：我方关系强度 · 箭头：汇报对象</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Acquainted</source>
        <translation>认识</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作关系</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>紧密</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A calendar quarter: %1 the year, %2 the quarter 1–4 (&quot;2026 Q3&quot;)</extracomment>
        <translation>%1 年 Q%2</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>Visit rating</source>
        <translation>拜访评分</translation>
    </message>
    <message>
        <source>Service case rating</source>
        <translation>服务工单评分</translation>
    </message>
    <message>
        <source>NPS falling</source>
        <translation>NPS 下降</translation>
    </message>
    <message>
        <source>Satisfaction falling</source>
        <translation>满意度下降</translation>
    </message>
    <message>
        <source>Revenue falling</source>
        <translation>收入下降</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>长期未联系</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>商机停滞</translation>
    </message>
    <message>
        <source>Key contact left or no champion</source>
        <translation>关键联系人离职或缺少支持者</translation>
    </message>
    <message>
        <source>Open service cases</source>
        <translation>未结服务工单</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>回款逾期</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Part %1 of “%2” is empty.</source>
        <translation>“%2”的第 %1 部分为空。</translation>
    </message>
    <message>
        <source>“%1” has no “=” between dimension and score.</source>
        <translation>“%1”中维度和分数之间缺少“=”。</translation>
    </message>
    <message>
        <source>“%1” names no dimension.</source>
        <translation>“%1”没有写明维度。</translation>
    </message>
    <message>
        <source>“%1” has more than one “=”.</source>
        <translation>“%1”包含多个“=”。</translation>
    </message>
    <message>
        <source>“%1”: the score must be a whole number from 1 to %2.</source>
        <translation>“%1”：分数必须是 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>“%1”: the dimension %2 is scored more than once.</source>
        <translation>“%1”：维度 %2 被评分了多次。</translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>加权求和</translation>
    </message>
    <message>
        <source>Fuzzy comprehensive evaluation</source>
        <translation>模糊综合评价</translation>
    </message>
    <message>
        <source>Grey relational analysis</source>
        <translation>灰色关联分析</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <source>Strategic fit</source>
        <translation>战略契合度</translation>
    </message>
    <message>
        <source>Payment record</source>
        <translation>回款记录</translation>
    </message>
    <message>
        <source>Relationship strength</source>
        <translation>关系强度</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>销货成本</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Other cost</source>
        <translation>其他成本</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Telemarketing</source>
        <translation>电话营销</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>平面媒体</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Previous tier</source>
        <translation>原客户等级</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Value model</source>
        <translation>价值模型</translation>
    </message>
    <message>
        <source>Incurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>响应日期</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
</context>
<context>
    <name>kam::LifecycleDialog</name>
    <message>
        <source>Change Lifecycle Stage</source>
        <translation>更改生命周期阶段</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 目前处于%2。</translation>
    </message>
    <message>
        <source>The facts suggest %1: %2</source>
        <translation>根据事实建议为%1：%2</translation>
    </message>
    <message>
        <source>Why the account is at this stage (required)</source>
        <translation>客户处于此阶段的原因（必填）</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>kam::LifecycleHistoryModel</name>
    <message>
        <source>%1 (new account)</source>
        <translation>%1（新客户）</translation>
    </message>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1（已确认）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>kam::LoginDialog</name>
    <message>
        <source>Log In to the Sync Server</source>
        <translation>登录同步服务器</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>Your changes are sent to the company server and your colleagues&apos; changes come back. The password is not stored; the session is kept in the system keychain.</source>
        <translation>您的修改会发送到公司服务器，同事的修改也会同步回来。密码不会被保存；会话保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter your e-mail and password.</source>
        <translation>请输入电子邮箱和密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>kam::MainWindow</name>
    <message>
        <source>&amp;Satisfaction</source>
        <translation>满意度(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — KAM Desk</source>
        <translation>%1 — KAM Desk</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>本地数据库</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone:
%2</source>
        <translation>无法撤销或重做“%1”：
%2</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a customer account to the portfolio</source>
        <translation>向客户组合中添加客户</translation>
    </message>
    <message>
        <source>New &amp;Contact…</source>
        <translation>新建联系人(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a contact person to the selected account</source>
        <translation>为所选客户添加联系人</translation>
    </message>
    <message>
        <source>&amp;Export Accounts…</source>
        <translation>导出客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the accounts as a CSV or JSON file</source>
        <translation>将客户保存为 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected account, or the selected contact when the contact list has the focus (Undo brings it back)</source>
        <translation>删除所选客户；焦点在联系人列表时删除所选联系人（可撤销恢复）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the portfolio</source>
        <translation>筛选客户组合</translation>
    </message>
    <message>
        <source>As &amp;Table</source>
        <translation>表格视图(&amp;T)</translation>
    </message>
    <message>
        <source>As Group T&amp;ree</source>
        <translation>集团树视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About KAM Desk</source>
        <translation>关于 KAM Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Deleted %1. %2 brings it back.</source>
        <translation>已删除 %1。按 %2 可恢复。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Accounts</source>
        <translation>导出客户</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个客户导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of KAM Desk. Restart now?</source>
        <translation>新语言将在下次启动 KAM Desk 时生效。现在重新启动吗？</translation>
    </message>
    <message>
        <source>Unapplied changes</source>
        <translation>未应用的修改</translation>
    </message>
    <message>
        <source>The account has changes that were not applied. Apply them before closing?</source>
        <translation>该客户有尚未应用的修改。关闭前要应用吗？</translation>
    </message>
    <message>
        <source>The account has changes that were not applied. Apply them before showing another account?</source>
        <translation>该客户有尚未应用的修改。切换到其他客户前要应用吗？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln account(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>登录(&amp;L)…</translation>
    </message>
    <message>
        <source>Connect this store to the company&apos;s sync server</source>
        <translation>将本地数据连接到公司的同步服务器</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>End the session; the data stays on this computer</source>
        <translation>结束会话；数据仍保留在本机</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Send your changes and receive your colleagues&apos;</source>
        <translation>发送您的修改并接收同事的修改</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>冲突(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>%1
You are logged in for as long as KAM Desk runs; at the next start it asks for your password again. Nothing secret is written to disk.</source>
        <translation>%1
KAM Desk 运行期间您保持登录；下次启动时会再次询问密码。任何机密信息都不会写入磁盘。</translation>
    </message>
    <message>
        <source>This version of KAM Desk cannot sync with the server: %1
Install the current version; your data stays on this computer meanwhile.</source>
        <translation>此版本的 KAM Desk 无法与服务器同步：%1
请安装最新版本；在此期间您的数据保留在本机。</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>商机(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Agenda (%L1 overdue)</source>
        <translation>日程（%L1 项已逾期）</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>新建商机(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a sales opportunity</source>
        <translation>添加销售商机</translation>
    </message>
    <message>
        <source>Sales &amp;Stages…</source>
        <translation>销售阶段(&amp;S)…</translation>
    </message>
    <message>
        <source>Add, rename and reorder the stages of the sales process</source>
        <translation>添加、重命名销售流程的阶段并调整其顺序</translation>
    </message>
    <message>
        <source>Sales &amp;Targets…</source>
        <translation>销售目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Set the targets the forecast is measured against</source>
        <translation>设置销售预测所对照的目标</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>销售管道(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>客户计划(&amp;P)</translation>
    </message>
    <message>
        <source>Export Plan to &amp;PDF…</source>
        <translation>将计划导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a key account plan of the selected account as a PDF</source>
        <translation>将所选客户的客户计划保存为 PDF</translation>
    </message>
    <message>
        <source>Export All Plans to PDF…</source>
        <translation>将全部计划导出为 PDF…</translation>
    </message>
    <message>
        <source>Save every key account plan of the portfolio as PDFs in a folder</source>
        <translation>将客户组合中的所有客户计划保存为 PDF 文件到一个文件夹</translation>
    </message>
    <message>
        <source>Export Plan to PDF</source>
        <translation>将计划导出为 PDF</translation>
    </message>
    <message>
        <source>The selected account has no key account plan.</source>
        <translation>所选客户没有客户计划。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>Export All Plans to PDF</source>
        <translation>将全部计划导出为 PDF</translation>
    </message>
    <message>
        <source>The portfolio has no key account plan.</source>
        <translation>客户组合中没有客户计划。</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>健康度(&amp;H)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Warnings (%L1)</source>
        <translation>预警 (%L1)</translation>
    </message>
    <message>
        <source>Pro&amp;fit &amp;&amp; costs</source>
        <translation>利润&amp;&amp;成本(&amp;F)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Read accounts, contacts, deals and more from a CSV file</source>
        <translation>从 CSV 文件导入客户、联系人、商机等数据</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, sync server and interval, default currency and maintenance intervals</source>
        <translation>界面语言、同步服务器与同步间隔、默认币种和维护周期</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Show the support log of KAM Desk in the file manager</source>
        <translation>在文件管理器中显示 KAM Desk 的支持日志</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>The support log is in %1</source>
        <translation>支持日志位于 %1</translation>
    </message>
</context>
<context>
    <name>kam::MaintenanceRulesDialog</name>
    <message>
        <source>Maintenance Intervals</source>
        <translation>维护周期</translation>
    </message>
</context>
<context>
    <name>kam::MaintenanceRulesForm</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Remind me when an account has had no contact for longer than:</source>
        <translation>客户超过以下天数未联系时提醒我：</translation>
    </message>
</context>
<context>
    <name>kam::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Choose the file column each field is read from, or a value for every row. Fields marked * are required.</source>
        <translation>为每个字段选择读取的文件列，或为所有行指定一个固定值。标 * 的字段为必填项。</translation>
    </message>
    <message>
        <source>Save Preset…</source>
        <translation>保存预设方案…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设方案：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>文件列</translation>
    </message>
    <message>
        <source>Value for every row</source>
        <translation>固定值（所有行）</translation>
    </message>
    <message>
        <source>1,234.56 (dot decimal)</source>
        <translation>1,234.56（小数点为句点）</translation>
    </message>
    <message>
        <source>1.234,56 (comma decimal)</source>
        <translation>1.234,56（小数点为逗号）</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Day first (05/03/2024 is 5 March)</source>
        <translation>日在前（05/03/2024 为 3 月 5 日）</translation>
    </message>
    <message>
        <source>Month first (05/03/2024 is May 3)</source>
        <translation>月在前（05/03/2024 为 5 月 3 日）</translation>
    </message>
    <message>
        <source>ID, credit code, tax ID or name</source>
        <translation>ID、统一社会信用代码、税号或名称</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>仅按名称</translation>
    </message>
    <message>
        <source>ID or codes only</source>
        <translation>仅按 ID 或代码</translation>
    </message>
    <message>
        <source>Create accounts that do not exist</source>
        <translation>自动新建不存在的客户</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>数字格式：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期顺序：</translation>
    </message>
    <message>
        <source>Find accounts by:</source>
        <translation>客户匹配依据：</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(value for every row)</source>
        <translation>（所有行使用固定值）</translation>
    </message>
    <message>
        <source>Choose a column or a value for “%1”.</source>
        <translation>请为“%1”选择列或固定值。</translation>
    </message>
    <message>
        <source>The dates could be day first or month first: choose which.</source>
        <translation>日期可能是日在前或月在前，请选择日期顺序。</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>（无预设方案）</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>保存预设方案</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>预设方案名称：</translation>
    </message>
</context>
<context>
    <name>kam::Money</name>
    <message>
        <source>“%1” is not an amount in %2 (up to %3 decimals).</source>
        <translation>“%1”不是有效的 %2 金额（最多 %3 位小数）。</translation>
    </message>
</context>
<context>
    <name>kam::NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>新建客户计划</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message>
        <source>e.g. Grow the service business</source>
        <translation>例如：拓展服务业务</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>kam::NpsBreakdownModel</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No response in the period rated the likelihood to recommend.</source>
        <translation>该期间没有回复给出推荐意愿评分。</translation>
    </message>
    <message numerus="yes">
        <source>%1% promoters − %2% detractors of %n answered response(s)</source>
        <translation>
            <numerusform>推荐者 %1% − 贬损者 %2%，共 %n 份有评分的回复</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>有评分</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
</context>
<context>
    <name>kam::PairwiseModel</name>
    <message>
        <source>How much more %1 matters than %2 (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3 … 1/9 less)</source>
        <translation>%1 相对 %2 的重要程度（1 同等重要，3 稍微重要，5 明显重要，7 强烈重要，9 极端重要；1/3 … 1/9 表示不重要的程度）</translation>
    </message>
</context>
<context>
    <name>kam::ParetoModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>占比 %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>累计 %</translation>
    </message>
</context>
<context>
    <name>kam::PipelineBoard</name>
    <message>
        <source>&amp;New deal…</source>
        <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Drop a deal here to close it as won</source>
        <translation>将商机拖放到此处以赢单关闭</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Drop a deal here to close it as lost</source>
        <translation>将商机拖放到此处以输单关闭</translation>
    </message>
    <message>
        <source>Deal Lost</source>
        <translation>商机输单</translation>
    </message>
    <message>
        <source>Why was “%1” lost? (may stay empty)</source>
        <translation>“%1”为什么输单？（可留空）</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n 个商机 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted %1</source>
        <translation>加权金额 %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %n in other currencies</source>
        <translation>
            <numerusform>+ %n 个其他币种</numerusform>
        </translation>
    </message>
    <message>
        <source>The deal&apos;s new stage is not a stage of the sales process.</source>
        <translation>商机的新阶段不属于销售流程中的阶段。</translation>
    </message>
    <message>
        <source>Move deal %1 to %2</source>
        <translation>将商机 %1 移至 %2</translation>
    </message>
    <message>
        <source>Close deal %1 as won</source>
        <translation>将商机 %1 以赢单关闭</translation>
    </message>
    <message>
        <source>Close deal %1 as lost</source>
        <translation>将商机 %1 以输单关闭</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>移至(&amp;M)</translation>
    </message>
    <message>
        <source>Close as &amp;won</source>
        <translation>以赢单关闭(&amp;W)</translation>
    </message>
    <message>
        <source>Close as &amp;lost…</source>
        <translation>以输单关闭(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>kam::PlanActionModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>kam::PlanEditor</name>
    <message>
        <source>P&amp;lan:</source>
        <translation>计划(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>Start the next period&apos;s plan from this one: its targets become the baselines; objectives, open actions, risks and the whitespace grid carry over</source>
        <translation>基于本计划创建下一期间的计划：本期目标值成为基线；目标、未完成的行动、风险和白空间表格将沿用</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>提交审核(&amp;B)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Bac&amp;k to draft</source>
        <translation>退回草稿(&amp;K)</translation>
    </message>
    <message>
        <source>Send the plan back for revision; an approved plan starts its next version</source>
        <translation>将计划退回修改；已批准的计划将开始新版本</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>This account has no plan yet. “New plan…” starts one.</source>
        <translation>该客户尚无客户计划。点击“新建计划…”创建。</translation>
    </message>
    <message>
        <source>Add an objective: type its title, press Enter</source>
        <translation>添加目标：输入标题后按 Enter</translation>
    </message>
    <message>
        <source>Add an action: type its title, press Enter</source>
        <translation>添加行动：输入标题后按 Enter</translation>
    </message>
    <message>
        <source>Add a risk: type its title, press Enter</source>
        <translation>添加风险：输入标题后按 Enter</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>现状(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Objectives &amp;&amp; actions</source>
        <translation>目标和行动(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>风险(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Whitespace</source>
        <translation>白空间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>Where the account stands: its business, its buying, our position</source>
        <translation>客户现状：业务情况、采购情况及我方地位</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>What we do well for this account</source>
        <translation>我们在该客户处做得好的方面</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Where we fall short</source>
        <translation>我们的不足之处</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>What we could win</source>
        <translation>我们有望赢得的业务</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>What could cost us business</source>
        <translation>可能让我们失去业务的因素</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Situation summary</source>
        <translation>现状概述</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Rows are the account, its branches and buying centres; columns are product lines. Double-click a cell to fill it in.</source>
        <translation>行为客户及其分支机构和采购中心，列为产品线。双击单元格进行填写。</translation>
    </message>
    <message>
        <source>&amp;Edit cell…</source>
        <translation>编辑单元格(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Add branch, centre or line…</source>
        <translation>添加分支机构、采购中心或产品线(&amp;A)…</translation>
    </message>
    <message>
        <source>Fill in a cell for a buying centre or a product line the grid does not show yet</source>
        <translation>为表格中尚未显示的采购中心或产品线填写单元格</translation>
    </message>
    <message>
        <source>&amp;Clear cell</source>
        <translation>清除单元格(&amp;C)</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <translation>%1 · 版本 %2</translation>
    </message>
    <message>
        <source>Editing an approved plan starts its next version as a draft</source>
        <translation>编辑已批准的计划将以草稿形式开始新版本</translation>
    </message>
    <message>
        <source>Start %1 from this plan</source>
        <translation>基于本计划新建 %1 计划</translation>
    </message>
    <message>
        <source>plan-objectives</source>
        <translation>客户计划目标</translation>
    </message>
    <message>
        <source>plan-actions</source>
        <translation>客户计划行动</translation>
    </message>
    <message>
        <source>plan-risks</source>
        <translation>客户计划风险</translation>
    </message>
    <message>
        <source>plan-history</source>
        <translation>客户计划历史</translation>
    </message>
    <message>
        <source>Plan history</source>
        <translation>计划历史</translation>
    </message>
</context>
<context>
    <name>kam::PlanExport</name>
    <message>
        <source>Export Plan to PDF</source>
        <translation>将计划导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export All Plans to PDF</source>
        <translation>将全部计划导出为 PDF</translation>
    </message>
    <message>
        <source>Writing the plans…</source>
        <translation>正在写入计划…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export stopped.</source>
        <translation>导出已中止。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n plan(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个计划写入 %1 后取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个计划写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>未写入：</translation>
    </message>
    <message>
        <source>Plan %1 of %2: %3</source>
        <translation>计划 %1 / %2：%3</translation>
    </message>
</context>
<context>
    <name>kam::PlanHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
</context>
<context>
    <name>kam::PlanListModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>kam::PlanObjectiveModel</name>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>kam::PlanPdf</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>单位：百万 %1</translation>
    </message>
    <message>
        <source>%1 thousand</source>
        <translation>单位：千 %1</translation>
    </message>
    <message>
        <source>Plan target per quarter: %1</source>
        <translation>每季度计划目标值：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n deal(s)</source>
        <translation>
            <numerusform>%1 · %n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>No situation summary written.</source>
        <translation>尚未撰写现状概述。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Revenue and pipeline</source>
        <translation>销售额与销售管道</translation>
    </message>
    <message>
        <source>Won revenue by quarter, account and branches</source>
        <translation>赢单销售额（按季度，含客户及分支机构）</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>进行中的销售管道（按阶段）</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>白空间</translation>
    </message>
    <message>
        <source>Relationship map</source>
        <translation>关系图</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation>销售额目标</translation>
    </message>
    <message>
        <source>Growth on last period</source>
        <translation>较上期增长</translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline (%n deal(s))</source>
        <translation>
            <numerusform>进行中的销售管道（%n 个商机）</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>已完成行动</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Objectives, average progress</source>
        <translation>目标平均进度</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>钱包份额</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>威胁</translation>
    </message>
    <message>
        <source>None noted.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>No objectives set.</source>
        <translation>未设定目标。</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>No actions planned.</source>
        <translation>暂无行动计划。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No whitespace analysis.</source>
        <translation>暂无白空间分析。</translation>
    </message>
    <message>
        <source>Branch or buying centre</source>
        <translation>分支机构或采购中心</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>暂无联系人记录。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>No gaps: a champion and the decision makers are covered.</source>
        <translation>无缺口：已有内线支持者，且已覆盖各决策者。</translation>
    </message>
    <message>
        <source>No risks recorded.</source>
        <translation>暂无风险记录。</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>风险值</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Confidential · prepared with KAM Desk on %1</source>
        <translation>机密 · 由 KAM Desk 于 %1 生成</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>KEY ACCOUNT PLAN</source>
        <translation>大客户计划</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Industry and region</source>
        <translation>行业与区域</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>计划负责人</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Confidential · prepared with KAM Desk</source>
        <translation>机密 · 由 KAM Desk 生成</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Cannot start the PDF of %1.</source>
        <translation>无法开始生成 %1 的 PDF。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>%2 年 Q%1</translation>
    </message>
</context>
<context>
    <name>kam::PlanRiskModel</name>
    <message>
        <source>1 (rare) to 5 (almost certain)</source>
        <translation>1（罕见）到 5（几乎必然）</translation>
    </message>
    <message>
        <source>1 (minor) to 5 (severe)</source>
        <translation>1（轻微）到 5（严重）</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>可能性 × 影响</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>风险值</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
</context>
<context>
    <name>kam::PlanSectionModelBase</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>kam::PortfolioView</name>
    <message>
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Filter by name, short name, credit code, region, industry</source>
        <translation>按名称、简称、信用代码、区域、行业筛选</translation>
    </message>
    <message>
        <source>Portfolio filter</source>
        <translation>客户组合筛选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the filter text and all filter chips</source>
        <translation>清除筛选文字和所有筛选条件</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Account groups</source>
        <translation>客户集团</translation>
    </message>
    <message>
        <source>No industries yet</source>
        <translation>暂无行业</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>客户组合</translation>
    </message>
    <message>
        <source>account-groups</source>
        <translation>客户集团</translation>
    </message>
</context>
<context>
    <name>kam::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Every row as it will be imported. Rejected rows are left out; choose what happens to rows that duplicate a stored one.</source>
        <translation>以下为各行的导入预览。被拒绝的行不会导入；对于与已有记录重复的行，请选择处理方式。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>重复记录：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) — new: %1, duplicates: %2, rejected: %3.</source>
        <translation>
            <numerusform>共 %n 行 — 新记录：%1，重复：%2，被拒绝：%3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kam::ProfitabilityModel</name>
    <message>
        <source>Protect</source>
        <translation>重点保持</translation>
    </message>
    <message>
        <source>Over-served</source>
        <translation>过度服务</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>培育发展</translation>
    </message>
    <message>
        <source>Review cost to serve</source>
        <translation>审视服务成本</translation>
    </message>
    <message>
        <source>No revenue in the period, so no margin.</source>
        <translation>该期间无销售额，无法计算利润率。</translation>
    </message>
    <message>
        <source>The value model did not score this account.</source>
        <translation>价值模型未对该客户评分。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>销货成本</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>利润率 %</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值得分</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
</context>
<context>
    <name>kam::ProfitabilityView</name>
    <message>
        <source>%1, millions</source>
        <comment>axis unit</comment>
        <translation>%1（百万）</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <comment>axis unit</comment>
        <translation>%1（千）</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last four quarters</source>
        <translation>最近四个季度</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 · %n account(s)</source>
        <translation>
            <numerusform>%1 – %2 · %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored by the value model “%1”</source>
        <translation>按价值模型“%1”评分</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>80 %</source>
        <translation>80%</translation>
    </message>
    <message>
        <source>Accounts by rank</source>
        <translation>客户（按排名）</translation>
    </message>
    <message>
        <source>Cumulative share (%)</source>
        <translation>累计占比（%）</translation>
    </message>
    <message>
        <source>pareto</source>
        <translation>帕累托</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>排序依据：</translation>
    </message>
    <message>
        <source>No won revenue in this period.</source>
        <translation>该期间无赢单销售额。</translation>
    </message>
    <message>
        <source>No gross margin in this period.</source>
        <translation>该期间无毛利。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) (%1 %) make 80 % of revenue</source>
        <translation>
            <numerusform>%n 个客户（占 %1%）贡献了 80% 的销售额</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) (%1 %) make 80 % of gross margin</source>
        <translation>
            <numerusform>%n 个客户（占 %1%）贡献了 80% 的毛利</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>其他（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue by account, largest first</source>
        <translation>各客户销售额（从高到低）</translation>
    </message>
    <message>
        <source>Gross margin by account, largest first</source>
        <translation>各客户毛利（从高到低）</translation>
    </message>
    <message>
        <source>profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <source>Value × profitability</source>
        <translation>价值 × 盈利能力</translation>
    </message>
    <message>
        <source>Value score</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <source>Profit margin (%)</source>
        <translation>利润率（%）</translation>
    </message>
    <message>
        <source>%1
Value score %2 · margin %3 %</source>
        <translation>%1
价值评分 %2 · 利润率 %3%</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>重点保持</translation>
    </message>
    <message>
        <source>Over-served: loyal but unprofitable</source>
        <translation>过度服务：忠诚但不盈利</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>培育发展</translation>
    </message>
    <message>
        <source>Review cost to serve</source>
        <translation>审视服务成本</translation>
    </message>
    <message>
        <source>Value × profitability (split at the median score %1 and a 0 % margin)</source>
        <translation>价值 × 盈利能力（以评分中位数 %1 和 0% 利润率划分）</translation>
    </message>
    <message>
        <source>No scored account has revenue or costs in this period.</source>
        <translation>本期间没有已评分的客户产生销售额或成本。</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size (annual revenue)</source>
        <translation>规模（年营业收入）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Segment by:</source>
        <translation>细分维度：</translation>
    </message>
    <message>
        <source>No revenue or costs in this period.</source>
        <translation>本期间没有销售额或成本。</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>客户盈利能力</translation>
    </message>
</context>
<context>
    <name>kam::RelationshipMapView</name>
    <message>
        <source>Buying role: %1</source>
        <translation>采购角色：%1</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>态度：%1</translation>
    </message>
    <message>
        <source>Influence: %1 of 5</source>
        <translation>影响力：%1 / 5</translation>
    </message>
    <message>
        <source>Relationship with us: %1</source>
        <translation>与我方关系：%1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>显示整张关系图</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>重置布局</translation>
    </message>
    <message>
        <source>Forget the places people were dragged to and arrange them by reporting line</source>
        <translation>清除手动拖放的位置，按汇报关系重新排列</translation>
    </message>
    <message>
        <source>Move %1 in the relationship map</source>
        <translation>在关系图中移动 %1</translation>
    </message>
    <message>
        <source>Move people in the relationship map</source>
        <translation>在关系图中移动人员</translation>
    </message>
    <message>
        <source>Reset the relationship map</source>
        <translation>重置关系图</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
</context>
<context>
    <name>kam::ReminderModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Interval (days)</source>
        <translation>维护周期（天）</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>Overdue by (days)</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>kam::RunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Rows are written in chunks; cancelling keeps the chunks already written.</source>
        <translation>数据按批次写入；取消导入时，已写入的批次将予以保留。</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>被拒绝的行.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>The import has not run yet.</source>
        <translation>导入尚未执行。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The import failed; the store is as after the last whole chunk.</source>
        <translation>导入失败；数据保持在最后一个完整批次写入后的状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read — imported: %1, updated: %2, skipped: %3, rejected: %4.</source>
        <translation>
            <numerusform>已读取 %n 行 — 已导入：%1，已更新：%2，已跳过：%3，被拒绝：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1 The rows after the last whole chunk were not written.</source>
        <translation>已取消。%1 最后一个完整批次之后的行未写入。</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionDialog</name>
    <message>
        <source>Add Satisfaction Response</source>
        <translation>添加满意度反馈</translation>
    </message>
    <message>
        <source>Edit Satisfaction Response</source>
        <translation>编辑满意度反馈</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>How likely is it that they would recommend us to a colleague? 0 (not at all) to 10 (extremely likely)</source>
        <translation>对方向同行推荐我们的可能性有多大？0（完全不可能）到 10（极有可能）</translation>
    </message>
    <message>
        <source>0 = not at all likely, 10 = extremely likely</source>
        <translation>0 = 完全不可能，10 = 极有可能</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>score and its meaning, as in 4 – Satisfied</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Scores by dimension</source>
        <translation>分项评分</translation>
    </message>
    <message>
        <source>1 (very dissatisfied) to 5 (very satisfied); — when not rated</source>
        <translation>1（非常不满意）到 5（非常满意）；未评分时为 —</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a dimension&apos;s label in a form</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation>答复人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Likelihood to recommend:</source>
        <translation>推荐意愿(&amp;L)：</translation>
    </message>
    <message>
        <source>O&amp;verall satisfaction:</source>
        <translation>总体满意度(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>意见(&amp;C)：</translation>
    </message>
    <message>
        <source>The account as a whole</source>
        <translation>客户整体</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, has left</source>
        <translation>%1，已离职</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionModel</name>
    <message>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a dimension and its score, as in Quality 4</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>The account as a whole</source>
        <translation>客户整体</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐意愿</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>分项评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionPanel</name>
    <message>
        <source>Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6) among those who answered, from −100 to 100</source>
        <translation>净推荐值（NPS）：作答者中推荐者（9–10 分）的比例减去贬损者（0–6 分）的比例，范围 −100 到 100</translation>
    </message>
    <message>
        <source>&amp;Add response…</source>
        <translation>添加反馈(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln promoter(s)</source>
        <translation>
            <numerusform>%Ln 位推荐者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passive(s)</source>
        <translation>
            <numerusform>%Ln 位被动者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln detractor(s)</source>
        <translation>
            <numerusform>%Ln 位贬损者</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS: no answers yet</source>
        <translation>NPS：尚无作答</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not answered</source>
        <translation>
            <numerusform>%Ln 份未作答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overall satisfaction %1 of %2 (%Ln rating(s))</source>
        <translation>
            <numerusform>总体满意度 %1 / %2（%Ln 份评分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>总体满意度</translation>
    </message>
    <message>
        <source>NPS (right axis)</source>
        <translation>NPS（右轴）</translation>
    </message>
    <message>
        <source>Choose an account to see its satisfaction.</source>
        <translation>选择一个客户以查看其满意度。</translation>
    </message>
    <message>
        <source>No satisfaction responses yet.
Add one after a survey, a visit or a service case to start the trend.</source>
        <translation>尚无满意度反馈。
在问卷调查、拜访或服务工单之后添加一条，即可开始形成趋势。</translation>
    </message>
    <message>
        <source>These responses rate nothing yet, so there is no trend to draw.
Edit one to add its scores.</source>
        <translation>这些反馈尚未包含任何评分，因此无法绘制趋势。
编辑一条反馈以补充评分。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln 份反馈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 (%Ln answer(s))</source>
        <translation>
            <numerusform>NPS %1（%Ln 份作答）</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS: no answers</source>
        <translation>NPS：无作答</translation>
    </message>
    <message>
        <source>Overall satisfaction %1</source>
        <translation>总体满意度 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a dimension and its average score, as in Quality 4.2</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more comment(s)</source>
        <translation>
            <numerusform>……另有 %Ln 条意见</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the satisfaction response of %1 (Undo brings it back)</source>
        <translation>已删除 %1 的满意度反馈（可撤销恢复）</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Satisfaction responses</source>
        <translation>满意度反馈</translation>
    </message>
</context>
<context>
    <name>kam::SatisfactionPortfolioView</name>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Responses:</source>
        <translation>回复期间：</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>被动者（7–8）</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>Accounts by lifecycle stage today</source>
        <translation>当前各生命周期阶段的客户数</translation>
    </message>
    <message>
        <source>nps-breakdown</source>
        <translation>NPS分组</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period from a day to a day</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部回复</translation>
    </message>
    <message>
        <source>Portfolio NPS %1</source>
        <translation>客户组合 NPS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 份回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a likelihood to recommend</source>
        <translation>
            <numerusform>其中 %n 份未给推荐意愿评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS by tier</source>
        <translation>各客户等级的 NPS</translation>
    </message>
    <message>
        <source>NPS by industry</source>
        <translation>各行业的 NPS</translation>
    </message>
    <message>
        <source>NPS by region</source>
        <translation>各区域的 NPS</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n response(s) in this period rated the likelihood to recommend, so there is no NPS.</source>
        <translation>
            <numerusform>该期间的 %n 份回复均未给出推荐意愿评分，无法计算 NPS。</numerusform>
        </translation>
    </message>
    <message>
        <source>No satisfaction responses in this period.</source>
        <translation>该期间没有满意度回复。</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood to recommend: %n answered, %1 without a score</source>
        <translation>
            <numerusform>推荐意愿：%n 份有评分，%1 份无评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) in this period, none with a likelihood to recommend.</source>
        <translation>
            <numerusform>该期间有 %n 份回复，均未给出推荐意愿评分。</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers to show for this period.</source>
        <translation>该期间没有可显示的评分。</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <source>n = %1</source>
        <comment>answered responses under a bar</comment>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>NPS by account</source>
        <translation>各客户 NPS</translation>
    </message>
</context>
<context>
    <name>kam::SegmentModel</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Below 100 million</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>1 亿以下</translation>
    </message>
    <message>
        <source>100 million – 1 billion</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>1 亿 – 10 亿</translation>
    </message>
    <message>
        <source>1 – 10 billion</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>10 亿 – 100 亿</translation>
    </message>
    <message>
        <source>10 billion and more</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>100 亿及以上</translation>
    </message>
    <message>
        <source>Size unknown</source>
        <comment>customer&apos;s annual revenue</comment>
        <translation>规模未知</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size (annual revenue)</source>
        <translation>规模（年营业收入）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>利润率 %</translation>
    </message>
    <message>
        <source>Mean value score</source>
        <translation>平均价值评分</translation>
    </message>
</context>
<context>
    <name>kam::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>新语言在下次启动时生效。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Only on demand</source>
        <translation>仅手动同步</translation>
    </message>
    <message>
        <source>Another server asks you to log in to it.</source>
        <translation>更换服务器后需要登录新服务器。</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Sync &amp;server:</source>
        <translation>同步服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>默认币种(&amp;C)：</translation>
    </message>
    <message>
        <source>Sync server: %1</source>
        <translation>同步服务器：%1</translation>
    </message>
    <message>
        <source>Sync every: at most 1440 minutes (once a day); 0 syncs only on demand.</source>
        <translation>同步间隔：最多 1440 分钟（每天一次）；0 表示仅手动同步。</translation>
    </message>
</context>
<context>
    <name>kam::SourcePage</name>
    <message>
        <source>File and Data</source>
        <translation>文件与数据</translation>
    </message>
    <message>
        <source>Choose the CSV file and what its rows are. The encoding, delimiter and header row are detected; change them if the preview looks wrong.</source>
        <translation>请选择 CSV 文件及其数据类型。系统会自动检测编码、分隔符和标题行；如预览显示异常，请手动调整。</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv 文件路径</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>首行为标题行</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>导入为：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>分隔符：</translation>
    </message>
    <message>
        <source>First records of the file:</source>
        <translation>文件前几条记录：</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <source>Detected: %1, %2, %3 line endings, %4; %n data record(s).</source>
        <translation>
            <numerusform>检测结果：%1，%2，%3 换行符，%4；共 %n 条数据记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>有标题行</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>无标题行</translation>
    </message>
</context>
<context>
    <name>kam::StageEditorDialog</name>
    <message>
        <source>Sales process</source>
        <translation>销售流程</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Default probability:</source>
        <translation>默认赢单概率：</translation>
    </message>
    <message>
        <source>Add as new stage</source>
        <translation>添加为新阶段</translation>
    </message>
    <message>
        <source>Apply to stage</source>
        <translation>应用到阶段</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Move stage %1</source>
        <translation>移动阶段 %1</translation>
    </message>
</context>
<context>
    <name>kam::Stages</name>
    <message>
        <source>Need identified</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Contact &amp; samples</source>
        <translation>接触与送样</translation>
    </message>
    <message>
        <source>Intent confirmed</source>
        <translation>意向确认</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>商务谈判</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>合同签订</translation>
    </message>
    <message>
        <source>Delivery &amp; after-sales</source>
        <translation>交付与售后</translation>
    </message>
    <message>
        <source>Payment collected</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>客户维护</translation>
    </message>
</context>
<context>
    <name>kam::Store</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>无法读取数据库结构版本。</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>将数据库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desk store (it is not an SQLite database).</source>
        <translation>%1 不是 KAM Desk 数据库（不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>无法创建 %1：文件夹不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a KAM Desk store: %2</source>
        <translation>%1 不是 KAM Desk 数据库：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of KAM Desk (store version %2; this version reads up to %3). Update KAM Desk to open it.</source>
        <translation>%1 由更新版本的 KAM Desk 创建（数据库版本 %2；当前版本最高支持 %3）。请升级 KAM Desk 后再打开。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a KAM Desk store.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 KAM Desk 数据库。</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>No record %1 in %2.</source>
        <translation>%2 中没有记录 %1。</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <source>writing the change journal</source>
        <translation>写入变更日志</translation>
    </message>
    <message>
        <source>A record with id %1 already exists.</source>
        <translation>ID 为 %1 的记录已存在。</translation>
    </message>
    <message>
        <source>This record was deleted; restore it before editing.</source>
        <translation>此记录已被删除；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>checking branches</source>
        <translation>检查分支机构</translation>
    </message>
    <message>
        <source>The legal name is required.</source>
        <translation>法定名称为必填项。</translation>
    </message>
    <message>
        <source>The legal name is longer than 200 characters.</source>
        <translation>法定名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a valid unified social credit code: it must be 18 characters (digits and capital letters except I, O, S, V, Z) ending in the correct check character.</source>
        <translation>%1 不是有效的统一社会信用代码：应为 18 位（数字和除 I、O、S、V、Z 以外的大写字母），且末位校验码正确。</translation>
    </message>
    <message>
        <source>The credit code %1 is already used by %2.</source>
        <translation>统一社会信用代码 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>The tax id %1 must be 15 to 20 digits or capital letters.</source>
        <translation>纳税人识别号 %1 应为 15 至 20 位数字或大写字母。</translation>
    </message>
    <message>
        <source>%1 is not a currency code such as CNY or USD.</source>
        <translation>%1 不是有效的币种代码（如 CNY、USD）。</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>年营业收入不能为负数。</translation>
    </message>
    <message>
        <source>The owner does not exist.</source>
        <translation>负责人不存在。</translation>
    </message>
    <message>
        <source>An account cannot be its own group or a branch of its own branch.</source>
        <translation>客户不能是自己的上级集团，也不能挂在自己的分支机构之下。</translation>
    </message>
    <message>
        <source>The parent account does not exist.</source>
        <translation>上级集团客户不存在。</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>The contact&apos;s account does not exist.</source>
        <translation>联系人所属客户不存在。</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>Influence must be between 1 and 5.</source>
        <translation>影响力应在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>A contact cannot report to themselves, directly or through others.</source>
        <translation>联系人不能直接或间接地向自己汇报。</translation>
    </message>
    <message>
        <source>A contact can only report to a contact of the same account.</source>
        <translation>联系人只能向同一客户的联系人汇报。</translation>
    </message>
    <message>
        <source>The user&apos;s name is required.</source>
        <translation>用户姓名为必填项。</translation>
    </message>
    <message>
        <source>The account does not exist.</source>
        <translation>客户不存在。</translation>
    </message>
    <message>
        <source>The user does not exist.</source>
        <translation>用户不存在。</translation>
    </message>
    <message>
        <source>%1 is already on this account&apos;s team.</source>
        <translation>%1 已在该客户的团队中。</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>读取变更日志</translation>
    </message>
    <message>
        <source>counting changes</source>
        <translation>统计变更</translation>
    </message>
    <message>
        <source>Unknown table %1.</source>
        <translation>未知数据表 %1。</translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation>统计 %1</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>执行“%1”时发生数据库错误：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n branch account(s); move or delete the branches first.</source>
        <translation>
            <numerusform>%1 下有 %n 个分支机构客户；请先移动或删除这些分支机构。</numerusform>
        </translation>
    </message>
    <message>
        <source>keeping a conflict</source>
        <translation>保存冲突记录</translation>
    </message>
    <message>
        <source>Unknown field %1.</source>
        <translation>未知字段 %1。</translation>
    </message>
    <message>
        <source>checking the stage&apos;s deals</source>
        <translation>检查阶段中的商机</translation>
    </message>
    <message>
        <source>A stage needs a key.</source>
        <translation>阶段需要一个标识。</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>阶段需要一个名称。</translation>
    </message>
    <message>
        <source>The stage name is longer than 60 characters.</source>
        <translation>阶段名称超过 60 个字符。</translation>
    </message>
    <message>
        <source>A stage&apos;s position cannot be negative.</source>
        <translation>阶段顺序不能为负数。</translation>
    </message>
    <message>
        <source>A probability is between 0 and 100 %.</source>
        <translation>概率应在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Another stage has the key %1.</source>
        <translation>已有其他阶段使用标识 %1。</translation>
    </message>
    <message>
        <source>The product&apos;s name is required.</source>
        <translation>产品名称为必填项。</translation>
    </message>
    <message>
        <source>The list price cannot be negative.</source>
        <translation>目录价不能为负数。</translation>
    </message>
    <message>
        <source>The deal&apos;s title is required.</source>
        <translation>商机名称为必填项。</translation>
    </message>
    <message>
        <source>The deal&apos;s title is longer than 200 characters.</source>
        <translation>商机名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>The deal&apos;s account does not exist.</source>
        <translation>商机所属客户不存在。</translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation>商机金额不能为负数。</translation>
    </message>
    <message>
        <source>The deal&apos;s stage is not a stage of the sales process.</source>
        <translation>商机的阶段不属于销售流程中的阶段。</translation>
    </message>
    <message>
        <source>An open deal needs an expected close date.</source>
        <translation>进行中的商机需要预计成交日期。</translation>
    </message>
    <message>
        <source>The expected close date %1 is before the deal was created (%2).</source>
        <translation>预计成交日期 %1 早于商机创建日期（%2）。</translation>
    </message>
    <message>
        <source>A won or lost deal needs the date it closed.</source>
        <translation>已赢单或已输单的商机需要结束日期。</translation>
    </message>
    <message>
        <source>The deal cannot close (%1) before it was created (%2).</source>
        <translation>商机的结束日期（%1）不能早于创建日期（%2）。</translation>
    </message>
    <message>
        <source>The product %1 is not in the catalogue.</source>
        <translation>产品 %1 不在产品目录中。</translation>
    </message>
    <message>
        <source>A stage change names its deal, its stage and its time.</source>
        <translation>阶段变更必须包含商机、阶段和时间。</translation>
    </message>
    <message>
        <source>The activity&apos;s account does not exist.</source>
        <translation>活动所属客户不存在。</translation>
    </message>
    <message>
        <source>The activity needs a summary.</source>
        <translation>活动需要填写摘要。</translation>
    </message>
    <message>
        <source>The activity needs its date and time.</source>
        <translation>活动需要填写日期和时间。</translation>
    </message>
    <message>
        <source>The next step cannot be due (%1) before the activity took place (%2).</source>
        <translation>下一步的截止日期（%1）不能早于活动发生时间（%2）。</translation>
    </message>
    <message>
        <source>The activity&apos;s cost cannot be negative.</source>
        <translation>活动费用不能为负数。</translation>
    </message>
    <message>
        <source>A contact of the activity is not a contact of its account.</source>
        <translation>活动的某位联系人不属于该活动所属客户。</translation>
    </message>
    <message>
        <source>The activity&apos;s deal does not exist.</source>
        <translation>活动关联的商机不存在。</translation>
    </message>
    <message>
        <source>%1 is not a period: write a month as 2027-03 or a quarter as 2027-Q1.</source>
        <translation>%1 不是有效的期间：月份请写作 2027-03，季度请写作 2027-Q1。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <source>There is a target for %1 already.</source>
        <translation>%1 已有目标。</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are in the stage %1; move them to another stage first.</source>
        <translation>
            <numerusform>阶段 %1 中有 %n 个商机；请先将它们移到其他阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sales process needs at least one stage.</source>
        <translation>销售流程至少需要一个阶段。</translation>
    </message>
    <message>
        <source>%1 is in the deal %2; take it out of the deal first.</source>
        <translation>%1 在商机 %2 中；请先将其从商机中移除。</translation>
    </message>
    <message>
        <source>A plan stays with its account; start a plan for the other account instead.</source>
        <translation>客户计划不能转移到其他客户；请为另一客户新建计划。</translation>
    </message>
    <message>
        <source>Relationship strength must be between 0 and 5.</source>
        <translation>关系强度应在 0 到 5 之间。</translation>
    </message>
    <message>
        <source>%1 is not a place in the relationship map (x,y).</source>
        <translation>%1 不是关系图中的有效位置（x,y）。</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 %.</source>
        <translation>%1应在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The plan&apos;s account does not exist.</source>
        <translation>计划所属的客户不存在。</translation>
    </message>
    <message>
        <source>%1 is not a plan period: write a year as 2027 or a half-year as 2027-H1.</source>
        <translation>%1 不是有效的计划期间：年份请写作 2027，半年请写作 2027-H1。</translation>
    </message>
    <message>
        <source>The plan needs a title.</source>
        <translation>计划需要标题。</translation>
    </message>
    <message>
        <source>A plan&apos;s version starts at 1.</source>
        <translation>计划版本从 1 开始。</translation>
    </message>
    <message>
        <source>Revenue figures of a plan cannot be negative.</source>
        <translation>计划的销售额数值不能为负数。</translation>
    </message>
    <message>
        <source>Last period&apos;s gross margin</source>
        <translation>上期毛利率</translation>
    </message>
    <message>
        <source>The gross margin target</source>
        <translation>毛利率目标</translation>
    </message>
    <message>
        <source>Last period&apos;s share of wallet</source>
        <translation>上期钱包份额</translation>
    </message>
    <message>
        <source>The share of wallet target</source>
        <translation>钱包份额目标</translation>
    </message>
    <message>
        <source>The account has a plan for %1 already: %2.</source>
        <translation>该客户已有 %1 的计划：%2。</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>计划不存在。</translation>
    </message>
    <message>
        <source>A plan&apos;s sections belong to the plan&apos;s account.</source>
        <translation>计划的各部分须属于该计划所属的客户。</translation>
    </message>
    <message>
        <source>The objective needs a title.</source>
        <translation>目标需要标题。</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>进度应在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>行动需要标题。</translation>
    </message>
    <message>
        <source>The action %1 cannot be due (%2) before the plan starts (%3).</source>
        <translation>行动 %1 的截止日期（%2）不能早于计划开始日期（%3）。</translation>
    </message>
    <message>
        <source>The action&apos;s owner does not exist.</source>
        <translation>行动负责人不存在。</translation>
    </message>
    <message>
        <source>The action&apos;s objective is not an objective of its plan.</source>
        <translation>行动所关联的目标不属于其所在计划。</translation>
    </message>
    <message>
        <source>The risk needs a title.</source>
        <translation>风险需要标题。</translation>
    </message>
    <message>
        <source>Likelihood and impact must be between 1 and 5.</source>
        <translation>可能性和影响应在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>A whitespace cell needs its product line and its branch or buying centre.</source>
        <translation>白空间单元格需要产品线以及分支机构或采购中心。</translation>
    </message>
    <message>
        <source>Name the competitor the segment buys %1 from.</source>
        <translation>请填写该细分向哪家竞争对手采购 %1。</translation>
    </message>
    <message>
        <source>A whitespace value cannot be negative.</source>
        <translation>白空间金额不能为负数。</translation>
    </message>
    <message>
        <source>The grid has a cell for %1 in this segment already.</source>
        <translation>表格中该细分已有 %1 的单元格。</translation>
    </message>
    <message>
        <source>A plan&apos;s status change needs its time.</source>
        <translation>计划状态变更需要记录时间。</translation>
    </message>
    <message>
        <source>Days of overdue payment cannot be negative.</source>
        <translation>逾期回款天数不能为负数。</translation>
    </message>
    <message>
        <source>The response&apos;s account does not exist.</source>
        <translation>该反馈所属的客户不存在。</translation>
    </message>
    <message>
        <source>The person who answered is not a contact of the account.</source>
        <translation>作答人不是该客户的联系人。</translation>
    </message>
    <message>
        <source>The response needs the day it was given.</source>
        <translation>请填写反馈的日期。</translation>
    </message>
    <message>
        <source>The response is dated %1, after today (%2).</source>
        <translation>反馈日期为 %1，晚于今天（%2）。</translation>
    </message>
    <message>
        <source>Likelihood to recommend is 0 to %1 (or not answered), not %2.</source>
        <translation>推荐意愿应为 0 到 %1（或未作答），而不是 %2。</translation>
    </message>
    <message>
        <source>Overall satisfaction is 1 to %1 (or not answered), not %2.</source>
        <translation>总体满意度应为 1 到 %1（或未作答），而不是 %2。</translation>
    </message>
    <message>
        <source>The account of the lifecycle change does not exist.</source>
        <translation>该生命周期变更所属的客户不存在。</translation>
    </message>
    <message>
        <source>A lifecycle change needs its time.</source>
        <translation>生命周期变更需要记录时间。</translation>
    </message>
    <message>
        <source>%1 is not a lifecycle stage.</source>
        <translation>%1 不是生命周期阶段。</translation>
    </message>
    <message>
        <source>The account of the warning does not exist.</source>
        <translation>该预警所属的客户不存在。</translation>
    </message>
    <message>
        <source>A risk score is 0 to 100, not %1.</source>
        <translation>风险分数应为 0 到 100，而不是 %1。</translation>
    </message>
    <message>
        <source>A warning review needs its time.</source>
        <translation>预警处理需要记录时间。</translation>
    </message>
    <message>
        <source>A warning is snoozed until a day after today.</source>
        <translation>暂缓预警的日期必须晚于今天。</translation>
    </message>
    <message>
        <source>%1 is not a churn signal.</source>
        <translation>%1 不是流失信号。</translation>
    </message>
    <message>
        <source>Say why the account is %1.</source>
        <translation>请说明客户为何处于%1。</translation>
    </message>
    <message>
        <source>Strategic fit is rated 1 to 5 (or not rated), not %1.</source>
        <translation>战略契合度应为 1 到 5（或未评分），而不是 %1。</translation>
    </message>
    <message>
        <source>The value model needs a name.</source>
        <translation>价值模型需要名称。</translation>
    </message>
    <message>
        <source>The value model %1 cannot be used: %2</source>
        <translation>价值模型 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>The account of the tier change does not exist.</source>
        <translation>该客户等级变更所属的客户不存在。</translation>
    </message>
    <message>
        <source>A tier change needs its time.</source>
        <translation>客户等级变更需要记录时间。</translation>
    </message>
    <message>
        <source>%1 is not a tier.</source>
        <translation>%1 不是有效的客户等级。</translation>
    </message>
    <message>
        <source>A value score is 0 to 100, not %1.</source>
        <translation>价值评分应为 0 到 100，而不是 %1。</translation>
    </message>
    <message>
        <source>The account of the cost does not exist.</source>
        <translation>该成本所属的客户不存在。</translation>
    </message>
    <message>
        <source>A cost needs the day it was incurred.</source>
        <translation>请填写成本的发生日期。</translation>
    </message>
    <message>
        <source>A cost cannot be negative (%1).</source>
        <translation>成本不能为负数（%1）。</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>营销活动需要名称。</translation>
    </message>
    <message>
        <source>The campaign %1 cannot end (%2) before it starts (%3).</source>
        <translation>营销活动 %1 的结束日期（%2）不能早于开始日期（%3）。</translation>
    </message>
    <message>
        <source>The campaign&apos;s cost cannot be negative (%1).</source>
        <translation>营销活动的费用不能为负数（%1）。</translation>
    </message>
    <message>
        <source>The campaign does not exist.</source>
        <translation>营销活动不存在。</translation>
    </message>
    <message>
        <source>The campaign&apos;s account does not exist.</source>
        <translation>营销活动所属的客户不存在。</translation>
    </message>
    <message>
        <source>The person targeted is not a contact of the account.</source>
        <translation>目标联系人不是该客户的联系人。</translation>
    </message>
    <message>
        <source>The campaign targets them already.</source>
        <translation>该营销活动已包含此联系人。</translation>
    </message>
    <message>
        <source>Standard value model</source>
        <translation>标准价值模型</translation>
    </message>
    <message>
        <source>The value model does not exist.</source>
        <translation>价值模型不存在。</translation>
    </message>
    <message>
        <source>The record&apos;s creation time %1 is in the future.</source>
        <translation>记录的创建时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>An export record names what was exported.</source>
        <translation>导出记录必须注明导出的内容。</translation>
    </message>
    <message>
        <source>%1 is not an export format (csv, json).</source>
        <translation>%1 不是有效的导出格式（csv、json）。</translation>
    </message>
    <message>
        <source>An export cannot have written fewer than 0 rows.</source>
        <translation>导出的行数不能小于 0。</translation>
    </message>
    <message>
        <source>An export record needs the time of the export.</source>
        <translation>导出记录必须包含导出时间。</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s SQLite driver does not run the SQLite library this program was built with. Build KAM Desk with a Qt whose SQLite driver uses the system SQLite (see the README).</source>
        <translation>无法打开 %1：Qt 的 SQLite 驱动所用的 SQLite 库不是本程序构建时链接的那一个。请使用其 SQLite 驱动链接系统 SQLite 的 Qt 构建 KAM Desk（见 README）。</translation>
    </message>
</context>
<context>
    <name>kam::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync; what was received so far is kept</source>
        <translation>停止同步；已接收的内容会保留</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n 项修改尚未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged in to a sync server</source>
        <translation>未登录同步服务器</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>正在同步 %1 / %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
</context>
<context>
    <name>kam::TargetsDialog</name>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>整个团队</translation>
    </message>
    <message>
        <source>2027-03 or 2027-Q1</source>
        <translation>2027-03 或 2027-Q1</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>kam::TeamTableModel</name>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>kam::TierDialog</name>
    <message>
        <source>Set Tier</source>
        <translation>设置客户等级</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 当前的客户等级为%2。</translation>
    </message>
    <message>
        <source>%1 scores %2 and proposes %3.</source>
        <translation>按“%1”评分为 %2，建议客户等级为%3。</translation>
    </message>
    <message>
        <source>Why the account belongs in this tier (required)</source>
        <translation>该客户属于此等级的原因（必填）</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>客户等级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Say why the account belongs in this tier.</source>
        <translation>请说明该客户属于此等级的原因。</translation>
    </message>
    <message>
        <source>Set the tier of %1 to %2</source>
        <translation>将 %1 的客户等级设为%2</translation>
    </message>
</context>
<context>
    <name>kam::TierHistoryModel</name>
    <message>
        <source>%1 (confirmed)</source>
        <translation>%1（已确认）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
</context>
<context>
    <name>kam::ValueModelEditor</name>
    <message>
        <source>Value Models</source>
        <translation>价值模型</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>A new model with the default criteria and comparisons</source>
        <translation>使用默认指标和比较值新建模型</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Score &amp;with this model</source>
        <translation>使用此模型评分(&amp;W)</translation>
    </message>
    <message>
        <source>Your value scores and tier proposals use this model (a setting of this computer)</source>
        <translation>您的价值评分和客户等级建议均使用此模型（本机设置）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>添加分组(&amp;G)</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>添加指标(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Apply suggestion</source>
        <translation>采纳建议(&amp;A)</translation>
    </message>
    <message>
        <source>Classic (Saaty 1980)</source>
        <translation>经典（Saaty 1980）</translation>
    </message>
    <message>
        <source>Revised (Saaty 2000)</source>
        <translation>修订版（Saaty 2000）</translation>
    </message>
    <message>
        <source>The random index CR divides by</source>
        <translation>计算 CR 时作为除数的随机一致性指标 RI</translation>
    </message>
    <message>
        <source>Pairwise comparisons</source>
        <translation>两两比较</translation>
    </message>
    <message>
        <source>Random &amp;index:</source>
        <translation>随机一致性指标(&amp;I)：</translation>
    </message>
    <message>
        <source>Weighted average M(·,+)</source>
        <translation>加权平均型 M(·,+)</translation>
    </message>
    <message>
        <source>Max–min M(∧,∨)</source>
        <translation>主因素决定型 M(∧,∨)</translation>
    </message>
    <message>
        <source>The distinguishing coefficient ρ of grey relational analysis (usually 0.5)</source>
        <translation>灰色关联分析的分辨系数 ρ（通常取 0.5）</translation>
    </message>
    <message>
        <source>By score thresholds</source>
        <translation>按分数阈值</translation>
    </message>
    <message>
        <source>By share of accounts (top %)</source>
        <translation>按客户占比（前 %）</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Me&amp;thod:</source>
        <translation>方法(&amp;T)：</translation>
    </message>
    <message>
        <source>Fuzzy &amp;operator:</source>
        <translation>模糊算子(&amp;O)：</translation>
    </message>
    <message>
        <source>Grey &amp;ρ:</source>
        <translation>灰色关联分辨系数(&amp;ρ)：</translation>
    </message>
    <message>
        <source>Proposed tiers</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新分组</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（当前使用）</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>The model %1 cannot be read: %2</source>
        <translation>无法读取模型 %1：%2</translation>
    </message>
    <message>
        <source>%1 has fewer than two parts: nothing to compare.</source>
        <translation>%1 的组成部分少于两个，无需比较。</translation>
    </message>
    <message>
        <source>How much more the row matters than the column, within %1:</source>
        <translation>在 %1 中，行相对于列的重要程度：</translation>
    </message>
    <message>
        <source>Two parts are always consistent.</source>
        <translation>只有两个部分时，判断矩阵总是一致的。</translation>
    </message>
    <message>
        <source>λmax %1 · CI %2 · CR %3 ✓ consistent</source>
        <translation>λmax %1 · CI %2 · CR %3 ✓ 通过一致性检验</translation>
    </message>
    <message>
        <source>λmax %1 · CI %2 · CR %3 ✗ inconsistent (CR ≥ 0.10)</source>
        <translation>λmax %1 · CI %2 · CR %3 ✗ 未通过一致性检验（CR ≥ 0.10）</translation>
    </message>
    <message>
        <source>Compare %1 with %2: %3 instead of %4</source>
        <translation>建议将 %1 与 %2 的比较值改为 %3（当前为 %4）</translation>
    </message>
    <message>
        <source>The model cannot score: %1</source>
        <translation>该模型无法评分：%1</translation>
    </message>
    <message>
        <source>Every group&apos;s comparisons are consistent.</source>
        <translation>所有分组的判断矩阵均通过一致性检验。</translation>
    </message>
    <message>
        <source>Inconsistent comparisons in: %1</source>
        <translation>以下判断矩阵未通过一致性检验：%1</translation>
    </message>
    <message>
        <source> % of accounts</source>
        <translation> % 的客户</translation>
    </message>
    <message>
        <source> points or more</source>
        <translation> 分及以上</translation>
    </message>
    <message>
        <source>The share of the accounts, by rank, in this tier</source>
        <translation>按排名划入该等级的客户占比</translation>
    </message>
    <message>
        <source>The lowest score of this tier</source>
        <translation>该等级的最低分数</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Value model</source>
        <translation>价值模型</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>请为模型命名。</translation>
    </message>
    <message>
        <source>Another model is called %1.</source>
        <translation>已有名为 %1 的模型。</translation>
    </message>
    <message>
        <source>The thresholds must fall from core to key to ordinary.</source>
        <translation>阈值必须按核心、重点、普通依次递减。</translation>
    </message>
    <message>
        <source>The shares of core, key and ordinary accounts add up to more than 100 %.</source>
        <translation>核心、重点和普通客户的占比之和超过 100%。</translation>
    </message>
</context>
<context>
    <name>kam::ValueScoreModel</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>逾期 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1: %2
Normalised: %3
Weight: %4 %</source>
        <translation>%1：%2
归一化值：%3
权重：%4%</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>The model proposes %1</source>
        <translation>模型建议：%1</translation>
    </message>
    <message>
        <source>Two fuzzy grades tie for the highest membership</source>
        <translation>两个模糊评语等级的隶属度并列最高</translation>
    </message>
    <message>
        <source>%1 (weight %2 %)</source>
        <translation>%1（权重 %2%）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>当前等级</translation>
    </message>
</context>
<context>
    <name>kam::ValueView</name>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>&amp;Edit models…</source>
        <translation>编辑模型(&amp;E)…</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>value-scores</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <source>&amp;Approve proposal</source>
        <translation>批准建议(&amp;A)</translation>
    </message>
    <message>
        <source>Give the selected accounts the tier the model proposes</source>
        <translation>将所选客户设为模型建议的客户等级</translation>
    </message>
    <message>
        <source>Set &amp;tier…</source>
        <translation>设置客户等级(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Points of the score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Select an account to see its points per criterion.</source>
        <translation>选择一个客户，查看其各指标得分。</translation>
    </message>
    <message>
        <source>Weight of</source>
        <translation>调整权重的指标</translation>
    </message>
    <message>
        <source>−10 %: ranks</source>
        <translation>−10%：排名变化</translation>
    </message>
    <message>
        <source>−10 %: tiers</source>
        <translation>−10%：等级变化</translation>
    </message>
    <message>
        <source>+10 %: ranks</source>
        <translation>+10%：排名变化</translation>
    </message>
    <message>
        <source>+10 %: tiers</source>
        <translation>+10%：等级变化</translation>
    </message>
    <message>
        <source>How many accounts change rank (ranks) and proposed tier (tiers) when one weight moves by 10 % of itself</source>
        <translation>某一权重增减其自身的 10% 时，排名发生变化（排名）和建议等级发生变化（等级）的客户数</translation>
    </message>
    <message>
        <source>The value scores could not be computed: %1</source>
        <translation>无法计算价值评分：%1</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>各指标得分</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>客户等级历史</translation>
    </message>
    <message>
        <source>Sensitivity of the ranking</source>
        <translation>排名敏感性</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) scored</source>
        <translation>
            <numerusform>已为 %Ln 个客户评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposal(s) differ from the current tier</source>
        <translation>
            <numerusform>%Ln 项建议与当前客户等级不同</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; scoring again…</source>
        <translation>%1；正在重新评分…</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <source>Select an account to see how its score is made.</source>
        <translation>选择一个客户，查看其分数构成。</translation>
    </message>
    <message>
        <source>%1: %2 points, rank %L3; proposed %4, now %5</source>
        <translation>%1：%2 分，排名第 %L3；建议等级为%4，当前为%5</translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation>由“%1”建议</translation>
    </message>
    <message>
        <source>Approve the proposed tier of %1</source>
        <translation>批准 %1 的建议客户等级</translation>
    </message>
    <message numerus="yes">
        <source>Approve the proposed tiers of %Ln account(s)</source>
        <translation>
            <numerusform>批准 %Ln 个客户的建议客户等级</numerusform>
        </translation>
    </message>
    <message>
        <source>The tiers could not be set: %1</source>
        <translation>无法设置客户等级：%1</translation>
    </message>
    <message>
        <source>tier-history</source>
        <translation>客户等级历史</translation>
    </message>
    <message>
        <source>value-sensitivity</source>
        <translation>价值敏感性</translation>
    </message>
    <message>
        <source>Value scores</source>
        <translation>价值评分</translation>
    </message>
    <message>
        <source>Rank sensitivity</source>
        <translation>排名敏感性</translation>
    </message>
</context>
<context>
    <name>kam::ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>值映射</translation>
    </message>
    <message>
        <source>Choose what each value of the file&apos;s choice and stage columns stands for.</source>
        <translation>请为文件中选项列和阶段列的每个取值指定对应的含义。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>对应值</translation>
    </message>
    <message>
        <source>No mapped column holds choices or stages; nothing to map here.</source>
        <translation>已映射的列中没有选项或阶段字段，无需进行值映射。</translation>
    </message>
    <message>
        <source>(as written)</source>
        <translation>（按原值）</translation>
    </message>
</context>
<context>
    <name>kam::WarningListModel</name>
    <message>
        <source>%1 (+%2): %3</source>
        <translation>%1（+%2）：%3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>已确认 %1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>暂缓至 %1</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>The snooze ran out on %1.</source>
        <translation>暂缓已于 %1 到期。</translation>
    </message>
    <message>
        <source>Worse than when it was last reviewed on %1 (score %L2 then).</source>
        <translation>比上次处理（%1，当时 %L2 分）时更差。</translation>
    </message>
    <message>
        <source>%L1 a quarter ago</source>
        <translation>一个季度前为 %L1</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>▲ %L1</source>
        <translation>▲ %L1</translation>
    </message>
    <message>
        <source>▼ %L1</source>
        <translation>▼ %L1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of a warning</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>kam::WarningReviewDialog</name>
    <message>
        <source>Snooze Warning</source>
        <translation>暂缓预警</translation>
    </message>
    <message>
        <source>Acknowledge Warning</source>
        <translation>确认预警</translation>
    </message>
    <message>
        <source>Hide the warning for %1 (risk score %L2) until the day below. It comes back earlier if the score rises or another signal fires.</source>
        <translation>将 %1 的预警（风险分数 %L2）隐藏到下面的日期。如果分数上升或有其他信号触发，会提前再次出现。</translation>
    </message>
    <message>
        <source>Mark the warning for %1 (risk score %L2) as seen. It becomes new again if the score rises or another signal fires.</source>
        <translation>将 %1 的预警（风险分数 %L2）标记为已查看。如果分数上升或有其他信号触发，会重新成为新预警。</translation>
    </message>
    <message>
        <source>What you are doing about it, e.g. a visit booked for next week</source>
        <translation>您采取的措施，例如已约下周拜访</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>截止(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>暂缓(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>The account has no risk score yet; try again when scoring has finished.</source>
        <translation>该客户尚无风险分数；请在评分完成后重试。</translation>
    </message>
</context>
<context>
    <name>kam::WarningsView</name>
    <message>
        <source>Show snoo&amp;zed</source>
        <translation>显示已暂缓(&amp;Z)</translation>
    </message>
    <message>
        <source>churn-warnings</source>
        <translation>churn-warnings</translation>
    </message>
    <message>
        <source>A&amp;cknowledge…</source>
        <translation>确认(&amp;C)…</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>暂缓(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>打开客户(&amp;O)</translation>
    </message>
    <message>
        <source>Churn se&amp;ttings…</source>
        <translation>流失设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Mark the warning as seen, with a note; it comes back when it gets worse</source>
        <translation>将预警标记为已查看并附备注；情况变差时会再次出现</translation>
    </message>
    <message>
        <source>Hide the warning until a day; it comes back earlier when it gets worse</source>
        <translation>将预警隐藏到某一天；情况变差时会提前出现</translation>
    </message>
    <message>
        <source>The risk scores could not be computed: %1</source>
        <translation>无法计算风险分数：%1</translation>
    </message>
    <message>
        <source>The signals behind the score</source>
        <translation>分数背后的信号</translation>
    </message>
    <message>
        <source>Scoring the accounts…</source>
        <translation>正在为客户评分…</translation>
    </message>
    <message>
        <source>No warnings: every account scores below %L1.</source>
        <translation>无预警：所有客户的分数都低于 %L1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s), %L1 new. Warnings start at a score of %L2.</source>
        <translation>
            <numerusform>%Ln 条预警，其中 %L1 条新预警。分数达到 %L2 开始预警。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a warning to see the signals behind its score.</source>
        <translation>选择一条预警，查看其分数背后的信号。</translation>
    </message>
    <message>
        <source>%1: risk score %L2 of 100 (%L3 a quarter ago)</source>
        <translation>%1：风险分数 %L2 / 100（一个季度前 %L3）</translation>
    </message>
    <message>
        <source>churn-signals</source>
        <translation>流失信号</translation>
    </message>
    <message>
        <source>Churn warnings</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Warning signals</source>
        <translation>预警信号</translation>
    </message>
</context>
<context>
    <name>kam::WelcomeDialog</name>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>不再显示(&amp;D)</translation>
    </message>
    <message>
        <source>Welcome to KAM Desk</source>
        <translation>欢迎使用 KAM Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KAM Desk&lt;/h3&gt;&lt;p&gt;There are two ways to work:&lt;/p&gt;&lt;p&gt;&lt;b&gt;Explore on this computer.&lt;/b&gt; Try the portfolio, the pipeline and the plans with the data in this store (the demo portfolio, if it was made with &lt;tt&gt;kamdesk-cli demo&lt;/tt&gt;). What you change stays on this computer; nothing is sent anywhere.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Connect to your company&apos;s server.&lt;/b&gt; Log in with the address, e-mail and password your administrator gave you; your accounts then sync with your colleagues&apos;. You can also do this later from the Sync menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 KAM Desk&lt;/h3&gt;&lt;p&gt;有两种使用方式：&lt;/p&gt;&lt;p&gt;&lt;b&gt;在本机体验。&lt;/b&gt;用本数据库中的数据试用客户组合、销售管道和客户计划（如果数据库是用 &lt;tt&gt;kamdesk-cli demo&lt;/tt&gt; 生成的，就是演示数据）。您的修改只保存在本机，不会发送到任何地方。&lt;/p&gt;&lt;p&gt;&lt;b&gt;连接公司服务器。&lt;/b&gt;用管理员提供的服务器地址、邮箱和密码登录，您的客户数据就会与同事同步。之后也可以随时在“同步”菜单中登录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>在本机体验(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Connect to the Server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>kam::WhitespaceCellDialog</name>
    <message>
        <source>Fill In Whitespace</source>
        <translation>填写白空间</translation>
    </message>
    <message>
        <source>Edit Whitespace</source>
        <translation>编辑白空间</translation>
    </message>
    <message>
        <source>A branch, or a buying centre&apos;s name</source>
        <translation>分支机构或采购中心名称</translation>
    </message>
    <message>
        <source>A product line</source>
        <translation>产品线</translation>
    </message>
    <message>
        <source>Annual &amp;value:</source>
        <translation>年度金额(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>细分(&amp;S)：</translation>
    </message>
    <message>
        <source>Product &amp;line:</source>
        <translation>产品线(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Competitor:</source>
        <translation>竞争对手(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>kam::WhitespaceGridModel</name>
    <message>
        <source>Account or branch: %1</source>
        <translation>客户或分支机构：%1</translation>
    </message>
    <message>
        <source>Buying centre: %1</source>
        <translation>采购中心：%1</translation>
    </message>
</context>
<context>
    <name>kam::analytics</name>
    <message>
        <source>the comparison matrix is empty</source>
        <translation>判断矩阵为空</translation>
    </message>
    <message>
        <source>row %1 has %2 values; a %3 × %3 matrix needs %3</source>
        <translation>第 %1 行有 %2 个值；%3 × %3 矩阵每行需要 %3 个值</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is not a positive number</source>
        <translation>第 %1 行第 %2 列：%3 不是正数</translation>
    </message>
    <message>
        <source>row %1, column %1: the diagonal must be 1, not %2</source>
        <translation>第 %1 行第 %1 列：对角线元素必须为 1，而不是 %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is not the reciprocal of row %2, column %1 (%4)</source>
        <translation>第 %1 行第 %2 列：%3 不是第 %2 行第 %1 列（%4）的倒数</translation>
    </message>
    <message>
        <source>the membership matrix has no rows</source>
        <translation>隶属度矩阵没有任何行</translation>
    </message>
    <message>
        <source>%1 weights for %2 membership rows</source>
        <translation>有 %1 个权重，但隶属度矩阵有 %2 行</translation>
    </message>
    <message>
        <source>weight %1: %2 is not a number from 0 to 1</source>
        <translation>权重 %1：%2 不是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>the weights sum to %1, not 1</source>
        <translation>权重之和为 %1，而不是 1</translation>
    </message>
    <message>
        <source>row 1 has no grades</source>
        <translation>第 1 行没有评语等级</translation>
    </message>
    <message>
        <source>row %1 has %2 grades, not %3</source>
        <translation>第 %1 行有 %2 个评语等级，而不是 %3 个</translation>
    </message>
    <message>
        <source>row %1, column %2: %3 is not a membership from 0 to 1</source>
        <translation>第 %1 行第 %2 列：%3 不是 0 到 1 之间的隶属度</translation>
    </message>
    <message>
        <source>row %1 sums to %2, not 1</source>
        <translation>第 %1 行之和为 %2，而不是 1</translation>
    </message>
    <message>
        <source>a node has both membership rows and sub-factors</source>
        <translation>某个节点同时包含隶属度行和子因素</translation>
    </message>
    <message>
        <source>factor %1 → %2</source>
        <translation>因素 %1 → %2</translation>
    </message>
    <message>
        <source>there are no indicators</source>
        <translation>没有任何指标</translation>
    </message>
    <message>
        <source>%1 indicator types for %2 indicators</source>
        <translation>有 %1 个指标类型，但有 %2 个指标</translation>
    </message>
    <message>
        <source>%1 weights for %2 indicators</source>
        <translation>有 %1 个权重，但有 %2 个指标</translation>
    </message>
    <message>
        <source>indicator 1 has no alternatives</source>
        <translation>指标 1 没有任何评价对象</translation>
    </message>
    <message>
        <source>indicator %1 has %2 values, not %3</source>
        <translation>指标 %1 有 %2 个值，而不是 %3 个</translation>
    </message>
    <message>
        <source>indicator %1, alternative %2: not a number</source>
        <translation>指标 %1，评价对象 %2：不是数字</translation>
    </message>
    <message>
        <source>the distinguishing coefficient ρ must be above 0 and at most 1, not %1</source>
        <translation>分辨系数 ρ 必须大于 0 且不超过 1，而不是 %1</translation>
    </message>
    <message>
        <source>indicator %1: the weight %2 is negative</source>
        <translation>指标 %1：权重 %2 为负数</translation>
    </message>
    <message>
        <source>a criterion is not a JSON object</source>
        <translation>某个指标不是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot;</source>
        <translation>未知指标“%1”</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; has sub-criteria</source>
        <translation>指标“%1”含有子指标</translation>
    </message>
    <message>
        <source>the criterion &quot;%1&quot; appears twice</source>
        <translation>指标“%1”出现了两次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has neither a criterion nor sub-criteria</source>
        <translation>“%1”既没有对应指标，也没有子指标</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 comparisons for %3 sub-criteria, not %4</source>
        <translation>“%1”有 %3 个子指标，应有 %4 个比较值，而不是 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: comparison %2 is %3, outside 1/9…9</source>
        <translation>“%1”：比较值 %2 为 %3，超出 1/9…9 的范围</translation>
    </message>
    <message>
        <source>the value model has no criteria</source>
        <translation>价值模型没有任何指标</translation>
    </message>
</context>
<context>
    <name>kam::analytics::Churn</name>
    <message>
        <source>No answers in the last year</source>
        <translation>近一年没有作答</translation>
    </message>
    <message>
        <source>No answers before %1 to compare with</source>
        <translation>%1 之前没有可供比较的作答</translation>
    </message>
    <message>
        <source>NPS fell from %1 to %2 since %3</source>
        <translation>NPS 自 %3 起从 %1 降至 %2</translation>
    </message>
    <message>
        <source>NPS rose from %1 to %2 since %3</source>
        <translation>NPS 自 %3 起从 %1 升至 %2</translation>
    </message>
    <message>
        <source>NPS unchanged at %1 since %2</source>
        <translation>NPS 自 %2 起保持在 %1</translation>
    </message>
    <message>
        <source>No satisfaction scores in the last year</source>
        <translation>近一年没有满意度评分</translation>
    </message>
    <message>
        <source>No satisfaction scores before %1 to compare with</source>
        <translation>%1 之前没有可供比较的满意度评分</translation>
    </message>
    <message>
        <source>Satisfaction fell from %1 to %2 since %3</source>
        <translation>满意度自 %3 起从 %1 降至 %2</translation>
    </message>
    <message>
        <source>Satisfaction rose from %1 to %2 since %3</source>
        <translation>满意度自 %3 起从 %1 升至 %2</translation>
    </message>
    <message>
        <source>Satisfaction unchanged at %1 since %2</source>
        <translation>满意度自 %2 起保持在 %1</translation>
    </message>
    <message>
        <source>No won revenue in %1 to compare %2 with</source>
        <translation>%1 没有成交收入，无法与 %2 比较</translation>
    </message>
    <message>
        <source>Won revenue fell %1 % from %2 to %3</source>
        <translation>成交收入从 %2 到 %3 下降 %1%</translation>
    </message>
    <message>
        <source>Won revenue rose %1 % from %2 to %3</source>
        <translation>成交收入从 %2 到 %3 增长 %1%</translation>
    </message>
    <message>
        <source>Won revenue unchanged from %1 to %2</source>
        <translation>成交收入从 %1 到 %2 持平</translation>
    </message>
    <message>
        <source>No contact recorded yet</source>
        <translation>尚无联系记录</translation>
    </message>
    <message>
        <source>The last contact, on %1, is after %2</source>
        <translation>最近一次联系在 %1，晚于 %2</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) (interval %1)</source>
        <translation>
            <numerusform>已 %n 天未联系（周期 %1 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) without a stage change for %1 days or more</source>
        <translation>
            <numerusform>%n 个商机超过 %1 天未推进阶段</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal without a stage change for %1 days or more</source>
        <translation>没有超过 %1 天未推进阶段的商机</translation>
    </message>
    <message numerus="yes">
        <source>Champion missing; %n key contact(s) left in the last %1 days</source>
        <translation>
            <numerusform>缺少支持者；近 %1 天内有 %n 位关键联系人离职</numerusform>
        </translation>
    </message>
    <message>
        <source>Champion missing</source>
        <translation>缺少支持者</translation>
    </message>
    <message numerus="yes">
        <source>%n key contact(s) left in the last %1 days</source>
        <translation>
            <numerusform>近 %1 天内有 %n 位关键联系人离职</numerusform>
        </translation>
    </message>
    <message>
        <source>A champion is active; no key contact left in the last %1 days</source>
        <translation>有在职的支持者；近 %1 天内没有关键联系人离职</translation>
    </message>
    <message numerus="yes">
        <source>%n open service case(s)</source>
        <translation>
            <numerusform>%n 个未结服务工单</numerusform>
        </translation>
    </message>
    <message>
        <source>No open service cases</source>
        <translation>没有未结服务工单</translation>
    </message>
    <message>
        <source>No overdue payment known</source>
        <translation>未知有逾期回款</translation>
    </message>
    <message numerus="yes">
        <source>Payment %n day(s) overdue</source>
        <translation>
            <numerusform>回款逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kam::analytics::Lifecycle</name>
    <message>
        <source>No deal won yet</source>
        <translation>尚未赢得商机</translation>
    </message>
    <message numerus="yes">
        <source>First deal won on %1, %n day(s) ago</source>
        <translation>
            <numerusform>首单于 %1 赢得，距今 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No revenue in the last four quarters, but %n deal(s) still open</source>
        <translation>
            <numerusform>近四个季度没有收入，但仍有 %n 个商机在跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>No revenue in the last four quarters, but a deal moved on %1</source>
        <translation>近四个季度没有收入，但有商机于 %1 推进</translation>
    </message>
    <message>
        <source>No revenue in the last four quarters and no deal activity since %1</source>
        <translation>近四个季度没有收入，且自 %1 起无商机动态</translation>
    </message>
    <message>
        <source>No revenue in the last four quarters and no deal activity</source>
        <translation>近四个季度没有收入，也没有商机动态</translation>
    </message>
    <message>
        <source>Revenue in the last two quarters and none in the two before</source>
        <translation>近两个季度有收入，之前两个季度没有</translation>
    </message>
    <message>
        <source>Revenue of the last two quarters is %1 % above the two before</source>
        <translation>近两个季度收入比之前两个季度高 %1%</translation>
    </message>
    <message>
        <source>Revenue of the last two quarters is %1 % below the two before</source>
        <translation>近两个季度收入比之前两个季度低 %1%</translation>
    </message>
    <message>
        <source>Revenue of the last two quarters is the same as the two before</source>
        <translation>近两个季度收入与之前两个季度持平</translation>
    </message>
</context>
<context>
    <name>kam::analytics::ValueModel</name>
    <message>
        <source>Customer value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <source>Economic value</source>
        <translation>经济价值</translation>
    </message>
    <message>
        <source>Relationship value</source>
        <translation>关系价值</translation>
    </message>
    <message>
        <source>Strategic value</source>
        <translation>战略价值</translation>
    </message>
</context>
<context>
    <name>kam::analytics::ValueModelDefinition</name>
    <message>
        <source>the value model is not valid JSON: %1 at offset %2</source>
        <translation>价值模型不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <source>the value model is not a JSON object</source>
        <translation>价值模型不是 JSON 对象</translation>
    </message>
    <message>
        <source>the value model was written by a newer KAM Desk (version %1)</source>
        <translation>该价值模型由更新版本的 KAM Desk（版本 %1）创建</translation>
    </message>
    <message>
        <source>unknown scoring method &quot;%1&quot;</source>
        <translation>未知评分方法“%1”</translation>
    </message>
    <message>
        <source>unknown fuzzy operator &quot;%1&quot;</source>
        <translation>未知模糊算子“%1”</translation>
    </message>
    <message>
        <source>the distinguishing coefficient ρ must be above 0 and at most 1, not %1</source>
        <translation>分辨系数 ρ 必须大于 0 且不超过 1，而不是 %1</translation>
    </message>
    <message>
        <source>unknown random index table &quot;%1&quot;</source>
        <translation>未知随机一致性指标表“%1”</translation>
    </message>
    <message>
        <source>unknown tier mode &quot;%1&quot;</source>
        <translation>未知客户等级划分方式“%1”</translation>
    </message>
    <message>
        <source>a tier limit of %1 is outside 0…100</source>
        <translation>客户等级界限 %1 超出 0…100 的范围</translation>
    </message>
    <message>
        <source>the tier thresholds must fall from core to key to ordinary</source>
        <translation>客户等级阈值必须按核心、重点、普通依次递减</translation>
    </message>
    <message>
        <source>the tier shares add up to more than 100%</source>
        <translation>客户等级占比之和超过 100%</translation>
    </message>
    <message>
        <source>the value model has no criteria</source>
        <translation>价值模型没有任何指标</translation>
    </message>
</context>
<context>
    <name>kam::sync</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <source>“%1” is not a server address such as https://kam.example.com.</source>
        <translation>“%1”不是有效的服务器地址（例如 https://kam.example.com）。</translation>
    </message>
    <message>
        <source>%1 uses plain http; passwords must not travel unencrypted. Use https:// (plain http is only for a server on this computer).</source>
        <translation>%1 使用未加密的 http；密码不能以明文传输。请使用 https://（http 仅用于本机上的服务器）。</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>本机没有可用的钥匙串（%1）。</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>本地数据库未打开。</translation>
    </message>
    <message>
        <source>Log in to the server to sync.</source>
        <translation>请登录服务器以进行同步。</translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>Cannot reach the server while %1: %2</source>
        <translation>%1时无法连接服务器：%2</translation>
    </message>
    <message>
        <source>The server asks you to log in again (%1).</source>
        <translation>服务器要求重新登录（%1）。</translation>
    </message>
    <message>
        <source>The server answered %1 while %2: %3</source>
        <translation>%2时服务器返回 %1：%3</translation>
    </message>
    <message>
        <source>The server&apos;s answer while %1 is not valid: %2</source>
        <translation>%1时服务器的应答无效：%2</translation>
    </message>
    <message>
        <source>renewing the session</source>
        <translation>续期会话</translation>
    </message>
    <message>
        <source>Your session has ended; log in again.</source>
        <translation>您的会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>This computer&apos;s access was revoked by the administrator (%1). The company data on it has been removed.</source>
        <translation>管理员已撤销本机的访问权限（%1）。本机上的公司数据已被删除。</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>发送修改</translation>
    </message>
    <message>
        <source>The server answered %1 of %2 changes; nothing was marked as sent.</source>
        <translation>服务器只应答了 %2 项修改中的 %1 项；没有任何修改被标记为已发送。</translation>
    </message>
    <message>
        <source>downloading the portfolio</source>
        <translation>下载客户组合</translation>
    </message>
    <message>
        <source>receiving changes</source>
        <translation>接收修改</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The e-mail or password is wrong, or the account is disabled.</source>
        <translation>电子邮箱或密码错误，或账户已被停用。</translation>
    </message>
    <message>
        <source>This store belongs to another server account. Open a new store to log in as %1.</source>
        <translation>此本地数据库属于另一个服务器账户。请打开新的数据库以 %1 身份登录。</translation>
    </message>
    <message>
        <source>reading the account&apos;s history</source>
        <translation>读取客户历史记录</translation>
    </message>
</context>
<context>
    <name>kam::sync::SyncController</name>
    <message>
        <source>Log in to the server to sync.</source>
        <translation>请登录服务器以进行同步。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>KAM Desk: key-account management.</source>
        <translation>KAM Desk：大客户管理。</translation>
    </message>
    <message>
        <source>Open the store FILE (default: %1).</source>
        <translation>打开数据库文件 FILE（默认：%1）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE.png and quit.</source>
        <translation>将窗口截图保存为 FILE.png 后退出。</translation>
    </message>
    <message>
        <source>KAM Desk</source>
        <translation>KAM Desk</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Select the account with the id ID.</source>
        <translation>选中 ID 为 ID 的客户。</translation>
    </message>
    <message>
        <source>Show the tab TAB of the selected account: overview, contacts, relationships, team, deals, activities, satisfaction, plans, health or history.</source>
        <translation>显示所选客户的标签页 TAB：overview、contacts、relationships、team、deals、activities、satisfaction、plans、health 或 history。</translation>
    </message>
    <message>
        <source>Start on VIEW: portfolio, pipeline, funnel, forecast, value, profitability, campaigns, satisfaction, agenda or warnings.</source>
        <translation>启动时显示视图 VIEW：portfolio、pipeline、funnel、forecast、value、profitability、campaigns、satisfaction、agenda 或 warnings。</translation>
    </message>
</context>
</TS>
