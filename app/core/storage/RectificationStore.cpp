#include "RectificationStore.h"

#include "Savepoint.h"
#include "AuditLog.h"
#include "Connection.h"
#include "Error.h"
#include "EvaluationStore.h"
#include "KpiTargetStore.h"
#include "OrganisationZone.h"
#include "RubricStore.h"
#include "Savepoint.h"
#include "WorkQueueStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <map>

namespace qadesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, a.code, a.name, t.name, r.dimension_key, r.source, r.evaluation_id, r.finding, u.login, "
    "u.display_name, r.raised_by, r.verifier, r.raised_at, r.due_date, r.required_action, r.state, r.checks_required, "
    "r.round, r.submitted_at, r.closed_at, "
    "(SELECT COUNT(*) FROM rectification_checks c WHERE c.item_id = r.id AND c.round = r.round "
    "AND (c.result IS NULL OR c.result <> 'void')), "
    "(SELECT COUNT(*) FROM rectification_checks c WHERE c.item_id = r.id AND c.round = r.round AND c.result = 'pass'), "
    "(SELECT COUNT(*) FROM rectification_checks c WHERE c.item_id = r.id AND c.round = r.round AND c.result = 'fail') "
    "FROM rectification_items r JOIN agents a ON a.id = r.agent_id LEFT JOIN teams t ON t.id = a.team_id "
    "JOIN users u ON u.id = r.owner_id ");

QDateTime utc(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

RectificationItem itemFrom(const QSqlQuery &q)
{
    RectificationItem r;
    r.id = q.value(0).toLongLong();
    r.agentCode = q.value(1).toString();
    r.agentName = q.value(2).toString();
    r.teamName = q.value(3).toString();
    r.dimensionKey = q.value(4).toString();
    r.source = q.value(5).toString();
    r.evaluationId = q.value(6).toLongLong();
    r.finding = q.value(7).toString();
    r.owner = q.value(8).toString();
    r.ownerName = q.value(9).toString();
    r.raisedBy = q.value(10).toString();
    r.verifier = q.value(11).toString();
    r.raisedAt = utc(q.value(12));
    r.dueDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.requiredAction = q.value(14).toString();
    r.state = rectificationStateFromKey(q.value(15).toString()).value_or(RectificationState::Open);
    r.checksRequired = q.value(16).toInt();
    r.round = q.value(17).toInt();
    r.submittedAt = utc(q.value(18));
    r.closedAt = utc(q.value(19));
    r.checksDrawn = q.value(20).toInt();
    r.checksPassed = q.value(21).toInt();
    r.checksFailed = q.value(22).toInt();
    return r;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString levelText(double level)
{
    return QString::number(level, 'f', level == std::floor(level) ? 0 : 2);
}

} // namespace

std::optional<AgentRecord> RectificationStore::agent(const QString &code)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT a.code, a.name, t.name FROM agents a LEFT JOIN teams t ON "
                                                  "t.id = a.team_id WHERE a.code = ?"),
                                   {code});
    if (!q.next()) {
        return std::nullopt;
    }
    return AgentRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

std::optional<std::pair<QString, QString>> RectificationStore::evaluationAgentAndInspector(qint64 evaluationId)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT a.code, u.login FROM evaluations e JOIN interactions i ON "
                                                  "i.id = e.interaction_id JOIN agents a ON a.id = i.agent_id "
                                                  "JOIN users u ON u.id = e.inspector_id WHERE e.id = ?"),
                                   {evaluationId});
    if (!q.next()) {
        return std::nullopt;
    }
    return std::make_pair(q.value(0).toString(), q.value(1).toString());
}

QStringList RectificationStore::agentPeople(const QString &agentCode)
{
    QStringList logins;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT u.login FROM user_roles r JOIN users u ON u.id = r.user_id "
                                                  "JOIN agents a ON a.id = r.agent_id WHERE r.role = 'agent' AND "
                                                  "a.code = ? ORDER BY u.login"),
                                   {agentCode});
    while (q.next()) {
        logins << q.value(0).toString();
    }
    return logins;
}

