#include "AppIdentity.h"
#include "Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    qadesk::setApplicationIdentity();
    return qadesk::runApplication(app);
}
