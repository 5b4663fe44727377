#include "WavWriter.h"

#include "Error.h"
#include "FilePermissions.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QtEndian>

namespace qadesk {

namespace {

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

} // namespace

QByteArray WavWriter::encode(int sampleRate, int channels, const QList<qint16> &interleaved)
{
    const quint32 dataBytes = quint32(interleaved.size() * 2);
    QByteArray out;
    out.reserve(44 + qsizetype(dataBytes));
    out.append("RIFF");
    put32(out, 36 + dataBytes);
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, 1);
    put16(out, quint16(channels));
    put32(out, quint32(sampleRate));
    put32(out, quint32(sampleRate * channels * 2));
    put16(out, quint16(channels * 2));
    put16(out, 16);
    out.append("data");
    put32(out, dataBytes);
    const qsizetype base = out.size();
    out.resize(base + qsizetype(dataBytes));
    for (qsizetype i = 0; i < interleaved.size(); ++i) {
        qToLittleEndian(interleaved[i], out.data() + base + 2 * i);
    }
    return out;
}

void WavWriter::write(const QString &path, int sampleRate, int channels, const QList<qint16> &interleaved)
{
    QSaveFile file(path);
    // Recordings are personal data: owner-only, like everything else QA Desk writes.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(FilePermissions::kPrivateFile) ||
        file.write(encode(sampleRate, channels, interleaved)) < 0 || !file.commit()) {
        throw Error(QCoreApplication::translate("WavWriter", "Cannot write %1: %2").arg(path, file.errorString()));
    }
}

} // namespace qadesk
