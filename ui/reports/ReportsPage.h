#pragma once

#include "EvaluationSelection.h"
#include "kpi/KpiFilter.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QTableView;

namespace qadesk {

class DatabaseWorker;
struct ReportsPageData;

class EvaluationListModel;
class EvaluationListProxyModel;

// The Reports tab: submitted evaluations of a month (or all), narrowed by team and agent, from which a
// selection prints or exports as one job; the report actions (print, PDF, monthly report, CSV/XLSX exports)
// sit in its button bar. Loads through EvaluationReportStore; the filters also scope the exports.
class ReportsPage final : public QWidget, public EvaluationSelection
{
    Q_OBJECT

public:
    // Reads through `data` (a thread and connection of its own).
    explicit ReportsPage(DatabaseWorker &data, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QList<qint64> selectedEvaluationIds() const override;
    // The agent of the filter, else of the first selected row; empty when neither says.
    QString agentForReport() const;
    // The month of the filter, else of the first selected row, else the latest month with evaluations.
    QDate monthForReport() const;
    // Empty when "All months" is ticked.
    std::optional<QDate> month() const;
    // What the exports cover: the month (or everything), team and agent of the filter bar.
    KpiFilter filter() const;

    void setMonth(std::optional<QDate> month);
    void setTeam(const QString &team);
    void setAgent(const QString &agentCode);
    // A button in the page's button bar for one of the report actions.
    void addButton(QAction *action, bool prominent = false);
    QTableView *view() const { return m_view; }
    EvaluationListModel *model() const { return m_model; }
    EvaluationListProxyModel *proxy() const { return m_proxy; }
    // Whether a load runs (on a worker thread with a connection of its own: no SQL on the GUI thread).
    bool isLoading() const { return m_pending > 0; }

public slots:
    // Reads teams, agents and the month's evaluations again (after an import or a submitted evaluation).
    void reload();

signals:
    // The user double-clicked an evaluation.
    void evaluationActivated(qint64 evaluationId);
    // The latest reload or month change has been applied.
    void loaded();

private:
    void loadEvaluations();
    // Reads on a worker thread what the page shows (the directory too when `directory`), then applies it here;
    // a result overtaken by a newer request is dropped.
    void fetch(bool directory);
    void show(quint64 generation, const ReportsPageData &data);
    void updateCount();

    DatabaseWorker &m_data;
    EvaluationListModel *m_model = nullptr;
    EvaluationListProxyModel *m_proxy = nullptr;
    QDateEdit *m_month = nullptr;
    QCheckBox *m_allMonths = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_agent = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    bool m_monthChosen = false;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace qadesk
