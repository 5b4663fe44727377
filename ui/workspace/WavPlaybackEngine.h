#pragma once

#include "PlaybackEngine.h"

#include <memory>

class QAudioSink;
class QTimer;

namespace qadesk {

class StretchedWavSource;

// Plays WAV recordings itself: WavReader → TimeStretcher → QAudioSink, so that 0.5×–2× keeps the voice's
// pitch (Qt 6.4's media player changes it). Other formats go to MediaPlaybackEngine (AutoPlaybackEngine).
class WavPlaybackEngine final : public PlaybackEngine
{
    Q_OBJECT

public:
    explicit WavPlaybackEngine(QObject *parent = nullptr);
    ~WavPlaybackEngine() override;

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

    std::unique_ptr<StretchedWavSource> m_source;
    QAudioSink *m_sink = nullptr;
    QTimer *m_ticker;
    double m_rate = 1.0;
    double m_volume = 1.0;
    bool m_playing = false;
};

// The engine players get by default: WAV files through WavPlaybackEngine, anything else through Qt Multimedia.
class AutoPlaybackEngine final : public PlaybackEngine
{
    Q_OBJECT

public:
    explicit AutoPlaybackEngine(QObject *parent = nullptr);

    void setSource(const QString &path) override;
    void play() override { m_active->play(); }
    void pause() override { m_active->pause(); }
    void setPosition(qint64 ms) override { m_active->setPosition(ms); }
    qint64 position() const override { return m_active->position(); }
    void setRate(double rate) override;
    void setVolume(double volume) override;

private:
    void adopt(PlaybackEngine *engine);

    PlaybackEngine *m_wav;
    PlaybackEngine *m_media = nullptr; // created when first needed
    PlaybackEngine *m_active;
    double m_rate = 1.0;
    double m_volume = 1.0;
};

} // namespace qadesk
