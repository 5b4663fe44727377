#pragma once

#include "domain/Coaching.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace qadesk {

// Coaching sessions as a table (newest first, as loaded). Holds data only.
class CoachingSessionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, AgentColumn, CoachColumn, DimensionColumn, CommitmentsColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    explicit CoachingSessionModel(QObject *parent = nullptr);
    void setSessions(QList<CoachingSession> sessions);
    void setDimensionNames(QHash<QString, QString> names);
    const CoachingSession &session(int row) const { return m_sessions.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CoachingSession> m_sessions;
    QHash<QString, QString> m_dimensionNames;
};

} // namespace qadesk
