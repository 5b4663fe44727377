#include "ImprovementPage.h"

#include "CoachingSessionDialog.h"
#include "CoachingSessionModel.h"
#include "CoachingTrendView.h"
#include "CommitmentModel.h"
#include "FindingsDialog.h"
#include "NewRectificationDialog.h"
#include "RectificationDialog.h"
#include "RectificationListModel.h"
#include "Error.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "domain/DomainLabels.h"
#include "report/ImprovementRenderer.h"
#include "report/ReportCanvas.h"
#include "storage/OrganisationZone.h"
#include "improvement/CoachingService.h"
#include "improvement/ImprovementRules.h"
#include "improvement/RectificationService.h"
#include "services/DatabaseWorker.h"
#include "storage/RectificationStore.h"
#include "storage/RubricStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace qadesk {

namespace {

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

struct PageData
{
    ImprovementContext context;
    QList<RectificationItem> items;
};

} // namespace

ImprovementPage::ImprovementPage(const QString &databasePath, QWidget *parent)
    : QWidget(parent), m_worker(std::make_unique<DatabaseWorker>(databasePath, QStringLiteral("improvement data")))
{
    setObjectName(QStringLiteral("improvementPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("improvementTabs"));
    m_tabs->addTab(buildOwnTab(), tr("&My work"));
    m_tabs->addTab(buildItemsTab(), tr("Rectification &items"));
    m_tabs->addTab(buildCoachingTab(), tr("Coac&hing"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
    applyPerson();
}

ImprovementPage::~ImprovementPage() = default;

QWidget *ImprovementPage::buildOwnTab()
{
    auto *tab = new QWidget(this);
    m_ownTitle = new QLabel(tab);
    m_ownTitle->setObjectName(QStringLiteral("ownTitle"));
    m_ownTitle->setWordWrap(true);
    m_own = new RectificationListModel(this);
    m_ownView = tableView(m_own, QStringLiteral("ownItemsView"), tab);
    connect(m_ownView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openItem(index.data(RectificationListModel::ItemIdRole).toLongLong()); });
    m_openCommitments = new CommitmentModel(this);
    m_openCommitmentsView = tableView(m_openCommitments, QStringLiteral("openCommitmentsView"), tab);
    m_openCommitmentsView->horizontalHeader()->setStretchLastSection(false);
    m_openCommitmentsView->horizontalHeader()->setSectionResizeMode(CommitmentModel::TextColumn, QHeaderView::Stretch);
    m_markOpenDone = new QPushButton(tr("Mark &done"), tab);
    m_markOpenDone->setObjectName(QStringLiteral("markOpenCommitmentDone"));
    connect(m_markOpenDone, &QPushButton::clicked, this,
            [this] { markCommitment(m_openCommitments, m_openCommitmentsView); });
    m_commitmentsBox = new QGroupBox(tr("My open commitments"), tab);
    auto *commitments = new QVBoxLayout(m_commitmentsBox);
    commitments->addWidget(m_openCommitmentsView);
    commitments->addWidget(m_markOpenDone, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_ownTitle);
    layout->addWidget(m_ownView, 2);
    layout->addWidget(m_commitmentsBox, 1);
    return tab;
}

QWidget *ImprovementPage::buildItemsTab()
{
    auto *tab = new QWidget(this);
    m_stateFilter = new QComboBox(tab);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("Any state"), QString());
    for (const RectificationState state : allRectificationStates()) {
        m_stateFilter->addItem(DomainLabels::rectificationState(state), rectificationStateKey(state));
    }
    m_agentFilter = new QComboBox(tab);
    m_agentFilter->setObjectName(QStringLiteral("agentFilter"));
    m_agentFilter->addItem(tr("All agents"), QString());
    m_overdueFilter = new QCheckBox(tr("O&verdue only"), tab);
    m_overdueFilter->setObjectName(QStringLiteral("overdueFilter"));
    m_newItem = new QPushButton(tr("&New item…"), tab);
    m_newItem->setObjectName(QStringLiteral("newItemButton"));
    m_findings = new QPushButton(tr("&Findings…"), tab);
    m_findings->setObjectName(QStringLiteral("findingsButton"));
    m_findings->setToolTip(tr("Agents below target on a dimension for 4 consecutive weeks"));
    auto *filters = new QHBoxLayout;
    auto *stateLabel = new QLabel(tr("S&tate:"), tab);
    stateLabel->setBuddy(m_stateFilter);
    auto *agentLabel = new QLabel(tr("A&gent:"), tab);
    agentLabel->setBuddy(m_agentFilter);
    filters->addWidget(stateLabel);
    filters->addWidget(m_stateFilter);
    filters->addWidget(agentLabel);
    filters->addWidget(m_agentFilter);
    filters->addWidget(m_overdueFilter);
    filters->addStretch(1);
    filters->addWidget(m_findings);
    filters->addWidget(m_newItem);
    m_items = new RectificationListModel(this);
    m_itemsView = tableView(m_items, QStringLiteral("itemsView"), tab);
    m_itemsMessage = new QLabel(tab);
    m_itemsMessage->setObjectName(QStringLiteral("itemsMessage"));
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_itemsView, 1);
    layout->addWidget(m_itemsMessage);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &ImprovementPage::loadItems);
    connect(m_agentFilter, &QComboBox::currentIndexChanged, this, &ImprovementPage::loadItems);
    connect(m_overdueFilter, &QCheckBox::toggled, this, &ImprovementPage::loadItems);
    connect(m_itemsView, &QTableView::activated, this,
            [this](const QModelIndex &index) { openItem(index.data(RectificationListModel::ItemIdRole).toLongLong()); });
    connect(m_newItem, &QPushButton::clicked, this, [this] { raise({}, false); });
    connect(m_findings, &QPushButton::clicked, this, [this] { showFindings(); });
    return tab;
}

