#include "MainWindow.h"
#include "calibration/CalibrationPage.h"

#include "BackupController.h"
#include "common/MessageBox.h"
#include "dashboard/DashboardPage.h"
#include "feedback/FeedbackPage.h"
#include "improvement/ImprovementPage.h"
#include "help/ShortcutsDialog.h"
#include "import/ImportController.h"
#include "reports/ReportActions.h"
#include "reports/ReportsPage.h"
#include "domain/DomainLabels.h"
#include "domain/Permissions.h"
#include "settings/ProfileDialog.h"
#include "team/PgCredentials.h"
#include "settings/SettingsDialog.h"
#include "services/DashboardLoader.h"
#include "services/DatabaseWorker.h"
#include "services/WorkspaceService.h"
#include "settings/ZoneChangeController.h"
#include "workspace/EvaluationFormPane.h"
#include "workspace/WorkspacePage.h"
#include "evaluation/EvaluationDocument.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace qadesk {

MainWindow::MainWindow(QString databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(std::move(databasePath))
    , m_workspaceData(std::make_unique<WorkspaceService>(m_databasePath))
    , m_dashboardData(std::make_unique<DashboardLoader>(m_databasePath))
    , m_reportsData(std::make_unique<DatabaseWorker>(m_databasePath, QStringLiteral("reports data")))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("QA Desk — %1").arg(PgCredentials::forDisplay(m_databasePath)));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    m_import = new ImportController(m_databasePath, m_settings, this);
    connect(m_import, &ImportController::dataChanged, this, &MainWindow::databaseChanged);
    setAcceptDrops(true);
    createMenus();
    installPages();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    refreshStatus();
    connect(this, &MainWindow::databaseChanged, this, &MainWindow::refreshStatus);
    connect(this, &MainWindow::settingsChanged, this, &MainWindow::refreshProfile);
    refreshProfile();

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: the preferred size, but never larger than the screen (1280×720 included).
        const QSize available = screen() ? screen()->availableSize() : QSize(1440, 900);
        resize(QSize(1440, 900).boundedTo(available));
    }
    restoreState(m_settings.windowState());
    m_pages->setCurrentIndex(m_settings.windowPage());
}

