#include "MainWindow.h"

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

namespace qadesk {

MainWindow::MainWindow(QString databasePath, std::unique_ptr<Connection> connection, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(std::move(databasePath))
    , m_connection(std::move(connection))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("QA Desk — %1").arg(m_databasePath));
    m_import = new ImportController(m_databasePath, this);
    connect(m_import, &ImportController::dataChanged, this, &MainWindow::refreshStatus);
    setAcceptDrops(true);
    createMenus();
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    refreshStatus();

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1400, 860);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_import->importAction());
    file->addAction(m_import->maskAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About QA Desk"), this, &MainWindow::showAbout);
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