QWidget *ImprovementPage::buildCoachingTab()
{
    auto *tab = new QWidget(this);
    m_sessions = new CoachingSessionModel(this);
    m_sessionsView = tableView(m_sessions, QStringLiteral("sessionsView"), tab);
    m_newSession = new QPushButton(tr("&New session…"), tab);
    m_newSession->setObjectName(QStringLiteral("newSessionButton"));
    m_printRecord = new QPushButton(tr("&Print record…"), tab);
    m_printRecord->setObjectName(QStringLiteral("printRecordButton"));
    auto *left = new QWidget(tab);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_newSession);
    sessionButtons->addWidget(m_printRecord);
    sessionButtons->addStretch(1);
    leftLayout->addLayout(sessionButtons);
    leftLayout->addWidget(m_sessionsView, 1);

    auto *right = new QWidget(tab);
    m_sessionTitle = new QLabel(right);
    m_sessionTitle->setObjectName(QStringLiteral("sessionTitle"));
    m_sessionTitle->setWordWrap(true);
    m_sessionNotes = new QPlainTextEdit(right);
    m_sessionNotes->setReadOnly(true);
    m_sessionNotes->setTabChangesFocus(true);
    m_sessionNotes->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_agentNote = new QPlainTextEdit(right);
    m_agentNote->setObjectName(QStringLiteral("agentNote"));
    m_agentNote->setTabChangesFocus(true);
    m_agentNote->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_saveNote = new QPushButton(tr("&Save my note"), right);
    m_saveNote->setObjectName(QStringLiteral("saveAgentNote"));
    m_sessionCommitments = new CommitmentModel(this);
    m_sessionCommitmentsView = tableView(m_sessionCommitments, QStringLiteral("sessionCommitmentsView"), right);
    m_sessionCommitmentsView->horizontalHeader()->setStretchLastSection(false);
    m_sessionCommitmentsView->horizontalHeader()->setSectionResizeMode(CommitmentModel::TextColumn, QHeaderView::Stretch);
    m_markSessionDone = new QPushButton(tr("&Mark done / not done"), right);
    m_markSessionDone->setObjectName(QStringLiteral("markSessionCommitment"));
    m_addCommitment = new QPushButton(tr("&Add commitment…"), right);
    m_addCommitment->setObjectName(QStringLiteral("addSessionCommitment"));
    m_trend = new CoachingTrendView(right);
    auto *form = new QFormLayout;
    form->addRow(tr("Coach's notes:"), m_sessionNotes);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_agentNote, 1);
    noteRow->addWidget(m_saveNote, 0, Qt::AlignTop);
    form->addRow(tr("Agent's no&te:"), noteRow);
    qobject_cast<QLabel *>(form->labelForField(noteRow))->setBuddy(m_agentNote);
    auto *commitmentButtons = new QHBoxLayout;
    commitmentButtons->addWidget(m_markSessionDone);
    commitmentButtons->addWidget(m_addCommitment);
    commitmentButtons->addStretch(1);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sessionTitle);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_sessionCommitmentsView, 1);
    rightLayout->addLayout(commitmentButtons);
    rightLayout->addWidget(m_trend, 2);
    auto *splitter = new QSplitter(tab);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImprovementPage::showSession);
    connect(m_newSession, &QPushButton::clicked, this, &ImprovementPage::newSession);
    connect(m_printRecord, &QPushButton::clicked, this, &ImprovementPage::printRecord);
    connect(m_saveNote, &QPushButton::clicked, this, &ImprovementPage::saveAgentNote);
    connect(m_markSessionDone, &QPushButton::clicked, this,
            [this] { markCommitment(m_sessionCommitments, m_sessionCommitmentsView); });
    connect(m_addCommitment, &QPushButton::clicked, this, &ImprovementPage::addCommitment);
    return tab;
}

