#pragma once

#include "domain/Evaluation.h"
#include "domain/Feedback.h"
#include "domain/Interaction.h"
#include "domain/Rubric.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace qadesk {

// The agent disputes an evaluation: per dimension whether it is disputed, the level they propose and why, and the
// evidence picked from the transcript (turns) or typed as recording times in seconds.
class DisputeDialog final : public QDialog
{
    Q_OBJECT

public:
    DisputeDialog(const Rubric &rubric, const Evaluation &evaluation, const QList<Turn> &turns, QWidget *parent = nullptr);

    QList<DisputeItem> items() const;

private:
    struct Row
    {
        QString key;
        QCheckBox *disputed = nullptr;
        QSpinBox *proposed = nullptr;
        QLineEdit *reason = nullptr;
    };

    void showEvidenceFor(int dimension);
    void keepEvidence();
    void updateOk();

    QList<Row> m_rows;
    QList<Turn> m_turns;
    QComboBox *m_evidenceFor = nullptr;
    QListWidget *m_turnList = nullptr;
    QLineEdit *m_times = nullptr;
    QPushButton *m_ok = nullptr;
    int m_shown = -1;
    QHash<QString, QSet<qint64>> m_evidence;
    QHash<QString, QString> m_timeText;
};

} // namespace qadesk
