#include "EvaluationFormPane.h"

#include "common/OrgTime.h"
#include "ChecklistPanel.h"
#include "DimensionEditor.h"
#include "Error.h"
#include "InteractionLabels.h"
#include "domain/DomainLabels.h"
#include "UndoShortcutPassThrough.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace qadesk {

namespace {

QString gradeColour(const QString &gradeKey)
{
    if (gradeKey == QLatin1String("excellent")) {
        return QStringLiteral("#1b6ec2");
    }
    if (gradeKey == QLatin1String("good")) {
        return QStringLiteral("#2e8b57");
    }
    if (gradeKey == QLatin1String("pass")) {
        return QStringLiteral("#c78a00");
    }
    return QStringLiteral("#d14343");
}

} // namespace

EvaluationFormPane::EvaluationFormPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationFormPane"));

    // The summary stays in view while the dimensions scroll.
    auto *summary = new QFrame(this);
    summary->setObjectName(QStringLiteral("scoreSummary"));
    summary->setFrameShape(QFrame::StyledPanel);
    summary->setAutoFillBackground(true);
    QPalette summaryPalette = summary->palette();
    summaryPalette.setColor(QPalette::Window, QColor(0xF7, 0xF8, 0xFA));
    summary->setPalette(summaryPalette);
    m_score = new QLabel(summary);
    m_score->setObjectName(QStringLiteral("scoreValue"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setMinimumWidth(m_score->fontMetrics().horizontalAdvance(QStringLiteral("100.00")));
    m_grade = new QLabel(summary);
    m_grade->setObjectName(QStringLiteral("gradeLabel"));
    QFont gradeFont = m_grade->font();
    gradeFont.setPointSizeF(gradeFont.pointSizeF() * 1.3);
    gradeFont.setBold(true);
    m_grade->setFont(gradeFont);
    m_grade->setAutoFillBackground(true);
    m_formula = new QLabel(summary);
    m_formula->setObjectName(QStringLiteral("formulaLabel"));
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(summary);
    m_status->setObjectName(QStringLiteral("evaluationStatusLabel"));
    m_status->setWordWrap(true);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(m_grade);
    scoreRow->addStretch(1);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(10, 6, 10, 6);
    summaryLayout->setSpacing(2);
    summaryLayout->addLayout(scoreRow);
    summaryLayout->addWidget(m_formula);
    summaryLayout->addWidget(m_status);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_placeholder = new QLabel(tr("Open an interaction to evaluate it."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(
        QStringLiteral("QLabel { color: #8b1c1c; background: #fdecec; border-radius: 4px; padding: 6px; }"));
    m_validation->hide();

    m_submit = new QPushButton(tr("Submit (Ctrl+Enter)"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(false);
    m_submit->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, &EvaluationFormPane::submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3, 6, 6, 6);
    layout->addWidget(summary);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_validation);
    layout->addWidget(m_submit);
    clear();
}

void EvaluationFormPane::clear()
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = nullptr;
    m_stack->setCurrentWidget(m_placeholder);
    m_submit->setVisible(false);
    m_validation->hide();
    m_score->setText(QStringLiteral("—"));
    m_grade->clear();
    m_formula->clear();
    m_status->clear();
}

void EvaluationFormPane::addSuggestion(const ScoreSuggestion &suggestion)
{
    for (DimensionEditor *editor : std::as_const(m_editors)) {
        if (editor->dimension().key == suggestion.dimensionKey && !editor->hasSuggestion()) {
            editor->setSuggestion(suggestion);
        }
    }
}

void EvaluationFormPane::setDocument(EvaluationDocument *document, const Interaction &interaction,
                                     const QList<ScoreSuggestion> &suggestions, const QList<ChecklistHint> &hints)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_showProblems = false;
    m_saveError.clear();
    m_savedAt = document->evaluation().updatedAt;
    m_turns = interaction.turns; // shared, not copied; chip labels are looked up when needed
    // Most evaluations use the same rubric: the form is built once and only refilled.
    if (!m_body || !(m_rubric == document->rubric())) {
        rebuild();
    }
    for (DimensionEditor *editor : std::as_const(m_editors)) {
        std::optional<ScoreSuggestion> suggestion;
        for (const ScoreSuggestion &s : suggestions) {
            if (s.dimensionKey == editor->dimension().key) {
                suggestion = s;
            }
        }
        editor->setSuggestion(suggestion);
        editor->setProblem(QString());
    }
    m_validation->hide();
    m_checklist->setHints(hints);
    connect(document, &EvaluationDocument::changed, this, &EvaluationFormPane::refresh);
    connect(document, &EvaluationDocument::saved, this, [this] {
        m_saveError.clear();
        m_savedAt = QDateTime::currentDateTime();
        refreshStatus();
    });
    connect(document, &EvaluationDocument::saveFailed, this, [this](const QString &message) {
        m_saveError = message;
        refreshStatus();
    });
    connect(document, &EvaluationDocument::submitted, this, [this] {
        m_saveError.clear();
        refreshStatus();
        emit submitted();
    });
    refresh(EvaluationDocument::Change::Everything, -1);
    m_stack->setCurrentWidget(m_scroll);
    m_current = 0;
    for (int i = 0; i < m_editors.size(); ++i) {
        m_editors.at(i)->setCurrent(i == 0);
    }
}

void EvaluationFormPane::rebuild()
{
    m_rubric = m_document->rubric();
    m_editors.clear();
    delete m_body;
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("formBody"));
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(6);
    const double total = m_rubric.totalWeight();
    for (int i = 0; i < m_rubric.dimensions.size(); ++i) {
        auto *editor = new DimensionEditor(i, m_rubric.dimensions.at(i), total, m_body);
        connect(editor, &DimensionEditor::scoreChosen, this, [this](int index, int level) {
            if (m_document) {
                m_document->setScore(index, level);
            }
        });
        connect(editor, &DimensionEditor::cleared, this, [this](int index) {
            if (m_document) {
                m_document->setScore(index, std::nullopt);
            }
        });
        connect(editor, &DimensionEditor::notApplicableToggled, this, [this](int index) {
            if (m_document) {
                m_document->setNotApplicable(index, !m_document->dimension(index).notApplicable);
            }
        });
        connect(editor, &DimensionEditor::commentEdited, this, [this](int index, const QString &text) {
            if (m_document) {
                m_document->setComment(index, text);
            }
        });
        connect(editor, &DimensionEditor::evidenceRemoved, this, [this](int index, qint64 turn) {
            if (m_document) {
                m_document->removeEvidence(index, turn);
            }
        });
        connect(editor, &DimensionEditor::evidenceClicked, this, &EvaluationFormPane::evidenceClicked);
        connect(editor, &DimensionEditor::timecodeActivated, this, &EvaluationFormPane::timecodeActivated);
        connect(editor, &DimensionEditor::moveRequested, this, &EvaluationFormPane::moveFrom);
        connect(editor, &DimensionEditor::focused, this, [this](int index) {
            if (index != m_current) {
                m_current = index;
                for (int j = 0; j < m_editors.size(); ++j) {
                    m_editors.at(j)->setCurrent(j == index);
                }
                emit currentDimensionChanged(index);
            }
            m_scroll->ensureWidgetVisible(m_editors.at(index), 0, 12);
        });
        layout->addWidget(editor);
        m_editors << editor;
    }

    m_checklist = new ChecklistPanel(m_rubric, m_body);
    connect(m_checklist, &ChecklistPanel::checklistChosen, this, [this](const QString &step, const QString &result) {
        if (m_document) {
            m_document->setChecklist(step, result);
        }
    });
    connect(m_checklist, &ChecklistPanel::criticalChosen, this, [this](const QString &item, bool failed) {
        if (m_document) {
            m_document->setCriticalFailed(item, failed);
        }
    });
    connect(m_checklist, &ChecklistPanel::turnLinkActivated, this, &EvaluationFormPane::evidenceClicked);
    layout->addWidget(m_checklist);

    auto *overallLabel = new QLabel(tr("Overall comment"), m_body);
    QFont bold = overallLabel->font();
    bold.setBold(true);
    overallLabel->setFont(bold);
    layout->addWidget(overallLabel);
    m_overall = new QPlainTextEdit(m_body);
    m_overall->setObjectName(QStringLiteral("overallComment"));
    m_overall->setPlaceholderText(tr("What went well, what to improve"));
    m_overall->setTabChangesFocus(true);
    m_overall->setUndoRedoEnabled(false);
    m_overall->setFixedHeight(m_overall->fontMetrics().height() * 4 + 12);
    UndoShortcutPassThrough::install(m_overall);
    connect(m_overall, &QPlainTextEdit::textChanged, this, [this] {
        if (m_document && m_overall->toPlainText() != m_document->evaluation().overallComment) {
            m_document->setOverallComment(m_overall->toPlainText());
        }
    });
    layout->addWidget(m_overall);
    layout->addStretch(1);
    m_scroll->setWidget(m_body);
    // The form scrolls up and down only: never narrower than its content and a scroll bar, so nothing is cut.
    m_scroll->setMinimumWidth(m_body->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width());
}

