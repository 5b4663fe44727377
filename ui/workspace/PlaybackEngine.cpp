#include "PlaybackEngine.h"

#include "WavPlaybackEngine.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

namespace qadesk {

namespace {

PlaybackEngine::Factory &factory()
{
    static PlaybackEngine::Factory instance;
    return instance;
}

} // namespace

PlaybackEngine *PlaybackEngine::create(QObject *parent)
{
    if (factory()) {
        return factory()(parent);
    }
    return new AutoPlaybackEngine(parent);
}

void PlaybackEngine::setFactory(Factory f)
{
    factory() = std::move(f);
}

MediaPlaybackEngine::MediaPlaybackEngine(QObject *parent)
    : PlaybackEngine(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackEngine::positionChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) { emit playingChanged(state == QMediaPlayer::PlayingState); });
    // Loaded once the duration is known too (some formats give it only after the media is loaded).
    const auto announce = [this] {
        const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
        if ((status != QMediaPlayer::LoadedMedia && status != QMediaPlayer::BufferedMedia) || m_loadedSent) {
            return;
        }
        if (m_player->duration() > 0) {
            m_loadedSent = true;
            emit loaded(m_player->duration());
            return;
        }
        // A stream that never says its length (some MP3s under GStreamer) is playable all the same.
        QTimer::singleShot(500, this, [this] {
            if (!m_loadedSent && (m_player->mediaStatus() == QMediaPlayer::LoadedMedia ||
                                  m_player->mediaStatus() == QMediaPlayer::BufferedMedia)) {
                m_loadedSent = true;
                emit loaded(m_player->duration());
            }
        });
    };
    connect(m_player, &QMediaPlayer::durationChanged, this, announce);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this, announce](QMediaPlayer::MediaStatus status) {
        announce();
        if (status == QMediaPlayer::InvalidMedia) {
            emit failed(m_player->errorString().isEmpty() ? tr("The recording cannot be played.")
                                                          : m_player->errorString());
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) { emit failed(message); });
}

void MediaPlaybackEngine::setSource(const QString &path)
{
    m_loadedSent = false;
    m_player->stop();
    m_player->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
}

void MediaPlaybackEngine::play()
{
    m_player->play();
}

void MediaPlaybackEngine::pause()
{
    m_player->pause();
}

void MediaPlaybackEngine::setPosition(qint64 ms)
{
    m_player->setPosition(ms);
}

qint64 MediaPlaybackEngine::position() const
{
    return m_player->position();
}

void MediaPlaybackEngine::setRate(double rate)
{
    m_player->setPlaybackRate(rate);
}

void MediaPlaybackEngine::setVolume(double volume)
{
    m_output->setVolume(float(volume));
}

} // namespace qadesk
