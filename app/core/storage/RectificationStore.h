#pragma once

#include "domain/EvaluationRecord.h"
#include "domain/Rectification.h"

#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

class Connection;

// Rectification items in the database (migration 013): the items, their state history, and the verification
// interactions drawn after each submission onto the verifier's work queue (a sampling plan naming the item, as
// samples do). Permissions are the caller's (improvement/RectificationService); each change here is one
// transaction with its history row and audit entry.
class RectificationStore final
{
public:
    explicit RectificationStore(Connection &connection) : m_connection(connection) {}

    std::optional<AgentRecord> agent(const QString &code);
    // The agent and inspector of an evaluation; nothing when it does not exist.
    std::optional<std::pair<QString, QString>> evaluationAgentAndInspector(qint64 evaluationId);
    // The logins of the agent people linked to an agent, in login order.
    QStringList agentPeople(const QString &agentCode);

    // Stores a new item (agent, owner and verifier resolved by the caller) as open; returns its id.
    qint64 create(const QString &actor, const NewRectification &item, qint64 at);
    std::optional<RectificationItem> item(qint64 id);
    RectificationDetail detail(qint64 id);
    QList<RectificationItem> list(const RectificationFilter &filter);
    void edit(const QString &actor, qint64 id, const RectificationEdit &edit);

    // Moves the item from `from` to `to` (refused with an error when it is no longer in `from`), with its history
    // row and audit entry. Submitting starts a new round and draws its verification interactions; at is the time
    // the change counts from (now, except for generated demo data).
    void transition(const QString &actor, qint64 id, RectificationState from, RectificationState to,
                    const QString &note, qint64 at);

    // Draws the missing verification interactions of every submitted item (those that arrived since), and settles
    // items whose evidence is complete. Returns how many interactions were drawn. Its own transaction.
    int drawPending(const QString &actor, qint64 at);
    // Inside the caller's transaction (an import): the same without a transaction of its own.
    int drawPendingInTransaction(const QString &actor, qint64 at);
    // Inside the caller's transaction (an evaluation was submitted): settles the submitted items this interaction
    // verifies: verified when all their checks pass, reopened when one fails.
    void evaluationSubmitted(qint64 interactionId, const QString &inspector);

    // Agents whose weekly mean on a dimension stayed below `threshold` in each of the `weeks` ISO weeks ending with
    // the week of `lastDay` (local days in the organisation's zone), each week with at least one scored evaluation.
    QList<DimensionFinding> findings(const QDate &lastDay, int weeks, double threshold, const QString &teamName = {},
                                     const QString &agentCode = {});
    // The organisation's today.
    QDate today();

private:
    int draw(qint64 itemId, const QString &actor, qint64 at);
    // draw(), except that a draw the database refuses to this login (team mode: an agent submitting) waits.
    void drawUnlessDenied(qint64 itemId, const QString &actor, qint64 at);
    void settle(qint64 itemId, const QString &actor, qint64 at);
    void writeHistory(qint64 id, const QString &actor, const QString &from, const QString &to, const QString &note,
                      qint64 at);
    double passScore(qint64 evaluationId);

    Connection &m_connection;
};

} // namespace qadesk
