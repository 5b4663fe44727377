#pragma once

#include "domain/Person.h"
#include "reports/ReportHost.h"
#include "settings/AppSettings.h"

#include <QMainWindow>
#include <QTimeZone>

#include <memory>
#include <utility>

class QLabel;
class QMenu;
class QTabWidget;

namespace qadesk {

class DashboardLoader;
class DashboardPage;
class DatabaseWorker;
class ImprovementPage;
class WorkspaceService;
class EvaluationSelection;
class ZoneChangeController;
class ImportController;
class FeedbackPage;

// The application frame: menus, one tab per page, a status bar with the database and its counts.
// Pages are separate classes (ui/<page>/); the window only places them and forwards menu actions. It is the
// report commands' ReportHost.
class MainWindow final : public QMainWindow, private ReportHost
{
    Q_OBJECT

public:
    // The database must exist and be migrated (Application does it before). The window itself opens no
    // connection: its pages read and write through services with threads and connections of their own.
    explicit MainWindow(QString databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    const QString &databasePath() const { return m_databasePath; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QTabWidget *pages() const { return m_pages; }
    // The person working here and their role (a login without a role of its own counts as an inspector).
    const Person &person() const { return m_person; }

signals:
    // The database content changed (an import, a submitted evaluation): open views reload.
    void databaseChanged();
    // The user changed settings (Tools → Settings): pages re-read what concerns them.
    void settingsChanged();
    // Team mode: Tools → Log in as someone else (the application closes this window and opens one as them).
    void logInAgainRequested();

public slots:
    void refreshStatus();
    // Tools → Switch Profile (and the first start): who is working here; a new person is added.
    void switchProfile();
    // Reads the person for the current login again and offers what their role needs.
    void refreshProfile();

    ImportController *importController() const { return m_import; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyProfile(const Person &person);
    void createMenus();
    void installPages();
    void showAbout();
    void showSettings();
    void changeZone(const QTimeZone &zone);
    void showShortcuts();

    // ReportHost
    QWidget *dialogParent() override { return this; }
    QString databaseFile() const override { return m_databasePath; }
    QList<qint64> frontPageSelection() const override;
    void showStatusMessage(const QString &message) override;

    QString m_databasePath;
    // The pages' ways to the data, each with a thread and connection of its own; they outlive the pages.
    std::unique_ptr<WorkspaceService> m_workspaceData;
    std::unique_ptr<DashboardLoader> m_dashboardData;
    std::unique_ptr<DatabaseWorker> m_reportsData;
    AppSettings m_settings; // the one the pages and controllers are given
    QTabWidget *m_pages = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ImportController *m_import = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QAction *m_targetsAction = nullptr;
    DashboardPage *m_dashboard = nullptr;
    FeedbackPage *m_feedback = nullptr;
    // Pages and actions on everyone's work (workspace, dashboard, calibration, reports; Sample…): not an agent's.
    QList<QWidget *> m_scoringPages;
    QList<QAction *> m_scoringActions;
    Person m_person;
    ImprovementPage *m_improvement = nullptr;
    QAction *m_raiseRectification = nullptr;
    ZoneChangeController *m_zoneChange = nullptr;
    // Pages whose selected evaluations Print and Export PDF act on while they are in front.
    QList<std::pair<const QWidget *, const EvaluationSelection *>> m_selections;
};

} // namespace qadesk
