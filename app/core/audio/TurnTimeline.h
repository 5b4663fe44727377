#pragma once

#include "domain/Interaction.h"

#include <QList>

namespace qadesk {

// Maps a playback position to the transcript turn being spoken and back. A turn holds the playhead from its
// start until the next timed turn starts (the pause after a turn belongs to it); turns without times are skipped.
class TurnTimeline final
{
public:
    TurnTimeline() = default;
    explicit TurnTimeline(const QList<Turn> &turns);

    bool hasTimes() const { return !m_starts.isEmpty(); }
    // The index (in the turns given) of the turn at positionMs, or -1 before the first timed turn / without times.
    int turnAt(qint64 positionMs) const;
    // Where playing a turn starts; -1 for a turn without time.
    qint64 startOf(int turn) const;

private:
    QList<qint64> m_starts;   // ascending
    QList<int> m_rows;        // the row of each start
    QList<qint64> m_rowStart; // per row, -1 when untimed
};

} // namespace qadesk
