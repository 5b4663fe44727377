#pragma once

#include <QString>
#include <QStringList>

class QApplication;

namespace qadesk {

// What the start-up found before the window opens.
struct StartupCheck
{
    QString damaged;     // the file is damaged or from a newer QA Desk: why (nothing was written)
    QString error;       // it could not be opened or migrated: why
    QStringList findings; // warnings to show once the window is up (tampering, removed guards, exposure)
    bool checkedWhole = false; // quick_check ran on the whole file; else it runs after the window opens
};

// Checks the database file (opened read-only first), migrates it and collects the start-up warnings: what
// the application does before its window opens, also for the benchmark of start-up.
StartupCheck checkAndMigrate(const QString &path);

// Parses the command line (--db), installs the translator, opens the database and shows the main window.
int runApplication(QApplication &app);

} // namespace qadesk