void ImprovementPage::setPerson(const Person &person)
{
    m_person = person;
    applyPerson();
    reload();
}

void ImprovementPage::applyPerson()
{
    const bool agent = m_person.role == Role::Agent;
    m_tabs->setTabText(0, agent ? tr("&My work") : tr("&Overdue"));
    m_ownTitle->setText(agent ? tr("My open rectification items (Enter opens one to start or submit it)")
                        : m_person.role == Role::Lead
                            ? tr("Overdue rectification items of my team %1").arg(m_person.team)
                            : tr("Overdue rectification items"));
    m_commitmentsBox->setVisible(agent);
    const QString assign = ImprovementRules::whyNotAssign(m_person, m_person.team);
    m_newItem->setEnabled(assign.isEmpty());
    m_newItem->setToolTip(assign);
    m_findings->setEnabled(assign.isEmpty());
    const QString coach = ImprovementRules::whyNotCoach(m_person, m_person.team);
    m_newSession->setEnabled(coach.isEmpty());
    m_newSession->setToolTip(coach);
    showSession();
}

void ImprovementPage::reload()
{
    const quint64 generation = ++m_generation;
    m_worker->request<ImprovementContext>(
        this,
        [](Connection &c) {
            ImprovementContext context;
            context.agents = StaffDirectory(c).agents();
            const Rubric rubric = RubricStore(c).current();
            for (const RubricDimension &d : rubric.dimensions) {
                context.dimensions.append({d.key, d.name(prefersChinese())});
            }
            context.today = RectificationStore(c).today();
            return context;
        },
        [this, generation](ImprovementContext context) {
            if (generation != m_generation) {
                return;
            }
            m_context = context;
            const QHash<QString, QString> names = context.dimensionNames();
            m_items->setDimensionNames(names);
            m_own->setDimensionNames(names);
            m_sessions->setDimensionNames(names);
            const QString agent = m_agentFilter->currentData().toString();
            {
                const QSignalBlocker block(m_agentFilter);
                m_agentFilter->clear();
                m_agentFilter->addItem(tr("All agents"), QString());
                for (const AgentEntry &a : context.agents) {
                    if (m_person.role == Role::Lead && a.teamName != m_person.team) {
                        continue;
                    }
                    if (m_person.role == Role::Agent && a.code != m_person.agentCode) {
                        continue;
                    }
                    m_agentFilter->addItem(a.name.isEmpty() ? a.code : QStringLiteral("%1 (%2)").arg(a.name, a.code),
                                           a.code);
                }
                m_agentFilter->setCurrentIndex(std::max(0, m_agentFilter->findData(agent)));
            }
            loadOwn();
            loadItems();
            loadSessions();
        },
        [this](const QString &message) { emit statusMessage(message); });
}

