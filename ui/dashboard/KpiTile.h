#pragma once

#include "kpi/KpiCatalog.h"
#include "kpi/KpiValues.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace qadesk {

// One KPI at a glance: value, n, change against the previous period, target with green / amber / red, the 95 %
// interval of a rate and a small-sample mark; the figure of the comparison level (team or centre) when there is
// one. Clicking it asks for the interactions or evaluations behind the figure.
class KpiTile final : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(Kpi kpi, QWidget *parent = nullptr);

    Kpi kpi() const { return m_kpi; }
    void setFigures(const KpiValues &current, const KpiValues &previous, const QString &previousPeriod,
                    std::optional<double> target, double amberMargin, const QString &comparisonLabel,
                    const std::optional<KpiValues> &comparison);

    // What the tile shows, for tests and accessibility.
    QString valueText() const;
    QString sampleText() const;
    QString changeText() const;
    // The previous period's figure rests on a small sample: its change is shown grey and marked.
    bool isSmallBase() const { return m_smallBase; }
    TargetStatus status() const { return m_status; }
    bool isSmallSample() const { return m_smallSample; }

signals:
    void clicked(qadesk::Kpi kpi);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    Kpi m_kpi;
    TargetStatus m_status = TargetStatus::NoTarget;
    bool m_smallSample = false;
    bool m_smallBase = false;
    QLabel *m_name = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_sample = nullptr;
    QLabel *m_interval = nullptr;
    QLabel *m_comparison = nullptr;
};

} // namespace qadesk
