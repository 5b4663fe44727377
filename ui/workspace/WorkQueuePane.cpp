#include "WorkQueuePane.h"

#include "Error.h"
#include "domain/DomainLabels.h"
#include "settings/AppSettings.h"
#include "WorkQueueModel.h"
#include "WorkQueueSource.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace qadesk {

namespace {

// A search hit list larger than this is cut: nobody pages through more, and the temp table stays small.
constexpr int kMaxSearchHits = 5000;

} // namespace

WorkQueuePane::WorkQueuePane(WorkQueueSource *source, QString inspector, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_inspector(std::move(inspector)), m_source(source)
{
    setObjectName(QStringLiteral("workQueuePane"));
    m_source->setParent(this);
    connect(m_source, &WorkQueueSource::teamsReady, this, &WorkQueuePane::showTeams);
    m_model = new WorkQueueModel(*m_source, this);
    m_model->setObjectName(QStringLiteral("workQueueModel"));

    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("My queue"), int(WorkQueueScope::MyQueue));
    m_scope->addItem(tr("All interactions"), int(WorkQueueScope::AllInteractions));
    m_scope->setToolTip(tr("My queue: interactions sampled for you or opened by you. All interactions: the "
                           "whole database."));

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->addItem(tr("Any status"), int(EvaluationState::Any));
    m_state->addItem(tr("Not started"), int(EvaluationState::NotStarted));
    m_state->addItem(tr("Draft"), int(EvaluationState::Draft));
    m_state->addItem(tr("Submitted"), int(EvaluationState::Submitted));

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &key : DomainLabels::channelKeys()) {
        m_channel->addItem(DomainLabels::channel(key), key);
    }
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &key : DomainLabels::categoryKeys()) {
        m_category->addItem(DomainLabels::category(key), key);
    }
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamCombo"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->addItem(tr("All teams"), qint64(0)); // the teams follow from the source
    refreshTeams();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search transcripts, call ID or agent — Enter"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Finds interactions whose transcript contains every word typed (separate words "
                            "with spaces), or whose call ID, agent ID or agent name is exactly the text."));

    m_sample = new QToolButton(this);
    m_sample->setObjectName(QStringLiteral("sampleButton"));
    m_sample->setText(tr("Sample…"));
    m_sample->setToolTip(tr("Draw interactions to inspect: N per agent over a period"));
    m_sample->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("workQueueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(int(WorkQueueColumn::Time), Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&fm](const char *sample, int padding = 14) {
        return fm.horizontalAdvance(QString::fromUtf8(sample)) + padding;
    };
    m_view->setColumnWidth(int(WorkQueueColumn::Time), width("2024-03-05 10:15"));
    m_view->setColumnWidth(int(WorkQueueColumn::Agent), width("王王王"));
    m_view->setColumnWidth(int(WorkQueueColumn::Team), width("售后一组"));
    m_view->setColumnWidth(int(WorkQueueColumn::Channel), width("E-mail"));
    m_view->setColumnWidth(int(WorkQueueColumn::Category), width("Consultation"));
    m_view->setColumnWidth(int(WorkQueueColumn::Duration), width("00:00"));
    m_view->setColumnWidth(int(WorkQueueColumn::Csat), width("CSAT", 24));
    m_view->setColumnWidth(int(WorkQueueColumn::Status), width("Not started"));
    m_view->setColumnWidth(int(WorkQueueColumn::Score), width("100.00"));
    // What the inspector scans the queue for comes first: when, who, and how far the evaluation is.
    QHeaderView *header = m_view->horizontalHeader();
    const WorkQueueColumn order[] = {WorkQueueColumn::Time,    WorkQueueColumn::Agent,    WorkQueueColumn::Status,
                                     WorkQueueColumn::Score,   WorkQueueColumn::Csat,     WorkQueueColumn::Category,
                                     WorkQueueColumn::Channel, WorkQueueColumn::Duration, WorkQueueColumn::Team};
    for (int visual = 0; visual < kWorkQueueColumnCount; ++visual) {
        header->moveSection(header->visualIndex(int(order[visual])), visual);
    }
    header->setSectionsMovable(true);
    // Widths and order as the inspector left them (the sort is not restored: a fresh start sorts by time).
    const QByteArray state = m_settings.workQueueHeader();
    if (!state.isEmpty() && header->restoreState(state)) {
        header->setSortIndicator(int(WorkQueueColumn::Time), Qt::DescendingOrder);
    }
    connect(header, &QHeaderView::sectionResized, this, &WorkQueuePane::saveHeader);
    connect(header, &QHeaderView::sectionMoved, this, &WorkQueuePane::saveHeader);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("queueStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_scope, 0, 0);
    filters->addWidget(m_state, 0, 1);
    filters->addWidget(m_sample, 0, 2);
    filters->addWidget(m_channel, 1, 0);
    filters->addWidget(m_category, 1, 1);
    filters->addWidget(m_team, 1, 2);
    filters->addWidget(m_search, 2, 0, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 3, 6);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    for (QComboBox *combo : {m_scope, m_state, m_channel, m_category, m_team}) {
        connect(combo, &QComboBox::activated, this, &WorkQueuePane::applyFilter);
    }
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_searchText.isEmpty()) {
            search(QString());
        }
    });
    connect(m_sample, &QToolButton::clicked, this, &WorkQueuePane::sampleRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkQueuePane::currentRowChanged);
    connect(m_model, &WorkQueueModel::pageLoaded, this, [this] {
        // The interaction that is open gets selected as soon as its row arrives.
        if (m_view->currentIndex().row() < 0 || m_model->interactionIdAt(m_view->currentIndex().row()) != m_current) {
            selectInteraction(m_current);
        }
        updateStatus();
    });
    connect(m_source, &WorkQueueSource::searchReady, this, [this](quint64 ticket, int hits) {
        if (ticket == m_searchTicket) {
            m_searching = false;
            m_searchHits = hits;
            applyFilter();
        }
    });
    connect(m_source, &WorkQueueSource::failed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == m_searchTicket && m_searching) {
            m_searching = false;
            m_status->setText(tr("Search failed: %1").arg(message));
        }
    });
    connect(m_model, &WorkQueueModel::loadFailed, this, [this](const QString &message) { m_loadError = message; });
    applyFilter();
}

