#pragma once

#include <Qt>

namespace qadesk {

// Custom item data roles of the workspace models, in one place.
enum WorkspaceRole
{
    InteractionIdRole = Qt::UserRole + 1, // WorkQueueModel: qint64
    EvaluationStatusRole,                 // WorkQueueModel: status key, empty when not started
    SortValueRole,                        // WorkQueueModel: the raw value a column sorts by

    TurnIdRole = Qt::UserRole + 100, // TranscriptModel: qint64, 0 for a gap row
    TurnSeqRole,                     // int
    SpeakerRole,                     // agent / customer / system
    StartMsRole,                     // qint64 or invalid
    RowKindRole,                     // TranscriptRowKind
    GapMsRole,                       // qint64, gap rows
    EvidenceRole,                    // QStringList: names of the dimensions this turn is evidence for
    PlayingRole,                     // bool: the recording's playhead is in this turn
};

enum class TranscriptRowKind
{
    Turn = 0,
    Silence = 1,
    Hold = 2
};

} // namespace qadesk
