#pragma once

#include "calibration/CalibrationReport.h"
#include "domain/Calibration.h"
#include "domain/Person.h"
#include "domain/Rubric.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace qadesk {

class AppSettings;
class CalibrationAgreementView;
class CalibrationGradersView;

// What the page shows of one session to the person using it, read on a worker thread.
struct CalibrationView
{
    CalibrationReport report; // results filled only when resultsVisible
    Rubric rubric;
    bool resultsVisible = false;
    QList<CalibrationScore> visibleScores; // the viewer's own and, per the blind rule, others'
    QHash<qint64, int> scoredCount;        // interaction → participants who have submitted
};

// Calibration (issue 14): the sessions, one session's interactions to score blind, and its results (alpha per
// dimension with intervals and readings, grader leniency, the interaction × grader heat map), printable to PDF and
// exportable to CSV / XLSX. The person using it is the window's profile (setPerson): their role decides whether they
// run sessions and see results without taking part (Permissions.h). All reads and writes run on worker threads with
// connections of their own.
class CalibrationPage final : public QWidget
{
    Q_OBJECT

public:
    CalibrationPage(QString databasePath, const AppSettings &settings, QWidget *parent = nullptr);

    QAction *newSessionAction() const { return m_newSession; }
    qint64 currentSessionId() const { return m_sessionId; }
    const CalibrationView &view() const { return m_view; }
    bool isLoading() const { return m_pending > 0; }
    const Person &person() const { return m_person; }
    // Who uses the page; another person (or role) reloads what it shows.
    void setPerson(const Person &person);

public slots:
    void reload();
    void newSession();
    void scoreCurrent();
    void closeSession();
    void exportPdf();
    void exportTable();
    void selectSession(qint64 id);
    void showReliability();

signals:
    void statusMessage(const QString &message);
    void loaded();

private:
    void setSessions(const QList<CalibrationSummary> &sessions);
    void loadSession(qint64 id);
    void showView(const CalibrationView &view);
    void updateActions();
    void failed(const QString &message);
    QString viewer() const;

    QString m_databasePath;
    const AppSettings &m_settings;
    Person m_person; // until setPerson: the settings' login as an inspector
    qint64 m_sessionId = 0;
    int m_generation = 0;
    int m_pending = 0;
    CalibrationView m_view;
    QStandardItemModel *m_sessions = nullptr;
    QStandardItemModel *m_items = nullptr;
    QTableView *m_sessionTable = nullptr;
    QTableView *m_itemTable = nullptr;
    CalibrationAgreementView *m_agreementView = nullptr;
    CalibrationGradersView *m_gradersView = nullptr;
    QLabel *m_header = nullptr;
    QList<QStackedWidget *> m_resultStacks; // the agreement and graders tabs
    QTabWidget *m_tabs = nullptr;
    QAction *m_newSession = nullptr;
    QAction *m_score = nullptr;
    QAction *m_close = nullptr;
    QAction *m_pdf = nullptr;
    QAction *m_export = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_reliability = nullptr;
};

} // namespace qadesk