WorkQueuePane::~WorkQueuePane() = default;

void WorkQueuePane::saveHeader()
{
    m_settings.setWorkQueueHeader(m_view->horizontalHeader()->saveState());
}

void WorkQueuePane::refreshTeams()
{
    m_source->requestTeams();
}

void WorkQueuePane::showTeams(const QList<TeamRef> &teams)
{
    const QVariant current = m_team->currentData();
    int index = -1;
    {
        const QSignalBlocker quiet(m_team); // the filter does not change while the list is rebuilt
        m_team->clear();
        m_team->addItem(tr("All teams"), qint64(0));
        for (const TeamRef &team : teams) {
            m_team->addItem(team.name, team.id);
        }
        index = m_team->findData(current);
        m_team->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (index < 0 && current.toLongLong() != 0) {
        applyFilter(); // the chosen team is gone
    }
}

void WorkQueuePane::setInspector(const QString &inspector)
{
    if (inspector != m_inspector) {
        m_inspector = inspector;
        applyFilter();
    }
}

void WorkQueuePane::setScope(WorkQueueScope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    applyFilter();
}

void WorkQueuePane::applyFilter()
{
    WorkQueueFilter filter;
    filter.scope = WorkQueueScope(m_scope->currentData().toInt());
    filter.inspector = m_inspector;
    filter.state = EvaluationState(m_state->currentData().toInt());
    filter.channel = m_channel->currentData().toString();
    filter.category = m_category->currentData().toString();
    filter.teamId = m_team->currentData().toLongLong();
    filter.searchHitsOnly = !m_searchText.isEmpty();
    m_loadError.clear();
    m_model->setFilter(filter);
    selectInteraction(m_current);
    updateStatus();
}

void WorkQueuePane::search(const QString &text)
{
    m_searchText = text.trimmed();
    if (m_search->text().trimmed() != m_searchText) {
        m_search->setText(m_searchText);
    }
    m_searchHits = 0;
    // Search tickets count down from the top so they never meet the model's page tickets.
    m_searchTicket = std::numeric_limits<quint64>::max() - (++m_searchCount);
    if (m_searchText.isEmpty()) {
        m_searching = false;
        applyFilter();
        return;
    }
    m_searching = true;
    m_status->setText(tr("Searching transcripts for “%1”…").arg(m_searchText));
    m_source->requestSearch(m_searchTicket, m_searchText, kMaxSearchHits);
}

void WorkQueuePane::reload()
{
    refreshTeams();
    applyFilter();
}

void WorkQueuePane::selectInteraction(qint64 interactionId)
{
    // Remembered also when the row is not (yet) listed: the queue reselects it when it has loaded, and never
    // leaves an earlier interaction highlighted (issue 16: opening from a dashboard drill-down did).
    m_current = interactionId;
    const int row = m_model->rowOf(interactionId);
    const QSignalBlocker blocker(m_view->selectionModel());
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        return;
    }
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
}

void WorkQueuePane::currentRowChanged()
{
    const qint64 id = m_model->interactionIdAt(m_view->currentIndex().row());
    if (id > 0 && id != m_current) {
        m_current = id;
        emit interactionActivated(id);
    }
}

void WorkQueuePane::updateStatus()
{
    if (m_searching) {
        return; // "Searching…" stays until the hits are in
    }
    if (!m_loadError.isEmpty()) {
        m_status->setText(tr("Could not load the queue: %1").arg(m_loadError));
        return;
    }
    const int loaded = m_model->rowCount();
    if (loaded == 0 && m_model->isLoading()) {
        m_status->setText(tr("Loading…"));
        return;
    }
    QString text;
    if (m_model->filter().scope == WorkQueueScope::MyQueue && m_searchText.isEmpty()) {
        if (loaded == 0 && m_model->isExhausted()) {
            text = tr("Your queue is empty. Use Sample… to draw interactions to inspect, or search all "
                      "interactions.");
        } else {
            text = m_model->isExhausted() ? tr("%Ln interaction(s) in view", nullptr, loaded)
                                          : tr("%Ln interactions loaded; scroll for more", nullptr, loaded);
        }
    } else if (!m_searchText.isEmpty()) {
        text = m_searchHits >= kMaxSearchHits
                   ? tr("Search “%1”: the newest %Ln matches; narrow the search to see others", nullptr, m_searchHits)
                         .arg(m_searchText)
                   : tr("Search “%1”: %Ln matching interaction(s)", nullptr, m_searchHits).arg(m_searchText);
        if (m_model->filter().scope == WorkQueueScope::MyQueue) {
            text += QLatin1Char(' ') + tr("(in your queue: %Ln)", nullptr, loaded);
        }
    } else {
        text = m_model->isExhausted() ? tr("%Ln interaction(s)", nullptr, loaded)
                                      : tr("%Ln interactions loaded; scroll for more", nullptr, loaded);
    }
    m_status->setText(text);
}

} // namespace qadesk
