#pragma once

#include <QString>

namespace qadesk {

class Connection;

struct DemoRecordingsResult
{
    int recordings = 0;
    QString note; // why there are none (espeak-ng missing…), for the user; empty when all went well
};

// Gives the first phone interactions with a transcript a real stereo speech recording made with espeak-ng
// (Mandarin and English voices; the agent on the left channel, the customer on the right), written as WAV into
// `folder`, and moves their turn times to where each turn is heard. The first response is kept (the gap
// before the first agent turn); other pauses are kept between 0.3 and 2.5 s, and an interruption in the
// transcript overlaps by 0.4 s. Deterministic: the same database and espeak-ng give the same files.
class DemoRecordings final
{
public:
    static DemoRecordingsResult attach(Connection &connection, const QString &folder, int maxRecordings);
    // Whether espeak-ng can be run here.
    static bool synthesizerAvailable();
};

} // namespace qadesk
