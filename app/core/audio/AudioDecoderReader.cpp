#include "AudioDecoderReader.h"

#include "Error.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace qadesk {

namespace {

// One decoded buffer as interleaved 16-bit samples, at most two channels kept.
QList<qint16> toInt16(const QAudioBuffer &buffer, int keptChannels)
{
    const QAudioFormat format = buffer.format();
    const int channels = format.channelCount();
    const qsizetype frames = buffer.frameCount();
    QList<qint16> out(frames * keptChannels);
    for (qsizetype f = 0; f < frames; ++f) {
        for (int c = 0; c < keptChannels; ++c) {
            const qsizetype i = f * channels + c;
            qint16 value = 0;
            switch (format.sampleFormat()) {
            case QAudioFormat::UInt8:
                value = qint16((int(buffer.constData<quint8>()[i]) - 128) << 8);
                break;
            case QAudioFormat::Int16:
                value = buffer.constData<qint16>()[i];
                break;
            case QAudioFormat::Int32:
                value = qint16(buffer.constData<qint32>()[i] >> 16);
                break;
            case QAudioFormat::Float:
                value = qint16(std::clamp(buffer.constData<float>()[i], -1.0f, 1.0f) * 32767.0f);
                break;
            default:
                break;
            }
            out[f * keptChannels + c] = value;
        }
    }
    return out;
}

} // namespace

AudioEnvelope AudioDecoderReader::read(const QString &path, const std::atomic_bool *cancel)
{
    QAudioDecoder decoder;
    if (!decoder.isSupported()) {
        throw Error(QCoreApplication::translate("EnvelopeReader",
                                                "%1 is not a WAV file and this system has no audio decoder for it.")
                        .arg(path));
    }
    std::unique_ptr<EnvelopeAccumulator> accumulator;
    int keptChannels = 0;
    QString failure;
    QEventLoop loop;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer buffer = decoder.read();
        if (!buffer.isValid()) {
            return;
        }
        if (!accumulator) {
            keptChannels = std::clamp(buffer.format().channelCount(), 1, 2);
            accumulator = std::make_unique<EnvelopeAccumulator>(buffer.format().sampleRate(), keptChannels);
        }
        const QList<qint16> samples = toInt16(buffer, keptChannels);
        accumulator->add(samples.constData(), samples.size() / keptChannels);
        if (cancel && cancel->load()) {
            failure = QCoreApplication::translate("EnvelopeReader", "Cancelled.");
            decoder.stop();
            loop.quit();
        }
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop, [&] {
        failure = QCoreApplication::translate("EnvelopeReader", "Cannot decode the recording %1: %2")
                      .arg(path, decoder.errorString());
        loop.quit();
    });
    // Asking for interleaved 16-bit samples makes the backend convert (Qt 6.4's GStreamer decoder otherwise
    // refuses the planar output of decoders such as mpg123: "Internal data stream error").
    QAudioFormat wanted;
    wanted.setSampleFormat(QAudioFormat::Int16);
    decoder.setAudioFormat(wanted);
    decoder.setSource(QUrl::fromLocalFile(path));
    // Some backends never answer for a file they cannot read: no buffer for 10 s ends the wait.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    watchdog.setInterval(10000);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        failure = QCoreApplication::translate("EnvelopeReader", "Cannot decode the recording %1: no audio came out "
                                                                "of the decoder.")
                      .arg(path);
        decoder.stop();
        loop.quit();
    });
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &watchdog, qOverload<>(&QTimer::start));
    watchdog.start();
    decoder.start();
    loop.exec();
    if (!failure.isEmpty()) {
        throw Error(failure);
    }
    if (!accumulator) {
        throw Error(QCoreApplication::translate("EnvelopeReader", "The recording %1 holds no audio the decoder "
                                                                  "could read.")
                        .arg(path));
    }
    AudioEnvelope envelope = accumulator->finish();
    envelope.format.encoding = QStringLiteral("decoded");
    return envelope;
}

} // namespace qadesk
