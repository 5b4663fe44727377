#include "ReportsPage.h"

#include "storage/OrganisationZone.h"
#include "EvaluationListModel.h"
#include "EvaluationListProxyModel.h"
#include "Error.h"
#include "services/DatabaseWorker.h"
#include "storage/Connection.h"
#include "storage/EvaluationReportStore.h"
#include "storage/RubricStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace qadesk {

ReportsPage::ReportsPage(DatabaseWorker &data, QWidget *parent)
    : QWidget(parent)
    , m_data(data)
    , m_model(new EvaluationListModel(this))
    , m_proxy(new EvaluationListProxyModel(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_proxy->setSourceModel(m_model);

    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setToolTip(tr("The month of the interactions evaluated"));
    m_allMonths = new QCheckBox(tr("All months"), this);
    m_allMonths->setObjectName(QStringLiteral("allMonthsCheck"));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("agentFilter"));
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *filters = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *agentLabel = new QLabel(tr("&Agent:"), this);
    agentLabel->setBuddy(m_agent);
    filters->addWidget(monthLabel);
    filters->addWidget(m_month);
    filters->addWidget(m_allMonths);
    filters->addSpacing(12);
    filters->addWidget(teamLabel);
    filters->addWidget(m_team);
    filters->addSpacing(12);
    filters->addWidget(agentLabel);
    filters->addWidget(m_agent);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("evaluationTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EvaluationListModel::StartedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);

    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        m_monthChosen = true; // the user's month from now on, not the latest one
        loadEvaluations();
    });
    connect(m_allMonths, &QCheckBox::toggled, this, [this](bool all) {
        m_month->setEnabled(!all);
        loadEvaluations();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTeam(m_team->currentData().toString());
        updateCount();
    });
    connect(m_agent, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAgent(m_agent->currentData().toString());
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateCount(); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit evaluationActivated(index.data(EvaluationListModel::EvaluationIdRole).toLongLong());
    });

    reload();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::addButton(QAction *action, bool prominent)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    if (prominent) {
        QFont font = button->font();
        font.setBold(true);
        button->setFont(font);
    }
    m_buttons->addWidget(button);
}

// What one load reads, on the worker thread.
struct ReportsPageData
{
    bool directory = false;
    QStringList teams;
    QList<AgentRecord> agents;
    QHash<QString, QString> grades;
    std::optional<QDate> latest;     // asked for when the month is still to be chosen
    bool recordsRead = false;
    QList<EvaluationRecord> records;
    QString error;
};

