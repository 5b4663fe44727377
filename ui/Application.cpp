#include "Application.h"

#include "AppIdentity.h"
#include "Translations.h"
#include "common/MessageBox.h"
#include "Error.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Connection.h"
#include "storage/OrganisationZone.h"
#include "storage/DatabaseBackup.h"
#include "storage/Schema.h"
#include "storage/StartupWarnings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace qadesk {

namespace {

void installTranslators()
{
    Translations::install(AppSettings().effectiveLanguage() == QLatin1String("zh_CN"));
}

// quick_check reads about 70 MB/s here (0.44 s for a 32 MB file). Not writing to a damaged file comes
// before the 500 ms start budget, up to this size; larger files are checked after the window opens.
constexpr qint64 kFullCheckBytes = 64 * 1024 * 1024;
constexpr int kGuiBusyTimeoutMs = 500;

void showFindings(QWidget *parent, const QString &path, const QStringList &findings)
{
    MessageBox::notice(parent, QStringLiteral("startupFindingsBox"), QApplication::translate("Application", "QA Desk"),
                       QApplication::translate("Application", "Please check the database %1.").arg(path),
                       findings.join(QStringLiteral("\n\n")));
}

void showDamaged(const QString &path, const QString &problem)
{
    MessageBox::critical(
        nullptr, QApplication::translate("Application", "QA Desk"),
        QApplication::translate("Application", "QA Desk cannot work with the database %1.").arg(path),
        QApplication::translate("Application",
                                "%1\n\nThe file was not changed. Restore your latest backup with "
                                "\"qadesk-cli --db FILE restore --from BACKUP\", or open another database with --db.")
            .arg(problem),
        QStringLiteral("damagedDatabaseBox"));
}

} // namespace

int runApplication(QApplication &app)
{
    installTranslators();
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Application", "QA Desk: customer-service quality inspection"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("Application", "Database file to open."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = resolveDatabasePath(parser.value(dbOption));
    std::unique_ptr<Connection> connection;
    QStringList findings;
    const bool checkWholeFirst = QFileInfo(path).size() <= kFullCheckBytes;
    try {
        // A damaged file, or one from a newer QA Desk, is shown and left as it is: opened read-only for the
        // check, no migration, no write. Small files are checked whole before anything else; a large one's
        // pages are checked in the background (a full check takes seconds per hundred megabytes).
        const DatabaseHealth health = DatabaseBackup::checkFile(path, checkWholeFirst);
        if (!health.ok) {
            showDamaged(path, health.problem);
            return 1;
        }
        {
            Connection migrating(path); // a migration waits for other writers as long as any writer does
            const QStringList guardsRemoved = Schema::missingGuards(migrating);
            Schema::migrate(migrating); // puts them back
            OrganisationZone::setCurrent(OrganisationZone::zone(migrating)); // every view's local times
            AppSettings settings;
            findings = StartupWarnings::collect(migrating, settings, guardsRemoved);
        }
        // The window's own connection (GUI thread) never waits long for a lock: the few writes it makes give
        // up after kGuiBusyTimeoutMs and say so; autosave, imports and backups have connections of their own.
        connection = std::make_unique<Connection>(path, kGuiBusyTimeoutMs);
    } catch (const Error &error) {
        MessageBox::critical(nullptr, QApplication::translate("Application", "QA Desk"), error.message());
        return 1;
    }
    MainWindow window(path, std::move(connection));
    window.show();
    if (!findings.isEmpty()) {
        showFindings(&window, path, findings);
    }
    QFutureWatcher<DatabaseHealth> check;
    if (!checkWholeFirst) {
        QObject::connect(&check, &QFutureWatcher<DatabaseHealth>::finished, &window, [&] {
            if (!check.result().ok) {
                showDamaged(path, check.result().problem);
                window.close();
            }
        });
        check.setFuture(QtConcurrent::run([path] {
            try {
                Connection reader(path);
                return DatabaseBackup::check(reader);
            } catch (const Error &error) {
                return DatabaseHealth{false, error.message()};
            }
        }));
    }
    const int code = app.exec();
    check.waitForFinished();
    return code;
}

} // namespace qadesk
