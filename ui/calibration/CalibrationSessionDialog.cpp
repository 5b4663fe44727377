#include "CalibrationSessionDialog.h"

#include "calibration/CalibrationService.h"
#include "CalibrationWorker.h"
#include "common/MessageBox.h"
#include "domain/DomainLabels.h"
#include "storage/TranscriptIndex.h"
#include "storage/WorkQueueStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace qadesk {
namespace {

constexpr int kCandidateLimit = 300;
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

CalibrationSessionDialog::CalibrationSessionDialog(QString databasePath, const QString &manager, QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_manager(manager)
{
    setObjectName(QStringLiteral("calibrationSessionDialog"));
    setWindowTitle(tr("New calibration session"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sessionName"));
    m_name->setPlaceholderText(tr("e.g. March complaint calls"));
    form->addRow(tr("&Name:"), m_name);

    auto *source = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("candidateScope"));
    m_scope->addItem(tr("My work queue"), int(WorkQueueScope::MyQueue));
    m_scope->addItem(tr("All interactions"), int(WorkQueueScope::AllInteractions));
    m_scope->setCurrentIndex(1);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setPlaceholderText(tr("Search transcripts, external id or agent"));
    m_search->setClearButtonEnabled(true);
    auto *searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setAutoDefault(false);
    source->addWidget(m_scope);
    source->addWidget(m_search, 1);
    source->addWidget(searchButton);
    // A row whose field is a layout gets no buddy from the form: give the label one for its mnemonic.
    auto *sourceLabel = new QLabel(tr("&Interactions from:"), this);
    sourceLabel->setBuddy(m_scope);
    form->addRow(sourceLabel, source);
    layout->addLayout(form);

    m_candidates = new QStandardItemModel(0, 4, this);
    m_candidates->setHorizontalHeaderLabels({tr("Interaction"), tr("Agent"), tr("Channel"), tr("Started")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setModel(m_candidates);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(180);
    layout->addWidget(m_table, 1);

    auto *draw = new QHBoxLayout;
    draw->addWidget(new QLabel(tr("Random draw of"), this));
    m_drawSize = new QSpinBox(this);
    m_drawSize->setObjectName(QStringLiteral("drawSize"));
    m_drawSize->setRange(1, kCandidateLimit);
    m_drawSize->setValue(10);
    draw->addWidget(m_drawSize);
    draw->addWidget(new QLabel(tr("with seed"), this));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("drawSeed"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    draw->addWidget(m_seed);
    auto *drawButton = new QPushButton(tr("&Draw"), this);
    drawButton->setObjectName(QStringLiteral("drawButton"));
    drawButton->setAutoDefault(false);
    draw->addWidget(drawButton);
    draw->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("candidateSummary"));
    draw->addWidget(m_summary);
    layout->addLayout(draw);

    auto *people = new QFormLayout;
    m_participants = new QLineEdit(this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setPlaceholderText(tr("Names separated by commas"));
    m_participants->setText(manager);
    people->addRow(tr("&Participants:"), m_participants);
    m_expert = new QComboBox(this);
    m_expert->setObjectName(QStringLiteral("expert"));
    people->addRow(tr("&Expert (reference):"), m_expert);
    auto *deadline = new QHBoxLayout;
    m_hasDeadline = new QCheckBox(tr("Dead&line"), this);
    m_deadline = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setEnabled(false);
    deadline->addWidget(m_hasDeadline);
    deadline->addWidget(m_deadline);
    deadline->addStretch(1);
    people->addRow(QString(), deadline);
    m_blind = new QCheckBox(tr("&Hide others' scores until the session is closed"), this);
    m_blind->setObjectName(QStringLiteral("blindUntilClosed"));
    m_blind->setChecked(true);
    m_blind->setToolTip(tr("Participants never see others' scores before submitting their own. With this set, "
                           "they see them only once you close the session."));
    people->addRow(QString(), m_blind);
    layout->addLayout(people);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate session"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createSession"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CalibrationSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(searchButton, &QPushButton::clicked, this, &CalibrationSessionDialog::loadCandidates);
    connect(m_search, &QLineEdit::returnPressed, this, &CalibrationSessionDialog::loadCandidates);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CalibrationSessionDialog::loadCandidates);
    connect(drawButton, &QPushButton::clicked, this, &CalibrationSessionDialog::drawSample);
    connect(m_candidates, &QStandardItemModel::itemChanged, this, &CalibrationSessionDialog::updateSummary);
    connect(m_participants, &QLineEdit::textChanged, this, &CalibrationSessionDialog::updateExperts);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    updateExperts();
    updateSummary();
    resize(720, 620);
    loadCandidates();
}

QStringList CalibrationSessionDialog::participants() const
{
    QStringList out;
    for (const QString &part : m_participants->text().split(QRegularExpression(QStringLiteral("[,，、;；]")))) {
        if (!part.trimmed().isEmpty() && !out.contains(part.trimmed())) {
            out << part.trimmed();
        }
    }
    return out;
}

void CalibrationSessionDialog::updateExperts()
{
    const QString current = m_expert->currentData().toString();
    m_expert->clear();
    m_expert->addItem(tr("No expert"), QString());
    for (const QString &name : participants()) {
        m_expert->addItem(name, name);
    }
    const int index = m_expert->findData(current);
    m_expert->setCurrentIndex(index >= 0 ? index : 0);
}

void CalibrationSessionDialog::loadCandidates()
{
    const int generation = ++m_generation;
    WorkQueueFilter filter;
    filter.scope = WorkQueueScope(m_scope->currentData().toInt());
    filter.inspector = m_manager;
    const QString text = m_search->text().trimmed();
    m_summary->setText(tr("Loading…"));
    runCalibrationWork<QList<WorkQueueRow>>(
        this, m_databasePath,
        [filter, text](Connection &c) {
            WorkQueueStore store(c);
            if (text.isEmpty()) {
                return store.page(filter, WorkQueueSort{}, 0, kCandidateLimit);
            }
            QList<WorkQueueRow> rows;
            for (const qint64 id : TranscriptIndex(c).search(text, kCandidateLimit)) {
                if (auto row = store.row(id)) {
                    if (filter.scope == WorkQueueScope::AllInteractions || store.contains(filter.inspector, id)) {
                        rows << *row;
                    }
                }
            }
            return rows;
        },
        [this, generation](const QList<WorkQueueRow> &rows) {
            if (generation == m_generation) {
                setCandidates(rows);
            }
        },
        [this](const QString &error) { m_summary->setText(error); });
}

void CalibrationSessionDialog::setCandidates(const QList<WorkQueueRow> &rows)
{
    const QList<qint64> checked = checkedInteractions();
    m_candidates->removeRows(0, m_candidates->rowCount());
    for (const WorkQueueRow &row : rows) {
        auto *id = new QStandardItem(row.externalId);
        id->setCheckable(true);
        id->setCheckState(checked.contains(row.interactionId) ? Qt::Checked : Qt::Unchecked);
        id->setData(row.interactionId, kIdRole);
        id->setEditable(false);
        auto *agent = new QStandardItem(row.agentName.isEmpty() ? row.agentCode : row.agentName);
        auto *channel = new QStandardItem(DomainLabels::channel(row.channel));
        auto *started = new QStandardItem(row.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        for (QStandardItem *item : {agent, channel, started}) {
            item->setEditable(false);
        }
        m_candidates->appendRow({id, agent, channel, started});
    }
    m_table->resizeColumnsToContents();
    updateSummary();
    emit candidatesLoaded();
}

QList<qint64> CalibrationSessionDialog::checkedInteractions() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_candidates->rowCount(); ++r) {
        const QStandardItem *item = m_candidates->item(r, 0);
        if (item->checkState() == Qt::Checked) {
            ids << item->data(kIdRole).toLongLong();
        }
    }
    return ids;
}

void CalibrationSessionDialog::drawSample()
{
    QList<qint64> all;
    for (int r = 0; r < m_candidates->rowCount(); ++r) {
        all << m_candidates->item(r, 0)->data(kIdRole).toLongLong();
    }
    const QList<qint64> drawn = CalibrationService::draw(all, m_drawSize->value(), quint64(m_seed->value()));
    for (int r = 0; r < m_candidates->rowCount(); ++r) {
        QStandardItem *item = m_candidates->item(r, 0);
        item->setCheckState(drawn.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    updateSummary();
}

void CalibrationSessionDialog::updateSummary()
{
    m_summary->setText(tr("%1 of %2 listed chosen").arg(checkedInteractions().size()).arg(m_candidates->rowCount()));
}

CalibrationSession CalibrationSessionDialog::session() const
{
    CalibrationSession s;
    s.name = m_name->text().trimmed();
    s.createdBy = m_manager;
    s.interactionIds = checkedInteractions();
    s.participants = participants();
    s.expert = m_expert->currentData().toString();
    s.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    s.blindUntilClosed = m_blind->isChecked();
    return s;
}

void CalibrationSessionDialog::accept()
{
    const CalibrationSession s = session();
    QString problem;
    if (s.name.isEmpty()) {
        problem = tr("Give the session a name.");
    } else if (s.interactionIds.isEmpty()) {
        problem = tr("Choose at least one interaction (tick them, or draw a sample).");
    } else if (s.participants.size() < 2) {
        problem = tr("Name at least two participants: agreement needs two graders.");
    }
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("New calibration session"), problem);
        return;
    }
    QDialog::accept();
}

} // namespace qadesk
