<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CostFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>CostLoaders</name>
    <message>
        <source>Choose at least one dimension to group the costs by.</source>
        <translation>请至少选择一个用于对成本分组的维度。</translation>
    </message>
    <message>
        <source>The anomaly of %1 on %2 is below the alert rule: there is no alert to acknowledge.</source>
        <translation>%1 在 %2 的异常未达告警规则：没有可确认的告警。</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML 报告</translation>
    </message>
    <message>
        <source>CSV report</source>
        <translation>CSV 报告</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
</context>
<context>
    <name>PaneLoaders</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message numerus="yes">
        <source>%n SLO(s)</source>
        <translation>
            <numerusform>%n 个 SLO</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message numerus="yes">
        <source>%n cached answer(s)</source>
        <translation>
            <numerusform>%n 条缓存结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>计费账户</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>周期开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明细项</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n 次导入</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy set</source>
        <translation>策略集</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本数</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n policy set(s)</source>
        <translation>
            <numerusform>%n 个策略集</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Blast radius %</source>
        <translation>爆炸半径 %</translation>
    </message>
    <message>
        <source>Guard SLO</source>
        <translation>守护 SLO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n 个实验</numerusform>
        </translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>账单成本</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>剩余预算</translation>
    </message>
    <message>
        <source>Burn 1h</source>
        <translation>消耗速率 1h</translation>
    </message>
    <message>
        <source>Burn 6h</source>
        <translation>消耗速率 6h</translation>
    </message>
    <message>
        <source>Burn 1d</source>
        <translation>消耗速率 1d</translation>
    </message>
    <message>
        <source>Burn 3d</source>
        <translation>消耗速率 3d</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Exhausted in</source>
        <translation>预计耗尽</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>: %1 paging, %2 with a ticket</source>
        <translation>：%1 个触发呼叫告警，%2 个触发工单告警</translation>
    </message>
    <message>
        <source>The SLO with id %1 is no longer in the database.</source>
        <translation>ID 为 %1 的 SLO 已不在数据库中。</translation>
    </message>
    <message>
        <source>No SLO here was imported from a Sloth or OpenSLO spec, so there are no SLI queries to write rules for. Import a spec first.</source>
        <translation>这里没有从 Sloth 或 OpenSLO 规范导入的 SLO，因此没有可用于生成规则的 SLI 查询。请先导入规范。</translation>
    </message>
    <message>
        <source>These SLOs have different periods (%1 days) and Sloth&apos;s alert windows depend on the period: export them one at a time.</source>
        <translation>这些 SLO 的周期不同（%1 天），而 Sloth 的告警窗口取决于周期：请逐个导出。</translation>
    </message>
    <message>
        <source>No SLO here was imported from a Sloth or OpenSLO spec, so there is nothing to export as OpenSLO. Import a spec first.</source>
        <translation>这里没有从 Sloth 或 OpenSLO 规范导入的 SLO，因此没有可导出为 OpenSLO 的内容。请先导入规范。</translation>
    </message>
</context>
<context>
    <name>PolicyChecks</name>
    <message>
        <source>%1: expected an entity such as User::&quot;alice&quot;, found “%2”</source>
        <translation>%1：应为实体（例如 User::&quot;alice&quot;），但发现“%2”</translation>
    </message>
    <message numerus="yes">
        <source>The policies have %n problem(s); the first, at line %1, column %2: %3</source>
        <translation>
            <numerusform>策略有 %n 个问题；第一个位于第 %1 行第 %2 列：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>上下文：%1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1（第 %2 行）：%3</translation>
    </message>
</context>
<context>
    <name>cost::CostBreakdown</name>
    <message>
        <source>(other)</source>
        <translation>（其他）</translation>
    </message>
</context>
<context>
    <name>traceo::AuditLog</name>
    <message>
        <source>record 1 is missing: the log starts at record %1</source>
        <translation>缺少记录 1：日志从记录 %1 开始</translation>
    </message>
    <message>
        <source>record %1 is missing: the log goes from record %2 to record %3</source>
        <translation>缺少记录 %1：日志从记录 %2 跳到了记录 %3</translation>
    </message>
    <message>
        <source>record %1 is out of place: sequence numbers start at 1</source>
        <translation>记录 %1 位置错误：序号从 1 开始</translation>
    </message>
    <message>
        <source>record 1 does not start the chain: its previous hash is not the genesis hash</source>
        <translation>记录 1 不是链的起点：其前一哈希不是创世哈希</translation>
    </message>
    <message>
        <source>record %1 does not follow record %2: its previous hash %3… is not the hash %4… of record %2 (records were inserted, removed, reordered or changed)</source>
        <translation>记录 %1 没有接在记录 %2 之后：其前一哈希 %3… 不是记录 %2 的哈希 %4…（记录被插入、删除、重排或修改）</translation>
    </message>
    <message>
        <source>record %1 was changed or forged: its contents do not match its hash</source>
        <translation>记录 %1 已被修改或伪造：其内容与哈希不匹配</translation>
    </message>
    <message>
        <source>no record has the anchored hash %1…: the log was cut short or rewritten (it ends at record %2)</source>
        <translation>没有记录具有锚定哈希 %1…：日志已被截断或重写（日志止于记录 %2）</translation>
    </message>
</context>
<context>
    <name>traceo::CachePane</name>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>The query cache is empty</source>
        <translation>查询缓存为空</translation>
    </message>
    <message>
        <source>Answers from Prometheus and OpenCost are cached in memory, Redis and this database so the last good data stays viewable offline. Connect Redis to share the cache, or build the demo database.</source>
        <translation>来自 Prometheus 和 OpenCost 的结果会缓存在内存、Redis 和本数据库中，因此离线时仍可查看最近一次的有效数据。连接 Redis 以共享缓存，或生成演示数据库。</translation>
    </message>
    <message>
        <source>Connect Redis…</source>
        <translation>连接 Redis…</translation>
    </message>
    <message>
        <source>Cache statistics (CSV)</source>
        <translation>缓存统计（CSV）</translation>
    </message>
</context>
<context>
    <name>traceo::CedarLexerBackend</name>
    <message>
        <source>Cedar lexer</source>
        <translation>Cedar 词法分析器</translation>
    </message>
</context>
<context>
    <name>traceo::ChaosPane</name>
    <message>
        <source>Chaos</source>
        <translation>混沌</translation>
    </message>
    <message>
        <source>No experiments yet</source>
        <translation>暂无实验</translation>
    </message>
    <message>
        <source>Chaos experiments inject a fault into a target and stop when the SLO that guards it burns. Open a database with experiments, or build the demo database to explore.</source>
        <translation>混沌实验向目标注入故障，并在守护该目标的 SLO 开始消耗错误预算时停止。打开包含实验的数据库，或生成演示数据库进行体验。</translation>
    </message>
    <message>
        <source>Experiment plans (YAML)</source>
        <translation>实验计划（YAML）</translation>
    </message>
    <message>
        <source>Experiment results (JSON)</source>
        <translation>实验结果（JSON）</translation>
    </message>
</context>
<context>
    <name>traceo::CheckedEditor</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::CostAnomalyView</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <source>No cost anomalies in this window.</source>
        <translation>此时间窗口内没有成本异常。</translation>
    </message>
    <message>
        <source>Select an anomaly to see what moved.</source>
        <translation>选择一个异常以查看变动来源。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2&lt;br&gt;expected %3, actual &lt;b&gt;%4&lt;/b&gt; (%5, %6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2&lt;br&gt;预期 %3，实际 &lt;b&gt;%4&lt;/b&gt;（%5，%6）</translation>
    </message>
    <message>
        <source>What moved:</source>
        <translation>变动来源：</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1 &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 → %4&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5 of the impact&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1 &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 → %4&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;占影响的 %5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>告警：%1</translation>
    </message>
</context>
<context>
    <name>traceo::CostBreakdownModel</name>
    <message>
        <source>Effective cost</source>
        <translation>有效成本</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>标价成本</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>账单成本</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>traceo::CostCharts</name>
    <message>
        <source>Daily cost</source>
        <translation>每日成本</translation>
    </message>
    <message>
        <source>Share of the cost</source>
        <translation>成本占比</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>按服务</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>all costs</source>
        <translation>全部成本</translation>
    </message>
    <message>
        <source>Daily cost by %1 — %2</source>
        <translation>按 %1 的每日成本 — %2</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC days)</source>
        <translation>%1 – %2（UTC 日）</translation>
    </message>
    <message>
        <source>Anomaly on %1</source>
        <translation>%1 的异常</translation>
    </message>
    <message>
        <source>Share by service of %1</source>
        <translation>按服务占比（共 %1）</translation>
    </message>
    <message>
        <source>Share by region of %1</source>
        <translation>按区域占比（共 %1）</translation>
    </message>
</context>
<context>
    <name>traceo::CostFeed</name>
    <message>
        <source>Computing the costs failed: %1</source>
        <translation>计算成本失败：%1</translation>
    </message>
    <message>
        <source>Alert of %1 on %2 acknowledged.</source>
        <translation>已确认 %1 在 %2 的告警。</translation>
    </message>
    <message>
        <source>Open a database with cost data before exporting a report.</source>
        <translation>请先打开包含成本数据的数据库，再导出报告。</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1：无法写入报告：%2</translation>
    </message>
    <message>
        <source>Cost report written to %1</source>
        <translation>成本报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>traceo::CostImportBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the import: nothing of it is stored</source>
        <translation>停止导入：本次导入的内容均不会被存储</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>traceo::CostImportTask</name>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>正在读取 %1 / %2…</translation>
    </message>
    <message>
        <source>Storing billing period %1 of %2…</source>
        <translation>正在存储账单周期 %1 / %2…</translation>
    </message>
    <message>
        <source>Imported %1 line items (%2 billing periods) from %3.</source>
        <translation>已从 %3 导入 %1 个明细项（%2 个账单周期）。</translation>
    </message>
    <message>
        <source>Import canceled: nothing was stored.</source>
        <translation>导入已取消：未存储任何内容。</translation>
    </message>
    <message>
        <source>The import stopped without a result.</source>
        <translation>导入已停止，但没有结果。</translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>正在开始导入…</translation>
    </message>
