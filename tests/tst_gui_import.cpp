// The import UI: result models (checked with QAbstractItemModelTester), the result dialog, the controller running
// the Importer on a worker thread with a cancellable progress dialog, and the main window's menu and drop target.

#include "import/ImportController.h"
#include "import/ImportFileModel.h"
#include "import/ImportIssueModel.h"
#include "import/ImportResultDialog.h"
#include "ImportTestSupport.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSqlQuery>

using namespace qadesk;
using namespace qadesk::test;

Q_DECLARE_METATYPE(qadesk::ImportResult)

namespace {

ImportResult sampleResult()
{
    ImportResult result;
    FileImportResult good;
    good.file = QStringLiteral("/data/calls.jsonl");
    good.format = ImportFormat::JsonLines;
    good.accepted = true;
    good.imported = 12;
    good.duplicates = 2;
    good.turns = 480;
    good.warnings.append(
        ImportIssue{good.file, 3, 0, QStringLiteral("recording not found: /data/a.wav (stored anyway)")});
    FileImportResult bad;
    bad.file = QStringLiteral("/data/bad.csv");
    bad.format = ImportFormat::CsvInteractions;
    bad.errors.append(ImportIssue{bad.file, 7, 12, QStringLiteral("csat: expected a whole number from 1 to 5, got 9")});
    bad.errors.append(ImportIssue{bad.file, 9, 0, QStringLiteral("expected 4 fields as in the header, found 3")});
    result.files = {good, bad};
    return result;
}

ImportResultDialog *findResultDialog(QWidget *window)
{
    const QList<ImportResultDialog *> dialogs = window->findChildren<ImportResultDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

} // namespace

class GuiImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;

    QString largeJsonl(int records)
    {
        const QString path = m_dir.filePath(QStringLiteral("large.jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write");
        }
        for (int i = 0; i < records; ++i) {
            file.write("{\"external_id\": \"G-" + QByteArray::number(i) +
                       "\", \"started_at\": \"2024-03-05T09:15:02+08:00\", \"agent\": {\"id\": \"A1\"}, "
                       "\"turns\": [{\"speaker\": \"agent\", \"text\": \"hi\"}, {\"speaker\": \"customer\", \"text\": "
                       "\"hello\"}]}\n");
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("qadesk-tst-gui-import"));
        qRegisterMetaType<ImportResult>();
    }

    void init()
    {
        m_dbPath =
            m_dir.filePath(QStringLiteral("gui-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_dbPath);
        freshDatabase(m_dir, QFileInfo(m_dbPath).fileName());
    }

    void issueModel()
    {
        ImportIssueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(sampleResult());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ImportIssueModel::ColumnCount));
        // Errors first, then warnings.
        QCOMPARE(model.index(0, ImportIssueModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
        QCOMPARE(model.index(0, ImportIssueModel::FileColumn).data().toString(), QStringLiteral("bad.csv"));
        QCOMPARE(model.index(0, ImportIssueModel::LineColumn).data().toString(), QStringLiteral("7:12"));
        QCOMPARE(model.index(1, ImportIssueModel::LineColumn).data().toString(), QStringLiteral("9"));
        QCOMPARE(model.index(2, ImportIssueModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model.index(2, 0).data(ImportIssueModel::IsErrorRole).toBool(), false);
        QCOMPARE(model.rowText(0),
                 QStringLiteral("/data/bad.csv:7:12: error: csat: expected a whole number from 1 to 5, got 9"));
        model.setResult(ImportResult{});
        QCOMPARE(model.rowCount(), 0);
    }

    void fileModel()
    {
        ImportFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(sampleResult());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ImportFileModel::FileColumn).data().toString(), QStringLiteral("calls.jsonl"));
        QCOMPARE(model.index(0, ImportFileModel::FormatColumn).data().toString(), QStringLiteral("jsonl"));
        QCOMPARE(model.index(0, ImportFileModel::StatusColumn).data().toString(), QStringLiteral("Imported"));
        QCOMPARE(model.index(0, ImportFileModel::ImportedColumn).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(0, ImportFileModel::TurnsColumn).data().toString(), QStringLiteral("480"));
        QCOMPARE(model.index(1, ImportFileModel::StatusColumn).data().toString(),
                 QStringLiteral("Rejected, nothing kept"));
    }

    void resultDialog()
    {
        ImportResultDialog dialog(sampleResult());
        const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        // Untranslated source texts: the plural forms come from the English catalogue, not loaded here.
        QVERIFY2(summary->text().contains(QLatin1String("Imported 12 interaction")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QLatin1String("480 turns")));
        QVERIFY(summary->text().contains(QLatin1String("2 duplicate")));
        QVERIFY(summary->text().contains(QLatin1String("1 of 2 file")));
        auto *issues = dialog.findChild<QTableView *>(QStringLiteral("importIssues"));
        QVERIFY(issues);
        QCOMPARE(issues->model()->rowCount(), 3);
        QCOMPARE(dialog.problemsText().count(QLatin1Char('\n')), 2);
        issues->selectRow(1);
        QCOMPARE(dialog.problemsText(),
                 QStringLiteral("/data/bad.csv:9: error: expected 4 fields as in the header, found 3"));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyProblems"));
        QVERIFY(copy && copy->isEnabled());
        copy->click();
        QCOMPARE(QApplication::clipboard()->text(), dialog.problemsText());
    }

    void importRunsOnAWorkerAndReportsBack()
    {
        QWidget window;
        AppSettings settings;
        ImportController controller(m_dbPath, settings, &window);
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy changed(&controller, &ImportController::dataChanged);
        controller.importFiles({importFixture(QStringLiteral("valid/array.json")),
                                importFixture(QStringLiteral("malformed/truncated.json"))});
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.importAction()->isEnabled());
        QVERIFY(window.findChild<QProgressDialog *>(QStringLiteral("importProgress")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(controller.importAction()->isEnabled());
        const auto result = finished.first().first().value<ImportResult>();
        QCOMPARE(result.imported(), 3);
        QCOMPARE(result.rejectedFiles(), 1);
        Connection reader(m_dbPath);
        QCOMPARE(count(reader, QStringLiteral("interactions")), qint64(3));
        ImportResultDialog *dialog = findResultDialog(&window);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QTableView *>(QStringLiteral("importIssues"))->model()->rowCount(), 1);
        dialog->close();
    }

    // Tools → Settings → Recordings folder decides where imported files may name recordings (issue 10): a file
    // naming one under that folder is refused while the setting is empty, and imported once it is set.
    void recordingsFolderFromSettingsIsUsedByTheImport()
    {
        const QString store = m_dir.filePath(QStringLiteral("recstore"));
        QVERIFY(QDir().mkpath(store));
        QFile wav(store + QStringLiteral("/call-1.wav"));
        QVERIFY(wav.open(QIODevice::WriteOnly));
        wav.write("RIFF");
        wav.close();
        const QString folder = m_dir.filePath(QStringLiteral("incoming"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/rec.json");
        QFile json(file);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(QJsonObject{{QStringLiteral("external_id"), QStringLiteral("REC-SETTINGS-1")},
                                             {QStringLiteral("started_at"), QStringLiteral("2024-03-05T09:15:02Z")},
                                             {QStringLiteral("agent"), QJsonObject{{QStringLiteral("id"), QStringLiteral("A1")}}},
                                             {QStringLiteral("recording"), store + QStringLiteral("/call-1.wav")}})
                       .toJson(QJsonDocument::Compact));
        json.close();

        AppSettings settings;
        settings.setRecordingsRoot(QString());
        const auto importOnce = [&] {
            QWidget window;
            ImportController controller(m_dbPath, settings, &window);
            QSignalSpy finished(&controller, &ImportController::finished);
            controller.importFiles({file});
            if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 30000)) {
                qFatal("the import did not finish");
            }
            for (ImportResultDialog *dialog : window.findChildren<ImportResultDialog *>()) {
                dialog->close();
            }
            return finished.first().first().value<ImportResult>();
        };
        const ImportResult refused = importOnce();
        QCOMPARE(refused.rejectedFiles(), 1);
        QVERIFY2(refused.files.first().errors.first().message.contains(QStringLiteral("outside")),
                 qPrintable(refused.files.first().errors.first().message));

        SettingsDialog dialog(settings);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("recordingsRootEdit"));
        QVERIFY(edit);
        QVERIFY(edit->text().isEmpty());
        edit->setText(store);
        dialog.save();
        QCOMPARE(AppSettings().recordingsRoot(), store);
        QCOMPARE(SettingsDialog(settings).findChild<QLineEdit *>(QStringLiteral("recordingsRootEdit"))->text(), store);

