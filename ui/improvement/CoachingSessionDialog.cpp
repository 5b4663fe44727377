#include "CoachingSessionDialog.h"

#include "services/DatabaseWorker.h"
#include "storage/CoachingStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qadesk {

CoachingSessionDialog::CoachingSessionDialog(DatabaseWorker &worker, const ImprovementContext &context, QWidget *parent)
    : QDialog(parent), m_worker(worker), m_today(context.today)
{
    setObjectName(QStringLiteral("coachingSessionDialog"));
    setWindowTitle(tr("New Coaching Session"));
    auto *form = new QFormLayout;
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("coachingAgent"));
    for (const AgentEntry &agent : context.agents) {
        m_agent->addItem(agent.name.isEmpty() ? agent.code : QStringLiteral("%1 (%2) · %3").arg(agent.name, agent.code,
                                                                                               agent.teamName),
                         agent.code);
    }
    form->addRow(tr("&Agent:"), m_agent);
    m_date = new QDateEdit(context.today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("coachingDimension"));
    m_dimension->addItem(tr("None in particular"), QString());
    for (const auto &[key, name] : context.dimensions) {
        m_dimension->addItem(name, key);
    }
    form->addRow(tr("D&imension worked on:"), m_dimension);
    m_evaluations = new QListWidget(this);
    m_evaluations->setObjectName(QStringLiteral("coachingEvaluations"));
    m_evaluations->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 8);
    form->addRow(tr("&Evaluations discussed:"), m_evaluations);
    m_recordings = new QLineEdit(this);
    m_recordings->setPlaceholderText(tr("interaction ids, separated by commas"));
    form->addRow(tr("&Recordings played:"), m_recordings);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("coachingNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Notes:"), m_notes);
    m_commitments = new QTableWidget(0, 2, this);
    m_commitments->setObjectName(QStringLiteral("coachingCommitments"));
    m_commitments->setHorizontalHeaderLabels({tr("Commitment"), tr("Due")});
    m_commitments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_commitments->verticalHeader()->hide();
    m_commitments->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 8);
    m_addCommitment = new QPushButton(tr("Add &commitment"), this);
    m_addCommitment->setObjectName(QStringLiteral("addCommitmentButton"));
    m_addCommitment->setAutoDefault(false);
    auto *commitmentBox = new QVBoxLayout;
    commitmentBox->addWidget(m_commitments);
    commitmentBox->addWidget(m_addCommitment, 0, Qt::AlignLeft);
    form->addRow(tr("Commitments:"), commitmentBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &CoachingSessionDialog::loadEvaluations);
    connect(m_addCommitment, &QPushButton::clicked, this, &CoachingSessionDialog::addCommitment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    loadEvaluations();
}

void CoachingSessionDialog::setAgent(const QString &agentCode)
{
    const int index = m_agent->findData(agentCode);
    if (index >= 0) {
        m_agent->setCurrentIndex(index);
    }
}

void CoachingSessionDialog::loadEvaluations()
{
    m_evaluations->clear();
    const QString agent = m_agent->currentData().toString();
    if (agent.isEmpty()) {
        return;
    }
    m_worker.request<QList<std::pair<qint64, QString>>>(
        this, [agent](Connection &c) { return CoachingStore(c).recentEvaluations(agent); },
        [this, agent](QList<std::pair<qint64, QString>> evaluations) {
            if (agent != m_agent->currentData().toString()) {
                return; // a newer agent was chosen meanwhile
            }
            m_evaluations->clear();
            for (const auto &[id, label] : evaluations) {
                auto *item = new QListWidgetItem(tr("Evaluation %1 · %2").arg(id).arg(label), m_evaluations);
                item->setData(Qt::UserRole, id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            emit evaluationsLoaded();
        });
}

void CoachingSessionDialog::addCommitment()
{
    const int row = m_commitments->rowCount();
    m_commitments->insertRow(row);
    m_commitments->setItem(row, 0, new QTableWidgetItem);
    auto *due = new QDateEdit(m_today.addDays(14), m_commitments);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    m_commitments->setCellWidget(row, 1, due);
    m_commitments->setCurrentCell(row, 0);
    m_commitments->setFocus();
    m_commitments->editItem(m_commitments->item(row, 0));
}

CoachingSession CoachingSessionDialog::session() const
{
    CoachingSession s;
    s.agentCode = m_agent->currentData().toString();
    s.heldOn = m_date->date();
    s.dimensionKey = m_dimension->currentData().toString();
    s.notes = m_notes->toPlainText().trimmed();
    for (int i = 0; i < m_evaluations->count(); ++i) {
        if (m_evaluations->item(i)->checkState() == Qt::Checked) {
            s.evaluationIds << m_evaluations->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    for (const QString &id : m_recordings->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!id.trimmed().isEmpty()) {
            s.interactionExternalIds << id.trimmed();
        }
    }
    for (int row = 0; row < m_commitments->rowCount(); ++row) {
        const QString text = m_commitments->item(row, 0) ? m_commitments->item(row, 0)->text().trimmed() : QString();
        if (text.isEmpty()) {
            continue;
        }
        CoachingCommitment c;
        c.text = text;
        if (auto *due = qobject_cast<QDateEdit *>(m_commitments->cellWidget(row, 1))) {
            c.dueDate = due->date();
        }
        s.commitments << c;
    }
    return s;
}

} // namespace qadesk
