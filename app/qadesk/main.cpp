#include "AppIdentity.h"
#include "Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    qadesk::prepareRuntimeEnvironment();
    QApplication app(argc, argv);
    qadesk::setApplicationIdentity();
    return qadesk::runApplication(app);
}
