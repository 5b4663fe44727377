#include "DisputeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qadesk {

namespace {

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DisputeDialog::DisputeDialog(const Rubric &rubric, const Evaluation &evaluation, const QList<Turn> &turns, QWidget *parent)
    : QDialog(parent), m_turns(turns)
{
    setObjectName(QStringLiteral("disputeDialog"));
    setWindowTitle(tr("Dispute Evaluation %1").arg(evaluation.id));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick each dimension you dispute, propose its level and say why."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Dimension"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Scored"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Proposed"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Reason"), this), 0, 3);
    int line = 1;
    for (const RubricDimension &dimension : rubric.dimensions) {
        Row row;
        row.key = dimension.key;
        row.disputed = new QCheckBox(dimension.name(prefersChinese()), this);
        row.disputed->setObjectName(QStringLiteral("dispute_") + dimension.key);
        QString scored = tr("N/A");
        int current = 3;
        for (const DimensionEvaluation &d : evaluation.dimensions) {
            if (d.key == dimension.key && d.score) {
                scored = QString::number(*d.score);
                current = *d.score;
            }
        }
        row.proposed = new QSpinBox(this);
        row.proposed->setObjectName(QStringLiteral("proposed_") + dimension.key);
        row.proposed->setRange(1, 5);
        row.proposed->setValue(std::min(5, current + 1));
        row.reason = new QLineEdit(this);
        row.reason->setObjectName(QStringLiteral("reason_") + dimension.key);
        row.reason->setPlaceholderText(tr("Why this level is wrong"));
        row.proposed->setEnabled(false);
        row.reason->setEnabled(false);
        QCheckBox *box = row.disputed;
        QSpinBox *spin = row.proposed;
        QLineEdit *reason = row.reason;
        connect(box, &QCheckBox::toggled, this, [this, spin, reason](bool on) {
            spin->setEnabled(on);
            reason->setEnabled(on);
            updateOk();
        });
        connect(reason, &QLineEdit::textChanged, this, &DisputeDialog::updateOk);
        grid->addWidget(row.disputed, line, 0);
        grid->addWidget(new QLabel(scored, this), line, 1);
        grid->addWidget(row.proposed, line, 2);
        grid->addWidget(row.reason, line, 3);
        m_rows << row;
        ++line;
    }
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);

    auto *evidenceRow = new QHBoxLayout;
    m_evidenceFor = new QComboBox(this);
    m_evidenceFor->setObjectName(QStringLiteral("evidenceFor"));
    for (const RubricDimension &dimension : rubric.dimensions) {
        m_evidenceFor->addItem(dimension.name(prefersChinese()), dimension.key);
    }
    auto *forLabel = new QLabel(tr("&Evidence for:"), this);
    forLabel->setBuddy(m_evidenceFor);
    evidenceRow->addWidget(forLabel);
    evidenceRow->addWidget(m_evidenceFor, 1);
    layout->addLayout(evidenceRow);
    m_turnList = new QListWidget(this);
    m_turnList->setObjectName(QStringLiteral("evidenceTurns"));
    for (const Turn &turn : m_turns) {
        const QString who = turn.speaker == QLatin1String("agent")      ? tr("Agent")
                            : turn.speaker == QLatin1String("customer") ? tr("Customer")
                                                                        : tr("System");
        const QString at = turn.startMs ? clock(*turn.startMs) + QLatin1Char(' ') : QString();
        auto *item = new QListWidgetItem(QStringLiteral("%1%2: %3").arg(at, who, turn.text), m_turnList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, turn.id);
    }
    if (m_turns.isEmpty()) {
        new QListWidgetItem(tr("This interaction has no transcript."), m_turnList);
    }
    layout->addWidget(m_turnList, 1);
    auto *timesRow = new QHBoxLayout;
    m_times = new QLineEdit(this);
    m_times->setObjectName(QStringLiteral("evidenceTimes"));
    m_times->setPlaceholderText(tr("e.g. 12.5, 40"));
    auto *timesLabel = new QLabel(tr("Recording &times (seconds):"), this);
    timesLabel->setBuddy(m_times);
    timesRow->addWidget(timesLabel);
    timesRow->addWidget(m_times, 1);
    layout->addLayout(timesRow);
    connect(m_evidenceFor, &QComboBox::currentIndexChanged, this, &DisputeDialog::showEvidenceFor);
    connect(m_turnList, &QListWidget::itemChanged, this, &DisputeDialog::keepEvidence);
    connect(m_times, &QLineEdit::textChanged, this, &DisputeDialog::keepEvidence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Submit Dispute"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showEvidenceFor(0);
    updateOk();
    resize(760, 620);
}

void DisputeDialog::showEvidenceFor(int dimension)
{
    m_shown = -1; // no keeping while the list is refilled
    const QString key = m_evidenceFor->itemData(dimension).toString();
    const QSet<qint64> picked = m_evidence.value(key);
    for (int i = 0; i < m_turnList->count(); ++i) {
        QListWidgetItem *item = m_turnList->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable) {
            item->setCheckState(picked.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_times->setText(m_timeText.value(key));
    m_shown = dimension;
}

void DisputeDialog::keepEvidence()
{
    if (m_shown < 0) {
        return;
    }
    const QString key = m_evidenceFor->itemData(m_shown).toString();
    QSet<qint64> picked;
    for (int i = 0; i < m_turnList->count(); ++i) {
        const QListWidgetItem *item = m_turnList->item(i);
        if (item->checkState() == Qt::Checked) {
            picked.insert(item->data(Qt::UserRole).toLongLong());
        }
    }
    m_evidence.insert(key, picked);
    m_timeText.insert(key, m_times->text());
}

void DisputeDialog::updateOk()
{
    bool any = false;
    bool complete = true;
    for (const Row &row : m_rows) {
        if (row.disputed->isChecked()) {
            any = true;
            complete = complete && !row.reason->text().trimmed().isEmpty();
        }
    }
    m_ok->setEnabled(any && complete);
    m_ok->setToolTip(any && complete ? QString() : tr("Tick at least one dimension and give each a reason."));
}

QList<DisputeItem> DisputeDialog::items() const
{
    QList<DisputeItem> items;
    for (const Row &row : m_rows) {
        if (!row.disputed->isChecked()) {
            continue;
        }
        DisputeItem item;
        item.dimensionKey = row.key;
        item.proposedLevel = row.proposed->value();
        item.reason = row.reason->text().trimmed();
        for (const Turn &turn : m_turns) { // in transcript order
            if (m_evidence.value(row.key).contains(turn.id)) {
                item.evidenceTurnIds << turn.id;
            }
        }
        for (const QString &part : m_timeText.value(row.key).split(QRegularExpression(QStringLiteral("[,，\\s]+")),
                                                                 Qt::SkipEmptyParts)) {
            bool ok = false;
            const double seconds = part.toDouble(&ok);
            if (ok && seconds >= 0) {
                item.evidenceMs << qint64(seconds * 1000 + 0.5);
            }
        }
        items << item;
    }
    return items;
}

} // namespace qadesk
