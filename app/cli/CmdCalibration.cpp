#include "calibration/CalibrationService.h"
#include "CliCommands.h"
#include "Error.h"
#include "export/CalibrationExport.h"
#include "export/TableExporter.h"
#include "report/CalibrationReportRenderer.h"
#include "storage/CalibrationStore.h"
#include "storage/Connection.h"
#include "storage/RubricStore.h"
#include "storage/Schema.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace qadesk::cli {
namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue interval(const std::optional<ConfidenceInterval> &value)
{
    return value ? QJsonValue(QJsonArray{value->low, value->high}) : QJsonValue();
}

QString levelName(KrippendorffAlpha::Level level)
{
    switch (level) {
    case KrippendorffAlpha::Level::Nominal:
        return QStringLiteral("nominal");
    case KrippendorffAlpha::Level::Ordinal:
        return QStringLiteral("ordinal");
    case KrippendorffAlpha::Level::Interval:
        return QStringLiteral("interval");
    case KrippendorffAlpha::Level::Ratio:
        break;
    }
    return QStringLiteral("ratio");
}

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

QJsonObject sessionJson(const CalibrationSession &s, const QList<CalibrationItem> &items)
{
    QJsonArray interactions;
    for (const CalibrationItem &item : items) {
        interactions << item.externalId;
    }
    return {{QStringLiteral("session"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("created_by"), s.createdBy},
            {QStringLiteral("state"), s.state},
            {QStringLiteral("deadline"),
             s.deadline.isValid() ? QJsonValue(s.deadline.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("expert"), s.expert.isEmpty() ? QJsonValue() : QJsonValue(s.expert)},
            {QStringLiteral("blind_until_closed"), s.blindUntilClosed},
            {QStringLiteral("interactions"), interactions},
            {QStringLiteral("participants"), QJsonArray::fromStringList(s.participants)}};
}

QJsonObject resultsJson(const CalibrationSession &session, const CalibrationResults &r,
                        const QHash<qint64, QString> &externalIds)
{
    QJsonArray rows;
    for (const AgreementRow &row : r.rows) {
        QJsonObject o{{QStringLiteral("key"), row.key},
                      {QStringLiteral("kind"), kindKey(row.kind)},
                      {QStringLiteral("level"), levelName(row.level)},
                      {QStringLiteral("alpha"), number(row.alpha.alpha)},
                      {QStringLiteral("interval"), interval(row.interval)},
                      {QStringLiteral("units"), row.alpha.units},
                      {QStringLiteral("raters"), row.alpha.raters},
                      {QStringLiteral("values"), row.alpha.values},
                      {QStringLiteral("reading"), readingKey(row.reading)},
                      {QStringLiteral("expert_pairs"), row.expertPairs},
                      {QStringLiteral("mean_abs_deviation"), number(row.meanAbsoluteDeviation)},
                      {QStringLiteral("alignment"),
                       number(row.alignment ? std::optional<double>(*row.alignment * 100) : std::nullopt)}};
        if (!row.nameEn.isEmpty() || !row.nameZh.isEmpty()) {
            o.insert(QStringLiteral("name_en"), row.nameEn);
            o.insert(QStringLiteral("name_zh"), row.nameZh);
        }
        if (!row.alpha.alpha) {
            o.insert(QStringLiteral("undefined_reason"), row.alpha.undefinedReason);
        }
        rows << o;
    }
    QJsonArray graders;
    for (const GraderLeniency &g : r.graders) {
        graders << QJsonObject{{QStringLiteral("grader"), g.grader},
                               {QStringLiteral("expert"), g.expert},
                               {QStringLiteral("n"), g.n},
                               {QStringLiteral("leniency"), number(g.meanDeviation)},
                               {QStringLiteral("interval"), interval(g.interval)},
                               {QStringLiteral("expert_n"), g.expertN},
                               {QStringLiteral("expert_deviation"), number(g.expertDeviation)}};
    }
    QJsonArray ids, scores, deviations;
    for (qsizetype u = 0; u < r.interactionIds.size(); ++u) {
        ids << externalIds.value(r.interactionIds.at(u), QString::number(r.interactionIds.at(u)));
        QJsonArray scoreRow, deviationRow;
        for (const HeatCell &cell : r.heatMap.at(u)) {
            scoreRow << number(cell.score);
            deviationRow << number(cell.deviation);
        }
        scores << scoreRow;
        deviations << deviationRow;
    }
    return {
        {QStringLiteral("session"), session.id},
        {QStringLiteral("name"), session.name},
        {QStringLiteral("state"), session.state},
        {QStringLiteral("expert"), session.expert.isEmpty() ? QJsonValue() : QJsonValue(session.expert)},
        {QStringLiteral("scores_submitted"), r.scoresSubmitted},
        {QStringLiteral("scores_expected"), r.scoresExpected},
        {QStringLiteral("bootstrap"),
         QJsonObject{{QStringLiteral("resamples"), r.resamples}, {QStringLiteral("seed"), QString::number(r.seed)}}},
        {QStringLiteral("agreement"), rows},
        {QStringLiteral("graders"), graders},
        {QStringLiteral("heat_map"), QJsonObject{{QStringLiteral("interactions"), ids},
                                                 {QStringLiteral("graders"), QJsonArray::fromStringList(r.graderNames)},
                                                 {QStringLiteral("scores"), scores},
                                                 {QStringLiteral("deviations"), deviations}}}};
}

// The interaction ids of external ids; fills `missing` with those not found.
QList<qint64> interactionIds(CalibrationStore &store, const QStringList &externalIds, QStringList &missing)
{
    QList<qint64> ids;
    for (const QString &external : externalIds) {
        if (const auto id = store.interactionId(external)) {
            ids << *id;
        } else {
            missing << external;
        }
    }
    return ids;
}

std::optional<qint64> sessionId(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// calibration create|add|score|close|list|results (issue 14): calibration sessions from scripts.
int calibration(const Context &context)
{
    const QString sub = context.arguments.value(1);
    const QStringList subcommands{QStringLiteral("create"), QStringLiteral("add"),        QStringLiteral("score"),
                                  QStringLiteral("close"),  QStringLiteral("list"),       QStringLiteral("results"),
                                  QStringLiteral("show"),   QStringLiteral("reliability")};
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        QTextStream(stdout) << "usage: qadesk-cli calibration " << subcommands.join(QLatin1Char('|'))
                            << " [OPTIONS]\nCalibration sessions: several inspectors score the same interactions "
                               "blind; their agreement is measured.\n"
                               "qadesk-cli calibration SUBCOMMAND --help lists a subcommand's options.\n";
        return Success;
    }
    if (!subcommands.contains(sub)) {
        return usageError(QStringLiteral("calibration expects one of %1 (got '%2')")
                              .arg(subcommands.join(QStringLiteral(", ")), sub.left(40)));
    }
    QStringList arguments = context.arguments;
    arguments[0] = arguments.at(0) + QLatin1Char(' ') + sub;
    arguments.removeAt(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Calibration sessions: several inspectors score the same "
                                                    "interactions blind; their agreement is measured."));
    parser.addHelpOption();
    // Not --session: QGuiApplication takes that argument (X11 session management) before any command sees it.
    const QCommandLineOption sessionOption(QStringLiteral("id"), QStringLiteral("The session's id."),
                                           QStringLiteral("ID"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("The session's name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption interactionsOption(QStringLiteral("interactions"),
                                                QStringLiteral("Comma-separated external ids of interactions."),
                                                QStringLiteral("LIST"));
    const QCommandLineOption participantsOption(QStringLiteral("participants"),
                                                QStringLiteral("Comma-separated names of the graders."),
                                                QStringLiteral("LIST"));
    const QCommandLineOption expertOption(QStringLiteral("expert"),
                                          QStringLiteral("The participant whose scores are the reference."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption deadlineOption(
        QStringLiteral("deadline"), QStringLiteral("The last day to score, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption blindOption(QStringLiteral("blind-until-closed"),
                                         QStringLiteral("yes (default): others' scores stay hidden until the session "
                                                        "closes; no: each participant sees them after submitting."),
                                         QStringLiteral("yes|no"), QStringLiteral("yes"));
    const QCommandLineOption byOption(QStringLiteral("by"), QStringLiteral("The same as --as (older scripts)."),
                                      QStringLiteral("LOGIN"));
    const QCommandLineOption interactionOption(QStringLiteral("interaction"),
                                               QStringLiteral("The interaction's external id."), QStringLiteral("ID"));
    const QCommandLineOption participantOption(QStringLiteral("participant"), QStringLiteral("The grader."),
                                               QStringLiteral("NAME"));
    const QCommandLineOption scoresOption(
        QStringLiteral("scores"), QStringLiteral("Comma-separated levels 1-5 in rubric order; NA for not applicable."),
        QStringLiteral("LIST"));
    const QCommandLineOption checklistOption(
        QStringLiteral("checklist"), QStringLiteral("Comma-separated yes/no/na per checklist step, in rubric order."),
        QStringLiteral("LIST"));
    const QCommandLineOption criticalOption(QStringLiteral("critical-failed"),
                                            QStringLiteral("Comma-separated keys of the critical items failed."),
                                            QStringLiteral("KEYS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output (the default)."));
    const QCommandLineOption bootstrapOption(
        QStringLiteral("bootstrap"),
        QStringLiteral("Resamples of the 95% bootstrap intervals (default 1000; 0: none)."), QStringLiteral("N"),
        QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("The bootstrap's seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        QStringLiteral("Who acts: create, add and close need a QA manager or an administrator of the people list; "
                       "results shows only what this person may see now (the blind rule; a login not in the people "
                       "list counts as an inspector)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("results: also print them to this PDF."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QStringLiteral(
            "results: also write the agreement table to FILE (.csv or .xlsx) and the graders' table beside it "
            "(FILE-graders.csv / .xlsx)."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QStringLiteral("Language of the PDF and export: zh or en."), QStringLiteral("zh|en"));
    const QCommandLineOption tzOption(
        QStringLiteral("tz"), QStringLiteral("reliability: the time zone of the months (default the system's)."),
        QStringLiteral("ZONE"));
    parser.addOptions({pdfOption, exportOption, langOption, tzOption});
    parser.addOptions({sessionOption, nameOption, interactionsOption, participantsOption, expertOption, deadlineOption,
                       blindOption, byOption, interactionOption, participantOption, scoresOption, checklistOption,
                       criticalOption, jsonOption, bootstrapOption, seedOption, asOption});
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("calibration %1 takes no positional arguments").arg(sub));
    }
    // Who acts: --as, or --by as older scripts say it. Creating, extending and closing sessions need one.
    const QString actor = parser.isSet(asOption) ? parser.value(asOption) : parser.value(byOption);
    if (actor.isEmpty() && (sub == QLatin1String("create") || sub == QLatin1String("add") ||
                            sub == QLatin1String("close"))) {
        return usageError(
            QStringLiteral("calibration %1 needs --as LOGIN (a QA manager or an administrator)").arg(sub));
    }
    std::optional<qint64> session;
    if (sub != QLatin1String("create") && sub != QLatin1String("list") && sub != QLatin1String("reliability")) {
        session = sessionId(parser, sessionOption);
        if (!session) {
            return usageError(QStringLiteral("calibration %1 needs --id ID (the session)").arg(sub));
        }
    }

    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        CalibrationStore store(connection);
        CalibrationService service(connection);
        const Person by = CalibrationService::viewer(connection, actor);

        if (sub == QLatin1String("create")) {
            if (!parser.isSet(nameOption) || !parser.isSet(interactionsOption) || !parser.isSet(participantsOption)) {
                return usageError(QStringLiteral("calibration create needs --name, --interactions and --participants"));
            }
            const QString blind = parser.value(blindOption);
            if (blind != QLatin1String("yes") && blind != QLatin1String("no")) {
                return usageError(QStringLiteral("--blind-until-closed expects yes or no"));
            }
            CalibrationSession s;
            s.name = parser.value(nameOption);
            s.expert = parser.value(expertOption);
            s.blindUntilClosed = blind == QLatin1String("yes");
            if (parser.isSet(deadlineOption)) {
                s.deadline = QDate::fromString(parser.value(deadlineOption), Qt::ISODate);
                if (!s.deadline.isValid()) {
                    return usageError(QStringLiteral("--deadline expects YYYY-MM-DD"));
                }
            }
            QStringList missing;
            s.interactionIds = interactionIds(store, listOf(parser.value(interactionsOption)), missing);
            if (!missing.isEmpty()) {
                return rejected(
                    QStringLiteral("no interaction with the external id %1").arg(missing.join(QStringLiteral(", "))));
            }
            s.participants = listOf(parser.value(participantsOption));
            service.create(s, by);
            printJson(QJsonDocument(sessionJson(s, store.items(s.id))));
            return Success;
        }
        if (sub == QLatin1String("list")) {
            QJsonArray sessions;
            for (const CalibrationSummary &s : store.list()) {
                sessions << QJsonObject{{QStringLiteral("session"), s.id},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("state"), s.state},
                                        {QStringLiteral("interactions"), s.interactions},
                                        {QStringLiteral("participants"), s.participants},
                                        {QStringLiteral("scores_submitted"), s.submitted}};
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("sessions"), sessions}}));
            return Success;
        }
        if (sub == QLatin1String("reliability")) {
            bool ok = false;
            CalibrationAnalysis::Options options;
            options.resamples = parser.value(bootstrapOption).toInt(&ok);
            if (!ok || options.resamples < 0 || options.resamples > 100000) {
                return usageError(QStringLiteral("--bootstrap expects a number of resamples from 0 to 100000"));
            }
            options.seed = parser.value(seedOption).toULongLong(&ok);
            if (!ok) {
                return usageError(QStringLiteral("--seed expects a whole number"));
            }
            QTimeZone zone = QTimeZone::systemTimeZone();
            if (parser.isSet(tzOption)) {
                zone = QTimeZone(parser.value(tzOption).toUtf8());
                if (!zone.isValid()) {
                    return usageError(QStringLiteral("--tz: unknown time zone '%1'").arg(parser.value(tzOption)));
                }
            }
            const Rubric rubric = RubricStore(connection).current();
            const ReliabilityResults r = service.reliability(zone, options);
            const auto period = [&rubric](const ReliabilityPeriod &p) {
                QJsonObject dimensions;
                for (qsizetype d = 0; d < p.dimensions.size(); ++d) {
                    const ReliabilityCell &cell = p.dimensions.at(d);
                    dimensions.insert(rubric.dimensions.at(d).key,
                                      QJsonObject{{QStringLiteral("alpha"), number(cell.alpha.alpha)},
                                                  {QStringLiteral("interval"), interval(cell.interval)},
                                                  {QStringLiteral("values"), cell.alpha.values},
                                                  {QStringLiteral("reading"), readingKey(cell.reading)}});
                }
                return QJsonObject{
                    {QStringLiteral("month"),
                     p.month.isValid() ? QJsonValue(p.month.toString(QStringLiteral("yyyy-MM"))) : QJsonValue()},
                    {QStringLiteral("pairs"), p.pairs},
                    {QStringLiteral("dimensions"), dimensions},
                    {QStringLiteral("score"), QJsonObject{{QStringLiteral("alpha"), number(p.score.alpha.alpha)},
                                                          {QStringLiteral("interval"), interval(p.score.interval)},
                                                          {QStringLiteral("values"), p.score.alpha.values},
                                                          {QStringLiteral("reading"), readingKey(p.score.reading)}}}};
            };
            QJsonArray months;
            for (const ReliabilityPeriod &p : r.periods) {
                months << period(p);
            }
            QJsonArray drift;
            for (const InspectorDrift &d : r.drift) {
                QJsonArray monthly;
                for (qsizetype m = 0; m < d.monthly.size(); ++m) {
                    monthly << QJsonObject{
                        {QStringLiteral("month"), r.periods.at(m).month.toString(QStringLiteral("yyyy-MM"))},
                        {QStringLiteral("mean"), number(d.monthly.at(m))},
                        {QStringLiteral("n"), d.monthlyN.at(m)}};
                }
                drift << QJsonObject{{QStringLiteral("inspector"), d.inspector},
                                     {QStringLiteral("mean"), number(d.overall)},
                                     {QStringLiteral("interval"), interval(d.interval)},
                                     {QStringLiteral("n"), d.overallN},
                                     {QStringLiteral("months"), monthly}};
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("months"), months},
                                                {QStringLiteral("overall"), period(r.overall)},
                                                {QStringLiteral("drift"), drift},
                                                {QStringLiteral("pending"), r.pending}}));
            return Success;
        }
        if (sub == QLatin1String("add")) {
            QStringList missing;
            const QList<qint64> ids = interactionIds(store, listOf(parser.value(interactionsOption)), missing);
            if (!missing.isEmpty()) {
                return rejected(
                    QStringLiteral("no interaction with the external id %1").arg(missing.join(QStringLiteral(", "))));
            }
            service.add(*session, ids, listOf(parser.value(participantsOption)), by);
            const CalibrationSession s = store.load(*session);
            printJson(QJsonDocument(sessionJson(s, store.items(s.id))));
            return Success;
        }
        if (sub == QLatin1String("show")) {
            const CalibrationSession s = store.load(*session);
            printJson(QJsonDocument(sessionJson(s, store.items(s.id))));
            return Success;
        }
        if (sub == QLatin1String("close")) {
            service.close(*session, by);
            const CalibrationSession s = store.load(*session);
            printJson(QJsonDocument(sessionJson(s, store.items(s.id))));
            return Success;
        }
        if (sub == QLatin1String("score")) {
            if (!parser.isSet(interactionOption) || !parser.isSet(participantOption) || !parser.isSet(scoresOption)) {
                return usageError(QStringLiteral("calibration score needs --interaction, --participant and --scores"));
            }
            const auto interaction = store.interactionId(parser.value(interactionOption));
            if (!interaction) {
                return rejected(
                    QStringLiteral("no interaction with the external id %1").arg(parser.value(interactionOption)));
            }
            const CalibrationSession s = store.load(*session);
            const Rubric rubric = service.rubric(s);
            QList<DimensionEvaluation> dimensions;
            for (const QString &token : parser.value(scoresOption).split(QLatin1Char(','))) {
                DimensionEvaluation d;
                const QString text = token.trimmed();
                bool ok = false;
                const int level = text.toInt(&ok);
                if (text.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0) {
                    d.notApplicable = true;
                } else if (ok && level >= 1 && level <= 5) {
                    d.score = level;
                } else {
                    return usageError(
                        QStringLiteral("--scores: '%1' is not a level; use 1 to 5 or NA").arg(text.left(20)));
                }
                dimensions << d;
            }
            QMap<QString, QString> checklist;
            if (parser.isSet(checklistOption)) {
                const QStringList answers = parser.value(checklistOption).split(QLatin1Char(','));
                if (answers.size() != rubric.checklist.size()) {
                    return usageError(QStringLiteral("--checklist expects %1 answers (yes, no or na), got %2")
                                          .arg(rubric.checklist.size())
                                          .arg(answers.size()));
                }
                for (qsizetype i = 0; i < answers.size(); ++i) {
                    checklist.insert(rubric.checklist.at(i).key, answers.at(i).trimmed().toLower());
                }
            }
            QMap<QString, bool> critical;
            for (const QString &key : listOf(parser.value(criticalOption))) {
                critical.insert(key, true);
            }
            const CalibrationScore score = service.submit(*session, *interaction, parser.value(participantOption),
                                                          dimensions, checklist, critical);
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("session"), score.sessionId},
                                                {QStringLiteral("interaction"), parser.value(interactionOption)},
                                                {QStringLiteral("participant"), score.participant},
                                                {QStringLiteral("score"), number(score.score)},
                                                {QStringLiteral("grade_key"), score.gradeKey}}));
            return Success;
        }
        // results
        bool ok = false;
        CalibrationAnalysis::Options options;
        options.resamples = parser.value(bootstrapOption).toInt(&ok);
        if (!ok || options.resamples < 0 || options.resamples > 100000) {
            return usageError(QStringLiteral("--bootstrap expects a number of resamples from 0 to 100000"));
        }
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            return usageError(QStringLiteral("--seed expects a whole number"));
        }
        const CalibrationSession s = store.load(*session);
        if (!actor.isEmpty()) {
            int own = 0;
            for (const CalibrationScore &score : store.scores(*session)) {
                own += score.participant == by.login ? 1 : 0;
            }
            if (!CalibrationService::canSeeResults(s, by, own == s.interactionIds.size())) {
                if (!s.participants.contains(by.login)) {
                    return rejected(QStringLiteral("%1 may not see the results of calibration session %2: only its "
                                                   "participants and a QA manager or an administrator do")
                                        .arg(by.login)
                                        .arg(s.id));
                }
                return rejected(
                    QStringLiteral("%1 may not see the results of calibration session %2 yet (blind until %3)")
                        .arg(by.login)
                        .arg(s.id)
                        .arg(s.blindUntilClosed ? QStringLiteral("the session closes")
                                                : QStringLiteral("every interaction is scored")));
            }
        }
        QHash<qint64, QString> externalIds;
        for (const CalibrationItem &item : store.items(*session)) {
            externalIds.insert(item.interactionId, item.externalId);
        }
        CalibrationReport report;
        report.session = s;
        report.items = store.items(*session);
        report.results = service.results(*session, options);
        QJsonObject out = resultsJson(s, report.results, externalIds);
        if (parser.isSet(langOption) && parser.value(langOption) != QLatin1String("zh") &&
            parser.value(langOption) != QLatin1String("en")) {
            return usageError(QStringLiteral("--lang expects zh or en"));
        }
        const bool chinese =
            parser.isSet(langOption) ? parser.value(langOption) == QLatin1String("zh") : prefersChinese();
        // The document's words in its language, whatever the system's (the diagnostics keep the system's).
        const DocumentLanguage language(chinese);
        if (parser.isSet(pdfOption)) {
            ReportOptions reportOptions;
            reportOptions.chinese = chinese;
            const int pages = CalibrationReportRenderer(reportOptions).writePdf(report, parser.value(pdfOption));
            out.insert(QStringLiteral("pdf"), QJsonObject{{QStringLiteral("path"), parser.value(pdfOption)},
                                                          {QStringLiteral("pages"), pages}});
        }
        if (parser.isSet(exportOption)) {
            const QString path = parser.value(exportOption);
            const auto format = TableExporter::formatFromPath(path);
            if (!format) {
                return usageError(QStringLiteral("--export expects a .csv or .xlsx file name"));
            }
            const QFileInfo info(path);
            const QString graders =
                info.dir().filePath(info.completeBaseName() + QStringLiteral("-graders.") + info.suffix());
            TableExporter::write(CalibrationExport::agreement(report, chinese), path, *format);
            TableExporter::write(CalibrationExport::graders(report), graders, *format);
            out.insert(QStringLiteral("export"), QJsonArray{path, graders});
        }
        printJson(QJsonDocument(out));
        return Success;
    } catch (const Error &e) {
        return failure(e);
    }
}

const CommandRegistration
    registration("calibration", "calibration sessions: create, add, score, close, list, show, results; reliability",
                 calibration);

} // namespace
} // namespace qadesk::cli
