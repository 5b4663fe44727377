#pragma once

#include "domain/Interaction.h"

#include <QList>

namespace qadesk {

class Connection;

// The few writes recordings need: the demo attaches generated recordings to some phone interactions and moves
// their turn times to match the audio.
class RecordingStore final
{
public:
    explicit RecordingStore(Connection &connection) : m_connection(connection) {}

    // The first `limit` phone interactions (by id) that have a transcript and no recording yet.
    QList<qint64> phoneTranscriptsWithoutRecording(int limit);
    // Stores the recording's path and each turn's new times (by turn id). The first response and handling
    // times stay (the rollups count them): the audio is laid out to keep the first response.
    void attach(qint64 interactionId, const QString &path, const QList<Turn> &turns);

private:
    Connection &m_connection;
};

} // namespace qadesk
