#pragma once

#include "calibration/ReliabilityAnalysis.h"
#include "domain/Rubric.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace qadesk {

// Continuous reliability for the manager: alpha per dimension and on the weighted score for each month of
// double-scored pairs (and over all of them), and each inspector's drift against their partners, month by month.
// Read on a worker thread.
class ReliabilityDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReliabilityDialog(QString databasePath, QWidget *parent = nullptr);

    bool isLoading() const { return m_loading; }

signals:
    void loaded();

private:
    void showResults(const ReliabilityResults &results, const Rubric &rubric);

    QString m_databasePath;
    bool m_loading = true;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_alpha = nullptr;
    QStandardItemModel *m_drift = nullptr;
    QTableView *m_alphaTable = nullptr;
    QTableView *m_driftTable = nullptr;
};

} // namespace qadesk
