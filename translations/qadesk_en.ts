<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentMonthlyReport</name>
    <message>
        <location filename="../app/core/report/AgentMonthlyReport.cpp" line="+94" />
        <source>There is no agent with the id %1.</source>
        <translation>There is no agent with the id %1.</translation>
    </message>
</context>
<context>
    <name>AgentMonthlyReportRenderer</name>
    <message>
        <location filename="../app/core/report/AgentMonthlyReportRenderer.cpp" line="+47" />
        <source>Agent monthly report: %1, %2</source>
        <translation>Agent monthly report: %1, %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Monthly report %1, %2</source>
        <translation>Monthly report %1, %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · printed %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Agent monthly report</source>
        <translation>Agent monthly report</translation>
    </message>
    <message>
        <location line="+6" />
        <source>no team</source>
        <translation>no team</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 to %2, %3</source>
        <translation>%1 to %2, %3</translation>
    </message>
    <message>
        <location line="+35" />
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>n = %1, small sample</source>
        <translation>n = %1, small sample</translation>
    </message>
    <message>
        <location line="+1" />
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+106" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-105" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1" />
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+104" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-103" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Against target</source>
        <translation>Against target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+23" />
        <source>✓ on target</source>
        <translation>✓ on target</translation>
    </message>
    <message>
        <location line="+0" />
        <source>✗ off target</source>
        <translation>✗ off target</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Service KPIs against team and targets</source>
        <translation>Service KPIs against team and targets</translation>
    </message>
    <message>
        <location line="+4" />
        <source>* fewer than %1 responses: a small sample, read with care.</source>
        <translation>* fewer than %1 responses: a small sample, read with care.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rates are percentages of the interactions that have the figure; the 95% interval is Wilson's. Lower is better for handle time, first response and complaints.</source>
        <translation>Rates are percentages of the interactions that have the figure; the 95% interval is Wilson's. Lower is better for handle time, first response and complaints.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Trend and dimensions</source>
        <translation>Trend and dimensions</translation>
    </message>
    <message>
        <location line="+7" />
        <source>QA score and CSAT % by month</source>
        <translation>QA score and CSAT % by month</translation>
    </message>
    <message>
        <location line="+4" />
        <source>n &lt; %1, small sample, or month in progress</source>
        <translation>n &lt; %1, small sample, or month in progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>n &lt; %1, small sample</source>
        <translation>n &lt; %1, small sample</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QA score, team</source>
        <translation>QA score, team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT %, team</source>
        <translation>CSAT %, team</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Mean level by dimension (1–5)</source>
        <translation>Mean level by dimension (1–5)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent mean</source>
        <translation>Agent mean</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team mean</source>
        <translation>Team mean</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Against team</source>
        <translation>Against team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs work</source>
        <translation>Needs work</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Strengths and weaknesses by dimension</source>
        <translation>Strengths and weaknesses by dimension</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(team %1, %2)</source>
        <translation>(team %1, %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Strengths: none stands out this month.</source>
        <translation>Strengths: none stands out this month.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Strength — %1.</source>
        <translation>Strength — %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Needs work: no dimension falls short this month.</source>
        <translation>Needs work: no dimension falls short this month.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Needs work — %1.</source>
        <translation>Needs work — %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Level %1 (%2) asks: %3</source>
        <translation>Level %1 (%2) asks: %3</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+10" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 (veto)</source>
        <translation>%1 (veto)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Evaluations this month (%1)</source>
        <translation>Evaluations this month (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No submitted evaluations this month.</source>
        <translation>No submitted evaluations this month.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/core/settings/AppSettings.cpp" line="+40" />
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../ui/Application.cpp" line="+47" />
        <source>Please check the database %1.</source>
        <translation>Please check the database %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>QA Desk cannot work with the database %1.</source>
        <translation>QA Desk cannot work with the database %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

The file was not changed. Restore your latest backup with "qadesk-cli --db FILE restore --from BACKUP", or open another database with --db.</source>
        <translation>%1

The file was not changed. Restore your latest backup with "qadesk-cli --db FILE restore --from BACKUP", or open another database with --db.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>QA Desk: customer-service quality inspection</source>
        <translation>QA Desk: customer-service quality inspection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+8" />
        <location line="+67" />
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <location filename="../app/core/storage/AuditChain.cpp" line="+105" />
        <source>The database %1 has schema version %2, which keeps no audit chain; open it with QA Desk or run "qadesk-cli init" to upgrade it.</source>
        <translation>The database %1 has schema version %2, which keeps no audit chain; open it with QA Desk or run "qadesk-cli init" to upgrade it.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Audit entry id %1 has no place in the chain: it was inserted or replaced outside QA Desk (after entry %2).</source>
        <translation>Audit entry id %1 has no place in the chain: it was inserted or replaced outside QA Desk (after entry %2).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Audit entry id %1 claims place %2, which entry id %3 holds: it was inserted outside QA Desk.</source>
        <translation>Audit entry id %1 claims place %2, which entry id %3 holds: it was inserted outside QA Desk.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Audit entry %1 is missing: it was deleted (the chain goes on at entry %2, id %3).</source>
        <translation>Audit entry %1 is missing: it was deleted (the chain goes on at entry %2, id %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit entries %1 to %2 are missing: they were deleted (the chain goes on at entry %3, id %4).</source>
        <translation>Audit entries %1 to %2 are missing: they were deleted (the chain goes on at entry %3, id %4).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Audit entry %1 (id %2) does not follow entry %3 (id %4): one of them was replaced, or an entry was inserted between them.</source>
        <translation>Audit entry %1 (id %2) does not follow entry %3 (id %4): one of them was replaced, or an entry was inserted between them.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Audit entry %1 (id %2) was changed after it was written: its content no longer matches its hash.</source>
        <translation>Audit entry %1 (id %2) was changed after it was written: its content no longer matches its hash.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The audit chain's head record was deleted.</source>
        <translation>The audit chain's head record was deleted.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the log.</source>
        <translation>Audit entries %1 to %2 are missing: they were removed from the end of the log.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Audit entries %1 to %2 were added outside QA Desk, after the chain's head (entry %3).</source>
        <translation>Audit entries %1 to %2 were added outside QA Desk, after the chain's head (entry %3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Audit entry %1 (id %2), the last one, does not match the chain's head: it was replaced.</source>
        <translation>Audit entry %1 (id %2), the last one, does not match the chain's head: it was replaced.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Audit entry %1 is not the one seen here before (%2): the log was rewritten since.</source>
        <translation>Audit entry %1 is not the one seen here before (%2): the log was rewritten since.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The audit chain's head record is missing.</source>
        <translation>The audit chain's head record is missing.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/core/storage/AuditLog.cpp" line="+22" />
        <source>The audit log's chain head is missing from %1; run "qadesk-cli audit verify".</source>
        <translation>The audit log's chain head is missing from %1; run "qadesk-cli audit verify".</translation>
    </message>
</context>
<context>
    <name>CalibrationExport</name>
    <message>
        <location filename="../app/core/export/CalibrationExport.cpp" line="+20" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>95% low</source>
        <translation>95% low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>95% high</source>
        <translation>95% high</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interactions (units)</source>
        <translation>Interactions (units)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Values (n)</source>
        <translation>Values (n)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+26" />
        <source>Graders</source>
        <translation>Graders</translation>
    </message>
    <message>
        <location line="-25" />
        <source>Pairs with the expert</source>
        <translation>Pairs with the expert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean absolute deviation from the expert</source>
        <translation>Mean absolute deviation from the expert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alignment %</source>
        <translation>Alignment %</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (expert)</source>
        <translation>%1 (expert)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Leniency (mean deviation from the consensus)</source>
        <translation>Leniency (mean deviation from the consensus)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leniency 95% low</source>
        <translation>Leniency 95% low</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leniency 95% high</source>
        <translation>Leniency 95% high</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leniency n</source>
        <translation>Leniency n</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean deviation from the expert</source>
        <translation>Mean deviation from the expert</translation>
    </message>
</context>
<context>
    <name>CalibrationReportRenderer</name>
    <message>
        <location filename="../app/core/report/CalibrationReportRenderer.cpp" line="+56" />
        <source>Calibration results: %1</source>
        <translation>Calibration results: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Calibration %1</source>
        <translation>Calibration %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · printed %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Calibration results</source>
        <translation>Calibration results</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created by %1</source>
        <translation>Created by %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no expert</source>
        <translation>no expert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>expert: %1</source>
        <translation>expert: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 scores submitted</source>
        <translation>%1 of %2 scores submitted</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>participants: %1</source>
        <translation>participants: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+39" />
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <location line="-38" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+1" />
        <source>n (interactions / values)</source>
        <translation>n (interactions / values)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deviation from the expert</source>
        <translation>Deviation from the expert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Agreement (Krippendorff's alpha)</source>
        <translation>Agreement (Krippendorff's alpha)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1": %2.</source>
        <translation>"%1": %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Grader</source>
        <translation>Grader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leniency (points)</source>
        <translation>Leniency (points)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Versus the expert (points)</source>
        <translation>Versus the expert (points)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (expert)</source>
        <translation>%1 (expert)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Graders: leniency and severity</source>
        <translation>Graders: leniency and severity</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+10" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Weighted scores: interaction × grader</source>
        <translation>Weighted scores: interaction × grader</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Each cell: the grader's weighted score, under it the deviation from the consensus; blue above it (lenient), red below (severe). · not scored.</source>
        <translation>Each cell: the grader's weighted score, under it the deviation from the consensus; blue above it (lenient), red below (severe). · not scored.</translation>
    </message>
</context>
<context>
    <name>CalibrationService</name>
    <message>
        <location filename="../app/core/calibration/CalibrationService.cpp" line="+21" />
        <source>Calibration sessions are run by a QA manager or an administrator; %1 may not.</source>
        <translation>Calibration sessions are run by a QA manager or an administrator; %1 may not.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A calibration session needs a name.</source>
        <translation>A calibration session needs a name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A calibration session needs at least one interaction.</source>
        <translation>A calibration session needs at least one interaction.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A calibration session needs at least one participant.</source>
        <translation>A calibration session needs at least one participant.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The expert must be one of the participants.</source>
        <translation>The expert must be one of the participants.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Expected %1 dimension scores (%2), got %3.</source>
        <translation>Expected %1 dimension scores (%2), got %3.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1: choose a level from 1 to 5, or mark it N/A.</source>
        <translation>%1: choose a level from 1 to 5, or mark it N/A.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Checklist "%1": expected yes, no or na, got "%2".</source>
        <translation>Checklist "%1": expected yes, no or na, got "%2".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checklist: answer "%1" with yes, no or N/A.</source>
        <translation>Checklist: answer "%1" with yes, no or N/A.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The rubric has no critical item "%1".</source>
        <translation>The rubric has no critical item "%1".</translation>
    </message>
</context>
<context>
    <name>CalibrationStore</name>
    <message>
        <location filename="../app/core/storage/CalibrationStore.cpp" line="+101" />
        <source>Calibration session %1 is closed.</source>
        <translation>Calibration session %1 is closed.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>There is no calibration session %1.</source>
        <translation>There is no calibration session %1.</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Calibration session %1 is closed: no more scores are taken.</source>
        <translation>Calibration session %1 is closed: no more scores are taken.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Interaction %1 is not part of calibration session %2.</source>
        <translation>Interaction %1 is not part of calibration session %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 does not take part in calibration session %2.</source>
        <translation>%1 does not take part in calibration session %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 has already submitted a score of this interaction in calibration session %2; a submitted score is final.</source>
        <translation>%1 has already submitted a score of this interaction in calibration session %2; a submitted score is final.</translation>
    </message>
</context>
<context>
    <name>CalibrationText</name>
    <message>
        <location filename="../app/core/calibration/CalibrationText.cpp" line="+18" />
        <source>All dimensions (pooled)</source>
        <translation>All dimensions (pooled)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weighted score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grade band</source>
        <translation>Grade band</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical item: %1</source>
        <translation>Critical item: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>nominal</source>
        <translation>nominal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ordinal</source>
        <translation>ordinal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>interval</source>
        <translation>interval</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <location line="+7" />
        <source>reliable</source>
        <translation>reliable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>tentative</source>
        <translation>tentative</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not reliable</source>
        <translation>not reliable</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>undefined</source>
        <translation>undefined</translation>
    </message>
    <message>
        <location line="+8" />
        <source>fewer than 2 values to pair (a second grader is needed)</source>
        <translation>fewer than 2 values to pair (a second grader is needed)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every value is the same: no variation to measure</source>
        <translation>every value is the same: no variation to measure</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Leniency: a grader's mean signed deviation from the consensus, where the consensus of an interaction is the mean weighted score of the other graders; positive is lenient, negative severe. 95 % t interval.</source>
        <translation>Leniency: a grader's mean signed deviation from the consensus, where the consensus of an interaction is the mean weighted score of the other graders; positive is lenient, negative severe. 95 % t interval.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Krippendorff's alpha: ≥ 0.800 reliable, 0.667–0.800 tentative, below 0.667 not reliable. Intervals: 95 % bootstrap over the interactions (seeded, reproducible).</source>
        <translation>Krippendorff's alpha: ≥ 0.800 reliable, 0.667–0.800 tentative, below 0.667 not reliable. Intervals: 95 % bootstrap over the interactions (seeded, reproducible).</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="+112" />
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location line="-31" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>ChecklistResult</name>
    <message>
        <location line="+56" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+3" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>CoachingService</name>
    <message>
        <location filename="../app/core/improvement/CoachingService.cpp" line="+23" />
        <source>There is no coaching session %1 for %2.</source>
        <translation>There is no coaching session %1 for %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no agent with the code "%1".</source>
        <translation>There is no agent with the code "%1".</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A coaching session needs the date it was held.</source>
        <translation>A coaching session needs the date it was held.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The rubric has no dimension "%1".</source>
        <translation>The rubric has no dimension "%1".</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+17" />
        <source>A commitment needs its text.</source>
        <translation>A commitment needs its text.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>There is no commitment %1.</source>
        <translation>There is no commitment %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commitment %1 is done already.</source>
        <translation>Commitment %1 is done already.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commitment %1 is not done.</source>
        <translation>Commitment %1 is not done.</translation>
    </message>
</context>
<context>
    <name>CoachingStore</name>
    <message>
        <location filename="../app/core/storage/CoachingStore.cpp" line="+74" />
        <source>There is no agent with the code "%1".</source>
        <translation>There is no agent with the code "%1".</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Evaluation %1 is not one of agent %2's.</source>
        <translation>Evaluation %1 is not one of agent %2's.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Interaction %1 is not one of agent %2's.</source>
        <translation>Interaction %1 is not one of agent %2's.</translation>
    </message>
    <message>
        <location line="+116" />
        <source>There is no commitment %1.</source>
        <translation>There is no commitment %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>There is no coaching session %1.</source>
        <translation>There is no coaching session %1.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../app/core/storage/Connection.cpp" line="+70" />
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot create the database file %1: %2</source>
        <translation>Cannot create the database file %1: %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot open the database %1: it is not an SQLite database, or it is damaged.</source>
        <translation>Cannot open the database %1: it is not an SQLite database, or it is damaged.</translation>
    </message>
    <message>
        <location line="-82" />
        <source>Database error: %1 (in: %2)</source>
        <translation>Database error: %1 (in: %2)</translation>
    </message>
    <message>
        <location line="-5" />
        <source>The database is busy: another program or window kept it locked for too long (%1). Nothing was changed; try again.</source>
        <translation>The database is busy: another program or window kept it locked for too long (%1). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location line="+191" />
        <source>the database %1 can be read by other users (mode %2); it holds personal data: make it owner-only with chmod 600</source>
        <translation>the database %1 can be read by other users (mode %2); it holds personal data: make it owner-only with chmod 600</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../app/core/kpi/DashboardService.cpp" line="+51" />
        <source>The dashboard needs a period with a first and a last day.</source>
        <translation>The dashboard needs a period with a first and a last day.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>(no team)</source>
        <translation>(no team)</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <location filename="../ui/dashboard/DashboardFormat.cpp" line="+49" />
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+19" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location line="+25" />
        <source>95% CI %1 to %2</source>
        <translation>95% CI %1 to %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>95% CI %1–%2%3</source>
        <translation>95% CI %1–%2%3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/TargetsDialog.cpp" line="+32" />
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <location filename="../app/core/storage/DatabaseBackup.cpp" line="+29" />
        <source>Backup and restore work on SQLite database files; for PostgreSQL use pg_dump and pg_restore.</source>
        <translation>Backup and restore work on SQLite database files; for PostgreSQL use pg_dump and pg_restore.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The SQLite driver does not expose its database handle.</source>
        <translation>The SQLite driver does not expose its database handle.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+10" />
        <source>The file is not a readable SQLite database: %1</source>
        <translation>The file is not a readable SQLite database: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database file is damaged: %1</source>
        <translation>The database file is damaged: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database was written by a newer QA Desk (schema version %1; this one knows up to %2). Update QA Desk to open it; it was left unchanged.</source>
        <translation>The database was written by a newer QA Desk (schema version %1; this one knows up to %2). Update QA Desk to open it; it was left unchanged.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot start the copy of %1: %2</source>
        <translation>Cannot start the copy of %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The copy of %1 waited too long for another program's lock. Nothing was changed; try again.</source>
        <translation>The copy of %1 waited too long for another program's lock. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot copy %1: the backup uses a different page size from this database (%2).</source>
        <translation>Cannot copy %1: the backup uses a different page size from this database (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot copy %1: %2</source>
        <translation>Cannot copy %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is the database itself; choose another file for the backup.</source>
        <translation>%1 is the database itself; choose another file for the backup.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write in %1: %2</source>
        <translation>Cannot write in %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The backup did not check out: %1</source>
        <translation>The backup did not check out: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 does not exist or is not a file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 is the database itself, not a backup of it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a QA Desk database.</source>
        <translation>%1 is not a QA Desk database.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../app/core/demo/DemoGenerator.cpp" line="+258" />
        <source>The database %1 already holds %2 interactions; demo data goes into an empty database.</source>
        <translation>The database %1 already holds %2 interactions; demo data goes into an empty database.</translation>
    </message>
</context>
<context>
    <name>DemoRecordings</name>
    <message>
        <location filename="../app/core/demo/DemoRecordings.cpp" line="+89" />
        <source>espeak-ng is not installed: the demo has no recordings (install espeak-ng and run the demo again to hear calls).</source>
        <translation>espeak-ng is not installed: the demo has no recordings (install espeak-ng and run the demo again to hear calls).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>DisputeOutcome</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="-89" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Partly accepted</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>EnvelopeReader</name>
    <message>
        <location filename="../app/core/audio/AudioEnvelope.cpp" line="+77" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/core/audio/PcmSource.cpp" line="+15" />
        <source>The recording %1 does not exist.</source>
        <translation>The recording %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>EvaluationSheet</name>
    <message>
        <location filename="../app/core/report/EvaluationSheet.cpp" line="+48" />
        <source>Evaluation %1 does not exist.</source>
        <translation>Evaluation %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>EvaluationSheetRenderer</name>
    <message>
        <location filename="../app/core/report/EvaluationSheetRenderer.cpp" line="+58" />
        <source>Evaluation sheet No. %1</source>
        <translation>Evaluation sheet No. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Evaluation sheets (%n)</source>
        <translation>
            <numerusform>Evaluation sheets (%n)</numerusform>
            <numerusform>Evaluation sheets (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50" />
        <source>Quality evaluation sheet No. %1 (continued)</source>
        <translation>Quality evaluation sheet No. %1 (continued)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location line="+8" />
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · printed %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation No. %1 · page %2 of %3</source>
        <translation>Evaluation No. %1 · page %2 of %3</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Customer-service quality evaluation sheet</source>
        <translation>Customer-service quality evaluation sheet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rubric: %1, version %2</source>
        <translation>Rubric: %1, version %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · evaluation version %2 (rescored after a dispute)</source>
        <translation>%1 · evaluation version %2 (rescored after a dispute)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+79" />
        <location line="+260" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-338" />
        <location line="+59" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-59" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+333" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="-332" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Evaluation date</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+45" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level description</source>
        <translation>Level description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+9" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not applicable: left out of the score.</source>
        <translation>Not applicable: left out of the score.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not scored.</source>
        <translation>Not scored.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+205" />
        <source>(shortened; the full comment is in QA Desk)</source>
        <translation>(shortened; the full comment is in QA Desk)</translation>
    </message>
    <message>
        <location line="-202" />
        <source>Scores by dimension</source>
        <translation>Scores by dimension</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Evidence from the transcript</source>
        <translation>Evidence from the transcript</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Service step</source>
        <translation>Service step</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What it requires</source>
        <translation>What it requires</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+29" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Service process checklist</source>
        <translation>Service process checklist</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Critical item (any failure makes the score 0)</source>
        <translation>Critical item (any failure makes the score 0)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Critical items (veto)</source>
        <translation>Critical items (veto)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Veto: %1 failed. The overall score is 0 and the grade is %2, whatever the dimension scores.</source>
        <translation>Veto: %1 failed. The overall score is 0 and the grade is %2, whatever the dimension scores.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Dimensions marked N/A are left out of both sums.</source>
        <translation>Dimensions marked N/A are left out of both sums.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Marked N/A here: %n.</source>
        <translation>
            <numerusform>Marked N/A here: %n.</numerusform>
            <numerusform>Marked N/A here: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n dimension(s) not scored.</source>
        <translation>
            <numerusform>%n dimension not scored.</numerusform>
            <numerusform>%n dimensions not scored.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>score = 100 × Σ wᵢ·sᵢ / (5 × Σ wᵢ)</source>
        <translation>score = 100 × Σ wᵢ·sᵢ / (5 × Σ wᵢ)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Weighted score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No score</source>
        <translation>No score</translation>
    </message>
    <message>
        <location line="+10" />
        <source>How the score is computed</source>
        <translation>How the score is computed</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Released to the agent</source>
        <translation>Released to the agent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 by %2; to acknowledge or dispute by %3</source>
        <translation>%1 by %2; to acknowledge or dispute by %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, signed "%2"</source>
        <translation>%1, signed "%2"</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Final decision (终审)</source>
        <translation>Final decision (终审)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Team lead's decision</source>
        <translation>Team lead's decision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2, by %3 at %4</source>
        <translation>%1: %2, by %3 at %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>; rescored: version %1 → %2</source>
        <translation>; rescored: version %1 → %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>终审</source>
        <translation>终审</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The agent may escalate until %1</source>
        <translation>The agent may escalate until %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for the decision, due %1</source>
        <translation>Waiting for the decision, due %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Feedback to the agent</source>
        <translation>Feedback to the agent</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Agent:  ☑ I have read this evaluation and agree (acknowledged in QA Desk)</source>
        <translation>Agent:  ☑ I have read this evaluation and agree (acknowledged in QA Desk)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent:  ☑ I dispute it (the dispute and its outcome are above)</source>
        <translation>Agent:  ☑ I dispute it (the dispute and its outcome are above)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent:  ☐ I have read this evaluation and agree    ☐ I dispute it; reason: ______________________________</source>
        <translation>Agent:  ☐ I have read this evaluation and agree    ☐ I dispute it; reason: ______________________________</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Signature (%1)</source>
        <translation>Signature (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>EvaluationStatus</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="+45" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>EvaluationStore</name>
    <message>
        <location filename="../app/core/storage/EvaluationStore.cpp" line="+48" />
        <source>Cannot add the inspector %1.</source>
        <translation>Cannot add the inspector %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 already has a draft of this interaction (evaluation %2), saved from another window or program.</source>
        <translation>%1 already has a draft of this interaction (evaluation %2), saved from another window or program.</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+193" />
        <source>Evaluation %1 does not exist.</source>
        <translation>Evaluation %1 does not exist.</translation>
    </message>
    <message>
        <location line="-45" />
        <source>Evaluation %1 was submitted or changed in another window or program since you opened it.</source>
        <translation>Evaluation %1 was submitted or changed in another window or program since you opened it.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Evaluation %1 was already submitted or changed elsewhere.</source>
        <translation>Evaluation %1 was already submitted or changed elsewhere.</translation>
    </message>
</context>
<context>
    <name>ExportTables</name>
    <message>
        <location filename="../app/core/export/ExportTables.cpp" line="+62" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started (%1)</source>
        <translation>Started (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent ID</source>
        <translation>Agent ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grade key</source>
        <translation>Grade key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical item failed</source>
        <translation>Critical item failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted (%1)</source>
        <translation>Submitted (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <location line="+46" />
        <location line="+14" />
        <location line="+28" />
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="-13" />
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSAT responses</source>
        <translation>CSAT responses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS responses</source>
        <translation>NPS responses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CES responses</source>
        <translation>CES responses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FCR known</source>
        <translation>FCR known</translation>
    </message>
</context>
<context>
    <name>FeedbackService</name>
    <message>
        <location filename="../app/core/feedback/FeedbackService.cpp" line="+54" />
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Evaluation %1 does not exist or has not been submitted.</source>
        <translation>Evaluation %1 does not exist or has not been submitted.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>release evaluations to agents</source>
        <translation>release evaluations to agents</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 has no submitted evaluation of this interaction to release.</source>
        <translation>%1 has no submitted evaluation of this interaction to release.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 may release only their own evaluations; evaluation %2 is %3's.</source>
        <translation>%1 may release only their own evaluations; evaluation %2 is %3's.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 leads %2; evaluation %3 is of an agent of %4.</source>
        <translation>%1 leads %2; evaluation %3 is of an agent of %4.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+155" />
        <source>no team</source>
        <translation>no team</translation>
    </message>
    <message>
        <location line="-150" />
        <source>Evaluation %1 was already released to the agent.</source>
        <translation>Evaluation %1 was already released to the agent.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evaluation %1 is %2: only a submitted evaluation can be released.</source>
        <translation>Evaluation %1 is %2: only a submitted evaluation can be released.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>acknowledge evaluations</source>
        <translation>acknowledge evaluations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 may acknowledge only their own evaluations; evaluation %2 is of agent %3.</source>
        <translation>%1 may acknowledge only their own evaluations; evaluation %2 is of agent %3.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Evaluation %1 has not been released to the agent yet.</source>
        <translation>Evaluation %1 has not been released to the agent yet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evaluation %1 cannot be acknowledged: it is already %2.</source>
        <translation>Evaluation %1 cannot be acknowledged: it is already %2.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>An acknowledgement needs the agent's name typed as a signature.</source>
        <translation>An acknowledgement needs the agent's name typed as a signature.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The drawn signature must be a JSON list of strokes of at most 64 KB.</source>
        <translation>The drawn signature must be a JSON list of strokes of at most 64 KB.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>dispute evaluations</source>
        <translation>dispute evaluations</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 may dispute only their own evaluations; evaluation %2 is of agent %3.</source>
        <translation>%1 may dispute only their own evaluations; evaluation %2 is of agent %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Evaluation %1 cannot be disputed: it is already %2.</source>
        <translation>Evaluation %1 cannot be disputed: it is already %2.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The window to dispute evaluation %1 closed at %2.</source>
        <translation>The window to dispute evaluation %1 closed at %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Agent %1 has raised %2 disputes this month, the most the rubric allows (%3).</source>
        <translation>Agent %1 has raised %2 disputes this month, the most the rubric allows (%3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A dispute names at least one dimension, with a reason and the level proposed.</source>
        <translation>A dispute names at least one dimension, with a reason and the level proposed.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+88" />
        <source>The rubric of evaluation %1 has no dimension "%2".</source>
        <translation>The rubric of evaluation %1 has no dimension "%2".</translation>
    </message>
    <message>
        <location line="-85" />
        <source>The dimension "%1" is disputed twice.</source>
        <translation>The dimension "%1" is disputed twice.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The dispute of "%1" needs a reason.</source>
        <translation>The dispute of "%1" needs a reason.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The level proposed for "%1" must be 1 to 5.</source>
        <translation>The level proposed for "%1" must be 1 to 5.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An evidence turn of "%1" is not in this interaction's transcript.</source>
        <translation>An evidence turn of "%1" is not in this interaction's transcript.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A recording time of "%1" is negative.</source>
        <translation>A recording time of "%1" is negative.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>A decision is accepted, partly or rejected (not "%1").</source>
        <translation>A decision is accepted, partly or rejected (not "%1").</translation>
    </message>
    <message>
        <location line="+7" />
        <source>decide disputes</source>
        <translation>decide disputes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 leads %2 and may decide only their team's disputes; evaluation %3 is of an agent of %4.</source>
        <translation>%1 leads %2 and may decide only their team's disputes; evaluation %3 is of an agent of %4.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>take the final decision (终审) on escalated disputes</source>
        <translation>take the final decision (终审) on escalated disputes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluation %1 has no dispute waiting for a decision (it is %2).</source>
        <translation>Evaluation %1 has no dispute waiting for a decision (it is %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A decision needs a reason the agent can read.</source>
        <translation>A decision needs a reason the agent can read.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A rejected dispute keeps the scores: leave out the rescore.</source>
        <translation>A rejected dispute keeps the scores: leave out the rescore.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A dispute accepted in part needs the new levels (the rescore).</source>
        <translation>A dispute accepted in part needs the new levels (the rescore).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The new level of "%1" must be 1 to 5 or N/A.</source>
        <translation>The new level of "%1" must be 1 to 5 or N/A.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Evaluation %1 has no level-1 decision waiting for the agent.</source>
        <translation>Evaluation %1 has no level-1 decision waiting for the agent.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 may not accept the decision on evaluation %2: only its agent can.</source>
        <translation>%1 may not accept the decision on evaluation %2: only its agent can.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The agent may still escalate evaluation %1 until %2; it can be closed after that.</source>
        <translation>The agent may still escalate evaluation %1 until %2; it can be closed after that.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>escalate disputes</source>
        <translation>escalate disputes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 may escalate only their own disputes; evaluation %2 is of agent %3.</source>
        <translation>%1 may escalate only their own disputes; evaluation %2 is of agent %3.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Evaluation %1 has no level-1 decision to escalate.</source>
        <translation>Evaluation %1 has no level-1 decision to escalate.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>The window to escalate evaluation %1 closed at %2; the level-1 decision stands.</source>
        <translation>The window to escalate evaluation %1 closed at %2; the level-1 decision stands.</translation>
    </message>
    <message>
        <location line="+72" />
        <source>%1 (%2) may not see evaluation %3.</source>
        <translation>%1 (%2) may not see evaluation %3.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>see dispute and overturn rates</source>
        <translation>see dispute and overturn rates</translation>
    </message>
</context>
<context>
    <name>FeedbackState</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="-114" />
        <source>Not released</source>
        <translation>Not released</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Released, awaiting the agent</source>
        <translation>Released, awaiting the agent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Disputed, awaiting the team lead</source>
        <translation>Disputed, awaiting the team lead</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Decided by the team lead, awaiting the agent</source>
        <translation>Decided by the team lead, awaiting the agent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Escalated, awaiting the final decision</source>
        <translation>Escalated, awaiting the final decision</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dispute closed</source>
        <translation>Dispute closed</translation>
    </message>
</context>
<context>
    <name>FfmpegReader</name>
    <message>
        <location filename="../app/core/audio/FfmpegReader.cpp" line="+73" />
        <source>not a recording FFmpeg can read: damaged, cut short or not audio (%1).</source>
        <translation>not a recording FFmpeg can read: damaged, cut short or not audio (%1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the file is damaged or truncated (%1).</source>
        <translation>the file is damaged or truncated (%1).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>there is no decoder for its audio on this system.</source>
        <translation>there is no decoder for its audio on this system.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the file holds no audio.</source>
        <translation>the file holds no audio.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>out of memory.</source>
        <translation>out of memory.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its %1 audio cannot be decoded (%2).</source>
        <translation>its %1 audio cannot be decoded (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no audio could be decoded from it (damaged or truncated?).</source>
        <translation>no audio could be decoded from it (damaged or truncated?).</translation>
    </message>
    <message>
        <location line="+62" />
        <source>its audio cannot be converted to 16-bit samples.</source>
        <translation>its audio cannot be converted to 16-bit samples.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>the file does not exist.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the decoder gives no sample rate or channels.</source>
        <translation>the decoder gives no sample rate or channels.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/common/NameOnlyIconProvider.cpp" line="+20" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/core/import/CsvInteractionParser.cpp" line="+29" />
        <source>the file is empty (expected a header row naming the columns)</source>
        <translation>the file is empty (expected a header row naming the columns)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>expected %1 fields as in the header, found %2</source>
        <translation>expected %1 fields as in the header, found %2</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+85" />
        <source>the column '%1' appears twice</source>
        <translation>the column '%1' appears twice</translation>
    </message>
    <message>
        <location line="-81" />
        <source>column '%1' is not a field of an interaction; ignored</source>
        <translation>column '%1' is not a field of an interaction; ignored</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the header lacks the column(s) %1 (required: external_id, started_at, agent_id)</source>
        <translation>the header lacks the column(s) %1 (required: external_id, started_at, agent_id)</translation>
    </message>
    <message>
        <location line="+60" />
        <source>column '%1' is not a field of a turn; ignored</source>
        <translation>column '%1' is not a field of a turn; ignored</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the header lacks the column(s) %1 (required: external_id, speaker, text)</source>
        <translation>the header lacks the column(s) %1 (required: external_id, speaker, text)</translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+430" />
        <location filename="../app/core/import/RecordNormalizer.cpp" line="+194" />
        <source>external_id is required</source>
        <translation>external_id is required</translation>
    </message>
    <message>
        <location filename="../app/core/import/CsvReader.cpp" line="+62" />
        <source>the record is longer than %1 characters, the limit for one CSV record</source>
        <translation>the record is longer than %1 characters, the limit for one CSV record</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the record has more than %1 fields, the limit for one CSV record</source>
        <translation>the record has more than %1 fields, the limit for one CSV record</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a quoted field is not closed (missing '"')</source>
        <translation>a quoted field is not closed (missing '"')</translation>
    </message>
    <message>
        <location line="+30" />
        <source>unexpected text after a closing quote (expected '%1' or the end of the line)</source>
        <translation>unexpected text after a closing quote (expected '%1' or the end of the line)</translation>
    </message>
    <message>
        <location filename="../app/core/import/FieldRules.cpp" line="+99" />
        <source>'%1' is not an ISO 8601 date and time with a UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>'%1' is not an ISO 8601 date and time with a UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown channel '%1' (expected phone, chat, email or other)</source>
        <translation>unknown channel '%1' (expected phone, chat, email or other)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown category '%1' (expected consultation, complaint, after_sales, suggestion or other)</source>
        <translation>unknown category '%1' (expected consultation, complaint, after_sales, suggestion or other)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unknown speaker '%1' (expected agent, customer or system, or 客服, 坐席, assistant, helpdesk for the agent and 客户, 用户, user for the customer)</source>
        <translation>unknown speaker '%1' (expected agent, customer or system, or 客服, 坐席, assistant, helpdesk for the agent and 客户, 用户, user for the customer)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected true or false (or 1/0, yes/no, 是/否), got '%1'</source>
        <translation>expected true or false (or 1/0, yes/no, 是/否), got '%1'</translation>
    </message>
    <message>
        <location line="+21" />
        <source>'%1' has no time of day and no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>'%1' has no time of day and no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>'%1' has no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00 or …Z)</source>
        <translation>'%1' has no UTC offset (expected e.g. 2024-03-05T09:15:02+08:00 or …Z)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>'%1' has an impossible UTC offset %2 (offsets range from -14:00 to +14:00)</source>
        <translation>'%1' has an impossible UTC offset %2 (offsets range from -14:00 to +14:00)</translation>
    </message>
    <message>
        <location line="+179" />
        <source>%1 milliseconds is too large to be stored exactly (at most %2)</source>
        <translation>%1 milliseconds is too large to be stored exactly (at most %2)</translation>
    </message>
    <message>
        <location line="-162" />
        <location line="+8" />
        <source>'%1' is not a real date and time</source>
        <translation>'%1' is not a real date and time</translation>
    </message>
    <message>
        <location line="+91" />
        <location line="+20" />
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>expected a whole number from %1 to %2, got %3</translation>
    </message>
    <message>
        <location line="-6" />
        <source>expected a whole number from %1 to %2, got '%3'</source>
        <translation>expected a whole number from %1 to %2, got '%3'</translation>
    </message>
    <message>
        <location line="+17" />
        <source>expected a number of seconds ≥ 0, got %1</source>
        <translation>expected a number of seconds ≥ 0, got %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>expected a number of seconds ≥ 0, got '%1'</source>
        <translation>expected a number of seconds ≥ 0, got '%1'</translation>
    </message>
    <message>
        <location line="+23" />
        <source>expected a whole number of milliseconds ≥ 0, got '%1'</source>
        <translation>expected a whole number of milliseconds ≥ 0, got '%1'</translation>
    </message>
    <message>
        <location line="+81" />
        <source>end_ms (%1) is before start_ms (%2)</source>
        <translation>end_ms (%1) is before start_ms (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/import/FileImport.cpp" line="+50" />
        <source>more warnings not shown</source>
        <translation>more warnings not shown</translation>
    </message>
    <message>
        <location line="+55" />
        <source>recording '%1' is a URL; only files inside the imported file's folder or the recordings root are accepted</source>
        <translation>recording '%1' is a URL; only files inside the imported file's folder or the recordings root are accepted</translation>
    </message>
    <message>
        <location line="+29" />
        <source>recording '%1' is outside the imported file's folder %2%3; refused</source>
        <translation>recording '%1' is outside the imported file's folder %2%3; refused</translation>
    </message>
    <message>
        <location line="+5" />
        <source> and the recordings root %1</source>
        <translation> and the recordings root %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>recording not found: %1 (stored anyway)</source>
        <translation>recording not found: %1 (stored anyway)</translation>
    </message>
    <message>
        <location line="+57" />
        <source>no interaction with external_id '%1' exists; import the interactions first (or in the same batch)</source>
        <translation>no interaction with external_id '%1' exists; import the interactions first (or in the same batch)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>no agent_id in the file's header and no interaction '%1' in the database: the agent is recorded as 'unknown'</source>
        <translation>no agent_id in the file's header and no interaction '%1' in the database: the agent is recorded as 'unknown'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no started_at in the file's header: the file's modification time %1 is used</source>
        <translation>no started_at in the file's header: the file's modification time %1 is used</translation>
    </message>
    <message>
        <location filename="../app/core/import/Importer.cpp" line="+80" />
        <source>not enough memory to import this file</source>
        <translation>not enough memory to import this file</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the import failed unexpectedly: %1</source>
        <translation>the import failed unexpectedly: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+2" />
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is the QA Desk database itself (or one of its working files), not a file to import</source>
        <translation>this is the QA Desk database itself (or one of its working files), not a file to import</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+76" />
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file holds no interactions</source>
        <translation>the file holds no interactions</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonFieldReader.cpp" line="+9" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+3" />
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="+54" />
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="-10" />
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="+36" />
        <location line="+13" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/core/import/JsonFieldReader.h" line="+62" />
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonFieldReader.h" line="-77" />
        <source>expected %1, found %2</source>
        <translation>expected %1, found %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonInteractionParser.cpp" line="-406" />
        <source>the field appears twice in one object; give it once</source>
        <translation>the field appears twice in one object; give it once</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+44" />
        <source>invalid UTF-8 (byte 0x%1); JSON must be UTF-8</source>
        <translation>invalid UTF-8 (byte 0x%1); JSON must be UTF-8</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected text after the record (JSON Lines holds one object a line)</source>
        <translation>unexpected text after the record (JSON Lines holds one object a line)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the line ends before the record is complete: %1</source>
        <translation>the line ends before the record is complete: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the file is empty (expected a JSON object, an array of them, or JSON Lines)</source>
        <translation>the file is empty (expected a JSON object, an array of them, or JSON Lines)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected a JSON object, an array of interaction objects, or JSON Lines</source>
        <translation>expected a JSON object, an array of interaction objects, or JSON Lines</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the array of interactions is not closed with ']'</source>
        <translation>the array of interactions is not closed with ']'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>expected ',' or ']' after an interaction</source>
        <translation>expected ',' or ']' after an interaction</translation>
    </message>
    <message>
        <location line="+11" />
        <source>unexpected text after the interaction object</source>
        <translation>unexpected text after the interaction object</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unexpected text after the closing ']'</source>
        <translation>unexpected text after the closing ']'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file ends before the record that starts on this line is complete (truncated? %1 at line %2)</source>
        <translation>the file ends before the record that starts on this line is complete (truncated? %1 at line %2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the file is truncated: %1</source>
        <translation>the file is truncated: %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>unknown field '%1' ignored (first seen here)</source>
        <translation>unknown field '%1' ignored (first seen here)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>expected an interaction object {…}, found %1</source>
        <translation>expected an interaction object {…}, found %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ISO 8601 text with a UTC offset, e.g. "2024-03-05T09:15:02+08:00"</source>
        <translation>ISO 8601 text with a UTC offset, e.g. "2024-03-05T09:15:02+08:00"</translation>
    </message>
    <message>
        <location line="+96" />
        <source>an array of turns</source>
        <translation>an array of turns</translation>
    </message>
    <message>
        <location line="+25" />
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. "2024-03-05T09:15:02+08:00")</source>
        <translation>started_at is required (ISO 8601 with a UTC offset, e.g. "2024-03-05T09:15:02+08:00")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>agent.id is required</source>
        <translation>agent.id is required</translation>
    </message>
    <message>
        <location line="+55" />
        <source>speaker is required</source>
        <translation>speaker is required</translation>
    </message>
    <message>
        <location line="+3" />
        <source>text is required</source>
        <translation>text is required</translation>
    </message>
    <message>
        <location filename="../app/core/import/JsonReader.cpp" line="+90" />
        <source>nested more than %1 levels deep</source>
        <translation>nested more than %1 levels deep</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected end of input where a value was expected</source>
        <translation>unexpected end of input where a value was expected</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the record holds more than %1 values, the limit for one record</source>
        <translation>the record holds more than %1 values, the limit for one record</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+8" />
        <location line="+20" />
        <source>unexpected end of input inside an object</source>
        <translation>unexpected end of input inside an object</translation>
    </message>
    <message>
        <location line="-25" />
        <source>expected a member name in double quotes</source>
        <translation>expected a member name in double quotes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expected ':' after the member name</source>
        <translation>expected ':' after the member name</translation>
    </message>
    <message>
        <location line="+18" />
        <source>unexpected end of input inside an array</source>
        <translation>unexpected end of input inside an array</translation>
    </message>
    <message>
        <location line="+11" />
        <source>expected ',' or '}' after an object member</source>
        <translation>expected ',' or '}' after an object member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected ',' or ']' after an array element</source>
        <translation>expected ',' or ']' after an array element</translation>
    </message>
    <message>
        <location line="+23" />
        <source>unexpected end of input inside '%1'</source>
        <translation>unexpected end of input inside '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+15" />
        <source>expected a value (an object, array, string, number, true, false or null)</source>
        <translation>expected a value (an object, array, string, number, true, false or null)</translation>
    </message>
    <message>
        <location line="-2" />
        <source>strings must be in double quotes</source>
        <translation>strings must be in double quotes</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected end of input inside a \u escape</source>
        <translation>unexpected end of input inside a \u escape</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>a \u escape needs four hexadecimal digits</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+11" />
        <source>unexpected end of input inside a string</source>
        <translation>unexpected end of input inside a string</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+5" />
        <location line="+4" />
        <source>unpaired surrogate in a \u escape</source>
        <translation>unpaired surrogate in a \u escape</translation>
    </message>
    <message>
        <location line="+8" />
        <source>invalid escape '\%1' in a string</source>
        <translation>invalid escape '\%1' in a string</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a string is not closed before the end of the line</source>
        <translation>a string is not closed before the end of the line</translation>
    </message>
    <message>
        <location line="+1" />
        <source>control character in a string (escape it)</source>
        <translation>control character in a string (escape it)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <location line="+5" />
        <source>invalid number: digits must follow the decimal point</source>
        <translation>invalid number: digits must follow the decimal point</translation>
    </message>
    <message>
        <location line="+9" />
        <source>invalid number: digits must follow the exponent</source>
        <translation>invalid number: digits must follow the exponent</translation>
    </message>
    <message>
        <location line="+9" />
        <source>number out of range</source>
        <translation>number out of range</translation>
    </message>
    <message>
        <location filename="../app/core/import/PlainTextTranscriptParser.cpp" line="+86" />
        <source>impossible time '%1' (expected [hh:mm:ss] or [mm:ss])</source>
        <translation>impossible time '%1' (expected [hh:mm:ss] or [mm:ss])</translation>
    </message>
    <message>
        <location line="+10" />
        <source>no turns found: no line names a known speaker (expected lines like '客服：text' or '[00:00:03] 客户: text')</source>
        <translation>no turns found: no line names a known speaker (expected lines like '客服：text' or '[00:00:03] 客户: text')</translation>
    </message>
    <message>
        <location filename="../app/core/import/RecordNormalizer.cpp" line="-16" />
        <source>%1 holds the invisible character U+%2 at position %3; remove it (identifiers are stored exactly as given)</source>
        <translation>%1 holds the invisible character U+%2 at position %3; remove it (identifiers are stored exactly as given)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>started_at is required (ISO 8601 with a UTC offset, e.g. 2024-03-05T09:15:02+08:00)</source>
        <translation>started_at is required (ISO 8601 with a UTC offset, e.g. 2024-03-05T09:15:02+08:00)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the agent id is required (agent.id in JSON, agent_id in CSV and headers)</source>
        <translation>the agent id is required (agent.id in JSON, agent_id in CSV and headers)</translation>
    </message>
    <message>
        <location filename="../app/core/import/SrtParser.cpp" line="+59" />
        <source>the file ends after the subtitle number '%1' (expected a time line 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm' after it)</source>
        <translation>the file ends after the subtitle number '%1' (expected a time line 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm' after it)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected a subtitle time line 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm', found '%1'</source>
        <translation>expected a subtitle time line 'hh:mm:ss,mmm --&gt; hh:mm:ss,mmm', found '%1'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the subtitle ends before it starts</source>
        <translation>the subtitle ends before it starts</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no subtitles with a known speaker found (expected text like '客服: …' in the cues)</source>
        <translation>no subtitles with a known speaker found (expected text like '客服: …' in the cues)</translation>
    </message>
    <message>
        <location filename="../app/core/import/TextDecoder.cpp" line="+25" />
        <source>binary data (control character U+%1): this is not a text file</source>
        <translation>binary data (control character U+%1): this is not a text file</translation>
    </message>
    <message>
        <location line="+93" />
        <source>invalid UTF-8 (byte 0x%1) in a file marked as UTF-8</source>
        <translation>invalid UTF-8 (byte 0x%1) in a file marked as UTF-8</translation>
    </message>
    <message>
        <location line="+11" />
        <source>invalid UTF-16 text</source>
        <translation>invalid UTF-16 text</translation>
    </message>
    <message>
        <location line="+9" />
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>binary data (a NUL byte): this is not a text file</translation>
    </message>
    <message>
        <location line="+13" />
        <source>invalid UTF-8 (byte %1) in a file that is otherwise UTF-8 (%2 well-formed characters, %3 broken): the file is damaged; correct it or save it again as UTF-8</source>
        <translation>invalid UTF-8 (byte %1) in a file that is otherwise UTF-8 (%2 well-formed characters, %3 broken): the file is damaged; correct it or save it again as UTF-8</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the text is neither UTF-8 nor GB18030 (byte %1)</source>
        <translation>the text is neither UTF-8 nor GB18030 (byte %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>invalid UTF-8 (byte %1); save the file as UTF-8</source>
        <translation>invalid UTF-8 (byte %1); save the file as UTF-8</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the file mixes encodings: it was read as GB18030, but this line is UTF-8 and its text will be garbled; save the whole file in one encoding</source>
        <translation>the file mixes encodings: it was read as GB18030, but this line is UTF-8 and its text will be garbled; save the whole file in one encoding</translation>
    </message>
    <message>
        <location filename="../app/core/import/TranscriptBuilder.cpp" line="+158" />
        <source>no known speaker on this line before the first turn; skipped</source>
        <translation>no known speaker on this line before the first turn; skipped</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+49" />
        <source>'%1' is not a known speaker; the line is taken as text of the previous speaker</source>
        <translation>'%1' is not a known speaker; the line is taken as text of the previous speaker</translation>
    </message>
    <message>
        <location line="+19" />
        <source>; speakers seen that are not known: %1</source>
        <translation>; speakers seen that are not known: %1</translation>
    </message>
    <message>
        <location filename="../app/core/import/WebVttParser.cpp" line="+31" />
        <source>expected 'WEBVTT' on the first line of a WebVTT file</source>
        <translation>expected 'WEBVTT' on the first line of a WebVTT file</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt' after '%1'</source>
        <translation>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt' after '%1'</translation>
    </message>
    <message>
        <location line="+16" />
        <source>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt', found '%1'</source>
        <translation>expected a cue timing line 'hh:mm:ss.ttt --&gt; hh:mm:ss.ttt', found '%1'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the cue ends before it starts</source>
        <translation>the cue ends before it starts</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no cues with a known speaker found (expected cues with &lt;v 客服&gt; voice tags or '客服: ' labels)</source>
        <translation>no cues with a known speaker found (expected cues with &lt;v 客服&gt; voice tags or '客服: ' labels)</translation>
    </message>
</context>
<context>
    <name>ImprovementRenderer</name>
    <message>
        <location filename="../app/core/report/ImprovementRenderer.cpp" line="+47" />
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>QA Desk · printed %1</source>
        <translation>QA Desk · printed %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 · page %2 of %3</source>
        <translation>%1 · page %2 of %3</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+128" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-115" />
        <location line="+74" />
        <location line="+37" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-94" />
        <source>Rectification Notice</source>
        <translation>Rectification Notice</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No. %1 · %2</source>
        <translation>No. %1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation %1</source>
        <translation>Evaluation %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dashboard finding: below target on the dimension for consecutive weeks</source>
        <translation>Dashboard finding: below target on the dimension for consecutive weeks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raised by the lead</source>
        <translation>Raised by the lead</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of the agent's next interactions after submission, each with a weighted score at or above the pass line</source>
        <translation>
            <numerusform>%n of the agent's next interactions after submission, each with a weighted score at or above the pass line</numerusform>
            <numerusform>%n of the agent's next interactions after submission, each with a weighted score at or above the pass line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of the agent's next interactions after submission, each at level %1 or above on %2</source>
        <translation>
            <numerusform>%n of the agent's next interactions after submission, each at level %1 or above on %2</numerusform>
            <numerusform>%n of the agent's next interactions after submission, each at level %1 or above on %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+77" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-76" />
        <location line="+77" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Whole evaluation</source>
        <translation>Whole evaluation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+80" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-79" />
        <source>Required action</source>
        <translation>Required action</translation>
    </message>
    <message>
        <location line="+6" />
        <source>week of %1: %2 (n = %3)</source>
        <translation>week of %1: %2 (n = %3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Level / score</source>
        <translation>Level / score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not applicable (replaced)</source>
        <translation>Not applicable (replaced)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for evaluation</source>
        <translation>Waiting for evaluation</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Verification interactions</source>
        <translation>Verification interactions</translation>
    </message>
    <message>
        <location line="+4" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+62" />
        <source>Agent (signature)</source>
        <translation>Agent (signature)</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Team lead (signature)</source>
        <translation>Team lead (signature)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rectification Notice %1</source>
        <translation>Rectification Notice %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Coaching Record</source>
        <translation>Coaching Record</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dimension worked on</source>
        <translation>Dimension worked on</translation>
    </message>
    <message>
        <location line="+0" />
        <source>None in particular</source>
        <translation>None in particular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluations discussed</source>
        <translation>Evaluations discussed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recordings played</source>
        <translation>Recordings played</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rectification item</source>
        <translation>Rectification item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coach's notes</source>
        <translation>Coach's notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent's note</source>
        <translation>Agent's note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Weeks with evaluations</source>
        <translation>Weeks with evaluations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean level</source>
        <translation>Mean level</translation>
    </message>
    <message>
        <location line="+0" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n week(s) before</source>
        <translation>
            <numerusform>%n week before</numerusform>
            <numerusform>%n weeks before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n week(s) after</source>
        <translation>
            <numerusform>%n week after</numerusform>
            <numerusform>%n weeks after</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coaching effect: %1</source>
        <translation>Coaching effect: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Coach / team lead (signature)</source>
        <translation>Coach / team lead (signature)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Coaching Record %1</source>
        <translation>Coaching Record %1</translation>
    </message>
</context>
<context>
    <name>ImprovementRules</name>
    <message>
        <location filename="../app/core/improvement/ImprovementRules.cpp" line="+22" />
        <source>%1 leads %2, not the agent's team %3.</source>
        <translation>%1 leads %2, not the agent's team %3.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no team</source>
        <translation>no team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+12" />
        <location line="+19" />
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <location line="-28" />
        <source>%1 may not raise or verify rectification items: that is for a team lead or a QA manager.</source>
        <translation>%1 may not raise or verify rectification items: that is for a team lead or a QA manager.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 may not start or submit rectification items: only the agent who owns one does.</source>
        <translation>%1 may not start or submit rectification items: only the agent who owns one does.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 does not own rectification item %2 (its owner is %3).</source>
        <translation>%1 does not own rectification item %2 (its owner is %3).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 may not record coaching: that is for a team lead or a QA manager.</source>
        <translation>%1 may not record coaching: that is for a team lead or a QA manager.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Only the coached agent (%1) writes their own note; %2 may not.</source>
        <translation>Only the coached agent (%1) writes their own note; %2 may not.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Only the coached agent (%1) or their coach marks a commitment; %2 may not.</source>
        <translation>Only the coached agent (%1) or their coach marks a commitment; %2 may not.</translation>
    </message>
</context>
<context>
    <name>InteractionLabels</name>
    <message>
        <location filename="../ui/workspace/InteractionLabels.cpp" line="+10" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>InteractionReader</name>
    <message>
        <location filename="../app/core/storage/InteractionReader.cpp" line="+36" />
        <source>Interaction %1 does not exist.</source>
        <translation>Interaction %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../app/core/kpi/KpiCatalog.cpp" line="+40" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="-24" />
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Average handle time</source>
        <translation>Average handle time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Complaint rate</source>
        <translation>Complaint rate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>QA pass rate</source>
        <translation>QA pass rate</translation>
    </message>
    <message>
        <location line="+10" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+4" />
        <source>CES %</source>
        <translation>CES %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Average handle time (s)</source>
        <translation>Average handle time (s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First response (s)</source>
        <translation>First response (s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Complaint rate %</source>
        <translation>Complaint rate %</translation>
    </message>
    <message>
        <location line="+2" />
        <source>QA score</source>
        <comment>column title</comment>
        <translation>QA score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>QA pass rate %</source>
        <translation>QA pass rate %</translation>
    </message>
    <message>
        <location line="+28" />
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>KpiTargetService</name>
    <message>
        <location filename="../app/core/kpi/KpiTargetService.cpp" line="+30" />
        <source>%1 (%2) may not change the KPI targets: they are set by a QA manager or an administrator.</source>
        <translation>%1 (%2) may not change the KPI targets: they are set by a QA manager or an administrator.</translation>
    </message>
</context>
<context>
    <name>KrippendorffAlpha</name>
    <message>
        <location filename="../app/core/stats/KrippendorffAlpha.cpp" line="+258" />
        <source>alpha is undefined: fewer than 2 pairable values (a unit needs values from at least two raters)</source>
        <translation>alpha is undefined: fewer than 2 pairable values (a unit needs values from at least two raters)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>alpha is undefined: the pairable values do not vary (every value is the same)</source>
        <translation>alpha is undefined: the pairable values do not vary (every value is the same)</translation>
    </message>
</context>
<context>
    <name>OrgTime</name>
    <message>
        <location filename="../ui/common/OrgTime.cpp" line="+28" />
        <source>Source time %1</source>
        <translation>Source time %1</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <location filename="../app/core/team/PasswordVault.cpp" line="+31" />
        <location line="+57" />
        <source>The desktop keychain is not available (%1): the password is not remembered.</source>
        <translation>The desktop keychain is not available (%1): the password is not remembered.</translation>
    </message>
    <message>
        <location line="-53" />
        <source>The keychain refused: %1</source>
        <translation>The keychain refused: %1</translation>
    </message>
    <message>
        <location line="+85" />
        <source>The keychain did not answer.</source>
        <translation>The keychain did not answer.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <location filename="../app/core/report/PdfFile.cpp" line="+18" />
        <location line="+18" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <location filename="../app/core/storage/PeopleStore.cpp" line="+76" />
        <source>There is no person with the login "%1".</source>
        <translation>There is no person with the login "%1".</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no person with the login "%1"; add them first (Tools → Switch Profile, or qadesk-cli admin user add).</source>
        <translation>There is no person with the login "%1"; add them first (Tools → Switch Profile, or qadesk-cli admin user add).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is disabled and can no longer work in QA Desk.</source>
        <translation>%1 is disabled and can no longer work in QA Desk.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no agent with the code "%1".</source>
        <translation>There is no agent with the code "%1".</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Only a team lead leads a team.</source>
        <translation>Only a team lead leads a team.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no team named "%1".</source>
        <translation>There is no team named "%1".</translation>
    </message>
    <message>
        <location line="+21" />
        <source>A person needs a login.</source>
        <translation>A person needs a login.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+36" />
        <source>An agent needs the code of the agent they are (e.g. A005).</source>
        <translation>An agent needs the code of the agent they are (e.g. A005).</translation>
    </message>
    <message>
        <location line="-23" />
        <source>The login "%1" is taken.</source>
        <translation>The login "%1" is taken.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../app/core/Progress.h" line="+20" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>RecordingLocator</name>
    <message>
        <location filename="../app/core/audio/RecordingLocator.cpp" line="+14" />
        <source>This interaction has no recording.</source>
        <translation>This interaction has no recording.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The recording %1 cannot be read (permissions).</source>
        <translation>The recording %1 cannot be read (permissions).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The recording %1 was not found.</source>
        <translation>The recording %1 was not found.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also looked under the recordings folder %1.</source>
        <translation>Also looked under the recordings folder %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A recordings folder can be set in Settings.</source>
        <translation>A recordings folder can be set in Settings.</translation>
    </message>
</context>
<context>
    <name>RectificationService</name>
    <message>
        <location filename="../app/core/improvement/RectificationService.cpp" line="+29" />
        <source>There is no rectification item %1 for %2.</source>
        <translation>There is no rectification item %1 for %2.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>There is no evaluation %1.</source>
        <translation>There is no evaluation %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evaluation %1 is of agent %2, not %3.</source>
        <translation>Evaluation %1 is of agent %2, not %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A rectification item needs an agent or an evaluation.</source>
        <translation>A rectification item needs an agent or an evaluation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no agent with the code "%1".</source>
        <translation>There is no agent with the code "%1".</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The rubric has no dimension "%1".</source>
        <translation>The rubric has no dimension "%1".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A rectification item needs a due date.</source>
        <translation>A rectification item needs a due date.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+46" />
        <source>A rectification item needs the action required of the agent.</source>
        <translation>A rectification item needs the action required of the agent.</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+40" />
        <source>Between 1 and 20 interactions verify an item.</source>
        <translation>Between 1 and 20 interactions verify an item.</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Agent %1 has no person to own the item; add one first (qadesk-cli admin user add LOGIN --role agent --agent %1).</source>
        <translation>Agent %1 has no person to own the item; add one first (qadesk-cli admin user add LOGIN --role agent --agent %1).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agent %1 is more than one person (%2): choose the owner.</source>
        <translation>Agent %1 is more than one person (%2): choose the owner.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a person of agent %2.</source>
        <translation>%1 is not a person of agent %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+23" />
        <source>%1 cannot verify: the verifier must be someone who scores interactions.</source>
        <translation>%1 cannot verify: the verifier must be someone who scores interactions.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rectification item %1 is %2; it can become %3 only when %4.</source>
        <translation>Rectification item %1 is %2; it can become %3 only when %4.</translation>
    </message>
    <message>
        <location line="+4" />
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Rectification item %1 is %2; only a submitted item is verified.</source>
        <translation>Rectification item %1 is %2; only a submitted item is verified.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Rectification item %1 failed verification and was reopened.</source>
        <translation>Rectification item %1 failed verification and was reopened.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rectification item %1 cannot be verified yet: %2 of %3 verification interactions evaluated and passed (%4 drawn so far).</source>
        <translation>Rectification item %1 cannot be verified yet: %2 of %3 verification interactions evaluated and passed (%4 drawn so far).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Say why the item is reopened.</source>
        <translation>Say why the item is reopened.</translation>
    </message>
</context>
<context>
    <name>RectificationState</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="+8" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>RectificationStore</name>
    <message>
        <location filename="../app/core/storage/RectificationStore.cpp" line="+134" />
        <source>There is no agent with the code "%1".</source>
        <translation>There is no agent with the code "%1".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no person with the login "%1".</source>
        <translation>There is no person with the login "%1".</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+72" />
        <source>There is no rectification item %1.</source>
        <translation>There is no rectification item %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rectification item %1 is verified; reopen it to change it.</source>
        <translation>Rectification item %1 is verified; reopen it to change it.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Rectification item %1 is no longer %2; it was changed elsewhere.</source>
        <translation>Rectification item %1 is no longer %2; it was changed elsewhere.</translation>
    </message>
    <message>
        <location line="+216" />
        <source>Verification failed: %1 below the pass line.</source>
        <translation>Verification failed: %1 below the pass line.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Verified: %1 of %1 verification interactions passed.</source>
        <translation>Verified: %1 of %1 verification interactions passed.</translation>
    </message>
</context>
<context>
    <name>ReportCanvas</name>
    <message>
        <location filename="../app/core/report/ReportCanvas.cpp" line="+59" />
        <source>Cannot start painting the report (is the file writable?).</source>
        <translation>Cannot start painting the report (is the file writable?).</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <location filename="../app/core/report/ReportFonts.cpp" line="+87" />
        <source>No Chinese font is installed, so reports would print empty boxes. Install Noto Sans CJK (Debian package fonts-noto-cjk).</source>
        <translation>No Chinese font is installed, so reports would print empty boxes. Install Noto Sans CJK (Debian package fonts-noto-cjk).</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../app/core/report/ReportLabels.cpp" line="+33" />
        <source>%1; source %2</source>
        <translation>%1; source %2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../app/core/domain/DomainLabels.cpp" line="-58" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>QA inspector</source>
        <translation>QA inspector</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <location line="+3" />
        <source>QA manager</source>
        <translation>QA manager</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RubricLoader</name>
    <message>
        <location filename="../app/core/scoring/RubricLoader.cpp" line="+73" />
        <source>not a QA Desk rubric: expected "format": "%1" (found "%2")</source>
        <translation>not a QA Desk rubric: expected "format": "%1" (found "%2")</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+229" />
        <source>dimension %1</source>
        <translation>dimension %1</translation>
    </message>
    <message>
        <location line="-222" />
        <location line="+221" />
        <source>dimension "%1"</source>
        <translation>dimension "%1"</translation>
    </message>
    <message>
        <location line="-215" />
        <source>%1, level entry %2</source>
        <translation>%1, level entry %2</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+412" />
        <source>%1, level %2</source>
        <translation>%1, level %2</translation>
    </message>
    <message>
        <location line="-395" />
        <location line="+409" />
        <source>checklist step %1</source>
        <translation>checklist step %1</translation>
    </message>
    <message>
        <location line="-397" />
        <source>"%1" must be true or false</source>
        <translation>"%1" must be true or false</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+392" />
        <source>critical item %1</source>
        <translation>critical item %1</translation>
    </message>
    <message>
        <location line="-378" />
        <source>"%1" must be an object of channels, e.g. {"email": [3600, 14400, 28800, 86400]}</source>
        <translation>"%1" must be an object of channels, e.g. {"email": [3600, 14400, 28800, 86400]}</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+404" />
        <source>response times of "%1"</source>
        <translation>response times of "%1"</translation>
    </message>
    <message>
        <location line="-399" />
        <location line="+5" />
        <source>must be a list of four numbers of seconds</source>
        <translation>must be a list of four numbers of seconds</translation>
    </message>
    <message>
        <location line="+13" />
        <source>"%1" must be an object, e.g. {"window_working_days": 5, "max_per_month": 2, "decision_working_days": 3}</source>
        <translation>"%1" must be an object, e.g. {"window_working_days": 5, "max_per_month": 2, "decision_working_days": 3}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" must be a whole number from 0 to 366</source>
        <translation>"%1" must be a whole number from 0 to 366</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+329" />
        <source>grade band %1</source>
        <translation>grade band %1</translation>
    </message>
    <message>
        <location line="-312" />
        <location line="+31" />
        <location line="+24" />
        <source>"%1" is missing</source>
        <translation>"%1" is missing</translation>
    </message>
    <message>
        <location line="-50" />
        <source>"%1" must be a string</source>
        <translation>"%1" must be a string</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" must be an object {"zh": "…", "en": "…"}</source>
        <translation>"%1" must be an object {"zh": "…", "en": "…"}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>"%1" must be a number</source>
        <translation>"%1" must be a number</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"level" must be a whole number from 1 to 5 (found %1)</source>
        <translation>"level" must be a whole number from 1 to 5 (found %1)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>"%1" must be an array</source>
        <translation>"%1" must be an array</translation>
    </message>
    <message>
        <location line="+9" />
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the key "%1" is not valid: it must start with a lowercase letter and use only a-z, 0-9 and _</source>
        <translation>the key "%1" is not valid: it must start with a lowercase letter and use only a-z, 0-9 and _</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the key appears twice; keys must be unique</source>
        <translation>the key appears twice; keys must be unique</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+148" />
        <source>the name is missing (give "zh", "en" or both)</source>
        <translation>the name is missing (give "zh", "en" or both)</translation>
    </message>
    <message>
        <location line="-134" />
        <source>JSON syntax error at line %1, column %2: %3</source>
        <translation>JSON syntax error at line %1, column %2: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a rubric must be a JSON object</source>
        <translation>a rubric must be a JSON object</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot read the rubric file %1: %2</source>
        <translation>Cannot read the rubric file %1: %2</translation>
    </message>
    <message>
        <location line="+96" />
        <source>the rubric has no name (give "zh", "en" or both)</source>
        <translation>the rubric has no name (give "zh", "en" or both)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the rubric has no dimensions; it needs at least one</source>
        <translation>the rubric has no dimensions; it needs at least one</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the key appears twice; dimension keys must be unique</source>
        <translation>the key appears twice; dimension keys must be unique</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the weight must be a number greater than 0 (found %1)</source>
        <translation>the weight must be a number greater than 0 (found %1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>needs exactly five levels numbered 1 to 5, each once (found levels: %1)</source>
        <translation>needs exactly five levels numbered 1 to 5, each once (found levels: %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the description is missing in Chinese ("zh")</source>
        <translation>the description is missing in Chinese ("zh")</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the description is missing in English ("en")</source>
        <translation>the description is missing in English ("en")</translation>
    </message>
    <message>
        <location line="+6" />
        <source>checklist step "%1"</source>
        <translation>checklist step "%1"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>critical item "%1"</source>
        <translation>critical item "%1"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the rubric has no grade bands; it needs at least one</source>
        <translation>the rubric has no grade bands; it needs at least one</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <location line="+58" />
        <source>grade band "%1"</source>
        <translation>grade band "%1"</translation>
    </message>
    <message>
        <location line="-56" />
        <source>"min_score" must be a finite number</source>
        <translation>"min_score" must be a finite number</translation>
    </message>
    <message>
        <location line="+6" />
        <source>grade bands must be ordered by "min_score", highest first</source>
        <translation>grade bands must be ordered by "min_score", highest first</translation>
    </message>
    <message>
        <location line="+5" />
        <source>has the same "min_score" (%1) as grade band "%2"</source>
        <translation>has the same "min_score" (%1) as grade band "%2"</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown channel; expected one of %1</source>
        <translation>unknown channel; expected one of %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the channel appears twice</source>
        <translation>the channel appears twice</translation>
    </message>
    <message>
        <location line="+5" />
        <source>needs four thresholds in seconds, for levels 5, 4, 3 and 2 (found %1)</source>
        <translation>needs four thresholds in seconds, for levels 5, 4, 3 and 2 (found %1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the thresholds must be positive and increasing (found %1)</source>
        <translation>the thresholds must be positive and increasing (found %1)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the lowest grade band starts at %1; it must start at 0 or lower so that every score gets a grade</source>
        <translation>the lowest grade band starts at %1; it must start at 0 or lower so that every score gets a grade</translation>
    </message>
</context>
<context>
    <name>RubricStore</name>
    <message>
        <location filename="../app/core/storage/RubricStore.cpp" line="+20" />
        <source>The database did not report the id of a new row</source>
        <translation>The database did not report the id of a new row</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+75" />
        <source>Rubric version %1 does not exist</source>
        <translation>Rubric version %1 does not exist</translation>
    </message>
    <message>
        <location line="-72" />
        <source>rubric version %1</source>
        <translation>rubric version %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>rubric "%1"</source>
        <translation>rubric "%1"</translation>
    </message>
</context>
<context>
    <name>SampleDraw</name>
    <message>
        <location filename="../app/core/sampling/SampleDraw.cpp" line="+19" />
        <source>The sampling period must start on or before its end.</source>
        <translation>The sampling period must start on or before its end.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Draw at least one interaction per agent.</source>
        <translation>Draw at least one interaction per agent.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The second inspector must be someone other than the inspector.</source>
        <translation>The second inspector must be someone other than the inspector.</translation>
    </message>
</context>
<context>
    <name>SamplingStore</name>
    <message>
        <location filename="../app/core/storage/SamplingStore.cpp" line="+97" />
        <source>Double scoring of sample %1 (%2)</source>
        <translation>Double scoring of sample %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../app/core/storage/Schema.cpp" line="+34" />
        <source>Two migrations share version %1: %2 and %3</source>
        <translation>Two migrations share version %1: %2 and %3</translation>
    </message>
    <message>
        <location line="+104" />
        <source>Cannot read the audit log's guards (%1).</source>
        <translation>Cannot read the audit log's guards (%1).</translation>
    </message>
    <message>
        <location line="+83" />
        <source>The database %1 has schema version %2, newer than this QA Desk understands (%3). Update QA Desk to open it.</source>
        <translation>The database %1 has schema version %2, newer than this QA Desk understands (%3). Update QA Desk to open it.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Cannot read the migration %1</source>
        <translation>Cannot read the migration %1</translation>
    </message>
</context>
<context>
    <name>ScoreCalculator</name>
    <message>
        <location filename="../app/core/scoring/ScoreCalculator.cpp" line="+36" />
        <source>Expected %1 dimension scores for the rubric %2, got %3</source>
        <translation>Expected %1 dimension scores for the rubric %2, got %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The score of %1 must be 1 to 5, not %2</source>
        <translation>The score of %1 must be 1 to 5, not %2</translation>
    </message>
</context>
<context>
    <name>ScoreSuggestions</name>
    <message>
        <location filename="../app/core/rules/ScoreSuggestions.cpp" line="+11" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>First response after %1</source>
        <translation>First response after %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Survey CSAT %1 of 5</source>
        <translation>Survey CSAT %1 of 5</translation>
    </message>
    <message>
        <location line="+19" />
        <source>First agent speech in the recording after %1 s</source>
        <translation>First agent speech in the recording after %1 s</translation>
    </message>
</context>
<context>
    <name>StartupWarnings</name>
    <message>
        <location filename="../app/core/storage/StartupWarnings.cpp" line="+22" />
        <source>The audit log was tampered with: %1 Run "qadesk-cli --db FILE audit verify" for a full check, and compare with your backups.</source>
        <translation>The audit log was tampered with: %1 Run "qadesk-cli --db FILE audit verify" for a full check, and compare with your backups.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The audit log's protection was removed from the database by another program (%1). QA Desk has put it back and recorded this in the log.</source>
        <translation>The audit log's protection was removed from the database by another program (%1). QA Desk has put it back and recorded this in the log.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database file can be read by other users (mode %1), and it holds personal data. Make it owner-only: chmod 600 %2</source>
        <translation>The database file can be read by other users (mode %1), and it holds personal data. Make it owner-only: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>TableClipboard</name>
    <message>
        <location filename="../ui/dashboard/TableClipboard.cpp" line="+75" />
        <source>Copy selection</source>
        <translation>Copy selection</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../app/core/export/TableExporter.cpp" line="+102" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+118" />
        <source>the workbook could not be created</source>
        <translation>the workbook could not be created</translation>
    </message>
    <message>
        <location line="+116" />
        <source>the finished file could not be moved into place</source>
        <translation>the finished file could not be moved into place</translation>
    </message>
</context>
<context>
    <name>TeamLogins</name>
    <message>
        <location filename="../app/core/storage/TeamLogins.cpp" line="+60" />
        <source>Team mode is not set up on this database: its owner needs the CREATEROLE right (ALTER ROLE owner CREATEROLE, as a superuser), then runs "SELECT qadesk_team_setup()" or this command again.</source>
        <translation>Team mode is not set up on this database: its owner needs the CREATEROLE right (ALTER ROLE owner CREATEROLE, as a superuser), then runs "SELECT qadesk_team_setup()" or this command again.</translation>
    </message>
</context>
<context>
    <name>TranscriptRules</name>
    <message>
        <location filename="../app/core/rules/TranscriptRules.cpp" line="+24" />
        <source>%1: expected a list of keywords</source>
        <translation>%1: expected a list of keywords</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: every keyword must be a non-empty text</source>
        <translation>%1: every keyword must be a non-empty text</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: not valid JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: expected "format": "%2"</source>
        <translation>%1: expected "format": "%2"</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: "step" names the checklist step the rule marks</source>
        <translation>%1: "step" names the checklist step the rule marks</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: "kind" must be "first_agent_turn" or "agent_turns"</source>
        <translation>%1: "kind" must be "first_agent_turn" or "agent_turns"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: give at least one keyword</source>
        <translation>%1: give at least one keyword</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: "max_response_s" must be a number of seconds</source>
        <translation>%1: "max_response_s" must be a number of seconds</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: "min_matches" must be at least 1 and "within_agent_turns" not negative</source>
        <translation>%1: "min_matches" must be at least 1 and "within_agent_turns" not negative</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The built-in transcript rules are missing.</source>
        <translation>The built-in transcript rules are missing.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>No standard greeting in the first agent turn.</source>
        <translation>No standard greeting in the first agent turn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Greeted (“%1”), but the first response came after %2 (more than %3).</source>
        <translation>Greeted (“%1”), but the first response came after %2 (more than %3).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Standard greeting (“%1”) after %2.</source>
        <translation>Standard greeting (“%1”) after %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standard greeting (“%1”) in the first agent turn.</source>
        <translation>Standard greeting (“%1”) in the first agent turn.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The agent says “%1”.</source>
        <translation>The agent says “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>The agent says “%1” and %n more such phrase(s).</source>
        <translation>
            <numerusform>The agent says “%1” and %n more such phrase.</numerusform>
            <numerusform>The agent says “%1” and %n more such phrases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavReader</name>
    <message>
        <location filename="../app/core/audio/WavReader.cpp" line="+80" />
        <source>Cannot open the recording %1: %2</source>
        <translation>Cannot open the recording %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a WAV file (no RIFF/WAVE header).</source>
        <translation>%1 is not a WAV file (no RIFF/WAVE header).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the WAV file has no data chunk (truncated?).</source>
        <translation>%1: the WAV file has no data chunk (truncated?).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: the WAV format chunk is truncated.</source>
        <translation>%1: the WAV format chunk is truncated.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: the WAV data comes before its format chunk.</source>
        <translation>%1: the WAV data comes before its format chunk.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: the WAV file is truncated.</source>
        <translation>%1: the WAV file is truncated.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: %2-bit PCM is not supported (8 or 16 bit).</source>
        <translation>%1: %2-bit PCM is not supported (8 or 16 bit).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: %2-bit G.711 is not valid (8 bit).</source>
        <translation>%1: %2-bit G.711 is not valid (8 bit).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: WAV encoding %2 is not supported (PCM, A-law or µ-law).</source>
        <translation>%1: WAV encoding %2 is not supported (PCM, A-law or µ-law).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2 channels are not supported (mono or stereo).</source>
        <translation>%1: %2 channels are not supported (mono or stereo).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: a sample rate of %2 Hz is not supported (8 to 48 kHz).</source>
        <translation>%1: a sample rate of %2 Hz is not supported (8 to 48 kHz).</translation>
    </message>
</context>
<context>
    <name>WavWriter</name>
    <message>
        <location filename="../app/core/audio/WavWriter.cpp" line="+61" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::AcknowledgeDialog</name>
    <message>
        <location filename="../ui/feedback/AcknowledgeDialog.cpp" line="+19" />
        <source>Acknowledge Evaluation</source>
        <translation>Acknowledge Evaluation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have read this evaluation and the evidence behind it.
%1</source>
        <translation>I have read this evaluation and the evidence behind it.
%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Signature (optional):</source>
        <translation>&amp;Signature (optional):</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Type your &amp;name:</source>
        <translation>Type your &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lear Signature</source>
        <translation>C&amp;lear Signature</translation>
    </message>
</context>
<context>
    <name>qadesk::AgentRankingModel</name>
    <message>
        <location filename="../ui/dashboard/AgentRankingModel.cpp" line="+70" />
        <source>%1: %2, n = %3</source>
        <translation>%1: %2, n = %3</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 (higher is better)</source>
        <translation>%1 (higher is better)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (lower is better)</source>
        <translation>%1 (lower is better)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
</context>
<context>
    <name>qadesk::AgentView</name>
    <message>
        <location filename="../ui/dashboard/AgentView.cpp" line="+58" />
        <source>Choose an agent in the filter bar, or double-click an agent in the ranking, to compare the agent with the team.</source>
        <translation>Choose an agent in the filter bar, or double-click an agent in the ranking, to compare the agent with the team.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Double-click a dimension to list the agent's evaluations that scored it</source>
        <translation>Double-click a dimension to list the agent's evaluations that scored it</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Double-click an evaluation to open its interaction in the workspace</source>
        <translation>Double-click an evaluation to open its interaction in the workspace</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Agent and team</source>
        <translation>Agent and team</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Raise rectification…</source>
        <translation>&amp;Raise rectification…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This agent's dimensions below target for 4 consecutive weeks, each offered as a rectification item</source>
        <translation>This agent's dimensions below target for 4 consecutive weeks, each offered as a rectification item</translation>
    </message>
    <message>
        <location line="+4" />
        <source>KPIs against the team</source>
        <translation>KPIs against the team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weakest dimensions</source>
        <translation>Weakest dimensions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent evaluations</source>
        <translation>Recent evaluations</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 average</source>
        <translation>%1 average</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Score / CSAT %</source>
        <translation>Score / CSAT %</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>%1 QA score</source>
        <translation>%1 QA score</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+5" />
        <source>%1 CSAT</source>
        <translation>%1 CSAT</translation>
    </message>
</context>
<context>
    <name>qadesk::BackupController</name>
    <message>
        <location filename="../ui/BackupController.cpp" line="+37" />
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a consistent copy of the database to a file of your choice</source>
        <translation>Write a consistent copy of the database to a file of your choice</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+20" />
        <location line="+18" />
        <source>Back Up Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location line="-37" />
        <source>QA Desk databases (*.sqlite);;All files (*)</source>
        <translation>QA Desk databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Backing up %1…</source>
        <translation>Backing up %1…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationAgreementView</name>
    <message>
        <location filename="../ui/calibration/CalibrationAgreementView.cpp" line="+23" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+1" />
        <source>n (interactions / values)</source>
        <translation>n (interactions / values)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deviation from expert</source>
        <translation>Deviation from expert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Weighted score: alpha &lt;b&gt;%1&lt;/b&gt; %2, &lt;span style="color:%3"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; · %5 of %6 scores submitted</source>
        <translation>Weighted score: alpha &lt;b&gt;%1&lt;/b&gt; %2, &lt;span style="color:%3"&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; · %5 of %6 scores submitted</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationGradersView</name>
    <message>
        <location filename="../ui/calibration/CalibrationGradersView.cpp" line="+19" />
        <source>Grader</source>
        <translation>Grader</translation>
    </message>
    <message>
        <location line="+0" />
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Leniency (points)</source>
        <translation>Leniency (points)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>95 % interval</source>
        <translation>95 % interval</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Versus the expert</source>
        <translation>Versus the expert</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Weighted scores, interaction × grader (blue: above the others, red: below)</source>
        <translation>Weighted scores, interaction × grader (blue: above the others, red: below)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (expert)</source>
        <translation>%1 (expert)</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationHeatMap</name>
    <message>
        <location filename="../ui/calibration/CalibrationHeatMap.cpp" line="+34" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <location line="+17" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationPage</name>
    <message>
        <location filename="../ui/calibration/CalibrationPage.cpp" line="+66" />
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Score…</source>
        <translation>&amp;Score…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;lose session</source>
        <translation>C&amp;lose session</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export &amp;table…</source>
        <translation>Export &amp;table…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reliability over &amp;time…</source>
        <translation>Reliability over &amp;time…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+18" />
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Create a session with New session (Ctrl+Shift+N), or pick one on the left.</source>
        <translation>Create a session with New session (Ctrl+Shift+N), or pick one on the left.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your score</source>
        <translation>Your score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Others' scores</source>
        <translation>Others' scores</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Interactions</source>
        <translation>&amp;Interactions</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Agreement</source>
        <translation>&amp;Agreement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Graders</source>
        <translation>&amp;Graders</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1, deadline %2</source>
        <translation>%1, deadline %2</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+82" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="-82" />
        <location line="+82" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="-81" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+80" />
        <source>&lt;b&gt;%1&lt;/b&gt; by %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; by %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;span style="color:#b01e23"&gt;deadline %1 passed&lt;/span&gt;</source>
        <translation>&lt;span style="color:#b01e23"&gt;deadline %1 passed&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>participants: %1</source>
        <translation>participants: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no expert</source>
        <translation>no expert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>expert: %1</source>
        <translation>expert: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>others' scores hidden until closed</source>
        <translation>others' scores hidden until closed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>others' scores shown after submitting</source>
        <translation>others' scores shown after submitting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you (%1) take part</source>
        <translation>you (%1) take part</translation>
    </message>
    <message>
        <location line="+1" />
        <source>you (%1) do not take part</source>
        <translation>you (%1) do not take part</translation>
    </message>
    <message>
        <location line="+6" />
        <source>to score</source>
        <translation>to score</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+123" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="-104" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hidden (blind)</source>
        <translation>hidden (blind)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Only the session's participants and a QA manager or an administrator see its results.</source>
        <translation>Only the session's participants and a QA manager or an administrator see its results.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The results stay hidden until the session is closed: no participant sees another's scores before then.</source>
        <translation>The results stay hidden until the session is closed: no participant sees another's scores before then.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The results appear once you have scored every interaction of the session.</source>
        <translation>The results appear once you have scored every interaction of the session.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Calibration sessions are run by a QA manager or an administrator.</source>
        <translation>Calibration sessions are run by a QA manager or an administrator.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Calibration session %1 created.</source>
        <translation>Calibration session %1 created.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Calibration score submitted: %1.</source>
        <translation>Calibration score submitted: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n score(s) are still missing. Close the session anyway? No more scores are taken once it is closed; the participants then see the results.</source>
        <translation>
            <numerusform>%n score are still missing. Close the session anyway? No more scores are taken once it is closed; the participants then see the results.</numerusform>
            <numerusform>%n scores are still missing. Close the session anyway? No more scores are taken once it is closed; the participants then see the results.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the session? No more scores are taken; the participants then see the results.</source>
        <translation>Close the session? No more scores are taken; the participants then see the results.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close calibration session</source>
        <translation>Close calibration session</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close session</source>
        <translation>Close session</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Calibration session closed.</source>
        <translation>Calibration session closed.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Export calibration results as PDF</source>
        <translation>Export calibration results as PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calibration-%1.pdf</source>
        <translation>calibration-%1.pdf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Export calibration results</source>
        <translation>Export calibration results</translation>
    </message>
    <message>
        <location line="+0" />
        <source>calibration-%1.xlsx</source>
        <translation>calibration-%1.xlsx</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>-graders</source>
        <translation>-graders</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Saved %1 and %2.</source>
        <translation>Saved %1 and %2.</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationScoreDialog</name>
    <message>
        <location filename="../ui/calibration/CalibrationScoreDialog.cpp" line="+33" />
        <source>Calibration %1 · %2 · scored blind by %3</source>
        <translation>Calibration %1 · %2 · scored blind by %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score as you would for an evaluation. Others' scores stay hidden until you submit%1; this score never enters KPIs or the agent's results.</source>
        <translation>Score as you would for an evaluation. Others' scores stay hidden until you submit%1; this score never enters KPIs or the agent's results.</translation>
    </message>
    <message>
        <location line="+2" />
        <source> and the session is closed</source>
        <translation> and the session is closed</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Submit (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Score %1 · %2</source>
        <translation>Score %1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score: not yet</source>
        <translation>Score: not yet</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: choose a level from 1 to 5, or mark it N/A.</source>
        <translation>%1: choose a level from 1 to 5, or mark it N/A.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Checklist: answer "%1" with yes, no or N/A.</source>
        <translation>Checklist: answer "%1" with yes, no or N/A.</translation>
    </message>
</context>
<context>
    <name>qadesk::CalibrationSessionDialog</name>
    <message>
        <location filename="../ui/calibration/CalibrationSessionDialog.cpp" line="+38" />
        <location line="+245" />
        <source>New calibration session</source>
        <translation>New calibration session</translation>
    </message>
    <message>
        <location line="-240" />
        <source>e.g. March complaint calls</source>
        <translation>e.g. March complaint calls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>My work queue</source>
        <translation>My work queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All interactions</source>
        <translation>All interactions</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search transcripts, external id or agent</source>
        <translation>Search transcripts, external id or agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Interactions from:</source>
        <translation>&amp;Interactions from:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Random draw of</source>
        <translation>Random draw of</translation>
    </message>
    <message>
        <location line="+6" />
        <source>with seed</source>
        <translation>with seed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Draw</source>
        <translation>&amp;Draw</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Names separated by commas</source>
        <translation>Names separated by commas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Expert (reference):</source>
        <translation>&amp;Expert (reference):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dead&amp;line</source>
        <translation>Dead&amp;line</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Hide others' scores until the session is closed</source>
        <translation>&amp;Hide others' scores until the session is closed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Participants never see others' scores before submitting their own. With this set, they see them only once you close the session.</source>
        <translation>Participants never see others' scores before submitting their own. With this set, they see them only once you close the session.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>C&amp;reate session</source>
        <translation>C&amp;reate session</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No expert</source>
        <translation>No expert</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+77" />
        <source>%1 of %2 listed chosen</source>
        <translation>%1 of %2 listed chosen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Give the session a name.</source>
        <translation>Give the session a name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose at least one interaction (tick them, or draw a sample).</source>
        <translation>Choose at least one interaction (tick them, or draw a sample).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name at least two participants: agreement needs two graders.</source>
        <translation>Name at least two participants: agreement needs two graders.</translation>
    </message>
</context>
<context>
    <name>qadesk::ChecklistPanel</name>
    <message>
        <location filename="../ui/workspace/ChecklistPanel.cpp" line="+22" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Service process</source>
        <translation>Service process</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Critical items — any failure makes the score 0</source>
        <translation>Critical items — any failure makes the score 0</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Hint:</source>
        <translation>Hint:</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingSessionDialog</name>
    <message>
        <location filename="../ui/improvement/CoachingSessionDialog.cpp" line="+24" />
        <source>New Coaching Session</source>
        <translation>New Coaching Session</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None in particular</source>
        <translation>None in particular</translation>
    </message>
    <message>
        <location line="+4" />
        <source>D&amp;imension worked on:</source>
        <translation>D&amp;imension worked on:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Evaluations discussed:</source>
        <translation>&amp;Evaluations discussed:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>interaction ids, separated by commas</source>
        <translation>interaction ids, separated by commas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recordings played:</source>
        <translation>&amp;Recordings played:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add &amp;commitment</source>
        <translation>Add &amp;commitment</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Commitments:</source>
        <translation>Commitments:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Evaluation %1 · %2</source>
        <translation>Evaluation %1 · %2</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingSessionModel</name>
    <message>
        <location filename="../ui/improvement/CoachingSessionModel.cpp" line="+73" />
        <source>%1 open of %2</source>
        <translation>%1 open of %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
</context>
<context>
    <name>qadesk::CoachingTrendView</name>
    <message>
        <location filename="../ui/improvement/CoachingTrendView.cpp" line="+39" />
        <source>Choose a session to see the agent's trend before and after it.</source>
        <translation>Choose a session to see the agent's trend before and after it.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The session names no dimension worked on: no trend to show.</source>
        <translation>The session names no dimension worked on: no trend to show.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: weekly mean level, %2 weeks before and after</source>
        <translation>%1: weekly mean level, %2 weeks before and after</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+35" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+35" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Weeks from the session</source>
        <translation>Weeks from the session</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: mean %2 (n = %3)</source>
        <translation>%1: mean %2 (n = %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: no evaluations</source>
        <translation>%1: no evaluations</translation>
    </message>
</context>
<context>
    <name>qadesk::CommitmentModel</name>
    <message numerus="yes">
        <location filename="../ui/improvement/CommitmentModel.cpp" line="+51" />
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n day late)</numerusform>
            <numerusform>%1 (%n days late)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardChartView</name>
    <message>
        <location filename="../ui/dashboard/DashboardChartView.cpp" line="+67" />
        <source>Export as PNG…</source>
        <translation>Export as PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export as SVG…</source>
        <translation>Export as SVG…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy data</source>
        <translation>Copy data</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Export chart as SVG</source>
        <translation>Export chart as SVG</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+18" />
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Exported from QA Desk</source>
        <translation>Exported from QA Desk</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardFilterBar</name>
    <message>
        <location filename="../ui/dashboard/DashboardFilterBar.cpp" line="+45" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+82" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="-80" />
        <location line="+97" />
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location line="-94" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+5" />
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardOverview</name>
    <message>
        <location filename="../ui/dashboard/DashboardOverview.cpp" line="+61" />
        <source>CSAT and NPS</source>
        <translation>CSAT and NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Six dimensions</source>
        <translation>Six dimensions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score distribution</source>
        <translation>Score distribution</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+130" />
        <source>Dimension averages by team</source>
        <translation>Dimension averages by team</translation>
    </message>
    <message>
        <location line="-75" />
        <source>Double-click a dimension to list the evaluations that scored it, lowest first</source>
        <translation>Double-click a dimension to list the evaluations that scored it, lowest first</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Weakest dimensions</source>
        <translation>Weakest dimensions</translation>
    </message>
    <message>
        <location line="+34" />
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Score / %</source>
        <translation>Score / %</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 QA score</source>
        <translation>%1 QA score</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 average</source>
        <translation>%1 average</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Centre average</source>
        <translation>Centre average</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dimension averages: the %1 weakest of %2 teams</source>
        <translation>Dimension averages: the %1 weakest of %2 teams</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Weakest dimensions · %1</source>
        <translation>Weakest dimensions · %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weakest dimensions · %1 against %2</source>
        <translation>Weakest dimensions · %1 against %2</translation>
    </message>
</context>
<context>
    <name>qadesk::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+82" />
        <source>Click a column to rank by it; double-click an agent for the agent view</source>
        <translation>Click a column to rank by it; double-click an agent for the agent view</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent ranking</source>
        <translation>Agent ranking</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Could not compute the figures: %1</source>
        <translation>Could not compute the figures: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+107" />
        <source>Refreshing…</source>
        <translation>Refreshing…</translation>
    </message>
    <message>
        <location line="-98" />
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Evaluations scoring %1</source>
        <translation>Evaluations scoring %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Evaluations scored %1</source>
        <translation>Evaluations scored %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Evaluations of %1</source>
        <translation>Evaluations of %1</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 – %2 · %3 interactions · %4 evaluations · compared with %5 – %6 · updated %7 in %8 ms</source>
        <translation>%1 – %2 · %3 interactions · %4 evaluations · compared with %5 – %6 · updated %7 in %8 ms</translation>
    </message>
    <message>
        <location line="+40" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+91" />
        <source>The KPI targets this computer kept are now the organisation's, in the database.</source>
        <translation>The KPI targets this computer kept are now the organisation's, in the database.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>KPI targets</source>
        <translation>KPI targets</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The targets were not changed: %1</source>
        <translation>The targets were not changed: %1</translation>
    </message>
    <message>
        <location line="-163" />
        <location line="+104" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-313" />
        <source>Target&amp;s…</source>
        <translation>Target&amp;s…</translation>
    </message>
    <message>
        <location line="+314" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Behind the figure</source>
        <translation>Behind the figure</translation>
    </message>
</context>
<context>
    <name>qadesk::DecideDialog</name>
    <message>
        <location filename="../ui/feedback/DecideDialog.cpp" line="+39" />
        <source>Final Decision (终审) on Evaluation %1</source>
        <translation>Final Decision (终审) on Evaluation %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decide the Dispute on Evaluation %1</source>
        <translation>Decide the Dispute on Evaluation %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent proposes</source>
        <translation>Agent proposes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent's reason</source>
        <translation>Agent's reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New level</source>
        <translation>New level</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+10" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The reason the agent will read</source>
        <translation>The reason the agent will read</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Score stays %1.</source>
        <translation>Score stays %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score %1 → %2 (%3): a new version of the evaluation.</source>
        <translation>Score %1 → %2 (%3): a new version of the evaluation.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the reason the agent will read.</source>
        <translation>Give the reason the agent will read.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partly accepted: change at least one level.</source>
        <translation>Partly accepted: change at least one level.</translation>
    </message>
</context>
<context>
    <name>qadesk::DimensionComparisonModel</name>
    <message>
        <location filename="../ui/dashboard/DimensionComparisonModel.cpp" line="+102" />
        <source>Average level 1–5 of submitted evaluations that scored this dimension</source>
        <translation>Average level 1–5 of submitted evaluations that scored this dimension</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+2" />
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>qadesk::DimensionEditor</name>
    <message>
        <location filename="../ui/workspace/DimensionEditor.cpp" line="+52" />
        <source>weight %1 (%2%)</source>
        <translation>weight %1 (%2%)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not applicable (N): leaves this dimension out of the score</source>
        <translation>Not applicable (N): leaves this dimension out of the score</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Apply (A)</source>
        <translation>Apply (A)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Play the recording from the time in this comment</source>
        <translation>Play the recording from the time in this comment</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Required: why a score of %1?</source>
        <translation>Required: why a score of %1?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment (required for a score of 1–2); Enter to edit</source>
        <translation>Comment (required for a score of 1–2); Enter to edit</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Show this turn in the transcript: %1</source>
        <translation>Show this turn in the transcript: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Remove this evidence</source>
        <translation>Remove this evidence</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Suggested: %1 (%2) — %3</source>
        <translation>Suggested: %1 (%2) — %3</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Not applicable — left out of the score</source>
        <translation>Not applicable — left out of the score</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press 1–5 to score, N for not applicable</source>
        <translation>Press 1–5 to score, N for not applicable</translation>
    </message>
</context>
<context>
    <name>qadesk::DimensionRadarChart</name>
    <message>
        <location filename="../ui/dashboard/DimensionRadarChart.cpp" line="+116" />
        <location line="+3" />
        <source>%1: %2 (n = %3)</source>
        <translation>%1: %2 (n = %3)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0" />
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>qadesk::DisputeDialog</name>
    <message>
        <location filename="../ui/feedback/DisputeDialog.cpp" line="+31" />
        <source>Dispute Evaluation %1</source>
        <translation>Dispute Evaluation %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tick each dimension you dispute, propose its level and say why.</source>
        <translation>Tick each dimension you dispute, propose its level and say why.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+7" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Why this level is wrong</source>
        <translation>Why this level is wrong</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Evidence for:</source>
        <translation>&amp;Evidence for:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This interaction has no transcript.</source>
        <translation>This interaction has no transcript.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>e.g. 12.5, 40</source>
        <translation>e.g. 12.5, 40</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recording &amp;times (seconds):</source>
        <translation>Recording &amp;times (seconds):</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Submit Dispute</source>
        <translation>Submit Dispute</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Tick at least one dimension and give each a reason.</source>
        <translation>Tick at least one dimension and give each a reason.</translation>
    </message>
</context>
<context>
    <name>qadesk::DrillDownDialog</name>
    <message>
        <location filename="../ui/dashboard/DrillDownDialog.cpp" line="+36" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Open in workspace</source>
        <translation>Open in workspace</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open the selected interactions (all listed ones when none is selected) in the workspace</source>
        <translation>Open the selected interactions (all listed ones when none is selected) in the workspace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1; showing the first %2.</source>
        <translation>%1; showing the first %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Could not list them: %1</source>
        <translation>Could not list them: %1</translation>
    </message>
</context>
<context>
    <name>qadesk::DrillDownEvaluationModel</name>
    <message>
        <location filename="../ui/dashboard/DrillDownEvaluationModel.cpp" line="+115" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationDocument</name>
    <message>
        <location filename="../app/core/evaluation/EvaluationDocument.cpp" line="+199" />
        <source>Score %1: %2</source>
        <translation>Score %1: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Mark %1 N/A</source>
        <translation>Mark %1 N/A</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unmark %1 N/A</source>
        <translation>Unmark %1 N/A</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Attach evidence to %1</source>
        <translation>Attach evidence to %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove evidence from %1</source>
        <translation>Remove evidence from %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Critical item failed: %1</source>
        <translation>Critical item failed: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Critical item passed: %1</source>
        <translation>Critical item passed: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: choose a level from 1 to 5, or mark it N/A.</source>
        <translation>%1: choose a level from 1 to 5, or mark it N/A.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: a score of %2 needs a comment saying why.</source>
        <translation>%1: a score of %2 needs a comment saying why.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Checklist: answer "%1" with yes, no or N/A.</source>
        <translation>Checklist: answer "%1" with yes, no or N/A.</translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationFormPane</name>
    <message>
        <location filename="../ui/workspace/EvaluationFormPane.cpp" line="+92" />
        <source>Open an interaction to evaluate it.</source>
        <translation>Open an interaction to evaluate it.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Submit (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+158" />
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What went well, what to improve</source>
        <translation>What went well, what to improve</translation>
    </message>
    <message>
        <location line="+154" />
        <source>%1 of %2 dimensions scored, %3 N/A</source>
        <translation>%1 of %2 dimensions scored, %3 N/A</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Submitting…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not submitted yet, retrying: %1</source>
        <translation>Not submitted yet, retrying: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 by %2 on %3 — read-only</source>
        <translation>%1 by %2 on %3 — read-only</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not saved yet, retrying: %1</source>
        <translation>Not saved yet, retrying: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New evaluation — saved as a draft as soon as you change something</source>
        <translation>New evaluation — saved as a draft as soon as you change something</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft, saved automatically at %1</source>
        <translation>Draft, saved automatically at %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Also open in another window or program: edits made in both will conflict.</source>
        <translation>Also open in another window or program: edits made in both will conflict.</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>Not submitted yet — %n thing(s) to fix:</source>
        <translation>
            <numerusform>Not submitted yet — %n thing to fix:</numerusform>
            <numerusform>Not submitted yet — %n things to fix:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::EvaluationListModel</name>
    <message>
        <location filename="../ui/reports/EvaluationListModel.cpp" line="+85" />
        <source>%1 (veto)</source>
        <translation>%1 (veto)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>qadesk::FeedbackPage</name>
    <message>
        <location filename="../ui/feedback/FeedbackPage.cpp" line="+60" />
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+38" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dispute and overturn rates per inspector</source>
        <translation>Dispute and overturn rates per inspector</translation>
    </message>
    <message>
        <location line="+24" />
        <source>E&amp;vidence (Enter plays the recording from there):</source>
        <translation>E&amp;vidence (Enter plays the recording from there):</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Release to Agent</source>
        <translation>&amp;Release to Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;ispute…</source>
        <translation>D&amp;ispute…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;ccept Decision</source>
        <translation>A&amp;ccept Decision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Esca&amp;late…</source>
        <translation>Esca&amp;late…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Release the Evaluation &amp;Just Submitted</source>
        <translation>Release the Evaluation &amp;Just Submitted</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Submit an evaluation in the workspace first.</source>
        <translation>Submit an evaluation in the workspace first.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Working as %1 · not in the people list</source>
        <translation>Working as %1 · not in the people list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Working as %1 · %2</source>
        <translation>Working as %1 · %2</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+4" />
        <source>My evaluations</source>
        <translation>My evaluations</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+8" />
        <source>To release</source>
        <translation>To release</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Open disputes</source>
        <translation>Open disputes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending acknowledgements</source>
        <translation>Pending acknowledgements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>My team's evaluations</source>
        <translation>My team's evaluations</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All evaluations</source>
        <translation>All evaluations</translation>
    </message>
    <message>
        <location line="+129" />
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Evaluation %1 · %2</source>
        <translation>Evaluation %1 · %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent: %1 (%2) · %3</source>
        <translation>Agent: %1 (%2) · %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Inspector: %1 · submitted %2</source>
        <translation>Inspector: %1 · submitted %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deadline %1 — overdue</source>
        <translation>Deadline %1 — overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline %1</source>
        <translation>Deadline %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Version %1 (current)</source>
        <translation>Version %1 (current)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Version %1 was replaced by %2 at %3 after the dispute.</source>
        <translation>Version %1 was replaced by %2 at %3 after the dispute.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Acknowledged by %1 (signed "%2") at %3.</source>
        <translation>Acknowledged by %1 (signed "%2") at %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Dispute raised by %1 at %2</source>
        <translation>Dispute raised by %1 at %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: proposes %2 — %3</source>
        <translation>%1: proposes %2 — %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Escalated to the QA manager: %1</source>
        <translation>Escalated to the QA manager: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Final decision (终审) by %1 at %2: %3</source>
        <translation>Final decision (终审) by %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team lead's decision by %1 at %2: %3</source>
        <translation>Team lead's decision by %1 at %2: %3</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nothing to show in this list.</source>
        <translation>Nothing to show in this list.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Inspector, %1</source>
        <translation>Inspector, %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agent, %1</source>
        <translation>Agent, %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agent, %1 · recording at %2</source>
        <translation>Agent, %1 · recording at %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No evidence marked.</source>
        <translation>No evidence marked.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This interaction has no recording to play.</source>
        <translation>This interaction has no recording to play.</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+71" />
        <source>Evaluations are released by their inspector, a team lead or a QA manager.</source>
        <translation>Evaluations are released by their inspector, a team lead or a QA manager.</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Select submitted evaluations not released yet.</source>
        <translation>Select submitted evaluations not released yet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only the agent of this evaluation acknowledges or disputes it.</source>
        <translation>Only the agent of this evaluation acknowledges or disputes it.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>Select an evaluation released to you.</source>
        <translation>Select an evaluation released to you.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The window to dispute has closed.</source>
        <translation>The window to dispute has closed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The agent accepts the team lead's decision; after the window to escalate, the lead can close it.</source>
        <translation>The agent accepts the team lead's decision; after the window to escalate, the lead can close it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The window to escalate has closed.</source>
        <translation>The window to escalate has closed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agent escalates the team lead's decision to the QA manager.</source>
        <translation>The agent escalates the team lead's decision to the QA manager.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The final decision (终审) is the QA manager's.</source>
        <translation>The final decision (终审) is the QA manager's.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disputes are decided by the team lead, then the QA manager.</source>
        <translation>Disputes are decided by the team lead, then the QA manager.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select an open dispute of your team.</source>
        <translation>Select an open dispute of your team.</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+23" />
        <source>Release to Agent</source>
        <translation>Release to Agent</translation>
    </message>
    <message numerus="yes">
        <location line="-21" />
        <source>Released %n evaluation(s) to the agents.</source>
        <translation>
            <numerusform>Released %n evaluation to the agents.</numerusform>
            <numerusform>Released %n evaluations to the agents.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23" />
        <source>The evaluation just submitted was released to its agent.</source>
        <translation>The evaluation just submitted was released to its agent.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Evaluation %1 of %2: score %3.</source>
        <translation>Evaluation %1 of %2: score %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation %1 acknowledged.</source>
        <translation>Evaluation %1 acknowledged.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dispute of evaluation %1 sent to the team lead.</source>
        <translation>Dispute of evaluation %1 sent to the team lead.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Accept Decision</source>
        <translation>Accept Decision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The decision on evaluation %1 stands; the evaluation is final.</source>
        <translation>The decision on evaluation %1 stands; the evaluation is final.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Escalate to the QA Manager</source>
        <translation>Escalate to the QA Manager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why the team lead's decision is not right:</source>
        <translation>Why the team lead's decision is not right:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation %1 escalated to the QA manager.</source>
        <translation>Evaluation %1 escalated to the QA manager.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dispute of evaluation %1 decided: %2.</source>
        <translation>Dispute of evaluation %1 decided: %2.</translation>
    </message>
</context>
<context>
    <name>qadesk::FeedbackRowModel</name>
    <message>
        <location filename="../ui/feedback/FeedbackRowModel.cpp" line="+56" />
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The deadline has passed.</source>
        <translation>The deadline has passed.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due by this time.</source>
        <translation>Due by this time.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>qadesk::FindBar</name>
    <message>
        <location filename="../ui/workspace/FindBar.cpp" line="+18" />
        <source>Find in transcript</source>
        <translation>Find in transcript</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>No match</source>
        <translation>No match</translation>
    </message>
</context>
<context>
    <name>qadesk::FindingsDialog</name>
    <message>
        <location filename="../ui/improvement/FindingsDialog.cpp" line="+22" />
        <source>Below Target for 4 Weeks</source>
        <translation>Below Target for 4 Weeks</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Agents whose weekly mean level on a dimension stayed below the dimension target (%1) in each of the 4 weeks up to %2.</source>
        <translation>Agents whose weekly mean level on a dimension stayed below the dimension target (%1) in each of the 4 weeks up to %2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Weekly means (n)</source>
        <translation>Weekly means (n)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Raise rectification…</source>
        <translation>&amp;Raise rectification…</translation>
    </message>
    <message>
        <location line="+54" />
        <source>No agent is below target on a dimension for 4 weeks.</source>
        <translation>No agent is below target on a dimension for 4 weeks.</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportController</name>
    <message>
        <location filename="../ui/import/ImportController.cpp" line="+58" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import interactions and transcripts: JSON, JSON Lines, CSV, WebVTT, SRT or text</source>
        <translation>Import interactions and transcripts: JSON, JSON Lines, CSV, WebVTT, SRT or text</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Mask Personal Numbers on Import</source>
        <translation>&amp;Mask Personal Numbers on Import</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store phone, ID-card and bank-card numbers masked, e.g. 138****5678</source>
        <translation>Store phone, ID-card and bank-card numbers masked, e.g. 138****5678</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Import Interactions</source>
        <translation>Import Interactions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Interaction files (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;All files (*)</source>
        <translation>Interaction files (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cancelling: rolling back the file in progress…</source>
        <translation>Cancelling: rolling back the file in progress…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Importing file %1 of %2: %3
%L4 records read</source>
        <translation>Importing file %1 of %2: %3
%L4 records read</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportFileModel</name>
    <message>
        <location filename="../ui/import/ImportFileModel.cpp" line="+54" />
        <source>Cancelled, nothing kept</source>
        <translation>Cancelled, nothing kept</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rejected, nothing kept</source>
        <translation>Rejected, nothing kept</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valid (dry run)</source>
        <translation>Valid (dry run)</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+24" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="-6" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportIssueModel</name>
    <message>
        <location filename="../ui/import/ImportIssueModel.cpp" line="+57" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+15" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>qadesk::ImportResultDialog</name>
    <message>
        <location filename="../ui/import/ImportResultDialog.cpp" line="+41" />
        <source>Import check</source>
        <translation>Import check</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy Problems</source>
        <translation>Copy Problems</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%L1 interaction(s) would be imported and %L2 duplicate(s) skipped.</source>
        <translation>%L1 interaction(s) would be imported and %L2 duplicate(s) skipped.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Imported %L1 interaction(s) with %L2 turns; %L3 duplicate(s) skipped.</source>
        <translation>Imported %L1 interaction(s) with %L2 turns; %L3 duplicate(s) skipped.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 of %n file(s) rejected: nothing of them was kept. The problems are listed below.</source>
        <translation>
            <numerusform>%1 of %n file rejected: nothing of them was kept. The problems are listed below.</numerusform>
            <numerusform>%1 of %n files rejected: nothing of them was kept. The problems are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Cancelled: the file in progress was rolled back; the files finished before it were kept.</source>
        <translation>Cancelled: the file in progress was rolled back; the files finished before it were kept.</translation>
    </message>
</context>
<context>
    <name>qadesk::ImprovementPage</name>
    <message>
        <location filename="../ui/improvement/ImprovementPage.cpp" line="+81" />
        <location line="+178" />
        <source>&amp;My work</source>
        <translation>&amp;My work</translation>
    </message>
    <message>
        <location line="-177" />
        <source>Rectification &amp;items</source>
        <translation>Rectification &amp;items</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coac&amp;hing</source>
        <translation>Coac&amp;hing</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <location line="+4" />
        <source>My open commitments</source>
        <translation>My open commitments</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+171" />
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location line="-170" />
        <source>O&amp;verdue only</source>
        <translation>O&amp;verdue only</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New item…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Findings…</source>
        <translation>&amp;Findings…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agents below target on a dimension for 4 consecutive weeks</source>
        <translation>Agents below target on a dimension for 4 consecutive weeks</translation>
    </message>
    <message>
        <location line="+2" />
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <location line="+33" />
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Print record…</source>
        <translation>&amp;Print record…</translation>
    </message>
    <message>
        <location line="+24" />
        <source>&amp;Save my note</source>
        <translation>&amp;Save my note</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Mark done / not done</source>
        <translation>&amp;Mark done / not done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Add commitment…</source>
        <translation>&amp;Add commitment…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Coach's notes:</source>
        <translation>Coach's notes:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Agent's no&amp;te:</source>
        <translation>Agent's no&amp;te:</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&amp;Overdue</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My open rectification items (Enter opens one to start or submit it)</source>
        <translation>My open rectification items (Enter opens one to start or submit it)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue rectification items of my team %1</source>
        <translation>Overdue rectification items of my team %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue rectification items</source>
        <translation>Overdue rectification items</translation>
    </message>
    <message numerus="yes">
        <location line="+79" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76" />
        <source>No coaching session chosen.</source>
        <translation>No coaching session chosen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose a session to see the agent's trend before and after it.</source>
        <translation>Choose a session to see the agent's trend before and after it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&lt;b&gt;%1 (%2)&lt;/b&gt; coached by %3 on %4%5 · %6 evaluation(s), %7 recording(s) discussed</source>
        <translation>&lt;b&gt;%1 (%2)&lt;/b&gt; coached by %3 on %4%5 · %6 evaluation(s), %7 recording(s) discussed</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Rectification item %1 saved.</source>
        <translation>Rectification item %1 saved.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Rectification item %1 raised for %2.</source>
        <translation>Rectification item %1 raised for %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+7" />
        <location line="+16" />
        <source>Raise Rectification</source>
        <translation>Raise Rectification</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Coaching session with %1 recorded.</source>
        <translation>Coaching session with %1 recorded.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New Coaching Session</source>
        <translation>New Coaching Session</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Your note is saved.</source>
        <translation>Your note is saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agent's Note</source>
        <translation>Agent's Note</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+24" />
        <source>Add Commitment</source>
        <translation>Add Commitment</translation>
    </message>
    <message>
        <location line="-18" />
        <source>&amp;Commitment:</source>
        <translation>&amp;Commitment:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Print it, or save it as a PDF file?</source>
        <translation>Print it, or save it as a PDF file?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print &amp;preview…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+59" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-50" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Rectification notice No. %1</source>
        <translation>Rectification notice No. %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>rectification-notice-%1.pdf</source>
        <translation>rectification-notice-%1.pdf</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Coaching record %1</source>
        <translation>Coaching record %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>coaching-record-%1.pdf</source>
        <translation>coaching-record-%1.pdf</translation>
    </message>
</context>
<context>
    <name>qadesk::InspectorRatesModel</name>
    <message>
        <location filename="../ui/feedback/InspectorRatesModel.cpp" line="+41" />
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Disputes ÷ evaluations released to agents</source>
        <translation>Disputes ÷ evaluations released to agents</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Disputes overturned (accepted or partly) ÷ disputes decided</source>
        <translation>Disputes overturned (accepted or partly) ÷ disputes decided</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dispute rate</source>
        <translation>Dispute rate</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overturned</source>
        <translation>Overturned</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overturn rate</source>
        <translation>Overturn rate</translation>
    </message>
</context>
<context>
    <name>qadesk::InteractionListModel</name>
    <message>
        <location filename="../ui/dashboard/InteractionListModel.cpp" line="+106" />
        <location line="+3" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-3" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FCR</source>
        <translation>FCR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Handle (s)</source>
        <translation>Handle (s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>First response (s)</source>
        <translation>First response (s)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>QA score</source>
        <translation>QA score</translation>
    </message>
</context>
<context>
    <name>qadesk::KpiComparisonModel</name>
    <message>
        <location filename="../ui/dashboard/KpiComparisonModel.cpp" line="+94" />
        <source>n of %1</source>
        <translation>n of %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Small sample: fewer than %1</source>
        <translation>Small sample: fewer than %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+7" />
        <source>Compared</source>
        <translation>Compared</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <source>n (%1)</source>
        <translation>n (%1)</translation>
    </message>
</context>
<context>
    <name>qadesk::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/KpiTile.cpp" line="+38" />
        <source>Click to list what stands behind this figure</source>
        <translation>Click to list what stands behind this figure</translation>
    </message>
    <message>
        <location line="+57" />
        <source>no previous figure</source>
        <translation>no previous figure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no data in this period</source>
        <translation>no data in this period</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 vs before · small base (n = %2)</source>
        <translation>%1 vs before · small base (n = %2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 %2 vs before</source>
        <translation>%1 %2 vs before</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous period %1: %2 from n = %3, fewer than %4: the change says little.</source>
        <translation>Previous period %1: %2 from n = %3, fewer than %4: the change says little.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Previous period %1: %2</source>
        <translation>Previous period %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+1" />
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>target %1 · %2</source>
        <translation>target %1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target %1; amber within %2 of it</source>
        <translation>Target %1; amber within %2 of it</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location line="+5" />
        <source>n = %1 · small sample</source>
        <translation>n = %1 · small sample</translation>
    </message>
    <message>
        <location line="+1" />
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fewer than %1 answers: treat this figure with caution.</source>
        <translation>Fewer than %1 answers: treat this figure with caution.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Normal approximation for a difference of two proportions</source>
        <translation>Normal approximation for a difference of two proportions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wilson score interval</source>
        <translation>Wilson score interval</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+3" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::LoginDialog</name>
    <message>
        <location filename="../ui/settings/LoginDialog.cpp" line="+28" />
        <source>Log in to the team database</source>
        <translation>Log in to the team database</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This database is shared by your team: log in with your own database account. What you see and may change follows your role.</source>
        <translation>This database is shared by your team: log in with your own database account. What you see and may change follows your role.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 on %2:%3</source>
        <translation>%1 on %2:%3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Remember the password in the keychain</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log In</source>
        <translation>&amp;Log In</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The keychain is not available, so the password cannot be remembered: type it each time.</source>
        <translation>The keychain is not available, so the password cannot be remembered: type it each time.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The password remembered in the keychain is filled in.</source>
        <translation>The password remembered in the keychain is filled in.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Type your user name and password.</source>
        <translation>Type your user name and password.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Could not log in: %1</source>
        <translation>Could not log in: %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
</context>
<context>
    <name>qadesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+47" />
        <source>QA Desk — %1</source>
        <translation>QA Desk — %1</translation>
    </message>
    <message>
        <location line="+43" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About QA Desk</source>
        <translation>&amp;About QA Desk</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <location line="+15" />
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+12" />
        <source>KPI &amp;targets…</source>
        <translation>KPI &amp;targets…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Switch &amp;Profile…</source>
        <translation>Switch &amp;Profile…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Log in as &amp;Someone Else…</source>
        <translation>Log in as &amp;Someone Else…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Calibration</source>
        <translation>&amp;Calibration</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Feed&amp;back</source>
        <translation>Feed&amp;back</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Rectification &amp;&amp; coaching</source>
        <translation>&amp;Rectification &amp;&amp; coaching</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Raise &amp;rectification from this evaluation…</source>
        <translation>Raise &amp;rectification from this evaluation…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Raise Rectification</source>
        <translation>Raise Rectification</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open an evaluated interaction first.</source>
        <translation>Open an evaluated interaction first.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%L1 interactions · %L2 transcripts · %L3 evaluations</source>
        <translation>%L1 interactions · %L2 transcripts · %L3 evaluations</translation>
    </message>
    <message>
        <location line="+5" />
        <source>counts unavailable</source>
        <translation>counts unavailable</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 · not in the people list</source>
        <translation>%1 · not in the people list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The login "%1" is not in the people list: it works as a %2. Switch Profile (Ctrl+Shift+U) picks a person or adds one.</source>
        <translation>The login "%1" is not in the people list: it works as a %2. Switch Profile (Ctrl+Shift+U) picks a person or adds one.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Login: %1</source>
        <translation>Login: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>KPI targets are set by a QA manager or an administrator.</source>
        <translation>KPI targets are set by a QA manager or an administrator.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Rectification items are raised by a team lead or a QA manager.</source>
        <translation>Rectification items are raised by a team lead or a QA manager.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Working as %1.</source>
        <translation>Working as %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Switch Profile</source>
        <translation>Switch Profile</translation>
    </message>
    <message>
        <location line="+77" />
        <source>About QA Desk</source>
        <translation>About QA Desk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Customer-service quality inspection: score transcripts on the six-dimension rubric and follow service KPIs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Customer-service quality inspection: score transcripts on the six-dimension rubric and follow service KPIs.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qadesk::NewRectificationDialog</name>
    <message>
        <location filename="../ui/improvement/NewRectificationDialog.cpp" line="+19" />
        <source>Raise Rectification</source>
        <translation>Raise Rectification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Raised by hand</source>
        <translation>Raised by hand</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Whole evaluation (weighted score)</source>
        <translation>Whole evaluation (weighted score)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the agent has to do, e.g. greet with the standard opening and confirm the customer's identity on every call.</source>
        <translation>What the agent has to do, e.g. greet with the standard opening and confirm the customer's identity on every call.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Required a&amp;ction:</source>
        <translation>Required a&amp;ction:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>After the agent submits, this many of their next interactions are drawn onto the verifier's queue; the item is verified when all of them pass.</source>
        <translation>After the agent submits, this many of their next interactions are drawn onto the verifier's queue; the item is verified when all of them pass.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Verify with next:</source>
        <translation>&amp;Verify with next:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the agent's own login (default)</source>
        <translation>the agent's own login (default)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the evaluation's inspector, else you</source>
        <translation>the evaluation's inspector, else you</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ve&amp;rifier:</source>
        <translation>Ve&amp;rifier:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Raise</source>
        <translation>&amp;Raise</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Evaluation %1</source>
        <translation>Evaluation %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dashboard finding: below target on this dimension for consecutive weeks</source>
        <translation>Dashboard finding: below target on this dimension for consecutive weeks</translation>
    </message>
</context>
<context>
    <name>qadesk::PcmPlaybackEngine</name>
    <message>
        <location filename="../ui/workspace/PcmPlaybackEngine.cpp" line="+122" />
        <source>This computer has no sound output.</source>
        <translation>This computer has no sound output.</translation>
    </message>
</context>
<context>
    <name>qadesk::ProfileDialog</name>
    <message>
        <location filename="../ui/settings/ProfileDialog.cpp" line="+42" />
        <source>Who is working here?</source>
        <translation>Who is working here?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QA Desk offers what your role needs. Choose yourself, or add yourself as a new person. Evaluations and the audit log record your name.</source>
        <translation>QA Desk offers what your role needs. Choose yourself, or add yourself as a new person. Evaluations and the audit log record your name.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;I am:</source>
        <translation>&amp;I am:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Find by name, login, role or team…</source>
        <translation>Find by name, login, role or team…</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+2" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>I am &amp;new here:</source>
        <translation>I am &amp;new here:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Your name, e.g. 王芳</source>
        <translation>Your name, e.g. 王芳</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your agent code, e.g. A005</source>
        <translation>Your agent code, e.g. A005</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The team you lead, e.g. 售后一组</source>
        <translation>The team you lead, e.g. 售后一组</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;gent code:</source>
        <translation>A&amp;gent code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Enter your name: evaluations are recorded under it.</source>
        <translation>Enter your name: evaluations are recorded under it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter your agent code: it links you to your evaluations.</source>
        <translation>Enter your agent code: it links you to your evaluations.</translation>
    </message>
</context>
<context>
    <name>qadesk::RecordingPlayer</name>
    <message>
        <location filename="../ui/workspace/RecordingPlayer.cpp" line="+29" />
        <location line="+195" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-194" />
        <source>Play or pause (Space); Ctrl+Left/Right: back or ahead 5 s</source>
        <translation>Play or pause (Space); Ctrl+Left/Right: back or ahead 5 s</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Playback speed (the pitch is kept)</source>
        <translation>Playback speed (the pitch is kept)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+1" />
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scroll the transcript to the turn being played</source>
        <translation>Scroll the transcript to the turn being played</translation>
    </message>
    <message>
        <location line="+57" />
        <source>The recording cannot be played: %1</source>
        <translation>The recording cannot be played: %1</translation>
    </message>
    <message>
        <location line="+113" />
        <source>No recording for this interaction.</source>
        <translation>No recording for this interaction.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>qadesk::RectificationDialog</name>
    <message>
        <location filename="../ui/improvement/RectificationDialog.cpp" line="+31" />
        <source>Rectification %1</source>
        <translation>Rectification %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sa&amp;ve changes</source>
        <translation>Sa&amp;ve changes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>D&amp;ue date:</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Required a&amp;ction:</source>
        <translation>Required a&amp;ction:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verify &amp;with next:</source>
        <translation>Verify &amp;with next:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Level / score</source>
        <translation>Level / score</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Verification interactions</source>
        <translation>Verification interactions</translation>
    </message>
    <message>
        <location line="+8" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Note for the history (required to reopen)</source>
        <translation>Note for the history (required to reopen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Su&amp;bmit</source>
        <translation>Su&amp;bmit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Print notice…</source>
        <translation>&amp;Print notice…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+54" />
        <source>whole evaluation</source>
        <translation>whole evaluation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&lt;b&gt;No. %1&lt;/b&gt; · %2 (%3) · %4&lt;br&gt;State: &lt;b&gt;%5&lt;/b&gt;%6&lt;br&gt;Owner: %7 · raised by %8 on %9 · verified by %10&lt;br&gt;Verification: %11 of %12 passed (round %13)</source>
        <translation>&lt;b&gt;No. %1&lt;/b&gt; · %2 (%3) · %4&lt;br&gt;State: &lt;b&gt;%5&lt;/b&gt;%6&lt;br&gt;Owner: %7 · raised by %8 on %9 · verified by %10&lt;br&gt;Verification: %11 of %12 passed (round %13)</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source> · &lt;span style='color:#c62828'&gt;%n day(s) late&lt;/span&gt;</source>
        <translation>
            <numerusform> · &lt;span style='color:#c62828'&gt;%n day late&lt;/span&gt;</numerusform>
            <numerusform> · &lt;span style='color:#c62828'&gt;%n days late&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1  %2: %3 → %4%5</source>
        <translation>%1  %2: %3 → %4%5</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not applicable (replaced)</source>
        <translation>Not applicable (replaced)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for evaluation</source>
        <translation>Waiting for evaluation</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Only an open or reopened item is started.</source>
        <translation>Only an open or reopened item is started.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only an item in progress is submitted.</source>
        <translation>Only an item in progress is submitted.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a submitted item is verified, by its verification interactions.</source>
        <translation>Only a submitted item is verified, by its verification interactions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only a submitted or verified item is reopened.</source>
        <translation>Only a submitted or verified item is reopened.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A verified item is reopened to change it.</source>
        <translation>A verified item is reopened to change it.</translation>
    </message>
</context>
<context>
    <name>qadesk::RectificationListModel</name>
    <message>
        <location filename="../ui/improvement/RectificationListModel.cpp" line="+71" />
        <source>%1
Owner: %2 · raised by %3 · verified by %4</source>
        <translation>%1
Owner: %2 · raised by %3 · verified by %4</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Whole evaluation</source>
        <translation>Whole evaluation</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1/%2 passed, %3 failed</source>
        <translation>%1/%2 passed, %3 failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1/%2 passed</source>
        <translation>%1/%2 passed</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Required action</source>
        <translation>Required action</translation>
    </message>
</context>
<context>
    <name>qadesk::ReliabilityDialog</name>
    <message>
        <location filename="../ui/calibration/ReliabilityDialog.cpp" line="+31" />
        <source>%1 · %2 · n = %3 values</source>
        <translation>%1 · %2 · n = %3 values</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Continuous reliability</source>
        <translation>Continuous reliability</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alpha by month of the double-scored pairs (hover for the interval and n)</source>
        <translation>Alpha by month of the double-scored pairs (hover for the interval and n)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Drift: each inspector's mean weighted score minus their partner's, points (n)</source>
        <translation>Drift: each inspector's mean weighted score minus their partner's, points (n)</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>No double-scored pairs yet. Draw a sample with "Double-score" set (Tools → Sample…); the second inspector scores the share on the Calibration page. %n second score(s) wait for the first inspector's evaluation.</source>
        <translation>
            <numerusform>No double-scored pairs yet. Draw a sample with "Double-score" set (Tools → Sample…); the second inspector scores the share on the Calibration page. %n second score wait for the first inspector's evaluation.</numerusform>
            <numerusform>No double-scored pairs yet. Draw a sample with "Double-score" set (Tools → Sample…); the second inspector scores the share on the Calibration page. %n second scores wait for the first inspector's evaluation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n pair(s) of a plan inspector's evaluation and a second inspector's blind score.</source>
        <translation>
            <numerusform>%n pair of a plan inspector's evaluation and a second inspector's blind score.</numerusform>
            <numerusform>%n pairs of a plan inspector's evaluation and a second inspector's blind score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n more wait for the first evaluation.</source>
        <translation>
            <numerusform>%n more wait for the first evaluation.</numerusform>
            <numerusform>%n more wait for the first evaluation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Weighted score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location line="+7" />
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Overall (95 % interval)</source>
        <translation>Overall (95 % interval)</translation>
    </message>
</context>
<context>
    <name>qadesk::ReportActions</name>
    <message>
        <location filename="../ui/reports/ReportActions.cpp" line="+52" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print the selected evaluations' sheets, one per page, with a preview</source>
        <translation>Print the selected evaluations' sheets, one per page, with a preview</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the selected evaluations' sheets as one PDF, one sheet per page</source>
        <translation>Save the selected evaluations' sheets as one PDF, one sheet per page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent &amp;monthly report…</source>
        <translation>Agent &amp;monthly report…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save an agent's monthly report (KPIs, trend, dimensions, evaluations) as PDF</source>
        <translation>Save an agent's monthly report (KPIs, trend, dimensions, evaluations) as PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;evaluations…</source>
        <translation>Export &amp;evaluations…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the evaluations of the Reports filter as an Excel workbook or CSV</source>
        <translation>Save the evaluations of the Reports filter as an Excel workbook or CSV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export &amp;KPI table…</source>
        <translation>Export &amp;KPI table…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the KPIs of the Reports filter as an Excel workbook or CSV</source>
        <translation>Save the KPIs of the Reports filter as an Excel workbook or CSV</translation>
    </message>
    <message>
        <location line="+62" />
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved %1 (%2)</source>
        <translation>Saved %1 (%2)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select one or more evaluations in the Reports tab, then print.</source>
        <translation>Select one or more evaluations in the Reports tab, then print.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Evaluation sheet No. %1</source>
        <translation>Evaluation sheet No. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n evaluation sheet(s)</source>
        <translation>
            <numerusform>%n evaluation sheet</numerusform>
            <numerusform>%n evaluation sheets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+6" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Select one or more evaluations in the Reports tab, then export.</source>
        <translation>Select one or more evaluations in the Reports tab, then export.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+31" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="-25" />
        <source>Writing %n evaluation sheet(s)…</source>
        <translation>
            <numerusform>Writing %n evaluation sheet…</numerusform>
            <numerusform>Writing %n evaluation sheets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <location line="+32" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+5" />
        <source>Agent monthly report</source>
        <translation>Agent monthly report</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Choose an agent in the Reports tab (or select one of their evaluations).</source>
        <translation>Choose an agent in the Reports tab (or select one of their evaluations).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing the monthly report of %1…</source>
        <translation>Writing the monthly report of %1…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export KPI table</source>
        <translation>Export KPI table</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export evaluations</source>
        <translation>Export evaluations</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Exporting the KPI table…</source>
        <translation>Exporting the KPI table…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Exporting evaluations…</source>
        <translation>Exporting evaluations…</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::ReportTask</name>
    <message>
        <location filename="../ui/reports/ReportTask.cpp" line="+20" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
</context>
<context>
    <name>qadesk::ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="+43" />
        <source>The month of the interactions evaluated</source>
        <translation>The month of the interactions evaluated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location line="+176" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 · %2 selected</source>
        <translation>%1 · %2 selected</translation>
    </message>
</context>
<context>
    <name>qadesk::SampleDialog</name>
    <message>
        <location filename="../ui/workspace/SampleDialog.cpp" line="+26" />
        <source>Oversample complaints, weight</source>
        <translation>Oversample complaints, weight</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Oversample low CSAT (1–2), weight</source>
        <translation>Oversample low CSAT (1–2), weight</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only interactions with a transcript</source>
        <translation>Only interactions with a transcript</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skip interactions that already have an evaluation</source>
        <translation>Skip interactions that already have an evaluation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Draw a sample</source>
        <translation>Draw a sample</translation>
    </message>
    <message>
        <location line="+13" />
        <source> per agent</source>
        <translation> per agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The same seed with the same settings and data draws the same interactions.</source>
        <translation>The same seed with the same settings and data draws the same interactions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pick another random seed</source>
        <translation>Pick another random seed</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw:</source>
        <translation>Draw:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location line="+3" />
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+2" />
        <source>second inspector</source>
        <translation>second inspector</translation>
    </message>
    <message>
        <location line="+5" />
        <source>scored blind again by</source>
        <translation>scored blind again by</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Continuous reliability: this share of the sample is also scored blind by a second inspector (on the Calibration page); the pairs give alpha over time and each inspector's drift.</source>
        <translation>Continuous reliability: this share of the sample is also scored blind by a second inspector (on the Calibration page); the pairs give alpha over time and each inspector's drift.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Double-score:</source>
        <translation>Double-score:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Draws interactions at random for each agent who had any in the period, and puts them on your queue. A weight of 3 makes an interaction three times as likely to be drawn.</source>
        <translation>Draws interactions at random for each agent who had any in the period, and puts them on your queue. A weight of 3 makes an interaction three times as likely to be drawn.</translation>
    </message>
</context>
<context>
    <name>qadesk::ScoreHistogramChart</name>
    <message>
        <location filename="../ui/dashboard/ScoreHistogramChart.cpp" line="+45" />
        <location line="+109" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-106" />
        <location line="+106" />
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <location line="-49" />
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Score %1: %2 evaluations (%3% of %4)</source>
        <translation>Score %1: %2 evaluations (%3% of %4)</translation>
    </message>
</context>
<context>
    <name>qadesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+28" />
        <location line="+133" />
        <location line="+8" />
        <location line="+7" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-145" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The language changes the next time QA Desk starts.</source>
        <translation>The language changes the next time QA Desk starts.</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Switch &amp;Profile…</source>
        <translation>Switch &amp;Profile…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Evaluations and the audit log record your work under this person. Switch Profile… chooses another one.</source>
        <translation>Evaluations and the audit log record your work under this person. Switch Profile… chooses another one.</translation>
    </message>
    <message>
        <location line="+14" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A pause between two turns longer than this is marked as silence, or as hold when the agent had asked the customer to wait.</source>
        <translation>A pause between two turns longer than this is marked as silence, or as hold when the agent had asked the customer to wait.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only the imported file's folder</source>
        <translation>Only the imported file's folder</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An imported file may name recordings in its own folder or under this one (qadesk-cli: import --recordings-root). Paths that lead anywhere else are refused.</source>
        <translation>An imported file may name recordings in its own folder or under this one (qadesk-cli: import --recordings-root). Paths that lead anywhere else are refused.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Recordings folder</source>
        <translation>Recordings folder</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Left channel (customer right)</source>
        <translation>Left channel (customer right)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right channel (customer left)</source>
        <translation>Right channel (customer left)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Which channel of a stereo recording carries the agent, for the waveform's lanes and the audio analysis</source>
        <translation>Which channel of a stereo recording carries the agent, for the waveform's lanes and the audio analysis</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The zone in which every view, export and report of this database counts local times, days, weeks and months, for everyone who uses it. Changing it renumbers the stored days in the background.</source>
        <translation>The zone in which every view, export and report of this database counts local times, days, weeks and months, for everyone who uses it. Changing it renumbers the stored days in the background.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Working as:</source>
        <translation>Working as:</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Log in as &amp;Someone Else…</source>
        <translation>Log in as &amp;Someone Else…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In team mode you are your database login: Log in as Someone Else… changes it.</source>
        <translation>In team mode you are your database login: Log in as Someone Else… changes it.</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Mark pauses longer than:</source>
        <translation>Mark pauses longer than:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recordings folder:</source>
        <translation>Recordings folder:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent in stereo recordings:</source>
        <translation>Agent in stereo recordings:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation time zone:</source>
        <translation>Organisation time zone:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The organisation time zone is set by an administrator.</source>
        <translation>The organisation time zone is set by an administrator.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The recordings folder %1 does not exist. Choose an existing folder, or leave the field empty to look for recordings only beside the imported files.</source>
        <translation>The recordings folder %1 does not exist. Choose an existing folder, or leave the field empty to look for recordings only beside the imported files.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a time zone. Choose one from the list, such as Asia/Shanghai.</source>
        <translation>%1 is not a time zone. Choose one from the list, such as Asia/Shanghai.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restart QA Desk to see it in the new language.</source>
        <translation>Restart QA Desk to see it in the new language.</translation>
    </message>
</context>
<context>
    <name>qadesk::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="+14" />
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Score the focused dimension 1–5 and move to the next</source>
        <translation>Score the focused dimension 1–5 and move to the next</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark the focused dimension not applicable</source>
        <translation>Mark the focused dimension not applicable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply the suggested level</source>
        <translation>Apply the suggested level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear the focused dimension's score</source>
        <translation>Clear the focused dimension's score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous / next dimension</source>
        <translation>Previous / next dimension</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Up / Down, Shift+Tab / Tab</source>
        <translation>Up / Down, Shift+Tab / Tab</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the focused dimension's comment (Enter or Esc returns)</source>
        <translation>Write the focused dimension's comment (Enter or Esc returns)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submit the evaluation</source>
        <translation>Submit the evaluation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find in the transcript</source>
        <translation>Find in the transcript</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next / previous match</source>
        <translation>Next / previous match</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Enter, F3 / Shift+Enter, Shift+F3</source>
        <translation>Enter, F3 / Shift+Enter, Shift+F3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach the selected turns as evidence to the focused dimension</source>
        <translation>Attach the selected turns as evidence to the focused dimension</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the queue / transcript / form</source>
        <translation>Go to the queue / transcript / form</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start scoring the selected queue row</source>
        <translation>Start scoring the selected queue row</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Play / pause the recording (not in text fields or on buttons)</source>
        <translation>Play / pause the recording (not in text fields or on buttons)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recording back / ahead 5 s</source>
        <translation>Recording back / ahead 5 s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration: new session</source>
        <translation>Calibration: new session</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration: score the selected interaction blind</source>
        <translation>Calibration: score the selected interaction blind</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Calibration: submit the score</source>
        <translation>Calibration: submit the score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration: results to PDF / table to CSV or XLSX</source>
        <translation>Calibration: results to PDF / table to CSV or XLSX</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Calibration: reload</source>
        <translation>Calibration: reload</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feedback: release the selected evaluations to their agents</source>
        <translation>Feedback: release the selected evaluations to their agents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feedback: release the evaluation just submitted in the workspace</source>
        <translation>Feedback: release the evaluation just submitted in the workspace</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feedback: acknowledge / dispute / decide the selected evaluation</source>
        <translation>Feedback: acknowledge / dispute / decide the selected evaluation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>qadesk::SignaturePad</name>
    <message>
        <location filename="../ui/feedback/SignaturePad.cpp" line="+17" />
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign here with the mouse; Delete clears.</source>
        <translation>Sign here with the mouse; Delete clears.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>qadesk::TargetsDialog</name>
    <message>
        <location filename="../ui/dashboard/TargetsDialog.cpp" line="+16" />
        <source>KPI targets</source>
        <translation>KPI targets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A tile is green when its KPI meets the target, amber when it misses it by no more than the amber margin, and red beyond.</source>
        <translation>A tile is green when its KPI meets the target, amber when it misses it by no more than the amber margin, and red beyond.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Amber margin</source>
        <translation>Amber margin</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1, e-mail</source>
        <translation>%1, e-mail</translation>
    </message>
    <message>
        <location line="+6" />
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Each rubric dimension (level)</source>
        <translation>Each rubric dimension (level)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An agent whose weekly mean on a dimension stays below this for 4 weeks is a finding (Rectification → Below target); a rectification item's verification interaction passes at this level or above.</source>
        <translation>An agent whose weekly mean on a dimension stays below this for 4 weeks is a finding (Rectification → Below target); a rectification item's verification interaction passes at this level or above.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>These targets are the organisation's: everyone's dashboard and reports use them. Changes are recorded in the audit log.</source>
        <translation>These targets are the organisation's: everyone's dashboard and reports use them. Changes are recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>These targets are the organisation's. A QA manager or an administrator changes them.</source>
        <translation>These targets are the organisation's. A QA manager or an administrator changes them.</translation>
    </message>
</context>
<context>
    <name>qadesk::TeamDimensionsChart</name>
    <message>
        <location filename="../ui/dashboard/TeamDimensionsChart.cpp" line="+113" />
        <source>%1 · %2: %3 (n = %4)</source>
        <translation>%1 · %2: %3 (n = %4)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptDelegate</name>
    <message>
        <location filename="../ui/workspace/TranscriptDelegate.cpp" line="+181" />
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptModel</name>
    <message>
        <location filename="../ui/workspace/TranscriptModel.cpp" line="+145" />
        <source>Hold, %1</source>
        <translation>Hold, %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Silence, %1</source>
        <translation>Silence, %1</translation>
    </message>
</context>
<context>
    <name>qadesk::TranscriptPane</name>
    <message>
        <location filename="../ui/workspace/TranscriptPane.cpp" line="+58" />
        <location line="+62" />
        <source>Select an interaction in the queue to read its transcript.</source>
        <translation>Select an interaction in the queue to read its transcript.</translation>
    </message>
    <message>
        <location line="-46" />
        <source>Select turns (Ctrl/Shift+click) to use them as evidence.</source>
        <translation>Select turns (Ctrl/Shift+click) to use them as evidence.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>This interaction has no transcript.</source>
        <translation>This interaction has no transcript.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>No interaction open</source>
        <translation>No interaction open</translation>
    </message>
    <message>
        <location line="+8" />
        <source>duration %1</source>
        <translation>duration %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no CSAT</source>
        <translation>no CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CES %1/7</source>
        <translation>CES %1/7</translation>
    </message>
    <message>
        <location line="+3" />
        <source>resolved first contact: %1</source>
        <translation>resolved first contact: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no team</source>
        <translation>no team</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Attach as evidence</source>
        <translation>Attach as evidence</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Attach to %1 (E)</source>
        <translation>Attach to %1 (E)</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Attach as evidence to</source>
        <translation>Attach as evidence to</translation>
    </message>
</context>
<context>
    <name>qadesk::TrendChart</name>
    <message>
        <location filename="../ui/dashboard/TrendChart.cpp" line="+216" />
        <source>%1 (partly outside the period)</source>
        <translation>%1 (partly outside the period)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: %2 (n = %3, small sample)</source>
        <translation>%1: %2 (n = %3, small sample)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2 (n = %3)</source>
        <translation>%1: %2 (n = %3)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 n</source>
        <translation>%1 n</translation>
    </message>
</context>
<context>
    <name>qadesk::WaveformView</name>
    <message>
        <location filename="../ui/workspace/WaveformView.cpp" line="+15" />
        <source>Waveform of the recording</source>
        <translation>Waveform of the recording</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+143" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-143" />
        <location line="+145" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
</context>
<context>
    <name>qadesk::WorkQueueModel</name>
    <message>
        <location filename="../ui/workspace/WorkQueueModel.cpp" line="+170" />
        <source>%1 · verifies rectification %2</source>
        <translation>%1 · verifies rectification %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Drawn to verify rectification item %1: the weighted score must reach the pass line.</source>
        <translation>Drawn to verify rectification item %1: the weighted score must reach the pass line.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Drawn to verify rectification item %1: dimension "%2" must be scored 3 or higher.</source>
        <translation>Drawn to verify rectification item %1: dimension "%2" must be scored 3 or higher.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 · %2 (%3) · %Ln turn(s)</source>
        <translation>
            <numerusform>%1 · %2 (%3) · %Ln turn</numerusform>
            <numerusform>%1 · %2 (%3) · %Ln turns</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>qadesk::WorkQueuePane</name>
    <message>
        <location filename="../ui/workspace/WorkQueuePane.cpp" line="+40" />
        <source>My queue</source>
        <translation>My queue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All interactions</source>
        <translation>All interactions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My queue: interactions sampled for you or opened by you. All interactions: the whole database.</source>
        <translation>My queue: interactions sampled for you or opened by you. All interactions: the whole database.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+6" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Search transcripts, call ID or agent — Enter</source>
        <translation>Search transcripts, call ID or agent — Enter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finds interactions whose transcript contains every word typed (separate words with spaces), or whose call ID, agent ID or agent name is exactly the text.</source>
        <translation>Finds interactions whose transcript contains every word typed (separate words with spaces), or whose call ID, agent ID or agent name is exactly the text.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sample…</source>
        <translation>Sample…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw interactions to inspect: N per agent over a period</source>
        <translation>Draw interactions to inspect: N per agent over a period</translation>
    </message>
    <message>
        <location line="+96" />
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <location line="-109" />
        <location line="+135" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Searching transcripts for “%1”…</source>
        <translation>Searching transcripts for “%1”…</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Could not load the queue: %1</source>
        <translation>Could not load the queue: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Your queue is empty. Use Sample… to draw interactions to inspect, or search all interactions.</source>
        <translation>Your queue is empty. Use Sample… to draw interactions to inspect, or search all interactions.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln interaction(s) in view</source>
        <translation>
            <numerusform>%Ln interaction in view</numerusform>
            <numerusform>%Ln interactions in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <location line="+12" />
        <source>%Ln interactions loaded; scroll for more</source>
        <translation>
            <numerusform>%Ln interactions loaded; scroll for more</numerusform>
            <numerusform>%Ln interactions loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-8" />
        <source>Search “%1”: the newest %Ln matches; narrow the search to see others</source>
        <translation>
            <numerusform>Search “%1”: the newest %Ln matches; narrow the search to see others</numerusform>
            <numerusform>Search “%1”: the newest %Ln matches; narrow the search to see others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Search “%1”: %Ln matching interaction(s)</source>
        <translation>
            <numerusform>Search “%1”: %Ln matching interaction</numerusform>
            <numerusform>Search “%1”: %Ln matching interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>(in your queue: %Ln)</source>
        <translation>
            <numerusform>(in your queue: %Ln)</numerusform>
            <numerusform>(in your queue: %Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::WorkspacePage</name>
    <message>
        <location filename="../ui/workspace/WorkspacePage.cpp" line="+124" />
        <source>Evaluation submitted.</source>
        <translation>Evaluation submitted.</translation>
    </message>
    <message>
        <location line="+95" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Draw a &amp;Sample…</source>
        <translation>Draw a &amp;Sample…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Submit Evaluation</source>
        <translation>Submit Evaluation</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Find in Transcript</source>
        <translation>&amp;Find in Transcript</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Open interaction</source>
        <translation>Open interaction</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Sample drawn: %1 interaction(s) from %2 candidate(s) of %3 agent(s); %4 new on your queue.</source>
        <translation>Sample drawn: %1 interaction(s) from %2 candidate(s) of %3 agent(s); %4 new on your queue.</translation>
    </message>
    <message>
        <location line="-4" />
        <location line="+20" />
        <location line="+17" />
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location line="-36" />
        <source>No interaction matches: widen the period or remove a filter.</source>
        <translation>No interaction matches: widen the period or remove a filter.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 of them to be scored blind again by %2 (Calibration page).</source>
        <translation>%1 of them to be scored blind again by %2 (Calibration page).</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Evaluation changed elsewhere</source>
        <translation>Evaluation changed elsewhere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Your changes here are kept until you choose. Reload theirs to see the stored version (your changes here are dropped), or keep yours to save them over it.</source>
        <translation>%1

Your changes here are kept until you choose. Reload theirs to see the stored version (your changes here are dropped), or keep yours to save them over it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Reload Theirs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keep Mine</source>
        <translation>&amp;Keep Mine</translation>
    </message>
</context>
<context>
    <name>qadesk::ZoneChangeController</name>
    <message>
        <location filename="../ui/settings/ZoneChangeController.cpp" line="+35" />
        <source>Counting days in %1…</source>
        <translation>Counting days in %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+47" />
        <source>Organisation time zone</source>
        <translation>Organisation time zone</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Cancelled. The new zone is in use; some stored days are still counted in the old one. Choose the zone again to finish.</source>
        <translation>Cancelled. The new zone is in use; some stored days are still counted in the old one. Choose the zone again to finish.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Local times, days, weeks and months are now counted in %1.</source>
        <translation>Local times, days, weeks and months are now counted in %1.</translation>
    </message>
</context>
</TS>