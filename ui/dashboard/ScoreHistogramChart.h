#pragma once

#include "domain/Rubric.h"

#include <QChart>

#include <array>

class QBarCategoryAxis;
class QValueAxis;

namespace qadesk {

// How the QA scores of the period spread over ten 10-point bins, each bar in the colour of its grade band.
class ScoreHistogramChart final : public QChart
{
    Q_OBJECT

public:
    explicit ScoreHistogramChart(QGraphicsItem *parent = nullptr);

    void setData(const std::array<qint64, 10> &bins, const QList<GradeBand> &bands);
    static QString binLabel(int bin);
    QString describe(int bin) const;
    QString toTsv() const;
    qint64 count(int bin) const { return bin >= 0 && bin < 10 ? m_bins[size_t(bin)] : 0; }

signals:
    void binHovered(int bin); // -1 when the pointer leaves the bars
    void binClicked(int bin);

private:
    std::array<qint64, 10> m_bins{};
    QList<GradeBand> m_bands;
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace qadesk
