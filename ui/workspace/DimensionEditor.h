#pragma once

#include "domain/Evaluation.h"
#include "domain/Rubric.h"
#include "rules/ScoreSuggestions.h"

#include <QFrame>
#include <QHash>

#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace qadesk {

class ChoiceButton;

// One rubric dimension in the form: five level buttons with the chosen level's description in view
// (another level's on hover), N/A, a comment, evidence chips and, where the data suggests a level, a
// suggestion with an Apply button. It takes keyboard focus as a whole: 1–5 score and move on, N marks
// N/A, A applies the suggestion, 0 or Delete clears, Up/Down/Tab move, Enter goes to the comment.
// It only reports what the inspector did; the form turns that into document changes.
class DimensionEditor final : public QFrame
{
    Q_OBJECT

public:
    DimensionEditor(int index, const RubricDimension &dimension, double totalWeight, QWidget *parent = nullptr);

    int index() const { return m_index; }
    const RubricDimension &dimension() const { return m_dimension; }
    // turnLabels: evidence turn id → short label ("#5 客户") and tooltip text.
    void setState(const DimensionEvaluation &state, bool locked,
                  const QHash<qint64, QPair<QString, QString>> &turnLabels);
    void setSuggestion(const std::optional<ScoreSuggestion> &suggestion);
    bool hasSuggestion() const { return m_suggestion.has_value(); }
    void setProblem(const QString &problem);
    void setCurrent(bool current);
    QLineEdit *commentEdit() const { return m_comment; }

signals:
    void scoreChosen(int index, int level);
    void cleared(int index);
    void notApplicableToggled(int index);
    void commentEdited(int index, const QString &comment);
    void evidenceClicked(qint64 turnId);
    // The play button in a comment that holds a time code ("02:15 interrupted the customer").
    void timecodeActivated(qint64 ms);
    void evidenceRemoved(int index, qint64 turnId);
    void moveRequested(int index, int step);
    void focused(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDescription(int level, bool hovering);
    void updateFrame();
    void applySuggestion();
    void rebuildEvidence(const QHash<qint64, QPair<QString, QString>> &turnLabels);

    int m_index;
    RubricDimension m_dimension;
    DimensionEvaluation m_state;
    bool m_locked = false;
    bool m_current = false;
    bool m_stateSet = false;
    bool m_commentMissing = false;
    QString m_problem;
    std::optional<ScoreSuggestion> m_suggestion;
    QList<ChoiceButton *> m_levels;
    ChoiceButton *m_notApplicable = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_suggestionLabel = nullptr;
    QToolButton *m_applySuggestion = nullptr;
    QWidget *m_suggestionRow = nullptr;
    QLineEdit *m_comment = nullptr;
    QWidget *m_evidence = nullptr;
    QHBoxLayout *m_evidenceLayout = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace qadesk
