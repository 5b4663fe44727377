<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentMonthlyReport</name>
    <message>
        <location filename="../app/core/report/AgentMonthlyReport.cpp" line="+94"/>
        <source>There is no agent with the id %1.</source>
        <translation>不存在 ID 为 %1 的坐席。</translation>
    </message>
</context>
<context>
    <name>AgentMonthlyReportRenderer</name>
    <message>
        <location filename="../app/core/report/AgentMonthlyReportRenderer.cpp" line="+47"/>
        <source>Agent monthly report: %1, %2</source>
        <translation>坐席月度报告：%1，%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Monthly report %1, %2</source>
        <translation>月度报告 %1，%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · 打印于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Agent monthly report</source>
        <translation>坐席月度报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no team</source>
        <translation>未分配班组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, %3</source>
        <translation>%1 至 %2，%3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>team %1</source>
        <translation>班组 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>n = %1, small sample</source>
        <translation>n = %1，样本量不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% interval</source>
        <translation>95% 置信区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+104"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against target</source>
        <translation>与目标值对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ on target</source>
        <translation>✓ 达标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ off target</source>
        <translation>✗ 未达标</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service KPIs against team and targets</source>
        <translation>服务 KPI 与班组及目标值对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>* fewer than %1 responses: a small sample, read with care.</source>
        <translation>* 回复少于 %1 条：样本量不足，解读时请谨慎。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rates are percentages of the interactions that have the figure; the 95% interval is Wilson&apos;s. Lower is better for handle time, first response and complaints.</source>
        <translation>比率为在有该项数据的会话中所占的百分比；95% 区间为威尔逊置信区间。处理时长、首次响应时间和投诉率越低越好。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trend and dimensions</source>
        <translation>趋势与维度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QA score and CSAT % by month</source>
        <translation>各月 质检得分与 CSAT %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>n &lt; %1, small sample, or month in progress</source>
        <translation>n &lt; %1，样本量不足，或月份尚未结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n &lt; %1, small sample</source>
        <translation>n &lt; %1，样本量不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score, team</source>
        <translation>质检得分（班组）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT %, team</source>
        <translation>CSAT %（班组）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mean level by dimension (1–5)</source>
        <translation>各维度平均档位（1–5）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent mean</source>
        <translation>坐席均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team mean</source>
        <translation>班组均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against team</source>
        <translation>与班组对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs work</source>
        <translation>待改进</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Strengths and weaknesses by dimension</source>
        <translation>各维度优势与待改进项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(team %1, %2)</source>
        <translation>（班组 %1，%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strengths: none stands out this month.</source>
        <translation>优势：本月没有突出的维度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength — %1.</source>
        <translation>优势——%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs work: no dimension falls short this month.</source>
        <translation>待改进项：本月没有未达要求的维度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs work — %1.</source>
        <translation>待改进——%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level %1 (%2) asks: %3</source>
        <translation>档位 %1（%2）要求：%3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (veto)</source>
        <translation>%1（一票否决）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evaluations this month (%1)</source>
        <translation>本月质检单（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No submitted evaluations this month.</source>
        <translation>本月没有已提交的质检单。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/core/settings/AppSettings.cpp" line="+40"/>
        <source>inspector</source>
        <translation>质检员</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/Application.cpp" line="+47"/>
        <source>Please check the database %1.</source>
        <translation>请检查数据库 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QA Desk cannot work with the database %1.</source>
        <translation>QA Desk 无法使用数据库 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The file was not changed. Restore your latest backup with &quot;qadesk-cli --db FILE restore --from BACKUP&quot;, or open another database with --db.</source>
        <translation>%1

该文件未被改动。请用 “qadesk-cli --db 文件 restore --from 备份” 恢复最近的备份，或用 --db 打开其他数据库。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>QA Desk: customer-service quality inspection</source>
        <translation>QA Desk：客服质检</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+8"/>
        <location line="+67"/>
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../app/core/storage/AuditChain.cpp" line="+105"/>
        <source>The database %1 has schema version %2, which keeps no audit chain; open it with QA Desk or run &quot;qadesk-cli init&quot; to upgrade it.</source>
        <translation>数据库 %1 的结构版本为 %2，尚无审计哈希链；请用 QA Desk 打开或运行“qadesk-cli init”升级。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Audit entry id %1 has no place in the chain: it was inserted or replaced outside QA Desk (after entry %2).</source>
        <translation>审计条目 id %1 不在哈希链中：它是在 QA Desk 之外插入或替换的（位于第 %2 条之后）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Audit entry id %1 claims place %2, which entry id %3 holds: it was inserted outside QA Desk.</source>
        <translation>审计条目 id %1 声称位于第 %2 条，而该位置属于条目 id %3：它是在 QA Desk 之外插入的。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit entry %1 is missing: it was deleted (the chain goes on at entry %2, id %3).</source>
        <translation>第 %1 条审计条目缺失：它已被删除（链从第 %2 条、id %3 继续）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit entries %1 to %2 are missing: they were deleted (the chain goes on at entry %3, id %4).</source>
        <translation>第 %1 至 %2 条审计条目缺失：它们已被删除（链从第 %3 条、id %4 继续）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit entry %1 (id %2) does not follow entry %3 (id %4): one of them was replaced, or an entry was inserted between them.</source>
        <translation>第 %1 条审计条目（id %2）与第 %3 条（id %4）链接不上：其中一条被替换，或两者之间被插入了条目。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit entry %1 (id %2) was changed after it was written: its content no longer matches its hash.</source>
        <translation>第 %1 条审计条目（id %2）写入后被修改：内容与其哈希不符。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The audit chain&apos;s head record was deleted.</source>
        <translation>审计链的链头记录已被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the log.</source>
        <translation>第 %1 至 %2 条审计条目缺失：它们从日志末尾被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit entries %1 to %2 were added outside QA Desk, after the chain&apos;s head (entry %3).</source>
        <translation>第 %1 至 %2 条审计条目是在 QA Desk 之外、链头（第 %3 条）之后添加的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit entry %1 (id %2), the last one, does not match the chain&apos;s head: it was replaced.</source>
        <translation>最后一条审计条目（第 %1 条，id %2）与链头不符：它已被替换。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit entry %1 is not the one seen here before (%2): the log was rewritten since.</source>
        <translation>第 %1 条审计条目与此前在本机看到的不同（%2）：日志此后被改写过。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit chain&apos;s head record is missing.</source>
        <translation>缺少审计链的链头记录。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/core/storage/AuditLog.cpp" line="+22"/>
        <source>The audit log&apos;s chain head is missing from %1; run &quot;qadesk-cli audit verify&quot;.</source>
        <translation>%1 中缺少审计日志的链头；请运行“qadesk-cli audit verify”。</translation>
    </message>
</context>
<context>
    <name>CalibrationExport</name>
    <message>
        <location filename="../app/core/export/CalibrationExport.cpp" line="+20"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>测量层次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% low</source>
        <translation>95% 下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% high</source>
        <translation>95% 上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>判读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions (units)</source>
        <translation>会话数（单元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values (n)</source>
        <translation>评分数（n）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Graders</source>
        <translation>评分员</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pairs with the expert</source>
        <translation>与专家比对数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean absolute deviation from the expert</source>
        <translation>与专家的平均绝对偏差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (expert)</source>
        <translation>%1（专家）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Leniency (mean deviation from the consensus)</source>
        <translation>宽严度（与共识的平均偏差）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leniency 95% low</source>
        <translation>宽严度 95% 下限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leniency 95% high</source>
        <translation>宽严度 95% 上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leniency n</source>
        <translation>宽严度 n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean deviation from the expert</source>
        <translation>与专家的平均偏差</translation>
    </message>
</context>
<context>
    <name>CalibrationReportRenderer</name>
    <message>
        <location filename="../app/core/report/CalibrationReportRenderer.cpp" line="+56"/>
        <source>Calibration results: %1</source>
        <translation>校准结果：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Calibration %1</source>
        <translation>校准 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · 打印于 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calibration results</source>
        <translation>校准结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created by %1</source>
        <translation>创建人 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expert</source>
        <translation>未指定专家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expert: %1</source>
        <translation>专家：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 scores submitted</source>
        <translation>已提交 %1 / %2 份评分</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 条会话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants: %1</source>
        <translation>参与人：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>测量层次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Reading</source>
        <translation>判读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n (interactions / values)</source>
        <translation>n（会话 / 评分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deviation from the expert</source>
        <translation>与专家偏差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alignment</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agreement (Krippendorff&apos;s alpha)</source>
        <translation>一致性（Krippendorff α 系数）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: %2.</source>
        <translation>“%1”：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grader</source>
        <translation>评分员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leniency (points)</source>
        <translation>宽严度（分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versus the expert (points)</source>
        <translation>相对专家（分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (expert)</source>
        <translation>%1（专家）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Graders: leniency and severity</source>
        <translation>评分员：宽松与严格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted scores: interaction × grader</source>
        <translation>加权得分：会话 × 评分员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each cell: the grader&apos;s weighted score, under it the deviation from the consensus; blue above it (lenient), red below (severe). · not scored.</source>
        <translation>每格为评分员的加权得分，其下为与共识的偏差；蓝色偏高（宽松），红色偏低（严格）。· 表示未评分。</translation>
    </message>
</context>
<context>
    <name>CalibrationService</name>
    <message>
        <location filename="../app/core/calibration/CalibrationService.cpp" line="+21"/>
        <source>Calibration sessions are run by a QA manager or an administrator; %1 may not.</source>
        <translation>校准会话由质检经理或管理员发起和关闭；%1 无此权限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A calibration session needs a name.</source>
        <translation>校准任务需要一个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A calibration session needs at least one interaction.</source>
        <translation>校准任务至少需要一条会话。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A calibration session needs at least one participant.</source>
        <translation>校准任务至少需要一名参与人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expert must be one of the participants.</source>
        <translation>专家必须是参与人之一。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Expected %1 dimension scores (%2), got %3.</source>
        <translation>应有 %1 个维度评分（%2），实际为 %3 个。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: choose a level from 1 to 5, or mark it N/A.</source>
        <translation>%1：请选择 1–5 级，或标记为不适用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checklist &quot;%1&quot;: expected yes, no or na, got &quot;%2&quot;.</source>
        <translation>服务流程“%1”：应为 yes、no 或 na，实际为“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: answer &quot;%1&quot; with yes, no or N/A.</source>
        <translation>服务流程：请为“%1”选择是、否或不适用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rubric has no critical item &quot;%1&quot;.</source>
        <translation>评分标准中没有一票否决项“%1”。</translation>
    </message>
</context>
<context>
    <name>CalibrationStore</name>
    <message>
        <location filename="../app/core/storage/CalibrationStore.cpp" line="+101"/>
        <source>Calibration session %1 is closed.</source>
        <translation>校准任务 %1 已关闭。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no calibration session %1.</source>
        <translation>不存在校准任务 %1。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Calibration session %1 is closed: no more scores are taken.</source>
        <translation>校准任务 %1 已关闭，不再接受评分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interaction %1 is not part of calibration session %2.</source>
        <translation>会话 %1 不属于校准任务 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not take part in calibration session %2.</source>
        <translation>%1 不是校准任务 %2 的参与人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has already submitted a score of this interaction in calibration session %2; a submitted score is final.</source>
        <translation>%1 已在校准任务 %2 中提交过此会话的评分；已提交的评分不可更改。</translation>
    </message>
</context>
<context>
    <name>CalibrationText</name>
    <message>
        <location filename="../app/core/calibration/CalibrationText.cpp" line="+18"/>
        <source>All dimensions (pooled)</source>
        <translation>全部维度（合并）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade band</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical item: %1</source>
        <translation>一票否决：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: %1</source>
        <translation>服务流程：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nominal</source>
        <translation>名义</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ordinal</source>
        <translation>有序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interval</source>
        <translation>等距</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tentative</source>
        <translation>仅可初步参考</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>undefined</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fewer than 2 values to pair (a second grader is needed)</source>
        <translation>可配对的评分少于 2 个（需要第二位评分员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every value is the same: no variation to measure</source>
        <translation>所有评分相同：没有可衡量的差异</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Leniency: a grader&apos;s mean signed deviation from the consensus, where the consensus of an interaction is the mean weighted score of the other graders; positive is lenient, negative severe. 95 % t interval.</source>
        <translation>宽严度：评分员与共识的平均有向偏差；某会话的共识为其他评分员加权得分的平均值。正值偏宽松，负值偏严格。区间为 95% t 区间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Krippendorff&apos;s alpha: ≥ 0.800 reliable, 0.667–0.800 tentative, below 0.667 not reliable. Intervals: 95 % bootstrap over the interactions (seeded, reproducible).</source>
        <translation>Krippendorff α：≥ 0.800 可靠，0.667–0.800 仅可初步参考，低于 0.667 不可靠。区间：按会话重抽样的 95% bootstrap 区间（固定种子，可复现）。</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="+112"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location line="-31"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ChecklistResult</name>
    <message>
        <location line="+56"/>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>CoachingService</name>
    <message>
        <location filename="../app/core/improvement/CoachingService.cpp" line="+23"/>
        <source>There is no coaching session %1 for %2.</source>
        <translation>没有供 %2 查看的辅导记录 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no agent with the code &quot;%1&quot;.</source>
        <translation>没有工号为“%1”的坐席。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A coaching session needs the date it was held.</source>
        <translation>辅导记录需要填写辅导日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rubric has no dimension &quot;%1&quot;.</source>
        <translation>评分标准中没有维度“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>A commitment needs its text.</source>
        <translation>承诺需要填写内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no commitment %1.</source>
        <translation>没有承诺 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitment %1 is done already.</source>
        <translation>承诺 %1 已经完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment %1 is not done.</source>
        <translation>承诺 %1 尚未完成。</translation>
    </message>
</context>
<context>
    <name>CoachingStore</name>
    <message>
        <location filename="../app/core/storage/CoachingStore.cpp" line="+74"/>
        <source>There is no agent with the code &quot;%1&quot;.</source>
        <translation>没有工号为“%1”的坐席。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evaluation %1 is not one of agent %2&apos;s.</source>
        <translation>质检单 %1 不属于坐席 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Interaction %1 is not one of agent %2&apos;s.</source>
        <translation>会话 %1 不属于坐席 %2。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>There is no commitment %1.</source>
        <translation>没有承诺 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no coaching session %1.</source>
        <translation>没有辅导记录 %1。</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../app/core/storage/Connection.cpp" line="+70"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the database file %1: %2</source>
        <translation>无法创建数据库文件 %1：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the database %1: it is not an SQLite database, or it is damaged.</source>
        <translation>无法打开数据库 %1：该文件不是 SQLite 数据库，或已损坏。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The database is busy: another program or window kept it locked for too long (%1). Nothing was changed; try again.</source>
        <translation>数据库正忙：另一个程序或窗口锁定它的时间过长（%1）。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>the database %1 can be read by other users (mode %2); it holds personal data: make it owner-only with chmod 600</source>
        <translation>数据库 %1 可被其他用户读取（权限 %2）；其中含有个人数据：请用 chmod 600 将其设为仅所有者可访问</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../app/core/kpi/DashboardService.cpp" line="+51"/>
        <source>The dashboard needs a period with a first and a last day.</source>
        <translation>看板需要一个有起止日期的周期。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <location filename="../ui/dashboard/DashboardFormat.cpp" line="+49"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pts</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>95% CI %1 to %2</source>
        <translation>95% 置信区间 %1 至 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95% CI %1–%2%3</source>
        <translation>95% 置信区间 %1–%2%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TargetsDialog.cpp" line="+32"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <location filename="../app/core/storage/DatabaseBackup.cpp" line="+29"/>
        <source>Backup and restore work on SQLite database files; for PostgreSQL use pg_dump and pg_restore.</source>
        <translation>备份与恢复仅适用于 SQLite 数据库文件；PostgreSQL 请使用 pg_dump 和 pg_restore。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite driver does not expose its database handle.</source>
        <translation>SQLite 驱动未提供数据库句柄。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>The file is not a readable SQLite database: %1</source>
        <translation>该文件不是可读取的 SQLite 数据库：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database file is damaged: %1</source>
        <translation>数据库文件已损坏：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database was written by a newer QA Desk (schema version %1; this one knows up to %2). Update QA Desk to open it; it was left unchanged.</source>
        <translation>该数据库由更新版本的 QA Desk 写入（架构版本 %1；本程序最高支持 %2）。请升级 QA Desk 后再打开；文件未被改动。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot start the copy of %1: %2</source>
        <translation>无法开始复制 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The copy of %1 waited too long for another program&apos;s lock. Nothing was changed; try again.</source>
        <translation>复制 %1 时等待其他程序的锁过久。未做任何更改，请重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy %1: the backup uses a different page size from this database (%2).</source>
        <translation>无法复制 %1：备份的页面大小与本数据库不同（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot copy %1: %2</source>
        <translation>无法复制 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is the database itself; choose another file for the backup.</source>
        <translation>%1 就是数据库本身，请为备份选择其他文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup did not check out: %1</source>
        <translation>备份校验未通过：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 是数据库本身，而不是它的备份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 无法恢复：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a QA Desk database.</source>
        <translation>%1 不是 QA Desk 数据库。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../app/core/demo/DemoGenerator.cpp" line="+258"/>
        <source>The database %1 already holds %2 interactions; demo data goes into an empty database.</source>
        <translation>数据库 %1 中已有 %2 条会话；演示数据只能写入空数据库。</translation>
    </message>
