#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAudioOutput;
class QMediaPlayer;

namespace qadesk {

// What the recording player needs from audio output: open, play, pause, seek, speed, volume, and word of
// position and failure. The real one is Qt Multimedia's QMediaPlayer; tests put in one without a sound card.
class PlaybackEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void setSource(const QString &path) = 0; // empty: nothing loaded
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual qint64 position() const = 0;
    virtual void setRate(double rate) = 0;     // 0.5 to 2, pitch kept
    virtual void setVolume(double volume) = 0; // 0 to 1

    using Factory = std::function<PlaybackEngine *(QObject *parent)>;
    // The engine players get: AutoPlaybackEngine unless a test set another factory (empty resets).
    static PlaybackEngine *create(QObject *parent);
    static void setFactory(Factory factory);

signals:
    void loaded(qint64 durationMs);
    void failed(const QString &message);
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
};

// Qt Multimedia (the GStreamer backend on Debian, docs/recordings.md) for what is not WAV; its speed changes
// the pitch in Qt 6.4.
class MediaPlaybackEngine final : public PlaybackEngine
{
    Q_OBJECT

public:
    explicit MediaPlaybackEngine(QObject *parent = nullptr);

    void setSource(const QString &path) override;
    void play() override;
    void pause() override;
    void setPosition(qint64 ms) override;
    qint64 position() const override;
    void setRate(double rate) override;
    void setVolume(double volume) override;

private:
    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    bool m_loadedSent = false;
};

} // namespace qadesk
