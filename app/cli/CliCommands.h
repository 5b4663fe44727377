#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <functional>

namespace qadesk::cli {

// Exit codes of the automation contract (DESIGN §5).
// Busy: the database stayed locked by another writer beyond the wait allowed; nothing was changed and the
// same command can simply be run again (neither the input nor the database is at fault).
enum ExitCode { Success = 0, Rejected = 1, UsageError = 2, Busy = 3 };

struct Context
{
    QString databasePath; // from --db, $QADESK_DB or the default
    QStringList arguments; // program name followed by the command's own options
};

using Command = std::function<int(const Context &)>;

// Each command file registers itself with a static CommandRegistration.
struct CommandRegistration
{
    CommandRegistration(const char *name, const char *summary, Command command);
};

int run(const QStringList &arguments);

void printJson(const QJsonDocument &document);
int usageError(const QString &message);
int rejected(const QString &message);
// Rejected, or Busy for a qadesk::BusyError; the message goes to stderr.
int failure(const std::exception &error);

} // namespace qadesk::cli
