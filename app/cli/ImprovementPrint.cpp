#include "CliCommands.h"
#include "ImprovementJson.h"

namespace qadesk::cli {

int writeRectificationNotice(Connection &, const RectificationDetail &, const QString &, const QString &)
{
    return rejected(QStringLiteral("not yet"));
}

int writeCoachingRecord(Connection &, const CoachingSession &, const CoachingTrend &, const QString &, const QString &)
{
    return rejected(QStringLiteral("not yet"));
}

} // namespace qadesk::cli
