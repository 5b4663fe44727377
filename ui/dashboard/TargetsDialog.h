#pragma once

#include "kpi/KpiTargets.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDoubleSpinBox;

namespace qadesk {

// Shows the organisation's target of every KPI (or none) and how far from it a figure still shows amber; a QA
// manager or an administrator edits them (the page stores the result in the database), anyone else reads them.
class TargetsDialog final : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(const KpiTargets &current, bool editable, QWidget *parent = nullptr);

    // The targets as edited (every key set).
    KpiTargets result() const;
    QDoubleSpinBox *targetEditor(Kpi kpi) const { return m_rows.value(kpi).target; }
    QCheckBox *targetSwitch(Kpi kpi) const { return m_rows.value(kpi).enabled; }
    // The first-response target of e-mail, edited in hours.
    QDoubleSpinBox *emailResponseEditor() const { return m_email.target; }
    QCheckBox *emailResponseSwitch() const { return m_email.enabled; }

private:
    struct Row
    {
        QCheckBox *enabled = nullptr;
        QDoubleSpinBox *target = nullptr;
        QDoubleSpinBox *margin = nullptr;
    };
    void load(bool defaults);

    KpiTargets m_current;
    QHash<Kpi, Row> m_rows;
    Row m_email;
};

} // namespace qadesk
