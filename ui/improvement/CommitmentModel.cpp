#include "CommitmentModel.h"

#include <QColor>
#include <QLocale>

namespace qadesk {

CommitmentModel::CommitmentModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CommitmentModel::setCommitments(QList<CoachingCommitment> commitments, const QDate &today)
{
    beginResetModel();
    m_commitments = std::move(commitments);
    m_today = today;
    endResetModel();
}

int CommitmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commitments.size());
}

int CommitmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CoachingCommitment &c = m_commitments.at(index.row());
    switch (role) {
    case CommitmentIdRole:
        return c.id;
    case DoneRole:
        return c.done;
    case Qt::ForegroundRole:
        return c.isOverdue(m_today) && index.column() == DueColumn ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return c.text;
        case DueColumn:
            if (!c.dueDate.isValid()) {
                return QString();
            }
            return c.isOverdue(m_today) ? tr("%1 (%n day(s) late)", nullptr, int(c.dueDate.daysTo(m_today)))
                                              .arg(QLocale().toString(c.dueDate, QLocale::ShortFormat))
                                        : QLocale().toString(c.dueDate, QLocale::ShortFormat);
        case DoneColumn:
            return c.done ? tr("Done") : tr("Open");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CommitmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TextColumn:
        return tr("Commitment");
    case DueColumn:
        return tr("Due");
    case DoneColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace qadesk