qint64 RectificationStore::create(const QString &actor, const NewRectification &n, qint64 at)
{
    Transaction transaction(m_connection);
    QSqlQuery agent = m_connection.run(QStringLiteral("SELECT id FROM agents WHERE code = ?"), {n.agentCode});
    if (!agent.next()) {
        throw Error(QCoreApplication::translate("RectificationStore", "There is no agent with the code \"%1\".")
                        .arg(n.agentCode));
    }
    QSqlQuery owner = m_connection.run(QStringLiteral("SELECT id FROM users WHERE login = ?"), {n.owner});
    if (!owner.next()) {
        throw Error(QCoreApplication::translate("RectificationStore", "There is no person with the login \"%1\".")
                        .arg(n.owner));
    }
    const QString source = n.evaluationId > 0 ? QStringLiteral("evaluation")
                           : !n.finding.isEmpty() ? QStringLiteral("finding")
                                                  : QStringLiteral("manual");
    const qint64 id =
        m_connection
            .run(QStringLiteral("INSERT INTO rectification_items (agent_id, dimension_key, source, evaluation_id, "
                                "finding, owner_id, raised_by, verifier, raised_at, due_date, required_action, state, "
                                "checks_required, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"),
                 {agent.value(0), nullable(n.dimensionKey), source, nullableId(n.evaluationId),
                  Connection::text(n.finding), owner.value(0), actor, n.verifier, at,
                  n.dueDate.toString(Qt::ISODate), n.requiredAction, n.checksRequired, at})
            .lastInsertId()
            .toLongLong();
    writeHistory(id, actor, {}, QStringLiteral("open"), {}, at);
    AuditLog(m_connection)
        .append(actor, QStringLiteral("rectification-raised"), QStringLiteral("rectification"), id,
                compact({{QStringLiteral("agent"), n.agentCode},
                         {QStringLiteral("dimension"), n.dimensionKey},
                         {QStringLiteral("source"), source},
                         {QStringLiteral("evaluation"), n.evaluationId},
                         {QStringLiteral("owner"), n.owner},
                         {QStringLiteral("verifier"), n.verifier},
                         {QStringLiteral("due"), n.dueDate.toString(Qt::ISODate)},
                         {QStringLiteral("checks"), n.checksRequired}}));
    transaction.commit();
    return id;
}

std::optional<RectificationItem> RectificationStore::item(qint64 id)
{
    QSqlQuery q = m_connection.run(kSelect + QStringLiteral("WHERE r.id = ?"), {id});
    if (!q.next()) {
        return std::nullopt;
    }
    return itemFrom(q);
}

RectificationDetail RectificationStore::detail(qint64 id)
{
    RectificationDetail d;
    const auto found = item(id);
    if (!found) {
        throw Error(QCoreApplication::translate("RectificationStore", "There is no rectification item %1.").arg(id));
    }
    d.item = *found;
    d.passingLevel = KpiTargetStore(m_connection).load().dimensionLevel();
    QSqlQuery h = m_connection.run(QStringLiteral("SELECT at, actor, from_state, to_state, note FROM "
                                                  "rectification_history WHERE item_id = ? ORDER BY id"),
                                   {id});
    while (h.next()) {
        d.history.append({utc(h.value(0)), h.value(1).toString(), h.value(2).toString(), h.value(3).toString(),
                          h.value(4).toString()});
    }
    QSqlQuery c = m_connection.run(
        QStringLiteral("SELECT c.interaction_id, i.external_id, i.started_at, c.round, c.drawn_at, c.evaluation_id, "
                       "c.level, c.result FROM rectification_checks c JOIN interactions i ON i.id = c.interaction_id "
                       "WHERE c.item_id = ? ORDER BY c.round DESC, i.started_at, i.id"),
        {id});
    while (c.next()) {
        VerificationCheck check;
        check.interactionId = c.value(0).toLongLong();
        check.externalId = c.value(1).toString();
        check.startedAt = utc(c.value(2));
        check.round = c.value(3).toInt();
        check.drawnAt = utc(c.value(4));
        check.evaluationId = c.value(5).toLongLong();
        if (!c.value(6).isNull()) {
            check.level = c.value(6).toDouble();
        }
        check.result = c.value(7).toString();
        d.checks.append(check);
    }
    return d;
}

QList<RectificationItem> RectificationStore::list(const RectificationFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (filter.state) {
        where << QStringLiteral("r.state = ?");
        values << rectificationStateKey(*filter.state);
    }
    if (!filter.agentCode.isEmpty()) {
        where << QStringLiteral("a.code = ?");
        values << filter.agentCode;
    }
    if (!filter.teamName.isEmpty()) {
        where << QStringLiteral("t.name = ?");
        values << filter.teamName;
    }
    if (!filter.owner.isEmpty()) {
        where << QStringLiteral("u.login = ?");
        values << filter.owner;
    }
    if (filter.overdueOnly) {
        // ISO dates compare as text.
        where << QStringLiteral("r.state IN ('open', 'in_progress', 'reopened') AND r.due_date < ?");
        values << (filter.today.isValid() ? filter.today : today()).toString(Qt::ISODate);
    }
    const QString condition = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q = m_connection.run(kSelect + condition + QStringLiteral(" ORDER BY r.due_date, r.id"), values);
    QList<RectificationItem> items;
    while (q.next()) {
        items.append(itemFrom(q));
    }
    return items;
}

