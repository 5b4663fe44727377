#include "TranscriptModel.h"

#include "InteractionLabels.h"
#include "rules/TranscriptRules.h"
#include "WorkspaceRoles.h"

namespace qadesk {

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent) {}

void TranscriptModel::setInteraction(const Interaction &interaction, const TranscriptRules &rules,
                                     double silenceThresholdS)
{
    beginResetModel();
    m_interaction = interaction;
    m_thresholdS = silenceThresholdS;
    m_playingTurn = 0;
    m_evidence.clear();
    m_announcesHold.clear();
    m_announcesHold.reserve(m_interaction.turns.size());
    for (const Turn &turn : m_interaction.turns) {
        m_announcesHold << (turn.speaker == QLatin1String("agent") && rules.announcesHold(turn.text));
    }
    rebuildRows();
    endResetModel();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_interaction = Interaction();
    m_rows.clear();
    m_rowOfTurn.clear();
    m_playingTurn = 0;
    m_evidence.clear();
    m_announcesHold.clear();
    endResetModel();
}

void TranscriptModel::setSilenceThreshold(double seconds)
{
    if (seconds == m_thresholdS) {
        return;
    }
    beginResetModel();
    m_thresholdS = seconds;
    rebuildRows();
    endResetModel();
}

void TranscriptModel::rebuildRows()
{
    m_rows.clear();
    m_rowOfTurn.clear();
    m_rows.reserve(m_interaction.turns.size() + 8);
    const qint64 thresholdMs = qRound64(m_thresholdS * 1000);
    for (qsizetype i = 0; i < m_interaction.turns.size(); ++i) {
        const Turn &turn = m_interaction.turns.at(i);
        if (i > 0 && turn.startMs && thresholdMs > 0) {
            const Turn &previous = m_interaction.turns.at(i - 1);
            const std::optional<qint64> previousEnd = previous.endMs ? previous.endMs : previous.startMs;
            if (previousEnd && *turn.startMs - *previousEnd > thresholdMs) {
                m_rows.append({-1, *turn.startMs - *previousEnd, m_announcesHold.at(i - 1)});
            }
        }
        m_rowOfTurn.insert(turn.id, int(m_rows.size()));
        m_rows.append({int(i), 0, false});
    }
}

void TranscriptModel::setEvidence(const QHash<qint64, QStringList> &evidence)
{
    QSet<qint64> touched;
    for (auto it = m_evidence.cbegin(); it != m_evidence.cend(); ++it) {
        touched.insert(it.key());
    }
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        touched.insert(it.key());
    }
    m_evidence = evidence;
    for (const qint64 id : touched) {
        const int row = rowOfTurn(id);
        if (row >= 0) {
            emit dataChanged(index(row), index(row), {EvidenceRole});
        }
    }
}

int TranscriptModel::rowOfTurn(qint64 turnId) const
{
    return m_rowOfTurn.value(turnId, -1);
}

const Turn *TranscriptModel::turnAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).turn < 0) {
        return nullptr;
    }
    return &m_interaction.turns.at(m_rows.at(row).turn);
}

QList<TranscriptMatch> TranscriptModel::find(const QString &text) const
{
    QList<TranscriptMatch> matches;
    if (text.isEmpty()) {
        return matches;
    }
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const Turn *turn = turnAt(int(row));
        if (!turn) {
            continue;
        }
        for (qsizetype at = turn->text.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = turn->text.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
            matches.append({int(row), int(at), int(text.size())});
        }
    }
    return matches;
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return m_rows.at(index.row()).turn >= 0 ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (row.turn < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: {
            const QString gap = InteractionLabels::gap(row.gapMs);
            return row.hold ? tr("Hold, %1").arg(gap) : tr("Silence, %1").arg(gap);
        }
        case RowKindRole:
            return int(row.hold ? TranscriptRowKind::Hold : TranscriptRowKind::Silence);
        case GapMsRole:
            return row.gapMs;
        case TurnIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const Turn &turn = m_interaction.turns.at(row.turn);
    switch (role) {
    case Qt::DisplayRole:
        return turn.text;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return QStringLiteral("#%1 %2%3: %4")
            .arg(turn.seq + 1)
            .arg(InteractionLabels::speaker(turn.speaker),
                 turn.startMs ? QStringLiteral(" ") + InteractionLabels::clock(*turn.startMs) : QString(),
                 role == Qt::ToolTipRole ? turn.text.left(200) : turn.text);
    case RowKindRole:
        return int(TranscriptRowKind::Turn);
    case TurnIdRole:
        return turn.id;
    case TurnSeqRole:
        return turn.seq;
    case SpeakerRole:
        return turn.speaker;
    case StartMsRole:
        return turn.startMs ? QVariant(*turn.startMs) : QVariant();
    case EvidenceRole:
        return m_evidence.value(turn.id);
    case PlayingRole:
        return m_playingTurn != 0 && turn.id == m_playingTurn;
    default:
        return {};
    }
}

void TranscriptModel::setPlayingTurn(qint64 turnId)
{
    if (turnId == m_playingTurn) {
        return;
    }
    const int before = rowOfTurn(m_playingTurn);
    m_playingTurn = turnId;
    const int after = rowOfTurn(turnId);
    for (const int row : {before, after}) {
        if (row >= 0) {
            emit dataChanged(index(row), index(row), {PlayingRole});
        }
    }
}

QList<TimeSpan> TranscriptModel::holds() const
{
    QList<TimeSpan> spans;
    for (qsizetype row = 0; row + 1 < m_rows.size(); ++row) {
        const Row &marker = m_rows.at(row);
        const Row &next = m_rows.at(row + 1);
        if (marker.turn < 0 && marker.hold && next.turn >= 0 && m_interaction.turns.at(next.turn).startMs) {
            const qint64 end = *m_interaction.turns.at(next.turn).startMs;
            spans.append({end - marker.gapMs, end});
        }
    }
    return spans;
}

} // namespace qadesk
