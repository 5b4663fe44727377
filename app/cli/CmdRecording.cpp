#include "audio/AudioAnalysis.h"
#include "audio/RecordingLocator.h"
#include "CliCommands.h"
#include "Error.h"
#include "storage/Connection.h"
#include "storage/InteractionReader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace qadesk::cli {
namespace {

QJsonArray spans(const QList<TimeSpan> &list)
{
    QJsonArray out;
    for (const TimeSpan &span : list) {
        out.append(QJsonObject{{QStringLiteral("start_ms"), span.startMs}, {QStringLiteral("end_ms"), span.endMs}});
    }
    return out;
}

QJsonValue optionalMs(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// recording --interaction EXTERNAL_ID: the energy analysis of one interaction's recording (docs/recordings.md).
int recording(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Analyses one interaction's recording from each channel's energy (no speech recognition) and prints JSON: "
        "duration_ms, sample_rate, channels, speech_ms {agent, customer}, silences, overtalk, "
        "first_agent_response_ms. Thresholds: docs/recordings.md."));
    parser.addHelpOption();
    const QCommandLineOption interactionOption(
        QStringLiteral("interaction"), QStringLiteral("The interaction's external id."), QStringLiteral("EXTERNAL_ID"));
    const QCommandLineOption rootOption(QStringLiteral("recordings-root"),
                                        QStringLiteral("A folder where recordings may also lie (as in Settings)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption silenceOption(QStringLiteral("silence-ms"),
                                           QStringLiteral("Shortest silence reported, in ms (default 10000)."),
                                           QStringLiteral("MS"), QStringLiteral("10000"));
    const QCommandLineOption agentOption(QStringLiteral("agent-channel"),
                                         QStringLiteral("The agent's channel in stereo recordings: left (default) "
                                                        "or right."),
                                         QStringLiteral("SIDE"), QStringLiteral("left"));
    parser.addOptions({interactionOption, rootOption, silenceOption, agentOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("recording takes no positional arguments (got '%1')")
                              .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    }
    if (!parser.isSet(interactionOption) || parser.value(interactionOption).isEmpty()) {
        return usageError(QStringLiteral("recording needs --interaction EXTERNAL_ID"));
    }
    AnalysisOptions options;
    bool ok = false;
    options.silenceMinMs = parser.value(silenceOption).toLongLong(&ok);
    if (!ok || options.silenceMinMs < 100) {
        return usageError(QStringLiteral("--silence-ms needs a whole number of milliseconds, at least 100"));
    }
    const QString side = parser.value(agentOption);
    if (side != QLatin1String("left") && side != QLatin1String("right")) {
        return usageError(QStringLiteral("--agent-channel is left or right, not '%1'").arg(side.left(40)));
    }
    options.agentChannel = side == QLatin1String("right") ? 1 : 0;
    try {
        if (!context.databasePath.contains(QLatin1String("://")) && !QFileInfo::exists(context.databasePath)) {
            return rejected(QStringLiteral("the database %1 does not exist").arg(context.databasePath));
        }
        Interaction interaction;
        {
            Connection connection(context.databasePath);
            InteractionReader reader(connection);
            const qint64 id = reader.idOf(parser.value(interactionOption));
            if (id == 0) {
                return rejected(QStringLiteral("no interaction %1").arg(parser.value(interactionOption).left(80)));
            }
            interaction = reader.load(id, false);
        }
        const RecordingLocation location =
            RecordingLocator::locate(interaction.recording, interaction.sourceFile, parser.value(rootOption));
        if (!location.found()) {
            return rejected(location.problem);
        }
        const RecordingAnalysis analysis = AudioAnalyzer::analyze(EnvelopeReader::readCached(location.path), options);
        QJsonObject output;
        output.insert(QStringLiteral("duration_ms"), analysis.durationMs);
        output.insert(QStringLiteral("sample_rate"), analysis.sampleRate);
        output.insert(QStringLiteral("channels"), analysis.channels);
        output.insert(QStringLiteral("speech_ms"),
                      QJsonObject{{QStringLiteral("agent"), optionalMs(analysis.agentSpeechMs)},
                                  {QStringLiteral("customer"), optionalMs(analysis.customerSpeechMs)}});
        output.insert(QStringLiteral("silences"), spans(analysis.silences));
        output.insert(QStringLiteral("overtalk"), spans(analysis.overtalk));
        output.insert(QStringLiteral("first_agent_response_ms"), optionalMs(analysis.firstAgentResponseMs));
        printJson(QJsonDocument(output));
        return Success;
    } catch (const std::exception &error) {
        return failure(error);
    }
}

const CommandRegistration registration("recording", "energy analysis of one interaction's recording", recording);

} // namespace
} // namespace qadesk::cli
