#include "EvaluationReportStore.h"

#include "Connection.h"
#include "FilterKeys.h"
#include "domain/NameOrder.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace qadesk {

namespace {

// The joins every query here shares: an evaluation with its interaction, agent and the interaction's team.
const QString kJoins = QStringLiteral(" FROM evaluations e "
                           "JOIN interactions i ON i.id = e.interaction_id "
                           "JOIN agents a ON a.id = i.agent_id "
                           "LEFT JOIN teams t ON t.id = i.team_id ");

struct Where
{
    QString sql;
    QVariantList values;
};

// Non-draft evaluations of the interactions the KPI filter selects, as a bound WHERE clause.
Where whereFor(Connection &connection, const KpiFilter &filter)
{
    const FilterKeys keys = FilterKeys::resolve(connection, filter);
    QStringList conditions{QStringLiteral("e.status <> 'draft'")};
    QVariantList values;
    if (keys.matchesNothing) {
        conditions << QStringLiteral("1 = 0");
    }
    FilterKeys::appendPeriod(filter, QStringLiteral("i.started_at"), conditions, values);
    keys.appendRawConditions(filter, conditions, values);
    return Where{QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

QDateTime utcFromEpoch(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

const QString kRecordColumns = QStringLiteral(
    "SELECT e.id, e.interaction_id, i.external_id, i.started_at, i.utc_offset_s, i.channel, i.category, a.code, "
    "a.name, t.name, u.display_name, e.status, e.score, e.grade_key, e.critical_failed, e.rubric_version_id, "
    "e.created_at, e.submitted_at, e.overall_comment");

EvaluationRecord recordFrom(const QSqlQuery &q)
{
    EvaluationRecord r;
    r.evaluationId = q.value(0).toLongLong();
    r.interactionId = q.value(1).toLongLong();
    r.externalId = q.value(2).toString();
    r.startedAt = utcFromEpoch(q.value(3));
    r.utcOffsetS = q.value(4).toInt();
    r.channel = q.value(5).toString();
    r.category = q.value(6).toString();
    r.agentCode = q.value(7).toString();
    r.agentName = q.value(8).toString();
    r.teamName = q.value(9).toString();
    r.inspector = q.value(10).toString();
    r.status = q.value(11).toString();
    if (!q.value(12).isNull()) {
        r.score = q.value(12).toDouble();
    }
    r.gradeKey = q.value(13).toString();
    r.criticalFailed = q.value(14).toInt() != 0;
    r.rubricVersionId = q.value(15).toInt();
    r.createdAt = utcFromEpoch(q.value(16));
    r.submittedAt = utcFromEpoch(q.value(17));
    r.overallComment = q.value(18).toString();
    return r;
}

} // namespace

std::optional<EvaluationRecord> EvaluationReportStore::record(qint64 evaluationId)
{
    QSqlQuery q = m_connection.run(kRecordColumns + kJoins + QStringLiteral("JOIN users u ON u.id = e.inspector_id "
                                                                            "WHERE e.id = ?"),
                                   {evaluationId});
    if (!q.next()) {
        return std::nullopt;
    }
    return recordFrom(q);
}

QList<EvaluationRecord> EvaluationReportStore::list(const KpiFilter &filter)
{
    const Where where = whereFor(m_connection, filter);
    QSqlQuery q = m_connection.run(kRecordColumns + kJoins + QStringLiteral("JOIN users u ON u.id = e.inspector_id") +
                                       where.sql + QStringLiteral(" ORDER BY i.started_at, e.id"),
                                   where.values);
    QList<EvaluationRecord> records;
    while (q.next()) {
        records << recordFrom(q);
    }
    return records;
}

QHash<qint64, QList<DimensionEvaluation>> EvaluationReportStore::dimensionScores(const KpiFilter &filter)
{
    const Where where = whereFor(m_connection, filter);
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT s.evaluation_id, s.dimension_key, s.score, s.not_applicable") + kJoins +
            QStringLiteral("JOIN evaluation_scores s ON s.evaluation_id = e.id") + where.sql,
        where.values);
    QHash<qint64, QList<DimensionEvaluation>> scores;
    while (q.next()) {
        DimensionEvaluation d;
        d.key = q.value(1).toString();
        if (!q.value(2).isNull()) {
            d.score = q.value(2).toInt();
        }
        d.notApplicable = q.value(3).toInt() != 0;
        scores[q.value(0).toLongLong()] << d;
    }
    return scores;
}

void EvaluationReportStore::forEach(const KpiFilter &filter, const Visitor &visit)
{
    const Where where = whereFor(m_connection, filter);
    QSqlQuery records = m_connection.run(kRecordColumns + kJoins + QStringLiteral("JOIN users u ON u.id = e.inspector_id") +
                                             where.sql + QStringLiteral(" ORDER BY i.started_at, e.id"),
                                         where.values);
    // Scores in the same order, merged in step with the evaluations.
    QSqlQuery scores = m_connection.run(
        QStringLiteral("SELECT s.evaluation_id, s.dimension_key, s.score, s.not_applicable") + kJoins +
            QStringLiteral("JOIN evaluation_scores s ON s.evaluation_id = e.id") + where.sql +
            QStringLiteral(" ORDER BY i.started_at, e.id, s.position"),
        where.values);
    bool haveScore = scores.next();
    QList<DimensionEvaluation> dimensions;
    while (records.next()) {
        const EvaluationRecord record = recordFrom(records);
        dimensions.clear();
        while (haveScore && scores.value(0).toLongLong() == record.evaluationId) {
            DimensionEvaluation d;
            d.key = scores.value(1).toString();
            if (!scores.value(2).isNull()) {
                d.score = scores.value(2).toInt();
            }
            d.notApplicable = scores.value(3).toInt() != 0;
            dimensions << d;
            haveScore = scores.next();
        }
        visit(record, dimensions);
    }
}

qint64 EvaluationReportStore::count(const KpiFilter &filter)
{
    const Where where = whereFor(m_connection, filter);
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT COUNT(*)") + kJoins + where.sql, where.values);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<int> EvaluationReportStore::rubricVersionIds(const KpiFilter &filter)
{
    const Where where = whereFor(m_connection, filter);
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT DISTINCT e.rubric_version_id") + kJoins + where.sql +
                                       QStringLiteral(" ORDER BY e.rubric_version_id DESC"),
                                   where.values);
    QList<int> ids;
    while (q.next()) {
        ids << q.value(0).toInt();
    }
    return ids;
}

QList<DimensionAverage> EvaluationReportStore::dimensionAverages(const KpiFilter &filter)
{
    const Where where = whereFor(m_connection, filter);
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT s.dimension_key, AVG(1.0 * s.score), COUNT(s.score)") + kJoins +
            QStringLiteral("JOIN evaluation_scores s ON s.evaluation_id = e.id") + where.sql +
            QStringLiteral(" AND s.not_applicable = 0 AND s.score IS NOT NULL GROUP BY s.dimension_key "
                           "ORDER BY s.dimension_key"),
        where.values);
    QList<DimensionAverage> averages;
    while (q.next()) {
        averages << DimensionAverage{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toLongLong()};
    }
    return averages;
}

std::optional<AgentRecord> EvaluationReportStore::agent(const QString &code)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT a.code, a.name, t.name FROM agents a "
                                                  "LEFT JOIN teams t ON t.id = a.team_id WHERE a.code = ?"),
                                   {code});
    if (!q.next()) {
        return std::nullopt;
    }
    return AgentRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QList<AgentRecord> EvaluationReportStore::agents()
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT a.code, a.name, t.name FROM agents a "
                                                  "LEFT JOIN teams t ON t.id = a.team_id ORDER BY a.code"));
    QList<AgentRecord> agents;
    while (q.next()) {
        agents << AgentRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    }
    std::stable_sort(agents.begin(), agents.end(), [](const AgentRecord &a, const AgentRecord &b) {
        if (const int name = NameOrder::compare(a.name, b.name)) {
            return name < 0;
        }
        return NameOrder::less(a.code, b.code);
    });
    return agents;
}

QStringList EvaluationReportStore::teams()
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT name FROM teams ORDER BY name"));
    QStringList teams;
    while (q.next()) {
        teams << q.value(0).toString();
    }
    std::stable_sort(teams.begin(), teams.end(), NameOrder::less);
    return teams;
}

std::optional<QDate> EvaluationReportStore::latestEvaluatedDate(const QTimeZone &zone)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT MAX(i.started_at) FROM evaluations e "
                                                  "JOIN interactions i ON i.id = e.interaction_id "
                                                  "WHERE e.status <> 'draft'"));
    if (!q.next() || q.value(0).isNull()) {
        return std::nullopt;
    }
    return QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
}

} // namespace qadesk
