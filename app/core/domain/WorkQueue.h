#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace qadesk {

// Which interactions the work queue lists.
enum class WorkQueueScope
{
    MyQueue,        // drawn for this inspector by a sample, or opened by them from search
    AllInteractions // the whole database (the filters and the search narrow it)
};

// The state of an interaction's newest evaluation, as the queue filters it.
enum class EvaluationState
{
    Any,
    NotStarted,
    Draft,
    Submitted
};

// The sortable columns, in the order the queue shows them.
enum class WorkQueueColumn
{
    Time,
    Agent,
    Team,
    Channel,
    Category,
    Duration,
    Csat,
    Status,
    Score
};
inline constexpr int kWorkQueueColumnCount = 9;

struct WorkQueueFilter
{
    WorkQueueScope scope = WorkQueueScope::MyQueue;
    QString inspector; // whose queue, for MyQueue
    EvaluationState state = EvaluationState::Any;
    QString channel;   // empty: any
    QString category;  // empty: any
    qint64 teamId = 0; // 0: any
    // Restrict to the hits of the last search (WorkQueueStore::setSearchHits).
    bool searchHitsOnly = false;

    bool operator==(const WorkQueueFilter &) const = default;
};

struct WorkQueueSort
{
    WorkQueueColumn column = WorkQueueColumn::Time;
    bool descending = true;

    bool operator==(const WorkQueueSort &) const = default;
};

// One line of the work queue: the interaction and the state of its newest evaluation.
struct WorkQueueRow
{
    qint64 interactionId = 0;
    QString externalId;
    QDateTime startedAt; // in the offset the source gave
    QString agentCode;
    QString agentName;
    QString teamName;
    QString channel;
    QString category;
    std::optional<double> handleS;
    std::optional<int> csat;
    bool complaint = false;
    int turnCount = 0;
    qint64 evaluationId = 0;  // 0: not started
    QString evaluationStatus; // draft, submitted, disputed, final; empty: not started
    std::optional<double> score;
    qint64 rectificationId = 0;     // drawn to verify this rectification item (0: none)
    QString rectificationDimension; // the item's dimension; empty: the whole evaluation
};

struct TeamRef
{
    qint64 id = 0;
    QString name;
};

} // namespace qadesk
