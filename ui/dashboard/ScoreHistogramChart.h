#pragma once

#include "domain/Rubric.h"

#include <QChart>

#include <array>

class QCategoryAxis;
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
    // The score labels the x axis shows now, thinned out to fit.
    QStringList axisLabels() const;
    qint64 count(int bin) const { return bin >= 0 && bin < 10 ? m_bins[size_t(bin)] : 0; }

signals:
    void binHovered(int bin); // -1 when the pointer leaves the bars
    void binClicked(int bin);

private:
    void relabel();

    std::array<qint64, 10> m_bins{};
    QList<GradeBand> m_bands;
    QCategoryAxis *m_x = nullptr;
    int m_labelStep = 0;
    QStringList m_shortNames; // of the legend's bands, in marker order
    QValueAxis *m_y = nullptr;
};

} // namespace qadesk
