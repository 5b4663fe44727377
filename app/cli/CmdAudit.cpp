#include "CliCommands.h"
#include "Error.h"
#include "storage/AuditChain.h"
#include "storage/Connection.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace qadesk::cli {
namespace {

// audit verify [--anchor SEQ:HASH]: walks the whole hash chain of the audit log; reads only (no migration, no
// guard restored), so that what it reports is the database as it was found.
int audit(const Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("audit verify: walks the audit log's hash chain and checks its guards. Exit 0 when intact, "
                       "1 naming the first broken entry (edited, deleted, inserted or replaced rows, also with the "
                       "guards removed)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("The subcommand."));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        QStringLiteral("A head printed by an earlier run (\"anchor\"): also check that the log still holds that "
                       "entry unchanged, so that a log rewritten from there on is noticed."),
        QStringLiteral("SEQ:HASH"));
    parser.addOption(anchorOption);
    if (!parser.parse(context.arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(Success);
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        return usageError(QStringLiteral("audit takes one subcommand: verify"));
    }
    std::optional<AuditHead> anchor;
    if (parser.isSet(anchorOption)) {
        anchor = AuditHead::fromString(parser.value(anchorOption));
        if (!anchor) {
            return usageError(QStringLiteral("--anchor needs SEQ:HASH as printed by audit verify, not \"%1\"")
                                  .arg(parser.value(anchorOption).left(80)));
        }
    }
    try {
        if (!context.databasePath.contains(QLatin1String("://")) && !QFileInfo::exists(context.databasePath)) {
            return rejected(QStringLiteral("the database %1 does not exist").arg(context.databasePath));
        }
        Connection connection(context.databasePath);
        AuditChain chain(connection);
        AuditVerification result = chain.verify();
        if (anchor) {
            // The walk from the first entry, plus the anchor's entry.
            const AuditVerification anchored = chain.verifyTail(0, anchor);
            if (anchored.firstBroken && (!result.firstBroken || anchored.firstBroken->seq < result.firstBroken->seq)) {
                result.firstBroken = anchored.firstBroken;
            }
        }
        QJsonObject out{{QStringLiteral("entries"), result.entries},
                        {QStringLiteral("checked"), result.checked},
                        {QStringLiteral("ok"), result.ok()},
                        {QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), result.head.seq},
                                                             {QStringLiteral("hash"), result.head.hash}}},
                        {QStringLiteral("anchor"), result.head.toString()},
                        {QStringLiteral("guards_missing"), QJsonArray::fromStringList(result.missingGuards)}};
        if (result.firstBroken) {
            const AuditFinding &f = *result.firstBroken;
            out.insert(QStringLiteral("first_broken"),
                       QJsonObject{{QStringLiteral("seq"), f.seq},
                                   {QStringLiteral("id"), f.id},
                                   {QStringLiteral("problem"), AuditFinding::problemKey(f.problem)},
                                   {QStringLiteral("message"), f.message}});
        }
        printJson(QJsonDocument(out));
        if (result.ok()) {
            return Success;
        }
        if (result.firstBroken) {
            std::fprintf(stderr, "audit: %s\n", qPrintable(result.firstBroken->message));
        }
        if (!result.missingGuards.isEmpty()) {
            std::fprintf(stderr, "audit: the log's guards were removed from the database: %s\n",
                         qPrintable(result.missingGuards.join(QStringLiteral(", "))));
        }
        return Rejected;
    } catch (const Error &error) {
        return failure(error);
    }
}

const CommandRegistration registration("audit", "audit verify: checks the audit log's hash chain", audit);

} // namespace
} // namespace qadesk::cli
