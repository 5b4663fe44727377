#include "WaveformView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace qadesk {

WaveformView::WaveformView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("waveformView"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(72);
    setAccessibleName(tr("Waveform of the recording"));
}

void WaveformView::setEnvelope(const AudioEnvelope &envelope, const RecordingAnalysis &analysis, int agentChannel)
{
    m_envelope = envelope;
    m_analysis = analysis;
    m_agentChannel = agentChannel;
    m_durationMs = envelope.format.durationMs();
    // Stereo lanes are named on the left.
    const QFontMetrics metrics(labelFont());
    m_labelWidth = envelope.channels() == 2
                       ? std::max(metrics.horizontalAdvance(tr("Agent")), metrics.horizontalAdvance(tr("Customer"))) + 8
                       : 0;
    rebuildColumns();
    update();
}

QFont WaveformView::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

void WaveformView::setDurationMs(qint64 durationMs)
{
    if (m_envelope.isEmpty()) {
        m_durationMs = durationMs;
        update();
    }
}

void WaveformView::setTurnStarts(const QList<qint64> &startsMs)
{
    m_turnStarts = startsMs;
    update();
}

void WaveformView::setHolds(const QList<TimeSpan> &holds)
{
    m_holds = holds;
    update();
}

void WaveformView::setPosition(qint64 ms)
{
    const int before = xAt(m_positionMs);
    m_positionMs = ms;
    const int after = xAt(m_positionMs);
    if (before != after) {
        update(QRect(std::min(before, after) - 2, 0, std::abs(after - before) + 5, height()));
    }
}

void WaveformView::clear()
{
    m_envelope = {};
    m_analysis = {};
    m_durationMs = 0;
    m_positionMs = 0;
    m_turnStarts.clear();
    m_holds.clear();
    m_columns.clear();
    m_labelWidth = 0;
    update();
}

qint64 WaveformView::positionAt(int x) const
{
    const int w = std::max(1, width() - m_labelWidth);
    return std::clamp<qint64>(qint64(double(x - m_labelWidth) / w * double(m_durationMs)), 0, m_durationMs);
}

int WaveformView::xAt(qint64 ms) const
{
    if (m_durationMs <= 0) {
        return m_labelWidth;
    }
    return m_labelWidth + int(double(ms) / double(m_durationMs) * (width() - m_labelWidth));
}

void WaveformView::rebuildColumns()
{
    m_columns.clear();
    const qsizetype windows = m_envelope.windows();
    const int w = width() - m_labelWidth;
    if (windows == 0 || w <= 0) {
        return;
    }
    for (int lane = 0; lane < m_envelope.channels(); ++lane) {
        // Stereo lanes: the agent on top.
        const int channel = m_envelope.channels() == 2 ? (lane == 0 ? m_agentChannel : 1 - m_agentChannel) : lane;
        const QList<qint16> &peaks = m_envelope.peak.at(channel);
        QList<qint16> column(w, 0);
        for (int x = 0; x < w; ++x) {
            const qsizetype from = qsizetype(double(x) / w * double(windows));
            const qsizetype to = std::max(from + 1, qsizetype(double(x + 1) / w * double(windows)));
            qint16 peak = 0;
            for (qsizetype i = from; i < std::min(to, windows); ++i) {
                peak = std::max(peak, peaks[i]);
            }
            column[x] = peak;
        }
        m_columns << column;
    }
}

void WaveformView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuildColumns();
}

void WaveformView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setClipRect(event->rect());
    painter.fillRect(rect(), QColor(0xF7, 0xF8, 0xFA));
    const int lanes = std::max<int>(1, int(m_columns.size()));
    const int laneHeight = height() / lanes;
    // Silences and overtalk behind the waveform.
    for (const TimeSpan &span : std::as_const(m_analysis.silences)) {
        painter.fillRect(QRect(QPoint(xAt(span.startMs), 0), QPoint(xAt(span.endMs), height())),
                         QColor(0xD0, 0xD4, 0xDA, 160));
    }
    for (const TimeSpan &span : std::as_const(m_holds)) {
        painter.fillRect(QRect(QPoint(xAt(span.startMs), 0), QPoint(xAt(span.endMs), height())),
                         QColor(0xFF, 0xC8, 0x6B, 110));
    }
    for (const TimeSpan &span : std::as_const(m_analysis.overtalk)) {
        painter.fillRect(
            QRect(QPoint(xAt(span.startMs), 0), QPoint(std::max(xAt(span.endMs), xAt(span.startMs) + 1), height())),
            QColor(0xE0, 0x4F, 0x39, 70));
    }
    const QColor laneColours[2] = {QColor(0x1F, 0x6F, 0xEB), QColor(0x2E, 0x9E, 0x5B)};
    for (int lane = 0; lane < m_columns.size(); ++lane) {
        const QList<qint16> &column = m_columns.at(lane);
        const int mid = lane * laneHeight + laneHeight / 2;
        const double scale = (laneHeight / 2.0 - 2.0) / 32768.0;
        painter.setPen(m_columns.size() == 2 ? laneColours[lane] : laneColours[0]);
        for (int x = std::max(0, event->rect().left() - m_labelWidth);
             x < std::min<int>(int(column.size()), event->rect().right() + 1); ++x) {
            const int h = std::max(0, int(column[x] * scale));
            painter.drawLine(m_labelWidth + x, mid - h, m_labelWidth + x, mid + h);
        }
        if (lane > 0) {
            painter.setPen(QColor(0xC8, 0xCC, 0xD2));
            painter.drawLine(0, lane * laneHeight, width(), lane * laneHeight);
        }
    }
    if (m_columns.size() == 2) {
        painter.fillRect(QRect(0, 0, m_labelWidth, height()), palette().color(QPalette::Window));
        painter.setFont(labelFont());
        painter.setPen(QColor(0x4B, 0x55, 0x63));
        painter.drawText(QRect(2, 0, m_labelWidth - 4, laneHeight), Qt::AlignRight | Qt::AlignVCenter, tr("Agent"));
        painter.drawText(QRect(2, laneHeight, m_labelWidth - 4, laneHeight), Qt::AlignRight | Qt::AlignVCenter,
                         tr("Customer"));
    }
    painter.setPen(QColor(0x6B, 0x72, 0x80));
    for (const qint64 start : std::as_const(m_turnStarts)) {
        const int x = xAt(start);
        painter.drawLine(x, 0, x, 4);
    }
    if (m_durationMs > 0) {
        const int x = xAt(m_positionMs);
        painter.setPen(QPen(QColor(0xD9, 0x48, 0x1C), 2));
        painter.drawLine(x, 0, x, height());
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_durationMs > 0) {
        emit seekRequested(positionAt(int(event->position().x())));
    }
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_durationMs > 0) {
        emit seekRequested(positionAt(int(event->position().x())));
    }
}

void WaveformView::keyPressEvent(QKeyEvent *event)
{
    if (m_durationMs > 0 && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        const qint64 step = event->key() == Qt::Key_Left ? -5000 : 5000;
        emit seekRequested(std::clamp<qint64>(m_positionMs + step, 0, m_durationMs));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace qadesk
