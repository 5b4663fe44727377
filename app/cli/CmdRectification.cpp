#include "CliCommands.h"
#include "storage/PeopleStore.h"
#include "Error.h"
#include "ImprovementJson.h"
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
    "rectification add (--agent CODE | --evaluation ID) [--dimension KEY] [--finding] --due DATE --action TEXT\n"
    "                  [--owner LOGIN] [--verifier LOGIN] [--checks N] --as LOGIN\n"
    "rectification edit --id N [--due DATE] [--action TEXT] [--checks N] [--verifier LOGIN] --as LOGIN\n"
    "rectification start|submit|verify --id N [--note TEXT] --as LOGIN\n"
    "rectification reopen --id N --note TEXT --as LOGIN\n"
    "rectification list [--state STATE] [--agent CODE] [--overdue] --as LOGIN\n"
    "rectification show --id N --as LOGIN\n"
    "rectification draw --as LOGIN\n"
    "rectification findings [--to DATE] [--weeks 4] [--threshold X] [--agent CODE] --as LOGIN\n"
    "rectification notice --id N --out FILE.pdf [--lang zh_CN|en] --as LOGIN");

int rectification(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        kUsage + QStringLiteral("\nRectification (整改) items: raised from an evaluation, a dimension or a dashboard "
                                "finding, worked on by the agent, verified by the agent's next interactions. Prints the "
                                "item (list: items) as JSON; a refused transition exits 1 with the reason."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, edit, start, submit, verify, reopen, "
                                                                         "list, show, draw, findings or notice."));
    const QCommandLineOption as = asOption();
    const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("The item."), QStringLiteral("N"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), QStringLiteral("Agent code."), QStringLiteral("CODE"));
    const QCommandLineOption evaluationOption(QStringLiteral("evaluation"), QStringLiteral("Raised from this evaluation."),
                                              QStringLiteral("ID"));
    const QCommandLineOption dimensionOption(QStringLiteral("dimension"),
                                             QStringLiteral("Rubric dimension key (default: the whole evaluation)."),
                                             QStringLiteral("KEY"));
    const QCommandLineOption findingOption(QStringLiteral("finding"),
                                           QStringLiteral("Raised from the dashboard finding for --agent and --dimension "
                                                          "(below --threshold for --weeks weeks up to --to)."));
    const QCommandLineOption dueOption(QStringLiteral("due"), QStringLiteral("Due date, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption actionOption(QStringLiteral("action"), QStringLiteral("The action required of the agent."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), QStringLiteral("The agent person who owns it."),
                                         QStringLiteral("LOGIN"));
    const QCommandLineOption verifierOption(QStringLiteral("verifier"),
                                            QStringLiteral("Whose queue the verification interactions join."),
                                            QStringLiteral("LOGIN"));
    const QCommandLineOption checksOption(QStringLiteral("checks"),
                                          QStringLiteral("How many next interactions verify it (default 3)."),
                                          QStringLiteral("N"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QStringLiteral("A note for the history."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         QStringLiteral("open, in_progress, submitted, verified or reopened."),
                                         QStringLiteral("STATE"));
    const QCommandLineOption overdueOption(QStringLiteral("overdue"), QStringLiteral("Only items past their due date."));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Findings: the last day (default: today)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption weeksOption(QStringLiteral("weeks"), QStringLiteral("Findings: consecutive weeks (4)."),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             QStringLiteral("Findings: the weekly mean to stay below (default: the "
                                                            "organisation's dimension target, `targets list`)."),
                                             QStringLiteral("X"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Notice: the PDF to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Notice: zh_CN or en."),
                                        QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({as, idOption, agentOption, evaluationOption, dimensionOption, findingOption, dueOption,
                       actionOption, ownerOption, verifierOption, checksOption, noteOption, stateOption, overdueOption,
                       toOption, weeksOption, thresholdOption, outOption, langOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    const QStringList args = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("add"),    QStringLiteral("edit"),   QStringLiteral("start"),
                                     QStringLiteral("submit"), QStringLiteral("verify"), QStringLiteral("reopen"),
                                     QStringLiteral("list"),   QStringLiteral("show"),   QStringLiteral("draw"),
                                     QStringLiteral("findings"), QStringLiteral("notice")};
    if (args.size() != 1 || !actions.contains(args.first())) {
        return usageError(QStringLiteral("usage:\n") + kUsage);
    }
    const QString action = args.first();
    if (!parser.isSet(as)) {
        return usageError(QStringLiteral("rectification %1 needs --as LOGIN (who acts)").arg(action));
    }
    bool ok = true;
    const qint64 id = parser.value(idOption).toLongLong(&ok);
    static const QStringList needId{QStringLiteral("edit"),   QStringLiteral("start"),  QStringLiteral("submit"),
                                    QStringLiteral("verify"), QStringLiteral("reopen"), QStringLiteral("show"),
                                    QStringLiteral("notice")};
    if (needId.contains(action) && (!ok || id <= 0)) {
        return usageError(QStringLiteral("rectification %1 needs --id N").arg(action));
    }
    const auto dateOf = [&](const QCommandLineOption &option, QDate &out) {
        if (!parser.isSet(option)) {
            return true;
        }
        out = dateValue(parser.value(option));
        return out.isValid();
    };
    QDate due;
    QDate to;
    if (!dateOf(dueOption, due) || !dateOf(toOption, to)) {
        return usageError(QStringLiteral("dates are YYYY-MM-DD"));
    }
    int checks = kDefaultVerificationChecks;
    if (parser.isSet(checksOption)) {
        checks = parser.value(checksOption).toInt(&ok);
        if (!ok) {
            return usageError(QStringLiteral("--checks takes a number"));
        }
    }
    std::optional<RectificationState> state;
    if (parser.isSet(stateOption)) {
        state = rectificationStateFromKey(parser.value(stateOption));
        if (!state) {
            return usageError(QStringLiteral("--state: one of open, in_progress, submitted, verified, reopened"));
        }
    }
    if (action == QLatin1String("notice") && !parser.isSet(outOption)) {
        return usageError(QStringLiteral("rectification notice needs --out FILE.pdf"));
    }
    const int weeks = parser.value(weeksOption).toInt();
    std::optional<double> threshold;
    bool thresholdOk = true;
    if (parser.isSet(thresholdOption)) {
        threshold = parser.value(thresholdOption).toDouble(&thresholdOk);
    }
    if (weeks < 1 || weeks > 52 || !thresholdOk) {
        return usageError(QStringLiteral("--weeks takes 1 to 52, --threshold a number"));
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        RectificationService service(connection, PeopleStore(connection).requireActive(parser.value(as)));
        const QDate today = RectificationStore(connection).today();
        const QDate lastDay = to.isValid() ? to : today;
        RectificationDetail detail;
        if (action == QLatin1String("add")) {
            NewRectification n;
            n.agentCode = parser.value(agentOption);
            n.evaluationId = parser.value(evaluationOption).toLongLong();
            n.dimensionKey = parser.value(dimensionOption);
            n.dueDate = due;
            n.requiredAction = parser.value(actionOption);
            n.owner = parser.value(ownerOption);
            n.verifier = parser.value(verifierOption);
            n.checksRequired = checks;
            if (parser.isSet(findingOption)) {
                if (n.agentCode.isEmpty() || n.dimensionKey.isEmpty()) {
                    return usageError(QStringLiteral("--finding needs --agent and --dimension"));
                }
                const auto found = service.findings(lastDay, weeks, threshold, n.agentCode);
                const auto match = std::find_if(found.cbegin(), found.cend(), [&](const DimensionFinding &f) {
                    return f.dimensionKey == n.dimensionKey;
                });
                if (match == found.cend()) {
                    return rejected(QStringLiteral("agent %1 is not below %2 on %3 in each of the %4 weeks up to %5")
                                        .arg(n.agentCode)
                                        .arg(threshold.value_or(service.dimensionTarget()))
                                        .arg(n.dimensionKey)
                                        .arg(weeks)
                                        .arg(lastDay.toString(Qt::ISODate)));
                }
                n.finding = QString::fromUtf8(QJsonDocument(toJson(*match)).toJson(QJsonDocument::Compact));
            }
            detail = service.raise(n);
        } else if (action == QLatin1String("edit")) {
            RectificationEdit e;
            if (parser.isSet(dueOption)) {
                e.dueDate = due;
            }
            if (parser.isSet(actionOption)) {
                e.requiredAction = parser.value(actionOption);
            }
            if (parser.isSet(checksOption)) {
                e.checksRequired = checks;
            }
            if (parser.isSet(verifierOption)) {
                e.verifier = parser.value(verifierOption);
            }
            detail = service.edit(id, e);
        } else if (action == QLatin1String("start")) {
            detail = service.start(id, parser.value(noteOption));
        } else if (action == QLatin1String("submit")) {
            detail = service.submit(id, parser.value(noteOption));
        } else if (action == QLatin1String("verify")) {
            detail = service.verify(id, parser.value(noteOption));
        } else if (action == QLatin1String("reopen")) {
            detail = service.reopen(id, parser.value(noteOption));
        } else if (action == QLatin1String("show")) {
            detail = service.show(id);
        } else if (action == QLatin1String("notice")) {
            detail = service.show(id);
            return writeRectificationNotice(connection, detail, parser.value(outOption), parser.value(langOption));
        } else if (action == QLatin1String("draw")) {
            const int drawn = service.drawPending();
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("drawn"), drawn}}));
            return Success;
        } else if (action == QLatin1String("findings")) {
            QJsonArray all;
            for (const DimensionFinding &f : service.findings(lastDay, weeks, threshold, parser.value(agentOption))) {
                all.append(toJson(f));
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("to"), lastDay.toString(Qt::ISODate)},
                                                {QStringLiteral("findings"), all}}));
            return Success;
        } else {
            RectificationFilter filter;
            filter.state = state;
            filter.agentCode = parser.value(agentOption);
            filter.overdueOnly = parser.isSet(overdueOption);
            filter.today = today;
            QJsonArray all;
            for (const RectificationItem &item : service.list(filter)) {
                all.append(toJson(item, today));
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("items"), all}}));
            return Success;
        }
        printJson(QJsonDocument(toJson(detail, today)));
        return Success;
    } catch (const std::exception &error) {
        return failure(error);
    }
}

const CommandRegistration registration("rectification",
                                       "rectification add|edit|start|submit|verify|reopen|list|show|draw|findings|"
                                       "notice: 整改 items",
                                       rectification);

} // namespace
} // namespace qadesk::cli
