#pragma once

#include "ImprovementContext.h"
#include "domain/Coaching.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace qadesk {

class DatabaseWorker;

// A new coaching session: the agent, the date, the dimension worked on, the evaluations discussed (the agent's
// recent ones, loaded through the worker), the recordings played, the coach's notes and the agent's commitments.
class CoachingSessionDialog final : public QDialog
{
    Q_OBJECT

public:
    CoachingSessionDialog(DatabaseWorker &worker, const ImprovementContext &context, QWidget *parent = nullptr);

    void setAgent(const QString &agentCode);
    CoachingSession session() const;
    QPushButton *addCommitmentButton() const { return m_addCommitment; }

signals:
    void evaluationsLoaded();

private:
    void loadEvaluations();
    void addCommitment();

    DatabaseWorker &m_worker;
    QComboBox *m_agent = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_dimension = nullptr;
    QListWidget *m_evaluations = nullptr;
    QLineEdit *m_recordings = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_commitments = nullptr;
    QPushButton *m_addCommitment = nullptr;
    QDate m_today;
};

} // namespace qadesk
