#pragma once

#include "domain/Person.h"
#include "domain/Rectification.h"

#include <QList>

namespace qadesk {

class Connection;

// Rectification (整改) for one person: checks their role and ownership (ImprovementRules) before each change and
// refuses with a translated error naming who and what; every transition is one transaction with its history row
// and audit entry (RectificationStore). Runs on a worker thread or in qadesk-cli, never on the GUI thread.
class RectificationService final
{
public:
    RectificationService(Connection &connection, Person actor);


    // Raises an item (open). From an evaluation the agent is the evaluation's and the verifier its inspector; the
    // owner defaults to the agent's one person.
    RectificationDetail raise(NewRectification item);
    RectificationDetail edit(qint64 id, const RectificationEdit &edit);
    // The owner: open or reopened → in progress; in progress → submitted (draws the verification interactions).
    RectificationDetail start(qint64 id, const QString &note = {});
    RectificationDetail submit(qint64 id, const QString &note = {});
    // A lead or manager: checks the evidence now; refused unless every verification interaction passed.
    RectificationDetail verify(qint64 id, const QString &note = {});
    // A lead or manager: submitted or verified → reopened, with a reason.
    RectificationDetail reopen(qint64 id, const QString &note);

    // The items the person may see, narrowed by the filter.
    QList<RectificationItem> list(RectificationFilter filter);
    RectificationDetail show(qint64 id);
    // The organisation's dimension target (KpiTargets::dimensionLevel): what findings and verification hold to.
    double dimensionTarget();
    // Dashboard findings (agents below `threshold`, by default the dimension target, on a dimension for `weeks` consecutive weeks up to lastDay), for
    // those who assign rectification; a lead sees their team's.
    QList<DimensionFinding> findings(const QDate &lastDay, int weeks = 4, std::optional<double> threshold = std::nullopt,
                                     const QString &agentCode = {});
    // Draws the verification interactions that have arrived since the last look (e.g. after an import).
    int drawPending();

private:
    RectificationDetail require(qint64 id);
    RectificationDetail move(qint64 id, QList<RectificationState> from, RectificationState to, const QString &note);

    Connection &m_connection;
    Person m_actor;
};

} // namespace qadesk
