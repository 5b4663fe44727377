#include "CalibrationScoreDialog.h"

#include "calibration/CalibrationService.h"
#include "CalibrationWorker.h"
#include "rules/TranscriptRules.h"
#include "scoring/ScoreCalculator.h"
#include "workspace/ChecklistPanel.h"
#include "workspace/DimensionEditor.h"
#include "workspace/TranscriptPane.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace qadesk {

CalibrationScoreDialog::CalibrationScoreDialog(QString databasePath, const CalibrationSession &session,
                                               const QString &participant, const Rubric &rubric,
                                               const Interaction &interaction, double silenceThresholdS,
                                               QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_session(session), m_participant(participant),
      m_rubric(rubric), m_interactionId(interaction.id)
{
    setObjectName(QStringLiteral("calibrationScoreDialog"));
    setWindowTitle(
        tr("Calibration %1 · %2 · scored blind by %3").arg(session.name, interaction.externalId, participant));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Score as you would for an evaluation. Others' scores stay hidden until you submit%1; "
                               "this score never enters KPIs or the agent's results.")
                                .arg(session.blindUntilClosed ? tr(" and the session is closed") : QString()),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *splitter = new QSplitter(this);
    m_transcript = new TranscriptPane(splitter);
    TranscriptRules rules = TranscriptRules::shipped();
    m_transcript->setInteraction(interaction, rules, silenceThresholdS);
    m_transcript->setEvidenceEditable(false); // evidence belongs to evaluations
    splitter->addWidget(m_transcript);

    m_scroll = new QScrollArea(splitter);
    m_scroll->setWidgetResizable(true);
    auto *body = new QWidget;
    auto *form = new QVBoxLayout(body);
    form->setContentsMargins(0, 0, 6, 0);
    form->setSpacing(6);
    const double total = rubric.totalWeight();
    for (int i = 0; i < rubric.dimensions.size(); ++i) {
        DimensionEvaluation d;
        d.key = rubric.dimensions.at(i).key;
        m_dimensions << d;
        auto *editor = new DimensionEditor(i, rubric.dimensions.at(i), total, body);
        editor->commentEdit()->hide(); // comments belong to evaluations; calibration compares the levels
        connect(editor, &DimensionEditor::scoreChosen, this, [this](int index, int level) { choose(index, level); });
        connect(editor, &DimensionEditor::cleared, this, [this](int index) {
            m_dimensions[index].score.reset();
            m_dimensions[index].notApplicable = false;
            refresh();
        });
        connect(editor, &DimensionEditor::notApplicableToggled, this, [this](int index) {
            m_dimensions[index].notApplicable = !m_dimensions[index].notApplicable;
            if (m_dimensions[index].notApplicable) {
                m_dimensions[index].score.reset();
            }
            refresh();
        });
        connect(editor, &DimensionEditor::moveRequested, this, [this](int index, int step) {
            if (index + step >= 0 && index + step < m_editors.size()) {
                focusDimension(index + step);
            } else if (index + step >= m_editors.size()) {
                m_submit->setFocus();
            }
        });
        connect(editor, &DimensionEditor::focused, this, [this](int index) {
            for (int j = 0; j < m_editors.size(); ++j) {
                m_editors.at(j)->setCurrent(j == index);
            }
            m_scroll->ensureWidgetVisible(m_editors.at(index), 0, 12);
        });
        form->addWidget(editor);
        m_editors << editor;
    }
    m_checklistPanel = new ChecklistPanel(rubric, body);
    connect(m_checklistPanel, &ChecklistPanel::checklistChosen, this, &CalibrationScoreDialog::answerChecklist);
    connect(m_checklistPanel, &ChecklistPanel::criticalChosen, this, [this](const QString &item, bool failed) {
        m_critical[item] = failed;
        refresh();
    });
    form->addWidget(m_checklistPanel);
    form->addStretch(1);
    m_scroll->setWidget(body);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("calibrationScore"));
    m_score->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_score, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("calibrationProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01e23"));
    m_problem->setWordWrap(true);
    bottom->addWidget(m_problem, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("Submit (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitCalibrationScore"));
    m_submit->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, &CalibrationScoreDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &CalibrationScoreDialog::submit);
    auto *enter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(enter, &QShortcut::activated, this, &CalibrationScoreDialog::submit);

    refresh();
    // As large as the evaluation form wants, within the screen (1280×720 leaves room for a title bar).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(std::min(1100, available.width() - 40), std::min(680, available.height() - 60));
    if (!m_editors.isEmpty()) {
        focusDimension(0);
    }
}