void RectificationStore::edit(const QString &actor, qint64 id, const RectificationEdit &e)
{
    Transaction transaction(m_connection);
    const auto before = item(id);
    if (!before) {
        throw Error(QCoreApplication::translate("RectificationStore", "There is no rectification item %1.").arg(id));
    }
    if (before->state == RectificationState::Verified) {
        throw Error(QCoreApplication::translate("RectificationStore",
                                                "Rectification item %1 is verified; reopen it to change it.")
                        .arg(id));
    }
    QJsonObject changes;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (e.dueDate) {
        m_connection.run(QStringLiteral("UPDATE rectification_items SET due_date = ? WHERE id = ?"),
                         {e.dueDate->toString(Qt::ISODate), id});
        changes.insert(QStringLiteral("due"), e.dueDate->toString(Qt::ISODate));
    }
    if (e.requiredAction) {
        m_connection.run(QStringLiteral("UPDATE rectification_items SET required_action = ? WHERE id = ?"),
                         {Connection::text(*e.requiredAction), id});
        changes.insert(QStringLiteral("action"), *e.requiredAction);
    }
    if (e.checksRequired) {
        m_connection.run(QStringLiteral("UPDATE rectification_items SET checks_required = ? WHERE id = ?"),
                         {*e.checksRequired, id});
        changes.insert(QStringLiteral("checks"), *e.checksRequired);
    }
    if (e.verifier) {
        m_connection.run(QStringLiteral("UPDATE rectification_items SET verifier = ? WHERE id = ?"), {*e.verifier, id});
        changes.insert(QStringLiteral("verifier"), *e.verifier);
    }
    m_connection.run(QStringLiteral("UPDATE rectification_items SET updated_at = ? WHERE id = ?"), {now, id});
    AuditLog(m_connection).append(actor, QStringLiteral("rectification-edited"), QStringLiteral("rectification"), id,
                                  compact(changes));
    if (before->state == RectificationState::Submitted) {
        // Fewer or more checks, or another verifier: draw what is now missing and settle on the new count.
        draw(id, actor, now);
        settle(id, actor, now);
    }
    transaction.commit();
}