</context>
<context>
    <name>DemoRecordings</name>
    <message>
        <location filename="../app/core/demo/DemoRecordings.cpp" line="+89"/>
        <source>espeak-ng is not installed: the demo has no recordings (install espeak-ng and run the demo again to hear calls).</source>
        <translation>未安装 espeak-ng：演示数据没有录音（安装 espeak-ng 后重新生成演示数据即可试听通话）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>DisputeOutcome</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="-89"/>
        <source>Accepted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partly accepted</source>
        <translation>部分采纳</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>EnvelopeReader</name>
    <message>
        <location filename="../app/core/audio/AudioEnvelope.cpp" line="+77"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../app/core/audio/PcmSource.cpp" line="+15"/>
        <source>The recording %1 does not exist.</source>
        <translation>录音 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>EvaluationSheet</name>
    <message>
        <location filename="../app/core/report/EvaluationSheet.cpp" line="+48"/>
        <source>Evaluation %1 does not exist.</source>
        <translation>质检单 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>EvaluationSheetRenderer</name>
    <message>
        <location filename="../app/core/report/EvaluationSheetRenderer.cpp" line="+58"/>
        <source>Evaluation sheet No. %1</source>
        <translation>质检评分表（编号 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Evaluation sheets (%n)</source>
        <translation>
            <numerusform>质检评分表（%n 份）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Quality evaluation sheet No. %1 (continued)</source>
        <translation>质检评分表（编号 %1，续）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DRAFT</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · 打印于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation No. %1 · page %2 of %3</source>
        <translation>质检单编号 %1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Customer-service quality evaluation sheet</source>
        <translation>客服质检评分表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rubric: %1, version %2</source>
        <translation>评分标准：%1，版本 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · evaluation version %2 (rescored after a dispute)</source>
        <translation>%1 · 质检单第 %2 版（申诉后重评）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+79"/>
        <location line="+260"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-338"/>
        <location line="+59"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+333"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="-332"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluation date</source>
        <translation>质检日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>档位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level description</source>
        <translation>档位说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable: left out of the score.</source>
        <translation>不适用：不计入得分。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not scored.</source>
        <translation>未评分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+205"/>
        <source>(shortened; the full comment is in QA Desk)</source>
        <translation>（内容已截断；完整评语请在 QA Desk 中查看）</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Scores by dimension</source>
        <translation>各维度得分</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said</source>
        <translation>原话</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evidence from the transcript</source>
        <translation>对话证据</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service step</source>
        <translation>服务环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it requires</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Service process checklist</source>
        <translation>服务流程检查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Critical item (any failure makes the score 0)</source>
        <translation>一票否决项（任一项未通过则得分为 0）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Critical items (veto)</source>
        <translation>一票否决项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Veto: %1 failed. The overall score is 0 and the grade is %2, whatever the dimension scores.</source>
        <translation>一票否决：%1 未通过。无论各维度得分如何，总分均为 0，等级为 %2。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dimensions marked N/A are left out of both sums.</source>
        <translation>标记为不适用的维度在分子和分母中均不计入。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Marked N/A here: %n.</source>
        <translation>
            <numerusform>本单标记为不适用的维度：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dimension(s) not scored.</source>
        <translation>
            <numerusform>%n 个维度未评分。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>score = 100 × Σ wᵢ·sᵢ / (5 × Σ wᵢ)</source>
        <translation>得分 = 100 × Σ wᵢ·sᵢ / (5 × Σ wᵢ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score</source>
        <translation>无得分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the score is computed</source>
        <translation>得分计算方法</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Released to the agent</source>
        <translation>已下发坐席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2; to acknowledge or dispute by %3</source>
        <translation>%1，由 %2 下发；确认或申诉截止 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, signed &quot;%2&quot;</source>
        <translation>%1，签名“%2”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>已申诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final decision (终审)</source>
        <translation>终审裁决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team lead&apos;s decision</source>
        <translation>组长复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, by %3 at %4</source>
        <translation>%1：%2，%3 于 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; rescored: version %1 → %2</source>
        <translation>；已重评：第 %1 版 → 第 %2 版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>终审</source>
        <translation>终审</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level 1</source>
        <translation>一级复核</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The agent may escalate until %1</source>
        <translation>坐席可在 %1 前申请终审</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the decision, due %1</source>
        <translation>等待裁决，截止 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Feedback to the agent</source>
        <translation>反馈与申诉</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent:  ☑ I have read this evaluation and agree (acknowledged in QA Desk)</source>
        <translation>坐席：☑ 本人已阅读本评分并确认（已在 QA Desk 中签收）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent:  ☑ I dispute it (the dispute and its outcome are above)</source>
        <translation>坐席：☑ 本人提出申诉（申诉及结果见上）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent:  ☐ I have read this evaluation and agree    ☐ I dispute it; reason: ______________________________</source>
        <translation>坐席：  ☐ 本人已阅读本质检单并认可    ☐ 本人有异议，理由：______________________________</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature (%1)</source>
        <translation>签字（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>EvaluationStatus</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="+45"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed</source>
        <translation>申诉中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <location filename="../app/core/storage/EvaluationStore.cpp" line="+48"/>
        <source>Cannot add the inspector %1.</source>
        <translation>无法添加质检员 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already has a draft of this interaction (evaluation %2), saved from another window or program.</source>
        <translation>%1 已有该会话的草稿（评估 %2），由另一个窗口或程序保存。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+193"/>
        <source>Evaluation %1 does not exist.</source>
        <translation>质检单 %1 不存在。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Evaluation %1 was submitted or changed in another window or program since you opened it.</source>
        <translation>自您打开评估 %1 以来，它已在另一个窗口或程序中被提交或修改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Evaluation %1 was already submitted or changed elsewhere.</source>
        <translation>质检单 %1 已在别处提交或修改。</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <location filename="../app/core/export/ExportTables.cpp" line="+62"/>
        <source>Evaluation</source>
        <translation>质检单编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>会话编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (%1)</source>
        <translation>开始时间（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent ID</source>
        <translation>坐席 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade key</source>
        <translation>等级代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical item failed</source>
        <translation>一票否决项未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted (%1)</source>
        <translation>提交时间（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+14"/>
        <location line="+28"/>
        <source>Evaluations</source>
        <translation>质检单</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start</source>
        <translation>周期起始日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT responses</source>
        <translation>CSAT 回复数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS responses</source>
        <translation>NPS 回复数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES responses</source>
        <translation>CES 回复数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FCR known</source>
        <translation>FCR 样本数</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <location filename="../app/core/feedback/FeedbackService.cpp" line="+54"/>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluation %1 does not exist or has not been submitted.</source>
        <translation>质检单 %1 不存在或尚未提交。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>release evaluations to agents</source>
        <translation>向坐席下发质检结果</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no submitted evaluation of this interaction to release.</source>
        <translation>%1 在此会话上没有可下发的已提交质检单。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 may release only their own evaluations; evaluation %2 is %3&apos;s.</source>
        <translation>%1 只能下发自己的质检单；质检单 %2 属于 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 leads %2; evaluation %3 is of an agent of %4.</source>
        <translation>%1 负责 %2；质检单 %3 属于 %4 的坐席。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>no team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Evaluation %1 was already released to the agent.</source>
        <translation>质检单 %1 已下发给坐席。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation %1 is %2: only a submitted evaluation can be released.</source>
        <translation>质检单 %1 状态为%2：只有已提交的质检单可以下发。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>acknowledge evaluations</source>
        <translation>确认质检结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may acknowledge only their own evaluations; evaluation %2 is of agent %3.</source>
        <translation>%1 只能确认自己的质检单；质检单 %2 属于坐席 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evaluation %1 has not been released to the agent yet.</source>
        <translation>质检单 %1 尚未下发给坐席。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation %1 cannot be acknowledged: it is already %2.</source>
        <translation>质检单 %1 无法确认：当前已是“%2”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An acknowledgement needs the agent&apos;s name typed as a signature.</source>
        <translation>确认时须输入坐席本人姓名作为签名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drawn signature must be a JSON list of strokes of at most 64 KB.</source>
        <translation>手写签名须为不超过 64 KB 的 JSON 笔画列表。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>dispute evaluations</source>
        <translation>对质检结果申诉</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may dispute only their own evaluations; evaluation %2 is of agent %3.</source>
        <translation>%1 只能对自己的质检单申诉；质检单 %2 属于坐席 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evaluation %1 cannot be disputed: it is already %2.</source>
        <translation>质检单 %1 无法申诉：当前已是“%2”。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The window to dispute evaluation %1 closed at %2.</source>
        <translation>质检单 %1 的申诉期已于 %2 截止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent %1 has raised %2 disputes this month, the most the rubric allows (%3).</source>
        <translation>坐席 %1 本月已申诉 %2 次，已达评分表允许的上限（%3 次）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A dispute names at least one dimension, with a reason and the level proposed.</source>
        <translation>申诉须至少包含一个维度，并写明理由和建议等级。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+88"/>
        <source>The rubric of evaluation %1 has no dimension &quot;%2&quot;.</source>
        <translation>质检单 %1 的评分表中没有维度“%2”。</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The dimension &quot;%1&quot; is disputed twice.</source>
        <translation>维度“%1”重复申诉。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dispute of &quot;%1&quot; needs a reason.</source>
        <translation>“%1”的申诉需要写明理由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The level proposed for &quot;%1&quot; must be 1 to 5.</source>
        <translation>“%1”的建议等级须为 1 至 5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An evidence turn of &quot;%1&quot; is not in this interaction&apos;s transcript.</source>
        <translation>“%1”的证据语句不在本会话的对话记录中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recording time of &quot;%1&quot; is negative.</source>
        <translation>“%1”的录音时间为负数。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A decision is accepted, partly or rejected (not &quot;%1&quot;).</source>
        <translation>裁决结果须为采纳、部分采纳或驳回（不能是“%1”）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decide disputes</source>
        <translation>裁决申诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 leads %2 and may decide only their team&apos;s disputes; evaluation %3 is of an agent of %4.</source>
        <translation>%1 负责 %2，只能裁决本组的申诉；质检单 %3 属于 %4 的坐席。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>take the final decision (终审) on escalated disputes</source>
        <translation>对提请终审的申诉作终审裁决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation %1 has no dispute waiting for a decision (it is %2).</source>
        <translation>质检单 %1 没有待裁决的申诉（当前为“%2”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A decision needs a reason the agent can read.</source>
        <translation>裁决需要写明坐席可阅读的理由。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rejected dispute keeps the scores: leave out the rescore.</source>
        <translation>驳回的申诉保持原评分：请不要重评。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A dispute accepted in part needs the new levels (the rescore).</source>
        <translation>部分采纳的申诉需要给出新的等级（重评）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The new level of &quot;%1&quot; must be 1 to 5 or N/A.</source>
        <translation>“%1”的新等级须为 1 至 5 或不适用。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Evaluation %1 has no level-1 decision waiting for the agent.</source>
        <translation>质检单 %1 没有等待坐席回应的组长复核结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may not accept the decision on evaluation %2: only its agent can.</source>
        <translation>%1 不能代为接受质检单 %2 的裁决：只有该坐席本人可以。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent may still escalate evaluation %1 until %2; it can be closed after that.</source>
        <translation>坐席在 %2 前仍可对质检单 %1 申请终审；之后才能结案。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>escalate disputes</source>
        <translation>申请终审</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may escalate only their own disputes; evaluation %2 is of agent %3.</source>
        <translation>%1 只能对自己的申诉申请终审；质检单 %2 属于坐席 %3。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evaluation %1 has no level-1 decision to escalate.</source>
        <translation>质检单 %1 没有可申请终审的组长复核结果。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The window to escalate evaluation %1 closed at %2; the level-1 decision stands.</source>
        <translation>质检单 %1 的终审申请期已于 %2 截止，组长复核结果生效。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 (%2) may not see evaluation %3.</source>
        <translation>%1（%2）无权查看质检单 %3。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>see dispute and overturn rates</source>
        <translation>查看申诉率和改判率</translation>
    </message>
</context>
<context>
    <name>FeedbackState</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="-114"/>
        <source>Not released</source>
        <translation>未下发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released, awaiting the agent</source>
        <translation>已下发，待坐席确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed, awaiting the team lead</source>
        <translation>已申诉，待组长复核</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided by the team lead, awaiting the agent</source>
        <translation>组长已复核，待坐席回应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalated, awaiting the final decision</source>
        <translation>已申请终审，待质检经理裁决</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute closed</source>
        <translation>申诉已结案</translation>
    </message>
</context>
<context>
    <name>FfmpegReader</name>
    <message>
        <location filename="../app/core/audio/FfmpegReader.cpp" line="+73"/>
        <source>not a recording FFmpeg can read: damaged, cut short or not audio (%1).</source>
        <translation>不是 FFmpeg 能读取的录音：文件已损坏、不完整或不是音频（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is damaged or truncated (%1).</source>
        <translation>文件已损坏或不完整（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no decoder for its audio on this system.</source>
        <translation>本系统没有能解码其音频的解码器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds no audio.</source>
        <translation>文件中没有音频。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its %1 audio cannot be decoded (%2).</source>
        <translation>其 %1 音频无法解码（%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no audio could be decoded from it (damaged or truncated?).</source>
        <translation>无法从中解码出任何音频（文件已损坏或不完整？）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>its audio cannot be converted to 16-bit samples.</source>
        <translation>其音频无法转换为 16 位采样。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the decoder gives no sample rate or channels.</source>
        <translation>解码器未给出采样率或声道数。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/NameOnlyIconProvider.cpp" line="+20"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/core/import/CsvInteractionParser.cpp" line="+29"/>
        <source>the file is empty (expected a header row naming the columns)</source>
        <translation>文件为空（应有一行列名作为表头）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>表头有 %1 个字段，但此行有 %2 个</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+85"/>
        <source>the column &apos;%1&apos; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>column &apos;%1&apos; is not a field of an interaction; ignored</source>
        <translation>列“%1”不是会话的字段，已忽略</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the header lacks the column(s) %1 (required: external_id, started_at, agent_id)</source>
        <translation>表头缺少列 %1（必需列：external_id、started_at、agent_id）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>column &apos;%1&apos; is not a field of a turn; ignored</source>
        <translation>列“%1”不是对话轮次的字段，已忽略</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the header lacks the column(s) %1 (required: external_id, speaker, text)</source>
        <translation>表头缺少列 %1（必需列：external_id、speaker、text）</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+430"/>
        <location filename="../app/core/import/RecordNormalizer.cpp" line="+194"/>
        <source>external_id is required</source>
        <translation>external_id 为必填项</translation>
    </message>
    <message>
        <location filename="../app/core/import/CsvReader.cpp" line="+62"/>
        <source>the record is longer than %1 characters, the limit for one CSV record</source>
        <translation>该记录超过 %1 个字符，超出单条 CSV 记录的上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the record has more than %1 fields, the limit for one CSV record</source>
        <translation>该记录超过 %1 个字段，超出单条 CSV 记录的上限</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a quoted field is not closed (missing &apos;&quot;&apos;)</source>
        <translation>带引号的字段未闭合（缺少 &apos;&quot;&apos;）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unexpected text after a closing quote (expected &apos;%1&apos; or the end of the line)</source>
        <translation>右引号后有多余内容（应为 &apos;%1&apos; 或行尾）</translation>
    </message>
    <message>
        <location filename="../app/core/import/FieldRules.cpp" line="+99"/>
        <source>&apos;%1&apos; is not an ISO 8601 date and time with a UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>“%1”不是带 UTC 偏移的 ISO 8601 日期时间（示例：2024-03-05T09:15:02+08:00）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown channel &apos;%1&apos; (expected phone, chat, email or other)</source>
        <translation>未知渠道“%1”（应为 phone、chat、email 或 other）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown category &apos;%1&apos; (expected consultation, complaint, after_sales, suggestion or other)</source>
        <translation>未知类别“%1”（应为 consultation、complaint、after_sales、suggestion 或 other）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown speaker &apos;%1&apos; (expected agent, customer or system, or 客服, 坐席, assistant, helpdesk for the agent and 客户, 用户, user for the customer)</source>
        <translation>未知说话人“%1”（应为 agent、customer 或 system；坐席也可写作 客服、坐席、assistant、helpdesk，客户也可写作 客户、用户、user）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected true or false (or 1/0, yes/no, 是/否), got &apos;%1&apos;</source>
        <translation>应为 true 或 false（或 1/0、yes/no、是/否），实际为“%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; has no time of day and no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>“%1”缺少时刻和 UTC 偏移（示例：2024-03-05T09:15:02+08:00）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; has no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00 or …Z)</source>
        <translation>“%1”缺少 UTC 偏移（示例：2024-03-05T09:15:02+08:00 或 …Z）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;%1&apos; has an impossible UTC offset %2 (offsets range from -14:00 to +14:00)</source>
        <translation>“%1”的 UTC 偏移 %2 不可能存在（偏移范围为 -14:00 到 +14:00）</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>%1 milliseconds is too large to be stored exactly (at most %2)</source>
        <translation>%1 毫秒过大，无法精确存储（最大 %2）</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a real date and time</source>
        <translation>“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <location line="+91"/>
        <location line="+20"/>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>应为 %1 到 %2 之间的整数，实际为 %3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>expected a whole number from %1 to %2, got &apos;%3&apos;</source>
        <translation>应为 %1 到 %2 之间的整数，实际为“%3”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a number of seconds ≥ 0, got %1</source>
        <translation>应为 ≥ 0 的秒数，实际为 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>expected a number of seconds ≥ 0, got &apos;%1&apos;</source>
        <translation>应为 ≥ 0 的秒数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected a whole number of milliseconds ≥ 0, got &apos;%1&apos;</source>
        <translation>应为 ≥ 0 的整数毫秒数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>end_ms (%1) is before start_ms (%2)</source>
        <translation>end_ms（%1）早于 start_ms（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/import/FileImport.cpp" line="+50"/>
        <source>more warnings not shown</source>
        <translation>更多警告未显示</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>recording &apos;%1&apos; is a URL; only files inside the imported file&apos;s folder or the recordings root are accepted</source>
        <translation>录音“%1”是一个 URL；只接受位于导入文件所在文件夹或录音根目录内的文件</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>recording &apos;%1&apos; is outside the imported file&apos;s folder %2%3; refused</source>
        <translation>录音“%1”位于导入文件的文件夹 %2%3 之外；已拒绝</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and the recordings root %1</source>
        <translation>及录音根目录 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recording not found: %1 (stored anyway)</source>
        <translation>未找到录音：%1（已照常保存）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no interaction with external_id &apos;%1&apos; exists; import the interactions first (or in the same batch)</source>
        <translation>不存在 external_id 为“%1”的会话；请先导入会话（或在同一批次中导入）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no agent_id in the file&apos;s header and no interaction &apos;%1&apos; in the database: the agent is recorded as &apos;unknown&apos;</source>
        <translation>文件头中没有 agent_id，数据库中也没有会话“%1”：坐席记为 &apos;unknown&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no started_at in the file&apos;s header: the file&apos;s modification time %1 is used</source>
        <translation>文件头中没有 started_at：改用文件修改时间 %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/Importer.cpp" line="+80"/>
        <source>not enough memory to import this file</source>
        <translation>内存不足，无法导入此文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the import failed unexpectedly: %1</source>
        <translation>导入意外失败：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is the QA Desk database itself (or one of its working files), not a file to import</source>
        <translation>这是 QA Desk 数据库本身（或其工作文件），不是可导入的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file holds no interactions</source>
        <translation>文件中没有会话</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonFieldReader.cpp" line="+9"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/core/import/JsonFieldReader.h" line="+54"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/core/import/JsonFieldReader.h" line="-10"/>
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+36"/>
        <location line="+13"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/core/import/JsonFieldReader.h" line="+62"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonFieldReader.h" line="-77"/>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="-406"/>
        <source>the field appears twice in one object; give it once</source>
        <translation>该字段在同一对象中出现了两次；只能给出一次</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+44"/>
        <source>invalid UTF-8 (byte 0x%1); JSON must be UTF-8</source>
        <translation>无效的 UTF-8（字节 0x%1）；JSON 必须使用 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected text after the record (JSON Lines holds one object a line)</source>
        <translation>记录后有多余内容（JSON Lines 每行只能有一个对象）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line ends before the record is complete: %1</source>
        <translation>该行结束时记录仍不完整：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty (expected a JSON object, an array of them, or JSON Lines)</source>
        <translation>文件为空（应为一个 JSON 对象、由 JSON 对象组成的数组或 JSON Lines）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a JSON object, an array of interaction objects, or JSON Lines</source>
        <translation>应为一个 JSON 对象、由会话对象组成的数组或 JSON Lines</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the array of interactions is not closed with &apos;]&apos;</source>
        <translation>会话数组未以 &apos;]&apos; 闭合</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an interaction</source>
        <translation>会话后应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unexpected text after the interaction object</source>
        <translation>会话对象后有多余内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected text after the closing &apos;]&apos;</source>
        <translation>右方括号 &apos;]&apos; 后有多余内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file ends before the record that starts on this line is complete (truncated? %1 at line %2)</source>
        <translation>从此行开始的记录尚未完整，文件就已结束（文件可能被截断：第 %2 行，%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is truncated: %1</source>
        <translation>文件被截断：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown field &apos;%1&apos; ignored (first seen here)</source>
        <translation>已忽略未知字段“%1”（首次出现于此处）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected an interaction object {…}, found %1</source>
        <translation>应为会话对象 {…}，实际为 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ISO 8601 text with a UTC offset, e.g. &quot;2024-03-05T09:15:02+08:00&quot;</source>
        <translation>带 UTC 偏移的 ISO 8601 文本，例如 &quot;2024-03-05T09:15:02+08:00&quot;</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>an array of turns</source>
        <translation>对话轮次数组</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. &quot;2024-03-05T09:15:02+08:00&quot;)</source>
        <translation>started_at 为必填项（带 UTC 偏移的 ISO 8601 格式，例如 &quot;2024-03-05T09:15:02+08:00&quot;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>agent.id is required</source>
        <translation>agent.id 为必填项</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>speaker is required</source>
        <translation>speaker 为必填项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text is required</source>
        <translation>text 为必填项</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonReader.cpp" line="+90"/>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected end of input where a value was expected</source>
        <translation>输入意外结束，此处应有一个值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record holds more than %1 values, the limit for one record</source>
        <translation>该记录包含超过 %1 个值，超出单条记录的上限</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+8"/>
        <location line="+20"/>
        <source>unexpected end of input inside an object</source>
        <translation>输入在对象内部意外结束</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>expected a member name in double quotes</source>
        <translation>应为用双引号括起的成员名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>成员名后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unexpected end of input inside an array</source>
        <translation>输入在数组内部意外结束</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>对象成员后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>数组元素后应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unexpected end of input inside &apos;%1&apos;</source>
        <translation>输入在“%1”内部意外结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>expected a value (an object, array, string, number, true, false or null)</source>
        <translation>应为一个值（对象、数组、字符串、数字、true、false 或 null）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>strings must be in double quotes</source>
        <translation>字符串必须用双引号括起</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected end of input inside a \u escape</source>
        <translation>输入在 \u 转义序列内部意外结束</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>\u 转义序列需要四位十六进制数字</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>unexpected end of input inside a string</source>
        <translation>输入在字符串内部意外结束</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>unpaired surrogate in a \u escape</source>
        <translation>\u 转义序列中有未配对的代理项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid escape &apos;\%1&apos; in a string</source>
        <translation>字符串中有无效的转义序列 &apos;\%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a string is not closed before the end of the line</source>
        <translation>字符串在行尾前未闭合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control character in a string (escape it)</source>
        <translation>字符串中有控制字符（请转义）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid number: digits must follow the decimal point</source>
        <translation>无效的数字：小数点后必须有数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid number: digits must follow the exponent</source>
        <translation>无效的数字：指数部分必须有数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <location filename="../app/core/import/PlainTextTranscriptParser.cpp" line="+86"/>
        <source>impossible time &apos;%1&apos; (expected [hh:mm:ss] or [mm:ss])</source>
        <translation>无效时间“%1”（应为 [hh:mm:ss] 或 [mm:ss]）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no turns found: no line names a known speaker (expected lines like &apos;客服：text&apos; or &apos;[00:00:03] 客户: text&apos;)</source>
        <translation>未找到对话轮次：没有任何一行标明已知说话人（应为类似 &apos;客服：text&apos; 或 &apos;[00:00:03] 客户: text&apos; 的行）</translation>
    </message>
    <message>
        <location filename="../app/core/import/RecordNormalizer.cpp" line="-16"/>
        <source>%1 holds the invisible character U+%2 at position %3; remove it (identifiers are stored exactly as given)</source>
        <translation>%1 的第 %3 个字符是不可见字符 U+%2，请删除（标识按原样存储）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>started_at 为必填项（带 UTC 偏移的 ISO 8601 格式，例如 2024-03-05T09:15:02+08:00）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the agent id is required (agent.id in JSON, agent_id in CSV and headers)</source>
        <translation>坐席 ID 为必填项（JSON 中为 agent.id，CSV 和文件头中为 agent_id）</translation>
    </message>
    <message>
        <location filename="../app/core/import/SrtParser.cpp" line="+59"/>
        <source>the file ends after the subtitle number &apos;%1&apos; (expected a time line &apos;hh:mm:ss,mmm --&gt; hh:mm:ss,mmm&apos; after it)</source>
        <translation>文件在字幕序号“%1”之后结束（其后应有时间行“hh:mm:ss,mmm --&gt; hh:mm:ss,mmm”）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a subtitle time line &apos;hh:mm:ss,mmm --&gt; hh:mm:ss,mmm&apos;, found &apos;%1&apos;</source>
        <translation>应为字幕时间行 &apos;hh:mm:ss,mmm --&gt; hh:mm:ss,mmm&apos;，实际为“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the subtitle ends before it starts</source>
        <translation>字幕的结束时间早于开始时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no subtitles with a known speaker found (expected text like &apos;客服: …&apos; in the cues)</source>
        <translation>未找到带已知说话人的字幕（字幕内容应类似 &apos;客服: …&apos;）</translation>
    </message>
    <message>
        <location filename="../app/core/import/TextDecoder.cpp" line="+25"/>
        <source>binary data (control character U+%1): this is not a text file</source>
        <translation>二进制数据（控制字符 U+%1）：这不是文本文件</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>invalid UTF-8 (byte 0x%1) in a file marked as UTF-8</source>
        <translation>标记为 UTF-8 的文件中有无效的 UTF-8（字节 0x%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid UTF-16 text</source>
        <translation>无效的 UTF-16 文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>二进制数据（NUL 字节）：这不是文本文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid UTF-8 (byte %1) in a file that is otherwise UTF-8 (%2 well-formed characters, %3 broken): the file is damaged; correct it or save it again as UTF-8</source>
        <translation>文件其余部分为 UTF-8（%2 个字符正常，%3 处损坏），此处却是无效的 UTF-8（字节 %1）：文件已损坏，请修正或重新另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the text is neither UTF-8 nor GB18030 (byte %1)</source>
        <translation>文本既不是 UTF-8 也不是 GB18030 编码（字节 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid UTF-8 (byte %1); save the file as UTF-8</source>
        <translation>无效的 UTF-8（字节 %1）；请将文件另存为 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file mixes encodings: it was read as GB18030, but this line is UTF-8 and its text will be garbled; save the whole file in one encoding</source>
        <translation>文件混用了多种编码：已按 GB18030 读取，但这一行是 UTF-8，其文字将显示为乱码；请将整个文件保存为同一种编码</translation>
    </message>
    <message>
        <location filename="../app/core/import/TranscriptBuilder.cpp" line="+158"/>
        <source>no known speaker on this line before the first turn; skipped</source>
        <translation>第一个对话轮次之前的这一行没有已知说话人；已跳过</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+49"/>
        <source>&apos;%1&apos; is not a known speaker; the line is taken as text of the previous speaker</source>
        <translation>“%1”不是已知说话人；该行视为上一位说话人的内容</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>; speakers seen that are not known: %1</source>
        <translation>；出现的未知说话人：%1</translation>
    </message>
    <message>
        <location filename="../app/core/import/WebVttParser.cpp" line="+31"/>
        <source>expected &apos;WEBVTT&apos; on the first line of a WebVTT file</source>
        <translation>WebVTT 文件的第一行应为 &apos;WEBVTT&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected a cue timing line &apos;hh:mm:ss.ttt --&gt; hh:mm:ss.ttt&apos; after &apos;%1&apos;</source>
        <translation>“%1”之后应为字幕时间行 &apos;hh:mm:ss.ttt --&gt; hh:mm:ss.ttt&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a cue timing line &apos;hh:mm:ss.ttt --&gt; hh:mm:ss.ttt&apos;, found &apos;%1&apos;</source>
        <translation>应为字幕时间行 &apos;hh:mm:ss.ttt --&gt; hh:mm:ss.ttt&apos;，实际为“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the cue ends before it starts</source>
        <translation>字幕的结束时间早于开始时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no cues with a known speaker found (expected cues with &lt;v 客服&gt; voice tags or &apos;客服: &apos; labels)</source>
        <translation>未找到带已知说话人的字幕（字幕应带有 &lt;v 客服&gt; 语音标签或 &apos;客服: &apos; 前缀）</translation>
    </message>
