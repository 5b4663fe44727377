#include "Application.h"

#include "AppIdentity.h"
#include "common/MessageBox.h"
#include "Error.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "settings/LoginDialog.h"
#include "storage/Connection.h"
#include "storage/DatabaseBackup.h"
#include "storage/OrganisationZone.h"
#include "storage/Schema.h"
#include "storage/SqlThreadGuard.h"
#include "storage/StartupWarnings.h"
#include "team/PasswordVault.h"
#include "team/PgCredentials.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QtConcurrent>
#include <QTimer>
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

void showFindings(QWidget *parent, const QString &path, const QStringList &findings)
{
    MessageBox::notice(parent, QStringLiteral("startupFindingsBox"), QApplication::translate("Application", "QA Desk"),
                       QApplication::translate("Application", "Please check the database %1.").arg(PgCredentials::forDisplay(path)),
                       findings.join(QStringLiteral("\n\n")));
}

void showDamaged(const QString &path, const QString &problem)
{
    MessageBox::critical(
        nullptr, QApplication::translate("Application", "QA Desk"),
        QApplication::translate("Application", "QA Desk cannot work with the database %1.").arg(PgCredentials::forDisplay(path)),
        QApplication::translate("Application",
                                "%1\n\nThe file was not changed. Restore your latest backup with "
                                "\"qadesk-cli --db FILE restore --from BACKUP\", or open another database with --db.")
            .arg(problem),
        QStringLiteral("damagedDatabaseBox"));
}

} // namespace

StartupCheck checkAndMigrate(const QString &path)
{
    StartupCheck check;
    check.checkedWhole = QFileInfo(path).size() <= kFullCheckBytes;
    try {
        // A damaged file, or one from a newer QA Desk, is shown and left as it is: opened read-only for the
        // check, no migration, no write. Small files are checked whole before anything else; a large one's
        // pages are checked in the background (a full check takes seconds per hundred megabytes).
        const DatabaseHealth health = DatabaseBackup::checkFile(path, check.checkedWhole);
        if (!health.ok) {
            check.damaged = health.problem;
            return check;
        }
        Connection migrating(path); // a migration waits for other writers as long as any writer does
        const QStringList guardsRemoved = Schema::missingGuards(migrating);
        Schema::migrate(migrating); // puts them back
        OrganisationZone::setCurrent(OrganisationZone::zone(migrating)); // every view's local times
        AppSettings settings;
        check.findings = StartupWarnings::collect(migrating, settings, guardsRemoved);
    } catch (const Error &error) {
        check.error = error.message();
    }
    return check;
}

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

    QString path = resolveDatabasePath(parser.value(dbOption));
    // A PostgreSQL database without a password in its URL is team mode: each person logs in as themselves.
    const bool teamMode = PgCredentials::isTeamMode(path);
    const std::unique_ptr<PasswordVault> vault = teamMode ? PasswordVault::keychain() : nullptr;
    if (teamMode) {
        const QString proposed = PgCredentials::urlUser(path);
        path = PgCredentials::withoutLogin(path);
        AppSettings settings;
        if (!LoginDialog::logIn(path, proposed.isEmpty() ? settings.inspectorName() : proposed, *vault, settings,
                                nullptr)) {
            return 0;
        }
    }
    const StartupCheck startup = checkAndMigrate(path);
    if (!startup.damaged.isEmpty()) {
        showDamaged(path, startup.damaged);
        return 1;
    }
    if (!startup.error.isEmpty()) {
        MessageBox::critical(nullptr, QApplication::translate("Application", "QA Desk"), startup.error);
        return 1;
    }
    const QStringList &findings = startup.findings;
    const bool checkWholeFirst = startup.checkedWhole;
    // From here on the GUI thread never runs SQL: the pages' services, the saver, imports and reports have
    // threads and connections of their own. Debug builds stop at an offence; release builds log it.
    SqlThreadGuard::forbid(app.thread(), true);
    bool again = false; // team mode: Log in as someone else closes the window and opens it as them
    std::unique_ptr<MainWindow> window;
    QFutureWatcher<DatabaseHealth> check;
    int code = 0;
    bool first = true;
    do {
        again = false;
        window = std::make_unique<MainWindow>(path);
        window->show();
        if (teamMode) {
            MainWindow *shown = window.get();
            QObject::connect(shown, &MainWindow::logInAgainRequested, shown, [&again, &path, &vault, shown] {
                AppSettings settings;
                if (LoginDialog::logIn(path, QString(), *vault, settings, shown)) {
                    again = true;
                    shown->close();
                }
            });
        } else if (!AppSettings().profileChosen()) {
            // The first start: who is working here decides what the window offers.
            QTimer::singleShot(0, window.get(), &MainWindow::switchProfile);
        }
        if (first && !findings.isEmpty()) {
            showFindings(window.get(), path, findings);
        }
        if (first && !checkWholeFirst) {
            QObject::connect(&check, &QFutureWatcher<DatabaseHealth>::finished, window.get(), [&] {
                if (!check.result().ok) {
                    showDamaged(path, check.result().problem);
                    window->close();
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
        first = false;
        code = app.exec();
        window.reset(); // its services close their connections before the next login's window opens them
    } while (again);
    SqlThreadGuard::lift();
    check.waitForFinished();
    return code;
}

} // namespace qadesk
