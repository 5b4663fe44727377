#pragma once

#include "import/ImportTypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>

class QAction;
class QDragMoveEvent;
class QDropEvent;
class QMimeData;
class QProgressDialog;
class QWidget;

namespace qadesk {

class AppSettings;

// File → Import… and drag-and-drop of files: runs the Importer on a worker thread with its own database
// connection, shows a cancellable progress dialog (cancel rolls back the file in progress and keeps the files
// already done), then the result dialog. Emits dataChanged() when something was written so open views refresh.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(QString databasePath, AppSettings &settings, QWidget *window);
    ~ImportController() override;

    QAction *importAction() const { return m_importAction; }
    // Checkable "mask personal numbers" setting (AppSettings::maskPersonalData, on by default).
    QAction *maskAction() const { return m_maskAction; }
    bool isRunning() const;

    // Local files among dropped data; a dropped folder stands for the importable files in it.
    static QStringList localFiles(const QMimeData *mime);
    // For the window's dragEnterEvent/dragMoveEvent and dropEvent.
    void handleDragEnter(QDragMoveEvent *event);
    void handleDrop(QDropEvent *event);

public slots:
    void chooseFiles();
    void importFiles(const QStringList &files);
    // Stops the running import: the file in progress is rolled back.
    void cancel();

signals:
    void dataChanged();
    void finished(const qadesk::ImportResult &result);

private:
    void showProgress(const ImportProgress &progress);
    void onFinished();

    QString m_databasePath;
    AppSettings &m_settings;
    QPointer<QWidget> m_window;
    QAction *m_importAction = nullptr;
    QAction *m_maskAction = nullptr;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<ImportResult> m_watcher;
    std::atomic_bool m_cancel = false;
};

} // namespace qadesk