void RectificationStore::writeHistory(qint64 id, const QString &actor, const QString &from, const QString &to,
                                      const QString &note, qint64 at)
{
    m_connection.run(QStringLiteral("INSERT INTO rectification_history (item_id, at, actor, from_state, to_state, note) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, at, actor, nullable(from), to, Connection::text(note)});
}

void RectificationStore::transition(const QString &actor, qint64 id, RectificationState from, RectificationState to,
                                    const QString &note, qint64 at)
{
    Transaction transaction(m_connection);
    QString sets = QStringLiteral("state = ?, updated_at = ?");
    if (to == RectificationState::Submitted) {
        sets += QStringLiteral(", round = round + 1, submitted_at = ?");
    } else if (to == RectificationState::Verified) {
        sets += QStringLiteral(", closed_at = ?");
    } else if (to == RectificationState::Reopened) {
        sets += QStringLiteral(", closed_at = NULL");
    }
    QVariantList values{rectificationStateKey(to), at};
    if (to == RectificationState::Submitted || to == RectificationState::Verified) {
        values << at;
    }
    values << id << rectificationStateKey(from);
    QSqlQuery q = m_connection.run(
        QStringLiteral("UPDATE rectification_items SET %1 WHERE id = ? AND state = ?").arg(sets), values);
    if (q.numRowsAffected() != 1) {
        throw Error(QCoreApplication::translate("RectificationStore",
                                                "Rectification item %1 is no longer %2; it was changed elsewhere.")
                        .arg(id)
                        .arg(rectificationStateKey(from)));
    }
    writeHistory(id, actor, rectificationStateKey(from), rectificationStateKey(to), note, at);
    AuditLog(m_connection)
        .append(actor, QStringLiteral("rectification-") + rectificationStateKey(to), QStringLiteral("rectification"), id,
                compact({{QStringLiteral("from"), rectificationStateKey(from)},
                         {QStringLiteral("to"), rectificationStateKey(to)},
                         {QStringLiteral("note"), note}}));
    if (to == RectificationState::Submitted) {
        drawUnlessDenied(id, actor, at);
        settle(id, actor, at);
    }
    transaction.commit();
}

void RectificationStore::drawUnlessDenied(qint64 id, const QString &actor, qint64 at)
{
    if (m_connection.dialect() != SqlDialect::Postgres) {
        draw(id, actor, at);
        return;
    }
    // In team mode an agent submitting their item may not write the verifier's work queue (row-level security):
    // the item is submitted all the same, and its interactions are drawn by the next person who may (a lead or
    // manager verifying or editing it, an import, `qadesk-cli rectification draw`).
    Savepoint savepoint(m_connection);
    try {
        draw(id, actor, at);
        savepoint.release();
    } catch (const DeniedError &) {
    }
}

int RectificationStore::drawPending(const QString &actor, qint64 at)
{
    Transaction transaction(m_connection);
    const int drawn = drawPendingInTransaction(actor, at);
    transaction.commit();
    return drawn;
}

int RectificationStore::drawPendingInTransaction(const QString &actor, qint64 at)
{
    QList<qint64> ids;
    QSqlQuery q = m_connection.run(QStringLiteral(
        "SELECT r.id FROM rectification_items r WHERE r.state = 'submitted' AND r.checks_required > "
        "(SELECT COUNT(*) FROM rectification_checks c WHERE c.item_id = r.id AND c.round = r.round "
        "AND (c.result IS NULL OR c.result <> 'void')) ORDER BY r.id"));
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    int drawn = 0;
    for (const qint64 id : ids) {
        drawn += draw(id, actor, at);
        settle(id, actor, at);
    }
    return drawn;
}

int RectificationStore::draw(qint64 id, const QString &actor, qint64 at)
{
    const auto found = item(id);
    if (!found || found->state != RectificationState::Submitted || found->checksDrawn >= found->checksRequired) {
        return 0;
    }
    const RectificationItem &r = *found;
    // The agent's next interactions: those that started after the submission, oldest first, not drawn before for
    // this item (interactions_agent_started answers it).
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT i.id, i.day FROM interactions i JOIN agents a ON a.id = i.agent_id WHERE a.code = ? "
                       "AND i.started_at > ? AND NOT EXISTS (SELECT 1 FROM rectification_checks c WHERE c.item_id = ? "
                       "AND c.interaction_id = i.id) ORDER BY i.started_at, i.id LIMIT ?"),
        {r.agentCode, r.submittedAt.toSecsSinceEpoch(), id, r.checksRequired - r.checksDrawn});
    QList<qint64> interactions;
    qint64 dayFrom = 0;
    qint64 dayTo = 0;
    while (q.next()) {
        interactions << q.value(0).toLongLong();
        const qint64 day = q.value(1).toLongLong();
        dayFrom = dayFrom == 0 ? day : std::min(dayFrom, day);
        dayTo = std::max(dayTo, day);
    }
    if (interactions.isEmpty()) {
        return 0;
    }
    // The same assignment as a sample: a sampling plan (its parameters name the item, round and dimension) whose
    // interactions join the verifier's work queue.
    const QJsonObject parameters{{QStringLiteral("rectification_id"), id},
                                 {QStringLiteral("round"), r.round},
                                 {QStringLiteral("dimension"), r.dimensionKey},
                                 {QStringLiteral("agent"), r.agentCode}};
    const qint64 planId =
        m_connection
            .run(QStringLiteral("INSERT INTO sampling_plans (inspector_id, created_at, day_from, day_to, per_agent, "
                                "seed, parameters, candidates, drawn) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)"),
                 {EvaluationStore(m_connection).userId(r.verifier), at, dayFrom, dayTo, r.checksRequired,
                  compact(parameters), int(interactions.size()), int(interactions.size())})
            .lastInsertId()
            .toLongLong();
    WorkQueueStore queue(m_connection);
    for (const qint64 interaction : interactions) {
        queue.add(r.verifier, interaction, planId);
        m_connection.run(QStringLiteral("INSERT INTO rectification_checks (item_id, interaction_id, round, plan_id, "
                                        "drawn_at) VALUES (?, ?, ?, ?, ?)"),
                         {id, interaction, r.round, planId, at});
    }
    AuditLog(m_connection)
        .append(actor, QStringLiteral("rectification-draw"), QStringLiteral("rectification"), id,
                compact({{QStringLiteral("round"), r.round},
                         {QStringLiteral("plan"), planId},
                         {QStringLiteral("verifier"), r.verifier},
                         {QStringLiteral("drawn"), int(interactions.size())}}));
    return int(interactions.size());
}

