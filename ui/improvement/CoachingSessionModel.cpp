#include "CoachingSessionModel.h"

#include <QColor>
#include <QLocale>

namespace qadesk {

CoachingSessionModel::CoachingSessionModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CoachingSessionModel::setSessions(QList<CoachingSession> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

void CoachingSessionModel::setDimensionNames(QHash<QString, QString> names)
{
    m_dimensionNames = std::move(names);
    if (!m_sessions.isEmpty()) {
        emit dataChanged(index(0, DimensionColumn), index(rowCount() - 1, DimensionColumn), {Qt::DisplayRole});
    }
}

int CoachingSessionModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int CoachingSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int CoachingSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoachingSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CoachingSession &s = m_sessions.at(index.row());
    if (role == SessionIdRole) {
        return s.id;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(s.heldOn, QLocale::ShortFormat);
    case AgentColumn:
        return s.agentName.isEmpty() ? s.agentCode : QStringLiteral("%1 (%2)").arg(s.agentName, s.agentCode);
    case CoachColumn:
        return s.coach;
    case DimensionColumn:
        return s.dimensionKey.isEmpty() ? QString() : m_dimensionNames.value(s.dimensionKey, s.dimensionKey);
    case CommitmentsColumn: {
        qsizetype open = 0;
        for (const CoachingCommitment &c : s.commitments) {
            open += c.done ? 0 : 1;
        }
        return tr("%1 open of %2").arg(open).arg(s.commitments.size());
    }
    default:
        return {};
    }
}

QVariant CoachingSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case AgentColumn:
        return tr("Agent");
    case CoachColumn:
        return tr("Coach");
    case DimensionColumn:
        return tr("Dimension");
    case CommitmentsColumn:
        return tr("Commitments");
    default:
        return {};
    }
}

} // namespace qadesk
