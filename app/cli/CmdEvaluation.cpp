#include "CliCommands.h"
#include "storage/PeopleStore.h"
#include "Error.h"
#include "feedback/FeedbackService.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace qadesk::cli {
namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonArray numbers(const QList<qint64> &values)
{
    QJsonArray out;
    for (const qint64 v : values) {
        out.append(v);
    }
    return out;
}

QJsonArray dimensionsJson(const Evaluation &e)
{
    QJsonArray out;
    for (const DimensionEvaluation &d : e.dimensions) {
        out.append(QJsonObject{{QStringLiteral("key"), d.key},
                               {QStringLiteral("score"), d.score ? QJsonValue(*d.score) : QJsonValue()},
                               {QStringLiteral("na"), d.notApplicable},
                               {QStringLiteral("evidence"), numbers(d.evidenceTurnIds)}});
    }
    return out;
}

QJsonObject rowJson(const FeedbackRow &r)
{
    return QJsonObject{{QStringLiteral("evaluation"), r.evaluationId},
                       {QStringLiteral("interaction"), r.externalId},
                       {QStringLiteral("agent"), r.agentCode},
                       {QStringLiteral("team"), text(r.teamName)},
                       {QStringLiteral("inspector"), r.inspector},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("score"), r.score ? QJsonValue(*r.score) : QJsonValue()},
                       {QStringLiteral("grade_key"), text(r.gradeKey)},
                       {QStringLiteral("state"), text(r.state)},
                       {QStringLiteral("released_at"), time(r.releasedAt)},
                       {QStringLiteral("deadline"), time(r.deadline)},
                       {QStringLiteral("overdue"), r.overdue},
                       {QStringLiteral("level"), r.level},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("outcome"), text(r.outcome)}};
}

QJsonObject detailJson(const FeedbackDetail &d)
{
    QJsonObject o = rowJson(d.row);
    o.insert(QStringLiteral("dimensions"), dimensionsJson(d.evaluation));
    o.insert(QStringLiteral("released_by"), d.feedback ? text(d.feedback->releasedBy) : QJsonValue());
    o.insert(QStringLiteral("respond_by"), d.feedback ? time(d.feedback->respondBy) : QJsonValue());
    if (d.feedback && d.feedback->acknowledgedAt.isValid()) {
        o.insert(QStringLiteral("acknowledgement"),
                 QJsonObject{{QStringLiteral("by"), d.feedback->acknowledgedBy},
                             {QStringLiteral("at"), time(d.feedback->acknowledgedAt)},
                             {QStringLiteral("name"), d.feedback->signatureName},
                             {QStringLiteral("signed"), !d.feedback->signature.isEmpty()}});
    } else {
        o.insert(QStringLiteral("acknowledgement"), QJsonValue());
    }
    if (d.dispute) {
        QJsonArray items;
        for (const DisputeItem &item : d.dispute->items) {
            items.append(QJsonObject{{QStringLiteral("dimension"), item.dimensionKey},
                                     {QStringLiteral("reason"), item.reason},
                                     {QStringLiteral("proposed_level"), item.proposedLevel},
                                     {QStringLiteral("turns"), numbers(item.evidenceTurnIds)},
                                     {QStringLiteral("ms"), numbers(item.evidenceMs)}});
        }
        QJsonArray decisions;
        for (const DisputeDecision &decision : d.dispute->decisions) {
            decisions.append(QJsonObject{{QStringLiteral("level"), decision.level},
                                         {QStringLiteral("by"), decision.decidedBy},
                                         {QStringLiteral("at"), time(decision.decidedAt)},
                                         {QStringLiteral("outcome"), decision.outcome},
                                         {QStringLiteral("reason"), decision.reason},
                                         {QStringLiteral("version_before"), decision.versionBefore},
                                         {QStringLiteral("version_after"), decision.versionAfter}});
        }
        o.insert(QStringLiteral("dispute"), QJsonObject{{QStringLiteral("id"), d.dispute->id},
                                                        {QStringLiteral("raised_by"), d.dispute->raisedBy},
                                                        {QStringLiteral("raised_at"), time(d.dispute->raisedAt)},
                                                        {QStringLiteral("level"), d.dispute->level},
                                                        {QStringLiteral("decide_by"), time(d.dispute->decideBy)},
                                                        {QStringLiteral("escalate_by"), time(d.dispute->escalateBy)},
                                                        {QStringLiteral("escalation_reason"),
                                                         text(d.dispute->escalationReason)},
                                                        {QStringLiteral("closed_at"), time(d.dispute->closedAt)},
                                                        {QStringLiteral("items"), items},
                                                        {QStringLiteral("decisions"), decisions}});
    } else {
        o.insert(QStringLiteral("dispute"), QJsonValue());
    }
    QJsonArray versions;
    for (const EvaluationVersion &v : d.versions) {
        versions.append(QJsonObject{{QStringLiteral("version"), v.version},
                                    {QStringLiteral("score"), v.content.score ? QJsonValue(*v.content.score) : QJsonValue()},
                                    {QStringLiteral("grade_key"), text(v.content.gradeKey)},
                                    {QStringLiteral("replaced_by"), v.replacedBy},
                                    {QStringLiteral("replaced_at"), time(v.replacedAt)},
                                    {QStringLiteral("dimensions"), dimensionsJson(v.content)}});
    }
    o.insert(QStringLiteral("versions"), versions);
    return o;
}

