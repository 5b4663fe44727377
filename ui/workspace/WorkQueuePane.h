#pragma once

#include "domain/WorkQueue.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace qadesk {

class AppSettings;

class Connection;
class WorkQueueModel;
class WorkQueueSource;
class WorkQueueStore;

// The left pane: what to inspect. The inspector's queue (sampled for them, or opened from search) or
// every interaction, narrowed by evaluation state, channel, category and team, and by a full-text
// search in transcripts; sorted by any column in SQL.
class WorkQueuePane final : public QWidget
{
    Q_OBJECT

public:
    // The queue loads, searches and lists teams through `source` (the pane takes it over).
    WorkQueuePane(WorkQueueSource *source, QString inspector, AppSettings &settings, QWidget *parent = nullptr);
    ~WorkQueuePane() override;

    WorkQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setInspector(const QString &inspector);
    void setScope(WorkQueueScope scope);
    // Runs a transcript search (empty text: no search) and shows its hits when it is done.
    void search(const QString &text);
    bool isSearching() const { return m_searching; }
    void selectInteraction(qint64 interactionId);
    // Re-reads everything (after an import or a sample) keeping the current interaction selected.
    void reload();
    // Asks for the teams again; the filter follows when they come.
    void refreshTeams();

signals:
    void interactionActivated(qint64 interactionId);
    void sampleRequested();

private:
    void applyFilter();
    void updateStatus();
    void currentRowChanged();
    void saveHeader();
    void showTeams(const QList<TeamRef> &teams);

    AppSettings &m_settings;
    QString m_inspector;
    WorkQueueSource *m_source = nullptr;
    WorkQueueModel *m_model = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_team = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_sample = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_searchText;
    QString m_loadError;
    int m_searchHits = 0;
    quint64 m_searchTicket = 0;
    quint64 m_searchCount = 0;
    bool m_searching = false;
    qint64 m_current = 0;
};

} // namespace qadesk
