// Every page works at 1280×720 and stays usable at 1024×700 (issue 16): the window shrinks to those sizes, and no
// visible control is cut off by the window's edge: what does not fit scrolls or is in a collapsible pane.
#include "GuiWorkspaceFixture.h"
#include "calibration/CalibrationPage.h"
#include "calibration/CalibrationService.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "storage/CalibrationStore.h"
#include "storage/RubricStore.h"
#include "workspace/WorkQueueModel.h"
#include "workspace/WorkQueuePane.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>

using namespace qadesk;

namespace {

bool insideScrollArea(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w)) {
            return true;
        }
    }
    return false;
}

// The controls a person must see whole: buttons, fields, combo boxes and labels with text, that are visible, not
// inside something that scrolls, and cut by the window's right or bottom edge (or by a collapsed splitter pane,
// which hides them on purpose: those are not visible).
QStringList clippedControls(QWidget *window)
{
    QStringList clipped;
    const QRect bounds = window->rect();
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window) || w->width() <= 0 || w->height() <= 0 || insideScrollArea(w, window)) {
            continue;
        }
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) ||
                             (qobject_cast<QLabel *>(w) && !static_cast<QLabel *>(w)->text().isEmpty());
        if (!control) {
            continue;
        }
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!bounds.contains(r)) {
            clipped << QStringLiteral("%1 \"%2\" at %3,%4 %5×%6")
                           .arg(QString::fromLatin1(w->metaObject()->className()),
                                w->objectName().isEmpty() ? w->accessibleName() : w->objectName())
                           .arg(r.x())
                           .arg(r.y())
                           .arg(r.width())
                           .arg(r.height());
        }
    }
    return clipped;
}

} // namespace

class TestGuiSmallScreens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        fixture::isolateSettings(m_dir);
        fixture::resetSettings();
        // Figures on every tile and chart (their texts are what widened the dashboard before), and a queue.
        m_path = m_dir.filePath(QStringLiteral("small.sqlite"));
        Connection c(m_path);
        Schema::migrate(c);
        DemoOptions demo;
        demo.seed = 7;
        demo.interactions = 3000;
        demo.agents = 25;
        demo.transcripts = 100;
        demo.evaluations = 200;
        demo.lastDay = QDate::currentDate();
        DemoGenerator(c, demo).run();
        QSqlQuery ids = c.run(QStringLiteral("SELECT interaction_id FROM turns GROUP BY interaction_id LIMIT 6"));
        while (ids.next()) {
            WorkQueueStore(c).add(fixture::kInspector, ids.value(0).toLongLong());
        }
    }

    void everyPageFits_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QSize>("size");
        for (int page = 0; page < 4; ++page) {
            for (const QSize size : {QSize(1280, 720), QSize(1024, 700)}) {
                QTest::addRow("page %d at %dx%d", page, size.width(), size.height()) << page << size;
            }
        }
    }

    void everyPageFits()
    {
        QFETCH(int, page);
        QFETCH(QSize, size);
        if (page == 3) {
            // Calibration with a closed session: its results, the widest state of the page.
            Connection c(m_path);
            Schema::migrate(c);
            if (CalibrationStore(c).list().isEmpty()) {
                QSqlQuery q = c.run(QStringLiteral("SELECT id FROM interactions ORDER BY id LIMIT 3"));
                CalibrationSession session;
                session.name = QStringLiteral("三月投诉通话校准");
                session.participants = {fixture::kInspector, QStringLiteral("质检员乙"), QStringLiteral("质检员丙")};
                session.expert = QStringLiteral("质检员乙");
                while (q.next()) {
                    session.interactionIds << q.value(0).toLongLong();
                }
                CalibrationService service(c);
                Person manager;
                manager.login = fixture::kInspector;
                manager.role = Role::QaManager;
                service.create(session, manager);
                QMap<QString, QString> checklist;
                for (const ChecklistStep &step : RubricStore(c).current().checklist) {
                    checklist.insert(step.key, QStringLiteral("yes"));
                }
                int level = 2;
                for (const qint64 id : std::as_const(session.interactionIds)) {
                    for (const QString &who : std::as_const(session.participants)) {
                        QList<DimensionEvaluation> levels(6);
                        for (DimensionEvaluation &d : levels) {
                            d.score = 1 + (level++ % 5);
                        }
                        service.submit(session.id, id, who, levels, checklist, {});
                    }
                }
                CalibrationStore(c).close(session.id, fixture::kInspector);
            }
        }
        auto window = fixture::openWindow(m_path);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *pages = window->findChild<QTabWidget *>();
        QVERIFY(pages);
        pages->setCurrentIndex(page);
        // The workspace with an interaction open: the widest state of the page.
        if (page == 0) {
            auto *workspace = window->findChild<WorkspacePage *>();
            QTRY_VERIFY(workspace->queuePane()->model()->rowCount() > 0);
            QVERIFY(fixture::openAndWait(workspace, workspace->queuePane()->model()->interactionIdAt(0)));
        }
        window->resize(size);
        if (auto *calibration = window->findChild<CalibrationPage *>(); page == 3) {
            QTRY_VERIFY_WITH_TIMEOUT(!calibration->isLoading() && calibration->view().resultsVisible, 20000);
        }
        if (auto *dashboard = window->findChild<DashboardPage *>(); page == 1) {
            QVERIFY(QTest::qWaitFor([&] { return dashboard->snapshot() && !dashboard->isRefreshing(); }, 20000));
        }
        QTest::qWait(200);
        QVERIFY2(window->minimumSizeHint().width() <= size.width() && window->minimumSizeHint().height() <= size.height(),
                 qPrintable(QStringLiteral("minimum %1×%2").arg(window->minimumSizeHint().width()).arg(
                     window->minimumSizeHint().height())));
        QCOMPARE(window->size(), size);
        const QStringList clipped = clippedControls(window.get());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("\n"))));
        // A page that scrolls does so up and down only: its content is never wider than what shows it.
        for (QScrollArea *scroll : window->findChildren<QScrollArea *>()) {
            if (scroll->isVisible() && scroll->widget() && scroll->objectName().endsWith(QLatin1String("Scroll"))) {
                QVERIFY2(scroll->widget()->width() <= scroll->viewport()->width(),
                         qPrintable(QStringLiteral("%1: content %2 wide in %3").arg(scroll->objectName()).arg(
                             scroll->widget()->width()).arg(scroll->viewport()->width())));
            }
        }
    }
};

QTEST_MAIN(TestGuiSmallScreens)
#include "tst_gui_small_screens.moc"