void CalibrationScoreDialog::focusDimension(int index)
{
    m_editors.at(index)->setFocus(Qt::OtherFocusReason);
}

void CalibrationScoreDialog::choose(int dimension, int level)
{
    if (dimension < 0 || dimension >= m_dimensions.size()) {
        return;
    }
    if (level == 0) {
        m_dimensions[dimension].score.reset();
        m_dimensions[dimension].notApplicable = true;
    } else {
        m_dimensions[dimension].score = level;
        m_dimensions[dimension].notApplicable = false;
    }
    refresh();
}

void CalibrationScoreDialog::answerChecklist(const QString &step, const QString &result)
{
    if (result.isEmpty()) {
        m_checklist.remove(step);
    } else {
        m_checklist[step] = result;
    }
    refresh();
}

QString CalibrationScoreDialog::scoreText() const
{
    return m_score->text();
}

void CalibrationScoreDialog::refresh()
{
    for (int i = 0; i < m_editors.size(); ++i) {
        m_editors.at(i)->setState(m_dimensions.at(i), m_busy, {});
    }
    m_checklistPanel->setResults(m_checklist, m_critical, m_busy);
    QList<DimensionInput> inputs;
    for (const DimensionEvaluation &d : std::as_const(m_dimensions)) {
        inputs.append(DimensionInput{d.score, d.notApplicable});
    }
    bool critical = false;
    for (auto it = m_critical.cbegin(); it != m_critical.cend(); ++it) {
        critical = critical || it.value();
    }
    const ScoreResult result = ScoreCalculator::compute(m_rubric, inputs, critical);
    const bool chinese = prefersChinese();
    m_score->setText(result.score
                         ? tr("Score %1 · %2").arg(ScoreCalculator::formatScore(*result.score), result.grade(chinese))
                         : tr("Score: not yet"));
    m_score->setToolTip(result.formula(chinese));
}

void CalibrationScoreDialog::submit()
{
    if (m_busy) {
        return;
    }
    const bool chinese = prefersChinese();
    for (int i = 0; i < m_dimensions.size(); ++i) {
        if (!m_dimensions.at(i).score && !m_dimensions.at(i).notApplicable) {
            m_problem->setText(
                tr("%1: choose a level from 1 to 5, or mark it N/A.").arg(m_rubric.dimensions.at(i).name(chinese)));
            focusDimension(i);
            return;
        }
    }
    if (!m_rubric.checklistOptional) {
        for (const ChecklistStep &step : std::as_const(m_rubric.checklist)) {
            if (m_checklist.value(step.key).isEmpty()) {
                m_problem->setText(tr("Checklist: answer \"%1\" with yes, no or N/A.").arg(step.name(chinese)));
                m_checklistPanel->focusStep(step.key);
                return;
            }
        }
    }
    m_problem->clear();
    m_busy = true;
    m_submit->setEnabled(false);
    refresh();
    const qint64 sessionId = m_session.id, interactionId = m_interactionId;
    const QString participant = m_participant;
    const QList<DimensionEvaluation> dimensions = m_dimensions;
    const QMap<QString, QString> checklist = m_checklist;
    const QMap<QString, bool> critical = m_critical;
    runCalibrationWork<CalibrationScore>(
        this, m_databasePath,
        [=](Connection &c) {
            return CalibrationService(c).submit(sessionId, interactionId, participant, dimensions, checklist, critical);
        },
        [this](const CalibrationScore &score) {
            emit submitted(score);
            accept();
        },
        [this](const QString &error) {
            m_busy = false;
            m_submit->setEnabled(true);
            m_problem->setText(error);
            refresh();
        });
}

} // namespace qadesk
