#include "DrillDownEvaluationModel.h"

#include "DashboardFormat.h"
#include "DashboardRoles.h"
#include "domain/DomainLabels.h"
#include "scoring/ScoreCalculator.h"

namespace qadesk {

namespace {

const QString kDateTime = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

DrillDownEvaluationModel::DrillDownEvaluationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DrillDownEvaluationModel::setRows(const QList<EvaluationListRow> &rows, const QList<GradeBand> &gradeBands)
{
    beginResetModel();
    m_rows = rows;
    m_bands = gradeBands;
    endResetModel();
}

QList<qint64> DrillDownEvaluationModel::interactionIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const EvaluationListRow &r : m_rows) {
        if (!ids.contains(r.interactionId)) {
            ids << r.interactionId;
        }
    }
    return ids;
}

int DrillDownEvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownEvaluationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownEvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EvaluationListRow &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.id;
    case InteractionIdRole:
        return r.interactionId;
    case Qt::TextAlignmentRole:
        return index.column() == Score || index.column() == DimensionLevel ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                            : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started:
            return r.startedAt.toString(kDateTime);
        case ExternalId:
            return r.externalId;
        case Agent:
            return r.agentName.isEmpty() ? r.agentCode : r.agentName;
        case Team:
            return r.teamName;
        case Score:
            return r.score ? ScoreCalculator::formatScore(*r.score) : QStringLiteral("\u2014");
        case Grade:
            return DomainLabels::grade(m_bands, r.gradeKey);
        case DimensionLevel:
            return r.dimensionLevel ? QVariant(*r.dimensionLevel) : QVariant();
        case Inspector:
            return r.inspector;
        case Status:
            return DomainLabels::status(r.status);
        case Submitted:
            return r.submittedAt.isValid() ? r.submittedAt.toString(kDateTime) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Started:
            return r.startedAt.toSecsSinceEpoch();
        case Score:
            return r.score ? QVariant(*r.score) : QVariant();
        case DimensionLevel:
            return r.dimensionLevel ? QVariant(*r.dimensionLevel) : QVariant();
        case Submitted:
            return r.submittedAt.isValid() ? QVariant(r.submittedAt.toSecsSinceEpoch()) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant DrillDownEvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Started:
        return tr("Interaction");
    case ExternalId:
        return tr("ID");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Score:
        return tr("Score");
    case Grade:
        return tr("Grade");
    case DimensionLevel:
        return tr("Level");
    case Inspector:
        return tr("Inspector");
    case Status:
        return tr("Status");
    case Submitted:
        return tr("Submitted");
    default:
        return {};
    }
}

} // namespace qadesk