void ImprovementPage::loadItems()
{
    RectificationFilter filter;
    filter.state = rectificationStateFromKey(m_stateFilter->currentData().toString());
    filter.agentCode = m_agentFilter->currentData().toString();
    filter.overdueOnly = m_overdueFilter->isChecked();
    filter.today = m_context.today;
    const Person person = m_person;
    const QDate today = m_context.today;
    const qint64 selected = m_itemsView->currentIndex().data(RectificationListModel::ItemIdRole).toLongLong();
    m_worker->request<QList<RectificationItem>>(
        this, [person, filter](Connection &c) { return RectificationService(c, person).list(filter); },
        [this, today, selected](QList<RectificationItem> items) {
            m_items->setItems(items, today);
            m_itemsView->resizeColumnsToContents();
            const int row = std::max(0, m_items->rowOf(selected));
            if (m_items->rowCount() > 0) {
                m_itemsView->setCurrentIndex(m_items->index(row, 0));
            }
            m_itemsMessage->setText(tr("%n item(s)", nullptr, m_items->rowCount()));
            emit itemsLoaded();
        },
        [this](const QString &message) { m_itemsMessage->setText(message); });
}

void ImprovementPage::loadOwn()
{
    const Person person = m_person;
    const QDate today = m_context.today;
    const bool agent = person.role == Role::Agent;
    struct Own
    {
        QList<RectificationItem> items;
        QList<CoachingCommitment> commitments;
    };
    m_worker->request<Own>(
        this,
        [person, today, agent](Connection &c) {
            Own own;
            RectificationFilter filter;
            filter.overdueOnly = !agent;
            filter.today = today;
            own.items = RectificationService(c, person).list(filter);
            own.items.removeIf([](const RectificationItem &item) { return !item.awaitsOwner(); });
            if (agent) {
                own.commitments = CoachingService(c, person).openCommitments(person.agentCode);
            }
            return own;
        },
        [this, today](Own own) {
            m_own->setItems(own.items, today);
            m_ownView->resizeColumnsToContents();
            if (m_own->rowCount() > 0) {
                m_ownView->setCurrentIndex(m_own->index(0, 0));
            }
            m_openCommitments->setCommitments(own.commitments, today);
            m_openCommitmentsView->resizeColumnToContents(CommitmentModel::DueColumn);
            m_openCommitmentsView->resizeColumnToContents(CommitmentModel::DoneColumn);
            m_markOpenDone->setEnabled(m_openCommitments->rowCount() > 0);
        },
        [this](const QString &message) { emit statusMessage(message); });
}

void ImprovementPage::loadSessions()
{
    const Person person = m_person;
    const qint64 selected = currentSessionId();
    m_worker->request<QList<CoachingSession>>(
        this, [person](Connection &c) { return CoachingService(c, person).list(); },
        [this, selected](QList<CoachingSession> sessions) {
            m_sessions->setSessions(sessions);
            m_sessionsView->resizeColumnsToContents();
            if (m_sessions->rowCount() > 0) {
                m_sessionsView->setCurrentIndex(m_sessions->index(std::max(0, m_sessions->rowOf(selected)), 0));
            }
            showSession();
            emit sessionsLoaded();
        },
        [this](const QString &message) { emit statusMessage(message); });
}

qint64 ImprovementPage::currentSessionId() const
{
    return m_sessionsView->currentIndex().data(CoachingSessionModel::SessionIdRole).toLongLong();
}

