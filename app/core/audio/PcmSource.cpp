#include "PcmSource.h"

#include "Error.h"
#include "FfmpegReader.h"
#include "WavReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace qadesk {

std::unique_ptr<PcmSource> PcmSource::open(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        throw Error(QCoreApplication::translate("EnvelopeReader", "The recording %1 does not exist.").arg(path));
    }
    // A .wav that is no RIFF/WAVE file gets the WAV reader's message, not a decoder's guess.
    if (WavReader::looksLikeWav(path) || path.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive)) {
        return std::make_unique<WavReader>(path);
    }
    return std::make_unique<FfmpegReader>(path);
}

} // namespace qadesk
