#include "CalibrationHeatMap.h"

#include "calibration/CalibrationText.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace qadesk {
namespace {

constexpr int kCellWidth = 76;
constexpr int kRowHeight = 26;
constexpr int kHeaderHeight = 30;

} // namespace

CalibrationHeatMap::CalibrationHeatMap(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calibrationHeatMap"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void CalibrationHeatMap::setReport(const CalibrationReport &report)
{
    m_report = report;
    updateGeometry();
    update();
}

int CalibrationHeatMap::labelWidth() const
{
    int width = fontMetrics().horizontalAdvance(tr("Interaction"));
    for (const CalibrationItem &item : m_report.items) {
        width = std::max(width, fontMetrics().horizontalAdvance(item.externalId));
    }
    return std::min(width + 16, 220);
}

QSize CalibrationHeatMap::sizeHint() const
{
    const auto &r = m_report.results;
    return {labelWidth() + int(r.graderNames.size()) * kCellWidth + 2,
            kHeaderHeight + int(r.interactionIds.size()) * kRowHeight + 2};
}

QSize CalibrationHeatMap::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

QColor CalibrationHeatMap::fillFor(const HeatCell &cell)
{
    if (!cell.submitted) {
        return QColor(0xee, 0xee, 0xee);
    }
    if (!cell.deviation) {
        return QColor(0xfa, 0xfa, 0xfa);
    }
    const double strength = std::min(std::abs(*cell.deviation) / 20.0, 1.0);
    const QColor base = *cell.deviation >= 0 ? QColor(0x3b, 0x7d, 0xd8) : QColor(0xd8, 0x4a, 0x3b);
    const auto mix = [strength](int from, int to) { return int(std::lround(from + (to - from) * strength * 0.6)); };
    return QColor(mix(255, base.red()), mix(255, base.green()), mix(255, base.blue()));
}

void CalibrationHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const auto &r = m_report.results;
    const int left = labelWidth();
    const QFontMetrics metrics = fontMetrics();
    p.setPen(palette().text().color());
    for (int g = 0; g < r.graderNames.size(); ++g) {
        const QRect box(left + g * kCellWidth, 0, kCellWidth, kHeaderHeight);
        QString name = r.graderNames.at(g);
        if (name == r.expert) {
            name = tr("%1 ★").arg(name);
        }
        p.drawText(box.adjusted(2, 0, -2, 0), Qt::AlignCenter,
                   metrics.elidedText(name, Qt::ElideRight, kCellWidth - 4));
    }
    for (int u = 0; u < r.interactionIds.size(); ++u) {
        const int top = kHeaderHeight + u * kRowHeight;
        p.setPen(palette().text().color());
        p.drawText(QRect(4, top, left - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(m_report.externalId(r.interactionIds.at(u)), Qt::ElideMiddle, left - 8));
        for (int g = 0; g < r.graderNames.size(); ++g) {
            const HeatCell &cell = r.heatMap.at(u).at(g);
            const QRect box(left + g * kCellWidth, top, kCellWidth, kRowHeight);
            p.fillRect(box.adjusted(1, 1, -1, -1), fillFor(cell));
            p.setPen(QColor(0x22, 0x22, 0x22));
            const QString text = !cell.submitted ? QStringLiteral("·")
                                 : cell.score    ? QString::number(*cell.score, 'f', 1)
                                                 : tr("N/A");
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
}

} // namespace qadesk
