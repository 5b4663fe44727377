#include "BackupController.h"

#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "settings/AppSettings.h"
#include "Error.h"
#include "storage/Connection.h"
#include "storage/DatabaseBackup.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent>

namespace qadesk {

namespace {

QString writeBackup(const QString &database, const QString &target)
{
    try {
        Connection connection(database);
        DatabaseBackup::backup(connection, target);
        return {};
    } catch (const Error &error) {
        return error.message();
    }
}

} // namespace

BackupController::BackupController(QString databasePath, AppSettings &settings, QWidget *window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_settings(settings), m_window(window)
{
    m_action = new QAction(tr("&Back Up Database…"), this);
    m_action->setObjectName(QStringLiteral("backupAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_action->setStatusTip(tr("Write a consistent copy of the database to a file of your choice"));
    m_action->setEnabled(!m_databasePath.contains(QLatin1String("://"))); // PostgreSQL: pg_dump
    connect(m_action, &QAction::triggered, this, &BackupController::chooseFile);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &BackupController::onFinished);
}

BackupController::~BackupController()
{
    m_watcher.waitForFinished();
}

void BackupController::chooseFile()
{
    if (m_watcher.isRunning()) {
        return;
    }
    const QString folder = m_settings.backupFolder();
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("qadesk-backup-%1.sqlite")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = FileDialogs::saveFile(m_window, tr("Back Up Database"), suggested,
                                               tr("QA Desk databases (*.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_settings.setBackupFolder(QFileInfo(path).absolutePath());
    backUpTo(path);
}

void BackupController::backUpTo(const QString &path)
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_target = path;
    m_action->setEnabled(false);
    // The copy cannot be stopped half-way without leaving nothing behind anyway, so the dialog only informs.
    m_progress = new QProgressDialog(tr("Backing up %1…").arg(QFileInfo(m_databasePath).fileName()), QString(), 0, 0,
                                     m_window);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setWindowTitle(tr("Back Up Database"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_watcher.setFuture(QtConcurrent::run(writeBackup, m_databasePath, path));
}

void BackupController::onFinished()
{
    const QString error = m_watcher.result();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_action->setEnabled(true);
    if (error.isEmpty()) {
        const QString message = tr("Backed up to %1").arg(QDir::toNativeSeparators(m_target));
        emit finished(true, message);
    } else {
        MessageBox::warning(m_window, tr("Back Up Database"), error);
        emit finished(false, error);
    }
}

} // namespace qadesk
