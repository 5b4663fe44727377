#include "InteractionListModel.h"

#include "common/OrgTime.h"

#include "DashboardFormat.h"
#include "DashboardRoles.h"
#include "domain/DomainLabels.h"

#include <QLocale>

namespace qadesk {

InteractionListModel::InteractionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InteractionListModel::setRows(const QList<InteractionListRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QList<qint64> InteractionListModel::interactionIds() const
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const InteractionListRow &r : m_rows) {
        ids << r.id;
    }
    return ids;
}

int InteractionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InteractionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The raw value of a column (what SortRole gives); invalid when missing.
QVariant InteractionListModel::value(const InteractionListRow &r, int column) const
{
    const auto opt = [](const auto &v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case Started:
        return r.startedAt.toSecsSinceEpoch();
    case ExternalId:
        return r.externalId;
    case Agent:
        return r.agentName.isEmpty() ? r.agentCode : r.agentName;
    case Team:
        return r.teamName;
    case Channel:
        return DomainLabels::channel(r.channel);
    case Category:
        return DomainLabels::category(r.category);
    case Csat:
        return opt(r.csat);
    case Nps:
        return opt(r.nps);
    case Ces:
        return opt(r.ces);
    case Fcr:
        return r.fcr ? QVariant(int(*r.fcr)) : QVariant();
    case Complaint:
        return int(r.complaint);
    case HandleTime:
        return opt(r.handleS);
    case FirstResponse:
        return opt(r.firstResponseS);
    case QaScore:
        return opt(r.qaScore);
    default:
        return {};
    }
}

QVariant InteractionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const InteractionListRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case KeyRole:
    case InteractionIdRole:
        return r.id;
    case SortRole:
        return value(r, column);
    case Qt::TextAlignmentRole:
        return column >= Csat ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        // The organisation's time is shown; where the source recorded another offset, its own clock on hover.
        return column == Started ? OrgTime::sourceTip(r.sourceStartedAt) : QVariant();
    case Qt::DisplayRole: {
        if (column == Started) {
            return r.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        if (column == Fcr) {
            return r.fcr ? (*r.fcr ? tr("yes") : tr("no")) : QString();
        }
        if (column == Complaint) {
            return r.complaint ? tr("yes") : QString();
        }
        const QVariant v = value(r, column);
        if (!v.isValid()) {
            return QString();
        }
        if (column == HandleTime || column == FirstResponse || column == QaScore) {
            return QLocale().toString(v.toDouble(), 'f', column == HandleTime ? 0 : 1);
        }
        return v;
    }
    default:
        return {};
    }
}

QVariant InteractionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Started:
        return tr("Started");
    case ExternalId:
        return tr("ID");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Channel:
        return tr("Channel");
    case Category:
        return tr("Category");
    case Csat:
        return tr("CSAT");
    case Nps:
        return tr("NPS");
    case Ces:
        return tr("CES");
    case Fcr:
        return tr("FCR");
    case Complaint:
        return tr("Complaint");
    case HandleTime:
        return tr("Handle (s)");
    case FirstResponse:
        return tr("First response (s)");
    case QaScore:
        return tr("QA score");
    default:
        return {};
    }
}

} // namespace qadesk
