#pragma once

#include "domain/Interaction.h"
#include "evaluation/EvaluationDocument.h"
#include "rules/ScoreSuggestions.h"
#include "rules/TranscriptRules.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace qadesk {

class ChecklistPanel;
class DimensionEditor;

// The right pane: the evaluation form built from the document's rubric — the live weighted score,
// grade and formula on top, one DimensionEditor per dimension, the checklist and critical items, the
// overall comment, and Submit. Every edit goes to the document as an undoable change; the form redraws
// from the document, so undo, redo and reloads all show the same thing.
class EvaluationFormPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationFormPane(QWidget *parent = nullptr);

    // Another window or program shows the same evaluation: said above the form until it goes.
    void setOpenElsewhere(bool elsewhere);
    void setDocument(EvaluationDocument *document, const Interaction &interaction,
                     const QList<ScoreSuggestion> &suggestions, const QList<ChecklistHint> &hints);
    void clear();
    // A suggestion that came later (from the recording's analysis), for a dimension that has none yet.
    void addSuggestion(const ScoreSuggestion &suggestion);
    EvaluationDocument *document() const { return m_document; }
    int currentDimension() const { return m_current; }
    void focusDimension(int index);
    // Validates and submits, showing what is missing in place. True when the evaluation was submitted.
    bool submit();
    QStringList dimensionNames() const;
    // For the transcript: turn id → names of the dimensions it is evidence for.
    QHash<qint64, QStringList> evidenceByTurn() const;

signals:
    void currentDimensionChanged(int index);
    void evidenceClicked(qint64 turnId);
    void timecodeActivated(qint64 ms);
    void evidenceChanged();
    void submitted();

private:
    void rebuild();
    void refresh(EvaluationDocument::Change change, int index);
    void refreshDimension(int index);
    void refreshSummary();
    void refreshStatus();
    void showProblems(const QList<ValidationProblem> &problems);
    void moveFrom(int index, int step);

    QPointer<EvaluationDocument> m_document;
    Rubric m_rubric;
    QList<Turn> m_turns;
    QList<DimensionEditor *> m_editors;
    ChecklistPanel *m_checklist = nullptr;
    QPlainTextEdit *m_overall = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_grade = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_submit = nullptr;
    int m_current = 0;
    bool m_showProblems = false;
    QString m_saveError;
    bool m_openElsewhere = false;
    QString m_shownGradeKey = QStringLiteral("?");
    QDateTime m_savedAt;
};

} // namespace qadesk
