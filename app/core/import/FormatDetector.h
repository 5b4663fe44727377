#pragma once

#include "ImportTypes.h"

#include <QByteArrayView>
#include <QString>

namespace qadesk {

// Tells the format of a file from its first bytes, then its extension: a WEBVTT line, SRT cue times, a JSON
// opening, or a CSV header naming external_id are recognised whatever the file is called; otherwise .json,
// .jsonl/.ndjson, .csv, .vtt, .srt decide, and anything else is read as a plain-text transcript.
class FormatDetector final
{
public:
    static constexpr qsizetype kHeadSize = 64 * 1024;
    static ImportFormat detect(const QString &path, QByteArrayView head);
};

} // namespace qadesk
