#pragma once

#include "domain/Rubric.h"
#include "rules/TranscriptRules.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QToolButton;

namespace qadesk {

class ChoiceButton;

// The service-process checklist (yes / no / N/A per step, with the transcript rules' hints and an
// Apply button for each, never applied by themselves) and the critical items (一票否决). Reports what the
// inspector chose; the form records it.
class ChecklistPanel final : public QWidget
{
    Q_OBJECT

public:
    ChecklistPanel(const Rubric &rubric, QWidget *parent = nullptr);

    void setResults(const QMap<QString, QString> &checklist, const QMap<QString, bool> &critical, bool locked);
    void setHints(const QList<ChecklistHint> &hints);
    // Moves the keyboard focus to a step's first answer (a submit that found it unanswered).
    void focusStep(const QString &step);

signals:
    void checklistChosen(const QString &step, const QString &result); // result empty: unanswered
    void criticalChosen(const QString &item, bool failed);
    void turnLinkActivated(qint64 turnId);

private:
    struct StepRow
    {
        QHash<QString, ChoiceButton *> buttons; // yes / no / na
        QLabel *hint = nullptr;
        QToolButton *applyHint = nullptr;
        QString hintResult;
    };
    QHash<QString, StepRow> m_steps;
    QHash<QString, QCheckBox *> m_critical;
    QMap<QString, QString> m_results;
    QMap<QString, bool> m_criticalResults;
    bool m_locked = false;
};

} // namespace qadesk