double RectificationStore::passScore(qint64 evaluationId)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT rubric_version_id FROM evaluations WHERE id = ?"), {evaluationId});
    if (q.next()) {
        const Rubric rubric = RubricStore(m_connection).load(q.value(0).toInt());
        for (const GradeBand &band : rubric.gradeBands) {
            if (band.key == QLatin1String("pass")) {
                return band.minScore;
            }
        }
    }
    return 60;
}

void RectificationStore::evaluationSubmitted(qint64 interactionId, const QString &inspector)
{
    QList<qint64> ids;
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT c.item_id FROM rectification_checks c JOIN rectification_items "
                                                  "r ON r.id = c.item_id WHERE c.interaction_id = ? AND c.round = "
                                                  "r.round AND r.state = 'submitted' AND c.result IS NULL"),
                                   {interactionId});
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const qint64 id : ids) {
        settle(id, inspector, now);
    }
}

void RectificationStore::settle(qint64 id, const QString &actor, qint64 at)
{
    // The organisation's dimension target (KPI targets): a verification interaction passes at it or above.
    const double passingLevel = KpiTargetStore(m_connection).load().dimensionLevel();
    for (int pass = 0; pass < 25; ++pass) {
        const auto found = item(id);
        if (!found || found->state != RectificationState::Submitted) {
            return;
        }
        const RectificationItem &r = *found;
        struct Pending
        {
            qint64 interactionId;
            QString externalId;
        };
        QList<Pending> pending;
        QSqlQuery q = m_connection.run(QStringLiteral("SELECT c.interaction_id, i.external_id FROM rectification_checks c "
                                                      "JOIN interactions i ON i.id = c.interaction_id WHERE c.item_id = ? "
                                                      "AND c.round = ? AND c.result IS NULL"),
                                       {id, r.round});
        while (q.next()) {
            pending.append({q.value(0).toLongLong(), q.value(1).toString()});
        }
        bool voided = false;
        QStringList failures;
        for (const Pending &p : pending) {
            QSqlQuery e = m_connection.run(QStringLiteral("SELECT id, score FROM evaluations WHERE interaction_id = ? AND "
                                                          "status <> 'draft' ORDER BY id DESC LIMIT 1"),
                                           {p.interactionId});
            if (!e.next()) {
                continue; // not evaluated yet
            }
            const qint64 evaluationId = e.value(0).toLongLong();
            std::optional<double> level;
            QString result;
            if (!r.dimensionKey.isEmpty()) {
                QSqlQuery s = m_connection.run(QStringLiteral("SELECT score, not_applicable FROM evaluation_scores WHERE "
                                                              "evaluation_id = ? AND dimension_key = ?"),
                                               {evaluationId, r.dimensionKey});
                if (s.next() && s.value(1).toInt() == 0 && !s.value(0).isNull()) {
                    level = s.value(0).toDouble();
                }
                result = !level ? QStringLiteral("void") : *level >= passingLevel ? QStringLiteral("pass")
                                                                                  : QStringLiteral("fail");
            } else {
                if (!e.value(1).isNull()) {
                    level = e.value(1).toDouble();
                }
                result = !level ? QStringLiteral("void") : *level >= passScore(evaluationId) ? QStringLiteral("pass")
                                                                                             : QStringLiteral("fail");
            }
            m_connection.run(QStringLiteral("UPDATE rectification_checks SET evaluation_id = ?, level = ?, result = ? "
                                            "WHERE item_id = ? AND interaction_id = ?"),
                             {evaluationId, level ? QVariant(*level) : QVariant(QMetaType(QMetaType::Double)), result, id,
                              p.interactionId});
            if (result == QLatin1String("void")) {
                voided = true;
            } else if (result == QLatin1String("fail")) {
                failures << QStringLiteral("%1 (%2)").arg(p.externalId, levelText(*level));
            }
        }
        const auto now = item(id);
        if (!now) {
            return;
        }
        if (now->checksFailed > 0) {
            if (failures.isEmpty()) {
                failures << QString::number(now->checksFailed);
            }
            const QString note = QCoreApplication::translate("RectificationStore",
                                                             "Verification failed: %1 below the pass line.")
                                     .arg(failures.join(QStringLiteral(", ")));
            m_connection.run(QStringLiteral("UPDATE rectification_items SET state = 'reopened', updated_at = ? WHERE id = ?"),
                             {at, id});
            writeHistory(id, actor, QStringLiteral("submitted"), QStringLiteral("reopened"), note, at);
            AuditLog(m_connection)
                .append(actor, QStringLiteral("rectification-reopened"), QStringLiteral("rectification"), id,
                        compact({{QStringLiteral("from"), QStringLiteral("submitted")},
                                 {QStringLiteral("to"), QStringLiteral("reopened")},
                                 {QStringLiteral("note"), note},
                                 {QStringLiteral("automatic"), true}}));
            return;
        }
        if (now->checksPassed >= now->checksRequired) {
            const QString note = QCoreApplication::translate("RectificationStore",
                                                             "Verified: %1 of %1 verification interactions passed.")
                                     .arg(now->checksPassed);
            m_connection.run(QStringLiteral("UPDATE rectification_items SET state = 'verified', closed_at = ?, "
                                            "updated_at = ? WHERE id = ?"),
                             {at, at, id});
            writeHistory(id, actor, QStringLiteral("submitted"), QStringLiteral("verified"), note, at);
            AuditLog(m_connection)
                .append(actor, QStringLiteral("rectification-verified"), QStringLiteral("rectification"), id,
                        compact({{QStringLiteral("from"), QStringLiteral("submitted")},
                                 {QStringLiteral("to"), QStringLiteral("verified")},
                                 {QStringLiteral("note"), note},
                                 {QStringLiteral("automatic"), true}}));
            return;
        }
        // A check voided (the dimension was N/A there): draw another in its place and look again.
        if (!voided || draw(id, actor, at) == 0) {
            return;
        }
    }
}

