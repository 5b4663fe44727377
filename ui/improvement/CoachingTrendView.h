#pragma once

#include "domain/Coaching.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace qadesk {

// The coaching effect: the agent's weekly means on the session's dimension in the weeks before the session (grey)
// and after it (blue), weeks numbered from the session's week, with the pooled means and their n below.
class CoachingTrendView final : public QWidget
{
    Q_OBJECT

public:
    explicit CoachingTrendView(QWidget *parent = nullptr);
    void setTrend(const CoachingTrend &trend, const QString &dimensionName);
    void clear(const QString &message);
    QString summary() const;

private:
    QChartView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace qadesk
