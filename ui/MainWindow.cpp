#include "MainWindow.h"

#include "dashboard/DashboardPage.h"
#include "import/ImportController.h"
#include "storage/Connection.h"
#include "storage/DatabaseSummary.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace qadesk {

MainWindow::MainWindow(QString databasePath, std::unique_ptr<Connection> connection, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(std::move(databasePath))
    , m_connection(std::move(connection))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("QA Desk — %1").arg(m_databasePath));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    m_import = new ImportController(m_databasePath, this);
    connect(m_import, &ImportController::dataChanged, this, &MainWindow::databaseChanged);
    setAcceptDrops(true);
    createMenus();
    installPages();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    refreshStatus();
    connect(this, &MainWindow::databaseChanged, this, &MainWindow::refreshStatus);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1440, 900);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_pages->setCurrentIndex(settings.value(QStringLiteral("window/page"), 0).toInt());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(tr("&About QA Desk"), this, &MainWindow::showAbout);
}

// Each page is its own class; this is the one place that puts them in the window.
void MainWindow::installPages()
{
    m_fileMenu->addAction(m_import->importAction());
    m_toolsMenu->addAction(m_import->maskAction());

    auto *dashboard = new DashboardPage(m_databasePath, this);
    m_pages->addTab(dashboard, tr("&Dashboard"));
    connect(this, &MainWindow::databaseChanged, dashboard, &DashboardPage::reload);
    m_toolsMenu->addAction(tr("KPI &targets…"), dashboard, &DashboardPage::editTargets);

    QAction *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
}

void MainWindow::refreshStatus()
{
    m_databaseLabel->setText(tr("Database: %1").arg(m_databasePath));
    try {
        const DatabaseCounts counts = DatabaseSummary(*m_connection).counts();
        m_countsLabel->setText(tr("%L1 interactions · %L2 transcripts · %L3 evaluations")
                                   .arg(counts.interactions)
                                   .arg(counts.transcripts)
                                   .arg(counts.evaluations));
    } catch (const std::exception &) {
        m_countsLabel->setText(tr("counts unavailable"));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    m_import->handleDragEnter(event);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    m_import->handleDragEnter(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_import->handleDrop(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About QA Desk"),
                       tr("<h3>QA Desk %1</h3><p>Customer-service quality inspection: score transcripts on the "
                          "six-dimension rubric and follow service KPIs.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace qadesk
