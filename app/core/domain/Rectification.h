#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// The states of a rectification (整改) item: open → in_progress → submitted → verified, or reopened (when a
// verification interaction fails, or a lead reopens it), and from reopened → in_progress again.
enum class RectificationState
{
    Open,
    InProgress,
    Submitted,
    Verified,
    Reopened
};

QString rectificationStateKey(RectificationState state);
std::optional<RectificationState> rectificationStateFromKey(const QString &key);
QList<RectificationState> allRectificationStates();
// The state in words: DomainLabels::rectificationState(key), with the other states' words.

// How many of the agent's next interactions verify a submission when the item does not say (1..20 per item).
inline constexpr int kDefaultVerificationChecks = 3;
// A dimension passes a verification interaction at the organisation's dimension target (KpiTargets::
// dimensionLevel, by default this) or above; without a dimension the weighted score must reach the rubric's pass band.
inline constexpr int kPassingLevel = 3;

// One interaction drawn to verify a submission, and what its evaluation showed.
struct VerificationCheck
{
    qint64 interactionId = 0;
    QString externalId;
    QDateTime startedAt; // UTC
    int round = 0;
    QDateTime drawnAt; // UTC
    qint64 evaluationId = 0;        // 0: not evaluated yet
    std::optional<double> level;    // the dimension's level, or the weighted score
    QString result;                 // empty (pending), pass, fail, void
};

struct RectificationHistoryEntry
{
    QDateTime at; // UTC
    QString actor;
    QString fromState; // empty for the first entry
    QString toState;
    QString note;
};

struct RectificationItem
{
    qint64 id = 0;
    QString agentCode;
    QString agentName;
    QString teamName;
    QString dimensionKey; // empty: the whole evaluation
    QString source;       // evaluation, finding, manual
    qint64 evaluationId = 0;
    QString finding;      // JSON of a dashboard finding
    QString owner;        // the agent person's login
    QString ownerName;
    QString raisedBy;
    QString verifier;
    QDateTime raisedAt; // UTC
    QDate dueDate;
    QString requiredAction;
    RectificationState state = RectificationState::Open;
    int checksRequired = kDefaultVerificationChecks;
    int round = 0;
    QDateTime submittedAt; // UTC; invalid before the first submission
    QDateTime closedAt;    // UTC; when verified
    // The current round's checks: drawn (not void), evaluated as passing, failing.
    int checksDrawn = 0;
    int checksPassed = 0;
    int checksFailed = 0;

    // Still the owner's to do (open, in progress, reopened).
    bool awaitsOwner() const
    {
        return state == RectificationState::Open || state == RectificationState::InProgress ||
               state == RectificationState::Reopened;
    }
    // Days past the due date on `today` while the owner still has it; 0 when not late.
    int daysLate(const QDate &today) const
    {
        return awaitsOwner() && dueDate.isValid() && today > dueDate ? int(dueDate.daysTo(today)) : 0;
    }
};

// The item with its history and verification interactions, as the dialog and `rectification show` give it.
struct RectificationDetail
{
    RectificationItem item;
    QList<RectificationHistoryEntry> history;
    QList<VerificationCheck> checks; // every round, newest round first
    double passingLevel = kPassingLevel; // the dimension target a check is held to (KpiTargets::dimensionLevel)
};

struct NewRectification
{
    QString agentCode;    // from the evaluation when empty and evaluationId is set
    QString dimensionKey; // empty: the whole evaluation
    qint64 evaluationId = 0;
    QString finding;      // a dashboard finding (JSON); source "finding" when set
    QString owner;        // the agent person; the agent's only person when empty
    QString verifier;     // empty: the evaluation's inspector, else the person raising it
    QDate dueDate;
    QString requiredAction;
    int checksRequired = kDefaultVerificationChecks;
};

// What a lead may change on an item that is not yet verified; unset fields stay.
struct RectificationEdit
{
    std::optional<QDate> dueDate;
    std::optional<QString> requiredAction;
    std::optional<int> checksRequired;
    std::optional<QString> verifier;
};

struct RectificationFilter
{
    std::optional<RectificationState> state;
    QString agentCode;
    QString teamName;
    QString owner;        // an agent person's login
    bool overdueOnly = false;
    QDate today;          // in the organisation's zone, for overdueOnly
};

// An agent whose weekly mean on a dimension stayed below a threshold for consecutive weeks (a dashboard finding).
struct WeeklyMean
{
    QDate weekStart; // Monday
    double mean = 0;
    qint64 n = 0;
};

struct DimensionFinding
{
    QString agentCode;
    QString agentName;
    QString teamName;
    QString dimensionKey;
    double threshold = 0;
    QList<WeeklyMean> weeks; // oldest first
};

} // namespace qadesk
