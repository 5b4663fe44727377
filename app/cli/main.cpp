#include "AppIdentity.h"
#include "CliCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

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
    return qadesk::cli::run(QCoreApplication::arguments());
}
