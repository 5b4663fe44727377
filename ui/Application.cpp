#include "Application.h"

#include "AppIdentity.h"
#include "Error.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Connection.h"
#include "storage/Schema.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <memory>

namespace qadesk {

namespace {

void installTranslators(QApplication &app)
{
    const bool chinese = AppSettings().effectiveLanguage() == QLatin1String("zh_CN");
    QLocale::setDefault(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")), QStringLiteral("qtbase"),
                           QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(chinese ? QStringLiteral(":/i18n/qadesk_zh_CN.qm") : QStringLiteral(":/i18n/qadesk_en.qm"))) {
        QApplication::installTranslator(translator);
    }
}

} // namespace

int runApplication(QApplication &app)
{
    installTranslators(app);
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
    try {
        connection = std::make_unique<Connection>(path);
        Schema::migrate(*connection);
    } catch (const Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("Application", "QA Desk"), error.message());
        return 1;
    }
    MainWindow window(path, std::move(connection));
    window.show();
    return app.exec();
}

} // namespace qadesk
