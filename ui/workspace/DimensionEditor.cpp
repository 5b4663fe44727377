#include "DimensionEditor.h"

#include "InteractionLabels.h"

#include "ChoiceButton.h"
#include "UndoShortcutPassThrough.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QAction>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace qadesk {

namespace {

QColor levelColour(int level)
{
    switch (level) {
    case 1:
    case 2:
        return QColor(0xD1, 0x43, 0x43);
    case 3:
        return QColor(0xC7, 0x8A, 0x00);
    case 4:
        return QColor(0x2E, 0x8B, 0x57);
    default:
        return QColor(0x1B, 0x6E, 0xC2);
    }
}

} // namespace

DimensionEditor::DimensionEditor(int index, const RubricDimension &dimension, double totalWeight, QWidget *parent)
    : QFrame(parent), m_index(index), m_dimension(dimension)
{
    setObjectName(QStringLiteral("dimension_%1").arg(dimension.key));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    const bool chinese = prefersChinese();

    auto *name = new QLabel(this);
    name->setObjectName(QStringLiteral("dimensionName"));
    const double percent = totalWeight > 0 ? 100.0 * dimension.weight / totalWeight : 0;
    name->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;<span style='color:#6b7280'>%2</span>")
                      .arg(dimension.name(chinese).toHtmlEscaped(),
                           tr("weight %1 (%2%)").arg(dimension.weight).arg(percent, 0, 'f', 0).toHtmlEscaped()));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(3);
    for (int level = 1; level <= 5; ++level) {
        auto *button = new ChoiceButton(QString::number(level), levelColour(level), ChoiceButton::Look::Choice, this);
        button->setObjectName(QStringLiteral("level_%1").arg(level));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        if (const RubricLevel *entry = dimension.level(level)) {
            button->setToolTip(
                QStringLiteral("%1 %2 — %3").arg(level).arg(entry->name(chinese), entry->description(chinese)));
        }
        button->installEventFilter(this);
        connect(button, &ChoiceButton::clicked, this, [this, level] {
            setFocus(Qt::MouseFocusReason);
            emit scoreChosen(m_index, level);
        });
        buttons->addWidget(button);
        m_levels << button;
    }
    m_notApplicable = new ChoiceButton(tr("N/A"), QColor(0x6B, 0x72, 0x80), ChoiceButton::Look::Choice, this);
    m_notApplicable->setObjectName(QStringLiteral("notApplicable"));
    m_notApplicable->setToolTip(tr("Not applicable (N): leaves this dimension out of the score"));
    m_notApplicable->setCheckable(true);
    m_notApplicable->setFocusPolicy(Qt::NoFocus);
    connect(m_notApplicable, &ChoiceButton::clicked, this, [this] {
        setFocus(Qt::MouseFocusReason);
        emit notApplicableToggled(m_index);
    });
    buttons->addSpacing(6);
    buttons->addWidget(m_notApplicable);
    buttons->addStretch(1);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("levelDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);
    m_description->setMinimumHeight(m_description->fontMetrics().height() + 4);

    m_suggestionRow = new QWidget(this);
    m_suggestionRow->setObjectName(QStringLiteral("suggestion"));
    m_suggestionLabel = new QLabel(m_suggestionRow);
    m_suggestionLabel->setObjectName(QStringLiteral("suggestionLabel"));
    m_suggestionLabel->setWordWrap(true);
    m_applySuggestion = new QToolButton(m_suggestionRow);
    m_applySuggestion->setObjectName(QStringLiteral("applySuggestion"));
    m_applySuggestion->setText(tr("Apply (A)"));
    m_applySuggestion->setFocusPolicy(Qt::NoFocus);
    connect(m_applySuggestion, &QToolButton::clicked, this, &DimensionEditor::applySuggestion);
    auto *suggestionLayout = new QHBoxLayout(m_suggestionRow);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    suggestionLayout->addWidget(m_suggestionLabel, 1);
    suggestionLayout->addWidget(m_applySuggestion);
    m_suggestionRow->setAutoFillBackground(true);
    QPalette suggestionPalette = m_suggestionRow->palette();
    suggestionPalette.setColor(QPalette::Window, QColor(0xEE, 0xF6, 0xFF));
    m_suggestionRow->setPalette(suggestionPalette);
    suggestionLayout->setContentsMargins(6, 2, 2, 2);
    m_suggestionRow->hide();

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->installEventFilter(this);
    UndoShortcutPassThrough::install(m_comment);
    connect(m_comment, &QLineEdit::textEdited, this,
            [this](const QString &text) { emit commentEdited(m_index, text); });
    auto *playTime = m_comment->addAction(style()->standardIcon(QStyle::SP_MediaPlay), QLineEdit::TrailingPosition);
    playTime->setObjectName(QStringLiteral("playCommentTime"));
    playTime->setToolTip(tr("Play the recording from the time in this comment"));
    playTime->setVisible(false);
    connect(m_comment, &QLineEdit::textChanged, playTime,
            [playTime](const QString &text) { playTime->setVisible(InteractionLabels::firstTimecode(text) >= 0); });
    connect(playTime, &QAction::triggered, this, [this] {
        const qint64 ms = InteractionLabels::firstTimecode(m_comment->text());
        if (ms >= 0) {
            emit timecodeActivated(ms);
        }
    });

    m_evidence = new QWidget(this);
    m_evidence->setObjectName(QStringLiteral("evidenceChips"));
    m_evidenceLayout = new QHBoxLayout(m_evidence);
    m_evidenceLayout->setContentsMargins(0, 0, 0, 0);
    m_evidenceLayout->setSpacing(4);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    QPalette problemPalette = m_problemLabel->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xC6, 0x28, 0x28));
    m_problemLabel->setPalette(problemPalette);
    m_problemLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(name);
    layout->addLayout(buttons);
    layout->addWidget(m_description);
    layout->addWidget(m_suggestionRow);
    layout->addWidget(m_comment);
    layout->addWidget(m_evidence);
    layout->addWidget(m_problemLabel);
    updateFrame();
}

