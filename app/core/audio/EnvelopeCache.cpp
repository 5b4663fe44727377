#include "EnvelopeCache.h"

#include "FilePermissions.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace qadesk {

namespace {

constexpr quint32 kMagic = 0x51444556; // "QDEV"
// 2: compressed recordings decoded by FFmpeg, encoder delay and padding removed; a version-1 envelope of an MP3 or
// OGG came from Qt's decoder, whose timing may differ, so every recording is read anew once.
constexpr quint32 kVersion = 2;

} // namespace

QString EnvelopeCache::cacheFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {};
    }
    const QByteArray key = info.absoluteFilePath().toUtf8() + '\n' + QByteArray::number(info.size()) + '\n' +
                           QByteArray::number(info.lastModified().toMSecsSinceEpoch());
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/qadesk/waveforms");
    return folder + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".env");
}

std::optional<AudioEnvelope> EnvelopeCache::load(const QString &path)
{
    const QString file = cacheFile(path);
    QFile in(file);
    if (file.isEmpty() || !in.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QDataStream stream(&in);
    quint32 magic = 0;
    quint32 version = 0;
    stream >> magic >> version;
    if (magic != kMagic || version != kVersion) {
        return std::nullopt;
    }
    AudioEnvelope envelope;
    qint32 sampleRate = 0;
    qint32 channels = 0;
    stream >> sampleRate >> channels >> envelope.format.frames >> envelope.format.encoding >> envelope.peak >>
        envelope.rms;
    envelope.format.sampleRate = sampleRate;
    envelope.format.channels = channels;
    if (stream.status() != QDataStream::Ok || envelope.peak.size() != channels || envelope.rms.size() != channels) {
        return std::nullopt;
    }
    return envelope;
}

void EnvelopeCache::store(const QString &path, const AudioEnvelope &envelope)
{
    const QString file = cacheFile(path);
    if (file.isEmpty() || !FilePermissions::makePrivatePath(QFileInfo(file).absolutePath())) {
        return;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(FilePermissions::kPrivateFile)) {
        return;
    }
    QDataStream stream(&out);
    stream << kMagic << kVersion << qint32(envelope.format.sampleRate) << qint32(envelope.format.channels)
           << envelope.format.frames << envelope.format.encoding << envelope.peak << envelope.rms;
    out.commit();
}

} // namespace qadesk
