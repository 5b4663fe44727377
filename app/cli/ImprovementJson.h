#pragma once

#include "domain/Coaching.h"
#include "domain/Rectification.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace qadesk {
class Connection;
}

namespace qadesk::cli {

// The JSON shapes of `qadesk-cli rectification` and `coaching` (README, CLI section).
QJsonObject toJson(const RectificationItem &item, const QDate &today);
QJsonObject toJson(const RectificationDetail &detail, const QDate &today);
QJsonObject toJson(const DimensionFinding &finding);
QJsonObject toJson(const CoachingSession &session, const QDate &today);
QJsonObject toJson(const CoachingTrend &trend);

// --as LOGIN, required by both commands: who acts (their role and ownership decide what they may do).
QCommandLineOption asOption();
// A YYYY-MM-DD option value, or an invalid date.
QDate dateValue(const QString &text);

// The printables (ImprovementPrint.cpp): the rectification notice (整改通知单) and the coaching record as PDF in
// zh_CN or en; print the file's path as JSON and return the exit code.
int writeRectificationNotice(Connection &connection, const RectificationDetail &detail, const QString &out,
                             const QString &language);
int writeCoachingRecord(Connection &connection, const CoachingSession &session, const CoachingTrend &trend,
                        const QString &out, const QString &language);

} // namespace qadesk::cli
