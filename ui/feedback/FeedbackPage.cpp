#include "FeedbackPage.h"

#include "AcknowledgeDialog.h"
#include "DecideDialog.h"
#include "DisputeDialog.h"
#include "FeedbackRowModel.h"
#include "InspectorRatesModel.h"
#include "audio/RecordingLocator.h"
#include "common/MessageBox.h"
#include "common/OrgTime.h"
#include "domain/DomainLabels.h"
#include "domain/Permissions.h"
#include "feedback/FeedbackService.h"
#include "feedback/SignatureStrokes.h"
#include "scoring/ScoreCalculator.h"
#include "services/DatabaseWorker.h"
#include "settings/AppSettings.h"
#include "storage/InteractionReader.h"
#include "storage/RubricStore.h"
#include "workspace/RecordingPlayer.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qadesk {

namespace {

struct ListPayload
{
    QList<FeedbackRow> rows;
    QList<InspectorRates> rates;
    bool ratesShown = false;
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString levelText(const DimensionEvaluation *d)
{
    if (!d) {
        return QStringLiteral("—");
    }
    if (d->notApplicable) {
        return FeedbackPage::tr("N/A");
    }
    return d->score ? QString::number(*d->score) : QStringLiteral("—");
}

const DimensionEvaluation *dimensionOf(const Evaluation &e, const QString &key)
{
    for (const DimensionEvaluation &d : e.dimensions) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

FeedbackPage::FeedbackPage(const QString &databasePath, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_worker(std::make_unique<DatabaseWorker>(databasePath, QStringLiteral("feedback data")))
    , m_settings(settings)
{
    setObjectName(QStringLiteral("feedbackPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("feedbackWho"));
    top->addWidget(m_who);
    top->addStretch(1);
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("feedbackList"));
    m_list->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *listLabel = new QLabel(tr("&Show:"), this);
    listLabel->setBuddy(m_list);
    top->addWidget(listLabel);
    top->addWidget(m_list);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("feedbackRefresh"));
    connect(refresh, &QPushButton::clicked, this, &FeedbackPage::reload);
    top->addWidget(refresh);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_rows = new FeedbackRowModel(this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_table->setModel(m_rows);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Evaluations"));
    leftLayout->addWidget(m_table, 3);
    m_ratesTitle = new QLabel(tr("Dispute and overturn rates per inspector"), left);
    leftLayout->addWidget(m_ratesTitle);
    m_rates = new InspectorRatesModel(this);
    m_ratesTable = new QTableView(left);
    m_ratesTable->setObjectName(QStringLiteral("ratesTable"));
    m_ratesTable->setModel(m_rates);
    m_ratesTable->verticalHeader()->hide();
    m_ratesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ratesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ratesTitle->setBuddy(m_ratesTable);
    leftLayout->addWidget(m_ratesTable, 1);
    splitter->addWidget(left);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_player = new RecordingPlayer(m_settings, right);
    m_player->setObjectName(QStringLiteral("feedbackPlayer"));
    m_player->hide();
    rightLayout->addWidget(m_player);
    m_detail = new QTextBrowser(right);
    m_detail->setObjectName(QStringLiteral("feedbackDetail"));
    m_detail->setOpenLinks(false);
    rightLayout->addWidget(m_detail, 3);
    auto *evidenceLabel = new QLabel(tr("E&vidence (Enter plays the recording from there):"), right);
    rightLayout->addWidget(evidenceLabel);
    m_evidence = new QListWidget(right);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    evidenceLabel->setBuddy(m_evidence);
    connect(m_evidence, &QListWidget::itemActivated, this, &FeedbackPage::playEvidence);
    rightLayout->addWidget(m_evidence, 1);
    auto *buttons = new QHBoxLayout;
    const auto makeAction = [&](QAction *&action, const QString &name, const QString &text, const QKeySequence &keys,
                               void (FeedbackPage::*slot)()) {
        action = new QAction(text, this);
        action->setObjectName(name);
        if (!keys.isEmpty()) {
            action->setShortcut(keys);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            this->addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        auto *button = new QPushButton(text, right);
        button->setObjectName(name + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->isEnabled() ? QString() : action->toolTip());
        });
        buttons->addWidget(button);
        m_buttons << button;
    };
    makeAction(m_release, QStringLiteral("releaseAction"), tr("&Release to Agent"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &FeedbackPage::releaseSelected);
    makeAction(m_acknowledge, QStringLiteral("acknowledgeAction"), tr("&Acknowledge…"), {}, &FeedbackPage::acknowledgeCurrent);
    makeAction(m_dispute, QStringLiteral("disputeAction"), tr("D&ispute…"), {}, &FeedbackPage::disputeCurrent);
    makeAction(m_accept, QStringLiteral("acceptAction"), tr("A&ccept Decision"), {}, &FeedbackPage::acceptCurrent);
    makeAction(m_escalate, QStringLiteral("escalateAction"), tr("Esca&late…"), {}, &FeedbackPage::escalateCurrent);
    makeAction(m_decide, QStringLiteral("decideAction"), tr("&Decide…"), {}, &FeedbackPage::decideCurrent);
    rightLayout->addLayout(buttons);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_releaseSubmitted = new QAction(tr("Release the Evaluation &Just Submitted"), this);
    m_releaseSubmitted->setObjectName(QStringLiteral("releaseSubmittedAction"));
    m_releaseSubmitted->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_releaseSubmitted->setEnabled(false);
    m_releaseSubmitted->setToolTip(tr("Submit an evaluation in the workspace first."));
    connect(m_releaseSubmitted, &QAction::triggered, this, &FeedbackPage::releaseSubmitted);

    connect(m_list, &QComboBox::currentIndexChanged, this, &FeedbackPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        loadDetail();
    });
    updateActions();
}

FeedbackPage::~FeedbackPage() = default;

void FeedbackPage::setPerson(const Person &person)
{
    const bool sameRole = person.role == m_person.role && !m_person.login.isEmpty();
    m_person = person;
    m_who->setText(person.id == 0 ? tr("Working as %1 · not in the people list").arg(person.login)
                                  : tr("Working as %1 · %2").arg(person.name, DomainLabels::role(roleKey(person.role))));
    const QSignalBlocker block(m_list);
    const QVariant before = m_list->currentData();
    m_list->clear();
    switch (person.role) {
    case Role::Agent:
        m_list->addItem(tr("My evaluations"), int(FeedbackList::Mine));
        break;
    case Role::Inspector:
        m_list->addItem(tr("To release"), int(FeedbackList::ToRelease));
        m_list->addItem(tr("My evaluations"), int(FeedbackList::Mine));
        break;
    case Role::Lead:
    case Role::QaManager:
    case Role::Admin:
        m_list->addItem(tr("Open disputes"), int(FeedbackList::OpenDisputes));
        m_list->addItem(tr("Pending acknowledgements"), int(FeedbackList::PendingAcknowledgement));
        m_list->addItem(tr("To release"), int(FeedbackList::ToRelease));
        m_list->addItem(person.role == Role::Lead ? tr("My team's evaluations") : tr("All evaluations"),
                        int(FeedbackList::Mine));
        break;
    }
    const int keep = sameRole ? m_list->findData(before) : -1; // another role starts at its first list
    m_list->setCurrentIndex(keep >= 0 ? keep : 0);
    const bool rates = allows(person.role, Action::ViewTeam);
    m_ratesTitle->setVisible(rates);
    m_ratesTable->setVisible(rates);
    reload();
}

void FeedbackPage::reload()
{
    if (m_person.login.isEmpty()) {
        return;
    }
    const Person person = m_person;
    const auto which = FeedbackList(m_list->currentData().toInt());
    ++m_pending;
    m_worker->request<ListPayload>(
        this,
        [person, which](Connection &connection) {
            FeedbackService service(connection, person);
            ListPayload payload;
            payload.rows = service.list(which);
            payload.ratesShown = allows(person.role, Action::ViewTeam);
            if (payload.ratesShown) {
                payload.rates = service.rates();
            }
            return payload;
        },
        [this](ListPayload payload) {
            --m_pending;
            const qint64 keep = m_shownId;
            m_rows->setRows(std::move(payload.rows));
            m_rates->setRates(std::move(payload.rates));
            const int row = m_rows->rowOf(keep);
            if (row >= 0 || m_rows->rowCount() > 0) {
                // A model reset clears the selection without a signal: select and load the detail here.
                // Not QTableView::selectRow: in extended selection it follows the keyboard modifiers held now.
                const QSignalBlocker block(m_table->selectionModel());
                const QModelIndex index = m_rows->index(std::max(row, 0), 0);
                m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                loadDetail();
            } else {
                m_shownId = 0;
                m_view = {};
                showDetail();
            }
            updateActions();
        },
        [this](const QString &message) {
            --m_pending;
            emit statusMessage(message);
        });
}

QList<qint64> FeedbackPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << m_rows->data(index, Qt::UserRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

const FeedbackRow *FeedbackPage::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        return nullptr;
    }
    return m_rows->rowAt(rows.first().row());
}

void FeedbackPage::loadDetail()
{
    const FeedbackRow *row = currentRow();
    if (!row) {
        return;
    }
    const qint64 id = row->evaluationId;
    m_shownId = id;
    const Person person = m_person;
    const QString root = m_settings.recordingsRoot();
    ++m_pending;
    m_worker->request<FeedbackView>(
        this,
        [person, id, root](Connection &connection) {
            FeedbackView view;
            view.detail = FeedbackService(connection, person).detail(id);
            view.rubric = RubricStore(connection).load(int(view.detail.row.rubricVersionId));
            const Interaction interaction = InteractionReader(connection).load(view.detail.row.interactionId);
            view.turns = interaction.turns;
            if (!interaction.recording.isEmpty()) {
                const RecordingLocation location =
                    RecordingLocator::locate(interaction.recording, interaction.sourceFile, root);
                view.recordingPath = location.path;
                view.recordingProblem = location.problem;
            }
            return view;
        },
        [this, id](FeedbackView view) {
            --m_pending;
            if (id != m_shownId) {
                return; // another row was chosen meanwhile
            }
            m_view = std::move(view);
            showDetail();
            updateActions();
        },
        [this](const QString &message) {
            --m_pending;
            m_detail->setPlainText(message);
        });
}

QString FeedbackPage::detailHtml() const
{
    const FeedbackDetail &d = m_view.detail;
    const FeedbackRow &r = d.row;
    const bool chinese = prefersChinese();
    // A person by name, their login in a tooltip (a login the database has no name for shows as itself).
    const auto personHtml = [&d](const QString &login) {
        const QString name = d.nameOf(login);
        return name == login ? esc(login)
                             : QStringLiteral("<span title=\"%1\">%2</span>").arg(esc(tr("Login: %1").arg(login)), esc(name));
    };
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Evaluation %1 · %2").arg(r.evaluationId).arg(r.externalId)));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(esc(tr("Agent: %1 (%2) · %3").arg(r.agentName, r.agentCode, r.teamName)),
                     esc(tr("Inspector: %1 · submitted %2")).arg(personHtml(r.inspector), esc(OrgTime::text(r.submittedAt))),
                     esc(tr("Feedback: %1").arg(DomainLabels::feedbackState(r.state))));
    if (r.deadline.isValid()) {
        html += r.overdue ? QStringLiteral("<p style='color:#c62828'><b>%1</b></p>")
                                .arg(esc(tr("Deadline %1 — overdue").arg(OrgTime::text(r.deadline))))
                          : QStringLiteral("<p>%1</p>").arg(esc(tr("Deadline %1").arg(OrgTime::text(r.deadline))));
    }
    // The dimensions, old versions side by side with the current one.
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th>").arg(esc(tr("Dimension")));
    for (const EvaluationVersion &v : d.versions) {
        html += QStringLiteral("<th>%1</th>").arg(esc(tr("Version %1").arg(v.version)));
    }
    html += QStringLiteral("<th>%1</th></tr>").arg(esc(d.versions.isEmpty() ? tr("Level") : tr("Version %1 (current)").arg(r.version)));
    for (const RubricDimension &dimension : m_view.rubric.dimensions) {
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(dimension.name(chinese)));
        for (const EvaluationVersion &v : d.versions) {
            html += QStringLiteral("<td align='center'>%1</td>").arg(levelText(dimensionOf(v.content, dimension.key)));
        }
        const DimensionEvaluation *now = dimensionOf(d.evaluation, dimension.key);
        const bool changed = !d.versions.isEmpty() &&
                             levelText(dimensionOf(d.versions.constLast().content, dimension.key)) != levelText(now);
        html += QStringLiteral("<td align='center'>%1%2%3</td></tr>")
                    .arg(changed ? QStringLiteral("<b>") : QString(), levelText(now),
                         changed ? QStringLiteral("</b>") : QString());
    }
    const auto scoreText = [&](const Evaluation &e) {
        return e.score ? QStringLiteral("%1 %2").arg(ScoreCalculator::formatScore(*e.score),
                                                     DomainLabels::grade(m_view.rubric.gradeBands, e.gradeKey))
                       : QStringLiteral("—");
    };
    html += QStringLiteral("<tr><td><b>%1</b></td>").arg(esc(tr("Score")));
    for (const EvaluationVersion &v : d.versions) {
        html += QStringLiteral("<td align='center'>%1</td>").arg(esc(scoreText(v.content)));
    }
    html += QStringLiteral("<td align='center'><b>%1</b></td></tr></table>").arg(esc(scoreText(d.evaluation)));
    if (!d.evaluation.overallComment.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Comment: %1").arg(d.evaluation.overallComment)));
    }
    for (const EvaluationVersion &v : d.versions) {
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(esc(tr("Version %1 was replaced by %2 at %3 after the dispute."))
                             .arg(v.version)
                             .arg(personHtml(v.replacedBy), esc(OrgTime::text(v.replacedAt))));
    }
    if (d.feedback && d.feedback->acknowledgedAt.isValid()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Acknowledged by %1 (signed \"%2\") at %3."))
                             .arg(personHtml(d.feedback->acknowledgedBy), esc(d.feedback->signatureName),
                                  esc(OrgTime::text(d.feedback->acknowledgedAt))));
        if (!d.feedback->signature.isEmpty()) {
            html += QStringLiteral("<p><img src='signature:current' width='250' height='100'></p>");
        }
    }
    if (d.dispute) {
        html += QStringLiteral("<h4>%1</h4>")
                    .arg(esc(tr("Dispute raised by %1 at %2"))
                             .arg(personHtml(d.dispute->raisedBy), esc(OrgTime::text(d.dispute->raisedAt))));
        html += QStringLiteral("<ul>");
        for (const DisputeItem &item : d.dispute->items) {
            const int index = m_view.rubric.dimensionIndex(item.dimensionKey);
            const QString name = index >= 0 ? m_view.rubric.dimensions.at(index).name(chinese) : item.dimensionKey;
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("%1: proposes %2 — %3").arg(name).arg(item.proposedLevel).arg(item.reason)));
        }
        html += QStringLiteral("</ul>");
        if (!d.dispute->escalationReason.isEmpty() || d.dispute->level == 2) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("Escalated to the QA manager: %1").arg(d.dispute->escalationReason)));
        }
        for (const DisputeDecision &decision : d.dispute->decisions) {
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(esc(decision.level == 2 ? tr("Final decision (终审) by %1 at %2: %3")
                                                     : tr("Team lead's decision by %1 at %2: %3"))
                                 .arg(personHtml(decision.decidedBy), esc(OrgTime::text(decision.decidedAt)),
                                      esc(DomainLabels::disputeOutcome(decision.outcome))),
                             esc(decision.reason));
        }
    }
    return html;
}

