#pragma once

#include "audio/AudioAnalysis.h"

#include <QWidget>

namespace qadesk {

// The whole call at a glance: one lane per channel (agent / customer for stereo), drawn from the envelope's
// peaks, with turn starts, long silences and overtalk marked and the playhead. Click or drag to seek; the arrow
// keys move the playhead by 5 s when it has focus. Silences are grey, holds amber, overtalk red.
class WaveformView final : public QWidget
{
    Q_OBJECT

public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setEnvelope(const AudioEnvelope &envelope, const RecordingAnalysis &analysis, int agentChannel);
    void setDurationMs(qint64 durationMs); // before the envelope is ready
    void setTurnStarts(const QList<qint64> &startsMs);
    void setHolds(const QList<TimeSpan> &holds); // from the transcript's hold markers
    void setPosition(qint64 ms);
    void clear();

    qint64 durationMs() const { return m_durationMs; }
    qint64 positionAt(int x) const;
    int xAt(qint64 ms) const;

    QSize sizeHint() const override { return {400, 72}; }
    QSize minimumSizeHint() const override { return {120, 48}; }

signals:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuildColumns();
    QFont labelFont() const;

    AudioEnvelope m_envelope;
    RecordingAnalysis m_analysis;
    int m_agentChannel = 0;
    qint64 m_durationMs = 0;
    int m_labelWidth = 0; // the lane names' column
    qint64 m_positionMs = 0;
    QList<qint64> m_turnStarts;
    QList<TimeSpan> m_holds;
    QList<QList<qint16>> m_columns; // [lane][x]: the peak under each pixel column
};

} // namespace qadesk
