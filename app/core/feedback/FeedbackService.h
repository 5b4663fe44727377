#pragma once

#include "domain/Feedback.h"
#include "domain/Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <functional>
#include <optional>

namespace qadesk {

class Connection;

// A rescore after a dispute: dimension key → new level 1..5, or nothing for N/A.
using Rescore = QMap<QString, std::optional<int>>;

// Which feedback list a view asks for.
enum class FeedbackList
{
    Mine,                 // agent: released to me; inspector: my submitted ones; lead: my team's; manager: all
    ToRelease,            // submitted, not released yet (whose: as Mine)
    PendingAcknowledgement, // released, waiting for the agent
    OpenDisputes,         // disputed, decided at level 1 (waiting for the agent) or escalated
};

// The feedback loop of issue 13 for one person: release, acknowledgement, disputes at two levels, versions. Each
// transition checks the role (domain/Permissions) and ownership (an agent acts on their own agent's evaluations, a
// lead for their team, an inspector on their own evaluations), runs in one transaction with its audit entry, and a
// rescore keeps the replaced version and refreshes the KPI rollup. Refusals throw qadesk::Error saying who may not
// do what and why. Deadlines are working days in the organisation's zone (WorkingDays, the rubric's DisputePolicy).
class FeedbackService final
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackService)

public:
    using Clock = std::function<QDateTime()>;

    // `clock` gives "now" (UTC); the default is the system clock. Tests and `--at` replay other times.
    FeedbackService(Connection &connection, Person actor, Clock clock = {});


    void release(qint64 evaluationId);
    // The newest submitted evaluation of an interaction by this inspector (the workspace's last submit).
    void releaseLatestOf(qint64 interactionId, const QString &inspector);
    // Several at once, all or none: one refused leaves every one of them unreleased.
    void release(const QList<qint64> &evaluationIds);
    void acknowledge(qint64 evaluationId, const QString &typedName, const QString &signature);
    qint64 dispute(qint64 evaluationId, const QList<DisputeItem> &items);
    // Decides the dispute at the level it is waiting at; accepted without a rescore applies the levels the agent
    // proposed, partly needs a rescore, rejected takes none. Returns the version the evaluation is at afterwards.
    int decide(qint64 evaluationId, const QString &outcome, const QString &reason, const Rescore &rescore = {});
    // The agent accepts the level-1 decision (or, once the window to escalate has passed, a lead or manager closes
    // it): the decision stands and the evaluation is final.
    void accept(qint64 evaluationId);
    void escalate(qint64 evaluationId, const QString &reason);
    // Makes final the level-1 decisions whose window to escalate has passed, among those this person may close (an
    // agent their own, a lead their team's, a manager any; an inspector none): the decision stands, the dispute is
    // closed at the end of the window, the evaluation is final and the audit says `dispute-expire`. detail() and
    // list() run it first, so every view and `qadesk-cli evaluation show|list` read the settled state. Returns how
    // many it closed; takes no write lock when there are none.
    int closeLapsed();

    FeedbackDetail detail(qint64 evaluationId);
    QList<FeedbackRow> list(FeedbackList which, int limit = 2000);
    QList<InspectorRates> rates();

    const Person &actor() const { return m_actor; }

private:
    QDateTime now() const;
    void releaseOne(qint64 evaluationId); // inside the caller's transaction
    FeedbackRow requireRow(qint64 evaluationId);
    // The guard acknowledge() and dispute() share: the actor is an agent (AcknowledgeEvaluations), the evaluation is
    // their own agent's and is released, waiting for their answer. Throws the refusal worded for that answer.
    enum class AgentAnswer
    {
        Acknowledge,
        Dispute
    };
    FeedbackRow requireReleasedOwn(qint64 evaluationId, AgentAnswer answer);
    void requireAllowed(Action action, const QString &what) const;
    bool mayView(const FeedbackRow &row) const;
    bool isOwnAgent(const FeedbackRow &row) const;
    bool leadsTeamOf(const FeedbackRow &row) const;
    QString when(const QDateTime &utc) const;
    void audit(const QString &action, qint64 evaluationId, const QString &detail);

    Connection &m_connection;
    Person m_actor;
    Clock m_clock;
};

} // namespace qadesk
