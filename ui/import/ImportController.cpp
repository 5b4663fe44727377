#include "ImportController.h"

#include "settings/AppSettings.h"

#include "Error.h"
#include "import/Importer.h"
#include "settings/AppSettings.h"
#include "ImportResultDialog.h"
#include "common/FileDialogs.h"
#include "storage/Connection.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QProgressDialog>
#include <QtConcurrent>

namespace qadesk {

namespace {

constexpr int kProgressRange = 1000;
const QStringList kImportableFiles = {QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson"),
                                      QStringLiteral("*.csv"),  QStringLiteral("*.vtt"),   QStringLiteral("*.srt"),
                                      QStringLiteral("*.txt")};

// The import itself, on a worker thread: a connection of its own, opened from the path (DESIGN §6).
ImportResult runImport(const QString &databasePath, const QStringList &files, const ImportOptions &options,
                       const ImportProgressCallback &progress, const std::atomic_bool *cancel)
{
    try {
        Connection connection(databasePath);
        return Importer(connection).importFiles(files, options, progress, cancel);
    } catch (const std::exception &error) {
        // Nothing may escape the worker thread: every file gets the error and the dialog shows it.
        const auto *known = dynamic_cast<const Error *>(&error);
        const QString message = known ? known->message() : QString::fromLocal8Bit(error.what());
        ImportResult failed;
        for (const QString &file : files) {
            FileImportResult result;
            result.file = file;
            result.errors.append(ImportIssue{file, 0, 0, message});
            failed.files.append(result);
        }
        return failed;
    }
}

} // namespace

ImportController::ImportController(QString databasePath, AppSettings &settings, QWidget *window)
    : QObject(window), m_databasePath(std::move(databasePath)), m_settings(settings), m_window(window)
{
    setObjectName(QStringLiteral("ImportController"));
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import interactions and transcripts: JSON, JSON Lines, CSV, WebVTT, SRT or text"));
    connect(m_importAction, &QAction::triggered, this, &ImportController::chooseFiles);

    m_maskAction = new QAction(tr("&Mask Personal Numbers on Import"), this);
    m_maskAction->setObjectName(QStringLiteral("maskAction"));
    m_maskAction->setCheckable(true);
    m_maskAction->setChecked(m_settings.maskPersonalData());
    m_maskAction->setStatusTip(tr("Store phone, ID-card and bank-card numbers masked, e.g. 138****5678"));
    connect(m_maskAction, &QAction::toggled, this, [this](bool on) { m_settings.setMaskPersonalData(on); });

    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    // Closing the window mid-import: stop, and wait so that the worker's transaction is rolled back cleanly.
    m_cancel = true;
    m_watcher.waitForFinished();
}

bool ImportController::isRunning() const
{
    return m_watcher.isRunning();
}

QStringList ImportController::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls()) {
        return files;
    }
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            continue;
        }
        const QFileInfo info(url.toLocalFile());
        if (info.isFile()) {
            files << info.absoluteFilePath();
        } else if (info.isDir()) {
            // A dropped folder: the importable files directly in it (a folder of transcripts, say).
            const QFileInfoList entries =
                QDir(info.absoluteFilePath()).entryInfoList(kImportableFiles, QDir::Files, QDir::Name);
            for (const QFileInfo &entry : entries) {
                files << entry.absoluteFilePath();
            }
        }
    }
    return files;
}

void ImportController::handleDragEnter(QDragMoveEvent *event)
{
    if (!isRunning() && !localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ImportController::handleDrop(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (isRunning() || files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    importFiles(files);
}

void ImportController::chooseFiles()
{
    if (isRunning()) {
        return;
    }
    const QStringList files = FileDialogs::openFiles(
        m_window, tr("Import Interactions"), m_settings.importFolder(),
        tr("Interaction files (*.json *.jsonl *.ndjson *.csv *.vtt *.srt *.txt);;All files (*)"));
    if (files.isEmpty()) {
        return;
    }
    m_settings.setImportFolder(QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void ImportController::importFiles(const QStringList &files)
{
    if (isRunning() || files.isEmpty()) {
        return;
    }
    m_cancel = false;
    m_importAction->setEnabled(false);

    m_progress = new QProgressDialog(tr("Preparing the import…"), tr("Cancel"), 0, kProgressRange, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(460);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);

    ImportOptions options;
    options.maskPersonalData = m_maskAction->isChecked();
    options.recordingsRoot = m_settings.recordingsRoot();
    // Progress arrives on the worker thread; it is handed to the GUI thread, which owns the dialog.
    const ImportProgressCallback progress = [this](const ImportProgress &p) {
        QMetaObject::invokeMethod(
            this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(runImport, m_databasePath, files, options, progress, &m_cancel));
}

void ImportController::cancel()
{
    m_cancel = true;
    if (m_progress) {
        m_progress->setLabelText(tr("Cancelling: rolling back the file in progress…"));
    }
}

void ImportController::showProgress(const ImportProgress &progress)
{
    if (!m_progress || m_cancel) {
        return;
    }
    const double inFile = progress.bytesTotal > 0 ? double(progress.bytesDone) / double(progress.bytesTotal) : 0.0;
    const double overall = (progress.fileIndex + qBound(0.0, inFile, 1.0)) / qMax(1, progress.fileCount);
    m_progress->setValue(int(overall * kProgressRange));
    m_progress->setLabelText(tr("Importing file %1 of %2: %3\n%L4 records read")
                                 .arg(progress.fileIndex + 1)
                                 .arg(progress.fileCount)
                                 .arg(QFileInfo(progress.file).fileName())
                                 .arg(progress.records));
}

void ImportController::onFinished()
{
    const ImportResult result = m_watcher.result();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    m_importAction->setEnabled(true);
    bool wrote = false;
    for (const FileImportResult &file : result.files) {
        wrote = wrote || (file.accepted && (file.imported > 0));
    }
    if (wrote && !result.dryRun) {
        emit dataChanged();
    }
    auto *dialog = new ImportResultDialog(result, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit finished(result);
}

} // namespace qadesk