        const ImportResult accepted = importOnce();
        QCOMPARE(accepted.rejectedFiles(), 0);
        QCOMPARE(accepted.imported(), 1);
        Connection reader(m_dbPath);
        QSqlQuery q = reader.run(QStringLiteral("SELECT recording FROM interactions WHERE external_id = 'REC-SETTINGS-1'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), store + QStringLiteral("/call-1.wav"));
        settings.setRecordingsRoot(QString());
    }

    void cancelRollsBackTheFileInProgress()
    {
        const QString big = largeJsonl(40000);
        QWidget window;
        AppSettings settings;
        ImportController controller(m_dbPath, settings, &window);
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy changed(&controller, &ImportController::dataChanged);
        controller.importFiles({big});
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(progress);
        auto *cancelButton = progress->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.first().first().value<ImportResult>();
        QVERIFY(result.cancelled);
        QCOMPARE(changed.count(), 0);
        Connection reader(m_dbPath);
        QCOMPARE(count(reader, QStringLiteral("interactions")), qint64(0));
        QVERIFY(findResultDialog(&window)
                    ->findChild<QLabel *>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QLatin1String("Cancelled")));
    }

    void mainWindowMenuAndDrop()
    {
        MainWindow window(m_dbPath);
        auto *fileMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        QAction *import = window.findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(import);
        QVERIFY(fileMenu->actions().contains(import));
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QAction *mask = window.findChild<QAction *>(QStringLiteral("maskAction"));
        QVERIFY(mask && mask->isCheckable() && mask->isChecked());
        QVERIFY(window.acceptDrops());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(importFixture(QStringLiteral("valid/lines.jsonl")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.importController()->isRunning());
        QSignalSpy finished(window.importController(), &ImportController::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto *counts = window.findChild<QLabel *>(QStringLiteral("countsLabel"));
        QVERIFY(counts);
        QVERIFY2(counts->text().startsWith(QLatin1String("3 interactions")), qPrintable(counts->text()));
        if (ImportResultDialog *dialog = findResultDialog(&window)) {
            dialog->close();
        }

        QMimeData folder;
        folder.setUrls({QUrl::fromLocalFile(importFixture(QStringLiteral("valid")))});
        const QStringList inFolder = ImportController::localFiles(&folder);
        QVERIFY(inFolder.contains(QFileInfo(importFixture(QStringLiteral("valid/array.json"))).absoluteFilePath()));
        QVERIFY(!inFolder.contains(QFileInfo(importFixture(QStringLiteral("valid/recordings"))).absoluteFilePath()));

        QMimeData notFiles;
        notFiles.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &notFiles, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }
};

QTEST_MAIN(GuiImportTest)
#include "tst_gui_import.moc"
