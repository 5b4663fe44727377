#include "PcmPlaybackEngine.h"

#include "audio/PcmSource.h"
#include "audio/TimeStretcher.h"
#include "Error.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QIODevice>
#include <QMediaDevices>
#include <QTimer>

namespace qadesk {

// The sink's source: reads the file a block at a time through the stretcher.
class StretchedSource final : public QIODevice
{
public:
    explicit StretchedSource(const QString &path)
        : m_reader(PcmSource::open(path)), m_stretcher(m_reader->format().sampleRate, m_reader->format().channels)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered); // the sink asks for what it needs: the position stays exact
    }

    const AudioFormat &format() const { return m_reader->format(); }
    bool atEnd() const override { return m_ended; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_ended ? 0 : 1 << 20; }
    void setRate(double rate) { m_stretcher.setRate(rate); }
    void seekFrame(qint64 frame)
    {
        const qint64 frames = m_reader->format().frames; // an estimate for some formats, 0 when unknown
        m_start = frames > 0 ? std::clamp<qint64>(frame, 0, frames) : std::max<qint64>(0, frame);
        m_reader->seekFrame(m_start);
        m_stretcher.reset();
        m_ended = false;
    }
    qint64 frame() const { return m_start + m_stretcher.inputConsumed(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int channels = m_reader->format().channels;
        const qint64 frames = maxSize / (2 * channels);
        auto *out = reinterpret_cast<qint16 *>(data);
        qint64 produced = 0;
        while (produced < frames) {
            produced += m_stretcher.pull(out + produced * channels, frames - produced);
            if (produced < frames) {
                m_block.clear();
                const qint64 got = m_reader->read(m_block, 4096);
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
    std::unique_ptr<PcmSource> m_reader;
    TimeStretcher m_stretcher;
    QList<qint16> m_block;
    qint64 m_start = 0;
    bool m_ended = false;
};

PcmPlaybackEngine::PcmPlaybackEngine(QObject *parent) : PlaybackEngine(parent), m_ticker(new QTimer(this))
{
    m_ticker->setInterval(40);
    connect(m_ticker, &QTimer::timeout, this, [this] { emit positionChanged(position()); });
}

PcmPlaybackEngine::~PcmPlaybackEngine()
{
    stopSink();
}

void PcmPlaybackEngine::stopSink()
{
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
}

void PcmPlaybackEngine::setSource(const QString &path)
{
    pause();
    stopSink();
    m_source.reset();
    if (path.isEmpty()) {
        return;
    }
    try {
        m_source = std::make_unique<StretchedSource>(path);
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

void PcmPlaybackEngine::startSink()
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

void PcmPlaybackEngine::play()
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

void PcmPlaybackEngine::pause()
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

void PcmPlaybackEngine::setPosition(qint64 ms)
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

qint64 PcmPlaybackEngine::position() const
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

void PcmPlaybackEngine::setRate(double rate)
{
    m_rate = rate;
    if (m_source) {
        m_source->setRate(rate);
    }
}

void PcmPlaybackEngine::setVolume(double volume)
{
    m_volume = volume;
    if (m_sink) {
        m_sink->setVolume(volume);
    }
}

} // namespace qadesk
