#include "WavReader.h"

#include "Error.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>

namespace qadesk {

namespace {

constexpr quint16 kFormatPcm = 1;
constexpr quint16 kFormatAlaw = 6;
constexpr quint16 kFormatUlaw = 7;
constexpr quint16 kFormatExtensible = 0xFFFE;

qint16 alawToLinear(quint8 value)
{
    value ^= 0x55;
    int t = (value & 0x0F) << 4;
    const int segment = (value & 0x70) >> 4;
    switch (segment) {
    case 0:
        t += 8;
        break;
    case 1:
        t += 0x108;
        break;
    default:
        t += 0x108;
        t <<= segment - 1;
    }
    return qint16((value & 0x80) ? t : -t);
}

qint16 ulawToLinear(quint8 value)
{
    value = quint8(~value);
    int t = ((value & 0x0F) << 3) + 0x84;
    t <<= (value & 0x70) >> 4;
    return qint16((value & 0x80) ? (0x84 - t) : (t - 0x84));
}

const std::array<qint16, 256> &table(bool alaw)
{
    static const std::array<qint16, 256> alawTable = [] {
        std::array<qint16, 256> t{};
        for (int i = 0; i < 256; ++i) {
            t[size_t(i)] = alawToLinear(quint8(i));
        }
        return t;
    }();
    static const std::array<qint16, 256> ulawTable = [] {
        std::array<qint16, 256> t{};
        for (int i = 0; i < 256; ++i) {
            t[size_t(i)] = ulawToLinear(quint8(i));
        }
        return t;
    }();
    return alaw ? alawTable : ulawTable;
}

} // namespace

bool WavReader::looksLikeWav(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = file.read(12);
    return head.size() == 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WAVE";
}

WavReader::WavReader(const QString &path) : m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        throw Error(QCoreApplication::translate("WavReader", "Cannot open the recording %1: %2")
                        .arg(path, m_file.errorString()));
    }
    const QByteArray head = m_file.read(12);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE") {
        throw Error(QCoreApplication::translate("WavReader", "%1 is not a WAV file (no RIFF/WAVE header).").arg(path));
    }
    quint16 formatTag = 0;
    int bitsPerSample = 0;
    bool haveFormat = false;
    for (;;) {
        const QByteArray chunk = m_file.read(8);
        if (chunk.size() < 8) {
            throw Error(
                QCoreApplication::translate("WavReader", "%1: the WAV file has no data chunk (truncated?).").arg(path));
        }
        const QByteArray id = chunk.left(4);
        const quint32 size = qFromLittleEndian<quint32>(chunk.constData() + 4);
        if (id == "fmt ") {
            const QByteArray fmt = m_file.read(size);
            if (fmt.size() < 16 || quint32(fmt.size()) < size) {
                throw Error(
                    QCoreApplication::translate("WavReader", "%1: the WAV format chunk is truncated.").arg(path));
            }
            formatTag = qFromLittleEndian<quint16>(fmt.constData());
            m_format.channels = qFromLittleEndian<quint16>(fmt.constData() + 2);
            m_format.sampleRate = int(qFromLittleEndian<quint32>(fmt.constData() + 4));
            bitsPerSample = qFromLittleEndian<quint16>(fmt.constData() + 14);
            if (formatTag == kFormatExtensible && fmt.size() >= 26) {
                formatTag = qFromLittleEndian<quint16>(fmt.constData() + 24); // the subformat GUID's first two bytes
            }
            haveFormat = true;
            if (size % 2 == 1) {
                m_file.skip(1);
            }
        } else if (id == "data") {
            if (!haveFormat) {
                throw Error(QCoreApplication::translate("WavReader", "%1: the WAV data comes before its format chunk.")
                                .arg(path));
            }
            const qint64 start = m_file.pos();
            m_dataEnd = std::min<qint64>(start + qint64(size), m_file.size()); // a truncated file plays what it has
            if (size == 0xFFFFFFFFu || size == 0) {
                m_dataEnd = m_file.size(); // streamed recordings leave the size open
            }
            break;
        } else {
            if (!m_file.skip(qint64(size) + (size % 2))) {
                throw Error(QCoreApplication::translate("WavReader", "%1: the WAV file is truncated.").arg(path));
            }
        }
    }
    switch (formatTag) {
    case kFormatPcm:
        if (bitsPerSample == 8) {
            m_format.encoding = QStringLiteral("pcm8");
        } else if (bitsPerSample == 16) {
            m_format.encoding = QStringLiteral("pcm16");
        } else {
            throw Error(QCoreApplication::translate("WavReader", "%1: %2-bit PCM is not supported (8 or 16 bit).")
                            .arg(path)
                            .arg(bitsPerSample));
        }
        break;
    case kFormatAlaw:
    case kFormatUlaw:
        if (bitsPerSample != 8) {
            throw Error(QCoreApplication::translate("WavReader", "%1: %2-bit G.711 is not valid (8 bit).")
                            .arg(path)
                            .arg(bitsPerSample));
        }
        m_format.encoding = formatTag == kFormatAlaw ? QStringLiteral("alaw") : QStringLiteral("ulaw");
        break;
    default:
        throw Error(
            QCoreApplication::translate("WavReader", "%1: WAV encoding %2 is not supported (PCM, A-law or µ-law).")
                .arg(path)
                .arg(formatTag));
    }
    if (m_format.channels < 1 || m_format.channels > 2) {
        throw Error(QCoreApplication::translate("WavReader", "%1: %2 channels are not supported (mono or stereo).")
                        .arg(path)
                        .arg(m_format.channels));
    }
    if (m_format.sampleRate < 8000 || m_format.sampleRate > 48000) {
        throw Error(
            QCoreApplication::translate("WavReader", "%1: a sample rate of %2 Hz is not supported (8 to 48 kHz).")
                .arg(path)
                .arg(m_format.sampleRate));
    }
    m_bytesPerSample = bitsPerSample / 8;
    m_dataStart = m_file.pos();
    m_format.frames = (m_dataEnd - m_dataStart) / (m_bytesPerSample * m_format.channels);
}

