#include "RectificationListModel.h"

#include "domain/DomainLabels.h"

#include <QColor>
#include <QLocale>

namespace qadesk {

RectificationListModel::RectificationListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void RectificationListModel::setItems(QList<RectificationItem> items, const QDate &today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

void RectificationListModel::setDimensionNames(QHash<QString, QString> names)
{
    m_dimensionNames = std::move(names);
    if (!m_items.isEmpty()) {
        emit dataChanged(index(0, DimensionColumn), index(rowCount() - 1, DimensionColumn), {Qt::DisplayRole});
    }
}

int RectificationListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int RectificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RectificationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RectificationItem &r = m_items.at(index.row());
    const int late = r.daysLate(m_today);
    switch (role) {
    case ItemIdRole:
        return r.id;
    case DaysLateRole:
        return late;
    case StateKeyRole:
        return rectificationStateKey(r.state);
    case Qt::ForegroundRole:
        if (late > 0 && (index.column() == DueColumn || index.column() == LateColumn)) {
            return QColor(0xc6, 0x28, 0x28);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn || index.column() == AgentColumn) {
            return tr("%1\nOwner: %2 · raised by %3 · verified by %4")
                .arg(r.requiredAction, r.ownerName.isEmpty() ? r.owner : r.ownerName, r.raisedBy, r.verifier);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IdColumn:
        return r.id;
    case AgentColumn:
        return r.agentName.isEmpty() ? r.agentCode : QStringLiteral("%1 (%2)").arg(r.agentName, r.agentCode);
    case TeamColumn:
        return r.teamName;
    case DimensionColumn:
        return r.dimensionKey.isEmpty() ? tr("Whole evaluation") : m_dimensionNames.value(r.dimensionKey, r.dimensionKey);
    case DueColumn:
        return QLocale().toString(r.dueDate, QLocale::ShortFormat);
    case LateColumn:
        return late > 0 ? tr("%n day(s) late", nullptr, late) : QString();
    case StateColumn:
        return DomainLabels::rectificationState(r.state);
    case VerificationColumn:
        if (r.round == 0) {
            return QString();
        }
        return r.checksFailed > 0 ? tr("%1/%2 passed, %3 failed").arg(r.checksPassed).arg(r.checksRequired).arg(r.checksFailed)
                                  : tr("%1/%2 passed").arg(r.checksPassed).arg(r.checksRequired);
    case ActionColumn:
        return r.requiredAction.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant RectificationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IdColumn:
        return tr("No.");
    case AgentColumn:
        return tr("Agent");
    case TeamColumn:
        return tr("Team");
    case DimensionColumn:
        return tr("Dimension");
    case DueColumn:
        return tr("Due");
    case LateColumn:
        return tr("Overdue");
    case StateColumn:
        return tr("State");
    case VerificationColumn:
        return tr("Verification");
    case ActionColumn:
        return tr("Required action");
    default:
        return {};
    }
}

} // namespace qadesk
