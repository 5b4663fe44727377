#pragma once

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

class Connection;
class EvaluationSelection;
class ZoneChangeController;
class ImportController;

// The application frame: menus, one tab per page, a status bar with the database and its counts.
// Pages are separate classes (ui/<page>/); the window only places them and forwards menu actions. It is the
// report commands' ReportHost.
class MainWindow final : public QMainWindow, private ReportHost
{
    Q_OBJECT

public:
    MainWindow(QString databasePath, std::unique_ptr<Connection> connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    Connection &connection() const override { return *m_connection; }
    const QString &databasePath() const { return m_databasePath; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *toolsMenu() const { return m_toolsMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QTabWidget *pages() const { return m_pages; }

signals:
    // The database content changed (an import, a submitted evaluation): open views reload.
    void databaseChanged();
    // The user changed settings (Tools → Settings): pages re-read what concerns them.
    void settingsChanged();

public slots:
    void refreshStatus();

    ImportController *importController() const { return m_import; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
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
    std::unique_ptr<Connection> m_connection;
    AppSettings m_settings; // the one the pages and controllers are given
    QTabWidget *m_pages = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    ImportController *m_import = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    ZoneChangeController *m_zoneChange = nullptr;
    // Pages whose selected evaluations Print and Export PDF act on while they are in front.
    QList<std::pair<const QWidget *, const EvaluationSelection *>> m_selections;
};

} // namespace qadesk
