#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace qadesk {

// What the recording player needs from audio output: open, play, pause, seek, speed, volume, and word of
// position and failure. The real one is PcmPlaybackEngine; tests put in one without a sound card.
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
    // The engine players get: PcmPlaybackEngine unless a test set another factory (empty resets).
    static PlaybackEngine *create(QObject *parent);
    static void setFactory(Factory factory);

signals:
    void loaded(qint64 durationMs);
    void failed(const QString &message);
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
};

} // namespace qadesk