MainWindow::~MainWindow()
{
    // The pages use the services (the workspace saves an open draft when it goes): they go first, not
    // after them as Qt's deletion of child widgets would have it.
    delete m_pages;
}

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
    auto *backup = new BackupController(m_databasePath, m_settings, this);
    m_fileMenu->addAction(backup->backupAction());
    connect(backup, &BackupController::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    m_toolsMenu->addAction(m_import->maskAction());
    auto *reports = new ReportsPage(*m_reportsData, this);
    m_pages->addTab(reports, tr("Reports"));
    m_scoringPages << reports;
    connect(this, &MainWindow::databaseChanged, reports, &ReportsPage::reload);
    m_selections.emplaceBack(reports, reports);
    auto *reportActions = new ReportActions(*this, reports, m_settings, this);
    for (QAction *action : reportActions->fileMenuActions()) {
        if (action) {
            m_fileMenu->addAction(action);
        } else {
            m_fileMenu->addSeparator();
        }
    }

    auto *workspace = new WorkspacePage(*m_workspaceData, m_settings, m_pages);
    m_pages->insertTab(0, workspace, tr("&Workspace"));
    m_scoringPages << workspace;
    m_scoringActions << workspace->sampleAction();
    m_editMenu->addAction(workspace->undoAction());
    m_editMenu->addAction(workspace->redoAction());
    m_toolsMenu->addAction(workspace->sampleAction());
    connect(workspace, &WorkspacePage::evaluationSubmitted, this, &MainWindow::refreshStatus);
    connect(workspace, &WorkspacePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(this, &MainWindow::databaseChanged, workspace, &WorkspacePage::reload);
    connect(this, &MainWindow::settingsChanged, workspace, &WorkspacePage::applySettings);
    // After the window is up: the draft that was open when the program last stopped, crash or not.
    QTimer::singleShot(0, workspace, &WorkspacePage::restoreLastInteraction);

    m_toolsMenu->addSeparator();
    QAction *settings = m_toolsMenu->addAction(tr("S&ettings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_helpMenu->insertAction(m_helpMenu->actions().value(0), shortcuts);

    auto *dashboard = new DashboardPage(*m_dashboardData, m_settings, this);
    m_pages->insertTab(1, dashboard, tr("&Dashboard"));
    m_scoringPages << dashboard;
    connect(this, &MainWindow::databaseChanged, dashboard, &DashboardPage::reload);
    // Drill-down: the interactions behind a figure open in the workspace (the first one; all join "My queue").
    connect(dashboard, &DashboardPage::openInteractionsRequested, this, [this, workspace](const QList<qint64> &ids) {
        if (ids.isEmpty()) {
            return;
        }
        m_pages->setCurrentWidget(workspace);
        workspace->openInteraction(ids.first());
    });
    m_dashboard = dashboard;
    m_targetsAction = m_toolsMenu->addAction(tr("KPI &targets…"), dashboard, &DashboardPage::editTargets);
    m_targetsAction->setObjectName(QStringLiteral("targetsAction"));
    // Team mode (a PostgreSQL database, docs/team-mode.md): the person is the database login.
    QAction *profile = new QAction(
        PgCredentials::isTeamMode(m_databasePath) ? tr("Log in as &Someone Else…") : tr("Switch &Profile…"), this);
    profile->setObjectName(QStringLiteral("switchProfileAction"));
    profile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(profile, &QAction::triggered, this, &MainWindow::switchProfile);
    m_toolsMenu->insertAction(m_toolsMenu->actions().value(0), profile);

    auto *calibration = m_calibration = new CalibrationPage(m_databasePath, m_settings, this);
    m_pages->addTab(calibration, tr("&Calibration"));
    m_scoringPages << calibration;
    m_scoringActions << calibration->newSessionAction();
    connect(this, &MainWindow::databaseChanged, calibration, &CalibrationPage::reload);
    connect(calibration, &CalibrationPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_toolsMenu->addAction(calibration->newSessionAction());
    QTimer::singleShot(0, calibration, &CalibrationPage::reload);

    m_feedback = new FeedbackPage(m_databasePath, m_settings, this);
    m_pages->addTab(m_feedback, tr("Feed&back"));
    connect(this, &MainWindow::databaseChanged, m_feedback, &FeedbackPage::reload);
    connect(m_feedback, &FeedbackPage::evaluationsChanged, this, &MainWindow::databaseChanged);
    connect(m_feedback, &FeedbackPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(workspace, &WorkspacePage::evaluationSubmitted, m_feedback, &FeedbackPage::noteSubmitted);
    m_toolsMenu->addAction(m_feedback->releaseSubmittedAction());
    m_scoringActions << m_feedback->releaseSubmittedAction();
    // Rectification and coaching (issue 13): raised from the workspace's evaluation or the dashboard's agent view.
    m_improvement = new ImprovementPage(m_databasePath, this);
    m_pages->addTab(m_improvement, tr("&Rectification && coaching"));
    connect(this, &MainWindow::databaseChanged, m_improvement, &ImprovementPage::reload);
    connect(m_improvement, &ImprovementPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(dashboard, &DashboardPage::raiseRectificationRequested, m_improvement, &ImprovementPage::showFindings);
    QAction *raise = m_raiseRectification =
        m_toolsMenu->addAction(tr("Raise &rectification from this evaluation…"), this, [this, workspace] {
        const EvaluationDocument *document = workspace->document();
        if (!document || document->evaluation().id == 0) {
            MessageBox::information(this, tr("Raise Rectification"), tr("Open an evaluated interaction first."));
            return;
        }
        const int dimension = workspace->formPane()->currentDimension();
        m_improvement->raiseFromEvaluation(document->evaluation().id,
                                           document->rubric().dimensions.value(dimension).key);
    });
    raise->setObjectName(QStringLiteral("raiseRectificationAction"));
    raise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));

    QAction *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
}

void MainWindow::refreshStatus()
{
    m_databaseLabel->setText(tr("Database: %1").arg(PgCredentials::forDisplay(m_databasePath)));
    m_workspaceData->counts(
        this,
        [this](DatabaseCounts counts) {
            m_countsLabel->setText(tr("%L1 interactions · %L2 transcripts · %L3 evaluations")
                                       .arg(counts.interactions)
                                       .arg(counts.transcripts)
                                       .arg(counts.evaluations));
        },
        [this](const QString &) { m_countsLabel->setText(tr("counts unavailable")); });
}

void MainWindow::refreshProfile()
{
    const QString login = m_settings.inspectorName();
    m_workspaceData->person(this, login, [this, login](std::optional<Person> found) {
        Person person;
        person.login = login;
        person.name = login;
        applyProfile(found.value_or(person));
    });
}

void MainWindow::applyProfile(const Person &person)
{
    m_person = person;
    if (person.id == 0) {
        // A login nobody added (the default one of a new file, an older database's inspector) works as an inspector;
        // its name and that role side by side would read as a person's ("质检员 · 质检员").
        m_profileLabel->setText(tr("%1 · not in the people list").arg(person.login));
        m_profileLabel->setToolTip(tr("The login \"%1\" is not in the people list: it works as a %2. Switch Profile "
                                      "(Ctrl+Shift+U) picks a person or adds one.")
                                       .arg(person.login, DomainLabels::role(roleKey(person.role))));
    } else {
        m_profileLabel->setText(tr("%1 · %2").arg(person.name, DomainLabels::role(roleKey(person.role))));
        m_profileLabel->setToolTip(tr("Login: %1").arg(person.login));
    }
    // Targets are the QA manager's (DESIGN §1); in local mode the file is the user's, so this guides rather than
    // guards: Switch Profile changes it.
    const bool setsTargets = allows(person.role, Action::SetTargets);
    m_targetsAction->setEnabled(setsTargets);
    m_targetsAction->setToolTip(setsTargets ? QString() : tr("KPI targets are set by a QA manager or an administrator."));
    m_feedback->setPerson(person);
    m_calibration->setPerson(person);
    m_dashboard->setPerson(person);
    // An agent sees their own feedback, not the queue, calibration or everyone's evaluations (DESIGN §1).
    const bool scores = allows(person.role, Action::ScoreInteractions);
    for (QWidget *page : std::as_const(m_scoringPages)) {
        m_pages->setTabVisible(m_pages->indexOf(page), scores);
    }
    for (QAction *action : std::as_const(m_scoringActions)) {
        action->setVisible(scores);
    }
    if (!m_pages->isTabVisible(m_pages->currentIndex())) {
        for (int index = 0; index < m_pages->count(); ++index) {
            if (m_pages->isTabVisible(index)) {
                m_pages->setCurrentIndex(index);
                break;
            }
        }
    }
    m_improvement->setPerson(person);
    const bool assigns = allows(person.role, Action::AssignRectification);
    m_raiseRectification->setEnabled(assigns);
    m_raiseRectification->setToolTip(assigns ? QString() : tr("Rectification items are raised by a team lead or a QA manager."));
}

void MainWindow::switchProfile()
{
    if (PgCredentials::isTeamMode(m_databasePath)) {
        emit logInAgainRequested();
        return;
    }
    m_workspaceData->people(
        this,
        [this](QList<Person> people) {
            ProfileDialog dialog(people, m_settings.inspectorName(), this);
            if (dialog.exec() != QDialog::Accepted) {
                return;
            }
            const auto useProfile = [this](const Person &person) {
                m_settings.setInspectorName(person.login);
                m_settings.setProfileChosen(true);
                emit settingsChanged(); // the workspace reopens as this person; the profile follows
                showStatusMessage(tr("Working as %1.").arg(person.name));
            };
            if (!dialog.isNew()) {
                useProfile(dialog.chosen());
                return;
            }
            m_workspaceData->addPerson(this, dialog.chosen(), useProfile, [this](const QString &message) {
                MessageBox::warning(this, tr("Switch Profile"), message);
            });
        },
        [this](const QString &message) { MessageBox::warning(this, tr("Switch Profile"), message); });
}

QList<qint64> MainWindow::frontPageSelection() const
{
    for (const auto &[page, selection] : m_selections) {
        if (page == m_pages->currentWidget()) {
            return selection->selectedEvaluationIds();
        }
    }
    return {};
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setWindowPage(m_pages->currentIndex());
    event->accept();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.setPerson(m_profileLabel->text(), PgCredentials::isTeamMode(m_databasePath));
    // After the dialog has closed: the profile dialog (or the login) is modal too.
    connect(&dialog, &SettingsDialog::switchProfileRequested, this, &MainWindow::switchProfile, Qt::QueuedConnection);
    // The organisation's zone is an administrator's (like targets, this guides rather than guards).
    dialog.setZoneEditable(allows(m_person.role, Action::ChangeOrganisationZone));
    if (dialog.exec() == QDialog::Accepted) {
        emit settingsChanged();
        if (const QTimeZone zone = dialog.changedZone(); zone.isValid()) {
            changeZone(zone);
        }
    }
}

void MainWindow::changeZone(const QTimeZone &zone)
{
    if (!m_zoneChange) {
        m_zoneChange = new ZoneChangeController(m_databasePath, m_settings.inspectorName(), this);
        connect(m_zoneChange, &ZoneChangeController::finished, this, [this](bool, const QString &message) {
            statusBar()->showMessage(message, 10000);
            emit databaseChanged(); // every view shows its times and days in the new zone
        });
    }
    m_zoneChange->change(zone);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
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
    MessageBox::about(this, tr("About QA Desk"),
                       tr("<h3>QA Desk %1</h3><p>Customer-service quality inspection: score transcripts on the "
                          "six-dimension rubric and follow service KPIs.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace qadesk