</context>
<context>
    <name>traceo::CostPane</name>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>No cost data yet</source>
        <translation>暂无成本数据</translation>
    </message>
    <message>
        <source>Anomalies (%1)</source>
        <translation>异常（%1）</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>建议（%1）</translation>
    </message>
    <message>
        <source>Cost breakdowns need a billing export in FOCUS format (CSV or CSV.gz) from AWS, Azure, Google Cloud or OCI. Import one, or build the demo database to explore.</source>
        <translation>成本明细需要来自 AWS、Azure、Google Cloud 或 OCI 的 FOCUS 格式账单导出（CSV 或 CSV.gz）。请导入账单导出，或生成演示数据库进行体验。</translation>
    </message>
    <message>
        <source>Import a FOCUS export…</source>
        <translation>导入 FOCUS 导出文件…</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>FOCUS cost export (CSV, CSV.gz)</source>
        <translation>FOCUS 成本导出（CSV、CSV.gz）</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 from %3 to %4 (whole UTC days) · %5 line items · %6 against the period before (%7)</source>
        <translation>%3 至 %4（按完整 UTC 日）%2 &lt;b&gt;%1&lt;/b&gt; · %5 个明细项 · 较上一周期（%7）%6</translation>
    </message>
    <message>
        <source>Import FOCUS cost exports</source>
        <translation>导入 FOCUS 成本导出文件</translation>
    </message>
    <message>
        <source>FOCUS exports (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>FOCUS 导出文件 (*.csv *.csv.gz *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a database before importing.</source>
        <translation>请先打开数据库再导入。</translation>
    </message>
    <message>
        <source>An import is running already: wait for it or cancel it.</source>
        <translation>已有导入正在进行：请等待其完成或将其取消。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>正在导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a cost report</source>
        <translation>导出成本报告</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>traceo::CostTableModel</name>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>below the alert rule</source>
        <translation>未达告警规则</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>never</source>
        <translation>无法回本</translation>
    </message>
    <message>
        <source>under a day</source>
        <translation>不足 1 天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Impact %</source>
        <translation>影响 %</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>优化措施</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Eligible spend / month</source>
        <translation>每月适用支出</translation>
    </message>
    <message>
        <source>Savings rate</source>
        <translation>节省率</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>每月节省</translation>
    </message>
    <message>
        <source>Savings / year</source>
        <translation>每年节省</translation>
    </message>
    <message>
        <source>Implementation cost</source>
        <translation>实施成本</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>回本期</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s): %1</source>
        <translation>
            <numerusform>%n 个资源：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::CostToolbar</name>
    <message>
        <source>Group by</source>
        <translation>分组依据</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>账单成本</translation>
    </message>
    <message>
        <source>Effective cost</source>
        <translation>有效成本</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>标价成本</translation>
    </message>
    <message>
        <source>Billed: the invoice. Effective: with commitments and discounts amortised. List: at public prices.</source>
        <translation>账单成本：发票金额。有效成本：已摊销承诺和折扣后的成本。标价成本：按公开价格计算的成本。</translation>
    </message>
    <message>
        <source>Filter: region=eu-west-1, service=Amazon EC2, or text…</source>
        <translation>筛选：region=eu-west-1, service=Amazon EC2，或文本…</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE terms, separated by commas, keep only those line items (values of one dimension are alternatives); other text filters the rows of the tree.</source>
        <translation>以逗号分隔的 DIMENSION=VALUE 条件仅保留匹配的明细项（同一维度的多个值之间为“或”关系）；其他文本用于筛选树中的行。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import FOCUS cost exports (CSV or CSV.gz)</source>
        <translation>导入 FOCUS 成本导出文件（CSV 或 CSV.gz）</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>A report of the window: totals, the breakdown by the chosen path, daily cost, anomalies and recommendations</source>
        <translation>当前时间窗口的报告：合计、按所选路径的明细、每日成本、异常和建议</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>traceo::CredentialStore</name>
    <message>
        <source>Cannot store the secret of %1 in the system keychain: %2</source>
        <translation>无法将 %1 的密钥保存到系统钥匙串：%2</translation>
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation>未存储 %1 的密钥</translation>
    </message>
    <message>
        <source>Cannot read the secret of %1 from the system keychain: %2</source>
        <translation>无法从系统钥匙串读取 %1 的密钥：%2</translation>
    </message>
    <message>
        <source>Cannot delete the secret of %1 from the system keychain: %2</source>
        <translation>无法从系统钥匙串删除 %1 的密钥：%2</translation>
    </message>
</context>
<context>
    <name>traceo::CustomWindowDialog</name>
    <message>
        <source>Custom time window</source>
        <translation>自定义时间窗口</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
</context>
<context>
    <name>traceo::Database</name>
    <message>
        <source>%1 is corrupt or unreadable: %2 (the file was not changed)</source>
        <translation>%1 已损坏或无法读取：%2（文件未被更改）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Traceo database: it is not an SQLite file (the file was not changed)</source>
        <translation>%1 不是 Traceo 数据库：它不是 SQLite 文件（文件未被更改）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is corrupt: %2 (the file was not changed)</source>
        <translation>%1 已损坏：%2（文件未被更改）</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Traceo database (the file was not changed)</source>
        <translation>%1 是 SQLite 数据库，但不是 Traceo 数据库（文件未被更改）</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program understands (%3): use a newer Traceo (the database was not changed)</source>
        <translation>%1 的架构版本为 %2，高于本程序支持的版本（%3）：请使用更新版本的 Traceo（数据库未被更改）</translation>
    </message>
    <message>
        <source>There is no Traceo database at %1</source>
        <translation>%1 处没有 Traceo 数据库</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 holds tables but is not a Traceo database (nothing was changed)</source>
        <translation>%1 包含数据表，但不是 Traceo 数据库（未做任何更改）</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>ok (checked by the PostgreSQL server)</source>
        <translation>ok（由 PostgreSQL 服务器检查）</translation>
    </message>
    <message>
        <source>Database %1: &quot;%2&quot; failed: %3</source>
        <translation>数据库 %1：&quot;%2&quot; 失败：%3</translation>
    </message>
    <message>
        <source>Database %1: cannot prepare &quot;%2&quot;: %3</source>
        <translation>数据库 %1：无法准备 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>Database %1: cannot begin a transaction: %2</source>
        <translation>数据库 %1：无法开始事务：%2</translation>
    </message>
    <message>
        <source>Database %1: commit failed: %2</source>
        <translation>数据库 %1：提交失败：%2</translation>
    </message>
</context>
<context>
    <name>traceo::DatabaseLocation</name>
    <message>
        <source>Malformed PostgreSQL URL &quot;%1&quot;: expected postgresql://user@host:port/database</source>
        <translation>PostgreSQL URL &quot;%1&quot; 格式错误：应为 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>PostgreSQL URL &quot;%1&quot; names no database: add /DATABASE after the host</source>
        <translation>PostgreSQL URL &quot;%1&quot; 未指定数据库：请在主机后添加 /DATABASE</translation>
    </message>
    <message>
        <source>The database path is empty</source>
        <translation>数据库路径为空</translation>
    </message>
</context>
<context>
    <name>traceo::DatabaseOpener</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>traceo::Demo</name>
    <message>
        <source>%1 already exists: choose another file or pass --force to replace it</source>
        <translation>%1 已存在：请选择其他文件，或使用 --force 替换它</translation>
    </message>
    <message>
        <source>Cannot move the demo database into place at %1</source>
        <translation>无法将演示数据库移动到 %1</translation>
    </message>
</context>
<context>
    <name>traceo::DemoBuildTask</name>
    <message>
        <source>Building the demo database was cancelled</source>
        <translation>已取消生成演示数据库</translation>
    </message>
    <message>
        <source>Cannot build the demo database at %1: %2</source>
        <translation>无法在 %1 生成演示数据库：%2</translation>
    </message>
</context>
<context>
    <name>traceo::HttpCall</name>
    <message>
        <source>not a valid http or https URL</source>
        <translation>不是有效的 http 或 https URL</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 毫秒后超时</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>invalid response: %1</source>
        <translation>无效的响应：%1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>超时：%1</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n attempts)</source>
        <translation>
            <numerusform>%1：%2（尝试 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open a Traceo database</source>
        <translation>打开 Traceo 数据库</translation>
    </message>
    <message>
        <source>Traceo databases (*.sqlite *.db *.traceo);;All files (*)</source>
        <translation>Traceo 数据库 (*.sqlite *.db *.traceo);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Build the demo database</source>
        <translation>生成演示数据库</translation>
    </message>
    <message>
        <source>Traceo databases (*.sqlite *.db *.traceo)</source>
        <translation>Traceo 数据库 (*.sqlite *.db *.traceo)</translation>
    </message>
    <message>
        <source>%1 is the database open now: choose another file for the demo.</source>
        <translation>%1 是当前打开的数据库：请为演示选择其他文件。</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message>
        <source>Building the demo database: %1…</source>
        <translation>正在生成演示数据库：%1…</translation>
    </message>
    <message>
        <source>Cannot build the demo database</source>
        <translation>无法生成演示数据库</translation>
    </message>
    <message>
        <source>Cannot save the data sources</source>
        <translation>无法保存数据源</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Build the demo database…</source>
        <translation>生成演示数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Traceo Console</source>
        <translation>关于 Traceo Console(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1：%2…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Importing %1 into %2 is coming in a later version. Nothing was imported.</source>
        <translation>将 %1 导入到 %2 面板的功能将在后续版本中提供。未导入任何内容。</translation>
    </message>
    <message>
        <source>Exporting %1 from %2 is coming in a later version. Nothing was exported.</source>
        <translation>从 %2 面板导出 %1 的功能将在后续版本中提供。未导出任何内容。</translation>
    </message>
    <message>
        <source>About Traceo Console</source>
        <translation>关于 Traceo Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Traceo Console %1&lt;/h3&gt;&lt;p&gt;An operations console for site reliability engineers: error budgets, query cache, costs, policies and chaos experiments in one window, online or offline.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Traceo Console %1&lt;/h3&gt;&lt;p&gt;面向 SRE（站点可靠性工程师）的运维控制台：错误预算、查询缓存、成本、策略和混沌实验尽在一个窗口，在线离线均可使用。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Synthetic checks: %1</source>
        <translation>合成检查：%1</translation>
    </message>
    <message>
        <source>SLI refresh: %1</source>
        <translation>SLI 刷新：%1</translation>
    </message>
    <message numerus="yes">
        <source>SLI refresh: %n minute bucket(s) added from Prometheus</source>
        <translation>
            <numerusform>SLI 刷新：已从 Prometheus 添加 %n 个分钟桶</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::OpenCostClient</name>
    <message>
        <source>OpenCost: %1</source>
        <translation>OpenCost：%1</translation>
    </message>
</context>
<context>
    <name>traceo::PaneBase</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The time window this pane follows</source>
        <translation>此面板使用的时间窗口</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Build the demo database…</source>
        <translation>生成演示数据库…</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>时间窗口：%1</translation>
    </message>
</context>
<context>
    <name>traceo::PaneFeed</name>
    <message>
        <source>Loading from %1 failed: %2</source>
        <translation>从 %1 加载失败：%2</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyAuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>验证哈希链</translation>
    </message>
    <message>
        <source>Recompute every record&apos;s hash and check that each links to the one before</source>
        <translation>重新计算每条记录的哈希，并检查每条记录是否都链接到前一条记录</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Determining</source>
        <translation>决定性策略</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Policy set</source>
        <translation>策略集</translation>
    </message>
    <message>
        <source>Policy SHA-256</source>
        <translation>策略 SHA-256</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>（未保存的文本）</translation>
    </message>
    <message numerus="yes">
        <source>Newest %1 of %n decision(s), newest first</source>
        <translation>
            <numerusform>共 %n 个判定中最新的 %1 个，按时间倒序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit log intact: %n record(s) verified, each linked to the one before. Head hash %1.</source>
        <translation>
            <numerusform>✔ 审计日志完好：已验证 %n 条记录，每条都链接到前一条记录。链头哈希 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ Record %1 was changed or is out of place: %2 (%n record(s) before it verified).</source>
        <translation>
            <numerusform>✖ 记录 %1 已被修改或位置错误：%2（其之前的 %n 条记录已验证）。</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit log could not be verified: %1</source>
        <translation>✖ 无法验证审计日志：%1</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyHistoryView</name>
    <message>
        <source>Roll back to this version…</source>
        <translation>回滚到此版本…</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them</source>
        <translation>选择一个版本查看其更改内容，或选择两个版本进行比较</translation>
    </message>
    <message>
        <source>Save the selected version&apos;s text again as the newest version</source>
        <translation>将所选版本的文本重新保存为最新版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Roll back to version %1…</source>
        <translation>回滚到版本 %1…</translation>
    </message>
    <message>
        <source>Select a version to see its changes.</source>
        <translation>选择一个版本以查看其更改。</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>从 %1 到 %2 的更改</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>两个版本的文本相同。</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyPane</name>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Policy sets</source>
        <translation>策略集</translation>
    </message>
    <message>
        <source>No policy sets yet</source>
        <translation>暂无策略集</translation>
    </message>
    <message>
        <source>Policies say who may do what. Open a database that holds policy sets, or build the demo database to explore sample policies.</source>
        <translation>策略规定谁可以执行哪些操作。打开包含策略集的数据库，或生成演示数据库来浏览示例策略。</translation>
    </message>
    <message>
        <source>Cedar policy set (.cedar)</source>
        <translation>Cedar 策略集（.cedar）</translation>
    </message>
    <message>
        <source>Test bench</source>
        <translation>测试台</translation>
    </message>
    <message>
        <source>New policy set…</source>
        <translation>新建策略集…</translation>
    </message>
    <message>
        <source>Select a policy set, or create one.</source>
        <translation>选择一个策略集，或新建一个。</translation>
    </message>
    <message>
        <source>Entities as Cedar JSON: [{&quot;uid&quot;: {&quot;type&quot;: &quot;User&quot;, &quot;id&quot;: &quot;alice&quot;}, &quot;attrs&quot;: {}, &quot;parents&quot;: []}]</source>
        <translation>以 Cedar JSON 表示的实体：[{&quot;uid&quot;: {&quot;type&quot;: &quot;User&quot;, &quot;id&quot;: &quot;alice&quot;}, &quot;attrs&quot;: {}, &quot;parents&quot;: []}]</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Read entities from a JSON file</source>
        <translation>从 JSON 文件读取实体</translation>
    </message>
    <message>
        <source>Open entities</source>
        <translation>打开实体</translation>
    </message>
    <message>
        <source>Cedar entities (*.json);;All files (*)</source>
        <translation>Cedar 实体 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Write the entities to a JSON file</source>
        <translation>将实体写入 JSON 文件</translation>
    </message>
    <message>
        <source>Type with the default schema</source>
        <translation>使用默认架构确定类型</translation>
    </message>
    <message>
        <source>Read the entities and the request context with Traceo&apos;s default Cedar schema, so that strings such as &quot;10.20.0.5&quot; become the ipaddr values the policies compare</source>
        <translation>使用 Traceo 的默认 Cedar 架构读取实体和请求上下文，使 &quot;10.20.0.5&quot; 这样的字符串成为策略所比较的 ipaddr 值</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Drop your changes and show the latest saved version again</source>
        <translation>放弃更改，重新显示最新保存的版本</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>保存版本…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them and show “%2”?</source>
        <translation>对“%1”的更改尚未保存。要放弃这些更改并显示“%2”吗？</translation>
    </message>
    <message>
        <source>New policy set</source>
        <translation>新建策略集</translation>
    </message>
    <message>
        <source>Name of the new policy set:</source>
        <translation>新策略集的名称：</translation>
    </message>
    <message>
        <source>Save a new version of “%1”</source>
        <translation>保存“%1”的新版本</translation>
    </message>
    <message>
        <source>What changed, and why?</source>
        <translation>更改了什么？原因是什么？</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Save entities</source>
        <translation>保存实体</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No policy set selected</source>
        <translation>未选择策略集</translation>
    </message>
    <message>
        <source>version %1 by %2</source>
        <translation>版本 %1，作者 %2</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>（有未保存的更改）</translation>
    </message>
    <message>
        <source>Fix the problems in the policies before saving</source>
        <translation>请先修复策略中的问题再保存</translation>
    </message>
    <message>
        <source>Save the policies as a new version of the set</source>
        <translation>将策略保存为该策略集的新版本</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Save the text of version %1 of “%2” as its newest version? No version is deleted.</source>
        <translation>要将“%2”版本 %1 的文本保存为其最新版本吗？不会删除任何版本。</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>回滚失败</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyReportView</name>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定次数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>shadowed by %1</source>
        <translation>被 %1 遮蔽</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation>与 %1 重复</translation>
    </message>
    <message>
        <source>never decided a request</source>
        <translation>从未决定过任何请求</translation>
    </message>
    <message>
        <source>permit</source>
        <translation>permit</translation>
    </message>
    <message>
        <source>forbid</source>
        <translation>forbid</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; version %2: %n policy(ies); %3 audited decision(s) against this text, %4 allowed.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 版本 %2：%n 条策略；针对此文本的已审计判定 %3 个，其中 %4 个允许。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusClient</name>
    <message>
        <source>Prometheus query &quot;%1&quot; failed: %2</source>
        <translation>Prometheus 查询 &quot;%1&quot; 失败：%2</translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusParse</name>
    <message>
        <source>%1 is not a [timestamp, &quot;value&quot;] pair</source>
        <translation>%1 不是 [timestamp, &quot;value&quot;] 对</translation>
    </message>
    <message>
        <source>%1: the timestamp is not a number</source>
        <translation>%1：时间戳不是数字</translation>
    </message>
    <message>
        <source>%1: timestamp %2 is out of range</source>
        <translation>%1：时间戳 %2 超出范围</translation>
    </message>
    <message>
        <source>%1: the value is not a string</source>
        <translation>%1：值不是字符串</translation>
    </message>
    <message>
        <source>%1: value &quot;%2&quot; is not a number</source>
        <translation>%1：值 &quot;%2&quot; 不是数字</translation>
    </message>
    <message>
        <source>%1.metric is not an object</source>
        <translation>%1.metric 不是对象</translation>
    </message>
    <message>
        <source>%1.metric.%2 is not a string</source>
        <translation>%1.metric.%2 不是字符串</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1.values is not an array</source>
        <translation>%1.values 不是数组</translation>
    </message>
    <message>
        <source>data.resultType is missing</source>
        <translation>缺少 data.resultType</translation>
    </message>
    <message>
        <source>unsupported result type &quot;%1&quot;</source>
        <translation>不支持的结果类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.result is not an array</source>
        <translation>data.result 不是数组</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: the response is not valid JSON: %3 at offset %4</source>
        <translation>%2 上的 Prometheus 查询 &quot;%1&quot;：响应不是有效的 JSON：%3（偏移量 %4）</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2 failed: %3: %4</source>
        <translation>%2 上的 Prometheus 查询 &quot;%1&quot; 失败：%3：%4</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: the response is not a Prometheus API answer (no &quot;status&quot;)</source>
        <translation>%2 上的 Prometheus 查询 &quot;%1&quot;：响应不是 Prometheus API 应答（缺少 &quot;status&quot;）</translation>
    </message>
    <message>
        <source>data is not an object</source>
        <translation>data 不是对象</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: unexpected response: %3</source>
        <translation>%2 上的 Prometheus 查询 &quot;%1&quot;：意外的响应：%3</translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusRefresher</name>
    <message>
        <source>Prometheus source %1 (%2)</source>
        <translation>Prometheus 数据源 %1（%2）</translation>
    </message>
    <message>
        <source>%1: not an http:// or https:// URL</source>
        <translation>%1：不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Prometheus source %1 (%2): it needs a %3 secret and no credential store is available</source>
        <translation>Prometheus 数据源 %1（%2）：需要 %3 密钥，但没有可用的凭据存储</translation>
    </message>
    <message>
        <source>Prometheus source %1 (%2): no secret in the keychain: %3</source>
        <translation>Prometheus 数据源 %1（%2）：钥匙串中没有密钥：%3</translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusSli</name>
    <message>
        <source>SLO %1: the query “%2”: %3</source>
        <translation>SLO %1：查询“%2”：%3</translation>
    </message>
    <message>
        <source>SLO %1: a raw SLI (“%2”) has no event counts to fill SLI buckets; use an events SLI</source>
        <translation>SLO %1：raw SLI（“%2”）没有可填充 SLI 分桶的事件计数；请使用 events SLI</translation>
    </message>
    <message>
        <source>SLO %1 has no SLI queries (it was not imported from a spec); nothing to refresh from Prometheus</source>
        <translation>SLO %1 没有 SLI 查询（它不是从规范导入的）；没有可从 Prometheus 刷新的内容</translation>
    </message>
</context>
<context>
    <name>traceo::RedisClient</name>
    <message>
        <source>connection refused (is the server running and listening on that port?)</source>
        <translation>连接被拒绝（服务器是否正在运行并监听该端口？）</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 毫秒后超时</translation>
    </message>
    <message>
        <source>host unreachable (%1)</source>
        <translation>主机不可达（%1）</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>protocol error: %1 (is this a Redis server?)</source>
        <translation>协议错误：%1（这是 Redis 服务器吗？）</translation>
    </message>
    <message>
        <source>Malformed Redis URL &quot;%1&quot;: expected redis://[:password@]host[:port][/db]</source>
        <translation>Redis URL &quot;%1&quot; 格式错误：应为 redis://[:password@]host[:port][/db]</translation>
    </message>
    <message>
        <source>Redis URL &quot;%1&quot;: the database &quot;%2&quot; is not a number</source>
        <translation>Redis URL &quot;%1&quot;：数据库 &quot;%2&quot; 不是数字</translation>
    </message>
    <message>
        <source>Cannot connect to Redis at %1: out of memory</source>
        <translation>无法连接到 %1 上的 Redis：内存不足</translation>
    </message>
    <message>
        <source>Cannot connect to Redis at %1: %2</source>
        <translation>无法连接到 %1 上的 Redis：%2</translation>
    </message>
    <message>
        <source>Redis at %1 refused the credentials: %2</source>
        <translation>%1 上的 Redis 拒绝了凭据：%2</translation>
    </message>
    <message>
        <source>Redis at %1 cannot select database %2: %3</source>
        <translation>%1 上的 Redis 无法选择数据库 %2：%3</translation>
    </message>
    <message>
        <source>Redis at %1: the connection is closed</source>
        <translation>%1 上的 Redis：连接已关闭</translation>
    </message>
    <message>
        <source>Redis at %1: empty command</source>
        <translation>%1 上的 Redis：命令为空</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer PING with PONG: %2</source>
        <translation>%1 上的 Redis 未以 PONG 响应 PING：%2</translation>
    </message>
    <message>
        <source>Redis at %1: %2 failed: %3</source>
        <translation>%1 上的 Redis：%2 失败：%3</translation>
    </message>
</context>
<context>
    <name>traceo::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>OpenCost</source>
        <translation>OpenCost</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>Leave empty to use the local database file</source>
        <translation>留空则使用本地数据库文件</translation>
    </message>
    <message>
        <source>PostgreSQL URL:</source>
        <translation>PostgreSQL URL：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Kept in the system keychain under &quot;%1&quot;</source>
        <translation>以 &quot;%1&quot; 保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>认证方式：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <source>No system keychain: secrets are kept only until you quit.</source>
        <translation>没有系统钥匙串：密钥仅保留到退出程序为止。</translation>
    </message>
</context>
<context>
    <name>traceo::SettingsRepository</name>
    <message>
        <source>Unknown data source kind &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的数据源类型 &quot;%1&quot;（应为 %2 之一）</translation>
    </message>
    <message>
        <source>A data source needs a name</source>
        <translation>数据源需要名称</translation>
    </message>
</context>
<context>
    <name>traceo::SloChartFeed</name>
    <message>
        <source>Loading the charts failed: %1</source>
        <translation>加载图表失败：%1</translation>
    </message>
</context>
<context>
    <name>traceo::SloDetailView</name>
    <message>
        <source>Page alert firing</source>
        <translation>呼叫告警触发中</translation>
    </message>
    <message>
        <source>Ticket alert firing</source>
        <translation>工单告警触发中</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>剩余错误预算</translation>
    </message>
    <message>
        <source>Burn rate against the alert thresholds</source>
        <translation>消耗速率与告警阈值对比</translation>
    </message>
    <message>
        <source>Select an SLO to see its error budget and burn rates.</source>
        <translation>选择一个 SLO 以查看其错误预算和消耗速率。</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>剩余预算</translation>
    </message>
    <message>
        <source>Budget exhausted</source>
        <translation>预算已耗尽</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>Burn rate (× the budget rate)</source>
        <translation>消耗速率（预算速率的倍数 ×）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 threshold %2 (%3 and %4 windows)</source>
        <translation>%1 阈值 %2（%3 和 %4 窗口）</translation>
    </message>
    <message>
        <source>Burn rate %1</source>
        <translation>消耗速率 %1</translation>
    </message>
    <message>
        <source>the calendar month (UTC)</source>
        <translation>自然月（UTC）</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — objective %3 over %4; budget left %5; burn rate now %6</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; — 目标 %3（周期：%4）；剩余预算 %5；当前消耗速率 %6</translation>
    </message>
    <message>
        <source>Budget left (%1)</source>
        <translation>剩余预算（%1）</translation>
    </message>
</context>
<context>
    <name>traceo::SloPane</name>
    <message>
        <source>SLO budgets</source>
        <translation>SLO 预算</translation>
    </message>
    <message>
        <source>No SLOs yet</source>
        <translation>暂无 SLO</translation>
    </message>
    <message>
        <source>Error budgets need SLO definitions and SLI data. Connect Prometheus to read SLIs, or build the demo database to explore with sample SLOs.</source>
        <translation>错误预算需要 SLO 定义和 SLI 数据。连接 Prometheus 以读取 SLI，或生成演示数据库，通过示例 SLO 进行体验。</translation>
    </message>
    <message>
        <source>Connect Prometheus…</source>
        <translation>连接 Prometheus…</translation>
    </message>
    <message>
        <source>Filter by service, SLO or alert…</source>
        <translation>按服务、SLO 或告警筛选…</translation>
    </message>
    <message>
        <source>Import spec…</source>
        <translation>导入规范…</translation>
    </message>
    <message>
        <source>Add the SLOs of a Sloth or OpenSLO spec file</source>
        <translation>添加 Sloth 或 OpenSLO 规范文件中的 SLO</translation>
    </message>
    <message>
        <source>Rules for the selected SLO…</source>
        <translation>所选 SLO 的规则…</translation>
    </message>
    <message>
        <source>Rules for all SLOs…</source>
        <translation>所有 SLO 的规则…</translation>
    </message>
    <message>
        <source>Add synthetic check…</source>
        <translation>添加合成检查…</translation>
    </message>
    <message>
        <source>Import an SLO spec</source>
        <translation>导入 SLO 规范</translation>
    </message>
    <message>
        <source>Sloth or OpenSLO specs (*.yaml *.yml);;All files (*)</source>
        <translation>Sloth 或 OpenSLO 规范 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a database before importing.</source>
        <translation>请先打开数据库再导入。</translation>
    </message>
    <message>
        <source>%1: %2 SLO(s) added, %3 updated</source>
        <translation>%1：已添加 %2 个 SLO，已更新 %3 个</translation>
    </message>
    <message>
        <source>Export Prometheus rules</source>
        <translation>导出 Prometheus 规则</translation>
    </message>
    <message>
        <source>Prometheus rule files (*.yaml *.yml)</source>
        <translation>Prometheus 规则文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open a database before exporting.</source>
        <translation>请先打开数据库再导出。</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>Prometheus rules written to %1</source>
        <translation>Prometheus 规则已写入 %1</translation>
    </message>
    <message>
        <source>OpenSLO definitions…</source>
        <translation>OpenSLO 定义…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the Prometheus recording and alert rules Sloth generates, or the SLOs as OpenSLO definitions</source>
        <translation>保存 Sloth 生成的 Prometheus 记录规则和告警规则，或将 SLO 保存为 OpenSLO 定义</translation>
    </message>
    <message>
        <source>Probe an http(s) URL on an interval and feed an SLO with the results</source>
        <translation>按固定间隔探测 http(s) URL，并将结果写入 SLO</translation>
    </message>
    <message>
        <source>SLO spec (Sloth or OpenSLO YAML)</source>
        <translation>SLO 规范（Sloth 或 OpenSLO YAML）</translation>
    </message>
    <message>
        <source>Prometheus rules (YAML)</source>
        <translation>Prometheus 规则（YAML）</translation>
    </message>
    <message>
        <source>OpenSLO definitions (YAML)</source>
        <translation>OpenSLO 定义（YAML）</translation>
    </message>
    <message>
        <source>Export OpenSLO definitions</source>
        <translation>导出 OpenSLO 定义</translation>
    </message>
    <message>
        <source>OpenSLO files (*.yaml *.yml)</source>
        <translation>OpenSLO 文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>OpenSLO definitions written to %1</source>
        <translation>OpenSLO 定义已写入 %1</translation>
    </message>
    <message>
        <source>Open a database before adding a synthetic check.</source>
        <translation>请先打开数据库，再添加合成检查。</translation>
    </message>
    <message>
        <source>Synthetic check “%1” added; it feeds the SLO %2/%3</source>
        <translation>已添加合成检查“%1”；其结果写入 SLO %2/%3</translation>
    </message>
</context>
<context>
    <name>traceo::SloRepository</name>
    <message>
        <source>Database %1: storing SLI buckets failed: %2</source>
        <translation>数据库 %1：存储 SLI 分桶失败：%2</translation>
    </message>
</context>
<context>
    <name>traceo::SloTableProxy</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>exhausted</source>
        <translation>已耗尽</translation>
    </message>
</context>
<context>
    <name>traceo::SourceProbe</name>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>不可达</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 不是有效的 URL</translation>
    </message>
</context>
<context>
    <name>traceo::StatusPanel</name>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>数据库：%1（架构 %2）</translation>
    </message>
    <message>
        <source>No data sources (File &gt; Settings…)</source>
        <translation>没有数据源（文件 &gt; 设置…）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>traceo::Synthetic</name>
    <message>
        <source>%1 “%2”, position %3: %4</source>
        <translation>%1“%2”，位置 %3：%4</translation>
    </message>
    <message>
        <source>expected a three-digit HTTP status</source>
        <translation>需要三位数的 HTTP 状态码</translation>
    </message>
    <message>
        <source>an HTTP status is between 100 and 599</source>
        <translation>HTTP 状态码应在 100 到 599 之间</translation>
    </message>
    <message>
        <source>expected a status such as 200 or a range such as 200-299</source>
        <translation>需要状态码（如 200）或范围（如 200-299）</translation>
    </message>
    <message>
        <source>a range must not end below its start</source>
        <translation>范围的结束值不能小于起始值</translation>
    </message>
    <message>
        <source>expected a comma between statuses</source>
        <translation>状态码之间需要逗号</translation>
    </message>
    <message>
        <source>Name: a check needs a name.</source>
        <translation>名称：检查需要一个名称。</translation>
    </message>
    <message>
        <source>URL “%1”: only http:// and https:// URLs with a host can be probed.</source>
        <translation>URL“%1”：只能探测带主机名的 http:// 和 https:// URL。</translation>
    </message>
    <message>
        <source>Method “%1”: expected an HTTP method in capitals such as GET or HEAD.</source>
        <translation>方法“%1”：需要大写的 HTTP 方法，例如 GET 或 HEAD。</translation>
    </message>
    <message>
        <source>Expected status: name at least one status.</source>
        <translation>预期状态码：请至少指定一个状态码。</translation>
    </message>
    <message>
        <source>Latency threshold: must be a positive number of milliseconds.</source>
        <translation>延迟阈值：必须是正的毫秒数。</translation>
    </message>
    <message>
        <source>Timeout: must be a positive number of milliseconds.</source>
        <translation>超时：必须是正的毫秒数。</translation>
    </message>
    <message>
        <source>Latency threshold: %1 ms is above the timeout of %2 ms, so it could never make a probe bad.</source>
        <translation>延迟阈值：%1 ms 高于 %2 ms 的超时，因此永远不会使探测判定为不良。</translation>
    </message>
    <message>
        <source>Interval: must be a positive number of seconds.</source>
        <translation>间隔：必须是正的秒数。</translation>
    </message>
    <message>
        <source>HTTP %1, expected %2</source>
        <translation>HTTP %1，预期 %2</translation>
    </message>
    <message>
        <source>%1 ms, above the threshold of %2 ms</source>
        <translation>%1 ms，高于 %2 ms 的阈值</translation>
    </message>
    <message>
        <source>the body does not contain “%1”</source>
        <translation>响应正文不包含“%1”</translation>
    </message>
    <message>
        <source>Check “%1”: %2</source>
        <translation>检查“%1”：%2</translation>
    </message>
    <message>
        <source>Check “%1”: its SLO needs a service, an objective between 0 and 100 % and a positive period</source>
        <translation>检查“%1”：其 SLO 需要服务、介于 0 到 100 % 之间的目标以及正的周期</translation>
    </message>
    <message>
        <source>A synthetic check named “%1” exists already</source>
        <translation>名为“%1”的合成检查已存在</translation>
    </message>
    <message>
        <source>The SLO %1/%2 exists already: choose another name</source>
        <translation>SLO %1/%2 已存在：请选择其他名称</translation>
    </message>
</context>
<context>
    <name>traceo::SyntheticCheckDialog</name>
    <message>
        <source>api-health</source>
        <translation>api-health</translation>
    </message>
    <message>
        <source>https://api.example.com/healthz</source>
        <translation>https://api.example.com/healthz</translation>
    </message>
    <message>
        <source>200-299</source>
        <translation>200-299</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>optional: text a good answer contains</source>
        <translation>可选：正常响应中包含的文本</translation>
    </message>
    <message>
        <source>checkout</source>
        <translation>checkout</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Add a synthetic check</source>
        <translation>添加合成检查</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Expected status:</source>
        <translation>预期状态码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Latency threshold:</source>
        <translation>延迟阈值(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>间隔(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Body contains:</source>
        <translation>正文包含(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>预期状态码</translation>
    </message>
    <message>
        <source>Service: the check&apos;s SLO needs a service.</source>
        <translation>服务：检查的 SLO 需要一个服务。</translation>
    </message>
</context>
<context>
    <name>traceo::TestBench</name>
    <message>
        <source>Authorize</source>
        <translation>授权判定</translation>
    </message>
    <message>
        <source>Record in audit log</source>
        <translation>记录到审计日志</translation>
    </message>
    <message>
        <source>Context as a JSON object, e.g. {&quot;mfa&quot;: true}</source>
        <translation>以 JSON 对象表示的上下文，例如 {&quot;mfa&quot;: true}</translation>
    </message>
    <message>
        <source>Decide the request with the policies in the editor (Ctrl+Return)</source>
        <translation>使用编辑器中的策略判定请求（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Click a policy to show it in the editor</source>
        <translation>点击策略可在编辑器中显示</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>主体(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>上下文(&amp;C)</translation>
    </message>
    <message>
        <source>Append the decision to the tamper-evident audit log of this database</source>
        <translation>将判定追加到此数据库的防篡改审计日志</translation>
    </message>
    <message>
        <source>Determining policies</source>
        <translation>决定性策略</translation>
    </message>
    <message>
        <source>Evaluation errors</source>
        <translation>求值错误</translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation>正在判定…</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>尚无判定</translation>
    </message>
    <message>
        <source>Fill in a request and press Authorize.</source>
        <translation>填写请求后点击“授权判定”。</translation>
    </message>
    <message>
        <source>Cannot decide</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>ALLOW</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>DENY</source>
        <translation>拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Permitted by %n policy(ies).</source>
        <translation>
            <numerusform>由 %n 条策略允许。</numerusform>
        </translation>
    </message>
    <message>
        <source>No policy permits this request: Cedar denies by default.</source>
        <translation>没有策略允许此请求：Cedar 默认拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>Forbidden by %n policy(ies).</source>
        <translation>
            <numerusform>被 %n 条策略禁止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindow</name>
    <message>
        <source>The time window must end after it starts (%1 to %2)</source>
        <translation>时间窗口的结束时间必须晚于开始时间（%1 至 %2）</translation>
    </message>
    <message>
        <source>Unknown time window &quot;%1&quot;: use 1h, 6h, 1d, 7d, 30d or FROM/TO in RFC 3339</source>
        <translation>未知的时间窗口 &quot;%1&quot;：请使用 1h, 6h, 1d, 7d, 30d 或 RFC 3339 格式的 FROM/TO</translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindowBar</name>
    <message>
        <source>Time window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <source>Last 1h</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>6h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <source>1d</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30d</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Choose a start and an end</source>
        <translation>选择开始和结束时间</translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindowState</name>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>traceo::cedar</name>
    <message>
        <source>unexpected %1 after the expression</source>
        <translation>表达式之后出现意外的 %1</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>文本结尾</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>字符串 %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>缺少右引号的字符串</translation>
    </message>
    <message>
        <source>the unexpected character `%1`</source>
        <translation>意外的字符 `%1`</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>双引号括起的字符串</translation>
    </message>
    <message>
        <source>`%1` is a reserved word and cannot name a type</source>
        <translation>`%1` 是保留字，不能用作类型名</translation>
    </message>
    <message>
        <source>an entity such as User::&quot;alice&quot;</source>
        <translation>实体，例如 User::&quot;alice&quot;</translation>
    </message>
    <message>
        <source>`::` and a quoted id after the entity type</source>
        <translation>实体类型之后的 `::` 和带引号的 ID</translation>
    </message>
    <message>
        <source>an annotation name after `@`</source>
        <translation>`@` 之后的注解名</translation>
    </message>
    <message>
        <source>duplicate annotation @%1</source>
        <translation>注解 @%1 重复</translation>
    </message>
    <message>
        <source>`permit` or `forbid`</source>
        <translation>`permit` 或 `forbid`</translation>
    </message>
    <message>
        <source>`)` after the resource</source>
        <translation>resource 之后的 `)`</translation>
    </message>
    <message>
        <source>a condition needs an expression between `{` and `}`</source>
        <translation>条件的 `{` 和 `}` 之间需要一个表达式</translation>
    </message>
    <message>
        <source>`}` to close the condition</source>
        <translation>用于结束条件的 `}`</translation>
    </message>
    <message>
        <source>`when`, `unless` or `;` to end the policy</source>
        <translation>`when`、`unless` 或结束策略的 `;`</translation>
    </message>
    <message>
        <source>the slot %1 cannot be used in the %2 scope</source>
        <translation>槽位 %1 不能用于 %2 范围</translation>
    </message>
    <message>
        <source>an entity type after `is`</source>
        <translation>`is` 之后的实体类型</translation>
    </message>
    <message>
        <source>`==`, `in`, `is`, `,` or `)` after `%1`</source>
        <translation>`%1` 之后的 `==`、`in`、`is`、`,` 或 `)`</translation>
    </message>
    <message>
        <source>`,` or `]` in the list of actions</source>
        <translation>操作列表中的 `,` 或 `]`</translation>
    </message>
    <message>
        <source>`is` cannot be used in the action scope</source>
        <translation>操作范围中不能使用 `is`</translation>
    </message>
    <message>
        <source>`==`, `in` or `,` after `action`</source>
        <translation>`action` 之后的 `==`、`in` 或 `,`</translation>
    </message>
    <message>
        <source>`=` is not an operator: use `==` to compare</source>
        <translation>`=` 不是运算符：比较请使用 `==`</translation>
    </message>
    <message>
        <source>`%1` is not an attribute name; write it in quotes after `has`</source>
        <translation>`%1` 不是属性名；在 `has` 之后请用引号括起</translation>
    </message>
    <message>
        <source>an attribute name after `has`</source>
        <translation>`has` 之后的属性名</translation>
    </message>
    <message>
        <source>a pattern in double quotes after `like`</source>
        <translation>`like` 之后用双引号括起的模式</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: add parentheses around %1</source>
        <translation>比较不能连写：请在 %1 两侧加括号</translation>
    </message>
    <message>
        <source>`!` and `-` cannot be mixed without parentheses</source>
        <translation>`!` 和 `-` 不加括号时不能混用</translation>
    </message>
    <message>
        <source>too many `%1` in a row (at most 4)</source>
        <translation>连续的 `%1` 过多（最多 4 个）</translation>
    </message>
    <message>
        <source>the number -%1 does not fit in a 64-bit integer</source>
        <translation>数字 -%1 超出 64 位整数范围</translation>
    </message>
    <message>
        <source>an attribute or method name after `.`</source>
        <translation>`.` 之后的属性名或方法名</translation>
    </message>
    <message>
        <source>`,` or `%1`</source>
        <translation>`,` 或 `%1`</translation>
    </message>
    <message>
        <source>`%1` is a function: write %1(…), not as a method</source>
        <translation>`%1` 是函数：请写成 %1(…)，而不是方法</translation>
    </message>
    <message>
        <source>`%1` is a method: write value.%1(…)</source>
        <translation>`%1` 是方法：请写成 value.%1(…)</translation>
    </message>
    <message>
        <source>unknown method `%1`</source>
        <translation>未知方法 `%1`</translation>
    </message>
    <message>
        <source>unknown function `%1`</source>
        <translation>未知函数 `%1`</translation>
    </message>
    <message>
        <source>the number %1 does not fit in a 64-bit integer</source>
        <translation>数字 %1 超出 64 位整数范围</translation>
    </message>
    <message>
        <source>`)` to close the parenthesis</source>
        <translation>用于闭合括号的 `)`</translation>
    </message>
    <message>
        <source>a record attribute name</source>
        <translation>记录属性名</translation>
    </message>
    <message>
        <source>duplicate record attribute `%1`</source>
        <translation>记录属性 `%1` 重复</translation>
    </message>
    <message>
        <source>`:` after the attribute name</source>
        <translation>属性名之后的 `:`</translation>
    </message>
    <message>
        <source>`,` or `}` in the record</source>
        <translation>记录中的 `,` 或 `}`</translation>
    </message>
    <message>
        <source>put `if … then … else …` in parentheses when it is part of a larger expression</source>
        <translation>当 `if … then … else …` 是更大表达式的一部分时，请用括号括起</translation>
    </message>
    <message>
        <source>unknown name `%1`: expected principal, action, resource, context, a literal or an entity such as User::&quot;alice&quot;</source>
        <translation>未知名称 `%1`：应为 principal、action、resource、context、字面量或实体（例如 User::&quot;alice&quot;）</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，但发现 %2</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>表达式嵌套过深</translation>
    </message>
    <message>
        <source>%1:%2:%3: expected %4, found `%5`</source>
        <translation>%1:%2:%3：应为 %4，但发现 `%5`</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a valid string</source>
        <translation>有效的字符串</translation>
    </message>
    <message>
        <source>`entity`, `action`, `type` or `namespace`</source>
        <translation>`entity`、`action`、`type` 或 `namespace`</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>cannot read the policies %1</source>
        <translation>无法读取策略 %1</translation>
    </message>
    <message>
        <source>cannot read the schema %1</source>
        <translation>无法读取架构 %1</translation>
    </message>
    <message>
        <source>cannot read the entities %1</source>
        <translation>无法读取实体 %1</translation>
    </message>
    <message>
        <source>this string has no closing quote</source>
        <translation>此字符串缺少右引号</translation>
    </message>
    <message>
        <source>the action scope needs actions, such as Action::&quot;view&quot;; `%1` is not an action type</source>
        <translation>操作范围需要操作，例如 Action::&quot;view&quot;；`%1` 不是操作类型</translation>
    </message>
    <message>
        <source>division is not supported in Cedar</source>
        <translation>Cedar 不支持除法</translation>
    </message>
    <message>
        <source>remainder (`%`) is not supported in Cedar</source>
        <translation>Cedar 不支持取余（`%`）</translation>
    </message>
    <message>
        <source>`%1` takes %2 argument(s) but is given %3</source>
        <translation>`%1` 需要 %2 个参数，但给出了 %3 个</translation>
    </message>
    <message>
        <source>template slots such as %1 can only be used in the policy scope, not in a condition</source>
        <translation>%1 等模板槽位只能用于策略范围，不能用于条件</translation>
    </message>
</context>
<context>
    <name>traceo::cli</name>
    <message>
        <source>Usage: traceo [--db FILE|URL] [--lang LANG] GROUP VERB [options]

Traceo Console&apos;s headless front end: every number the console shows, from the command line.

Commands:
</source>
        <translation>用法：traceo [--db FILE|URL] [--lang LANG] GROUP VERB [options]

Traceo Console 的无界面前端：在命令行中获取控制台显示的所有数字。

命令：
</translation>
    </message>
    <message>
        <source>
Run &quot;traceo GROUP VERB --help&quot; for the options of one command.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
运行 &quot;traceo GROUP VERB --help&quot; 查看单个命令的选项。
退出码：0 成功，1 失败，2 用法错误。
</translation>
    </message>
    <message>
        <source>Usage: traceo %1 VERB [options]

Verbs:
</source>
        <translation>用法：traceo %1 VERB [options]

子命令：
</translation>
    </message>
    <message>
        <source>Missing argument %1</source>
        <translation>缺少参数 %1</translation>
    </message>
    <message>
        <source>traceo: unknown verb &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>traceo: &quot;%2&quot; 没有子命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>traceo: unknown command &quot;%1&quot;</source>
        <translation>traceo: 未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL (default: %1).</source>
        <translation>数据库：SQLite 文件或 postgresql:// URL（默认：%1）。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FILE|URL</translation>
    </message>
    <message>
        <source>The language of messages (e.g. ja, zh_CN).</source>
        <translation>消息语言（例如 ja, zh_CN）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>输出格式：table、json 或 csv。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>traceo: unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation>traceo: 未知格式 &quot;%1&quot;：请使用 table、json 或 csv</translation>
    </message>
</context>
<context>
    <name>traceo::cli::cost</name>
    <message>
        <source>Missing argument FILE</source>
        <translation>缺少参数 FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad row(s) skipped; the first:</source>
        <translation>
            <numerusform>%1：跳过了 %n 个错误行；第一个：</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 expects a date (2024-09-01) or an RFC 3339 time, not “%2”</source>
        <translation>--%1 需要日期（2024-09-01）或 RFC 3339 时间，而不是“%2”</translation>
    </message>
    <message>
        <source>--filter expects DIMENSION=VALUE, not “%1”</source>
        <translation>--filter 需要 DIMENSION=VALUE，而不是“%1”</translation>
    </message>
    <message>
        <source>--metric expects billed, effective or list, not “%1”</source>
        <translation>--metric 需要 billed、effective 或 list，而不是“%1”</translation>
    </message>
    <message>
        <source>--top expects a positive number</source>
        <translation>--top 需要一个正数</translation>
    </message>
    <message>
        <source>Leave out bad rows (counted, the first reported) instead of failing on the first.</source>
        <translation>跳过错误行（计数并报告第一个），而不是在第一个错误行处失败。</translation>
    </message>
    <message>
        <source>List the stored billing periods.</source>
        <translation>列出已存储的账单周期。</translation>
    </message>
    <message>
        <source>Cost totals grouped by dimensions.</source>
        <translation>按维度分组的成本合计。</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated: provider, service, service-category, region, account, billing-account, resource-type, resource, charge-category, pricing-category, tag:KEY, day, week, month, or a column name.</source>
        <translation>维度，以逗号分隔：provider、service、service-category、region、account、billing-account、resource-type、resource、charge-category、pricing-category、tag:KEY、day、week、month 或列名。</translation>
    </message>
    <message>
        <source>DIM[,DIM…]</source>
        <translation>DIM[,DIM…]</translation>
    </message>
    <message>
        <source>Keep line items whose DIM is VALUE (repeatable).</source>
        <translation>仅保留 DIM 为 VALUE 的明细项（可重复指定）。</translation>
    </message>
    <message>
        <source>DIM=VALUE</source>
        <translation>DIM=VALUE</translation>
    </message>
    <message>
        <source>Charge periods from this date or time (inclusive).</source>
        <translation>从此日期或时间开始的计费周期（含）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Charge periods before this date or time; with --from, also compares with the period before.</source>
        <translation>此日期或时间之前的计费周期；与 --from 一起使用时，还会与上一周期进行比较。</translation>
    </message>
    <message>
        <source>The cost that orders and ranks: billed, effective or list.</source>
        <translation>用于排序和排名的成本：billed、effective 或 list。</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIC</translation>
    </message>
    <message>
        <source>Keep the N largest rows and sum the rest as (other).</source>
        <translation>保留最大的 N 行，其余合计为（其他）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 expects a date (2026-09-01), not “%2”</source>
        <translation>--%1 需要日期（2026-09-01），而不是“%2”</translation>
    </message>
    <message>
        <source>%1 anomalies, %2 new alerts.</source>
        <translation>%1 个异常，%2 个新告警。</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1：无法写入报告：%2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>--ack expects the id of an alert, not “%1”</source>
        <translation>--ack 需要告警的 ID，而不是“%1”</translation>
    </message>
    <message>
        <source>Cost alert %1 acknowledged.</source>
        <translation>已确认成本告警 %1。</translation>
    </message>
    <message>
        <source>List cost anomaly alerts, newest first, or acknowledge one with --ack.</source>
        <translation>列出成本异常告警（最新的在前），或使用 --ack 确认某个告警。</translation>
    </message>
    <message>
        <source>Acknowledge the alert with this id.</source>
        <translation>确认具有此 ID 的告警。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only alerts not yet acknowledged.</source>
        <translation>仅显示尚未确认的告警。</translation>
    </message>
    <message>
        <source>Detect cost anomalies per service, account and region and per service; raise alerts for new ones.</source>
        <translation>按服务、账户和区域以及按服务检测成本异常；为新异常发出告警。</translation>
    </message>
    <message>
        <source>Only anomalies on or after this day.</source>
        <translation>仅此日期当天及之后的异常。</translation>
    </message>
    <message>
        <source>Only anomalies before this day.</source>
        <translation>仅此日期之前的异常。</translation>
    </message>
    <message>
        <source>Also find root causes by this tag key.</source>
        <translation>同时按此标签键查找根本原因。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Savings recommendations from resource usage, by priority.</source>
        <translation>基于资源使用情况的节省建议，按优先级排列。</translation>
    </message>
    <message>
        <source>Write a cost report of a period: totals, breakdown, charts, anomalies, recommendations.</source>
        <translation>生成某一周期的成本报告：合计、明细、图表、异常和建议。</translation>
    </message>
    <message>
        <source>A month (2026-09) or FROM..TO days.</source>
        <translation>月份（2026-09）或 FROM..TO 日期范围。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Breakdown dimensions, comma-separated (default: service).</source>
        <translation>明细维度，以逗号分隔（默认：service）。</translation>
    </message>
    <message>
        <source>DIMS</source>
        <translation>DIMS</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Import FOCUS cost exports (CSV or CSV.gz) and saved OpenCost responses: traceo cost import FILE… [--opencost-json FILE]…</source>
        <translation>导入 FOCUS 成本导出文件（CSV 或 CSV.gz）和已保存的 OpenCost 响应：traceo cost import FILE… [--opencost-json FILE]…</translation>
    </message>
    <message>
        <source>A saved OpenCost /allocation or /cloudCost response (repeatable).</source>
        <translation>已保存的 OpenCost /allocation 或 /cloudCost 响应（可重复指定）。</translation>
    </message>
    <message>
        <source>The currency of the OpenCost responses (OpenCost does not name it).</source>
        <translation>OpenCost 响应的币种（OpenCost 不提供币种信息）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Give --url or --source, not both</source>
        <translation>请只指定 --url 或 --source 之一，不要同时指定</translation>
    </message>
    <message>
        <source>No OpenCost data source named “%1” (traceo source list)</source>
        <translation>没有名为“%1”的 OpenCost 数据源（参见 traceo source list）</translation>
    </message>
    <message>
        <source>traceo: the CLI does not read keychain secrets: %1 is asked without authentication</source>
        <translation>traceo: CLI 不读取钥匙串中的密钥：将以无认证方式请求 %1</translation>
    </message>
    <message>
        <source>--url expects the OpenCost API&apos;s http:// or https:// URL, not “%1”</source>
        <translation>--url 需要 OpenCost API 的 http:// 或 https:// URL，而不是“%1”</translation>
    </message>
    <message>
        <source>--window expects a number of days (30d) or FROM,TO (2026-09-01,2026-10-01 or RFC 3339 times, FROM before TO), not “%1”</source>
        <translation>--window 需要天数（30d）或 FROM,TO（2026-09-01,2026-10-01 或 RFC 3339 时间，FROM 早于 TO），而不是“%1”</translation>
    </message>
    <message>
        <source>--kind expects allocation, cloudcost or both, not “%1”</source>
        <translation>--kind 需要 allocation、cloudcost 或 both，而不是“%1”</translation>
    </message>
    <message>
        <source>Import Kubernetes allocations and cloud costs from an OpenCost server: --url URL|--source NAME [--window 30d].</source>
        <translation>从 OpenCost 服务器导入 Kubernetes 分配成本和云成本：--url URL|--source NAME [--window 30d]。</translation>
    </message>
    <message>
        <source>The OpenCost API (e.g. http://opencost.opencost:9003, or https://HOST/model behind its UI).</source>
        <translation>OpenCost API（例如 http://opencost.opencost:9003，或其 UI 后端的 https://HOST/model）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A saved data source of kind opencost, instead of --url.</source>
        <translation>类型为 opencost 的已保存数据源，用于代替 --url。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The last N days (today included) or FROM,TO; read in daily steps, each replacing the same day of an earlier import.</source>
        <translation>最近 N 天（含今天）或 FROM,TO；按天读取，每天的数据会替换之前导入中同一天的数据。</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>WINDOW</translation>
    </message>
    <message>
        <source>allocation (Kubernetes workloads), cloudcost (the cloud bill) or both.</source>
        <translation>allocation（Kubernetes 工作负载）、cloudcost（云账单）或 both。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>OpenCost&apos;s aggregation of allocations, e.g. namespace or cluster,namespace,controller (default: per container).</source>
        <translation>OpenCost 对分配的聚合方式，例如 namespace 或 cluster,namespace,controller（默认：按容器）。</translation>
    </message>
    <message>
        <source>PROPS</source>
        <translation>PROPS</translation>
    </message>
    <message>
        <source>The currency of the OpenCost server (OpenCost does not name it).</source>
        <translation>OpenCost 服务器的币种（OpenCost 不提供币种信息）。</translation>
    </message>
    <message>
        <source>The billing account of allocations whose properties name no cluster.</source>
        <translation>属性中未指定集群的分配所归属的计费账户。</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative number, not “%2”</source>
        <translation>--%1 需要一个非负数，而不是“%2”</translation>
    </message>
    <message>
        <source>--format expects html, csv or pdf, not “%1”</source>
        <translation>--format 需要 html、csv 或 pdf，而不是“%1”</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE</source>
        <translation>--format pdf 需要 --out FILE</translation>
    </message>
    <message>
        <source>Only deviations of at least this amount a day from the expected cost (default: %1).</source>
        <translation>仅包含每天与预期成本的偏差不低于此金额的异常（默认：%1）。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Only deviations of at least this percentage of the expected cost (default: 15).</source>
        <translation>仅包含偏差不低于预期成本此百分比的异常（默认：15）。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>html, csv or pdf.</source>
        <translation>html、csv 或 pdf。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output; pdf needs a file).</source>
        <translation>要写入的文件（默认：标准输出；pdf 必须指定文件）。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::db</name>
    <message>
        <source>property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3</source>
        <translation>%1：架构版本 %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Print the database&apos;s path, driver, schema version and integrity.</source>
        <translation>显示数据库的路径、驱动、架构版本和完整性。</translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date.</source>
        <translation>创建数据库，或将其架构更新到最新版本。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::demo</name>
    <message>
        <source>traceo demo needs --db FILE: the SQLite file to create</source>
        <translation>traceo demo 需要 --db FILE：要创建的 SQLite 文件</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed 需要整数，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Demo database written to %1 (seed %2)</source>
        <translation>演示数据库已写入 %1（种子 %2）</translation>
    </message>
    <message>
        <source>Build a demo database: traceo demo --db FILE [--seed N] [--force].</source>
        <translation>生成演示数据库：traceo demo --db FILE [--seed N] [--force]。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>如果 FILE 已存在则替换。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::policy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>requests: %1 passed, %2 failed</source>
        <translation>请求：通过 %1，失败 %2</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 passed, %2 failed</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>需要 --%1</translation>
    </message>
    <message>
        <source>%1: the request needs principal, action and resource entities %2</source>
        <translation>%1：请求需要 principal、action 和 resource 实体 %2</translation>
    </message>
    <message>
        <source>Run Cedar integration tests: traceo policy run-tests TEST.json|DIR…</source>
        <translation>运行 Cedar 集成测试：traceo policy run-tests TEST.json|DIR…</translation>
    </message>
    <message>
        <source>The folder that paths inside the tests are relative to (default: found from the test file).</source>
        <translation>测试中路径所相对的文件夹（默认：根据测试文件查找）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Check a Cedar policy file: prints file:line:column: message for each problem.</source>
        <translation>检查 Cedar 策略文件：为每个问题输出 file:line:column: message。</translation>
    </message>
    <message>
        <source>Decide one request: prints {decision, reason, errors} as JSON.</source>
        <translation>判定一个请求：以 JSON 输出 {decision, reason, errors}。</translation>
    </message>
    <message>
        <source>The Cedar policy file.</source>
        <translation>Cedar 策略文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The entities JSON file.</source>
        <translation>实体 JSON 文件。</translation>
    </message>
    <message>
        <source>The request JSON file: {principal, action, resource, context}.</source>
        <translation>请求 JSON 文件：{principal, action, resource, context}。</translation>
    </message>
    <message>
        <source>A .cedarschema file that types the data.</source>
        <translation>为数据提供类型的 .cedarschema 文件。</translation>
    </message>
    <message>
        <source>%1: %2 policies, %3 errors</source>
        <translation>%1：%2 条策略，%3 个错误</translation>
    </message>
    <message>
        <source>--%1 expects a version number, not “%2”</source>
        <translation>--%1 需要版本号，而不是“%2”</translation>
    </message>
    <message>
        <source>The stored policy set.</source>
        <translation>已存储的策略集。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The version (default: the latest).</source>
        <translation>版本（默认：最新）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--record needs --set NAME: decisions are recorded against a stored policy set</source>
        <translation>--record 需要 --set NAME：判定记录在已存储的策略集下</translation>
    </message>
    <message>
        <source>Give either --policies or --set, not both</source>
        <translation>请只指定 --policies 或 --set 之一，不要同时指定</translation>
    </message>
    <message>
        <source>Append the decision to the audit log (needs --set).</source>
        <translation>将判定追加到审计日志（需要 --set）。</translation>
    </message>
    <message>
        <source>%1: saved version %2 (sha256 %3)</source>
        <translation>%1：已保存版本 %2（sha256 %3）</translation>
    </message>
    <message>
        <source>%1 expects a version number, not “%2”</source>
        <translation>%1 需要版本号，而不是“%2”</translation>
    </message>
    <message>
        <source>(the text of version %1)</source>
        <translation>（版本 %1 的文本）</translation>
    </message>
    <message>
        <source>Who saves the version.</source>
        <translation>保存此版本的人。</translation>
    </message>
    <message>
        <source>Save a Cedar file as the next version of a policy set (refused with its position if it does not parse).</source>
        <translation>将 Cedar 文件保存为策略集的下一个版本（如无法解析，则拒绝并指出出错位置）。</translation>
    </message>
    <message>
        <source>What changed and why.</source>
        <translation>更改内容及原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>List the saved versions of one policy set or of all.</source>
        <translation>列出一个或全部策略集的已保存版本。</translation>
    </message>
    <message>
        <source>Show what changed between two versions: traceo policy diff --set NAME FROM TO (table: a unified diff).</source>
        <translation>显示两个版本之间的更改：traceo policy diff --set NAME FROM TO（table：统一 diff 格式）。</translation>
    </message>
    <message>
        <source>Save the text of an earlier version again, as a new version.</source>
        <translation>将早期版本的文本重新保存为新版本。</translation>
    </message>
    <message>
        <source>The version to go back to.</source>
        <translation>要回退到的版本。</translation>
    </message>
    <message>
        <source>Print the text of a version (table: the Cedar text itself).</source>
        <translation>输出某个版本的文本（table：Cedar 文本本身）。</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n record(s), head hash %1</source>
        <translation>
            <numerusform>审计日志完好：%n 条记录，链头哈希 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log TAMPERED at record %1: %2</source>
        <translation>审计日志在记录 %1 处被篡改：%2</translation>
    </message>
    <message>
        <source>--limit expects a positive number, not “%1”</source>
        <translation>--limit 需要一个正数，而不是“%1”</translation>
    </message>
    <message>
        <source>Unknown audit action “%1”: use verify, export or list</source>
        <translation>未知的审计操作“%1”：请使用 verify、export 或 list</translation>
    </message>
    <message>
        <source>%1 version %2 (sha256 %3): %4 decisions, %5 allowed</source>
        <translation>%1 版本 %2（sha256 %3）：%4 个判定，其中 %5 个允许</translation>
    </message>
    <message>
        <source>The decision audit log: traceo policy audit verify|export|list (verify exits 1 and names the first bad record when the log was tampered with).</source>
        <translation>判定审计日志：traceo policy audit verify|export|list（日志被篡改时，verify 以退出码 1 退出并指出第一条错误记录）。</translation>
    </message>
    <message>
        <source>list, export: only decisions against this policy set.</source>
        <translation>list、export：仅此策略集的判定。</translation>
    </message>
    <message>
        <source>verify: a head hash noted earlier; the log must still contain that record.</source>
        <translation>verify：之前记下的链头哈希；日志必须仍包含该记录。</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>list, export: only the newest N records.</source>
        <translation>list、export：仅最新的 N 条记录。</translation>
    </message>
    <message>
        <source>Per policy of a stored version: how often it was determining or erroring in the audit log, never matched, shadowed by a forbid, or a duplicate.</source>
        <translation>针对已存储版本中的每条策略：在审计日志中决定判定或出错的次数，以及从未匹配、被 forbid 遮蔽或重复的情况。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::slo</name>
    <message>
        <source>--period-days expects a positive number of days</source>
        <translation>--period-days 需要一个正的天数</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件: %2</translation>
    </message>
    <message>
        <source>--extra-label expects NAME=VALUE, not “%1”</source>
        <translation>--extra-label 需要 NAME=VALUE，而不是“%1”</translation>
    </message>
    <message>
        <source>--period-mode expects traffic or sloth</source>
        <translation>--period-mode 需要 traffic 或 sloth</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from 不能晚于 --to</translation>
    </message>
    <message>
        <source>The SLO period in days (default 30).</source>
        <translation>SLO 周期天数（默认 30）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>The Sloth spec (YAML).</source>
        <translation>Sloth 规范（YAML）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A Sloth AlertWindows file (sets the period).</source>
        <translation>Sloth AlertWindows 文件（决定周期）。</translation>
    </message>
    <message>
        <source>A label added to every SLO (repeatable).</source>
        <translation>添加到每个 SLO 的标签（可重复）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>List the SLOs with their objective and bucket count.</source>
        <translation>列出 SLO 及其目标和桶数量。</translation>
    </message>
    <message>
        <source>The instant (default now).</source>
        <translation>时刻（默认现在）。</translation>
    </message>
    <message>
        <source>RFC3339</source>
        <translation>RFC3339</translation>
    </message>
    <message>
        <source>traffic (bad/total, default) or sloth (mean of 5-minute ratios).</source>
        <translation>traffic（错误/总数，默认）或 sloth（5 分钟比率的平均值）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Alert firing intervals per SLO and tier: [--from RFC3339] [--to RFC3339].</source>
        <translation>按 SLO 和级别列出告警触发区间: [--from RFC3339] [--to RFC3339]。</translation>
    </message>
    <message>
        <source>Start (default a day before --to).</source>
        <translation>开始（默认 --to 之前一天）。</translation>
    </message>
    <message>
        <source>End (default now).</source>
        <translation>结束（默认现在）。</translation>
    </message>
    <message>
        <source>%1: %2 SLOs added, %3 updated</source>
        <translation>%1: 已添加 %2 个 SLO，已更新 %3 个</translation>
    </message>
    <message>
        <source>No SLO in the database was imported from a Sloth spec; name one with --spec FILE.</source>
        <translation>数据库中没有从 Sloth 规范导入的 SLO；请用 --spec FILE 指定。</translation>
    </message>
    <message>
        <source>Print the Prometheus rules Sloth generates for a spec: [--spec FILE] (default: the imported SLOs).</source>
        <translation>输出 Sloth 为规范生成的 Prometheus 规则: [--spec FILE]（默认：已导入的 SLO）。</translation>
    </message>
    <message>
        <source>No SLO in the database was imported from a spec; there is nothing to export.</source>
        <translation>数据库中没有从规范导入的 SLO，没有可导出的内容。</translation>
    </message>
    <message>
        <source>The Sloth or OpenSLO spec (YAML).</source>
        <translation>Sloth 或 OpenSLO 规范（YAML）。</translation>
    </message>
    <message>
        <source>Print the imported SLOs as OpenSLO v1 SLO documents (YAML).</source>
        <translation>将已导入的 SLO 输出为 OpenSLO v1 SLO 文档（YAML）。</translation>
    </message>
    <message>
        <source>--spec needs --prometheus URL</source>
        <translation>--spec 需要 --prometheus URL</translation>
    </message>
    <message>
        <source>Burn rates, error budget and firing alerts of every SLO: [--at RFC3339] [--prometheus URL [--spec FILE]].</source>
        <translation>每个 SLO 的消耗速率、错误预算和触发中的告警: [--at RFC3339] [--prometheus URL [--spec FILE]]。</translation>
    </message>
    <message>
        <source>Evaluate the SLI queries on this Prometheus server.</source>
        <translation>在此 Prometheus 服务器上对 SLI 查询求值。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --prometheus: the SLOs of this spec instead of the imported ones.</source>
        <translation>与 --prometheus 一起使用：使用此规范中的 SLO，而非已导入的 SLO。</translation>
    </message>
    <message>
        <source>--prometheus expects the server&apos;s http:// or https:// URL, not “%1”</source>
        <translation>--prometheus 需要服务器的 http:// 或 https:// URL，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: %2 samples read; %3 series added, %4 updated (%5 samples stored)</source>
        <translation>%1：读取 %2 个样本；新增 %3 个序列，更新 %4 个（存储了 %5 个样本）</translation>
    </message>
    <message>
        <source>--backfill-days expects a positive number of days</source>
        <translation>--backfill-days 需要一个正的天数</translation>
    </message>
    <message>
        <source>No SLO in the database has SLI queries; import a spec first</source>
        <translation>数据库中没有带 SLI 查询的 SLO；请先导入规范</translation>
    </message>
    <message>
        <source>No SLO “%1” with SLI queries in the database</source>
        <translation>数据库中没有带 SLI 查询的 SLO“%1”</translation>
    </message>
    <message>
        <source>--%1 expects an RFC 3339 time such as 2026-11-27T12:00:00Z, not “%2”</source>
        <translation>--%1 需要 RFC 3339 时间，例如 2026-11-27T12:00:00Z，而不是“%2”</translation>
    </message>
    <message>
        <source>No SLO in the database has SLI queries; name a spec with --spec FILE</source>
        <translation>数据库中没有带 SLI 查询的 SLO；请用 --spec FILE 指定规范</translation>
    </message>
    <message>
        <source>Import counter series from an OpenMetrics or Prometheus text file with timestamps: FILE.</source>
        <translation>从带时间戳的 OpenMetrics 或 Prometheus 文本文件导入计数器序列：FILE。</translation>
    </message>
    <message>
        <source>The exposition file (as promtool tsdb create-blocks-from openmetrics reads).</source>
        <translation>暴露格式文件（与 promtool tsdb create-blocks-from openmetrics 读取的格式相同）。</translation>
    </message>
    <message>
        <source>Fill SLI buckets from Prometheus since the last refresh: --prometheus URL [--slo ID].</source>
        <translation>从 Prometheus 填充自上次刷新以来的 SLI 分桶：--prometheus URL [--slo ID]。</translation>
    </message>
    <message>
        <source>The Prometheus server.</source>
        <translation>Prometheus 服务器。</translation>
    </message>
    <message>
        <source>One SLO: its id, name or service-name (default: all).</source>
        <translation>单个 SLO：其 ID、名称或 service-name（默认：全部）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Refresh up to this instant (default now).</source>
        <translation>刷新到此时刻（默认：现在）。</translation>
    </message>
    <message>
        <source>How far back the first refresh reaches (default 30).</source>
        <translation>首次刷新回溯的天数（默认 30）。</translation>
    </message>
    <message>
        <source>Add the SLOs of a Sloth prometheus/v1 or OpenSLO v1 spec file: FILE [--period-days N | --calendar-month].</source>
        <translation>添加 Sloth prometheus/v1 或 OpenSLO v1 规范文件中的 SLO：FILE [--period-days N | --calendar-month]。</translation>
    </message>
    <message>
        <source>Sloth SLOs get the calendar month (UTC) as their period instead of --period-days.</source>
        <translation>Sloth SLO 以自然月（UTC）为周期，而不是 --period-days。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::source</name>
    <message>
        <source>traceo source add needs --kind and --url</source>
        <translation>traceo source add 需要 --kind 和 --url</translation>
    </message>
    <message>
        <source>Saved data source %1</source>
        <translation>已保存数据源 %1</translation>
    </message>
    <message>
        <source>Removed data source %1</source>
        <translation>已删除数据源 %1</translation>
    </message>
    <message>
        <source>List the data sources (Prometheus, OpenCost, Redis).</source>
        <translation>列出数据源（Prometheus、OpenCost、Redis）。</translation>
    </message>
    <message>
        <source>Add or update a data source: NAME --kind KIND --url URL [--auth AUTH].</source>
        <translation>添加或更新数据源：NAME --kind KIND --url URL [--auth AUTH]。</translation>
    </message>
    <message>
        <source>The source&apos;s name.</source>
        <translation>数据源名称。</translation>
    </message>
    <message>
        <source>prometheus, opencost or redis.</source>
        <translation>prometheus、opencost 或 redis。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The source&apos;s URL.</source>
        <translation>数据源 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>none, bearer, basic or password; secrets go to the keychain.</source>
        <translation>none、bearer、basic 或 password；密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>Remove a data source by name.</source>
        <translation>按名称删除数据源。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::synthetic</name>
    <message>
        <source>--%1 expects a positive whole number, not “%2”</source>
        <translation>--%1 需要一个正整数，而不是“%2”</translation>
    </message>
    <message>
        <source>traceo slo check add needs --%1</source>
        <translation>traceo slo check add 需要 --%1</translation>
    </message>
    <message>
        <source>--objective expects a percentage above 0 and below 100, such as 99.9, not “%1”</source>
        <translation>--objective 需要大于 0 且小于 100 的百分比，例如 99.9，而不是“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Added check %1 (%2 %3 every %n s) with SLO %4/%5</source>
        <translation>
            <numerusform>已添加检查 %1（%2 %3，每 %n 秒）及 SLO %4/%5</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no synthetic check named “%1”</source>
        <translation>没有名为“%1”的合成检查</translation>
    </message>
    <message>
        <source>Removed check %1; its SLO and the history recorded so far stay</source>
        <translation>已删除检查 %1；其 SLO 和迄今记录的历史将保留</translation>
    </message>
    <message>
        <source>good</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 ms</source>
        <translation>%1 %2 %3 %4 %5 ms</translation>
    </message>
    <message>
        <source>--once and --duration exclude each other</source>
        <translation>--once 和 --duration 不能同时使用</translation>
    </message>
    <message>
        <source>There is no enabled synthetic check: add one with traceo slo check add</source>
        <translation>没有已启用的合成检查：请用 traceo slo check add 添加</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n probe(s) into %1</source>
        <translation>
            <numerusform>已将 %n 次探测记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a synthetic HTTP check and its SLO: --name N --url U --service S --objective PERCENT.</source>
        <translation>添加合成 HTTP 检查及其 SLO：--name N --url U --service S --objective PERCENT。</translation>
    </message>
    <message>
        <source>The check&apos;s name (also its SLO&apos;s name).</source>
        <translation>检查的名称（也用作其 SLO 的名称）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The http:// or https:// URL to probe.</source>
        <translation>要探测的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>HTTP 方法（默认 GET）。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Good statuses, e.g. 200-299 (default) or 200,204.</source>
        <translation>视为正常的状态码，例如 200-299（默认）或 200,204。</translation>
    </message>
    <message>
        <source>STATUSES</source>
        <translation>STATUSES</translation>
    </message>
    <message>
        <source>A slower answer counts as bad (default 500).</source>
        <translation>响应慢于此值即视为异常（默认 500）。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Give up after (default 5000).</source>
        <translation>超过此时长即放弃（默认 5000）。</translation>
    </message>
    <message>
        <source>Seconds between probes (default 30).</source>
        <translation>两次探测之间的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>A good answer&apos;s body contains this text.</source>
        <translation>正常响应的正文包含此文本。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The SLO&apos;s service.</source>
        <translation>SLO 的服务。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>The SLO&apos;s objective in %, e.g. 99.9.</source>
        <translation>SLO 的目标（%），例如 99.9。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>The SLO period (default 30).</source>
        <translation>SLO 周期（默认 30）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>List the synthetic checks with their SLO and bucket count.</source>
        <translation>列出合成检查及其 SLO 和桶数量。</translation>
    </message>
    <message>
        <source>Probe the enabled checks and record their SLI: [--once | --duration SECONDS] (default: until killed).</source>
        <translation>探测已启用的检查并记录其 SLI：[--once | --duration SECONDS]（默认：直到进程被终止）。</translation>
    </message>
    <message>
        <source>Probe each check once, record, and exit.</source>
        <translation>对每个检查探测一次，记录后退出。</translation>
    </message>
    <message>
        <source>Run for this long, record, and exit.</source>
        <translation>运行指定时长，记录后退出。</translation>
    </message>
    <message>
        <source>Remove a synthetic check: NAME (its SLO and history stay).</source>
        <translation>删除合成检查：NAME（其 SLO 和历史保留）。</translation>
    </message>
    <message>
        <source>The check&apos;s name.</source>
        <translation>检查的名称。</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostAlertRepository</name>
    <message>
        <source>There is no cost alert with id %1.</source>
        <translation>没有 ID 为 %1 的成本告警。</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostAnalysis</name>
    <message>
        <source>setting %1: “%2” is not a non-negative number</source>
        <translation>设置 %1：“%2”不是非负数</translation>
    </message>
    <message>
        <source>column %1: “%2” of resource %3 on %4 is not a percentage (0–100)</source>
        <translation>第 %1 列：资源 %3 在 %4 的值“%2”不是百分比（0–100）</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostBreakdown</name>
    <message>
        <source>No line items to break down by %1</source>
        <translation>没有可按 %1 细分的明细项</translation>
    </message>
    <message>
        <source>Unknown cost dimension “%1”: use provider, service, service-category, region, account, billing-account, resource-type, resource, charge-category, pricing-category, tag:KEY, day, week, month or the name of a text column</source>
        <translation>未知的成本维度“%1”：请使用 provider、service、service-category、region、account、billing-account、resource-type、resource、charge-category、pricing-category、tag:KEY、day、week、month 或文本列的名称</translation>
    </message>
    <message>
        <source>Too many combinations of %1 to break down</source>
        <translation>%1 的组合过多，无法细分</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>（其他）</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostReport</name>
    <message>
        <source>period “%1”: expected a month (2026-09) or FROM..TO days (2026-09-01..2026-09-15)</source>
        <translation>周期“%1”：应为月份（2026-09）或 FROM..TO 日期范围（2026-09-01..2026-09-15）</translation>
    </message>
    <message>
        <source>Cost report %1 – %2</source>
        <translation>成本报告 %1 – %2</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>账单成本</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>有效成本</translation>
    </message>
    <message>
        <source>List</source>
        <translation>标价成本</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明细项</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>成本最高的服务</translation>
    </message>
    <message>
        <source>Daily cost</source>
        <translation>每日成本</translation>
    </message>
    <message>
        <source>Breakdown by %1</source>
        <translation>按 %1 细分</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>优化措施</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源数</translation>
    </message>
    <message>
        <source>Monthly savings</source>
        <translation>每月节省</translation>
    </message>
    <message>
        <source>Annual savings</source>
        <translation>每年节省</translation>
    </message>
    <message>
        <source>Implementation cost</source>
        <translation>实施成本</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>回本期（月）</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostStore</name>
    <message>
        <source>%1: the costs are in %2, the stored costs in %3: a store holds one currency</source>
        <translation>%1：成本币种为 %2，而已存储的成本币种为 %3：一个存储只能包含一种币种</translation>
    </message>
    <message>
        <source>%1: cost import %2: the stored column %3 is damaged</source>
        <translation>%1：成本导入 %2：已存储的列 %3 已损坏</translation>
    </message>
    <message>
        <source>%1: the stored cost column is damaged</source>
        <translation>%1：已存储的成本列已损坏</translation>
    </message>
    <message>
        <source>%1: the import was canceled</source>
        <translation>%1：导入已取消</translation>
    </message>
</context>
<context>
    <name>traceo::cost::FocusReader</name>
    <message>
        <source>%1:1: column %2 appears twice</source>
        <translation>%1:1：列 %2 出现了两次</translation>
    </message>
    <message>
        <source>%1:1: column %2: this mandatory FOCUS column is missing</source>
        <translation>%1:1：列 %2：缺少此 FOCUS 必需列</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1：无法开始 gzip 解压</translation>
    </message>
    <message>
        <source>%1: the gzip data is corrupt (%2)</source>
        <translation>%1：gzip 数据已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: the gzip data ends early</source>
        <translation>%1：gzip 数据提前结束</translation>
    </message>
    <message>
        <source>%1:1: the file has no readable header line</source>
        <translation>%1:1：文件没有可读取的标题行</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>malformed quoting</source>
        <translation>引号格式错误</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>需要 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a date and time (YYYY-MM-DDTHH:mm:ssZ or YYYY-MM-DD HH:MM:SS)</source>
        <translation>%1 不是日期时间（YYYY-MM-DDTHH:mm:ssZ 或 YYYY-MM-DD HH:MM:SS）</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <source>mixed currencies: %1 after %2 in earlier rows</source>
        <translation>币种混用：之前的行为 %2，之后出现了 %1</translation>
    </message>
    <message>
        <source>%1: the import was canceled</source>
        <translation>%1：导入已取消</translation>
    </message>
</context>
<context>
    <name>traceo::cost::IsolationForest</name>
    <message>
        <source>Isolation Forest: the feature matrix is empty (%1 rows, %2 columns)</source>
        <translation>Isolation Forest：特征矩阵为空（%1 行，%2 列）</translation>
    </message>
    <message>
        <source>Isolation Forest: trees must be ≥ 1 and the sample size ≥ 2 (got %1 trees, sample size %2)</source>
        <translation>Isolation Forest：树的数量必须 ≥ 1，样本大小必须 ≥ 2（实际为 %1 棵树，样本大小 %2）</translation>
    </message>
    <message>
        <source>Isolation Forest: the matrix has %1 columns, the forest was fitted on %2</source>
        <translation>Isolation Forest：矩阵有 %1 列，但森林是基于 %2 列拟合的</translation>
    </message>
</context>
<context>
    <name>traceo::cost::OpenCostReader</name>
    <message>
        <source>expected an object, not %1</source>
        <translation>需要对象，而不是 %1</translation>
    </message>
    <message>
        <source>expected a number, not %1</source>
        <translation>需要数字，而不是 %1</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>expected a string, not %1</source>
        <translation>需要字符串，而不是 %1</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time, not %1</source>
        <translation>需要 RFC 3339 时间，而不是 %1</translation>
    </message>
    <message>
        <source>the window is missing</source>
        <translation>缺少时间窗口</translation>
    </message>
    <message>
        <source>the window ends before it starts</source>
        <translation>时间窗口的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>需要一个数字</translation>
    </message>
    <message>
        <source>expected an array of cloud cost sets</source>
        <translation>需要云成本集数组</translation>
    </message>
    <message>
        <source>an invoiced or net cost is required</source>
        <translation>需要发票成本或净成本</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2：不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>expected an OpenCost API response (a JSON object with code and data)</source>
        <translation>需要 OpenCost API 响应（包含 code 和 data 的 JSON 对象）</translation>
    </message>
    <message>
        <source>OpenCost reported an error (%1): %2</source>
        <translation>OpenCost 报告了错误（%1）：%2</translation>
    </message>
    <message>
        <source>expected the data of /allocation (an array of sets) or of /cloudCost (an object with sets)</source>
        <translation>需要 /allocation 的数据（集合数组）或 /cloudCost 的数据（包含 sets 的对象）</translation>
    </message>
    <message>
        <source>expected an array of allocation sets (an /allocation response)</source>
        <translation>需要分配集数组（/allocation 响应）</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件: %2</translation>
    </message>
</context>
<context>
    <name>traceo::cost::Recommendations</name>
    <message>
        <source>on-demand compute running %1 of %2 days at %3 a day, coefficient of variation %4</source>
        <translation>按需计算资源在 %2 天中运行了 %1 天，每天 %3，变异系数 %4</translation>
    </message>
    <message>
        <source>on-demand compute tagged %1, an interruptible workload</source>
        <translation>按需计算资源带有标签 %1，属于可中断工作负载</translation>
    </message>
    <message>
        <source>short-lived on-demand compute: %1 runs of %2 days on average, %3 of %4 days</source>
        <translation>短时运行的按需计算资源：%1 次运行，平均每次 %2 天，%4 天中运行了 %3 天</translation>
    </message>
    <message>
        <source>data transfer of %1 %2 a day; all data transfer is %3 % of the bill</source>
        <translation>每天 %1 %2 的数据传输；全部数据传输占账单的 %3 %</translation>
    </message>
    <message>
        <source>weekly demand cycle, %1 % used on %2 against %3 % on %4, while the cost stays flat (coefficient of variation %5)</source>
        <translation>每周需求周期：%2 利用率 %1 %，%4 为 %3 %，而成本保持平稳（变异系数 %5）</translation>
    </message>
    <message>
        <source>storage growing %1 % over %2 days with request charges at %3 % of its storage charges</source>
        <translation>存储在 %2 天内增长 %1 %，请求费用为其存储费用的 %3 %</translation>
    </message>
    <message>
        <source>Reserved instances or savings plans for steady compute</source>
        <translation>为稳定的计算负载使用预留实例或节省计划</translation>
    </message>
    <message>
        <source>Spot capacity for interruptible workloads</source>
        <translation>为可中断工作负载使用 Spot 容量</translation>
    </message>
    <message>
        <source>Compression of heavy data transfer</source>
        <translation>压缩大量数据传输</translation>
    </message>
    <message>
        <source>Right-sizing of under-used compute</source>
        <translation>调整低利用率计算资源的规格</translation>
    </message>
    <message>
        <source>Auto-scaling for cyclic demand</source>
        <translation>为周期性需求配置自动扩缩容</translation>
    </message>
    <message>
        <source>Data tiering for cold storage</source>
        <translation>冷存储数据分层</translation>
    </message>
    <message>
        <source>compute used %1 % on average and at most %2 % at its daily peak, over %3 days</source>
        <translation>%3 天内计算资源平均利用率 %1 %，每日峰值最高 %2 %</translation>
    </message>
    <message>
        <source>Right-sizing and auto-scaling were not evaluated: no compute resource has utilization data (the x_CpuUtilizationAvg and x_CpuUtilizationP95 columns).</source>
        <translation>未评估规格调整和自动扩缩容：没有计算资源具有利用率数据（x_CpuUtilizationAvg 和 x_CpuUtilizationP95 列）。</translation>
    </message>
    <message>
        <source>daily demand cycle, %1 % used on average against %2 % at the daily peak (medians over %3 days), while the cost stays flat (coefficient of variation %4)</source>
        <translation>每日需求周期：平均利用率 %1 %，每日峰值 %2 %（%3 天的中位数），而成本保持平稳（变异系数 %4）</translation>
    </message>
</context>
<context>
    <name>traceo::policy</name>
    <message>
        <source>Policy set “%1”: no version %2 to roll back to</source>
        <translation>策略集“%1”：没有可回滚到的版本 %2</translation>
    </message>
    <message>
        <source>Rollback to version %1</source>
        <translation>回滚到版本 %1</translation>
    </message>
    <message>
        <source>Policy set “%1” has no version %2</source>
        <translation>策略集“%1”没有版本 %2</translation>
    </message>
    <message>
        <source>No policy set named “%1”</source>
        <translation>没有名为“%1”的策略集</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>不是记录</translation>
    </message>
</context>
<context>
    <name>traceo::policyoperations</name>
    <message>
        <source>Recorded as audit record #%1.</source>
        <translation>已记录为审计记录 #%1。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>traceo::render::CostReportPdf</name>
    <message>
        <source>A PDF report needs a QGuiApplication for its fonts (traceo starts one for --format pdf).</source>
        <translation>PDF 报告需要 QGuiApplication 来提供字体（traceo 在使用 --format pdf 时会启动它）。</translation>
    </message>
    <message>
        <source>From %1 to %2 inclusive; amounts in %3</source>
        <translation>%1 至 %2（含）；金额单位：%3</translation>
    </message>
    <message>
        <source>the bill&apos;s currency</source>
        <translation>账单币种</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>本周期内无记录。</translation>
    </message>
    <message>
        <source>Cannot start the PDF document of %1</source>
        <translation>无法开始生成 %1 的 PDF 文档</translation>
    </message>
    <message>
        <source>%1 – page %2 of %3</source>
        <translation>%1 – 第 %2 页，共 %3 页</translation>
    </message>
</context>
<context>
    <name>traceo::slo</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>需要一个映射</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>需要一个字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected a mapping of names to values</source>
        <translation>需要名称到值的映射</translation>
    </message>
    <message>
        <source>“%1” is not a valid Prometheus label name</source>
        <translation>“%1”不是有效的 Prometheus 标签名</translation>
    </message>
    <message>
        <source>unsupported template action “{{%1}}”; only {{.window}} is known</source>
        <translation>不支持的模板动作“{{%1}}”；仅支持 {{.window}}</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>需要 true 或 false</translation>
    </message>
    <message>
        <source>“%1” is not a valid SLO name (letters, digits, “-”, “_”, “.”)</source>
        <translation>“%1”不是有效的 SLO 名称（字母、数字、“-”、“_”、“.”）</translation>
    </message>
    <message>
        <source>expected a number (a percentage such as 99.9)</source>
        <translation>需要一个数字（如 99.9 这样的百分比）</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 100, not %1</source>
        <translation>必须大于 0 且不超过 100，而不是 %1</translation>
    </message>
    <message>
        <source>SLI plugins are not supported; use an events or raw SLI</source>
        <translation>不支持 SLI 插件；请使用 events 或 raw SLI</translation>
    </message>
    <message>
        <source>needs exactly one of “events” and “raw”</source>
        <translation>需要“events”和“raw”中的恰好一个</translation>
    </message>
    <message>
        <source>is required unless both page_alert and ticket_alert are disabled</source>
        <translation>除非同时禁用 page_alert 和 ticket_alert，否则为必填项</translation>
    </message>
    <message>
        <source>“%1” is not supported; expected “prometheus/v1”</source>
        <translation>不支持“%1”；需要“prometheus/v1”</translation>
    </message>
    <message>
        <source>expected a list with at least one SLO</source>
        <translation>需要至少包含一个 SLO 的列表</translation>
    </message>
    <message>
        <source>“%1” is used by another SLO of the service</source>
        <translation>“%1”已被该服务的另一个 SLO 使用</translation>
    </message>
    <message>
        <source>the file holds no Sloth spec</source>
        <translation>文件中没有 Sloth 规范</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件: %2</translation>
    </message>
    <message>
        <source>expected an AlertWindows document</source>
        <translation>需要一个 AlertWindows 文档</translation>
    </message>
    <message>
        <source>expected apiVersion sloth.slok.dev/v1 and kind AlertWindows</source>
        <translation>需要 apiVersion sloth.slok.dev/v1 和 kind AlertWindows</translation>
    </message>
    <message>
        <source>“%1” is not a duration in whole minutes</source>
        <translation>“%1”不是以整分钟表示的时长</translation>
    </message>
    <message>
        <source>expected a mapping with quick and slow windows</source>
        <translation>需要包含 quick 和 slow 窗口的映射</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>需要一个正数</translation>
    </message>
    <message>
        <source>Sloth rules need four alert tiers (page quick and slow, ticket quick and slow), not %1</source>
        <translation>Sloth 规则需要四个告警级别（page quick 和 slow、ticket quick 和 slow），而不是 %1</translation>
    </message>
    <message>
        <source>expected a string (lists of label values are not supported)</source>
        <translation>需要字符串（不支持标签值列表）</translation>
    </message>
    <message>
        <source>expected an OpenSLO document (a mapping)</source>
        <translation>需要 OpenSLO 文档（映射）</translation>
    </message>
    <message>
        <source>“%1” is not supported (only openslo/v1)</source>
        <translation>不支持 “%1”（仅支持 openslo/v1）</translation>
    </message>
    <message>
        <source>data source references are not supported; give type: Prometheus and spec.query inline</source>
        <translation>不支持数据源引用；请直接写出 type: Prometheus 和 spec.query</translation>
    </message>
    <message>
        <source>“%1” is not supported (only Prometheus)</source>
        <translation>不支持 “%1”（仅支持 Prometheus）</translation>
    </message>
    <message>
        <source>threshold metrics are not supported (only ratioMetric)</source>
        <translation>不支持阈值指标（仅支持 ratioMetric）</translation>
    </message>
    <message>
        <source>cannot be combined with raw</source>
        <translation>不能与 raw 同时使用</translation>
    </message>
    <message>
        <source>expected success or failure, not “%1”</source>
        <translation>需要 success 或 failure，而不是 “%1”</translation>
    </message>
    <message>
        <source>is only for raw metrics</source>
        <translation>仅用于 raw 指标</translation>
    </message>
    <message>
        <source>needs total and exactly one of good and bad (or raw)</source>
        <translation>需要 total，以及 good 和 bad 中的恰好一个（或 raw）</translation>
    </message>
    <message>
        <source>expected a list with one time window</source>
        <translation>需要包含一个时间窗口的列表</translation>
    </message>
    <message>
        <source>“%1” is not supported; give a whole number of days or weeks (28d, 30d, 4w)</source>
        <translation>不支持 “%1”；请给出整数天或周（28d、30d、4w）</translation>
    </message>
    <message>
        <source>needs exactly one of target and targetPercent</source>
        <translation>需要 target 和 targetPercent 中的恰好一个</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>需要数字</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most %1, not %2</source>
        <translation>必须大于 0 且不超过 %1，而不是 %2</translation>
    </message>
    <message>
        <source>“%1” is not supported (only Occurrences)</source>
        <translation>不支持 “%1”（仅支持 Occurrences）</translation>
    </message>
    <message>
        <source>needs exactly one of indicator and indicatorRef</source>
        <translation>需要 indicator 和 indicatorRef 中的恰好一个</translation>
    </message>
    <message>
        <source>no kind: SLI document named “%1” in the file</source>
        <translation>文件中没有名为 “%1” 的 kind: SLI 文档</translation>
    </message>
    <message>
        <source>alert policies are not supported (Traceo uses Sloth&apos;s burn-rate alerts)</source>
        <translation>不支持告警策略（Traceo 使用 Sloth 的消耗速率告警）</translation>
    </message>
    <message>
        <source>expected a list with at least one objective</source>
        <translation>需要至少包含一个目标的列表</translation>
    </message>
    <message>
        <source>is only for threshold metrics, which are not supported</source>
        <translation>仅用于阈值指标，而阈值指标不受支持</translation>
    </message>
    <message>
        <source>is only for Timeslices budgeting, which is not supported</source>
        <translation>仅用于 Timeslices 预算方式，而该方式不受支持</translation>
    </message>
    <message>
        <source>composite objectives are not supported</source>
        <translation>不支持组合目标</translation>
    </message>
    <message>
        <source>“%1” is used by another SLI of the file</source>
        <translation>“%1” 已被文件中的另一个 SLI 使用</translation>
    </message>
    <message>
        <source>“%1” is not supported (SLO, SLI and Service are read)</source>
        <translation>不支持 “%1”（仅读取 SLO、SLI 和 Service）</translation>
    </message>
    <message>
        <source>the file holds no OpenSLO SLO</source>
        <translation>文件中没有 OpenSLO SLO</translation>
    </message>
    <message>
        <source>%1:%2: SLO %3: an objective of 100 % leaves no error budget</source>
        <translation>%1:%2: SLO %3: 目标为 100 % 时没有错误预算</translation>
    </message>
    <message>
        <source>a template action “{{” is not closed by “}}”</source>
        <translation>模板动作“{{”未以“}}”闭合</translation>
    </message>
    <message>
        <source>is only for calendar time windows (isRolling: false)</source>
        <translation>仅用于日历时间窗口（isRolling: false）</translation>
    </message>
    <message>
        <source>“%1” is not supported for calendar time windows (only 1M, the calendar month)</source>
        <translation>日历时间窗口不支持“%1”（仅支持 1M，即自然月）</translation>
    </message>
    <message>
        <source>“%1” is not supported; calendar months are counted in UTC (timeZone: UTC)</source>
        <translation>不支持“%1”；自然月按 UTC 计算（timeZone: UTC）</translation>
    </message>
    <message>
        <source>“%1” is not supported; a calendar month starts on the 1st at 00:00:00 (2024-01-01 00:00:00)</source>
        <translation>不支持“%1”；自然月从 1 日 00:00:00 开始（2024-01-01 00:00:00）</translation>
    </message>
</context>
<context>
    <name>traceo::slo::LocalSli</name>
    <message>
        <source>SLO %1: the raw SLI query “%2” cannot be evaluated over imported series; use a Prometheus source (--prometheus URL)</source>
        <translation>SLO %1：raw SLI 查询“%2”无法基于导入的序列求值；请使用 Prometheus 数据源（--prometheus URL）</translation>
    </message>
    <message>
        <source>SLO %1: the query “%2” is not in the subset evaluated over imported series (sum(rate|increase(metric{matchers}[{{.window}}])) [by (labels)]): %3; use a Prometheus source (--prometheus URL)</source>
        <translation>SLO %1：查询“%2”不在可基于导入序列求值的子集（sum(rate|increase(metric{matchers}[{{.window}}])) [by (labels)]）中：%3；请使用 Prometheus 数据源（--prometheus URL）</translation>
    </message>
</context>
<context>
    <name>traceo::slo::MetricSeriesStore</name>
    <message>
        <source>Cannot store the series %1: %2</source>
        <translation>无法存储序列 %1：%2</translation>
    </message>
</context>
<context>
    <name>traceo::slo::OpenMetricsReader</name>
    <message>
        <source>expected %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>需要指标名称</translation>
    </message>
    <message>
        <source>expected a label name</source>
        <translation>需要标签名称</translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation>标签值未结束</translation>
    </message>
    <message>
        <source>unknown escape sequence in a label value</source>
        <translation>标签值中有未知的转义序列</translation>
    </message>
    <message>
        <source>nothing may follow “# EOF”</source>
        <translation>“# EOF”之后不能有任何内容</translation>
    </message>
    <message>
        <source>unknown metric type “%1”</source>
        <translation>未知的指标类型“%1”</translation>
    </message>
    <message>
        <source>label “%1” appears twice</source>
        <translation>标签“%1”出现了两次</translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation>需要“,”或“}”</translation>
    </message>
    <message>
        <source>expected a space and the sample value</source>
        <translation>需要空格和样本值</translation>
    </message>
    <message>
        <source>invalid sample value</source>
        <translation>无效的样本值</translation>
    </message>
    <message>
        <source>the sample has no timestamp; only timestamped samples can be imported</source>
        <translation>样本没有时间戳；只能导入带时间戳的样本</translation>
    </message>
    <message>
        <source>invalid timestamp (OpenMetrics timestamps are seconds)</source>
        <translation>无效的时间戳（OpenMetrics 时间戳以秒为单位）</translation>
    </message>
    <message>
        <source>invalid timestamp (the Prometheus text format has integer milliseconds)</source>
        <translation>无效的时间戳（Prometheus 文本格式使用整数毫秒）</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>时间戳之后有意外的文本</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: 无法读取文件: %2</translation>
    </message>
</context>
<context>
    <name>traceo::slo::promql::Parser</name>
    <message>
        <source>unexpected text</source>
        <translation>意外的文本</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>expected “%1”</source>
        <translation>需要“%1”</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>需要 %1</translation>
    </message>
    <message>
        <source>a second grouping clause</source>
        <translation>第二个分组子句</translation>
    </message>
    <message>
        <source>a label name</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <source>expected sum(…), rate(…) or increase(…); only Sloth&apos;s events form is evaluated locally</source>
        <translation>需要 sum(…)、rate(…) 或 increase(…)；只有 Sloth 的 events 形式可在本地求值</translation>
    </message>
    <message>
        <source>a metric name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>需要指标名称</translation>
    </message>
    <message>
        <source>expected a range duration such as 5m</source>
        <translation>需要范围时长，例如 5m</translation>
    </message>
    <message>
        <source>expected a quoted string</source>
        <translation>需要带引号的字符串</translation>
    </message>
    <message>
        <source>unsupported escape sequence</source>
        <translation>不支持的转义序列</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
</context>
</TS>
