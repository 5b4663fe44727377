#pragma once

#include "Progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace qadesk {

// What a finished report or export produced.
struct ReportOutcome
{
    QString path;
    QString summary; // "12 pages", "1,952 rows"
    QString error;   // set when the work failed
};

// Runs one report or export on a worker thread behind a window-modal progress dialog with a Cancel button,
// so the window never freezes. The work gets a ProgressCallback; cancelling makes it throw Cancelled, and a
// file is only replaced when the work completes. Deletes itself when done.
class ReportTask final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<ReportOutcome(const ProgressCallback &progress)>;

    static ReportTask *start(QWidget *parent, const QString &label, Work work);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void succeeded(const QString &path, const QString &summary);
    void failed(const QString &message);
    void cancelled();

private:
    ReportTask(QWidget *parent, const QString &label);
    void finish();

    QFutureWatcher<ReportOutcome> m_watcher;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace qadesk
