#include "DrillDownStore.h"

#include "Connection.h"
#include "FilterKeys.h"

#include <QStringList>
#include <QTimeZone>

namespace qadesk {

namespace {

// The interactions `i` of a filter's attributes that started in the local dates [from, to].
struct Selection
{
    bool matchesNothing = false;
    QStringList conditions;
    QVariantList values;

    QString where() const { return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")); }
};

Selection select(Connection &connection, const KpiFilter &filter, QDate from, QDate to)
{
    Selection s;
    const FilterKeys keys = FilterKeys::resolve(connection, filter);
    s.matchesNothing = keys.matchesNothing || !from.isValid() || !to.isValid() || to < from;
    if (s.matchesNothing) {
        return s;
    }
    KpiFilter period = filter;
    period.from = from;
    period.to = to;
    FilterKeys::appendPeriod(period, QStringLiteral("i.started_at"), s.conditions, s.values);
    keys.appendRawConditions(filter, s.conditions, s.values);
    return s;
}

QString requirementCondition(DrillDownQuery::Requirement requirement)
{
    switch (requirement) {
    case DrillDownQuery::Requirement::Any:
        return {};
    case DrillDownQuery::Requirement::Survey:
        return QStringLiteral("(i.csat IS NOT NULL OR i.nps IS NOT NULL)");
    case DrillDownQuery::Requirement::Csat:
        return QStringLiteral("i.csat IS NOT NULL");
    case DrillDownQuery::Requirement::Nps:
        return QStringLiteral("i.nps IS NOT NULL");
    case DrillDownQuery::Requirement::Ces:
        return QStringLiteral("i.ces IS NOT NULL");
    case DrillDownQuery::Requirement::Fcr:
        return QStringLiteral("i.fcr IS NOT NULL");
    case DrillDownQuery::Requirement::HandleTime:
        return QStringLiteral("i.handle_s IS NOT NULL");
    case DrillDownQuery::Requirement::FirstResponse:
        return QStringLiteral("i.first_response_s IS NOT NULL");
    case DrillDownQuery::Requirement::Complaint:
        return QStringLiteral("i.complaint = 1");
    }
    return {};
}

template <typename T>
std::optional<T> optionalValue(const QVariant &v)
{
    if (v.isNull()) {
        return std::nullopt;
    }
    if constexpr (std::is_same_v<T, double>) {
        return v.toDouble();
    } else if constexpr (std::is_same_v<T, bool>) {
        return v.toInt() != 0;
    } else {
        return T(v.toLongLong());
    }
}

QDateTime instant(const QVariant &v, const QTimeZone &zone)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), zone);
}

const QString kEvaluationColumns = QStringLiteral(
    "e.id, e.interaction_id, i.external_id, i.started_at, e.submitted_at, a.code, a.name, t.name, u.display_name, "
    "e.status, e.grade_key, e.score");
const QString kEvaluationJoins = QStringLiteral(
    "JOIN evaluations e ON e.interaction_id = i.id AND e.status <> 'draft' "
    "JOIN agents a ON a.id = i.agent_id LEFT JOIN teams t ON t.id = i.team_id JOIN users u ON u.id = e.inspector_id");

EvaluationListRow readEvaluation(const QSqlQuery &q, const QTimeZone &zone)
{
    EvaluationListRow row;
    row.id = q.value(0).toLongLong();
    row.interactionId = q.value(1).toLongLong();
    row.externalId = q.value(2).toString();
    row.startedAt = instant(q.value(3), zone);
    row.submittedAt = instant(q.value(4), zone);
    row.agentCode = q.value(5).toString();
    row.agentName = q.value(6).toString();
    row.teamName = q.value(7).toString();
    row.inspector = q.value(8).toString();
    row.status = q.value(9).toString();
    row.gradeKey = q.value(10).toString();
    row.score = optionalValue<double>(q.value(11));
    return row;
}

} // namespace

