#include "WorkQueueStore.h"

#include <QHash>

#include "Connection.h"
#include "domain/NameOrder.h"
#include "EvaluationStore.h"
#include "FilterKeys.h"

#include <QTimeZone>

#include <algorithm>

namespace qadesk {

namespace {

// Every row reads the same columns; rowFrom() knows their order.
const QString kColumns =
    QStringLiteral("i.id, i.external_id, i.started_at, i.utc_offset_s, a.code, a.name, t.name, i.channel, i.category, "
                   "i.handle_s, i.csat, i.complaint, i.turn_count, e.id, e.status, e.score");
// The newest evaluation of each interaction; evaluations_interaction makes it one index probe a row.
const QString kJoins = QStringLiteral(
    " JOIN agents a ON a.id = i.agent_id LEFT JOIN teams t ON t.id = i.team_id "
    "LEFT JOIN evaluations e ON e.id = (SELECT MAX(ev.id) FROM evaluations ev WHERE ev.interaction_id = i.id)");
const QString kStatusRank = QStringLiteral(
    "CASE e.status WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 WHEN 'disputed' THEN 3 WHEN 'final' THEN 4 ELSE 0 END");

// users.login as EvaluationStore::userId() names it.
QString loginOf(const QString &inspector)
{
    const QString name = inspector.trimmed();
    return name.isEmpty() ? QStringLiteral("inspector") : name;
}

WorkQueueRow rowFrom(const QSqlQuery &q)
{
    WorkQueueRow r;
    r.interactionId = q.value(0).toLongLong();
    r.externalId = q.value(1).toString();
    r.startedAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone(q.value(3).toInt()));
    r.agentCode = q.value(4).toString();
    r.agentName = q.value(5).toString();
    r.teamName = q.value(6).toString();
    r.channel = q.value(7).toString();
    r.category = q.value(8).toString();
    if (!q.value(9).isNull()) {
        r.handleS = q.value(9).toDouble();
    }
    if (!q.value(10).isNull()) {
        r.csat = q.value(10).toInt();
    }
    r.complaint = q.value(11).toInt() != 0;
    r.turnCount = q.value(12).toInt();
    r.evaluationId = q.value(13).isNull() ? 0 : q.value(13).toLongLong();
    r.evaluationStatus = q.value(14).toString();
    if (!q.value(15).isNull()) {
        r.score = q.value(15).toDouble();
    }
    return r;
}

// The ORDER BY of a sort: missing values last in either direction (SQLite and PostgreSQL disagree on
// where NULLs go by default), then newest first so the order is total and pages never overlap.
QString orderBy(const WorkQueueSort &sort)
{
    const QString direction = sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString expression;
    switch (sort.column) {
    case WorkQueueColumn::Time:
        // Matches the index on started_at (whose rows end in the rowid): no sort step.
        return QStringLiteral("i.started_at %1, i.id %1").arg(direction);
    case WorkQueueColumn::Agent:
        expression = QStringLiteral("COALESCE(a.name, a.code)");
        break;
    case WorkQueueColumn::Team:
        expression = QStringLiteral("t.name");
        break;
    case WorkQueueColumn::Channel:
        expression = QStringLiteral("i.channel");
        break;
    case WorkQueueColumn::Category:
        expression = QStringLiteral("i.category");
        break;
    case WorkQueueColumn::Duration:
        expression = QStringLiteral("i.handle_s");
        break;
    case WorkQueueColumn::Csat:
        expression = QStringLiteral("i.csat");
        break;
    case WorkQueueColumn::Status:
        return QStringLiteral("%1 %2, i.started_at DESC, i.id DESC").arg(kStatusRank, direction);
    case WorkQueueColumn::Score:
        expression = QStringLiteral("e.score");
        break;
    }
    return QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END, %1 %2, i.started_at DESC, i.id DESC")
        .arg(expression, direction);
}

} // namespace

