// Saved work against the database's worst days, across two processes: the real File → Import… dialog on the
// database's own folder followed by a qadesk-cli run in another process must leave the GUI's write-ahead log
// in place, so that every later save is in the file as another process reads it (issue 9: Qt's stock file
// dialog opened the database's files to sniff their type, dropping SQLite's POSIX locks, after which the CLI
// deleted the WAL under the GUI). Also: the importer never opens the database's own files.

#include "Error.h"
#include "GuiWorkspaceFixture.h"
#include "import/Importer.h"
#include "storage/EvaluationStore.h"
#include "evaluation/EvaluationDocument.h"
#include "workspace/DimensionEditor.h"
#include "workspace/EvaluationFormPane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QProcess>
#include <QTest>
#include <QRandomGenerator>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace qadesk;

namespace {

// Files of this process that are open but deleted from disk: what the bug left behind.
QStringList deletedOpenFiles(const QString &folder)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(folder) && target.endsWith(QLatin1String(" (deleted)"))) {
            deleted << target;
        }
    }
    return deleted;
}

// Another process reads the database file: qadesk-cli, as a user's script would.
QByteArray runCli(const QString &database, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess cli;
    cli.start(QStringLiteral(QADESK_CLI), QStringList{QStringLiteral("--db"), database} + arguments);
    if (!cli.waitForFinished(120000)) {
        qWarning("qadesk-cli did not finish");
    }
    if (exitCode) {
        *exitCode = cli.exitCode();
    }
    return cli.readAllStandardOutput();
}

} // namespace

class GuiStorageSafetyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fixture::isolateSettings(m_dir);
    }

    void init() { fixture::resetSettings(); }

    void importDialogThenCliLeavesTheWalAndLaterSavesLand()
    {
        // The database and the file to import in one folder, as a user keeps them.
        const QString folder = m_dir.filePath(QStringLiteral("shared-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("shared-folder/d.sqlite"));
        const QString json = QDir(folder).filePath(QStringLiteral("one.json"));
        QVERIFY(QFile::copy(QStringLiteral(QADESK_TEST_DATA "/import/valid/interaction.json"), json));

        auto window = fixture::openWindow(path);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const QString wal = path + QStringLiteral("-wal");
        QTRY_VERIFY(QFile::exists(wal));

        // File → Import…: the real dialog lists the folder (and so d.sqlite, -wal, -shm) before the file is chosen.
        bool listed = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            QFileDialog *dialog = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *candidate = qobject_cast<QFileDialog *>(widget); candidate && candidate->isVisible()) {
                    dialog = candidate;
                }
            }
            if (!dialog) {
                return;
            }
            poll.stop();
            dialog->setDirectory(folder);
            auto *model = dialog->findChild<QFileSystemModel *>();
            // Let the file-information thread look at every file of the folder, icons and types included.
            const QModelIndex root = model ? model->index(dialog->directory().absolutePath()) : QModelIndex();
            for (int i = 0; i < 100 && model && model->rowCount(root) < 1; ++i) {
                QTest::qWait(100);
            }
            for (int row = 0; model && row < model->rowCount(root); ++row) {
                const QModelIndex index = model->index(row, 0, root);
                model->fileIcon(index);
                model->type(index);
            }
            QTest::qWait(1500); // the thread gathers every file of the folder, whatever the name filter shows
            listed = model && model->rowCount(root) >= 1;
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (name) {
                name->setText(json);
            }
            static_cast<QDialog *>(dialog)->accept();
            if (dialog->isVisible()) {
                qWarning("the import dialog did not accept %s", qPrintable(json));
                static_cast<QDialog *>(dialog)->reject();
            }
        });
        QAction *import = window->findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(import);
        poll.start();
        import->trigger();
        QVERIFY(listed);
        QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 30000); // the import ran and ended

        // Another process opens and closes the database.
        int code = -1;
        runCli(path, {QStringLiteral("kpi"), QStringLiteral("--bucket"), QStringLiteral("none")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(deletedOpenFiles(folder).isEmpty(), qPrintable(deletedOpenFiles(folder).join(QLatin1Char(' '))));
        QVERIFY(QFile::exists(wal));

        // A later save, as another process sees it.
        auto *page = window->findChild<WorkspacePage *>();
        Connection reader(path);
        QSqlQuery first = reader.run(QStringLiteral("SELECT id FROM interactions WHERE external_id = 'WS-00003'"));
        QVERIFY(first.next());
        const qint64 interaction = first.value(0).toLongLong();
        QVERIFY(fixture::openAndWait(page, interaction));
        page->document()->setScore(0, 4);
        QVERIFY(page->document()->hasUnsavedChanges());
        QTRY_VERIFY(!page->document()->hasUnsavedChanges()); // the app says: saved
        QProcess other;
        other.start(QStringLiteral("python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                    "print(c.execute(\"SELECT s.score FROM evaluation_scores s JOIN evaluations e ON "
                                    "e.id = s.evaluation_id WHERE e.interaction_id = ? AND s.dimension_key = "
                                    "'response'\", (int(sys.argv[2]),)).fetchone()[0])"),
                     path, QString::number(interaction)});
        QVERIFY(other.waitForFinished(30000));
        const QByteArray errors = other.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("4"));
        QVERIFY(deletedOpenFiles(folder).isEmpty());
    }

    // kill -9 while the inspector types: every edit the window reported saved is in the file (20 kills).
    void killedWhileTypingLosesNothingItCalledSaved()
    {
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("typing.sqlite"));
        qint64 interaction = 0;
        {
            Connection c(path);
            QSqlQuery q = c.run(QStringLiteral("SELECT id FROM interactions WHERE external_id = 'WS-00002'"));
            QVERIFY(q.next());
            interaction = q.value(0).toLongLong();
        }
        QRandomGenerator rng(20261203);
        int reportedTotal = 0;
        for (int run = 0; run < 20; ++run) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QADESK_TYPING_CHILD_DB"), path);
            env.insert(QStringLiteral("QADESK_TYPING_CHILD_INTERACTION"), QString::number(interaction));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            QByteArray output;
            // Wait for the first reported save, then let it type a random while longer.
            for (int i = 0; i < 600 && !output.contains("saved"); ++i) {
                child.waitForReadyRead(50);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.contains("saved"), output.constData());
            QTest::qWait(int(rng.bounded(5, 400)));
            output += child.readAllStandardOutput();
            ::kill(pid_t(child.processId()), SIGKILL);
            child.waitForFinished();
            output += child.readAllStandardOutput();
            int lastReported = 0;
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("saved ")) {
                    lastReported = qMax(lastReported, line.mid(6).toInt());
                }
            }
            QVERIFY(lastReported > 0);
            reportedTotal += lastReported;
            Connection reader(path);
            const std::optional<Evaluation> stored = EvaluationStore(reader).currentDraft(interaction, fixture::kInspector);
            QVERIFY(stored);
            const int inFile = stored->dimensions.value(0).comment.mid(5).toInt();
            QVERIFY2(inFile >= lastReported, qPrintable(QStringLiteral("run %1: reported saved %2, file has %3")
                                                            .arg(run)
                                                            .arg(lastReported)
                                                            .arg(inFile)));
            QSqlQuery check = reader.run(QStringLiteral("PRAGMA quick_check"));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        qInfo("20 kills, %d edits reported saved, all of them in the file", reportedTotal);
    }

    void theImporterNeverOpensTheDatabaseItself()
    {
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("self.sqlite"));
        Connection connection(path);
        ImportResult result = Importer(connection).importFiles({path, path + QStringLiteral("-wal"),
                                                                 path + QStringLiteral("-shm")},
                                                                ImportOptions{});
        QCOMPARE(result.files.size(), 3);
        for (const FileImportResult &file : result.files) {
            QVERIFY(!file.accepted);
            QVERIFY(file.errors.value(0).message.contains(QStringLiteral("database itself")));
        }
        QVERIFY(deletedOpenFiles(m_dir.path()).isEmpty());
    }
};

// The child process of killedWhileTypingLosesNothingItCalledSaved: the real window on the database, one
// interaction open, an edit every few milliseconds; each edit the document reports saved is printed.
static int typeUntilKilled(const QString &path, qint64 interaction)
{
    QTemporaryDir settings;
    fixture::isolateSettings(settings);
    fixture::resetSettings();
    auto window = fixture::openWindow(path);
    auto *page = window->findChild<WorkspacePage *>();
    if (!fixture::openAndWait(page, interaction)) {
        return 3;
    }
    int edit = 0;
    QTimer typing;
    typing.setInterval(3);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        page->document()->setComment(0, QStringLiteral("edit-%1").arg(++edit));
    });
    QObject::connect(page->document(), &EvaluationDocument::saved, [&] {
        if (!page->document()->hasUnsavedChanges()) {
            std::printf("saved %d\n", edit);
            std::fflush(stdout);
        }
    });
    typing.start();
    return QApplication::exec();
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QADESK_TYPING_CHILD_DB")) {
        QApplication app(argc, argv);
        return typeUntilKilled(qEnvironmentVariable("QADESK_TYPING_CHILD_DB"),
                               qEnvironmentVariable("QADESK_TYPING_CHILD_INTERACTION").toLongLong());
    }
    QApplication app(argc, argv);
    QTEST_DISABLE_KEYPAD_NAVIGATION
    GuiStorageSafetyTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_storage_safety.moc"