DrillDownResult<InteractionListRow> DrillDownStore::interactions(const DrillDownQuery &query)
{
    DrillDownResult<InteractionListRow> result;
    Selection s = select(m_connection, query.filter, query.from, query.to);
    if (s.matchesNothing) {
        return result;
    }
    if (const QString required = requirementCondition(query.requirement); !required.isEmpty()) {
        s.conditions << required;
    }
    QSqlQuery count = m_connection.run(QStringLiteral("SELECT COUNT(*) FROM interactions i") + s.where(), s.values);
    result.total = count.next() ? count.value(0).toLongLong() : 0;
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT i.id, i.external_id, i.started_at, a.code, a.name, t.name, i.channel, i.category, "
                       "i.csat, i.nps, i.ces, i.fcr, i.complaint, i.handle_s, i.first_response_s, "
                       "(SELECT AVG(e.score) FROM evaluations e WHERE e.interaction_id = i.id AND e.status <> 'draft'), "
                       "i.utc_offset_s "
                       "FROM interactions i JOIN agents a ON a.id = i.agent_id LEFT JOIN teams t ON t.id = i.team_id") +
            s.where() + QStringLiteral(" ORDER BY i.started_at, i.id LIMIT ?"),
        s.values + QVariantList{query.limit});
    while (q.next()) {
        InteractionListRow row;
        row.id = q.value(0).toLongLong();
        row.externalId = q.value(1).toString();
        row.startedAt = instant(q.value(2), query.filter.zone);
        row.agentCode = q.value(3).toString();
        row.agentName = q.value(4).toString();
        row.teamName = q.value(5).toString();
        row.channel = q.value(6).toString();
        row.category = q.value(7).toString();
        row.csat = optionalValue<int>(q.value(8));
        row.nps = optionalValue<int>(q.value(9));
        row.ces = optionalValue<int>(q.value(10));
        row.fcr = optionalValue<bool>(q.value(11));
        row.complaint = q.value(12).toInt() != 0;
        row.handleS = optionalValue<double>(q.value(13));
        row.firstResponseS = optionalValue<double>(q.value(14));
        row.qaScore = optionalValue<double>(q.value(15));
        row.sourceStartedAt = row.startedAt.toTimeZone(QTimeZone(q.value(16).toInt()));
        result.rows << row;
    }
    return result;
}

DrillDownResult<EvaluationListRow> DrillDownStore::evaluations(const DrillDownQuery &query)
{
    DrillDownResult<EvaluationListRow> result;
    Selection s = select(m_connection, query.filter, query.from, query.to);
    if (s.matchesNothing) {
        return result;
    }
    QString joins = kEvaluationJoins;
    QVariantList values;
    QString levelColumn = QStringLiteral("NULL");
    QString order = QStringLiteral("CASE WHEN e.score IS NULL THEN 1 ELSE 0 END, e.score, i.started_at, e.id");
    if (!query.dimensionKey.isEmpty()) {
        joins += QStringLiteral(" JOIN evaluation_scores s ON s.evaluation_id = e.id AND s.dimension_key = ? "
                                "AND s.not_applicable = 0 AND s.score IS NOT NULL");
        values << query.dimensionKey;
        levelColumn = QStringLiteral("s.score");
        order = QStringLiteral("s.score, i.started_at, e.id");
    }
    values += s.values;
    if (query.scoreRange) {
        s.conditions << QStringLiteral("e.score >= ?");
        values << query.scoreRange->first;
        if (query.scoreRange->second < 100.0) {
            s.conditions << QStringLiteral("e.score < ?");
            values << query.scoreRange->second;
        }
    }
    const QString from = QStringLiteral(" FROM interactions i ") + joins + s.where();
    QSqlQuery count = m_connection.run(QStringLiteral("SELECT COUNT(*)") + from, values);
    result.total = count.next() ? count.value(0).toLongLong() : 0;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT %1, %2").arg(kEvaluationColumns, levelColumn) + from +
                                       QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?"),
                                   values + QVariantList{query.limit});
    while (q.next()) {
        EvaluationListRow row = readEvaluation(q, query.filter.zone);
        row.dimensionLevel = optionalValue<int>(q.value(12));
        result.rows << row;
    }
    return result;
}

QList<EvaluationListRow> DrillDownStore::recentEvaluations(const KpiFilter &filter, QDate from, QDate to, int limit)
{
    QList<EvaluationListRow> rows;
    const Selection s = select(m_connection, filter, from, to);
    if (s.matchesNothing) {
        return rows;
    }
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT %1 FROM interactions i ").arg(kEvaluationColumns) +
                                       kEvaluationJoins + s.where() +
                                       QStringLiteral(" ORDER BY i.started_at DESC, e.id DESC LIMIT ?"),
                                   s.values + QVariantList{limit});
    while (q.next()) {
        rows << readEvaluation(q, filter.zone);
    }
    return rows;
}

} // namespace qadesk
