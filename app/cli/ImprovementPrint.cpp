#include "CliCommands.h"
#include "ImprovementJson.h"
#include "Translations.h"
#include "report/ImprovementRenderer.h"
#include "storage/OrganisationZone.h"
#include "storage/RubricStore.h"

#include <QJsonObject>

namespace qadesk::cli {

namespace {

// --lang zh_CN (default), zh or en; nothing for anything else.
std::optional<bool> chineseFor(const QString &language)
{
    if (language == QLatin1String("zh_CN") || language == QLatin1String("zh")) {
        return true;
    }
    if (language == QLatin1String("en")) {
        return false;
    }
    return std::nullopt;
}

QString dimensionName(Connection &connection, const QString &key, bool chinese)
{
    const Rubric rubric = RubricStore(connection).current();
    const int index = rubric.dimensionIndex(key);
    return index < 0 ? key : rubric.dimensions.at(index).name(chinese);
}

ReportOptions options(Connection &connection, bool chinese)
{
    ReportOptions o;
    o.chinese = chinese;
    o.zone = OrganisationZone::zone(connection);
    return o;
}

int printed(const QString &path, int pages)
{
    printJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("pages"), pages}}));
    return Success;
}

} // namespace

int writeRectificationNotice(Connection &connection, const RectificationDetail &detail, const QString &out,
                             const QString &language)
{
    const auto chinese = chineseFor(language);
    if (!chinese) {
        return usageError(QStringLiteral("--lang expects zh_CN or en"));
    }
    const QString dimension = dimensionName(connection, detail.item.dimensionKey, *chinese);
    const DocumentLanguage words(*chinese);
    return printed(out, ImprovementRenderer(options(connection, *chinese)).writeNoticePdf(detail, dimension, out));
}

int writeCoachingRecord(Connection &connection, const CoachingSession &session, const CoachingTrend &trend,
                        const QString &out, const QString &language)
{
    const auto chinese = chineseFor(language);
    if (!chinese) {
        return usageError(QStringLiteral("--lang expects zh_CN or en"));
    }
    const QString dimension = dimensionName(connection, session.dimensionKey, *chinese);
    const DocumentLanguage words(*chinese);
    return printed(out, ImprovementRenderer(options(connection, *chinese)).writeRecordPdf(session, trend, dimension, out));
}

} // namespace qadesk::cli