</context>
<context>
    <name>ImprovementRenderer</name>
    <message>
        <location filename="../app/core/report/ImprovementRenderer.cpp" line="+47"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · 打印于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+128"/>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+74"/>
        <location line="+37"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Rectification Notice</source>
        <translation>整改通知单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No. %1 · %2</source>
        <translation>编号 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation %1</source>
        <translation>质检单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard finding: below target on the dimension for consecutive weeks</source>
        <translation>看板发现：该维度连续数周低于目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by the lead</source>
        <translation>由组长发起</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of the agent&apos;s next interactions after submission, each with a weighted score at or above the pass line</source>
        <translation>
            <numerusform>提交后该坐席接下来的 %n 通会话，每通加权得分均达到合格线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the agent&apos;s next interactions after submission, each at level %1 or above on %2</source>
        <translation>
            <numerusform>提交后该坐席接下来的 %n 通会话，每通在“%2”上均达到 %1 级或以上</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+77"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole evaluation</source>
        <translation>整体评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Required action</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>week of %1: %2 (n = %3)</source>
        <translation>%1 当周：%2（n = %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level / score</source>
        <translation>等级 / 得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable (replaced)</source>
        <translation>不适用（已替换）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for evaluation</source>
        <translation>等待质检</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verification interactions</source>
        <translation>验证会话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Agent (signature)</source>
        <translation>坐席签字</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Team lead (signature)</source>
        <translation>组长签字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rectification Notice %1</source>
        <translation>整改通知单 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coaching Record</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coach</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension worked on</source>
        <translation>辅导维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None in particular</source>
        <translation>无特定维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluations discussed</source>
        <translation>讨论的质检单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings played</source>
        <translation>回听的录音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectification item</source>
        <translation>整改项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coach&apos;s notes</source>
        <translation>辅导记录要点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s note</source>
        <translation>坐席自述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weeks with evaluations</source>
        <translation>有质检的周数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean level</source>
        <translation>平均等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) before</source>
        <translation>
            <numerusform>辅导前 %n 周</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) after</source>
        <translation>
            <numerusform>辅导后 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coaching effect: %1</source>
        <translation>辅导效果：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coach / team lead (signature)</source>
        <translation>辅导人/组长签字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coaching Record %1</source>
        <translation>辅导记录 %1</translation>
    </message>
</context>
<context>
    <name>ImprovementRules</name>
    <message>
        <location filename="../app/core/improvement/ImprovementRules.cpp" line="+22"/>
        <source>%1 leads %2, not the agent&apos;s team %3.</source>
        <translation>%1 负责的是 %2，不是该坐席所在的班组 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team</source>
        <translation>无班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 may not raise or verify rectification items: that is for a team lead or a QA manager.</source>
        <translation>%1 不能发起或验证整改项：这由组长或质检经理负责。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 may not start or submit rectification items: only the agent who owns one does.</source>
        <translation>%1 不能开始或提交整改项：只有该整改项的责任坐席可以。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not own rectification item %2 (its owner is %3).</source>
        <translation>%1 不是整改项 %2 的责任人（责任人是 %3）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 may not record coaching: that is for a team lead or a QA manager.</source>
        <translation>%1 不能记录辅导：这由组长或质检经理负责。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the coached agent (%1) writes their own note; %2 may not.</source>
        <translation>只有被辅导的坐席（%1）本人可以填写自述；%2 不能。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only the coached agent (%1) or their coach marks a commitment; %2 may not.</source>
        <translation>只有被辅导的坐席（%1）或其辅导人可以标记承诺；%2 不能。</translation>
    </message>
</context>
<context>
    <name>InteractionLabels</name>
    <message>
        <location filename="../ui/workspace/InteractionLabels.cpp" line="+10"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>InteractionReader</name>
    <message>
        <location filename="../app/core/storage/InteractionReader.cpp" line="+36"/>
        <source>Interaction %1 does not exist.</source>
        <translation>会话 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../app/core/kpi/KpiCatalog.cpp" line="+40"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA pass rate</source>
        <translation>质检合格率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CES %</source>
        <translation>CES %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average handle time (s)</source>
        <translation>平均处理时长（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response (s)</source>
        <translation>首次响应（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint rate %</source>
        <translation>投诉率 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA score</source>
        <comment>column title</comment>
        <translation>质检得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA pass rate %</source>
        <translation>质检合格率 %</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>KpiTargetService</name>
    <message>
        <location filename="../app/core/kpi/KpiTargetService.cpp" line="+30"/>
        <source>%1 (%2) may not change the KPI targets: they are set by a QA manager or an administrator.</source>
        <translation>%1（%2）无权修改 KPI 目标：目标由质检经理或管理员设定。</translation>
    </message>
