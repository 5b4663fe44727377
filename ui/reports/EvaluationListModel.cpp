#include "EvaluationListModel.h"

#include "domain/DomainLabels.h"
#include "report/ReportLabels.h"
#include "scoring/ScoreCalculator.h"

namespace qadesk {

EvaluationListModel::EvaluationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EvaluationListModel::setRecords(QList<EvaluationRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void EvaluationListModel::setGradeNames(QHash<QString, QString> names)
{
    m_gradeNames = std::move(names);
    if (!m_records.isEmpty()) {
        emit dataChanged(index(0, GradeColumn), index(rowCount() - 1, GradeColumn), {Qt::DisplayRole});
    }
}

int EvaluationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int EvaluationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EvaluationRecord &r = m_records.at(index.row());
    switch (role) {
    case EvaluationIdRole:
        return r.evaluationId;
    case AgentCodeRole:
        return r.agentCode;
    case TeamRole:
        return r.teamName;
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn || index.column() == ScoreColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return r.evaluationId;
        case StartedColumn:
            return r.startedAt;
        case ScoreColumn:
            return r.score ? QVariant(*r.score) : QVariant(-1.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r.evaluationId;
        case InteractionColumn:
            return r.externalId;
        case StartedColumn:
            return r.localStart().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case AgentColumn:
            return AgentRecord{r.agentCode, r.agentName, r.teamName}.displayName();
        case TeamColumn:
            return r.teamName;
        case InspectorColumn:
            return r.inspector;
        case ScoreColumn:
            return r.score ? ScoreCalculator::formatScore(*r.score) : ReportLabels::missing();
        case GradeColumn: {
            const QString name = m_gradeNames.value(r.gradeKey, r.gradeKey);
            return r.criticalFailed ? tr("%1 (veto)").arg(name) : name;
        }
        case StatusColumn:
            return DomainLabels::status(r.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return r.overallComment.isEmpty() ? QVariant() : QVariant(r.overallComment);
    default:
        return {};
    }
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("No.");
    case InteractionColumn:
        return tr("Interaction");
    case StartedColumn:
        return tr("Started");
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case InspectorColumn:
        return tr("Inspector");
    case ScoreColumn:
        return tr("Score");
    case GradeColumn:
        return tr("Grade");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace qadesk
