#pragma once

#include "domain/Sampling.h"
#include "domain/WorkQueue.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace qadesk {

// Sample…: what to draw for the inspector — N per agent over a period, optional team, channel and
// category, oversampling of complaints and low CSAT, the seed that makes the draw reproducible, and optionally a
// share double-scored blind by a second inspector (continuous reliability).
class SampleDialog final : public QDialog
{
    Q_OBJECT

public:
    SampleDialog(const QList<TeamRef> &teams, QDate latestDay, QWidget *parent = nullptr);

    SampleRequest request(const QString &inspector) const;

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_perAgent;
    QComboBox *m_team;
    QComboBox *m_channel;
    QComboBox *m_category;
    QCheckBox *m_complaints;
    QDoubleSpinBox *m_complaintWeight;
    QCheckBox *m_lowCsat;
    QDoubleSpinBox *m_lowCsatWeight;
    QCheckBox *m_transcriptsOnly;
    QCheckBox *m_skipEvaluated;
    QLineEdit *m_seed;
    QSpinBox *m_doubleScore;
    QLineEdit *m_secondInspector;
};

} // namespace qadesk
