#pragma once

#include "domain/Calibration.h"
#include "domain/WorkQueue.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace qadesk {

// A new calibration session: its name, the interactions (listed from the work queue or a search, picked by hand or
// by a seeded random draw), the participants, an optional expert, a deadline and whether scores stay blind until
// the session closes. Candidates are read on a worker thread.
class CalibrationSessionDialog final : public QDialog
{
    Q_OBJECT

public:
    CalibrationSessionDialog(QString databasePath, const QString &manager, QWidget *parent = nullptr);

    // The session as entered (createdBy is the manager); valid once accepted.
    CalibrationSession session() const;
    QList<qint64> checkedInteractions() const;

    // Lists the candidates (the queue scope chosen, narrowed by the search text); asynchronous.
    void loadCandidates();
    // Checks a seeded random draw of the draw-size spin's number among the listed candidates.
    void drawSample();

signals:
    void candidatesLoaded();

public slots:
    void accept() override;

private:
    void setCandidates(const QList<WorkQueueRow> &rows);
    void updateSummary();
    void updateExperts();
    QStringList participants() const;

    QString m_databasePath;
    QString m_manager;
    int m_generation = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_search = nullptr;
    QStandardItemModel *m_candidates = nullptr;
    QTableView *m_table = nullptr;
    QSpinBox *m_drawSize = nullptr;
    QSpinBox *m_seed = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_participants = nullptr;
    QComboBox *m_expert = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    QCheckBox *m_blind = nullptr;
};

} // namespace qadesk
