#pragma once

#include "ImprovementContext.h"
#include "domain/Person.h"
#include "domain/Rectification.h"

#include <QDialog>

class QPushButton;
class QTableWidget;
class QLabel;

namespace qadesk {

class DatabaseWorker;

// Dashboard findings: agents whose weekly mean on a dimension stayed below 3.0 in each of the last 4 weeks (for a
// lead, their team's), loaded through the worker; "Raise rectification" raises an item from the chosen finding.
class FindingsDialog final : public QDialog
{
    Q_OBJECT

public:
    FindingsDialog(DatabaseWorker &worker, const Person &person, const ImprovementContext &context,
                   const QString &agentCode = {}, QWidget *parent = nullptr);

    const QList<DimensionFinding> &findings() const { return m_findings; }
    QPushButton *raiseButton() const { return m_raise; }

signals:
    void loaded();
    void raiseRequested(const qadesk::DimensionFinding &finding);

private:
    DatabaseWorker &m_worker;
    QList<DimensionFinding> m_findings;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_raise = nullptr;
};

} // namespace qadesk
