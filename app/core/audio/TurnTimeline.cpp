#include "TurnTimeline.h"

#include <algorithm>

namespace qadesk {

TurnTimeline::TurnTimeline(const QList<Turn> &turns)
{
    m_rowStart.fill(-1, turns.size());
    QList<std::pair<qint64, int>> timed;
    for (qsizetype row = 0; row < turns.size(); ++row) {
        if (turns[row].startMs) {
            timed.append({*turns[row].startMs, int(row)});
            m_rowStart[row] = *turns[row].startMs;
        }
    }
    std::stable_sort(timed.begin(), timed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[start, row] : std::as_const(timed)) {
        m_starts << start;
        m_rows << row;
    }
}

int TurnTimeline::turnAt(qint64 positionMs) const
{
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), positionMs);
    if (after == m_starts.cbegin()) {
        return -1;
    }
    return m_rows.at(std::distance(m_starts.cbegin(), after) - 1);
}

qint64 TurnTimeline::startOf(int turn) const
{
    return turn >= 0 && turn < m_rowStart.size() ? m_rowStart.at(turn) : -1;
}

} // namespace qadesk
