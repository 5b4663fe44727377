#pragma once

#include "domain/Calibration.h"
#include "domain/Interaction.h"
#include "domain/Rubric.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QScrollArea;

namespace qadesk {

class ChecklistPanel;
class DimensionEditor;
class TranscriptPane;

// A participant scores one interaction of a calibration session blind, in the evaluation form's style: the
// transcript on the left, the six dimensions (keys 1–5, N, Up/Down), the checklist and critical items on the right,
// the weighted score live under them. Ctrl+Enter submits; the score is final and is saved on a worker thread.
class CalibrationScoreDialog final : public QDialog
{
    Q_OBJECT

public:
    CalibrationScoreDialog(QString databasePath, const CalibrationSession &session, const QString &participant,
                           const Rubric &rubric, const Interaction &interaction, double silenceThresholdS,
                           QWidget *parent = nullptr);

    // Test access: choose a level (or N/A with 0) and a checklist answer as the keys and buttons do.
    void choose(int dimension, int level);
    void answerChecklist(const QString &step, const QString &result);
    QString scoreText() const;

public slots:
    void submit();

signals:
    void submitted(const CalibrationScore &score);

private:
    void refresh();
    void focusDimension(int index);

    QString m_databasePath;
    CalibrationSession m_session;
    QString m_participant;
    Rubric m_rubric;
    qint64 m_interactionId = 0;
    QList<DimensionEvaluation> m_dimensions;
    QMap<QString, QString> m_checklist;
    QMap<QString, bool> m_critical;
    QList<DimensionEditor *> m_editors;
    ChecklistPanel *m_checklistPanel = nullptr;
    TranscriptPane *m_transcript = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_submit = nullptr;
    bool m_busy = false;
};

} // namespace qadesk