QStringList EvaluationFormPane::dimensionNames() const
{
    QStringList names;
    for (const RubricDimension &d : m_rubric.dimensions) {
        names << d.name(prefersChinese());
    }
    return names;
}

QHash<qint64, QStringList> EvaluationFormPane::evidenceByTurn() const
{
    QHash<qint64, QStringList> evidence;
    if (!m_document) {
        return evidence;
    }
    const QStringList names = dimensionNames();
    for (int i = 0; i < m_document->dimensionCount(); ++i) {
        for (const qint64 turn : m_document->dimension(i).evidenceTurnIds) {
            evidence[turn] << names.value(i);
        }
    }
    return evidence;
}

void EvaluationFormPane::focusDimension(int index)
{
    if (index >= 0 && index < m_editors.size()) {
        m_editors.at(index)->setFocus(Qt::OtherFocusReason);
    }
}

void EvaluationFormPane::moveFrom(int index, int step)
{
    const int target = index + step;
    if (target >= 0 && target < m_editors.size()) {
        focusDimension(target);
    } else if (target >= m_editors.size()) {
        // Past the last dimension: on to the checklist.
        if (QWidget *next = m_editors.constLast()->nextInFocusChain()) {
            while (next && next != m_editors.constLast() &&
                   (!next->isEnabled() || next->focusPolicy() == Qt::NoFocus ||
                    m_editors.constLast()->isAncestorOf(next))) {
                next = next->nextInFocusChain();
            }
            if (next && m_body->isAncestorOf(next)) {
                next->setFocus(Qt::TabFocusReason);
                m_scroll->ensureWidgetVisible(next);
            }
        }
    }
}