void DimensionEditor::setState(const DimensionEvaluation &state, bool locked,
                               const QHash<qint64, QPair<QString, QString>> &turnLabels)
{
    const bool evidenceChanged = state.evidenceTurnIds != m_state.evidenceTurnIds || locked != m_locked || !m_stateSet;
    m_stateSet = true;
    m_state = state;
    m_locked = locked;
    for (int level = 1; level <= 5; ++level) {
        ChoiceButton *button = m_levels.at(level - 1);
        button->setChecked(state.score == level);
        button->setEnabled(!locked);
    }
    m_notApplicable->setChecked(state.notApplicable);
    m_notApplicable->setEnabled(!locked);
    m_applySuggestion->setEnabled(!locked);
    if (m_comment->text() != state.comment) {
        // An undo or a reload; keep the cursor where it was as far as the new text allows.
        const int cursor = m_comment->cursorPosition();
        m_comment->setText(state.comment);
        m_comment->setCursorPosition(qMin(cursor, int(state.comment.size())));
    }
    m_comment->setReadOnly(locked);
    const bool needsComment = state.score && *state.score <= 2;
    m_comment->setPlaceholderText(locked         ? QString()
                                  : needsComment ? tr("Required: why a score of %1?").arg(*state.score)
                                                 : tr("Comment (required for a score of 1–2); Enter to edit"));
    // A missing required comment: the placeholder in red. Palettes only change when the state does.
    const bool missing = needsComment && state.comment.trimmed().isEmpty() && !locked;
    if (missing != m_commentMissing) {
        m_commentMissing = missing;
        QPalette palette = m_comment->palette();
        palette.setColor(QPalette::PlaceholderText,
                         missing ? QColor(0xD1, 0x43, 0x43) : this->palette().color(QPalette::PlaceholderText));
        m_comment->setPalette(palette);
    }
    if (evidenceChanged) {
        rebuildEvidence(turnLabels);
    }
    showDescription(state.score.value_or(0), false);
}

void DimensionEditor::rebuildEvidence(const QHash<qint64, QPair<QString, QString>> &turnLabels)
{
    // Evidence chips: "#5 客户 00:29" scrolls the transcript to the turn (and plays from it); "×" removes it.
    while (QLayoutItem *item = m_evidenceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const qint64 turn : m_state.evidenceTurnIds) {
        const auto label = turnLabels.value(turn, {QStringLiteral("#?"), QString()});
        auto *chip = new ChoiceButton(label.first, QColor(0x0E, 0x7C, 0x86), ChoiceButton::Look::Chip, m_evidence);
        chip->setObjectName(QStringLiteral("evidence_%1").arg(turn));
        chip->setToolTip(tr("Show this turn in the transcript: %1").arg(label.second));
        chip->setFocusPolicy(Qt::NoFocus);
        connect(chip, &ChoiceButton::clicked, this, [this, turn] { emit evidenceClicked(turn); });
        m_evidenceLayout->addWidget(chip);
        if (!m_locked) {
            auto *remove = new QToolButton(m_evidence);
            remove->setObjectName(QStringLiteral("removeEvidence_%1").arg(turn));
            remove->setText(QStringLiteral("×"));
            remove->setAutoRaise(true);
            remove->setFocusPolicy(Qt::NoFocus);
            remove->setToolTip(tr("Remove this evidence"));
            connect(remove, &QToolButton::clicked, this, [this, turn] { emit evidenceRemoved(m_index, turn); });
            m_evidenceLayout->addWidget(remove);
        }
    }
    m_evidenceLayout->addStretch(1);
    m_evidence->setVisible(!m_state.evidenceTurnIds.isEmpty());
}