void ImprovementPage::showSession()
{
    const int row = m_sessionsView->currentIndex().row();
    const bool any = row >= 0 && row < m_sessions->rowCount();
    for (QWidget *w : std::initializer_list<QWidget *>{m_agentNote, m_saveNote, m_markSessionDone, m_addCommitment,
                                                       m_printRecord}) {
        w->setEnabled(any);
    }
    if (!any) {
        m_sessionTitle->setText(tr("No coaching session chosen."));
        m_sessionNotes->clear();
        m_agentNote->clear();
        m_sessionCommitments->setCommitments({}, m_context.today);
        m_trend->clear(tr("Choose a session to see the agent's trend before and after it."));
        return;
    }
    const CoachingSession &s = m_sessions->session(row);
    const QString dimension = m_context.dimensionNames().value(s.dimensionKey, s.dimensionKey);
    m_sessionTitle->setText(tr("<b>%1 (%2)</b> coached by %3 on %4%5 · %6 evaluation(s), %7 recording(s) discussed")
                                .arg(s.agentName.toHtmlEscaped(), s.agentCode, s.coach.toHtmlEscaped(),
                                     s.heldOn.toString(Qt::ISODate),
                                     s.dimensionKey.isEmpty() ? QString() : QStringLiteral(" · ") + dimension.toHtmlEscaped())
                                .arg(s.evaluationIds.size())
                                .arg(s.interactionIds.size()));
    m_sessionNotes->setPlainText(s.notes);
    m_agentNote->setPlainText(s.agentNote);
    const QString noteWhy = ImprovementRules::whyNotWriteAgentNote(m_person, s);
    m_agentNote->setReadOnly(!noteWhy.isEmpty());
    m_agentNote->setToolTip(noteWhy);
    m_saveNote->setEnabled(noteWhy.isEmpty());
    m_saveNote->setToolTip(noteWhy);
    m_sessionCommitments->setCommitments(s.commitments, m_context.today);
    m_sessionCommitmentsView->resizeColumnToContents(CommitmentModel::DueColumn);
    m_sessionCommitmentsView->resizeColumnToContents(CommitmentModel::DoneColumn);
    const QString markWhy = ImprovementRules::whyNotMarkCommitment(m_person, s);
    m_markSessionDone->setEnabled(markWhy.isEmpty() && !s.commitments.isEmpty());
    m_markSessionDone->setToolTip(markWhy);
    const QString coachWhy = ImprovementRules::whyNotCoach(m_person, s.teamName);
    m_addCommitment->setEnabled(coachWhy.isEmpty());
    m_addCommitment->setToolTip(coachWhy);
    const Person person = m_person;
    const qint64 id = s.id;
    m_worker->request<CoachingTrend>(
        this, [person, id](Connection &c) { return CoachingService(c, person).trend(id); },
        [this, id, dimension](CoachingTrend trend) {
            if (currentSessionId() != id) {
                return;
            }
            m_trend->setTrend(trend, dimension);
            emit sessionShown();
        },
        [this](const QString &message) { m_trend->clear(message); });
}

void ImprovementPage::openItem(qint64 itemId)
{
    if (itemId <= 0) {
        return;
    }
    // Window-modal but not blocking (open, not exec): the page keeps receiving results while it is up.
    auto *dialog = new RectificationDialog(*m_worker, m_person, m_context, itemId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RectificationDialog::changed, this, [this](qint64 id) {
        emit statusMessage(tr("Rectification item %1 saved.").arg(id));
        loadItems();
        loadOwn();
    });
    connect(dialog, &RectificationDialog::printRequested, this, &ImprovementPage::printNotice);
    dialog->open();
}

ImprovementContext ImprovementPage::choosable() const
{
    // A lead raises items and coaches for their own team only: offer those agents.
    ImprovementContext context = m_context;
    if (m_person.role == Role::Lead) {
        context.agents.removeIf([this](const AgentEntry &agent) { return agent.teamName != m_person.team; });
    }
    return context;
}

void ImprovementPage::raise(const NewRectification &prefill, bool fromFinding)
{
    auto *dialog = new NewRectificationDialog(choosable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!prefill.agentCode.isEmpty() || prefill.evaluationId > 0) {
        dialog->setSource(prefill.agentCode, prefill.dimensionKey, prefill.evaluationId,
                          fromFinding ? prefill.finding : QString());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { raiseItem(dialog->item()); });
    dialog->open();
}

void ImprovementPage::raiseItem(const NewRectification &item)
{
    const Person person = m_person;
    m_worker->request<RectificationDetail>(
        this, [person, item](Connection &c) { return RectificationService(c, person).raise(item); },
        [this](RectificationDetail detail) {
            emit statusMessage(tr("Rectification item %1 raised for %2.").arg(detail.item.id).arg(detail.item.agentCode));
            emit itemRaised(detail.item.id);
            m_tabs->setCurrentIndex(1);
            reload();
        },
        [this](const QString &message) { MessageBox::warning(this, tr("Raise Rectification"), message); });
}