QList<DimensionFinding> RectificationStore::findings(const QDate &lastDay, int weeks, double threshold,
                                                     const QString &teamName, const QString &agentCode)
{
    QList<DimensionFinding> result;
    if (!lastDay.isValid() || weeks < 1) {
        return result;
    }
    // Julian day numbers: day % 7 == 0 is a Monday.
    const qint64 lastWeek = lastDay.toJulianDay() - lastDay.toJulianDay() % 7;
    const qint64 firstWeek = lastWeek - 7 * qint64(weeks - 1);
    QStringList where{QStringLiteral("i.day BETWEEN ? AND ?"), QStringLiteral("e.status <> 'draft'"),
                      QStringLiteral("s.not_applicable = 0"), QStringLiteral("s.score IS NOT NULL")};
    QVariantList values{firstWeek, lastWeek + 6};
    if (!teamName.isEmpty()) {
        where << QStringLiteral("t.name = ?");
        values << teamName;
    }
    if (!agentCode.isEmpty()) {
        where << QStringLiteral("a.code = ?");
        values << agentCode;
    }
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT a.code, a.name, t.name, s.dimension_key, i.day - (i.day % 7), COUNT(*), SUM(s.score) "
                       "FROM interactions i JOIN agents a ON a.id = i.agent_id LEFT JOIN teams t ON t.id = a.team_id "
                       "JOIN evaluations e ON e.interaction_id = i.id JOIN evaluation_scores s ON s.evaluation_id = e.id "
                       "WHERE %1 GROUP BY a.code, a.name, t.name, s.dimension_key, i.day - (i.day % 7) "
                       "ORDER BY a.code, s.dimension_key, 5")
            .arg(where.join(QStringLiteral(" AND "))),
        values);
    std::map<std::pair<QString, QString>, DimensionFinding> groups;
    while (q.next()) {
        DimensionFinding &f = groups[{q.value(0).toString(), q.value(3).toString()}];
        f.agentCode = q.value(0).toString();
        f.agentName = q.value(1).toString();
        f.teamName = q.value(2).toString();
        f.dimensionKey = q.value(3).toString();
        f.threshold = threshold;
        const qint64 n = q.value(5).toLongLong();
        f.weeks.append({QDate::fromJulianDay(q.value(4).toLongLong()), q.value(6).toDouble() / double(n), n});
    }
    for (auto &[key, f] : groups) {
        bool below = f.weeks.size() == weeks;
        for (const WeeklyMean &w : f.weeks) {
            below = below && w.mean < threshold;
        }
        if (below) {
            result.append(f);
        }
    }
    return result;
}

QDate RectificationStore::today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(OrganisationZone::zone(m_connection)).date();
}

} // namespace qadesk