// --item '{"dimension": "attitude", "proposed_level": 4, "reason": "…", "turns": [12], "ms": [3000]}'
std::optional<DisputeItem> itemFrom(const QString &json, QString &error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        error = QStringLiteral("--item must be a JSON object like {\"dimension\": \"attitude\", \"proposed_level\": 4, "
                               "\"reason\": \"...\", \"turns\": [12], \"ms\": [3000]}");
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    DisputeItem item;
    item.dimensionKey = o.value(QLatin1String("dimension")).toString();
    item.reason = o.value(QLatin1String("reason")).toString();
    item.proposedLevel = o.value(QLatin1String("proposed_level")).toInt();
    for (const QJsonValue &v : o.value(QLatin1String("turns")).toArray()) {
        item.evidenceTurnIds << qint64(v.toDouble());
    }
    for (const QJsonValue &v : o.value(QLatin1String("ms")).toArray()) {
        item.evidenceMs << qint64(v.toDouble());
    }
    return item;
}

// --rescore attitude=4,records=NA
std::optional<Rescore> rescoreFrom(const QString &text, QString &error)
{
    Rescore rescore;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char('='));
        bool ok = false;
        const int level = pair.value(1).trimmed().toInt(&ok);
        if (pair.size() != 2 || (!ok && pair.at(1).trimmed().compare(QLatin1String("NA"), Qt::CaseInsensitive) != 0)) {
            error = QStringLiteral("--rescore is KEY=LEVEL,... with LEVEL 1-5 or NA (found \"%1\")").arg(part.left(40));
            return std::nullopt;
        }
        rescore.insert(pair.at(0).trimmed(), ok ? std::optional<int>(level) : std::nullopt);
    }
    return rescore;
}

