#include "DashboardFilterBar.h"

#include "DashboardFormat.h"
#include "common/FlowLayout.h"
#include "domain/DomainLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace qadesk {

namespace {

QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardFilters"));
    m_period = combo(QStringLiteral("periodCombo"), this);
    m_period->addItem(tr("This week"), int(PeriodPreset::ThisWeek));
    m_period->addItem(tr("Last 4 weeks"), int(PeriodPreset::LastFourWeeks));
    m_period->addItem(tr("This month"), int(PeriodPreset::ThisMonth));
    m_period->addItem(tr("This quarter"), int(PeriodPreset::ThisQuarter));
    m_period->addItem(tr("This year"), int(PeriodPreset::ThisYear));
    m_period->addItem(tr("Custom"), int(PeriodPreset::Custom));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_team = combo(QStringLiteral("teamCombo"), this);
    m_team->addItem(tr("All teams"), QString());
    m_agent = combo(QStringLiteral("agentCombo"), this);
    m_agent->addItem(tr("All agents"), QString());
    m_agent->setMaxVisibleItems(20);
    m_channel = combo(QStringLiteral("channelCombo"), this);
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &key : DomainLabels::channelKeys()) {
        m_channel->addItem(DomainLabels::channel(key), key);
    }
    m_category = combo(QStringLiteral("categoryCombo"), this);
    m_category->addItem(tr("All categories"), QString());
    for (const QString &key : DomainLabels::categoryKeys()) {
        m_category->addItem(DomainLabels::category(key), key);
    }
    m_bucket = combo(QStringLiteral("bucketCombo"), this);
    m_bucket->addItem(tr("By day"), int(KpiBucket::Day));
    m_bucket->addItem(tr("By week"), int(KpiBucket::Week));
    m_bucket->addItem(tr("By month"), int(KpiBucket::Month));
    m_bucket->setCurrentIndex(1);

    // Each caption stays with its field; the groups wrap onto a second line when the window is narrow.
    const auto group = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        for (QWidget *w : widgets) {
            row->addWidget(w);
        }
        return box;
    };
    auto *layout = new FlowLayout(this, 10, 4);
    layout->addWidget(group({caption(tr("&Period"), m_period, this), m_period, m_from,
                             new QLabel(QStringLiteral("–"), this), m_to, m_bucket}));
    layout->addWidget(group({caption(tr("&Team"), m_team, this), m_team}));
    layout->addWidget(group({caption(tr("&Agent"), m_agent, this), m_agent}));
    layout->addWidget(group({caption(tr("C&hannel"), m_channel, this), m_channel}));
    layout->addWidget(group({caption(tr("Cate&gory"), m_category, this), m_category}));

    connect(m_period, &QComboBox::currentIndexChanged, this, [this]() {
        const bool custom = preset() == PeriodPreset::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        emitChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this]() {
        if (m_to->date() < m_from->date()) {
            m_to->setDate(m_from->date());
        }
        if (preset() == PeriodPreset::Custom) {
            emitChanged();
        }
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this]() {
        if (m_from->date() > m_to->date()) {
            m_from->setDate(m_to->date());
        }
        if (preset() == PeriodPreset::Custom) {
            emitChanged();
        }
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this]() {
        fillAgents();
        emitChanged();
    });
    for (QComboBox *box : {m_agent, m_channel, m_category, m_bucket}) {
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::emitChanged);
    }
}

void DashboardFilterBar::emitChanged()
{
    if (!m_updating) {
        emit changed();
    }
}

void DashboardFilterBar::setDirectory(const QList<TeamEntry> &teams, const QList<AgentEntry> &agents)
{
    m_updating = true;
    const QString team = m_team->currentData().toString();
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const TeamEntry &t : teams) {
        m_team->addItem(t.name, t.name);
    }
    selectData(m_team, team);
    m_agents = agents;
    fillAgents();
    m_updating = false;
}

void DashboardFilterBar::fillAgents()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QString agent = m_agent->currentData().toString();
    const QString team = m_team->currentData().toString();
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    for (const AgentEntry &a : m_agents) {
        if (team.isEmpty() || a.teamName == team) {
            m_agent->addItem(a.name.isEmpty() ? a.code : tr("%1 (%2)").arg(a.name, a.code), a.code);
        }
    }
    selectData(m_agent, agent);
    m_updating = wasUpdating;
}

PeriodPreset DashboardFilterBar::preset() const
{
    return PeriodPreset(m_period->currentData().toInt());
}

void DashboardFilterBar::setPreset(PeriodPreset preset)
{
    selectData(m_period, int(preset));
}

void DashboardFilterBar::setCustomRange(const DateRange &range)
{
    m_updating = true;
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    m_updating = false;
    if (preset() == PeriodPreset::Custom) {
        emitChanged();
    } else {
        setPreset(PeriodPreset::Custom);
    }
}

void DashboardFilterBar::showRange(const DateRange &range)
{
    if (preset() == PeriodPreset::Custom || !range.isValid()) {
        return;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(range.from);
    m_to->setDate(range.to);
}

void DashboardFilterBar::setBucket(KpiBucket bucket)
{
    selectData(m_bucket, int(bucket));
}

KpiBucket DashboardFilterBar::bucket() const
{
    return KpiBucket(m_bucket->currentData().toInt());
}

void DashboardFilterBar::setTeam(const QString &team)
{
    selectData(m_team, team);
}

void DashboardFilterBar::setAgent(const QString &code)
{
    if (m_agent->findData(code) < 0) {
        // The agent is not in the chosen team: widen the team filter first.
        m_updating = true;
        selectData(m_team, QString());
        fillAgents();
        m_updating = false;
    }
    selectData(m_agent, code);
}

void DashboardFilterBar::setChannel(const QString &channel)
{
    selectData(m_channel, channel);
}

void DashboardFilterBar::setCategory(const QString &category)
{
    selectData(m_category, category);
}

QString DashboardFilterBar::agentName(const QString &code) const
{
    for (const AgentEntry &a : m_agents) {
        if (a.code == code) {
            return a.name.isEmpty() ? a.code : a.name;
        }
    }
    return code;
}

DashboardRequest DashboardFilterBar::request(QDate today, const QTimeZone &zone) const
{
    DashboardRequest request;
    const PeriodPreset p = preset();
    const DateRange range = ReportingPeriod::range(p, today, {m_from->date(), m_to->date()});
    request.filter.from = range.from;
    request.filter.to = range.to;
    request.filter.zone = zone;
    request.filter.bucket = bucket();
    request.filter.team = m_team->currentData().toString();
    request.filter.agent = m_agent->currentData().toString();
    request.filter.channel = m_channel->currentData().toString();
    request.filter.category = m_category->currentData().toString();
    request.previous = ReportingPeriod::previous(p, range);
    return request;
}

} // namespace qadesk
