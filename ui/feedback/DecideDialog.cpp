#include "DecideDialog.h"

#include "domain/DomainLabels.h"
#include "scoring/ScoreCalculator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qadesk {

namespace {

std::optional<int> currentLevel(const Evaluation &e, const QString &key, bool *na = nullptr)
{
    for (const DimensionEvaluation &d : e.dimensions) {
        if (d.key == key) {
            if (na) {
                *na = d.notApplicable;
            }
            return d.score;
        }
    }
    return std::nullopt;
}

} // namespace

DecideDialog::DecideDialog(const Rubric &rubric, const Evaluation &evaluation, const Dispute &dispute, int level,
                           QWidget *parent)
    : QDialog(parent), m_rubric(rubric), m_evaluation(evaluation), m_dispute(dispute)
{
    setObjectName(QStringLiteral("decideDialog"));
    setWindowTitle(level == 2 ? tr("Final Decision (终审) on Evaluation %1").arg(evaluation.id)
                              : tr("Decide the Dispute on Evaluation %1").arg(evaluation.id));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Dimension"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Scored"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Agent proposes"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Agent's reason"), this), 0, 3);
    grid->addWidget(new QLabel(tr("New level"), this), 0, 4);
    int line = 1;
    for (const RubricDimension &dimension : rubric.dimensions) {
        bool na = false;
        const std::optional<int> now = currentLevel(evaluation, dimension.key, &na);
        const DisputeItem *item = nullptr;
        for (const DisputeItem &i : dispute.items) {
            if (i.dimensionKey == dimension.key) {
                item = &i;
            }
        }
        auto *name = new QLabel(dimension.name(prefersChinese()), this);
        if (item) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        grid->addWidget(name, line, 0);
        grid->addWidget(new QLabel(now ? QString::number(*now) : tr("N/A"), this), line, 1);
        grid->addWidget(new QLabel(item ? QString::number(item->proposedLevel) : QString(), this), line, 2);
        auto *why = new QLabel(item ? item->reason : QString(), this);
        why->setWordWrap(true);
        grid->addWidget(why, line, 3);
        auto *levels = new QComboBox(this);
        levels->setObjectName(QStringLiteral("level_") + dimension.key);
        for (int l = 1; l <= 5; ++l) {
            levels->addItem(QString::number(l), l);
        }
        levels->addItem(tr("N/A"), 0);
        levels->setCurrentIndex(now ? *now - 1 : 5);
        name->setBuddy(levels);
        connect(levels, &QComboBox::currentIndexChanged, this, &DecideDialog::updateScore);
        grid->addWidget(levels, line, 4);
        m_levels << levels;
        ++line;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("newScore"));
    layout->addWidget(m_score);

    auto *form = new QFormLayout;
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (const char *key : {"rejected", "partly", "accepted"}) {
        m_outcome->addItem(DomainLabels::disputeOutcome(QString::fromLatin1(key)), QString::fromLatin1(key));
    }
    form->addRow(tr("&Outcome:"), m_outcome);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("The reason the agent will read"));
    m_reason->setMaximumHeight(90);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Decide"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecideDialog::outcomeChanged);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecideDialog::updateScore);
    m_outcome->setFocus();
    outcomeChanged();
}

void DecideDialog::outcomeChanged()
{
    const QString chosen = outcome();
    for (int i = 0; i < m_rubric.dimensions.size(); ++i) {
        const QString key = m_rubric.dimensions.at(i).key;
        std::optional<int> level = currentLevel(m_evaluation, key);
        if (chosen == QLatin1String("accepted")) {
            for (const DisputeItem &item : m_dispute.items) {
                if (item.dimensionKey == key) {
                    level = item.proposedLevel;
                }
            }
        }
        m_levels.at(i)->setCurrentIndex(level ? *level - 1 : 5);
        m_levels.at(i)->setEnabled(chosen != QLatin1String("rejected"));
    }
    updateScore();
}

void DecideDialog::updateScore()
{
    QList<DimensionInput> inputs;
    for (QComboBox *levels : std::as_const(m_levels)) {
        const int level = levels->currentData().toInt();
        DimensionInput input;
        if (level > 0) {
            input.score = level;
        } else {
            input.notApplicable = true;
        }
        inputs << input;
    }
    const ScoreResult result = ScoreCalculator::compute(m_rubric, inputs, m_evaluation.anyCriticalFailed());
    const QString before = m_evaluation.score ? ScoreCalculator::formatScore(*m_evaluation.score) : QStringLiteral("—");
    const QString after = result.score ? ScoreCalculator::formatScore(*result.score) : QStringLiteral("—");
    m_score->setText(rescore().isEmpty() ? tr("Score stays %1.").arg(before)
                                         : tr("Score %1 → %2 (%3): a new version of the evaluation.")
                                               .arg(before, after, result.grade(prefersChinese())));
    const bool partlyWithout = outcome() == QLatin1String("partly") && rescore().isEmpty();
    m_ok->setEnabled(!reason().isEmpty() && !partlyWithout);
    m_ok->setToolTip(reason().isEmpty()    ? tr("Give the reason the agent will read.")
                     : partlyWithout       ? tr("Partly accepted: change at least one level.")
                                           : QString());
}

QString DecideDialog::outcome() const
{
    return m_outcome->currentData().toString();
}

QString DecideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

Rescore DecideDialog::rescore() const
{
    Rescore changes;
    if (outcome() == QLatin1String("rejected")) {
        return changes;
    }
    for (int i = 0; i < m_rubric.dimensions.size(); ++i) {
        const QString key = m_rubric.dimensions.at(i).key;
        bool na = false;
        const std::optional<int> now = currentLevel(m_evaluation, key, &na);
        const int level = m_levels.at(i)->currentData().toInt();
        const std::optional<int> chosen = level > 0 ? std::optional<int>(level) : std::nullopt;
        if (chosen != now) {
            changes.insert(key, chosen);
        }
    }
    return changes;
}

} // namespace qadesk