void WavReader::seekFrame(qint64 frame)
{
    m_file.seek(m_dataStart + std::clamp<qint64>(frame, 0, m_format.frames) * m_bytesPerSample * m_format.channels);
}

qint64 WavReader::read(QList<qint16> &samples, qint64 maxFrames)
{
    const int frameBytes = m_bytesPerSample * m_format.channels;
    const qint64 left = (m_dataEnd - m_file.pos()) / frameBytes;
    const qint64 frames = std::min(maxFrames, left);
    if (frames <= 0) {
        return 0;
    }
    m_buffer.resize(frames * frameBytes);
    const qint64 got = m_file.read(m_buffer.data(), m_buffer.size());
    const qint64 framesGot = got > 0 ? got / frameBytes : 0;
    const qint64 count = framesGot * m_format.channels;
    const qsizetype base = samples.size();
    samples.resize(base + count);
    qint16 *out = samples.data() + base;
    const auto *in = reinterpret_cast<const uchar *>(m_buffer.constData());
    if (m_format.encoding == QLatin1String("pcm16")) {
        for (qint64 i = 0; i < count; ++i) {
            out[i] = qFromLittleEndian<qint16>(in + 2 * i);
        }
    } else if (m_format.encoding == QLatin1String("pcm8")) {
        for (qint64 i = 0; i < count; ++i) {
            out[i] = qint16((int(in[i]) - 128) << 8);
        }
    } else {
        const auto &lookup = table(m_format.encoding == QLatin1String("alaw"));
        for (qint64 i = 0; i < count; ++i) {
            out[i] = lookup[in[i]];
        }
    }
    return framesGot;
}

} // namespace qadesk
