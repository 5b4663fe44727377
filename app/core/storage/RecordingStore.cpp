#include "RecordingStore.h"

#include "Connection.h"

namespace qadesk {

QList<qint64> RecordingStore::phoneTranscriptsWithoutRecording(int limit)
{
    QSqlQuery q = m_connection.run(QStringLiteral("SELECT id FROM interactions WHERE channel = 'phone' AND "
                                                  "turn_count > 0 AND recording IS NULL ORDER BY id LIMIT ?"),
                                   {limit});
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

void RecordingStore::attach(qint64 interactionId, const QString &path, const QList<Turn> &turns)
{
    Transaction transaction(m_connection);
    m_connection.run(QStringLiteral("UPDATE interactions SET recording = ? WHERE id = ?"), {path, interactionId});
    QSqlQuery update = m_connection.prepare(QStringLiteral("UPDATE turns SET start_ms = ?, end_ms = ? WHERE id = ?"));
    for (const Turn &turn : turns) {
        update.bindValue(0, turn.startMs ? QVariant(*turn.startMs) : QVariant(QMetaType(QMetaType::LongLong)));
        update.bindValue(1, turn.endMs ? QVariant(*turn.endMs) : QVariant(QMetaType(QMetaType::LongLong)));
        update.bindValue(2, turn.id);
        Connection::exec(update);
    }
    transaction.commit();
}

} // namespace qadesk
