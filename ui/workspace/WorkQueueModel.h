#pragma once

#include "domain/WorkQueue.h"

#include <QAbstractTableModel>
#include <QList>

namespace qadesk {

class WorkQueueSource;

// The work queue as a table: a filter and a sort order applied in SQL (WorkQueueStore, through a
// WorkQueueSource), rows loaded a page at a time as the view scrolls (canFetchMore / fetchMore), so a
// million-row database costs one page to open. Sorting re-queries rather than sorting the loaded rows,
// which would be wrong for a partly loaded list. Pages may arrive later (from a worker thread): each
// request carries a ticket, and answers to superseded requests are dropped. The model holds rows; it
// never touches the database itself.
class WorkQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    explicit WorkQueueModel(WorkQueueSource &source, QObject *parent = nullptr);

    const WorkQueueFilter &filter() const { return m_filter; }
    void setFilter(const WorkQueueFilter &filter);
    const WorkQueueSort &sortOrder() const { return m_sort; }
    // Drops the loaded rows and loads the first page again.
    void reload();
    // Re-reads one interaction's row (its evaluation changed), if it is loaded.
    // Asks the source for the row again; it changes when the answer comes.
    void refreshInteraction(qint64 interactionId);
    int rowOf(qint64 interactionId) const;
    qint64 interactionIdAt(int row) const;
    const WorkQueueRow &rowAt(int row) const { return m_rows.at(row); }
    bool isExhausted() const { return m_exhausted; }
    bool isLoading() const { return m_pending; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message);
    // After every page load, also one that brought nothing (the end was reached).
    void pageLoaded();

private:
    void pageReady(quint64 ticket, const QList<WorkQueueRow> &page);
    void rowReady(const WorkQueueRow &row);

    WorkQueueSource &m_source;
    WorkQueueFilter m_filter;
    WorkQueueSort m_sort;
    QList<WorkQueueRow> m_rows;
    bool m_exhausted = false;
    bool m_resetting = false;
    bool m_inserting = false;
    bool m_pending = false;
    quint64 m_ticket = 0;
};

} // namespace qadesk
