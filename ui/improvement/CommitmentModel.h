#pragma once

#include "domain/Coaching.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace qadesk {

// Commitments (of a session, or an agent's open ones): overdue ones in red. Holds data only.
class CommitmentModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, DueColumn, DoneColumn, ColumnCount };
    enum Role { CommitmentIdRole = Qt::UserRole + 1, DoneRole };

    explicit CommitmentModel(QObject *parent = nullptr);
    void setCommitments(QList<CoachingCommitment> commitments, const QDate &today);
    const CoachingCommitment &commitment(int row) const { return m_commitments.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CoachingCommitment> m_commitments;
    QDate m_today;
};

} // namespace qadesk