void WorkQueueStore::ensureSearchTable()
{
    if (!m_searchTableReady) {
        // DDL is not preparable on PostgreSQL; the statement has no values.
        m_connection.execute(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_hits (interaction_id BIGINT PRIMARY KEY)"));
        m_searchTableReady = true;
    }
}

void WorkQueueStore::setSearchHits(const QList<qint64> &interactionIds)
{
    ensureSearchTable();
    Transaction transaction(m_connection);
    m_connection.run(QStringLiteral("DELETE FROM search_hits"));
    QSqlQuery insert = m_connection.prepare(
        QStringLiteral("INSERT INTO search_hits (interaction_id) VALUES (?) ON CONFLICT DO NOTHING"));
    for (const qint64 id : interactionIds) {
        insert.bindValue(0, id);
        Connection::exec(insert);
    }
    transaction.commit();
}

QList<WorkQueueRow> WorkQueueStore::page(const WorkQueueFilter &filter, const WorkQueueSort &sort, int offset,
                                         int limit, const WorkQueueRow *after)
{
    // Assembled from fixed fragments; every value is bound. The first table named drives the scan:
    // the small queue or search set when there is one (CROSS JOIN keeps SQLite from reordering it),
    // otherwise interactions in index order.
    QString from;
    QStringList where;
    QVariantList values;
    if (filter.searchHitsOnly) {
        ensureSearchTable();
    }
    if (filter.scope == WorkQueueScope::MyQueue) {
        from = QStringLiteral("work_queue q CROSS JOIN interactions i");
        where << QStringLiteral("i.id = q.interaction_id")
              << QStringLiteral("q.inspector_id = (SELECT id FROM users WHERE login = ?)");
        values << loginOf(filter.inspector);
        if (filter.searchHitsOnly) {
            where << QStringLiteral("i.id IN (SELECT interaction_id FROM search_hits)");
        }
    } else if (filter.searchHitsOnly) {
        from = QStringLiteral("search_hits h CROSS JOIN interactions i");
        where << QStringLiteral("i.id = h.interaction_id");
    } else {
        from = QStringLiteral("interactions i");
    }
    switch (filter.state) {
    case EvaluationState::Any:
        break;
    case EvaluationState::NotStarted:
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM evaluations ev WHERE ev.interaction_id = i.id)");
        break;
    case EvaluationState::Draft:
        where << QStringLiteral("e.status = 'draft'");
        break;
    case EvaluationState::Submitted:
        where << QStringLiteral("e.status IN ('submitted', 'disputed', 'final')");
        break;
    }
    FilterKeys::fromIds(filter.teamId).appendRawConditions(filter.channel, filter.category, where, values);
    if (after && sort.column == WorkQueueColumn::Time) {
        where << (sort.descending ? QStringLiteral("(i.started_at, i.id) < (?, ?)")
                                  : QStringLiteral("(i.started_at, i.id) > (?, ?)"));
        values << after->startedAt.toSecsSinceEpoch() << after->interactionId;
        offset = 0;
    }
    const QString condition =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const bool sortNeedsJoins = sort.column == WorkQueueColumn::Agent || sort.column == WorkQueueColumn::Team ||
                                sort.column == WorkQueueColumn::Status || sort.column == WorkQueueColumn::Score;
    const bool filterNeedsEvaluation =
        filter.state == EvaluationState::Draft || filter.state == EvaluationState::Submitted;
    QString sql;
    if (sortNeedsJoins || filterNeedsEvaluation) {
        sql = QStringLiteral("SELECT %1 FROM %2%3%4 ORDER BY %5 LIMIT ? OFFSET ?")
                  .arg(kColumns, from, kJoins, condition, orderBy(sort));
    } else {
        // Sorting by the interaction's own columns: pick the page's ids first, then join agent, team and
        // newest evaluation for those rows only, instead of for every row the sort has to look at.
        sql = QStringLiteral("SELECT %1 FROM (SELECT i.id FROM %2%3 ORDER BY %4 LIMIT ? OFFSET ?) AS page "
                             "JOIN interactions i ON i.id = page.id%5 ORDER BY %4")
                  .arg(kColumns, from, condition, orderBy(sort), kJoins);
    }
    values << limit << offset;

    QList<WorkQueueRow> rows;
    rows.reserve(limit);
    QSqlQuery q = m_connection.run(sql, values);
    while (q.next()) {
        rows << rowFrom(q);
    }
    markVerification(rows);
    return rows;
}