void EvaluationFormPane::refresh(EvaluationDocument::Change change, int index)
{
    if (!m_document) {
        return;
    }
    const bool locked = m_document->isLocked();
    switch (change) {
    case EvaluationDocument::Change::Dimension:
        refreshDimension(index);
        emit evidenceChanged();
        break;
    case EvaluationDocument::Change::Checklist:
    case EvaluationDocument::Change::Critical:
        m_checklist->setResults(m_document->evaluation().checklist, m_document->evaluation().criticalFailed, locked);
        break;
    case EvaluationDocument::Change::OverallComment:
    case EvaluationDocument::Change::Everything:
        for (int i = 0; i < m_editors.size(); ++i) {
            refreshDimension(i);
        }
        m_checklist->setResults(m_document->evaluation().checklist, m_document->evaluation().criticalFailed, locked);
        if (m_overall->toPlainText() != m_document->evaluation().overallComment) {
            const QSignalBlocker blocker(m_overall);
            m_overall->setPlainText(m_document->evaluation().overallComment);
            m_overall->moveCursor(QTextCursor::End);
        }
        m_overall->setReadOnly(locked);
        emit evidenceChanged();
        break;
    }
    if (m_showProblems) {
        showProblems(m_document->validate());
    }
    refreshSummary();
    refreshStatus();
}

void EvaluationFormPane::refreshDimension(int index)
{
    if (index >= 0 && index < m_editors.size()) {
        const DimensionEvaluation &state = m_document->dimension(index);
        QHash<qint64, QPair<QString, QString>> labels;
        for (const qint64 id : state.evidenceTurnIds) {
            for (const Turn &turn : std::as_const(m_turns)) {
                if (turn.id == id) {
                    // With its time code when the turn has one: the chip plays the recording from there.
                    labels.insert(id, {QStringLiteral("#%1 %2%3")
                                           .arg(turn.seq + 1)
                                           .arg(InteractionLabels::speaker(turn.speaker),
                                                turn.startMs ? QStringLiteral(" ") + InteractionLabels::clock(*turn.startMs)
                                                             : QString()),
                                       turn.text.left(120)});
                    break;
                }
            }
        }
        m_editors.at(index)->setState(state, m_document->isLocked(), labels);
    }
}