void ImprovementPage::raiseFromEvaluation(qint64 evaluationId, const QString &dimensionKey)
{
    const QString why = ImprovementRules::whyNotAssign(m_person, m_person.team);
    if (m_person.role != Role::Lead && !why.isEmpty()) {
        MessageBox::warning(this, tr("Raise Rectification"), why);
        return;
    }
    m_worker->request<QString>(
        this,
        [evaluationId](Connection &c) {
            const auto facts = RectificationStore(c).evaluationAgentAndInspector(evaluationId);
            return facts ? facts->first : QString();
        },
        [this, evaluationId, dimensionKey](QString agentCode) {
            NewRectification prefill;
            prefill.agentCode = agentCode;
            prefill.evaluationId = evaluationId;
            prefill.dimensionKey = dimensionKey;
            raise(prefill, false);
        },
        [this](const QString &message) { MessageBox::warning(this, tr("Raise Rectification"), message); });
}

void ImprovementPage::showFindings(const QString &agentCode)
{
    auto *dialog = new FindingsDialog(*m_worker, m_person, m_context, agentCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FindingsDialog::raiseRequested, this, [this](const DimensionFinding &finding) {
        QJsonArray weeks;
        for (const WeeklyMean &w : finding.weeks) {
            weeks.append(QJsonObject{{QStringLiteral("week"), w.weekStart.toString(Qt::ISODate)},
                                     {QStringLiteral("mean"), w.mean},
                                     {QStringLiteral("n"), w.n}});
        }
        NewRectification prefill;
        prefill.agentCode = finding.agentCode;
        prefill.dimensionKey = finding.dimensionKey;
        prefill.finding = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("agent"), finding.agentCode},
                                                                       {QStringLiteral("dimension"), finding.dimensionKey},
                                                                       {QStringLiteral("threshold"), finding.threshold},
                                                                       {QStringLiteral("weeks"), weeks}})
                                                .toJson(QJsonDocument::Compact));
        QMetaObject::invokeMethod(this, [this, prefill] { raise(prefill, true); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void ImprovementPage::newSession()
{
    auto *dialog = new CoachingSessionDialog(*m_worker, choosable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sessionsView->currentIndex().isValid()) {
        dialog->setAgent(m_sessions->session(m_sessionsView->currentIndex().row()).agentCode);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { recordSession(dialog->session()); });
    dialog->open();
}

void ImprovementPage::recordSession(const CoachingSession &session)
{
    const Person person = m_person;
    m_worker->request<CoachingSession>(
        this, [person, session](Connection &c) { return CoachingService(c, person).add(session); },
        [this](CoachingSession added) {
            emit statusMessage(tr("Coaching session with %1 recorded.").arg(added.agentCode));
            emit sessionRecorded(added.id);
            loadSessions();
        },
        [this](const QString &message) { MessageBox::warning(this, tr("New Coaching Session"), message); });
}

void ImprovementPage::markCommitment(CommitmentModel *model, QTableView *view)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid()) {
        return;
    }
    const CoachingCommitment commitment = model->commitment(index.row());
    const Person person = m_person;
    m_worker->request<CoachingSession>(
        this,
        [person, commitment](Connection &c) { return CoachingService(c, person).setDone(commitment.id, !commitment.done); },
        [this](CoachingSession) {
            loadOwn();
            loadSessions();
        },
        [this](const QString &message) { MessageBox::warning(this, tr("Commitment"), message); });
}

void ImprovementPage::saveAgentNote()
{
    const qint64 id = currentSessionId();
    const QString note = m_agentNote->toPlainText();
    const Person person = m_person;
    m_worker->request<CoachingSession>(
        this, [person, id, note](Connection &c) { return CoachingService(c, person).setAgentNote(id, note); },
        [this](CoachingSession) {
            emit statusMessage(tr("Your note is saved."));
            loadSessions();
        },
        [this](const QString &message) { MessageBox::warning(this, tr("Agent's Note"), message); });
}

