#include "ChecklistPanel.h"

#include "ChoiceButton.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace qadesk {

namespace {

const QString kResults[] = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("na")};

QString resultLabel(const QString &result)
{
    if (result == QLatin1String("yes")) {
        return ChecklistPanel::tr("Yes");
    }
    if (result == QLatin1String("no")) {
        return ChecklistPanel::tr("No");
    }
    return ChecklistPanel::tr("N/A");
}

} // namespace

ChecklistPanel::ChecklistPanel(const Rubric &rubric, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checklistPanel"));
    const bool chinese = prefersChinese();
    auto *steps = new QGroupBox(tr("Service process"), this);
    steps->setObjectName(QStringLiteral("checklistGroup"));
    auto *grid = new QGridLayout(steps);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(0, 1);
    int row = 0;
    for (const ChecklistStep &step : rubric.checklist) {
        auto *name = new QLabel(QStringLiteral("%1. %2").arg(row / 2 + 1).arg(step.name(chinese)), steps);
        name->setToolTip(step.description(chinese));
        name->setWordWrap(true);
        grid->addWidget(name, row, 0);
        StepRow stepRow;
        int column = 1;
        for (const QString &result : kResults) {
            const QColor colour = result == QLatin1String("yes")  ? QColor(0x2E, 0x8B, 0x57)
                                  : result == QLatin1String("no") ? QColor(0xD1, 0x43, 0x43)
                                                                  : QColor(0x6B, 0x72, 0x80);
            auto *button = new ChoiceButton(resultLabel(result), colour, ChoiceButton::Look::Choice, steps);
            button->setObjectName(QStringLiteral("checklist_%1_%2").arg(step.key, result));
            button->setCheckable(true);
            button->setFocusPolicy(Qt::TabFocus);
            connect(button, &ChoiceButton::clicked, this, [this, key = step.key, result] {
                // Clicking the chosen answer again takes it back.
                emit checklistChosen(key, m_results.value(key) == result ? QString() : result);
            });
            grid->addWidget(button, row, column++);
            stepRow.buttons.insert(result, button);
        }
        auto *hintRow = new QWidget(steps);
        auto *hintLayout = new QHBoxLayout(hintRow);
        hintLayout->setContentsMargins(12, 0, 0, 2);
        stepRow.hint = new QLabel(hintRow);
        stepRow.hint->setObjectName(QStringLiteral("hint_%1").arg(step.key));
        stepRow.hint->setWordWrap(true);
        stepRow.hint->setTextFormat(Qt::RichText);
        connect(stepRow.hint, &QLabel::linkActivated, this, [this](const QString &link) {
            emit turnLinkActivated(link.mid(QStringLiteral("turn:").size()).toLongLong());
        });
        stepRow.applyHint = new QToolButton(hintRow);
        stepRow.applyHint->setObjectName(QStringLiteral("applyHint_%1").arg(step.key));
        stepRow.applyHint->setText(tr("Apply"));
        connect(stepRow.applyHint, &QToolButton::clicked, this,
                [this, key = step.key] { emit checklistChosen(key, m_steps.value(key).hintResult); });
        hintLayout->addWidget(stepRow.hint, 1);
        hintLayout->addWidget(stepRow.applyHint);
        hintRow->setVisible(false);
        grid->addWidget(hintRow, row + 1, 0, 1, 4);
        m_steps.insert(step.key, stepRow);
        row += 2;
    }

    auto *critical = new QGroupBox(tr("Critical items — any failure makes the score 0"), this);
    critical->setObjectName(QStringLiteral("criticalGroup"));
    auto *criticalLayout = new QVBoxLayout(critical);
    for (const CriticalItem &item : rubric.criticalItems) {
        auto *box = new QCheckBox(tr("Failed: %1").arg(item.name(chinese)), critical);
        box->setObjectName(QStringLiteral("critical_%1").arg(item.key));
        connect(box, &QCheckBox::clicked, this,
                [this, key = item.key](bool checked) { emit criticalChosen(key, checked); });
        criticalLayout->addWidget(box);
        m_critical.insert(item.key, box);
    }
    critical->setVisible(!rubric.criticalItems.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(steps);
    layout->addWidget(critical);
}

void ChecklistPanel::setResults(const QMap<QString, QString> &checklist, const QMap<QString, bool> &critical,
                                bool locked)
{
    m_results = checklist;
    m_criticalResults = critical;
    m_locked = locked;
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
        for (auto button = it->buttons.cbegin(); button != it->buttons.cend(); ++button) {
            button.value()->setChecked(checklist.value(it.key()) == button.key());
            button.value()->setEnabled(!locked);
        }
        it->applyHint->setVisible(!locked && !it->hintResult.isEmpty() && checklist.value(it.key()) != it->hintResult);
    }
    for (auto it = m_critical.cbegin(); it != m_critical.cend(); ++it) {
        it.value()->setChecked(critical.value(it.key()));
        it.value()->setEnabled(!locked);
        const bool failed = critical.value(it.key());
        if (it.value()->font().bold() != failed) {
            QFont font = it.value()->font();
            font.setBold(failed);
            it.value()->setFont(font);
            QPalette palette = it.value()->palette();
            palette.setColor(QPalette::WindowText,
                             failed ? QColor(0xC6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
            it.value()->setPalette(palette);
        }
    }
}

void ChecklistPanel::setHints(const QList<ChecklistHint> &hints)
{
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it) {
        it->hintResult.clear();
        it->hint->parentWidget()->hide();
    }
    for (const ChecklistHint &hint : hints) {
        auto it = m_steps.find(hint.stepKey);
        if (it == m_steps.end()) {
            continue;
        }
        it->hintResult = hint.result;
        const QString turn = hint.turnId > 0
                                 ? QStringLiteral(" <a href='turn:%1'>#%2</a>").arg(hint.turnId).arg(hint.turnSeq + 1)
                                 : QString();
        it->hint->setText(QStringLiteral("<span style='color:#4b5563'>%1 <b>%2</b> — %3%4</span>")
                              .arg(tr("Hint:").toHtmlEscaped(), resultLabel(hint.result).toHtmlEscaped(),
                                   hint.reason.toHtmlEscaped(), turn));
        it->hint->parentWidget()->show();
    }
    setResults(m_results, m_criticalResults, m_locked);
}

void ChecklistPanel::focusStep(const QString &step)
{
    const auto it = m_steps.constFind(step);
    if (it == m_steps.constEnd()) {
        return;
    }
    if (ChoiceButton *yes = it->buttons.value(QStringLiteral("yes"))) {
        yes->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace qadesk
