#pragma once

#include "domain/Feedback.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace qadesk {

class Connection;

// Which evaluations a feedback list shows: those of one agent, team or inspector (empty: any), in some states.
struct FeedbackQuery
{
    QString agentCode;
    QString teamName; // the agent's team now
    QString inspector; // login
    QStringList states; // feedback states; empty: any
    bool unreleased = false; // submitted evaluations not released yet (instead of states)
    bool releasedOnly = false; // only evaluations released to the agent
    bool notReleased = false;  // only evaluations not released yet, whatever their status (demo data)
    int limit = 2000;
};

// A level-1 decision nobody escalated in time: the evaluation, its dispute and when the window to escalate closed.
struct LapsedDecision
{
    qint64 evaluationId = 0;
    qint64 disputeId = 0;
    QDateTime escalateBy;
};

// The SQL of the feedback loop (migration 012): releases, acknowledgements, disputes and their decisions, and the
// superseded versions of evaluations. No transactions and no rules here: FeedbackService holds the transaction,
// checks who may do what and writes the audit entry.
class FeedbackStore final
{
public:
    explicit FeedbackStore(Connection &connection) : m_connection(connection) {}

    // The evaluation as a list row (with its owner: agent, team, inspector), if it exists and is not a draft.
    std::optional<FeedbackRow> row(qint64 evaluationId, const QDateTime &now);
    // Those still waiting for someone first (released, disputed, decided, escalated, not released), then the
    // settled ones; newest first within each.
    QList<FeedbackRow> rows(const FeedbackQuery &query, const QDateTime &now);

    std::optional<Feedback> feedback(qint64 evaluationId);
    void insertFeedback(const Feedback &feedback);
    void setState(qint64 evaluationId, const QString &state);
    void setAcknowledged(qint64 evaluationId, const QString &by, const QDateTime &at, const QString &name,
                         const QString &signature);
    void setVersion(qint64 evaluationId, int version);
    // evaluations.status (submitted, disputed, final): what the rest of the program reads.
    void setEvaluationStatus(qint64 evaluationId, const QString &status);

    std::optional<Dispute> dispute(qint64 evaluationId);
    qint64 insertDispute(qint64 evaluationId, const QString &raisedBy, const QDateTime &raisedAt,
                         const QDateTime &decideBy, const QList<DisputeItem> &items);
    void addDecision(qint64 disputeId, const DisputeDecision &decision);
    void escalate(qint64 disputeId, const QDateTime &decideBy, const QString &reason);
    void setEscalateBy(qint64 disputeId, const QDateTime &escalateBy);
    void close(qint64 disputeId, const QDateTime &at);
    // Decided disputes whose window to escalate closed before `now`, of one agent or team (empty: any), oldest first.
    QList<LapsedDecision> lapsedDecisions(const QDateTime &now, const QString &agentCode, const QString &teamName);
    // Settles one: the feedback state decided → final, the dispute closed when the window closed, the evaluation
    // final. False, writing nothing more, when the feedback row did not change (settled meanwhile, or in team mode a
    // row this login may not change).
    bool expire(const LapsedDecision &lapsed);
    // The display names of these logins (those without one are left out).
    QMap<QString, QString> displayNames(const QStringList &logins);
    // Disputes raised on this agent's evaluations in [from, to).
    int disputesRaised(const QString &agentCode, const QDateTime &from, const QDateTime &to);

    void addVersion(qint64 evaluationId, const EvaluationVersion &version);
    QList<EvaluationVersion> versions(qint64 evaluationId);

    // Whether every turn id belongs to the interaction.
    bool turnsBelong(qint64 interactionId, const QList<qint64> &turnIds);

    // Per inspector (login): released evaluations, their disputes, decided and overturned ones.
    QList<InspectorRates> inspectorRates(const QString &teamName = {});

private:
    Connection &m_connection;
};

} // namespace qadesk