</context>
<context>
    <name>KrippendorffAlpha</name>
    <message>
        <location filename="../app/core/stats/KrippendorffAlpha.cpp" line="+258"/>
        <source>alpha is undefined: fewer than 2 pairable values (a unit needs values from at least two raters)</source>
        <translation>α 无定义：可配对的取值少于 2 个（一个单元至少需要两位评分者的取值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alpha is undefined: the pairable values do not vary (every value is the same)</source>
        <translation>α 无定义：可配对的取值没有差异（所有取值都相同）</translation>
    </message>
</context>
<context>
    <name>OrgTime</name>
    <message>
        <location filename="../ui/common/OrgTime.cpp" line="+28"/>
        <source>Source time %1</source>
        <translation>来源时间 %1</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <location filename="../app/core/team/PasswordVault.cpp" line="+31"/>
        <location line="+57"/>
        <source>The desktop keychain is not available (%1): the password is not remembered.</source>
        <translation>桌面密钥环不可用（%1）：不会记住密码。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The keychain refused: %1</source>
        <translation>密钥环拒绝了操作：%1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The keychain did not answer.</source>
        <translation>密钥环没有响应。</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <location filename="../app/core/report/PdfFile.cpp" line="+18"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <location filename="../app/core/storage/PeopleStore.cpp" line="+76"/>
        <source>There is no person with the login &quot;%1&quot;.</source>
        <translation>不存在登录名为“%1”的人员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no person with the login &quot;%1&quot;; add them first (Tools → Switch Profile, or qadesk-cli admin user add).</source>
        <translation>没有登录名为“%1”的人员；请先添加（工具 → 切换身份，或 qadesk-cli admin user add）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is disabled and can no longer work in QA Desk.</source>
        <translation>%1 已停用，不能再在 QA Desk 中工作。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no agent with the code &quot;%1&quot;.</source>
        <translation>不存在工号为“%1”的坐席。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a team lead leads a team.</source>
        <translation>只有组长才能带领团队。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no team named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的团队。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A person needs a login.</source>
        <translation>人员必须有登录名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>An agent needs the code of the agent they are (e.g. A005).</source>
        <translation>坐席人员须填写其坐席工号（例如 A005）。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The login &quot;%1&quot; is taken.</source>
        <translation>登录名“%1”已被占用。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../app/core/Progress.h" line="+20"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>RecordingLocator</name>
    <message>
        <location filename="../app/core/audio/RecordingLocator.cpp" line="+14"/>
        <source>This interaction has no recording.</source>
        <translation>此会话没有录音。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The recording %1 cannot be read (permissions).</source>
        <translation>无法读取录音 %1（权限不足）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording %1 was not found.</source>
        <translation>找不到录音 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also looked under the recordings folder %1.</source>
        <translation>也已在录音文件夹 %1 中查找。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recordings folder can be set in Settings.</source>
        <translation>可在“设置”中指定录音文件夹。</translation>
    </message>
</context>
<context>
    <name>RectificationService</name>
    <message>
        <location filename="../app/core/improvement/RectificationService.cpp" line="+29"/>
        <source>There is no rectification item %1 for %2.</source>
        <translation>没有供 %2 查看的整改项 %1。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no evaluation %1.</source>
        <translation>没有质检单 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation %1 is of agent %2, not %3.</source>
        <translation>质检单 %1 属于坐席 %2，不是 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A rectification item needs an agent or an evaluation.</source>
        <translation>整改项需要指定坐席或质检单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no agent with the code &quot;%1&quot;.</source>
        <translation>没有工号为“%1”的坐席。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rubric has no dimension &quot;%1&quot;.</source>
        <translation>评分标准中没有维度“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rectification item needs a due date.</source>
        <translation>整改项需要截止日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>A rectification item needs the action required of the agent.</source>
        <translation>整改项需要写明对坐席的整改要求。</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+40"/>
        <source>Between 1 and 20 interactions verify an item.</source>
        <translation>验证一个整改项需要 1 到 20 通会话。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Agent %1 has no person to own the item; add one first (qadesk-cli admin user add LOGIN --role agent --agent %1).</source>
        <translation>坐席 %1 还没有对应的人员来负责该整改项；请先添加（qadesk-cli admin user add LOGIN --role agent --agent %1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agent %1 is more than one person (%2): choose the owner.</source>
        <translation>坐席 %1 对应多个人员（%2）：请选择责任人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a person of agent %2.</source>
        <translation>%1 不是坐席 %2 对应的人员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>%1 cannot verify: the verifier must be someone who scores interactions.</source>
        <translation>%1 不能验证：验证人必须是负责质检评分的人员。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rectification item %1 is %2; it can become %3 only when %4.</source>
        <translation>整改项 %1 当前为“%2”；只有在“%4”时才能变为“%3”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rectification item %1 is %2; only a submitted item is verified.</source>
        <translation>整改项 %1 当前为“%2”；只有已提交的整改项才能验证。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rectification item %1 failed verification and was reopened.</source>
        <translation>整改项 %1 验证未通过，已重新打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rectification item %1 cannot be verified yet: %2 of %3 verification interactions evaluated and passed (%4 drawn so far).</source>
        <translation>整改项 %1 暂不能验证：%3 通验证会话中已质检并通过 %2 通（目前已抽取 %4 通）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say why the item is reopened.</source>
        <translation>请说明重新打开的原因。</translation>
    </message>
</context>
<context>
    <name>RectificationState</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="+8"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
</context>
<context>
    <name>RectificationStore</name>
    <message>
        <location filename="../app/core/storage/RectificationStore.cpp" line="+134"/>
        <source>There is no agent with the code &quot;%1&quot;.</source>
        <translation>没有工号为“%1”的坐席。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no person with the login &quot;%1&quot;.</source>
        <translation>没有登录名为“%1”的人员。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+72"/>
        <source>There is no rectification item %1.</source>
        <translation>没有整改项 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectification item %1 is verified; reopen it to change it.</source>
        <translation>整改项 %1 已验证；如需修改请先重新打开。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Rectification item %1 is no longer %2; it was changed elsewhere.</source>
        <translation>整改项 %1 已不再是“%2”：已在别处被修改。</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Verification failed: %1 below the pass line.</source>
        <translation>验证未通过：%1 低于合格线。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verified: %1 of %1 verification interactions passed.</source>
        <translation>已验证：%1 通验证会话全部通过。</translation>
    </message>
