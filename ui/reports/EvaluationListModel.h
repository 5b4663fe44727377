#pragma once

#include "domain/EvaluationRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace qadesk {

// Submitted evaluations as a table for the reports page: one row per EvaluationRecord loaded through
// EvaluationReportStore. Holds data only; it never touches the database.
class EvaluationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, InteractionColumn, StartedColumn, AgentColumn, TeamColumn, InspectorColumn, ScoreColumn,
                  GradeColumn, StatusColumn, ColumnCount };
    enum Role {
        EvaluationIdRole = Qt::UserRole + 1, // qint64
        SortRole,                            // a value that sorts right (numbers as numbers, times as times)
        AgentCodeRole,
        TeamRole,
    };

    explicit EvaluationListModel(QObject *parent = nullptr);

    void setRecords(QList<EvaluationRecord> records);
    // Grade key → the name to show (from the rubric, in the interface language).
    void setGradeNames(QHash<QString, QString> names);
    const EvaluationRecord &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvaluationRecord> m_records;
    QHash<QString, QString> m_gradeNames;
};

} // namespace qadesk
