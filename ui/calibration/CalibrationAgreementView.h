#pragma once

#include "calibration/CalibrationResults.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace qadesk {

// The Agreement tab of a calibration session: the weighted score's alpha in a sentence, then every alpha with its
// level, interval, reading, n and the deviation from the expert, and how to read them.
class CalibrationAgreementView final : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationAgreementView(QWidget *parent = nullptr);

    void setResults(const CalibrationResults &results);

private:
    QLabel *m_verdict = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace qadesk
