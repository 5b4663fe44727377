#pragma once

#include "kpi/DashboardSnapshot.h"
#include "kpi/ReportingPeriod.h"
#include "storage/StaffDirectory.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace qadesk {

// The dashboard's filters: period (presets or custom dates), team, agent, channel, category and bucket. Emits
// changed() once per user change; request() turns the choices into what the worker computes.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardFilterBar(QWidget *parent = nullptr);

    void setDirectory(const QList<TeamEntry> &teams, const QList<AgentEntry> &agents);
    // The request for these choices; `today` anchors the presets, `zone` is where days begin.
    DashboardRequest request(QDate today, const QTimeZone &zone) const;

    PeriodPreset preset() const;
    void setPreset(PeriodPreset preset);
    void setCustomRange(const DateRange &range); // switches to Custom
    void setBucket(KpiBucket bucket);
    KpiBucket bucket() const;
    void setTeam(const QString &team);
    void setAgent(const QString &code);  // also picks the agent's team when the team filter excludes the agent
    void setChannel(const QString &channel);
    void setCategory(const QString &category);
    QString agentName(const QString &code) const;
    // Shows the dates a preset stands for in the (then read-only) date fields.
    void showRange(const DateRange &range);

signals:
    void changed();

private:
    void fillAgents();
    void emitChanged();

    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_bucket = nullptr;
    QList<AgentEntry> m_agents;
    bool m_updating = false;
};

} // namespace qadesk
