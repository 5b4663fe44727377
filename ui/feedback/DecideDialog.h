#pragma once

#include "domain/Evaluation.h"
#include "domain/Feedback.h"
#include "domain/Rubric.h"
#include "feedback/FeedbackService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace qadesk {

// A team lead (level 1) or the QA manager (level 2, 终审) decides a dispute: the outcome, the reason, and where it is
// accepted the new levels, with the new score shown live. Accepted starts from the levels the agent proposed,
// rejected keeps the scores.
class DecideDialog final : public QDialog
{
    Q_OBJECT

public:
    DecideDialog(const Rubric &rubric, const Evaluation &evaluation, const Dispute &dispute, int level,
                 QWidget *parent = nullptr);

    QString outcome() const;
    QString reason() const;
    // The dimensions whose level differs from the evaluation's now.
    Rescore rescore() const;

private:
    void outcomeChanged();
    void updateScore();

    Rubric m_rubric;
    Evaluation m_evaluation;
    Dispute m_dispute;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QList<QComboBox *> m_levels; // rubric order; data: level 1..5 or 0 for N/A
    QLabel *m_score = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace qadesk
