#include "InteractionReader.h"

#include "Connection.h"
#include "Error.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace qadesk {

namespace {

template <typename T> std::optional<T> optionalOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<T>(v.value<T>());
}

} // namespace

qint64 InteractionReader::idOf(const QString &externalId)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM interactions WHERE external_id = ?"), {externalId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

Interaction InteractionReader::load(qint64 id, bool withTurns)
{
    QSqlQuery q = m_connection.run(
        QStringLiteral("SELECT i.external_id, i.channel, i.started_at, i.utc_offset_s, a.code, a.name, t.name, "
                       "i.category, i.handle_s, i.first_response_s, i.fcr, i.complaint, i.csat, i.nps, i.ces, "
                       "i.customer_id, i.customer_phone, i.recording, i.source_file, i.turn_count "
                       "FROM interactions i JOIN agents a ON a.id = i.agent_id "
                       "LEFT JOIN teams t ON t.id = i.team_id WHERE i.id = ?"),
        {id});
    if (!q.next()) {
        throw Error(QCoreApplication::translate("InteractionReader", "Interaction %1 does not exist.").arg(id));
    }
    Interaction in;
    in.id = id;
    in.externalId = q.value(0).toString();
    in.channel = q.value(1).toString();
    in.utcOffsetS = q.value(3).toInt();
    in.startedAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone(in.utcOffsetS));
    in.agentCode = q.value(4).toString();
    in.agentName = q.value(5).toString();
    in.teamName = q.value(6).toString();
    in.category = q.value(7).toString();
    in.handleS = optionalOf<double>(q.value(8));
    in.firstResponseS = optionalOf<double>(q.value(9));
    if (!q.value(10).isNull()) {
        in.resolvedFirstContact = q.value(10).toInt() != 0;
    }
    in.complaint = q.value(11).toInt() != 0;
    in.csat = optionalOf<int>(q.value(12));
    in.nps = optionalOf<int>(q.value(13));
    in.ces = optionalOf<int>(q.value(14));
    in.customerId = q.value(15).toString();
    in.customerPhone = q.value(16).toString();
    in.recording = q.value(17).toString();
    in.sourceFile = q.value(18).toString();
    in.turnCount = q.value(19).toInt();
    q.finish();
    if (!withTurns) {
        return in;
    }
    QSqlQuery turns = m_connection.run(QStringLiteral("SELECT id, seq, speaker, start_ms, end_ms, text FROM turns "
                                                      "WHERE interaction_id = ? ORDER BY seq"),
                                       {id});
    in.turns.reserve(in.turnCount);
    while (turns.next()) {
        Turn t;
        t.id = turns.value(0).toLongLong();
        t.seq = turns.value(1).toInt();
        t.speaker = turns.value(2).toString();
        t.startMs = optionalOf<qint64>(turns.value(3));
        t.endMs = optionalOf<qint64>(turns.value(4));
        t.text = turns.value(5).toString();
        in.turns << t;
    }
    in.turnCount = int(in.turns.size());
    return in;
}

} // namespace qadesk