void ImprovementPage::addCommitment()
{
    const qint64 id = currentSessionId();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addCommitmentDialog"));
    dialog.setWindowTitle(tr("Add Commitment"));
    auto *text = new QLineEdit(&dialog);
    auto *due = new QDateEdit(m_context.today.addDays(14), &dialog);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Commitment:"), text);
    form->addRow(tr("&Due:"), due);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString commitment = text->text();
    const QDate date = due->date();
    const Person person = m_person;
    m_worker->request<CoachingSession>(
        this,
        [person, id, commitment, date](Connection &c) {
            return CoachingService(c, person).addCommitment(id, commitment, date);
        },
        [this](CoachingSession) { loadSessions(); },
        [this](const QString &message) { MessageBox::warning(this, tr("Add Commitment"), message); });
}

namespace {

ReportOptions printOptions()
{
    ReportOptions options;
    options.chinese = prefersChinese();
    options.zone = OrganisationZone::current();
    return options;
}

} // namespace

// Print preview (with the printer's own dialog behind its Print button) or a PDF written on the worker.
void ImprovementPage::printDocument(const QString &title, const QString &suggestedName,
                                    const std::function<int(QPagedPaintDevice &)> &render,
                                    const std::function<int(const QString &)> &writePdf)
{
    const int choice = MessageBox::choose(this, QMessageBox::Question, QStringLiteral("printChoice"), title,
                                          tr("Print it, or save it as a PDF file?"),
                                          {{tr("Print &preview…"), QStringLiteral("printPreviewChoice")},
                                           {tr("Save as &PDF…"), QStringLiteral("savePdfChoice")},
                                           {tr("Cancel"), QStringLiteral("cancelChoice"), QMessageBox::RejectRole}},
                                          0);
    if (choice == 0) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(title);
        ReportCanvas::setUpA4(printer);
        QPrintPreviewDialog preview(&printer, this);
        preview.setObjectName(QStringLiteral("printPreview"));
        preview.setWindowTitle(title);
        preview.resize(900, 1000);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, render](QPrinter *target) {
            try {
                render(*target);
            } catch (const Error &error) {
                MessageBox::warning(this, tr("Print"), error.message());
            }
        });
        preview.exec();
        return;
    }
    if (choice != 1) {
        return;
    }
    const QString path = FileDialogs::saveFile(this, title, suggestedName, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    m_worker->request<int>(
        this, [writePdf, path](Connection &) { return writePdf(path); },
        [this, path](int pages) {
            emit statusMessage(tr("Saved %1 (%n page(s)).", nullptr, pages).arg(path));
            emit printed(path);
        },
        [this, title](const QString &message) { MessageBox::warning(this, title, message); });
}

void ImprovementPage::printNotice(const RectificationDetail &detail)
{
    const QString dimension = m_context.dimensionNames().value(detail.item.dimensionKey);
    const ReportOptions options = printOptions();
    printDocument(
        tr("Rectification notice No. %1").arg(detail.item.id), tr("rectification-notice-%1.pdf").arg(detail.item.id),
        [detail, dimension, options](QPagedPaintDevice &device) {
            return ImprovementRenderer(options).renderNotice(detail, dimension, device);
        },
        [detail, dimension, options](const QString &path) {
            return ImprovementRenderer(options).writeNoticePdf(detail, dimension, path);
        });
}

void ImprovementPage::printRecord()
{
    const int row = m_sessionsView->currentIndex().row();
    if (row < 0 || row >= m_sessions->rowCount()) {
        return;
    }
    const CoachingSession session = m_sessions->session(row);
    const QString dimension = m_context.dimensionNames().value(session.dimensionKey);
    const ReportOptions options = printOptions();
    const Person person = m_person;
    // The trend is read on the worker first; preview and PDF then render what was read.
    m_worker->request<CoachingTrend>(
        this, [person, id = session.id](Connection &c) { return CoachingService(c, person).trend(id); },
        [this, session, dimension, options](CoachingTrend trend) {
            printDocument(
                tr("Coaching record %1").arg(session.id), tr("coaching-record-%1.pdf").arg(session.id),
                [session, trend, dimension, options](QPagedPaintDevice &device) {
                    return ImprovementRenderer(options).renderRecord(session, trend, dimension, device);
                },
                [session, trend, dimension, options](const QString &path) {
                    return ImprovementRenderer(options).writeRecordPdf(session, trend, dimension, path);
                });
        },
        [this](const QString &message) { MessageBox::warning(this, tr("Print"), message); });
}

} // namespace qadesk