void EvaluationFormPane::refreshSummary()
{
    const ScoreResult &result = m_document->result();
    const bool chinese = prefersChinese();
    m_score->setText(result.score ? ScoreCalculator::formatScore(*result.score) : QStringLiteral("—"));
    m_grade->setText(result.score ? QStringLiteral(" %1 ").arg(result.grade(chinese)) : QString());
    m_grade->setVisible(result.score.has_value());
    // Colours follow the grade; palettes are only touched when it changes.
    const QString gradeKey = result.score ? result.gradeKey : QString();
    if (gradeKey != m_shownGradeKey) {
        m_shownGradeKey = gradeKey;
        const QColor colour = gradeKey.isEmpty() ? QColor(0x9A, 0xA0, 0xA6) : QColor(gradeColour(gradeKey));
        QPalette scorePalette = m_score->palette();
        scorePalette.setColor(QPalette::WindowText, colour);
        m_score->setPalette(scorePalette);
        QPalette gradePalette = m_grade->palette();
        gradePalette.setColor(QPalette::Window, colour);
        gradePalette.setColor(QPalette::WindowText, Qt::white);
        m_grade->setPalette(gradePalette);
    }
    const int scored = int(result.terms.size());
    const int total = m_document->dimensionCount();
    m_formula->setToolTip(ScoreCalculator::roundingRule(chinese));
    m_formula->setText(
        QStringLiteral("<span style='font-family:monospace'>%1</span><br><span style='color:#6b7280'>%2</span>")
            .arg(result.formula(chinese).toHtmlEscaped(), tr("%1 of %2 dimensions scored, %3 N/A")
                                                              .arg(scored)
                                                              .arg(total)
                                                              .arg(result.notApplicableCount)
                                                              .toHtmlEscaped()));
}

void EvaluationFormPane::setOpenElsewhere(bool elsewhere)
{
    if (m_openElsewhere == elsewhere) {
        return;
    }
    m_openElsewhere = elsewhere;
    if (m_document) {
        refreshStatus();
    }
}

void EvaluationFormPane::refreshStatus()
{
    const Evaluation &e = m_document->evaluation();
    QString text;
    if (m_document->isSubmitting()) {
        text = m_saveError.isEmpty()
                   ? tr("Submitting…")
                   : QStringLiteral("<span style='color:#c62828'>%1</span>")
                         .arg(tr("Not submitted yet, retrying: %1").arg(m_saveError).toHtmlEscaped());
    } else if (e.isLocked()) {
        text = tr("%1 by %2 on %3 — read-only")
                   .arg(DomainLabels::status(e.status), e.inspector,
                        QLocale().toString(OrgTime::local(e.submittedAt), QLocale::ShortFormat));
    } else if (!m_saveError.isEmpty()) {
        text = QStringLiteral("<span style='color:#c62828'>%1</span>")
                   .arg(tr("Not saved yet, retrying: %1").arg(m_saveError).toHtmlEscaped());
    } else if (e.id == 0) {
        text = tr("New evaluation — saved as a draft as soon as you change something");
    } else {
        text = tr("Draft, saved automatically at %1")
                   .arg(QLocale().toString(m_savedAt.toLocalTime().time(), QLocale::ShortFormat));
    }
    if (m_openElsewhere && !e.isLocked()) {
        text = QStringLiteral("<b style='color:#b45309'>%1</b><br>")
                   .arg(tr("Also open in another window or program: edits made in both will conflict.").toHtmlEscaped()) +
               text;
    }
    m_status->setText(text);
    m_submit->setVisible(!m_document->isLocked());
}

void EvaluationFormPane::showProblems(const QList<ValidationProblem> &problems)
{
    QList<QString> perDimension(m_editors.size());
    QStringList lines;
    for (const ValidationProblem &p : problems) {
        if (p.dimension >= 0 && p.dimension < perDimension.size()) {
            perDimension[p.dimension] = p.message;
        }
        lines << QStringLiteral("• ") + p.message.toHtmlEscaped();
    }
    for (int i = 0; i < m_editors.size(); ++i) {
        m_editors.at(i)->setProblem(perDimension.at(i));
    }
    if (problems.isEmpty()) {
        m_validation->hide();
        return;
    }
    m_validation->setText(tr("Not submitted yet — %n thing(s) to fix:", nullptr, int(problems.size())).toHtmlEscaped() +
                          QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    m_validation->show();
}

bool EvaluationFormPane::submit()
{
    if (!m_document || m_document->isLocked()) {
        return false;
    }
    const QList<ValidationProblem> problems = m_document->submit();
    if (!problems.isEmpty()) {
        m_showProblems = true;
        showProblems(problems);
        if (!problems.constFirst().checklistStep.isEmpty()) {
            m_checklist->focusStep(problems.constFirst().checklistStep);
        } else {
            focusDimension(problems.constFirst().dimension);
        }
        return false;
    }
    m_showProblems = false;
    showProblems({});
    refreshStatus(); // "Submitting…"; submitted() follows when it has landed
    return true;
}

} // namespace qadesk
