#pragma once

#include "domain/Feedback.h"
#include "domain/Interaction.h"
#include "domain/Person.h"
#include "domain/Rubric.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace qadesk {

class AppSettings;
class DatabaseWorker;
class FeedbackRowModel;
class InspectorRatesModel;
class RecordingPlayer;

// What the detail pane shows of one evaluation, read on the worker thread.
struct FeedbackView
{
    FeedbackDetail detail;
    Rubric rubric;
    QList<Turn> turns;
    QString recordingPath;    // resolved, existing; empty without one
    QString recordingProblem; // why a named recording cannot be played
};

// Feedback (反馈, issue 13): for an agent, their released evaluations, read-only with the evidence (transcript turns,
// the recording played from an evidence time), to acknowledge with a signature or dispute per dimension, and a
// level-1 decision to accept or escalate. For a lead (their team) or QA manager: pending acknowledgements and open
// disputes with deadlines and overdue flags, decisions with rescoring (a new version; old versions side by side),
// and dispute and overturn rates per inspector. Inspectors release their submitted evaluations (a batch at once,
// Ctrl+Shift+R). Every read and write runs on the page's DatabaseWorker through FeedbackService, which checks the
// same permissions the page uses to offer actions.
class FeedbackPage final : public QWidget
{
    Q_OBJECT

public:
    FeedbackPage(const QString &databasePath, AppSettings &settings, QWidget *parent = nullptr);
    ~FeedbackPage() override;

    void setPerson(const Person &person);
    const Person &person() const { return m_person; }
    bool isLoading() const { return m_pending > 0; }
    FeedbackRowModel *rowModel() const { return m_rows; }
    InspectorRatesModel *ratesModel() const { return m_rates; }
    const FeedbackView &view() const { return m_view; }
    QAction *releaseAction() const { return m_release; }
    // Tools → Release the Evaluation Just Submitted (Ctrl+Alt+R): the workspace's last submit, to its agent.
    QAction *releaseSubmittedAction() const { return m_releaseSubmitted; }

public slots:
    void reload();
    void releaseSelected();
    void acknowledgeCurrent();
    void disputeCurrent();
    void acceptCurrent();
    void escalateCurrent();
    void decideCurrent();
    // The workspace submitted this person's evaluation of an interaction: it can be released at once.
    void noteSubmitted(qint64 interactionId);
    void releaseSubmitted();

signals:
    void statusMessage(const QString &message);
    // A step changed evaluations (scores after a rescore): other views reload.
    void evaluationsChanged();

private:
    void fillViews();
    void loadDetail();
    void showDetail();
    void updateActions();
    void playEvidence();
    QList<qint64> selectedIds() const;
    const FeedbackRow *currentRow() const;
    void runStep(const QString &title, std::function<void(class FeedbackService &)> step, const QString &done);
    QString detailHtml() const;

    std::unique_ptr<DatabaseWorker> m_worker;
    AppSettings &m_settings;
    Person m_person;
    FeedbackView m_view;
    qint64 m_shownId = 0;
    int m_pending = 0;

    QLabel *m_who = nullptr;
    QComboBox *m_list = nullptr;
    QTableView *m_table = nullptr;
    FeedbackRowModel *m_rows = nullptr;
    QLabel *m_ratesTitle = nullptr;
    QTableView *m_ratesTable = nullptr;
    InspectorRatesModel *m_rates = nullptr;
    QTextBrowser *m_detail = nullptr;
    QListWidget *m_evidence = nullptr;
    RecordingPlayer *m_player = nullptr;
    QAction *m_release = nullptr;
    QAction *m_releaseSubmitted = nullptr;
    qint64 m_submittedInteraction = 0;
    QAction *m_acknowledge = nullptr;
    QAction *m_dispute = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_escalate = nullptr;
    QAction *m_decide = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace qadesk