void FeedbackPage::showDetail()
{
    m_evidence->clear();
    m_player->clear();
    m_player->setVisible(!m_view.recordingPath.isEmpty());
    if (m_view.detail.row.evaluationId == 0) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing to show in this list."))));
        return;
    }
    if (m_view.detail.feedback && !m_view.detail.feedback->signature.isEmpty()) {
        QImage image(500, 200, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        SignatureStrokes::paint(painter, QRectF(0, 0, 500, 200), m_view.detail.feedback->signature);
        painter.end();
        m_detail->document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("signature:current")), image);
    }
    m_detail->setHtml(detailHtml());
    if (!m_view.recordingPath.isEmpty()) {
        m_player->open(m_view.recordingPath, m_view.recordingProblem, m_view.turns);
    }
    // Evidence: the dimensions' evidence turns and the dispute's turns and recording times.
    QHash<qint64, const Turn *> turns;
    for (const Turn &turn : m_view.turns) {
        turns.insert(turn.id, &turn);
    }
    const auto addTurn = [&](const QString &label, qint64 turnId) {
        const Turn *turn = turns.value(turnId);
        if (!turn) {
            return;
        }
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2%3").arg(label, turn->startMs ? clock(*turn->startMs) + QLatin1Char(' ') : QString(),
                                             turn->text),
            m_evidence);
        item->setData(Qt::UserRole, turn->startMs ? QVariant(*turn->startMs) : QVariant());
    };
    const bool chinese = prefersChinese();
    const auto nameOf = [&](const QString &key) {
        const int index = m_view.rubric.dimensionIndex(key);
        return index >= 0 ? m_view.rubric.dimensions.at(index).name(chinese) : key;
    };
    for (const DimensionEvaluation &d : m_view.detail.evaluation.dimensions) {
        for (const qint64 turn : d.evidenceTurnIds) {
            addTurn(tr("Inspector, %1").arg(nameOf(d.key)), turn);
        }
    }
    if (m_view.detail.dispute) {
        for (const DisputeItem &item : m_view.detail.dispute->items) {
            for (const qint64 turn : item.evidenceTurnIds) {
                addTurn(tr("Agent, %1").arg(nameOf(item.dimensionKey)), turn);
            }
            for (const qint64 ms : item.evidenceMs) {
                auto *entry = new QListWidgetItem(tr("Agent, %1 · recording at %2").arg(nameOf(item.dimensionKey), clock(ms)),
                                                  m_evidence);
                entry->setData(Qt::UserRole, ms);
            }
        }
    }
    if (m_evidence->count() == 0) {
        new QListWidgetItem(tr("No evidence marked."), m_evidence);
    }
}

