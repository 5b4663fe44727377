#pragma once

#include "kpi/KpiCatalog.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDoubleSpinBox;

namespace qadesk {

class AppSettings;

// Edits the target of every KPI (or none) and how far from it a figure still shows amber; saved in the settings.
class TargetsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TargetsDialog(AppSettings &settings, QWidget *parent = nullptr);

    // Writes the edited values to the settings (what OK does).
    void save();
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

    AppSettings &m_settings;
    QHash<Kpi, Row> m_rows;
    Row m_email;
};

} // namespace qadesk
