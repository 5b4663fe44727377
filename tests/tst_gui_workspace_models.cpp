// The workspace's item models under QAbstractItemModelTester (lazy paging, SQL sorting, filters,
// transcript rows with markers and evidence), the queue pane's filters and search, the Sample…,
// Settings and Keyboard Shortcuts dialogs, and the remembered splitter layout.
#include "GuiWorkspaceFixture.h"
#include "common/MessageBox.h"
#include "help/ShortcutsDialog.h"
#include "rules/TranscriptRules.h"
#include "settings/SettingsDialog.h"
#include "settings/ZoneChangeController.h"
#include "storage/OrganisationZone.h"
#include "storage/EvaluationStore.h"
#include "storage/InteractionReader.h"
#include "storage/TranscriptIndex.h"
#include "workspace/SampleDialog.h"
#include "workspace/TranscriptModel.h"
#include "workspace/TranscriptPane.h"
#include "workspace/WorkQueueModel.h"
#include "workspace/WorkQueuePane.h"
#include "workspace/WorkQueueSource.h"
#include "dashboard/InteractionListModel.h"
#include "storage/DrillDownStore.h"
#include "workspace/WorkspaceRoles.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QProgressDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>

using namespace qadesk;

class TestGuiWorkspaceModels : public QObject
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

    void workQueueModelPagesLazily()
    {
        auto db = fixture::openDatabase(m_dir.filePath(QStringLiteral("paging.sqlite")));
        const QList<qint64> ids = fixture::addInteractions(*db, 0, 450, 2);
        EvaluationStore evaluations(*db);
        Evaluation e =
            evaluations.load(evaluations.createDraft(ids[10], RubricStore(*db).ensureDefault(), fixture::kInspector));
        e.score = 72.5;
        evaluations.saveDraft(e);

        DirectWorkQueueSource source(*db);
        WorkQueueModel model(source);
        WorkQueueFilter filter;
        filter.scope = WorkQueueScope::AllInteractions;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), WorkQueueModel::kPageSize); // one page, not the table
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * WorkQueueModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), kWorkQueueColumnCount);
        QCOMPARE(model.headerData(int(WorkQueueColumn::Csat), Qt::Horizontal).toString(), QStringLiteral("CSAT"));

        // Sorting re-queries in SQL: the first page is then the top of the whole table.
        model.sort(int(WorkQueueColumn::Score), Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), WorkQueueModel::kPageSize);
        QCOMPARE(model.interactionIdAt(0), ids[10]);
        QCOMPARE(model.index(0, int(WorkQueueColumn::Score)).data().toString(), QStringLiteral("72.5"));
        QCOMPARE(model.index(0, int(WorkQueueColumn::Status)).data().toString(), QStringLiteral("Draft"));
        model.sort(int(WorkQueueColumn::Time), Qt::AscendingOrder);
        QCOMPARE(model.index(0, 0).data(InteractionIdRole).toLongLong(), ids[0]);
        for (int c = 0; c < kWorkQueueColumnCount; ++c) {
            model.sort(c, Qt::AscendingOrder);
            model.sort(c, Qt::DescendingOrder);
        }

        filter.channel = QStringLiteral("email");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 112); // 2, 6, … 446
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, int(WorkQueueColumn::Channel)).data().toString(), QStringLiteral("E-mail"));
        }

        // A changed evaluation updates its row in place.
        e.score = 90;
        evaluations.saveDraft(e);
        filter.channel.clear();
        model.setFilter(filter);
        model.sort(int(WorkQueueColumn::Time), Qt::AscendingOrder);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshInteraction(ids[10]);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(10, int(WorkQueueColumn::Score)).data().toString(), QStringLiteral("90.0"));
    }

    void workQueueModelPassesTheModelTester()
    {
        auto db = fixture::openDatabase(m_dir.filePath(QStringLiteral("tester.sqlite")));
        const QList<qint64> ids = fixture::addInteractions(*db, 0, 450, 2);
        WorkQueueStore store(*db);
        store.add(fixture::kInspector, ids[3]);
        store.add(fixture::kInspector, ids[4]);
        DirectWorkQueueSource source(*db);
        WorkQueueModel model(source);
        // The tester calls fetchMore from its slots too, also while rows are being inserted.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkQueueFilter filter;
        filter.scope = WorkQueueScope::AllInteractions;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), WorkQueueModel::kPageSize);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 450);
        for (int c = 0; c < kWorkQueueColumnCount; ++c) {
            model.sort(c, Qt::AscendingOrder);
            model.sort(c, Qt::DescendingOrder);
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole), int(Qt::ForegroundRole),
                  int(InteractionIdRole), int(EvaluationStatusRole), int(SortValueRole)}) {
                model.index(0, c).data(role);
            }
        }
        filter.scope = WorkQueueScope::MyQueue;
        filter.inspector = fixture::kInspector;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 2);
        model.refreshInteraction(ids[3]);
        filter.inspector = QStringLiteral("nobody");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
    }

    void transcriptModelRowsAndMarkers()
    {
        auto db = fixture::openDatabase(m_dir.filePath(QStringLiteral("transcript.sqlite")));
        const QList<qint64> ids = fixture::addInteractions(*db, 0, 2, 30);
        const Interaction in = InteractionReader(*db).load(ids[0]);
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TranscriptRules rules = TranscriptRules::shipped();
        model.setInteraction(in, rules, 10);
        QVERIFY(model.rowCount() > 30);
        QCOMPARE(model.index(0).data(SpeakerRole).toString(), QStringLiteral("customer"));
        QCOMPARE(model.index(0).data(TurnIdRole).toLongLong(), in.turns.at(0).id);
        QCOMPARE(model.rowOfTurn(in.turns.at(29).id), model.rowCount() - 1);
        model.setSilenceThreshold(100);
        QCOMPARE(model.rowCount(), 30);
        model.setEvidence({{in.turns.at(3).id, {QStringLiteral("服务态度")}}});
        QCOMPARE(model.index(3).data(EvidenceRole).toStringList(), QStringList{QStringLiteral("服务态度")});
        model.setEvidence({});
        QVERIFY(model.index(3).data(EvidenceRole).toStringList().isEmpty());
        const QList<TranscriptMatch> matches = model.find(QStringLiteral("sf1234567890"));
        QCOMPARE(matches.size(), 3); // turn 0 of each repetition of the dialogue (0, 12, 24)
        QCOMPARE(matches.at(0), (TranscriptMatch{0, 17, 12}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void longTranscriptScrollsToAnyTurnAtOnce()
    {
        auto db = fixture::openDatabase(m_dir.filePath(QStringLiteral("long.sqlite")));
        const QList<qint64> ids = fixture::addInteractions(*db, 0, 1, 600);
        const Interaction in = InteractionReader(*db).load(ids[0]);
        TranscriptPane pane;
        pane.resize(560, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const TranscriptRules rules = TranscriptRules::shipped();
        pane.setInteraction(in, rules, 10);
        // Right away, before the batched layout has reached the end.
        pane.scrollToTurn(in.turns.constLast().id);
        QListView *view = pane.view();
        const QModelIndex last = pane.model()->index(pane.model()->rowOfTurn(in.turns.constLast().id));
        QCOMPARE(view->currentIndex(), last);
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(last)));
        // And the find bar to a match near the end.
        pane.setInteraction(in, rules, 10);
        pane.showFind();
        auto *edit = pane.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        edit->setText(QStringLiteral("（599）"));
        QCOMPARE(pane.matchCount(), 1);
        const QModelIndex match = pane.model()->index(pane.model()->rowOfTurn(in.turns.at(599).id));
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(match)));
    }

    void queuePaneFiltersAndSearches()
    {
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("pane.sqlite"), 3);
        auto db = fixture::openDatabase(path);
        fixture::addInteractions(*db, 10, 8); // in the database, not on the queue
        AppSettings settings;
        WorkQueuePane pane(new DirectWorkQueueSource(*db), fixture::kInspector, settings);
        pane.resize(600, 500);
        pane.show();
        QCOMPARE(pane.model()->rowCount(), 3);
        auto *scope = pane.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
        pane.setScope(WorkQueueScope::AllInteractions);
        QCOMPARE(scope->currentIndex(), 1);
        QCOMPARE(pane.model()->rowCount(), 11);

        auto *channel = pane.findChild<QComboBox *>(QStringLiteral("channelCombo"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("phone")));
        emit channel->activated(channel->currentIndex());
        QCOMPARE(pane.model()->rowCount(), 3); // 0, 12, 16
        channel->setCurrentIndex(0);
        emit channel->activated(0);

        auto *search = pane.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("WS-00013"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(pane.model()->rowCount(), 1);
        QVERIFY(
            pane.findChild<QLabel *>(QStringLiteral("queueStatusLabel"))->text().contains(QStringLiteral("WS-00013")));
        search->clear();
        QCOMPARE(pane.model()->rowCount(), 11);

        QSignalSpy opened(&pane, &WorkQueuePane::interactionActivated);
        pane.view()->setCurrentIndex(pane.model()->index(2, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), pane.model()->interactionIdAt(2));
    }

    void sampleDialogBuildsTheRequest()
    {
        const QList<TeamRef> teams{{7, QStringLiteral("售后一组")}, {9, QStringLiteral("售前二组")}};
        SampleDialog dialog(teams, QDate(2024, 3, 10));
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("toDate"))->date(), QDate(2024, 3, 10));
        QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("fromDate"))->date(), QDate(2024, 3, 4));
        dialog.findChild<QSpinBox *>(QStringLiteral("perAgentSpin"))->setValue(5);
        auto *team = dialog.findChild<QComboBox *>(QStringLiteral("sampleTeamCombo"));
        team->setCurrentIndex(2);
        dialog.findChild<QLineEdit *>(QStringLiteral("seedEdit"))->setText(QStringLiteral("424242"));
        dialog.findChild<QCheckBox *>(QStringLiteral("oversampleLowCsat"))->setChecked(false);
        const SampleRequest r = dialog.request(fixture::kInspector);
        QCOMPARE(r.inspector, fixture::kInspector);
        QCOMPARE(r.options.perAgent, 5);
        QCOMPARE(r.teamId, 9);
        QCOMPARE(r.options.seed, quint64(424242));
        QCOMPARE(r.options.complaintWeight, 3.0);
        QCOMPARE(r.options.lowCsatWeight, 1.0);
        QVERIFY(r.transcriptsOnly && r.skipEvaluated);
        QCOMPARE(r.doubleScorePercent, 0);
        QVERIFY(r.secondInspector.isEmpty());
        // Continuous reliability: a share double-scored blind by a second inspector.
        auto *share = dialog.findChild<QSpinBox *>(QStringLiteral("doubleScorePercent"));
        auto *second = dialog.findChild<QLineEdit *>(QStringLiteral("secondInspector"));
        QVERIFY(!second->isEnabled());
        share->setValue(10);
        QVERIFY(second->isEnabled());
        second->setText(QStringLiteral(" 质检员乙 "));
        const SampleRequest doubled = dialog.request(fixture::kInspector);
        QCOMPARE(doubled.doubleScorePercent, 10);
        QCOMPARE(doubled.secondInspector, QStringLiteral("质检员乙"));
    }

    void drawingASampleFillsTheQueue()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.sqlite"));
        {
            auto db = fixture::openDatabase(path);
            fixture::addInteractions(*db, 0, 30);
        }
        auto window = fixture::openWindow(path);
        auto *page = window->findChild<WorkspacePage *>();
        // A database file: the queue loads in its worker thread.
        QTRY_VERIFY(
            page->findChild<QLabel *>(QStringLiteral("queueStatusLabel"))->text().contains(QStringLiteral("Sample")));
        QCOMPARE(page->queuePane()->model()->rowCount(), 0);
        SampleRequest request;
        request.inspector = fixture::kInspector;
        request.from = QDate(2024, 3, 4);
        request.to = QDate(2024, 3, 5);
        request.options.perAgent = 2;
        request.options.seed = 5;
        QSignalSpy drawn(page, &WorkspacePage::sampleDrawn);
        page->drawSample(request);
        QVERIFY(drawn.wait(15000));
        QCOMPARE(drawn.first().first().value<SampleDrawResult>().drawn, 8);
        QTRY_COMPARE(page->queuePane()->model()->rowCount(), 8);

        // Search runs in the worker too, on its own connection's hit table.
        page->queuePane()->setScope(WorkQueueScope::AllInteractions);
        page->queuePane()->search(QStringLiteral("WS-00007"));
        QTRY_VERIFY(!page->queuePane()->isSearching());
        QTRY_COMPARE(page->queuePane()->model()->rowCount(), 1);
        page->queuePane()->search(QString());
        QTRY_COMPARE(page->queuePane()->model()->rowCount(), 30);
    }

    void newTurnsAreIndexedInTheBackground()
    {
        const QString path = m_dir.filePath(QStringLiteral("indexing.sqlite"));
        {
            auto db = fixture::openDatabase(path);
            Transaction t(*db);
            InteractionWriter writer(*db);
            for (int i = 0; i < 40; ++i) {
                writer.insert(fixture::makeInteraction(i)); // as an import leaves them: not indexed
            }
            writer.finish();
            t.commit();
            if (!TranscriptIndex(*db).available()) {
                QSKIP("This SQLite has no FTS5 trigram tokenizer; search uses LIKE only.");
            }
            QCOMPARE(TranscriptIndex(*db).pendingTurns(), 40 * 12);
        }
        auto window = fixture::openWindow(path);
        Connection other(path);
        QTRY_COMPARE_WITH_TIMEOUT(TranscriptIndex(other).pendingTurns(), 0, 10000);
        QCOMPARE(TranscriptIndex(other).search(QStringLiteral("转运中心"), 100).size(), 40);
        // After an import the main window announces, the page indexes what came in.
        fixture::addInteractions(other, 100, 1); // (the fixture indexes; undo that to look like an import)
        Schema::setMeta(other, QStringLiteral("fts_indexed_turn_id"),
                        QString::number(TranscriptIndex(other).indexedUpTo() - 12));
        other.execute(QStringLiteral("DELETE FROM turns_fts WHERE rowid > (SELECT CAST(value AS INTEGER) FROM meta "
                                     "WHERE key = 'fts_indexed_turn_id')"));
        QCOMPARE(TranscriptIndex(other).pendingTurns(), 12);
        emit window->databaseChanged();
        QTRY_COMPARE_WITH_TIMEOUT(TranscriptIndex(other).pendingTurns(), 0, 10000);
        other.execute(QStringLiteral("INSERT INTO turns_fts (turns_fts, rank) VALUES ('integrity-check', 1)"));
    }

    void settingsDialogWritesSettings()
    {
        AppSettings settings;
        SettingsDialog dialog(settings);
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("restartNote"))->text().contains(QStringLiteral("next time")));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        const QString before = settings.inspectorName();
        dialog.findChild<QDoubleSpinBox *>(QStringLiteral("silenceSpin"))->setValue(15);
        QVERIFY(dialog.save()); // the language changed
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.inspectorName(), before); // who works is the profile's, not the dialog's
        QCOMPARE(settings.silenceThresholdS(), 15.0);
        QVERIFY(!dialog.save());
    }

    // One clock (issue 15): the queue shows times in the organisation's zone with the source's clock on hover;
    // Settings → Organisation time zone changes it in the background and renumbers the stored days.
    void organisationZoneChangesInTheBackground()
    {
        const QString path = m_dir.filePath(QStringLiteral("zone.sqlite"));
        auto db = fixture::openDatabase(path); // organisation zone UTC
        fixture::addInteractions(*db, 0, 30, 2); // from 2024-03-04 09:00 +08:00, 37 minutes apart
        OrganisationZone::setCurrent(QTimeZone::utc());
        DirectWorkQueueSource source(*db);
        WorkQueueModel model(source);
        WorkQueueFilter filter;
        filter.scope = WorkQueueScope::AllInteractions;
        model.setFilter(filter);
        model.sort(int(WorkQueueColumn::Time), Qt::AscendingOrder);
        const QModelIndex time = model.index(0, int(WorkQueueColumn::Time));
        QCOMPARE(time.data().toString(), QStringLiteral("2024-03-04 01:00")); // 09:00 +08:00 in UTC
        QCOMPARE(time.data(Qt::ToolTipRole).toString(), QStringLiteral("Source time 2024-03-04 09:00 (UTC+08:00)"));

        // The dashboard's drill-down lists the same: the organisation's time, the source's clock on hover.
        DrillDownQuery query;
        query.filter.zone = QTimeZone::utc();
        query.from = QDate(2024, 3, 3);
        query.to = QDate(2024, 3, 5);
        InteractionListModel drillDown;
        drillDown.setRows(DrillDownStore(*db).interactions(query).rows);
        QVERIFY(drillDown.rowCount() > 0);
        const QModelIndex started = drillDown.index(0, InteractionListModel::Started);
        QCOMPARE(started.data().toString(), QStringLiteral("2024-03-04 01:00"));
        QCOMPARE(started.data(Qt::ToolTipRole).toString(), QStringLiteral("Source time 2024-03-04 09:00 (UTC+08:00)"));

        AppSettings settings;
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.zoneCombo()->currentText(), QStringLiteral("UTC"));
        QVERIFY(!dialog.changedZone().isValid());
        dialog.zoneCombo()->setCurrentText(QStringLiteral("Asia/Shanghai"));
        QCOMPARE(dialog.changedZone().id(), QByteArray("Asia/Shanghai"));

        ZoneChangeController controller(path, QStringLiteral("tester"), nullptr);
        QSignalSpy finished(&controller, &ZoneChangeController::finished);
        controller.change(dialog.changedZone());
        QVERIFY(controller.progressDialog()); // shown while it runs, non-modal
        QCOMPARE(controller.progressDialog()->windowModality(), Qt::NonModal);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(OrganisationZone::current().id(), QByteArray("Asia/Shanghai"));
        QCOMPARE(OrganisationZone::id(*db), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(OrganisationZone::dayZoneId(*db), QStringLiteral("Asia/Shanghai"));
        // Interaction 25 starts 2024-03-05 00:25 +08:00 (16:25 UTC the day before): its stored day moved from
        // 4 March (UTC) to 5 March (Shanghai).
        QSqlQuery q = db->run(QStringLiteral("SELECT day FROM interactions ORDER BY started_at LIMIT 1 OFFSET 25"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), QDate(2024, 3, 5).toJulianDay());
        model.setFilter(filter);
        QCOMPARE(model.index(0, int(WorkQueueColumn::Time)).data().toString(), QStringLiteral("2024-03-04 09:00"));
        QVERIFY(!model.index(0, int(WorkQueueColumn::Time)).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Source time")));
        OrganisationZone::setCurrent(QTimeZone::utc());
    }

    // Who works is a person chosen in the profile dialog (issue 13), not a name typed in Settings: the dialog shows
    // them read-only and offers Switch Profile…, which closes it unsaved.
    void settingsDialogShowsWhoIsWorking()
    {
        AppSettings settings;
        const QString before = settings.inspectorName();
        SettingsDialog dialog(settings);
        dialog.setPerson(QStringLiteral("李娜 · QA manager"), false);
        auto *who = dialog.findChild<QLineEdit *>(QStringLiteral("inspectorEdit"));
        QVERIFY(who->isReadOnly());
        QCOMPARE(who->text(), QStringLiteral("李娜 · QA manager"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("switchProfileButton"));
        QCOMPARE(button->text(), SettingsDialog::tr("Switch &Profile…"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy asked(&dialog, &SettingsDialog::switchProfileRequested);
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(asked.count(), 1); // a mnemonic animates the click
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(settings.inspectorName(), before);

        SettingsDialog team(settings);
        team.setPerson(QStringLiteral("li_na · Agent"), true);
        QCOMPARE(team.findChild<QPushButton *>(QStringLiteral("switchProfileButton"))->text(),
                 SettingsDialog::tr("Log in as &Someone Else…"));
    }

    void shortcutsDialogListsTheKeys()
    {
        ShortcutsDialog dialog;
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table->rowCount() >= 12);
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row) {
            keys << table->item(row, 1)->text();
        }
        for (const QString &expected :
             {QStringLiteral("1 … 5"), QStringLiteral("N"), QStringLiteral("Ctrl+Z"), QStringLiteral("Ctrl+Shift+Z"),
              QStringLiteral("Ctrl+F"), QStringLiteral("Ctrl+Return")}) {
            QVERIFY2(keys.contains(expected), qPrintable(expected));
        }
    }

    void splitterLayoutIsRemembered()
    {
        const QString path = fixture::makeQueueDatabase(m_dir, QStringLiteral("layout.sqlite"), 1);
        QList<int> sizes;
        {
            auto window = fixture::openWindow(path);
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("workspaceSplitter"));
            QCOMPARE(splitter->count(), 3);
            splitter->setSizes({300, 700, 460});
            sizes = splitter->sizes();
        }
        auto window = fixture::openWindow(path);
        QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("workspaceSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestGuiWorkspaceModels)
#include "tst_gui_workspace_models.moc"