void FeedbackPage::playEvidence()
{
    const QListWidgetItem *item = m_evidence->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid()) {
        return;
    }
    if (m_view.recordingPath.isEmpty()) {
        emit statusMessage(tr("This interaction has no recording to play."));
        return;
    }
    m_player->playFrom(item->data(Qt::UserRole).toLongLong());
}

void FeedbackPage::updateActions()
{
    const QList<qint64> ids = selectedIds();
    const FeedbackRow *row = currentRow();
    const Role role = m_person.role;
    const bool manager = role == Role::QaManager || role == Role::Admin;
    const bool ownAgent = row && role == Role::Agent && row->agentCode == m_person.agentCode;
    const bool leads = row && (manager || (role == Role::Lead && row->teamName == m_person.team));
    const auto set = [](QAction *action, bool enabled, const QString &why) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? QString() : why);
    };
    // Release: any selected rows, each submitted and not released; the service checks ownership row by row.
    bool releasable = !ids.isEmpty() && allows(role, Action::ReleaseEvaluations);
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const FeedbackRow *r = m_rows->rowAt(index.row());
        releasable = releasable && r && r->state.isEmpty() && r->status == QLatin1String("submitted");
    }
    set(m_release, releasable,
        !allows(role, Action::ReleaseEvaluations) ? tr("Evaluations are released by their inspector, a team lead or a QA manager.")
                                                  : tr("Select submitted evaluations not released yet."));
    const bool released = row && row->state == FeedbackState::Released;
    const QString agentOnly = tr("Only the agent of this evaluation acknowledges or disputes it.");
    set(m_acknowledge, ownAgent && released, role != Role::Agent ? agentOnly : tr("Select an evaluation released to you."));
    set(m_dispute, ownAgent && released && !row->overdue,
        role != Role::Agent ? agentOnly
        : row && released && row->overdue ? tr("The window to dispute has closed.")
                                          : tr("Select an evaluation released to you."));
    const bool decided = row && row->state == FeedbackState::Decided;
    set(m_accept, decided && (ownAgent || (leads && row->overdue)),
        tr("The agent accepts the team lead's decision; after the window to escalate, the lead can close it."));
    set(m_escalate, ownAgent && decided && !row->overdue,
        decided && row->overdue ? tr("The window to escalate has closed.")
                                : tr("The agent escalates the team lead's decision to the QA manager."));
    const bool level1 = row && row->state == FeedbackState::Disputed && allows(role, Action::DecideDisputesFirst) && leads;
    const bool level2 = row && row->state == FeedbackState::Escalated && allows(role, Action::DecideDisputesFinal);
    set(m_decide, level1 || level2,
        row && row->state == FeedbackState::Escalated ? tr("The final decision (终审) is the QA manager's.")
        : !allows(role, Action::DecideDisputesFirst)  ? tr("Disputes are decided by the team lead, then the QA manager.")
                                                      : tr("Select an open dispute of your team."));
    // The detail must be the selected row's before a dialog uses it.
    const bool detailReady = row && m_view.detail.row.evaluationId == row->evaluationId;
    for (QAction *action : {m_acknowledge, m_dispute, m_decide}) {
        if (!detailReady && action->isEnabled()) {
            action->setEnabled(false);
        }
    }
}

