#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;
class QWidget;

namespace qadesk {

class AppSettings;

// File → Back Up Database…: a consistent copy of the open database, written by a worker thread on a
// connection of its own (SQLite's online backup: the window and other programs go on meanwhile).
class BackupController final : public QObject
{
    Q_OBJECT

public:
    BackupController(QString databasePath, AppSettings &settings, QWidget *window);
    ~BackupController() override;

    QAction *backupAction() const { return m_action; }
    // Writes the backup to path without asking; the tests' and the action's common path.
    void backUpTo(const QString &path);

signals:
    void finished(bool ok, const QString &message);

private:
    void chooseFile();
    void onFinished();

    QString m_databasePath;
    AppSettings &m_settings;
    QWidget *m_window = nullptr;
    QAction *m_action = nullptr;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<QString> m_watcher; // the error message, empty on success
    QString m_target;
};

} // namespace qadesk
