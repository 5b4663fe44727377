#pragma once

#include "domain/Rectification.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace qadesk {

// Rectification items as a table: overdue ones in red with the days late. Holds data only; never touches the
// database.
class RectificationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, AgentColumn, TeamColumn, DimensionColumn, DueColumn, LateColumn, StateColumn,
                  VerificationColumn, ActionColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, DaysLateRole, StateKeyRole };

    explicit RectificationListModel(QObject *parent = nullptr);

    void setItems(QList<RectificationItem> items, const QDate &today);
    // Dimension key → the name to show (from the rubric).
    void setDimensionNames(QHash<QString, QString> names);
    const RectificationItem &item(int row) const { return m_items.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RectificationItem> m_items;
    QHash<QString, QString> m_dimensionNames;
    QDate m_today;
};

} // namespace qadesk