std::optional<WorkQueueRow> WorkQueueStore::row(qint64 interactionId)
{
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT %1 FROM interactions i%2 WHERE i.id = ?").arg(kColumns, kJoins), {interactionId});
    if (!q.next()) {
        return std::nullopt;
    }
    QList<WorkQueueRow> rows{rowFrom(q)};
    markVerification(rows);
    return rows.first();
}

void WorkQueueStore::markVerification(QList<WorkQueueRow> &rows)
{
    // Which of the page's interactions verify a rectification item (issue 13), in one query for the page's ids only
    // (a column of the page query would be computed for every row a sort looks at).
    if (rows.isEmpty()) {
        return;
    }
    QStringList marks;
    QVariantList ids;
    QHash<qint64, int> rowOf;
    for (int i = 0; i < rows.size(); ++i) {
        marks << QStringLiteral("?");
        ids << rows.at(i).interactionId;
        rowOf.insert(rows.at(i).interactionId, i);
    }
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT rc.interaction_id, rc.item_id, ri.dimension_key FROM rectification_checks rc JOIN "
                       "rectification_items ri ON ri.id = rc.item_id WHERE rc.interaction_id IN (%1) "
                       "ORDER BY rc.item_id DESC")
            .arg(marks.join(QLatin1Char(','))),
        ids);
    while (q.next()) {
        WorkQueueRow &row = rows[rowOf.value(q.value(0).toLongLong())];
        row.rectificationId = q.value(1).toLongLong(); // the oldest item last, so it wins
        row.rectificationDimension = q.value(2).toString();
    }
}

void WorkQueueStore::add(const QString &inspector, qint64 interactionId, qint64 planId)
{
    const qint64 user = EvaluationStore(m_connection).userId(inspector);
    m_connection.run(QStringLiteral("INSERT INTO work_queue (inspector_id, interaction_id, plan_id, added_at) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                     {user, interactionId, planId > 0 ? QVariant(planId) : QVariant(QMetaType(QMetaType::LongLong)),
                      QDateTime::currentSecsSinceEpoch()});
}

void WorkQueueStore::remove(const QString &inspector, qint64 interactionId)
{
    m_connection.run(QStringLiteral("DELETE FROM work_queue WHERE interaction_id = ? AND "
                                    "inspector_id = (SELECT id FROM users WHERE login = ?)"),
                     {interactionId, loginOf(inspector)});
}

bool WorkQueueStore::contains(const QString &inspector, qint64 interactionId)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT 1 FROM work_queue q JOIN users u ON u.id = q.inspector_id "
                                                  "WHERE q.interaction_id = ? AND u.login = ?"),
                                   {interactionId, loginOf(inspector)});
    return q.next();
}

qint64 WorkQueueStore::queueSize(const QString &inspector)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT COUNT(*) FROM work_queue q JOIN users u ON u.id = "
                                                  "q.inspector_id WHERE u.login = ?"),
                                   {loginOf(inspector)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<TeamRef> WorkQueueStore::teams()
{
    QList<TeamRef> teams;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id, name FROM teams ORDER BY name"));
    while (q.next()) {
        teams.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    std::stable_sort(teams.begin(), teams.end(),
                     [](const TeamRef &a, const TeamRef &b) { return NameOrder::less(a.name, b.name); });
    return teams;
}

} // namespace qadesk
