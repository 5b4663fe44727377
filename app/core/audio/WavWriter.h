#pragma once

#include <QList>
#include <QString>

namespace qadesk {

// Writes 16-bit PCM WAV files (the demo's recordings, test fixtures). Throws qadesk::Error on failure.
class WavWriter final
{
public:
    static void write(const QString &path, int sampleRate, int channels, const QList<qint16> &interleaved);
    // The same file in memory, header included.
    static QByteArray encode(int sampleRate, int channels, const QList<qint16> &interleaved);
};

} // namespace qadesk
