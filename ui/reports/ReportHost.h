#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace qadesk {

// What the report commands need from the window they serve, and no more: the window to parent dialogs and
// progress, the database file, the evaluations selected on the page in front and a line in the status bar.
// MainWindow provides it; a test can provide its own.
class ReportHost
{
public:
    virtual ~ReportHost() = default;

    virtual QWidget *dialogParent() = 0;
    virtual QString databaseFile() const = 0;
    // The evaluations selected on the page in front when it has an evaluation selection; else empty.
    virtual QList<qint64> frontPageSelection() const = 0;
    virtual void showStatusMessage(const QString &message) = 0;
};

} // namespace qadesk
