#pragma once

#include "ImprovementContext.h"
#include "domain/Coaching.h"
#include "domain/Person.h"
#include "domain/Rectification.h"

#include <QWidget>

#include <functional>
#include <memory>

class QPagedPaintDevice;

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace qadesk {

class CoachingSessionModel;
class CoachingTrendView;
class CommitmentModel;
class DatabaseWorker;
class RectificationListModel;

// The "Rectification & coaching" page (整改与辅导): the person's own view (an agent's open items and commitments; a
// lead's or manager's overdue items), every item they may see with filters, and coaching sessions with the agent's
// trend before and after. Everything goes through a worker of its own (RectificationService, CoachingService); the
// role decides what is offered (ImprovementRules), saying why on a disabled action.
class ImprovementPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ImprovementPage(const QString &databasePath, QWidget *parent = nullptr);
    ~ImprovementPage() override;

    void setPerson(const Person &person);
    const Person &person() const { return m_person; }
    DatabaseWorker &worker() { return *m_worker; }

    // Raises an item from an evaluation (the workspace's open one) and the dimension in focus.
    void raiseFromEvaluation(qint64 evaluationId, const QString &dimensionKey);
    // The dashboard findings (an agent's, or all the person may see), each offered as "Raise rectification".
    void showFindings(const QString &agentCode = {});
    void openItem(qint64 itemId);
    void newSession();
    // Print preview or Save as PDF of the rectification notice (整改通知单) or the chosen session's coaching record.
    void printNotice(const RectificationDetail &detail);
    void printRecord();

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *itemsView() const { return m_itemsView; }
    QTableView *ownView() const { return m_ownView; }
    QTableView *sessionsView() const { return m_sessionsView; }
    RectificationListModel *itemsModel() const { return m_items; }
    RectificationListModel *ownModel() const { return m_own; }
    CoachingSessionModel *sessionsModel() const { return m_sessions; }
    CommitmentModel *sessionCommitmentsModel() const { return m_sessionCommitments; }
    CommitmentModel *openCommitmentsModel() const { return m_openCommitments; }
    CoachingTrendView *trendView() const { return m_trend; }

public slots:
    void reload();

signals:
    void statusMessage(const QString &message);
    void itemsLoaded();
    void itemRaised(qint64 itemId);
    void sessionRecorded(qint64 sessionId);
    void sessionsLoaded();
    void sessionShown();
    void printed(const QString &path);

private:
    QWidget *buildOwnTab();
    QWidget *buildItemsTab();
    QWidget *buildCoachingTab();
    void loadItems();
    void loadOwn();
    void loadSessions();
    void showSession();
    void raise(const NewRectification &prefill, bool fromFinding);
    void raiseItem(const NewRectification &item);
    ImprovementContext choosable() const;
    void recordSession(const CoachingSession &session);
    void applyPerson();
    void markCommitment(CommitmentModel *model, QTableView *view);
    void saveAgentNote();
    void addCommitment();
    void printDocument(const QString &title, const QString &suggestedName,
                       const std::function<int(QPagedPaintDevice &)> &render,
                       const std::function<int(const QString &)> &writePdf);
    qint64 currentSessionId() const;

    std::unique_ptr<DatabaseWorker> m_worker;
    Person m_person;
    ImprovementContext m_context;
    QTabWidget *m_tabs = nullptr;
    // own
    QLabel *m_ownTitle = nullptr;
    QTableView *m_ownView = nullptr;
    RectificationListModel *m_own = nullptr;
    QGroupBox *m_commitmentsBox = nullptr;
    QTableView *m_openCommitmentsView = nullptr;
    CommitmentModel *m_openCommitments = nullptr;
    QPushButton *m_markOpenDone = nullptr;
    // items
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_agentFilter = nullptr;
    QCheckBox *m_overdueFilter = nullptr;
    QTableView *m_itemsView = nullptr;
    RectificationListModel *m_items = nullptr;
    QPushButton *m_newItem = nullptr;
    QPushButton *m_findings = nullptr;
    QLabel *m_itemsMessage = nullptr;
    // coaching
    QTableView *m_sessionsView = nullptr;
    CoachingSessionModel *m_sessions = nullptr;
    QPushButton *m_newSession = nullptr;
    QPushButton *m_printRecord = nullptr;
    QLabel *m_sessionTitle = nullptr;
    QPlainTextEdit *m_sessionNotes = nullptr;
    QPlainTextEdit *m_agentNote = nullptr;
    QPushButton *m_saveNote = nullptr;
    QTableView *m_sessionCommitmentsView = nullptr;
    CommitmentModel *m_sessionCommitments = nullptr;
    QPushButton *m_markSessionDone = nullptr;
    QPushButton *m_addCommitment = nullptr;
    CoachingTrendView *m_trend = nullptr;
    quint64 m_generation = 0;
};

} // namespace qadesk
