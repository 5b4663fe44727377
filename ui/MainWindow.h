#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace qadesk {

class Connection;
class ImportController;

// The application frame: menus, pages, and a status bar with the database and its counts.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QString databasePath, std::unique_ptr<Connection> connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    Connection &connection() const { return *m_connection; }
    const QString &databasePath() const { return m_databasePath; }

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
    void showAbout();

    QString m_databasePath;
    std::unique_ptr<Connection> m_connection;
    ImportController *m_import = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};

} // namespace qadesk
