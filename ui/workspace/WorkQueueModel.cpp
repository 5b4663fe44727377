#include "WorkQueueModel.h"

#include "common/OrgTime.h"
#include "Error.h"
#include "InteractionLabels.h"
#include "domain/DomainLabels.h"
#include "scoring/ScoreCalculator.h"
#include "WorkQueueSource.h"
#include "WorkspaceRoles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace qadesk {

WorkQueueModel::WorkQueueModel(WorkQueueSource &source, QObject *parent) : QAbstractTableModel(parent), m_source(source)
{
    connect(&source, &WorkQueueSource::pageReady, this, &WorkQueueModel::pageReady);
    connect(&source, &WorkQueueSource::rowReady, this, &WorkQueueModel::rowReady);
    connect(&source, &WorkQueueSource::failed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == m_ticket && m_pending) {
            m_pending = false;
            m_exhausted = true;
            emit loadFailed(message);
            emit pageLoaded();
        }
    });
}

void WorkQueueModel::setFilter(const WorkQueueFilter &filter)
{
    m_filter = filter;
    reload();
}

void WorkQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_pending = false;
    ++m_ticket; // whatever is still on its way belongs to the previous filter or order
    // A slot of modelReset that asks for more rows must not start loading while the reset is still
    // being announced; the first page is requested right after.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    fetchMore({});
}

bool WorkQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void WorkQueueModel::fetchMore(const QModelIndex &parent)
{
    // One request at a time (the next page's offset is not known before this one is in), and none
    // from the slots of the signals this model emits while inserting.
    if (parent.isValid() || m_exhausted || m_resetting || m_inserting || m_pending) {
        return;
    }
    m_pending = true;
    const std::optional<WorkQueueRow> after = m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast());
    m_source.requestPage(m_ticket, m_filter, m_sort, int(m_rows.size()), kPageSize, after);
}

void WorkQueueModel::pageReady(quint64 ticket, const QList<WorkQueueRow> &page)
{
    if (ticket != m_ticket || !m_pending) {
        return;
    }
    m_pending = false;
    if (page.size() < kPageSize) {
        m_exhausted = true;
    }
    if (!page.isEmpty()) {
        m_inserting = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
        m_inserting = false;
    }
    emit pageLoaded();
}

void WorkQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kWorkQueueColumnCount) {
        return;
    }
    const WorkQueueSort sort{WorkQueueColumn(column), order == Qt::DescendingOrder};
    if (sort == m_sort && !m_rows.isEmpty()) {
        return;
    }
    m_sort = sort;
    reload();
}

void WorkQueueModel::refreshInteraction(qint64 interactionId)
{
    const int row = rowOf(interactionId);
    if (row < 0) {
        return;
    }
    m_source.requestRow(interactionId);
}

void WorkQueueModel::rowReady(const WorkQueueRow &fresh)
{
    const int row = rowOf(fresh.interactionId);
    if (row >= 0) {
        m_rows[row] = fresh;
        emit dataChanged(index(row, 0), index(row, kWorkQueueColumnCount - 1));
    }
}

int WorkQueueModel::rowOf(qint64 interactionId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).interactionId == interactionId) {
            return int(i);
        }
    }
    return -1;
}

qint64 WorkQueueModel::interactionIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).interactionId : 0;
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kWorkQueueColumnCount;
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const WorkQueueRow &r = m_rows.at(index.row());
    const auto column = WorkQueueColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WorkQueueColumn::Time:
            return OrgTime::text(r.startedAt);
        case WorkQueueColumn::Agent:
            return r.agentName.isEmpty() ? r.agentCode : r.agentName;
        case WorkQueueColumn::Team:
            return r.teamName;
        case WorkQueueColumn::Channel:
            return DomainLabels::channel(r.channel);
        case WorkQueueColumn::Category:
            return DomainLabels::category(r.category);
        case WorkQueueColumn::Duration:
            return InteractionLabels::duration(r.handleS);
        case WorkQueueColumn::Csat:
            return r.csat ? QVariant(*r.csat) : QVariant(QStringLiteral("—"));
        case WorkQueueColumn::Status:
            if (r.rectificationId > 0) {
                return tr("%1 · verifies rectification %2").arg(DomainLabels::status(r.evaluationStatus)).arg(r.rectificationId);
            }
            return DomainLabels::status(r.evaluationStatus);
        case WorkQueueColumn::Score:
            return r.score ? QVariant(ScoreCalculator::formatScore(*r.score)) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (column == WorkQueueColumn::Time && !OrgTime::sourceTip(r.startedAt).isEmpty()) {
            return OrgTime::sourceTip(r.startedAt);
        }
        if (column == WorkQueueColumn::Status && r.rectificationId > 0) {
            return r.rectificationDimension.isEmpty()
                       ? tr("Drawn to verify rectification item %1: the weighted score must reach the pass line.")
                             .arg(r.rectificationId)
                       : tr("Drawn to verify rectification item %1: dimension \"%2\" must be scored 3 or higher.")
                             .arg(r.rectificationId)
                             .arg(r.rectificationDimension);
        }
        return tr("%1 · %2 (%3) · %Ln turn(s)", nullptr, r.turnCount)
            .arg(r.externalId, r.agentName.isEmpty() ? r.agentCode : r.agentName, r.agentCode);
    case Qt::TextAlignmentRole:
        switch (column) {
        case WorkQueueColumn::Duration:
        case WorkQueueColumn::Csat:
        case WorkQueueColumn::Score:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (column == WorkQueueColumn::Status) {
            if (r.evaluationStatus == QLatin1String("draft")) {
                return QBrush(QColor(0xB2, 0x6A, 0x00));
            }
            if (!r.evaluationStatus.isEmpty()) {
                return QBrush(QColor(0x1B, 0x7F, 0x3B));
            }
        }
        if (column == WorkQueueColumn::Csat && r.csat && *r.csat <= 2) {
            return QBrush(QColor(0xC6, 0x28, 0x28));
        }
        if (column == WorkQueueColumn::Category && (r.complaint || r.category == QLatin1String("complaint"))) {
            return QBrush(QColor(0xC6, 0x28, 0x28));
        }
        break;
    case InteractionIdRole:
        return r.interactionId;
    case EvaluationStatusRole:
        return r.evaluationStatus;
    case SortValueRole:
        switch (column) {
        case WorkQueueColumn::Time:
            return r.startedAt;
        case WorkQueueColumn::Duration:
            return r.handleS ? QVariant(*r.handleS) : QVariant();
        case WorkQueueColumn::Csat:
            return r.csat ? QVariant(*r.csat) : QVariant();
        case WorkQueueColumn::Score:
            return r.score ? QVariant(*r.score) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= kWorkQueueColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (WorkQueueColumn(section)) {
    case WorkQueueColumn::Time:
        return tr("Time");
    case WorkQueueColumn::Agent:
        return tr("Agent");
    case WorkQueueColumn::Team:
        return tr("Team");
    case WorkQueueColumn::Channel:
        return tr("Channel");
    case WorkQueueColumn::Category:
        return tr("Category");
    case WorkQueueColumn::Duration:
        return tr("Duration");
    case WorkQueueColumn::Csat:
        return tr("CSAT");
    case WorkQueueColumn::Status:
        return tr("Status");
    case WorkQueueColumn::Score:
        return tr("Score");
    }
    return {};
}

} // namespace qadesk