void FeedbackPage::runStep(const QString &title, std::function<void(FeedbackService &)> step, const QString &done)
{
    const Person person = m_person;
    ++m_pending;
    m_worker->request<bool>(
        this,
        [person, step](Connection &connection) {
            FeedbackService service(connection, person);
            step(service);
            return true;
        },
        [this, done](bool) {
            --m_pending;
            emit statusMessage(done);
            emit evaluationsChanged();
            m_view = {};
            reload();
        },
        [this, title](const QString &message) {
            --m_pending;
            MessageBox::warning(this, title, message);
            reload();
        });
}

void FeedbackPage::releaseSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_release->isEnabled()) {
        return;
    }
    runStep(tr("Release to Agent"),
            [ids](FeedbackService &service) { service.release(ids); },
            tr("Released %n evaluation(s) to the agents.", nullptr, int(ids.size())));
}

void FeedbackPage::noteSubmitted(qint64 interactionId)
{
    m_submittedInteraction = interactionId;
    const bool may = allows(m_person.role, Action::ReleaseEvaluations);
    m_releaseSubmitted->setEnabled(may);
    m_releaseSubmitted->setToolTip(may ? QString() : tr("Evaluations are released by their inspector, a team lead or a QA manager."));
    reload();
}

void FeedbackPage::releaseSubmitted()
{
    if (m_submittedInteraction <= 0 || !m_releaseSubmitted->isEnabled()) {
        return;
    }
    const qint64 interaction = m_submittedInteraction;
    const QString login = m_person.login;
    m_releaseSubmitted->setEnabled(false);
    m_submittedInteraction = 0;
    runStep(tr("Release to Agent"),
            [interaction, login](FeedbackService &service) { service.releaseLatestOf(interaction, login); },
            tr("The evaluation just submitted was released to its agent."));
}

