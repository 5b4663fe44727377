#include "AppIdentity.h"
#include "CliCommands.h"
#include "Translations.h"
#include "domain/Rubric.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <memory>

int main(int argc, char *argv[])
{
    // Reports render through QtGui; on a machine without a display use the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qadesk::prepareRuntimeEnvironment();
    QGuiApplication app(argc, argv);
    qadesk::setApplicationIdentity();
    // Diagnostics in the system's language; a document's words follow its --lang (DocumentLanguage).
    qadesk::Translations::install(qadesk::prefersChinese(QLocale::system()));
    return qadesk::cli::run(QCoreApplication::arguments());
}