void DimensionEditor::setSuggestion(const std::optional<ScoreSuggestion> &suggestion)
{
    m_suggestion = suggestion;
    m_suggestionRow->setVisible(suggestion.has_value());
    if (suggestion) {
        const RubricLevel *level = m_dimension.level(suggestion->level);
        m_suggestionLabel->setText(tr("Suggested: %1 (%2) — %3")
                                       .arg(suggestion->level)
                                       .arg(level ? level->name(prefersChinese()) : QString(), suggestion->reason));
    }
}

void DimensionEditor::applySuggestion()
{
    if (m_suggestion && !m_locked) {
        emit scoreChosen(m_index, m_suggestion->level);
    }
}

void DimensionEditor::setProblem(const QString &problem)
{
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    updateFrame();
}

void DimensionEditor::setCurrent(bool current)
{
    if (m_current != current) {
        m_current = current;
        updateFrame();
    }
}

void DimensionEditor::updateFrame()
{
    update();
}

void DimensionEditor::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool problem = !m_problem.isEmpty();
    const QColor border = problem     ? QColor(0xD1, 0x43, 0x43)
                          : m_current ? QColor(0x2F, 0x6F, 0xDE)
                                      : QColor(0xDF, 0xE3, 0xE8);
    const int width = problem || m_current ? 2 : 1;
    painter.setPen(QPen(border, width));
    painter.setBrush(m_current ? QColor(0xF7, 0xFA, 0xFF) : QColor(Qt::white));
    painter.drawRoundedRect(QRectF(rect()).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0), 6, 6);
}

void DimensionEditor::showDescription(int level, bool hovering)
{
    const bool chinese = prefersChinese();
    const RubricLevel *entry = m_dimension.level(level);
    if (hovering && entry) {
        m_description->setText(
            QStringLiteral("<span style='color:#6b7280'>%1 %2 — %3</span>")
                .arg(level)
                .arg(entry->name(chinese).toHtmlEscaped(), entry->description(chinese).toHtmlEscaped()));
    } else if (m_state.notApplicable) {
        m_description->setText(
            QStringLiteral("<b>%1</b>").arg(tr("Not applicable — left out of the score").toHtmlEscaped()));
    } else if (entry) {
        m_description->setText(
            QStringLiteral("<span style='color:%1; font-weight:bold'>%2 %3</span> — <b>%4</b>")
                .arg(levelColour(level).name())
                .arg(level)
                .arg(entry->name(chinese).toHtmlEscaped(), entry->description(chinese).toHtmlEscaped()));
    } else {
        m_description->setText(QStringLiteral("<span style='color:#6b7280'>%1</span>")
                                   .arg(m_locked ? tr("Not scored").toHtmlEscaped()
                                                 : tr("Press 1–5 to score, N for not applicable").toHtmlEscaped()));
    }
}

bool DimensionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter || event->type() == QEvent::Leave) {
        const int level = int(m_levels.indexOf(qobject_cast<ChoiceButton *>(watched))) + 1;
        if (level > 0) {
            showDescription(event->type() == QEvent::Enter ? level : m_state.score.value_or(0),
                            event->type() == QEvent::Enter);
        }
    }
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    if (watched == m_comment && event->type() == QEvent::FocusIn) {
        emit focused(m_index);
    }
    return QFrame::eventFilter(watched, event);
}

void DimensionEditor::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier) {
        QFrame::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        if (!m_locked) {
            emit scoreChosen(m_index, key - Qt::Key_0);
            emit moveRequested(m_index, 1);
        }
        return;
    }
    switch (key) {
    case Qt::Key_N:
        if (!m_locked) {
            emit notApplicableToggled(m_index);
            emit moveRequested(m_index, 1);
        }
        return;
    case Qt::Key_A:
        applySuggestion();
        return;
    case Qt::Key_0:
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_locked) {
            emit cleared(m_index);
        }
        return;
    case Qt::Key_Up:
        emit moveRequested(m_index, -1);
        return;
    case Qt::Key_Down:
        emit moveRequested(m_index, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_comment->setFocus(Qt::OtherFocusReason);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

bool DimensionEditor::focusNextPrevChild(bool next)
{
    // Tab walks the dimensions, not the buttons inside one.
    if (hasFocus()) {
        emit moveRequested(m_index, next ? 1 : -1);
        return true;
    }
    return QFrame::focusNextPrevChild(next);
}

void DimensionEditor::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    emit focused(m_index);
}

void DimensionEditor::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

} // namespace qadesk
