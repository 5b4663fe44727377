#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// The levels (1–5) one rubric dimension received in submitted evaluations: how many scored it, and their sum.
struct DimensionStat
{
    QString key;
    qint64 n = 0;
    double total = 0;

    std::optional<double> average() const { return n > 0 ? std::optional<double>(total / double(n)) : std::nullopt; }
    bool operator==(const DimensionStat &) const = default;
};

// The dimension statistics of one agent or team (teams.id 0: interactions without a team).
struct GroupDimensionStats
{
    qint64 key = 0;
    QList<DimensionStat> dimensions;
};

} // namespace qadesk