// evaluation release|acknowledge|dispute|decide|accept|escalate|show|list|rates --as LOGIN ...
int evaluation(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "evaluation release --id N [--id N ...] --as LOGIN\n"
        "evaluation acknowledge --id N --name NAME [--signature FILE.json] --as LOGIN\n"
        "evaluation dispute --id N --item JSON [--item JSON ...] --as LOGIN\n"
        "evaluation decide --id N --outcome accepted|partly|rejected --reason TEXT [--rescore KEY=LEVEL,...] --as LOGIN\n"
        "evaluation accept|escalate --id N [--reason TEXT] --as LOGIN\n"
        "evaluation show --id N --as LOGIN | list [--which mine|to-release|pending|disputes] --as LOGIN | rates --as LOGIN\n"
        "The feedback loop (issue 13): release to the agent, acknowledgement, disputes at two levels. Prints the "
        "evaluation as it stands (list: the rows; rates: per inspector); a refused step exits 1 saying why."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("release, acknowledge, dispute, decide, accept, escalate, show, list or rates."));
    const QCommandLineOption asOption(QStringLiteral("as"), QStringLiteral("Who acts (a login with a role)."),
                                      QStringLiteral("LOGIN"));
    const QCommandLineOption idOption(QStringLiteral("id"), QStringLiteral("The evaluation."), QStringLiteral("N"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("acknowledge: the typed name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption signatureOption(QStringLiteral("signature"),
                                             QStringLiteral("acknowledge: a JSON file of strokes [[[x,y],...],...]."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption itemOption(QStringLiteral("item"), QStringLiteral("dispute: one disputed dimension as JSON."),
                                        QStringLiteral("JSON"));
    const QCommandLineOption outcomeOption(QStringLiteral("outcome"), QStringLiteral("decide: accepted, partly or rejected."),
                                           QStringLiteral("OUTCOME"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), QStringLiteral("decide, escalate: the reason."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption rescoreOption(QStringLiteral("rescore"),
                                           QStringLiteral("decide: new levels, KEY=LEVEL,... (LEVEL 1-5 or NA)."),
                                           QStringLiteral("LIST"));
    const QCommandLineOption whichOption(QStringLiteral("which"),
                                         QStringLiteral("list: mine (default), to-release, pending or disputes."),
                                         QStringLiteral("WHICH"));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      QStringLiteral("When it happens (ISO 8601 with offset; default now): replays "
                                                     "past events and tests deadlines."),
                                      QStringLiteral("TIME"));
    parser.addOptions({asOption, idOption, nameOption, signatureOption, itemOption, outcomeOption, reasonOption,
                       rescoreOption, whichOption, atOption});
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    const QStringList args = parser.positionalArguments();
    static const QStringList actions{QStringLiteral("release"), QStringLiteral("acknowledge"), QStringLiteral("dispute"),
                                     QStringLiteral("decide"),  QStringLiteral("accept"),      QStringLiteral("escalate"),
                                     QStringLiteral("show"),    QStringLiteral("list"),        QStringLiteral("rates")};
    if (args.size() != 1 || !actions.contains(args.at(0))) {
        return usageError(QStringLiteral("usage: evaluation %1 --as LOGIN ...").arg(actions.join(QLatin1Char('|'))));
    }
    const QString action = args.at(0);
    if (!parser.isSet(asOption)) {
        return usageError(QStringLiteral("evaluation %1 needs --as LOGIN: who acts").arg(action));
    }
    QList<qint64> ids;
    for (const QString &value : parser.values(idOption)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (!ok || id <= 0) {
                return usageError(QStringLiteral("--id must be an evaluation number (found \"%1\")").arg(part.left(40)));
            }
            ids << id;
        }
    }
    const bool needsOneId = action != QLatin1String("list") && action != QLatin1String("rates") &&
                            action != QLatin1String("release");
    if ((needsOneId && ids.size() != 1) || (action == QLatin1String("release") && ids.isEmpty())) {
        return usageError(QStringLiteral("evaluation %1 needs --id N").arg(action));
    }
    if (action == QLatin1String("decide") && (!parser.isSet(outcomeOption) || !parser.isSet(reasonOption))) {
        return usageError(QStringLiteral("evaluation decide needs --outcome accepted|partly|rejected and --reason TEXT"));
    }
    if (action == QLatin1String("acknowledge") && !parser.isSet(nameOption)) {
        return usageError(QStringLiteral("evaluation acknowledge needs --name NAME (the typed signature)"));
    }
    QDateTime at;
    if (parser.isSet(atOption)) {
        at = QDateTime::fromString(parser.value(atOption), Qt::ISODate);
        if (!at.isValid()) {
            return usageError(QStringLiteral("--at must be an ISO 8601 time, e.g. 2024-03-05T09:00:00+08:00"));
        }
    }
    FeedbackList which = FeedbackList::Mine;
    const QString whichText = parser.value(whichOption);
    if (whichText == QLatin1String("to-release")) {
        which = FeedbackList::ToRelease;
    } else if (whichText == QLatin1String("pending")) {
        which = FeedbackList::PendingAcknowledgement;
    } else if (whichText == QLatin1String("disputes")) {
        which = FeedbackList::OpenDisputes;
    } else if (!whichText.isEmpty() && whichText != QLatin1String("mine")) {
        return usageError(QStringLiteral("--which is mine, to-release, pending or disputes"));
    }
    QList<DisputeItem> items;
    for (const QString &json : parser.values(itemOption)) {
        QString error;
        const std::optional<DisputeItem> item = itemFrom(json, error);
        if (!item) {
            return usageError(error);
        }
        items << *item;
    }
    Rescore rescore;
    if (parser.isSet(rescoreOption)) {
        QString error;
        const std::optional<Rescore> parsed = rescoreFrom(parser.value(rescoreOption), error);
        if (!parsed) {
            return usageError(error);
        }
        rescore = *parsed;
    }
    QString signature;
    if (parser.isSet(signatureOption)) {
        QFile file(parser.value(signatureOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return rejected(QStringLiteral("cannot read the signature file %1").arg(file.fileName()));
        }
        signature = QString::fromUtf8(file.read(1024 * 1024));
    }
    try {
        Connection connection(context.databasePath);
        Schema::migrate(connection);
        FeedbackService service(connection, PeopleStore(connection).requireActive(parser.value(asOption)),
                                at.isValid() ? FeedbackService::Clock([at] { return at; }) : FeedbackService::Clock());
        if (action == QLatin1String("list")) {
            QJsonArray rows;
            for (const FeedbackRow &row : service.list(which)) {
                rows.append(rowJson(row));
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("evaluations"), rows}}));
            return Success;
        }
        if (action == QLatin1String("rates")) {
            QJsonArray rows;
            for (const InspectorRates &r : service.rates()) {
                rows.append(QJsonObject{
                    {QStringLiteral("inspector"), r.inspector},
                    {QStringLiteral("released"), r.released},
                    {QStringLiteral("disputes"), r.disputes},
                    {QStringLiteral("decided"), r.decided},
                    {QStringLiteral("overturned"), r.overturned},
                    {QStringLiteral("dispute_rate"), r.disputeRate() ? QJsonValue(*r.disputeRate()) : QJsonValue()},
                    {QStringLiteral("overturn_rate"), r.overturnRate() ? QJsonValue(*r.overturnRate()) : QJsonValue()}});
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("inspectors"), rows}}));
            return Success;
        }
        if (action == QLatin1String("release")) {
            service.release(ids); // all or none
            QJsonArray released;
            for (const qint64 id : ids) {
                released.append(detailJson(service.detail(id)));
            }
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("evaluations"), released}}));
            return Success;
        }
        const qint64 id = ids.constFirst();
        if (action == QLatin1String("acknowledge")) {
            service.acknowledge(id, parser.value(nameOption), signature);
        } else if (action == QLatin1String("dispute")) {
            service.dispute(id, items);
        } else if (action == QLatin1String("decide")) {
            service.decide(id, parser.value(outcomeOption), parser.value(reasonOption), rescore);
        } else if (action == QLatin1String("accept")) {
            service.accept(id);
        } else if (action == QLatin1String("escalate")) {
            service.escalate(id, parser.value(reasonOption));
        }
        printJson(QJsonDocument(detailJson(service.detail(id))));
        return Success;
    } catch (const std::exception &error) {
        return failure(error);
    }
}

const CommandRegistration registration(
    "evaluation", "evaluation release|acknowledge|dispute|decide|accept|escalate|show|list|rates: feedback to agents",
    evaluation);

} // namespace
} // namespace qadesk::cli
