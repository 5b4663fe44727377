#include "CliCommands.h"
#include "storage/PeopleStore.h"
#include "Error.h"
#include "ImprovementJson.h"
#include "improvement/CoachingService.h"
#include "improvement/RectificationService.h"
#include "storage/Connection.h"
#include "storage/RectificationStore.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace qadesk::cli {
namespace {

const QString kUsage = QStringLiteral(
    "coaching add --agent CODE --date DATE [--dimension KEY] [--notes TEXT] [--evaluation ID]... [--recording EXT]...\n"
    "             [--commit TEXT [--due DATE]]... [--rectification N] [--coach LOGIN] --as LOGIN\n"
    "coaching commit --id N --text TEXT [--due DATE] --as LOGIN\n"
    "coaching done --commitment N [--undo] --as LOGIN\n"
    "coaching note --id N --text TEXT --as LOGIN   (the coached agent's own note)\n"
    "coaching list [--agent CODE] --as LOGIN\n"
    "coaching show --id N [--weeks 8] --as LOGIN   (with the dimension trend before and after)\n"
    "coaching record --id N --out FILE.pdf [--lang zh_CN|en] --as LOGIN");

int coaching(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(kUsage + QStringLiteral("\nCoaching sessions and the agent's commitments; prints "
                                                             "the session (list: sessions) as JSON; a refused change "
                                                             "exits 1 with the reason."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("add, commit, done, note, list, show or record."));
    const QCommandLineOption as = asOption();
    const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("The session."), QStringLiteral("N"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), QStringLiteral("Agent code."), QStringLiteral("CODE"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("When it was held, YYYY-MM-DD."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption dimensionOption(QStringLiteral("dimension"), QStringLiteral("The dimension worked on."),
                                             QStringLiteral("KEY"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), QStringLiteral("The coach's notes."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption evaluationOption(QStringLiteral("evaluation"), QStringLiteral("An evaluation discussed."),
                                              QStringLiteral("ID"));
    const QCommandLineOption recordingOption(QStringLiteral("recording"),
                                             QStringLiteral("An interaction whose recording was discussed."),
                                             QStringLiteral("EXTERNAL_ID"));
    const QCommandLineOption commitOption(QStringLiteral("commit"), QStringLiteral("A commitment of the agent."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption dueOption(QStringLiteral("due"), QStringLiteral("The due date of the commitment before it."),
                                       QStringLiteral("DATE"));
    const QCommandLineOption rectificationOption(QStringLiteral("rectification"),
                                                 QStringLiteral("The rectification item it belongs to."),
                                                 QStringLiteral("N"));
    const QCommandLineOption coachOption(QStringLiteral("coach"), QStringLiteral("The coach (default: --as)."),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("Commitment or note text."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption commitmentOption(QStringLiteral("commitment"), QStringLiteral("The commitment."),
                                              QStringLiteral("N"));
    const QCommandLineOption undoOption(QStringLiteral("undo"), QStringLiteral("Mark it not done."));
    const QCommandLineOption weeksOption(QStringLiteral("weeks"), QStringLiteral("Trend weeks before and after (8)."),
                                         QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Record: the PDF to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Record: zh_CN or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({as, idOption, agentOption, dateOption, dimensionOption, notesOption, evaluationOption,
                       recordingOption, commitOption, dueOption, rectificationOption, coachOption, textOption,
                       commitmentOption, undoOption, weeksOption, outOption, langOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    const QStringList args = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("add"),  QStringLiteral("commit"), QStringLiteral("done"),
                                     QStringLiteral("note"), QStringLiteral("list"),   QStringLiteral("show"),
                                     QStringLiteral("record")};
    if (args.size() != 1 || !actions.contains(args.first())) {
        return usageError(QStringLiteral("usage:\n") + kUsage);
    }
    const QString action = args.first();
    if (!parser.isSet(as)) {
        return usageError(QStringLiteral("coaching %1 needs --as LOGIN (who acts)").arg(action));
    }
    bool ok = true;
    const qint64 id = parser.value(idOption).toLongLong(&ok);
    static const QStringList needId{QStringLiteral("commit"), QStringLiteral("note"), QStringLiteral("show"),
                                    QStringLiteral("record")};
    if (needId.contains(action) && (!ok || id <= 0)) {
        return usageError(QStringLiteral("coaching %1 needs --id N").arg(action));
    }
    const qint64 commitment = parser.value(commitmentOption).toLongLong(&ok);
    if (action == QLatin1String("done") && (!ok || commitment <= 0)) {
        return usageError(QStringLiteral("coaching done needs --commitment N"));
    }
    if ((action == QLatin1String("commit") || action == QLatin1String("note")) && !parser.isSet(textOption)) {
        return usageError(QStringLiteral("coaching %1 needs --text TEXT").arg(action));
    }
    if (action == QLatin1String("record") && !parser.isSet(outOption)) {
        return usageError(QStringLiteral("coaching record needs --out FILE.pdf"));
    }
    const QStringList dues = parser.values(dueOption);
    for (const QString &due : dues) {
        if (!dateValue(due).isValid()) {
            return usageError(QStringLiteral("dates are YYYY-MM-DD"));
        }
    }
    const int weeks = parser.value(weeksOption).toInt();
    if (weeks < 1 || weeks > 52) {
        return usageError(QStringLiteral("--weeks takes 1 to 52"));
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        CoachingService service(connection, PeopleStore(connection).requireActive(parser.value(as)));
        const QDate today = RectificationStore(connection).today();
        CoachingSession session;
        if (action == QLatin1String("add")) {
            session.agentCode = parser.value(agentOption);
            session.heldOn = dateValue(parser.value(dateOption));
            if (session.agentCode.isEmpty() || !session.heldOn.isValid()) {
                return usageError(QStringLiteral("coaching add needs --agent CODE and --date YYYY-MM-DD"));
            }
            session.dimensionKey = parser.value(dimensionOption);
            session.notes = parser.value(notesOption);
            session.coach = parser.value(coachOption);
            session.rectificationId = parser.value(rectificationOption).toLongLong();
            for (const QString &e : parser.values(evaluationOption)) {
                session.evaluationIds << e.toLongLong();
            }
            session.interactionExternalIds = parser.values(recordingOption);
            const QStringList commitments = parser.values(commitOption);
            if (dues.size() > commitments.size()) {
                return usageError(QStringLiteral("each --due follows the --commit it belongs to"));
            }
            for (qsizetype i = 0; i < commitments.size(); ++i) {
                CoachingCommitment c;
                c.text = commitments.at(i);
                c.dueDate = i < dues.size() ? dateValue(dues.at(i)) : QDate();
                session.commitments << c;
            }
            session = service.add(session);
        } else if (action == QLatin1String("commit")) {
            session = service.addCommitment(id, parser.value(textOption),
                                            dues.isEmpty() ? QDate() : dateValue(dues.constFirst()));
        } else if (action == QLatin1String("done")) {
            session = service.setDone(commitment, !parser.isSet(undoOption));
        } else if (action == QLatin1String("note")) {
            session = service.setAgentNote(id, parser.value(textOption));
        } else if (action == QLatin1String("list")) {
            QJsonArray all;
            for (const CoachingSession &s : service.list(parser.value(agentOption))) {
                all.append(toJson(s, today));
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("sessions"), all}}));
            return Success;
        } else if (action == QLatin1String("record")) {
            session = service.show(id);
            return writeCoachingRecord(connection, session, service.trend(id, {}, weeks), parser.value(outOption),
                                       parser.value(langOption));
        } else {
            session = service.show(id);
            QJsonObject o = toJson(session, today);
            o.insert(QStringLiteral("trend"), toJson(service.trend(id, parser.value(dimensionOption), weeks)));
            printJson(QJsonDocument(o));
            return Success;
        }
        printJson(QJsonDocument(toJson(session, today)));
        return Success;
    } catch (const std::exception &error) {
        return failure(error);
    }
}

const CommandRegistration registration("coaching", "coaching add|commit|done|note|list|show|record: coaching sessions",
                                       coaching);

} // namespace
} // namespace qadesk::cli