</context>
<context>
    <name>ReportCanvas</name>
    <message>
        <location filename="../app/core/report/ReportCanvas.cpp" line="+59"/>
        <source>Cannot start painting the report (is the file writable?).</source>
        <translation>无法开始绘制报告（文件是否可写？）。</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <location filename="../app/core/report/ReportFonts.cpp" line="+87"/>
        <source>No Chinese font is installed, so reports would print empty boxes. Install Noto Sans CJK (Debian package fonts-noto-cjk).</source>
        <translation>未安装中文字体，报告中的中文将打印为空白方框。请安装 Noto Sans CJK（Debian 软件包 fonts-noto-cjk）。</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../app/core/report/ReportLabels.cpp" line="+33"/>
        <source>%1; source %2</source>
        <translation>%1；来源 %2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="-58"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA manager</source>
        <translation>质检经理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RubricLoader</name>
    <message>
        <location filename="../app/core/scoring/RubricLoader.cpp" line="+73"/>
        <source>not a QA Desk rubric: expected &quot;format&quot;: &quot;%1&quot; (found &quot;%2&quot;)</source>
        <translation>不是 QA Desk 评分标准：应为 &quot;format&quot;: &quot;%1&quot;（实际为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+229"/>
        <source>dimension %1</source>
        <translation>第 %1 个维度</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+221"/>
        <source>dimension &quot;%1&quot;</source>
        <translation>维度 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>%1, level entry %2</source>
        <translation>%1，第 %2 个档位条目</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+412"/>
        <source>%1, level %2</source>
        <translation>%1，档位 %2</translation>
    </message>
    <message>
        <location line="-395"/>
        <location line="+409"/>
        <source>checklist step %1</source>
        <translation>第 %1 个服务流程步骤</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>“%1”必须为 true 或 false</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+392"/>
        <source>critical item %1</source>
        <translation>第 %1 个一票否决项</translation>
    </message>
    <message>
        <location line="-378"/>
        <source>&quot;%1&quot; must be an object of channels, e.g. {&quot;email&quot;: [3600, 14400, 28800, 86400]}</source>
        <translation>“%1”必须是按渠道的对象，例如 {&quot;email&quot;: [3600, 14400, 28800, 86400]}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+404"/>
        <source>response times of &quot;%1&quot;</source>
        <translation>“%1”的响应时限</translation>
    </message>
    <message>
        <location line="-399"/>
        <location line="+5"/>
        <source>must be a list of four numbers of seconds</source>
        <translation>必须是四个秒数组成的列表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be an object, e.g. {&quot;window_working_days&quot;: 5, &quot;max_per_month&quot;: 2, &quot;decision_working_days&quot;: 3}</source>
        <translation>“%1”须为对象，例如 {&quot;window_working_days&quot;: 5, &quot;max_per_month&quot;: 2, &quot;decision_working_days&quot;: 3}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be a whole number from 0 to 366</source>
        <translation>“%1”须为 0 至 366 的整数</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+329"/>
        <source>grade band %1</source>
        <translation>第 %1 个等级区间</translation>
    </message>
    <message>
        <location line="-312"/>
        <location line="+31"/>
        <location line="+24"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; must be an object {&quot;zh&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>&quot;%1&quot; 必须是对象 {&quot;zh&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; 必须是数字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;level&quot; must be a whole number from 1 to 5 (found %1)</source>
        <translation>&quot;level&quot; 必须是 1 到 5 的整数（实际为 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; 必须是数组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the key &quot;%1&quot; is not valid: it must start with a lowercase letter and use only a-z, 0-9 and _</source>
        <translation>键 &quot;%1&quot; 无效：必须以小写字母开头，且只能包含 a-z、0-9 和 _</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the key appears twice; keys must be unique</source>
        <translation>键重复；键必须唯一</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+148"/>
        <source>the name is missing (give &quot;zh&quot;, &quot;en&quot; or both)</source>
        <translation>缺少名称（请提供 &quot;zh&quot;、&quot;en&quot; 或两者）</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON 语法错误，第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rubric must be a JSON object</source>
        <translation>评分标准必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the rubric file %1: %2</source>
        <translation>无法读取评分标准文件 %1：%2</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the rubric has no name (give &quot;zh&quot;, &quot;en&quot; or both)</source>
        <translation>评分标准没有名称（请提供 &quot;zh&quot;、&quot;en&quot; 或两者）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rubric has no dimensions; it needs at least one</source>
        <translation>评分标准没有维度；至少需要一个</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the key appears twice; dimension keys must be unique</source>
        <translation>键重复；维度键必须唯一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the weight must be a number greater than 0 (found %1)</source>
        <translation>权重必须是大于 0 的数字（实际为 %1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs exactly five levels numbered 1 to 5, each once (found levels: %1)</source>
        <translation>必须恰好有 1 到 5 五个档位，每个档位各出现一次（实际档位：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the description is missing in Chinese (&quot;zh&quot;)</source>
        <translation>缺少中文描述（&quot;zh&quot;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the description is missing in English (&quot;en&quot;)</source>
        <translation>缺少英文描述（&quot;en&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checklist step &quot;%1&quot;</source>
        <translation>服务流程步骤 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>critical item &quot;%1&quot;</source>
        <translation>一票否决项 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the rubric has no grade bands; it needs at least one</source>
        <translation>评分标准没有等级区间；至少需要一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+58"/>
        <source>grade band &quot;%1&quot;</source>
        <translation>等级区间 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&quot;min_score&quot; must be a finite number</source>
        <translation>&quot;min_score&quot; 必须是有限数值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>grade bands must be ordered by &quot;min_score&quot;, highest first</source>
        <translation>等级区间必须按 &quot;min_score&quot; 从高到低排列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the same &quot;min_score&quot; (%1) as grade band &quot;%2&quot;</source>
        <translation>与等级区间 &quot;%2&quot; 的 &quot;min_score&quot;（%1）相同</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown channel; expected one of %1</source>
        <translation>未知渠道；应为 %1 之一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the channel appears twice</source>
        <translation>该渠道出现了两次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs four thresholds in seconds, for levels 5, 4, 3 and 2 (found %1)</source>
        <translation>需要四个以秒计的阈值，依次对应 5、4、3、2 级（实际 %1 个）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the thresholds must be positive and increasing (found %1)</source>
        <translation>阈值必须为正数且递增（实际为 %1）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the lowest grade band starts at %1; it must start at 0 or lower so that every score gets a grade</source>
        <translation>最低等级区间从 %1 开始；必须从 0 或更低开始，才能保证每个分数都有对应等级</translation>
    </message>
</context>
<context>
    <name>RubricStore</name>
    <message>
        <location filename="../app/core/storage/RubricStore.cpp" line="+20"/>
        <source>The database did not report the id of a new row</source>
        <translation>数据库未返回新行的 ID</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+75"/>
        <source>Rubric version %1 does not exist</source>
        <translation>评分标准版本 %1 不存在</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>rubric version %1</source>
        <translation>评分标准版本 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rubric &quot;%1&quot;</source>
        <translation>评分标准 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <location filename="../app/core/sampling/SampleDraw.cpp" line="+19"/>
        <source>The sampling period must start on or before its end.</source>
        <translation>抽样周期的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw at least one interaction per agent.</source>
        <translation>每位坐席至少抽取一条会话。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The second inspector must be someone other than the inspector.</source>
        <translation>第二位质检员必须是另一个人。</translation>
    </message>
</context>
<context>
    <name>SamplingStore</name>
    <message>
        <location filename="../app/core/storage/SamplingStore.cpp" line="+97"/>
        <source>Double scoring of sample %1 (%2)</source>
        <translation>抽样 %1 双评（%2）</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../app/core/storage/Schema.cpp" line="+34"/>
        <source>Two migrations share version %1: %2 and %3</source>
        <translation>两个迁移脚本使用了同一版本号 %1：%2 和 %3</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Cannot read the audit log&apos;s guards (%1).</source>
        <translation>无法读取审计日志的保护规则（%1）。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The database %1 has schema version %2, newer than this QA Desk understands (%3). Update QA Desk to open it.</source>
        <translation>数据库 %1 的数据库结构版本为 %2，高于当前 QA Desk 支持的版本（%3）。请升级 QA Desk 后再打开。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot read the migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
</context>
<context>
    <name>ScoreCalculator</name>
    <message>
        <location filename="../app/core/scoring/ScoreCalculator.cpp" line="+36"/>
        <source>Expected %1 dimension scores for the rubric %2, got %3</source>
        <translation>评分标准 %2 需要 %1 个维度得分，实际为 %3 个</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The score of %1 must be 1 to 5, not %2</source>
        <translation>%1 的得分必须为 1 到 5，而不是 %2</translation>
    </message>
</context>
<context>
    <name>ScoreSuggestions</name>
    <message>
        <location filename="../app/core/rules/ScoreSuggestions.cpp" line="+11"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First response after %1</source>
        <translation>首次响应用时 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey CSAT %1 of 5</source>
        <translation>满意度调查 CSAT %1 分（满分 5 分）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First agent speech in the recording after %1 s</source>
        <translation>录音中坐席首次开口：%1 秒后</translation>
    </message>
</context>
<context>
    <name>StartupWarnings</name>
    <message>
        <location filename="../app/core/storage/StartupWarnings.cpp" line="+22"/>
        <source>The audit log was tampered with: %1 Run &quot;qadesk-cli --db FILE audit verify&quot; for a full check, and compare with your backups.</source>
        <translation>审计日志已被篡改：%1 请运行“qadesk-cli --db 文件 audit verify”做完整检查，并与备份比对。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log&apos;s protection was removed from the database by another program (%1). QA Desk has put it back and recorded this in the log.</source>
        <translation>审计日志的保护规则曾被其他程序从数据库中删除（%1）。QA Desk 已将其恢复，并在日志中记录了此事。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database file can be read by other users (mode %1), and it holds personal data. Make it owner-only: chmod 600 %2</source>
        <translation>其他用户可以读取该数据库文件（权限 %1），而其中含有个人数据。请将其设为仅所有者可访问：chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <location filename="../ui/dashboard/TableClipboard.cpp" line="+75"/>
        <source>Copy selection</source>
        <translation>复制所选内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../app/core/export/TableExporter.cpp" line="+102"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>the workbook could not be created</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>the finished file could not be moved into place</source>
        <translation>无法将生成的文件移动到目标位置</translation>
    </message>
</context>
<context>
    <name>TeamLogins</name>
    <message>
        <location filename="../app/core/storage/TeamLogins.cpp" line="+60"/>
        <source>Team mode is not set up on this database: its owner needs the CREATEROLE right (ALTER ROLE owner CREATEROLE, as a superuser), then runs &quot;SELECT qadesk_team_setup()&quot; or this command again.</source>
        <translation>此数据库尚未设置团队模式：其所有者需要 CREATEROLE 权限（由超级用户执行 ALTER ROLE 所有者 CREATEROLE），然后运行“SELECT qadesk_team_setup()”或再次运行此命令。</translation>
    </message>
</context>
<context>
    <name>TranscriptRules</name>
    <message>
        <location filename="../app/core/rules/TranscriptRules.cpp" line="+24"/>
        <source>%1: expected a list of keywords</source>
        <translation>%1：应为关键词列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every keyword must be a non-empty text</source>
        <translation>%1：每个关键词都必须是非空文本</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1：不是有效的 JSON（第 %3 字节处：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: expected &quot;format&quot;: &quot;%2&quot;</source>
        <translation>%1：应为 &quot;format&quot;: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: &quot;step&quot; names the checklist step the rule marks</source>
        <translation>%1：&quot;step&quot; 应为该规则所标记的服务流程检查步骤名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;kind&quot; must be &quot;first_agent_turn&quot; or &quot;agent_turns&quot;</source>
        <translation>%1：&quot;kind&quot; 必须为 &quot;first_agent_turn&quot; 或 &quot;agent_turns&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: give at least one keyword</source>
        <translation>%1：请至少提供一个关键词</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;max_response_s&quot; must be a number of seconds</source>
        <translation>%1：&quot;max_response_s&quot; 必须是秒数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;min_matches&quot; must be at least 1 and &quot;within_agent_turns&quot; not negative</source>
        <translation>%1：&quot;min_matches&quot; 必须不小于 1，且 &quot;within_agent_turns&quot; 不能为负数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The built-in transcript rules are missing.</source>
        <translation>缺少内置的对话记录规则。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No standard greeting in the first agent turn.</source>
        <translation>坐席第一个对话轮次中没有标准问候语。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Greeted (“%1”), but the first response came after %2 (more than %3).</source>
        <translation>已问候（“%1”），但首次响应用时 %2（超过 %3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard greeting (“%1”) after %2.</source>
        <translation>标准问候（“%1”），用时 %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard greeting (“%1”) in the first agent turn.</source>
        <translation>坐席第一个对话轮次中有标准问候语（“%1”）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The agent says “%1”.</source>
        <translation>坐席说了“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The agent says “%1” and %n more such phrase(s).</source>
        <translation>
            <numerusform>坐席说了“%1”，另有 %n 处类似用语。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavReader</name>
    <message>
        <location filename="../app/core/audio/WavReader.cpp" line="+80"/>
        <source>Cannot open the recording %1: %2</source>
        <translation>无法打开录音 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a WAV file (no RIFF/WAVE header).</source>
        <translation>%1 不是 WAV 文件（没有 RIFF/WAVE 文件头）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the WAV file has no data chunk (truncated?).</source>
        <translation>%1：WAV 文件没有数据块（文件不完整？）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the WAV format chunk is truncated.</source>
        <translation>%1：WAV 格式块不完整。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the WAV data comes before its format chunk.</source>
        <translation>%1：WAV 数据块出现在格式块之前。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the WAV file is truncated.</source>
        <translation>%1：WAV 文件不完整。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2-bit PCM is not supported (8 or 16 bit).</source>
        <translation>%1：不支持 %2 位 PCM（支持 8 位或 16 位）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2-bit G.711 is not valid (8 bit).</source>
        <translation>%1：%2 位 G.711 无效（应为 8 位）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: WAV encoding %2 is not supported (PCM, A-law or µ-law).</source>
        <translation>%1：不支持 WAV 编码 %2（支持 PCM、A-law 或 µ-law）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 channels are not supported (mono or stereo).</source>
        <translation>%1：不支持 %2 个声道（支持单声道或立体声）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a sample rate of %2 Hz is not supported (8 to 48 kHz).</source>
        <translation>%1：不支持 %2 Hz 采样率（支持 8–48 kHz）。</translation>
    </message>
</context>
<context>
    <name>WavWriter</name>
    <message>
        <location filename="../app/core/audio/WavWriter.cpp" line="+61"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>qadesk::AcknowledgeDialog</name>
    <message>
        <location filename="../ui/feedback/AcknowledgeDialog.cpp" line="+19"/>
        <source>Acknowledge Evaluation</source>
        <translation>确认质检结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have read this evaluation and the evidence behind it.
%1</source>
        <translation>本人已阅读本次质检评分及其依据。
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signature (optional):</source>
        <translation>手写签名（可选）(&amp;S)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type your &amp;name:</source>
        <translation>输入姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear Signature</source>
        <translation>清除签名(&amp;L)</translation>
    </message>
</context>
<context>
    <name>qadesk::AgentRankingModel</name>
    <message>
        <location filename="../ui/dashboard/AgentRankingModel.cpp" line="+70"/>
        <source>%1: %2, n = %3</source>
        <translation>%1：%2，n = %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (higher is better)</source>
        <translation>%1（越高越好）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (lower is better)</source>
        <translation>%1（越低越好）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>会话数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluations</source>
        <translation>质检单</translation>
    </message>
</context>
<context>
    <name>qadesk::AgentView</name>
    <message>
        <location filename="../ui/dashboard/AgentView.cpp" line="+58"/>
        <source>Choose an agent in the filter bar, or double-click an agent in the ranking, to compare the agent with the team.</source>
        <translation>在筛选栏中选择坐席，或在排名中双击坐席，即可将该坐席与班组进行对比。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Double-click a dimension to list the agent&apos;s evaluations that scored it</source>
        <translation>双击维度，列出该坐席在此维度有评分的质检单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click an evaluation to open its interaction in the workspace</source>
        <translation>双击质检单，在工作区中打开其会话</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agent and team</source>
        <translation>坐席与班组</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Raise rectification…</source>
        <translation>发起整改(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This agent&apos;s dimensions below target for 4 consecutive weeks, each offered as a rectification item</source>
        <translation>该坐席连续 4 周低于目标的维度，可逐项发起整改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPIs against the team</source>
        <translation>KPI 与班组对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakest dimensions</source>
        <translation>最弱维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent evaluations</source>
        <translation>近期质检单</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 average</source>
        <translation>%1 平均</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score / CSAT %</source>
        <translation>得分 / CSAT %</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>%1 QA score</source>
        <translation>%1 质检得分</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>%1 CSAT</source>
        <translation>%1 CSAT</translation>
    </message>
</context>
<context>
    <name>qadesk::BackupController</name>
    <message>
        <location filename="../ui/BackupController.cpp" line="+37"/>
        <source>&amp;Back Up Database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a consistent copy of the database to a file of your choice</source>
        <translation>将数据库的一致副本写入您选择的文件</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <location line="+18"/>
        <source>Back Up Database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>QA Desk databases (*.sqlite);;All files (*)</source>
        <translation>QA Desk 数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationAgreementView</name>
    <message>
        <location filename="../ui/calibration/CalibrationAgreementView.cpp" line="+23"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>测量层次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alpha</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>判读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n (interactions / values)</source>
        <translation>n（会话 / 评分）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deviation from expert</source>
        <translation>与专家偏差</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alignment</source>
        <translation>一致率</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Weighted score: alpha &lt;b&gt;%1&lt;/b&gt; %2, &lt;span style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; · %5 of %6 scores submitted</source>
        <translation>加权得分：α &lt;b&gt;%1&lt;/b&gt; %2，&lt;span style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; · 已提交 %5 / %6 份评分</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationGradersView</name>
    <message>
        <location filename="../ui/calibration/CalibrationGradersView.cpp" line="+19"/>
        <source>Grader</source>
        <translation>评分员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leniency (points)</source>
        <translation>宽严度（分）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Versus the expert</source>
        <translation>相对专家</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weighted scores, interaction × grader (blue: above the others, red: below)</source>
        <translation>加权得分：会话 × 评分员（蓝色：高于他人，红色：低于他人）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (expert)</source>
        <translation>%1（专家）</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationHeatMap</name>
    <message>
        <location filename="../ui/calibration/CalibrationHeatMap.cpp" line="+34"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationPage</name>
    <message>
        <location filename="../ui/calibration/CalibrationPage.cpp" line="+66"/>
        <source>&amp;New session…</source>
        <translation>新建校准(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Score…</source>
        <translation>评分(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose session</source>
        <translation>关闭任务(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;table…</source>
        <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliability over &amp;time…</source>
        <translation>持续信度(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Session</source>
        <translation>校准任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Scored</source>
        <translation>已评</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Create a session with New session (Ctrl+Shift+N), or pick one on the left.</source>
        <translation>用“新建校准”（Ctrl+Shift+N）创建任务，或在左侧选择一个任务。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your score</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Others&apos; scores</source>
        <translation>他人评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interactions</source>
        <translation>会话(&amp;I)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Agreement</source>
        <translation>一致性(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Graders</source>
        <translation>评分员(&amp;G)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, deadline %2</source>
        <translation>%1，截止 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+82"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2 创建）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;span style=&quot;color:#b01e23&quot;&gt;deadline %1 passed&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b01e23&quot;&gt;已过截止日期 %1&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participants: %1</source>
        <translation>参与人：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no expert</source>
        <translation>未指定专家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expert: %1</source>
        <translation>专家：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>others&apos; scores hidden until closed</source>
        <translation>关闭前隐藏他人评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>others&apos; scores shown after submitting</source>
        <translation>提交后可见他人评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you (%1) take part</source>
        <translation>你（%1）是参与人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you (%1) do not take part</source>
        <translation>你（%1）不是参与人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to score</source>
        <translation>待评分</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+123"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden (blind)</source>
        <translation>已隐藏（盲评）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the session&apos;s participants and a QA manager or an administrator see its results.</source>
        <translation>只有本会话的参与者和质检经理或管理员能看到结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results stay hidden until the session is closed: no participant sees another&apos;s scores before then.</source>
        <translation>任务关闭前结果保持隐藏：在此之前，参与人看不到他人的评分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The results appear once you have scored every interaction of the session.</source>
        <translation>你为本任务的全部会话评分后即可查看结果。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Calibration sessions are run by a QA manager or an administrator.</source>
        <translation>校准会话由质检经理或管理员发起和关闭。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Calibration session %1 created.</source>
        <translation>已创建校准任务 %1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Calibration score submitted: %1.</source>
        <translation>校准评分已提交：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n score(s) are still missing. Close the session anyway? No more scores are taken once it is closed; the participants then see the results.</source>
        <translation>
            <numerusform>还有 %n 份评分未提交。仍要关闭任务吗？关闭后不再接受评分，参与人将看到结果。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the session? No more scores are taken; the participants then see the results.</source>
        <translation>关闭任务吗？关闭后不再接受评分，参与人将看到结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close calibration session</source>
        <translation>关闭校准任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close session</source>
        <translation>关闭任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calibration session closed.</source>
        <translation>校准任务已关闭。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export calibration results as PDF</source>
        <translation>将校准结果导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calibration-%1.pdf</source>
        <translation>校准-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export calibration results</source>
        <translation>导出校准结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calibration-%1.xlsx</source>
        <translation>校准-%1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>-graders</source>
        <translation>-评分员</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %1 and %2.</source>
        <translation>已保存 %1 和 %2。</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationScoreDialog</name>
    <message>
        <location filename="../ui/calibration/CalibrationScoreDialog.cpp" line="+33"/>
        <source>Calibration %1 · %2 · scored blind by %3</source>
        <translation>校准 %1 · %2 · %3 盲评</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score as you would for an evaluation. Others&apos; scores stay hidden until you submit%1; this score never enters KPIs or the agent&apos;s results.</source>
        <translation>请像正式质检一样评分。提交%1之前看不到他人的评分；本评分不计入 KPI，也不计入坐席成绩。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and the session is closed</source>
        <translation>并且任务关闭</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Score %1 · %2</source>
        <translation>得分 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score: not yet</source>
        <translation>得分：尚未完成</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: choose a level from 1 to 5, or mark it N/A.</source>
        <translation>%1：请选择 1–5 级，或标记为不适用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checklist: answer &quot;%1&quot; with yes, no or N/A.</source>
        <translation>服务流程：请为“%1”选择是、否或不适用。</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationSessionDialog</name>
    <message>
        <location filename="../ui/calibration/CalibrationSessionDialog.cpp" line="+38"/>
        <location line="+245"/>
        <source>New calibration session</source>
        <translation>新建校准任务</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>e.g. March complaint calls</source>
        <translation>例如：三月投诉通话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My work queue</source>
        <translation>我的工作队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All interactions</source>
        <translation>全部会话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search transcripts, external id or agent</source>
        <translation>搜索对话内容、外部编号或坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Interactions from:</source>
        <translation>会话来源(&amp;I)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Random draw of</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with seed</source>
        <translation>条，种子</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Names separated by commas</source>
        <translation>姓名，用逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Participants:</source>
        <translation>参与人(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Expert (reference):</source>
        <translation>专家（基准）(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead&amp;line</source>
        <translation>截止日期(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Hide others&apos; scores until the session is closed</source>
        <translation>任务关闭前隐藏他人评分(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants never see others&apos; scores before submitting their own. With this set, they see them only once you close the session.</source>
        <translation>参与人在提交自己的评分前始终看不到他人评分。勾选此项后，要等你关闭任务才能看到。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;reate session</source>
        <translation>创建任务(&amp;R)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No expert</source>
        <translation>不指定专家</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 of %2 listed chosen</source>
        <translation>已选 %1 / 共 %2 条</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the session a name.</source>
        <translation>请为任务命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one interaction (tick them, or draw a sample).</source>
        <translation>请至少选择一条会话（勾选，或随机抽取）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name at least two participants: agreement needs two graders.</source>
        <translation>请至少填写两名参与人：一致性需要两位评分员。</translation>
    </message>
</context>
<context>
    <name>qadesk::ChecklistPanel</name>
    <message>
        <location filename="../ui/workspace/ChecklistPanel.cpp" line="+22"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service process</source>
        <translation>服务流程</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Apply</source>
        <translation>采纳</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Critical items — any failure makes the score 0</source>
        <translation>一票否决项——任一项未通过则得分为 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Hint:</source>
        <translation>提示：</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingSessionDialog</name>
    <message>
        <location filename="../ui/improvement/CoachingSessionDialog.cpp" line="+24"/>
        <source>New Coaching Session</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None in particular</source>
        <translation>无特定维度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;imension worked on:</source>
        <translation>辅导维度(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Evaluations discussed:</source>
        <translation>讨论的质检单(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interaction ids, separated by commas</source>
        <translation>会话编号，用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recordings played:</source>
        <translation>回听的录音(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes:</source>
        <translation>记录要点(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;commitment</source>
        <translation>添加承诺(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitments:</source>
        <translation>承诺：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>保存记录(&amp;R)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Evaluation %1 · %2</source>
        <translation>质检单 %1 · %2</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingSessionModel</name>
    <message>
        <location filename="../ui/improvement/CoachingSessionModel.cpp" line="+73"/>
        <source>%1 open of %2</source>
        <translation>%2 项中 %1 项待完成</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coach</source>
        <translation>辅导人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitments</source>
        <translation>承诺</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingTrendView</name>
    <message>
        <location filename="../ui/improvement/CoachingTrendView.cpp" line="+39"/>
        <source>Choose a session to see the agent&apos;s trend before and after it.</source>
        <translation>选择一次辅导，查看坐席在辅导前后的趋势。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The session names no dimension worked on: no trend to show.</source>
        <translation>本次辅导未指定维度：没有可显示的趋势。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: weekly mean level, %2 weeks before and after</source>
        <translation>%1：辅导前后各 %2 周的周平均等级</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+35"/>
        <source>Before</source>
        <translation>辅导前</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>After</source>
        <translation>辅导后</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Weeks from the session</source>
        <translation>距辅导的周数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: mean %2 (n = %3)</source>
        <translation>%1：平均 %2（n = %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no evaluations</source>
        <translation>%1：无质检</translation>
    </message>
</context>
<context>
    <name>qadesk::CommitmentModel</name>
    <message numerus="yes">
        <location filename="../ui/improvement/CommitmentModel.cpp" line="+51"/>
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1（逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardChartView</name>
    <message>
        <location filename="../ui/dashboard/DashboardChartView.cpp" line="+67"/>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy data</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exported from QA Desk</source>
        <translation>导出自 QA Desk</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardFilterBar</name>
    <message>
        <location filename="../ui/dashboard/DashboardFilterBar.cpp" line="+45"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+82"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+97"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Period</source>
        <translation>周期(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team</source>
        <translation>班组(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agent</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardOverview</name>
    <message>
        <location filename="../ui/dashboard/DashboardOverview.cpp" line="+61"/>
        <source>CSAT and NPS</source>
        <translation>CSAT 与 NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six dimensions</source>
        <translation>六大维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score distribution</source>
        <translation>得分分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Dimension averages by team</source>
        <translation>各班组维度平均分</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Double-click a dimension to list the evaluations that scored it, lowest first</source>
        <translation>双击维度，列出在此维度有评分的质检单（按得分从低到高）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weakest dimensions</source>
        <translation>最弱维度</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Score / %</source>
        <translation>得分 / %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 QA score</source>
        <translation>%1 质检得分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 average</source>
        <translation>%1 平均</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre average</source>
        <translation>中心平均</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dimension averages: the %1 weakest of %2 teams</source>
        <translation>维度平均分：%2 个班组中最弱的 %1 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weakest dimensions · %1</source>
        <translation>最弱维度 · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakest dimensions · %1 against %2</source>
        <translation>最弱维度 · %1 对比 %2</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+82"/>
        <source>Click a column to rank by it; double-click an agent for the agent view</source>
        <translation>单击列可按该列排名；双击坐席可查看坐席视图</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent ranking</source>
        <translation>坐席排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not compute the figures: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+107"/>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Survey answers</source>
        <translation>调查答卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluations</source>
        <translation>质检单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evaluations scoring %1</source>
        <translation>在“%1”维度有评分的质检单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluations scored %1</source>
        <translation>得分为 %1 的质检单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluations of %1</source>
        <translation>%1 的质检单</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Centre</source>
        <translation>中心</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 – %2 · %3 interactions · %4 evaluations · compared with %5 – %6 · updated %7 in %8 ms</source>
        <translation>%1 – %2 · %3 条会话 · %4 份质检单 · 对比 %5 – %6 · 于 %7 更新，耗时 %8 毫秒</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The KPI targets this computer kept are now the organisation&apos;s, in the database.</source>
        <translation>本机保存的 KPI 目标已转为组织统一目标，保存在数据库中。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>KPI targets</source>
        <translation>KPI 目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The targets were not changed: %1</source>
        <translation>目标未修改：%1</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+104"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Target&amp;s…</source>
        <translation>目标值(&amp;S)…</translation>
    </message>
    <message>
        <location line="+314"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behind the figure</source>
        <translation>指标明细</translation>
    </message>
</context>
<context>
    <name>qadesk::DecideDialog</name>
    <message>
        <location filename="../ui/feedback/DecideDialog.cpp" line="+39"/>
        <source>Final Decision (终审) on Evaluation %1</source>
        <translation>质检单 %1 终审裁决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide the Dispute on Evaluation %1</source>
        <translation>复核质检单 %1 的申诉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>原评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent proposes</source>
        <translation>坐席建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s reason</source>
        <translation>坐席理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New level</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason the agent will read</source>
        <translation>坐席将看到的理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decide</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Score stays %1.</source>
        <translation>得分保持 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score %1 → %2 (%3): a new version of the evaluation.</source>
        <translation>得分 %1 → %2（%3）：将生成质检单的新版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason the agent will read.</source>
        <translation>请写明坐席将看到的理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly accepted: change at least one level.</source>
        <translation>部分采纳：请至少调整一个等级。</translation>
    </message>
</context>
<context>
    <name>qadesk::DimensionComparisonModel</name>
    <message>
        <location filename="../ui/dashboard/DimensionComparisonModel.cpp" line="+102"/>
        <source>Average level 1–5 of submitted evaluations that scored this dimension</source>
        <translation>在此维度有评分的已提交质检单的平均等级（1–5）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>qadesk::DimensionEditor</name>
    <message>
        <location filename="../ui/workspace/DimensionEditor.cpp" line="+52"/>
        <source>weight %1 (%2%)</source>
        <translation>权重 %1（%2%）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable (N): leaves this dimension out of the score</source>
        <translation>不适用（N）：该维度不计入得分</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Apply (A)</source>
        <translation>采纳（A）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Play the recording from the time in this comment</source>
        <translation>从此评语中的时间点播放录音</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Required: why a score of %1?</source>
        <translation>必填：为什么评 %1 分？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (required for a score of 1–2); Enter to edit</source>
        <translation>评语（评 1–2 分时必填）；按 Enter 编辑</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show this turn in the transcript: %1</source>
        <translation>在对话记录中显示此对话轮次：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove this evidence</source>
        <translation>移除此证据</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Suggested: %1 (%2) — %3</source>
        <translation>建议：%1（%2）——%3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not applicable — left out of the score</source>
        <translation>不适用——不计入得分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press 1–5 to score, N for not applicable</source>
        <translation>按 1–5 评分，按 N 标记为不适用</translation>
    </message>
</context>
<context>
    <name>qadesk::DimensionRadarChart</name>
    <message>
        <location filename="../ui/dashboard/DimensionRadarChart.cpp" line="+116"/>
        <location line="+3"/>
        <source>%1: %2 (n = %3)</source>
        <translation>%1：%2（n = %3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>qadesk::DisputeDialog</name>
    <message>
        <location filename="../ui/feedback/DisputeDialog.cpp" line="+31"/>
        <source>Dispute Evaluation %1</source>
        <translation>对质检单 %1 申诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick each dimension you dispute, propose its level and say why.</source>
        <translation>勾选要申诉的维度，给出建议等级并说明理由。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored</source>
        <translation>原评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>建议等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why this level is wrong</source>
        <translation>为什么该等级不正确</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Evidence for:</source>
        <translation>证据对应维度(&amp;E)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This interaction has no transcript.</source>
        <translation>本会话没有对话记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 12.5, 40</source>
        <translation>例如 12.5, 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording &amp;times (seconds):</source>
        <translation>录音时间点（秒）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Submit Dispute</source>
        <translation>提交申诉</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Tick at least one dimension and give each a reason.</source>
        <translation>请至少勾选一个维度，并为每个维度写明理由。</translation>
    </message>
</context>
<context>
    <name>qadesk::DrillDownDialog</name>
    <message>
        <location filename="../ui/dashboard/DrillDownDialog.cpp" line="+36"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open in workspace</source>
        <translation>在工作区中打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected interactions (all listed ones when none is selected) in the workspace</source>
        <translation>在工作区中打开所选会话（未选择时打开全部列出的会话）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n 条会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n 份质检单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; showing the first %2.</source>
        <translation>%1；仅显示前 %2 条。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not list them: %1</source>
        <translation>无法列出：%1</translation>
    </message>
</context>
<context>
    <name>qadesk::DrillDownEvaluationModel</name>
    <message>
        <location filename="../ui/dashboard/DrillDownEvaluationModel.cpp" line="+115"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationDocument</name>
    <message>
        <location filename="../app/core/evaluation/EvaluationDocument.cpp" line="+199"/>
        <source>Score %1: %2</source>
        <translation>%1评分：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear %1</source>
        <translation>清除%1的评分</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark %1 N/A</source>
        <translation>将%1标记为不适用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark %1 N/A</source>
        <translation>取消%1的不适用标记</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comment on %1</source>
        <translation>填写%1的评语</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attach evidence to %1</source>
        <translation>为%1添加证据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove evidence from %1</source>
        <translation>移除%1的证据</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checklist: %1</source>
        <translation>服务流程检查：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Critical item failed: %1</source>
        <translation>一票否决项未通过：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Critical item passed: %1</source>
        <translation>一票否决项通过：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: choose a level from 1 to 5, or mark it N/A.</source>
        <translation>%1：请选择 1 到 5 的档位，或标记为不适用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a score of %2 needs a comment saying why.</source>
        <translation>%1：评 %2 分时需填写评语说明原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklist: answer &quot;%1&quot; with yes, no or N/A.</source>
        <translation>服务流程检查：请为“%1”选择 是、否 或 不适用。</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationFormPane</name>
    <message>
        <location filename="../ui/workspace/EvaluationFormPane.cpp" line="+92"/>
        <source>Open an interaction to evaluate it.</source>
        <translation>打开一条会话以进行评分。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What went well, what to improve</source>
        <translation>做得好的地方，需要改进的地方</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>%1 of %2 dimensions scored, %3 N/A</source>
        <translation>已评分 %1/%2 个维度，%3 个不适用</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted yet, retrying: %1</source>
        <translation>尚未提交，正在重试：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2 on %3 — read-only</source>
        <translation>%1 · 质检员 %2 · %3 · 只读</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved yet, retrying: %1</source>
        <translation>尚未保存，正在重试：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New evaluation — saved as a draft as soon as you change something</source>
        <translation>新质检单——一经修改即保存为草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft, saved automatically at %1</source>
        <translation>草稿，已于 %1 自动保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also open in another window or program: edits made in both will conflict.</source>
        <translation>此评估也在另一个窗口或程序中打开：两边的修改会发生冲突。</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Not submitted yet — %n thing(s) to fix:</source>
        <translation>
            <numerusform>尚未提交——有 %n 处需要修正：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationListModel</name>
    <message>
        <location filename="../ui/reports/EvaluationListModel.cpp" line="+85"/>
        <source>%1 (veto)</source>
        <translation>%1（一票否决）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>qadesk::FeedbackPage</name>
    <message>
        <location filename="../ui/feedback/FeedbackPage.cpp" line="+60"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evaluations</source>
        <translation>质检单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute and overturn rates per inspector</source>
        <translation>各质检员的申诉率与改判率</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E&amp;vidence (Enter plays the recording from there):</source>
        <translation>证据（回车从该处播放录音）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Release to Agent</source>
        <translation>下发坐席(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge…</source>
        <translation>确认签收(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ispute…</source>
        <translation>申诉(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ccept Decision</source>
        <translation>接受复核结果(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esca&amp;late…</source>
        <translation>申请终审(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide…</source>
        <translation>裁决(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Release the Evaluation &amp;Just Submitted</source>
        <translation>下发刚提交的质检单(&amp;J)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit an evaluation in the workspace first.</source>
        <translation>请先在质检工作台提交一份质检单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working as %1 · not in the people list</source>
        <translation>当前身份：%1 · 不在人员名单中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working as %1 · %2</source>
        <translation>当前身份：%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>My evaluations</source>
        <translation>我的质检单</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+8"/>
        <source>To release</source>
        <translation>待下发</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open disputes</source>
        <translation>进行中的申诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending acknowledgements</source>
        <translation>待坐席确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My team&apos;s evaluations</source>
        <translation>本组质检单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All evaluations</source>
        <translation>全部质检单</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Login: %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluation %1 · %2</source>
        <translation>质检单 %1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent: %1 (%2) · %3</source>
        <translation>坐席：%1（%2）· %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector: %1 · submitted %2</source>
        <translation>质检员：%1 · 提交于 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback: %1</source>
        <translation>反馈状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline %1 — overdue</source>
        <translation>截止 %1——已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1 (current)</source>
        <translation>第 %1 版（当前）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment: %1</source>
        <translation>评语：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 was replaced by %2 at %3 after the dispute.</source>
        <translation>第 %1 版因申诉由 %2 于 %3 替换。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged by %1 (signed &quot;%2&quot;) at %3.</source>
        <translation>%1 于 %3 确认（签名“%2”）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dispute raised by %1 at %2</source>
        <translation>%1 于 %2 提出申诉</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: proposes %2 — %3</source>
        <translation>%1：建议 %2 分——%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Escalated to the QA manager: %1</source>
        <translation>已提请质检经理终审：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final decision (终审) by %1 at %2: %3</source>
        <translation>终审裁决（%1，%2）：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead&apos;s decision by %1 at %2: %3</source>
        <translation>组长复核（%1，%2）：%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to show in this list.</source>
        <translation>此列表中没有内容。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inspector, %1</source>
        <translation>质检员，%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agent, %1</source>
        <translation>坐席，%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent, %1 · recording at %2</source>
        <translation>坐席，%1 · 录音 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No evidence marked.</source>
        <translation>没有标注证据。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This interaction has no recording to play.</source>
        <translation>本会话没有可播放的录音。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+71"/>
        <source>Evaluations are released by their inspector, a team lead or a QA manager.</source>
        <translation>质检单由其质检员、组长或质检经理下发。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Select submitted evaluations not released yet.</source>
        <translation>请选择已提交且尚未下发的质检单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the agent of this evaluation acknowledges or disputes it.</source>
        <translation>只有该质检单的坐席本人可以确认或申诉。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Select an evaluation released to you.</source>
        <translation>请选择下发给您的质检单。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The window to dispute has closed.</source>
        <translation>申诉期已过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent accepts the team lead&apos;s decision; after the window to escalate, the lead can close it.</source>
        <translation>由坐席接受组长复核结果；终审申请期过后，组长可以结案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window to escalate has closed.</source>
        <translation>终审申请期已过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent escalates the team lead&apos;s decision to the QA manager.</source>
        <translation>由坐席将组长复核结果提请质检经理终审。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The final decision (终审) is the QA manager&apos;s.</source>
        <translation>终审由质检经理裁决。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes are decided by the team lead, then the QA manager.</source>
        <translation>申诉先由组长复核，再由质检经理终审。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an open dispute of your team.</source>
        <translation>请选择本组进行中的申诉。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+23"/>
        <source>Release to Agent</source>
        <translation>下发坐席</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Released %n evaluation(s) to the agents.</source>
        <translation>
            <numerusform>已向坐席下发 %n 份质检单。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The evaluation just submitted was released to its agent.</source>
        <translation>刚提交的质检单已下发给坐席。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evaluation %1 of %2: score %3.</source>
        <translation>质检单 %1（会话 %2）：得分 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation %1 acknowledged.</source>
        <translation>质检单 %1 已确认。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dispute</source>
        <translation>申诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute of evaluation %1 sent to the team lead.</source>
        <translation>质检单 %1 的申诉已提交组长复核。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept Decision</source>
        <translation>接受复核结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision on evaluation %1 stands; the evaluation is final.</source>
        <translation>质检单 %1 的裁决生效，质检单已定稿。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Escalate to the QA Manager</source>
        <translation>提请质检经理终审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the team lead&apos;s decision is not right:</source>
        <translation>组长复核结果不当的理由：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate</source>
        <translation>申请终审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation %1 escalated to the QA manager.</source>
        <translation>质检单 %1 已提请质检经理终审。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decide</source>
        <translation>裁决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute of evaluation %1 decided: %2.</source>
        <translation>质检单 %1 的申诉已裁决：%2。</translation>
    </message>
</context>
<context>
    <name>qadesk::FeedbackRowModel</name>
    <message>
        <location filename="../ui/feedback/FeedbackRowModel.cpp" line="+56"/>
        <source>Login: %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline has passed.</source>
        <translation>已过截止时间。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due by this time.</source>
        <translation>须在此时间前完成。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>qadesk::FindBar</name>
    <message>
        <location filename="../ui/workspace/FindBar.cpp" line="+18"/>
        <source>Find in transcript</source>
        <translation>在对话记录中查找</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
</context>
<context>
    <name>qadesk::FindingsDialog</name>
    <message>
        <location filename="../ui/improvement/FindingsDialog.cpp" line="+22"/>
        <source>Below Target for 4 Weeks</source>
        <translation>连续 4 周低于目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agents whose weekly mean level on a dimension stayed below the dimension target (%1) in each of the 4 weeks up to %2.</source>
        <translation>截至 %2 的 4 周内，每周在某一维度上的平均等级都低于维度目标（%1）的坐席。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly means (n)</source>
        <translation>周平均（n）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Raise rectification…</source>
        <translation>发起整改(&amp;R)…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No agent is below target on a dimension for 4 weeks.</source>
        <translation>没有坐席在某一维度上连续 4 周低于目标。</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportController</name>
    <message>
        <location filename="../ui/import/ImportController.cpp" line="+58"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import interactions and transcripts: JSON, JSON Lines, CSV, WebVTT, SRT or text</source>
        <translation>导入会话和对话记录：JSON、JSON Lines、CSV、WebVTT、SRT 或文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mask Personal Numbers on Import</source>
        <translation>导入时对个人号码脱敏(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store phone, ID-card and bank-card numbers masked, e.g. 138****5678</source>
        <translation>手机号、身份证号和银行卡号脱敏后存储，例如 138****5678</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Import Interactions</source>
        <translation>导入会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction files (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;All files (*)</source>
        <translation>会话文件 (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling: rolling back the file in progress…</source>
        <translation>正在取消：回滚正在导入的文件…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing file %1 of %2: %3
%L4 records read</source>
        <translation>正在导入第 %1 个文件（共 %2 个）：%3
已读取 %L4 条记录</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportFileModel</name>
    <message>
        <location filename="../ui/import/ImportFileModel.cpp" line="+54"/>
        <source>Cancelled, nothing kept</source>
        <translation>已取消，未保留任何内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected, nothing kept</source>
        <translation>已拒绝，未保留任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid (dry run)</source>
        <translation>有效（试运行）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates</source>
        <translation>重复数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turns</source>
        <translation>轮次数</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportIssueModel</name>
    <message>
        <location filename="../ui/import/ImportIssueModel.cpp" line="+57"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportResultDialog</name>
    <message>
        <location filename="../ui/import/ImportResultDialog.cpp" line="+41"/>
        <source>Import check</source>
        <translation>导入检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy Problems</source>
        <translation>复制问题</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 interaction(s) would be imported and %L2 duplicate(s) skipped.</source>
        <translation>将导入 %L1 个会话，跳过 %L2 个重复项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %L1 interaction(s) with %L2 turns; %L3 duplicate(s) skipped.</source>
        <translation>已导入 %L1 个会话（共 %L2 个对话轮次）；已跳过 %L3 个重复项。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n file(s) rejected: nothing of them was kept. The problems are listed below.</source>
        <translation>
            <numerusform>%n 个文件中有 %1 个被拒绝：这些文件的内容均未保留。问题列于下方。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the file in progress was rolled back; the files finished before it were kept.</source>
        <translation>已取消：正在导入的文件已回滚；之前已完成的文件已保留。</translation>
    </message>
</context>
<context>
    <name>qadesk::ImprovementPage</name>
    <message>
        <location filename="../ui/improvement/ImprovementPage.cpp" line="+81"/>
        <location line="+178"/>
        <source>&amp;My work</source>
        <translation>我的待办(&amp;M)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Rectification &amp;items</source>
        <translation>整改项(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coac&amp;hing</source>
        <translation>辅导(&amp;H)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mark &amp;done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My open commitments</source>
        <translation>我未完成的承诺</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+171"/>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>O&amp;verdue only</source>
        <translation>仅看逾期(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New item…</source>
        <translation>新建整改项(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Findings…</source>
        <translation>看板发现(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents below target on a dimension for 4 consecutive weeks</source>
        <translation>某一维度连续 4 周低于目标的坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;New session…</source>
        <translation>新建辅导(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print record…</source>
        <translation>打印辅导记录(&amp;P)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Save my note</source>
        <translation>保存我的自述(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mark done / not done</source>
        <translation>标记完成/未完成(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add commitment…</source>
        <translation>添加承诺(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coach&apos;s notes:</source>
        <translation>辅导要点：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent&apos;s no&amp;te:</source>
        <translation>坐席自述(&amp;T)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Overdue</source>
        <translation>逾期整改(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My open rectification items (Enter opens one to start or submit it)</source>
        <translation>我的待办整改项（按回车打开，开始或提交整改）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue rectification items of my team %1</source>
        <translation>本组 %1 的逾期整改项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue rectification items</source>
        <translation>逾期整改项</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No coaching session chosen.</source>
        <translation>未选择辅导记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a session to see the agent&apos;s trend before and after it.</source>
        <translation>选择一次辅导，查看坐席在辅导前后的趋势。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1 (%2)&lt;/b&gt; coached by %3 on %4%5 · %6 evaluation(s), %7 recording(s) discussed</source>
        <translation>&lt;b&gt;%1（%2）&lt;/b&gt; 由 %3 于 %4 辅导%5 · 讨论了 %6 份质检单、%7 段录音</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Rectification item %1 saved.</source>
        <translation>整改项 %1 已保存。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rectification item %1 raised for %2.</source>
        <translation>已为 %2 发起整改项 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+16"/>
        <source>Raise Rectification</source>
        <translation>发起整改</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Coaching session with %1 recorded.</source>
        <translation>已记录与 %1 的辅导。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Coaching Session</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your note is saved.</source>
        <translation>你的自述已保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent&apos;s Note</source>
        <translation>坐席自述</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>Add Commitment</source>
        <translation>添加承诺</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Commitment:</source>
        <translation>承诺(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>截止(&amp;D)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Print it, or save it as a PDF file?</source>
        <translation>打印，还是另存为 PDF 文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+59"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rectification notice No. %1</source>
        <translation>整改通知单 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectification-notice-%1.pdf</source>
        <translation>整改通知单-%1.pdf</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Coaching record %1</source>
        <translation>辅导记录 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coaching-record-%1.pdf</source>
        <translation>辅导记录-%1.pdf</translation>
    </message>
</context>
<context>
    <name>qadesk::InspectorRatesModel</name>
    <message>
        <location filename="../ui/feedback/InspectorRatesModel.cpp" line="+41"/>
        <source>Login: %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputes ÷ evaluations released to agents</source>
        <translation>申诉数 ÷ 已下发坐席的质检单数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputes overturned (accepted or partly) ÷ disputes decided</source>
        <translation>改判的申诉（采纳或部分采纳）÷ 已裁决的申诉</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <translation>已下发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes</source>
        <translation>申诉数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute rate</source>
        <translation>申诉率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overturned</source>
        <translation>改判数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overturn rate</source>
        <translation>改判率</translation>
    </message>
</context>
<context>
    <name>qadesk::InteractionListModel</name>
    <message>
        <location filename="../ui/dashboard/InteractionListModel.cpp" line="+106"/>
        <location line="+3"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handle (s)</source>
        <translation>处理时长（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First response (s)</source>
        <translation>首次响应（秒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
</context>
<context>
    <name>qadesk::KpiComparisonModel</name>
    <message>
        <location filename="../ui/dashboard/KpiComparisonModel.cpp" line="+94"/>
        <source>n of %1</source>
        <translation>%1 的 n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small sample: fewer than %1</source>
        <translation>样本量不足：少于 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Selection</source>
        <translation>所选</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Compared</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>n (%1)</source>
        <translation>n（%1）</translation>
    </message>
</context>
<context>
    <name>qadesk::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="+38"/>
        <source>Click to list what stands behind this figure</source>
        <translation>单击查看该指标的明细</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no previous figure</source>
        <translation>无上一周期数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data in this period</source>
        <translation>本周期无数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 vs before · small base (n = %2)</source>
        <translation>较上一周期 %1 · 基数过小（n = %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 vs before</source>
        <translation>较上一周期 %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous period %1: %2 from n = %3, fewer than %4: the change says little.</source>
        <translation>上一周期 %1：%2，仅 n = %3（少于 %4），变化参考意义有限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous period %1: %2</source>
        <translation>上一周期 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close</source>
        <translation>接近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1</source>
        <translation>目标值 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>target %1 · %2</source>
        <translation>目标值 %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target %1; amber within %2 of it</source>
        <translation>目标值 %1；相差 %2 以内为黄色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no target</source>
        <translation>无目标值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>n = %1 · small sample</source>
        <translation>n = %1 · 样本量不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than %1 answers: treat this figure with caution.</source>
        <translation>答卷少于 %1 份：请谨慎参考此指标。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Normal approximation for a difference of two proportions</source>
        <translation>两比例之差的正态近似</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilson score interval</source>
        <translation>威尔逊置信区间</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>qadesk::LoginDialog</name>
    <message>
        <location filename="../ui/settings/LoginDialog.cpp" line="+28"/>
        <source>Log in to the team database</source>
        <translation>登录团队数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is shared by your team: log in with your own database account. What you see and may change follows your role.</source>
        <translation>此数据库由您的团队共用：请用您自己的数据库账号登录。您能查看和修改的内容取决于您的角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2:%3</source>
        <translation>%1（%2:%3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remember the password in the keychain</source>
        <translation>在密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keychain is not available, so the password cannot be remembered: type it each time.</source>
        <translation>密钥环不可用，无法记住密码：每次都需输入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password remembered in the keychain is filled in.</source>
        <translation>已填入密钥环中记住的密码。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not log in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Keychain</source>
        <translation>密钥环</translation>
    </message>
</context>
<context>
    <name>qadesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+47"/>
        <source>QA Desk — %1</source>
        <translation>QA Desk — %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About QA Desk</source>
        <translation>关于 QA Desk(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Workspace</source>
        <translation>质检工作台(&amp;W)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>KPI &amp;targets…</source>
        <translation>KPI 目标值(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch &amp;Profile…</source>
        <translation>切换身份(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log in as &amp;Someone Else…</source>
        <translation>以其他身份登录(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Calibration</source>
        <translation>校准(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feed&amp;back</source>
        <translation>反馈(&amp;B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rectification &amp;&amp; coaching</source>
        <translation>整改与辅导(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raise &amp;rectification from this evaluation…</source>
        <translation>就此质检单发起整改(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raise Rectification</source>
        <translation>发起整改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open an evaluated interaction first.</source>
        <translation>请先打开一通已质检的会话。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 interactions · %L2 transcripts · %L3 evaluations</source>
        <translation>%L1 条会话 · %L2 份对话记录 · %L3 份质检单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>counts unavailable</source>
        <translation>无法获取数量</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · not in the people list</source>
        <translation>%1 · 不在人员名单中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login &quot;%1&quot; is not in the people list: it works as a %2. Switch Profile (Ctrl+Shift+U) picks a person or adds one.</source>
        <translation>登录名“%1”不在人员名单中，按%2的权限使用。“切换身份”（Ctrl+Shift+U）可选择或添加人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login: %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPI targets are set by a QA manager or an administrator.</source>
        <translation>KPI 目标由质检经理或管理员设置。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rectification items are raised by a team lead or a QA manager.</source>
        <translation>整改项由组长或质检经理发起。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Working as %1.</source>
        <translation>当前身份：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Switch Profile</source>
        <translation>切换身份</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>About QA Desk</source>
        <translation>关于 QA Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Customer-service quality inspection: score transcripts on the six-dimension rubric and follow service KPIs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;客服质检：依据六维度评分标准为对话记录评分，并跟踪服务 KPI。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qadesk::NewRectificationDialog</name>
    <message>
        <location filename="../ui/improvement/NewRectificationDialog.cpp" line="+19"/>
        <source>Raise Rectification</source>
        <translation>发起整改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by hand</source>
        <translation>手动发起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole evaluation (weighted score)</source>
        <translation>整体评分（加权得分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dimension:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;ue date:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the agent has to do, e.g. greet with the standard opening and confirm the customer&apos;s identity on every call.</source>
        <translation>坐席需要做到什么，例如：每通电话都使用标准开场白并确认客户身份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required a&amp;ction:</source>
        <translation>整改要求(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the agent submits, this many of their next interactions are drawn onto the verifier&apos;s queue; the item is verified when all of them pass.</source>
        <translation>坐席提交后，从其接下来的会话中抽取这么多通放入验证人的质检队列；全部通过才算验证完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify with next:</source>
        <translation>验证会话数(&amp;V)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agent&apos;s own login (default)</source>
        <translation>坐席本人的登录名（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>责任人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the evaluation&apos;s inspector, else you</source>
        <translation>质检单的质检员，否则为你</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ve&amp;rifier:</source>
        <translation>验证人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Raise</source>
        <translation>发起(&amp;R)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Evaluation %1</source>
        <translation>质检单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard finding: below target on this dimension for consecutive weeks</source>
        <translation>看板发现：该维度连续数周低于目标</translation>
    </message>
</context>
<context>
    <name>qadesk::PcmPlaybackEngine</name>
    <message>
        <location filename="../ui/workspace/PcmPlaybackEngine.cpp" line="+122"/>
        <source>This computer has no sound output.</source>
        <translation>此电脑没有可用的声音输出设备。</translation>
    </message>
</context>
<context>
    <name>qadesk::ProfileDialog</name>
    <message>
        <location filename="../ui/settings/ProfileDialog.cpp" line="+42"/>
        <source>Who is working here?</source>
        <translation>谁在使用？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA Desk offers what your role needs. Choose yourself, or add yourself as a new person. Evaluations and the audit log record your name.</source>
        <translation>QA Desk 按您的角色提供相应功能。请选择您自己，或将自己添加为新人员。质检单和审计日志会记录您的姓名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;I am:</source>
        <translation>我是(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find by name, login, role or team…</source>
        <translation>按姓名、登录名、角色或团队查找…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I am &amp;new here:</source>
        <translation>我是新人员(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name, e.g. 王芳</source>
        <translation>您的姓名，例如 王芳</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your agent code, e.g. A005</source>
        <translation>您的坐席工号，例如 A005</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team you lead, e.g. 售后一组</source>
        <translation>您带领的团队，例如 售后一组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gent code:</source>
        <translation>坐席工号(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T):</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Enter your name: evaluations are recorded under it.</source>
        <translation>请输入姓名：质检单将以此记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your agent code: it links you to your evaluations.</source>
        <translation>请输入坐席工号：它将您与您的质检单关联。</translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingPlayer</name>
    <message>
        <location filename="../ui/workspace/RecordingPlayer.cpp" line="+29"/>
        <location line="+195"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Play or pause (Space); Ctrl+Left/Right: back or ahead 5 s</source>
        <translation>播放或暂停（空格）；Ctrl+左/右：后退或前进 5 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Playback speed (the pitch is kept)</source>
        <translation>播放速度（音调不变）</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll the transcript to the turn being played</source>
        <translation>转写文本自动滚动到正在播放的发言</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The recording cannot be played: %1</source>
        <translation>无法播放录音：%1</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No recording for this interaction.</source>
        <translation>此会话没有录音。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
</context>
<context>
    <name>qadesk::RectificationDialog</name>
    <message>
        <location filename="../ui/improvement/RectificationDialog.cpp" line="+31"/>
        <source>Rectification %1</source>
        <translation>整改项 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sa&amp;ve changes</source>
        <translation>保存修改(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue date:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required a&amp;ction:</source>
        <translation>整改要求(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify &amp;with next:</source>
        <translation>验证会话数(&amp;W)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interaction</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level / score</source>
        <translation>等级 / 得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verification interactions</source>
        <translation>验证会话</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note for the history (required to reopen)</source>
        <translation>写入历史记录的备注（重新打开时必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>开始整改(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print notice…</source>
        <translation>打印整改通知单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>whole evaluation</source>
        <translation>整体评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;No. %1&lt;/b&gt; · %2 (%3) · %4&lt;br&gt;State: &lt;b&gt;%5&lt;/b&gt;%6&lt;br&gt;Owner: %7 · raised by %8 on %9 · verified by %10&lt;br&gt;Verification: %11 of %12 passed (round %13)</source>
        <translation>&lt;b&gt;编号 %1&lt;/b&gt; · %2（%3）· %4&lt;br&gt;状态：&lt;b&gt;%5&lt;/b&gt;%6&lt;br&gt;责任人：%7 · %8 于 %9 发起 · 验证人 %10&lt;br&gt;验证：%12 通中已通过 %11 通（第 %13 轮）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> · &lt;span style=&apos;color:#c62828&apos;&gt;%n day(s) late&lt;/span&gt;</source>
        <translation>
            <numerusform> · &lt;span style=&apos;color:#c62828&apos;&gt;逾期 %n 天&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1  %2: %3 → %4%5</source>
        <translation>%1  %2：%3 → %4%5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable (replaced)</source>
        <translation>不适用（已替换）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for evaluation</source>
        <translation>等待质检</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only an open or reopened item is started.</source>
        <translation>只有待处理或已重新打开的整改项可以开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an item in progress is submitted.</source>
        <translation>只有整改中的整改项可以提交。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted item is verified, by its verification interactions.</source>
        <translation>只有已提交的整改项才能通过其验证会话进行验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted or verified item is reopened.</source>
        <translation>只有已提交或已验证的整改项可以重新打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A verified item is reopened to change it.</source>
        <translation>已验证的整改项需先重新打开才能修改。</translation>
    </message>
</context>
<context>
    <name>qadesk::RectificationListModel</name>
    <message>
        <location filename="../ui/improvement/RectificationListModel.cpp" line="+71"/>
        <source>%1
Owner: %2 · raised by %3 · verified by %4</source>
        <translation>%1
责任人：%2 · 发起人 %3 · 验证人 %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whole evaluation</source>
        <translation>整体评分</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1/%2 passed, %3 failed</source>
        <translation>%1/%2 通过，%3 未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 passed</source>
        <translation>%1/%2 通过</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required action</source>
        <translation>整改要求</translation>
    </message>
</context>
<context>
    <name>qadesk::ReliabilityDialog</name>
    <message>
        <location filename="../ui/calibration/ReliabilityDialog.cpp" line="+31"/>
        <source>%1 · %2 · n = %3 values</source>
        <translation>%1 · %2 · n = %3 个评分</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Continuous reliability</source>
        <translation>持续信度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alpha by month of the double-scored pairs (hover for the interval and n)</source>
        <translation>按月统计的双评配对 α（悬停查看区间和 n）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drift: each inspector&apos;s mean weighted score minus their partner&apos;s, points (n)</source>
        <translation>漂移：每位质检员的加权得分减去配对质检员得分的平均值，单位：分（n）</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>No double-scored pairs yet. Draw a sample with &quot;Double-score&quot; set (Tools → Sample…); the second inspector scores the share on the Calibration page. %n second score(s) wait for the first inspector&apos;s evaluation.</source>
        <translation>
            <numerusform>还没有双评配对。抽样时设置“双评”（工具 → 抽样…），第二位质检员在校准页面为这部分会话评分。有 %n 份第二评分在等待第一位质检员的质检单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pair(s) of a plan inspector&apos;s evaluation and a second inspector&apos;s blind score.</source>
        <translation>
            <numerusform>%n 对配对：抽样质检员的质检单与第二位质检员的盲评。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more wait for the first evaluation.</source>
        <translation>
            <numerusform>另有 %n 份在等待第一份质检单。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairs</source>
        <translation>配对数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall (95 % interval)</source>
        <translation>总体（95% 区间）</translation>
    </message>
</context>
<context>
    <name>qadesk::ReportActions</name>
    <message>
        <location filename="../ui/reports/ReportActions.cpp" line="+52"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the selected evaluations&apos; sheets, one per page, with a preview</source>
        <translation>打印所选质检单的评分表（每张一页），打印前可预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected evaluations&apos; sheets as one PDF, one sheet per page</source>
        <translation>将所选质检单的评分表保存为一个 PDF 文件，每张评分表一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent &amp;monthly report…</source>
        <translation>坐席月度报告(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an agent&apos;s monthly report (KPIs, trend, dimensions, evaluations) as PDF</source>
        <translation>将坐席月度报告（KPI、趋势、维度、质检单）保存为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;evaluations…</source>
        <translation>导出质检单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the evaluations of the Reports filter as an Excel workbook or CSV</source>
        <translation>将报表页筛选出的质检单保存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;KPI table…</source>
        <translation>导出 KPI 表(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the KPIs of the Reports filter as an Excel workbook or CSV</source>
        <translation>将报表页筛选出的 KPI 保存为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 (%2)</source>
        <translation>已保存 %1（%2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more evaluations in the Reports tab, then print.</source>
        <translation>请先在报表页中选择一份或多份质检单，再打印。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Evaluation sheet No. %1</source>
        <translation>质检评分表（编号 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evaluation sheet(s)</source>
        <translation>
            <numerusform>%n 份质检评分表</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Select one or more evaluations in the Reports tab, then export.</source>
        <translation>请先在报表页中选择一份或多份质检单，再导出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Writing %n evaluation sheet(s)…</source>
        <translation>
            <numerusform>正在写入 %n 份质检评分表…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location line="+32"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+5"/>
        <source>Agent monthly report</source>
        <translation>坐席月度报告</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose an agent in the Reports tab (or select one of their evaluations).</source>
        <translation>请在报表页中选择一名坐席（或选择其某份质检单）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the monthly report of %1…</source>
        <translation>正在生成 %1 的月度报告…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export KPI table</source>
        <translation>导出 KPI 表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export evaluations</source>
        <translation>导出质检单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting the KPI table…</source>
        <translation>正在导出 KPI 表…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting evaluations…</source>
        <translation>正在导出质检单…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::ReportTask</name>
    <message>
        <location filename="../ui/reports/ReportTask.cpp" line="+20"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
</context>
<context>
    <name>qadesk::ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="+43"/>
        <source>The month of the interactions evaluated</source>
        <translation>所评会话的月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All months</source>
        <translation>所有月份</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>All teams</source>
        <translation>所有班组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All agents</source>
        <translation>所有坐席</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n 份质检单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 selected</source>
        <translation>%1 · 已选 %2 份</translation>
    </message>
</context>
<context>
    <name>qadesk::SampleDialog</name>
    <message>
        <location filename="../ui/workspace/SampleDialog.cpp" line="+26"/>
        <source>Oversample complaints, weight</source>
        <translation>加权抽样投诉会话，权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oversample low CSAT (1–2), weight</source>
        <translation>加权抽样低 CSAT（1–2）会话，权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only interactions with a transcript</source>
        <translation>仅限有对话记录的会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip interactions that already have an evaluation</source>
        <translation>跳过已有质检单的会话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw a sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> per agent</source>
        <translation> 条/坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All teams</source>
        <translation>所有班组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The same seed with the same settings and data draws the same interactions.</source>
        <translation>使用相同的随机种子、设置和数据，将抽取相同的会话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick another random seed</source>
        <translation>换一个随机种子</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw:</source>
        <translation>抽取：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>不双评</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second inspector</source>
        <translation>第二位质检员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scored blind again by</source>
        <translation>由以下质检员再次盲评：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continuous reliability: this share of the sample is also scored blind by a second inspector (on the Calibration page); the pairs give alpha over time and each inspector&apos;s drift.</source>
        <translation>持续信度：这部分抽样会话还将由第二位质检员盲评（在校准页面）；配对结果用于计算 α 随时间的变化和每位质检员的漂移。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-score:</source>
        <translation>双评：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draws interactions at random for each agent who had any in the period, and puts them on your queue. A weight of 3 makes an interaction three times as likely to be drawn.</source>
        <translation>为周期内有会话的每位坐席随机抽取会话，并放入您的队列。权重为 3 表示该会话被抽中的概率是普通会话的三倍。</translation>
    </message>
</context>
<context>
    <name>qadesk::ScoreHistogramChart</name>
    <message>
        <location filename="../ui/dashboard/ScoreHistogramChart.cpp" line="+45"/>
        <location line="+109"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+106"/>
        <source>Evaluations</source>
        <translation>质检单</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>under %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Score %1: %2 evaluations (%3% of %4)</source>
        <translation>得分 %1：%2 份质检单（占 %4 的 %3%）</translation>
    </message>
</context>
<context>
    <name>qadesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+28"/>
        <location line="+133"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language changes the next time QA Desk starts.</source>
        <translation>语言将在下次启动 QA Desk 时生效。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Switch &amp;Profile…</source>
        <translation>切换身份(&amp;P)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Evaluations and the audit log record your work under this person. Switch Profile… chooses another one.</source>
        <translation>评估和审计日志以此身份记录你的工作。“切换身份…”可选择其他人员。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pause between two turns longer than this is marked as silence, or as hold when the agent had asked the customer to wait.</source>
        <translation>两个对话轮次之间的停顿超过此时长即标记为静默；若坐席此前请客户稍候，则标记为保持等待。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the imported file&apos;s folder</source>
        <translation>仅导入文件所在的文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An imported file may name recordings in its own folder or under this one (qadesk-cli: import --recordings-root). Paths that lead anywhere else are refused.</source>
        <translation>导入的文件可以引用其所在文件夹或此文件夹下的录音（qadesk-cli：import --recordings-root）。指向其他位置的路径会被拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recordings folder</source>
        <translation>录音文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left channel (customer right)</source>
        <translation>左声道（客户在右声道）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right channel (customer left)</source>
        <translation>右声道（客户在左声道）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which channel of a stereo recording carries the agent, for the waveform&apos;s lanes and the audio analysis</source>
        <translation>立体声录音中坐席所在的声道，用于波形分轨和音频分析</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The zone in which every view, export and report of this database counts local times, days, weeks and months, for everyone who uses it. Changing it renumbers the stored days in the background.</source>
        <translation>本数据库所有视图、导出和报表计算本地时间、日、周、月所用的时区，对所有使用者生效。更改后会在后台重新计算已存储的日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working as:</source>
        <translation>当前身份：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Log in as &amp;Someone Else…</source>
        <translation>以其他身份登录(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In team mode you are your database login: Log in as Someone Else… changes it.</source>
        <translation>团队模式下你的身份即数据库登录名：用“以其他身份登录…”更换。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Mark pauses longer than:</source>
        <translation>停顿超过以下时长时标记：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recordings folder:</source>
        <translation>录音文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent in stereo recordings:</source>
        <translation>立体声录音中的坐席：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation time zone:</source>
        <translation>机构时区：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The organisation time zone is set by an administrator.</source>
        <translation>机构时区由管理员设置。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The recordings folder %1 does not exist. Choose an existing folder, or leave the field empty to look for recordings only beside the imported files.</source>
        <translation>录音文件夹 %1 不存在。请选择一个已存在的文件夹，或留空以仅在导入文件旁查找录音。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a time zone. Choose one from the list, such as Asia/Shanghai.</source>
        <translation>%1 不是有效时区。请从列表中选择，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restart QA Desk to see it in the new language.</source>
        <translation>重新启动 QA Desk 后即可使用新语言。</translation>
    </message>
</context>
<context>
    <name>qadesk::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="+14"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score the focused dimension 1–5 and move to the next</source>
        <translation>为当前维度评 1–5 分并转到下一个维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the focused dimension not applicable</source>
        <translation>将当前维度标记为不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the suggested level</source>
        <translation>采纳建议档位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the focused dimension&apos;s score</source>
        <translation>清除当前维度的评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous / next dimension</source>
        <translation>上一个/下一个维度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up / Down, Shift+Tab / Tab</source>
        <translation>Up / Down，Shift+Tab / Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the focused dimension&apos;s comment (Enter or Esc returns)</source>
        <translation>填写当前维度的评语（按 Enter 或 Esc 返回）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the evaluation</source>
        <translation>提交质检单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the transcript</source>
        <translation>在对话记录中查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous match</source>
        <translation>下一个/上一个匹配项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, F3 / Shift+Enter, Shift+F3</source>
        <translation>Enter、F3 / Shift+Enter、Shift+F3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the selected turns as evidence to the focused dimension</source>
        <translation>将所选对话轮次作为证据添加到当前维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the queue / transcript / form</source>
        <translation>转到队列/对话记录/质检单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start scoring the selected queue row</source>
        <translation>开始为队列中所选行评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play / pause the recording (not in text fields or on buttons)</source>
        <translation>播放 / 暂停录音（在文本框或按钮上除外）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording back / ahead 5 s</source>
        <translation>录音后退 / 前进 5 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration: new session</source>
        <translation>校准：新建任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration: score the selected interaction blind</source>
        <translation>校准：盲评所选会话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calibration: submit the score</source>
        <translation>校准：提交评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration: results to PDF / table to CSV or XLSX</source>
        <translation>校准：结果导出 PDF / 表格导出 CSV 或 XLSX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calibration: reload</source>
        <translation>校准：刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback: release the selected evaluations to their agents</source>
        <translation>反馈：将选中的质检单下发给坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback: release the evaluation just submitted in the workspace</source>
        <translation>反馈：下发刚在工作台提交的质检单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback: acknowledge / dispute / decide the selected evaluation</source>
        <translation>反馈：确认 / 申诉 / 裁决选中的质检单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>qadesk::SignaturePad</name>
    <message>
        <location filename="../ui/feedback/SignaturePad.cpp" line="+17"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here with the mouse; Delete clears.</source>
        <translation>用鼠标在此签名；按 Delete 清除。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sign here</source>
        <translation>在此签名</translation>
    </message>
</context>
<context>
    <name>qadesk::TargetsDialog</name>
    <message>
        <location filename="../ui/dashboard/TargetsDialog.cpp" line="+16"/>
        <source>KPI targets</source>
        <translation>KPI 目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tile is green when its KPI meets the target, amber when it misses it by no more than the amber margin, and red beyond.</source>
        <translation>KPI 达到目标值时指标卡显示绿色；未达标但差距不超过黄色容差时显示黄色；超出容差则显示红色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber margin</source>
        <translation>黄色容差</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, e-mail</source>
        <translation>%1（邮件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each rubric dimension (level)</source>
        <translation>各评分维度（等级）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agent whose weekly mean on a dimension stays below this for 4 weeks is a finding (Rectification → Below target); a rectification item&apos;s verification interaction passes at this level or above.</source>
        <translation>坐席某一维度的周平均连续 4 周低于此值即为一项发现（整改与辅导 → 连续 4 周低于目标）；整改项的验证会话达到此等级及以上即为通过。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>These targets are the organisation&apos;s: everyone&apos;s dashboard and reports use them. Changes are recorded in the audit log.</source>
        <translation>这些是组织统一的目标：所有人的仪表盘和报表都使用它们。每次修改都记入审计日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These targets are the organisation&apos;s. A QA manager or an administrator changes them.</source>
        <translation>这些是组织统一的目标，由质检经理或管理员修改。</translation>
    </message>
</context>
<context>
    <name>qadesk::TeamDimensionsChart</name>
    <message>
        <location filename="../ui/dashboard/TeamDimensionsChart.cpp" line="+113"/>
        <source>%1 · %2: %3 (n = %4)</source>
        <translation>%1 · %2：%3（n = %4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptDelegate</name>
    <message>
        <location filename="../ui/workspace/TranscriptDelegate.cpp" line="+181"/>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptModel</name>
    <message>
        <location filename="../ui/workspace/TranscriptModel.cpp" line="+145"/>
        <source>Hold, %1</source>
        <translation>保持等待，%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Silence, %1</source>
        <translation>静默，%1</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptPane</name>
    <message>
        <location filename="../ui/workspace/TranscriptPane.cpp" line="+58"/>
        <location line="+62"/>
        <source>Select an interaction in the queue to read its transcript.</source>
        <translation>在队列中选择一条会话以查看其对话记录。</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Select turns (Ctrl/Shift+click) to use them as evidence.</source>
        <translation>选择对话轮次（Ctrl/Shift+单击）以将其用作证据。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This interaction has no transcript.</source>
        <translation>此会话没有对话记录。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No interaction open</source>
        <translation>未打开会话</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duration %1</source>
        <translation>时长 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no CSAT</source>
        <translation>无 CSAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CES %1/7</source>
        <translation>CES %1/7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolved first contact: %1</source>
        <translation>首次解决：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no team</source>
        <translation>未分配班组</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach as evidence</source>
        <translation>添加为证据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attach to %1 (E)</source>
        <translation>添加到%1（E）</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Attach as evidence to</source>
        <translation>添加为证据到</translation>
    </message>
</context>
<context>
    <name>qadesk::TrendChart</name>
    <message>
        <location filename="../ui/dashboard/TrendChart.cpp" line="+216"/>
        <source>%1 (partly outside the period)</source>
        <translation>%1（部分在周期之外）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (n = %3, small sample)</source>
        <translation>%1：%2（n = %3，样本量不足）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 (n = %3)</source>
        <translation>%1：%2（n = %3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bucket</source>
        <translation>粒度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 n</source>
        <translation>%1 n</translation>
    </message>
</context>
<context>
    <name>qadesk::WaveformView</name>
    <message>
        <location filename="../ui/workspace/WaveformView.cpp" line="+15"/>
        <source>Waveform of the recording</source>
        <translation>录音波形</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+143"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+145"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>qadesk::WorkQueueModel</name>
    <message>
        <location filename="../ui/workspace/WorkQueueModel.cpp" line="+170"/>
        <source>%1 · verifies rectification %2</source>
        <translation>%1 · 整改验证 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drawn to verify rectification item %1: the weighted score must reach the pass line.</source>
        <translation>为验证整改项 %1 抽取：加权得分须达到合格线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn to verify rectification item %1: dimension &quot;%2&quot; must be scored 3 or higher.</source>
        <translation>为验证整改项 %1 抽取：维度“%2”须评为 3 级或以上。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %2 (%3) · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %2（%3）· %Ln 个对话轮次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>qadesk::WorkQueuePane</name>
    <message>
        <location filename="../ui/workspace/WorkQueuePane.cpp" line="+40"/>
        <source>My queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All interactions</source>
        <translation>全部会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My queue: interactions sampled for you or opened by you. All interactions: the whole database.</source>
        <translation>我的队列：为您抽取或由您打开的会话。全部会话：整个数据库中的会话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search transcripts, call ID or agent — Enter</source>
        <translation>搜索对话记录、通话 ID 或坐席——按 Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finds interactions whose transcript contains every word typed (separate words with spaces), or whose call ID, agent ID or agent name is exactly the text.</source>
        <translation>查找对话记录包含所输入全部词语（词语之间用空格分隔）的会话，或通话 ID、坐席 ID、坐席姓名与所输入文本完全一致的会话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample…</source>
        <translation>抽样…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw interactions to inspect: N per agent over a period</source>
        <translation>抽取待质检的会话：在一段周期内为每位坐席抽取 N 条</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+135"/>
        <source>All teams</source>
        <translation>所有班组</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Searching transcripts for “%1”…</source>
        <translation>正在对话记录中搜索“%1”…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not load the queue: %1</source>
        <translation>无法加载队列：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your queue is empty. Use Sample… to draw interactions to inspect, or search all interactions.</source>
        <translation>您的队列为空。请使用“抽样…”抽取待质检的会话，或在全部会话中搜索。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln interaction(s) in view</source>
        <translation>
            <numerusform>当前显示 %Ln 条会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+12"/>
        <source>%Ln interactions loaded; scroll for more</source>
        <translation>
            <numerusform>已加载 %Ln 条会话；滚动以加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>Search “%1”: the newest %Ln matches; narrow the search to see others</source>
        <translation>
            <numerusform>搜索“%1”：显示最新的 %Ln 条匹配结果；缩小搜索范围以查看其他结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Search “%1”: %Ln matching interaction(s)</source>
        <translation>
            <numerusform>搜索“%1”：%Ln 条匹配的会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(in your queue: %Ln)</source>
        <translation>
            <numerusform>（在您的队列中：%Ln 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln 条会话</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::WorkspacePage</name>
    <message>
        <location filename="../ui/workspace/WorkspacePage.cpp" line="+124"/>
        <source>Evaluation submitted.</source>
        <translation>质检单已提交。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw a &amp;Sample…</source>
        <translation>抽样(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submit Evaluation</source>
        <translation>提交质检单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in Transcript</source>
        <translation>在对话记录中查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open interaction</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sample drawn: %1 interaction(s) from %2 candidate(s) of %3 agent(s); %4 new on your queue.</source>
        <translation>抽样完成：从 %3 位坐席的 %2 条候选会话中抽取了 %1 条；新加入您队列的有 %4 条。</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+20"/>
        <location line="+17"/>
        <source>Sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No interaction matches: widen the period or remove a filter.</source>
        <translation>没有匹配的会话：请扩大周期范围或移除筛选条件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of them to be scored blind again by %2 (Calibration page).</source>
        <translation>其中 %1 条将由 %2 再次盲评（校准页面）。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Evaluation changed elsewhere</source>
        <translation>评估已在别处被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Your changes here are kept until you choose. Reload theirs to see the stored version (your changes here are dropped), or keep yours to save them over it.</source>
        <translation>%1

在您作出选择之前，这里的修改会被保留。选择“载入对方版本”查看已保存的版本（放弃这里的修改），或选择“保留我的”用这里的修改覆盖它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload Theirs</source>
        <translation>载入对方版本(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
</context>
<context>
    <name>qadesk::ZoneChangeController</name>
    <message>
        <location filename="../ui/settings/ZoneChangeController.cpp" line="+35"/>
        <source>Counting days in %1…</source>
        <translation>正在按 %1 重新计算日期…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Organisation time zone</source>
        <translation>机构时区</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cancelled. The new zone is in use; some stored days are still counted in the old one. Choose the zone again to finish.</source>
        <translation>已取消。新时区已生效，但部分已存储的日期仍按原时区计算。请再次选择该时区以完成。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Local times, days, weeks and months are now counted in %1.</source>
        <translation>本地时间、日、周、月现按 %1 计算。</translation>
    </message>
</context>
</TS>