namespace {

KpiFilter monthScope(std::optional<QDate> first)
{
    KpiFilter scope;
    scope.zone = OrganisationZone::current();
    if (first) {
        scope.from = *first;
        scope.to = first->addMonths(1).addDays(-1);
    }
    return scope;
}

ReportsPageData readReports(Connection &connection, bool directory, bool chooseMonth, std::optional<QDate> month,
                        bool chinese)
{
    ReportsPageData data;
    data.directory = directory;
    try {
        EvaluationReportStore store(connection);
        if (directory) {
            data.teams = store.teams();
            data.agents = store.agents();
            // Grade names in the interface language, from the rubric now in use.
            for (const GradeBand &band : RubricStore(connection).current().gradeBands) {
                data.grades.insert(band.key, band.name(chinese));
            }
        }
        if (chooseMonth) {
            // Open on the latest month that has evaluations, not on an empty current month.
            const QDate latest = store.latestEvaluatedDate(OrganisationZone::current()).value_or(QDate::currentDate());
            data.latest = latest;
            month = QDate(latest.year(), latest.month(), 1);
        }
        data.records = store.list(monthScope(month));
        data.recordsRead = true;
    } catch (const Error &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace

void ReportsPage::reload()
{
    fetch(true);
}

void ReportsPage::loadEvaluations()
{
    fetch(false);
}

void ReportsPage::fetch(bool directory)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    const bool chooseMonth = !m_monthChosen;
    const std::optional<QDate> wanted = chooseMonth ? std::nullopt : month();
    const bool chinese = prefersChinese();
    m_data.request<ReportsPageData>(
        this,
        [directory, chooseMonth, wanted, chinese](Connection &connection) {
            return readReports(connection, directory, chooseMonth, wanted, chinese);
        },
        [this, generation](ReportsPageData data) { show(generation, data); });
}

void ReportsPage::show(quint64 generation, const ReportsPageData &data)
{
    {
        --m_pending;
        if (generation != m_generation) {
            return; // a newer request is on its way
        }
        if (!data.error.isEmpty()) {
            m_model->setRecords({});
            m_count->setText(data.error);
            emit loaded();
            return;
        }
        if (data.directory) {
            const QString team = m_team->currentData().toString();
            const QString agent = m_agent->currentData().toString();
            const QSignalBlocker blockTeam(m_team);
            const QSignalBlocker blockAgent(m_agent);
            m_team->clear();
            m_team->addItem(tr("All teams"), QString());
            for (const QString &name : data.teams) {
                m_team->addItem(name, name);
            }
            m_agent->clear();
            m_agent->addItem(tr("All agents"), QString());
            for (const AgentRecord &a : data.agents) {
                m_agent->addItem(a.displayName(), a.code);
            }
            m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
            m_agent->setCurrentIndex(std::max(0, m_agent->findData(agent)));
            m_proxy->setTeam(m_team->currentData().toString());
            m_proxy->setAgent(m_agent->currentData().toString());
            m_model->setGradeNames(data.grades);
        }
        if (data.latest && !m_monthChosen) {
            const QSignalBlocker block(m_month);
            m_month->setDate(*data.latest);
            m_monthChosen = true;
        }
        m_model->setRecords(data.records);
        m_view->resizeColumnsToContents();
        updateCount();
        emit loaded();
    }
}

void ReportsPage::updateCount()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    const QString shown = tr("%n evaluation(s)", nullptr, m_proxy->rowCount());
    m_count->setText(selected > 0 ? tr("%1 · %2 selected").arg(shown).arg(selected) : shown);
}

std::optional<QDate> ReportsPage::month() const
{
    if (m_allMonths->isChecked()) {
        return std::nullopt;
    }
    const QDate date = m_month->date();
    return QDate(date.year(), date.month(), 1);
}

void ReportsPage::setMonth(std::optional<QDate> month)
{
    m_monthChosen = true;
    if (month) {
        const QSignalBlocker block(m_month);
        m_month->setDate(*month);
    }
    if (m_allMonths->isChecked() == month.has_value()) {
        m_allMonths->setChecked(!month.has_value()); // reloads
    } else {
        loadEvaluations();
    }
}

void ReportsPage::setTeam(const QString &team)
{
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
}

void ReportsPage::setAgent(const QString &agentCode)
{
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(agentCode)));
}

QList<qint64> ReportsPage::selectedEvaluationIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows) {
        ids << index.data(EvaluationListModel::EvaluationIdRole).toLongLong();
    }
    return ids;
}

QString ReportsPage::agentForReport() const
{
    const QString agent = m_agent->currentData().toString();
    if (!agent.isEmpty()) {
        return agent;
    }
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(EvaluationListModel::AgentCodeRole).toString();
}

QDate ReportsPage::monthForReport() const
{
    if (const auto first = month()) {
        return *first;
    }
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        const QModelIndex source = m_proxy->mapToSource(rows.first());
        const QDate day = m_model->record(source.row()).startedAt.toTimeZone(OrganisationZone::current()).date();
        return QDate(day.year(), day.month(), 1);
    }
    const QDate date = m_month->date();
    return QDate(date.year(), date.month(), 1);
}

KpiFilter ReportsPage::filter() const
{
    KpiFilter filter;
    filter.zone = OrganisationZone::current();
    if (const auto first = month()) {
        filter.from = *first;
        filter.to = first->addMonths(1).addDays(-1);
        filter.bucket = KpiBucket::Day;
    } else {
        filter.bucket = KpiBucket::Month;
    }
    filter.team = m_team->currentData().toString();
    filter.agent = m_agent->currentData().toString();
    return filter;
}

} // namespace qadesk