void FeedbackPage::acknowledgeCurrent()
{
    const FeedbackRow *row = currentRow();
    if (!row || !m_acknowledge->isEnabled()) {
        return;
    }
    const qint64 id = row->evaluationId;
    AcknowledgeDialog dialog(tr("Evaluation %1 of %2: score %3.")
                                 .arg(id)
                                 .arg(row->externalId)
                                 .arg(row->score ? ScoreCalculator::formatScore(*row->score) : QStringLiteral("—")),
                             m_person.name, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString name = dialog.typedName();
    const QString signature = dialog.signature();
    runStep(tr("Acknowledge"), [id, name, signature](FeedbackService &s) { s.acknowledge(id, name, signature); },
            tr("Evaluation %1 acknowledged.").arg(id));
}

void FeedbackPage::disputeCurrent()
{
    const FeedbackRow *row = currentRow();
    if (!row || !m_dispute->isEnabled()) {
        return;
    }
    const qint64 id = row->evaluationId;
    DisputeDialog dialog(m_view.rubric, m_view.detail.evaluation, m_view.turns, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<DisputeItem> items = dialog.items();
    runStep(tr("Dispute"), [id, items](FeedbackService &s) { s.dispute(id, items); },
            tr("Dispute of evaluation %1 sent to the team lead.").arg(id));
}

void FeedbackPage::acceptCurrent()
{
    const FeedbackRow *row = currentRow();
    if (!row || !m_accept->isEnabled()) {
        return;
    }
    const qint64 id = row->evaluationId;
    runStep(tr("Accept Decision"), [id](FeedbackService &s) { s.accept(id); },
            tr("The decision on evaluation %1 stands; the evaluation is final.").arg(id));
}

void FeedbackPage::escalateCurrent()
{
    const FeedbackRow *row = currentRow();
    if (!row || !m_escalate->isEnabled()) {
        return;
    }
    const qint64 id = row->evaluationId;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Escalate to the QA Manager"),
                                                 tr("Why the team lead's decision is not right:"), QLineEdit::Normal,
                                                 {}, &ok);
    if (!ok) {
        return;
    }
    runStep(tr("Escalate"), [id, reason](FeedbackService &s) { s.escalate(id, reason); },
            tr("Evaluation %1 escalated to the QA manager.").arg(id));
}

void FeedbackPage::decideCurrent()
{
    const FeedbackRow *row = currentRow();
    if (!row || !m_decide->isEnabled() || !m_view.detail.dispute) {
        return;
    }
    const qint64 id = row->evaluationId;
    DecideDialog dialog(m_view.rubric, m_view.detail.evaluation, *m_view.detail.dispute,
                        row->state == FeedbackState::Escalated ? 2 : 1, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString outcome = dialog.outcome();
    const QString reason = dialog.reason();
    const Rescore rescore = dialog.rescore();
    runStep(tr("Decide"), [id, outcome, reason, rescore](FeedbackService &s) { s.decide(id, outcome, reason, rescore); },
            tr("Dispute of evaluation %1 decided: %2.").arg(id).arg(DomainLabels::disputeOutcome(outcome)));
}

} // namespace qadesk
