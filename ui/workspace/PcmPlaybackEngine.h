#pragma once

#include "PlaybackEngine.h"

#include <memory>

class QAudioSink;
class QTimer;

namespace qadesk {

class StretchedSource;

// Plays every recording itself: PcmSource (WavReader or FfmpegReader) → TimeStretcher → QAudioSink, so that
// 0.5×–2× keeps the voice's pitch (Qt 6.4's media player changes it) whatever the format.
class PcmPlaybackEngine final : public PlaybackEngine
{
    Q_OBJECT

public:
    explicit PcmPlaybackEngine(QObject *parent = nullptr);
    ~PcmPlaybackEngine() override;

    void setSource(const QString &path) override;
    void play() override;
    void pause() override;
    void setPosition(qint64 ms) override;
    qint64 position() const override;
    void setRate(double rate) override;
    void setVolume(double volume) override;

private:
    void stopSink();
    void startSink();

    std::unique_ptr<StretchedSource> m_source;
    QAudioSink *m_sink = nullptr;
    QTimer *m_ticker;
    double m_rate = 1.0;
    double m_volume = 1.0;
    bool m_playing = false;
};

} // namespace qadesk
