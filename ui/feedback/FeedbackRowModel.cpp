#include "FeedbackRowModel.h"

#include "common/OrgTime.h"
#include "domain/DomainLabels.h"
#include "scoring/ScoreCalculator.h"

#include <QBrush>
#include <QColor>

namespace qadesk {

void FeedbackRowModel::setRows(QList<FeedbackRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FeedbackRowModel::rowOf(qint64 evaluationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).evaluationId == evaluationId) {
            return i;
        }
    }
    return -1;
}

int FeedbackRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const FeedbackRow &r = m_rows.at(index.row());
    if (role == Qt::UserRole) {
        return r.evaluationId;
    }
    if (role == Qt::ForegroundRole && r.overdue && index.column() == DeadlineColumn) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ScoreColumn || index.column() == EvaluationColumn ||
                                          index.column() == VersionColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == InspectorColumn) {
        return tr("Login: %1").arg(r.inspector); // the column shows the person's name
    }
    if (role == Qt::ToolTipRole && index.column() == DeadlineColumn && r.deadline.isValid()) {
        return r.overdue ? tr("The deadline has passed.") : tr("Due by this time.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case EvaluationColumn:
        return r.evaluationId;
    case InteractionColumn:
        return r.externalId;
    case AgentColumn:
        return r.agentName.isEmpty() ? r.agentCode : tr("%1 (%2)").arg(r.agentName, r.agentCode);
    case InspectorColumn:
        return r.inspectorName.isEmpty() ? r.inspector : r.inspectorName;
    case ScoreColumn:
        return r.score ? ScoreCalculator::formatScore(*r.score) : QStringLiteral("—");
    case StateColumn:
        if (!r.outcome.isEmpty() && r.state != FeedbackState::Disputed && r.state != FeedbackState::Escalated) {
            return tr("%1 · %2").arg(DomainLabels::feedbackState(r.state), DomainLabels::disputeOutcome(r.outcome));
        }
        return DomainLabels::feedbackState(r.state);
    case DeadlineColumn:
        if (!r.deadline.isValid()) {
            return QString();
        }
        return r.overdue ? tr("%1 (overdue)").arg(OrgTime::text(r.deadline)) : OrgTime::text(r.deadline);
    case VersionColumn:
        return r.version;
    default:
        return {};
    }
}

QVariant FeedbackRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case EvaluationColumn:
        return tr("No.");
    case InteractionColumn:
        return tr("Interaction");
    case AgentColumn:
        return tr("Agent");
    case InspectorColumn:
        return tr("Inspector");
    case ScoreColumn:
        return tr("Score");
    case StateColumn:
        return tr("Feedback");
    case DeadlineColumn:
        return tr("Deadline");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}

} // namespace qadesk
