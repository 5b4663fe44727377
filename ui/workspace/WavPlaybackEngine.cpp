#include "WavPlaybackEngine.h"

#include "audio/TimeStretcher.h"
#include "audio/WavReader.h"
#include "Error.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <QTimer>

namespace qadesk {

// The sink's source: reads the file a block at a time through the stretcher.
class StretchedWavSource final : public QIODevice
{
public:
    explicit StretchedWavSource(const QString &path)
        : m_reader(path), m_stretcher(m_reader.format().sampleRate, m_reader.format().channels)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered); // the sink asks for what it needs: the position stays exact
    }

    const AudioFormat &format() const { return m_reader.format(); }
    bool atEnd() const override { return m_ended; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_ended ? 0 : 1 << 20; }
    void setRate(double rate) { m_stretcher.setRate(rate); }
    void seekFrame(qint64 frame)
    {
        m_start = std::clamp<qint64>(frame, 0, m_reader.format().frames);
        m_reader.seekFrame(m_start);
        m_stretcher.reset();
        m_ended = false;
    }
    qint64 frame() const { return m_start + m_stretcher.inputConsumed(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int channels = m_reader.format().channels;
        const qint64 frames = maxSize / (2 * channels);
        auto *out = reinterpret_cast<qint16 *>(data);
        qint64 produced = 0;
        while (produced < frames) {
            produced += m_stretcher.pull(out + produced * channels, frames - produced);
            if (produced < frames) {
                m_block.clear();
                const qint64 got = m_reader.read(m_block, 4096);
                if (got == 0) {
                    m_ended = produced == 0;
                    break;
                }
                m_stretcher.push(m_block.constData(), got);
            }
        }
        return produced * 2 * channels;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    WavReader m_reader;
    TimeStretcher m_stretcher;
    QList<qint16> m_block;
    qint64 m_start = 0;
    bool m_ended = false;
};

WavPlaybackEngine::WavPlaybackEngine(QObject *parent) : PlaybackEngine(parent), m_ticker(new QTimer(this))
{
    m_ticker->setInterval(40);
    connect(m_ticker, &QTimer::timeout, this, [this] { emit positionChanged(position()); });
}

WavPlaybackEngine::~WavPlaybackEngine()
{
    stopSink();
}

void WavPlaybackEngine::stopSink()
{
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
}

void WavPlaybackEngine::setSource(const QString &path)
{
    pause();
    stopSink();
    m_source.reset();
    if (path.isEmpty()) {
        return;
    }
    try {
        m_source = std::make_unique<StretchedWavSource>(path);
    } catch (const Error &error) {
        const QString &message = error.message();
        QMetaObject::invokeMethod(
            this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
        return;
    }
    m_source->setRate(m_rate);
    const qint64 duration = m_source->format().durationMs();
    QMetaObject::invokeMethod(
        this, [this, duration] { emit loaded(duration); }, Qt::QueuedConnection);
}

void WavPlaybackEngine::startSink()
{
    stopSink();
    QAudioFormat format;
    format.setSampleRate(m_source->format().sampleRate);
    format.setChannelCount(m_source->format().channels);
    format.setSampleFormat(QAudioFormat::Int16);
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        emit failed(tr("This computer has no sound output."));
        return;
    }
    m_sink = new QAudioSink(device, format, this);
    m_sink->setVolume(m_volume);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState && m_source && m_source->atEnd()) {
            pause(); // played to the end
        }
    });
    m_sink->start(m_source.get());
}

void WavPlaybackEngine::play()
{
    if (!m_source || m_playing) {
        return;
    }
    if (m_source->atEnd()) {
        m_source->seekFrame(0);
    }
    if (m_sink && m_sink->state() == QAudio::SuspendedState) {
        m_sink->resume();
    } else {
        startSink();
    }
    if (!m_sink) {
        return;
    }
    m_playing = true;
    m_ticker->start();
    emit playingChanged(true);
}

void WavPlaybackEngine::pause()
{
    if (!m_playing) {
        return;
    }
    if (m_sink) {
        m_sink->suspend();
    }
    m_playing = false;
    m_ticker->stop();
    emit positionChanged(position());
    emit playingChanged(false);
}

void WavPlaybackEngine::setPosition(qint64 ms)
{
    if (!m_source) {
        return;
    }
    m_source->seekFrame(ms * m_source->format().sampleRate / 1000);
    if (m_sink) {
        // What the sink still holds is from before the seek.
        const bool playing = m_playing;
        stopSink();
        if (playing) {
            startSink();
        }
    }
    emit positionChanged(position());
}

qint64 WavPlaybackEngine::position() const
{
    if (!m_source) {
        return 0;
    }
    qint64 frame = m_source->frame();
    if (m_sink) {
        // Frames handed to the sink but not heard yet, in input frames.
        const qint64 queuedBytes = std::max<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
        frame -= qint64(double(queuedBytes) / (2 * m_source->format().channels) * m_rate);
    }
    return std::max<qint64>(0, frame) * 1000 / m_source->format().sampleRate;
}

void WavPlaybackEngine::setRate(double rate)
{
    m_rate = rate;
    if (m_source) {
        m_source->setRate(rate);
    }
}

void WavPlaybackEngine::setVolume(double volume)
{
    m_volume = volume;
    if (m_sink) {
        m_sink->setVolume(volume);
    }
}

AutoPlaybackEngine::AutoPlaybackEngine(QObject *parent)
    : PlaybackEngine(parent), m_wav(new WavPlaybackEngine(this)), m_active(m_wav)
{
    adopt(m_wav);
}

void AutoPlaybackEngine::adopt(PlaybackEngine *engine)
{
    connect(engine, &PlaybackEngine::loaded, this, [this, engine](qint64 ms) {
        if (engine == m_active) {
            emit loaded(ms);
        }
    });
    connect(engine, &PlaybackEngine::failed, this, [this, engine](const QString &message) {
        if (engine == m_active) {
            emit failed(message);
        }
    });
    connect(engine, &PlaybackEngine::positionChanged, this, [this, engine](qint64 ms) {
        if (engine == m_active) {
            emit positionChanged(ms);
        }
    });
    connect(engine, &PlaybackEngine::playingChanged, this, [this, engine](bool playing) {
        if (engine == m_active) {
            emit playingChanged(playing);
        }
    });
}

void AutoPlaybackEngine::setSource(const QString &path)
{
    m_active->pause();
    m_active->setSource(QString());
    if (!path.isEmpty() && !WavReader::looksLikeWav(path)) {
        if (!m_media) {
            m_media = new MediaPlaybackEngine(this);
            adopt(m_media);
            m_media->setRate(m_rate);
            m_media->setVolume(m_volume);
        }
        m_active = m_media;
    } else {
        m_active = m_wav;
    }
    m_active->setSource(path);
}

void AutoPlaybackEngine::setRate(double rate)
{
    m_rate = rate;
    m_wav->setRate(rate);
    if (m_media) {
        m_media->setRate(rate);
    }
}

void AutoPlaybackEngine::setVolume(double volume)
{
    m_volume = volume;
    m_wav->setVolume(volume);
    if (m_media) {
        m_media->setVolume(volume);
    }
}

} // namespace qadesk
