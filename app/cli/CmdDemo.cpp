#include "CliCommands.h"
#include "Error.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRecordings.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

namespace qadesk::cli {
namespace {

bool parseCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 &out)
{
    if (!parser.isSet(option)) {
        return true;
    }
    bool ok = false;
    out = parser.value(option).toLongLong(&ok);
    return ok && out >= 0;
}

int demo(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills an empty database with reproducible synthetic data."));
    parser.addHelpOption();
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption interactions(QStringLiteral("interactions"), QStringLiteral("Number of interactions (default 10000)."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Number of agents (default: one per 1,000 interactions, 12 to 400)."), QStringLiteral("A"));
    const QCommandLineOption transcripts(QStringLiteral("transcripts"), QStringLiteral("Interactions with a transcript (default 10 %)."), QStringLiteral("T"));
    const QCommandLineOption evaluations(QStringLiteral("evaluations"), QStringLiteral("Evaluations (default 5 %)."), QStringLiteral("E"));
    const QCommandLineOption end(QStringLiteral("end"), QStringLiteral("Last day of the year of data, YYYY-MM-DD (default today)."), QStringLiteral("date"));
    const QCommandLineOption recordings(
        QStringLiteral("recordings"),
        QStringLiteral("Phone interactions given a spoken stereo recording made with espeak-ng (default 6; none by "
                       "default on a database server), written into the folder DB-recordings next to the database "
                       "(qadesk-demo-recordings in the current folder for a server); 0 for none."),
        QStringLiteral("R"), QStringLiteral("6"));
    parser.addOptions({seed, interactions, agents, transcripts, evaluations, end, recordings});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    DemoOptions options;
    bool ok = false;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        return usageError(QStringLiteral("--seed expects a non-negative integer, got '%1'").arg(parser.value(seed)));
    }
    qint64 agentCount = 0;
    if (!parseCount(parser, interactions, options.interactions) || !parseCount(parser, agents, agentCount) ||
        !parseCount(parser, transcripts, options.transcripts) || !parseCount(parser, evaluations, options.evaluations)) {
        return usageError(QStringLiteral("--interactions, --agents, --transcripts and --evaluations expect non-negative integers"));
    }
    if (parser.isSet(agents) && agentCount == 0) {
        return usageError(QStringLiteral("--agents must be at least 1"));
    }
    options.agents = int(agentCount);
    qint64 recordingCount = context.databasePath.contains(QLatin1String("://")) ? 0 : 6;
    if (!parseCount(parser, recordings, recordingCount) || recordingCount > 1000) {
        return usageError(QStringLiteral("--recordings expects a number from 0 to 1000"));
    }
    if (parser.isSet(end)) {
        options.lastDay = QDate::fromString(parser.value(end), Qt::ISODate);
        if (!options.lastDay.isValid()) {
            return usageError(QStringLiteral("--end expects a date YYYY-MM-DD, got '%1'").arg(parser.value(end)));
        }
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        QElapsedTimer timer;
        timer.start();
        QTextStream err(stderr);
        const DemoCounts counts = DemoGenerator(connection, options).run([&err](qint64 done, qint64 total) {
            err << "demo: " << done << " / " << total << " interactions\n";
            err.flush();
        });
        // Next to a database file; for a server database, in the current folder.
        const QString location = connection.location();
        const QString folder =
            location.contains(QLatin1String("://"))
                ? QDir::current().filePath(QStringLiteral("qadesk-demo-recordings"))
                : QFileInfo(location).absolutePath() + QLatin1Char('/') + QFileInfo(location).completeBaseName() +
                      QStringLiteral("-recordings");
        const DemoRecordingsResult spoken = DemoRecordings::attach(connection, folder, int(recordingCount));
        if (!spoken.note.isEmpty() && recordingCount > 0) {
            err << "demo: " << spoken.note << "\n";
            err.flush();
        }
        printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("teams"), counts.teams},
            {QStringLiteral("agents"), counts.agents},
            {QStringLiteral("interactions"), counts.interactions},
            {QStringLiteral("transcripts"), counts.transcripts},
            {QStringLiteral("turns"), counts.turns},
            {QStringLiteral("evaluations"), counts.evaluations},
            {QStringLiteral("people"), counts.people},
            {QStringLiteral("recordings"), spoken.recordings},
            {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
        }));
        return Success;
    } catch (const Error &error) {
        return failure(error);
    }
}

const CommandRegistration registration("demo", "fills the database with reproducible synthetic data", demo);

} // namespace
} // namespace qadesk::cli
