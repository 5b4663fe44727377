#pragma once

#include "settings/AppSettings.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace qadesk {

class Connection;
class ImportController;

// The application frame: menus, one tab per page, a status bar with the database and its counts.
// Pages are separate classes (ui/<page>/); the window only places them and forwards menu actions.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QString databasePath, std::unique_ptr<Connection> connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    Connection &connection() const { return *m_connection; }
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
    void showShortcuts();

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
};

} // namespace qadesk
